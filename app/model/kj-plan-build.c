/* kj-plan-build.c: the typed view of a plan, built from its tree
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The builder checks the contract (docs/plan-format.md) and refuses a tree with
 * the first thing that breaks it: the loader for a file, and kj_plan_apply()
 * for an edit, with the same rules and the same messages.  What is well-formed
 * but suspicious (a sum that does not add up, a year outside the period) is
 * left to kj-checks.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kj-plan-build-private.h"

static gboolean
read_header (KjBuildCtx *c,
             KjNode *root)
{
  const char *format = NULL;
  gint64 version = 0;

  if (!kj_node_is_object (root))
    return _kj_wrong (c, "$", NULL, root, _("an object with \"format\": \"kinerja-plan\""));
  if (kj_node_get_member (root, "format") == NULL)
    return _kj_missing (c, "$", "format", _("\"kinerja-plan\""));
  if (!_kj_get_string (c, root, "$", "format", TRUE, &format))
    return FALSE;
  if (!g_str_equal (format, "kinerja-plan"))
    return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, "format", NULL,
                   _("expected \"kinerja-plan\", found \"%s\": this is not a Kinerja plan file"),
                   format);
  if (!_kj_get_int (c, root, "$", "version", TRUE, &version))
    return FALSE;
  if (version > KJ_PLAN_FORMAT_VERSION)
    return _kj_refuse (c, KJ_PLAN_ERROR_VERSION, "version", NULL,
                   _("version %d is newer than this program supports; "
                     "expected version %d (update Kinerja to open this file)"),
                   (int) MIN (version, G_MAXINT), KJ_PLAN_FORMAT_VERSION);
  if (version < 1)
    return _kj_refuse (c, KJ_PLAN_ERROR_INVALID, "version", NULL,
                   _("expected version %d, found %d"),
                   KJ_PLAN_FORMAT_VERSION, (int) MAX (version, G_MININT));
  return TRUE;
}

static void
fail_with (KjBuildCtx *c,
           KjDiagnostic **diagnostic,
           GError       **error)
{
  g_autofree char *text = kj_diagnostic_to_string (c->diagnostic);

  g_set_error_literal (error, KJ_PLAN_ERROR, c->code, text);
  if (diagnostic)
    *diagnostic = g_steal_pointer (&c->diagnostic);
  g_clear_pointer (&c->diagnostic, kj_diagnostic_free);
}

/**
 * _kj_plan_view_build:
 * @view: an empty view (from _kj_plan_view_init())
 *
 * Returns: %TRUE when @root is a plan; else @view is to be cleared
 */
gboolean
_kj_plan_view_build (KjPlanView    *view,
                     KjNode        *root,
                     const char    *display_name,
                     KjDiagnostic **diagnostic,
                     GError       **error)
{
  KjBuildCtx c = { root, display_name, NULL, 0 };

  if (!read_header (&c, root)
      || !_kj_read_satker (&c, root, &view->satker)
      || !_kj_read_period (&c, root, view)
      || !_kj_read_scales (&c, root, view)
      || !_kj_read_indicators (&c, root, view)
      || !_kj_read_per_year_arrays (&c, root, "$", "budget", _kj_read_budget_line,
                                (GDestroyNotify) kj_budget_line_free, view->budget)
      || !_kj_read_per_year_arrays (&c, root, "$", "spending", _kj_read_spending_line,
                                (GDestroyNotify) kj_spending_line_free, view->spending)
      || !_kj_read_per_year_arrays (&c, root, "$", "outputs", _kj_read_output_line,
                                (GDestroyNotify) kj_output_line_free, view->outputs)
      || !_kj_read_per_year_arrays (&c, root, "$", "workplan", _kj_read_work_node,
                                (GDestroyNotify) kj_work_node_free, view->workplan)
      || !_kj_read_signatures (&c, root, view)
      || !_kj_read_context (&c, root, view)
      || !_kj_read_printed (&c, root, view))
    {
      fail_with (&c, diagnostic, error);
      return FALSE;
    }
  return TRUE;
}
