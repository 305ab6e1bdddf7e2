/* kj-window-open.c: opening files and folders, drag and drop, recent files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/kj-window-private.h"

#define MAX_RECENT 8
#define RECENT_APP_NAME "Kinerja"

static void
show_problems (KjWindow  *self,
               GPtrArray *problems)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = kj_diagnostic_to_string (g_ptr_array_index (problems, i));
      g_string_append_printf (body, "%s%s", i ? "\n\n" : "", line);
    }
  /* AdwAlertDialog (1.5) replaces it; Debian 12 has libadwaita 1.2 */
  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   g_dngettext (GETTEXT_PACKAGE, "A File Was Refused",
                                                "Files Were Refused", problems->len),
                                   NULL);
  /* plain text: the messages quote text from the files */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A short message at the bottom of the window; @markup is escaped already. */
void
kj_window_toast (KjWindow   *self,
                 const char *markup)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

/* ── refused files ──────────────────────────────────────────────────────── */

/* The row at the top of the content says what was refused and stays there
 * (a toast is gone after ten seconds) until dismissed or until those files
 * load.  libadwaita 1.3's AdwBanner would do, but the build allows only
 * 1.2's API (ADW_VERSION_MAX_ALLOWED), and it has no close button. */
static void
update_refused (KjWindow *self)
{
  g_autofree char *title = NULL;
  guint n = self->refused ? self->refused->len : 0;

  if (n == 1)
    {
      KjDiagnostic *d = g_ptr_array_index (self->refused, 0);
      g_autofree char *base = g_path_get_basename (d->file);
      g_autofree char *escaped = g_markup_escape_text (base, -1);
      title = g_strdup_printf (_("“%s” was refused"), escaped);
    }
  else if (n > 1)
    title = g_strdup_printf (_("%u files were refused"), n);
  if (title)
    gtk_label_set_markup (self->refused_label, title);
  gtk_revealer_set_reveal_child (self->refused_revealer, n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-refused", n > 0);
}

/* What was refused now joins what was before; a file that loads now, or is
 * refused again, no longer counts twice.  Linear in the files. */
static void
add_refused (KjWindow     *self,
             KjLoadResult *result)
{
  g_autoptr(GHashTable) now = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_diagnostic_free);

  for (guint i = 0; i < result->problems->len; i++)
    g_hash_table_add (now, g_strdup (((KjDiagnostic *) g_ptr_array_index (result->problems, i))->file));
  for (guint i = 0; i < result->plans->len; i++)
    {
      GFile *file = kj_plan_get_file (g_ptr_array_index (result->plans, i));
      if (file)
        g_hash_table_add (now, g_file_get_parse_name (file));
    }
  for (guint i = 0; self->refused && i < self->refused->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (self->refused, i);
      if (!g_hash_table_contains (now, d->file))
        g_ptr_array_add (kept, kj_diagnostic_copy (d));
    }
  for (guint i = 0; i < result->problems->len; i++)
    g_ptr_array_add (kept, kj_diagnostic_copy (g_ptr_array_index (result->problems, i)));
  g_clear_pointer (&self->refused, g_ptr_array_unref);
  if (kept->len > 0)
    self->refused = g_steal_pointer (&kept);
  update_refused (self);
}

/* Details: every refusal with its file, place and reason. */
void
kj_window_show_refused (KjWindow *self)
{
  if (self->refused && self->refused->len > 0)
    show_problems (self, self->refused);
}

void
kj_window_dismiss_refused (KjWindow *self)
{
  g_clear_pointer (&self->refused, g_ptr_array_unref);
  update_refused (self);
}

static void
remember_recent (KjPlan *plan)
{
  GFile *file = kj_plan_get_file (plan);
  g_autofree char *uri = NULL;
  GtkRecentData data = {
    .mime_type = (char *) "application/json",
    .app_name = (char *) RECENT_APP_NAME,
    .app_exec = (char *) "kinerja %u",
  };

  if (file == NULL)
    return;
  uri = g_file_get_uri (file);
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* A file opened again while its plan has unsaved changes: the edited plan
 * stays (opening is not reloading: win.reload asks what to keep), and the
 * user is told. */
static void
keep_edited (KjWindow     *self,
             KjLoadResult *result)
{
  g_autoptr(GPtrArray) edited = kj_window_get_modified_plans (self);
  const char *name = NULL;
  guint n_kept = 0;

  /* (the usual case, a folder opened with nothing edited, costs no search) */
  for (guint i = 0; edited->len > 0 && i < result->plans->len;)
    {
      KjPlan *open = kj_workspace_find_source (self->workspace, g_ptr_array_index (result->plans, i));

      if (open && kj_plan_get_modified (open))
        {
          name = name ? name : kj_plan_get_title (open);
          n_kept++;
          g_ptr_array_remove_index (result->plans, i);
        }
      else
        i++;
    }
  if (n_kept > 0)
    {
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *text = NULL;

      if (n_kept == 1)
        /* Translators: a toast; the file opened again is already open, edited */
        text = g_strdup_printf (_("“%s” is already open with unsaved changes: they are kept"), escaped);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u plan is already open with unsaved changes: they are kept",
                                             "%u plans are already open with unsaved changes: they are kept",
                                             n_kept), n_kept);
      kj_window_toast (self, text);
    }
}

