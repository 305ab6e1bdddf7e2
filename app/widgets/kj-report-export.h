/* kj-report-export.h: Export PDF… — a report of the workspace to a PDF file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/kj-workspace.h"
#include "report/kj-report.h"

G_BEGIN_DECLS

#define KJ_TYPE_REPORT_EXPORT (kj_report_export_get_type ())
G_DECLARE_FINAL_TYPE (KjReportExport, kj_report_export, KJ, REPORT_EXPORT, AdwWindow)

KjReportExport *kj_report_export_new       (GtkWindow      *parent,
                                            KjWorkspace    *workspace,
                                            KjPlan         *plan,
                                            int             year);
void            kj_report_export_set_choices (KjReportExport *self,
                                              const char     *kind_id,
                                              int             year,
                                              gboolean        all_satker,
                                              KjPaper         paper,
                                              gboolean        landscape,
                                              KjReportLang    lang);
gboolean        kj_report_export_get_request (KjReportExport  *self,
                                              KjReportRequest *request);
void            kj_report_export_to_file   (KjReportExport *self,
                                            GFile          *file);
void            kj_report_export_cancel    (KjReportExport *self);
gboolean        kj_report_export_is_running (KjReportExport *self);
char           *kj_report_export_file_name (KjReportExport *self);

G_END_DECLS
