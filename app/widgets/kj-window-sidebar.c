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

/* ── rows ────────────────────────────────────────────────────────────────
 * A GtkListView makes rows only for what is on screen, so a national folder
 * of 207 satker opens as fast as one.  GTK 4.8 has no list sections: a row
 * carries its province's heading, shown when the row above is of another
 * province.  Nothing is "selected" in the list's sense (arrow keys and Tab
 * only move the focus); the row of the plan shown is marked by the window. */

/* GtkListView in GTK 4.8 makes up to 200 rows whatever is on screen, and
 * laying out a row's three labels is most of what opening a national
 * folder costs; so the list is given the first rows of the workspace, enough
 * to fill a screen, with the frame that first shows a plan, and the rest a
 * few at a time in the frames after it. */
#define ROWS_FIRST 30
#define ROWS_STEP  25
#define ROWS_MADE  200  /* past these, more rows in the model cost no widgets */

#define ROW_HEADING "kj-heading"
#define ROW_BOX     "kj-row"
#define ROW_MARK    "kj-modified"

static GtkWidget *
row_part (GtkListItem *item,
          const char  *part)
{
  return g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), part);
}

/* The file's name as the tooltip, asked for when shown: setting a tooltip
 * text asks the display where the pointer is (a round trip to the X server
 * per row). */
static gboolean
row_query_tooltip_cb (GtkWidget   *box,
                      int          x,
                      int          y,
                      gboolean     keyboard,
                      GtkTooltip  *tooltip,
                      GtkListItem *item)
{
  KjPlan *plan = gtk_list_item_get_item (item);

  if (plan == NULL)
    return FALSE;
  if (kj_plan_get_modified (plan))
    {
      /* Translators: a work unit's tooltip: its file, and that it has unsaved edits */
      g_autofree char *text = g_strdup_printf (_("%s (unsaved changes)"), kj_plan_get_display_name (plan));
      gtk_tooltip_set_text (tooltip, text);
    }
  else
    gtk_tooltip_set_text (tooltip, kj_plan_get_display_name (plan));
  return TRUE;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KjWindow                 *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  /* a plan with unsaved edits: a dot at the row's end, as GNOME Text Editor's tabs */
  GtkWidget *overlay = gtk_overlay_new ();
  /* Translators: the mark of a work unit with unsaved changes in the list, as in "• %s" */
  GtkWidget *mark = gtk_label_new (C_("unsaved mark", "•"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_ellipsize (GTK_LABEL (heading), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_widget_add_css_class (heading, "kj-sidebar-heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (box, "kj-satker-row");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_halign (mark, GTK_ALIGN_END);
  gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (mark, 10);
  gtk_widget_add_css_class (mark, "kj-modified-mark");
  gtk_widget_set_visible (mark, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unsaved changes"), -1);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), box);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), mark);
  gtk_box_append (GTK_BOX (outer), heading);
  gtk_box_append (GTK_BOX (outer), overlay);
  g_object_set_data (G_OBJECT (outer), ROW_HEADING, heading);
  g_object_set_data (G_OBJECT (outer), ROW_BOX, box);
  g_object_set_data (G_OBJECT (outer), ROW_MARK, mark);
  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "subtitle", subtitle);
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (row_query_tooltip_cb), item);
  gtk_list_item_set_child (item, outer);
}

/* The row's dot of unsaved changes. */
static void
update_mark (GtkListItem *item,
             KjPlan      *plan)
{
  GtkWidget *box = row_part (item, ROW_BOX), *mark = row_part (item, ROW_MARK);
  gboolean modified = kj_plan_get_modified (plan);

  /* the names end before the dot */
  if (gtk_widget_get_visible (mark) != modified)
    {
      gtk_widget_set_visible (mark, modified);
      gtk_widget_set_margin_end (g_object_get_data (G_OBJECT (box), "title"), modified ? 14 : 0);
      gtk_widget_set_margin_end (g_object_get_data (G_OBJECT (box), "subtitle"), modified ? 14 : 0);
    }
}

/* The heading and the marks of a bound row, from its neighbour above and
 * the plan shown. */
static void
update_row (KjWindow    *self,
            GtkListItem *item)
{
  KjPlan *plan = gtk_list_item_get_item (item);
  guint pos = gtk_list_item_get_position (item);
  GtkWidget *heading = row_part (item, ROW_HEADING), *box = row_part (item, ROW_BOX);
  g_autoptr(KjPlan) above = NULL;
  const char *province;
  gboolean shown;

  if (plan == NULL || pos == GTK_INVALID_LIST_POSITION)
    return;
  province = province_of (plan);
  if (pos > 0)
    above = g_list_model_get_item (G_LIST_MODEL (self->rows), pos - 1);
  gtk_widget_set_visible (heading, above == NULL || g_strcmp0 (province_of (above), province) != 0);
  gtk_label_set_text (GTK_LABEL (heading), province);
  gtk_widget_set_margin_top (heading, above ? 18 : 6);
  shown = plan == self->plan;
  update_mark (item, plan);
  if (shown)
    gtk_widget_add_css_class (box, "kj-shown");
  else
    gtk_widget_remove_css_class (box, "kj-shown");
  gtk_accessible_update_state (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_STATE_SELECTED, shown, -1);
}

static void
row_moved_cb (GtkListItem *item,
              GParamSpec  *pspec,
              KjWindow    *self)
{
  update_row (self, item);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          KjWindow                 *self)
{
  KjPlan *plan = gtk_list_item_get_item (item);
  GtkWidget *box = row_part (item, ROW_BOX);

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "title"), kj_plan_get_title (plan));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "subtitle"), kj_plan_get_satker (plan)->name);
  g_hash_table_add (self->bound_rows, item);
  g_signal_connect (item, "notify::position", G_CALLBACK (row_moved_cb), self);
  update_row (self, item);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            KjWindow                 *self)
{
  g_signal_handlers_disconnect_by_func (item, row_moved_cb, self);
  g_hash_table_remove (self->bound_rows, item);
}

