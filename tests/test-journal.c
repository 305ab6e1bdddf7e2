/* test-journal.c: unsaved edits survive a crash in the recovery journal
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "io/kj-journal.h"
#include "io/kj-plan-io.h"

#define KUPANG SAMPLES_DIR "/bnn-kota-kupang.json"
#define NKA_2024 "indicators[id=\"nka\"].years.2024"

static char *work_dir;

static char *
fresh_copy (const char *name)
{
  g_autofree char *text = NULL;
  char *path = g_build_filename (work_dir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (KUPANG, &text, &length, NULL));
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  return path;
}

static KjPlan *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KjPlan *plan = kj_plan_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static void
clear_journals (void)
{
  g_autoptr(GPtrArray) list = kj_journal_list (NULL);

  for (guint i = 0; i < list->len; i++)
    g_assert_true (kj_journal_discard (g_ptr_array_index (list, i), NULL));
}

/* The edits of a session: cells, a row added, an indicator removed, one undone. */
static void
make_edits (KjPlan *plan)
{
  g_autoptr(KjEdit) a = kj_edit_new ("cells"), b = kj_edit_new ("rows"), c = kj_edit_new ("undone");
  KjNode *row = kj_node_new_object ();

  kj_edit_set_number (a, NKA_2024 ".realization", 84.38);
  kj_edit_set_string (a, NKA_2024 ".note", "Angka sementara");
  kj_edit_set_number (a, "indicators[id=\"ikp\"].years.2024.target", 3.6);
  g_assert_true (kj_plan_apply (plan, a, NULL, NULL));
  kj_node_object_set (row, "area", kj_node_new_string ("Kota Kupang"));
  kj_node_object_set (row, "value", kj_node_new_number (71.5));
  kj_edit_set (b, "indicators[id=\"nka\"].breakdown", kj_node_new_object ());
  g_assert_true (kj_plan_apply (plan, b, NULL, NULL));
  {
    g_autoptr(KjEdit) d = kj_edit_new ("row");
    g_autoptr(KjNode) arr = kj_node_new_array ();
    kj_node_array_insert (arr, -1, row);
    kj_edit_set (d, "indicators[id=\"nka\"].breakdown.2024", g_steal_pointer (&arr));
    kj_edit_remove (d, "indicators[id=\"petugas-ibm\"]");
    g_assert_true (kj_plan_apply (plan, d, NULL, NULL));
  }
  kj_edit_set_number (c, NKA_2024 ".target", 1);
  g_assert_true (kj_plan_apply (plan, c, NULL, NULL));
  g_assert_true (kj_plan_undo (plan, NULL));
}

static void
crash_child (void)
{
  g_autoptr(KjPlan) plan = load (g_getenv ("KJ_TEST_PLAN"));
  g_autoptr(GError) error = NULL;

  make_edits (plan);
  g_assert_true (kj_journal_write (plan, &error));
  g_assert_no_error (error);
  kill (getpid (), SIGKILL);
}

/* A session edits, writes its journal and is killed; the next one finds the
 * journal, says from when, and restores the edits as one undo step: the tree
 * the session had. */
