/* test-chart.c: the chart engine: ticks, value formats, layout, pixels, hit-testing, errors
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts are drawn on image surfaces and checked the way a reader would look
 * at them: no label over another, nothing cut off at the edge, every band
 * named, the line where the numbers are, a gap where a year has no number.
 * Exports and the command line are in test-chart-export.c.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "chart/kj-chart-private.h"
#include "io/kj-plan-io.h"
#include "model/kj-workspace.h"
#include "kj-test-national.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

/* ── the workspaces: the bundled samples and the national synthetic one ── */

static KjWorkspace *samples;
static KjWorkspace *national;
static KjPlan      *national_areas;
static char        *national_dir;

static KjWorkspace *
get_samples (void)
{
  if (samples == NULL)
    samples = kj_test_load_folder (SAMPLES_DIR, 9);
  return samples;
}

static KjWorkspace *
get_national (void)
{
  if (national == NULL)
    {
      national_dir = kj_test_generate_national (GEN_BIN);
      national = kj_test_load_folder (national_dir, 207);
    }
  return national;
}

/* 207 kabupaten/kota of the national workspace in one table, as the national
 * office's letters list them. */
static KjPlan *
get_national_areas (void)
{
  if (national_areas == NULL)
    {
      guint n_rows;
      char *text = kj_test_national_breakdown (get_national (), "dektara", 2024, 207, &n_rows);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (n_rows, ==, 207);
      national_areas = kj_plan_load_bytes (bytes, "national-dektara.json", NULL, NULL, &error);
      g_assert_no_error (error);
    }
  return national_areas;
}

static KjPlan *
sample (const char *name)
{
  KjPlan *plan = kj_workspace_find (get_samples (), name);

  g_assert_nonnull (plan);
  return plan;
}

static KjChart *
chart_new (const char  *kind,
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

static cairo_surface_t *
draw (KjChart            *chart,
      int                 width,
      int                 height,
      const KjChartTheme *theme)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  kj_chart_draw (chart, cr, width, height, theme);
  cairo_surface_flush (surface);
  return surface;
}

static const KjChartItem *
item_of (KjChart    *chart,
         const char *label,
         const char *satker)
{
  for (guint i = 0; i < kj_chart_get_n_items (chart); i++)
    if (g_strcmp0 (kj_chart_get_item (chart, i)->label, label) == 0
        && g_strcmp0 (kj_chart_get_item (chart, i)->satker, satker) == 0)
      return kj_chart_get_item (chart, i);
  return NULL;
}

static const KjChartItem *
item_labelled (KjChart    *chart,
               const char *label)
{
  return item_of (chart, label, NULL);
}

/* ── ticks ─────────────────────────────────────────────────────────────── */

static gboolean
is_nice (double step)
{
  double magnitude = pow (10, floor (log10 (step) + 1e-9));
  double m = step / magnitude;

  return fabs (m - 1) < 1e-9 || fabs (m - 2) < 1e-9 || fabs (m - 5) < 1e-9;
}

/* Axes readers trust: 1-2-5 steps, 3 to max ticks, the data inside, round
 * tick values with no 0.30000000000000004 and no "-0". */
static void
check_ticks (double   min,
             double   max,
             int      max_ticks,
             gboolean include_zero,
             double   step)
{
  double lo = MIN (min, max), hi = MAX (min, max), start, slack;
  KjTicks t;

  g_test_message ("ticks for [%g, %g], at most %d%s", min, max, max_ticks,
                  include_zero ? ", with zero" : "");
  g_assert_true (kj_ticks_compute (min, max, max_ticks, include_zero, &t));
  g_test_message ("  step %g, %d ticks from %g to %g", t.step, t.n, t.lo, t.hi);
  g_assert_cmpint (t.n, >=, 3);
  g_assert_cmpint (t.n, <=, max_ticks);
  g_assert_true (is_nice (t.step));
  if (step > 0)
    g_assert_cmpfloat_with_epsilon (t.step, step, step * 1e-9);

  /* the data lies on the axis; a bar axis reaches 0 */
  slack = t.step * 1e-6;
  g_assert_cmpfloat (t.lo, <=, lo + slack);
  g_assert_cmpfloat (t.hi, >=, hi - slack);
  g_assert_cmpfloat (t.hi, >, t.lo);
  if (include_zero)
    {
      g_assert_cmpfloat (t.lo, <=, 0);
      g_assert_cmpfloat (t.hi, >=, 0);
    }

  /* ends on the step grid, positions without drift */
  start = round (t.lo / t.step);
  g_assert_cmpfloat_with_epsilon (t.lo / t.step, start, 1e-6);
  g_assert_cmpfloat_with_epsilon (t.hi / t.step, round (t.hi / t.step), 1e-6);
  g_assert_cmpfloat (round (t.hi / t.step) - start + 1, ==, t.n);
  for (int i = 0; i < t.n; i++)
    {
      double v = kj_ticks_value (&t, i);

      if (start + i == 0)
        {
          g_assert_true (v == 0);
          g_assert_false (signbit (v));
        }
      else
        g_assert_cmpfloat (v, ==, (start + i) * t.step);
    }
}

