/* kj-bench.c: how fast Kinerja loads, checks and shows a national workspace,
 * and how much memory that takes
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: timings depend on the machine.  Targets and results are in
 * docs/benchmarks.md.  Usage: kj-bench [FOLDER]; without a folder it
 * generates the 207-file national workspace (seed 1), and ten of them (seeds
 * 1–10, 2,070 files) to see how the cost grows.  The window is measured
 * when a display is there (run it under xvfb-run).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "io/kj-load.h"
#include "kj-bench-util.h"
#include "io/kj-plan-io.h"
#include "model/kj-checks.h"
#include "report/kj-report.h"

#define RUNS 7
#define PROCESS_RUNS 5

static guint64
folder_size (const char *dir,
             guint      *n_files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint64 size = 0;

  *n_files = 0;
  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;
      if (g_str_has_suffix (name, ".json") && g_stat (path, &st) == 0)
        {
          size += st.st_size;
          (*n_files)++;
        }
    }
  return size;
}

/* @copies national workspaces (seeds 1, 2, …) in one folder. */
static char *
generate (guint copies)
{
  char *dir = g_dir_make_tmp ("kinerja-bench-XXXXXX", NULL);

  for (guint seed = 1; seed <= copies; seed++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/seed-%u", dir, seed);
      g_autofree char *cmd = g_strdup_printf ("%s --seed %u %s", GEN_BIN, seed, sub);
      g_autoptr(GDir) d = NULL;
      const char *name;
      int status;

      if (!g_spawn_command_line_sync (cmd, NULL, NULL, &status, NULL) || status != 0)
        g_error ("cannot generate the workspace with %s", GEN_BIN);
      d = g_dir_open (sub, 0, NULL);
      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *from = g_build_filename (sub, name, NULL);
          g_autofree char *to = g_strdup_printf ("%s/%u-%s", dir, seed, name);
          if (g_str_has_suffix (name, ".json") && g_rename (from, to) != 0)
            g_error ("cannot move %s", from);
        }
    }
  return dir;
}

/* One whole process: wall time, CPU time (user + system: the steadier
 * figure on a shared machine) and peak resident memory (kB), as the kernel
 * accounts them; and, from the window, how long after its first frame the
 * content came (-1 when it did not say). */
static void
run_process (char  **argv,
             char  **envp,
             double *ms,
             double *cpu_ms,
             long   *peak_kb,
             double *content_ms)
{
  struct rusage usage;
  double t0 = kj_bench_now_ms ();
  int status, out[2];
  pid_t pid;
  char chunk[4096];
  g_autoptr(GString) text = g_string_new (NULL);
  ssize_t n;
  const char *at;

  if (pipe (out) != 0)
    g_error ("no pipe");
  pid = fork ();
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);
      dup2 (out[1], 1);
      dup2 (null, 2);
      close (out[0]);
      execve (argv[0], argv, envp);
      _exit (127);
    }
  close (out[1]);
  /* read to the end first: --check writes more than a pipe holds */
  while ((n = read (out[0], chunk, sizeof chunk)) > 0)
    g_string_append_len (text, chunk, n);
  close (out[0]);
  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status)
      || WEXITSTATUS (status) > 1)
    g_error ("%s did not run", argv[0]);
  *ms = kj_bench_now_ms () - t0;
  *cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
  *peak_kb = usage.ru_maxrss;
  at = strstr (text->str, "content-after-shown-ms ");
  *content_ms = at ? g_ascii_strtod (at + strlen ("content-after-shown-ms "), NULL) : -1;
}

static void
bench_process (const char *what,
               char      **argv,
               char      **envp,
               double      target_ms,
               double      target_mb)
{
  double t[PROCESS_RUNS], cpu[PROCESS_RUNS], m[PROCESS_RUNS], c[PROCESS_RUNS], med_t, med_m;

  for (int i = 0; i < PROCESS_RUNS; i++)
    {
      long kb;
      run_process (argv, envp, &t[i], &cpu[i], &kb, &c[i]);
      m[i] = kb / 1024.0;
    }
  med_t = kj_bench_median (t, PROCESS_RUNS);
  med_m = kj_bench_median (m, PROCESS_RUNS);
  printf ("%-44s %7.0f ms %7.0f ms %7.1f MB", what, med_t, kj_bench_median (cpu, PROCESS_RUNS), med_m);
  if (target_ms > 0)
    printf ("   (targets <= %.0f ms: %s", target_ms, med_t <= target_ms ? "met" : "MISSED");
  if (target_mb > 0)
    printf ("%s<= %.0f MB: %s", target_ms > 0 ? ", " : "   (targets ", target_mb,
            med_m <= target_mb ? "met" : "MISSED");
  printf ("%s\n", target_ms > 0 || target_mb > 0 ? ")" : "");
  if (c[0] >= 0)
    printf ("%-44s %7.0f ms\n", "  content, after the window's first frame", kj_bench_median (c, PROCESS_RUNS));
}