/**
 * kj_window_add_result:
 * Puts what was loaded into the workspace and tells about what was refused.
 */
void
kj_window_add_result (KjWindow     *self,
                      KjLoadResult *result,
                      gboolean      samples)
{
  KjPlan *first = NULL;

  /* the samples give way to the user's own files, and the other way round
   * (the window asked first about unsaved changes: kj_window_open_files()) */
  if (self->showing_samples != samples && result->plans->len > 0)
    kj_workspace_clear (self->workspace);
  if (result->plans->len > 0)
    self->showing_samples = samples;
  keep_edited (self, result);
  /* one change of the list for all of them, not one per file */
  kj_workspace_add_all (self->workspace, result->plans);
  for (guint i = 0; i < result->plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (result->plans, i);
      if (!samples)
        remember_recent (plan);
      if (first == NULL)
        first = plan;
    }
  if (!samples)
    kj_window_update_recent (self);

  add_refused (self, result);
  if (result->problems->len == 0 && !samples && result->plans->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u plan opened",
                                                             "%u plans opened", result->plans->len),
                                                result->plans->len);
      kj_window_toast (self, title);
    }
  /* show something at once: the user's first file, or the top of the samples' list */
  if (first && kj_window_get_plan (self) == NULL)
    {
      /* a folder (or the samples) opens on the top of the list: the national
       * office, else the first province's BNNP; one file opens on itself */
      if ((samples || result->plans->len > 1) && g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0)
        {
          g_autoptr(KjPlan) top = g_list_model_get_item (G_LIST_MODEL (self->rows), 0);
          kj_window_set_plan (self, top);
        }
      else
        kj_window_set_plan (self, first);
    }
}

static void
load_samples_then (KjWindow *self,
                   gpointer  data)
{
  g_autoptr(KjLoadResult) result = kj_load_result_new ();

  kj_load_resources (RESOURCE_PREFIX "/samples", result);
  kj_window_add_result (self, result, TRUE);
}

/* The plans that opening other files would take out of the workspace, with
 * unsaved changes: the samples give way to the user's files and the other
 * way round. */
static GPtrArray *
edited_plans_that_go (KjWindow *self,
                      gboolean  samples)
{
  GPtrArray *plans = kj_window_get_modified_plans (self);

  if (self->showing_samples == samples)
    g_ptr_array_set_size (plans, 0);
  return plans;
}

/**
 * kj_window_load_samples:
 * Shows the bundled samples instead of the files open (asking first when
 * some have unsaved changes).
 */
void
kj_window_load_samples (KjWindow *self)
{
  g_autoptr(GPtrArray) going = NULL;

  g_return_if_fail (KJ_IS_WINDOW (self));

  going = edited_plans_that_go (self, TRUE);
  kj_window_ask_unsaved (self, going, _("Save Changes Before Opening the Samples?"),
                         load_samples_then, NULL, NULL);
}

/* For the benchmark program: with KINERJA_QUIT_WHEN_SHOWN set, the program
 * ends once the files it opened are on screen, so that the whole wait of a
 * user, and its memory, can be measured from outside; it prints how long
 * after the window's first frame (the loading state) the frame that shows
 * the content was painted. */
static gint64 first_frame_us;

static void
first_paint_cb (GdkFrameClock *clock)
{
  if (first_frame_us == 0)
    first_frame_us = g_get_monotonic_time ();
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, NULL);
}

static gboolean
first_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  g_signal_connect (clock, "after-paint", G_CALLBACK (first_paint_cb), NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
quit_idle_cb (gpointer data)
{
  gtk_window_destroy (data);
  return G_SOURCE_REMOVE;
}

static void
content_painted_cb (GdkFrameClock *clock,
                    GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, content_painted_cb, window);
  if (first_frame_us > 0)
    g_print ("content-after-shown-ms %.1f\n", (g_get_monotonic_time () - first_frame_us) / 1000.0);
  g_idle_add (quit_idle_cb, window);
}