static void
test_ticks (void)
{
  static const struct
  {
    double   min, max;
    int      max_ticks;
    gboolean include_zero;
    double   step;
  } table[] = {
    { 80.91, 98.47, 8, FALSE, 5 },         /* NKA of BNN Kota Kupang, 2020–2024 */
    { 80.91, 98.47, 8, TRUE, 20 },         /* the same as bars from 0 */
    { 0, 150, 8, TRUE, 50 },               /* achievement up to the 150 % clip */
    { 0, 150, 4, TRUE, 50 },
    { 0, 100, 6, TRUE, 20 },
    { 45.2, 56.1, 5, FALSE, 5 },           /* dektari per kabupaten */
    { 87, 87, 8, FALSE, 5 },               /* a flat series */
    { 87, 87, 8, TRUE, 20 },
    { 0, 0, 8, TRUE, 0.2 },                /* nothing but zeros */
    { 0, 0, 8, FALSE, 0.5 },
    { -12.5, -3.2, 6, FALSE, 5 },          /* all negative */
    { -12.5, -3.2, 6, TRUE, 5 },
    { -7, 13, 8, FALSE, 5 },               /* mixed */
    { -0.4, 0.9, 8, TRUE, 0.2 },
    { -5, -5, 8, TRUE, 1 },                /* flat and negative */
    { 0, 1e-9, 8, TRUE, 2e-10 },           /* tiny */
    { 87, 87 + 1e-9, 8, FALSE, 2e-10 },
    { 0, 1.5e13, 8, TRUE, 5e12 },          /* a national budget in rupiah */
    { 1.52e13, 1.53e13, 8, FALSE, 2e10 },
    { 15249203000, 98112000000, 6, TRUE, 2e10 },
    { 98.47, 80.91, 8, FALSE, 5 },         /* reversed */
    { 150, 0, 8, TRUE, 50 },
    { 0, 9.5, 3, TRUE, 5 },                /* a short panel: three ticks at most */
    { 3.7, 12.1, 3, FALSE, 10 },
    { 0, 1, 12, TRUE, 0.1 },
  };
  KjTicks t;

  for (guint k = 0; k < G_N_ELEMENTS (table); k++)
    check_ticks (table[k].min, table[k].max, table[k].max_ticks, table[k].include_zero,
                 table[k].step);

  /* a range that is not a range */
  g_assert_false (kj_ticks_compute (NAN, 10, 8, TRUE, &t));
  g_assert_false (kj_ticks_compute (0, INFINITY, 8, TRUE, &t));
}

/* A category panel lower than 180 px asks for at most three ticks (the
 * budget chart's panels at 800×600): it still gets three, not just its ends. */
static void
test_ticks_short_axis (void)
{
  check_ticks (0, 4.2, 3, TRUE, 0);
  check_ticks (0, 4.2e9, 3, TRUE, 0);
  check_ticks (81.5, 84.4, 3, FALSE, 0);
}

/* ── value formats (the C locale: English unit names, "." and ",") ──────── */

static void
check_format (KjValueKind kind,
              int         decimals,
              double      value,
              const char *expected_short,
              const char *expected_full)
{
  KjValueFormat format = { kind, decimals };
  g_autofree char *s = kj_value_format_short (&format, value);
  g_autofree char *f = kj_value_format_full (&format, value);

  g_assert_cmpstr (s, ==, expected_short);
  g_assert_cmpstr (f, ==, expected_full);
}

static void
test_value_formats (void)
{
  /* rupiah: short on axes and bars, the exact sum in tooltips and tables */
  check_format (KJ_VALUE_RUPIAH, -1, 15249203000, "Rp 15.2 bn", "Rp 15,249,203,000");
  check_format (KJ_VALUE_RUPIAH, -1, 1.5e13, "Rp 15 tn", "Rp 15,000,000,000,000");
  check_format (KJ_VALUE_RUPIAH, -1, 2.5e9, "Rp 2.5 bn", "Rp 2,500,000,000");
  check_format (KJ_VALUE_RUPIAH, -1, 4e8, "Rp 400 m", "Rp 400,000,000");
  check_format (KJ_VALUE_RUPIAH, -1, 42500, "Rp 42.5 k", "Rp 42,500");
  check_format (KJ_VALUE_RUPIAH, -1, 650, "Rp 650", "Rp 650");
  check_format (KJ_VALUE_RUPIAH, -1, 0, "Rp 0", "Rp 0");
  check_format (KJ_VALUE_RUPIAH, -1, NAN, "–", "–");

  /* percentages: whole on axes, two decimals in tooltips */
  check_format (KJ_VALUE_PERCENT, -1, 113.18, "113%", "113.18%");
  check_format (KJ_VALUE_PERCENT, -1, 100, "100%", "100.00%");
  check_format (KJ_VALUE_PERCENT, 1, 96.44, "96.4%", "96.4%");
  check_format (KJ_VALUE_PERCENT, -1, NAN, "–", "–");

  /* indices and counts: as printed */
  check_format (KJ_VALUE_NUMBER, -1, 84.96, "84.96", "84.96");
  check_format (KJ_VALUE_NUMBER, -1, 87, "87", "87");
  check_format (KJ_VALUE_NUMBER, -1, 81.339, "81.34", "81.339");
  check_format (KJ_VALUE_NUMBER, 2, 3.1, "3.10", "3.10");
  check_format (KJ_VALUE_NUMBER, -1, 1234567, "1,234,567", "1,234,567");
  check_format (KJ_VALUE_NUMBER, -1, -0.001, "0.00", "-0.001");
  check_format (KJ_VALUE_NUMBER, -1, NAN, "–", "–");
}

