/* kj-plan-page-edit.c: typing targets and realisations into the indicator
 * table, as in a spreadsheet
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A value cell is a GtkEditableLabel.  Enter, F2 or typing starts editing;
 * Enter, Tab, Shift+Tab and the up and down arrows commit and move; Escape
 * cancels; Delete empties the cell (no data).  What is typed is read by
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
#include "widgets/kj-plan-page-private.h"

#define CELL_ITEM   "kj-item"
#define CELL_COLUMN "kj-column"
#define CELL_SHOWN  "kj-shown-text"

typedef enum
{
  MOVE_NONE,
  MOVE_UP,
  MOVE_DOWN,
  MOVE_NEXT,
  MOVE_PREVIOUS,
  MOVE_LEFT,
  MOVE_RIGHT,
} Move;

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
  g_autofree char *indicator = NULL, *years = NULL, *year_path = NULL, *path = NULL;
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
  if (is_read_only (self))
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO,
                           _("The file is read-only: save a copy to change it"));
      return FALSE;
    }
  g_strstrip (stripped->str);
  g_string_set_size (stripped, strlen (stripped->str));
  if (stripped->len > 0
      && !kj_input_parse_number (stripped->str, kj_notation_for_locale (), &value, &decimals, error))
    return FALSE;

  indicator = kj_path_key ("indicators", "id", indicator_id);
  years = kj_path_member (indicator, "years");
  year_path = g_strdup_printf ("%s.%d", years, self->year);
  path = kj_path_member (year_path, field);
  /* Translators: the name of an edit in the undo menu: "Realisation of nka, 2024" */
  label = g_strdup_printf (g_str_equal (field, "target") ? _("Target of %s, %d") : _("Realisation of %s, %d"),
                           indicator_id, self->year);
  edit = kj_edit_new (label);
  if (isnan (value))
    {
      /* no data: the member goes; nothing to do where there is none */
      if (kj_node_lookup (kj_plan_get_root (self->plan), path) == NULL)
        return TRUE;
      kj_edit_set (edit, path, NULL);
    }
  else
    {
      char digits[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *format = g_strdup_printf ("%%.%uf", MIN (decimals, 12));
      KjNode *number = kj_node_new_number_text (g_ascii_formatd (digits, sizeof digits, format, value));

      if (kj_node_lookup (kj_plan_get_root (self->plan), year_path) == NULL)
        {
          /* the indicator's first figure for this year */
          KjNode *year = kj_node_new_object ();
          g_autofree char *key = g_strdup_printf ("%d", self->year);

          kj_node_object_set (year, field, number);
          if (kj_node_lookup (kj_plan_get_root (self->plan), years) == NULL)
            {
              KjNode *all = kj_node_new_object ();
              kj_node_object_set (all, key, year);
              kj_edit_set (edit, years, all);
            }
          else
            kj_edit_set (edit, year_path, year);
        }
      else
        kj_edit_set (edit, path, number);
    }
  return kj_plan_apply (self->plan, edit, NULL, error);
}

/* ── cells ──────────────────────────────────────────────────────────────── */

static KjIndicator *
cell_indicator (GtkWidget *cell)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (cell), CELL_ITEM);

  return item ? gtk_list_item_get_item (item) : NULL;
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

static void
hide_error (KjPlanPage *self)
{
  if (self->error_popover)
    gtk_popover_popdown (self->error_popover);
}

/* The refusal, beside the cell, until the next commit or move. */
static void
show_error (KjPlanPage *self,
            GtkWidget  *cell,
            const char *message)
{
  graphene_rect_t bounds;

  if (self->error_popover == NULL)
    {
      GtkWidget *label = gtk_label_new (NULL);

      self->error_popover = GTK_POPOVER (gtk_popover_new ());
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_popover_set_child (self->error_popover, label);
      gtk_popover_set_autohide (self->error_popover, FALSE);
      gtk_popover_set_position (self->error_popover, GTK_POS_BOTTOM);
      gtk_widget_add_css_class (GTK_WIDGET (self->error_popover), "kj-cell-error");
      gtk_widget_set_parent (GTK_WIDGET (self->error_popover), GTK_WIDGET (self->indicator_view));
    }
  gtk_label_set_text (GTK_LABEL (gtk_popover_get_child (self->error_popover)), message);
  if (gtk_widget_compute_bounds (cell, GTK_WIDGET (self->indicator_view), &bounds))
    gtk_popover_set_pointing_to (self->error_popover,
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   MAX (1, bounds.size.width), MAX (1, bounds.size.height) });
  gtk_popover_popup (self->error_popover);
  g_free (self->error_text);
  self->error_text = g_strdup (message);
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
  GtkWidget *cell, *focus, *shown;

  if (self->focus_indicator == NULL)
    return TRUE;
  cell = find_cell (self, self->focus_indicator, self->focus_column);
  if (cell == NULL)
    return FALSE;
  shown = gtk_stack_get_visible_child (GTK_STACK (cell));
  focus = gtk_root_get_focus (gtk_widget_get_root (cell));
  if (focus == NULL || (focus != shown && !gtk_widget_is_ancestor (focus, shown)))
    gtk_widget_grab_focus (shown);
  return TRUE;
}

