/* kj-json-writer.c: writes json-glib nodes back, keeping member order
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's generator prints doubles with 17 significant digits (84.96 comes
 * back as 84.959999999999994).  Plan files are read by people and diffed, so
 * Kinerja writes the shortest text that reads back as the same double.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kj-json.h"
#include "model/kj-format.h"

void
kj_json_format_double (GString *out,
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
indent (GString *out,
        guint    level)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static gboolean
is_container (JsonNode *node)
{
  JsonNodeType t = JSON_NODE_TYPE (node);
  return t == JSON_NODE_OBJECT || t == JSON_NODE_ARRAY;
}

static void write_node (GString *out, JsonNode *node, guint level);

static void
write_object (GString    *out,
              JsonObject *object,
              guint       level)
{
  g_autoptr(GList) members = json_object_get_members (object);

  if (members == NULL)
    {
      g_string_append (out, "{}");
      return;
    }
  g_string_append_c (out, '{');
  for (GList *l = members; l; l = l->next)
    {
      indent (out, level + 1);
      write_string (out, l->data);
      g_string_append (out, ": ");
      write_node (out, json_object_get_member (object, l->data), level + 1);
      if (l->next)
        g_string_append_c (out, ',');
    }
  indent (out, level);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             guint      level)
{
  guint n = json_array_get_length (array);
  gboolean flat = TRUE;

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }
  /* rows of scalars (context table rows, column names) stay on one line */
  for (guint i = 0; i < n && flat; i++)
    flat = !is_container (json_array_get_element (array, i));

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      if (flat)
        {
          if (i > 0)
            g_string_append (out, ", ");
        }
      else
        indent (out, level + 1);
      write_node (out, json_array_get_element (array, i), level + 1);
      if (!flat && i + 1 < n)
        g_string_append_c (out, ',');
    }
  if (!flat)
    indent (out, level);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     level)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), level);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), level);
      break;
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          kj_json_format_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          write_string (out, json_node_get_string (node));
          break;
        default:
          g_assert_not_reached ();
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * kj_json_write:
 * Returns: (transfer full): @root as pretty-printed JSON text ending in a newline
 */
char *
kj_json_write (JsonNode *root)
{
  GString *out = g_string_sized_new (4096);

  g_return_val_if_fail (root != NULL, NULL);

  write_node (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}
