/* kj-report-private.h: what the reports share (private to app/report)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/kj-format.h"
#include "report/kj-composer.h"
#include "report/kj-report.h"

G_BEGIN_DECLS

/* Words of a report in its language */
#define KJ_TR(run, id, en) ((run)->lang == KJ_REPORT_LANG_EN ? (en) : (id))

typedef struct
{
  char  *title;
  guint  page;     /* within its part */
  int    level;    /* 0: a satker, 1: a section */
  guint  part;     /* the satker's part, from 1 */
} KjTocEntry;

/* One pass of a report over its plans. */
typedef struct
{
  const KjReportRequest *request;
  KjComposer            *c;
  KjReportLang           lang;
  gboolean               drawing;
  GArray                *contents;   /* KjTocEntry: what the tables of contents list (nullable) */
  GArray                *record;     /* KjTocEntry: where sections start (nullable) */
  gboolean               once;       /* composed once, each part's contents filled in at its end */
  int                    outline;    /* the current satker's outline entry */
  KjPlan                *plan;       /* the plan being composed */
  int                    year;
  guint                  part;       /* its part, from 1 */
} KjReportRun;

typedef void (*KjReportBuild) (KjReportRun *run);

void  _kj_report_section     (KjReportRun *run,
                              const char  *title,
                              int          level);
void  _kj_report_title       (KjReportRun *run,
                              const char  *title);
char *_kj_report_value       (KjReportRun *run,
                              KjIndicator *indicator,
                              double       value);
char *_kj_report_percent     (KjReportRun *run,
                              double       value);
char *_kj_report_category    (KjReportRun *run,
                              KjIndicator *indicator,
                              int          year);
const KjSignature *_kj_report_signature (KjReportRun *run);

void  _kj_report_pk          (KjReportRun *run);
void  _kj_report_pengukuran  (KjReportRun *run);
void  _kj_report_anggaran    (KjReportRun *run);
void  _kj_report_output      (KjReportRun *run);
void  _kj_report_tren        (KjReportRun *run);
void  _kj_report_analisis    (KjReportRun *run);
void  _kj_report_ringkasan   (KjReportRun *run);
void  _kj_report_lkip        (KjReportRun *run);
void  _kj_report_cover       (KjReportRun *run);
void  _kj_report_contents    (KjReportRun *run);
GArray  *_kj_report_toc_new      (void);
GArray  *_kj_report_lkip_entries (const KjReportRequest *request,
                                  KjPlan                *only,
                                  guint                  part);
gboolean _kj_report_has_outputs (KjPlan *plan,
                                 int     year);
gboolean _kj_report_has_money   (KjPlan *plan,
                                 int     year);

G_END_DECLS
