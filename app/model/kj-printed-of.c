/* kj-printed-of.c: what a printed figure's "of" stands for, computed
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the path language of "of" (docs/plan-format.md, `printed`) and
 * computes the quantity it names from the plan: an indicator's figures, a
 * breakdown row, budget, spending and output totals and lines, work-plan
 * amounts, a context cell, counts of indicators; or says why it names nothing.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kj-checks-private.h"

struct _KjPrintedIndex
{
  GHashTable *built;    /* containers indexed */
  GHashTable *labels;   /* "container|folded label" → position + 1 (the first) */
  GHashTable *counts;   /* "year|what|folded label" → count + 1 */
};

KjPrintedIndex *
_kj_printed_index_new (void)
{
  KjPrintedIndex *x = g_new0 (KjPrintedIndex, 1);

  x->built = g_hash_table_new (NULL, NULL);
  x->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  x->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return x;
}

void
_kj_printed_index_free (KjPrintedIndex *x)
{
  g_hash_table_unref (x->built);
  g_hash_table_unref (x->labels);
  g_hash_table_unref (x->counts);
  g_free (x);
}

/* The label @which (0, 1) of element @i of @container, or NULL. */
typedef const char *(*LabelFn) (gconstpointer container,
                                guint         i,
                                guint         which);

static char *
label_key (gconstpointer container,
           const char   *label)
{
  g_autofree char *folded = _kj_fold_label (label);

  return g_strdup_printf ("%p|%s", container, folded);
}

/* Returns: the position of the first element of @container (@n of them)
 * with @label, or -1 */
static int
find_label (KjPrintedIndex *x,
            gconstpointer   container,
            guint           n,
            LabelFn         fn,
            const char     *label)
{
  g_autofree char *key = NULL;
  gpointer at;

  if (container == NULL)
    return -1;
  if (!g_hash_table_contains (x->built, container))
    {
      g_hash_table_add (x->built, (gpointer) container);
      for (guint i = 0; i < n; i++)
        for (guint which = 0; which < 2; which++)
          {
            const char *l = fn (container, i, which);
            char *k;

            if (l == NULL)
              continue;
            k = label_key (container, l);
            if (g_hash_table_contains (x->labels, k))
              g_free (k);
            else
              g_hash_table_insert (x->labels, k, GUINT_TO_POINTER (i + 1));
          }
    }
  key = label_key (container, label);
  at = g_hash_table_lookup (x->labels, key);
  return at ? (int) GPOINTER_TO_UINT (at) - 1 : -1;
}

static const char *
row_label (gconstpointer c, guint i, guint which)
{
  const KjBreakdownRow *r = g_ptr_array_index ((GPtrArray *) c, i);
  return which == 0 ? r->area : r->satker;
}

static const char *
budget_label (gconstpointer c, guint i, guint which)
{
  const KjBudgetLine *l = g_ptr_array_index ((GPtrArray *) c, i);
  return which == 0 ? l->kegiatan : l->code;
}

static const char *
spending_label (gconstpointer c, guint i, guint which)
{
  const KjSpendingLine *l = g_ptr_array_index ((GPtrArray *) c, i);
  return which == 0 ? l->category : NULL;
}

static const char *
output_label (gconstpointer c, guint i, guint which)
{
  const KjOutputLine *l = g_ptr_array_index ((GPtrArray *) c, i);
  return which == 0 ? l->name : NULL;
}

static const char *
node_label (gconstpointer c, guint i, guint which)
{
  const KjWorkNode *n = g_ptr_array_index ((GPtrArray *) c, i);
  return which == 0 ? n->code : NULL;
}

static const char *
table_label (gconstpointer c, guint i, guint which)
{
  const KjContextTable *t = g_ptr_array_index ((GPtrArray *) c, i);
  return which == 0 ? t->id : NULL;
}

