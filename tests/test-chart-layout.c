/* test-chart-layout.c: every chart kind laid out at every size: nothing hidden
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painter records every text it draws with its box.  Drawn on image
 * surfaces at the sizes of a laptop, a projector and a small window, and at
 * each chart's natural height, no label may cover another or leave the
 * surface, and every band of a value scale is named in full in the legend;
 * 207 work units stay clean when squeezed into 720 px.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "chart/kj-chart-private.h"
#include "kj-test-charts.h"

/* ── layout invariants ─────────────────────────────────────────────────── */

#define TOLERANCE 0.5
#define MAX_REPORTED 12

static void
text_extents (cairo_t    *cr,
              double      px,
              const char *text,
              double     *width,
              double     *height)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  const char *family = kj_chart_theme_light ()->font_family;
  PangoFontDescription *font = pango_font_description_from_string (family);
  PangoRectangle logical;

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  pango_font_description_free (font);
  *width = logical.width;
  *height = logical.height;
}

/* Whether @label shows its whole text, not cut with "…": its box is as wide
 * as the text set in a font of the box's height. */
static gboolean
shown_in_full (cairo_t            *cr,
               const KjChartLabel *label)
{
  double w, h;

  text_extents (cr, 11, label->text, &w, &h);
  text_extents (cr, 11 * label->height / h, label->text, &w, &h);
  return label->width >= w * 0.98 - 1.5;
}

/* A band is named in the legend, in full. */
static void
check_band_named (KjChartLayout *layout,
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

      for (guint i = 0; i < kj_chart_layout_get_n_labels (layout) && !named; i++)
        {
          const KjChartLabel *l = kj_chart_layout_get_label (layout, i);
          named = g_str_has_prefix (l->text, band) && shown_in_full (cr, l);
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
  g_autoptr(KjChartLayout) layout = NULL;
  g_autoptr(cairo_surface_t) surface = kj_test_draw (chart, &layout, width, height, kj_chart_theme_light ());
  g_autoptr(cairo_t) cr = cairo_create (surface);
  guint n = kj_chart_layout_get_n_labels (layout), n_problems = 0;
  g_autofree char *where = g_strdup_printf ("%s at %.0f×%.0f", what, width, height);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const KjChartLabel *a = kj_chart_layout_get_label (layout, i);

      if ((a->x < -TOLERANCE || a->y < -TOLERANCE || a->x + a->width > width + TOLERANCE
           || a->y + a->height > height + TOLERANCE)
          && n_problems++ < MAX_REPORTED)
        g_string_append_printf (problems, "%s: “%s” (%.1f, %.1f, %.1f×%.1f) leaves the surface\n",
                                where, a->text, a->x, a->y, a->width, a->height);
      for (guint j = i + 1; j < n; j++)
        {
          const KjChartLabel *b = kj_chart_layout_get_label (layout, j);

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
        check_band_named (layout, cr, panel->bands, where, problems, &n_problems);
      if (panel->cell_scale)
        check_band_named (layout, cr, panel->cell_scale, where, problems, &n_problems);
    }
  if (n_problems > MAX_REPORTED)
    g_string_append_printf (problems, "%s: … %u problems in all\n", where, n_problems);
}

/* Fails the test with every problem found; the other tests still run. */
static void
report (GString *problems)
{
  if (problems->len > 0)
    g_test_fail_printf ("%s", problems->str);
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
      /* nor has a background table whose columns are not years */
      if (!(g_str_equal (kind, "context") && indicator
            && g_error_matches (error, KJ_CHART_ERROR, KJ_CHART_ERROR_UNKNOWN_INDICATOR)))
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
  KjWorkspace *ws = kj_test_samples ();
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
                g_hash_table_add (drawn, (gpointer) "areas");
              if (try_layout ("areas-trend", ws, plan, kj_indicator_get_id (ind), problems))
                g_hash_table_add (drawn, (gpointer) "areas-trend");
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
        g_hash_table_add (drawn, (gpointer) "compare");
  }
  if (try_layout ("heatmap", ws, NULL, NULL, problems))
    g_hash_table_add (drawn, (gpointer) "heatmap");

  /* the samples have data for every kind */
  kinds = kj_chart_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    if (!g_hash_table_contains (drawn, kinds[k].id))
      g_string_append_printf (problems, "no %s chart could be drawn from the samples\n",
                              kinds[k].id);
  report (problems);
}

