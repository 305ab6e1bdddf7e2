/* test-input.c: numbers as planners type them, in both notations
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "model/kj-input.h"

#define ID KJ_NOTATION_ID
#define EN KJ_NOTATION_EN

typedef struct
{
  const char *text;
  KjNotation  notation;
  double      value;
  guint       decimals;
} Valid;

static const Valid valid[] = {
  { "84,96", ID, 84.96, 2 },
  { "84,96", EN, 84.96, 2 },
  { "84.96", ID, 84.96, 2 },
  { "84.96", EN, 84.96, 2 },
  { "15.249.203.000", ID, 15249203000, 0 },
  { "15.249.203.000", EN, 15249203000, 0 },
  { "15,249,203,000", EN, 15249203000, 0 },
  { "15,249,203,000", ID, 15249203000, 0 },
  { "Rp 15.249.203.000", ID, 15249203000, 0 },
  { "Rp15.249.203.000", EN, 15249203000, 0 },
  { "Rp. 15.249.203.000,50", ID, 15249203000.5, 2 },
  { "rp 1,500,000.25", ID, 1500000.25, 2 },
  { "Rp15,2 M", ID, 15200000000, 0 },
  { "Rp15,2 M", EN, 15200000000, 0 },
  { "Rp15.2M", EN, 15200000000, 0 },
  { "Rp 3,75 m", ID, 3750000000, 0 },
  { "1,5 miliar", ID, 1500000000, 0 },
  { "1,5 miliar", EN, 1500000000, 0 },
  { "1,5 Milyar", ID, 1500000000, 0 },
  { "2 juta", ID, 2000000, 0 },
  { "2,25 JUTA", ID, 2250000, 0 },
  { "750 rb", ID, 750000, 0 },
  { "750 RIBU", ID, 750000, 0 },
  { "12,5 jt", ID, 12500000, 0 },
  { "1 triliun", ID, 1e12, 0 },
  { "Rp1,2 T", ID, 1.2e12, 0 },
  { "3.5 million", EN, 3500000, 0 },
  { "1.25 billion", EN, 1250000000, 0 },
  { "40 thousand", EN, 40000, 0 },
  { "1,2345 ribu", ID, 1234.5, 1 },
  { "68 %", ID, 68, 0 },
  { "68%", EN, 68, 0 },
  { "99,89 %", ID, 99.89, 2 },
  { "−3", ID, -3, 0 },
  { "-3", EN, -3, 0 },
  { "− 3,5", ID, -3.5, 1 },
  { "-Rp 5.000", ID, -5000, 0 },
  { "Rp -5.000", ID, -5000, 0 },
  { "+7", EN, 7, 0 },
  { "  42  ", EN, 42, 0 },
  { "\u00a084,96\u00a0", ID, 84.96, 2 },
  { "Rp\u00a015.249.203.000", ID, 15249203000, 0 },
  { "15\u202f%", ID, 15, 0 },
  /* the ambiguous forms: the notation decides */
  { "1.500", ID, 1500, 0 },
  { "1.500", EN, 1.5, 3 },
  { "1,500", ID, 1.5, 3 },
  { "1,500", EN, 1500, 0 },
  { "123,456", EN, 123456, 0 },
  { "123,456", ID, 123.456, 3 },
  /* not ambiguous: not a group of three, a leading zero, or more than three before */
  { "0,500", EN, 0.5, 3 },
  { "0.500", ID, 0.5, 3 },
  { "1234,567", EN, 1234.567, 3 },
  { "1.5", ID, 1.5, 1 },
  { "1,50", EN, 1.5, 2 },
  { "1.000,5", EN, 1000.5, 1 },
  { "1,000.5", ID, 1000.5, 1 },
  { ",5", ID, 0.5, 1 },
  { "147.00", EN, 147, 2 },
  { "0", ID, 0, 0 },
  { "-0", ID, 0, 0 },
  { "007", EN, 7, 0 },
  { "1000000000000000", EN, 1e15, 0 },
  { "Rp1.000 T", ID, 1e15, 0 },
  { "0,1", ID, 0.1, 1 },
  { "3,14159", ID, 3.14159, 5 },
};