static const char *
cells_label (gconstpointer c, guint i, guint which)
{
  return which == 0 ? _kj_row_label (g_ptr_array_index ((GPtrArray *) c, i)) : NULL;
}

static const char *
column_label (gconstpointer c, guint i, guint which)
{
  return which == 0 ? ((const char * const *) c)[i] : NULL;
}

typedef struct
{
  char *name;
  char *key;            /* the text inside […], or NULL */
} Seg;

static void
seg_clear (gpointer data)
{
  Seg *s = data;
  g_free (s->name);
  g_free (s->key);
}

void
_kj_quantity_clear (KjQuantity *q)
{
  g_free (q->what);
  g_free (q->source);
  g_free (q->why);
}

/* "indicators[nka].years.2023.achievement" → indicators{nka} years 2023 achievement;
 * after context[ID].rows[LABEL]. the rest is the column's name, dots and all. */
static GArray *
parse_of (const char *of)
{
  GArray *segs = g_array_new (FALSE, TRUE, sizeof (Seg));
  const char *p = of;

  g_array_set_clear_func (segs, seg_clear);
  while (*p)
    {
      Seg s = { NULL, NULL };
      const char *start = p;

      if (segs->len == 2 && g_str_equal (g_array_index (segs, Seg, 0).name, "context")
          && g_str_equal (g_array_index (segs, Seg, 1).name, "rows"))
        {
          s.name = g_strdup (p);
          g_array_append_val (segs, s);
          return segs;
        }
      while (*p && *p != '.' && *p != '[')
        p++;
      s.name = g_strndup (start, p - start);
      if (*p == '[')
        {
          const char *close = strchr (p + 1, ']');
          if (close == NULL)
            {
              g_free (s.name);
              goto bad;
            }
          s.key = g_strndup (p + 1, close - p - 1);
          p = close + 1;
        }
      g_array_append_val (segs, s);
      if (*s.name == '\0' && segs->len > 1 && s.key == NULL)
        goto bad;
      if (*p == '.')
        {
          p++;
          if (*p == '\0')
            goto bad;
        }
      else if (*p != '\0')
        goto bad;
    }
  if (segs->len == 0)
    goto bad;
  return segs;

bad:
  g_array_unref (segs);
  return NULL;
}

static int
parse_year (const char *s)
{
  if (s == NULL || strlen (s) != 4 || !g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1])
      || !g_ascii_isdigit (s[2]) || !g_ascii_isdigit (s[3]))
    return 0;
  return atoi (s);
}

/**
 * _kj_printed_year:
 * Returns: the year an "of" path concerns, or 0
 */
int
_kj_printed_year (const char *of)
{
  g_autoptr(GArray) segs = of ? parse_of (of) : NULL;

  for (guint i = 0; segs && i < segs->len; i++)
    {
      int year = parse_year (g_array_index (segs, Seg, i).name);
      if (year)
        return year;
    }
  return 0;
}

#define SEG(i) (&g_array_index (segs, Seg, (i)))

static void
nothing (KjQuantity   *q,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
nothing (KjQuantity   *q,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_free (q->why);
  q->why = g_strdup_vprintf (format, args);
  va_end (args);
  q->named = FALSE;
}

static void
no_value (KjQuantity   *q,
          const char *why)
{
  q->named = TRUE;
  q->has = FALSE;
  g_free (q->why);
  q->why = g_strdup (why);
}

static void
set_number (KjQuantity *q,
            double    value,
            QKind     kind,
            const char *missing)
{
  q->named = TRUE;
  q->kind = kind;
  if (isnan (value))
    no_value (q, missing);
  else
    {
      q->has = TRUE;
      q->number = value;
    }
}

static const char *
field_word (const char *field)
{
  static const struct { const char *field; const char *word; } fields[] = {
    { "target", N_("target") }, { "realization", N_("realisation") },
    { "achievement", N_("achievement") }, { "category", N_("category") },
    { "value", N_("value") }, { "allocation", N_("allocation") },
    { "remaining", N_("remaining funds") }, { "absorption", N_("absorption") },
    { "remaining_share", N_("share of funds remaining") }, { "amount", N_("amount") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].field, field))
      return _(fields[i].word);
  return field;
}

