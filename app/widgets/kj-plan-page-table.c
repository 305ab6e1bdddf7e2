/* kj-plan-page-table.c: the overview's indicator table: columns that sort,
 * values in the indicator's one precision, categories named by their scale
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "model/kj-checks.h"
#include "model/kj-format.h"
#include "widgets/kj-narrative-dialog.h"
#include "widgets/kj-plan-page-private.h"

typedef KjPlanColumn Column;
#define COLUMN_NAME        KJ_PLAN_COLUMN_NAME
#define COLUMN_TARGET      KJ_PLAN_COLUMN_TARGET
#define COLUMN_REALIZATION KJ_PLAN_COLUMN_REALIZATION
#define COLUMN_ACHIEVEMENT KJ_PLAN_COLUMN_ACHIEVEMENT
#define COLUMN_CATEGORY    KJ_PLAN_COLUMN_CATEGORY

/* ── rows ────────────────────────────────────────────────────────────────
 * The table's rows are lasting objects that point at the plan's indicator
 * of that id: an edit makes the plan's indicators again, and the rows are
 * pointed at the new ones and their cells bound again, instead of every row
 * being made again (which was most of what an edit cost). */

#define KJ_TYPE_INDICATOR_ROW (kj_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (KjIndicatorRow, kj_indicator_row, KJ, INDICATOR_ROW, GObject)

struct _KjIndicatorRow
{
  GObject      parent_instance;
  KjIndicator *indicator;
  char        *id;          /* its own copy: a replaced view's texts are freed */
};

G_DEFINE_FINAL_TYPE (KjIndicatorRow, kj_indicator_row, G_TYPE_OBJECT)

static void
kj_indicator_row_finalize (GObject *object)
{
  g_clear_object (&KJ_INDICATOR_ROW (object)->indicator);
  g_free (KJ_INDICATOR_ROW (object)->id);
  G_OBJECT_CLASS (kj_indicator_row_parent_class)->finalize (object);
}

static void
kj_indicator_row_class_init (KjIndicatorRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kj_indicator_row_finalize;
}

static void
kj_indicator_row_init (KjIndicatorRow *self)
{
}

/* Returns: (transfer none) (nullable): the indicator of a table row */
KjIndicator *
_kj_plan_page_row_indicator (gpointer row)
{
  return row ? KJ_INDICATOR_ROW (row)->indicator : NULL;
}

static gpointer
row_to_indicator (gpointer row,
                  gpointer user_data)
{
  KjIndicator *ind = KJ_INDICATOR_ROW (row)->indicator;

  g_object_unref (row);
  return g_object_ref (ind);
}

/**
 * _kj_plan_page_set_indicators:
 * The table shows @indicators: the rows are kept when the ids are the same,
 * in the same order (an edit), and made again otherwise.
 */
void
_kj_plan_page_set_indicators (KjPlanPage *self,
                              GPtrArray  *indicators)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  gboolean same = n == indicators->len && n > 0;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(KjIndicatorRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      same = g_strcmp0 (row->id, kj_indicator_get_id (g_ptr_array_index (indicators, i))) == 0;
    }
  if (same)
    {
      GHashTableIter iter;
      gpointer item, column;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KjIndicatorRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
          g_set_object (&row->indicator, g_ptr_array_index (indicators, i));
        }
      /* the models of indicators (not of rows) map again */
      gtk_map_list_model_set_map_func (GTK_MAP_LIST_MODEL (self->indicators), row_to_indicator, NULL, NULL);
      gtk_map_list_model_set_map_func (GTK_MAP_LIST_MODEL (self->sorted), row_to_indicator, NULL, NULL);
      g_hash_table_iter_init (&iter, self->bound_items);
      while (g_hash_table_iter_next (&iter, &item, &column))
        _kj_plan_page_bind_item (self, item, GPOINTER_TO_INT (column));
      return;
    }
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < indicators->len; i++)
      {
        KjIndicatorRow *row = g_object_new (KJ_TYPE_INDICATOR_ROW, NULL);
        row->indicator = g_object_ref (g_ptr_array_index (indicators, i));
        row->id = g_strdup (kj_indicator_get_id (row->indicator));
        g_ptr_array_add (rows, row);
      }
    g_list_store_splice (self->rows, 0, n, rows->pdata, rows->len);
  }
}

