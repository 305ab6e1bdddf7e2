/* kj-tables-page-merge.c: the rows of a changed plan taken into the rows
 * shown, changing no more of the list than changed
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "widgets/kj-tables-page-private.h"

static gboolean
same_content (KjTableRow *a,
              KjTableRow *b)
{
  if (a->differs != b->differs || a->index != b->index || g_strcmp0 (a->path, b->path) != 0)
    return FALSE;
  for (guint c = 0; c < a->n; c++)
    if (g_strcmp0 (a->text[c], b->text[c]) != 0
        || (isnan (a->number[c]) != isnan (b->number[c]))
        || (!isnan (a->number[c]) && a->number[c] != b->number[c]))
      return FALSE;
  return TRUE;
}

static void
replace_all (GListStore *old,
             GListModel *fresh)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (fresh); i++)
    g_ptr_array_add (rows, g_list_model_get_item (fresh, i));
  g_list_store_splice (old, 0, g_list_model_get_n_items (G_LIST_MODEL (old)), rows->pdata, rows->len);
}

/* The rows of one level (a table's, a node's items) take what @fresh holds:
 * where the keys are the same, in place, each changed row telling its
 * cells; where they are not, that level is replaced (and only it). */
static guint
merge (GListStore *old,
       GListModel *fresh)
{
  guint n = g_list_model_get_n_items (fresh), changed = 0;

  if (g_list_model_get_n_items (G_LIST_MODEL (old)) != n)
    {
      replace_all (old, fresh);
      return 1;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjTableRow) a = g_list_model_get_item (G_LIST_MODEL (old), i);
      g_autoptr(KjTableRow) b = g_list_model_get_item (fresh, i);

      if (g_strcmp0 (a->key, b->key) != 0 || a->n != b->n)
        {
          replace_all (old, fresh);
          return 1;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjTableRow) a = g_list_model_get_item (G_LIST_MODEL (old), i);
      g_autoptr(KjTableRow) b = g_list_model_get_item (fresh, i);

      if ((a->children == NULL) != (b->children == NULL))
        {
          /* a node that gained or lost its items: that row again */
          g_list_store_splice (old, i, 1, (gpointer *) &b, 1);
          changed++;
          continue;
        }
      if (!same_content (a, b))
        {
          char **text = a->text;
          double *number = a->number;
          char *path = a->path, *array_path = a->array_path;

          a->text = b->text, b->text = text;
          a->number = b->number, b->number = number;
          a->path = b->path, b->path = path;
          a->array_path = b->array_path, b->array_path = array_path;
          a->differs = b->differs;
          a->index = b->index;
          g_signal_emit_by_name (a, "changed");
          changed++;
        }
      if (a->children)
        {
          changed += merge (a->children, G_LIST_MODEL (b->children));
          a->n_below = b->n_below;
        }
    }
  return changed;
}

/**
 * _kj_tables_update_in_place:
 * @rows: (element-type KjTableRow): the rows made again
 *
 * The rows shown take what @rows hold, changing no more of the list than
 * changed: an edit of figures changes rows in place, and an added or
 * removed work-plan node changes its parent's items only (a tree made
 * again is expanded again, row by row: a third of a second for a province's
 * work plan).
 *
 * Returns: how many rows (or levels) changed
 */
guint
_kj_tables_update_in_place (KjTablesPage *self,
                            GPtrArray    *rows)
{
  g_autoptr(GListStore) fresh = g_list_store_new (KJ_TYPE_TABLE_ROW);

  g_list_store_splice (fresh, 0, 0, rows->pdata, rows->len);
  return merge (self->rows, G_LIST_MODEL (fresh));
}
