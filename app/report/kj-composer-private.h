/* kj-composer-private.h: the composer's state, shared by its files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/kj-format.h"
#include "report/kj-composer.h"

G_BEGIN_DECLS

typedef struct _KjTextBatches KjTextBatches;
typedef struct _KjPageWriter KjPageWriter;

struct _KjComposer
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  gboolean         drawing;      /* FALSE: measuring, nothing drawn */
  guint            only_part;    /* printing: compose this part (from 1) only, its pages collected; 0: all */
  double           page_width, page_height;
  double           x0, width;    /* the text's column */
  double           top, bottom;  /* between the header and the footer */
  double           y;            /* where the next block goes */
  guint            page;         /* the page in progress, from 1; 0: none yet */
  gboolean         page_ended;
  /* each satker's part is numbered on its own ("Halaman 3 dari 20") */
  guint            part_first;   /* the part's first page, from 1; 0: no part yet */
  guint            n_parts;      /* parts begun */
  GArray          *part_sizes;   /* measuring: guint, each part's pages */
  GPtrArray       *held;         /* drawing: the part's pages, their footers drawn when it ends */
  GPtrArray       *collected;    /* printing: the part's pages, footers and all */
  guint            saved_page;   /* a dry run's or a fill's page to come back to */
  double           saved_y;
  gboolean         saved_drawing;
  KjReportLang     lang;
  const char      *font_family;
  PangoContext    *pango;
  GHashTable      *shaped;       /* style and text → PangoLayout: texts shaped, bounded */
  GHashTable      *old_shaped;   /* the generation before */
  KjChartText     *chart_text;   /* what the report's charts have shaped */
  GHashTable      *bands;        /* the header's and footer's texts shaped, bounded */
  /* measuring: the table font's advances of printable ASCII and its line
   * height, normal and bold (widths[b][0] < 0: not yet known) */
  double           ascii_advance[2][95];
  double           ascii_line[2];
  gboolean         ascii_known[2];
  char            *head_left, *head_right;
  KjTextBatches   *text;         /* the page's glyphs, drawn when it ends */
  KjPageWriter    *writer;       /* (nullable) writes the pages on another thread */
  cairo_surface_t *scratch;      /* drawing: drawn on between pages */
  cairo_font_options_t *surface_options;   /* the PDF's, for the recording surfaces */
  KjReportProgress progress;
  gpointer         progress_data;
  gboolean         cancelled;
};

/* Whether what is placed now is drawn: not when measuring. */
static inline gboolean
_kj_composer_draws (KjComposer *c)
{
  return c->drawing;
}

PangoLayout *_kj_composer_layout        (KjComposer  *c,
                                         const char  *text,
                                         double       size,
                                         gboolean     bold,
                                         double       width);
PangoLayout *_kj_composer_layout_kept   (KjComposer     *c,
                                         const char     *text,
                                         double          size,
                                         gboolean        bold,
                                         double          width,
                                         PangoAlignment  align);
PangoLayout *_kj_composer_find_layout   (KjComposer  *c,
                                         const void  *head,
                                         gsize        head_len,
                                         const char  *text,
                                         char       **key);
void         _kj_composer_keep_layout   (KjComposer  *c,
                                         char        *key,
                                         PangoLayout *layout);
double       _kj_composer_layout_height (PangoLayout *layout);
void         _kj_composer_show          (KjComposer  *c,
                                         PangoLayout *layout,
                                         double       x,
                                         double       y,
                                         double       gray);
void         _kj_text_layout            (KjComposer      *c,
                                         PangoLayout     *layout,
                                         double           x,
                                         double           y,
                                         double           gray);
void         _kj_text_line              (KjComposer      *c,
                                         PangoLayoutLine *line,
                                         double           x,
                                         double           baseline,
                                         double           gray);
int          _kj_text_run_part          (KjComposer      *c,
                                         const char      *text,
                                         PangoGlyphItem  *run,
                                         int              from,
                                         int              to,
                                         double           x,
                                         double           baseline,
                                         int              extra,
                                         double           gray);
void         _kj_grid_rect              (KjComposer      *c,
                                         double           x,
                                         double           y,
                                         double           width,
                                         double           height,
                                         double           line_width,
                                         double           gray);
void         _kj_text_flush             (KjComposer      *c);
void         _kj_text_free              (KjComposer      *c);
KjPageWriter *_kj_page_writer_new        (cairo_surface_t *pdf,
                                         guint            n_parts,
                                         KjReportProgress progress,
                                         gpointer         progress_data);
void         _kj_page_writer_page       (KjPageWriter    *w,
                                         cairo_surface_t *page,
                                         guint            number,
                                         guint            part_done);
int          _kj_page_writer_outline    (KjPageWriter    *w,
                                         int              parent,
                                         const char      *title,
                                         const char      *link);
gboolean     _kj_page_writer_cancelled  (KjPageWriter    *w);
gboolean     _kj_page_writer_finish     (KjPageWriter    *w);
char        *_kj_page_of                (KjReportLang lang,
                                         guint        page,
                                         guint        n_pages);

G_END_DECLS
