/* test-edit-table.c: typing targets and realisations into the overview's
 * table: what is understood, what is refused, where the focus goes, and
 * that the achievement, the category and the chart follow at once
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "widgets/kj-chart-view.h"
#include "io/kj-plan-io.h"
#include "model/kj-history.h"
#include "widgets/kj-charts-page.h"
#include "widgets/kj-history-dialog.h"
#include "widgets/kj-narrative-dialog.h"
#include "widgets/kj-plan-page.h"
#include "widgets/kj-value-cell.h"
#include "widgets/kj-window.h"
#include "kj-test-util.h"

/* a value cell: its value as shown, whether it is being typed into, and
 * whether the focus is on what it shows */
static const char *
shown (GtkWidget *cell)
{
  return kj_value_cell_get_text (KJ_VALUE_CELL (cell));
}

static gboolean
editing (GtkWidget *cell)
{
  return kj_value_cell_get_editing (KJ_VALUE_CELL (cell));
}

static gboolean
has_focus (GtkWidget *cell)
{
  return kj_value_cell_has_focus (KJ_VALUE_CELL (cell));
}

/* Types @text into @cell as a user does: the first key starts editing. */
static void
type_text (GtkWidget  *cell,
           const char *text)
{
  GtkEditable *field = kj_value_cell_get_editable_field (KJ_VALUE_CELL (cell));

  g_assert_true (kj_test_press (cell, gdk_unicode_to_keyval (g_utf8_get_char (text)), 0));
  g_assert_true (editing (cell));
  g_assert_true (has_focus (cell));
  /* the first character is in, the rest follows */
  g_assert_cmpuint (g_utf8_get_char (gtk_editable_get_text (field)), ==, g_utf8_get_char (text));
  gtk_editable_set_text (field, text);
}

/* The text of column @column in the row of @cell, as shown. */
static const char *
row_text (GtkWidget *cell,
          guint      column)
{
  GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (cell));
  GtkWidget *c = gtk_widget_get_first_child (row);

  for (guint i = 0; c && i < column; i++)
    c = gtk_widget_get_next_sibling (c);
  g_assert_nonnull (c);
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (c)));
}

static double
realization (KjPlan     *plan,
             const char *id)
{
  const KjYearValue *v = kj_indicator_get_year (kj_plan_find_indicator (plan, id), 2024);
  return v ? v->realization : NAN;
}

static GtkWidget *
cell_of (KjPlanPage   *page,
         const char   *id,
         KjPlanColumn  column)
{
  GtkWidget *cell;

  kj_test_wait_until (kj_test_drawn, kj_plan_page_get_table (page));
  kj_test_settle ();
  cell = kj_plan_page_get_cell (page, id, column);
  g_assert_nonnull (cell);
  return cell;
}

static gboolean
chart_mentions (KjChartsPage *charts,
                const char   *text)
{
  KjChartLayout *layout = kj_chart_view_get_layout (KJ_CHART_VIEW (kj_charts_page_get_view (charts)));

  for (guint i = 0; layout && i < kj_chart_layout_get_n_items (layout); i++)
    {
      const char *tooltip = kj_chart_layout_get_item (layout, i)->tooltip;
      if (tooltip && strstr (tooltip, text))
        return TRUE;
    }
  return FALSE;
}

static gboolean
chart_mentions_112 (gpointer charts)
{
  return chart_mentions (charts, "112,77");
}

/* BNN Kota Kupang's Dektari 2024: realisation 40,98 of target 53,65
 * (76,38 %); the planner types 60,5 in Indonesian notation. */
