/* kj-chart-kinds-satker.c: the kinds of one satker: trend, achievement, budget, context
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "chart/kj-chart-kinds-private.h"
#include "model/kj-format.h"

/* ── helpers ───────────────────────────────────────────────────────────── */

static KjIndicator *
find_indicator (KjPlan      *plan,
                const char  *id,
                GError     **error)
{
  KjIndicator *ind = kj_plan_find_indicator (plan, id);

  if (ind == NULL)
    g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_UNKNOWN_INDICATOR,
                 _("%s has no indicator “%s”."), kj_plan_get_title (plan), id);
  return ind;
}

/* ── trend: one indicator over the period ──────────────────────────────── */

gboolean
kj_chart_build_trend (KjChart              *chart,
                      const KjChartRequest *req,
                      GError              **error)
{
  KjPlan *plan = req->plan;
  KjIndicator *ind = NULL;
  int first = kj_plan_get_first_year (plan), last = kj_plan_get_last_year (plan);
  Series *target, *real;
  Panel *panel;
  KjRgba target_color = KJ_COLOR_TARGET;

  if (req->indicator)
    {
      if ((ind = find_indicator (plan, req->indicator, error)) == NULL)
        return FALSE;
    }
  else
    {
      if ((ind = kj_plan_get_default_indicator (plan)) == NULL)
        return _kj_no_data (error, kj_plan_get_title (plan), 0);
    }

  panel = kj_chart_add_panel (chart, PANEL_CATEGORY, NULL);
  panel->format = _kj_format_of (ind);
  panel->years = g_new0 (int, last - first + 1);
  for (int y = first; y <= last; y++)
    {
      g_ptr_array_add (panel->categories, g_strdup_printf ("%d", y));
      panel->years[y - first] = y;
      if (y == req->year)
        panel->highlight = y - first;
    }
  target = kj_panel_add_series (panel, _("Target"), MARK_DASHED, target_color);
  real = kj_panel_add_series (panel, _("Realisation"), MARK_LINE, KJ_COLOR_SERIES (0));
  real->point_labels = g_new0 (char *, last - first + 2);
  for (int y = first; y <= last; y++)
    {
      const KjYearValue *v = kj_indicator_get_year (ind, y);
      double a;

      if (v == NULL)
        continue;
      target->values[y - first] = v->target;
      real->values[y - first] = v->realization;
      if (kj_indicator_get_achievement (ind, y, &a))
        real->point_labels[y - first] = kj_format_percent (a, 2);
    }
  if (kj_indicator_count_realised_years (ind) == 0 && !kj_indicator_get_year (ind, first))
    {
      gboolean any = FALSE;
      for (int y = first; y <= last; y++)
        any |= kj_has (target->values[y - first]);
      if (!any)
        return _kj_no_data (error, kj_indicator_get_name (ind), 0);
    }
  if (kj_indicator_get_value_scale (ind))
    {
      panel->bands = kj_scale_ref (kj_indicator_get_value_scale (ind));
      kj_chart_add_band_legend (chart, panel->bands);
    }
  kj_chart_add_legend (chart, _("Realisation (labels: achievement)"), KJ_COLOR_SERIES (0), MARK_LINE);
  kj_chart_add_legend (chart, _("Target"), target_color, MARK_DASHED);

  chart->title = g_strdup (kj_indicator_get_name (ind));
  chart->subtitle = g_strdup_printf ("%s · %d–%d%s%s", kj_plan_get_title (plan), first, last,
                                     kj_indicator_get_unit (ind) ? " · " : "",
                                     kj_indicator_get_unit (ind) ? kj_indicator_get_unit (ind) : "");
  chart->year = req->year;
  return TRUE;
}

/* ── achievement: every indicator of a satker in a year ────────────────── */

