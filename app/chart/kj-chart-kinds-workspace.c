/* kj-chart-kinds-workspace.c: the kinds across a workspace: areas, compare, heatmap
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "chart/kj-chart-kinds-private.h"
#include "model/kj-format.h"

/* ── helpers ───────────────────────────────────────────────────────────── */

static char *
satker_key (KjPlan *plan)
{
  const KjSatker *s = kj_plan_get_satker (plan);
  return g_strdup (s->code ? s->code : s->name);
}

static const char *indicator_name_in_workspace (const KjChartRequest *req);

/* ── areas: an indicator's breakdown for a year ────────────────────────── */

/* Whether @ind has a breakdown for @year (any year when 0) with a value. */
static guint
breakdown_rows (KjIndicator *ind,
                int          year,
                int         *found_year)
{
  GPtrArray *years = ind ? kj_indicator_get_breakdown_years (ind) : NULL;
  guint best = 0;

  for (guint k = 0; years && k < years->len; k++)
    {
      KjYearItems *items = g_ptr_array_index (years, k);
      guint with_value = 0;

      if (year != 0 && items->year != year)
        continue;
      for (guint i = 0; i < items->items->len; i++)
        with_value += kj_has (((KjBreakdownRow *) g_ptr_array_index (items->items, i))->value);
      if (with_value > 0 && (with_value >= best || year == 0))
        {
          best = with_value;
          *found_year = items->year;
        }
    }
  return best;
}

/* Whether a breakdown of @ind lists the satker of @plan. */
static gboolean
breakdown_lists (KjIndicator *ind,
                 KjPlan      *plan)
{
  GPtrArray *years = kj_indicator_get_breakdown_years (ind);

  for (guint k = 0; k < years->len; k++)
    {
      KjYearItems *items = g_ptr_array_index (years, k);
      for (guint i = 0; i < items->items->len; i++)
        {
          const KjBreakdownRow *row = g_ptr_array_index (items->items, i);
          if ((row->satker && kj_plan_matches (plan, row->satker))
              || (row->area && g_strcmp0 (row->area, kj_plan_get_satker (plan)->area) == 0))
            return TRUE;
        }
    }
  return FALSE;
}

/* The years in which @ind's breakdown has a value, into the chart's hint. */
static void
hint_breakdown_years (KjChart     *chart,
                      KjIndicator *ind)
{
  GPtrArray *years = ind ? kj_indicator_get_breakdown_years (ind) : NULL;
  int found;

  for (guint k = 0; years && k < years->len; k++)
    {
      KjYearItems *items = g_ptr_array_index (years, k);
      if (breakdown_rows (ind, items->year, &found))
        _kj_hint_add_year (chart, items->year);
    }
}

/* Another plan's breakdown of the indicator: the one that lists the chosen
 * satker (its province's), else its parent's, else the one with most rows. */
static KjIndicator *
other_breakdown (const KjChartRequest *req,
                 int                   year,
                 gboolean             *lists)
{
  guint n = req->workspace ? g_list_model_get_n_items (G_LIST_MODEL (req->workspace)) : 0;
  const char *parent = req->plan ? kj_plan_get_satker (req->plan)->parent : NULL;
  KjIndicator *best = NULL;
  guint best_rank = 0, best_rows = 0;
  int found = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (req->workspace), i);
      KjIndicator *ind = plan == req->plan ? NULL : kj_plan_find_indicator (plan, req->indicator);
      guint rows = ind ? breakdown_rows (ind, year, &found) : 0, rank = 1;

      if (rows == 0)
        continue;
      if (req->plan && breakdown_lists (ind, req->plan))
        rank = 3;
      else if (parent && kj_plan_matches (plan, parent))
        rank = 2;
      if (rank > best_rank || (rank == best_rank && rows > best_rows))
        {
          best = ind;
          best_rank = rank;
          best_rows = rows;
        }
    }
  if (lists)
    *lists = best_rank == 3;
  return best;
}

/* The breakdown to draw.  For a chosen satker, its own and no other: where it
 * has none, the error says which plan has one (the chart's hint names it).
 * Without a chosen satker, the workspace's best.  @year 0 becomes the
 * latest year with values. */
