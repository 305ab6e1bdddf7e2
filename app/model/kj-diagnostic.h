/* kj-diagnostic.h: one finding about a plan file (load error or data check)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KJ_SEVERITY_ERROR,
  KJ_SEVERITY_WARNING,
  KJ_SEVERITY_NOTE,
} KjSeverity;

typedef struct
{
  KjSeverity  severity;
  char       *file;      /* as shown to the user */
  char       *path;      /* JSON path, "$" for the whole document */
  guint       line;      /* 0 when unknown */
  guint       column;
  char       *message;   /* one sentence a planner understands */
  char       *where;     /* (nullable): where the source document prints the figure */
  char       *other;     /* (nullable): a finding across files: the other file's name */
  char       *other_uri; /* (nullable): and its URI, to open it */
} KjDiagnostic;

#define KJ_TYPE_DIAGNOSTIC (kj_diagnostic_get_type ())
GType         kj_diagnostic_get_type     (void) G_GNUC_CONST;

KjDiagnostic *kj_diagnostic_new          (KjSeverity          severity,
                                          const char         *file,
                                          const char         *path,
                                          const char         *message);
KjDiagnostic *kj_diagnostic_copy         (const KjDiagnostic *diagnostic);
void          kj_diagnostic_free         (KjDiagnostic       *diagnostic);
const char   *kj_severity_to_string      (KjSeverity          severity);
char         *kj_diagnostic_to_string    (const KjDiagnostic *diagnostic);
char         *kj_diagnostic_to_check_line (const KjDiagnostic *diagnostic);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjDiagnostic, kj_diagnostic_free)

G_END_DECLS
