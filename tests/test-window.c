/* test-window.c: the window loads the samples, selects a satker, changes year
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "io/kj-load.h"
#include "io/kj-plan-io.h"
#include "widgets/kj-chart-view.h"
#include "widgets/kj-charts-page.h"
#include "widgets/kj-application.h"
#include "widgets/kj-export-dialog.h"
#include "widgets/kj-plan-page.h"
#include "widgets/kj-window.h"
#include "kj-test-util.h"

/* the window's parts that a user reads, found as a user would */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             const char *css_name_or_null)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type)
          && (css_name_or_null == NULL || gtk_widget_has_css_class (w, css_name_or_null)))
        return w;
      if ((found = find_widget (w, type, css_name_or_null)) != NULL)
        return found;
    }
  return NULL;
}

/* The sidebar's title: the window title not inside the page switcher. */
static AdwWindowTitle *
sidebar_title (GtkWidget *root)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      AdwWindowTitle *found;
      if (ADW_IS_VIEW_SWITCHER_TITLE (w))
        continue;
      if (ADW_IS_WINDOW_TITLE (w))
        return ADW_WINDOW_TITLE (w);
      if ((found = sidebar_title (w)) != NULL)
        return found;
    }
  return NULL;
}

static GtkListView *
satker_list (KjWindow *win)
{
  return GTK_LIST_VIEW (find_widget (GTK_WIDGET (win), GTK_TYPE_LIST_VIEW, "kj-satker-list"));
}

/* the sidebar's search field (drop-downs have search entries of their own) */
static GtkWidget *
search_entry (KjWindow *win)
{
  GtkWidget *sidebar = gtk_widget_get_ancestor (GTK_WIDGET (satker_list (win)), GTK_TYPE_BOX);

  while (sidebar && !gtk_widget_has_css_class (sidebar, "kj-sidebar"))
    sidebar = gtk_widget_get_ancestor (gtk_widget_get_parent (sidebar), GTK_TYPE_BOX);
  return find_widget (sidebar, GTK_TYPE_SEARCH_ENTRY, NULL);
}

static const char *
sidebar_state (KjWindow *win)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (satker_list (win)), GTK_TYPE_STACK);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
set_year (KjWindow *win,
          int       year)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.year", "i", year));
}

/* the rows the work-unit list holds */
static guint
visible_rows (GtkListView *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
}

/* the title of the row marked as the satker shown, NULL when none is */
static const char *
shown_row_title (GtkListView *list)
{
  GtkWidget *row = find_widget (GTK_WIDGET (list), GTK_TYPE_BOX, "kj-shown");

  return row ? gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (row))) : NULL;
}

