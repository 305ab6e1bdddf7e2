/* kj-window.c: the main window: work units, selection and year
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "widgets/kj-window-private.h"

G_DEFINE_FINAL_TYPE (KjWindow, kj_window, ADW_TYPE_APPLICATION_WINDOW)

#define SATKER_ROW_PLAN "kj-plan"

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
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  KjPlan *pa = g_object_get_data (G_OBJECT (a), SATKER_ROW_PLAN);
  KjPlan *pb = g_object_get_data (G_OBJECT (b), SATKER_ROW_PLAN);
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

static gboolean
filter_rows (GtkListBoxRow *row,
             gpointer       user_data)
{
  KjWindow *self = user_data;
  KjPlan *plan = g_object_get_data (G_OBJECT (row), SATKER_ROW_PLAN);
  const KjSatker *s = kj_plan_get_satker (plan);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  return contains_casefolded (s->name, needle) || contains_casefolded (s->short_name, needle)
         || contains_casefolded (s->code, needle) || contains_casefolded (s->province, needle)
         || contains_casefolded (s->area, needle);
}

static GtkWidget *
create_satker_row (KjPlan *plan)
{
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
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->satker_list));
       child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_object_get_data (G_OBJECT (child), SATKER_ROW_PLAN) == plan)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
update_sidebar_title (KjWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->workspace));
  g_autofree char *subtitle = NULL;

  if (n == 0)
    subtitle = g_strdup ("");
  else if (self->showing_samples)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sample workspace, %u work unit",
                                             "Sample workspace, %u work units", n), n);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u work unit", "%u work units", n), n);
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
}

static void
workspace_changed_cb (KjWindow   *self,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GListModel *model)
{
  KjPlan *selected = self->plan ? g_object_ref (self->plan) : NULL;
  GtkWidget *child;

  g_clear_object (&self->chart_plan);

  /* rebuild: a few hundred rows at most, and it keeps the code simple */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->satker_list))) != NULL)
    gtk_list_box_remove (self->satker_list, child);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (model, i);
      gtk_list_box_append (self->satker_list, create_satker_row (plan));
    }
  update_sidebar_title (self);
  if (selected && find_row (self, selected))
    gtk_list_box_select_row (self->satker_list, find_row (self, selected));
  else
    {
      g_clear_object (&self->plan);
      kj_window_page_update (self);
    }
  g_clear_object (&selected);
}

/* An edit shows at once: on the satker page and in its charts, and in any
 * chart over the workspace. */
static void
plan_changed_cb (KjWindow    *self,
                 KjPlan      *plan,
                 KjEdit      *edit,
                 KjWorkspace *workspace)
{
  if (plan == self->plan || kj_window_get_chart_kind (self)->workspace)
    kj_window_page_update (self);
}

static gboolean filter_rows (GtkListBoxRow *row, gpointer user_data);

/* The first row the search text lets through, whether or not the delayed
 * "search-changed" has filtered the list yet. */
static GtkListBoxRow *
first_visible_row (KjWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->satker_list));
       child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && filter_rows (GTK_LIST_BOX_ROW (child), self))
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

/* How well @plan matches the search: its own name or code beats the province
 * or area it lies in ("kota kupang" means BNN Kota Kupang, not the BNNP seated
 * there). */
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

/* Enter in the search field shows the best match at once. */
static void
search_activate_cb (KjWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkListBoxRow *best = NULL;
  int best_score = 0;

  gtk_list_box_invalidate_filter (self->satker_list);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->satker_list));
       child; child = gtk_widget_get_next_sibling (child))
    {
      int score;

      if (!GTK_IS_LIST_BOX_ROW (child) || !filter_rows (GTK_LIST_BOX_ROW (child), self))
        continue;
      score = match_score (g_object_get_data (G_OBJECT (child), SATKER_ROW_PLAN), text ? text : "");
      if (score > best_score)
        {
          best = GTK_LIST_BOX_ROW (child);
          best_score = score;
        }
    }
  if (best)
    gtk_list_box_select_row (self->satker_list, best);
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
  row = first_visible_row (self);
  if (row)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  return row != NULL;
}

static void
search_changed_cb (KjWindow *self)
{
  gboolean any = FALSE;

  gtk_list_box_invalidate_filter (self->satker_list);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->satker_list));
       child && !any; child = gtk_widget_get_next_sibling (child))
    any = GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child)
          && filter_rows (GTK_LIST_BOX_ROW (child), self);
  gtk_stack_set_visible_child_name (self->sidebar_stack, any ? "list" : "no-results");
}

/* The latest year with a realisation, else the latest with any data. */
static int
default_year (KjPlan *plan)
{
  GPtrArray *indicators = kj_plan_get_indicators (plan);
  int best = G_MININT;

  for (guint i = 0; i < indicators->len; i++)
    {
      GPtrArray *years = kj_indicator_get_years (g_ptr_array_index (indicators, i));
      for (guint j = 0; j < years->len; j++)
        {
          const KjYearValue *v = g_ptr_array_index (years, j);
          if (kj_has (v->realization) && v->year <= kj_plan_get_last_year (plan))
            best = MAX (best, v->year);
        }
    }
  if (best != G_MININT)
    return best;
  for (int y = kj_plan_get_last_year (plan); y >= kj_plan_get_first_year (plan); y--)
    if (kj_plan_has_year_data (plan, y))
      return y;
  return kj_plan_get_last_year (plan);
}

