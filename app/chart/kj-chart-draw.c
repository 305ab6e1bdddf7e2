/* kj-chart-draw.c: lays a chart out and paints it on any cairo_t
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Units are logical pixels on screen and points on paper.  Every text goes
 * through draw_text(), which records its box, so tests can check that no two
 * labels overlap and nothing is drawn outside the surface, and the widget can
 * hit-test what the user points at.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "chart/kj-chart-private.h"
#include "model/kj-format.h"

#define MARGIN        16.0
#define ROW_HEIGHT    24.0     /* natural height of a row of a rows panel */
#define CELL_HEIGHT   24.0
#define CATEGORY_MIN  260.0    /* natural height of a category panel */
#define HEADER_MAX    150.0    /* longest upright column header */

typedef enum
{
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_LABEL,
  FONT_SMALL,
  FONT_BOLD,
  N_FONTS
} Font;

typedef struct
{
  KjChart              *chart;
  cairo_t              *cr;
  const KjChartTheme   *theme;
  PangoFontDescription *fonts[N_FONTS];
  double                width;
  double                height;
  gboolean              dry;        /* measure only: nothing drawn or recorded */
  GArray               *placed;     /* cairo_rectangle_t of point labels, to avoid collisions */
  PangoLayout          *layout;     /* the current text's, from the chart's cache */
} Painter;

#define MAX_CACHED_LAYOUTS 4000

static void
painter_init (Painter            *p,
              KjChart            *chart,
              cairo_t            *cr,
              const KjChartTheme *theme,
              double              width,
              double              height,
              gboolean            dry)
{
  static const struct { double px; PangoWeight weight; } sizes[N_FONTS] = {
    { 18, PANGO_WEIGHT_BOLD }, { 12.5, PANGO_WEIGHT_NORMAL }, { 12, PANGO_WEIGHT_NORMAL },
    { 11, PANGO_WEIGHT_NORMAL }, { 12, PANGO_WEIGHT_BOLD },
  };

  memset (p, 0, sizeof *p);
  p->chart = chart;
  p->cr = cr;
  p->theme = theme;
  p->width = width;
  p->height = height;
  p->dry = dry;
  for (int i = 0; i < N_FONTS; i++)
    {
      p->fonts[i] = pango_font_description_from_string (theme->font_family);
      pango_font_description_set_absolute_size (p->fonts[i], sizes[i].px * PANGO_SCALE);
      pango_font_description_set_weight (p->fonts[i], sizes[i].weight);
    }
  p->placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));

  /* layouts made for another kind of surface or scale (a PDF after the
   * screen, a 2× PNG) are laid out anew; pango_cairo_update_context() would
   * invalidate them on every call, so it is called only then */
  {
    cairo_matrix_t m;
    int type = cairo_surface_get_type (cairo_get_target (cr));
    double scale;

    cairo_get_matrix (cr, &m);
    scale = hypot (m.xx, m.yx);
    if (chart->pango == NULL)
      chart->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
    guint cached = 0;

    for (guint i = 0; i < chart->layouts->len; i++)
      cached += g_hash_table_size (g_array_index (chart->layouts, LayoutStyle, i).texts);
    if (type != chart->pango_surface_type || scale != chart->pango_scale
        || cached > MAX_CACHED_LAYOUTS)
      {
        pango_cairo_update_context (cr, chart->pango);
        g_array_set_size (chart->layouts, 0);
        chart->pango_surface_type = type;
        chart->pango_scale = scale;
      }
  }
}

static void
painter_clear (Painter *p)
{
  for (int i = 0; i < N_FONTS; i++)
    pango_font_description_free (p->fonts[i]);
  g_array_unref (p->placed);
}

static const KjRgba *
resolve (Painter      *p,
         const KjRgba *c)
{
  int code = (int) -c->red;

  if (c->red >= 0)
    return c;
  if (code == 1)
    return &p->theme->target;
  if (code == 2)
    return &p->theme->muted;
  if (code == 3)
    return &p->theme->grid;
  if (code >= 10 && code < 10 + (int) G_N_ELEMENTS (p->theme->series))
    return &p->theme->series[code - 10];
  return &p->theme->foreground;
}

static void
set_color (Painter      *p,
           const KjRgba *c,
           double        alpha)
{
  c = resolve (p, c);
  cairo_set_source_rgba (p->cr, c->red, c->green, c->blue, c->alpha * alpha);
}

/* A light tint of @c over the background, as an opaque colour: large areas
 * (band shading) fill much faster opaque than blended. */
static void
set_tint (Painter      *p,
          const KjRgba *c,
          double        alpha)
{
  const KjRgba *bg = &p->theme->background;

  c = resolve (p, c);
  alpha *= c->alpha;
  cairo_set_source_rgb (p->cr, bg->red * (1 - alpha) + c->red * alpha,
                        bg->green * (1 - alpha) + c->green * alpha,
                        bg->blue * (1 - alpha) + c->blue * alpha);
}

/* On raster output, a bar's edges on whole pixels: sharper, and cairo fills
 * pixel-aligned rectangles without antialiasing, much faster. */
static void
bar_rectangle (Painter *p,
               double   x,
               double   y,
               double   w,
               double   h)
{
  if (p->theme->snap)
    {
      double x1 = round (x + w), y1 = round (y + h);
      x = round (x);
      y = round (y);
      w = MAX (x1 - x, 1);
      h = MAX (y1 - y, 1);
    }
  cairo_rectangle (p->cr, x, y, w, h);
}

