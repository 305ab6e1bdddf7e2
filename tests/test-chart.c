/* test-chart.c: the chart engine: ticks, value formats, pixels, hit-testing, errors
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts are drawn on image surfaces and checked the way a reader looks at
 * them: the line where the numbers are, a gap where a year has no number, a
 * bar in its band's colour.  Layout invariants are in test-chart-layout.c,
 * exports and the command line in test-chart-export.c.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "io/kj-plan-io.h"
#include "kj-test-charts.h"

/* ── ticks ─────────────────────────────────────────────────────────────── */

/* 1, 2 or 5 × 10ⁿ; and 2.5 × 10ⁿ where @quarters */
static gboolean
is_nice (double   step,
         gboolean quarters)
{
  double magnitude = pow (10, floor (log10 (step) + 1e-9));
  double m = step / magnitude;

  return fabs (m - 1) < 1e-9 || fabs (m - 2) < 1e-9 || fabs (m - 5) < 1e-9
         || (quarters && fabs (m - 2.5) < 1e-9);
}

/* Axes readers trust: 1-2-5 steps, 3 to max ticks, the data inside, round
 * tick values with no 0.30000000000000004 and no "-0". */
static void
check_ticks (double   min,
             double   max,
             int      max_ticks,
             gboolean include_zero,
             gboolean quarters,
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
  g_assert_true (is_nice (t.step, quarters));
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
    check_ticks (table[k].min, table[k].max, table[k].max_ticks, table[k].include_zero, FALSE,
                 table[k].step);

  /* a range that is not a range */
  g_assert_false (kj_ticks_compute (NAN, 10, 8, TRUE, &t));
  g_assert_false (kj_ticks_compute (0, INFINITY, 8, TRUE, &t));
}

/* A category panel lower than 180 px asks for at most three ticks (the
 * budget chart's panels at 800×600): it still gets three, not just its ends,
 * with 2.5 × 10ⁿ where 1-2-5 cannot give three. */
