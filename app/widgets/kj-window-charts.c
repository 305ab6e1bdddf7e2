/* kj-window-charts.c: the charts page: kind and indicator pickers, the chart
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page shows one chart of the selected satker (or of the whole workspace)
 * for the year of the header's year picker.  It is rebuilt whenever the satker,
 * the year, the kind or the indicator changes; a click on an item of the chart
 * selects that satker and year in the window.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "widgets/kj-window-private.h"

/* ── what the indicator picker offers ───────────────────────────────────── */

static gboolean
is_context_kind (const KjChartKind *kind)
{
  return g_str_equal (kind->id, "context");
}

/* areas and areas-trend draw an indicator's breakdown */
static gboolean
wants_breakdown (const KjChartKind *kind)
{
  return g_str_has_prefix (kind->id, "areas");
}

static gboolean
is_year_column (const char *column)
{
  if (column == NULL || strlen (column) != 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (column[i]))
      return FALSE;
  return atoi (column) > 1900;
}

/* "context" draws tables whose last columns, two or more, are years: the
 * engine's rule, so the picker offers only what it can draw */
static gboolean
is_year_table (const KjContextTable *table)
{
  guint n = table->columns ? g_strv_length ((char **) table->columns) : 0, years = 0, start = n;

  for (guint c = 0; c < n; c++)
    if (is_year_column (table->columns[c]))
      {
        years++;
        start = MIN (start, c);
      }
  return years >= 2 && years == n - start;
}

static guint
realisation_years (KjIndicator *indicator)
{
  GPtrArray *years = kj_indicator_get_years (indicator);
  guint n = 0;

  for (guint i = 0; years && i < years->len; i++)
    n += kj_has (((KjYearValue *) g_ptr_array_index (years, i))->realization);
  return n;
}

static gboolean
has_breakdown (KjIndicator *indicator)
{
  GPtrArray *years = kj_indicator_get_breakdown_years (indicator);
  return years && years->len > 0;
}

static void
add_choice (KjWindow      *self,
            GtkStringList *names,
            GHashTable    *seen,
            const char    *id,
            const char    *name)
{
  if (id == NULL || g_hash_table_contains (seen, id))
    return;
  g_hash_table_add (seen, g_strdup (id));
  g_ptr_array_add (self->chart_choices, g_strdup (id));
  gtk_string_list_append (names, name && *name ? name : id);
}

static void
add_indicators (KjWindow          *self,
                GtkStringList     *names,
                GHashTable        *seen,
                const KjChartKind *kind,
                KjPlan            *plan)
{
  GPtrArray *indicators = kj_plan_get_indicators (plan);

  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      if (!wants_breakdown (kind) || has_breakdown (indicator))
        add_choice (self, names, seen, kj_indicator_get_id (indicator),
                    kj_indicator_get_name (indicator));
    }
}

/* The plan's indicators; for workspace kinds, the selected plan's first and
 * then those only other plans have; for "context", the tables by year. */
static GtkStringList *
collect_choices (KjWindow          *self,
                 const KjChartKind *kind)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->chart_choices, 0);
  if (!kind->indicator || self->plan == NULL)
    return names;
  if (is_context_kind (kind))
    {
      GPtrArray *tables = kj_plan_get_context (self->plan);
      for (guint i = 0; i < tables->len; i++)
        {
          KjContextTable *table = g_ptr_array_index (tables, i);
          if (is_year_table (table))
            add_choice (self, names, seen, table->id, table->title);
        }
      return names;
    }
  add_indicators (self, names, seen, kind, self->plan);
  if (kind->workspace)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->workspace)); i++)
      {
        g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->workspace), i);
        add_indicators (self, names, seen, kind, plan);
      }
  return names;
}

static int
find_choice (KjWindow   *self,
             const char *id)
{
  for (guint i = 0; id && i < self->chart_choices->len; i++)
    if (g_str_equal (g_ptr_array_index (self->chart_choices, i), id))
      return i;
  return -1;
}

/* How many areas of @indicator's breakdown have a value in @year (0: any). */
static guint
breakdown_values (KjIndicator *indicator,
                  int          year)
{
  GPtrArray *years = kj_indicator_get_breakdown_years (indicator);
  guint n = 0;

  for (guint i = 0; years && i < years->len; i++)
    {
      KjYearItems *items = g_ptr_array_index (years, i);
      if (year != 0 && items->year != year)
        continue;
      for (guint j = 0; j < items->items->len; j++)
        n += kj_has (((KjBreakdownRow *) g_ptr_array_index (items->items, j))->value);
    }
  return n;
}

/* Values in the breakdowns of indicator @id across the open plans. */
static guint
choice_values (KjWindow   *self,
               const char *id,
               int         year)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->workspace)); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->workspace), i);
      KjIndicator *indicator = kj_plan_find_indicator (plan, id);
      if (indicator)
        n += breakdown_values (indicator, year);
    }
  return n;
}

