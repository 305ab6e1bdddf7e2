/* kj-chart-draw-category.c: the category panel: years along x, lines and bars
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "chart/kj-chart-painter.h"

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

/* Where @b lies on @axis, top and bottom; FALSE when it lies outside. */
static gboolean
band_span (const KjBand *b,
           Axis         *axis,
           double       *y0,
           double       *y1)
{
  double lo = isnan (b->min) ? axis->lo : MAX (b->min, axis->lo);
  double hi = isnan (b->max) ? axis->hi : MIN (b->max, axis->hi);

  if (hi <= lo)
    return FALSE;
  *y0 = _kj_axis_pos (axis, hi);
  *y1 = _kj_axis_pos (axis, lo);
  return TRUE;
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
      double y0, y1;
      KjRgba c = p->theme->grid;

      if (!band_span (b, axis, &y0, &y1))
        continue;
      kj_rgba_parse (b->color, &c);
      if (!p->dry)
        {
          _kj_set_tint (p, &c, 0.10);
          _kj_bar_rectangle (p, x0, y0, x1 - x0, y1 - y0);
          cairo_fill (p->cr);
        }
    }
}

/* Band names at the right (else the left) end of their band, where they sit
 * on no line or label; the legend names every band in any case. */
static void
name_bands (Painter *p,
            Panel   *panel,
            Axis    *axis,
            double   x0,
            double   x1)
{
  for (guint i = 0; panel->bands && i < kj_scale_get_n_bands (panel->bands); i++)
    {
      const KjBand *b = kj_scale_get_band (panel->bands, i);
      double y0, y1, w, h;

      if (!band_span (b, axis, &y0, &y1))
        continue;
      _kj_text_size (p, FONT_SMALL, b->label, -1, FALSE, &w, &h);
      if (y1 - y0 < h + 2)
        continue;
      for (int end = 0; end < 2; end++)
        {
          cairo_rectangle_t r = { end == 0 ? x1 - 4 - w : x0 + 4, y0 + 1, w, h };
          if (_kj_is_free (p, &r))
            {
              g_array_append_val (p->placed, r);
              _kj_draw_text (p, FONT_SMALL, b->label, r.x, r.y, ALIGN_START, -1, FALSE, &p->theme->muted);
              break;
            }
        }
    }
}

typedef struct
{
  const char *text;
  double      x, y;
} BarLabel;