/* "Value on Indeks Ketahanan Diri Remaja (Dektari); achievement on …" */
static char *
category_tooltip (KjIndicator       *ind,
                  const KjYearValue *v)
{
  g_autoptr(GString) text = g_string_new (NULL);
  KjScale *value_scale = kj_indicator_get_value_scale (ind);
  KjScale *capaian = kj_plan_get_scale (kj_indicator_get_plan (ind), "capaian");

  if (value_scale)
    /* Translators: which scale the first category of a table cell comes from */
    g_string_append_printf (text, _("Value on the scale %s"), kj_scale_get_name (value_scale));
  if (capaian)
    {
      if (text->len)
        g_string_append (text, "\n");
      g_string_append_printf (text, _("Achievement on the scale %s"), kj_scale_get_name (capaian));
    }
  if (v && v->reported_category)
    {
      const char *computed = kj_indicator_get_category (ind, v->year, NULL);
      if (computed == NULL || g_utf8_collate (v->reported_category, computed) != 0)
        {
          if (text->len)
            g_string_append (text, "\n");
          g_string_append_printf (text, _("The document prints “%s”"), v->reported_category);
        }
    }
  return g_string_free (g_steal_pointer (&text), text->len == 0);
}

/* Tooltips are given when asked for: setting a tooltip's text on a shown
 * widget asks the display where the pointer is, a round trip to the X
 * server for every cell. */
#define CELL_TOOLTIP "kj-tooltip"

static gboolean
cell_query_tooltip_cb (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip)
{
  const char *text = g_object_get_data (G_OBJECT (cell), CELL_TOOLTIP);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_cell_tooltip (GtkWidget  *cell,
                  const char *text)
{
  g_object_set_data_full (G_OBJECT (cell), CELL_TOOLTIP, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (cell, text != NULL);
}

/* A missed target with no obstacle written is offered an explanation. */
static void
update_analysis_button (KjPlanPage        *self,
                        GtkWidget         *button,
                        KjIndicator       *ind,
                        const KjYearValue *v)
{
  double a = NAN;
  gboolean missed = v && kj_indicator_get_achievement (ind, self->year, &a) && a < 100;
  gboolean explained = v && v->narrative && v->narrative->obstacles && v->narrative->obstacles[0];
  gboolean written = v && v->narrative;

  if (missed && !explained)
    {
      gtk_button_set_label (GTK_BUTTON (button), _("Explain…"));
      gtk_widget_add_css_class (button, "kj-explain");
      set_cell_tooltip (button, _("The target was missed and no obstacle is written: write why"));
    }
  else
    {
      gtk_button_set_icon_name (GTK_BUTTON (button), written ? "document-edit-symbolic" : "list-add-symbolic");
      gtk_widget_remove_css_class (button, "kj-explain");
      set_cell_tooltip (button, written ? _("Edit the Analysis") : _("Write the Analysis"));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  written ? _("Edit the Analysis") : _("Write the Analysis"), -1);
}

static void
analysis_clicked_cb (GtkButton  *button,
                     KjPlanPage *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "kj-item");
  KjIndicator *ind = item ? _kj_plan_page_row_indicator (gtk_list_item_get_item (item)) : NULL;

  if (ind)
    kj_plan_page_edit_analysis (self, kj_indicator_get_id (ind));
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            KjPlanPage               *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "kj-column"));
  GtkWidget *label;

  if (column == COLUMN_TARGET || column == COLUMN_REALIZATION)
    {
      /* typed into (kj-plan-page-edit.c) */
      label = _kj_plan_page_new_value_cell (self, item, column);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
      gtk_list_item_set_child (item, label);
      return;
    }
  label = gtk_label_new (NULL);

  if (column == COLUMN_NAME)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *sub = gtk_label_new (NULL);

      int two_lines;
      PangoLayout *layout;

      /* Every row is as tall as two lines of name: a list view sizes itself
       * from the rows it has measured, and rows taller than those (a name
       * that wraps to three lines in a narrower column) left the last
       * indicators hidden under the table's end.  A longer name ends in
       * "…"; the tooltip has it whole. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      layout = gtk_widget_create_pango_layout (label, "Ag\nAg");
      pango_layout_get_pixel_size (layout, NULL, &two_lines);
      g_object_unref (layout);
      gtk_widget_set_size_request (label, -1, two_lines);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_widget_add_css_class (sub, "caption");
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), sub);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_hexpand (box, TRUE);
      g_signal_connect (box, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
      {
        /* the year's analysis: written here (kj-narrative-dialog.c) */
        GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        GtkWidget *analysis = gtk_button_new ();

        gtk_widget_set_valign (analysis, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (analysis, "flat");
        gtk_widget_add_css_class (analysis, "kj-analysis");
        g_object_set_data (G_OBJECT (analysis), "kj-item", item);
        g_signal_connect_object (analysis, "clicked", G_CALLBACK (analysis_clicked_cb), self, 0);
        g_signal_connect (analysis, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
        gtk_box_append (GTK_BOX (row), box);
        gtk_box_append (GTK_BOX (row), analysis);
        gtk_list_item_set_child (item, row);
      }
      return;
    }
  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_CATEGORY ? 0 : 1);
  if (column != COLUMN_CATEGORY)
    gtk_widget_add_css_class (label, "numeric");
  /* the last column's text keeps clear of the card's edge */
  if (column == COLUMN_CATEGORY)
    gtk_widget_set_margin_end (label, 12);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

