/* kj-composer-blocks.c: headings, centred lines, contents lines, charts and
 * signature blocks on the composer's pages
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "report/kj-composer-private.h"

#define SIGN_SPACE    56.0        /* room for the signature and the stamp */

void
_kj_composer_heading (KjComposer *c,
                      const char *text,
                      double      size)
{
  g_autoptr(PangoLayout) layout = _kj_composer_layout_kept (c, text, size, TRUE, c->width, PANGO_ALIGN_LEFT);
  double h = _kj_composer_layout_height (layout);

  /* a heading is kept with the first lines under it */
  _kj_composer_need (c, h + 60);
  _kj_composer_show (c, layout, c->x0, c->y, 0);
  c->y += h + size * 0.5;
}

void
_kj_composer_centered (KjComposer *c,
                       const char *text,
                       double      size,
                       gboolean    bold)
{
  g_autoptr(PangoLayout) layout = _kj_composer_layout_kept (c, text, size, bold, c->width, PANGO_ALIGN_CENTER);
  double h = _kj_composer_layout_height (layout);

  _kj_composer_need (c, h);
  _kj_composer_show (c, layout, c->x0, c->y, 0);
  c->y += h + size * 0.4;
}

/* A line of a table of contents: the text, dots, the page number. */
void
_kj_composer_toc_line (KjComposer *c,
                       const char *text,
                       guint       page,
                       double      indent,
                       gboolean    bold)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autoptr(PangoLayout) num = _kj_composer_layout_kept (c, number, 9.5, bold, 0, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) layout = _kj_composer_layout_kept (c, text, 9.5, bold, c->width - indent - 40, PANGO_ALIGN_LEFT);
  PangoRectangle ink, last;
  double h = _kj_composer_layout_height (layout), num_w;

  pango_layout_get_pixel_extents (num, NULL, &ink);
  num_w = ink.width;
  _kj_composer_need (c, h + 4);
  _kj_composer_show (c, layout, c->x0 + indent, c->y, 0);
  _kj_composer_show (c, num, c->x0 + c->width - num_w, c->y + h - _kj_composer_layout_height (num), 0);
  if (_kj_composer_draws (c))
    {
      /* leader dots from the end of the last line to the number */
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, pango_layout_get_line_count (layout) - 1);
      double base = c->y + h - 3, from, to;
      const double dots[] = { 0.9, 3.1 };

      pango_layout_line_get_pixel_extents (line, NULL, &last);
      from = c->x0 + indent + last.x + last.width + 6;
      to = c->x0 + c->width - num_w - 6;
      if (from < to)
        {
          /* dots 0.9 pt square every 4 pt: one dashed line, its dashes
           * squares (as circles, the contents of a national report were a
           * hundred thousand curves for cairo to write; as round caps,
           * cairo still measures each dot as a polygon of a circle) */
          double last_dot = from + 4 * ceil ((to - from) / 4 - 1);

          cairo_save (c->cr);
          cairo_set_source_rgb (c->cr, 0.45, 0.45, 0.45);
          cairo_set_line_width (c->cr, 0.9);
          cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_BUTT);
          cairo_set_dash (c->cr, dots, G_N_ELEMENTS (dots), 0);
          cairo_move_to (c->cr, from, base);
          cairo_line_to (c->cr, last_dot + 0.9, base);
          cairo_stroke (c->cr);
          cairo_restore (c->cr);
        }
    }
  c->y += h + 4;
}

/**
 * _kj_composer_chart:
 * The chart as vector graphics through the chart engine
 * (kj_chart_draw_layout()), at the text's
 * width and @height points, in the print theme, on this page or the next.
 */
