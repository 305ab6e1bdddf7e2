/* kj-plan-page.c: a satker's overview: summary, indicators, checks, budget
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page shows one plan for one year (its `plan` and `year` properties,
 * bound to the window's) and follows the plan's edits: an edit made anywhere
 * shows here at once.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "model/kj-checks.h"
#include "model/kj-format.h"
#include "model/kj-plan-summary.h"
#include "widgets/kj-plan-page-private.h"


G_DEFINE_FINAL_TYPE (KjPlanPage, kj_plan_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PLAN,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
level_label (const char *level)
{
  if (g_str_equal (level, "pusat"))
    /* Translators: the level of a work unit: BNN RI in Jakarta */
    return _("National office");
  if (g_str_equal (level, "provinsi"))
    return _("Province office");
  if (g_str_equal (level, "kabupaten"))
    return _("Regency office");
  return _("City office");
}

static void
update_header (KjPlanPage *self)
{
  const KjSatker *s = kj_plan_get_satker (self->plan);
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *heading = NULL;

  gtk_label_set_text (self->plan_name, s->name);
  if (s->level)
    g_string_append (details, level_label (s->level));
  if (s->province)
    g_string_append_printf (details, "%s%s", details->len ? " · " : "", s->province);
  if (s->code)
    /* Translators: kode satker, the work unit's code */
    g_string_append_printf (details, "%s%s %s", details->len ? " · " : "", _("code"), s->code);
  g_string_append_printf (details, "%s%s", details->len ? " · " : "",
                          kj_plan_get_display_name (self->plan));
  gtk_label_set_text (self->plan_details, details->str);

  heading = g_strdup_printf (_("Performance Indicators, %d"), self->year);
  gtk_label_set_text (self->indicators_heading, heading);
}

static void cancel_sections (KjPlanPage *self);
static void defer_sections (KjPlanPage *self);

/* The findings' rows and the budget's and spending's rows, where what
 * they show changed. */
static void
update_sections (KjPlanPage *self)
{
  g_autofree char *fkey = NULL, *mkey = NULL;

  cancel_sections (self);
  if (self->plan == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->findings_group), TRUE);
  fkey = _kj_plan_page_findings_key (self);
  if (g_strcmp0 (fkey, self->findings_key) != 0)
    {
      _kj_plan_page_update_findings (self);
      g_free (self->findings_key);
      self->findings_key = g_steal_pointer (&fkey);
    }
  mkey = _kj_plan_page_money_key (self);
  /* hidden for the frame: their groups' visibility is set again with them */
  if (self->sections_hidden || g_strcmp0 (mkey, self->money_key) != 0)
    {
      _kj_plan_page_clear_rows (self, self->budget_group);
      _kj_plan_page_clear_rows (self, self->spending_group);
      _kj_plan_page_update_money (self);
      g_free (self->money_key);
      self->money_key = g_steal_pointer (&mkey);
    }
  self->sections_hidden = FALSE;
}

static void
sections_after_paint_cb (GdkFrameClock *clock,
                         KjPlanPage    *self)
{
  update_sections (self);
}

static void
defer_sections (KjPlanPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL)
    {
      update_sections (self);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->findings_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->budget_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->spending_group), FALSE);
  self->sections_hidden = TRUE;
  if (self->sections_clock == NULL)
    {
      self->sections_clock = g_object_ref (clock);
      g_signal_connect (clock, "after-paint", G_CALLBACK (sections_after_paint_cb), self);
    }
}

static void
cancel_sections (KjPlanPage *self)
{
  if (self->sections_clock)
    {
      g_signal_handlers_disconnect_by_func (self->sections_clock, sections_after_paint_cb, self);
      g_clear_object (&self->sections_clock);
    }
}

/* Shows the plan for the year; nothing without a plan. */
static void
update (KjPlanPage *self)
{
  GPtrArray *indicators;
  g_autoptr(GPtrArray) findings = NULL;

  self->stale = FALSE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (self->plan == NULL)
    {
      cancel_sections (self);
      _kj_plan_page_clear_rows (self, NULL);
      g_clear_pointer (&self->findings_key, g_free);
      g_clear_pointer (&self->money_key, g_free);
      g_list_store_remove_all (self->rows);
      return;
    }
  update_header (self);
  _kj_plan_page_update_read_only (self);
  indicators = kj_plan_get_indicators (self->plan);
  /* the view is rebuilt after an edit: the indicators are new objects */
  _kj_plan_page_set_indicators (self, indicators);
  gtk_widget_set_visible (GTK_WIDGET (self->indicator_view), indicators->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->indicators_empty), indicators->len == 0);

  findings = kj_plan_check (self->plan);
  if (self->workspace)
    {
      GPtrArray *across = kj_workspace_get_across_findings (self->workspace, self->plan);
      for (guint i = 0; i < across->len; i++)
        g_ptr_array_add (findings, kj_diagnostic_copy (g_ptr_array_index (across, i)));
    }
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = kj_findings_for_year (self->plan, findings, self->year, &self->n_other_years);
  _kj_plan_page_update_summary (self);
  /* A satker just chosen shows its header, cards and table in the first
   * frame; the findings' and the money's rows (below them, and most of the
   * frame's text to lay out) follow in the next one, hidden until then: never
   * the former satker's rows under this one's name. */
  if (self->new_plan && gtk_widget_get_mapped (GTK_WIDGET (self)))
    defer_sections (self);
  else
    update_sections (self);
  self->new_plan = FALSE;
  _kj_plan_page_resort (self);
}

