/* kj-composer-text.c: the text of a page drawn in a few calls
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pango_cairo_show_layout() draws each run of each line by itself: one
 * cairo_show_text_glyphs() per cell, heading and footer, and cairo's PDF
 * surface pays for each call twice (recording it, then replaying it into
 * PDF operators when the page is shown).  A table page holds hundreds of
 * cells.  The composer's renderer instead collects the glyphs of a page,
 * with their text and clusters (so that the text stays selectable and
 * searchable, ligatures included), per font and shade, and draws each such
 * batch in one call when the page ends or before something is drawn over
 * the text (a chart).  The glyphs are placed exactly where pango_cairo
 * would place them.  Text on a page never overlaps other text, nor lies
 * under a later fill, so the order of drawing does not change the page.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "report/kj-composer-private.h"

typedef struct
{
  cairo_scaled_font_t *font;
  double               gray;
  GArray              *glyphs;     /* cairo_glyph_t */
  GArray              *clusters;   /* cairo_text_cluster_t */
  GString             *text;
} Batch;

/* A line of the tables' grid: from a0 to a1 along x (or along y when
 * vertical) at pos. */
typedef struct
{
  double   pos, a0, a1, width, gray;
  gboolean vertical;
} Segment;

struct _KjTextBatches
{
  GPtrArray *batches;   /* Batch */
  GArray    *grid;      /* Segment */
};

typedef struct
{
  PangoRenderer parent_instance;
  KjComposer   *c;
  double        x_offset, y_offset;   /* the layout's origin, in points */
  double        gray;
} KjBatchRenderer;

typedef struct
{
  PangoRendererClass parent_class;
} KjBatchRendererClass;

GType kj_batch_renderer_get_type (void);
G_DEFINE_TYPE (KjBatchRenderer, kj_batch_renderer, PANGO_TYPE_RENDERER)

static void
batch_free (gpointer data)
{
  Batch *b = data;

  cairo_scaled_font_destroy (b->font);
  g_array_unref (b->glyphs);
  g_array_unref (b->clusters);
  g_string_free (b->text, TRUE);
  g_free (b);
}

static Batch *
batch_for (KjComposer          *c,
           cairo_scaled_font_t *font,
           double               gray)
{
  GPtrArray *batches = c->text->batches;
  Batch *b;

  for (guint i = 0; i < batches->len; i++)
    {
      b = g_ptr_array_index (batches, i);
      if (b->font == font && b->gray == gray)
        return b;
    }
  b = g_new0 (Batch, 1);
  b->font = cairo_scaled_font_reference (font);
  b->gray = gray;
  b->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  b->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  b->text = g_string_new (NULL);
  g_ptr_array_add (batches, b);
  return b;
}

/* A run pango_cairo draws itself: right to left (clusters go backwards),
 * or with glyphs missing from the fonts (drawn as boxes). */
static gboolean
run_is_plain (PangoGlyphItem *run)
{
  if (run->item->analysis.level & 1)
    return FALSE;
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    {
      PangoGlyph g = run->glyphs->glyphs[i].glyph;
      if (g != PANGO_GLYPH_EMPTY && (g & PANGO_GLYPH_UNKNOWN_FLAG))
        return FALSE;
    }
  return TRUE;
}

