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

/**
 * kj_plan_load_file:
 * Reads @file synchronously (call it from a worker thread in the UI).
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL when refused
 */
KjPlan *
kj_plan_load_file (GFile         *file,
                   KjDiagnostic **diagnostic,
                   GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name_for (file);

  /* refuse a huge file before reading it into memory */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info && g_file_info_get_size (info) > KJ_JSON_MAX_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("file larger than %d MiB, expected a smaller plan file"), KJ_JSON_MAX_SIZE / (1024 * 1024));
      g_autoptr(KjDiagnostic) d = kj_diagnostic_new (KJ_SEVERITY_ERROR, name, "$", message);
      g_autofree char *text = kj_diagnostic_to_string (d);

      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_LIMIT, text);
      if (diagnostic)
        *diagnostic = g_steal_pointer (&d);
      return NULL;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_autoptr(KjDiagnostic) d = kj_diagnostic_new (KJ_SEVERITY_ERROR, name, "$",
                                                     local_error->message);
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO, "%s: %s", name, local_error->message);
      if (diagnostic)
        *diagnostic = g_steal_pointer (&d);
      return NULL;
    }
  return kj_plan_load_bytes (bytes, name, file, diagnostic, error);
}
