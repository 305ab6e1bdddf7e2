/* test-chart-export.c: charts to PNG, SVG and PDF, and kinerja --export-chart
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exported files are read back the way their readers would: PNG through
 * cairo, PDF through poppler's pdfinfo and pdftotext, SVG as text.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "chart/kj-chart.h"
#include "io/kj-plan-io.h"
#include "model/kj-workspace.h"
#include "kj-test-national.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

static KjWorkspace *samples;
static KjWorkspace *national;
static KjPlan      *national_areas;
static char        *national_dir;
static char        *out_dir;

static KjWorkspace *
get_samples (void)
{
  if (samples == NULL)
    samples = kj_test_load_folder (SAMPLES_DIR, 9);
  return samples;
}

static KjWorkspace *
get_national (void)
{
  if (national == NULL)
    {
      national_dir = kj_test_generate_national (GEN_BIN);
      national = kj_test_load_folder (national_dir, 207);
    }
  return national;
}

/* 207 kabupaten/kota of the national workspace in one table, as the national
 * office's letters list them. */
static KjPlan *
get_national_areas (void)
{
  if (national_areas == NULL)
    {
      guint n_rows;
      char *text = kj_test_national_breakdown (get_national (), "dektara", 2024, 207, &n_rows);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (n_rows, ==, 207);
      national_areas = kj_plan_load_bytes (bytes, "national-dektara.json", NULL, NULL, &error);
      g_assert_no_error (error);
    }
  return national_areas;
}

static char *
out_path (const char *name)
{
  if (out_dir == NULL)
    out_dir = g_dir_make_tmp ("kinerja-export-XXXXXX", NULL);
  return g_build_filename (out_dir, name, NULL);
}

static KjChart *
chart_new (const char  *kind,
           KjWorkspace *workspace,
           const char  *satker,
           const char  *indicator,
           int          year)
{
  KjChartRequest request = { workspace, satker ? kj_workspace_find (workspace, satker) : NULL,
                             indicator, year };
  g_autoptr(GError) error = NULL;
  KjChart *chart;

  g_assert_true (satker == NULL || request.plan != NULL);
  chart = kj_chart_new (kind, &request, &error);
  g_assert_no_error (error);
  return chart;
}

/* Runs a program with @argv; returns its exit status. */
static int
run (const char * const *argv,
     char              **out,
     char              **err)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *out = NULL;
  const char *pages;

  g_assert_cmpint (run ((const char *[]) { "pdfinfo", path, NULL }, &out, NULL), ==, 0);
  pages = strstr (out, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:") + strspn (pages + strlen ("\nPages:"), " "),
                                   NULL, 10);
}

/* The text of page @page (from 1), or of all pages when 0. */
static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  char *out = NULL;

  if (page == 0)
    g_assert_cmpint (run ((const char *[]) { "pdftotext", "-layout", path, "-", NULL }, &out, NULL), ==, 0);
  else
    g_assert_cmpint (run ((const char *[]) { "pdftotext", "-layout", "-f", first, "-l", first, path, "-",
                                             NULL }, &out, NULL), ==, 0);
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
  g_autoptr(KjChart) trend = chart_new ("trend", get_samples (), "BNN Kota Kupang", "nka", 0);
  g_autoptr(KjChart) compare = chart_new ("compare", get_national (), NULL, "nka", 0);
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
  g_autoptr(KjChart) trend = chart_new ("trend", get_samples (), "BNN Kota Kupang", "nka", 0);
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

  g_assert_nonnull (strstr (text, "Nilai Kinerja Anggaran"));
}

/* A trend on one A4 landscape page, with its title, years and achievement
 * labels as text. */
static void
test_pdf_trend (void)
{
  g_autoptr(KjChart) trend = chart_new ("trend", get_samples (), "BNN Kota Kupang", "nka", 0);
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

/* A long chart over several A4 landscape pages, each titled and numbered,
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
  g_assert_cmpuint (n, ==, kj_chart_get_n_pages (chart, 842, 595));
  g_assert_cmpuint (n, >=, names->len / 40);
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *text = pdf_text (path, page);
      g_autofree char *numbered = g_strdup_printf ("page %u of %u", page, n);

      g_assert_nonnull (strstr (text, kj_chart_get_title (chart)));
      g_assert_nonnull (strstr (text, numbered));
    }
  all = pdf_text (path, 0);
  for (guint i = 0; i < names->len; i++)
    if (strstr (all, g_ptr_array_index (names, i)) == NULL)
      g_error ("%s: “%s” is on no page", file, (char *) g_ptr_array_index (names, i));
}

static void
test_pdf_pages (void)
{
  g_autoptr(KjChart) compare = chart_new ("compare", get_national (), NULL, "nka", 0);
  g_autoptr(KjChart) areas = NULL;
  g_autoptr(GPtrArray) satker = g_ptr_array_new ();
  g_autoptr(GPtrArray) kabupaten = g_ptr_array_new ();
  GPtrArray *rows;

  /* 196 work units with an NKA in the busiest year */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (get_national ())); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (G_LIST_MODEL (get_national ()), i);
      KjIndicator *nka = kj_plan_find_indicator (plan, "nka");
      const KjYearValue *v = nka ? kj_indicator_get_year (nka, kj_chart_get_year (compare)) : NULL;

      if (v && kj_has (v->realization))
        g_ptr_array_add (satker, (gpointer) kj_plan_get_title (plan));
    }
  check_pages (compare, "compare.pdf", satker);

  /* 207 kabupaten/kota */
  {
    KjChartRequest request = { NULL, get_national_areas (), "dektara", 2024 };
    g_autoptr(GError) error = NULL;

    areas = kj_chart_new ("areas", &request, &error);
    g_assert_no_error (error);
  }
  rows = kj_indicator_get_breakdown (kj_plan_find_indicator (get_national_areas (), "dektara"), 2024);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (kabupaten, ((KjBreakdownRow *) g_ptr_array_index (rows, i))->area);
  check_pages (areas, "areas.pdf", kabupaten);
}

