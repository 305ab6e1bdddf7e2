/* kj-plan-edit.c: the one way a plan's data changes
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit patches the tree, the tree is placed in its new text (so findings
 * point at the right line), and the typed view is built again with the
 * loader's rules.  A tree the loader would refuse is not kept: the edit is
 * undone and refused with the message a file would get.  An applied edit is
 * announced once, with KjPlan::changed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kj-changes-private.h"
#include "kj-edit-private.h"
#include "kj-format.h"
#include "kj-plan-private.h"

/* Not a lasting state, counted so that a save makes the plan unmodified. */
#define UNREACHABLE (G_MAXINT / 2)

static gboolean
rebuild (KjPlan        *self,
         KjDiagnostic **diagnostic,
         GError       **error)
{
  KjPlanView view;

  /* the text a save would write: its positions are what findings point at */
  g_free (kj_node_write (kj_plan_get_root (self), TRUE));
  _kj_plan_view_init (&view, self);
  if (!_kj_plan_view_build (&view, kj_plan_get_root (self), self->display_name,
                            diagnostic, error))
    {
      _kj_plan_view_clear (&view);
      return FALSE;
    }
  _kj_plan_view_clear (&self->view);
  self->view = view;
  return TRUE;
}

static gboolean
apply (KjPlan        *self,
       KjEdit        *edit,
       KjDiagnostic **diagnostic,
       GError       **error)
{
  KjNode *root = kj_plan_get_root (self);

  _kj_plan_before_apply (self);
  if (!_kj_edit_apply_tree (edit, root, error))
    {
      if (diagnostic)
        *diagnostic = NULL;
      return FALSE;
    }
  if (!rebuild (self, diagnostic, error))
    {
      g_autoptr(GError) again = NULL;

      _kj_edit_revert_tree (edit, root);
      if (!rebuild (self, NULL, &again))
        {
          g_autofree char *safe = kj_format_escape_controls (again->message);
          g_critical ("the plan as it was does not load again: %s", safe);
        }
      return FALSE;
    }
  _kj_plan_track (self, edit);
  return TRUE;
}

/**
 * kj_plan_apply:
 * @edit: an edit not yet applied
 * @diagnostic: (out) (optional) (transfer full): why the plan would be
 *   refused with the edit, as a file would be
 *
 * Applies @edit, all of it or nothing: a patch that does not fit the tree
 * (nothing at its path, a value that changed) fails with
 * %KJ_PLAN_ERROR_CONFLICT; a plan the loader would refuse fails with the
 * loader's error, and the plan stays as it was.  On success the edit can be
 * undone, and KjPlan::changed is emitted.
 *
 * Returns: %TRUE when applied
 */
gboolean
kj_plan_apply (KjPlan        *self,
               KjEdit        *edit,
               KjDiagnostic **diagnostic,
               GError       **error)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (edit != NULL && !kj_edit_is_applied (edit), FALSE);

  if (!apply (self, edit, diagnostic, error))
    return FALSE;
  g_ptr_array_add (self->undo, kj_edit_ref (edit));
  g_ptr_array_set_size (self->redo, 0);
  self->changes = self->changes < 0 ? UNREACHABLE : self->changes + 1;
  g_signal_emit_by_name (self, "changed", edit);
  return TRUE;
}

gboolean
kj_plan_can_undo (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);
  return self->undo->len > 0;
}

gboolean
kj_plan_can_redo (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);
  return self->redo->len > 0;
}

/**
 * kj_plan_get_undo_edit:
 * Returns: (transfer none) (nullable): the edit that undo would take back
 */
KjEdit *
kj_plan_get_undo_edit (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->undo->len ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;
}

/**
 * kj_plan_get_redo_edit:
 * Returns: (transfer none) (nullable): the edit that redo would make again
 */
KjEdit *
kj_plan_get_redo_edit (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->redo->len ? g_ptr_array_index (self->redo, self->redo->len - 1) : NULL;
}

/* Undo and redo alike: the last edit of @from is inverted and applied, and
 * its inverse (applied, so invertible in turn) goes to @to. */
static gboolean
step (KjPlan     *self,
      GPtrArray  *from,
      GPtrArray  *to,
      int         delta,
      GError    **error)
{
  g_autoptr(KjEdit) inverse = NULL;
  KjEdit *last;

  if (from->len == 0)
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                           delta < 0 ? _("Nothing to undo") : _("Nothing to redo"));
      return FALSE;
    }
  last = g_ptr_array_index (from, from->len - 1);
  inverse = kj_edit_invert (last);
  if (!apply (self, inverse, NULL, error))
    return FALSE;
  g_ptr_array_set_size (from, from->len - 1);
  g_ptr_array_add (to, kj_edit_ref (inverse));
  self->changes += delta;
  g_signal_emit_by_name (self, "changed", inverse);
  return TRUE;
}

gboolean
kj_plan_undo (KjPlan  *self,
              GError **error)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);
  return step (self, self->undo, self->redo, -1, error);
}

gboolean
kj_plan_redo (KjPlan  *self,
              GError **error)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);
  return step (self, self->redo, self->undo, 1, error);
}

/* Whether the plan differs from the file it was read from or saved to. */
gboolean
kj_plan_get_modified (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);
  return self->changes != 0;
}

/* Called by the saver: the plan is now what @file holds. */
void
kj_plan_set_saved (KjPlan *self,
                   GFile  *file)
{
  g_return_if_fail (KJ_IS_PLAN (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  self->changes = 0;
  _kj_plan_forget_changes (self);
}
