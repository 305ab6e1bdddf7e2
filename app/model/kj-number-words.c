/* kj-number-words.c: numbers as documents print them, in digits and in words
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports write counts twice, "4 (empat)", and a slip makes the two disagree:
 * "4 (lima)".  This reads Indonesian number words up to the millions
 * ("sembilan ratus sembilan puluh sembilan ribu", "dua belas", "seratus",
 * "seribu") and English ones ("twenty-one", "one hundred and five"), and the
 * digits of a printed figure in either convention ("15.249.203.000",
 * "84,94 %", "1,250.5").
 */
#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "kj-printed.h"

void
kj_printed_free (KjPrinted *printed)
{
  g_free (printed);
}

/**
 * kj_number_text_decimals:
 * How many decimals a JSON number's text has: "147.00" 2, "84.9e1" 0, "15" 0.
 */
int
kj_number_text_decimals (const char *text)
{
  const char *dot, *e;
  int decimals = 0, exponent = 0;

  if (text == NULL)
    return 0;
  e = strpbrk (text, "eE");
  dot = strchr (text, '.');
  if (dot && (e == NULL || dot < e))
    decimals = (int) ((e ? e : text + strlen (text)) - dot - 1);
  if (e)
    exponent = atoi (e + 1);
  return CLAMP (decimals - exponent, 0, 20);
}

/**
 * kj_printed_differs_at:
 * Whether @computed lies outside what @printed stands for when printed with
 * @decimals decimals: 84.94 stands for [84.935, 84.945], ends included.
 */
gboolean
kj_printed_differs_at (double printed,
                       int    decimals,
                       double computed)
{
  double half = 0.5 * pow (10, -CLAMP (decimals, -15, 20));

  return fabs (computed - printed) > half + kj_printed_slack (printed, computed);
}

/**
 * kj_printed_slack:
 * How far two figures may differ by the rounding of double arithmetic alone: a
 * few units in the last place of the larger, so that a computed 84.935 stays on
 * the bound of a printed 84.94, and Rp 1 still counts in Rp 10^13 (a relative
 * 1e-9 let Rp 10,000 pass there).
 */
double
kj_printed_slack (double a,
                  double b)
{
  return 32 * DBL_EPSILON * MAX (1, MAX (fabs (a), fabs (b)));
}

/* ── words ─────────────────────────────────────────────────────────────── */

typedef enum { W_NONE, W_UNIT, W_TEEN, W_TENS, W_HUNDRED_WORD, W_SCALE, W_BELAS, W_PULUH,
               W_RATUS, W_AND } WordKind;

typedef struct
{
  const char *word;
  WordKind    kind;
  gint64      value;
  gboolean    english;
} Word;

