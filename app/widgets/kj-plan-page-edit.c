/* kj-plan-page-edit.c: typing targets and realisations into the indicator
 * table, as in a spreadsheet
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The value cells are KjValueCells (kj-value-cell.c: the keys of a
 * spreadsheet); this file applies what they are given.  What is typed is read by
 * kj_input_parse_number() in the notation of the user's locale and becomes one
 * edit through kj_plan_apply(): the page is rebuilt from the plan's change,
 * and the focus goes back to the cell (by indicator and column, as the rows
 * may have been sorted again).  A refusal, of the parser or of the plan's
 * checks, stays at the cell with its message; the plan is not touched.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "io/kj-plan-io.h"
#include "model/kj-format.h"
#include "model/kj-input.h"
#include "model/kj-path.h"
#include "model/kj-table-text.h"
#include "widgets/kj-plan-page-private.h"
#include "widgets/kj-table-clip.h"
#include "widgets/kj-value-cell.h"

#define CELL_ITEM   "kj-item"
#define CELL_COLUMN "kj-column"

typedef KjCellMove Move;
#define MOVE_NONE     KJ_CELL_MOVE_NONE
#define MOVE_UP       KJ_CELL_MOVE_UP
#define MOVE_DOWN     KJ_CELL_MOVE_DOWN
#define MOVE_NEXT     KJ_CELL_MOVE_NEXT
#define MOVE_PREVIOUS KJ_CELL_MOVE_PREVIOUS
#define MOVE_LEFT     KJ_CELL_MOVE_LEFT
#define MOVE_RIGHT    KJ_CELL_MOVE_RIGHT

static const char *
field_of (KjPlanColumn column)
{
  return column == KJ_PLAN_COLUMN_TARGET ? "target" : "realization";
}

/* asked once per update of the page (it asks the file system) */
static gboolean
is_read_only (KjPlanPage *self)
{
  return self->plan == NULL || self->read_only;
}

/* The bundled samples are edited as anyone's files, and saved as copies. */
void
_kj_plan_page_update_read_only (KjPlanPage *self)
{
  GFile *file = self->plan ? kj_plan_get_file (self->plan) : NULL;

  self->read_only = file && !g_file_has_uri_scheme (file, "resource") && kj_plan_is_read_only (self->plan);
}

/* %FALSE with @error when the plan shown cannot be changed. */
gboolean
_kj_plan_page_check_writable (KjPlanPage  *self,
                              GError     **error)
{
  if (self->plan && !self->read_only)
    return TRUE;
  g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                       _("The file is read-only: save a copy to change it"));
  return FALSE;
}

/* A message in a dialog over the window: what could not be done, and why. */
void
_kj_plan_page_show_message (KjPlanPage *self,
                            const char *heading,
                            const char *message)
{
  kj_table_show_message (GTK_WIDGET (self), heading, message);
}

/* ── the edit ───────────────────────────────────────────────────────────── */

/**
 * kj_plan_page_set_value:
 * @indicator_id: the indicator's id
 * @field: "target" or "realization"
 * @text: what the user typed; empty for no data
 *
 * Sets the page year's @field of the indicator as typed, as one edit.
 * Returns: %FALSE with @error saying what is expected when the text is not a
 *   number or the plan refuses the value; the plan is then unchanged
 */
gboolean
kj_plan_page_set_value (KjPlanPage  *self,
                        const char  *indicator_id,
                        const char  *field,
                        const char  *text,
                        GError     **error)
{
  g_autoptr(KjEdit) edit = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GString) stripped = g_string_new (text ? text : "");
  KjIndicator *ind;
  double value = NAN;
  guint decimals = 0;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (indicator_id != NULL && field != NULL, FALSE);

  if (self->plan == NULL || (ind = kj_plan_find_indicator (self->plan, indicator_id)) == NULL)
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT, _("No indicator “%s” in this plan"),
                   indicator_id);
      return FALSE;
    }
  if (!_kj_plan_page_check_writable (self, error))
    return FALSE;
  g_strstrip (stripped->str);
  g_string_set_size (stripped, strlen (stripped->str));
  if (stripped->len > 0
      && !kj_input_parse_number (stripped->str, kj_notation_for_locale (), &value, &decimals, error))
    return FALSE;

  /* Translators: the name of an edit in the undo menu: "Realisation of nka, 2024" */
  label = g_strdup_printf (g_str_equal (field, "target") ? _("Target of %s, %d") : _("Realisation of %s, %d"),
                           indicator_id, self->year);
  edit = kj_edit_new (label);
  _kj_plan_page_add_value (edit, NULL, self->plan, ind, self->year, field, value, decimals);
  /* no data where there was none: nothing to do */
  if (kj_edit_get_n_patches (edit) == 0)
    return TRUE;
  return kj_plan_apply (self->plan, edit, NULL, error);
}

