/* kj-edit.c: a change to a plan, as patches on its tree
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit is a group of patches applied all or nothing.  Patches address data
 * by stable keys where the data has them (`indicators[id="ikk-1"]`,
 * `budget.2024[code="6140.BAA"]`, years as member names), so that an edit
 * means the same value whatever was inserted before it.  Applying an edit
 * records in each patch what it replaced and where; the inverse restores
 * exactly that, and is refused if the tree no longer holds what it expects.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kj-edit-private.h"
#include "kj-format.h"
#include "kj-path.h"
#include "kj-plan.h"

G_DEFINE_BOXED_TYPE (KjEdit, kj_edit, kj_edit_ref, kj_edit_unref)

static void
patch_clear (gpointer data)
{
  KjPatch *p = data;

  g_free (p->path);
  g_free (p->applied_path);
  kj_node_free (p->value);
  kj_node_free (p->old);
}

/**
 * kj_edit_new:
 * @label: (nullable): what the edit does, for undo menus and history
 *
 * Returns: (transfer full): an empty edit
 */
KjEdit *
kj_edit_new (const char *label)
{
  KjEdit *edit = g_new0 (KjEdit, 1);

  edit->ref_count = 1;
  edit->label = g_strdup (label);
  edit->patches = g_array_new (FALSE, TRUE, sizeof (KjPatch));
  g_array_set_clear_func (edit->patches, patch_clear);
  return edit;
}

KjEdit *
kj_edit_ref (KjEdit *edit)
{
  g_return_val_if_fail (edit != NULL, NULL);
  g_atomic_int_inc (&edit->ref_count);
  return edit;
}

void
kj_edit_unref (KjEdit *edit)
{
  if (edit == NULL || !g_atomic_int_dec_and_test (&edit->ref_count))
    return;
  g_array_unref (edit->patches);
  g_free (edit->label);
  g_free (edit);
}

static KjPatch *
add_patch (KjEdit     *edit,
           KjPatchOp   op,
           const char *path,
           KjNode     *value)
{
  KjPatch p = { op, g_strdup (path), NULL, value, NULL, -1, -1, FALSE, FALSE };

  g_array_append_val (edit->patches, p);
  return &g_array_index (edit->patches, KjPatch, edit->patches->len - 1);
}

/**
 * kj_edit_set:
 * @path: the member or element to set, `indicators[id="ikk-1"].years.2024.target`
 * @value: (transfer full) (nullable): the new value; %NULL removes the member
 *
 * Sets a value: replaces it, or adds the member at the end of its object.
 */
void
kj_edit_set (KjEdit     *edit,
             const char *path,
             KjNode     *value)
{
  g_return_if_fail (edit != NULL && !edit->applied);
  g_return_if_fail (path != NULL);
  add_patch (edit, KJ_PATCH_SET, path, value);
}

/* A number, or (NAN) no number: `null`, which the format reads as "no data". */
void
kj_edit_set_number (KjEdit     *edit,
                    const char *path,
                    double      value)
{
  kj_edit_set (edit, path, isnan (value) ? kj_node_new_null () : kj_node_new_number (value));
}

void
kj_edit_set_string (KjEdit     *edit,
                    const char *path,
                    const char *value)
{
  kj_edit_set (edit, path, value ? kj_node_new_string (value) : kj_node_new_null ());
}

/**
 * kj_edit_insert:
 * @index: where, counting from 0; -1 appends
 * @value: (transfer full): the new element
 */
void
kj_edit_insert (KjEdit     *edit,
                const char *array_path,
                int         index,
                KjNode     *value)
{
  KjPatch *p;

  g_return_if_fail (edit != NULL && !edit->applied);
  g_return_if_fail (array_path != NULL && value != NULL);
  p = add_patch (edit, KJ_PATCH_INSERT, array_path, value);
  p->want = index;
}

/* Removes the element (`workplan.2024[code="A"]`) or member (`…years.2020`). */
void
kj_edit_remove (KjEdit     *edit,
                const char *path)
{
  g_return_if_fail (edit != NULL && !edit->applied);
  g_return_if_fail (path != NULL);
  add_patch (edit, KJ_PATCH_REMOVE, path, NULL);
}

const char *
kj_edit_get_label (KjEdit *edit)
{
  g_return_val_if_fail (edit != NULL, NULL);
  return edit->label;
}