static const Word words[] = {
  { "nol", W_UNIT, 0, FALSE }, { "satu", W_UNIT, 1, FALSE }, { "dua", W_UNIT, 2, FALSE },
  { "tiga", W_UNIT, 3, FALSE }, { "empat", W_UNIT, 4, FALSE }, { "lima", W_UNIT, 5, FALSE },
  { "enam", W_UNIT, 6, FALSE }, { "tujuh", W_UNIT, 7, FALSE }, { "delapan", W_UNIT, 8, FALSE },
  { "sembilan", W_UNIT, 9, FALSE }, { "sepuluh", W_TEEN, 10, FALSE },
  { "sebelas", W_TEEN, 11, FALSE }, { "seratus", W_HUNDRED_WORD, 100, FALSE },
  { "seribu", W_SCALE, 1000, FALSE }, { "sejuta", W_SCALE, 1000000, FALSE },
  { "belas", W_BELAS, 10, FALSE }, { "puluh", W_PULUH, 10, FALSE },
  { "ratus", W_RATUS, 100, FALSE }, { "ribu", W_SCALE, 1000, FALSE },
  { "juta", W_SCALE, 1000000, FALSE }, { "miliar", W_SCALE, 1000000000, FALSE },
  { "milyar", W_SCALE, 1000000000, FALSE }, { "triliun", W_SCALE, 1000000000000, FALSE },
  { "zero", W_UNIT, 0, TRUE }, { "one", W_UNIT, 1, TRUE }, { "two", W_UNIT, 2, TRUE },
  { "three", W_UNIT, 3, TRUE }, { "four", W_UNIT, 4, TRUE }, { "five", W_UNIT, 5, TRUE },
  { "six", W_UNIT, 6, TRUE }, { "seven", W_UNIT, 7, TRUE }, { "eight", W_UNIT, 8, TRUE },
  { "nine", W_UNIT, 9, TRUE }, { "ten", W_TEEN, 10, TRUE }, { "eleven", W_TEEN, 11, TRUE },
  { "twelve", W_TEEN, 12, TRUE }, { "thirteen", W_TEEN, 13, TRUE },
  { "fourteen", W_TEEN, 14, TRUE }, { "fifteen", W_TEEN, 15, TRUE },
  { "sixteen", W_TEEN, 16, TRUE }, { "seventeen", W_TEEN, 17, TRUE },
  { "eighteen", W_TEEN, 18, TRUE }, { "nineteen", W_TEEN, 19, TRUE },
  { "twenty", W_TENS, 20, TRUE }, { "thirty", W_TENS, 30, TRUE }, { "forty", W_TENS, 40, TRUE },
  { "fifty", W_TENS, 50, TRUE }, { "sixty", W_TENS, 60, TRUE }, { "seventy", W_TENS, 70, TRUE },
  { "eighty", W_TENS, 80, TRUE }, { "ninety", W_TENS, 90, TRUE },
  { "hundred", W_RATUS, 100, TRUE }, { "thousand", W_SCALE, 1000, TRUE },
  { "million", W_SCALE, 1000000, TRUE }, { "billion", W_SCALE, 1000000000, TRUE },
  { "trillion", W_SCALE, 1000000000000, TRUE }, { "and", W_AND, 0, TRUE },
};

static const Word *
lookup (const char *token)
{
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (words[i].word, token) == 0)
      return &words[i];
  return NULL;
}

/* Word tokens of @text: runs of ASCII letters (hyphens and spaces split). */
static GPtrArray *
tokenize (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p)
    {
      const char *start;

      while (*p && !g_ascii_isalpha (*p))
        p++;
      start = p;
      while (g_ascii_isalpha (*p))
        p++;
      if (p > start)
        g_ptr_array_add (tokens, g_strndup (start, p - start));
    }
  return tokens;
}

/* Reads tokens[from, to) as one number; group is below 1000, total above. */
static gboolean
parse_tokens (GPtrArray *tokens,
              guint      from,
              guint      to,
              gint64    *value)
{
  gint64 total = 0, group = 0, last_scale = G_MAXINT64;
  int unit = -1;           /* a unit word waiting for belas/puluh/ratus */
  int stage = 3;           /* 3: nothing in the group, 2: hundreds, 1: tens, 0: units */
  gboolean english = FALSE, indonesian = FALSE, any = FALSE;

  for (guint i = from; i < to; i++)
    {
      const Word *w = lookup (g_ptr_array_index (tokens, i));

      if (w == NULL)
        return FALSE;
      english |= w->english;
      indonesian |= !w->english;
      if (english && indonesian)
        return FALSE;
      switch (w->kind)
        {
        case W_AND:
          if (!any || i + 1 == to)
            return FALSE;
          continue;
        case W_UNIT:
          if (unit >= 0 || stage < 1 || (w->value == 0 && (any || i + 1 < to)))
            return FALSE;
          unit = (int) w->value;
          break;
        case W_TEEN:
          if (unit >= 0 || stage < 2)
            return FALSE;
          group += w->value;
          stage = 0;
          break;
        case W_TENS:
          if (unit >= 0 || stage < 2)
            return FALSE;
          group += w->value;
          stage = 1;
          break;
        case W_HUNDRED_WORD:
          if (unit >= 0 || stage < 3)
            return FALSE;
          group += 100;
          stage = 2;
          break;
        case W_BELAS:
        case W_PULUH:
          if (unit < 1 || stage < 2)
            return FALSE;
          group += w->kind == W_BELAS ? 10 + unit : 10 * unit;
          unit = -1;
          stage = w->kind == W_BELAS ? 0 : 1;
          break;
        case W_RATUS:
          if (english)
            {
              /* "one hundred": the units before it */
              if (unit < 1 || stage < 3)
                return FALSE;
            }
          else if (unit < 1 || stage < 3)
            return FALSE;
          group += 100 * unit;
          unit = -1;
          stage = 2;
          break;
        case W_SCALE:
          {
            gboolean se = g_str_has_prefix (w->word, "se");

            if (unit >= 0)
              group += unit;
            unit = -1;
            if (se)
              {
                if (group != 0 || stage != 3)
                  return FALSE;
                group = 1;
              }
            if (group == 0 || w->value >= last_scale)
              return FALSE;
            total += group * w->value;
            last_scale = w->value;
            group = 0;
            stage = 3;
          }
          break;
        case W_NONE:
        default:
          return FALSE;
        }
      any = TRUE;
    }
  if (!any)
    return FALSE;
  if (unit >= 0)
    group += unit;
  *value = total + group;
  return TRUE;
}

