/* kj-plan-saver.c: writes plan files atomically
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "io/kj-journal.h"
#include "io/kj-json.h"
#include "io/kj-plan-io.h"
#include "model/kj-changes-private.h"

/**
 * kj_plan_to_data:
 * The whole document, members this program does not know included, in their
 * original order, numbers with the digits they were read with.  Every node
 * then knows where it stands in this text, so findings point into it.
 *
 * Returns: (transfer full): the plan as JSON text
 */
char *
kj_plan_to_data (KjPlan *plan)
{
  g_return_val_if_fail (KJ_IS_PLAN (plan), NULL);
  return kj_node_write (kj_plan_get_root (plan), TRUE);
}

/**
 * kj_plan_save:
 * kj_plan_save_full() without flags: a plan's own file that changed on disk
 * since it was read is not overwritten.
 */
gboolean
kj_plan_save (KjPlan  *plan,
              GFile   *file,
              GError **error)
{
  return kj_plan_save_full (plan, file, KJ_SAVE_NONE, error);
}

/**
 * kj_plan_save_full:
 * @flags: %KJ_SAVE_FORCE to overwrite a file that changed on disk
 *
 * Writes to a temporary file beside @file, flushes it and renames it over
 * @file, so a crash leaves either the old or the new file, never half of one.
 * The previous version is kept as `FILE.bak`, and the plan's recovery
 * journal (kj_journal_write()) is removed.  When @file is the plan's own
 * file and it changed on disk since it was read or last saved
 * (kj_plan_changed_on_disk()), nothing is written and the save fails with
 * %KJ_PLAN_ERROR_CHANGED, unless @flags has %KJ_SAVE_FORCE.
 *
 * Returns: %TRUE on success
 */
gboolean
kj_plan_save_full (KjPlan      *plan,
                   GFile       *file,
                   KjSaveFlags  flags,
                   GError     **error)
{
  g_autofree char *path = NULL, *backup = NULL, *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize data_length;
  guint n_history = 0;
  int history_made = 0;

  g_return_val_if_fail (KJ_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                   _("Cannot save to %s: not a local file"), g_file_peek_path (file));
      return FALSE;
    }
  /* through a link: the file it points to is written, the link stays (as
   * GNOME's editors do); a target that is no regular file (a pipe, a device,
   * /dev/stdout, a folder) is refused before anything is read or written */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      char *real = realpath (path, NULL);
      GStatBuf st;

      if (real == NULL || g_stat (real, &st) != 0 || !S_ISREG (st.st_mode))
        {
          free (real);
          g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                       _("Cannot save to %s: not a regular file (a folder, a device or a pipe)"),
                       path);
          return FALSE;
        }
      g_free (path);
      path = g_strdup (real);
      free (real);
    }
  else if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                   _("Cannot save to %s: a link to nothing"), path);
      return FALSE;
    }
  /* never overwrite silently what someone else wrote meanwhile */
  if (!(flags & KJ_SAVE_FORCE) && kj_plan_get_file (plan)
      && g_file_equal (kj_plan_get_file (plan), file)
      && g_file_query_exists (file, NULL) && kj_plan_changed_on_disk (plan))
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CHANGED,
                   _("Cannot save %s: the file changed on disk since it was opened; "
                     "reload it, or save under another name"), path);
      return FALSE;
    }

  /* the changes since the last save become history entries in the file */
  _kj_plan_record_history (plan, &n_history, &history_made);
  data = kj_plan_to_data (plan);
  data_length = strlen (data);

  /* never write what the loader would refuse */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (data, data_length);
    g_autoptr(KjPlan) check = kj_plan_load_bytes (bytes, kj_plan_get_display_name (plan),
                                                  NULL, NULL, &local_error);
    if (check == NULL)
      {
        g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_INVALID,
                     _("Cannot save %s: the file would not open again (%s)"),
                     path, local_error->message);
        _kj_plan_unrecord_history (plan, n_history, history_made);
        return FALSE;
      }
  }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *old = NULL;
      gsize old_length;

      backup = g_strconcat (path, ".bak", NULL);
      if (!g_file_get_contents (path, &old, &old_length, &local_error)
          || !g_file_set_contents_full (backup, old, old_length,
                                        G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
        {
          g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                       _("Cannot keep a backup of %s: %s"), path, local_error->message);
          _kj_plan_unrecord_history (plan, n_history, history_made);
          return FALSE;
        }
    }
  if (!g_file_set_contents_full (path, data, data_length, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                 &local_error))
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                   _("Cannot save %s: %s"), path, local_error->message);
      _kj_plan_unrecord_history (plan, n_history, history_made);
      return FALSE;
    }
  _kj_plan_stamp (plan, file, data, data_length);
  /* nothing unsaved now: a recovery journal of the plan is obsolete */
  _kj_journal_forget_file (kj_plan_get_file (plan));
  _kj_journal_forget_file (file);
  kj_plan_set_saved (plan, file);
  return TRUE;
}
