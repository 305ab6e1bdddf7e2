/* kj-format.c: numbers, money and dates as the locale writes them
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Indonesian planners read 15.249.203.000 and 84,96; printf's %' flag depends
 * on the C library's grouping tables, so grouping is done here, from the
 * separators the locale names.
 */
#include "config.h"

#include <langinfo.h>
#include <math.h>
#include <string.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "kj-format.h"

/**
 * kj_format_number_with:
 * Returns: (transfer full): @value with @decimals decimals and digit groups of three
 */
char *
kj_format_number_with (double      value,
                       int         decimals,
                       const char *decimal_point,
                       const char *thousands_sep)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32];
  char format[16];
  GString *out;
  const char *digits, *dot;
  gsize int_len;

  if (isnan (value) || isinf (value))
    return g_strdup (KJ_NO_DATA);
  /* beyond a quadrillion no plan counts rupiah or people: write the exponent
   * (1.5e+100), not 100 digits a buffer would cut */
  if (fabs (value) >= 1e15)
    {
      char *p;

      kj_format_shortest (value, buf);
      out = g_string_new (NULL);
      for (p = buf; *p; p++)
        if (*p == '.')
          g_string_append (out, decimal_point);
        else
          g_string_append_c (out, *p);
      return g_string_free (out, FALSE);
    }
  decimals = CLAMP (decimals, 0, 9);
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, format, value);

  out = g_string_new (NULL);
  digits = buf;
  if (*digits == '-')
    {
      /* no "-0" for a value that rounds to zero */
      if (strspn (digits + 1, "0.") != strlen (digits + 1))
        g_string_append_c (out, '-');
      digits++;
    }
  dot = strchr (digits, '.');
  int_len = dot ? (gsize) (dot - digits) : strlen (digits);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, thousands_sep);
      g_string_append_c (out, digits[i]);
    }
  if (dot)
    {
      g_string_append (out, decimal_point);
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

/* The calling thread's separators (uselocale() included); the C locale
 * groups with "," so large sums stay legible.  Not localeconv(): glibc
 * fills one struct for every thread, so a report composed on a thread in
 * the report's language would read the window's separators whenever the
 * window formats a number at the same moment. */
void
kj_format_separators (const char **decimal_point,
                      const char **thousands_sep)
{
  const char *dp = nl_langinfo (RADIXCHAR), *ts = nl_langinfo (THOUSEP);

  *decimal_point = dp && *dp ? dp : ".";
  *thousands_sep = ts && *ts ? ts : g_str_equal (*decimal_point, ",") ? "." : ",";
}

char *
kj_format_number (double value,
                  int    decimals)
{
  const char *dp, *ts;

  kj_format_separators (&dp, &ts);
  return kj_format_number_with (value, decimals, dp, ts);
}

char *
kj_format_percent (double value,
                   int    decimals)
{
  g_autofree char *n = NULL;

  if (isnan (value))
    return g_strdup (KJ_NO_DATA);
  n = kj_format_number (value, decimals);
  /* Translators: a percentage; Indonesian writes "84,96%" */
  return g_strdup_printf (_("%s%%"), n);
}

char *
kj_format_rupiah (double value)
{
  g_autofree char *n = NULL;

  if (isnan (value))
    return g_strdup (KJ_NO_DATA);
  n = kj_format_number (value, 0);
  return g_strdup_printf ("Rp %s", n);
}

/* 2 decimals for fractions, none for whole numbers (counts, rupiah). */
int
kj_format_auto_decimals (double value)
{
  if (isnan (value) || value == floor (value))
    return 0;
  return 2;
}

/**
 * kj_format_shortest:
 * @buf: (out caller-allocates): G_ASCII_DTOSTR_BUF_SIZE bytes
 *
 * The shortest text (C locale, `%g` form) that reads back as exactly @value:
 * 84.96, not 84.959999999999994.
 */
void
kj_format_shortest (double  value,
                    char   *buf)
{
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];
      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
}

/**
 * kj_printed_decimals:
 * How many decimals the shortest text of @value has: a figure printed as
 * 84.96 has 2, and stands for anything in [84.955, 84.965].
 */
int
kj_printed_decimals (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *dot;
  int exponent = 0, decimals;
  char *e;

  if (isnan (value) || isinf (value))
    return 0;
  kj_format_shortest (value, buf);
  if ((e = strpbrk (buf, "eE")) != NULL)
    {
      exponent = atoi (e + 1);
      *e = '\0';
    }
  dot = strchr (buf, '.');
  decimals = dot ? (int) strlen (dot + 1) : 0;
  return MAX (0, decimals - exponent);
}

/**
 * kj_format_append_slug:
 * Appends @text to a file name as ASCII words joined by dashes ("BNN Kota
 * Kupang" → "bnn-kota-kupang"), after a dash when @name is not empty: names
 * that suit any file system and survive mail.
 */
void
kj_format_append_slug (GString    *name,
                       const char *text)
{
  g_autofree char *ascii = NULL;
  gboolean dash;

  if (text == NULL || *text == '\0')
    return;
  ascii = g_str_to_ascii (text, "C");
  dash = name->len > 0;
  for (const char *p = ascii; *p; p++)
    {
      if (!g_ascii_isalnum (*p))
        {
          dash = name->len > 0;
          continue;
        }
      if (dash && name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
      dash = FALSE;
      g_string_append_c (name, g_ascii_tolower (*p));
    }
}

/**
 * kj_format_escape_controls:
 * @text: (nullable): text that may come from a mailed file
 *
 * @text with every control character written visibly: C0 controls, DEL and
 * the C1 range as `\x1B`, `\u009B`, and bytes that are not UTF-8 as `\xFF`.
 * What reaches a terminal or a log cannot retitle, clear or fake it.
 *
 * Returns: (transfer full): the escaped text
 */
char *
kj_format_escape_controls (const char *text)
{
  GString *out;
  const char *p, *end;

  if (text == NULL)
    return g_strdup ("(null)");
  out = g_string_sized_new (strlen (text));
  end = text + strlen (text);
  for (p = text; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02X", c);
      else if (c >= 0x80 && c <= 0x9f)
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

/**
 * kj_format_plain_text:
 * @text: (nullable): text from a file, for an SVG, a PDF's metadata, a CSV
 * @xml: escape `&`, `<`, `>`, `"` and `'` as well
 *
 * @text with the characters no document format takes (C0 controls but tab
 * and line breaks, DEL, the C1 range) replaced by U+FFFD: XML 1.0 forbids
 * them even as `&#x1;`.
 *
 * Returns: (transfer full): the text, valid in XML 1.0 when @xml
 */
char *
kj_format_plain_text (const char *text,
                      gboolean    xml)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f))
        g_string_append_unichar (out, 0xFFFD);
      else if (xml && c == '&')
        g_string_append (out, "&amp;");
      else if (xml && c == '<')
        g_string_append (out, "&lt;");
      else if (xml && c == '>')
        g_string_append (out, "&gt;");
      else if (xml && c == '"')
        g_string_append (out, "&quot;");
      else if (xml && c == '\'')
        g_string_append (out, "&apos;");
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
