/* kj-types.c: plain records of a plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kj-types.h"

void
kj_satker_clear (KjSatker *s)
{
  memset (s, 0, sizeof *s);
}

void
kj_narrative_free (KjNarrative *n)
{
  if (n == NULL)
    return;
  g_free (n->factors);
  g_free (n->obstacles);
  g_free (n->actions);
  g_free (n);
}

void
kj_year_value_free (KjYearValue *v)
{
  if (v == NULL)
    return;
  kj_narrative_free (v->narrative);
  g_free (v);
}

void
kj_breakdown_row_free (KjBreakdownRow *row)
{
  if (row == NULL)
    return;
  g_free (row);
}

void
kj_budget_line_free (KjBudgetLine *line)
{
  if (line == NULL)
    return;
  g_free (line);
}

void
kj_spending_line_free (KjSpendingLine *line)
{
  if (line == NULL)
    return;
  g_free (line);
}

void
kj_output_line_free (KjOutputLine *line)
{
  if (line == NULL)
    return;
  g_free (line);
}

void
kj_work_node_free (KjWorkNode *node)
{
  if (node == NULL)
    return;
  g_clear_pointer (&node->children, g_ptr_array_unref);
  g_free (node);
}

void
kj_signature_free (KjSignature *s)
{
  if (s == NULL)
    return;
  g_free (s);
}

void
kj_context_table_free (KjContextTable *t)
{
  if (t == NULL)
    return;
  g_free (t->columns);
  g_free (t->total_rows);
  g_clear_pointer (&t->rows, g_ptr_array_unref);
  g_clear_pointer (&t->row_decimals, g_ptr_array_unref);
  g_free (t);
}

void
kj_year_items_free (KjYearItems *items)
{
  if (items == NULL)
    return;
  g_clear_pointer (&items->items, g_ptr_array_unref);
  g_free (items);
}

KjYearItems *
kj_year_items_new (int            year,
                   GDestroyNotify free_item)
{
  KjYearItems *items = g_new0 (KjYearItems, 1);

  items->year = year;
  items->items = g_ptr_array_new_with_free_func (free_item);
  return items;
}

/**
 * kj_year_items_find:
 * Returns: (transfer none) (nullable): the entry of @year in @years
 */
KjYearItems *
kj_year_items_find (GPtrArray *years,
                    int        year)
{
  if (years == NULL)
    return NULL;
  for (guint i = 0; i < years->len; i++)
    {
      KjYearItems *items = g_ptr_array_index (years, i);
      if (items->year == year)
        return items;
    }
  return NULL;
}

/* Returns: (transfer full): an empty row of @n cells' room */
GArray *
kj_cells_new (guint n)
{
  return g_array_sized_new (FALSE, FALSE, sizeof (KjCell), n);
}
