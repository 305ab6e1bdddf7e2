/* kj-plan-build-private.h: what the builders of a plan's typed view share
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-diagnostic.h"
#include "kj-node.h"
#include "kj-plan-private.h"

G_BEGIN_DECLS

typedef struct
{
  KjNode       *root;
  const char   *name;
  KjDiagnostic *diagnostic;
  int           code;
} KjBuildCtx;

/* kj-plan-access.c: refusals and typed accessors */
G_GNUC_INTERNAL G_GNUC_PRINTF (5, 6)
gboolean _kj_refuse (KjBuildCtx *c,
                     int         code,
                     const char *path,
                     const char *at,
                     const char *format,
                     ...);
G_GNUC_INTERNAL
gboolean _kj_wrong (KjBuildCtx *c,
                    const char *parent,
                    const char *member,
                    KjNode     *node,
                    const char *expected);
G_GNUC_INTERNAL
gboolean _kj_missing (KjBuildCtx *c,
                      const char *parent,
                      const char *member,
                      const char *expected);
G_GNUC_INTERNAL
gboolean _kj_get_string (KjBuildCtx *c,
                         KjNode      *object,
                         const char  *parent,
                         const char  *member,
                         gboolean     required,
                         const char **out);
G_GNUC_INTERNAL
gboolean _kj_get_number (KjBuildCtx *c,
                         KjNode     *object,
                         const char *parent,
                         const char *member,
                         double     *out);
G_GNUC_INTERNAL
gboolean _kj_get_int (KjBuildCtx *c,
                      KjNode     *object,
                      const char *parent,
                      const char *member,
                      gboolean    required,
                      gint64     *out);
G_GNUC_INTERNAL
gboolean _kj_get_container (KjBuildCtx *c,
                            KjNode      *object,
                            const char  *parent,
                            const char  *member,
                            gboolean     required,
                            KjNodeType   type,
                            KjNode     **out);
G_GNUC_INTERNAL
gboolean _kj_get_choice (KjBuildCtx *c,
                         KjNode             *object,
                         const char         *parent,
                         const char         *member,
                         const char * const *choices,
                         int                *out);
G_GNUC_INTERNAL
gboolean _kj_element_object (KjBuildCtx *c,
                             KjNode     *array,
                             const char *parent,
                             guint       index,
                             KjNode    **out,
                             char      **path);
G_GNUC_INTERNAL
gboolean _kj_year_key (KjBuildCtx *c,
                       const char *parent,
                       const char *key,
                       int        *year);

typedef gpointer (*KjReadItem) (KjBuildCtx *c, KjNode     *object, const char *path);

G_GNUC_INTERNAL
gboolean _kj_read_per_year_arrays (KjBuildCtx *c,
                                   KjNode         *object,
                                   const char     *parent,
                                   const char     *member,
                                   KjReadItem        read_item,
                                   GDestroyNotify  free_item,
                                   GPtrArray      *out);

G_GNUC_INTERNAL
int _kj_compare_year_items (gconstpointer a,
                            gconstpointer b);

/* kj-plan-sections.c: the top-level members */
G_GNUC_INTERNAL
gboolean _kj_read_satker (KjBuildCtx *c,
                          KjNode     *root,
                          KjSatker   *s);
G_GNUC_INTERNAL
gboolean _kj_read_period (KjBuildCtx *c,
                          KjNode     *root,
                          KjPlanView *plan);
G_GNUC_INTERNAL
gboolean _kj_read_scales (KjBuildCtx *c,
                          KjNode     *root,
                          KjPlanView *plan);
G_GNUC_INTERNAL
gboolean _kj_read_indicators (KjBuildCtx *c,
                              KjNode     *root,
                              KjPlanView *plan);
G_GNUC_INTERNAL
gpointer _kj_read_budget_line (KjBuildCtx *c,
                               KjNode     *o,
                               const char *path);
G_GNUC_INTERNAL
gpointer _kj_read_spending_line (KjBuildCtx *c,
                                 KjNode     *o,
                                 const char *path);
G_GNUC_INTERNAL
gpointer _kj_read_output_line (KjBuildCtx *c,
                               KjNode     *o,
                               const char *path);
G_GNUC_INTERNAL
gpointer _kj_read_work_node (KjBuildCtx *c,
                             KjNode     *o,
                             const char *path);
G_GNUC_INTERNAL
gboolean _kj_read_signatures (KjBuildCtx *c,
                              KjNode     *root,
                              KjPlanView *plan);
G_GNUC_INTERNAL
gboolean _kj_read_context (KjBuildCtx *c,
                           KjNode     *root,
                           KjPlanView *plan);
G_GNUC_INTERNAL
gboolean _kj_read_printed (KjBuildCtx *c,
                           KjNode     *root,
                           KjPlanView *plan);

G_END_DECLS
