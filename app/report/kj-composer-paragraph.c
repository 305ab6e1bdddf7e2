/* kj-composer-paragraph.c: body text, broken into justified lines
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A paragraph is shaped once, as one line, and broken here where pango
 * allows a break: pango wrapping it shapes each line's rest of the text
 * again, two and a half times the text, the most of a report's prose.
 */
#include "config.h"

#include <string.h>

#include "chart/kj-glyph-batch.h"
#include "report/kj-composer-private.h"

/* The longest paragraph (bytes) kept shaped for the next time it comes. */
#define KEPT_MAX 400

/* A paragraph as pango wraps it: for text _kj_composer_paragraph() does not
 * break itself (right to left, tabs, glyphs no font has). */
static void
paragraph_wrapped (KjComposer *c,
                   const char *text,
                   double      indent)
{
  g_autoptr(PangoLayout) layout = _kj_composer_layout (c, text, 9, FALSE, c->width - indent);
  PangoLayoutIter *iter;
  double start;

  pango_layout_set_justify (layout, TRUE);
  pango_layout_set_spacing (layout, 2 * PANGO_SCALE);
  start = c->y;
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      double top, h;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = logical.y / (double) PANGO_SCALE;
      h = logical.height / (double) PANGO_SCALE + 2;
      if (start + top + h > c->bottom)
        {
          _kj_composer_new_page (c, TRUE);
          start = c->y - top;
        }
      if (_kj_composer_draws (c))
        _kj_text_line (c, pango_layout_iter_get_line_readonly (iter), c->x0 + indent,
                       start + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE, 0);
      c->y = start + top + h;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* A character of a paragraph's line, for breaking it. */
typedef struct
{
  PangoGlyphItem *run;
  int             byte;     /* in the text */
  int             width;    /* Pango units */
} ParaChar;

static gboolean
breaks_itself (PangoLayout *layout,
               const char  *text)
{
  if (strchr (text, '\t'))
    return FALSE;
  for (GSList *l = pango_layout_get_lines_readonly (layout); l; l = l->next)
    for (GSList *r = ((PangoLayoutLine *) l->data)->runs; r; r = r->next)
      if (!kj_glyph_run_is_plain (r->data))
        return FALSE;
  return TRUE;
}

/* Whether a line may begin at @ch: a glyph's cluster begins there. */
static gboolean
cluster_starts (const ParaChar *ch)
{
  PangoGlyphString *glyphs = ch->run->glyphs;
  int at = ch->byte - ch->run->item->offset;

  for (int i = 0; i < glyphs->num_glyphs; i++)
    if (glyphs->log_clusters[i] == at)
      return TRUE;
  return FALSE;
}

/* The first glyph of @run from byte @byte of the text on. */
static int
glyph_at (PangoGlyphItem *run,
          int             byte)
{
  PangoGlyphString *glyphs = run->glyphs;
  int i = 0;

  while (i < glyphs->num_glyphs && run->item->offset + glyphs->log_clusters[i] < byte)
    i++;
  return i;
}

/* Draws chars [@s, @e) of the @n @chars from @x on @baseline, spaces
 * widened by @extra. */
static void
draw_part (KjComposer     *c,
           const char     *text,
           const ParaChar *chars,
           int             n,
           int             s,
           int             e,
           double          x,
           double          baseline,
           int             extra)
{
  int pos = 0;

  while (s < e)
    {
      PangoGlyphItem *run = chars[s].run;
      int to = s, last;

      while (to < e && chars[to].run == run)
        to++;
      /* up to the glyph of the next character, or to the run's end */
      last = to < n && chars[to].run == run ? glyph_at (run, chars[to].byte) : run->glyphs->num_glyphs;
      pos += _kj_text_run_part (c, text, run, glyph_at (run, chars[s].byte), last,
                                x + (double) pos / PANGO_SCALE, baseline, extra, 0);
      s = to;
    }
}

/* Breaks one line of the text (up to a newline) into lines of @avail,
 * justified but the last, and places them. */
static void
paragraph_line (KjComposer      *c,
                const char      *text,
                PangoLayoutLine *line,
                const PangoLogAttr *attrs,
                int              first,     /* the line's first char in the text */
                double           x,
                int              avail)
{
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (ParaChar));
  PangoRectangle logical;
  double ascent, pitch;
  int n, s = 0;

  pango_layout_line_get_extents (line, NULL, &logical);
  ascent = -logical.y / (double) PANGO_SCALE;
  pitch = logical.height / (double) PANGO_SCALE + 2;
  for (GSList *r = line->runs; r; r = r->next)
    {
      PangoGlyphItem *run = r->data;
      const char *p = text + run->item->offset;
      int count = run->item->num_chars;
      g_autofree int *widths = g_new (int, MAX (count, 1));

      pango_glyph_item_get_logical_widths (run, text, widths);
      for (int i = 0; i < count; i++, p = g_utf8_next_char (p))
        {
          ParaChar ch = { run, (int) (p - text), widths[i] };
          g_array_append_val (chars, ch);
        }
    }
  n = (int) chars->len;
  do
    {
      const ParaChar *cs = (const ParaChar *) chars->data;
      int w = 0, ink = 0, e = n, end, spaces = 0, extra = 0;

      for (int i = s, brk = -1; i < n; i++)
        {
          if (i > s && attrs[first + i].is_line_break)
            brk = i;
          w += cs[i].width;
          if (!attrs[first + i].is_white)
            ink = w;
          if (ink > avail && i > s)
            {
              if (brk > s)
                {
                  e = brk;
                  break;
                }
              /* a word longer than the line, cut where a glyph begins */
              if (attrs[first + i].is_char_break && cluster_starts (&cs[i]))
                {
                  e = i;
                  break;
                }
            }
        }
      /* the spaces at the line's end take no room */
      end = e;
      while (end > s && attrs[first + end - 1].is_white)
        end--;
      if (e < n)
        {
          int natural = 0;

          for (int i = s; i < end; i++)
            {
              natural += cs[i].width;
              if (text[cs[i].byte] == ' ')
                spaces++;
            }
          if (spaces > 0 && natural < avail)
            extra = (avail - natural) / spaces;
        }
      if (c->y + pitch > c->bottom)
        _kj_composer_new_page (c, TRUE);
      if (_kj_composer_draws (c))
        draw_part (c, text, cs, n, s, end, x, c->y + ascent, extra);
      c->y += pitch;
      s = e;
    }
  while (s < n);
}

