/* test-table-text.c: TSV from spreadsheets' clipboards, CSV files, and writing both
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "model/kj-table-text.h"

static KjTextTable *
parse (const char *text,
       char        separator)
{
  g_autoptr(GError) error = NULL;
  KjTextTable *table = kj_text_table_parse (text, -1, separator, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
assert_row (KjTextTable        *table,
            guint               row,
            const char * const *cells)
{
  guint n = g_strv_length ((char **) cells);

  g_assert_cmpuint (kj_text_table_get_n_cells (table, row), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (kj_text_table_get_cell (table, row, i), ==, cells[i]);
}

/* What LibreOffice Calc and Excel put on the clipboard. */
static void
test_clipboard_tsv (void)
{
  /* Excel: CRLF, a final line end, a cell with a line break and quotes */
  g_autoptr(KjTextTable) excel =
    parse ("nka\t2024\t84,38\r\n\"Catatan\r\nbaris dua\"\t\"kata \"\"kutip\"\"\"\t\r\nikp\t2024\t3,54\r\n", 0);
  /* LibreOffice: LF, a tab inside a quoted cell */
  g_autoptr(KjTextTable) calc = parse ("a\t\"b\tc\"\td\n1\t2\t3\n", 0);
  g_autoptr(KjTextTable) one = parse ("84,96", '\t');   /* a paste is TSV: say so */
  g_autoptr(KjTextTable) blank = parse ("a\tb\n\n\tc\n", 0);

  g_assert_cmpint (kj_text_table_get_separator (excel), ==, '\t');
  g_assert_cmpuint (kj_text_table_get_n_rows (excel), ==, 3);
  assert_row (excel, 0, (const char *[]) { "nka", "2024", "84,38", NULL });
  assert_row (excel, 1, (const char *[]) { "Catatan\r\nbaris dua", "kata \"kutip\"", "", NULL });
  assert_row (excel, 2, (const char *[]) { "ikp", "2024", "3,54", NULL });
  /* the row after a quoted line break starts on line 4 */
  g_assert_cmpuint (kj_text_table_get_line (excel, 1), ==, 2);
  g_assert_cmpuint (kj_text_table_get_line (excel, 2), ==, 4);
  g_assert_cmpuint (kj_text_table_get_n_columns (excel), ==, 3);

  g_assert_cmpuint (kj_text_table_get_n_rows (calc), ==, 2);
  assert_row (calc, 0, (const char *[]) { "a", "b\tc", "d", NULL });
  assert_row (calc, 1, (const char *[]) { "1", "2", "3", NULL });

  g_assert_cmpuint (kj_text_table_get_n_rows (one), ==, 1);
  assert_row (one, 0, (const char *[]) { "84,96", NULL });

  g_assert_cmpuint (kj_text_table_get_n_rows (blank), ==, 3);
  assert_row (blank, 1, (const char *[]) { "", NULL });
  assert_row (blank, 2, (const char *[]) { "", "c", NULL });
  g_assert_null (kj_text_table_get_cell (blank, 1, 1));
}

/* CSV with "," or ";" (Indonesian Excel), detected from the first record. */
static void
test_csv (void)
{
  g_autoptr(KjTextTable) comma = parse ("indicator,year,realization\nnka,2024,\"84,38\"\r\n", 0);
  g_autoptr(KjTextTable) semi = parse ("\xef\xbb\xbfindikator;tahun;realisasi\r\nnka;2024;84,38\r\n", 0);
  g_autoptr(KjTextTable) cr = parse ("a,b\rc,d\r", 0);
  g_autoptr(KjTextTable) forced = parse ("a;b,c\n", ',');
  g_autoptr(KjTextTable) trailing = parse ("a,b,\n", 0);

  g_assert_cmpint (kj_text_table_get_separator (comma), ==, ',');
  assert_row (comma, 1, (const char *[]) { "nka", "2024", "84,38", NULL });
  g_assert_cmpint (kj_text_table_get_separator (semi), ==, ';');
  assert_row (semi, 0, (const char *[]) { "indikator", "tahun", "realisasi", NULL });
  assert_row (semi, 1, (const char *[]) { "nka", "2024", "84,38", NULL });
  g_assert_cmpuint (kj_text_table_get_n_rows (cr), ==, 2);
  assert_row (cr, 1, (const char *[]) { "c", "d", NULL });
  assert_row (forced, 0, (const char *[]) { "a;b", "c", NULL });
  assert_row (trailing, 0, (const char *[]) { "a", "b", "", NULL });
}

