/* kj-workspace.h: the plans open together, as a list model
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kj-plan.h"

G_BEGIN_DECLS

#define KJ_TYPE_WORKSPACE (kj_workspace_get_type ())
G_DECLARE_FINAL_TYPE (KjWorkspace, kj_workspace, KJ, WORKSPACE, GObject)

KjWorkspace *kj_workspace_new        (void);
void         kj_workspace_add        (KjWorkspace *self,
                                      KjPlan      *plan);
void         kj_workspace_add_all    (KjWorkspace *self,
                                      GPtrArray   *plans);
void         kj_workspace_clear      (KjWorkspace *self);
KjPlan      *kj_workspace_find       (KjWorkspace *self,
                                      const char  *name_or_code);
KjPlan      *kj_workspace_find_source (KjWorkspace *self,
                                       KjPlan      *plan);
GPtrArray   *kj_workspace_get_across_findings (KjWorkspace *self,
                                               KjPlan      *plan);

G_END_DECLS
