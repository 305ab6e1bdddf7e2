/* kj-report-export.c: Export PDF… — a report of the workspace to a PDF file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choices of `kinerja --export-pdf` in a window: the report (the eight,
 * by their titles), the year, the satker shown or every satker of the
 * workspace, the paper, its orientation and the report's language.  The
 * file is written in a worker thread (kj_report_write_pdf() composes with
 * cairo and pango only, and reads the plans, which the modal window keeps
 * from being edited meanwhile); its progress callback reports each page and
 * stops the export once Cancel is pressed, leaving no partial file.  On
 * success the window emits "exported" with the path, and the main window
 * shows a toast with "Open".
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "widgets/kj-chart-pickers.h"
#include "widgets/kj-report-export.h"

struct _KjReportExport
{
  AdwWindow      parent_instance;

  KjWorkspace   *workspace;
  KjPlan        *plan;          /* the satker shown (nullable) */
  GtkStringList *years;

  GtkStack      *stack;
  GtkButton     *cancel_button;
  GtkButton     *export_button;
  AdwComboRow   *kind_row;
  AdwComboRow   *year_row;
  AdwComboRow   *satker_row;
  AdwComboRow   *paper_row;
  AdwComboRow   *orientation_row;
  AdwComboRow   *lang_row;
  GtkLabel      *error_label;
  GtkLabel      *progress_label;
  GtkProgressBar *progress_bar;

  GCancellable  *cancellable;   /* while an export runs */
  guint          progress_source;
  gboolean       close_when_stopped;
  struct _Job   *job;
};

G_DEFINE_FINAL_TYPE (KjReportExport, kj_report_export, ADW_TYPE_WINDOW)

enum { EXPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* What the worker thread has: its own references, nothing of the window. */
typedef struct _Job
{
  KjReportRequest  request;   /* request.plans: a reference */
  char            *path;
  GCancellable    *cancellable;
  int              page;      /* atomic: the last page written */
  int              parts_done; /* atomic: the satker written */
  int              n_parts;   /* atomic */
} Job;

static void
job_free (Job *job)
{
  g_ptr_array_unref (job->request.plans);
  g_clear_pointer (&job->request.others, g_ptr_array_unref);
  g_free (job->path);
  g_object_unref (job->cancellable);
  g_free (job);
}

/* The language of the interface: the report's language by default. */
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

static AdwComboRow *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char *const   *items,
         GtkStringList       *model)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) list = model ? g_object_ref (model) : gtk_string_list_new (items);
  /* the choices shown whole: a satker's long name, "All 207 work units
   * in the workspace" */
  g_autoptr(GtkListItemFactory) choices = kj_picker_checked_factory (G_OBJECT (row), TRUE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_list_factory (row, choices);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static gboolean
all_satker (KjReportExport *self)
{
  /* the first item is the satker shown, when there is one */
  return self->plan == NULL || adw_combo_row_get_selected (self->satker_row) == 1;
}

static int
selected_year (KjReportExport *self)
{
  const char *text = gtk_string_list_get_string (self->years, adw_combo_row_get_selected (self->year_row));

  return text ? atoi (text) : 0;
}

/**
 * kj_report_export_get_request:
 * Fills @request from the choices; @request->plans is a new array (free it
 * with g_ptr_array_unref()), holding references to the plans, and so is
 * @request->others when one satker is chosen (the workspace's plans).
 *
 * Returns: %FALSE when there is no plan to report on
 */
gboolean
kj_report_export_get_request (KjReportExport  *self,
                              KjReportRequest *request)
{
  guint n_kinds;
  const KjReportKind *kinds = kj_report_kinds (&n_kinds);
  GPtrArray *plans = g_ptr_array_new_with_free_func (g_object_unref);
  guint kind = adw_combo_row_get_selected (self->kind_row);

  request->others = NULL;
  if (all_satker (self))
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->workspace)); i++)
      g_ptr_array_add (plans, g_list_model_get_item (G_LIST_MODEL (self->workspace), i));
  else
    {
      /* the workspace's other plans: a PK names the superior from its own file */
      request->others = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; self->workspace && i < g_list_model_get_n_items (G_LIST_MODEL (self->workspace)); i++)
        g_ptr_array_add (request->others, g_list_model_get_item (G_LIST_MODEL (self->workspace), i));
      g_ptr_array_add (plans, g_object_ref (self->plan));
    }
  request->kind = &kinds[MIN (kind, n_kinds - 1)];
  request->plans = plans;
  request->year = selected_year (self);
  request->paper = (KjPaper) adw_combo_row_get_selected (self->paper_row);
  request->landscape = adw_combo_row_get_selected (self->orientation_row) == 1;
  request->lang = adw_combo_row_get_selected (self->lang_row) == 1 ? KJ_REPORT_LANG_EN : KJ_REPORT_LANG_ID;
  return plans->len > 0;
}