gboolean
kj_chart_build_achievement (KjChart              *chart,
                            const KjChartRequest *req,
                            GError              **error)
{
  KjPlan *plan = req->plan;
  GPtrArray *all = kj_plan_get_indicators (plan);
  KjScale *capaian = kj_plan_get_scale (plan, "capaian");
  int year = req->year;
  guint with_value = 0;
  Panel *panel;

  if (year == 0)
    year = kj_plan_get_latest_year (plan);
  panel = kj_chart_add_panel (chart, PANEL_ROWS, NULL);
  panel->format = (KjValueFormat) { KJ_VALUE_PERCENT, 0 };
  panel->reference = 100;
  panel->clip = 150;
  panel->wrap_labels = TRUE;   /* indicator names are long; paper has no tooltips */
  for (guint i = 0; i < all->len; i++)
    {
      KjIndicator *ind = g_ptr_array_index (all, i);
      const KjYearValue *v = kj_indicator_get_year (ind, year);
      const KjBand *band = NULL;
      g_autofree char *t_text = NULL, *r_text = NULL;
      KjValueFormat vf = _kj_format_of (ind);
      double a;
      Row *row;

      if (v == NULL)
        continue;
      row = kj_panel_add_row (panel, kj_indicator_get_name (ind));
      row->year = year;
      if (!kj_indicator_get_achievement (ind, year, &a))
        {
          row->value_label = g_strdup ("–");
          row->tooltip = g_strdup (_("Achievement cannot be computed: a number is missing."));
          continue;
        }
      with_value++;
      row->values[0] = a;
      kj_indicator_get_category (ind, year, &band);
      if (!kj_indicator_get_value_scale (ind))
        _kj_band_color (band, &row->color, &KJ_COLOR_SERIES (0));
      else
        {
          /* the bar is the achievement: its colour is the capaian band */
          int b = kj_scale_classify (capaian, kj_achievement_cap (a, kj_indicator_get_achievement_cap (ind)));
          _kj_band_color (b >= 0 ? kj_scale_get_band (capaian, b) : NULL, &row->color, &KJ_COLOR_SERIES (0));
        }
      {
        g_autofree char *pct = kj_format_percent (a, 2);
        int b = kj_scale_classify (capaian, kj_achievement_cap (a, kj_indicator_get_achievement_cap (ind)));
        row->value_label = g_strdup_printf ("%s · %s", pct,
                                            b >= 0 ? kj_scale_get_band (capaian, b)->label : "–");
      }
      t_text = kj_value_format_full (&vf, v->target);
      r_text = kj_value_format_full (&vf, v->realization);
      {
        g_autofree char *pct = kj_format_percent (a, 2);
        g_autofree char *categories = kj_indicator_describe_category (ind, year, FALSE);
        /* Translators: "Target 81,34, realisation 84,38, achievement 103,74% · value: Tinggi · achievement: Sangat Baik" */
        row->tooltip = g_strdup_printf (_("Target %s, realisation %s, achievement %s · %s"), t_text,
                                        r_text, pct, categories);
      }
    }
  if (with_value == 0)
    {
      for (int y = kj_plan_get_last_year (plan); y >= kj_plan_get_first_year (plan); y--)
        for (guint i = 0; i < all->len; i++)
          {
            double a;
            if (kj_indicator_get_achievement (g_ptr_array_index (all, i), y, &a))
              {
                _kj_hint_add_year (chart, y);
                break;
              }
          }
      return _kj_no_data_in_year (chart, error, kj_plan_get_title (plan), year);
    }
  kj_chart_add_band_legend (chart, capaian);
  chart->title = g_strdup_printf (_("Achievement of the indicators, %d"), year);
  chart->subtitle = g_strdup_printf (_("%s · achievement against target; the line marks 100%%"),
                                     kj_plan_get_title (plan));
  chart->year = year;
  return TRUE;
}

/* ── budget: per kegiatan, per year, spending by type ──────────────────── */

/* Budget lines, or an allocation or realisation, for @year. */
static gboolean
has_budget (KjPlan *plan,
            int     year)
{
  KjYearItems *lines = kj_year_items_find (kj_plan_get_budget (plan), year);
  double a, r;

  if (lines && lines->items->len > 0)
    return TRUE;
  kj_plan_get_absorption (plan, year, &a, &r);
  return kj_has (a) || kj_has (r);
}