static void
test_ticks_short_axis (void)
{
  check_ticks (0, 4.2, 3, TRUE, TRUE, 2.5);
  check_ticks (0, 4.2e9, 3, TRUE, TRUE, 2.5e9);
  check_ticks (81.5, 84.4, 3, FALSE, TRUE, 0);
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
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang");
  g_autoptr(KjChart) chart = kj_test_chart ("trend", NULL, kupang, "nka", 0);
  g_autoptr(KjChartLayout) layout = NULL;
  g_autoptr(cairo_surface_t) s = kj_test_draw (chart, &layout, 1280, 720, kj_chart_theme_light ());
  static const struct { const char *year; double value; } nka[] = {
    { "2020", 80.91 }, { "2021", 86.6 }, { "2022", 86.42 }, { "2023", 86.58 }, { "2024", 98.47 },
  };
  int y[G_N_ELEMENTS (nka)];

  g_assert_cmpstr (kj_chart_get_title (chart), ==, "Nilai Kinerja Anggaran");
  g_assert_cmpuint (kj_chart_layout_get_n_items (layout), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (nka); i++)
    {
      const KjChartItem *it = kj_test_item (layout, nka[i].year, NULL);

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
    "  \"indicators\": [ { \"id\": \"nka\", \"name\": \"Nilai Kinerja Anggaran\",\n"
    "    \"unit\": \"Indeks\", \"decimals\": 2, \"years\": {\n"
    "      \"2020\": { \"target\": 88, \"realization\": 84.5 },\n"
    "      \"2021\": { \"target\": 90 },\n"
    "      \"2022\": { \"target\": 90, \"realization\": 85.1 } } } ] }\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KjPlan) plan = kj_plan_load_bytes (bytes, "gap.json", NULL, NULL, &error);
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(cairo_surface_t) s = NULL;
  g_autoptr(KjChartLayout) layout = NULL;
  const KjChartItem *y2020, *y2021, *y2022;

  g_assert_no_error (error);
  chart = kj_test_chart ("trend", NULL, plan, "nka", 0);
  s = kj_test_draw (chart, &layout, 1280, 720, kj_chart_theme_light ());
  y2020 = kj_test_item (layout, "2020", NULL);
  y2021 = kj_test_item (layout, "2021", NULL);
  y2022 = kj_test_item (layout, "2022", NULL);
  g_assert_nonnull (y2020);
  g_assert_nonnull (y2021);
  g_assert_nonnull (y2022);

  /* both neighbours have their point … */
  g_assert_cmpint (find_in_column (s, y2020, y2020->x + y2020->width / 2, REALISATION), >=, 0);
  g_assert_cmpint (find_in_column (s, y2022, y2022->x + y2022->width / 2, REALISATION), >=, 0);
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
  KjPlan *ri = kj_test_sample ("BNN RI");
  g_autoptr(KjChart) chart = kj_test_chart ("areas", kj_test_samples (), ri, "dektari", 2023);
  double height = kj_chart_get_natural_height (chart, 1280);
  g_autoptr(KjChartLayout) layout = NULL;
  g_autoptr(cairo_surface_t) s = kj_test_draw (chart, &layout, 1280, height, kj_chart_theme_light ());
  KjScale *scale = kj_indicator_get_value_scale (kj_plan_find_indicator (ri, "dektari"));
  GPtrArray *rows = kj_indicator_get_breakdown (kj_plan_find_indicator (ri, "dektari"), 2023);
  guint checked = 0;

  /* the file's scale names no colours: its bands take the built-in ones,
   * the same as in the indicator table */
  g_assert_nonnull (scale);
  g_assert_cmpstr (kj_scale_get_band (scale, 0)->label, ==, "Sangat Tinggi");
  g_assert_cmpstr (kj_scale_get_band (scale, 0)->color, ==, "#009e73");
  g_assert_cmpuint (rows->len, ==, kj_chart_layout_get_n_items (layout));
  for (guint i = 0; i < rows->len; i++)
    {
      const KjBreakdownRow *row = g_ptr_array_index (rows, i);
      const KjChartItem *it = kj_test_item (layout, row->area, row->satker);
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
      hit = kj_chart_layout_hit_test (layout, (x0 + x1) / 2.0, y);
      g_assert_cmpint (hit, >=, 0);
      /* a repeated area is labelled "area (satker)" */
      g_assert_true (g_str_has_prefix (kj_chart_layout_get_item (layout, hit)->label, row->area));
      g_assert_cmpstr (kj_chart_layout_get_item (layout, hit)->area, ==, row->area);
      g_assert_cmpstr (kj_chart_layout_get_item (layout, hit)->satker, ==, row->satker);
      g_assert_cmpint (kj_chart_layout_get_item (layout, hit)->year, ==, 2023);
      g_assert_nonnull (strstr (kj_chart_layout_get_item (layout, hit)->tooltip,
                                kj_scale_get_band (scale, band)->label));
      checked++;
    }
  g_assert_cmpuint (checked, >=, 20);
  /* outside the plot nothing answers */
  g_assert_cmpint (kj_chart_layout_hit_test (layout, -10, -10), ==, -1);
  g_assert_cmpint (kj_chart_layout_hit_test (layout, 5, 5), ==, -1);
}

/* ── hit-testing and descriptions ──────────────────────────────────────── */

static void
test_hit_test (void)
{
  g_autoptr(KjChart) compare = kj_test_chart ("compare", kj_test_samples (), NULL, "nka", 2023);
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang");
  g_autoptr(KjChart) trend = kj_test_chart ("trend", NULL, kupang, "nka", 2024);
  g_autoptr(KjChartLayout) cl = NULL, tl = NULL;
  g_autoptr(cairo_surface_t) s1 = kj_test_draw (compare, &cl, 1280, 720, kj_chart_theme_light ());
  g_autoptr(cairo_surface_t) s2 = kj_test_draw (trend, &tl, 1280, 720, kj_chart_theme_light ());
  const KjChartItem *it;
  int hit;

  /* a compare row selects its satker */
  g_assert_cmpuint (kj_chart_layout_get_n_items (cl), >=, 3);
  for (guint i = 0; i < kj_chart_layout_get_n_items (cl); i++)
    {
      it = kj_chart_layout_get_item (cl, i);
      hit = kj_chart_layout_hit_test (cl, it->x + it->width / 2, it->y + it->height / 2);
      g_assert_cmpint (hit, ==, (int) i);
      g_assert_nonnull (it->satker);
      g_assert_nonnull (kj_workspace_find (kj_test_samples (), it->satker));
      g_assert_cmpint (it->year, ==, 2023);
    }
  /* a year of the trend selects the year; the tooltip has the exact values */
  it = kj_test_item (tl, "2024", NULL);
  hit = kj_chart_layout_hit_test (tl, it->x + it->width / 2, it->y + it->height / 2);
  g_assert_cmpstr (kj_chart_layout_get_item (tl, hit)->label, ==, "2024");
  g_assert_cmpint (kj_chart_layout_get_item (tl, hit)->year, ==, 2024);
  g_test_message ("%s", it->tooltip);
  g_assert_nonnull (strstr (it->tooltip, "Target: 87"));
  g_assert_nonnull (strstr (it->tooltip, "Realisation: 98.47"));
  g_assert_nonnull (strstr (it->tooltip, "113.18%"));
}

static void
test_describe (void)
{
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang"), *ri = kj_test_sample ("BNN RI");
  g_autoptr(KjChart) trend = kj_test_chart ("trend", NULL, kupang, "nka", 0);
  g_autoptr(KjChart) areas = kj_test_chart ("areas", kj_test_samples (), ri, "dektari", 2023);
  g_autofree char *t = kj_chart_describe (trend);
  g_autofree char *a = kj_chart_describe (areas);
  GPtrArray *rows = kj_indicator_get_breakdown (kj_plan_find_indicator (ri, "dektari"), 2023);
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

#define UNKNOWN_KIND      KJ_CHART_ERROR_UNKNOWN_KIND
#define UNKNOWN_INDICATOR KJ_CHART_ERROR_UNKNOWN_INDICATOR
#define NO_DATA           KJ_CHART_ERROR_NO_DATA

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

  /* not fatal: one test reports every wrong answer */
  g_test_message ("%s: %s", kind, error ? error->message : "(a chart)");
  if (!g_error_matches (error, KJ_CHART_ERROR, code))
    g_test_fail_printf ("%s of “%s”, %d: error %d expected, got %s (%d)", kind,
                        indicator ? indicator : "", year, code, error ? error->message : "a chart",
                        error ? error->code : -1);
  else if (strstr (error->message, named) == NULL
           || (named_too && strstr (error->message, named_too) == NULL))
    g_test_fail_printf ("%s: “%s” does not name “%s”%s%s", kind, error->message, named,
                        named_too ? " and " : "", named_too ? named_too : "");
}

static void
test_errors (void)
{
  KjWorkspace *ws = kj_test_samples ();
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang");

  expect_error ("nosuch", ws, kupang, NULL, 0, UNKNOWN_KIND, "nosuch", "trend");
  expect_error ("trend", ws, kupang, "nosuch", 0, UNKNOWN_INDICATOR, "nosuch", "Kupang");
  expect_error ("compare", ws, NULL, "nosuch", 0, UNKNOWN_INDICATOR, "nosuch", NULL);
  expect_error ("context", ws, kupang, "nosuch", 0, UNKNOWN_INDICATOR, "nosuch", NULL);

  /* a year without data names the indicator (or satker) and the year */
  expect_error ("areas", ws, NULL, "dektari", 2019, NO_DATA, "Ketahanan Diri Remaja", "2019");
  expect_error ("compare", ws, NULL, "nka", 2019, NO_DATA, "Nilai Kinerja Anggaran", "2019");
  expect_error ("achievement", ws, kupang, NULL, 2019, NO_DATA, "Kupang", "2019");
  expect_error ("heatmap", ws, NULL, NULL, 2019, NO_DATA, "2019", NULL);
  /* a satker chart needs a satker */
  expect_error ("trend", ws, NULL, "nka", 0, NO_DATA, "work unit", NULL);
}

/* An indicator no open plan has is unknown, not merely without data: the
 * user mistyped it, and the window and the command line say so. */
static void
test_errors_unknown_breakdown (void)
{
  KjWorkspace *ws = kj_test_samples ();

  expect_error ("areas", ws, NULL, "nosuch", 0, UNKNOWN_INDICATOR, "nosuch", NULL);
  expect_error ("areas-trend", ws, NULL, "nosuch", 0, UNKNOWN_INDICATOR, "nosuch", NULL);
}

/* A chart of one satker is of its own data: a satker without a breakdown
 * gets no other unit's areas under its name, but a message naming the plan
 * that has one (the province's, which lists it), and a hint to go there. */
static void
test_areas_own_data (void)
{
  KjWorkspace *ws = kj_test_samples ();
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang");
  KjPlan *ntt = kj_test_sample ("BNNP Nusa Tenggara Timur");
  const char *kinds[] = { "areas", "areas-trend" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      KjChartRequest request = { ws, kupang, "nka", 2023 };
      g_autoptr(KjChartHint) hint = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KjChart) chart = kj_chart_new_with_hint (kinds[k], &request, &hint, &error);

      g_assert_null (chart);
      g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA);
      g_assert_cmpstr (error->message, ==, "BNN Kota Kupang has no per-area breakdown of Nilai Kinerja "
                       "Anggaran. BNNP Nusa Tenggara Timur has one, which lists Kota Kupang.");
      g_assert_nonnull (hint);
      g_assert_true (kj_workspace_find (ws, hint->satker) == ntt);
      g_assert_cmpstr (hint->satker_title, ==, "BNNP Nusa Tenggara Timur");
    }
  /* dektara: only BNN RI has a breakdown, which does not list Kota Kupang */
  expect_error ("areas", ws, kupang, "dektara", 2023, NO_DATA, "BNN Kota Kupang has no per-area", "BNN RI has one.");
  /* the plan's own breakdown, for another year: the years that have it */
  {
    KjChartRequest request = { ws, ntt, "nka", 2024 };
    g_autoptr(KjChartHint) hint = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(KjChart) chart = kj_chart_new_with_hint ("areas", &request, &hint, &error);

    g_assert_null (chart);
    g_assert_nonnull (strstr (error->message, "2024. Years with data: 2023."));
    g_assert_null (hint->satker);
    g_assert_cmpuint (hint->n_years, ==, 1);
    g_assert_cmpint (hint->years[0], ==, 2023);
  }
  /* its own, where it has one; and without a chosen satker, the best */
  {
    g_autoptr(KjChart) own = kj_test_chart ("areas", ws, ntt, "nka", 2023);
    g_autoptr(KjChart) any = kj_test_chart ("areas", ws, NULL, "dektara", 0);
    g_autoptr(KjChart) trend = kj_test_chart ("areas-trend", ws, ntt, "nka", 0);

    g_assert_true (g_str_has_prefix (kj_chart_get_subtitle (own), "BNNP Nusa Tenggara Timur"));
    g_assert_true (g_str_has_prefix (kj_chart_get_subtitle (any), "BNN RI"));
    /* one year is no trend, and the chart says so */
    g_assert_cmpstr (kj_chart_get_subtitle (trend), ==, "BNNP Nusa Tenggara Timur · only 2023 has per-area data");
  }
}

