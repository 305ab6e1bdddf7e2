/* kj-node.c: the JSON tree of a plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader allocates nodes in slabs of its document and keeps texts in the
 * document's string store; nodes made later (by edits) are allocated alone and
 * own their texts.  kj_node_free() frees what a node owns and leaves the
 * document's memory to kj_document_free().
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "kj-node-private.h"
#include "kj-path.h"

/* An array a node owns has room for the next power of two of its length, so
 * that appending one by one costs linear time (a realloc per element would
 * copy the whole array each time). */
static gsize
room_for (gsize n)
{
  gsize room = 1;

  while (room < n)
    room <<= 1;
  return room;
}

/* @max_nodes: at least as many nodes as the reader will make (it counts
 * them), so that one slab of exactly that size holds them all. */
KjDocument *
_kj_document_new (gsize text_size,
                  gsize max_nodes)
{
  KjDocument *doc = g_new0 (KjDocument, 1);

  /* texts are about a quarter of a plan file: one block holds them */
  doc->strings = g_string_chunk_new (CLAMP (text_size / 3, 1024, 1024 * 1024));
  doc->slab_size = max_nodes;
  doc->slab = max_nodes ? g_new (KjNode, max_nodes) : NULL;
  /* members and elements take about a third of a plan file's size */
  doc->arrays = g_ptr_array_new_with_free_func (g_free);
  doc->array_block = CLAMP (text_size / 2, 4096, 1024 * 1024);
  return doc;
}

/* A copy of @size bytes of members or elements, kept with the document. */
gpointer
_kj_document_store_array (KjDocument   *doc,
                          gconstpointer data,
                          gsize         size)
{
  char *at;

  size = (size + 7) & ~(gsize) 7;
  if (doc->arrays->len == 0 || doc->array_used + size > doc->array_size)
    {
      doc->array_size = MAX (doc->array_block, size);
      g_ptr_array_add (doc->arrays, g_malloc (doc->array_size));
      doc->array_used = 0;
    }
  at = (char *) g_ptr_array_index (doc->arrays, doc->arrays->len - 1) + doc->array_used;
  doc->array_used += size;
  memcpy (at, data, size);
  return at;
}

KjNode *
_kj_document_alloc (KjDocument *doc,
                    KjNodeType  type)
{
  KjNode *node;

  if (doc->slab_used < doc->slab_size)
    {
      node = doc->slab + doc->slab_used++;
      memset (node, 0, sizeof *node);
    }
  else
    {
      node = g_new0 (KjNode, 1);
      node->flags = KJ_NODE_FLAG_HEAP;
    }
  node->type = type;
  return node;
}

const char *
_kj_document_intern (KjDocument *doc,
                     const char *name)
{
  return g_string_chunk_insert_const (doc->strings, name);
}

const char *
_kj_document_store (KjDocument *doc,
                    const char *text,
                    gsize       length)
{
  return g_string_chunk_insert_len (doc->strings, text, length);
}

KjNode *
kj_document_get_root (KjDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->root;
}

void
kj_document_free (KjDocument *doc)
{
  if (doc == NULL)
    return;
  kj_node_free (doc->root);
  g_free (doc->slab);
  g_ptr_array_unref (doc->arrays);
  g_string_chunk_free (doc->strings);
  g_free (doc);
}

/* ---- reading ---- */

KjNodeType
kj_node_type (const KjNode *node)
{
  return node->type;
}

gboolean
kj_node_is_null (const KjNode *node)
{
  return node->type == KJ_NODE_NULL;
}

gboolean
kj_node_is_number (const KjNode *node)
{
  return node->type == KJ_NODE_NUMBER;
}

/* Written without fraction or exponent and fits 64 bits: 2024, not 2024.0. */
gboolean
kj_node_is_integer (const KjNode *node)
{
  return node->type == KJ_NODE_NUMBER && (node->flags & KJ_NODE_FLAG_INTEGER);
}

gboolean
kj_node_is_string (const KjNode *node)
{
  return node->type == KJ_NODE_STRING;
}

gboolean
kj_node_is_array (const KjNode *node)
{
  return node->type == KJ_NODE_ARRAY;
}

gboolean
kj_node_is_object (const KjNode *node)
{
  return node->type == KJ_NODE_OBJECT;
}

