/* kj-charts-page.c: the charts of a satker or of the workspace
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page shows one chart: of its `plan` (or of its `workspace`, for the
 * kinds over many satker) for its `year`, of the `kind` and `indicator`
 * chosen; the window binds all five to its own.  What the indicator picker
 * offers and shows first is the chart engine's decision
 * (kj_chart_get_choices()).  A click on a chart item emits
 * KjChartsPage::satker-activated or ::year-activated; an edit of a plan shows
 * at once.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "widgets/kj-chart-view.h"
#include "widgets/kj-charts-page.h"
#include "widgets/kj-chart-pickers.h"

/* the clipboard gets a slide-sized image at 2×, taller for long charts */
#define COPY_WIDTH    1280
#define COPY_HEIGHT   720
#define COPY_MAX      4096

struct _KjChartsPage
{
  AdwBin          parent_instance;

  /* template widgets */
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *indicator_dropdown;
  GtkStack       *chart_stack;
  KjChartView    *chart_view;
  AdwStatusPage  *chart_status;
  GtkBox         *status_actions;

  /* owned */
  KjWorkspace    *workspace;
  KjPlan         *plan;
  KjPlan         *chart_plan;      /* the plan a workspace chart is drawn for */
  GPtrArray      *choices;         /* KjChartChoice of the indicator picker */
  char           *chart_indicator; /* the indicator the user picked */
  char           *chart_table;     /* the context table the user picked */
  char           *hint_satker;     /* the satker the "no data" message sends to */
  int             year;
  gboolean        activating;      /* selecting what a chart item names */
  gboolean        filling;         /* refilling the indicator picker */
};

G_DEFINE_FINAL_TYPE (KjChartsPage, kj_charts_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_WORKSPACE,
  PROP_PLAN,
  PROP_YEAR,
  PROP_KIND,
  PROP_INDICATOR,
  PROP_HAS_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SATKER_ACTIVATED,
  YEAR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const KjChartKind *
current_kind (KjChartsPage *self)
{
  guint n_kinds, selected = gtk_drop_down_get_selected (self->kind_dropdown);
  const KjChartKind *kinds = kj_chart_kinds (&n_kinds);

  return selected < n_kinds ? &kinds[selected] : kj_chart_kind_default ();
}

static gboolean
is_context_kind (const KjChartKind *kind)
{
  return g_str_equal (kind->id, "context");
}

static int
find_choice (KjChartsPage *self,
             const char   *id)
{
  for (guint i = 0; id && i < self->choices->len; i++)
    if (g_str_equal (((KjChartChoice *) g_ptr_array_index (self->choices, i))->id, id))
      return i;
  return -1;
}

/* ── the indicator picker ───────────────────────────────────────────────── */

static void
fill_indicators (KjChartsPage *self)
{
  const KjChartKind *kind = current_kind (self);
  /* a workspace chart keeps its indicator while the satker changes */
  g_autofree char *shown = kind->workspace ? g_strdup (kj_charts_page_get_indicator (self)) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *wanted = is_context_kind (kind) ? self->chart_table : self->chart_indicator;
  int selected;

  g_clear_pointer (&self->choices, g_ptr_array_unref);
  self->choices = kj_chart_get_choices (kind, self->plan, self->workspace);
  for (guint i = 0; i < self->choices->len; i++)
    gtk_string_list_append (names, ((KjChartChoice *) g_ptr_array_index (self->choices, i))->name);
  if ((selected = find_choice (self, wanted)) < 0 && (selected = find_choice (self, shown)) < 0)
    selected = kj_chart_get_default_choice (kind, self->plan, self->workspace, self->year,
                                            self->choices);
  self->filling = TRUE;
  gtk_drop_down_set_model (self->indicator_dropdown, G_LIST_MODEL (names));
  if (self->choices->len > 0)
    gtk_drop_down_set_selected (self->indicator_dropdown, selected);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->indicator_dropdown),
                          kind->indicator && self->choices->len > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->indicator_dropdown),
                               self->choices->len > 0
                               ? gtk_string_list_get_string (names, selected) : NULL);
}

/* ── the chart ──────────────────────────────────────────────────────────── */

/* The chart of what the page shows, and (@hint) where its data is when
 * there is none. */
