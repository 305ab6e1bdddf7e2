/* test-printed.c: printed figures, table totals, number words, across files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "io/kj-plan-io.h"
#include "model/kj-checks.h"
#include "model/kj-workspace.h"

static char *
wrap (const char *satker,
      const char *body)
{
  return g_strdup_printf ("{\"format\": \"kinerja-plan\", \"version\": 1,\n"
                          " \"satker\": %s,\n"
                          " \"period\": {\"first_year\": 2020, \"last_year\": 2024}%s}\n",
                          satker, body);
}

static KjPlan *
try_load (const char    *name,
          const char    *satker,
          const char    *body,
          KjDiagnostic **diagnostic)
{
  g_autofree char *text = wrap (satker, body);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;

  return kj_plan_load_bytes (bytes, name, NULL, diagnostic, &error);
}

static KjPlan *
load (const char *body)
{
  g_autoptr(KjDiagnostic) d = NULL;
  KjPlan *plan = try_load ("uji.json", "{\"name\": \"BNN Kota Uji\"}", body, &d);

  if (plan == NULL)
    g_error ("refused: %s: %s", d->path, d->message);
  return plan;
}

static GPtrArray *
check (KjPlan *plan)
{
  GPtrArray *findings = kj_plan_check (plan);

  kj_plan_locate_all (plan, findings);
  return findings;
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

/* A finding at @path with @severity whose message holds every one of @words. */
static void
assert_finding (GPtrArray  *findings,
                const char *path,
                KjSeverity  severity,
                ...)
{
  const KjDiagnostic *d = find (findings, path);
  va_list args;
  const char *w;

  if (d == NULL)
    g_error ("no finding at %s", path);
  g_assert_cmpint (d->severity, ==, severity);
  va_start (args, severity);
  while ((w = va_arg (args, const char *)) != NULL)
    if (strstr (d->message, w) == NULL)
      g_error ("finding at %s says \"%s\", expected it to mention \"%s\"", path, d->message, w);
  va_end (args);
}

static void
assert_none (GPtrArray  *findings,
             const char *path)
{
  const KjDiagnostic *d = find (findings, path);

  if (d)
    g_error ("unexpected finding at %s: %s", path, d->message);
}

static void
assert_refused (const char *body,
                const char *path,
                const char *words)
{
  g_autoptr(KjDiagnostic) d = NULL;
  g_autoptr(KjPlan) plan = try_load ("bad.json", "{\"name\": \"BNN Kota Uji\"}", body, &d);

  g_assert_null (plan);
  g_assert_nonnull (d);
  g_assert_cmpstr (d->path, ==, path);
  g_assert_cmpuint (d->line, >, 0);
  g_assert_cmpuint (d->column, >, 0);
  if (words && strstr (d->message, words) == NULL)
    g_error ("refusal says \"%s\", expected \"%s\"", d->message, words);
}

static void
test_loader (void)
{
  g_autoptr(KjPlan) plan = load (
    ",\n \"printed\": [\n"
    "  {\"of\": \"indicators.count\", \"value\": 147.00, \"text\": \"147,00\", \"where\": \"BAB I\"},\n"
    "  {\"of\": \"indicators[x].years.2023.category\", \"value\": \"Sangat Baik\", \"extra\": [1]}],\n"
    " \"context\": [{\"id\": \"t\", \"columns\": [\"Uraian\", \"2020\"],"
    " \"rows\": [[\"A\", 1.50], [\"Jumlah\", 1.5]], \"total_rows\": [\"Jumlah\"]}]");
  GPtrArray *printed = kj_plan_get_printed (plan);
  const KjPrinted *a, *b;
  KjContextTable *t = g_ptr_array_index (kj_plan_get_context (plan), 0);

  g_assert_cmpuint (printed->len, ==, 2);
  a = g_ptr_array_index (printed, 0);
  b = g_ptr_array_index (printed, 1);
  g_assert_cmpstr (a->of, ==, "indicators.count");
  g_assert_cmpfloat (a->value, ==, 147);
  g_assert_cmpint (a->decimals, ==, 2);     /* as written: 147.00 */
  g_assert_cmpstr (a->where, ==, "BAB I");
  g_assert_null (a->label);
  g_assert_cmpstr (b->label, ==, "Sangat Baik");
  g_assert_true (isnan (b->value));
  g_assert_cmpuint (b->index, ==, 1);
  g_assert_cmpstr (t->total_rows[0], ==, "Jumlah");
  g_assert_null (t->total_rows[1]);

  /* malformed entries are refused like any other breach, with path and place */
  assert_refused (", \"printed\": [{\"value\": 4}]", "printed[0].of", "of");
  assert_refused (", \"printed\": [{\"of\": \"indicators.count\"}]", "printed[0].value", "value");
  assert_refused (", \"printed\": [{\"of\": \"indicators.count\", \"value\": true}]",
                  "printed[0].value", "number");
  assert_refused (", \"printed\": [{\"of\": \"indicators.count\", \"value\": [4]}]",
                  "printed[0].value", "number");
  assert_refused (", \"printed\": [{\"of\": \"indicators.count\", \"value\": null}]",
                  "printed[0].value", "number");
  assert_refused (", \"printed\": [{\"of\": \"indicators.count\", \"value\": \"\"}]",
                  "printed[0].value", "text");
  assert_refused (", \"printed\": [{\"of\": 3, \"value\": 4}]", "printed[0].of", "text");
  assert_refused (", \"printed\": [{\"of\": \"indicators.count\", \"value\": 4, \"where\": 2}]",
                  "printed[0].where", "text");
  assert_refused (", \"printed\": [{\"of\": \"indicators.count\", \"value\": 4, \"text\": {}}]",
                  "printed[0].text", "text");
  assert_refused (", \"printed\": {\"of\": \"indicators.count\"}", "printed", "array");
  assert_refused (", \"printed\": [4]", "printed[0]", "object");
  assert_refused (", \"context\": [{\"rows\": [], \"total_rows\": [\"Jumlah\", 2]}]",
                  "context[0].total_rows[1]", "text");
  assert_refused (", \"context\": [{\"rows\": [], \"total_rows\": \"Jumlah\"}]",
                  "context[0].total_rows", "array");
}

