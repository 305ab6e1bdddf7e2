/* kj-gen-json.c: the workspace generator: random numbers and the JSON writer */
/* Copyright 2026 The Kinerja authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "kj-gen.h"

/* Random numbers {{{1 */

int
rnd_int (GRand *r,
         int    lo,
         int    hi)
{
  g_assert (lo <= hi);
  return g_rand_int_range (r, lo, hi + 1);
}

gboolean
rnd_chance (GRand  *r,
            double  p)
{
  return g_rand_double (r) < p;
}

/* Roughly standard normal (Irwin–Hall of four uniforms scaled to unit variance): no libm, so
 * the same stream of values on every machine with IEEE doubles. */
double
rnd_gauss (GRand *r)
{
  double s = 0;

  for (int i = 0; i < 4; i++)
    s += g_rand_double (r);
  return (s - 2.0) * 1.7320508075688772;
}

gint64
round_half_up (double x)
{
  return x >= 0 ? (gint64) (x + 0.5) : -(gint64) (-x + 0.5);
}

gint64
to_cents (double x)
{
  return round_half_up (x * 100.0);
}

/* JSON writer {{{1 */


void
append_json_string (GString    *out,
                    const char *s)
{
  g_assert (g_utf8_validate (s, -1, NULL));
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) s; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

/* Hundredths as a plain JSON number with at most two decimals and no trailing zeros. */
void
append_cents (GString *out,
              gint64   cents)
{
  gint64 frac;

  if (cents < 0)
    {
      g_string_append_c (out, '-');
      cents = -cents;
    }
  g_string_append_printf (out, "%" G_GINT64_FORMAT, cents / 100);
  frac = cents % 100;
  if (frac == 0)
    return;
  if (frac % 10 == 0)
    g_string_append_printf (out, ".%d", (int) (frac / 10));
  else
    g_string_append_printf (out, ".%02d", (int) frac);
}

void
jw_newline (JsonWriter *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

/* The path of the value about to be written under @key (or the next element). */
void
jw_locate (JsonWriter *w,
           const char *key)
{
  g_string_truncate (w->path, w->path_len[w->depth]);
  if (key != NULL)
    g_string_append_printf (w->path, "%s%s", w->path->len ? "." : "", key);
  else if (w->depth > 0)
    g_string_append_printf (w->path, "%s[%u]", w->path->len ? "" : "$", w->count[w->depth]++);
}

/* Records that the value under @key is a slip of @kind. */
void
jw_plant (JsonWriter *w,
          const char *key,
          const char *kind)
{
  g_string_truncate (w->path, w->path_len[w->depth]);
  g_string_append_printf (w->planted, "%s%s%s\t%s\n", w->path->str, w->path->len ? "." : "",
                          key, kind);
}

void
jw_prefix (JsonWriter *w,
           const char *key)
{
  jw_locate (w, key);
  if (w->depth > 0)
    {
      gboolean first = w->first[w->depth];

      if (!first)
        g_string_append_c (w->out, ',');
      if (!w->inline_[w->depth])
        jw_newline (w);
      else if (!first)
        g_string_append_c (w->out, ' ');
      w->first[w->depth] = FALSE;
    }
  if (key != NULL)
    {
      append_json_string (w->out, key);
      g_string_append (w->out, ": ");
    }
}

void
jw_open (JsonWriter *w,
         const char *key,
         char        bracket,
         gboolean    inline_)
{
  jw_prefix (w, key);
  g_string_append_c (w->out, bracket);
  w->depth++;
  g_assert (w->depth < JW_MAX_DEPTH);
  w->path_len[w->depth] = w->path->len;
  w->count[w->depth] = 0;
  w->first[w->depth] = TRUE;
  w->inline_[w->depth] = inline_ || w->inline_[w->depth - 1];
}

void
jw_close (JsonWriter *w,
          char        bracket)
{
  gboolean empty = w->first[w->depth];
  gboolean inline_ = w->inline_[w->depth];

  g_assert (w->depth > 0);
  w->depth--;
  if (!empty && !inline_)
    jw_newline (w);
  g_string_append_c (w->out, bracket);
}


void
jw_string (JsonWriter *w,
           const char *key,
           const char *value)
{
  jw_prefix (w, key);
  if (value == NULL)
    g_string_append (w->out, "null");
  else
    append_json_string (w->out, value);
}

void
jw_int (JsonWriter *w,
        const char *key,
        gint64      value)
{
  jw_prefix (w, key);
  if (value == NO_VALUE)
    g_string_append (w->out, "null");
  else
    g_string_append_printf (w->out, "%" G_GINT64_FORMAT, value);
}

void
jw_cents (JsonWriter *w,
          const char *key,
          gint64      cents)
{
  jw_prefix (w, key);
  if (cents == NO_VALUE)
    g_string_append (w->out, "null");
  else
    append_cents (w->out, cents);
}

void
jw_null (JsonWriter *w,
         const char *key)
{
  jw_prefix (w, key);
  g_string_append (w->out, "null");
}
