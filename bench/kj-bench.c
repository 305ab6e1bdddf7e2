/* kj-bench.c: how fast Kinerja loads and checks a national workspace
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: timings depend on the machine.  Targets and results are in
 * docs/benchmarks.md.  Usage: kj-bench [FOLDER]; without a folder it
 * generates the 207-file national workspace (seed 1) in a temporary folder.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "io/kj-load.h"
#include "kj-bench-util.h"
#include "io/kj-plan-io.h"
#include "model/kj-checks.h"

#define RUNS 7

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

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;
  double load[RUNS], check[RUNS], process[RUNS], first_load = 0;
  guint n_files, n_plans = 0, n_findings = 0;
  guint64 size;

  if (argc > 1)
    dir = g_strdup (argv[1]);
  else
    {
      g_autofree char *cmd = NULL;
      int status;

      dir = g_dir_make_tmp ("kinerja-bench-XXXXXX", NULL);
      cmd = g_strdup_printf ("%s --seed 1 %s", GEN_BIN, dir);
      if (!g_spawn_command_line_sync (cmd, NULL, NULL, &status, NULL) || status != 0)
        g_error ("cannot generate the workspace with %s", GEN_BIN);
    }
  size = folder_size (dir, &n_files);
  folder = g_file_new_for_path (dir);

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

  for (int i = 0; i < RUNS; i++)
    {
      g_autofree char *cmd = g_strdup_printf ("%s --check %s", KINERJA_BIN, dir);
      g_autofree char *out = NULL;
      double t0 = kj_bench_now_ms ();
      int status;

      g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL);
      process[i] = kj_bench_now_ms () - t0;
    }

  printf ("workspace: %s\n", dir);
  printf ("files: %u (%.1f MB), plans loaded: %u, findings: %u, cores: %u\n",
          n_files, size / 1e6, n_plans, n_findings, g_get_num_processors ());
  printf ("load folder, first run in process:   %7.1f ms\n", first_load);
  printf ("load folder, median of %d:            %7.1f ms   (target <= 300 ms)\n", RUNS,
          kj_bench_median (load, RUNS));
  printf ("check + locate all plans, median:     %7.1f ms\n", kj_bench_median (check, RUNS));
  printf ("kinerja --check FOLDER, process, median: %7.1f ms\n", kj_bench_median (process, RUNS));
  return 0;
}
