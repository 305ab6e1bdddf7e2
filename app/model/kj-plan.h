/* kj-plan.h: one satker's plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kj-indicator.h"
#include "kj-scale.h"
#include "kj-types.h"

G_BEGIN_DECLS

#define KJ_TYPE_PLAN (kj_plan_get_type ())
G_DECLARE_FINAL_TYPE (KjPlan, kj_plan, KJ, PLAN, GObject)

GFile          *kj_plan_get_file          (KjPlan     *self);
const char     *kj_plan_get_display_name  (KjPlan     *self);
GBytes         *kj_plan_get_source        (KjPlan     *self);
const KjSatker *kj_plan_get_satker        (KjPlan     *self);
const char     *kj_plan_get_title         (KjPlan     *self);
int             kj_plan_get_first_year    (KjPlan     *self);
int             kj_plan_get_last_year     (KjPlan     *self);
const char     *kj_plan_get_period_name   (KjPlan     *self);
KjScale        *kj_plan_get_scale         (KjPlan     *self,
                                           const char *id);
GPtrArray      *kj_plan_get_scales        (KjPlan     *self);
GPtrArray      *kj_plan_get_indicators    (KjPlan     *self);
KjIndicator    *kj_plan_find_indicator    (KjPlan     *self,
                                           const char *id);
GPtrArray      *kj_plan_get_budget        (KjPlan     *self);
GPtrArray      *kj_plan_get_spending      (KjPlan     *self);
GPtrArray      *kj_plan_get_outputs       (KjPlan     *self);
GPtrArray      *kj_plan_get_workplan      (KjPlan     *self);
GPtrArray      *kj_plan_get_signatures    (KjPlan     *self);
GPtrArray      *kj_plan_get_context       (KjPlan     *self);
void            kj_plan_get_money_totals  (KjPlan     *self,
                                           int         year,
                                           gboolean    spending,
                                           double     *allocation,
                                           double     *realization);
gboolean        kj_plan_has_year_data     (KjPlan     *self,
                                           int         year);
gboolean        kj_plan_matches           (KjPlan     *self,
                                           const char *name_or_code);

G_END_DECLS
