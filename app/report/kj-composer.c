/* kj-composer.c: pages, parts, running header and footer, the outline
 * (the blocks placed on the pages: kj-composer-blocks.c, kj-composer-paragraph.c)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>

#include "report/kj-composer-private.h"

#define MM            (72.0 / 25.4)
#define MARGIN_LEFT   (25 * MM)   /* room to bind */
#define MARGIN_RIGHT  (18 * MM)
#define MARGIN_TOP    (15 * MM)
#define MARGIN_BOTTOM (15 * MM)
#define BAND          22.0        /* the running header's and the footer's height */

/* A composer laying out for @surface; measuring only unless @drawing, and
 * then its pages go to a writer thread (_kj_composer_write_on_thread()):
 * a composer of one part for printing is _kj_composer_new_for_part(). */
KjComposer *
_kj_composer_new (cairo_surface_t *surface,
                  gboolean         drawing,
                  double           width,
                  double           height,
                  KjReportLang     lang)
{
  KjComposer *c = g_new0 (KjComposer, 1);

  c->surface = cairo_surface_reference (surface);
  c->cr = cairo_create (surface);
  c->drawing = drawing;
  c->page_width = width;
  c->page_height = height;
  c->x0 = MARGIN_LEFT;
  c->width = width - MARGIN_LEFT - MARGIN_RIGHT;
  c->top = MARGIN_TOP + BAND;
  c->bottom = height - MARGIN_BOTTOM - BAND;
  c->lang = lang;
  c->y = c->bottom;
  c->font_family = "DejaVu Sans";
  /* one context for every text: a context per layout would look the
   * fonts up again each time */
  c->pango = pango_cairo_create_context (c->cr);
  /* glyphs where the font puts them: rounded to whole points (pango's
   * default, for screens) they are spaced unevenly at 7.5 pt, and every
   * glyph of the PDF carries its own correction */
  pango_context_set_round_glyph_positions (c->pango, FALSE);
  return c;
}

void
_kj_composer_free (KjComposer *c)
{
  if (c == NULL)
    return;
  _kj_text_flush (c);
  _kj_text_free (c);
  if (_kj_page_writer_finish (g_steal_pointer (&c->writer)))
    c->cancelled = TRUE;
  g_clear_pointer (&c->scratch, cairo_surface_destroy);
  g_clear_pointer (&c->surface_options, cairo_font_options_destroy);
  g_clear_pointer (&c->shaped, g_hash_table_unref);
  g_clear_pointer (&c->old_shaped, g_hash_table_unref);
  g_clear_pointer (&c->part_sizes, g_array_unref);
  g_clear_pointer (&c->chart_text, kj_chart_text_unref);
  g_clear_pointer (&c->bands, g_hash_table_unref);
  g_clear_pointer (&c->held, g_ptr_array_unref);
  g_clear_pointer (&c->collected, g_ptr_array_unref);
  g_clear_object (&c->pango);
  cairo_destroy (c->cr);
  cairo_surface_destroy (c->surface);
  g_free (c->head_left);
  g_free (c->head_right);
  g_free (c);
}

void
_kj_composer_set_progress (KjComposer      *c,
                           KjReportProgress progress,
                           gpointer         user_data)
{
  c->progress = progress;
  c->progress_data = user_data;
}

gboolean
_kj_composer_cancelled (KjComposer *c)
{
  return c->cancelled || (c->writer && _kj_page_writer_cancelled (c->writer));
}

/**
 * _kj_composer_write_on_thread:
 * From now on (before the first page, after _kj_composer_set_progress()),
 * pages are drawn on recording surfaces and written to the PDF on a second
 * thread (kj-composer-writer.c), which also tells the progress over the
 * @n_parts satker parts.  Each part's pages are held until it ends, when
 * its footers ("Halaman 3 dari 20") are drawn: the report is composed
 * once, not measured first.  The pages lay out as on the PDF itself: the
 * recording surfaces are drawn on with the PDF's font options, which the
 * chart engine takes from the cairo_t too.
 */
void
_kj_composer_write_on_thread (KjComposer *c,
                              guint       n_parts)
{
  cairo_rectangle_t none = { 0, 0, 1, 1 };

  g_return_if_fail (c->drawing && c->only_part == 0 && c->page == 0 && c->writer == NULL);

  c->surface_options = cairo_font_options_create ();
  cairo_surface_get_font_options (c->surface, c->surface_options);
  c->writer = _kj_page_writer_new (c->surface, n_parts, c->progress, c->progress_data);
  c->held = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  /* the PDF surface is the writer's alone now */
  c->scratch = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &none);
  cairo_destroy (c->cr);
  c->cr = cairo_create (c->scratch);
}

