/* kj-table-clip.c: what the overview's table and the Tables page share with
 * spreadsheets: raw numbers, a pasted cell read, a table exported as CSV
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both tables paste all cells or none and name the cell they refuse; both
 * write CSV through kj_text_table_append_row() (formula cells defused) into
 * a file that is replaced whole.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "model/kj-plan.h"
#include "widgets/kj-table-clip.h"

/* Returns: (transfer full): @value as a file holds it ("" for no data) */
char *
kj_table_raw_number (double value)
{
  char digits[G_ASCII_DTOSTR_BUF_SIZE];

  /* 15 significant digits: what a file's number holds, without binary noise */
  return isnan (value) ? g_strdup ("") : g_strdup (g_ascii_formatd (digits, sizeof digits, "%.15g", value));
}

/* Returns: (transfer full): the text of Pango markup (a band's colour gone) */
char *
kj_table_plain_text (const char *markup)
{
  char *text = NULL;

  if (markup == NULL)
    return g_strdup ("");
  if (!pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    return g_strdup (markup);
  return text;
}

/**
 * kj_table_parse_pasted:
 * @text: a pasted cell, not empty
 * @where: the cell, as the refusal names it ("Row 2, column 1")
 *
 * Reads a pasted number with kj_input_parse_number().
 * Returns: %FALSE with @error naming @where, what was pasted and what is expected
 */
gboolean
kj_table_parse_pasted (const char  *text,
                       KjNotation   notation,
                       const char  *where,
                       double      *value,
                       guint       *decimals,
                       GError     **error)
{
  g_autoptr(GError) local = NULL;

  if (kj_input_parse_number (text, notation, value, decimals, &local))
    return TRUE;
  /* Translators: a pasted cell refused: "Row 3, column 2 (“abc”): Expected …" */
  g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_INVALID, _("%s (“%s”): %s"), where, text, local->message);
  return FALSE;
}

/* A message in a dialog over the window: what could not be done, and why. */
void
kj_table_show_message (GtkWidget  *owner,
                       const char *heading,
                       const char *message)
{
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
csv_chosen_cb (GtkNativeDialog *chooser,
               int              response,
               GtkWidget       *owner)
{
  KjTableTextFunc func = g_object_get_data (G_OBJECT (chooser), "kj-text");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *text = func (owner, ',', TRUE);
      g_autoptr(GError) error = NULL;

      /* written whole to a new file, then put in place: never half a file */
      if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                    NULL, NULL, &error))
        kj_table_show_message (owner, _("The Table Was Not Exported"), error->message);
    }
  g_object_unref (chooser);
}

/**
 * kj_table_copy:
 * Copies the table to the clipboard as tab-separated text (what a
 * spreadsheet pastes), with raw numbers for an action named "…-raw".
 */
void
kj_table_copy (GtkWidget       *owner,
               KjTableTextFunc  text,
               const char      *action_name)
{
  g_autofree char *table = text (owner, '\t', g_str_has_suffix (action_name, "-raw"));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (owner), table);
}

/**
 * kj_table_export_csv:
 * @file_name: the name offered
 * @text: makes the table's text when a file is chosen
 *
 * Asks for a file and writes the table there as CSV with raw numbers.
 */
void
kj_table_export_csv (GtkWidget       *owner,
                     const char      *file_name,
                     KjTableTextFunc  text)
{
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkFileChooserNative *chooser;
  g_autofree char *name = g_strdup (file_name);

  g_strdelimit (name, "/\\:", '-');
  chooser = gtk_file_chooser_native_new (_("Export Table as CSV"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "kj-text", text);
  g_signal_connect_object (chooser, "response", G_CALLBACK (csv_chosen_cb), owner, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
