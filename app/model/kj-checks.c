/* kj-checks.c: arithmetic and consistency checks of a plan
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports do not get corrected silently: every printed figure that disagrees
 * with the file's own numbers becomes a finding with the JSON path of the
 * figure and a sentence a planner can act on.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kj-checks-private.h"
#include "kj-format.h"
#include "kj-path.h"

typedef KjChecker Checker;

KjDiagnostic *
_kj_check_add (KjChecker  *k,
               KjSeverity  severity,
               const char *path,
               const char *format,
               ...)
{
  g_autofree char *message = NULL;
  KjDiagnostic *d;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  d = kj_diagnostic_new (severity, kj_plan_get_display_name (k->plan), path, message);
  g_ptr_array_add (k->findings, d);
  return d;
}

#define add(k, severity, path, ...) ((void) _kj_check_add (k, severity, path, __VA_ARGS__))

/**
 * kj_printed_value_differs:
 * Whether @computed falls outside what @printed stands for at the precision it
 * was printed with: 84.96 stands for [84.955, 84.965].
 */
gboolean
kj_printed_value_differs (double printed,
                          double computed)
{
  return kj_printed_differs_at (printed, kj_printed_decimals (printed), computed);
}

/* Labels match without regard to case or repeated spaces. */
char *
_kj_fold_label (const char *label)
{
  g_autofree char *folded = g_utf8_casefold (label, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

gboolean
_kj_same_label (const char *a,
                const char *b)
{
  g_autofree char *x = _kj_fold_label (a);
  g_autofree char *y = _kj_fold_label (b);

  return g_str_equal (x, y);
}

static char *
num (double value)
{
  return kj_format_number (value, kj_printed_decimals (value) > 2 ? kj_printed_decimals (value)
                                                                  : kj_format_auto_decimals (value));
}

static void
check_year (Checker    *k,
            const char *parent,
            const char *key,
            int         year)
{
  int first = kj_plan_get_first_year (k->plan), last = kj_plan_get_last_year (k->plan);

  if (year < first || year > last)
    {
      g_autofree char *path = kj_path_member (parent, key);
      add (k, KJ_SEVERITY_WARNING, path, _("Year %d lies outside the plan period %d–%d."),
           year, first, last);
    }
}

/* A value against the range and bands of the scale that classifies it. */
static void
check_in_scale (Checker     *k,
                KjIndicator *ind,
                KjScale     *scale,
                const char *path,
                const char *what,
                double      value)
{
  double lo, hi;
  g_autofree char *v = NULL, *l = NULL, *h = NULL;

  if (scale == NULL || isnan (value) || kj_scale_contains (scale, value))
    return;
  kj_scale_get_range (scale, &lo, &hi);
  v = kj_indicator_format_value (ind, value);
  l = num (lo);
  h = num (hi);
  if ((!isnan (lo) && value < lo) || (!isnan (hi) && value > hi))
    /* Translators: "The realisation 7 lies outside the scale dektara (25–100)." */
    add (k, KJ_SEVERITY_ERROR, path, _("The %s %s lies outside the scale %s (%s–%s)."),
         what, v, kj_scale_get_id (scale), l, h);
  else
    add (k, KJ_SEVERITY_WARNING, path, _("The %s %s falls between the bands of the scale %s."),
         what, v, kj_scale_get_id (scale));
}

static void
check_achievement (Checker    *k,
                   const char *path,
                   double      printed,
                   gboolean    defined,
                   double      computed,
                   double      cap)
{
  g_autofree char *p = NULL, *c = NULL;

  if (isnan (printed))
    return;
  p = kj_format_number (printed, kj_printed_decimals (printed));
  if (!defined)
    {
      add (k, KJ_SEVERITY_NOTE, path,
           _("The printed achievement %s%% cannot be checked: the target or realisation is "
             "missing, or the divisor is 0."), p);
      return;
    }
  if (!kj_printed_value_differs (printed, computed)
      || (!isnan (cap) && !kj_printed_value_differs (printed, MIN (computed, cap))))
    return;
  /* as every view shows an achievement: 2 decimals, or as many as printed;
   * the computed figure lies outside what the printed one stands for, so at
   * that precision the two always read differently */
  c = kj_format_number (computed, MAX (2, kj_printed_decimals (printed)));
  add (k, KJ_SEVERITY_WARNING, path,
       _("The printed achievement %s%% does not match %s%% computed from the target and "
         "realisation."), p, c);
}

static void
check_indicator (Checker     *k,
                 KjIndicator *ind)
{
  g_autofree char *path = kj_path_index ("indicators", kj_indicator_get_index (ind));
  g_autofree char *years_path = kj_path_member (path, "years");
  g_autofree char *breakdown_path = kj_path_member (path, "breakdown");
  const char *scale_id = kj_indicator_get_value_scale_id (ind);
  KjScale *scale = kj_indicator_get_value_scale (ind);
  GPtrArray *years = kj_indicator_get_years (ind);
  GPtrArray *breakdown = kj_indicator_get_breakdown_years (ind);

  if (scale_id && scale == NULL)
    {
      g_autofree char *p = kj_path_member (path, "value_scale");
      add (k, KJ_SEVERITY_ERROR, p,
           _("The scale \"%s\" is neither defined in this file nor built in; the values of "
             "this indicator cannot be categorised."), scale_id);
    }

  for (guint i = 0; i < years->len; i++)
    {
      const KjYearValue *v = g_ptr_array_index (years, i);
      g_autofree char *key = g_strdup_printf ("%d", v->year);
      g_autofree char *ypath = kj_path_member (years_path, key);
      double achievement;
      gboolean defined = kj_indicator_get_achievement (ind, v->year, &achievement);

      check_year (k, years_path, key, v->year);
      if (scale)
        {
          g_autofree char *tpath = kj_path_member (ypath, "target");
          g_autofree char *rpath = kj_path_member (ypath, "realization");
          check_in_scale (k, ind, scale, tpath, _("target"), v->target);
          check_in_scale (k, ind, scale, rpath, _("realisation"), v->realization);
        }
      {
        g_autofree char *apath = kj_path_member (ypath, "reported_achievement");
        check_achievement (k, apath, v->reported_achievement, defined, achievement,
                           kj_indicator_get_achievement_cap (ind));
      }
      if (v->reported_category)
        {
          g_autofree char *cpath = kj_path_member (ypath, "reported_category");
          const char *computed = kj_indicator_get_category (ind, v->year, NULL);

          if (computed == NULL && kj_indicator_category_in_gap (ind, v->year))
            add (k, KJ_SEVERITY_WARNING, cpath,
                 _("The printed category “%s” does not match: the value to classify falls "
                   "between the bands of its scale, in no category."), v->reported_category);
          else if (computed == NULL && (scale || !scale_id))
            add (k, KJ_SEVERITY_NOTE, cpath,
                 _("The printed category “%s” cannot be checked: the value to classify is "
                   "missing or outside the scale."), v->reported_category);
          else if (computed && !_kj_same_label (computed, v->reported_category))
            add (k, KJ_SEVERITY_WARNING, cpath,
                 _("The printed category “%s” does not match “%s” computed from the %s."),
                 v->reported_category, computed,
                 scale ? _("value and its scale") : _("achievement"));
        }
      if (kj_has (v->realization) && !kj_has (v->target) && !kj_has (v->reported_achievement))
        add (k, KJ_SEVERITY_NOTE, ypath,
             _("A realisation without a target: the achievement cannot be computed."));
      /* the LKIP explains a missed target: its obstacles (narrative), in a
       * file that holds the year's analysis (not a plan without one) */
      if (defined && achievement < 100
          && g_hash_table_contains (k->analysed_years, GINT_TO_POINTER (v->year))
          && (v->narrative == NULL || v->narrative->obstacles == NULL || v->narrative->obstacles[0] == NULL))
        {
          g_autofree char *percent = kj_format_percent (achievement, 2);
          g_autofree char *npath = kj_path_member (ypath, "narrative");
          add (k, KJ_SEVERITY_NOTE, npath,
               _("No explanation for a missed target: the achievement is %s and no obstacle is written."),
               percent);
        }
    }

  for (guint i = 0; i < breakdown->len; i++)
    {
      KjYearItems *items = g_ptr_array_index (breakdown, i);
      g_autofree char *key = g_strdup_printf ("%d", items->year);
      g_autofree char *ypath = kj_path_member (breakdown_path, key);

      check_year (k, breakdown_path, key, items->year);
      for (guint j = 0; j < items->items->len; j++)
        {
          const KjBreakdownRow *row = g_ptr_array_index (items->items, j);
          g_autofree char *rpath = kj_path_index (ypath, j);
          double achievement;
          gboolean defined;

          if (scale)
            {
              g_autofree char *vpath = kj_path_member (rpath, "value");
              g_autofree char *what = g_strdup_printf (_("value of %s"), row->area);
              const char *computed = kj_indicator_classify_row (ind, row, NULL);

              check_in_scale (k, ind, scale, vpath, what, row->value);
              if (row->category && computed && !_kj_same_label (computed, row->category))
                {
                  g_autofree char *cpath = kj_path_member (rpath, "category");
                  g_autofree char *v = kj_indicator_format_value (ind, row->value);
                  add (k, KJ_SEVERITY_WARNING, cpath,
                       _("%s: the printed category “%s” does not match “%s”, the band of %s."),
                       row->area, row->category, computed, v);
                }
              else if (row->category && computed == NULL && kj_indicator_row_in_gap (ind, row))
                {
                  g_autofree char *cpath = kj_path_member (rpath, "category");
                  g_autofree char *v = kj_indicator_format_value (ind, row->value);
                  add (k, KJ_SEVERITY_WARNING, cpath,
                       _("%s: the printed category “%s” does not match: the value %s falls "
                         "between the bands of its scale, in no category."),
                       row->area, row->category, v);
                }
            }
          defined = kj_achievement_compute (kj_indicator_get_direction (ind),
                                            kj_indicator_get_lower_formula (ind),
                                            row->target, row->value, &achievement);
          if (kj_has (row->reported_achievement))
            {
              g_autofree char *apath = kj_path_member (rpath, "reported_achievement");
              check_achievement (k, apath, row->reported_achievement, defined, achievement,
                                 kj_indicator_get_achievement_cap (ind));
            }
        }
    }
}

static void
check_money (Checker    *k,
             const char *member,
             GPtrArray  *years,
             gboolean    spending)
{
  for (guint i = 0; i < years->len; i++)
    {
      KjYearItems *items = g_ptr_array_index (years, i);
      g_autofree char *key = g_strdup_printf ("%d", items->year);
      g_autofree char *ypath = kj_path_member (member, key);

      check_year (k, member, key, items->year);
      for (guint j = 0; j < items->items->len; j++)
        {
          double allocation, realization;
          const char *what;

          if (spending)
            {
              KjSpendingLine *line = g_ptr_array_index (items->items, j);
              allocation = line->allocation;
              realization = line->realization;
              what = line->category;
            }
          else
            {
              KjBudgetLine *line = g_ptr_array_index (items->items, j);
              allocation = line->allocation;
              realization = line->realization;
              what = line->kegiatan ? line->kegiatan : line->code;
            }
          if (kj_has (allocation) && kj_has (realization) && realization > allocation)
            {
              g_autofree char *lpath = kj_path_index (ypath, j);
              g_autofree char *rpath = kj_path_member (lpath, "realization");
              g_autofree char *r = kj_format_rupiah (realization);
              g_autofree char *a = kj_format_rupiah (allocation);
              add (k, KJ_SEVERITY_WARNING, rpath,
                   _("%s: the realisation %s exceeds the allocation %s."),
                   what ? what : "–", r, a);
            }
          if ((kj_has (allocation) && allocation < 0) || (kj_has (realization) && realization < 0))
            {
              g_autofree char *lpath = kj_path_index (ypath, j);
              add (k, KJ_SEVERITY_ERROR, lpath, _("%s: a negative amount of money."),
                   what ? what : "–");
            }
          for (int m = 0; m < 2; m++)
            {
              double amount = m == 0 ? allocation : realization;
              if (kj_has (amount) && amount != floor (amount))
                {
                  g_autofree char *lpath = kj_path_index (ypath, j);
                  g_autofree char *mpath = kj_path_member (lpath, m == 0 ? "allocation" : "realization");
                  g_autofree char *shown = kj_format_number (amount, 2);
                  add (k, KJ_SEVERITY_WARNING, mpath,
                       _("%s: %s is not a whole number of rupiah; amounts are whole rupiah."),
                       what ? what : "–", shown);
                }
            }
        }
    }
}

/**
 * kj_work_node_differs:
 * @sum: (out) (optional): the sum of the amounts of @node's children that have one
 * @with_amount: (out) (optional): how many of them have one
 *
 * The work plan's rule: a parent's amount is the sum of its children's.
 * Returns: %TRUE when @node has an amount, children with amounts, and the
 *   amount differs from their sum by half a rupiah or more
 */
gboolean
kj_work_node_differs (const KjWorkNode *node,
                      double           *sum,
                      guint            *with_amount)
{
  double s = 0;
  guint n = 0;

  for (guint i = 0; node->children && i < node->children->len; i++)
    {
      KjWorkNode *child = g_ptr_array_index (node->children, i);
      if (kj_has (child->amount))
        {
          s += child->amount;
          n++;
        }
    }
  if (sum)
    *sum = s;
  if (with_amount)
    *with_amount = n;
  return kj_has (node->amount) && n > 0 && fabs (node->amount - s) >= 0.5;
}

static void
check_work_node (Checker    *k,
                 KjWorkNode *node,
                 const char *path)
{
  double sum = 0;
  guint with_amount = 0;
  g_autofree char *children_path = kj_path_member (path, "children");

  for (guint i = 0; i < node->children->len; i++)
    {
      g_autofree char *child_path = kj_path_index (children_path, i);
      check_work_node (k, g_ptr_array_index (node->children, i), child_path);
    }
  if (kj_has (node->amount) && node->amount != floor (node->amount))
    {
      g_autofree char *apath = kj_path_member (path, "amount");
      g_autofree char *shown = kj_format_number (node->amount, 2);
      add (k, KJ_SEVERITY_WARNING, apath,
           _("%s: %s is not a whole number of rupiah; amounts are whole rupiah."),
           node->code ? node->code : "–", shown);
    }
  if (kj_work_node_differs (node, &sum, &with_amount))
    {
      g_autofree char *apath = kj_path_member (path, "amount");
      g_autofree char *a = kj_format_rupiah (node->amount);
      g_autofree char *s = kj_format_rupiah (sum);
      g_autofree char *d = kj_format_rupiah (fabs (node->amount - sum));
      g_autofree char *label = g_strdup_printf ("%s%s%s", node->code ? node->code : "",
                                                node->code && node->name ? " " : "",
                                                node->name ? node->name : "");

      if (with_amount == node->children->len)
        add (k, KJ_SEVERITY_WARNING, apath,
             _("%s: the amount %s is not the sum of its items, %s (a difference of %s)."),
             label, a, s, d);
      else
        add (k, KJ_SEVERITY_WARNING, apath,
             _("%s: the amount %s differs from the sum of its items, %s; some items have "
               "no amount."), label, a, s);
    }
}

static void
check_per_year (Checker    *k,
                const char *member,
                GPtrArray  *years)
{
  for (guint i = 0; i < years->len; i++)
    {
      KjYearItems *items = g_ptr_array_index (years, i);
      g_autofree char *key = g_strdup_printf ("%d", items->year);
      check_year (k, member, key, items->year);
    }
}

/**
 * kj_plan_check:
 * Returns: (transfer container) (element-type KjDiagnostic): the findings, in
 * document order, each with its JSON path (kj_plan_locate() adds line:column)
 */
GPtrArray *
kj_plan_check (KjPlan *plan)
{
  Checker k = { plan, g_ptr_array_new_with_free_func ((GDestroyNotify) kj_diagnostic_free),
                g_hash_table_new (NULL, NULL) };
  GPtrArray *indicators = kj_plan_get_indicators (plan);
  GPtrArray *workplan = kj_plan_get_workplan (plan);

  g_return_val_if_fail (KJ_IS_PLAN (plan), NULL);

  /* one pass over the years first: which hold an analysis anywhere */
  for (guint i = 0; i < indicators->len; i++)
    {
      GPtrArray *years = kj_indicator_get_years (g_ptr_array_index (indicators, i));
      for (guint j = 0; j < years->len; j++)
        {
          const KjYearValue *v = g_ptr_array_index (years, j);
          if (v->narrative)
            g_hash_table_add (k.analysed_years, GINT_TO_POINTER (v->year));
        }
    }
  for (guint i = 0; i < indicators->len; i++)
    check_indicator (&k, g_ptr_array_index (indicators, i));
  check_money (&k, "budget", kj_plan_get_budget (plan), FALSE);
  check_money (&k, "spending", kj_plan_get_spending (plan), TRUE);
  check_per_year (&k, "outputs", kj_plan_get_outputs (plan));
  for (guint i = 0; i < workplan->len; i++)
    {
      KjYearItems *items = g_ptr_array_index (workplan, i);
      g_autofree char *key = g_strdup_printf ("%d", items->year);
      g_autofree char *ypath = kj_path_member ("workplan", key);

      check_year (&k, "workplan", key, items->year);
      for (guint j = 0; j < items->items->len; j++)
        {
          g_autofree char *root_path = kj_path_index (ypath, j);
          check_work_node (&k, g_ptr_array_index (items->items, j), root_path);
        }
    }
  check_per_year (&k, "signatures", kj_plan_get_signatures (plan));
  _kj_check_context_totals (&k);
  _kj_check_printed (&k);
  g_hash_table_unref (k.analysed_years);
  return k.findings;
}

/* ── where a finding is ────────────────────────────────────────────────── */

static const char *
field_label (const char *member)
{
  static const struct { const char *member; const char *label; } fields[] = {
    { "target", N_("target") },
    { "realization", N_("realisation") },
    { "value", N_("value") },
    { "reported_achievement", N_("printed achievement") },
    { "reported_category", N_("printed category") },
    { "category", N_("printed category") },
    { "allocation", N_("allocation") },
    { "amount", N_("amount") },
    { "value_scale", N_("value scale") },
    { "narrative", N_("analysis") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].member, member))
      return _(fields[i].label);
  return member;
}

static int
year_of (const KjPathStep *step)
{
  char *end = NULL;
  gint64 year;

  if (step->kind != KJ_PATH_MEMBER || step->name == NULL)
    return 0;
  year = g_ascii_strtoll (step->name, &end, 10);
  return end && *end == '\0' && year > 0 && year < 10000 ? (int) year : 0;
}

/* "Budget 2024, 3247 Pemberdayaan Masyarakat" for budget.2024[1]… */
static void
describe_money (GString          *text,
                KjPlan           *plan,
                const char       *section,
                const KjPathStep *steps,
                guint             n,
                int               year)
{
  KjYearItems *items = NULL;

  if (g_str_equal (section, "budget"))
    {
      /* Translators: where a finding is: the budget (pagu) of a year */
      g_string_append_printf (text, _("Budget %d"), year);
      items = kj_year_items_find (kj_plan_get_budget (plan), year);
    }
  else if (g_str_equal (section, "spending"))
    {
      g_string_append_printf (text, _("Spending %d"), year);
      items = kj_year_items_find (kj_plan_get_spending (plan), year);
    }
  else if (g_str_equal (section, "outputs"))
    g_string_append_printf (text, _("Outputs %d"), year);
  else
    g_string_append_printf (text, _("Work plan %d"), year);
  if (items && n > 0 && steps[0].kind == KJ_PATH_INDEX && steps[0].index < items->items->len)
    {
      gpointer line = g_ptr_array_index (items->items, steps[0].index);
      const char *name = g_str_equal (section, "budget")
                         ? (((KjBudgetLine *) line)->kegiatan ? ((KjBudgetLine *) line)->kegiatan
                                                              : ((KjBudgetLine *) line)->code)
                         : ((KjSpendingLine *) line)->category;
      if (name)
        g_string_append_printf (text, ", %s", name);
    }
}

/**
 * kj_finding_place_init:
 *
 * Reads where @finding is from its path: the indicator (by its name) and the
 * year it concerns, and what there ("printed achievement", "value of Kota
 * Kupang"); the path itself where it names nothing a planner knows.
 */
void
kj_finding_place_init (KjFindingPlace     *place,
                       KjPlan             *plan,
                       const KjDiagnostic *finding)
{
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const KjPathStep *s;
  GPtrArray *indicators;

  g_return_if_fail (place != NULL && KJ_IS_PLAN (plan) && finding != NULL);

  memset (place, 0, sizeof *place);
  steps = finding->path ? kj_path_parse (finding->path) : NULL;
  if (steps == NULL || steps->len == 0)
    {
      place->text = g_strdup (finding->path ? finding->path : "");
      return;
    }
  s = &g_array_index (steps, KjPathStep, 0);
  indicators = kj_plan_get_indicators (plan);
  if (s[0].kind == KJ_PATH_MEMBER && g_str_equal (s[0].name, "indicators")
      && steps->len >= 2 && s[1].kind == KJ_PATH_INDEX && s[1].index < indicators->len)
    {
      place->indicator = g_ptr_array_index (indicators, s[1].index);
      g_string_append (text, kj_indicator_get_name (place->indicator));
      if (steps->len >= 4 && s[2].kind == KJ_PATH_MEMBER
          && (g_str_equal (s[2].name, "years") || g_str_equal (s[2].name, "breakdown"))
          && (place->year = year_of (&s[3])) != 0)
        {
          g_string_append_printf (text, ", %d", place->year);
          if (g_str_equal (s[2].name, "breakdown") && steps->len >= 5 && s[4].kind == KJ_PATH_INDEX)
            {
              GPtrArray *rows = kj_indicator_get_breakdown (place->indicator, place->year);
              if (rows && s[4].index < rows->len)
                g_string_append_printf (text, ", %s",
                                        ((KjBreakdownRow *) g_ptr_array_index (rows, s[4].index))->area);
              if (steps->len >= 6 && s[5].kind == KJ_PATH_MEMBER)
                g_string_append_printf (text, ": %s", field_label (s[5].name));
            }
          else if (steps->len >= 5 && s[4].kind == KJ_PATH_MEMBER)
            g_string_append_printf (text, ": %s", field_label (s[4].name));
        }
      else if (steps->len >= 3 && s[2].kind == KJ_PATH_MEMBER)
        g_string_append_printf (text, ": %s", field_label (s[2].name));
    }
  else if (s[0].kind == KJ_PATH_MEMBER && g_str_equal (s[0].name, "printed")
           && steps->len >= 2 && s[1].kind == KJ_PATH_INDEX
           && s[1].index < kj_plan_get_printed (plan)->len)
    {
      const KjPrinted *p = g_ptr_array_index (kj_plan_get_printed (plan), s[1].index);

      place->year = _kj_printed_year (p->of);
      if (g_str_has_prefix (p->of, "indicators["))
        {
          g_autofree char *id = g_strndup (p->of + strlen ("indicators["),
                                           strcspn (p->of + strlen ("indicators["), "]"));
          place->indicator = kj_plan_find_indicator (plan, id);
        }
      if (place->indicator)
        {
          g_string_append (text, kj_indicator_get_name (place->indicator));
          if (place->year)
            g_string_append_printf (text, ", %d", place->year);
          /* Translators: where a finding is: "Dektari, 2023: printed in Ikhtisar Eksekutif" */
          g_string_append_printf (text, _(": printed in %s"), p->where ? p->where : p->of);
        }
      else
        /* Translators: where a finding is: a figure as the document prints it, and where */
        g_string_append_printf (text, _("Printed: %s"), p->where ? p->where : p->of);
    }
  else if (s[0].kind == KJ_PATH_MEMBER && steps->len >= 2
           && (g_str_equal (s[0].name, "budget") || g_str_equal (s[0].name, "spending")
               || g_str_equal (s[0].name, "outputs") || g_str_equal (s[0].name, "workplan"))
           && (place->year = year_of (&s[1])) != 0)
    describe_money (text, plan, s[0].name, s + 2, steps->len - 2, place->year);
  else if (finding->where)
    g_string_append_printf (text, _("Printed: %s"), finding->where);
  else
    g_string_append (text, finding->path);
  place->text = g_string_free (g_steal_pointer (&text), FALSE);
}

void
kj_finding_place_clear (KjFindingPlace *place)
{
  g_clear_pointer (&place->text, g_free);
  place->indicator = NULL;
  place->year = 0;
}

/**
 * kj_findings_for_year:
 * @n_other_years: (out) (optional): how many findings concern other years
 *
 * The findings a view of @year shows: those of that year and those of no
 * year (the file as a whole). Summary cards and the findings list count the
 * same array.
 *
 * Returns: (transfer container) (element-type KjDiagnostic): the findings
 */
GPtrArray *
kj_findings_for_year (KjPlan    *plan,
                      GPtrArray *findings,
                      int        year,
                      guint     *n_other_years)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_diagnostic_free);
  guint other = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (findings, i);
      KjFindingPlace place;

      kj_finding_place_init (&place, plan, d);
      if (place.year == 0 || place.year == year)
        g_ptr_array_add (shown, kj_diagnostic_copy (d));
      else
        other++;
      kj_finding_place_clear (&place);
    }
  if (n_other_years)
    *n_other_years = other;
  return shown;
}
