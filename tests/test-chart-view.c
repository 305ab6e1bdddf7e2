/* test-chart-view.c: the chart widget and the window's charts page
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "io/kj-load.h"
#include "widgets/kj-chart-view.h"
#include "widgets/kj-charts-page.h"
#include "widgets/kj-window.h"
#include "kj-test-util.h"

/* The button a user presses for @action (the first, depth first). */
static GtkWidget *
button_for (GtkWidget  *root,
            const char *action)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;
      if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), action) == 0)
        return w;
      if ((found = button_for (w, action)) != NULL)
        return found;
    }
  return NULL;
}

static KjChartsPage *
charts_of (KjWindow *win)
{
  return KJ_CHARTS_PAGE (kj_window_get_charts_page (win));
}

static KjChartView *
view_of (KjWindow *win)
{
  return KJ_CHART_VIEW (kj_charts_page_get_view (charts_of (win)));
}

/* through the stateful actions, as menus and shortcuts do */
static gboolean
set_chart_kind (KjWindow   *win,
                const char *kind)
{
  g_autofree char *now = NULL;

  gtk_widget_activate_action (GTK_WIDGET (win), "win.chart-kind", "s", kind);
  g_object_get (win, "chart-kind", &now, NULL);
  return g_strcmp0 (now, kind) == 0;
}

static gboolean
set_chart_indicator (KjWindow   *win,
                     const char *id)
{
  g_autofree char *now = NULL;

  gtk_widget_activate_action (GTK_WIDGET (win), "win.chart-indicator", "s", id);
  g_object_get (win, "chart-indicator", &now, NULL);
  return g_strcmp0 (now, id) == 0;
}

static char *
chart_kind (KjWindow *win)
{
  char *kind = NULL;

  g_object_get (win, "chart-kind", &kind, NULL);
  return kind;
}

static char *
chart_indicator (KjWindow *win)
{
  char *id = NULL;

  g_object_get (win, "chart-indicator", &id, NULL);
  return id;
}

static void
set_year (KjWindow *win,
          int       year)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.year", "i", year));
}

/* drawn at its size: the engine knows where its items are */
static gboolean
chart_drawn (gpointer data)
{
  KjChartLayout *layout;

  if (kj_chart_view_get_chart (data) == NULL || !gtk_widget_get_mapped (data)
      || gtk_widget_get_width (data) <= 0)
    return FALSE;
  layout = kj_chart_view_get_layout (data);
  return layout && kj_chart_layout_get_n_items (layout) > 0;
}

static KjWindow *
charts_window (const char *satker,
               int         year,
               const char *kind,
               const char *indicator)
{
  KjWindow *win = kj_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 860);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "charts"));
  g_assert_true (kj_window_select_satker (win, satker));
  set_year (win, year);
  g_assert_cmpint (kj_window_get_year (win), ==, year);
  g_assert_true (set_chart_kind (win, kind));
  if (indicator)
    g_assert_true (set_chart_indicator (win, indicator));
  return win;
}

/* An item of what @view shows, laid out at its size. */
static const KjChartItem *
find_item (KjChartView *view,
           const char  *satker,
           int          year,
           int         *index)
{
  KjChartLayout *layout = kj_chart_view_get_layout (view);

  for (guint i = 0; i < kj_chart_layout_get_n_items (layout); i++)
    {
      const KjChartItem *item = kj_chart_layout_get_item (layout, i);
      if ((satker == NULL || g_strcmp0 (item->satker, satker) == 0)
          && (year == 0 || item->year == year) && item->tooltip)
        {
          if (index)
            *index = i;
          return item;
        }
    }
  return NULL;
}

/* Presses a key through the widget's own key bindings. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            {
              GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

              g_assert_true (gtk_shortcut_action_activate (action, 0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_assert_not_reached ();
}

/* Emits what a controller of @type emits for a real pointer event. */
static void
emit_on_controller (GtkWidget  *widget,
                    GType       type,
                    const char *signal,
                    double      x,
                    double      y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        continue;
      if (type == GTK_TYPE_GESTURE_CLICK)
        g_signal_emit_by_name (controller, signal, 1, x, y);
      else
        g_signal_emit_by_name (controller, signal, x, y);
      return;
    }
  g_assert_not_reached ();
}