/**
 * _kj_composer_new_for_part:
 * A composer of part @part (from 1: a satker's pages) of a report, and of
 * that part alone, laid out for @surface (a PDF's, as the export is): its
 * pages, footers drawn, are collected on recording surfaces
 * (_kj_composer_take_collected()), for a print dialog to draw one by one.
 * The parts before are skipped (_kj_composer_skips_part()): printing a
 * page costs its own part, not the report up to it.
 */
KjComposer *
_kj_composer_new_for_part (cairo_surface_t *surface,
                           guint            part,
                           double           width,
                           double           height,
                           KjReportLang     lang)
{
  KjComposer *c = _kj_composer_new (surface, TRUE, width, height, lang);
  cairo_rectangle_t none = { 0, 0, 1, 1 };

  c->only_part = part;
  c->surface_options = cairo_font_options_create ();
  cairo_surface_get_font_options (surface, c->surface_options);
  c->held = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  c->collected = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  c->scratch = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &none);
  cairo_destroy (c->cr);
  c->cr = cairo_create (c->scratch);
  return c;
}

/* The pages of a composer's part (_kj_composer_new_for_part()). */
GPtrArray *
_kj_composer_take_collected (KjComposer *c)
{
  return g_steal_pointer (&c->collected);
}

/**
 * _kj_composer_skips_part:
 * Whether part @part (from 1) is to be skipped: with a composer of one
 * part, every other (and past that part, the report ends).
 */
gboolean
_kj_composer_skips_part (KjComposer *c,
                         guint       part)
{
  if (c->only_part == 0 || part == c->only_part)
    return FALSE;
  if (part > c->only_part)
    c->cancelled = TRUE;
  else
    c->n_parts++;   /* counted as the parts composed are */
  return TRUE;
}

/* Drawing: a recording surface for the page that begins. */
static void
begin_recording (KjComposer *c)
{
  cairo_rectangle_t page = { 0, 0, c->page_width, c->page_height };
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &page);

  cairo_destroy (c->cr);
  c->cr = cairo_create (recording);
  cairo_surface_destroy (recording);
  cairo_set_font_options (c->cr, c->surface_options);
}
KjReportLang _kj_composer_get_lang   (KjComposer *c) { return c->lang; }
guint        _kj_composer_get_page   (KjComposer *c) { return c->page; }
double       _kj_composer_get_width  (KjComposer *c) { return c->width; }
gboolean     _kj_composer_is_drawing (KjComposer *c) { return c->drawing; }
cairo_t     *_kj_composer_get_cr     (KjComposer *c) { return c->cr; }

/* What is left of the page below the current position. */
double
_kj_composer_get_room (KjComposer *c)
{
  return c->page == 0 ? 0 : c->bottom - c->y;
}

void
_kj_composer_set_header (KjComposer *c,
                         const char *left,
                         const char *right)
{
  g_free (c->head_left);
  g_free (c->head_right);
  c->head_left = g_strdup (left);
  c->head_right = g_strdup (right);
}

/* Each part's page count, as measuring found them. */
GArray *
_kj_composer_take_part_sizes (KjComposer *c)
{
  return g_steal_pointer (&c->part_sizes);
}

/* The page in progress within its part, from 1. */
guint
_kj_composer_get_part_page (KjComposer *c)
{
  return c->page >= c->part_first && c->part_first > 0 ? c->page - c->part_first + 1 : c->page;
}

/**
 * _kj_composer_layout:
 * A layout of plain text (never markup: names come from files) in the
 * report's font, wrapped at @width points (0: one line).
 */