/* Snap a hairline to the pixel grid on raster output only. */
static double
snap (Painter *p,
      double   v)
{
  return p->theme->snap ? floor (v) + 0.5 : v;
}

static void
prepare_text (Painter    *p,
              Font        font,
              const char *text,
              double      max_width,
              gboolean    wrap)
{
  int width = max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1;
  GArray *styles = p->chart->layouts;
  LayoutStyle *style = NULL;
  PangoLayout *layout;

  /* a few styles, each a table by text: no key to build for a lookup */
  for (guint i = 0; i < styles->len && style == NULL; i++)
    {
      LayoutStyle *s = &g_array_index (styles, LayoutStyle, i);
      if (s->family == p->theme->font_family && s->font == (int) font && s->width == width
          && s->wrap == wrap)
        style = s;
    }
  if (style == NULL)
    {
      LayoutStyle s = { p->theme->font_family, font, width, wrap,
                        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref) };
      g_array_append_val (styles, s);
      style = &g_array_index (styles, LayoutStyle, styles->len - 1);
    }
  layout = g_hash_table_lookup (style->texts, text);
  if (layout == NULL)
    {
      layout = pango_layout_new (p->chart->pango);
      pango_layout_set_font_description (layout, p->fonts[font]);
      pango_layout_set_text (layout, text, -1);
      pango_layout_set_width (layout, width);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, wrap ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, wrap ? -2 : -1);   /* wrapped: two lines at most */
      g_hash_table_insert (style->texts, g_strdup (text), layout);
    }
  p->layout = layout;
}

static void
text_size (Painter    *p,
           Font        font,
           const char *text,
           double      max_width,
           gboolean    wrap,
           double     *w,
           double     *h)
{
  PangoRectangle logical;

  prepare_text (p, font, text, max_width, wrap);
  pango_layout_get_pixel_extents (p->layout, NULL, &logical);
  *w = logical.width;
  *h = logical.height;
}

typedef enum { ALIGN_START, ALIGN_CENTER, ALIGN_END } Align;

/* Draws @text with (@x, @y) at its top-left, top-centre or top-right, and
 * records its box.  Returns the box's height. */
static double
draw_text (Painter      *p,
           Font          font,
           const char   *text,
           double        x,
           double        y,
           Align         align,
           double        max_width,
           gboolean      wrap,
           const KjRgba *color)
{
  PangoRectangle logical;
  KjChartLabel label;

  prepare_text (p, font, text, max_width, wrap);
  pango_layout_get_pixel_extents (p->layout, NULL, &logical);
  if (align == ALIGN_CENTER)
    x -= logical.width / 2.0;
  else if (align == ALIGN_END)
    x -= logical.width;
  if (p->dry)
    return logical.height;

  set_color (p, color, 1);
  cairo_move_to (p->cr, x - logical.x, y);
  pango_cairo_show_layout (p->cr, p->layout);

  label.x = x;
  label.y = y;
  label.width = logical.width;
  label.height = logical.height;
  label.text = NULL;
  g_ptr_array_add (p->chart->label_texts, g_strdup (pango_layout_get_text (p->layout)));
  g_array_append_val (p->chart->labels, label);
  return logical.height;
}

/* Text read from bottom to top, its foot centred at (@cx, @bottom); for
 * column headers too many for the width. */
static void
draw_text_vertical (Painter      *p,
                    Font          font,
                    const char   *text,
                    double        cx,
                    double        bottom,
                    double        max_length,
                    const KjRgba *color)
{
  PangoRectangle logical;
  KjChartLabel label;

  prepare_text (p, font, text, max_length, FALSE);
  pango_layout_get_pixel_extents (p->layout, NULL, &logical);
  if (p->dry)
    return;
  cairo_save (p->cr);
  cairo_translate (p->cr, cx - logical.height / 2.0, bottom);
  cairo_rotate (p->cr, -G_PI / 2);
  set_color (p, color, 1);
  cairo_move_to (p->cr, -logical.x, 0);
  pango_cairo_show_layout (p->cr, p->layout);
  cairo_restore (p->cr);

  label.x = cx - logical.height / 2.0;
  label.y = bottom - logical.width;
  label.width = logical.height;
  label.height = logical.width;
  label.text = NULL;
  g_ptr_array_add (p->chart->label_texts, g_strdup (pango_layout_get_text (p->layout)));
  g_array_append_val (p->chart->labels, label);
}

