/* kj-value-cell.c: a table cell typed into as in a spreadsheet
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A focusable label (the value as shown) and a text field (while editing)
 * in a stack.  Enter, F2, a double click or typing starts editing; Enter,
 * Tab, Shift+Tab and the up and down arrows commit and move; Escape
 * cancels; Delete asks for the cell to be emptied; Ctrl+V for a paste;
 * Ctrl+C copies the value as shown.  The cell holds no data: its owner
 * applies what is typed ("commit") and says whether it was taken.  A
 * refusal stays at the cell, with its message beside it.
 *
 * (GTK 4.8's GtkEditableLabel reads its focus controller in an idle after
 * the focus leaves it, which a commit that rebuilds a table's rows
 * outlives; this cell does not.)
 */
#include "config.h"

#include <glib/gi18n.h>

#include "model/kj-format.h"
#include "widgets/kj-value-cell.h"

struct _KjValueCell
{
  GtkWidget   parent_instance;

  GtkWidget  *stack;
  GtkWidget  *view;        /* focusable box holding the label */
  GtkWidget  *label;
  GtkWidget  *text;
  GtkWidget  *popover;     /* a refusal, made when first needed */
  char       *error;
  gboolean    editable;
  gboolean    committing;
};

enum
{
  SIGNAL_COMMIT,
  SIGNAL_MOVE,
  SIGNAL_CLEAR,
  SIGNAL_PASTE,
  SIGNAL_EXTEND,
  SIGNAL_COPY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KjValueCell, kj_value_cell, GTK_TYPE_WIDGET)

static void text_leave_cb (KjValueCell *self);

/* The field typed into, made the first time it is needed. */
static GtkWidget *
ensure_text (KjValueCell *self)
{
  GtkEventController *focus;

  if (self->text)
    return self->text;
  self->text = gtk_text_new ();
  gtk_editable_set_alignment (GTK_EDITABLE (self->text), 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->text), 4);
  gtk_widget_add_css_class (self->text, "numeric");
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (text_leave_cb), self);
  gtk_widget_add_controller (self->text, focus);
  gtk_stack_add_named (GTK_STACK (self->stack), self->text, "edit");
  return self->text;
}

static void
hide_error (KjValueCell *self)
{
  g_clear_pointer (&self->error, g_free);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  if (self->popover)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
end_editing (KjValueCell *self)
{
  gboolean had_focus = self->text && gtk_widget_has_focus (self->text);

  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->view);
  if (had_focus)
    gtk_widget_grab_focus (self->view);
}

/* The owner takes the text or refuses it (then it has shown why). */
static gboolean
commit (KjValueCell *self,
        KjCellMove   move)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text)));
  g_autoptr(GtkWidget) keep = g_object_ref (GTK_WIDGET (self));
  gboolean taken = FALSE;

  if (g_strcmp0 (text, gtk_label_get_text (GTK_LABEL (self->label))) == 0
      || (*text == '\0' && g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->label)), KJ_NO_DATA) == 0))
    {
      /* unchanged: nothing to apply, only the move */
      hide_error (self);
      end_editing (self);
      g_signal_emit (self, signals[SIGNAL_MOVE], 0, move);
      return TRUE;
    }
  self->committing = TRUE;
  g_signal_emit (self, signals[SIGNAL_COMMIT], 0, text, move, &taken);
  self->committing = FALSE;
  if (!taken)
    return FALSE;
  hide_error (self);
  if (kj_value_cell_get_editing (self))
    end_editing (self);
  return TRUE;
}