static KjIndicator *
breakdown_source (KjChart              *chart,
                  const KjChartRequest *req,
                  int                  *year,
                  GError              **error)
{
  KjIndicator *own = req->plan ? kj_plan_find_indicator (req->plan, req->indicator) : NULL;
  KjIndicator *other;
  const char *name = own ? kj_indicator_get_name (own) : indicator_name_in_workspace (req);
  gboolean lists = FALSE;
  int found = 0;

  if (req->plan == NULL)
    {
      if ((other = other_breakdown (req, *year, NULL)))
        {
          if (*year == 0)
            breakdown_rows (other, 0, year);
          return other;
        }
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (req->workspace)); i++)
        {
          g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (req->workspace), i);
          hint_breakdown_years (chart, kj_plan_find_indicator (plan, req->indicator));
        }
      _kj_no_data_in_year (chart, error, name, *year);
      return NULL;
    }
  if (own && breakdown_rows (own, *year, &found))
    {
      if (*year == 0)
        *year = found;
      return own;
    }
  if (own && breakdown_rows (own, 0, &found))
    {
      hint_breakdown_years (chart, own);
      _kj_no_data_in_year (chart, error, name, *year);
      return NULL;
    }
  if ((other = other_breakdown (req, *year, &lists)) == NULL)
    other = other_breakdown (req, 0, &lists);
  if (other == NULL)
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA,
                   /* Translators: "No open plan has per-area values of Dektara." */
                   _("No open plan has per-area values of %s."), name);
      return NULL;
    }
  _kj_hint_set_satker (chart, kj_indicator_get_plan (other));
  if (lists)
    {
      const KjSatker *s = kj_plan_get_satker (req->plan);
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA,
                   /* Translators: "BNN Kota Kupang has no per-area breakdown of Dektara.
                    * BNNP Nusa Tenggara Timur has one, which lists Kota Kupang." */
                   _("%s has no per-area breakdown of %s. %s has one, which lists %s."),
                   kj_plan_get_title (req->plan), name,
                   kj_plan_get_title (kj_indicator_get_plan (other)),
                   s->area ? s->area : kj_plan_get_title (req->plan));
    }
  else
    g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA,
                 /* Translators: "BNN Kota Kupang has no per-area breakdown of Dektara.
                  * BNN RI has one." */
                 _("%s has no per-area breakdown of %s. %s has one."),
                 kj_plan_get_title (req->plan), name, kj_plan_get_title (kj_indicator_get_plan (other)));
  return NULL;
}

static int
compare_rows_desc (gconstpointer a,
                   gconstpointer b)
{
  const Row *x = *(Row **) a, *y = *(Row **) b;
  double vx = x->values[0], vy = y->values[0];

  if (isnan (vx) != isnan (vy))
    return isnan (vx) ? 1 : -1;
  if (vx != vy)
    return vx < vy ? 1 : -1;
  return g_utf8_collate (x->label, y->label);
}

static const char *
indicator_name_in_workspace (const KjChartRequest *req)
{
  guint n = req->workspace ? g_list_model_get_n_items (G_LIST_MODEL (req->workspace)) : 0;

  if (req->plan && kj_plan_find_indicator (req->plan, req->indicator))
    return kj_indicator_get_name (kj_plan_find_indicator (req->plan, req->indicator));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (req->workspace), i);
      KjIndicator *ind = kj_plan_find_indicator (plan, req->indicator);
      if (ind)
        return kj_indicator_get_name (ind);
    }
  return req->indicator;
}

static gboolean
require_indicator (const KjChartRequest *req,
                   GError              **error)
{
  guint n = req->workspace ? g_list_model_get_n_items (G_LIST_MODEL (req->workspace)) : 0;
  gboolean known = req->plan && req->indicator && kj_plan_find_indicator (req->plan, req->indicator);

  if (req->indicator == NULL)
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_UNKNOWN_INDICATOR,
                   _("Choose an indicator for this chart."));
      return FALSE;
    }
  for (guint i = 0; i < n && !known; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (req->workspace), i);
      known = kj_plan_find_indicator (plan, req->indicator) != NULL;
    }
  if (!known)
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_UNKNOWN_INDICATOR,
                   _("No open plan has the indicator “%s”."), req->indicator);
      return FALSE;
    }
  return TRUE;
}