static void
count_activated (KjChartView *view,
                 guint        index,
                 int         *last)
{
  *last = index;
}

static double
centre_x (const KjChartItem *item)
{
  return item->x + item->width / 2;
}

static double
centre_y (const KjChartItem *item)
{
  return item->y + item->height / 2;
}

static const char *
tooltip_of (KjChartView       *view,
            const KjChartItem *item)
{
  return kj_chart_view_get_tooltip_at (view, centre_x (item), centre_y (item));
}

/* A press and a release of the primary button in the middle of @item. */
static void
click (KjChartView       *view,
       const KjChartItem *item)
{
  double x = centre_x (item), y = centre_y (item);

  emit_on_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK, "pressed", x, y);
  emit_on_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK, "released", x, y);
}

/* NKA of BNN Kota Kupang, 2020–2024: description, tooltips, keyboard. */
static void
test_trend (void)
{
  KjWindow *win = charts_window ("BNN Kota Kupang", 2024, "trend", NULL);
  KjChartView *view = view_of (win);
  const KjChartItem *item, *first, *next;
  g_autofree char *description = NULL, *message = NULL, *id = NULL, *kind = NULL;
  KjChart *chart;
  int index = -1, activated = -1;

  /* the first indicator with a trend to show is picked */
  id = chart_indicator (win);
  g_assert_cmpstr (id, ==, "dektara");
  g_assert_true (set_chart_indicator (win, "nka"));
  g_assert_false (set_chart_indicator (win, "no-such-indicator"));
  g_assert_cmpuint (kj_charts_page_get_n_choices (charts_of (win)), >, 1);
  g_assert_nonnull (kj_charts_page_get_chart (charts_of (win)));
  kj_test_wait_until (chart_drawn, view);
  chart = kj_chart_view_get_chart (view);
  g_assert_cmpstr (kj_chart_get_kind (chart), ==, "trend");
  g_assert_cmpstr (kj_chart_get_title (chart), ==, "Nilai Kinerja Anggaran");

  /* what a screen reader says: the title and the years */
  description = kj_chart_describe (chart);
  g_assert_nonnull (strstr (description, "Nilai Kinerja Anggaran"));
  g_assert_nonnull (strstr (description, "2020"));
  g_assert_nonnull (strstr (description, "2024"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Nilai Kinerja Anggaran");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       description);

  /* hovering the 2024 point shows its exact figures, and it can be clicked */
  item = find_item (view, NULL, 2024, &index);
  g_assert_nonnull (item);
  g_assert_cmpint (kj_chart_view_hit_test (view, centre_x (item), centre_y (item)), ==, index);
  g_assert_cmpstr (tooltip_of (view, item), ==, item->tooltip);
  g_assert_nonnull (strstr (item->tooltip, "98"));
  g_assert_null (kj_chart_view_get_tooltip_at (view, 1, 1));
  emit_on_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION, "motion",
                      centre_x (item), centre_y (item));
  g_assert_nonnull (gtk_widget_get_cursor (GTK_WIDGET (view)));
  emit_on_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION, "motion", 1, 1);
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (view)));

  /* the keyboard walks the points from left to right; Enter shows that year */
  g_signal_connect (view, "item-activated", G_CALLBACK (count_activated), &activated);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  press_key (GTK_WIDGET (view), GDK_KEY_Home);
  g_assert_cmpint (kj_chart_view_get_focus_item (view), ==, 0);
  first = kj_chart_layout_get_item (kj_chart_view_get_layout (view), 0);
  press_key (GTK_WIDGET (view), GDK_KEY_Right);
  g_assert_cmpint (kj_chart_view_get_focus_item (view), >, 0);
  next = kj_chart_layout_get_item (kj_chart_view_get_layout (view), kj_chart_view_get_focus_item (view));
  g_assert_cmpfloat (centre_x (next), >, centre_x (first));
  press_key (GTK_WIDGET (view), GDK_KEY_Left);
  g_assert_cmpfloat (centre_x (kj_chart_layout_get_item (kj_chart_view_get_layout (view), kj_chart_view_get_focus_item (view))), <,
                     centre_x (next));
  press_key (GTK_WIDGET (view), GDK_KEY_End);
  g_assert_cmpint (kj_chart_view_get_focus_item (view), ==, kj_chart_layout_get_n_items (kj_chart_view_get_layout (view)) - 1);
  kj_chart_view_set_focus_item (view, index);
  press_key (GTK_WIDGET (view), GDK_KEY_Left);
  index = kj_chart_view_get_focus_item (view);
  item = kj_chart_layout_get_item (kj_chart_view_get_layout (view), index);
  g_assert_cmpint (item->year, ==, 2023);
  press_key (GTK_WIDGET (view), GDK_KEY_Return);
  g_assert_cmpint (activated, ==, index);
  /* the window follows: the year is 2023 now, the chart is the same kind */
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);
  g_assert_cmpstr (kj_chart_get_kind (kj_chart_view_get_chart (view)), ==, "trend");
  g_clear_pointer (&id, g_free);
  id = chart_indicator (win);
  g_assert_cmpstr (id, ==, "nka");

  /* kinds without an indicator hide the picker */
  g_assert_true (set_chart_kind (win, "achievement"));
  g_assert_cmpuint (kj_charts_page_get_n_choices (charts_of (win)), ==, 0);
  g_assert_nonnull (kj_charts_page_get_chart (charts_of (win)));
  /* and the indicator chosen comes back with the trend */
  g_assert_true (set_chart_kind (win, "trend"));
  g_clear_pointer (&id, g_free);
  id = chart_indicator (win);
  g_assert_cmpstr (id, ==, "nka");
  kind = chart_kind (win);
  g_assert_cmpstr (kind, ==, "trend");
  {
    GtkWidget *pages[] = { GTK_WIDGET (charts_of (win)), GTK_WIDGET (view) };
    kj_test_close_window (win, pages, G_N_ELEMENTS (pages));
  }
}