/* ── layout invariants ─────────────────────────────────────────────────── */

#define TOLERANCE 0.5
#define MAX_REPORTED 12

static double
text_width (cairo_t    *cr,
            const char *family,
            double      px,
            const char *text)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (family);
  PangoRectangle logical;

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  pango_font_description_free (font);
  return logical.width;
}

/* A band is named in the legend, in full (not cut with "…"). */
static void
check_band_named (KjChart    *chart,
                  cairo_t    *cr,
                  KjScale    *scale,
                  const char *what,
                  GString    *problems,
                  guint      *n_problems)
{
  for (guint b = 0; b < kj_scale_get_n_bands (scale); b++)
    {
      const char *band = kj_scale_get_band (scale, b)->label;
      gboolean named = FALSE;

      for (guint i = 0; i < kj_chart_get_n_labels (chart) && !named; i++)
        {
          const KjChartLabel *l = kj_chart_get_label (chart, i);
          named = g_str_has_prefix (l->text, band)
                  && l->width >= text_width (cr, kj_chart_theme_light ()->font_family, 11, l->text) - 1;
        }
      if (!named && (*n_problems)++ < MAX_REPORTED)
        g_string_append_printf (problems, "%s: band “%s” is not named in full\n", what, band);
    }
}

/* No label over another, none outside the surface, every band named. */
static void
check_layout (KjChart    *chart,
              double      width,
              double      height,
              const char *what,
              GString    *problems)
{
  g_autoptr(cairo_surface_t) surface = draw (chart, width, height, kj_chart_theme_light ());
  g_autoptr(cairo_t) cr = cairo_create (surface);
  guint n = kj_chart_get_n_labels (chart), n_problems = 0;
  g_autofree char *where = g_strdup_printf ("%s at %.0f×%.0f", what, width, height);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const KjChartLabel *a = kj_chart_get_label (chart, i);

      if ((a->x < -TOLERANCE || a->y < -TOLERANCE || a->x + a->width > width + TOLERANCE
           || a->y + a->height > height + TOLERANCE)
          && n_problems++ < MAX_REPORTED)
        g_string_append_printf (problems, "%s: “%s” (%.1f, %.1f, %.1f×%.1f) leaves the surface\n",
                                where, a->text, a->x, a->y, a->width, a->height);
      for (guint j = i + 1; j < n; j++)
        {
          const KjChartLabel *b = kj_chart_get_label (chart, j);

          if (a->x + TOLERANCE < b->x + b->width && b->x + TOLERANCE < a->x + a->width
              && a->y + TOLERANCE < b->y + b->height && b->y + TOLERANCE < a->y + a->height
              && n_problems++ < MAX_REPORTED)
            g_string_append_printf (problems, "%s: “%s” (%.1f, %.1f, %.1f×%.1f) overlaps “%s” "
                                    "(%.1f, %.1f, %.1f×%.1f)\n", where, a->text, a->x, a->y,
                                    a->width, a->height, b->text, b->x, b->y, b->width, b->height);
        }
    }

  for (guint i = 0; i < chart->panels->len; i++)
    {
      Panel *panel = g_ptr_array_index (chart->panels, i);
      if (panel->bands)
        check_band_named (chart, cr, panel->bands, where, problems, &n_problems);
      if (panel->cell_scale)
        check_band_named (chart, cr, panel->cell_scale, where, problems, &n_problems);
    }
  if (n_problems > MAX_REPORTED)
    g_string_append_printf (problems, "%s: … %u problems in all\n", where, n_problems);
}

static const struct { double width, height; } sizes[] = {
  { 1280, 720 }, { 1920, 1080 }, { 800, 600 },
};

/* At each size as given (the screen's chart area) and at the chart's
 * natural height (exports, scrolled views). */
static void
check_layout_sizes (KjChart    *chart,
                    const char *what,
                    GString    *problems)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double natural = kj_chart_get_natural_height (chart, sizes[s].width);

      check_layout (chart, sizes[s].width, sizes[s].height, what, problems);
      if (natural != sizes[s].height)
        check_layout (chart, sizes[s].width, natural, what, problems);
    }
}

/* Draws @kind if the data has it: "no data" is an answer, not a failure. */
static gboolean
try_layout (const char  *kind,
            KjWorkspace *workspace,
            KjPlan      *plan,
            const char  *indicator,
            GString     *problems)
{
  KjChartRequest request = { workspace, plan, indicator, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(KjChart) chart = kj_chart_new (kind, &request, &error);
  g_autofree char *what = NULL;

  if (chart == NULL)
    {
      /* background tables whose columns are not years have no chart */
      if (g_str_equal (kind, "context") && indicator)
        g_assert_true (g_error_matches (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA)
                       || g_error_matches (error, KJ_CHART_ERROR, KJ_CHART_ERROR_UNKNOWN_INDICATOR));
      else
        g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA);
      return FALSE;
    }
  what = g_strdup_printf ("%s of %s%s%s", kind, plan ? kj_plan_get_title (plan) : "the workspace",
                          indicator ? ", " : "", indicator ? indicator : "");
  check_layout_sizes (chart, what, problems);
  return TRUE;
}

