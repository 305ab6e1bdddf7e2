/* test-tables.c: the Tables page: each table shows the sample's figures,
 * sorts with absent values last, marks a work-plan parent that is not the
 * sum of its items; a value typed into a cell changes the plan and the
 * computed columns; rows added and removed, and undone
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "io/kj-plan-io.h"
#include "model/kj-checks.h"
#include "widgets/kj-tables-page.h"
#include "widgets/kj-value-cell.h"
#include "widgets/kj-window.h"
#include "kj-test-tables.h"

static GtkColumnViewColumn *
view_column (KjTablesPage *page,
             guint         i)
{
  GListModel *columns = gtk_column_view_get_columns (kj_tables_page_get_view (page));
  GtkColumnViewColumn *c = g_list_model_get_item (columns, i);

  g_object_unref (c);   /* the view holds it */
  return c;
}

/* BNNP Kalimantan Barat's NKA per kabupaten/kota, 2023 */
static void
test_breakdown (void)
{
  KjWindow *win = open_sample ("BNNP Kalimantan Barat", 2023, KJ_TABLE_BREAKDOWN);
  KjTablesPage *page = page_of (win);
  g_autofree char *category = NULL;

  g_assert_true (kj_tables_page_set_source (page, "nka"));
  g_assert_false (kj_tables_page_set_source (page, "no-such-indicator"));
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, 7);
  assert_text (page, "Kota Pontianak", "area", "Kota Pontianak");
  assert_text (page, "Kota Pontianak", "satker", "BNN Kota Pontianak");
  assert_text (page, "Kota Pontianak", "target", "89,00");
  assert_text (page, "Kota Pontianak", "value", "86,25");
  /* the category is computed (86,25 of 89: 96,91 %), named by its scale,
   * with its band's colour */
  category = text_of (page, "Kota Pontianak", "category");
  g_assert_nonnull (strstr (category, "achievement: "));
  g_assert_nonnull (strstr (category, "<span foreground=\"#"));
  g_assert_false (kj_tables_page_is_editable (page, "category"));
  g_assert_true (kj_tables_page_is_editable (page, "value"));

  /* Dektara: the band of each area's own value, on the Dektara scale */
  g_assert_true (kj_tables_page_set_source (page, "dektara"));
  g_clear_pointer (&category, g_free);
  category = text_of (page, "Kota Pontianak", "category");
  g_assert_nonnull (strstr (category, "value: Tinggi"));
  assert_text (page, "Kota Pontianak", "value", "78,48");
  kj_test_close_window (win, NULL, 0);
}

/* Budget and spending: the lines, the computed remaining and absorption,
 * the totals row; a realisation typed changes them */
static void
test_budget_and_spending (void)
{
  KjWindow *win = open_sample ("BNNP Kalimantan Barat", 2023, KJ_TABLE_SPENDING);
  KjTablesPage *page = page_of (win);
  guint n;
  g_autofree char *last = NULL;

  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, 4);   /* three types and the total */
  assert_text (page, "Belanja Pegawai", "allocation", "4.785.094.000");
  assert_text (page, "Belanja Pegawai", "realization", "4.765.471.234");
  assert_text (page, "Belanja Pegawai", "remaining", "19.622.766");
  assert_text (page, "Belanja Pegawai", "absorption", "99,59%");
  last = kj_tables_page_get_text (page, 3, "category");
  g_assert_cmpstr (last, ==, "Total");
  g_assert_false (kj_tables_page_is_editable (page, "remaining"));
  g_assert_false (kj_tables_page_is_editable (page, "absorption"));

  /* BNN Kota Palopo's budget 2023: ten lines without codes, by their
   * kegiatan; two lines of one kegiatan, by their place; the total */
  g_assert_true (kj_window_select_satker (win, "BNN Kota Palopo"));
  kj_tables_page_set_table (page, KJ_TABLE_BUDGET);
  n = kj_tables_page_get_n_rows (page);
  g_assert_cmpuint (n, ==, 11);
  assert_text (page, "Penyelenggaraan Advokasi", "allocation", "100.000.000");
  assert_text (page, "Penyelenggaraan Advokasi", "realization", "–");
  g_assert_cmpint (kj_tables_page_find_row (page, "Penguatan Lembaga Rehabilitasi Komponen Masyarakat"), ==, -1);
  assert_text (page, "#5", "allocation", "112.049.000");
  assert_text (page, "#6", "allocation", "48.010.000");
  {
    g_autofree char *total = kj_tables_page_get_text (page, n - 1, "allocation");
    g_assert_cmpstr (total, ==, "2.001.976.000");
  }
  kj_test_close_window (win, NULL, 0);
}