/* The rows of a drawn chart: what its items name (a heatmap has one item
 * per cell, each with its row's label). */
static GHashTable *
drawn_rows (KjChartLayout *layout)
{
  GHashTable *rows = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < kj_chart_layout_get_n_items (layout); i++)
    g_hash_table_add (rows, (gpointer) kj_chart_layout_get_item (layout, i)->label);
  return rows;
}

static gboolean
has_label (KjChartLayout *layout,
           const char *text)
{
  for (guint i = 0; i < kj_chart_layout_get_n_labels (layout); i++)
    if (g_str_equal (kj_chart_layout_get_label (layout, i)->text, text))
      return TRUE;
  return FALSE;
}

/* 207 work units (196 with an NKA in 2024), 207 kabupaten/kota: at their
 * natural height every row is labelled; squeezed into 720 px the labels thin
 * out without colliding, and every row can still be pointed at. */
static void
test_layout_national (void)
{
  KjWorkspace *ws = kj_test_national ();
  g_autoptr(GString) problems = g_string_new (NULL);
  static const struct
  {
    const char *kind, *indicator;
    guint       min_rows;
    gboolean    national_table;
  } charts[] = {
    { "compare", "nka", 190, FALSE },
    { "heatmap", NULL, 190, FALSE },
    { "areas", "dektara", 207, TRUE },
    { "areas", "dektara", 10, FALSE },         /* the BNNP with the most kabupaten */
    { "areas-trend", "dektara", 10, FALSE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      KjPlan *table = charts[c].national_table ? kj_test_national_areas () : NULL;
      g_autoptr(KjChart) chart = kj_test_chart (charts[c].kind, ws, table, charts[c].indicator, 0);
      double natural = kj_chart_get_natural_height (chart, 1280);

      check_layout_sizes (chart, charts[c].kind, problems);
      {
        g_autoptr(KjChartLayout) layout = NULL;
        g_autoptr(cairo_surface_t) s = kj_test_draw (chart, &layout, 1280, natural, kj_chart_theme_light ());
        g_autoptr(GHashTable) rows = drawn_rows (layout);
        GHashTableIter iter;
        gpointer label;

        g_test_message ("%s: %u rows, natural height %.0f at 1280", charts[c].kind,
                        g_hash_table_size (rows), natural);
        g_assert_cmpuint (g_hash_table_size (rows), >=, charts[c].min_rows);
        g_hash_table_iter_init (&iter, rows);
        while (g_hash_table_iter_next (&iter, &label, NULL))
          if (!has_label (layout, label))
            g_string_append_printf (problems, "%s at 1280×%.0f: row “%s” has no label\n",
                                    charts[c].kind, natural, (char *) label);
      }
      {
        g_autoptr(KjChartLayout) layout = NULL;
        g_autoptr(cairo_surface_t) s = kj_test_draw (chart, &layout, 1280, 720, kj_chart_theme_light ());
        g_autoptr(GHashTable) rows = drawn_rows (layout);
        GHashTableIter iter;
        gpointer label;
        guint labelled = 0;

        g_assert_cmpuint (g_hash_table_size (rows), >=, charts[c].min_rows);
        for (guint i = 0; i < kj_chart_layout_get_n_items (layout); i++)
          {
            const KjChartItem *it = kj_chart_layout_get_item (layout, i);
            g_assert_cmpfloat (it->y + it->height, <=, 720 + TOLERANCE);
            g_assert_true (it->satker != NULL || it->area != NULL);
          }
        /* thinned, not gone: one row in a few keeps its name, so the reader
         * can still find a place in the list (about 40 fit in 720 px) */
        g_hash_table_iter_init (&iter, rows);
        while (g_hash_table_iter_next (&iter, &label, NULL))
          labelled += has_label (layout, label);
        if (labelled < MIN (g_hash_table_size (rows), 16))
          g_string_append_printf (problems, "%s at 1280×720: %u of %u rows labelled\n",
                                  charts[c].kind, labelled, g_hash_table_size (rows));
      }
    }
  report (problems);
}

/* Two rows that read the same cannot be told apart: the BNN RI tables list
 * a province twice, once as the BNNP's own row and once as the province's
 * index.  Each row's label, as drawn, names one row. */
static void
test_layout_distinct_rows (void)
{
  KjWorkspace *ws = kj_test_samples ();
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (ws)); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (ws), i);
      GPtrArray *indicators = kj_plan_get_indicators (plan);

      for (guint k = 0; k < indicators->len; k++)
        {
          KjIndicator *ind = g_ptr_array_index (indicators, k);
          KjChartRequest request = { ws, plan, kj_indicator_get_id (ind), 0 };
          g_autoptr(KjChart) chart = NULL;
          g_autoptr(cairo_surface_t) s = NULL;
          g_autoptr(KjChartLayout) layout = NULL;
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
          g_autoptr(GError) error = NULL;

          if (kj_indicator_get_breakdown_years (ind)->len == 0)
            continue;
          /* a breakdown of categories without values has no bars */
          chart = kj_chart_new ("areas", &request, &error);
          if (chart == NULL)
            {
              g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA);
              continue;
            }
          s = kj_test_draw (chart, &layout, 1280, kj_chart_get_natural_height (chart, 1280),
                            kj_chart_theme_light ());
          for (guint r = 0; r < kj_chart_layout_get_n_items (layout); r++)
            {
              const KjChartItem *it = kj_chart_layout_get_item (layout, r);

              for (guint l = 0; l < kj_chart_layout_get_n_labels (layout); l++)
                {
                  const KjChartLabel *label = kj_chart_layout_get_label (layout, l);
                  double middle = label->y + label->height / 2;

                  if (fabs (label->x - it->x) > TOLERANCE
                      || middle < it->y || middle >= it->y + it->height)
                    continue;
                  if (!g_hash_table_add (seen, (gpointer) label->text))
                    g_string_append_printf (problems, "%s, %s: two rows read “%s”\n",
                                            kj_plan_get_title (plan), kj_indicator_get_id (ind),
                                            label->text);
                }
            }
        }
    }
  report (problems);
}

