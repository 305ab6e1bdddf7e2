/* kj-report-tables.c: the table reports: pengukuran, pk, anggaran, output
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Achievements and categories are the model's (kj_indicator_get_achievement(),
 * kj_indicator_get_category()), never the printed ones; values are written
 * in each indicator's one precision (kj_indicator_get_display_decimals()).
 */
#include "config.h"

#include <stdlib.h>

#include <math.h>
#include <string.h>

#include "model/kj-plan-summary.h"
#include "report/kj-report-private.h"

static char *
n_str (guint n)
{
  return g_strdup_printf ("%u", n);
}

/* The signature of the year under a document, on the right. */
static void
sign (KjReportRun *run)
{
  const KjSignature *sig = _kj_report_signature (run);

  if (sig)
    _kj_composer_signature (run->c, NULL, NULL, sig, NULL);
}

/* A group row for each change of sasaran (consecutive indicators share one). */
static void
group_row (KjTable     *table,
           KjReportRun *run,
           const char **current,
           KjIndicator *indicator)
{
  const char *sasaran = kj_indicator_get_sasaran (indicator);

  if (sasaran == NULL || *sasaran == '\0' || (*current && g_str_equal (*current, sasaran)))
    return;
  *current = sasaran;
  {
    char *cells[] = { g_strdup_printf ("%s: %s", KJ_TR (run, "Sasaran", "Objective"), sasaran) };
    _kj_table_add_row (table, KJ_ROW_GROUP, cells);
  }
}

void
_kj_report_pengukuran (KjReportRun *run)
{
  const KjColumn columns[] = {
    { KJ_TR (run, "No", "No"), 0.5, TRUE },
    { KJ_TR (run, "Indikator Kinerja", "Performance indicator"), 5, FALSE },
    { KJ_TR (run, "Satuan", "Unit"), 1.4, FALSE },
    { KJ_TR (run, "Target", "Target"), 1.2, TRUE },
    { KJ_TR (run, "Realisasi", "Realisation"), 1.2, TRUE },
    { KJ_TR (run, "Capaian", "Achievement"), 1.2, TRUE },
    { KJ_TR (run, "Kategori", "Category"), 1.6, FALSE },
  };
  g_autoptr(KjTable) table = _kj_table_new (columns, G_N_ELEMENTS (columns));
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GPtrArray *indicators = kj_plan_get_indicators (run->plan);
  const char *sasaran = NULL;
  guint n = 0, uncounted = 0;

  _kj_report_section (run, kj_report_kind_title (kj_report_kind_find ("pengukuran"), run->lang), 1);
  _kj_report_title (run, KJ_TR (run, "Pengukuran Kinerja", "Performance Measurement"));
  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      const KjYearValue *v = kj_indicator_get_year (indicator, run->year);
      const char *category;
      double achievement;

      if (v == NULL)
        continue;
      group_row (table, run, &sasaran, indicator);
      kj_indicator_get_achievement (indicator, run->year, &achievement);
      /* counted on one scale: the achievement's */
      category = kj_indicator_get_achievement_category (indicator, run->year, NULL);
      {
        char *cells[] = { n_str (++n), g_strdup (kj_indicator_get_name (indicator)),
                          g_strdup (kj_indicator_get_unit (indicator)),
                          _kj_report_value (run, indicator, v->target),
                          _kj_report_value (run, indicator, v->realization),
                          _kj_report_percent (run, achievement),
                          _kj_report_category (run, indicator, run->year) };
        _kj_table_add_row (table, KJ_ROW_NORMAL, cells);
      }
      if (category)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, category));
          if (count == 0)
            g_ptr_array_add (order, (gpointer) category);
          g_hash_table_insert (counts, (gpointer) category, GUINT_TO_POINTER (count + 1));
        }
      else
        uncounted++;
    }
  if (n == 0)
    {
      _kj_composer_paragraph (run->c, KJ_TR (run, "Tidak ada indikator dengan data untuk tahun ini.",
                                             "No indicator has data for this year."), 0);
      return;
    }
  _kj_composer_table (run->c, table);

  /* how many indicators fall in each category */
  {
    const KjColumn sum_columns[] = {
      { KJ_TR (run, "Kategori", "Category"), 3, FALSE },
      { KJ_TR (run, "Jumlah indikator", "Indicators"), 1.2, TRUE },
    };
    g_autoptr(KjTable) sum = _kj_table_new (sum_columns, G_N_ELEMENTS (sum_columns));

    for (guint i = 0; i < order->len; i++)
      {
        char *cells[] = { g_strdup (order->pdata[i]),
                          n_str (GPOINTER_TO_UINT (g_hash_table_lookup (counts, order->pdata[i]))) };
        _kj_table_add_row (sum, KJ_ROW_NORMAL, cells);
      }
    if (uncounted)
      {
        char *cells[] = { g_strdup (KJ_TR (run, "Tanpa kategori (data belum lengkap)",
                                           "No category (incomplete data)")), n_str (uncounted) };
        _kj_table_add_row (sum, KJ_ROW_NORMAL, cells);
      }
    {
      char *cells[] = { g_strdup (KJ_TR (run, "Jumlah", "Total")), n_str (n) };
      _kj_table_add_row (sum, KJ_ROW_TOTAL, cells);
    }
    _kj_composer_heading (run->c, KJ_TR (run, "Jumlah indikator per kategori capaian",
                                         "Indicators per achievement category"), 9.5);
    _kj_composer_table (run->c, sum);
  }
  sign (run);
}

