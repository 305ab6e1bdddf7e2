/* kj-charts-page.h: the charts of a satker or of the workspace
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chart/kj-chart.h"
#include "model/kj-workspace.h"

G_BEGIN_DECLS

#define KJ_TYPE_CHARTS_PAGE (kj_charts_page_get_type ())
G_DECLARE_FINAL_TYPE (KjChartsPage, kj_charts_page, KJ, CHARTS_PAGE, AdwBin)

KjWorkspace       *kj_charts_page_get_workspace  (KjChartsPage *self);
void               kj_charts_page_set_workspace  (KjChartsPage *self,
                                                  KjWorkspace  *workspace);
KjPlan            *kj_charts_page_get_plan       (KjChartsPage *self);
void               kj_charts_page_set_plan       (KjChartsPage *self,
                                                  KjPlan       *plan);
int                kj_charts_page_get_year       (KjChartsPage *self);
void               kj_charts_page_set_year       (KjChartsPage *self,
                                                  int           year);
const char        *kj_charts_page_get_kind       (KjChartsPage *self);
gboolean           kj_charts_page_set_kind       (KjChartsPage *self,
                                                  const char   *kind);
const char        *kj_charts_page_get_indicator  (KjChartsPage *self);
gboolean           kj_charts_page_set_indicator  (KjChartsPage *self,
                                                  const char   *id);
guint              kj_charts_page_get_n_choices  (KjChartsPage *self);
KjChart           *kj_charts_page_get_chart      (KjChartsPage *self);
GtkWidget         *kj_charts_page_get_view       (KjChartsPage *self);
const char        *kj_charts_page_get_message    (KjChartsPage *self);
KjChart           *kj_charts_page_new_chart      (KjChartsPage *self,
                                                  GError      **error);
char              *kj_charts_page_file_name      (KjChartsPage *self,
                                                  KjChart      *chart,
                                                  const char   *extension);
gboolean           kj_charts_page_export         (KjChartsPage *self,
                                                  const char   *path,
                                                  double        width,
                                                  double        height,
                                                  double        scale,
                                                  GError      **error);
GdkTexture        *kj_charts_page_texture        (KjChartsPage *self,
                                                  GError      **error);

G_END_DECLS