gboolean
kj_node_get_boolean (const KjNode *node)
{
  g_return_val_if_fail (node->type == KJ_NODE_BOOLEAN, FALSE);
  return node->v.boolean;
}

/* Read from the digits each time: a plan's typed view reads each number once
 * per rebuild, and the tree stays 24 bytes a node. */
double
kj_node_get_number (const KjNode *node)
{
  g_return_val_if_fail (node->type == KJ_NODE_NUMBER, NAN);
  return g_ascii_strtod (node->v.number, NULL);
}

/* The exact value of an integer (a double cannot hold every 64-bit one). */
gboolean
kj_node_get_int (const KjNode *node,
                 gint64       *out)
{
  if (!kj_node_is_integer (node))
    return FALSE;
  errno = 0;
  *out = g_ascii_strtoll (node->v.number, NULL, 10);
  return errno == 0;
}

/**
 * kj_node_get_number_text:
 * Returns: the number's digits as the file wrote them, or, for a number set
 *   by the program, in the shortest form that reads back as its value
 */
const char *
kj_node_get_number_text (const KjNode *node)
{
  g_return_val_if_fail (node->type == KJ_NODE_NUMBER, NULL);
  return node->v.number;
}

const char *
kj_node_get_string (const KjNode *node)
{
  g_return_val_if_fail (node->type == KJ_NODE_STRING, NULL);
  return node->v.string;
}

/**
 * kj_node_get_line:
 * Returns: where the node starts in the current text of its document (from
 *   1), or 0 for a node not yet placed in a text
 */
guint
kj_node_get_line (const KjNode *node)
{
  return node->line;
}

guint
kj_node_get_column (const KjNode *node)
{
  return node->column;
}

guint
kj_node_get_length (const KjNode *node)
{
  return node->type == KJ_NODE_ARRAY || node->type == KJ_NODE_OBJECT ? node->length : 0;
}

KjNode *
kj_node_get_element (const KjNode *array,
                     guint         index)
{
  g_return_val_if_fail (array->type == KJ_NODE_ARRAY, NULL);
  g_return_val_if_fail (index < array->length, NULL);
  return array->v.elements[index];
}

const char *
kj_node_get_member_name (const KjNode *object,
                         guint         index)
{
  g_return_val_if_fail (object->type == KJ_NODE_OBJECT, NULL);
  g_return_val_if_fail (index < object->length, NULL);
  return object->v.members[index].name;
}

KjNode *
kj_node_get_member_value (const KjNode *object,
                          guint         index)
{
  g_return_val_if_fail (object->type == KJ_NODE_OBJECT, NULL);
  g_return_val_if_fail (index < object->length, NULL);
  return object->v.members[index].value;
}

/* Objects of plan files are small, except per-year objects, which are walked
 * in order rather than looked up: a scan is the right lookup. */
int
kj_node_find_member (const KjNode *object,
                     const char   *name)
{
  g_return_val_if_fail (object->type == KJ_NODE_OBJECT, -1);
  for (guint i = 0; i < object->length; i++)
    if (strcmp (object->v.members[i].name, name) == 0)
      return i;
  return -1;
}

KjNode *
kj_node_get_member (const KjNode *object,
                    const char   *name)
{
  int i = kj_node_find_member (object, name);
  return i < 0 ? NULL : object->v.members[i].value;
}

/* ---- making ---- */

static KjNode *
new_node (KjNodeType type)
{
  KjNode *node = g_new0 (KjNode, 1);

  node->type = type;
  node->flags = KJ_NODE_FLAG_HEAP | KJ_NODE_FLAG_OWNS_ARRAY;
  return node;
}

KjNode *
kj_node_new_null (void)
{
  return new_node (KJ_NODE_NULL);
}

KjNode *
kj_node_new_boolean (gboolean value)
{
  KjNode *node = new_node (KJ_NODE_BOOLEAN);

  node->v.boolean = !!value;
  return node;
}

/* A number the program computed or a user typed: written in its shortest form. */
KjNode *
kj_node_new_number (double value)
{
  KjNode *node = new_node (KJ_NODE_NUMBER);

  GString *text = g_string_new (NULL);

  g_return_val_if_fail (isfinite (value), node);
  /* whole numbers are written as integers: a typed 68 stays 68 */
  if (value == floor (value) && fabs (value) < 9007199254740992.0)
    {
      g_string_append_printf (text, "%" G_GINT64_FORMAT, (gint64) value);
      node->flags |= KJ_NODE_FLAG_INTEGER;
    }
  else
    kj_node_format_double (text, value);
  node->v.number = g_string_free (text, FALSE);
  node->flags |= KJ_NODE_FLAG_OWNS_STRING;
  return node;
}

