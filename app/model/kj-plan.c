/* kj-plan.c: one satker's plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan keeps the whole JSON document it was read from: the saver writes that
 * tree back, so members this program does not know survive in their order.
 */
#include "config.h"

#include "kj-plan-private.h"

G_DEFINE_FINAL_TYPE (KjPlan, kj_plan, G_TYPE_OBJECT)

static void
kj_plan_finalize (GObject *object)
{
  KjPlan *self = KJ_PLAN (object);

  g_clear_object (&self->file);
  g_free (self->display_name);
  g_clear_pointer (&self->source, g_bytes_unref);
  g_clear_pointer (&self->root, json_node_unref);
  kj_satker_clear (&self->satker);
  g_free (self->period_name);
  g_clear_pointer (&self->scales, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->budget, g_ptr_array_unref);
  g_clear_pointer (&self->spending, g_ptr_array_unref);
  g_clear_pointer (&self->outputs, g_ptr_array_unref);
  g_clear_pointer (&self->workplan, g_ptr_array_unref);
  g_clear_pointer (&self->signatures, g_ptr_array_unref);
  g_clear_pointer (&self->context, g_ptr_array_unref);

  G_OBJECT_CLASS (kj_plan_parent_class)->finalize (object);
}

static void
kj_plan_class_init (KjPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kj_plan_finalize;
}

static void
kj_plan_init (KjPlan *self)
{
  GDestroyNotify items = (GDestroyNotify) kj_year_items_free;

  self->scales = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_scale_unref);
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self->budget = g_ptr_array_new_with_free_func (items);
  self->spending = g_ptr_array_new_with_free_func (items);
  self->outputs = g_ptr_array_new_with_free_func (items);
  self->workplan = g_ptr_array_new_with_free_func (items);
  self->signatures = g_ptr_array_new_with_free_func (items);
  self->context = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_context_table_free);
}

/**
 * kj_plan_get_file:
 * Returns: (transfer none) (nullable): where the plan was read from; %NULL for
 * the bundled samples
 */
GFile *
kj_plan_get_file (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->file;
}

const char *
kj_plan_get_display_name (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->display_name;
}

/**
 * kj_plan_get_source:
 * Returns: (transfer none) (nullable): the text the plan was read from
 */
GBytes *
kj_plan_get_source (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->source;
}

const KjSatker *
kj_plan_get_satker (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return &self->satker;
}

/* The short name where the file gives one: it fits lists and chart titles. */
const char *
kj_plan_get_title (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->satker.short_name ? self->satker.short_name : self->satker.name;
}

int
kj_plan_get_first_year (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), 0);
  return self->first_year;
}

int
kj_plan_get_last_year (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), 0);
  return self->last_year;
}

const char *
kj_plan_get_period_name (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->period_name;
}

/**
 * kj_plan_get_scale:
 * A file's own scale replaces the built-in default with the same id.
 *
 * Returns: (transfer none) (nullable): the scale called @id for this plan
 */
KjScale *
kj_plan_get_scale (KjPlan     *self,
                   const char *id)
{
  g_return_val_if_fail (self == NULL || KJ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; self && i < self->scales->len; i++)
    {
      KjScale *scale = g_ptr_array_index (self->scales, i);
      if (g_str_equal (kj_scale_get_id (scale), id))
        return scale;
    }
  return kj_scale_get_builtin (id);
}

#define ARRAY_GETTER(field) \
  GPtrArray *kj_plan_get_##field (KjPlan *self) \
  { \
    g_return_val_if_fail (KJ_IS_PLAN (self), NULL); \
    return self->field; \
  }

ARRAY_GETTER (scales)
ARRAY_GETTER (indicators)
ARRAY_GETTER (budget)
ARRAY_GETTER (spending)
ARRAY_GETTER (outputs)
ARRAY_GETTER (workplan)
ARRAY_GETTER (signatures)
ARRAY_GETTER (context)

/**
 * kj_plan_find_indicator:
 * Returns: (transfer none) (nullable): the indicator with @id
 */
KjIndicator *
kj_plan_find_indicator (KjPlan     *self,
                        const char *id)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);

  for (guint i = 0; i < self->indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (self->indicators, i);
      if (g_strcmp0 (kj_indicator_get_id (indicator), id) == 0)
        return indicator;
    }
  return NULL;
}

/* Whether anything of @year is in the plan: an indicator value, money or a breakdown. */
gboolean
kj_plan_has_year_data (KjPlan *self,
                       int     year)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);

  for (guint i = 0; i < self->indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (self->indicators, i);
      if (kj_indicator_get_year (indicator, year) || kj_indicator_get_breakdown (indicator, year))
        return TRUE;
    }
  return kj_year_items_find (self->budget, year) || kj_year_items_find (self->spending, year);
}

/* Matches a satker code, its name or short name (case-insensitively). */
gboolean
kj_plan_matches (KjPlan     *self,
                 const char *name_or_code)
{
  const char *candidates[3];

  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);

  candidates[0] = self->satker.code;
  candidates[1] = self->satker.name;
  candidates[2] = self->satker.short_name;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] && g_utf8_collate (candidates[i], name_or_code) == 0)
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] && g_ascii_strcasecmp (candidates[i], name_or_code) == 0)
      return TRUE;
  return FALSE;
}

/**
 * kj_plan_get_money_totals:
 * @spending: %TRUE for spending by type, %FALSE for the budget per kegiatan
 *
 * Sums the allocations and realisations of @year; a sum with no number in it
 * stays absent (NAN), not 0.
 */
void
kj_plan_get_money_totals (KjPlan   *self,
                          int       year,
                          gboolean  spending,
                          double   *allocation,
                          double   *realization)
{
  KjYearItems *items;

  g_return_if_fail (KJ_IS_PLAN (self));

  *allocation = *realization = NAN;
  items = kj_year_items_find (spending ? self->spending : self->budget, year);
  for (guint i = 0; items && i < items->items->len; i++)
    {
      double a, r;

      if (spending)
        {
          KjSpendingLine *line = g_ptr_array_index (items->items, i);
          a = line->allocation;
          r = line->realization;
        }
      else
        {
          KjBudgetLine *line = g_ptr_array_index (items->items, i);
          a = line->allocation;
          r = line->realization;
        }
      if (kj_has (a))
        *allocation = (kj_has (*allocation) ? *allocation : 0) + a;
      if (kj_has (r))
        *realization = (kj_has (*realization) ? *realization : 0) + r;
    }
}
