/* kj-input.c: numbers as planners type them, in Indonesian or English notation
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are in docs/input.md.  In short: a sign (- or −), an optional
 * "Rp", digits with group separators and one decimal mark, and an optional
 * "%" or scale word (ribu, juta, miliar, triliun, …).  Where both "." and ","
 * occur, or one of them more than once, the text says which is which; a lone
 * separator followed by exactly three digits (1.500) is what @notation says.
 * The value is read from the digits by one correctly rounded conversion, so a
 * scaled amount (Rp15,2 M) is the exact number of rupiah.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kj-format.h"
#include "kj-input.h"

G_DEFINE_QUARK (kj-input-error-quark, kj_input_error)

/* Longer than anyone types a number: refused before any work. */
#define MAX_TYPED 80
#define MAX_DIGITS 40

/**
 * kj_notation_for_locale:
 * Returns: %KJ_NOTATION_ID when the C library's LC_NUMERIC writes the decimal
 *   mark as a comma (id_ID), else %KJ_NOTATION_EN
 */
KjNotation
kj_notation_for_locale (void)
{
  const char *dp, *ts;

  kj_format_separators (&dp, &ts);
  return g_str_equal (dp, ",") ? KJ_NOTATION_ID : KJ_NOTATION_EN;
}

typedef struct
{
  const char *word;
  int         exponent;
  gboolean    needs_rupiah;   /* M: juta in English, miliar in Indonesian */
} Scale;

static const Scale scales[] = {
  { "ribu", 3, FALSE }, { "rb", 3, FALSE }, { "thousand", 3, FALSE }, { "k", 3, FALSE },
  { "juta", 6, FALSE }, { "jt", 6, FALSE }, { "million", 6, FALSE },
  { "miliar", 9, FALSE }, { "milyar", 9, FALSE }, { "billion", 9, FALSE },
  { "bn", 9, FALSE }, { "m", 9, TRUE },
  { "triliun", 12, FALSE }, { "trillion", 12, FALSE }, { "t", 12, FALSE },
};

static void
examples (KjNotation   notation,
          const char **fraction,
          const char **grouped,
          const char **scaled)
{
  gboolean id = notation == KJ_NOTATION_ID;

  *fraction = id ? "84,96" : "84.96";
  *grouped = id ? "15.249.203.000" : "15,249,203,000";
  *scaled = id ? "Rp15,2 M" : "Rp15.2 M";
}

static gboolean
refuse (GError   **error,
        KjNotation notation)
{
  const char *fraction, *grouped, *scaled;

  examples (notation, &fraction, &grouped, &scaled);
  g_set_error (error, KJ_INPUT_ERROR, KJ_INPUT_ERROR_INVALID,
               /* Translators: the examples are 84,96, 15.249.203.000, Rp15,2 M and 68 % */
               _("Expected a number such as %s, %s, %s or %s"), fraction, grouped, scaled, "68 %");
  return FALSE;
}

static gboolean
refuse_groups (GError   **error,
               KjNotation notation,
               char       separator)
{
  const char *fraction, *grouped, *scaled;

  examples (notation, &fraction, &grouped, &scaled);
  if (separator == ',')
    grouped = "15,249,203,000";
  else if (separator == '.')
    grouped = "15.249.203.000";
  g_set_error (error, KJ_INPUT_ERROR, KJ_INPUT_ERROR_INVALID,
               /* Translators: “%c” is the group separator, %s an example: 15.249.203.000 */
               _("Expected groups of three digits after each “%c”, such as %s"), separator, grouped);
  return FALSE;
}

/* Copies @text as ASCII: no-break and thin spaces become spaces, U+2212 a
 * minus; anything else outside ASCII makes it no number (NULL). */
static char *
to_ascii (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return NULL;
      if (c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x2007)
        g_string_append_c (out, ' ');
      else if (c == 0x2212)
        g_string_append_c (out, '-');
      else if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;
  return p;
}

/* Splits @digits (digits and @group only) into groups of three; appends the
 * digits to @out.  The first group has 1 to 3 digits and no leading zero
 * unless it is the only one. */
static gboolean
append_grouped (GString    *out,
                const char *start,
                const char *end,
                char        group)
{
  const char *p = start;
  guint n_groups = 0;

  if (group == 0)
    {
      g_string_append_len (out, start, end - start);
      return TRUE;
    }
  while (p < end)
    {
      const char *q = p;

      while (q < end && *q != group)
        q++;
      if (q == p || (n_groups == 0 && q - p > 3) || (n_groups > 0 && q - p != 3))
        return FALSE;
      if (n_groups == 0 && *p == '0' && q < end)
        return FALSE;
      g_string_append_len (out, p, q - p);
      n_groups++;
      p = q < end ? q + 1 : q;
      if (q < end && p == end)
        return FALSE;   /* a separator at the end: "1.500." */
    }
  return TRUE;
}