typedef struct
{
  const char  *text;
  KjNotation   notation;
  KjInputError code;
} Invalid;

static const Invalid invalid[] = {
  { "", ID, KJ_INPUT_ERROR_EMPTY },
  { "   ", EN, KJ_INPUT_ERROR_EMPTY },
  { "\u00a0", EN, KJ_INPUT_ERROR_EMPTY },
  { "abc", ID, KJ_INPUT_ERROR_INVALID },
  { "NaN", EN, KJ_INPUT_ERROR_INVALID },
  { "nan", ID, KJ_INPUT_ERROR_INVALID },
  { "inf", EN, KJ_INPUT_ERROR_INVALID },
  { "Infinity", EN, KJ_INPUT_ERROR_INVALID },
  { "1e5", EN, KJ_INPUT_ERROR_INVALID },
  { "0x10", EN, KJ_INPUT_ERROR_INVALID },
  { "1.50.000", ID, KJ_INPUT_ERROR_INVALID },
  { "1,50,000", EN, KJ_INPUT_ERROR_INVALID },
  { "1.5000.000", ID, KJ_INPUT_ERROR_INVALID },
  { "1234.567.890", ID, KJ_INPUT_ERROR_INVALID },
  { "0.500.000", ID, KJ_INPUT_ERROR_INVALID },
  { "1..000", ID, KJ_INPUT_ERROR_INVALID },
  { "1.000.", ID, KJ_INPUT_ERROR_INVALID },
  { ".000.000", ID, KJ_INPUT_ERROR_INVALID },
  { "1.000,5,5", ID, KJ_INPUT_ERROR_INVALID },
  { "1,000.5.5", EN, KJ_INPUT_ERROR_INVALID },
  { "1.000,50.000", ID, KJ_INPUT_ERROR_INVALID },
  { "5,", ID, KJ_INPUT_ERROR_INVALID },
  { "5.", EN, KJ_INPUT_ERROR_INVALID },
  { ",", ID, KJ_INPUT_ERROR_INVALID },
  { "--3", ID, KJ_INPUT_ERROR_INVALID },
  { "−-3", ID, KJ_INPUT_ERROR_INVALID },
  { "-Rp -3", ID, KJ_INPUT_ERROR_INVALID },
  { "3-", ID, KJ_INPUT_ERROR_INVALID },
  { "+-3", EN, KJ_INPUT_ERROR_INVALID },
  { "1 2", EN, KJ_INPUT_ERROR_INVALID },
  { "12 abc", EN, KJ_INPUT_ERROR_INVALID },
  { "Rp", ID, KJ_INPUT_ERROR_INVALID },
  { "%", ID, KJ_INPUT_ERROR_INVALID },
  { "Rp 50 %", ID, KJ_INPUT_ERROR_INVALID },
  { "5 juta %", ID, KJ_INPUT_ERROR_INVALID },
  { "68 %%", ID, KJ_INPUT_ERROR_INVALID },
  { "15,2 M", ID, KJ_INPUT_ERROR_AMBIGUOUS },
  { "15.2m", EN, KJ_INPUT_ERROR_AMBIGUOUS },
  { "5 juta juta", ID, KJ_INPUT_ERROR_INVALID },
  { "1000000000000001", EN, KJ_INPUT_ERROR_RANGE },
  { "Rp 2.000 T", ID, KJ_INPUT_ERROR_RANGE },
  { "-2e15", EN, KJ_INPUT_ERROR_INVALID },
  { "99999999999999999999999999999999999999999999", EN, KJ_INPUT_ERROR_RANGE },
  { "84,96\n", ID, KJ_INPUT_ERROR_INVALID },
  { "٣", ID, KJ_INPUT_ERROR_INVALID },   /* Arabic-Indic digit */
  { "8\xff", ID, KJ_INPUT_ERROR_INVALID },  /* not UTF-8 */
  { "=1+1", ID, KJ_INPUT_ERROR_INVALID },
};