static void
test_layout_samples (void)
{
  KjWorkspace *ws = get_samples ();
  guint n_plans = g_list_model_get_n_items (G_LIST_MODEL (ws));
  g_autoptr(GHashTable) drawn = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) problems = g_string_new (NULL);
  const KjChartKind *kinds;
  guint n_kinds;

  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (ws), i);
      GPtrArray *indicators = kj_plan_get_indicators (plan);
      GPtrArray *context = kj_plan_get_context (plan);
      static const char * const satker_kinds[] = { "trend", "achievement", "budget", "context" };

      /* every satker kind with its default choice … */
      for (guint k = 0; k < G_N_ELEMENTS (satker_kinds); k++)
        if (try_layout (satker_kinds[k], ws, plan, NULL, problems))
          g_hash_table_add (drawn, (gpointer) satker_kinds[k]);
      /* … every indicator as a trend, every background table */
      for (guint k = 0; k < indicators->len; k++)
        {
          KjIndicator *ind = g_ptr_array_index (indicators, k);
          try_layout ("trend", ws, plan, kj_indicator_get_id (ind), problems);
          g_hash_table_add (ids, (gpointer) kj_indicator_get_id (ind));
          if (kj_indicator_get_breakdown_years (ind)->len > 0)
            {
              if (try_layout ("areas", ws, plan, kj_indicator_get_id (ind), problems))
                g_hash_table_add (drawn, "areas");
              if (try_layout ("areas-trend", ws, plan, kj_indicator_get_id (ind), problems))
                g_hash_table_add (drawn, "areas-trend");
            }
        }
      for (guint k = 0; k < context->len; k++)
        try_layout ("context", ws, plan, ((KjContextTable *) g_ptr_array_index (context, k))->id,
                    problems);
    }

  /* the workspace kinds: every indicator compared, the heatmap */
  {
    GHashTableIter iter;
    gpointer id;

    g_hash_table_iter_init (&iter, ids);
    while (g_hash_table_iter_next (&iter, &id, NULL))
      if (try_layout ("compare", ws, NULL, id, problems))
        g_hash_table_add (drawn, "compare");
  }
  if (try_layout ("heatmap", ws, NULL, NULL, problems))
    g_hash_table_add (drawn, "heatmap");

  /* the samples have data for every kind */
  kinds = kj_chart_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    if (!g_hash_table_contains (drawn, kinds[k].id))
      g_string_append_printf (problems, "no %s chart could be drawn from the samples\n", kinds[k].id);
  g_assert_cmpstr (problems->str, ==, "");
}

/* The rows of a drawn chart: what its items name (a heatmap has one item
 * per cell, each with its row's label). */
static GHashTable *
drawn_rows (KjChart *chart)
{
  GHashTable *rows = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < kj_chart_get_n_items (chart); i++)
    g_hash_table_add (rows, (gpointer) kj_chart_get_item (chart, i)->label);
  return rows;
}

static gboolean
has_label (KjChart    *chart,
           const char *text)
{
  for (guint i = 0; i < kj_chart_get_n_labels (chart); i++)
    if (g_str_equal (kj_chart_get_label (chart, i)->text, text))
      return TRUE;
  return FALSE;
}

/* 207 work units (196 with an NKA in 2024), 207 kabupaten/kota: at their
 * natural height every row is labelled; squeezed into 720 px the labels thin out without
 * colliding, and every row can still be pointed at. */
