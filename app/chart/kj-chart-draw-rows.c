/* kj-chart-draw-rows.c: the rows panel (horizontal bars) and the heatmap
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "chart/kj-chart-painter.h"
#include "model/kj-format.h"

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

typedef struct
{
  const char        *text;
  cairo_rectangle_t  r;
} ValueLabel;

void
_kj_draw_rows_panel (Painter *p,
                     Panel   *panel,
                     double   px,
                     double   py,
                     double   pw,
                     double   ph)
{
  guint first = MIN (p->rows_from, panel->rows->len), last = MIN (p->rows_to, panel->rows->len);
  guint n = last > first ? last - first : 0, label_step = 1;
  double min, max, label_w = 0, value_w = 0, label_h = 12, lines_h = 0, row_h, x0, x1, top, bottom;
  KjValueFormat tf;
  Axis axis;
  g_autoptr(GArray) value_labels = NULL;

  if (n == 0)
    return;
  value_labels = g_array_new (FALSE, FALSE, sizeof (ValueLabel));
  for (guint i = first; i < last; i++)
    {
      Row *row = g_ptr_array_index (panel->rows, i);
      double w, h;
      _kj_text_size (p, FONT_LABEL, row->label, -1, FALSE, &w, &h);
      label_w = MAX (label_w, w);
      label_h = h;
      if (row->value_label)
        {
          _kj_text_size (p, FONT_SMALL, row->value_label, -1, FALSE, &w, &h);
          value_w = MAX (value_w, w);
        }
    }
  /* long kabupaten and indicator names are cut with "…" (after two lines
   * where the panel wraps them); the tooltip has them whole */
  label_w = MIN (label_w, pw * 0.34);
  for (guint i = first; i < last; i++)
    {
      double w, h;
      _kj_text_size (p, FONT_LABEL, ((Row *) g_ptr_array_index (panel->rows, i))->label, label_w,
                 panel->wrap_labels, &w, &h);
      lines_h = MAX (lines_h, h);
    }
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
    _kj_axis_init (&axis, min, max, CLAMP ((int) ((x1 - x0) / 90), 4, 8), from_zero);
  }
  axis.from = x0;
  axis.to = x1;
  tf = _kj_tick_format (&panel->format, &axis.ticks);
  _kj_add_axis (p, &axis, FALSE);

  top = py + label_h + 8;
  if (p->record && p->chart->panels->len == 1)
    p->record->rows_top = top;
  /* a few rows do not stretch over the whole panel */
  row_h = MIN ((py + ph - top) / n, 2 * kj_panel_row_height (panel));
  bottom = top + row_h * n;
  while (row_h * label_step < lines_h + 1 && label_step < n)
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
      bx0 = _kj_axis_pos (&axis, lo);
      bx1 = _kj_axis_pos (&axis, hi);
      kj_rgba_parse (b->color, &c);
      if (!p->dry)
        {
          _kj_set_tint (p, &c, 0.10);
          _kj_bar_rectangle (p, bx0, top, bx1 - bx0, bottom - top);
          cairo_fill (p->cr);
          _kj_set_color (p, &c, 0.8);
          cairo_set_line_width (p->cr, 1);
          cairo_set_dash (p->cr, (double[]) { 3, 3 }, 2, 0);
          cairo_move_to (p->cr, _kj_snap (p, bx0), top);
          cairo_line_to (p->cr, _kj_snap (p, bx0), bottom);
          _kj_stroke (p, FALSE);
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
        double v = kj_ticks_value (&axis.ticks, i), x = _kj_axis_pos (&axis, v), w, h;
        g_autofree char *t = NULL;

        if (!_kj_axis_shows_tick (&axis, i))
          continue;
        t = kj_value_format_short (&tf, v);
        if (!p->dry)
          {
            _kj_set_color (p, v == 0 ? &p->theme->muted : &p->theme->grid, 1);
            cairo_set_line_width (p->cr, 1);
            cairo_move_to (p->cr, _kj_snap (p, x), top);
            cairo_line_to (p->cr, _kj_snap (p, x), bottom);
            _kj_stroke (p, FALSE);
          }
        _kj_text_size (p, FONT_SMALL, t, -1, FALSE, &w, &h);
        if (x - w / 2 > last_end + 4 && x + w / 2 <= p->width)
          {
            _kj_draw_text (p, FONT_SMALL, t, x, py, ALIGN_CENTER, -1, FALSE, &p->theme->muted);
            last_end = x + w / 2;
          }
        (void) tick_step;
      }
  }

  if (!isnan (panel->reference) && !p->dry)
    {
      double x = _kj_axis_pos (&axis, panel->reference);
      _kj_set_color (p, &p->theme->foreground, 0.8);
      cairo_set_line_width (p->cr, 1.5);
      cairo_move_to (p->cr, _kj_snap (p, x), top);
      cairo_line_to (p->cr, _kj_snap (p, x), bottom);
      _kj_stroke (p, FALSE);
      _kj_add_mark (p, KJ_CHART_MARK_REFERENCE, x, top, x, bottom, 1.5, FALSE);
    }

  for (guint k = 0; k < n; k++)
    {
      Row *row = g_ptr_array_index (panel->rows, first + k);
      double ry = top + k * row_h, bar_h = MIN (row_h * 0.7, 18), by = ry + (row_h - bar_h) / 2;
      double sub_h = bar_h / panel->n_values, end = _kj_axis_pos (&axis, MAX (axis.lo, 0));
      GString *tip;

      for (guint j = 0; j < panel->n_values; j++)
        {
          double v = row->values[j], vx0, vx1;
          const KjRgba *c = panel->value_names || panel->n_values > 1 ? &panel->value_colors[j] : &row->color;
          gboolean ghost = panel->value_ghost[j];
          gboolean clipped = !isnan (panel->clip) && v > panel->clip;

          if (isnan (v))
            continue;
          vx0 = _kj_axis_pos (&axis, MIN (MAX (axis.lo, 0), v));
          vx1 = _kj_axis_pos (&axis, clipped ? panel->clip : MAX (MAX (axis.lo, 0), v));
          end = MAX (end, vx1);
          if (p->dry)
            continue;
          if (ghost)
            _kj_ghost_bar (p, vx0, by + j * sub_h, MAX (vx1 - vx0, 1), sub_h - (panel->n_values > 1), c);
          else
            {
              _kj_bar_rectangle (p, vx0, by + j * sub_h, MAX (vx1 - vx0, 1), sub_h - (panel->n_values > 1));
              _kj_set_color (p, c, 1);
              cairo_fill (p->cr);
            }
          _kj_add_mark (p, KJ_CHART_MARK_BAR, vx0, by + j * sub_h, vx0 + MAX (vx1 - vx0, 1) + (clipped ? 6 : 0),
                        by + (j + 1) * sub_h - (panel->n_values > 1), 0, ghost);
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
          double tx = _kj_axis_pos (&axis, row->target);
          _kj_set_color (p, &p->theme->target, 1);
          cairo_set_line_width (p->cr, 2.5);
          cairo_move_to (p->cr, tx, by - 4);
          cairo_line_to (p->cr, tx, by + bar_h + 4);
          _kj_stroke (p, FALSE);
          _kj_add_mark (p, KJ_CHART_MARK_REFERENCE, tx, by - 4, tx, by + bar_h + 4, 2.5, FALSE);
          end = MAX (end, tx);
        }
      if (k % label_step == 0)
        {
          double lw, lh;
          gboolean two;

          /* two lines only where they fit the row, else one */
          _kj_text_size (p, FONT_LABEL, row->label, label_w, panel->wrap_labels, &lw, &lh);
          two = panel->wrap_labels && lh <= row_h;
          _kj_draw_text (p, FONT_LABEL, row->label, px, ry + (row_h - (two ? lh : label_h)) / 2,
                     ALIGN_START, label_w, two, &p->theme->foreground);
          lh = label_h;
          if (row->value_label)
            {
              double vw, vh;
              ValueLabel v;

              _kj_text_size (p, FONT_SMALL, row->value_label, -1, FALSE, &vw, &vh);
              v = (ValueLabel) { row->value_label, { end + 5, ry + (row_h - lh) / 2 + 1, vw, vh } };
              g_array_append_val (value_labels, v);
            }
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
      _kj_add_item_static (p, px, ry, pw, row_h, row->label, row->item_tooltip, row->satker,
                       row->area, row->year);
    }

  /* value labels once every row is drawn: past the bar's end, and past the
   * 100 % line, a target or a neighbour's bar where it would sit on one (a
   * label taller than thin rows spans several); left out where none of that
   * leaves room (the row's tooltip has the value) */
  for (guint i = 0; i < value_labels->len; i++)
    {
      ValueLabel *v = &g_array_index (value_labels, ValueLabel, i);

      for (gboolean moved = TRUE; moved;)
        {
          moved = FALSE;
          for (guint m = 0; m < p->marks->len; m++)
            {
              const KjChartMark *mark = &g_array_index (p->marks, KjChartMark, m);
              if (_kj_mark_hits (mark, &v->r))
                {
                  v->r.x = MAX (mark->x0, mark->x1) + (mark->kind == KJ_CHART_MARK_BAR ? 0 : mark->size / 2) + 4;
                  moved = TRUE;
                }
            }
        }
      if (v->r.x + v->r.width <= p->width)
        _kj_draw_text (p, FONT_SMALL, v->text, v->r.x, v->r.y, ALIGN_START, -1, FALSE,
                       &p->theme->foreground);
    }
}