/* ── cells ──────────────────────────────────────────────────────────────── */

static KjIndicator *
cell_indicator (GtkWidget *cell)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (cell), CELL_ITEM);

  return item ? _kj_plan_page_row_indicator (gtk_list_item_get_item (item)) : NULL;
}

static KjPlanColumn
cell_column (GtkWidget *cell)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), CELL_COLUMN));
}

static GtkWidget *
find_cell (KjPlanPage   *self,
           const char   *indicator_id,
           KjPlanColumn  column)
{
  /* after an edit, the rows still bound to the plan's former view are not it */
  KjIndicator *current = self->plan ? kj_plan_find_indicator (self->plan, indicator_id) : NULL;
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->value_cells);
  while (current && g_hash_table_iter_next (&iter, &cell, NULL))
    if (cell_indicator (cell) == current && cell_column (cell) == column)
      return cell;
  return NULL;
}

/* Where the focus goes after a commit or an arrow, from (@indicator, @column)
 * in the rows as sorted now. */
static void
target_of_move (KjPlanPage    *self,
                const char    *indicator_id,
                KjPlanColumn   column,
                Move           move,
                char         **to_id,
                KjPlanColumn  *to_column)
{
  GListModel *rows = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (rows), pos = 0;
  int row;

  for (pos = 0; pos < n; pos++)
    {
      g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, pos);
      if (g_strcmp0 (kj_indicator_get_id (ind), indicator_id) == 0)
        break;
    }
  row = pos;
  *to_column = column;
  switch (move)
    {
    case MOVE_UP:
      row--;
      break;
    case MOVE_DOWN:
      row++;
      break;
    case MOVE_NEXT:
      if (column == KJ_PLAN_COLUMN_TARGET)
        *to_column = KJ_PLAN_COLUMN_REALIZATION;
      else
        *to_column = KJ_PLAN_COLUMN_TARGET, row++;
      break;
    case MOVE_PREVIOUS:
      if (column == KJ_PLAN_COLUMN_REALIZATION)
        *to_column = KJ_PLAN_COLUMN_TARGET;
      else
        *to_column = KJ_PLAN_COLUMN_REALIZATION, row--;
      break;
    case MOVE_LEFT:
      *to_column = KJ_PLAN_COLUMN_TARGET;
      break;
    case MOVE_RIGHT:
      *to_column = KJ_PLAN_COLUMN_REALIZATION;
      break;
    case MOVE_NONE:
    default:
      break;
    }
  if (pos >= n || row < 0 || row >= (int) n)
    {
      /* at the table's edge: stay */
      *to_id = g_strdup (indicator_id);
      *to_column = column;
      return;
    }
  {
    g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, row);
    *to_id = g_strdup (kj_indicator_get_id (ind));
  }
}

/* Focuses the pending cell if its row is made; TRUE when it has the focus. */
static gboolean
focus_pending (KjPlanPage *self)
{
  GtkWidget *cell;

  if (self->focus_indicator == NULL)
    return TRUE;
  cell = find_cell (self, self->focus_indicator, self->focus_column);
  if (cell == NULL)
    return FALSE;
  if (!kj_value_cell_has_focus (KJ_VALUE_CELL (cell)))
    kj_value_cell_focus (KJ_VALUE_CELL (cell));
  return TRUE;
}

static gboolean
focus_pending_cb (GtkWidget *page)
{
  return focus_pending (KJ_PLAN_PAGE (page));
}

static void
focus_done_cb (GtkWidget *page)
{
  g_clear_pointer (&KJ_PLAN_PAGE (page)->focus_indicator, g_free);
}

/**
 * kj_plan_page_focus_cell:
 * Puts the keyboard focus on a value cell of the table, now and once its
 * row is made.
 */
void
kj_plan_page_focus_cell (KjPlanPage   *self,
                         const char   *indicator_id,
                         KjPlanColumn  column)
{
  g_return_if_fail (KJ_IS_PLAN_PAGE (self));

  g_free (self->focus_indicator);
  self->focus_indicator = g_strdup (indicator_id);
  self->focus_column = column;
  kj_cell_focus_keeper_start (&self->focus_keeper, GTK_WIDGET (self), focus_pending_cb, focus_done_cb);
}