static void
test_layout_national (void)
{
  KjWorkspace *ws = get_national ();
  g_autoptr(GString) problems = g_string_new (NULL);
  static const struct { const char *kind, *indicator; guint min_rows; gboolean national_table; } charts[] = {
    { "compare", "nka", 190, FALSE },
    { "heatmap", NULL, 190, FALSE },
    { "areas", "dektara", 207, TRUE },
    { "areas", "dektara", 10, FALSE },         /* the BNNP with the most kabupaten */
    { "areas-trend", "dektara", 10, FALSE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autoptr(KjChart) chart = chart_new (charts[c].kind, ws,
                                            charts[c].national_table ? get_national_areas () : NULL,
                                            charts[c].indicator, 0);
      double natural = kj_chart_get_natural_height (chart, 1280);

      check_layout_sizes (chart, charts[c].kind, problems);
      {
        g_autoptr(cairo_surface_t) s = draw (chart, 1280, natural, kj_chart_theme_light ());
        g_autoptr(GHashTable) rows = drawn_rows (chart);
        GHashTableIter iter;
        gpointer label;

        g_test_message ("%s: %u rows, natural height %.0f at 1280", charts[c].kind,
                        g_hash_table_size (rows), natural);
        g_assert_cmpuint (g_hash_table_size (rows), >=, charts[c].min_rows);
        g_hash_table_iter_init (&iter, rows);
        while (g_hash_table_iter_next (&iter, &label, NULL))
          if (!has_label (chart, label))
            g_string_append_printf (problems, "%s at 1280×%.0f: row “%s” has no label\n",
                                    charts[c].kind, natural, (char *) label);
      }
      {
        g_autoptr(cairo_surface_t) s = draw (chart, 1280, 720, kj_chart_theme_light ());
        g_autoptr(GHashTable) rows = drawn_rows (chart);

        g_assert_cmpuint (g_hash_table_size (rows), >=, charts[c].min_rows);
        for (guint i = 0; i < kj_chart_get_n_items (chart); i++)
          {
            const KjChartItem *it = kj_chart_get_item (chart, i);
            g_assert_cmpfloat (it->y + it->height, <=, 720 + TOLERANCE);
            g_assert_true (it->satker != NULL || it->area != NULL);
          }
      }
    }
  g_assert_cmpstr (problems->str, ==, "");
}

/* Two rows that read the same cannot be told apart: the BNN RI tables list
 * a province twice, once as the BNNP's own row and once as the province's
 * index.  Each row's label, as drawn, names one row. */
static void
test_layout_distinct_rows (void)
{
  KjWorkspace *ws = get_samples ();
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (ws)); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (ws), i);
      GPtrArray *indicators = kj_plan_get_indicators (plan);

      for (guint k = 0; k < indicators->len; k++)
        {
          KjIndicator *ind = g_ptr_array_index (indicators, k);
          g_autoptr(KjChart) chart = NULL;
          g_autoptr(cairo_surface_t) s = NULL;
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          if (kj_indicator_get_breakdown_years (ind)->len == 0)
            continue;
          chart = chart_new ("areas", ws, plan, kj_indicator_get_id (ind), 0);
          s = draw (chart, 1280, kj_chart_get_natural_height (chart, 1280), kj_chart_theme_light ());
          for (guint r = 0; r < kj_chart_get_n_items (chart); r++)
            {
              const KjChartItem *it = kj_chart_get_item (chart, r);

              for (guint l = 0; l < kj_chart_get_n_labels (chart); l++)
                {
                  const KjChartLabel *label = kj_chart_get_label (chart, l);
                  double middle = label->y + label->height / 2;

                  if (fabs (label->x - it->x) > TOLERANCE || middle < it->y || middle >= it->y + it->height)
                    continue;
                  if (!g_hash_table_add (seen, (gpointer) label->text))
                    g_string_append_printf (problems, "%s, %s: two rows read “%s”\n",
                                            kj_plan_get_title (plan), kj_indicator_get_id (ind),
                                            label->text);
                }
            }
        }
    }
  g_assert_cmpstr (problems->str, ==, "");
}

/* Every row of a breakdown table is on the areas-trend chart with its own
 * value, also where an area is listed twice (a province's index and its
 * BNNP's own figure). */
static void
test_areas_trend_rows (void)
{
  KjPlan *ri = sample ("BNN RI");
  GPtrArray *indicators = kj_plan_get_indicators (ri);

  for (guint k = 0; k < indicators->len; k++)
    {
      KjIndicator *ind = g_ptr_array_index (indicators, k);
      g_autoptr(KjChart) chart = NULL;
      g_autoptr(cairo_surface_t) s = NULL;
      GPtrArray *rows = kj_indicator_get_breakdown (ind, 2023);
      KjValueFormat format = { KJ_VALUE_NUMBER, -1 };

      if (rows == NULL || rows->len == 0)
        continue;
      chart = chart_new ("areas-trend", get_samples (), ri, kj_indicator_get_id (ind), 0);
      s = draw (chart, 1280, kj_chart_get_natural_height (chart, 1280), kj_chart_theme_light ());
      g_test_message ("%s: %u rows in 2023, %u drawn", kj_indicator_get_id (ind), rows->len,
                      kj_chart_get_n_items (chart));
      for (guint r = 0; r < rows->len; r++)
        {
          const KjBreakdownRow *row = g_ptr_array_index (rows, r);
          const KjChartItem *it = item_of (chart, row->area, row->satker);
          g_autofree char *value = kj_value_format_full (&format, row->value);

          if (it == NULL || strstr (it->tooltip, value) == NULL)
            g_error ("%s: the row %s (%s) with %s is not on the chart; %u rows of 2023, %u drawn",
                     kj_indicator_get_id (ind), row->area, row->satker ? row->satker : "no satker",
                     value, rows->len, kj_chart_get_n_items (chart));
        }
    }
}

/* ── pixels ────────────────────────────────────────────────────────────── */

static gboolean
pixel_is (cairo_surface_t *surface,
          int              x,
          int              y,
          const char      *hex)
{
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  guint32 px;
  KjRgba c;

  if (x < 0 || y < 0 || x >= w || y >= h)
    return FALSE;
  g_assert_true (kj_rgba_parse (hex, &c));
  px = *(guint32 *) (cairo_image_surface_get_data (surface)
                     + y * cairo_image_surface_get_stride (surface) + x * 4);
  /* opaque: the chart paints its background */
  return (px >> 24) == 0xff
         && ABS ((int) ((px >> 16) & 0xff) - (int) round (c.red * 255)) <= 6
         && ABS ((int) ((px >> 8) & 0xff) - (int) round (c.green * 255)) <= 6
         && ABS ((int) (px & 0xff) - (int) round (c.blue * 255)) <= 6;
}

