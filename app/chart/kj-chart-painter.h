/* kj-chart-painter.h: the painter and the value axis, shared by the drawing files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chart/kj-glyph-batch.h"
#include "chart/kj-chart-private.h"

G_BEGIN_DECLS

#define MARGIN        16.0
#define ROW_HEIGHT    24.0     /* natural height of a row of a rows panel */

/* The natural height of one row of @panel: taller for grouped bars and for
 * names on two lines. */
static inline double
kj_panel_row_height (const Panel *panel)
{
  if (panel->wrap_labels)
    return 36;
  return panel->n_values > 2 ? ROW_HEIGHT + 8 : ROW_HEIGHT;
}
#define CELL_HEIGHT   24.0
#define CATEGORY_MIN  260.0    /* natural height of a category panel */
#define HEADER_MAX    150.0    /* longest upright column header */
#define AXIS_TICKS    5        /* ticks a value axis is laid out for: its range is the
                                  data's and the scale's, never the size's */

typedef enum
{
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_LABEL,
  FONT_SMALL,
  FONT_BOLD,
  N_FONTS
} Font;

typedef struct
{
  KjChart              *chart;
  cairo_t              *cr;
  const KjChartTheme   *theme;
  PangoFontDescription *fonts[N_FONTS];
  double                width;
  double                height;
  gboolean              dry;        /* measure only: nothing drawn or recorded */
  KjChartLayout        *record;     /* where texts and items are recorded, or NULL */
  const char           *subtitle;   /* the chart's, or a page's ("… · page 2 of 5") */
  guint                 rows_from;  /* the rows of a long panel drawn: [from, to) */
  guint                 rows_to;
  GArray               *placed;     /* cairo_rectangle_t of point labels, to avoid collisions */
  GArray               *marks;      /* KjChartMark: what labels keep off, recorded with the texts */
  PangoLayout          *layout;     /* the current text's, from the chart's cache */
  KjGlyphBatches       *batches;    /* (nullable) where the texts wait, drawn when the chart is */
  gboolean              device_strokes; /* lines stroked in the page's units (_kj_stroke()) */
} Painter;

typedef enum { ALIGN_START, ALIGN_CENTER, ALIGN_END } Align;

typedef struct
{
  KjTicks ticks;
  double  lo, hi;       /* the axis range: the first and the last tick */
  double  from, to;     /* screen coordinates of lo and hi */
  int     stride;       /* every stride-th tick drawn (and the last): fewer where small */
} Axis;

/* kj-chart-painter.c */
G_GNUC_INTERNAL
void _kj_painter_init (Painter            *p,
                       KjChart            *chart,
                       cairo_t            *cr,
                       const KjChartTheme *theme,
                       double              width,
                       double              height,
                       gboolean            dry);
G_GNUC_INTERNAL
void _kj_painter_clear (Painter *p);
G_GNUC_INTERNAL
void _kj_set_color (Painter      *p,
                    const KjRgba *c,
                    double        alpha);
G_GNUC_INTERNAL
void _kj_set_tint (Painter      *p,
                   const KjRgba *c,
                   double        alpha);
G_GNUC_INTERNAL
void _kj_bar_rectangle (Painter *p,
                        double   x,
                        double   y,
                        double   w,
                        double   h);
G_GNUC_INTERNAL
void   _kj_stroke (Painter  *p,
                   gboolean preserve);
double _kj_snap (Painter *p,
                 double   v);
G_GNUC_INTERNAL
void _kj_text_size (Painter    *p,
                    Font        font,
                    const char *text,
                    double      max_width,
                    gboolean    wrap,
                    double     *w,
                    double     *h);
G_GNUC_INTERNAL
double _kj_draw_text (Painter      *p,
                      Font          font,
                      const char   *text,
                      double        x,
                      double        y,
                      Align         align,
                      double        max_width,
                      gboolean      wrap,
                      const KjRgba *color);
G_GNUC_INTERNAL
void _kj_draw_text_vertical (Painter      *p,
                             Font          font,
                             const char   *text,
                             double        cx,
                             double        bottom,
                             double        max_length,
                             const KjRgba *color);
G_GNUC_INTERNAL
void _kj_add_mark (Painter         *p,
                   KjChartMarkKind  kind,
                   double           x0,
                   double           y0,
                   double           x1,
                   double           y1,
                   double           size,
                   gboolean         outlined);
G_GNUC_INTERNAL
void _kj_add_axis (Painter    *p,
                   const Axis *axis,
                   gboolean    vertical);
G_GNUC_INTERNAL
gboolean _kj_is_free (Painter                 *p,
                      const cairo_rectangle_t *r);
G_GNUC_INTERNAL
gboolean _kj_mark_hits (const KjChartMark       *m,
                        const cairo_rectangle_t *r);
G_GNUC_INTERNAL
void _kj_ghost_bar (Painter      *p,
                    double        x,
                    double        y,
                    double        w,
                    double        h,
                    const KjRgba *c);
G_GNUC_INTERNAL
void _kj_place_point_label (Painter      *p,
                            const char   *text,
                            double        cx,
                            double        cy,
                            const KjRgba *color,
                            double        top,
                            double        bottom,
                            gboolean      below_first);
G_GNUC_INTERNAL
void _kj_add_item_static (Painter    *p,
                          double      x,
                          double      y,
                          double      w,
                          double      h,
                          const char *label,
                          const char *tooltip,
                          const char *satker,
                          const char *area,
                          int         year);
G_GNUC_INTERNAL
void _kj_add_item (Painter    *p,
                   double      x,
                   double      y,
                   double      w,
                   double      h,
                   const char *label,
                   char       *tooltip,
                   const char *satker,
                   const char *area,
                   int         year);
G_GNUC_INTERNAL
double _kj_axis_pos (const Axis *a,
                     double      v);
G_GNUC_INTERNAL
void _kj_axis_init (Axis    *a,
                    double   min,
                    double   max,
                    int      max_ticks,
                    gboolean include_zero);
G_GNUC_INTERNAL
void _kj_axis_set_room (Axis *a,
                        int   max_ticks);
G_GNUC_INTERNAL
gboolean _kj_axis_shows_tick (const Axis *a,
                              int         i);
G_GNUC_INTERNAL
KjValueFormat _kj_tick_format (const KjValueFormat *format,
                               const KjTicks       *ticks);

/* kj-chart-draw-category.c */
G_GNUC_INTERNAL
void _kj_draw_category_panel (Painter *p,
                              Panel   *panel,
                              double   px,
                              double   py,
                              double   pw,
                              double   ph);

/* kj-chart-draw-rows.c */
G_GNUC_INTERNAL
void _kj_draw_rows_panel (Painter *p,
                          Panel   *panel,
                          double   px,
                          double   py,
                          double   pw,
                          double   ph);
G_GNUC_INTERNAL
void _kj_draw_heatmap_panel (Painter *p,
                             Panel   *panel,
                             double   px,
                             double   py,
                             double   pw,
                             double   ph);

G_END_DECLS
