/* kj-tables-page-rows.c: what each table of the tables page holds: its
 * columns, its rows copied from the plan's typed view, and the JSON path of
 * each row, by its key (code, area …) where that key is unique
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "model/kj-checks.h"
#include "model/kj-format.h"
#include "model/kj-path.h"
#include "widgets/kj-tables-page-private.h"

/* ── rows ───────────────────────────────────────────────────────────────── */

G_DEFINE_FINAL_TYPE (KjTableRow, kj_table_row, G_TYPE_OBJECT)

static void
kj_table_row_finalize (GObject *object)
{
  KjTableRow *self = KJ_TABLE_ROW (object);

  for (guint i = 0; i < self->n; i++)
    g_free (self->text[i]);
  g_free (self->text);
  g_free (self->number);
  g_free (self->key);
  g_free (self->path);
  g_free (self->array_path);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (kj_table_row_parent_class)->finalize (object);
}

static void
kj_table_row_class_init (KjTableRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kj_table_row_finalize;
  /* what it shows changed in place (_kj_tables_update_in_place()) */
  g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
}

static void
kj_table_row_init (KjTableRow *self)
{
}

KjTableRow *
_kj_table_row_new (guint n)
{
  KjTableRow *row = g_object_new (KJ_TYPE_TABLE_ROW, NULL);

  row->n = n;
  row->text = g_new0 (char *, n);
  row->number = g_new (double, n);
  for (guint i = 0; i < n; i++)
    row->number[i] = NAN;
  return row;
}

/* ── columns ────────────────────────────────────────────────────────────── */

const char *
_kj_tables_kind_name (KjTableKind kind)
{
  switch (kind)
    {
    case KJ_TABLE_BREAKDOWN: return _("Breakdown");
    case KJ_TABLE_BUDGET:    return _("Budget");
    case KJ_TABLE_SPENDING:  return _("Spending");
    case KJ_TABLE_OUTPUTS:   return _("Outputs (RO)");
    case KJ_TABLE_WORKPLAN:  return _("Work plan");
    case KJ_TABLE_CONTEXT:
    case KJ_N_TABLES:
    default:                 return _("Context");
    }
}

/* the member that names a row, asked for when a row is added */
const char *
_kj_tables_key_member (KjTableKind kind)
{
  switch (kind)
    {
    case KJ_TABLE_BREAKDOWN: return "area";
    case KJ_TABLE_BUDGET:    return "code";
    case KJ_TABLE_SPENDING:  return "category";
    case KJ_TABLE_OUTPUTS:   return "name";
    case KJ_TABLE_WORKPLAN:  return "code";
    case KJ_TABLE_CONTEXT:
    case KJ_N_TABLES:
    default:                 return NULL;
    }
}

static void
column_free (gpointer data)
{
  KjTableColumn *c = data;

  g_free (c->id);
  g_free (c->title);
  g_free (c->member);
  g_free (c);
}

static void
add (GPtrArray    *columns,
     const char   *id,
     const char   *title,
     KjColumnType  type,
     gboolean      numeric)
{
  KjTableColumn *c = g_new0 (KjTableColumn, 1);

  c->id = g_strdup (id);
  c->title = g_strdup (title);
  c->member = type == KJ_COLUMN_TEXT || type == KJ_COLUMN_NUMBER || type == KJ_COLUMN_KEY
              ? g_strdup (id) : NULL;
  c->type = type;
  c->numeric = numeric;
  g_ptr_array_add (columns, c);
}

static KjContextTable *
find_context (KjTablesPage *self)
{
  GPtrArray *tables = self->plan ? kj_plan_get_context (self->plan) : NULL;

  for (guint i = 0; tables && i < tables->len; i++)
    {
      KjContextTable *t = g_ptr_array_index (tables, i);
      if (g_strcmp0 (t->id, self->source) == 0)
        return t;
    }
  return NULL;
}

/* A column of numbers: one that holds one, or (past the row names) one
 * that holds no text yet, as in a row just added to a table of its own. */