/**
 * kj_number_words_parse:
 * Reads @words ("dua belas", "sembilan ratus sembilan puluh sembilan ribu",
 * "twenty-one") as one whole number.
 *
 * Returns: %FALSE when @words is not one number in words
 */
gboolean
kj_number_words_parse (const char *text,
                       gint64     *value)
{
  g_autoptr(GPtrArray) tokens = NULL;
  gint64 v;

  g_return_val_if_fail (text != NULL, FALSE);

  tokens = tokenize (text);
  if (tokens->len == 0 || !parse_tokens (tokens, 0, tokens->len, &v))
    return FALSE;
  if (value)
    *value = v;
  return TRUE;
}

/* The words @from to @to (excluded) as the text reads them, one space apart. */
static char *
join_tokens (GPtrArray *tokens,
             guint      from,
             guint      to)
{
  GString *w = g_string_new (NULL);

  for (guint k = from; k < to; k++)
    g_string_append_printf (w, "%s%s", k > from ? " " : "", (char *) g_ptr_array_index (tokens, k));
  return g_string_free (w, FALSE);
}

/**
 * kj_number_words_find:
 * @words: (out) (optional): the number words found, joined by spaces
 *
 * Finds the first run of number words in @text ("4 (lima)", "empat puluh
 * indikator") and reads it.
 *
 * Returns: whether @text holds a number in words
 */
gboolean
kj_number_words_find (const char *text,
                      gint64     *value,
                      char      **words_out)
{
  g_autoptr(GPtrArray) tokens = NULL;

  if (text == NULL)
    return FALSE;
  tokens = tokenize (text);
  for (guint i = 0; i < tokens->len; i++)
    {
      const Word *w = lookup (g_ptr_array_index (tokens, i));
      guint end = i;

      if (w == NULL || w->kind == W_AND)
        continue;
      /* a number in words is at most a few dozen words: longer runs are
       * read from their start only (linear in the text however long) */
      while (end < tokens->len && end < i + 32 && lookup (g_ptr_array_index (tokens, end)) != NULL)
        end++;
      /* the longest run from i that reads as a number */
      for (guint to = end; to > i; to--)
        {
          gint64 v;
          if (parse_tokens (tokens, i, to, &v))
            {
              if (value)
                *value = v;
              if (words_out)
                *words_out = join_tokens (tokens, i, to);
              return TRUE;
            }
        }
      i = end;
    }
  return FALSE;
}

/* "tujuh (7)", "sebanyak dua belas (12) indikator": number words, then the
 * digits alone in parentheses */
