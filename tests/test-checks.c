/* test-checks.c: the data checks find the slips planners make
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "io/kj-plan-io.h"
#include "model/kj-checks.h"

#include <pango/pango.h>

static KjPlan *
load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (SAMPLES_DIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KjPlan *plan = kj_plan_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static KjPlan *
load_text (const char *body)
{
  g_autofree char *text = g_strdup_printf ("{\"format\": \"kinerja-plan\", \"version\": 1,"
                                           " \"satker\": {\"name\": \"BNN Kota Uji\"},"
                                           " \"period\": {\"first_year\": 2020, \"last_year\": 2024}"
                                           "%s}", body);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  KjPlan *plan = kj_plan_load_bytes (bytes, "uji.json", NULL, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static const KjDiagnostic *
find (GPtrArray  *findings,
      const char *path)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const KjDiagnostic *d = g_ptr_array_index (findings, i);
      if (g_str_equal (d->path, path))
        return d;
    }
  return NULL;
}

static void
assert_finding (GPtrArray  *findings,
                const char *path,
                KjSeverity  severity,
                const char *words)
{
  const KjDiagnostic *d = find (findings, path);

  if (d == NULL)
    g_error ("no finding at %s", path);
  g_assert_cmpint (d->severity, ==, severity);
  if (words && strstr (d->message, words) == NULL)
    g_error ("finding at %s says \"%s\", expected it to mention \"%s\"", path, d->message, words);
}

/* LKIP 2023 BNNP Kalimantan Barat: NKA 75.62 of 89 printed as 84.96 %
 * (84.966 …, shown as every view shows an achievement: 84.97) and classed "Sangat Baik" although it is "Baik". */
static void
test_kalbar_nka (void)
{
  g_autoptr(KjPlan) plan = load_sample ("bnnp-kalimantan-barat.json");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);
  KjIndicator *nka = kj_plan_find_indicator (plan, "nka");
  g_autofree char *base = g_strdup_printf ("indicators[%u].years.2023", kj_indicator_get_index (nka));
  g_autofree char *achievement = g_strconcat (base, ".reported_achievement", NULL);
  g_autofree char *category = g_strconcat (base, ".reported_category", NULL);
  double a;

  g_assert_true (kj_indicator_get_achievement (nka, 2023, &a));
  g_assert_cmpfloat_with_epsilon (a, 84.966, 0.001);
  g_assert_cmpstr (kj_indicator_get_category (nka, 2023, NULL), ==, "Baik");
  assert_finding (findings, achievement, KJ_SEVERITY_WARNING, "match 84.97%");
  assert_finding (findings, category, KJ_SEVERITY_WARNING, "Baik");
}

/* LKIP 2024 BNN Kota Kupang: NKA 98.47 of 87 is 113.18 %, printed right;
 * the quality-of-life achievement 100 of 68 is printed 107.1 instead of 147.06. */
static void
test_kupang (void)
{
  g_autoptr(KjPlan) plan = load_sample ("bnn-kota-kupang.json");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);
  KjIndicator *nka = kj_plan_find_indicator (plan, "nka");
  KjIndicator *qol = kj_plan_find_indicator (plan, "kualitas-hidup");
  g_autofree char *nka_path = g_strdup_printf ("indicators[%u].years.2024.reported_achievement",
                                               kj_indicator_get_index (nka));
  g_autofree char *qol_path = g_strdup_printf ("indicators[%u].years.2024.reported_achievement",
                                               kj_indicator_get_index (qol));
  double a;

  g_assert_true (kj_indicator_get_achievement (nka, 2024, &a));
  g_assert_cmpfloat_with_epsilon (a, 113.18, 0.005);
  g_assert_null (find (findings, nka_path));
  assert_finding (findings, qol_path, KJ_SEVERITY_WARNING, "147.06");
  /* spending 2024 as printed: Rp 1.621.270.000 allocated, Rp 1.619.544.593 spent;
   * the budget per kegiatan has no realisation yet: absent, not 0 */
  {
    double allocation, realization;
    kj_plan_get_money_totals (plan, 2024, TRUE, &allocation, &realization);
    g_assert_cmpfloat (allocation, ==, 1621270000);
    g_assert_cmpfloat (realization, ==, 1619544593);
    kj_plan_get_money_totals (plan, 2024, FALSE, &allocation, &realization);
    g_assert_cmpfloat (allocation, ==, 1744866000);
    g_assert_true (isnan (realization));
    kj_plan_get_money_totals (plan, 2019, FALSE, &allocation, &realization);
    g_assert_true (isnan (allocation));
  }
  /* the NKA trend 2020–2024 is complete: a trend chart can be drawn */
  for (int y = 2020; y <= 2024; y++)
    {
      const KjYearValue *v = kj_indicator_get_year (nka, y);
      g_assert_nonnull (v);
      g_assert_true (kj_has (v->target) && kj_has (v->realization));
    }
}