void
_kj_draw_category_panel (Painter *p,
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
  g_autoptr(GArray) bar_labels = g_array_new (FALSE, FALSE, sizeof (BarLabel));

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
  _kj_axis_init (&axis, min, max, CLAMP ((int) (ph / 45), 4, 8), n_groups > 0);
  if (panel->format.decimals == 0 && axis.ticks.step < 1 && axis.hi - axis.lo >= 2)
    {
      /* a count has no half units: ticks on whole numbers */
      axis.ticks.step = 1;
      axis.ticks.lo = floor (axis.lo);
      axis.ticks.hi = ceil (axis.hi);
      axis.ticks.n = (int) (axis.ticks.hi - axis.ticks.lo) + 1;
      axis.lo = axis.ticks.lo;
      axis.hi = axis.ticks.hi;
      _kj_axis_set_room (&axis, CLAMP ((int) (ph / 45), 4, 8));
    }
  tf = _kj_tick_format (&panel->format, &axis.ticks);
  _kj_add_axis (p, &axis, TRUE);
  for (int i = 0; i < axis.ticks.n; i++)
    {
      g_autofree char *t = kj_value_format_short (&tf, kj_ticks_value (&axis.ticks, i));
      double w, h;
      _kj_text_size (p, FONT_SMALL, t, -1, FALSE, &w, &h);
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
      _kj_set_color (p, &p->theme->grid, 0.6);
      cairo_rectangle (p->cr, x0 + slot * panel->highlight, y0, slot, y1 - y0);
      cairo_fill (p->cr);
    }

  /* grid and tick labels: the grid's lines in one path, then the zero line
   * (darker) over them */
  for (int zero = 0; zero < 2 && !p->dry; zero++)
    {
      gboolean any = FALSE;

      for (int i = 0; i < axis.ticks.n; i++)
        {
          double v = kj_ticks_value (&axis.ticks, i), y = _kj_axis_pos (&axis, v);

          if (!_kj_axis_shows_tick (&axis, i) || (v == 0) != zero)
            continue;
          cairo_move_to (p->cr, x0, _kj_snap (p, y));
          cairo_line_to (p->cr, x1, _kj_snap (p, y));
          any = TRUE;
        }
      if (!any)
        continue;
      _kj_set_color (p, zero ? &p->theme->muted : &p->theme->grid, 1);
      cairo_set_line_width (p->cr, 1);
      _kj_stroke (p, FALSE);
    }
  for (int i = 0; i < axis.ticks.n; i++)
    {
      double v = kj_ticks_value (&axis.ticks, i), y = _kj_axis_pos (&axis, v);
      g_autofree char *t = NULL;

      if (!_kj_axis_shows_tick (&axis, i))
        continue;
      t = kj_value_format_short (&tf, v);
      _kj_draw_text (p, FONT_SMALL, t, x0 - 6, y - label_h / 2, ALIGN_END, -1, FALSE, &p->theme->muted);
    }

  /* category labels: every one that fits */
  for (guint c = 0; c < n; c++)
    {
      double w, h;
      _kj_text_size (p, FONT_SMALL, g_ptr_array_index (panel->categories, c), -1, FALSE, &w, &h);
      while (w + 6 > slot * step && step < n)
        step++;
    }
  for (guint c = 0; c < n; c += step)
    _kj_draw_text (p, FONT_SMALL, g_ptr_array_index (panel->categories, c), x0 + slot * (c + 0.5),
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
            top = _kj_axis_pos (&axis, MAX (base + v, base));
            bottom = _kj_axis_pos (&axis, MIN (base + v, base));
            if (series->style == MARK_STACKED)
              stack_base[c] += v;
            if (p->dry)
              continue;
            if (series->style == MARK_GHOST_BARS)
              _kj_ghost_bar (p, bx + 1, top, bar_w - 2, bottom - top, &series->color);
            else
              {
                _kj_bar_rectangle (p, bx + 1, top, bar_w - 2, bottom - top);
                _kj_set_color (p, &series->color, 1);
                cairo_fill_preserve (p->cr);
                _kj_set_color (p, series->style == MARK_STACKED ? &p->theme->background : &series->color, 1);
                cairo_set_line_width (p->cr, 1);
                _kj_stroke (p, FALSE);
              }
            _kj_add_mark (p, KJ_CHART_MARK_BAR, bx + 1, top, bx + bar_w - 1, bottom, 0,
                          series->style == MARK_GHOST_BARS);
            if (series->point_labels && series->point_labels[c] && *series->point_labels[c])
              {
                BarLabel l = { series->point_labels[c], bx + bar_w / 2, top };
                g_array_append_val (bar_labels, l);
              }
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
      _kj_set_color (p, &series->color, 1);
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
            {
              double px0, py0;
              cairo_get_current_point (p->cr, &px0, &py0);
              cairo_line_to (p->cr, x0 + slot * (c + 0.5), _kj_axis_pos (&axis, v));
              _kj_add_mark (p, KJ_CHART_MARK_SEGMENT, px0, py0, x0 + slot * (c + 0.5),
                            _kj_axis_pos (&axis, v), series->style == MARK_DASHED ? 2 : 2.5, FALSE);
            }
          else
            cairo_move_to (p->cr, x0 + slot * (c + 0.5), _kj_axis_pos (&axis, v));
          pen_down = TRUE;
        }
      _kj_stroke (p, FALSE);
      cairo_set_dash (p->cr, NULL, 0, 0);
      /* a series' markers in one path, drawn once, as dots (round caps on
       * points: two numbers where a circle takes fourteen, for a PDF to
       * write, and no curve for it to measure): a solid series' one dot, a
       * dashed series' a ring, the background's dot within its own */
      for (guint c = 0; c < n; c++)
        {
          double v = series->values[c], cx = x0 + slot * (c + 0.5), cy;
          if (isnan (v))
            continue;
          cy = _kj_axis_pos (&axis, v);
          cairo_move_to (p->cr, cx, cy);
          cairo_close_path (p->cr);
          _kj_add_mark (p, KJ_CHART_MARK_MARKER, cx, cy, cx, cy,
                        series->style == MARK_DASHED ? 8 : 11, FALSE);
        }
      _kj_set_color (p, &series->color, 1);
      cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_ROUND);
      if (series->style == MARK_DASHED)
        {
          /* a circle of radius 3 drawn 2 wide */
          cairo_set_line_width (p->cr, 8);
          _kj_stroke (p, TRUE);
          _kj_set_color (p, &p->theme->background, 1);
          cairo_set_line_width (p->cr, 4);
        }
      else
        cairo_set_line_width (p->cr, 9);
      _kj_stroke (p, FALSE);
      cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_BUTT);
    }
  /* labels after all marks, avoiding every line, marker and bar and each
   * other: the bars' first, then the lines'; a line's label goes below its
   * point where another line runs above it */
  for (guint i = 0; i < bar_labels->len; i++)
    {
      const BarLabel *l = &g_array_index (bar_labels, BarLabel, i);
      _kj_place_point_label (p, l->text, l->x, l->y, &p->theme->foreground, y0, y1, FALSE);
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
            _kj_place_point_label (p, series->point_labels[c], x0 + slot * (c + 0.5),
                               _kj_axis_pos (&axis, series->values[c]), &p->theme->foreground, y0, y1, below);
          }
    }
  name_bands (p, panel, &axis, x0, x1);

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
      _kj_add_item (p, x0 + slot * c, y0, slot, y1 - y0, g_ptr_array_index (panel->categories, c),
                g_string_free (tip, FALSE), NULL, NULL, panel->years ? panel->years[c] : 0);
    }
}