static gboolean
overlaps (const cairo_rectangle_t *a,
          const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* A point label where it collides with nothing already placed, else none. */
static void
place_point_label (Painter      *p,
                   const char   *text,
                   double        cx,
                   double        cy,
                   const KjRgba *color,
                   double        top,
                   double        bottom,
                   gboolean      below_first)
{
  double w, h;
  cairo_rectangle_t candidates[2];

  text_size (p, FONT_SMALL, text, -1, FALSE, &w, &h);
  candidates[below_first] = (cairo_rectangle_t) { cx - w / 2, cy - h - 6, w, h };
  candidates[!below_first] = (cairo_rectangle_t) { cx - w / 2, cy + 6, w, h };
  for (int c = 0; c < 2; c++)
    {
      cairo_rectangle_t *r = &candidates[c];
      gboolean free = r->y >= top && r->y + r->height <= bottom
                      && r->x >= 0 && r->x + r->width <= p->width;

      for (guint i = 0; free && i < p->placed->len; i++)
        free = !overlaps (r, &g_array_index (p->placed, cairo_rectangle_t, i));
      if (free)
        {
          g_array_append_val (p->placed, *r);
          draw_text (p, FONT_SMALL, text, r->x, r->y, ALIGN_START, -1, FALSE, color);
          return;
        }
    }
}

static void
add_item_static (Painter    *p,
                 double      x,
                 double      y,
                 double      w,
                 double      h,
                 const char *label,
                 const char *tooltip,    /* lives as long as the chart */
                 const char *satker,
                 const char *area,
                 int         year)
{
  KjChartItem item = { x, y, w, h, label, tooltip, satker, area, year };

  if (!p->dry)
    g_array_append_val (p->chart->items, item);
}

static void
add_item (Painter    *p,
          double      x,
          double      y,
          double      w,
          double      h,
          const char *label,
          char       *tooltip,    /* taken */
          const char *satker,
          const char *area,
          int         year)
{
  if (p->dry)
    {
      g_free (tooltip);
      return;
    }
  g_ptr_array_add (p->chart->item_texts, tooltip);
  add_item_static (p, x, y, w, h, label, tooltip, satker, area, year);
}

/* ── header: title, subtitle, legend ───────────────────────────────────── */

static double
draw_header (Painter *p)
{
  KjChart *chart = p->chart;
  double y = MARGIN, x, line_h = 0, avail = p->width - 2 * MARGIN;

  y += draw_text (p, FONT_TITLE, chart->title ? chart->title : "", MARGIN, y, ALIGN_START, avail,
                  TRUE, &p->theme->foreground) + 2;
  if (chart->subtitle)
    y += draw_text (p, FONT_SUBTITLE, chart->subtitle, MARGIN, y, ALIGN_START, avail, TRUE,
                    &p->theme->muted);
  y += 10;

  x = MARGIN;
  for (guint i = 0; i < chart->legend->len; i++)
    {
      LegendEntry *e = g_ptr_array_index (chart->legend, i);
      double w, h, chip = 12;

      text_size (p, FONT_SMALL, e->label, avail - chip - 6, FALSE, &w, &h);
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
              set_color (p, &e->color, 1);
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
              set_color (p, &e->color, e->style == MARK_GHOST_BARS ? 0.3 : 1);
              cairo_fill_preserve (p->cr);
              set_color (p, &e->color, 1);
              cairo_set_line_width (p->cr, 1);
              cairo_stroke (p->cr);
            }
        }
      draw_text (p, FONT_SMALL, e->label, x + chip + 6, y, ALIGN_START, avail - chip - 6, FALSE,
                 &p->theme->foreground);
      x += chip + 6 + w + 16;
    }
  if (chart->legend->len > 0)
    y += line_h + 10;
  return y;
}

/* ── the value axis ────────────────────────────────────────────────────── */

typedef struct
{
  KjTicks ticks;
  double  lo, hi;       /* the axis range: the first and the last tick */
  double  from, to;     /* screen coordinates of lo and hi */
} Axis;

static double
axis_pos (const Axis *a,
          double      v)
{
  return a->from + (v - a->lo) / (a->hi - a->lo) * (a->to - a->from);
}

static void
axis_init (Axis    *a,
           double   min,
           double   max,
           int      max_ticks,
           gboolean include_zero)
{
  if (!kj_ticks_compute (isnan (min) ? 0 : min, isnan (max) ? 1 : max, max_ticks, include_zero,
                         &a->ticks))
    kj_ticks_compute (0, 1, max_ticks, TRUE, &a->ticks);
  a->lo = kj_ticks_value (&a->ticks, 0);
  a->hi = kj_ticks_value (&a->ticks, a->ticks.n - 1);
}

static KjValueFormat
tick_format (const KjValueFormat *format,
             const KjTicks       *ticks)
{
  KjValueFormat f = *format;

  /* as many decimals as the step needs: 0,5 steps get one */
  if (f.kind != KJ_VALUE_RUPIAH)
    f.decimals = ticks->step >= 1 ? 0 : (int) ceil (-log10 (ticks->step) - 1e-9);
  return f;
}

/* ── panel: categories along x ─────────────────────────────────────────── */

static gboolean
is_bar (MarkStyle style)
{
  return style == MARK_BARS || style == MARK_GHOST_BARS || style == MARK_STACKED;
}

static void
category_range (Panel  *panel,
                double *min,
                double *max,
                guint  *n_groups)
{
  guint n = kj_panel_n_categories (panel);
  gboolean stacked = FALSE;

  *min = INFINITY;
  *max = -INFINITY;
  *n_groups = 0;
  for (guint s = 0; s < panel->series->len; s++)
    {
      Series *series = g_ptr_array_index (panel->series, s);
      if (series->style == MARK_STACKED)
        stacked = TRUE;
      else if (is_bar (series->style))
        (*n_groups)++;
      for (guint c = 0; c < n; c++)
        if (!isnan (series->values[c]))
          {
            *min = MIN (*min, series->values[c]);
            *max = MAX (*max, series->values[c]);
          }
    }
  if (stacked)
    {
      (*n_groups)++;
      for (guint c = 0; c < n; c++)
        {
          double sum = 0;
          for (guint s = 0; s < panel->series->len; s++)
            {
              Series *series = g_ptr_array_index (panel->series, s);
              if (series->style == MARK_STACKED && !isnan (series->values[c]))
                sum += series->values[c];
            }
          *max = MAX (*max, sum);
        }
    }
}