/* RKT 2024 BNNP NTT: komponen amounts that are not the sum of their items. */
static void
test_ntt_workplan (void)
{
  g_autoptr(KjPlan) plan = load_sample ("bnnp-nusa-tenggara-timur.json");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);

  assert_finding (findings, "workplan.2024[0].children[0].children[1].children[0].children[0].amount",
                  KJ_SEVERITY_WARNING, "sum");
}

/* The national Dektari letter's bands leave a gap; 53.61 falls in it. */
static void
test_bnn_ri_gap (void)
{
  g_autoptr(KjPlan) plan = load_sample ("bnn-ri.json");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);
  KjScale *dektari = kj_plan_get_scale (plan, "dektari");

  /* the file's own scale replaces the built-in one */
  g_assert_true (dektari != kj_scale_get_builtin ("dektari"));
  assert_finding (findings, "indicators[0].breakdown.2023[6].value", KJ_SEVERITY_WARNING, "between");
}

static void
test_precision (void)
{
  /* 84.963 is what a printed 84.96 stands for; 84.966 is not */
  g_assert_false (kj_printed_value_differs (84.96, 84.963));
  g_assert_false (kj_printed_value_differs (84.96, 84.955));
  g_assert_true (kj_printed_value_differs (84.96, 84.966));
  g_assert_true (kj_printed_value_differs (105.1, 105.18));
  g_assert_false (kj_printed_value_differs (113, 113.18));
  g_assert_true (kj_printed_value_differs (113, 113.5 + 1e-6));
}

