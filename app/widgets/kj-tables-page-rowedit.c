/* kj-tables-page-rowedit.c: rows added to and removed from the tables
 * page's table, each one edit: a work-plan node with the level below its
 * parent's, a context table's row with a cell per column (before a last
 * total row), a total row removed with its name in total_rows
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "model/kj-input.h"
#include "model/kj-path.h"
#include "widgets/kj-tables-page-private.h"

/* ── adding and removing rows ───────────────────────────────────────────── */

/* Returns: (transfer none) (nullable): the rows beside which one of @parent_key is added */
static GListModel *
siblings (KjTablesPage *self,
          const char   *parent_key)
{
  KjTableRow *parent;

  if (parent_key == NULL)
    return G_LIST_MODEL (self->rows);
  parent = _kj_tables_find_row (self, parent_key);
  return parent ? (GListModel *) parent->children : NULL;
}


/* The levels of the work plan, from the root (docs/plan-format.md). */
static const char *const work_levels[] =
  { "program", "kegiatan", "kro", "ro", "komponen", "subkomponen" };

static int
level_index (KjNode *node)
{
  KjNode *level = node && kj_node_is_object (node) ? kj_node_get_member (node, "level") : NULL;

  for (guint i = 0; level && kj_node_is_string (level) && i < G_N_ELEMENTS (work_levels); i++)
    if (g_str_equal (kj_node_get_string (level), work_levels[i]))
      return i;
  return -1;
}

/* The level of the nodes of @array (a work plan's roots, or a node's
 * children): one a sibling has, else one below the parent's. */
static int
level_of_array (KjTablesPage *self,
                const char   *array)
{
  KjNode *root = kj_plan_get_root (self->plan);
  KjNode *nodes = kj_node_lookup (root, array);
  g_autofree char *parent = NULL;
  int above;

  for (guint i = 0; nodes && kj_node_is_array (nodes) && i < kj_node_get_length (nodes); i++)
    {
      int level = level_index (kj_node_get_element (nodes, i));
      if (level >= 0)
        return level;
    }
  if (!g_str_has_suffix (array, ".children"))
    /* a root where there is none: the program */
    return 0;
  parent = g_strndup (array, strlen (array) - strlen (".children"));
  above = level_index (kj_node_lookup (root, parent));
  if (above < 0)
    {
      /* the parent has no level either: its siblings', or its parent's */
      g_autoptr(GArray) steps = kj_path_parse (parent);
      KjPathStep *last = steps && steps->len ? &g_array_index (steps, KjPathStep, steps->len - 1) : NULL;
      g_autofree char *siblings = NULL;
      const char *cut;

      if (last == NULL || (cut = strrchr (parent, '[')) == NULL)
        return -1;
      siblings = g_strndup (parent, cut - parent);
      above = level_of_array (self, siblings);
    }
  return above < 0 ? -1 : above + 1;
}

/* The level a new work-plan node takes under @array, or -1 when nothing
 * can go there (under a sub-komponen). */
static gboolean
new_node_level (KjTablesPage  *self,
                const char    *array,
                const char   **level,
                GError       **error)
{
  int i = level_of_array (self, array);

  *level = NULL;
  if (i >= (int) G_N_ELEMENTS (work_levels))
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                           _("A sub-komponen is the last level of the work plan: nothing goes under it"));
      return FALSE;
    }
  if (i >= 0)
    *level = work_levels[i];
  return TRUE;
}

gboolean
_kj_tables_check_new_key (KjTablesPage  *self,
                          const char    *parent_key,
                          const char    *key,
                          GError       **error)
{
  GListModel *rows = siblings (self, parent_key);
  int c = self->table == KJ_TABLE_CONTEXT ? 0 : _kj_tables_column_index (self, _kj_tables_key_member (self->table));

  if (key == NULL || *key == '\0')
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                           self->table == KJ_TABLE_BREAKDOWN ? _("Expected the area’s name")
                           : self->table == KJ_TABLE_SPENDING ? _("Expected the type of spending")
                           : self->table == KJ_TABLE_OUTPUTS ? _("Expected the output’s name")
                           : self->table == KJ_TABLE_CONTEXT ? _("Expected the row’s name")
                           : _("Expected a code"));
      return FALSE;
    }
  for (guint i = 0; rows && c >= 0 && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjTableRow) row = g_list_model_get_item (rows, i);
      if (row->text[c] && g_utf8_collate (row->text[c], key) == 0)
        {
          g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                       _("“%s” is already in this table: expected a name not used yet"), key);
          return FALSE;
        }
    }
  /* nothing goes under a sub-komponen */
  if (self->table == KJ_TABLE_WORKPLAN)
    {
      g_autofree char *array = _kj_tables_rows_path (self, parent_key);
      const char *level;

      if (array && !new_node_level (self, array, &level, error))
        return FALSE;
    }
  return TRUE;
}