/* Clicking elsewhere commits, as in a spreadsheet. */
static void
text_leave_cb (KjValueCell *self)
{
  if (self->committing || !kj_value_cell_get_editing (self) || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  commit (self, KJ_CELL_MOVE_NONE);
}

static void
view_pressed_cb (KjValueCell     *self,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkGestureClick *click)
{
  /* the cell takes the click: the row would take the focus for itself */
  gtk_gesture_set_state (GTK_GESTURE (click), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (self->view);
  if (n_press == 2)
    kj_value_cell_start_editing (self, NULL);
}

static gboolean
key_pressed_cb (KjValueCell           *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *keys)
{
  gboolean editing = kj_value_cell_get_editing (self);
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  KjCellMove move = KJ_CELL_MOVE_NONE;
  gunichar c;

  if ((state & GDK_CONTROL_MASK) && !editing && !shift && (keyval == GDK_KEY_v || keyval == GDK_KEY_V))
    {
      hide_error (self);
      g_signal_emit (self, signals[SIGNAL_PASTE], 0);
      return TRUE;
    }
  if ((state & GDK_CONTROL_MASK) && !editing && !shift && (keyval == GDK_KEY_c || keyval == GDK_KEY_C))
    {
      gboolean copied = FALSE;

      /* the owner's range of cells, else the value as shown */
      g_signal_emit (self, signals[SIGNAL_COPY], 0, &copied);
      if (!copied)
        gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                                gtk_label_get_text (GTK_LABEL (self->label)));
      return TRUE;
    }
  if (shift && !editing && !(state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
      && (keyval == GDK_KEY_Up || keyval == GDK_KEY_Down || keyval == GDK_KEY_Left || keyval == GDK_KEY_Right
          || keyval == GDK_KEY_KP_Up || keyval == GDK_KEY_KP_Down))
    {
      /* Shift and an arrow: a range of cells, from where it began */
      KjCellMove extend = keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ? KJ_CELL_MOVE_UP
                          : keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down ? KJ_CELL_MOVE_DOWN
                          : keyval == GDK_KEY_Left ? KJ_CELL_MOVE_LEFT : KJ_CELL_MOVE_RIGHT;
      g_signal_emit (self, signals[SIGNAL_EXTEND], 0, extend);
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
          kj_value_cell_start_editing (self, NULL);
          return TRUE;
        }
      move = shift ? KJ_CELL_MOVE_UP : KJ_CELL_MOVE_DOWN;
      break;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      move = shift ? KJ_CELL_MOVE_PREVIOUS : KJ_CELL_MOVE_NEXT;
      break;
    case GDK_KEY_ISO_Left_Tab:
      move = KJ_CELL_MOVE_PREVIOUS;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move = KJ_CELL_MOVE_UP;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move = KJ_CELL_MOVE_DOWN;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (editing)
        return FALSE;
      move = KJ_CELL_MOVE_LEFT;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (editing)
        return FALSE;
      move = KJ_CELL_MOVE_RIGHT;
      break;
    case GDK_KEY_F2:
      kj_value_cell_start_editing (self, NULL);
      return TRUE;
    case GDK_KEY_Escape:
      if (!editing)
        return FALSE;
      hide_error (self);
      end_editing (self);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (editing)
        return FALSE;
      if (self->editable)
        {
          hide_error (self);
          g_signal_emit (self, signals[SIGNAL_CLEAR], 0);
        }
      return TRUE;
    default:
      /* typing starts editing with what was typed */
      c = gdk_keyval_to_unicode (keyval);
      if (!editing && c != 0 && g_unichar_isprint (c) && self->editable)
        {
          char text[8] = { 0 };

          g_unichar_to_utf8 (c, text);
          kj_value_cell_start_editing (self, text);
          return TRUE;
        }
      return FALSE;
    }
  if (editing)
    {
      commit (self, move);
      return TRUE;
    }
  hide_error (self);
  g_signal_emit (self, signals[SIGNAL_MOVE], 0, move);
  return TRUE;
}

static void
kj_value_cell_dispose (GObject *object)
{
  KjValueCell *self = KJ_VALUE_CELL (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  G_OBJECT_CLASS (kj_value_cell_parent_class)->dispose (object);
}

static void
kj_value_cell_finalize (GObject *object)
{
  KjValueCell *self = KJ_VALUE_CELL (object);

  g_free (self->error);
  G_OBJECT_CLASS (kj_value_cell_parent_class)->finalize (object);
}

static void
kj_value_cell_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  KjValueCell *self = KJ_VALUE_CELL (widget);

  gtk_widget_allocate (self->stack, width, height, baseline, NULL);
  if (self->popover)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
kj_value_cell_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  gtk_widget_measure (KJ_VALUE_CELL (widget)->stack, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static gboolean
kj_value_cell_grab_focus (GtkWidget *widget)
{
  KjValueCell *self = KJ_VALUE_CELL (widget);

  return gtk_widget_grab_focus (gtk_stack_get_visible_child (GTK_STACK (self->stack)));
}

static void
kj_value_cell_class_init (KjValueCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kj_value_cell_dispose;
  object_class->finalize = kj_value_cell_finalize;
  widget_class->measure = kj_value_cell_measure;
  widget_class->size_allocate = kj_value_cell_size_allocate;
  widget_class->grab_focus = kj_value_cell_grab_focus;

  /**
   * KjValueCell::commit:
   * @text: what was typed
   * @move: where the focus goes once the value is taken (KjCellMove)
   *
   * Returns: %TRUE when the owner took the value; %FALSE after it called
   *   kj_value_cell_show_error()
   */
  signals[SIGNAL_COMMIT] = g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         g_signal_accumulator_first_wins, NULL, NULL,
                                         G_TYPE_BOOLEAN, 2, G_TYPE_STRING, G_TYPE_INT);
  /* an arrow or Tab when not editing; and after a commit of an unchanged text */
  signals[SIGNAL_MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /* Delete: the value goes (no data) */
  signals[SIGNAL_CLEAR] = g_signal_new ("clear", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Ctrl+V: the clipboard, pasted from this cell */
  signals[SIGNAL_PASTE] = g_signal_new ("paste", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Shift and an arrow (KjCellMove): the range of cells grows or shrinks */
  signals[SIGNAL_EXTEND] = g_signal_new ("extend", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /* Ctrl+C: %TRUE when the owner copied (a range); else the cell copies its value */
  signals[SIGNAL_COPY] = g_signal_new ("copy", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       g_signal_accumulator_true_handled, NULL, NULL, G_TYPE_BOOLEAN, 0);
  gtk_widget_class_set_css_name (widget_class, "kj-value-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kj_value_cell_init (KjValueCell *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->editable = TRUE;
  self->stack = gtk_stack_new ();
  /* the field typed into is made when editing starts (a table has many
   * cells, and a text field costs more than a label); the cell keeps the
   * label's size */
  gtk_stack_set_hhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), FALSE);
  self->view = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 1);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_add_css_class (self->label, "numeric");
  gtk_box_append (GTK_BOX (self->view), self->label);
  gtk_widget_set_focusable (self->view, TRUE);
  gtk_widget_add_css_class (self->view, "kj-value");
  gtk_stack_add_named (GTK_STACK (self->stack), self->view, "view");
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->view);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "kj-value-cell");

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (view_pressed_cb), self);
  gtk_widget_add_controller (self->view, GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
kj_value_cell_new (void)
{
  return g_object_new (KJ_TYPE_VALUE_CELL, NULL);
}

/* The value as shown; editing stops (a cell bound to another row). */
void
kj_value_cell_set_text (KjValueCell *self,
                        const char  *shown)
{
  g_return_if_fail (KJ_IS_VALUE_CELL (self));
  if (kj_value_cell_get_editing (self))
    end_editing (self);
  hide_error (self);
  gtk_label_set_text (GTK_LABEL (self->label), shown ? shown : "");
}

const char *
kj_value_cell_get_text (KjValueCell *self)
{
  g_return_val_if_fail (KJ_IS_VALUE_CELL (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->label));
}

/* A read-only cell is focused and copied, never typed into. */
void
kj_value_cell_set_editable (KjValueCell *self,
                            gboolean     editable)
{
  g_return_if_fail (KJ_IS_VALUE_CELL (self));
  self->editable = editable;
  if (!editable && kj_value_cell_get_editing (self))
    end_editing (self);
  if (editable)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "kj-read-only");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "kj-read-only");
}

gboolean
kj_value_cell_get_editable (KjValueCell *self)
{
  g_return_val_if_fail (KJ_IS_VALUE_CELL (self), FALSE);
  return self->editable;
}

gboolean
kj_value_cell_get_editing (KjValueCell *self)
{
  g_return_val_if_fail (KJ_IS_VALUE_CELL (self), FALSE);
  return self->text && gtk_stack_get_visible_child (GTK_STACK (self->stack)) == self->text;
}

/* @initial: what to start with; %NULL for the value shown, selected */
void
kj_value_cell_start_editing (KjValueCell *self,
                             const char  *initial)
{
  const char *shown;

  g_return_if_fail (KJ_IS_VALUE_CELL (self));
  if (!self->editable || kj_value_cell_get_editing (self))
    return;
  shown = gtk_label_get_text (GTK_LABEL (self->label));
  ensure_text (self);
  gtk_editable_set_text (GTK_EDITABLE (self->text),
                         initial ? initial : g_strcmp0 (shown, KJ_NO_DATA) == 0 ? "" : shown);
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->text);
  gtk_widget_grab_focus (self->text);
  if (initial)
    gtk_editable_set_position (GTK_EDITABLE (self->text), -1);
  else
    gtk_editable_select_region (GTK_EDITABLE (self->text), 0, -1);
}

