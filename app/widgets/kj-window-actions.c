/* kj-window-actions.c: every win.* action
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Menus, shortcuts, buttons, tests and (coming) the presentation mode drive
 * the window through these.  The year, the chart kind and the indicator are
 * stateful actions on the window's properties: win.year (i),
 * win.chart-kind (s) and win.chart-indicator (s); so is the page shown,
 * win.page (s: "overview", "charts", "tables").
 */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/kj-export-dialog.h"
#include "widgets/kj-report-export.h"
#include "widgets/kj-history-dialog.h"
#include "widgets/kj-report-print.h"
#include "widgets/kj-window-private.h"

/* ── opening ────────────────────────────────────────────────────────────── */

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  kj_window_choose_files (KJ_WINDOW (widget), FALSE);
}

static void
open_folder_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  kj_window_choose_files (KJ_WINDOW (widget), TRUE);
}

static void
open_samples_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  kj_window_load_samples (KJ_WINDOW (widget));
}

static void
open_recent_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  kj_window_open_files (KJ_WINDOW (widget), &file, 1);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ── export and copy ────────────────────────────────────────────────────── */

typedef struct
{
  KjWindow       *self;
  KjExportFormat  format;
  double          width, height, scale;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->self);
  g_free (export);
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *suffix = g_strconcat (".", extension, NULL);

  return g_str_has_suffix (lower, suffix);
}

static void
open_exported_cb (AdwToast *toast,
                  KjWindow *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "kj-uri");

  /* GtkFileLauncher (4.10) replaces it; Debian 12 has GTK 4.8 */
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
export_to (Export *export,
           GFile  *file)
{
  KjWindow *self = export->self;
  const char *extension = kj_export_format_extension (export->format);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *base = NULL, *escaped = NULL, *title = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (path == NULL)
    return;
  /* the format follows the extension: keep the one chosen in the dialog */
  if (!has_extension (path, extension))
    {
      g_autofree char *plain = g_steal_pointer (&path);
      path = g_strdup_printf ("%s.%s", plain, extension);
    }
  base = g_path_get_basename (path);
  escaped = g_markup_escape_text (base, -1);
  if (!kj_charts_page_export (self->charts_page, path, export->width, export->height,
                              export->scale, &error))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }
  title = g_strdup_printf (_("Chart exported to “%s”"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "kj-uri", g_filename_to_uri (path, NULL, NULL), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The folder of the last export, else Pictures for images and Documents for
 * PDF (not the folder the program was started from). */
static GFile *
default_folder (KjWindow       *self,
                KjExportFormat  format)
{
  const char *dir;

  if (self->export_folder)
    return g_object_ref (self->export_folder);
  dir = g_get_user_special_dir (format == KJ_EXPORT_PDF ? G_USER_DIRECTORY_DOCUMENTS
                                                        : G_USER_DIRECTORY_PICTURES);
  if (dir && g_file_test (dir, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (dir);
  return g_file_new_for_path (g_get_home_dir ());
}

/* GtkFileDialog (4.10) replaces the native chooser; Debian 12 has GTK 4.8 */
static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  Export          *export)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) folder = g_file_get_parent (file);

      /* the next export goes to the same folder */
      g_set_object (&export->self->export_folder, folder);
      export_to (export, file);
    }
  export_free (export);
  g_object_unref (chooser);
}

static void
choose_file (Export *export)
{
  KjWindow *self = export->self;
  static const char *const filter_names[] = {
    N_("PNG image"), N_("SVG image"), N_("PDF document"),
  };
  const char *extension = kj_export_format_extension (export->format);
  g_autoptr(KjChart) chart = kj_charts_page_new_chart (self->charts_page, NULL);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  if (chart == NULL)
    {
      export_free (export);
      return;
    }
  chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = kj_charts_page_file_name (self->charts_page, chart, extension);
  folder = default_folder (self, export->format);
  if (folder)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _(filter_names[export->format]));
  gtk_file_filter_add_suffix (filter, extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_response_cb (KjExportDialog *dialog,
                    const char     *response,
                    KjWindow       *self)
{
  Export *export;

  if (!g_str_equal (response, "export"))
    return;
  export = g_new0 (Export, 1);
  export->self = g_object_ref (self);
  export->format = kj_export_dialog_get_format (dialog);
  kj_export_dialog_get_size (dialog, &export->width, &export->height, &export->scale);
  self->export_format = export->format;
  choose_file (export);
}

static void
export_chart_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  KjChart *chart = kj_charts_page_get_chart (self->charts_page);
  KjExportDialog *dialog;

  if (chart == NULL)
    return;
  dialog = kj_export_dialog_new (GTK_WINDOW (self), kj_chart_get_title (chart), self->export_format);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_chart_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = kj_charts_page_texture (self->charts_page, &error);

  if (texture == NULL)
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);
      kj_window_toast (self, message);
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  kj_window_toast (self, _("Chart copied as an image"));
}