/* Every row of a breakdown table is on the areas-trend chart with its own
 * value, also where an area is listed twice (a province's index and its
 * BNNP's own figure). */
static void
test_areas_trend_rows (void)
{
  KjPlan *ri = kj_test_sample ("BNN RI");
  GPtrArray *indicators = kj_plan_get_indicators (ri);
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint k = 0; k < indicators->len; k++)
    {
      KjIndicator *ind = g_ptr_array_index (indicators, k);
      g_autoptr(KjChart) chart = NULL;
      g_autoptr(cairo_surface_t) s = NULL;
      g_autoptr(KjChartLayout) layout = NULL;
      GPtrArray *rows = kj_indicator_get_breakdown (ind, 2023);
      KjValueFormat format = { KJ_VALUE_NUMBER, -1 };

      if (rows == NULL || rows->len == 0)
        continue;
      chart = kj_test_chart ("areas-trend", kj_test_samples (), ri, kj_indicator_get_id (ind), 0);
      s = kj_test_draw (chart, &layout, 1280, kj_chart_get_natural_height (chart, 1280),
                        kj_chart_theme_light ());
      g_test_message ("%s: %u rows in 2023, %u drawn", kj_indicator_get_id (ind), rows->len,
                      kj_chart_layout_get_n_items (layout));
      for (guint r = 0; r < rows->len; r++)
        {
          const KjBreakdownRow *row = g_ptr_array_index (rows, r);
          const KjChartItem *it = kj_test_item (layout, row->area, row->satker);
          g_autofree char *value = kj_value_format_full (&format, row->value);

          if (it == NULL || strstr (it->tooltip, value) == NULL)
            g_string_append_printf (problems, "%s: the row %s (%s) with %s is not on the chart; "
                                    "%u rows in 2023, %u drawn\n", kj_indicator_get_id (ind),
                                    row->area, row->satker ? row->satker : "no satker", value,
                                    rows->len, kj_chart_layout_get_n_items (layout));
        }
    }
  report (problems);
}

