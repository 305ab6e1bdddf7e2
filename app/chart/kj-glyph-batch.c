/* kj-glyph-batch.c: text collected and drawn in a few calls (charts, reports)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pango_cairo_show_layout() draws each run of each line by itself: one
 * cairo_show_text_glyphs() per table cell, heading, footer or chart label,
 * and cairo's PDF surface pays for each call several times over (recording
 * it, analysing it, then writing it as a text object with its own matrix,
 * font and colour).  A page holds hundreds of such texts.  The batches
 * instead collect the glyphs, with their text and clusters (so that the
 * text stays selectable and searchable, ligatures included), per font and
 * colour, and draw each batch in one call when flushed.  The glyphs are
 * placed exactly where pango_cairo would place them.  What is batched must
 * not be drawn over before the flush: the composer flushes a page's text
 * before a chart, a chart its labels when it is drawn.
 */
#include "config.h"

#include <string.h>

#include "chart/kj-glyph-batch.h"

typedef struct
{
  cairo_scaled_font_t *font;
  double               red, green, blue;
  GArray              *glyphs;     /* cairo_glyph_t */
  GArray              *clusters;   /* cairo_text_cluster_t */
  GString             *text;
} Batch;

typedef struct
{
  PangoRenderer   parent_instance;
  KjGlyphBatches *batches;
  cairo_t        *cr;                 /* where a run batches cannot take is drawn */
  double          x_offset, y_offset; /* the layout's origin */
  double          red, green, blue;
} KjBatchRenderer;

typedef struct
{
  PangoRendererClass parent_class;
} KjBatchRendererClass;

struct _KjGlyphBatches
{
  GPtrArray       *batches;   /* Batch */
  KjBatchRenderer *renderer;
};

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
batch_for (KjGlyphBatches      *batches,
           cairo_scaled_font_t *font,
           double               red,
           double               green,
           double               blue)
{
  Batch *b;

  for (guint i = 0; i < batches->batches->len; i++)
    {
      b = g_ptr_array_index (batches->batches, i);
      if (b->font == font && b->red == red && b->green == green && b->blue == blue)
        return b;
    }
  b = g_new0 (Batch, 1);
  b->font = cairo_scaled_font_reference (font);
  b->red = red;
  b->green = green;
  b->blue = blue;
  b->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  b->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  b->text = g_string_new (NULL);
  g_ptr_array_add (batches->batches, b);
  return b;
}

/* A run pango_cairo draws itself: right to left (clusters go backwards),
 * with glyphs missing from the fonts (drawn as boxes), or in a font cairo
 * cannot show. */
gboolean
kj_glyph_run_is_plain (PangoGlyphItem *run)
{
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));

  if (font == NULL || cairo_scaled_font_status (font) != CAIRO_STATUS_SUCCESS || (run->item->analysis.level & 1))
    return FALSE;
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    {
      PangoGlyph g = run->glyphs->glyphs[i].glyph;
      if (g != PANGO_GLYPH_EMPTY && (g & PANGO_GLYPH_UNKNOWN_FLAG))
        return FALSE;
    }
  return TRUE;
}

/* The width of glyphs [@from, @to) of @run, each space widened by @extra. */
int
kj_glyph_run_part_width (const char     *text,
                         PangoGlyphItem *run,
                         int             from,
                         int             to,
                         int             extra)
{
  PangoGlyphString *glyphs = run->glyphs;
  const char *item_text = text + run->item->offset;
  int width = 0;

  for (int i = from; i < to; i++)
    width += glyphs->glyphs[i].geometry.width + (extra && item_text[glyphs->log_clusters[i]] == ' ' ? extra : 0);
  return width;
}

/**
 * kj_glyph_batches_run_part:
 * Glyphs [@from, @to) of @run (plain: kj_glyph_run_is_plain()), the first
 * at @x on @baseline, each space widened by @extra Pango units (a
 * justified line), in @gray.
 *
 * Returns: their width, in Pango units
 */