/* The picker's first choice for areas is a breakdown of the plan itself,
 * which the chart draws; another plan's only when it has none. */
static void
test_areas_default_choice (void)
{
  KjWorkspace *ws = kj_test_samples ();
  const KjChartKind *kind = kj_chart_kind_find ("areas");
  KjPlan *ntt = kj_test_sample ("BNNP Nusa Tenggara Timur");
  g_autoptr(GPtrArray) choices = kj_chart_get_choices (kind, ntt, ws);
  guint at = kj_chart_get_default_choice (kind, ntt, ws, 2023, choices);
  const char *id = ((KjChartChoice *) g_ptr_array_index (choices, at))->id;
  KjChartRequest request = { ws, ntt, id, 2023 };
  g_autoptr(GError) error = NULL;
  g_autoptr(KjChart) chart = kj_chart_new ("areas", &request, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kj_indicator_get_breakdown (kj_plan_find_indicator (ntt, id), 2023));
  g_assert_true (g_str_has_prefix (kj_chart_get_subtitle (chart), "BNNP Nusa Tenggara Timur"));
  /* the plan's own breakdowns come first in the picker, then others' */
  {
    gboolean others = FALSE;

    for (guint i = 0; i < choices->len; i++)
      {
        KjIndicator *own = kj_plan_find_indicator (ntt, ((KjChartChoice *) g_ptr_array_index (choices, i))->id);
        gboolean has = own && kj_indicator_get_breakdown_years (own)->len > 0;

        g_assert_false (has && others);
        others |= !has;
      }
    g_assert_true (others);
  }
  /* another plan's indicator is offered by no one file's own name */
  {
    KjPlan *kupang = kj_test_sample ("BNN Kota Kupang");
    g_autoptr(GPtrArray) offered = kj_chart_get_choices (kind, kupang, ws);
    gboolean nka = FALSE;

    for (guint i = 0; i < offered->len; i++)
      {
        KjChartChoice *choice = g_ptr_array_index (offered, i);
        if (g_str_equal (choice->id, "nka"))
          {
            g_assert_cmpstr (choice->name, ==, "Nilai Kinerja Anggaran");
            nka = TRUE;
          }
      }
    g_assert_true (nka);
  }
}

