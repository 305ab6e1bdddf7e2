/* kj-plan-private.h: the fields of plans and indicators, for the loader
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kj-plan.h"

G_BEGIN_DECLS

struct _KjIndicator
{
  GObject         parent_instance;

  KjPlan         *plan;             /* borrowed: the plan owns its indicators */
  guint           index;            /* position in the file's "indicators" */
  char           *id;
  char           *name;
  char           *unit;
  char           *program;
  char           *kegiatan;
  char           *sasaran;
  KjDirection     direction;
  KjLowerFormula  lower_formula;
  char           *value_scale_id;
  int             decimals;         /* -1: the program chooses */
  double          achievement_cap;  /* NAN: none */
  GPtrArray      *years;            /* KjYearValue, by year */
  GPtrArray      *breakdown;        /* KjYearItems of KjBreakdownRow, by year */
};

struct _KjPlan
{
  GObject     parent_instance;

  GFile      *file;
  char       *display_name;
  GBytes     *source;          /* the text as read: to point at positions */
  JsonNode   *root;            /* the whole document, unknown members included */

  KjSatker    satker;
  int         first_year;
  int         last_year;
  char       *period_name;
  GPtrArray  *scales;          /* KjScale, the file's own */
  GPtrArray  *indicators;      /* KjIndicator */
  GPtrArray  *budget;          /* KjYearItems of KjBudgetLine */
  GPtrArray  *spending;        /* KjYearItems of KjSpendingLine */
  GPtrArray  *outputs;         /* KjYearItems of KjOutputLine */
  GPtrArray  *workplan;        /* KjYearItems of KjWorkNode (roots) */
  GPtrArray  *signatures;      /* KjYearItems of one KjSignature */
  GPtrArray  *context;         /* KjContextTable */
};

KjIndicator *kj_indicator_new (KjPlan *plan,
                               guint   index);

G_END_DECLS
