/* kj-test-charts.c: what chart tests and benchmarks draw, and how they look
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The synthetic national workspace has per-kabupaten breakdowns only in the
 * 34 BNNP files (up to 16 rows each).  The national office's letters list
 * every kabupaten in one table; kj_test_national_breakdown() writes such a
 * plan, so that an areas chart of 200-odd rows can be drawn from one file.
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "io/kj-load.h"
#include "io/kj-plan-io.h"
#include "kj-test-charts.h"

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

/* ── loaded once per program ───────────────────────────────────────────── */

static KjWorkspace *samples;
static KjWorkspace *national;
static KjPlan      *national_areas;
static char        *national_dir;

KjWorkspace *
kj_test_samples (void)
{
  if (samples == NULL)
    samples = kj_test_load_folder (SAMPLES_DIR, 9);
  return samples;
}

/* A sample plan by its satker's name, short name or code. */
KjPlan *
kj_test_sample (const char *name)
{
  KjPlan *plan = kj_workspace_find (kj_test_samples (), name);

  g_assert_nonnull (plan);
  return plan;
}

KjWorkspace *
kj_test_national (void)
{
  if (national == NULL)
    {
      national_dir = kj_test_generate_national (GEN_BIN);
      national = kj_test_load_folder (national_dir, 207);
    }
  return national;
}

/* 207 kabupaten/kota of the national workspace in one dektara table. */
KjPlan *
kj_test_national_areas (void)
{
  if (national_areas == NULL)
    {
      guint n_rows;
      char *text = kj_test_national_breakdown (kj_test_national (), "dektara", 2024, 207, &n_rows);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (n_rows, ==, 207);
      national_areas = kj_plan_load_bytes (bytes, "national-dektara.json", NULL, NULL, &error);
      g_assert_no_error (error);
    }
  return national_areas;
}

void
kj_test_cleanup (void)
{
  g_clear_object (&samples);
  g_clear_object (&national_areas);
  g_clear_object (&national);
  kj_test_remove_dir (&national_dir);
}

/* ── charts ────────────────────────────────────────────────────────────── */

KjChart *
kj_test_chart (const char  *kind,
               KjWorkspace *workspace,
               KjPlan      *plan,
               const char  *indicator,
               int          year)
{
  KjChartRequest request = { workspace, plan, indicator, year };
  g_autoptr(GError) error = NULL;
  KjChart *chart = kj_chart_new (kind, &request, &error);

  g_assert_no_error (error);
  g_assert_nonnull (chart);
  return chart;
}

/* @chart drawn on a new image surface of @width × @height; @layout (if not
 * NULL) gets what the drawing placed where. */
cairo_surface_t *
kj_test_draw (KjChart            *chart,
              KjChartLayout     **layout,
              int                 width,
              int                 height,
              const KjChartTheme *theme)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  if (layout)
    {
      g_clear_pointer (layout, kj_chart_layout_unref);
      *layout = kj_chart_draw_layout (chart, cr, width, height, theme);
    }
  else
    kj_chart_draw (chart, cr, width, height, theme);
  cairo_surface_flush (surface);
  return surface;
}

/* The item of @layout labelled @label whose satker is @satker (or none). */
const KjChartItem *
kj_test_item (KjChartLayout *layout,
              const char *label,
              const char *satker)
{
  /* an area's bar may be labelled "area (satker)" where the area repeats */
  for (guint i = 0; i < kj_chart_layout_get_n_items (layout); i++)
    {
      const KjChartItem *it = kj_chart_layout_get_item (layout, i);
      if ((g_strcmp0 (it->label, label) == 0 || g_strcmp0 (it->area, label) == 0)
          && g_strcmp0 (it->satker, satker) == 0)
        return it;
    }
  return NULL;
}