/* ── labels off the lines ──────────────────────────────────────────────── */

/* Whether the segment (x0, y0)–(x1, y1), @width wide, touches @l. */
static gboolean
segment_touches (double              x0,
                 double              y0,
                 double              x1,
                 double              y1,
                 double              width,
                 const KjChartLabel *l)
{
  /* sample the segment finely: a test should not share the code it checks */
  double len = hypot (x1 - x0, y1 - y0), r = width / 2;
  int steps = MAX (1, (int) ceil (len / 0.25));

  for (int i = 0; i <= steps; i++)
    {
      double x = x0 + (x1 - x0) * i / steps, y = y0 + (y1 - y0) * i / steps;
      if (x + r > l->x && x - r < l->x + l->width && y + r > l->y && y - r < l->y + l->height)
        return TRUE;
    }
  return FALSE;
}

static gboolean
mark_touches (const KjChartMark  *m,
              const KjChartLabel *l)
{
  if (m->kind == KJ_CHART_MARK_BAR)
    return MIN (m->x0, m->x1) < l->x + l->width && l->x < MAX (m->x0, m->x1)
           && MIN (m->y0, m->y1) < l->y + l->height && l->y < MAX (m->y0, m->y1);
  return segment_touches (m->x0, m->y0, m->x1, m->y1, m->size, l);
}

/* No text on a line, a marker, a bar, the 100 % line or a target tick. */
static void
check_labels_off_marks (KjChart            *chart,
                        double              width,
                        double              height,
                        const KjChartTheme *theme,
                        const char         *what,
                        GString            *problems)
{
  g_autoptr(KjChartLayout) layout = kj_chart_layout_new (chart, width, height, G_MAXUINT, theme);
  guint n_marks = kj_chart_layout_get_n_marks (layout), n_problems = 0;

  g_assert_cmpuint (n_marks, >, 0);
  for (guint i = 0; i < kj_chart_layout_get_n_labels (layout); i++)
    {
      const KjChartLabel *l = kj_chart_layout_get_label (layout, i);

      for (guint j = 0; j < n_marks; j++)
        {
          const KjChartMark *m = kj_chart_layout_get_mark (layout, j);
          static const char * const kinds[] = { "line", "marker", "bar", "reference line" };

          if (mark_touches (m, l) && n_problems++ < MAX_REPORTED)
            g_string_append_printf (problems, "%s at %.0f×%.0f: “%s” (%.1f, %.1f, %.1f×%.1f) sits on "
                                    "a %s (%.1f, %.1f)–(%.1f, %.1f)\n", what, width, height, l->text,
                                    l->x, l->y, l->width, l->height, kinds[m->kind], m->x0, m->y0,
                                    m->x1, m->y1);
        }
    }
}

/* The labels of a drawn chart that have @part: point and value labels. */
static guint
count_labels_with (KjChart    *chart,
                   double      width,
                   double      height,
                   const char *part)
{
  g_autoptr(KjChartLayout) layout = kj_chart_layout_new (chart, width, height, G_MAXUINT,
                                                         kj_chart_theme_light ());
  guint n = 0;

  for (guint i = 0; i < kj_chart_layout_get_n_labels (layout); i++)
    n += strstr (kj_chart_layout_get_label (layout, i)->text, part) != NULL;
  return n;
}

