/* kj-printed.h: figures as a source document prints them, and number words
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One entry of the top-level "printed" array (docs/plan-format.md). */
typedef struct
{
  guint       index;      /* position in "printed" */
  const char *of;         /* the quantity it stands for, in the path language */
  double      value;      /* NAN when the value is a text (a category) */
  const char *label;      /* the value when it is a text, else NULL */
  int         decimals;   /* decimals of the value as written in the file */
  const char *text;       /* (nullable): the figure exactly as printed */
  const char *where;      /* (nullable): where the document prints it */
} KjPrinted;

void      kj_printed_free          (KjPrinted  *printed);
int       kj_number_text_decimals  (const char *number_text);
gboolean  kj_printed_differs_at    (double      printed,
                                    int         decimals,
                                    double      computed);
double    kj_printed_slack         (double      a,
                                    double      b);

/* kj-number-words.c */
gboolean  kj_number_words_parse    (const char *words,
                                    gint64     *value);
gboolean  kj_number_words_find     (const char *text,
                                    gint64     *value,
                                    char      **words);
gboolean  kj_number_words_in_parentheses (const char *text,
                                          gint64     *value,
                                          char      **words);
gboolean  kj_printed_text_number   (const char *text,
                                    double      value,
                                    double     *number,
                                    int        *decimals);

G_END_DECLS