/* Export and copy act on the chart the user sees: not from the overview. */
static void
has_chart_cb (KjWindow *self)
{
  gboolean has = kj_charts_page_get_chart (self->charts_page) != NULL
                 && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "charts") == 0
                 && self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-chart", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-chart", has);
}

/* ── saving ─────────────────────────────────────────────────────────────── */

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  kj_window_save (KJ_WINDOW (widget), FALSE);
}

static void
save_as_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  kj_window_save (KJ_WINDOW (widget), TRUE);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  kj_window_reload (KJ_WINDOW (widget));
}

/* Print… (Ctrl+P): the LKIP appendices of the selected satker for the year
 * shown, through the print dialog (widgets/kj-report-print.c). */
static void
print_report_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->plan && !kj_report_print_plan (GTK_WINDOW (self), self->plan, G_LIST_MODEL (self->workspace), self->year, &error))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);
      kj_window_toast (self, message);
    }
}

/* Export PDF… (Ctrl+Shift+E): any report of the satker shown or of the
 * workspace (widgets/kj-report-export.c); a toast with "Open" once written. */
static void
report_exported_cb (KjReportExport *dialog,
                    const char     *path,
                    KjWindow       *self)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *escaped = g_markup_escape_text (base, -1);
  g_autofree char *title = g_strdup_printf (_("Report exported to “%s”"), escaped);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "kj-uri", g_filename_to_uri (path, NULL, NULL), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_report_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  KjReportExport *dialog;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->workspace)) == 0)
    return;
  dialog = kj_report_export_new (GTK_WINDOW (self), self->workspace, self->plan, self->year);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (report_exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── undo and redo ──────────────────────────────────────────────────────── */

/* Takes back (or makes again) the shown plan's last edit; on the overview,
 * the cell it changed is focused, in its year. */
static void
undo_redo_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  gboolean undo = g_str_equal (action_name, "win.undo");
  g_autoptr(GError) error = NULL;
  g_autoptr(KjEdit) edit = NULL;
  int year = 0;

  if (self->plan == NULL)
    return;
  edit = undo ? kj_plan_get_undo_edit (self->plan) : kj_plan_get_redo_edit (self->plan);
  if (edit == NULL)
    return;
  kj_edit_ref (edit);
  if (!(undo ? kj_plan_undo (self->plan, &error) : kj_plan_redo (self->plan, &error)))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);
      kj_window_toast (self, message);
      return;
    }
  /* on the tables page, the cell in its table (shown), in its year */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "tables") == 0)
    {
      kj_tables_page_reveal_edit (self->tables_page, edit, &year);
      if (year > 0 && year != self->year)
        kj_window_set_year (self, year);
      return;
    }
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "overview") != 0)
    return;
  kj_plan_page_reveal_edit (self->plan_page, edit, &year);
  if (year > 0 && year != self->year)
    kj_window_set_year (self, year);
}

/* The history of the cell that has the focus (overview or tables), else of the plan. */
static void
history_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  g_autofree char *what = NULL;
  g_autofree char *path = NULL;

  if (self->plan == NULL)
    return;
  /* on the tables page, the focused cell of the table shown */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "tables") == 0)
    path = kj_tables_page_get_focused_path (self->tables_page, &what);
  else
    path = kj_plan_page_get_focused_path (self->plan_page, &what);
  gtk_window_present (GTK_WINDOW (kj_history_dialog_new (GTK_WINDOW (self), self->plan, path, what)));
}

static void
undo_state_cb (KjWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->plan && kj_plan_can_undo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->plan && kj_plan_can_redo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.history", self->plan != NULL);
}

/* ── refused files ──────────────────────────────────────────────────────── */

static void
show_refused_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  kj_window_show_refused (KJ_WINDOW (widget));
}

static void
dismiss_refused_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  kj_window_dismiss_refused (KJ_WINDOW (widget));
}

/* ── registration ───────────────────────────────────────────────────────── */

/* The window's shortcuts, in one place: the application sets them, the
 * tooltips and the shortcuts window show them. */
static const struct { const char *action, *accel; } accels[] = {
  { "win.open", "<Control>o" },
  { "win.open-folder", "<Control><Shift>o" },
  { "win.save", "<Control>s" },
  { "win.save-as", "<Control><Shift>s" },
  { "win.search", "<Control>f" },
  { "window.close", "<Control>w" },
  { "win.export-chart", "<Control>e" },
  { "win.copy-chart", "<Control><Shift>c" },
  { "win.print-report", "<Control>p" },
  { "win.export-report", "<Control><Shift>e" },
  { "win.undo", "<Control>z" },
  { "win.redo", "<Control><Shift>z" },
  { "win.history", "<Control>h" },
};

