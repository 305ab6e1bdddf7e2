/* kj-node.h: the JSON tree of a plan file, the one source of truth for its data
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A compact tree: member names are shared per document, texts live in one
 * string store, numbers keep the digits they were written with (a printed
 * 147.00 keeps its two decimals), and every node knows the line and column
 * where it stands in the current text of its document.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KJ_NODE_NULL,
  KJ_NODE_BOOLEAN,
  KJ_NODE_NUMBER,
  KJ_NODE_STRING,
  KJ_NODE_ARRAY,
  KJ_NODE_OBJECT,
} KjNodeType;

typedef struct _KjNode     KjNode;
typedef struct _KjDocument KjDocument;

KjNodeType   kj_node_type            (const KjNode *node);
gboolean     kj_node_is_null         (const KjNode *node);
gboolean     kj_node_is_number       (const KjNode *node);
gboolean     kj_node_is_integer      (const KjNode *node);
gboolean     kj_node_is_string       (const KjNode *node);
gboolean     kj_node_is_array        (const KjNode *node);
gboolean     kj_node_is_object       (const KjNode *node);
gboolean     kj_node_get_boolean     (const KjNode *node);
double       kj_node_get_number      (const KjNode *node);
gboolean     kj_node_get_int         (const KjNode *node,
                                      gint64       *out);
const char  *kj_node_get_number_text (const KjNode *node);
const char  *kj_node_get_string      (const KjNode *node);
guint        kj_node_get_line        (const KjNode *node);
guint        kj_node_get_column      (const KjNode *node);

guint        kj_node_get_length      (const KjNode *node);
int          kj_node_find_keyed      (const KjNode *array,
                                      const char   *key,
                                      const char   *value);
KjNode      *kj_node_get_element     (const KjNode *array,
                                      guint         index);
const char  *kj_node_get_member_name (const KjNode *object,
                                      guint         index);
KjNode      *kj_node_get_member_value (const KjNode *object,
                                       guint         index);
KjNode      *kj_node_get_member      (const KjNode *object,
                                      const char   *name);
int          kj_node_find_member     (const KjNode *object,
                                      const char   *name);

KjNode      *kj_node_new_null        (void);
KjNode      *kj_node_new_boolean     (gboolean      value);
KjNode      *kj_node_new_number      (double        value);
KjNode      *kj_node_new_number_text (const char   *text);
KjNode      *kj_node_new_string      (const char   *value);
KjNode      *kj_node_new_array       (void);
KjNode      *kj_node_new_object      (void);
KjNode      *kj_node_copy            (const KjNode *node);
void         kj_node_free            (KjNode       *node);
gboolean     kj_node_equal           (const KjNode *a,
                                      const KjNode *b);

void         kj_node_array_insert    (KjNode       *array,
                                      int           index,
                                      KjNode       *value);
KjNode      *kj_node_array_steal     (KjNode       *array,
                                      guint         index);
KjNode      *kj_node_array_replace   (KjNode       *array,
                                      guint         index,
                                      KjNode       *value);
void         kj_node_object_insert   (KjNode       *object,
                                      int           index,
                                      const char   *name,
                                      KjNode       *value);
KjNode      *kj_node_object_steal    (KjNode       *object,
                                      guint         index);
KjNode      *kj_node_object_replace  (KjNode       *object,
                                      guint         index,
                                      KjNode       *value);
void         kj_node_object_set      (KjNode       *object,
                                      const char   *name,
                                      KjNode       *value);

KjNode      *kj_node_lookup          (KjNode       *root,
                                      const char   *path);

char        *kj_node_write           (KjNode       *root,
                                      gboolean      place);
void         kj_node_format_double   (GString      *out,
                                      double        value);

KjNode      *kj_document_get_root    (KjDocument   *doc);
void         kj_document_free        (KjDocument   *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjNode, kj_node_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjDocument, kj_document_free)

G_END_DECLS