static double
budget_realization (KjPlan     *plan,
                    const char *kegiatan)
{
  KjYearItems *items = kj_year_items_find (kj_plan_get_budget (plan), 2024);

  for (guint i = 0; items && i < items->items->len; i++)
    {
      KjBudgetLine *l = g_ptr_array_index (items->items, i);
      if (g_strcmp0 (l->kegiatan, kegiatan) == 0)
        return l->realization;
    }
  g_assert_not_reached ();
}

static void
type_into (GtkWidget  *cell,
           const char *text)
{
  g_assert_true (kj_test_press (cell, gdk_unicode_to_keyval (g_utf8_get_char (text)), 0));
  g_assert_true (kj_value_cell_get_editing (KJ_VALUE_CELL (cell)));
  gtk_editable_set_text (kj_value_cell_get_editable_field (KJ_VALUE_CELL (cell)), text);
}

/* BNN Kota Kupang's budget 2024 has no realisations yet: the planner types
 * one in a cell, in Indonesian notation with "Rp" */
static void
test_type_into_cell (void)
{
  KjWindow *win = open_sample ("BNN Kota Kupang", 2024, KJ_TABLE_BUDGET);
  KjTablesPage *page = page_of (win);
  KjPlan *plan = kj_window_get_plan (win);
  const char *advokasi = "Penyelenggaraan Advokasi";
  GtkWidget *cell;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, 12);
  assert_text (page, advokasi, "allocation", "106.000.000");
  assert_text (page, advokasi, "realization", "–");
  assert_text (page, advokasi, "remaining", "–");
  g_assert_true (isnan (budget_realization (plan, advokasi)));

  cell = cell_of (page, advokasi, "realization");
  g_assert_true (kj_value_cell_get_editable (KJ_VALUE_CELL (cell)));
  gtk_widget_grab_focus (cell);
  type_into (cell, "Rp 100.000.000");
  g_assert_true (kj_test_press (cell, GDK_KEY_Return, 0));
  g_assert_cmpfloat (budget_realization (plan, advokasi), ==, 100000000);
  g_assert_true (kj_plan_get_modified (plan));
  /* the computed columns follow at once */
  assert_text (page, advokasi, "realization", "100.000.000");
  assert_text (page, advokasi, "remaining", "6.000.000");
  assert_text (page, advokasi, "absorption", "94,34%");
  {
    g_autofree char *total = kj_tables_page_get_text (page, kj_tables_page_get_n_rows (page) - 1,
                                                      "realization");
    g_assert_cmpstr (total, ==, "100.000.000");
  }
  /* Enter went down: the focus is on the next line's cell, in the rows made again */
  g_assert_true (kj_value_cell_has_focus (KJ_VALUE_CELL (cell_of (page, "Pemberdayaan Peran serta Masyarakat",
                                                                  "realization"))));
  cell = cell_of (page, advokasi, "realization");
  g_assert_cmpstr (kj_value_cell_get_text (KJ_VALUE_CELL (cell)), ==, "100.000.000");
  kj_value_cell_focus (KJ_VALUE_CELL (cell));
  /* Tab goes to the next cell typed into: past the computed columns, to the next line */
  g_assert_true (kj_test_press (cell, GDK_KEY_Tab, 0));
  g_assert_true (kj_value_cell_has_focus (KJ_VALUE_CELL (cell_of (page, "Pemberdayaan Peran serta Masyarakat",
                                                                  "kegiatan"))));
  cell = cell_of (page, advokasi, "realization");

  /* what is not a number is refused at the cell; nothing changes */
  type_into (cell, "seratus juta");
  g_assert_true (kj_test_press (cell, GDK_KEY_Return, 0));
  g_assert_nonnull (kj_value_cell_get_error (KJ_VALUE_CELL (cell)));
  g_assert_cmpfloat (budget_realization (plan, advokasi), ==, 100000000);
  g_assert_true (kj_test_press (cell, GDK_KEY_Escape, 0));

  /* a computed column is not typed into */
  g_assert_false (kj_tables_page_set_cell (page, advokasi, "remaining", "5", &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Delete empties the cell: no data again; undo brings the value back */
  g_assert_true (kj_tables_page_set_cell (page, advokasi, "realization", "", &error));
  g_assert_no_error (error);
  g_assert_true (isnan (budget_realization (plan, advokasi)));
  /* the cell focused is its row selected (what the remove button takes) */
  kj_value_cell_focus (KJ_VALUE_CELL (cell_of (page, "Pemberdayaan Peran serta Masyarakat", "kegiatan")));
  g_assert_true (gtk_selection_model_is_selected (gtk_column_view_get_model (kj_tables_page_get_view (page)),
                                                  kj_tables_page_find_row (page,
                                                                           "Pemberdayaan Peran serta Masyarakat")));
  /* undo focuses the cell it changed */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpfloat (budget_realization (plan, advokasi), ==, 100000000);
  kj_test_settle ();
  g_assert_true (kj_value_cell_has_focus (KJ_VALUE_CELL (cell_of (page, advokasi, "realization"))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_true (isnan (budget_realization (plan, advokasi)));
  assert_text (page, advokasi, "remaining", "–");
  kj_test_close_window (win, NULL, 0);
}

/* Sorting by a column: absent values last, whichever way */
static void
test_sort (void)
{
  KjWindow *win = open_sample ("BNN Kota Kupang", 2024, KJ_TABLE_BUDGET);
  KjTablesPage *page = page_of (win);
  GtkColumnView *view = kj_tables_page_get_view (page);
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (kj_tables_page_set_cell (page, "Penyelenggaraan Advokasi", "realization", "50.000.000", &error));
  g_assert_true (kj_tables_page_set_cell (page, "Pemberdayaan Peran serta Masyarakat", "realization",
                                          "200.000.000", &error));
  g_assert_no_error (error);
  n = kj_tables_page_get_n_rows (page);
  for (int way = 0; way < 2; way++)
    {
      g_autofree char *first = NULL, *second = NULL, *third = NULL, *total = NULL;

      gtk_column_view_sort_by_column (view, view_column (page, 3),
                                      way == 0 ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
      first = kj_tables_page_get_row_key (page, 0);
      second = kj_tables_page_get_row_key (page, 1);
      third = kj_tables_page_get_text (page, 2, "realization");
      total = kj_tables_page_get_text (page, n - 1, "code");
      g_assert_cmpstr (first, ==, way == 0 ? "Penyelenggaraan Advokasi" : "Pemberdayaan Peran serta Masyarakat");
      g_assert_cmpstr (second, ==, way == 0 ? "Pemberdayaan Peran serta Masyarakat" : "Penyelenggaraan Advokasi");
      /* the lines with no realisation after them, the total last */
      g_assert_cmpstr (third, ==, "–");
      g_assert_cmpstr (total, ==, "Total");
    }
  /* by allocation, largest first */
  gtk_column_view_sort_by_column (view, view_column (page, 2), GTK_SORT_DESCENDING);
  {
    g_autofree char *a = kj_tables_page_get_text (page, 0, "allocation");
    g_autofree char *b = kj_tables_page_get_text (page, 1, "allocation");
    g_assert_cmpint (strlen (a), >=, strlen (b));
  }
  kj_test_close_window (win, NULL, 0);
}

/* BNNP Nusa Tenggara Timur's work plan 2024: a tree; where a parent's
 * amount is not the sum of its items, the difference is shown (the same
 * rule as the checks' finding at that node) */
static void
test_workplan (void)
{
  KjWindow *win = open_sample ("BNNP Nusa Tenggara Timur", 2024, KJ_TABLE_WORKPLAN);
  KjTablesPage *page = page_of (win);
  KjPlan *plan = kj_window_get_plan (win);
  g_autoptr(GPtrArray) findings = kj_plan_check (plan);
  /* Dukungan Manajemen › Pembinaan Administrasi … › Layanan Manajemen
   * Kinerja Internal › Layanan Manajemen Keuangan › 056: 888.000 stated,
   * 924.000 in its two items */
  const char *key = "#0/#0/#1/#0/056";
  guint marked = 0, errors = 0;

  g_assert_cmpuint (kj_tables_page_get_n_rows (page), >, 150);
  assert_text (page, key, "name", "Penyusunan Laporan Keuangan Unaudited");
  assert_text (page, key, "amount", "888.000");
  assert_text (page, key, "check", "⚠ −36.000");
  assert_text (page, "#0/#0/#1/#0/056/A", "volume", "1");
  assert_text (page, "#0/#0/#1/#0/056/A", "unit", "Kali");
  assert_text (page, "#0/#0/#1/#0/056/A", "check", "");
  assert_text (page, "#0/#0/#0/#0", "name", "Layanan Perkantoran");
  assert_text (page, "#0/#0/#0/#0", "check", "");
  g_assert_false (kj_tables_page_is_editable (page, "check"));

  /* as many marks as the checks find sums that differ */
  for (guint i = 0; i < kj_tables_page_get_n_rows (page); i++)
    {
      g_autofree char *check = kj_tables_page_get_text (page, i, "check");
      marked += g_str_has_prefix (check, "⚠");
    }
  for (guint i = 0; i < findings->len; i++)
    {
      const KjDiagnostic *d = g_ptr_array_index (findings, i);
      errors += g_str_has_prefix (d->path, "workplan.2024") && strstr (d->message, "sum of its items") != NULL;
    }
  g_assert_cmpuint (marked, ==, 10);
  g_assert_cmpuint (marked, ==, errors);

  /* an item typed to make the sum right: the mark goes */
  g_assert_true (kj_tables_page_set_cell (page, "#0/#0/#1/#0/056/B", "amount", "426.000", NULL));
  assert_text (page, key, "check", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  assert_text (page, key, "check", "⚠ −36.000");
  kj_test_close_window (win, NULL, 0);
}

static guint
n_items (GPtrArray *years,
         int        year)
{
  KjYearItems *items = kj_year_items_find (years, year);
  return items ? items->items->len : 0;
}

/* Rows added and removed, each one step of undo */
static void
test_add_remove (void)
{
  KjWindow *win = open_sample ("BNN Kota Kupang", 2024, KJ_TABLE_BUDGET);
  KjTablesPage *page = page_of (win);
  KjPlan *plan = kj_window_get_plan (win);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (n_items (kj_plan_get_budget (plan), 2024), ==, 11);
  g_assert_true (kj_tables_page_add_row (page, NULL, "3247", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (kj_plan_get_budget (plan), 2024), ==, 12);
  g_assert_cmpint (kj_tables_page_find_row (page, "3247"), >=, 0);
  g_assert_true (kj_tables_page_set_cell (page, "3247", "allocation", "116.000.000", &error));
  assert_text (page, "3247", "allocation", "116.000.000");
  /* a code given once */
  g_assert_false (kj_tables_page_add_row (page, NULL, "3247", &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "3247"));
  g_clear_error (&error);
  g_assert_false (kj_tables_page_add_row (page, NULL, "  ", &error));
  g_clear_error (&error);
  g_assert_cmpuint (n_items (kj_plan_get_budget (plan), 2024), ==, 12);

  g_assert_true (kj_tables_page_remove_row (page, "Penyelenggaraan Advokasi", &error));
  g_assert_cmpuint (n_items (kj_plan_get_budget (plan), 2024), ==, 11);
  g_assert_cmpint (kj_tables_page_find_row (page, "Penyelenggaraan Advokasi"), ==, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpint (kj_tables_page_find_row (page, "Penyelenggaraan Advokasi"), >=, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpuint (n_items (kj_plan_get_budget (plan), 2024), ==, 11);
  g_assert_cmpint (kj_tables_page_find_row (page, "3247"), ==, -1);

  /* spending has no 2023: its first line makes the year */
  kj_window_set_year (win, 2023);
  kj_tables_page_set_table (page, KJ_TABLE_SPENDING);
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, 0);
  g_assert_true (kj_tables_page_add_row (page, NULL, "Belanja Modal", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (kj_plan_get_spending (plan), 2023), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpuint (n_items (kj_plan_get_spending (plan), 2023), ==, 0);
  kj_test_close_window (win, NULL, 0);
}

/* A work-plan node goes with its items, in one step */
static void
test_remove_node (void)
{
  KjWindow *win = open_sample ("BNNP Nusa Tenggara Timur", 2024, KJ_TABLE_WORKPLAN);
  KjTablesPage *page = page_of (win);
  KjPlan *plan = kj_window_get_plan (win);
  KjYearItems *items = kj_year_items_find (kj_plan_get_workplan (plan), 2024);
  const char *key = "#0/#0/#1/#0/056";
  guint n = kj_tables_page_get_n_rows (page);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (items->items->len, ==, 2);
  g_assert_cmpuint (kj_tables_page_count_removed (page, key), ==, 2);
  g_assert_true (kj_tables_page_remove_row (page, key, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, n - 3);
  g_assert_cmpint (kj_tables_page_find_row (page, key), ==, -1);

  /* a child added under a node, then the node's first code again refused */
  g_assert_true (kj_tables_page_add_row (page, "#0/#0/#1/#0", "057", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kj_tables_page_find_row (page, "#0/#0/#1/#0/057"), >=, 0);
  g_assert_true (kj_tables_page_add_row (page, "#0/#0/#1/#0/057", "A", &error));
  g_assert_false (kj_tables_page_add_row (page, "#0/#0/#1/#0/057", "A", &error));
  g_clear_error (&error);
  g_assert_cmpuint (kj_tables_page_count_removed (page, "#0/#0/#1/#0/057"), ==, 1);

  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, n);
  assert_text (page, key, "check", "⚠ −36.000");
  kj_test_close_window (win, NULL, 0);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *icon)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, icon);
      if (found)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
open_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* The + and − buttons: the key asked for and refused when already there;
 * a node's removal says how many items go with it */
static void
test_buttons (void)
{
  KjWindow *win = open_sample ("BNN Kota Kupang", 2024, KJ_TABLE_BUDGET);
  KjTablesPage *page = page_of (win);
  KjPlan *plan = kj_window_get_plan (win);
  GtkWidget *add = find_button (GTK_WIDGET (page), "list-add-symbolic");
  GtkWidget *remove = find_button (GTK_WIDGET (page), "list-remove-symbolic");
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  g_assert_nonnull (add);
  g_assert_nonnull (remove);
  g_assert_true (kj_tables_page_add_row (page, NULL, "3247", NULL));
  g_signal_emit_by_name (add, "clicked");
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  entry = g_object_get_data (G_OBJECT (dialog), "kj-entry");
  gtk_editable_set_text (entry, "3247");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (entry, "3248");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kj_test_settle ();
  g_assert_cmpint (kj_tables_page_find_row (page, "3248"), >=, 0);
  g_assert_cmpuint (n_items (kj_plan_get_budget (plan), 2024), ==, 13);

  /* the row of the focused cell is the one − removes, at once for a line */
  kj_value_cell_focus (KJ_VALUE_CELL (cell_of (page, "3248", "kegiatan")));
  g_assert_true (gtk_widget_get_sensitive (remove));
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpint (kj_tables_page_find_row (page, "3248"), ==, -1);
  kj_test_close_window (win, NULL, 0);

  /* a work-plan node asks first, saying how many items go with it */
  win = open_sample ("BNNP Nusa Tenggara Timur", 2024, KJ_TABLE_WORKPLAN);
  page = page_of (win);
  remove = find_button (GTK_WIDGET (page), "list-remove-symbolic");
  kj_tables_page_focus_cell (page, "#0/#0/#1/#0/056", "name");
  kj_test_settle ();
  g_signal_emit_by_name (remove, "clicked");
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2 items"));
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kj_test_settle ();
  g_assert_cmpint (kj_tables_page_find_row (page, "#0/#0/#1/#0/056"), ==, -1);
  g_assert_cmpint (kj_tables_page_find_row (page, "#0/#0/#1/#0/056/A"), ==, -1);
  kj_test_close_window (win, NULL, 0);
}

/* Outputs (RO) and context tables */
static void
test_outputs_and_context (void)
{
  KjWindow *win = open_sample ("BNNP Nusa Tenggara Timur", 2024, KJ_TABLE_OUTPUTS);
  KjTablesPage *page = page_of (win);

  g_assert_cmpuint (kj_tables_page_get_n_rows (page), ==, 23);
  g_assert_true (kj_tables_page_set_cell (page, "Layanan Manajemen Keuangan", "realization", "1", NULL));
  assert_text (page, "Layanan Manajemen Keuangan", "target", "2");
  assert_text (page, "Layanan Manajemen Keuangan", "unit", "Dokumen");
  assert_text (page, "Layanan Manajemen Keuangan", "achievement", "50,00%");
  /* two outputs named alike: each by its place in the file */
  g_assert_cmpint (kj_tables_page_find_row (page, "Layanan Perkantoran"), ==, -1);
  g_assert_true (kj_tables_page_set_cell (page, "#6", "realization", "12", NULL));
  assert_text (page, "#6", "achievement", "100,00%");
  assert_text (page, "#0", "achievement", "–");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  assert_text (page, "Layanan Manajemen Keuangan", "achievement", "–");

  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  kj_tables_page_set_table (page, KJ_TABLE_CONTEXT);
  g_assert_true (kj_tables_page_set_source (page, "pagu-realisasi-2024"));
  assert_text (page, "Pagu awal (Rp)", "1", "1.744.866.000");
  g_assert_true (kj_tables_page_set_cell (page, "Pagu awal (Rp)", "1", "1.744.866.001", NULL));
  assert_text (page, "Pagu awal (Rp)", "1", "1.744.866.001");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  assert_text (page, "Pagu awal (Rp)", "1", "1.744.866.000");
  kj_test_close_window (win, NULL, 0);
}

/* A file that cannot be written: shown, never typed into */
static void
test_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kj-tables-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kupang.json", NULL);
  g_autoptr(GBytes) sample = g_resources_lookup_data (RESOURCE_PREFIX "/samples/bnn-kota-kupang.json", 0, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  KjTablesPage *page = g_object_new (KJ_TYPE_TABLES_PAGE, NULL);
  GtkWidget *cell;

  g_assert_nonnull (sample);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (sample, NULL), g_bytes_get_size (sample), NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  plan = kj_plan_load_file (file, NULL, &error);
  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  kj_tables_page_set_plan (page, plan);
  kj_tables_page_set_year (page, 2024);
  kj_tables_page_set_table (page, KJ_TABLE_BUDGET);
  g_assert_true (kj_tables_page_is_read_only (page));
  g_assert_false (kj_tables_page_is_editable (page, "realization"));
  cell = cell_of (page, "Penyelenggaraan Advokasi", "realization");
  g_assert_false (kj_value_cell_get_editable (KJ_VALUE_CELL (cell)));
  g_assert_false (kj_tables_page_set_cell (page, "Penyelenggaraan Advokasi", "realization", "5", &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (kj_tables_page_add_row (page, NULL, "9999", &error));
  g_clear_error (&error);
  g_assert_false (kj_plan_get_modified (plan));
  kj_test_close_window (window, NULL, 0);
  g_chmod (path, 0644);
  g_remove (path);
  g_remove (dir);
}

static void
labels_with_text (GtkWidget  *root,
                  const char *text,
                  GPtrArray  *out)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_LABEL (w) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (w)), text) == 0)
        g_ptr_array_add (out, w);
      labels_with_text (w, text, out);
    }
}

/* A figure is never cut at its column's edge (it would read as another
 * number): the budget's total, in bold and in the trillions, fits its column. */
static void
test_figures_fit (void)
{
  KjWindow *win = open_sample ("BNN Kota Kupang", 2024, KJ_TABLE_BUDGET);
  KjTablesPage *page = page_of (win);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *total = NULL;
  guint n;

  /* a national office's budget runs to trillions of rupiah */
  {
    g_autoptr(KjEdit) edit = kj_edit_new ("test");
    g_autoptr(GError) error = NULL;

    kj_edit_set_number (edit, "budget.2024[0].allocation", 2500000000000.0);
    g_assert_true (kj_plan_apply (kj_window_get_plan (win), edit, NULL, &error));
    g_assert_no_error (error);
  }
  kj_test_wait_until (kj_test_drawn, page);
  kj_test_settle ();
  n = kj_tables_page_get_n_rows (page);
  total = kj_tables_page_get_text (page, n - 1, "allocation");
  g_assert_cmpstr (total, ==, "2.501.638.866.000");
  labels_with_text (GTK_WIDGET (page), total, labels);
  g_assert_cmpuint (labels->len, >, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *cell = label;
      graphene_rect_t bounds;
      int natural;

      /* the column's cell, which clips what is wider */
      while (cell && g_strcmp0 (G_OBJECT_TYPE_NAME (cell), "GtkColumnViewCell") != 0)
        cell = gtk_widget_get_parent (cell);
      g_assert_nonnull (cell);
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (label), >=, natural);
      g_assert_true (gtk_widget_compute_bounds (label, cell, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (cell) + 0.5);
    }
  kj_test_close_window (win, NULL, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* the application's styles: Adwaita's (the totals row's bold heading) and its own */
  adw_init ();
  {
    GtkCssProvider *css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    g_object_unref (css);
  }
  /* (gtk_test_init sets en_US) the planner's notation: Indonesian */
  g_assert_nonnull (setlocale (LC_ALL, "id_ID.UTF-8"));
  g_test_add_func ("/kinerja/widgets/tables/breakdown", test_breakdown);
  g_test_add_func ("/kinerja/widgets/tables/budget-and-spending", test_budget_and_spending);
  g_test_add_func ("/kinerja/widgets/tables/figures-fit", test_figures_fit);
  g_test_add_func ("/kinerja/widgets/tables/type-into-cell", test_type_into_cell);
  g_test_add_func ("/kinerja/widgets/tables/sort", test_sort);
  g_test_add_func ("/kinerja/widgets/tables/workplan", test_workplan);
  g_test_add_func ("/kinerja/widgets/tables/add-remove", test_add_remove);
  g_test_add_func ("/kinerja/widgets/tables/remove-node", test_remove_node);
  g_test_add_func ("/kinerja/widgets/tables/buttons", test_buttons);
  g_test_add_func ("/kinerja/widgets/tables/outputs-and-context", test_outputs_and_context);
  g_test_add_func ("/kinerja/widgets/tables/read-only", test_read_only);
  return g_test_run ();
}