static void
test_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      const Valid *v = &valid[i];
      g_autoptr(GError) error = NULL;
      double value = NAN;
      guint decimals = 99;
      gboolean ok = kj_input_parse_number (v->text, v->notation, &value, &decimals, &error);

      if (!ok || value != v->value || decimals != v->decimals)
        g_error ("“%s” (%s): expected %.17g with %u decimals, got %s %.17g with %u (%s)",
                 v->text, v->notation == ID ? "id" : "en", v->value, v->decimals,
                 ok ? "" : "a refusal", value, decimals, error ? error->message : "");
    }
}

static void
test_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      const Invalid *v = &invalid[i];
      g_autoptr(GError) error = NULL;
      double value = 12345;
      gboolean ok = kj_input_parse_number (v->text, v->notation, &value, NULL, &error);

      if (ok || !g_error_matches (error, KJ_INPUT_ERROR, v->code))
        g_error ("“%s” (%s): expected refusal %d, got %s (%s)", v->text,
                 v->notation == ID ? "id" : "en", v->code, ok ? "a number" : "another refusal",
                 error ? error->message : "");
      g_assert_cmpfloat (value, ==, 12345);   /* untouched */
      g_assert_cmpstr (error->message, !=, "");
    }
}

/* The message says what is expected, written in the notation of the user. */
static void
test_messages (void)
{
  g_autoptr(GError) id_error = NULL, en_error = NULL, group_error = NULL, m_error = NULL;
  double value;

  g_assert_false (kj_input_parse_number ("abc", ID, &value, NULL, &id_error));
  g_assert_nonnull (strstr (id_error->message, "84,96"));
  g_assert_nonnull (strstr (id_error->message, "15.249.203.000"));
  g_assert_false (kj_input_parse_number ("abc", EN, &value, NULL, &en_error));
  g_assert_nonnull (strstr (en_error->message, "84.96"));
  g_assert_nonnull (strstr (en_error->message, "15,249,203,000"));
  g_assert_false (kj_input_parse_number ("1.50.000", ID, &value, NULL, &group_error));
  g_assert_nonnull (strstr (group_error->message, "three digits"));
  g_assert_false (kj_input_parse_number ("2 M", ID, &value, NULL, &m_error));
  g_assert_nonnull (strstr (m_error->message, "miliar"));
}

/* What a text's separators say about its notation, for tables. */
static void
test_guess (void)
{
  struct { const char *text; gboolean says; KjNotation notation; } cases[] = {
    { "84,38", TRUE, ID }, { "84.38", TRUE, EN }, { "15.249.203.000", TRUE, ID },
    { "15,249,203,000", TRUE, EN }, { "1.234,5", TRUE, ID }, { "1,234.5", TRUE, EN },
    { "Rp15,2 M", TRUE, ID }, { "1.500", FALSE, ID }, { "1,500", FALSE, ID }, { "0,500", TRUE, ID },
    { "84", FALSE, ID }, { "68 %", FALSE, ID }, { "", FALSE, ID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KjNotation n = 99;
      gboolean says = kj_input_guess_notation (cases[i].text, &n);

      g_assert_cmpint (says, ==, cases[i].says);
      if (says)
        g_assert_cmpint (n, ==, cases[i].notation);
    }
}

/* The C library's LC_NUMERIC decides the notation. */
static void
test_locale (void)
{
  char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  setlocale (LC_NUMERIC, "C");
  g_assert_cmpint (kj_notation_for_locale (), ==, EN);
  if (setlocale (LC_NUMERIC, "id_ID.UTF-8") != NULL)
    {
      double value;

      g_assert_cmpint (kj_notation_for_locale (), ==, ID);
      g_assert_true (kj_input_parse_number ("1.500", kj_notation_for_locale (), &value, NULL, NULL));
      g_assert_cmpfloat (value, ==, 1500);
    }
  else
    g_test_message ("no id_ID.UTF-8 locale here");
  setlocale (LC_NUMERIC, saved);
  g_free (saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/model/input/valid", test_valid);
  g_test_add_func ("/kinerja/model/input/invalid", test_invalid);
  g_test_add_func ("/kinerja/model/input/messages", test_messages);
  g_test_add_func ("/kinerja/model/input/locale", test_locale);
  g_test_add_func ("/kinerja/model/input/guess", test_guess);
  return g_test_run ();
}