static KjChart *
new_chart (KjChartsPage  *self,
           KjChartHint  **hint,
           GError       **error)
{
  const KjChartKind *kind;
  KjChartRequest request;

  if (self->plan == NULL)
    {
      g_set_error_literal (error, KJ_CHART_ERROR, KJ_CHART_ERROR_NO_DATA, _("No satker chosen."));
      return NULL;
    }
  kind = current_kind (self);
  request = (KjChartRequest) {
    .workspace = self->workspace,
    .plan = kind->workspace && self->chart_plan ? self->chart_plan : self->plan,
    .indicator = kj_charts_page_get_indicator (self),
    .year = self->year,
  };
  return kj_chart_new_with_hint (kind->id, &request, hint, error);
}

/**
 * kj_charts_page_new_chart:
 * A new chart of what the page shows: exports and the clipboard draw their
 * own at their size.
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL with @error set
 */
KjChart *
kj_charts_page_new_chart (KjChartsPage  *self,
                          GError       **error)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);
  return new_chart (self, NULL, error);
}

/* "Show BNNP Nusa Tenggara Timur": the window selects the satker that has
 * the data, and the chart is of it. */
static void
hint_satker_clicked_cb (KjChartsPage *self)
{
  g_autofree char *satker = g_strdup (self->hint_satker);

  if (satker)
    g_signal_emit (self, signals[SATKER_ACTIVATED], 0, satker);
}

/* A button for each place the message names: the satker that has the data,
 * the years that have it (win.year). */
static void
show_hint (KjChartsPage *self,
           KjChartHint  *hint)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->status_actions))))
    gtk_box_remove (self->status_actions, child);
  g_clear_pointer (&self->hint_satker, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->status_actions), hint != NULL);
  if (hint == NULL)
    return;
  if (hint->satker)
    {
      /* Translators: a button that selects the satker whose plan has the data */
      g_autofree char *label = g_strdup_printf (_("Show %s"), hint->satker_title);
      GtkWidget *button = gtk_button_new_with_label (label);

      self->hint_satker = g_strdup (hint->satker);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_object (button, "clicked", G_CALLBACK (hint_satker_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->status_actions, button);
    }
  for (guint i = 0; i < hint->n_years; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", hint->years[i]);
      /* Translators: the tooltip of a button that shows a year with data */
      g_autofree char *tip = g_strdup_printf (_("Show %d"), hint->years[i]);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_set_tooltip_text (button, tip);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.year");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", hint->years[i]);
      gtk_box_append (self->status_actions, button);
    }
}

static void
rebuild_chart (KjChartsPage *self)
{
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(KjChartHint) hint = NULL;
  g_autoptr(GError) error = NULL;
  gboolean had = kj_chart_view_get_chart (self->chart_view) != NULL;

  if (self->plan != NULL)
    chart = new_chart (self, &hint, &error);
  kj_chart_view_set_chart (self->chart_view, chart);
  show_hint (self, hint);
  if (chart)
    gtk_stack_set_visible_child_name (self->chart_stack, "chart");
  else
    {
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
  if (had != (chart != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CHART]);
}

static void
update (KjChartsPage *self)
{
  fill_indicators (self);
  rebuild_chart (self);
}

/* An edit of the plan shown, or of any plan for a workspace chart. */
static void
plan_changed_cb (KjChartsPage *self,
                 KjPlan       *plan)
{
  if (plan == self->plan || plan == self->chart_plan || current_kind (self)->workspace)
    update (self);
}

static void
kind_selected_cb (KjChartsPage *self)
{
  g_set_object (&self->chart_plan, self->plan);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR]);
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
indicator_selected_cb (KjChartsPage *self)
{
  const char *id = kj_charts_page_get_indicator (self);
  guint selected = gtk_drop_down_get_selected (self->indicator_dropdown);
  GListModel *names = gtk_drop_down_get_model (self->indicator_dropdown);

  if (self->filling || *id == '\0')
    return;
  /* the user's choice stays while satker and years change */
  if (is_context_kind (current_kind (self)))
    set_str (&self->chart_table, id);
  else
    set_str (&self->chart_indicator, id);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->indicator_dropdown),
                               gtk_string_list_get_string (GTK_STRING_LIST (names), selected));
  rebuild_chart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR]);
}