static gboolean
context_column_numeric (KjContextTable *t,
                        guint           j)
{
  gboolean text = FALSE;

  for (guint i = 0; i < t->rows->len; i++)
    {
      GArray *cells = g_ptr_array_index (t->rows, i);
      if (j < cells->len && kj_has (g_array_index (cells, KjCell, j).number))
        return TRUE;
      text |= j < cells->len && g_array_index (cells, KjCell, j).text != NULL;
    }
  return j > 0 && !text;
}

/**
 * _kj_tables_columns:
 * Returns: (transfer full) (element-type KjTableColumn): the columns of the
 *   page's table
 */
GPtrArray *
_kj_tables_columns (KjTablesPage *self)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func (column_free);

  switch (self->table)
    {
    case KJ_TABLE_BREAKDOWN:
      add (columns, "area", _("Area"), KJ_COLUMN_KEY, FALSE);
      add (columns, "satker", _("Satker"), KJ_COLUMN_TEXT, FALSE);
      add (columns, "target", _("Target"), KJ_COLUMN_NUMBER, TRUE);
      add (columns, "value", _("Value"), KJ_COLUMN_NUMBER, TRUE);
      add (columns, "category", _("Category"), KJ_COLUMN_MARKUP, FALSE);
      break;
    case KJ_TABLE_BUDGET:
      add (columns, "code", _("Code"), KJ_COLUMN_KEY, FALSE);
      add (columns, "kegiatan", _("Kegiatan"), KJ_COLUMN_TEXT, FALSE);
      /* fall through */
    case KJ_TABLE_SPENDING:
      if (self->table == KJ_TABLE_SPENDING)
        add (columns, "category", _("Type of spending"), KJ_COLUMN_KEY, FALSE);
      add (columns, "allocation", _("Allocation (Rp)"), KJ_COLUMN_NUMBER, TRUE);
      add (columns, "realization", _("Realisation (Rp)"), KJ_COLUMN_NUMBER, TRUE);
      add (columns, "remaining", _("Remaining (Rp)"), KJ_COLUMN_COMPUTED, TRUE);
      add (columns, "absorption", _("Absorption"), KJ_COLUMN_COMPUTED, TRUE);
      break;
    case KJ_TABLE_OUTPUTS:
      add (columns, "name", _("Output (RO)"), KJ_COLUMN_KEY, FALSE);
      add (columns, "target", _("Target volume"), KJ_COLUMN_NUMBER, TRUE);
      add (columns, "realization", _("Realisation"), KJ_COLUMN_NUMBER, TRUE);
      add (columns, "unit", _("Unit"), KJ_COLUMN_TEXT, FALSE);
      add (columns, "achievement", _("Achievement"), KJ_COLUMN_COMPUTED, TRUE);
      break;
    case KJ_TABLE_WORKPLAN:
      add (columns, "code", _("Code"), KJ_COLUMN_KEY, FALSE);
      add (columns, "name", _("Name"), KJ_COLUMN_TEXT, FALSE);
      add (columns, "volume", _("Volume"), KJ_COLUMN_NUMBER, TRUE);
      add (columns, "unit", _("Unit"), KJ_COLUMN_TEXT, FALSE);
      add (columns, "amount", _("Amount (Rp)"), KJ_COLUMN_NUMBER, TRUE);
      add (columns, "check", _("Sum differs by"), KJ_COLUMN_COMPUTED, TRUE);
      break;
    case KJ_TABLE_CONTEXT:
    case KJ_N_TABLES:
    default:
      {
        KjContextTable *t = find_context (self);

        for (guint j = 0; t && t->columns && t->columns[j]; j++)
          {
            g_autofree char *id = g_strdup_printf ("%u", j);
            add (columns, id, t->columns[j],
                 context_column_numeric (t, j) ? KJ_COLUMN_NUMBER : KJ_COLUMN_TEXT,
                 context_column_numeric (t, j));
            g_clear_pointer (&((KjTableColumn *) g_ptr_array_index (columns, columns->len - 1))->member,
                             g_free);
          }
        break;
      }
    }
  return columns;
}