static void
draw_bands_horizontal (Painter *p,
                       Panel   *panel,
                       Axis    *axis,
                       double   x0,
                       double   x1)
{
  for (guint i = 0; panel->bands && i < kj_scale_get_n_bands (panel->bands); i++)
    {
      const KjBand *b = kj_scale_get_band (panel->bands, i);
      double lo = isnan (b->min) ? axis->lo : MAX (b->min, axis->lo);
      double hi = isnan (b->max) ? axis->hi : MIN (b->max, axis->hi);
      double y0, y1, w, h;
      KjRgba c = p->theme->grid;

      if (hi <= lo)
        continue;
      y0 = axis_pos (axis, hi);
      y1 = axis_pos (axis, lo);
      kj_rgba_parse (b->color, &c);
      if (!p->dry)
        {
          set_tint (p, &c, 0.10);
          bar_rectangle (p, x0, y0, x1 - x0, y1 - y0);
          cairo_fill (p->cr);
        }
      text_size (p, FONT_SMALL, b->label, -1, FALSE, &w, &h);
      if (y1 - y0 >= h + 2)
        {
          /* point labels keep off the band's name */
          cairo_rectangle_t r = { x1 - 4 - w, y0 + 1, w, h };
          g_array_append_val (p->placed, r);
          draw_text (p, FONT_SMALL, b->label, x1 - 4, y0 + 1, ALIGN_END, -1, FALSE, &p->theme->muted);
        }
    }
}

