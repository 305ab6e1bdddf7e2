/* kj-tables-page.h: the plan's tables (breakdowns, budget, spending, outputs,
 * work plan, context), sortable and typed into
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/kj-plan.h"

G_BEGIN_DECLS

typedef enum
{
  KJ_TABLE_BREAKDOWN,   /* an indicator's rows per area, for the year */
  KJ_TABLE_BUDGET,      /* funding per kegiatan */
  KJ_TABLE_SPENDING,    /* funding per type of spending */
  KJ_TABLE_OUTPUTS,     /* rincian output (RO) */
  KJ_TABLE_WORKPLAN,    /* the work plan's tree */
  KJ_TABLE_CONTEXT,     /* a context table of the documents */
  KJ_N_TABLES
} KjTableKind;

#define KJ_TYPE_TABLES_PAGE (kj_tables_page_get_type ())
G_DECLARE_FINAL_TYPE (KjTablesPage, kj_tables_page, KJ, TABLES_PAGE, AdwBin)

KjPlan        *kj_tables_page_get_plan      (KjTablesPage *self);
void           kj_tables_page_set_plan      (KjTablesPage *self,
                                             KjPlan       *plan);
int            kj_tables_page_get_year      (KjTablesPage *self);
void           kj_tables_page_set_year      (KjTablesPage *self,
                                             int           year);
KjTableKind    kj_tables_page_get_table     (KjTablesPage *self);
void           kj_tables_page_set_table     (KjTablesPage *self,
                                             KjTableKind   table);
const char    *kj_tables_page_get_source    (KjTablesPage *self);
gboolean       kj_tables_page_set_source    (KjTablesPage *self,
                                             const char   *id);
GtkColumnView *kj_tables_page_get_view      (KjTablesPage *self);
gboolean       kj_tables_page_is_read_only  (KjTablesPage *self);

/* the rows as shown, sorted, the totals row last; a work plan's expanded */
guint          kj_tables_page_get_n_rows    (KjTablesPage *self);
char          *kj_tables_page_get_row_key   (KjTablesPage *self,
                                             guint         row);
char          *kj_tables_page_get_text      (KjTablesPage *self,
                                             guint         row,
                                             const char   *column);
int            kj_tables_page_find_row      (KjTablesPage *self,
                                             const char   *key);
gboolean       kj_tables_page_is_editable   (KjTablesPage *self,
                                             const char   *column);

/* edits, each one step of the plan's undo */
gboolean       kj_tables_page_set_cell      (KjTablesPage *self,
                                             const char   *key,
                                             const char   *column,
                                             const char   *text,
                                             GError      **error);
gboolean       kj_tables_page_add_row       (KjTablesPage *self,
                                             const char   *parent_key,
                                             const char   *key,
                                             GError      **error);
guint          kj_tables_page_count_removed (KjTablesPage *self,
                                             const char   *key);
gboolean       kj_tables_page_remove_row    (KjTablesPage *self,
                                             const char   *key,
                                             GError      **error);
GtkWidget     *kj_tables_page_get_cell      (KjTablesPage *self,
                                             const char   *key,
                                             const char   *column);
void           kj_tables_page_focus_cell    (KjTablesPage *self,
                                             const char   *key,
                                             const char   *column);
gboolean       kj_tables_page_reveal_edit   (KjTablesPage *self,
                                             KjEdit       *edit,
                                             int          *year);

/* spreadsheets: a TSV block pasted (one edit), a range or the table as text */
gboolean       kj_tables_page_paste_text    (KjTablesPage *self,
                                             const char   *text,
                                             const char   *key,
                                             const char   *column,
                                             GError      **error);
char          *kj_tables_page_get_range_text (KjTablesPage *self);
char          *kj_tables_page_get_table_text (KjTablesPage *self,
                                              char          separator,
                                              gboolean      raw);
char          *kj_tables_page_get_focused_path (KjTablesPage *self,
                                                char        **what);

G_END_DECLS
