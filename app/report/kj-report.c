/* kj-report.c: the reports, their passes, the PDF file
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each satker's part of a report is numbered on its own ("Halaman 3 dari
 * 20": what the satker prints, signs and hands in) and, in the lkip set,
 * has its own cover and contents.  A PDF is composed once, into a
 * temporary file page by page, each part's pages held until it ends (for
 * their footers, and the contents' page numbers), and renamed over the
 * target at the end (io/kj-atomic-file.c, as chart exports are).  Printing
 * page by page measures first (twice with contents), to tell the print
 * dialog how many pages there are.
 */
#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "io/kj-atomic-file.h"
#include "model/kj-plan-summary.h"
#include "report/kj-report-private.h"

G_DEFINE_QUARK (kj-report-error-quark, kj_report_error)

static const KjReportKind kinds[] = {
  { "pengukuran", "Pengukuran Kinerja", "Performance Measurement" },
  { "pk", "Perjanjian Kinerja", "Performance Agreement" },
  { "anggaran", "Realisasi Anggaran", "Budget Realisation" },
  { "output", "Realisasi Output", "Output Realisation" },
  { "tren", "Tren Capaian Indikator", "Indicator Trends" },
  { "analisis", "Analisis Capaian Kinerja", "Performance Analysis" },
  { "ringkasan", "Ringkasan Kinerja", "Performance Summary" },
  { "lkip", "Lampiran Laporan Kinerja", "Performance Report Appendices" },
};

static const KjReportBuild builds[] = {
  _kj_report_pengukuran, _kj_report_pk, _kj_report_anggaran, _kj_report_output,
  _kj_report_tren, _kj_report_analisis, _kj_report_ringkasan, _kj_report_lkip,
};

const KjReportKind *
kj_report_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

const KjReportKind *
kj_report_kind_find (const char *id)
{
  for (guint i = 0; id && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].id, id))
      return &kinds[i];
  return NULL;
}

const char *
kj_report_kind_title (const KjReportKind *kind,
                      KjReportLang        lang)
{
  return lang == KJ_REPORT_LANG_EN ? kind->title_en : kind->title_id;
}

gboolean
kj_paper_parse (const char *text,
                KjPaper    *paper)
{
  if (text == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = KJ_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "f4") == 0 || g_ascii_strcasecmp (text, "folio") == 0)
    *paper = KJ_PAPER_F4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = KJ_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

/* In points. */
void
kj_paper_get_size (KjPaper   paper,
                   gboolean  landscape,
                   double   *width,
                   double   *height)
{
  double mm = 72.0 / 25.4, w, h;

  switch (paper)
    {
    case KJ_PAPER_F4:
      w = 215 * mm;
      h = 330 * mm;
      break;
    case KJ_PAPER_LETTER:
      w = 612;
      h = 792;
      break;
    case KJ_PAPER_A4:
    default:
      w = 210 * mm;
      h = 297 * mm;
      break;
    }
  *width = landscape ? h : w;
  *height = landscape ? w : h;
}

gboolean
kj_report_lang_parse (const char   *text,
                      KjReportLang *lang)
{
  if (text && g_ascii_strcasecmp (text, "id") == 0)
    *lang = KJ_REPORT_LANG_ID;
  else if (text && g_ascii_strcasecmp (text, "en") == 0)
    *lang = KJ_REPORT_LANG_EN;
  else
    return FALSE;
  return TRUE;
}

/* The entries of the lkip sets' contents, pages not yet known: each satker
 * (or @only, as part @part), then its sections, as _kj_report_lkip()
 * composes them. */
GArray *
_kj_report_lkip_entries (const KjReportRequest *request,
                         KjPlan                *only,
                         guint                  part)
{
  GArray *entries = _kj_report_toc_new ();

  for (guint i = 0; i < request->plans->len; i++)
    {
      KjPlan *plan = g_ptr_array_index (request->plans, i);
      int year = kj_report_plan_year (request, plan);
      const char *ids[] = { "pk", "pengukuran", "analisis",
                            _kj_report_has_money (plan, year) ? "anggaran" : NULL,
                            _kj_report_has_outputs (plan, year) ? "output" : NULL };
      KjTocEntry entry;

      if ((only && plan != only) || !kj_plan_has_year_data (plan, year))
        continue;
      part = only ? part : part + 1;
      entry = (KjTocEntry) { g_strdup (kj_plan_get_title (plan)), 0, 0, part };
      g_array_append_val (entries, entry);
      for (guint j = 0; j < G_N_ELEMENTS (ids); j++)
        if (ids[j])
          {
            KjTocEntry section = { g_strdup (kj_report_kind_title (kj_report_kind_find (ids[j]), request->lang)),
                                   0, 1, part };
            g_array_append_val (entries, section);
          }
    }
  return entries;
}

