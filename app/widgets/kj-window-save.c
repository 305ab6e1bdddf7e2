/* kj-window-save.c: saving that cannot lose data: the dirty state, Save and
 * Save As, the question on closing
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every save goes through the atomic saver (io/kj-plan-io.h), which refuses
 * to overwrite a file that changed on disk since it was read; the window
 * then asks what to do (reload, save as, or overwrite, said explicitly).
 * kj-window-disk.c watches the files.  Saves of several plans (on closing
 * the window) run one after another, each maybe through a file chooser: a
 * small queue.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "io/kj-journal.h"
#include "io/kj-plan-io.h"
#include "widgets/kj-window-private.h"

/* ── the dirty state ────────────────────────────────────────────────────── */

/* The title as GNOME Text Editor shows a modified document: "• Name". */
static char *
plan_title (KjPlan *plan)
{
  if (kj_plan_get_modified (plan))
    /* Translators: the title of a plan with unsaved changes */
    return g_strdup_printf (_("• %s"), kj_plan_get_title (plan));
  return g_strdup (kj_plan_get_title (plan));
}

/**
 * kj_window_update_dirty:
 * The window's title and the content's title say whether the plan shown has
 * unsaved changes; the sidebar marks every plan that has.
 */
void
kj_window_update_dirty (KjWindow *self)
{
  g_autofree char *title = NULL;

  if (self->workspace == NULL)   /* disposed */
    return;
  if (self->plan)
    {
      g_autofree char *name = plan_title (self->plan);

      adw_view_switcher_title_set_title (self->content_title, name);
      /* Translators: the window's title: the plan shown, then the program */
      title = g_strdup_printf (_("%s – Kinerja"), name);
    }
  gtk_window_set_title (GTK_WINDOW (self), title ? title : _("Kinerja"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", self->plan != NULL);
  kj_window_update_rows (self);
}

/* ── saving, one plan after another ─────────────────────────────────────── */

typedef struct
{
  KjWindow  *self;
  GPtrArray *plans;      /* KjPlan still to save, first first */
  gboolean   save_as;    /* ask for a file even when there is one */
  KjWindowThen   then;   /* once all are saved (closing, opening other files) */
  gpointer       data;
  GDestroyNotify destroy;
} SaveQueue;

static void save_next (SaveQueue *queue);

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (data);
  return G_SOURCE_REMOVE;
}

/* Closed once the question that led here is gone: a dialog outliving the
 * window it belongs to would point at nothing. */
static void
close_confirmed (KjWindow *self)
{
  self->close_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
save_queue_free (SaveQueue *queue)
{
  if (queue->destroy)
    queue->destroy (queue->data);
  g_object_unref (queue->self);
  g_ptr_array_unref (queue->plans);
  g_free (queue);
}

/* A name for a plan without a file: its satker's short name, as a file name. */
static char *
suggested_name (KjPlan *plan)
{
  const KjSatker *s = kj_plan_get_satker (plan);
  const char *name = s->short_name ? s->short_name : s->name ? s->name : kj_plan_get_display_name (plan);
  g_autofree char *base = NULL;
  GString *out;

  if (kj_plan_get_file (plan))
    return g_file_get_basename (kj_plan_get_file (plan));
  base = g_path_get_basename (name ? name : "plan");
  if (g_str_has_suffix (base, ".json"))
    return g_steal_pointer (&base);
  out = g_string_new (NULL);
  for (const char *p = base; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  if (out->len == 0)
    g_string_append (out, "plan");
  g_string_append (out, ".json");
  return g_string_free (out, FALSE);
}

/* Done with the first plan of the queue: the dirty state, the journal, a toast. */
static void
saved (SaveQueue *queue,
       KjPlan    *plan)
{
  KjWindow *self = queue->self;
  g_autofree char *base = g_file_get_basename (kj_plan_get_file (plan));
  g_autofree char *escaped = g_markup_escape_text (base, -1);
  g_autofree char *text = g_strdup_printf (_("Saved “%s”"), escaped);

  kj_window_forget_journal (self, plan);
  kj_window_rewatch (self, plan);
  kj_window_update_dirty (self);
  kj_window_update_file_note (self);
  kj_window_toast (self, text);
  g_ptr_array_remove_index (queue->plans, 0);
}

static gboolean write_plan (SaveQueue *queue, KjPlan *plan, GFile *file, KjSaveFlags flags);

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SaveQueue       *queue)
{
  KjPlan *plan = g_ptr_array_index (queue->plans, 0);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      queue->save_as = FALSE;
      /* the chooser asked before overwriting: this file is the user's choice */
      if (write_plan (queue, plan, file, KJ_SAVE_FORCE))
        save_next (queue);
    }
  else
    save_queue_free (queue);   /* cancelled: nothing more, the window stays */
  g_object_unref (chooser);
}

static void
choose_file (SaveQueue *queue)
{
  KjWindow *self = queue->self;
  KjPlan *plan = g_ptr_array_index (queue->plans, 0);
  g_autofree char *name = suggested_name (plan);
  g_autofree char *title = g_strdup_printf (_("Save “%s” As"), kj_plan_get_title (plan));
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autoptr(GFile) folder = NULL;

  /* GtkFileDialog (4.10) replaces the native chooser; Debian 12 has GTK 4.8 */
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (kj_plan_get_file (plan))
    folder = g_file_get_parent (kj_plan_get_file (plan));
  else if (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS))
    folder = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));
  if (folder)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Plan files (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), queue);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