static void
test_synthetic (void)
{
  g_autoptr(KjPlan) plan = load_text (
    ", \"indicators\": ["
    "  {\"id\": \"a\", \"name\": \"A\", \"years\": {"
    "     \"2023\": {\"target\": 89, \"realization\": 75.62, \"reported_achievement\": 84.97},"
    "     \"2024\": {\"target\": 100, \"realization\": 90, \"reported_category\": \"Sangat Baik\"},"
    "     \"2026\": {\"target\": 1, \"realization\": 1}}},"
    "  {\"id\": \"b\", \"name\": \"B\", \"value_scale\": \"dektara\", \"years\": {"
    "     \"2023\": {\"target\": 7, \"realization\": 80, \"reported_category\": \"Sangat Tinggi\"}},"
    "   \"breakdown\": {\"2023\": [{\"area\": \"Kab. X\", \"value\": 88.2, \"category\": \"Sangat Tinggi\"},"
    "                            {\"area\": \"Kab. Y\", \"value\": 90, \"category\": \"Sangat Tinggi\"}]}},"
    "  {\"id\": \"c\", \"name\": \"C\", \"value_scale\": \"nowhere\"},"
    "  {\"id\": \"p\", \"name\": \"Prevalensi\", \"direction\": \"lower_is_better\","
    "   \"years\": {\"2023\": {\"target\": 2.0, \"realization\": 1.95, \"reported_achievement\": 102.56}}}],"
    " \"spending\": {\"2023\": [{\"category\": \"Belanja Barang\", \"allocation\": 100, \"realization\": 120}]},"
    " \"workplan\": {\"2024\": [{\"name\": \"P4GN\", \"level\": \"program\", \"amount\": 300,"
    "   \"children\": [{\"name\": \"K1\", \"level\": \"kegiatan\", \"amount\": 100},"
    "                  {\"name\": \"K2\", \"level\": \"kegiatan\", \"amount\": 150}]}]}");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);

  g_assert_null (find (findings, "indicators[0].years.2023.reported_achievement"));
  g_assert_null (find (findings, "indicators[0].years.2024.reported_category"));
  assert_finding (findings, "indicators[0].years.2026", KJ_SEVERITY_WARNING, "2020–2024");
  assert_finding (findings, "indicators[1].years.2023.target", KJ_SEVERITY_ERROR, "outside");
  assert_finding (findings, "indicators[1].years.2023.reported_category", KJ_SEVERITY_WARNING, "Tinggi");
  assert_finding (findings, "indicators[1].breakdown.2023[0].category", KJ_SEVERITY_WARNING, "Kab. X");
  g_assert_null (find (findings, "indicators[1].breakdown.2023[1].category"));
  assert_finding (findings, "indicators[2].value_scale", KJ_SEVERITY_ERROR, "nowhere");
  g_assert_null (find (findings, "indicators[3].years.2023.reported_achievement"));
  assert_finding (findings, "spending.2023[0].realization", KJ_SEVERITY_WARNING, "exceeds");
  assert_finding (findings, "workplan.2024[0].amount", KJ_SEVERITY_WARNING, "sum");
  /* absent numbers stay absent: no achievement, no category */
  {
    KjIndicator *c = kj_plan_find_indicator (plan, "c");
    double a;
    g_assert_false (kj_indicator_get_achievement (c, 2023, &a));
    g_assert_null (kj_indicator_get_category (c, 2023, NULL));
  }
}

/* A cap bounds the achievement used for categories; the uncapped one is shown. */
static void
test_cap (void)
{
  g_autoptr(KjPlan) plan = load_text (
    ", \"indicators\": [{\"id\": \"x\", \"name\": \"X\", \"achievement_cap\": 120, \"years\": {"
    "   \"2023\": {\"target\": 50, \"realization\": 100, \"reported_achievement\": 120}}}]");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);
  KjIndicator *x = kj_plan_find_indicator (plan, "x");
  double a;

  g_assert_true (kj_indicator_get_achievement (x, 2023, &a));
  g_assert_cmpfloat (a, ==, 200);
  g_assert_cmpstr (kj_indicator_get_category (x, 2023, NULL), ==, "Sangat Baik");
  /* the capped figure printed is not a slip */
  g_assert_null (find (findings, "indicators[0].years.2023.reported_achievement"));
}

/* Issue 8: a missed target with no obstacle written is a note, in a file
 * that holds that year's analysis; met targets, explained ones, 100 % and
 * plans without any analysis are not. */