void
kj_value_cell_stop_editing (KjValueCell *self)
{
  g_return_if_fail (KJ_IS_VALUE_CELL (self));
  if (kj_value_cell_get_editing (self))
    end_editing (self);
}

/* Returns: (transfer none): the field typed into while editing */
GtkEditable *
kj_value_cell_get_editable_field (KjValueCell *self)
{
  g_return_val_if_fail (KJ_IS_VALUE_CELL (self), NULL);
  return GTK_EDITABLE (ensure_text (self));
}

/* A refusal, beside the cell, until the next commit, Escape or move. */
void
kj_value_cell_show_error (KjValueCell *self,
                          const char  *message)
{
  g_return_if_fail (KJ_IS_VALUE_CELL (self));

  if (self->popover == NULL)
    {
      GtkWidget *label = gtk_label_new (NULL);

      self->popover = gtk_popover_new ();
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_popover_set_child (GTK_POPOVER (self->popover), label);
      gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
      gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
      gtk_widget_add_css_class (self->popover, "kj-cell-error");
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
    }
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (gtk_popover_get_child (GTK_POPOVER (self->popover))), message);
  gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* Returns: (nullable): the refusal shown at the cell */
const char *
kj_value_cell_get_error (KjValueCell *self)
{
  g_return_val_if_fail (KJ_IS_VALUE_CELL (self), NULL);
  return self->error;
}

