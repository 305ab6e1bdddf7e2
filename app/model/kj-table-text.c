/* kj-table-text.c: tables as text: TSV from the clipboard, CSV files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading takes what LibreOffice and Excel put on the clipboard (tabs; CRLF,
 * LF or CR line ends; fields in double quotes holding tabs, line breaks and
 * doubled quotes; a final line end) and CSV files separated by "," or ";"
 * (detected from the first record).  Writing quotes as RFC 4180 says, and a
 * cell a spreadsheet would run as a formula (=, +, -, @, a tab or CR first,
 * and not a number) is written with a leading apostrophe.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kj-table-text.h"

G_DEFINE_QUARK (kj-table-error-quark, kj_table_error)

struct _KjTextTable
{
  char       separator;
  GPtrArray *rows;      /* GPtrArray of char* */
  GArray    *lines;     /* guint: the line each row starts on */
  guint      n_columns;
};

void
kj_text_table_free (KjTextTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_array_unref (table->lines);
  g_free (table);
}

/* The separator of the first record: a tab, else ";" where there are more
 * of them than ",", else ",". */
static char
detect (const char *p,
        const char *end)
{
  guint tabs = 0, commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else
        tabs += *p == '\t', commas += *p == ',', semicolons += *p == ';';
    }
  if (tabs > 0)
    return '\t';
  return semicolons > commas ? ';' : ',';
}

G_GNUC_PRINTF (4, 5) static KjTextTable *
refuse (GError    **error,
        int         code,
        KjTextTable *table,
        const char *format,
        ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KJ_TABLE_ERROR, code, message);
  g_free (message);
  kj_text_table_free (table);
  return NULL;
}

/**
 * kj_text_table_parse:
 * @length: bytes of @text, or -1
 * @separator: '\t', ',' or ';', or 0: detect from the first record
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL with an error
 *   naming the line (and column) when @text is no table or too large
 */
KjTextTable *
kj_text_table_parse (const char  *text,
                     gssize       length,
                     char         separator,
                     GError     **error)
{
  KjTextTable *table;
  const char *p, *end;
  g_autoptr(GString) cell = NULL;
  GPtrArray *row = NULL;
  guint line = 1;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if ((gsize) length > KJ_TABLE_MAX_SIZE)
    return refuse (error, KJ_TABLE_ERROR_LIMIT, NULL,
                   _("larger than %d MiB, expected a smaller table"), KJ_TABLE_MAX_SIZE / (1024 * 1024));
  if (!g_utf8_validate_len (text, length, NULL))
    return refuse (error, KJ_TABLE_ERROR_ENCODING, NULL, _("not UTF-8 text, expected a table saved as UTF-8"));
  p = text;
  end = text + length;
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  if (separator == 0)
    separator = detect (p, end);

  table = g_new0 (KjTextTable, 1);
  table->separator = separator;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  table->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  cell = g_string_new (NULL);

  while (p < end)
    {
      guint column;

      if (row == NULL)
        {
          if (table->rows->len >= KJ_TABLE_MAX_ROWS)
            return refuse (error, KJ_TABLE_ERROR_LIMIT, table,
                           _("line %u: more than %d rows, expected a smaller table"), line, KJ_TABLE_MAX_ROWS);
          row = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (table->rows, row);
          g_array_append_val (table->lines, line);
        }
      column = row->len + 1;
      if (column > KJ_TABLE_MAX_COLUMNS)
        return refuse (error, KJ_TABLE_ERROR_LIMIT, table,
                       _("line %u: more than %d columns, expected fewer"), line, KJ_TABLE_MAX_COLUMNS);
      g_string_truncate (cell, 0);

      if (*p == '"')
        {
          guint start_line = line;

          for (p++;; p++)
            {
              if (p >= end)
                return refuse (error, KJ_TABLE_ERROR_SYNTAX, table,
                               _("line %u, column %u: a quoted cell is not closed, expected a \" at its end"),
                               start_line, column);
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    p++;
                  else
                    break;
                }
              else if (*p == '\n' || (*p == '\r' && !(p + 1 < end && p[1] == '\n')))
                line++;
              g_string_append_c (cell, *p);
              if (cell->len > KJ_TABLE_MAX_CELL)
                return refuse (error, KJ_TABLE_ERROR_LIMIT, table,
                               _("line %u, column %u: a cell over %d KiB, expected a shorter one"),
                               start_line, column, KJ_TABLE_MAX_CELL / 1024);
            }
          p++;   /* the closing quote */
          if (p < end && *p != separator && *p != '\n' && *p != '\r')
            return refuse (error, KJ_TABLE_ERROR_SYNTAX, table,
                           _("line %u, column %u: text after a closing quote, expected a separator or a line end"),
                           line, column);
        }
      else
        {
          const char *start = p;

          while (p < end && *p != separator && *p != '\n' && *p != '\r')
            p++;
          if ((gsize) (p - start) > KJ_TABLE_MAX_CELL)
            return refuse (error, KJ_TABLE_ERROR_LIMIT, table,
                           _("line %u, column %u: a cell over %d KiB, expected a shorter one"),
                           line, column, KJ_TABLE_MAX_CELL / 1024);
          g_string_append_len (cell, start, p - start);
        }
      g_ptr_array_add (row, g_strndup (cell->str, cell->len));
      table->n_columns = MAX (table->n_columns, row->len);

      if (p < end && *p == separator)
        {
          p++;
          if (p == end)   /* a separator at the very end: one more empty cell */
            g_ptr_array_add (row, g_strdup (""));
          table->n_columns = MAX (table->n_columns, row->len);
          continue;
        }
      /* a line end (or the end) closes the row */
      if (p < end && *p == '\r')
        {
          p++;
          if (p < end && *p == '\n')
            p++;
        }
      else if (p < end && *p == '\n')
        p++;
      line++;
      row = NULL;
    }
  return table;
}

