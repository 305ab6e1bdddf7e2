/* test-save.c: saving from the window: the dirty state, Save, the question
 * on closing, files changed on disk, read-only files, recovery after a kill
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "io/kj-journal.h"
#include "io/kj-load.h"
#include "io/kj-plan-io.h"
#include "model/kj-history.h"
#include "widgets/kj-application.h"
#include "widgets/kj-window.h"
#include "kj-test-util.h"

#define NKA_2024 "indicators[id=\"nka\"].years.2024.realization"
/* the resource name of the Kota Kupang sample, as its journal names it */
#define KUPANG_SAMPLE ((gpointer) "bnn-kota-kupang.json")

static char *work_dir;
static char *self_exe;

/* A copy of the Kota Kupang sample in a folder of its own. */
static char *
fresh_copy (const char *name)
{
  g_autofree char *sample = g_build_filename (SAMPLES_DIR, "bnn-kota-kupang.json", NULL);
  g_autofree char *dir = g_build_filename (work_dir, name, NULL);
  g_autofree char *text = NULL;
  char *path = g_build_filename (dir, "bnn-kota-kupang.json", NULL);
  gsize length;

  g_mkdir_with_parents (dir, 0700);
  g_chmod (path, 0644);
  g_assert_true (g_file_get_contents (sample, &text, &length, NULL));
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  return path;
}

static char *
contents (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static double
realization (KjPlan *plan)
{
  return kj_indicator_get_year (kj_plan_find_indicator (plan, "nka"), 2024)->realization;
}

static double
realization_on_disk (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KjPlan) plan = kj_plan_load_file (file, NULL, NULL);

  g_assert_nonnull (plan);
  return realization (plan);
}

static void
set_realization (KjPlan *plan,
                 double  value)
{
  g_autoptr(KjEdit) edit = kj_edit_new ("Realisation");
  g_autoptr(GError) error = NULL;

  kj_edit_set_number (edit, NKA_2024, value);
  g_assert_true (kj_plan_apply (plan, edit, NULL, &error));
  g_assert_no_error (error);
}

/* A window showing the plan of @path, read as Open does. */
static KjWindow *
window_on (const char *path)
{
  KjWindow *win = kj_window_new (NULL);
  g_autoptr(KjLoadResult) result = kj_load_result_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KjPlan *plan = kj_plan_load_file (file, NULL, NULL);

  g_assert_nonnull (plan);
  g_ptr_array_add (result->plans, plan);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_add_result (win, result, FALSE);
  g_assert_true (kj_window_get_plan (win) == plan);
  return win;
}

static GtkWidget *
find_widget (GtkWidget  *root,
             const char *css_class)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;
      if (gtk_widget_has_css_class (w, css_class))
        return w;
      if ((found = find_widget (w, css_class)) != NULL)
        return found;
    }
  return NULL;
}

/* The sidebar's mark of unsaved changes, in the row of the plan shown. */
static gboolean
row_marked (KjWindow *win)
{
  GtkWidget *list = find_widget (GTK_WIDGET (win), "kj-satker-list");
  GtkWidget *row = find_widget (list, "kj-shown");
  GtkWidget *mark = row ? find_widget (gtk_widget_get_parent (row), "kj-modified-mark") : NULL;

  g_assert_nonnull (mark);
  return gtk_widget_get_visible (mark);
}

/* The message dialog the window shows now, if any. */
static AdwMessageDialog *
dialog_of (KjWindow *win)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (win)
          && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static void