static void
move_from (KjPlanPage   *self,
           const char   *indicator_id,
           KjPlanColumn  column,
           Move          move)
{
  g_autofree char *to = NULL;
  KjPlanColumn to_column;

  target_of_move (self, indicator_id, column, move, &to, &to_column);
  kj_plan_page_focus_cell (self, to, to_column);
}

static void clear_range (KjPlanPage *self);

/* The cell's signals: what it asks, the page does to the plan. */

static gboolean
cell_commit_cb (KjValueCell *cell,
                const char  *text,
                int          move,
                KjPlanPage  *self)
{
  KjIndicator *ind = cell_indicator (GTK_WIDGET (cell));
  KjPlanColumn column = cell_column (GTK_WIDGET (cell));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (ind == NULL)
    return TRUE;
  clear_range (self);
  id = g_strdup (kj_indicator_get_id (ind));
  if (!kj_plan_page_set_value (self, id, field_of (column), text, &error))
    {
      kj_value_cell_show_error (cell, error->message);
      return FALSE;
    }
  /* the rows are made again from the changed plan: the focus follows the
   * indicator, wherever its row is now */
  move_from (self, id, column, move);
  return TRUE;
}

static void
cell_move_cb (KjValueCell *cell,
              int          move,
              KjPlanPage  *self)
{
  KjIndicator *ind = cell_indicator (GTK_WIDGET (cell));

  clear_range (self);
  if (ind)
    move_from (self, kj_indicator_get_id (ind), cell_column (GTK_WIDGET (cell)), move);
}

static void
cell_clear_cb (KjValueCell *cell,
               KjPlanPage  *self)
{
  KjIndicator *ind = cell_indicator (GTK_WIDGET (cell));
  KjPlanColumn column = cell_column (GTK_WIDGET (cell));
  g_autofree char *id = ind ? g_strdup (kj_indicator_get_id (ind)) : NULL;
  g_autoptr(GError) error = NULL;

  if (id == NULL)
    return;
  if (kj_plan_page_set_value (self, id, field_of (column), "", &error))
    kj_plan_page_focus_cell (self, id, column);
  else
    kj_value_cell_show_error (cell, error->message);
}

static void
cell_paste_cb (KjValueCell *cell,
               KjPlanPage  *self)
{
  KjIndicator *ind = cell_indicator (GTK_WIDGET (cell));

  if (ind)
    _kj_plan_page_paste_clipboard (self, kj_indicator_get_id (ind), cell_column (GTK_WIDGET (cell)));
}

/* ── a range of cells (Shift and the arrows), copied as TSV ─────────────── */

static guint
row_position (KjPlanPage *self,
              const char *id)
{
  GListModel *rows = G_LIST_MODEL (self->sorted);

  for (guint i = 0; id && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, i);
      if (g_strcmp0 (kj_indicator_get_id (ind), id) == 0)
        return i;
    }
  return G_MAXUINT;
}

/* The range's rows (as sorted) and columns, or FALSE when there is none. */
static gboolean
range_bounds (KjPlanPage   *self,
              guint        *r0,
              guint        *r1,
              KjPlanColumn *c0,
              KjPlanColumn *c1)
{
  guint a, b;

  if (self->range_anchor == NULL || self->range_end == NULL)
    return FALSE;
  a = row_position (self, self->range_anchor);
  b = row_position (self, self->range_end);
  if (a == G_MAXUINT || b == G_MAXUINT)
    return FALSE;
  *r0 = MIN (a, b);
  *r1 = MAX (a, b);
  *c0 = MIN (self->range_anchor_column, self->range_end_column);
  *c1 = MAX (self->range_anchor_column, self->range_end_column);
  return TRUE;
}

static void
mark_range (KjPlanPage *self)
{
  GHashTableIter iter;
  gpointer cell;
  guint r0 = 0, r1 = 0;
  KjPlanColumn c0 = 0, c1 = 0;
  gboolean any = range_bounds (self, &r0, &r1, &c0, &c1) && (r0 != r1 || c0 != c1);

  g_hash_table_iter_init (&iter, self->value_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      KjIndicator *ind = cell_indicator (cell);
      guint r = ind ? row_position (self, kj_indicator_get_id (ind)) : G_MAXUINT;
      KjPlanColumn c = cell_column (cell);

      if (any && r >= r0 && r <= r1 && c >= c0 && c <= c1)
        gtk_widget_add_css_class (cell, "kj-in-range");
      else
        gtk_widget_remove_css_class (cell, "kj-in-range");
    }
}

static void
clear_range (KjPlanPage *self)
{
  if (self->range_anchor == NULL)
    return;
  g_clear_pointer (&self->range_anchor, g_free);
  g_clear_pointer (&self->range_end, g_free);
  mark_range (self);
}

