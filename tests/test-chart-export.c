/* test-chart-export.c: charts to PNG, SVG and PDF, and kinerja --export-chart
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exported files are read back the way their readers would: PNG through
 * cairo, PDF through poppler's pdfinfo and pdftotext, SVG as text.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "kj-test-charts.h"

static char *out_dir;

static char *
out_path (const char *name)
{
  if (out_dir == NULL)
    out_dir = g_dir_make_tmp ("kinerja-export-XXXXXX", NULL);
  return g_build_filename (out_dir, name, NULL);
}

/* A chart of the satker named @satker (or of the workspace). */
static KjChart *
chart_new (const char  *kind,
           KjWorkspace *workspace,
           const char  *satker,
           const char  *indicator,
           int          year)
{
  KjPlan *plan = satker ? kj_workspace_find (workspace, satker) : NULL;

  g_assert_true (satker == NULL || plan != NULL);
  return kj_test_chart (kind, workspace, plan, indicator, year);
}

/* Runs @program with the arguments that follow, up to NULL; returns its
 * exit status, with its output and error output in @out and @err. */
static int
run (char      **out,
     char      **err,
     const char *program,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  GSpawnFlags flags;
  va_list args;
  int status;

  g_ptr_array_add (argv, (char *) program);
  va_start (args, program);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* stdout is the test's TAP stream: nothing of the child's goes there */
  flags = G_SPAWN_SEARCH_PATH | (out ? 0 : G_SPAWN_STDOUT_TO_DEV_NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, flags, NULL, NULL, out, err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *out = NULL;
  char *pages;

  g_assert_cmpint (run (&out, NULL, "pdfinfo", path, NULL), ==, 0);
  pages = strstr (out, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (g_strchug (pages + strlen ("\nPages:")), NULL, 10);
}

/* The text of page @page (from 1), or of all pages when 0. */
static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  char *out = NULL;

  if (page == 0)
    g_assert_cmpint (run (&out, NULL, "pdftotext", "-layout", path, "-", NULL), ==, 0);
  else
    g_assert_cmpint (run (&out, NULL, "pdftotext", "-layout", "-f", first, "-l", first, path, "-",
                          NULL), ==, 0);
  return out;
}

static cairo_surface_t *
read_png (const char *path)
{
  cairo_surface_t *s = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  return s;
}

/* ── kj_chart_export ───────────────────────────────────────────────────── */

/* A PNG is the screen's picture: same pixels as the view draws, at the
 * size asked for times the scale, taller where a long chart needs it. */
static void
test_png (void)
{
  g_autoptr(KjChart) trend = chart_new ("trend", kj_test_samples (), "BNN Kota Kupang", "nka", 0);
  g_autoptr(KjChart) compare = chart_new ("compare", kj_test_national (), NULL, "nka", 0);
  g_autofree char *p1 = out_path ("trend.png"), *p2 = out_path ("trend@2.png");
  g_autofree char *p3 = out_path ("compare.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(cairo_surface_t) png = NULL, png2 = NULL, screen = NULL, long_png = NULL;
  g_autoptr(cairo_t) cr = NULL;
  int stride;

  g_assert_true (kj_chart_export (trend, p1, 1280, 720, 1, &error));
  g_assert_no_error (error);
  g_assert_true (kj_chart_export (trend, p2, 1280, 720, 2, &error));
  g_assert_no_error (error);

  png = read_png (p1);
  png2 = read_png (p2);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 720);
  g_assert_cmpint (cairo_image_surface_get_width (png2), ==, 2560);
  g_assert_cmpint (cairo_image_surface_get_height (png2), ==, 1440);

  screen = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
  cr = cairo_create (screen);
  kj_chart_draw (trend, cr, 1280, 720, kj_chart_theme_light ());
  cairo_surface_flush (screen);
  stride = cairo_image_surface_get_stride (screen);
  g_assert_cmpint (cairo_image_surface_get_stride (png), ==, stride);
  g_assert_true (memcmp (cairo_image_surface_get_data (png), cairo_image_surface_get_data (screen),
                         (gsize) stride * 720) == 0);

  /* 196 work units do not fit 720 px: the picture grows to keep them readable */
  g_assert_true (kj_chart_export (compare, p3, 1280, 720, 1, &error));
  g_assert_no_error (error);
  long_png = read_png (p3);
  g_assert_cmpint (cairo_image_surface_get_width (long_png), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (long_png), ==,
                   (int) ceil (kj_chart_get_natural_height (compare, 1280)));
  g_assert_cmpint (cairo_image_surface_get_height (long_png), >, 196 * 20);
}

static char *
export_svg (const char *name)
{
  g_autoptr(KjChart) trend = chart_new ("trend", kj_test_samples (), "BNN Kota Kupang", "nka", 0);
  g_autofree char *path = out_path (name);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (kj_chart_export (trend, path, 1280, 720, 1, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<svg"));
  return text;
}

/* A 1280×720 SVG opens at 1280×720 pixels in a browser or on a slide, not
 * at 1280×720 points (4/3 larger). */
static void
test_svg_size (void)
{
  g_autofree char *text = export_svg ("size.svg");
  const char *root = strstr (text, "<svg");
  g_autofree char *element = g_strndup (root, strcspn (root, ">"));

  g_test_message ("%s", element);
  g_assert_true (strstr (element, " width=\"1280\"") || strstr (element, " width=\"1280px\""));
  g_assert_true (strstr (element, " height=\"720\"") || strstr (element, " height=\"720px\""));
}

/* An SVG is text: a search, a slide's alt text or a screen reader finds the
 * chart's title in it. */
static void
test_svg_title (void)
{
  g_autofree char *text = export_svg ("title.svg");

  if (strstr (text, "Nilai Kinerja Anggaran") == NULL)
    g_test_fail_printf ("the SVG does not contain its title “Nilai Kinerja Anggaran” as text");
}

/* A trend on one A4 landscape page, with its title, years and achievement
 * labels as text. */
static void
test_pdf_trend (void)
{
  g_autoptr(KjChart) trend = chart_new ("trend", kj_test_samples (), "BNN Kota Kupang", "nka", 0);
  g_autofree char *path = out_path ("trend.pdf"), *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kj_chart_export (trend, path, 842, 595, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Nilai Kinerja Anggaran"));
  g_assert_nonnull (strstr (text, "Kupang"));
  for (int y = 2020; y <= 2024; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", y);
      g_assert_nonnull (strstr (text, year));
    }
  g_assert_nonnull (strstr (text, "113.18%"));   /* the achievement of 2024 */
}

/* A long chart over several A4 landscape pages, each titled and numbered in its footer,
 * every one of @names on one of them. */
static void
check_pages (KjChart    *chart,
             const char *file,
             GPtrArray  *names)
{
  g_autofree char *path = out_path (file), *all = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (kj_chart_export (chart, path, 842, 595, 1, &error));
  g_assert_no_error (error);
  n = pdf_pages (path);
  g_test_message ("%s: %u rows on %u pages", file, names->len, n);
  g_assert_cmpuint (n, ==, kj_chart_export_get_n_pages (chart, 842, 595));
  g_assert_cmpuint (n, >=, names->len / 40);
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *text = pdf_text (path, page);
      g_autofree char *numbered = g_strdup_printf ("Page %u of %u", page, n);

      g_autofree char *lower = g_ascii_strdown (text, -1);
      const char *at;

      g_assert_nonnull (strstr (text, kj_chart_get_title (chart)));
      g_assert_nonnull (strstr (text, numbered));
      /* the page's number once, in the footer */
      at = strstr (lower, "page ");
      g_assert_nonnull (at);
      g_assert_null (strstr (at + 1, "page "));
    }
  all = pdf_text (path, 0);
  for (guint i = 0; i < names->len; i++)
    if (strstr (all, g_ptr_array_index (names, i)) == NULL)
      g_error ("%s: “%s” is on no page", file, (char *) g_ptr_array_index (names, i));
}

static void
test_pdf_pages (void)
{
  g_autoptr(KjChart) compare = chart_new ("compare", kj_test_national (), NULL, "nka", 0);
  g_autoptr(KjChart) areas = NULL;
  g_autoptr(GPtrArray) satker = g_ptr_array_new ();
  g_autoptr(GPtrArray) kabupaten = g_ptr_array_new ();
  GPtrArray *rows;

  /* 196 work units with an NKA in the busiest year */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (kj_test_national ())); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (kj_test_national ()), i);
      KjIndicator *nka = kj_plan_find_indicator (plan, "nka");
      const KjYearValue *v = nka ? kj_indicator_get_year (nka, kj_chart_get_year (compare)) : NULL;

      if (v && kj_has (v->realization))
        g_ptr_array_add (satker, (gpointer) kj_plan_get_title (plan));
    }
  check_pages (compare, "compare.pdf", satker);

  /* 207 kabupaten/kota */
  areas = kj_test_chart ("areas", NULL, kj_test_national_areas (), "dektara", 2024);
  rows = kj_indicator_get_breakdown (kj_plan_find_indicator (kj_test_national_areas (), "dektara"),
                                     2024);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (kabupaten, (gpointer) ((KjBreakdownRow *) g_ptr_array_index (rows, i))->area);
  check_pages (areas, "areas.pdf", kabupaten);
}


