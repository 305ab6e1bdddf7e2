/* kj-node-writer.c: a plan's tree as text, keeping member order and digits
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers read from a file are written with the digits they were read with (a
 * printed 147.00 stays 147.00); numbers set by the program in the shortest text
 * that reads back as the same double (json-glib would write 84.96 as
 * 84.959999999999994).  Writing can also place every node: record the line and
 * column where it now stands, so that findings point into the current text.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kj-format.h"
#include "kj-node-private.h"

typedef struct
{
  GString  *out;
  gboolean  place;
  guint     line;
  guint     column;
  gsize     counted;   /* columns are counted up to here */
} Writer;

void
kj_node_format_double (GString *out,
                       double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  kj_format_shortest (value, buf);
  g_string_append (out, buf);
  /* keep the value a double when it is read back */
  if (strpbrk (buf, ".eEn") == NULL)
    g_string_append (out, ".0");
}

static void
write_string (GString    *out,
              const char *s)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) s; *p; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
indent (Writer *w,
        guint   level)
{
  g_string_append_c (w->out, '\n');
  w->line++;
  w->column = 1;
  w->counted = w->out->len;
  for (guint i = 0; i < level; i++)
    g_string_append (w->out, "  ");
}

static gboolean
is_container (KjNode *node)
{
  return node->type == KJ_NODE_OBJECT || node->type == KJ_NODE_ARRAY;
}

static void write_node (Writer *w, KjNode *node, guint level);

/* Deeper than any plan's own data (a work plan reaches about 15 levels), a
 * container is written on one line: indenting every level on a line of its
 * own would make 63 nested arrays 64 times their size, past what the loader
 * reads back. */
#define INLINE_LEVEL 16

static void
write_object (Writer *w,
              KjNode *object,
              guint   level)
{
  gboolean flat = level >= INLINE_LEVEL;

  if (object->length == 0)
    {
      g_string_append (w->out, "{}");
      return;
    }
  g_string_append_c (w->out, '{');
  for (guint i = 0; i < object->length; i++)
    {
      if (!flat)
        indent (w, level + 1);
      else if (i > 0)
        g_string_append_c (w->out, ' ');
      write_string (w->out, object->v.members[i].name);
      g_string_append (w->out, ": ");
      write_node (w, object->v.members[i].value, level + 1);
      if (i + 1 < object->length)
        g_string_append_c (w->out, ',');
    }
  if (!flat)
    indent (w, level);
  g_string_append_c (w->out, '}');
}

static void
write_array (Writer *w,
             KjNode *array,
             guint   level)
{
  guint n = array->length;
  gboolean flat = TRUE;

  if (n == 0)
    {
      g_string_append (w->out, "[]");
      return;
    }
  /* rows of scalars (context table rows, column names) stay on one line */
  for (guint i = 0; i < n && flat && level < INLINE_LEVEL; i++)
    flat = !is_container (array->v.elements[i]);

  g_string_append_c (w->out, '[');
  for (guint i = 0; i < n; i++)
    {
      if (flat)
        {
          if (i > 0)
            g_string_append (w->out, ", ");
        }
      else
        indent (w, level + 1);
      write_node (w, array->v.elements[i], level + 1);
      if (!flat && i + 1 < n)
        g_string_append_c (w->out, ',');
    }
  if (!flat)
    indent (w, level);
  g_string_append_c (w->out, ']');
}

static void
write_node (Writer *w,
            KjNode *node,
            guint   level)
{
  if (w->place)
    {
      for (gsize i = w->counted; i < w->out->len; i++)
        if (((guchar) w->out->str[i] & 0xC0) != 0x80)
          w->column++;
      w->counted = w->out->len;
      node->line = w->line;
      node->column = w->column;
    }
  switch (node->type)
    {
    case KJ_NODE_OBJECT:
      write_object (w, node, level);
      break;
    case KJ_NODE_ARRAY:
      write_array (w, node, level);
      break;
    case KJ_NODE_NULL:
      g_string_append (w->out, "null");
      break;
    case KJ_NODE_BOOLEAN:
      g_string_append (w->out, node->v.boolean ? "true" : "false");
      break;
    case KJ_NODE_NUMBER:
      g_string_append (w->out, node->v.number);
      break;
    case KJ_NODE_STRING:
      write_string (w->out, node->v.string);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * kj_node_write:
 * @place: record in every node the line and column where it is written
 *
 * Returns: (transfer full): @root as pretty-printed JSON text ending in a newline
 */
char *
kj_node_write (KjNode   *root,
               gboolean  place)
{
  Writer w = { g_string_sized_new (4096), place, 1, 1, 0 };

  g_return_val_if_fail (root != NULL, NULL);

  write_node (&w, root, 0);
  g_string_append_c (w.out, '\n');
  return g_string_free (w.out, FALSE);
}