int
_kj_tables_column_index (KjTablesPage *self,
                         const char   *id)
{
  for (guint i = 0; self->columns && i < self->columns->len; i++)
    if (g_strcmp0 (((KjTableColumn *) g_ptr_array_index (self->columns, i))->id, id) == 0)
      return i;
  return -1;
}

/* ── cells ──────────────────────────────────────────────────────────────── */

static void
set_text (KjTableRow *row,
          KjTablesPage *self,
          const char *column,
          const char *text)
{
  int i = _kj_tables_column_index (self, column);

  if (i < 0)
    return;
  g_free (row->text[i]);
  row->text[i] = g_strdup (text);
}

/* @shown: (transfer full) (nullable): the number as shown; "–" when NULL */
static void
set_number (KjTableRow   *row,
            KjTablesPage *self,
            const char   *column,
            double        value,
            char         *shown)
{
  int i = _kj_tables_column_index (self, column);

  if (i < 0)
    {
      g_free (shown);
      return;
    }
  g_free (row->text[i]);
  row->text[i] = kj_has (value) && shown ? shown : (g_free (shown), g_strdup (KJ_NO_DATA));
  row->number[i] = value;
}

/* amounts are whole rupiah; a slip with cents shows them */
static char *
rupiah (double value)
{
  return kj_format_number (value, value == floor (value) ? 0 : 2);
}

static char *
quantity (double value)
{
  return kj_format_number (value, kj_format_auto_decimals (value));
}

static void
set_money (KjTableRow   *row,
           KjTablesPage *self,
           double        allocation,
           double        realization)
{
  double remaining = kj_has (allocation) && kj_has (realization) ? allocation - realization : NAN;
  double absorption = kj_has (allocation) && kj_has (realization) && allocation > 0
                      ? realization / allocation * 100 : NAN;

  set_number (row, self, "allocation", allocation, rupiah (allocation));
  set_number (row, self, "realization", realization, rupiah (realization));
  set_number (row, self, "remaining", remaining, rupiah (remaining));
  set_number (row, self, "absorption", absorption, kj_format_percent (absorption, 2));
}

/* ── paths ──────────────────────────────────────────────────────────────── */

/* the element's path: by its key when no other element has it */
static char *
element_path (const char *array_path,
              const char *member,
              const char *value,
              GHashTable *counts,
              guint       index)
{
  if (value && *value && GPOINTER_TO_UINT (g_hash_table_lookup (counts, value)) == 1)
    return kj_path_key (array_path, member, value);
  return kj_path_index (array_path, index);
}

static void
count (GHashTable *counts,
       const char *value)
{
  if (value)
    g_hash_table_insert (counts, (gpointer) value,
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, value)) + 1));
}

/* a key that finds the row again after an edit rebuilt the rows */
static char *
row_key (const char *value,
         GHashTable *counts,
         guint       index)
{
  if (value && *value && GPOINTER_TO_UINT (g_hash_table_lookup (counts, value)) == 1)
    return g_strdup (value);
  return g_strdup_printf ("#%u", index);
}

static KjIndicator *
source_indicator (KjTablesPage *self)
{
  return self->plan && self->source ? kj_plan_find_indicator (self->plan, self->source) : NULL;
}

/**
 * _kj_tables_rows_path:
 * @parent_key: (nullable): a work-plan node's key, for its children
 * Returns: (transfer full) (nullable): the JSON path of the array holding
 *   the table's rows for the page's year (which may not exist yet)
 */