respond (KjWindow   *win,
         const char *response)
{
  AdwMessageDialog *dialog = dialog_of (win);

  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static void
spin (guint ms)
{
  for (gint64 end = g_get_monotonic_time () + ms * 1000; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
}

/* Whether a recovery journal of @path is there (this process's, or a dead one's). */
static gboolean
journal_exists (gpointer path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) journals = kj_journal_list (NULL);

  for (guint i = 0; i < journals->len; i++)
    if (g_file_equal (kj_journal_get_plan_file (g_ptr_array_index (journals, i)), file))
      return TRUE;
  return FALSE;
}

static gboolean
journal_gone (gpointer path)
{
  return !journal_exists (path);
}

/* An edit shows in the title and the sidebar; Save writes it through the
 * saver (with its .bak) and the marks go; the journal is forgotten. */
static void
test_dirty_and_save (void)
{
  g_autofree char *path = fresh_copy ("dirty");
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  KjWindow *win = window_on (path);
  KjPlan *plan = kj_window_get_plan (win);

  kj_test_wait_until (kj_test_drawn, find_widget (GTK_WIDGET (win), "kj-satker-list"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "BNN Kota Kupang – Kinerja");
  g_assert_false (row_marked (win));
  g_assert_null (kj_window_get_file_note (win));

  set_realization (plan, 91.5);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "• BNN Kota Kupang – Kinerja");
  g_assert_true (row_marked (win));
  /* the unsaved edit is journalled within two seconds */
  kj_test_wait_until (journal_exists, path);
  g_assert_cmpfloat (realization_on_disk (path), ==, 98.47);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  g_assert_null (dialog_of (win));
  g_assert_cmpfloat (realization_on_disk (path), ==, 91.5);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_false (kj_plan_get_modified (plan));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "BNN Kota Kupang – Kinerja");
  g_assert_false (row_marked (win));
  g_assert_false (journal_exists (path));
  /* our own write is no change on disk */
  spin (300);
  g_assert_null (kj_window_get_file_note (win));
  g_assert_false (kj_window_plan_changed_on_disk (win, NULL));
  /* and the saved history names the change */
  g_assert_cmpuint (kj_plan_get_history (plan, NULL)->len, >=, 1);
  kj_test_close_window (win, NULL, 0);
}

/* Another program writes the file: the window says so at once; Save is
 * refused and asks; Cancel writes nothing, Overwrite (explicit) does. */
