/* kj-checks.h: arithmetic and consistency checks of a plan
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-diagnostic.h"
#include "kj-plan.h"

G_BEGIN_DECLS

GPtrArray *kj_plan_check            (KjPlan     *plan);
gboolean   kj_printed_value_differs (double      printed,
                                     double      computed);

G_END_DECLS
