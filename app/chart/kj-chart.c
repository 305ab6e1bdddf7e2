/* kj-chart.c: charts as data: panels, series, rows, legend; what was drawn where
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "chart/kj-chart-private.h"
#include "model/kj-format.h"

G_DEFINE_BOXED_TYPE (KjChart, kj_chart, kj_chart_ref, kj_chart_unref)
G_DEFINE_QUARK (kj-chart-error-quark, kj_chart_error)

static void
series_free (Series *s)
{
  g_free (s->name);
  g_free (s->values);
  for (guint i = 0; s->point_labels && i < s->n; i++)
    g_free (s->point_labels[i]);
  g_free (s->point_labels);
  g_free (s);
}

static void
row_free (Row *row)
{
  g_free (row->label);
  g_free (row->sublabel);
  g_free (row->values);
  g_free (row->value_label);
  g_free (row->tooltip);
  g_free (row->item_tooltip);
  g_free (row->satker);
  g_free (row->area);
  g_free (row);
}

static void
panel_free (Panel *p)
{
  g_free (p->title);
  g_clear_pointer (&p->categories, g_ptr_array_unref);
  g_free (p->years);
  g_clear_pointer (&p->series, g_ptr_array_unref);
  g_clear_pointer (&p->rows, g_ptr_array_unref);
  g_clear_pointer (&p->value_names, g_ptr_array_unref);
  g_clear_pointer (&p->bands, kj_scale_unref);
  /* the tooltips first: their number comes from the label arrays */
  if (p->cell_tips)
    for (guint i = 0; i < p->row_labels->len * p->col_labels->len; i++)
      g_free (p->cell_tips[i]);
  g_free (p->cell_tips);
  g_clear_pointer (&p->row_labels, g_ptr_array_unref);
  g_clear_pointer (&p->row_satker, g_ptr_array_unref);
  g_clear_pointer (&p->col_labels, g_ptr_array_unref);
  g_clear_pointer (&p->col_names, g_ptr_array_unref);
  g_free (p->cells);
  g_clear_pointer (&p->cell_scale, kj_scale_unref);
  g_free (p);
}

static void
legend_free (LegendEntry *e)
{
  g_free (e->label);
  g_free (e);
}

static void
layout_style_clear (gpointer data)
{
  g_hash_table_unref (((LayoutStyle *) data)->texts);
}

KjChartText *
kj_chart_text_new (void)
{
  KjChartText *text = g_new0 (KjChartText, 1);

  g_ref_count_init (&text->ref);
  text->layouts = g_array_new (FALSE, FALSE, sizeof (LayoutStyle));
  g_array_set_clear_func (text->layouts, layout_style_clear);
  text->surface_type = -1;
  return text;
}

KjChartText *
kj_chart_text_ref (KjChartText *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_ref_count_inc (&text->ref);
  return text;
}

void
kj_chart_text_unref (KjChartText *text)
{
  g_return_if_fail (text != NULL);
  if (!g_ref_count_dec (&text->ref))
    return;
  g_clear_object (&text->pango);
  g_array_unref (text->layouts);
  kj_glyph_batches_free (text->batches);
  g_free (text);
}

/**
 * kj_chart_text_set_batched:
 * Charts sharing @text that draw on vectors (a PDF, a recording surface)
 * collect their texts and draw them in a few calls, by font and colour,
 * once each chart is drawn: a PDF writes one text object where it wrote one
 * per label, each with its matrix and colour.  The texts then come over all
 * else the chart draws, as its labels do.
 */
void
kj_chart_text_set_batched (KjChartText *text,
                           gboolean     batched)
{
  g_return_if_fail (text != NULL);
  if (batched && text->batches == NULL)
    text->batches = kj_glyph_batches_new ();
  else if (!batched)
    g_clear_pointer (&text->batches, kj_glyph_batches_free);
}

/**
 * kj_chart_share_text:
 * @chart shapes its texts into @text from now on, where other charts drawn on
 * the same kind of surface find them: a report's charts of one indicator for
 * many satker share their titles, legends and axes.
 */
void
kj_chart_share_text (KjChart     *chart,
                     KjChartText *text)
{
  g_return_if_fail (chart != NULL && text != NULL);
  kj_chart_text_ref (text);
  kj_chart_text_unref (chart->text);
  chart->text = text;
}