char *
_kj_tables_rows_path (KjTablesPage *self,
                      const char   *parent_key)
{
  g_autofree char *year = g_strdup_printf ("%d", self->year);

  switch (self->table)
    {
    case KJ_TABLE_BREAKDOWN:
      {
        g_autofree char *ind = NULL, *breakdown = NULL;
        if (source_indicator (self) == NULL)
          return NULL;
        ind = kj_path_key ("indicators", "id", self->source);
        breakdown = kj_path_member (ind, "breakdown");
        return kj_path_member (breakdown, year);
      }
    case KJ_TABLE_BUDGET:
      return kj_path_member ("budget", year);
    case KJ_TABLE_SPENDING:
      return kj_path_member ("spending", year);
    case KJ_TABLE_OUTPUTS:
      return kj_path_member ("outputs", year);
    case KJ_TABLE_WORKPLAN:
      {
        KjTableRow *parent = parent_key ? _kj_tables_find_row (self, parent_key) : NULL;
        if (parent_key && parent == NULL)
          return NULL;
        return parent ? kj_path_member (parent->path, "children") : kj_path_member ("workplan", year);
      }
    case KJ_TABLE_CONTEXT:
    case KJ_N_TABLES:
    default:
      {
        g_autofree char *table = NULL;
        if (find_context (self) == NULL)
          return NULL;
        table = kj_path_key ("context", "id", self->source);
        return kj_path_member (table, "rows");
      }
    }
}

/* ── the tables ─────────────────────────────────────────────────────────── */

static GPtrArray *
year_items (GPtrArray *years,
            int        year)
{
  KjYearItems *items = years ? kj_year_items_find (years, year) : NULL;
  return items ? items->items : NULL;
}

static void
fill_breakdown (KjTablesPage *self,
                GPtrArray    *out)
{
  KjIndicator *ind = source_indicator (self);
  GPtrArray *items = ind ? kj_indicator_get_breakdown (ind, self->year) : NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *array = _kj_tables_rows_path (self, NULL);

  for (guint i = 0; items && i < items->len; i++)
    count (counts, ((KjBreakdownRow *) g_ptr_array_index (items, i))->area);
  for (guint i = 0; items && i < items->len; i++)
    {
      KjBreakdownRow *b = g_ptr_array_index (items, i);
      KjTableRow *row = _kj_table_row_new (self->columns->len);
      const KjBand *band = NULL;
      int c = _kj_tables_column_index (self, "category");

      row->index = i;
      row->key = row_key (b->area, counts, i);
      row->array_path = g_strdup (array);
      row->path = element_path (array, "area", b->area, counts, i);
      set_text (row, self, "area", b->area);
      set_text (row, self, "satker", b->satker);
      set_number (row, self, "target", b->target, kj_indicator_format_value (ind, b->target));
      set_number (row, self, "value", b->value, kj_indicator_format_value (ind, b->value));
      row->text[c] = kj_indicator_describe_row_category (ind, b, TRUE);
      /* the value scale's band order, else the value */
      if (kj_indicator_classify_row (ind, b, &band))
        row->number[c] = b->value;
      g_ptr_array_add (out, row);
    }
}

static void
fill_money (KjTablesPage *self,
            GPtrArray    *out,
            KjTableRow  **total)
{
  gboolean spending = self->table == KJ_TABLE_SPENDING;
  GPtrArray *items = year_items (spending ? kj_plan_get_spending (self->plan)
                                          : kj_plan_get_budget (self->plan), self->year);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *array = _kj_tables_rows_path (self, NULL);
  double allocation, realization;

  for (guint i = 0; items && i < items->len; i++)
    {
      if (spending)
        count (counts, ((KjSpendingLine *) g_ptr_array_index (items, i))->category);
      else
        {
          count (counts, ((KjBudgetLine *) g_ptr_array_index (items, i))->code);
          count (names, ((KjBudgetLine *) g_ptr_array_index (items, i))->kegiatan);
        }
    }
  for (guint i = 0; items && i < items->len; i++)
    {
      KjTableRow *row = _kj_table_row_new (self->columns->len);

      row->index = i;
      row->array_path = g_strdup (array);
      if (spending)
        {
          KjSpendingLine *l = g_ptr_array_index (items, i);
          row->key = row_key (l->category, counts, i);
          row->path = element_path (array, "category", l->category, counts, i);
          set_text (row, self, "category", l->category);
          set_money (row, self, l->allocation, l->realization);
        }
      else
        {
          KjBudgetLine *l = g_ptr_array_index (items, i);
          /* by code; a line without one (as in BNNP Kalimantan Barat's) by its kegiatan */
          if (l->code)
            {
              row->key = row_key (l->code, counts, i);
              row->path = element_path (array, "code", l->code, counts, i);
            }
          else
            {
              row->key = row_key (l->kegiatan, names, i);
              row->path = element_path (array, "kegiatan", l->kegiatan, names, i);
            }
          set_text (row, self, "code", l->code);
          set_text (row, self, "kegiatan", l->kegiatan);
          set_money (row, self, l->allocation, l->realization);
        }
      g_ptr_array_add (out, row);
    }
  if (items == NULL || items->len == 0)
    return;
  /* the model's sums: absent stays absent */
  kj_plan_get_money_totals (self->plan, self->year, spending, &allocation, &realization);
  *total = _kj_table_row_new (self->columns->len);
  (*total)->total = TRUE;
  (*total)->key = g_strdup ("");
  set_text (*total, self, spending ? "category" : "code", _("Total"));
  set_money (*total, self, allocation, realization);
}

