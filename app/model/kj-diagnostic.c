/* kj-diagnostic.c: one finding about a plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kj-diagnostic.h"

G_DEFINE_BOXED_TYPE (KjDiagnostic, kj_diagnostic, kj_diagnostic_copy, kj_diagnostic_free)

KjDiagnostic *
kj_diagnostic_new (KjSeverity  severity,
                   const char *file,
                   const char *path,
                   const char *message)
{
  KjDiagnostic *d = g_new0 (KjDiagnostic, 1);

  d->severity = severity;
  d->file = g_strdup (file);
  d->path = g_strdup (path ? path : "$");
  d->message = g_strdup (message);
  return d;
}

KjDiagnostic *
kj_diagnostic_copy (const KjDiagnostic *d)
{
  KjDiagnostic *copy = kj_diagnostic_new (d->severity, d->file, d->path, d->message);

  copy->line = d->line;
  copy->column = d->column;
  copy->where = g_strdup (d->where);
  copy->other = g_strdup (d->other);
  copy->other_uri = g_strdup (d->other_uri);
  return copy;
}

void
kj_diagnostic_free (KjDiagnostic *d)
{
  if (d == NULL)
    return;
  g_free (d->file);
  g_free (d->path);
  g_free (d->message);
  g_free (d->where);
  g_free (d->other);
  g_free (d->other_uri);
  g_free (d);
}

/* Machine tokens, like a compiler's: not translated. */
const char *
kj_severity_to_string (KjSeverity severity)
{
  switch (severity)
    {
    case KJ_SEVERITY_ERROR: return "error";
    case KJ_SEVERITY_WARNING: return "warning";
    case KJ_SEVERITY_NOTE: return "note";
    default: g_return_val_if_reached ("error");
    }
}

/**
 * kj_diagnostic_to_string:
 * Returns: (transfer full): `FILE:LINE:COLUMN: JSON-PATH: message`
 */
char *
kj_diagnostic_to_string (const KjDiagnostic *d)
{
  if (d->line > 0)
    return g_strdup_printf ("%s:%u:%u: %s: %s", d->file, d->line, d->column, d->path, d->message);
  return g_strdup_printf ("%s: %s: %s", d->file, d->path, d->message);
}

/**
 * kj_diagnostic_to_check_line:
 * Returns: (transfer full): `FILE: SEVERITY: JSON-PATH: message`, as printed by --check
 */
char *
kj_diagnostic_to_check_line (const KjDiagnostic *d)
{
  g_autofree char *where = NULL;

  if (d->line > 0)
    /* Translators: appended to a message about a file; a position in it */
    where = g_strdup_printf (_(" (line %u, column %u)"), d->line, d->column);
  return g_strdup_printf ("%s: %s: %s: %s%s", d->file, kj_severity_to_string (d->severity),
                          d->path, d->message, where ? where : "");
}
