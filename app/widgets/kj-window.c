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

static void
select_row_of_plan (KjWindow *self)
{
  GtkListBoxRow *row = find_row (self, self->plan);

  if (row)
    gtk_list_box_select_row (self->satker_list, row);
  else
    gtk_list_box_unselect_all (self->satker_list);
}

static void
update_sidebar_title (KjWindow *self)
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

static void update_content (KjWindow *self);

/* The list follows the workspace by itself; the selection and the empty
 * states are the window's. */
static void
workspace_changed_cb (KjWindow *self)
{
  update_sidebar_title (self);
  if (self->plan && !workspace_has (self, self->plan))
    kj_window_set_plan (self, NULL);
  else
    select_row_of_plan (self);
  update_content (self);
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
  select_row_of_plan (self);
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
static void
update_content (KjWindow *self)
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
  update_sidebar_title (self);
  update_content (self);
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
  if (self->settings)
    {
      int width, height;
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (GTK_WINDOW (self)));
    }
  if (self->satker_list)
    gtk_list_box_bind_model (self->satker_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KJ_TYPE_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->plan);
  g_clear_object (&self->years);
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
  /* the page shown: "overview" or "charts" (win.page) */
  properties[PROP_PAGE] = g_param_spec_string ("page", NULL, NULL, "overview", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KJ_TYPE_PLAN_PAGE);
  g_type_ensure (KJ_TYPE_CHARTS_PAGE);
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
  gtk_widget_class_bind_template_child (widget_class, KjWindow, recent_submenu);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, satker_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, satker_activated_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

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
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->workspace = kj_workspace_new ();
  self->cancellable = g_cancellable_new ();
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->workspace)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_plans, NULL, NULL)));
  self->filter = gtk_custom_filter_new (filter_plan, self, NULL);
  self->rows = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_box_bind_model (self->satker_list, G_LIST_MODEL (self->rows), create_satker_row, NULL, NULL);
  gtk_list_box_set_header_func (self->satker_list, header_rows, NULL, NULL);
  g_signal_connect_object (self->rows, "items-changed",
                           G_CALLBACK (workspace_changed_cb), self, G_CONNECT_SWAPPED);
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

  /* the pages show what the window holds */
  g_object_bind_property (self, "plan", self->plan_page, "plan", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "year", self->plan_page, "year", G_BINDING_SYNC_CREATE);
  kj_charts_page_set_workspace (self->charts_page, self->workspace);
  g_object_bind_property (self, "plan", self->charts_page, "plan", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "year", self->charts_page, "year", G_BINDING_SYNC_CREATE);
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
  update_content (self);
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
  select_row_of_plan (self);
  update_content (self);
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
  update_content (self);
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
