/* kj-test-util.h: small helpers the widget tests share
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

/* Runs the main loop until @done says so, for at most ten seconds. */
static inline void
kj_test_wait_until (gboolean (*done) (gpointer),
                    gpointer  data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

/* Lets idles and frames run for a tenth of a second. */
static inline void
kj_test_settle (void)
{
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 10; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
}

/* Whether the widget @data is on screen with a size (for kj_test_wait_until()). */
static inline gboolean
kj_test_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* A key as a widget's own capture-phase key handler (a value cell's) gets
 * it: GTK 4 has no way to make key events in a test.  Returns: handled */
static inline gboolean
kj_test_press (GtkWidget       *widget,
               guint            keyval,
               GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (c)
          && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

/* With KINERJA_SCREENSHOT_DIR set, @widget as drawn (with the
 * application's style sheet) into DIR/@name, to look at. */
static inline void
kj_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  const char *dir = g_getenv ("KINERJA_SCREENSHOT_DIR");
  static GtkCssProvider *css;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int w, h;

  if (dir == NULL)
    return;
  if (css == NULL)
    {
      css = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
  /* let layout and a few frames happen first */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
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

/* Closes @window and checks that it, and every widget in @pages (its
 * pages), is freed: nothing the window made outlives it. */
static inline void
kj_test_close_window (gpointer    window,
                      GtkWidget **pages,
                      guint       n_pages)
{
  for (guint i = 0; i < n_pages; i++)
    g_object_add_weak_pointer (G_OBJECT (pages[i]), (gpointer *) &pages[i]);
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  /* let pending idles and frames run */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 5; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (window);
  for (guint i = 0; i < n_pages; i++)
    g_assert_null (pages[i]);
}