static void
test_samples (void)
{
  KjWindow *win = kj_window_new (NULL);
  KjPlanPage *page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  GtkWidget *pages[] = { GTK_WIDGET (page), kj_window_get_charts_page (win) };
  KjPlan *plan;
  const char *heading;
  g_autofree char *sidebar = NULL;

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 860);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kj_window_get_workspace (win))), >=, 9);
  sidebar = g_strdup (adw_window_title_get_subtitle (sidebar_title (GTK_WIDGET (win))));
  g_assert_true (g_str_has_prefix (sidebar, "Sample workspace, "));
  /* the top of the list, the national office, is shown at once, on the
   * latest year with realisations */
  plan = kj_window_get_plan (win);
  g_assert_nonnull (plan);
  g_assert_cmpstr (kj_plan_get_satker (plan)->level, ==, "pusat");
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);

  /* another satker keeps the year chosen */
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  plan = kj_window_get_plan (win);
  g_assert_cmpstr (kj_plan_get_satker (plan)->level, ==, "kota");
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);
  /* the pages are bound to the window's plan and year */
  g_assert_true (kj_plan_page_get_plan (page) == plan);
  g_assert_true (kj_charts_page_get_plan (KJ_CHARTS_PAGE (pages[1])) == plan);
  set_year (win, 2024);
  g_assert_cmpint (kj_window_get_year (win), ==, 2024);
  g_assert_cmpint (kj_plan_page_get_year (page), ==, 2024);
  g_assert_cmpint (kj_charts_page_get_year (KJ_CHARTS_PAGE (pages[1])), ==, 2024);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpuint (g_list_model_get_n_items (kj_plan_page_get_indicators (page)), ==,
                    kj_plan_get_indicators (plan)->len);
  g_assert_cmpuint (kj_plan_page_get_n_rows (page), >, 0);
  heading = kj_plan_page_get_heading (page);
  g_assert_nonnull (strstr (heading, "2024"));
  kj_test_wait_until (kj_test_drawn, kj_plan_page_get_table (page));
  kj_test_save_screenshot (GTK_WIDGET (win), "window-kupang.png");

  /* a year outside the plan's period is not taken */
  set_year (win, 1999);
  g_assert_cmpint (kj_window_get_year (win), ==, 2024);
  set_year (win, 2023);
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);
  g_assert_nonnull (strstr (kj_plan_page_get_heading (page), "2023"));

  /* a satker of another period keeps a year it has */
  g_assert_true (kj_window_select_satker (win, "682630"));
  g_assert_cmpstr (kj_plan_get_satker (kj_window_get_plan (win))->province, ==, "Kalimantan Barat");
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);
  kj_test_save_screenshot (GTK_WIDGET (win), "window-kalbar.png");

  /* search filters the list; nothing found shows the empty state */
  gtk_editable_set_text (GTK_EDITABLE (search_entry (win)), "kalimantan");
  kj_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, satker_list (win));
  g_signal_emit_by_name (search_entry (win), "search-changed");
  g_assert_cmpuint (visible_rows (satker_list (win)), ==, 1);
  /* the row of the plan shown stays marked */
  kj_test_wait_until (kj_test_drawn, satker_list (win));
  g_assert_cmpstr (shown_row_title (satker_list (win)), ==, kj_plan_get_title (kj_window_get_plan (win)));
  /* "kota kupang" finds the city office and the province office seated
   * there; Enter, right after typing (before the entry's delayed
   * search-changed), shows the one whose own name matches */
  gtk_editable_set_text (GTK_EDITABLE (search_entry (win)), "kota kupang");
  g_signal_emit_by_name (search_entry (win), "activate");
  g_assert_cmpuint (visible_rows (satker_list (win)), ==, 2);
  g_assert_cmpstr (kj_plan_get_satker (kj_window_get_plan (win))->level, ==, "kota");
  /* "nusa tenggara" matches only by province: the BNNP comes first */
  gtk_editable_set_text (GTK_EDITABLE (search_entry (win)), "nusa tenggara");
  g_signal_emit_by_name (search_entry (win), "activate");
  g_assert_cmpstr (kj_plan_get_satker (kj_window_get_plan (win))->level, ==, "provinsi");
  gtk_editable_set_text (GTK_EDITABLE (search_entry (win)), "zzzz-nothing");
  g_signal_emit_by_name (search_entry (win), "search-changed");
  g_assert_cmpstr (sidebar_state (win), ==, "no-results");
  gtk_editable_set_text (GTK_EDITABLE (search_entry (win)), "");
  g_signal_emit_by_name (search_entry (win), "search-changed");
  g_assert_cmpstr (sidebar_state (win), ==, "list");
  g_assert_cmpuint (visible_rows (satker_list (win)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (kj_window_get_workspace (win))));

  g_assert_false (kj_window_select_satker (win, "BNN Kota Atlantis"));
  kj_test_close_window (win, pages, G_N_ELEMENTS (pages));
}

static gboolean
has_user_files (gpointer data)
{
  KjWindow *win = data;
  const char *subtitle = adw_window_title_get_subtitle (sidebar_title (GTK_WIDGET (win)));
  /* the list says whether it shows the samples or the user's files */
  return g_list_model_get_n_items (G_LIST_MODEL (kj_window_get_workspace (win))) > 0
         && !g_str_has_prefix (subtitle, "Sample");
}

/* Opening a folder replaces the samples; refused files do not block the rest. */
static void
test_open_folder (void)
{
  KjWindow *win = kj_window_new (NULL);
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "good", NULL);
  g_autofree char *bad = g_build_filename (TEST_DATA_DIR, "bad", "40-target-string.json", NULL);
  GFile *files[2] = { g_file_new_for_path (dir), g_file_new_for_path (bad) };

  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  kj_window_open_files (win, files, 2);
  kj_test_wait_until (has_user_files, win);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kj_window_get_workspace (win))), >=, 6);
  g_assert_nonnull (kj_window_get_plan (win));
  g_assert_cmpuint (visible_rows (satker_list (win)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (kj_window_get_workspace (win))));
  g_object_unref (files[0]);
  g_object_unref (files[1]);
  kj_test_close_window (win, NULL, 0);
}

