/* kj-checks-printed.c: each figure the document prints, against the data
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The top-level "printed" array records figures as the source document
 * prints them, each with the quantity it stands for ("of", a small path
 * language: docs/plan-format.md).  Each is compared with the quantity computed
 * from the file at the printed precision; digits are compared with number
 * words; figures of one quantity that the data cannot decide are compared
 * with each other.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kj-checks-private.h"
#include "kj-format.h"
#include "kj-path.h"

/* ── comparing ─────────────────────────────────────────────────────────── */

static char *
format_q (QKind  kind,
          double value,
          int    decimals)
{
  decimals = MAX (decimals, 0);   /* "15,25 miliar" is precise to 10⁷; shown in full */
  switch (kind)
    {
    case Q_MONEY:
      if (decimals == 0)
        return kj_format_rupiah (value);
      {
        g_autofree char *n = kj_format_number (value, decimals);
        return g_strdup_printf ("Rp %s", n);
      }
    case Q_PERCENT:
      return kj_format_percent (value, decimals);
    case Q_COUNT:
      return kj_format_number (value, 0);
    case Q_PLAIN:
    default:
      return kj_format_number (value, decimals);
    }
}

static char *
format_difference (QKind  kind,
                   double difference,
                   int    decimals)
{
  if (kind == Q_PERCENT)
    {
      g_autofree char *n = kj_format_number (difference, MAX (decimals, 0));
      /* Translators: a difference between two percentages */
      return g_strdup_printf (_("%s percentage points"), n);
    }
  return format_q (kind, difference, decimals);
}

/* The printed figure as the message quotes it: its text, else its value. */
static char *
quote_printed (const KjPrinted *p,
               QKind            kind)
{
  g_autofree char *v = NULL;

  if (p->text)
    return g_strdup_printf ("“%s”", p->text);
  if (p->label)
    return g_strdup_printf ("“%s”", p->label);
  v = format_q (kind, p->value, p->decimals);
  return g_strdup_printf ("“%s”", v);
}

static KjDiagnostic *
add_at (KjChecker       *k,
        const KjPrinted *p,
        KjSeverity       severity,
        const char      *member,
        const char      *message)
{
  g_autofree char *entry = kj_path_index ("printed", p->index);
  g_autofree char *path = kj_path_member (entry, member);
  KjDiagnostic *d = _kj_check_add (k, severity, path, "%s", message);

  d->where = g_strdup (p->where);
  return d;
}

/* The number the document prints and its precision: the text's digits when
 * it has them (else its number words), else the value as written in the file.
 * @digits: what the text prints in digits, for the words to agree with */
static void
printed_number (KjChecker       *k,
                const KjPrinted *p,
                double          *number,
                int             *decimals,
                double          *digits)
{
  double t;
  int td;
  gint64 said;

  *number = *digits = p->value;
  *decimals = p->decimals;
  if (p->text == NULL)
    return;
  if (kj_printed_text_number (p->text, p->value, &t, &td))
    *digits = t;
  else if (kj_number_words_find (p->text, &said, NULL))
    {
      t = (double) said;
      td = 0;
      *number = *digits = t;
    }
  else
    return;
  if (kj_printed_differs_at (t, td, p->value))
    {
      g_autofree char *v = kj_format_number (p->value, p->decimals);
      g_autofree char *n = kj_format_number (t, MAX (td, 0));
      g_autofree char *msg = g_strdup_printf (_("The printed text “%s” reads %s, but the "
                                                "value recorded with it is %s."),
                                              p->text, n, v);
      add_at (k, p, KJ_SEVERITY_WARNING, "value", msg);
    }
  *decimals = td;
}

/* "4 (lima)": the digits and the words of one text must agree. */
static void
check_words (KjChecker       *k,
             const KjPrinted *p,
             double           digits)
{
  g_autofree char *words = NULL;
  double t;
  int td;
  gint64 said;

  if (p->text == NULL || !kj_printed_text_number (p->text, p->value, &t, &td)
      || !kj_number_words_in_parentheses (p->text, &said, &words))
    return;
  if ((double) said != digits)
    {
      g_autofree char *d = kj_format_number (digits, MAX (td, 0));
      g_autofree char *w = kj_format_number ((double) said, 0);
      g_autofree char *msg = NULL;

      if (p->where)
        msg = g_strdup_printf (_("%s prints “%s”: the digits say %s, the words “%s” say %s."),
                               p->where, p->text, d, words, w);
      else
        msg = g_strdup_printf (_("The document prints “%s”: the digits say %s, the words “%s” "
                                 "say %s."), p->text, d, words, w);
      add_at (k, p, KJ_SEVERITY_WARNING, "text", msg);
    }
}