KjChart *
kj_chart_alloc (const char *kind)
{
  KjChart *chart = g_new0 (KjChart, 1);

  g_ref_count_init (&chart->ref);
  chart->kind = g_strdup (kind);
  chart->panels = g_ptr_array_new_with_free_func ((GDestroyNotify) panel_free);
  chart->legend = g_ptr_array_new_with_free_func ((GDestroyNotify) legend_free);
  chart->text = kj_chart_text_new ();
  return chart;
}

KjChart *
kj_chart_ref (KjChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_ref_count_inc (&chart->ref);
  return chart;
}

void
kj_chart_unref (KjChart *chart)
{
  g_return_if_fail (chart != NULL);
  if (!g_ref_count_dec (&chart->ref))
    return;
  g_free (chart->kind);
  g_free (chart->title);
  g_free (chart->subtitle);
  g_free (chart->satker);
  g_ptr_array_unref (chart->panels);
  g_ptr_array_unref (chart->legend);
  kj_chart_text_unref (chart->text);
  g_clear_pointer (&chart->hint, kj_chart_hint_free);
  g_free (chart);
}

void
kj_chart_hint_free (KjChartHint *hint)
{
  if (hint == NULL)
    return;
  g_free (hint->satker);
  g_free (hint->satker_title);
  g_free (hint);
}

Panel *
kj_chart_add_panel (KjChart    *chart,
                    PanelType   type,
                    const char *title)
{
  Panel *p = g_new0 (Panel, 1);

  p->type = type;
  p->title = g_strdup (title);
  p->format.decimals = -1;
  p->weight = 1;
  p->highlight = -1;
  p->reference = NAN;
  p->clip = NAN;
  p->n_values = 1;
  p->categories = g_ptr_array_new_with_free_func (g_free);
  p->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  p->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_ptr_array_add (chart->panels, p);
  return p;
}

guint
kj_panel_n_categories (Panel *panel)
{
  return panel->categories->len;
}

/* Values start absent; call after the categories are set. */
Series *
kj_panel_add_series (Panel      *panel,
                     const char *name,
                     MarkStyle   style,
                     KjRgba      color)
{
  Series *s = g_new0 (Series, 1);
  guint n = kj_panel_n_categories (panel);

  s->name = g_strdup (name);
  s->style = style;
  s->color = color;
  s->n = n;
  s->values = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    s->values[i] = NAN;
  g_ptr_array_add (panel->series, s);
  return s;
}

/* Values start absent; set panel->n_values first. */
Row *
kj_panel_add_row (Panel      *panel,
                  const char *label)
{
  Row *row = g_new0 (Row, 1);

  row->label = g_strdup (label);
  row->values = g_new (double, panel->n_values);
  for (guint i = 0; i < panel->n_values; i++)
    row->values[i] = NAN;
  row->target = NAN;
  g_ptr_array_add (panel->rows, row);
  return row;
}

void
kj_chart_add_legend (KjChart    *chart,
                     const char *label,
                     KjRgba      color,
                     MarkStyle   style)
{
  LegendEntry *e = g_new0 (LegendEntry, 1);

  e->label = g_strdup (label);
  e->color = color;
  e->style = style;
  g_ptr_array_add (chart->legend, e);
}

/* Every band in the legend, with its range: colour is never the only cue. */
void
kj_chart_add_band_legend (KjChart *chart,
                          KjScale *scale)
{
  /* which scale the colours are of: the achievement's or the value's own */
  kj_chart_add_legend (chart, g_str_equal (kj_scale_get_id (scale), "capaian")
                              /* Translators: heads the legend of the achievement bands */
                              ? _("Achievement category:")
                              /* Translators: heads the legend of the bands of an indicator's own value */
                              : _("Value category:"),
                       (KjRgba) { 0, 0, 0, 0 }, MARK_NONE);
  for (guint i = 0; i < kj_scale_get_n_bands (scale); i++)
    {
      const KjBand *band = kj_scale_get_band (scale, i);
      g_autofree char *lo = kj_format_number (band->min, kj_printed_decimals (band->min));
      g_autofree char *hi = kj_format_number (band->max, kj_printed_decimals (band->max));
      g_autofree char *text = NULL;
      KjRgba color = { 0.5, 0.5, 0.5, 1 };

      kj_rgba_parse (band->color, &color);
      if (!isnan (band->min) && !isnan (band->max))
        text = g_strdup_printf ("%s (%s–%s)", band->label, lo, hi);
      else if (!isnan (band->min))
        text = g_strdup_printf ("%s (≥ %s)", band->label, lo);
      else if (!isnan (band->max))
        text = g_strdup_printf ("%s (< %s)", band->label, hi);
      else
        text = g_strdup (band->label);
      kj_chart_add_legend (chart, text, color, MARK_BARS);
    }
}

