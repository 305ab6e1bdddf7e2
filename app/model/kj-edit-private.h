/* kj-edit-private.h: patches, for the plan that applies them
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-edit.h"

G_BEGIN_DECLS

typedef struct
{
  KjPatchOp  op;
  char      *path;            /* as given: with keys */
  char      *applied_path;    /* with positions, once applied */
  KjNode    *value;           /* owned; NULL: remove (KJ_PATCH_SET) */
  KjNode    *old;             /* owned: what it replaced, once applied; or expected */
  int        want;            /* requested position (insert, new member); -1: the end */
  int        index;           /* position it was applied at */
  gboolean   expect_old;      /* @old is what must be there (an inverse) */
  gboolean   removed_member;
} KjPatch;

struct _KjEdit
{
  int        ref_count;
  char      *label;
  GArray    *patches;         /* KjPatch */
  gboolean   applied;
};

gboolean _kj_edit_apply_tree  (KjEdit  *edit,
                               KjNode  *root,
                               GError **error);
void     _kj_edit_revert_tree (KjEdit  *edit,
                               KjNode  *root);
void     _kj_edit_reset       (KjEdit  *edit);

G_END_DECLS
