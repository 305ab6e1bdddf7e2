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
             gboolean    header,
             double      width)
{
  KjComposer *c = t->c;
  /* the style and the widths; the cell's own, beside the other texts' */
  guint32 head[] = {
    1u | (bold ? 2u : 0u) | (numeric ? 4u : 0u) | (header ? 8u : 0u),
    (guint32) (width * 64), (guint32) (t->max_cell * 64)
  };
  char *key;
  PangoLayout *layout = _kj_composer_find_layout (c, head, sizeof head, text, &key);

  if (layout != NULL)
    return layout;
  layout = _kj_composer_layout (c, text, TABLE_FONT, bold, width - 2 * PAD);
  if (numeric)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  if (header)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  /* a name longer than a whole page ends in "…" rather than off the page */
  pango_layout_set_height (layout, (int) ((t->max_cell - 2 * PAD) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  _kj_composer_keep_layout (c, key, layout);
  return layout;
}

/* Measuring only: the height of a cell of short ASCII text that surely
 * fits on one line (the sum of its characters' advances well inside the
 * column), without shaping it: one line of the table font.  Else -1, and
 * the cell is shaped.  Numbers, units and categories are most cells. */
static double
short_height (Ctx        *t,
              const char *text,
              gboolean    bold,
              double      width)
{
  KjComposer *c = t->c;
  double sum = 0, room = width - 2 * PAD;
  int b = bold ? 1 : 0;

  if (!c->ascii_known[b])
    {
      for (int ch = 32; ch < 127; ch++)
        {
          char one[2] = { (char) ch, 0 };
          g_autoptr(PangoLayout) layout = _kj_composer_layout (c, one, TABLE_FONT, bold, 0);
          PangoRectangle logical;

          pango_layout_get_extents (layout, NULL, &logical);
          c->ascii_advance[b][ch - 32] = logical.width / (double) PANGO_SCALE;
          if (ch == '0')
            c->ascii_line[b] = logical.height / (double) PANGO_SCALE;
        }
      c->ascii_known[b] = TRUE;
    }
  for (const char *p = text; *p; p++)
    {
      if (*p < 32 || *p >= 127)
        return -1;
      sum += c->ascii_advance[b][*p - 32];
      /* kerning moves a text by far less than this margin */
      if (sum > room * 0.85)
        return -1;
    }
  return *text ? c->ascii_line[b] : -1;
}

/* A row's cells shaped once: measured, then (when drawing) drawn. */
typedef struct
{
  PangoLayout *cells[16];
  guint        n;
  double       height;
  KjRowKind    kind;
  gboolean     header;
} Shaped;

static void
shape (Ctx        *t,
       KjRowKind   kind,
       char      **cells,
       gboolean    header,
       Shaped     *out)
{
  KjComposer *c = t->c;

  out->kind = kind;
  out->header = header;
  out->n = kind == KJ_ROW_GROUP ? 1 : t->table->n_columns;
  out->height = 0;
  for (guint i = 0; i < out->n; i++)
    {
      double w = kind == KJ_ROW_GROUP ? c->width : t->widths[i];
      gboolean numeric = !header && kind != KJ_ROW_GROUP && t->table->columns[i].numeric;

      gboolean bold = header || kind != KJ_ROW_NORMAL;
      double h = !c->drawing && !header ? short_height (t, cells[i], bold, w) : -1;

      if (h >= 0)
        {
          out->cells[i] = NULL;
          out->height = MAX (out->height, h + 2 * PAD);
          continue;
        }
      out->cells[i] = cell_layout (t, cells[i], i, bold, numeric, header, w);
      out->height = MAX (out->height, _kj_composer_layout_height (out->cells[i]) + 2 * PAD);
    }
}

static void
shaped_clear (Shaped *s)
{
  for (guint i = 0; i < s->n; i++)
    g_clear_object (&s->cells[i]);
  s->n = 0;
}

/* Draws a shaped row at @y; returns its height. */
static double
draw_row (Ctx    *t,
          Shaped *s,
          double  y)
{
  KjComposer *c = t->c;
  double x = c->x0, h = s->height;

  if (_kj_composer_draws (c))
    {
      cairo_t *cr = c->cr;
      double shade = s->header ? 0.86 : s->kind == KJ_ROW_GROUP ? 0.94 : s->kind == KJ_ROW_TOTAL ? 0.91 : 1;

      if (shade < 1)
        {
          cairo_set_source_rgb (cr, shade, shade, shade);
          cairo_rectangle (cr, c->x0, y, c->width, h);
          cairo_fill (cr);
        }
      /* the cells' borders, with the page's others */
      for (guint i = 0; i < s->n; i++)
        {
          double w = s->kind == KJ_ROW_GROUP ? c->width : t->widths[i];
          _kj_grid_rect (c, x, y, w, h, s->kind == KJ_ROW_TOTAL ? 0.9 : 0.4, 0.35);
          x += w;
        }
      x = c->x0;
      for (guint i = 0; i < s->n; i++)
        {
          double w = s->kind == KJ_ROW_GROUP ? c->width : t->widths[i];
          double top = s->header ? (h - _kj_composer_layout_height (s->cells[i])) / 2 : PAD;

          _kj_text_layout (c, s->cells[i], x + PAD, y + top, 0);
          x += w;
        }
    }
  return h;
}

static void
shape_header (Ctx    *t,
              Shaped *out)
{
  char *titles[16];

  for (guint i = 0; i < t->table->n_columns; i++)
    titles[i] = (char *) t->table->columns[i].title;
  shape (t, KJ_ROW_NORMAL, titles, TRUE, out);
}

/**
 * _kj_composer_table:
 * Places @table from the current position on, over as many pages as it
 * takes.  Each cell is shaped once per pass (measured and drawn from the
 * same layout): the cost of a national report is its text, once.
 */
void
_kj_composer_table (KjComposer *c,
                    KjTable    *table)
{
  Ctx t = { c, table };
  double sum = 0, first;
  const Row *group = NULL;
  GArray *rows = table->rows;
  Shaped head = { { NULL } }, *shaped;

  g_return_if_fail (table->n_columns > 0 && table->n_columns <= G_N_ELEMENTS (t.widths));

  for (guint i = 0; i < table->n_columns; i++)
    sum += table->columns[i].weight;
  for (guint i = 0; i < table->n_columns; i++)
    t.widths[i] = c->width * table->columns[i].weight / sum;
  t.max_cell = c->bottom - c->top;
  shape_header (&t, &head);
  t.max_cell = (c->bottom - c->top - head.height) / 2;
  shaped = g_new0 (Shaped, MAX (rows->len, 1));
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);
      shape (&t, r->kind, r->cells, FALSE, &shaped[i]);
      /* measuring needs only the heights */
      if (!c->drawing)
        shaped_clear (&shaped[i]);
    }

  /* the header goes with the first row (and a group row with its first) */
  first = rows->len > 0 ? shaped[0].height : 0;
  if (rows->len > 1 && shaped[0].kind == KJ_ROW_GROUP)
    first += shaped[1].height;
  _kj_composer_need (c, head.height + first);
  c->y += draw_row (&t, &head, c->y);

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);
      double keep = shaped[i].height;

      if (r->kind == KJ_ROW_GROUP && i + 1 < rows->len)
        keep += shaped[i + 1].height;
      if (c->y + keep > c->bottom)
        {
          _kj_composer_new_page (c, TRUE);
          c->y += draw_row (&t, &head, c->y);
          /* the sasaran the rows belong to, again, marked as continued */
          if (group && r->kind == KJ_ROW_NORMAL)
            {
              g_autofree char *text = g_strdup_printf ("%s %s", group->cells[0],
                                                       c->lang == KJ_REPORT_LANG_EN ? "(continued)" : "(lanjutan)");
              char *cells[] = { text, NULL };
              Shaped again;

              shape (&t, KJ_ROW_GROUP, cells, FALSE, &again);
              c->y += draw_row (&t, &again, c->y);
              shaped_clear (&again);
            }
        }
      if (r->kind == KJ_ROW_GROUP)
        group = r;
      else if (r->kind == KJ_ROW_TOTAL)
        group = NULL;
      c->y += draw_row (&t, &shaped[i], c->y);
      shaped_clear (&shaped[i]);
    }
  shaped_clear (&head);
  g_free (shaped);
  c->y += 8;
}
