/* test-plan-page.c: the overview page: its table, its findings, its counts
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "io/kj-load.h"
#include "model/kj-checks.h"
#include "model/kj-workspace.h"
#include "widgets/kj-plan-page.h"
#include "widgets/kj-window.h"
#include "kj-test-util.h"

static KjWorkspace *
samples (void)
{
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  KjWorkspace *ws = kj_workspace_new ();

  kj_load_resources (RESOURCE_PREFIX "/samples", result);
  kj_workspace_add_all (ws, result->plans);
  return ws;
}

/* A page in a window of its own, shown. */
static GtkWidget *
show_page (KjPlan *plan,
           int     year,
           KjPlanPage **page)
{
  GtkWidget *win = gtk_window_new ();

  *page = g_object_new (KJ_TYPE_PLAN_PAGE, "plan", plan, "year", year, NULL);
  gtk_window_set_default_size (GTK_WINDOW (win), 1100, 1300);
  gtk_window_set_child (GTK_WINDOW (win), GTK_WIDGET (*page));
  gtk_window_present (GTK_WINDOW (win));
  kj_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, *page);
  return win;
}

static GtkColumnViewColumn *
column (KjPlanPage *page,
        guint       index)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (kj_plan_page_get_table (page)));
  g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (columns, index);
  return c;   /* the view keeps it */
}

/* Issue 7: the indicator table sorts by any column; absent values go last. */
static void
test_sort (void)
{
  g_autoptr(KjWorkspace) ws = samples ();
  KjPlan *plan = kj_workspace_find (ws, "BNN Kota Kupang");
  KjPlanPage *page;
  GtkWidget *win = show_page (plan, 2024, &page);
  GtkColumnView *view = GTK_COLUMN_VIEW (kj_plan_page_get_table (page));
  GListModel *rows = kj_plan_page_get_rows (page);
  double last = INFINITY;

  /* by achievement, highest first */
  gtk_column_view_sort_by_column (view, column (page, 3), GTK_SORT_DESCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, kj_plan_get_indicators (plan)->len);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, i);
      double a;
      if (!kj_indicator_get_achievement (ind, 2024, &a))
        {
          last = -INFINITY;   /* only absent ones may follow */
          continue;
        }
      g_assert_cmpfloat (a, <=, last);
      last = a;
    }
  {
    g_autoptr(KjIndicator) top = g_list_model_get_item (rows, 0);
    g_assert_cmpstr (kj_indicator_get_id (top), ==, "kualitas-hidup");   /* 147,06 % */
  }
  /* by name */
  gtk_column_view_sort_by_column (view, column (page, 0), GTK_SORT_ASCENDING);
  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjIndicator) a = g_list_model_get_item (rows, i - 1);
      g_autoptr(KjIndicator) b = g_list_model_get_item (rows, i);
      g_assert_cmpint (g_utf8_collate (kj_indicator_get_name (a), kj_indicator_get_name (b)), <=, 0);
    }
  /* the sort follows the year: by realisation in 2021, absent ones last */
  gtk_column_view_sort_by_column (view, column (page, 2), GTK_SORT_ASCENDING);
  g_object_set (page, "year", 2021, NULL);
  rows = kj_plan_page_get_rows (page);   /* the page as the next frame shows it */
  {
    guint n = g_list_model_get_n_items (rows);
    g_autoptr(KjIndicator) first = g_list_model_get_item (rows, 0);
    g_autoptr(KjIndicator) end = g_list_model_get_item (rows, n - 1);
    const KjYearValue *v = kj_indicator_get_year (first, 2021);
    const KjYearValue *w = kj_indicator_get_year (end, 2021);
    g_assert_true (v && kj_has (v->realization));
    g_assert_true (w == NULL || !kj_has (w->realization));
  }
  gtk_window_destroy (GTK_WINDOW (win));
}

/* Issue 7: the findings are the year's, named by indicator and year, and
 * one activated leads to its indicator's row; the card counts the same. */
