/* kj-chart-names.c: what to call an indicator where a chart has little room
 * or shows many files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heatmap's column has room for "Dektara", not for "Indeks Ketahanan
 * Keluarga terhadap Penyalahgunaan Narkoba di wilayah Kabupaten Aceh
 * Besar"; a chart of 198 satker is not titled with one file's own name.
 */
#include "config.h"

#include <string.h>

#include "chart/kj-chart-kinds-private.h"

/* The acronym an indicator's name gives in parentheses, where it names the
 * indicator: at the end of the name or before where it is measured
 * ("(KOTAN) di wilayah …", "(IKPA) BNN Provinsi …"), never the acronym of a
 * thing a count counts ("Jumlah lembaga … (SPM) …"). */
static char *
name_acronym (const char *name)
{
  const char *open = NULL;

  if (g_str_has_prefix (name, "Jumlah ") || g_str_has_prefix (name, "Persentase "))
    return NULL;
  for (const char *p = strchr (name, '('); p; p = strchr (p + 1, '('))
    open = p;
  for (const char *p = name; open && (p = strchr (p, '(')) && p <= open; p++)
    {
      const char *close = strchr (p, ')'), *after;
      gboolean upper = FALSE, plain = TRUE;

      if (close == NULL || close - p - 1 < 2 || close - p - 1 > 12)
        continue;
      for (const char *c = p + 1; c < close; c++)
        {
          upper |= g_ascii_isupper (*c);
          plain &= g_ascii_isalnum (*c) || *c == '-';
        }
      after = close + 1;
      while (*after == ' ')
        after++;
      if (upper && plain && (*after == '\0' || g_str_has_prefix (after, "di ")
                             || g_str_has_prefix (after, "BNN")))
        return g_strndup (p + 1, close - p - 1);
    }
  return NULL;
}

/**
 * _kj_short_name:
 * A short name for an indicator where a column has little room: its acronym
 * ("Dektara", "IKR", "KOTAN") if the name gives one, else the name without
 * where it is measured, cut after a word to at most 24 characters.
 */
#define SHORT_NAME_MAX 24

char *
_kj_short_name (const char *name,
                const char *id)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *base = NULL;
  g_auto(GStrv) words = NULL;
  char *acronym, *place;

  if (name == NULL || *name == '\0')
    return g_strdup (id);
  if ((acronym = name_acronym (name)))
    return acronym;
  base = g_strdup (name);
  if ((place = strstr (base, " di wilayah")) || (place = strstr (base, " di Wilayah")))
    *place = '\0';
  words = g_strsplit (base, " ", -1);
  for (guint i = 0; words[i]; i++)
    {
      glong len = g_utf8_strlen (words[i], -1);

      if (len == 0)
        continue;
      if (out->len == 0 && len > SHORT_NAME_MAX)
        {
          g_autofree char *cut = g_utf8_substring (words[i], 0, SHORT_NAME_MAX - 1);
          g_string_append_printf (out, "%s…", cut);
          break;
        }
      if (out->len > 0 && g_utf8_strlen (out->str, -1) + 1 + len > SHORT_NAME_MAX)
        {
          g_string_append (out, "…");
          break;
        }
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Words that end a name's common part before the place it is measured in. */
static gboolean
is_place_word (const char *word)
{
  static const char *const words[] = {
    "di", "wilayah", "pada", "dan", "yang", "bnn", "bnnp", "bnnk", "provinsi", "kabupaten", "kota",
    "kabupaten/kota",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (word, words[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_kj_same_word (const char *a,
               const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);
  return g_str_equal (x, y);
}

/* The words every one of @names begins with, without a trailing place
 * ("… Narkoba di wilayah"), or NULL if fewer than two are left. */
static char *
common_words (GPtrArray *names)
{
  g_auto(GStrv) first = g_strsplit (g_ptr_array_index (names, 0), " ", -1);
  guint n = g_strv_length (first);

  for (guint i = 1; i < names->len; i++)
    {
      g_auto(GStrv) other = g_strsplit (g_ptr_array_index (names, i), " ", -1);
      guint k = 0;
      while (k < n && other[k] && _kj_same_word (first[k], other[k]))
        k++;
      n = k;
    }
  while (n > 0 && is_place_word (first[n - 1]))
    n--;
  if (n < 2)
    return NULL;
  {
    GString *joined = g_string_new (first[0]);
    for (guint i = 1; i < n; i++)
      g_string_append_printf (joined, " %s", first[i]);
    return g_string_free (joined, FALSE);
  }
}

static gboolean
is_national (KjPlan *plan)
{
  const KjSatker *s = kj_plan_get_satker (plan);
  return g_strcmp0 (s->level, "pusat") == 0 || s->parent == NULL || *s->parent == '\0';
}

/* A name for indicator @id over many files, not one file's own: the name all
 * give it; else the national plan's (the top of the hierarchy); else the
 * words all names begin with; else the most common name if @any, else the
 * id.  @n_variants: how many names the files give it. */
char *
_kj_neutral_name (KjWorkspace *workspace,
                  const char  *id,
                  gboolean     any,
                  guint       *n_variants)
{
  g_autoptr(GHashTable) uses = g_hash_table_new (g_str_hash, g_str_equal);
  const char *most = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = workspace ? g_list_model_get_n_items (G_LIST_MODEL (workspace)) : 0;
  const char *national = NULL;
  char *common;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (workspace), i);
      KjIndicator *ind = kj_plan_find_indicator (plan, id);
      const char *name = ind ? kj_indicator_get_name (ind) : NULL;

      if (name == NULL || *name == '\0')
        continue;
      if (g_hash_table_add (seen, (gpointer) name))
        g_ptr_array_add (names, (gpointer) name);
      g_hash_table_insert (uses, (gpointer) name,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (uses, name)) + 1));
      if (most == NULL || g_hash_table_lookup (uses, name) > g_hash_table_lookup (uses, most))
        most = name;
      if (national == NULL && is_national (plan))
        national = name;
    }
  *n_variants = names->len;
  if (names->len == 1)
    return g_strdup (g_ptr_array_index (names, 0));
  if (national)
    return g_strdup (national);
  if (names->len > 0 && (common = common_words (names)))
    return common;
  return g_strdup (any && most ? most : id);
}

