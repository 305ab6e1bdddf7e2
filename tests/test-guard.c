/* test-guard.c: a file changed on disk is never overwritten silently; read-only files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "io/kj-plan-io.h"

#define KUPANG SAMPLES_DIR "/bnn-kota-kupang.json"

typedef struct
{
  char   *dir;
  char   *path;
  GFile  *file;
  KjPlan *plan;
} Fixture;

static void
setup (Fixture      *f,
       gconstpointer data)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  f->dir = g_dir_make_tmp ("kj-guard-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "plan.json", NULL);
  g_assert_true (g_file_get_contents (KUPANG, &text, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, text, length, NULL));
  f->file = g_file_new_for_path (f->path);
  f->plan = kj_plan_load_file (f->file, NULL, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture      *f,
          gconstpointer data)
{
  const char *names[] = { "plan.json", "plan.json.bak", "other.json", "other.json.bak" };

  g_clear_object (&f->plan);
  g_clear_object (&f->file);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *p = g_build_filename (f->dir, names[i], NULL);
      g_unlink (p);
    }
  g_chmod (f->dir, 0755);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
edit (KjPlan *plan,
      double  value)
{
  g_autoptr(KjEdit) e = kj_edit_new ("test");

  kj_edit_set_number (e, "indicators[id=\"nka\"].years.2024.realization", value);
  g_assert_true (kj_plan_apply (plan, e, NULL, NULL));
}

/* Sets the file's modification time @seconds from now, as a sync tool would. */
static void
set_mtime (const char *path,
           int         seconds)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint64 when = g_get_real_time () / G_USEC_PER_SEC + seconds;

  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, when,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
}

/* Another copy wrote the file: the save refuses and leaves its bytes; forcing writes. */
static void
test_changed (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *theirs = NULL, *text = NULL, *now = NULL;

  g_assert_false (kj_plan_changed_on_disk (f->plan));
  edit (f->plan, 90);
  g_assert_true (g_file_get_contents (f->path, &text, NULL, NULL));
  theirs = g_strconcat (text, "\n", NULL);   /* the same data, other bytes */
  g_assert_true (g_file_set_contents (f->path, theirs, -1, NULL));
  set_mtime (f->path, 5);
  g_assert_true (kj_plan_changed_on_disk (f->plan));

  g_assert_false (kj_plan_save (f->plan, f->file, &error));
  g_assert_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "changed on disk"));
  g_assert_true (g_file_get_contents (f->path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (kj_plan_get_modified (f->plan));

  g_assert_true (kj_plan_save_full (f->plan, f->file, KJ_SAVE_FORCE, NULL));
  g_assert_false (kj_plan_changed_on_disk (f->plan));
  g_free (now);
  g_assert_true (g_file_get_contents (f->path, &now, NULL, NULL));
  g_assert_nonnull (strstr (now, "\"realization\": 90"));
}

/* The same size, one digit other, the time moved: changed. */
static void
test_same_size (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *text = NULL;
  char *at;

  g_assert_true (g_file_get_contents (f->path, &text, NULL, NULL));
  at = strstr (text, "98.47");
  g_assert_nonnull (at);
  at[4] = '8';
  g_assert_true (g_file_set_contents (f->path, text, -1, NULL));
  set_mtime (f->path, 3);
  g_assert_true (kj_plan_changed_on_disk (f->plan));
}

/* Touched (a new time, the same bytes) is no change; our own save is none either. */
static void
test_touched_and_own_save (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  set_mtime (f->path, 7);
  g_assert_false (kj_plan_changed_on_disk (f->plan));
  edit (f->plan, 91);
  g_assert_true (kj_plan_save (f->plan, f->file, &error));
  g_assert_no_error (error);
  g_assert_false (kj_plan_changed_on_disk (f->plan));
  edit (f->plan, 92);
  g_assert_true (kj_plan_save (f->plan, f->file, &error));
  g_assert_no_error (error);
}

/* A file deleted is a change to report; saving makes it again.  Save As to
 * another file is not held up by a change to the first. */
static void
test_deleted_and_save_as (Fixture      *f,
                          gconstpointer data)
{
  g_autofree char *other_path = g_build_filename (f->dir, "other.json", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_unlink (f->path), ==, 0);
  g_assert_true (kj_plan_changed_on_disk (f->plan));
  edit (f->plan, 93);
  g_assert_true (kj_plan_save (f->plan, f->file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (f->path, "{}", -1, NULL));
  g_assert_true (kj_plan_changed_on_disk (f->plan));
  g_assert_true (kj_plan_save (f->plan, other, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (kj_plan_get_file (f->plan), other));
  g_assert_false (kj_plan_changed_on_disk (f->plan));
}

static void
test_read_only (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(KjPlan) sample = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_assert_false (kj_plan_is_read_only (f->plan));
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_true (kj_plan_is_read_only (f->plan));
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  g_assert_false (kj_plan_is_read_only (f->plan));

  /* a plan without a file (a bundled sample) is saved with Save As */
  g_assert_true (g_file_get_contents (KUPANG, &text, &length, NULL));
  {
    g_autoptr(GBytes) bytes = g_bytes_new (text, length);
    sample = kj_plan_load_bytes (bytes, "sample", NULL, NULL, NULL);
  }
  g_assert_false (kj_plan_is_read_only (sample));
  g_assert_false (kj_plan_changed_on_disk (sample));

  /* a folder where no temporary file can be made (root writes anyway) */
  if (getuid () == 0)
    {
      g_test_message ("running as root: a read-only folder is writable");
      return;
    }
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_assert_true (kj_plan_is_read_only (f->plan));
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/kinerja/io/guard/changed", Fixture, NULL, setup, test_changed, teardown);
  g_test_add ("/kinerja/io/guard/same-size", Fixture, NULL, setup, test_same_size, teardown);
  g_test_add ("/kinerja/io/guard/touched", Fixture, NULL, setup, test_touched_and_own_save, teardown);
  g_test_add ("/kinerja/io/guard/deleted", Fixture, NULL, setup, test_deleted_and_save_as, teardown);
  g_test_add ("/kinerja/io/guard/read-only", Fixture, NULL, setup, test_read_only, teardown);
  return g_test_run ();
}