gboolean
kj_chart_build_budget (KjChart              *chart,
                       const KjChartRequest *req,
                       GError              **error)
{
  KjPlan *plan = req->plan;
  int first = kj_plan_get_first_year (plan), last = kj_plan_get_last_year (plan), year = req->year;
  KjYearItems *lines;
  GPtrArray *spending = kj_plan_get_spending (plan);
  KjValueFormat rupiah = { KJ_VALUE_RUPIAH, -1 };
  gboolean any_year = FALSE;

  if (year == 0)
    for (int y = last; y >= first && year == 0; y--)
      if (kj_year_items_find (kj_plan_get_budget (plan), y))
        year = y;
  if (req->year != 0 && !has_budget (plan, year))
    {
      /* a chart titled with a year must have that year's money */
      for (int y = last; y >= first; y--)
        if (has_budget (plan, y))
          _kj_hint_add_year (chart, y);
      if (chart->hint == NULL)
        return _kj_no_data (error, _("the budget"), 0);
      {
        g_autoptr(GString) years = g_string_new (NULL);
        for (guint i = 0; i < chart->hint->n_years; i++)
          g_string_append_printf (years, "%s%d", i ? ", " : "", chart->hint->years[i]);
        g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA,
                     /* Translators: "BNN Kota Kupang has no budget data for 2023. Years with
                      * budget data: 2024." */
                     _("%s has no budget data for %d. Years with budget data: %s."),
                     kj_plan_get_title (plan), year, years->str);
        return FALSE;
      }
    }
  lines = kj_year_items_find (kj_plan_get_budget (plan), year);

  if (lines && lines->items->len > 0)
    {
      Panel *panel = kj_chart_add_panel (chart, PANEL_ROWS, NULL);
      g_free (panel->title);
      panel->title = g_strdup_printf (_("Per activity, %d"), year);
      panel->format = rupiah;
      panel->n_values = 2;
      panel->value_colors[0] = KJ_COLOR_SERIES (4);
      panel->value_colors[1] = KJ_COLOR_SERIES (0);
      panel->value_ghost[0] = TRUE;
      panel->weight = 1.4;
      for (guint i = 0; i < lines->items->len; i++)
        {
          KjBudgetLine *line = g_ptr_array_index (lines->items, i);
          g_autofree char *label = g_strdup_printf ("%s%s%s", line->code ? line->code : "",
                                                    line->code ? " " : "",
                                                    line->kegiatan ? line->kegiatan : "");
          g_autofree char *a = kj_format_rupiah (line->allocation);
          g_autofree char *r = kj_format_rupiah (line->realization);
          Row *row = kj_panel_add_row (panel, label);

          row->values[0] = line->allocation;
          row->values[1] = line->realization;
          row->year = year;
          if (kj_has (line->allocation) && kj_has (line->realization) && line->allocation > 0)
            row->value_label = kj_format_percent (line->realization / line->allocation * 100, 1);
          row->tooltip = g_strdup_printf (_("Allocation %s · Realisation %s"), a, r);
        }
    }

  {
    Panel *panel = kj_chart_add_panel (chart, PANEL_CATEGORY, _("Per year"));
    Series *alloc, *real;

    panel->format = rupiah;
    panel->years = g_new0 (int, last - first + 1);
    for (int y = first; y <= last; y++)
      {
        g_ptr_array_add (panel->categories, g_strdup_printf ("%d", y));
        panel->years[y - first] = y;
        if (y == year)
          panel->highlight = y - first;
      }
    alloc = kj_panel_add_series (panel, _("Allocation"), MARK_GHOST_BARS, KJ_COLOR_SERIES (4));
    real = kj_panel_add_series (panel, _("Realisation"), MARK_BARS, KJ_COLOR_SERIES (0));
    real->point_labels = g_new0 (char *, last - first + 2);
    for (int y = first; y <= last; y++)
      {
        double a, r;
        /* allocation and realisation from one source, as everywhere */
        kj_plan_get_absorption (plan, y, &a, &r);
        alloc->values[y - first] = a;
        real->values[y - first] = r;
        any_year |= kj_has (a) || kj_has (r);
        if (kj_has (a) && kj_has (r) && a > 0)
          real->point_labels[y - first] = kj_format_percent (r / a * 100, 1);
      }
    if (!any_year)
      g_ptr_array_remove (chart->panels, panel);
  }

  if (spending->len > 0)
    {
      Panel *panel = kj_chart_add_panel (chart, PANEL_CATEGORY, _("Spending by type (realisation)"));
      g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_free);

      panel->format = rupiah;
      panel->years = g_new0 (int, last - first + 1);
      for (int y = first; y <= last; y++)
        {
          g_ptr_array_add (panel->categories, g_strdup_printf ("%d", y));
          panel->years[y - first] = y;
        }
      for (guint i = 0; i < spending->len; i++)
        {
          KjYearItems *items = g_ptr_array_index (spending, i);
          for (guint j = 0; j < items->items->len; j++)
            {
              KjSpendingLine *line = g_ptr_array_index (items->items, j);
              if (line->category && !g_ptr_array_find_with_equal_func (types, line->category, g_str_equal, NULL))
                g_ptr_array_add (types, g_strdup (line->category));
            }
        }
      for (guint k = 0; k < types->len; k++)
        {
          Series *s = kj_panel_add_series (panel, g_ptr_array_index (types, k), MARK_STACKED,
                                           KJ_COLOR_SERIES ((k + 1) % 6));
          for (guint i = 0; i < spending->len; i++)
            {
              KjYearItems *items = g_ptr_array_index (spending, i);
              if (items->year < first || items->year > last)
                continue;
              for (guint j = 0; j < items->items->len; j++)
                {
                  KjSpendingLine *line = g_ptr_array_index (items->items, j);
                  if (g_strcmp0 (line->category, g_ptr_array_index (types, k)) == 0)
                    s->values[items->year - first] = kj_has (line->realization) ? line->realization
                                                                                : line->allocation;
                }
            }
          kj_chart_add_legend (chart, g_ptr_array_index (types, k),
                               KJ_COLOR_SERIES ((k + 1) % 6), MARK_BARS);
        }
    }

  if (chart->panels->len == 0)
    return _kj_no_data (error, _("the budget"), req->year);
  kj_chart_add_legend (chart, _("Allocation (pagu)"), KJ_COLOR_SERIES (4), MARK_GHOST_BARS);
  kj_chart_add_legend (chart, _("Realisation (labels: absorption)"), KJ_COLOR_SERIES (0), MARK_BARS);
  /* the legend reads allocation, realisation, then the spending types */
  if (chart->legend->len > 2)
    {
      gpointer a = chart->legend->pdata[chart->legend->len - 2];
      gpointer r = chart->legend->pdata[chart->legend->len - 1];
      memmove (chart->legend->pdata + 2, chart->legend->pdata, (chart->legend->len - 2) * sizeof (gpointer));
      chart->legend->pdata[0] = a;
      chart->legend->pdata[1] = r;
    }
  chart->title = year ? g_strdup_printf (_("Budget and spending, %d"), year) : g_strdup (_("Budget and spending"));
  chart->subtitle = g_strdup_printf ("%s · %d–%d", kj_plan_get_title (plan), first, last);
  chart->year = year;
  return TRUE;
}

