/* kj-atomic-file.h: a file written beside its place and renamed over it
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KjAtomicFile KjAtomicFile;

KjAtomicFile *kj_atomic_file_new    (const char    *path,
                                     GError       **error);
gboolean      kj_atomic_file_write  (KjAtomicFile  *file,
                                     const void    *data,
                                     gsize          length);
gboolean      kj_atomic_file_commit (KjAtomicFile  *file,
                                     GError       **error);
void          kj_atomic_file_abort  (KjAtomicFile  *file);
gboolean      kj_atomic_file_set_contents (const char *path,
                                           const void *data,
                                           gsize       length,
                                           GError    **error);

G_END_DECLS