/* Issue 7: the achievement labels of Kupang's NKA and Dektara trends sat on
 * their lines, and the achievement chart's value labels on the 100 % line. */
static void
test_labels_off_marks (void)
{
  KjWorkspace *samples = kj_test_samples (), *national = kj_test_national ();
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang"), *largest = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  static const struct { double width, height; } label_sizes[] = {
    { 1280, 720 }, { 1920, 1080 }, { 800, 600 }, { 640, 400 }, { 1000, 900 },
  };
  struct { const char *kind, *indicator; KjWorkspace *ws; KjPlan **plan; } charts[] = {
    { "trend", "nka", samples, &kupang },
    { "trend", "dektara", samples, &kupang },
    { "trend", "ikpa", samples, &kupang },
    { "achievement", NULL, samples, &kupang },
    { "budget", NULL, samples, &kupang },
    { "achievement", NULL, national, &largest },
    { "compare", "nka", national, &largest },
  };

  /* the plan of the national workspace with the most indicators */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (national)); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (national), i);
      if (largest == NULL
          || kj_plan_get_indicators (plan)->len > kj_plan_get_indicators (largest)->len)
        largest = plan;
    }
  g_assert_cmpuint (kj_plan_get_indicators (largest)->len, >=, 20);

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autoptr(KjChart) chart = kj_test_chart (charts[c].kind, charts[c].ws, *charts[c].plan,
                                                charts[c].indicator, 0);
      g_autofree char *what = g_strdup_printf ("%s %s of %s", charts[c].kind,
                                               charts[c].indicator ? charts[c].indicator : "",
                                               kj_plan_get_title (*charts[c].plan));

      for (guint s = 0; s < G_N_ELEMENTS (label_sizes); s++)
        {
          double w = label_sizes[s].width, natural = kj_chart_get_natural_height (chart, w);

          check_labels_off_marks (chart, w, label_sizes[s].height, kj_chart_theme_light (), what,
                                  problems);
          check_labels_off_marks (chart, w, label_sizes[s].height, kj_chart_theme_print (), what,
                                  problems);
          if (natural > label_sizes[s].height)
            check_labels_off_marks (chart, w, natural, kj_chart_theme_light (), what, problems);
        }
    }

  /* not by leaving them out: where there is room, every point keeps its label */
  {
    g_autoptr(KjChart) nka = kj_test_chart ("trend", samples, kupang, "nka", 0);
    g_autoptr(KjChart) dektara = kj_test_chart ("trend", samples, kupang, "dektara", 0);
    g_autoptr(KjChart) achievement = kj_test_chart ("achievement", national, largest, NULL, 0);
    guint n_values = 0;

    for (guint i = 0; i < kj_plan_get_indicators (largest)->len; i++)
      {
        KjIndicator *ind = g_ptr_array_index (kj_plan_get_indicators (largest), i);
        double a;
        n_values += kj_indicator_get_achievement (ind, kj_chart_get_year (achievement), &a);
      }
    g_assert_cmpuint (count_labels_with (nka, 1280, 720, "%"), ==, 5);
    /* fewer ticks on a small chart, each as exact as its step: 92.5, not 92 */
    {
      g_autoptr(KjChart) ikpa = kj_test_chart ("trend", samples, kupang, "ikpa", 0);
      g_autoptr(KjChartLayout) small = kj_chart_layout_new (ikpa, 640, 400, G_MAXUINT,
                                                            kj_chart_theme_light ());
      const KjChartAxis *axis = kj_chart_layout_get_axis (small, 0);
      g_autofree char *hi = g_strdup_printf ("%g", axis->hi), *below = g_strdup_printf ("%g", axis->hi - axis->step);

      g_assert_cmpuint (count_labels_with (ikpa, 640, 400, hi), >=, 1);
      if (count_labels_with (ikpa, 640, 400, below) == 0)
        g_test_fail_printf ("the tick %s below %s of the IKPA axis is not labelled as such", below, hi);
    }
    g_assert_cmpuint (count_labels_with (dektara, 1280, 720, "%"), ==, 4);
    g_assert_cmpuint (count_labels_with (achievement, 1280,
                                         kj_chart_get_natural_height (achievement, 1280), "% · "),
                      ==, n_values);
  }
  report (problems);
}

