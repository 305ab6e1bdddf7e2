/* kj-chart-draw.c: lays a chart out and paints it on any cairo_t
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Units are logical pixels on screen and points on paper.  Every text goes
 * through _kj_draw_text(), which records its box, so tests can check that no two
 * labels overlap and nothing is drawn outside the surface, and the widget can
 * hit-test what the user points at.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "chart/kj-chart-painter.h"

/* ── header: title, subtitle, legend ───────────────────────────────────── */

static double
draw_header (Painter *p)
{
  KjChart *chart = p->chart;
  double y = MARGIN, x, line_h = 0, avail = p->width - 2 * MARGIN;

  y += _kj_draw_text (p, FONT_TITLE, chart->title ? chart->title : "", MARGIN, y, ALIGN_START, avail,
                  TRUE, &p->theme->foreground) + 2;
  if (chart->subtitle)
    y += _kj_draw_text (p, FONT_SUBTITLE, chart->subtitle, MARGIN, y, ALIGN_START, avail, TRUE,
                    &p->theme->muted);
  y += 10;

  x = MARGIN;
  for (guint i = 0; i < chart->legend->len; i++)
    {
      LegendEntry *e = g_ptr_array_index (chart->legend, i);
      double w, h, chip = 12;

      _kj_text_size (p, FONT_SMALL, e->label, avail - chip - 6, FALSE, &w, &h);
      line_h = MAX (line_h, h);
      if (x > MARGIN && x + chip + 6 + w > p->width - MARGIN)
        {
          x = MARGIN;
          y += line_h + 4;
        }
      if (!p->dry)
        {
          double cy = y + h / 2;
          if (e->style == MARK_LINE || e->style == MARK_DASHED)
            {
              _kj_set_color (p, &e->color, 1);
              cairo_set_line_width (p->cr, 2);
              if (e->style == MARK_DASHED)
                cairo_set_dash (p->cr, (double[]) { 4, 3 }, 2, 0);
              cairo_move_to (p->cr, x, cy);
              cairo_line_to (p->cr, x + chip, cy);
              cairo_stroke (p->cr);
              cairo_set_dash (p->cr, NULL, 0, 0);
            }
          else
            {
              cairo_rectangle (p->cr, x, cy - chip / 2, chip, chip);
              _kj_set_color (p, &e->color, e->style == MARK_GHOST_BARS ? 0.3 : 1);
              cairo_fill_preserve (p->cr);
              _kj_set_color (p, &e->color, 1);
              cairo_set_line_width (p->cr, 1);
              cairo_stroke (p->cr);
            }
        }
      _kj_draw_text (p, FONT_SMALL, e->label, x + chip + 6, y, ALIGN_START, avail - chip - 6, FALSE,
                 &p->theme->foreground);
      x += chip + 6 + w + 16;
    }
  if (chart->legend->len > 0)
    y += line_h + 10;
  return y;
}

/* ── the whole chart ───────────────────────────────────────────────────── */

static double
panel_natural_height (Painter *p,
                      Panel   *panel)
{
  double title = panel->title ? 24 : 0;

  switch (panel->type)
    {
    case PANEL_ROWS:
      return title + 24 + (panel->row_last - panel->row_first) * kj_panel_row_height (panel);
    case PANEL_HEATMAP:
      return title + HEADER_MAX + 10 + (panel->row_last - panel->row_first) * CELL_HEIGHT;
    case PANEL_CATEGORY:
    default:
      return title + CATEGORY_MIN;
    }
}

static void
paint (Painter *p)
{
  KjChart *chart = p->chart;
  double y, avail, total_weight = 0;

  if (!p->dry)
    {
      g_array_set_size (chart->items, 0);
      g_array_set_size (chart->labels, 0);
      g_ptr_array_set_size (chart->label_texts, 0);
      g_ptr_array_set_size (chart->item_texts, 0);
      _kj_set_color (p, &p->theme->background, 1);
      cairo_paint (p->cr);
    }
  y = draw_header (p);
  avail = p->height - y - MARGIN;
  for (guint i = 0; i < chart->panels->len; i++)
    total_weight += ((Panel *) g_ptr_array_index (chart->panels, i))->weight;
  for (guint i = 0; i < chart->panels->len; i++)
    {
      Panel *panel = g_ptr_array_index (chart->panels, i);
      double ph = avail * panel->weight / total_weight, top = y;

      if (panel->title)
        {
          y += _kj_draw_text (p, FONT_BOLD, panel->title, MARGIN, y, ALIGN_START, p->width - 2 * MARGIN,
                          FALSE, &p->theme->foreground) + 6;
        }
      switch (panel->type)
        {
        case PANEL_CATEGORY:
          _kj_draw_category_panel (p, panel, MARGIN, y, p->width - 2 * MARGIN, top + ph - y - 8);
          break;
        case PANEL_ROWS:
          _kj_draw_rows_panel (p, panel, MARGIN, y, p->width - 2 * MARGIN, top + ph - y - 8);
          break;
        case PANEL_HEATMAP:
        default:
          _kj_draw_heatmap_panel (p, panel, MARGIN, y, p->width - 2 * MARGIN, top + ph - y - 8);
          break;
        }
      y = top + ph;
    }

  /* texts point into the array only once it stops growing */
  for (guint i = 0; !p->dry && i < chart->labels->len; i++)
    g_array_index (chart->labels, KjChartLabel, i).text = g_ptr_array_index (chart->label_texts, i);
}