guint
kj_edit_get_n_patches (KjEdit *edit)
{
  g_return_val_if_fail (edit != NULL, 0);
  return edit->patches->len;
}

#define PATCH(edit, i) (&g_array_index ((edit)->patches, KjPatch, (i)))

KjPatchOp
kj_edit_get_op (KjEdit *edit,
                guint   i)
{
  g_return_val_if_fail (edit != NULL && i < edit->patches->len, KJ_PATCH_SET);
  return PATCH (edit, i)->op;
}

/* The path as the edit was made: with keys where the data has them. */
const char *
kj_edit_get_path (KjEdit *edit,
                  guint   i)
{
  g_return_val_if_fail (edit != NULL && i < edit->patches->len, NULL);
  return PATCH (edit, i)->path;
}

/**
 * kj_edit_get_applied_path:
 * Returns: (nullable): the path with array positions, as findings name
 *   values (`indicators[2].years.2024.target`), once the edit is applied
 */
const char *
kj_edit_get_applied_path (KjEdit *edit,
                          guint   i)
{
  g_return_val_if_fail (edit != NULL && i < edit->patches->len, NULL);
  return PATCH (edit, i)->applied_path;
}

/* Returns: (nullable): the value set or inserted */
const KjNode *
kj_edit_get_value (KjEdit *edit,
                   guint   i)
{
  g_return_val_if_fail (edit != NULL && i < edit->patches->len, NULL);
  return PATCH (edit, i)->value;
}

/* Returns: (nullable): what the patch replaced or removed, once applied */
const KjNode *
kj_edit_get_old_value (KjEdit *edit,
                       guint   i)
{
  g_return_val_if_fail (edit != NULL && i < edit->patches->len, NULL);
  return PATCH (edit, i)->old;
}

gboolean
kj_edit_is_applied (KjEdit *edit)
{
  g_return_val_if_fail (edit != NULL, FALSE);
  return edit->applied;
}

/* Whether a patch changes something at or below @prefix (either form of path). */
gboolean
kj_edit_touches (KjEdit     *edit,
                 const char *prefix)
{
  g_return_val_if_fail (edit != NULL && prefix != NULL, FALSE);

  if (prefix[0] == '$' && prefix[1] == '\0')
    return edit->patches->len > 0;
  for (guint i = 0; i < edit->patches->len; i++)
    {
      KjPatch *p = PATCH (edit, i);
      /* a change above @prefix (replacing a whole indicator) touches it too */
      if (kj_path_is_within (p->path, prefix) || kj_path_is_within (p->applied_path, prefix)
          || kj_path_is_within (prefix, p->path) || (p->applied_path && kj_path_is_within (prefix, p->applied_path)))
        return TRUE;
    }
  return FALSE;
}

/**
 * kj_edit_invert:
 * @edit: an applied edit
 *
 * Returns: (transfer full): the edit that undoes @edit: its patches inverted,
 *   last first, each expecting to find what @edit left
 */