/* A new plan and its year arrive one after the other (the window sets both):
 * the page is built once, before the next frame, or when asked for. */
static gboolean
update_cb (gpointer data)
{
  KjPlanPage *self = data;

  self->update_source = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update (KjPlanPage *self)
{
  /* before GTK's layout and drawing (G_PRIORITY_HIGH_IDLE + 20) */
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, update_cb, self, NULL);
}

/* What the page shows now, for those who read it (tests, the window's
 * actions): a queued update, and the rows that wait for the next frame. */
static void
flush_update (KjPlanPage *self)
{
  if (self->stale || self->update_source != 0)
    {
      self->stale = FALSE;
      g_clear_handle_id (&self->update_source, g_source_remove);
      update (self);
    }
  if (self->sections_clock)
    update_sections (self);
}

static void
plan_changed_cb (KjPlanPage *self)
{
  g_clear_handle_id (&self->update_source, g_source_remove);
  /* an edit made while another page is shown (a chart's, a history's
   * restore) shows when this page does: it is not made twice a frame */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      /* the rows let go of the plan's former indicators now (their texts
       * went with the former view); the rest waits */
      _kj_plan_page_set_indicators (self, kj_plan_get_indicators (self->plan));
      self->stale = TRUE;
      return;
    }
  /* an edit shows at once */
  update (self);
}

/* The satker's name is selectable (to copy it, and to take the focus at the
 * top of the page); a keyboard user tabbing through selects it all, and the
 * highlight would stay on after the focus has moved on.  Followed on the
 * window's focus widget, which changes whether or not the window is active
 * (a focus controller hears nothing in an inactive window). */
static void
root_focus_cb (GtkRoot    *root,
               GParamSpec *pspec,
               KjPlanPage *self)
{
  int start, end;

  if (gtk_root_get_focus (root) != GTK_WIDGET (self->plan_name)
      && gtk_label_get_selection_bounds (self->plan_name, &start, &end))
    gtk_label_select_region (self->plan_name, 0, 0);
}

static void
kj_plan_page_unmap (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_root (widget), root_focus_cb, widget);
  GTK_WIDGET_CLASS (kj_plan_page_parent_class)->unmap (widget);
}

static void
kj_plan_page_map (GtkWidget *widget)
{
  KjPlanPage *self = KJ_PLAN_PAGE (widget);

  g_signal_connect_object (gtk_widget_get_root (widget), "notify::focus-widget",
                           G_CALLBACK (root_focus_cb), self, 0);

  if (self->stale)
    {
      self->stale = FALSE;
      update (self);
    }
  GTK_WIDGET_CLASS (kj_plan_page_parent_class)->map (widget);
}

static void
workspace_changed_cb (KjPlanPage *self,
                      KjPlan     *plan)
{
  /* another plan's edit or a plan added or removed can change the findings
   * across files; an edit of this plan updates the page itself */
  if (plan == NULL || !KJ_IS_PLAN (plan) || plan != self->plan)
    queue_update (self);
}

static void
workspace_items_cb (KjPlanPage *self)
{
  queue_update (self);
}

/**
 * kj_plan_page_set_workspace:
 * @workspace: (nullable): the plans open with the page's plan
 *
 * The findings list then also shows the findings across files (breakdown
 * rows that disagree with the satker's own open file), each with a button
 * that shows the other file.
 */
void
kj_plan_page_set_workspace (KjPlanPage  *self,
                            KjWorkspace *workspace)
{
  g_return_if_fail (KJ_IS_PLAN_PAGE (self));
  g_return_if_fail (workspace == NULL || KJ_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;
  if (self->workspace)
    {
      g_signal_handlers_disconnect_by_func (self->workspace, workspace_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->workspace, workspace_items_cb, self);
    }
  g_set_object (&self->workspace, workspace);
  if (workspace)
    {
      g_signal_connect_object (workspace, "plan-changed", G_CALLBACK (workspace_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "items-changed", G_CALLBACK (workspace_items_cb), self,
                               G_CONNECT_SWAPPED);
    }
  queue_update (self);
}

static void
kj_plan_page_dispose (GObject *object)
{
  KjPlanPage *self = KJ_PLAN_PAGE (object);

  kj_plan_page_set_plan (self, NULL);
  kj_plan_page_set_workspace (self, NULL);
  g_clear_handle_id (&self->update_source, g_source_remove);
  cancel_sections (self);
  _kj_plan_page_dispose_edit (self);
  /* AdwBin unparents its child itself: let it go first, then the template */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KJ_TYPE_PLAN_PAGE);
  G_OBJECT_CLASS (kj_plan_page_parent_class)->dispose (object);
}

static void
kj_plan_page_finalize (GObject *object)
{
  KjPlanPage *self = KJ_PLAN_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->indicators);
  g_clear_object (&self->sorted_rows);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->page_rows, g_ptr_array_unref);
  g_free (self->findings_key);
  g_free (self->money_key);
  G_OBJECT_CLASS (kj_plan_page_parent_class)->finalize (object);
}