/* The office that gives the satker its mandate: its `parent`, else the one
 * its level implies (a BNNK's BNNP, a BNNP's BNN RI); NULL for BNN RI. */
static char *
superior_office (KjPlan *plan)
{
  const KjSatker *s = kj_plan_get_satker (plan);

  if (s->parent && *s->parent)
    return g_strdup (s->parent);
  if (g_strcmp0 (s->level, "provinsi") == 0)
    return g_strdup ("BNN RI");
  if ((g_strcmp0 (s->level, "kota") == 0 || g_strcmp0 (s->level, "kabupaten") == 0) && s->province)
    return g_strdup_printf ("BNNP %s", s->province);
  return NULL;
}

static gboolean
names_office (KjPlan     *plan,
              const char *key)
{
  const KjSatker *s = kj_plan_get_satker (plan);
  const char *names[] = { s->short_name, s->name, s->code };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *k = kj_report_office_key (names[i]);
      if (k && g_str_equal (k, key))
        return TRUE;
    }
  return g_str_equal (key, "bnn ri") && g_strcmp0 (s->level, "pusat") == 0;
}

/* The superior's own plan among the report's plans and the others loaded
 * with them, or NULL. */
static KjPlan *
find_superior (KjReportRun *run,
               const char  *office)
{
  g_autofree char *key = kj_report_office_key (office);
  GPtrArray *lists[] = { run->request->plans, run->request->others };

  for (guint l = 0; key && l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] && i < lists[l]->len; i++)
      {
        KjPlan *plan = g_ptr_array_index (lists[l], i);
        if (plan != run->plan && names_office (plan, key))
          return plan;
      }
  return NULL;
}

/* Both parties of the agreement, side by side: the satker's head (the
 * first party, with the place and date) on the right; on the left the
 * superior who gives the mandate (the second party), with the title and
 * name from the superior's own file when it is loaded, else the office's
 * title and a line to write the name on. */
