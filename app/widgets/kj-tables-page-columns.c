/* kj-tables-page-columns.c: the tables page's column view: a column per
 * KjTableColumn, each sortable (absent values last, whichever way) and
 * resizable; the work plan as a tree; the totals row after the sorted rows
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "model/kj-format.h"
#include "widgets/kj-tables-page-private.h"

#define COLUMN_INDEX "kj-column-index"

static KjTableRow *
item_row (gpointer item)
{
  if (GTK_IS_TREE_LIST_ROW (item))
    return gtk_tree_list_row_get_item (item);   /* (transfer full) */
  return item ? g_object_ref (item) : NULL;
}

/* Returns: (transfer none) (nullable): the row shown at @position */
KjTableRow *
_kj_tables_row_at (KjTablesPage *self,
                   guint         position)
{
  g_autoptr(GObject) item = NULL;
  g_autoptr(KjTableRow) row = NULL;

  if (self->selection == NULL)
    return NULL;
  item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  row = item_row (item);
  /* the page's stores hold the rows */
  return row;
}

/* ── cells ──────────────────────────────────────────────────────────────── */

#define CELL_PAGE    "kj-page"
#define CELL_ROW     "kj-bound-row"
#define CELL_HANDLER "kj-bound-handler"

/* What @row holds in column @c, in the cell's widget. */
static void
show_row (KjTablesPage *self,
          GtkWidget    *child,
          KjTableRow   *row,
          guint         c)
{
  KjTableColumn *column = g_ptr_array_index (self->columns, c);
  const char *text = c < row->n ? row->text[c] : NULL;

  if (!GTK_IS_LABEL (child))
    {
      _kj_tables_bind_cell (self, child, row, c);
      return;
    }
  if (column->type == KJ_COLUMN_MARKUP)
    gtk_label_set_markup (GTK_LABEL (child), text ? text : KJ_NO_DATA);
  else
    gtk_label_set_text (GTK_LABEL (child), text ? text : (column->numeric ? KJ_NO_DATA : ""));
  if (row->total)
    gtk_widget_add_css_class (child, "heading");
  else
    gtk_widget_remove_css_class (child, "heading");
  if (column->type == KJ_COLUMN_COMPUTED && row->differs)
    gtk_widget_add_css_class (child, "error");
  else
    gtk_widget_remove_css_class (child, "error");
}

/* a row's figures changed in place (kj-tables-page-rows.c) */
static void
row_changed_cb (KjTableRow *row,
                GtkWidget  *child)
{
  KjTablesPage *self = g_object_get_data (G_OBJECT (child), CELL_PAGE);

  show_row (self, child, row, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), COLUMN_INDEX)));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          KjTablesPage             *self)
{
  guint c = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), COLUMN_INDEX));
  KjTableColumn *column = g_ptr_array_index (self->columns, c);
  GtkWidget *child;

  if (column->type == KJ_COLUMN_TEXT || column->type == KJ_COLUMN_NUMBER)
    child = _kj_tables_new_cell (self, item, c);
  else
    {
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), column->numeric ? 1 : 0);
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      if (column->numeric)
        gtk_widget_add_css_class (child, "numeric");
      /* computed: never typed into, and seen to be so */
      gtk_widget_add_css_class (child, column->type == KJ_COLUMN_KEY ? "kj-key" : "kj-computed");
    }
  g_object_set_data (G_OBJECT (child), CELL_PAGE, self);
  g_object_set_data (G_OBJECT (child), COLUMN_INDEX, GUINT_TO_POINTER (c));
  /* the tree in the names: most nodes above the komponen have no code */
  if (c == 1 && self->table == KJ_TABLE_WORKPLAN)
    {
      GtkWidget *expander = gtk_tree_expander_new ();
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), child);
      child = expander;
    }
  gtk_list_item_set_child (item, child);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         KjTablesPage             *self)
{
  guint c = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), COLUMN_INDEX));
  gpointer it = gtk_list_item_get_item (item);
  g_autoptr(KjTableRow) row = item_row (it);
  GtkWidget *child = gtk_list_item_get_child (item);
  gulong handler;

  if (GTK_IS_TREE_EXPANDER (child))
    {
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), GTK_TREE_LIST_ROW (it));
      child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
    }
  if (row == NULL)
    return;
  show_row (self, child, row, c);
  /* an edit changes rows in place: the cell follows */
  handler = g_signal_connect_object (row, "changed", G_CALLBACK (row_changed_cb), child, 0);
  g_object_set_data_full (G_OBJECT (child), CELL_ROW, g_object_ref (row), g_object_unref);
  g_object_set_data (G_OBJECT (child), CELL_HANDLER, GSIZE_TO_POINTER (handler));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KjTablesPage             *self)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_TREE_EXPANDER (child))
    {
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
      child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
    }
  {
    KjTableRow *row = g_object_get_data (G_OBJECT (child), CELL_ROW);
    if (row)
      g_signal_handler_disconnect (row, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (child), CELL_HANDLER)));
    g_object_set_data (G_OBJECT (child), CELL_ROW, NULL);
  }
  if (!GTK_IS_LABEL (child))
    _kj_tables_unbind_cell (self, child);
}

