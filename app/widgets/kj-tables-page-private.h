/* kj-tables-page-private.h: the tables page's parts, shared by its files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "widgets/kj-tables-page.h"
#include "widgets/kj-value-cell.h"

G_BEGIN_DECLS

typedef enum
{
  KJ_COLUMN_TEXT,       /* a text of the file, typed into */
  KJ_COLUMN_NUMBER,     /* a number of the file, typed into */
  KJ_COLUMN_KEY,        /* the row's key (code, area …): shown, given when the row is added */
  KJ_COLUMN_COMPUTED,   /* computed by the program: never typed into */
  KJ_COLUMN_MARKUP,     /* computed, shown as Pango markup (a band's colour) */
} KjColumnType;

typedef struct
{
  char         *id;      /* "allocation"; a context table's column by its position, "2" */
  char         *title;
  char         *member;  /* the JSON member of the row's element; NULL: computed, or a context cell */
  KjColumnType  type;
  gboolean      numeric; /* right-aligned, sorted as numbers */
} KjTableColumn;

/* A row of a table: a copy of what it shows, so that a row bound to a
 * widget never points into a typed view that an edit rebuilt. */
#define KJ_TYPE_TABLE_ROW (kj_table_row_get_type ())
G_DECLARE_FINAL_TYPE (KjTableRow, kj_table_row, KJ, TABLE_ROW, GObject)

struct _KjTableRow
{
  GObject      parent_instance;

  int          sentinel;   /* -1, +1: rows below and above all others (finds the sort order) */
  gboolean     total;      /* the totals row (budget, spending) */
  guint        index;      /* in the file's order */
  char        *key;        /* code, area, category, name; a work-plan node's codes joined by "/" */
  char        *path;       /* the JSON path of its element, by key where it is unique */
  char        *array_path; /* the array it is an element of */
  guint        n;          /* columns */
  char       **text;       /* as shown, per column (NULL: nothing) */
  double      *number;     /* per column, for sorting: NAN when absent or not a number */
  gboolean     differs;    /* a work-plan parent whose amount is not its children's sum */
  guint        n_below;    /* a work-plan node's descendants */
  GListStore  *children;   /* KjTableRow: a work-plan node's */
};

KjTableRow *_kj_table_row_new (guint n);

struct _KjTablesPage
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkDropDown        *table_dropdown;
  GtkDropDown        *source_dropdown;
  GtkButton          *add_button;
  GtkButton          *remove_button;
  GtkLabel           *status_label;
  GtkScrolledWindow  *scroller;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;

  /* owned */
  KjPlan             *plan;
  gulong              changed_id;
  int                 year;
  KjTableKind         table;
  char               *source;        /* the indicator or context table shown */
  GtkStringList      *sources;       /* ids offered by source_dropdown */
  gboolean            read_only;
  gboolean            chosen;        /* the table shown is the user's choice (else one with data) */
  gboolean            dirty;         /* the table to be made again once in sight */
  gboolean            stale;         /* its rows to be made again once in sight */

  GtkColumnView      *view;          /* made again when the columns change */
  GPtrArray          *columns;       /* KjTableColumn */
  GListStore         *rows;          /* KjTableRow: the rows (a tree's roots) */
  GListStore         *totals;        /* KjTableRow: the totals row, after the sorted rows */
  GtkTreeListModel   *tree;          /* the work plan's */
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  KjTableRow         *low, *high;    /* sentinels */

  /* editing (kj-tables-page-edit.c) */
  GHashTable         *cells;         /* KjValueCell bound */
  char               *focus_key;
  char               *focus_column;
  KjCellFocusKeeper   focus_keeper;
  gboolean            blocked;       /* the page's own edit is being applied */

  /* a range of cells, Shift and the arrows (kj-tables-page-clip.c) */
  char               *range_anchor;  /* the row's key where it began */
  guint               range_anchor_column;
  char               *range_end;     /* and where it ends now */
  guint               range_end_column;
};