static void
test_findings (void)
{
  g_autoptr(KjWorkspace) ws = samples ();
  KjPlan *plan = kj_workspace_find (ws, "BNN Kota Kupang");
  g_autoptr(GPtrArray) all = kj_plan_check (plan);
  KjPlanPage *page;
  GtkWidget *win = show_page (plan, 2024, &page);
  GPtrArray *listed = kj_plan_page_get_findings (page);
  g_autofree char *count = NULL;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (kj_plan_page_get_scroller (page));
  KjIndicator *qol = kj_plan_find_indicator (plan, "kualitas-hidup");
  int at = -1;

  /* Kupang has findings in 2021, 2023 and 2024: 2024 lists its own */
  g_assert_cmpuint (listed->len, >, 0);
  g_assert_cmpuint (listed->len, <, all->len);
  for (guint i = 0; i < listed->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (listed, i);
      KjFindingPlace place;
      AdwActionRow *row = ADW_ACTION_ROW (kj_plan_page_get_finding_row (page, i));

      kj_finding_place_init (&place, plan, d);
      g_assert_true (place.year == 0 || place.year == 2024);
      /* named, not a JSON path */
      g_assert_null (strstr (adw_action_row_get_subtitle (row), "indicators["));
      if (place.indicator)
        g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), kj_indicator_get_name (place.indicator)));
      if (place.indicator == qol)
        at = i;
      kj_finding_place_clear (&place);
    }
  /* the card and the heading count the same findings, notes included */
  count = g_strdup_printf ("%u", listed->len);
  g_assert_cmpstr (kj_plan_page_get_summary_text (page, 3), ==, count);
  g_assert_true (g_str_has_prefix (kj_plan_page_get_summary_text (page, G_MAXUINT), count));
  g_assert_nonnull (strstr (kj_plan_page_get_summary_text (page, G_MAXUINT), "other year"));

  /* activating the quality-of-life finding (printed 107,1 %) selects its row */
  g_assert_cmpint (at, >=, 0);
  g_assert_null (kj_plan_page_get_selected (page));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  kj_test_settle ();
  g_assert_true (gtk_widget_activate (kj_plan_page_get_finding_row (page, at)));
  g_assert_true (kj_plan_page_get_selected (page) == qol);
  kj_test_settle ();
  /* and the page scrolled up to the table */
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), <,
                     gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  gtk_window_destroy (GTK_WINDOW (win));
}

static gboolean
scrollable (gpointer data)
{
  GtkAdjustment *a = data;

  g_main_context_iteration (NULL, FALSE);
  return gtk_adjustment_get_upper (a) - gtk_adjustment_get_page_size (a) > 400;
}

static void
count_cells (GtkWidget *w,
             GHashTable *seen,
             graphene_rect_t *clip,
             GtkWidget *view)
{
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      gpointer ind = g_object_get_data (G_OBJECT (c), "kj-indicator");
      graphene_rect_t r;
      GtkWidget *list = c;

      /* within the list that scrolls its rows, not only the table */
      while (list && !GTK_IS_LIST_VIEW (list))
        list = gtk_widget_get_parent (list);
      if (ind && list && gtk_widget_get_mapped (c) && gtk_widget_compute_bounds (c, list, &r)
          && r.origin.y >= 0 && r.origin.y + r.size.height <= gtk_widget_get_height (list) + 1)
        g_hash_table_add (seen, ind);
      count_cells (c, seen, clip, view);
    }
}

static gboolean
all_rows_shown (gpointer data)
{
  KjPlanPage *page = data;
  GtkWidget *view = kj_plan_page_get_table (page);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_main_context_iteration (NULL, FALSE);
  count_cells (view, seen, NULL, view);
  return g_hash_table_size (seen) == g_list_model_get_n_items (kj_plan_page_get_rows (page));
}

/* Every indicator's row is inside the table as drawn: the page scrolls, the
 * table does not, and none is hidden under its end. */