static void
pk_signatures (KjReportRun *run)
{
  const KjSignature *own = _kj_report_signature (run);
  g_autofree char *office = superior_office (run->plan);
  g_autofree char *own_title = NULL, *office_title = NULL, *own_place = NULL;
  KjSignature first = { 0 }, second = { 0 };
  KjPlan *superior;

  if (own)
    first = *own;
  /* A year's signature after that year is another document's (the LKIP's,
   * signed once the year is over): the agreement for the year was signed
   * before, on a day the file does not give, to be written by hand. */
  if (first.date && atoi (first.date) > run->year)
    {
      first.date = NULL;
      first.place = own_place = g_strdup_printf ("%s, ..............................",
                                                 first.place ? first.place : "");
    }
  if (first.title == NULL)
    first.title = own_title = g_strdup_printf (KJ_TR (run, "Kepala %s", "Head of %s"),
                                               kj_plan_get_satker (run->plan)->name);
  if (office && (superior = find_superior (run, office)) != NULL)
    {
      KjYearItems *items = kj_year_items_find (kj_plan_get_signatures (superior), run->year);
      const KjSignature *theirs = items && items->items->len > 0 ? g_ptr_array_index (items->items, 0) : NULL;

      if (theirs)
        {
          second.title = theirs->title;
          second.name = theirs->name;
        }
    }
  if (office && second.title == NULL)
    second.title = office_title = kj_report_superior_title (run->lang, office);
  _kj_composer_signature (run->c, office ? &second : NULL, KJ_TR (run, "PIHAK KEDUA", "SECOND PARTY"),
                          &first, KJ_TR (run, "PIHAK PERTAMA", "FIRST PARTY"));
}

void
_kj_report_pk (KjReportRun *run)
{
  const KjColumn columns[] = {
    { KJ_TR (run, "No", "No"), 0.5, TRUE },
    { KJ_TR (run, "Indikator Kinerja", "Performance indicator"), 6, FALSE },
    { KJ_TR (run, "Target", "Target"), 1.4, TRUE },
    { KJ_TR (run, "Satuan", "Unit"), 1.6, FALSE },
  };
  g_autoptr(KjTable) table = _kj_table_new (columns, G_N_ELEMENTS (columns));
  GPtrArray *indicators = kj_plan_get_indicators (run->plan);
  KjYearItems *budget = kj_year_items_find (kj_plan_get_budget (run->plan), run->year);
  const char *sasaran = NULL;
  guint n = 0;

  _kj_report_section (run, kj_report_kind_title (kj_report_kind_find ("pk"), run->lang), 1);
  _kj_report_title (run, KJ_TR (run, "Perjanjian Kinerja", "Performance Agreement"));
  for (guint i = 0; i < indicators->len; i++)
    {
      KjIndicator *indicator = g_ptr_array_index (indicators, i);
      const KjYearValue *v = kj_indicator_get_year (indicator, run->year);

      if (v == NULL || !kj_has (v->target))
        continue;
      group_row (table, run, &sasaran, indicator);
      {
        char *cells[] = { n_str (++n), g_strdup (kj_indicator_get_name (indicator)),
                          _kj_report_value (run, indicator, v->target),
                          g_strdup (kj_indicator_get_unit (indicator)) };
        _kj_table_add_row (table, KJ_ROW_NORMAL, cells);
      }
    }
  if (n > 0)
    _kj_composer_table (run->c, table);
  else
    _kj_composer_paragraph (run->c, KJ_TR (run, "Belum ada target untuk tahun ini.",
                                           "No target is set for this year."), 0);

  if (budget && budget->items->len > 0)
    {
      const KjColumn money_columns[] = {
        { KJ_TR (run, "No", "No"), 0.5, TRUE },
        { KJ_TR (run, "Kegiatan", "Activity"), 6, FALSE },
        { KJ_TR (run, "Anggaran (Rp)", "Budget (Rp)"), 3, TRUE },
      };
      g_autoptr(KjTable) money = _kj_table_new (money_columns, G_N_ELEMENTS (money_columns));
      double allocation, realization;

      for (guint i = 0; i < budget->items->len; i++)
        {
          KjBudgetLine *line = g_ptr_array_index (budget->items, i);
          char *cells[] = { n_str (i + 1), g_strdup (line->kegiatan ? line->kegiatan : line->program),
                            kj_report_format_number (run->lang, line->allocation, 0) };
          _kj_table_add_row (money, KJ_ROW_NORMAL, cells);
        }
      kj_plan_get_money_totals (run->plan, run->year, FALSE, &allocation, &realization);
      {
        char *cells[] = { NULL, g_strdup (KJ_TR (run, "Jumlah", "Total")),
                          kj_report_format_number (run->lang, allocation, 0) };
        _kj_table_add_row (money, KJ_ROW_TOTAL, cells);
      }
      _kj_composer_heading (run->c, KJ_TR (run, "Anggaran per kegiatan", "Budget per activity"), 9.5);
      _kj_composer_table (run->c, money);
    }
  pk_signatures (run);
}