static void
draw_glyph_item (PangoRenderer  *renderer,
                 const char     *text,
                 PangoGlyphItem *run,
                 int             x,
                 int             y)
{
  KjBatchRenderer *self = (KjBatchRenderer *) renderer;
  KjComposer *c = self->c;
  PangoGlyphString *glyphs = run->glyphs;
  double base_x = self->x_offset + (double) x / PANGO_SCALE;
  double base_y = self->y_offset + (double) y / PANGO_SCALE;
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
  PangoGlyphItemIter iter;
  Batch *b;
  int x_position = 0;

  if (font == NULL || cairo_scaled_font_status (font) != CAIRO_STATUS_SUCCESS || !run_is_plain (run))
    {
      cairo_save (c->cr);
      cairo_set_source_rgb (c->cr, self->gray, self->gray, self->gray);
      cairo_move_to (c->cr, base_x, base_y);
      pango_cairo_show_glyph_item (c->cr, text, run);
      cairo_restore (c->cr);
      return;
    }

  b = batch_for (c, font, self->gray);
  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      PangoGlyphInfo *gi = &glyphs->glyphs[i];

      if (gi->glyph != PANGO_GLYPH_EMPTY)
        {
          cairo_glyph_t g = {
            gi->glyph,
            base_x + (double) (x_position + gi->geometry.x_offset) / PANGO_SCALE,
            gi->geometry.y_offset == 0 ? base_y : base_y + (double) gi->geometry.y_offset / PANGO_SCALE,
          };
          g_array_append_val (b->glyphs, g);
        }
      x_position += gi->geometry.width;
    }

  /* the run's text, cluster by cluster, the empty glyphs not counted */
  g_string_append_len (b->text, text + run->item->offset, run->item->length);
  if (pango_glyph_item_iter_init_start (&iter, run, text))
    do
      {
        cairo_text_cluster_t cluster = { iter.end_index - iter.start_index, 0 };

        for (int i = iter.start_glyph; i < iter.end_glyph; i++)
          if (glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY)
            cluster.num_glyphs++;
        g_array_append_val (b->clusters, cluster);
      }
    while (pango_glyph_item_iter_next_cluster (&iter));
}

static void
draw_glyphs (PangoRenderer    *renderer,
             PangoFont        *font,
             PangoGlyphString *glyphs,
             int               x,
             int               y)
{
  KjBatchRenderer *self = (KjBatchRenderer *) renderer;
  cairo_t *cr = self->c->cr;

  /* not reached from a layout (runs come as glyph items); drawn as is */
  cairo_save (cr);
  cairo_set_source_rgb (cr, self->gray, self->gray, self->gray);
  cairo_move_to (cr, self->x_offset + (double) x / PANGO_SCALE, self->y_offset + (double) y / PANGO_SCALE);
  pango_cairo_show_glyph_string (cr, font, glyphs);
  cairo_restore (cr);
}

