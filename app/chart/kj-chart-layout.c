/* kj-chart-layout.c: a chart laid out at a size
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GOffice's split of a chart (GogObject) and its view at a size (GogView): a
 * KjChart is data, and says nothing of where its last drawing put things.  A
 * KjChartLayout is one drawing's placement: the boxes of its texts, its items
 * for hit tests and tooltips, its size and page.  The widget keeps one per
 * size; exports, report pages and slides make their own.
 */
#include "config.h"

#include <math.h>

#include "chart/kj-chart-private.h"

G_DEFINE_BOXED_TYPE (KjChartLayout, kj_chart_layout, kj_chart_layout_ref, kj_chart_layout_unref)

KjChartLayout *
_kj_chart_layout_alloc (KjChart            *chart,
                        const KjChartTheme *theme,
                        double              width,
                        double              height,
                        guint               page)
{
  KjChartLayout *layout = g_new0 (KjChartLayout, 1);

  g_ref_count_init (&layout->ref);
  layout->chart = kj_chart_ref (chart);
  layout->theme = theme;
  layout->width = width;
  layout->height = height;
  layout->page = page;
  layout->items = g_array_new (FALSE, TRUE, sizeof (KjChartItem));
  layout->labels = g_array_new (FALSE, TRUE, sizeof (KjChartLabel));
  layout->label_texts = g_ptr_array_new_with_free_func (g_free);
  layout->item_texts = g_ptr_array_new_with_free_func (g_free);
  layout->marks = g_array_new (FALSE, TRUE, sizeof (KjChartMark));
  layout->axes = g_array_new (FALSE, TRUE, sizeof (KjChartAxis));
  return layout;
}

KjChartLayout *
kj_chart_layout_ref (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_ref_count_inc (&layout->ref);
  return layout;
}

void
kj_chart_layout_unref (KjChartLayout *layout)
{
  g_return_if_fail (layout != NULL);
  if (!g_ref_count_dec (&layout->ref))
    return;
  g_array_unref (layout->items);
  g_array_unref (layout->labels);
  g_ptr_array_unref (layout->label_texts);
  g_ptr_array_unref (layout->item_texts);
  g_array_unref (layout->marks);
  g_array_unref (layout->axes);
  kj_chart_unref (layout->chart);
  g_free (layout);
}

/* Returns: (transfer none): the chart laid out */
KjChart *
kj_chart_layout_get_chart (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);
  return layout->chart;
}

/* Whether @layout is @chart's at this size and theme, to be drawn again as it is. */
gboolean
kj_chart_layout_fits (KjChartLayout      *layout,
                      KjChart            *chart,
                      double              width,
                      double              height,
                      const KjChartTheme *theme)
{
  g_return_val_if_fail (layout != NULL, FALSE);
  return layout->chart == chart && layout->width == width && layout->height == height
         && layout->theme == theme && layout->page == G_MAXUINT;
}

double
kj_chart_layout_get_width (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->width;
}

double
kj_chart_layout_get_height (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->height;
}

guint
kj_chart_layout_get_n_items (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->items->len;
}

const KjChartItem *
kj_chart_layout_get_item (KjChartLayout *layout,
                          guint          index)
{
  g_return_val_if_fail (layout != NULL && index < layout->items->len, NULL);
  return &g_array_index (layout->items, KjChartItem, index);
}

/**
 * kj_chart_layout_hit_test:
 * Returns: the item at (@x, @y), or -1
 */
int
kj_chart_layout_hit_test (KjChartLayout *layout,
                          double         x,
                          double         y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint i = 0; i < layout->items->len; i++)
    {
      const KjChartItem *it = &g_array_index (layout->items, KjChartItem, i);
      if (x >= it->x && x < it->x + it->width && y >= it->y && y < it->y + it->height)
        return i;
    }
  return -1;
}

guint
kj_chart_layout_get_n_labels (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->labels->len;
}

const KjChartLabel *
kj_chart_layout_get_label (KjChartLayout *layout,
                           guint          index)
{
  g_return_val_if_fail (layout != NULL && index < layout->labels->len, NULL);
  return &g_array_index (layout->labels, KjChartLabel, index);
}

guint
kj_chart_layout_get_n_marks (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->marks->len;
}

/* The lines, markers and bars drawn, each as a mark: for tests that no
 * label sits on one. */
const KjChartMark *
kj_chart_layout_get_mark (KjChartLayout *layout,
                          guint          index)
{
  g_return_val_if_fail (layout != NULL && index < layout->marks->len, NULL);
  return &g_array_index (layout->marks, KjChartMark, index);
}

