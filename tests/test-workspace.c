/* test-workspace.c: the national synthetic workspace: 207 plans load and check
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib.h>

#include "io/kj-load.h"
#include "model/kj-checks.h"
#include "model/kj-workspace.h"

static char *
generate (guint seed)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-ws-XXXXXX", NULL);
  g_autofree char *cmd = g_strdup_printf ("%s --seed %u %s", GEN_BIN, seed, dir);
  int status;

  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, &status, NULL));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return g_steal_pointer (&dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static char *
read_all (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *all = g_string_new (NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *text = NULL;
      g_file_get_contents (path, &text, NULL, NULL);
      g_string_append (all, text);
    }
  return g_string_free (all, FALSE);
}

/* "FILE\tPATH" of each warning or error the checks find in @plan. */
static void
add_found (GHashTable *found,
           KjPlan     *plan,
           GPtrArray  *findings)
{
  g_autofree char *base = g_path_get_basename (kj_plan_get_display_name (plan));

  for (guint i = 0; i < findings->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (findings, i);
      if (d->severity != KJ_SEVERITY_NOTE)
        g_hash_table_add (found, g_strdup_printf ("%s\t%s", base, d->path));
    }
}

/* What is in @a and not in @b, a few of them, for the failure message. */
static char *
missing_from (GHashTable *a,
              GHashTable *b)
{
  GString *out = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key;
  guint n = 0;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (b, key) && n++ < 5)
      g_string_append_printf (out, "  %s\n", (char *) key);
  if (n > 5)
    g_string_append_printf (out, "  … %u in all\n", n);
  return g_string_free (out, FALSE);
}

static void
test_national (void)
{
  g_autofree char *dir = generate (1);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(KjWorkspace) ws = kj_workspace_new ();
  g_autoptr(GHashTable) planted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *manifest_path = g_build_filename (dir, "PLANTED", NULL);
  g_autofree char *manifest = NULL;
  g_autofree char *unfound = NULL, *unplanted = NULL;
  g_auto(GStrv) lines = NULL;
  guint provinces = 0, kinds[3] = { 0 };
  gint64 start = g_get_monotonic_time ();

  kj_load_files (&folder, 1, result);
  g_test_message ("loaded %u plans in %.0f ms", result->plans->len,
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (result->problems->len, ==, 0);
  g_assert_cmpuint (result->plans->len, ==, 207);
  for (guint i = 0; i < result->plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (result->plans, i);
      g_autoptr(GPtrArray) findings = kj_plan_check (plan);

      kj_workspace_add (ws, plan);
      provinces += g_strcmp0 (kj_plan_get_satker (plan)->level, "provinsi") == 0;
      add_found (found, plan, findings);
      g_assert_cmpint (kj_plan_get_first_year (plan), ==, 2020);
      g_assert_cmpint (kj_plan_get_last_year (plan), ==, 2024);
      g_assert_cmpuint (kj_plan_get_indicators (plan)->len, >=, 15);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ws)), ==, 207);
  g_assert_cmpuint (provinces, ==, 34);
  /* the generator plants slips (a printed achievement off, a category one
   * band off, a work-plan total typed wrong) and lists them; the checks
   * find exactly those, no fewer and no others */
  g_assert_true (g_file_get_contents (manifest_path, &manifest, NULL, NULL));
  lines = g_strsplit (manifest, "\n", -1);
  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (f), ==, 3);
      g_hash_table_add (planted, g_strdup_printf ("%s\t%s", f[0], f[1]));
      kinds[g_str_equal (f[2], "achievement") ? 0 : g_str_equal (f[2], "category") ? 1 : 2]++;
    }
  g_test_message ("planted: %u achievements, %u categories, %u sums", kinds[0], kinds[1], kinds[2]);
  g_assert_cmpuint (kinds[0], >, 100);
  g_assert_cmpuint (kinds[1], >, 10);
  g_assert_cmpuint (kinds[2], >, 50);
  unfound = missing_from (planted, found);
  unplanted = missing_from (found, planted);
  if (*unfound || *unplanted)
    g_error ("planted but not found:\n%sfound but not planted:\n%s", unfound, unplanted);
  g_assert_nonnull (kj_workspace_find (ws, "BNNP Kalimantan Barat"));
}

static void
test_deterministic (void)
{
  g_autofree char *a = generate (7), *b = generate (7), *c = generate (8);
  g_autofree char *ta = read_all (a), *tb = read_all (b), *tc = read_all (c);

  /* compared whole: a diff of 15 MB in a failure message helps nobody */
  g_assert_true (g_str_equal (ta, tb));
  g_assert_false (g_str_equal (ta, tc));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/workspace/national", test_national);
  g_test_add_func ("/kinerja/workspace/deterministic", test_deterministic);
  return g_test_run ();
}
