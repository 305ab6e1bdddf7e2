/* test-cli.c: kinerja --check, --save-as, --version as a user runs them
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>

static int
run (const char  *args,
     char       **out,
     char       **err)
{
  g_autofree char *cmd = g_strdup_printf ("%s %s", KINERJA_BIN, args);
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (cmd, out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_check_exit_codes (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *args = NULL;

  /* a clean file: no output, 0 */
  args = g_strdup_printf ("--check %s/good/minimal.json", TEST_DATA_DIR);
  g_assert_cmpint (run (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&args, g_free);

  /* a refused file is an error: 1, one line FILE: error: PATH: message */
  args = g_strdup_printf ("--check %s/bad/40-target-string.json %s/good/minimal.json",
                          TEST_DATA_DIR, TEST_DATA_DIR);
  g_assert_cmpint (run (args, &out, NULL), ==, 1);
  g_assert_nonnull (strstr (out, "40-target-string.json: error: indicators[0].years.2023.target: "));
  g_assert_nonnull (strstr (out, "line 24"));
  {
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 2);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&args, g_free);

  /* the samples hold the seeds' arithmetic slips: sums that do not add up
   * and printed figures that disagree are warnings, no file has an error: 0 */
  args = g_strdup_printf ("--check %s", SAMPLES_DIR);
  g_assert_cmpint (run (args, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "bnnp-kalimantan-barat.json: warning: indicators["));
  g_assert_nonnull (strstr (out, ": warning: workplan.2024["));
  {
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
    g_autoptr(GRegex) form = g_regex_new ("^[^:]+\\.json: (error|warning|note): [^ ]+: .+$", 0, 0, NULL);
    for (guint i = 0; lines[i] && *lines[i]; i++)
      if (!g_regex_match (form, lines[i], 0, NULL))
        g_error ("not FILE: SEVERITY: JSON-PATH: message: %s", lines[i]);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&args, g_free);

  /* wrong usage: 2 */
  g_assert_cmpint (run ("--check", NULL, &err), ==, 2);
  g_assert_cmpstr (err, !=, "");
  g_assert_cmpint (run ("--check /nonexistent/plan.json", NULL, NULL), ==, 2);
  g_assert_cmpint (run ("--check --no-such-option x.json", NULL, NULL), ==, 2);
}

static void
test_save_as (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *args = NULL, *out = NULL, *saved = NULL, *err = NULL;

  args = g_strdup_printf ("--save-as %s/out.json %s/good/unknown-members.json", dir, TEST_DATA_DIR);
  g_assert_cmpint (run (args, NULL, NULL), ==, 0);
  saved = g_build_filename (dir, "out.json", NULL);
  g_assert_true (g_file_get_contents (saved, &out, NULL, NULL));
  g_assert_nonnull (strstr (out, "\"x-generator\""));
  g_clear_pointer (&args, g_free);

  /* a refused input: 1, a message, nothing written */
  args = g_strdup_printf ("--save-as %s/bad.json %s/bad/01-empty.json", dir, TEST_DATA_DIR);
  g_assert_cmpint (run (args, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "01-empty.json"));
  g_clear_pointer (&args, g_free);
  args = g_strdup_printf ("%s/bad.json", dir);
  g_assert_false (g_file_test (args, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run ("--save-as only-one.json", NULL, NULL), ==, 2);
}

static void
test_version_help (void)
{
  g_autofree char *out = NULL, *help = NULL;

  g_assert_cmpint (run ("--version", &out, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "kinerja "));
  g_assert_cmpint (run ("--help", &help, NULL), ==, 0);
  g_assert_nonnull (strstr (help, "--check"));
  g_assert_nonnull (strstr (help, "--save-as"));
  g_assert_nonnull (strstr (help, "--version"));
}

/* Indonesian first: messages and numbers follow the locale. */
static void
test_indonesian (void)
{
  g_autofree char *args = NULL, *out = NULL;

  /* the catalogue is built with the program; the locale is the machine's
   * (build-aux/dev generates it): asked of the C library, not of the output */
  g_assert_true (g_file_test (KINERJA_LOCALEDIR "/id/LC_MESSAGES/kinerja.mo", G_FILE_TEST_EXISTS));
  {
    locale_t id = newlocale (LC_ALL_MASK, "id_ID.UTF-8", (locale_t) 0);
    if (id == (locale_t) 0)
      {
        g_test_skip ("the id_ID.UTF-8 locale is not generated on this machine");
        return;
      }
    freelocale (id);
  }
  args = g_strdup_printf ("env LC_ALL=id_ID.UTF-8 KINERJA_LOCALEDIR=%s %s --check %s/bnnp-kalimantan-barat.json",
                          KINERJA_LOCALEDIR, KINERJA_BIN, SAMPLES_DIR);
  {
    g_autofree char *cmd = g_strdup (args);
    int status;
    g_assert_true (g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL));
  }
  g_assert_nonnull (strstr (out, "84,97%"));
  g_assert_nonnull (strstr (out, "Capaian"));
}

/* A chart of a satker without the data exits 1, saying which plan has it;
 * names from the files reach the terminal without their control
 * characters. */
static void
test_export_chart_elsewhere (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kinerja-cli-XXXXXX", &error);
  g_autofree char *args = NULL, *out = NULL, *err = NULL, *text = NULL, *path = NULL, *png = NULL;
  g_autoptr(GString) hostile = NULL;

  g_assert_no_error (error);
  png = g_build_filename (dir, "areas.png", NULL);
  args = g_strdup_printf ("--export-chart %s --chart areas --satker \"BNN Kota Kupang\" %s", png, SAMPLES_DIR);
  g_assert_cmpint (run (args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "BNN Kota Kupang has no per-area breakdown of "));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_clear_pointer (&args, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  args = g_strdup_printf ("--export-chart %s --chart areas --indicator nka --satker \"BNN Kota Kupang\" %s",
                          png, SAMPLES_DIR);
  g_assert_cmpint (run (args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "kinerja: BNN Kota Kupang has no per-area breakdown of Nilai Kinerja Anggaran. "
                                 "BNNP Nusa Tenggara Timur has one, which lists Kota Kupang.\n"));
  g_clear_pointer (&args, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  /* the province's file with an escape sequence in its name */
  path = g_build_filename (SAMPLES_DIR, "bnnp-nusa-tenggara-timur.json", NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  hostile = g_string_new (text);
  g_assert_cmpuint (g_string_replace (hostile, "\"BNNP Nusa Tenggara Timur\"",
                                      "\"BNNP \\u001b[2J Timur\"", 1), ==, 1);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "ntt.json", NULL);
  g_assert_true (g_file_set_contents (path, hostile->str, -1, &error));
  g_clear_pointer (&text, g_free);
  text = g_build_filename (SAMPLES_DIR, "bnn-kota-kupang.json", NULL);
  args = g_strdup_printf ("--export-chart %s --chart areas --indicator nka --satker \"BNN Kota Kupang\" %s %s",
                          png, path, text);
  g_assert_cmpint (run (args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "has one"));
  g_assert_null (strchr (err, '\x1b'));
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/cli/check", test_check_exit_codes);
  g_test_add_func ("/kinerja/cli/save-as", test_save_as);
  g_test_add_func ("/kinerja/cli/version-help", test_version_help);
  g_test_add_func ("/kinerja/cli/indonesian", test_indonesian);
  g_test_add_func ("/kinerja/cli/export-chart-elsewhere", test_export_chart_elsewhere);
  return g_test_run ();
}
