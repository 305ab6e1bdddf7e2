/* kj-plan.c: one satker's plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan's tree is the truth: the saver writes it back (members this program
 * does not know survive in their order), and the typed view that the window,
 * the charts and the checks read is built from it, again after every edit.
 */
#include "config.h"

#include <string.h>

#include "kj-edit.h"
#include "kj-path.h"
#include "kj-plan-private.h"

G_DEFINE_QUARK (kj-plan-error-quark, kj_plan_error)

G_DEFINE_FINAL_TYPE (KjPlan, kj_plan, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_kj_plan_view_init (KjPlanView *view,
                    KjPlan     *owner)
{
  GDestroyNotify items = (GDestroyNotify) kj_year_items_free;

  memset (view, 0, sizeof *view);
  view->owner = owner;
  view->scales = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_scale_unref);
  view->indicators = g_ptr_array_new_with_free_func (g_object_unref);
  view->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  view->budget = g_ptr_array_new_with_free_func (items);
  view->spending = g_ptr_array_new_with_free_func (items);
  view->outputs = g_ptr_array_new_with_free_func (items);
  view->workplan = g_ptr_array_new_with_free_func (items);
  view->signatures = g_ptr_array_new_with_free_func (items);
  view->context = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_context_table_free);
  view->printed = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_printed_free);
}

void
_kj_plan_view_clear (KjPlanView *view)
{
  kj_satker_clear (&view->satker);
  view->period_name = NULL;
  g_clear_pointer (&view->scales, g_ptr_array_unref);
  g_clear_pointer (&view->by_id, g_hash_table_unref);
  g_clear_pointer (&view->indicators, g_ptr_array_unref);
  g_clear_pointer (&view->budget, g_ptr_array_unref);
  g_clear_pointer (&view->spending, g_ptr_array_unref);
  g_clear_pointer (&view->outputs, g_ptr_array_unref);
  g_clear_pointer (&view->workplan, g_ptr_array_unref);
  g_clear_pointer (&view->signatures, g_ptr_array_unref);
  g_clear_pointer (&view->context, g_ptr_array_unref);
  g_clear_pointer (&view->printed, g_ptr_array_unref);
}

static void
kj_plan_finalize (GObject *object)
{
  KjPlan *self = KJ_PLAN (object);

  g_clear_object (&self->file);
  g_free (self->display_name);
  _kj_plan_view_clear (&self->view);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->saved_root, kj_node_free);
  g_free (self->stamp_hash);
  g_clear_pointer (&self->touched_set, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_ptr_array_unref);
  g_clear_pointer (&self->doc, kj_document_free);

  G_OBJECT_CLASS (kj_plan_parent_class)->finalize (object);
}

static void
kj_plan_class_init (KjPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kj_plan_finalize;

  /**
   * KjPlan::changed:
   * @edit: what changed: the edit applied (an undo applies the inverse)
   *
   * Emitted once per applied edit, after the tree and the typed view agree.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, KJ_TYPE_EDIT);
}

static void
kj_plan_init (KjPlan *self)
{
  _kj_plan_view_init (&self->view, self);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_edit_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_edit_unref);
  self->touched = g_ptr_array_new_with_free_func (g_free);
  self->touched_set = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * kj_plan_new_for_document:
 * @doc: (transfer full): the tree read from the file
 * @display_name: how to name the file in messages
 * @file: (nullable): where it came from
 * @diagnostic: (out) (optional) (transfer full): why it was refused
 *
 * Checks the tree against the contract (docs/plan-format.md) and builds the
 * typed view of it.  The first thing that breaks the contract refuses it.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL when refused
 */
KjPlan *
kj_plan_new_for_document (KjDocument    *doc,
                          const char    *display_name,
                          GFile         *file,
                          KjDiagnostic **diagnostic,
                          GError       **error)
{
  g_autoptr(KjPlan) plan = NULL;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  plan = g_object_new (KJ_TYPE_PLAN, NULL);
  plan->doc = doc;
  plan->display_name = g_strdup (display_name);
  g_set_object (&plan->file, file);
  if (!_kj_plan_view_build (&plan->view, kj_document_get_root (doc), display_name,
                            diagnostic, error))
    return NULL;
  return g_steal_pointer (&plan);
}

/**
 * kj_plan_get_root:
 * Returns: (transfer none): the plan's tree, unknown members included; change
 *   it only through kj_plan_apply()
 */
KjNode *
kj_plan_get_root (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return kj_document_get_root (self->doc);
}

/**
 * kj_plan_locate:
 * Where the value at @path stands in the plan's current text: the file as
 * read, or as it will be saved once edited.
 *
 * Returns: %TRUE when found
 */
gboolean
kj_plan_locate (KjPlan     *self,
                const char *path,
                guint      *line,
                guint      *column)
{
  KjNode *node;

  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);

  node = kj_node_lookup (kj_plan_get_root (self), path);
  if (node == NULL || kj_node_get_line (node) == 0)
    return FALSE;
  *line = kj_node_get_line (node);
  *column = kj_node_get_column (node);
  return TRUE;
}

