/* kj-tables-page-edit.c: typing into the tables page's cells, adding and
 * pasting (kj-tables-page-clip.c); every change one edit through
 * kj_plan_apply()
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell is a KjValueCell.  What is typed into a number column is read by
 * kj_input_parse_number() in the locale's notation and written with the
 * decimals typed; a text column takes the text.  The rows are made again
 * from the changed plan: the focus goes back to the cell by its row's key
 * (code, area …) and its column, wherever sorting put the row.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "model/kj-format.h"
#include "model/kj-input.h"
#include "model/kj-path.h"
#include "widgets/kj-tables-page-private.h"
#include "widgets/kj-value-cell.h"

#define CELL_KEY    "kj-row-key"
#define CELL_COLUMN "kj-column"

gboolean
_kj_tables_refuse_read_only (KjTablesPage  *self,
                  GError       **error)
{
  if (!kj_tables_page_is_read_only (self))
    return FALSE;
  g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                       _("The file is read-only: save a copy to change it"));
  return TRUE;
}

KjNode *
_kj_tables_number_node (double value,
             guint  decimals)
{
  char digits[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = g_strdup_printf ("%%.%uf", MIN (decimals, 12));

  return kj_node_new_number_text (g_ascii_formatd (digits, sizeof digits, format, value));
}

/* how an edit names its row: "3247", a kegiatan, a work-plan item's name */
const char *
_kj_tables_row_label (KjTablesPage *self,
                      KjTableRow   *row)
{
  if (self->table == KJ_TABLE_WORKPLAN && row->n > 1 && row->text[1] && *row->text[1])
    return row->text[1];
  for (guint c = 0; c < MIN (row->n, 2); c++)
    if (row->text[c] && *row->text[c])
      return row->text[c];
  return row->key;
}

/* ── a cell's value ─────────────────────────────────────────────────────── */

/* A context table's labels of total rows, and where @label is among them (-1). */
int
_kj_tables_total_row_index (KjTablesPage *self,
                 const char   *label,
                 char        **array)
{
  g_autofree char *table = kj_path_key ("context", "id", self->source);
  g_autofree char *path = kj_path_member (table, "total_rows");
  KjNode *names = self->plan ? kj_node_lookup (kj_plan_get_root (self->plan), path) : NULL;

  if (array)
    *array = g_strdup (path);
  for (guint i = 0; label && names && kj_node_is_array (names) && i < kj_node_get_length (names); i++)
    {
      KjNode *name = kj_node_get_element (names, i);
      if (kj_node_is_string (name) && g_str_equal (kj_node_get_string (name), label))
        return i;
    }
  return -1;
}