static void
test_type_realisation (void)
{
  KjWindow *win = kj_window_new (NULL);
  KjPlanPage *page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  KjChartsPage *charts = KJ_CHARTS_PAGE (kj_window_get_charts_page (win));
  GtkWidget *cell;
  KjPlan *plan;

  gtk_window_set_default_size (GTK_WINDOW (win), 1400, 1000);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  kj_window_set_year (win, 2024);
  plan = kj_window_get_plan (win);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "overview"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL) && kj_plan_get_modified (plan));

  cell = cell_of (page, "dektari", KJ_PLAN_COLUMN_REALIZATION);
  g_assert_cmpstr (shown (cell), ==, "40,98");
  g_assert_cmpstr (row_text (cell, 3), ==, "76,38%");
  gtk_widget_grab_focus (cell);
  type_text (cell, "60,5");
  /* Enter commits and moves down, as in a spreadsheet */
  g_assert_true (kj_test_press (cell, GDK_KEY_Return, 0));
  g_assert_cmpfloat (realization (plan, "dektari"), ==, 60.5);
  g_assert_true (kj_plan_get_modified (plan));
  kj_test_settle ();
  cell = cell_of (page, "dektari", KJ_PLAN_COLUMN_REALIZATION);
  g_assert_cmpstr (shown (cell), ==, "60,50");
  /* the achievement is computed again, and its category with it; the
   * achievement the document printed (76,38 %) now disagrees, and says so */
  g_assert_cmpstr (row_text (cell, 3), ==, "112,77% ⚠");
  g_assert_nonnull (strstr (row_text (cell, 4), "Sangat Baik"));
  g_assert_true (has_focus (cell_of (page, "ikp", KJ_PLAN_COLUMN_REALIZATION)));

  /* the chart of achievements shows it too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "charts"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.chart-kind", "s", "achievement"));
  kj_test_wait_until (chart_mentions_112, charts);
  g_assert_false (chart_mentions (charts, "76,38"));

  /* what is not a number is refused at the cell, and nothing changes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "overview"));
  cell = cell_of (page, "ikp", KJ_PLAN_COLUMN_TARGET);
  type_text (cell, "tiga koma lima");
  g_assert_true (kj_test_press (cell, GDK_KEY_Tab, 0));
  g_assert_nonnull (kj_plan_page_get_cell_error (page));
  g_assert_true (editing (cell));
  g_assert_cmpfloat (kj_indicator_get_year (kj_plan_find_indicator (plan, "ikp"), 2024)->target, ==, 3.53);
  /* Escape gives it up */
  g_assert_true (kj_test_press (cell, GDK_KEY_Escape, 0));
  g_assert_false (editing (cell));
  g_assert_cmpstr (shown (cell), ==, "3,53");
  g_assert_null (kj_plan_page_get_cell_error (page));
  g_assert_cmpfloat (kj_indicator_get_year (kj_plan_find_indicator (plan, "ikp"), 2024)->target, ==, 3.53);

  /* in the Indonesian locale, 1.500 is fifteen hundred; Tab moves right */
  cell = cell_of (page, "petugas-ibm", KJ_PLAN_COLUMN_TARGET);
  gtk_widget_grab_focus (cell);
  type_text (cell, "1.500");
  g_assert_true (kj_test_press (cell, GDK_KEY_Tab, 0));
  g_assert_cmpfloat (kj_indicator_get_year (kj_plan_find_indicator (plan, "petugas-ibm"), 2024)->target, ==, 1500);
  g_assert_true (has_focus (cell_of (page, "petugas-ibm", KJ_PLAN_COLUMN_REALIZATION)));
  g_assert_cmpstr (shown (cell_of (page, "petugas-ibm", KJ_PLAN_COLUMN_TARGET)), ==, "1.500");

  /* Delete empties a cell: no data, no achievement */
  cell = cell_of (page, "dektari", KJ_PLAN_COLUMN_REALIZATION);
  g_assert_true (kj_test_press (cell, GDK_KEY_Delete, 0));
  g_assert_true (isnan (realization (plan, "dektari")));
  kj_test_settle ();
  cell = cell_of (page, "dektari", KJ_PLAN_COLUMN_REALIZATION);
  g_assert_cmpstr (row_text (cell, 3), ==, "–");

  /* undo takes each step back, with the cell it changed focused */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpfloat (realization (plan, "dektari"), ==, 60.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpfloat (kj_indicator_get_year (kj_plan_find_indicator (plan, "petugas-ibm"), 2024)->target, ==, 10);
  g_assert_true (has_focus (cell_of (page, "petugas-ibm", KJ_PLAN_COLUMN_TARGET)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpfloat (realization (plan, "dektari"), ==, 40.98);
  g_assert_false (kj_plan_get_modified (plan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.redo", NULL));
  g_assert_cmpfloat (realization (plan, "dektari"), ==, 60.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));

  kj_test_close_window (win, NULL, 0);
}

static double
value_of (KjPlan     *plan,
          const char *id,
          gboolean    target)
{
  const KjYearValue *v = kj_indicator_get_year (kj_plan_find_indicator (plan, id), 2024);
  return v ? (target ? v->target : v->realization) : NAN;
}

/* A block from a spreadsheet: all cells or none, one undo; the table back
 * out as TSV, as shown or raw. */
static void
test_paste_and_copy (void)
{
  KjWindow *win = kj_window_new (NULL);
  KjPlanPage *page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL, *raw = NULL;
  KjPlan *plan;

  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  kj_window_set_year (win, 2024);
  plan = kj_window_get_plan (win);
  kj_test_wait_until (kj_test_drawn, kj_plan_page_get_table (page));

  /* the second row's first cell is not a number: nothing changes */
  g_assert_false (kj_plan_page_paste_text (page, "81,5\t84,4\r\nlima\t41\r\n", "dektara",
                                           KJ_PLAN_COLUMN_TARGET, &error));
  g_assert_nonnull (strstr (error->message, "Row 2, column 1"));
  g_assert_nonnull (strstr (error->message, "lima"));
  g_clear_error (&error);
  g_assert_cmpfloat (value_of (plan, "dektara", TRUE), ==, 81.339);
  g_assert_false (kj_plan_get_modified (plan));
  /* three columns do not fit into target and realisation */
  g_assert_false (kj_plan_page_paste_text (page, "1\t2\t3\n", "dektara", KJ_PLAN_COLUMN_TARGET, &error));
  g_clear_error (&error);
  /* nor rows past the table's end */
  g_assert_false (kj_plan_page_paste_text (page, "1\n2\n3\n", "ikpa", KJ_PLAN_COLUMN_TARGET, &error));
  g_clear_error (&error);

  /* 2 x 2 as LibreOffice copies it (CRLF, a trailing line break) */
  g_assert_true (kj_plan_page_paste_text (page, "81,5\t84,4\r\n53,7\t41\r\n", "dektara",
                                          KJ_PLAN_COLUMN_TARGET, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value_of (plan, "dektara", TRUE), ==, 81.5);
  g_assert_cmpfloat (value_of (plan, "dektara", FALSE), ==, 84.4);
  g_assert_cmpfloat (value_of (plan, "dektari", TRUE), ==, 53.7);
  g_assert_cmpfloat (value_of (plan, "dektari", FALSE), ==, 41);
  /* an empty cell is no data */
  g_assert_true (kj_plan_page_paste_text (page, "\n", "ikp", KJ_PLAN_COLUMN_REALIZATION, &error));
  g_assert_true (isnan (value_of (plan, "ikp", FALSE)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpfloat (value_of (plan, "ikp", FALSE), ==, 3.54);
  /* one paste, one undo */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpfloat (value_of (plan, "dektara", TRUE), ==, 81.339);
  g_assert_cmpfloat (value_of (plan, "dektari", FALSE), ==, 40.98);
  g_assert_false (kj_plan_get_modified (plan));

  /* Ctrl+V on a cell pastes what the clipboard holds there */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (win)), "82\t85,25\n");
  g_assert_true (kj_test_press (cell_of (page, "dektara", KJ_PLAN_COLUMN_TARGET), GDK_KEY_v, GDK_CONTROL_MASK));
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       value_of (plan, "dektara", FALSE) != 85.25 && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (value_of (plan, "dektara", TRUE), ==, 82);
  g_assert_cmpfloat (value_of (plan, "dektara", FALSE), ==, 85.25);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_false (kj_plan_get_modified (plan));

  /* a range chosen with Shift and the arrows, copied as TSV of the values shown */
  {
    GtkWidget *from = cell_of (page, "dektara", KJ_PLAN_COLUMN_TARGET);
    g_autofree char *range = NULL;

    kj_value_cell_focus (KJ_VALUE_CELL (from));
    g_assert_null (kj_plan_page_get_range_text (page));
    g_assert_true (kj_test_press (from, GDK_KEY_Down, GDK_SHIFT_MASK));
    kj_test_settle ();
    g_assert_true (kj_test_press (cell_of (page, "dektari", KJ_PLAN_COLUMN_TARGET), GDK_KEY_Right, GDK_SHIFT_MASK));
    kj_test_settle ();
    range = kj_plan_page_get_range_text (page);
    g_assert_cmpstr (range, ==, "81,34\t84,38\n53,65\t40,98\n");
    /* the cells of the range are marked */
    g_assert_true (gtk_widget_has_css_class (cell_of (page, "dektari", KJ_PLAN_COLUMN_REALIZATION), "kj-in-range"));
    g_assert_false (gtk_widget_has_css_class (cell_of (page, "ikp", KJ_PLAN_COLUMN_TARGET), "kj-in-range"));
    /* an arrow without Shift leaves the range */
    g_assert_true (kj_test_press (cell_of (page, "dektari", KJ_PLAN_COLUMN_REALIZATION), GDK_KEY_Down, 0));
    g_assert_null (kj_plan_page_get_range_text (page));
    g_assert_false (gtk_widget_has_css_class (cell_of (page, "dektara", KJ_PLAN_COLUMN_TARGET), "kj-in-range"));
  }

  /* the table as text: a header row, numbers as shown or as the file has them */
  shown = kj_plan_page_get_table_text (page, '\t', FALSE);
  raw = kj_plan_page_get_table_text (page, '\t', TRUE);
  g_assert_true (g_str_has_prefix (shown, "Indicator\tName\tUnit\tYear\tTarget\tRealisation"));
  g_assert_nonnull (strstr (shown, "dektari\t"));
  g_assert_nonnull (strstr (shown, "\t53,65\t40,98\t76,38%\t"));
  g_assert_nonnull (strstr (raw, "\t53.65\t40.98\t76.38\t"));
  /* the category says its scale */
  g_assert_nonnull (strstr (shown, "value: Sangat Rendah · achievement: Baik"));

  kj_test_close_window (win, NULL, 0);
}

/* the analysis button of an indicator's row */
static GtkWidget *
analysis_button (KjPlanPage *page,
                 const char *id)
{
  GtkWidget *cell = cell_of (page, id, KJ_PLAN_COLUMN_TARGET);
  GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (cell));
  GtkWidget *name = gtk_widget_get_first_child (gtk_widget_get_first_child (row));

  return gtk_widget_get_last_child (name);
}

/* The reason behind a number: a missed target asks for its obstacles; what
 * is written is the year's narrative, one paragraph a line, one undo. */
static void
test_narrative (void)
{
  KjWindow *win = kj_window_new (NULL);
  KjPlanPage *page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  g_autoptr(GError) error = NULL;
  KjNarrativeDialog *dialog;
  const KjYearValue *v;
  KjPlan *plan;

  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  kj_window_set_year (win, 2024);
  plan = kj_window_get_plan (win);
  kj_test_wait_until (kj_test_drawn, kj_plan_page_get_table (page));

  /* Dektari 2024 reached 76,38 % of its target; the LKIP lists factors and
   * actions, and no obstacle */
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (analysis_button (page, "dektari"))), ==, "Explain…");
  /* NKA reached its target: no call to explain */
  g_assert_null (gtk_button_get_label (GTK_BUTTON (analysis_button (page, "nka"))));

  dialog = KJ_NARRATIVE_DIALOG (kj_plan_page_edit_analysis (page, "dektari"));
  g_assert_nonnull (dialog);
  kj_narrative_dialog_set_text (dialog, KJ_NARRATIVE_OBSTACLES,
                                "Survei dilaksanakan di 2 kecamatan saja.\n\n  Anggaran terbatas.  \n");
  kj_narrative_dialog_set_text (dialog, KJ_NARRATIVE_ACTIONS, "Perluasan sampel pada 2025.");
  g_assert_true (kj_narrative_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  v = kj_indicator_get_year (kj_plan_find_indicator (plan, "dektari"), 2024);
  g_assert_nonnull (v->narrative);
  g_assert_cmpuint (g_strv_length ((char **) v->narrative->obstacles), ==, 2);
  g_assert_cmpstr (v->narrative->obstacles[1], ==, "Anggaran terbatas.");
  g_assert_cmpstr (v->narrative->actions[0], ==, "Perluasan sampel pada 2025.");
  /* the supporting factors the file had are kept */
  g_assert_cmpuint (g_strv_length ((char **) v->narrative->factors), ==, 4);
  kj_test_settle ();
  g_assert_null (gtk_button_get_label (GTK_BUTTON (analysis_button (page, "dektari"))));

  /* written again: what is there is shown */
  dialog = KJ_NARRATIVE_DIALOG (kj_plan_page_edit_analysis (page, "dektari"));
  {
    g_autofree char *text = kj_narrative_dialog_get_text (dialog, KJ_NARRATIVE_OBSTACLES);
    g_assert_cmpstr (text, ==, "Survei dilaksanakan di 2 kecamatan saja.\nAnggaran terbatas.");
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  v = kj_indicator_get_year (kj_plan_find_indicator (plan, "dektari"), 2024);
  g_assert_true (v->narrative->obstacles == NULL || v->narrative->obstacles[0] == NULL);
  g_assert_false (kj_plan_get_modified (plan));

  /* the LKIP sentence drafted from the data, taken into the analysis; when
   * the realisation changes, the analysis says its figures are out of date */
  dialog = KJ_NARRATIVE_DIALOG (kj_plan_page_edit_analysis (page, "ikp"));
  g_assert_nonnull (strstr (kj_narrative_dialog_get_draft (dialog), "sebesar 3,54 indeks atau 100,28% dari target 3,53 indeks"));
  g_assert_false (kj_narrative_dialog_has_stale_draft (dialog));
  kj_narrative_dialog_set_text (dialog, KJ_NARRATIVE_FACTORS, "");
  kj_narrative_dialog_insert_draft (dialog, KJ_NARRATIVE_FACTORS);
  g_assert_false (kj_narrative_dialog_has_stale_draft (dialog));
  g_assert_true (kj_narrative_dialog_save (dialog, &error));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (kj_plan_page_set_value (page, "ikp", "realization", "3,2", &error));
  dialog = KJ_NARRATIVE_DIALOG (kj_plan_page_edit_analysis (page, "ikp"));
  g_assert_true (kj_narrative_dialog_has_stale_draft (dialog));
  kj_narrative_dialog_update_drafts (dialog);
  g_assert_false (kj_narrative_dialog_has_stale_draft (dialog));
  {
    g_autofree char *text = kj_narrative_dialog_get_text (dialog, KJ_NARRATIVE_FACTORS);
    g_assert_nonnull (strstr (text, "sebesar 3,20 indeks"));
    g_assert_null (strstr (text, "3,54"));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  kj_test_close_window (win, NULL, 0);
}

/* Indicators added and removed, each one undo; a year's figures removed. */
static void
test_add_remove (void)
{
  KjWindow *win = kj_window_new (NULL);
  KjPlanPage *page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  g_autoptr(GError) error = NULL;
  KjPlan *plan;
  guint n;

  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  kj_window_set_year (win, 2024);
  plan = kj_window_get_plan (win);
  n = kj_plan_get_indicators (plan)->len;

  g_assert_true (kj_plan_page_add_indicator (page, "uji-baru", "Indikator Uji", "%", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kj_plan_get_indicators (plan)->len, ==, n + 1);
  g_assert_cmpuint (g_list_model_get_n_items (kj_plan_page_get_rows (page)), ==, n + 1);
  /* its first figure makes its year */
  g_assert_true (kj_plan_page_set_value (page, "uji-baru", "target", "75", &error));
  g_assert_cmpfloat (value_of (plan, "uji-baru", TRUE), ==, 75);
  /* an id used twice is refused with the loader's reason; nothing changes */
  g_assert_false (kj_plan_page_add_indicator (page, "uji-baru", "Lagi", NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (kj_plan_get_indicators (plan)->len, ==, n + 1);

  /* a year's figures of an indicator go, the indicator stays */
  g_assert_true (kj_plan_page_remove_year (page, "dektari", &error));
  g_assert_null (kj_indicator_get_year (kj_plan_find_indicator (plan, "dektari"), 2024));
  g_assert_nonnull (kj_indicator_get_year (kj_plan_find_indicator (plan, "dektari"), 2023));
  /* the whole indicator goes */
  g_assert_true (kj_plan_page_remove_indicator (page, "dektari", &error));
  g_assert_null (kj_plan_find_indicator (plan, "dektari"));
  g_assert_cmpuint (g_list_model_get_n_items (kj_plan_page_get_rows (page)), ==, n);

  /* four undos bring the plan back as it was */
  for (int i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_false (kj_plan_get_modified (plan));
  g_assert_cmpfloat (realization (plan, "dektari"), ==, 40.98);
  g_assert_null (kj_plan_find_indicator (plan, "uji-baru"));
  kj_test_close_window (win, NULL, 0);
}

static gboolean
plan_shown (gpointer win)
{
  return kj_window_get_plan (win) != NULL;
}

/* The history of a cell: a saved change, newest first, who and when; its
 * old value restored as a new edit. */
static void
test_history (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kj-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bnn-kota-kupang.json", NULL);
  g_autoptr(GBytes) sample = g_resources_lookup_data (RESOURCE_PREFIX "/samples/bnn-kota-kupang.json", 0, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KjWindow *win = kj_window_new (NULL);
  KjPlanPage *page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  GtkWidget *dialog = NULL;
  GPtrArray *entries;
  GListModel *toplevels;
  KjPlan *plan;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (sample, NULL), g_bytes_get_size (sample), NULL));
  kj_history_set_user_name ("Perencana Uji");
  gtk_window_present (GTK_WINDOW (win));
  kj_window_open_files (win, &file, 1);
  kj_test_wait_until (plan_shown, win);
  kj_window_set_year (win, 2024);
  plan = kj_window_get_plan (win);
  g_assert_true (kj_plan_page_set_value (page, "dektari", "realization", "45,5", &error));
  g_assert_true (kj_plan_save (plan, file, &error));
  g_assert_no_error (error);

  /* the focused cell's history */
  kj_test_wait_until (kj_test_drawn, kj_plan_page_get_table (page));
  kj_test_settle ();
  kj_value_cell_focus (KJ_VALUE_CELL (cell_of (page, "dektari", KJ_PLAN_COLUMN_REALIZATION)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.history", NULL));
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (KJ_IS_HISTORY_DIALOG (w))
        dialog = w;
    }
  g_assert_nonnull (dialog);
  entries = kj_history_dialog_get_entries (KJ_HISTORY_DIALOG (dialog));
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (kj_history_entry_get_indicator (g_ptr_array_index (entries, 0)), ==, "dektari");
  g_assert_cmpstr (kj_history_entry_get_who (g_ptr_array_index (entries, 0)), ==, "Perencana Uji");
  g_assert_cmpfloat (kj_node_get_number (kj_history_entry_get_old_value (g_ptr_array_index (entries, 0))), ==, 40.98);
  /* "Restore 40,98" is a new edit, unsaved */
  kj_history_dialog_restore (KJ_HISTORY_DIALOG (dialog), 0);
  g_assert_cmpfloat (realization (plan, "dektari"), ==, 40.98);
  g_assert_true (kj_plan_get_modified (plan));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* another cell has no saved change */
  dialog = GTK_WIDGET (kj_history_dialog_new (GTK_WINDOW (win), plan,
                                              "indicators[id=\"ikp\"].years.2024.target", NULL));
  g_assert_cmpuint (kj_history_dialog_get_entries (KJ_HISTORY_DIALOG (dialog))->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  kj_test_close_window (win, NULL, 0);
  g_remove (path);
  g_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* the planner's notation: Indonesian (the suite generates the locale) */
  /* Indonesian drafts; the catalog is not installed, so the interface's
   * words stay the msgids */
  g_setenv ("LANGUAGE", "id", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  /* (gtk_test_init sets en_US) */
  g_assert_nonnull (setlocale (LC_ALL, "id_ID.UTF-8"));
  g_test_add_func ("/kinerja/widgets/edit-table/type-realisation", test_type_realisation);
  g_test_add_func ("/kinerja/widgets/edit-table/paste-and-copy", test_paste_and_copy);
  g_test_add_func ("/kinerja/widgets/edit-table/narrative", test_narrative);
  g_test_add_func ("/kinerja/widgets/edit-table/history", test_history);
  g_test_add_func ("/kinerja/widgets/edit-table/add-remove", test_add_remove);
  return g_test_run ();
}
