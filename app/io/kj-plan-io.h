/* kj-plan-io.h: reading and writing plan files (format version 1)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/kj-diagnostic.h"
#include "model/kj-plan.h"

G_BEGIN_DECLS

#define KJ_PLAN_FORMAT_VERSION 1

#define KJ_PLAN_ERROR (kj_plan_error_quark ())
GQuark kj_plan_error_quark (void);

typedef enum
{
  KJ_PLAN_ERROR_IO,        /* cannot read or write the file */
  KJ_PLAN_ERROR_SYNTAX,    /* not JSON */
  KJ_PLAN_ERROR_LIMIT,     /* too large or too deep */
  KJ_PLAN_ERROR_VERSION,   /* a newer format version */
  KJ_PLAN_ERROR_INVALID,   /* JSON, but not what the contract says */
} KjPlanError;

KjPlan   *kj_plan_load_bytes  (GBytes        *bytes,
                               const char    *display_name,
                               GFile         *file,
                               KjDiagnostic **diagnostic,
                               GError       **error);
KjPlan   *kj_plan_load_file   (GFile         *file,
                               KjDiagnostic **diagnostic,
                               GError       **error);
gboolean  kj_plan_locate      (KjPlan        *plan,
                               const char    *path,
                               guint         *line,
                               guint         *column);
void      kj_plan_locate_all  (KjPlan        *plan,
                               GPtrArray     *diagnostics);
char     *kj_plan_to_data     (KjPlan        *plan);
gboolean  kj_plan_save        (KjPlan        *plan,
                               GFile         *file,
                               GError       **error);

G_END_DECLS
