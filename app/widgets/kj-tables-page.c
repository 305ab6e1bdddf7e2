/* kj-tables-page.c: the plan's tables: an indicator's breakdown, the budget,
 * spending, outputs (RO), the work plan as a tree and the context tables,
 * one at a time, chosen in a drop-down
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are copies of the plan's typed view (kj-tables-page-rows.c),
 * made again after every change of the plan; the column view keeps its
 * columns and its sorting while the table shown stays the same.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "io/kj-plan-io.h"
#include "widgets/kj-tables-page-private.h"

G_DEFINE_FINAL_TYPE (KjTablesPage, kj_tables_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PLAN,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ── what is offered ────────────────────────────────────────────────────── */

static gboolean
has_breakdown (KjIndicator *ind)
{
  GPtrArray *years = kj_indicator_get_breakdown_years (ind);
  return years && years->len > 0;
}

static gboolean
has_items (GPtrArray *years,
           int        year)
{
  KjYearItems *items = years ? kj_year_items_find (years, year) : NULL;

  return items && items->items->len > 0;
}

/* Whether table @kind of the plan has rows for the page's year. */
static gboolean
table_has_data (KjTablesPage *self,
                KjTableKind   kind)
{
  GPtrArray *indicators;

  if (self->plan == NULL)
    return FALSE;
  switch (kind)
    {
    case KJ_TABLE_BREAKDOWN:
      indicators = kj_plan_get_indicators (self->plan);
      for (guint i = 0; i < indicators->len; i++)
        {
          GPtrArray *rows = kj_indicator_get_breakdown (g_ptr_array_index (indicators, i), self->year);
          if (rows && rows->len > 0)
            return TRUE;
        }
      return FALSE;
    case KJ_TABLE_BUDGET:
      return has_items (kj_plan_get_budget (self->plan), self->year);
    case KJ_TABLE_SPENDING:
      return has_items (kj_plan_get_spending (self->plan), self->year);
    case KJ_TABLE_OUTPUTS:
      return has_items (kj_plan_get_outputs (self->plan), self->year);
    case KJ_TABLE_WORKPLAN:
      return has_items (kj_plan_get_workplan (self->plan), self->year);
    case KJ_TABLE_CONTEXT:
    case KJ_N_TABLES:
    default:
      return kj_plan_get_context (self->plan)->len > 0;
    }
}

gboolean
_kj_tables_plan_has_tables (KjTablesPage *self)
{
  for (guint k = 0; k < KJ_N_TABLES; k++)
    if (table_has_data (self, k))
      return TRUE;
  return FALSE;
}

/* Until the user chooses a table, the page shows the first that has rows
 * for the plan and year shown: the budget, spending, outputs, work plan,
 * breakdowns, context tables (the budget when none has).  A table chosen
 * stays chosen while it has rows in the plans shown. */
