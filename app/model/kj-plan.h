/* kj-plan.h: one satker's plan file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kj-diagnostic.h"
#include "kj-edit.h"
#include "kj-indicator.h"
#include "kj-node.h"
#include "kj-printed.h"
#include "kj-scale.h"
#include "kj-types.h"

G_BEGIN_DECLS

#define KJ_PLAN_FORMAT_VERSION 1

#define KJ_PLAN_ERROR (kj_plan_error_quark ())
GQuark kj_plan_error_quark (void);

typedef enum
{
  KJ_PLAN_ERROR_IO,        /* cannot read or write the file */
  KJ_PLAN_ERROR_SYNTAX,    /* not JSON */
  KJ_PLAN_ERROR_LIMIT,     /* too large or too deep */
  KJ_PLAN_ERROR_VERSION,   /* a newer format version */
  KJ_PLAN_ERROR_INVALID,   /* JSON, but not what the contract says */
  KJ_PLAN_ERROR_CONFLICT,  /* an edit that does not fit the plan as it is now */
  KJ_PLAN_ERROR_CHANGED,   /* the file changed on disk since it was read or saved */
} KjPlanError;

#define KJ_TYPE_PLAN (kj_plan_get_type ())
G_DECLARE_FINAL_TYPE (KjPlan, kj_plan, KJ, PLAN, GObject)

KjPlan         *kj_plan_new_for_document  (KjDocument    *doc,
                                           const char    *display_name,
                                           GFile         *file,
                                           KjDiagnostic **diagnostic,
                                           GError       **error);
KjNode         *kj_plan_get_root          (KjPlan        *self);
gboolean        kj_plan_locate            (KjPlan        *self,
                                           const char    *path,
                                           guint         *line,
                                           guint         *column);
void            kj_plan_locate_all        (KjPlan        *self,
                                           GPtrArray     *diagnostics);

gboolean        kj_plan_apply             (KjPlan        *self,
                                           KjEdit        *edit,
                                           KjDiagnostic **diagnostic,
                                           GError       **error);
gboolean        kj_plan_can_undo          (KjPlan        *self);
gboolean        kj_plan_can_redo          (KjPlan        *self);
KjEdit         *kj_plan_get_undo_edit     (KjPlan        *self);
KjEdit         *kj_plan_get_redo_edit     (KjPlan        *self);
gboolean        kj_plan_undo              (KjPlan        *self,
                                           GError       **error);
gboolean        kj_plan_redo              (KjPlan        *self,
                                           GError       **error);
gboolean        kj_plan_get_modified      (KjPlan        *self);
void            kj_plan_set_saved         (KjPlan        *self,
                                           GFile         *file);

GFile          *kj_plan_get_file          (KjPlan     *self);
const char     *kj_plan_get_display_name  (KjPlan     *self);
const KjSatker *kj_plan_get_satker        (KjPlan     *self);
const char     *kj_plan_get_title         (KjPlan     *self);
int             kj_plan_get_first_year    (KjPlan     *self);
int             kj_plan_get_last_year     (KjPlan     *self);
const char     *kj_plan_get_period_name   (KjPlan     *self);
KjScale        *kj_plan_get_scale         (KjPlan     *self,
                                           const char *id);
GPtrArray      *kj_plan_get_scales        (KjPlan     *self);
GPtrArray      *kj_plan_get_indicators    (KjPlan     *self);
KjIndicator    *kj_plan_find_indicator    (KjPlan     *self,
                                           const char *id);
GPtrArray      *kj_plan_get_budget        (KjPlan     *self);
GPtrArray      *kj_plan_get_spending      (KjPlan     *self);
GPtrArray      *kj_plan_get_outputs       (KjPlan     *self);
GPtrArray      *kj_plan_get_workplan      (KjPlan     *self);
GPtrArray      *kj_plan_get_signatures    (KjPlan     *self);
GPtrArray      *kj_plan_get_context       (KjPlan     *self);
GPtrArray      *kj_plan_get_printed       (KjPlan     *self);
void            kj_plan_get_money_totals  (KjPlan     *self,
                                           int         year,
                                           gboolean    spending,
                                           double     *allocation,
                                           double     *realization);
gboolean        kj_plan_has_year_data     (KjPlan     *self,
                                           int         year);
gboolean        kj_plan_matches           (KjPlan     *self,
                                           const char *name_or_code);

G_END_DECLS
