/* kj-checks-across.c: the same figure in two files of a workspace
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A province's or the nation's file prints per-satker breakdown rows; when
 * that satker's own file is open too, the row's value and target are checked
 * against the satker's own indicator (same id, same year), at the row's
 * printed precision, and a difference is reported in both files.  One pass
 * over the rows, with the satker looked up by code, name or short name.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kj-checks-private.h"
#include "kj-format.h"
#include "kj-path.h"

static void
index_name (GHashTable *by_name,
            const char *name,
            KjPlan     *plan)
{
  char *key;

  if (name == NULL || *name == '\0')
    return;
  key = g_utf8_casefold (name, -1);
  g_strstrip (key);
  if (g_hash_table_contains (by_name, key))
    {
      /* two open files claim this name: neither is matched by it */
      if (g_hash_table_lookup (by_name, key) != plan)
        g_hash_table_replace (by_name, key, NULL);
      else
        g_free (key);
      return;
    }
  g_hash_table_insert (by_name, key, plan);
}

static KjPlan *
lookup_folded (GHashTable *by_name,
               const char *name)
{
  g_autofree char *key = g_utf8_casefold (name, -1);

  return g_hash_table_lookup (by_name, g_strstrip (key));
}

static KjPlan *
lookup (GHashTable *by_exact,
        GHashTable *by_name,
        const char *name)
{
  gpointer found;

  /* most rows spell the name as its file does: no folding to do */
  if (g_hash_table_lookup_extended (by_exact, name, NULL, &found))
    return found;
  return lookup_folded (by_name, name);
}

static char *
uri_of (KjPlan *plan)
{
  GFile *file = kj_plan_get_file (plan);

  return file ? g_file_get_uri (file) : NULL;
}

static void
report (GPtrArray   *findings,
        KjPlan      *plan,
        const char  *path,
        KjPlan      *other,
        const char  *message)
{
  KjDiagnostic *d = kj_diagnostic_new (KJ_SEVERITY_WARNING, kj_plan_get_display_name (plan),
                                       path, message);

  d->other = g_strdup (kj_plan_get_display_name (other));
  d->other_uri = uri_of (other);
  g_ptr_array_add (findings, d);
}

static void
compare (GPtrArray            *out_row,
         GPtrArray            *out_own,
         KjPlan               *plan,
         KjIndicator          *ind,
         int                   year,
         guint                 j,
         const KjBreakdownRow *row,
         KjPlan               *own_plan,
         KjIndicator          *own,
         gboolean              target)
{
  const KjYearValue *v = kj_indicator_get_year (own, year);
  double printed = target ? row->target : row->value;
  double theirs = v ? (target ? v->target : v->realization) : NAN;
  int decimals;
  g_autofree char *p = NULL, *t = NULL, *d = NULL, *msg_row = NULL, *msg_own = NULL;
  g_autofree char *ipath = NULL, *bpath = NULL, *rpath = NULL, *row_path = NULL;
  g_autofree char *opath = NULL, *ypath = NULL, *own_path = NULL, *key = NULL;
  g_autofree char *own_name = g_path_get_basename (kj_plan_get_display_name (own_plan));
  g_autofree char *row_name = g_path_get_basename (kj_plan_get_display_name (plan));
  const char *what = target ? _("target") : _("realisation");

  /* the same number agrees at any precision: most rows, with nothing to build */
  if (isnan (printed) || isnan (theirs) || printed == theirs)
    return;
  key = g_strdup_printf ("%d", year);
  ipath = kj_path_index ("indicators", kj_indicator_get_index (ind));
  bpath = kj_path_member (ipath, "breakdown");
  ypath = kj_path_member (bpath, key);
  rpath = kj_path_index (ypath, j);
  row_path = kj_path_member (rpath, target ? "target" : "value");
  /* the row's precision: its digits as written in the file (86.30 has two) */
  {
    KjNode *node = kj_node_lookup (kj_plan_get_root (plan), row_path);
    decimals = node && kj_node_is_number (node)
               ? kj_number_text_decimals (kj_node_get_number_text (node))
               : kj_printed_decimals (printed);
  }
  if (!kj_printed_differs_at (printed, decimals, theirs))
    return;
  p = kj_format_number (printed, decimals);
  t = kj_format_number (theirs, MAX (decimals, kj_printed_decimals (theirs)));
  d = kj_format_number (fabs (printed - theirs), MAX (decimals, kj_printed_decimals (theirs)));
  opath = kj_path_index ("indicators", kj_indicator_get_index (own));
  g_free (ypath);
  ypath = kj_path_member (opath, "years");
  g_free (bpath);
  bpath = kj_path_member (ypath, key);
  own_path = kj_path_member (bpath, target ? "target" : "realization");

  /* Translators: "Dektara, 2023: this file gives 86,3 as the realisation of BNN Kota Kupang;
   * its own file, bnn-kota-kupang.json, gives 83,02, a difference of 3,28." */
  msg_row = g_strdup_printf (_("%s, %d: this file gives %s as the %s of %s; its own file, %s, "
                               "gives %s, a difference of %s."),
                             kj_indicator_get_name (ind), year, p, what, row->satker,
                             own_name, t, d);
  msg_own = g_strdup_printf (_("%s, %d: %s gives %s as this satker's %s (its row “%s”); this "
                               "file gives %s, a difference of %s."),
                             kj_indicator_get_name (own), year, row_name,
                             p, what, row->area, t, d);
  report (out_row, plan, row_path, own_plan, msg_row);
  report (out_own, own_plan, own_path, plan, msg_own);
}