static void
draw_rectangle (PangoRenderer  *renderer,
                PangoRenderPart part,
                int             x,
                int             y,
                int             width,
                int             height)
{
  KjBatchRenderer *self = (KjBatchRenderer *) renderer;
  cairo_t *cr = self->c->cr;

  /* underlines and backgrounds: the composer sets none */
  cairo_save (cr);
  cairo_set_source_rgb (cr, self->gray, self->gray, self->gray);
  cairo_rectangle (cr, self->x_offset + (double) x / PANGO_SCALE, self->y_offset + (double) y / PANGO_SCALE,
                   (double) width / PANGO_SCALE, (double) height / PANGO_SCALE);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
kj_batch_renderer_init (KjBatchRenderer *self)
{
}

static void
kj_batch_renderer_class_init (KjBatchRendererClass *klass)
{
  PangoRendererClass *renderer_class = PANGO_RENDERER_CLASS (klass);

  renderer_class->draw_glyph_item = draw_glyph_item;
  renderer_class->draw_glyphs = draw_glyphs;
  renderer_class->draw_rectangle = draw_rectangle;
}

static KjTextBatches *
batches_of (KjComposer *c)
{
  if (c->text == NULL)
    {
      c->text = g_new0 (KjTextBatches, 1);
      c->text->batches = g_ptr_array_new_with_free_func (batch_free);
      c->text->grid = g_array_new (FALSE, FALSE, sizeof (Segment));
    }
  return c->text;
}

static PangoRenderer *
renderer_for (KjComposer *c,
              double      x,
              double      y,
              double      gray)
{
  KjBatchRenderer *self;

  batches_of (c);
  if (c->renderer == NULL)
    {
      c->renderer = g_object_new (kj_batch_renderer_get_type (), NULL);
      ((KjBatchRenderer *) c->renderer)->c = c;
    }
  self = (KjBatchRenderer *) c->renderer;
  self->x_offset = x;
  self->y_offset = y;
  self->gray = gray;
  return c->renderer;
}

/* @layout with its top left at (@x, @y), in @gray. */
void
_kj_text_layout (KjComposer  *c,
                 PangoLayout *layout,
                 double       x,
                 double       y,
                 double       gray)
{
  pango_renderer_draw_layout (renderer_for (c, x, y, gray), layout, 0, 0);
}

/* One line of a layout, its baseline's left end at (@x, @baseline). */
void
_kj_text_line (KjComposer      *c,
               PangoLayoutLine *line,
               double           x,
               double           baseline,
               double           gray)
{
  pango_renderer_draw_layout_line (renderer_for (c, x, baseline, gray), line, 0, 0);
}

/**
 * _kj_text_run_part:
 * Glyphs [@from, @to) of @run (left to right, plain: see
 * _kj_text_run_is_plain()), the first at @x on @baseline, each space
 * widened by @extra Pango units (a justified line); @c not drawing, only
 * measured.
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
  PangoGlyphString *glyphs = run->glyphs;
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
  const char *item_text = text + run->item->offset;
  PangoGlyphItemIter iter;
  Batch *b;
  int x_position = 0, start, end;

  if (!_kj_composer_draws (c))
    {
      for (int i = from; i < to; i++)
        x_position += glyphs->glyphs[i].geometry.width
                      + (extra && item_text[glyphs->log_clusters[i]] == ' ' ? extra : 0);
      return x_position;
    }
  batches_of (c);
  b = batch_for (c, font, gray);
  for (int i = from; i < to; i++)
    {
      PangoGlyphInfo *gi = &glyphs->glyphs[i];

      if (gi->glyph != PANGO_GLYPH_EMPTY)
        {
          cairo_glyph_t g = {
            gi->glyph,
            x + (double) (x_position + gi->geometry.x_offset) / PANGO_SCALE,
            baseline + (double) gi->geometry.y_offset / PANGO_SCALE,
          };
          g_array_append_val (b->glyphs, g);
        }
      x_position += gi->geometry.width;
      if (extra && item_text[glyphs->log_clusters[i]] == ' ')
        x_position += extra;
    }

  /* the part's text, cluster by cluster, the empty glyphs not counted */
  start = glyphs->log_clusters[from];
  end = to < glyphs->num_glyphs ? glyphs->log_clusters[to] : run->item->length;
  g_string_append_len (b->text, item_text + start, end - start);
  if (pango_glyph_item_iter_init_start (&iter, run, text))
    do
      {
        cairo_text_cluster_t cluster = { iter.end_index - iter.start_index, 0 };

        if (iter.start_glyph < from || iter.end_glyph > to)
          continue;
        for (int i = iter.start_glyph; i < iter.end_glyph; i++)
          if (glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY)
            cluster.num_glyphs++;
        g_array_append_val (b->clusters, cluster);
      }
    while (pango_glyph_item_iter_next_cluster (&iter));
  return x_position;
}

/* Whether @run can be drawn in parts: left to right, every glyph in a font
 * cairo can show. */
gboolean
_kj_text_run_is_plain (PangoGlyphItem *run)
{
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));

  return font != NULL && cairo_scaled_font_status (font) == CAIRO_STATUS_SUCCESS && run_is_plain (run);
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
  cairo_t *cr = c->cr;

  if (c->text == NULL)
    return;
  flush_grid (c);
  if (c->text->batches->len == 0)
    return;
  cairo_save (cr);
  for (guint i = 0; i < c->text->batches->len; i++)
    {
      Batch *b = g_ptr_array_index (c->text->batches, i);

      if (b->glyphs->len == 0 && b->clusters->len == 0)
        continue;
      cairo_set_source_rgb (cr, b->gray, b->gray, b->gray);
      cairo_set_scaled_font (cr, b->font);
      cairo_show_text_glyphs (cr, b->text->str, (int) b->text->len,
                              (cairo_glyph_t *) b->glyphs->data, (int) b->glyphs->len,
                              (cairo_text_cluster_t *) b->clusters->data, (int) b->clusters->len, 0);
    }
  cairo_restore (cr);
  /* the fonts of one page are mostly those of the next: kept, emptied */
  for (guint i = 0; i < c->text->batches->len; i++)
    {
      Batch *b = g_ptr_array_index (c->text->batches, i);

      g_array_set_size (b->glyphs, 0);
      g_array_set_size (b->clusters, 0);
      g_string_truncate (b->text, 0);
    }
}

void
_kj_text_free (KjComposer *c)
{
  if (c->text)
    {
      g_ptr_array_unref (c->text->batches);
      g_array_unref (c->text->grid);
      g_clear_pointer (&c->text, g_free);
    }
  g_clear_object (&c->renderer);
}
