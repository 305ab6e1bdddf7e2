/* kj-plan-page.h: a satker's overview: summary, indicators, checks, budget
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/kj-plan.h"
#include "model/kj-workspace.h"

G_BEGIN_DECLS

/* the indicator table's columns */
typedef enum
{
  KJ_PLAN_COLUMN_NAME,
  KJ_PLAN_COLUMN_TARGET,
  KJ_PLAN_COLUMN_REALIZATION,
  KJ_PLAN_COLUMN_ACHIEVEMENT,
  KJ_PLAN_COLUMN_CATEGORY,
} KjPlanColumn;

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

/* kj-plan-page-edit.c: typing into the table */
gboolean    kj_plan_page_set_value       (KjPlanPage   *self,
                                          const char   *indicator_id,
                                          const char   *field,
                                          const char   *text,
                                          GError      **error);
void        kj_plan_page_focus_cell      (KjPlanPage   *self,
                                          const char   *indicator_id,
                                          KjPlanColumn  column);
GtkWidget  *kj_plan_page_get_cell        (KjPlanPage   *self,
                                          const char   *indicator_id,
                                          KjPlanColumn  column);
const char *kj_plan_page_get_cell_error  (KjPlanPage   *self);
gboolean    kj_plan_page_paste_text      (KjPlanPage   *self,
                                          const char   *text,
                                          const char   *indicator_id,
                                          KjPlanColumn  column,
                                          GError      **error);
char       *kj_plan_page_get_range_text  (KjPlanPage   *self);
char       *kj_plan_page_get_table_text  (KjPlanPage   *self,
                                          char          separator,
                                          gboolean      raw);
char       *kj_plan_page_get_focused_path (KjPlanPage  *self,
                                           char       **what);
gboolean    kj_plan_page_add_indicator   (KjPlanPage   *self,
                                          const char   *id,
                                          const char   *name,
                                          const char   *unit,
                                          GError      **error);
gboolean    kj_plan_page_remove_indicator (KjPlanPage  *self,
                                          const char   *id,
                                          GError      **error);
gboolean    kj_plan_page_remove_year     (KjPlanPage   *self,
                                          const char   *id,
                                          GError      **error);
GtkWidget  *kj_plan_page_edit_analysis   (KjPlanPage   *self,
                                          const char   *indicator_id);
void        kj_plan_page_reveal_edit     (KjPlanPage   *self,
                                          KjEdit       *edit,
                                          int          *year);

G_END_DECLS
