/* kj-plan-page-private.h: the overview page's parts, shared by its files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "widgets/kj-plan-page.h"

G_BEGIN_DECLS

struct _KjPlanPage
{
  AdwBin               parent_instance;

  /* template widgets */
  GtkScrolledWindow   *plan_scroller;
  GtkLabel            *plan_name;
  GtkLabel            *plan_details;
  GtkBox              *summary_box;
  GtkLabel            *indicators_heading;
  GtkColumnView       *indicator_view;
  GtkLabel            *indicators_empty;
  AdwPreferencesGroup *findings_group;
  AdwPreferencesGroup *budget_group;
  AdwPreferencesGroup *spending_group;

  /* owned */
  KjPlan              *plan;
  KjWorkspace         *workspace;      /* (nullable): the plans open with it, for findings across files */
  GListStore          *indicators;     /* KjIndicator of the plan, in file order */
  GtkSortListModel    *sorted;         /* as the table's column headers sort them */
  GtkSingleSelection  *selection;      /* the indicator a finding led to */
  GPtrArray           *findings;       /* KjDiagnostic: the year's, as listed */
  guint                n_other_years;  /* findings of other years, not listed */
  guint                update_source;  /* an update queued: plan and year change together */
  GPtrArray           *page_rows;      /* rows added to the preference groups */
  int                  year;
};

/* kj-plan-page-table.c: the indicator table */
void _kj_plan_page_init_table       (KjPlanPage  *self);
void _kj_plan_page_resort           (KjPlanPage  *self);
void _kj_plan_page_reveal_indicator (KjPlanPage  *self,
                                     KjIndicator *indicator);

G_END_DECLS
