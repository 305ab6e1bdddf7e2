/* kj-edit.h: a change to a plan, as patches on its tree
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kj-node.h"

G_BEGIN_DECLS

typedef enum
{
  KJ_PATCH_SET,      /* replace a value; add or (with no value) remove a member */
  KJ_PATCH_INSERT,   /* insert an element into an array */
  KJ_PATCH_REMOVE,   /* remove an element of an array or a member of an object */
} KjPatchOp;

#define KJ_TYPE_EDIT (kj_edit_get_type ())
typedef struct _KjEdit KjEdit;

GType         kj_edit_get_type          (void) G_GNUC_CONST;
KjEdit       *kj_edit_new               (const char *label);
KjEdit       *kj_edit_ref               (KjEdit     *edit);
void          kj_edit_unref             (KjEdit     *edit);

void          kj_edit_set               (KjEdit     *edit,
                                         const char *path,
                                         KjNode     *value);
void          kj_edit_set_number        (KjEdit     *edit,
                                         const char *path,
                                         double      value);
void          kj_edit_set_string        (KjEdit     *edit,
                                         const char *path,
                                         const char *value);
void          kj_edit_insert            (KjEdit     *edit,
                                         const char *array_path,
                                         int         index,
                                         KjNode     *value);
void          kj_edit_remove            (KjEdit     *edit,
                                         const char *path);

const char   *kj_edit_get_label         (KjEdit     *edit);
guint         kj_edit_get_n_patches     (KjEdit     *edit);
KjPatchOp     kj_edit_get_op            (KjEdit     *edit,
                                         guint       i);
const char   *kj_edit_get_path          (KjEdit     *edit,
                                         guint       i);
const char   *kj_edit_get_applied_path  (KjEdit     *edit,
                                         guint       i);
const KjNode *kj_edit_get_value         (KjEdit     *edit,
                                         guint       i);
const KjNode *kj_edit_get_old_value     (KjEdit     *edit,
                                         guint       i);
gboolean      kj_edit_is_applied        (KjEdit     *edit);
gboolean      kj_edit_touches           (KjEdit     *edit,
                                         const char *prefix);
KjEdit       *kj_edit_invert            (KjEdit     *edit);

KjNode       *kj_edit_to_node           (KjEdit       *edit);
KjEdit       *kj_edit_new_from_node     (const KjNode *node,
                                         GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjEdit, kj_edit_unref)

G_END_DECLS