static void
test_all_rows (void)
{
  g_autoptr(KjWorkspace) ws = samples ();
  KjPlanPage *page;
  GtkWidget *win = show_page (kj_workspace_find (ws, "BNN Kota Kupang"), 2024, &page);

  kj_test_wait_until (all_rows_shown, page);
  kj_plan_page_set_plan (page, kj_workspace_find (ws, "BNNP Kalimantan Barat"));
  kj_test_wait_until (all_rows_shown, page);
  gtk_window_destroy (GTK_WINDOW (win));

  /* and in the window, as a user opens it */
  {
    KjWindow *window = kj_window_new (NULL);
    gtk_window_set_default_size (GTK_WINDOW (window), 1400, 1300);
    gtk_window_present (GTK_WINDOW (window));
    kj_window_load_samples (window);
    g_assert_true (kj_window_select_satker (window, "BNN Kota Kupang"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.year", "i", 2024));
    kj_test_wait_until (all_rows_shown, kj_window_get_plan_page (window));
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

/* Issue 7: another satker opens at the top of its page. */
static void
test_scroll_reset (void)
{
  g_autoptr(KjWorkspace) ws = samples ();
  KjPlanPage *page;
  GtkWidget *win = show_page (kj_workspace_find (ws, "BNN Kota Kupang"), 2024, &page);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (kj_plan_page_get_scroller (page));

  kj_test_wait_until (scrollable, adjustment);
  gtk_adjustment_set_value (adjustment, 400);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  kj_plan_page_set_plan (page, kj_workspace_find (ws, "BNNP Kalimantan Barat"));
  kj_test_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  gtk_window_destroy (GTK_WINDOW (win));
}

/* The group titled @title on the page, as the user sees it. */
static GtkWidget *
group_titled (GtkWidget  *root,
              const char *title)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;
      if (ADW_IS_PREFERENCES_GROUP (w)
          && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (w)), title) == 0)
        return w;
      if ((found = group_titled (w, title)) != NULL)
        return found;
    }
  return NULL;
}

static void
collect_titles (GtkWidget  *root,
                GPtrArray  *titles)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      if (ADW_IS_ACTION_ROW (w))
        g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)));
      collect_titles (w, titles);
    }
}

static gboolean
has_message (GPtrArray  *findings,
             const char *markup)
{
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (((KjDiagnostic *) g_ptr_array_index (findings, i))->message, -1);
      if (g_str_equal (escaped, markup))
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
label_with_text (GtkWidget  *root,
                 const char *text)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;
      if (GTK_IS_LABEL (w) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (w)), text) == 0)
        return w;
      if ((found = label_with_text (w, text)) != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget *page;
  const char *title;
  GtkWidget *group;
  GPtrArray *kupang, *kalbar;
  guint      expected, frames;
  gboolean   shown;
} FrameCheck;

static void
check_frame_cb (GdkFrameClock *clock,
                FrameCheck    *check)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  check->frames++;
  /* a frame painted before the page took the new plan shows the former
   * one whole, under its own name: only frames under the new name count */
  if (!gtk_widget_get_mapped (check->group) || label_with_text (check->page, check->title) == NULL)
    return;
  collect_titles (check->group, titles);
  for (guint i = 0; i < titles->len; i++)
    {
      const char *title = g_ptr_array_index (titles, i);
      g_assert_true (has_message (check->kalbar, title) || !has_message (check->kupang, title));
    }
  check->shown = titles->len == check->expected;
}

static gboolean
frame_checked (gpointer data)
{
  return ((FrameCheck *) data)->shown;
}

/* Issue 7: a satker just chosen shows its table in the first frame and its
 * findings' rows in the next one; in between the former satker's rows are
 * never shown under the new one's name, and then the new one's all are. */