static void
test_changed_on_disk (void)
{
  g_autofree char *path = fresh_copy ("changed");
  g_autofree char *text = contents (path);
  g_autofree char *theirs = NULL, *after_cancel = NULL;
  KjWindow *win = window_on (path);
  KjPlan *plan = kj_window_get_plan (win);
  char *at = strstr (text, "98.47");

  g_assert_nonnull (at);
  memcpy (at, "97.11", 5);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  kj_test_wait_until ((gboolean (*) (gpointer)) kj_window_get_file_note, win);
  g_assert_cmpstr (kj_window_get_file_note (win), ==, "“BNN Kota Kupang” changed on disk");
  g_assert_true (kj_window_plan_changed_on_disk (win, plan));

  set_realization (plan, 91.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  theirs = contents (path);
  g_assert_cmpstr (theirs, ==, text);
  g_assert_true (kj_plan_get_modified (plan));
  respond (win, "cancel");
  after_cancel = contents (path);
  g_assert_cmpstr (after_cancel, ==, text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  g_assert_true (adw_message_dialog_has_response (dialog_of (win), "reload"));
  g_assert_true (adw_message_dialog_has_response (dialog_of (win), "save-as"));
  respond (win, "overwrite");
  g_assert_cmpfloat (realization_on_disk (path), ==, 91.5);
  g_assert_false (kj_plan_get_modified (plan));
  g_assert_false (kj_window_plan_changed_on_disk (win, plan));
  g_assert_null (kj_window_get_file_note (win));
  kj_test_close_window (win, NULL, 0);
}

/* Reload after a change on disk: the file's values; with unsaved edits,
 * "keep" applies again those that still fit. */
static void
test_reload (void)
{
  g_autofree char *path = fresh_copy ("reload");
  g_autofree char *text = contents (path);
  KjWindow *win = window_on (path);
  KjPlan *plan;
  g_autoptr(KjEdit) edit = kj_edit_new ("Target");
  char *at = strstr (text, "98.47");

  memcpy (at, "97.11", 5);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  kj_test_wait_until ((gboolean (*) (gpointer)) kj_window_get_file_note, win);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.reload", NULL));
  plan = kj_window_get_plan (win);
  g_assert_cmpfloat (realization (plan), ==, 97.11);
  g_assert_false (kj_plan_get_modified (plan));
  g_assert_null (kj_window_get_file_note (win));

  /* an edit of another value, then the file changes again */
  kj_edit_set_number (edit, "indicators[id=\"ikp\"].years.2024.target", 3.75);
  g_assert_true (kj_plan_apply (plan, edit, NULL, NULL));
  memcpy (at, "96.22", 5);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  kj_test_wait_until ((gboolean (*) (gpointer)) kj_window_get_file_note, win);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.reload", NULL));
  respond (win, "keep");
  plan = kj_window_get_plan (win);
  g_assert_cmpfloat (realization (plan), ==, 96.22);
  g_assert_cmpfloat (kj_indicator_get_year (kj_plan_find_indicator (plan, "ikp"), 2024)->target, ==, 3.75);
  g_assert_true (kj_plan_get_modified (plan));
  g_assert_cmpfloat (realization_on_disk (path), ==, 96.22);
  /* the kept edits are unsaved edits: journalled; undone, they are not */
  kj_test_wait_until (journal_exists, path);
  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_false (kj_plan_get_modified (plan));
  kj_test_wait_until (journal_gone, path);
  kj_test_close_window (win, NULL, 0);
}

/* A read-only file opens with a note; Save never writes it. */
static void
test_read_only (void)
{
  g_autofree char *path = fresh_copy ("read-only");
  g_autofree char *before = NULL, *after = NULL;
  KjWindow *win;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = contents (path);
  win = window_on (path);
  g_assert_true (kj_window_plan_is_read_only (win, NULL));
  g_assert_cmpstr (kj_window_get_file_note (win), ==,
                   "“BNN Kota Kupang” is read-only: save changes under another name");
  set_realization (kj_window_get_plan (win), 91.5);
  after = contents (path);
  g_assert_cmpstr (after, ==, before);
  /* no journal left behind for the next tests */
  g_assert_true (kj_plan_undo (kj_window_get_plan (win), NULL));
  kj_test_wait_until (journal_gone, path);
  g_chmod (path, 0644);
  kj_test_close_window (win, NULL, 0);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closing with unsaved changes asks, naming the file; Cancel keeps the
 * window, Save saves and closes, Discard closes and forgets the journal. */
static void
test_close (void)
{
  g_autofree char *path = fresh_copy ("close");
  g_autofree char *original = contents (path);
  KjWindow *win = window_on (path);
  const char *body;

  g_object_add_weak_pointer (G_OBJECT (win), (gpointer *) &win);
  set_realization (kj_window_get_plan (win), 91.5);
  gtk_window_close (GTK_WINDOW (win));
  g_assert_nonnull (win);
  g_assert_nonnull (dialog_of (win));
  body = adw_message_dialog_get_body (dialog_of (win));
  g_assert_nonnull (strstr (body, "BNN Kota Kupang"));
  g_assert_nonnull (strstr (body, path));
  respond (win, "cancel");
  spin (100);
  g_assert_nonnull (win);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (win)));

  gtk_window_close (GTK_WINDOW (win));
  respond (win, "save");
  kj_test_wait_until (is_null, &win);
  g_assert_cmpfloat (realization_on_disk (path), ==, 91.5);

  /* Discard: the file stays as it was, no journal is left */
  g_assert_true (g_file_set_contents (path, original, -1, NULL));
  win = window_on (path);
  g_object_add_weak_pointer (G_OBJECT (win), (gpointer *) &win);
  set_realization (kj_window_get_plan (win), 12.5);
  kj_test_wait_until (journal_exists, path);
  gtk_window_close (GTK_WINDOW (win));
  respond (win, "discard");
  kj_test_wait_until (is_null, &win);
  g_assert_false (journal_exists (path));
  g_assert_cmpfloat (realization_on_disk (path), ==, 98.47);
}

static gboolean
workspace_has_file (gpointer data)
{
  KjWindow *win = ((gpointer *) data)[0];
  GFile *file = ((gpointer *) data)[1];
  GListModel *plans = G_LIST_MODEL (kj_window_get_workspace (win));

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(KjPlan) plan = g_list_model_get_item (plans, i);
      if (kj_plan_get_file (plan) && g_file_equal (kj_plan_get_file (plan), file))
        return TRUE;
    }
  return FALSE;
}