/* How often each area is listed: counted once, not row by row (a table of
 * 30,000 rows would take minutes). */
static void
count_area (GHashTable *areas,
            const char *area)
{
  if (area)
    g_hash_table_insert (areas, (gpointer) area,
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (areas, area)) + 1));
}

static guint
area_count (GHashTable *areas,
            const char *area)
{
  return area ? GPOINTER_TO_UINT (g_hash_table_lookup (areas, area)) : 0;
}

gboolean
kj_chart_build_areas (KjChart              *chart,
                      const KjChartRequest *req,
                      GError              **error)
{
  g_autoptr(GHashTable) areas = g_hash_table_new (g_str_hash, g_str_equal);
  int year = req->year;
  KjIndicator *ind;
  KjScale *scale;
  GPtrArray *rows;
  Panel *panel;
  KjValueFormat vf;
  gboolean targets = FALSE;

  if (!require_indicator (req, error))
    return FALSE;
  if ((ind = breakdown_source (chart, req, &year, error)) == NULL)
    return FALSE;
  rows = kj_indicator_get_breakdown (ind, year);
  scale = kj_indicator_get_value_scale (ind);
  vf = _kj_format_of (ind);
  panel = kj_chart_add_panel (chart, PANEL_ROWS, NULL);
  panel->format = vf;
  if (scale)
    panel->bands = kj_scale_ref (scale);
  for (guint i = 0; i < rows->len; i++)
    count_area (areas, ((KjBreakdownRow *) g_ptr_array_index (rows, i))->area);
  for (guint i = 0; i < rows->len; i++)
    {
      const KjBreakdownRow *b = g_ptr_array_index (rows, i);
      const KjBand *band = NULL;
      const char *category = kj_indicator_classify_row (ind, b, &band);
      g_autofree char *named = NULL;
      g_autofree char *v = kj_value_format_full (&vf, b->value);
      g_autofree char *tg = kj_value_format_full (&vf, b->target);
      Row *row;
      guint same_area = area_count (areas, b->area);
      /* a province listed twice (its own index and its BNNP's) reads as two
       * bars of the same name unless the satker is named */
      if (same_area > 1 && b->satker)
        {
          g_autofree char *label = g_strdup_printf ("%s (%s)", b->area, b->satker);
          row = kj_panel_add_row (panel, label);
        }
      else
        row = kj_panel_add_row (panel, b->area);

      row->sublabel = g_strdup (b->satker);
      row->values[0] = b->value;
      row->target = b->target;
      row->area = g_strdup (b->area);
      row->satker = g_strdup (b->satker);
      row->year = year;
      targets |= kj_has (b->target);
      _kj_band_color (band, &row->color, scale ? &KJ_COLOR_MUTED : &KJ_COLOR_SERIES (0));
      /* never colour alone: the band's name is written by the value */
      if (category)
        row->value_label = g_strdup_printf ("%s · %s", v, category);
      else if (scale && kj_has (b->value))
        /* Translators: a value that none of the scale's bands contains */
        row->value_label = g_strdup_printf (_("%s · in no band"), v);
      else
        row->value_label = g_strdup (v);
      /* a breakdown row's category is its value's, on the indicator's scale */
      if (category)
        category = named = g_strdup_printf (_("value: %s"), category);
      if (kj_has (b->target))
        {
          double a;
          g_autofree char *pct = NULL;
          kj_achievement_compute (kj_indicator_get_direction (ind), kj_indicator_get_lower_formula (ind),
                                  b->target, b->value, &a);
          pct = kj_format_percent (a, 2);
          row->tooltip = g_strdup_printf (_("Value %s%s%s · target %s · achievement %s"), v,
                                          category ? " · " : "", category ? category : "", tg, pct);
        }
      else
        row->tooltip = g_strdup_printf (_("Value %s%s%s"), v, category ? " · " : "", category ? category : "");
    }
  g_ptr_array_sort (panel->rows, compare_rows_desc);
  if (panel->rows->len == 0 || isnan (((Row *) g_ptr_array_index (panel->rows, 0))->values[0]))
    return _kj_no_data (error, kj_indicator_get_name (ind), year);
  if (scale)
    kj_chart_add_band_legend (chart, scale);
  else
    kj_chart_add_legend (chart, _("Value"), KJ_COLOR_SERIES (0), MARK_BARS);
  if (targets)
    kj_chart_add_legend (chart, _("Target"), KJ_COLOR_TARGET, MARK_LINE);
  chart->title = g_strdup (kj_indicator_get_name (ind));
  /* Translators: "BNNP Kalimantan Barat · 7 areas · 2023" */
  chart->subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u area · %d", "%s · %u areas · %d",
                                                  rows->len),
                                     kj_plan_get_title (kj_indicator_get_plan (ind)),
                                     rows->len, year);
  chart->year = year;
  return TRUE;
}

