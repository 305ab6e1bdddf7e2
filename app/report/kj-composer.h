/* kj-composer.h: the page composer of printed reports (private to app/report)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A composer places blocks (headings, paragraphs, tables, charts, signature
 * blocks) down pages of one size, each under a running header and over a
 * footer "Halaman i dari n", each satker's part numbered on its own.  A
 * PDF is composed once: each part's pages are held until it ends, then get
 * their footers and go to the writer.  Printing page by page runs twice:
 * once measuring (nothing drawn, each part's pages counted, section pages
 * recorded for the table of contents), then drawing the page asked for.
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "chart/kj-chart.h"
#include "report/kj-report.h"

G_BEGIN_DECLS

typedef struct _KjComposer KjComposer;

typedef enum
{
  KJ_ROW_NORMAL,
  KJ_ROW_GROUP,     /* one cell across the table: a sasaran over its indicators */
  KJ_ROW_TOTAL,     /* bold, over a rule */
} KjRowKind;

typedef struct
{
  const char *title;
  double      weight;    /* share of the table's width */
  gboolean    numeric;   /* right-aligned */
} KjColumn;

typedef struct _KjTable KjTable;

KjTable    *_kj_table_new          (const KjColumn *columns,
                                    guint           n_columns);
void        _kj_table_free         (KjTable        *table);
/* takes the texts (NULL: empty cell); a group row has one */
void        _kj_table_add_row      (KjTable        *table,
                                    KjRowKind       kind,
                                    char          **cells);
guint       _kj_table_get_n_rows   (KjTable        *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjTable, _kj_table_free)

KjComposer *_kj_composer_new       (cairo_surface_t  *surface,
                                    gboolean          drawing,
                                    double            width,
                                    double            height,
                                    KjReportLang      lang);
KjComposer *_kj_composer_new_for_part (cairo_surface_t *surface,
                                       guint            part,
                                       double           width,
                                       double           height,
                                       KjReportLang     lang);
GPtrArray  *_kj_composer_take_collected (KjComposer *c);
gboolean    _kj_composer_skips_part (KjComposer      *c,
                                     guint            part);
void        _kj_composer_free      (KjComposer       *c);
void        _kj_composer_set_progress (KjComposer     *c,
                                       KjReportProgress progress,
                                       gpointer         user_data);
void        _kj_composer_write_on_thread (KjComposer *c,
                                          guint       n_parts);
gboolean    _kj_composer_cancelled (KjComposer       *c);
KjReportLang _kj_composer_get_lang (KjComposer       *c);
void        _kj_composer_set_header (KjComposer      *c,
                                     const char      *left,
                                     const char      *right);
GArray     *_kj_composer_take_part_sizes (KjComposer *c);
guint       _kj_composer_get_page  (KjComposer       *c);
guint       _kj_composer_get_part_page (KjComposer   *c);
void        _kj_composer_begin_part (KjComposer      *c);
void        _kj_composer_dry_begin (KjComposer       *c);
guint       _kj_composer_dry_end   (KjComposer       *c);
guint       _kj_composer_reserve   (KjComposer       *c,
                                    guint             n);
void        _kj_composer_fill_begin (KjComposer      *c,
                                     guint            first);
guint       _kj_composer_fill_end  (KjComposer       *c,
                                    guint            first);
double      _kj_composer_get_width (KjComposer       *c);
double      _kj_composer_get_room  (KjComposer       *c);
gboolean    _kj_composer_is_drawing (KjComposer      *c);
cairo_t    *_kj_composer_get_cr    (KjComposer       *c);
void        _kj_composer_new_page  (KjComposer       *c,
                                    gboolean          with_header);
void        _kj_composer_finish    (KjComposer       *c);
void        _kj_composer_need      (KjComposer       *c,
                                    double            height);
void        _kj_composer_space     (KjComposer       *c,
                                    double            points);
void        _kj_composer_move_down (KjComposer       *c,
                                    double            points);
int         _kj_composer_outline   (KjComposer       *c,
                                    int               parent,
                                    const char       *title);
void        _kj_composer_heading   (KjComposer       *c,
                                    const char       *text,
                                    double            size);
void        _kj_composer_centered  (KjComposer       *c,
                                    const char       *text,
                                    double            size,
                                    gboolean          bold);
void        _kj_composer_paragraph (KjComposer       *c,
                                    const char       *text,
                                    double            indent);
void        _kj_composer_toc_line  (KjComposer       *c,
                                    const char       *text,
                                    guint             page,
                                    double            indent,
                                    gboolean          bold);
void        _kj_composer_table     (KjComposer       *c,
                                    KjTable          *table);
void        _kj_composer_chart     (KjComposer       *c,
                                    KjChart          *chart,
                                    double            height);
void        _kj_composer_signature (KjComposer       *c,
                                    const KjSignature *left,
                                    const char       *left_role,
                                    const KjSignature *right,
                                    const char       *right_role);

G_END_DECLS
