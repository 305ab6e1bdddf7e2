/* kj-chart-painter.c: fonts, colours, text, hit-test items and the value axis
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "chart/kj-chart-painter.h"

#define MAX_CACHED_LAYOUTS 4000

void
_kj_painter_init (Painter            *p,
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
  p->subtitle = chart->subtitle;
  p->rows_to = G_MAXUINT;
  for (int i = 0; i < N_FONTS; i++)
    {
      p->fonts[i] = pango_font_description_from_string (theme->font_family);
      pango_font_description_set_absolute_size (p->fonts[i], sizes[i].px * PANGO_SCALE);
      pango_font_description_set_weight (p->fonts[i], sizes[i].weight);
    }
  p->placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  p->marks = g_array_new (FALSE, FALSE, sizeof (KjChartMark));

  /* layouts made for another kind of surface or scale (a PDF after the
   * screen, a 2× PNG) are laid out anew; pango_cairo_update_context() would
   * invalidate them on every call, so it is called only then */
  {
    KjChartText *t = chart->text;
    cairo_matrix_t m;
    int type = cairo_surface_get_type (cairo_get_target (cr));
    /* on vectors, unhinted, a text's layout is the same at any scale */
    gboolean vector = type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_SVG
                      || type == CAIRO_SURFACE_TYPE_PS || type == CAIRO_SURFACE_TYPE_RECORDING;
    double scale;
    guint cached = 0;
    gboolean unhinted;

    {
      cairo_font_options_t *options = cairo_font_options_create (), *own = cairo_font_options_create ();

      cairo_surface_get_font_options (cairo_get_target (cr), options);
      cairo_get_font_options (cr, own);
      cairo_font_options_merge (options, own);
      unhinted = cairo_font_options_get_hint_metrics (options) == CAIRO_HINT_METRICS_OFF;
      cairo_font_options_destroy (own);
      cairo_font_options_destroy (options);
    }
    cairo_get_matrix (cr, &m);
    scale = hypot (m.xx, m.yx);
    if (t->pango == NULL)
      t->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());

    for (guint i = 0; i < t->layouts->len; i++)
      cached += g_hash_table_size (g_array_index (t->layouts, LayoutStyle, i).texts);
    if (vector && !dry)
      {
        double sx, sy;

        p->batches = t->batches;
        cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
        p->device_strokes = sx == 1 && sy == 1;
      }
    if (type != t->surface_type || (scale != t->scale && !vector) || unhinted != t->unhinted
        || cached > MAX_CACHED_LAYOUTS)
      {
        pango_cairo_update_context (cr, t->pango);
        /* metrics unhinted (a PDF, an SVG, a report's pages), glyphs where
         * the font puts them: rounded to whole units, as for the screen,
         * every glyph of a PDF carries a correction */
        pango_context_set_round_glyph_positions (t->pango, !unhinted);
        g_array_set_size (t->layouts, 0);
        t->surface_type = type;
        t->scale = scale;
        t->unhinted = unhinted;
      }
  }
}

