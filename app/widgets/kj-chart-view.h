/* kj-chart-view.h: a widget that shows one chart of the engine
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "chart/kj-chart.h"

G_BEGIN_DECLS

#define KJ_TYPE_CHART_VIEW (kj_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (KjChartView, kj_chart_view, KJ, CHART_VIEW, GtkWidget)

GtkWidget  *kj_chart_view_new             (void);
KjChartLayout *kj_chart_view_get_layout (KjChartView *self);
double      kj_chart_view_get_header_top  (KjChartView *self);
KjChart    *kj_chart_view_get_chart       (KjChartView *self);
void        kj_chart_view_set_chart       (KjChartView *self,
                                           KjChart     *chart);
int         kj_chart_view_hit_test        (KjChartView *self,
                                           double       x,
                                           double       y);
const char *kj_chart_view_get_tooltip_at  (KjChartView *self,
                                           double       x,
                                           double       y);
int         kj_chart_view_get_focus_item  (KjChartView *self);
void        kj_chart_view_set_focus_item  (KjChartView *self,
                                           int          index);
void        kj_chart_view_activate_item   (KjChartView *self,
                                           guint        index);

G_END_DECLS
