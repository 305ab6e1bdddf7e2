/* kj-chart-pickers.c: the rows of the charts page's drop-downs: one line
 * each, the current kind checked; the checked lists of other choices
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "widgets/kj-chart-pickers.h"

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  gboolean in_list = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (in_list)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  else
    {
      /* indicator names run to two lines in the documents */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

GtkListItemFactory *
kj_picker_label_factory (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);
  return factory;
}

/* A list of choices with a check mark on the one chosen: the charts page's
 * kind picker (eight short names, each on one line, so that all fit in
 * view without scrolling), or, @wrap, choices shown whole however long (a
 * satker's name, "All 207 work units in the workspace"). */
static void
setup_checked (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  wrap)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
    }
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
update_check (GObject     *owner,
              GParamSpec  *pspec,
              GtkListItem *item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));
  guint selected = GTK_INVALID_LIST_POSITION;
  gboolean current;

  g_object_get (owner, "selected", &selected, NULL);
  current = gtk_list_item_get_position (item) == selected;
  /* the space stays, so the list does not change width */
  gtk_widget_set_opacity (check, current ? 1 : 0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (gtk_list_item_get_child (item)),
                               GTK_ACCESSIBLE_STATE_SELECTED, current, -1);
}

static void
bind_checked (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              GObject                  *owner)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
  g_signal_connect (owner, "notify::selected", G_CALLBACK (update_check), item);
  update_check (owner, NULL, item);
}

static void
unbind_checked (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                GObject                  *owner)
{
  g_signal_handlers_disconnect_by_func (owner, update_check, item);
}

/**
 * kj_picker_checked_factory:
 * @owner: what has the choices' "selected" property: a GtkDropDown, an
 *   AdwComboRow
 */
GtkListItemFactory *
kj_picker_checked_factory (GObject  *owner,
                           gboolean  wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_checked), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_checked), owner);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_checked), owner);
  return factory;
}
