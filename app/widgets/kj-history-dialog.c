/* kj-history-dialog.c: the saved changes of a plan, an indicator or a cell,
 * newest first; "Restore" makes the old value a new edit
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entries are the plan file's own `history` (model/kj-history.c): who,
 * when, what and old → new.  Everything in them comes from a file, so it is
 * escaped before it reaches a label's markup.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "model/kj-format.h"
#include "model/kj-history.h"
#include "widgets/kj-history-dialog.h"

struct _KjHistoryDialog
{
  AdwWindow            parent_instance;

  KjPlan              *plan;
  char                *prefix;
  AdwPreferencesGroup *group;
  GPtrArray           *rows;
  GPtrArray           *buttons;        /* "Restore", one an entry */
  GPtrArray           *entries;
  AdwToastOverlay     *toasts;
};

G_DEFINE_FINAL_TYPE (KjHistoryDialog, kj_history_dialog, ADW_TYPE_WINDOW)

static const char *
field_label (const char *field)
{
  if (g_strcmp0 (field, "target") == 0)
    return _("target");
  if (g_strcmp0 (field, "realization") == 0)
    return _("realisation");
  if (g_strcmp0 (field, "narrative") == 0)
    return _("analysis");
  if (g_strcmp0 (field, "allocation") == 0)
    return _("allocation");
  if (g_strcmp0 (field, "value") == 0)
    return _("value");
  /* the Tables page's columns */
  if (g_strcmp0 (field, "volume") == 0)
    return _("volume");
  if (g_strcmp0 (field, "amount") == 0)
    return _("amount");
  if (g_strcmp0 (field, "unit") == 0)
    return _("unit");
  if (g_strcmp0 (field, "name") == 0)
    return _("name");
  if (g_strcmp0 (field, "kegiatan") == 0)
    return _("kegiatan");
  if (g_strcmp0 (field, "satker") == 0)
    return _("satker");
  return field;
}

/* A value as the table shows it; "–" for no data. */
static char *
value_text (KjPlan       *plan,
            const char   *indicator_id,
            const KjNode *node)
{
  KjIndicator *ind = indicator_id ? kj_plan_find_indicator (plan, indicator_id) : NULL;

  if (node == NULL || kj_node_is_null (node))
    return g_strdup (KJ_NO_DATA);
  if (kj_node_is_number (node))
    return ind ? kj_indicator_format_value (ind, kj_node_get_number (node))
               : kj_format_number (kj_node_get_number (node), kj_printed_decimals (kj_node_get_number (node)));
  if (kj_node_is_string (node))
    return kj_format_plain_text (kj_node_get_string (node), FALSE);
  /* Translators: a changed row or analysis, in the history of changes */
  return g_strdup (_("(several values)"));
}

static void
restore_clicked_cb (GtkButton       *button,
                    KjHistoryDialog *self)
{
  KjHistoryEntry *entry = g_object_get_data (G_OBJECT (button), "kj-entry");
  g_autoptr(GError) error = NULL;
  g_autoptr(KjEdit) edit = kj_history_entry_make_restore (entry, self->plan, KJ_HISTORY_OLD, &error);

  if (edit == NULL || !kj_plan_apply (self->plan, edit, NULL, &error))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
      return;
    }
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Restored: save to keep it")));
}