static char *
absorption (KjReportRun *run,
            double       allocation,
            double       realization)
{
  return _kj_report_percent (run, kj_has (allocation) && kj_has (realization) && allocation > 0
                                  ? realization / allocation * 100 : NAN);
}

static void
money_cells (KjReportRun *run,
             char       **cells,
             double       allocation,
             double       realization)
{
  cells[0] = kj_report_format_number (run->lang, allocation, 0);
  cells[1] = kj_report_format_number (run->lang, realization, 0);
  cells[2] = kj_report_format_number (run->lang, kj_has (allocation) && kj_has (realization)
                                                 ? allocation - realization : NAN, 0);
  cells[3] = absorption (run, allocation, realization);
}

gboolean
_kj_report_has_money (KjPlan *plan,
                      int     year)
{
  return kj_year_items_find (kj_plan_get_budget (plan), year) != NULL
         || kj_year_items_find (kj_plan_get_spending (plan), year) != NULL;
}

void
_kj_report_anggaran (KjReportRun *run)
{
  KjYearItems *budget = kj_year_items_find (kj_plan_get_budget (run->plan), run->year);
  KjYearItems *spending = kj_year_items_find (kj_plan_get_spending (run->plan), run->year);
  double allocation, realization;

  _kj_report_section (run, kj_report_kind_title (kj_report_kind_find ("anggaran"), run->lang), 1);
  _kj_report_title (run, KJ_TR (run, "Realisasi Anggaran", "Budget Realisation"));
  if (budget == NULL && spending == NULL)
    {
      _kj_composer_paragraph (run->c, KJ_TR (run, "Tidak ada data anggaran untuk tahun ini.",
                                             "No budget data for this year."), 0);
      return;
    }
  if (budget)
    {
      const KjColumn columns[] = {
        { KJ_TR (run, "No", "No"), 0.5, TRUE },
        { KJ_TR (run, "Kegiatan", "Activity"), 4.5, FALSE },
        { KJ_TR (run, "Pagu (Rp)", "Allocation (Rp)"), 2, TRUE },
        { KJ_TR (run, "Realisasi (Rp)", "Realisation (Rp)"), 2, TRUE },
        { KJ_TR (run, "Sisa (Rp)", "Remaining (Rp)"), 2, TRUE },
        { KJ_TR (run, "Penyerapan", "Absorption"), 1.3, TRUE },
      };
      g_autoptr(KjTable) table = _kj_table_new (columns, G_N_ELEMENTS (columns));
      const char *program = NULL;

      for (guint i = 0; i < budget->items->len; i++)
        {
          KjBudgetLine *line = g_ptr_array_index (budget->items, i);
          char *cells[6] = { n_str (i + 1), g_strdup (line->kegiatan ? line->kegiatan : KJ_NO_DATA) };

          if (line->program && (program == NULL || !g_str_equal (program, line->program)))
            {
              char *group[] = { g_strdup_printf ("%s: %s", KJ_TR (run, "Program", "Programme"), line->program) };
              program = line->program;
              _kj_table_add_row (table, KJ_ROW_GROUP, group);
            }
          money_cells (run, cells + 2, line->allocation, line->realization);
          _kj_table_add_row (table, KJ_ROW_NORMAL, cells);
        }
      kj_plan_get_money_totals (run->plan, run->year, FALSE, &allocation, &realization);
      {
        char *cells[6] = { NULL, g_strdup (KJ_TR (run, "Jumlah", "Total")) };
        money_cells (run, cells + 2, allocation, realization);
        _kj_table_add_row (table, KJ_ROW_TOTAL, cells);
      }
      _kj_composer_heading (run->c, KJ_TR (run, "Per kegiatan", "Per activity"), 9.5);
      _kj_composer_table (run->c, table);
    }
  if (spending)
    {
      const KjColumn columns[] = {
        { KJ_TR (run, "No", "No"), 0.5, TRUE },
        { KJ_TR (run, "Jenis belanja", "Type of spending"), 4.5, FALSE },
        { KJ_TR (run, "Pagu (Rp)", "Allocation (Rp)"), 2, TRUE },
        { KJ_TR (run, "Realisasi (Rp)", "Realisation (Rp)"), 2, TRUE },
        { KJ_TR (run, "Sisa (Rp)", "Remaining (Rp)"), 2, TRUE },
        { KJ_TR (run, "Penyerapan", "Absorption"), 1.3, TRUE },
      };
      g_autoptr(KjTable) table = _kj_table_new (columns, G_N_ELEMENTS (columns));

      for (guint i = 0; i < spending->items->len; i++)
        {
          KjSpendingLine *line = g_ptr_array_index (spending->items, i);
          char *cells[6] = { n_str (i + 1), g_strdup (line->category ? line->category : KJ_NO_DATA) };
          money_cells (run, cells + 2, line->allocation, line->realization);
          _kj_table_add_row (table, KJ_ROW_NORMAL, cells);
        }
      kj_plan_get_money_totals (run->plan, run->year, TRUE, &allocation, &realization);
      {
        char *cells[6] = { NULL, g_strdup (KJ_TR (run, "Jumlah", "Total")) };
        money_cells (run, cells + 2, allocation, realization);
        _kj_table_add_row (table, KJ_ROW_TOTAL, cells);
      }
      _kj_composer_heading (run->c, KJ_TR (run, "Per jenis belanja", "Per type of spending"), 9.5);
      _kj_composer_table (run->c, table);
    }
  sign (run);
}

