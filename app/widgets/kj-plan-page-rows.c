/* kj-plan-page-rows.c: indicators and years added to and removed from the
 * plan, from the overview's table
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each is one edit through kj_plan_apply(), so one undo, and is refused with
 * the loader's own message when the plan would no longer load (an id used
 * twice, an empty name).
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "model/kj-path.h"
#include "widgets/kj-plan-page-private.h"

/**
 * kj_plan_page_add_indicator:
 * Adds an indicator with no figures at the end of the plan's list.
 * Returns: %FALSE with @error when the plan refuses it (unchanged then)
 */
gboolean
kj_plan_page_add_indicator (KjPlanPage  *self,
                            const char  *id,
                            const char  *name,
                            const char  *unit,
                            GError     **error)
{
  g_autoptr(KjEdit) edit = NULL;
  g_autofree char *label = NULL;
  KjNode *ind, *years;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), FALSE);
  if (!_kj_plan_page_check_writable (self, error))
    return FALSE;
  ind = kj_node_new_object ();
  kj_node_object_set (ind, "id", kj_node_new_string (id ? id : ""));
  kj_node_object_set (ind, "name", kj_node_new_string (name ? name : ""));
  if (unit && *unit)
    kj_node_object_set (ind, "unit", kj_node_new_string (unit));
  years = kj_node_new_object ();
  kj_node_object_set (ind, "years", years);
  /* Translators: the name of an edit in the undo menu */
  label = g_strdup_printf (_("Add indicator %s"), id ? id : "");
  edit = kj_edit_new (label);
  if (kj_node_lookup (kj_plan_get_root (self->plan), "indicators") == NULL)
    {
      KjNode *all = kj_node_new_array ();
      kj_node_array_insert (all, -1, ind);
      kj_edit_set (edit, "indicators", all);
    }
  else
    kj_edit_insert (edit, "indicators", -1, ind);
  if (!kj_plan_apply (self->plan, edit, NULL, error))
    return FALSE;
  kj_plan_page_focus_cell (self, id, KJ_PLAN_COLUMN_TARGET);
  return TRUE;
}

/* Removes an indicator, with every year's figures, breakdown and analysis. */
gboolean
kj_plan_page_remove_indicator (KjPlanPage  *self,
                               const char  *id,
                               GError     **error)
{
  g_autoptr(KjEdit) edit = NULL;
  g_autofree char *path = kj_path_key ("indicators", "id", id);
  g_autofree char *label = NULL;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), FALSE);
  if (!_kj_plan_page_check_writable (self, error))
    return FALSE;
  /* Translators: the name of an edit in the undo menu */
  label = g_strdup_printf (_("Remove indicator %s"), id);
  edit = kj_edit_new (label);
  kj_edit_remove (edit, path);
  return kj_plan_apply (self->plan, edit, NULL, error);
}

/* Removes the page year's entry of an indicator: its target, realisation,
 * printed figures and analysis of that year. */
gboolean
kj_plan_page_remove_year (KjPlanPage  *self,
                          const char  *id,
                          GError     **error)
{
  g_autoptr(KjEdit) edit = NULL;
  g_autofree char *indicator = kj_path_key ("indicators", "id", id);
  g_autofree char *path = g_strdup_printf ("%s.years.%d", indicator, self->year);
  g_autofree char *label = NULL;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), FALSE);
  if (!_kj_plan_page_check_writable (self, error))
    return FALSE;
  if (kj_node_lookup (kj_plan_get_root (self->plan), path) == NULL)
    return TRUE;
  /* Translators: the name of an edit in the undo menu: "Remove 2024 of nka" */
  label = g_strdup_printf (_("Remove %d of %s"), self->year, id);
  edit = kj_edit_new (label);
  kj_edit_set (edit, path, NULL);
  return kj_plan_apply (self->plan, edit, NULL, error);
}

/* ── the table menu's actions ───────────────────────────────────────────── */

static const char *
focused_indicator (KjPlanPage *self)
{
  g_autofree char *path = kj_plan_page_get_focused_path (self, NULL);
  KjIndicator *ind = kj_plan_page_get_selected (self);
  GPtrArray *all;

  if (path)
    {
      for (guint i = 0; i < (all = kj_plan_get_indicators (self->plan))->len; i++)
        {
          KjIndicator *candidate = g_ptr_array_index (all, i);
          g_autofree char *prefix = kj_path_key ("indicators", "id", kj_indicator_get_id (candidate));
          if (g_str_has_prefix (path, prefix) && path[strlen (prefix)] == '.')
            return kj_indicator_get_id (candidate);
        }
    }
  return ind ? kj_indicator_get_id (ind) : NULL;
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 KjPlanPage       *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *id = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_next_sibling (id);
  GtkWidget *unit = gtk_widget_get_next_sibling (name);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;
  if (!kj_plan_page_add_indicator (self, gtk_editable_get_text (GTK_EDITABLE (id)),
                                   gtk_editable_get_text (GTK_EDITABLE (name)),
                                   gtk_editable_get_text (GTK_EDITABLE (unit)), &error))
    _kj_plan_page_show_message (self, _("The Indicator Was Not Added"), error->message);
}

static GtkWidget *
entry_with (const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return entry;
}

static void
add_indicator_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KjPlanPage *self = KJ_PLAN_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  if (self->plan == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Add an Indicator"),
                                                       _("Its id is the same in every satker's file "
                                                         "(for example “dektara”); its figures are "
                                                         "typed into the table.")));
  gtk_box_append (GTK_BOX (box), entry_with (_("Id, such as ikp")));
  gtk_box_append (GTK_BOX (box), entry_with (_("Name")));
  gtk_box_append (GTK_BOX (box), entry_with (_("Unit, such as Indeks or %")));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    KjPlanPage       *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "kj-indicator");
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (g_strcmp0 (response, "remove") == 0)
    ok = kj_plan_page_remove_indicator (self, id, &error);
  else if (g_strcmp0 (response, "remove-year") == 0)
    ok = kj_plan_page_remove_year (self, id, &error);
  if (!ok)
    _kj_plan_page_show_message (self, _("Nothing Was Removed"), error->message);
}

static void
remove_indicator_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  KjPlanPage *self = KJ_PLAN_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *id = self->plan ? focused_indicator (self) : NULL;
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL, *body = NULL, *year = NULL;

  if (id == NULL)
    {
      _kj_plan_page_show_message (self, _("No Indicator Chosen"), _("Select a row of the table first."));
      return;
    }
  heading = g_strdup_printf (_("Remove “%s”?"), kj_indicator_get_name (kj_plan_find_indicator (self->plan, id)));
  body = g_strdup_printf (_("The indicator goes with the figures, breakdowns and analyses of every year; "
                            "or only its figures of %d go. Undo brings either back."), self->year);
  year = g_strdup_printf (_("Remove Only %d"), self->year);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  g_object_set_data_full (G_OBJECT (dialog), "kj-indicator", g_strdup (id), g_free);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove-year", year,
                                    "remove", _("_Remove Indicator"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_kj_plan_page_class_init_rows (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.add-indicator", NULL, add_indicator_activated);
  gtk_widget_class_install_action (widget_class, "page.remove-indicator", NULL, remove_indicator_activated);
}