/**
 * kj_chart_draw:
 * Paints @chart in the rectangle (0, 0, @width, @height) of @cr, and
 * remembers what it put where (items for hit-testing, labels for tests).
 */
void
kj_chart_draw (KjChart            *chart,
               cairo_t            *cr,
               double              width,
               double              height,
               const KjChartTheme *theme)
{
  Painter p;

  g_return_if_fail (chart != NULL && cr != NULL && theme != NULL);

  _kj_painter_init (&p, chart, cr, theme, width, height, FALSE);
  cairo_save (cr);
  paint (&p);
  cairo_restore (cr);
  _kj_painter_clear (&p);
}

static double
header_height (KjChart            *chart,
               const KjChartTheme *theme,
               double              width)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (s);
  Painter p;
  double h;

  _kj_painter_init (&p, chart, cr, theme, width, 1, TRUE);
  h = draw_header (&p);
  _kj_painter_clear (&p);
  cairo_destroy (cr);
  cairo_surface_destroy (s);
  return h;
}

/**
 * kj_chart_get_natural_height:
 * The height at which every row of a long chart has room for its label.
 */
double
kj_chart_get_natural_height (KjChart *chart,
                             double   width)
{
  double h;

  g_return_val_if_fail (chart != NULL, 0);

  h = header_height (chart, kj_chart_theme_light (), width) + MARGIN;
  for (guint i = 0; i < chart->panels->len; i++)
    h += panel_natural_height (NULL, g_ptr_array_index (chart->panels, i)) + 8;
  return ceil (h);
}

/* A chart of one long panel (rows or heatmap) pages; others have one page. */
static Panel *
long_panel (KjChart *chart)
{
  Panel *panel;

  if (chart->panels->len != 1)
    return NULL;
  panel = g_ptr_array_index (chart->panels, 0);
  return panel->type == PANEL_CATEGORY ? NULL : panel;
}

/* What a long panel needs besides its rows: the axis, or the upright headers. */
static double
panel_fixed_height (Panel *panel)
{
  return panel->type == PANEL_HEATMAP ? HEADER_MAX + 16 : 48;
}

static guint
rows_per_page (KjChart *chart,
               Panel   *panel,
               double   width,
               double   height)
{
  double room = height - header_height (chart, kj_chart_theme_print (), width) - MARGIN
                - panel_fixed_height (panel);
  double per_row = panel->type == PANEL_HEATMAP ? CELL_HEIGHT
                   : kj_panel_row_height (panel);

  return MAX (1, (guint) floor (room / per_row));
}

guint
kj_chart_get_n_pages (KjChart *chart,
                      double   width,
                      double   height)
{
  Panel *panel;
  guint n_rows;

  g_return_val_if_fail (chart != NULL, 1);

  panel = long_panel (chart);
  if (panel == NULL)
    return 1;
  n_rows = panel->type == PANEL_ROWS ? panel->rows->len : panel->row_labels->len;
  return MAX (1, (n_rows + rows_per_page (chart, panel, width, height) - 1)
                 / rows_per_page (chart, panel, width, height));
}

/**
 * kj_chart_draw_page:
 * Page @page of a long chart: its share of the rows, on the same axis as
 * every other page, under the same title with "page i of n".
 */
void
kj_chart_draw_page (KjChart            *chart,
                    cairo_t            *cr,
                    double              width,
                    double              height,
                    guint               page,
                    const KjChartTheme *theme)
{
  Panel *panel = long_panel (chart);
  guint n_pages, per_page, n_rows;
  char *subtitle;

  g_return_if_fail (chart != NULL);

  n_pages = kj_chart_get_n_pages (chart, width, height);
  if (panel == NULL || n_pages == 1)
    {
      kj_chart_draw (chart, cr, width, height, theme);
      return;
    }
  per_page = rows_per_page (chart, panel, width, height);
  n_rows = panel->type == PANEL_ROWS ? panel->rows->len : panel->row_labels->len;
  subtitle = chart->subtitle;
  /* Translators: appended to a chart's subtitle on each printed page */
  chart->subtitle = g_strdup_printf (_("%s · page %u of %u"), subtitle ? subtitle : "", page + 1, n_pages);
  panel->row_first = MIN (page * per_page, n_rows);
  panel->row_last = MIN (panel->row_first + per_page, n_rows);
  /* the last page keeps the others' row height */
  {
    double fixed = header_height (chart, theme, width) + MARGIN + panel_fixed_height (panel);
    kj_chart_draw (chart, cr, width,
                   MIN (height, fixed + (panel->row_last - panel->row_first) * (height - fixed) / per_page),
                   theme);
  }
  panel->row_first = 0;
  panel->row_last = n_rows;
  g_free (chart->subtitle);
  chart->subtitle = subtitle;
}