/* A year without the money: no chart titled with it, but the years that have. */
static void
test_budget_year_without_data (void)
{
  KjWorkspace *ws = kj_test_samples ();
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang");
  KjChartRequest request = { ws, kupang, NULL, 2023 };
  g_autoptr(KjChartHint) hint = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KjChart) chart = kj_chart_new_with_hint ("budget", &request, &hint, &error);
  g_autoptr(KjChart) latest = kj_test_chart ("budget", ws, kupang, NULL, 0);

  g_assert_null (chart);
  g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA);
  g_assert_cmpstr (error->message, ==, "BNN Kota Kupang has no budget data for 2023. Years with budget data: 2024.");
  g_assert_cmpuint (hint->n_years, ==, 1);
  g_assert_cmpint (hint->years[0], ==, 2024);
  g_assert_cmpstr (kj_chart_get_title (latest), ==, "Budget and spending, 2024");
  /* the other kinds of one year: the years that have data */
  expect_error ("compare", ws, NULL, "nka", 2019, NO_DATA, "2019", "Years with data: 2024, 2023, 2022");
  expect_error ("achievement", ws, kupang, NULL, 2019, NO_DATA, "Kupang", "Years with data: 2024");
}

/* Compare: the bars' lengths are compared, so they start at 0 (Dektara's
 * scale starts at 25); the satker the chart is drawn for is marked, in the
 * image and in its tooltip. */