/* indicators[ID].years.YEAR.FIELD and indicators[ID].breakdown.YEAR[AREA].FIELD */
static void
eval_indicator (KjPlan   *plan,
                GArray   *segs,
                KjQuantity *q)
{
  KjIndicator *ind = kj_plan_find_indicator (plan, SEG (0)->key);
  const char *field;
  int year;

  if (ind == NULL)
    return nothing (q, _("the file has no indicator “%s”"), SEG (0)->key);
  if (segs->len != 4 || (year = parse_year (SEG (2)->name)) == 0)
    return nothing (q, _("expected indicators[ID].years.YEAR.FIELD or "
                         "indicators[ID].breakdown.YEAR[AREA].FIELD"));
  field = SEG (3)->name;
  if (g_str_equal (SEG (1)->name, "years") && SEG (2)->key == NULL)
    {
      const KjYearValue *v = kj_indicator_get_year (ind, year);
      double achievement, cap = kj_indicator_get_achievement_cap (ind);

      if (v == NULL)
        return nothing (q, _("the indicator “%s” has no data for %d"), SEG (0)->key, year);
      q->what = g_strdup_printf (_("the %s of %s in %d"), field_word (field),
                                 kj_indicator_get_name (ind), year);
      if (g_str_equal (field, "target") || g_str_equal (field, "realization"))
        {
          q->source = g_strdup (_("the indicator's own figures"));
          set_number (q, g_str_equal (field, "target") ? v->target : v->realization, Q_PLAIN,
                      _("the file has no such figure"));
        }
      else if (g_str_equal (field, "achievement"))
        {
          q->source = g_strdup (_("the target and realisation"));
          set_number (q, kj_indicator_get_achievement (ind, year, &achievement) ? achievement : NAN,
                      Q_PERCENT, _("the target or realisation is missing, or the divisor is 0"));
          if (q->has && !isnan (cap) && achievement > cap)
            q->alt = cap;
        }
      else if (g_str_equal (field, "category"))
        {
          q->named = TRUE;
          q->is_label = TRUE;
          q->source = g_strdup (kj_indicator_get_value_scale_id (ind) ? _("the value and its scale")
                                                                      : _("the achievement"));
          q->label = kj_indicator_get_category (ind, year, NULL);
          q->gap = q->label == NULL && kj_indicator_category_in_gap (ind, year);
          if (q->label || q->gap)
            q->has = TRUE;
          else
            no_value (q, _("the value to classify is missing or outside the scale"));
        }
      else
        nothing (q, _("“%s” is not target, realization, achievement or category"), field);
      return;
    }
  if (g_str_equal (SEG (1)->name, "breakdown") && SEG (2)->key != NULL)
    {
      GPtrArray *rows = kj_indicator_get_breakdown (ind, year);
      const KjBreakdownRow *row = NULL;
      double achievement;
      int at = rows ? find_label (q->index, rows, rows->len, row_label, SEG (2)->key) : -1;

      if (at >= 0)
        row = g_ptr_array_index (rows, at);
      if (row == NULL)
        return nothing (q, _("the breakdown of “%s” in %d has no row “%s”"), SEG (0)->key,
                        year, SEG (2)->key);
      q->what = g_strdup_printf (_("the %s of %s in %s, %d"), field_word (field), row->area,
                                 kj_indicator_get_name (ind), year);
      q->source = g_strdup (_("the row's figures"));
      if (g_str_equal (field, "value") || g_str_equal (field, "target"))
        set_number (q, g_str_equal (field, "value") ? row->value : row->target, Q_PLAIN,
                    _("the row has no such figure"));
      else if (g_str_equal (field, "achievement"))
        set_number (q, kj_achievement_compute (kj_indicator_get_direction (ind),
                                               kj_indicator_get_lower_formula (ind),
                                               row->target, row->value, &achievement)
                       ? achievement : NAN,
                    Q_PERCENT, _("the row's target or value is missing, or the divisor is 0"));
      else if (g_str_equal (field, "category"))
        {
          q->named = TRUE;
          q->is_label = TRUE;
          q->label = kj_indicator_classify_row (ind, row, NULL);
          q->gap = q->label == NULL && kj_indicator_row_in_gap (ind, row);
          if (q->label || q->gap)
            q->has = TRUE;
          else
            no_value (q, _("the value to classify is missing or outside the scale"));
        }
      else
        nothing (q, _("“%s” is not value, target, achievement or category"), field);
      return;
    }
  nothing (q, _("expected indicators[ID].years.YEAR.FIELD or "
                "indicators[ID].breakdown.YEAR[AREA].FIELD"));
}