/* An `of` that names nothing is a finding, never a refusal. */
static void
test_names_nothing (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"indicators\": [{\"id\": \"nka\", \"name\": \"NKA\", \"years\": {\"2023\": {\"target\": 1}}}],"
    " \"printed\": ["
    "  {\"of\": \"indicators[ikpa].years.2023.target\", \"value\": 1},"
    "  {\"of\": \"indicators[nka].years.2019.target\", \"value\": 1},"
    "  {\"of\": \"indicators[nka].years.2023.colour\", \"value\": 1},"
    "  {\"of\": \"budget.2024.allocation\", \"value\": 1},"
    "  {\"of\": \"nonsense[\", \"value\": 1},"
    "  {\"of\": \"indicators[nka].years.2023.realization\", \"value\": 1, \"where\": \"BAB II\"},"
    "  {\"of\": \"indicators[nka].years.2023.target\", \"value\": \"Baik\"},"
    "  {\"of\": \"indicators[nka].years.2023.target\", \"value\": 1},"
    "  {\"of\": \"\", \"value\": 1}]");
  g_autoptr(GPtrArray) findings = check (plan);

  assert_finding (findings, "printed[0].of", KJ_SEVERITY_WARNING, "ikpa", NULL);
  assert_finding (findings, "printed[1].of", KJ_SEVERITY_WARNING, "2019", NULL);
  assert_finding (findings, "printed[2].of", KJ_SEVERITY_WARNING, "colour", NULL);
  assert_finding (findings, "printed[3].of", KJ_SEVERITY_WARNING, "budget", NULL);
  assert_finding (findings, "printed[4].of", KJ_SEVERITY_WARNING, "nonsense[", NULL);
  /* no realisation in the data: said, as a note naming the place */
  assert_finding (findings, "printed[5].value", KJ_SEVERITY_NOTE, "BAB II", "cannot be checked", NULL);
  assert_finding (findings, "printed[6].value", KJ_SEVERITY_WARNING, "number", NULL);
  assert_none (findings, "printed[7].value");
  /* an empty "of" cannot be read either: a finding, not a refusal (contract) */
  assert_finding (findings, "printed[8].of", KJ_SEVERITY_WARNING, "cannot be checked", NULL);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpuint (((KjDiagnostic *) g_ptr_array_index (findings, i))->line, >, 0);
}

/* The precision boundary: a printed 84.94 stands for [84.935, 84.945]. */
static void
test_precision (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"indicators\": ["
    "  {\"id\": \"a\", \"name\": \"A\", \"years\": {\"2023\": {\"target\": 100, \"realization\": 84.935}}},"
    "  {\"id\": \"b\", \"name\": \"B\", \"years\": {\"2023\": {\"target\": 100, \"realization\": 84.934}}}],"
    " \"printed\": ["
    "  {\"of\": \"indicators[a].years.2023.achievement\", \"value\": 84.94, \"where\": \"Lampiran\"},"
    "  {\"of\": \"indicators[b].years.2023.achievement\", \"value\": 84.94, \"where\": \"Lampiran\"},"
    "  {\"of\": \"indicators[b].years.2023.achievement\", \"value\": 84.9, \"text\": \"84,9%\"},"
    "  {\"of\": \"indicators[b].years.2023.achievement\", \"value\": 84.90},"
    "  {\"of\": \"indicators[a].years.2023.realization\", \"value\": 84.94, \"text\": \"84,94\"},"
    "  {\"of\": \"indicators[a].years.2023.realization\", \"value\": 84.93}]");
  g_autoptr(GPtrArray) findings = check (plan);

  assert_none (findings, "printed[0].value");
  assert_finding (findings, "printed[1].value", KJ_SEVERITY_WARNING, "Lampiran", "84.94",
                  "84.93", "B in 2023", NULL);
  /* the text's precision: 84,9 stands for [84.85, 84.95] */
  assert_none (findings, "printed[2].value");
  /* the file's digits: 84.90 stands for [84.895, 84.905] */
  assert_finding (findings, "printed[3].value", KJ_SEVERITY_WARNING, "84.90", NULL);
  assert_none (findings, "printed[4].value");
  assert_none (findings, "printed[5].value");
}

