/* kj-tables-page-reveal.c: after an undo or a redo, the cell the edit
 * changed shown: its table, source and year chosen, the top left cell it
 * changed focused
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit's paths name a row by its key (or, for an undone edit, by its
 * place); the row is found among the rows as shown, a work-plan node's
 * among its parent's children.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model/kj-path.h"
#include "widgets/kj-tables-page-private.h"

/* The row that @path is in (or is), by the row's path (with keys) or by its
 * place (an undone edit's paths are by place); @rest: what follows it. */
static KjTableRow *
row_of_path (GListModel  *rows,
             const char  *path,
             const char  *array,
             const char **rest)
{
  for (guint i = 0; rows && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjTableRow) row = g_list_model_get_item (rows, i);
      g_autofree char *by_place = kj_path_index (array ? array : row->array_path, row->index);
      const char *own = kj_path_is_within (path, row->path) ? row->path : kj_path_is_within (path, by_place) ? by_place : NULL;
      g_autofree char *children = NULL;
      KjTableRow *below;

      if (own == NULL)
        continue;
      /* a work-plan node's items are longer paths of it */
      children = kj_path_member (own, "children");
      if (row->children && (below = row_of_path (G_LIST_MODEL (row->children), path, children, rest)))
        return below;
      *rest = path + strlen (own);
      return row;
    }
  return NULL;
}

/* The row and the column typed into that patch @i of @edit changed: by the
 * element it applied to, else the path it names; a row added and taken
 * back again, its parent's; a row added or removed, its first cell. */
static KjTableRow *
patch_cell (KjTablesPage *self,
            KjEdit       *edit,
            guint         i,
            guint        *column)
{
  const char *paths[] = { kj_edit_get_applied_path (edit, i), kj_edit_get_path (edit, i) };
  const char *rest = NULL;
  KjTableRow *row = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (paths) && row == NULL; k++)
    {
      g_autofree char *path = g_strdup (paths[k]);

      /* the nearest row at or above the path */
      while (path && *path && (row = row_of_path (G_LIST_MODEL (self->rows), path, NULL, &rest)) == NULL)
        {
          char *dot = strrchr (path, '.'), *bracket = strrchr (path, '[');
          char *cut = MAX (dot, bracket);

          if (cut == NULL || cut == path)
            break;
          *cut = '\0';
        }
      if (row)
        rest = paths[k] + (rest - path);
    }
  if (row == NULL)
    return NULL;
  /* a node's first items, made whole */
  if (g_strcmp0 (rest, ".children") == 0 && row->children && g_list_model_get_n_items (G_LIST_MODEL (row->children)))
    {
      g_autoptr(KjTableRow) first = g_list_model_get_item (G_LIST_MODEL (row->children), 0);
      row = first;   /* the parent's store holds it */
      rest = "";
    }
  for (guint c = 0; c < self->columns->len; c++)
    {
      KjTableColumn *spec = g_ptr_array_index (self->columns, c);
      /* the members of rows are plain names */
      g_autofree char *step = spec->member ? g_strdup_printf (".%s", spec->member) : g_strdup_printf ("[%u]", c);

      if (_kj_tables_typed_into (self, c) && g_str_has_prefix (rest, step))
        {
          *column = c;
          return row;
        }
    }
  for (guint c = 0; c < self->columns->len; c++)
    if (_kj_tables_typed_into (self, c))
      {
        *column = c;
        return row;
      }
  return NULL;
}

/* The table, its source and the year that @path is in:
 * `budget.2024…`, `indicators[id="nka"].breakdown.2024…`, `context[id="…"]…`. */
static gboolean
table_of_path (const char   *path,
               KjTableKind  *kind,
               char        **source,
               int          *year)
{
  static const struct { const char *member; KjTableKind kind; } yearly[] = {
    { "budget", KJ_TABLE_BUDGET }, { "spending", KJ_TABLE_SPENDING },
    { "outputs", KJ_TABLE_OUTPUTS }, { "workplan", KJ_TABLE_WORKPLAN },
  };
  g_autoptr(GArray) steps = path ? kj_path_parse (path) : NULL;
  KjPathStep *s = steps ? (KjPathStep *) steps->data : NULL;

  *source = NULL;
  *year = 0;
  if (s == NULL || steps->len < 2 || s[0].kind != KJ_PATH_MEMBER)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (yearly); i++)
    if (g_str_equal (s[0].name, yearly[i].member) && s[1].kind == KJ_PATH_MEMBER)
      {
        *kind = yearly[i].kind;
        *year = atoi (s[1].name);
        return *year > 0;
      }
  if (g_str_equal (s[0].name, "indicators") && steps->len >= 4 && s[1].kind == KJ_PATH_KEY
      && g_str_equal (s[1].name, "id") && s[2].kind == KJ_PATH_MEMBER && g_str_equal (s[2].name, "breakdown")
      && s[3].kind == KJ_PATH_MEMBER)
    {
      *kind = KJ_TABLE_BREAKDOWN;
      *source = g_strdup (s[1].value);
      *year = atoi (s[3].name);
      return *year > 0;
    }
  if (g_str_equal (s[0].name, "context") && s[1].kind == KJ_PATH_KEY && g_str_equal (s[1].name, "id"))
    {
      *kind = KJ_TABLE_CONTEXT;
      *source = g_strdup (s[1].value);
      return TRUE;
    }
  return FALSE;
}

/**
 * kj_tables_page_reveal_edit:
 * @year: (out) (optional): the year the edit is of, for the window to show
 *   (0: the page's, or no year)
 *
 * After an undo or a redo: the top left cell that @edit changed focused
 * (and scrolled to); when it is in another table of the page (the budget
 * while spending is shown), that table is shown first.
 * Returns: %TRUE when the edit changed a table of the page
 */
gboolean
kj_tables_page_reveal_edit (KjTablesPage *self,
                            KjEdit       *edit,
                            int          *year)
{
  KjTableRow *best = NULL;
  int best_pos = G_MAXINT, edit_year = 0;
  guint best_column = 0;
  g_autofree char *source = NULL;
  KjTableKind kind;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), FALSE);
  if (year)
    *year = 0;
  if (edit == NULL || kj_edit_get_n_patches (edit) == 0
      || !table_of_path (kj_edit_get_path (edit, 0), &kind, &source, &edit_year))
    return FALSE;
  /* the edit's table shown (as if chosen), and its year */
  if (kind != self->table)
    kj_tables_page_set_table (self, kind);
  if (source)
    kj_tables_page_set_source (self, source);
  if (edit_year > 0 && edit_year != self->year)
    {
      if (year)
        *year = edit_year;
      kj_tables_page_set_year (self, edit_year);
    }
  _kj_tables_ensure (self);
  if (self->columns == NULL)
    return FALSE;
  /* of all the cells the edit changed (a paste's block), the top left one */
  for (guint i = 0; i < kj_edit_get_n_patches (edit); i++)
    {
      guint column;
      KjTableRow *row = patch_cell (self, edit, i, &column);
      int pos = row ? kj_tables_page_find_row (self, row->key) : -1;

      if (pos >= 0 && (pos < best_pos || (pos == best_pos && column < best_column)))
        {
          best = row;
          best_pos = pos;
          best_column = column;
        }
    }
  if (best == NULL)
    return FALSE;
  kj_tables_page_focus_cell (self, best->key, ((KjTableColumn *) g_ptr_array_index (self->columns, best_column))->id);
  return TRUE;
}
