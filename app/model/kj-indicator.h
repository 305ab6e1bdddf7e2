/* kj-indicator.h: one performance indicator (IKK) of a plan
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kj-scale.h"
#include "kj-types.h"

G_BEGIN_DECLS

#define KJ_TYPE_INDICATOR (kj_indicator_get_type ())
G_DECLARE_FINAL_TYPE (KjIndicator, kj_indicator, KJ, INDICATOR, GObject)

typedef struct _KjPlan KjPlan;

/* more digits than this is noise in a table of indices and percentages */
#define KJ_INDICATOR_MAX_DECIMALS 3

const char        *kj_indicator_get_id              (KjIndicator *self);
const char        *kj_indicator_get_name            (KjIndicator *self);
const char        *kj_indicator_get_unit            (KjIndicator *self);
const char        *kj_indicator_get_program         (KjIndicator *self);
const char        *kj_indicator_get_kegiatan        (KjIndicator *self);
const char        *kj_indicator_get_sasaran         (KjIndicator *self);
guint              kj_indicator_get_index           (KjIndicator *self);
KjPlan            *kj_indicator_get_plan            (KjIndicator *self);
KjDirection        kj_indicator_get_direction       (KjIndicator *self);
KjLowerFormula     kj_indicator_get_lower_formula   (KjIndicator *self);
const char        *kj_indicator_get_value_scale_id  (KjIndicator *self);
KjScale           *kj_indicator_get_value_scale     (KjIndicator *self);
int                kj_indicator_get_decimals        (KjIndicator *self);
int                kj_indicator_get_display_decimals (KjIndicator *self);
char              *kj_indicator_format_value        (KjIndicator *self,
                                                     double       value);
double             kj_indicator_get_achievement_cap (KjIndicator *self);
GPtrArray         *kj_indicator_get_years           (KjIndicator *self);
const KjYearValue *kj_indicator_get_year            (KjIndicator *self,
                                                     int          year);
gboolean           kj_indicator_get_achievement     (KjIndicator *self,
                                                     int          year,
                                                     double      *achievement);
const char        *kj_indicator_get_category        (KjIndicator *self,
                                                     int          year,
                                                     const KjBand **band);
const char        *kj_indicator_get_achievement_category (KjIndicator   *self,
                                                          int            year,
                                                          const KjBand **band);
char              *kj_indicator_describe_category   (KjIndicator *self,
                                                     int          year,
                                                     gboolean     markup);
GPtrArray         *kj_indicator_get_breakdown_years (KjIndicator *self);
GPtrArray         *kj_indicator_get_breakdown       (KjIndicator *self,
                                                     int          year);
const char        *kj_indicator_classify_row        (KjIndicator *self,
                                                     const KjBreakdownRow *row,
                                                     const KjBand **band);
gboolean           kj_indicator_category_in_gap     (KjIndicator *self,
                                                     int          year);
gboolean           kj_indicator_row_in_gap          (KjIndicator *self,
                                                     const KjBreakdownRow *row);
char              *kj_indicator_describe_row_category (KjIndicator          *self,
                                                       const KjBreakdownRow *row,
                                                       gboolean              markup);

G_END_DECLS
