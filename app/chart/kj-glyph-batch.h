/* kj-glyph-batch.h: text collected and drawn in a few calls (charts, reports)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _KjGlyphBatches KjGlyphBatches;

KjGlyphBatches *kj_glyph_batches_new      (void);
void            kj_glyph_batches_free     (KjGlyphBatches  *batches);
void            kj_glyph_batches_layout   (KjGlyphBatches  *batches,
                                           cairo_t         *cr,
                                           PangoLayout     *layout,
                                           double           x,
                                           double           y,
                                           double           red,
                                           double           green,
                                           double           blue);
void            kj_glyph_batches_line     (KjGlyphBatches  *batches,
                                           cairo_t         *cr,
                                           PangoLayoutLine *line,
                                           double           x,
                                           double           baseline,
                                           double           red,
                                           double           green,
                                           double           blue);
int             kj_glyph_batches_run_part (KjGlyphBatches  *batches,
                                           const char      *text,
                                           PangoGlyphItem  *run,
                                           int              from,
                                           int              to,
                                           double           x,
                                           double           baseline,
                                           int              extra,
                                           double           gray);
gboolean        kj_glyph_run_is_plain     (PangoGlyphItem  *run);
void            kj_glyph_batches_flush    (KjGlyphBatches  *batches,
                                           cairo_t         *cr);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjGlyphBatches, kj_glyph_batches_free)

G_END_DECLS