/* The rows may be made again in the next frame (sorted after an edit): the
 * focus is put back on the cell for two frames more. */
static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  KjPlanPage *self = KJ_PLAN_PAGE (widget);

  focus_pending (self);
  if (++self->focus_tries < 3)
    return G_SOURCE_CONTINUE;
  self->focus_tick = 0;
  g_clear_pointer (&self->focus_indicator, g_free);
  return G_SOURCE_REMOVE;
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
  self->focus_tries = 0;
  focus_pending (self);
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
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

static GtkWidget *
cell_view (GtkWidget *cell)
{
  return gtk_stack_get_child_by_name (GTK_STACK (cell), "view");
}

/* A value cell is a stack of a focusable label (the value as shown) and a
 * text field (while editing).  GTK 4.8's GtkEditableLabel looks at its
 * focus controller in an idle after the focus leaves it, which an edit that
 * rebuilds the rows outlives. */

/* the value shown: a label in a focusable box (a label takes the focus
 * only when it is selectable) */
static GtkWidget *
cell_label (GtkWidget *cell)
{
  return gtk_widget_get_first_child (cell_view (cell));
}

static GtkWidget *
cell_text (GtkWidget *cell)
{
  return gtk_stack_get_child_by_name (GTK_STACK (cell), "edit");
}

static gboolean
cell_editing (GtkWidget *cell)
{
  return gtk_stack_get_visible_child (GTK_STACK (cell)) == cell_text (cell);
}

/* @text: what to start with; %NULL for the value shown, selected */
static void
start_editing (KjPlanPage *self,
               GtkWidget  *cell,
               const char *text)
{
  const char *shown = gtk_label_get_text (GTK_LABEL (cell_label (cell)));
  GtkWidget *entry = cell_text (cell);

  if (is_read_only (self) || cell_editing (cell))
    return;
  gtk_editable_set_text (GTK_EDITABLE (entry),
                         text ? text : g_strcmp0 (shown, KJ_NO_DATA) == 0 ? "" : shown);
  gtk_stack_set_visible_child (GTK_STACK (cell), entry);
  gtk_widget_grab_focus (entry);
  if (text)
    gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  else
    gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
}

static void
end_editing (KjPlanPage *self,
             GtkWidget  *cell)
{
  gboolean had_focus = gtk_widget_has_focus (cell_text (cell));

  gtk_widget_remove_css_class (cell, "error");
  gtk_stack_set_visible_child (GTK_STACK (cell), cell_view (cell));
  if (had_focus)
    gtk_widget_grab_focus (cell_view (cell));
}

/* Commits what the cell's field holds, then moves; on refusal the cell goes
 * on editing, with what is expected beside it. */
static gboolean
commit (KjPlanPage *self,
        GtkWidget  *cell,
        Move        move)
{
  KjIndicator *ind = cell_indicator (cell);
  const char *shown = gtk_label_get_text (GTK_LABEL (cell_label (cell)));
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (cell_text (cell))));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) keep = g_object_ref (cell);
  KjPlanColumn column = cell_column (cell);

  if (ind == NULL)
    return TRUE;
  id = g_strdup (kj_indicator_get_id (ind));
  if (g_strcmp0 (text, shown) == 0 || (*text == '\0' && g_strcmp0 (shown, KJ_NO_DATA) == 0))
    {
      end_editing (self, cell);
      hide_error (self);
      move_from (self, id, column, move);
      return TRUE;
    }
  self->committing = TRUE;
  if (!kj_plan_page_set_value (self, id, field_of (column), text, &error))
    {
      self->committing = FALSE;
      gtk_widget_add_css_class (cell, "error");
      show_error (self, cell, error->message);
      return FALSE;
    }
  self->committing = FALSE;
  hide_error (self);
  /* the rows are made again from the changed plan: this cell may show
   * another indicator now, or none */
  if (cell_editing (cell))
    end_editing (self, cell);
  move_from (self, id, column, move);
  return TRUE;
}

static void
cancel (KjPlanPage *self,
        GtkWidget  *cell)
{
  hide_error (self);
  end_editing (self, cell);
}

/* Clicking elsewhere commits, as in a spreadsheet. */
static void
text_leave_cb (GtkEventControllerFocus *focus,
               KjPlanPage              *self)
{
  GtkWidget *cell = gtk_widget_get_parent (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)));

  while (cell && !GTK_IS_STACK (cell))
    cell = gtk_widget_get_parent (cell);
  if (cell == NULL || self->committing || !cell_editing (cell) || cell_indicator (cell) == NULL
      || gtk_widget_get_root (cell) == NULL)
    return;
  commit (self, cell, MOVE_NONE);
}

static void
label_pressed_cb (GtkGestureClick *click,
                  int              n_press,
                  double           x,
                  double           y,
                  KjPlanPage      *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (click));

  /* the cell takes the click: the row would take the focus for itself */
  gtk_gesture_set_state (GTK_GESTURE (click), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (view);
  if (n_press == 2)
    start_editing (self, gtk_widget_get_parent (view), NULL);
}