static void
test_compare_from_zero_selected (void)
{
  KjWorkspace *ws = kj_test_samples ();
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang");
  g_autoptr(KjChart) chart = kj_test_chart ("compare", ws, kupang, "dektara", 2023);
  g_autoptr(KjChartLayout) layout = NULL;
  g_autoptr(cairo_surface_t) s = kj_test_draw (chart, &layout, 1280, 720, kj_chart_theme_light ());
  const KjChartItem *selected = NULL, *other = NULL;
  gboolean zero = FALSE;

  for (guint i = 0; i < kj_chart_layout_get_n_items (layout); i++)
    {
      const KjChartItem *item = kj_chart_layout_get_item (layout, i);
      if (g_strcmp0 (item->satker, "Badan Narkotika Nasional Kota Kupang") == 0)
        selected = item;
      else if (item->satker)
        other = item;
    }
  g_assert_nonnull (selected);
  g_assert_nonnull (other);
  g_assert_nonnull (strstr (selected->tooltip, "selected"));
  g_assert_null (strstr (other->tooltip, "selected"));
  for (guint i = 0; i < kj_chart_layout_get_n_labels (layout); i++)
    {
      const KjChartLabel *label = kj_chart_layout_get_label (layout, i);
      zero |= g_str_equal (label->text, "0");
      if (g_str_has_suffix (label->text, "BNN Kota Kupang"))
        g_assert_true (g_str_has_prefix (label->text, "▶"));
    }
  g_assert_true (zero);
}

/* A chart over many satker is not titled with one file's own name of the
 * indicator ("… di wilayah Kabupaten Aceh Besar"), and says that the files
 * name it differently. */
static void
test_compare_neutral_title (void)
{
  KjWorkspace *national = kj_test_national ();
  KjPlan *aceh = kj_workspace_find (national, "BNN Kabupaten Aceh Besar");
  g_autoptr(KjChart) chart = kj_test_chart ("compare", national, aceh, "dektari", 0);
  KjWorkspace *samples = kj_test_samples ();
  g_autoptr(KjChart) dektara = kj_test_chart ("compare", samples, NULL, "dektara", 2023);

  g_assert_nonnull (aceh);
  g_assert_cmpstr (kj_chart_get_title (chart), ==, "Indeks Ketahanan Diri Remaja Terhadap Penyalahgunaan Narkoba");
  g_assert_nonnull (strstr (kj_chart_get_subtitle (chart), "names differ between files: 207 variants"));
  /* the national plan's name where it is open */
  g_assert_cmpstr (kj_chart_get_title (dektara), ==,
                   "Indeks Ketahanan Keluarga terhadap Penyalahgunaan Narkoba (Dektara)");
  g_assert_nonnull (strstr (kj_chart_get_subtitle (dektara), "names differ between files: 4 variants"));
}