static void
bench_folder (const char *dir,
              const char *label,
              gboolean    targets)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  double load[RUNS], check[RUNS], first_load = 0;
  guint n_files, n_plans = 0, n_findings = 0;
  guint64 size = folder_size (dir, &n_files);
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *check_what = NULL, *window_what = NULL;
  char *check_argv[] = { (char *) KINERJA_BIN, (char *) "--check", (char *) dir, NULL };
  char *window_argv[] = { (char *) KINERJA_BIN, (char *) dir, NULL };

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr(KjLoadResult) result = kj_load_result_new ();
      double t0 = kj_bench_now_ms (), t1, t2;

      kj_load_files (&folder, 1, result);
      t1 = kj_bench_now_ms ();
      n_findings = 0;
      for (guint j = 0; j < result->plans->len; j++)
        {
          KjPlan *plan = g_ptr_array_index (result->plans, j);
          g_autoptr(GPtrArray) findings = kj_plan_check (plan);
          kj_plan_locate_all (plan, findings);
          n_findings += findings->len;
        }
      t2 = kj_bench_now_ms ();
      load[i] = t1 - t0;
      check[i] = t2 - t1;
      if (i == 0)
        first_load = load[0];
      n_plans = result->plans->len;
    }

  printf ("\n%s: %s\n", label, dir);
  printf ("files: %u (%.1f MB), plans loaded: %u, findings: %u, cores: %u\n",
          n_files, size / 1e6, n_plans, n_findings, g_get_num_processors ());
  printf ("load folder, first run in process:   %7.1f ms\n", first_load);
  printf ("load folder, median of %d:            %7.1f ms", RUNS, kj_bench_median (load, RUNS));
  printf (targets ? "   (target <= 300 ms)\n" : "\n");
  printf ("check + locate all plans, median:     %7.1f ms\n", kj_bench_median (check, RUNS));

  printf ("whole processes, median of %d:          wall      CPU    peak memory\n", PROCESS_RUNS);
  check_what = g_strdup_printf ("kinerja --check FOLDER");
  bench_process (check_what, check_argv, env, 0, targets ? 80 : 0);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("the window: no display (run kj-bench under xvfb-run)\n");
      return;
    }
  /* the window opens the folder and ends two frames after showing it */
  env = g_environ_setenv (env, "KINERJA_QUIT_WHEN_SHOWN", "1", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", FALSE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", FALSE);
  /* Xvfb has no GPU: GL would be Mesa's software renderer, which no user has
   * (it costs 80 MB more); cairo is what the tests draw with too.  Without
   * gl-disable GDK still loads Mesa when it opens the display, to choose a
   * visual: about 60 MB of a driver no user has (docs/benchmarks.md) */
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", FALSE);
  env = g_environ_setenv (env, "GDK_DEBUG", "gl-disable", FALSE);
  window_what = g_strdup_printf ("kinerja FOLDER (window, until shown)");
  bench_process (window_what, window_argv, env, 0, targets ? 150 : 0);
}

/* Whether @program is on PATH (the peers are measured where installed). */
static char *
peer (const char *program)
{
  return g_find_program_in_path (program);
}

/* issue 9: reports to PDF as whole processes, beside the peers that print a
 * table to PDF: Gnumeric's ssconvert and LibreOffice, where installed.  The
 * machine's locale is C: the report's language decides its formats. */