static void
test_missed_unexplained (void)
{
  g_autoptr(KjPlan) plan = load_text (
    ", \"indicators\": ["
    " {\"id\": \"a\", \"name\": \"A\", \"years\": {"
    "   \"2024\": {\"target\": 10, \"realization\": 8, \"narrative\": {\"factors\": [\"f\"], \"obstacles\": []}},"
    "   \"2023\": {\"target\": 10, \"realization\": 8}}},"
    " {\"id\": \"b\", \"name\": \"B\", \"years\": {"
    "   \"2024\": {\"target\": 10, \"realization\": 8, \"narrative\": {\"obstacles\": [\"hujan\"]}}}},"
    " {\"id\": \"c\", \"name\": \"C\", \"years\": {\"2024\": {\"target\": 10, \"realization\": 9.99}}},"
    " {\"id\": \"d\", \"name\": \"D\", \"years\": {\"2024\": {\"target\": 10, \"realization\": 10}}}]");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);

  assert_finding (findings, "indicators[0].years.2024.narrative", KJ_SEVERITY_NOTE, "80.00%");
  /* the obstacle explains it */
  g_assert_null (find (findings, "indicators[1].years.2024.narrative"));
  /* no analysis of it, in a year the file analyses: 99,90 % is missed */
  assert_finding (findings, "indicators[2].years.2024.narrative", KJ_SEVERITY_NOTE, "no obstacle");
  /* 100 % is the target met */
  g_assert_null (find (findings, "indicators[3].years.2024.narrative"));
  /* 2023 has no analysis in this file: a plan, not an LKIP */
  g_assert_null (find (findings, "indicators[0].years.2023.narrative"));
}

/* Amounts are whole rupiah: a fraction (a thousand typed as 1.5) is a finding. */
static void
test_whole_rupiah (void)
{
  g_autoptr(KjPlan) plan = load_text (", \"budget\": {\"2024\": [{\"kegiatan\": \"K\","
                                      " \"allocation\": 12.5, \"realization\": 10}]},"
                                      " \"workplan\": {\"2024\": [{\"code\": \"A\", \"amount\": 3.25}]}");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);
  const KjDiagnostic *a = find (findings, "budget.2024[0].allocation");
  const KjDiagnostic *w = find (findings, "workplan.2024[0].amount");

  g_assert_nonnull (a);
  g_assert_cmpint (a->severity, ==, KJ_SEVERITY_WARNING);
  g_assert_nonnull (strstr (a->message, "whole"));
  g_assert_nonnull (w);
  g_assert_null (find (findings, "budget.2024[0].realization"));
}

/* Issue 7: one precision per indicator, used by every view: the file's
 * `decimals`, else the most its data is written with (at most 3). */
static void
test_display_decimals (void)
{
  g_autoptr(KjPlan) plan = load_text (
    ", \"indicators\": ["
    "  {\"id\": \"mixed\", \"name\": \"M\", \"years\": {"
    "     \"2023\": {\"target\": 68, \"realization\": 81.34},"
    "     \"2024\": {\"target\": 3.5, \"realization\": 81.339}}},"
    "  {\"id\": \"whole\", \"name\": \"W\", \"years\": {\"2024\": {\"target\": 5, \"realization\": 6}}},"
    "  {\"id\": \"long\", \"name\": \"L\", \"years\": {\"2024\": {\"target\": 1, \"realization\": 0.123456}}},"
    "  {\"id\": \"set\", \"name\": \"S\", \"decimals\": 1, \"years\": {\"2024\": {\"target\": 1.25}}}]");
  KjIndicator *mixed = kj_plan_find_indicator (plan, "mixed");
  g_autofree char *t23 = NULL, *t24 = NULL, *r23 = NULL;

  g_assert_cmpint (kj_indicator_get_display_decimals (mixed), ==, 3);
  t23 = kj_indicator_format_value (mixed, 68);
  t24 = kj_indicator_format_value (mixed, 3.5);
  r23 = kj_indicator_format_value (mixed, 81.34);
  /* one column reads alike: not "68", "81,340" and "3,5" */
  g_assert_cmpstr (t23, ==, "68.000");
  g_assert_cmpstr (t24, ==, "3.500");
  g_assert_cmpstr (r23, ==, "81.340");
  g_assert_cmpint (kj_indicator_get_display_decimals (kj_plan_find_indicator (plan, "whole")), ==, 0);
  g_assert_cmpint (kj_indicator_get_display_decimals (kj_plan_find_indicator (plan, "long")), ==, 3);
  g_assert_cmpint (kj_indicator_get_display_decimals (kj_plan_find_indicator (plan, "set")), ==, 1);
}

