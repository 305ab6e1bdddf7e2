/* test-tables-clip.c: the Tables page with spreadsheets and history: a TSV
 * block pasted (all or nothing, one undo), a range and the table copied,
 * CSV with formulas defused, a cell's history restored; context rows added
 * and removed with their total rows; a work-plan node's level; the table
 * the page opens on; undo focusing the cell it changes
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "io/kj-plan-io.h"
#include "model/kj-history.h"
#include "widgets/kj-history-dialog.h"
#include "widgets/kj-tables-page.h"
#include "widgets/kj-value-cell.h"
#include "widgets/kj-window.h"
#include "kj-test-tables.h"

static double
budget_field (KjPlan     *plan,
              const char *kegiatan,
              gboolean    allocation)
{
  KjYearItems *items = kj_year_items_find (kj_plan_get_budget (plan), 2024);

  for (guint i = 0; items && i < items->items->len; i++)
    {
      KjBudgetLine *l = g_ptr_array_index (items->items, i);
      if (g_strcmp0 (l->kegiatan, kegiatan) == 0)
        return allocation ? l->allocation : l->realization;
    }
  return NAN;
}

static gboolean
focused (gpointer cell)
{
  return kj_value_cell_has_focus (KJ_VALUE_CELL (cell));
}

typedef struct
{
  char     *text;
  gboolean  done;
} ClipRead;

static void
clip_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  ClipRead *read = data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
clip_done (gpointer data)
{
  return ((ClipRead *) data)->done;
}

static char *
clipboard_text (GtkWidget *widget)
{
  ClipRead read = { NULL, FALSE };

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clip_read_cb, &read);
  kj_test_wait_until (clip_done, &read);
  return read.text;
}

#define ADVOKASI "Penyelenggaraan Advokasi"
#define PSM      "Pemberdayaan Peran serta Masyarakat"

/* A block from LibreOffice pasted into BNN Kota Kupang's budget 2024: every
 * cell read, all or none, one step of undo; a refusal names the row and
 * the column */
