/* kj-chart.h: the chart engine: data → axes → layout → painter, on any cairo_t
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No GTK here: the widget draws a chart from its snapshot, the exporters on
 * PNG, SVG and PDF surfaces, later the report composer inside a page and
 * printing inside GtkPrintOperation.  One path, so what is seen is what prints.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "model/kj-plan.h"
#include "model/kj-workspace.h"

G_BEGIN_DECLS

/* ── values ─────────────────────────────────────────────────────────────── */

typedef enum
{
  KJ_VALUE_NUMBER,     /* an index or a count: 84,96 */
  KJ_VALUE_PERCENT,    /* 113,18% */
  KJ_VALUE_RUPIAH,     /* short "Rp 15,2 M", full "Rp 15.249.203.000" */
} KjValueKind;

typedef struct
{
  KjValueKind kind;
  int         decimals;    /* -1: as the value needs */
} KjValueFormat;

char *kj_value_format_short (const KjValueFormat *format,
                             double               value);
char *kj_value_format_full  (const KjValueFormat *format,
                             double               value);

/* ── axis ticks (GOffice's 1-2-5 rule) ──────────────────────────────────── */

typedef struct
{
  double lo;      /* first tick */
  double hi;      /* last tick */
  double step;
  int    n;       /* number of ticks: lo + i × step for i in 0 … n − 1 */
} KjTicks;

gboolean kj_ticks_compute (double   min,
                           double   max,
                           int      max_ticks,
                           gboolean include_zero,
                           KjTicks *ticks);
double   kj_ticks_value   (const KjTicks *ticks,
                           int            i);

/* ── theme ──────────────────────────────────────────────────────────────── */

typedef struct
{
  double red, green, blue, alpha;
} KjRgba;

typedef struct
{
  KjRgba      background;
  KjRgba      foreground;
  KjRgba      muted;        /* secondary text */
  KjRgba      grid;
  KjRgba      target;       /* target lines and markers */
  KjRgba      series[6];    /* colour-blind-safe palette */
  double      ghost_alpha;  /* fill of outlined bars (allocations) over the background */
  double      ghost_line;   /* their outline's width */
  const char *font_family;
  gboolean    snap;         /* raster output: snap hairlines to pixels */
} KjChartTheme;

const KjChartTheme *kj_chart_theme_light (void);
const KjChartTheme *kj_chart_theme_dark  (void);
const KjChartTheme *kj_chart_theme_print (void);
gboolean            kj_rgba_parse        (const char *hex,
                                          KjRgba     *rgba);
KjRgba              kj_rgba_over         (const KjRgba *color,
                                          double        alpha,
                                          const KjRgba *background);
double              kj_rgba_contrast     (const KjRgba *a,
                                          const KjRgba *b);

/* ── chart kinds ────────────────────────────────────────────────────────── */

typedef struct
{
  const char *id;            /* "trend", "areas", … (the CLI's --chart) */
  const char *name;          /* for pickers: untranslated, show it through _() */
  gboolean    workspace;     /* draws the whole workspace, not one satker */
  gboolean    indicator;     /* needs an indicator (or a context table) */
} KjChartKind;

const KjChartKind *kj_chart_kinds        (guint      *n_kinds);
const KjChartKind *kj_chart_kind_find    (const char *id);
const KjChartKind *kj_chart_kind_default (void);

/* An indicator or context table a chart kind can draw for a plan. */
typedef struct
{
  char *id;
  char *name;
} KjChartChoice;

GPtrArray *kj_chart_get_choices        (const KjChartKind *kind,
                                        KjPlan            *plan,
                                        KjWorkspace       *workspace);
guint      kj_chart_get_default_choice (const KjChartKind *kind,
                                        KjPlan            *plan,
                                        KjWorkspace       *workspace,
                                        int                year,
                                        GPtrArray         *choices);

typedef struct
{
  KjWorkspace *workspace;    /* the open plans: for workspace kinds */
  KjPlan      *plan;         /* the chosen satker: for the others */
  const char  *indicator;    /* indicator id, context table id; NULL: a sensible default */
  int          year;         /* 0: the latest year with data */
} KjChartRequest;

#define KJ_CHART_ERROR (kj_chart_error_quark ())
GQuark kj_chart_error_quark (void);