static void
test_refused (void)
{
  struct { const char *text; int code; const char *where; } bad[] = {
    { "a\t\"open\nb\tc\n", KJ_TABLE_ERROR_SYNTAX, "line 1, column 2" },
    { "a\tb\nc\t\"x\"y\n", KJ_TABLE_ERROR_SYNTAX, "line 2, column 2" },
    { "a\t\xff\n", KJ_TABLE_ERROR_ENCODING, "UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KjTextTable) table = kj_text_table_parse (bad[i].text, -1, 0, &error);

      g_assert_null (table);
      g_assert_error (error, KJ_TABLE_ERROR, bad[i].code);
      g_assert_nonnull (strstr (error->message, bad[i].where));
    }
}

/* Past the bounds: refused, quickly, without building the table. */
static void
test_limits (void)
{
  g_autoptr(GString) rows = g_string_new (NULL), wide = g_string_new (NULL), big = g_string_new ("\"");
  g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL;
  g_autofree char *huge = g_malloc0 (KJ_TABLE_MAX_SIZE + 2);

  for (guint i = 0; i <= KJ_TABLE_MAX_ROWS; i++)
    g_string_append (rows, "1\n");
  g_assert_null (kj_text_table_parse (rows->str, rows->len, 0, &e1));
  g_assert_error (e1, KJ_TABLE_ERROR, KJ_TABLE_ERROR_LIMIT);

  for (guint i = 0; i <= KJ_TABLE_MAX_COLUMNS; i++)
    g_string_append (wide, "1\t");
  g_assert_null (kj_text_table_parse (wide->str, wide->len, 0, &e2));
  g_assert_error (e2, KJ_TABLE_ERROR, KJ_TABLE_ERROR_LIMIT);

  for (guint i = 0; i <= KJ_TABLE_MAX_CELL; i++)
    g_string_append_c (big, 'x');
  g_string_append_c (big, '"');
  g_assert_null (kj_text_table_parse (big->str, big->len, 0, &e3));
  g_assert_error (e3, KJ_TABLE_ERROR, KJ_TABLE_ERROR_LIMIT);

  memset (huge, 'a', KJ_TABLE_MAX_SIZE + 1);
  g_assert_null (kj_text_table_parse (huge, -1, 0, &e4));
  g_assert_error (e4, KJ_TABLE_ERROR, KJ_TABLE_ERROR_LIMIT);
}

/* Written as RFC 4180 says; formulas defused; read back as written. */
static void
test_write (void)
{
  const char *cells[] = { "nka", "Indeks \"NKA\"", "a,b", "dua\nbaris", "=SUM(A1)", "-3", "+62 812", "@cmd",
                          "-2+3+cmd|' /C calc'!A0", "84,38", "68 %", "", NULL };
  guint n = g_strv_length ((char **) cells);
  g_autoptr(GString) csv = g_string_new (NULL), tsv = g_string_new (NULL);
  g_autoptr(KjTextTable) back = NULL, back_tsv = NULL;

  kj_text_table_append_row (csv, cells, n, ',');
  g_assert_cmpstr (csv->str, ==,
                   "nka,\"Indeks \"\"NKA\"\"\",\"a,b\",\"dua\nbaris\",'=SUM(A1),-3,'+62 812,'@cmd,"
                   "'-2+3+cmd|' /C calc'!A0,\"84,38\",68 %,\r\n");
  back = parse (csv->str, ',');
  g_assert_cmpuint (kj_text_table_get_n_cells (back, 0), ==, n);
  g_assert_cmpstr (kj_text_table_get_cell (back, 0, 1), ==, "Indeks \"NKA\"");
  g_assert_cmpstr (kj_text_table_get_cell (back, 0, 3), ==, "dua\nbaris");
  g_assert_cmpstr (kj_text_table_get_cell (back, 0, 4), ==, "'=SUM(A1)");
  g_assert_cmpstr (kj_text_table_get_cell (back, 0, 5), ==, "-3");

  kj_text_table_append_row (tsv, cells, n, '\t');
  kj_text_table_append_row (tsv, cells, 2, '\t');
  g_assert_true (g_str_has_suffix (tsv->str, "nka\t\"Indeks \"\"NKA\"\"\"\n"));
  back_tsv = parse (tsv->str, 0);
  g_assert_cmpint (kj_text_table_get_separator (back_tsv), ==, '\t');
  g_assert_cmpuint (kj_text_table_get_n_rows (back_tsv), ==, 2);
  g_assert_cmpstr (kj_text_table_get_cell (back_tsv, 0, 2), ==, "a,b");
  g_assert_cmpstr (kj_text_table_get_cell (back_tsv, 0, 9), ==, "84,38");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/model/table-text/clipboard", test_clipboard_tsv);
  g_test_add_func ("/kinerja/model/table-text/csv", test_csv);
  g_test_add_func ("/kinerja/model/table-text/refused", test_refused);
  g_test_add_func ("/kinerja/model/table-text/limits", test_limits);
  g_test_add_func ("/kinerja/model/table-text/write", test_write);
  return g_test_run ();
}
