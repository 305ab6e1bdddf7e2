/* kj-window-disk.c: the files behind the window's plans: changed on disk,
 * read-only, reloaded; unsaved edits kept in recovery journals
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GFileMonitor per open file says at once when another program (another
 * Kinerja, a file sync, an e-mailed replacement) changed it: in the row
 * above the content for the plan shown, in a toast for the others.  The
 * saver refuses to overwrite such a file (kj-window-save.c asks what to do).
 * Each edit reaches the plan's recovery journal (io/kj-journal.h) within a
 * second; a reload can keep the edits that still fit, through the journal.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "io/kj-journal.h"
#include "io/kj-plan-io.h"
#include "widgets/kj-window-private.h"

/* an edit is in its recovery journal this long after it is made, at most */
#define JOURNAL_DELAY_MS 1000

/* ── changed on disk, read-only ─────────────────────────────────────────── */

void
kj_window_update_file_note (KjWindow *self)
{
  g_autofree char *escaped = NULL, *text = NULL;
  gboolean changed = FALSE;

  if (self->on_disk == NULL)   /* disposed */
    return;
  if (self->plan)
    {
      escaped = g_markup_escape_text (kj_plan_get_title (self->plan), -1);
      changed = g_hash_table_contains (self->on_disk, self->plan);
      if (changed && !g_file_query_exists (kj_plan_get_file (self->plan), NULL))
        {
          /* Translators: the row above a plan whose file was deleted or moved away */
          text = g_strdup_printf (_("“%s” is no longer on disk: save it to keep it"), escaped);
          changed = FALSE;   /* nothing to reload */
        }
      else if (changed)
        /* Translators: the row above a plan whose file another program changed */
        text = g_strdup_printf (_("“%s” changed on disk"), escaped);
      else if (g_hash_table_contains (self->read_only, self->plan))
        text = g_strdup_printf (_("“%s” is read-only: save changes under another name"), escaped);
    }
  if (text)
    gtk_label_set_markup (self->file_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->file_reload_button), changed);
  gtk_revealer_set_reveal_child (self->file_revealer, text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload",
                                 self->plan && kj_plan_get_file (self->plan));
}

/**
 * kj_window_get_file_note:
 * Returns: (nullable): the text of the row above the content about the
 *   shown plan's file (changed on disk, read-only), %NULL when hidden
 */
const char *
kj_window_get_file_note (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->file_revealer))
    return NULL;
  return gtk_label_get_text (self->file_label);
}

/**
 * kj_window_plan_is_read_only:
 * @plan: (nullable): a plan of the window's workspace; %NULL: the one shown
 *
 * Whether @plan's file cannot be saved over (as kj_plan_is_read_only() said
 * when it was opened, or when its file's attributes last changed): edits
 * of it are refused, Save is Save As.
 */
gboolean
kj_window_plan_is_read_only (KjWindow *self,
                             KjPlan   *plan)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), FALSE);
  if (plan == NULL)
    plan = self->plan;
  return plan && g_hash_table_contains (self->read_only, plan);
}

/**
 * kj_window_plan_changed_on_disk:
 * @plan: (nullable): a plan of the window's workspace; %NULL: the one shown
 *
 * Whether the file monitor saw @plan's file change since it was read or saved.
 */
gboolean
kj_window_plan_changed_on_disk (KjWindow *self,
                                KjPlan   *plan)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), FALSE);
  if (plan == NULL)
    plan = self->plan;
  return plan && g_hash_table_contains (self->on_disk, plan);
}

