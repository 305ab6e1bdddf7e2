/* kj-checks-totals.c: the total rows of context tables
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A context table may name its total rows ("total_rows": ["Jumlah"]).  Each
 * number of a total row is checked against the sum of its column over the
 * rows above it, up to the previous total row, at the total's printed
 * precision; a total that is the table's first row, against the rows below
 * it, up to the next total row; a total right below another total (a grand
 * total under its subtotals, where "up to the previous total row" leaves
 * nothing to add), against the total rows above it since the previous such
 * grand total.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kj-checks-private.h"
#include "kj-format.h"
#include "kj-path.h"

/**
 * _kj_row_label:
 * A context row's label: its first cell, or, where that holds no text (an
 * empty or numbered "No" column, as many printed tables have), its second.
 */
const char *
_kj_row_label (GArray *cells)
{
  if (cells->len > 0 && g_array_index (cells, KjCell, 0).text)
    return g_array_index (cells, KjCell, 0).text;
  if (cells->len > 1)
    return g_array_index (cells, KjCell, 1).text;
  return NULL;
}

/* The folded labels of @t's total rows: a set, so a table is checked in
 * time linear in its size however many total rows it names. */
static GHashTable *
total_set (const KjContextTable *t)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; t->total_rows[i]; i++)
    g_hash_table_add (set, _kj_fold_label (t->total_rows[i]));
  return set;
}

static gboolean
is_total (GHashTable *set,
          GArray     *cells)
{
  const char *label = _kj_row_label (cells);
  g_autofree char *folded = NULL;

  if (label == NULL)
    return FALSE;
  folded = _kj_fold_label (label);
  return g_hash_table_contains (set, folded);
}

/* Checks total row @r against the sum of the rows @parts (indices) */
static void
check_total_row (KjChecker            *k,
                 const KjContextTable *t,
                 guint                 table_index,
                 GArray               *parts,
                 guint                 r)
{
  gboolean below = parts->len > 0 && g_array_index (parts, guint, 0) > r;
  GArray *total = g_ptr_array_index (t->rows, r);
  GArray *decimals = g_ptr_array_index (t->row_decimals, r);
  const char *label = _kj_row_label (total);
  guint n_columns = t->columns ? g_strv_length ((char **) t->columns) : 0;

  for (guint c = 1; c < total->len; c++)
    {
      double printed = g_array_index (total, KjCell, c).number, sum = 0;
      int d = g_array_index (decimals, gint8, c);
      guint n = 0;

      if (isnan (printed))
        continue;
      for (guint i = 0; i < parts->len; i++)
        {
          GArray *cells = g_ptr_array_index (t->rows, g_array_index (parts, guint, i));
          if (c < cells->len && kj_has (g_array_index (cells, KjCell, c).number))
            {
              sum += g_array_index (cells, KjCell, c).number;
              n++;
            }
        }
      if (n == 0 || !kj_printed_differs_at (printed, d, sum))
        continue;
      {
        g_autofree char *tpath = kj_path_index ("context", table_index);
        g_autofree char *rows = kj_path_member (tpath, "rows");
        g_autofree char *rpath = kj_path_index (rows, r);
        g_autofree char *cpath = kj_path_index (rpath, c);
        g_autofree char *p = kj_format_number (printed, d);
        g_autofree char *s = kj_format_number (sum, d);
        g_autofree char *diff = kj_format_number (fabs (printed - sum), d);
        const char *column = c < n_columns ? t->columns[c] : "";
        KjDiagnostic *f;

        f = _kj_check_add (k, KJ_SEVERITY_WARNING, cpath,
                           below ? _("The table %s prints %s in its row “%s”, column %s; the rows "
                                     "below it add up to %s, a difference of %s.")
                                 : _("The table %s prints %s in its row “%s”, column %s; the rows "
                                     "above it add up to %s, a difference of %s."),
                           t->title ? t->title : (t->id ? t->id : tpath), p, label, column,
                           s, diff);
        f->where = g_strdup_printf ("%s, %s, %s", t->title ? t->title : (t->id ? t->id : tpath),
                                    label, column);
      }
    }
}

void
_kj_check_context_totals (KjChecker *k)
{
  GPtrArray *tables = kj_plan_get_context (k->plan);

  for (guint i = 0; i < tables->len; i++)
    {
      const KjContextTable *t = g_ptr_array_index (tables, i);
      g_autoptr(GHashTable) set = NULL, seen = NULL;
      g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) subtotals = g_array_new (FALSE, FALSE, sizeof (guint));
      guint from = 0;

      if (t->total_rows == NULL)
        continue;
      set = total_set (t);
      seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint r = 0; r < t->rows->len; r++)
        {
          const char *label = _kj_row_label (g_ptr_array_index (t->rows, r));
          if (label)
            g_hash_table_add (seen, _kj_fold_label (label));
        }
      for (guint j = 0; t->total_rows[j]; j++)
        {
          g_autofree char *folded = _kj_fold_label (t->total_rows[j]);

          if (!g_hash_table_contains (seen, folded))
            {
              g_autofree char *tpath = kj_path_index ("context", i);
              g_autofree char *lpath = kj_path_member (tpath, "total_rows");
              g_autofree char *path = kj_path_index (lpath, j);
              _kj_check_add (k, KJ_SEVERITY_WARNING, path,
                             _("The total row “%s” is not a row of the table %s; its sums "
                               "cannot be checked."), t->total_rows[j],
                             t->title ? t->title : (t->id ? t->id : tpath));
            }
        }
      for (guint r = 0; r < t->rows->len; r++)
        if (is_total (set, g_ptr_array_index (t->rows, r)))
          {
            g_array_set_size (parts, 0);
            if (r == 0)
              {
                /* a total printed as the table's first row: of the rows below
                 * it, up to the next total row */
                for (guint end = 1; end < t->rows->len
                                    && !is_total (set, g_ptr_array_index (t->rows, end)); end++)
                  g_array_append_val (parts, end);
                check_total_row (k, t, i, parts, r);
              }
            else if (from == r)
              {
                /* right below another total: a grand total of the subtotals
                 * since the previous grand total */
                check_total_row (k, t, i, subtotals, r);
                g_array_set_size (subtotals, 0);
              }
            else
              {
                for (guint row = from; row < r; row++)
                  g_array_append_val (parts, row);
                check_total_row (k, t, i, parts, r);
                g_array_append_val (subtotals, r);
              }
            from = r + 1;
          }
    }
}