static void
test_switch_findings (void)
{
  g_autoptr(KjWorkspace) ws = samples ();
  KjPlan *kupang = kj_workspace_find (ws, "BNN Kota Kupang");
  KjPlan *kalbar = kj_workspace_find (ws, "BNNP Kalimantan Barat");
  g_autoptr(GPtrArray) kupang_all = kj_plan_check (kupang), kalbar_all = kj_plan_check (kalbar);
  g_autoptr(GPtrArray) expected = NULL;
  KjPlanPage *page;
  GtkWidget *win = show_page (kupang, 2024, &page);
  GtkWidget *group;
  guint other_years;
  gboolean shown;
  FrameCheck check = { 0 };

  group = group_titled (GTK_WIDGET (page), "Data Checks");
  g_assert_nonnull (group);
  /* Kupang's page, its findings' rows included, on screen first */
  {
    g_autoptr(GPtrArray) kupang_2024 = kj_findings_for_year (kupang, kupang_all, 2024, &other_years);
    FrameCheck first = { GTK_WIDGET (page), kj_plan_get_satker (kupang)->name, group,
                         kupang_all, kupang_all, kupang_2024->len, 0, FALSE };

    g_assert_cmpuint (kupang_2024->len, >, 0);
    g_signal_connect (gtk_widget_get_frame_clock (win), "after-paint", G_CALLBACK (check_frame_cb), &first);
    kj_test_wait_until (frame_checked, &first);
    g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (win), check_frame_cb, &first);
  }
  kj_plan_page_set_plan (page, kalbar);
  kj_plan_page_set_year (page, 2023);
  expected = kj_findings_for_year (kalbar, kalbar_all, 2023, &other_years);
  g_assert_cmpuint (expected->len, >, 0);
  /* frame after frame, as painted */
  check.page = GTK_WIDGET (page);
  check.title = kj_plan_get_satker (kalbar)->name;   /* as the page names it */
  check.group = group;
  check.kupang = kupang_all;
  check.kalbar = kalbar_all;
  check.expected = expected->len;
  g_signal_connect (gtk_widget_get_frame_clock (win), "after-paint", G_CALLBACK (check_frame_cb), &check);
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; !check.shown && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (win), check_frame_cb, &check);
  shown = check.shown;
  g_assert_cmpuint (check.frames, >=, 1);
  g_assert_true (shown);
  gtk_window_destroy (GTK_WINDOW (win));
}

/* Tabbing through the satker's name selects it (to copy it); once the focus
 * has moved on, no highlight is left behind on it. */
static void
test_name_selection (void)
{
  g_autoptr(KjWorkspace) ws = samples ();
  KjPlan *plan = kj_workspace_find (ws, "BNN Kota Kupang");
  KjPlanPage *page;
  GtkWidget *win = show_page (plan, 2024, &page);
  GtkWidget *name;
  int start, end;

  kj_test_settle ();
  name = label_with_text (GTK_WIDGET (page), kj_plan_get_satker (plan)->name);
  g_assert_nonnull (name);
  g_assert_true (gtk_widget_grab_focus (name));
  gtk_label_select_region (GTK_LABEL (name), 0, -1);
  g_assert_true (gtk_label_get_selection_bounds (GTK_LABEL (name), &start, &end));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (win), GTK_DIR_TAB_FORWARD));
  g_assert_false (gtk_widget_has_focus (name));
  g_assert_false (gtk_label_get_selection_bounds (GTK_LABEL (name), &start, &end));
  gtk_window_destroy (GTK_WINDOW (win));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/kinerja/widgets/plan-page/sort", test_sort);
  g_test_add_func ("/kinerja/widgets/plan-page/findings", test_findings);
  g_test_add_func ("/kinerja/widgets/plan-page/scroll-reset", test_scroll_reset);
  g_test_add_func ("/kinerja/widgets/plan-page/all-rows", test_all_rows);
  g_test_add_func ("/kinerja/widgets/plan-page/switch-findings", test_switch_findings);
  g_test_add_func ("/kinerja/widgets/plan-page/name-selection", test_name_selection);
  return g_test_run ();
}
