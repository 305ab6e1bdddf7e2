/* kj-plan-sections.c: reads the sections of a plan's tree, from satker to context
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "kj-path.h"
#include "kj-plan-build-private.h"

static const char * const satker_levels[] = { "pusat", "provinsi", "kabupaten", "kota", NULL };
static const char * const directions[] = { "higher_is_better", "lower_is_better", NULL };
static const char * const lower_formulas[] = { "inverse", "reflect", NULL };
static const char * const work_levels[] =
  { "program", "kegiatan", "kro", "ro", "komponen", "subkomponen", NULL };

gboolean
_kj_read_satker (KjBuildCtx *c,
                 KjNode     *root,
                 KjSatker   *s)
{
  KjNode *node, *o;
  int level = -1;

  if (!_kj_get_container (c, root, "$", "satker", TRUE, KJ_NODE_OBJECT, &node))
    return FALSE;
  o = node;
  if (!_kj_get_string (c, o, "satker", "name", TRUE, &s->name)
      || !_kj_get_string (c, o, "satker", "code", FALSE, &s->code)
      || !_kj_get_string (c, o, "satker", "short_name", FALSE, &s->short_name)
      || !_kj_get_choice (c, o, "satker", "level", satker_levels, &level)
      || !_kj_get_string (c, o, "satker", "province", FALSE, &s->province)
      || !_kj_get_string (c, o, "satker", "area", FALSE, &s->area)
      || !_kj_get_string (c, o, "satker", "parent", FALSE, &s->parent))
    return FALSE;
  if (level >= 0)
    s->level = satker_levels[level];
  return TRUE;
}

gboolean
_kj_read_period (KjBuildCtx *c,
                 KjNode     *root,
                 KjPlanView *plan)
{
  KjNode *node, *o;
  gint64 first = 0, last = 0;

  if (!_kj_get_container (c, root, "$", "period", TRUE, KJ_NODE_OBJECT, &node))
    return FALSE;
  o = node;
  if (!_kj_get_int (c, o, "period", "first_year", TRUE, &first)
      || !_kj_get_int (c, o, "period", "last_year", TRUE, &last)
      || !_kj_get_string (c, o, "period", "name", FALSE, &plan->period_name))
    return FALSE;
  if (first < 1900 || first > 2200)
    return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, "period.first_year", NULL,
                   _("expected a year between 1900 and 2200, found %d"),
                   (int) CLAMP (first, G_MININT, G_MAXINT));
  if (last < first || last - first > 50 || last > 2200)
    return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, "period.last_year", NULL,
                   _("expected a year from %d to %d (at most 50 years after first_year), "
                     "found %d"),
                   (int) first, (int) MIN (first + 50, 2200), (int) CLAMP (last, G_MININT, G_MAXINT));
  plan->first_year = first;
  plan->last_year = last;
  return TRUE;
}

static gboolean
is_color (const char *s)
{
  if (strlen (s) != 7 || s[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (s[i]))
      return FALSE;
  return TRUE;
}

static gboolean
read_band (KjBuildCtx *c,
           KjNode     *o,
           const char *path,
           KjScale    *scale)
{
  const char *label = NULL, *color = NULL;
  double min, max;
  gboolean inclusive = FALSE;
  KjNode *node;

  if (!_kj_get_string (c, o, path, "label", TRUE, &label)
      || !_kj_get_number (c, o, path, "min", &min)
      || !_kj_get_number (c, o, path, "max", &max)
      || !_kj_get_string (c, o, path, "color", FALSE, &color))
    return FALSE;
  if ((node = kj_node_get_member (o, "max_inclusive")) && !kj_node_is_null (node))
    {
      if (kj_node_type (node) != KJ_NODE_BOOLEAN)
        return _kj_wrong (c, path, "max_inclusive", node, _("true or false"));
      inclusive = kj_node_get_boolean (node);
    }
  if (color && !is_color (color))
    return _kj_wrong (c, path, "color", kj_node_get_member (o, "color"),
                  _("a colour such as \"#1a7f37\""));
  if (!isnan (min) && !isnan (max) && min > max)
    return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, path, NULL,
                   _("expected min not above max in band \"%s\""), label);
  kj_scale_add_band (scale, label, min, max, inclusive, color);
  return TRUE;
}

gboolean
_kj_read_scales (KjBuildCtx *c,
                 KjNode     *root,
                 KjPlanView *plan)
{
  KjNode *node, *a;

  if (!_kj_get_container (c, root, "$", "scales", FALSE, KJ_NODE_ARRAY, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  a = node;
  for (guint i = 0; i < kj_node_get_length (a); i++)
    {
      g_autofree char *path = NULL;
      const char *id = NULL, *name = NULL;
      g_autoptr(KjScale) scale = NULL;
      KjNode *o, *bands;

      if (!_kj_element_object (c, a, "scales", i, &o, &path)
          || !_kj_get_string (c, o, path, "id", TRUE, &id)
          || !_kj_get_string (c, o, path, "name", FALSE, &name)
          || !_kj_get_container (c, o, path, "bands", TRUE, KJ_NODE_ARRAY, &bands))
        return FALSE;
      scale = kj_scale_new (id, name);
      for (guint j = 0; j < kj_node_get_length (bands); j++)
        {
          g_autofree char *bands_path = kj_path_member (path, "bands");
          g_autofree char *band_path = NULL;
          KjNode *band;

          if (!_kj_element_object (c, bands, bands_path, j, &band, &band_path)
              || !read_band (c, band, band_path, scale))
            return FALSE;
        }
      g_ptr_array_add (plan->scales, g_steal_pointer (&scale));
    }
  return TRUE;
}

static gboolean
read_strings (KjBuildCtx *c,
              KjNode      *o,
              const char  *parent,
              const char  *member,
              const char ***out)
{
  KjNode *node, *a;
  GPtrArray *strv;

  if (!_kj_get_container (c, o, parent, member, FALSE, KJ_NODE_ARRAY, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  a = node;
  strv = g_ptr_array_new_null_terminated (kj_node_get_length (a), NULL, TRUE);
  for (guint i = 0; i < kj_node_get_length (a); i++)
    {
      KjNode *e = kj_node_get_element (a, i);
      if (!kj_node_is_string (e))
        {
          g_autofree char *path = kj_path_member (parent, member);
          g_autofree char *epath = kj_path_index (path, i);
          g_ptr_array_unref (strv);
          return _kj_wrong (c, epath, NULL, e, _("a text"));
        }
      g_ptr_array_add (strv, (gpointer) kj_node_get_string (e));
    }
  *out = (const char **) g_ptr_array_free (strv, FALSE);
  return TRUE;
}

static gboolean
read_year_value (KjBuildCtx *c,
                 KjNode      *o,
                 const char  *path,
                 KjYearValue *v)
{
  KjNode *node;

  if (!_kj_get_number (c, o, path, "target", &v->target)
      || !_kj_get_number (c, o, path, "realization", &v->realization)
      || !_kj_get_number (c, o, path, "reported_achievement", &v->reported_achievement)
      || !_kj_get_string (c, o, path, "reported_category", FALSE, &v->reported_category)
      || !_kj_get_string (c, o, path, "note", FALSE, &v->note)
      || !_kj_get_container (c, o, path, "narrative", FALSE, KJ_NODE_OBJECT, &node))
    return FALSE;
  if (node != NULL)
    {
      g_autofree char *npath = kj_path_member (path, "narrative");
      KjNode *n = node;

      v->narrative = g_new0 (KjNarrative, 1);
      if (!read_strings (c, n, npath, "factors", &v->narrative->factors)
          || !read_strings (c, n, npath, "obstacles", &v->narrative->obstacles)
          || !read_strings (c, n, npath, "actions", &v->narrative->actions))
        return FALSE;
    }
  return TRUE;
}

static int
compare_year_values (gconstpointer a,
                     gconstpointer b)
{
  return (*(KjYearValue **) a)->year - (*(KjYearValue **) b)->year;
}

static gpointer
read_breakdown_row (KjBuildCtx *c,
                    KjNode     *o,
                    const char *path)
{
  KjBreakdownRow *row = g_new0 (KjBreakdownRow, 1);

  if (!_kj_get_string (c, o, path, "area", TRUE, &row->area)
      || !_kj_get_string (c, o, path, "satker", FALSE, &row->satker)
      || !_kj_get_number (c, o, path, "value", &row->value)
      || !_kj_get_number (c, o, path, "target", &row->target)
      || !_kj_get_number (c, o, path, "reported_achievement", &row->reported_achievement)
      || !_kj_get_string (c, o, path, "category", FALSE, &row->category))
    {
      kj_breakdown_row_free (row);
      return NULL;
    }
  return row;
}

static gboolean
read_indicator (KjBuildCtx *c,
                KjNode      *o,
                const char  *path,
                KjIndicator *ind)
{
  int direction = 0, formula = 0;
  gint64 decimals = -1;
  KjNode *node;

  if (!_kj_get_string (c, o, path, "id", TRUE, &ind->id)
      || !_kj_get_string (c, o, path, "name", TRUE, &ind->name)
      || !_kj_get_string (c, o, path, "unit", FALSE, &ind->unit)
      || !_kj_get_string (c, o, path, "program", FALSE, &ind->program)
      || !_kj_get_string (c, o, path, "kegiatan", FALSE, &ind->kegiatan)
      || !_kj_get_string (c, o, path, "sasaran", FALSE, &ind->sasaran)
      || !_kj_get_choice (c, o, path, "direction", directions, &direction)
      || !_kj_get_choice (c, o, path, "lower_formula", lower_formulas, &formula)
      || !_kj_get_string (c, o, path, "value_scale", FALSE, &ind->value_scale_id)
      || !_kj_get_int (c, o, path, "decimals", FALSE, &decimals)
      || !_kj_get_number (c, o, path, "achievement_cap", &ind->achievement_cap))
    return FALSE;
  ind->direction = direction;
  ind->lower_formula = formula;
  if (decimals != -1 && (decimals < 0 || decimals > 6))
    return _kj_wrong (c, path, "decimals", kj_node_get_member (o, "decimals"),
                  _("a whole number from 0 to 6"));
  ind->decimals = decimals;
  if (!isnan (ind->achievement_cap) && ind->achievement_cap <= 0)
    return _kj_wrong (c, path, "achievement_cap", kj_node_get_member (o, "achievement_cap"),
                  _("a number above 0"));

  if (!_kj_get_container (c, o, path, "years", FALSE, KJ_NODE_OBJECT, &node))
    return FALSE;
  if (node != NULL)
    {
      g_autofree char *ypath = kj_path_member (path, "years");

      for (guint k = 0; k < kj_node_get_length (node); k++)
        {
          const char *key = kj_node_get_member_name (node, k);
          g_autofree char *vpath = kj_path_member (ypath, key);
          KjNode *entry = kj_node_get_member_value (node, k);
          KjYearValue *v;
          int year;

          if (!_kj_year_key (c, ypath, key, &year))
            return FALSE;
          if (!kj_node_is_object (entry))
            return _kj_wrong (c, vpath, NULL, entry, _("an object"));
          v = g_new0 (KjYearValue, 1);
          v->year = year;
          g_ptr_array_add (ind->years, v);
          if (!read_year_value (c, entry, vpath, v))
            return FALSE;
        }
      g_ptr_array_sort (ind->years, compare_year_values);
    }

  return _kj_read_per_year_arrays (c, o, path, "breakdown", read_breakdown_row,
                               (GDestroyNotify) kj_breakdown_row_free, ind->breakdown);
}

gboolean
_kj_read_indicators (KjBuildCtx *c,
                     KjNode     *root,
                     KjPlanView *plan)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  KjNode *node, *a;

  if (!_kj_get_container (c, root, "$", "indicators", FALSE, KJ_NODE_ARRAY, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  a = node;
  for (guint i = 0; i < kj_node_get_length (a); i++)
    {
      g_autofree char *path = NULL;
      KjIndicator *ind;
      KjNode *o;
      gpointer first;

      if (!_kj_element_object (c, a, "indicators", i, &o, &path))
        return FALSE;
      ind = kj_indicator_new (plan->owner, i);
      g_ptr_array_add (plan->indicators, ind);
      if (!read_indicator (c, o, path, ind))
        return FALSE;
      if (g_hash_table_lookup_extended (seen, ind->id, NULL, &first))
        {
          g_autofree char *id_path = kj_path_member (path, "id");
          return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, id_path, NULL,
                         _("duplicate indicator id \"%s\" (also at indicators[%u]), "
                           "expected each id once per file"),
                         ind->id, GPOINTER_TO_UINT (first));
        }
      g_hash_table_insert (seen, (gpointer) ind->id, GUINT_TO_POINTER (i));
      g_hash_table_insert (plan->by_id, (gpointer) ind->id, ind);
    }
  return TRUE;
}

gpointer
_kj_read_budget_line (KjBuildCtx *c,
                      KjNode     *o,
                      const char *path)
{
  KjBudgetLine *line = g_new0 (KjBudgetLine, 1);

  if (!_kj_get_string (c, o, path, "code", FALSE, &line->code)
      || !_kj_get_string (c, o, path, "program", FALSE, &line->program)
      || !_kj_get_string (c, o, path, "kegiatan", FALSE, &line->kegiatan)
      || !_kj_get_number (c, o, path, "allocation", &line->allocation)
      || !_kj_get_number (c, o, path, "realization", &line->realization))
    {
      kj_budget_line_free (line);
      return NULL;
    }
  return line;
}

gpointer
_kj_read_spending_line (KjBuildCtx *c,
                        KjNode     *o,
                        const char *path)
{
  KjSpendingLine *line = g_new0 (KjSpendingLine, 1);

  if (!_kj_get_string (c, o, path, "category", FALSE, &line->category)
      || !_kj_get_number (c, o, path, "allocation", &line->allocation)
      || !_kj_get_number (c, o, path, "realization", &line->realization))
    {
      kj_spending_line_free (line);
      return NULL;
    }
  return line;
}

gpointer
_kj_read_output_line (KjBuildCtx *c,
                      KjNode     *o,
                      const char *path)
{
  KjOutputLine *line = g_new0 (KjOutputLine, 1);

  if (!_kj_get_string (c, o, path, "kegiatan", FALSE, &line->kegiatan)
      || !_kj_get_string (c, o, path, "indicator", FALSE, &line->indicator)
      || !_kj_get_string (c, o, path, "name", FALSE, &line->name)
      || !_kj_get_string (c, o, path, "unit", FALSE, &line->unit)
      || !_kj_get_number (c, o, path, "target", &line->target)
      || !_kj_get_number (c, o, path, "realization", &line->realization))
    {
      kj_output_line_free (line);
      return NULL;
    }
  return line;
}

gpointer
_kj_read_work_node (KjBuildCtx *c,
                    KjNode     *o,
                    const char *path)
{
  KjWorkNode *node = g_new0 (KjWorkNode, 1);
  int level = -1;
  KjNode *children;

  node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_work_node_free);
  if (!_kj_get_string (c, o, path, "code", FALSE, &node->code)
      || !_kj_get_string (c, o, path, "name", FALSE, &node->name)
      || !_kj_get_choice (c, o, path, "level", work_levels, &level)
      || !_kj_get_number (c, o, path, "volume", &node->volume)
      || !_kj_get_string (c, o, path, "unit", FALSE, &node->unit)
      || !_kj_get_number (c, o, path, "amount", &node->amount)
      || !_kj_get_container (c, o, path, "children", FALSE, KJ_NODE_ARRAY, &children))
    goto error;
  if (level >= 0)
    node->level = work_levels[level];
  if (children != NULL)
    {
      g_autofree char *cpath = kj_path_member (path, "children");
      KjNode *a = children;

      for (guint i = 0; i < kj_node_get_length (a); i++)
        {
          g_autofree char *child_path = NULL;
          KjNode *child;
          gpointer item;

          if (!_kj_element_object (c, a, cpath, i, &child, &child_path)
              || (item = _kj_read_work_node (c, child, child_path)) == NULL)
            goto error;
          g_ptr_array_add (node->children, item);
        }
    }
  return node;

error:
  kj_work_node_free (node);
  return NULL;
}

/* Exactly YYYY-MM-DD in digits: sscanf alone would take "2024-+1-05". */
static gboolean
is_iso_date (const char *s)
{
  if (strlen (s) != 10 || s[4] != '-' || s[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

gboolean
_kj_read_signatures (KjBuildCtx *c,
                     KjNode     *root,
                     KjPlanView *plan)
{
  KjNode *node;

  if (!_kj_get_container (c, root, "$", "signatures", FALSE, KJ_NODE_OBJECT, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  for (guint k = 0; k < kj_node_get_length (node); k++)
    {
      const char *key = kj_node_get_member_name (node, k);
      g_autofree char *path = kj_path_member ("signatures", key);
      KjNode *o = kj_node_get_member_value (node, k);
      KjSignature *s;
      KjYearItems *items;
      int year, y, m, d;

      if (!_kj_year_key (c, "signatures", key, &year))
        return FALSE;
      if (!kj_node_is_object (o))
        return _kj_wrong (c, path, NULL, o, _("an object"));
      items = kj_year_items_new (year, (GDestroyNotify) kj_signature_free);
      g_ptr_array_add (plan->signatures, items);
      s = g_new0 (KjSignature, 1);
      g_ptr_array_add (items->items, s);
      if (!_kj_get_string (c, o, path, "place", FALSE, &s->place)
          || !_kj_get_string (c, o, path, "date", FALSE, &s->date)
          || !_kj_get_string (c, o, path, "title", FALSE, &s->title)
          || !_kj_get_string (c, o, path, "name", FALSE, &s->name))
        return FALSE;
      if (s->date && (!is_iso_date (s->date) || sscanf (s->date, "%4d-%2d-%2d", &y, &m, &d) != 3
                      || !g_date_valid_dmy (d, m, y)))
        return _kj_wrong (c, path, "date", kj_node_get_member (o, "date"),
                      _("a date written YYYY-MM-DD, such as \"2025-01-14\""));
    }
  g_ptr_array_sort (plan->signatures, _kj_compare_year_items);
  return TRUE;
}

gboolean
_kj_read_context (KjBuildCtx *c,
                  KjNode     *root,
                  KjPlanView *plan)
{
  KjNode *node, *a;

  if (!_kj_get_container (c, root, "$", "context", FALSE, KJ_NODE_ARRAY, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  a = node;
  for (guint i = 0; i < kj_node_get_length (a); i++)
    {
      g_autofree char *path = NULL, *rows_path = NULL;
      KjContextTable *t;
      KjNode *o, *rows;
      guint n_columns;

      if (!_kj_element_object (c, a, "context", i, &o, &path))
        return FALSE;
      t = g_new0 (KjContextTable, 1);
      t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      g_ptr_array_add (plan->context, t);
      if (!_kj_get_string (c, o, path, "id", FALSE, &t->id)
          || !_kj_get_string (c, o, path, "title", FALSE, &t->title)
          || !_kj_get_string (c, o, path, "source", FALSE, &t->source)
          || !read_strings (c, o, path, "columns", &t->columns)
          || !read_strings (c, o, path, "total_rows", &t->total_rows)
          || !_kj_get_container (c, o, path, "rows", FALSE, KJ_NODE_ARRAY, &rows))
        return FALSE;
      t->row_decimals = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      if (rows == NULL)
        continue;
      n_columns = t->columns ? g_strv_length ((char **) t->columns) : 0;
      rows_path = kj_path_member (path, "rows");
      for (guint r = 0; r < kj_node_get_length (rows); r++)
        {
          KjNode *row = kj_node_get_element (rows, r);
          g_autofree char *row_path = kj_path_index (rows_path, r);
          GArray *cells, *decimals;

          if (!kj_node_is_array (row))
            return _kj_wrong (c, row_path, NULL, row, _("an array of cells"));
          if (t->columns && kj_node_get_length (row) != n_columns)
            return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, row_path, NULL,
                           _("expected %u cells, one per column, found %u"),
                           n_columns, kj_node_get_length (row));
          cells = kj_cells_new (kj_node_get_length (row));
          g_ptr_array_add (t->rows, cells);
          decimals = g_array_sized_new (FALSE, TRUE, sizeof (gint8), kj_node_get_length (row));
          g_ptr_array_add (t->row_decimals, decimals);
          for (guint k = 0; k < kj_node_get_length (row); k++)
            {
              KjNode *cell = kj_node_get_element (row, k);
              KjCell value = { NAN, NULL };
              gint8 d = 0;

              if (kj_node_is_number (cell))
                {
                  value.number = kj_node_get_number (cell);
                  d = (gint8) kj_number_text_decimals (kj_node_get_number_text (cell));
                }
              else if (kj_node_is_string (cell))
                value.text = kj_node_get_string (cell);
              else if (!kj_node_is_null (cell))
                {
                  g_autofree char *cell_path = kj_path_index (row_path, k);
                  return _kj_wrong (c, cell_path, NULL, cell, _("a number, a text or null"));
                }
              g_array_append_val (cells, value);
              g_array_append_val (decimals, d);
            }
        }
    }
  return TRUE;
}

/* printed[i]: { "of": text, "value": number or text, "text": text, "where": text } */
gboolean
_kj_read_printed (KjBuildCtx *c,
                  KjNode     *root,
                  KjPlanView *plan)
{
  KjNode *a;

  if (!_kj_get_container (c, root, "$", "printed", FALSE, KJ_NODE_ARRAY, &a))
    return FALSE;
  if (a == NULL)
    return TRUE;
  for (guint i = 0; i < kj_node_get_length (a); i++)
    {
      g_autofree char *path = NULL;
      KjPrinted *p;
      KjNode *o, *of, *value;

      if (!_kj_element_object (c, a, "printed", i, &o, &path))
        return FALSE;
      p = g_new0 (KjPrinted, 1);
      p->index = i;
      p->value = NAN;
      g_ptr_array_add (plan->printed, p);
      /* an "of" must be a text, but one that cannot be read (even "") is a
       * finding of the checks, never a reason to refuse the file (contract) */
      of = kj_node_get_member (o, "of");
      if (of == NULL)
        return _kj_missing (c, path, "of", _("a text"));
      if (!kj_node_is_string (of))
        return _kj_wrong (c, path, "of", of, _("a text"));
      p->of = kj_node_get_string (of);
      if (!_kj_get_string (c, o, path, "text", FALSE, &p->text)
          || !_kj_get_string (c, o, path, "where", FALSE, &p->where))
        return FALSE;
      value = kj_node_get_member (o, "value");
      if (value == NULL)
        return _kj_missing (c, path, "value", _("the number (or category) as printed"));
      if (kj_node_is_number (value))
        {
          p->value = kj_node_get_number (value);
          p->decimals = kj_number_text_decimals (kj_node_get_number_text (value));
        }
      else if (kj_node_is_string (value) && *kj_node_get_string (value) != '\0')
        p->label = kj_node_get_string (value);
      else
        return _kj_wrong (c, path, "value", value,
                          _("a number, or a non-empty text for a category"));
    }
  return TRUE;
}