static void count_into (GPtrArray  *indicators,
                        int         year,
                        const char *what,
                        const char *label,
                        int        *out);

/* indicators.count and indicators.YEAR.met_target|above_target|below_target|category[LABEL] */
static void
eval_counts (KjPlan   *plan,
             GArray   *segs,
             KjQuantity *q)
{
  GPtrArray *indicators = kj_plan_get_indicators (plan);
  const char *what;
  int year, count = 0;

  q->kind = Q_COUNT;
  if (segs->len == 2 && g_str_equal (SEG (1)->name, "count") && SEG (1)->key == NULL)
    {
      q->what = g_strdup (_("the number of indicators"));
      q->source = g_strdup (_("the indicators in the file"));
      set_number (q, indicators->len, Q_COUNT, NULL);
      return;
    }
  if (segs->len != 3 || (year = parse_year (SEG (1)->name)) == 0 || SEG (1)->key)
    return nothing (q, _("expected indicators.count or indicators.YEAR.met_target, "
                         "above_target, below_target or category[LABEL]"));
  what = SEG (2)->name;
  if (g_str_equal (what, "category") && SEG (2)->key)
    q->what = g_strdup_printf (_("the number of indicators in the category “%s” in %d"),
                               SEG (2)->key, year);
  else if (g_str_equal (what, "count") && !SEG (2)->key)
    q->what = g_strdup_printf (_("the number of indicators measured in %d"), year);
  else if (g_str_equal (what, "met_target") && !SEG (2)->key)
    q->what = g_strdup_printf (_("the number of indicators that met their target in %d"), year);
  else if (g_str_equal (what, "above_target") && !SEG (2)->key)
    q->what = g_strdup_printf (_("the number of indicators above their target in %d"), year);
  else if (g_str_equal (what, "below_target") && !SEG (2)->key)
    q->what = g_strdup_printf (_("the number of indicators below their target in %d"), year);
  else
    return nothing (q, _("“%s” is not count, met_target, above_target, below_target or "
                         "category[LABEL]"), what);
  {
    g_autofree char *folded = SEG (2)->key ? _kj_fold_label (SEG (2)->key) : NULL;
    char *key = g_strdup_printf ("%d|%s|%s", year, what, folded ? folded : "");
    gpointer known = g_hash_table_lookup (q->index->counts, key);

    if (known)
      {
        g_free (key);
        q->source = g_strdup (_("the indicators' achievements"));
        set_number (q, GPOINTER_TO_INT (known) - 1, Q_COUNT, NULL);
        return;
      }
    count_into (indicators, year, what, SEG (2)->key, &count);
    g_hash_table_insert (q->index->counts, key, GINT_TO_POINTER (count + 1));
  }
  q->source = g_strdup (_("the indicators' achievements"));
  set_number (q, count, Q_COUNT, NULL);
}

