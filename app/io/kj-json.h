/* kj-json.h: strict, bounded JSON reader and an order-keeping writer
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/kj-node.h"

G_BEGIN_DECLS

/* Plan files arrive by e-mail: everything the reader accepts is bounded. */
#define KJ_JSON_MAX_SIZE  (64 * 1024 * 1024)
#define KJ_JSON_MAX_DEPTH 64
#define KJ_JSON_MAX_VALUES (2 * 1000 * 1000)   /* the national average is 2,000 a file */

/**
 * KjJsonProblem:
 * Where and why a document could not be read: @offset is a byte offset into
 * the document, @path the JSON path of the value being read.
 */
typedef struct
{
  gsize     offset;
  char     *path;
  char     *message;
  gboolean  over_limit;   /* too large or too deep, rather than malformed */
} KjJsonProblem;

void        kj_json_problem_free  (KjJsonProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjJsonProblem, kj_json_problem_free)

KjDocument *kj_json_read          (const char     *data,
                                   gsize           length,
                                   KjJsonProblem **problem);
void        kj_json_offset_to_line_column (const char *data,
                                           gsize       length,
                                           gsize       offset,
                                           guint      *line,
                                           guint      *column);

G_END_DECLS
