/* kj-format.h: numbers, money and dates as the locale writes them
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "–" for no data: an en dash, as printed reports use */
#define KJ_NO_DATA "–"

void  kj_format_separators   (const char **decimal_point,
                              const char **thousands_sep);
char *kj_format_number_with  (double      value,
                              int         decimals,
                              const char *decimal_point,
                              const char *thousands_sep);
char *kj_format_number       (double      value,
                              int         decimals);
char *kj_format_percent      (double      value,
                              int         decimals);
char *kj_format_rupiah       (double      value);
int   kj_format_auto_decimals (double     value);
int   kj_printed_decimals    (double      value);
char *kj_format_escape_controls (const char *text);
char *kj_format_plain_text   (const char *text,
                              gboolean    xml);
void  kj_format_append_slug  (GString    *name,
                              const char *text);
void  kj_format_shortest     (double      value,
                              char       *buf);

G_END_DECLS
