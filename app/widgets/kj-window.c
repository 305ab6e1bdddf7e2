/* kj-window.c: the main window: chrome around the pages
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window holds the `workspace`, the selected `plan` and the `year`, and
 * shows them in its pages (KjPlanPage, KjChartsPage), which are bound to
 * those properties.  The sidebar is a list bound to the workspace (sorted,
 * searched), updated as plans come and go.  Every win.* action is in
 * kj-window-actions.c; opening files in kj-window-open.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "model/kj-plan-summary.h"
#include "widgets/kj-window-private.h"

G_DEFINE_FINAL_TYPE (KjWindow, kj_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_WORKSPACE,
  PROP_PLAN,
  PROP_YEAR,
  PROP_CHART_KIND,
  PROP_CHART_INDICATOR,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/* ── the header: year, title, page switcher ─────────────────────────────── */

static void
year_selected_cb (KjWindow    *self,
                  GParamSpec  *pspec,
                  GtkDropDown *dropdown)
{
  guint pos = gtk_drop_down_get_selected (dropdown);
  const char *text;

  if (pos == GTK_INVALID_LIST_POSITION || self->years == NULL)
    return;
  text = gtk_string_list_get_string (self->years, pos);
  if (text)
    kj_window_set_year (self, atoi (text));
}

/* The year picker offers the plan's period. */
static void
fill_years (KjWindow *self)
{
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  if (self->plan)
    for (int y = kj_plan_get_first_year (self->plan); y <= kj_plan_get_last_year (self->plan); y++)
      {
        g_autofree char *s = g_strdup_printf ("%d", y);
        gtk_string_list_append (years, s);
        if (y == self->year)
          selected = y - kj_plan_get_first_year (self->plan);
      }
  g_set_object (&self->years, years);
  g_signal_handlers_block_by_func (self->year_dropdown, year_selected_cb, self);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->year_dropdown, year_selected_cb, self);
  /* with no plan an empty picker would say "(None)" */
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), self->plan != NULL);
}

/* A narrow window has the page switcher at the bottom; with no satker
 * shown there are no pages to switch. */
static void
update_switcher_bar (KjWindow *self)
{
  gboolean narrow;

  /* AdwViewSwitcherTitle is deprecated in libadwaita 1.4; Debian 12 has 1.2 */
  narrow = adw_view_switcher_title_get_title_visible (self->content_title);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, self->plan != NULL && narrow);
}

/* The plan page, or the right empty state; the title names the satker. */
void
kj_window_update_content (KjWindow *self)
{
  g_autofree char *subtitle = NULL;

  if (self->plan == NULL)
    {
      gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->workspace)) == 0;

      /* files on their way are not "no plans" */
      gtk_stack_set_visible_child_name (self->content_stack,
                                        self->n_loading > 0 ? "loading" : empty ? "empty" : "select");
      adw_view_switcher_title_set_title (self->content_title, "");
      adw_view_switcher_title_set_subtitle (self->content_title, "");
      adw_view_switcher_title_set_view_switcher_enabled (self->content_title, FALSE);
      update_switcher_bar (self);
      kj_window_update_dirty (self);
      return;
    }
  if (kj_plan_get_period_name (self->plan))
    subtitle = g_strdup_printf ("%s · %d", kj_plan_get_period_name (self->plan), self->year);
  else
    subtitle = g_strdup_printf ("%d", self->year);
  adw_view_switcher_title_set_title (self->content_title, kj_plan_get_title (self->plan));
  adw_view_switcher_title_set_subtitle (self->content_title, subtitle);
  adw_view_switcher_title_set_view_switcher_enabled (self->content_title, TRUE);
  gtk_stack_set_visible_child_name (self->content_stack, "plan");
  update_switcher_bar (self);
  kj_window_update_dirty (self);
}

/* A click on a workspace chart names a satker: show it, if it is open. */
static void
satker_activated_cb (KjWindow     *self,
                     const char   *satker,
                     KjChartsPage *page)
{
  if (!kj_window_select_satker (self, satker))
    {
      g_autofree char *escaped = g_markup_escape_text (satker, -1);
      /* Translators: a chart names a satker whose plan file is not open */
      g_autofree char *title = g_strdup_printf (_("No plan of “%s” is open"), escaped);
      kj_window_toast (self, title);
    }
}