/* ── sorting ────────────────────────────────────────────────────────────── */

/* The column view's sorter inverts a column's order when sorted down: the
 * two sentinel rows, below and above everything, tell which way it sorts. */
static gboolean
sorted_down (KjTablesPage *self)
{
  GtkSorter *sorter = self->view ? gtk_column_view_get_sorter (self->view) : NULL;

  return sorter && gtk_sorter_compare (sorter, self->low, self->high) == GTK_ORDERING_LARGER;
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  GtkCustomSorter *sorter = data;
  KjTablesPage *self = g_object_get_data (G_OBJECT (sorter), "kj-page");
  guint c = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (sorter), COLUMN_INDEX));
  KjTableColumn *column = g_ptr_array_index (self->columns, c);
  const KjTableRow *x = a, *y = b;
  gboolean mx, my;
  int order;

  if (x->sentinel || y->sentinel)
    return (x->sentinel > y->sentinel) - (x->sentinel < y->sentinel);
  if (column->numeric || column->type == KJ_COLUMN_MARKUP)
    {
      double p = c < x->n ? x->number[c] : NAN, q = c < y->n ? y->number[c] : NAN;
      mx = isnan (p);
      my = isnan (q);
      order = mx || my ? 0 : (p > q) - (p < q);
    }
  else
    {
      const char *p = c < x->n ? x->text[c] : NULL, *q = c < y->n ? y->text[c] : NULL;
      mx = p == NULL || *p == '\0';
      my = q == NULL || *q == '\0';
      order = mx || my ? 0 : g_utf8_collate (p, q);
    }
  if (mx != my)
    /* absent last, whichever way the column sorts */
    return (mx ? 1 : -1) * (sorted_down (self) ? -1 : 1);
  /* ties keep the file's order */
  return order ? order : (int) x->index - (int) y->index;
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer data)
{
  KjTableRow *row = item;

  return row->children ? g_object_ref (G_LIST_MODEL (row->children)) : NULL;
}

static void
selection_cb (KjTablesPage *self)
{
  KjTableRow *row = NULL;
  guint pos = gtk_single_selection_get_selected (self->selection);

  if (pos != GTK_INVALID_LIST_POSITION)
    row = _kj_tables_row_at (self, pos);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button),
                            !self->read_only && row && !row->total);
}

/* Makes the column view for the page's table, its columns and models. */
void
_kj_tables_build_view (KjTablesPage *self)
{
  GListStore *parts;
  GListModel *rows;
  GtkSorter *sorter;

  /* the former view lets its rows go before its columns change */
  if (self->view)
    {
      gtk_column_view_set_model (self->view, NULL);
      gtk_scrolled_window_set_child (self->scroller, NULL);
      self->view = NULL;
    }
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->tree);
  if (self->columns)
    g_ptr_array_unref (self->columns);
  self->columns = _kj_tables_columns (self);
  g_list_store_remove_all (self->rows);
  g_list_store_remove_all (self->totals);
  if (self->cells)
    g_hash_table_remove_all (self->cells);

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "kj-table");
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  for (guint c = 0; c < self->columns->len; c++)
    {
      KjTableColumn *column = g_ptr_array_index (self->columns, c);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkCustomSorter *s = gtk_custom_sorter_new (NULL, NULL, NULL);
      GtkColumnViewColumn *vc;
      g_autofree char *title = column->type == KJ_COLUMN_COMPUTED || column->type == KJ_COLUMN_MARKUP
                               /* Translators: the title of a computed (read-only) column */
                               ? g_strdup_printf (_("%s (computed)"), column->title)
                               : g_strdup (column->title);

      g_object_set_data (G_OBJECT (factory), COLUMN_INDEX, GUINT_TO_POINTER (c));
      g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
      g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, 0);
      vc = gtk_column_view_column_new (title, factory);
      g_object_set_data (G_OBJECT (s), "kj-page", self);
      g_object_set_data (G_OBJECT (s), COLUMN_INDEX, GUINT_TO_POINTER (c));
      gtk_custom_sorter_set_sort_func (s, compare_cb, s, NULL);
      gtk_column_view_column_set_sorter (vc, GTK_SORTER (s));
      g_object_unref (s);
      gtk_column_view_column_set_resizable (vc, TRUE);
      /* names take the room the figures leave */
      if (column->numeric)
        /* wide enough for the title: figures are shorter */
        gtk_column_view_column_set_fixed_width (vc, MAX (124, 8 * (int) g_utf8_strlen (title, -1) + 24));
      else if (column->type == KJ_COLUMN_KEY && self->table != KJ_TABLE_SPENDING
               && self->table != KJ_TABLE_OUTPUTS && self->table != KJ_TABLE_BREAKDOWN)
        gtk_column_view_column_set_fixed_width (vc, 80);
      else if (g_strcmp0 (column->id, "unit") == 0)
        gtk_column_view_column_set_fixed_width (vc, 110);
      else if (column->type == KJ_COLUMN_MARKUP)
        gtk_column_view_column_set_fixed_width (vc, 260);
      else
        gtk_column_view_column_set_expand (vc, TRUE);
      gtk_column_view_append_column (self->view, vc);
      g_object_unref (vc);
    }

  sorter = gtk_column_view_get_sorter (self->view);
  if (self->table == KJ_TABLE_WORKPLAN)
    {
      self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), FALSE, TRUE,
                                            create_children_cb, NULL, NULL);
      self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->tree)),
                                              GTK_SORTER (gtk_tree_list_row_sorter_new (g_object_ref (sorter))));
      rows = g_object_ref (G_LIST_MODEL (self->sorted));
    }
  else
    {
      self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), g_object_ref (sorter));
      /* the totals row stays last, out of the sorting */
      parts = g_list_store_new (G_TYPE_LIST_MODEL);
      g_list_store_append (parts, self->sorted);
      g_list_store_append (parts, self->totals);
      rows = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
    }
  self->selection = gtk_single_selection_new (rows);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->view));
}