/* A click on a kabupaten's bar shows that BNNK; on a satker of the
 * comparison, that satker. */
static void
test_click_selects (void)
{
  KjWindow *win = charts_window ("BNNP Nusa Tenggara Timur", 2023, "areas", "nka");
  KjChartView *view = view_of (win);
  const KjChartItem *item;
  KjChart *chart;
  const KjSatker *banten;
  g_autofree char *kind = NULL, *id = NULL;

  kj_test_wait_until (chart_drawn, view);
  chart = kj_chart_view_get_chart (view);
  g_assert_cmpstr (kj_chart_get_kind (chart), ==, "areas");
  item = find_item (view, "BNN Kota Kupang", 0, NULL);
  g_assert_nonnull (item);
  g_assert_nonnull (strstr (tooltip_of (view, item), "86"));
  click (view, item);
  g_assert_cmpstr (kj_plan_get_title (kj_window_get_plan (win)), ==, "BNN Kota Kupang");
  /* the chart goes on to Kupang's own NKA over the years, under its name:
   * the province's breakdown is not shown under the kabupaten's name */
  kind = chart_kind (win);
  id = chart_indicator (win);
  g_assert_cmpstr (kind, ==, "trend");
  g_assert_cmpstr (id, ==, "nka");
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);
  kj_test_wait_until (chart_drawn, view);
  chart = kj_chart_view_get_chart (view);
  g_assert_cmpstr (kj_chart_get_kind (chart), ==, "trend");
  g_assert_nonnull (strstr (kj_chart_get_subtitle (chart), "Kupang"));
  g_assert_null (strstr (kj_chart_get_subtitle (chart), "Nusa Tenggara Timur"));
  g_assert_nonnull (find_item (view, NULL, 2023, NULL));

  /* the whole workspace: NKA 2023 of every satker that has it */
  g_assert_true (set_chart_kind (win, "compare"));
  g_assert_true (set_chart_indicator (win, "nka"));
  kj_test_wait_until (chart_drawn, view);
  chart = kj_chart_view_get_chart (view);
  g_assert_cmpstr (kj_chart_get_kind (chart), ==, "compare");
  banten = kj_plan_get_satker (kj_workspace_find (kj_window_get_workspace (win), "BNNP Banten"));
  item = find_item (view, banten->code ? banten->code : banten->name, 0, NULL);
  g_assert_nonnull (item);
  click (view, item);
  g_assert_cmpstr (kj_plan_get_title (kj_window_get_plan (win)), ==, "BNNP Banten");
  g_clear_pointer (&kind, g_free);
  kind = chart_kind (win);
  g_assert_cmpstr (kind, ==, "compare");
  /* a click beside the bars does nothing */
  emit_on_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK, "released", 1, 1);
  g_assert_cmpstr (kj_plan_get_title (kj_window_get_plan (win)), ==, "BNNP Banten");
  kj_test_close_window (win, NULL, 0);
}