static void
draw_category_panel (Painter *p,
                     Panel   *panel,
                     double   px,
                     double   py,
                     double   pw,
                     double   ph)
{
  guint n = kj_panel_n_categories (panel), n_groups, group = 0;
  double min, max, left = 0, label_h = 0, slot, x0, x1, y0, y1, stack_base[64] = { 0 };
  KjValueFormat tf;
  Axis axis;
  guint step = 1;

  if (n == 0)
    return;
  category_range (panel, &min, &max, &n_groups);
  if (n_groups == 0 && isfinite (min) && max - min < 0.1 * MAX (fabs (max), fabs (min)))
    {
      /* one year, or values a hair apart: do not zoom into noise */
      double centre = (max + min) / 2, half = 0.05 * fabs (centre);
      if (panel->format.decimals == 0)
        half = MAX (half, 1);     /* counts: whole units either side */
      min = MIN (min, centre - half);
      max = MAX (max, centre + half);
    }
  axis_init (&axis, min, max, CLAMP ((int) (ph / 45), 4, 8), n_groups > 0);
  if (panel->format.decimals == 0 && axis.ticks.step < 1 && axis.hi - axis.lo >= 2)
    {
      /* a count has no half units: ticks on whole numbers */
      axis.ticks.step = 1;
      axis.ticks.lo = floor (axis.lo);
      axis.ticks.hi = ceil (axis.hi);
      axis.ticks.n = (int) (axis.ticks.hi - axis.ticks.lo) + 1;
      axis.lo = axis.ticks.lo;
      axis.hi = axis.ticks.hi;
    }
  tf = tick_format (&panel->format, &axis.ticks);
  for (int i = 0; i < axis.ticks.n; i++)
    {
      g_autofree char *t = kj_value_format_short (&tf, kj_ticks_value (&axis.ticks, i));
      double w, h;
      text_size (p, FONT_SMALL, t, -1, FALSE, &w, &h);
      left = MAX (left, w);
      label_h = h;
    }
  x0 = px + left + 10;
  x1 = px + pw - 12;
  y0 = py + label_h / 2 + 4;
  y1 = py + ph - label_h - 10;
  axis.from = y1;
  axis.to = y0;
  slot = (x1 - x0) / n;

  draw_bands_horizontal (p, panel, &axis, x0, x1);
  if (panel->highlight >= 0 && !p->dry)
    {
      set_color (p, &p->theme->grid, 0.6);
      cairo_rectangle (p->cr, x0 + slot * panel->highlight, y0, slot, y1 - y0);
      cairo_fill (p->cr);
    }

  /* grid and tick labels */
  for (int i = 0; i < axis.ticks.n; i++)
    {
      double v = kj_ticks_value (&axis.ticks, i), y = axis_pos (&axis, v);
      g_autofree char *t = kj_value_format_short (&tf, v);

      if (!p->dry)
        {
          set_color (p, v == 0 ? &p->theme->muted : &p->theme->grid, 1);
          cairo_set_line_width (p->cr, 1);
          cairo_move_to (p->cr, x0, snap (p, y));
          cairo_line_to (p->cr, x1, snap (p, y));
          cairo_stroke (p->cr);
        }
      draw_text (p, FONT_SMALL, t, x0 - 6, y - label_h / 2, ALIGN_END, -1, FALSE, &p->theme->muted);
    }

  /* category labels: every one that fits */
  for (guint c = 0; c < n; c++)
    {
      double w, h;
      text_size (p, FONT_SMALL, g_ptr_array_index (panel->categories, c), -1, FALSE, &w, &h);
      while (w + 6 > slot * step && step < n)
        step++;
    }
  for (guint c = 0; c < n; c += step)
    draw_text (p, FONT_SMALL, g_ptr_array_index (panel->categories, c), x0 + slot * (c + 0.5),
               y1 + 6, ALIGN_CENTER, -1, FALSE, &p->theme->muted);

  /* bars: one group per bar series, the stacked ones share one */
  {
    guint stacked_group = G_MAXUINT;
    double group_w = slot * 0.7, bar_w = n_groups ? group_w / n_groups : 0;

    for (guint s = 0; s < panel->series->len; s++)
      {
        Series *series = g_ptr_array_index (panel->series, s);
        guint g;

        if (!is_bar (series->style))
          continue;
        if (series->style == MARK_STACKED)
          {
            if (stacked_group == G_MAXUINT)
              stacked_group = group++;
            g = stacked_group;
          }
        else
          g = group++;
        for (guint c = 0; c < n && c < G_N_ELEMENTS (stack_base); c++)
          {
            double v = series->values[c], base, bx, top, bottom;

            if (isnan (v))
              continue;
            base = series->style == MARK_STACKED ? stack_base[c] : 0;
            bx = x0 + slot * c + (slot - group_w) / 2 + g * bar_w;
            top = axis_pos (&axis, MAX (base + v, base));
            bottom = axis_pos (&axis, MIN (base + v, base));
            if (series->style == MARK_STACKED)
              stack_base[c] += v;
            if (p->dry)
              continue;
            bar_rectangle (p, bx + 1, top, bar_w - 2, bottom - top);
            set_color (p, &series->color, series->style == MARK_GHOST_BARS ? 0.25 : 1);
            cairo_fill_preserve (p->cr);
            set_color (p, series->style == MARK_STACKED ? &p->theme->background : &series->color, 1);
            cairo_set_line_width (p->cr, 1);
            cairo_stroke (p->cr);
            if (series->point_labels && series->point_labels[c] && *series->point_labels[c])
              place_point_label (p, series->point_labels[c], bx + bar_w / 2, top,
                                 &p->theme->foreground, y0, y1, FALSE);
          }
      }
  }

  /* lines over the bars; an absent value breaks the line */
  for (guint s = 0; s < panel->series->len; s++)
    {
      Series *series = g_ptr_array_index (panel->series, s);
      gboolean pen_down = FALSE;

      if (is_bar (series->style) || p->dry)
        continue;
      set_color (p, &series->color, 1);
      cairo_set_line_width (p->cr, series->style == MARK_DASHED ? 2 : 2.5);
      cairo_set_line_join (p->cr, CAIRO_LINE_JOIN_ROUND);
      if (series->style == MARK_DASHED)
        cairo_set_dash (p->cr, (double[]) { 6, 4 }, 2, 0);
      for (guint c = 0; c < n; c++)
        {
          double v = series->values[c];
          if (isnan (v))
            {
              pen_down = FALSE;
              continue;
            }
          if (pen_down)
            cairo_line_to (p->cr, x0 + slot * (c + 0.5), axis_pos (&axis, v));
          else
            cairo_move_to (p->cr, x0 + slot * (c + 0.5), axis_pos (&axis, v));
          pen_down = TRUE;
        }
      cairo_stroke (p->cr);
      cairo_set_dash (p->cr, NULL, 0, 0);
      for (guint c = 0; c < n; c++)
        {
          double v = series->values[c], cx = x0 + slot * (c + 0.5), cy;
          if (isnan (v))
            continue;
          cy = axis_pos (&axis, v);
          cairo_arc (p->cr, cx, cy, series->style == MARK_DASHED ? 3 : 4.5, 0, 2 * G_PI);
          set_color (p, &p->theme->background, 1);
          cairo_fill_preserve (p->cr);
          set_color (p, &series->color, 1);
          cairo_set_line_width (p->cr, 2);
          if (series->style == MARK_DASHED)
            cairo_stroke (p->cr);
          else
            cairo_fill (p->cr);
        }
    }
  /* labels after all marks, avoiding every marker and each other; a label
   * goes below its point where another line runs above it */
  for (guint s = 0; s < panel->series->len; s++)
    {
      Series *series = g_ptr_array_index (panel->series, s);
      if (is_bar (series->style))
        continue;
      for (guint c = 0; c < n; c++)
        if (!isnan (series->values[c]))
          {
            cairo_rectangle_t marker = { x0 + slot * (c + 0.5) - 6, axis_pos (&axis, series->values[c]) - 6,
                                         12, 12 };
            g_array_append_val (p->placed, marker);
          }
    }
  for (guint s = 0; s < panel->series->len; s++)
    {
      Series *series = g_ptr_array_index (panel->series, s);
      if (is_bar (series->style) || series->point_labels == NULL)
        continue;
      for (guint c = 0; c < n; c++)
        if (!isnan (series->values[c]) && series->point_labels[c] && *series->point_labels[c])
          {
            gboolean below = FALSE;
            for (guint o = 0; o < panel->series->len; o++)
              {
                Series *other = g_ptr_array_index (panel->series, o);
                below |= o != s && !is_bar (other->style) && !isnan (other->values[c])
                         && other->values[c] > series->values[c];
              }
            place_point_label (p, series->point_labels[c], x0 + slot * (c + 0.5),
                               axis_pos (&axis, series->values[c]), &p->theme->foreground, y0, y1, below);
          }
    }

  /* one item per category, with every series' exact value */
  for (guint c = 0; c < n; c++)
    {
      GString *tip = g_string_new (g_ptr_array_index (panel->categories, c));
      for (guint s = 0; s < panel->series->len; s++)
        {
          Series *series = g_ptr_array_index (panel->series, s);
          g_autofree char *v = kj_value_format_full (&panel->format, series->values[c]);
          g_string_append_printf (tip, "\n%s: %s", series->name, v);
          if (series->point_labels && series->point_labels[c] && *series->point_labels[c])
            g_string_append_printf (tip, " (%s)", series->point_labels[c]);
        }
      add_item (p, x0 + slot * c, y0, slot, y1 - y0, g_ptr_array_index (panel->categories, c),
                g_string_free (tip, FALSE), NULL, NULL, panel->years ? panel->years[c] : 0);
    }
}

