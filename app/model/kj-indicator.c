/* kj-indicator.c: one performance indicator (IKK) of a plan
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kj-plan-private.h"

G_DEFINE_FINAL_TYPE (KjIndicator, kj_indicator, G_TYPE_OBJECT)

static void
kj_indicator_finalize (GObject *object)
{
  KjIndicator *self = KJ_INDICATOR (object);

  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->breakdown, g_ptr_array_unref);

  G_OBJECT_CLASS (kj_indicator_parent_class)->finalize (object);
}

static void
kj_indicator_class_init (KjIndicatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kj_indicator_finalize;
}

static void
kj_indicator_init (KjIndicator *self)
{
  self->decimals = -1;
  self->achievement_cap = NAN;
  self->years = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_year_value_free);
  self->breakdown = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_year_items_free);
}

KjIndicator *
kj_indicator_new (KjPlan *plan,
                  guint   index)
{
  KjIndicator *self = g_object_new (KJ_TYPE_INDICATOR, NULL);

  self->plan = plan;
  self->index = index;
  return self;
}

#define GETTER(field) \
  const char *kj_indicator_get_##field (KjIndicator *self) \
  { \
    g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL); \
    return self->field; \
  }

GETTER (id)
GETTER (name)
GETTER (unit)
GETTER (program)
GETTER (kegiatan)
GETTER (sasaran)

const char *
kj_indicator_get_value_scale_id (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);
  return self->value_scale_id;
}

/**
 * kj_indicator_get_plan:
 * Returns: (transfer none): the plan the indicator belongs to
 */
KjPlan *
kj_indicator_get_plan (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);
  return self->plan;
}

guint
kj_indicator_get_index (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), 0);
  return self->index;
}

KjDirection
kj_indicator_get_direction (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), KJ_DIRECTION_HIGHER_IS_BETTER);
  return self->direction;
}

KjLowerFormula
kj_indicator_get_lower_formula (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), KJ_LOWER_FORMULA_INVERSE);
  return self->lower_formula;
}

int
kj_indicator_get_decimals (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), -1);
  return self->decimals;
}

double
kj_indicator_get_achievement_cap (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), NAN);
  return self->achievement_cap;
}

/**
 * kj_indicator_get_value_scale:
 * Returns: (transfer none) (nullable): the scale that classifies the
 * indicator's own value, or %NULL when it has none or the id is unknown
 */
KjScale *
kj_indicator_get_value_scale (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);

  if (self->value_scale_id == NULL)
    return NULL;
  return kj_plan_get_scale (self->plan, self->value_scale_id);
}

/**
 * kj_indicator_get_years:
 * Returns: (transfer none) (element-type KjYearValue): the year entries, oldest first
 */
GPtrArray *
kj_indicator_get_years (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);
  return self->years;
}

const KjYearValue *
kj_indicator_get_year (KjIndicator *self,
                       int          year)
{
  guint lo = 0, hi;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);

  /* years are sorted: a file may hold thousands of them */
  hi = self->years->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const KjYearValue *v = g_ptr_array_index (self->years, mid);

      if (v->year == year)
        return v;
      if (v->year < year)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

/**
 * kj_indicator_get_achievement:
 * The uncapped achievement of @year in percent, as shown.
 *
 * Returns: %FALSE when it is undefined (shown as "–")
 */
gboolean
kj_indicator_get_achievement (KjIndicator *self,
                              int          year,
                              double      *achievement)
{
  const KjYearValue *v;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), FALSE);

  *achievement = NAN;
  v = kj_indicator_get_year (self, year);
  if (v == NULL)
    return FALSE;
  return kj_achievement_compute (self->direction, self->lower_formula,
                                 v->target, v->realization, achievement);
}

/**
 * kj_indicator_get_category:
 * The band of the indicator's own value when it has a value scale, else the
 * band of its (capped) achievement on the `capaian` scale.
 *
 * Returns: (transfer none) (nullable): the band label, %NULL when undefined
 */
const char *
kj_indicator_get_category (KjIndicator   *self,
                           int            year,
                           const KjBand **band)
{
  const KjYearValue *v;
  KjScale *scale;
  double value;
  int i;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);

  if (band)
    *band = NULL;
  v = kj_indicator_get_year (self, year);
  if (v == NULL)
    return NULL;
  if (self->value_scale_id != NULL)
    {
      scale = kj_indicator_get_value_scale (self);
      value = v->realization;
    }
  else
    {
      scale = kj_plan_get_scale (self->plan, "capaian");
      kj_indicator_get_achievement (self, year, &value);
      value = kj_achievement_cap (value, self->achievement_cap);
    }
  if (scale == NULL || (i = kj_scale_classify (scale, value)) < 0)
    return NULL;
  if (band)
    *band = kj_scale_get_band (scale, i);
  return kj_scale_get_band (scale, i)->label;
}

/**
 * kj_indicator_get_breakdown_years:
 * Returns: (transfer none) (element-type KjYearItems): breakdowns, oldest first
 */
GPtrArray *
kj_indicator_get_breakdown_years (KjIndicator *self)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);
  return self->breakdown;
}

/**
 * kj_indicator_get_breakdown:
 * Returns: (transfer none) (nullable) (element-type KjBreakdownRow): the rows of @year
 */
GPtrArray *
kj_indicator_get_breakdown (KjIndicator *self,
                            int          year)
{
  KjYearItems *items;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);

  items = kj_year_items_find (self->breakdown, year);
  return items ? items->items : NULL;
}

/**
 * kj_indicator_classify_row:
 * Returns: (transfer none) (nullable): the band of a breakdown row's value on
 * the indicator's value scale
 */
const char *
kj_indicator_classify_row (KjIndicator          *self,
                           const KjBreakdownRow *row,
                           const KjBand        **band)
{
  KjScale *scale;
  int i;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);

  if (band)
    *band = NULL;
  scale = kj_indicator_get_value_scale (self);
  if (scale == NULL || (i = kj_scale_classify (scale, row->value)) < 0)
    return NULL;
  if (band)
    *band = kj_scale_get_band (scale, i);
  return kj_scale_get_band (scale, i)->label;
}
