/* kj-cli-export.c: kinerja --export-chart, headless
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "chart/kj-chart.h"
#include "cli/kj-cli.h"
#include "io/kj-load.h"
#include "model/kj-diagnostic.h"

static gboolean
parse_size (const char *text,
            double     *width,
            double     *height)
{
  char *end;

  *width = g_ascii_strtod (text, &end);
  if (end == text || (*end != 'x' && *end != 'X'))
    return FALSE;
  text = end + 1;
  *height = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && *width > 0 && *height > 0;
}

/**
 * kj_cli_export_chart:
 * `kinerja --export-chart OUT --chart KIND [--indicator ID] [--year YEAR]
 *  [--satker NAME-OR-CODE] [--size WxH] [--scale N] PATH…`
 *
 * Returns: 0 when the chart was written, 1 when it could not be made (with a
 * message), 2 on wrong usage
 */
int
kj_cli_export_chart (const KjCliExport  *opts,
                     const char * const *paths)
{
  g_autoptr(KjWorkspace) workspace = kj_workspace_new ();
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *indicator = NULL;
  const KjChartKind *kind;
  KjChartRequest request = { 0 };
  gboolean pdf;
  double width, height;

  if (opts->kind == NULL || paths == NULL || paths[0] == NULL)
    {
      kj_cli_print (TRUE, "%s\n", _("Usage: kinerja --export-chart OUT.{png,svg,pdf} --chart KIND "
                            "[--indicator ID] [--year YEAR] [--satker NAME-OR-CODE] [--size WxH] PATH…"));
      return KJ_EXIT_USAGE;
    }
  kind = kj_chart_kind_find (opts->kind);
  if (kind == NULL)
    {
      kj_chart_new (opts->kind, &request, &error);
      kj_cli_print (TRUE, "kinerja: %s\n", error->message);
      return KJ_EXIT_USAGE;
    }
  pdf = g_str_has_suffix (opts->out, ".pdf") || g_str_has_suffix (opts->out, ".PDF");
  /* A4 landscape in points for paper; a 16:9 slide in pixels otherwise */
  width = pdf ? 842 : 1280;
  height = pdf ? 595 : 720;
  if (opts->size && (!parse_size (opts->size, &width, &height) || width < 100 || height < 100
                     || width > 20000 || height > 20000))
    {
      kj_cli_print (TRUE, _("kinerja: --size wants WIDTHxHEIGHT from 100x100 to 20000x20000, such as "
                    "1920x1080, not “%s”\n"), opts->size);
      return KJ_EXIT_USAGE;
    }

  for (guint i = 0; paths[i]; i++)
    {
      GFile *file = g_file_new_for_commandline_arg (paths[i]);
      if (!g_file_query_exists (file, NULL))
        {
          kj_cli_print (TRUE, _("%s: no such file or folder\n"), paths[i]);
          g_object_unref (file);
          return KJ_EXIT_USAGE;
        }
      g_ptr_array_add (files, file);
    }
  kj_load_files_read_only ((GFile **) files->pdata, files->len, result);
  for (guint i = 0; i < result->problems->len; i++)
    {
      g_autofree char *line = kj_diagnostic_to_check_line (g_ptr_array_index (result->problems, i));
      kj_cli_print (TRUE, "%s\n", line);
    }
  for (guint i = 0; i < result->plans->len; i++)
    kj_workspace_add (workspace, g_ptr_array_index (result->plans, i));
  if (result->plans->len == 0)
    {
      kj_cli_print (TRUE, "kinerja: %s\n", _("no plan could be loaded"));
      return KJ_EXIT_ERROR;
    }

  request.workspace = workspace;
  request.indicator = opts->indicator;
  request.year = opts->year;
  if (opts->satker)
    {
      request.plan = kj_workspace_find (workspace, opts->satker);
      if (request.plan == NULL)
        {
          kj_cli_print (TRUE, _("kinerja: no work unit “%s” among the loaded plans\n"), opts->satker);
          return KJ_EXIT_ERROR;
        }
    }
  else if (result->plans->len == 1)
    request.plan = g_ptr_array_index (result->plans, 0);
  else if (!kind->workspace)
    {
      kj_cli_print (TRUE, _("kinerja: the %s chart is about one work unit; choose it with --satker "
                    "(%u plans are loaded)\n"), kind->id, result->plans->len);
      return KJ_EXIT_ERROR;
    }

  /* no --indicator: what the charts page would show first */
  if (kind->indicator && request.indicator == NULL && request.plan)
    {
      g_autoptr(GPtrArray) choices = kj_chart_get_choices (kind, request.plan, workspace);
      if (choices->len > 0)
        {
          guint at = kj_chart_get_default_choice (kind, request.plan, workspace, request.year, choices);
          indicator = g_strdup (((KjChartChoice *) g_ptr_array_index (choices, at))->id);
          request.indicator = indicator;
        }
    }
  chart = kj_chart_new (kind->id, &request, &error);
  if (chart == NULL || !kj_chart_export (chart, opts->out, width, height, opts->scale > 0 ? opts->scale : 1,
                                         &error))
    {
      kj_cli_print (TRUE, "kinerja: %s\n", error->message);
      return KJ_EXIT_ERROR;
    }
  return KJ_EXIT_OK;
}