/* A failed export says why and leaves the previous file as it was. */
static void
test_export_errors (void)
{
  g_autoptr(KjChart) trend = chart_new ("trend", get_samples (), "BNN Kota Kupang", "nka", 0);
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

static int
export_chart (const char * const *args,
              char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  char *out = NULL;
  int status;

  g_ptr_array_add (argv, (char *) KINERJA_BIN);
  g_ptr_array_add (argv, (char *) "--export-chart");
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  status = run ((const char * const *) argv->pdata, &out, err);
  g_free (out);
  return status;
}

static void
test_cli (void)
{
  g_autofree char *kupang = g_build_filename (SAMPLES_DIR, "bnn-kota-kupang.json", NULL);
  g_autofree char *pdf = out_path ("cli-trend.pdf"), *png = out_path ("cli-trend.png");
  g_autofree char *folder_pdf = out_path ("cli-compare.pdf"), *areas_svg = out_path ("cli-areas.svg");
  g_autofree char *satker_pdf = out_path ("cli-satker.pdf"), *bad = out_path ("cli-bad.pdf");
  g_autofree char *err = NULL, *text = NULL;

  /* a trend to PDF */
  g_assert_cmpint (export_chart ((const char *[]) { pdf, "--chart", "trend", "--indicator", "nka",
                                                    kupang, NULL }, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Nilai Kinerja Anggaran"));
  g_clear_pointer (&text, g_free);

  /* a PNG at the size asked for */
  g_assert_cmpint (export_chart ((const char *[]) { png, "--chart", "trend", "--indicator", "nka",
                                                    "--size", "1920x1080", kupang, NULL }, NULL), ==, 0);
  {
    g_autoptr(cairo_surface_t) s = read_png (png);
    g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1920);
    g_assert_cmpint (cairo_image_surface_get_height (s), ==, 1080);
  }

  /* a folder for the workspace kinds */
  g_assert_cmpint (export_chart ((const char *[]) { folder_pdf, "--chart", "compare", "--indicator", "nka",
                                                    SAMPLES_DIR, NULL }, NULL), ==, 0);
  g_assert_cmpuint (pdf_pages (folder_pdf), >=, 1);
  g_assert_cmpint (export_chart ((const char *[]) { areas_svg, "--chart", "areas", "--indicator",
                                                    "dektari", "--year", "2023", SAMPLES_DIR, NULL }, NULL),
                   ==, 0);
  g_assert_true (g_file_test (areas_svg, G_FILE_TEST_IS_REGULAR));

  /* a satker chart from a folder: the satker chosen by name … */
  g_assert_cmpint (export_chart ((const char *[]) { satker_pdf, "--chart", "trend", "--indicator", "nka",
                                                    "--satker", "BNN Kota Kupang", SAMPLES_DIR, NULL }, NULL),
                   ==, 0);
  text = pdf_text (satker_pdf, 0);
  g_assert_nonnull (strstr (text, "Kupang"));
  g_clear_pointer (&text, g_free);
  /* … and without it, a message pointing at --satker */
  g_assert_cmpint (export_chart ((const char *[]) { bad, "--chart", "trend", "--indicator", "nka",
                                                    SAMPLES_DIR, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "--satker"));
  g_clear_pointer (&err, g_free);

  /* what cannot be drawn: 1, naming the thing */
  g_assert_cmpint (export_chart ((const char *[]) { bad, "--chart", "trend", "--indicator", "nosuch",
                                                    kupang, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "nosuch"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_chart ((const char *[]) { bad, "--chart", "compare", "--indicator", "nka",
                                                    "--year", "2019", SAMPLES_DIR, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "2019"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_chart ((const char *[]) { bad, "--chart", "trend", "--satker", "BNN Kota Atlantis",
                                                    SAMPLES_DIR, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Atlantis"));
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  /* wrong usage: 2 */
  g_assert_cmpint (export_chart ((const char *[]) { bad, "--chart", "nosuch", kupang, NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "nosuch"));
  g_assert_nonnull (strstr (err, "trend"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_chart ((const char *[]) { bad, kupang, NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--chart"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_chart ((const char *[]) { bad, "--chart", "trend", "--size", "1920", kupang,
                                                    NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "1920"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_chart ((const char *[]) { bad, "--chart", "trend", "--size", "widexhigh", kupang,
                                                    NULL }, NULL), ==, 2);
  g_assert_cmpint (export_chart ((const char *[]) { bad, "--chart", "trend", "/nonexistent.json", NULL },
                                 NULL), ==, 2);
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
  g_test_add_func ("/kinerja/chart/export/errors", test_export_errors);
  g_test_add_func ("/kinerja/chart/export/cli", test_cli);
  status = g_test_run ();

  g_clear_object (&samples);
  g_clear_object (&national_areas);
  g_clear_object (&national);
  kj_test_remove_dir (&national_dir);
  kj_test_remove_dir (&out_dir);
  return status;
}
