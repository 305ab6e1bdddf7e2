/* kj-plan-summary.h: the decisions every view of a plan makes the same way
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-plan.h"

G_BEGIN_DECLS

typedef enum
{
  KJ_MONEY_NONE,       /* neither has numbers for the year */
  KJ_MONEY_BUDGET,     /* the budget per kegiatan */
  KJ_MONEY_SPENDING,   /* spending by type */
} KjMoneySource;

/* What the satker page's cards, the leadership summary and a slide say of a
 * plan in a year. */
typedef struct
{
  int           year;
  guint         indicators;        /* in the plan */
  guint         with_value;        /* with an entry for the year */
  guint         with_achievement;  /* whose achievement can be computed */
  guint         met;               /* achievement ≥ 100 % */
  double        allocation;        /* NAN: none */
  double        realization;
  double        absorption;        /* % of the allocation realised; NAN: none */
  KjMoneySource money;
  guint         errors;            /* findings, by severity */
  guint         warnings;
  guint         notes;
} KjPlanSummary;

guint          kj_indicator_count_realised_years (KjIndicator      *indicator);
int            kj_indicator_get_latest_year      (KjIndicator      *indicator);
int            kj_plan_get_latest_year           (KjPlan           *plan);
int            kj_plan_get_default_year          (KjPlan           *plan);
KjIndicator   *kj_plan_get_default_indicator     (KjPlan           *plan);
KjMoneySource  kj_plan_get_absorption            (KjPlan           *plan,
                                                  int               year,
                                                  double           *allocation,
                                                  double           *realization);
void           kj_plan_summarize                 (KjPlan           *plan,
                                                  int               year,
                                                  GPtrArray        *findings,
                                                  KjPlanSummary    *summary);
gboolean       kj_context_table_get_years        (const KjContextTable *table,
                                                  guint            *first_column);

G_END_DECLS