static gboolean
loaded (gpointer win)
{
  return !kj_window_is_loading (win);
}

static KjPlan *
sample_named (KjWindow   *win,
              const char *name)
{
  KjPlan *plan = kj_workspace_find (kj_window_get_workspace (win), name);

  g_assert_nonnull (plan);
  g_assert_null (kj_plan_get_file (plan));
  return plan;
}

/* Opening files never drops unsaved changes unasked: the samples give way
 * to the user's files only after Save / Discard; a file opened again while
 * edited keeps the edits; so do the samples opened again. */
static void
test_open_keeps_edits (void)
{
  g_autofree char *path = fresh_copy ("open-keeps");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KjWindow *win = kj_window_new (NULL);
  gpointer wait[2] = { win, file };
  const char *body;
  KjPlan *plan;

  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  plan = sample_named (win, "BNN Kota Kupang");
  set_realization (plan, 91.5);

  /* the samples again: the edited one stays as it is */
  kj_window_load_samples (win);
  g_assert_null (dialog_of (win));
  g_assert_true (sample_named (win, "BNN Kota Kupang") == plan);
  g_assert_cmpfloat (realization (plan), ==, 91.5);

  /* the user's file would replace the samples: asked first; Cancel opens nothing */
  kj_window_open_files (win, &file, 1);
  g_assert_nonnull (dialog_of (win));
  body = adw_message_dialog_get_body (dialog_of (win));
  g_assert_nonnull (strstr (body, "BNN Kota Kupang"));
  respond (win, "cancel");
  spin (300);
  g_assert_false (workspace_has_file (wait));
  g_assert_true (sample_named (win, "BNN Kota Kupang") == plan);
  g_assert_cmpfloat (realization (plan), ==, 91.5);

  /* Discard: the file opens in place of the samples */
  kj_window_open_files (win, &file, 1);
  respond (win, "discard");
  kj_test_wait_until (workspace_has_file, wait);
  kj_test_wait_until (loaded, win);
  g_assert_null (kj_workspace_find (kj_window_get_workspace (win), "BNNP Banten"));

  /* the same file opened again while edited: the edits stay */
  plan = kj_window_get_plan (win);
  g_assert_true (g_file_equal (kj_plan_get_file (plan), file));
  set_realization (plan, 12.5);
  kj_window_open_files (win, &file, 1);
  g_assert_null (dialog_of (win));
  g_assert_true (kj_window_is_loading (win));
  kj_test_wait_until (loaded, win);
  g_assert_true (kj_workspace_find (kj_window_get_workspace (win), "BNN Kota Kupang") == plan);
  g_assert_cmpfloat (realization (plan), ==, 12.5);
  g_assert_true (kj_plan_get_modified (plan));

  /* the samples would replace the edited file: asked first */
  kj_window_load_samples (win);
  body = adw_message_dialog_get_body (dialog_of (win));
  g_assert_nonnull (strstr (body, path));
  respond (win, "cancel");
  g_assert_true (kj_workspace_find (kj_window_get_workspace (win), "BNN Kota Kupang") == plan);
  g_assert_cmpfloat (realization (plan), ==, 12.5);

  /* Save: the file is written, then the samples come */
  kj_window_load_samples (win);
  respond (win, "save");
  g_assert_cmpfloat (realization_on_disk (path), ==, 12.5);
  g_assert_null (kj_plan_get_file (sample_named (win, "BNN Kota Kupang")));
  kj_test_close_window (win, NULL, 0);
}

static gboolean
sample_journal_exists (gpointer name)
{
  g_autoptr(GPtrArray) journals = kj_journal_list (NULL);

  for (guint i = 0; i < journals->len; i++)
    if (g_strcmp0 (kj_journal_get_sample (g_ptr_array_index (journals, i)), name) == 0)
      return TRUE;
  return FALSE;
}

/* A bundled sample's edits are journalled too (by the sample's name): after
 * a crash the next start offers them back onto the sample; saving it under a
 * name of its own leaves no journal behind. */