/* The year a plan's part of the report is about. */
int
kj_report_plan_year (const KjReportRequest *request,
                     KjPlan                *plan)
{
  return request->year > 0 ? request->year : kj_plan_get_default_year (plan);
}

static gboolean
plan_included (const KjReportRequest *request,
               KjPlan                *plan)
{
  return kj_plan_has_year_data (plan, kj_report_plan_year (request, plan));
}

static guint
n_included (const KjReportRequest *request)
{
  guint n = 0;

  for (guint i = 0; i < request->plans->len; i++)
    if (plan_included (request, g_ptr_array_index (request->plans, i)))
      n++;
  return n;
}

/**
 * kj_report_check:
 * Whether @request has something to print: some plan with data for its year.
 *
 * Returns: %FALSE with an error naming the years that have data
 */
gboolean
kj_report_check (const KjReportRequest *request,
                 GError               **error)
{
  g_autoptr(GString) years = g_string_new (NULL);
  KjPlan *plan;

  g_return_val_if_fail (request && request->kind && request->plans, FALSE);

  for (guint i = 0; i < request->plans->len; i++)
    if (plan_included (request, g_ptr_array_index (request->plans, i)))
      return TRUE;
  if (request->plans->len == 0)
    {
      g_set_error (error, KJ_REPORT_ERROR, KJ_REPORT_ERROR_NO_DATA, _("no plan to report on"));
      return FALSE;
    }
  plan = g_ptr_array_index (request->plans, 0);
  for (int y = kj_plan_get_first_year (plan); y <= kj_plan_get_last_year (plan); y++)
    if (kj_plan_has_year_data (plan, y))
      g_string_append_printf (years, "%s%d", years->len ? ", " : "", y);
  if (request->plans->len == 1)
    g_set_error (error, KJ_REPORT_ERROR, KJ_REPORT_ERROR_NO_DATA,
                 _("%s has no data for %d (it has data for %s)"), kj_plan_get_title (plan), request->year,
                 years->len ? years->str : _("no year"));
  else
    g_set_error (error, KJ_REPORT_ERROR, KJ_REPORT_ERROR_NO_DATA,
                 _("none of the %u plans has data for %d"), request->plans->len, request->year);
  return FALSE;
}

/**
 * _kj_report_section:
 * Marks the start of a satker (@level 0) or of a section (1): an outline
 * entry in the PDF and, for a table of contents, its page.
 */
void
_kj_report_section (KjReportRun *run,
                    const char  *title,
                    int          level)
{
  _kj_composer_need (run->c, 0);
  if (run->record)
    {
      KjTocEntry entry = { g_strdup (title), _kj_composer_get_part_page (run->c), level, run->part };
      g_array_append_val (run->record, entry);
    }
  if (!run->drawing)
    return;
  if (level == 0)
    run->outline = _kj_composer_outline (run->c, CAIRO_PDF_OUTLINE_ROOT, title);
  else
    _kj_composer_outline (run->c, run->outline, title);
}

/* A section's title: the kind and the year. */
void
_kj_report_title (KjReportRun *run,
                  const char  *title)
{
  g_autofree char *text = g_strdup_printf ("%s %s %d", title, KJ_TR (run, "Tahun", "Year"), run->year);
  g_autofree char *upper = g_utf8_strup (text, -1);

  _kj_composer_centered (run->c, upper, 11.5, TRUE);
  _kj_composer_centered (run->c, kj_plan_get_title (run->plan), 10, TRUE);
  _kj_composer_space (run->c, 8);
}

char *
_kj_report_value (KjReportRun *run,
                  KjIndicator *indicator,
                  double       value)
{
  return kj_report_format_number (run->lang, value, kj_indicator_get_display_decimals (indicator));
}

char *
_kj_report_percent (KjReportRun *run,
                    double       value)
{
  return kj_report_format_percent (run->lang, value, 2);
}

