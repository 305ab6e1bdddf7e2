/* kj-report-print.h: reports printed through GtkPrintOperation
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "report/kj-report.h"

G_BEGIN_DECLS

GtkPrintOperation *kj_report_print_operation_new (const KjReportRequest *request,
                                                  GError               **error);

GtkPrintOperation *kj_report_print_plan_operation (KjPlan      *plan,
                                                   GListModel  *others,
                                                   int          year,
                                                   GError     **error);
gboolean kj_report_print_plan (GtkWindow   *parent,
                               KjPlan      *plan,
                               GListModel  *others,
                               int          year,
                               GError     **error);

G_END_DECLS