/* The topmost row of @item's column at x where @hex is, or -1. */
static int
find_in_column (cairo_surface_t   *surface,
                const KjChartItem *item,
                int                x,
                const char        *hex)
{
  for (int y = (int) floor (item->y); y <= (int) ceil (item->y + item->height); y++)
    if (pixel_is (surface, x, y, hex))
      return y;
  return -1;
}

#define REALISATION "#0072b2"   /* the light theme's first series colour */

static void
test_trend_pixels (void)
{
  g_autoptr(KjChart) chart = chart_new ("trend", NULL, sample ("BNN Kota Kupang"), "nka", 0);
  g_autoptr(cairo_surface_t) s = draw (chart, 1280, 720, kj_chart_theme_light ());
  static const struct { const char *year; double value; } nka[] = {
    { "2020", 80.91 }, { "2021", 86.6 }, { "2022", 86.42 }, { "2023", 86.58 }, { "2024", 98.47 },
  };
  int y[G_N_ELEMENTS (nka)];

  g_assert_cmpstr (kj_chart_get_title (chart), ==, "Nilai Kinerja Anggaran");
  g_assert_cmpuint (kj_chart_get_n_items (chart), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (nka); i++)
    {
      const KjChartItem *it = item_labelled (chart, nka[i].year);

      g_assert_nonnull (it);
      g_assert_cmpint (it->year, ==, atoi (nka[i].year));
      y[i] = find_in_column (s, it, (int) (it->x + it->width / 2), REALISATION);
      g_assert_cmpint (y[i], >=, 0);
    }
  /* the line rises and falls with the numbers: lowest in 2020, highest in 2024 */
  for (guint i = 1; i < G_N_ELEMENTS (nka); i++)
    {
      g_assert_cmpint (y[i], <, y[0]);
      g_assert_cmpint (y[i - 1], >, y[G_N_ELEMENTS (nka) - 1]);
    }
  g_assert_cmpint (y[2], >, y[1]);   /* 86.42 below 86.6 */
}

/* A year without realisation is a gap in the line, not a drop to zero. */
static void
test_trend_gap (void)
{
  static const char text[] =
    "{ \"format\": \"kinerja-plan\", \"version\": 1,\n"
    "  \"satker\": { \"name\": \"BNN Kota Uji\" },\n"
    "  \"period\": { \"first_year\": 2020, \"last_year\": 2022 },\n"
    "  \"indicators\": [ { \"id\": \"nka\", \"name\": \"Nilai Kinerja Anggaran\", \"unit\": \"Indeks\",\n"
    "    \"direction\": \"higher_is_better\", \"decimals\": 2, \"years\": {\n"
    "      \"2020\": { \"target\": 88, \"realization\": 84.5 },\n"
    "      \"2021\": { \"target\": 90 },\n"
    "      \"2022\": { \"target\": 90, \"realization\": 85.1 } } } ] }\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KjPlan) plan = kj_plan_load_bytes (bytes, "gap.json", NULL, NULL, &error);
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(cairo_surface_t) s = NULL;
  const KjChartItem *y2020, *y2021, *y2022;

  g_assert_no_error (error);
  chart = chart_new ("trend", NULL, plan, "nka", 0);
  s = draw (chart, 1280, 720, kj_chart_theme_light ());
  y2020 = item_labelled (chart, "2020");
  y2021 = item_labelled (chart, "2021");
  y2022 = item_labelled (chart, "2022");
  g_assert_nonnull (y2020);
  g_assert_nonnull (y2021);
  g_assert_nonnull (y2022);

  /* both neighbours have their point … */
  g_assert_cmpint (find_in_column (s, y2020, (int) (y2020->x + y2020->width / 2), REALISATION), >=, 0);
  g_assert_cmpint (find_in_column (s, y2022, (int) (y2022->x + y2022->width / 2), REALISATION), >=, 0);
  /* … and nothing of the realisation's colour joins them across 2021 */
  for (int x = (int) ceil (y2021->x); x < (int) floor (y2021->x + y2021->width); x++)
    if (find_in_column (s, y2021, x, REALISATION) >= 0)
      g_error ("the realisation line is drawn through 2021, which has no realisation (x = %d)", x);
  /* the tooltip says so */
  g_assert_nonnull (strstr (y2021->tooltip, "Realisation: –"));
}

/* The bar of a kabupaten is drawn in its band's colour, and pointing at it
 * names the kabupaten. */
