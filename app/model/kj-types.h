/* kj-types.h: plain records of a plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quantities are doubles; an absent quantity ("no data", JSON null or a
 * missing member) is NAN and never 0.  Use kj_has() to test.  Texts belong
 * to the plan's tree (the records are a view of it, rebuilt after each edit).
 */
#pragma once

#include <math.h>
#include <glib.h>

G_BEGIN_DECLS

#define kj_has(x) (!isnan (x))

typedef struct
{
  const char *code;
  const char *name;
  const char *short_name;
  const char *level;
  const char *province;
  const char *area;
  const char *parent;
} KjSatker;

typedef struct
{
  const char **factors;
  const char **obstacles;
  const char **actions;
} KjNarrative;

typedef struct
{
  int          year;
  double       target;
  double       realization;
  double       reported_achievement;
  const char  *reported_category;
  const char  *note;
  KjNarrative *narrative;
} KjYearValue;

typedef struct
{
  const char *area;
  const char *satker;
  double  value;
  double  target;
  double  reported_achievement;
  const char *category;
} KjBreakdownRow;

typedef struct
{
  const char *code;
  const char *program;
  const char *kegiatan;
  double  allocation;
  double  realization;
} KjBudgetLine;

typedef struct
{
  const char *category;
  double  allocation;
  double  realization;
} KjSpendingLine;

typedef struct
{
  const char *kegiatan;
  const char *indicator;
  const char *name;
  const char *unit;
  double  target;
  double  realization;
} KjOutputLine;

typedef struct _KjWorkNode KjWorkNode;
struct _KjWorkNode
{
  const char *code;
  const char *name;
  const char *level;
  const char *unit;
  double     volume;
  double     amount;
  GPtrArray *children;   /* KjWorkNode */
};

typedef struct
{
  const char *place;
  const char *date;            /* YYYY-MM-DD */
  const char *title;
  const char *name;
} KjSignature;

/* A cell of a context table: a number, a text, or neither (empty). */
typedef struct
{
  double  number;        /* NAN unless a number */
  const char *text;          /* NULL unless a text */
} KjCell;

typedef struct
{
  const char *id;
  const char *title;
  const char *source;
  const char **columns;
  GPtrArray *rows;       /* GArray of KjCell, one per row */
  const char **total_rows;   /* (nullable): first-cell labels of the total rows */
  GPtrArray *row_decimals;   /* GArray of gint8 per row: decimals of each number cell */
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
