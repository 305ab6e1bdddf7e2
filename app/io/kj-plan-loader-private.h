/* kj-plan-loader-private.h: what the plan loader's files share
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "io/kj-plan-io.h"

G_BEGIN_DECLS

typedef struct
{
  const char   *data;
  gsize         length;
  const char   *name;
  KjDiagnostic *diagnostic;
  int           code;
} Ctx;

/* kj-plan-loader.c: refusals and typed accessors */
G_GNUC_INTERNAL G_GNUC_PRINTF (5, 6)
gboolean refuse (Ctx        *c,
                 int         code,
                 const char *path,
                 const char *at,
                 const char *format,
                 ...);
G_GNUC_INTERNAL
gboolean wrong (Ctx        *c,
                const char *parent,
                const char *member,
                JsonNode   *node,
                const char *expected);
G_GNUC_INTERNAL
gboolean is_type (JsonNode *node,
                  GType     type);
G_GNUC_INTERNAL
gboolean is_number (JsonNode *node);
G_GNUC_INTERNAL
gboolean get_string (Ctx         *c,
                     JsonObject  *object,
                     const char  *parent,
                     const char  *member,
                     gboolean     required,
                     char       **out);
G_GNUC_INTERNAL
gboolean get_number (Ctx        *c,
                     JsonObject *object,
                     const char *parent,
                     const char *member,
                     double     *out);
G_GNUC_INTERNAL
gboolean get_int (Ctx        *c,
                  JsonObject *object,
                  const char *parent,
                  const char *member,
                  gboolean    required,
                  gint64     *out);
G_GNUC_INTERNAL
gboolean get_container (Ctx         *c,
                        JsonObject  *object,
                        const char  *parent,
                        const char  *member,
                        gboolean     required,
                        JsonNodeType type,
                        JsonNode   **out);
G_GNUC_INTERNAL
gboolean get_choice (Ctx                *c,
                     JsonObject         *object,
                     const char         *parent,
                     const char         *member,
                     const char * const *choices,
                     int                *out);
G_GNUC_INTERNAL
gboolean element_object (Ctx        *c,
                         JsonArray  *array,
                         const char *parent,
                         guint       index,
                         JsonObject **out,
                         char      **path);
G_GNUC_INTERNAL
gboolean year_key (Ctx        *c,
                   const char *parent,
                   const char *key,
                   int        *year);

typedef gpointer (*ReadItem) (Ctx *c, JsonObject *object, const char *path);

G_GNUC_INTERNAL
gboolean read_per_year_arrays (Ctx            *c,
                               JsonObject     *object,
                               const char     *parent,
                               const char     *member,
                               ReadItem        read_item,
                               GDestroyNotify  free_item,
                               GPtrArray      *out);

G_GNUC_INTERNAL
int compare_year_items (gconstpointer a,
                        gconstpointer b);

/* kj-plan-loader-sections.c: the top-level members */
G_GNUC_INTERNAL
gboolean read_satker (Ctx        *c,
                      JsonObject *root,
                      KjSatker   *s);
G_GNUC_INTERNAL
gboolean read_period (Ctx        *c,
                      JsonObject *root,
                      KjPlan     *plan);
G_GNUC_INTERNAL
gboolean read_scales (Ctx        *c,
                      JsonObject *root,
                      KjPlan     *plan);
G_GNUC_INTERNAL
gboolean read_indicators (Ctx        *c,
                          JsonObject *root,
                          KjPlan     *plan);
G_GNUC_INTERNAL
gpointer read_budget_line (Ctx        *c,
                           JsonObject *o,
                           const char *path);
G_GNUC_INTERNAL
gpointer read_spending_line (Ctx        *c,
                             JsonObject *o,
                             const char *path);
G_GNUC_INTERNAL
gpointer read_output_line (Ctx        *c,
                           JsonObject *o,
                           const char *path);
G_GNUC_INTERNAL
gpointer read_work_node (Ctx        *c,
                         JsonObject *o,
                         const char *path);
G_GNUC_INTERNAL
gboolean read_signatures (Ctx        *c,
                          JsonObject *root,
                          KjPlan     *plan);
G_GNUC_INTERNAL
gboolean read_context (Ctx        *c,
                       JsonObject *root,
                       KjPlan     *plan);

G_END_DECLS
