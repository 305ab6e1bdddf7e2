/* kj-history-dialog.h: the saved changes of a plan, an indicator or a cell
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/kj-plan.h"

G_BEGIN_DECLS

#define KJ_TYPE_HISTORY_DIALOG (kj_history_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KjHistoryDialog, kj_history_dialog, KJ, HISTORY_DIALOG, AdwWindow)

KjHistoryDialog *kj_history_dialog_new         (GtkWindow       *parent,
                                                KjPlan          *plan,
                                                const char      *path_prefix,
                                                const char      *what);
GPtrArray       *kj_history_dialog_get_entries (KjHistoryDialog *self);
void             kj_history_dialog_restore     (KjHistoryDialog *self,
                                                guint            index);

G_END_DECLS
