/* kj-composer-table.c: tables that run over pages
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cell text wraps within its column; numbers are right-aligned; the header
 * row is repeated on every page; a row is never split over two pages; a
 * group row (a sasaran) stays with the first row under it and is repeated,
 * marked as continued, when its rows go on over a page.
 */
#include "config.h"

#include <string.h>

#include "report/kj-composer-private.h"

#define TABLE_FONT 7.5
#define PAD        3.0

typedef struct
{
  KjRowKind  kind;
  char     **cells;
} Row;

struct _KjTable
{
  KjColumn *columns;
  guint     n_columns;
  GArray   *rows;   /* Row */
};

static void
row_clear (gpointer data)
{
  g_strfreev (((Row *) data)->cells);
}

KjTable *
_kj_table_new (const KjColumn *columns,
               guint           n_columns)
{
  KjTable *table = g_new0 (KjTable, 1);

  table->columns = g_memdup2 (columns, sizeof *columns * n_columns);
  table->n_columns = n_columns;
  table->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_array_set_clear_func (table->rows, row_clear);
  return table;
}

void
_kj_table_free (KjTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->rows);
  g_free (table->columns);
  g_free (table);
}

void
_kj_table_add_row (KjTable   *table,
                   KjRowKind  kind,
                   char     **cells)
{
  Row row = { kind, g_new0 (char *, table->n_columns + 1) };

  for (guint i = 0; i < (kind == KJ_ROW_GROUP ? 1 : table->n_columns); i++)
    row.cells[i] = cells[i] ? cells[i] : g_strdup ("");
  /* a group row has one text; the rest of @cells is not read */
  g_array_append_val (table->rows, row);
}

guint
_kj_table_get_n_rows (KjTable *table)
{
  return table->rows->len;
}

typedef struct
{
  KjComposer *c;
  KjTable    *table;
  double      widths[16];
  double      max_cell;   /* the tallest a cell may be: a page less the header */
} Ctx;

static PangoLayout *
cell_layout (Ctx        *t,
             const char *text,
             guint       column,
             gboolean    bold,
             gboolean    numeric,
             double      width)
{
  PangoLayout *layout = _kj_composer_layout (t->c, text, TABLE_FONT, bold, width - 2 * PAD);

  if (numeric)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  /* a name longer than a whole page ends in "…" rather than off the page */
  pango_layout_set_height (layout, (int) ((t->max_cell - 2 * PAD) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* Measures (y < 0) or draws a row; returns its height. */
static double
do_row (Ctx        *t,
        KjRowKind   kind,
        char      **cells,
        gboolean    header,
        double      y)
{
  KjComposer *c = t->c;
  PangoLayout *layouts[16] = { NULL };
  guint n = kind == KJ_ROW_GROUP ? 1 : t->table->n_columns;
  double h = 0, x = c->x0;

  for (guint i = 0; i < n; i++)
    {
      double w = kind == KJ_ROW_GROUP ? c->width : t->widths[i];
      gboolean numeric = !header && kind != KJ_ROW_GROUP && t->table->columns[i].numeric;

      layouts[i] = cell_layout (t, cells[i], i, header || kind != KJ_ROW_NORMAL, numeric, w);
      if (header)
        pango_layout_set_alignment (layouts[i], PANGO_ALIGN_CENTER);
      h = MAX (h, _kj_composer_layout_height (layouts[i]) + 2 * PAD);
    }
  if (y >= 0 && c->drawing)
    {
      cairo_t *cr = c->cr;
      double shade = header ? 0.86 : kind == KJ_ROW_GROUP ? 0.94 : kind == KJ_ROW_TOTAL ? 0.91 : 1;

      if (shade < 1)
        {
          cairo_set_source_rgb (cr, shade, shade, shade);
          cairo_rectangle (cr, c->x0, y, c->width, h);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      cairo_set_line_width (cr, kind == KJ_ROW_TOTAL ? 0.9 : 0.4);
      for (guint i = 0; i < n; i++)
        {
          double w = kind == KJ_ROW_GROUP ? c->width : t->widths[i];

          cairo_rectangle (cr, x, y, w, h);
          cairo_stroke (cr);
          _kj_composer_show (c, layouts[i], x + PAD, y + (header ? (h - _kj_composer_layout_height (layouts[i])) / 2 : PAD), 0);
          x += w;
        }
    }
  for (guint i = 0; i < n; i++)
    g_object_unref (layouts[i]);
  return h;
}

static double
header_row (Ctx    *t,
            double  y)
{
  char *titles[16];

  for (guint i = 0; i < t->table->n_columns; i++)
    titles[i] = (char *) t->table->columns[i].title;
  return do_row (t, KJ_ROW_NORMAL, titles, TRUE, y);
}

/**
 * _kj_composer_table:
 * Places @table from the current position on, over as many pages as it takes.
 */
void
_kj_composer_table (KjComposer *c,
                    KjTable    *table)
{
  Ctx t = { c, table };
  double sum = 0, head_h, first;
  const Row *group = NULL;
  GArray *rows = table->rows;

  g_return_if_fail (table->n_columns > 0 && table->n_columns <= G_N_ELEMENTS (t.widths));

  for (guint i = 0; i < table->n_columns; i++)
    sum += table->columns[i].weight;
  for (guint i = 0; i < table->n_columns; i++)
    t.widths[i] = c->width * table->columns[i].weight / sum;
  t.max_cell = c->bottom - c->top;
  head_h = header_row (&t, -1);
  t.max_cell = (c->bottom - c->top - head_h) / 2;

  /* the header goes with the first row (and a group row with its first) */
  first = 0;
  if (rows->len > 0)
    {
      const Row *r = &g_array_index (rows, Row, 0);
      first = do_row (&t, r->kind, r->cells, FALSE, -1);
      if (r->kind == KJ_ROW_GROUP && rows->len > 1)
        first += do_row (&t, KJ_ROW_NORMAL, g_array_index (rows, Row, 1).cells, FALSE, -1);
    }
  _kj_composer_need (c, head_h + first);
  c->y += header_row (&t, c->y);

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);
      double h = do_row (&t, r->kind, r->cells, FALSE, -1), keep = h;

      if (r->kind == KJ_ROW_GROUP && i + 1 < rows->len)
        {
          const Row *next = &g_array_index (rows, Row, i + 1);
          keep += do_row (&t, next->kind, next->cells, FALSE, -1);
        }
      if (c->y + keep > c->bottom)
        {
          _kj_composer_new_page (c, TRUE);
          c->y += header_row (&t, c->y);
          /* the sasaran the rows belong to, again, marked as continued */
          if (group && r->kind == KJ_ROW_NORMAL)
            {
              g_autofree char *text = g_strdup_printf ("%s %s", group->cells[0],
                                                       c->lang == KJ_REPORT_LANG_EN ? "(continued)" : "(lanjutan)");
              char *cells[] = { text, NULL };
              c->y += do_row (&t, KJ_ROW_GROUP, cells, FALSE, c->y);
            }
        }
      if (r->kind == KJ_ROW_GROUP)
        group = r;
      else if (r->kind == KJ_ROW_TOTAL)
        group = NULL;
      c->y += do_row (&t, r->kind, r->cells, FALSE, c->y);
    }
  c->y += 8;
}
