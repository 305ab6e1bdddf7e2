/* kj-report-lang.c: numbers, dates and drafted sentences in a report's language
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is written in its own language (Indonesian or English), whatever
 * the locale of the machine that prints it: the words of a report are kept
 * here in both languages, not in the interface's translations.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "model/kj-format.h"
#include "model/kj-indicator.h"
#include "report/kj-report.h"

char *
kj_report_format_number (KjReportLang lang,
                         double       value,
                         int          decimals)
{
  return lang == KJ_REPORT_LANG_EN ? kj_format_number_with (value, decimals, ".", ",")
                                   : kj_format_number_with (value, decimals, ",", ".");
}

/* "103,73%" / "103.73%" */
char *
kj_report_format_percent (KjReportLang lang,
                          double       value,
                          int          decimals)
{
  g_autofree char *n = NULL;

  if (!kj_has (value))
    return g_strdup (KJ_NO_DATA);
  n = kj_report_format_number (lang, value, decimals);
  return g_strconcat (n, "%", NULL);
}

char *
kj_report_format_rupiah (KjReportLang lang,
                         double       value)
{
  g_autofree char *n = NULL;

  if (!kj_has (value))
    return g_strdup (KJ_NO_DATA);
  n = kj_report_format_number (lang, value, 0);
  return g_strconcat ("Rp ", n, NULL);
}

static const char *const months_id[] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                         "Agustus", "September", "Oktober", "November", "Desember" };
static const char *const months_en[] = { "January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December" };

/**
 * kj_report_format_date:
 * @iso_date: YYYY-MM-DD
 *
 * Returns: (transfer full) (nullable): "14 Januari 2025" / "14 January 2025",
 * %NULL for a text that is not a date
 */
char *
kj_report_format_date (KjReportLang lang,
                       const char  *iso_date)
{
  int y, m, d;
  char tail;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3
      || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%d %s %d", d, (lang == KJ_REPORT_LANG_EN ? months_en : months_id)[m - 1], y);
}

/* The ways files name BNN RI and a BNNP ("BNNP Nusa Tenggara Timur", "BNN
 * Provinsi …", "Badan Narkotika Nasional Provinsi …"), lower case. */
static const char *const national_names[] = {
  "bnn ri", "bnn", "bnn pusat", "badan narkotika nasional", "badan narkotika nasional republik indonesia",
  "badan narkotika nasional ri", NULL
};
static const char *const province_prefixes[] = {
  "bnnp ", "bnn provinsi ", "badan narkotika nasional provinsi ", NULL
};

/**
 * kj_report_office_key:
 * One spelling for the several ways files name an office, to compare a
 * satker's `parent` with the satker a file is about: "bnn ri", "bnnp nusa
 * tenggara timur" (for "BNN Provinsi Nusa Tenggara Timur" too), else the
 * name in lower case with single spaces.
 *
 * Returns: (transfer full) (nullable): %NULL for an empty name
 */
char *
kj_report_office_key (const char *office)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *joined = NULL;

  if (office == NULL)
    return NULL;
  folded = g_utf8_strdown (office, -1);
  words = g_strsplit_set (folded, " \t\n", -1);
  {
    g_autoptr(GString) s = g_string_new (NULL);

    for (guint i = 0; words[i]; i++)
      if (*words[i])
        g_string_append_printf (s, "%s%s", s->len ? " " : "", words[i]);
    joined = g_string_free (g_steal_pointer (&s), FALSE);
  }
  if (*joined == '\0')
    return NULL;
  for (guint i = 0; national_names[i]; i++)
    if (g_str_equal (joined, national_names[i]))
      return g_strdup ("bnn ri");
  for (guint i = 0; province_prefixes[i]; i++)
    if (g_str_has_prefix (joined, province_prefixes[i]) && joined[strlen (province_prefixes[i])])
      return g_strconcat ("bnnp ", joined + strlen (province_prefixes[i]), NULL);
  return g_steal_pointer (&joined);
}

/**
 * kj_report_superior_title:
 * @office: a satker's `parent` ("BNNP Nusa Tenggara Timur", "BNN RI")
 *
 * The title of the head of @office, for a signature block whose name is
 * not known: "Kepala BNN Provinsi Nusa Tenggara Timur" / "Head of BNNP Nusa
 * Tenggara Timur", "Kepala Badan Narkotika Nasional Republik Indonesia".
 *
 * Returns: (transfer full) (nullable): %NULL for an empty name
 */
char *
kj_report_superior_title (KjReportLang lang,
                          const char  *office)
{
  g_autofree char *key = kj_report_office_key (office);
  g_autofree char *trimmed = NULL;
  gboolean en = lang == KJ_REPORT_LANG_EN;

  if (key == NULL)
    return NULL;
  if (g_str_equal (key, "bnn ri"))
    return g_strdup (en ? "Head of the National Narcotics Board of the Republic of Indonesia"
                        : "Kepala Badan Narkotika Nasional Republik Indonesia");
  trimmed = g_strstrip (g_strdup (office));
  if (g_str_has_prefix (key, "bnnp "))
    {
      /* the province as the file spells it: the words after the prefix */
      g_auto(GStrv) words = g_strsplit_set (trimmed, " \t\n", -1);
      g_autoptr(GString) province = g_string_new (NULL);
      guint skip = g_ascii_strncasecmp (trimmed, "BNNP ", 5) == 0 ? 1
                   : g_ascii_strncasecmp (trimmed, "BNN ", 4) == 0 ? 2 : 4;

      for (guint i = 0, n = 0; words[i]; i++)
        if (*words[i] && ++n > skip)
          g_string_append_printf (province, "%s%s", province->len ? " " : "", words[i]);
      return en ? g_strdup_printf ("Head of BNNP %s", province->str)
                : g_strdup_printf ("Kepala BNN Provinsi %s", province->str);
    }
  return g_strdup_printf (en ? "Head of %s" : "Kepala %s", trimmed);
}

