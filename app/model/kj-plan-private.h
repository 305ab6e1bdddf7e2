/* kj-plan-private.h: the fields of plans and indicators, for their builders
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kj-diagnostic.h"
#include "kj-node.h"
#include "kj-plan.h"

G_BEGIN_DECLS

struct _KjIndicator
{
  GObject         parent_instance;

  KjPlan         *plan;             /* borrowed: the plan owns its indicators */
                                    /* texts: borrowed from the plan's tree */
  guint           index;            /* position in the file's "indicators" */
  const char     *id;
  const char     *name;
  const char     *unit;
  const char     *program;
  const char     *kegiatan;
  const char     *sasaran;
  KjDirection     direction;
  KjLowerFormula  lower_formula;
  const char     *value_scale_id;
  int             decimals;         /* -1: the program chooses */
  int             shown_decimals;   /* -1: not chosen yet (kj_indicator_get_display_decimals) */
  double          achievement_cap;  /* NAN: none */
  GPtrArray      *years;            /* KjYearValue, by year */
  GPtrArray      *breakdown;        /* KjYearItems of KjBreakdownRow, by year */
};

/* The typed view of a plan's tree: rebuilt from the tree, never written to. */
typedef struct
{
  KjPlan     *owner;           /* borrowed: for the indicators' back pointer */
  KjSatker    satker;
  int         first_year;
  int         last_year;
  const char *period_name;
  GPtrArray  *scales;          /* KjScale, the file's own */
  GPtrArray  *indicators;      /* KjIndicator */
  GHashTable *by_id;           /* indicator id → KjIndicator (borrowed) */
  GPtrArray  *budget;          /* KjYearItems of KjBudgetLine */
  GPtrArray  *spending;        /* KjYearItems of KjSpendingLine */
  GPtrArray  *outputs;         /* KjYearItems of KjOutputLine */
  GPtrArray  *workplan;        /* KjYearItems of KjWorkNode (roots) */
  GPtrArray  *signatures;      /* KjYearItems of one KjSignature */
  GPtrArray  *context;         /* KjContextTable */
  GPtrArray  *printed;         /* KjPrinted, in file order */
} KjPlanView;

struct _KjPlan
{
  GObject     parent_instance;

  GFile      *file;
  char       *display_name;
  KjDocument *doc;             /* the truth: the saver writes it, edits change it */
  KjPlanView  view;
  GPtrArray  *undo;            /* KjEdit applied, newest last */
  GPtrArray  *redo;            /* KjEdit undone, newest last */
  int         changes;         /* edits since the last save (undo counts back) */
  KjNode     *saved_root;      /* the tree as the file holds it, once edited (kj-changes.c) */
  GPtrArray  *touched;         /* stable paths edited since the last save, first first */
  GHashTable *touched_set;     /* the same, borrowed */
  gboolean    stamped;         /* what @file was when read or last saved (io/kj-plan-guard.c) */
  gint64      stamp_size;
  gint64      stamp_mtime;     /* microseconds */
  char       *stamp_hash;      /* SHA-256 of its bytes */
};

void     _kj_plan_view_init  (KjPlanView    *view,
                              KjPlan        *owner);
void     _kj_plan_view_clear (KjPlanView    *view);
gboolean _kj_plan_view_build (KjPlanView    *view,
                              KjNode        *root,
                              const char    *display_name,
                              KjDiagnostic **diagnostic,
                              GError       **error);

KjIndicator *kj_indicator_new (KjPlan *plan,
                               guint   index);

G_END_DECLS