static void
choose_table (KjTablesPage *self)
{
  static const KjTableKind order[] = {
    KJ_TABLE_BUDGET, KJ_TABLE_SPENDING, KJ_TABLE_OUTPUTS, KJ_TABLE_WORKPLAN, KJ_TABLE_BREAKDOWN, KJ_TABLE_CONTEXT
  };
  KjTableKind kind = KJ_TABLE_BUDGET;

  if (self->plan == NULL || (self->chosen && table_has_data (self, self->table)))
    return;
  self->chosen = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (table_has_data (self, order[i]))
      {
        kind = order[i];
        break;
      }
  if (kind == self->table)
    return;
  self->table = kind;
  g_clear_pointer (&self->source, g_free);
  g_signal_handlers_block_matched (self->table_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_selected (self->table_dropdown, self->table);
  g_signal_handlers_unblock_matched (self->table_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

/* The indicators with a breakdown, or the context tables, in the second
 * drop-down; the one shown stays chosen while it is there. */
static void
update_sources (KjTablesPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) ids = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION, first_with_year = GTK_INVALID_LIST_POSITION;
  gboolean shown = self->table == KJ_TABLE_BREAKDOWN || self->table == KJ_TABLE_CONTEXT;

  if (self->plan && self->table == KJ_TABLE_BREAKDOWN)
    {
      GPtrArray *indicators = kj_plan_get_indicators (self->plan);
      for (guint i = 0; i < indicators->len; i++)
        {
          KjIndicator *ind = g_ptr_array_index (indicators, i);
          if (!has_breakdown (ind))
            continue;
          if (g_strcmp0 (kj_indicator_get_id (ind), self->source) == 0)
            selected = g_list_model_get_n_items (G_LIST_MODEL (ids));
          if (first_with_year == GTK_INVALID_LIST_POSITION && kj_indicator_get_breakdown (ind, self->year))
            first_with_year = g_list_model_get_n_items (G_LIST_MODEL (ids));
          gtk_string_list_append (ids, kj_indicator_get_id (ind));
          gtk_string_list_append (names, kj_indicator_get_name (ind));
        }
    }
  else if (self->plan && self->table == KJ_TABLE_CONTEXT)
    {
      GPtrArray *tables = kj_plan_get_context (self->plan);
      for (guint i = 0; i < tables->len; i++)
        {
          KjContextTable *t = g_ptr_array_index (tables, i);
          if (g_strcmp0 (t->id, self->source) == 0)
            selected = i;
          gtk_string_list_append (ids, t->id);
          gtk_string_list_append (names, t->title ? t->title : t->id);
        }
    }
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = first_with_year != GTK_INVALID_LIST_POSITION ? first_with_year : 0;
  g_free (self->source);
  self->source = selected < g_list_model_get_n_items (G_LIST_MODEL (ids))
                 ? g_strdup (gtk_string_list_get_string (ids, selected)) : NULL;
  g_set_object (&self->sources, ids);
  g_signal_handlers_block_matched (self->source_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->source_dropdown, self->source ? selected : GTK_INVALID_LIST_POSITION);
  g_signal_handlers_unblock_matched (self->source_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_widget_set_visible (GTK_WIDGET (self->source_dropdown), shown && self->source != NULL);
}

static void
update_status (KjTablesPage *self,
               guint         n)
{
  g_autofree char *what = NULL;
  g_autoptr(GString) status = g_string_new (NULL);

  if (self->plan == NULL)
    {
      gtk_label_set_text (self->status_label, "");
      return;
    }
  if (self->read_only)
    g_string_append (status, _("Read-only file: save a copy to change it"));
  else if (n > 0)
    /* Translators: how many rows a table shows */
    g_string_append_printf (status, g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n), n);
  gtk_label_set_text (self->status_label, status->str);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            !self->read_only
                            && ((self->table != KJ_TABLE_BREAKDOWN && self->table != KJ_TABLE_CONTEXT)
                                || self->source != NULL));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");
  if (n == 0)
    {
      switch (self->table)
        {
        case KJ_TABLE_BREAKDOWN:
          what = self->source ? g_strdup_printf (_("No breakdown of this indicator for %d"), self->year)
                              : g_strdup (_("No indicator of this plan is broken down by area"));
          break;
        case KJ_TABLE_BUDGET:
          what = g_strdup_printf (_("No budget for %d"), self->year);
          break;
        case KJ_TABLE_SPENDING:
          what = g_strdup_printf (_("No spending by type for %d"), self->year);
          break;
        case KJ_TABLE_OUTPUTS:
          what = g_strdup_printf (_("No outputs (RO) for %d"), self->year);
          break;
        case KJ_TABLE_WORKPLAN:
          what = g_strdup_printf (_("No work plan for %d"), self->year);
          break;
        case KJ_TABLE_CONTEXT:
        case KJ_N_TABLES:
        default:
          what = g_strdup (self->source ? _("This table has no rows") : _("No context tables in this plan"));
          break;
        }
      if (!_kj_tables_plan_has_tables (self))
        {
          /* nothing anywhere: say so once, with what can be made here */
          g_free (what);
          what = g_strdup_printf (_("This plan has no tables for %d"), self->year);
          adw_status_page_set_title (self->empty_page, what);
          adw_status_page_set_description (self->empty_page,
                                           self->read_only ? NULL
                                           : _("Choose Budget, Spending, Outputs (RO) or Work plan above and "
                                               "add its first row with the + button."));
          return;
        }
      adw_status_page_set_title (self->empty_page, what);
      adw_status_page_set_description (self->empty_page,
                                       self->read_only || (self->table == KJ_TABLE_CONTEXT && self->source == NULL)
                                       || (self->table == KJ_TABLE_BREAKDOWN && self->source == NULL)
                                       ? NULL : _("Add a row with the + button"));
    }
}

static guint
count_rows (GListModel *rows)
{
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0, len = n; i < len; i++)
    {
      g_autoptr(KjTableRow) row = g_list_model_get_item (rows, i);
      n += row->n_below;
    }
  return n;
}

