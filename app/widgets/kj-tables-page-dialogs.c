/* kj-tables-page-dialogs.c: the tables page's + and − buttons: the key of
 * a new row asked for (and refused when already there, as it is typed), a
 * work-plan node's removal confirmed with the number of items going with it
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/kj-tables-page-private.h"

/* ── the buttons ────────────────────────────────────────────────────────── */

static KjTableRow *
selected_row (KjTablesPage *self)
{
  guint pos = self->selection ? gtk_single_selection_get_selected (self->selection)
                              : GTK_INVALID_LIST_POSITION;
  KjTableRow *row = pos != GTK_INVALID_LIST_POSITION ? _kj_tables_row_at (self, pos) : NULL;

  return row && !row->total ? row : NULL;
}

/* the node a work-plan item goes under; NULL: the top level */
static const char *
add_parent (AdwMessageDialog *dialog)
{
  GtkCheckButton *top = g_object_get_data (G_OBJECT (dialog), "kj-top");

  if (top && gtk_check_button_get_active (top))
    return NULL;
  return g_object_get_data (G_OBJECT (dialog), "kj-parent");
}

static void
add_entry_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  KjTablesPage *self = g_object_get_data (G_OBJECT (dialog), "kj-page");
  const char *parent = add_parent (dialog);
  g_autofree char *key = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  gboolean ok = _kj_tables_check_new_key (self, parent, key, &error);
  GtkWidget *message = g_object_get_data (G_OBJECT (dialog), "kj-message");

  adw_message_dialog_set_response_enabled (dialog, "add", ok);
  /* an empty field says nothing yet */
  gtk_label_set_text (GTK_LABEL (message), ok || *key == '\0' ? "" : error->message);
}

static void
add_top_toggled_cb (GtkCheckButton *top,
                    GtkEditable    *entry)
{
  /* the same code may be free at the other level */
  g_signal_emit_by_name (entry, "changed");
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 KjTablesPage     *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "kj-entry");
  const char *parent = add_parent (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;
  if (!kj_tables_page_add_row (self, parent, gtk_editable_get_text (entry), &error))
    gtk_label_set_text (self->status_label, error->message);
}

void
_kj_tables_add_clicked (KjTablesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  KjTableRow *parent = self->table == KJ_TABLE_WORKPLAN ? selected_row (self) : NULL;
  GtkWidget *dialog, *box, *entry, *message;
  const char *what;
  g_autofree char *body = NULL;

  if (kj_tables_page_is_read_only (self))
    return;
  what = self->table == KJ_TABLE_BREAKDOWN ? _("The area (kabupaten/kota) of the new row")
         : self->table == KJ_TABLE_SPENDING ? _("The type of spending of the new line")
         : self->table == KJ_TABLE_OUTPUTS ? _("The name of the new output (RO)")
         : self->table == KJ_TABLE_WORKPLAN ? _("The code of the new work-plan item")
         : self->table == KJ_TABLE_CONTEXT ? _("The name of the new row (its first cell)")
         : _("The code of the new kegiatan");
  /* Translators: where a work-plan item is added: "… under 052 (P4GN)" */
  body = parent ? g_strdup_printf (_("%s, under %s"), what, _kj_tables_row_label (self, parent))
                : g_strdup (what);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Add a Row"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  /* the page's: it goes with the window */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, what, -1);
  message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_widget_add_css_class (message, "error");
  gtk_box_append (GTK_BOX (box), entry);
  if (parent)
    {
      GtkWidget *top = gtk_check_button_new_with_mnemonic (_("At the _top level instead"));
      gtk_box_append (GTK_BOX (box), top);
      g_object_set_data (G_OBJECT (dialog), "kj-top", top);
      g_signal_connect_object (top, "toggled", G_CALLBACK (add_top_toggled_cb), entry, 0);
    }
  gtk_box_append (GTK_BOX (box), message);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data_full (G_OBJECT (dialog), "kj-page", g_object_ref (self), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "kj-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "kj-message", message);
  g_object_set_data_full (G_OBJECT (dialog), "kj-parent", parent ? g_strdup (parent->key) : NULL, g_free);
  g_signal_connect_object (entry, "changed", G_CALLBACK (add_entry_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    KjTablesPage     *self)
{
  const char *key = g_object_get_data (G_OBJECT (dialog), "kj-key");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") == 0 && !kj_tables_page_remove_row (self, key, &error))
    gtk_label_set_text (self->status_label, error->message);
}

void
_kj_tables_remove_clicked (KjTablesPage *self)
{
  KjTableRow *row = selected_row (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *key = NULL, *heading = NULL, *body = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (row == NULL)
    return;
  key = g_strdup (row->key);
  if (row->n_below == 0)
    {
      /* one row: undone with Ctrl+Z */
      if (!kj_tables_page_remove_row (self, key, &error))
        gtk_label_set_text (self->status_label, error->message);
      return;
    }
  /* Translators: asked before a work-plan item with items under it goes */
  heading = g_strdup_printf (_("Remove %s?"), _kj_tables_row_label (self, row));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %u item under it goes with it.",
                                       "The %u items under it go with it.", row->n_below), row->n_below);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "kj-key", g_steal_pointer (&key), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