static void
count_into (GPtrArray  *indicators,
            int         year,
            const char *what,
            const char *label,
            int        *out)
{
  int count = 0;

  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *ind = g_ptr_array_index (indicators, i);
      double a;

      if (!kj_indicator_get_achievement (ind, year, &a))
        continue;
      if (g_str_equal (what, "category"))
        {
          const char *band = kj_indicator_get_achievement_category (ind, year, NULL);
          count += band && _kj_same_label (band, label);
        }
      else if (g_str_equal (what, "count"))
        count++;
      else if (g_str_equal (what, "met_target"))
        count += a >= 100;
      else if (g_str_equal (what, "above_target"))
        count += a > 100;
      else
        count += a < 100;
    }
  *out = count;
}

/* budget.YEAR[KEY].FIELD, spending.YEAR[KEY].FIELD, outputs.YEAR[NAME].FIELD */
static void
eval_money (KjPlan   *plan,
            GArray   *segs,
            KjQuantity *q)
{
  const char *section = SEG (0)->name, *field, *key;
  gboolean spending = g_str_equal (section, "spending"), outputs = g_str_equal (section, "outputs");
  GPtrArray *years = outputs ? kj_plan_get_outputs (plan)
                     : spending ? kj_plan_get_spending (plan) : kj_plan_get_budget (plan);
  KjYearItems *items;
  double allocation = 0, realization = 0;
  gboolean all_a = TRUE, all_r = TRUE, found = FALSE;
  guint n_a = 0, n_r = 0, from, to;
  g_autofree char *subject = NULL;
  int year;

  if (segs->len != 3 || SEG (0)->key || (year = parse_year (SEG (1)->name)) == 0 || SEG (2)->key)
    return nothing (q, _("expected %s.YEAR.FIELD or %s.YEAR[NAME].FIELD"), section, section);
  key = SEG (1)->key;
  field = SEG (2)->name;
  items = kj_year_items_find (years, year);
  if (items == NULL || items->items->len == 0)
    return nothing (q, _("the file has no %s for %d"), section, year);
  if (outputs && key == NULL)
    return nothing (q, _("expected outputs.YEAR[NAME].FIELD"));
  from = 0, to = items->items->len;
  if (key)
    {
      int at = find_label (q->index, items->items, items->items->len,
                           outputs ? output_label : spending ? spending_label : budget_label, key);
      if (at < 0)
        to = 0;
      else
        from = at, to = at + 1;
    }
  for (guint i = from; i < to; i++)
    {
      gpointer item = g_ptr_array_index (items->items, i);
      double a, r;
      const char *name, *code = NULL;

      if (outputs)
        {
          KjOutputLine *o = item;
          a = o->target, r = o->realization, name = o->name;
        }
      else if (spending)
        {
          KjSpendingLine *s = item;
          a = s->allocation, r = s->realization, name = s->category;
        }
      else
        {
          KjBudgetLine *b = item;
          a = b->allocation, r = b->realization, name = b->kegiatan, code = b->code;
        }
      found = TRUE;
      if (kj_has (a))
        allocation += a, n_a++;
      else
        all_a = FALSE;
      if (kj_has (r))
        realization += r, n_r++;
      else
        all_r = FALSE;
      if (key)
        {
          subject = g_strdup (name ? name : code);
          break;
        }
    }
  if (!found)
    return nothing (q, _("the %s of %d has no line “%s”"), section, year, key);
  if (subject == NULL)
    subject = g_strdup (spending ? _("all spending") : _("the whole budget"));
  /* one line: its own amounts; a total with lines that lack the amount:
   * what the present ones add up to, which a printed total that agrees with
   * it matches and one that does not cannot be called a slip */
  if (key || outputs || n_a == 0)
    allocation = all_a ? allocation : NAN;
  if (key || outputs || n_r == 0)
    realization = all_r ? realization : NAN;
  if (!key && !outputs)
    q->partial = g_str_equal (field, "allocation") ? !all_a
                 : g_str_equal (field, "realization") ? !all_r : !all_a || !all_r;
  q->what = g_strdup_printf (_("the %s of %s, %d"), field_word (field), subject, year);
  if (outputs)
    {
      double achievement;
      q->source = g_strdup (_("the output's figures"));
      if (g_str_equal (field, "target") || g_str_equal (field, "realization"))
        set_number (q, g_str_equal (field, "target") ? allocation : realization, Q_PLAIN,
                    _("the output has no such figure"));
      else if (g_str_equal (field, "achievement"))
        set_number (q, kj_achievement_compute (KJ_DIRECTION_HIGHER_IS_BETTER, KJ_LOWER_FORMULA_INVERSE,
                                               allocation, realization, &achievement)
                       ? achievement : NAN,
                    Q_PERCENT, _("the target or realisation is missing, or the target is 0"));
      else
        nothing (q, _("“%s” is not target, realization or achievement"), field);
      return;
    }
  q->source = g_strdup (key ? _("the line's figures") : _("the sum of the lines"));
  if (g_str_equal (field, "allocation"))
    set_number (q, allocation, Q_MONEY, key ? _("the line has no allocation")
                                                   : _("no line has an allocation"));
  else if (g_str_equal (field, "realization"))
    set_number (q, realization, Q_MONEY, key ? _("the line has no realisation")
                                                     : _("no line has a realisation"));
  else if (g_str_equal (field, "remaining"))
    {
      g_free (q->source);
      q->source = g_strdup (_("allocation − realisation"));
      set_number (q, allocation - realization, Q_MONEY,
                  _("an allocation or realisation is missing"));
    }
  else if (g_str_equal (field, "absorption") || g_str_equal (field, "remaining_share"))
    {
      gboolean absorption = g_str_equal (field, "absorption");
      g_free (q->source);
      q->source = g_strdup (absorption ? _("realisation ÷ allocation")
                                       : _("(allocation − realisation) ÷ allocation"));
      set_number (q, allocation > 0 ? (absorption ? realization : allocation - realization)
                                      / allocation * 100 : NAN,
                  Q_PERCENT, _("an allocation or realisation is missing, or the allocation is 0"));
    }
  else
    nothing (q, _("“%s” is not allocation, realization, remaining, absorption or "
                  "remaining_share"), field);
}

