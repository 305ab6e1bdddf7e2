/* test-format.c: numbers as Indonesian and English readers expect them
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "model/kj-format.h"

static void
assert_formats (double      value,
                int         decimals,
                const char *dp,
                const char *ts,
                const char *expected)
{
  g_autofree char *s = kj_format_number_with (value, decimals, dp, ts);
  g_assert_cmpstr (s, ==, expected);
}

static void
test_grouping (void)
{
  assert_formats (15249203000, 0, ",", ".", "15.249.203.000");
  assert_formats (84.96, 2, ",", ".", "84,96");
  assert_formats (84.966, 2, ",", ".", "84,97");
  assert_formats (999, 0, ",", ".", "999");
  assert_formats (1000, 0, ",", ".", "1.000");
  assert_formats (-1234567.891, 2, ",", ".", "-1.234.567,89");
  assert_formats (-0.001, 2, ",", ".", "0,00");
  assert_formats (15249203000, 0, ".", ",", "15,249,203,000");
  assert_formats (NAN, 2, ",", ".", "–");
}

static void
test_printed_decimals (void)
{
  g_assert_cmpint (kj_printed_decimals (84.96), ==, 2);
  g_assert_cmpint (kj_printed_decimals (105.1), ==, 1);
  g_assert_cmpint (kj_printed_decimals (113), ==, 0);
  g_assert_cmpint (kj_printed_decimals (81.339), ==, 3);
  g_assert_cmpint (kj_printed_decimals (1e-7), ==, 7);
  g_assert_cmpint (kj_printed_decimals (1.5e10), ==, 0);
}

/* The locale decides: Indonesian readers see 15.249.203.000 and 84,96. */
static void
test_locale (void)
{
  g_autofree char *n = NULL, *p = NULL, *r = NULL;

  if (setlocale (LC_ALL, "id_ID.UTF-8") == NULL)
    {
      g_test_skip ("the id_ID.UTF-8 locale is not generated (build-aux/dev generates it)");
      return;
    }
  n = kj_format_number (84.96, 2);
  p = kj_format_percent (84.966, 2);
  r = kj_format_rupiah (15249203000);
  g_assert_cmpstr (n, ==, "84,96");
  g_assert_cmpstr (p, ==, "84,97%");
  g_assert_cmpstr (r, ==, "Rp 15.249.203.000");
  setlocale (LC_ALL, "C");
}

typedef struct
{
  locale_t    locale;     /* (locale_t) 0: the process's */
  const char *expected;
  guint       wrong;
} Formatter;

static gpointer
format_many (gpointer data)
{
  Formatter *f = data;
  locale_t before = f->locale ? uselocale (f->locale) : (locale_t) 0;

  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *s = kj_format_number (1234.5, 2);
      if (!g_str_equal (s, f->expected))
        f->wrong++;
    }
  if (f->locale)
    uselocale (before);
  return NULL;
}

/* A report is composed on a thread in the report's language while the
 * window formats its own numbers in the user's: neither borrows the
 * other's separators (a chart label printed "107.14%" in an Indonesian
 * report when the C library's one localeconv() struct was shared). */
static void
test_thread_locale (void)
{
  locale_t id = newlocale (LC_ALL_MASK, "id_ID.UTF-8", (locale_t) 0);
  Formatter report = { id, "1.234,50", 0 }, window = { (locale_t) 0, "1,234.50", 0 };
  GThread *thread;

  if (id == (locale_t) 0)
    {
      g_test_skip ("the id_ID.UTF-8 locale is not generated (build-aux/dev generates it)");
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");
  thread = g_thread_new ("report", format_many, &report);
  format_many (&window);
  g_thread_join (thread);
  freelocale (id);
  g_assert_cmpuint (report.wrong, ==, 0);
  g_assert_cmpuint (window.wrong, ==, 0);
}

/* Text from files is made safe for where it goes: a terminal, an SVG; and
 * numbers no plan holds are written with an exponent, not cut digits. */
static void
test_hostile_text (void)
{
  g_autofree char *term = kj_format_escape_controls ("a\x1b]0;x\x07" "b\xc2\x9b" "c\xff");
  g_autofree char *xml = kj_format_plain_text ("<a & \"b\" \x01\x1f\ttab>", TRUE);
  g_autofree char *pdf = kj_format_plain_text ("x\x01" "y", FALSE);
  g_autofree char *huge = kj_format_number_with (1e100, 2, ",", ".");
  g_autofree char *big = kj_format_number_with (15249203000, 0, ",", ".");

  g_assert_cmpstr (term, ==, "a\\x1B]0;x\\x07b\\u009Bc\\xFF");
  g_assert_cmpstr (xml, ==, "&lt;a &amp; &quot;b&quot; \xef\xbf\xbd\xef\xbf\xbd\ttab&gt;");
  g_assert_cmpstr (pdf, ==, "x\xef\xbf\xbd" "y");
  g_assert_cmpstr (huge, ==, "1e+100");
  g_assert_cmpstr (big, ==, "15.249.203.000");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/model/format/grouping", test_grouping);
  g_test_add_func ("/kinerja/model/format/printed-decimals", test_printed_decimals);
  g_test_add_func ("/kinerja/model/format/locale", test_locale);
  g_test_add_func ("/kinerja/model/format/thread-locale", test_thread_locale);
  g_test_add_func ("/kinerja/model/format/hostile-text", test_hostile_text);
  return g_test_run ();
}
