/* kj-tables-page-clip.c: the Tables page and spreadsheets: a block pasted
 * from LibreOffice or Excel, a range of cells or the table copied, the
 * table exported as CSV; the path of the focused cell, for its history
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As on the overview (kj-plan-page-clip.c): a paste starts at the focused
 * cell and fills the rows below it as shown and the columns to its right;
 * every cell is read first, and one that is refused refuses the whole
 * paste, naming its row and column; a paste is one edit, so one undo.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "model/kj-format.h"
#include "model/kj-input.h"
#include "model/kj-path.h"
#include "model/kj-table-text.h"
#include "widgets/kj-table-clip.h"
#include "widgets/kj-tables-page-private.h"

static KjTableColumn *
column_at (KjTablesPage *self,
           guint         c)
{
  return g_ptr_array_index (self->columns, c);
}

static gboolean
typed_into (KjTableColumn *spec)
{
  return spec->type == KJ_COLUMN_TEXT || spec->type == KJ_COLUMN_NUMBER;
}

/* ── a block pasted ─────────────────────────────────────────────────────── */

/* Rows shown from @first down, not counting the totals row. */
static guint
rows_from (KjTablesPage *self,
           guint         first)
{
  guint n = kj_tables_page_get_n_rows (self), k = 0;

  for (guint i = first; i < n; i++)
    {
      KjTableRow *row = _kj_tables_row_at (self, i);
      k += row && !row->total;
    }
  return k;
}

/* Returns: (transfer full) (nullable): the member by which @path's last
 * step names its element (`budget.2024[kegiatan="…"]`: kegiatan) */
static char *
key_member (const char *path)
{
  g_autoptr(GArray) steps = kj_path_parse (path);
  KjPathStep *last = steps && steps->len ? &g_array_index (steps, KjPathStep, steps->len - 1) : NULL;

  return last && last->kind == KJ_PATH_KEY ? g_strdup (last->name) : NULL;
}

/**
 * kj_tables_page_paste_text:
 * @text: a block of cells as a spreadsheet copies it (TSV)
 * @key: the row of the top left cell
 * @column: the column of the top left cell
 *
 * Pastes @text into the table shown, from that cell down and to the right,
 * as one edit: number columns read in the locale's notation, text columns
 * as text, an empty cell for no data.
 * Returns: %FALSE with @error naming the row and column of the first cell
 *   that is refused; the plan is then unchanged
 */
gboolean
kj_tables_page_paste_text (KjTablesPage  *self,
                           const char    *text,
                           const char    *key,
                           const char    *column,
                           GError       **error)
{
  g_autoptr(KjTextTable) table = NULL;
  g_autoptr(KjEdit) edit = NULL;
  g_autoptr(GHashTable) lengths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *label = NULL;
  KjNotation notation = kj_notation_for_locale ();
  guint n_rows, n_columns, below;
  int first, c0;
  gboolean any = FALSE, ok;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), FALSE);
  g_return_val_if_fail (text != NULL && key != NULL && column != NULL, FALSE);
  _kj_tables_ensure (self);

  if (kj_tables_page_is_read_only (self))
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                           _("The file is read-only: save a copy to change it"));
      return FALSE;
    }
  if ((table = kj_text_table_parse (text, -1, '\t', error)) == NULL)
    return FALSE;
  n_rows = kj_text_table_get_n_rows (table);
  n_columns = kj_text_table_get_n_columns (table);
  first = kj_tables_page_find_row (self, key);
  c0 = _kj_tables_column_index (self, column);
  if (first < 0 || c0 < 0 || n_rows == 0 || n_columns == 0)
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT, _("Nothing to paste"));
      return FALSE;
    }
  if (n_rows > (below = rows_from (self, first)))
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                   g_dngettext (GETTEXT_PACKAGE, "The block has %u row; the table has %u below this cell",
                                "The block has %u rows; the table has %u below this cell", n_rows),
                   n_rows, below);
      return FALSE;
    }
  if (c0 + n_columns > self->columns->len)
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                   g_dngettext (GETTEXT_PACKAGE, "The block has %u column; the table has %u from this cell",
                                "The block has %u columns; the table has %u from this cell", n_columns),
                   n_columns, self->columns->len - c0);
      return FALSE;
    }

  /* Translators: the name of a paste in the undo menu: "Paste 20 × 2 cells" */
  label = g_strdup_printf (_("Paste %u × %u cells"), n_rows, n_columns);
  edit = kj_edit_new (label);
  for (guint r = 0; r < n_rows; r++)
    {
      KjTableRow *row = _kj_tables_row_at (self, first + r);
      g_autofree char *by = key_member (row->path);

      /* the patches apply in turn: the member the row's path names it by
       * (a kegiatan without a code) is set after the others */
      for (guint i = 0; i < 2 * n_columns; i++)
        {
          guint k = i % n_columns;
          const char *cell = k < kj_text_table_get_n_cells (table, r) ? kj_text_table_get_cell (table, r, k) : "";
          g_autofree char *stripped = g_strstrip (g_strdup (cell ? cell : ""));
          KjTableColumn *spec = column_at (self, c0 + k);
          /* Translators: where a pasted cell goes: "3247 · Allocation (Rp) (row 2, column 1 of the block)" */
          g_autofree char *where = g_strdup_printf (_("%s · %s (row %u, column %u of the block)"),
                                                    _kj_tables_row_label (self, row), spec->title, r + 1, k + 1);
          gboolean added = FALSE;
          double value;
          guint decimals;

          if ((i < n_columns) == (by && g_strcmp0 (spec->member, by) == 0))
            continue;
          if (!typed_into (spec))
            {
              /* a computed column takes nothing; an empty cell there is no harm */
              if (*stripped == '\0')
                continue;
              /* Translators: a pasted cell refused: "3247 · Remaining (Rp) (row 1, column 3 of the block): …" */
              g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT, _("%s: %s"), where,
                           spec->type == KJ_COLUMN_KEY ? _("This column names the row: add a row to have another")
                           : _("This column is computed from the others: it cannot be typed into"));
              return FALSE;
            }
          if (*stripped && spec->type == KJ_COLUMN_NUMBER
              && !kj_table_parse_pasted (stripped, notation, where, &value, &decimals, error))
            return FALSE;
          if (!_kj_tables_add_cell_patch (self, edit, row, c0 + k, stripped, lengths, &added, error))
            return FALSE;
          any |= added;
        }
    }
  if (!any)
    return TRUE;
  self->blocked = TRUE;
  ok = kj_plan_apply (self->plan, edit, NULL, error);
  self->blocked = FALSE;
  return ok;
}

