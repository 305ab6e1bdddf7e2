/* kj-scale.c: category scales (bands) and achievement
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "kj-scale.h"

struct _KjScale
{
  grefcount  ref;
  char      *id;
  char      *name;
  GArray    *bands;   /* KjBand */
};

G_DEFINE_BOXED_TYPE (KjScale, kj_scale, kj_scale_ref, kj_scale_unref)

/* Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
 * Bands are also always labelled, colour is never the only cue. */
#define KJ_GOOD   "#009e73"
#define KJ_FAIR   "#56b4e9"
#define KJ_POOR   "#e69f00"
#define KJ_BAD    "#d55e00"
static const char * const default_colors[] = { KJ_GOOD, KJ_FAIR, KJ_POOR, KJ_BAD, "#cc79a7", "#0072b2" };

static void
band_clear (gpointer data)
{
  KjBand *band = data;

  g_free (band->label);
  g_free (band->color);
}

KjScale *
kj_scale_new (const char *id,
              const char *name)
{
  KjScale *scale = g_new0 (KjScale, 1);

  g_return_val_if_fail (id != NULL, NULL);

  g_ref_count_init (&scale->ref);
  scale->id = g_strdup (id);
  scale->name = g_strdup (name ? name : id);
  scale->bands = g_array_new (FALSE, TRUE, sizeof (KjBand));
  g_array_set_clear_func (scale->bands, band_clear);
  return scale;
}

KjScale *
kj_scale_ref (KjScale *scale)
{
  g_return_val_if_fail (scale != NULL, NULL);
  g_ref_count_inc (&scale->ref);
  return scale;
}

void
kj_scale_unref (KjScale *scale)
{
  g_return_if_fail (scale != NULL);
  if (!g_ref_count_dec (&scale->ref))
    return;
  g_free (scale->id);
  g_free (scale->name);
  g_array_unref (scale->bands);
  g_free (scale);
}

void
kj_scale_add_band (KjScale    *scale,
                   const char *label,
                   double      min,
                   double      max,
                   gboolean    max_inclusive,
                   const char *color)
{
  KjBand band = { 0 };

  g_return_if_fail (scale != NULL && label != NULL);

  band.label = g_strdup (label);
  band.min = min;
  band.max = max;
  band.max_inclusive = max_inclusive;
  band.color = g_strdup (color ? color
                               : default_colors[scale->bands->len % G_N_ELEMENTS (default_colors)]);
  g_array_append_val (scale->bands, band);
}

const char *
kj_scale_get_id (KjScale *scale)
{
  g_return_val_if_fail (scale != NULL, NULL);
  return scale->id;
}

const char *
kj_scale_get_name (KjScale *scale)
{
  g_return_val_if_fail (scale != NULL, NULL);
  return scale->name;
}

guint
kj_scale_get_n_bands (KjScale *scale)
{
  g_return_val_if_fail (scale != NULL, 0);
  return scale->bands->len;
}

const KjBand *
kj_scale_get_band (KjScale *scale,
                   guint    index)
{
  g_return_val_if_fail (scale != NULL && index < scale->bands->len, NULL);
  return &g_array_index (scale->bands, KjBand, index);
}

static gboolean
band_contains (const KjBand *band,
               double        value)
{
  if (!isnan (band->min) && value < band->min)
    return FALSE;
  if (!isnan (band->max) && (band->max_inclusive ? value > band->max : value >= band->max))
    return FALSE;
  return TRUE;
}

/**
 * kj_scale_classify:
 * Bands are tried in order; the first that contains @value wins.
 *
 * Returns: the index of the band, or -1 when @value is absent or in no band
 */
int
kj_scale_classify (KjScale *scale,
                   double   value)
{
  g_return_val_if_fail (scale != NULL, -1);

  if (isnan (value))
    return -1;
  for (guint i = 0; i < scale->bands->len; i++)
    if (band_contains (&g_array_index (scale->bands, KjBand, i), value))
      return i;
  return -1;
}

/**
 * kj_scale_get_range:
 * The lowest and highest value any band admits; NAN where a band is open.
 *
 * Returns: %TRUE when at least one end is bounded
 */
gboolean
kj_scale_get_range (KjScale *scale,
                    double  *lowest,
                    double  *highest)
{
  double lo = INFINITY, hi = -INFINITY;

  g_return_val_if_fail (scale != NULL, FALSE);

  for (guint i = 0; i < scale->bands->len; i++)
    {
      const KjBand *b = &g_array_index (scale->bands, KjBand, i);
      lo = isnan (b->min) || isnan (lo) ? NAN : MIN (lo, b->min);
      hi = isnan (b->max) || isnan (hi) ? NAN : MAX (hi, b->max);
    }
  if (scale->bands->len == 0)
    lo = hi = NAN;
  *lowest = lo;
  *highest = hi;
  return !isnan (lo) || !isnan (hi);
}

/* A value the scale cannot classify lies outside its range (or in a gap). */
gboolean
kj_scale_contains (KjScale *scale,
                   double   value)
{
  return kj_scale_classify (scale, value) >= 0;
}

/**
 * kj_scale_in_gap:
 * Whether @value lies within the scale's range but in no band (between two
 * bands): the contract's "a category in a gap between bands differs from every
 * label", where a value outside the range is rather an impossible value.
 */
