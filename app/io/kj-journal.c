/* kj-journal.c: unsaved edits kept in a recovery file, restored after a crash
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A journal is a small JSON file in g_get_user_data_dir()/kinerja/recovery/,
 * one per plan file and process (named by a hash of its path and the process
 * id), written atomically:
 *
 *   { "format": "kinerja-recovery", "version": 1, "file": "/path/plan.json", "pid": 4242,
 *     "file_hash": "<SHA-256 of the file as read>", "time": "2026-12-02T12:30:05+07:00",
 *     "changes": [ { "path": "indicators[id=\"nka\"].years.2024.realization",
 *                    "old": 80.12, "new": 84.38 }, … ] }
 *
 * A bundled sample (a plan without a file) has "sample": "bnn-kota-kupang.json",
 * the name of its resource, instead of "file".
 *
 * The changes are the plan's net unsaved changes (kj-changes.c): patches by
 * stable path, each with the value it expects to find and the value it sets
 * (a member left out: absent).  Restoring applies those that still fit as one
 * edit, one undo step, and says which did not.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "io/kj-journal.h"
#include "io/kj-json.h"
#include "model/kj-changes-private.h"
#include "model/kj-format.h"
#include "model/kj-path.h"
#include "model/kj-plan-private.h"

#define JOURNAL_FORMAT "kinerja-recovery"

struct _KjJournal
{
  int        ref_count;
  gint64     pid;
  GFile     *file;
  GFile     *plan_file;   /* NULL for a sample */
  char      *sample;      /* the sample's resource name, or NULL */
  char      *file_hash;
  char      *when;
  GPtrArray *changes;   /* KjChange */
};

G_DEFINE_BOXED_TYPE (KjJournal, kj_journal, kj_journal_ref, kj_journal_unref)

KjJournal *
kj_journal_ref (KjJournal *journal)
{
  g_return_val_if_fail (journal != NULL, NULL);
  g_atomic_int_inc (&journal->ref_count);
  return journal;
}

void
kj_journal_unref (KjJournal *journal)
{
  if (journal == NULL || !g_atomic_int_dec_and_test (&journal->ref_count))
    return;
  g_clear_object (&journal->file);
  g_clear_object (&journal->plan_file);
  g_free (journal->sample);
  g_free (journal->file_hash);
  g_free (journal->when);
  g_ptr_array_unref (journal->changes);
  g_free (journal);
}

/**
 * kj_journal_get_folder:
 * Returns: (transfer full): `$XDG_DATA_HOME/kinerja/recovery`
 */
GFile *
kj_journal_get_folder (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "kinerja", "recovery", NULL);

  return g_file_new_for_path (path);
}

/**
 * kj_journal_file_for:
 * Returns: (transfer full) (nullable): where the journal of @plan_file is
 *   kept; %NULL for a file that is not local
 */
static GFile *
journal_file_named (const char *key)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = kj_journal_get_folder ();

  hash[32] = '\0';
  /* one per process: a save or a crash of one instance never touches another's */
  name = g_strdup_printf ("%s-%d.json", hash, (int) getpid ());
  return g_file_get_child (folder, name);
}

GFile *
kj_journal_file_for (GFile *plan_file)
{
  g_autofree char *path = g_file_get_path (plan_file);

  return path ? journal_file_named (path) : NULL;
}

/* Whether @name can be a bundled sample's resource name: a plain file name. */
static gboolean
is_sample_name (const char *name)
{
  return name && *name && strlen (name) < 256 && strchr (name, '/') == NULL
         && g_str_has_suffix (name, ".json") && g_utf8_validate (name, -1, NULL);
}

/**
 * kj_journal_file_of:
 * Returns: (transfer full) (nullable): where the journal of @plan is kept:
 *   by its file, or (a bundled sample) by its name
 */
GFile *
kj_journal_file_of (KjPlan *plan)
{
  GFile *file = kj_plan_get_file (plan);
  const char *name = kj_plan_get_display_name (plan);
  g_autofree char *key = NULL;

  if (file)
    return kj_journal_file_for (file);
  if (!is_sample_name (name))
    return NULL;
  key = g_strconcat ("sample:", name, NULL);
  return journal_file_named (key);
}