typedef struct
{
  KjTablesPage *self;
  char         *key;
  char         *column;
} Paste;

static void
pasted_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Paste *paste = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text && !kj_tables_page_paste_text (paste->self, text, paste->key, paste->column, &error))
    {
      GtkWidget *cell = kj_tables_page_get_cell (paste->self, paste->key, paste->column);
      if (cell)
        kj_value_cell_show_error (KJ_VALUE_CELL (cell), error->message);
    }
  else if (text)
    kj_tables_page_focus_cell (paste->self, paste->key, paste->column);
  g_object_unref (paste->self);
  g_free (paste->key);
  g_free (paste->column);
  g_free (paste);
}

/* Ctrl+V on a cell: the clipboard's text, read, then pasted there. */
static void
cell_paste_cb (KjValueCell  *cell,
               KjTablesPage *self)
{
  const char *key = _kj_tables_cell_key (GTK_WIDGET (cell));
  Paste *paste;

  if (key == NULL)
    return;
  paste = g_new0 (Paste, 1);
  paste->self = g_object_ref (self);
  paste->key = g_strdup (key);
  paste->column = g_strdup (column_at (self, _kj_tables_cell_column (GTK_WIDGET (cell)))->id);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL, pasted_cb, paste);
}

/* ── a range of cells (Shift and the arrows), copied as TSV ─────────────── */

static gboolean
range_bounds (KjTablesPage *self,
              guint        *r0,
              guint        *r1,
              guint        *c0,
              guint        *c1)
{
  int a, b;

  if (self->range_anchor == NULL || self->range_end == NULL)
    return FALSE;
  a = kj_tables_page_find_row (self, self->range_anchor);
  b = kj_tables_page_find_row (self, self->range_end);
  if (a < 0 || b < 0)
    return FALSE;
  *r0 = MIN (a, b);
  *r1 = MAX (a, b);
  *c0 = MIN (self->range_anchor_column, self->range_end_column);
  *c1 = MAX (self->range_anchor_column, self->range_end_column);
  return TRUE;
}

static void
mark_cell (KjTablesPage *self,
           GtkWidget    *cell,
           gboolean      any,
           guint         r0,
           guint         r1,
           guint         c0,
           guint         c1)
{
  const char *key = _kj_tables_cell_key (cell);
  int r = any && key ? kj_tables_page_find_row (self, key) : -1;
  guint c = _kj_tables_cell_column (cell);

  if (r >= 0 && (guint) r >= r0 && (guint) r <= r1 && c >= c0 && c <= c1)
    gtk_widget_add_css_class (cell, "kj-in-range");
  else
    gtk_widget_remove_css_class (cell, "kj-in-range");
}