static void
test_money (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"budget\": {\"2024\": ["
    "   {\"code\": \"3247\", \"kegiatan\": \"Advokasi\", \"allocation\": 10000000000, \"realization\": 9000000000},"
    "   {\"code\": \"3248\", \"kegiatan\": \"Rehabilitasi\", \"allocation\": 5586086000, \"realization\": 5000000000}]},"
    " \"spending\": {\"2023\": [{\"category\": \"Belanja Pegawai\", \"allocation\": 4785094000,"
    "   \"realization\": 4765471234}]},"
    " \"outputs\": {\"2024\": [{\"name\": \"Keluarga\", \"target\": 5, \"realization\": 4}]},"
    " \"workplan\": {\"2024\": [{\"code\": \"A\", \"amount\": 300, \"children\": ["
    "   {\"code\": \"A.1\", \"amount\": 100}, {\"code\": \"A.2\", \"amount\": 200}]},"
    "   {\"code\": \"B\", \"amount\": 50}]},"
    " \"printed\": ["
    "  {\"of\": \"budget.2024.allocation\", \"value\": 15249203000, \"text\": \"Rp 15.249.203.000\","
    "   \"where\": \"Tabel Kebutuhan Pendanaan, TOTAL\"},"
    "  {\"of\": \"budget.2024.allocation\", \"value\": 15586086000, \"text\": \"Rp 15.586.086.000\"},"
    "  {\"of\": \"budget.2024.realization\", \"value\": 14000000000},"
    "  {\"of\": \"budget.2024.remaining\", \"value\": 1586086000},"
    "  {\"of\": \"budget.2024.absorption\", \"value\": 89.82, \"text\": \"89,82%\"},"
    "  {\"of\": \"budget.2024.absorption\", \"value\": 89.84, \"text\": \"89,84%\"},"
    "  {\"of\": \"budget.2024.remaining_share\", \"value\": 10.18},"
    "  {\"of\": \"budget.2024[3247].allocation\", \"value\": 10000000000},"
    "  {\"of\": \"budget.2024[Rehabilitasi].realization\", \"value\": 5500000000},"
    "  {\"of\": \"spending.2023.absorption\", \"value\": 99.59},"
    "  {\"of\": \"spending.2023[belanja pegawai].remaining\", \"value\": 19622766},"
    "  {\"of\": \"outputs.2024[Keluarga].achievement\", \"value\": 80},"
    "  {\"of\": \"outputs.2024[Keluarga].achievement\", \"value\": 100},"
    "  {\"of\": \"workplan.2024.amount\", \"value\": 350},"
    "  {\"of\": \"workplan.2024.amount\", \"value\": 360, \"where\": \"RKA-K/L\"},"
    "  {\"of\": \"workplan.2024[A/A.2].amount\", \"value\": 200},"
    "  {\"of\": \"workplan.2024[A/A.3].amount\", \"value\": 200}]");
  g_autoptr(GPtrArray) findings = check (plan);

  /* seed 001: Rp 15.249.203.000 printed, the rows add to Rp 15.586.086.000 */
  assert_finding (findings, "printed[0].value", KJ_SEVERITY_WARNING, "Rp 15.249.203.000",
                  "Tabel Kebutuhan Pendanaan, TOTAL", "15,586,086,000", "336,883,000", NULL);
  assert_none (findings, "printed[1].value");
  assert_none (findings, "printed[2].value");
  assert_none (findings, "printed[3].value");
  /* 14 000 000 000 ÷ 15 586 086 000 = 89.8240… % */
  assert_none (findings, "printed[4].value");
  assert_finding (findings, "printed[5].value", KJ_SEVERITY_WARNING, "89,84%", "89.82%", NULL);
  assert_none (findings, "printed[6].value");
  assert_none (findings, "printed[7].value");
  assert_finding (findings, "printed[8].value", KJ_SEVERITY_WARNING, "Rehabilitasi",
                  "5,000,000,000", NULL);
  assert_none (findings, "printed[9].value");
  assert_none (findings, "printed[10].value");
  assert_none (findings, "printed[11].value");
  assert_finding (findings, "printed[12].value", KJ_SEVERITY_WARNING, "80.00%", NULL);
  assert_none (findings, "printed[13].value");
  assert_finding (findings, "printed[14].value", KJ_SEVERITY_WARNING, "RKA-K/L", "Rp 350",
                  "Rp 10", NULL);
  assert_none (findings, "printed[15].value");
  assert_finding (findings, "printed[16].of", KJ_SEVERITY_WARNING, "A/A.3", NULL);
}

/* A printed total over lines one of which has no amount (an empty cell). */
static void
test_partial_total (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"budget\": {\"2024\": [{\"code\": \"1\", \"allocation\": 100}, {\"code\": \"2\"},"
    "                        {\"code\": \"3\", \"allocation\": 50}]},"
    " \"printed\": [{\"of\": \"budget.2024.allocation\", \"value\": 150},"
    "              {\"of\": \"budget.2024.allocation\", \"value\": 160, \"where\": \"TOTAL\"},"
    "              {\"of\": \"budget.2024[2].allocation\", \"value\": 10},"
    "              {\"of\": \"budget.2024.realization\", \"value\": 10}]");
  g_autoptr(GPtrArray) findings = check (plan);

  /* the present lines add up to the printed total: no finding */
  assert_none (findings, "printed[0].value");
  /* they do not: a note, not a slip */
  assert_finding (findings, "printed[1].value", KJ_SEVERITY_NOTE, "TOTAL", "some lines have no amount",
                  NULL);
  assert_finding (findings, "printed[2].value", KJ_SEVERITY_NOTE, "the line has no allocation", NULL);
  assert_finding (findings, "printed[3].value", KJ_SEVERITY_NOTE, "no line has a realisation", NULL);
}