/* Issue 7: Kota Kupang's Dektari 2024 is "Sangat Rendah" on its own scale
 * and "Baik" on the achievement scale; every view names the scale. */
static void
test_category_scales (void)
{
  g_autoptr(KjPlan) plan = load_sample ("bnn-kota-kupang.json");
  KjIndicator *dektari = kj_plan_find_indicator (plan, "dektari");
  KjIndicator *nka = kj_plan_find_indicator (plan, "nka");
  g_autofree char *both = kj_indicator_describe_category (dektari, 2024, FALSE);
  g_autofree char *markup = kj_indicator_describe_category (dektari, 2024, TRUE);
  g_autofree char *one = kj_indicator_describe_category (nka, 2024, FALSE);

  g_assert_cmpstr (kj_indicator_get_category (dektari, 2024, NULL), ==, "Sangat Rendah");
  g_assert_cmpstr (kj_indicator_get_achievement_category (dektari, 2024, NULL), ==, "Baik");
  g_assert_cmpstr (both, ==, "value: Sangat Rendah · achievement: Baik");
  g_assert_nonnull (strstr (markup, "●</span> value: Sangat Rendah\n"));
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
  g_assert_cmpstr (one, ==, "achievement: Sangat Baik");
}

/* Issue 7: findings are named by the indicator and year, not by JSON path,
 * and a view of a year shows that year's findings. */
static void
test_finding_places (void)
{
  g_autoptr(KjPlan) plan = load_sample ("bnn-kota-kupang.json");
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);
  g_autoptr(GPtrArray) y2024 = NULL;
  KjIndicator *qol = kj_plan_find_indicator (plan, "kualitas-hidup");
  g_autofree char *path = g_strdup_printf ("indicators[%u].years.2024.reported_achievement",
                                           kj_indicator_get_index (qol));
  const KjDiagnostic *d = find (findings, path);
  KjFindingPlace place;
  guint other = 0;

  g_assert_nonnull (d);
  kj_finding_place_init (&place, plan, d);
  g_assert_true (place.indicator == qol);
  g_assert_cmpint (place.year, ==, 2024);
  g_assert_true (g_str_has_prefix (place.text, kj_indicator_get_name (qol)));
  g_assert_true (g_str_has_suffix (place.text, ", 2024: printed achievement"));
  g_assert_null (strstr (place.text, "indicators["));
  kj_finding_place_clear (&place);

  y2024 = kj_findings_for_year (plan, findings, 2024, &other);
  g_assert_cmpuint (y2024->len + other, ==, findings->len);
  g_assert_cmpuint (y2024->len, >, 0);
  g_assert_cmpuint (other, >, 0);
  for (guint i = 0; i < y2024->len; i++)
    {
      kj_finding_place_init (&place, plan, g_ptr_array_index (y2024, i));
      g_assert_true (place.year == 0 || place.year == 2024);
      kj_finding_place_clear (&place);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/model/checks/kalbar-nka", test_kalbar_nka);
  g_test_add_func ("/kinerja/model/checks/kupang", test_kupang);
  g_test_add_func ("/kinerja/model/checks/missed-unexplained", test_missed_unexplained);
  g_test_add_func ("/kinerja/model/checks/ntt-workplan", test_ntt_workplan);
  g_test_add_func ("/kinerja/model/checks/bnn-ri-gap", test_bnn_ri_gap);
  g_test_add_func ("/kinerja/model/checks/precision", test_precision);
  g_test_add_func ("/kinerja/model/checks/synthetic", test_synthetic);
  g_test_add_func ("/kinerja/model/checks/cap", test_cap);
  g_test_add_func ("/kinerja/model/checks/whole-rupiah", test_whole_rupiah);
  g_test_add_func ("/kinerja/model/checks/display-decimals", test_display_decimals);
  g_test_add_func ("/kinerja/model/checks/category-scales", test_category_scales);
  g_test_add_func ("/kinerja/model/checks/finding-places", test_finding_places);
  return g_test_run ();
}
