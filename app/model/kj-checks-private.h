/* kj-checks-private.h: what the files of the data checks share
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-checks.h"

G_BEGIN_DECLS

typedef struct
{
  KjPlan     *plan;
  GPtrArray  *findings;
  GHashTable *analysed_years;  /* years of which the file holds an LKIP analysis */
} KjChecker;

G_GNUC_INTERNAL G_GNUC_PRINTF (4, 5)
KjDiagnostic *_kj_check_add (KjChecker  *k,
                             KjSeverity  severity,
                             const char *path,
                             const char *format,
                             ...);
G_GNUC_INTERNAL
gboolean      _kj_same_label (const char *a,
                              const char *b);
G_GNUC_INTERNAL
char         *_kj_fold_label (const char *label);

/* kj-printed-of.c: what a printed figure's "of" stands for, computed */
typedef enum { Q_PLAIN, Q_MONEY, Q_PERCENT, Q_COUNT } QKind;

typedef struct
{
  gboolean  named;      /* FALSE: the path names nothing in the file (why says why) */
  gboolean  has;        /* a computed value exists */
  gboolean  is_label;   /* the quantity is a category */
  gboolean  partial;    /* a sum over lines some of which lack the amount */
  gboolean  gap;        /* a category whose value falls between two bands: no label */
  double    number;
  double    alt;        /* NAN, or a second accepted value (the capped achievement) */
  const char *label;    /* the computed category (nullable even when has) */
  QKind     kind;
  char     *what;       /* the quantity, in words */
  char     *source;     /* what the computed value comes from */
  char     *why;        /* why it names nothing, or has no value */
  struct _KjPrintedIndex *index;   /* borrowed: lookups by label, built once */
} KjQuantity;

/* Labels of rows, lines, nodes, tables and columns, looked up in a hash
 * built once per container: a file's printed figures are checked in time
 * linear in its size, however many there are. */
typedef struct _KjPrintedIndex KjPrintedIndex;
G_GNUC_INTERNAL
KjPrintedIndex *_kj_printed_index_new  (void);
G_GNUC_INTERNAL
void            _kj_printed_index_free (KjPrintedIndex *index);

G_GNUC_INTERNAL
void _kj_printed_evaluate (KjPlan         *plan,
                           const char     *of,
                           KjPrintedIndex *index,
                           KjQuantity     *q);
G_GNUC_INTERNAL
void _kj_quantity_clear   (KjQuantity *q);

/* kj-checks-printed.c */
G_GNUC_INTERNAL
void _kj_check_printed (KjChecker *k);
G_GNUC_INTERNAL
int  _kj_printed_year  (const char *of);

/* kj-checks-totals.c */
G_GNUC_INTERNAL
const char *_kj_row_label (GArray *cells);
G_GNUC_INTERNAL
void _kj_check_context_totals (KjChecker *k);

G_END_DECLS