void
_kj_painter_clear (Painter *p)
{
  for (int i = 0; i < N_FONTS; i++)
    pango_font_description_free (p->fonts[i]);
  g_array_unref (p->placed);
  g_array_unref (p->marks);
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

void
_kj_set_color (Painter      *p,
               const KjRgba *c,
               double        alpha)
{
  c = resolve (p, c);
  cairo_set_source_rgba (p->cr, c->red, c->green, c->blue, c->alpha * alpha);
}

/* A light tint of @c over the background, as an opaque colour: large areas
 * (band shading) fill much faster opaque than blended. */
void
_kj_set_tint (Painter      *p,
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
void
_kj_bar_rectangle (Painter *p,
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

/**
 * _kj_stroke:
 * Strokes the path (and keeps it if @preserve).  On a vector surface a
 * chart drawn scaled (a report draws its charts at 0.7 or less) is stroked in the
 * page's own units, with the width and dashes scaled to match: the same
 * line, but a PDF then writes no matrix of its own around every stroke.
 */
void
_kj_stroke (Painter *p,
            gboolean preserve)
{
  cairo_t *cr = p->cr;
  cairo_matrix_t m;
  double dashes[8], offset, scale;
  int n = cairo_get_dash_count (cr);

  cairo_get_matrix (cr, &m);
  scale = m.xx;
  if (!p->device_strokes || m.xy != 0 || m.yx != 0 || m.yy != scale || scale <= 0 || scale == 1
      || n > (int) G_N_ELEMENTS (dashes))
    {
      if (preserve)
        cairo_stroke_preserve (cr);
      else
        cairo_stroke (cr);
      return;
    }
  cairo_get_dash (cr, dashes, &offset);
  for (int i = 0; i < n; i++)
    dashes[i] *= scale;
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_line_width (cr, cairo_get_line_width (cr) * scale);
  if (n > 0)
    cairo_set_dash (cr, dashes, n, offset * scale);
  if (preserve)
    cairo_stroke_preserve (cr);
  else
    cairo_stroke (cr);
  cairo_restore (cr);
}

/* Snap a hairline to the pixel grid on raster output only. */
double
_kj_snap (Painter *p,
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
  GArray *styles = p->chart->text->layouts;
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
      layout = pango_layout_new (p->chart->text->pango);
      pango_layout_set_font_description (layout, p->fonts[font]);
      pango_layout_set_text (layout, text, -1);
      pango_layout_set_width (layout, width);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      /* wrapped: two lines at most, the second cut with "…" */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, wrap ? -2 : -1);
      g_hash_table_insert (style->texts, g_strdup (text), layout);
    }
  p->layout = layout;
}

void
_kj_text_size (Painter    *p,
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

/* Draws @text with (@x, @y) at its top-left, top-centre or top-right, and
 * records its box.  Returns the box's height. */
double
_kj_draw_text (Painter      *p,
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

  {
    const KjRgba *c = resolve (p, color);

    if (p->batches && c->alpha >= 1)
      kj_glyph_batches_layout (p->batches, p->cr, p->layout, x - logical.x, y, c->red, c->green, c->blue);
    else
      {
        _kj_set_color (p, color, 1);
        cairo_move_to (p->cr, x - logical.x, y);
        pango_cairo_show_layout (p->cr, p->layout);
      }
  }

  if (p->record == NULL)
    return logical.height;
  label.x = x;
  label.y = y;
  label.width = logical.width;
  label.height = logical.height;
  label.text = NULL;
  g_ptr_array_add (p->record->label_texts, g_strdup (pango_layout_get_text (p->layout)));
  g_array_append_val (p->record->labels, label);
  return logical.height;
}

/* Text read from bottom to top, its foot centred at (@cx, @bottom); for
 * column headers too many for the width. */
void
_kj_draw_text_vertical (Painter      *p,
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
  _kj_set_color (p, color, 1);
  cairo_move_to (p->cr, -logical.x, 0);
  pango_cairo_show_layout (p->cr, p->layout);
  cairo_restore (p->cr);

  if (p->record == NULL)
    return;
  label.x = cx - logical.height / 2.0;
  label.y = bottom - logical.width;
  label.width = logical.height;
  label.height = logical.width;
  label.text = NULL;
  g_ptr_array_add (p->record->label_texts, g_strdup (pango_layout_get_text (p->layout)));
  g_array_append_val (p->record->labels, label);
}

static gboolean
overlaps (const cairo_rectangle_t *a,
          const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

void
_kj_add_mark (Painter         *p,
              KjChartMarkKind  kind,
              double           x0,
              double           y0,
              double           x1,
              double           y1,
              double           size,
              gboolean         outlined)
{
  KjChartMark m = { kind, x0, y0, x1, y1, size, outlined };

  if (!p->dry)
    g_array_append_val (p->marks, m);
}

void
_kj_add_axis (Painter    *p,
              const Axis *axis,
              gboolean    vertical)
{
  KjChartAxis a = { axis->lo, axis->hi, axis->ticks.step, vertical };

  if (!p->dry && p->record)
    g_array_append_val (p->record->axes, a);
}

/* Whether the segment (x0, y0)–(x1, y1) crosses the rectangle @r
 * (Liang and Barsky's clipping). */
static gboolean
segment_crosses (double                   x0,
                 double                   y0,
                 double                   x1,
                 double                   y1,
                 const cairo_rectangle_t *r)
{
  double dx = x1 - x0, dy = y1 - y0, t0 = 0, t1 = 1;
  double pq[4][2] = { { -dx, x0 - r->x }, { dx, r->x + r->width - x0 },
                      { -dy, y0 - r->y }, { dy, r->y + r->height - y0 } };

  for (int i = 0; i < 4; i++)
    {
      double pp = pq[i][0], q = pq[i][1];
      if (pp == 0)
        {
          if (q < 0)
            return FALSE;
          continue;
        }
      if (pp < 0)
        t0 = MAX (t0, q / pp);
      else
        t1 = MIN (t1, q / pp);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

/* Whether @r (a label's box) is clear of every label placed and every mark
 * drawn. */
gboolean
_kj_is_free (Painter                 *p,
             const cairo_rectangle_t *r)
{
  for (guint i = 0; i < p->placed->len; i++)
    if (overlaps (r, &g_array_index (p->placed, cairo_rectangle_t, i)))
      return FALSE;
  for (guint i = 0; i < p->marks->len; i++)
    if (_kj_mark_hits (&g_array_index (p->marks, KjChartMark, i), r))
      return FALSE;
  return TRUE;
}

/* Whether the mark @m touches @r, with a hair of room around it. */
gboolean
_kj_mark_hits (const KjChartMark       *m,
               const cairo_rectangle_t *r)
{
  double pad = m->kind == KJ_CHART_MARK_BAR ? 1 : m->size / 2 + 1.5;
  cairo_rectangle_t grown = { r->x - pad, r->y - pad, r->width + 2 * pad, r->height + 2 * pad };

  if (m->kind == KJ_CHART_MARK_BAR)
    {
      cairo_rectangle_t bar = { MIN (m->x0, m->x1), MIN (m->y0, m->y1), fabs (m->x1 - m->x0),
                                fabs (m->y1 - m->y0) };
      return overlaps (&grown, &bar);
    }
  return segment_crosses (m->x0, m->y0, m->x1, m->y1, &grown);
}

/* An allocation's bar: lightly filled, outlined inside its edges, as the
 * theme says (more on dark backgrounds). */
void
_kj_ghost_bar (Painter      *p,
               double        x,
               double        y,
               double        w,
               double        h,
               const KjRgba *c)
{
  double line = p->theme->ghost_line;

  _kj_set_tint (p, c, p->theme->ghost_alpha);
  _kj_bar_rectangle (p, x, y, w, h);
  cairo_fill (p->cr);
  if (w <= line || h <= line)
    return;
  _kj_set_color (p, c, 1);
  cairo_set_line_width (p->cr, line);
  cairo_rectangle (p->cr, x + line / 2, y + line / 2, w - line, h - line);
  _kj_stroke (p, FALSE);
}

/**
 * _kj_place_point_label:
 * A point label where it sits on nothing: no other label, line, marker or
 * bar.  Tried above and below the point (@below_first: below first), then
 * beside it on the diagonals, then a little further above and below; where
 * nothing is free it is left out (the point's tooltip has the value).
 */
void
_kj_place_point_label (Painter      *p,
                       const char   *text,
                       double        cx,
                       double        cy,
                       const KjRgba *color,
                       double        top,
                       double        bottom,
                       gboolean      below_first)
{
  double w, h;
  cairo_rectangle_t candidates[10];
  double up = cy - 6, down = cy + 6;

  _kj_text_size (p, FONT_SMALL, text, -1, FALSE, &w, &h);
  for (int i = 0; i < 2; i++)
    {
      gboolean below = i == 0 ? below_first : !below_first;
      double y = below ? down : up - h;
      double far = below ? down + 12 : up - h - 12;

      candidates[i] = (cairo_rectangle_t) { cx - w / 2, y, w, h };
      candidates[2 + 2 * i] = (cairo_rectangle_t) { cx + 4, y, w, h };
      candidates[3 + 2 * i] = (cairo_rectangle_t) { cx - 4 - w, y, w, h };
      candidates[6 + i] = (cairo_rectangle_t) { cx - w / 2, far, w, h };
      candidates[8 + i] = (cairo_rectangle_t) { cx + 8, cy - h / 2 + (below ? 1 : -1) * (h / 2 + 2), w, h };
    }
  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      cairo_rectangle_t *r = &candidates[c];

      if (r->y >= top && r->y + r->height <= bottom && r->x >= 0 && r->x + r->width <= p->width
          && _kj_is_free (p, r))
        {
          g_array_append_val (p->placed, *r);
          _kj_draw_text (p, FONT_SMALL, text, r->x, r->y, ALIGN_START, -1, FALSE, color);
          return;
        }
    }
}

void
_kj_add_item_static (Painter    *p,
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

  if (!p->dry && p->record)
    g_array_append_val (p->record->items, item);
}

void
_kj_add_item (Painter    *p,
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
  if (p->dry || p->record == NULL)
    {
      g_free (tooltip);
      return;
    }
  g_ptr_array_add (p->record->item_texts, tooltip);
  _kj_add_item_static (p, x, y, w, h, label, tooltip, satker, area, year);
}

/* ── the value axis ────────────────────────────────────────────────────── */

double
_kj_axis_pos (const Axis *a,
              double      v)
{
  return a->from + (v - a->lo) / (a->hi - a->lo) * (a->to - a->from);
}

/* The range comes from the data (and the scale) alone, laid out for
 * AXIS_TICKS ticks, so that the screen, a PNG and a PDF page show the same
 * axis.  Where there is room for more (@max_ticks), the step is divided (by 2
 * or 5, into a step as nice), which keeps the range; where there is less,
 * every other tick is drawn. */
void
_kj_axis_init (Axis    *a,
               double   min,
               double   max,
               int      max_ticks,
               gboolean include_zero)
{
  if (!kj_ticks_compute (isnan (min) ? 0 : min, isnan (max) ? 1 : max, AXIS_TICKS, include_zero,
                         &a->ticks))
    kj_ticks_compute (0, 1, AXIS_TICKS, TRUE, &a->ticks);
  a->lo = kj_ticks_value (&a->ticks, 0);
  a->hi = kj_ticks_value (&a->ticks, a->ticks.n - 1);
  for (;;)
    {
      double mantissa = a->ticks.step / pow (10, floor (log10 (a->ticks.step) + 1e-9));
      /* 1 → 0,5, 2 → 1, 2,5 → 0,5, 5 → 2,5 */
      int by = fabs (mantissa - 2.5) < 1e-6 ? 5 : 2;
      int n = (a->ticks.n - 1) * by + 1;

      if (n > max_ticks)
        break;
      a->ticks.step /= by;
      a->ticks.n = n;
      a->ticks.lo = a->lo;
      a->ticks.hi = a->hi;
    }
  _kj_axis_set_room (a, max_ticks);
}

/* Fewer ticks drawn where only @max_ticks fit. */
void
_kj_axis_set_room (Axis *a,
                   int   max_ticks)
{
  int gaps = MAX (a->ticks.n - 1, 1);

  a->stride = 1;
  while ((gaps + a->stride - 1) / a->stride + 1 > MAX (max_ticks, 2) && a->stride < gaps)
    a->stride++;
}

/* Whether tick @i is drawn: every stride-th, and the last, which ends the
 * range (the one before it gives way where they would crowd). */
gboolean
_kj_axis_shows_tick (const Axis *a,
                     int         i)
{
  int last = a->ticks.n - 1;

  if (i == last || i == 0)
    return TRUE;
  return i % a->stride == 0 && (last - i) * 2 >= a->stride;
}

KjValueFormat
_kj_tick_format (const KjValueFormat *format,
                 const KjTicks       *ticks)
{
  KjValueFormat f = *format;

  /* as many decimals as the step needs: 0,5 and 2,5 steps get one */
  if (f.kind != KJ_VALUE_RUPIAH)
    {
      f.decimals = 0;
      while (f.decimals < 6 && fabs (ticks->step * pow (10, f.decimals)
                                     - round (ticks->step * pow (10, f.decimals))) > 1e-6)
        f.decimals++;
    }
  return f;
}
