/* kj-narrative-dialog.h: the LKIP analysis of an indicator's year, written
 * in the app: supporting factors, obstacles, actions
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/kj-plan.h"

G_BEGIN_DECLS

typedef enum
{
  KJ_NARRATIVE_FACTORS,
  KJ_NARRATIVE_OBSTACLES,
  KJ_NARRATIVE_ACTIONS,
} KjNarrativePart;

#define KJ_TYPE_NARRATIVE_DIALOG (kj_narrative_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KjNarrativeDialog, kj_narrative_dialog, KJ, NARRATIVE_DIALOG, AdwWindow)

KjNarrativeDialog *kj_narrative_dialog_new      (GtkWindow         *parent,
                                                 KjPlan            *plan,
                                                 const char        *indicator_id,
                                                 int                year);
char              *kj_narrative_dialog_get_text (KjNarrativeDialog *self,
                                                 KjNarrativePart    part);
void               kj_narrative_dialog_set_text (KjNarrativeDialog *self,
                                                 KjNarrativePart    part,
                                                 const char        *text);
gboolean           kj_narrative_dialog_save     (KjNarrativeDialog *self,
                                                 GError           **error);
const char        *kj_narrative_dialog_get_draft (KjNarrativeDialog *self);
gboolean           kj_narrative_dialog_has_stale_draft (KjNarrativeDialog *self);
void               kj_narrative_dialog_insert_draft (KjNarrativeDialog *self,
                                                     KjNarrativePart    part);
void               kj_narrative_dialog_update_drafts (KjNarrativeDialog *self);

G_END_DECLS