/* A click on a satker's bar shows that satker; on a year's point, that year.
 * The kind of chart stays, and so does the plan a comparison of work units
 * is of; a per-area chart goes on to the satker's own trend. */
static void
item_activated_cb (KjChartsPage *self,
                   guint         index,
                   KjChartView  *view)
{
  KjChartLayout *layout = kj_chart_view_get_layout (view);
  const KjChartItem *item;
  g_autofree char *satker = NULL;
  int year;

  if (layout == NULL || index >= kj_chart_layout_get_n_items (layout))
    return;
  item = kj_chart_layout_get_item (layout, index);
  /* selecting rebuilds the chart and frees the item: copy first */
  satker = g_strdup (item->satker);
  year = item->year;
  /* A kabupaten's bar of a province's breakdown: that satker's own figures
   * of the indicator over the years, under its name (the breakdown is the
   * province's data, not to be shown under the kabupaten's name). */
  if (satker && *satker && g_str_has_prefix (current_kind (self)->id, "areas")
      && self->workspace && kj_workspace_find (self->workspace, satker)
      && kj_workspace_find (self->workspace, satker) != self->plan)
    {
      kj_charts_page_set_kind (self, "trend");
      g_signal_emit (self, signals[SATKER_ACTIVATED], 0, satker);
      return;
    }
  self->activating = TRUE;
  if (satker && *satker)
    g_signal_emit (self, signals[SATKER_ACTIVATED], 0, satker);
  if (year > 0)
    g_signal_emit (self, signals[YEAR_ACTIVATED], 0, year);
  self->activating = FALSE;
}

/* ── the object ─────────────────────────────────────────────────────────── */

static void
kj_charts_page_dispose (GObject *object)
{
  KjChartsPage *self = KJ_CHARTS_PAGE (object);

  kj_charts_page_set_workspace (self, NULL);
  g_clear_object (&self->plan);
  g_clear_object (&self->chart_plan);
  /* AdwBin unparents its child itself: let it go first, then the template */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KJ_TYPE_CHARTS_PAGE);
  G_OBJECT_CLASS (kj_charts_page_parent_class)->dispose (object);
}

static void
kj_charts_page_finalize (GObject *object)
{
  KjChartsPage *self = KJ_CHARTS_PAGE (object);

  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_free (self->chart_indicator);
  g_free (self->chart_table);
  g_free (self->hint_satker);
  G_OBJECT_CLASS (kj_charts_page_parent_class)->finalize (object);
}

