/* kj-window-sidebar.c: the list of work units: grouped by province, searched,
 * the shown one selected
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "widgets/kj-window-private.h"

#define SATKER_ROW_PLAN "kj-plan"

/* ── the sidebar ────────────────────────────────────────────────────────── */

static const char *
province_of (KjPlan *plan)
{
  const KjSatker *s = kj_plan_get_satker (plan);

  if (g_strcmp0 (s->level, "pusat") == 0)
    /* Translators: the group of the national office in the work-unit list */
    return _("National");
  return s->province ? s->province : _("Other");
}

static int
level_rank (KjPlan *plan)
{
  const char *level = kj_plan_get_satker (plan)->level;

  if (g_strcmp0 (level, "pusat") == 0)
    return 0;
  if (g_strcmp0 (level, "provinsi") == 0)
    return 1;
  return 2;
}

/* National office first, then provinces by name; in each, the BNNP first. */
static int
compare_plans (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  KjPlan *pa = (KjPlan *) a, *pb = (KjPlan *) b;
  int ra = level_rank (pa) == 0 ? 0 : 1, rb = level_rank (pb) == 0 ? 0 : 1;
  int c;

  if (ra != rb)
    return ra - rb;
  if ((c = g_utf8_collate (province_of (pa), province_of (pb))) != 0)
    return c;
  if (level_rank (pa) != level_rank (pb))
    return level_rank (pa) - level_rank (pb);
  return g_utf8_collate (kj_plan_get_title (pa), kj_plan_get_title (pb));
}

static void
header_rows (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  KjPlan *plan = g_object_get_data (G_OBJECT (row), SATKER_ROW_PLAN);
  const char *province = province_of (plan);
  GtkWidget *label;

  if (before != NULL
      && g_strcmp0 (province_of (g_object_get_data (G_OBJECT (before), SATKER_ROW_PLAN)),
                    province) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  label = gtk_label_new (province);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, before ? 18 : 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_list_box_row_set_header (row, label);
}

static gboolean
contains_casefolded (const char *haystack,
                     const char *needle)
{
  g_autofree char *h = NULL;

  if (haystack == NULL)
    return FALSE;
  h = g_utf8_casefold (haystack, -1);
  return strstr (h, needle) != NULL;
}

/* Search matches the name, short name, code, province and area. */
static gboolean
matches_search (KjPlan     *plan,
                const char *text)
{
  const KjSatker *s = kj_plan_get_satker (plan);
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  return contains_casefolded (s->name, needle) || contains_casefolded (s->short_name, needle)
         || contains_casefolded (s->code, needle) || contains_casefolded (s->province, needle)
         || contains_casefolded (s->area, needle);
}

static gboolean
filter_plan (gpointer item,
             gpointer user_data)
{
  KjWindow *self = user_data;

  return matches_search (item, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static GtkWidget *
create_satker_row (gpointer item,
                   gpointer user_data)
{
  KjPlan *plan = item;
  const KjSatker *s = kj_plan_get_satker (plan);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (kj_plan_get_title (plan));
  GtkWidget *subtitle = gtk_label_new (s->name);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, kj_plan_get_display_name (plan));
  g_object_set_data_full (G_OBJECT (row), SATKER_ROW_PLAN, g_object_ref (plan), g_object_unref);
  return row;
}

static GtkListBoxRow *
find_row (KjWindow *self,
          KjPlan   *plan)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = 0; plan && i < n; i++)
    {
      g_autoptr(KjPlan) item = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      if (item == plan)
        return gtk_list_box_get_row_at_index (self->satker_list, i);
    }
  return NULL;
}

void
kj_window_select_row_of_plan (KjWindow *self)
{
  GtkListBoxRow *row = find_row (self, self->plan);

  if (row)
    gtk_list_box_select_row (self->satker_list, row);
  else
    gtk_list_box_unselect_all (self->satker_list);
}

void
kj_window_update_sidebar_title (KjWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->workspace));
  g_autofree char *subtitle = NULL;

  if (self->n_loading > 0)
    subtitle = kj_window_get_loading_text (self);
  else if (n == 0)
    subtitle = g_strdup ("");
  else if (self->showing_samples)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sample workspace, %u work unit",
                                             "Sample workspace, %u work units", n), n);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u work unit", "%u work units", n), n);
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
}

