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