/* Satker names come from other offices' files: markup in them is shown as text. */
static void
test_hostile_names (void)
{
  KjWindow *win = kj_window_new (NULL);
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  const char *text = "{\"format\": \"kinerja-plan\", \"version\": 1,"
                     " \"satker\": {\"name\": \"<b>BNN & Co</b> <span foo='x'>\", \"province\": \"<i>P</i>\"},"
                     " \"period\": {\"first_year\": 2020, \"last_year\": 2024},"
                     " \"indicators\": [{\"id\": \"x%s%n%s\", \"name\": \"<u>X</u> & %s%n\", \"unit\": \"%s%s%n\","
                     "   \"years\": {\"2024\": {\"target\": 1, \"realization\": 2, \"reported_achievement\": 5}},"
                     "   \"breakdown\": {\"2024\": [{\"area\": \"%n\", \"value\": 1}]}}],"
                     " \"budget\": {\"2024\": [{\"kegiatan\": \"<b>K</b> &amp;\", \"allocation\": 1, \"realization\": 2}]}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  KjPlan *plan = kj_plan_load_bytes (bytes, "<evil>.json", NULL, NULL, NULL);
  KjPlanPage *page;

  g_assert_nonnull (plan);
  g_ptr_array_add (result->plans, plan);
  g_ptr_array_add (result->problems, kj_diagnostic_new (KJ_SEVERITY_ERROR, "<b>bad</b>.json", "$", "<i>x</i>"));
  gtk_window_present (GTK_WINDOW (win));
  kj_window_add_result (win, result, FALSE);
  g_assert_true (kj_window_select_satker (win, "<b>BNN & Co</b> <span foo='x'>"));
  page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  g_assert_cmpstr (kj_plan_page_get_name_text (page), ==, "<b>BNN & Co</b> <span foo='x'>");
  kj_test_wait_until (kj_test_drawn, kj_plan_page_get_table (page));
  kj_test_close_window (win, NULL, 0);
}

static gboolean
chart_mentions (KjChartLayout *layout,
                const char    *text)
{
  for (guint i = 0; layout && i < kj_chart_layout_get_n_items (layout); i++)
    {
      const char *tooltip = kj_chart_layout_get_item (layout, i)->tooltip;
      if (tooltip && strstr (tooltip, text))
        return TRUE;
    }
  return FALSE;
}

/* the chart on screen, laid out at the view's size */
static KjChartLayout *
layout_of (gpointer page)
{
  return kj_chart_view_get_layout (KJ_CHART_VIEW (kj_charts_page_get_view (page)));
}

/* a new chart is laid out when drawn: wait for the frame */
static gboolean
chart_says_123 (gpointer page)
{
  return chart_mentions (layout_of (page), "123");
}

static gboolean
chart_drawn_without_123 (gpointer page)
{
  KjChartLayout *layout = layout_of (page);
  return layout && kj_chart_layout_get_n_items (layout) > 0 && !chart_mentions (layout, "123");
}

static double
shown_target (KjPlanPage *page,
              const char *id,
              int         year)
{
  GListModel *rows = kj_plan_page_get_indicators (page);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, i);
      if (g_str_equal (kj_indicator_get_id (ind), id))
        return kj_indicator_get_year (ind, year)->target;
    }
  return NAN;
}

/* An edit made through the model shows at once, on the page and in the
 * charts, and undo takes it back there too. */
