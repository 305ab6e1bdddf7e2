/* kj-changes-private.h: what changed since a plan was last saved
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-edit.h"
#include "kj-node.h"
#include "kj-plan.h"

G_BEGIN_DECLS

/* One net change at a path: the value at the last save -> the value now
 * (NULL: absent, or null: no data). */
typedef struct
{
  char   *path;
  KjNode *old;
  KjNode *value;
} KjChange;

KjChange  *_kj_change_new           (const char   *path,
                                     const KjNode *old,
                                     const KjNode *value);
void       _kj_change_free          (KjChange     *change);

void       _kj_plan_before_apply    (KjPlan       *plan);
void       _kj_plan_track           (KjPlan       *plan,
                                     KjEdit       *edit);
void       _kj_plan_forget_changes  (KjPlan       *plan);
GPtrArray *_kj_plan_get_changes     (KjPlan       *plan);
char      *_kj_plan_stable_path     (KjPlan       *plan,
                                     const char   *path);

void       _kj_plan_record_history  (KjPlan       *plan,
                                     guint        *n_added,
                                     int          *made);
void       _kj_plan_unrecord_history (KjPlan      *plan,
                                     guint         n_added,
                                     int           made);

gboolean   _kj_edit_add_change      (KjEdit       *edit,
                                     KjNode       *root,
                                     const char   *path,
                                     const KjNode *value,
                                     GError      **error);
gboolean   _kj_node_same_data       (const KjNode *a,
                                     const KjNode *b);

G_END_DECLS