/* ── panel: heatmap ────────────────────────────────────────────────────── */

void
_kj_draw_heatmap_panel (Painter *p,
                        Panel   *panel,
                        double   px,
                        double   py,
                        double   pw,
                        double   ph)
{
  guint cols = panel->col_labels->len, first = MIN (p->rows_from, panel->row_labels->len);
  guint last = MIN (p->rows_to, panel->row_labels->len), n = last > first ? last - first : 0;
  double label_w = 0, head_h = 0, cell_w, cell_h, x0, top;

  if (n == 0 || cols == 0)
    return;
  for (guint r = first; r < last; r++)
    {
      double w, h;
      _kj_text_size (p, FONT_LABEL, g_ptr_array_index (panel->row_labels, r), -1, FALSE, &w, &h);
      label_w = MAX (label_w, w);
    }
  label_w = MIN (label_w, pw * 0.28);
  x0 = px + label_w + 10;
  cell_w = (px + pw - x0) / cols;
  /* column headers stand upright: ids do not fit across narrow columns */
  for (guint c = 0; c < cols; c++)
    {
      double w, h;
      _kj_text_size (p, FONT_SMALL, g_ptr_array_index (panel->col_labels, c), HEADER_MAX, FALSE, &w, &h);
      head_h = MAX (head_h, w);
    }
  top = py + head_h + 6;
  if (p->record && p->chart->panels->len == 1)
    p->record->rows_top = top;
  cell_h = MIN ((py + ph - top) / n, 2 * CELL_HEIGHT);

  for (guint c = 0; c < cols; c++)
    _kj_draw_text_vertical (p, FONT_SMALL, g_ptr_array_index (panel->col_labels, c), x0 + cell_w * (c + 0.5),
                        top - 4, HEADER_MAX, &p->theme->muted);

  /* row names: every k-th where rows are too short for all */
  {
    double lw, lh;
    guint step = 1;

    _kj_text_size (p, FONT_LABEL, "Ag", -1, FALSE, &lw, &lh);
    while (cell_h * step < lh + 1 && step < n)
      step++;
    for (guint k = 0; k < n; k += step)
      _kj_draw_text (p, FONT_LABEL, g_ptr_array_index (panel->row_labels, first + k), px,
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
                _kj_bar_rectangle (p, x0 + c * cell_w + 1, top + k * cell_h + 1, cell_w - 2, cell_h - 2);
                any = TRUE;
              }
          if (any)
            {
              _kj_set_tint (p, &color, b < 0 ? 0.5 : 0.9);
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
              _kj_text_size (p, FONT_SMALL, text, -1, FALSE, &tw, &th);
              if (tw <= cell_w - 4 && th <= cell_h)
                _kj_draw_text (p, FONT_SMALL, text, x0 + cell_w * (c + 0.5), y + (cell_h - th) / 2,
                           ALIGN_CENTER, -1, FALSE, &ink);
            }
          if (panel->cell_tips == NULL)
            panel->cell_tips = g_new0 (char *, panel->row_labels->len * cols);
          if (panel->cell_tips[r * cols + c] == NULL)
            {
              g_autofree char *full = kj_value_format_full (&panel->format, v);
              /* the cells are achievements: their category is the capaian one */
              g_autofree char *category = band >= 0
                ? g_strdup_printf (_("achievement: %s"), kj_scale_get_band (panel->cell_scale, band)->label)
                : NULL;
              panel->cell_tips[r * cols + c] =
                g_strdup_printf ("%s\n%s: %s%s%s", (char *) g_ptr_array_index (panel->row_labels, r),
                                 (char *) g_ptr_array_index (panel->col_names, c), full,
                                 category ? " · " : "", category ? category : "");
            }
          _kj_add_item_static (p, x0 + c * cell_w, y, cell_w, cell_h, g_ptr_array_index (panel->row_labels, r),
                           panel->cell_tips[r * cols + c], g_ptr_array_index (panel->row_satker, r), NULL, 0);
        }
    }
}