const char *
kj_chart_get_kind (KjChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  return chart->kind;
}

const char *
kj_chart_get_title (KjChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  return chart->title;
}

const char *
kj_chart_get_subtitle (KjChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  return chart->subtitle;
}

/* Returns: (nullable): the work unit the chart was drawn for */
const char *
kj_chart_get_satker (KjChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  return chart->satker;
}

int
kj_chart_get_year (KjChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->year;
}

/* The extremes and what falls short, in words: for screen readers. */
static void
describe_rows (GString *s,
               Panel   *p)
{
  Row *best = NULL, *worst = NULL;
  guint below = 0, with_target = 0;

  for (guint i = 0; i < p->rows->len; i++)
    {
      Row *row = g_ptr_array_index (p->rows, i);
      double v = row->values[p->n_values - 1];
      if (isnan (v))
        continue;
      if (best == NULL || v > best->values[p->n_values - 1])
        best = row;
      if (worst == NULL || v < worst->values[p->n_values - 1])
        worst = row;
      if (!isnan (row->target))
        {
          with_target++;
          below += v < row->target;
        }
    }
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " %u row.", " %u rows.", p->rows->len),
                          p->rows->len);
  if (best && worst)
    {
      g_autofree char *hi = kj_value_format_full (&p->format, best->values[p->n_values - 1]);
      g_autofree char *lo = kj_value_format_full (&p->format, worst->values[p->n_values - 1]);
      /* Translators: "Highest: Kota Pontianak, 86,25; lowest: …" */
      g_string_append_printf (s, _(" Highest: %s, %s; lowest: %s, %s."), best->label, hi,
                              worst->label, lo);
    }
  if (with_target > 0)
    g_string_append_printf (s, _(" %u of %u below target."), below, with_target);
}

static void
describe_series (GString *s,
                 Panel   *p)
{
  for (guint i = 0; i < p->series->len; i++)
    {
      Series *series = g_ptr_array_index (p->series, i);
      guint n = kj_panel_n_categories (p), lo = G_MAXUINT, hi = G_MAXUINT;

      for (guint c = 0; c < n; c++)
        {
          if (isnan (series->values[c]))
            continue;
          if (lo == G_MAXUINT || series->values[c] < series->values[lo])
            lo = c;
          if (hi == G_MAXUINT || series->values[c] > series->values[hi])
            hi = c;
        }
      if (hi == G_MAXUINT)
        continue;
      {
        g_autofree char *vhi = kj_value_format_full (&p->format, series->values[hi]);
        g_autofree char *vlo = kj_value_format_full (&p->format, series->values[lo]);
        /* Translators: "Realisasi: highest 98,47 in 2024, lowest 80,91 in 2020." */
        g_string_append_printf (s, _(" %s: highest %s in %s, lowest %s in %s."), series->name,
                                vhi, (char *) g_ptr_array_index (p->categories, hi), vlo,
                                (char *) g_ptr_array_index (p->categories, lo));
      }
    }
}

/**
 * kj_chart_describe:
 * What the chart shows, in sentences: title, range, extremes, items below
 * target.  The accessible description of the chart widget.
 *
 * Returns: (transfer full): the description
 */
char *
kj_chart_describe (KjChart *chart)
{
  GString *s;

  g_return_val_if_fail (chart != NULL, NULL);

  s = g_string_new (chart->title);
  if (chart->subtitle)
    g_string_append_printf (s, " (%s).", chart->subtitle);
  for (guint i = 0; i < chart->panels->len; i++)
    {
      Panel *p = g_ptr_array_index (chart->panels, i);

      if (p->title)
        g_string_append_printf (s, " %s:", p->title);
      if (p->type == PANEL_CATEGORY)
        {
          if (kj_panel_n_categories (p) > 0)
            g_string_append_printf (s, _(" From %s to %s."), (char *) g_ptr_array_index (p->categories, 0),
                                    (char *) g_ptr_array_index (p->categories, kj_panel_n_categories (p) - 1));
          describe_series (s, p);
        }
      else if (p->type == PANEL_ROWS)
        describe_rows (s, p);
      else
        g_string_append_printf (s, _(" %u work units by %u indicators."), p->row_labels->len,
                                p->col_labels->len);
    }
  return g_string_free (s, FALSE);
}
