/* kj-chart-kinds-private.h: what the chart kinds' files share
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chart/kj-chart-private.h"
#include "model/kj-plan-summary.h"

G_BEGIN_DECLS

/* kj-chart-kinds.c */
G_GNUC_INTERNAL
KjValueFormat _kj_format_of (KjIndicator *ind);
G_GNUC_INTERNAL
const KjRgba *_kj_band_color (const KjBand *band,
                              KjRgba       *out,
                              const KjRgba *fallback);
G_GNUC_INTERNAL
gboolean _kj_no_data (GError    **error,
                      const char *what,
                      int         year);

G_GNUC_INTERNAL
KjChartHint *_kj_hint (KjChart *chart);
G_GNUC_INTERNAL
void _kj_hint_add_year (KjChart *chart,
                        int      year);
G_GNUC_INTERNAL
void _kj_hint_set_satker (KjChart *chart,
                          KjPlan  *plan);
G_GNUC_INTERNAL
gboolean _kj_no_data_in_year (KjChart    *chart,
                              GError    **error,
                              const char *what,
                              int         year);

/* kj-chart-names.c */
G_GNUC_INTERNAL
char *_kj_short_name (const char *name,
                      const char *id);
G_GNUC_INTERNAL
gboolean _kj_same_word (const char *a,
                        const char *b);
G_GNUC_INTERNAL
char *_kj_neutral_name (KjWorkspace *workspace,
                        const char  *id,
                        gboolean     any,
                        guint       *n_variants);
G_GNUC_INTERNAL
char *_kj_neutral_short_name (KjWorkspace *workspace,
                              const char  *id,
                              const char  *neutral);
G_GNUC_INTERNAL
char *_kj_distinct_short_name (Panel     *panel,
                               GPtrArray *col_ids,
                               guint      c);

/* kj-chart-kinds-satker.c: the kinds of one satker's plan */
G_GNUC_INTERNAL
gboolean kj_chart_build_trend (KjChart              *chart,
                               const KjChartRequest *req,
                               GError              **error);
G_GNUC_INTERNAL
gboolean kj_chart_build_achievement (KjChart              *chart,
                                     const KjChartRequest *req,
                                     GError              **error);
G_GNUC_INTERNAL
gboolean kj_chart_build_budget (KjChart              *chart,
                                const KjChartRequest *req,
                                GError              **error);
G_GNUC_INTERNAL
gboolean kj_chart_build_context (KjChart              *chart,
                                 const KjChartRequest *req,
                                 GError              **error);

/* kj-chart-kinds-workspace.c: the kinds across the workspace */
G_GNUC_INTERNAL
gboolean kj_chart_build_areas (KjChart              *chart,
                               const KjChartRequest *req,
                               GError              **error);
G_GNUC_INTERNAL
gboolean kj_chart_build_areas_trend (KjChart              *chart,
                                     const KjChartRequest *req,
                                     GError              **error);
G_GNUC_INTERNAL
gboolean kj_chart_build_compare (KjChart              *chart,
                                 const KjChartRequest *req,
                                 GError              **error);
G_GNUC_INTERNAL
gboolean kj_chart_build_heatmap (KjChart              *chart,
                                 const KjChartRequest *req,
                                 GError              **error);

G_END_DECLS