static void
check_file (KjWindow *self,
            KjPlan   *plan)
{
  gboolean was = g_hash_table_contains (self->on_disk, plan);
  gboolean now = kj_plan_changed_on_disk (plan);

  if (kj_plan_is_read_only (plan))
    g_hash_table_add (self->read_only, g_object_ref (plan));
  else
    g_hash_table_remove (self->read_only, plan);
  if (now)
    g_hash_table_add (self->on_disk, g_object_ref (plan));
  else
    g_hash_table_remove (self->on_disk, plan);
  /* a plan not shown: said once, in a toast */
  if (now && !was && plan != self->plan)
    {
      g_autofree char *escaped = g_markup_escape_text (kj_plan_get_title (plan), -1);
      g_autofree char *text = g_strdup_printf (_("“%s” changed on disk"), escaped);
      kj_window_toast (self, text);
    }
  kj_window_update_file_note (self);
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 KjWindow          *self)
{
  KjPlan *plan = g_object_get_data (G_OBJECT (monitor), "kj-plan");

  /* our own saves leave the plan's stamp equal to the file: no change */
  if (plan && event != G_FILE_MONITOR_EVENT_CHANGED && event != G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    check_file (self, plan);
}

static void
watch_file (KjWindow *self,
            KjPlan   *plan)
{
  GFile *file = kj_plan_get_file (plan);
  GFileMonitor *monitor = NULL;

  if (file)
    monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (monitor)
    {
      /* borrowed: the table holds the plan as long as the monitor */
      g_object_set_data (G_OBJECT (monitor), "kj-plan", plan);
      g_signal_connect_object (monitor, "changed", G_CALLBACK (file_changed_cb), self, 0);
    }
  g_hash_table_insert (self->monitors, g_object_ref (plan), monitor);
  if (file && kj_plan_is_read_only (plan))
    g_hash_table_add (self->read_only, g_object_ref (plan));
}

static void
unwatch_file (KjWindow *self,
              KjPlan   *plan)
{
  GFileMonitor *monitor = g_hash_table_lookup (self->monitors, plan);

  if (monitor)
    {
      g_signal_handlers_disconnect_by_func (monitor, file_changed_cb, self);
      g_file_monitor_cancel (monitor);
    }
  g_hash_table_remove (self->on_disk, plan);
  g_hash_table_remove (self->read_only, plan);
  g_hash_table_remove (self->unjournalled, plan);
  g_hash_table_remove (self->monitors, plan);
}

/* A monitor for each open file, none for the plans gone: linear in the plans. */
static void
workspace_items_changed_cb (KjWindow *self)
{
  g_autoptr(GHashTable) open = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->workspace));
  GHashTableIter iter;
  gpointer plan;

  if (self->monitors == NULL)   /* disposed */
    return;
  for (guint i = 0; i < n; i++)
    {
      KjPlan *p = g_list_model_get_item (G_LIST_MODEL (self->workspace), i);

      g_hash_table_add (open, p);
      if (!g_hash_table_contains (self->monitors, p))
        watch_file (self, p);
      g_object_unref (p);   /* the workspace holds it */
    }
  g_hash_table_iter_init (&iter, self->monitors);
  while (g_hash_table_iter_next (&iter, &plan, NULL))
    if (!g_hash_table_contains (open, plan))
      g_ptr_array_add (gone, plan);
  for (guint i = 0; i < gone->len; i++)
    unwatch_file (self, g_ptr_array_index (gone, i));
  kj_window_update_file_note (self);
  kj_window_update_dirty (self);
}

/* Saved as @file now: watched there, no longer changed on disk. */
void
kj_window_rewatch (KjWindow *self,
         KjPlan   *plan)
{
  g_object_ref (plan);
  unwatch_file (self, plan);
  watch_file (self, plan);
  g_object_unref (plan);
}

/* ── recovery journal ───────────────────────────────────────────────────── */

/* The unsaved edits of every plan edited since the last write go to its
 * journal (io/kj-journal.h): at most a second after an edit, without
 * waiting for a pause in the typing. */
static gboolean
write_journals_cb (gpointer data)
{
  KjWindow *self = data;
  GHashTableIter iter;
  gpointer plan;
  g_autofree char *failure = NULL;

  self->journal_timeout = 0;
  g_hash_table_iter_init (&iter, self->unjournalled);
  while (g_hash_table_iter_next (&iter, &plan, NULL))
    {
      g_autoptr(GError) error = NULL;

      if (!kj_journal_write (plan, &error) && failure == NULL)
        failure = g_markup_escape_text (error->message, -1);
      g_hash_table_iter_remove (&iter);
    }
  if (failure)
    {
      /* Translators: the recovery file could not be written; the reason follows */
      g_autofree char *text = g_strdup_printf (_("Unsaved changes are not kept for recovery: %s"),
                                               failure);
      kj_window_toast (self, text);
    }
  return G_SOURCE_REMOVE;
}

void
kj_window_journal_soon (KjWindow *self,
              KjPlan   *plan)
{
  g_hash_table_add (self->unjournalled, g_object_ref (plan));
  if (self->journal_timeout == 0)
    self->journal_timeout = g_timeout_add (JOURNAL_DELAY_MS, write_journals_cb, self);
}