static gboolean
words_before_digits (const char *text,
                     gint64     *value,
                     char      **words_out)
{
  g_autoptr(GPtrArray) tokens = NULL;
  g_autofree char *before = NULL;
  const char *open = strchr (text, '('), *close, *q;
  guint n;

  if (open == NULL || (close = strchr (open, ')')) == NULL)
    return FALSE;
  /* digits only in the parentheses, and none before them */
  for (q = text; q < open; q++)
    if (g_ascii_isdigit (*q))
      return FALSE;
  for (q = open + 1; q < close && (*q == ' ' || *q == '%'); q++)
    ;
  if (q == close || !g_ascii_isdigit (*q))
    return FALSE;
  for (; q < close; q++)
    if (!g_ascii_isdigit (*q) && *q != '.' && *q != ',' && *q != ' ' && *q != '%')
      return FALSE;
  before = g_strndup (text, open - text);
  tokens = tokenize (before);
  n = tokens->len;
  /* a unit after the number words */
  while (n > 0 && lookup (g_ptr_array_index (tokens, n - 1)) == NULL
         && (g_ascii_strcasecmp (g_ptr_array_index (tokens, n - 1), "rupiah") == 0
             || g_ascii_strcasecmp (g_ptr_array_index (tokens, n - 1), "persen") == 0
             || g_ascii_strcasecmp (g_ptr_array_index (tokens, n - 1), "percent") == 0))
    n--;
  /* the longest run of number words that ends there and reads as a number */
  for (guint from = 0; from < n; from++)
    {
      gint64 v;
      gboolean all_words = TRUE;

      for (guint k = from; k < n && all_words; k++)
        all_words = lookup (g_ptr_array_index (tokens, k)) != NULL;
      if (!all_words || n - from > 64 || !parse_tokens (tokens, from, n, &v))
        continue;
      if (value)
        *value = v;
      if (words_out)
        *words_out = join_tokens (tokens, from, n);
      return TRUE;
    }
  return FALSE;
}

/**
 * kj_number_words_in_parentheses:
 * @words: (out) (optional): the number words, joined by spaces
 *
 * Reads the words a document writes in parentheses after a number in digits:
 * "4 (lima)", "20 (dua puluh) indikator", "Rp 15.249.203.000 (lima belas
 * miliar … rupiah)". Words after the number (a unit: "rupiah", "persen") are
 * left out; anything else in the parentheses that is not a number word
 * (a misspelt "Myliar") and the text is not read, rather than read wrong.
 *
 * The other order, the words and then the digits in parentheses ("tujuh (7)",
 * "sebanyak dua belas (12) indikator"), is read too: the contract asks the
 * two to agree wherever a text writes a number both ways.
 *
 * Returns: whether the parentheses after the first digits hold a number in
 *   words, or the words before the first parentheses that hold only digits
 */
gboolean
kj_number_words_in_parentheses (const char *text,
                                gint64     *value,
                                char      **words_out)
{
  g_autoptr(GPtrArray) tokens = NULL;
  g_autofree char *inside = NULL;
  const char *p = text, *open, *close;
  guint n;
  gint64 v;

  if (text == NULL)
    return FALSE;
  if (words_before_digits (text, value, words_out))
    return TRUE;
  while (*p && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    return FALSE;
  p += strspn (p, "0123456789.,");
  while (*p == ' ' || *p == '%')
    p++;
  if (*p != '(' || (close = strchr (p, ')')) == NULL)
    return FALSE;
  open = p + 1;
  inside = g_strndup (open, close - open);
  tokens = tokenize (inside);
  n = tokens->len;
  /* a unit after the number words */
  while (n > 0 && lookup (g_ptr_array_index (tokens, n - 1)) == NULL)
    {
      const char *t = g_ptr_array_index (tokens, n - 1);
      if (g_ascii_strcasecmp (t, "rupiah") != 0 && g_ascii_strcasecmp (t, "persen") != 0
          && g_ascii_strcasecmp (t, "percent") != 0)
        return FALSE;
      n--;
    }
  if (n == 0 || n > 64 || !parse_tokens (tokens, 0, n, &v))
    return FALSE;
  if (value)
    *value = v;
  if (words_out)
    {
      GString *w = g_string_new (NULL);
      for (guint k = 0; k < n; k++)
        g_string_append_printf (w, "%s%s", k ? " " : "", (char *) g_ptr_array_index (tokens, k));
      *words_out = g_string_free (w, FALSE);
    }
  return TRUE;
}

/* ── digits ────────────────────────────────────────────────────────────── */

/* Reads @s with @group as the thousands separator and @point as the decimal
 * point; FALSE unless every group after the first has three digits. */
static gboolean
read_convention (const char *s,
                 char        group,
                 char        point,
                 double     *number,
                 int        *decimals)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  gboolean seen_point = FALSE, seen_group = FALSE;
  int run = 0, first_run = -1, after_point = 0;

  for (const char *p = s; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (plain, *p);
          run++;
          if (seen_point)
            after_point++;
        }
      else if (*p == group)
        {
          if (seen_point || run == 0 || (seen_group && run != 3) || (!seen_group && run > 3))
            return FALSE;
          if (first_run < 0)
            first_run = run;
          seen_group = TRUE;
          run = 0;
        }
      else if (*p == point)
        {
          if (seen_point || run == 0 || (seen_group && run != 3))
            return FALSE;
          g_string_append_c (plain, '.');
          seen_point = TRUE;
          run = 0;
        }
      else
        return FALSE;
    }
  if (run == 0 || (seen_group && !seen_point && run != 3))
    return FALSE;
  *number = g_ascii_strtod (plain->str, NULL);
  *decimals = after_point;
  return TRUE;
}