/* How many rows of the context table shown are labelled @label. */
guint
_kj_tables_count_labels (KjTablesPage *self,
              const char   *label)
{
  guint n = 0;

  for (guint i = 0; label && i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(KjTableRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      n += row->n > 0 && g_strcmp0 (row->text[0], label) == 0;
    }
  return n;
}

/**
 * _kj_tables_add_cell_patch:
 * @lengths: (nullable): a context row's cells as earlier patches of @edit
 *   leave them (row path → count), for a paste of several cells in one row
 * @added: (out): whether a patch was added (%FALSE: the cell holds it already)
 *
 * Adds to @edit the patch that sets column @c of @row as typed in @text:
 * a number column's text read in the locale's notation, a text column's
 * taken as text, an empty text for no data.
 * Returns: %FALSE with @error saying what is expected; @edit is then unchanged
 */
gboolean
_kj_tables_add_cell_patch (KjTablesPage  *self,
                           KjEdit        *edit,
                           KjTableRow    *row,
                           guint          c,
                           const char    *text,
                           GHashTable    *lengths,
                           gboolean      *added,
                           GError       **error)
{
  g_autofree char *path = NULL, *stripped = g_strstrip (g_strdup (text ? text : ""));
  KjTableColumn *spec = c < self->columns->len ? g_ptr_array_index (self->columns, c) : NULL;
  KjNode *value = NULL, *old;
  double number = NAN;
  guint decimals = 0;

  *added = FALSE;
  if (spec == NULL || (spec->type != KJ_COLUMN_TEXT && spec->type != KJ_COLUMN_NUMBER) || row->total)
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                           spec && spec->type == KJ_COLUMN_KEY
                           ? _("This column names the row: add a row to have another")
                           : _("This column is computed from the others: it cannot be typed into"));
      return FALSE;
    }
  if (*stripped && spec->type == KJ_COLUMN_NUMBER
      && !kj_input_parse_number (stripped, kj_notation_for_locale (), &number, &decimals, error))
    return FALSE;

  /* a context table's cell by its position; a member of the row's element */
  path = spec->member ? kj_path_member (row->path, spec->member) : kj_path_index (row->path, c);
  old = kj_node_lookup (kj_plan_get_root (self->plan), path);
  if (*stripped == '\0')
    {
      /* no data: the member goes (a context cell becomes null) */
      if (old == NULL || kj_node_is_null (old))
        return TRUE;
      if (spec->member == NULL)
        value = kj_node_new_null ();
    }
  else if (spec->type == KJ_COLUMN_NUMBER)
    value = _kj_tables_number_node (number, decimals);
  else
    value = kj_node_new_string (stripped);
  if (value && old && kj_node_equal (value, old))
    {
      kj_node_free (value);
      return TRUE;
    }
  *added = TRUE;
  if (spec->member == NULL)
    {
      /* a context row shorter than its columns: the cells up to this one */
      KjNode *cells = kj_node_lookup (kj_plan_get_root (self->plan), row->path);
      gpointer planned = lengths ? g_hash_table_lookup (lengths, row->path) : NULL;
      guint n = planned ? GPOINTER_TO_UINT (planned) - 1 : cells ? kj_node_get_length (cells) : 0;

      if (c < n)
        kj_edit_set (edit, path, value);
      else
        {
          for (guint j = n; j < c; j++)
            kj_edit_insert (edit, row->path, j, kj_node_new_null ());
          kj_edit_insert (edit, row->path, c, value);
          if (lengths)
            g_hash_table_insert (lengths, g_strdup (row->path), GUINT_TO_POINTER (c + 2));
        }
      /* a total row renamed: its name in total_rows too */
      if (c == 0 && row->text[0] && _kj_tables_count_labels (self, row->text[0]) == 1)
        {
          g_autofree char *names = NULL;
          int t = _kj_tables_total_row_index (self, row->text[0], &names);

          if (t >= 0)
            {
              g_autofree char *name = kj_path_index (names, t);
              if (*stripped)
                kj_edit_set (edit, name, kj_node_new_string (stripped));
              else
                kj_edit_remove (edit, name);
            }
        }
    }
  else
    kj_edit_set (edit, path, value);
  return TRUE;
}

/**
 * kj_tables_page_set_cell:
 * @key: the row's key (kj_tables_page_get_row_key())
 * @column: the column's id
 * @text: what the user typed; empty for no data
 *
 * Sets a cell of the table shown as typed, as one edit.
 * Returns: %FALSE with @error saying what is expected (a number, a column
 *   that is not computed …); the plan is then unchanged
 */
gboolean
kj_tables_page_set_cell (KjTablesPage  *self,
                         const char    *key,
                         const char    *column,
                         const char    *text,
                         GError       **error)
{
  g_autoptr(KjEdit) edit = NULL;
  g_autofree char *label = NULL;
  KjTableRow *row;
  gboolean added = FALSE, ok;
  int c;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), FALSE);
  _kj_tables_ensure (self);
  g_return_val_if_fail (key != NULL && column != NULL, FALSE);

  if (_kj_tables_refuse_read_only (self, error))
    return FALSE;
  if ((row = _kj_tables_find_row (self, key)) == NULL)
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT, _("No row “%s” in this table"), key);
      return FALSE;
    }
  c = _kj_tables_column_index (self, column);
  /* Translators: the name of an edit in the undo menu: "Allocation (Rp) of 3247" */
  label = g_strdup_printf (_("%s of %s"), c >= 0 ? ((KjTableColumn *) g_ptr_array_index (self->columns, c))->title
                                                 : column, _kj_tables_row_label (self, row));
  edit = kj_edit_new (label);
  if (!_kj_tables_add_cell_patch (self, edit, row, c >= 0 ? (guint) c : G_MAXUINT, text, NULL, &added, error))
    return FALSE;
  if (!added)
    return TRUE;
  self->blocked = TRUE;
  ok = kj_plan_apply (self->plan, edit, NULL, error);
  self->blocked = FALSE;
  return ok;
}