static void
fill_outputs (KjTablesPage *self,
              GPtrArray    *out)
{
  GPtrArray *items = year_items (kj_plan_get_outputs (self->plan), self->year);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *array = _kj_tables_rows_path (self, NULL);

  for (guint i = 0; items && i < items->len; i++)
    count (counts, ((KjOutputLine *) g_ptr_array_index (items, i))->name);
  for (guint i = 0; items && i < items->len; i++)
    {
      KjOutputLine *o = g_ptr_array_index (items, i);
      KjTableRow *row = _kj_table_row_new (self->columns->len);
      double a = kj_has (o->target) && kj_has (o->realization) && o->target > 0
                 ? o->realization / o->target * 100 : NAN;

      row->index = i;
      row->key = row_key (o->name, counts, i);
      row->array_path = g_strdup (array);
      row->path = element_path (array, "name", o->name, counts, i);
      set_text (row, self, "name", o->name);
      set_text (row, self, "unit", o->unit);
      set_number (row, self, "target", o->target, quantity (o->target));
      set_number (row, self, "realization", o->realization, quantity (o->realization));
      set_number (row, self, "achievement", a, kj_format_percent (a, 2));
      g_ptr_array_add (out, row);
    }
}

static KjTableRow *
work_row (KjTablesPage *self,
          KjWorkNode   *node,
          const char   *array,
          const char   *parent_key,
          GHashTable   *counts,
          guint         index)
{
  KjTableRow *row = _kj_table_row_new (self->columns->len);
  g_autoptr(GHashTable) below = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *own = row_key (node->code, counts, index);
  g_autofree char *children = NULL;
  double sum;
  guint with_amount;

  row->index = index;
  row->key = parent_key ? g_strdup_printf ("%s/%s", parent_key, own) : g_steal_pointer (&own);
  row->array_path = g_strdup (array);
  row->path = element_path (array, "code", node->code, counts, index);
  set_text (row, self, "code", node->code);
  set_text (row, self, "name", node->name);
  set_text (row, self, "unit", node->unit);
  set_number (row, self, "volume", node->volume, quantity (node->volume));
  set_number (row, self, "amount", node->amount, rupiah (node->amount));
  /* the checks' rule (kj_work_node_differs), shown where it is broken */
  if ((row->differs = kj_work_node_differs (node, &sum, &with_amount)))
    {
      double d = node->amount - sum;
      g_autofree char *shown = rupiah (fabs (d));
      /* Translators: a work-plan parent's amount against the sum of its items:
       * "⚠ +12.000.000" (the amount is that much more than the sum) */
      set_number (row, self, "check", d, g_strdup_printf (_("⚠ %s%s"), d > 0 ? "+" : "−", shown));
    }
  else
    /* nothing to say where the sum is right */
    set_text (row, self, "check", "");
  if (node->children && node->children->len > 0)
    {
      row->children = g_list_store_new (KJ_TYPE_TABLE_ROW);
      children = kj_path_member (row->path, "children");
      for (guint i = 0; i < node->children->len; i++)
        count (below, ((KjWorkNode *) g_ptr_array_index (node->children, i))->code);
      for (guint i = 0; i < node->children->len; i++)
        {
          g_autoptr(KjTableRow) child = work_row (self, g_ptr_array_index (node->children, i),
                                                  children, row->key, below, i);
          row->n_below += 1 + child->n_below;
          g_list_store_append (row->children, child);
        }
    }
  return row;
}