/* The box of what is not white on page @page of the PDF at @path, in points,
 * between @top and @bottom (the printable area, without header and footer). */
static gboolean
pdf_inked_box (const char *path,
               guint       page,
               double      top,
               double      bottom,
               double     *x0,
               double     *y0,
               double     *x1,
               double     *y1)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *prefix = out_path ("page"), *png = g_strdup_printf ("%s.png", prefix);
  g_autoptr(cairo_surface_t) s = NULL;
  int w, h, stride;
  const guchar *data;

  /* 72 dpi: one pixel a point */
  g_assert_cmpint (run (NULL, NULL, "pdftoppm", "-png", "-r", "72", "-singlefile", "-f", number,
                        "-l", number, path, prefix, NULL), ==, 0);
  s = read_png (png);
  w = cairo_image_surface_get_width (s);
  h = cairo_image_surface_get_height (s);
  stride = cairo_image_surface_get_stride (s);
  data = cairo_image_surface_get_data (s);
  *x0 = *y0 = G_MAXINT;
  *x1 = *y1 = -1;
  for (int y = MAX ((int) top, 0); y < MIN ((int) bottom, h); y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = ((const guint32 *) (data + y * stride))[x] & 0xffffff;
        if (px != 0xffffff)
          {
            *x0 = MIN (*x0, x);
            *y0 = MIN (*y0, y);
            *x1 = MAX (*x1, x + 1);
            *y1 = MAX (*y1, y + 1);
          }
      }
  g_unlink (png);
  return *x1 > 0;
}