/* Walks the tree once, writing each node's path as findings name them, and
 * places the findings whose path it meets. */
static void
locate_walk (KjNode     *node,
             GString    *path,
             GHashTable *wanted)
{
  GPtrArray *found = g_hash_table_lookup (wanted, path->len ? path->str : "$");
  gsize len = path->len;

  for (guint i = 0; found && i < found->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (found, i);
      d->line = kj_node_get_line (node);
      d->column = kj_node_get_column (node);
    }
  for (guint i = 0; i < kj_node_get_length (node); i++)
    {
      if (kj_node_is_object (node))
        {
          kj_path_append_member (path, kj_node_get_member_name (node, i));
          locate_walk (kj_node_get_member_value (node, i), path, wanted);
        }
      else
        {
          g_string_append_printf (path, "%s[%u]", path->len ? "" : "$", i);
          locate_walk (kj_node_get_element (node, i), path, wanted);
        }
      g_string_truncate (path, len);
    }
}

/**
 * kj_plan_locate_all:
 * @diagnostics: (element-type KjDiagnostic): findings about @plan
 *
 * Fills in the line and column of every finding: a few looked up one by one,
 * many in one walk of the tree (linear however many there are).
 */
void
kj_plan_locate_all (KjPlan    *self,
                    GPtrArray *diagnostics)
{
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GString) path = NULL;

  g_return_if_fail (KJ_IS_PLAN (self));

  if (diagnostics->len <= 16)
    {
      for (guint i = 0; i < diagnostics->len; i++)
        {
          KjDiagnostic *d = g_ptr_array_index (diagnostics, i);
          kj_plan_locate (self, d->path, &d->line, &d->column);
        }
      return;
    }
  wanted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (diagnostics, i);
      GPtrArray *list = g_hash_table_lookup (wanted, d->path);

      if (list == NULL)
        g_hash_table_insert (wanted, d->path, list = g_ptr_array_new ());
      g_ptr_array_add (list, d);
    }
  path = g_string_new (NULL);
  locate_walk (kj_plan_get_root (self), path, wanted);
}

/**
 * kj_plan_get_file:
 * Returns: (transfer none) (nullable): where the plan was read from; %NULL for
 * the bundled samples
 */
GFile *
kj_plan_get_file (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->file;
}

const char *
kj_plan_get_display_name (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->display_name;
}

const KjSatker *
kj_plan_get_satker (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return &self->view.satker;
}

/* The short name where the file gives one: it fits lists and chart titles. */
const char *
kj_plan_get_title (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->view.satker.short_name ? self->view.satker.short_name : self->view.satker.name;
}

int
kj_plan_get_first_year (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), 0);
  return self->view.first_year;
}

int
kj_plan_get_last_year (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), 0);
  return self->view.last_year;
}

