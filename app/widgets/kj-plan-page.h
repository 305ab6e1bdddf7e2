/* kj-plan-page.h: a satker's overview: summary, indicators, checks, budget
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/kj-plan.h"
#include "model/kj-workspace.h"

G_BEGIN_DECLS

#define KJ_TYPE_PLAN_PAGE (kj_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (KjPlanPage, kj_plan_page, KJ, PLAN_PAGE, AdwBin)

KjPlan     *kj_plan_page_get_plan        (KjPlanPage *self);
void        kj_plan_page_set_plan        (KjPlanPage *self,
                                          KjPlan     *plan);
void        kj_plan_page_set_workspace   (KjPlanPage  *self,
                                          KjWorkspace *workspace);
int         kj_plan_page_get_year        (KjPlanPage *self);
void        kj_plan_page_set_year        (KjPlanPage *self,
                                          int         year);
GListModel *kj_plan_page_get_indicators  (KjPlanPage *self);
GtkWidget  *kj_plan_page_get_table       (KjPlanPage *self);
const char *kj_plan_page_get_heading     (KjPlanPage *self);
const char *kj_plan_page_get_name_text   (KjPlanPage *self);
guint       kj_plan_page_get_n_rows      (KjPlanPage *self);
GListModel *kj_plan_page_get_rows        (KjPlanPage *self);
KjIndicator *kj_plan_page_get_selected   (KjPlanPage *self);
GPtrArray  *kj_plan_page_get_findings    (KjPlanPage *self);
GtkWidget  *kj_plan_page_get_finding_row (KjPlanPage *self,
                                          guint       index);
const char *kj_plan_page_get_summary_text (KjPlanPage *self,
                                           guint       index);
GtkScrolledWindow *kj_plan_page_get_scroller (KjPlanPage *self);

G_END_DECLS