typedef enum
{
  KJ_CHART_ERROR_UNKNOWN_KIND,
  KJ_CHART_ERROR_UNKNOWN_INDICATOR,
  KJ_CHART_ERROR_NO_DATA,
  KJ_CHART_ERROR_EXPORT,
} KjChartError;

/* Where a chart that cannot be drawn can be found: another satker's plan that
 * has the data, the years that have it.  The error's message says the same in
 * words; a page offers a button for each. */
#define KJ_CHART_HINT_MAX_YEARS 5

typedef struct
{
  char  *satker;        /* the satker to select (its code or name), or NULL */
  char  *satker_title;  /* its title, for a button */
  int    years[KJ_CHART_HINT_MAX_YEARS];  /* years with data, the most recent first */
  guint  n_years;
} KjChartHint;

void kj_chart_hint_free (KjChartHint *hint);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjChartHint, kj_chart_hint_free)

/* ── charts ─────────────────────────────────────────────────────────────── */

typedef struct _KjChart KjChart;

/* Shaped texts that charts drawn on one kind of surface can share. */
typedef struct _KjChartText KjChartText;

KjChartText *kj_chart_text_new   (void);
KjChartText *kj_chart_text_ref   (KjChartText *text);
void         kj_chart_text_unref (KjChartText *text);
void         kj_chart_text_set_batched (KjChartText *text,
                                        gboolean     batched);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjChartText, kj_chart_text_unref)

#define KJ_TYPE_CHART (kj_chart_get_type ())
GType       kj_chart_get_type           (void) G_GNUC_CONST;

KjChart    *kj_chart_new                (const char           *kind,
                                         const KjChartRequest *request,
                                         GError              **error);
KjChart    *kj_chart_new_with_hint      (const char           *kind,
                                         const KjChartRequest *request,
                                         KjChartHint         **hint,
                                         GError              **error);
KjChart    *kj_chart_ref                (KjChart              *chart);
void        kj_chart_unref              (KjChart              *chart);
const char *kj_chart_get_kind           (KjChart              *chart);
const char *kj_chart_get_title          (KjChart              *chart);
const char *kj_chart_get_subtitle       (KjChart              *chart);
const char *kj_chart_get_satker         (KjChart              *chart);
int         kj_chart_get_year           (KjChart              *chart);
char       *kj_chart_describe           (KjChart              *chart);
char       *kj_chart_file_name          (KjChart              *chart,
                                         const char           *indicator,
                                         KjPlan               *plan,
                                         int                   year,
                                         const char           *extension);

/* Height at which every row of a long chart is readable at @width. */
double      kj_chart_get_natural_height (KjChart              *chart,
                                         double                width);
double      kj_chart_get_natural_height_on (KjChart            *chart,
                                            cairo_t            *cr,
                                            const KjChartTheme *theme,
                                            double              width);
void        kj_chart_share_text         (KjChart              *chart,
                                         KjChartText          *text);
void        kj_chart_draw               (KjChart              *chart,
                                         cairo_t              *cr,
                                         double                width,
                                         double                height,
                                         const KjChartTheme   *theme);

/* PDF and print: a long chart splits over pages with all its labels. */
guint       kj_chart_get_n_pages        (KjChart              *chart,
                                         double                width,
                                         double                height);
void        kj_chart_draw_page          (KjChart              *chart,
                                         cairo_t              *cr,
                                         double                width,
                                         double                height,
                                         guint                 page,
                                         const KjChartTheme   *theme);

/* ── a chart laid out at a size: what was placed where ──────────────────── */

typedef struct
{
  double      x, y, width, height;   /* in the layout's coordinates */
  const char *label;                 /* "Kota Pontianak", "2023", an indicator */
  const char *tooltip;               /* exact, formatted values */
  const char *satker;                /* a satker name or code to select, or NULL */
  const char *area;                  /* a breakdown area, or NULL */
  int         year;                  /* a year to select, or 0 */
} KjChartItem;

/* The arrow keys' directions among a layout's items. */
typedef enum
{
  KJ_CHART_LEFT,
  KJ_CHART_RIGHT,
  KJ_CHART_UP,
  KJ_CHART_DOWN,
} KjChartDirection;

/* Every text with its box: for tests and benchmarks. */
typedef struct
{
  double      x, y, width, height;
  const char *text;
} KjChartLabel;