/* Binds @item's cell of @column to its row's indicator (again after an edit). */
void
_kj_plan_page_bind_item (KjPlanPage  *self,
                         GtkListItem *item,
                         Column       column)
{
  KjIndicator *ind = _kj_plan_page_row_indicator (gtk_list_item_get_item (item));
  const KjYearValue *v = kj_indicator_get_year (ind, self->year);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = NULL, *tooltip = NULL;
  double achievement;

  switch (column)
    {
    case COLUMN_NAME:
      {
        GtkWidget *box = gtk_widget_get_first_child (child);
        GtkWidget *title = gtk_widget_get_first_child (box);
        GtkWidget *sub = gtk_widget_get_next_sibling (title);
        GtkWidget *analysis = gtk_widget_get_next_sibling (box);
        const char *unit = kj_indicator_get_unit (ind);

        GPtrArray *rows = kj_indicator_get_breakdown (ind, self->year);
        GString *s = g_string_new (kj_indicator_get_id (ind));

        gtk_label_set_text (GTK_LABEL (title), kj_indicator_get_name (ind));
        /* so that a finding can find its indicator's row */
        g_object_set_data (G_OBJECT (child), "kj-indicator", ind);
        if (unit)
          g_string_append_printf (s, " · %s", unit);
        if (rows && rows->len > 0)
          {
            /* Translators: how many kabupaten/kota or satker rows a breakdown has */
            g_autofree char *areas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "broken down over %u area",
                                                                   "broken down over %u areas",
                                                                   rows->len), rows->len);
            g_string_append_printf (s, " · %s", areas);
          }
        text = g_string_free (s, FALSE);
        gtk_label_set_text (GTK_LABEL (sub), text);
        {
          /* the whole name (it may end in "…"), and the sasaran it serves */
          g_autofree char *tip = kj_indicator_get_sasaran (ind)
                                 ? g_strdup_printf ("%s\n%s", kj_indicator_get_name (ind),
                                                    kj_indicator_get_sasaran (ind))
                                 : g_strdup (kj_indicator_get_name (ind));
          set_cell_tooltip (box, tip);
        }
        update_analysis_button (self, analysis, ind, v);
        return;
      }
    case COLUMN_TARGET:
      text = kj_indicator_format_value (ind, v ? v->target : NAN);
      break;
    case COLUMN_REALIZATION:
      text = kj_indicator_format_value (ind, v ? v->realization : NAN);
      if (v && v->note)
        tooltip = g_strdup (v->note);
      break;
    case COLUMN_ACHIEVEMENT:
      kj_indicator_get_achievement (ind, self->year, &achievement);
      text = kj_format_percent (achievement, 2);
      if (v && kj_has (v->reported_achievement) && kj_has (achievement)
          && kj_printed_value_differs (v->reported_achievement, achievement))
        {
          g_autofree char *printed = kj_format_percent (v->reported_achievement,
                                                        kj_printed_decimals (v->reported_achievement));
          g_autofree char *plain = g_steal_pointer (&text);
          /* Translators: the document printed another achievement than computed */
          tooltip = g_strdup_printf (_("The document prints %s"), printed);
          text = g_strdup_printf ("%s ⚠", plain);
        }
      break;
    case COLUMN_CATEGORY:
    default:
      {
        /* each category says which scale it comes from; colour is never the only cue */
        g_autofree char *markup = v ? kj_indicator_describe_category (ind, self->year, TRUE)
                                    : g_strdup ("–");
        gboolean differs = FALSE;

        if (v && v->reported_category)
          {
            const char *computed = kj_indicator_get_category (ind, self->year, NULL);
            differs = computed == NULL || g_utf8_collate (v->reported_category, computed) != 0;
          }
        if (differs)
          {
            g_autofree char *plain = g_steal_pointer (&markup);
            markup = g_strdup_printf ("%s ⚠", plain);
          }
        gtk_label_set_markup (GTK_LABEL (child), markup);
        tooltip = v ? category_tooltip (ind, v) : NULL;
        set_cell_tooltip (child, tooltip);
        return;
      }
    }
  if (column == COLUMN_TARGET || column == COLUMN_REALIZATION)
    _kj_plan_page_bind_value_cell (self, child, text);
  else
    gtk_label_set_text (GTK_LABEL (child), text);
  set_cell_tooltip (child, tooltip);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KjPlanPage               *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "kj-column"));

  g_hash_table_insert (self->bound_items, item, GINT_TO_POINTER (column));
  _kj_plan_page_bind_item (self, item, column);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             KjPlanPage               *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "kj-column"));

  if (self->bound_items)
    g_hash_table_remove (self->bound_items, item);

  if (column == COLUMN_TARGET || column == COLUMN_REALIZATION)
    _kj_plan_page_unbind_value_cell (self, gtk_list_item_get_child (item));
}