/**
 * kj_node_new_number_text:
 * A number with its digits, for a value whose precision matters (147.00).
 *
 * Returns: (transfer full) (nullable): %NULL when @text is not a JSON number
 */
KjNode *
kj_node_new_number_text (const char *text)
{
  const char *p = text;
  gboolean integral = TRUE;
  KjNode *node;
  double value;

  /* the JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    while (g_ascii_isdigit (*p))
      p++;
  else
    return NULL;
  if (*p == '.')
    {
      integral = FALSE;
      if (!g_ascii_isdigit (*++p))
        return NULL;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'e' || *p == 'E')
    {
      integral = FALSE;
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return NULL;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    return NULL;
  value = g_ascii_strtod (text, NULL);
  if (!isfinite (value))
    return NULL;
  node = new_node (KJ_NODE_NUMBER);
  node->v.number = g_strdup (text);
  node->flags |= KJ_NODE_FLAG_OWNS_STRING;
  if (integral)
    {
      errno = 0;
      g_ascii_strtoll (text, NULL, 10);
      if (errno == 0)
        node->flags |= KJ_NODE_FLAG_INTEGER;
    }
  return node;
}

KjNode *
kj_node_new_string (const char *value)
{
  KjNode *node = new_node (KJ_NODE_STRING);

  g_return_val_if_fail (value != NULL && g_utf8_validate (value, -1, NULL), node);
  node->v.string = g_strdup (value);
  node->length = strlen (value);
  node->flags |= KJ_NODE_FLAG_OWNS_STRING;
  return node;
}

KjNode *
kj_node_new_array (void)
{
  return new_node (KJ_NODE_ARRAY);
}

KjNode *
kj_node_new_object (void)
{
  return new_node (KJ_NODE_OBJECT);
}

/**
 * kj_node_copy:
 * A copy that owns everything it holds, independent of any document.
 *
 * Returns: (transfer full): the copy
 */
KjNode *
kj_node_copy (const KjNode *node)
{
  KjNode *copy = new_node (node->type);

  copy->line = node->line;
  copy->column = node->column;
  copy->length = node->length;
  switch (node->type)
    {
    case KJ_NODE_NULL:
      break;
    case KJ_NODE_BOOLEAN:
      copy->v.boolean = node->v.boolean;
      break;
    case KJ_NODE_NUMBER:
      copy->v.number = g_strdup (node->v.number);
      copy->flags |= KJ_NODE_FLAG_OWNS_STRING | (node->flags & KJ_NODE_FLAG_INTEGER);
      break;
    case KJ_NODE_STRING:
      copy->v.string = g_strdup (node->v.string);
      copy->flags |= KJ_NODE_FLAG_OWNS_STRING;
      break;
    case KJ_NODE_ARRAY:
      copy->v.elements = g_new (KjNode *, room_for (node->length));
      for (guint i = 0; i < node->length; i++)
        copy->v.elements[i] = kj_node_copy (node->v.elements[i]);
      break;
    case KJ_NODE_OBJECT:
      copy->v.members = g_new (KjNodeMember, room_for (node->length));
      for (guint i = 0; i < node->length; i++)
        {
          /* names of copies outlive documents: edits name few, so intern them */
          copy->v.members[i].name = g_intern_string (node->v.members[i].name);
          copy->v.members[i].value = kj_node_copy (node->v.members[i].value);
        }
      break;
    default:
      g_assert_not_reached ();
    }
  return copy;
}

void
kj_node_free (KjNode *node)
{
  if (node == NULL)
    return;
  switch (node->type)
    {
    case KJ_NODE_NUMBER:
      if (node->flags & KJ_NODE_FLAG_OWNS_STRING)
        g_free ((char *) node->v.number);
      break;
    case KJ_NODE_STRING:
      if (node->flags & KJ_NODE_FLAG_OWNS_STRING)
        g_free ((char *) node->v.string);
      break;
    case KJ_NODE_ARRAY:
      for (guint i = 0; i < node->length; i++)
        kj_node_free (node->v.elements[i]);
      if (node->flags & KJ_NODE_FLAG_OWNS_ARRAY)
        g_free (node->v.elements);
      break;
    case KJ_NODE_OBJECT:
      for (guint i = 0; i < node->length; i++)
        kj_node_free (node->v.members[i].value);
      if (node->flags & KJ_NODE_FLAG_OWNS_ARRAY)
        g_free (node->v.members);
      break;
    default:
      break;
    }
  if (node->flags & KJ_NODE_FLAG_HEAP)
    g_free (node);
  else
    node->type = KJ_NODE_NULL;   /* a slab node: the document frees its memory */
}

/* The same value written the same way: member order and digits count, since
 * an inverse edit must restore the file exactly. */
gboolean
kj_node_equal (const KjNode *a,
               const KjNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->type != b->type)
    return FALSE;
  switch (a->type)
    {
    case KJ_NODE_NULL:
      return TRUE;
    case KJ_NODE_BOOLEAN:
      return a->v.boolean == b->v.boolean;
    case KJ_NODE_NUMBER:
      return strcmp (a->v.number, b->v.number) == 0;
    case KJ_NODE_STRING:
      return strcmp (a->v.string, b->v.string) == 0;
    case KJ_NODE_ARRAY:
      if (a->length != b->length)
        return FALSE;
      for (guint i = 0; i < a->length; i++)
        if (!kj_node_equal (a->v.elements[i], b->v.elements[i]))
          return FALSE;
      return TRUE;
    case KJ_NODE_OBJECT:
      if (a->length != b->length)
        return FALSE;
      for (guint i = 0; i < a->length; i++)
        if (strcmp (a->v.members[i].name, b->v.members[i].name) != 0
            || !kj_node_equal (a->v.members[i].value, b->v.members[i].value))
          return FALSE;
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

/* ---- changing ---- */

/* Room for one more item in an array @node owns. */
static void
grow (KjNode *node,
      gsize   item_size)
{
  gsize n = node->length;

  if (n == 0 || (n & (n - 1)) == 0)
    node->v.elements = g_realloc (node->v.elements, room_for (n + 1) * item_size);
}

/* The reader's arrays are the document's: a node changed takes its own copy. */
static void
own_array (KjNode *node,
           gsize   item_size)
{
  gpointer copy;

  if (node->flags & KJ_NODE_FLAG_OWNS_ARRAY)
    return;
  copy = g_malloc (room_for (node->length) * item_size);
  if (node->length)
    memcpy (copy, node->v.elements, node->length * item_size);
  node->v.elements = copy;
  node->flags |= KJ_NODE_FLAG_OWNS_ARRAY;
}

void
kj_node_array_insert (KjNode *array,
                      int     index,
                      KjNode *value)
{
  g_return_if_fail (array->type == KJ_NODE_ARRAY);
  if (index < 0 || (guint) index > array->length)
    index = array->length;
  own_array (array, sizeof (KjNode *));
  grow (array, sizeof (KjNode *));
  memmove (array->v.elements + index + 1, array->v.elements + index,
           (array->length - index) * sizeof (KjNode *));
  array->v.elements[index] = value;
  array->length++;
}

KjNode *
kj_node_array_steal (KjNode *array,
                     guint   index)
{
  KjNode *value;

  g_return_val_if_fail (array->type == KJ_NODE_ARRAY && index < array->length, NULL);
  own_array (array, sizeof (KjNode *));
  value = array->v.elements[index];
  memmove (array->v.elements + index, array->v.elements + index + 1,
           (array->length - index - 1) * sizeof (KjNode *));
  array->length--;
  return value;
}

/* Returns: (transfer full): the value that was there */
KjNode *
kj_node_array_replace (KjNode *array,
                       guint   index,
                       KjNode *value)
{
  KjNode *old;

  g_return_val_if_fail (array->type == KJ_NODE_ARRAY && index < array->length, NULL);
  old = array->v.elements[index];
  array->v.elements[index] = value;
  return old;
}

void
kj_node_object_insert (KjNode     *object,
                       int         index,
                       const char *name,
                       KjNode     *value)
{
  g_return_if_fail (object->type == KJ_NODE_OBJECT);
  g_return_if_fail (kj_node_find_member (object, name) < 0);
  if (index < 0 || (guint) index > object->length)
    index = object->length;
  own_array (object, sizeof (KjNodeMember));
  grow (object, sizeof (KjNodeMember));
  memmove (object->v.members + index + 1, object->v.members + index,
           (object->length - index) * sizeof (KjNodeMember));
  object->v.members[index].name = g_intern_string (name);
  object->v.members[index].value = value;
  object->length++;
}

KjNode *
kj_node_object_steal (KjNode *object,
                      guint   index)
{
  KjNode *value;

  g_return_val_if_fail (object->type == KJ_NODE_OBJECT && index < object->length, NULL);
  own_array (object, sizeof (KjNodeMember));
  value = object->v.members[index].value;
  memmove (object->v.members + index, object->v.members + index + 1,
           (object->length - index - 1) * sizeof (KjNodeMember));
  object->length--;
  return value;
}

KjNode *
kj_node_object_replace (KjNode *object,
                        guint   index,
                        KjNode *value)
{
  KjNode *old;

  g_return_val_if_fail (object->type == KJ_NODE_OBJECT && index < object->length, NULL);
  old = object->v.members[index].value;
  object->v.members[index].value = value;
  return old;
}

/* Replaces the member's value (freeing the old one) or appends the member. */
void
kj_node_object_set (KjNode     *object,
                    const char *name,
                    KjNode     *value)
{
  int i = kj_node_find_member (object, name);

  if (i < 0)
    kj_node_object_insert (object, -1, name, value);
  else
    kj_node_free (kj_node_object_replace (object, i, value));
}

/* ---- paths ---- */

/* The element of @array whose member @key is the text @value. */
/* Whether @key names a cell of a row that is an array ("0": its first). */
static gboolean
is_cell_key (const char *key,
             guint      *cell)
{
  guint64 n;
  char *end;

  if (!g_ascii_isdigit (*key))
    return FALSE;
  n = g_ascii_strtoull (key, &end, 10);
  if (*end != '\0' || n > G_MAXUINT)
    return FALSE;
  *cell = n;
  return TRUE;
}

/**
 * kj_node_find_keyed:
 * @key: a member of the elements (`id`, `kegiatan`), or a cell's position
 *   for elements that are arrays (`0`: a context table's row by its name)
 *
 * Returns: the position of the first element of @array whose @key is the
 *   text @value, or -1
 */
int
kj_node_find_keyed (const KjNode *array,
                    const char   *key,
                    const char   *value)
{
  guint cell = 0;
  gboolean by_cell = is_cell_key (key, &cell);

  if (array == NULL || array->type != KJ_NODE_ARRAY)
    return -1;
  for (guint i = 0; i < array->length; i++)
    {
      KjNode *e = array->v.elements[i];
      KjNode *k = NULL;

      if (e->type == KJ_NODE_OBJECT && !by_cell)
        k = kj_node_get_member (e, key);
      else if (e->type == KJ_NODE_ARRAY && by_cell && cell < e->length)
        k = e->v.elements[cell];
      if (k && k->type == KJ_NODE_STRING && strcmp (k->v.string, value) == 0)
        return i;
    }
  return -1;
}

/**
 * kj_node_lookup:
 * @path: a path as kj-path.h writes them (`indicators[0].years.2023`,
 *   `indicators[id="ikk-1"].name`, `$` for @root)
 *
 * Returns: (transfer none) (nullable): the node at @path
 */
KjNode *
kj_node_lookup (KjNode     *root,
                const char *path)
{
  g_autoptr(GArray) steps = NULL;
  KjNode *node = root;

  g_return_val_if_fail (path != NULL, NULL);
  if (root == NULL || (steps = kj_path_parse (path)) == NULL)
    return NULL;
  for (guint i = 0; i < steps->len && node; i++)
    {
      KjPathStep *s = &g_array_index (steps, KjPathStep, i);
      int at;

      switch (s->kind)
        {
        case KJ_PATH_MEMBER:
          node = node->type == KJ_NODE_OBJECT ? kj_node_get_member (node, s->name) : NULL;
          break;
        case KJ_PATH_INDEX:
          node = node->type == KJ_NODE_ARRAY && s->index < node->length
                 ? node->v.elements[s->index] : NULL;
          break;
        case KJ_PATH_KEY:
          at = node->type == KJ_NODE_ARRAY ? kj_node_find_keyed (node, s->name, s->value) : -1;
          node = at < 0 ? NULL : node->v.elements[at];
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return node;
}