/**
 * kj_plan_page_get_range_text:
 * Returns: (transfer full) (nullable): the range of cells chosen with Shift
 *   and the arrows, as TSV of the values shown; %NULL without a range
 */
char *
kj_plan_page_get_range_text (KjPlanPage *self)
{
  GListModel *rows = G_LIST_MODEL (self->sorted);
  g_autoptr(GString) out = NULL;
  guint r0, r1;
  KjPlanColumn c0, c1;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  if (!range_bounds (self, &r0, &r1, &c0, &c1) || (r0 == r1 && c0 == c1))
    return NULL;
  out = g_string_new (NULL);
  for (guint r = r0; r <= r1; r++)
    {
      g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, r);
      const KjYearValue *v = kj_indicator_get_year (ind, self->year);
      char *cells[2] = { NULL, NULL };
      guint n = 0;

      for (KjPlanColumn c = c0; c <= c1; c++)
        cells[n++] = kj_indicator_format_value (ind, v ? (c == KJ_PLAN_COLUMN_TARGET ? v->target : v->realization)
                                                      : NAN);
      kj_text_table_append_row (out, (const char * const *) cells, n, '\t');
      g_free (cells[0]);
      g_free (cells[1]);
      cells[0] = cells[1] = NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
cell_extend_cb (KjValueCell *cell,
                int          move,
                KjPlanPage  *self)
{
  KjIndicator *ind = cell_indicator (GTK_WIDGET (cell));
  g_autofree char *to = NULL;
  KjPlanColumn to_column;

  if (ind == NULL)
    return;
  if (self->range_anchor == NULL)
    {
      self->range_anchor = g_strdup (kj_indicator_get_id (ind));
      self->range_anchor_column = cell_column (GTK_WIDGET (cell));
      self->range_end = g_strdup (self->range_anchor);
      self->range_end_column = self->range_anchor_column;
    }
  target_of_move (self, self->range_end, self->range_end_column, move, &to, &to_column);
  g_free (self->range_end);
  self->range_end = g_strdup (to);
  self->range_end_column = to_column;
  kj_plan_page_focus_cell (self, to, to_column);
  mark_range (self);
}

static gboolean
cell_copy_cb (KjValueCell *cell,
              KjPlanPage  *self)
{
  g_autofree char *text = kj_plan_page_get_range_text (self);

  if (text == NULL)
    return FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (cell)), text);
  return TRUE;
}

GtkWidget *
_kj_plan_page_new_value_cell (KjPlanPage   *self,
                              GtkListItem  *item,
                              KjPlanColumn  column)
{
  GtkWidget *cell = kj_value_cell_new ();

  g_object_set_data (G_OBJECT (cell), CELL_ITEM, item);
  g_object_set_data (G_OBJECT (cell), CELL_COLUMN, GINT_TO_POINTER (column));
  g_signal_connect_object (cell, "commit", G_CALLBACK (cell_commit_cb), self, 0);
  g_signal_connect_object (cell, "move", G_CALLBACK (cell_move_cb), self, 0);
  g_signal_connect_object (cell, "clear", G_CALLBACK (cell_clear_cb), self, 0);
  g_signal_connect_object (cell, "paste", G_CALLBACK (cell_paste_cb), self, 0);
  g_signal_connect_object (cell, "extend", G_CALLBACK (cell_extend_cb), self, 0);
  g_signal_connect_object (cell, "copy", G_CALLBACK (cell_copy_cb), self, 0);
  return cell;
}

void
_kj_plan_page_bind_value_cell (KjPlanPage *self,
                               GtkWidget  *cell,
                               const char *text)
{
  kj_value_cell_set_text (KJ_VALUE_CELL (cell), text);
  kj_value_cell_set_editable (KJ_VALUE_CELL (cell), !is_read_only (self));
  if (self->value_cells)
    g_hash_table_add (self->value_cells, cell);
}

void
_kj_plan_page_unbind_value_cell (KjPlanPage *self,
                                 GtkWidget  *cell)
{
  if (self->value_cells)
    g_hash_table_remove (self->value_cells, cell);
}

void
_kj_plan_page_show_paste_error (KjPlanPage   *self,
                                const char   *indicator_id,
                                KjPlanColumn  column,
                                const char   *message)
{
  GtkWidget *cell = find_cell (self, indicator_id, column);

  if (cell)
    kj_value_cell_show_error (KJ_VALUE_CELL (cell), message);
}

