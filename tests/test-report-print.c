/* test-report-print.c: a report printed through GtkPrintOperation is its PDF
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "io/kj-plan-io.h"
#include "report/kj-report.h"
#include "widgets/kj-report-print.h"

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *cmd = g_strdup_printf ("pdftotext -f %u -l %u %s -", page, page, pdf);
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return out;
}

static char *
info (const char *pdf)
{
  g_autofree char *cmd = g_strdup_printf ("pdfinfo %s", pdf);
  char *out = NULL;

  g_assert_true (g_spawn_command_line_sync (cmd, &out, NULL, NULL, NULL));
  return out;
}

static guint
n_pages (const char *pdf)
{
  g_autofree char *text = info (pdf);
  const char *p = strstr (text, "Pages:");

  g_assert_nonnull (p);
  return (guint) g_ascii_strtoull (p + 6 + strspn (p + 6, " "), NULL, 10);
}

static KjPlan *
load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (SAMPLES_DIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KjPlan *plan = kj_plan_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

/* Every page of @a has the text of the same page of @b. */
static void
assert_same_pages (const char *a,
                   const char *b)
{
  guint n = n_pages (a);

  g_assert_cmpuint (n, ==, n_pages (b));
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *ta = page_text (a, i), *tb = page_text (b, i);
      g_assert_cmpstr (ta, ==, tb);
    }
}

/* @sample: one sample's file name, or several separated by commas */
static void
check_report (const char *sample,
              const char *report,
              KjPaper     paper,
              gboolean    landscape,
              const char *size)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "export.pdf", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *pages_pdf = g_build_filename (dir, "pages.pdf", NULL);
  g_auto(GStrv) names = g_strsplit (sample, ",", -1);
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(KjReportPages) pages = NULL;
  KjReportRequest request = { kj_report_kind_find (report), plans, 0, paper, landscape, KJ_REPORT_LANG_ID };
  GtkPrintOperationResult result;
  double width, height;

  for (guint i = 0; names[i]; i++)
    g_ptr_array_add (plans, load_sample (names[i]));
  g_assert_true (kj_report_write_pdf (&request, pdf, NULL, NULL, &error));
  g_assert_no_error (error);

  /* the pages drawn one by one, as a print dialog asks for them */
  pages = kj_report_pages_new (&request, &error);
  g_assert_no_error (error);
  kj_report_pages_get_size (pages, &width, &height);
  {
    cairo_surface_t *surface = cairo_pdf_surface_create (pages_pdf, width, height);
    cairo_t *cr = cairo_create (surface);

    for (guint i = 0; i < kj_report_pages_get_n_pages (pages); i++)
      {
        kj_report_pages_draw (pages, cr, i);
        cairo_show_page (cr);
      }
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  assert_same_pages (pdf, pages_pdf);

  /* and backwards: each page as it is on paper, whichever satker's part
   * was composed before (the parts before a page's own are skipped) */
  {
    guint n = kj_report_pages_get_n_pages (pages);
    cairo_surface_t *surface = cairo_pdf_surface_create (pages_pdf, width, height);
    cairo_t *cr = cairo_create (surface);

    for (guint i = n; i-- > 0;)
      {
        kj_report_pages_draw (pages, cr, i);
        cairo_show_page (cr);
      }
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
    for (guint i = 1; i <= n; i++)
      {
        g_autofree char *ta = page_text (pdf, i), *tb = page_text (pages_pdf, n + 1 - i);
        g_assert_cmpstr (ta, ==, tb);
      }
  }

  /* through GtkPrintOperation, printing to a PDF file */
  operation = kj_report_print_operation_new (&request, &error);
  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  assert_same_pages (pdf, printed);
  {
    g_autofree char *text = info (printed);
    if (strstr (text, size) == NULL)
      g_error ("%s: not %s:\n%s", printed, size, text);
  }
  g_unlink (pdf);
  g_unlink (printed);
  g_unlink (pages_pdf);
  g_rmdir (dir);
}

static void
test_print_pengukuran (void)
{
  check_report ("bnn-kota-kupang.json", "pengukuran", KJ_PAPER_A4, FALSE, "595");
}

static void
test_print_lkip_f4_landscape (void)
{
  check_report ("bnnp-kalimantan-barat.json", "lkip", KJ_PAPER_F4, TRUE, "935");
}

/* Two satker, each part with its own cover, contents and numbering: the
 * PDF composes each part once and fills its contents in at its end, the
 * print dialog's pages are measured first; both give the same pages. */
static void
test_print_lkip_two (void)
{
  check_report ("bnn-kota-kupang.json,bnnp-kalimantan-barat.json", "lkip", KJ_PAPER_A4, FALSE, "595");
}

/* Printing from the window: the PK's second party is the superior as its
 * own open file names it, as in the exported PDF. */
static void
test_print_pk_superior (void)
{
  g_autoptr(KjPlan) kupang = load_sample ("bnn-kota-kupang.json");
  g_autoptr(KjPlan) ntt = load_sample ("bnnp-nusa-tenggara-timur.json");
  g_autoptr(GListStore) open = g_list_store_new (KJ_TYPE_PLAN);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kj-print-pk-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;

  g_list_store_append (open, kupang);
  g_list_store_append (open, ntt);
  operation = kj_report_print_plan_operation (kupang, G_LIST_MODEL (open), 2024, &error);
  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  {
    const char *argv[] = { "pdftotext", printed, "-", NULL };
    g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
    g_autofree char *raw = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &raw, NULL, NULL, NULL));
    /* a title may wrap in its column */
    text = g_regex_replace_literal (space, raw, -1, 0, " ", 0, NULL);
  }
  g_assert_nonnull (strstr (text, "PIHAK KEDUA"));
  /* the title NTT's own file gives, not the one made from Kupang's parent */
  g_assert_nonnull (strstr (text, "Kepala Badan Narkotika Nasional Provinsi Nusa Tenggara Timur"));
  g_unlink (printed);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report-print/pengukuran", test_print_pengukuran);
  g_test_add_func ("/report-print/lkip-f4-landscape", test_print_lkip_f4_landscape);
  g_test_add_func ("/report-print/lkip-two", test_print_lkip_two);
  g_test_add_func ("/report-print/pk-superior", test_print_pk_superior);
  return g_test_run ();
}