/* ── areas-trend: a breakdown over the years ───────────────────────────── */

static int
compare_rows_latest_desc (gconstpointer a,
                          gconstpointer b,
                          gpointer      n_values)
{
  const Row *x = *(Row **) a, *y = *(Row **) b;
  guint last = *(guint *) n_values - 1;
  double vx = x->values[last], vy = y->values[last];

  if (isnan (vx) != isnan (vy))
    return isnan (vx) ? 1 : -1;
  if (vx != vy)
    return vx < vy ? 1 : -1;
  return g_utf8_collate (x->label, y->label);
}

gboolean
kj_chart_build_areas_trend (KjChart              *chart,
                            const KjChartRequest *req,
                            GError              **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) areas = g_hash_table_new (g_str_hash, g_str_equal);
  int year = 0;
  KjIndicator *ind;
  GPtrArray *years;
  Panel *panel;
  guint n_years, skip;

  if (!require_indicator (req, error))
    return FALSE;
  if ((ind = breakdown_source (chart, req, &year, error)) == NULL)
    return FALSE;
  years = kj_indicator_get_breakdown_years (ind);
  n_years = MIN (years->len, G_N_ELEMENTS (panel->value_colors));
  skip = years->len - n_years;
  panel = kj_chart_add_panel (chart, PANEL_ROWS, NULL);
  panel->format = _kj_format_of (ind);
  panel->n_values = n_years;
  panel->value_names = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < n_years; k++)
    {
      KjYearItems *items = g_ptr_array_index (years, skip + k);
      g_autofree char *name = g_strdup_printf ("%d", items->year);

      panel->value_colors[k] = KJ_COLOR_SERIES (k);
      g_ptr_array_add (panel->value_names, g_strdup (name));
      kj_chart_add_legend (chart, name, KJ_COLOR_SERIES (k), MARK_BARS);
      for (guint i = 0; i < items->items->len; i++)
        {
          const KjBreakdownRow *b = g_ptr_array_index (items->items, i);
          g_autofree char *key = g_strdup_printf ("%s\x1f%s", b->area, b->satker ? b->satker : "");
          Row *row = g_hash_table_lookup (index, key);

          if (row == NULL)
            {
              row = kj_panel_add_row (panel, b->area);
              row->area = g_strdup (b->area);
              row->satker = g_strdup (b->satker);
              row->sublabel = g_strdup (b->satker);
              g_hash_table_insert (index, g_steal_pointer (&key), row);
            }
          row->values[k] = b->value;
        }
    }
  for (guint i = 0; i < panel->rows->len; i++)
    {
      Row *row = g_ptr_array_index (panel->rows, i);
      GString *tip = g_string_new (NULL);
      for (guint k = 0; k < n_years; k++)
        {
          g_autofree char *v = kj_value_format_full (&panel->format, row->values[k]);
          g_string_append_printf (tip, "%s%s: %s", k ? "\n" : "", (char *) g_ptr_array_index (panel->value_names, k), v);
        }
      row->tooltip = g_string_free (tip, FALSE);
      row->value_label = kj_value_format_short (&panel->format, row->values[n_years - 1]);
    }
  for (guint i = 0; i < panel->rows->len; i++)
    count_area (areas, ((Row *) g_ptr_array_index (panel->rows, i))->area);
  for (guint i = 0; i < panel->rows->len; i++)
    {
      Row *row = g_ptr_array_index (panel->rows, i);
      guint same_area = area_count (areas, row->area);

      if (same_area > 1 && row->satker)
        {
          g_free (row->label);
          row->label = g_strdup_printf ("%s (%s)", row->area, row->satker);
        }
    }
  /* ranked by the latest year */
  g_ptr_array_sort_with_data (panel->rows, compare_rows_latest_desc, &n_years);
  chart->title = g_strdup (kj_indicator_get_name (ind));
  {
    int y0 = ((KjYearItems *) g_ptr_array_index (years, skip))->year;
    int y1 = ((KjYearItems *) g_ptr_array_index (years, years->len - 1))->year;
    /* one year is no trend: the chart says so (Per kabupaten/kota colours
     * that year by category) */
    if (y0 == y1)
      /* Translators: "BNN RI · only 2023 has per-area data" */
      chart->subtitle = g_strdup_printf (_("%s · only %d has per-area data"),
                                         kj_plan_get_title (kj_indicator_get_plan (ind)), y0);
    else
      chart->subtitle = g_strdup_printf ("%s · %d–%d", kj_plan_get_title (kj_indicator_get_plan (ind)), y0, y1);
  }
  return TRUE;
}