/* Saved, discarded or reloaded: no edits to recover. */
void
kj_window_forget_journal (KjWindow *self,
                KjPlan   *plan)
{
  g_autoptr(GError) error = NULL;

  g_hash_table_remove (self->unjournalled, plan);
  if (!kj_journal_forget (plan, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      kj_window_toast (self, escaped);
    }
}

static void
plan_changed_cb (KjWindow    *self,
                 KjPlan      *plan,
                 KjEdit      *edit,
                 KjWorkspace *workspace)
{
  if (self->unjournalled == NULL)   /* disposed */
    return;
  kj_window_journal_soon (self, plan);
  kj_window_update_dirty (self);
}

/* ── reload ─────────────────────────────────────────────────────────────── */

void
kj_window_show_error (KjWindow   *self,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);

  /* plain text: the message quotes file names */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The file as it is now replaces the plan.  With @keep, the plan's unsaved
 * edits that still fit the new file are applied to it again, through the
 * recovery journal (as one undo step); the others are named. */
static gboolean
reload_plan (KjWindow *self,
             KjPlan   *plan,
             gboolean  keep)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KjDiagnostic) diagnostic = NULL;
  g_autoptr(KjPlan) fresh = NULL;
  g_autoptr(KjJournal) journal = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  gboolean shown = plan == self->plan;
  GFile *file = kj_plan_get_file (plan);

  if (file == NULL)
    return FALSE;
  if (keep && kj_plan_get_modified (plan))
    {
      g_autoptr(GFile) journal_file = kj_journal_file_for (file);

      if (journal_file == NULL || !kj_journal_write (plan, &error)
          || (journal = kj_journal_load (journal_file, &error)) == NULL)
        {
          kj_window_show_error (self, _("The File Cannot Be Reloaded"), error->message);
          return FALSE;
        }
    }
  fresh = kj_plan_load_file (file, &diagnostic, &error);
  if (fresh == NULL)
    {
      g_autofree char *message = diagnostic ? kj_diagnostic_to_string (diagnostic)
                                            : g_strdup (error->message);
      kj_window_show_error (self, _("The File Cannot Be Reloaded"), message);
      return FALSE;
    }
  if (journal && !kj_journal_restore (journal, fresh, &skipped, &error))
    {
      kj_window_show_error (self, _("No Change Could Be Kept"), error->message);
      g_clear_error (&error);
    }
  g_object_ref (plan);
  /* edits kept are still unsaved: their journal stays, and is written again */
  if (!kj_plan_get_modified (fresh))
    kj_window_forget_journal (self, plan);
  g_hash_table_remove (self->unjournalled, plan);
  kj_workspace_add (self->workspace, fresh);   /* replaces @plan */
  if (shown)
    kj_window_set_plan (self, fresh);
  if (kj_plan_get_modified (fresh))
    kj_window_journal_soon (self, fresh);
  g_object_unref (plan);
  if (skipped && skipped->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (skipped, NULL);
      list = g_strjoinv ("\n", (char **) skipped->pdata);
      kj_window_show_error (self, _("Some Changes Did Not Fit the File as It Is Now"), list);
    }
  kj_window_update_dirty (self);
  return TRUE;
}

static void
reload_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    KjWindow         *self)
{
  KjPlan *plan = g_object_get_data (G_OBJECT (dialog), "kj-plan");

  if (g_str_equal (response, "drop") || g_str_equal (response, "keep"))
    reload_plan (self, plan, g_str_equal (response, "keep"));
}

/* Reload @plan; with unsaved edits, after asking whether to keep them. */
void
kj_window_ask_reload (KjWindow *self,
            KjPlan   *plan)
{
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (!kj_plan_get_modified (plan))
    {
      reload_plan (self, plan, FALSE);
      return;
    }
  heading = g_strdup_printf (_("Reload “%s”?"), kj_plan_get_title (plan));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The plan has unsaved changes. Keep those that still fit "
                                     "the file as it is now, or drop them all."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "drop", _("_Drop Changes"),
                                    "keep", _("_Keep Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "drop",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "kj-plan", g_object_ref (plan), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.reload: the shown plan's file, as it is on disk now. */
void
kj_window_reload (KjWindow *self)
{
  if (self->plan)
    kj_window_ask_reload (self, self->plan);
}


/* ── the object ─────────────────────────────────────────────────────────── */

/* a plan without a file has no monitor */
static void
monitor_free (gpointer monitor)
{
  if (monitor)
    g_object_unref (monitor);
}

void
kj_window_disk_init (KjWindow *self)
{
  self->monitors = g_hash_table_new_full (NULL, NULL, g_object_unref, monitor_free);
  self->on_disk = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->read_only = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->unjournalled = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_signal_connect_object (self->workspace, "items-changed",
                           G_CALLBACK (workspace_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "plan-changed",
                           G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::plan", G_CALLBACK (kj_window_update_file_note), self,
                           G_CONNECT_SWAPPED);
  kj_window_update_file_note (self);
}

void
kj_window_disk_dispose (KjWindow *self)
{
  GHashTableIter iter;
  gpointer monitor;

  g_clear_handle_id (&self->journal_timeout, g_source_remove);
  if (self->monitors)
    {
      g_hash_table_iter_init (&iter, self->monitors);
      while (g_hash_table_iter_next (&iter, NULL, &monitor))
        if (monitor)
          {
            g_signal_handlers_disconnect_by_func (monitor, file_changed_cb, self);
            g_file_monitor_cancel (monitor);
          }
    }
  g_clear_pointer (&self->monitors, g_hash_table_unref);
  g_clear_pointer (&self->on_disk, g_hash_table_unref);
  g_clear_pointer (&self->read_only, g_hash_table_unref);
  g_clear_pointer (&self->unjournalled, g_hash_table_unref);
}