static KjWorkNode *
find_node (KjPrintedIndex *x,
           GPtrArray      *nodes,
           const char     *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes, "/", -1);
  KjWorkNode *node = NULL;

  for (guint p = 0; parts[p]; p++)
    {
      KjWorkNode *next = NULL;
      int at = nodes ? find_label (x, nodes, nodes->len, node_label, parts[p]) : -1;

      if (at >= 0)
        next = g_ptr_array_index (nodes, at);
      if (next == NULL)
        return NULL;
      node = next;
      nodes = node->children;
    }
  return node;
}

/* workplan.YEAR.amount, workplan.YEAR[CODE/CODE].amount */
static void
eval_workplan (KjPlan   *plan,
               GArray   *segs,
               KjQuantity *q)
{
  KjYearItems *items;
  int year;

  if (segs->len != 3 || SEG (0)->key || (year = parse_year (SEG (1)->name)) == 0
      || !g_str_equal (SEG (2)->name, "amount") || SEG (2)->key)
    return nothing (q, _("expected workplan.YEAR.amount or workplan.YEAR[CODE/CODE].amount"));
  items = kj_year_items_find (kj_plan_get_workplan (plan), year);
  if (items == NULL || items->items->len == 0)
    return nothing (q, _("the file has no work plan for %d"), year);
  if (SEG (1)->key)
    {
      KjWorkNode *node = find_node (q->index, items->items, SEG (1)->key);
      if (node == NULL)
        return nothing (q, _("the work plan of %d has no item “%s”"), year, SEG (1)->key);
      q->what = g_strdup_printf (_("the amount of %s%s%s in the work plan of %d"),
                                 node->code ? node->code : "", node->code && node->name ? " " : "",
                                 node->name ? node->name : "", year);
      q->source = g_strdup (_("the work plan"));
      set_number (q, node->amount, Q_MONEY, _("the item has no amount"));
      return;
    }
  {
    double sum = 0;
    gboolean all = TRUE;
    for (guint i = 0; i < items->items->len; i++)
      {
        KjWorkNode *n = g_ptr_array_index (items->items, i);
        if (kj_has (n->amount))
          sum += n->amount;
        else
          all = FALSE;
      }
    q->what = g_strdup_printf (_("the total of the work plan of %d"), year);
    q->source = g_strdup (_("the sum of its top-level items"));
    set_number (q, all ? sum : NAN, Q_MONEY, _("some top-level items have no amount"));
  }
}

