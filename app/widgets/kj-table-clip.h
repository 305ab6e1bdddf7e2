/* kj-table-clip.h: what the overview's table and the Tables page share with
 * spreadsheets: raw numbers, a pasted cell read, a table exported as CSV
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/kj-input.h"

G_BEGIN_DECLS

/* A table as text: @separator '\t' (the clipboard) or ',' (CSV); @raw:
 * numbers as the file holds them, else as shown. */
typedef char *(*KjTableTextFunc) (GtkWidget *owner,
                                  char       separator,
                                  gboolean   raw);

char     *kj_table_raw_number   (double            value);
char     *kj_table_plain_text   (const char       *markup);
gboolean  kj_table_parse_pasted (const char       *text,
                                 KjNotation        notation,
                                 const char       *where,
                                 double           *value,
                                 guint            *decimals,
                                 GError          **error);
void      kj_table_show_message (GtkWidget        *owner,
                                 const char       *heading,
                                 const char       *message);
void      kj_table_copy         (GtkWidget        *owner,
                                 KjTableTextFunc   text,
                                 const char       *action_name);
void      kj_table_export_csv   (GtkWidget        *owner,
                                 const char       *file_name,
                                 KjTableTextFunc   text);

G_END_DECLS