changed_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SaveQueue        *queue)
{
  KjPlan *plan = g_ptr_array_index (queue->plans, 0);

  if (g_str_equal (response, "overwrite"))
    {
      if (write_plan (queue, plan, kj_plan_get_file (plan), KJ_SAVE_FORCE))
        save_next (queue);
      return;
    }
  if (g_str_equal (response, "save-as"))
    {
      choose_file (queue);
      return;
    }
  if (g_str_equal (response, "reload"))
    kj_window_ask_reload (queue->self, plan);
  save_queue_free (queue);
}

/* The file changed on disk since it was read: never overwritten unasked. */
static void
ask_changed (SaveQueue *queue,
             KjPlan    *plan)
{
  GtkWidget *dialog;
  g_autofree char *heading = g_strdup_printf (_("“%s” Changed on Disk"), kj_plan_get_title (plan));

  dialog = adw_message_dialog_new (GTK_WINDOW (queue->self), heading,
                                   _("Another program changed the file since it was opened. "
                                     "Reload it (keeping your changes that still fit, or not), save your "
                                     "version under another name, or overwrite the other "
                                     "changes."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload…"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (changed_response_cb), queue);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Returns: %TRUE when written; else the queue is handed on (a question) or freed. */
static gboolean
write_plan (SaveQueue   *queue,
            KjPlan      *plan,
            GFile       *file,
            KjSaveFlags  flags)
{
  g_autoptr(GError) error = NULL;
  /* a sample's journal is by its name: gone once it has a file */
  g_autoptr(GFile) sample_journal = kj_plan_get_file (plan) ? NULL : kj_journal_file_of (plan);

  /* the saver also removes the journals of the file it had and of @file */
  if (kj_plan_save_full (plan, file, flags, &error))
    {
      if (sample_journal)
        g_file_delete (sample_journal, NULL, NULL);
      saved (queue, plan);
      return TRUE;
    }
  if (g_error_matches (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CHANGED))
    {
      ask_changed (queue, plan);
      return FALSE;
    }
  kj_window_show_error (queue->self, _("The Plan Was Not Saved"), error->message);
  save_queue_free (queue);
  return FALSE;
}

static void
save_next (SaveQueue *queue)
{
  KjWindow *self = queue->self;
  KjPlan *plan;

  if (queue->plans->len == 0)
    {
      if (queue->then)
        queue->then (self, queue->data);
      save_queue_free (queue);
      return;
    }
  plan = g_ptr_array_index (queue->plans, 0);
  /* a sample from the program's resources, or a file that cannot be written */
  if (queue->save_as || kj_plan_get_file (plan) == NULL || g_hash_table_contains (self->read_only, plan))
    {
      choose_file (queue);
      return;
    }
  if (write_plan (queue, plan, kj_plan_get_file (plan), KJ_SAVE_NONE))
    save_next (queue);
}

static void
save_plans (KjWindow       *self,
            GPtrArray      *plans,
            gboolean        save_as,
            KjWindowThen    then,
            gpointer        data,
            GDestroyNotify  destroy)
{
  SaveQueue *queue = g_new0 (SaveQueue, 1);

  queue->self = g_object_ref (self);
  queue->plans = g_ptr_array_ref (plans);
  queue->save_as = save_as;
  queue->then = then;
  queue->data = data;
  queue->destroy = destroy;
  save_next (queue);
}

/**
 * kj_window_save:
 * @save_as: ask for a file even when the plan has one
 *
 * Saves the plan shown (win.save, win.save-as).
 */
void
kj_window_save (KjWindow *self,
                gboolean  save_as)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->plan == NULL)
    return;
  g_ptr_array_add (plans, g_object_ref (self->plan));
  save_plans (self, plans, save_as, NULL, NULL, NULL);
}

/* ── before unsaved changes would go: closing, or other files replacing them ── */

/**
 * kj_window_get_modified_plans:
 * Returns: (transfer full) (element-type KjPlan): the plans with unsaved changes
 */
GPtrArray *
kj_window_get_modified_plans (KjWindow *self)
{
  GPtrArray *plans = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->workspace));

  for (guint i = 0; i < n; i++)
    {
      KjPlan *plan = g_list_model_get_item (G_LIST_MODEL (self->workspace), i);
      if (kj_plan_get_modified (plan))
        g_ptr_array_add (plans, plan);
      else
        g_object_unref (plan);
    }
  return plans;
}