char
kj_text_table_get_separator (KjTextTable *table)
{
  return table->separator;
}

guint
kj_text_table_get_n_rows (KjTextTable *table)
{
  return table->rows->len;
}

/* The cells of @row as the text has them (rows may be ragged). */
guint
kj_text_table_get_n_cells (KjTextTable *table,
                           guint        row)
{
  g_return_val_if_fail (row < table->rows->len, 0);
  return ((GPtrArray *) g_ptr_array_index (table->rows, row))->len;
}

/* The widest row's cells. */
guint
kj_text_table_get_n_columns (KjTextTable *table)
{
  return table->n_columns;
}

/* Returns: (nullable): the cell, or %NULL past the end of a short row */
const char *
kj_text_table_get_cell (KjTextTable *table,
                        guint        row,
                        guint        column)
{
  GPtrArray *r;

  g_return_val_if_fail (row < table->rows->len, NULL);
  r = g_ptr_array_index (table->rows, row);
  return column < r->len ? g_ptr_array_index (r, column) : NULL;
}

/* The line of the text @row starts on, counting from 1 (a quoted line break
 * makes a row two lines). */
guint
kj_text_table_get_line (KjTextTable *table,
                        guint        row)
{
  g_return_val_if_fail (row < table->rows->len, 0);
  return g_array_index (table->lines, guint, row);
}

static gboolean
is_plain_number (const char *cell)
{
  const char *p = cell;

  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) || *p == '.' || *p == ',')
    p++;
  if (*p == ' ')
    p++;
  if (*p == '%')
    p++;
  return *p == '\0';
}

/* Whether a spreadsheet would take @cell as a formula (CSV injection):
 * it starts with =, +, -, @, a tab or a CR and is not a plain number. */
gboolean
kj_text_table_cell_is_risky (const char *cell)
{
  return cell && strchr ("=+-@\t\r", cell[0]) && cell[0] != '\0' && !is_plain_number (cell);
}

/**
 * kj_text_table_append_row:
 * @separator: '\t' (TSV, rows end with LF) or ',' / ';' (CSV, rows end with
 *   CRLF as RFC 4180 says)
 *
 * Appends one row: a cell holding the separator, a quote or a line break is
 * quoted (quotes doubled); a risky cell (kj_text_table_cell_is_risky()) is
 * written with a leading apostrophe.
 */
void
kj_text_table_append_row (GString            *out,
                          const char * const *cells,
                          guint               n_cells,
                          char                separator)
{
  for (guint i = 0; i < n_cells; i++)
    {
      const char *cell = cells[i] ? cells[i] : "";
      gboolean risky = kj_text_table_cell_is_risky (cell);
      gboolean quote = strchr (cell, separator) || strchr (cell, '"') || strchr (cell, '\n')
                       || strchr (cell, '\r');

      if (i > 0)
        g_string_append_c (out, separator);
      if (quote)
        g_string_append_c (out, '"');
      if (risky)
        g_string_append_c (out, '\'');
      for (const char *p = cell; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      if (quote)
        g_string_append_c (out, '"');
    }
  g_string_append (out, separator == '\t' ? "\n" : "\r\n");
}