static KjNode *
change_to_node (KjChange *change)
{
  KjNode *node = kj_node_new_object ();

  kj_node_object_set (node, "path", kj_node_new_string (change->path));
  if (change->old)
    kj_node_object_set (node, "old", kj_node_copy (change->old));
  if (change->value)
    kj_node_object_set (node, "new", kj_node_copy (change->value));
  return node;
}

/**
 * kj_journal_write:
 * Writes (atomically) the plan's unsaved changes to its journal, or removes
 * the journal when there are none.  The window calls it within two seconds
 * of each edit; a plan without a file (a bundled sample) has one by its name.
 *
 * Returns: %TRUE on success
 */
gboolean
kj_journal_write (KjPlan  *plan,
                  GError **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GFile) journal = NULL, folder = NULL;
  g_autoptr(KjNode) root = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *plan_path = NULL, *journal_path = NULL, *text = NULL, *folder_path = NULL, *when = NULL;
  KjNode *list;
  GFile *file;

  g_return_val_if_fail (KJ_IS_PLAN (plan), FALSE);

  file = kj_plan_get_file (plan);
  if ((journal = kj_journal_file_of (plan)) == NULL)
    return TRUE;
  changes = _kj_plan_get_changes (plan);
  if (changes->len == 0)
    return kj_journal_forget (plan, error);

  plan_path = file ? g_file_get_path (file) : NULL;
  now = g_date_time_new_now_local ();
  root = kj_node_new_object ();
  kj_node_object_set (root, "format", kj_node_new_string (JOURNAL_FORMAT));
  kj_node_object_set (root, "version", kj_node_new_number (1));
  if (plan_path)
    kj_node_object_set (root, "file", kj_node_new_string (plan_path));
  else
    kj_node_object_set (root, "sample", kj_node_new_string (kj_plan_get_display_name (plan)));
  kj_node_object_set (root, "pid", kj_node_new_number (getpid ()));
  if (plan->stamp_hash)
    kj_node_object_set (root, "file_hash", kj_node_new_string (plan->stamp_hash));
  when = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  kj_node_object_set (root, "time", kj_node_new_string (when));
  kj_node_object_set (root, "changes", kj_node_new_array ());
  list = kj_node_get_member (root, "changes");
  for (guint i = 0; i < changes->len; i++)
    kj_node_array_insert (list, -1, change_to_node (g_ptr_array_index (changes, i)));
  text = kj_node_write (root, FALSE);

  folder = kj_journal_get_folder ();
  folder_path = g_file_get_path (folder);
  if (g_mkdir_with_parents (folder_path, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot make the recovery folder %s: %s"), folder_path, g_strerror (saved));
      return FALSE;
    }
  journal_path = g_file_get_path (journal);
  return g_file_set_contents_full (journal_path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* Removes the journal of @plan_file, if any (the saver, after a save). */
void
_kj_journal_forget_file (GFile *plan_file)
{
  g_autoptr(GFile) journal = plan_file ? kj_journal_file_for (plan_file) : NULL;

  if (journal)
    g_file_delete (journal, NULL, NULL);
}

/**
 * kj_journal_forget:
 * Removes the plan's journal (after a save, or when its edits are discarded).
 *
 * Returns: %TRUE when there is none now
 */
gboolean
kj_journal_forget (KjPlan  *plan,
                   GError **error)
{
  g_autoptr(GFile) journal = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KJ_IS_PLAN (plan), FALSE);

  if ((journal = kj_journal_file_of (plan)) == NULL)
    return TRUE;
  if (!g_file_delete (journal, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

G_GNUC_PRINTF (3, 4) static KjJournal *
refuse (GError    **error,
        GFile      *file,
        const char *format,
        ...)
{
  g_autofree char *message = NULL, *name = g_file_get_parse_name (file);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: "FILE: not a recovery journal (…)" */
  g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_INVALID, _("%s: %s"), name, message);
  return NULL;
}

static const char *
text_of (KjNode     *object,
         const char *name)
{
  KjNode *v = kj_node_get_member (object, name);

  return v && kj_node_is_string (v) ? kj_node_get_string (v) : NULL;
}

/**
 * kj_journal_load:
 * Reads a journal, bounded: a file over %KJ_JOURNAL_MAX_SIZE, not JSON, or
 * not a journal is refused with a message saying which, never read further.
 *
 * Returns: (transfer full) (nullable): the journal
 */
KjJournal *
kj_journal_load (GFile   *journal_file,
                 GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(KjJsonProblem) problem = NULL;
  g_autoptr(KjDocument) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(KjJournal) journal = NULL;
  KjNode *root, *version, *list;
  const char *format, *path, *sample;
  gsize length;
  gint64 v;

  g_return_val_if_fail (G_IS_FILE (journal_file), NULL);

  info = g_file_query_info (journal_file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    return refuse (error, journal_file, "%s", local_error->message);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return refuse (error, journal_file, _("not a regular file, expected a recovery journal"));
  if (g_file_info_get_size (info) > KJ_JOURNAL_MAX_SIZE)
    return refuse (error, journal_file, _("larger than %d MiB, expected a smaller recovery journal"),
                   KJ_JOURNAL_MAX_SIZE / (1024 * 1024));
  if (!g_file_load_contents (journal_file, NULL, &data, &length, NULL, &local_error))
    return refuse (error, journal_file, "%s", local_error->message);
  if (length > KJ_JOURNAL_MAX_SIZE)
    return refuse (error, journal_file, _("larger than %d MiB, expected a smaller recovery journal"),
                   KJ_JOURNAL_MAX_SIZE / (1024 * 1024));
  doc = kj_json_read (data, length, &problem);
  if (doc == NULL)
    {
      guint line, column;
      kj_json_offset_to_line_column (data, length, problem->offset, &line, &column);
      return refuse (error, journal_file, _("%u:%u: %s, expected a recovery journal"),
                     line, column, problem->message);
    }
  root = kj_document_get_root (doc);
  format = kj_node_is_object (root) ? text_of (root, "format") : NULL;
  version = kj_node_is_object (root) ? kj_node_get_member (root, "version") : NULL;
  if (format == NULL || !g_str_equal (format, JOURNAL_FORMAT))
    return refuse (error, journal_file, _("expected \"format\": \"kinerja-recovery\""));
  if (version == NULL || !kj_node_get_int (version, &v) || v != 1)
    return refuse (error, journal_file, _("expected \"version\": 1"));
  path = text_of (root, "file");
  sample = text_of (root, "sample");
  if (path ? !g_path_is_absolute (path) : !is_sample_name (sample))
    return refuse (error, journal_file,
                   _("expected \"file\": the plan file's absolute path, or \"sample\": a sample's name"));
  list = kj_node_get_member (root, "changes");
  if (list == NULL || !kj_node_is_array (list))
    return refuse (error, journal_file, _("expected \"changes\": an array"));
  if (kj_node_get_length (list) > KJ_JOURNAL_MAX_CHANGES)
    return refuse (error, journal_file, _("more than %d changes, expected fewer"), KJ_JOURNAL_MAX_CHANGES);

  journal = g_new0 (KjJournal, 1);
  journal->ref_count = 1;
  journal->file = g_object_ref (journal_file);
  journal->plan_file = path ? g_file_new_for_path (path) : NULL;
  journal->sample = path ? NULL : g_strdup (sample);
  journal->file_hash = g_strdup (text_of (root, "file_hash"));
  v = 0;
  if ((version = kj_node_get_member (root, "pid")) != NULL && kj_node_get_int (version, &v) && v > 0 && v < G_MAXINT)
    journal->pid = v;
  journal->when = g_strdup (text_of (root, "time"));
  journal->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) _kj_change_free);
  for (guint i = 0; i < kj_node_get_length (list); i++)
    {
      KjNode *c = kj_node_get_element (list, i);
      const char *p = kj_node_is_object (c) ? text_of (c, "path") : NULL;
      g_autoptr(GArray) steps = p ? kj_path_parse (p) : NULL;

      if (steps == NULL || steps->len == 0)
        return refuse (error, journal_file, _("changes[%u]: expected an object with a \"path\""), i);
      g_ptr_array_add (journal->changes,
                       _kj_change_new (p, kj_node_get_member (c, "old"), kj_node_get_member (c, "new")));
    }
  return g_steal_pointer (&journal);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  KjJournal *x = *(KjJournal **) a, *y = *(KjJournal **) b;

  return -g_strcmp0 (x->when, y->when);
}

/* Whether @pid is another Kinerja still running: its journals are its own
 * unsaved edits, not a crash's.  A process of another program that got the
 * number since (after a reboot) is not. */
static gboolean
is_other_live_instance (gint64 pid)
{
  g_autofree char *link = NULL, *self = NULL, *theirs = NULL;

  if (pid <= 0 || pid == getpid ())
    return FALSE;
  if (kill ((pid_t) pid, 0) != 0 && errno != EPERM)
    return FALSE;
  link = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/exe", pid);
  self = g_file_read_link ("/proc/self/exe", NULL);
  theirs = g_file_read_link (link, NULL);
  return self && theirs && g_str_equal (self, theirs);
}

/**
 * kj_journal_list:
 * @problems: (out) (optional) (transfer full) (element-type utf8): why some
 *   files of the recovery folder are not journals
 *
 * The journals left by a session that did not end (or did not save),
 * newest first; those of another Kinerja still running are not listed.
 *
 * Returns: (transfer full) (element-type KjJournal): the journals
 */
GPtrArray *
kj_journal_list (GPtrArray **problems)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_journal_unref);
  g_autoptr(GFile) folder = kj_journal_get_folder ();
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  if (problems)
    *problems = g_ptr_array_new_with_free_func (g_free);
  while (dir && (name = g_dir_read_name (dir)) != NULL && n++ < 10000)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      KjJournal *journal;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      file = g_file_get_child (folder, name);
      journal = kj_journal_load (file, &error);
      if (journal && is_other_live_instance (journal->pid))
        kj_journal_unref (journal);
      else if (journal)
        g_ptr_array_add (list, journal);
      else if (problems)
        g_ptr_array_add (*problems, kj_format_escape_controls (error->message));
    }
  g_ptr_array_sort (list, newest_first);
  return list;
}