PangoLayout *
_kj_composer_layout (KjComposer *c,
                     const char *text,
                     double      size,
                     gboolean    bold,
                     double      width)
{
  PangoLayout *layout = pango_layout_new (c->pango);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family_static (font, c->font_family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

/* Shaped texts are kept for those that come again (headings, units,
 * categories, numbers, the same sasaran over many rows), up to a bound:
 * two generations, the older dropped when the newer is full, so that the
 * texts that keep coming stay while the one-off ones (names, most
 * figures) pass. */
#define SHAPED_MAX 2048

/**
 * _kj_composer_find_layout:
 * @head: (array length=head_len): the style the text is shaped in
 * @key: (out): the key to keep a new layout under
 *
 * Returns: (transfer full) (nullable): @text shaped in @head's style
 * before, or %NULL and a @key for _kj_composer_keep_layout()
 */
PangoLayout *
_kj_composer_find_layout (KjComposer *c,
                          const void *head,
                          gsize       head_len,
                          const char *text,
                          char      **key)
{
  gsize len = strlen (text);
  char *k = g_malloc (head_len * 2 + len + 1);
  PangoLayout *layout;

  /* hex digits of the head, then the text: a string key for g_str_hash */
  for (gsize i = 0; i < head_len; i++)
    {
      guint8 b = ((const guint8 *) head)[i];
      k[2 * i] = "0123456789abcdef"[b >> 4];
      k[2 * i + 1] = "0123456789abcdef"[b & 15];
    }
  memcpy (k + head_len * 2, text, len + 1);

  if (c->shaped == NULL)
    {
      c->shaped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      c->old_shaped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
    }
  *key = NULL;
  if ((layout = g_hash_table_lookup (c->shaped, k)) != NULL)
    {
      g_free (k);
      return g_object_ref (layout);
    }
  if ((layout = g_hash_table_lookup (c->old_shaped, k)) != NULL)
    {
      /* used again: into the newer generation */
      g_object_ref (layout);
      g_hash_table_remove (c->old_shaped, k);
      _kj_composer_keep_layout (c, k, layout);
      return layout;
    }
  *key = k;
  return NULL;
}

/* Keeps @layout under @key (taken) from _kj_composer_find_layout(). */
void
_kj_composer_keep_layout (KjComposer  *c,
                          char        *key,
                          PangoLayout *layout)
{
  if (g_hash_table_size (c->shaped) >= SHAPED_MAX)
    {
      GHashTable *older = c->old_shaped;

      c->old_shaped = c->shaped;
      g_hash_table_remove_all (older);
      c->shaped = older;
    }
  g_hash_table_insert (c->shaped, key, g_object_ref (layout));
}

/**
 * _kj_composer_layout_kept:
 * As _kj_composer_layout(), aligned, and kept for the next time the same
 * text comes in the same style (headings, contents lines): shaped once.
 */
PangoLayout *
_kj_composer_layout_kept (KjComposer     *c,
                          const char     *text,
                          double          size,
                          gboolean        bold,
                          double          width,
                          PangoAlignment  align)
{
  guint32 head[] = { 16u | (bold ? 2u : 0u), (guint32) (size * 64), (guint32) (width * 64), (guint32) align };
  char *key;
  PangoLayout *layout = _kj_composer_find_layout (c, head, sizeof head, text ? text : "", &key);

  if (layout != NULL)
    return layout;
  layout = _kj_composer_layout (c, text, size, bold, width);
  pango_layout_set_alignment (layout, align);
  _kj_composer_keep_layout (c, key, layout);
  return layout;
}

double
_kj_composer_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

void
_kj_composer_show (KjComposer  *c,
                   PangoLayout *layout,
                   double       x,
                   double       y,
                   double       gray)
{
  if (!_kj_composer_draws (c))
    return;
  _kj_text_layout (c, layout, x, y, gray);
}

static void
band_text (KjComposer *c,
           const char *text,
           double      y,
           double      max_width,
           int         align)   /* -1 left, 0 centre, 1 right */
{
  /* the same few texts on every page: each shaped once */
  g_autofree char *key = g_strdup_printf ("%.2f\x1f%s", max_width, text);
  PangoLayout *layout;
  PangoRectangle logical;
  double x;

  if (c->bands == NULL || g_hash_table_size (c->bands) > 256)
    {
      g_clear_pointer (&c->bands, g_hash_table_unref);
      c->bands = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
    }
  layout = g_hash_table_lookup (c->bands, key);
  if (layout == NULL)
    {
      layout = _kj_composer_layout (c, text, 7.5, FALSE, 0);
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
      g_hash_table_insert (c->bands, g_steal_pointer (&key), layout);
    }
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  x = align < 0 ? c->x0 : align > 0 ? c->x0 + c->width - logical.width : c->x0 + (c->width - logical.width) / 2;
  _kj_composer_show (c, layout, x - logical.x, y - logical.height / 2.0, 0.3);
}

/* "Halaman 3 dari 12" */
char *
_kj_page_of (KjReportLang lang,
             guint        page,
             guint        n_pages)
{
  if (n_pages == 0)
    n_pages = page;
  return lang == KJ_REPORT_LANG_EN ? g_strdup_printf ("Page %u of %u", page, n_pages)
                                   : g_strdup_printf ("Halaman %u dari %u", page, n_pages);
}

/* The running header, at the top of a page as it begins. */
static void
draw_head (KjComposer *c)
{
  double head_y = MARGIN_TOP + BAND / 2 - 3;

  band_text (c, c->head_left ? c->head_left : "", head_y, c->width * 0.55, -1);
  band_text (c, c->head_right ? c->head_right : "", head_y, c->width * 0.42, 1);
  cairo_set_source_rgb (c->cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (c->cr, 0.5);
  cairo_move_to (c->cr, c->x0, MARGIN_TOP + BAND - 4);
  cairo_line_to (c->cr, c->x0 + c->width, MARGIN_TOP + BAND - 4);
  cairo_stroke (c->cr);
}

/* The footer: page @page of the part's @n_pages. */
static void
draw_foot (KjComposer *c,
           guint       page,
           guint       n_pages)
{
  g_autofree char *page_text = _kj_page_of (c->lang, page, n_pages);
  double foot_y = c->page_height - MARGIN_BOTTOM - BAND / 2 + 3;

  band_text (c, page_text, foot_y, c->width * 0.3, 1);
  band_text (c, "Kinerja", foot_y, c->width * 0.3, -1);
  cairo_set_source_rgb (c->cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (c->cr, 0.5);
  cairo_move_to (c->cr, c->x0, c->page_height - MARGIN_BOTTOM - BAND + 4);
  cairo_line_to (c->cr, c->x0 + c->width, c->page_height - MARGIN_BOTTOM - BAND + 4);
  cairo_stroke (c->cr);
}

/* Drawing: marks the held pages that have a header, and so get a footer
 * (a cover has neither), drawn when the part ends and its pages are
 * counted. */
static const cairo_user_data_key_t banded_key;

static void
end_page (KjComposer *c)
{
  if (c->page == 0 || c->page_ended)
    return;
  c->page_ended = TRUE;
  if (c->drawing)
    _kj_text_flush (c);
  if (c->held)
    {
      /* the page waits with its part's others for the footer; until the
       * next, drawing goes nowhere */
      if (c->drawing)
        {
          guint index = c->page - c->part_first;

          if (index >= c->held->len)
            g_ptr_array_set_size (c->held, index + 1);
          g_clear_pointer (&g_ptr_array_index (c->held, index), cairo_surface_destroy);
          g_ptr_array_index (c->held, index) = cairo_surface_reference (cairo_get_target (c->cr));
        }
      cairo_destroy (c->cr);
      c->cr = cairo_create (c->scratch);
      if (c->writer && _kj_page_writer_cancelled (c->writer))
        {
          c->cancelled = TRUE;
          c->drawing = FALSE;
        }
    }
}

/**
 * _kj_composer_new_page:
 * Ends the page in progress (writing it) and begins the next; a cover page
 * goes without the running header and footer.
 */
void
_kj_composer_new_page (KjComposer *c,
                       gboolean    with_header)
{
  end_page (c);
  c->page++;
  c->page_ended = FALSE;
  c->y = c->top;
  if (c->held && c->drawing)
    {
      begin_recording (c);
      if (with_header)
        {
          cairo_surface_set_user_data (cairo_get_target (c->cr), &banded_key, c, NULL);
          draw_head (c);
        }
    }
}

/* Drawing: the part's footers, now that its pages are counted, and its
 * pages to the writer (or, printing, to the collected pages). */
static void
hand_over_part (KjComposer *c)
{
  cairo_t *cr = c->cr;
  guint n = c->held->len;

  for (guint i = 0; i < n; i++)
    {
      cairo_surface_t *page = g_ptr_array_index (c->held, i);

      if (page == NULL)
        {
          /* a reserved page never filled: blank rather than out of order */
          cairo_rectangle_t extents = { 0, 0, c->page_width, c->page_height };
          page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
          g_warn_if_reached ();
        }
      else
        {
          g_ptr_array_index (c->held, i) = NULL;
          if (cairo_surface_get_user_data (page, &banded_key))
            {
              c->cr = cairo_create (page);
              cairo_set_font_options (c->cr, c->surface_options);
              draw_foot (c, i + 1, n);
              _kj_text_flush (c);
              cairo_destroy (c->cr);
            }
        }
      if (c->writer)
        _kj_page_writer_page (c->writer, page, c->part_first + i, i + 1 == n ? c->n_parts : 0);
      else
        g_ptr_array_add (c->collected, page);
    }
  c->cr = cr;
  g_ptr_array_set_size (c->held, 0);
}

static void
end_part (KjComposer *c)
{
  if (c->part_first == 0)
    return;
  end_page (c);
  if (c->held && c->drawing)
    hand_over_part (c);
  else if (!c->drawing)
    {
      guint n = c->page >= c->part_first ? c->page - c->part_first + 1 : 0;

      if (c->part_sizes == NULL)
        c->part_sizes = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (c->part_sizes, n);
    }
}

/**
 * _kj_composer_begin_part:
 * Ends the part in progress and begins the next (a satker's): its pages
 * are numbered from 1, their footers counting its own pages.
 */
void
_kj_composer_begin_part (KjComposer *c)
{
  end_part (c);
  c->part_first = c->page + 1;
  c->n_parts++;
}

/**
 * _kj_composer_dry_begin:
 * Ends the page in progress; what follows, up to _kj_composer_dry_end(), is
 * measured and not drawn: a table of contents that must know its length
 * before its page numbers are known.
 */
void
_kj_composer_dry_begin (KjComposer *c)
{
  end_page (c);
  c->saved_page = c->page;
  c->saved_y = c->y;
  c->saved_drawing = c->drawing;
  c->drawing = FALSE;
}

/* Returns: the pages the dry run took. */
guint
_kj_composer_dry_end (KjComposer *c)
{
  guint n;

  end_page (c);
  n = c->page - c->saved_page;
  c->page = c->saved_page;
  c->y = c->saved_y;
  c->drawing = c->saved_drawing && !c->cancelled;
  return n;
}

/* Ends the page in progress and leaves @n pages for later
 * (_kj_composer_fill_begin()); returns the first of them. */
guint
_kj_composer_reserve (KjComposer *c,
                      guint       n)
{
  end_page (c);
  c->page += n;
  return c->page - n + 1;
}

/* Ends the page in progress and goes back to the pages reserved from
 * @first; _kj_composer_fill_end() comes back and returns the pages filled. */
void
_kj_composer_fill_begin (KjComposer *c,
                         guint       first)
{
  end_page (c);
  c->saved_page = c->page;
  c->page = first - 1;
}

guint
_kj_composer_fill_end (KjComposer *c,
                       guint       first)
{
  guint filled;

  end_page (c);
  filled = c->page - first + 1;
  c->page = c->saved_page;
  return filled;
}

void
_kj_composer_finish (KjComposer *c)
{
  end_part (c);
  end_page (c);
  /* every page written before the file is finished */
  if (_kj_page_writer_finish (g_steal_pointer (&c->writer)))
    c->cancelled = TRUE;
}

/* Room for @height more points on this page, else a new page. */
void
_kj_composer_need (KjComposer *c,
                   double      height)
{
  if (c->page == 0 || c->page_ended || (c->y + height > c->bottom && c->y > c->top))
    _kj_composer_new_page (c, TRUE);
}

void
_kj_composer_space (KjComposer *c,
                    double      points)
{
  if (c->page > 0 && c->y > c->top)
    c->y = MIN (c->y + points, c->bottom);
}

/* Down the page, even at its top (a cover's title). */
void
_kj_composer_move_down (KjComposer *c,
                        double      points)
{
  if (c->page > 0)
    c->y = MIN (c->y + points, c->bottom);
}

/**
 * _kj_composer_outline:
 * An entry of the PDF's outline (bookmarks) pointing at the current
 * position, under @parent (CAIRO_PDF_OUTLINE_ROOT: 0).
 *
 * Returns: the entry's id, for children
 */
int
_kj_composer_outline (KjComposer *c,
                      int         parent,
                      const char *title)
{
  g_autofree char *link = NULL, *safe = NULL;

  if (!c->drawing || c->collected || cairo_surface_get_type (c->surface) != CAIRO_SURFACE_TYPE_PDF)
    return 0;
  _kj_composer_need (c, 0);
  /* whole points: cairo 1.16 reads the numbers with the C library's
   * locale, and "52.5" is not a number in id_ID */
  link = g_strdup_printf ("page=%u pos=[0 %d]", c->page, (int) MAX (0, c->y - 12));
  safe = kj_format_plain_text (title, FALSE);
  if (c->writer)
    return _kj_page_writer_outline (c->writer, parent, safe, link);
  return cairo_pdf_surface_add_outline (c->surface, parent, safe, link, CAIRO_PDF_OUTLINE_FLAG_OPEN);
}