/**
 * kj_plan_page_get_focused_path:
 * @what: (out) (optional): the cell named for a reader ("dektari 2024 · target")
 *
 * Returns: (transfer full) (nullable): the path of the value cell that has
 *   the focus, as the edit API and the history address it
 */
char *
kj_plan_page_get_focused_path (KjPlanPage  *self,
                               char       **what)
{
  GHashTableIter iter;
  gpointer cell;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  g_hash_table_iter_init (&iter, self->value_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      KjIndicator *ind = cell_indicator (cell);
      GtkRoot *root = gtk_widget_get_root (cell);
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      if (ind && focus && gtk_widget_is_ancestor (focus, cell))
        {
          const char *field = field_of (cell_column (cell));
          g_autofree char *indicator = kj_path_key ("indicators", "id", kj_indicator_get_id (ind));
          g_autofree char *year = g_strdup_printf ("%s.years.%d", indicator, self->year);

          if (what)
            *what = g_strdup_printf ("%s %d · %s", kj_indicator_get_id (ind), self->year,
                                     cell_column (cell) == KJ_PLAN_COLUMN_TARGET ? _("target") : _("realisation"));
          return kj_path_member (year, field);
        }
    }
  /* elsewhere in a row (its name, its analysis button): the indicator */
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
    KjIndicator *ind = NULL;

    if (focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->indicator_view)))
      ind = kj_plan_page_get_selected (self);
    if (ind)
      {
        if (what)
          *what = g_strdup (kj_indicator_get_name (ind));
        return kj_path_key ("indicators", "id", kj_indicator_get_id (ind));
      }
  }
  return NULL;
}

/**
 * kj_plan_page_get_cell:
 * Returns: (transfer none) (nullable): the value cell of the indicator's
 *   target or realisation, if its row is made
 */
GtkWidget *
kj_plan_page_get_cell (KjPlanPage   *self,
                       const char   *indicator_id,
                       KjPlanColumn  column)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  return find_cell (self, indicator_id, column);
}

/* Returns: (nullable): the message of the refusal shown at a cell */
const char *
kj_plan_page_get_cell_error (KjPlanPage *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  g_hash_table_iter_init (&iter, self->value_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (kj_value_cell_get_error (cell))
      return kj_value_cell_get_error (cell);
  return NULL;
}

/**
 * kj_plan_page_reveal_edit:
 * After an undo or a redo: the year of @edit's first value shown, and its
 * cell focused, when it is a target or realisation of the table.
 */
void
kj_plan_page_reveal_edit (KjPlanPage *self,
                          KjEdit     *edit,
                          int        *year)
{
  g_autoptr(GArray) steps = NULL;
  KjPathStep *s;
  KjIndicator *ind = NULL;
  const char *field;

  g_return_if_fail (KJ_IS_PLAN_PAGE (self));
  *year = 0;
  if (edit == NULL || self->plan == NULL || kj_edit_get_n_patches (edit) == 0)
    return;
  steps = kj_path_parse (kj_edit_get_path (edit, 0));
  if (steps == NULL || steps->len < 4)
    return;
  s = (KjPathStep *) steps->data;
  if (s[0].kind != KJ_PATH_MEMBER || g_strcmp0 (s[0].name, "indicators") != 0
      || s[2].kind != KJ_PATH_MEMBER || g_strcmp0 (s[2].name, "years") != 0)
    return;
  if (s[1].kind == KJ_PATH_KEY && g_strcmp0 (s[1].name, "id") == 0)
    ind = kj_plan_find_indicator (self->plan, s[1].value);
  else if (s[1].kind == KJ_PATH_INDEX && s[1].index < kj_plan_get_indicators (self->plan)->len)
    ind = g_ptr_array_index (kj_plan_get_indicators (self->plan), s[1].index);
  if (ind == NULL || s[3].kind != KJ_PATH_MEMBER)
    return;
  *year = atoi (s[3].name);
  field = steps->len > 4 && s[4].kind == KJ_PATH_MEMBER ? s[4].name : "realization";
  kj_plan_page_focus_cell (self, kj_indicator_get_id (ind),
                           g_str_equal (field, "target") ? KJ_PLAN_COLUMN_TARGET
                                                         : KJ_PLAN_COLUMN_REALIZATION);
}

void
_kj_plan_page_dispose_edit (KjPlanPage *self)
{
  kj_cell_focus_keeper_stop (&self->focus_keeper, GTK_WIDGET (self));
  g_clear_pointer (&self->focus_indicator, g_free);
  g_clear_pointer (&self->range_anchor, g_free);
  g_clear_pointer (&self->range_end, g_free);
  g_clear_pointer (&self->value_cells, g_hash_table_unref);
}