static void
test_edit_shows (void)
{
  KjWindow *win = kj_window_new (NULL);
  KjPlanPage *page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  KjChartsPage *charts = KJ_CHARTS_PAGE (kj_window_get_charts_page (win));
  g_autoptr(KjEdit) edit = kj_edit_new ("Target");
  g_autoptr(GError) error = NULL;
  KjPlan *plan;

  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  plan = kj_window_get_plan (win);
  set_year (win, 2024);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "charts"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.chart-kind", "s", "trend"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.chart-indicator", "s", "nka"));
  g_assert_cmpstr (kj_charts_page_get_indicator (charts), ==, "nka");
  g_assert_cmpfloat (shown_target (page, "nka", 2024), !=, 123);
  kj_test_wait_until (chart_drawn_without_123, charts);

  kj_edit_set_number (edit, "indicators[id=\"nka\"].years.2024.target", 123);
  g_assert_true (kj_plan_apply (plan, edit, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (shown_target (page, "nka", 2024), ==, 123);
  kj_test_wait_until (chart_says_123, charts);
  /* the chart stays the one chosen */
  g_assert_cmpstr (kj_charts_page_get_kind (charts), ==, "trend");
  g_assert_cmpstr (kj_charts_page_get_indicator (charts), ==, "nka");

  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_cmpfloat (shown_target (page, "nka", 2024), !=, 123);
  kj_test_wait_until (chart_drawn_without_123, charts);
  kj_test_close_window (win, NULL, 0);
}

/* Pages on their own: bound to nothing but a plan and a year, freed with
 * nothing left connected to the plan (an edit after them reaches no page). */
static void
test_pages_alone (void)
{
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(KjWorkspace) ws = kj_workspace_new ();
  g_autoptr(KjEdit) edit = kj_edit_new (NULL);
  KjPlanPage *page;
  KjChartsPage *charts;
  KjPlan *plan;

  kj_load_resources (RESOURCE_PREFIX "/samples", result);
  kj_workspace_add_all (ws, result->plans);
  plan = kj_workspace_find (ws, "BNN Kota Kupang");
  g_assert_nonnull (plan);

  page = g_object_ref_sink (g_object_new (KJ_TYPE_PLAN_PAGE, "plan", plan, "year", 2024, NULL));
  g_assert_nonnull (strstr (kj_plan_page_get_heading (page), "2024"));
  g_assert_cmpuint (g_list_model_get_n_items (kj_plan_page_get_indicators (page)), ==,
                    kj_plan_get_indicators (plan)->len);
  charts = g_object_ref_sink (g_object_new (KJ_TYPE_CHARTS_PAGE, "workspace", ws, "plan", plan,
                                            "year", 2024, "kind", "achievement", NULL));
  g_assert_nonnull (kj_charts_page_get_chart (charts));
  g_assert_cmpstr (kj_chart_get_kind (kj_charts_page_get_chart (charts)), ==, "achievement");
  g_assert_finalize_object (page);
  g_assert_finalize_object (charts);

  kj_edit_set_number (edit, "indicators[id=\"nka\"].years.2024.target", 90);
  g_assert_true (kj_plan_apply (plan, edit, NULL, NULL));
}

/* ── issue 7: what a new user saw ───────────────────────────────────────── */

static char *
generate_national (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kinerja-national-XXXXXX", &error);
  char *argv[] = { (char *) GEN_BIN, (char *) "--seed", (char *) "1", dir, NULL };
  int status;

  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&dir);
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

typedef struct
{
  GPtrArray *titles;   /* what the loading state said */
  gboolean   empty;    /* the "no plans" state was shown */
} Seen;

static void
loading_title_cb (AdwStatusPage *page,
                  GParamSpec    *pspec,
                  Seen          *seen)
{
  g_ptr_array_add (seen->titles, g_strdup (adw_status_page_get_title (page)));
}

static void
content_child_cb (GtkStack   *stack,
                  GParamSpec *pspec,
                  Seen       *seen)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  seen->empty |= g_strcmp0 (name, "empty") == 0 || g_strcmp0 (name, "select") == 0;
}

static gboolean
has_207 (gpointer win)
{
  return g_list_model_get_n_items (G_LIST_MODEL (kj_window_get_workspace (win))) == 207;
}

/* The year picker of the header (the charts page has drop-downs of its own). */
static GtkWidget *
year_dropdown (KjWindow *win)
{
  GtkWidget *header = find_widget (GTK_WIDGET (win), ADW_TYPE_VIEW_SWITCHER_TITLE, NULL);

  return find_widget (gtk_widget_get_ancestor (header, ADW_TYPE_HEADER_BAR), GTK_TYPE_DROP_DOWN, NULL);
}

/* While 207 files load, the window says so with a count; never "No Plans
 * Open", never an empty year picker. */