/**
 * kj_report_export_set_choices:
 * Chooses as a user would (for tests and for the window's defaults).
 */
void
kj_report_export_set_choices (KjReportExport *self,
                              const char     *kind_id,
                              int             year,
                              gboolean        all,
                              KjPaper         paper,
                              gboolean        landscape,
                              KjReportLang    lang)
{
  guint n_kinds;
  const KjReportKind *kinds = kj_report_kinds (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    if (g_strcmp0 (kinds[i].id, kind_id) == 0)
      adw_combo_row_set_selected (self->kind_row, i);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->years)); i++)
    if (atoi (gtk_string_list_get_string (self->years, i)) == year)
      adw_combo_row_set_selected (self->year_row, i);
  if (self->plan)
    adw_combo_row_set_selected (self->satker_row, all ? 1 : 0);
  adw_combo_row_set_selected (self->paper_row, paper);
  adw_combo_row_set_selected (self->orientation_row, landscape ? 1 : 0);
  adw_combo_row_set_selected (self->lang_row, lang == KJ_REPORT_LANG_EN ? 1 : 0);
}

/* "pengukuran-bnn-kota-kupang-2024.pdf" */
char *
kj_report_export_file_name (KjReportExport *self)
{
  KjReportRequest request = { 0 };
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *who = NULL;

  kj_report_export_get_request (self, &request);
  who = all_satker (self) || self->plan == NULL
        ? g_strdup (request.lang == KJ_REPORT_LANG_EN ? "all-work-units" : "semua-satker")
        : g_utf8_strdown (kj_plan_get_title (self->plan), -1);
  g_string_append_printf (name, "%s-", request.kind->id);
  for (const char *p = who; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (name, *p);
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  if (name->str[name->len - 1] != '-')
    g_string_append_c (name, '-');
  if (request.year > 0)
    g_string_append_printf (name, "%d", request.year);
  else
    g_string_truncate (name, name->len - 1);
  g_string_append (name, ".pdf");
  g_ptr_array_unref (request.plans);
  g_clear_pointer (&request.others, g_ptr_array_unref);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* ── the export, in a worker thread ────────────────────────────────────── */

/* In the worker: after each page written; FALSE stops the export. */
static gboolean
progress_cb (guint    page,
             guint    parts_done,
             guint    n_parts,
             gpointer data)
{
  Job *job = data;

  g_atomic_int_set (&job->n_parts, (int) n_parts);
  g_atomic_int_set (&job->parts_done, (int) parts_done);
  g_atomic_int_set (&job->page, (int) page);
  return !g_cancellable_is_cancelled (job->cancellable);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  static const char *const id[] = { "id_ID.UTF-8", "id_ID.utf8", "id_ID", NULL };
  static const char *const en[] = { "en_US.UTF-8", "en_US.utf8", "en_GB.UTF-8", "C.UTF-8", NULL };
  Job *job = data;
  const char *const *names = job->request.lang == KJ_REPORT_LANG_EN ? en : id;
  GError *error = NULL;
  locale_t locale = (locale_t) 0, before = (locale_t) 0;

  /* the charts' numbers follow the report's language, as on the command
   * line: this thread takes its locale (the window keeps its own) */
  for (guint i = 0; names[i] && locale == (locale_t) 0; i++)
    locale = newlocale (LC_ALL_MASK, names[i], (locale_t) 0);
  if (locale != (locale_t) 0)
    before = uselocale (locale);

  /* cancelled before it began: nothing is written */
  if (g_cancellable_set_error_if_cancelled (cancellable, &error)
      || !kj_report_write_pdf (&job->request, job->path, progress_cb, job, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
  if (locale != (locale_t) 0)
    {
      uselocale (before);
      freelocale (locale);
    }
}

static gboolean
show_progress (gpointer data)
{
  KjReportExport *self = data;
  int page = g_atomic_int_get (&self->job->page);
  int done = g_atomic_int_get (&self->job->parts_done), n = g_atomic_int_get (&self->job->n_parts);

  if (page == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      return G_SOURCE_CONTINUE;
    }
  if (n <= 1)
    {
      /* one satker: its pages are counted only as it ends */
      /* Translators: the progress of a PDF export of one work unit */
      g_autofree char *text = g_strdup_printf (_("Page %d"), page);
      gtk_label_set_text (self->progress_label, text);
      gtk_progress_bar_pulse (self->progress_bar);
    }
  else
    {
      /* Translators: the progress of a PDF export of many work units: page, then work units written */
      g_autofree char *text = g_strdup_printf (_("Page %d · work unit %d of %d"), page, MIN (done + 1, n), n);
      gtk_label_set_text (self->progress_label, text);
      gtk_progress_bar_set_fraction (self->progress_bar, CLAMP ((double) done / n, 0, 1));
    }
  return G_SOURCE_CONTINUE;
}

static void
set_running (KjReportExport *self,
             gboolean        running)
{
  gtk_stack_set_visible_child_name (self->stack, running ? "progress" : "choices");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !running);
  if (running)
    {
      gtk_label_set_text (self->progress_label, _("Composing the pages…"));
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      self->progress_source = g_timeout_add (100, show_progress, self);
    }
  else
    g_clear_handle_id (&self->progress_source, g_source_remove);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  KjReportExport *self = KJ_REPORT_EXPORT (source);
  Job *job = data;
  g_autoptr(GError) error = NULL;

  self->job = NULL;
  g_clear_object (&self->cancellable);
  set_running (self, FALSE);
  if (self->close_when_stopped)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_signal_emit (self, signals[EXPORTED], 0, job->path);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  else
    {
      gtk_label_set_text (self->error_label, _("The export was cancelled; no file was written."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
}

/**
 * kj_report_export_to_file:
 * Starts the export of the chosen report to @file, in a worker thread; the
 * window shows its progress, emits "exported" and closes when it is written.
 */
void
kj_report_export_to_file (KjReportExport *self,
                          GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  g_return_if_fail (self->job == NULL);

  job = g_new0 (Job, 1);
  kj_report_export_get_request (self, &job->request);
  job->path = g_file_get_path (file);
  if (job->path == NULL || !kj_report_check (&job->request, &error))
    {
      gtk_label_set_text (self->error_label, error ? error->message : _("Only local files can be written"));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      job->cancellable = g_cancellable_new ();
      job_free (job);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->cancellable = g_cancellable_new ();
  job->cancellable = g_object_ref (self->cancellable);
  self->job = job;
  task = g_task_new (self, self->cancellable, export_done, job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  /* the pages are written as they are made, however the folder is large */
  g_task_set_check_cancellable (task, FALSE);
  set_running (self, TRUE);
  g_task_run_in_thread (task, export_thread);
}

/* Stops a running export (no file is left); without one, nothing. */
void
kj_report_export_cancel (KjReportExport *self)
{
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
}

gboolean
kj_report_export_is_running (KjReportExport *self)
{
  return self->job != NULL;
}

/* ── the file chooser ──────────────────────────────────────────────────── */

/* GtkFileDialog (4.10) replaces the native chooser; Debian 12 has GTK 4.8 */
static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  KjReportExport  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path && !g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".PDF"))
        {
          g_autofree char *with = g_strconcat (path, ".pdf", NULL);
          g_clear_object (&file);
          file = g_file_new_for_path (with);
        }
      if (file)
        kj_report_export_to_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_clicked (KjReportExport *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = kj_report_export_file_name (self);
  const char *dir = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  chooser = gtk_file_chooser_native_new (_("Export Report as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (dir && g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (dir);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF document"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_clicked (KjReportExport *self)
{
  if (self->cancellable)
    kj_report_export_cancel (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Closing the window while it writes stops the export first. */
static gboolean
kj_report_export_close_request (GtkWindow *window)
{
  KjReportExport *self = KJ_REPORT_EXPORT (window);

  kj_report_export_cancel (self);
  /* closed when the worker has stopped */
  self->close_when_stopped = self->job != NULL;
  return self->job != NULL;
}

static void
kj_report_export_dispose (GObject *object)
{
  KjReportExport *self = KJ_REPORT_EXPORT (object);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->workspace);
  g_clear_object (&self->plan);
  g_clear_object (&self->years);
  G_OBJECT_CLASS (kj_report_export_parent_class)->dispose (object);
}

static void
kj_report_export_class_init (KjReportExportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kj_report_export_dispose;
  window_class->close_request = kj_report_export_close_request;

  /**
   * KjReportExport::exported:
   * @path: the PDF file written
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
kj_report_export_init (KjReportExport *self)
{
}

/* Each of @items through gettext, in a list for a combo row. */
static GtkStringList *
translated (const char *const *items)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; items[i]; i++)
    gtk_string_list_append (list, _(items[i]));
  return list;
}

/**
 * kj_report_export_new:
 * @plan: (nullable): the satker shown
 * @year: the year shown (0: the latest)
 *
 * Returns: (transfer none): the window, modal over @parent, not yet presented
 */
KjReportExport *
kj_report_export_new (GtkWindow   *parent,
                      KjWorkspace *workspace,
                      KjPlan      *plan,
                      int          year)
{
  static const char *const papers[] = { N_("A4"), N_("F4 (Folio, 215 × 330 mm)"), N_("Letter"), NULL };
  static const char *const orientations[] = { N_("Portrait"), N_("Landscape"), NULL };
  static const char *const langs[] = { N_("Indonesian"), N_("English"), NULL };
  KjReportExport *self = g_object_new (KJ_TYPE_REPORT_EXPORT,
                                       "transient-for", parent,
                                       "modal", TRUE,
                                       "title", _("Export Report as PDF"),
                                       "default-width", 520,
                                       NULL);
  KjReportLang ui_lang = interface_lang ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *progress = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autoptr(GtkStringList) kinds_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) satker_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) paper_list = translated (papers);
  g_autoptr(GtkStringList) orientation_list = translated (orientations);
  g_autoptr(GtkStringList) lang_list = translated (langs);
  GListModel *plans = G_LIST_MODEL (workspace);
  guint n_kinds, n_plans = g_list_model_get_n_items (plans);
  const KjReportKind *kinds = kj_report_kinds (&n_kinds);
  int first = G_MAXINT, last = 0;

  self->workspace = g_object_ref (workspace);
  self->plan = plan ? g_object_ref (plan) : NULL;

  for (guint i = 0; i < n_kinds; i++)
    gtk_string_list_append (kinds_list, kj_report_kind_title (&kinds[i], ui_lang));
  /* the years any plan of the workspace covers */
  self->years = gtk_string_list_new (NULL);
  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(KjPlan) p = g_list_model_get_item (plans, i);
      first = MIN (first, kj_plan_get_first_year (p));
      last = MAX (last, kj_plan_get_last_year (p));
    }
  for (int y = last; y >= first && y > 0; y--)
    {
      g_autofree char *text = g_strdup_printf ("%d", y);
      gtk_string_list_append (self->years, text);
    }
  if (plan)
    gtk_string_list_append (satker_list, kj_plan_get_title (plan));
  {
    /* Translators: the satker of a report: every work unit open in the window */
    g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "All %u work unit in the workspace",
                                                         "All %u work units in the workspace", n_plans),
                                            n_plans);
    gtk_string_list_append (satker_list, all);
  }

  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Cancel")));
  self->export_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Export…")));
  gtk_widget_add_css_class (GTK_WIDGET (self->export_button), "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->cancel_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->export_button));
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked), self);
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked), self);
  gtk_box_append (GTK_BOX (box), header);

  self->kind_row = add_row (ADW_PREFERENCES_GROUP (group), _("_Report"), NULL, kinds_list);
  /* the titles are long: the chosen one under the row's title, whole */
  adw_combo_row_set_use_subtitle (self->kind_row, TRUE);
  self->year_row = add_row (ADW_PREFERENCES_GROUP (group), _("_Year"), NULL, self->years);
  self->satker_row = add_row (ADW_PREFERENCES_GROUP (group), _("_Satker"), NULL, satker_list);
  self->paper_row = add_row (ADW_PREFERENCES_GROUP (group), _("_Paper"), NULL, paper_list);
  self->orientation_row = add_row (ADW_PREFERENCES_GROUP (group), _("_Orientation"), NULL, orientation_list);
  self->lang_row = add_row (ADW_PREFERENCES_GROUP (group), _("_Language of the report"), NULL, lang_list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));

  self->progress_label = GTK_LABEL (gtk_label_new (NULL));
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_margin_start (progress, 24);
  gtk_widget_set_margin_end (progress, 24);
  gtk_widget_set_valign (progress, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (progress), GTK_WIDGET (self->progress_label));
  gtk_box_append (GTK_BOX (progress), GTK_WIDGET (self->progress_bar));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, page, "choices");
  gtk_stack_add_named (self->stack, progress, "progress");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->export_button));

  /* the year shown, the satker shown, A4 portrait, the interface's language */
  kj_report_export_set_choices (self, "lkip", year > 0 ? year : last, plan == NULL, KJ_PAPER_A4, FALSE,
                                ui_lang);
  return self;
}
