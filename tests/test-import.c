/* test-import.c: kinerja --import TABLE --into PLAN as a user runs it
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "io/kj-plan-io.h"
#include "model/kj-history.h"

#define KUPANG SAMPLES_DIR "/bnn-kota-kupang.json"

static char *dir;
static char *plan_path;

static void
fresh_plan (void)
{
  g_autofree char *text = NULL, *bak = g_strconcat (plan_path, ".bak", NULL);
  gsize length;

  g_assert_true (g_file_get_contents (KUPANG, &text, &length, NULL));
  g_assert_true (g_file_set_contents (plan_path, text, length, NULL));
  g_unlink (bak);
}

static char *
write_table (const char *name,
             const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static int
run (const char  *env,
     const char  *args,
     char       **out,
     char       **err)
{
  g_autofree char *cmd = g_strdup_printf ("env %s %s %s", env ? env : "", KINERJA_BIN, args);
  g_autoptr(GError) error = NULL;
  g_autofree char *ignored_out = NULL, *ignored_err = NULL;
  int status;

  /* captured always: a child's output on ours would break TAP */
  g_assert_true (g_spawn_command_line_sync (cmd, out ? out : &ignored_out, err ? err : &ignored_err,
                                            &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static KjPlan *
load_plan (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (plan_path);
  KjPlan *plan = kj_plan_load_file (file, NULL, NULL);

  g_assert_nonnull (plan);
  return plan;
}

static const KjYearValue *
year_of (KjPlan     *plan,
         const char *id,
         int         year)
{
  return kj_indicator_get_year (kj_plan_find_indicator (plan, id), year);
}

/* Indonesian headers, Indonesian numbers, a TSV from a spreadsheet: the plan
 * is written with its .bak and a history entry per change, and what changed
 * is printed. */
static void
test_good_tsv (void)
{
  g_autofree char *table = write_table ("realisasi.tsv",
    "Indikator\tTahun\tTarget\tRealisasi\r\n"
    "nka\t2024\t87\t84,38\r\n"
    "ikp\t2024\t\t3,6\r\n"
    "dektara\t2025\t82\t\r\n"
    "\t\t\t\r\n");
  g_autofree char *args = g_strdup_printf ("--import %s --into %s", table, plan_path);
  g_autofree char *out = NULL, *err = NULL, *bak = g_strconcat (plan_path, ".bak", NULL);
  g_autofree char *bak_text = NULL, *original = NULL;
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(GPtrArray) history = NULL;

  fresh_plan ();
  g_assert_cmpint (run (NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "nka 2024 realization: 98.47 -> 84.38\n"));
  g_assert_nonnull (strstr (out, "ikp 2024 realization: 3.54 -> 3.6\n"));
  g_assert_nonnull (strstr (out, "dektara 2025 target: – -> 82\n"));
  g_assert_null (strstr (out, "nka 2024 target"));   /* 87 already */

  plan = load_plan ();
  g_assert_cmpfloat (year_of (plan, "nka", 2024)->realization, ==, 84.38);
  g_assert_cmpfloat (year_of (plan, "nka", 2024)->target, ==, 87);
  g_assert_cmpfloat (year_of (plan, "ikp", 2024)->realization, ==, 3.6);
  g_assert_cmpfloat (year_of (plan, "ikp", 2024)->target, ==, 3.53);   /* empty cell: as it was */
  g_assert_cmpfloat (year_of (plan, "dektara", 2025)->target, ==, 82);
  history = kj_plan_get_history (plan, NULL);
  g_assert_cmpuint (history->len, ==, 3);
  /* the .bak is the file as it was */
  g_assert_true (g_file_get_contents (bak, &bak_text, NULL, NULL));
  g_assert_true (g_file_get_contents (KUPANG, &original, NULL, NULL));
  g_assert_cmpstr (bak_text, ==, original);
}

/* CSV with ";" and the machine in Indonesian: 1.500 in a column whose other
 * cells are Indonesian is 1500; the report is in Indonesian notation. */
static void
test_csv_notation (void)
{
  g_autofree char *table = write_table ("a.csv", "indicator;year;target\nnka;2024;1.500\nikp;2024;3,25\n");
  g_autofree char *en = write_table ("b.csv", "INDICATOR,Year,Target\nnka,2024,\"1,500\"\nikp,2024,3.25\n");
  g_autofree char *alone = write_table ("c.csv", "indicator,year,target\nnka,2024,1.500\n");
  g_autofree char *args = g_strdup_printf ("--import %s --into %s", table, plan_path);
  g_autofree char *args_en = g_strdup_printf ("--import %s --into %s", en, plan_path);
  g_autofree char *args_alone = g_strdup_printf ("--import %s --into %s", alone, plan_path);
  g_autofree char *out = NULL;
  g_autoptr(KjPlan) plan = NULL;

  fresh_plan ();
  g_assert_cmpint (run (NULL, args, NULL, NULL), ==, 0);
  plan = load_plan ();
  g_assert_cmpfloat (year_of (plan, "nka", 2024)->target, ==, 1500);
  g_assert_cmpfloat (year_of (plan, "ikp", 2024)->target, ==, 3.25);
  g_clear_object (&plan);

  fresh_plan ();
  g_assert_cmpint (run (NULL, args_en, NULL, NULL), ==, 0);
  plan = load_plan ();
  g_assert_cmpfloat (year_of (plan, "nka", 2024)->target, ==, 1500);
  g_clear_object (&plan);

  /* nothing in the column says: the machine's locale (C here: English) */
  fresh_plan ();
  g_assert_cmpint (run (NULL, args_alone, NULL, NULL), ==, 0);
  plan = load_plan ();
  g_assert_cmpfloat (year_of (plan, "nka", 2024)->target, ==, 1.5);
  g_clear_object (&plan);

  {
    locale_t id = newlocale (LC_ALL_MASK, "id_ID.UTF-8", (locale_t) 0);

    if (id == (locale_t) 0)
      {
        g_test_message ("no id_ID.UTF-8 locale: the Indonesian half is not run");
        return;
      }
    freelocale (id);
  }
  fresh_plan ();
  g_assert_cmpint (run ("LC_ALL=id_ID.UTF-8", args_alone, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "nka 2024 target: 87 -> 1.500"));
  plan = load_plan ();
  g_assert_cmpfloat (year_of (plan, "nka", 2024)->target, ==, 1500);
}

/* A bad table changes nothing and names the line and column. */
static void
test_refused (void)
{
  struct { const char *name, *text, *where; } bad[] = {
    { "cell.csv", "indicator,year,realization\nnka,2024,84.38\nikp,2024,abc\n", "line 3, column 3" },
    { "unknown.tsv", "indicator\tyear\trealization\nnka\t2024\t84,38\ntidak-ada\t2024\t1\n", "line 3, column 1" },
    { "year.csv", "indicator,year,target\nnka,24,1\n", "line 2, column 2" },
    { "column.csv", "indicator,year,realisai\nnka,2024,1\n", "line 1, column 3" },
    { "twice.csv", "indicator,year,target\nnka,2024,1\nnka,2024,2\n", "line 3" },
    { "mixed.csv", "indicator,year,target\nnka,2024,84.5\nikp,2024,\"3,6\"\n", "column 3" },
    { "header.csv", "indicator,target\nnka,1\n", "line 1" },
    { "quote.tsv", "indicator\tyear\ttarget\nnka\t2024\t\"1\n", "line 2, column 3" },
    { "huge.csv", "indicator,year,target\nnka,2024,2000000000000000\n", "line 2, column 3" },
  };
  g_autofree char *before = NULL;

  fresh_plan ();
  g_assert_true (g_file_get_contents (plan_path, &before, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *table = write_table (bad[i].name, bad[i].text);
      g_autofree char *args = g_strdup_printf ("--import %s --into %s", table, plan_path);
      g_autofree char *err = NULL, *after = NULL, *bak = g_strconcat (plan_path, ".bak", NULL);

      if (run (NULL, args, NULL, &err) != 1 || strstr (err, bad[i].where) == NULL)
        g_error ("%s: expected exit 1 naming “%s”, got: %s", bad[i].name, bad[i].where, err);
      g_assert_true (g_file_get_contents (plan_path, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, before);
      g_assert_false (g_file_test (bak, G_FILE_TEST_EXISTS));
    }
}

static void
test_usage (void)
{
  g_autofree char *table = write_table ("u.csv", "indicator,year,target\nnka,2024,1\n");
  g_autofree char *txt = write_table ("u.txt", "indicator,year,target\nnka,2024,1\n");
  char *forms[] = {
    g_strdup_printf ("--import %s", table),
    g_strdup_printf ("--into %s", plan_path),
    g_strdup_printf ("--import %s --into %s extra.json", table, plan_path),
    g_strdup_printf ("--import %s --into %s --check", table, plan_path),
    g_strdup_printf ("--import %s --into %s --chart trend", table, plan_path),
    g_strdup_printf ("--import /no/such.csv --into %s", plan_path),
    g_strdup_printf ("--import %s --into /no/such.json", table),
    g_strdup_printf ("--import %s --into %s", txt, plan_path),
  };

  fresh_plan ();
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *err = NULL;

      if (run (NULL, forms[i], NULL, &err) != 2)
        g_error ("%s: expected exit 2 (%s)", forms[i], err);
      g_free (forms[i]);
    }
}

static void
test_many (void)
{
  g_autoptr(GString) text = g_string_new ("indicator\tyear\ttarget\trealization\n");
  g_autofree char *table = NULL, *args = NULL, *out = NULL;
  g_autoptr(KjPlan) plan = NULL;
  const char *ids[] = { "nka", "ikp", "dektara", "dektari", "ikpa" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    for (int y = 2020; y <= 2024; y++)
      g_string_append_printf (text, "%s\t%d\t%d,5\t%d,25\n", ids[i], y, 60 + y - 2020, 61 + (int) i);
  table = write_table ("many.tsv", text->str);
  args = g_strdup_printf ("--import %s --into %s", table, plan_path);
  fresh_plan ();
  g_assert_cmpint (run (NULL, args, &out, NULL), ==, 0);
  plan = load_plan ();
  g_assert_cmpfloat (year_of (plan, "dektari", 2020)->target, ==, 60.5);
  g_assert_cmpfloat (year_of (plan, "ikpa", 2024)->realization, ==, 65.25);
  {
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
    g_autoptr(GPtrArray) history = kj_plan_get_history (plan, NULL);
    /* every change printed has its entry (a year the plan lacked is one entry, made whole) */
    g_assert_cmpuint (history->len, >=, 40);
    g_assert_cmpuint (g_strv_length (lines) - 1, ==, 50);
    for (guint i = 0; lines[i] && *lines[i]; i++)
      {
        g_auto(GStrv) words = g_strsplit (lines[i], " ", 4);
        g_autofree char *field = g_strndup (words[2], strlen (words[2]) - 1);
        g_autofree char *cell = g_strdup_printf ("indicators[id=\"%s\"].years.%s.%s", words[0], words[1], field);
        g_autoptr(GPtrArray) entries = kj_plan_get_history (plan, cell);
        g_assert_cmpuint (entries->len, ==, 1);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("kj-import-XXXXXX", NULL);
  plan_path = g_build_filename (dir, "plan.json", NULL);
  g_test_add_func ("/kinerja/cli/import/good", test_good_tsv);
  g_test_add_func ("/kinerja/cli/import/notation", test_csv_notation);
  g_test_add_func ("/kinerja/cli/import/refused", test_refused);
  g_test_add_func ("/kinerja/cli/import/usage", test_usage);
  g_test_add_func ("/kinerja/cli/import/many", test_many);
  status = g_test_run ();
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name (d)))
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (dir);
  }
  return status;
}