static guint
count_char (const char *start,
            const char *end,
            char        c)
{
  guint n = 0;

  for (const char *p = start; p < end; p++)
    n += *p == c;
  return n;
}

static const char *
last_of (const char *start,
         const char *end,
         char        c)
{
  for (const char *p = end; p-- > start;)
    if (*p == c)
      return p;
  return NULL;
}

/* The digits between @start and @end: which separator is the decimal mark,
 * and the digits as typed, the fraction's counted in @n_fraction. */
static gboolean
parse_digits (const char *start,
              const char *end,
              KjNotation  notation,
              GString    *digits,
              guint      *n_fraction,
              GError    **error)
{
  guint n_dots = count_char (start, end, '.');
  guint n_commas = count_char (start, end, ',');
  const char *mark = NULL;
  char group = 0, decimal = 0;

  if (n_dots > 0 && n_commas > 0)
    {
      const char *d = last_of (start, end, '.'), *c = last_of (start, end, ',');

      decimal = d > c ? '.' : ',';
      group = d > c ? ',' : '.';
      if (count_char (start, end, decimal) > 1)
        {
          const char *fraction, *grouped, *scaled;

          examples (notation, &fraction, &grouped, &scaled);
          g_set_error (error, KJ_INPUT_ERROR, KJ_INPUT_ERROR_INVALID,
                       /* Translators: “%c” is the decimal mark, %s an example: 84,96 */
                       _("Expected one decimal mark “%c” at most, such as %s"), decimal,
                       decimal == ',' ? "84,96" : "84.96");
          return FALSE;
        }
      mark = MAX (d, c);
    }
  else if (n_dots + n_commas > 1)
    group = n_dots ? '.' : ',';
  else if (n_dots + n_commas == 1)
    {
      char c = n_dots ? '.' : ',';
      const char *at = last_of (start, end, c);
      gsize before = at - start, after = end - at - 1;

      if (after == 3 && before >= 1 && before <= 3 && *start != '0')
        {
          /* 1.500 or 1,500: the notation decides */
          gboolean decimal_comma = notation == KJ_NOTATION_ID;
          if ((c == ',') == decimal_comma)
            decimal = c, mark = at;
          else
            group = c;
        }
      else
        decimal = c, mark = at;
    }

  if (mark == NULL)
    mark = end;
  if (!append_grouped (digits, start, mark, group))
    return refuse_groups (error, notation, group);
  if (mark < end)
    {
      const char *f = mark + 1;

      if (f == end)
        return refuse (error, notation);
      for (const char *p = f; p < end; p++)
        if (!g_ascii_isdigit (*p))
          return group && *p == group ? refuse_groups (error, notation, group) : refuse (error, notation);
      g_string_append_len (digits, f, end - f);
      *n_fraction = end - f;
    }
  else
    *n_fraction = 0;
  if (digits->len == 0)
    return refuse (error, notation);
  return TRUE;
}

/**
 * kj_input_guess_notation:
 * @notation: (out): the notation @text is written in, when it says
 *
 * What the separators of the first run of digits say: both "." and ",", the
 * last is the decimal mark; one used more than once groups; one alone is the
 * decimal mark unless exactly three digits follow it (1.500 says nothing).
 *
 * Returns: %TRUE when @text is written in one notation only
 */
gboolean
kj_input_guess_notation (const char *text,
                         KjNotation *notation)
{
  const char *start, *end;
  guint dots, commas;

  g_return_val_if_fail (text != NULL && notation != NULL, FALSE);

  start = text;
  while (*start && !g_ascii_isdigit (*start) && *start != '.' && *start != ',')
    start++;
  end = start;
  while (g_ascii_isdigit (*end) || *end == '.' || *end == ',')
    end++;
  dots = count_char (start, end, '.');
  commas = count_char (start, end, ',');
  if (dots + commas == 0)
    return FALSE;
  if (dots > 0 && commas > 0)
    *notation = last_of (start, end, ',') > last_of (start, end, '.') ? KJ_NOTATION_ID : KJ_NOTATION_EN;
  else if (dots + commas > 1)
    *notation = dots ? KJ_NOTATION_ID : KJ_NOTATION_EN;
  else
    {
      const char *at = last_of (start, end, dots ? '.' : ',');
      gsize before = at - start, after = end - at - 1;

      if (after == 3 && before >= 1 && before <= 3 && *start != '0')
        return FALSE;
      *notation = dots ? KJ_NOTATION_EN : KJ_NOTATION_ID;
    }
  return TRUE;
}

