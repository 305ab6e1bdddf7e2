/* kj-plan-loader.c: reads plan files, format version 1
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader checks the contract (docs/plan-format.md) and refuses a file with
 * the first thing that breaks it.  What is well-formed but suspicious (a sum
 * that does not add up, a year outside the period) is left to kj-checks.c.
 */
#include "config.h"

#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "io/kj-json.h"
#include "io/kj-plan-io.h"
#include "model/kj-path.h"
#include "model/kj-plan-private.h"

G_DEFINE_QUARK (kj-plan-error-quark, kj_plan_error)

typedef struct
{
  const char   *data;
  gsize         length;
  const char   *name;
  KjDiagnostic *diagnostic;
  int           code;
} Ctx;

G_GNUC_PRINTF (5, 6) static gboolean
refuse (Ctx        *c,
        int         code,
        const char *path,
        const char *at,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;
  gsize offset;

  if (c->diagnostic != NULL)
    return FALSE;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  c->diagnostic = kj_diagnostic_new (KJ_SEVERITY_ERROR, c->name, path, message);
  c->code = code;
  if (kj_json_locate (c->data, c->length, at ? at : path, &offset))
    kj_json_offset_to_line_column (c->data, c->length, offset,
                                   &c->diagnostic->line, &c->diagnostic->column);
  return FALSE;
}

static char *
describe (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));
    case JSON_NODE_ARRAY:
      return g_strdup (_("an array"));
    case JSON_NODE_NULL:
      return g_strdup ("null");
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    case G_TYPE_STRING:
      {
        const char *s = json_node_get_string (node);
        g_autofree char *cut = g_utf8_substring (s, 0, MIN (g_utf8_strlen (s, -1), 40));
        /* Translators: %s is the text found in the file */
        return g_strdup_printf (_("a string (\"%s\")"), cut);
      }
    default:
      return g_strdup (_("a number"));
    }
}

static gboolean
wrong (Ctx        *c,
       const char *parent,
       const char *member,
       JsonNode   *node,
       const char *expected)
{
  g_autofree char *path = member ? kj_path_member (parent, member) : g_strdup (parent);
  g_autofree char *found = describe (node);

  /* Translators: "expected a number or null, found a string ("84,96")" */
  return refuse (c, KJ_PLAN_ERROR_INVALID, path, path, _("expected %s, found %s"), expected, found);
}

static gboolean
missing (Ctx        *c,
         const char *parent,
         const char *member,
         const char *expected)
{
  g_autofree char *path = kj_path_member (parent, member);

  return refuse (c, KJ_PLAN_ERROR_INVALID, path, parent,
                 _("missing member \"%s\", expected %s"), member, expected);
}