int
kj_glyph_batches_run_part (KjGlyphBatches *batches,
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
  Batch *b = batch_for (batches, font, gray, gray, gray);
  PangoGlyphItemIter iter;
  int x_position = 0, start, end;

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
  start = from < glyphs->num_glyphs ? glyphs->log_clusters[from] : run->item->length;
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

static void
draw_glyph_item (PangoRenderer  *renderer,
                 const char     *text,
                 PangoGlyphItem *run,
                 int             x,
                 int             y)
{
  KjBatchRenderer *self = (KjBatchRenderer *) renderer;
  PangoGlyphString *glyphs = run->glyphs;
  double base_x = self->x_offset + (double) x / PANGO_SCALE;
  double base_y = self->y_offset + (double) y / PANGO_SCALE;
  cairo_scaled_font_t *font;
  PangoGlyphItemIter iter;
  Batch *b;
  int x_position = 0;

  if (!kj_glyph_run_is_plain (run))
    {
      cairo_save (self->cr);
      cairo_set_source_rgb (self->cr, self->red, self->green, self->blue);
      cairo_move_to (self->cr, base_x, base_y);
      pango_cairo_show_glyph_item (self->cr, text, run);
      cairo_restore (self->cr);
      return;
    }

  font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
  b = batch_for (self->batches, font, self->red, self->green, self->blue);
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

  /* not reached from a layout (runs come as glyph items); drawn as is */
  cairo_save (self->cr);
  cairo_set_source_rgb (self->cr, self->red, self->green, self->blue);
  cairo_move_to (self->cr, self->x_offset + (double) x / PANGO_SCALE, self->y_offset + (double) y / PANGO_SCALE);
  pango_cairo_show_glyph_string (self->cr, font, glyphs);
  cairo_restore (self->cr);
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

  /* underlines and backgrounds: none is set */
  cairo_save (self->cr);
  cairo_set_source_rgb (self->cr, self->red, self->green, self->blue);
  cairo_rectangle (self->cr, self->x_offset + (double) x / PANGO_SCALE, self->y_offset + (double) y / PANGO_SCALE,
                   (double) width / PANGO_SCALE, (double) height / PANGO_SCALE);
  cairo_fill (self->cr);
  cairo_restore (self->cr);
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

KjGlyphBatches *
kj_glyph_batches_new (void)
{
  KjGlyphBatches *batches = g_new0 (KjGlyphBatches, 1);

  batches->batches = g_ptr_array_new_with_free_func (batch_free);
  batches->renderer = g_object_new (kj_batch_renderer_get_type (), NULL);
  batches->renderer->batches = batches;
  return batches;
}

void
kj_glyph_batches_free (KjGlyphBatches *batches)
{
  if (batches == NULL)
    return;
  g_ptr_array_unref (batches->batches);
  g_object_unref (batches->renderer);
  g_free (batches);
}

static PangoRenderer *
renderer_for (KjGlyphBatches *batches,
              cairo_t        *cr,
              double          x,
              double          y,
              double          red,
              double          green,
              double          blue)
{
  KjBatchRenderer *self = batches->renderer;

  self->cr = cr;
  self->x_offset = x;
  self->y_offset = y;
  self->red = red;
  self->green = green;
  self->blue = blue;
  return PANGO_RENDERER (self);
}

/* @layout with its top left at (@x, @y); what cannot wait is drawn on @cr now. */
void
kj_glyph_batches_layout (KjGlyphBatches *batches,
                         cairo_t        *cr,
                         PangoLayout    *layout,
                         double          x,
                         double          y,
                         double          red,
                         double          green,
                         double          blue)
{
  pango_renderer_draw_layout (renderer_for (batches, cr, x, y, red, green, blue), layout, 0, 0);
}

/* One line of a layout, its baseline's left end at (@x, @baseline). */
void
kj_glyph_batches_line (KjGlyphBatches  *batches,
                       cairo_t         *cr,
                       PangoLayoutLine *line,
                       double           x,
                       double           baseline,
                       double           red,
                       double           green,
                       double           blue)
{
  pango_renderer_draw_layout_line (renderer_for (batches, cr, x, baseline, red, green, blue), line, 0, 0);
}

/* Draws the text collected so far on @cr and empties the batches (keeping
 * their fonts, mostly those of what comes next). */
void
kj_glyph_batches_flush (KjGlyphBatches *batches,
                        cairo_t        *cr)
{
  gboolean any = FALSE;

  for (guint i = 0; i < batches->batches->len && !any; i++)
    any = ((Batch *) g_ptr_array_index (batches->batches, i))->glyphs->len > 0;
  if (!any)
    return;
  cairo_save (cr);
  for (guint i = 0; i < batches->batches->len; i++)
    {
      Batch *b = g_ptr_array_index (batches->batches, i);

      if (b->glyphs->len == 0 && b->clusters->len == 0)
        continue;
      cairo_set_source_rgb (cr, b->red, b->green, b->blue);
      cairo_set_scaled_font (cr, b->font);
      cairo_show_text_glyphs (cr, b->text->str, (int) b->text->len,
                              (cairo_glyph_t *) b->glyphs->data, (int) b->glyphs->len,
                              (cairo_text_cluster_t *) b->clusters->data, (int) b->clusters->len, 0);
    }
  cairo_restore (cr);
  for (guint i = 0; i < batches->batches->len; i++)
    {
      Batch *b = g_ptr_array_index (batches->batches, i);

      g_array_set_size (b->glyphs, 0);
      g_array_set_size (b->clusters, 0);
      g_string_truncate (b->text, 0);
    }
}