/* Absent values sort last, whichever way the column is sorted. */
static int
compare_values (double a,
                double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) - isnan (b);
  return (a > b) - (a < b);
}

static double
column_value (KjPlanPage  *self,
              KjIndicator *ind,
              Column       column)
{
  const KjYearValue *v = kj_indicator_get_year (ind, self->year);
  double a = NAN;

  switch (column)
    {
    case COLUMN_TARGET:
      return v ? v->target : NAN;
    case COLUMN_REALIZATION:
      return v ? v->realization : NAN;
    case COLUMN_ACHIEVEMENT:
    case COLUMN_CATEGORY:
      /* categories follow the achievement's band order */
      kj_indicator_get_achievement (ind, self->year, &a);
      return a;
    case COLUMN_NAME:
    default:
      return NAN;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GtkCustomSorter *sorter = user_data;
  KjPlanPage *self = g_object_get_data (G_OBJECT (sorter), "kj-page");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (sorter), "kj-column"));
  KjIndicator *x = _kj_plan_page_row_indicator ((gpointer) a), *y = _kj_plan_page_row_indicator ((gpointer) b);
  int order;

  if (column == COLUMN_NAME)
    order = g_utf8_collate (kj_indicator_get_name (x), kj_indicator_get_name (y));
  else
    order = compare_values (column_value (self, x, column), column_value (self, y, column));
  /* ties keep the file's order */
  return order ? order : (int) kj_indicator_get_index (x) - (int) kj_indicator_get_index (y);
}