/* ── cells ──────────────────────────────────────────────────────────────── */

const char *
_kj_tables_cell_key (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), CELL_KEY);
}

guint
_kj_tables_cell_column (GtkWidget *cell)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), CELL_COLUMN));
}

static GtkWidget *
find_cell (KjTablesPage *self,
           const char   *key,
           guint         column)
{
  GHashTableIter iter;
  gpointer cell;

  if (self->cells == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (g_strcmp0 (_kj_tables_cell_key (cell), key) == 0 && _kj_tables_cell_column (cell) == column)
      return cell;
  return NULL;
}

/**
 * kj_tables_page_get_cell:
 * Returns: (transfer none) (nullable): the KjValueCell of a row's column, if
 *   its row is made
 */
GtkWidget *
kj_tables_page_get_cell (KjTablesPage *self,
                         const char   *key,
                         const char   *column)
{
  int c;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  _kj_tables_ensure (self);
  c = _kj_tables_column_index (self, column);
  return c >= 0 ? find_cell (self, key, c) : NULL;
}

/* GTK 4.8's column view has no scroll_to(): its list view has the action */
static void
scroll_to_row (KjTablesPage *self,
               guint         pos)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->view)); w; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LIST_VIEW (w))
      gtk_widget_activate_action (w, "list.scroll-to-item", "u", pos);
}

static gboolean
focus_pending (KjTablesPage *self)
{
  GtkWidget *cell;
  int c;

  if (self->focus_key == NULL)
    return TRUE;
  c = _kj_tables_column_index (self, self->focus_column);
  if (c < 0 || (cell = find_cell (self, self->focus_key, c)) == NULL)
    {
      /* the row, scrolled to, is made in a coming frame */
      int pos = kj_tables_page_find_row (self, self->focus_key);
      if (pos >= 0)
        scroll_to_row (self, pos);
      return FALSE;
    }
  if (!kj_value_cell_has_focus (KJ_VALUE_CELL (cell)))
    kj_value_cell_focus (KJ_VALUE_CELL (cell));
  return TRUE;
}

static gboolean
focus_pending_cb (GtkWidget *page)
{
  return focus_pending (KJ_TABLES_PAGE (page));
}

static void
focus_done_cb (GtkWidget *page)
{
  KjTablesPage *self = KJ_TABLES_PAGE (page);

  g_clear_pointer (&self->focus_key, g_free);
  g_clear_pointer (&self->focus_column, g_free);
}

/**
 * kj_tables_page_focus_cell:
 * Puts the keyboard focus on a cell, now and once its row is made (after an
 * edit the rows are made again, and may have been sorted elsewhere).
 */
void
kj_tables_page_focus_cell (KjTablesPage *self,
                           const char   *key,
                           const char   *column)
{
  g_return_if_fail (KJ_IS_TABLES_PAGE (self));
  _kj_tables_ensure (self);

  g_free (self->focus_key);
  g_free (self->focus_column);
  self->focus_key = g_strdup (key);
  self->focus_column = g_strdup (column);
  kj_cell_focus_keeper_start (&self->focus_keeper, GTK_WIDGET (self), focus_pending_cb, focus_done_cb);
}

/* Whether column @c is typed into (not computed, not a key). */
gboolean
_kj_tables_typed_into (KjTablesPage *self,
                       guint         c)
{
  KjTableColumn *spec = g_ptr_array_index (self->columns, c);
  return spec->type == KJ_COLUMN_TEXT || spec->type == KJ_COLUMN_NUMBER;
}

/**
 * _kj_tables_target_of_move:
 * Where the focus goes from (@key, @c) by @move, in the rows as shown: the
 * next cell typed into (Tab goes on to the next row); the totals row and
 * the table's edges stop it.
 */
