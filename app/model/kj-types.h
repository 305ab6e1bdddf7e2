/* kj-types.h: plain records of a plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quantities are doubles; an absent quantity ("no data", JSON null or a
 * missing member) is NAN and never 0.  Use kj_has() to test.
 */
#pragma once

#include <math.h>
#include <glib.h>

G_BEGIN_DECLS

#define kj_has(x) (!isnan (x))

typedef struct
{
  char *code;
  char *name;
  char *short_name;
  char *level;
  char *province;
  char *area;
  char *parent;
} KjSatker;

typedef struct
{
  char **factors;
  char **obstacles;
  char **actions;
} KjNarrative;

typedef struct
{
  int          year;
  double       target;
  double       realization;
  double       reported_achievement;
  char        *reported_category;
  char        *note;
  KjNarrative *narrative;
} KjYearValue;

typedef struct
{
  char   *area;
  char   *satker;
  double  value;
  double  target;
  double  reported_achievement;
  char   *category;
} KjBreakdownRow;

typedef struct
{
  char   *code;
  char   *program;
  char   *kegiatan;
  double  allocation;
  double  realization;
} KjBudgetLine;

typedef struct
{
  char   *category;
  double  allocation;
  double  realization;
} KjSpendingLine;

typedef struct
{
  char   *kegiatan;
  char   *indicator;
  char   *name;
  char   *unit;
  double  target;
  double  realization;
} KjOutputLine;

typedef struct _KjWorkNode KjWorkNode;
struct _KjWorkNode
{
  char      *code;
  char      *name;
  char      *level;
  char      *unit;
  double     volume;
  double     amount;
  GPtrArray *children;   /* KjWorkNode */
};

typedef struct
{
  char *place;
  char *date;            /* YYYY-MM-DD */
  char *title;
  char *name;
} KjSignature;

/* A cell of a context table: a number, a text, or neither (empty). */
typedef struct
{
  double  number;        /* NAN unless a number */
  char   *text;          /* NULL unless a text */
} KjCell;

typedef struct
{
  char      *id;
  char      *title;
  char      *source;
  char     **columns;
  GPtrArray *rows;       /* GArray of KjCell, one per row */
} KjContextTable;

/* One year's items of a per-year member (budget, spending, outputs …). */
typedef struct
{
  int        year;
  GPtrArray *items;
} KjYearItems;

void kj_satker_clear        (KjSatker *satker);
void kj_year_value_free     (KjYearValue *value);
void kj_narrative_free      (KjNarrative *narrative);
void kj_breakdown_row_free  (KjBreakdownRow *row);
void kj_budget_line_free    (KjBudgetLine *line);
void kj_spending_line_free  (KjSpendingLine *line);
void kj_output_line_free    (KjOutputLine *line);
void kj_work_node_free      (KjWorkNode *node);
void kj_signature_free      (KjSignature *signature);
void kj_context_table_free  (KjContextTable *table);
void kj_year_items_free     (KjYearItems *items);

GArray      *kj_cells_new            (guint           n);
KjYearItems *kj_year_items_new       (int             year,
                                      GDestroyNotify  free_item);
KjYearItems *kj_year_items_find      (GPtrArray      *years,
                                      int             year);

G_END_DECLS