void
_kj_composer_chart (KjComposer *c,
                    KjChart    *chart,
                    double      height)
{
  g_autoptr(KjChartLayout) layout = NULL;
  /* laid out larger and drawn smaller: the chart's texts come out at the
   * size of the report's tables, not of a slide */
  double zoom = 0.7, natural;

  height = MIN (height, c->bottom - c->top);
  _kj_composer_need (c, height);
  if (_kj_composer_draws (c))
    {
      /* a chart of many rows is drawn smaller rather than squeezed: every
       * row keeps its label */
      if (c->chart_text == NULL)
        {
          c->chart_text = kj_chart_text_new ();
          kj_chart_text_set_batched (c->chart_text, TRUE);
        }
      kj_chart_share_text (chart, c->chart_text);
      natural = kj_chart_get_natural_height_on (chart, c->cr, kj_chart_theme_print (), c->width / zoom);
      if (natural * zoom > height)
        zoom = MAX (0.4, height / natural);
      /* the page's text so far goes under nothing the chart draws */
      _kj_text_flush (c);
      cairo_save (c->cr);
      cairo_translate (c->cr, c->x0, c->y);
      cairo_rectangle (c->cr, 0, 0, c->width, height);
      cairo_clip (c->cr);
      cairo_scale (c->cr, zoom, zoom);
      /* laid out on the page itself as it is drawn: once, not twice */
      layout = kj_chart_draw_layout (chart, c->cr, c->width / zoom, height / zoom, kj_chart_theme_print ());
      cairo_restore (c->cr);
    }
  c->y += height + 8;
}

static gboolean
signature_dated (const KjSignature *sig)
{
  return sig && (sig->place || sig->date);
}

/* The top of a signature block: place and date (or, beside a dated block,
 * an empty line, so that both roles and titles are level), role, title. */
static PangoLayout *
signature_head (KjComposer        *c,
                const KjSignature *sig,
                const char        *role,
                gboolean           dated,
                double             width)
{
  g_autoptr(GString) top = g_string_new (NULL);
  g_autofree char *date = NULL;
  PangoLayout *head;

  if (signature_dated (sig))
    {
      date = sig->date ? kj_report_format_date (c->lang, sig->date) : NULL;
      g_string_append_printf (top, "%s%s%s\n", sig->place ? sig->place : "",
                              sig->place && date ? ", " : "", date ? date : "");
    }
  else if (dated)
    g_string_append (top, "\n");
  if (role)
    g_string_append_printf (top, "%s\n", role);
  g_string_append (top, sig->title ? sig->title : "");
  head = _kj_composer_layout (c, top->str, 9, FALSE, width);
  pango_layout_set_alignment (head, PANGO_ALIGN_CENTER);
  return head;
}

/* The name under the room to sign; without one in the file, a line to
 * write it on. */
static PangoLayout *
signature_name (KjComposer        *c,
                const KjSignature *sig,
                double             width)
{
  PangoLayout *name = _kj_composer_layout (c, sig->name ? sig->name : "(..............................)", 9,
                                           sig->name != NULL, width);

  pango_layout_set_alignment (name, PANGO_ALIGN_CENTER);
  return name;
}

/**
 * _kj_composer_signature:
 * The signature blocks, kept together on one page: one on the right, or
 * two side by side (the second party on the left, as a PK prints them),
 * their roles and titles level, and their names on one line.
 */
void
_kj_composer_signature (KjComposer        *c,
                        const KjSignature *left,
                        const char        *left_role,
                        const KjSignature *right,
                        const char        *right_role)
{
  double col = c->width * 0.46, head_h = 0, name_h = 0;
  gboolean dated = signature_dated (left) || signature_dated (right);
  const KjSignature *sigs[2] = { left, right };
  const char *roles[2] = { left_role, right_role };
  PangoLayout *heads[2] = { NULL, NULL }, *names[2] = { NULL, NULL };

  for (int i = 0; i < 2; i++)
    if (sigs[i])
      {
        heads[i] = signature_head (c, sigs[i], roles[i], dated, col);
        names[i] = signature_name (c, sigs[i], col);
        head_h = MAX (head_h, _kj_composer_layout_height (heads[i]));
        name_h = MAX (name_h, _kj_composer_layout_height (names[i]));
      }
  _kj_composer_need (c, head_h + SIGN_SPACE + name_h + 16);
  c->y += 16;
  for (int i = 0; i < 2; i++)
    if (sigs[i])
      {
        double x = i == 0 ? c->x0 : c->x0 + c->width - col;

        _kj_composer_show (c, heads[i], x, c->y, 0);
        _kj_composer_show (c, names[i], x, c->y + head_h + SIGN_SPACE, 0);
        g_object_unref (heads[i]);
        g_object_unref (names[i]);
      }
  c->y += head_h + SIGN_SPACE + name_h + 8;
}
