/* kj-window-private.h: the window's fields, shared by its source files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "io/kj-load.h"
#include "model/kj-diagnostic.h"
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
  AdwWindowTitle       *content_title;
  GtkDropDown          *year_dropdown;
  GtkStack             *content_stack;
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

  /* owned */
  KjWorkspace          *workspace;
  KjPlan               *plan;           /* the selected one */
  GListStore           *indicators;     /* KjIndicator of the selected plan */
  GtkStringList        *years;          /* the year dropdown's items */
  GPtrArray            *page_rows;      /* rows added to the preference groups */
  GSettings            *settings;
  GCancellable         *cancellable;
  int                   year;
  gboolean              showing_samples;
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

G_END_DECLS
