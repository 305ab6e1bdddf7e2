/* kj-table-text.h: tables as text: TSV from the clipboard, CSV files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bounds: a table past any of them is refused, before its memory grows further. */
#define KJ_TABLE_MAX_SIZE    (16 * 1024 * 1024)
#define KJ_TABLE_MAX_ROWS    100000
#define KJ_TABLE_MAX_COLUMNS 1000
#define KJ_TABLE_MAX_CELL    (64 * 1024)

#define KJ_TABLE_ERROR (kj_table_error_quark ())
GQuark kj_table_error_quark (void);

typedef enum
{
  KJ_TABLE_ERROR_SYNTAX,   /* a quote not closed, text after a closing quote */
  KJ_TABLE_ERROR_LIMIT,    /* too many rows, columns or bytes */
  KJ_TABLE_ERROR_ENCODING, /* not UTF-8 text */
} KjTableError;

typedef struct _KjTextTable KjTextTable;

KjTextTable *kj_text_table_parse        (const char  *text,
                                         gssize       length,
                                         char         separator,
                                         GError     **error);
void         kj_text_table_free         (KjTextTable *table);
char         kj_text_table_get_separator (KjTextTable *table);
guint        kj_text_table_get_n_rows   (KjTextTable *table);
guint        kj_text_table_get_n_cells  (KjTextTable *table,
                                         guint        row);
guint        kj_text_table_get_n_columns (KjTextTable *table);
const char  *kj_text_table_get_cell     (KjTextTable *table,
                                         guint        row,
                                         guint        column);
guint        kj_text_table_get_line     (KjTextTable *table,
                                         guint        row);

void         kj_text_table_append_row   (GString           *out,
                                         const char * const *cells,
                                         guint              n_cells,
                                         char               separator);
gboolean     kj_text_table_cell_is_risky (const char       *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjTextTable, kj_text_table_free)

G_END_DECLS
