/* kj-plan-summary.c: the decisions every view of a plan makes the same way
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window, the charts, the command line and (coming) the reports and the
 * presentation all need the same answers: which year to open on, which
 * indicator a trend shows first, where a budget's absorption comes from.
 * Each is decided here, once.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kj-diagnostic.h"
#include "kj-plan-summary.h"

/* How many years of @indicator have a realisation. */
guint
kj_indicator_count_realised_years (KjIndicator *indicator)
{
  GPtrArray *years;
  guint n = 0;

  g_return_val_if_fail (KJ_IS_INDICATOR (indicator), 0);

  years = kj_indicator_get_years (indicator);
  for (guint i = 0; i < years->len; i++)
    n += kj_has (((KjYearValue *) g_ptr_array_index (years, i))->realization);
  return n;
}

/* The latest year with a realisation of @indicator, or 0. */
int
kj_indicator_get_latest_year (KjIndicator *indicator)
{
  GPtrArray *years;

  g_return_val_if_fail (KJ_IS_INDICATOR (indicator), 0);

  years = kj_indicator_get_years (indicator);
  for (guint i = years->len; i > 0; i--)
    {
      const KjYearValue *v = g_ptr_array_index (years, i - 1);
      if (kj_has (v->realization))
        return v->year;
    }
  return 0;
}

/**
 * kj_plan_get_latest_year:
 * "The latest year with data": the latest year of the period in which an
 * indicator has a realisation, or 0.
 */
int
kj_plan_get_latest_year (KjPlan *plan)
{
  GPtrArray *indicators;
  int best = 0;

  g_return_val_if_fail (KJ_IS_PLAN (plan), 0);

  indicators = kj_plan_get_indicators (plan);
  for (guint i = 0; i < indicators->len; i++)
    {
      GPtrArray *years = kj_indicator_get_years (g_ptr_array_index (indicators, i));
      for (guint j = 0; j < years->len; j++)
        {
          const KjYearValue *v = g_ptr_array_index (years, j);
          if (kj_has (v->realization) && v->year <= kj_plan_get_last_year (plan))
            best = MAX (best, v->year);
        }
    }
  return best;
}

/**
 * kj_plan_get_default_year:
 * The year a view opens on: the latest with a realisation, else the latest
 * of the period with any data (targets of a new plan, a budget), else the
 * last of the period.
 */
int
kj_plan_get_default_year (KjPlan *plan)
{
  int year;

  g_return_val_if_fail (KJ_IS_PLAN (plan), 0);

  if ((year = kj_plan_get_latest_year (plan)) > 0)
    return year;
  for (int y = kj_plan_get_last_year (plan); y >= kj_plan_get_first_year (plan); y--)
    if (kj_plan_has_year_data (plan, y))
      return y;
  return kj_plan_get_last_year (plan);
}

/**
 * kj_plan_get_default_indicator:
 * The indicator a trend shows first: the first with two realised years to
 * compare, else the first with one.
 *
 * Returns: (transfer none) (nullable): the indicator, or %NULL when none has
 *   a realisation
 */
KjIndicator *
kj_plan_get_default_indicator (KjPlan *plan)
{
  GPtrArray *all;

  g_return_val_if_fail (KJ_IS_PLAN (plan), NULL);

  all = kj_plan_get_indicators (plan);
  for (guint wanted = 2; wanted >= 1; wanted--)
    for (guint i = 0; i < all->len; i++)
      if (kj_indicator_count_realised_years (g_ptr_array_index (all, i)) >= wanted)
        return g_ptr_array_index (all, i);
  return NULL;
}

/**
 * kj_plan_get_absorption:
 * The allocation and realisation a budget absorption is computed from.
 * Spending by type where it has both for the year (budget lines are often
 * revised during the year and carry only the allocation), else the budget
 * per kegiatan where it has both, else whichever has a number.
 *
 * Returns: where the figures come from, for the label that says so
 */
KjMoneySource
kj_plan_get_absorption (KjPlan *plan,
                        int     year,
                        double *allocation,
                        double *realization)
{
  double a[2], r[2];

  g_return_val_if_fail (KJ_IS_PLAN (plan), KJ_MONEY_NONE);

  kj_plan_get_money_totals (plan, year, TRUE, &a[0], &r[0]);
  kj_plan_get_money_totals (plan, year, FALSE, &a[1], &r[1]);
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < 2; i++)
      if (pass == 0 ? kj_has (a[i]) && kj_has (r[i]) : kj_has (a[i]) || kj_has (r[i]))
        {
          *allocation = a[i];
          *realization = r[i];
          return i == 0 ? KJ_MONEY_SPENDING : KJ_MONEY_BUDGET;
        }
  *allocation = *realization = NAN;
  return KJ_MONEY_NONE;
}

/**
 * kj_plan_summarize:
 * @findings: (nullable) (element-type KjDiagnostic): the plan's findings, to count
 *
 * The figures of a satker for a year, as its cards and summaries show them.
 */
void
kj_plan_summarize (KjPlan        *plan,
                   int            year,
                   GPtrArray     *findings,
                   KjPlanSummary *summary)
{
  GPtrArray *indicators;

  g_return_if_fail (KJ_IS_PLAN (plan));
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  summary->year = year;
  indicators = kj_plan_get_indicators (plan);
  summary->indicators = indicators->len;
  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      double a;

      summary->with_value += kj_indicator_get_year (indicator, year) != NULL;
      if (kj_indicator_get_achievement (indicator, year, &a))
        {
          summary->with_achievement++;
          summary->met += a >= 100;
        }
    }
  summary->money = kj_plan_get_absorption (plan, year, &summary->allocation,
                                           &summary->realization);
  summary->absorption = kj_has (summary->allocation) && kj_has (summary->realization)
                        && summary->allocation > 0
                        ? summary->realization / summary->allocation * 100 : NAN;
  for (guint i = 0; findings && i < findings->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (findings, i);
      summary->errors += d->severity == KJ_SEVERITY_ERROR;
      summary->warnings += d->severity == KJ_SEVERITY_WARNING;
      summary->notes += d->severity == KJ_SEVERITY_NOTE;
    }
}

static gboolean
is_year_column (const char *column)
{
  if (column == NULL || strlen (column) != 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (column[i]))
      return FALSE;
  return atoi (column) > 1900;
}

/**
 * kj_context_table_get_years:
 * @first_column: (out) (optional): the first year column
 *
 * The year-table rule: a context table is a series over years when its last
 * columns, two or more, and only those, are years ("Uraian", "2021", "2022",
 * "2023"); the context chart draws those, and only those are offered.
 */
gboolean
kj_context_table_get_years (const KjContextTable *table,
                            guint                *first_column)
{
  guint n = table->columns ? g_strv_length ((char **) table->columns) : 0, years = 0, start = n;

  for (guint c = 0; c < n; c++)
    if (is_year_column (table->columns[c]))
      {
        years++;
        start = MIN (start, c);
      }
  if (first_column)
    *first_column = start;
  return years >= 2 && years == n - start;
}