static void
test_recovery_sample (void)
{
  KjWindow *win = kj_window_new (NULL);
  const char *body;
  KjPlan *plan;

  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  set_realization (sample_named (win, "BNN Kota Kupang"), 91.5);
  kj_test_wait_until (sample_journal_exists, KUPANG_SAMPLE);
  /* gone without closing: as a crash leaves it */
  kj_test_close_window (win, NULL, 0);
  g_assert_true (sample_journal_exists (KUPANG_SAMPLE));

  win = kj_window_new (NULL);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_nonnull (kj_window_offer_recovery (win));
  body = adw_message_dialog_get_body (dialog_of (win));
  g_assert_nonnull (strstr (body, "BNN Kota Kupang"));
  respond (win, "restore");
  plan = sample_named (win, "BNN Kota Kupang");
  g_assert_true (kj_window_get_plan (win) == plan);
  g_assert_cmpfloat (realization (plan), ==, 91.5);
  g_assert_true (kj_plan_get_modified (plan));
  /* still the samples, all of them */
  g_assert_nonnull (kj_workspace_find (kj_window_get_workspace (win), "BNNP Banten"));
  /* one undo step takes the restored edits back */
  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_cmpfloat (realization (plan), !=, 91.5);
  g_assert_true (kj_plan_redo (plan, NULL));
  g_assert_cmpfloat (realization (plan), ==, 91.5);
  /* journalled again, by this session */
  kj_test_wait_until (sample_journal_exists, KUPANG_SAMPLE);

  /* discarded on closing: no journal is left */
  gtk_window_close (GTK_WINDOW (win));
  g_object_add_weak_pointer (G_OBJECT (win), (gpointer *) &win);
  respond (win, "discard");
  kj_test_wait_until (is_null, &win);
  g_assert_false (sample_journal_exists (KUPANG_SAMPLE));
}

