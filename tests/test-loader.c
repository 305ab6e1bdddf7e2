/* test-loader.c: good files load, every malformed file is refused clearly
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "io/kj-load.h"
#include "io/kj-plan-io.h"

static GFile *
data_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, dir, name, NULL);
  return g_file_new_for_path (path);
}

static void
test_good_files (void)
{
  const char *names[] = { "minimal.json", "unknown-members.json", "lower-is-better.json",
                          "scale-override.json", "numbers.json", "bom.json", "null-optional.json",
                          "depth-64.json", "period-50-years.json", "years-outside-period.json",
                          "empty-collections.json", "full.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) file = data_file ("good", names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(KjPlan) plan = kj_plan_load_file (file, NULL, &error);

      g_test_message ("%s", names[i]);
      g_assert_no_error (error);
      g_assert_nonnull (kj_plan_get_satker (plan)->name);
    }
}

/* Every file of the corpus is refused, naming the JSON path and line the
 * corpus expects; none crashes, and the message says what was expected. */
static void
test_bad_corpus (void)
{
  g_autofree char *expected_path = g_build_filename (TEST_DATA_DIR, "bad", "EXPECTED", NULL);
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);
      g_autoptr(GFile) file = NULL;
      g_autoptr(KjDiagnostic) d = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KjPlan) plan = NULL;

      if (g_strv_length (fields) < 3)
        continue;
      file = data_file ("bad", fields[0]);
      plan = kj_plan_load_file (file, &d, &error);
      g_test_message ("%s: %s", fields[0], error ? error->message : "(loaded)");
      g_assert_null (plan);
      g_assert_error (error, KJ_PLAN_ERROR, error->code);
      g_assert_nonnull (d);
      g_assert_cmpint (d->severity, ==, KJ_SEVERITY_ERROR);
      if (!g_str_equal (fields[1], "-"))
        g_assert_cmpstr (d->path, ==, fields[1]);
      if (!g_str_equal (fields[2], "-"))
        g_assert_cmpuint (d->line, ==, (guint) atoi (fields[2]));
      g_assert_cmpuint (d->column, >, 0);
      /* file, path, line:column and what was expected, in one message */
      g_assert_true (g_str_has_suffix (d->file, fields[0]));
      g_assert_nonnull (strstr (error->message, fields[0]));
      g_assert_nonnull (strstr (error->message, d->path));
      g_assert_nonnull (strstr (d->message, "expected"));
      n++;
    }
  g_assert_cmpuint (n, >=, 30);
}

static void
test_version_error_code (void)
{
  g_autoptr(GFile) file = data_file ("bad", "25-version-newer.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KjPlan) plan = kj_plan_load_file (file, NULL, &error);

  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_VERSION);
}

/* A folder with good and bad files: the bad ones never block the others. */
static void
test_folder_mixed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  const char *copy[][2] = { { "good", "minimal.json" }, { "bad", "40-target-string.json" },
                            { "good", "full.json" }, { "bad", "01-empty.json" } };

  for (guint i = 0; i < G_N_ELEMENTS (copy); i++)
    {
      g_autofree char *src = g_build_filename (TEST_DATA_DIR, copy[i][0], copy[i][1], NULL);
      g_autofree char *dst = g_build_filename (dir, copy[i][1], NULL);
      g_autofree char *text = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (src, &text, &len, NULL));
      g_assert_true (g_file_set_contents (dst, text, len, NULL));
    }
  {
    g_autofree char *other = g_build_filename (dir, "notes.txt", NULL);
    g_assert_true (g_file_set_contents (other, "not a plan", -1, NULL));
  }
  kj_load_files (&folder, 1, result);
  g_assert_cmpuint (result->plans->len, ==, 2);
  g_assert_cmpuint (result->problems->len, ==, 2);
  /* a folder's files in name order */
  g_assert_cmpstr (kj_plan_get_display_name (g_ptr_array_index (result->plans, 0)), !=, NULL);
  g_assert_true (g_str_has_suffix (kj_plan_get_display_name (g_ptr_array_index (result->plans, 0)),
                                   "full.json"));
}

static void
test_samples_load (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path (SAMPLES_DIR);
  g_autoptr(KjLoadResult) result = kj_load_result_new ();

  kj_load_files (&folder, 1, result);
  for (guint i = 0; i < result->problems->len; i++)
    g_test_message ("%s", kj_diagnostic_to_string (g_ptr_array_index (result->problems, i)));
  g_assert_cmpuint (result->problems->len, ==, 0);
  g_assert_cmpuint (result->plans->len, >=, 9);
}

/* Every prefix of a real file is refused or loaded, never a crash. */
static void
test_truncations (void)
{
  g_autofree char *path = g_build_filename (SAMPLES_DIR, "bnn-kota-kupang.json", NULL);
  g_autofree char *text = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  for (gsize cut = 0; cut < len; cut += 97)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (text, cut);
      g_autoptr(KjDiagnostic) d = NULL;
      g_autoptr(KjPlan) plan = kj_plan_load_bytes (bytes, "cut.json", NULL, &d, NULL);

      g_assert_null (plan);
      g_assert_nonnull (d);
      g_assert_cmpuint (d->line, >, 0);
    }
}

/* Flipped bytes: refused or loaded, never a crash. */
static void
test_corruptions (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "good", "full.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  const char junk[] = "{}[],:\"\\0x-e.\xff\n";
  gsize len;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  for (int i = 0; i < 3000; i++)
    {
      g_autofree char *copy = g_memdup2 (text, len);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(KjDiagnostic) d = NULL;
      g_autoptr(KjPlan) plan = NULL;

      for (int k = 0; k < 3; k++)
        copy[g_rand_int_range (rand, 0, len)] = junk[g_rand_int_range (rand, 0, sizeof junk - 1)];
      bytes = g_bytes_new (copy, len);
      plan = kj_plan_load_bytes (bytes, "x.json", NULL, &d, NULL);
      g_assert_true ((plan == NULL) != (d == NULL));
    }
}

static void
test_too_large (void)
{
  gsize size = 64 * 1024 * 1024 + 16;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KjPlan) plan = NULL;

  memset (data, ' ', size);
  data[0] = '{';
  data[size - 1] = '}';
  bytes = g_bytes_new_take (data, size);
  plan = kj_plan_load_bytes (bytes, "huge.json", NULL, NULL, &error);
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_LIMIT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/io/loader/good", test_good_files);
  g_test_add_func ("/kinerja/io/loader/bad-corpus", test_bad_corpus);
  g_test_add_func ("/kinerja/io/loader/version", test_version_error_code);
  g_test_add_func ("/kinerja/io/loader/folder-mixed", test_folder_mixed);
  g_test_add_func ("/kinerja/io/loader/samples", test_samples_load);
  g_test_add_func ("/kinerja/io/loader/truncations", test_truncations);
  g_test_add_func ("/kinerja/io/loader/corruptions", test_corruptions);
  g_test_add_func ("/kinerja/io/loader/too-large", test_too_large);
  return g_test_run ();
}