static void
year_selected_cb (KjWindow   *self,
                  GParamSpec *pspec,
                  GtkDropDown *dropdown)
{
  guint pos = gtk_drop_down_get_selected (dropdown);
  const char *text;

  if (pos == GTK_INVALID_LIST_POSITION || self->years == NULL)
    return;
  text = gtk_string_list_get_string (self->years, pos);
  if (text && atoi (text) != self->year)
    {
      self->year = atoi (text);
      kj_window_page_update (self);
    }
}

static void
fill_years (KjWindow *self)
{
  int first = kj_plan_get_first_year (self->plan), last = kj_plan_get_last_year (self->plan);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  guint selected = 0;

  if (self->year < first || self->year > last)
    self->year = default_year (self->plan);
  for (int y = first; y <= last; y++)
    {
      g_autofree char *s = g_strdup_printf ("%d", y);
      gtk_string_list_append (years, s);
      if (y == self->year)
        selected = y - first;
    }
  g_set_object (&self->years, years);
  g_signal_handlers_block_by_func (self->year_dropdown, year_selected_cb, self);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->year_dropdown, year_selected_cb, self);
}

static void
satker_selected_cb (KjWindow      *self,
                    GtkListBoxRow *row)
{
  KjPlan *plan = row ? g_object_get_data (G_OBJECT (row), SATKER_ROW_PLAN) : NULL;

  if (plan == NULL)
    return;
  g_set_object (&self->plan, plan);
  /* a click on a workspace chart (compare, areas) selects the satker it
   * names; the chart stays the one of the satker chosen here */
  if (!self->chart_clicked)
    g_set_object (&self->chart_plan, plan);
  fill_years (self);
  kj_window_page_update (self);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
back_clicked_cb (KjWindow *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
kj_window_dispose (GObject *object)
{
  KjWindow *self = KJ_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->settings)
    {
      int width, height;
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (GTK_WINDOW (self)));
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), KJ_TYPE_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->plan);
  g_clear_object (&self->indicators);
  g_clear_object (&self->years);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->page_rows, g_ptr_array_unref);
  g_clear_object (&self->chart_plan);
  g_clear_pointer (&self->chart_choices, g_ptr_array_unref);
  g_clear_pointer (&self->chart_indicator, g_free);
  g_clear_pointer (&self->chart_table, g_free);
  g_clear_object (&self->export_folder);

  G_OBJECT_CLASS (kj_window_parent_class)->dispose (object);
}

static void
kj_window_class_init (KjWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kj_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kj-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KjWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, satker_list);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, plan_scroller);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, plan_name);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, plan_details);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, summary_box);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, indicators_heading);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, indicator_view);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, indicators_empty);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, findings_group);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, budget_group);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, spending_group);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, recent_submenu);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, satker_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  kj_window_class_init_open (widget_class);
  kj_window_class_init_charts (widget_class);
  kj_window_class_init_export (widget_class);
}

static void
restore_size (KjWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  int width, height;

  /* running from the build tree without installed schemas: default size */
  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL)
    return;
  self->settings = g_settings_new (APP_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
kj_window_init (KjWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->workspace = kj_workspace_new ();
  self->cancellable = g_cancellable_new ();
  self->page_rows = g_ptr_array_new ();
  gtk_list_box_set_sort_func (self->satker_list, sort_rows, NULL, NULL);
  gtk_list_box_set_header_func (self->satker_list, header_rows, NULL, NULL);
  gtk_list_box_set_filter_func (self->satker_list, filter_rows, self, NULL);
  g_signal_connect_object (self->workspace, "items-changed",
                           G_CALLBACK (workspace_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "plan-changed",
                           G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (year_selected_cb), self, G_CONNECT_SWAPPED);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                             G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
  /* typing anywhere searches the work units */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  restore_size (self);
  kj_window_page_init (self);
  kj_window_charts_init (self);
  kj_window_open_init (self);
  kj_window_page_update (self);
}

KjWindow *
kj_window_new (KjApplication *application)
{
  return g_object_new (KJ_TYPE_WINDOW, "application", application, NULL);
}

/**
 * kj_window_get_workspace:
 * Returns: (transfer none): the plans open in the window
 */
KjWorkspace *
kj_window_get_workspace (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);
  return self->workspace;
}

/**
 * kj_window_select_satker:
 * Shows the plan of the satker with this code, name or short name.
 *
 * Returns: %TRUE when such a satker is open
 */
gboolean
kj_window_select_satker (KjWindow   *self,
                         const char *name_or_code)
{
  KjPlan *plan;
  GtkListBoxRow *row;

  g_return_val_if_fail (KJ_IS_WINDOW (self), FALSE);

  plan = kj_workspace_find (self->workspace, name_or_code);
  if (plan == NULL || (row = find_row (self, plan)) == NULL)
    return FALSE;
  gtk_list_box_select_row (self->satker_list, row);
  return TRUE;
}

/**
 * kj_window_get_selected_plan:
 * Returns: (transfer none) (nullable): the plan shown
 */
KjPlan *
kj_window_get_selected_plan (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);
  return self->plan;
}

int
kj_window_get_year (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), 0);
  return self->year;
}

void
kj_window_set_year (KjWindow *self,
                    int       year)
{
  g_return_if_fail (KJ_IS_WINDOW (self));

  for (guint i = 0; self->years && i < g_list_model_get_n_items (G_LIST_MODEL (self->years)); i++)
    if (atoi (gtk_string_list_get_string (self->years, i)) == year)
      {
        gtk_drop_down_set_selected (self->year_dropdown, i);
        return;
      }
}
