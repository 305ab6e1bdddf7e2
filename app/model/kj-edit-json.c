/* kj-edit-json.c: an edit as JSON, and back
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit not yet applied, as a node:
 *   { "label": "…", "patches": [ { "op": "set", "path": "…", "value": … },
 *                                { "op": "insert", "path": "…", "index": 2, "value": … },
 *                                { "op": "remove", "path": "…" } ] }
 * A set without "value" removes the member.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kj-edit-private.h"
#include "kj-path.h"
#include "kj-plan.h"

static const char *const op_names[] = { "set", "insert", "remove" };

/**
 * kj_edit_to_node:
 * Returns: (transfer full): @edit's patches as requested (paths with keys,
 *   values), whether applied or not
 */
KjNode *
kj_edit_to_node (KjEdit *edit)
{
  KjNode *node, *patches;

  g_return_val_if_fail (edit != NULL, NULL);

  node = kj_node_new_object ();
  if (edit->label)
    kj_node_object_set (node, "label", kj_node_new_string (edit->label));
  patches = kj_node_new_array ();
  for (guint i = 0; i < edit->patches->len; i++)
    {
      KjPatch *p = &g_array_index (edit->patches, KjPatch, i);
      KjNode *patch = kj_node_new_object ();

      kj_node_object_set (patch, "op", kj_node_new_string (op_names[p->op]));
      kj_node_object_set (patch, "path", kj_node_new_string (p->path));
      if (p->op == KJ_PATCH_INSERT && p->want >= 0)
        kj_node_object_set (patch, "index", kj_node_new_number (p->want));
      if (p->value)
        kj_node_object_set (patch, "value", kj_node_copy (p->value));
      kj_node_array_insert (patches, -1, patch);
    }
  kj_node_object_set (node, "patches", patches);
  return node;
}

G_GNUC_PRINTF (2, 3) static KjEdit *
refuse (GError    **error,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_INVALID, message);
  return NULL;
}

/**
 * kj_edit_new_from_node:
 * Reads what kj_edit_to_node() wrote.
 *
 * Returns: (transfer full) (nullable): an edit not yet applied, or %NULL
 *   with an error naming the patch and what was expected
 */
KjEdit *
kj_edit_new_from_node (const KjNode *node,
                       GError      **error)
{
  g_autoptr(KjEdit) edit = NULL;
  KjNode *label, *patches;

  g_return_val_if_fail (node != NULL, NULL);

  if (!kj_node_is_object (node) || (patches = kj_node_get_member (node, "patches")) == NULL
      || !kj_node_is_array (patches))
    return refuse (error, _("expected an edit: an object with an array \"patches\""));
  label = kj_node_get_member (node, "label");
  edit = kj_edit_new (label && kj_node_is_string (label) ? kj_node_get_string (label) : NULL);
  for (guint i = 0; i < kj_node_get_length (patches); i++)
    {
      KjNode *patch = kj_node_get_element (patches, i);
      KjNode *op = kj_node_is_object (patch) ? kj_node_get_member (patch, "op") : NULL;
      KjNode *path = kj_node_is_object (patch) ? kj_node_get_member (patch, "path") : NULL;
      KjNode *value = kj_node_is_object (patch) ? kj_node_get_member (patch, "value") : NULL;
      KjNode *index = kj_node_is_object (patch) ? kj_node_get_member (patch, "index") : NULL;
      g_autoptr(GArray) steps = NULL;
      gint64 at = -1;

      if (op == NULL || !kj_node_is_string (op) || path == NULL || !kj_node_is_string (path)
          || (steps = kj_path_parse (kj_node_get_string (path))) == NULL)
        return refuse (error, _("patches[%u]: expected \"op\" and a \"path\""), i);
      if (g_str_equal (kj_node_get_string (op), "set"))
        kj_edit_set (edit, kj_node_get_string (path), value ? kj_node_copy (value) : NULL);
      else if (g_str_equal (kj_node_get_string (op), "remove"))
        kj_edit_remove (edit, kj_node_get_string (path));
      else if (g_str_equal (kj_node_get_string (op), "insert"))
        {
          if (value == NULL || (index && (!kj_node_get_int (index, &at) || at < 0 || at > G_MAXINT)))
            return refuse (error, _("patches[%u]: expected a \"value\" to insert and an \"index\" from 0"), i);
          kj_edit_insert (edit, kj_node_get_string (path), (int) at, kj_node_copy (value));
        }
      else
        return refuse (error, _("patches[%u]: expected \"op\" set, insert or remove"), i);
    }
  return g_steal_pointer (&edit);
}