/**
 * kj_printed_text_number:
 * @value: the number the file records for the figure, to choose between the
 *   conventions where a text reads both ways ("1.500")
 * @number: (out): the number the text prints in digits
 * @decimals: (out): how many decimals it prints
 *
 * Reads the first number written in digits in @text: "Rp 15.249.203.000",
 * "84,94%" (Indonesian), "84.94" or "1,250.5" (English).
 *
 * Returns: whether @text holds a number in digits
 */
gboolean
kj_printed_text_number (const char *text,
                        double      value,
                        double     *number,
                        int        *decimals)
{
  const char *p = text;
  g_autofree char *token = NULL;
  double id_n = 0, en_n = 0;
  int id_d = 0, en_d = 0;
  gboolean id_ok, en_ok, negative = FALSE;
  gsize len;

  if (text == NULL)
    return FALSE;
  while (*p && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    return FALSE;
  negative = p > text && p[-1] == '-';
  len = strspn (p, "0123456789.,");
  while (len > 0 && (p[len - 1] == '.' || p[len - 1] == ','))
    len--;
  /* a negative amount printed with its sign away from the digits ("-Rp
   * 5.000.000", "minus Rp 5.000.000", "−5.000.000") or in an accountant's
   * parentheses ("(5.000.000)"): read as negative when the file's value is,
   * so that a dash that only separates ("TOTAL - Rp 5.000.000") never is */
  if (!negative && !isnan (value) && value < 0)
    {
      g_autofree char *before = g_strndup (text, p - text);
      g_autofree char *lower = g_ascii_strdown (before, -1);
      const char *close = strchr (p + len, ')');
      const char *next_digit = strpbrk (p + len, "0123456789");
      gboolean parens = strchr (before, '(') != NULL && close != NULL
                        && (next_digit == NULL || next_digit > close);

      negative = strchr (before, '-') != NULL || strstr (before, "\xe2\x88\x92") != NULL
                 || strstr (lower, "minus") != NULL || parens;
    }
  token = g_strndup (p, len);
  id_ok = read_convention (token, '.', ',', &id_n, &id_d);
  en_ok = read_convention (token, ',', '.', &en_n, &en_d);
  /* "Rp 15,25 miliar", "1.5 million": a scale word after the digits */
  {
    static const struct { const char *word; int power; } scales[] = {
      { "ribu", 3 }, { "rb", 3 }, { "juta", 6 }, { "jt", 6 }, { "miliar", 9 }, { "milyar", 9 },
      { "triliun", 12 }, { "thousand", 3 }, { "million", 6 }, { "billion", 9 },
      { "trillion", 12 },
    };
    const char *after = p + len;
    gsize n;

    while (*after == ' ')
      after++;
    for (n = 0; g_ascii_isalpha (after[n]); n++)
      ;
    for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
      if (n == strlen (scales[i].word) && g_ascii_strncasecmp (after, scales[i].word, n) == 0)
        {
          double f = pow (10, scales[i].power);
          id_n *= f, en_n *= f;
          id_d -= scales[i].power, en_d -= scales[i].power;
          break;
        }
  }
  if (id_ok && en_ok && !isnan (value))
    {
      /* both read: the one that agrees with the file's value */
      double v = negative ? -value : value;
      if (!kj_printed_differs_at (en_n, en_d, v) && kj_printed_differs_at (id_n, id_d, v))
        id_ok = FALSE;
    }
  if (id_ok)
    {
      *number = negative ? -id_n : id_n;
      *decimals = id_d;
      return TRUE;
    }
  if (en_ok)
    {
      *number = negative ? -en_n : en_n;
      *decimals = en_d;
      return TRUE;
    }
  return FALSE;
}
