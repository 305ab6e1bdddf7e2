/* test-edit.c: the one way plan data changes: patches on the tree
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "io/kj-json.h"
#include "io/kj-plan-io.h"
#include "model/kj-checks.h"
#include "model/kj-path.h"
#include "model/kj-workspace.h"

#define NKA_2024 "indicators[id=\"nka\"].years.2024"

static KjPlan *
load_good (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "good", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KjPlan *plan = kj_plan_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static double
target_of (KjPlan     *plan,
           const char *id,
           int         year)
{
  KjIndicator *indicator = kj_plan_find_indicator (plan, id);
  const KjYearValue *v = indicator ? kj_indicator_get_year (indicator, year) : NULL;

  return v ? v->target : NAN;
}

static void
count (KjPlan  *plan,
       KjEdit  *edit,
       guint   *n)
{
  (*n)++;
}

static void
count_changes (KjPlan *plan,
               KjEdit *edit,
               gpointer data)
{
  GPtrArray *seen = data;
  g_ptr_array_add (seen, kj_edit_ref (edit));
}

/* A set, undone and redone: the typed view follows every time, one
 * notification each, and undo gives back exactly the tree there was. */
static void
test_set_undo_redo (void)
{
  g_autoptr(KjPlan) plan = load_good ("full.json");
  g_autoptr(KjNode) before = kj_node_copy (kj_plan_get_root (plan));
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_edit_unref);
  g_autoptr(KjEdit) edit = kj_edit_new ("Target NKA 2024");
  g_autoptr(GError) error = NULL;
  double achievement;

  g_signal_connect (plan, "changed", G_CALLBACK (count_changes), seen);
  g_assert_cmpfloat (target_of (plan, "nka", 2024), ==, 87);
  g_assert_false (kj_plan_get_modified (plan));

  kj_edit_set_number (edit, NKA_2024 ".target", 90);
  g_assert_true (kj_plan_apply (plan, edit, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_true (g_ptr_array_index (seen, 0) == edit);
  g_assert_cmpfloat (target_of (plan, "nka", 2024), ==, 90);
  /* achievement is computed from the new target, never copied */
  g_assert_true (kj_indicator_get_achievement (kj_plan_find_indicator (plan, "nka"), 2024,
                                               &achievement));
  g_assert_cmpfloat_with_epsilon (achievement, 98.47 / 90 * 100, 1e-9);
  g_assert_true (kj_plan_get_modified (plan));
  g_assert_cmpstr (kj_edit_get_applied_path (edit, 0), ==, "indicators[0].years.2024.target");
  g_assert_cmpfloat (kj_node_get_number (kj_edit_get_old_value (edit, 0)), ==, 87);
  g_assert_true (kj_edit_touches (edit, "indicators[id=\"nka\"]"));
  g_assert_true (kj_edit_touches (edit, "indicators[0]"));
  g_assert_false (kj_edit_touches (edit, "indicators[1]"));
  g_assert_false (kj_edit_touches (edit, "budget"));

  g_assert_true (kj_plan_undo (plan, &error));
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpfloat (target_of (plan, "nka", 2024), ==, 87);
  g_assert_true (kj_node_equal (kj_plan_get_root (plan), before));
  g_assert_false (kj_plan_get_modified (plan));
  g_assert_false (kj_plan_can_undo (plan));

  g_assert_true (kj_plan_redo (plan, &error));
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpfloat (target_of (plan, "nka", 2024), ==, 90);
  g_assert_true (kj_plan_undo (plan, &error));
  g_assert_true (kj_node_equal (kj_plan_get_root (plan), before));
  g_assert_false (kj_plan_undo (plan, &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT);
}

/* A group is applied whole or not at all. */
static void
test_group (void)
{
  g_autoptr(KjPlan) plan = load_good ("full.json");
  g_autoptr(KjNode) before = kj_node_copy (kj_plan_get_root (plan));
  g_autoptr(KjEdit) edit = kj_edit_new ("Paste");
  g_autoptr(KjEdit) good = kj_edit_new ("Paste");
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count), &changes);
  kj_edit_set_number (edit, NKA_2024 ".target", 91);
  kj_edit_set_number (edit, NKA_2024 ".realization", 99);
  kj_edit_set_number (edit, "indicators[id=\"no-such\"].years.2024.target", 1);
  g_assert_false (kj_plan_apply (plan, edit, NULL, &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "no-such"));
  g_assert_true (kj_node_equal (kj_plan_get_root (plan), before));
  g_assert_cmpfloat (target_of (plan, "nka", 2024), ==, 87);
  g_assert_false (kj_plan_get_modified (plan));
  g_assert_false (kj_plan_can_undo (plan));
  g_assert_cmpuint (changes, ==, 0);
  g_assert_false (kj_edit_is_applied (edit));

  /* one step: one undo takes back every patch of the group */
  g_clear_error (&error);
  kj_edit_set_number (good, NKA_2024 ".target", 91);
  kj_edit_set_number (good, NKA_2024 ".realization", 99);
  g_assert_true (kj_plan_apply (plan, good, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_true (kj_node_equal (kj_plan_get_root (plan), before));
}

/* An edit the loader would refuse is refused as the file would be, with the
 * path and position in the current text, and the plan does not change. */
static void
test_refuse (void)
{
  g_autoptr(KjPlan) plan = load_good ("full.json");
  g_autoptr(KjNode) before = kj_node_copy (kj_plan_get_root (plan));
  g_autoptr(KjEdit) edit = kj_edit_new (NULL);
  g_autoptr(KjEdit) dup = kj_edit_new (NULL);
  g_autoptr(KjDiagnostic) d = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  kj_edit_set_string (edit, NKA_2024 ".target", "84,96");
  g_assert_false (kj_plan_apply (plan, edit, &d, &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_INVALID);
  g_assert_nonnull (d);
  g_assert_cmpstr (d->path, ==, "indicators[0].years.2024.target");
  g_assert_nonnull (strstr (d->message, "expected a number or null"));
  g_assert_nonnull (strstr (d->message, "84,96"));
  g_assert_true (kj_node_equal (kj_plan_get_root (plan), before));
  g_assert_cmpfloat (target_of (plan, "nka", 2024), ==, 87);

  /* the position is that of the value in the text the edit would have made */
  text = kj_plan_to_data (plan);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (d->line, >, 0);
  g_assert_cmpuint (d->line, <=, g_strv_length (lines));
  g_assert_nonnull (strstr (lines[d->line - 1], "\"target\": "));

  /* a second indicator with the same id */
  kj_edit_set_string (dup, "indicators[id=\"ikp\"].id", "nka");
  g_clear_pointer (&d, kj_diagnostic_free);
  g_clear_error (&error);
  g_assert_false (kj_plan_apply (plan, dup, &d, &error));
  g_assert_nonnull (strstr (d->message, "duplicate indicator id"));
  g_assert_true (kj_node_equal (kj_plan_get_root (plan), before));
}

/* Inserting and removing: elements by key, members by name, and inverses that
 * put them back where they were. */
static void
test_insert_remove (void)
{
  g_autoptr(KjPlan) plan = load_good ("full.json");
  g_autoptr(KjNode) before = kj_node_copy (kj_plan_get_root (plan));
  g_autoptr(KjEdit) add = kj_edit_new ("New indicator");
  g_autoptr(KjEdit) drop = kj_edit_new ("Remove year");
  g_autoptr(KjEdit) row = kj_edit_new ("Remove row");
  g_autoptr(GError) error = NULL;
  KjNode *indicator = kj_node_new_object ();
  guint n = kj_plan_get_indicators (plan)->len;

  kj_node_object_set (indicator, "id", kj_node_new_string ("baru"));
  kj_node_object_set (indicator, "name", kj_node_new_string ("Indikator baru"));
  kj_edit_insert (add, "indicators", 0, indicator);
  kj_edit_set_number (add, "indicators[id=\"baru\"].target_note", 1);   /* an unknown member */
  g_assert_true (kj_plan_apply (plan, add, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kj_plan_get_indicators (plan)->len, ==, n + 1);
  g_assert_cmpstr (kj_indicator_get_id (g_ptr_array_index (kj_plan_get_indicators (plan), 0)), ==,
                   "baru");
  /* the keyed path still names nka, now one further down */
  g_assert_cmpfloat (target_of (plan, "nka", 2024), ==, 87);

  kj_edit_remove (drop, "indicators[id=\"nka\"].years.2023");
  g_assert_true (kj_plan_apply (plan, drop, NULL, &error));
  g_assert_null (kj_indicator_get_year (kj_plan_find_indicator (plan, "nka"), 2023));

  kj_edit_remove (row, "indicators[id=\"nka\"].breakdown.2023[area=\"Kota Kupang\"]");
  g_assert_true (kj_plan_apply (plan, row, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_nonnull (kj_indicator_get_year (kj_plan_find_indicator (plan, "nka"), 2023));
  g_assert_true (kj_plan_undo (plan, NULL));
  /* members back in their places, not appended */
  g_assert_true (kj_node_equal (kj_plan_get_root (plan), before));
}

/* A work-plan node is found by its code path; changing one amount makes its
 * parents' sums disagree, which the checks say, with the new line. */
static void
test_workplan_path (void)
{
  g_autoptr(KjPlan) plan = load_good ("full.json");
  g_autoptr(KjEdit) edit = kj_edit_new (NULL);
  g_autoptr(GPtrArray) before = kj_plan_check (plan);
  g_autoptr(GPtrArray) after = NULL;
  const char *path = "workplan.2024[code=\"DL\"].children[code=\"3247\"].children[code=\"PEA\"]"
                     ".children[code=\"PEA.001\"].amount";
  gboolean found = FALSE;

  kj_edit_set_number (edit, path, 41000000);
  g_assert_true (kj_plan_apply (plan, edit, NULL, NULL));
  g_assert_cmpstr (kj_edit_get_applied_path (edit, 0), ==,
                   "workplan.2024[0].children[0].children[0].children[0].amount");
  after = kj_plan_check (plan);
  kj_plan_locate_all (plan, after);
  g_assert_cmpuint (after->len, >, before->len);
  for (guint i = 0; i < after->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (after, i);
      if (g_str_equal (d->path, "workplan.2024[0].children[0].children[0].amount"))
        {
          found = TRUE;
          g_assert_cmpuint (d->line, >, 0);
        }
    }
  g_assert_true (found);
}

/* An inverse is refused when the value is no longer what the edit left. */
static void
test_stale_inverse (void)
{
  g_autoptr(KjPlan) plan = load_good ("full.json");
  g_autoptr(KjEdit) first = kj_edit_new (NULL);
  g_autoptr(KjEdit) second = kj_edit_new (NULL);
  g_autoptr(KjEdit) inverse = NULL;
  g_autoptr(GError) error = NULL;

  kj_edit_set_number (first, NKA_2024 ".target", 90);
  g_assert_true (kj_plan_apply (plan, first, NULL, NULL));
  kj_edit_set_number (second, NKA_2024 ".target", 95);
  g_assert_true (kj_plan_apply (plan, second, NULL, NULL));
  inverse = kj_edit_invert (first);
  g_assert_false (kj_plan_apply (plan, inverse, NULL, &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT);
  g_assert_cmpfloat (target_of (plan, "nka", 2024), ==, 95);
}

static char *
save_to (KjPlan     *plan,
         const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (kj_plan_save (plan, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_unlink (path);
  return text;
}

/* An edit saved and read again changes exactly that value in the file: the
 * same lines otherwise, unknown members and every other number's digits
 * (1e2, 1.0, 147.00) as they were. */
static void
test_saved_edit (void)
{
  const char *files[] = { "unknown-members.json", "numbers.json" };
  const char *paths[] = { "indicators[id=\"dektara\"].years.2023.realization",
                          "budget.2024[code=\"3247\"].realization" };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(KjPlan) plan = load_good (files[f]);
      g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
      g_autofree char *unchanged = save_to (plan, dir, "a.json");
      g_autofree char *changed = NULL;
      g_autoptr(KjEdit) edit = kj_edit_new (NULL);
      g_auto(GStrv) a = NULL, b = NULL;
      guint differ = 0;

      kj_edit_set_number (edit, paths[f], 12345.5);
      g_assert_true (kj_plan_apply (plan, edit, NULL, NULL));
      changed = save_to (plan, dir, "b.json");
      g_assert_false (kj_plan_get_modified (plan));
      g_rmdir (dir);
      /* the save appended its history (tests/test-history.c): without it,
       * one line differs */
      {
        g_autoptr(KjEdit) drop = kj_edit_new (NULL);

        g_assert_nonnull (strstr (changed, "\"history\": ["));
        kj_edit_set (drop, "history", NULL);
        g_assert_true (kj_plan_apply (plan, drop, NULL, NULL));
        g_free (changed);
        changed = kj_plan_to_data (plan);
      }

      a = g_strsplit (unchanged, "\n", -1);
      b = g_strsplit (changed, "\n", -1);
      g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
      for (guint i = 0; a[i]; i++)
        if (!g_str_equal (a[i], b[i]))
          {
            differ++;
            g_assert_nonnull (strstr (b[i], "\"realization\": 12345.5"));
          }
      g_assert_cmpuint (differ, ==, 1);
    }

  {
    g_autoptr(KjPlan) plan = load_good ("numbers.json");
    g_autofree char *text = kj_plan_to_data (plan);
    g_assert_nonnull (strstr (text, "\"achievement_cap\": 1e2"));
    g_assert_nonnull (strstr (text, "2.5E+3"));
    g_assert_nonnull (strstr (text, "\"realization\": 1.0,"));
  }
}

/* Findings point into the current text: after an edit above them, their
 * lines move with it. */
static void
test_positions_follow (void)
{
  g_autoptr(KjPlan) plan = load_good ("full.json");
  g_autoptr(KjEdit) edit = kj_edit_new (NULL);
  KjNode *note = kj_node_new_array ();
  guint line, column, line2, column2;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (kj_plan_locate (plan, "indicators[0].years.2024.target", &line, &column));
  for (int i = 0; i < 3; i++)
    kj_node_array_insert (note, -1, kj_node_new_object ());
  kj_edit_set (edit, "satker.catatan", note);   /* three new lines (and more) above */
  g_assert_true (kj_plan_apply (plan, edit, NULL, NULL));
  g_assert_true (kj_plan_locate (plan, "indicators[0].years.2024.target", &line2, &column2));
  g_assert_cmpuint (line2, >, line);
  text = kj_plan_to_data (plan);
  lines = g_strsplit (text, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[line2 - 1] + column2 - 1, "87"));
}

static void
count_plan_changes (KjWorkspace *ws,
                    KjPlan      *plan,
                    KjEdit      *edit,
                    GPtrArray   *seen)
{
  g_ptr_array_add (seen, plan);
}

/* The workspace re-emits each plan's change, and stops for plans it let go. */
static void
test_workspace_signal (void)
{
  g_autoptr(KjWorkspace) ws = kj_workspace_new ();
  g_autoptr(KjPlan) a = load_good ("full.json");
  g_autoptr(KjPlan) b = load_good ("numbers.json");
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(KjEdit) first = kj_edit_new (NULL);
  g_autoptr(KjEdit) second = kj_edit_new (NULL);

  kj_workspace_add (ws, a);
  kj_workspace_add (ws, b);
  g_signal_connect (ws, "plan-changed", G_CALLBACK (count_plan_changes), seen);
  kj_edit_set_number (first, NKA_2024 ".target", 90);
  g_assert_true (kj_plan_apply (a, first, NULL, NULL));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_true (g_ptr_array_index (seen, 0) == a);
  kj_workspace_clear (ws);
  kj_edit_set_number (second, NKA_2024 ".target", 91);
  g_assert_true (kj_plan_apply (a, second, NULL, NULL));
  g_assert_cmpuint (seen->len, ==, 1);
}

/* An edit written as JSON and read back does the same to a plan; bad ones are refused. */
static void
test_edit_json (void)
{
  g_autoptr(KjPlan) a = load_good ("unknown-members.json");
  g_autoptr(KjPlan) b = load_good ("unknown-members.json");
  g_autoptr(KjEdit) edit = kj_edit_new ("several");
  g_autoptr(KjEdit) back = NULL;
  g_autoptr(KjNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ta = NULL, *tb = NULL, *text = NULL;
  KjNode *row = kj_node_new_object ();
  const char *bad[] = { "[]", "{\"patches\":{}}", "{\"patches\":[{\"op\":\"move\",\"path\":\"a\"}]}",
                        "{\"patches\":[{\"op\":\"set\"}]}", "{\"patches\":[{\"op\":\"insert\",\"path\":\"a\"}]}",
                        "{\"patches\":[{\"op\":\"set\",\"path\":\"a[\"}]}" };

  kj_node_object_set (row, "area", kj_node_new_string ("Kab. Sambas"));
  kj_edit_set_number (edit, "indicators[id=\"dektara\"].years.2023.realization", 80.5);
  kj_edit_insert (edit, "indicators[id=\"dektara\"].breakdown.2023", 0, row);
  kj_edit_set (edit, "indicators[id=\"dektara\"].years.2023.reported_category", NULL);
  kj_edit_remove (edit, "budget.2024[code=\"3247\"]");
  node = kj_edit_to_node (edit);
  text = kj_node_write (node, FALSE);
  g_assert_nonnull (strstr (text, "\"op\": \"insert\""));
  back = kj_edit_new_from_node (node, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kj_edit_get_label (back), ==, "several");
  g_assert_cmpuint (kj_edit_get_n_patches (back), ==, 4);
  g_assert_true (kj_plan_apply (a, edit, NULL, NULL));
  g_assert_true (kj_plan_apply (b, back, NULL, NULL));
  ta = kj_plan_to_data (a);
  tb = kj_plan_to_data (b);
  g_assert_cmpstr (ta, ==, tb);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(KjDocument) doc = kj_json_read (bad[i], strlen (bad[i]), NULL);
      g_autoptr(GError) e = NULL;
      g_autoptr(KjEdit) none = NULL;

      g_assert_nonnull (doc);
      none = kj_edit_new_from_node (kj_document_get_root (doc), &e);
      g_assert_null (none);
      g_assert_error (e, KJ_PLAN_ERROR, KJ_PLAN_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/model/edit/set-undo-redo", test_set_undo_redo);
  g_test_add_func ("/kinerja/model/edit/group", test_group);
  g_test_add_func ("/kinerja/model/edit/refuse", test_refuse);
  g_test_add_func ("/kinerja/model/edit/insert-remove", test_insert_remove);
  g_test_add_func ("/kinerja/model/edit/stale-inverse", test_stale_inverse);
  g_test_add_func ("/kinerja/model/edit/workplan-path", test_workplan_path);
  g_test_add_func ("/kinerja/model/edit/saved", test_saved_edit);
  g_test_add_func ("/kinerja/model/edit/json", test_edit_json);
  g_test_add_func ("/kinerja/model/edit/positions", test_positions_follow);
  g_test_add_func ("/kinerja/model/edit/workspace", test_workspace_signal);
  return g_test_run ();
}