void
_kj_tables_target_of_move (KjTablesPage  *self,
                           const char    *key,
                           guint          c,
                           KjCellMove     move,
                           char         **to_key,
                           guint         *to_column)
{
  guint n = kj_tables_page_get_n_rows (self);
  int pos = kj_tables_page_find_row (self, key), row = pos, col = c;
  int step = move == KJ_CELL_MOVE_NEXT || move == KJ_CELL_MOVE_RIGHT ? 1
             : move == KJ_CELL_MOVE_PREVIOUS || move == KJ_CELL_MOVE_LEFT ? -1 : 0;
  KjTableRow *to;

  *to_key = g_strdup (key);
  *to_column = c;
  if (pos < 0)
    return;
  if (move == KJ_CELL_MOVE_UP)
    row--;
  else if (move == KJ_CELL_MOVE_DOWN)
    row++;
  else if (step)
    {
      do
        col += step;
      while (col >= 0 && col < (int) self->columns->len && !_kj_tables_typed_into (self, col));
      if (col < 0 || col >= (int) self->columns->len)
        {
          if (move == KJ_CELL_MOVE_LEFT || move == KJ_CELL_MOVE_RIGHT)
            col = c;
          else
            {
              row += step;
              col = step > 0 ? -1 : (int) self->columns->len;
              do
                col += step;
              while (!_kj_tables_typed_into (self, col));
            }
        }
    }
  to = row >= 0 && row < (int) n ? _kj_tables_row_at (self, row) : NULL;
  if (to == NULL || to->total)
    return;
  g_free (*to_key);
  *to_key = g_strdup (to->key);
  *to_column = col;
}

static void
move_from (KjTablesPage *self,
           const char   *key,
           guint         c,
           KjCellMove    move)
{
  g_autofree char *to_key = NULL;
  guint to_column;

  _kj_tables_target_of_move (self, key, c, move, &to_key, &to_column);
  kj_tables_page_focus_cell (self, to_key, ((KjTableColumn *) g_ptr_array_index (self->columns, to_column))->id);
}

static gboolean
cell_commit_cb (KjValueCell  *cell,
                const char   *text,
                int           move,
                KjTablesPage *self)
{
  g_autofree char *key = g_strdup (_kj_tables_cell_key (GTK_WIDGET (cell)));
  guint c = _kj_tables_cell_column (GTK_WIDGET (cell));
  g_autoptr(GError) error = NULL;

  if (key == NULL)
    return TRUE;
  _kj_tables_clear_range (self);
  if (!kj_tables_page_set_cell (self, key, ((KjTableColumn *) g_ptr_array_index (self->columns, c))->id,
                                text, &error))
    {
      kj_value_cell_show_error (cell, error->message);
      return FALSE;
    }
  move_from (self, key, c, move);
  return TRUE;
}

static void
cell_move_cb (KjValueCell  *cell,
              int           move,
              KjTablesPage *self)
{
  g_autofree char *key = g_strdup (_kj_tables_cell_key (GTK_WIDGET (cell)));

  _kj_tables_clear_range (self);
  if (key)
    move_from (self, key, _kj_tables_cell_column (GTK_WIDGET (cell)), move);
}

/* The row of the cell that has the focus is the row selected (the one the
 * remove button takes). */
static void
cell_enter_cb (GtkEventControllerFocus *focus,
               KjTablesPage            *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));
  int pos = _kj_tables_cell_key (cell) ? kj_tables_page_find_row (self, _kj_tables_cell_key (cell)) : -1;

  /* GTK 4.8 binds a row's cells again when its selection changes */
  if (kj_value_cell_get_editing (KJ_VALUE_CELL (cell)))
    return;
  if (pos >= 0 && gtk_single_selection_get_selected (self->selection) != (guint) pos)
    gtk_single_selection_set_selected (self->selection, pos);
}

static void
cell_clear_cb (KjValueCell  *cell,
               KjTablesPage *self)
{
  g_autofree char *key = g_strdup (_kj_tables_cell_key (GTK_WIDGET (cell)));
  guint c = _kj_tables_cell_column (GTK_WIDGET (cell));
  const char *id = ((KjTableColumn *) g_ptr_array_index (self->columns, c))->id;
  g_autoptr(GError) error = NULL;

  if (key == NULL)
    return;
  if (kj_tables_page_set_cell (self, key, id, "", &error))
    kj_tables_page_focus_cell (self, key, id);
  else
    kj_value_cell_show_error (cell, error->message);
}