/**
 * kj_check_across:
 * @plans: (element-type KjPlan): the plans open together
 *
 * Returns: (transfer full) (element-type GPtrArray): for each plan, in the
 * order of @plans, its findings across files (KjDiagnostic, each naming the
 * other file in `other` and `other_uri`), not yet located
 */
GPtrArray *
kj_check_across (GPtrArray *plans)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* the names as the files spell them (the plans own the strings) */
  g_autoptr(GHashTable) by_exact = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) position = g_hash_table_new (NULL, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (plans, i);
      const KjSatker *s = kj_plan_get_satker (plan);

      g_ptr_array_add (out, g_ptr_array_new_with_free_func ((GDestroyNotify) kj_diagnostic_free));
      g_hash_table_insert (position, plan, GUINT_TO_POINTER (i));
      index_name (by_name, s->name, plan);
      index_name (by_name, s->short_name, plan);
      index_name (by_name, s->code, plan);
    }
  /* an exact spelling is indexed only where its folded form names one plan */
  for (guint i = 0; i < plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (plans, i);
      const KjSatker *s = kj_plan_get_satker (plan);
      const char *names[] = { s->name, s->short_name, s->code };

      for (guint k = 0; k < G_N_ELEMENTS (names); k++)
        if (names[k] && lookup_folded (by_name, names[k]) == plan)
          g_hash_table_insert (by_exact, (char *) names[k], plan);
    }
  for (guint i = 0; i < plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (plans, i);
      GPtrArray *indicators = kj_plan_get_indicators (plan);

      for (guint n = 0; n < indicators->len; n++)
        {
          KjIndicator *ind = g_ptr_array_index (indicators, n);
          GPtrArray *years = kj_indicator_get_breakdown_years (ind);

          for (guint y = 0; y < years->len; y++)
            {
              KjYearItems *items = g_ptr_array_index (years, y);

              for (guint j = 0; j < items->items->len; j++)
                {
                  const KjBreakdownRow *row = g_ptr_array_index (items->items, j);
                  KjPlan *own_plan;
                  KjIndicator *own;
                  GPtrArray *mine = g_ptr_array_index (out, i), *theirs;

                  if (row->satker == NULL || (own_plan = lookup (by_exact, by_name, row->satker)) == NULL
                      || own_plan == plan
                      || (own = kj_plan_find_indicator (own_plan, kj_indicator_get_id (ind))) == NULL)
                    continue;
                  theirs = g_ptr_array_index (out, GPOINTER_TO_UINT (g_hash_table_lookup (position, own_plan)));
                  compare (mine, theirs, plan, ind, items->year, j, row, own_plan, own, FALSE);
                  compare (mine, theirs, plan, ind, items->year, j, row, own_plan, own, TRUE);
                }
            }
        }
    }
  return out;
}
