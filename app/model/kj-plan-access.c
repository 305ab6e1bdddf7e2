/* kj-plan-access.c: typed access to a plan's tree, and refusals that say where
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The readers of kj-plan-sections.c take every value through these, so that a
 * value of the wrong kind is refused the same way wherever it stands: with its
 * JSON path, its line and column in the current text, and what was expected.
 */
#include "config.h"

#include <string.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "kj-path.h"
#include "kj-plan-build-private.h"
#include "kj-plan-private.h"

G_GNUC_PRINTF (5, 6) gboolean
_kj_refuse (KjBuildCtx *c,
            int         code,
            const char *path,
            const char *at,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;
  KjNode *node;

  if (c->diagnostic != NULL)
    return FALSE;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  c->diagnostic = kj_diagnostic_new (KJ_SEVERITY_ERROR, c->name, path, message);
  c->code = code;
  node = kj_node_lookup (c->root, at ? at : path);
  if (node != NULL)
    {
      c->diagnostic->line = kj_node_get_line (node);
      c->diagnostic->column = kj_node_get_column (node);
    }
  return FALSE;
}

static char *
describe (KjNode *node)
{
  switch (kj_node_type (node))
    {
    case KJ_NODE_OBJECT:
      return g_strdup (_("an object"));
    case KJ_NODE_ARRAY:
      return g_strdup (_("an array"));
    case KJ_NODE_NULL:
      return g_strdup ("null");
    case KJ_NODE_BOOLEAN:
      return g_strdup (kj_node_get_boolean (node) ? "true" : "false");
    case KJ_NODE_STRING:
      {
        const char *s = kj_node_get_string (node);
        g_autofree char *cut = g_utf8_substring (s, 0, MIN (g_utf8_strlen (s, -1), 40));
        /* Translators: %s is the text found in the file */
        return g_strdup_printf (_("a string (\"%s\")"), cut);
      }
    case KJ_NODE_NUMBER:
    default:
      return g_strdup (_("a number"));
    }
}

gboolean
_kj_wrong (KjBuildCtx *c,
           const char *parent,
           const char *member,
           KjNode     *node,
           const char *expected)
{
  g_autofree char *path = member ? kj_path_member (parent, member) : g_strdup (parent);
  g_autofree char *found = describe (node);

  /* Translators: "expected a number or null, found a string ("84,96")" */
  return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, path, path, _("expected %s, found %s"), expected, found);
}

gboolean
_kj_missing (KjBuildCtx *c,
             const char *parent,
             const char *member,
             const char *expected)
{
  g_autofree char *path = kj_path_member (parent, member);

  return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, path, parent,
                 _("missing member \"%s\", expected %s"), member, expected);
}

/* Optional strings accept null as "absent"; @required ones must be non-empty. */
gboolean
_kj_get_string (KjBuildCtx *c,
                KjNode      *object,
                const char  *parent,
                const char  *member,
                gboolean     required,
                const char **out)
{
  KjNode *node = kj_node_get_member (object, member);

  *out = NULL;
  if (node == NULL || (!required && kj_node_is_null (node)))
    return required ? _kj_missing (c, parent, member, _("a text")) : TRUE;
  if (!kj_node_is_string (node))
    return _kj_wrong (c, parent, member, node, required ? _("a text") : _("a text or null"));
  if (required && *kj_node_get_string (node) == '\0')
    return _kj_wrong (c, parent, member, node, _("a non-empty text"));
  *out = kj_node_get_string (node);
  return TRUE;
}

gboolean
_kj_get_number (KjBuildCtx *c,
                KjNode     *object,
                const char *parent,
                const char *member,
                double     *out)
{
  KjNode *node = kj_node_get_member (object, member);

  *out = NAN;
  if (node == NULL || kj_node_is_null (node))
    return TRUE;
  if (!kj_node_is_number (node))
    return _kj_wrong (c, parent, member, node, _("a number or null"));
  *out = kj_node_get_number (node);
  return TRUE;
}

gboolean
_kj_get_int (KjBuildCtx *c,
             KjNode     *object,
             const char *parent,
             const char *member,
             gboolean    required,
             gint64     *out)
{
  KjNode *node = kj_node_get_member (object, member);

  if (node == NULL || (!required && kj_node_is_null (node)))
    return required ? _kj_missing (c, parent, member, _("a whole number")) : TRUE;
  if (!kj_node_get_int (node, out))
    return _kj_wrong (c, parent, member, node, _("a whole number"));
  return TRUE;
}

