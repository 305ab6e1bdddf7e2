/* kj-report-sections.c: tren, analisis, ringkasan and the LKIP appendix set
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "model/kj-plan-summary.h"
#include "report/kj-report-private.h"

static KjChart *
chart_for (KjReportRun *run,
           const char  *kind,
           KjIndicator *indicator)
{
  KjChartRequest request = { NULL, run->plan, indicator ? kj_indicator_get_id (indicator) : NULL, run->year };

  return kj_chart_new (kind, &request, NULL);
}

/* Every year of an indicator up to the report's: target, realisation,
 * achievement, category. */
static KjTable *
years_table (KjReportRun *run,
             KjIndicator *indicator,
             gboolean     only_this_year)
{
  const KjColumn columns[] = {
    { KJ_TR (run, "Tahun", "Year"), 0.8, FALSE },
    { KJ_TR (run, "Target", "Target"), 1.2, TRUE },
    { KJ_TR (run, "Realisasi", "Realisation"), 1.2, TRUE },
    { KJ_TR (run, "Capaian", "Achievement"), 1.2, TRUE },
    { KJ_TR (run, "Kategori", "Category"), 1.8, FALSE },
  };
  KjTable *table = _kj_table_new (columns, G_N_ELEMENTS (columns));
  GPtrArray *years = kj_indicator_get_years (indicator);

  for (guint i = 0; i < years->len; i++)
    {
      const KjYearValue *v = g_ptr_array_index (years, i);
      double achievement;

      if (v->year > run->year || (only_this_year && v->year != run->year))
        continue;
      kj_indicator_get_achievement (indicator, v->year, &achievement);
      {
        char *cells[] = { g_strdup_printf ("%d", v->year), _kj_report_value (run, indicator, v->target),
                          _kj_report_value (run, indicator, v->realization),
                          _kj_report_percent (run, achievement),
                          _kj_report_category (run, indicator, v->year) };
        _kj_table_add_row (table, KJ_ROW_NORMAL, cells);
      }
    }
  return table;
}

static void
indicator_heading (KjReportRun *run,
                   guint        number,
                   KjIndicator *indicator)
{
  g_autofree char *text = g_strdup_printf ("%u. %s", number, kj_indicator_get_name (indicator));
  const char *unit = kj_indicator_get_unit (indicator);

  _kj_composer_heading (run->c, text, 10);
  if (unit && *unit)
    {
      g_autofree char *line = g_strdup_printf ("%s: %s", KJ_TR (run, "Satuan", "Unit"), unit);
      _kj_composer_paragraph (run->c, line, 0);
    }
}

void
_kj_report_tren (KjReportRun *run)
{
  GPtrArray *indicators = kj_plan_get_indicators (run->plan);
  guint n = 0;

  _kj_report_section (run, kj_report_kind_title (kj_report_kind_find ("tren"), run->lang), 1);
  _kj_report_title (run, KJ_TR (run, "Tren Capaian Indikator", "Indicator Trends"));
  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      g_autoptr(KjChart) chart = NULL;
      g_autoptr(KjTable) table = NULL;

      if (kj_indicator_count_realised_years (indicator) == 0)
        continue;
      table = years_table (run, indicator, FALSE);
      if (_kj_table_get_n_rows (table) == 0)
        continue;
      /* one indicator, its chart and its table on one page when they fit */
      _kj_composer_need (run->c, 330);
      indicator_heading (run, ++n, indicator);
      if ((chart = chart_for (run, "trend", indicator)) != NULL)
        _kj_composer_chart (run->c, chart, 220);
      _kj_composer_table (run->c, table);
    }
  if (n == 0)
    _kj_composer_paragraph (run->c, KJ_TR (run, "Belum ada indikator dengan realisasi.",
                                           "No indicator has a realisation yet."), 0);
}

static void
narrative_part (KjReportRun *run,
                const char  *title,
                const char **paragraphs)
{
  if (paragraphs == NULL || paragraphs[0] == NULL)
    return;
  _kj_composer_heading (run->c, title, 9);
  for (guint i = 0; paragraphs[i]; i++)
    _kj_composer_paragraph (run->c, paragraphs[i], 0);
}