typedef struct
{
  GPtrArray     *plans;
  KjWindowThen   then;
  gpointer       data;
  GDestroyNotify destroy;
} Question;

static void
question_free (Question *q)
{
  g_ptr_array_unref (q->plans);
  if (q->destroy)
    q->destroy (q->data);
  g_free (q);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     KjWindow         *self)
{
  Question *q = g_object_get_data (G_OBJECT (dialog), "kj-question");

  if (g_str_equal (response, "save"))
    {
      /* the queue owns what follows now */
      save_plans (self, q->plans, FALSE, q->then, q->data, q->destroy);
      q->destroy = NULL;
    }
  else if (g_str_equal (response, "discard"))
    {
      for (guint i = 0; i < q->plans->len; i++)
        kj_window_forget_journal (self, g_ptr_array_index (q->plans, i));
      q->then (self, q->data);
    }
  /* cancelled: nothing changes */
}

/**
 * kj_window_ask_unsaved:
 * @plans: (element-type KjPlan): the plans whose unsaved changes would go
 * @heading: the question ("Save Changes?")
 * @then: what would lose them (closing, opening other files): called once
 *   they are saved or the user chose to discard them; never when cancelled
 *
 * Asks Save / Discard / Cancel, listing the files; calls @then at once when
 * @plans is empty.
 */
void
kj_window_ask_unsaved (KjWindow       *self,
                       GPtrArray      *plans,
                       const char     *heading,
                       KjWindowThen    then,
                       gpointer        data,
                       GDestroyNotify  destroy)
{
  g_autoptr(GString) body = NULL;
  GtkWidget *dialog;
  Question *q;

  if (plans->len == 0)
    {
      then (self, data);
      if (destroy)
        destroy (data);
      return;
    }
  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "This plan has unsaved changes; unless saved, they are lost:",
                                    "These plans have unsaved changes; unless saved, they are lost:",
                                    plans->len));
  for (guint i = 0; i < plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (plans, i);
      GFile *file = kj_plan_get_file (plan);
      g_autofree char *where = file ? g_file_get_parse_name (file) : NULL;

      /* Translators: one line of the files with unsaved changes: the satker, its file */
      g_string_append_printf (body, "\n• %s (%s)", kj_plan_get_title (plan),
                              where ? where : _("a sample, to save under a new name"));
    }
  q = g_new0 (Question, 1);
  q->plans = g_ptr_array_ref (plans);
  q->then = then;
  q->data = data;
  q->destroy = destroy;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  /* plain text: names come from the files */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "kj-question", q, (GDestroyNotify) question_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  self->unsaved_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->unsaved_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_then (KjWindow *self,
            gpointer  data)
{
  close_confirmed (self);
}

static gboolean
close_request_cb (KjWindow *self)
{
  g_autoptr(GPtrArray) plans = NULL;

  if (self->close_confirmed)
    return FALSE;
  plans = kj_window_get_modified_plans (self);
  if (plans->len == 0)
    return FALSE;
  if (self->unsaved_dialog)
    {
      gtk_window_present (self->unsaved_dialog);
      return TRUE;
    }
  kj_window_ask_unsaved (self, plans, _("Save Changes?"), close_then, NULL, NULL);
  return TRUE;
}

/* ── the object ─────────────────────────────────────────────────────────── */

void
kj_window_save_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KjWindow, file_revealer);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, file_label);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, file_reload_button);
}

void
kj_window_save_init (KjWindow *self)
{
  kj_window_disk_init (self);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

void
kj_window_save_dispose (KjWindow *self)
{
  if (self->unsaved_dialog)
    g_object_remove_weak_pointer (G_OBJECT (self->unsaved_dialog), (gpointer *) &self->unsaved_dialog);
  self->unsaved_dialog = NULL;
  kj_window_disk_dispose (self);
}
