/* kj-value-cell.h: a table cell typed into as in a spreadsheet
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* where the focus goes after a commit, or on an arrow key or Tab */
typedef enum
{
  KJ_CELL_MOVE_NONE,
  KJ_CELL_MOVE_UP,
  KJ_CELL_MOVE_DOWN,
  KJ_CELL_MOVE_NEXT,
  KJ_CELL_MOVE_PREVIOUS,
  KJ_CELL_MOVE_LEFT,
  KJ_CELL_MOVE_RIGHT,
} KjCellMove;

#define KJ_TYPE_VALUE_CELL (kj_value_cell_get_type ())
G_DECLARE_FINAL_TYPE (KjValueCell, kj_value_cell, KJ, VALUE_CELL, GtkWidget)

GtkWidget   *kj_value_cell_new           (void);
void         kj_value_cell_set_text      (KjValueCell *self,
                                          const char  *shown);
const char  *kj_value_cell_get_text      (KjValueCell *self);
void         kj_value_cell_set_editable  (KjValueCell *self,
                                          gboolean     editable);
gboolean     kj_value_cell_get_editable  (KjValueCell *self);
gboolean     kj_value_cell_get_editing   (KjValueCell *self);
void         kj_value_cell_start_editing (KjValueCell *self,
                                          const char  *initial);
void         kj_value_cell_stop_editing  (KjValueCell *self);
GtkEditable *kj_value_cell_get_editable_field (KjValueCell *self);
void         kj_value_cell_show_error    (KjValueCell *self,
                                          const char  *message);
const char  *kj_value_cell_get_error     (KjValueCell *self);
void         kj_value_cell_focus         (KjValueCell *self);
gboolean     kj_value_cell_has_focus     (KjValueCell *self);

/* After an edit a table's rows may be made again in the next frames (sorted,
 * rebound): the owner's pending cell is focused now and on the next two
 * frames.  @focus focuses the owner's pending cell if its row is made;
 * @done forgets it. */
typedef struct
{
  guint tick;
  guint tries;
} KjCellFocusKeeper;

typedef gboolean (*KjCellFocusFunc) (GtkWidget *owner);

void kj_cell_focus_keeper_start (KjCellFocusKeeper *keeper,
                                 GtkWidget         *owner,
                                 KjCellFocusFunc    focus,
                                 void             (*done) (GtkWidget *owner));
void kj_cell_focus_keeper_stop  (KjCellFocusKeeper *keeper,
                                 GtkWidget         *owner);

G_END_DECLS
