/* kj-test-national.c: the workspaces chart tests and benchmarks draw
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The synthetic national workspace has per-kabupaten breakdowns only in the
 * 34 BNNP files (up to 16 rows each).  The national office's letters list
 * every kabupaten in one table; kj_test_national_breakdown() writes such a
 * plan, so that an areas chart of 200-odd rows can be drawn from one file.
 */
#include "config.h"

#include <sys/wait.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "io/kj-load.h"
#include "kj-test-national.h"

KjWorkspace *
kj_test_load_folder (const char *dir,
                     guint       expected)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  KjWorkspace *ws = kj_workspace_new ();

  kj_load_files (&folder, 1, result);
  if (result->problems->len > 0 || (expected > 0 && result->plans->len != expected))
    g_error ("%s: %u plans loaded, %u refused; %u expected", dir, result->plans->len,
             result->problems->len, expected);
  for (guint i = 0; i < result->plans->len; i++)
    kj_workspace_add (ws, g_ptr_array_index (result->plans, i));
  return ws;
}

/* The 207-file national workspace (seed 1) in a new temporary folder. */
char *
kj_test_generate_national (const char *gen_bin)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-national-XXXXXX", NULL);
  g_autofree char *cmd = g_strdup_printf ("%s --seed 1 %s", gen_bin, dir);
  int status;

  if (!g_spawn_command_line_sync (cmd, NULL, NULL, &status, NULL)
      || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("cannot generate the national workspace with %s", gen_bin);
  return g_steal_pointer (&dir);
}

void
kj_test_remove_dir (char **dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (*dir == NULL)
    return;
  d = g_dir_open (*dir, 0, NULL);
  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (*dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (*dir);
  g_clear_pointer (dir, g_free);
}

/**
 * kj_test_national_breakdown:
 * @max_rows: at most this many rows, in the workspace's order
 * @n_rows: (out): the rows written
 *
 * A plan of "BNN RI" whose @indicator has, for @year, the breakdown rows of
 * every BNNP of @national.
 *
 * Returns: (transfer full): the plan's JSON text
 */
char *
kj_test_national_breakdown (KjWorkspace *national,
                            const char  *indicator,
                            int          year,
                            guint        max_rows,
                            guint       *n_rows)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *year_key = g_strdup_printf ("%d", year);
  const char *scale = NULL;
  guint n = 0;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "kinerja-plan");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "satker");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, "Badan Narkotika Nasional Republik Indonesia");
  json_builder_set_member_name (b, "short_name");
  json_builder_add_string_value (b, "BNN RI");
  json_builder_end_object (b);
  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "first_year");
  json_builder_add_int_value (b, 2020);
  json_builder_set_member_name (b, "last_year");
  json_builder_add_int_value (b, 2024);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "indicators");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "breakdown");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, year_key);
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (national)); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (national), i);
      KjIndicator *ind = kj_plan_find_indicator (plan, indicator);
      GPtrArray *rows = ind ? kj_indicator_get_breakdown (ind, year) : NULL;

      for (guint r = 0; rows && r < rows->len && n < max_rows; r++, n++)
        {
          const KjBreakdownRow *row = g_ptr_array_index (rows, r);

          scale = scale ? scale : kj_indicator_get_value_scale_id (ind);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "area");
          json_builder_add_string_value (b, row->area);
          if (row->satker)
            {
              json_builder_set_member_name (b, "satker");
              json_builder_add_string_value (b, row->satker);
            }
          json_builder_set_member_name (b, "value");
          json_builder_add_double_value (b, row->value);
          if (kj_has (row->target))
            {
              json_builder_set_member_name (b, "target");
              json_builder_add_double_value (b, row->target);
            }
          json_builder_end_object (b);
        }
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, indicator);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, scale && kj_scale_get_builtin (scale)
                                    ? kj_scale_get_name (kj_scale_get_builtin (scale)) : indicator);
  json_builder_set_member_name (b, "unit");
  json_builder_add_string_value (b, "Indeks");
  json_builder_set_member_name (b, "decimals");
  json_builder_add_int_value (b, 2);
  json_builder_set_member_name (b, "value_scale");
  if (scale)
    json_builder_add_string_value (b, scale);
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);

  *n_rows = n;
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}