static void
test_counts (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"indicators\": ["
    "  {\"id\": \"a\", \"name\": \"A\", \"years\": {\"2023\": {\"target\": 100, \"realization\": 100}}},"
    "  {\"id\": \"b\", \"name\": \"B\", \"years\": {\"2023\": {\"target\": 100, \"realization\": 120}}},"
    "  {\"id\": \"c\", \"name\": \"C\", \"years\": {\"2023\": {\"target\": 100, \"realization\": 80}}},"
    "  {\"id\": \"d\", \"name\": \"D\", \"years\": {\"2023\": {\"target\": 100, \"realization\": 50}}},"
    "  {\"id\": \"e\", \"name\": \"E\", \"years\": {\"2023\": {\"target\": 100}}}],"
    " \"printed\": ["
    "  {\"of\": \"indicators.count\", \"value\": 5, \"text\": \"5 (lima)\"},"
    "  {\"of\": \"indicators.2023.met_target\", \"value\": 2},"
    "  {\"of\": \"indicators.2023.above_target\", \"value\": 1},"
    "  {\"of\": \"indicators.2023.below_target\", \"value\": 3, \"text\": \"3 (tiga)\", \"where\": \"BAB II\"},"
    "  {\"of\": \"indicators.2023.category[sangat  baik]\", \"value\": 2},"
    "  {\"of\": \"indicators.2023.category[Kurang Baik]\", \"value\": 1},"
    "  {\"of\": \"indicators.2023.category[Baik]\", \"value\": 1, \"text\": \"satu\"},"
    "  {\"of\": \"indicators[c].years.2023.category\", \"value\": \"baik\"},"
    "  {\"of\": \"indicators[c].years.2023.category\", \"value\": \"Sangat Baik\", \"where\": \"Tabel 3.1\"},"
    "  {\"of\": \"indicators.2023.count\", \"value\": 4, \"text\": \"4 (empat)\"},"
    "  {\"of\": \"indicators.2023.count\", \"value\": 5}]");
  g_autoptr(GPtrArray) findings = check (plan);

  assert_none (findings, "printed[0].value");
  assert_none (findings, "printed[0].text");
  assert_none (findings, "printed[1].value");
  assert_none (findings, "printed[2].value");
  /* two are below target, not three (E has no achievement: not counted) */
  assert_finding (findings, "printed[3].value", KJ_SEVERITY_WARNING, "BAB II", "“3 (tiga)”",
                  "below their target", "2", NULL);
  assert_none (findings, "printed[3].text");
  assert_none (findings, "printed[4].value");
  assert_none (findings, "printed[5].value");
  assert_none (findings, "printed[6].value");
  assert_none (findings, "printed[7].value");
  assert_finding (findings, "printed[8].value", KJ_SEVERITY_WARNING, "Tabel 3.1", "“Baik”", NULL);
  /* E has no achievement in 2023: four measured, not five */
  assert_none (findings, "printed[9].value");
  assert_finding (findings, "printed[10].value", KJ_SEVERITY_WARNING, "measured in 2023", NULL);
}

/* "4 (lima)": digits and words that disagree. */
static void
test_words_in_text (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"indicators\": [{\"id\": \"a\", \"name\": \"A\", \"years\": {\"2023\": {\"target\": 100, \"realization\": 90}}}],"
    " \"printed\": ["
    "  {\"of\": \"indicators.2023.below_target\", \"value\": 1, \"text\": \"1 (lima)\", \"where\": \"BAB II, paragraf 3\"},"
    "  {\"of\": \"indicators.2023.below_target\", \"value\": 1, \"text\": \"1 (satu)\"},"
    "  {\"of\": \"indicators.2023.below_target\", \"value\": 1, \"text\": \"1 (one)\"},"
    "  {\"of\": \"indicators.2023.below_target\", \"value\": 1, \"text\": \"2 (dua)\"},"
    "  {\"of\": \"indicators.count\", \"value\": 1, \"text\": \"sebelas\"}]");
  g_autoptr(GPtrArray) findings = check (plan);

  assert_finding (findings, "printed[0].text", KJ_SEVERITY_WARNING, "BAB II, paragraf 3",
                  "“1 (lima)”", "lima", "5", NULL);
  assert_none (findings, "printed[0].value");
  assert_none (findings, "printed[1].text");
  assert_none (findings, "printed[2].text");
  /* the text reads 2 where the file's value says 1 */
  assert_finding (findings, "printed[3].value", KJ_SEVERITY_WARNING, "2 (dua)", NULL);
  /* words only: "sebelas" is 11, not the value 1 (nor the one indicator) */
  assert_finding (findings, "printed[4].value", KJ_SEVERITY_WARNING, "sebelas", "11", NULL);
}

/* Figures of one quantity that the data cannot decide, against each other. */
static void
test_each_other (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"indicators\": [{\"id\": \"a\", \"name\": \"A\", \"years\": {\"2023\": {\"target\": 80}}}],"
    " \"printed\": ["
    "  {\"of\": \"indicators[a].years.2023.realization\", \"value\": 72.25, \"where\": \"Tabel 3.1\"},"
    "  {\"of\": \"indicators[a].years.2023.realization\", \"value\": 72.3, \"where\": \"Ikhtisar\"},"
    "  {\"of\": \"indicators[a].years.2023.realization\", \"value\": 72.52, \"where\": \"Lampiran\"}]");
  g_autoptr(GPtrArray) findings = check (plan);

  assert_finding (findings, "printed[0].value", KJ_SEVERITY_NOTE, "cannot be checked", NULL);
  /* 72.3 and 72.25 can be one number, rounded twice */
  g_assert_cmpint (((KjDiagnostic *) find (findings, "printed[1].value"))->severity, ==,
                   KJ_SEVERITY_NOTE);
  {
    gboolean contradiction = FALSE;
    for (guint i = 0; i < findings->len; i++)
      {
        KjDiagnostic *d = g_ptr_array_index (findings, i);
        if (g_str_equal (d->path, "printed[2].value") && d->severity == KJ_SEVERITY_WARNING)
          {
            contradiction = TRUE;
            g_assert_nonnull (strstr (d->message, "Lampiran"));
            g_assert_nonnull (strstr (d->message, "Tabel 3.1"));
            g_assert_nonnull (strstr (d->message, "72.52"));
          }
        g_assert_false (g_str_equal (d->path, "printed[1].value") && d->severity == KJ_SEVERITY_WARNING);
      }
    g_assert_true (contradiction);
  }
}

