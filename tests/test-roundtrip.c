/* test-roundtrip.c: nothing is lost between load and save
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "io/kj-json.h"
#include "io/kj-plan-io.h"

static KjDocument *
read_file_tree (const char *path)
{
  g_autofree char *text = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  return kj_json_read (text, len, NULL);
}

/* Same members, same order, same values written with the same digits, at
 * every depth; says where they differ. */
static void
assert_same_tree (KjNode     *a,
                  KjNode     *b,
                  const char *where)
{
  g_assert_cmpint (kj_node_type (a), ==, kj_node_type (b));
  if (kj_node_is_object (a))
    {
      g_assert_cmpuint (kj_node_get_length (a), ==, kj_node_get_length (b));
      for (guint i = 0; i < kj_node_get_length (a); i++)
        {
          g_autofree char *path = g_strdup_printf ("%s.%s", where, kj_node_get_member_name (a, i));
          g_assert_cmpstr (kj_node_get_member_name (a, i), ==, kj_node_get_member_name (b, i));
          assert_same_tree (kj_node_get_member_value (a, i), kj_node_get_member_value (b, i), path);
        }
    }
  else if (kj_node_is_array (a))
    {
      g_assert_cmpuint (kj_node_get_length (a), ==, kj_node_get_length (b));
      for (guint i = 0; i < kj_node_get_length (a); i++)
        {
          g_autofree char *path = g_strdup_printf ("%s[%u]", where, i);
          assert_same_tree (kj_node_get_element (a, i), kj_node_get_element (b, i), path);
        }
    }
  else if (!kj_node_equal (a, b))
    g_error ("values differ at %s", where);
}

static void
roundtrip (const char *path)
{
  g_autoptr(GFile) in = g_file_new_for_path (path);
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.json", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KjPlan) plan = kj_plan_load_file (in, NULL, &error);
  g_autoptr(KjPlan) again = NULL;
  g_autoptr(KjDocument) original = NULL, saved = NULL;
  g_autofree char *first = NULL, *second = NULL;

  g_test_message ("%s", path);
  g_assert_no_error (error);
  g_assert_true (kj_plan_save (plan, out, &error));
  g_assert_no_error (error);

  original = read_file_tree (path);
  saved = read_file_tree (out_path);
  assert_same_tree (kj_document_get_root (original), kj_document_get_root (saved), "$");

  /* saving what was saved changes nothing: the saver's output is stable */
  again = kj_plan_load_file (out, NULL, &error);
  g_assert_no_error (error);
  first = kj_plan_to_data (plan);
  second = kj_plan_to_data (again);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpuint (kj_plan_get_indicators (again)->len, ==, kj_plan_get_indicators (plan)->len);

  g_unlink (out_path);
  g_rmdir (dir);
}

static void
test_good_files (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "good", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      roundtrip (path);
      n++;
    }
  g_assert_cmpuint (n, >=, 6);
}

static void
test_samples (void)
{
  g_autoptr(GDir) d = g_dir_open (SAMPLES_DIR, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (SAMPLES_DIR, name, NULL);
      roundtrip (path);
    }
}

/* Unknown members are written back where they were, in their order. */
static void
test_unknown_members_text (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "good", "unknown-members.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KjPlan) plan = kj_plan_load_file (file, NULL, NULL);
  g_autofree char *text = kj_plan_to_data (plan);
  const char *generator = strstr (text, "\"x-generator\"");
  const char *version = strstr (text, "\"version\"");
  const char *catatan = strstr (text, "\"catatan\"");
  const char *last_year = strstr (text, "\"last_year\"");

  g_assert_nonnull (generator);
  g_assert_true (strstr (text, "\"format\"") < generator && generator < version);
  g_assert_true (catatan && catatan < last_year);
  g_assert_nonnull (strstr (text, "\"sumber_data\": {"));
  g_assert_nonnull (strstr (text, "\"lampiran\": [\"foto-1.jpg\", \"foto-2.jpg\"]"));
  g_assert_nonnull (strstr (text, "★★★★"));
}

/* Atomic save: the previous version stays as FILE.bak; no temporary is left. */
static void
test_atomic_save (void)
{
  g_autofree char *src = g_build_filename (TEST_DATA_DIR, "good", "minimal.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *bak = g_strconcat (path, ".bak", NULL);
  g_autofree char *old = NULL, *backup = NULL;
  g_autoptr(GFile) in = g_file_new_for_path (src);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(KjPlan) plan = kj_plan_load_file (in, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint entries = 0;

  g_assert_true (g_file_set_contents (path, "{\"previous\": true}", -1, NULL));
  g_assert_true (kj_plan_save (plan, out, &error));
  g_assert_true (g_file_get_contents (bak, &backup, NULL, NULL));
  g_assert_cmpstr (backup, ==, "{\"previous\": true}");
  g_assert_true (g_file_get_contents (path, &old, NULL, NULL));
  g_assert_nonnull (strstr (old, "kinerja-plan"));

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    entries++;
  g_assert_cmpuint (entries, ==, 2);

  /* an unwritable place fails with an error, and the old file is intact */
  {
    g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-dir/plan.json");
    g_autoptr(GError) e2 = NULL;
    g_assert_false (kj_plan_save (plan, nowhere, &e2));
    g_assert_error (e2, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO);
  }
  g_unlink (path);
  g_unlink (bak);
  g_rmdir (dir);
}

static void
test_numbers_keep_value (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "good", "numbers.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KjPlan) plan = kj_plan_load_file (file, NULL, NULL);
  g_autofree char *text = kj_plan_to_data (plan);

  g_assert_nonnull (strstr (text, "15249203000"));
  g_assert_nonnull (strstr (text, "84.96"));
  g_assert_null (strstr (text, "84.959999"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/io/roundtrip/good-files", test_good_files);
  g_test_add_func ("/kinerja/io/roundtrip/samples", test_samples);
  g_test_add_func ("/kinerja/io/roundtrip/unknown-members", test_unknown_members_text);
  g_test_add_func ("/kinerja/io/roundtrip/atomic-save", test_atomic_save);
  g_test_add_func ("/kinerja/io/roundtrip/numbers", test_numbers_keep_value);
  return g_test_run ();
}
