/* kj-window-recovery.c: after a crash, the unsaved edits offered back
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session that ended without saving (a crash, a kill, a power cut) leaves
 * the recovery journals of its edited plans (io/kj-journal.h, written by
 * kj-window-disk.c).  At start-up the window asks whether to restore them:
 * the files are opened as they are on disk (a bundled sample as the
 * program has it) and the edits applied again, as one undoable step per
 * plan; or the journals are discarded.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "io/kj-journal.h"
#include "io/kj-plan-io.h"
#include "widgets/kj-window-private.h"

typedef struct
{
  KjJournal *journal;
  KjPlan    *plan;      /* its file as it is now; NULL when it does not load */
  char      *problem;   /* why not */
} Pending;

static void
pending_free (Pending *p)
{
  kj_journal_unref (p->journal);
  g_clear_object (&p->plan);
  g_free (p->problem);
  g_free (p);
}

/* "14:32" today, else with the date: when the edits were last journalled. */
static char *
format_when (KjJournal *journal)
{
  g_autoptr(GDateTime) utc = kj_journal_get_time (journal);
  g_autoptr(GDateTime) when = utc ? g_date_time_to_local (utc) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (when == NULL)
    return g_strdup (kj_journal_get_when (journal) ? kj_journal_get_when (journal) : "?");
  if (g_date_time_get_year (when) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (now))
    /* Translators: the time unsaved changes were made today: "14:32" (Indonesian "14.32") */
    return g_date_time_format (when, _("%H:%M"));
  /* Translators: a date and time as g_date_time_format() spells them */
  return g_date_time_format (when, _("%e %B %Y, %H:%M"));
}

static char *
name_of (Pending *p)
{
  if (p->plan)
    return g_strdup (kj_plan_get_title (p->plan));
  if (kj_journal_get_sample (p->journal))
    return g_strdup (kj_journal_get_sample (p->journal));
  return g_file_get_parse_name (kj_journal_get_plan_file (p->journal));
}

/* The plan the edits were made to, as it is now: its file, or the sample. */
static KjPlan *
load_plan_of (KjJournal  *journal,
              char      **problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KjDiagnostic) diagnostic = NULL;
  const char *sample = kj_journal_get_sample (journal);
  KjPlan *plan;

  if (sample)
    {
      g_autofree char *path = g_build_path ("/", RESOURCE_PREFIX, "samples", sample, NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);

      if (bytes == NULL)
        {
          /* Translators: a recovery journal names a sample this version does not have */
          *problem = g_strdup_printf (_("%s: this version of Kinerja has no such sample"), sample);
          return NULL;
        }
      plan = kj_plan_load_bytes (bytes, sample, NULL, &diagnostic, &error);
    }
  else
    plan = kj_plan_load_file (kj_journal_get_plan_file (journal), &diagnostic, &error);
  if (plan == NULL)
    *problem = diagnostic ? kj_diagnostic_to_string (diagnostic) : g_strdup (error->message);
  return plan;
}

static void
restore (KjWindow  *self,
         GPtrArray *pending)
{
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(GString) problems = g_string_new (NULL);
  gboolean all_samples = TRUE;

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);
      g_autoptr(GPtrArray) skipped = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = name_of (p);

      if (p->plan == NULL)
        {
          /* the journal stays: the file may be back next time */
          g_string_append_printf (problems, "%s%s", problems->len ? "\n\n" : "", p->problem);
          continue;
        }
      if (!kj_journal_restore (p->journal, p->plan, &skipped, &error))
        g_string_append_printf (problems, "%s%s: %s", problems->len ? "\n\n" : "", name,
                                error->message);
      /* this session's journal takes over from the dead one's: written first */
      else if (kj_journal_write (p->plan, &error))
        kj_journal_discard (p->journal, NULL);
      else
        g_string_append_printf (problems, "%s%s: %s", problems->len ? "\n\n" : "", name,
                                error->message);
      for (guint j = 0; skipped && j < skipped->len; j++)
        g_string_append_printf (problems, "%s%s: %s", problems->len ? "\n\n" : "", name,
                                (const char *) g_ptr_array_index (skipped, j));
      g_ptr_array_add (result->plans, g_object_ref (p->plan));
      all_samples &= kj_journal_get_sample (p->journal) != NULL;
    }
  if (result->plans->len > 0)
    {
      KjPlan *first = g_ptr_array_index (result->plans, 0);

      /* samples restored with the user's files, or while the user's files are
       * open, stay beside them */
      kj_window_add_result (self, result,
                            all_samples && (self->showing_samples
                                            || g_list_model_get_n_items (G_LIST_MODEL (self->workspace)) == 0));
      kj_window_set_plan (self, first);
      /* the journals now hold what the plans hold: written again on the next edit */
      kj_window_update_dirty (self);
    }
  if (problems->len > 0)
    kj_window_show_error (self, _("Not Every Change Was Restored"), problems->str);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             KjWindow         *self)
{
  GPtrArray *pending = g_object_get_data (G_OBJECT (dialog), "kj-pending");

  if (g_str_equal (response, "restore"))
    restore (self, pending);
  else if (g_str_equal (response, "discard"))
    for (guint i = 0; i < pending->len; i++)
      {
        Pending *p = g_ptr_array_index (pending, i);
        g_autoptr(GError) error = NULL;

        if (!kj_journal_discard (p->journal, &error))
          kj_window_show_error (self, _("A Recovery File Was Not Removed"), error->message);
      }
  /* closed otherwise: asked again at the next start */
}

/**
 * kj_window_offer_recovery:
 * Asks whether to restore the unsaved edits a session left in recovery
 * journals ("Restore unsaved changes from 14:32 to BNN Kota Kupang?").
 *
 * Returns: (transfer none) (nullable): the question, presented; %NULL when
 *   there is nothing to restore
 */
GtkWidget *
kj_window_offer_recovery (KjWindow *self)
{
  g_autoptr(GPtrArray) journals = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  GPtrArray *pending;
  GtkWidget *dialog;

  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);

  journals = kj_journal_list (NULL);
  if (journals->len == 0)
    return NULL;
  pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  for (guint i = 0; i < journals->len; i++)
    {
      Pending *p = g_new0 (Pending, 1);

      p->journal = kj_journal_ref (g_ptr_array_index (journals, i));
      p->plan = load_plan_of (p->journal, &p->problem);
      g_ptr_array_add (pending, p);
    }
  if (pending->len == 1)
    {
      Pending *p = g_ptr_array_index (pending, 0);
      g_autofree char *name = name_of (p), *when = format_when (p->journal);

      /* Translators: "Restore unsaved changes from 14:32 to BNN Kota Kupang?" */
      g_string_printf (body, _("Restore unsaved changes from %s to %s?"), when, name);
    }
  else
    {
      g_string_append (body, _("Kinerja ended before these changes were saved:"));
      for (guint i = 0; i < pending->len; i++)
        {
          Pending *p = g_ptr_array_index (pending, i);
          g_autofree char *name = name_of (p), *when = format_when (p->journal);
          guint n = kj_journal_get_n_changes (p->journal);

          /* Translators: one line of the plans to restore: name, count, time */
          g_string_append_printf (body, "\n• %s: ", name);
          g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u change from %s",
                                                     "%u changes from %s", n), n, when);
        }
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore Unsaved Changes?"), NULL);
  /* plain text: names come from the files */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "kj-pending", pending, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
