/* test-scale.c: scales, bands, achievement and categories
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "model/kj-scale.h"

static const char *
classify (const char *scale_id,
          double      value)
{
  KjScale *scale = kj_scale_get_builtin (scale_id);
  int i = kj_scale_classify (scale, value);

  return i < 0 ? NULL : kj_scale_get_band (scale, i)->label;
}

/* The LKIP guideline's table, at and around every boundary. */
static void
test_capaian_bands (void)
{
  struct { double value; const char *label; } table[] = {
    { 120, "Sangat Baik" }, { 100, "Sangat Baik" }, { 85, "Sangat Baik" },
    { 84.999, "Baik" }, { 84.97, "Baik" }, { 70, "Baik" },
    { 69.99, "Cukup Baik" }, { 55, "Cukup Baik" },
    { 54.99, "Kurang Baik" }, { 0, "Kurang Baik" }, { -5, "Kurang Baik" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    g_assert_cmpstr (classify ("capaian", table[i].value), ==, table[i].label);
  g_assert_null (classify ("capaian", NAN));
}

static void
test_index_bands (void)
{
  /* Dektara: 88.31–100 inclusive at the top, 25 the lowest value */
  g_assert_cmpstr (classify ("dektara", 100), ==, "Sangat Tinggi");
  g_assert_cmpstr (classify ("dektara", 88.31), ==, "Sangat Tinggi");
  g_assert_cmpstr (classify ("dektara", 88.30), ==, "Tinggi");
  g_assert_cmpstr (classify ("dektara", 76.61), ==, "Tinggi");
  g_assert_cmpstr (classify ("dektara", 76.60), ==, "Rendah");
  g_assert_cmpstr (classify ("dektara", 65), ==, "Rendah");
  g_assert_cmpstr (classify ("dektara", 64.99), ==, "Sangat Rendah");
  g_assert_cmpstr (classify ("dektara", 25), ==, "Sangat Rendah");
  g_assert_null (classify ("dektara", 24.99));
  g_assert_null (classify ("dektara", 100.01));

  g_assert_cmpstr (classify ("dektari", 53.51), ==, "Sangat Tinggi");
  g_assert_cmpstr (classify ("dektari", 53.50), ==, "Tinggi");
  g_assert_cmpstr (classify ("dektari", 49.74), ==, "Tinggi");
  g_assert_cmpstr (classify ("dektari", 49.73), ==, "Rendah");
  g_assert_cmpstr (classify ("dektari", 45.97), ==, "Sangat Rendah");

  /* IKP bounds are inclusive from below: ≤ 1.75 Tidak Mandiri … */
  g_assert_cmpstr (classify ("ikp", 1), ==, "Tidak Mandiri");
  g_assert_cmpstr (classify ("ikp", 1.75), ==, "Tidak Mandiri");
  g_assert_cmpstr (classify ("ikp", 1.76), ==, "Kurang Mandiri");
  g_assert_cmpstr (classify ("ikp", 2.50), ==, "Kurang Mandiri");
  g_assert_cmpstr (classify ("ikp", 3.25), ==, "Mandiri");
  g_assert_cmpstr (classify ("ikp", 3.54), ==, "Sangat Mandiri");
  g_assert_cmpstr (classify ("ikp", 4), ==, "Sangat Mandiri");
  g_assert_null (classify ("ikp", 4.01));
  g_assert_null (classify ("ikp", 0.5));

  g_assert_null (kj_scale_get_builtin ("kotan"));
}

static void
test_scale_edges (void)
{
  g_autoptr(KjScale) scale = kj_scale_new ("gap", NULL);
  double lo, hi;

  /* first band that matches wins; an open band; a gap between bands */
  kj_scale_add_band (scale, "A", 10, NAN, FALSE, NULL);
  kj_scale_add_band (scale, "B", 5, 10, TRUE, NULL);
  kj_scale_add_band (scale, "C", 0, 4, FALSE, NULL);
  g_assert_cmpint (kj_scale_classify (scale, 10), ==, 0);
  g_assert_cmpint (kj_scale_classify (scale, 1e9), ==, 0);
  g_assert_cmpint (kj_scale_classify (scale, 9.99), ==, 1);
  g_assert_cmpint (kj_scale_classify (scale, 4.5), ==, -1);
  g_assert_cmpint (kj_scale_classify (scale, 4), ==, -1);
  g_assert_cmpint (kj_scale_classify (scale, 0), ==, 2);
  g_assert_true (kj_scale_get_range (scale, &lo, &hi));
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_true (isnan (hi));
  /* bands without colours get distinct palette colours */
  g_assert_cmpstr (kj_scale_get_band (scale, 0)->color, !=, kj_scale_get_band (scale, 1)->color);

  kj_scale_get_range (kj_scale_get_builtin ("dektara"), &lo, &hi);
  g_assert_cmpfloat (lo, ==, 25);
  g_assert_cmpfloat (hi, ==, 100);
}

static void
assert_achievement (KjDirection    d,
                    KjLowerFormula f,
                    double         target,
                    double         realization,
                    double         expected)
{
  double a;
  gboolean defined = kj_achievement_compute (d, f, target, realization, &a);

  if (isnan (expected))
    {
      g_assert_false (defined);
      g_assert_true (isnan (a));
    }
  else
    {
      g_assert_true (defined);
      g_assert_cmpfloat_with_epsilon (a, expected, 1e-9);
    }
}

static void
test_achievement (void)
{
  const KjDirection H = KJ_DIRECTION_HIGHER_IS_BETTER, L = KJ_DIRECTION_LOWER_IS_BETTER;
  const KjLowerFormula I = KJ_LOWER_FORMULA_INVERSE, R = KJ_LOWER_FORMULA_REFLECT;

  /* NKA of BNN Kota Kupang 2024: 98.47 against 87 */
  assert_achievement (H, I, 87, 98.47, 98.47 / 87 * 100);
  /* NKA of BNNP Kalimantan Barat 2023: 75.62 against 89 is 84.966…, not 84.96 */
  assert_achievement (H, I, 89, 75.62, 75.62 / 89 * 100);
  assert_achievement (H, I, 5, 0, 0);
  assert_achievement (H, I, 0, 5, NAN);
  assert_achievement (H, I, NAN, 5, NAN);
  assert_achievement (H, I, 5, NAN, NAN);
  /* lower is better: prevalence 1.95 against a target of 2.0 */
  assert_achievement (L, I, 2.0, 1.95, 2.0 / 1.95 * 100);
  assert_achievement (L, I, 2.0, 0, NAN);
  assert_achievement (L, R, 2.0, 1.5, 125);
  assert_achievement (L, R, 2.0, 2.5, 75);
  assert_achievement (L, R, 2.0, 5.0, 0);     /* never below 0 */
  assert_achievement (L, R, 0, 1, NAN);

  g_assert_cmpfloat (kj_achievement_cap (147.06, 120), ==, 120);
  g_assert_cmpfloat (kj_achievement_cap (99, 120), ==, 99);
  g_assert_cmpfloat (kj_achievement_cap (147.06, NAN), ==, 147.06);
  g_assert_true (isnan (kj_achievement_cap (NAN, 120)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/model/scale/capaian", test_capaian_bands);
  g_test_add_func ("/kinerja/model/scale/indices", test_index_bands);
  g_test_add_func ("/kinerja/model/scale/edges", test_scale_edges);
  g_test_add_func ("/kinerja/model/achievement", test_achievement);
  return g_test_run ();
}