static void
kj_charts_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KjChartsPage *self = KJ_CHARTS_PAGE (object);

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
    case PROP_KIND:
      g_value_set_string (value, kj_charts_page_get_kind (self));
      break;
    case PROP_INDICATOR:
      g_value_set_string (value, kj_charts_page_get_indicator (self));
      break;
    case PROP_HAS_CHART:
      g_value_set_boolean (value, kj_chart_view_get_chart (self->chart_view) != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kj_charts_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KjChartsPage *self = KJ_CHARTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      kj_charts_page_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_PLAN:
      kj_charts_page_set_plan (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      kj_charts_page_set_year (self, g_value_get_int (value));
      break;
    case PROP_KIND:
      kj_charts_page_set_kind (self, g_value_get_string (value));
      break;
    case PROP_INDICATOR:
      kj_charts_page_set_indicator (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kj_charts_page_class_init (KjChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kj_charts_page_dispose;
  object_class->finalize = kj_charts_page_finalize;
  object_class->get_property = kj_charts_page_get_property;
  object_class->set_property = kj_charts_page_set_property;

  properties[PROP_WORKSPACE] = g_param_spec_object ("workspace", NULL, NULL, KJ_TYPE_WORKSPACE, flags);
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, KJ_TYPE_PLAN, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* a kind id of kj_chart_kinds(): "trend", "areas", … */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "trend", flags);
  /* the indicator or context table id; "" for kinds that take none */
  properties[PROP_INDICATOR] = g_param_spec_string ("indicator", NULL, NULL, "", flags);
  properties[PROP_HAS_CHART] = g_param_spec_boolean ("has-chart", NULL, NULL, FALSE,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KjChartsPage::satker-activated:
   * @satker: the name of the satker a chart item stands for
   */
  signals[SATKER_ACTIVATED] = g_signal_new ("satker-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * KjChartsPage::year-activated:
   * @year: the year a chart item stands for
   */
  signals[YEAR_ACTIVATED] = g_signal_new ("year-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (KJ_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kj-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KjChartsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KjChartsPage, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KjChartsPage, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, KjChartsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, KjChartsPage, chart_status);
  gtk_widget_class_bind_template_child (widget_class, KjChartsPage, status_actions);
}

static void
kj_charts_page_init (KjChartsPage *self)
{
  guint n_kinds;
  const KjChartKind *kinds = kj_chart_kinds (&n_kinds);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) button = kj_picker_label_factory (FALSE);
  g_autoptr(GtkListItemFactory) list = kj_picker_label_factory (TRUE);
  g_autoptr(GtkListItemFactory) kind_list = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  kind_list = kj_picker_checked_factory (G_OBJECT (self->kind_dropdown), FALSE);
  self->choices = g_ptr_array_new ();
  for (guint i = 0; i < n_kinds; i++)
    gtk_string_list_append (names, _(kinds[i].name));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->kind_dropdown, kj_chart_kind_default () - kinds);
  /* labels that shrink, so that the page fits a narrow window */
  gtk_drop_down_set_factory (self->kind_dropdown, button);
  gtk_drop_down_set_list_factory (self->kind_dropdown, kind_list);
  gtk_drop_down_set_factory (self->indicator_dropdown, button);
  gtk_drop_down_set_list_factory (self->indicator_dropdown, list);

  g_signal_connect_object (self->kind_dropdown, "notify::selected",
                           G_CALLBACK (kind_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->indicator_dropdown, "notify::selected",
                           G_CALLBACK (indicator_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_view, "item-activated",
                           G_CALLBACK (item_activated_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

/* ── properties ─────────────────────────────────────────────────────────── */

/**
 * kj_charts_page_get_workspace:
 * Returns: (transfer none) (nullable): the open plans
 */
KjWorkspace *
kj_charts_page_get_workspace (KjChartsPage *self)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);
  return self->workspace;
}

void
kj_charts_page_set_workspace (KjChartsPage *self,
                              KjWorkspace  *workspace)
{
  g_return_if_fail (KJ_IS_CHARTS_PAGE (self));

  if (self->workspace == workspace)
    return;
  if (self->workspace)
    g_signal_handlers_disconnect_by_func (self->workspace, plan_changed_cb, self);
  g_set_object (&self->workspace, workspace);
  if (workspace)
    g_signal_connect_object (workspace, "plan-changed", G_CALLBACK (plan_changed_cb), self,
                             G_CONNECT_SWAPPED);
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * kj_charts_page_get_plan:
 * Returns: (transfer none) (nullable): the satker whose charts are shown
 */
KjPlan *
kj_charts_page_get_plan (KjChartsPage *self)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);
  return self->plan;
}

void
kj_charts_page_set_plan (KjChartsPage *self,
                         KjPlan       *plan)
{
  g_return_if_fail (KJ_IS_CHARTS_PAGE (self));

  if (self->plan == plan)
    return;
  g_set_object (&self->plan, plan);
  /* a click on a workspace chart (compare, heatmap) selects the satker it
   * names; the chart stays the one of the satker chosen before */
  if (!self->activating || self->chart_plan == NULL)
    g_set_object (&self->chart_plan, plan);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR]);
}

int
kj_charts_page_get_year (KjChartsPage *self)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), 0);
  return self->year;
}

void
kj_charts_page_set_year (KjChartsPage *self,
                         int           year)
{
  g_return_if_fail (KJ_IS_CHARTS_PAGE (self));

  if (self->year == year)
    return;
  self->year = year;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

const char *
kj_charts_page_get_kind (KjChartsPage *self)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);
  return current_kind (self)->id;
}

/* Returns: %FALSE for a kind id that is not one of kj_chart_kinds() */
gboolean
kj_charts_page_set_kind (KjChartsPage *self,
                         const char   *kind)
{
  guint n_kinds;
  const KjChartKind *kinds = kj_chart_kinds (&n_kinds);
  const KjChartKind *found = kj_chart_kind_find (kind);

  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), FALSE);

  if (found == NULL)
    return FALSE;
  gtk_drop_down_set_selected (self->kind_dropdown, found - kinds);
  return TRUE;
}