/* ── compare: one indicator across the workspace's satker ──────────────── */

/* Calls @visit once for every year in which a satker of @workspace has a
 * realisation of @id (of any indicator when NULL), satker by satker. */
static void
visit_realised_years (KjWorkspace *workspace,
                      const char  *id,
                      void       (*visit) (int year, gpointer data),
                      gpointer     data)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (workspace));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (workspace), i);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      GPtrArray *all = kj_plan_get_indicators (plan);

      for (guint k = 0; k < all->len; k++)
        {
          KjIndicator *ind = g_ptr_array_index (all, k);
          GPtrArray *years = kj_indicator_get_years (ind);

          if (id && g_strcmp0 (kj_indicator_get_id (ind), id) != 0)
            continue;
          for (guint y = 0; y < years->len; y++)
            {
              const KjYearValue *v = g_ptr_array_index (years, y);
              if (kj_has (v->realization) && g_hash_table_add (seen, GINT_TO_POINTER (v->year)))
                visit (v->year, data);
            }
        }
    }
}

static void
count_year (int      year,
            gpointer counts)
{
  guint c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (year)));
  g_hash_table_insert (counts, GINT_TO_POINTER (year), GUINT_TO_POINTER (c + 1));
}

/* The year in which most satker have a realisation (of @id, or of any
 * indicator); the latest of equals.  Comparing is about coverage. */
static int
busiest_year (KjWorkspace *workspace,
              const char  *id)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer year, count;
  guint best_count = 0;
  int best = 0;

  visit_realised_years (workspace, id, count_year, counts);
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &year, &count))
    if (GPOINTER_TO_UINT (count) > best_count
        || (GPOINTER_TO_UINT (count) == best_count && GPOINTER_TO_INT (year) > best))
      {
        best_count = GPOINTER_TO_UINT (count);
        best = GPOINTER_TO_INT (year);
      }
  return best;
}

static void
hint_year (int      year,
           gpointer chart)
{
  _kj_hint_add_year (chart, year);
}

/* The years in which a satker has a realisation of @id (any indicator when
 * NULL), into the chart's hint. */
static void
hint_realised_years (KjChart     *chart,
                     KjWorkspace *workspace,
                     const char  *id)
{
  visit_realised_years (workspace, id, hint_year, chart);
}