void        _kj_tables_ensure       (KjTablesPage *self);
gboolean    _kj_tables_plan_has_tables (KjTablesPage *self);

/* kj-tables-page-rows.c: what the tables hold */
const char *_kj_tables_kind_name    (KjTableKind  kind);
GPtrArray  *_kj_tables_columns      (KjTablesPage *self);
void        _kj_tables_fill         (KjTablesPage *self,
                                     GPtrArray    *rows,
                                     KjTableRow  **total);
int         _kj_tables_column_index (KjTablesPage *self,
                                     const char   *id);
KjTableRow *_kj_tables_find_row     (KjTablesPage *self,
                                     const char   *key);
char       *_kj_tables_rows_path    (KjTablesPage *self,
                                     const char   *parent_key);
const char *_kj_tables_key_member   (KjTableKind   kind);

/* kj-tables-page-merge.c: a changed plan's rows into the rows shown */
guint       _kj_tables_update_in_place (KjTablesPage *self,
                                        GPtrArray    *rows);

/* kj-tables-page-columns.c: the column view */
void        _kj_tables_build_view   (KjTablesPage *self);
KjTableRow *_kj_tables_row_at       (KjTablesPage *self,
                                     guint         position);
void        _kj_tables_fit_figures  (KjTablesPage *self);

/* kj-tables-page-edit.c: typing (kj-tables-page-rowedit.c: adding, removing) */
GtkWidget  *_kj_tables_new_cell     (KjTablesPage *self,
                                     GtkListItem  *item,
                                     guint         column);
void        _kj_tables_bind_cell    (KjTablesPage *self,
                                     GtkWidget    *cell,
                                     KjTableRow   *row,
                                     guint         column);
void        _kj_tables_unbind_cell  (KjTablesPage *self,
                                     GtkWidget    *cell);
void        _kj_tables_dispose_edit (KjTablesPage *self);
gboolean    _kj_tables_typed_into   (KjTablesPage *self,
                                     guint         column);
const char *_kj_tables_row_label    (KjTablesPage *self,
                                     KjTableRow   *row);
gboolean    _kj_tables_check_new_key (KjTablesPage *self,
                                      const char   *parent_key,
                                      const char   *key,
                                      GError      **error);

gboolean    _kj_tables_refuse_read_only (KjTablesPage *self,
                                         GError      **error);
KjNode     *_kj_tables_number_node  (double        value,
                                     guint         decimals);
int         _kj_tables_total_row_index (KjTablesPage *self,
                                        const char   *label,
                                        char        **array);
guint       _kj_tables_count_labels (KjTablesPage *self,
                                     const char   *label);
gboolean    _kj_tables_add_cell_patch (KjTablesPage *self,
                                       KjEdit       *edit,
                                       KjTableRow   *row,
                                       guint         column,
                                       const char   *text,
                                       GHashTable   *lengths,
                                       gboolean     *added,
                                       GError      **error);
void        _kj_tables_target_of_move (KjTablesPage *self,
                                       const char   *key,
                                       guint         column,
                                       KjCellMove    move,
                                       char        **to_key,
                                       guint        *to_column);
const char *_kj_tables_cell_key     (GtkWidget    *cell);
guint       _kj_tables_cell_column  (GtkWidget    *cell);

/* kj-tables-page-clip.c: paste, ranges, the table as text, history */
void        _kj_tables_connect_clip (KjTablesPage *self,
                                     GtkWidget    *cell);
void        _kj_tables_clear_range  (KjTablesPage *self);
void        _kj_tables_mark_cell    (KjTablesPage *self,
                                     GtkWidget    *cell);
void        _kj_tables_class_init_clip (GtkWidgetClass *widget_class);

/* kj-tables-page-dialogs.c: the + and − buttons */
void        _kj_tables_add_clicked  (KjTablesPage *self);
void        _kj_tables_remove_clicked (KjTablesPage *self);

G_END_DECLS
