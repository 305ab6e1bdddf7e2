/* kj-bench-chart.c: how fast charts redraw and export
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: timings depend on the machine.  Targets and results are in
 * docs/benchmarks.md ("Charts").  Usage: kj-bench-chart [NATIONAL-FOLDER];
 * without a folder it generates the 207-file national workspace (seed 1).
 *
 * Redraws: every chart kind at 1920×1080 on an image surface, the median of
 * 20 draws after a first one (which loads fonts and builds caches).  Export:
 * the whole `kinerja --export-chart` process, the median of 10 runs.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "io/kj-load.h"
#include "kj-bench-util.h"
#include "kj-test-charts.h"

#define REDRAWS 20
#define RUNS    10
#define WIDTH   1920
#define HEIGHT  1080

/* Builds the chart, then draws it REDRAWS + 1 times; prints one line. */
static void
bench_redraw (const char  *what,
              const char  *kind,
              KjWorkspace *workspace,
              KjPlan      *plan,
              const char  *indicator,
              double       height)
{
  KjChartRequest request = { workspace, plan, indicator, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(KjChartLayout) layout = NULL;
  cairo_surface_t *surface;
  double t[REDRAWS], t0, build, first = 0, med;

  t0 = kj_bench_now_ms ();
  chart = kj_chart_new (kind, &request, &error);
  build = kj_bench_now_ms () - t0;
  if (chart == NULL)
    {
      printf ("%-13s %-40s %s\n", kind, what, error->message);
      return;
    }
  if (height <= 0)
    height = kj_chart_get_natural_height (chart, WIDTH);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, (int) height);
  for (int i = -1; i < REDRAWS; i++)
    {
      cairo_t *cr = cairo_create (surface);

      /* as the widget does: the first draw lays out, the others reuse it */
      t0 = kj_bench_now_ms ();
      if (layout == NULL)
        layout = kj_chart_draw_layout (chart, cr, WIDTH, height, kj_chart_theme_light ());
      else
        kj_chart_layout_draw (layout, cr);
      cairo_surface_flush (surface);
      if (i < 0)
        first = kj_bench_now_ms () - t0;
      else
        t[i] = kj_bench_now_ms () - t0;
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  med = kj_bench_median (t, REDRAWS);   /* sorts t */
  printf ("%-13s %-40s %5u %5.0f %7.2f %7.2f %7.2f %7.2f  %s\n", kind, what,
          kj_chart_layout_get_n_items (layout), height, build, first, med, t[REDRAWS - 1],
          med <= 4 ? "met" : "MISSED");
}

/* The whole process, as a user runs it. */
static void
bench_process (const char         *what,
               const char * const *argv,
               double              target)
{
  double t[RUNS], med;

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      int status;
      double t0 = kj_bench_now_ms ();

      /* leaving descriptors open lets GLib use posix_spawn: the time does not
       * grow with this process's heap (the national workspace), as fork's does */
      if (!g_spawn_sync (NULL, (char **) argv, NULL,
                         G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL
                         | G_SPAWN_LEAVE_DESCRIPTORS_OPEN, NULL, NULL,
                         NULL, NULL, &status, &error)
          || !g_spawn_check_wait_status (status, NULL))
        g_error ("%s: %s failed", what, argv[0]);
      t[i] = kj_bench_now_ms () - t0;
    }
  med = kj_bench_median (t, RUNS);   /* sorts t */
  if (target > 0)
    printf ("%-55s %7.1f ms  (min %5.1f, target <= %3.0f ms: %s)\n", what, med, t[0], target,
            med <= target ? "met" : "MISSED");
  else
    printf ("%-55s %7.1f ms  (min %5.1f)\n", what, med, t[0]);
}