/* The category column of a table: the achievement's category (the one scale
 * a table's categories can be counted on), and, for an indicator whose value
 * has its own scale, that category under it, named as such ("nilai:
 * Tinggi"): a category always says which scale it comes from. */
char *
_kj_report_category (KjReportRun *run,
                     KjIndicator *indicator,
                     int          year)
{
  const char *achievement = kj_indicator_get_achievement_category (indicator, year, NULL);
  const char *value = kj_indicator_get_value_scale (indicator) ? kj_indicator_get_category (indicator, year, NULL)
                                                               : NULL;

  if (value == NULL)
    return g_strdup (achievement ? achievement : KJ_NO_DATA);
  return g_strdup_printf (KJ_TR (run, "%s\n(nilai: %s)", "%s\n(value: %s)"),
                          achievement ? achievement : KJ_NO_DATA, value);
}

/* Who signs this year's documents, or NULL. */
const KjSignature *
_kj_report_signature (KjReportRun *run)
{
  KjYearItems *items = kj_year_items_find (kj_plan_get_signatures (run->plan), run->year);

  return items && items->items->len > 0 ? g_ptr_array_index (items->items, 0) : NULL;
}

static void
toc_entry_clear (gpointer data)
{
  g_free (((KjTocEntry *) data)->title);
}

GArray *
_kj_report_toc_new (void)
{
  GArray *toc = g_array_new (FALSE, FALSE, sizeof (KjTocEntry));

  g_array_set_clear_func (toc, toc_entry_clear);
  return toc;
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* The front of a satker's lkip set: its cover and contents.  Composed
 * once, the contents are measured now and their pages left for
 * lkip_contents_fill(), when the sections' pages are known; returns the
 * first of them. */
static guint
lkip_front (KjReportRun *run,
            guint       *n_contents)
{
  g_autoptr(GArray) entries = NULL;
  guint first;

  _kj_report_cover (run);
  if (!run->once)
    {
      _kj_report_contents (run);
      return 0;
    }
  entries = _kj_report_lkip_entries (run->request, run->plan, run->part);
  run->contents = entries;
  _kj_composer_dry_begin (run->c);
  _kj_report_contents (run);
  *n_contents = _kj_composer_dry_end (run->c);
  run->contents = NULL;
  first = _kj_composer_reserve (run->c, *n_contents);
  run->record = _kj_report_toc_new ();
  return first;
}

static void
lkip_contents_fill (KjReportRun *run,
                    guint        first,
                    guint        n_contents)
{
  guint filled;

  run->contents = run->record;
  _kj_composer_fill_begin (run->c, first);
  _kj_report_contents (run);
  filled = _kj_composer_fill_end (run->c, first);
  /* the contents' length does not depend on its page numbers */
  if (filled != n_contents)
    g_warning ("the contents of %s took %u pages, not %u", kj_plan_get_title (run->plan), filled, n_contents);
  run->contents = NULL;
  g_clear_pointer (&run->record, g_array_unref);
}

/* One pass over the report's plans: @once, the PDF's only one; else
 * measuring (into @record) or printing a page. */
static void
compose (const KjReportRequest *request,
         KjComposer            *c,
         gboolean               once,
         GArray                *contents,
         GArray                *record)
{
  KjReportRun run = { request, c, request->lang, _kj_composer_is_drawing (c), contents, record, once };
  const char *title = kj_report_kind_title (request->kind, request->lang);
  KjReportBuild build = builds[request->kind - kinds];

  for (guint i = 0; i < request->plans->len && !_kj_composer_cancelled (c); i++)
    {
      KjPlan *plan = g_ptr_array_index (request->plans, i);
      g_autofree char *right = NULL;
      guint contents_first = 0, n_contents = 0;

      if (!plan_included (request, plan))
        continue;
      run.plan = plan;
      run.year = kj_report_plan_year (request, plan);
      run.part++;
      if (_kj_composer_skips_part (c, run.part))
        continue;
      right = g_strdup_printf ("%s %d", title, run.year);
      _kj_composer_begin_part (c);
      if (build == _kj_report_lkip)
        contents_first = lkip_front (&run, &n_contents);
      _kj_composer_set_header (c, kj_plan_get_title (plan), right);
      _kj_composer_new_page (c, TRUE);
      _kj_report_section (&run, kj_plan_get_title (plan), 0);
      build (&run);
      if (build == _kj_report_lkip && once)
        lkip_contents_fill (&run, contents_first, n_contents);
    }
  _kj_composer_finish (c);
}

/* Measures the report: its page count, each part's (@part_sizes) and, in
 * @record, its sections' pages; the tables of contents list @contents. */
static guint
measure (const KjReportRequest *request,
         double                 width,
         double                 height,
         GArray                *contents,
         GArray                *record,
         GArray               **part_sizes)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, NULL, width, height);
  KjComposer *c = _kj_composer_new (surface, FALSE, width, height, request->lang);
  guint pages;

  compose (request, c, FALSE, contents, record);
  pages = _kj_composer_get_page (c);
  *part_sizes = _kj_composer_take_part_sizes (c);
  if (*part_sizes == NULL)
    *part_sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  _kj_composer_free (c);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return pages;
}