static void
test_breakdown (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"indicators\": [{\"id\": \"dektara\", \"name\": \"Dektara\", \"value_scale\": \"dektara\","
    "   \"breakdown\": {\"2023\": [{\"area\": \"Kota Kupang\", \"target\": 80, \"value\": 88.30}]}}],"
    " \"printed\": ["
    "  {\"of\": \"indicators[dektara].breakdown.2023[Kota Kupang].value\", \"value\": 88.3},"
    "  {\"of\": \"indicators[dektara].breakdown.2023[Kota Kupang].achievement\", \"value\": 110.38},"
    "  {\"of\": \"indicators[dektara].breakdown.2023[Kota Kupang].category\", \"value\": \"Sangat Tinggi\"},"
    "  {\"of\": \"indicators[dektara].breakdown.2023[Kota Kupang].value\", \"value\": 88.4},"
    "  {\"of\": \"indicators[dektara].breakdown.2023[Kab. Alor].value\", \"value\": 88.4}]");
  g_autoptr(GPtrArray) findings = check (plan);

  assert_none (findings, "printed[0].value");
  assert_none (findings, "printed[1].value");
  assert_finding (findings, "printed[2].value", KJ_SEVERITY_WARNING, "Tinggi", NULL);
  assert_finding (findings, "printed[3].value", KJ_SEVERITY_WARNING, "Kota Kupang", "88.3", NULL);
  assert_finding (findings, "printed[4].of", KJ_SEVERITY_WARNING, "Kab. Alor", NULL);
}

static void
test_context_totals (void)
{
  g_autoptr(KjPlan) plan = load (
    ", \"context\": ["
    "  {\"id\": \"kasus\", \"title\": \"Kasus narkotika\", \"columns\": [\"Uraian\", \"2020\", \"2021\"],"
    "   \"rows\": [[\"Sabu\", 3, 2], [\"Ganja\", 1, 4], [\"Jumlah\", 4, 7],"
    "              [\"Pria\", 1.25, null], [\"Wanita\", 2.29, \"–\"], [\"Total\", 3.5, 1]],"
    "   \"total_rows\": [\"Jumlah\", \"total\", \"Rata-rata\"]},"
    "  {\"id\": \"b\", \"columns\": [\"Uraian\", \"2020\"], \"rows\": [[\"A\", 2.24], [\"Jumlah\", 2.2]],"
    "   \"total_rows\": [\"Jumlah\"]},"
    "  {\"id\": \"c\", \"columns\": [\"No\", \"Uraian\", \"2024\", \"2025\"],"
    "   \"rows\": [[null, \"TOTAL PAGU\", 5, 4], [1, \"A\", 2, 2], [2, \"B\", 2, 2]],"
    "   \"total_rows\": [\"total pagu\"]}],"
    " \"printed\": [{\"of\": \"context[kasus].rows[Sabu].2021\", \"value\": 2},"
    "              {\"of\": \"context[kasus].rows[Ganja].2021\", \"value\": 5}]");
  g_autoptr(GPtrArray) findings = check (plan);

  assert_none (findings, "context[0].rows[2][1]");
  /* 2 + 4 is 6, printed 7 */
  assert_finding (findings, "context[0].rows[2][2]", KJ_SEVERITY_WARNING, "Kasus narkotika",
                  "Jumlah", "2021", "7", "6", NULL);
  /* 1.25 + 2.29 = 3.54, printed 3.5: within [3.45, 3.55] */
  assert_none (findings, "context[0].rows[5][1]");
  /* a column with no number above the total is not summed */
  assert_none (findings, "context[0].rows[5][2]");
  assert_finding (findings, "context[0].total_rows[2]", KJ_SEVERITY_WARNING, "Rata-rata", NULL);
  /* 2.24 printed 2.2 is within [2.15, 2.25] */
  assert_none (findings, "context[1].rows[1][1]");
  /* a total printed first, its label after a "No" column: of the rows below */
  assert_finding (findings, "context[2].rows[0][2]", KJ_SEVERITY_WARNING, "TOTAL PAGU", "below",
                  "5", "4", NULL);
  assert_none (findings, "context[2].rows[0][3]");
  assert_none (findings, "context[2].rows[0][0]");
  assert_none (findings, "printed[0].value");
  assert_finding (findings, "printed[1].value", KJ_SEVERITY_WARNING, "Ganja", "2021", NULL);
  /* and the finding says where the document prints the total */
  g_assert_cmpstr (find (findings, "context[0].rows[2][2]")->where, ==,
                   "Kasus narkotika, Jumlah, 2021");
}

