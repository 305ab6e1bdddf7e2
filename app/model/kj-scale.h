/* kj-scale.h: category scales (bands) and achievement
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char     *label;
  double    min;            /* inclusive; NAN = unbounded */
  double    max;            /* exclusive unless max_inclusive; NAN = unbounded */
  gboolean  max_inclusive;
  char     *color;          /* "#rrggbb" */
} KjBand;

typedef struct _KjScale KjScale;

#define KJ_TYPE_SCALE (kj_scale_get_type ())
GType         kj_scale_get_type     (void) G_GNUC_CONST;

KjScale      *kj_scale_new          (const char *id,
                                     const char *name);
KjScale      *kj_scale_ref          (KjScale    *scale);
void          kj_scale_unref        (KjScale    *scale);
void          kj_scale_add_band     (KjScale    *scale,
                                     const char *label,
                                     double      min,
                                     double      max,
                                     gboolean    max_inclusive,
                                     const char *color);
const char   *kj_scale_get_id       (KjScale    *scale);
const char   *kj_scale_get_name     (KjScale    *scale);
guint         kj_scale_get_n_bands  (KjScale    *scale);
const KjBand *kj_scale_get_band     (KjScale    *scale,
                                     guint       index);
int           kj_scale_classify     (KjScale    *scale,
                                     double      value);
gboolean      kj_scale_get_range    (KjScale    *scale,
                                     double     *lowest,
                                     double     *highest);
gboolean      kj_scale_contains     (KjScale    *scale,
                                     double      value);
gboolean      kj_scale_in_gap       (KjScale    *scale,
                                     double      value);
KjScale      *kj_scale_get_builtin  (const char *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjScale, kj_scale_unref)

typedef enum
{
  KJ_DIRECTION_HIGHER_IS_BETTER,
  KJ_DIRECTION_LOWER_IS_BETTER,
} KjDirection;

typedef enum
{
  KJ_LOWER_FORMULA_INVERSE,
  KJ_LOWER_FORMULA_REFLECT,
} KjLowerFormula;

gboolean kj_achievement_compute (KjDirection    direction,
                                 KjLowerFormula formula,
                                 double         target,
                                 double         realization,
                                 double        *achievement);
double   kj_achievement_cap     (double         achievement,
                                 double         cap);

G_END_DECLS
