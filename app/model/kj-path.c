/* kj-path.c: JSON paths as messages show them: indicators[3].years.2023.target
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kj-path.h"

static gboolean
is_plain_name (const char *name)
{
  if (*name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

void
kj_path_append_member (GString *path, const char *member)
{
  if (is_plain_name (member))
    {
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append (path, member);
    }
  else
    {
      g_string_append (path, "[\"");
      for (const char *p = member; *p; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_c (path, '\\');
          g_string_append_c (path, *p);
        }
      g_string_append (path, "\"]");
    }
}

/**
 * kj_path_member:
 * Returns: (transfer full): the path of @member inside the object at @parent
 * ("$" or "" for the root): `indicators[3].years.2023`.
 */
char *
kj_path_member (const char *parent,
                     const char *member)
{
  GString *s = g_string_new (g_strcmp0 (parent, "$") == 0 ? "" : parent);

  kj_path_append_member (s, member);
  return g_string_free (s, FALSE);
}

char *
kj_path_index (const char *parent,
                    guint       index)
{
  return g_strdup_printf ("%s[%u]", parent && *parent ? parent : "$", index);
}


static void
append_quoted (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * kj_path_key:
 * Returns: (transfer full): the path of the element of the array at @parent
 * whose member @key is the text @value: `indicators[id="ikk-1"]`.  Edits
 * address data this way, so that an edit still means the same element after
 * others were inserted or removed before it.
 */
char *
kj_path_key (const char *parent,
             const char *key,
             const char *value)
{
  GString *s = g_string_new (parent && *parent ? parent : "$");

  g_string_append_printf (s, "[%s=", key);
  append_quoted (s, value);
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/**
 * kj_path_is_within:
 * Returns: whether @path is @prefix or a path below it (`budget.2024[0]` is
 *   within `budget.2024`; `budget.20245` is not)
 */
gboolean
kj_path_is_within (const char *path,
                   const char *prefix)
{
  gsize n;

  if (path == NULL || prefix == NULL)
    return FALSE;
  n = strlen (prefix);
  return strncmp (path, prefix, n) == 0 && (path[n] == '\0' || path[n] == '.' || path[n] == '[');
}

static void
clear_step (gpointer data)
{
  KjPathStep *step = data;

  g_free (step->name);
  g_free (step->value);
}

/* A quoted text at @p (which points at the opening quote); NULL if malformed. */
static char *
parse_quoted (const char **p)
{
  GString *s = g_string_new (NULL);
  const char *q = *p + 1;

  for (; *q && *q != '"'; q++)
    {
      if (*q == '\\')
        {
          q++;
          if (*q == '\0')
            break;
        }
      g_string_append_c (s, *q);
    }
  if (*q != '"')
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  *p = q + 1;
  return g_string_free (s, FALSE);
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-';
}

/**
 * kj_path_parse:
 * Reads a path as kj_path_member(), kj_path_index() and kj_path_key() write
 * them ("$" or "" is the root).
 *
 * Returns: (transfer full) (nullable) (element-type KjPathStep): the steps,
 *   or %NULL when @path is not a path
 */
GArray *
kj_path_parse (const char *path)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (KjPathStep));
  const char *p = path;

  g_array_set_clear_func (steps, clear_step);
  if (*p == '$')
    p++;
  while (*p)
    {
      KjPathStep step = { 0 };

      if (*p == '.' || is_name_char (*p))
        {
          const char *start;

          if (*p == '.')
            p++;
          start = p;
          while (is_name_char (*p))
            p++;
          if (p == start)
            return NULL;
          step.kind = KJ_PATH_MEMBER;
          step.name = g_strndup (start, p - start);
        }
      else if (*p == '[' && p[1] == '"')
        {
          p++;
          step.kind = KJ_PATH_MEMBER;
          if ((step.name = parse_quoted (&p)) == NULL || *p != ']')
            {
              clear_step (&step);
              return NULL;
            }
          p++;
        }
      else if (*p == '[' && g_ascii_isdigit (p[1]) && p[1 + strspn (p + 1, "0123456789")] == ']')
        {
          guint64 index;
          char *end;

          index = g_ascii_strtoull (p + 1, &end, 10);
          if (*end != ']' || index > G_MAXUINT)
            return NULL;
          step.kind = KJ_PATH_INDEX;
          step.index = index;
          p = end + 1;
        }
      else if (*p == '[')
        {
          const char *start = ++p;

          while (is_name_char (*p))
            p++;
          if (p == start || p[0] != '=' || p[1] != '"')
            return NULL;
          step.kind = KJ_PATH_KEY;
          step.name = g_strndup (start, p - start);
          p++;
          if ((step.value = parse_quoted (&p)) == NULL || *p != ']')
            {
              clear_step (&step);
              return NULL;
            }
          p++;
        }
      else
        return NULL;
      g_array_append_val (steps, step);
    }
  return g_steal_pointer (&steps);
}