gboolean
kj_chart_build_compare (KjChart              *chart,
                        const KjChartRequest *req,
                        GError              **error)
{
  guint n = req->workspace ? g_list_model_get_n_items (G_LIST_MODEL (req->workspace)) : 0;
  int year = req->year;
  KjScale *value_scale = NULL;
  gboolean targets = FALSE, found = FALSE;
  g_autofree char *name = NULL;
  guint n_names = 0;
  Panel *panel;

  if (!require_indicator (req, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (req->workspace), i);
      KjIndicator *ind = kj_plan_find_indicator (plan, req->indicator);
      if (ind == NULL)
        continue;
      found = TRUE;
    }
  if (year == 0)
    year = busiest_year (req->workspace, req->indicator);
  if (!found)
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_UNKNOWN_INDICATOR,
                   _("No open plan has the indicator “%s”."), req->indicator);
      return FALSE;
    }

  panel = kj_chart_add_panel (chart, PANEL_ROWS, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (req->workspace), i);
      KjIndicator *ind = kj_plan_find_indicator (plan, req->indicator);
      const KjYearValue *v = ind ? kj_indicator_get_year (ind, year) : NULL;
      const KjBand *band = NULL;
      const char *category;
      g_autofree char *val = NULL, *tg = NULL, *pct = NULL;
      KjValueFormat vf;
      double a;
      Row *row;

      if (v == NULL || !kj_has (v->realization))
        continue;
      vf = _kj_format_of (ind);
      panel->format = vf;
      if (plan == req->plan)
        {
          /* the satker the chart is drawn for stands out, on paper too */
          g_autofree char *label = g_strdup_printf ("▶ %s", kj_plan_get_title (plan));
          row = kj_panel_add_row (panel, label);
          /* Translators: said of the satker chosen in the window, in a tooltip */
          row->sublabel = g_strdup (_("selected"));
        }
      else
        row = kj_panel_add_row (panel, kj_plan_get_title (plan));
      row->values[0] = v->realization;
      row->target = v->target;
      row->satker = satker_key (plan);
      row->year = year;
      targets |= kj_has (v->target);
      category = kj_indicator_get_category (ind, year, &band);
      if (kj_indicator_get_value_scale (ind))
        value_scale = kj_indicator_get_value_scale (ind);
      _kj_band_color (band, &row->color, &KJ_COLOR_SERIES (0));
      val = kj_value_format_full (&vf, v->realization);
      tg = kj_value_format_full (&vf, v->target);
      pct = kj_indicator_get_achievement (ind, year, &a) ? kj_format_percent (a, 2) : g_strdup ("–");
      row->value_label = g_strdup_printf ("%s · %s", val, category ? category : pct);
      {
        g_autofree char *categories = kj_indicator_describe_category (ind, year, FALSE);
        row->tooltip = g_strdup_printf (_("Realisation %s · target %s · achievement %s · %s"), val, tg, pct,
                                        categories);
      }
    }
  name = _kj_neutral_name (req->workspace, req->indicator, FALSE, &n_names);
  if (panel->rows->len == 0)
    {
      hint_realised_years (chart, req->workspace, req->indicator);
      return _kj_no_data_in_year (chart, error, name, year);
    }
  g_ptr_array_sort (panel->rows, compare_rows_desc);
  /* the lengths of the bars are compared: they start at 0, not at the
   * scale's floor (no band shading, which would start the axis there); the
   * bars' colours and labels say the band */
  if (value_scale)
    kj_chart_add_band_legend (chart, value_scale);
  else
    kj_chart_add_band_legend (chart, kj_scale_get_builtin ("capaian"));
  if (targets)
    kj_chart_add_legend (chart, _("Target"), KJ_COLOR_TARGET, MARK_LINE);
  chart->title = g_steal_pointer (&name);
  {
    g_autofree char *variants = NULL;

    if (n_names > 1)
      /* Translators: the files name one indicator id in N ways */
      variants = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " · names differ between files: %u variant",
                                               " · names differ between files: %u variants", n_names),
                                  n_names);
    chart->subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u work unit ranked · %d%s%s",
                                                    "%u work units ranked · %d%s%s", panel->rows->len),
                                       panel->rows->len, year,
                                       value_scale ? "" : _(" · colour: achievement category"),
                                       variants ? variants : "");
  }
  chart->year = year;
  return TRUE;
}

/* ── heatmap: satker × indicator achievement ───────────────────────────── */

