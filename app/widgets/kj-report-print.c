/* kj-report-print.c: reports printed through GtkPrintOperation
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The print dialog draws the pages with the same composer as the PDF export
 * (kj_report_pages_draw()), on the paper the report is made for, so the
 * printed pages are the PDF's.  The window's "Print…" (Ctrl+P) runs the
 * operation this returns with GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/kj-report-print.h"

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           gpointer           data)
{
  kj_report_pages_draw (data, gtk_print_context_get_cairo_context (context), (guint) page);
}

static GtkPageSetup *
page_setup_for (const KjReportRequest *request)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  double width, height;

  kj_paper_get_size (request->paper, FALSE, &width, &height);
  switch (request->paper)
    {
    case KJ_PAPER_A4:
      paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
      break;
    case KJ_PAPER_LETTER:
      paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
      break;
    case KJ_PAPER_F4:
    default:
      /* Translators: the 215 × 330 mm paper of Indonesian offices */
      paper = gtk_paper_size_new_custom ("kinerja-f4", _("F4 (Folio)"), width, height, GTK_UNIT_POINTS);
      break;
    }
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, request->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                            : GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

/**
 * kj_report_print_operation_new:
 * A print operation of @request's pages: measured now, drawn page by page
 * when it runs, in points from the paper's corner (the composer keeps its
 * own margins).
 *
 * Returns: (transfer full) (nullable): %NULL with @error when the report has nothing to print
 */
GtkPrintOperation *
kj_report_print_operation_new (const KjReportRequest *request,
                               GError               **error)
{
  KjReportPages *pages = kj_report_pages_new (request, error);
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkPrintOperation *operation;

  if (pages == NULL)
    return NULL;
  operation = gtk_print_operation_new ();
  setup = page_setup_for (request);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, (int) kj_report_pages_get_n_pages (pages));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, kj_report_kind_title (request->kind, request->lang));
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), pages);
  g_object_set_data_full (G_OBJECT (operation), "kj-report-pages", pages,
                          (GDestroyNotify) kj_report_pages_free);
  return operation;
}

/* The language of the interface, for a report printed from the window. */
static KjReportLang
interface_lang (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i]; i++)
    {
      if (g_str_has_prefix (names[i], "id"))
        return KJ_REPORT_LANG_ID;
      if (g_str_has_prefix (names[i], "en"))
        return KJ_REPORT_LANG_EN;
    }
  return KJ_REPORT_LANG_ID;
}

/**
 * kj_report_print_plan_operation:
 * @others: (nullable): the plans open with @plan (a PK names the superior
 *   from its own file, as the exported PDF does)
 *
 * The print operation of @plan's LKIP appendices for @year, on A4, in the
 * interface's language.
 *
 * Returns: (transfer full) (nullable): %NULL with @error when there is nothing to print
 */
GtkPrintOperation *
kj_report_print_plan_operation (KjPlan      *plan,
                                GListModel  *others,
                                int          year,
                                GError     **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  KjReportRequest request = { kj_report_kind_find ("lkip"), plans, year, KJ_PAPER_A4, FALSE, interface_lang () };

  g_ptr_array_add (plans, plan);
  for (guint i = 0; others && i < g_list_model_get_n_items (others); i++)
    g_ptr_array_add (loaded, g_list_model_get_item (others, i));
  request.others = loaded;
  return kj_report_print_operation_new (&request, error);
}

/**
 * kj_report_print_plan:
 * Opens the print dialog (with its preview) on kj_report_print_plan_operation().
 *
 * Returns: %FALSE with @error when there is nothing to print or printing failed
 */
gboolean
kj_report_print_plan (GtkWindow   *parent,
                      KjPlan      *plan,
                      GListModel  *others,
                      int          year,
                      GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = kj_report_print_plan_operation (plan, others, year, error);

  if (operation == NULL)
    return FALSE;
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}
