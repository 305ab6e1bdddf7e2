/* kj-types.c: plain records of a plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kj-types.h"

void
kj_satker_clear (KjSatker *s)
{
  g_clear_pointer (&s->code, g_free);
  g_clear_pointer (&s->name, g_free);
  g_clear_pointer (&s->short_name, g_free);
  g_clear_pointer (&s->level, g_free);
  g_clear_pointer (&s->province, g_free);
  g_clear_pointer (&s->area, g_free);
  g_clear_pointer (&s->parent, g_free);
}

void
kj_narrative_free (KjNarrative *n)
{
  if (n == NULL)
    return;
  g_strfreev (n->factors);
  g_strfreev (n->obstacles);
  g_strfreev (n->actions);
  g_free (n);
}

void
kj_year_value_free (KjYearValue *v)
{
  if (v == NULL)
    return;
  g_free (v->reported_category);
  g_free (v->note);
  kj_narrative_free (v->narrative);
  g_free (v);
}

void
kj_breakdown_row_free (KjBreakdownRow *row)
{
  if (row == NULL)
    return;
  g_free (row->area);
  g_free (row->satker);
  g_free (row->category);
  g_free (row);
}

void
kj_budget_line_free (KjBudgetLine *line)
{
  if (line == NULL)
    return;
  g_free (line->code);
  g_free (line->program);
  g_free (line->kegiatan);
  g_free (line);
}

void
kj_spending_line_free (KjSpendingLine *line)
{
  if (line == NULL)
    return;
  g_free (line->category);
  g_free (line);
}

void
kj_output_line_free (KjOutputLine *line)
{
  if (line == NULL)
    return;
  g_free (line->kegiatan);
  g_free (line->indicator);
  g_free (line->name);
  g_free (line->unit);
  g_free (line);
}

void
kj_work_node_free (KjWorkNode *node)
{
  if (node == NULL)
    return;
  g_free (node->code);
  g_free (node->name);
  g_free (node->level);
  g_free (node->unit);
  g_clear_pointer (&node->children, g_ptr_array_unref);
  g_free (node);
}

void
kj_signature_free (KjSignature *s)
{
  if (s == NULL)
    return;
  g_free (s->place);
  g_free (s->date);
  g_free (s->title);
  g_free (s->name);
  g_free (s);
}

void
kj_context_table_free (KjContextTable *t)
{
  if (t == NULL)
    return;
  g_free (t->id);
  g_free (t->title);
  g_free (t->source);
  g_strfreev (t->columns);
  g_clear_pointer (&t->rows, g_ptr_array_unref);
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

static void
clear_cell (gpointer data)
{
  g_free (((KjCell *) data)->text);
}

/* Returns: (transfer full): an empty row of @n cells' room */
GArray *
kj_cells_new (guint n)
{
  GArray *cells = g_array_sized_new (FALSE, FALSE, sizeof (KjCell), n);

  g_array_set_clear_func (cells, clear_cell);
  return cells;
}
