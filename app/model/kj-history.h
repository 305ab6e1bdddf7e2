/* kj-history.h: saved edits, recorded in the plan file itself
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kj-edit.h"
#include "kj-node.h"
#include "kj-plan.h"

G_BEGIN_DECLS

/* The top-level member of a plan file that holds the history (docs/plan-format.md). */
#define KJ_HISTORY_MEMBER "history"

#define KJ_TYPE_HISTORY_ENTRY (kj_history_entry_get_type ())
typedef struct _KjHistoryEntry KjHistoryEntry;

typedef enum
{
  KJ_HISTORY_OLD,   /* the value before the change */
  KJ_HISTORY_NEW,   /* the value the change saved */
} KjHistoryValue;

GType           kj_history_entry_get_type      (void) G_GNUC_CONST;
KjHistoryEntry *kj_history_entry_ref           (KjHistoryEntry *entry);
void            kj_history_entry_unref         (KjHistoryEntry *entry);

const char     *kj_history_entry_get_who       (KjHistoryEntry *entry);
const char     *kj_history_entry_get_when      (KjHistoryEntry *entry);
GDateTime      *kj_history_entry_get_time      (KjHistoryEntry *entry);
const char     *kj_history_entry_get_path      (KjHistoryEntry *entry);
const char     *kj_history_entry_get_indicator (KjHistoryEntry *entry);
int             kj_history_entry_get_year      (KjHistoryEntry *entry);
const char     *kj_history_entry_get_row       (KjHistoryEntry *entry);
const char     *kj_history_entry_get_field     (KjHistoryEntry *entry);
const KjNode   *kj_history_entry_get_old_value (KjHistoryEntry *entry);
const KjNode   *kj_history_entry_get_new_value (KjHistoryEntry *entry);
KjEdit         *kj_history_entry_make_restore  (KjHistoryEntry *entry,
                                                KjPlan         *plan,
                                                KjHistoryValue  which,
                                                GError        **error);

GPtrArray      *kj_plan_get_history            (KjPlan         *plan,
                                                const char     *path_prefix);

void            kj_history_set_user_name       (const char     *name);
char           *kj_history_get_user_name       (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjHistoryEntry, kj_history_entry_unref)

G_END_DECLS