/* A year without data shows the engine's reason instead of an empty chart. */
static void
test_no_data (void)
{
  KjWindow *win = charts_window ("BNNP Nusa Tenggara Timur", 2024, "areas", "nka");
  KjChartRequest request = {
    kj_window_get_workspace (win), kj_window_get_plan (win), "nka", 2024
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KjChart) none = kj_chart_new ("areas", &request, &error);
  g_autofree char *escaped = NULL;

  g_assert_null (none);
  g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA);
  g_assert_nonnull (strstr (error->message, "2024"));
  escaped = g_markup_escape_text (error->message, -1);
  g_assert_cmpstr (kj_charts_page_get_message (charts_of (win)), ==, escaped);
  g_assert_null (kj_chart_view_get_chart (view_of (win)));
  /* nothing to export or copy then: the page's buttons are off */
  g_assert_false (gtk_widget_is_sensitive (button_for (GTK_WIDGET (charts_of (win)), "win.export-chart")));
  g_assert_false (gtk_widget_is_sensitive (button_for (GTK_WIDGET (charts_of (win)), "win.copy-chart")));
  g_assert_false (kj_charts_page_export (charts_of (win), "/nonexistent/x.pdf", 842, 595, 1, NULL));

  set_year (win, 2023);
  g_assert_null (kj_charts_page_get_message (charts_of (win)));
  g_assert_nonnull (kj_chart_view_get_chart (view_of (win)));
  g_assert_true (gtk_widget_is_sensitive (button_for (GTK_WIDGET (charts_of (win)), "win.export-chart")));
  kj_test_close_window (win, NULL, 0);
}

/* The visible button of the page's "no data" message labelled @label. */
static GtkWidget *
button_labelled (GtkWidget  *root,
                 const char *label)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;
      if (GTK_IS_BUTTON (w) && gtk_widget_is_visible (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), label) == 0)
        return w;
      if ((found = button_labelled (w, label)) != NULL)
        return found;
    }
  return NULL;
}

/* A satker without the data: the page says which plan has it, and a button
 * goes there; a year without the budget: a button per year that has it. */
static void
test_no_data_buttons (void)
{
  KjWindow *win = charts_window ("BNN Kota Kupang", 2023, "areas", "nka");
  GtkWidget *go, *year;
  KjChart *chart;

  g_assert_null (kj_chart_view_get_chart (view_of (win)));
  g_assert_nonnull (strstr (kj_charts_page_get_message (charts_of (win)),
                            "BNNP Nusa Tenggara Timur has one, which lists Kota Kupang."));
  go = button_labelled (GTK_WIDGET (charts_of (win)), "Show BNNP Nusa Tenggara Timur");
  g_assert_nonnull (go);
  g_signal_emit_by_name (go, "clicked");
  g_assert_cmpstr (kj_plan_get_title (kj_window_get_plan (win)), ==, "BNNP Nusa Tenggara Timur");
  kj_test_wait_until (chart_drawn, view_of (win));
  chart = kj_chart_view_get_chart (view_of (win));
  g_assert_cmpstr (kj_chart_get_kind (chart), ==, "areas");
  g_assert_true (g_str_has_prefix (kj_chart_get_subtitle (chart), "BNNP Nusa Tenggara Timur"));
  g_assert_null (button_labelled (GTK_WIDGET (charts_of (win)), "Show BNNP Nusa Tenggara Timur"));

  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  set_year (win, 2023);
  g_assert_true (set_chart_kind (win, "budget"));
  g_assert_null (kj_chart_view_get_chart (view_of (win)));
  g_assert_nonnull (strstr (kj_charts_page_get_message (charts_of (win)), "no budget data for 2023"));
  year = button_labelled (GTK_WIDGET (charts_of (win)), "2024");
  g_assert_nonnull (year);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (year)), ==, "win.year");
  g_signal_emit_by_name (year, "clicked");
  g_assert_cmpint (kj_window_get_year (win), ==, 2024);
  kj_test_wait_until (chart_drawn, view_of (win));
  g_assert_cmpstr (kj_chart_get_title (kj_chart_view_get_chart (view_of (win))), ==, "Budget and spending, 2024");
  kj_test_close_window (win, NULL, 0);
}