/**
 * _kj_composer_paragraph:
 * Wrapped body text, justified; a paragraph longer than the page goes on
 * over the next, line by line, so no text is ever cut.  The text is shaped
 * once, as one line, and broken here: pango wrapping it shapes each line's
 * rest again, two and a half times the text, the most of a report's
 * prose.
 */
void
_kj_composer_paragraph (KjComposer *c,
                        const char *text,
                        double      indent)
{
  /* the same sentence comes again in many satker's parts (a unit, an
   * obstacle, an action): shaped once, kept with the other short texts */
  g_autoptr(PangoLayout) layout = strlen (text) <= KEPT_MAX ? _kj_composer_layout_kept (c, text, 9, FALSE, 0, PANGO_ALIGN_LEFT)
                                                            : _kj_composer_layout (c, text, 9, FALSE, 0);
  const PangoLogAttr *attrs;
  int n_attrs, avail = (int) ((c->width - indent) * PANGO_SCALE);

  _kj_composer_need (c, 30);
  text = pango_layout_get_text (layout);
  if (!breaks_itself (layout, text))
    paragraph_wrapped (c, text, indent);
  else
    {
      attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
      for (GSList *l = pango_layout_get_lines_readonly (layout); l; l = l->next)
        {
          PangoLayoutLine *line = l->data;

          paragraph_line (c, text, line, attrs, (int) g_utf8_pointer_to_offset (text, text + line->start_index),
                          c->x0 + indent, avail);
        }
    }
  c->y += 4;
}