/* context[ID].rows[LABEL].COLUMN */
static void
eval_context (KjPlan   *plan,
              GArray   *segs,
              KjQuantity *q)
{
  GPtrArray *tables = kj_plan_get_context (plan);
  KjContextTable *table = NULL;
  GArray *row = NULL;
  int column = -1;

  if (segs->len != 3 || SEG (0)->key == NULL || !g_str_equal (SEG (1)->name, "rows")
      || SEG (1)->key == NULL)
    return nothing (q, _("expected context[ID].rows[LABEL].COLUMN"));
  {
    int at = find_label (q->index, tables, tables->len, table_label, SEG (0)->key);
    if (at >= 0)
      table = g_ptr_array_index (tables, at);
  }
  if (table == NULL)
    return nothing (q, _("the file has no context table “%s”"), SEG (0)->key);
  {
    int at = find_label (q->index, table->rows, table->rows->len, cells_label, SEG (1)->key);
    if (at >= 0)
      row = g_ptr_array_index (table->rows, at);
    if (table->columns)
      column = find_label (q->index, table->columns, g_strv_length ((char **) table->columns),
                           column_label, SEG (2)->name);
  }
  if (row == NULL)
    return nothing (q, _("the table “%s” has no row “%s”"), SEG (0)->key, SEG (1)->key);
  if (column < 0 || (guint) column >= row->len)
    return nothing (q, _("the table “%s” has no column “%s”"), SEG (0)->key, SEG (2)->name);
  q->what = g_strdup_printf (_("“%s”, %s, in the table %s"), SEG (1)->key, SEG (2)->name,
                             table->title ? table->title : table->id);
  q->source = g_strdup (_("the table"));
  set_number (q, g_array_index (row, KjCell, column).number, Q_PLAIN,
              _("the cell holds no number"));
}

void
_kj_printed_evaluate (KjPlan         *plan,
                      const char     *of,
                      KjPrintedIndex *index,
                      KjQuantity     *q)
{
  g_autoptr(GArray) segs = parse_of (of);
  const char *head;

  memset (q, 0, sizeof *q);
  q->alt = NAN;
  q->index = index;
  if (segs == NULL)
    return nothing (q, _("it is not a quantity in the path language of the format"));
  head = SEG (0)->name;
  if (g_str_equal (head, "indicators") && SEG (0)->key)
    eval_indicator (plan, segs, q);
  else if (g_str_equal (head, "indicators"))
    eval_counts (plan, segs, q);
  else if (g_str_equal (head, "budget") || g_str_equal (head, "spending")
           || g_str_equal (head, "outputs"))
    eval_money (plan, segs, q);
  else if (g_str_equal (head, "workplan"))
    eval_workplan (plan, segs, q);
  else if (g_str_equal (head, "context"))
    eval_context (plan, segs, q);
  else
    nothing (q, _("“%s” is not indicators, budget, spending, outputs, workplan or context"),
             head);
}