static gboolean
has_texture (gpointer data)
{
  GdkContentFormats *formats = gdk_clipboard_get_formats (data);
  return gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE);
}

/* "Export Chart…" writes what the page shows; "Copy Chart" puts an image
 * on the clipboard. */
static void
test_export (void)
{
  KjWindow *win = charts_window ("BNN Kota Kupang", 2024, "trend", "nka");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", &error);
  g_autofree char *name = NULL, *path = NULL, *text = NULL, *png = NULL, *doc = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (win));
  GValue value = G_VALUE_INIT;
  const char *argv[] = { "pdftotext", NULL, "-", NULL };
  int status;

  g_assert_no_error (error);
  name = kj_charts_page_file_name (charts_of (win), kj_chart_view_get_chart (view_of (win)), "pdf");
  g_assert_cmpstr (name, ==, "trend-nka-bnn-kota-kupang-2024.pdf");
  path = g_build_filename (dir, name, NULL);
  g_assert_true (kj_charts_page_export (charts_of (win), path, 842, 595, 1, &error));
  g_assert_no_error (error);
  argv[1] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (text, "Nilai Kinerja Anggaran"));
  g_assert_nonnull (strstr (text, "BNN Kota Kupang"));

  png = g_build_filename (dir, "chart.png", NULL);
  g_assert_true (kj_charts_page_export (charts_of (win), png, 1280, 720, 2, &error));
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2560);
  g_clear_object (&texture);
  /* an unknown extension is refused with a message, not written */
  doc = g_build_filename (dir, "chart.doc", NULL);
  g_assert_false (kj_charts_page_export (charts_of (win), doc, 842, 595, 1, &error));
  g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT);
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.copy-chart", NULL));
  kj_test_wait_until (has_texture, clipboard);
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value,
                                                 &error));
  texture = g_value_dup_object (&value);
  g_value_unset (&value);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2560);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1440);

  g_unlink (path);
  g_unlink (png);
  g_rmdir (dir);
  kj_test_close_window (win, NULL, 0);
}

/* The widget on its own: no chart, then a chart, and nothing leaks. */
static void
test_view_alone (void)
{
  KjChartView *view = g_object_ref_sink (KJ_CHART_VIEW (kj_chart_view_new ()));
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(KjWorkspace) workspace = kj_workspace_new ();
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  KjChartRequest request = { workspace, NULL, NULL, 0 };

  g_assert_null (kj_chart_view_get_chart (view));
  g_assert_cmpint (kj_chart_view_hit_test (view, 10, 10), ==, -1);
  kj_load_resources (RESOURCE_PREFIX "/samples", result);
  for (guint i = 0; i < result->plans->len; i++)
    kj_workspace_add (workspace, g_ptr_array_index (result->plans, i));
  chart = kj_chart_new ("heatmap", &request, &error);
  g_assert_no_error (error);
  g_object_set (view, "chart", chart, NULL);
  g_assert_true (kj_chart_view_get_chart (view) == chart);
  /* not on screen: nothing to hit yet */
  g_assert_cmpint (kj_chart_view_hit_test (view, 10, 10), ==, -1);
  g_assert_finalize_object (view);
}