gboolean
_kj_get_container (KjBuildCtx *c,
                   KjNode      *object,
                   const char  *parent,
                   const char  *member,
                   gboolean     required,
                   KjNodeType   type,
                   KjNode     **out)
{
  KjNode *node = kj_node_get_member (object, member);
  const char *expected = type == KJ_NODE_OBJECT ? _("an object") : _("an array");

  *out = NULL;
  if (node == NULL || (!required && kj_node_is_null (node)))
    return required ? _kj_missing (c, parent, member, expected) : TRUE;
  if (kj_node_type (node) != type)
    return _kj_wrong (c, parent, member, node, expected);
  *out = node;
  return TRUE;
}

gboolean
_kj_get_choice (KjBuildCtx *c,
                KjNode             *object,
                const char         *parent,
                const char         *member,
                const char * const *choices,
                int                *out)
{
  const char *value = NULL;

  if (!_kj_get_string (c, object, parent, member, FALSE, &value))
    return FALSE;
  if (value == NULL)
    return TRUE;
  for (int i = 0; choices[i]; i++)
    if (g_str_equal (value, choices[i]))
      {
        *out = i;
        return TRUE;
      }
  {
    g_autofree char *list = g_strjoinv (", ", (char **) choices);
    g_autofree char *expected = g_strdup_printf (_("one of %s"), list);
    return _kj_wrong (c, parent, member, kj_node_get_member (object, member), expected);
  }
}

gboolean
_kj_element_object (KjBuildCtx *c,
                    KjNode     *array,
                    const char *parent,
                    guint       index,
                    KjNode    **out,
                    char      **path)
{
  KjNode *node = kj_node_get_element (array, index);

  *path = kj_path_index (parent, index);
  if (!kj_node_is_object (node))
    return _kj_wrong (c, *path, NULL, node, _("an object"));
  *out = node;
  return TRUE;
}

/* Per-year members: the keys are years, "2023". */
gboolean
_kj_year_key (KjBuildCtx *c,
              const char *parent,
              const char *key,
              int        *year)
{
  if (strlen (key) != 4 || !g_ascii_isdigit (key[0]) || !g_ascii_isdigit (key[1])
      || !g_ascii_isdigit (key[2]) || !g_ascii_isdigit (key[3]))
    {
      g_autofree char *path = kj_path_member (parent, key);
      return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, path, path,
                     _("expected a year such as \"2023\" as member name, found \"%s\""), key);
    }
  *year = atoi (key);
  return TRUE;
}

int
_kj_compare_year_items (gconstpointer a,
                        gconstpointer b)
{
  const KjYearItems *x = *(KjYearItems **) a, *y = *(KjYearItems **) b;
  return x->year - y->year;
}

/* `{"2023": [ item, … ], …}` at @member of @object into a sorted array of
 * KjYearItems: budget, spending, outputs, work plan, breakdowns. */
gboolean
_kj_read_per_year_arrays (KjBuildCtx *c,
                          KjNode         *object,
                          const char     *parent,
                          const char     *member,
                          KjReadItem        read_item,
                          GDestroyNotify  free_item,
                          GPtrArray      *out)
{
  g_autofree char *member_path = kj_path_member (parent, member);
  KjNode *node;

  if (!_kj_get_container (c, object, parent, member, FALSE, KJ_NODE_OBJECT, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  for (guint y = 0; y < kj_node_get_length (node); y++)
    {
      const char *key = kj_node_get_member_name (node, y);
      g_autofree char *year_path = kj_path_member (member_path, key);
      KjNode *list = kj_node_get_member_value (node, y);
      KjYearItems *items;
      int year;

      if (!_kj_year_key (c, member_path, key, &year))
        return FALSE;
      if (!kj_node_is_array (list))
        return _kj_wrong (c, year_path, NULL, list, _("an array"));
      items = kj_year_items_new (year, free_item);
      g_ptr_array_add (out, items);
      for (guint i = 0; i < kj_node_get_length (list); i++)
        {
          g_autofree char *path = NULL;
          KjNode *element;
          gpointer item;

          if (!_kj_element_object (c, list, year_path, i, &element, &path))
            return FALSE;
          if ((item = read_item (c, element, path)) == NULL)
            return FALSE;
          g_ptr_array_add (items->items, item);
        }
    }
  g_ptr_array_sort (out, _kj_compare_year_items);
  return TRUE;
}