static void
bench_reports (const char *dir,
               const char *ten,
               const char *one)
{
  g_autofree char *out_dir = g_dir_make_tmp ("kinerja-bench-pdf-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "report.pdf", NULL);
  g_autofree char *csv = g_build_filename (out_dir, "table.csv", NULL);
  g_autofree char *ssconvert = peer ("ssconvert"), *soffice = peer ("soffice");
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  g_autoptr(GString) table = g_string_new ("No,Indikator,Satuan,Target,Realisasi,Capaian,Kategori\n");
  const struct { const char *report; const char *path; const char *what; double target_ms; } cases[] = {
    { "pengukuran", one, "--export-pdf --report pengukuran (1 satker)", 30 },
    { "pengukuran", dir, "--export-pdf --report pengukuran (nation)", 500 },
    { "lkip", one, "--export-pdf --report lkip (1 satker)", 100 },
    { "lkip", dir, "--export-pdf --report lkip (nation)", 3000 },
    /* ten nations: the cost grows with the folder, the memory stays bounded */
    { "pengukuran", ten, "--export-pdf --report pengukuran (10 nations)", 0 },
  };

  printf ("\nreports to PDF, whole processes, median of %d:  wall      CPU    peak memory\n", PROCESS_RUNS);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char *argv[] = { (char *) KINERJA_BIN, (char *) "--export-pdf", pdf, (char *) "--report",
                       (char *) cases[i].report, (char *) cases[i].path, NULL };

      if (cases[i].path == NULL)
        continue;
      bench_process (cases[i].what, argv, env, cases[i].target_ms, 0);
    }
  /* the peers print a 20-row table of the same columns */
  for (guint i = 1; i <= 20; i++)
    g_string_append_printf (table, "%u,Indeks Ketahanan Keluarga terhadap Penyalahgunaan Narkotika %u,Indeks,"
                            "81.34,84.38,103.74,Tinggi\n", i, i);
  g_file_set_contents (csv, table->str, -1, NULL);
  if (ssconvert)
    {
      char *argv[] = { ssconvert, (char *) "-T", (char *) "Gnumeric_pdf:pdf_assistant", csv, pdf, NULL };
      bench_process ("peer: ssconvert CSV (20 rows) to PDF", argv, env, 0, 0);
    }
  else
    printf ("peer: ssconvert not installed\n");
  if (soffice)
    {
      char *argv[] = { soffice, (char *) "--headless", (char *) "--convert-to", (char *) "pdf",
                       (char *) "--outdir", out_dir, csv, NULL };
      bench_process ("peer: LibreOffice CSV (20 rows) to PDF", argv, env, 0, 0);
    }
  else
    printf ("peer: LibreOffice (soffice) not installed\n");
  g_unlink (pdf);
  g_unlink (csv);
  {
    g_autofree char *made = g_build_filename (out_dir, "table.pdf", NULL);
    g_unlink (made);
  }
  g_rmdir (out_dir);
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* issue 9: printing, as the print dialog does it: the report measured (the
 * wait before the dialog shows its page count), then every page drawn in
 * order, here on a PDF surface as "Print to File" draws them. */
static void
bench_print (const char *path,
             const char *what)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  KjReportRequest request = { kj_report_kind_find ("lkip"), NULL, 0, KJ_PAPER_A4, FALSE, KJ_REPORT_LANG_ID };
  double measure[3], draw[3];
  guint n_pages = 0;

  kj_load_files (&file, 1, result);
  request.plans = result->plans;
  request.others = result->plans;
  for (int run = 0; run < 3; run++)
    {
      double t0 = kj_bench_now_ms (), t1;
      g_autoptr(GError) error = NULL;
      g_autoptr(KjReportPages) pages = kj_report_pages_new (&request, &error);
      double width, height;
      cairo_surface_t *surface;
      cairo_t *cr;

      g_assert_no_error (error);
      t1 = kj_bench_now_ms ();
      n_pages = kj_report_pages_get_n_pages (pages);
      kj_report_pages_get_size (pages, &width, &height);
      surface = cairo_pdf_surface_create_for_stream (discard, NULL, width, height);
      cr = cairo_create (surface);
      for (guint i = 0; i < n_pages; i++)
        {
          kj_report_pages_draw (pages, cr, i);
          cairo_show_page (cr);
        }
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      cairo_surface_destroy (surface);
      measure[run] = t1 - t0;
      draw[run] = kj_bench_now_ms () - t1;
    }
  printf ("printing lkip, %s (%u pages), median of 3: measured %7.0f ms, every page drawn %7.0f ms\n",
          what, n_pages, kj_bench_median (measure, 3), kj_bench_median (draw, 3));
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1)
    {
      bench_folder (argv[1], "workspace", TRUE);
      bench_reports (argv[1], NULL, SAMPLES_DIR "/bnn-kota-kupang.json");
      bench_print (SAMPLES_DIR "/bnn-kota-kupang.json", "1 satker");
      bench_print (argv[1], "the folder");
      return 0;
    }
  {
    g_autofree char *one = generate (1);
    g_autofree char *ten = generate (10);

    bench_folder (one, "national workspace (207 files)", TRUE);
    bench_folder (ten, "ten national workspaces (2,070 files)", FALSE);
    bench_reports (one, ten, SAMPLES_DIR "/bnn-kota-kupang.json");
    bench_print (SAMPLES_DIR "/bnn-kota-kupang.json", "1 satker");
    bench_print (one, "nation");
  }
  return 0;
}