/* Issue 7: a PDF is a page: the chart fills the printable area of A4 (a
 * short one at its own proportions, enlarged), under a running header with
 * the work unit and over a footer with the date and "Page i of n"; its axis
 * is the screen's, whatever the page's size. */
static void
test_pdf_page (void)
{
  KjPlan *kupang = kj_test_sample ("BNN Kota Kupang"), *largest = NULL;
  KjWorkspace *national = kj_test_national ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d %B %Y");
  struct { const char *kind, *indicator; KjWorkspace *ws; KjPlan **plan; gboolean short_chart; } charts[] = {
    { "trend", "nka", kj_test_samples (), &kupang, TRUE },
    { "trend", "dektara", kj_test_samples (), &kupang, TRUE },
    { "compare", "nka", kj_test_samples (), &kupang, TRUE },
    { "budget", NULL, kj_test_samples (), &kupang, TRUE },
    { "achievement", NULL, national, &largest, FALSE },
    { "compare", "nka", national, &largest, FALSE },
  };
  double px, py, pw, ph;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (national)); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (national), i);
      if (largest == NULL
          || kj_plan_get_indicators (plan)->len > kj_plan_get_indicators (largest)->len)
        largest = plan;
    }
  kj_chart_export_printable_area (842, 595, &px, &py, &pw, &ph);
  g_assert_cmpfloat (px, >=, 18);
  g_assert_cmpfloat (py, >, px);

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autoptr(KjChart) chart = kj_test_chart (charts[c].kind, charts[c].ws, *charts[c].plan,
                                                charts[c].indicator, 0);
      g_autofree char *path = out_path ("page.pdf");
      g_autoptr(KjChartLayout) screen = kj_chart_layout_new (chart, 1280, 720, G_MAXUINT,
                                                             kj_chart_theme_light ());
      g_autoptr(GError) error = NULL;
      const char *satker = kj_plan_get_title (*charts[c].plan);
      guint n;

      g_assert_true (kj_chart_export (chart, path, 842, 595, 1, &error));
      g_assert_no_error (error);
      n = pdf_pages (path);
      g_test_message ("%s %s of %s: %u pages", charts[c].kind, charts[c].indicator ? charts[c].indicator : "",
                      satker, n);
      g_assert_cmpuint (n, ==, kj_chart_export_get_n_pages (chart, 842, 595));
      g_assert_cmpuint (n > 1, ==, !charts[c].short_chart);

      for (guint page = 1; page <= n; page++)
        {
          g_autofree char *text = pdf_text (path, page);
          g_autofree char *numbered = g_strdup_printf ("Page %u of %u", page, n);
          g_autoptr(KjChartLayout) layout = NULL;
          double x0, y0, x1, y1, lx, ly, zoom;

          g_assert_nonnull (strstr (text, satker));
          g_assert_nonnull (strstr (text, numbered));
          g_assert_nonnull (strstr (text, today));
          g_assert_nonnull (strstr (text, kj_chart_get_title (chart)));

          /* the axis of the screen, on every page */
          layout = kj_chart_export_page_layout (chart, 842, 595, page - 1, &lx, &ly, &zoom);
          g_assert_cmpuint (kj_chart_layout_get_n_axes (layout), ==, kj_chart_layout_get_n_axes (screen));
          g_assert_cmpuint (kj_chart_layout_get_n_axes (layout), >, 0);
          for (guint a = 0; a < kj_chart_layout_get_n_axes (layout); a++)
            {
              const KjChartAxis *on_page = kj_chart_layout_get_axis (layout, a);
              const KjChartAxis *on_screen = kj_chart_layout_get_axis (screen, a);
              g_assert_cmpfloat (on_page->lo, ==, on_screen->lo);
              g_assert_cmpfloat (on_page->hi, ==, on_screen->hi);
            }

          /* the chart fills the printable area; a last page may be shorter */
          g_assert_true (pdf_inked_box (path, page, py + 1, py + ph - 1, &x0, &y0, &x1, &y1));
          g_test_message ("page %u: inked %.0f×%.0f of %.0f×%.0f", page, x1 - x0, y1 - y0, pw, ph);
          g_assert_cmpfloat (x1 - x0, >=, 0.7 * pw);
          if (page < n || charts[c].short_chart)
            g_assert_cmpfloat (y1 - y0, >=, 0.7 * ph);
          g_assert_cmpfloat (x0, >=, px - 1);
          g_assert_cmpfloat (x1, <=, px + pw + 1);
        }
    }
}

