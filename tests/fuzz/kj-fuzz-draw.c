/* kj-fuzz-draw.c: libFuzzer harness: load → every chart kind, laid out and drawn
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A loaded plan makes every chart kind (or a clear error), each laid out and
 * drawn at a small size, and described for screen readers.
 */
#include "config.h"

#include <stdlib.h>

#include "chart/kj-chart.h"
#include "io/kj-plan-io.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(KjPlan) plan = kj_plan_load_bytes (bytes, "fuzz.json", NULL, NULL, NULL);
  g_autoptr(KjWorkspace) ws = NULL;
  guint n_kinds;
  const KjChartKind *kinds = kj_chart_kinds (&n_kinds);
  cairo_surface_t *surface;

  if (plan == NULL)
    return 0;
  ws = kj_workspace_new ();
  kj_workspace_add (ws, plan);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 320, 240);
  for (guint k = 0; k < n_kinds; k++)
    {
      KjChartRequest request = { ws, plan, NULL, 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(KjChart) chart = kj_chart_new (kinds[k].id, &request, &error);
      g_autoptr(KjChartLayout) layout = NULL;
      g_autofree char *description = NULL;
      cairo_t *cr;

      if (chart == NULL)
        {
          if (error == NULL || error->message == NULL)
            abort ();
          continue;
        }
      cr = cairo_create (surface);
      layout = kj_chart_draw_layout (chart, cr, 320, 240, kj_chart_theme_light ());
      cairo_destroy (cr);
      description = kj_chart_describe (chart);
      if (description == NULL || kj_chart_layout_get_n_labels (layout) == 0)
        abort ();
    }
  cairo_surface_destroy (surface);
  return 0;
}
