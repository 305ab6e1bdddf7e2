/* kj-plan-loader-sections.c: reads the sections of a plan file, from satker to context
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "io/kj-plan-loader-private.h"
#include "model/kj-path.h"
#include "model/kj-plan-private.h"

static const char * const satker_levels[] = { "pusat", "provinsi", "kabupaten", "kota", NULL };
static const char * const directions[] = { "higher_is_better", "lower_is_better", NULL };
static const char * const lower_formulas[] = { "inverse", "reflect", NULL };
static const char * const work_levels[] =
  { "program", "kegiatan", "kro", "ro", "komponen", "subkomponen", NULL };

gboolean
read_satker (Ctx        *c,
             JsonObject *root,
             KjSatker   *s)
{
  JsonNode *node;
  JsonObject *o;
  int level = -1;

  if (!get_container (c, root, "$", "satker", TRUE, JSON_NODE_OBJECT, &node))
    return FALSE;
  o = json_node_get_object (node);
  if (!get_string (c, o, "satker", "name", TRUE, &s->name)
      || !get_string (c, o, "satker", "code", FALSE, &s->code)
      || !get_string (c, o, "satker", "short_name", FALSE, &s->short_name)
      || !get_choice (c, o, "satker", "level", satker_levels, &level)
      || !get_string (c, o, "satker", "province", FALSE, &s->province)
      || !get_string (c, o, "satker", "area", FALSE, &s->area)
      || !get_string (c, o, "satker", "parent", FALSE, &s->parent))
    return FALSE;
  if (level >= 0)
    s->level = g_strdup (satker_levels[level]);
  return TRUE;
}

gboolean
read_period (Ctx        *c,
             JsonObject *root,
             KjPlan     *plan)
{
  JsonNode *node;
  JsonObject *o;
  gint64 first = 0, last = 0;

  if (!get_container (c, root, "$", "period", TRUE, JSON_NODE_OBJECT, &node))
    return FALSE;
  o = json_node_get_object (node);
  if (!get_int (c, o, "period", "first_year", TRUE, &first)
      || !get_int (c, o, "period", "last_year", TRUE, &last)
      || !get_string (c, o, "period", "name", FALSE, &plan->period_name))
    return FALSE;
  if (first < 1900 || first > 2200)
    return refuse (c, KJ_PLAN_ERROR_INVALID, "period.first_year", NULL,
                   _("expected a year between 1900 and 2200, found %d"),
                   (int) CLAMP (first, G_MININT, G_MAXINT));
  if (last < first || last - first > 50 || last > 2200)
    return refuse (c, KJ_PLAN_ERROR_INVALID, "period.last_year", NULL,
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
read_band (Ctx        *c,
           JsonObject *o,
           const char *path,
           KjScale    *scale)
{
  g_autofree char *label = NULL, *color = NULL;
  double min, max;
  gboolean inclusive = FALSE;
  JsonNode *node;

  if (!get_string (c, o, path, "label", TRUE, &label)
      || !get_number (c, o, path, "min", &min)
      || !get_number (c, o, path, "max", &max)
      || !get_string (c, o, path, "color", FALSE, &color))
    return FALSE;
  if ((node = json_object_get_member (o, "max_inclusive")) && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!is_type (node, G_TYPE_BOOLEAN))
        return wrong (c, path, "max_inclusive", node, _("true or false"));
      inclusive = json_node_get_boolean (node);
    }
  if (color && !is_color (color))
    return wrong (c, path, "color", json_object_get_member (o, "color"),
                  _("a colour such as \"#1a7f37\""));
  if (!isnan (min) && !isnan (max) && min > max)
    return refuse (c, KJ_PLAN_ERROR_INVALID, path, NULL,
                   _("expected min not above max in band \"%s\""), label);
  kj_scale_add_band (scale, label, min, max, inclusive, color);
  return TRUE;
}

gboolean
read_scales (Ctx        *c,
             JsonObject *root,
             KjPlan     *plan)
{
  JsonNode *node;
  JsonArray *a;

  if (!get_container (c, root, "$", "scales", FALSE, JSON_NODE_ARRAY, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  a = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      g_autofree char *path = NULL, *id = NULL, *name = NULL;
      g_autoptr(KjScale) scale = NULL;
      JsonObject *o;
      JsonNode *bands;

      if (!element_object (c, a, "scales", i, &o, &path)
          || !get_string (c, o, path, "id", TRUE, &id)
          || !get_string (c, o, path, "name", FALSE, &name)
          || !get_container (c, o, path, "bands", TRUE, JSON_NODE_ARRAY, &bands))
        return FALSE;
      scale = kj_scale_new (id, name);
      for (guint j = 0; j < json_array_get_length (json_node_get_array (bands)); j++)
        {
          g_autofree char *bands_path = kj_path_member (path, "bands");
          g_autofree char *band_path = NULL;
          JsonObject *band;

          if (!element_object (c, json_node_get_array (bands), bands_path, j, &band, &band_path)
              || !read_band (c, band, band_path, scale))
            return FALSE;
        }
      g_ptr_array_add (plan->scales, g_steal_pointer (&scale));
    }
  return TRUE;
}

static gboolean
read_strings (Ctx         *c,
              JsonObject  *o,
              const char  *parent,
              const char  *member,
              char      ***out)
{
  JsonNode *node;
  JsonArray *a;
  GPtrArray *strv;

  if (!get_container (c, o, parent, member, FALSE, JSON_NODE_ARRAY, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  a = json_node_get_array (node);
  strv = g_ptr_array_new_null_terminated (json_array_get_length (a), g_free, TRUE);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      if (!is_type (e, G_TYPE_STRING))
        {
          g_autofree char *path = kj_path_member (parent, member);
          g_autofree char *epath = kj_path_index (path, i);
          g_ptr_array_unref (strv);
          return wrong (c, epath, NULL, e, _("a text"));
        }
      g_ptr_array_add (strv, g_strdup (json_node_get_string (e)));
    }
  *out = (char **) g_ptr_array_free (strv, FALSE);
  return TRUE;
}

static gboolean
read_year_value (Ctx         *c,
                 JsonObject  *o,
                 const char  *path,
                 KjYearValue *v)
{
  JsonNode *node;

  if (!get_number (c, o, path, "target", &v->target)
      || !get_number (c, o, path, "realization", &v->realization)
      || !get_number (c, o, path, "reported_achievement", &v->reported_achievement)
      || !get_string (c, o, path, "reported_category", FALSE, &v->reported_category)
      || !get_string (c, o, path, "note", FALSE, &v->note)
      || !get_container (c, o, path, "narrative", FALSE, JSON_NODE_OBJECT, &node))
    return FALSE;
  if (node != NULL)
    {
      g_autofree char *npath = kj_path_member (path, "narrative");
      JsonObject *n = json_node_get_object (node);

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
read_breakdown_row (Ctx        *c,
                    JsonObject *o,
                    const char *path)
{
  KjBreakdownRow *row = g_new0 (KjBreakdownRow, 1);

  if (!get_string (c, o, path, "area", TRUE, &row->area)
      || !get_string (c, o, path, "satker", FALSE, &row->satker)
      || !get_number (c, o, path, "value", &row->value)
      || !get_number (c, o, path, "target", &row->target)
      || !get_number (c, o, path, "reported_achievement", &row->reported_achievement)
      || !get_string (c, o, path, "category", FALSE, &row->category))
    {
      kj_breakdown_row_free (row);
      return NULL;
    }
  return row;
}

static gboolean
read_indicator (Ctx         *c,
                JsonObject  *o,
                const char  *path,
                KjIndicator *ind)
{
  int direction = 0, formula = 0;
  gint64 decimals = -1;
  JsonNode *node;

  if (!get_string (c, o, path, "id", TRUE, &ind->id)
      || !get_string (c, o, path, "name", TRUE, &ind->name)
      || !get_string (c, o, path, "unit", FALSE, &ind->unit)
      || !get_string (c, o, path, "program", FALSE, &ind->program)
      || !get_string (c, o, path, "kegiatan", FALSE, &ind->kegiatan)
      || !get_string (c, o, path, "sasaran", FALSE, &ind->sasaran)
      || !get_choice (c, o, path, "direction", directions, &direction)
      || !get_choice (c, o, path, "lower_formula", lower_formulas, &formula)
      || !get_string (c, o, path, "value_scale", FALSE, &ind->value_scale_id)
      || !get_int (c, o, path, "decimals", FALSE, &decimals)
      || !get_number (c, o, path, "achievement_cap", &ind->achievement_cap))
    return FALSE;
  ind->direction = direction;
  ind->lower_formula = formula;
  if (decimals != -1 && (decimals < 0 || decimals > 6))
    return wrong (c, path, "decimals", json_object_get_member (o, "decimals"),
                  _("a whole number from 0 to 6"));
  ind->decimals = decimals;
  if (!isnan (ind->achievement_cap) && ind->achievement_cap <= 0)
    return wrong (c, path, "achievement_cap", json_object_get_member (o, "achievement_cap"),
                  _("a number above 0"));

  if (!get_container (c, o, path, "years", FALSE, JSON_NODE_OBJECT, &node))
    return FALSE;
  if (node != NULL)
    {
      g_autofree char *ypath = kj_path_member (path, "years");
      g_autoptr(GList) keys = json_object_get_members (json_node_get_object (node));

      for (GList *l = keys; l; l = l->next)
        {
          g_autofree char *vpath = kj_path_member (ypath, l->data);
          JsonNode *entry = json_object_get_member (json_node_get_object (node), l->data);
          KjYearValue *v;
          int year;

          if (!year_key (c, ypath, l->data, &year))
            return FALSE;
          if (!JSON_NODE_HOLDS_OBJECT (entry))
            return wrong (c, vpath, NULL, entry, _("an object"));
          v = g_new0 (KjYearValue, 1);
          v->year = year;
          g_ptr_array_add (ind->years, v);
          if (!read_year_value (c, json_node_get_object (entry), vpath, v))
            return FALSE;
        }
      g_ptr_array_sort (ind->years, compare_year_values);
    }

  return read_per_year_arrays (c, o, path, "breakdown", read_breakdown_row,
                               (GDestroyNotify) kj_breakdown_row_free, ind->breakdown);
}

gboolean
read_indicators (Ctx        *c,
                 JsonObject *root,
                 KjPlan     *plan)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *node;
  JsonArray *a;

  if (!get_container (c, root, "$", "indicators", FALSE, JSON_NODE_ARRAY, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  a = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      g_autofree char *path = NULL;
      KjIndicator *ind;
      JsonObject *o;
      gpointer first;

      if (!element_object (c, a, "indicators", i, &o, &path))
        return FALSE;
      ind = kj_indicator_new (plan, i);
      g_ptr_array_add (plan->indicators, ind);
      if (!read_indicator (c, o, path, ind))
        return FALSE;
      if (g_hash_table_lookup_extended (seen, ind->id, NULL, &first))
        {
          g_autofree char *id_path = kj_path_member (path, "id");
          return refuse (c, KJ_PLAN_ERROR_INVALID, id_path, NULL,
                         _("duplicate indicator id \"%s\" (also at indicators[%u]), "
                           "expected each id once per file"),
                         ind->id, GPOINTER_TO_UINT (first));
        }
      g_hash_table_insert (seen, ind->id, GUINT_TO_POINTER (i));
    }
  return TRUE;
}

gpointer
read_budget_line (Ctx        *c,
                  JsonObject *o,
                  const char *path)
{
  KjBudgetLine *line = g_new0 (KjBudgetLine, 1);

  if (!get_string (c, o, path, "code", FALSE, &line->code)
      || !get_string (c, o, path, "program", FALSE, &line->program)
      || !get_string (c, o, path, "kegiatan", FALSE, &line->kegiatan)
      || !get_number (c, o, path, "allocation", &line->allocation)
      || !get_number (c, o, path, "realization", &line->realization))
    {
      kj_budget_line_free (line);
      return NULL;
    }
  return line;
}

gpointer
read_spending_line (Ctx        *c,
                    JsonObject *o,
                    const char *path)
{
  KjSpendingLine *line = g_new0 (KjSpendingLine, 1);

  if (!get_string (c, o, path, "category", FALSE, &line->category)
      || !get_number (c, o, path, "allocation", &line->allocation)
      || !get_number (c, o, path, "realization", &line->realization))
    {
      kj_spending_line_free (line);
      return NULL;
    }
  return line;
}

gpointer
read_output_line (Ctx        *c,
                  JsonObject *o,
                  const char *path)
{
  KjOutputLine *line = g_new0 (KjOutputLine, 1);

  if (!get_string (c, o, path, "kegiatan", FALSE, &line->kegiatan)
      || !get_string (c, o, path, "indicator", FALSE, &line->indicator)
      || !get_string (c, o, path, "name", FALSE, &line->name)
      || !get_string (c, o, path, "unit", FALSE, &line->unit)
      || !get_number (c, o, path, "target", &line->target)
      || !get_number (c, o, path, "realization", &line->realization))
    {
      kj_output_line_free (line);
      return NULL;
    }
  return line;
}

gpointer
read_work_node (Ctx        *c,
                JsonObject *o,
                const char *path)
{
  KjWorkNode *node = g_new0 (KjWorkNode, 1);
  int level = -1;
  JsonNode *children;

  node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_work_node_free);
  if (!get_string (c, o, path, "code", FALSE, &node->code)
      || !get_string (c, o, path, "name", FALSE, &node->name)
      || !get_choice (c, o, path, "level", work_levels, &level)
      || !get_number (c, o, path, "volume", &node->volume)
      || !get_string (c, o, path, "unit", FALSE, &node->unit)
      || !get_number (c, o, path, "amount", &node->amount)
      || !get_container (c, o, path, "children", FALSE, JSON_NODE_ARRAY, &children))
    goto error;
  if (level >= 0)
    node->level = g_strdup (work_levels[level]);
  if (children != NULL)
    {
      g_autofree char *cpath = kj_path_member (path, "children");
      JsonArray *a = json_node_get_array (children);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_autofree char *child_path = NULL;
          JsonObject *child;
          gpointer item;

          if (!element_object (c, a, cpath, i, &child, &child_path)
              || (item = read_work_node (c, child, child_path)) == NULL)
            goto error;
          g_ptr_array_add (node->children, item);
        }
    }
  return node;

error:
  kj_work_node_free (node);
  return NULL;
}

gboolean
read_signatures (Ctx        *c,
                 JsonObject *root,
                 KjPlan     *plan)
{
  g_autoptr(GList) keys = NULL;
  JsonNode *node;

  if (!get_container (c, root, "$", "signatures", FALSE, JSON_NODE_OBJECT, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  keys = json_object_get_members (json_node_get_object (node));
  for (GList *l = keys; l; l = l->next)
    {
      g_autofree char *path = kj_path_member ("signatures", l->data);
      JsonNode *entry = json_object_get_member (json_node_get_object (node), l->data);
      KjSignature *s;
      KjYearItems *items;
      JsonObject *o;
      int year, y, m, d;

      if (!year_key (c, "signatures", l->data, &year))
        return FALSE;
      if (!JSON_NODE_HOLDS_OBJECT (entry))
        return wrong (c, path, NULL, entry, _("an object"));
      o = json_node_get_object (entry);
      items = kj_year_items_new (year, (GDestroyNotify) kj_signature_free);
      g_ptr_array_add (plan->signatures, items);
      s = g_new0 (KjSignature, 1);
      g_ptr_array_add (items->items, s);
      if (!get_string (c, o, path, "place", FALSE, &s->place)
          || !get_string (c, o, path, "date", FALSE, &s->date)
          || !get_string (c, o, path, "title", FALSE, &s->title)
          || !get_string (c, o, path, "name", FALSE, &s->name))
        return FALSE;
      if (s->date && (strlen (s->date) != 10 || sscanf (s->date, "%4d-%2d-%2d", &y, &m, &d) != 3
                      || s->date[4] != '-' || s->date[7] != '-'
                      || !g_date_valid_dmy (d, m, y)))
        return wrong (c, path, "date", json_object_get_member (o, "date"),
                      _("a date written YYYY-MM-DD, such as \"2025-01-14\""));
    }
  g_ptr_array_sort (plan->signatures, compare_year_items);
  return TRUE;
}

gboolean
read_context (Ctx        *c,
              JsonObject *root,
              KjPlan     *plan)
{
  JsonNode *node;
  JsonArray *a;

  if (!get_container (c, root, "$", "context", FALSE, JSON_NODE_ARRAY, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  a = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      g_autofree char *path = NULL, *rows_path = NULL;
      KjContextTable *t;
      JsonObject *o;
      JsonNode *rows;
      guint n_columns;

      if (!element_object (c, a, "context", i, &o, &path))
        return FALSE;
      t = g_new0 (KjContextTable, 1);
      t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      g_ptr_array_add (plan->context, t);
      if (!get_string (c, o, path, "id", FALSE, &t->id)
          || !get_string (c, o, path, "title", FALSE, &t->title)
          || !get_string (c, o, path, "source", FALSE, &t->source)
          || !read_strings (c, o, path, "columns", &t->columns)
          || !get_container (c, o, path, "rows", FALSE, JSON_NODE_ARRAY, &rows))
        return FALSE;
      if (rows == NULL)
        continue;
      n_columns = t->columns ? g_strv_length (t->columns) : 0;
      rows_path = kj_path_member (path, "rows");
      for (guint r = 0; r < json_array_get_length (json_node_get_array (rows)); r++)
        {
          JsonNode *row = json_array_get_element (json_node_get_array (rows), r);
          g_autofree char *row_path = kj_path_index (rows_path, r);
          GPtrArray *cells;
          JsonArray *ra;

          if (!JSON_NODE_HOLDS_ARRAY (row))
            return wrong (c, row_path, NULL, row, _("an array of cells"));
          ra = json_node_get_array (row);
          if (t->columns && json_array_get_length (ra) != n_columns)
            return refuse (c, KJ_PLAN_ERROR_INVALID, row_path, NULL,
                           _("expected %u cells, one per column, found %u"),
                           n_columns, json_array_get_length (ra));
          cells = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
          g_ptr_array_add (t->rows, cells);
          for (guint k = 0; k < json_array_get_length (ra); k++)
            {
              JsonNode *cell = json_array_get_element (ra, k);
              if (!JSON_NODE_HOLDS_NULL (cell) && !is_number (cell) && !is_type (cell, G_TYPE_STRING))
                {
                  g_autofree char *cell_path = kj_path_index (row_path, k);
                  return wrong (c, cell_path, NULL, cell, _("a number, a text or null"));
                }
              g_ptr_array_add (cells, json_node_ref (cell));
            }
        }
    }
  return TRUE;
}