static void
year_activated_cb (KjWindow     *self,
                   int           year,
                   KjChartsPage *page)
{
  kj_window_set_year (self, year);
}

static void
chart_notify_cb (KjWindow   *self,
                 GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "visible-child-name"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  else if (g_str_equal (pspec->name, "kind"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_KIND]);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_INDICATOR]);
}

/* ── loading ────────────────────────────────────────────────────────────── */

/**
 * kj_window_get_loading_text:
 * Returns: (transfer full): what the window says while files load
 */
/* Whether files are being read (the loading state is shown). */
gboolean
kj_window_is_loading (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), FALSE);
  return self->n_loading > 0;
}

char *
kj_window_get_loading_text (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);

  if (self->load_total == 0)
    return g_strdup (_("Loading files…"));
  /* Translators: while a folder opens; the plural follows the second number */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Loading %u of %u file",
                                       "Loading %u of %u files", self->load_total),
                          self->load_done, self->load_total);
}

/* The loading state: the count in the sidebar, and in the content while
 * nothing is shown yet. */
void
kj_window_update_loading (KjWindow *self)
{
  g_autofree char *text = kj_window_get_loading_text (self);

  adw_status_page_set_title (self->loading_page, text);
  gtk_progress_bar_set_fraction (self->loading_bar,
                                 self->load_total ? (double) self->load_done / self->load_total : 0);
  kj_window_update_sidebar_title (self);
  kj_window_update_content (self);
}

/* A satker opens at its top, whatever the one before was scrolled to. */
static void
scroll_to_top (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_first_child (widget); w; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_SCROLLED_WINDOW (w))
        {
          GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w));
          gtk_adjustment_set_value (v, gtk_adjustment_get_lower (v));
        }
      scroll_to_top (w);
    }
}

/* ── the object ─────────────────────────────────────────────────────────── */

static void
kj_window_dispose (GObject *object)
{
  KjWindow *self = KJ_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  kj_window_save_dispose (self);
  if (self->settings)
    {
      int width, height;
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (GTK_WINDOW (self)));
    }
  g_clear_handle_id (&self->rows_idle, g_source_remove);
  if (self->satker_list)
    gtk_list_view_set_model (self->satker_list, NULL);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KJ_TYPE_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->plan);
  g_clear_object (&self->years);
  g_clear_object (&self->slice);
  g_clear_object (&self->rows);
  g_clear_object (&self->filter);
  g_clear_object (&self->workspace);
  g_clear_object (&self->export_folder);
  g_clear_pointer (&self->refused, g_ptr_array_unref);

  G_OBJECT_CLASS (kj_window_parent_class)->dispose (object);
}

