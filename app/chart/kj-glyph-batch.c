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

/* Glyphs [@from, @to) of a plain run of @item_text (@length bytes), the
 * first at @x on @baseline, each space widened by @extra Pango units, with
 * their text and clusters, into @b.  A plain run goes left to right: a
 * cluster is the glyphs that share a log cluster (as PangoGlyphItemIter
 * has them), its text up to the next cluster's.  Returns their width. */
static int
append_glyphs (Batch            *b,
               const char       *item_text,
               int               length,
               PangoGlyphString *glyphs,
               int               from,
               int               to,
               double            x,
               double            baseline,
               int               extra)
{
  const int *log = glyphs->log_clusters;
  guint first = b->glyphs->len, n = 0;
  int x_position = 0, start, end;
  cairo_glyph_t *out;

  g_array_set_size (b->glyphs, first + (to - from));
  out = &g_array_index (b->glyphs, cairo_glyph_t, first);
  for (int i = from; i < to; i++)
    {
      PangoGlyphInfo *gi = &glyphs->glyphs[i];

      if (gi->glyph != PANGO_GLYPH_EMPTY)
        {
          out[n].index = gi->glyph;
          out[n].x = x + (double) (x_position + gi->geometry.x_offset) / PANGO_SCALE;
          out[n].y = gi->geometry.y_offset == 0 ? baseline : baseline + (double) gi->geometry.y_offset / PANGO_SCALE;
          n++;
        }
      x_position += gi->geometry.width;
      if (extra && item_text[log[i]] == ' ')
        x_position += extra;
    }
  g_array_set_size (b->glyphs, first + n);

  /* the text, cluster by cluster, the empty glyphs not counted */
  start = from < glyphs->num_glyphs ? log[from] : length;
  end = to < glyphs->num_glyphs ? log[to] : length;
  g_string_append_len (b->text, item_text + start, end - start);
  for (int i = from; i < to;)
    {
      cairo_text_cluster_t cluster = { 0, 0 };
      int j = i;

      for (; j < to && log[j] == log[i]; j++)
        if (glyphs->glyphs[j].glyph != PANGO_GLYPH_EMPTY)
          cluster.num_glyphs++;
      cluster.num_bytes = (j < glyphs->num_glyphs ? log[j] : length) - log[i];
      g_array_append_val (b->clusters, cluster);
      i = j;
    }
  return x_position;
}

/**
 * kj_glyph_batches_run_part:
 * Glyphs [@from, @to) of @run (plain: kj_glyph_run_is_plain()), the first
 * at @x on @baseline, each space widened by @extra Pango units (a
 * justified line), in @gray.  @from and @to begin clusters.
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
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));

  return append_glyphs (batch_for (batches, font, gray, gray, gray), text + run->item->offset, run->item->length,
                        run->glyphs, from, to, x, baseline, extra);
}

/* A run at (@x, @y) Pango units from the origin. */
static void
draw_glyph_item (KjBatchRenderer *self,
                 const char      *text,
                 PangoGlyphItem  *run,
                 int              x,
                 int              y)
{
  double base_x = self->x_offset + (double) x / PANGO_SCALE;
  double base_y = self->y_offset + (double) y / PANGO_SCALE;
  cairo_scaled_font_t *font;

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
  append_glyphs (batch_for (self->batches, font, self->red, self->green, self->blue), text + run->item->offset,
                 run->item->length, run->glyphs, 0, run->glyphs->num_glyphs, base_x, base_y, 0);
}

static void
renderer_draw_glyph_item (PangoRenderer  *renderer,
                          const char     *text,
                          PangoGlyphItem *run,
                          int             x,
                          int             y)
{
  draw_glyph_item ((KjBatchRenderer *) renderer, text, run, x, y);
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

  renderer_class->draw_glyph_item = renderer_draw_glyph_item;
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

/* Whether pango's renderer must draw @line: a run with its own shape or a
 * baseline of its own (vertical text).  The report's and the charts' text
 * has neither: their lines are walked here, as the renderer walks them. */
static gboolean
line_needs_renderer (PangoLayoutLine *line)
{
  for (GSList *l = line->runs; l; l = l->next)
    {
      PangoLayoutRun *run = l->data;

      if ((run->item->analysis.flags & PANGO_ANALYSIS_FLAG_CENTERED_BASELINE) || run->item->analysis.extra_attrs)
        return TRUE;
    }
  return FALSE;
}

/* @line with its baseline's left end at (@x, @y) Pango units from the origin. */
static void
draw_line (KjBatchRenderer *self,
           PangoLayoutLine *line,
           int              x,
           int              y)
{
  const char *text = pango_layout_get_text (line->layout);
  int x_off = 0;

  if (line_needs_renderer (line))
    {
      pango_renderer_draw_layout_line (PANGO_RENDERER (self), line, x, y);
      return;
    }
  for (GSList *l = line->runs; l; l = l->next)
    {
      PangoLayoutRun *run = l->data;

      x_off += run->start_x_offset;
      draw_glyph_item (self, text, run, x + x_off, y - run->y_offset);
      x_off += pango_glyph_string_get_width (run->glyphs) + run->end_x_offset;
    }
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
  KjBatchRenderer *self = (KjBatchRenderer *) renderer_for (batches, cr, x, y, red, green, blue);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      draw_line (self, pango_layout_iter_get_line_readonly (iter), logical.x, pango_layout_iter_get_baseline (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
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
  draw_line ((KjBatchRenderer *) renderer_for (batches, cr, x, baseline, red, green, blue), line, 0, 0);
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