gboolean
_kj_report_has_outputs (KjPlan *plan,
                        int     year)
{
  KjYearItems *items = kj_year_items_find (kj_plan_get_outputs (plan), year);

  return items && items->items->len > 0;
}

void
_kj_report_output (KjReportRun *run)
{
  const KjColumn columns[] = {
    { KJ_TR (run, "No", "No"), 0.5, TRUE },
    { KJ_TR (run, "Rincian output (RO)", "Output (RO)"), 5, FALSE },
    { KJ_TR (run, "Target", "Target"), 1.3, TRUE },
    { KJ_TR (run, "Realisasi", "Realisation"), 1.3, TRUE },
    { KJ_TR (run, "Satuan", "Unit"), 1.5, FALSE },
    { "%", 1.1, TRUE },
  };
  g_autoptr(KjTable) table = _kj_table_new (columns, G_N_ELEMENTS (columns));
  KjYearItems *items = kj_year_items_find (kj_plan_get_outputs (run->plan), run->year);
  const char *kegiatan = NULL;

  _kj_report_section (run, kj_report_kind_title (kj_report_kind_find ("output"), run->lang), 1);
  _kj_report_title (run, KJ_TR (run, "Realisasi Output", "Output Realisation"));
  if (items == NULL || items->items->len == 0)
    {
      _kj_composer_paragraph (run->c, KJ_TR (run, "Tidak ada data output untuk tahun ini.",
                                             "No output data for this year."), 0);
      return;
    }
  for (guint i = 0; i < items->items->len; i++)
    {
      KjOutputLine *line = g_ptr_array_index (items->items, i);
      int decimals = MAX (kj_printed_decimals (line->target), kj_printed_decimals (line->realization));
      char *cells[] = { n_str (i + 1), g_strdup (line->name ? line->name : KJ_NO_DATA),
                        kj_report_format_number (run->lang, line->target, decimals),
                        kj_report_format_number (run->lang, line->realization, decimals),
                        g_strdup (line->unit),
                        _kj_report_percent (run, kj_has (line->target) && kj_has (line->realization)
                                                 && line->target > 0
                                                 ? line->realization / line->target * 100 : NAN) };

      if (line->kegiatan && (kegiatan == NULL || !g_str_equal (kegiatan, line->kegiatan)))
        {
          char *group[] = { g_strdup_printf ("%s: %s", KJ_TR (run, "Kegiatan", "Activity"), line->kegiatan) };
          kegiatan = line->kegiatan;
          _kj_table_add_row (table, KJ_ROW_GROUP, group);
        }
      _kj_table_add_row (table, KJ_ROW_NORMAL, cells);
    }
  _kj_composer_table (run->c, table);
  sign (run);
}
