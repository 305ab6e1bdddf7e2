/* kj-input.h: numbers as planners type them, in Indonesian or English notation
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KJ_NOTATION_ID,   /* 15.249.203.000 and 84,96 */
  KJ_NOTATION_EN,   /* 15,249,203,000 and 84.96 */
} KjNotation;

#define KJ_INPUT_ERROR (kj_input_error_quark ())
GQuark kj_input_error_quark (void);

typedef enum
{
  KJ_INPUT_ERROR_EMPTY,       /* nothing typed: the caller means "no data" */
  KJ_INPUT_ERROR_INVALID,     /* not a number this program understands */
  KJ_INPUT_ERROR_RANGE,       /* larger than KJ_INPUT_MAX */
  KJ_INPUT_ERROR_AMBIGUOUS,   /* a suffix that means two things (M) */
} KjInputError;

/* The largest magnitude accepted: 10^15 (a thousand trillion rupiah). */
#define KJ_INPUT_MAX 1e15

KjNotation kj_notation_for_locale (void);
gboolean   kj_input_guess_notation (const char *text,
                                    KjNotation *notation);
gboolean   kj_input_parse_number  (const char *text,
                                   KjNotation  notation,
                                   double     *value,
                                   guint      *decimals,
                                   GError    **error);

G_END_DECLS
