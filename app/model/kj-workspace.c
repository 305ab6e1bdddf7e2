/* kj-workspace.c: the plans open together, as a list model
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kj-checks.h"
#include "kj-workspace.h"

struct _KjWorkspace
{
  GObject    parent_instance;
  GPtrArray *plans;
  GHashTable *across;     /* KjPlan → GPtrArray of KjDiagnostic; NULL: to be computed */
  GPtrArray  *none;       /* empty: the findings of a plan not here */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KjWorkspace, kj_workspace, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return KJ_TYPE_PLAN;
}

static guint
get_n_items (GListModel *model)
{
  return KJ_WORKSPACE (model)->plans->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  KjWorkspace *self = KJ_WORKSPACE (model);

  if (position >= self->plans->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->plans, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

enum
{
  PLAN_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
invalidate (KjWorkspace *self)
{
  g_clear_pointer (&self->across, g_hash_table_unref);
}

static void
plan_changed (KjPlan      *plan,
              KjEdit      *edit,
              KjWorkspace *self)
{
  invalidate (self);
  g_signal_emit (self, signals[PLAN_CHANGED], 0, plan, edit);
}

static void
watch (KjWorkspace *self,
       KjPlan      *plan)
{
  invalidate (self);
  g_signal_connect (plan, "changed", G_CALLBACK (plan_changed), self);
}

static void
unwatch (KjWorkspace *self,
         KjPlan      *plan)
{
  invalidate (self);
  g_signal_handlers_disconnect_by_func (plan, plan_changed, self);
}

static void
kj_workspace_finalize (GObject *object)
{
  KjWorkspace *self = KJ_WORKSPACE (object);

  for (guint i = 0; i < self->plans->len; i++)
    unwatch (self, g_ptr_array_index (self->plans, i));
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  invalidate (self);
  g_clear_pointer (&self->none, g_ptr_array_unref);
  G_OBJECT_CLASS (kj_workspace_parent_class)->finalize (object);
}

static void
kj_workspace_class_init (KjWorkspaceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kj_workspace_finalize;

  /**
   * KjWorkspace::plan-changed:
   * @plan: the plan an edit changed
   * @edit: the edit (see KjPlan::changed)
   *
   * Every plan's KjPlan::changed, re-emitted: one place to watch for views
   * over many plans (comparisons, heatmaps, the sidebar).
   */
  signals[PLAN_CHANGED] = g_signal_new ("plan-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 2, KJ_TYPE_PLAN, KJ_TYPE_EDIT);
}

static void
kj_workspace_init (KjWorkspace *self)
{
  self->plans = g_ptr_array_new_with_free_func (g_object_unref);
  self->none = g_ptr_array_new ();
}

KjWorkspace *
kj_workspace_new (void)
{
  return g_object_new (KJ_TYPE_WORKSPACE, NULL);
}

static gboolean
same_source (KjPlan *a,
             KjPlan *b)
{
  GFile *fa = kj_plan_get_file (a), *fb = kj_plan_get_file (b);

  if (fa && fb)
    return g_file_equal (fa, fb);
  return fa == NULL && fb == NULL
         && g_strcmp0 (kj_plan_get_display_name (a), kj_plan_get_display_name (b)) == 0;
}

/**
 * kj_workspace_find_source:
 * Returns: (transfer none) (nullable): the plan of the workspace read from
 *   the same file as @plan (or the same bundled sample)
 */
KjPlan *
kj_workspace_find_source (KjWorkspace *self,
                          KjPlan      *plan)
{
  g_return_val_if_fail (KJ_IS_WORKSPACE (self), NULL);

  for (guint i = 0; i < self->plans->len; i++)
    if (same_source (g_ptr_array_index (self->plans, i), plan))
      return g_ptr_array_index (self->plans, i);
  return NULL;
}

/**
 * kj_workspace_add:
 * Adds @plan; a plan read from the same file again replaces the old one.
 */
void
kj_workspace_add (KjWorkspace *self,
                  KjPlan      *plan)
{
  g_return_if_fail (KJ_IS_WORKSPACE (self));
  g_return_if_fail (KJ_IS_PLAN (plan));

  for (guint i = 0; i < self->plans->len; i++)
    if (same_source (g_ptr_array_index (self->plans, i), plan))
      {
        KjPlan *old = g_ptr_array_index (self->plans, i);
        unwatch (self, old);
        g_ptr_array_index (self->plans, i) = g_object_ref (plan);
        watch (self, plan);
        g_object_unref (old);
        g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
        return;
      }
  g_ptr_array_add (self->plans, g_object_ref (plan));
  watch (self, plan);
  g_list_model_items_changed (G_LIST_MODEL (self), self->plans->len - 1, 0, 1);
}

static char *
source_key (KjPlan *plan)
{
  GFile *file = kj_plan_get_file (plan);

  return file ? g_file_get_uri (file) : g_strconcat ("resource:", kj_plan_get_display_name (plan), NULL);
}

/**
 * kj_workspace_add_all:
 * @plans: (element-type KjPlan): plans to add
 *
 * Adds @plans as kj_workspace_add() does, with one change notification for
 * all the new ones: a list over the workspace updates once for a folder.
 */
void
kj_workspace_add_all (KjWorkspace *self,
                      GPtrArray   *plans)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint before;

  g_return_if_fail (KJ_IS_WORKSPACE (self));

  for (guint i = 0; i < self->plans->len; i++)
    g_hash_table_insert (index, source_key (g_ptr_array_index (self->plans, i)), GUINT_TO_POINTER (i));
  before = self->plans->len;
  for (guint i = 0; i < plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (plans, i);
      g_autofree char *key = source_key (plan);
      gpointer at;

      if (g_hash_table_lookup_extended (index, key, NULL, &at) && GPOINTER_TO_UINT (at) < before)
        {
          KjPlan *old = g_ptr_array_index (self->plans, GPOINTER_TO_UINT (at));
          unwatch (self, old);
          g_ptr_array_index (self->plans, GPOINTER_TO_UINT (at)) = g_object_ref (plan);
          watch (self, plan);
          g_object_unref (old);
          g_list_model_items_changed (G_LIST_MODEL (self), GPOINTER_TO_UINT (at), 1, 1);
          continue;
        }
      if (g_hash_table_contains (index, key))
        continue;   /* the same file twice in one batch */
      g_hash_table_insert (index, g_steal_pointer (&key), GUINT_TO_POINTER (self->plans->len));
      g_ptr_array_add (self->plans, g_object_ref (plan));
      watch (self, plan);
    }
  if (self->plans->len > before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->plans->len - before);
}

void
kj_workspace_clear (KjWorkspace *self)
{
  guint n;

  g_return_if_fail (KJ_IS_WORKSPACE (self));

  n = self->plans->len;
  for (guint i = 0; i < n; i++)
    unwatch (self, g_ptr_array_index (self->plans, i));
  g_ptr_array_set_size (self->plans, 0);
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
}

/**
 * kj_workspace_find:
 * Returns: (transfer none) (nullable): the plan of the satker with this code,
 * name or short name
 */
KjPlan *
kj_workspace_find (KjWorkspace *self,
                   const char  *name_or_code)
{
  g_return_val_if_fail (KJ_IS_WORKSPACE (self), NULL);

  for (guint i = 0; i < self->plans->len; i++)
    if (kj_plan_matches (g_ptr_array_index (self->plans, i), name_or_code))
      return g_ptr_array_index (self->plans, i);
  return NULL;
}

/**
 * kj_workspace_get_across_findings:
 *
 * The findings across files that concern @plan: its breakdown rows that
 * disagree with the own file of the satker they name, and its own figures
 * that another open file prints differently (docs/plan-format.md, "Across
 * files").  Computed for all plans at once, in one pass over their rows,
 * when first asked for after a plan was added, removed or changed; each
 * finding names the other file (`other`, `other_uri`) and is located.
 *
 * Returns: (transfer none) (element-type KjDiagnostic): the findings, empty
 * when @plan is not in the workspace
 */
GPtrArray *
kj_workspace_get_across_findings (KjWorkspace *self,
                                  KjPlan      *plan)
{
  GPtrArray *found;

  g_return_val_if_fail (KJ_IS_WORKSPACE (self), NULL);

  if (self->across == NULL)
    {
      g_autoptr(GPtrArray) all = kj_check_across (self->plans);

      self->across = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < self->plans->len; i++)
        {
          KjPlan *p = g_ptr_array_index (self->plans, i);
          GPtrArray *findings = g_ptr_array_index (all, i);

          kj_plan_locate_all (p, findings);
          g_hash_table_insert (self->across, p, g_ptr_array_ref (findings));
        }
    }
  found = g_hash_table_lookup (self->across, plan);
  if (found)
    return found;
  return self->none;
}