static void
test_loading (void)
{
  KjWindow *win = kj_window_new (NULL);
  g_autofree char *dir = generate_national ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  Seen seen = { titles, FALSE };
  GtkWidget *loading, *stack;
  gboolean counted = FALSE;

  gtk_window_present (GTK_WINDOW (win));
  loading = find_widget (GTK_WIDGET (win), ADW_TYPE_STATUS_PAGE, "kj-loading");
  g_assert_nonnull (loading);
  stack = gtk_widget_get_ancestor (loading, GTK_TYPE_STACK);
  g_signal_connect (loading, "notify::title", G_CALLBACK (loading_title_cb), &seen);
  g_signal_connect (stack, "notify::visible-child-name", G_CALLBACK (content_child_cb), &seen);

  kj_window_open_files (win, &folder, 1);
  /* at once, before the loader has said anything */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "loading");
  g_assert_false (gtk_widget_get_visible (year_dropdown (win)));
  kj_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, loading);
  kj_test_save_screenshot (GTK_WIDGET (win), "window-loading.png");
  kj_test_wait_until (has_207, win);

  for (guint i = 0; i < titles->len; i++)
    {
      guint done, total;
      if (sscanf (g_ptr_array_index (titles, i), "Loading %u of %u files", &done, &total) == 2)
        {
          g_assert_cmpuint (total, ==, 207);
          g_assert_cmpuint (done, <=, 207);
          counted = TRUE;
        }
    }
  g_assert_true (counted);
  g_assert_false (seen.empty);
  g_signal_handlers_disconnect_by_data (loading, &seen);
  g_signal_handlers_disconnect_by_data (stack, &seen);
  /* loaded: the top of the list, with its years */
  g_assert_nonnull (kj_window_get_plan (win));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "plan");
  g_assert_true (gtk_widget_get_visible (year_dropdown (win)));
  kj_test_close_window (win, NULL, 0);
  remove_folder (dir);
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;
      if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), action) == 0)
        return w;
      if ((found = find_action_button (w, action)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_export_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      n += KJ_IS_EXPORT_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w));
    }
  return n;
}

/* Ctrl+E and Ctrl+Shift+C act on the chart on screen: not from the overview.
 * (Actions of a widget class are not in the window's GActionGroup: their
 * state shows in the widgets that use them, as here, and in the menu.) */
static void
test_chart_actions (void)
{
  KjWindow *win = kj_window_new (NULL);
  GtkWidget *charts = kj_window_get_charts_page (win);
  GtkWidget *export = find_action_button (charts, "win.export-chart");
  GtkWidget *copy = find_action_button (charts, "win.copy-chart");

  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_nonnull (kj_charts_page_get_chart (KJ_CHARTS_PAGE (charts)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "overview"));
  g_assert_false (gtk_widget_get_sensitive (export));
  g_assert_false (gtk_widget_get_sensitive (copy));
  gtk_widget_activate_action (GTK_WIDGET (win), "win.export-chart", NULL);
  g_assert_cmpuint (count_export_dialogs (), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "charts"));
  g_assert_true (gtk_widget_get_sensitive (export));
  g_assert_true (gtk_widget_get_sensitive (copy));
  gtk_widget_activate_action (GTK_WIDGET (win), "win.export-chart", NULL);
  g_assert_cmpuint (count_export_dialogs (), ==, 1);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
      {
        g_autoptr(GObject) w = g_list_model_get_item (toplevels, i - 1);
        if (KJ_IS_EXPORT_DIALOG (w))
          gtk_window_destroy (GTK_WINDOW (w));
      }
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "overview"));
  g_assert_false (gtk_widget_get_sensitive (export));
  kj_test_close_window (win, NULL, 0);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && !KJ_IS_EXPORT_DIALOG (w))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static gboolean
mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The refused files stay listed at the top (a toast goes after ten
 * seconds) until dismissed, or until those files load. */
static void
test_refused (void)
{
  KjWindow *win = kj_window_new (NULL);
  g_autofree char *good = g_build_filename (TEST_DATA_DIR, "good", NULL);
  g_autofree char *bad = g_build_filename (TEST_DATA_DIR, "bad", "40-target-string.json", NULL);
  GFile *files[2] = { g_file_new_for_path (good), g_file_new_for_path (bad) };
  g_autoptr(KjLoadResult) again = kj_load_result_new ();
  GtkWidget *details;
  GtkRevealer *bar;
  AdwMessageDialog *dialog;
  KjPlan *plan;

  gtk_window_present (GTK_WINDOW (win));
  kj_window_open_files (win, files, 2);
  kj_test_wait_until (has_user_files, win);
  details = find_action_button (GTK_WIDGET (win), "win.show-refused");
  bar = GTK_REVEALER (gtk_widget_get_ancestor (details, GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (bar));
  kj_test_wait_until (mapped, details);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find_widget (GTK_WIDGET (bar), GTK_TYPE_LABEL, NULL))),
                            "40-target-string.json"));
  kj_test_save_screenshot (GTK_WIDGET (win), "window-refused.png");
  /* no toast timer takes it away: after the toast's ten seconds it is there */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (details));

  /* Details: the file, the place in it and the reason */
  g_assert_null (find_message_dialog ());
  g_signal_emit_by_name (details, "clicked");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "40-target-string.json"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* dismissed, it goes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.dismiss-refused", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (bar));

  /* refused again, then loaded (fixed): it goes by itself */
  plan = kj_workspace_find (kj_window_get_workspace (win), "BNN Kota Kupang");
  if (plan == NULL)
    plan = g_list_model_get_item (G_LIST_MODEL (kj_window_get_workspace (win)), 0), g_object_unref (plan);
  g_assert_nonnull (kj_plan_get_file (plan));
  {
    g_autoptr(KjLoadResult) refused = kj_load_result_new ();
    g_autofree char *name = g_file_get_parse_name (kj_plan_get_file (plan));
    g_ptr_array_add (refused->problems, kj_diagnostic_new (KJ_SEVERITY_ERROR, name, "$", "broken"));
    kj_window_add_result (win, refused, FALSE);
    g_assert_true (gtk_revealer_get_reveal_child (bar));
  }
  g_ptr_array_add (again->plans, kj_plan_load_file (kj_plan_get_file (plan), NULL, NULL));
  kj_window_add_result (win, again, FALSE);
  g_assert_false (gtk_revealer_get_reveal_child (bar));

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  kj_test_close_window (win, NULL, 0);
}