static gboolean
header_kept (gpointer data)
{
  return kj_chart_view_get_header_top (data) > 0;
}

/* What @view shows now, as its last frame drew it. */
static cairo_surface_t *
view_image (KjChartView *view)
{
  int w = gtk_widget_get_width (GTK_WIDGET (view)), h = gtk_widget_get_height (GTK_WIDGET (view));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (view));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Issue 7: the axis and the legend of a long chart scrolled away with its
 * rows.  Scrolled to the last row, the view draws its header (title, legend,
 * axis) at the top of what is in sight, as it draws it unscrolled, and the
 * rows under it cannot be pointed at. */
static void
test_header_kept (void)
{
  KjWindow *win = charts_window ("BNNP Kalimantan Barat", 2023, "achievement", NULL);
  KjChartView *view = view_of (win);
  GtkWidget *scroller;
  GtkAdjustment *adjustment;
  KjChartLayout *layout;
  double header, value;
  cairo_surface_t *image;
  int stride, top;

  kj_test_wait_until (chart_drawn, view);
  g_assert_cmpfloat (kj_chart_view_get_header_top (view), ==, 0);
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  layout = kj_chart_view_get_layout (view);
  header = kj_chart_layout_get_header_height (layout);
  g_test_message ("rows under a header of %.0f px; %.0f of %.0f px in sight", header,
                  gtk_adjustment_get_page_size (adjustment), gtk_adjustment_get_upper (adjustment));
  /* a long chart: it scrolls, and its header is a small part of the window */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment) + 100);
  g_assert_cmpfloat (header, >, 40);
  g_assert_cmpfloat (header, <, gtk_adjustment_get_page_size (adjustment) / 3);

  value = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment, value);
  kj_test_wait_until (header_kept, view);
  /* the window may have been laid out again meanwhile (the overview's
   * update, queued, can widen the content): the view's layout as it is now */
  layout = kj_chart_view_get_layout (view);
  header = kj_chart_layout_get_header_height (layout);
  g_assert_cmpfloat (fabs (kj_chart_view_get_header_top (view) - value), <, 1);

  /* the same pixels at the top of what is in sight as at the chart's top */
  image = view_image (view);
  stride = cairo_image_surface_get_stride (image);
  top = (int) round (kj_chart_view_get_header_top (view));
  g_assert_true (memcmp (cairo_image_surface_get_data (image),
                         cairo_image_surface_get_data (image) + (gsize) top * stride,
                         (gsize) floor (header) * stride) == 0);
  cairo_surface_destroy (image);

  /* under the header nothing is hit; below it the rows are (the layout
   * of the view as it is now: scrolling may have made it again) */
  layout = kj_chart_view_get_layout (view);
  g_assert_cmpint (kj_chart_view_hit_test (view, 100, top + header / 2), ==, -1);
  g_assert_cmpint (kj_chart_layout_hit_test (layout, 100, top + header / 2), >=, 0);
  g_assert_cmpint (kj_chart_view_hit_test (view, 100, top + header + 20), >=, 0);

  /* scrolled back, the chart's own header is in sight again */
  gtk_adjustment_set_value (adjustment, 0);
  kj_test_wait_until (chart_drawn, view);
  while (kj_chart_view_get_header_top (view) > 0)
    g_main_context_iteration (NULL, TRUE);
  kj_test_close_window (win, NULL, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps what the widget tells a screen
   * reader, without a bus; "none" (the suite's default) keeps nothing */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/kinerja/widgets/chart-view/trend", test_trend);
  g_test_add_func ("/kinerja/widgets/chart-view/click-selects", test_click_selects);
  g_test_add_func ("/kinerja/widgets/chart-view/no-data", test_no_data);
  g_test_add_func ("/kinerja/widgets/chart-view/no-data-buttons", test_no_data_buttons);
  g_test_add_func ("/kinerja/widgets/chart-view/export", test_export);
  g_test_add_func ("/kinerja/widgets/chart-view/alone", test_view_alone);
  g_test_add_func ("/kinerja/widgets/chart-view/header-kept", test_header_kept);
  return g_test_run ();
}