/**
 * kj_charts_page_get_indicator:
 * Returns: the indicator or context table the chart shows; "" for kinds that
 *   take none
 */
const char *
kj_charts_page_get_indicator (KjChartsPage *self)
{
  guint selected;

  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);

  selected = gtk_drop_down_get_selected (self->indicator_dropdown);
  if (!current_kind (self)->indicator || selected >= self->choices->len)
    return "";
  return ((KjChartChoice *) g_ptr_array_index (self->choices, selected))->id;
}

/* Returns: %FALSE when the chart kind offers no such indicator for the plan */
gboolean
kj_charts_page_set_indicator (KjChartsPage *self,
                              const char   *id)
{
  int at;

  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), FALSE);

  if ((at = find_choice (self, id)) < 0)
    return FALSE;
  gtk_drop_down_set_selected (self->indicator_dropdown, at);
  return TRUE;
}

/* How many indicators (or tables) the picker offers: none hides it. */
guint
kj_charts_page_get_n_choices (KjChartsPage *self)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), 0);
  return current_kind (self)->indicator ? self->choices->len : 0;
}

/**
 * kj_charts_page_get_chart:
 * Returns: (transfer none) (nullable): the chart on screen
 */
KjChart *
kj_charts_page_get_chart (KjChartsPage *self)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);
  return kj_chart_view_get_chart (self->chart_view);
}

/* Returns: (transfer none): the KjChartView */
GtkWidget *
kj_charts_page_get_view (KjChartsPage *self)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);
  return GTK_WIDGET (self->chart_view);
}

/* Returns: (nullable): why there is no chart, as the page says it */
const char *
kj_charts_page_get_message (KjChartsPage *self)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);
  if (kj_chart_view_get_chart (self->chart_view))
    return NULL;
  return adw_status_page_get_description (self->chart_status);
}

/* ── export and copy ────────────────────────────────────────────────────── */

/**
 * kj_charts_page_file_name:
 * Returns: (transfer full): a file name for an export of @chart
 */
char *
kj_charts_page_file_name (KjChartsPage *self,
                          KjChart      *chart,
                          const char   *extension)
{
  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);
  return kj_chart_file_name (chart, kj_charts_page_get_indicator (self), self->plan, self->year,
                             extension);
}

/**
 * kj_charts_page_export:
 * Writes the chart of the page to @path; the extension names the format
 * (png, svg or pdf).
 */
gboolean
kj_charts_page_export (KjChartsPage  *self,
                       const char    *path,
                       double         width,
                       double         height,
                       double         scale,
                       GError       **error)
{
  g_autoptr(KjChart) chart = NULL;

  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((chart = kj_charts_page_new_chart (self, error)) == NULL)
    return FALSE;
  return kj_chart_export (chart, path, width, height, scale, error);
}

/**
 * kj_charts_page_texture:
 * The chart as an image for the clipboard: 1280 points wide at 2×, on the
 * light theme that documents and slides have.
 *
 * Returns: (transfer full) (nullable): the image, or %NULL with @error set
 */
GdkTexture *
kj_charts_page_texture (KjChartsPage  *self,
                        GError       **error)
{
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double height, scale;
  int pixel_width, pixel_height;
  gsize size;

  g_return_val_if_fail (KJ_IS_CHARTS_PAGE (self), NULL);

  if ((chart = kj_charts_page_new_chart (self, error)) == NULL)
    return NULL;
  /* 207 areas need their height to stay readable */
  height = CLAMP (kj_chart_get_natural_height (chart, COPY_WIDTH), COPY_HEIGHT, COPY_MAX);
  scale = height > 2 * COPY_HEIGHT ? 1 : 2;
  pixel_width = COPY_WIDTH * scale;
  pixel_height = (int) ceil (height * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT,
                   _("Cannot make an image of %d × %d pixels"), pixel_width, pixel_height);
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  kj_chart_draw (chart, cr, COPY_WIDTH, height, kj_chart_theme_light ());
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* CAIRO_FORMAT_ARGB32 is premultiplied native-endian ARGB: GDK_MEMORY_DEFAULT */
  size = (gsize) cairo_image_surface_get_stride (surface) * pixel_height;
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), size,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}
