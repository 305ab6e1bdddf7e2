/* test-hostile.c: files crafted to hurt: every command answers, in time, and
 * nothing it writes is unreadable or unsafe
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "io/kj-plan-io.h"
#include "model/kj-checks.h"

/* a generous bound for a hang, not a benchmark (those are in bench/) */
#define HANG_SECONDS 60

typedef struct
{
  int     status;
  char   *out;
  char   *err;
  double  seconds;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { GPOINTER_TO_UINT (data), GPOINTER_TO_UINT (data) };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* kinerja with @args; @fsize: a limit on the size of files it writes, or 0 */
static void
run_kinerja (Run                *r,
             const char * const *args,
             guint               fsize)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();

  g_ptr_array_add (argv, (gpointer) KINERJA_BIN);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT,
                               fsize ? limit_file_size : NULL, GUINT_TO_POINTER (fsize),
                               &r->out, &r->err, &r->status, &error));
  g_assert_no_error (error);
  r->seconds = (g_get_monotonic_time () - t0) / 1e6;
}

/* Nothing a terminal would act on: no control character but the newline. */
static void
assert_terminal_safe (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if ((*p < 0x20 && *p != '\n') || *p == 0x7f)
      g_error ("raw control character 0x%02x in output: %s", *p, text);
  g_assert_null (strstr (text, "\xc2\x9b"));   /* C1 CSI */
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

#define PLAN_HEAD "{\"format\": \"kinerja-plan\", \"version\": 1, " \
                  "\"period\": {\"first_year\": 2020, \"last_year\": 2024}, "

/* Names and values with ESC, BEL and CSI come out escaped, in findings and
 * in refusals alike. */
static void
test_terminal (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  /* a file name from a mail attachment can hold ESC too */
  g_autofree char *good = write_temp (dir, "evil\x1b]0;pwned\x07.json",
    PLAN_HEAD "\"satker\": {\"name\": \"BNN \\u001b]0;pwned\\u0007 \\u001b[2J\\u009b31m\"},"
    " \"indicators\": [{\"id\": \"x\\u001b[H\", \"name\": \"\\u0007\","
    " \"years\": {\"2023\": {\"target\": 10, \"realization\": 9, \"reported_achievement\": 50,"
    " \"reported_category\": \"\\u001b[31mSangat Baik\"}}}]}");
  g_autofree char *bad = write_temp (dir, "bad.json",
    PLAN_HEAD "\"satker\": {\"name\": \"X\", \"level\": \"\\u001b[2Jkota\"}}");
  const char *check_good[] = { "--check", good, NULL };
  const char *check_bad[] = { "--check", bad, NULL };
  const char *save_bad[] = { "--save-as", "/nonexistent/out.json", bad, NULL };
  g_auto(Run) a = { 0 }, b = { 0 }, c = { 0 };

  run_kinerja (&a, check_good, 0);
  g_assert_true (WIFEXITED (a.status));
  /* the name is shown (escaped by GLib or by Kinerja), never raw */
  g_assert_nonnull (strstr (a.out, "pwned"));
  g_assert_nonnull (strstr (a.out, "\\x1B[31mSangat Baik"));
  assert_terminal_safe (a.out);
  assert_terminal_safe (a.err);

  run_kinerja (&b, check_bad, 0);
  g_assert_cmpint (WEXITSTATUS (b.status), ==, 1);
  g_assert_nonnull (strstr (b.out, "\\x1B[2J"));
  assert_terminal_safe (b.out);

  run_kinerja (&c, save_bad, 0);
  g_assert_cmpint (WEXITSTATUS (c.status), ==, 1);
  assert_terminal_safe (c.err);
  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* Saving through a link writes the file it names and keeps the link; a pipe,
 * a device or a dangling link is refused before anything is read or written. */
static void
test_save_targets (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *src = g_build_filename (TEST_DATA_DIR, "good", "minimal.json", NULL);
  g_autofree char *target = write_temp (dir, "target.json", "{\"old\": true}");
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *text = NULL, *linked = NULL;
  const char *targets[] = { fifo, "/dev/null", dangling };
  const char *to_link[] = { "--save-as", link, src, NULL };
  g_auto(Run) r = { 0 };

  g_assert_cmpint (symlink ("target.json", link), ==, 0);
  g_assert_cmpint (symlink ("nowhere.json", dangling), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);

  run_kinerja (&r, to_link, 0);
  g_assert_cmpint (WEXITSTATUS (r.status), ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "kinerja-plan"));
  linked = g_file_read_link (link, NULL);
  g_assert_cmpstr (linked, ==, "target.json");

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      const char *args[] = { "--save-as", targets[i], src, NULL };
      g_auto(Run) s = { 0 };

      run_kinerja (&s, args, 0);
      g_test_message ("%s: %s", targets[i], s.err);
      g_assert_cmpint (WEXITSTATUS (s.status), ==, 1);
      g_assert_cmpfloat (s.seconds, <, HANG_SECONDS);
      g_assert_nonnull (strstr (s.err, "Cannot save"));
    }
  /* nothing was made beside them */
  g_assert_true (g_file_test (fifo, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (dangling, G_FILE_TEST_EXISTS));
  {
    g_autofree char *bak = g_strconcat (fifo, ".bak", NULL);
    g_assert_false (g_file_test (bak, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *bak = g_build_filename (dir, "target.json.bak", NULL);
    g_unlink (bak);
  }
  g_unlink (target);
  g_unlink (link);
  g_unlink (dangling);
  g_unlink (fifo);
  g_rmdir (dir);
}

/* A link to /dev/zero is refused at once, named or in a folder. */
static void
test_unbounded_reads (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.json", NULL);
  const char *named[] = { "--check", zero, NULL };
  const char *folder[] = { "--check", dir, NULL };
  g_auto(Run) a = { 0 }, b = { 0 };

  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  run_kinerja (&a, named, 0);
  g_assert_cmpint (WEXITSTATUS (a.status), ==, 1);
  g_assert_cmpfloat (a.seconds, <, HANG_SECONDS);
  g_assert_nonnull (strstr (a.out, "not a regular file"));
  run_kinerja (&b, folder, 0);
  g_assert_cmpint (WEXITSTATUS (b.status), ==, 1);
  g_assert_nonnull (strstr (b.out, "zero.json"));
  g_assert_nonnull (strstr (b.out, "skipped"));
  g_unlink (zero);
  g_rmdir (dir);
}

/* A save that fails half way (the disk full) leaves the previous file as it
 * was, and says so. */
static void
test_interrupted_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *src = g_build_filename (SAMPLES_DIR, "bnnp-nusa-tenggara-timur.json", NULL);
  g_autofree char *old_text = g_strdup ("{\"previous\": \"version\"}");
  g_autofree char *target = write_temp (dir, "plan.json", old_text);
  g_autofree char *now = NULL;
  const char *args[] = { "--save-as", target, src, NULL };
  g_auto(Run) r = { 0 };
  g_autoptr(GDir) listing = NULL;
  const char *name;

  /* files of at most 4 KiB: the plan does not fit */
  run_kinerja (&r, args, 4096);
  g_assert_cmpint (WEXITSTATUS (r.status), ==, 1);
  g_assert_nonnull (strstr (r.err, "Cannot save"));
  g_assert_true (g_file_get_contents (target, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, old_text);
  /* no temporary file is left beside it */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_true (g_str_equal (name, "plan.json") || g_str_equal (name, "plan.json.bak"));
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Names with U+0001 (allowed in JSON) give an SVG a standard XML parser
 * reads, with no character reference XML 1.0 forbids. */
static void
test_svg_valid (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *plan = write_temp (dir, "ctl.json",
    PLAN_HEAD "\"satker\": {\"name\": \"BNN \\u0001 & <Uji>\"}, \"indicators\": [{\"id\": \"x\","
    " \"name\": \"Nama \\u0001\\u001f \\\"kutip\\\" & <b>\", \"years\": {\"2023\": {\"target\": 1,"
    " \"realization\": 1}, \"2024\": {\"target\": 1, \"realization\": 2}}}]}");
  g_autofree char *svg = g_build_filename (dir, "out.svg", NULL);
  g_autofree char *text = NULL;
  const char *args[] = { "--export-chart", svg, "--chart", "trend", plan, NULL };
  g_autoptr(GMarkupParseContext) parser = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser nothing = { 0 };
  g_auto(Run) r = { 0 };

  run_kinerja (&r, args, 0);
  g_assert_cmpint (WEXITSTATUS (r.status), ==, 0);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_null (strstr (text, "&#x1;"));
  g_assert_null (strstr (text, "\x01"));
  g_assert_nonnull (strstr (text, "&quot;kutip&quot; &amp; &lt;b&gt;"));
  parser = g_markup_parse_context_new (&nothing, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (parser, text, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (parser, &error));
  g_assert_no_error (error);
  g_unlink (svg);
  g_unlink (plan);
  g_rmdir (dir);
}

/* Every command on every file of the bad corpus ends cleanly, with a
 * message, within a second (five under the sanitizers). */
static void
test_every_command (void)
{
  g_autofree char *bad = g_build_filename (TEST_DATA_DIR, "bad", NULL);
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "out.json", NULL);
  g_autofree char *png = g_build_filename (dir, "out.png", NULL);
  g_autoptr(GDir) d = g_dir_open (bad, 0, NULL);
  double bound = g_getenv ("ASAN_OPTIONS") ? 5 : 1;
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (bad, name, NULL);
      const char *check[] = { "--check", path, NULL };
      const char *save[] = { "--save-as", out, path, NULL };
      const char *chart[] = { "--export-chart", png, "--chart", "trend", path, NULL };
      const char * const *commands[] = { check, save, chart };

      if (!g_str_has_suffix (name, ".json"))
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_auto(Run) r = { 0 };

          run_kinerja (&r, commands[c], 0);
          if (!WIFEXITED (r.status) || WEXITSTATUS (r.status) != 1 || r.seconds > bound
              || (*r.out == '\0' && *r.err == '\0'))
            g_error ("%s %s: status %d after %.2f s: %s%s", commands[c][0], name, r.status,
                     r.seconds, r.out, r.err);
          assert_terminal_safe (r.out);
          assert_terminal_safe (r.err);
        }
      n++;
    }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (n, >=, 70);
  g_rmdir (dir);
}

/* Large inputs that used to take the square of their size: each finding is
 * placed, each chart made, and nothing hangs. */
static void
test_large_inputs (void)
{
  GString *years = g_string_new ("{\"format\": \"kinerja-plan\", \"version\": 1,"
                                 " \"satker\": {\"name\": \"X\"},"
                                 " \"period\": {\"first_year\": 2020, \"last_year\": 2024},"
                                 " \"indicators\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gint64 t0;

  /* 10 indicators × 9,000 year keys, all on one line: 90,000 findings */
  for (int k = 0; k < 10; k++)
    {
      g_string_append_printf (years, "%s{\"id\": \"i%d\", \"name\": \"I\", \"years\": {", k ? ", " : "", k);
      for (int y = 0; y < 9000; y++)
        g_string_append_printf (years, "%s\"%04d\": {\"realization\": 5}", y ? ", " : "", 1000 + y);
      g_string_append (years, "}}");
    }
  g_string_append (years, "]}");
  bytes = g_string_free_to_bytes (years);
  t0 = g_get_monotonic_time ();
  plan = kj_plan_load_bytes (bytes, "years.json", NULL, NULL, NULL);
  g_assert_nonnull (plan);
  findings = kj_plan_check (plan);
  kj_plan_locate_all (plan, findings);
  g_assert_cmpuint (findings->len, >=, 90000);
  for (guint i = 0; i < findings->len; i++)
    {
      KjDiagnostic *d = g_ptr_array_index (findings, i);
      g_assert_cmpuint (d->line, ==, 1);
      g_assert_cmpuint (d->column, >, 1);
    }
  g_test_message ("90,000 findings checked and placed in %.2f s",
                  (g_get_monotonic_time () - t0) / 1e6);
  g_assert_cmpfloat ((g_get_monotonic_time () - t0) / 1e6, <, HANG_SECONDS);
}

/* A plan that would be refused once written (an edit put more values in it
 * than a file may hold) is not saved: the file on disk stays as it was. */
static void
test_unreadable_save (void)
{
  g_autofree char *src = g_build_filename (TEST_DATA_DIR, "good", "minimal.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("kinerja-XXXXXX", NULL);
  g_autofree char *target = write_temp (dir, "plan.json", "{\"previous\": 1}");
  g_autofree char *now = NULL;
  g_autoptr(GFile) in = g_file_new_for_path (src);
  g_autoptr(GFile) out = g_file_new_for_path (target);
  g_autoptr(KjPlan) plan = kj_plan_load_file (in, NULL, NULL);
  g_autoptr(KjEdit) edit = kj_edit_new (NULL);
  g_autoptr(GError) error = NULL;
  KjNode *many = kj_node_new_array ();

  for (guint i = 0; i < 2000001; i++)
    kj_node_array_insert (many, -1, kj_node_new_null ());
  kj_edit_set (edit, "x-many", many);
  g_assert_true (kj_plan_apply (plan, edit, NULL, &error));
  g_assert_false (kj_plan_save (plan, out, &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "would not open again"));
  g_assert_true (g_file_get_contents (target, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, "{\"previous\": 1}");
  g_assert_true (kj_plan_get_modified (plan));
  g_unlink (target);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/hostile/terminal", test_terminal);
  g_test_add_func ("/kinerja/hostile/save-targets", test_save_targets);
  g_test_add_func ("/kinerja/hostile/unbounded-reads", test_unbounded_reads);
  g_test_add_func ("/kinerja/hostile/interrupted-save", test_interrupted_save);
  g_test_add_func ("/kinerja/hostile/svg-valid", test_svg_valid);
  g_test_add_func ("/kinerja/hostile/every-command", test_every_command);
  g_test_add_func ("/kinerja/hostile/large-inputs", test_large_inputs);
  g_test_add_func ("/kinerja/hostile/unreadable-save", test_unreadable_save);
  return g_test_run ();
}