/* The short name of a column: the neutral name's acronym, else one a file
 * gives, else the neutral name cut short. */
char *
_kj_neutral_short_name (KjWorkspace *workspace,
                        const char  *id,
                        const char  *neutral)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (workspace));
  char *shortened = _kj_short_name (neutral, id);

  if (strchr (shortened, ' ') == NULL && !g_str_has_suffix (shortened, "…"))
    return shortened;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (workspace), i);
      KjIndicator *ind = kj_plan_find_indicator (plan, id);
      g_autofree char *other = ind ? _kj_short_name (kj_indicator_get_name (ind), id) : NULL;

      if (other && strchr (other, ' ') == NULL && !g_str_has_suffix (other, "…"))
        {
          g_free (shortened);
          return g_steal_pointer (&other);
        }
    }
  return shortened;
}

/* The short name of column @c from where its full name parts from the
 * names of the columns of its short name: "…pencucian uang hasil…". */
char *
_kj_distinct_short_name (Panel     *panel,
                         GPtrArray *col_ids,
                         guint      c)
{
  g_auto(GStrv) words = g_strsplit (g_ptr_array_index (panel->col_names, c), " ", -1);
  guint from = 0, n = g_strv_length (words);
  g_autofree char *rest = NULL, *shortened = NULL;

  for (guint d = 0; d < panel->col_labels->len; d++)
    {
      g_auto(GStrv) other = NULL;
      guint k = 0;

      if (d == c || !g_str_equal (g_ptr_array_index (panel->col_labels, d),
                                  g_ptr_array_index (panel->col_labels, c)))
        continue;
      other = g_strsplit (g_ptr_array_index (panel->col_names, d), " ", -1);
      while (k < n && other[k] && _kj_same_word (words[k], other[k]))
        k++;
      from = MAX (from, k);
    }
  if (from == 0 || from >= n)
    return g_strdup_printf ("%s (%s)", (char *) g_ptr_array_index (panel->col_labels, c),
                            (char *) g_ptr_array_index (col_ids, c));
  rest = g_strjoinv (" ", words + from);
  shortened = _kj_short_name (rest, g_ptr_array_index (col_ids, c));
  return g_strdup_printf ("…%s", shortened);
}
