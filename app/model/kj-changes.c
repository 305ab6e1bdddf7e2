/* kj-changes.c: what changed since a plan was last saved
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first edit after a load or a save keeps a copy of the tree as it is in
 * the file.  Every applied edit (undo and redo too) adds the paths it touched,
 * written with stable keys (`indicators[id="nka"].years.2024.target`, not
 * `indicators[2]…`), to an ordered set.  The net changes are then, per touched
 * path, the value in the copy against the value now: an edit undone leaves
 * nothing, five edits of one cell leave one change.  The history (saved into
 * the file) and the recovery journal are both made of them.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kj-changes-private.h"
#include "kj-edit-private.h"
#include "kj-history.h"
#include "kj-path.h"
#include "kj-plan-private.h"

/* The members that name an element among its siblings, tried in this order. */
static const char *const element_keys[] = { "id", "code", "area", "category", "kegiatan", "name" };

KjChange *
_kj_change_new (const char   *path,
                const KjNode *old,
                const KjNode *value)
{
  KjChange *change = g_new0 (KjChange, 1);

  change->path = g_strdup (path);
  change->old = old ? kj_node_copy (old) : NULL;
  change->value = value ? kj_node_copy (value) : NULL;
  return change;
}

void
_kj_change_free (KjChange *change)
{
  if (change == NULL)
    return;
  g_free (change->path);
  kj_node_free (change->old);
  kj_node_free (change->value);
  g_free (change);
}

/* Whether @a and @b hold the same data: absent and null are both "no data". */
gboolean
_kj_node_same_data (const KjNode *a,
                    const KjNode *b)
{
  gboolean a_none = a == NULL || kj_node_is_null (a);
  gboolean b_none = b == NULL || kj_node_is_null (b);

  if (a_none || b_none)
    return a_none == b_none;
  return kj_node_equal (a, b);
}