static void
test_areas_pixels (void)
{
  KjPlan *ri = sample ("BNN RI");
  g_autoptr(KjChart) chart = chart_new ("areas", get_samples (), ri, "dektari", 2023);
  g_autoptr(cairo_surface_t) s = draw (chart, 1280, kj_chart_get_natural_height (chart, 1280),
                                       kj_chart_theme_light ());
  KjScale *scale = kj_indicator_get_value_scale (kj_plan_find_indicator (ri, "dektari"));
  GPtrArray *rows = kj_indicator_get_breakdown (kj_plan_find_indicator (ri, "dektari"), 2023);
  guint checked = 0;

  g_assert_nonnull (scale);
  g_assert_cmpuint (rows->len, ==, kj_chart_get_n_items (chart));
  for (guint i = 0; i < rows->len; i++)
    {
      const KjBreakdownRow *row = g_ptr_array_index (rows, i);
      const KjChartItem *it = item_of (chart, row->area, row->satker);
      int band = kj_scale_classify (scale, row->value);
      const char *color;
      int y, x0 = -1, x1 = -1, hit;

      g_assert_nonnull (it);
      if (band < 0)
        continue;   /* a value in the file's scale's gap: drawn in grey */
      color = kj_scale_get_band (scale, band)->color;
      y = (int) (it->y + it->height / 2);
      for (int x = (int) it->x; x < (int) (it->x + it->width); x++)
        if (pixel_is (s, x, y, color))
          {
            if (x0 < 0)
              x0 = x;
            x1 = x;
          }
      if (x0 < 0 || x1 - x0 < 20)
        g_error ("%s (%s, %s): no bar of colour %s in its row", row->area,
                 kj_scale_get_band (scale, band)->label, row->satker, color);
      g_assert_true (pixel_is (s, (x0 + x1) / 2, y, color));

      /* pointing at the bar's middle names the area and its satker */
      hit = kj_chart_hit_test (chart, (x0 + x1) / 2.0, y);
      g_assert_cmpint (hit, >=, 0);
      g_assert_cmpstr (kj_chart_get_item (chart, hit)->label, ==, row->area);
      g_assert_cmpstr (kj_chart_get_item (chart, hit)->area, ==, row->area);
      g_assert_cmpstr (kj_chart_get_item (chart, hit)->satker, ==, row->satker);
      g_assert_cmpint (kj_chart_get_item (chart, hit)->year, ==, 2023);
      g_assert_nonnull (strstr (kj_chart_get_item (chart, hit)->tooltip, kj_scale_get_band (scale, band)->label));
      checked++;
    }
  g_assert_cmpuint (checked, >=, 20);
  /* outside the plot nothing answers */
  g_assert_cmpint (kj_chart_hit_test (chart, -10, -10), ==, -1);
  g_assert_cmpint (kj_chart_hit_test (chart, 5, 5), ==, -1);
}

/* ── hit-testing and descriptions ──────────────────────────────────────── */

static void
test_hit_test (void)
{
  g_autoptr(KjChart) compare = chart_new ("compare", get_samples (), NULL, "nka", 2023);
  g_autoptr(KjChart) trend = chart_new ("trend", NULL, sample ("BNN Kota Kupang"), "nka", 2024);
  g_autoptr(cairo_surface_t) s1 = draw (compare, 1280, 720, kj_chart_theme_light ());
  g_autoptr(cairo_surface_t) s2 = draw (trend, 1280, 720, kj_chart_theme_light ());
  const KjChartItem *it;
  int hit;

  /* a compare row selects its satker */
  g_assert_cmpuint (kj_chart_get_n_items (compare), >=, 3);
  for (guint i = 0; i < kj_chart_get_n_items (compare); i++)
    {
      it = kj_chart_get_item (compare, i);
      hit = kj_chart_hit_test (compare, it->x + it->width / 2, it->y + it->height / 2);
      g_assert_cmpint (hit, ==, (int) i);
      g_assert_nonnull (it->satker);
      g_assert_nonnull (kj_workspace_find (get_samples (), it->satker));
      g_assert_cmpint (it->year, ==, 2023);
    }
  /* a year of the trend selects the year; the tooltip has the exact values */
  it = item_labelled (trend, "2024");
  hit = kj_chart_hit_test (trend, it->x + it->width / 2, it->y + it->height / 2);
  g_assert_cmpstr (kj_chart_get_item (trend, hit)->label, ==, "2024");
  g_assert_cmpint (kj_chart_get_item (trend, hit)->year, ==, 2024);
  g_assert_nonnull (strstr (it->tooltip, "98.47"));
  g_assert_nonnull (strstr (it->tooltip, "87"));
  g_assert_nonnull (strstr (it->tooltip, "113.18%"));
}