static gboolean
file_exists (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
sample_journal_gone (gpointer name)
{
  return !sample_journal_exists (name);
}

static gboolean
has_chooser (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (GTK_IS_FILE_CHOOSER_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        {
          *(GtkWidget **) data = GTK_WIDGET (w);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
chooser_names (gpointer chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);

  return file && g_str_has_suffix (g_file_peek_path (file), "/sample/kupang-2024.json");
}

/* A bundled sample has no file of its own: Save is Save As, through the
 * file chooser; the plan then belongs to the file chosen. */
static void
save_sample (void)
{
  KjWindow *win = kj_window_new (NULL);
  g_autofree char *dir = g_build_filename (work_dir, "sample", NULL);
  g_autofree char *path = g_build_filename (dir, "kupang-2024.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *chooser = NULL;
  KjPlan *plan;

  g_mkdir_with_parents (dir, 0700);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, "BNN Kota Kupang"));
  plan = kj_window_get_plan (win);
  g_assert_null (kj_plan_get_file (plan));
  set_realization (plan, 91.5);
  kj_test_wait_until (sample_journal_exists, KUPANG_SAMPLE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  kj_test_wait_until (has_chooser, &chooser);
  g_assert_true (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE);
  /* typed as a whole path, as a user may */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
  /* the chooser checks the name asynchronously */
  kj_test_wait_until (chooser_names, chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  kj_test_wait_until ((gboolean (*) (gpointer)) file_exists, path);
  g_assert_cmpfloat (realization_on_disk (path), ==, 91.5);
  g_assert_true (g_file_equal (kj_plan_get_file (plan), file));
  g_assert_false (kj_plan_get_modified (plan));
  /* the sample's journal went with its edits */
  kj_test_wait_until (sample_journal_gone, KUPANG_SAMPLE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "BNN Kota Kupang – Kinerja");

  /* now Save writes that file, without asking */
  set_realization (plan, 92.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  spin (100);
  chooser = NULL;
  g_assert_false (has_chooser (&chooser));
  g_assert_cmpfloat (realization_on_disk (path), ==, 92.5);
  kj_test_close_window (win, NULL, 0);
}

/* In a process of its own: the file chooser makes so many GLib quarks that
 * GLib leaves its first quark block (tests/lsan.supp), which LeakSanitizer
 * can only tell by the whole stack, slow to take in every test. */
static void
test_save_sample (void)
{
  const char *asan = g_getenv ("ASAN_OPTIONS");
  g_autofree char *saved = g_strdup (asan);
  g_autofree char *options = NULL;

  if (g_test_subprocess ())
    {
      save_sample ();
      return;
    }
  options = g_strconcat (asan ? asan : "", asan ? ":" : "", "fast_unwind_on_malloc=0", NULL);
  g_setenv ("ASAN_OPTIONS", options, TRUE);
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (saved)
    g_setenv ("ASAN_OPTIONS", saved, TRUE);
  else
    g_unsetenv ("ASAN_OPTIONS");
  g_test_trap_assert_passed ();
}

/* A save that fails says why, with the saver's message; the edits stay. */
static void
test_save_error (void)
{
  g_autofree char *path = fresh_copy ("gone");
  g_autofree char *dir = g_path_get_dirname (path);
  KjWindow *win = window_on (path);
  KjPlan *plan = kj_window_get_plan (win);
  const char *body;

  set_realization (plan, 91.5);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  kj_test_wait_until ((gboolean (*) (gpointer)) kj_window_get_file_note, win);
  g_assert_cmpstr (kj_window_get_file_note (win), ==,
                   "“BNN Kota Kupang” is no longer on disk: save it to keep it");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  g_assert_nonnull (dialog_of (win));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog_of (win)), ==, "The Plan Was Not Saved");
  body = adw_message_dialog_get_body (dialog_of (win));
  g_assert_nonnull (strstr (body, path));
  respond (win, "close");
  g_assert_true (kj_plan_get_modified (plan));
  g_assert_true (kj_plan_undo (plan, NULL));
  kj_test_wait_until (journal_gone, path);
  kj_test_close_window (win, NULL, 0);
}

/* The child: a window on @path, an edit as a cell makes it, then waiting
 * to be killed once the journal is written. */
static int
crash_child (const char *path)
{
  KjWindow *win = window_on (path);
  gint64 start = g_get_monotonic_time ();

  set_realization (kj_window_get_plan (win), 91.5);
  while (!journal_exists ((gpointer) path))
    {
      g_main_context_iteration (NULL, FALSE);
      if (g_get_monotonic_time () - start > 10 * G_USEC_PER_SEC)
        {
          g_print ("no journal\n");
          return 1;
        }
    }
  g_print ("journal-after-ms %d\n", (int) ((g_get_monotonic_time () - start) / 1000));
  fflush (stdout);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

/* A session edits and is killed; the next start offers the edits back,
 * restores them as one step, and the file on disk is untouched. */
static void
test_recovery (void)
{
  g_autofree char *path = fresh_copy ("recovery");
  g_autofree char *original = contents (path);
  g_autofree char *after_kill = NULL, *after_restore = NULL, *line = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) out = NULL;
  const char *argv[] = { self_exe, "crash-child", path, NULL };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GPid pid;
  int out_fd, status, ms = -1;
  KjWindow *win;
  KjPlan *plan;
  AdwMessageDialog *dialog;
  gsize length;

  g_assert_false (journal_exists (path));
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  /* the child says when its journal is there (blocks until then) */
  g_assert_cmpint (g_io_channel_read_line (out, &line, &length, NULL, &error), ==, G_IO_STATUS_NORMAL);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  g_spawn_close_pid (pid);
  g_assert_true (sscanf (line, "journal-after-ms %d", &ms) == 1);
  g_test_message ("journal written %d ms after the edit", ms);
  g_assert_cmpint (ms, <=, 2000);
  /* a running Kinerja's journals are its own: the dead one's are offered */
  g_assert_true (journal_exists (path));
  after_kill = contents (path);
  g_assert_cmpstr (after_kill, ==, original);

  /* the next start */
  win = kj_window_new (NULL);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  dialog = ADW_MESSAGE_DIALOG (kj_window_offer_recovery (win));
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "Restore unsaved changes from "));
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (dialog), " to BNN Kota Kupang?"));
  respond (win, "restore");
  plan = kj_window_get_plan (win);
  g_assert_nonnull (plan);
  g_assert_true (g_file_equal (kj_plan_get_file (plan), file));
  g_assert_cmpfloat (realization (plan), ==, 91.5);
  g_assert_true (kj_plan_get_modified (plan));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "• BNN Kota Kupang – Kinerja");
  after_restore = contents (path);
  g_assert_cmpstr (after_restore, ==, original);
  /* one undoable step */
  g_assert_true (kj_plan_undo (plan, NULL));
  g_assert_cmpfloat (realization (plan), ==, 98.47);
  g_assert_false (kj_plan_can_undo (plan));
  g_assert_false (kj_plan_get_modified (plan));
  /* nothing unsaved now: the journal goes */
  kj_test_wait_until (journal_gone, path);
  g_assert_null (kj_window_offer_recovery (win));
  kj_test_close_window (win, NULL, 0);
}