/* The rows again from the plan as it is now. */
static void
refill_now (KjTablesPage *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(KjTableRow) total = NULL;

  GtkSorter *sorter = self->view ? gtk_column_view_get_sorter (self->view) : NULL;

  _kj_tables_fill (self, rows, &total);
  /* the figures sorted by may have changed */
  if (_kj_tables_update_in_place (self, rows) > 0 && sorter
      && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  g_list_store_remove_all (self->totals);
  if (total)
    g_list_store_append (self->totals, total);
  _kj_tables_fit_figures (self);
  update_status (self, count_rows (G_LIST_MODEL (self->rows)));
}

/* A page not in sight makes nothing: what it shows is made when it is shown,
 * or asked for (_kj_tables_ensure()). */

/* Another table: other columns. */
static void
rebuild (KjTablesPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = self->stale = FALSE;
  update_sources (self);
  _kj_tables_build_view (self);
  refill_now (self);
}

/* The same table of a changed plan or another year: other rows, the same
 * columns (and their sorting) unless the plan's change took the table. */
static void
refill (KjTablesPage *self)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_autofree char *source = g_strdup (self->source);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  update_sources (self);
  columns = _kj_tables_columns (self);
  if (self->columns == NULL || g_strcmp0 (source, self->source) != 0 || columns->len != self->columns->len)
    _kj_tables_build_view (self);
  refill_now (self);
}

void
_kj_tables_ensure (KjTablesPage *self)
{
  if (self->dirty)
    {
      self->dirty = self->stale = FALSE;
      update_sources (self);
      _kj_tables_build_view (self);
      refill_now (self);
    }
  else if (self->stale)
    {
      g_autoptr(GPtrArray) columns = NULL;
      g_autofree char *source = g_strdup (self->source);

      self->stale = FALSE;
      update_sources (self);
      columns = _kj_tables_columns (self);
      if (self->columns == NULL || g_strcmp0 (source, self->source) != 0 || columns->len != self->columns->len)
        _kj_tables_build_view (self);
      refill_now (self);
    }
}

static void
plan_changed_cb (KjPlan       *plan,
                 KjEdit       *edit,
                 KjTablesPage *self)
{
  refill (self);
}

/* The page asks for no more width than it needs: a wide table scrolls, and
 * the window's other pages (which share its width) are laid out as before. */
static void
kj_tables_page_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  GTK_WIDGET_CLASS (kj_tables_page_parent_class)->measure (widget, orientation, for_size, minimum, natural,
                                                           minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = *minimum;
}

static void
kj_tables_page_map (GtkWidget *widget)
{
  _kj_tables_ensure (KJ_TABLES_PAGE (widget));
  GTK_WIDGET_CLASS (kj_tables_page_parent_class)->map (widget);
}

/* ── the drop-downs and buttons ─────────────────────────────────────────── */

static void
table_selected_cb (KjTablesPage *self)
{
  guint pos = gtk_drop_down_get_selected (self->table_dropdown);

  if (pos < KJ_N_TABLES)
    kj_tables_page_set_table (self, pos);
}

static void
source_selected_cb (KjTablesPage *self)
{
  guint pos = gtk_drop_down_get_selected (self->source_dropdown);

  if (self->sources && pos < g_list_model_get_n_items (G_LIST_MODEL (self->sources)))
    kj_tables_page_set_source (self, gtk_string_list_get_string (self->sources, pos));
}

/* ── GObject ────────────────────────────────────────────────────────────── */

static void
kj_tables_page_dispose (GObject *object)
{
  KjTablesPage *self = KJ_TABLES_PAGE (object);

  if (self->plan)
    g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  _kj_tables_dispose_edit (self);
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KJ_TYPE_TABLES_PAGE);
  G_OBJECT_CLASS (kj_tables_page_parent_class)->dispose (object);
}