/* Heatmap columns are headed by short names (an acronym the name gives),
 * not by ids; the tooltip has the full name. */
static void
test_heatmap_short_headers (void)
{
  KjWorkspace *ws = kj_test_samples ();
  g_autoptr(KjChart) chart = kj_test_chart ("heatmap", ws, NULL, NULL, 2023);
  g_autoptr(KjChartLayout) layout = NULL;
  g_autoptr(cairo_surface_t) s = kj_test_draw (chart, &layout, 1280, 720, kj_chart_theme_light ());
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean full = FALSE;

  for (guint i = 0; i < kj_chart_layout_get_n_labels (layout); i++)
    g_hash_table_add (texts, (gpointer) kj_chart_layout_get_label (layout, i)->text);
  g_assert_true (g_hash_table_contains (texts, "Dektara"));
  g_assert_true (g_hash_table_contains (texts, "IKPA"));
  g_assert_false (g_hash_table_contains (texts, "dektara"));
  g_assert_false (g_hash_table_contains (texts, "kepuasan-rehab"));
  g_assert_false (g_hash_table_contains (texts, "petugas-ibm"));
  for (guint i = 0; i < kj_chart_layout_get_n_items (layout); i++)
    full |= strstr (kj_chart_layout_get_item (layout, i)->tooltip,
                    "Indeks Ketahanan Keluarga terhadap Penyalahgunaan Narkoba (Dektara): ") != NULL;
  g_assert_true (full);
}

/* A chart is data; where it is placed is a layout's, one per size: laying
 * the same chart out at another size, or drawing it, changes no layout made
 * before, and a layout made without drawing is the drawing's. */
static void
test_layouts_apart (void)
{
  KjPlan *ri = kj_test_sample ("BNN RI");
  g_autoptr(KjChart) chart = kj_test_chart ("areas", kj_test_samples (), ri, "dektari", 2023);
  g_autoptr(KjChartLayout) wide = kj_chart_layout_new (chart, 1600, 900, G_MAXUINT,
                                                       kj_chart_theme_light ());
  g_autoptr(KjChartLayout) narrow = NULL, drawn = NULL, first = NULL, second = NULL;
  g_autoptr(cairo_surface_t) s = NULL;
  const KjChartItem *w0;
  double wide_x, wide_w;
  g_autofree char *subtitle = g_strdup (kj_chart_get_subtitle (chart));

  g_assert_cmpuint (kj_chart_layout_get_n_items (wide), >, 10);
  w0 = kj_chart_layout_get_item (wide, 0);
  wide_x = w0->x;
  wide_w = w0->width;
  narrow = kj_chart_layout_new (chart, 640, 900, G_MAXUINT, kj_chart_theme_light ());
  s = kj_test_draw (chart, &drawn, 1600, 900, kj_chart_theme_light ());
  /* the wide layout is untouched by the narrow one and by the drawing */
  g_assert_cmpfloat (kj_chart_layout_get_item (wide, 0)->x, ==, wide_x);
  g_assert_cmpfloat (kj_chart_layout_get_item (wide, 0)->width, ==, wide_w);
  g_assert_cmpfloat (kj_chart_layout_get_item (narrow, 0)->width, <, wide_w);
  g_assert_true (kj_chart_layout_fits (wide, chart, 1600, 900, kj_chart_theme_light ()));
  g_assert_false (kj_chart_layout_fits (wide, chart, 640, 900, kj_chart_theme_light ()));
  g_assert_false (kj_chart_layout_fits (wide, chart, 1600, 900, kj_chart_theme_dark ()));
  /* laid out without drawing = laid out by drawing, item by item, label by label */
  g_assert_cmpuint (kj_chart_layout_get_n_items (drawn), ==, kj_chart_layout_get_n_items (wide));
  g_assert_cmpuint (kj_chart_layout_get_n_labels (drawn), ==, kj_chart_layout_get_n_labels (wide));
  for (guint i = 0; i < kj_chart_layout_get_n_items (wide); i++)
    {
      const KjChartItem *a = kj_chart_layout_get_item (wide, i), *b = kj_chart_layout_get_item (drawn, i);
      g_assert_cmpfloat (a->x, ==, b->x);
      g_assert_cmpfloat (a->y, ==, b->y);
      g_assert_cmpstr (a->tooltip, ==, b->tooltip);
    }
  for (guint i = 0; i < kj_chart_layout_get_n_labels (wide); i++)
    g_assert_cmpstr (kj_chart_layout_get_label (wide, i)->text, ==,
                     kj_chart_layout_get_label (drawn, i)->text);

  /* pages of a long chart are layouts of their own; the chart stays as it was */
  g_assert_cmpuint (kj_chart_get_n_pages (chart, 842, 595), >, 1);
  first = kj_chart_layout_new (chart, 842, 595, 0, kj_chart_theme_print ());
  second = kj_chart_layout_new (chart, 842, 595, 1, kj_chart_theme_print ());
  g_assert_cmpstr (kj_chart_layout_get_item (first, 0)->label, !=,
                   kj_chart_layout_get_item (second, 0)->label);
  g_assert_cmpstr (kj_chart_get_subtitle (chart), ==, subtitle);
  g_assert_false (kj_chart_layout_fits (first, chart, 842, 595, kj_chart_theme_print ()));
}

