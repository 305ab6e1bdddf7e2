/* kj-composer-text.c: the text of a page drawn in a few calls
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page's text goes into glyph batches (chart/kj-glyph-batch.c), drawn
 * in a few calls when the page ends or before something is drawn over the
 * text (a chart), and its tables' borders into one stroke.  Text on a page
 * never overlaps other text, nor lies under a later fill, so the order of
 * drawing does not change the page.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "chart/kj-glyph-batch.h"
#include "report/kj-composer-private.h"

/* A line of the tables' grid: from a0 to a1 along x (or along y when
 * vertical) at pos. */
typedef struct
{
  double   pos, a0, a1, width, gray;
  gboolean vertical;
} Segment;

struct _KjTextBatches
{
  KjGlyphBatches *glyphs;
  GArray         *grid;      /* Segment */
};

static KjTextBatches *
batches_of (KjComposer *c)
{
  if (c->text == NULL)
    {
      c->text = g_new0 (KjTextBatches, 1);
      c->text->glyphs = kj_glyph_batches_new ();
      c->text->grid = g_array_new (FALSE, FALSE, sizeof (Segment));
    }
  return c->text;
}

/* @layout with its top left at (@x, @y), in @gray. */
void
_kj_text_layout (KjComposer  *c,
                 PangoLayout *layout,
                 double       x,
                 double       y,
                 double       gray)
{
  kj_glyph_batches_layout (batches_of (c)->glyphs, c->cr, layout, x, y, gray, gray, gray);
}

/* One line of a layout, its baseline's left end at (@x, @baseline). */
void
_kj_text_line (KjComposer      *c,
               PangoLayoutLine *line,
               double           x,
               double           baseline,
               double           gray)
{
  kj_glyph_batches_line (batches_of (c)->glyphs, c->cr, line, x, baseline, gray, gray, gray);
}

/**
 * _kj_text_run_part:
 * Glyphs [@from, @to) of @run (plain: kj_glyph_run_is_plain()), the first
 * at @x on @baseline, each space widened by @extra Pango units (a justified
 * line).
 *
 * Returns: their width, in Pango units
 */
int
_kj_text_run_part (KjComposer     *c,
                   const char     *text,
                   PangoGlyphItem *run,
                   int             from,
                   int             to,
                   double          x,
                   double          baseline,
                   int             extra,
                   double          gray)
{
  return kj_glyph_batches_run_part (batches_of (c)->glyphs, text, run, from, to, x, baseline, extra, gray);
}

/**
 * _kj_grid_rect:
 * The border of a table's cell, drawn with the page's other borders in one
 * stroke: cairo's PDF surface spends on a stroke in proportion to its
 * segments, several times over (each cell's four sides, twice shared with
 * its neighbours, were most of a table page's cost).  The borders come out
 * as they did: the same lines, square-capped so that corners are filled as
 * a rectangle's are.
 */
void
_kj_grid_rect (KjComposer *c,
               double      x,
               double      y,
               double      width,
               double      height,
               double      line_width,
               double      gray)
{
  GArray *grid = batches_of (c)->grid;
  Segment sides[] = {
    { y, x, x + width, line_width, gray, FALSE },
    { y + height, x, x + width, line_width, gray, FALSE },
    { x, y, y + height, line_width, gray, TRUE },
    { x + width, y, y + height, line_width, gray, TRUE },
  };

  g_array_append_vals (grid, sides, G_N_ELEMENTS (sides));
}

static int
segment_cmp (gconstpointer a,
             gconstpointer b)
{
  const Segment *s = a, *t = b;

  if (s->vertical != t->vertical)
    return s->vertical ? 1 : -1;
  if (s->width != t->width)
    return s->width < t->width ? -1 : 1;
  if (s->gray != t->gray)
    return s->gray < t->gray ? -1 : 1;
  if (s->pos != t->pos)
    return s->pos < t->pos ? -1 : 1;
  if (s->a0 != t->a0)
    return s->a0 < t->a0 ? -1 : 1;
  return 0;
}

#define SAME(a, b) (fabs ((a) - (b)) < 1e-6)

/* The borders, joined into lines where they meet end to end, one stroke
 * per width and shade. */
static void
flush_grid (KjComposer *c)
{
  GArray *grid = c->text->grid;
  cairo_t *cr = c->cr;
  guint i = 0;

  if (grid->len == 0)
    return;
  g_array_sort (grid, segment_cmp);
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  while (i < grid->len)
    {
      const Segment *first = &g_array_index (grid, Segment, i);
      double width = first->width, gray = first->gray;

      cairo_new_path (cr);
      while (i < grid->len)
        {
          Segment run = g_array_index (grid, Segment, i);

          if (run.width != width || run.gray != gray)
            break;
          /* the sides that continue this one along the same line */
          for (i++; i < grid->len; i++)
            {
              const Segment *next = &g_array_index (grid, Segment, i);

              if (next->vertical != run.vertical || next->width != width || next->gray != gray
                  || !SAME (next->pos, run.pos) || next->a0 > run.a1 + 1e-6)
                break;
              run.a1 = MAX (run.a1, next->a1);
            }
          if (run.vertical)
            {
              cairo_move_to (cr, run.pos, run.a0);
              cairo_line_to (cr, run.pos, run.a1);
            }
          else
            {
              cairo_move_to (cr, run.a0, run.pos);
              cairo_line_to (cr, run.a1, run.pos);
            }
        }
      cairo_set_source_rgb (cr, gray, gray, gray);
      cairo_set_line_width (cr, width);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
  g_array_set_size (grid, 0);
}

/* Draws the borders and the text collected so far. */
void
_kj_text_flush (KjComposer *c)
{
  if (c->text == NULL)
    return;
  flush_grid (c);
  kj_glyph_batches_flush (c->text->glyphs, c->cr);
}

void
_kj_text_free (KjComposer *c)
{
  if (c->text)
    {
      kj_glyph_batches_free (c->text->glyphs);
      g_array_unref (c->text->grid);
      g_clear_pointer (&c->text, g_free);
    }
}