void
kj_value_cell_focus (KjValueCell *self)
{
  g_return_if_fail (KJ_IS_VALUE_CELL (self));
  gtk_widget_grab_focus (gtk_stack_get_visible_child (GTK_STACK (self->stack)));
}

/* Whether the focus is on what the cell shows (not on its hidden field). */
gboolean
kj_value_cell_has_focus (KjValueCell *self)
{
  GtkRoot *root;
  GtkWidget *focus, *shown;

  g_return_val_if_fail (KJ_IS_VALUE_CELL (self), FALSE);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root ? gtk_root_get_focus (root) : NULL;
  shown = gtk_stack_get_visible_child (GTK_STACK (self->stack));
  return focus && (focus == shown || gtk_widget_is_ancestor (focus, shown));
}

/* ── keeping the focus on a cell while its table settles ───────────────── */

typedef struct
{
  KjCellFocusKeeper *keeper;
  KjCellFocusFunc    focus;
  void             (*done) (GtkWidget *owner);
} KeeperTick;

static gboolean
keeper_tick_cb (GtkWidget     *owner,
                GdkFrameClock *clock,
                gpointer       data)
{
  KeeperTick *t = data;

  t->focus (owner);
  if (++t->keeper->tries < 3)
    return G_SOURCE_CONTINUE;
  t->keeper->tick = 0;
  if (t->done)
    t->done (owner);
  return G_SOURCE_REMOVE;
}

void
kj_cell_focus_keeper_start (KjCellFocusKeeper *keeper,
                            GtkWidget         *owner,
                            KjCellFocusFunc    focus,
                            void             (*done) (GtkWidget *owner))
{
  keeper->tries = 0;
  focus (owner);
  if (keeper->tick == 0)
    {
      KeeperTick *t = g_new (KeeperTick, 1);

      *t = (KeeperTick) { keeper, focus, done };
      keeper->tick = gtk_widget_add_tick_callback (owner, keeper_tick_cb, t, g_free);
    }
}

void
kj_cell_focus_keeper_stop (KjCellFocusKeeper *keeper,
                           GtkWidget         *owner)
{
  if (keeper->tick)
    gtk_widget_remove_tick_callback (owner, keeper->tick);
  keeper->tick = 0;
}
