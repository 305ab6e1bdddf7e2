/* kj-plan-io.h: reading and writing plan files (format version 1)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/kj-diagnostic.h"
#include "model/kj-plan.h"

G_BEGIN_DECLS

KjPlan   *kj_plan_load_bytes  (GBytes        *bytes,
                               const char    *display_name,
                               GFile         *file,
                               KjDiagnostic **diagnostic,
                               GError       **error);
KjPlan   *kj_plan_load_file   (GFile         *file,
                               KjDiagnostic **diagnostic,
                               GError       **error);
KjPlan   *kj_plan_read_file   (GFile         *file,
                               KjDiagnostic **diagnostic,
                               GError       **error);
char     *kj_plan_to_data     (KjPlan        *plan);
gboolean  kj_plan_save        (KjPlan        *plan,
                               GFile         *file,
                               GError       **error);

typedef enum
{
  KJ_SAVE_NONE  = 0,
  KJ_SAVE_FORCE = 1 << 0,   /* overwrite a file that changed on disk */
} KjSaveFlags;

gboolean  kj_plan_save_full          (KjPlan     *plan,
                                      GFile      *file,
                                      KjSaveFlags flags,
                                      GError    **error);
gboolean  kj_plan_changed_on_disk    (KjPlan     *plan);
gboolean  kj_plan_is_read_only       (KjPlan     *plan);

/* for the loader and the saver */
void      _kj_plan_stamp             (KjPlan     *plan,
                                      GFile      *file,
                                      const char *data,
                                      gsize       length);

G_END_DECLS