static void
add_column (KjPlanPage *self,
            Column      column,
            const char *title,
            gboolean    expand)
{
  GtkCustomSorter *sorter;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *c;

  g_object_set_data (G_OBJECT (factory), "kj-column", GINT_TO_POINTER (column));
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cell), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cell), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cell), self, 0);
  c = gtk_column_view_column_new (title, factory);
  /* the sorter's data is the page: it lives no longer than the table */
  sorter = gtk_custom_sorter_new (compare_rows, NULL, NULL);
  gtk_custom_sorter_set_sort_func (sorter, compare_rows, sorter, NULL);
  g_object_set_data (G_OBJECT (sorter), "kj-page", self);
  g_object_set_data (G_OBJECT (sorter), "kj-column", GINT_TO_POINTER (column));
  gtk_column_view_column_set_sorter (c, GTK_SORTER (sorter));
  g_object_unref (sorter);
  gtk_column_view_column_set_expand (c, expand);
  gtk_column_view_column_set_resizable (c, TRUE);
  gtk_column_view_append_column (self->indicator_view, c);
  g_object_unref (c);
}

void
_kj_plan_page_init_table (KjPlanPage *self)
{
  self->rows = g_list_store_new (KJ_TYPE_INDICATOR_ROW);
  self->sorted_rows = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                               g_object_ref (gtk_column_view_get_sorter (self->indicator_view)));
  self->bound_items = g_hash_table_new (NULL, NULL);
  /* the same, as models of indicators, for the page's other parts */
  self->indicators = gtk_map_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), row_to_indicator, NULL, NULL);
  self->sorted = gtk_map_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted_rows)), row_to_indicator, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted_rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->indicator_view, GTK_SELECTION_MODEL (self->selection));
  add_column (self, COLUMN_NAME, _("Indicator"), TRUE);
  add_column (self, COLUMN_TARGET, _("Target"), FALSE);
  add_column (self, COLUMN_REALIZATION, _("Realisation"), FALSE);
  add_column (self, COLUMN_ACHIEVEMENT, _("Achievement"), FALSE);
  add_column (self, COLUMN_CATEGORY, _("Category"), FALSE);
}

/* The sorted columns' values are the year's: sort again after a change. */
void
_kj_plan_page_resort (KjPlanPage *self)
{
  /* once, on the view's own sorter: it sorts by the columns clicked */
  gtk_sorter_changed (gtk_column_view_get_sorter (self->indicator_view), GTK_SORTER_CHANGE_DIFFERENT);
}

/* Selects @indicator's row in the table and scrolls the page to it. */
void
_kj_plan_page_reveal_indicator (KjPlanPage  *self,
                                KjIndicator *indicator)
{
  GListModel *rows = G_LIST_MODEL (self->sorted);
  GtkWidget *cell = NULL, *content;
  GtkAdjustment *adjustment;
  graphene_point_t at;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjIndicator) row = g_list_model_get_item (rows, i);
      if (row == indicator)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  /* the name cell bound to it: every row is built, the table does not scroll itself */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->indicator_view)); w && !cell;)
    {
      if (g_object_get_data (G_OBJECT (w), "kj-indicator") == indicator)
        cell = w;
      else if (gtk_widget_get_first_child (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w && w != GTK_WIDGET (self->indicator_view) && !gtk_widget_get_next_sibling (w))
            w = gtk_widget_get_parent (w);
          w = w && w != GTK_WIDGET (self->indicator_view) ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  /* the scrolled content's own coordinates: the adjustment's value is one of them */
  content = gtk_widget_get_ancestor (GTK_WIDGET (self->indicator_view), ADW_TYPE_CLAMP);
  adjustment = gtk_scrolled_window_get_vadjustment (self->plan_scroller);
  if (content && gtk_widget_compute_point (cell ? cell : GTK_WIDGET (self->indicator_view), content,
                                           &GRAPHENE_POINT_INIT (0, 0), &at))
    gtk_adjustment_set_value (adjustment, MAX (0, at.y - 48));
}

/**
 * kj_plan_page_edit_analysis:
 * Opens the analysis of an indicator's year (the page's year) for writing.
 * Returns: (transfer none) (nullable): the dialog
 */
GtkWidget *
kj_plan_page_edit_analysis (KjPlanPage *self,
                            const char *indicator_id)
{
  GtkRoot *root;
  KjNarrativeDialog *dialog;

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  if (self->plan == NULL || kj_plan_find_indicator (self->plan, indicator_id) == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = kj_narrative_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->plan,
                                    indicator_id, self->year);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}