/* The chart-kind picker at a window's size: every kind in view, on one
 * line, the current one marked, no tooltip over the list. */
static void
check_kind_picker (int width,
                   int height)
{
  KjWindow *win = kj_window_new (NULL);
  KjChartsPage *charts = KJ_CHARTS_PAGE (kj_window_get_charts_page (win));
  GtkWidget *dropdown, *popover, *scrolled, *list;
  guint n = 0, marked = 0;
  graphene_rect_t view;

  gtk_window_set_default_size (GTK_WINDOW (win), width, height);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "charts"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.chart-kind", "s", "compare"));
  dropdown = find_widget (GTK_WIDGET (charts), GTK_TYPE_DROP_DOWN, NULL);
  g_assert_null (gtk_widget_get_tooltip_text (dropdown));
  kj_test_wait_until (kj_test_drawn, dropdown);
  g_signal_emit_by_name (dropdown, "activate");
  popover = find_widget (dropdown, GTK_TYPE_POPOVER, NULL);
  kj_test_wait_until (kj_test_drawn, popover);
  scrolled = find_widget (popover, GTK_TYPE_SCROLLED_WINDOW, NULL);
  list = find_widget (scrolled, GTK_TYPE_LIST_VIEW, NULL);
  /* a frame for the rows to be laid out */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 5; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_compute_bounds (scrolled, scrolled, &view));
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;
      GtkWidget *label = find_widget (row, GTK_TYPE_LABEL, NULL);
      GtkWidget *check = find_widget (row, GTK_TYPE_IMAGE, NULL);

      if (!gtk_widget_get_visible (row) || label == NULL)
        continue;
      n++;
      g_assert_true (gtk_widget_compute_bounds (row, scrolled, &bounds));
      /* inside what the popover shows: not below the fold, not cut */
      g_assert_cmpfloat (bounds.origin.y, >=, -0.5);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, view.size.height + 0.5);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, view.size.width + 0.5);
      /* one line each */
      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (label))), ==, 1);
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
      if (gtk_widget_get_opacity (check) > 0)
        {
          marked++;
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, _("Compare work units"));
        }
    }
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpuint (marked, ==, 1);
  kj_test_save_screenshot (GTK_WIDGET (win), "window-kind-picker.png");
  gtk_popover_popdown (GTK_POPOVER (popover));
  kj_test_close_window (win, NULL, 0);
}

static void
test_kind_picker (void)
{
  check_kind_picker (1400, 900);
  check_kind_picker (1024, 768);
}

static gboolean
scrollable (gpointer adjustment)
{
  return gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) > 300;
}

/* Another satker opens at its top; moving the focus through the list
 * shows nothing new until a row is activated. */