static void
test_describe (void)
{
  g_autoptr(KjChart) trend = chart_new ("trend", NULL, sample ("BNN Kota Kupang"), "nka", 0);
  g_autoptr(KjChart) areas = chart_new ("areas", get_samples (), sample ("BNN RI"), "dektari", 2023);
  g_autofree char *t = kj_chart_describe (trend);
  g_autofree char *a = kj_chart_describe (areas);
  GPtrArray *rows = kj_indicator_get_breakdown (kj_plan_find_indicator (sample ("BNN RI"), "dektari"), 2023);
  const KjBreakdownRow *hi = NULL, *lo = NULL;

  g_assert_true (g_str_has_prefix (t, "Nilai Kinerja Anggaran"));
  g_assert_nonnull (strstr (t, "Kota Kupang"));
  g_assert_nonnull (strstr (t, "highest 98.47 in 2024"));
  g_assert_nonnull (strstr (t, "lowest 80.91 in 2020"));

  for (guint i = 0; i < rows->len; i++)
    {
      const KjBreakdownRow *r = g_ptr_array_index (rows, i);
      if (hi == NULL || r->value > hi->value)
        hi = r;
      if (lo == NULL || r->value < lo->value)
        lo = r;
    }
  g_assert_true (g_str_has_prefix (a, kj_chart_get_title (areas)));
  g_assert_nonnull (strstr (a, hi->area));
  g_assert_nonnull (strstr (a, lo->area));
  g_assert_nonnull (strstr (a, "2023"));
}

/* ── errors name what is wrong ─────────────────────────────────────────── */

static void
expect_error (const char  *kind,
              KjWorkspace *workspace,
              KjPlan      *plan,
              const char  *indicator,
              int          year,
              int          code,
              const char  *named,
              const char  *named_too)
{
  KjChartRequest request = { workspace, plan, indicator, year };
  g_autoptr(GError) error = NULL;
  g_autoptr(KjChart) chart = kj_chart_new (kind, &request, &error);

  g_assert_null (chart);
  g_test_message ("%s: %s", kind, error ? error->message : "(no error)");
  g_assert_error (error, KJ_CHART_ERROR, code);
  g_assert_nonnull (strstr (error->message, named));
  if (named_too)
    g_assert_nonnull (strstr (error->message, named_too));
}

static void
test_errors (void)
{
  KjWorkspace *ws = get_samples ();
  KjPlan *kupang = sample ("BNN Kota Kupang");

  expect_error ("nosuch", ws, kupang, NULL, 0, KJ_CHART_ERROR_UNKNOWN_KIND, "nosuch", "trend");
  expect_error ("trend", ws, kupang, "nosuch", 0, KJ_CHART_ERROR_UNKNOWN_INDICATOR, "nosuch", "Kupang");
  expect_error ("compare", ws, NULL, "nosuch", 0, KJ_CHART_ERROR_UNKNOWN_INDICATOR, "nosuch", NULL);
  expect_error ("context", ws, kupang, "nosuch", 0, KJ_CHART_ERROR_UNKNOWN_INDICATOR, "nosuch", NULL);

  /* a year without data names the indicator (or satker) and the year */
  expect_error ("areas", ws, NULL, "dektari", 2019, KJ_CHART_ERROR_NO_DATA, "Ketahanan Diri Remaja", "2019");
  expect_error ("compare", ws, NULL, "nka", 2019, KJ_CHART_ERROR_NO_DATA, "Nilai Kinerja Anggaran", "2019");
  expect_error ("achievement", ws, kupang, NULL, 2019, KJ_CHART_ERROR_NO_DATA, "Kupang", "2019");
  expect_error ("heatmap", ws, NULL, NULL, 2019, KJ_CHART_ERROR_NO_DATA, "2019", NULL);
  /* a satker chart needs a satker */
  expect_error ("trend", ws, NULL, "nka", 0, KJ_CHART_ERROR_NO_DATA, "work unit", NULL);
}

/* An indicator no open plan has is unknown, not merely without data: the
 * user mistyped it, and the window and the command line say so. */
static void
test_errors_unknown_breakdown (void)
{
  KjWorkspace *ws = get_samples ();

  expect_error ("areas", ws, NULL, "nosuch", 0, KJ_CHART_ERROR_UNKNOWN_INDICATOR, "nosuch", NULL);
  expect_error ("areas-trend", ws, NULL, "nosuch", 0, KJ_CHART_ERROR_UNKNOWN_INDICATOR, "nosuch", NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/chart/ticks", test_ticks);
  g_test_add_func ("/kinerja/chart/ticks/short-axis", test_ticks_short_axis);
  g_test_add_func ("/kinerja/chart/value-formats", test_value_formats);
  g_test_add_func ("/kinerja/chart/layout/samples", test_layout_samples);
  g_test_add_func ("/kinerja/chart/layout/national", test_layout_national);
  g_test_add_func ("/kinerja/chart/layout/distinct-rows", test_layout_distinct_rows);
  g_test_add_func ("/kinerja/chart/areas-trend/every-row", test_areas_trend_rows);
  g_test_add_func ("/kinerja/chart/pixels/trend", test_trend_pixels);
  g_test_add_func ("/kinerja/chart/pixels/trend-gap", test_trend_gap);
  g_test_add_func ("/kinerja/chart/pixels/areas", test_areas_pixels);
  g_test_add_func ("/kinerja/chart/hit-test", test_hit_test);
  g_test_add_func ("/kinerja/chart/describe", test_describe);
  g_test_add_func ("/kinerja/chart/errors", test_errors);
  g_test_add_func ("/kinerja/chart/errors/unknown-breakdown-indicator", test_errors_unknown_breakdown);
  status = g_test_run ();

  g_clear_object (&samples);
  g_clear_object (&national_areas);
  g_clear_object (&national);
  kj_test_remove_dir (&national_dir);
  return status;
}
