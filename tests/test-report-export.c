/* test-report-export.c: Export PDF… in the window, driven to a PDF file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <adwaita.h>

#include "io/kj-plan-io.h"
#include "widgets/kj-report-export.h"
#include "widgets/kj-window.h"
#include "kj-test-util.h"

static char *
run (const char *tool,
     const char *pdf)
{
  g_autofree char *cmd = g_strdup_printf ("%s %s%s", tool, pdf, g_str_equal (tool, "pdftotext") ? " -" : "");
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return out;
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

typedef struct
{
  char     *exported;
} Seen;

/* Whether @window is still one of the program's windows (gtk_window_destroy()
 * takes it out at once; its "destroy" may come later, when the last
 * reference goes). */
static gboolean
is_open (gpointer window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && !found; i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      found = (gpointer) w == window;
    }
  return found;
}

static void
exported_cb (KjReportExport *dialog,
             const char     *path,
             Seen           *seen)
{
  g_assert_null (seen->exported);
  seen->exported = g_strdup (path);
}

static gboolean
give_up (gpointer data)
{
  g_error ("the export did not finish in time");
  return G_SOURCE_REMOVE;
}

/* Spins the main loop while the worker writes. */
static void
wait_while_running (KjReportExport *dialog)
{
  guint timeout = g_timeout_add_seconds (90, give_up, NULL);

  while (kj_report_export_is_running (dialog))
    g_main_context_iteration (NULL, TRUE);
  /* the completion runs in the main loop once the worker returned */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_source_remove (timeout);
}

typedef struct
{
  KjWorkspace *workspace;
  KjPlan      *kupang;
  GtkWindow   *parent;
  char        *dir;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  KjPlan *kalbar = load_sample ("bnnp-kalimantan-barat.json");

  f->workspace = kj_workspace_new ();
  f->kupang = load_sample ("bnn-kota-kupang.json");
  kj_workspace_add (f->workspace, f->kupang);
  kj_workspace_add (f->workspace, kalbar);
  g_object_unref (kalbar);
  f->parent = GTK_WINDOW (gtk_window_new ());
  f->dir = g_dir_make_tmp ("kinerja-export-XXXXXX", NULL);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  gtk_window_destroy (f->parent);
  g_object_unref (f->kupang);
  g_object_unref (f->workspace);
}

static KjReportExport *
new_dialog (Fixture *f,
            Seen    *seen)
{
  KjReportExport *dialog = kj_report_export_new (f->parent, f->workspace, f->kupang, 2024);

  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), seen);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* The satker shown, one report, F4 landscape in English: the file is the
 * report, and the window closes once it is written. */