static void
kj_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KjWindow *self = KJ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_CHART_KIND:
      g_value_set_string (value, kj_charts_page_get_kind (self->charts_page));
      break;
    case PROP_CHART_INDICATOR:
      g_value_set_string (value, kj_charts_page_get_indicator (self->charts_page));
      break;
    case PROP_PAGE:
      g_value_set_string (value, adw_view_stack_get_visible_child_name (self->view_stack));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kj_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KjWindow *self = KJ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      kj_window_set_plan (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      kj_window_set_year (self, g_value_get_int (value));
      break;
    case PROP_CHART_KIND:
      kj_charts_page_set_kind (self->charts_page, g_value_get_string (value));
      break;
    case PROP_CHART_INDICATOR:
      kj_charts_page_set_indicator (self->charts_page, g_value_get_string (value));
      break;
    case PROP_PAGE:
      if (adw_view_stack_get_child_by_name (self->view_stack, g_value_get_string (value)))
        adw_view_stack_set_visible_child_name (self->view_stack, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kj_window_class_init (KjWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kj_window_dispose;
  object_class->get_property = kj_window_get_property;
  object_class->set_property = kj_window_set_property;

  properties[PROP_WORKSPACE] = g_param_spec_object ("workspace", NULL, NULL, KJ_TYPE_WORKSPACE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, KJ_TYPE_PLAN, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* the charts page's: stateful actions (win.chart-kind, win.chart-indicator) */
  properties[PROP_CHART_KIND] = g_param_spec_string ("chart-kind", NULL, NULL, "trend", flags);
  properties[PROP_CHART_INDICATOR] = g_param_spec_string ("chart-indicator", NULL, NULL, "", flags);
  /* the page shown: "overview", "charts" or "tables" (win.page) */
  properties[PROP_PAGE] = g_param_spec_string ("page", NULL, NULL, "overview", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KJ_TYPE_PLAN_PAGE);
  g_type_ensure (KJ_TYPE_CHARTS_PAGE);
  g_type_ensure (KJ_TYPE_TABLES_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kj-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KjWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, satker_list);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, refused_revealer);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, refused_label);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, loading_bar);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, charts_page);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, tables_page);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, recent_submenu);
  kj_window_sidebar_class_init (widget_class);
  kj_window_save_class_init (widget_class);

  kj_window_class_init_actions (widget_class);
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
  kj_window_sidebar_init (self);
  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (year_selected_cb), self, G_CONNECT_SWAPPED);

  /* the pages show what the window holds */
  g_object_bind_property (self, "plan", self->plan_page, "plan", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "year", self->plan_page, "year", G_BINDING_SYNC_CREATE);
  kj_charts_page_set_workspace (self->charts_page, self->workspace);
  g_object_bind_property (self, "plan", self->charts_page, "plan", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "year", self->charts_page, "year", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "plan", self->tables_page, "plan", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "year", self->tables_page, "year", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->charts_page, "notify::kind",
                           G_CALLBACK (chart_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->charts_page, "notify::indicator",
                           G_CALLBACK (chart_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (chart_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->charts_page, "satker-activated",
                           G_CALLBACK (satker_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->charts_page, "year-activated",
                           G_CALLBACK (year_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content_title, "notify::title-visible",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);

  restore_size (self);
  kj_window_actions_init (self);
  kj_window_open_init (self);
  kj_window_save_init (self);
  kj_window_update_content (self);
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

  g_return_val_if_fail (KJ_IS_WINDOW (self), FALSE);

  if ((plan = kj_workspace_find (self->workspace, name_or_code)) == NULL)
    return FALSE;
  kj_window_set_plan (self, plan);
  return TRUE;
}

/**
 * kj_window_get_plan:
 * Returns: (transfer none) (nullable): the plan shown
 */
KjPlan *
kj_window_get_plan (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);
  return self->plan;
}

/**
 * kj_window_set_plan:
 * Shows @plan (one of the workspace's); the year stays when the plan's period
 * has it, else the plan's default year (kj_plan_get_default_year()).
 */
void
kj_window_set_plan (KjWindow *self,
                    KjPlan   *plan)
{
  g_return_if_fail (KJ_IS_WINDOW (self));
  g_return_if_fail (plan == NULL || KJ_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  g_set_object (&self->plan, plan);
  if (plan && (self->year < kj_plan_get_first_year (plan) || self->year > kj_plan_get_last_year (plan)))
    kj_window_set_year (self, kj_plan_get_default_year (plan));
  fill_years (self);
  kj_window_select_row_of_plan (self);
  kj_window_update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_thaw_notify (G_OBJECT (self));
  scroll_to_top (GTK_WIDGET (self->charts_page));
  /* a narrow window goes from the list to the satker shown */
  if (plan)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

int
kj_window_get_year (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), 0);
  return self->year;
}

/* The year shown; a year outside the plan's period is refused. */
void
kj_window_set_year (KjWindow *self,
                    int       year)
{
  g_return_if_fail (KJ_IS_WINDOW (self));

  if (self->year == year)
    return;
  if (self->plan && (year < kj_plan_get_first_year (self->plan)
                     || year > kj_plan_get_last_year (self->plan)))
    return;
  self->year = year;
  if (self->plan)
    {
      g_signal_handlers_block_by_func (self->year_dropdown, year_selected_cb, self);
      gtk_drop_down_set_selected (self->year_dropdown, year - kj_plan_get_first_year (self->plan));
      g_signal_handlers_unblock_by_func (self->year_dropdown, year_selected_cb, self);
    }
  kj_window_update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/* Returns: (transfer none): the KjPlanPage */
GtkWidget *
kj_window_get_plan_page (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->plan_page);
}

/* Returns: (transfer none): the KjChartsPage */
GtkWidget *
kj_window_get_charts_page (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->charts_page);
}

/* Returns: (transfer none): the KjTablesPage */
GtkWidget *
kj_window_get_tables_page (KjWindow *self)
{
  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->tables_page);
}
