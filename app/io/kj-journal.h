/* kj-journal.h: unsaved edits kept in a recovery file, restored after a crash
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/kj-plan.h"

G_BEGIN_DECLS

/* A journal larger than this is refused unread. */
#define KJ_JOURNAL_MAX_SIZE (16 * 1024 * 1024)
#define KJ_JOURNAL_MAX_CHANGES 200000

#define KJ_TYPE_JOURNAL (kj_journal_get_type ())
typedef struct _KjJournal KjJournal;

GType       kj_journal_get_type        (void) G_GNUC_CONST;
KjJournal  *kj_journal_ref             (KjJournal  *journal);
void        kj_journal_unref           (KjJournal  *journal);

GFile      *kj_journal_get_folder      (void);
GFile      *kj_journal_file_for        (GFile      *plan_file);
GFile      *kj_journal_file_of         (KjPlan     *plan);
gboolean    kj_journal_write           (KjPlan     *plan,
                                        GError    **error);
gboolean    kj_journal_forget          (KjPlan     *plan,
                                        GError    **error);
GPtrArray  *kj_journal_list            (GPtrArray **problems);
KjJournal  *kj_journal_load            (GFile      *journal_file,
                                        GError    **error);
gboolean    kj_journal_discard         (KjJournal  *journal,
                                        GError    **error);

GFile      *kj_journal_get_file        (KjJournal  *journal);
GFile      *kj_journal_get_plan_file   (KjJournal  *journal);
const char *kj_journal_get_sample      (KjJournal  *journal);
const char *kj_journal_get_file_hash   (KjJournal  *journal);
const char *kj_journal_get_when        (KjJournal  *journal);
GDateTime  *kj_journal_get_time        (KjJournal  *journal);
guint       kj_journal_get_n_changes   (KjJournal  *journal);
gboolean    kj_journal_file_matches    (KjJournal  *journal,
                                        KjPlan     *plan);
gboolean    kj_journal_restore         (KjJournal  *journal,
                                        KjPlan     *plan,
                                        GPtrArray **skipped,
                                        GError    **error);

/* for the saver: a saved plan's journal (under its old and new name) is obsolete */
void        _kj_journal_forget_file    (GFile      *plan_file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjJournal, kj_journal_unref)

G_END_DECLS