/* Discard at start-up removes the journal; the file is as it was. */
static void
test_recovery_discard (void)
{
  g_autofree char *path = fresh_copy ("discard");
  g_autofree char *original = contents (path), *after = NULL;
  KjWindow *win = window_on (path);

  set_realization (kj_window_get_plan (win), 91.5);
  kj_test_wait_until (journal_exists, path);
  /* gone without closing: as a crash leaves it */
  kj_test_close_window (win, NULL, 0);
  g_assert_true (journal_exists (path));

  win = kj_window_new (NULL);
  gtk_window_present (GTK_WINDOW (win));
  g_assert_nonnull (kj_window_offer_recovery (win));
  respond (win, "discard");
  g_assert_false (journal_exists (path));
  g_assert_null (kj_window_get_plan (win));
  after = contents (path);
  g_assert_cmpstr (after, ==, original);
  kj_test_close_window (win, NULL, 0);
}

/* Who edited: the user-name setting, else the system's name. */
static void
test_user_name (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *named = NULL, *system = NULL;

  kj_application_follow_user_name (settings);
  g_settings_set_string (settings, "user-name", "Perencana Kupang");
  spin (50);
  named = kj_history_get_user_name ();
  g_assert_cmpstr (named, ==, "Perencana Kupang");
  g_settings_set_string (settings, "user-name", "");
  spin (50);
  system = kj_history_get_user_name ();
  g_assert_cmpstr (system, !=, "Perencana Kupang");
  g_assert_cmpstr (system, !=, "");
}

int
main (int   argc,
      char *argv[])
{
  /* before GLib reads the user's folders: journals go to a folder of the
   * test's own, the child's too */
  if (argc == 3 && g_str_equal (argv[1], "crash-child"))
    {
      gtk_init ();
      return crash_child (argv[2]);
    }
  work_dir = g_dir_make_tmp ("kj-save-XXXXXX", NULL);
  {
    g_autofree char *data_home = g_build_filename (work_dir, "data", NULL);
    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  /* a file chooser falls back to the current folder: never the source tree */
  g_assert_cmpint (g_chdir (work_dir), ==, 0);

  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/widgets/save/dirty-and-save", test_dirty_and_save);
  g_test_add_func ("/kinerja/widgets/save/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/kinerja/widgets/save/reload", test_reload);
  g_test_add_func ("/kinerja/widgets/save/sample-save-as", test_save_sample);
  g_test_add_func ("/kinerja/widgets/save/error", test_save_error);
  g_test_add_func ("/kinerja/widgets/save/read-only", test_read_only);
  g_test_add_func ("/kinerja/widgets/save/close", test_close);
  g_test_add_func ("/kinerja/widgets/save/open-keeps-edits", test_open_keeps_edits);
  g_test_add_func ("/kinerja/widgets/save/recovery", test_recovery);
  g_test_add_func ("/kinerja/widgets/save/recovery-discard", test_recovery_discard);
  g_test_add_func ("/kinerja/widgets/save/recovery-sample", test_recovery_sample);
  g_test_add_func ("/kinerja/widgets/save/user-name", test_user_name);
  return g_test_run ();
}
