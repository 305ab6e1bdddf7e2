/* kj-checks-private.h: what the files of the data checks share
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-checks.h"

G_BEGIN_DECLS

typedef struct
{
  KjPlan    *plan;
  GPtrArray *findings;
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