guint
kj_chart_layout_get_n_axes (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->axes->len;
}

/* The value axes drawn, one per panel that has one, in the panels' order. */
const KjChartAxis *
kj_chart_layout_get_axis (KjChartLayout *layout,
                          guint          index)
{
  g_return_val_if_fail (layout != NULL && index < layout->axes->len, NULL);
  return &g_array_index (layout->axes, KjChartAxis, index);
}

/**
 * kj_chart_layout_get_extents:
 * The box around everything drawn but the background: texts, marks and the
 * items' areas.
 *
 * Returns: %FALSE if nothing was drawn
 */
gboolean
kj_chart_layout_get_extents (KjChartLayout *layout,
                             double        *x0,
                             double        *y0,
                             double        *x1,
                             double        *y1)
{
  double l = INFINITY, t = INFINITY, r = -INFINITY, b = -INFINITY;

  g_return_val_if_fail (layout != NULL, FALSE);

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const KjChartLabel *it = &g_array_index (layout->labels, KjChartLabel, i);
      l = MIN (l, it->x);
      t = MIN (t, it->y);
      r = MAX (r, it->x + it->width);
      b = MAX (b, it->y + it->height);
    }
  for (guint i = 0; i < layout->items->len; i++)
    {
      const KjChartItem *it = &g_array_index (layout->items, KjChartItem, i);
      l = MIN (l, it->x);
      t = MIN (t, it->y);
      r = MAX (r, it->x + it->width);
      b = MAX (b, it->y + it->height);
    }
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const KjChartMark *m = &g_array_index (layout->marks, KjChartMark, i);
      double pad = m->kind == KJ_CHART_MARK_BAR ? 0 : m->size / 2;
      l = MIN (l, MIN (m->x0, m->x1) - pad);
      t = MIN (t, MIN (m->y0, m->y1) - pad);
      r = MAX (r, MAX (m->x0, m->x1) + pad);
      b = MAX (b, MAX (m->y0, m->y1) + pad);
    }
  if (x0) *x0 = l;
  if (y0) *y0 = t;
  if (x1) *x1 = r;
  if (y1) *y1 = b;
  return isfinite (l);
}

/**
 * kj_chart_layout_get_header_height:
 * What a long chart (one panel of rows or a heatmap) shows above its rows:
 * title, legend, axis or column headers.  A view keeps it in sight while the
 * rows scroll.
 *
 * Returns: its height, or 0 for a chart that is not long
 */
double
kj_chart_layout_get_header_height (KjChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->rows_top;
}

/* The nearest item (-1: none) in a direction, for the arrow keys: across a grid (the heatmap) or a line of
 * points (a trend); @axis_gap is how far apart the boxes are across the
 * direction, so a row of bars is one column for Up and Down. */
int
kj_chart_layout_find_neighbour (KjChartLayout    *layout,
                                int               from,
                                KjChartDirection  move)
{
  const KjChartItem *a;
  guint n;
  double best_score = INFINITY;
  int best = -1;

  g_return_val_if_fail (layout != NULL, -1);
  n = layout->items->len;
  if (from < 0 || (guint) from >= n)
    return -1;
  a = &g_array_index (layout->items, KjChartItem, from);

  for (guint i = 0; i < n; i++)
    {
      const KjChartItem *b = &g_array_index (layout->items, KjChartItem, i);
      double along, across, gap, score;
      gboolean beyond;

      if ((int) i == from)
        continue;
      switch (move)
        {
        case KJ_CHART_LEFT:
        case KJ_CHART_RIGHT:
          beyond = move == KJ_CHART_RIGHT ? b->x >= a->x + a->width - 1 : b->x + b->width <= a->x + 1;
          along = fabs ((b->x + b->width / 2) - (a->x + a->width / 2));
          across = fabs ((b->y + b->height / 2) - (a->y + a->height / 2));
          gap = MAX (0, MAX (b->y - (a->y + a->height), a->y - (b->y + b->height)));
          break;
        case KJ_CHART_UP:
        case KJ_CHART_DOWN:
        default:
          beyond = move == KJ_CHART_DOWN ? b->y >= a->y + a->height - 1 : b->y + b->height <= a->y + 1;
          along = fabs ((b->y + b->height / 2) - (a->y + a->height / 2));
          across = fabs ((b->x + b->width / 2) - (a->x + a->width / 2));
          gap = MAX (0, MAX (b->x - (a->x + a->width), a->x - (b->x + b->width)));
          break;
        }
      if (!beyond)
        continue;
      score = along + gap / 2 + across / 10;
      if (score < best_score)
        {
          best_score = score;
          best = i;
        }
    }
  return best;
}