static gboolean
is_type (JsonNode *node,
         GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
is_number (JsonNode *node)
{
  return is_type (node, G_TYPE_INT64) || is_type (node, G_TYPE_DOUBLE);
}

/* Optional strings accept null as "absent"; @required ones must be non-empty. */
static gboolean
get_string (Ctx         *c,
            JsonObject  *object,
            const char  *parent,
            const char  *member,
            gboolean     required,
            char       **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return required ? missing (c, parent, member, _("a text")) : TRUE;
  if (!is_type (node, G_TYPE_STRING))
    return wrong (c, parent, member, node, required ? _("a text") : _("a text or null"));
  if (required && *json_node_get_string (node) == '\0')
    return wrong (c, parent, member, node, _("a non-empty text"));
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
get_number (Ctx        *c,
            JsonObject *object,
            const char *parent,
            const char *member,
            double     *out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NAN;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!is_number (node))
    return wrong (c, parent, member, node, _("a number or null"));
  *out = json_node_get_double (node);
  return TRUE;
}

static gboolean
get_int (Ctx        *c,
         JsonObject *object,
         const char *parent,
         const char *member,
         gboolean    required,
         gint64     *out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return required ? missing (c, parent, member, _("a whole number")) : TRUE;
  if (!is_type (node, G_TYPE_INT64))
    return wrong (c, parent, member, node, _("a whole number"));
  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_container (Ctx         *c,
               JsonObject  *object,
               const char  *parent,
               const char  *member,
               gboolean     required,
               JsonNodeType type,
               JsonNode   **out)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *expected = type == JSON_NODE_OBJECT ? _("an object") : _("an array");

  *out = NULL;
  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return required ? missing (c, parent, member, expected) : TRUE;
  if (JSON_NODE_TYPE (node) != type)
    return wrong (c, parent, member, node, expected);
  *out = node;
  return TRUE;
}

static gboolean
get_choice (Ctx                *c,
            JsonObject         *object,
            const char         *parent,
            const char         *member,
            const char * const *choices,
            int                *out)
{
  g_autofree char *value = NULL;

  if (!get_string (c, object, parent, member, FALSE, &value))
    return FALSE;
  if (value == NULL)
    return TRUE;
  for (int i = 0; choices[i]; i++)
    if (g_str_equal (value, choices[i]))
      {
        *out = i;
        return TRUE;
      }
  {
    g_autofree char *list = g_strjoinv (", ", (char **) choices);
    g_autofree char *expected = g_strdup_printf (_("one of %s"), list);
    return wrong (c, parent, member, json_object_get_member (object, member), expected);
  }
}

static gboolean
element_object (Ctx        *c,
                JsonArray  *array,
                const char *parent,
                guint       index,
                JsonObject **out,
                char      **path)
{
  JsonNode *node = json_array_get_element (array, index);

  *path = kj_path_index (parent, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong (c, *path, NULL, node, _("an object"));
  *out = json_node_get_object (node);
  return TRUE;
}

/* Per-year members: the keys are years, "2023". */
static gboolean
year_key (Ctx        *c,
          const char *parent,
          const char *key,
          int        *year)
{
  if (strlen (key) != 4 || !g_ascii_isdigit (key[0]) || !g_ascii_isdigit (key[1])
      || !g_ascii_isdigit (key[2]) || !g_ascii_isdigit (key[3]))
    {
      g_autofree char *path = kj_path_member (parent, key);
      return refuse (c, KJ_PLAN_ERROR_INVALID, path, path,
                     _("expected a year such as \"2023\" as member name, found \"%s\""), key);
    }
  *year = atoi (key);
  return TRUE;
}

static int
compare_year_items (gconstpointer a,
                    gconstpointer b)
{
  const KjYearItems *x = *(KjYearItems **) a, *y = *(KjYearItems **) b;
  return x->year - y->year;
}

typedef gpointer (*ReadItem) (Ctx *c, JsonObject *object, const char *path);

/* `{"2023": [ item, … ], …}` into a sorted array of KjYearItems. */
static gboolean
read_per_year_arrays (Ctx            *c,
                      JsonObject     *root,
                      const char     *member,
                      ReadItem        read_item,
                      GDestroyNotify  free_item,
                      GPtrArray      *out)
{
  JsonNode *node;
  g_autoptr(GList) years = NULL;

  if (!get_container (c, root, "$", member, FALSE, JSON_NODE_OBJECT, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  years = json_object_get_members (json_node_get_object (node));
  for (GList *l = years; l; l = l->next)
    {
      g_autofree char *year_path = kj_path_member (member, l->data);
      JsonNode *list = json_object_get_member (json_node_get_object (node), l->data);
      KjYearItems *items;
      int year;

      if (!year_key (c, member, l->data, &year))
        return FALSE;
      if (!JSON_NODE_HOLDS_ARRAY (list))
        return wrong (c, year_path, NULL, list, _("an array"));
      items = kj_year_items_new (year, free_item);
      g_ptr_array_add (out, items);
      for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
        {
          g_autofree char *path = NULL;
          JsonObject *object;
          gpointer item;

          if (!element_object (c, json_node_get_array (list), year_path, i, &object, &path))
            return FALSE;
          if ((item = read_item (c, object, path)) == NULL)
            return FALSE;
          g_ptr_array_add (items->items, item);
        }
    }
  g_ptr_array_sort (out, compare_year_items);
  return TRUE;
}

static const char * const satker_levels[] = { "pusat", "provinsi", "kabupaten", "kota", NULL };
static const char * const directions[] = { "higher_is_better", "lower_is_better", NULL };
static const char * const lower_formulas[] = { "inverse", "reflect", NULL };
static const char * const work_levels[] =
  { "program", "kegiatan", "kro", "ro", "komponen", "subkomponen", NULL };

static gboolean
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

static gboolean
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

static gboolean
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

  if (!get_container (c, o, path, "breakdown", FALSE, JSON_NODE_OBJECT, &node))
    return FALSE;
  if (node != NULL)
    {
      g_autofree char *bpath = kj_path_member (path, "breakdown");
      g_autoptr(GList) keys = json_object_get_members (json_node_get_object (node));

      for (GList *l = keys; l; l = l->next)
        {
          g_autofree char *ypath = kj_path_member (bpath, l->data);
          JsonNode *list = json_object_get_member (json_node_get_object (node), l->data);
          KjYearItems *items;
          int year;

          if (!year_key (c, bpath, l->data, &year))
            return FALSE;
          if (!JSON_NODE_HOLDS_ARRAY (list))
            return wrong (c, ypath, NULL, list, _("an array"));
          items = kj_year_items_new (year, (GDestroyNotify) kj_breakdown_row_free);
          g_ptr_array_add (ind->breakdown, items);
          for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
            {
              g_autofree char *rpath = NULL;
              JsonObject *row;
              gpointer item;

              if (!element_object (c, json_node_get_array (list), ypath, i, &row, &rpath)
                  || (item = read_breakdown_row (c, row, rpath)) == NULL)
                return FALSE;
              g_ptr_array_add (items->items, item);
            }
        }
      g_ptr_array_sort (ind->breakdown, compare_year_items);
    }
  return TRUE;
}

static gboolean
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

static gpointer
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

static gpointer
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

static gpointer
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

static gpointer
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

static gboolean
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

static gboolean
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

static gboolean
read_header (Ctx        *c,
             JsonNode   *root_node)
{
  JsonObject *root;
  g_autofree char *format = NULL;
  gint64 version = 0;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return wrong (c, "$", NULL, root_node, _("an object with \"format\": \"kinerja-plan\""));
  root = json_node_get_object (root_node);
  if (!json_object_has_member (root, "format"))
    return missing (c, "$", "format", _("\"kinerja-plan\""));
  if (!get_string (c, root, "$", "format", TRUE, &format))
    return FALSE;
  if (!g_str_equal (format, "kinerja-plan"))
    return refuse (c, KJ_PLAN_ERROR_INVALID, "format", NULL,
                   _("expected \"kinerja-plan\", found \"%s\": this is not a Kinerja plan file"),
                   format);
  if (!get_int (c, root, "$", "version", TRUE, &version))
    return FALSE;
  if (version > KJ_PLAN_FORMAT_VERSION)
    return refuse (c, KJ_PLAN_ERROR_VERSION, "version", NULL,
                   _("version %d is newer than this program supports; "
                     "expected version %d (update Kinerja to open this file)"),
                   (int) MIN (version, G_MAXINT), KJ_PLAN_FORMAT_VERSION);
  if (version < 1)
    return refuse (c, KJ_PLAN_ERROR_INVALID, "version", NULL,
                   _("expected version %d, found %d"),
                   KJ_PLAN_FORMAT_VERSION, (int) MAX (version, G_MININT));
  return TRUE;
}

static KjPlan *
fail_with (Ctx           *c,
           KjDiagnostic **diagnostic,
           GError       **error)
{
  g_autofree char *text = kj_diagnostic_to_string (c->diagnostic);

  g_set_error_literal (error, KJ_PLAN_ERROR, c->code, text);
  if (diagnostic)
    *diagnostic = g_steal_pointer (&c->diagnostic);
  g_clear_pointer (&c->diagnostic, kj_diagnostic_free);
  return NULL;
}

/**
 * kj_plan_load_bytes:
 * @display_name: how to name the file in messages
 * @file: (nullable): where it came from
 * @diagnostic: (out) (optional) (transfer full): why it was refused
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL when refused
 */
KjPlan *
kj_plan_load_bytes (GBytes        *bytes,
                    const char    *display_name,
                    GFile         *file,
                    KjDiagnostic **diagnostic,
                    GError       **error)
{
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(KjJsonProblem) problem = NULL;
  JsonNode *root;
  JsonObject *o;
  gsize length;
  Ctx c = { 0 };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  c.data = g_bytes_get_data (bytes, &length);
  c.length = length;
  c.name = display_name;
  if (c.data == NULL)
    c.data = "";

  root = kj_json_read (c.data, c.length, &problem);
  if (root == NULL)
    {
      c.diagnostic = kj_diagnostic_new (KJ_SEVERITY_ERROR, display_name, problem->path,
                                        problem->message);
      c.code = problem->over_limit ? KJ_PLAN_ERROR_LIMIT : KJ_PLAN_ERROR_SYNTAX;
      kj_json_offset_to_line_column (c.data, c.length, problem->offset,
                                     &c.diagnostic->line, &c.diagnostic->column);
      return fail_with (&c, diagnostic, error);
    }

  plan = g_object_new (KJ_TYPE_PLAN, NULL);
  plan->root = root;
  plan->source = g_bytes_ref (bytes);
  plan->display_name = g_strdup (display_name);
  g_set_object (&plan->file, file);

  if (!read_header (&c, root))
    return fail_with (&c, diagnostic, error);
  o = json_node_get_object (root);
  if (!read_satker (&c, o, &plan->satker)
      || !read_period (&c, o, plan)
      || !read_scales (&c, o, plan)
      || !read_indicators (&c, o, plan)
      || !read_per_year_arrays (&c, o, "budget", read_budget_line,
                                (GDestroyNotify) kj_budget_line_free, plan->budget)
      || !read_per_year_arrays (&c, o, "spending", read_spending_line,
                                (GDestroyNotify) kj_spending_line_free, plan->spending)
      || !read_per_year_arrays (&c, o, "outputs", read_output_line,
                                (GDestroyNotify) kj_output_line_free, plan->outputs)
      || !read_per_year_arrays (&c, o, "workplan", read_work_node,
                                (GDestroyNotify) kj_work_node_free, plan->workplan)
      || !read_signatures (&c, o, plan)
      || !read_context (&c, o, plan))
    return fail_with (&c, diagnostic, error);

  return g_steal_pointer (&plan);
}

/* Relative to the current folder where the file is below it, as typed. */
static char *
display_name_for (GFile *file)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) here = g_file_new_for_path (cwd);
  char *relative = g_file_get_relative_path (here, file);

  if (relative)
    return relative;
  return g_file_get_parse_name (file);
}

/**
 * kj_plan_load_file:
 * Reads @file synchronously (call it from a worker thread in the UI).
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL when refused
 */
KjPlan *
kj_plan_load_file (GFile         *file,
                   KjDiagnostic **diagnostic,
                   GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name_for (file);

  /* refuse a huge file before reading it into memory */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info && g_file_info_get_size (info) > KJ_JSON_MAX_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("file larger than %d MiB, expected a smaller plan file"), KJ_JSON_MAX_SIZE / (1024 * 1024));
      g_autoptr(KjDiagnostic) d = kj_diagnostic_new (KJ_SEVERITY_ERROR, name, "$", message);
      g_autofree char *text = kj_diagnostic_to_string (d);

      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_LIMIT, text);
      if (diagnostic)
        *diagnostic = g_steal_pointer (&d);
      return NULL;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_autoptr(KjDiagnostic) d = kj_diagnostic_new (KJ_SEVERITY_ERROR, name, "$",
                                                     local_error->message);
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_IO, "%s: %s", name, local_error->message);
      if (diagnostic)
        *diagnostic = g_steal_pointer (&d);
      return NULL;
    }
  return kj_plan_load_bytes (bytes, name, file, diagnostic, error);
}

