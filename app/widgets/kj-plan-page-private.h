/* kj-plan-page-private.h: the overview page's parts, shared by its files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "widgets/kj-plan-page.h"
#include "widgets/kj-value-cell.h"

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
  GListStore          *rows;           /* the table's rows, in file order (kj-plan-page-table.c) */
  GtkSortListModel    *sorted_rows;    /* as the table's column headers sort them */
  GtkMapListModel     *indicators;     /* KjIndicator of the rows, in file order */
  GtkMapListModel     *sorted;         /* KjIndicator of the rows, as sorted */
  GHashTable          *bound_items;    /* GtkListItem → column: the cells bound */
  GtkSingleSelection  *selection;      /* the indicator a finding led to */
  GPtrArray           *findings;       /* KjDiagnostic: the year's, as listed */
  guint                n_other_years;  /* findings of other years, not listed */
  guint                update_source;  /* an update queued: plan and year change together */
  gboolean             stale;          /* an edit made while the page was not shown */
  gboolean             new_plan;       /* the next update is of a plan just chosen */
  GdkFrameClock       *sections_clock; /* the findings' and money's rows wait for its next paint */
  gboolean             sections_hidden;/* their groups hidden until then */
  GPtrArray           *page_rows;      /* rows added to the preference groups */
  char                *findings_key;   /* what the findings' rows show */
  char                *money_key;      /* what the budget's and spending's rows show */
  int                  year;

  /* editing (kj-plan-page-edit.c) */
  GHashTable          *value_cells;    /* KjValueCell: the value cells bound */
  char                *focus_indicator;/* the cell to focus once its row is made */
  KjPlanColumn         focus_column;
  KjCellFocusKeeper    focus_keeper;
  char                *range_anchor;   /* a range of cells: where it began (indicator id) */
  KjPlanColumn         range_anchor_column;
  char                *range_end;      /* and where it ends now */
  KjPlanColumn         range_end_column;
  gboolean             read_only;      /* the plan's file cannot be written */
};

/* kj-plan-page-table.c: the indicator table */
KjIndicator *_kj_plan_page_row_indicator  (gpointer     row);
void _kj_plan_page_set_indicators   (KjPlanPage  *self,
                                     GPtrArray   *indicators);
void _kj_plan_page_bind_item        (KjPlanPage  *self,
                                     GtkListItem *item,
                                     KjPlanColumn column);
void _kj_plan_page_init_table       (KjPlanPage  *self);
void _kj_plan_page_resort           (KjPlanPage  *self);
void _kj_plan_page_reveal_indicator (KjPlanPage  *self,
                                     KjIndicator *indicator);

/* kj-plan-page-edit.c: typing into the table */
GtkWidget *_kj_plan_page_new_value_cell    (KjPlanPage   *self,
                                            GtkListItem  *item,
                                            KjPlanColumn  column);
void       _kj_plan_page_bind_value_cell   (KjPlanPage   *self,
                                            GtkWidget    *cell,
                                            const char   *text);
void       _kj_plan_page_unbind_value_cell (KjPlanPage   *self,
                                            GtkWidget    *cell);
void       _kj_plan_page_update_read_only  (KjPlanPage   *self);
gboolean   _kj_plan_page_check_writable    (KjPlanPage   *self,
                                            GError      **error);
void       _kj_plan_page_show_message      (KjPlanPage   *self,
                                            const char   *heading,
                                            const char   *message);
void       _kj_plan_page_dispose_edit      (KjPlanPage   *self);
void       _kj_plan_page_show_paste_error  (KjPlanPage   *self,
                                            const char   *indicator_id,
                                            KjPlanColumn  column,
                                            const char   *message);

/* kj-plan-page-sections.c: cards, findings and money rows */
void       _kj_plan_page_clear_rows        (KjPlanPage          *self,
                                            AdwPreferencesGroup *only);
void       _kj_plan_page_update_summary    (KjPlanPage   *self);
void       _kj_plan_page_update_findings   (KjPlanPage   *self);
void       _kj_plan_page_update_money      (KjPlanPage   *self);
char      *_kj_plan_page_findings_key      (KjPlanPage   *self);
char      *_kj_plan_page_money_key         (KjPlanPage   *self);

/* kj-plan-page-rows.c: indicators and years added and removed */
void       _kj_plan_page_class_init_rows   (GtkWidgetClass *widget_class);

/* kj-plan-page-clip.c: pasting, copying, CSV */
void       _kj_plan_page_add_value         (KjEdit         *edit,
                                            GHashTable     *made,
                                            KjPlan         *plan,
                                            KjIndicator    *ind,
                                            int             year,
                                            const char     *field,
                                            double          value,
                                            guint           decimals);
void       _kj_plan_page_class_init_clip   (GtkWidgetClass *widget_class);
void       _kj_plan_page_paste_clipboard   (KjPlanPage     *self,
                                            const char     *indicator_id,
                                            KjPlanColumn    column);

G_END_DECLS