/* Returns: (nullable): the accelerator of a window action, as GTK parses them */
const char *
kj_window_get_accel (const char *action)
{
  for (guint i = 0; action && i < G_N_ELEMENTS (accels); i++)
    if (g_str_equal (accels[i].action, action))
      return accels[i].accel;
  return NULL;
}

void
kj_window_set_accels (GtkApplication *application)
{
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    {
      const char *list[] = { accels[i].accel, NULL };
      gtk_application_set_accels_for_action (application, accels[i].action, list);
    }
}

/* Tooltips name the shortcut as menus and the shortcuts window spell it. */
static void
set_tooltip_with_accel (GtkWidget  *widget,
                        const char *text,
                        const char *action)
{
  const char *accel = kj_window_get_accel (action);
  g_autofree char *tooltip = NULL;
  guint key;
  GdkModifierType mods;

  if (accel && gtk_accelerator_parse (accel, &key, &mods))
    {
      g_autofree char *label = gtk_accelerator_get_label (key, mods);
      /* Translators: a tooltip and its keyboard shortcut, "Open Plan Files (Ctrl+O)" */
      tooltip = g_strdup_printf (_("%s (%s)"), text, label);
    }
  gtk_widget_set_tooltip_text (widget, tooltip ? tooltip : text);
}

/* The buttons in the pages that have a shortcut, found by their action. */
static void
set_action_tooltips (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_first_child (widget); w; w = gtk_widget_get_next_sibling (w))
    {
      const char *action = GTK_IS_BUTTON (w) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (w))
                                             : NULL;

      if (g_strcmp0 (action, "win.copy-chart") == 0)
        set_tooltip_with_accel (w, _("Copy Chart as Image"), action);
      else if (g_strcmp0 (action, "win.export-chart") == 0)
        set_tooltip_with_accel (w, _("Export Chart as PNG, SVG or PDF"), action);
      else
        set_action_tooltips (w);
    }
}

/* win.show-plan: shows an open plan by its file's URI or its name (a
 * finding across files names the other file). */
static void
show_plan_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  const char *wanted = g_variant_get_string (parameter, NULL);
  GListModel *plans = G_LIST_MODEL (self->workspace);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (plans, i);
      GFile *file = kj_plan_get_file (plan);
      g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

      if (g_strcmp0 (uri, wanted) == 0 || g_strcmp0 (kj_plan_get_display_name (plan), wanted) == 0)
        {
          kj_window_set_plan (self, plan);
          return;
        }
    }
  {
    g_autofree char *escaped = g_markup_escape_text (wanted, -1);
    /* Translators: a finding names another file that is no longer open */
    g_autofree char *title = g_strdup_printf (_("“%s” is not open"), escaped);
    kj_window_toast (self, title);
  }
}

void
kj_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-plan", "s", show_plan_activated);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_activated);
  gtk_widget_class_install_action (widget_class, "win.open-samples", NULL, open_samples_activated);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, copy_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_activated);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_report_activated);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_redo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_redo_activated);
  gtk_widget_class_install_action (widget_class, "win.history", NULL, history_activated);
  gtk_widget_class_install_action (widget_class, "win.show-refused", NULL, show_refused_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-refused", NULL,
                                   dismiss_refused_activated);
  gtk_widget_class_install_property_action (widget_class, "win.page", "page");
  gtk_widget_class_install_property_action (widget_class, "win.year", "year");
  gtk_widget_class_install_property_action (widget_class, "win.chart-kind", "chart-kind");
  gtk_widget_class_install_property_action (widget_class, "win.chart-indicator", "chart-indicator");
}

void
kj_window_actions_init (KjWindow *self)
{
  g_signal_connect_object (self->charts_page, "notify::has-chart",
                           G_CALLBACK (has_chart_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::page", G_CALLBACK (has_chart_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::plan", G_CALLBACK (has_chart_cb), self, G_CONNECT_SWAPPED);
  has_chart_cb (self);
  g_signal_connect_object (self->workspace, "plan-changed", G_CALLBACK (undo_state_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::plan", G_CALLBACK (undo_state_cb), self, G_CONNECT_SWAPPED);
  undo_state_cb (self);
  set_tooltip_with_accel (GTK_WIDGET (self->open_button), _("Open Plan Files"), "win.open");
  set_action_tooltips (GTK_WIDGET (self->charts_page));
  kj_plan_page_set_workspace (self->plan_page, self->workspace);
}