/* ── panel: rows of horizontal bars ────────────────────────────────────── */

static void
rows_range (Panel  *panel,
            double *min,
            double *max)
{
  *min = INFINITY;
  *max = -INFINITY;
  for (guint i = 0; i < panel->rows->len; i++)
    {
      Row *row = g_ptr_array_index (panel->rows, i);
      for (guint j = 0; j < panel->n_values; j++)
        if (!isnan (row->values[j]))
          {
            *min = MIN (*min, row->values[j]);
            *max = MAX (*max, row->values[j]);
          }
      if (!isnan (row->target))
        *max = MAX (*max, row->target);
    }
  if (!isnan (panel->reference))
    *max = MAX (*max, panel->reference);
  if (!isnan (panel->clip))
    *max = MIN (*max, panel->clip);
  if (!isfinite (*min))
    *min = *max = NAN;
}

static void
draw_rows_panel (Painter *p,
                 Panel   *panel,
                 double   px,
                 double   py,
                 double   pw,
                 double   ph)
{
  guint first = panel->row_first, last = MIN (panel->row_last, panel->rows->len);
  guint n = last > first ? last - first : 0, label_step = 1;
  double min, max, label_w = 0, value_w = 0, label_h = 12, row_h, x0, x1, top, bottom;
  KjValueFormat tf;
  Axis axis;

  if (n == 0)
    return;
  for (guint i = first; i < last; i++)
    {
      Row *row = g_ptr_array_index (panel->rows, i);
      double w, h;
      text_size (p, FONT_LABEL, row->label, -1, FALSE, &w, &h);
      label_w = MAX (label_w, w);
      label_h = h;
      if (row->value_label)
        {
          text_size (p, FONT_SMALL, row->value_label, -1, FALSE, &w, &h);
          value_w = MAX (value_w, w);
        }
    }
  /* long kabupaten and indicator names are cut with "…"; the tooltip has them whole */
  label_w = MIN (label_w, pw * 0.34);
  rows_range (panel, &min, &max);
  x0 = px + label_w + 12;
  x1 = px + pw - value_w - 14;
  {
    /* an index with a scale starts where the scale starts (Dektara at 25,
     * IKP at 1): from zero all its bars look alike; the bands show the rest */
    double scale_lo = NAN, scale_hi = NAN;
    gboolean from_zero = TRUE;

    if (panel->bands && kj_scale_get_range (panel->bands, &scale_lo, &scale_hi)
        && isfinite (scale_lo) && scale_lo > 0 && (isnan (min) || min >= scale_lo))
      {
        from_zero = FALSE;
        min = scale_lo;
      }
    axis_init (&axis, min, max, CLAMP ((int) ((x1 - x0) / 90), 4, 8), from_zero);
  }
  axis.from = x0;
  axis.to = x1;
  tf = tick_format (&panel->format, &axis.ticks);

  top = py + label_h + 8;
  /* a few rows do not stretch over the whole panel */
  row_h = MIN ((py + ph - top) / n, 2 * ROW_HEIGHT);
  bottom = top + row_h * n;
  while (row_h * label_step < label_h + 1 && label_step < n)
    label_step++;

  /* band shading behind the bars, each band named where it is wide enough */
  for (guint i = 0; panel->bands && i < kj_scale_get_n_bands (panel->bands); i++)
    {
      const KjBand *b = kj_scale_get_band (panel->bands, i);
      double lo = isnan (b->min) ? axis.lo : MAX (b->min, axis.lo);
      double hi = isnan (b->max) ? axis.hi : MIN (b->max, axis.hi);
      double bx0, bx1, w, h;
      KjRgba c = p->theme->grid;

      if (hi <= lo)
        continue;
      bx0 = axis_pos (&axis, lo);
      bx1 = axis_pos (&axis, hi);
      kj_rgba_parse (b->color, &c);
      if (!p->dry)
        {
          set_tint (p, &c, 0.10);
          bar_rectangle (p, bx0, top, bx1 - bx0, bottom - top);
          cairo_fill (p->cr);
          set_color (p, &c, 0.8);
          cairo_set_line_width (p->cr, 1);
          cairo_set_dash (p->cr, (double[]) { 3, 3 }, 2, 0);
          cairo_move_to (p->cr, snap (p, bx0), top);
          cairo_line_to (p->cr, snap (p, bx0), bottom);
          cairo_stroke (p->cr);
          cairo_set_dash (p->cr, NULL, 0, 0);
        }
      /* the legend names every band with its range; names here would
       * collide with the value labels of the longest bars */
      (void) w;
      (void) h;
    }

  /* value axis on top */
  {
    double tick_step = 1, last_end = -INFINITY;
    for (int i = 0; i < axis.ticks.n; i++)
      {
        double v = kj_ticks_value (&axis.ticks, i), x = axis_pos (&axis, v), w, h;
        g_autofree char *t = kj_value_format_short (&tf, v);

        if (!p->dry)
          {
            set_color (p, v == 0 ? &p->theme->muted : &p->theme->grid, 1);
            cairo_set_line_width (p->cr, 1);
            cairo_move_to (p->cr, snap (p, x), top);
            cairo_line_to (p->cr, snap (p, x), bottom);
            cairo_stroke (p->cr);
          }
        text_size (p, FONT_SMALL, t, -1, FALSE, &w, &h);
        if (x - w / 2 > last_end + 4 && x + w / 2 <= p->width)
          {
            draw_text (p, FONT_SMALL, t, x, py, ALIGN_CENTER, -1, FALSE, &p->theme->muted);
            last_end = x + w / 2;
          }
        (void) tick_step;
      }
  }

  if (!isnan (panel->reference) && !p->dry)
    {
      double x = axis_pos (&axis, panel->reference);
      set_color (p, &p->theme->foreground, 0.8);
      cairo_set_line_width (p->cr, 1.5);
      cairo_move_to (p->cr, snap (p, x), top);
      cairo_line_to (p->cr, snap (p, x), bottom);
      cairo_stroke (p->cr);
    }

  for (guint k = 0; k < n; k++)
    {
      Row *row = g_ptr_array_index (panel->rows, first + k);
      double ry = top + k * row_h, bar_h = MIN (row_h * 0.7, 18), by = ry + (row_h - bar_h) / 2;
      double sub_h = bar_h / panel->n_values, end = axis_pos (&axis, MAX (axis.lo, 0));
      GString *tip;

      for (guint j = 0; j < panel->n_values; j++)
        {
          double v = row->values[j], vx0, vx1;
          const KjRgba *c = panel->value_names || panel->n_values > 1 ? &panel->value_colors[j] : &row->color;
          gboolean ghost = panel->value_ghost[j];
          gboolean clipped = !isnan (panel->clip) && v > panel->clip;

          if (isnan (v))
            continue;
          vx0 = axis_pos (&axis, MIN (MAX (axis.lo, 0), v));
          vx1 = axis_pos (&axis, clipped ? panel->clip : MAX (MAX (axis.lo, 0), v));
          end = MAX (end, vx1);
          if (p->dry)
            continue;
          bar_rectangle (p, vx0, by + j * sub_h, MAX (vx1 - vx0, 1), sub_h - (panel->n_values > 1));
          set_color (p, c, ghost ? 0.3 : 1);
          if (ghost)
            {
              cairo_fill_preserve (p->cr);
              set_color (p, c, 1);
              cairo_set_line_width (p->cr, 1);
              cairo_stroke (p->cr);
            }
          else
            cairo_fill (p->cr);
          if (clipped)
            {
              /* a bar cut at the axis end points on */
              double yy = by + j * sub_h;
              cairo_move_to (p->cr, vx1, yy);
              cairo_line_to (p->cr, vx1 + 6, yy + sub_h / 2);
              cairo_line_to (p->cr, vx1, yy + sub_h);
              cairo_close_path (p->cr);
              cairo_fill (p->cr);
              end = vx1 + 6;
            }
        }
      if (!isnan (row->target) && !p->dry)
        {
          double tx = axis_pos (&axis, row->target);
          set_color (p, &p->theme->target, 1);
          cairo_set_line_width (p->cr, 2.5);
          cairo_move_to (p->cr, tx, by - 4);
          cairo_line_to (p->cr, tx, by + bar_h + 4);
          cairo_stroke (p->cr);
          end = MAX (end, tx);
        }
      if (k % label_step == 0)
        {
          double lh = label_h;
          draw_text (p, FONT_LABEL, row->label, px, ry + (row_h - lh) / 2, ALIGN_START, label_w,
                     FALSE, &p->theme->foreground);
          if (row->value_label)
            draw_text (p, FONT_SMALL, row->value_label, end + 5, ry + (row_h - lh) / 2 + 1,
                       ALIGN_START, -1, FALSE, &p->theme->foreground);
        }

      if (row->item_tooltip == NULL)
        {
          tip = g_string_new (row->label);
          if (row->sublabel)
            g_string_append_printf (tip, " (%s)", row->sublabel);
          if (row->tooltip)
            g_string_append_printf (tip, "\n%s", row->tooltip);
          row->item_tooltip = g_string_free (tip, FALSE);
        }
      add_item_static (p, px, ry, pw, row_h, row->label, row->item_tooltip, row->satker,
                       row->area, row->year);
    }
}