static void
test_paste (void)
{
  KjWindow *win = open_sample ("BNN Kota Kupang", 2024, KJ_TABLE_BUDGET);
  KjTablesPage *page = page_of (win);
  KjPlan *plan = kj_window_get_plan (win);
  g_autoptr(GError) error = NULL;
  GtkWidget *cell;

  /* realisations of the first two lines, in Indonesian notation */
  g_assert_cmpint (kj_tables_page_find_row (page, PSM), ==, kj_tables_page_find_row (page, ADVOKASI) + 1);
  g_assert_true (kj_tables_page_paste_text (page, "Rp 100.000.000\r\n1,5 juta\r\n", ADVOKASI, "realization", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (budget_field (plan, ADVOKASI, FALSE), ==, 100000000);
  g_assert_cmpfloat (budget_field (plan, PSM, FALSE), ==, 1500000);
  assert_text (page, ADVOKASI, "remaining", "6.000.000");
  /* one undo takes both back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_true (isnan (budget_field (plan, ADVOKASI, FALSE)));
  g_assert_true (isnan (budget_field (plan, PSM, FALSE)));
  g_assert_false (kj_plan_can_undo (plan));

  /* a text column takes text, the numbers beside it numbers */
  g_assert_true (kj_tables_page_paste_text (page, "Advokasi P4GN\t110.000.000\t5.000.000", ADVOKASI, "kegiatan",
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (budget_field (plan, "Advokasi P4GN", TRUE), ==, 110000000);
  g_assert_cmpfloat (budget_field (plan, "Advokasi P4GN", FALSE), ==, 5000000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpfloat (budget_field (plan, ADVOKASI, TRUE), ==, 106000000);

  /* one cell that is no number: nothing pasted, the row and column named */
  g_assert_false (kj_tables_page_paste_text (page, "5.000.000\nlima juta", ADVOKASI, "realization", &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, PSM));
  g_assert_nonnull (strstr (error->message, "Realisation (Rp)"));
  g_assert_nonnull (strstr (error->message, "row 2, column 1"));
  g_assert_nonnull (strstr (error->message, "lima juta"));
  g_clear_error (&error);
  g_assert_true (isnan (budget_field (plan, ADVOKASI, FALSE)));
  g_assert_false (kj_plan_get_modified (plan));
  /* a computed column takes nothing; a block longer than the table is refused */
  g_assert_false (kj_tables_page_paste_text (page, "1\t2\t3", ADVOKASI, "allocation", &error));
  g_assert_nonnull (strstr (error->message, "Remaining (Rp)"));
  g_clear_error (&error);
  g_assert_false (kj_tables_page_paste_text (page, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12", ADVOKASI,
                                             "allocation", &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (kj_plan_get_modified (plan));

  /* with the keyboard: Ctrl+V on a cell pastes the clipboard there */
  cell = cell_of (page, ADVOKASI, "realization");
  kj_value_cell_focus (KJ_VALUE_CELL (cell));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (cell), "7.500.000\n2.500.000\n");
  g_assert_true (kj_test_press (cell, GDK_KEY_v, GDK_CONTROL_MASK));
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       isnan (budget_field (plan, PSM, FALSE)) && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpfloat (budget_field (plan, ADVOKASI, FALSE), ==, 7500000);
  g_assert_cmpfloat (budget_field (plan, PSM, FALSE), ==, 2500000);

  /* undo and redo focus the cell the paste began at */
  kj_value_cell_focus (KJ_VALUE_CELL (cell_of (page, PSM, "kegiatan")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  kj_test_settle ();
  kj_test_wait_until (focused, cell_of (page, ADVOKASI, "realization"));
  kj_value_cell_focus (KJ_VALUE_CELL (cell_of (page, PSM, "kegiatan")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.redo", NULL));
  kj_test_settle ();
  kj_test_wait_until (focused, cell_of (page, ADVOKASI, "realization"));
  g_assert_cmpfloat (budget_field (plan, PSM, FALSE), ==, 2500000);

  /* a refusal at the keyboard stays at the cell */
  cell = cell_of (page, ADVOKASI, "realization");
  gdk_clipboard_set_text (gtk_widget_get_clipboard (cell), "x");
  g_assert_true (kj_test_press (cell, GDK_KEY_v, GDK_CONTROL_MASK));
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       kj_value_cell_get_error (KJ_VALUE_CELL (cell)) == NULL && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (strstr (kj_value_cell_get_error (KJ_VALUE_CELL (cell)), "row 1, column 1"));
  kj_test_save_screenshot (GTK_WIDGET (win), "tables-paste-refused.png");
  g_assert_cmpfloat (budget_field (plan, ADVOKASI, FALSE), ==, 7500000);

  /* undone from another table and year: the paste's table and year shown, its cell focused */
  kj_tables_page_set_table (page, KJ_TABLE_SPENDING);
  kj_window_set_year (win, 2023);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_true (isnan (budget_field (plan, PSM, FALSE)));
  g_assert_cmpint (kj_tables_page_get_table (page), ==, KJ_TABLE_BUDGET);
  g_assert_cmpint (kj_window_get_year (win), ==, 2024);
  kj_test_settle ();
  kj_test_wait_until (focused, cell_of (page, ADVOKASI, "realization"));
  kj_test_close_window (win, NULL, 0);
}

/* Shift and the arrows choose a range, Ctrl+C copies it as shown; the
 * table's menu copies it whole (as shown or raw) and exports CSV with a
 * formula defused */
static void
test_copy (void)
{
  KjWindow *win = open_sample ("BNN Kota Kupang", 2024, KJ_TABLE_BUDGET);
  KjTablesPage *page = page_of (win);
  GtkWidget *cell;
  g_autofree char *range = NULL, *copied = NULL, *shown = NULL, *raw = NULL, *csv = NULL;

  g_assert_true (kj_tables_page_set_cell (page, ADVOKASI, "realization", "100.000.000", NULL));
  cell = cell_of (page, ADVOKASI, "allocation");
  kj_value_cell_focus (KJ_VALUE_CELL (cell));
  g_assert_true (kj_test_press (cell, GDK_KEY_Down, GDK_SHIFT_MASK));
  kj_test_settle ();
  cell = cell_of (page, PSM, "allocation");
  g_assert_true (kj_value_cell_has_focus (KJ_VALUE_CELL (cell)));
  g_assert_true (kj_test_press (cell, GDK_KEY_Right, GDK_SHIFT_MASK));
  kj_test_settle ();
  cell = cell_of (page, PSM, "realization");
  g_assert_true (gtk_widget_has_css_class (cell, "kj-in-range"));
  g_assert_true (gtk_widget_has_css_class (cell_of (page, ADVOKASI, "allocation"), "kj-in-range"));
  kj_test_save_screenshot (GTK_WIDGET (win), "tables-range.png");
  range = kj_tables_page_get_range_text (page);
  g_assert_cmpstr (range, ==, "106.000.000\t100.000.000\n215.586.000\t–\n");
  g_assert_true (kj_test_press (cell, GDK_KEY_c, GDK_CONTROL_MASK));
  copied = clipboard_text (cell);
  g_assert_cmpstr (copied, ==, range);
  /* a plain move ends the range */
  g_assert_true (kj_test_press (cell, GDK_KEY_Up, 0));
  g_assert_null (kj_tables_page_get_range_text (page));

  /* the whole table: header, lines as shown, the total */
  shown = kj_tables_page_get_table_text (page, '\t', FALSE);
  g_assert_true (g_str_has_prefix (shown, "Code\tKegiatan\tAllocation (Rp)\tRealisation (Rp)\tRemaining (Rp)\t"
                                          "Absorption\n"));
  g_assert_nonnull (strstr (shown, "\t" ADVOKASI "\t106.000.000\t100.000.000\t6.000.000\t94,34%\n"));
  g_assert_nonnull (strstr (shown, "\nTotal\t"));
  raw = kj_tables_page_get_table_text (page, '\t', TRUE);
  g_assert_nonnull (strstr (raw, "\t" ADVOKASI "\t106000000\t100000000\t6000000\t94.3396226415094\n"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.copy-table-raw", NULL));
  g_clear_pointer (&copied, g_free);
  copied = clipboard_text (GTK_WIDGET (page));
  g_assert_cmpstr (copied, ==, raw);

  /* a kegiatan a spreadsheet would run as a formula is written defused */
  g_assert_true (kj_tables_page_set_cell (page, ADVOKASI, "kegiatan", "=HYPERLINK(\"x\")", NULL));
  csv = kj_tables_page_get_table_text (page, ',', TRUE);
  g_assert_nonnull (strstr (csv, ",\"'=HYPERLINK(\"\"x\"\")\",106000000,"));
  kj_test_close_window (win, NULL, 0);
}

static GtkWidget *
find_history_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (KJ_IS_HISTORY_DIALOG (w))
        return w;
    }
  return NULL;
}

static gboolean
plan_shown (gpointer data)
{
  return kj_window_get_plan (data) != NULL;
}

/* Ctrl+H on a Tables cell: that cell's saved changes, by the row's code
 * and not its place; "Restore" a new edit, undone like any */
static void
test_history (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kj-tables-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bnn-kota-kupang.json", NULL);
  g_autofree char *bak = g_strconcat (path, ".bak", NULL);
  g_autoptr(GBytes) sample = g_resources_lookup_data (RESOURCE_PREFIX "/samples/bnn-kota-kupang.json", 0, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KjWindow *win = kj_window_new (NULL);
  KjTablesPage *page = page_of (win);
  GtkWidget *dialog;
  GPtrArray *entries;
  KjPlan *plan;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (sample, NULL), g_bytes_get_size (sample), NULL));
  kj_history_set_user_name ("Perencana Uji");
  gtk_window_set_default_size (GTK_WINDOW (win), 1400, 1000);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_open_files (win, &file, 1);
  kj_test_wait_until (plan_shown, win);
  kj_window_set_year (win, 2024);
  plan = kj_window_get_plan (win);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "tables"));
  kj_tables_page_set_table (page, KJ_TABLE_BUDGET);
  g_assert_true (kj_tables_page_set_cell (page, ADVOKASI, "realization", "90.000.000", &error));
  g_assert_true (kj_tables_page_set_cell (page, PSM, "realization", "1.000.000", &error));
  g_assert_true (kj_plan_save (plan, file, &error));
  g_assert_no_error (error);
  /* the line before it removed: its place changes, its name does not */
  g_assert_true (kj_tables_page_remove_row (page, ADVOKASI, &error));
  g_assert_no_error (error);

  kj_value_cell_focus (KJ_VALUE_CELL (cell_of (page, PSM, "realization")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.history", NULL));
  dialog = find_history_dialog ();
  g_assert_nonnull (dialog);
  entries = kj_history_dialog_get_entries (KJ_HISTORY_DIALOG (dialog));
  /* this cell's change, not the other line's */
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (kj_history_entry_get_path (g_ptr_array_index (entries, 0)), ==,
                   "budget.2024[kegiatan=\"" PSM "\"].realization");
  g_assert_cmpfloat (kj_node_get_number (kj_history_entry_get_new_value (g_ptr_array_index (entries, 0))), ==,
                     1000000);
  {
    const KjNode *old = kj_history_entry_get_old_value (g_ptr_array_index (entries, 0));
    g_assert_true (old == NULL || kj_node_is_null (old));
  }
  kj_history_dialog_restore (KJ_HISTORY_DIALOG (dialog), 0);
  g_assert_true (isnan (budget_field (plan, PSM, FALSE)));
  assert_text (page, PSM, "realization", "–");
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* the restore is an edit: undone, and its cell focused */
  kj_value_cell_focus (KJ_VALUE_CELL (cell_of (page, PSM, "kegiatan")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpfloat (budget_field (plan, PSM, FALSE), ==, 1000000);
  kj_test_settle ();
  kj_test_wait_until (focused, cell_of (page, PSM, "realization"));

  /* a row's other cell has no saved change */
  kj_value_cell_focus (KJ_VALUE_CELL (cell_of (page, PSM, "allocation")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.history", NULL));
  dialog = find_history_dialog ();
  g_assert_cmpuint (kj_history_dialog_get_entries (KJ_HISTORY_DIALOG (dialog))->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* undoing the removal brings the line back, focused */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  kj_test_settle ();
  kj_test_wait_until (focused, cell_of (page, ADVOKASI, "kegiatan"));
  kj_test_close_window (win, NULL, 0);
  g_remove (path);
  g_remove (bak);
  g_remove (dir);
}

static KjContextTable *
context_table (KjPlan     *plan,
               const char *id)
{
  GPtrArray *tables = kj_plan_get_context (plan);

  for (guint i = 0; i < tables->len; i++)
    if (g_strcmp0 (((KjContextTable *) g_ptr_array_index (tables, i))->id, id) == 0)
      return g_ptr_array_index (tables, i);
  g_assert_not_reached ();
}

/* Context tables: a row added (before the total row, one cell per column,
 * numbers typed as numbers) and removed; a total row removed takes its name
 * out of total_rows; the file saved loads again */
static void
test_context_rows (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kj-tables-context-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kupang.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KjWindow *win = open_sample ("BNN Kota Kupang", 2024, KJ_TABLE_CONTEXT);
  KjTablesPage *page = page_of (win);
  KjPlan *plan = kj_window_get_plan (win);
  g_autoptr(GError) error = NULL;
  g_autoptr(KjPlan) again = NULL;
  KjContextTable *t;
  GArray *cells;

  g_assert_true (kj_tables_page_set_source (page, "pegawai-2024"));
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, 2);
  g_assert_true (kj_tables_page_add_row (page, NULL, "Tenaga pendukung", &error));
  g_assert_no_error (error);
  t = context_table (plan, "pegawai-2024");
  g_assert_cmpuint (t->rows->len, ==, 3);
  /* before "Jumlah", which goes on summing it */
  cells = g_ptr_array_index (t->rows, 1);
  g_assert_cmpuint (cells->len, ==, 9);
  g_assert_cmpstr (g_array_index (cells, KjCell, 0).text, ==, "Tenaga pendukung");
  g_assert_true (isnan (g_array_index (cells, KjCell, 3).number));
  g_assert_cmpint (kj_tables_page_find_row (page, "Jumlah"), ==, 2);
  kj_test_save_screenshot (GTK_WIDGET (win), "tables-context-row.png");
  /* its cells keep the column's type: a number */
  g_assert_true (kj_tables_page_set_cell (page, "Tenaga pendukung", "3", "4", &error));
  t = context_table (plan, "pegawai-2024");
  g_assert_cmpfloat (g_array_index ((GArray *) g_ptr_array_index (t->rows, 1), KjCell, 3).number, ==, 4);
  g_assert_false (kj_tables_page_add_row (page, NULL, "Jumlah", &error));
  g_clear_error (&error);

  /* the total row removed: its name goes from total_rows */
  g_assert_true (kj_tables_page_remove_row (page, "Jumlah", &error));
  g_assert_no_error (error);
  t = context_table (plan, "pegawai-2024");
  g_assert_cmpuint (t->rows->len, ==, 2);
  g_assert_true (t->total_rows == NULL || t->total_rows[0] == NULL);
  g_assert_true (kj_plan_save (plan, file, &error));
  g_assert_no_error (error);
  again = kj_plan_load_file (file, NULL, &error);
  g_assert_no_error (error);
  t = context_table (again, "pegawai-2024");
  g_assert_cmpuint (t->rows->len, ==, 2);
  g_assert_cmpfloat (g_array_index ((GArray *) g_ptr_array_index (t->rows, 1), KjCell, 3).number, ==, 4);

  /* undo: the total row and its name are back, its first cell focused */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  t = context_table (plan, "pegawai-2024");
  g_assert_cmpstr (t->total_rows[0], ==, "Jumlah");
  g_assert_cmpuint (t->rows->len, ==, 3);
  kj_test_settle ();
  kj_test_wait_until (focused, cell_of (page, "Jumlah", "0"));
  /* a total row renamed is renamed in total_rows */
  g_assert_true (kj_tables_page_set_cell (page, "Jumlah", "0", "Total pegawai", &error));
  t = context_table (plan, "pegawai-2024");
  g_assert_cmpstr (t->total_rows[0], ==, "Total pegawai");
  kj_test_close_window (win, NULL, 0);
  g_remove (path);
  g_remove (dir);
}

static KjWorkNode *
work_node (KjPlan     *plan,
           int         year,
           const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes, "/", -1);
  KjYearItems *items = kj_year_items_find (kj_plan_get_workplan (plan), year);
  GPtrArray *level = items ? items->items : NULL;
  KjWorkNode *node = NULL;

  for (guint p = 0; parts[p]; p++)
    {
      node = NULL;
      for (guint i = 0; level && i < level->len; i++)
        {
          KjWorkNode *n = g_ptr_array_index (level, i);
          gboolean by_place = parts[p][0] == '#' && (guint) atoi (parts[p] + 1) == i;
          if (by_place || g_strcmp0 (n->code, parts[p]) == 0)
            node = n;
        }
      g_assert_nonnull (node);
      level = node->children;
    }
  return node;
}

/* A new work-plan node takes the level below its parent's; a first root
 * is a program; nothing goes under a sub-komponen */
static void
test_workplan_level (void)
{
  KjWindow *win = open_sample ("BNNP Nusa Tenggara Timur", 2024, KJ_TABLE_WORKPLAN);
  KjTablesPage *page = page_of (win);
  KjPlan *plan = kj_window_get_plan (win);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (work_node (plan, 2024, "#0/#0/#1/#0")->level, ==, "ro");
  g_assert_true (kj_tables_page_add_row (page, "#0/#0/#1/#0", "057", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (work_node (plan, 2024, "#0/#0/#1/#0/057")->level, ==, "komponen");
  kj_test_save_screenshot (GTK_WIDGET (win), "tables-workplan-add.png");
  g_assert_true (kj_tables_page_add_row (page, "#0/#0/#1/#0/057", "A", &error));
  g_assert_cmpstr (work_node (plan, 2024, "#0/#0/#1/#0/057/A")->level, ==, "subkomponen");
  g_assert_false (kj_tables_page_add_row (page, "#0/#0/#1/#0/057/A", "1", &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT);
  g_clear_error (&error);
  /* another root: a program, as the others */
  g_assert_true (kj_tables_page_add_row (page, NULL, "099", &error));
  g_assert_cmpstr (work_node (plan, 2024, "099")->level, ==, "program");

  /* BNN Kota Kupang has no work plan: its first root is a program, its
   * first item a kegiatan */
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  kj_window_set_year (win, 2024);
  kj_tables_page_set_table (page, KJ_TABLE_WORKPLAN);
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, 0);
  plan = kj_window_get_plan (win);
  g_assert_true (kj_tables_page_add_row (page, NULL, "066", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (work_node (plan, 2024, "066")->level, ==, "program");
  g_assert_true (kj_tables_page_add_row (page, "066", "3247", &error));
  g_assert_cmpstr (work_node (plan, 2024, "066/3247")->level, ==, "kegiatan");
  /* undo of the item focuses its parent's row, redo the item's */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpint (kj_tables_page_find_row (page, "066/3247"), ==, -1);
  kj_test_settle ();
  kj_test_wait_until (focused, cell_of (page, "066", "name"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.redo", NULL));
  kj_test_settle ();
  kj_test_wait_until (focused, cell_of (page, "066/3247", "name"));
  kj_test_close_window (win, NULL, 0);
}

static AdwStatusPage *
find_status (GtkWidget *widget)
{
  if (ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_child_visible (widget))
    return ADW_STATUS_PAGE (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      AdwStatusPage *found = find_status (c);
      if (found)
        return found;
    }
  return NULL;
}

static gboolean
select_contoh (gpointer win)
{
  return kj_window_select_satker (win, "BNN Kota Contoh");
}

/* The page opens on a table with data for the plan shown (BNNP Kalimantan
 * Barat has no budget); a plan with no table at all says so, and what can
 * be added */
static void
test_opening_table (void)
{
  KjWindow *win = kj_window_new (NULL);
  KjTablesPage *page = page_of (win);
  g_autofree char *dir = g_dir_make_tmp ("kj-tables-empty-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kosong.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *empty = "{\"format\": \"kinerja-plan\", \"version\": 1,\n"
                      " \"satker\": {\"name\": \"BNN Kota Contoh\"},\n"
                      " \"period\": {\"first_year\": 2024, \"last_year\": 2024}}\n";
  AdwStatusPage *status;

  gtk_window_set_default_size (GTK_WINDOW (win), 1400, 1000);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "tables"));
  g_assert_true (kj_window_select_satker (win, "BNNP Kalimantan Barat"));
  kj_window_set_year (win, 2023);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "tables"));
  kj_test_settle ();
  /* its spending by type, the first table it has rows in */
  g_assert_cmpint (kj_tables_page_get_table (page), ==, KJ_TABLE_SPENDING);
  kj_test_save_screenshot (GTK_WIDGET (win), "tables-opening.png");
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), >, 0);
  /* BNN Kota Kupang has a budget for 2024 (2023: context tables only) */
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  kj_window_set_year (win, 2024);
  kj_test_settle ();
  g_assert_cmpint (kj_tables_page_get_table (page), ==, KJ_TABLE_BUDGET);
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), >, 0);
  /* the user's choice stays, whatever the year */
  kj_tables_page_set_table (page, KJ_TABLE_WORKPLAN);
  kj_window_set_year (win, 2023);
  g_assert_cmpint (kj_tables_page_get_table (page), ==, KJ_TABLE_WORKPLAN);

  g_assert_true (g_file_set_contents (path, empty, -1, NULL));
  kj_window_open_files (win, &file, 1);
  kj_test_wait_until (select_contoh, win);
  kj_window_set_year (win, 2024);
  kj_test_settle ();
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, 0);
  g_assert_cmpint (kj_tables_page_get_table (page), ==, KJ_TABLE_BUDGET);
  kj_test_save_screenshot (GTK_WIDGET (win), "tables-empty-plan.png");
  status = find_status (GTK_WIDGET (page));
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "This plan has no tables for 2024");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "+ button"));
  kj_test_close_window (win, NULL, 0);
  g_remove (path);
  g_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* (gtk_test_init sets en_US) the planner's notation: Indonesian */
  g_assert_nonnull (setlocale (LC_ALL, "id_ID.UTF-8"));
  g_test_add_func ("/kinerja/widgets/tables/paste", test_paste);
  g_test_add_func ("/kinerja/widgets/tables/copy", test_copy);
  g_test_add_func ("/kinerja/widgets/tables/history", test_history);
  g_test_add_func ("/kinerja/widgets/tables/context-rows", test_context_rows);
  g_test_add_func ("/kinerja/widgets/tables/workplan-level", test_workplan_level);
  g_test_add_func ("/kinerja/widgets/tables/opening-table", test_opening_table);
  return g_test_run ();
}