/* Removes the journal file (its edits discarded or restored and saved). */
gboolean
kj_journal_discard (KjJournal *journal,
                    GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (journal != NULL, FALSE);
  if (!g_file_delete (journal->file, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

GFile *
kj_journal_get_file (KjJournal *journal)
{
  return journal->file;
}

/* Returns: (nullable): the plan file the edits were made to; %NULL for a sample */
GFile *
kj_journal_get_plan_file (KjJournal *journal)
{
  return journal->plan_file;
}

/* Returns: (nullable): the bundled sample the edits were made to (its
 * resource's name), or %NULL */
const char *
kj_journal_get_sample (KjJournal *journal)
{
  return journal->sample;
}

/* Returns: (nullable): the SHA-256 of the plan file as it was read */
const char *
kj_journal_get_file_hash (KjJournal *journal)
{
  return journal->file_hash;
}

/* When the journal was written, ISO 8601 with the offset ("from when"). */
const char *
kj_journal_get_when (KjJournal *journal)
{
  return journal->when;
}

/* Returns: (transfer full) (nullable): the same, as a time */
GDateTime *
kj_journal_get_time (KjJournal *journal)
{
  return journal->when ? g_date_time_new_from_iso8601 (journal->when, NULL) : NULL;
}

guint
kj_journal_get_n_changes (KjJournal *journal)
{
  return journal->changes->len;
}

/* Whether @plan (freshly loaded) was read from the file the edits were made to,
 * byte for byte; else some changes may not fit. */
gboolean
kj_journal_file_matches (KjJournal *journal,
                         KjPlan    *plan)
{
  return journal->file_hash && plan->stamp_hash && g_str_equal (journal->file_hash, plan->stamp_hash);
}

static char *
short_value (const KjNode *node)
{
  g_autofree char *text = NULL;

  if (node == NULL)
    return g_strdup (_("nothing"));
  text = kj_node_write ((KjNode *) node, FALSE);
  g_strstrip (text);
  if (g_utf8_strlen (text, -1) > 40)
    {
      char *end = g_utf8_offset_to_pointer (text, 40);
      *end = '\0';
      return g_strconcat (text, "…", NULL);
    }
  return g_steal_pointer (&text);
}

static gboolean
try_alone (KjPlan   *plan,
           KjChange *change)
{
  g_autoptr(KjEdit) edit = kj_edit_new (NULL);

  return _kj_edit_add_change (edit, kj_plan_get_root (plan), change->path, change->value, NULL)
         && kj_plan_apply (plan, edit, NULL, NULL);
}

/**
 * kj_journal_restore:
 * @plan: the plan freshly loaded from the journal's file
 * @skipped: (out) (optional) (transfer full) (element-type utf8): one line
 *   per change left out, saying where and why
 *
 * Applies the journal's changes that still fit @plan (where the plan holds
 * the value the change was made from) as one edit: one undo step.  A change
 * whose value is already there is done; one where the file holds something
 * else now is left out, as is one the plan would refuse.
 *
 * Returns: %TRUE when restored (perhaps only in part: see @skipped); %FALSE
 *   with @error when nothing could be applied
 */
gboolean
kj_journal_restore (KjJournal  *journal,
                    KjPlan     *plan,
                    GPtrArray **skipped,
                    GError    **error)
{
  g_autoptr(KjEdit) edit = kj_edit_new (_("Restore unsaved edits"));
  g_autoptr(GPtrArray) fitting = g_ptr_array_new ();
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  KjNode *root;

  g_return_val_if_fail (journal != NULL && KJ_IS_PLAN (plan), FALSE);

  root = kj_plan_get_root (plan);
  for (guint i = 0; i < journal->changes->len; i++)
    {
      KjChange *c = g_ptr_array_index (journal->changes, i);
      KjNode *now = kj_node_lookup (root, c->path);

      if (_kj_node_same_data (now, c->value))
        continue;   /* already there */
      if (!_kj_node_same_data (now, c->old))
        {
          g_autofree char *expected = short_value (c->old), *found = short_value (now);
          /* Translators: "PATH: changed in the file since (expected 80.12, found 81)" */
          g_ptr_array_add (out, g_strdup_printf (_("%s: changed in the file since (expected %s, found %s)"),
                                                 c->path, expected, found));
          continue;
        }
      g_ptr_array_add (fitting, c);
    }
  for (guint i = 0; i < fitting->len; i++)
    {
      KjChange *c = g_ptr_array_index (fitting, i);
      _kj_edit_add_change (edit, root, c->path, c->value, NULL);
    }

  if (kj_edit_get_n_patches (edit) > 0 && !kj_plan_apply (plan, edit, NULL, &local_error))
    {
      /* find the ones that do not fit by trying each (a fresh plan: few),
       * then apply those that do as one step */
      guint applied = 0;

      g_clear_pointer (&edit, kj_edit_unref);
      edit = kj_edit_new (_("Restore unsaved edits"));
      for (guint i = 0; i < fitting->len; i++)
        {
          KjChange *c = g_ptr_array_index (fitting, i);

          if (try_alone (plan, c))
            applied++;
          else
            {
              g_ptr_array_add (out, g_strdup_printf (_("%s: does not fit the plan as it is now"), c->path));
              g_ptr_array_index (fitting, i) = NULL;
            }
        }
      for (guint i = 0; i < applied; i++)
        kj_plan_undo (plan, NULL);
      for (guint i = 0; i < fitting->len; i++)
        if (g_ptr_array_index (fitting, i))
          {
            KjChange *c = g_ptr_array_index (fitting, i);
            _kj_edit_add_change (edit, root, c->path, c->value, NULL);
          }
      g_clear_error (&local_error);
      if (kj_edit_get_n_patches (edit) > 0 && !kj_plan_apply (plan, edit, NULL, &local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  if (skipped)
    *skipped = g_steal_pointer (&out);
  return TRUE;
}