/* Where a context table's new row goes: before the table's last row when
 * that is a total row (so that the total goes on counting it), else last. */
static guint
context_insert_position (KjTablesPage *self,
                         KjNode       *rows)
{
  guint n = rows ? kj_node_get_length (rows) : 0;
  KjNode *last = n > 0 ? kj_node_get_element (rows, n - 1) : NULL;
  KjNode *label = last && kj_node_is_array (last) && kj_node_get_length (last) > 0
                  ? kj_node_get_element (last, 0) : NULL;

  if (label && kj_node_is_string (label) && _kj_tables_total_row_index (self, kj_node_get_string (label), NULL) >= 0)
    return n - 1;
  return n;
}

/* A context table's new row: its name in the first cell, no data in the
 * others (one cell per column, as the format asks; the columns keep their
 * types: a column of numbers stays one). */
static KjNode *
context_row (KjTablesPage *self,
             const char   *label)
{
  KjNode *row = kj_node_new_array ();
  KjTableColumn *first = self->columns->len ? g_ptr_array_index (self->columns, 0) : NULL;
  double number = NAN;
  guint decimals = 0;

  if (first && first->type == KJ_COLUMN_NUMBER
      && kj_input_parse_number (label, kj_notation_for_locale (), &number, &decimals, NULL))
    kj_node_array_insert (row, 0, _kj_tables_number_node (number, decimals));
  else
    kj_node_array_insert (row, 0, kj_node_new_string (label));
  for (guint c = 1; c < self->columns->len; c++)
    kj_node_array_insert (row, c, kj_node_new_null ());
  return row;
}

/**
 * kj_tables_page_add_row:
 * @parent_key: (nullable): a work-plan node's key, to add a child to it
 * @key: the new row's code, area, type of spending, output name, or a
 *   context table's row name (its first cell)
 *
 * Adds a row to the table shown, for the page's year, as one edit.  A
 * work-plan node takes the level below its parent's (a root: its
 * siblings', or "program").
 * Returns: %FALSE with @error when the key is empty or already there
 */