/* For a trend, the first indicator of the satker with two years to show;
 * for areas, the first breakdown with values in the year, else in any year;
 * else the first choice. */
static guint
default_choice (KjWindow          *self,
                const KjChartKind *kind)
{
  GPtrArray *indicators;

  if (self->plan == NULL || is_context_kind (kind))
    return 0;
  if (wants_breakdown (kind))
    {
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < self->chart_choices->len; i++)
          if (choice_values (self, g_ptr_array_index (self->chart_choices, i),
                             pass == 0 ? self->year : 0) > 0)
            return i;
      return 0;
    }
  indicators = kj_plan_get_indicators (self->plan);
  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      int at = find_choice (self, kj_indicator_get_id (indicator));
      if (at >= 0 && realisation_years (indicator) >= 2)
        return at;
    }
  return 0;
}

static void indicator_selected_cb (KjWindow *self);

static void
fill_indicators (KjWindow          *self,
                 const KjChartKind *kind)
{
  /* a workspace chart keeps its indicator while the satker changes */
  g_autofree char *shown = kind->workspace ? g_strdup (kj_window_get_chart_indicator (self)) : NULL;
  g_autoptr(GtkStringList) names = collect_choices (self, kind);
  const char *wanted = is_context_kind (kind) ? self->chart_table : self->chart_indicator;
  int selected = find_choice (self, wanted);

  if (selected < 0)
    selected = find_choice (self, shown);
  if (selected < 0)
    selected = default_choice (self, kind);
  g_signal_handlers_block_by_func (self->indicator_dropdown, indicator_selected_cb, self);
  gtk_drop_down_set_model (self->indicator_dropdown, G_LIST_MODEL (names));
  if (self->chart_choices->len > 0)
    gtk_drop_down_set_selected (self->indicator_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->indicator_dropdown, indicator_selected_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->indicator_dropdown),
                          kind->indicator && self->chart_choices->len > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->indicator_dropdown),
                               self->chart_choices->len > 0
                               ? gtk_string_list_get_string (names, selected) : NULL);
}

/* ── the chart ──────────────────────────────────────────────────────────── */

const KjChartKind *
kj_window_get_chart_kind (KjWindow *self)
{
  guint n_kinds, selected;
  const KjChartKind *kinds = kj_chart_kinds (&n_kinds);

  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);

  selected = gtk_drop_down_get_selected (self->kind_dropdown);
  return &kinds[selected < n_kinds ? selected : 0];
}

/**
 * kj_window_get_chart_indicator:
 * Returns: (nullable): the indicator or context table the chart shows
 */
const char *
kj_window_get_chart_indicator (KjWindow *self)
{
  guint selected;

  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);

  selected = gtk_drop_down_get_selected (self->indicator_dropdown);
  if (!kj_window_get_chart_kind (self)->indicator || selected >= self->chart_choices->len)
    return NULL;
  return g_ptr_array_index (self->chart_choices, selected);
}

/**
 * kj_window_new_chart:
 * A new chart of what the charts page shows: the exporters draw their own
 * at their size and leave the layout of the one on screen alone.
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL with @error set
 */
KjChart *
kj_window_new_chart (KjWindow  *self,
                     GError   **error)
{
  const KjChartKind *kind;
  KjChartRequest request;

  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);

  kind = kj_window_get_chart_kind (self);
  request = (KjChartRequest) {
    .workspace = self->workspace,
    .plan = kind->workspace && self->chart_plan ? self->chart_plan : self->plan,
    .indicator = kj_window_get_chart_indicator (self),
    .year = self->year,
  };
  return kj_chart_new (kind->id, &request, error);
}

static void
rebuild_chart (KjWindow *self)
{
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  if (self->plan != NULL)
    chart = kj_window_new_chart (self, &error);
  kj_chart_view_set_chart (self->chart_view, chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-chart", chart != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-chart", chart != NULL);
  if (chart)
    {
      gtk_stack_set_visible_child_name (self->chart_stack, "chart");
      return;
    }
  if (error)
    {
      /* the message may quote names from the files: not markup */
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      adw_status_page_set_title (self->chart_status,
                                 g_error_matches (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA)
                                 ? _("No Data for This Chart") : _("No Chart"));
      adw_status_page_set_description (self->chart_status, escaped);
    }
  gtk_stack_set_visible_child_name (self->chart_stack, "status");
}

/* A narrow window has the page switcher at the bottom; with no satker
 * shown there are no pages to switch. */
static void
update_switcher_bar (KjWindow *self)
{
  gboolean narrow;

  /* AdwViewSwitcherTitle is deprecated in libadwaita 1.4; Debian 12 has 1.2 */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  narrow = adw_view_switcher_title_get_title_visible (self->content_title);
  G_GNUC_END_IGNORE_DEPRECATIONS
  adw_view_switcher_bar_set_reveal (self->switcher_bar, self->plan != NULL && narrow);
}