/* ── panel: heatmap ────────────────────────────────────────────────────── */

static void
draw_heatmap_panel (Painter *p,
                    Panel   *panel,
                    double   px,
                    double   py,
                    double   pw,
                    double   ph)
{
  guint cols = panel->col_labels->len, first = panel->row_first;
  guint last = MIN (panel->row_last, panel->row_labels->len), n = last > first ? last - first : 0;
  double label_w = 0, head_h = 0, cell_w, cell_h, x0, top;

  if (n == 0 || cols == 0)
    return;
  for (guint r = first; r < last; r++)
    {
      double w, h;
      text_size (p, FONT_LABEL, g_ptr_array_index (panel->row_labels, r), -1, FALSE, &w, &h);
      label_w = MAX (label_w, w);
    }
  label_w = MIN (label_w, pw * 0.28);
  x0 = px + label_w + 10;
  cell_w = (px + pw - x0) / cols;
  /* column headers stand upright: ids do not fit across narrow columns */
  for (guint c = 0; c < cols; c++)
    {
      double w, h;
      text_size (p, FONT_SMALL, g_ptr_array_index (panel->col_labels, c), HEADER_MAX, FALSE, &w, &h);
      head_h = MAX (head_h, w);
    }
  top = py + head_h + 6;
  cell_h = MIN ((py + ph - top) / n, 2 * CELL_HEIGHT);

  for (guint c = 0; c < cols; c++)
    draw_text_vertical (p, FONT_SMALL, g_ptr_array_index (panel->col_labels, c), x0 + cell_w * (c + 0.5),
                        top - 4, HEADER_MAX, &p->theme->muted);

  /* row names: every k-th where rows are too short for all */
  {
    double lw, lh;
    guint step = 1;

    text_size (p, FONT_LABEL, "Ag", -1, FALSE, &lw, &lh);
    while (cell_h * step < lh + 1 && step < n)
      step++;
    for (guint k = 0; k < n; k += step)
      draw_text (p, FONT_LABEL, g_ptr_array_index (panel->row_labels, first + k), px,
                 top + k * cell_h + (cell_h * MIN (step, n - k) - lh) / 2 * (step == 1),
                 ALIGN_START, label_w, FALSE, &p->theme->foreground);
  }

  /* cells: one fill per band colour, not one per cell */
  if (!p->dry)
    {
      guint n_bands = panel->cell_scale ? kj_scale_get_n_bands (panel->cell_scale) : 0;

      for (int b = -1; b < (int) n_bands; b++)
        {
          KjRgba color = p->theme->grid;
          gboolean any = FALSE;

          if (b >= 0)
            kj_rgba_parse (kj_scale_get_band (panel->cell_scale, b)->color, &color);
          for (guint k = 0; k < n; k++)
            for (guint c = 0; c < cols; c++)
              {
                double v = panel->cells[(first + k) * cols + c];
                int band = panel->cell_scale ? kj_scale_classify (panel->cell_scale, v) : -1;
                if (band != b)
                  continue;
                bar_rectangle (p, x0 + c * cell_w + 1, top + k * cell_h + 1, cell_w - 2, cell_h - 2);
                any = TRUE;
              }
          if (any)
            {
              set_tint (p, &color, b < 0 ? 0.5 : 0.9);
              cairo_fill (p->cr);
            }
        }
    }

  for (guint k = 0; k < n; k++)
    {
      guint r = first + k;
      double y = top + k * cell_h;

      for (guint c = 0; c < cols; c++)
        {
          double v = panel->cells[r * cols + c];
          int band = panel->cell_scale ? kj_scale_classify (panel->cell_scale, v) : -1;

          if (cell_w >= 30 && cell_h >= 14)
            {
              KjRgba color = p->theme->grid;
              g_autofree char *text = NULL;
              double lum, tw, th;
              KjRgba ink;

              if (band >= 0)
                kj_rgba_parse (kj_scale_get_band (panel->cell_scale, band)->color, &color);
              lum = 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue;
              ink = lum > 0.55 || isnan (v) ? (KjRgba) { 0, 0, 0, 0.85 } : (KjRgba) { 1, 1, 1, 1 };
              /* whole numbers, unless rounding would cross into another band:
               * 84,966 is "Baik" and must not read as 85 */
              if (isnan (v))
                text = g_strdup ("–");
              else
                {
                  int shown = panel->cell_scale ? kj_scale_classify (panel->cell_scale, round (v)) : band;
                  text = kj_format_number (v, shown == band ? 0 : 2);
                }
              text_size (p, FONT_SMALL, text, -1, FALSE, &tw, &th);
              if (tw <= cell_w - 4 && th <= cell_h)
                draw_text (p, FONT_SMALL, text, x0 + cell_w * (c + 0.5), y + (cell_h - th) / 2,
                           ALIGN_CENTER, -1, FALSE, &ink);
            }
          if (panel->cell_tips == NULL)
            panel->cell_tips = g_new0 (char *, panel->row_labels->len * cols);
          if (panel->cell_tips[r * cols + c] == NULL)
            {
              g_autofree char *full = kj_value_format_full (&panel->format, v);
              panel->cell_tips[r * cols + c] =
                g_strdup_printf ("%s\n%s: %s%s%s", (char *) g_ptr_array_index (panel->row_labels, r),
                                 (char *) g_ptr_array_index (panel->col_names, c), full,
                                 band >= 0 ? " · " : "",
                                 band >= 0 ? kj_scale_get_band (panel->cell_scale, band)->label : "");
            }
          add_item_static (p, x0 + c * cell_w, y, cell_w, cell_h, g_ptr_array_index (panel->row_labels, r),
                           panel->cell_tips[r * cols + c], g_ptr_array_index (panel->row_satker, r), NULL, 0);
        }
    }
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
      return title + 24 + (panel->row_last - panel->row_first) * (panel->n_values > 2 ? ROW_HEIGHT + 8 : ROW_HEIGHT);
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
      set_color (p, &p->theme->background, 1);
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
          y += draw_text (p, FONT_BOLD, panel->title, MARGIN, y, ALIGN_START, p->width - 2 * MARGIN,
                          FALSE, &p->theme->foreground) + 6;
        }
      switch (panel->type)
        {
        case PANEL_CATEGORY:
          draw_category_panel (p, panel, MARGIN, y, p->width - 2 * MARGIN, top + ph - y - 8);
          break;
        case PANEL_ROWS:
          draw_rows_panel (p, panel, MARGIN, y, p->width - 2 * MARGIN, top + ph - y - 8);
          break;
        case PANEL_HEATMAP:
          draw_heatmap_panel (p, panel, MARGIN, y, p->width - 2 * MARGIN, top + ph - y - 8);
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

  painter_init (&p, chart, cr, theme, width, height, FALSE);
  cairo_save (cr);
  paint (&p);
  cairo_restore (cr);
  painter_clear (&p);
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

  painter_init (&p, chart, cr, theme, width, 1, TRUE);
  h = draw_header (&p);
  painter_clear (&p);
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
                   : panel->n_values > 2 ? ROW_HEIGHT + 8 : ROW_HEIGHT;

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
