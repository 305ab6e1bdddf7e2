/* kj-report.h: printed reports (LKIP appendices, PK, summaries) to PDF
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No GTK: reports are composed with cairo and pango on any cairo surface.
 * The report's language decides its words, its numbers and its dates,
 * whatever locale the machine has.
 */
#pragma once

#include <cairo.h>

#include "model/kj-plan.h"

G_BEGIN_DECLS

typedef enum
{
  KJ_REPORT_LANG_ID,
  KJ_REPORT_LANG_EN,
} KjReportLang;

typedef enum
{
  KJ_PAPER_A4,       /* 210 × 297 mm */
  KJ_PAPER_F4,       /* 215 × 330 mm, "Folio" in Indonesian offices */
  KJ_PAPER_LETTER,   /* 8.5 × 11 in */
} KjPaper;

typedef struct
{
  const char *id;          /* the CLI's --report */
  const char *title_id;    /* the document title in each language */
  const char *title_en;
} KjReportKind;

typedef struct
{
  const KjReportKind *kind;
  GPtrArray          *plans;      /* KjPlan: one section per satker */
  int                 year;       /* 0: each plan's latest year with data */
  KjPaper             paper;
  gboolean            landscape;
  KjReportLang        lang;
  GPtrArray          *others;     /* (nullable) KjPlan: more plans loaded with them, not
                                   * reported on, where a PK finds the superior's file */
} KjReportRequest;

#define KJ_REPORT_ERROR (kj_report_error_quark ())
GQuark kj_report_error_quark (void);

typedef enum
{
  KJ_REPORT_ERROR_NO_DATA,   /* nothing for that year */
  KJ_REPORT_ERROR_WRITE,     /* the file cannot be written */
} KjReportError;

/* Called after each page is written (@page from 1) with the satker parts
 * written so far; return FALSE to cancel. */
typedef gboolean (*KjReportProgress) (guint    page,
                                      guint    parts_done,
                                      guint    n_parts,
                                      gpointer user_data);

const KjReportKind *kj_report_kinds       (guint             *n_kinds);
const KjReportKind *kj_report_kind_find   (const char        *id);
const char         *kj_report_kind_title  (const KjReportKind *kind,
                                           KjReportLang       lang);
gboolean            kj_paper_parse        (const char        *text,
                                           KjPaper           *paper);
void                kj_paper_get_size     (KjPaper            paper,
                                           gboolean           landscape,
                                           double            *width,
                                           double            *height);
gboolean            kj_report_lang_parse  (const char        *text,
                                           KjReportLang      *lang);

gboolean            kj_report_check       (const KjReportRequest *request,
                                           GError               **error);
gboolean            kj_report_write_pdf   (const KjReportRequest *request,
                                           const char            *path,
                                           KjReportProgress       progress,
                                           gpointer               user_data,
                                           GError               **error);
typedef struct _KjReportPages KjReportPages;

KjReportPages      *kj_report_pages_new   (const KjReportRequest *request,
                                           GError               **error);
guint               kj_report_pages_get_n_pages (KjReportPages   *pages);
void                kj_report_pages_get_size (KjReportPages      *pages,
                                              double             *width,
                                              double             *height);
void                kj_report_pages_draw  (KjReportPages         *pages,
                                           cairo_t               *cr,
                                           guint                  page);
void                kj_report_pages_free  (KjReportPages         *pages);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KjReportPages, kj_report_pages_free)

int                 kj_report_plan_year   (const KjReportRequest *request,
                                           KjPlan                *plan);

/* Numbers, dates and the drafted LKIP sentences in a report's language */
char *kj_report_format_number  (KjReportLang  lang,
                                double        value,
                                int           decimals);
char *kj_report_format_percent (KjReportLang  lang,
                                double        value,
                                int           decimals);
char *kj_report_format_rupiah  (KjReportLang  lang,
                                double        value);
char *kj_report_format_date    (KjReportLang  lang,
                                const char   *iso_date);
char *kj_report_office_key     (const char   *office);
char *kj_report_superior_title (KjReportLang  lang,
                                const char   *office);
char *kj_report_draft_sentence (KjIndicator  *indicator,
                                int           year,
                                KjReportLang  lang);
char *kj_report_draft_comparison (KjIndicator *indicator,
                                  int          year,
                                  KjReportLang lang);

G_END_DECLS
