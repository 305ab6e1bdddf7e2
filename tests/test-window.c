/* test-window.c: the window loads the samples, selects a satker, changes year
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "io/kj-load.h"
#include "io/kj-plan-io.h"
#include "widgets/kj-chart-view.h"
#include "widgets/kj-charts-page.h"
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

static GtkListBox *
satker_list (KjWindow *win)
{
  return GTK_LIST_BOX (find_widget (GTK_WIDGET (win), GTK_TYPE_LIST_BOX, "navigation-sidebar"));
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

static gboolean
drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static guint
visible_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (list)); w; w = gtk_widget_get_next_sibling (w))
    n += GTK_IS_LIST_BOX_ROW (w) && gtk_widget_get_child_visible (w);
  return n;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("KINERJA_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;
  /* let layout and a few frames happen first */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
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
  kj_test_wait_until (drawn, kj_plan_page_get_table (page));
  save_screenshot (GTK_WIDGET (win), "window-kupang.png");

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
  save_screenshot (GTK_WIDGET (win), "window-kalbar.png");

  /* search filters the list; nothing found shows the empty state */
  gtk_editable_set_text (GTK_EDITABLE (search_entry (win)), "kalimantan");
  kj_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, satker_list (win));
  g_signal_emit_by_name (search_entry (win), "search-changed");
  g_assert_cmpuint (visible_rows (satker_list (win)), ==, 1);
  /* the row of the plan shown stays selected */
  g_assert_nonnull (gtk_list_box_get_selected_row (satker_list (win)));
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
  kj_test_wait_until (drawn, kj_plan_page_get_table (page));
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/kinerja/widgets/window/samples", test_samples);
  g_test_add_func ("/kinerja/widgets/window/open-folder", test_open_folder);
  g_test_add_func ("/kinerja/widgets/window/hostile-names", test_hostile_names);
  g_test_add_func ("/kinerja/widgets/window/edit-shows", test_edit_shows);
  g_test_add_func ("/kinerja/widgets/window/pages-alone", test_pages_alone);
  return g_test_run ();
}
