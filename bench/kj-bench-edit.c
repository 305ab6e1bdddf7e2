/* kj-bench-edit.c: how long a paste of a 20 × 5 block takes, as one edit,
 * with the national synthetic workspace loaded
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: timings depend on the machine (docs/benchmarks.md).  The paste
 * is what the window does: the TSV parsed, every cell read with the number
 * parser, one KjEdit of 100 patches applied with kj_plan_apply() (patch,
 * place, rebuild the typed view, one change notification), then the
 * recovery journal written as the window does after an edit.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gstdio.h>

#include "io/kj-journal.h"
#include "io/kj-load.h"
#include "io/kj-plan-io.h"
#include "kj-bench-util.h"
#include "model/kj-input.h"
#include "model/kj-path.h"
#include "model/kj-table-text.h"

#define RUNS 21

/* The indicators of @plan with a year entry in each of 2020–2024. */
static GPtrArray *
full_rows (KjPlan *plan)
{
  GPtrArray *rows = g_ptr_array_new ();
  GPtrArray *indicators = kj_plan_get_indicators (plan);

  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      gboolean all = TRUE;

      for (int y = 2020; y <= 2024 && all; y++)
        all = kj_indicator_get_year (indicator, y) != NULL;
      if (all)
        g_ptr_array_add (rows, indicator);
    }
  return rows;
}

/* The plan with the most such rows: the largest table to paste into. */
static KjPlan *
largest (GPtrArray *plans)
{
  KjPlan *best = NULL;
  guint best_n = 0;

  for (guint i = 0; i < plans->len; i++)
    {
      KjPlan *p = g_ptr_array_index (plans, i);
      g_autoptr(GPtrArray) rows = full_rows (p);

      if (best == NULL || rows->len > best_n)
        best = p, best_n = rows->len;
    }
  return best;
}

/* 20 rows (indicators) × 5 columns (realisations 2020–2024), Indonesian notation. */
static char *
block (guint run)
{
  GString *tsv = g_string_new (NULL);

  for (guint r = 0; r < 20; r++)
    for (guint c = 0; c < 5; c++)
      g_string_append_printf (tsv, "%u,%02u%s", 50 + r + run, (c * 7 + run) % 100, c == 4 ? "\r\n" : "\t");
  return g_string_free (tsv, FALSE);
}

static double
paste (KjPlan *plan,
       guint   run,
       double *journal_ms)
{
  g_autofree char *text = block (run);
  g_autoptr(KjEdit) edit = kj_edit_new ("paste");
  g_autoptr(KjTextTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = full_rows (plan);
  double start = kj_bench_now_ms (), end;

  table = kj_text_table_parse (text, -1, '\t', &error);
  g_assert_no_error (error);
  for (guint r = 0; r < kj_text_table_get_n_rows (table); r++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, r);
      g_autofree char *ind = kj_path_key ("indicators", "id", kj_indicator_get_id (indicator));

      for (guint c = 0; c < 5; c++)
        {
          g_autofree char *path = g_strdup_printf ("%s.years.%d.realization", ind, 2020 + c);
          double value;
          guint decimals;

          if (!kj_input_parse_number (kj_text_table_get_cell (table, r, c), KJ_NOTATION_ID,
                                      &value, &decimals, &error))
            g_error ("%s", error->message);
          kj_edit_set_number (edit, path, value);
        }
    }
  if (!kj_plan_apply (plan, edit, NULL, &error))
    g_error ("paste refused: %s", error->message);
  end = kj_bench_now_ms ();
  if (!kj_journal_write (plan, &error))
    g_error ("%s", error->message);
  *journal_ms = kj_bench_now_ms () - end;
  return end - start;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-bench-edit-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *cmd = NULL;
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) d = NULL;
  double times[RUNS], journal[RUNS], undo[RUNS], first_journal;
  const char *name;
  KjPlan *plan;
  int status;

  g_setenv ("XDG_DATA_HOME", data, TRUE);   /* journals of this run only */
  cmd = g_strdup_printf ("%s --seed 1 %s", GEN_BIN, dir);
  if (!g_spawn_command_line_sync (cmd, NULL, NULL, &status, NULL) || status != 0)
    g_error ("cannot generate the workspace with %s", GEN_BIN);
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (files, g_file_new_build_filename (dir, name, NULL));
  kj_load_files ((GFile **) files->pdata, files->len, result);
  plan = largest (result->plans);
  {
    g_autoptr(GPtrArray) rows = full_rows (plan);
    if (rows->len < 20)
      g_error ("no plan with 20 indicators of five years");
  }
  printf ("workspace: %u plans loaded; pasting into %s (%u indicators)\n",
          result->plans->len, kj_plan_get_display_name (plan), kj_plan_get_indicators (plan)->len);

  printf ("first paste (copies the tree as saved): %.2f ms", paste (plan, 0, &first_journal));
  printf (", journal %.2f ms\n", first_journal);
  for (int i = 0; i < RUNS; i++)
    {
      double t;

      times[i] = paste (plan, i + 1, &journal[i]);
      t = kj_bench_now_ms ();
      g_assert_true (kj_plan_undo (plan, NULL));
      undo[i] = kj_bench_now_ms () - t;
    }
  printf ("paste of 20 x 5 cells, one edit (parse, apply, rebuild): median %.2f ms of %d\n",
          kj_bench_median (times, RUNS), RUNS);
  printf ("undo of it: median %.2f ms\n", kj_bench_median (undo, RUNS));
  printf ("journal written after it: median %.2f ms\n", kj_bench_median (journal, RUNS));
  g_assert_true (kj_journal_forget (plan, NULL));
  {
    g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", dir);
    if (!g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL))
      return 1;
  }
  return 0;
}