/* A name cut short ("…") is read whole in the tooltip, asked for on hover. */
static gboolean
cell_query_tooltip_cb (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip)
{
  const char *text = kj_value_cell_get_text (KJ_VALUE_CELL (cell));

  if (text == NULL || *text == '\0' || kj_value_cell_get_editing (KJ_VALUE_CELL (cell)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

GtkWidget *
_kj_tables_new_cell (KjTablesPage *self,
                     GtkListItem  *item,
                     guint         column)
{
  GtkWidget *cell = kj_value_cell_new ();
  KjTableColumn *spec = g_ptr_array_index (self->columns, column);
  GtkEventController *focus;

  g_object_set_data (G_OBJECT (cell), CELL_COLUMN, GUINT_TO_POINTER (column));
  if (!spec->numeric)
    {
      /* a text reads from the left */
      GtkWidget *stack = gtk_widget_get_first_child (cell);
      GtkWidget *view = stack ? gtk_stack_get_child_by_name (GTK_STACK (stack), "view") : NULL;
      GtkWidget *label = view ? gtk_widget_get_first_child (view) : NULL;

      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_widget_remove_css_class (label, "numeric");
        }
      gtk_editable_set_alignment (kj_value_cell_get_editable_field (KJ_VALUE_CELL (cell)), 0);
      gtk_widget_remove_css_class (GTK_WIDGET (kj_value_cell_get_editable_field (KJ_VALUE_CELL (cell))),
                                   "numeric");
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
      gtk_widget_set_has_tooltip (cell, TRUE);
    }
  g_signal_connect_object (cell, "commit", G_CALLBACK (cell_commit_cb), self, 0);
  g_signal_connect_object (cell, "move", G_CALLBACK (cell_move_cb), self, 0);
  g_signal_connect_object (cell, "clear", G_CALLBACK (cell_clear_cb), self, 0);
  _kj_tables_connect_clip (self, cell);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (cell_enter_cb), self, 0);
  gtk_widget_add_controller (cell, focus);
  return cell;
}

void
_kj_tables_bind_cell (KjTablesPage *self,
                      GtkWidget    *cell,
                      KjTableRow   *row,
                      guint         column)
{
  const char *text = column < row->n ? row->text[column] : NULL;
  KjTableColumn *spec = g_ptr_array_index (self->columns, column);

  if (self->cells == NULL)
    self->cells = g_hash_table_new (NULL, NULL);
  /* bound again to the same row (GTK 4.8 does so when the selection
   * changes): what is being typed stays */
  if (kj_value_cell_get_editing (KJ_VALUE_CELL (cell)) && g_strcmp0 (_kj_tables_cell_key (cell), row->key) == 0
      && g_strcmp0 (kj_value_cell_get_text (KJ_VALUE_CELL (cell)), text ? text : spec->numeric ? KJ_NO_DATA : "") == 0)
    {
      g_hash_table_add (self->cells, cell);
      return;
    }
  g_object_set_data_full (G_OBJECT (cell), CELL_KEY, g_strdup (row->key), g_free);
  kj_value_cell_set_text (KJ_VALUE_CELL (cell), text ? text : spec->numeric ? KJ_NO_DATA : "");
  /* the totals row is computed */
  kj_value_cell_set_editable (KJ_VALUE_CELL (cell), !kj_tables_page_is_read_only (self) && !row->total);
  if (row->total)
    gtk_widget_add_css_class (cell, "heading");
  else
    gtk_widget_remove_css_class (cell, "heading");
  if (self->cells == NULL)
    self->cells = g_hash_table_new (NULL, NULL);
  g_hash_table_add (self->cells, cell);
  _kj_tables_mark_cell (self, cell);
}

void
_kj_tables_unbind_cell (KjTablesPage *self,
                        GtkWidget    *cell)
{
  /* (the key stays: a cell bound again to its row goes on editing) */
  if (self->cells)
    g_hash_table_remove (self->cells, cell);
}

void
_kj_tables_dispose_edit (KjTablesPage *self)
{
  kj_cell_focus_keeper_stop (&self->focus_keeper, GTK_WIDGET (self));
  g_clear_pointer (&self->focus_key, g_free);
  g_clear_pointer (&self->focus_column, g_free);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->range_anchor, g_free);
  g_clear_pointer (&self->range_end, g_free);
}
