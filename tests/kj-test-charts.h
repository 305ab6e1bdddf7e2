/* kj-test-charts.h: what chart tests and benchmarks draw, and how they look
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "chart/kj-chart.h"
#include "model/kj-workspace.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

/* workspaces */
KjWorkspace       *kj_test_load_folder        (const char  *dir,
                                               guint        expected);
char              *kj_test_generate_national  (const char  *gen_bin);
void               kj_test_remove_dir         (char       **dir);
char              *kj_test_national_breakdown (KjWorkspace *national,
                                               const char  *indicator,
                                               int          year,
                                               guint        max_rows,
                                               guint       *n_rows);

/* the same, loaded once per test program (kj_test_cleanup() at the end) */
KjWorkspace       *kj_test_samples            (void);
KjPlan            *kj_test_sample             (const char  *name);
KjWorkspace       *kj_test_national           (void);
KjPlan            *kj_test_national_areas     (void);
void               kj_test_cleanup            (void);

/* charts */
KjChart           *kj_test_chart              (const char  *kind,
                                               KjWorkspace *workspace,
                                               KjPlan      *plan,
                                               const char  *indicator,
                                               int          year);
cairo_surface_t   *kj_test_draw               (KjChart            *chart,
                                               KjChartLayout     **layout,
                                               int                 width,
                                               int                 height,
                                               const KjChartTheme *theme);
const KjChartItem *kj_test_item               (KjChartLayout *layout,
                                               const char  *label,
                                               const char  *satker);

G_END_DECLS