void
_kj_report_analisis (KjReportRun *run)
{
  GPtrArray *indicators = kj_plan_get_indicators (run->plan);
  guint n = 0;

  _kj_report_section (run, kj_report_kind_title (kj_report_kind_find ("analisis"), run->lang), 1);
  _kj_report_title (run, KJ_TR (run, "Analisis Capaian Kinerja", "Performance Analysis"));
  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      const KjYearValue *v = kj_indicator_get_year (indicator, run->year);
      g_autoptr(KjTable) now = NULL, before = NULL;
      g_autoptr(KjChart) chart = NULL;
      g_autofree char *sentence = NULL, *comparison = NULL, *text = NULL;

      if (v == NULL || (!kj_has (v->realization) && v->narrative == NULL))
        continue;
      if (n > 0)
        _kj_composer_space (run->c, 10);
      indicator_heading (run, ++n, indicator);
      now = years_table (run, indicator, TRUE);
      _kj_composer_table (run->c, now);

      /* the drafted sentences: their figures are the table's */
      sentence = kj_report_draft_sentence (indicator, run->year, run->lang);
      comparison = kj_report_draft_comparison (indicator, run->year, run->lang);
      text = g_strjoin (" ", sentence ? sentence : "", comparison ? comparison : "", NULL);
      g_strstrip (text);
      if (*text)
        _kj_composer_paragraph (run->c, text, 0);

      before = years_table (run, indicator, FALSE);
      if (_kj_table_get_n_rows (before) > 1)
        {
          _kj_composer_heading (run->c, KJ_TR (run, "Perbandingan dengan tahun sebelumnya",
                                               "Comparison with earlier years"), 9);
          _kj_composer_table (run->c, before);
          if ((chart = chart_for (run, "trend", indicator)) != NULL)
            _kj_composer_chart (run->c, chart, 210);
        }
      if (v->narrative)
        {
          narrative_part (run, KJ_TR (run, "Faktor pendukung", "Supporting factors"), v->narrative->factors);
          narrative_part (run, KJ_TR (run, "Hambatan", "Obstacles"), v->narrative->obstacles);
          narrative_part (run, KJ_TR (run, "Langkah perbaikan", "Actions"), v->narrative->actions);
        }
    }
  if (n == 0)
    _kj_composer_paragraph (run->c, KJ_TR (run, "Belum ada indikator dengan realisasi untuk tahun ini.",
                                           "No indicator has a realisation for this year."), 0);
}

static void
pair (KjTable    *table,
      const char *label,
      char       *value)
{
  char *cells[] = { g_strdup (label), value };
  _kj_table_add_row (table, KJ_ROW_NORMAL, cells);
}

void
_kj_report_ringkasan (KjReportRun *run)
{
  const KjColumn columns[] = {
    { KJ_TR (run, "Ringkasan", "Overview"), 3, FALSE },
    { "", 2, TRUE },
  };
  const KjColumn trend_columns[] = {
    { KJ_TR (run, "Indikator", "Indicator"), 4, FALSE },
    { KJ_TR (run, "Tahun lalu", "Year before"), 1.3, TRUE },
    { KJ_TR (run, "Tahun ini", "This year"), 1.3, TRUE },
    { KJ_TR (run, "Capaian", "Achievement"), 1.2, TRUE },
  };
  g_autoptr(KjTable) table = _kj_table_new (columns, G_N_ELEMENTS (columns));
  g_autoptr(KjTable) trends = _kj_table_new (trend_columns, G_N_ELEMENTS (trend_columns));
  g_autoptr(KjChart) chart = NULL;
  GPtrArray *indicators = kj_plan_get_indicators (run->plan);
  KjPlanSummary s;
  double room;

  kj_plan_summarize (run->plan, run->year, NULL, &s);
  _kj_report_section (run, kj_report_kind_title (kj_report_kind_find ("ringkasan"), run->lang), 1);
  _kj_report_title (run, KJ_TR (run, "Ringkasan Kinerja", "Performance Summary"));
  pair (table, KJ_TR (run, "Indikator dengan data tahun ini", "Indicators with data this year"),
        g_strdup_printf ("%u / %u", s.with_value, s.indicators));
  pair (table, KJ_TR (run, "Indikator dengan capaian terhitung", "Indicators with a computed achievement"),
        g_strdup_printf ("%u", s.with_achievement));
  pair (table, KJ_TR (run, "Mencapai target (capaian ≥ 100%)", "Target met (achievement ≥ 100%)"),
        g_strdup_printf ("%u", s.met));
  if (s.money != KJ_MONEY_NONE)
    {
      pair (table, KJ_TR (run, "Pagu anggaran", "Budget allocation"), kj_report_format_rupiah (run->lang, s.allocation));
      pair (table, KJ_TR (run, "Realisasi anggaran", "Budget realisation"),
            kj_report_format_rupiah (run->lang, s.realization));
      pair (table, s.money == KJ_MONEY_SPENDING ? KJ_TR (run, "Penyerapan (per jenis belanja)",
                                                         "Absorption (by type of spending)")
                                                : KJ_TR (run, "Penyerapan (per kegiatan)", "Absorption (per activity)"),
            _kj_report_percent (run, s.absorption));
    }
  _kj_composer_table (run->c, table);

  /* the key trends: indicators with this year's and an earlier realisation */
  for (guint i = 0; i < indicators->len && _kj_table_get_n_rows (trends) < 8; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      const KjYearValue *v = kj_indicator_get_year (indicator, run->year), *prev = NULL;
      GPtrArray *years = kj_indicator_get_years (indicator);
      double achievement;

      if (v == NULL || !kj_has (v->realization))
        continue;
      for (guint j = 0; j < years->len; j++)
        {
          const KjYearValue *w = g_ptr_array_index (years, j);
          if (w->year < run->year && kj_has (w->realization))
            prev = w;
        }
      if (prev == NULL)
        continue;
      kj_indicator_get_achievement (indicator, run->year, &achievement);
      {
        g_autofree char *before = _kj_report_value (run, indicator, prev->realization);
        char *cells[] = { g_strdup (kj_indicator_get_name (indicator)),
                          g_strdup_printf ("%s (%d)", before, prev->year),
                          _kj_report_value (run, indicator, v->realization),
                          _kj_report_percent (run, achievement) };
        _kj_table_add_row (trends, KJ_ROW_NORMAL, cells);
      }
    }
  if (_kj_table_get_n_rows (trends) > 0)
    {
      _kj_composer_heading (run->c, KJ_TR (run, "Tren utama", "Key trends"), 9.5);
      _kj_composer_table (run->c, trends);
    }
  /* the achievement of every indicator, in what is left of the page */
  room = _kj_composer_get_room (run->c);
  if (room > 150 && (chart = chart_for (run, "achievement", NULL)) != NULL)
    _kj_composer_chart (run->c, chart, MIN (room - 10, 420));
}

