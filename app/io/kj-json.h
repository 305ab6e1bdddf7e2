/* kj-json.h: strict, bounded JSON reader and an order-keeping writer
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Plan files arrive by e-mail: everything the reader accepts is bounded. */
#define KJ_JSON_MAX_SIZE  (64 * 1024 * 1024)
#define KJ_JSON_MAX_DEPTH 64

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

void      kj_json_problem_free  (KjJsonProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjJsonProblem, kj_json_problem_free)

JsonNode *kj_json_read          (const char     *data,
                                 gsize           length,
                                 KjJsonProblem **problem);
gboolean  kj_json_locate        (const char     *data,
                                 gsize           length,
                                 const char     *path,
                                 gsize          *offset);
void      kj_json_locate_all    (const char         *data,
                                 gsize               length,
                                 const char * const *paths,
                                 guint               n_paths,
                                 gsize              *offsets);
void      kj_json_offsets_to_line_columns (const char *data,
                                           gsize       length,
                                           gsize      *offsets,
                                           guint       n);
void      kj_json_offset_to_line_column (const char *data,
                                         gsize       length,
                                         gsize       offset,
                                         guint      *line,
                                         guint      *column);

char     *kj_json_write         (JsonNode       *root);
void      kj_json_format_double (GString        *out,
                                 double          value);

G_END_DECLS
