/* kj-plan-guard.c: a file that changed on disk is never overwritten silently
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan remembers what its file was when read or last saved: size,
 * modification time and a SHA-256 of the bytes.  The file has changed when
 * its size or time differ and its bytes do too (a `touch` is no change).
 */
#include "config.h"

#include <sys/stat.h>
#include <glib/gi18n.h>

#include "io/kj-json.h"
#include "io/kj-plan-io.h"
#include "model/kj-plan-private.h"

#define STAT_ATTRIBUTES G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED "," \
                        G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC

static gint64
mtime_of (GFileInfo *info)
{
  return (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC
         + g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

/**
 * _kj_plan_stamp:
 * @data: the bytes @file holds now (as read, or as just written)
 *
 * Remembers what @file is, for kj_plan_changed_on_disk().
 */
void
_kj_plan_stamp (KjPlan     *plan,
                GFile      *file,
                const char *data,
                gsize       length)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, STAT_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                                 NULL, NULL);

  g_free (plan->stamp_hash);
  plan->stamp_hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  plan->stamp_size = length;
  plan->stamp_mtime = info ? mtime_of (info) : 0;
  plan->stamped = TRUE;
}

/* The SHA-256 of at most the size limit of @file; NULL when unreadable or larger. */
static char *
hash_file (GFile *file)
{
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  g_autoptr(GChecksum) sum = NULL;
  guint8 buf[64 * 1024];
  gsize total = 0;
  gssize n;

  if (in == NULL)
    return NULL;
  sum = g_checksum_new (G_CHECKSUM_SHA256);
  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buf, sizeof buf, NULL, NULL)) > 0)
    {
      total += n;
      if (total > KJ_JSON_MAX_SIZE)
        return NULL;
      g_checksum_update (sum, buf, n);
    }
  if (n < 0)
    return NULL;
  return g_strdup (g_checksum_get_string (sum));
}

/**
 * kj_plan_changed_on_disk:
 * Whether the plan's file is no longer what it was when read or last saved:
 * other bytes, or gone.  For the window's GFileMonitor handler and the save.
 * A plan without a file (a bundled sample) has not changed.
 *
 * Returns: %TRUE when it changed
 */
gboolean
kj_plan_changed_on_disk (KjPlan *plan)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *hash = NULL;
  GFile *file;

  g_return_val_if_fail (KJ_IS_PLAN (plan), FALSE);

  file = kj_plan_get_file (plan);
  if (file == NULL || !plan->stamped)
    return FALSE;
  info = g_file_query_info (file, STAT_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return TRUE;
  if (g_file_info_get_size (info) == plan->stamp_size && mtime_of (info) == plan->stamp_mtime)
    return FALSE;
  if (g_file_info_get_size (info) != plan->stamp_size)
    return TRUE;
  hash = hash_file (file);
  if (hash == NULL || !g_str_equal (hash, plan->stamp_hash))
    return TRUE;
  plan->stamp_mtime = mtime_of (info);   /* touched, not changed */
  return FALSE;
}

/**
 * kj_plan_is_read_only:
 * Whether the plan's file cannot be saved over: the file is not writable (or
 * marked read-only: no write permission for its owner, which even root
 * respects here), or its folder is not, where the atomic save makes its
 * temporary file.  A plan without a file is not read-only: Save As.
 *
 * Returns: %TRUE when read-only
 */
gboolean
kj_plan_is_read_only (KjPlan *plan)
{
  g_autoptr(GFileInfo) info = NULL, folder_info = NULL;
  g_autoptr(GFile) folder = NULL;
  GFile *file;

  g_return_val_if_fail (KJ_IS_PLAN (plan), FALSE);

  file = kj_plan_get_file (plan);
  if (file == NULL)
    return FALSE;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE "," G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return FALSE;   /* gone: a save makes it again */
  if (!g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE))
    return TRUE;
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE)
      && (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & S_IWUSR) == 0)
    return TRUE;
  folder = g_file_get_parent (file);
  folder_info = folder ? g_file_query_info (folder, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                            G_FILE_QUERY_INFO_NONE, NULL, NULL) : NULL;
  return folder_info && !g_file_info_get_attribute_boolean (folder_info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}
