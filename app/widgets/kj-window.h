/* kj-window.h: the main window
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "io/kj-load.h"
#include "model/kj-plan.h"
#include "model/kj-workspace.h"
#include "widgets/kj-application.h"

G_BEGIN_DECLS

#define KJ_TYPE_WINDOW (kj_window_get_type ())
G_DECLARE_FINAL_TYPE (KjWindow, kj_window, KJ, WINDOW, AdwApplicationWindow)

KjWindow    *kj_window_new               (KjApplication *application);
KjWorkspace *kj_window_get_workspace     (KjWindow      *self);
void         kj_window_load_samples      (KjWindow      *self);
void         kj_window_add_result        (KjWindow      *self,
                                          KjLoadResult  *result,
                                          gboolean       samples);
void         kj_window_open_files        (KjWindow      *self,
                                          GFile        **files,
                                          int            n_files);
gboolean     kj_window_select_satker     (KjWindow      *self,
                                          const char    *name_or_code);
KjPlan      *kj_window_get_plan          (KjWindow      *self);
void         kj_window_set_plan          (KjWindow      *self,
                                          KjPlan        *plan);
int          kj_window_get_year          (KjWindow      *self);
void         kj_window_set_year          (KjWindow      *self,
                                          int            year);
GtkWidget   *kj_window_get_plan_page     (KjWindow      *self);
GtkWidget   *kj_window_get_charts_page   (KjWindow      *self);
GtkWidget   *kj_window_get_tables_page   (KjWindow      *self);
char        *kj_window_get_loading_text  (KjWindow      *self);
gboolean     kj_window_is_loading        (KjWindow      *self);
const char  *kj_window_get_accel         (const char    *action);
void         kj_window_set_accels        (GtkApplication *application);

gboolean     kj_window_plan_is_read_only (KjWindow      *self,
                                          KjPlan        *plan);
gboolean     kj_window_plan_changed_on_disk (KjWindow   *self,
                                          KjPlan        *plan);
const char  *kj_window_get_file_note     (KjWindow      *self);
GtkWidget   *kj_window_offer_recovery    (KjWindow      *self);

G_END_DECLS