/* ── figures that fit ───────────────────────────────────────────────────── */

static void
longest_text (GListModel *rows,
              guint       c,
              glong      *longest)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjTableRow) row = g_list_model_get_item (rows, i);

      if (c < row->n && row->text[c])
        *longest = MAX (*longest, g_utf8_strlen (row->text[c], -1));
      if (row->children)
        longest_text (G_LIST_MODEL (row->children), c, longest);
    }
}

/* The widest figure of column @c among @rows (and their children) of at
 * least @from characters, in pixels as the table draws it: the totals row
 * in bold. */
static int
widest_figure (PangoLayout *layout,
               GListModel  *rows,
               guint        c,
               glong        from,
               int          widest)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjTableRow) row = g_list_model_get_item (rows, i);
      int width;

      if (c < row->n && row->text[c] && g_utf8_strlen (row->text[c], -1) >= from)
        {
          g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

          if (row->total)
            pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
          pango_layout_set_attributes (layout, attrs);
          pango_layout_set_text (layout, row->text[c], -1);
          pango_layout_get_pixel_size (layout, &width, NULL);
          widest = MAX (widest, width);
        }
      if (row->children)
        widest = widest_figure (layout, G_LIST_MODEL (row->children), c, from, widest);
    }
  return widest;
}

/**
 * _kj_tables_fit_figures:
 * Widens a column of figures to its widest figure (its fixed width is made
 * for its title): a number cut at the column's edge would read as another
 * number.  Only the longest texts are measured (digits are all as wide, a
 * text two shorter is narrower), so an edit pays a few layouts a column.
 */
void
_kj_tables_fit_figures (KjTablesPage *self)
{
  g_autoptr(PangoLayout) layout = NULL;
  GListModel *columns;

  if (self->view == NULL || self->columns == NULL)
    return;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->view), NULL);
  columns = gtk_column_view_get_columns (self->view);
  for (guint c = 0; c < self->columns->len && c < g_list_model_get_n_items (columns); c++)
    {
      KjTableColumn *column = g_ptr_array_index (self->columns, c);
      g_autoptr(GtkColumnViewColumn) vc = g_list_model_get_item (columns, c);
      glong longest = 0;
      int needed;

      if (!column->numeric)
        continue;
      longest_text (G_LIST_MODEL (self->rows), c, &longest);
      longest_text (G_LIST_MODEL (self->totals), c, &longest);
      needed = widest_figure (layout, G_LIST_MODEL (self->rows), c, longest - 1, 0);
      needed = widest_figure (layout, G_LIST_MODEL (self->totals), c, longest - 1, needed);
      /* the cell's and the label's padding, and the room a resize handle takes */
      needed += 36;
      if (needed > gtk_column_view_column_get_fixed_width (vc))
        gtk_column_view_column_set_fixed_width (vc, needed);
    }
}