static gboolean
quit_when_shown_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  /* the content is laid out and painted in this frame */
  g_signal_connect (clock, "after-paint", G_CALLBACK (content_painted_cb), widget);
  return G_SOURCE_REMOVE;
}

static void
files_loaded_cb (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  g_autoptr(KjWindow) self = user_data;
  g_autoptr(KjLoadResult) result = kj_load_files_finish (res, NULL);

  if (result == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  /* loading until the plans are in: never "no plans" in between */
  kj_window_add_result (self, result, FALSE);
  self->n_loading--;
  kj_window_update_loading (self);
  if (g_getenv ("KINERJA_QUIT_WHEN_SHOWN"))
    gtk_widget_add_tick_callback (GTK_WIDGET (self), quit_when_shown_cb, NULL, NULL);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  KjWindow *self = user_data;

  self->load_done = done;
  self->load_total = total;
  kj_window_update_loading (self);
}

static void start_loading (KjWindow *self, GFile **files, int n_files);

static void
open_files_then (KjWindow *self,
                 gpointer  data)
{
  GPtrArray *files = data;

  start_loading (self, (GFile **) files->pdata, files->len);
}

/**
 * kj_window_open_files:
 * Loads files and folders (every *.json in them) in a worker thread; when
 * they would replace the samples and a sample has unsaved changes, asks first.
 */
void
kj_window_open_files (KjWindow  *self,
                      GFile    **files,
                      int        n_files)
{
  g_autoptr(GPtrArray) going = NULL;
  GPtrArray *copy;

  g_return_if_fail (KJ_IS_WINDOW (self));

  if (n_files <= 0)
    return;
  going = edited_plans_that_go (self, FALSE);
  if (going->len == 0)
    {
      start_loading (self, files, n_files);
      return;
    }
  copy = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < n_files; i++)
    g_ptr_array_add (copy, g_object_ref (files[i]));
  kj_window_ask_unsaved (self, going, _("Save Changes to the Samples?"), open_files_then, copy,
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
start_loading (KjWindow  *self,
               GFile    **files,
               int        n_files)
{
  /* the loading state at once: until the loader has counted, "Loading files…" */
  self->n_loading++;
  self->load_done = self->load_total = 0;
  kj_window_update_loading (self);
  kj_load_files_async (files, n_files, self->cancellable, progress_cb, self, files_loaded_cb,
                       g_object_ref (self));
  if (g_getenv ("KINERJA_QUIT_WHEN_SHOWN"))
    gtk_widget_add_tick_callback (GTK_WIDGET (self), first_frame_cb, NULL, NULL);
}

/* GtkFileDialog (4.10) replaces the native chooser; Debian 12 has GTK 4.8 */

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     KjWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      kj_window_open_files (self, (GFile **) files->pdata, files->len);
    }
  g_object_unref (chooser);
}

/* Open Files… or (@folder) Open Folder…: a file chooser, then loading. */
void
kj_window_choose_files (KjWindow *self,
                        gboolean  folder)
{
  GtkFileChooserAction action = folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                       : GTK_FILE_CHOOSER_ACTION_OPEN;
  const char *title = folder ? _("Open Folder of Plans") : _("Open Plan Files");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
      gtk_file_filter_set_name (filter, _("Plan files (JSON)"));
      gtk_file_filter_add_suffix (filter, "json");
      gtk_file_filter_add_mime_type (filter, "application/json");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}


static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *x = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *y = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (y, x);
}

/* The "Recent Files" submenu: the plan files Kinerja opened last. */
void
kj_window_update_recent (KjWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GList *mine = NULL;
  guint n = 0;

  g_menu_remove_all (self->recent_submenu);
  for (GList *l = items; l; l = l->next)
    if (gtk_recent_info_has_application (l->data, RECENT_APP_NAME) && gtk_recent_info_exists (l->data))
      mine = g_list_prepend (mine, l->data);
  mine = g_list_sort (mine, compare_recent);
  for (GList *l = mine; l && n < MAX_RECENT; l = l->next, n++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (l->data), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (l->data));
      g_menu_append_item (self->recent_submenu, item);
    }
  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Files"), "win.none");
      g_menu_append_item (self->recent_submenu, item);
    }
  g_list_free (mine);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KjWindow      *self)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = g_value_get_boxed (value);
  for (GSList *l = list; l; l = l->next)
    g_ptr_array_add (files, l->data);
  kj_window_open_files (self, (GFile **) files->pdata, files->len);
  return files->len > 0;
}

void
kj_window_open_init (KjWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (kj_window_update_recent), self, G_CONNECT_SWAPPED);
  kj_window_update_recent (self);
}