static void
test_crash_restore (void)
{
  g_autofree char *path = fresh_copy ("crash.json");
  g_autoptr(KjPlan) expected = load (path);
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(GPtrArray) list = NULL, skipped = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *want = NULL, *got = NULL, *original = NULL, *undone = NULL;
  KjJournal *journal;

  clear_journals ();
  g_setenv ("KJ_TEST_PLAN", path, TRUE);
  g_test_trap_subprocess ("/kinerja/io/journal/crash/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();   /* killed */

  list = kj_journal_list (NULL);
  g_assert_cmpuint (list->len, ==, 1);
  journal = g_ptr_array_index (list, 0);
  g_assert_true (g_file_equal (kj_journal_get_plan_file (journal), file));
  /* nka realization and note, ikp target, nka breakdown, petugas-ibm: the undone edit is none */
  g_assert_cmpuint (kj_journal_get_n_changes (journal), ==, 5);
  when = kj_journal_get_time (journal);
  g_assert_nonnull (when);
  g_assert_cmpint (ABS (g_date_time_to_unix (when) - g_get_real_time () / G_USEC_PER_SEC), <, 60);

  make_edits (expected);
  want = kj_plan_to_data (expected);
  plan = load (path);
  original = kj_plan_to_data (plan);
  g_assert_true (kj_journal_file_matches (journal, plan));
  g_assert_true (kj_journal_restore (journal, plan, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (skipped->len, ==, 0);
  got = kj_plan_to_data (plan);
  g_assert_cmpstr (got, ==, want);
  g_assert_true (kj_plan_get_modified (plan));
  g_assert_null (kj_plan_find_indicator (plan, "petugas-ibm"));
  /* one step */
  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_false (kj_plan_can_undo (plan));
  undone = kj_plan_to_data (plan);
  g_assert_cmpstr (undone, ==, original);
  clear_journals ();
}

/* The file changed since the journal was written: what no longer fits is
 * left out and named, the rest restored. */
static void
test_changed_file (void)
{
  g_autofree char *path = fresh_copy ("changed.json");
  g_autoptr(KjPlan) plan = load (path);
  g_autoptr(KjPlan) fresh = NULL;
  g_autoptr(GPtrArray) list = NULL, skipped = NULL;
  g_autoptr(KjEdit) edit = kj_edit_new ("a");

  clear_journals ();
  kj_edit_set_number (edit, NKA_2024 ".realization", 84.38);
  kj_edit_set_number (edit, NKA_2024 ".target", 90);
  g_assert_true (kj_plan_apply (plan, edit, NULL, NULL));
  g_assert_true (kj_journal_write (plan, NULL));

  /* another program writes another realization into the file */
  {
    g_autofree char *text = NULL;
    char *at;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    at = strstr (text, "98.47");
    g_assert_nonnull (at);
    memcpy (at, "99.50", 5);
    g_assert_true (g_file_set_contents (path, text, -1, NULL));
  }

  list = kj_journal_list (NULL);
  g_assert_cmpuint (list->len, ==, 1);
  fresh = load (path);
  g_assert_false (kj_journal_file_matches (g_ptr_array_index (list, 0), fresh));
  g_assert_true (kj_journal_restore (g_ptr_array_index (list, 0), fresh, &skipped, NULL));
  g_assert_cmpuint (skipped->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (skipped, 0), NKA_2024 ".realization"));
  g_assert_nonnull (strstr (g_ptr_array_index (skipped, 0), "99.50"));
  g_assert_cmpfloat (kj_indicator_get_year (kj_plan_find_indicator (fresh, "nka"), 2024)->target, ==, 90);
  g_assert_cmpfloat (kj_indicator_get_year (kj_plan_find_indicator (fresh, "nka"), 2024)->realization, ==, 99.5);
  clear_journals ();
}

/* Saved or back to the file: no journal. */
static void
test_forget (void)
{
  g_autofree char *path = fresh_copy ("forget.json");
  g_autoptr(KjPlan) plan = load (path);
  g_autoptr(KjEdit) edit = kj_edit_new ("a");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) journal = kj_journal_file_for (file);
  g_autoptr(GPtrArray) list = NULL;

  clear_journals ();
  g_assert_true (kj_journal_write (plan, NULL));
  g_assert_false (g_file_query_exists (journal, NULL));   /* nothing unsaved */
  kj_edit_set_number (edit, NKA_2024 ".realization", 84.38);
  g_assert_true (kj_plan_apply (plan, edit, NULL, NULL));
  g_assert_true (kj_journal_write (plan, NULL));
  g_assert_true (g_file_query_exists (journal, NULL));
  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_true (kj_journal_write (plan, NULL));
  g_assert_false (g_file_query_exists (journal, NULL));
  g_assert_true (kj_plan_redo (plan, NULL));
  g_assert_true (kj_journal_write (plan, NULL));
  g_assert_true (g_file_query_exists (journal, NULL));
  g_assert_true (kj_plan_save (plan, file, NULL));   /* a save removes it */
  g_assert_false (g_file_query_exists (journal, NULL));
  g_assert_true (kj_journal_forget (plan, NULL));   /* and forgetting again is fine */
  list = kj_journal_list (NULL);
  g_assert_cmpuint (list->len, ==, 0);

  /* Save As: the journal under the old name goes too */
  {
    g_autoptr(KjEdit) again = kj_edit_new ("b");
    g_autofree char *other_path = g_build_filename (work_dir, "forget-as.json", NULL);
    g_autoptr(GFile) other = g_file_new_for_path (other_path);

    kj_edit_set_number (again, NKA_2024 ".target", 91);
    g_assert_true (kj_plan_apply (plan, again, NULL, NULL));
    g_assert_true (kj_journal_write (plan, NULL));
    g_assert_true (g_file_query_exists (journal, NULL));
    g_assert_true (kj_plan_save (plan, other, NULL));
    g_assert_false (g_file_query_exists (journal, NULL));
    g_clear_pointer (&list, g_ptr_array_unref);
    list = kj_journal_list (NULL);
    g_assert_cmpuint (list->len, ==, 0);
  }
}

/* Bad journals are refused with a reason, never a crash. */
static void
test_bad_journals (void)
{
  const char *bad[] = {
    "not json at all",
    "{\"format\":\"kinerja-plan\",\"version\":1}",
    "{\"format\":\"kinerja-recovery\",\"version\":2,\"file\":\"/x.json\",\"changes\":[]}",
    "{\"format\":\"kinerja-recovery\",\"version\":1,\"file\":\"relative.json\",\"changes\":[]}",
    "{\"format\":\"kinerja-recovery\",\"version\":1,\"file\":\"/x.json\",\"changes\":{}}",
    "{\"format\":\"kinerja-recovery\",\"version\":1,\"file\":\"/x.json\",\"changes\":[{\"path\":\"a[\"}]}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
  };
  g_autoptr(GFile) folder = kj_journal_get_folder ();
  g_autofree char *folder_path = g_file_get_path (folder);
  g_autofree char *huge = g_build_filename (folder_path, "huge.json", NULL);
  g_autoptr(GPtrArray) list = NULL, problems = NULL;
  int fd;

  clear_journals ();
  g_assert_cmpint (g_mkdir_with_parents (folder_path, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("bad-%u.json", i);
      g_autofree char *p = g_build_filename (folder_path, name, NULL);
      g_autoptr(GFile) f = g_file_new_for_path (p);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (p, bad[i], -1, NULL));
      g_assert_null (kj_journal_load (f, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, name));
    }
  /* a sparse 1 GiB file: refused by its size, unread */
  fd = g_open (huge, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 1 << 30), ==, 0);
  close (fd);

  list = kj_journal_list (&problems);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (bad) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("bad-%u.json", i);
      g_autofree char *p = g_build_filename (folder_path, name, NULL);
      g_unlink (p);
    }
  g_unlink (huge);
}