static void
test_satker_change (void)
{
  KjWindow *win = kj_window_new (NULL);
  GtkWidget *page = kj_window_get_plan_page (win);
  GtkListView *list;
  GtkWidget *focused;
  GtkAdjustment *v;
  KjPlan *plan;

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 600);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (find_widget (page, GTK_TYPE_SCROLLED_WINDOW, NULL)));
  kj_test_wait_until (scrollable, v);
  gtk_adjustment_set_value (v, 300);
  g_assert_cmpfloat (gtk_adjustment_get_value (v), ==, 300);
  g_assert_true (kj_window_select_satker (win, "682630"));
  kj_test_wait_until (scrollable, v);
  g_assert_cmpfloat (gtk_adjustment_get_value (v), ==, gtk_adjustment_get_lower (v));

  /* the cursor moves down the list: focus follows, the satker shown stays */
  list = satker_list (win);
  plan = kj_window_get_plan (win);
  kj_test_wait_until (kj_test_drawn, list);
  g_assert_cmpstr (shown_row_title (list), ==, kj_plan_get_title (plan));
  gtk_widget_grab_focus (GTK_WIDGET (list));
  focused = gtk_root_get_focus (GTK_ROOT (win));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (list), GTK_DIR_DOWN));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (win)) != focused);
  g_assert_true (kj_window_get_plan (win) == plan);
  /* an arrow key selects the row it moves to: the list has nothing to select */
  g_assert_false (gtk_selection_model_select_item (gtk_list_view_get_model (list), 1, TRUE));
  g_assert_true (kj_window_get_plan (win) == plan);
  /* Tab goes on from there: still the same satker, still its row marked */
  gtk_widget_child_focus (GTK_WIDGET (list), GTK_DIR_TAB_FORWARD);
  g_assert_true (kj_window_get_plan (win) == plan);
  g_assert_cmpstr (shown_row_title (list), ==, kj_plan_get_title (plan));
  /* activating a row (a click, Enter) shows it, and marks its row */
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_true (kj_window_get_plan (win) != plan);
  kj_test_wait_until (kj_test_drawn, list);
  g_assert_cmpstr (shown_row_title (list), ==, kj_plan_get_title (kj_window_get_plan (win)));
  kj_test_close_window (win, NULL, 0);
}

/* Issue 10: a province's row that disagrees with a kota's own open file is
 * listed with the province's findings, names the other file and shows it. */
static void
test_across_files (void)
{
  KjWindow *win = kj_window_new (NULL);
  KjPlanPage *page = KJ_PLAN_PAGE (kj_window_get_plan_page (win));
  GtkWidget *button = NULL;
  GPtrArray *listed;

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, "BNNP Nusa Tenggara Timur"));
  set_year (win, 2023);
  listed = kj_plan_page_get_findings (page);
  for (guint i = 0; i < listed->len && button == NULL; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (listed, i);
      GtkWidget *row = kj_plan_page_get_finding_row (page, i);

      if (d->other == NULL || strstr (d->other, "bnn-kota-kupang.json") == NULL)
        continue;
      /* the sentence names the other file and both figures */
      g_assert_nonnull (strstr (d->message, "bnn-kota-kupang.json"));
      g_assert_nonnull (strstr (d->message, "3.72"));
      g_assert_nonnull (strstr (d->message, "3.17"));
      button = find_widget (row, GTK_TYPE_BUTTON, NULL);
      g_assert_nonnull (button);
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.show-plan");
      g_assert_nonnull (strstr (gtk_button_get_label (GTK_BUTTON (button)), "bnn-kota-kupang.json"));
    }
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (kj_plan_get_satker (kj_window_get_plan (win))->short_name, ==, "BNN Kota Kupang");
  /* and Kupang lists the same disagreement, naming the province's file */
  listed = kj_plan_page_get_findings (page);
  {
    gboolean found = FALSE;
    for (guint i = 0; i < listed->len; i++)
      {
        KjDiagnostic *d = g_ptr_array_index (listed, i);
        found |= d->other && strstr (d->other, "bnnp-nusa-tenggara-timur.json") != NULL;
      }
    g_assert_true (found);
  }
  kj_test_close_window (win, NULL, 0);
}

/* A catalog for the test: the lead translates po/id.po after merging. */
static char *
install_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kinerja-locale-XXXXXX", &error);
  g_autofree char *messages = g_build_filename (dir, "id", "LC_MESSAGES", NULL);
  g_autofree char *po = g_build_filename (dir, "id.po", NULL);
  g_autofree char *mo = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  const char *text = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                     "msgctxt \"file name\"\nmsgid \"compare\"\nmsgstr \"perbandingan\"\n\n"
                     "msgid \"The Kinerja authors\"\nmsgstr \"Para penulis Kinerja\"\n";
  char *argv[] = { (char *) "msgfmt", (char *) "-o", mo, po, NULL };
  int status;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  g_assert_true (g_file_set_contents (po, text, -1, &error));
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&dir);
}

/* In Indonesian, the default file name of an export and the About window's
 * credits are Indonesian. */
