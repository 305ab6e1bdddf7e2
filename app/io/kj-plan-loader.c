/* kj-plan-loader.c: reads plan files, format version 1
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading is two steps: the strict JSON reader makes the tree, and the model
 * checks it against the contract and builds the typed view
 * (kj_plan_new_for_document()).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "io/kj-json.h"
#include "io/kj-plan-io.h"

/**
 * kj_plan_load_bytes:
 * @display_name: how to name the file in messages
 * @file: (nullable): where it came from
 * @diagnostic: (out) (optional) (transfer full): why it was refused
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL when refused
 */
KjPlan *
kj_plan_load_bytes (GBytes        *bytes,
                    const char    *display_name,
                    GFile         *file,
                    KjDiagnostic **diagnostic,
                    GError       **error)
{
  g_autoptr(KjJsonProblem) problem = NULL;
  KjDocument *doc;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  doc = kj_json_read (data, length, &problem);
  if (doc == NULL)
    {
      g_autoptr(KjDiagnostic) d = kj_diagnostic_new (KJ_SEVERITY_ERROR, display_name,
                                                     problem->path, problem->message);
      g_autofree char *text = NULL;

      kj_json_offset_to_line_column (data, length, problem->offset, &d->line, &d->column);
      text = kj_diagnostic_to_string (d);
      g_set_error_literal (error, KJ_PLAN_ERROR,
                           problem->over_limit ? KJ_PLAN_ERROR_LIMIT : KJ_PLAN_ERROR_SYNTAX, text);
      if (diagnostic)
        *diagnostic = g_steal_pointer (&d);
      return NULL;
    }
  return kj_plan_new_for_document (doc, display_name, file, diagnostic, error);
}

/* Relative to the current folder where the file is below it, as typed. */
static char *
display_name_for (GFile *file)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) here = g_file_new_for_path (cwd);
  char *relative = g_file_get_relative_path (here, file);

  if (relative)
    return relative;
  return g_file_get_parse_name (file);
}

static KjPlan *
refuse_file (const char *name,
             int         code,
             const char *message,
             KjDiagnostic **diagnostic,
             GError       **error)
{
  g_autoptr(KjDiagnostic) d = kj_diagnostic_new (KJ_SEVERITY_ERROR, name, "$", message);
  g_autofree char *text = kj_diagnostic_to_string (d);

  g_set_error_literal (error, KJ_PLAN_ERROR, code, text);
  if (diagnostic)
    *diagnostic = g_steal_pointer (&d);
  return NULL;
}

/* At most KJ_JSON_MAX_SIZE + 1 bytes: enough to know a file is too large,
 * whatever it claims its size is (a link to /dev/zero claims 0). */
static GBytes *
read_bounded (GFile   *file,
              GError **error)
{
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, error);
  GByteArray *data;
  guint8 buf[64 * 1024];

  if (in == NULL)
    return NULL;
  data = g_byte_array_new ();
  while (data->len <= KJ_JSON_MAX_SIZE)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), buf,
                                      MIN (sizeof buf, KJ_JSON_MAX_SIZE + 1 - data->len), NULL, error);
      if (n < 0)
        {
          g_byte_array_unref (data);
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (data, buf, n);
    }
  return g_byte_array_free_to_bytes (data);
}

/* Reads @file; @stamp: remember what it was, for kj_plan_changed_on_disk(). */
static KjPlan *
load_file (GFile         *file,
           gboolean       stamp,
           KjDiagnostic **diagnostic,
           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  KjPlan *plan;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name_for (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    return refuse_file (name, KJ_PLAN_ERROR_IO, local_error->message, diagnostic, error);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return refuse_file (name, KJ_PLAN_ERROR_IO,
                        _("not a regular file (a folder, a device or a pipe), expected a plan file"),
                        diagnostic, error);
  /* refuse a huge file before reading it into memory */
  if (g_file_info_get_size (info) > KJ_JSON_MAX_SIZE
      || ((bytes = read_bounded (file, &local_error)) != NULL
          && g_bytes_get_size (bytes) > KJ_JSON_MAX_SIZE))
    {
      g_autofree char *message =
        g_strdup_printf (_("file larger than %d MiB, expected a smaller plan file"), KJ_JSON_MAX_SIZE / (1024 * 1024));
      return refuse_file (name, KJ_PLAN_ERROR_LIMIT, message, diagnostic, error);
    }
  if (bytes == NULL)
    return refuse_file (name, KJ_PLAN_ERROR_IO, local_error->message, diagnostic, error);
  plan = kj_plan_load_bytes (bytes, name, file, diagnostic, error);
  if (plan && stamp)
    _kj_plan_stamp (plan, file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return plan;
}

/**
 * kj_plan_load_file:
 * Reads @file synchronously (call it from a worker thread in the UI).  Only
 * regular files are read (a pipe would never end, a device never be a plan),
 * and never more than the size limit.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL when refused
 */
KjPlan *
kj_plan_load_file (GFile         *file,
                   KjDiagnostic **diagnostic,
                   GError       **error)
{
  return load_file (file, TRUE, diagnostic, error);
}

/**
 * kj_plan_read_file:
 * As kj_plan_load_file(), for a plan that is only read (a report or a check
 * from the command line): what the file was is not remembered (its SHA-256
 * was a tenth of a national report's time), so kj_plan_changed_on_disk()
 * cannot tell, and the plan must not be saved over the file.
 */
KjPlan *
kj_plan_read_file (GFile         *file,
                   KjDiagnostic **diagnostic,
                   GError       **error)
{
  return load_file (file, FALSE, diagnostic, error);
}
