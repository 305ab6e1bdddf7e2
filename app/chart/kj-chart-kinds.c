/* kj-chart-kinds.c: the chart kinds: what each draws from plans and workspaces
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
  const KjChartKind *k = kj_chart_kind_find (kind);
  g_autoptr(KjChart) chart = NULL;

  g_return_val_if_fail (request != NULL, NULL);

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
      return NULL;
  if (request->plan)
    chart->satker = g_strdup (kj_plan_get_title (request->plan));
  return g_steal_pointer (&chart);
}