static gboolean
layout_says (KjChartLayout *layout,
             const char    *text)
{
  for (guint i = 0; i < kj_chart_layout_get_n_labels (layout); i++)
    if (g_str_equal (kj_chart_layout_get_label (layout, i)->text, text))
      return TRUE;
  return FALSE;
}

/* Issue 7: Kota Kupang's Dektari 2024 is "Sangat Rendah" on its own scale
 * and "Baik" as an achievement: the charts name the scale of every
 * category, in their legends and tooltips, as the table does. */
static void
test_category_scales (void)
{
  KjPlan *plan = kj_test_sample ("BNN Kota Kupang");
  g_autoptr(KjChart) achievement = kj_test_chart ("achievement", NULL, plan, NULL, 2024);
  g_autoptr(KjChart) trend = kj_test_chart ("trend", NULL, plan, "dektari", 0);
  g_autoptr(KjChartLayout) a_layout = NULL, t_layout = NULL;
  g_autoptr(cairo_surface_t) a = kj_test_draw (achievement, &a_layout, 1280, 720, kj_chart_theme_light ());
  g_autoptr(cairo_surface_t) t = kj_test_draw (trend, &t_layout, 1280, 720, kj_chart_theme_light ());
  KjIndicator *dektari = kj_plan_find_indicator (plan, "dektari");
  const KjChartItem *row = kj_test_item (a_layout, kj_indicator_get_name (dektari), NULL);

  /* the achievement chart's colours are the achievement's; the trend's bands the value's */
  g_assert_true (layout_says (a_layout, "Achievement category:"));
  g_assert_false (layout_says (a_layout, "Value category:"));
  g_assert_true (layout_says (t_layout, "Value category:"));
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (row->tooltip, "value: Sangat Rendah · achievement: Baik"));
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
  g_test_add_func ("/kinerja/chart/pixels/trend", test_trend_pixels);
  g_test_add_func ("/kinerja/chart/pixels/trend-gap", test_trend_gap);
  g_test_add_func ("/kinerja/chart/pixels/areas", test_areas_pixels);
  g_test_add_func ("/kinerja/chart/hit-test", test_hit_test);
  g_test_add_func ("/kinerja/chart/layouts-apart", test_layouts_apart);
  g_test_add_func ("/kinerja/chart/describe", test_describe);
  g_test_add_func ("/kinerja/chart/errors", test_errors);
  g_test_add_func ("/kinerja/chart/areas/own-data", test_areas_own_data);
  g_test_add_func ("/kinerja/chart/areas/default-choice", test_areas_default_choice);
  g_test_add_func ("/kinerja/chart/budget/year-without-data", test_budget_year_without_data);
  g_test_add_func ("/kinerja/chart/compare/from-zero-selected", test_compare_from_zero_selected);
  g_test_add_func ("/kinerja/chart/compare/neutral-title", test_compare_neutral_title);
  g_test_add_func ("/kinerja/chart/heatmap/short-headers", test_heatmap_short_headers);
  g_test_add_func ("/kinerja/chart/categories/scales-named", test_category_scales);
  g_test_add_func ("/kinerja/chart/errors/unknown-breakdown-indicator",
                   test_errors_unknown_breakdown);
  status = g_test_run ();
  kj_test_cleanup ();
  return status;
}
