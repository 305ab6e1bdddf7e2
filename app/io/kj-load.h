/* kj-load.h: loading many plan files at once (files, folders, samples)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *plans;      /* KjPlan, in the order given, a folder's files by name */
  GPtrArray *problems;   /* KjDiagnostic: the files that were refused */
} KjLoadResult;

typedef void (*KjParallelFunc) (guint index, gpointer data);

/* @done of @total files read; called in the thread that started the load */
typedef void (*KjLoadProgressFunc) (guint done, guint total, gpointer user_data);

void          kj_parallel_for      (guint                n,
                                    KjParallelFunc       func,
                                    gpointer             data);
KjLoadResult *kj_load_result_new    (void);
void          kj_load_result_free   (KjLoadResult        *result);
void          kj_load_files         (GFile              **files,
                                     guint                n_files,
                                     KjLoadResult        *result);
void          kj_load_files_read_only (GFile        **files,
                                       guint          n_files,
                                       KjLoadResult  *result);
void          kj_load_resources     (const char          *resource_path,
                                     KjLoadResult        *result);
void          kj_load_files_async   (GFile              **files,
                                     guint                n_files,
                                     GCancellable        *cancellable,
                                     KjLoadProgressFunc   progress,
                                     gpointer             progress_data,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
KjLoadResult *kj_load_files_finish  (GAsyncResult        *result,
                                     GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjLoadResult, kj_load_result_free)

G_END_DECLS