static void
kj_tables_page_finalize (GObject *object)
{
  KjTablesPage *self = KJ_TABLES_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->tree);
  g_clear_object (&self->rows);
  g_clear_object (&self->totals);
  g_clear_object (&self->sources);
  g_clear_object (&self->low);
  g_clear_object (&self->high);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_free (self->source);
  G_OBJECT_CLASS (kj_tables_page_parent_class)->finalize (object);
}

static void
kj_tables_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KjTablesPage *self = KJ_TABLES_PAGE (object);

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
kj_tables_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KjTablesPage *self = KJ_TABLES_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      kj_tables_page_set_plan (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      kj_tables_page_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kj_tables_page_class_init (KjTablesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kj_tables_page_dispose;
  object_class->finalize = kj_tables_page_finalize;
  object_class->get_property = kj_tables_page_get_property;
  object_class->set_property = kj_tables_page_set_property;
  widget_class->map = kj_tables_page_map;
  widget_class->measure = kj_tables_page_measure;
  _kj_tables_class_init_clip (widget_class);
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, KJ_TYPE_PLAN, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kj-tables-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KjTablesPage, table_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KjTablesPage, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KjTablesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, KjTablesPage, remove_button);
  gtk_widget_class_bind_template_child (widget_class, KjTablesPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, KjTablesPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KjTablesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KjTablesPage, empty_page);
}

/* A long indicator or table title ends in "…" in the button (the page,
 * and so the window, is no wider for it); the list shows it whole. */
static void
setup_source_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  button)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (button)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
    }
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_source_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  data)
{
  GtkStringObject *name = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (name));
}

static GtkListItemFactory *
source_factory (gboolean button)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_source_cb), GINT_TO_POINTER (button));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_source_cb), NULL);
  return factory;
}

static void
kj_tables_page_init (KjTablesPage *self)
{
  g_autoptr(GtkListItemFactory) button = source_factory (TRUE);
  g_autoptr(GtkListItemFactory) list = source_factory (FALSE);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_factory (self->source_dropdown, button);
  gtk_drop_down_set_list_factory (self->source_dropdown, list);
  self->rows = g_list_store_new (KJ_TYPE_TABLE_ROW);
  self->totals = g_list_store_new (KJ_TYPE_TABLE_ROW);
  self->low = _kj_table_row_new (0);
  self->low->sentinel = -1;
  self->high = _kj_table_row_new (0);
  self->high->sentinel = 1;
  self->table = KJ_TABLE_BUDGET;
  for (guint k = 0; k < KJ_N_TABLES; k++)
    gtk_string_list_append (kinds, _kj_tables_kind_name (k));
  gtk_drop_down_set_model (self->table_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (self->table_dropdown, self->table);
  g_signal_connect_object (self->table_dropdown, "notify::selected", G_CALLBACK (table_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source_dropdown, "notify::selected", G_CALLBACK (source_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (_kj_tables_add_clicked), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->remove_button, "clicked", G_CALLBACK (_kj_tables_remove_clicked), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
}

/* ── public ─────────────────────────────────────────────────────────────── */

KjPlan *
kj_tables_page_get_plan (KjTablesPage *self)
{
  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  return self->plan;
}

void
kj_tables_page_set_plan (KjTablesPage *self,
                         KjPlan       *plan)
{
  GFile *file;

  g_return_if_fail (KJ_IS_TABLES_PAGE (self));
  g_return_if_fail (plan == NULL || KJ_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->plan)
    g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  if (plan)
    self->changed_id = g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, 0);
  /* the bundled samples are edited as anyone's files, and saved as copies */
  file = plan ? kj_plan_get_file (plan) : NULL;
  self->read_only = file && !g_file_has_uri_scheme (file, "resource") && kj_plan_is_read_only (plan);
  choose_table (self);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

int
kj_tables_page_get_year (KjTablesPage *self)
{
  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), 0);
  return self->year;
}

void
kj_tables_page_set_year (KjTablesPage *self,
                         int           year)
{
  g_return_if_fail (KJ_IS_TABLES_PAGE (self));

  if (self->year == year)
    return;
  self->year = year;
  if (!self->chosen)
    {
      KjTableKind was = self->table;

      choose_table (self);
      if (self->table != was)
        {
          rebuild (self);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
          return;
        }
    }
  refill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

KjTableKind
kj_tables_page_get_table (KjTablesPage *self)
{
  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), KJ_TABLE_BUDGET);
  return self->table;
}

void
kj_tables_page_set_table (KjTablesPage *self,
                          KjTableKind   table)
{
  g_return_if_fail (KJ_IS_TABLES_PAGE (self));
  g_return_if_fail (table < KJ_N_TABLES);

  /* the user's choice: kept for this plan, whatever the year */
  self->chosen = TRUE;
  if (self->table == table)
    return;
  self->table = table;
  g_clear_pointer (&self->source, g_free);
  gtk_drop_down_set_selected (self->table_dropdown, table);
  rebuild (self);
}

/* Returns: (nullable): the indicator of the breakdown, or the context table, shown */
const char *
kj_tables_page_get_source (KjTablesPage *self)
{
  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  _kj_tables_ensure (self);
  return self->source;
}

/**
 * kj_tables_page_set_source:
 * @id: an indicator's id (breakdown) or a context table's id
 * Returns: %FALSE when the plan has no such breakdown or table
 */
gboolean
kj_tables_page_set_source (KjTablesPage *self,
                           const char   *id)
{
  guint n;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), FALSE);
  _kj_tables_ensure (self);

  if (self->sources == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->sources, i), id) == 0)
      {
        if (g_strcmp0 (self->source, id) != 0)
          {
            g_free (self->source);
            self->source = g_strdup (id);
            rebuild (self);
          }
        return TRUE;
      }
  return FALSE;
}