void
_kj_report_lkip (KjReportRun *run)
{
  gboolean first = TRUE;

#define NEXT() G_STMT_START { if (!first) _kj_composer_new_page (run->c, TRUE); first = FALSE; } G_STMT_END
  NEXT ();
  _kj_report_pk (run);
  NEXT ();
  _kj_report_pengukuran (run);
  NEXT ();
  _kj_report_analisis (run);
  if (_kj_report_has_money (run->plan, run->year))
    {
      NEXT ();
      _kj_report_anggaran (run);
    }
  if (_kj_report_has_outputs (run->plan, run->year))
    {
      NEXT ();
      _kj_report_output (run);
    }
#undef NEXT
}

/* The cover of a satker's appendix set. */
void
_kj_report_cover (KjReportRun *run)
{
  g_autofree char *upper = g_utf8_strup (kj_plan_get_title (run->plan), -1);
  g_autofree char *year = g_strdup_printf ("%s %d", KJ_TR (run, "TAHUN", "YEAR"), run->year);
  const KjSatker *satker = kj_plan_get_satker (run->plan);

  _kj_composer_new_page (run->c, FALSE);
  _kj_composer_move_down (run->c, _kj_composer_get_room (run->c) * 0.28);
  _kj_composer_centered (run->c, KJ_TR (run, "LAMPIRAN", "APPENDICES"), 16, TRUE);
  _kj_composer_centered (run->c, KJ_TR (run, "LAPORAN KINERJA INSTANSI PEMERINTAH",
                                        "GOVERNMENT AGENCY PERFORMANCE REPORT"), 14, TRUE);
  _kj_composer_centered (run->c, year, 14, TRUE);
  _kj_composer_space (run->c, 60);
  _kj_composer_centered (run->c, upper, 13, TRUE);
  if (satker->province && *satker->province)
    _kj_composer_centered (run->c, satker->province, 11, FALSE);
}

void
_kj_report_contents (KjReportRun *run)
{
  /* the header of the part's other pages: the set's title and year */
  g_autofree char *right = g_strdup_printf ("%s %d", kj_report_kind_title (run->request->kind, run->lang), run->year);

  _kj_composer_set_header (run->c, KJ_TR (run, "Daftar Isi", "Contents"), right);
  _kj_composer_new_page (run->c, TRUE);
  _kj_composer_centered (run->c, KJ_TR (run, "DAFTAR ISI", "CONTENTS"), 12, TRUE);
  _kj_composer_space (run->c, 10);
  /* this satker's part: its pages are numbered on their own */
  for (guint i = 0; run->contents && i < run->contents->len; i++)
    {
      const KjTocEntry *e = &g_array_index (run->contents, KjTocEntry, i);

      if (e->part == run->part)
        _kj_composer_toc_line (run->c, e->title, e->page, e->level * 16, e->level == 0);
    }
}