/**
 * kj_plan_locate:
 * Where the value at @path starts in the text the plan was read from.
 *
 * Returns: %TRUE when found
 */
gboolean
kj_plan_locate (KjPlan     *plan,
                const char *path,
                guint      *line,
                guint      *column)
{
  GBytes *source;
  const char *data;
  gsize length, offset;

  g_return_val_if_fail (KJ_IS_PLAN (plan), FALSE);

  source = kj_plan_get_source (plan);
  if (source == NULL)
    return FALSE;
  data = g_bytes_get_data (source, &length);
  if (data == NULL || !kj_json_locate (data, length, path, &offset))
    return FALSE;
  kj_json_offset_to_line_column (data, length, offset, line, column);
  return TRUE;
}

/**
 * kj_plan_locate_all:
 * @diagnostics: (element-type KjDiagnostic): findings about @plan
 *
 * Fills in the line and column of every finding, reading the text once.
 */
void
kj_plan_locate_all (KjPlan    *plan,
                    GPtrArray *diagnostics)
{
  g_autofree const char **paths = NULL;
  g_autofree gsize *offsets = NULL;
  GBytes *source;
  const char *data;
  gsize length;

  g_return_if_fail (KJ_IS_PLAN (plan));

  source = kj_plan_get_source (plan);
  if (source == NULL || diagnostics->len == 0)
    return;
  data = g_bytes_get_data (source, &length);
  paths = g_new (const char *, diagnostics->len);
  offsets = g_new (gsize, diagnostics->len);
  for (guint i = 0; i < diagnostics->len; i++)
    paths[i] = ((KjDiagnostic *) g_ptr_array_index (diagnostics, i))->path;
  kj_json_locate_all (data, length, paths, diagnostics->len, offsets);
  kj_json_offsets_to_line_columns (data, length, offsets, diagnostics->len);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (diagnostics, i);
      if (offsets[i] != G_MAXSIZE)
        {
          d->line = offsets[i] >> 32;
          d->column = offsets[i] & 0xffffffff;
        }
    }
}