static void
test_number_words (void)
{
  static const struct { const char *words; gint64 value; } good[] = {
    { "satu", 1 }, { "dua", 2 }, { "sembilan", 9 }, { "sepuluh", 10 }, { "sebelas", 11 },
    { "dua belas", 12 }, { "sembilan belas", 19 }, { "dua puluh", 20 },
    { "dua puluh satu", 21 }, { "sembilan puluh sembilan", 99 }, { "seratus", 100 },
    { "seratus satu", 101 }, { "seratus sebelas", 111 }, { "dua ratus lima puluh", 250 },
    { "sembilan ratus sembilan puluh sembilan", 999 }, { "seribu", 1000 },
    { "seribu dua ratus", 1200 }, { "dua ribu dua puluh empat", 2024 },
    { "sembilan ratus sembilan puluh sembilan ribu", 999000 },
    { "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan", 999999 },
    { "sepuluh ribu", 10000 }, { "Lima", 5 }, { "nol", 0 }, { "dua juta", 2000000 },
    { "one", 1 }, { "twelve", 12 }, { "twenty-one", 21 }, { "one hundred and five", 105 },
    { "two thousand twenty-four", 2024 }, { "ninety nine", 99 },
  };
  static const char *bad[] = {
    "", "dua tiga", "belas", "puluh dua", "seratus seratus", "lima puluh dua puluh",
    "ribu", "seribu seribu", "dua ribu tiga ribu", "satu nol", "twenty lima", "and",
    "empat indikator", "sebelas belas",
  };
  gint64 v;
  g_autofree char *words = NULL, *words2 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      if (!kj_number_words_parse (good[i].words, &v))
        g_error ("\"%s\" not read", good[i].words);
      g_assert_cmpint (v, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (kj_number_words_parse (bad[i], &v))
      g_error ("\"%s\" read as %" G_GINT64_FORMAT, bad[i], v);

  g_assert_true (kj_number_words_find ("4 (lima)", &v, &words));
  g_assert_cmpint (v, ==, 5);
  g_assert_cmpstr (words, ==, "lima");
  g_clear_pointer (&words, g_free);
  g_assert_true (kj_number_words_find ("sebanyak 20 (dua puluh) indikator", &v, &words));
  g_assert_cmpint (v, ==, 20);
  g_assert_cmpstr (words, ==, "dua puluh");
  g_assert_false (kj_number_words_find ("Rp 15.249.203.000", &v, NULL));
  /* words in parentheses after the digits, a unit after them */
  g_assert_true (kj_number_words_in_parentheses ("2 (dua) indikator sangat kurang", &v, NULL));
  g_assert_cmpint (v, ==, 2);
  g_assert_true (kj_number_words_in_parentheses ("Rp 15.249.203.000 (Lima Belas Miliar Dua Ratus "
                                                 "Empat Puluh Sembilan Juta Dua Ratus Tiga Ribu "
                                                 "Rupiah)", &v, NULL));
  g_assert_cmpint (v, ==, 15249203000);
  /* seed 001 misspells it "Myliar": not read, rather than read as 15 */
  g_assert_false (kj_number_words_in_parentheses ("Rp 15.249.203.000 (Lima Belas Myliar Dua Ratus "
                                                  "Empat Puluh Sembilan Juta Dua Ratus Tiga Ribu "
                                                  "Rupiah)", &v, NULL));
  g_assert_false (kj_number_words_in_parentheses ("4 lima", &v, NULL));
  g_assert_false (kj_number_words_in_parentheses ("4 (lihat tabel)", &v, NULL));
  /* the other order: the words, then the digits alone in parentheses */
  g_assert_true (kj_number_words_in_parentheses ("sebanyak dua belas (12) indikator", &v, &words2));
  g_assert_cmpint (v, ==, 12);
  g_assert_cmpstr (words2, ==, "dua belas");
  g_assert_true (kj_number_words_in_parentheses ("tujuh persen (7%)", &v, NULL));
  g_assert_cmpint (v, ==, 7);
  g_assert_false (kj_number_words_in_parentheses ("lihat tabel (12)", &v, NULL));
  g_assert_false (kj_number_words_in_parentheses ("tujuh (lihat 7)", &v, NULL));
  g_assert_false (kj_number_words_find ("84,94%", &v, NULL));
}

static void
test_text_number (void)
{
  double n;
  int d;

  g_assert_true (kj_printed_text_number ("Rp 15.249.203.000", 15249203000, &n, &d));
  g_assert_cmpfloat (n, ==, 15249203000);
  g_assert_cmpint (d, ==, 0);
  g_assert_true (kj_printed_text_number ("84,94%", 84.94, &n, &d));
  g_assert_cmpfloat_with_epsilon (n, 84.94, 1e-9);
  g_assert_cmpint (d, ==, 2);
  g_assert_true (kj_printed_text_number ("84.94 %", 84.94, &n, &d));
  g_assert_cmpint (d, ==, 2);
  g_assert_true (kj_printed_text_number ("1,250.5", 1250.5, &n, &d));
  g_assert_cmpfloat (n, ==, 1250.5);
  /* "1.500" reads both ways: the file's value decides */
  g_assert_true (kj_printed_text_number ("1.500", 1500, &n, &d));
  g_assert_cmpfloat (n, ==, 1500);
  g_assert_true (kj_printed_text_number ("1.500", 1.5, &n, &d));
  g_assert_cmpfloat (n, ==, 1.5);
  g_assert_cmpint (d, ==, 3);
  /* a scale word: "15,25 miliar" stands for [15 245 000 000, 15 255 000 000] */
  g_assert_true (kj_printed_text_number ("Rp 15,25 miliar", 15249203000, &n, &d));
  g_assert_cmpfloat (n, ==, 15250000000);
  g_assert_cmpint (d, ==, -7);
  g_assert_false (kj_printed_differs_at (n, d, 15249203000));
  g_assert_true (kj_printed_differs_at (n, d, 15586086000));
  g_assert_true (kj_printed_text_number ("1.5 million", 1500000, &n, &d));
  g_assert_cmpfloat (n, ==, 1500000);
  g_assert_true (kj_printed_text_number ("4 (empat)", 4, &n, &d));
  g_assert_cmpfloat (n, ==, 4);
  /* a negative amount with its sign away from the digits, or in parentheses:
   * negative when the file's value is; a dash that separates is no sign */
  g_assert_true (kj_printed_text_number ("-Rp 5.000.000", -5000000, &n, &d));
  g_assert_cmpfloat (n, ==, -5000000);
  g_assert_true (kj_printed_text_number ("minus Rp 5.000.000", -5000000, &n, &d));
  g_assert_cmpfloat (n, ==, -5000000);
  g_assert_true (kj_printed_text_number ("(5.000.000)", -5000000, &n, &d));
  g_assert_cmpfloat (n, ==, -5000000);
  g_assert_true (kj_printed_text_number ("Rp 5.000.000", -5000000, &n, &d));
  g_assert_cmpfloat (n, ==, 5000000);
  g_assert_true (kj_printed_text_number ("TOTAL - Rp 5.000.000", 5000000, &n, &d));
  g_assert_cmpfloat (n, ==, 5000000);
  g_assert_false (kj_printed_text_number ("empat", 4, &n, &d));
  g_assert_cmpint (kj_number_text_decimals ("147.00"), ==, 2);
  g_assert_cmpint (kj_number_text_decimals ("8494e-2"), ==, 2);
  g_assert_cmpint (kj_number_text_decimals ("1.5e3"), ==, 0);
  g_assert_false (kj_printed_differs_at (84.94, 2, 84.935));
  g_assert_false (kj_printed_differs_at (84.94, 2, 84.945));
  g_assert_true (kj_printed_differs_at (84.94, 2, 84.934));
}

static KjPlan *
load_named (const char *name,
            const char *satker,
            const char *body)
{
  g_autoptr(KjDiagnostic) d = NULL;
  KjPlan *plan = try_load (name, satker, body, &d);

  if (plan == NULL)
    g_error ("refused: %s: %s", d->path, d->message);
  return plan;
}

static const KjDiagnostic *
find_in (GPtrArray  *findings,
         const char *path)
{
  return find (findings, path);
}

/* A province's per-kota rows against the kota's own files. */
static void
test_across_files (void)
{
  g_autoptr(KjPlan) province = load_named ("bnnp-uji.json",
    "{\"name\": \"BNN Provinsi Uji\", \"level\": \"provinsi\"}",
    ", \"indicators\": [{\"id\": \"dektara\", \"name\": \"Dektara\","
    "   \"breakdown\": {\"2023\": ["
    "     {\"area\": \"Kota A\", \"satker\": \"BNN Kota A\", \"target\": 80, \"value\": 86.3},"
    "     {\"area\": \"Kota B\", \"satker\": \"bnnk b\", \"target\": 80, \"value\": 70.1},"
    "     {\"area\": \"Kab. C\", \"satker\": \"BNN Kabupaten C\", \"value\": 10},"
    "     {\"area\": \"Kota D\", \"value\": 10}]}}]");
  g_autoptr(KjPlan) a = load_named ("bnn-kota-a.json",
    "{\"name\": \"BNN Kota A\", \"code\": \"001\"}",
    ", \"indicators\": [{\"id\": \"dektara\", \"name\": \"Dektara\","
    "   \"years\": {\"2023\": {\"target\": 80, \"realization\": 86.25}}}]");
  g_autoptr(KjPlan) b = load_named ("bnn-kota-b.json",
    "{\"name\": \"BNN Kota B\", \"short_name\": \"BNNK B\"}",
    ", \"indicators\": [{\"id\": \"x\", \"name\": \"X\"}, {\"id\": \"dektara\", \"name\": \"Dektara\","
    "   \"years\": {\"2023\": {\"target\": 82, \"realization\": 75}}}]");
  g_autoptr(KjWorkspace) ws = kj_workspace_new ();
  GPtrArray *fp, *fa, *fb;
  const KjDiagnostic *d;

  kj_workspace_add (ws, province);
  kj_workspace_add (ws, a);
  /* 86.25 is what a row's 86.3 stands for: no finding */
  g_assert_cmpuint (kj_workspace_get_across_findings (ws, province)->len, ==, 0);
  g_assert_cmpuint (kj_workspace_get_across_findings (ws, a)->len, ==, 0);

  /* adding B's file finds its row's value and target, in both files */
  kj_workspace_add (ws, b);
  fp = kj_workspace_get_across_findings (ws, province);
  fa = kj_workspace_get_across_findings (ws, a);
  fb = kj_workspace_get_across_findings (ws, b);
  g_assert_cmpuint (fp->len, ==, 2);
  g_assert_cmpuint (fa->len, ==, 0);
  g_assert_cmpuint (fb->len, ==, 2);
  d = find_in (fp, "indicators[0].breakdown.2023[1].value");
  g_assert_nonnull (d);
  g_assert_cmpint (d->severity, ==, KJ_SEVERITY_WARNING);
  g_assert_cmpstr (d->other, ==, "bnn-kota-b.json");
  g_assert_nonnull (strstr (d->message, "70.1"));
  g_assert_nonnull (strstr (d->message, "75"));
  g_assert_nonnull (strstr (d->message, "bnn-kota-b.json"));
  g_assert_cmpuint (d->line, >, 0);
  g_assert_nonnull (find_in (fp, "indicators[0].breakdown.2023[1].target"));
  d = find_in (fb, "indicators[1].years.2023.realization");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->other, ==, "bnnp-uji.json");
  g_assert_nonnull (strstr (d->message, "bnnp-uji.json"));
  g_assert_nonnull (strstr (d->message, "Kota B"));
  g_assert_nonnull (find_in (fb, "indicators[1].years.2023.target"));

  /* the same through the plain function, in the order given */
  {
    g_autoptr(GPtrArray) plans = g_ptr_array_new ();
    g_autoptr(GPtrArray) all = NULL;
    g_ptr_array_add (plans, b);
    g_ptr_array_add (plans, province);
    all = kj_check_across (plans);
    g_assert_cmpuint (all->len, ==, 2);
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (all, 0))->len, ==, 2);
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (all, 1))->len, ==, 2);
  }

  /* clearing forgets them */
  kj_workspace_clear (ws);
  g_assert_cmpuint (kj_workspace_get_across_findings (ws, province)->len, ==, 0);
}