static void
append_key (GString    *s,
            const char *key,
            const char *value)
{
  if (s->len == 0)
    g_string_append_c (s, '$');
  g_string_append_printf (s, "[%s=\"", key);
  for (const char *p = value; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append (s, "\"]");
}

/* The member of @element that names it uniquely in @array (the element at
 * @self in it, G_MAXUINT when it is no longer there), or NULL. */
static const char *
element_key (const KjNode *array,
             const KjNode *element,
             guint         self,
             const char  **value)
{
  if (element && kj_node_is_array (element))
    {
      /* a context table's row, by its name (its first cell), where unique */
      KjNode *name = kj_node_get_length (element) > 0 ? kj_node_get_element (element, 0) : NULL;

      if (name == NULL || !kj_node_is_string (name) || *kj_node_get_string (name) == '\0')
        return NULL;
      for (guint j = 0; j < kj_node_get_length (array); j++)
        {
          KjNode *e = kj_node_get_element (array, j);
          KjNode *other = j == self || !kj_node_is_array (e) || kj_node_get_length (e) == 0
                          ? NULL : kj_node_get_element (e, 0);

          if (other && kj_node_is_string (other) && g_str_equal (kj_node_get_string (other), kj_node_get_string (name)))
            return NULL;
        }
      *value = kj_node_get_string (name);
      return "0";
    }
  if (element == NULL || !kj_node_is_object (element))
    return NULL;
  for (guint k = 0; k < G_N_ELEMENTS (element_keys); k++)
    {
      KjNode *v = kj_node_get_member (element, element_keys[k]);
      gboolean unique = TRUE;

      if (v == NULL || !kj_node_is_string (v) || *kj_node_get_string (v) == '\0')
        continue;
      for (guint j = 0; j < kj_node_get_length (array) && unique; j++)
        {
          KjNode *e = kj_node_get_element (array, j);
          KjNode *w = j == self || !kj_node_is_object (e) ? NULL : kj_node_get_member (e, element_keys[k]);

          unique = !(w && kj_node_is_string (w) && g_str_equal (kj_node_get_string (w), kj_node_get_string (v)));
        }
      if (unique)
        {
          *value = kj_node_get_string (v);
          return element_keys[k];
        }
    }
  return NULL;
}

/* @path with every array position that an element's key can name written
 * with the key; @removed: the element the last step named, no longer there. */
static char *
stable_path (KjNode       *root,
             const char   *path,
             const KjNode *removed)
{
  g_autoptr(GArray) steps = kj_path_parse (path);
  GString *s;
  KjNode *node = root;

  if (steps == NULL)
    return g_strdup (path);
  s = g_string_new (NULL);
  for (guint i = 0; i < steps->len; i++)
    {
      KjPathStep *step = &g_array_index (steps, KjPathStep, i);
      gboolean last = i + 1 == steps->len;
      const char *key = NULL, *value = NULL;
      KjNode *element = NULL;

      switch (step->kind)
        {
        case KJ_PATH_MEMBER:
          kj_path_append_member (s, step->name);
          node = node && kj_node_is_object (node) ? kj_node_get_member (node, step->name) : NULL;
          break;
        case KJ_PATH_KEY:
          append_key (s, step->name, step->value);
          {
            int at = node ? kj_node_find_keyed (node, step->name, step->value) : -1;
            node = at >= 0 ? kj_node_get_element (node, at) : NULL;
          }
          break;
        case KJ_PATH_INDEX:
          if (node && kj_node_is_array (node))
            {
              if (last && removed)
                key = element_key (node, removed, G_MAXUINT, &value);
              else if (step->index < kj_node_get_length (node))
                {
                  element = kj_node_get_element (node, step->index);
                  key = element_key (node, element, step->index, &value);
                }
            }
          if (key)
            append_key (s, key, value);
          else
            g_string_append_printf (s, "%s[%u]", s->len ? "" : "$", step->index);
          node = element;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (s, FALSE);
}

/* The path in the form the history and journals keep. */
char *
_kj_plan_stable_path (KjPlan     *plan,
                      const char *path)
{
  return stable_path (kj_plan_get_root (plan), path, NULL);
}

/* Called before any edit is applied: the tree as the file holds it. */
void
_kj_plan_before_apply (KjPlan *plan)
{
  if (plan->saved_root == NULL)
    plan->saved_root = kj_node_copy (kj_plan_get_root (plan));
}

static gboolean
is_history_path (const char *path)
{
  return kj_path_is_within (path, KJ_HISTORY_MEMBER);
}

/* Called after @edit was applied to the plan's tree. */
void
_kj_plan_track (KjPlan *plan,
                KjEdit *edit)
{
  KjNode *root = kj_plan_get_root (plan);

  for (guint i = 0; i < edit->patches->len; i++)
    {
      KjPatch *p = &g_array_index (edit->patches, KjPatch, i);
      gboolean gone = p->op == KJ_PATCH_REMOVE && !p->removed_member;
      char *path;

      if (p->applied_path == NULL)
        continue;
      path = stable_path (root, p->applied_path, gone ? p->old : NULL);
      if (is_history_path (path) || g_hash_table_contains (plan->touched_set, path))
        {
          g_free (path);
          continue;
        }
      g_ptr_array_add (plan->touched, path);
      g_hash_table_add (plan->touched_set, path);
    }
}

/* Called once the file holds the tree: nothing has changed since. */
void
_kj_plan_forget_changes (KjPlan *plan)
{
  g_clear_pointer (&plan->saved_root, kj_node_free);
  g_hash_table_remove_all (plan->touched_set);
  g_ptr_array_set_size (plan->touched, 0);
}

/* Whether a proper ancestor of @path (cut at a step) is in @set. */
static gboolean
has_touched_ancestor (GHashTable *set,
                      const char *path)
{
  gboolean quoted = FALSE;

  for (const char *p = path; *p; p++)
    {
      if (quoted)
        {
          if (*p == '\\' && p[1])
            p++;
          else if (*p == '"')
            quoted = FALSE;
          continue;
        }
      if (*p == '"')
        quoted = TRUE;
      else if ((*p == '.' || *p == '[') && p > path)
        {
          g_autofree char *prefix = g_strndup (path, p - path);
          if (g_hash_table_contains (set, prefix))
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * _kj_plan_get_changes:
 * Returns: (transfer full) (element-type KjChange): the net changes since the
 *   plan was loaded or saved, in the order their paths were first touched;
 *   a change below a changed value is part of it
 */
GPtrArray *
_kj_plan_get_changes (KjPlan *plan)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) _kj_change_free);
  KjNode *root = kj_plan_get_root (plan);

  if (plan->saved_root == NULL)
    return changes;
  for (guint i = 0; i < plan->touched->len; i++)
    {
      const char *path = g_ptr_array_index (plan->touched, i);
      KjNode *old, *now;

      if (has_touched_ancestor (plan->touched_set, path))
        continue;
      old = kj_node_lookup (plan->saved_root, path);
      now = kj_node_lookup (root, path);
      if (!_kj_node_same_data (old, now))
        g_ptr_array_add (changes, _kj_change_new (path, old, now));
    }
  return changes;
}

/* @path without its last step: `a.b[x="1"]` → `a.b`; NULL for one step. */
static char *
parent_path (const char *path)
{
  const char *cut = NULL;
  gboolean quoted = FALSE;

  for (const char *p = path; *p; p++)
    {
      if (quoted)
        {
          if (*p == '\\' && p[1])
            p++;
          else if (*p == '"')
            quoted = FALSE;
          continue;
        }
      if (*p == '"')
        quoted = TRUE;
      else if ((*p == '.' || *p == '[') && p > path)
        cut = p;
    }
  return cut ? g_strndup (path, cut - path) : NULL;
}

/**
 * _kj_edit_add_change:
 * @value: (nullable): what @path should hold: %NULL, absent
 *
 * Adds to @edit the patch that makes @path hold @value in @root: a set, an
 * insert at the end of the array (an element no longer there), or a removal.
 *
 * Returns: %FALSE when @path already holds it, or is no path
 */
gboolean
_kj_edit_add_change (KjEdit       *edit,
                     KjNode       *root,
                     const char   *path,
                     const KjNode *value,
                     GError      **error)
{
  g_autoptr(GArray) steps = kj_path_parse (path);
  KjNode *now = kj_node_lookup (root, path);
  gboolean element;

  if (steps == NULL || steps->len == 0)
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                   /* Translators: %s is a JSON path */
                   _("%s: not a path to a value of the plan"), path);
      return FALSE;
    }
  if (_kj_node_same_data (now, value) && (now == NULL) == (value == NULL))
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                   _("%s: already holds this value"), path);
      return FALSE;
    }
  element = g_array_index (steps, KjPathStep, steps->len - 1).kind != KJ_PATH_MEMBER;
  if (value == NULL)
    {
      if (element)
        kj_edit_remove (edit, path);
      else
        kj_edit_set (edit, path, NULL);
    }
  else if (now != NULL || !element)
    kj_edit_set (edit, path, kj_node_copy (value));
  else
    {
      g_autofree char *parent = parent_path (path);
      kj_edit_insert (edit, parent ? parent : "$", -1, kj_node_copy (value));
    }
  return TRUE;
}
