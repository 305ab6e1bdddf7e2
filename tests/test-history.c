/* test-history.c: saved edits recorded in the file, read back, restored
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "io/kj-plan-io.h"
#include "model/kj-history.h"

#define KUPANG SAMPLES_DIR "/bnn-kota-kupang.json"
#define UNKNOWN TEST_DATA_DIR "/good/unknown-members.json"
#define NKA_2024 "indicators[id=\"nka\"].years.2024"

static KjPlan *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KjPlan *plan = kj_plan_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* A copy of @source in a new temporary folder. */
static char *
copy_to_temp (const char *source,
              char      **dir)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  char *path;

  *dir = g_dir_make_tmp ("kj-history-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "plan.json", NULL);
  g_assert_true (g_file_get_contents (source, &data, &length, NULL));
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
apply_number (KjPlan     *plan,
              const char *path,
              double      value)
{
  g_autoptr(KjEdit) edit = kj_edit_new ("test");
  g_autoptr(GError) error = NULL;

  kj_edit_set_number (edit, path, value);
  g_assert_true (kj_plan_apply (plan, edit, NULL, &error));
  g_assert_no_error (error);
}

static void
save (KjPlan     *plan,
      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (kj_plan_save (plan, file, &error));
  g_assert_no_error (error);
}

/* Edit, save, load in another plan: the history names who, when (with its
 * offset), the indicator by id and year, the old and new values. */
static void
test_edit_save_load (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_to_temp (KUPANG, &dir);
  g_autoptr(KjPlan) plan = load (path);
  g_autoptr(KjPlan) again = NULL;
  g_autoptr(GPtrArray) all = NULL, cell = NULL, other = NULL;
  g_autoptr(GRegex) iso = g_regex_new ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$", 0, 0, NULL);
  g_autoptr(GDateTime) when = NULL;
  KjHistoryEntry *e;

  g_assert_cmpuint (kj_plan_get_history (plan, NULL)->len, ==, 0);
  kj_history_set_user_name ("Perencana Uji");
  apply_number (plan, NKA_2024 ".realization", 90.5);
  apply_number (plan, NKA_2024 ".realization", 91.25);   /* one cell twice: one entry */
  apply_number (plan, "indicators[id=\"ikp\"].years.2024.target", 3.6);
  /* not history until saved */
  g_assert_cmpuint (kj_plan_get_history (plan, NULL)->len, ==, 0);
  save (plan, path);
  g_assert_false (kj_plan_get_modified (plan));
  g_assert_cmpuint (kj_plan_get_history (plan, NULL)->len, ==, 2);

  again = load (path);
  all = kj_plan_get_history (again, NULL);
  g_assert_cmpuint (all->len, ==, 2);
  e = g_ptr_array_index (all, 1);   /* newest first: the oldest edit last */
  g_assert_cmpstr (kj_history_entry_get_path (e), ==, NKA_2024 ".realization");
  g_assert_cmpstr (kj_history_entry_get_who (e), ==, "Perencana Uji");
  g_assert_true (g_regex_match (iso, kj_history_entry_get_when (e), 0, NULL));
  when = kj_history_entry_get_time (e);
  g_assert_nonnull (when);
  g_assert_cmpint (ABS (g_date_time_to_unix (when) - g_get_real_time () / G_USEC_PER_SEC), <, 60);
  g_assert_cmpstr (kj_history_entry_get_indicator (e), ==, "nka");
  g_assert_cmpint (kj_history_entry_get_year (e), ==, 2024);
  g_assert_cmpstr (kj_history_entry_get_field (e), ==, "realization");
  g_assert_null (kj_history_entry_get_row (e));
  g_assert_cmpstr (kj_node_get_number_text (kj_history_entry_get_old_value (e)), ==, "98.47");
  g_assert_cmpfloat (kj_node_get_number (kj_history_entry_get_new_value (e)), ==, 91.25);

  /* for a cell, an indicator, another indicator */
  cell = kj_plan_get_history (again, NKA_2024 ".realization");
  g_assert_cmpuint (cell->len, ==, 1);
  g_clear_pointer (&cell, g_ptr_array_unref);
  cell = kj_plan_get_history (again, "indicators[id=\"nka\"]");
  g_assert_cmpuint (cell->len, ==, 1);
  other = kj_plan_get_history (again, "indicators[id=\"dektara\"]");
  g_assert_cmpuint (other->len, ==, 0);
  /* a path with positions means the same indicator */
  g_clear_pointer (&cell, g_ptr_array_unref);
  for (guint i = 0; i < kj_plan_get_indicators (again)->len; i++)
    if (g_str_equal (kj_indicator_get_id (g_ptr_array_index (kj_plan_get_indicators (again), i)), "ikp"))
      {
        g_autofree char *by_index = g_strdup_printf ("indicators[%u]", i);
        cell = kj_plan_get_history (again, by_index);
      }
  g_assert_nonnull (cell);
  g_assert_cmpuint (cell->len, ==, 1);

  /* a second save adds its entries after the first's; the newest come first */
  kj_history_set_user_name (NULL);
  apply_number (again, NKA_2024 ".target", 88);
  save (again, path);
  g_clear_object (&again);
  again = load (path);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = kj_plan_get_history (again, NULL);
  g_assert_cmpuint (all->len, ==, 3);
  e = g_ptr_array_index (all, 0);
  g_assert_cmpstr (kj_history_entry_get_field (e), ==, "target");
  g_assert_cmpstr (kj_history_entry_get_who (e), !=, "Perencana Uji");
  g_assert_cmpstr (kj_history_entry_get_who (e), !=, "");
  remove_dir (dir);
}

/* A context table's row is kept by its name (its first cell), not by its
 * position: after a row above it is removed, its history is still its own
 * and "Restore" writes into it. */
static void
test_context_row_by_name (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_to_temp (KUPANG, &dir);
  g_autoptr(KjPlan) plan = load (path);
  g_autoptr(GPtrArray) all = NULL, cell = NULL;
  g_autoptr(KjEdit) remove = kj_edit_new ("test");
  g_autoptr(KjEdit) restore = NULL;
  g_autoptr(GError) error = NULL;
  const char *table = "context[id=\"nka-aspek-2024\"].rows";
  g_autofree char *second = g_strdup_printf ("%s[1][1]", table);
  g_autofree char *first = g_strdup_printf ("%s[0]", table);
  g_autofree char *now_first = g_strdup_printf ("%s[0][1]", table);
  KjNode *old, *row;
  KjHistoryEntry *e;

  old = kj_node_copy (kj_node_lookup (kj_plan_get_root (plan), second));
  g_assert_cmpstr (kj_node_get_string (kj_node_lookup (kj_plan_get_root (plan), "context[id=\"nka-aspek-2024\"].rows[1][0]")),
                   ==, "Konsistensi");
  apply_number (plan, second, 77.7);
  save (plan, path);
  all = kj_plan_get_history (plan, NULL);
  g_assert_cmpuint (all->len, ==, 1);
  e = g_ptr_array_index (all, 0);
  g_assert_cmpstr (kj_history_entry_get_path (e), ==,
                   "context[id=\"nka-aspek-2024\"].rows[0=\"Konsistensi\"][1]");
  g_assert_cmpstr (kj_history_entry_get_row (e), ==, "Konsistensi");
  /* the path reads back to the same cell */
  g_assert_cmpfloat (kj_node_get_number (kj_node_lookup (kj_plan_get_root (plan), kj_history_entry_get_path (e))),
                     ==, 77.7);

  /* the row above goes: the cell's history follows its row */
  kj_edit_remove (remove, first);
  g_assert_true (kj_plan_apply (plan, remove, NULL, &error));
  g_assert_no_error (error);
  save (plan, path);
  row = kj_node_lookup (kj_plan_get_root (plan), first);
  g_assert_cmpstr (kj_node_get_string (kj_node_get_element (row, 0)), ==, "Konsistensi");
  cell = kj_plan_get_history (plan, now_first);
  g_assert_cmpuint (cell->len, ==, 1);
  e = g_ptr_array_index (cell, 0);
  g_assert_cmpfloat (kj_node_get_number (kj_history_entry_get_new_value (e)), ==, 77.7);
  restore = kj_history_entry_make_restore (e, plan, KJ_HISTORY_OLD, &error);
  g_assert_no_error (error);
  g_assert_true (kj_plan_apply (plan, restore, NULL, &error));
  g_assert_true (kj_node_equal (kj_node_lookup (kj_plan_get_root (plan), now_first), old));
  kj_node_free (old);
  remove_dir (dir);
}

/* An edit undone before the save, or a value set back as it was, is no history. */
static void
test_undone_records_nothing (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_to_temp (KUPANG, &dir);
  g_autoptr(KjPlan) plan = load (path);
  g_autofree char *before = kj_plan_to_data (plan);
  g_autofree char *after = NULL;

  apply_number (plan, NKA_2024 ".realization", 50);
  g_assert_true (kj_plan_undo (plan, NULL));
  apply_number (plan, NKA_2024 ".target", 1);
  apply_number (plan, NKA_2024 ".target", 87);   /* what the file holds */
  save (plan, path);
  g_assert_cmpuint (kj_plan_get_history (plan, NULL)->len, ==, 0);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_null (strstr (after, "\"history\""));
  g_assert_cmpstr (after, ==, before);
  remove_dir (dir);
}

/* Undo after a save is a change against the saved file: it is recorded. */
static void
test_undo_after_save (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_to_temp (KUPANG, &dir);
  g_autoptr(KjPlan) plan = load (path);
  g_autoptr(GPtrArray) all = NULL;
  KjHistoryEntry *e;

  apply_number (plan, NKA_2024 ".realization", 50);
  save (plan, path);
  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_true (kj_plan_get_modified (plan));
  save (plan, path);
  all = kj_plan_get_history (plan, NULL);
  g_assert_cmpuint (all->len, ==, 2);
  e = g_ptr_array_index (all, 0);
  g_assert_cmpfloat (kj_node_get_number (kj_history_entry_get_old_value (e)), ==, 50);
  g_assert_cmpfloat (kj_node_get_number (kj_history_entry_get_new_value (e)), ==, 98.47);
  remove_dir (dir);
}

/* Every other byte of meaning survives: unknown members, their order, the
 * digits; the history is one more member at the end. */
static void
test_unknown_members_kept (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_to_temp (UNKNOWN, &dir);
  g_autoptr(KjPlan) plan = load (path);
  g_autoptr(KjPlan) again = NULL;
  g_autoptr(KjEdit) back = NULL, drop = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *original = kj_plan_to_data (plan);
  g_autofree char *restored = NULL;
  KjNode *root;

  apply_number (plan, "indicators[id=\"dektara\"].years.2023.realization", 79.5);
  save (plan, path);
  again = load (path);
  root = kj_plan_get_root (again);
  g_assert_cmpstr (kj_node_get_member_name (root, kj_node_get_length (root) - 1), ==, "history");
  g_assert_cmpstr (kj_node_get_member_name (root, 1), ==, "x-generator");
  g_assert_nonnull (kj_node_lookup (root, "indicators[id=\"dektara\"].years.2023.sumber_data.responden"));

  /* restore the old value and drop the history: the original text, byte for byte */
  all = kj_plan_get_history (again, NULL);
  g_assert_cmpuint (all->len, ==, 1);
  back = kj_history_entry_make_restore (g_ptr_array_index (all, 0), again, KJ_HISTORY_OLD, NULL);
  g_assert_nonnull (back);
  g_assert_true (kj_plan_apply (again, back, NULL, NULL));
  drop = kj_edit_new ("drop");
  kj_edit_set (drop, "history", NULL);
  g_assert_true (kj_plan_apply (again, drop, NULL, NULL));
  restored = kj_plan_to_data (again);
  g_assert_cmpstr (restored, ==, original);
  remove_dir (dir);
}

/* Rows added and removed are history too; restoring a removed one puts it back. */
static void
test_structural (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_to_temp (UNKNOWN, &dir);
  g_autoptr(KjPlan) plan = load (path);
  g_autoptr(KjPlan) again = NULL;
  g_autoptr(KjEdit) edit = kj_edit_new ("rows");
  g_autoptr(KjEdit) restore = NULL, twice = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  KjNode *row = kj_node_new_object ();
  KjHistoryEntry *added = NULL, *removed = NULL;

  kj_node_object_set (row, "area", kj_node_new_string ("Kab. Kubu Raya"));
  kj_node_object_set (row, "value", kj_node_new_number (70.5));
  kj_edit_insert (edit, "indicators[id=\"dektara\"].breakdown.2023", -1, row);
  kj_edit_remove (edit, "budget.2024[code=\"3247\"]");
  g_assert_true (kj_plan_apply (plan, edit, NULL, &error));
  g_assert_no_error (error);
  save (plan, path);

  again = load (path);
  all = kj_plan_get_history (again, NULL);
  g_assert_cmpuint (all->len, ==, 2);
  for (guint i = 0; i < all->len; i++)
    {
      KjHistoryEntry *e = g_ptr_array_index (all, i);
      if (kj_history_entry_get_old_value (e) == NULL)
        added = e;
      if (kj_history_entry_get_new_value (e) == NULL)
        removed = e;
    }
  g_assert_nonnull (added);
  g_assert_cmpstr (kj_history_entry_get_path (added), ==,
                   "indicators[id=\"dektara\"].breakdown.2023[area=\"Kab. Kubu Raya\"]");
  g_assert_cmpstr (kj_history_entry_get_row (added), ==, "Kab. Kubu Raya");
  g_assert_cmpint (kj_history_entry_get_year (added), ==, 2023);
  g_assert_null (kj_history_entry_get_field (added));
  g_assert_nonnull (removed);
  g_assert_cmpstr (kj_history_entry_get_path (removed), ==, "budget.2024[code=\"3247\"]");
  g_assert_cmpstr (kj_history_entry_get_row (removed), ==, "3247");
  /* the removed line is kept whole, unknown members included */
  g_assert_nonnull (kj_node_get_member (kj_history_entry_get_old_value (removed), "blokir"));

  restore = kj_history_entry_make_restore (removed, again, KJ_HISTORY_OLD, &error);
  g_assert_no_error (error);
  g_assert_true (kj_plan_apply (again, restore, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kj_node_lookup (kj_plan_get_root (again), "budget.2024[code=\"3247\"].blokir"));
  /* restoring what is already there makes no edit */
  twice = kj_history_entry_make_restore (removed, again, KJ_HISTORY_OLD, &error);
  g_assert_null (twice);
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT);
  remove_dir (dir);
}

/* A failed save leaves no entries behind; the next one writes them once. */
static void
test_failed_save (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_to_temp (KUPANG, &dir);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "plan.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (nowhere);
  g_autoptr(KjPlan) plan = load (path);
  g_autoptr(GError) error = NULL;

  apply_number (plan, NKA_2024 ".realization", 60);
  g_assert_false (kj_plan_save (plan, bad, &error));
  g_assert_nonnull (error);
  g_assert_null (kj_node_get_member (kj_plan_get_root (plan), "history"));
  g_assert_true (kj_plan_get_modified (plan));
  save (plan, path);
  g_assert_cmpuint (kj_plan_get_history (plan, NULL)->len, ==, 1);
  remove_dir (dir);
}

/* Someone else's `history` that is not an array is kept; nothing is recorded
 * into it, and its entries that are not entries are skipped. */
static void
test_foreign_history (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kj-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_true (g_file_set_contents (path,
    "{\"format\":\"kinerja-plan\",\"version\":1,\"satker\":{\"name\":\"BNN Kota Palopo\"},"
    "\"period\":{\"first_year\":2020,\"last_year\":2024},"
    "\"history\":[1,{\"path\":\"not a path ]\"},{\"path\":\"satker.name\",\"new\":\"X\"}]}", -1, NULL));
  plan = load (path);
  all = kj_plan_get_history (plan, NULL);
  g_assert_cmpuint (all->len, ==, 1);
  g_clear_object (&plan);

  g_assert_true (g_file_set_contents (path,
    "{\"format\":\"kinerja-plan\",\"version\":1,\"satker\":{\"name\":\"BNN Kota Palopo\"},"
    "\"period\":{\"first_year\":2020,\"last_year\":2024},\"history\":\"kept\"}", -1, NULL));
  plan = load (path);
  {
    g_autoptr(KjEdit) edit = kj_edit_new ("name");
    kj_edit_set_string (edit, "satker.short_name", "BNNK Palopo");
    g_assert_true (kj_plan_apply (plan, edit, NULL, NULL));
  }
  save (plan, path);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"history\": \"kept\""));
  g_assert_nonnull (strstr (text, "BNNK Palopo"));
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/model/history/edit-save-load", test_edit_save_load);
  g_test_add_func ("/kinerja/model/history/undone", test_undone_records_nothing);
  g_test_add_func ("/kinerja/model/history/undo-after-save", test_undo_after_save);
  g_test_add_func ("/kinerja/model/history/unknown-members", test_unknown_members_kept);
  g_test_add_func ("/kinerja/model/history/structural", test_structural);
  g_test_add_func ("/kinerja/model/history/failed-save", test_failed_save);
  g_test_add_func ("/kinerja/model/history/foreign", test_foreign_history);
  g_test_add_func ("/kinerja/model/history/context-row-by-name", test_context_row_by_name);
  return g_test_run ();
}
