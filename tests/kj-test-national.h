/* kj-test-national.h: the workspaces chart tests and benchmarks draw
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/kj-workspace.h"

G_BEGIN_DECLS

KjWorkspace *kj_test_load_folder            (const char  *dir,
                                             guint        expected);
char        *kj_test_generate_national      (const char  *gen_bin);
void         kj_test_remove_dir             (char       **dir);
char        *kj_test_national_breakdown     (KjWorkspace *national,
                                             const char  *indicator,
                                             int          year,
                                             guint        max_rows,
                                             guint       *n_rows);

G_END_DECLS