static KjEdit *
invert_first (KjEdit *edit,
              guint   n)
{
  KjEdit *inverse = kj_edit_new (edit->label);

  for (guint k = n; k-- > 0;)
    {
      KjPatch *p = PATCH (edit, k);
      KjPatch *q;
      g_autofree char *parent = NULL;

      switch (p->op)
        {
        case KJ_PATCH_SET:
          /* set back what was there (nothing: remove the member again) */
          q = add_patch (inverse, KJ_PATCH_SET, p->applied_path,
                         p->old ? kj_node_copy (p->old) : NULL);
          q->want = p->index;
          q->old = p->value ? kj_node_copy (p->value) : NULL;
          q->expect_old = TRUE;
          break;
        case KJ_PATCH_INSERT:
          q = add_patch (inverse, KJ_PATCH_REMOVE, p->applied_path, NULL);
          q->old = kj_node_copy (p->value);
          q->expect_old = TRUE;
          break;
        case KJ_PATCH_REMOVE:
          if (p->removed_member)
            {
              q = add_patch (inverse, KJ_PATCH_SET, p->applied_path, kj_node_copy (p->old));
              q->expect_old = TRUE;   /* expects the member to be absent */
            }
          else
            {
              parent = g_strndup (p->applied_path, strrchr (p->applied_path, '[') - p->applied_path);
              q = add_patch (inverse, KJ_PATCH_INSERT, parent, kj_node_copy (p->old));
            }
          q->want = p->index;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return inverse;
}

KjEdit *
kj_edit_invert (KjEdit *edit)
{
  g_return_val_if_fail (edit != NULL && edit->applied, NULL);
  return invert_first (edit, edit->patches->len);
}

/* ---- applying to a tree ---- */

G_GNUC_PRINTF (3, 4) static gboolean
conflict (GError    **error,
          const char *path,
          const char *format,
          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: "indicators[id="x"].years.2030: nothing there to change" */
  g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT, _("%s: %s"), path, message);
  return FALSE;
}

/* Walks @n steps from @root; @concrete gets the path with positions. */
static KjNode *
walk (KjNode   *root,
      GArray   *steps,
      guint     n,
      GString  *concrete)
{
  KjNode *node = root;

  for (guint i = 0; i < n && node; i++)
    {
      KjPathStep *s = &g_array_index (steps, KjPathStep, i);
      int at = -1;

      switch (s->kind)
        {
        case KJ_PATH_MEMBER:
          node = kj_node_is_object (node) ? kj_node_get_member (node, s->name) : NULL;
          kj_path_append_member (concrete, s->name);
          continue;
        case KJ_PATH_INDEX:
          at = kj_node_is_array (node) && s->index < kj_node_get_length (node) ? (int) s->index : -1;
          break;
        case KJ_PATH_KEY:
          at = kj_node_is_array (node) ? kj_node_find_keyed (node, s->name, s->value) : -1;
          break;
        default:
          g_assert_not_reached ();
        }
      if (at < 0)
        return NULL;
      g_string_append_printf (concrete, "%s[%d]", concrete->len ? "" : "$", at);
      node = kj_node_get_element (node, at);
    }
  return node;
}

/* Takes @node out of the tree's ownership: a copy that owns everything. */
static KjNode *
detach (KjNode *node)
{
  KjNode *copy = kj_node_copy (node);

  kj_node_free (node);
  return copy;
}

static gboolean
apply_patch (KjPatch  *p,
             KjNode   *root,
             GError  **error)
{
  g_autoptr(GArray) steps = kj_path_parse (p->path);
  g_autoptr(GString) concrete = g_string_new (NULL);
  KjPathStep *last;
  KjNode *parent;
  int at;

  if (steps == NULL)
    return conflict (error, p->path, _("not a path"));
  if (p->op == KJ_PATCH_INSERT)
    {
      KjNode *array = walk (root, steps, steps->len, concrete);
      guint n;

      if (array == NULL || !kj_node_is_array (array))
        return conflict (error, p->path, _("expected an array here to insert into"));
      n = kj_node_get_length (array);
      if (p->want > (int) n)
        return conflict (error, p->path, _("expected a position from 0 to %u"), n);
      p->index = p->want < 0 ? (int) n : p->want;
      kj_node_array_insert (array, p->index, kj_node_copy (p->value));
      g_string_append_printf (concrete, "%s[%d]", concrete->len ? "" : "$", p->index);
      p->applied_path = g_string_free (g_steal_pointer (&concrete), FALSE);
      return TRUE;
    }

  if (steps->len == 0)
    return conflict (error, p->path, _("the whole file cannot be replaced by an edit"));
  parent = walk (root, steps, steps->len - 1, concrete);
  last = &g_array_index (steps, KjPathStep, steps->len - 1);
  if (parent == NULL)
    return conflict (error, p->path, _("nothing there to change"));

  if (last->kind == KJ_PATH_MEMBER)
    {
      if (!kj_node_is_object (parent))
        return conflict (error, p->path, _("expected an object here"));
      kj_path_append_member (concrete, last->name);
      at = kj_node_find_member (parent, last->name);
      if (p->expect_old && !kj_node_equal (at < 0 ? NULL : kj_node_get_member_value (parent, at),
                                           p->old))
        return conflict (error, p->path, _("the value changed since this edit was made"));
      if (p->op == KJ_PATCH_REMOVE || p->value == NULL)
        {
          if (at < 0)
            return conflict (error, p->path, _("nothing there to remove"));
          if (!p->expect_old)
            p->old = detach (kj_node_object_steal (parent, at));
          else
            kj_node_free (kj_node_object_steal (parent, at));
          p->index = at;
          p->removed_member = TRUE;
        }
      else if (at < 0)
        {
          /* a new member: where the inverse of a removal says, else at the end */
          int index = p->want >= 0 && p->want <= (int) kj_node_get_length (parent)
                      ? p->want : -1;
          kj_node_object_insert (parent, index, last->name, kj_node_copy (p->value));
          p->index = index < 0 ? (int) kj_node_get_length (parent) - 1 : index;
        }
      else
        {
          KjNode *old = kj_node_object_replace (parent, at, kj_node_copy (p->value));
          if (!p->expect_old)
            p->old = detach (old);
          else
            kj_node_free (old);
          p->index = at;
        }
    }
  else
    {
      if (!kj_node_is_array (parent))
        return conflict (error, p->path, _("expected an array here"));
      if (last->kind == KJ_PATH_INDEX)
        at = last->index < kj_node_get_length (parent) ? (int) last->index : -1;
      else
        at = kj_node_find_keyed (parent, last->name, last->value);
      if (at < 0)
        return conflict (error, p->path, _("no such element"));
      g_string_append_printf (concrete, "%s[%d]", concrete->len ? "" : "$", at);
      if (p->expect_old && !kj_node_equal (kj_node_get_element (parent, at), p->old))
        return conflict (error, p->path, _("the value changed since this edit was made"));
      if (p->op == KJ_PATCH_REMOVE)
        {
          KjNode *old = kj_node_array_steal (parent, at);
          if (!p->expect_old)
            p->old = detach (old);
          else
            kj_node_free (old);
        }
      else if (p->value == NULL)
        return conflict (error, p->path, _("expected a value to put in the array"));
      else
        {
          KjNode *old = kj_node_array_replace (parent, at, kj_node_copy (p->value));
          if (!p->expect_old)
            p->old = detach (old);
          else
            kj_node_free (old);
        }
      p->index = at;
    }
  p->applied_path = g_string_free (g_steal_pointer (&concrete), FALSE);
  return TRUE;
}

/**
 * _kj_edit_apply_tree:
 * Applies every patch of @edit to @root, or none: when one cannot be applied,
 * those before it are undone and @edit is left as it was.
 */
gboolean
_kj_edit_apply_tree (KjEdit  *edit,
                     KjNode  *root,
                     GError **error)
{
  g_return_val_if_fail (!edit->applied, FALSE);

  for (guint i = 0; i < edit->patches->len; i++)
    if (!apply_patch (PATCH (edit, i), root, error))
      {
        /* undo the ones applied, last first: their inverses fit the tree */
        g_autoptr(KjEdit) inverse = invert_first (edit, i);
        g_autoptr(GError) local_error = NULL;

        if (!_kj_edit_apply_tree (inverse, root, &local_error))
          {
            /* a log line: the message may quote a mailed file */
            g_autofree char *safe = kj_format_escape_controls (local_error->message);
            g_critical ("undoing part of an edit failed: %s", safe);
          }
        _kj_edit_reset (edit);
        return FALSE;
      }
  edit->applied = TRUE;
  return TRUE;
}

/* Undoes an applied @edit on @root (the tree it was applied to, unchanged since). */
void
_kj_edit_revert_tree (KjEdit *edit,
                      KjNode *root)
{
  g_autoptr(KjEdit) inverse = kj_edit_invert (edit);
  g_autoptr(GError) error = NULL;

  if (!_kj_edit_apply_tree (inverse, root, &error))
    {
      g_autofree char *safe = kj_format_escape_controls (error->message);
      g_critical ("reverting an edit failed: %s", safe);
    }
  _kj_edit_reset (edit);
}

/* Forgets what applying recorded, so that @edit can be applied again. */
void
_kj_edit_reset (KjEdit *edit)
{
  for (guint i = 0; i < edit->patches->len; i++)
    {
      KjPatch *p = PATCH (edit, i);

      g_clear_pointer (&p->applied_path, g_free);
      if (!p->expect_old)
        g_clear_pointer (&p->old, kj_node_free);
      p->removed_member = FALSE;
      p->index = -1;
    }
  edit->applied = FALSE;
}
