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

#include <cairo-pdf.h>

#include "chart/kj-chart-painter.h"

/* ── header: title, subtitle, legend ───────────────────────────────────── */

static double
draw_header (Painter *p)
{
  KjChart *chart = p->chart;
  double y = MARGIN, x, line_h = 0, avail = p->width - 2 * MARGIN;

  y += _kj_draw_text (p, FONT_TITLE, chart->title ? chart->title : "", MARGIN, y, ALIGN_START, avail,
                  TRUE, &p->theme->foreground) + 2;
  if (p->subtitle)
    y += _kj_draw_text (p, FONT_SUBTITLE, p->subtitle, MARGIN, y, ALIGN_START, avail, TRUE,
                    &p->theme->muted);
  y += 10;

  x = MARGIN;
  for (guint i = 0; i < chart->legend->len; i++)
    {
      LegendEntry *e = g_ptr_array_index (chart->legend, i);
      double w, h, chip = e->style == MARK_NONE ? -6 : 12;

      _kj_text_size (p, FONT_SMALL, e->label, avail - chip - 6, FALSE, &w, &h);
      line_h = MAX (line_h, h);
      if (x > MARGIN && x + chip + 6 + w > p->width - MARGIN)
        {
          x = MARGIN;
          y += line_h + 4;
        }
      if (!p->dry && e->style != MARK_NONE)
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
              _kj_stroke (p, FALSE);
              cairo_set_dash (p->cr, NULL, 0, 0);
            }
          else
            {
              if (e->style == MARK_GHOST_BARS)
                _kj_ghost_bar (p, x, cy - chip / 2, chip, chip, &e->color);
              else
                {
                  cairo_rectangle (p->cr, x, cy - chip / 2, chip, chip);
                  _kj_set_color (p, &e->color, 1);
                  cairo_fill_preserve (p->cr);
                  cairo_set_line_width (p->cr, 1);
                  _kj_stroke (p, FALSE);
                }
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
      return title + 24 + panel->rows->len * kj_panel_row_height (panel);
    case PANEL_HEATMAP:
      return title + HEADER_MAX + 10 + panel->row_labels->len * CELL_HEIGHT;
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

  if (p->record)
    g_array_append_vals (p->record->marks, p->marks->data, p->marks->len);
  /* texts point into the array only once it stops growing */
  for (guint i = 0; p->record && i < p->record->labels->len; i++)
    g_array_index (p->record->labels, KjChartLabel, i).text = g_ptr_array_index (p->record->label_texts, i);
}

static void draw_page (KjChart *chart, cairo_t *cr, KjChartLayout *record, double width,
                       double height, guint page, const KjChartTheme *theme);

/**
 * kj_chart_draw:
 * Paints @chart in the rectangle (0, 0, @width, @height) of @cr.
 */
void
kj_chart_draw (KjChart            *chart,
               cairo_t            *cr,
               double              width,
               double              height,
               const KjChartTheme *theme)
{
  g_return_if_fail (chart != NULL && cr != NULL && theme != NULL);

  draw_page (chart, cr, NULL, width, height, G_MAXUINT, theme);
}

/**
 * kj_chart_draw_layout:
 * Paints @chart as kj_chart_draw() does, and says what it put where.
 *
 * Returns: (transfer full): the layout of this drawing: items for hit tests,
 *   every text with its box
 */
KjChartLayout *
kj_chart_draw_layout (KjChart            *chart,
                      cairo_t            *cr,
                      double              width,
                      double              height,
                      const KjChartTheme *theme)
{
  KjChartLayout *layout;

  g_return_val_if_fail (chart != NULL && cr != NULL && theme != NULL, NULL);

  layout = _kj_chart_layout_alloc (chart, theme, width, height, G_MAXUINT);
  draw_page (chart, cr, layout, width, height, G_MAXUINT, theme);
  return layout;
}

/**
 * kj_chart_layout_draw:
 * Paints the chart of @layout as it was laid out: same size, page and theme.
 */
void
kj_chart_layout_draw (KjChartLayout *layout,
                      cairo_t       *cr)
{
  g_return_if_fail (layout != NULL && cr != NULL);

  draw_page (layout->chart, cr, NULL, layout->width, layout->height, layout->page, layout->theme);
}

/* A surface to lay out on that measures text as @theme's target does:
 * pixels for the screen themes, points for print. */
static cairo_surface_t *
measuring_surface (const KjChartTheme *theme,
                   double              width,
                   double              height)
{
  if (theme->snap)
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  /* a PDF written nowhere: its font options are the PDF export's */
  return cairo_pdf_surface_create_for_stream (NULL, NULL, width, height);
}

/**
 * kj_chart_layout_new:
 * @page: a page of kj_chart_get_n_pages(), or G_MAXUINT for the whole chart
 *
 * Lays @chart out at a size without showing it: what a report page, a slide
 * or a test needs before (or instead of) drawing.
 *
 * Returns: (transfer full): the layout
 */
KjChartLayout *
kj_chart_layout_new (KjChart            *chart,
                     double              width,
                     double              height,
                     guint               page,
                     const KjChartTheme *theme)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  KjChartLayout *layout;

  g_return_val_if_fail (chart != NULL && theme != NULL, NULL);

  layout = _kj_chart_layout_alloc (chart, theme, width, height, page);
  surface = measuring_surface (theme, width, height);
  cr = cairo_create (surface);
  draw_page (chart, cr, layout, width, height, page, theme);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
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
static double
natural_height (KjChart *chart,
                double   header)
{
  double h = header + MARGIN;

  for (guint i = 0; i < chart->panels->len; i++)
    h += panel_natural_height (NULL, g_ptr_array_index (chart->panels, i)) + 8;
  return ceil (h);
}

double
kj_chart_get_natural_height (KjChart *chart,
                             double   width)
{
  g_return_val_if_fail (chart != NULL, 0);

  return natural_height (chart, header_height (chart, kj_chart_theme_light (), width));
}

/**
 * kj_chart_get_natural_height_on:
 * The natural height of @chart in @theme, its texts laid out for @cr's
 * surface, where it is to be drawn (nothing is drawn): measuring and
 * drawing then share the shaped texts.
 */
double
kj_chart_get_natural_height_on (KjChart            *chart,
                                cairo_t            *cr,
                                const KjChartTheme *theme,
                                double              width)
{
  Painter p;
  double header;

  g_return_val_if_fail (chart != NULL && cr != NULL && theme != NULL, 0);

  _kj_painter_init (&p, chart, cr, theme, width, 1, TRUE);
  header = draw_header (&p);
  _kj_painter_clear (&p);
  return natural_height (chart, header);
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

/* Draws (and, with @record, lays out) @chart, or its page @page. */
static void
draw_page (KjChart            *chart,
           cairo_t            *cr,
           KjChartLayout      *record,
           double              width,
           double              height,
           guint               page,
           const KjChartTheme *theme)
{
  Panel *panel = long_panel (chart);
  guint n_pages = page == G_MAXUINT ? 1 : kj_chart_get_n_pages (chart, width, height);
  Painter p;

  if (panel != NULL && n_pages > 1)
    {
      guint per_page = rows_per_page (chart, panel, width, height);
      guint n_rows = panel->type == PANEL_ROWS ? panel->rows->len : panel->row_labels->len;
      double fixed = header_height (chart, theme, width) + MARGIN + panel_fixed_height (panel);

      /* the page's number is in its footer (kj-chart-export.c), once */
      page = MIN (page, n_pages - 1);
      _kj_painter_init (&p, chart, cr, theme, width, height, FALSE);
      p.rows_from = MIN (page * per_page, n_rows);
      p.rows_to = MIN (p.rows_from + per_page, n_rows);
      /* the last page keeps the others' row height */
      p.height = MIN (height, fixed + (p.rows_to - p.rows_from) * (height - fixed) / per_page);
    }
  else
    _kj_painter_init (&p, chart, cr, theme, width, height, FALSE);
  p.record = record;
  cairo_save (cr);
  paint (&p);
  if (p.batches)
    kj_glyph_batches_flush (p.batches, cr);
  cairo_restore (cr);
  _kj_painter_clear (&p);
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
  g_return_if_fail (chart != NULL && cr != NULL && theme != NULL);

  draw_page (chart, cr, NULL, width, height, page, theme);
}