static char *self_path;

/* A journal of another Kinerja still running is its live edits: not listed;
 * once that process is gone, it is. */
static void
test_other_instance (void)
{
  g_autoptr(GFile) folder = kj_journal_get_folder ();
  g_autofree char *folder_path = g_file_get_path (folder);
  g_autofree char *path = g_build_filename (folder_path, "live.json", NULL);
  g_autofree char *text = NULL;
  const char *argv[] = { self_path, NULL };
  const char *envp[] = { "KJ_TEST_SLEEP=1", NULL };
  g_autoptr(GPtrArray) live = NULL, gone = NULL;
  g_autoptr(GError) error = NULL;
  GPid pid;
  int status;

  clear_journals ();
  g_assert_true (g_spawn_async (NULL, (char **) argv, (char **) envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &pid, &error));
  g_assert_no_error (error);
  text = g_strdup_printf ("{\"format\":\"kinerja-recovery\",\"version\":1,\"file\":\"/x/plan.json\","
                          "\"pid\":%d,\"time\":\"2026-12-02T12:30:05+07:00\",\"changes\":[]}", (int) pid);
  g_assert_cmpint (g_mkdir_with_parents (folder_path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  live = kj_journal_list (NULL);
  g_assert_cmpuint (live->len, ==, 0);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  gone = kj_journal_list (NULL);
  g_assert_cmpuint (gone->len, ==, 1);
  clear_journals ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (g_getenv ("KJ_TEST_SLEEP"))
    {
      g_usleep (30 * G_USEC_PER_SEC);   /* "another instance", killed by the test */
      return 0;
    }
  self_path = g_file_read_link ("/proc/self/exe", NULL);

  /* before GLib reads the user's folders: journals go to a folder of the test's own */
  work_dir = g_dir_make_tmp ("kj-journal-XXXXXX", NULL);
  if (g_getenv ("KJ_TEST_DATA_HOME") == NULL)
    {
      g_autofree char *data_home = g_build_filename (work_dir, "data", NULL);
      g_setenv ("KJ_TEST_DATA_HOME", data_home, TRUE);
    }
  g_setenv ("XDG_DATA_HOME", g_getenv ("KJ_TEST_DATA_HOME"), TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/io/journal/crash", test_crash_restore);
  g_test_add_func ("/kinerja/io/journal/crash/subprocess", crash_child);
  g_test_add_func ("/kinerja/io/journal/changed-file", test_changed_file);
  g_test_add_func ("/kinerja/io/journal/forget", test_forget);
  g_test_add_func ("/kinerja/io/journal/bad", test_bad_journals);
  g_test_add_func ("/kinerja/io/journal/other-instance", test_other_instance);
  status = g_test_run ();
  return status;
}