static gboolean
workspace_has (KjWindow *self,
               KjPlan   *plan)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->workspace));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjPlan) item = g_list_model_get_item (G_LIST_MODEL (self->workspace), i);
      if (item == plan)
        return TRUE;
    }
  return FALSE;
}


/* The list follows the workspace by itself; the selection and the empty
 * states are the window's. */
static void
workspace_changed_cb (KjWindow *self)
{
  kj_window_update_sidebar_title (self);
  if (self->plan && !workspace_has (self, self->plan))
    kj_window_set_plan (self, NULL);
  else
    kj_window_select_row_of_plan (self);
  kj_window_update_content (self);
}

/* Enter in the search field shows the best match at once: its own name or
 * code beats the province or area it lies in ("kota kupang" means BNN Kota
 * Kupang, not the BNNP seated there). */
static int
match_score (KjPlan     *plan,
             const char *text)
{
  const KjSatker *s = kj_plan_get_satker (plan);
  g_autofree char *needle = g_utf8_casefold (text, -1);

  if (contains_casefolded (s->short_name, needle) || contains_casefolded (s->name, needle))
    return 3;
  if (contains_casefolded (s->code, needle))
    return 2;
  return 1;
}

static void
search_changed_cb (KjWindow *self)
{
  gboolean any;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  any = g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0
        || g_list_model_get_n_items (G_LIST_MODEL (self->workspace)) == 0;
  gtk_stack_set_visible_child_name (self->sidebar_stack, any ? "list" : "no-results");
  kj_window_select_row_of_plan (self);
}

static void
search_activate_cb (KjWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  KjPlan *best = NULL;
  int best_score = 0;

  /* the entry filters after a delay: Enter right after typing filters now */
  search_changed_cb (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      int score = match_score (plan, text ? text : "");

      if (score > best_score)
        {
          best = plan;
          best_score = score;
        }
    }
  if (best)
    kj_window_set_plan (self, best);
}

/* Down from the search field goes into the list, as in GNOME's sidebars. */
static gboolean
search_key_pressed_cb (KjWindow              *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  GtkListBoxRow *row;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  search_changed_cb (self);
  row = gtk_list_box_get_row_at_index (self->satker_list, 0);
  if (row)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  return row != NULL;
}

/* Moving the focus through the list (arrows, Tab) shows nothing new:
 * GtkListBox selects the row the cursor moves to, so the selection goes
 * back to the row of the plan shown until a row is activated. */
static void
satker_selected_cb (KjWindow      *self,
                    GtkListBoxRow *row)
{
  GtkListBoxRow *shown = find_row (self, self->plan);

  if (self->reselecting || shown == NULL || row == shown)
    return;
  self->reselecting = TRUE;
  gtk_list_box_select_row (self->satker_list, shown);
  self->reselecting = FALSE;
}

/* A click, Enter or Space on a row shows its satker. */
static void
satker_activated_row_cb (KjWindow      *self,
                         GtkListBoxRow *row)
{
  kj_window_set_plan (self, g_object_get_data (G_OBJECT (row), SATKER_ROW_PLAN));
  /* the row of the satker shown, too, in a narrow window */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (KjWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
kj_window_sidebar_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, satker_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, satker_activated_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

void
kj_window_sidebar_init (KjWindow *self)
{
  GtkSortListModel *sorted;
  GtkEventController *keys = gtk_event_controller_key_new ();

  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->workspace)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_plans, NULL, NULL)));
  self->filter = gtk_custom_filter_new (filter_plan, self, NULL);
  self->rows = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_box_bind_model (self->satker_list, G_LIST_MODEL (self->rows), create_satker_row, NULL, NULL);
  gtk_list_box_set_header_func (self->satker_list, header_rows, NULL, NULL);
  g_signal_connect_object (self->rows, "items-changed",
                           G_CALLBACK (workspace_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  /* typing anywhere searches the work units */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}
