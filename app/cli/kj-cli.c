/* kj-cli.c: the headless commands (--check, --save-as)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These run from handle-local-options, before GTK is initialised, so they
 * work without a display.
 */
#include "config.h"

#include <string.h>

#include <stdio.h>
#include <glib/gi18n.h>

#include "cli/kj-cli.h"
#include "model/kj-format.h"
#include "io/kj-load.h"
#include "io/kj-plan-io.h"
#include "model/kj-checks.h"

static GPtrArray *
files_from_paths (const char * const *paths)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; paths && paths[i]; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
  return files;
}

/* data: { GPtrArray *plans, GPtrArray **findings } */
static void
check_one (guint    i,
           gpointer data)
{
  GPtrArray *plans = ((gpointer *) data)[0];
  GPtrArray **findings = ((gpointer *) data)[1];
  KjPlan *plan = g_ptr_array_index (plans, i);

  findings[i] = kj_plan_check (plan);
  kj_plan_locate_all (plan, findings[i]);
}

/**
 * kj_cli_check:
 * Prints one line per finding, `FILE: SEVERITY: JSON-PATH: message`.
 *
 * Returns: 0 when no file has an error, 1 when any has (a file that cannot be
 * loaded is an error), 2 on wrong usage
 */
int
kj_cli_check (const char * const *paths)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(GPtrArray) across = NULL;
  GPtrArray **findings;
  gboolean any_error = FALSE;

  if (paths == NULL || paths[0] == NULL)
    {
      kj_cli_print (TRUE, "%s\n", _("Usage: kinerja --check FILE-OR-FOLDER…"));
      return KJ_EXIT_USAGE;
    }
  files = files_from_paths (paths);
  for (guint i = 0; i < files->len; i++)
    if (!g_file_query_exists (g_ptr_array_index (files, i), NULL))
      {
        kj_cli_print (TRUE, _("%s: no such file or folder\n"), paths[i]);
        return KJ_EXIT_USAGE;
      }
  kj_load_files_read_only ((GFile **) files->pdata, files->len, result);

  for (guint i = 0; i < result->problems->len; i++)
    {
      g_autofree char *line = kj_diagnostic_to_check_line (g_ptr_array_index (result->problems, i));
      kj_cli_print (FALSE, "%s\n", line);
      any_error = TRUE;
    }
  findings = g_new0 (GPtrArray *, result->plans->len + 1);
  kj_parallel_for (result->plans->len, check_one, (gpointer []) { result->plans, findings });
  across = kj_check_across (result->plans);
  for (guint i = 0; i < result->plans->len; i++)
    {
      GPtrArray *more = g_ptr_array_index (across, i);

      kj_plan_locate_all (g_ptr_array_index (result->plans, i), more);
      g_ptr_array_extend_and_steal (findings[i], g_ptr_array_ref (more));
    }
  for (guint i = 0; i < result->plans->len; i++)
    {
      for (guint j = 0; j < findings[i]->len; j++)
        {
          KjDiagnostic *d = g_ptr_array_index (findings[i], j);
          g_autofree char *line = kj_diagnostic_to_check_line (d);

          kj_cli_print (FALSE, "%s\n", line);
          any_error |= d->severity == KJ_SEVERITY_ERROR;
        }
      g_ptr_array_unref (findings[i]);
    }
  g_free (findings);
  return any_error ? KJ_EXIT_ERROR : KJ_EXIT_OK;
}

/**
 * kj_cli_print:
 * Prints a line to standard output or error with every control character in
 * it written visibly (kj_format_escape_controls()): names, values and
 * messages come from files mailed from other offices.  A final newline is
 * kept.
 */
void
kj_cli_print (gboolean    to_stderr,
              const char *format,
              ...)
{
  g_autofree char *text = NULL, *safe = NULL;
  gboolean newline;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  newline = g_str_has_suffix (text, "\n");
  if (newline)
    text[strlen (text) - 1] = '\0';
  safe = kj_format_escape_controls (text);
  if (to_stderr)
    g_printerr ("%s%s", safe, newline ? "\n" : "");
  else
    g_print ("%s%s", safe, newline ? "\n" : "");
}

/**
 * kj_cli_save_as:
 * @out: where to write
 * @paths: exactly one input file
 *
 * Reads the input with the program's loader and writes @out with its saver
 * (a format round trip; also how a file is normalised).
 */
int
kj_cli_save_as (const char         *out_path,
                const char * const *paths)
{
  g_autoptr(GFile) out = NULL, in = NULL;
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(KjDiagnostic) diagnostic = NULL;
  g_autoptr(GError) error = NULL;

  if (out_path == NULL || paths == NULL || paths[0] == NULL || paths[1] != NULL)
    {
      kj_cli_print (TRUE, "%s\n", _("Usage: kinerja --save-as OUT IN"));
      return KJ_EXIT_USAGE;
    }
  out = g_file_new_for_commandline_arg (out_path);
  in = g_file_new_for_commandline_arg (paths[0]);
  plan = kj_plan_load_file (in, &diagnostic, &error);
  if (plan == NULL)
    {
      g_autofree char *line = kj_diagnostic_to_check_line (diagnostic);
      kj_cli_print (TRUE, "%s\n", line);
      return KJ_EXIT_ERROR;
    }
  if (!kj_plan_save (plan, out, &error))
    {
      kj_cli_print (TRUE, "%s\n", error->message);
      return KJ_EXIT_ERROR;
    }
  return KJ_EXIT_OK;
}