/* What the chart drew, besides texts: labels keep off these. */
typedef enum
{
  KJ_CHART_MARK_SEGMENT,     /* a stretch of a line: (x0, y0) to (x1, y1), size wide */
  KJ_CHART_MARK_MARKER,      /* a point's marker: a disc of diameter size centred on (x0, y0) */
  KJ_CHART_MARK_BAR,         /* a bar: the rectangle from (x0, y0) to (x1, y1) */
  KJ_CHART_MARK_REFERENCE,   /* a reference line (100 %) or a target tick: as a segment */
} KjChartMarkKind;

typedef struct
{
  KjChartMarkKind kind;
  double          x0, y0, x1, y1;
  double          size;
  gboolean        outlined;  /* a bar outlined and lightly filled (an allocation) */
} KjChartMark;

/* A value axis as drawn: its range and the step of its ticks. */
typedef struct
{
  double   lo, hi, step;
  gboolean vertical;         /* values up the y axis (categories), else along x (rows) */
} KjChartAxis;

typedef struct _KjChartLayout KjChartLayout;

#define KJ_TYPE_CHART_LAYOUT (kj_chart_layout_get_type ())
GType               kj_chart_layout_get_type     (void) G_GNUC_CONST;
KjChartLayout      *kj_chart_layout_new          (KjChart            *chart,
                                                  double              width,
                                                  double              height,
                                                  guint               page,
                                                  const KjChartTheme *theme);
KjChartLayout      *kj_chart_draw_layout         (KjChart            *chart,
                                                  cairo_t            *cr,
                                                  double              width,
                                                  double              height,
                                                  const KjChartTheme *theme);
void                kj_chart_layout_draw         (KjChartLayout      *layout,
                                                  cairo_t            *cr);
KjChartLayout      *kj_chart_layout_ref          (KjChartLayout      *layout);
void                kj_chart_layout_unref        (KjChartLayout      *layout);
KjChart            *kj_chart_layout_get_chart    (KjChartLayout      *layout);
gboolean            kj_chart_layout_fits         (KjChartLayout      *layout,
                                                  KjChart            *chart,
                                                  double              width,
                                                  double              height,
                                                  const KjChartTheme *theme);
double              kj_chart_layout_get_width    (KjChartLayout      *layout);
double              kj_chart_layout_get_height   (KjChartLayout      *layout);
guint               kj_chart_layout_get_n_items  (KjChartLayout      *layout);
const KjChartItem  *kj_chart_layout_get_item     (KjChartLayout      *layout,
                                                  guint               index);
int                 kj_chart_layout_hit_test     (KjChartLayout      *layout,
                                                  double              x,
                                                  double              y);
int                 kj_chart_layout_find_neighbour (KjChartLayout    *layout,
                                                    int               from,
                                                    KjChartDirection  direction);
guint               kj_chart_layout_get_n_labels (KjChartLayout      *layout);
const KjChartLabel *kj_chart_layout_get_label    (KjChartLayout      *layout,
                                                  guint               index);
guint               kj_chart_layout_get_n_marks  (KjChartLayout      *layout);
const KjChartMark  *kj_chart_layout_get_mark     (KjChartLayout      *layout,
                                                  guint               index);
guint               kj_chart_layout_get_n_axes   (KjChartLayout      *layout);
const KjChartAxis  *kj_chart_layout_get_axis     (KjChartLayout      *layout,
                                                  guint               index);
double              kj_chart_layout_get_header_height (KjChartLayout *layout);
gboolean            kj_chart_layout_get_extents  (KjChartLayout      *layout,
                                                  double             *x0,
                                                  double             *y0,
                                                  double             *x1,
                                                  double             *y1);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjChartLayout, kj_chart_layout_unref)

/* ── export ─────────────────────────────────────────────────────────────── */

gboolean kj_chart_export (KjChart  *chart,
                          const char *path,
                          double    width,
                          double    height,
                          double    scale,
                          GError  **error);

/* A PDF page: the chart within the printable area, under a running header
 * and over a footer; what tests check the pages by. */
guint          kj_chart_export_get_n_pages     (KjChart *chart,
                                                double   page_width,
                                                double   page_height);
KjChartLayout *kj_chart_export_page_layout     (KjChart *chart,
                                                double   page_width,
                                                double   page_height,
                                                guint    page,
                                                double  *x,
                                                double  *y,
                                                double  *zoom);
void           kj_chart_export_printable_area  (double   page_width,
                                                double   page_height,
                                                double  *x,
                                                double  *y,
                                                double  *width,
                                                double  *height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjChart, kj_chart_unref)

G_END_DECLS