static gboolean
cell_key_pressed_cb (GtkEventControllerKey *keys,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     KjPlanPage            *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (keys));
  gboolean editing = cell_editing (cell);
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  KjIndicator *ind = cell_indicator (cell);
  Move move = MOVE_NONE;
  gunichar c;

  if (ind == NULL)
    return FALSE;
  if ((state & GDK_CONTROL_MASK) && !editing && (keyval == GDK_KEY_v || keyval == GDK_KEY_V))
    {
      hide_error (self);
      _kj_plan_page_paste_clipboard (self, kj_indicator_get_id (ind), cell_column (cell));
      return TRUE;
    }
  if ((state & GDK_CONTROL_MASK) && !editing && (keyval == GDK_KEY_c || keyval == GDK_KEY_C)
      && !(state & GDK_SHIFT_MASK))
    {
      /* the value as shown */
      gdk_clipboard_set_text (gtk_widget_get_clipboard (cell),
                              gtk_label_get_text (GTK_LABEL (cell_label (cell))));
      return TRUE;
    }
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (!editing)
        {
          start_editing (self, cell, NULL);
          return TRUE;
        }
      move = shift ? MOVE_UP : MOVE_DOWN;
      break;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      move = shift ? MOVE_PREVIOUS : MOVE_NEXT;
      break;
    case GDK_KEY_ISO_Left_Tab:
      move = MOVE_PREVIOUS;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move = MOVE_UP;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move = MOVE_DOWN;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (editing)
        return FALSE;
      move = MOVE_LEFT;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (editing)
        return FALSE;
      move = MOVE_RIGHT;
      break;
    case GDK_KEY_F2:
      start_editing (self, cell, NULL);
      return TRUE;
    case GDK_KEY_Escape:
      if (!editing)
        return FALSE;
      cancel (self, cell);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (editing)
        return FALSE;
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *id = g_strdup (kj_indicator_get_id (ind));
        KjPlanColumn column = cell_column (cell);

        if (kj_plan_page_set_value (self, id, field_of (column), "", &error))
          kj_plan_page_focus_cell (self, id, column);
        else
          show_error (self, cell, error->message);
      }
      return TRUE;
    default:
      /* typing starts editing with what was typed */
      c = gdk_keyval_to_unicode (keyval);
      if (!editing && c != 0 && g_unichar_isprint (c))
        {
          char text[8] = { 0 };

          g_unichar_to_utf8 (c, text);
          start_editing (self, cell, text);
          return TRUE;
        }
      return FALSE;
    }
  if (editing)
    {
      commit (self, cell, move);
      return TRUE;
    }
  hide_error (self);
  move_from (self, kj_indicator_get_id (ind), cell_column (cell), move);
  return TRUE;
}

GtkWidget *
_kj_plan_page_new_value_cell (KjPlanPage   *self,
                              GtkListItem  *item,
                              KjPlanColumn  column)
{
  GtkWidget *cell = gtk_stack_new ();
  GtkWidget *view = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *text = gtk_text_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (view), label);
  gtk_widget_set_focusable (view, TRUE);
  gtk_widget_add_css_class (view, "kj-value");
  gtk_editable_set_alignment (GTK_EDITABLE (text), 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (text), 8);
  gtk_widget_add_css_class (text, "numeric");
  gtk_stack_add_named (GTK_STACK (cell), view, "view");
  gtk_stack_add_named (GTK_STACK (cell), text, "edit");
  gtk_stack_set_visible_child (GTK_STACK (cell), view);
  gtk_widget_add_css_class (cell, "kj-value-cell");
  g_object_set_data (G_OBJECT (cell), CELL_ITEM, item);
  g_object_set_data (G_OBJECT (cell), CELL_COLUMN, GINT_TO_POINTER (column));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (cell_key_pressed_cb), self, 0);
  gtk_widget_add_controller (cell, keys);
  g_signal_connect_object (focus, "leave", G_CALLBACK (text_leave_cb), self, 0);
  gtk_widget_add_controller (text, focus);
  g_signal_connect_object (click, "pressed", G_CALLBACK (label_pressed_cb), self, 0);
  gtk_widget_add_controller (view, GTK_EVENT_CONTROLLER (click));
  return cell;
}

void
_kj_plan_page_bind_value_cell (KjPlanPage *self,
                               GtkWidget  *cell,
                               const char *text)
{
  if (cell_editing (cell))
    end_editing (self, cell);
  gtk_label_set_text (GTK_LABEL (cell_label (cell)), text);
  gtk_widget_remove_css_class (cell, "error");
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
    show_error (self, cell, message);
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
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  return self->error_popover && gtk_widget_get_visible (GTK_WIDGET (self->error_popover))
         ? self->error_text : NULL;
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
  if (self->focus_tick)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
  self->focus_tick = 0;
  g_clear_pointer (&self->focus_indicator, g_free);
  g_clear_pointer (&self->error_text, g_free);
  if (self->error_popover)
    gtk_widget_unparent (GTK_WIDGET (self->error_popover));
  self->error_popover = NULL;
  g_clear_pointer (&self->value_cells, g_hash_table_unref);
}