GtkColumnView *
kj_tables_page_get_view (KjTablesPage *self)
{
  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  _kj_tables_ensure (self);
  return self->view;
}

gboolean
kj_tables_page_is_read_only (KjTablesPage *self)
{
  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), TRUE);
  return self->plan == NULL || self->read_only;
}

guint
kj_tables_page_get_n_rows (KjTablesPage *self)
{
  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), 0);
  _kj_tables_ensure (self);
  return self->selection ? g_list_model_get_n_items (G_LIST_MODEL (self->selection)) : 0;
}

/* Returns: (transfer full) (nullable): the key of the row shown at @row ("" for totals) */
char *
kj_tables_page_get_row_key (KjTablesPage *self,
                            guint         row)
{
  KjTableRow *r;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  _kj_tables_ensure (self);
  r = _kj_tables_row_at (self, row);
  return r ? g_strdup (r->key) : NULL;
}

/**
 * kj_tables_page_get_text:
 * @column: a column's id: "allocation", a context table's "2"
 * Returns: (transfer full) (nullable): the text shown in a cell (markup for a category)
 */
char *
kj_tables_page_get_text (KjTablesPage *self,
                         guint         row,
                         const char   *column)
{
  KjTableRow *r;
  int c;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), NULL);
  _kj_tables_ensure (self);
  r = _kj_tables_row_at (self, row);
  c = _kj_tables_column_index (self, column);
  if (r == NULL || c < 0 || (guint) c >= r->n)
    return NULL;
  return g_strdup (r->text[c]);
}

/* Returns: the position shown of the row of @key, or -1 */
int
kj_tables_page_find_row (KjTablesPage *self,
                         const char   *key)
{
  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), -1);
  _kj_tables_ensure (self);

  for (guint i = 0; i < kj_tables_page_get_n_rows (self); i++)
    {
      KjTableRow *r = _kj_tables_row_at (self, i);
      if (r && g_strcmp0 (r->key, key) == 0)
        return i;
    }
  return -1;
}

/* Returns: whether the cells of @column are typed into (not computed, not a key) */
gboolean
kj_tables_page_is_editable (KjTablesPage *self,
                            const char   *column)
{
  int c;

  g_return_val_if_fail (KJ_IS_TABLES_PAGE (self), FALSE);
  _kj_tables_ensure (self);
  c = _kj_tables_column_index (self, column);
  if (c < 0 || kj_tables_page_is_read_only (self))
    return FALSE;
  return ((KjTableColumn *) g_ptr_array_index (self->columns, c))->type == KJ_COLUMN_TEXT
         || ((KjTableColumn *) g_ptr_array_index (self->columns, c))->type == KJ_COLUMN_NUMBER;
}
