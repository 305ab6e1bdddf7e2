/* kj-window-private.h: the window's fields, shared by its source files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "io/kj-load.h"
#include "model/kj-diagnostic.h"
#include "widgets/kj-charts-page.h"
#include "widgets/kj-tables-page.h"
#include "widgets/kj-plan-page.h"
#include "widgets/kj-window.h"

G_BEGIN_DECLS

struct _KjWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  GtkButton            *open_button;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListView          *satker_list;
  AdwViewSwitcherTitle *content_title;
  GtkDropDown          *year_dropdown;
  GtkRevealer          *refused_revealer;
  GtkLabel             *refused_label;
  GtkStack             *content_stack;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *loading_bar;
  AdwViewStack         *view_stack;
  AdwViewSwitcherBar   *switcher_bar;
  KjPlanPage           *plan_page;
  KjChartsPage         *charts_page;
  KjTablesPage         *tables_page;
  GMenu                *recent_submenu;

  /* owned */
  KjWorkspace          *workspace;
  GtkFilterListModel   *rows;           /* the workspace, sorted and searched */
  GtkCustomFilter      *filter;
  GtkSliceListModel    *slice;          /* the rows the list holds so far */
  KjPlan               *plan;           /* the selected one */
  GtkStringList        *years;          /* the year dropdown's items */
  GSettings            *settings;
  GCancellable         *cancellable;
  GPtrArray            *refused;        /* KjDiagnostic: refused, not yet dismissed */
  GFile                *export_folder;  /* where the last export went */
  guint                 export_format;  /* chosen last in "Export Chart…" */
  int                   year;
  GHashTable           *bound_rows;     /* GtkListItem: the sidebar's rows on screen */
  guint                 rows_idle;      /* refreshing them after a change */
  guint                 n_loading;      /* loads under way */
  guint                 load_done;      /* files read of the latest load */
  guint                 load_total;
  gboolean              showing_samples;
};

/* kj-window-actions.c: every win.* action */
void kj_window_class_init_actions (GtkWidgetClass *widget_class);
void kj_window_actions_init       (KjWindow       *self);

/* kj-window-open.c: opening, drag and drop, recent files */
void kj_window_open_init          (KjWindow       *self);
void kj_window_choose_files       (KjWindow       *self,
                                   gboolean        folder);
void kj_window_update_recent      (KjWindow       *self);
void kj_window_toast              (KjWindow       *self,
                                   const char     *markup);
void kj_window_show_refused       (KjWindow       *self);
void kj_window_dismiss_refused    (KjWindow       *self);

/* kj-window-sidebar.c: the list of work units */
void kj_window_sidebar_class_init   (GtkWidgetClass *widget_class);
void kj_window_sidebar_init         (KjWindow       *self);
void kj_window_select_row_of_plan   (KjWindow       *self);
void kj_window_update_sidebar_title (KjWindow       *self);

/* kj-window.c */
void kj_window_update_loading     (KjWindow       *self);
void kj_window_update_content     (KjWindow       *self);

G_END_DECLS