/* The footer's date in the report's language: "1 Desember 2026". */
static void
test_pdf_date_indonesian (void)
{
  g_autofree char *path = out_path ("tanggal.pdf"), *text = NULL, *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *months[] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                           "Agustus", "September", "Oktober", "November", "Desember" };
  const char *saved = setlocale (LC_TIME, NULL);
  g_autofree char *old = g_strdup (saved);

  if (setlocale (LC_TIME, "id_ID.UTF-8") == NULL)
    {
      g_test_skip ("no id_ID.UTF-8 locale");
      return;
    }
  setlocale (LC_TIME, old);
  today = g_strdup_printf ("%d %s %d", g_date_time_get_day_of_month (now),
                           months[g_date_time_get_month (now) - 1], g_date_time_get_year (now));
  g_setenv ("LC_ALL", "id_ID.UTF-8", TRUE);
  g_assert_cmpint (run (NULL, NULL, KINERJA_BIN, "--export-chart", path, "--chart", "trend",
                        "--indicator", "nka", "--satker", "BNN Kota Kupang", SAMPLES_DIR, NULL), ==, 0);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  text = pdf_text (path, 0);
  if (strstr (text, today) == NULL)
    g_test_fail_printf ("the footer has no “%s”:\n%s", today, text);
}

/* A failed export says why and leaves the previous file as it was. */
static void
test_export_errors (void)
{
  g_autoptr(KjChart) trend = chart_new ("trend", kj_test_samples (), "BNN Kota Kupang", "nka", 0);
  g_autofree char *kept = out_path ("kept.png"), *doc = out_path ("chart.docx");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_true (g_file_set_contents (kept, "previous", -1, NULL));
  g_assert_false (kj_chart_export (trend, doc, 1280, 720, 1, &error));
  g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT);
  g_assert_nonnull (strstr (error->message, "chart.docx"));
  g_clear_error (&error);

  g_assert_false (kj_chart_export (trend, kept, 10, 10, 1, &error));
  g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT);
  g_clear_error (&error);
  g_assert_false (kj_chart_export (trend, "/nonexistent/folder/chart.png", 1280, 720, 1, &error));
  g_assert_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT);
  g_assert_nonnull (strstr (error->message, "/nonexistent/folder/chart.png"));

  g_assert_true (g_file_get_contents (kept, &text, &len, NULL));
  g_assert_cmpstr (text, ==, "previous");
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
}

