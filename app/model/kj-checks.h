/* kj-checks.h: arithmetic and consistency checks of a plan
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-diagnostic.h"
#include "kj-plan.h"

G_BEGIN_DECLS

GPtrArray *kj_plan_check            (KjPlan     *plan);
GPtrArray *kj_check_across          (GPtrArray  *plans);
gboolean   kj_printed_value_differs (double      printed,
                                     double      computed);
gboolean   kj_work_node_differs     (const KjWorkNode *node,
                                     double           *sum,
                                     guint            *with_amount);

/* Where a finding is, in a planner's words rather than a JSON path. */
typedef struct
{
  KjIndicator *indicator;   /* (nullable): the indicator it concerns */
  int          year;        /* 0: none (the file as a whole, a scale) */
  char        *text;        /* "Dektari, 2023: printed achievement", else the path */
} KjFindingPlace;

void       kj_finding_place_init    (KjFindingPlace     *place,
                                     KjPlan             *plan,
                                     const KjDiagnostic *finding);
void       kj_finding_place_clear   (KjFindingPlace     *place);
GPtrArray *kj_findings_for_year     (KjPlan             *plan,
                                     GPtrArray          *findings,
                                     int                 year,
                                     guint              *n_other_years);

G_END_DECLS