static void
fill_workplan (KjTablesPage *self,
               GPtrArray    *out)
{
  GPtrArray *items = year_items (kj_plan_get_workplan (self->plan), self->year);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *array = _kj_tables_rows_path (self, NULL);

  for (guint i = 0; items && i < items->len; i++)
    count (counts, ((KjWorkNode *) g_ptr_array_index (items, i))->code);
  for (guint i = 0; items && i < items->len; i++)
    g_ptr_array_add (out, work_row (self, g_ptr_array_index (items, i), array, NULL, counts, i));
}

static void
fill_context (KjTablesPage *self,
              GPtrArray    *out)
{
  KjContextTable *t = find_context (self);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *array = _kj_tables_rows_path (self, NULL);

  for (guint i = 0; t && i < t->rows->len; i++)
    {
      GArray *cells = g_ptr_array_index (t->rows, i);
      if (cells->len > 0)
        count (counts, g_array_index (cells, KjCell, 0).text);
    }
  for (guint i = 0; t && i < t->rows->len; i++)
    {
      GArray *cells = g_ptr_array_index (t->rows, i);
      KjTableRow *row = _kj_table_row_new (self->columns->len);

      row->index = i;
      row->key = row_key (cells->len > 0 ? g_array_index (cells, KjCell, 0).text : NULL, counts, i);
      row->array_path = g_strdup (array);
      row->path = kj_path_index (array, i);
      for (guint j = 0; j < self->columns->len; j++)
        {
          const KjCell *cell = j < cells->len ? &g_array_index (cells, KjCell, j) : NULL;

          if (cell && kj_has (cell->number))
            {
              row->text[j] = quantity (cell->number);
              row->number[j] = cell->number;
            }
          else if (cell && cell->text)
            row->text[j] = g_strdup (cell->text);
        }
      g_ptr_array_add (out, row);
    }
}

/**
 * _kj_tables_fill:
 * @rows: (element-type KjTableRow): where the rows go (a work plan's roots)
 * @total: (out) (transfer full) (nullable): the totals row, if the table has one
 */
void
_kj_tables_fill (KjTablesPage *self,
                 GPtrArray    *rows,
                 KjTableRow  **total)
{
  *total = NULL;
  if (self->plan == NULL)
    return;
  switch (self->table)
    {
    case KJ_TABLE_BREAKDOWN:
      fill_breakdown (self, rows);
      break;
    case KJ_TABLE_BUDGET:
    case KJ_TABLE_SPENDING:
      fill_money (self, rows, total);
      break;
    case KJ_TABLE_OUTPUTS:
      fill_outputs (self, rows);
      break;
    case KJ_TABLE_WORKPLAN:
      fill_workplan (self, rows);
      break;
    case KJ_TABLE_CONTEXT:
    case KJ_N_TABLES:
    default:
      fill_context (self, rows);
      break;
    }
}

static KjTableRow *
find_in (GListModel *rows,
         const char *key)
{
  for (guint i = 0; rows && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjTableRow) row = g_list_model_get_item (rows, i);
      KjTableRow *found;

      if (g_strcmp0 (row->key, key) == 0)
        return row;
      if (row->children && g_str_has_prefix (key, row->key) && key[strlen (row->key)] == '/'
          && (found = find_in (G_LIST_MODEL (row->children), key)))
        return found;
    }
  return NULL;
}

/* Returns: (transfer none) (nullable): the row of @key (not the totals row) */
KjTableRow *
_kj_tables_find_row (KjTablesPage *self,
                     const char   *key)
{
  return key ? find_in (G_LIST_MODEL (self->rows), key) : NULL;
}