gboolean
kj_tables_page_add_row (KjTablesPage  *self,
                        const char    *parent_key,
                        const char    *key,
                        GError       **error)
{
  g_autoptr(KjEdit) edit = NULL;
  g_autofree char *array = NULL, *label = NULL, *stripped = g_strstrip (g_strdup (key ? key : ""));
  g_autofree char *new_key = NULL;
  const char *member = _kj_tables_key_member (self->table);
  KjNode *root, *element, *list;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), FALSE);
  _kj_tables_ensure (self);

  if (_kj_tables_refuse_read_only (self, error))
    return FALSE;
  if ((member == NULL && self->table != KJ_TABLE_CONTEXT) || (array = _kj_tables_rows_path (self, parent_key)) == NULL
      || (self->table == KJ_TABLE_WORKPLAN && parent_key && *parent_key == '\0')
      || (self->table == KJ_TABLE_CONTEXT && parent_key))
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT, _("Rows cannot be added here"));
      return FALSE;
    }
  if (!_kj_tables_check_new_key (self, parent_key, stripped, error))
    return FALSE;

  root = kj_plan_get_root (self->plan);
  list = kj_node_lookup (root, array);
  /* Translators: the name of an edit in the undo menu: "Add 3247" */
  label = g_strdup_printf (_("Add %s"), stripped);
  edit = kj_edit_new (label);
  if (self->table == KJ_TABLE_CONTEXT)
    {
      guint at = context_insert_position (self, list);

      if (list)
        kj_edit_insert (edit, array, at, context_row (self, stripped));
      else
        {
          KjNode *rows = kj_node_new_array ();
          kj_node_array_insert (rows, 0, context_row (self, stripped));
          kj_edit_set (edit, array, rows);
        }
      if (!kj_plan_apply (self->plan, edit, NULL, error))
        return FALSE;
      /* the new row's name is unique: it is its key */
      new_key = g_strdup (stripped);
      goto focus;
    }
  element = kj_node_new_object ();
  kj_node_object_set (element, member, kj_node_new_string (stripped));
  if (self->table == KJ_TABLE_WORKPLAN)
    {
      const char *level = NULL;

      if (!new_node_level (self, array, &level, error))
        {
          kj_node_free (element);
          return FALSE;
        }
      if (level)
        kj_node_object_set (element, "level", kj_node_new_string (level));
    }
  if (list != NULL)
    kj_edit_insert (edit, array, kj_node_get_length (list), element);
  else
    {
      /* the year's first row: the array, and the object holding it, made */
      g_autofree char *holder = NULL, *last = NULL;
      GArray *steps = kj_path_parse (array);
      KjPathStep *s = steps ? &g_array_index (steps, KjPathStep, steps->len - 1) : NULL;
      KjNode *rows = kj_node_new_array ();

      kj_node_array_insert (rows, 0, element);
      holder = g_strndup (array, strlen (array) - strlen (s->name) - 1);
      last = g_strdup (s->name);
      g_array_unref (steps);
      if (*holder && kj_node_lookup (root, holder) == NULL && g_strcmp0 (last, "children") != 0)
        {
          /* "budget": {"2024": [ … ]} */
          KjNode *years = kj_node_new_object ();
          kj_node_object_set (years, last, rows);
          kj_edit_set (edit, holder, years);
        }
      else
        kj_edit_set (edit, array, rows);
    }
  if (!kj_plan_apply (self->plan, edit, NULL, error))
    return FALSE;
  new_key = parent_key ? g_strdup_printf ("%s/%s", parent_key, stripped) : g_strdup (stripped);
focus:
  /* the new row's first cell typed into */
  for (guint c = 0; c < self->columns->len; c++)
    {
      KjTableColumn *spec = g_ptr_array_index (self->columns, c);
      if (spec->type == KJ_COLUMN_TEXT || spec->type == KJ_COLUMN_NUMBER)
        {
          kj_tables_page_focus_cell (self, new_key, spec->id);
          break;
        }
    }
  return TRUE;
}

/* Returns: how many rows go with the row of @key when it is removed (its
 * descendants in the work plan) */
guint
kj_tables_page_count_removed (KjTablesPage *self,
                              const char   *key)
{
  KjTableRow *row;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), 0);
  _kj_tables_ensure (self);
  row = _kj_tables_find_row (self, key);
  return row ? row->n_below : 0;
}

/**
 * kj_tables_page_remove_row:
 * Removes the row of @key (a work-plan node with its children) as one edit.
 */
gboolean
kj_tables_page_remove_row (KjTablesPage  *self,
                           const char    *key,
                           GError       **error)
{
  g_autoptr(KjEdit) edit = NULL;
  g_autofree char *label = NULL;
  KjTableRow *row;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), FALSE);
  _kj_tables_ensure (self);

  if (_kj_tables_refuse_read_only (self, error))
    return FALSE;
  if ((row = _kj_tables_find_row (self, key)) == NULL || row->total)
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT, _("No row “%s” in this table"), key);
      return FALSE;
    }
  /* Translators: the name of an edit in the undo menu: "Remove 3247" */
  label = g_strdup_printf (_("Remove %s"), _kj_tables_row_label (self, row));
  edit = kj_edit_new (label);
  kj_edit_remove (edit, row->path);
  /* a context table's total row goes with its name in total_rows (unless
   * another row has that name) */
  if (self->table == KJ_TABLE_CONTEXT && row->n > 0 && row->text[0] && _kj_tables_count_labels (self, row->text[0]) == 1)
    {
      g_autofree char *names = NULL;
      int t = _kj_tables_total_row_index (self, row->text[0], &names);

      if (t >= 0)
        {
          g_autofree char *name = kj_path_index (names, t);
          kj_edit_remove (edit, name);
        }
    }
  return kj_plan_apply (self->plan, edit, NULL, error);
}