gboolean
kj_chart_build_heatmap (KjChart              *chart,
                        const KjChartRequest *req,
                        GError              **error)
{
  guint n = req->workspace ? g_list_model_get_n_items (G_LIST_MODEL (req->workspace)) : 0;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) col_ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  int year = req->year;
  guint any = 0;
  Panel *panel;

  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (year == 0)
    year = busiest_year (req->workspace, NULL);
  for (guint i = 0; i < n; i++)
    {
      KjPlan *plan = g_list_model_get_item (G_LIST_MODEL (req->workspace), i);
      GPtrArray *all = kj_plan_get_indicators (plan);
      gboolean has = FALSE;

      for (guint k = 0; k < all->len; k++)
        {
          KjIndicator *ind = g_ptr_array_index (all, k);
          double a;
          if (g_hash_table_add (seen_ids, (gpointer) kj_indicator_get_id (ind)))
            g_ptr_array_add (ids, (gpointer) kj_indicator_get_id (ind));
          has |= kj_indicator_get_achievement (ind, year ? year : kj_indicator_get_latest_year (ind), &a);
        }
      if (has)
        g_ptr_array_add (plans, plan);
      else
        g_object_unref (plan);
    }

  panel = kj_chart_add_panel (chart, PANEL_HEATMAP, NULL);
  panel->format = (KjValueFormat) { KJ_VALUE_PERCENT, 2 };
  panel->cell_scale = kj_scale_ref (kj_scale_get_builtin ("capaian"));
  panel->row_labels = g_ptr_array_new_with_free_func (g_free);
  panel->row_satker = g_ptr_array_new_with_free_func (g_free);
  panel->col_labels = g_ptr_array_new_with_free_func (g_free);
  panel->col_names = g_ptr_array_new_with_free_func (g_free);
  /* only indicators someone has an achievement for in that year; a column
   * is headed by a short name (the full one is in the tooltips) */
  for (guint k = 0; k < ids->len; k++)
    {
      gboolean used = FALSE;
      guint n_names;
      char *name;

      for (guint i = 0; i < plans->len && !used; i++)
        {
          KjIndicator *ind = kj_plan_find_indicator (g_ptr_array_index (plans, i), g_ptr_array_index (ids, k));
          double a;
          used = ind && kj_indicator_get_achievement (ind, year, &a);
        }
      if (!used)
        continue;
      name = _kj_neutral_name (req->workspace, g_ptr_array_index (ids, k), TRUE, &n_names);
      g_ptr_array_add (col_ids, g_ptr_array_index (ids, k));
      g_ptr_array_add (panel->col_labels, _kj_neutral_short_name (req->workspace, g_ptr_array_index (ids, k), name));
      g_ptr_array_add (panel->col_names, name);
    }
  /* two columns of one short name ("Jumlah berkas perkara…") read as one:
   * each is headed by where its name differs from the other's */
  {
    g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
    guint cols = panel->col_labels->len;

    for (guint c = 0; c < cols; c++)
      count_area (counts, g_ptr_array_index (panel->col_labels, c));
    for (guint c = 0; c < cols; c++)
      g_ptr_array_add (panel->col_labels,
                       area_count (counts, g_ptr_array_index (panel->col_labels, c)) > 1
                       ? _kj_distinct_short_name (panel, col_ids, c)
                       : g_strdup (g_ptr_array_index (panel->col_labels, c)));
    g_ptr_array_remove_range (panel->col_labels, 0, cols);
  }
  panel->cells = g_new (double, MAX (1, plans->len * panel->col_labels->len));
  for (guint i = 0; i < plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (plans, i);
      guint row = panel->row_labels->len;

      g_ptr_array_add (panel->row_labels, g_strdup (kj_plan_get_title (plan)));
      g_ptr_array_add (panel->row_satker, satker_key (plan));
      for (guint c = 0; c < panel->col_labels->len; c++)
        {
          KjIndicator *ind = kj_plan_find_indicator (plan, g_ptr_array_index (col_ids, c));
          double a = NAN;
          if (ind && kj_indicator_get_achievement (ind, year, &a))
            any++;
          panel->cells[row * panel->col_labels->len + c] =
            ind ? kj_achievement_cap (a, kj_indicator_get_achievement_cap (ind)) : NAN;
        }
    }
  if (any == 0)
    {
      hint_realised_years (chart, req->workspace, NULL);
      return _kj_no_data_in_year (chart, error, _("the open work units"), year);
    }
  kj_chart_add_band_legend (chart, panel->cell_scale);
  kj_chart_add_legend (chart, _("No data"), KJ_COLOR_GRID, MARK_BARS);
  chart->title = g_strdup_printf (_("Achievement by work unit and indicator, %d"), year);
  chart->subtitle = g_strdup_printf (_("%u work units · %u indicators · cells: achievement in %%"),
                                     panel->row_labels->len, panel->col_labels->len);
  chart->year = year;
  return TRUE;
}