/* ── kinerja --export-chart ────────────────────────────────────────────── */

#define KUPANG SAMPLES_DIR "/bnn-kota-kupang.json"

/* kinerja --export-chart OUT ARGS…; its error output in @err */
#define export_chart(err, out, ...) \
  run (NULL, err, KINERJA_BIN, "--export-chart", out, __VA_ARGS__, NULL)

static void
test_cli (void)
{
  g_autofree char *pdf = out_path ("cli-trend.pdf"), *png = out_path ("cli-trend.png");
  g_autofree char *compare = out_path ("cli-compare.pdf"), *areas = out_path ("cli-areas.svg");
  g_autofree char *satker = out_path ("cli-satker.pdf");
  g_autofree char *err = NULL, *text = NULL, *text2 = NULL;
  g_autoptr(cairo_surface_t) s = NULL;

  /* a trend to PDF, quietly */
  g_assert_cmpint (export_chart (&err, pdf, "--chart", "trend", "--indicator", "nka", KUPANG),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Nilai Kinerja Anggaran"));

  /* a PNG at the size asked for */
  g_assert_cmpint (export_chart (NULL, png, "--chart", "trend", "--indicator", "nka",
                                 "--size", "1920x1080", KUPANG), ==, 0);
  s = read_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 1080);

  /* a folder for the workspace kinds */
  g_assert_cmpint (export_chart (NULL, compare, "--chart", "compare", "--indicator", "nka",
                                 SAMPLES_DIR), ==, 0);
  g_assert_cmpuint (pdf_pages (compare), >=, 1);
  g_assert_cmpint (export_chart (NULL, areas, "--chart", "areas", "--indicator", "dektari",
                                 "--year", "2023", SAMPLES_DIR), ==, 0);
  g_assert_true (g_file_test (areas, G_FILE_TEST_IS_REGULAR));

  /* a satker chart from a folder, the satker chosen by name */
  g_assert_cmpint (export_chart (NULL, satker, "--chart", "trend", "--indicator", "nka",
                                 "--satker", "BNN Kota Kupang", SAMPLES_DIR), ==, 0);
  text2 = pdf_text (satker, 0);
  g_assert_nonnull (strstr (text2, "Kupang"));
}

