/* kj-indicator.c: one performance indicator (IKK) of a plan
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kj-format.h"
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
  self->shown_decimals = -1;
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

static void
widen_decimals (int    *decimals,
                double  value)
{
  if (kj_has (value))
    *decimals = MAX (*decimals, MIN (kj_printed_decimals (value), KJ_INDICATOR_MAX_DECIMALS));
}

/**
 * kj_indicator_get_display_decimals:
 * The one precision every view shows the indicator's values with (table,
 * charts, tooltips, findings, reports): its `decimals` when the file sets
 * them, else the most any of its targets, realisations and breakdown values
 * is written with, at most %KJ_INDICATOR_MAX_DECIMALS. A column of 81,340 and
 * 81,339 then reads alike, and no view rounds away a digit another shows.
 */
int
kj_indicator_get_display_decimals (KjIndicator *self)
{
  int d = 0;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), 0);

  if (self->decimals >= 0)
    return self->decimals;
  if (self->shown_decimals >= 0)
    return self->shown_decimals;
  for (guint i = 0; i < self->years->len; i++)
    {
      const KjYearValue *v = g_ptr_array_index (self->years, i);
      widen_decimals (&d, v->target);
      widen_decimals (&d, v->realization);
    }
  for (guint i = 0; i < self->breakdown->len; i++)
    {
      KjYearItems *items = g_ptr_array_index (self->breakdown, i);
      for (guint j = 0; j < items->items->len; j++)
        {
          const KjBreakdownRow *row = g_ptr_array_index (items->items, j);
          widen_decimals (&d, row->value);
          widen_decimals (&d, row->target);
        }
    }
  /* the view is rebuilt after every edit, so this never goes stale */
  self->shown_decimals = d;
  return d;
}

/**
 * kj_indicator_format_value:
 * Returns: (transfer full): @value with the indicator's precision, "–" when absent
 */
char *
kj_indicator_format_value (KjIndicator *self,
                           double       value)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);
  return kj_format_number (value, kj_indicator_get_display_decimals (self));
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
 * kj_indicator_category_in_gap:
 * Whether @year's value to classify (as for kj_indicator_get_category()) lies
 * between two bands of its scale, so that it has no category and every printed
 * label differs from it.
 */
gboolean
kj_indicator_category_in_gap (KjIndicator *self,
                              int          year)
{
  const KjYearValue *v;
  double value;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), FALSE);

  if ((v = kj_indicator_get_year (self, year)) == NULL)
    return FALSE;
  if (self->value_scale_id != NULL)
    return kj_scale_in_gap (kj_indicator_get_value_scale (self), v->realization);
  if (!kj_indicator_get_achievement (self, year, &value))
    return FALSE;
  return kj_scale_in_gap (kj_plan_get_scale (self->plan, "capaian"),
                          kj_achievement_cap (value, self->achievement_cap));
}

/**
 * kj_indicator_get_achievement_category:
 * The band of @year's (capped) achievement on the plan's `capaian` scale,
 * whether or not the indicator has a value scale.
 *
 * Returns: (transfer none) (nullable): the band label, %NULL when undefined
 */
const char *
kj_indicator_get_achievement_category (KjIndicator   *self,
                                       int            year,
                                       const KjBand **band)
{
  KjScale *scale;
  double value;
  int i;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);

  if (band)
    *band = NULL;
  scale = kj_plan_get_scale (self->plan, "capaian");
  if (scale == NULL || !kj_indicator_get_achievement (self, year, &value))
    return NULL;
  value = kj_achievement_cap (value, self->achievement_cap);
  if ((i = kj_scale_classify (scale, value)) < 0)
    return NULL;
  if (band)
    *band = kj_scale_get_band (scale, i);
  return kj_scale_get_band (scale, i)->label;
}

static void
append_category (GString      *text,
                 const char   *format,
                 const char   *label,
                 const KjBand *band,
                 gboolean      markup)
{
  g_autofree char *escaped = markup ? g_markup_escape_text (label ? label : KJ_NO_DATA, -1) : NULL;
  g_autofree char *part = NULL;

  if (text->len > 0)
    g_string_append (text, markup ? "\n" : " · ");
  /* colours are "#rrggbb": the loader checks them */
  if (markup && band && band->color)
    g_string_append_printf (text, "<span foreground=\"%s\">●</span> ", band->color);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  part = g_strdup_printf (format, markup ? escaped : (label ? label : KJ_NO_DATA));
#pragma GCC diagnostic pop
  g_string_append (text, part);
}

/**
 * kj_indicator_describe_category:
 * @markup: %TRUE for Pango markup, one line per scale with its band's colour
 *   dot; %FALSE for one plain line
 *
 * @year's categories, each named by the scale it comes from: "nilai: Sangat
 * Rendah · capaian: Baik" for an indicator with a value scale (the band of
 * its own value, then of its achievement), "capaian: Baik" otherwise. Every
 * view that shows a category shows it this way, so that two legitimate
 * classifications are never mistaken for a contradiction.
 *
 * Returns: (transfer full): the text
 */
char *
kj_indicator_describe_category (KjIndicator *self,
                                int          year,
                                gboolean     markup)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const KjBand *band = NULL;
  const char *label;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);

  if (self->value_scale_id != NULL)
    {
      label = kj_indicator_get_category (self, year, &band);
      /* Translators: the category of an indicator's own value on its scale
       * (e.g. Dektara), as in "value: Sangat Rendah · achievement: Baik" */
      append_category (text, _("value: %s"), label, band, markup);
    }
  label = kj_indicator_get_achievement_category (self, year, &band);
  /* Translators: the category of an indicator's achievement (capaian, %) */
  append_category (text, _("achievement: %s"), label, band, markup);
  return g_string_free (g_steal_pointer (&text), FALSE);
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

/* Whether a row's value lies between two bands of the value scale. */
gboolean
kj_indicator_row_in_gap (KjIndicator          *self,
                         const KjBreakdownRow *row)
{
  g_return_val_if_fail (KJ_IS_INDICATOR (self), FALSE);

  return kj_scale_in_gap (kj_indicator_get_value_scale (self), row->value);
}

/**
 * kj_indicator_describe_row_category:
 * @markup: as for kj_indicator_describe_category()
 *
 * A breakdown row's categories, each named by its scale: the band of the
 * row's value on the indicator's value scale, and the band of the row's
 * achievement (value against its own target) on `capaian` when it has a
 * target.  Computed, never the category the document printed.
 *
 * Returns: (transfer full): the text; "–" when neither is defined
 */
char *
kj_indicator_describe_row_category (KjIndicator          *self,
                                    const KjBreakdownRow *row,
                                    gboolean              markup)
{
  g_autoptr(GString) text = g_string_new (NULL);
  KjScale *capaian;
  const KjBand *band = NULL;
  const char *label;
  double a;
  int i;

  g_return_val_if_fail (KJ_IS_INDICATOR (self), NULL);

  if (self->value_scale_id != NULL)
    {
      label = kj_indicator_classify_row (self, row, &band);
      append_category (text, _("value: %s"), label, band, markup);
    }
  capaian = kj_plan_get_scale (self->plan, "capaian");
  if (capaian && kj_has (row->target)
      && kj_achievement_compute (self->direction, self->lower_formula, row->target, row->value, &a))
    {
      a = kj_achievement_cap (a, self->achievement_cap);
      i = kj_scale_classify (capaian, a);
      band = i >= 0 ? kj_scale_get_band (capaian, i) : NULL;
      append_category (text, _("achievement: %s"), band ? band->label : NULL, band, markup);
    }
  if (text->len == 0)
    g_string_append (text, KJ_NO_DATA);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