/* Many printed figures naming rows of a large table, many total labels and a
 * long text of number words: linear, not quadratic (a quadratic pass over
 * 20 000 × 20 000 labels takes minutes). */
static void
test_linear (void)
{
  const guint n = 20000;
  g_autoptr(GString) body = g_string_new (", \"indicators\": [{\"id\": \"a\", \"name\": \"A\","
                                          " \"breakdown\": {\"2023\": [");
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gint64 start;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (body, "%s{\"area\": \"Kab %u\", \"value\": %u}", i ? "," : "", i, i);
  g_string_append (body, "]}}], \"context\": [{\"id\": \"t\", \"columns\": [\"Uraian\", \"2020\"], \"rows\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (body, "[\"R%u\", 1],", i);
  g_string_append (body, "[\"Jumlah\", 1]], \"total_rows\": [\"Jumlah\"");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (body, ", \"X%u\"", i);
  g_string_append (body, "]}], \"printed\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (body, "{\"of\": \"indicators[a].breakdown.2023[kab %u].value\", \"value\": %u},"
                            "{\"of\": \"context[t].rows[R%u].2020\", \"value\": 1},", i, i, i);
  g_string_append (body, "{\"of\": \"indicators.count\", \"value\": 1, \"text\": \"1 (");
  for (guint i = 0; i < n; i++)
    g_string_append (body, "satu ");
  g_string_append (body, ")\"}]");
  plan = load (body->str);
  start = g_get_monotonic_time ();
  findings = kj_plan_check (plan);
  g_test_message ("checked %u printed figures in %.0f ms", 2 * n + 1,
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
  /* every figure agrees; the table's total (1 of 20 000) and the labels that
   * start no row are found */
  assert_none (findings, "printed[0].value");
  assert_none (findings, "printed[39999].value");
  assert_finding (findings, "context[0].rows[20000][1]", KJ_SEVERITY_WARNING, "20,000", NULL);
  assert_finding (findings, "context[0].total_rows[20000]", KJ_SEVERITY_WARNING, "X19999", NULL);
}

/* A row's precision is its digits as written: 86.30 is not 86.25. */
static void
test_across_digits (void)
{
  g_autoptr(KjPlan) province = load_named ("p.json", "{\"name\": \"BNNP P\"}",
    ", \"indicators\": [{\"id\": \"d\", \"name\": \"D\", \"breakdown\": {\"2023\": ["
    "  {\"area\": \"A\", \"satker\": \"BNN Kota A\", \"value\": 86.30},"
    "  {\"area\": \"B\", \"satker\": \"BNN Kota B\", \"value\": 86.3}]}}]");
  g_autoptr(KjPlan) a = load_named ("a.json", "{\"name\": \"BNN Kota A\"}",
    ", \"indicators\": [{\"id\": \"d\", \"name\": \"D\", \"years\": {\"2023\": {\"realization\": 86.25}}}]");
  g_autoptr(KjPlan) b = load_named ("b.json", "{\"name\": \"BNN Kota B\"}",
    ", \"indicators\": [{\"id\": \"d\", \"name\": \"D\", \"years\": {\"2023\": {\"realization\": 86.25}}}]");
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *fp;

  g_ptr_array_add (plans, province);
  g_ptr_array_add (plans, a);
  g_ptr_array_add (plans, b);
  all = kj_check_across (plans);
  fp = g_ptr_array_index (all, 0);
  g_assert_nonnull (find (fp, "indicators[0].breakdown.2023[0].value"));
  g_assert_null (find (fp, "indicators[0].breakdown.2023[1].value"));
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (all, 1))->len, ==, 1);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (all, 2))->len, ==, 0);
}