static cairo_status_t
write_file (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  return kj_atomic_file_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
set_metadata (const KjReportRequest *request,
              cairo_surface_t       *surface)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *title = NULL, *author = NULL, *safe_title = NULL, *safe_author = NULL;
  KjPlan *first = NULL;
  guint n = 0;

  for (guint i = 0; i < request->plans->len; i++)
    if (plan_included (request, g_ptr_array_index (request->plans, i)))
      {
        first = first ? first : g_ptr_array_index (request->plans, i);
        n++;
      }
  if (n == 1)
    {
      title = g_strdup_printf ("%s %d – %s", kj_report_kind_title (request->kind, request->lang),
                               kj_report_plan_year (request, first), kj_plan_get_title (first));
      author = g_strdup (kj_plan_get_title (first));
    }
  else
    {
      title = request->year > 0 ? g_strdup_printf ("%s %d", kj_report_kind_title (request->kind, request->lang),
                                                   request->year)
                                : g_strdup (kj_report_kind_title (request->kind, request->lang));
      author = g_strdup_printf (request->lang == KJ_REPORT_LANG_EN ? "%u work units" : "%u satker", n);
    }
  safe_title = kj_format_plain_text (title, FALSE);
  safe_author = kj_format_plain_text (author, FALSE);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, safe_title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, safe_author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kinerja " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/**
 * kj_report_write_pdf:
 * @progress: (nullable): told after each page is written; returning
 * %FALSE cancels, and nothing is left at @path
 *
 * Writes the report to @path, page by page, atomically: on any failure an
 * existing file at @path stays as it was and no partial file is left.
 *
 * Returns: %TRUE when written
 */
gboolean
kj_report_write_pdf (const KjReportRequest *request,
                     const char            *path,
                     KjReportProgress       progress,
                     gpointer               user_data,
                     GError               **error)
{
  cairo_surface_t *surface;
  KjAtomicFile *file;
  KjComposer *c;
  cairo_status_t status;
  gboolean cancelled;
  double width, height;

  g_return_val_if_fail (request != NULL && path != NULL, FALSE);

  if (!kj_report_check (request, error))
    return FALSE;
  kj_paper_get_size (request->paper, request->landscape, &width, &height);
  file = kj_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  surface = cairo_pdf_surface_create_for_stream (write_file, file, width, height);
  set_metadata (request, surface);
  c = _kj_composer_new (surface, TRUE, width, height, request->lang);
  _kj_composer_set_progress (c, progress, user_data);
  /* the pages are written on a second core while the next are composed */
  _kj_composer_write_on_thread (c, n_included (request));
  compose (request, c, TRUE, NULL, NULL);
  cancelled = _kj_composer_cancelled (c);
  _kj_composer_free (c);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (cancelled || status != CAIRO_STATUS_SUCCESS)
    {
      kj_atomic_file_abort (file);
      if (cancelled)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was cancelled"));
      else
        g_set_error (error, KJ_REPORT_ERROR, KJ_REPORT_ERROR_WRITE, _("Cannot write %s: %s"), path,
                     cairo_status_to_string (status));
      return FALSE;
    }
  return kj_atomic_file_commit (file, error);
}

/* ── pages one at a time, for printing ─────────────────────────────────── */

struct _KjReportPages
{
  KjReportRequest request;
  GArray         *toc;
  GArray         *part_sizes;
  guint           n_pages;
  double          width, height;
  cairo_surface_t *layout_surface;  /* a PDF's, discarded: the pages lay out as the export's */
  guint           part_first;       /* its first page, from 0 */
  GPtrArray      *part_pages;       /* its pages, on recording surfaces */
};

/**
 * kj_report_pages_new:
 * Measures @request on its paper, for drawing its pages one by one (a print
 * dialog's draw-page): kj_report_pages_draw() draws the same pages as
 * kj_report_write_pdf() writes.
 *
 * Returns: (transfer full) (nullable): %NULL with @error when there is nothing to print
 */
KjReportPages *
kj_report_pages_new (const KjReportRequest *request,
                     GError               **error)
{
  KjReportPages *pages;

  if (!kj_report_check (request, error))
    return NULL;
  pages = g_new0 (KjReportPages, 1);
  pages->request = *request;
  pages->request.plans = g_ptr_array_ref (request->plans);
  if (request->others)
    pages->request.others = g_ptr_array_ref (request->others);
  pages->toc = _kj_report_toc_new ();
  kj_paper_get_size (request->paper, request->landscape, &pages->width, &pages->height);
  pages->layout_surface = cairo_pdf_surface_create_for_stream (discard, NULL, pages->width, pages->height);
  if (request->kind == kj_report_kind_find ("lkip"))
    {
      /* the contents list their entries (known from the data) while the
       * sections' pages are measured; should they differ, once more */
      g_autoptr(GArray) entries = _kj_report_lkip_entries (request, NULL, 0);

      pages->n_pages = measure (request, pages->width, pages->height, entries, pages->toc, &pages->part_sizes);
      if (pages->toc->len != entries->len)
        {
          g_autoptr(GArray) again = _kj_report_toc_new ();

          g_clear_pointer (&pages->part_sizes, g_array_unref);
          pages->n_pages = measure (request, pages->width, pages->height, pages->toc, again, &pages->part_sizes);
          g_array_unref (pages->toc);
          pages->toc = g_steal_pointer (&again);
        }
    }
  else
    pages->n_pages = measure (request, pages->width, pages->height, NULL, pages->toc, &pages->part_sizes);
  return pages;
}

guint
kj_report_pages_get_n_pages (KjReportPages *pages)
{
  return pages->n_pages;
}

void
kj_report_pages_get_size (KjReportPages *pages,
                          double        *width,
                          double        *height)
{
  *width = pages->width;
  *height = pages->height;
}

/**
 * kj_report_pages_draw:
 * @cr: in points, the paper's top left corner at 0, 0
 * @page: from 0
 *
 * Draws one page.  The satker's part it belongs to is composed (and no
 * other), and its pages kept for the next pages asked for: a print dialog
 * asks for them in order, so each part is composed once.
 */
void
kj_report_pages_draw (KjReportPages *pages,
                      cairo_t       *cr,
                      guint          page)
{
  g_return_if_fail (page < pages->n_pages);

  if (pages->part_pages == NULL || page < pages->part_first || page >= pages->part_first + pages->part_pages->len)
    {
      guint part = 0, first = 0;
      KjComposer *c;

      while (part < pages->part_sizes->len && first + g_array_index (pages->part_sizes, guint, part) <= page)
        first += g_array_index (pages->part_sizes, guint, part++);
      g_clear_pointer (&pages->part_pages, g_ptr_array_unref);
      c = _kj_composer_new_for_part (pages->layout_surface, part + 1, pages->width, pages->height,
                                     pages->request.lang);
      compose (&pages->request, c, FALSE, pages->toc, NULL);
      pages->part_pages = _kj_composer_take_collected (c);
      _kj_composer_free (c);
      pages->part_first = first;
      /* composed as measured: the part has the pages it had then */
      if (pages->part_pages->len != (part < pages->part_sizes->len ? g_array_index (pages->part_sizes, guint, part) : 0))
        g_warning ("part %u of the report has %u pages, not as measured", part + 1, pages->part_pages->len);
    }
  if (page - pages->part_first < pages->part_pages->len)
    {
      cairo_save (cr);
      cairo_set_source_surface (cr, g_ptr_array_index (pages->part_pages, page - pages->part_first), 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
    }
}

void
kj_report_pages_free (KjReportPages *pages)
{
  if (pages == NULL)
    return;
  g_ptr_array_unref (pages->request.plans);
  g_clear_pointer (&pages->request.others, g_ptr_array_unref);
  g_array_unref (pages->toc);
  g_clear_pointer (&pages->part_sizes, g_array_unref);
  g_clear_pointer (&pages->part_pages, g_ptr_array_unref);
  cairo_surface_destroy (pages->layout_surface);
  g_free (pages);
}