static void
kj_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KjPlanPage *self = KJ_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kj_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KjPlanPage *self = KJ_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      kj_plan_page_set_plan (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      kj_plan_page_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kj_plan_page_class_init (KjPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->map = kj_plan_page_map;
  widget_class->unmap = kj_plan_page_unmap;

  object_class->dispose = kj_plan_page_dispose;
  object_class->finalize = kj_plan_page_finalize;
  object_class->get_property = kj_plan_page_get_property;
  object_class->set_property = kj_plan_page_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KJ_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kj-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, plan_scroller);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, plan_name);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, plan_details);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, indicators_heading);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, indicator_view);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, indicators_empty);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, findings_group);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, budget_group);
  gtk_widget_class_bind_template_child (widget_class, KjPlanPage, spending_group);
  _kj_plan_page_class_init_clip (widget_class);
  _kj_plan_page_class_init_rows (widget_class);
}

static void
kj_plan_page_init (KjPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->page_rows = g_ptr_array_new ();
  self->value_cells = g_hash_table_new (NULL, NULL);
  _kj_plan_page_init_table (self);
}

/**
 * kj_plan_page_get_plan:
 * Returns: (transfer none) (nullable): the plan shown
 */
KjPlan *
kj_plan_page_get_plan (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  return self->plan;
}

void
kj_plan_page_set_plan (KjPlanPage *self,
                       KjPlan     *plan)
{
  g_return_if_fail (KJ_IS_PLAN_PAGE (self));
  g_return_if_fail (plan == NULL || KJ_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->plan)
    g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
  g_set_object (&self->plan, plan);
  if (plan)
    g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->new_plan = plan != NULL;
  queue_update (self);
  /* another satker opens at its top, not where the last one was scrolled */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->plan_scroller), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

int
kj_plan_page_get_year (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), 0);
  return self->year;
}

void
kj_plan_page_set_year (KjPlanPage *self,
                       int         year)
{
  g_return_if_fail (KJ_IS_PLAN_PAGE (self));

  if (self->year == year)
    return;
  self->year = year;
  queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * kj_plan_page_get_indicators:
 * Returns: (transfer none): the rows of the indicator table (KjIndicator)
 */
GListModel *
kj_plan_page_get_indicators (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  return G_LIST_MODEL (self->indicators);
}

/* Returns: (transfer none): the indicator table */
GtkWidget *
kj_plan_page_get_table (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  return GTK_WIDGET (self->indicator_view);
}

const char *
kj_plan_page_get_heading (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  return gtk_label_get_text (self->indicators_heading);
}

const char *
kj_plan_page_get_name_text (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  return gtk_label_get_text (self->plan_name);
}

/* How many rows the findings and money groups show. */
guint
kj_plan_page_get_n_rows (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), 0);
  flush_update (self);
  return self->page_rows->len;
}

/**
 * kj_plan_page_get_rows:
 * Returns: (transfer none): the indicator table's rows as shown (sorted)
 */
GListModel *
kj_plan_page_get_rows (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  return G_LIST_MODEL (self->sorted);
}

/* Returns: (transfer none) (nullable): the indicator selected in the table */
KjIndicator *
kj_plan_page_get_selected (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  return _kj_plan_page_row_indicator (gtk_single_selection_get_selected_item (self->selection));
}

/**
 * kj_plan_page_get_findings:
 * Returns: (transfer none) (element-type KjDiagnostic): the findings listed:
 *   the year's and those of no year
 */
GPtrArray *
kj_plan_page_get_findings (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  return self->findings;
}

/* Returns: (transfer none) (nullable): the row of finding @index, as listed */
GtkWidget *
kj_plan_page_get_finding_row (KjPlanPage *self,
                              guint       index)
{
  guint n = 0;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  /* the findings' rows come first, in order */
  for (guint i = 0; i < self->page_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->page_rows, i);
      if (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) == GTK_WIDGET (self->findings_group)
          && n++ == index)
        return row;
    }
  return NULL;
}

/* The text of summary card @index (0–3) and of the findings' description. */
const char *
kj_plan_page_get_summary_text (KjPlanPage *self,
                               guint       index)
{
  GtkWidget *card;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  flush_update (self);
  if (index == G_MAXUINT)
    return adw_preferences_group_get_description (self->findings_group);
  card = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box));
  for (guint i = 0; card && i < index; i++)
    card = gtk_widget_get_next_sibling (card);
  return card ? gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (card))) : NULL;
}

/* Returns: (transfer none): the page's scrolled window */
GtkScrolledWindow *
kj_plan_page_get_scroller (KjPlanPage *self)
{
  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  return self->plan_scroller;
}