const char *
kj_plan_get_period_name (KjPlan *self)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);
  return self->view.period_name;
}

/**
 * kj_plan_get_scale:
 * A file's own scale replaces the built-in default with the same id.
 *
 * Returns: (transfer none) (nullable): the scale called @id for this plan
 */
KjScale *
kj_plan_get_scale (KjPlan     *self,
                   const char *id)
{
  g_return_val_if_fail (self == NULL || KJ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; self && i < self->view.scales->len; i++)
    {
      KjScale *scale = g_ptr_array_index (self->view.scales, i);
      if (g_str_equal (kj_scale_get_id (scale), id))
        return scale;
    }
  return kj_scale_get_builtin (id);
}

#define ARRAY_GETTER(field) \
  GPtrArray *kj_plan_get_##field (KjPlan *self) \
  { \
    g_return_val_if_fail (KJ_IS_PLAN (self), NULL); \
    return self->view.field; \
  }

ARRAY_GETTER (scales)
ARRAY_GETTER (indicators)
ARRAY_GETTER (budget)
ARRAY_GETTER (spending)
ARRAY_GETTER (outputs)
ARRAY_GETTER (workplan)
ARRAY_GETTER (signatures)
ARRAY_GETTER (context)
ARRAY_GETTER (printed)

/**
 * kj_plan_find_indicator:
 * Returns: (transfer none) (nullable): the indicator with @id
 */
KjIndicator *
kj_plan_find_indicator (KjPlan     *self,
                        const char *id)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), NULL);

  /* charts over many indicators ask for each by id */
  return id ? g_hash_table_lookup (self->view.by_id, id) : NULL;
}

/* Whether anything of @year is in the plan: an indicator value, money or a breakdown. */
gboolean
kj_plan_has_year_data (KjPlan *self,
                       int     year)
{
  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);

  for (guint i = 0; i < self->view.indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (self->view.indicators, i);
      if (kj_indicator_get_year (indicator, year) || kj_indicator_get_breakdown (indicator, year))
        return TRUE;
    }
  return kj_year_items_find (self->view.budget, year) || kj_year_items_find (self->view.spending, year);
}

/* Matches a satker code, its name or short name (case-insensitively). */
gboolean
kj_plan_matches (KjPlan     *self,
                 const char *name_or_code)
{
  const char *candidates[3];

  g_return_val_if_fail (KJ_IS_PLAN (self), FALSE);

  candidates[0] = self->view.satker.code;
  candidates[1] = self->view.satker.name;
  candidates[2] = self->view.satker.short_name;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] && g_utf8_collate (candidates[i], name_or_code) == 0)
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] && g_ascii_strcasecmp (candidates[i], name_or_code) == 0)
      return TRUE;
  return FALSE;
}

/**
 * kj_plan_get_money_totals:
 * @spending: %TRUE for spending by type, %FALSE for the budget per kegiatan
 *
 * Sums the allocations and realisations of @year; a sum with no number in it
 * stays absent (NAN), not 0.
 */
void
kj_plan_get_money_totals (KjPlan   *self,
                          int       year,
                          gboolean  spending,
                          double   *allocation,
                          double   *realization)
{
  KjYearItems *items;

  g_return_if_fail (KJ_IS_PLAN (self));

  *allocation = *realization = NAN;
  items = kj_year_items_find (spending ? self->view.spending : self->view.budget, year);
  for (guint i = 0; items && i < items->items->len; i++)
    {
      double a, r;

      if (spending)
        {
          KjSpendingLine *line = g_ptr_array_index (items->items, i);
          a = line->allocation;
          r = line->realization;
        }
      else
        {
          KjBudgetLine *line = g_ptr_array_index (items->items, i);
          a = line->allocation;
          r = line->realization;
        }
      if (kj_has (a))
        *allocation = (kj_has (*allocation) ? *allocation : 0) + a;
      if (kj_has (r))
        *realization = (kj_has (*realization) ? *realization : 0) + r;
    }
}
