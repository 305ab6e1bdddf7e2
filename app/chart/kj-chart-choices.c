/* kj-chart-choices.c: what a chart of a plan can show, and what it shows first
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts page's indicator picker, the command line's default, a report's
 * chart and a slide all ask the same questions: which indicators (or context
 * tables) a kind can draw for a plan, which one to show first, and what to
 * call the file an export writes.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "chart/kj-chart-kinds-private.h"
#include "model/kj-format.h"
#include "model/kj-plan-summary.h"

static void
choice_free (KjChartChoice *choice)
{
  g_free (choice->id);
  g_free (choice->name);
  g_free (choice);
}

/* trend is what a planner looks at first */
const KjChartKind *
kj_chart_kind_default (void)
{
  return kj_chart_kind_find ("trend");
}

static gboolean
is_context_kind (const KjChartKind *kind)
{
  return g_str_equal (kind->id, "context");
}

/* areas and areas-trend draw an indicator's breakdown */
static gboolean
wants_breakdown (const KjChartKind *kind)
{
  return g_str_has_prefix (kind->id, "areas");
}

static gboolean
has_breakdown (KjIndicator *indicator)
{
  GPtrArray *years = kj_indicator_get_breakdown_years (indicator);
  return years && years->len > 0;
}

static void
add_choice (GPtrArray  *choices,
            GHashTable *seen,
            const char *id,
            const char *name)
{
  KjChartChoice *choice;

  if (id == NULL || g_hash_table_contains (seen, id))
    return;
  g_hash_table_add (seen, (gpointer) id);
  choice = g_new0 (KjChartChoice, 1);
  choice->id = g_strdup (id);
  choice->name = g_strdup (name && *name ? name : id);
  g_ptr_array_add (choices, choice);
}

/* @plan's indicators; those of other plans (@workspace set) by a name that
 * is not one file's own ("… BNN Provinsi Kalimantan Barat") */
static void
add_indicators (GPtrArray         *choices,
                GHashTable        *seen,
                const KjChartKind *kind,
                KjPlan            *plan,
                KjWorkspace       *workspace)
{
  GPtrArray *indicators = kj_plan_get_indicators (plan);

  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *id = kj_indicator_get_id (indicator);
      g_autofree char *neutral = NULL;
      guint n_names;

      if ((wants_breakdown (kind) && !has_breakdown (indicator)) || g_hash_table_contains (seen, id))
        continue;
      if (workspace)
        neutral = _kj_neutral_name (workspace, id, TRUE, &n_names);
      add_choice (choices, seen, id, neutral ? neutral : kj_indicator_get_name (indicator));
    }
}

/**
 * kj_chart_get_choices:
 * @workspace: (nullable): the open plans, for workspace kinds
 *
 * What @kind can draw for @plan: its indicators (for areas, those with a
 * breakdown); for workspace kinds, @plan's first and then those only other
 * plans have; for "context", the context tables that are series over years.
 *
 * Returns: (transfer full) (element-type KjChartChoice): the choices, empty
 *   for kinds that take none
 */
GPtrArray *
kj_chart_get_choices (const KjChartKind *kind,
                      KjPlan            *plan,
                      KjWorkspace       *workspace)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);

  g_return_val_if_fail (kind != NULL, choices);

  if (!kind->indicator || plan == NULL)
    return choices;
  if (is_context_kind (kind))
    {
      GPtrArray *tables = kj_plan_get_context (plan);
      for (guint i = 0; i < tables->len; i++)
        {
          KjContextTable *table = g_ptr_array_index (tables, i);
          if (kj_context_table_get_years (table, NULL))
            add_choice (choices, seen, table->id, table->title);
        }
      return choices;
    }
  add_indicators (choices, seen, kind, plan, NULL);
  if (kind->workspace && workspace)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
      {
        g_autoptr(KjPlan) other = g_list_model_get_item (G_LIST_MODEL (workspace), i);
        add_indicators (choices, seen, kind, other, workspace);
      }
  return choices;
}

/* How many areas of @indicator's breakdown have a value in @year (0: any). */
static guint
breakdown_values (KjIndicator *indicator,
                  int          year)
{
  GPtrArray *years = kj_indicator_get_breakdown_years (indicator);
  guint n = 0;

  for (guint i = 0; years && i < years->len; i++)
    {
      KjYearItems *items = g_ptr_array_index (years, i);
      if (year != 0 && items->year != year)
        continue;
      for (guint j = 0; j < items->items->len; j++)
        n += kj_has (((KjBreakdownRow *) g_ptr_array_index (items->items, j))->value);
    }
  return n;
}

