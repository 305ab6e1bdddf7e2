/* kj-window-private.h: the window's fields, shared by its source files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "io/kj-load.h"
#include "model/kj-diagnostic.h"
#include "widgets/kj-chart-view.h"
#include "widgets/kj-window.h"

G_BEGIN_DECLS

struct _KjWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListBox           *satker_list;
  AdwViewSwitcherTitle *content_title;
  GtkDropDown          *year_dropdown;
  GtkStack             *content_stack;
  AdwViewStack         *view_stack;
  AdwViewSwitcherBar   *switcher_bar;
  GtkScrolledWindow    *plan_scroller;
  GtkLabel             *plan_name;
  GtkLabel             *plan_details;
  GtkBox               *summary_box;
  GtkLabel             *indicators_heading;
  GtkColumnView        *indicator_view;
  GtkLabel             *indicators_empty;
  AdwPreferencesGroup  *findings_group;
  AdwPreferencesGroup  *budget_group;
  AdwPreferencesGroup  *spending_group;
  GMenu                *recent_submenu;
  GtkDropDown          *kind_dropdown;
  GtkDropDown          *indicator_dropdown;
  GtkStack             *chart_stack;
  KjChartView          *chart_view;
  AdwStatusPage        *chart_status;

  /* owned */
  KjWorkspace          *workspace;
  KjPlan               *plan;           /* the selected one */
  GListStore           *indicators;     /* KjIndicator of the selected plan */
  GtkStringList        *years;          /* the year dropdown's items */
  GPtrArray            *page_rows;      /* rows added to the preference groups */
  GSettings            *settings;
  GCancellable         *cancellable;
  KjPlan               *chart_plan;     /* the plan a workspace chart is drawn for */
  GPtrArray            *chart_choices;  /* ids of the indicator dropdown's items */
  char                 *chart_indicator; /* the indicator the user picked */
  char                 *chart_table;     /* the context table the user picked */
  GFile                *export_folder;   /* where the last export went */
  guint                 export_format;   /* chosen last in "Export Chart…" */
  int                   year;
  gboolean              showing_samples;
  gboolean              chart_clicked;   /* selecting what a chart item names */
};

/* kj-window-page.c */
void kj_window_page_init     (KjWindow *self);
void kj_window_page_update   (KjWindow *self);

/* kj-window-open.c */
void kj_window_open_init     (KjWindow *self);
void kj_window_class_init_open (GtkWidgetClass *widget_class);
void kj_window_add_result    (KjWindow     *self,
                              KjLoadResult *result,
                              gboolean      samples);
void kj_window_update_recent (KjWindow *self);

/* kj-window-charts.c */
void               kj_window_class_init_charts (GtkWidgetClass *widget_class);
void               kj_window_charts_init       (KjWindow       *self);
void               kj_window_charts_update     (KjWindow       *self);
const KjChartKind *kj_window_get_chart_kind    (KjWindow       *self);
gboolean           kj_window_set_chart_kind    (KjWindow       *self,
                                                const char     *kind);
const char        *kj_window_get_chart_indicator (KjWindow     *self);
gboolean           kj_window_set_chart_indicator (KjWindow     *self,
                                                  const char   *id);
KjChart           *kj_window_new_chart         (KjWindow       *self,
                                                GError        **error);

/* kj-window-export.c */
void        kj_window_class_init_export (GtkWidgetClass *widget_class);
char       *kj_window_chart_file_name   (KjWindow    *self,
                                         KjChart     *chart,
                                         const char  *extension);
gboolean    kj_window_export_chart      (KjWindow    *self,
                                         const char  *path,
                                         double       width,
                                         double       height,
                                         double       scale,
                                         GError     **error);
GdkTexture *kj_window_chart_texture     (KjWindow    *self,
                                         GError     **error);

G_END_DECLS
