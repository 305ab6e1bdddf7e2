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
#include <stdlib.h>
#include <glib/gi18n.h>

#include "io/kj-json.h"
#include "io/kj-plan-io.h"
#include "io/kj-plan-loader-private.h"
#include "model/kj-path.h"
#include "model/kj-plan-private.h"

G_DEFINE_QUARK (kj-plan-error-quark, kj_plan_error)

G_GNUC_PRINTF (5, 6) gboolean
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

gboolean
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

gboolean
is_type (JsonNode *node,
         GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

gboolean
is_number (JsonNode *node)
{
  return is_type (node, G_TYPE_INT64) || is_type (node, G_TYPE_DOUBLE);
}

/* Optional strings accept null as "absent"; @required ones must be non-empty. */
gboolean
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

gboolean
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

gboolean
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

gboolean
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

gboolean
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

gboolean
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
gboolean
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

int
compare_year_items (gconstpointer a,
                    gconstpointer b)
{
  const KjYearItems *x = *(KjYearItems **) a, *y = *(KjYearItems **) b;
  return x->year - y->year;
}

/* `{"2023": [ item, … ], …}` at @member of @object into a sorted array of
 * KjYearItems: budget, spending, outputs, work plan, breakdowns. */
gboolean
read_per_year_arrays (Ctx            *c,
                      JsonObject     *object,
                      const char     *parent,
                      const char     *member,
                      ReadItem        read_item,
                      GDestroyNotify  free_item,
                      GPtrArray      *out)
{
  g_autofree char *member_path = kj_path_member (parent, member);
  g_autoptr(GList) years = NULL;
  JsonNode *node;

  if (!get_container (c, object, parent, member, FALSE, JSON_NODE_OBJECT, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  years = json_object_get_members (json_node_get_object (node));
  for (GList *l = years; l; l = l->next)
    {
      g_autofree char *year_path = kj_path_member (member_path, l->data);
      JsonNode *list = json_object_get_member (json_node_get_object (node), l->data);
      KjYearItems *items;
      int year;

      if (!year_key (c, member_path, l->data, &year))
        return FALSE;
      if (!JSON_NODE_HOLDS_ARRAY (list))
        return wrong (c, year_path, NULL, list, _("an array"));
      items = kj_year_items_new (year, free_item);
      g_ptr_array_add (out, items);
      for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
        {
          g_autofree char *path = NULL;
          JsonObject *element;
          gpointer item;

          if (!element_object (c, json_node_get_array (list), year_path, i, &element, &path))
            return FALSE;
          if ((item = read_item (c, element, path)) == NULL)
            return FALSE;
          g_ptr_array_add (items->items, item);
        }
    }
  g_ptr_array_sort (out, compare_year_items);
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
      || !read_per_year_arrays (&c, o, "$", "budget", read_budget_line,
                                (GDestroyNotify) kj_budget_line_free, plan->budget)
      || !read_per_year_arrays (&c, o, "$", "spending", read_spending_line,
                                (GDestroyNotify) kj_spending_line_free, plan->spending)
      || !read_per_year_arrays (&c, o, "$", "outputs", read_output_line,
                                (GDestroyNotify) kj_output_line_free, plan->outputs)
      || !read_per_year_arrays (&c, o, "$", "workplan", read_work_node,
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