/* ── context: a background table whose columns are years ───────────────── */

gboolean
kj_chart_build_context (KjChart              *chart,
                        const KjChartRequest *req,
                        GError              **error)
{
  KjPlan *plan = req->plan;
  GPtrArray *tables = kj_plan_get_context (plan);
  KjContextTable *table = NULL;
  guint start = 0, n_series = 0;
  Panel *panel;

  for (guint i = 0; i < tables->len && table == NULL; i++)
    {
      KjContextTable *c = g_ptr_array_index (tables, i);
      if ((req->indicator == NULL || g_strcmp0 (c->id, req->indicator) == 0) && kj_context_table_get_years (c, &start))
        table = c;
    }
  if (table == NULL)
    {
      if (req->indicator)
        g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_UNKNOWN_INDICATOR,
                     _("%s has no background table “%s” whose columns are years."),
                     kj_plan_get_title (plan), req->indicator);
      else
        g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA,
                     _("%s has no background table whose columns are years."), kj_plan_get_title (plan));
      return FALSE;
    }
  kj_context_table_get_years (table, &start);
  panel = kj_chart_add_panel (chart, PANEL_CATEGORY, NULL);
  panel->years = g_new0 (int, g_strv_length ((char **) table->columns) - start);
  for (guint c = start; table->columns[c]; c++)
    {
      g_ptr_array_add (panel->categories, g_strdup (table->columns[c]));
      panel->years[c - start] = atoi (table->columns[c]);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      GArray *cells = g_ptr_array_index (table->rows, r);
      gboolean numeric = FALSE;
      const char *name;
      Series *s;

      for (guint c = start; c < cells->len; c++)
        numeric |= kj_has (g_array_index (cells, KjCell, c).number);
      if (!numeric || n_series >= 6)
        continue;
      name = start > 0 && g_array_index (cells, KjCell, 0).text
             ? g_array_index (cells, KjCell, 0).text : "–";
      s = kj_panel_add_series (panel, name, MARK_LINE, KJ_COLOR_SERIES (n_series));
      for (guint c = start; c < cells->len; c++)
        if (kj_has (g_array_index (cells, KjCell, c).number))
          s->values[c - start] = g_array_index (cells, KjCell, c).number;
      kj_chart_add_legend (chart, name, KJ_COLOR_SERIES (n_series), MARK_LINE);
      n_series++;
    }
  if (n_series == 0)
    return _kj_no_data (error, table->title ? table->title : table->id, 0);
  chart->title = g_strdup (table->title ? table->title : table->id);
  chart->subtitle = g_strdup_printf ("%s%s%s", kj_plan_get_title (plan), table->source ? " · " : "",
                                     table->source ? table->source : "");
  return TRUE;
}
