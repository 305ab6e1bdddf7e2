/* kj-chart-private.h: what a chart holds, shared by the engine's files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart is a title, a legend and one or more panels; a panel is one of three
 * plots: categories along x (years: lines and bars), rows (horizontal bars:
 * kabupaten, satker, indicators) or a heatmap.  The kinds in
 * kj-chart-kinds*.c fill these from the model; kj-chart-draw*.c and
 * kj-chart-painter.c lay them out and paint them.
 */
#pragma once

#include "chart/kj-glyph-batch.h"
#include <pango/pangocairo.h>

#include "chart/kj-chart.h"

G_BEGIN_DECLS

/* Colours that stand for the theme's, resolved when painting, so that a chart
 * built once reads well on light, dark and paper.  Band colours are real
 * colours: they are the same everywhere. */
#define KJ_COLOR_TARGET    ((KjRgba) { -1, 0, 0, 1 })
#define KJ_COLOR_MUTED     ((KjRgba) { -2, 0, 0, 1 })
#define KJ_COLOR_GRID      ((KjRgba) { -3, 0, 0, 1 })
#define KJ_COLOR_SERIES(i) ((KjRgba) { -10.0 - (i), 0, 0, 1 })

typedef enum
{
  PANEL_CATEGORY,
  PANEL_ROWS,
  PANEL_HEATMAP,
} PanelType;

typedef enum
{
  MARK_NONE,          /* legend only: a caption, no chip */
  MARK_LINE,          /* solid line with markers; gaps where values are absent */
  MARK_DASHED,        /* dashed line (targets) */
  MARK_BARS,
  MARK_GHOST_BARS,    /* outlined, lightly filled (allocations, targets) */
  MARK_STACKED,       /* bars stacked on the previous stacked series */
} MarkStyle;

typedef struct
{
  char      *name;
  MarkStyle  style;
  KjRgba     color;
  guint      n;              /* the number of categories */
  double    *values;         /* n, NAN = absent */
  char     **point_labels;   /* optional: n, each NULL = none (not a strv: it has gaps) */
} Series;

typedef struct
{
  char   *label;
  char   *sublabel;
  double *values;            /* n_values of the panel */
  double  target;            /* NAN: none */
  char   *value_label;       /* at the bar's end */
  KjRgba  color;
  char   *tooltip;
  char   *item_tooltip;      /* label, sublabel and tooltip: built on the first draw */
  char   *satker;
  char   *area;
  int     year;
} Row;

typedef struct
{
  PanelType      type;
  char          *title;
  KjValueFormat  format;
  double         weight;      /* share of the chart's height among panels */

  /* PANEL_CATEGORY */
  GPtrArray     *categories;  /* char* */
  int           *years;       /* the year of each category, or NULL */
  GPtrArray     *series;      /* Series* */
  int            highlight;   /* category to highlight, -1 none */

  /* PANEL_ROWS */
  GPtrArray     *rows;        /* Row* */
  guint          n_values;    /* bars per row (grouped), ≥ 1 */
  GPtrArray     *value_names; /* char*, one per value when grouped */
  KjRgba         value_colors[6];
  gboolean       value_ghost[6]; /* outlined, lightly filled: allocations */
  double         reference;   /* a vertical line (100 %), NAN none */
  double         clip;        /* bars longer than this are cut (marked ▸), NAN none */
  gboolean       wrap_labels; /* row names on up to two lines (long indicator names) */

  /* both: band shading and labels */
  KjScale       *bands;

  /* PANEL_HEATMAP */
  GPtrArray     *row_labels;  /* char* */
  GPtrArray     *row_satker;  /* char* */
  GPtrArray     *col_labels;  /* char* (short) */
  GPtrArray     *col_names;   /* char* (full, for tooltips) */
  double        *cells;       /* rows × cols, NAN absent */
  char         **cell_tips;   /* rows × cols, built on the first draw */
  KjScale       *cell_scale;
} Panel;

typedef struct
{
  char     *label;
  KjRgba    color;
  MarkStyle style;
} LegendEntry;

typedef struct
{
  const char *family;    /* the theme's, static */
  int         font;
  int         width;     /* Pango units, -1 unbounded */
  gboolean    wrap;
  GHashTable *texts;     /* text → PangoLayout */
} LayoutStyle;

struct _KjChart
{
  grefcount  ref;
  char      *kind;
  char      *title;
  char      *subtitle;
  char      *satker;     /* the work unit chosen, for a printed page's header, or NULL */
  int        year;
  GPtrArray *panels;     /* Panel* */
  GPtrArray *legend;     /* LegendEntry* */
  KjChartHint *hint;     /* a kind that fails says where the data is */

  /* shaped texts, kept between draws (Pango is most of a redraw), and
   * shared by charts drawn on one kind of surface (a report's); where they
   * are placed is a KjChartLayout's, never the chart's */
  KjChartText *text;
};

struct _KjChartText
{
  grefcount     ref;
  PangoContext *pango;
  int           surface_type;   /* what the context was set up for */
  double        scale;
  gboolean      unhinted;       /* metrics not hinted (PDF, SVG, a report's pages) */
  GArray       *layouts;        /* LayoutStyle: a text → PangoLayout table per style */
  KjGlyphBatches *batches;      /* (nullable) kj_chart_text_set_batched() */
};

/* A chart laid out at a size: what it placed where.  Made by drawing it
 * (kj_chart_draw_layout()) or on a surface of its own (kj_chart_layout_new()). */
struct _KjChartLayout
{
  grefcount           ref;
  KjChart            *chart;
  const KjChartTheme *theme;
  double              width;
  double              height;
  guint               page;       /* G_MAXUINT: the whole chart, not a page */
  GArray             *items;      /* KjChartItem; strings point into the chart */
  GArray             *labels;     /* KjChartLabel; texts in label_texts */
  GPtrArray          *label_texts;
  GPtrArray          *item_texts; /* tooltips built while laying out */
  GArray             *marks;      /* KjChartMark: lines, markers, bars */
  GArray             *axes;       /* KjChartAxis */
  double              rows_top;   /* where a long chart's rows begin, or 0 */
};

/* kj-chart-layout.c */
KjChartLayout *_kj_chart_layout_alloc (KjChart            *chart,
                                       const KjChartTheme *theme,
                                       double              width,
                                       double              height,
                                       guint               page);

/* kj-chart.c */
KjChart *kj_chart_alloc          (const char *kind);
Panel   *kj_chart_add_panel      (KjChart    *chart,
                                  PanelType   type,
                                  const char *title);
Series  *kj_panel_add_series     (Panel      *panel,
                                  const char *name,
                                  MarkStyle   style,
                                  KjRgba      color);
Row     *kj_panel_add_row        (Panel      *panel,
                                  const char *label);
void     kj_chart_add_legend     (KjChart    *chart,
                                  const char *label,
                                  KjRgba      color,
                                  MarkStyle   style);
void     kj_chart_add_band_legend (KjChart   *chart,
                                  KjScale    *scale);
guint    kj_panel_n_categories   (Panel      *panel);

G_END_DECLS