/* The indicator of @ws with the longest breakdown, and its plan. */
static const char *
longest_breakdown (KjWorkspace  *ws,
                   KjPlan      **owner,
                   guint        *n_rows)
{
  const char *best = NULL;

  *n_rows = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (ws)); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (ws), i);
      GPtrArray *indicators = kj_plan_get_indicators (plan);

      for (guint k = 0; k < indicators->len; k++)
        {
          GPtrArray *years = kj_indicator_get_breakdown_years (g_ptr_array_index (indicators, k));

          for (guint y = 0; y < years->len; y++)
            {
              KjYearItems *items = g_ptr_array_index (years, y);
              if (items->items->len > *n_rows)
                {
                  *n_rows = items->items->len;
                  *owner = plan;
                  best = kj_indicator_get_id (g_ptr_array_index (indicators, k));
                }
            }
        }
    }
  return best;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *generated = NULL, *tmp = g_dir_make_tmp ("kinerja-bench-chart-XXXXXX", NULL);
  g_autofree char *areas_json = g_build_filename (tmp, "national-dektara.json", NULL);
  g_autofree char *pdf = g_build_filename (tmp, "chart.pdf", NULL);
  g_autofree char *kupang = g_build_filename (SAMPLES_DIR, "bnn-kota-kupang.json", NULL);
  g_autoptr(KjWorkspace) samples = NULL, national = NULL, one = kj_workspace_new ();
  g_autoptr(KjPlan) national_areas = NULL;
  const char *dir;
  KjPlan *ntt, *owner = NULL, *big_bnnp = NULL;
  const char *sample_breakdown, *bnnp_breakdown;
  guint sample_rows, bnnp_rows, n_areas;

  if (argc > 1)
    dir = argv[1];
  else
    dir = generated = kj_test_generate_national (GEN_BIN);
  samples = kj_test_load_folder (SAMPLES_DIR, 0);
  national = kj_test_load_folder (dir, 0);

  /* one table of 207 kabupaten/kota, as the national office lists them */
  {
    g_autofree char *text = kj_test_national_breakdown (national, "dektara", 2024, 207, &n_areas);
    g_autoptr(GFile) file = g_file_new_for_path (areas_json);
    g_autoptr(KjLoadResult) result = kj_load_result_new ();

    g_file_set_contents (areas_json, text, -1, NULL);
    kj_load_files (&file, 1, result);
    national_areas = g_object_ref (g_ptr_array_index (result->plans, 0));
  }

  ntt = kj_workspace_find (samples, "BNNP Nusa Tenggara Timur");
  sample_breakdown = longest_breakdown (samples, &owner, &sample_rows);
  bnnp_breakdown = longest_breakdown (national, &big_bnnp, &bnnp_rows);
  kj_workspace_add (one, big_bnnp);

  printf ("samples: %s\nnational workspace: %s (%u plans)\n", SAMPLES_DIR, dir,
          g_list_model_get_n_items (G_LIST_MODEL (national)));
  printf ("cores: %u\n\n", g_get_num_processors ());
  printf ("Redraw at %d px wide on an image surface; ms; median of %d after a first draw "
          "(target <= 4 ms)\n", WIDTH, REDRAWS);
  printf ("%-13s %-40s %5s %5s %7s %7s %7s %7s\n", "kind", "data", "items", "high", "build",
          "first", "median", "max");

  bench_redraw ("BNNP NTT, nka", "trend", samples, ntt, "nka", HEIGHT);
  bench_redraw ("BNNP NTT", "achievement", samples, ntt, NULL, HEIGHT);
  bench_redraw ("BNNP NTT", "budget", samples, ntt, NULL, HEIGHT);
  bench_redraw ("BNNP NTT", "context", samples, ntt, NULL, HEIGHT);
  {
    g_autofree char *what = g_strdup_printf ("samples, %s (%u rows)", sample_breakdown,
                                             sample_rows);
    bench_redraw (what, "areas", samples, owner, sample_breakdown, HEIGHT);
    bench_redraw (what, "areas-trend", samples, owner, sample_breakdown, HEIGHT);
  }
  bench_redraw ("samples, nka", "compare", samples, NULL, "nka", HEIGHT);
  bench_redraw ("samples", "heatmap", samples, NULL, NULL, HEIGHT);

  {
    g_autofree char *what = g_strdup_printf ("%s, %s (%u rows)", kj_plan_get_title (big_bnnp),
                                             bnnp_breakdown, bnnp_rows);
    bench_redraw (what, "areas", one, big_bnnp, bnnp_breakdown, HEIGHT);
    bench_redraw (what, "areas-trend", one, big_bnnp, bnnp_breakdown, HEIGHT);
  }
  {
    g_autofree char *what = g_strdup_printf ("national table, dektara (%u rows)", n_areas);
    bench_redraw (what, "areas", NULL, national_areas, "dektara", HEIGHT);
    bench_redraw ("national, nka", "compare", national, NULL, "nka", HEIGHT);
    bench_redraw ("national", "heatmap", national, NULL, NULL, HEIGHT);
    printf ("at the natural height (PNG export, a scrolled view drawn whole):\n");
    bench_redraw (what, "areas", NULL, national_areas, "dektara", 0);
    bench_redraw ("national, nka", "compare", national, NULL, "nka", 0);
    bench_redraw ("national", "heatmap", national, NULL, NULL, 0);
  }

  printf ("\nWhole process, median of %d runs\n", RUNS);
  bench_process ("kinerja --version (the floor: start and exit)",
                 (const char *[]) { KINERJA_BIN, "--version", NULL }, 0);
  bench_process ("--export-chart trend nka, Kota Kupang, to PDF",
                 (const char *[]) { KINERJA_BIN, "--export-chart", pdf, "--chart", "trend",
                                    "--indicator", "nka", kupang, NULL }, 50);
  {
    g_autofree char *what = g_strdup_printf ("--export-chart areas, %u rows (1 file), to PDF",
                                             n_areas);
    bench_process (what, (const char *[]) { KINERJA_BIN, "--export-chart", pdf, "--chart", "areas",
                                            "--indicator", "dektara", areas_json, NULL }, 90);
  }
  bench_process ("--export-chart compare nka, 207 files, to PDF",
                 (const char *[]) { KINERJA_BIN, "--export-chart", pdf, "--chart", "compare",
                                    "--indicator", "nka", dir, NULL }, 90);

  g_unlink (areas_json);
  g_unlink (pdf);
  g_rmdir (tmp);
  if (generated)
    kj_test_remove_dir (&generated);
  return 0;
}