/* The samples' findings, as --check prints them, against the list kept in
 * tests/data/samples-findings.txt (positions left out: they move with edits). */
static void
test_samples (void)
{
  g_autofree char *cmd = g_strdup_printf ("%s --check %s", KINERJA_BIN, SAMPLES_DIR);
  g_autofree char *out = NULL, *expected = NULL, *path = NULL;
  g_autoptr(GRegex) position = g_regex_new (" \\(line [0-9]+, column [0-9]+\\)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (cmd, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *line = lines[i];
      g_autofree char *plain = NULL;

      if (*line == '\0')
        continue;
      if (g_str_has_prefix (line, SAMPLES_DIR))
        line += strlen (SAMPLES_DIR);
      while (*line == '/')
        line++;
      plain = g_regex_replace_literal (position, line, -1, 0, "", 0, NULL);
      g_string_append_printf (got, "%s\n", plain);
    }
  path = g_build_filename (TEST_DATA_DIR, "samples-findings.txt", NULL);
  g_assert_true (g_file_get_contents (path, &expected, NULL, NULL));
  if (!g_str_equal (got->str, expected))
    {
      g_autofree char *fresh = g_build_filename (g_get_tmp_dir (), "samples-findings.txt", NULL);
      g_file_set_contents (fresh, got->str, -1, NULL);
      g_error ("the samples' findings differ from %s; what --check prints now is in %s", path, fresh);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/model/printed/loader", test_loader);
  g_test_add_func ("/kinerja/model/printed/names-nothing", test_names_nothing);
  g_test_add_func ("/kinerja/model/printed/precision", test_precision);
  g_test_add_func ("/kinerja/model/printed/money", test_money);
  g_test_add_func ("/kinerja/model/printed/partial-total", test_partial_total);
  g_test_add_func ("/kinerja/model/printed/counts", test_counts);
  g_test_add_func ("/kinerja/model/printed/words-in-text", test_words_in_text);
  g_test_add_func ("/kinerja/model/printed/each-other", test_each_other);
  g_test_add_func ("/kinerja/model/printed/breakdown", test_breakdown);
  g_test_add_func ("/kinerja/model/printed/context-totals", test_context_totals);
  g_test_add_func ("/kinerja/model/printed/number-words", test_number_words);
  g_test_add_func ("/kinerja/model/printed/text-number", test_text_number);
  g_test_add_func ("/kinerja/model/printed/across-files", test_across_files);
  g_test_add_func ("/kinerja/model/printed/across-digits", test_across_digits);
  g_test_add_func ("/kinerja/model/printed/linear", test_linear);
  g_test_add_func ("/kinerja/model/printed/samples", test_samples);
  return g_test_run ();
}