/**
 * kj_input_parse_number:
 * @text: what was typed
 * @notation: what decides a lone separator before three digits (1.500)
 * @value: (out): the number (rupiah for money; 68 for "68 %")
 * @decimals: (out) (optional): the digits typed after the decimal mark, less
 *   those a scale word takes up (Rp15,2 M: 0)
 *
 * Reads a number in either notation (docs/input.md).  Empty text (only
 * spaces) fails with %KJ_INPUT_ERROR_EMPTY, which a caller takes as "no
 * data"; anything else that is not a number fails with a message saying what
 * is expected.
 *
 * Returns: %TRUE when @text is a number
 */
gboolean
kj_input_parse_number (const char *text,
                       KjNotation  notation,
                       double     *value,
                       guint      *decimals,
                       GError    **error)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p, *start;
  gboolean negative = FALSE, has_sign = FALSE, rupiah = FALSE, percent = FALSE;
  const Scale *scale = NULL;
  guint n_fraction = 0;
  int exponent;
  double result;
  char *number;

  g_return_val_if_fail (text != NULL && value != NULL, FALSE);

  if (strlen (text) > MAX_TYPED || (ascii = to_ascii (text)) == NULL)
    return refuse (error, notation);
  p = skip_spaces (ascii);
  if (*p == '\0')
    {
      g_set_error_literal (error, KJ_INPUT_ERROR, KJ_INPUT_ERROR_EMPTY, _("Expected a number"));
      return FALSE;
    }

  for (int round = 0; round < 2; round++)
    {
      if (*p == '-' || *p == '+')
        {
          if (has_sign)
            goto two_signs;
          has_sign = TRUE;
          negative = *p == '-';
          p = skip_spaces (p + 1);
        }
      if (round == 0 && g_ascii_strncasecmp (p, "rp", 2) == 0)
        {
          rupiah = TRUE;
          p += 2;
          if (*p == '.')
            p++;
          p = skip_spaces (p);
        }
      else
        break;
    }
  if (*p == '-' || *p == '+')
    goto two_signs;

  start = p;
  while (g_ascii_isdigit (*p) || *p == '.' || *p == ',')
    p++;
  if (p == start || !parse_digits (start, p, notation, digits, &n_fraction, error))
    return p == start ? refuse (error, notation) : FALSE;

  p = skip_spaces (p);
  if (*p == '%')
    {
      percent = TRUE;
      p = skip_spaces (p + 1);
    }
  else if (g_ascii_isalpha (*p))
    {
      const char *w = p;
      g_autofree char *word = NULL;

      while (g_ascii_isalpha (*p))
        p++;
      word = g_strndup (w, p - w);
      for (guint i = 0; i < G_N_ELEMENTS (scales) && scale == NULL; i++)
        if (g_ascii_strcasecmp (word, scales[i].word) == 0)
          scale = &scales[i];
      if (scale == NULL)
        return refuse (error, notation);
      if (scale->needs_rupiah && !rupiah)
        {
          g_set_error (error, KJ_INPUT_ERROR, KJ_INPUT_ERROR_AMBIGUOUS,
                       /* Translators: %s is the suffix typed, M */
                       _("“%s” can mean million or miliar: expected “juta” or “miliar”, or Rp before the number"),
                       word);
          return FALSE;
        }
      p = skip_spaces (p);
    }
  if (*p == '-' || *p == '+')
    goto two_signs;
  if (*p != '\0' || (percent && rupiah))
    return refuse (error, notation);

  /* the value from the digits, in one correctly rounded step */
  while (digits->len > 1 && digits->str[0] == '0')
    g_string_erase (digits, 0, 1);
  if (digits->len > MAX_DIGITS)
    goto too_large;
  exponent = (scale ? scale->exponent : 0) - (int) n_fraction;
  number = g_strdup_printf ("%s%se%d", negative ? "-" : "", digits->str, exponent);
  result = g_ascii_strtod (number, NULL);
  g_free (number);
  if (!isfinite (result) || fabs (result) > KJ_INPUT_MAX)
    goto too_large;

  *value = result == 0 ? 0 : result;
  if (decimals)
    *decimals = exponent < 0 ? (guint) -exponent : 0;
  return TRUE;

two_signs:
  g_set_error (error, KJ_INPUT_ERROR, KJ_INPUT_ERROR_INVALID,
               /* Translators: %s is an example: −3 */
               _("Expected one sign at most, before the number, such as %s"), "−3");
  return FALSE;

too_large:
  g_set_error (error, KJ_INPUT_ERROR, KJ_INPUT_ERROR_RANGE,
               /* Translators: %s is 1.000.000.000.000.000 (10^15) */
               _("Expected a number no larger than %s"),
               notation == KJ_NOTATION_ID ? "1.000.000.000.000.000" : "1,000,000,000,000,000");
  return FALSE;
}
