/* kj-chart-format.c: value formats and axis ticks
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "chart/kj-chart.h"
#include "model/kj-format.h"

static int
decimals_for (const KjValueFormat *format,
              double               value)
{
  if (format->decimals >= 0)
    return format->decimals;
  return kj_format_auto_decimals (value);
}

/**
 * kj_value_format_short:
 * For axes and labels on the chart: "84,96", "113%", "Rp 15,2 M".
 *
 * Returns: (transfer full): the text, "–" when @value is absent
 */
char *
kj_value_format_short (const KjValueFormat *format,
                       double               value)
{
  double a = fabs (value);

  if (isnan (value))
    return g_strdup ("–");
  switch (format->kind)
    {
    case KJ_VALUE_PERCENT:
      return kj_format_percent (value, format->decimals >= 0 ? format->decimals : 0);
    case KJ_VALUE_RUPIAH:
      {
        static const struct { double unit; const char *format; } units[] = {
          /* Translators: short amounts of rupiah: triliun, miliar, juta, ribu */
          { 1e12, N_("Rp %s tn") }, { 1e9, N_("Rp %s bn") }, { 1e6, N_("Rp %s m") }, { 1e3, N_("Rp %s k") },
        };

        for (guint i = G_N_ELEMENTS (units); i > 0; i--)
          {
            double unit = units[i - 1].unit, shown;
            int decimals;
            g_autofree char *n = NULL;

            if (a < unit)
              break;
            decimals = a / unit >= 100 || fmod (a, unit) == 0 ? 0 : 1;
            shown = round (a / unit * pow (10, decimals)) / pow (10, decimals);
            /* 999,96 miliar is 1 triliun, not 1.000 miliar */
            if (shown >= 1000 && i > 1)
              continue;
            if (i > 1 && a >= units[i - 2].unit)
              continue;
            n = kj_format_number (copysign (shown, value), decimals);
            /* the formats are the table's own literals, translated */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
            return g_strdup_printf (_(units[i - 1].format), n);
#pragma GCC diagnostic pop
          }
        return kj_format_rupiah (value);
      }
    case KJ_VALUE_NUMBER:
    default:
      return kj_format_number (value, decimals_for (format, value));
    }
}

/**
 * kj_value_format_full:
 * For tooltips and tables: the exact figure, "Rp 15.249.203.000".
 *
 * Returns: (transfer full): the text, "–" when @value is absent
 */
char *
kj_value_format_full (const KjValueFormat *format,
                      double               value)
{
  if (isnan (value))
    return g_strdup ("–");
  switch (format->kind)
    {
    case KJ_VALUE_PERCENT:
      return kj_format_percent (value, format->decimals >= 0 ? format->decimals : 2);
    case KJ_VALUE_RUPIAH:
      return kj_format_rupiah (value);
    case KJ_VALUE_NUMBER:
    default:
      /* an indicator's values have one precision everywhere */
      if (format->decimals >= 0)
        return kj_format_number (value, format->decimals);
      return kj_format_number (value, MAX (decimals_for (format, value),
                                           MIN (kj_printed_decimals (value), 4)));
    }
}

/* The 1-2-5 sequence: the smallest nice step of at least @raw. */
static double
nice_step (double raw)
{
  double magnitude = pow (10, floor (log10 (raw)));
  double normal = raw / magnitude;

  if (normal <= 1)
    return magnitude;
  if (normal <= 2)
    return 2 * magnitude;
  if (normal <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

/**
 * kj_ticks_compute:
 * @max_ticks: at most this many ticks (3 … 8 are sensible)
 * @include_zero: whether the axis must reach 0 (bars start at 0)
 *
 * Nice ticks covering [@min, @max]: steps of 1, 2 or 5 × 10ⁿ (2.5 × 10ⁿ
 * where only that gives three ticks within @max_ticks), positions computed
 * as (start + i) × step so they do not drift.
 *
 * Returns: %FALSE when the range is not finite
 */
gboolean
kj_ticks_compute (double   min,
                  double   max,
                  int      max_ticks,
                  gboolean include_zero,
                  KjTicks *ticks)
{
  double step, start, end;

  g_return_val_if_fail (ticks != NULL, FALSE);

  if (!isfinite (min) || !isfinite (max))
    return FALSE;
  max_ticks = CLAMP (max_ticks, 3, 12);
  if (min > max)
    {
      double t = min;
      min = max;
      max = t;
    }
  if (include_zero)
    {
      min = MIN (min, 0);
      max = MAX (max, 0);
    }
  if (max == min)
    {
      /* a flat series: a range around it, or 0 … 1 for zero */
      double pad = min == 0 ? 1 : fabs (min) * 0.1;
      if (include_zero && min >= 0)
        max += pad;
      else if (include_zero)
        min -= pad;
      else
        {
          min -= pad;
          max += pad;
        }
    }

  step = nice_step ((max - min) / (max_ticks - 1));
  for (;;)
    {
      start = floor (min / step + 1e-9);
      end = ceil (max / step - 1e-9);
      if (end - start + 1 <= max_ticks)
        break;
      step = nice_step (step * 1.0001);
    }
  /* with few ticks allowed, 1-2-5 can miss three ticks ([0, 4.2] in 3:
   * 0, 5 or 0, 2, 4, 6); then 2.5 × 10ⁿ does it: 0, 2.5, 5 */
  if (end - start + 1 < 3)
    {
      double half = step / 2;
      double s2 = floor (min / half + 1e-9), e2 = ceil (max / half - 1e-9);
      if (e2 - s2 + 1 >= 3 && e2 - s2 + 1 <= max_ticks)
        {
          step = half;
          start = s2;
          end = e2;
        }
    }
  ticks->step = step;
  ticks->n = (int) (end - start) + 1;
  ticks->lo = start * step;
  ticks->hi = end * step;
  /* keep the start index in lo/step: values are (start + i) × step */
  return TRUE;
}

double
kj_ticks_value (const KjTicks *ticks,
                int            i)
{
  double start = round (ticks->lo / ticks->step);
  double v = (start + i) * ticks->step;

  /* no "-0" and no 1e-17 residues next to zero */
  return fabs (v) < ticks->step * 1e-9 ? 0 : v;
}