static void
mark_range (KjTablesPage *self)
{
  GHashTableIter iter;
  gpointer cell;
  guint r0 = 0, r1 = 0, c0 = 0, c1 = 0;
  gboolean any = range_bounds (self, &r0, &r1, &c0, &c1) && (r0 != r1 || c0 != c1);

  if (self->cells == NULL)
    return;
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    mark_cell (self, cell, any, r0, r1, c0, c1);
}

void
_kj_tables_clear_range (KjTablesPage *self)
{
  if (self->range_anchor == NULL)
    return;
  g_clear_pointer (&self->range_anchor, g_free);
  g_clear_pointer (&self->range_end, g_free);
  mark_range (self);
}

/* A cell's text as shown: a category without its colour, "–" for no data. */
static char *
shown_text (KjTablesPage *self,
            KjTableRow   *row,
            guint         c)
{
  KjTableColumn *spec = column_at (self, c);
  const char *text = c < row->n ? row->text[c] : NULL;

  if (text == NULL)
    return g_strdup (spec->numeric ? KJ_NO_DATA : "");
  if (spec->type == KJ_COLUMN_MARKUP)
    return kj_table_plain_text (text);
  return g_strdup (text);
}

/* As a file holds it: numbers with a full stop and all their digits. */
static char *
raw_text (KjTablesPage *self,
          KjTableRow   *row,
          guint         c)
{
  KjTableColumn *spec = column_at (self, c);

  if (spec->numeric && c < row->n)
    return kj_table_raw_number (row->number[c]);
  return shown_text (self, row, c);
}

/**
 * kj_tables_page_get_range_text:
 * Returns: (transfer full) (nullable): the range of cells chosen with Shift
 *   and the arrows (computed columns between included), as TSV of the
 *   values shown; %NULL without a range
 */
char *
kj_tables_page_get_range_text (KjTablesPage *self)
{
  GString *out;
  guint r0, r1, c0, c1;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  _kj_tables_ensure (self);
  if (!range_bounds (self, &r0, &r1, &c0, &c1) || (r0 == r1 && c0 == c1))
    return NULL;
  out = g_string_new (NULL);
  for (guint r = r0; r <= r1; r++)
    {
      KjTableRow *row = _kj_tables_row_at (self, r);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      for (guint c = c0; row && c <= c1; c++)
        g_ptr_array_add (cells, shown_text (self, row, c));
      kj_text_table_append_row (out, (const char * const *) cells->pdata, cells->len, '\t');
    }
  return g_string_free (out, FALSE);
}

static void
cell_extend_cb (KjValueCell  *cell,
                int           move,
                KjTablesPage *self)
{
  const char *key = _kj_tables_cell_key (GTK_WIDGET (cell));
  g_autofree char *to = NULL;
  guint to_column;

  if (key == NULL)
    return;
  if (self->range_anchor == NULL)
    {
      self->range_anchor = g_strdup (key);
      self->range_anchor_column = _kj_tables_cell_column (GTK_WIDGET (cell));
      self->range_end = g_strdup (key);
      self->range_end_column = self->range_anchor_column;
    }
  _kj_tables_target_of_move (self, self->range_end, self->range_end_column, move, &to, &to_column);
  g_free (self->range_end);
  self->range_end = g_strdup (to);
  self->range_end_column = to_column;
  kj_tables_page_focus_cell (self, to, column_at (self, to_column)->id);
  mark_range (self);
}

static gboolean
cell_copy_cb (KjValueCell  *cell,
              KjTablesPage *self)
{
  g_autofree char *text = kj_tables_page_get_range_text (self);

  if (text == NULL)
    return FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (cell)), text);
  return TRUE;
}

void
_kj_tables_connect_clip (KjTablesPage *self,
                         GtkWidget    *cell)
{
  g_signal_connect_object (cell, "paste", G_CALLBACK (cell_paste_cb), self, 0);
  g_signal_connect_object (cell, "extend", G_CALLBACK (cell_extend_cb), self, 0);
  g_signal_connect_object (cell, "copy", G_CALLBACK (cell_copy_cb), self, 0);
}

/* A cell bound to a row: marked when the range holds it. */
void
_kj_tables_mark_cell (KjTablesPage *self,
                      GtkWidget    *cell)
{
  guint r0 = 0, r1 = 0, c0 = 0, c1 = 0;
  gboolean any = range_bounds (self, &r0, &r1, &c0, &c1) && (r0 != r1 || c0 != c1);

  mark_cell (self, cell, any, r0, r1, c0, c1);
}

/* ── the table as text ──────────────────────────────────────────────────── */

