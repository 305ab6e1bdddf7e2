/* test-window.c: the window loads the samples, selects a satker, changes year
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "io/kj-plan-io.h"
#include "widgets/kj-window-private.h"
#include "kj-test-util.h"

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
  KjPlan *plan;
  const char *heading;

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 860);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kj_window_get_workspace (win))), >=, 9);
  g_assert_true (win->showing_samples);
  /* the top of the list, the national office, is shown at once, on the
   * latest year with realisations */
  plan = kj_window_get_selected_plan (win);
  g_assert_nonnull (plan);
  g_assert_cmpstr (kj_plan_get_satker (plan)->level, ==, "pusat");
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);

  /* another satker keeps the year chosen */
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  plan = kj_window_get_selected_plan (win);
  g_assert_cmpstr (kj_plan_get_satker (plan)->level, ==, "kota");
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);
  kj_window_set_year (win, 2024);
  g_assert_cmpint (kj_window_get_year (win), ==, 2024);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->content_stack), ==, "plan");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (win->indicators)), ==,
                    kj_plan_get_indicators (plan)->len);
  g_assert_cmpuint (win->page_rows->len, >, 0);
  heading = gtk_label_get_text (win->indicators_heading);
  g_assert_nonnull (strstr (heading, "2024"));
  kj_test_wait_until (drawn, win->indicator_view);
  save_screenshot (GTK_WIDGET (win), "window-kupang.png");

  kj_window_set_year (win, 2023);
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);
  g_assert_nonnull (strstr (gtk_label_get_text (win->indicators_heading), "2023"));

  /* a satker of another period keeps a year it has */
  g_assert_true (kj_window_select_satker (win, "682630"));
  g_assert_cmpstr (kj_plan_get_satker (kj_window_get_selected_plan (win))->province, ==, "Kalimantan Barat");
  g_assert_cmpint (kj_window_get_year (win), ==, 2023);
  save_screenshot (GTK_WIDGET (win), "window-kalbar.png");

  /* search filters the list; nothing found shows the empty state */
  gtk_editable_set_text (GTK_EDITABLE (win->search_entry), "kalimantan");
  kj_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, win->satker_list);
  g_signal_emit_by_name (win->search_entry, "search-changed");
  g_assert_cmpuint (visible_rows (win->satker_list), ==, 1);
  /* "kota kupang" finds the city office and the province office seated
   * there; Enter, right after typing (before the entry's delayed
   * search-changed), shows the one whose own name matches */
  gtk_editable_set_text (GTK_EDITABLE (win->search_entry), "kota kupang");
  g_signal_emit_by_name (win->search_entry, "activate");
  g_assert_cmpuint (visible_rows (win->satker_list), ==, 2);
  g_assert_cmpstr (kj_plan_get_satker (kj_window_get_selected_plan (win))->level, ==, "kota");
  /* "nusa tenggara" matches only by province: the BNNP comes first */
  gtk_editable_set_text (GTK_EDITABLE (win->search_entry), "nusa tenggara");
  g_signal_emit_by_name (win->search_entry, "activate");
  g_assert_cmpstr (kj_plan_get_satker (kj_window_get_selected_plan (win))->level, ==, "provinsi");
  gtk_editable_set_text (GTK_EDITABLE (win->search_entry), "zzzz-nothing");
  g_signal_emit_by_name (win->search_entry, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->sidebar_stack), ==, "no-results");

  g_assert_false (kj_window_select_satker (win, "BNN Kota Atlantis"));
  gtk_window_destroy (GTK_WINDOW (win));
}

static gboolean
has_user_files (gpointer data)
{
  KjWindow *win = data;
  return !win->showing_samples
         && g_list_model_get_n_items (G_LIST_MODEL (kj_window_get_workspace (win))) > 0;
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
  g_assert_nonnull (kj_window_get_selected_plan (win));
  g_object_unref (files[0]);
  g_object_unref (files[1]);
  gtk_window_destroy (GTK_WINDOW (win));
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

  g_assert_nonnull (plan);
  g_ptr_array_add (result->plans, plan);
  g_ptr_array_add (result->problems, kj_diagnostic_new (KJ_SEVERITY_ERROR, "<b>bad</b>.json", "$", "<i>x</i>"));
  gtk_window_present (GTK_WINDOW (win));
  kj_window_add_result (win, result, FALSE);
  g_assert_true (kj_window_select_satker (win, "<b>BNN & Co</b> <span foo='x'>"));
  g_assert_cmpstr (gtk_label_get_text (win->plan_name), ==, "<b>BNN & Co</b> <span foo='x'>");
  kj_test_wait_until (drawn, win->indicator_view);
  gtk_window_destroy (GTK_WINDOW (win));
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
  return g_test_run ();
}
