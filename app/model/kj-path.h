/* kj-path.h: JSON paths as messages show them: indicators[3].years.2023.target
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  kj_path_append_member (GString    *path,
                             const char *member);
char *kj_path_member        (const char *parent,
                             const char *member);
char *kj_path_index         (const char *parent,
                             guint       index);

G_END_DECLS