gboolean
kj_scale_in_gap (KjScale *scale,
                 double   value)
{
  double lo, hi;

  if (scale == NULL || isnan (value) || kj_scale_classify (scale, value) >= 0)
    return FALSE;
  kj_scale_get_range (scale, &lo, &hi);
  return !(!isnan (lo) && value < lo) && !(!isnan (hi) && value > hi);
}

static KjScale *
build_builtin (const char *id)
{
  KjScale *s;

  if (g_str_equal (id, "capaian"))
    {
      s = kj_scale_new ("capaian", "Capaian kinerja (pedoman LKIP)");
      kj_scale_add_band (s, "Sangat Baik", 85, NAN, FALSE, KJ_GOOD);
      kj_scale_add_band (s, "Baik", 70, 85, FALSE, KJ_FAIR);
      kj_scale_add_band (s, "Cukup Baik", 55, 70, FALSE, KJ_POOR);
      kj_scale_add_band (s, "Kurang Baik", NAN, 55, FALSE, KJ_BAD);
    }
  else if (g_str_equal (id, "dektara"))
    {
      s = kj_scale_new ("dektara", "Indeks Ketahanan Keluarga (Dektara)");
      kj_scale_add_band (s, "Sangat Tinggi", 88.31, 100, TRUE, KJ_GOOD);
      kj_scale_add_band (s, "Tinggi", 76.61, 88.31, FALSE, KJ_FAIR);
      kj_scale_add_band (s, "Rendah", 65, 76.61, FALSE, KJ_POOR);
      kj_scale_add_band (s, "Sangat Rendah", 25, 65, FALSE, KJ_BAD);
    }
  else if (g_str_equal (id, "dektari"))
    {
      /* the LKIP tables print 53.51; one national letter prints 53.71, a gap
       * that leaves 53.51–53.70 unclassified: a file may carry that scale */
      s = kj_scale_new ("dektari", "Indeks Ketahanan Diri Remaja (Dektari)");
      kj_scale_add_band (s, "Sangat Tinggi", 53.51, 100, TRUE, KJ_GOOD);
      kj_scale_add_band (s, "Tinggi", 49.74, 53.51, FALSE, KJ_FAIR);
      kj_scale_add_band (s, "Rendah", 45.98, 49.74, FALSE, KJ_POOR);
      kj_scale_add_band (s, "Sangat Rendah", 0, 45.98, FALSE, KJ_BAD);
    }
  else if (g_str_equal (id, "ikp"))
    {
      s = kj_scale_new ("ikp", "Indeks Kemandirian Partisipasi (IKP)");
      kj_scale_add_band (s, "Tidak Mandiri", 1, 1.75, TRUE, KJ_BAD);
      kj_scale_add_band (s, "Kurang Mandiri", 1.75, 2.5, TRUE, KJ_POOR);
      kj_scale_add_band (s, "Mandiri", 2.5, 3.25, TRUE, KJ_FAIR);
      kj_scale_add_band (s, "Sangat Mandiri", 3.25, 4, TRUE, KJ_GOOD);
    }
  else
    return NULL;
  return s;
}

/**
 * kj_scale_get_builtin:
 * @id: `capaian`, `dektara`, `dektari` or `ikp`
 *
 * Returns: (transfer none) (nullable): the built-in default scale
 */
KjScale *
kj_scale_get_builtin (const char *id)
{
  static const char * const ids[] = { "capaian", "dektara", "dektari", "ikp" };
  static KjScale *scales[G_N_ELEMENTS (ids)];

  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    if (g_str_equal (id, ids[i]))
      {
        if (g_once_init_enter (&scales[i]))
          g_once_init_leave (&scales[i], build_builtin (id));
        return scales[i];
      }
  return NULL;
}

/**
 * kj_achievement_compute:
 * Achievement (capaian) in percent.  Higher is better: realization / target.
 * Lower is better: target / realization ("inverse") or
 * (2 × target − realization) / target, never below 0 ("reflect").
 *
 * Returns: %FALSE when undefined: a number is missing or a divisor is 0
 */
gboolean
kj_achievement_compute (KjDirection    direction,
                        KjLowerFormula formula,
                        double         target,
                        double         realization,
                        double        *achievement)
{
  double a;

  *achievement = NAN;
  if (isnan (target) || isnan (realization))
    return FALSE;
  if (direction == KJ_DIRECTION_HIGHER_IS_BETTER)
    {
      if (target == 0)
        return FALSE;
      a = realization / target * 100;
    }
  else if (formula == KJ_LOWER_FORMULA_INVERSE)
    {
      if (realization == 0)
        return FALSE;
      a = target / realization * 100;
    }
  else
    {
      if (target == 0)
        return FALSE;
      a = MAX (0, (2 * target - realization) / target * 100);
    }
  if (!isfinite (a))
    return FALSE;
  *achievement = a;
  return TRUE;
}

/* The capped value serves aggregates and categories; the uncapped one is shown. */
double
kj_achievement_cap (double achievement,
                    double cap)
{
  if (isnan (cap) || isnan (achievement))
    return achievement;
  return MIN (achievement, cap);
}