/* Only the rows on screen are bound: refreshing them all is cheap. */
static void
update_bound_rows (KjWindow *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_row (self, item);
}

/* After an edit or a save: the rows' marks of unsaved changes (only: an
 * edit is not to pay for the whole list's headings and states). */
void
kj_window_update_rows (KjWindow *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (gtk_list_item_get_item (item))
      update_mark (item, gtk_list_item_get_item (item));
}

/* After a change of the list, a row may keep its place under a new
 * neighbour: its heading is refreshed once the list has settled, before the
 * next frame is laid out. */
static gboolean
update_bound_rows_idle (gpointer data)
{
  KjWindow *self = data;

  self->rows_idle = 0;
  update_bound_rows (self);
  return G_SOURCE_REMOVE;
}

static guint
position_of (KjWindow *self,
             KjPlan   *plan)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = 0; plan && i < n; i++)
    {
      g_autoptr(KjPlan) item = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      if (item == plan)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
grow_rows (KjWindow *self,
           guint     size)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (gtk_slice_list_model_get_size (self->slice) < MIN (size, n))
    gtk_slice_list_model_set_size (self->slice, MIN (size, n));
}

/* After each frame, the next few rows, until the list holds them all. */
static void
after_paint_cb (GdkFrameClock *clock,
                KjWindow      *self)
{
  guint size = gtk_slice_list_model_get_size (self->slice);

  if (size < g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    grow_rows (self, size >= ROWS_MADE ? G_MAXUINT : size + ROWS_STEP);
}

static void
list_realize_cb (GtkWidget *list,
                 KjWindow  *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (list), "after-paint",
                           G_CALLBACK (after_paint_cb), self, 0);
}

static void
list_unrealize_cb (GtkWidget *list,
                   KjWindow  *self)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (list), after_paint_cb, self);
}

/**
 * kj_window_select_row_of_plan:
 * Marks the row of the plan shown, and scrolls the list to it.
 */
void
kj_window_select_row_of_plan (KjWindow *self)
{
  guint pos = position_of (self, self->plan);

  update_bound_rows (self);
  if (pos != GTK_INVALID_LIST_POSITION)
    grow_rows (self, pos + ROWS_STEP);
  if (pos != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->satker_list), "list.scroll-to-item", "u", pos);
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
  if (self->rows_idle == 0)
    self->rows_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_bound_rows_idle, self, NULL);
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
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  search_changed_cb (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) == 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->satker_list), "list.scroll-to-item", "u", 0);
  return gtk_widget_child_focus (GTK_WIDGET (self->satker_list), GTK_DIR_TAB_FORWARD);
}

/* A click, Enter or Space on a row shows its satker. */
static void
satker_activated_cb (KjWindow *self,
                     guint     position)
{
  g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  if (plan == NULL)
    return;
  kj_window_set_plan (self, plan);
  /* the row of the satker shown, too, in a narrow window */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (KjWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* In a table, typing goes into its cells. */
static void
focus_moved_cb (KjWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_table = focus && gtk_widget_get_ancestor (focus, GTK_TYPE_COLUMN_VIEW) != NULL;
  GtkWidget *capture = in_table ? NULL : GTK_WIDGET (self);

  if (gtk_search_entry_get_key_capture_widget (self->search_entry) != capture)
    gtk_search_entry_set_key_capture_widget (self->search_entry, capture);
}

void
kj_window_sidebar_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, satker_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

void
kj_window_sidebar_init (KjWindow *self)
{
  GtkSortListModel *sorted;
  GtkListItemFactory *factory;
  GtkEventController *keys = gtk_event_controller_key_new ();

  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->workspace)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_plans, NULL, NULL)));
  self->filter = gtk_custom_filter_new (filter_plan, self, NULL);
  self->rows = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (GTK_FILTER (self->filter)));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  self->bound_rows = g_hash_table_new (NULL, NULL);
  gtk_list_view_set_factory (self->satker_list, factory);
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), 0, ROWS_FIRST);
  gtk_list_view_set_model (self->satker_list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slice)))));
  g_signal_connect_object (self->satker_list, "realize", G_CALLBACK (list_realize_cb), self, 0);
  g_signal_connect_object (self->satker_list, "unrealize", G_CALLBACK (list_unrealize_cb), self, 0);
  g_object_unref (factory);
  /* after the list view has made its rows for the change */
  g_signal_connect_object (self->rows, "items-changed",
                           G_CALLBACK (workspace_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  /* typing anywhere searches the work units, except into the tables */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_object (self, "notify::focus-widget", G_CALLBACK (focus_moved_cb), self,
                           G_CONNECT_SWAPPED);
}