/**
 * kj_tables_page_get_table_text:
 * @separator: '\t' for TSV (the clipboard), ',' or ';' for CSV
 * @raw: numbers as the file holds them (with a full stop), else as shown
 *
 * Returns: (transfer full): the table shown, rows as sorted on screen (a
 *   work plan's as expanded), the totals row last, with a header row
 */
char *
kj_tables_page_get_table_text (KjTablesPage *self,
                               char          separator,
                               gboolean      raw)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  guint n;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  _kj_tables_ensure (self);
  if (self->columns == NULL || self->plan == NULL)
    return g_string_free (out, FALSE);
  for (guint c = 0; c < self->columns->len; c++)
    g_ptr_array_add (header, column_at (self, c)->title);
  kj_text_table_append_row (out, (const char * const *) header->pdata, header->len, separator);
  n = kj_tables_page_get_n_rows (self);
  for (guint i = 0; i < n; i++)
    {
      KjTableRow *row = _kj_tables_row_at (self, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      for (guint c = 0; row && c < self->columns->len; c++)
        g_ptr_array_add (cells, raw ? raw_text (self, row, c) : shown_text (self, row, c));
      kj_text_table_append_row (out, (const char * const *) cells->pdata, cells->len, separator);
    }
  return g_string_free (out, FALSE);
}

static char *
table_text (GtkWidget *owner,
            char       separator,
            gboolean   raw)
{
  return kj_tables_page_get_table_text (KJ_TABLES_PAGE (owner), separator, raw);
}

static void
copy_table_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  kj_table_copy (widget, table_text, action_name);
}

static void
export_csv_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KjTablesPage *self = KJ_TABLES_PAGE (widget);
  g_autofree char *name = NULL;
  const KjSatker *s;

  if (self->plan == NULL)
    return;
  s = kj_plan_get_satker (self->plan);
  /* "Budget-BNN Kota Kupang-2024.csv"; a breakdown or context table by its id */
  name = g_strdup_printf ("%s-%s-%d.csv", self->source ? self->source : _kj_tables_kind_name (self->table),
                          s->short_name ? s->short_name : s->name, self->year);
  kj_table_export_csv (widget, name, table_text);
}

void
_kj_tables_class_init_clip (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.copy-table", NULL, copy_table_activated);
  gtk_widget_class_install_action (widget_class, "page.copy-table-raw", NULL, copy_table_activated);
  gtk_widget_class_install_action (widget_class, "page.export-csv", NULL, export_csv_activated);
}

/* ── the focused cell, for its history ──────────────────────────────────── */

/**
 * kj_tables_page_get_focused_path:
 * @what: (out) (optional): the cell named for a reader ("3247 2024 · Allocation (Rp)")
 *
 * Returns: (transfer full) (nullable): the path of the cell that has the
 *   focus (by the row's key where it has one, as the history keeps it), or
 *   of the selected row when the focus is elsewhere in the table
 */
char *
kj_tables_page_get_focused_path (KjTablesPage  *self,
                                 char         **what)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  gboolean yearly = self->table != KJ_TABLE_CONTEXT;
  GHashTableIter iter;
  gpointer cell;
  KjTableRow *row;
  guint pos;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  if (focus == NULL || self->view == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view)))
    return NULL;
  if (self->cells)
    {
      g_hash_table_iter_init (&iter, self->cells);
      while (g_hash_table_iter_next (&iter, &cell, NULL))
        if (gtk_widget_is_ancestor (focus, cell) && (row = _kj_tables_find_row (self, _kj_tables_cell_key (cell))))
          {
            KjTableColumn *spec = column_at (self, _kj_tables_cell_column (cell));

            if (what && yearly)
              *what = g_strdup_printf ("%s %d · %s", _kj_tables_row_label (self, row), self->year, spec->title);
            else if (what)
              *what = g_strdup_printf ("%s · %s", _kj_tables_row_label (self, row), spec->title);
            return spec->member ? kj_path_member (row->path, spec->member)
                                : kj_path_index (row->path, _kj_tables_cell_column (cell));
          }
    }
  /* elsewhere in a row (a computed cell, the tree's expander): the row */
  pos = self->selection ? gtk_single_selection_get_selected (self->selection) : GTK_INVALID_LIST_POSITION;
  row = pos != GTK_INVALID_LIST_POSITION ? _kj_tables_row_at (self, pos) : NULL;
  if (row == NULL || row->total || row->path == NULL)
    return NULL;
  if (what)
    *what = yearly ? g_strdup_printf ("%s %d", _kj_tables_row_label (self, row), self->year)
                   : g_strdup (_kj_tables_row_label (self, row));
  return g_strdup (row->path);
}