static void
fill (KjHistoryDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->buttons, 0);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->entries = kj_plan_get_history (self->plan, self->prefix);

  if (self->entries->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No saved changes yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("A change is recorded in the file when the file is saved."));
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
      return;
    }
  for (guint i = 0; i < self->entries->len; i++)
    {
      KjHistoryEntry *entry = g_ptr_array_index (self->entries, i);
      const char *indicator = kj_history_entry_get_indicator (entry);
      const char *row_key = kj_history_entry_get_row (entry);
      int year = kj_history_entry_get_year (entry);
      g_autofree char *old = value_text (self->plan, indicator, kj_history_entry_get_old_value (entry));
      g_autofree char *new = value_text (self->plan, indicator, kj_history_entry_get_new_value (entry));
      g_autofree char *what = NULL, *title = NULL, *subtitle = NULL, *when = NULL;
      g_autofree char *restore_label = NULL, *who = NULL;
      GDateTime *time = kj_history_entry_get_time (entry);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *restore;

      /* "nka 2024", "3247 2024" */
      if (year > 0)
        what = g_strdup_printf ("%s %d", indicator ? indicator : row_key ? row_key : "", year);
      else
        what = g_strdup (indicator ? indicator : row_key ? row_key : kj_history_entry_get_path (entry));
      /* Translators: a saved change: "nka 2024 · realisation: 80,12 → 84,38" */
      title = g_strdup_printf (_("%s · %s: %s → %s"), what, field_label (kj_history_entry_get_field (entry)),
                               old, new);
      if (time)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (time);
          /* Translators: when a change was saved: a date, a time and a time zone */
          when = g_date_time_format (local, _("%-d %B %Y, %H:%M %Z"));
        }
      who = kj_format_plain_text (kj_history_entry_get_who (entry) ? kj_history_entry_get_who (entry) : "", FALSE);
      subtitle = g_strdup_printf ("%s · %s", *who ? who : _("someone"), when ? when : kj_history_entry_get_when (entry));
      {
        g_autofree char *t = g_markup_escape_text (title, -1);
        g_autofree char *st = g_markup_escape_text (subtitle, -1);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), st);
      }
      /* Translators: a button: "Restore 80,12" */
      restore_label = g_strdup_printf (_("Restore %s"), old);
      restore = gtk_button_new_with_label (restore_label);
      gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (restore, _("Make the value before this change the value now (a new change)"));
      g_object_set_data (G_OBJECT (restore), "kj-entry", entry);
      g_signal_connect_object (restore, "clicked", G_CALLBACK (restore_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->buttons, restore);
    }
}

static void
kj_history_dialog_finalize (GObject *object)
{
  KjHistoryDialog *self = KJ_HISTORY_DIALOG (object);

  g_clear_object (&self->plan);
  g_free (self->prefix);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  G_OBJECT_CLASS (kj_history_dialog_parent_class)->finalize (object);
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
kj_history_dialog_class_init (KjHistoryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kj_history_dialog_finalize;
  gtk_widget_class_install_action (widget_class, "history.close", NULL, close_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "history.close", NULL);
}

static void
kj_history_dialog_init (KjHistoryDialog *self)
{
  self->rows = g_ptr_array_new ();
  self->buttons = g_ptr_array_new ();
}

/**
 * kj_history_dialog_new:
 * @path_prefix: (nullable): a cell or an indicator; %NULL for the whole plan
 * @what: (nullable): what the prefix is, for the window's subtitle
 */
KjHistoryDialog *
kj_history_dialog_new (GtkWindow  *parent,
                       KjPlan     *plan,
                       const char *path_prefix,
                       const char *what)
{
  KjHistoryDialog *self = g_object_new (KJ_TYPE_HISTORY_DIALOG, "modal", TRUE, "transient-for", parent,
                                        "default-width", 640, "default-height", 560, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("History of Changes"), what ? what : kj_plan_get_title (plan));
  GtkWidget *page = adw_preferences_page_new ();

  self->plan = g_object_ref (plan);
  self->prefix = g_strdup (path_prefix);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (self->group, _("Saved changes, newest first: who made them and when."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);
  gtk_widget_set_vexpand (page, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, page);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), _("History of Changes"));
  fill (self);
  return self;
}

/* Returns: (transfer none) (element-type KjHistoryEntry): the entries listed */
GPtrArray *
kj_history_dialog_get_entries (KjHistoryDialog *self)
{
  g_return_val_if_fail (KJ_IS_HISTORY_DIALOG (self), NULL);
  return self->entries;
}

/* Restores the value before entry @index, as its button does. */
void
kj_history_dialog_restore (KjHistoryDialog *self,
                           guint            index)
{
  g_return_if_fail (KJ_IS_HISTORY_DIALOG (self));
  g_return_if_fail (index < self->buttons->len);
  restore_clicked_cb (g_ptr_array_index (self->buttons, index), self);
}