static void
check_one (KjChecker       *k,
           const KjPrinted *p,
           const KjQuantity  *q,
           gboolean        *compared)
{
  g_autofree char *printed = quote_printed (p, q->kind);
  g_autofree char *msg = NULL;
  const char *where = p->where;
  double number = p->value, digits = p->value;
  int decimals = p->decimals;

  *compared = FALSE;
  if (!q->named)
    {
      msg = g_strdup_printf (_("The printed figure for “%s” cannot be checked: %s."), p->of,
                             q->why);
      add_at (k, p, KJ_SEVERITY_WARNING, "of", msg);
      return;
    }
  if (q->is_label != (p->label != NULL))
    {
      msg = g_strdup_printf (q->is_label ? _("The printed figure for “%s” should be a category "
                                             "(a text), not a number.")
                                         : _("The printed figure for “%s” should be a number, "
                                             "not a text."), p->of);
      add_at (k, p, KJ_SEVERITY_WARNING, "value", msg);
      return;
    }
  if (!q->is_label)
    {
      printed_number (k, p, &number, &decimals, &digits);
      check_words (k, p, digits);
    }
  if (!q->has)
    {
      if (where)
        msg = g_strdup_printf (_("%s prints %s for %s, which cannot be checked: %s."), where,
                               printed, q->what, q->why);
      else
        msg = g_strdup_printf (_("The document prints %s for %s, which cannot be checked: %s."),
                               printed, q->what, q->why);
      add_at (k, p, KJ_SEVERITY_NOTE, "value", msg);
      return;
    }
  *compared = TRUE;
  if (q->is_label && q->gap)
    {
      /* "a category in a gap between bands differs from every label" */
      if (where)
        msg = g_strdup_printf (_("%s prints %s for %s; computed from %s, it falls between the "
                                 "bands of its scale, in no category."), where, printed, q->what,
                               q->source);
      else
        msg = g_strdup_printf (_("The document prints %s for %s; computed from %s, it falls "
                                 "between the bands of its scale, in no category."), printed,
                               q->what, q->source);
      add_at (k, p, KJ_SEVERITY_WARNING, "value", msg);
      return;
    }
  if (q->is_label)
    {
      if (_kj_same_label (p->label, q->label))
        return;
      if (where)
        msg = g_strdup_printf (_("%s prints %s for %s; computed from %s, it is “%s”."), where, printed, q->what,
                               q->source, q->label);
      else
        msg = g_strdup_printf (_("The document prints %s for %s; computed from %s, it is “%s”."), printed,
                               q->what, q->source, q->label);
      add_at (k, p, KJ_SEVERITY_WARNING, "value", msg);
      return;
    }
  if (!kj_printed_differs_at (number, decimals, q->number)
      || (!isnan (q->alt) && !kj_printed_differs_at (number, decimals, q->alt)))
    return;
  if (q->partial)
    {
      g_autofree char *sum = format_q (q->kind, q->number, decimals);
      if (where)
        msg = g_strdup_printf (_("%s prints %s for %s, which cannot be checked: some lines have "
                                 "no amount, and those that have one give %s."), where, printed,
                               q->what, sum);
      else
        msg = g_strdup_printf (_("The document prints %s for %s, which cannot be checked: some "
                                 "lines have no amount, and those that have one give %s."),
                               printed, q->what, sum);
      add_at (k, p, KJ_SEVERITY_NOTE, "value", msg);
      return;
    }
  {
    int shown = q->kind == Q_PERCENT ? MAX (2, decimals) : decimals;
    g_autofree char *computed = format_q (q->kind, q->number, shown);
    g_autofree char *difference = format_difference (q->kind, fabs (number - q->number), shown);

    if (where)
      msg = g_strdup_printf (_("%s prints %s for %s; computed from %s, it is %s: a difference of %s."), where,
                             printed, q->what, q->source, computed, difference);
    else
      msg = g_strdup_printf (_("The document prints %s for %s; computed from %s, it is %s: a difference of %s."),
                             printed, q->what, q->source, computed, difference);
    add_at (k, p, KJ_SEVERITY_WARNING, "value", msg);
  }
}

/* Figures of one quantity the data cannot decide: each against the first. */
static void
check_against_each_other (KjChecker       *k,
                          const KjPrinted *first,
                          const KjPrinted *p,
                          const KjQuantity  *q)
{
  double a = first->value, b = p->value;
  int ad = first->decimals, bd = p->decimals;
  gboolean differ;

  if (first->label || p->label)
    differ = first->label && p->label ? !_kj_same_label (first->label, p->label) : TRUE;
  else
    {
      double t;
      int td;
      if (first->text && kj_printed_text_number (first->text, a, &t, &td))
        ad = td;
      if (p->text && kj_printed_text_number (p->text, b, &t, &td))
        bd = td;
      /* two roundings of one number: both intervals must overlap */
      differ = fabs (a - b) > 0.5 * pow (10, -ad) + 0.5 * pow (10, -bd) + kj_printed_slack (a, b);
    }
  if (differ)
    {
      g_autofree char *x = quote_printed (first, q->kind);
      g_autofree char *y = quote_printed (p, q->kind);
      g_autofree char *msg = g_strdup_printf (_("%s prints %s for %s, but %s prints %s."),
                                              p->where ? p->where : _("The document"), y,
                                              q->what, first->where ? first->where
                                                                    : _("another place"), x);
      add_at (k, p, KJ_SEVERITY_WARNING, "value", msg);
    }
}

void
_kj_check_printed (KjChecker *k)
{
  GPtrArray *printed = kj_plan_get_printed (k->plan);
  g_autoptr(GHashTable) first_of = g_hash_table_new (g_str_hash, g_str_equal);
  KjPrintedIndex *index = _kj_printed_index_new ();

  for (guint i = 0; i < printed->len; i++)
    {
      const KjPrinted *p = g_ptr_array_index (printed, i);
      KjQuantity q;
      gboolean compared;

      _kj_printed_evaluate (k->plan, p->of, index, &q);
      check_one (k, p, &q, &compared);
      if (q.named && !compared)
        {
          const KjPrinted *first = g_hash_table_lookup (first_of, p->of);
          if (first == NULL)
            g_hash_table_insert (first_of, (gpointer) p->of, (gpointer) p);
          else
            check_against_each_other (k, first, p, &q);
        }
      _kj_quantity_clear (&q);
    }
  _kj_printed_index_free (index);
}
