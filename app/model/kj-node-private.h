/* kj-node-private.h: the layout of tree nodes, for the reader and the writer
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-node.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;     /* owned by the document's string store, or interned */
  KjNode     *value;
} KjNodeMember;

enum
{
  KJ_NODE_FLAG_HEAP        = 1 << 0,   /* the node itself was allocated alone */
  KJ_NODE_FLAG_OWNS_STRING = 1 << 1,   /* its text is its own (not the store's) */
  KJ_NODE_FLAG_INTEGER     = 1 << 2,   /* a number written without fraction or exponent */
  KJ_NODE_FLAG_OWNS_ARRAY  = 1 << 3,   /* its members or elements are its own (not the store's) */
};

struct _KjNode
{
  guint8  type;
  guint8  flags;
  guint16 reserved;
  guint32 length;       /* children, or bytes of a string */
  guint32 line;         /* 0: not placed in a text yet */
  guint32 column;
  union
  {
    const char   *number;  /* the digits as written: the value is read from them */
    gboolean      boolean;
    const char   *string;
    KjNodeMember *members;
    KjNode      **elements;
  } v;
};

struct _KjDocument
{
  KjNode       *root;
  GStringChunk *strings;    /* texts, number digits and member names */
  KjNode       *slab;       /* the reader's nodes */
  gsize         slab_used;
  gsize         slab_size;
  GPtrArray    *arrays;     /* blocks of the reader's members and elements */
  gsize         array_used; /* bytes used in the last block */
  gsize         array_size;
  gsize         array_block;
};

KjDocument *_kj_document_new          (gsize       text_size,
                                       gsize       max_nodes);
KjNode     *_kj_document_alloc        (KjDocument *doc,
                                       KjNodeType  type);
const char *_kj_document_intern       (KjDocument *doc,
                                       const char *name);
const char *_kj_document_store        (KjDocument *doc,
                                       const char *text,
                                       gsize       length);
gpointer    _kj_document_store_array  (KjDocument *doc,
                                       gconstpointer data,
                                       gsize       size);

G_END_DECLS