static void
test_export_one (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "out.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autofree char *name = NULL, *info = NULL, *text = NULL;
  Seen seen = { 0 };
  KjReportExport *dialog = new_dialog (f, &seen);
  KjReportRequest request = { 0 };

  /* what the window proposes: the LKIP appendices of the satker shown */
  name = kj_report_export_file_name (dialog);
  g_assert_cmpstr (name, ==, "lkip-bnn-kota-kupang-2024.pdf");

  kj_report_export_set_choices (dialog, "pengukuran", 2024, FALSE, KJ_PAPER_F4, TRUE, KJ_REPORT_LANG_EN);
  g_assert_true (kj_report_export_get_request (dialog, &request));
  g_assert_cmpuint (request.plans->len, ==, 1);
  g_assert_cmpstr (request.kind->id, ==, "pengukuran");
  /* the workspace's plans come along: where a PK finds the superior's file */
  g_assert_nonnull (request.others);
  g_ptr_array_unref (request.plans);
  g_clear_pointer (&request.others, g_ptr_array_unref);

  kj_report_export_to_file (dialog, file);
  wait_while_running (dialog);
  g_assert_cmpstr (seen.exported, ==, pdf);
  g_assert_false (is_open (dialog));

  info = run ("pdfinfo", pdf);
  /* F4 landscape: 330 × 215 mm */
  g_assert_nonnull (strstr (info, "935.433 x 609.449"));
  g_assert_nonnull (strstr (info, "Creator:         Kinerja"));
  text = run ("pdftotext", pdf);
  g_assert_nonnull (strstr (text, "PERFORMANCE MEASUREMENT YEAR 2024"));
  g_assert_nonnull (strstr (text, "BNN Kota Kupang"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  /* the figures of the seed, in English format */
  g_assert_nonnull (strstr (text, "103.74%"));
  g_assert_null (strstr (text, "Kalimantan Barat"));
  g_free (seen.exported);
}

/* Every satker of the workspace, each with its own pages, in Indonesian. */
static void
test_export_all (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "all.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autofree char *text = NULL, *name = NULL;
  Seen seen = { 0 };
  KjReportExport *dialog = new_dialog (f, &seen);

  kj_report_export_set_choices (dialog, "pk", 2024, TRUE, KJ_PAPER_A4, FALSE, KJ_REPORT_LANG_ID);
  name = kj_report_export_file_name (dialog);
  g_assert_cmpstr (name, ==, "pk-semua-satker-2024.pdf");
  kj_report_export_to_file (dialog, file);
  wait_while_running (dialog);
  g_assert_cmpstr (seen.exported, ==, pdf);
  text = run ("pdftotext", pdf);
  g_assert_nonnull (strstr (text, "BNN Kota Kupang"));
  g_assert_nonnull (strstr (text, "Kalimantan Barat"));
  g_assert_nonnull (strstr (text, "Halaman 1 dari"));
  g_free (seen.exported);
}

/* Cancelled: no file, no "exported", the window stays with its choices. */
static void
test_export_cancel (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  Seen seen = { 0 };
  KjReportExport *dialog = new_dialog (f, &seen);

  kj_report_export_set_choices (dialog, "lkip", 2024, TRUE, KJ_PAPER_A4, FALSE, KJ_REPORT_LANG_ID);
  kj_report_export_to_file (dialog, file);
  g_assert_true (kj_report_export_is_running (dialog));
  kj_report_export_cancel (dialog);
  wait_while_running (dialog);
  g_assert_null (seen.exported);
  g_assert_true (is_open (dialog));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  {
    /* nor the atomic file's temporary beside it */
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    g_assert_null (g_dir_read_name (dir));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (is_open (dialog));
}

/* The window's PDF is the command line's, charts included: their numbers
 * follow the report's language whatever the window's locale (C here). */
static void
test_same_as_command_line (Fixture      *f,
                           gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "window.pdf", NULL);
  g_autofree char *cli = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *sample = g_build_filename (SAMPLES_DIR, "bnn-kota-kupang.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autofree char *text = NULL, *cli_text = NULL;
  Seen seen = { 0 };
  KjReportExport *dialog = new_dialog (f, &seen);
  const char *argv[] = { KINERJA_BIN, "--export-pdf", cli, "--report", "tren", "--year", "2024",
                         "--lang", "id", sample, NULL };
  int status;

  kj_report_export_set_choices (dialog, "tren", 2024, FALSE, KJ_PAPER_A4, FALSE, KJ_REPORT_LANG_ID);
  kj_report_export_to_file (dialog, file);
  wait_while_running (dialog);
  g_assert_cmpstr (seen.exported, ==, pdf);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                               &status, NULL));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  text = run ("pdftotext", pdf);
  cli_text = run ("pdftotext", cli);
  g_assert_cmpstr (text, ==, cli_text);
  /* an Indonesian decimal comma in the charts' figures, not the C locale's
   * point, and the charts' legends in Indonesian too */
  g_assert_nonnull (strstr (text, "84,38"));
  g_assert_nonnull (strstr (text, "107,14%"));
  g_assert_null (strstr (text, "107.14"));
  g_assert_nonnull (strstr (text, "Kategori nilai"));
  g_free (seen.exported);
}

typedef gboolean (*Match) (GtkWidget  *widget,
                           const char *text);

/* The first of @widget and its descendants that @match. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             Match       match,
             const char *text)
{
  if (match (widget, text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, text);
      if (found)
        return found;
    }
  return NULL;
}

static gboolean
is_label_shown (GtkWidget  *widget,
                const char *prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix)
         && gtk_widget_get_mapped (widget);
}

static gboolean
is_combo_row (GtkWidget  *widget,
              const char *title)
{
  return ADW_IS_COMBO_ROW (widget) && g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title);
}

/* The satker's choices show whole in their list: "All 2 work units in the
 * workspace", a long satker name, are not cut with "…". */
static void
test_choices_whole (Fixture      *f,
                    gconstpointer data)
{
  Seen seen = { 0 };
  KjReportExport *dialog = new_dialog (f, &seen);
  GtkWidget *row = find_widget (GTK_WIDGET (dialog), is_combo_row, "_Satker");
  GtkWidget *label;

  g_assert_nonnull (row);
  gtk_widget_activate (row);
  kj_test_settle ();
  label = find_widget (row, is_label_shown, "All 2 work units");
  g_assert_nonnull (label);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_shortcut (void)
{
  g_assert_cmpstr (kj_window_get_accel ("win.export-report"), ==, "<Control><Shift>e");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* the build's catalog, bound as the program binds it (app/main.c): the
   * window and the command line then speak the same words, installed or not */
  g_setenv ("KINERJA_LOCALEDIR", KINERJA_LOCALEDIR, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, KINERJA_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_add ("/report-export/one", Fixture, NULL, fixture_setup, test_export_one, fixture_teardown);
  g_test_add ("/report-export/all", Fixture, NULL, fixture_setup, test_export_all, fixture_teardown);
  g_test_add ("/report-export/cancel", Fixture, NULL, fixture_setup, test_export_cancel, fixture_teardown);
  g_test_add ("/report-export/same-as-command-line", Fixture, NULL, fixture_setup, test_same_as_command_line,
              fixture_teardown);
  g_test_add ("/report-export/choices-whole", Fixture, NULL, fixture_setup, test_choices_whole, fixture_teardown);
  g_test_add_func ("/report-export/shortcut", test_shortcut);
  return g_test_run ();
}