/* Values in the breakdowns of indicator @id in @plan, or across the workspace. */
static guint
choice_values (KjPlan      *plan,
               KjWorkspace *workspace,
               const char  *id,
               int          year)
{
  guint n = 0;

  if (workspace == NULL)
    {
      KjIndicator *indicator = kj_plan_find_indicator (plan, id);
      return indicator ? breakdown_values (indicator, year) : 0;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
    {
      g_autoptr(KjPlan) other = g_list_model_get_item (G_LIST_MODEL (workspace), i);
      KjIndicator *indicator = kj_plan_find_indicator (other, id);
      if (indicator)
        n += breakdown_values (indicator, year);
    }
  return n;
}

static int
find_choice (GPtrArray  *choices,
             const char *id)
{
  for (guint i = 0; id && i < choices->len; i++)
    if (g_str_equal (((KjChartChoice *) g_ptr_array_index (choices, i))->id, id))
      return i;
  return -1;
}

/**
 * kj_chart_get_default_choice:
 * @choices: (element-type KjChartChoice): from kj_chart_get_choices()
 *
 * Which choice a chart shows first: for a trend, the plan's default
 * indicator (kj_plan_get_default_indicator()); for areas, the first of
 * @plan's own breakdowns with values in @year, else in any year, else the
 * first another plan has; else the first.
 *
 * Returns: an index into @choices (0 when empty)
 */
guint
kj_chart_get_default_choice (const KjChartKind *kind,
                             KjPlan            *plan,
                             KjWorkspace       *workspace,
                             int                year,
                             GPtrArray         *choices)
{
  KjIndicator *indicator;
  int at;

  g_return_val_if_fail (kind != NULL && choices != NULL, 0);

  if (plan == NULL || is_context_kind (kind) || choices->len == 0)
    return 0;
  if (wants_breakdown (kind))
    {
      /* the plan's own breakdowns first, as the chart draws only those for
       * it; then, to say where one is, another plan's */
      for (int pass = 0; pass < 4; pass++)
        for (guint i = 0; i < choices->len; i++)
          if (choice_values (plan, pass < 2 || !kind->workspace ? NULL : workspace,
                             ((KjChartChoice *) g_ptr_array_index (choices, i))->id,
                             pass % 2 == 0 ? year : 0) > 0)
            return i;
      return 0;
    }
  indicator = kj_plan_get_default_indicator (plan);
  at = indicator ? find_choice (choices, kj_indicator_get_id (indicator)) : -1;
  return at < 0 ? 0 : at;
}

/**
 * kj_chart_file_name:
 * @indicator: (nullable): the indicator or table the chart shows
 * @plan: (nullable): the satker, for a chart of one
 *
 * A file name for an export of @chart: kind, indicator, satker and year, in
 * ASCII for any file system and mail: "trend-nka-bnnk-kupang-2024.pdf".  The
 * kind's word follows the language of the program (in Indonesian
 * "perbandingan-dektara-2023.pdf" for "compare-dektara-2023.pdf"), as the
 * rest of what it shows.
 *
 * Returns: (transfer full): the name
 */
char *
kj_chart_file_name (KjChart    *chart,
                    const char *indicator,
                    KjPlan     *plan,
                    int         year,
                    const char *extension)
{
  /* Translators: the first word of an exported chart's file name, one per
   * chart kind ("compare-dektara-2023.pdf"); lower case, no spaces */
  static const struct { const char *id, *word; } words[] = {
    { "trend", NC_("file name", "trend") },
    { "achievement", NC_("file name", "achievement") },
    { "budget", NC_("file name", "budget") },
    { "context", NC_("file name", "context") },
    { "areas", NC_("file name", "areas") },
    { "areas-trend", NC_("file name", "areas-trend") },
    { "compare", NC_("file name", "compare") },
    { "heatmap", NC_("file name", "heatmap") },
  };
  const KjChartKind *kind;
  const char *word;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *year_text = NULL;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  word = kj_chart_get_kind (chart);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (words[i].id, word) == 0)
      word = g_dpgettext2 (GETTEXT_PACKAGE, "file name", words[i].word);
  kind = kj_chart_kind_find (kj_chart_get_kind (chart));
  kj_format_append_slug (name, word);
  if (kind && kind->indicator)
    kj_format_append_slug (name, indicator);
  if (kind && !kind->workspace && plan)
    kj_format_append_slug (name, kj_plan_get_title (plan));
  year_text = g_strdup_printf ("%d", kj_chart_get_year (chart) > 0 ? kj_chart_get_year (chart)
                                                                    : year);
  kj_format_append_slug (name, year_text);
  if (name->len == 0)
    g_string_append (name, "chart");
  g_string_append_printf (name, ".%s", extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}