/* What cannot be drawn: 1, with a message naming the thing, and no file. */
static void
test_cli_errors (void)
{
  g_autofree char *bad = out_path ("cli-bad.pdf");
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *e4 = NULL;

  g_assert_cmpint (export_chart (&e1, bad, "--chart", "trend", "--indicator", "nka", SAMPLES_DIR),
                   ==, 1);
  g_assert_nonnull (strstr (e1, "--satker"));
  g_assert_cmpint (export_chart (&e2, bad, "--chart", "trend", "--indicator", "nosuch", KUPANG),
                   ==, 1);
  g_assert_nonnull (strstr (e2, "nosuch"));
  g_assert_cmpint (export_chart (&e3, bad, "--chart", "compare", "--indicator", "nka",
                                 "--year", "2019", SAMPLES_DIR), ==, 1);
  g_assert_nonnull (strstr (e3, "2019"));
  g_assert_cmpint (export_chart (&e4, bad, "--chart", "trend", "--satker", "BNN Kota Atlantis",
                                 SAMPLES_DIR), ==, 1);
  g_assert_nonnull (strstr (e4, "Atlantis"));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

/* Wrong usage: 2, saying what is wrong. */
static void
test_cli_usage (void)
{
  g_autofree char *bad = out_path ("cli-usage.pdf");
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL;

  g_assert_cmpint (export_chart (&e1, bad, "--chart", "nosuch", KUPANG), ==, 2);
  g_assert_nonnull (strstr (e1, "nosuch"));
  g_assert_nonnull (strstr (e1, "trend"));   /* the kinds there are */
  g_assert_cmpint (export_chart (&e2, bad, KUPANG), ==, 2);
  g_assert_nonnull (strstr (e2, "--chart"));
  g_assert_cmpint (export_chart (&e3, bad, "--chart", "trend", "--size", "1920", KUPANG), ==, 2);
  g_assert_nonnull (strstr (e3, "1920"));
  g_assert_cmpint (export_chart (NULL, bad, "--chart", "trend", "--size", "widexhigh", KUPANG),
                   ==, 2);
  g_assert_cmpint (export_chart (NULL, bad, "--chart", "trend", "/nonexistent.json"), ==, 2);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/chart/export/png", test_png);
  g_test_add_func ("/kinerja/chart/export/svg-size", test_svg_size);
  g_test_add_func ("/kinerja/chart/export/svg-title", test_svg_title);
  g_test_add_func ("/kinerja/chart/export/pdf-trend", test_pdf_trend);
  g_test_add_func ("/kinerja/chart/export/pdf-pages", test_pdf_pages);
  g_test_add_func ("/kinerja/chart/export/pdf-page", test_pdf_page);
  g_test_add_func ("/kinerja/chart/export/pdf-date-indonesian", test_pdf_date_indonesian);
  g_test_add_func ("/kinerja/chart/export/errors", test_export_errors);
  g_test_add_func ("/kinerja/chart/export/cli", test_cli);
  g_test_add_func ("/kinerja/chart/export/cli-errors", test_cli_errors);
  g_test_add_func ("/kinerja/chart/export/cli-usage", test_cli_usage);
  status = g_test_run ();

  kj_test_cleanup ();
  kj_test_remove_dir (&out_dir);
  return status;
}