/* "84,38 indeks", "63,00%": a unit that is a word is written in lower case
 * in running text, an acronym (BNNK, IKKR) as it is. */
static char *
quantity (KjIndicator  *indicator,
          KjReportLang  lang,
          double        value)
{
  g_autofree char *n = kj_report_format_number (lang, value, kj_indicator_get_display_decimals (indicator));
  const char *unit = kj_indicator_get_unit (indicator);
  g_autofree char *word = NULL;

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&n);
  if (g_str_equal (unit, "%"))
    return g_strconcat (n, "%", NULL);
  if (g_utf8_strlen (unit, -1) > 1 && g_unichar_islower (g_utf8_get_char (g_utf8_next_char (unit))))
    word = g_utf8_strdown (unit, -1);
  return g_strconcat (n, " ", word ? word : unit, NULL);
}

static char *
lower_first (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  const char *rest = g_utf8_next_char (text);
  char buf[8] = { 0 };

  /* "Indeks Ketahanan …" → "indeks Ketahanan …", but "IKPA" stays */
  if (*text == '\0' || !g_unichar_isupper (first) || g_unichar_isupper (g_utf8_get_char (rest)))
    return g_strdup (text);
  g_unichar_to_utf8 (g_unichar_tolower (first), buf);
  return g_strconcat (buf, rest, NULL);
}

/**
 * kj_report_draft_sentence:
 * The standard LKIP sentence for @indicator in @year, from the data:
 * "Capaian indikator indeks ketahanan keluarga … tahun 2024 sebesar 84,38
 * indeks atau 103,73% dari target 81,34 indeks, kategori Tinggi."  The
 * achievement and the category are the model's (kj_indicator_get_achievement(),
 * kj_indicator_get_category()), in the indicator's precision.
 *
 * Returns: (transfer full) (nullable): the sentence, %NULL without a realisation
 */
char *
kj_report_draft_sentence (KjIndicator  *indicator,
                          int           year,
                          KjReportLang  lang)
{
  const KjYearValue *v = kj_indicator_get_year (indicator, year);
  g_autofree char *name = NULL, *real = NULL, *target = NULL, *percent = NULL;
  g_autoptr(GString) s = g_string_new (NULL);
  const char *category;
  double achievement;
  gboolean en = lang == KJ_REPORT_LANG_EN;

  if (v == NULL || !kj_has (v->realization))
    return NULL;
  name = en ? g_strdup (kj_indicator_get_name (indicator)) : lower_first (kj_indicator_get_name (indicator));
  real = quantity (indicator, lang, v->realization);
  if (kj_has (v->target))
    target = quantity (indicator, lang, v->target);
  if (kj_indicator_get_achievement (indicator, year, &achievement))
    percent = kj_report_format_percent (lang, achievement, 2);
  category = kj_indicator_get_category (indicator, year, NULL);

  if (en)
    g_string_append_printf (s, "In %d, %s reached %s", year, name, real);
  else
    g_string_append_printf (s, "Capaian indikator %s tahun %d sebesar %s", name, year, real);
  if (percent && target)
    g_string_append_printf (s, en ? ", or %s of the target of %s" : " atau %s dari target %s", percent, target);
  else if (target)
    g_string_append_printf (s, en ? " against a target of %s" : " dengan target %s", target);
  if (category)
    g_string_append_printf (s, en ? ", category %s" : ", kategori %s", category);
  g_string_append_c (s, '.');
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * kj_report_draft_comparison:
 * The comparison with the latest earlier year that has a realisation:
 * "Dibandingkan tahun 2023, realisasi naik sebesar 0,01 indeks, dari 3,53
 * indeks menjadi 3,54 indeks."
 *
 * Returns: (transfer full) (nullable): the sentence, %NULL without an earlier year
 */
char *
kj_report_draft_comparison (KjIndicator  *indicator,
                            int           year,
                            KjReportLang  lang)
{
  const KjYearValue *v = kj_indicator_get_year (indicator, year), *prev = NULL;
  GPtrArray *years = kj_indicator_get_years (indicator);
  g_autofree char *before = NULL, *now = NULL, *diff = NULL;
  gboolean en = lang == KJ_REPORT_LANG_EN;
  int decimals = kj_indicator_get_display_decimals (indicator);
  double delta;

  if (v == NULL || !kj_has (v->realization))
    return NULL;
  for (guint i = 0; i < years->len; i++)
    {
      const KjYearValue *w = g_ptr_array_index (years, i);
      if (w->year < year && kj_has (w->realization) && (prev == NULL || w->year > prev->year))
        prev = w;
    }
  if (prev == NULL)
    return NULL;
  before = quantity (indicator, lang, prev->realization);
  now = quantity (indicator, lang, v->realization);
  /* the difference of the figures as printed, so that the sentence adds up */
  delta = round (v->realization * pow (10, decimals)) - round (prev->realization * pow (10, decimals));
  delta /= pow (10, decimals);
  if (delta == 0)
    return en ? g_strdup_printf ("The realisation is the same as in %d, %s.", prev->year, now)
              : g_strdup_printf ("Realisasi sama dengan tahun %d, yaitu %s.", prev->year, now);
  diff = quantity (indicator, lang, fabs (delta));
  if (en)
    return g_strdup_printf ("Compared with %d, the realisation %s by %s, from %s to %s.", prev->year,
                            delta > 0 ? "rose" : "fell", diff, before, now);
  return g_strdup_printf ("Dibandingkan tahun %d, realisasi %s sebesar %s, dari %s menjadi %s.", prev->year,
                          delta > 0 ? "naik" : "turun", diff, before, now);
}
