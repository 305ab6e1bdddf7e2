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
  GtkRevealer          *file_revealer;  /* changed on disk, or read-only */
  GtkLabel             *file_label;
  GtkButton            *file_reload_button;
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

  /* saving (kj-window-save.c) */
  GHashTable           *monitors;       /* KjPlan → GFileMonitor of its file */
  GHashTable           *on_disk;        /* KjPlan whose file changed on disk */
  GHashTable           *read_only;      /* KjPlan whose file cannot be saved over */
  GHashTable           *unjournalled;   /* KjPlan edited since its journal was written */
  guint                 journal_timeout;
  gboolean              close_confirmed;
  GtkWindow            *unsaved_dialog; /* weak: the Save / Discard / Cancel question */
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

/* kj-window-save.c: dirty state, save, save as, the question on closing */
void kj_window_save_class_init      (GtkWidgetClass *widget_class);
void kj_window_save_init            (KjWindow       *self);
void kj_window_save_dispose         (KjWindow       *self);
void kj_window_update_dirty         (KjWindow       *self);
void kj_window_save                 (KjWindow       *self,
                                     gboolean        save_as);
typedef void (*KjWindowThen) (KjWindow *self, gpointer data);
GPtrArray *kj_window_get_modified_plans (KjWindow   *self);
void kj_window_ask_unsaved          (KjWindow       *self,
                                     GPtrArray      *plans,
                                     const char     *heading,
                                     KjWindowThen    then,
                                     gpointer        data,
                                     GDestroyNotify  destroy);

/* kj-window-disk.c: changed on disk, read-only, reload, recovery journals */
void kj_window_disk_init            (KjWindow       *self);
void kj_window_disk_dispose         (KjWindow       *self);
void kj_window_update_file_note     (KjWindow       *self);
void kj_window_rewatch              (KjWindow       *self,
                                     KjPlan         *plan);
void kj_window_journal_soon         (KjWindow       *self,
                                     KjPlan         *plan);
void kj_window_forget_journal       (KjWindow       *self,
                                     KjPlan         *plan);
void kj_window_ask_reload           (KjWindow       *self,
                                     KjPlan         *plan);
void kj_window_reload               (KjWindow       *self);
void kj_window_show_error           (KjWindow       *self,
                                     const char     *heading,
                                     const char     *message);

/* kj-window-sidebar.c */
void kj_window_update_rows          (KjWindow       *self);

/* kj-window.c */
void kj_window_update_loading     (KjWindow       *self);
void kj_window_update_content     (KjWindow       *self);

G_END_DECLS
