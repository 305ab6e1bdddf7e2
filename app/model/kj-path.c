/* kj-path.c: JSON paths as messages show them: indicators[3].years.2023.target
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