/**
 * kj_window_charts_update:
 * Refills the indicator picker and rebuilds the chart after the satker, the
 * year, the workspace or the chart kind changed.
 */
void
kj_window_charts_update (KjWindow *self)
{
  update_switcher_bar (self);
  fill_indicators (self, kj_window_get_chart_kind (self));
  rebuild_chart (self);
}

static void
kind_selected_cb (KjWindow *self)
{
  g_set_object (&self->chart_plan, self->plan);
  kj_window_charts_update (self);
}

/* g_set_str() is GLib 2.76; Debian 12 has 2.74 */
static void
set_str (char       **target,
         const char  *value)
{
  if (g_strcmp0 (*target, value) == 0)
    return;
  g_free (*target);
  *target = g_strdup (value);
}

static void
indicator_selected_cb (KjWindow *self)
{
  const KjChartKind *kind = kj_window_get_chart_kind (self);
  const char *id = kj_window_get_chart_indicator (self);
  guint selected = gtk_drop_down_get_selected (self->indicator_dropdown);
  GListModel *names = gtk_drop_down_get_model (self->indicator_dropdown);

  if (id == NULL)
    return;
  /* the user's choice stays while satker and years change */
  if (is_context_kind (kind))
    set_str (&self->chart_table, id);
  else
    set_str (&self->chart_indicator, id);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->indicator_dropdown),
                               gtk_string_list_get_string (GTK_STRING_LIST (names), selected));
  rebuild_chart (self);
}

gboolean
kj_window_set_chart_kind (KjWindow   *self,
                          const char *kind)
{
  guint n_kinds;
  const KjChartKind *kinds = kj_chart_kinds (&n_kinds);

  g_return_val_if_fail (KJ_IS_WINDOW (self), FALSE);

  for (guint i = 0; i < n_kinds; i++)
    if (g_strcmp0 (kinds[i].id, kind) == 0)
      {
        gtk_drop_down_set_selected (self->kind_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

gboolean
kj_window_set_chart_indicator (KjWindow   *self,
                               const char *id)
{
  int at;

  g_return_val_if_fail (KJ_IS_WINDOW (self), FALSE);

  if ((at = find_choice (self, id)) < 0)
    return FALSE;
  gtk_drop_down_set_selected (self->indicator_dropdown, at);
  return TRUE;
}

/* A click on a satker's bar shows that satker; on a year's point, that year.
 * The kind of chart stays. */
static void
item_activated_cb (KjWindow    *self,
                   guint        index,
                   KjChartView *view)
{
  KjChart *chart = kj_chart_view_get_chart (view);
  const KjChartItem *item;
  g_autofree char *satker = NULL;
  int year;

  if (chart == NULL || index >= kj_chart_get_n_items (chart))
    return;
  item = kj_chart_get_item (chart, index);
  /* selecting rebuilds the chart and frees the item: copy first */
  satker = g_strdup (item->satker);
  year = item->year;
  self->chart_clicked = TRUE;
  if (satker && *satker && !kj_window_select_satker (self, satker))
    {
      g_autofree char *escaped = g_markup_escape_text (satker, -1);
      /* Translators: a chart names a satker whose plan file is not open */
      g_autofree char *title = g_strdup_printf (_("No plan of “%s” is open"), escaped);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }
  if (year > 0)
    kj_window_set_year (self, year);
  self->chart_clicked = FALSE;
}

/* ── the pickers ────────────────────────────────────────────────────────── */

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

static GtkListItemFactory *
label_factory (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);
  return factory;
}

void
kj_window_charts_init (KjWindow *self)
{
  guint n_kinds;
  const KjChartKind *kinds = kj_chart_kinds (&n_kinds);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) button = label_factory (FALSE);
  g_autoptr(GtkListItemFactory) list = label_factory (TRUE);
  guint trend = 0;

  self->chart_choices = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_kinds; i++)
    {
      gtk_string_list_append (names, _(kinds[i].name));
      if (g_str_equal (kinds[i].id, "trend"))
        trend = i;
    }
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->kind_dropdown, trend);
  /* labels that shrink, so that the page fits a narrow window */
  gtk_drop_down_set_factory (self->kind_dropdown, button);
  gtk_drop_down_set_list_factory (self->kind_dropdown, list);
  gtk_drop_down_set_factory (self->indicator_dropdown, button);
  gtk_drop_down_set_list_factory (self->indicator_dropdown, list);

  g_signal_connect_object (self->kind_dropdown, "notify::selected",
                           G_CALLBACK (kind_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->indicator_dropdown, "notify::selected",
                           G_CALLBACK (indicator_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_view, "item-activated",
                           G_CALLBACK (item_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content_title, "notify::title-visible",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
}

void
kj_window_class_init_charts (GtkWidgetClass *widget_class)
{
  g_type_ensure (KJ_TYPE_CHART_VIEW);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, KjWindow, chart_status);
}