static void
test_indonesian (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *locale = g_strdup (setlocale (LC_ALL, NULL));
  KjWindow *win;
  KjChartsPage *charts;
  g_autofree char *english = NULL, *indonesian = NULL;
  GtkWidget *about;
  const char * const *developers;

  if (setlocale (LC_ALL, "id_ID.UTF-8") == NULL)
    {
      g_test_skip ("no id_ID.UTF-8 locale");
      return;
    }
  setlocale (LC_ALL, locale);
  win = kj_window_new (NULL);
  charts = KJ_CHARTS_PAGE (kj_window_get_charts_page (win));
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "charts"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.chart-kind", "s", "compare"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.chart-indicator", "s", "dektara"));
  set_year (win, 2023);
  english = kj_charts_page_file_name (charts, kj_charts_page_get_chart (charts), "pdf");
  g_assert_cmpstr (english, ==, "compare-dektara-2023.pdf");

  dir = install_catalog ();
  bindtextdomain (GETTEXT_PACKAGE, dir);
  g_setenv ("LANGUAGE", "id", TRUE);
  setlocale (LC_ALL, "id_ID.UTF-8");
  indonesian = kj_charts_page_file_name (charts, kj_charts_page_get_chart (charts), "pdf");
  about = kj_application_new_about (GTK_WINDOW (win));
  g_object_ref_sink (about);
  developers = adw_about_window_get_developers (ADW_ABOUT_WINDOW (about));
  g_assert_cmpstr (adw_about_window_get_developer_name (ADW_ABOUT_WINDOW (about)), ==, "Para penulis Kinerja");
  g_assert_cmpstr (developers[0], ==, "Para penulis Kinerja");
  setlocale (LC_ALL, locale);
  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  g_assert_cmpstr (indonesian, ==, "perbandingan-dektara-2023.pdf");
  gtk_window_destroy (GTK_WINDOW (about));
  g_object_unref (about);
  kj_test_close_window (win, NULL, 0);
}

static void
collect_action_buttons (GtkWidget  *root,
                        const char *action,
                        GPtrArray  *found)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), action) == 0)
        g_ptr_array_add (found, w);
      collect_action_buttons (w, action, found);
    }
}

/* Tooltips spell a shortcut as menus and the shortcuts window do
 * (gtk_accelerator_get_label(): "Shift+Ctrl+C"). */
static void
test_accel_labels (void)
{
  KjWindow *win = kj_window_new (NULL);
  const char *actions[] = { "win.copy-chart", "win.export-chart", "win.open" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
      guint key, with_tooltip = 0;
      GdkModifierType mods;
      g_autofree char *label = NULL;

      g_assert_true (gtk_accelerator_parse (kj_window_get_accel (actions[i]), &key, &mods));
      label = gtk_accelerator_get_label (key, mods);
      collect_action_buttons (GTK_WIDGET (win), actions[i], buttons);
      for (guint j = 0; j < buttons->len; j++)
        {
          const char *tooltip = gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, j));
          if (tooltip == NULL)
            continue;
          with_tooltip++;
          g_assert_nonnull (strstr (tooltip, label));
        }
      g_assert_cmpuint (with_tooltip, >=, 1);
    }
  kj_test_close_window (win, NULL, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* as main.c: _() looks in Kinerja's catalog */
  textdomain (GETTEXT_PACKAGE);
  g_test_add_func ("/kinerja/widgets/window/samples", test_samples);
  g_test_add_func ("/kinerja/widgets/window/open-folder", test_open_folder);
  g_test_add_func ("/kinerja/widgets/window/hostile-names", test_hostile_names);
  g_test_add_func ("/kinerja/widgets/window/edit-shows", test_edit_shows);
  g_test_add_func ("/kinerja/widgets/window/pages-alone", test_pages_alone);
  g_test_add_func ("/kinerja/widgets/window/loading", test_loading);
  g_test_add_func ("/kinerja/widgets/window/chart-actions", test_chart_actions);
  g_test_add_func ("/kinerja/widgets/window/refused", test_refused);
  g_test_add_func ("/kinerja/widgets/window/kind-picker", test_kind_picker);
  g_test_add_func ("/kinerja/widgets/window/across-files", test_across_files);
  g_test_add_func ("/kinerja/widgets/window/satker-change", test_satker_change);
  g_test_add_func ("/kinerja/widgets/window/accel-labels", test_accel_labels);
  g_test_add_func ("/kinerja/widgets/window/indonesian", test_indonesian);
  return g_test_run ();
}