/* ── allocation bars on a dark background ──────────────────────────────── */

static KjRgba
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface)
                                          + (int) y * cairo_image_surface_get_stride (surface));
  guint32 px = row[(int) x];

  return (KjRgba) { (px >> 16 & 0xff) / 255.0, (px >> 8 & 0xff) / 255.0, (px & 0xff) / 255.0, 1 };
}

/* Issue 7: the budget chart's "Pagu" bars were barely visible in dark mode.
 * Their fill and their outline stand out 3:1 (WCAG's minimum for graphics)
 * from the dark background, as the theme says and as drawn; in every theme
 * the fill stays apart from the solid realisation bars beside it. */
static void
test_ghost_contrast (void)
{
  const KjChartTheme *dark = kj_chart_theme_dark ();
  const KjChartTheme *themes[] = { kj_chart_theme_light (), dark, kj_chart_theme_print () };
  KjRgba fill = kj_rgba_over (&dark->series[4], dark->ghost_alpha, &dark->background);
  g_autoptr(KjChart) chart = kj_test_chart ("budget", kj_test_samples (),
                                            kj_test_sample ("BNN Kota Kupang"), NULL, 0);
  g_autoptr(KjChartLayout) layout = NULL;
  g_autoptr(cairo_surface_t) surface = kj_test_draw (chart, &layout, 1280, 720, dark);
  guint n_ghosts = 0;

  g_assert_cmpfloat (kj_rgba_contrast (&fill, &dark->background), >=, 3);
  g_assert_cmpfloat (kj_rgba_contrast (&dark->series[4], &dark->background), >=, 3);
  g_assert_cmpfloat (dark->ghost_line, >=, 1.5);
  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      KjRgba f = kj_rgba_over (&themes[t]->series[4], themes[t]->ghost_alpha, &themes[t]->background);
      g_assert_cmpfloat (kj_rgba_contrast (&f, &themes[t]->series[0]), >=, 1.5);
    }

  /* as drawn: the middle of every allocation bar big enough to have one */
  for (guint i = 0; i < kj_chart_layout_get_n_marks (layout); i++)
    {
      const KjChartMark *m = kj_chart_layout_get_mark (layout, i);
      double w = fabs (m->x1 - m->x0), h = fabs (m->y1 - m->y0);
      KjRgba inside;

      if (m->kind != KJ_CHART_MARK_BAR || !m->outlined || w < 8 || h < 8)
        continue;
      inside = pixel_at (surface, (m->x0 + m->x1) / 2, (m->y0 + m->y1) / 2);
      g_assert_cmpfloat (kj_rgba_contrast (&inside, &dark->background), >=, 3);
      n_ghosts++;
    }
  g_assert_cmpuint (n_ghosts, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/chart/layout/samples", test_layout_samples);
  g_test_add_func ("/kinerja/chart/layout/national", test_layout_national);
  g_test_add_func ("/kinerja/chart/layout/distinct-rows", test_layout_distinct_rows);
  g_test_add_func ("/kinerja/chart/layout/areas-trend-every-row", test_areas_trend_rows);
  g_test_add_func ("/kinerja/chart/layout/labels-off-marks", test_labels_off_marks);
  g_test_add_func ("/kinerja/chart/layout/ghost-contrast", test_ghost_contrast);
  status = g_test_run ();
  kj_test_cleanup ();
  return status;
}
