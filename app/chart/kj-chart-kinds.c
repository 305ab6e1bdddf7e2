/* kj-chart-kinds.c: the chart kinds: what each draws from plans and workspaces
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "chart/kj-chart-kinds-private.h"

static const KjChartKind kinds[] = {
  { "trend", N_("Trend over the years"), FALSE, TRUE },
  { "achievement", N_("Achievement of all indicators"), FALSE, FALSE },
  { "budget", N_("Budget and spending"), FALSE, FALSE },
  { "context", N_("Background table over the years"), FALSE, TRUE },
  { "areas", N_("Per kabupaten/kota"), TRUE, TRUE },
  { "areas-trend", N_("Per kabupaten/kota over the years"), TRUE, TRUE },
  { "compare", N_("Compare work units"), TRUE, TRUE },
  { "heatmap", N_("Achievement map of work units"), TRUE, FALSE },
};

/**
 * kj_chart_kinds:
 * Returns: (array length=n_kinds) (transfer none): every kind, in picker order
 */
const KjChartKind *
kj_chart_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

const KjChartKind *
kj_chart_kind_find (const char *id)
{
  for (guint i = 0; id && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].id, id))
      return &kinds[i];
  return NULL;
}

/* ── helpers ───────────────────────────────────────────────────────────── */

KjValueFormat
_kj_format_of (KjIndicator *ind)
{
  const char *unit = kj_indicator_get_unit (ind);
  /* the indicator's one precision, as its table shows it */
  KjValueFormat f = { KJ_VALUE_NUMBER, kj_indicator_get_display_decimals (ind) };

  if (unit && (g_str_equal (unit, "%") || g_ascii_strcasecmp (unit, "persen") == 0))
    f.kind = KJ_VALUE_PERCENT;
  return f;
}

const KjRgba *
_kj_band_color (const KjBand *band,
                KjRgba       *out,
                const KjRgba *fallback)
{
  if (band && kj_rgba_parse (band->color, out))
    return out;
  *out = *fallback;
  return out;
}

gboolean
_kj_no_data (GError    **error,
             const char *what,
             int         year)
{
  if (year > 0)
    /* Translators: "No data for Dektara in 2021." */
    g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA, _("No data for %s in %d."), what, year);
  else
    g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA, _("No data for %s."), what);
  return FALSE;
}

KjChartHint *
_kj_hint (KjChart *chart)
{
  if (chart->hint == NULL)
    chart->hint = g_new0 (KjChartHint, 1);
  return chart->hint;
}

/* Years are kept the most recent first, each once, the five latest. */
void
_kj_hint_add_year (KjChart *chart,
                   int      year)
{
  KjChartHint *hint = _kj_hint (chart);
  guint at = 0;

  while (at < hint->n_years && hint->years[at] > year)
    at++;
  if ((at < hint->n_years && hint->years[at] == year) || at >= KJ_CHART_HINT_MAX_YEARS)
    return;
  memmove (hint->years + at + 1, hint->years + at,
           (MIN (hint->n_years, KJ_CHART_HINT_MAX_YEARS - 1) - at) * sizeof (int));
  hint->years[at] = year;
  hint->n_years = MIN (hint->n_years + 1, KJ_CHART_HINT_MAX_YEARS);
}

void
_kj_hint_set_satker (KjChart *chart,
                     KjPlan  *plan)
{
  KjChartHint *hint = _kj_hint (chart);
  const KjSatker *s = kj_plan_get_satker (plan);

  g_free (hint->satker);
  g_free (hint->satker_title);
  hint->satker = g_strdup (s->code ? s->code : s->name);
  hint->satker_title = g_strdup (kj_plan_get_title (plan));
}

/* "No data for Dektara in 2023." and, where the hint has years, which have. */
gboolean
_kj_no_data_in_year (KjChart    *chart,
                     GError    **error,
                     const char *what,
                     int         year)
{
  g_autoptr(GString) years = g_string_new (NULL);

  if (chart->hint == NULL || chart->hint->n_years == 0)
    return _kj_no_data (error, what, year);
  for (guint i = 0; i < chart->hint->n_years; i++)
    g_string_append_printf (years, "%s%d", i ? ", " : "", chart->hint->years[i]);
  g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA,
               /* Translators: "No data for Dektara in 2024. Years with data: 2023, 2022." */
               _("No data for %s in %d. Years with data: %s."), what, year, years->str);
  return FALSE;
}

/* ── the registry ──────────────────────────────────────────────────────── */

typedef gboolean (*Builder) (KjChart *, const KjChartRequest *, GError **);

static const struct { const char *id; Builder build; } builders[] = {
  { "trend", kj_chart_build_trend },
  { "achievement", kj_chart_build_achievement },
  { "budget", kj_chart_build_budget },
  { "context", kj_chart_build_context },
  { "areas", kj_chart_build_areas },
  { "areas-trend", kj_chart_build_areas_trend },
  { "compare", kj_chart_build_compare },
  { "heatmap", kj_chart_build_heatmap },
};

/**
 * kj_chart_new:
 * @kind: a kind id from kj_chart_kinds()
 *
 * Builds a chart from the model: a satker kind reads @request's plan, a
 * workspace kind its workspace (and the plan, where it has the breakdown).
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL with @error set
 * (unknown kind or indicator, no data for the year)
 */
KjChart *
kj_chart_new (const char           *kind,
              const KjChartRequest *request,
              GError              **error)
{
  return kj_chart_new_with_hint (kind, request, NULL, error);
}

/**
 * kj_chart_new_with_hint:
 * @hint: (out) (optional) (nullable) (transfer full): where a chart that
 *   cannot be drawn has its data: another satker, years
 *
 * As kj_chart_new(); when there is no chart, @hint (if any) says where the
 * data is, as the error's message does in words.
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL with @error set
 */
KjChart *
kj_chart_new_with_hint (const char           *kind,
                        const KjChartRequest *request,
                        KjChartHint         **hint,
                        GError              **error)
{
  const KjChartKind *k = kj_chart_kind_find (kind);
  g_autoptr(KjChart) chart = NULL;

  g_return_val_if_fail (request != NULL, NULL);

  if (hint)
    *hint = NULL;
  if (k == NULL)
    {
      g_autoptr(GString) ids = g_string_new (NULL);
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        g_string_append_printf (ids, "%s%s", i ? ", " : "", kinds[i].id);
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_UNKNOWN_KIND,
                   _("Unknown chart “%s”; the charts are: %s."), kind ? kind : "", ids->str);
      return NULL;
    }
  if (k->workspace ? request->workspace == NULL && request->plan == NULL : request->plan == NULL)
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA,
                   k->workspace ? _("No plans are open.") : _("Choose a work unit for this chart."));
      return NULL;
    }
  chart = kj_chart_alloc (kind);
  for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
    if (g_str_equal (builders[i].id, kind) && !builders[i].build (chart, request, error))
      {
        if (hint)
          *hint = g_steal_pointer (&chart->hint);
        return NULL;
      }
  if (request->plan)
    chart->satker = g_strdup (kj_plan_get_title (request->plan));
  return g_steal_pointer (&chart);
}
