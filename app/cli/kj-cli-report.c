/* kj-cli-report.c: kinerja --export-pdf, headless
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kinerja --export-pdf OUT.pdf --report ID [--year YEAR] [--satker NAME-OR-CODE]
 *         [--paper a4|f4|letter] [--landscape] [--lang id|en] PATH…
 *
 * Its options are its own (parsed here, before GTK is initialised): any
 * other option with it is wrong usage.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cli/kj-cli.h"
#include "io/kj-load.h"
#include "model/kj-diagnostic.h"
#include "model/kj-workspace.h"
#include "report/kj-report.h"

/* Whether the command line asks for --export-pdf. */
gboolean
kj_cli_is_export_pdf (char **argv)
{
  for (int i = 1; argv && argv[i]; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--export-pdf") || g_str_has_prefix (argv[i], "--export-pdf="))
        return TRUE;
    }
  return FALSE;
}

static int
usage (const char *message)
{
  if (message)
    kj_cli_print (TRUE, "kinerja: %s\n", message);
  kj_cli_print (TRUE, "%s\n", _("Usage: kinerja --export-pdf OUT.pdf --report ID [--year YEAR] "
                                "[--satker NAME-OR-CODE] [--paper a4|f4|letter] [--landscape] "
                                "[--lang id|en] PATH…"));
  return KJ_EXIT_USAGE;
}

static char *
report_ids (void)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  guint n;
  const KjReportKind *kinds = kj_report_kinds (&n);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (ids, "%s%s", i ? ", " : "", kinds[i].id);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* Charts in the report say their words and numbers in its language too:
 * the process takes the language's locale while it writes (when the
 * machine has it; the report's own text does not depend on it). */
static void
use_language (KjReportLang lang,
              char       **saved_locale,
              char       **saved_language)
{
  static const char *const id[] = { "id_ID.UTF-8", "id_ID.utf8", "id_ID", NULL };
  static const char *const en[] = { "en_US.UTF-8", "en_US.utf8", "en_GB.UTF-8", "C.UTF-8", NULL };
  const char *const *names = lang == KJ_REPORT_LANG_EN ? en : id;

  *saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  *saved_language = g_strdup (g_getenv ("LANGUAGE"));
  for (guint i = 0; names[i]; i++)
    if (setlocale (LC_ALL, names[i]) != NULL)
      break;
  g_setenv ("LANGUAGE", lang == KJ_REPORT_LANG_EN ? "en" : "id", TRUE);
}

static void
restore_language (char *saved_locale,
                  char *saved_language)
{
  if (saved_locale)
    setlocale (LC_ALL, saved_locale);
  if (saved_language)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  g_free (saved_locale);
  g_free (saved_language);
}

/**
 * kj_cli_export_pdf:
 * @arguments: the whole command line (parsed and changed here)
 *
 * Returns: 0 when the PDF was written, 1 when it could not be made (with a
 * message), 2 on wrong usage
 */
int
kj_cli_export_pdf (char ***arguments)
{
  g_autofree char *out = NULL, *report = NULL, *satker = NULL, *paper = NULL, *lang = NULL;
  g_auto(GStrv) paths = NULL;
  gboolean landscape = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &out, NULL, NULL },
    { "report", 0, 0, G_OPTION_ARG_STRING, &report, NULL, NULL },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, NULL, NULL },
    { "satker", 0, 0, G_OPTION_ARG_STRING, &satker, NULL, NULL },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, NULL, NULL },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &landscape, NULL, NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  g_autoptr(KjWorkspace) workspace = kj_workspace_new ();
  g_autoptr(GError) error = NULL;
  KjReportRequest request = { 0 };
  char *saved_locale, *saved_language;
  gboolean ok;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse_strv (context, arguments, &error))
    return usage (error->message);
  if (out == NULL || *out == '\0' || report == NULL || paths == NULL || paths[0] == NULL)
    return usage (NULL);
  if ((request.kind = kj_report_kind_find (report)) == NULL)
    {
      g_autofree char *ids = report_ids ();
      kj_cli_print (TRUE, _("kinerja: no report “%s”; --report takes one of %s\n"), report, ids);
      return KJ_EXIT_USAGE;
    }
  if (paper && !kj_paper_parse (paper, &request.paper))
    return usage (_("--paper takes a4, f4 or letter"));
  if (lang && !kj_report_lang_parse (lang, &request.lang))
    return usage (_("--lang takes id or en"));
  if (year != 0 && (year < 1900 || year > 2999))
    return usage (_("--year takes a year such as 2024"));
  request.year = year;
  request.landscape = landscape;

  for (guint i = 0; paths[i]; i++)
    {
      GFile *file = g_file_new_for_commandline_arg (paths[i]);

      g_ptr_array_add (files, file);
      if (!g_file_query_exists (file, NULL))
        {
          kj_cli_print (TRUE, _("%s: no such file or folder\n"), paths[i]);
          return KJ_EXIT_USAGE;
        }
    }
  kj_load_files_read_only ((GFile **) files->pdata, files->len, result);
  for (guint i = 0; i < result->problems->len; i++)
    {
      g_autofree char *line = kj_diagnostic_to_check_line (g_ptr_array_index (result->problems, i));
      kj_cli_print (TRUE, "%s\n", line);
    }
  if (result->plans->len == 0)
    {
      kj_cli_print (TRUE, "kinerja: %s\n", _("no plan could be loaded"));
      return KJ_EXIT_ERROR;
    }
  if (satker)
    {
      KjPlan *plan;

      kj_workspace_add_all (workspace, result->plans);
      if ((plan = kj_workspace_find (workspace, satker)) == NULL)
        {
          kj_cli_print (TRUE, _("kinerja: no work unit “%s” among the loaded plans\n"), satker);
          return KJ_EXIT_ERROR;
        }
      g_ptr_array_add (plans, plan);
    }
  else
    g_ptr_array_extend (plans, result->plans, NULL, NULL);
  request.plans = plans;
  request.others = result->plans;   /* where a PK finds the superior's own file */

  if (!kj_report_check (&request, &error))
    {
      kj_cli_print (TRUE, "kinerja: %s\n", error->message);
      return KJ_EXIT_ERROR;
    }
  use_language (request.lang, &saved_locale, &saved_language);
  ok = kj_report_write_pdf (&request, out, NULL, NULL, &error);
  restore_language (saved_locale, saved_language);
  if (!ok)
    {
      kj_cli_print (TRUE, "kinerja: %s\n", error->message);
      return KJ_EXIT_ERROR;
    }
  return KJ_EXIT_OK;
}
