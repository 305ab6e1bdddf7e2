/* kj-history.c: saved edits, recorded in the plan file itself
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At each save, the net changes since the last one (kj-changes.c) become
 * entries appended to the top-level array `history` (docs/plan-format.md): who,
 * when (with its UTC offset), the stable path, the indicator, year, row and
 * field it names, and the old and new values (a member left out: absent).
 * Older readers keep the array as an unknown member.  Unsaved edits are not
 * history.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kj-changes-private.h"
#include "kj-history.h"
#include "kj-path.h"
#include "kj-plan-private.h"

struct _KjHistoryEntry
{
  int     ref_count;
  char   *who;
  char   *when;
  char   *path;
  char   *indicator;
  char   *row;
  char   *field;
  int     year;
  KjNode *old;
  KjNode *value;
};

G_DEFINE_BOXED_TYPE (KjHistoryEntry, kj_history_entry, kj_history_entry_ref, kj_history_entry_unref)

static GMutex user_lock;
static char *user_name;

/**
 * kj_history_set_user_name:
 * @name: (nullable): who is editing, from a preference; %NULL or "": the
 *   system's name for the user
 */
void
kj_history_set_user_name (const char *name)
{
  g_mutex_lock (&user_lock);
  g_free (user_name);
  user_name = name && *name ? g_strdup (name) : NULL;
  g_mutex_unlock (&user_lock);
}

/**
 * kj_history_get_user_name:
 * Returns: (transfer full): the name history entries are written with: the
 *   preference, else the user's real name, else the login name
 */
char *
kj_history_get_user_name (void)
{
  const char *real = g_get_real_name ();
  char *name;

  g_mutex_lock (&user_lock);
  name = g_strdup (user_name);
  g_mutex_unlock (&user_lock);
  if (name)
    return name;
  if (real && *real && !g_str_equal (real, "Unknown"))
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

KjHistoryEntry *
kj_history_entry_ref (KjHistoryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  g_atomic_int_inc (&entry->ref_count);
  return entry;
}

void
kj_history_entry_unref (KjHistoryEntry *entry)
{
  if (entry == NULL || !g_atomic_int_dec_and_test (&entry->ref_count))
    return;
  g_free (entry->who);
  g_free (entry->when);
  g_free (entry->path);
  g_free (entry->indicator);
  g_free (entry->row);
  g_free (entry->field);
  kj_node_free (entry->old);
  kj_node_free (entry->value);
  g_free (entry);
}

const char *
kj_history_entry_get_who (KjHistoryEntry *entry)
{
  return entry->who;
}

/* The time as written: ISO 8601 with the offset, `2026-12-02T12:30:05+07:00`. */
const char *
kj_history_entry_get_when (KjHistoryEntry *entry)
{
  return entry->when;
}

/* Returns: (transfer full) (nullable): the time, or %NULL when not readable */
GDateTime *
kj_history_entry_get_time (KjHistoryEntry *entry)
{
  return entry->when ? g_date_time_new_from_iso8601 (entry->when, NULL) : NULL;
}

/* The path as edits address it: `indicators[id="nka"].years.2024.realization`. */
const char *
kj_history_entry_get_path (KjHistoryEntry *entry)
{
  return entry->path;
}

/* Returns: (nullable): the indicator's id */
const char *
kj_history_entry_get_indicator (KjHistoryEntry *entry)
{
  return entry->indicator;
}

/* Returns: the year, or 0 */
int
kj_history_entry_get_year (KjHistoryEntry *entry)
{
  return entry->year;
}

/* Returns: (nullable): the row's key: a breakdown's area, a budget line's code */
const char *
kj_history_entry_get_row (KjHistoryEntry *entry)
{
  return entry->row;
}

/* Returns: (nullable): the member changed: `target`, `realization`, `note` … */
const char *
kj_history_entry_get_field (KjHistoryEntry *entry)
{
  return entry->field;
}

/* Returns: (nullable): the value before; %NULL: absent (a JSON null: no data) */
const KjNode *
kj_history_entry_get_old_value (KjHistoryEntry *entry)
{
  return entry->old;
}

/* Returns: (nullable): the value saved; %NULL: absent (removed) */
const KjNode *
kj_history_entry_get_new_value (KjHistoryEntry *entry)
{
  return entry->value;
}

static gboolean
is_year (const char *name)
{
  return strlen (name) == 4 && g_ascii_isdigit (name[0]) && g_ascii_isdigit (name[1])
         && g_ascii_isdigit (name[2]) && g_ascii_isdigit (name[3]);
}

/* The readable parts of a stable path. */
static void
describe_path (const char *path,
               char      **indicator,
               int        *year,
               char      **row,
               char      **field)
{
  g_autoptr(GArray) steps = kj_path_parse (path);
  guint year_step = 0;

  *indicator = *row = *field = NULL;
  *year = 0;
  if (steps == NULL || steps->len == 0)
    return;
  for (guint i = 0; i < steps->len; i++)
    {
      KjPathStep *s = &g_array_index (steps, KjPathStep, i);

      if (i == 1 && s->kind == KJ_PATH_KEY && g_str_equal (s->name, "id")
          && g_array_index (steps, KjPathStep, 0).kind == KJ_PATH_MEMBER
          && g_str_equal (g_array_index (steps, KjPathStep, 0).name, "indicators"))
        *indicator = g_strdup (s->value);
      else if (s->kind == KJ_PATH_MEMBER && i > 0 && *year == 0 && is_year (s->name))
        {
          *year = atoi (s->name);
          year_step = i;
        }
      /* a yearly table's row by its key, or a context table's by its name */
      else if (s->kind == KJ_PATH_KEY && (year_step > 0 || g_ascii_isdigit (*s->name)))
        {
          g_free (*row);
          *row = g_strdup (s->value);
        }
    }
  {
    KjPathStep *last = &g_array_index (steps, KjPathStep, steps->len - 1);
    if (last->kind == KJ_PATH_MEMBER && steps->len > 1 && steps->len - 1 != year_step)
      *field = g_strdup (last->name);
  }
}

static void
set_text (KjNode     *object,
          const char *name,
          const char *text)
{
  if (text)
    kj_node_object_set (object, name, kj_node_new_string (text));
}

/**
 * _kj_plan_record_history:
 * @n_added: (out): the entries appended, for _kj_plan_unrecord_history()
 * @made: (out): 0: appended to the array there was; 1: the member was
 *   made; 2: it replaced a `null`
 *
 * Appends the net changes since the last save to the plan's `history`.
 * A `history` member that is not an array (someone else's) is left alone
 * and nothing is recorded.
 */
void
_kj_plan_record_history (KjPlan   *plan,
                         guint    *n_added,
                         int      *made)
{
  g_autoptr(GPtrArray) changes = _kj_plan_get_changes (plan);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *who = NULL, *when = NULL;
  KjNode *root = kj_plan_get_root (plan);
  KjNode *history;

  *n_added = 0;
  *made = 0;
  if (changes->len == 0)
    return;
  history = kj_node_get_member (root, KJ_HISTORY_MEMBER);
  if (history && !kj_node_is_array (history) && !kj_node_is_null (history))
    return;
  if (history == NULL || kj_node_is_null (history))
    {
      *made = history == NULL ? 1 : 2;
      kj_node_object_set (root, KJ_HISTORY_MEMBER, kj_node_new_array ());
      history = kj_node_get_member (root, KJ_HISTORY_MEMBER);
    }
  who = kj_history_get_user_name ();
  now = g_date_time_new_now_local ();
  when = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  for (guint i = 0; i < changes->len; i++)
    {
      KjChange *change = g_ptr_array_index (changes, i);
      KjNode *entry = kj_node_new_object ();
      g_autofree char *indicator = NULL, *row = NULL, *field = NULL;
      int year;

      describe_path (change->path, &indicator, &year, &row, &field);
      set_text (entry, "who", who);
      set_text (entry, "when", when);
      set_text (entry, "path", change->path);
      set_text (entry, "indicator", indicator);
      if (year > 0)
        {
          char y[16];
          g_snprintf (y, sizeof y, "%d", year);
          set_text (entry, "year", y);
        }
      set_text (entry, "row", row);
      set_text (entry, "field", field);
      if (change->old)
        kj_node_object_set (entry, "old", kj_node_copy (change->old));
      if (change->value)
        kj_node_object_set (entry, "new", kj_node_copy (change->value));
      kj_node_array_insert (history, -1, entry);
      (*n_added)++;
    }
}

/* Takes back what _kj_plan_record_history() appended (a save that failed). */
void
_kj_plan_unrecord_history (KjPlan   *plan,
                           guint     n_added,
                           int       made)
{
  KjNode *root = kj_plan_get_root (plan);
  KjNode *history = kj_node_get_member (root, KJ_HISTORY_MEMBER);

  if (history == NULL || !kj_node_is_array (history))
    return;
  for (guint i = 0; i < n_added && kj_node_get_length (history) > 0; i++)
    kj_node_free (kj_node_array_steal (history, kj_node_get_length (history) - 1));
  if (made == 1 && kj_node_get_length (history) == 0)
    kj_node_free (kj_node_object_steal (root, kj_node_find_member (root, KJ_HISTORY_MEMBER)));
  else if (made == 2 && kj_node_get_length (history) == 0)
    kj_node_object_set (root, KJ_HISTORY_MEMBER, kj_node_new_null ());
}

static char *
text_member (KjNode     *object,
             const char *name)
{
  KjNode *v = kj_node_get_member (object, name);

  return v && kj_node_is_string (v) ? g_strdup (kj_node_get_string (v)) : NULL;
}

/* An entry read from the file; NULL for one that is not an entry. */
static KjHistoryEntry *
entry_from_node (KjNode *node)
{
  KjHistoryEntry *entry;
  KjNode *v;
  g_autofree char *year = NULL;

  g_autoptr(GArray) steps = NULL;

  if (!kj_node_is_object (node) || (v = kj_node_get_member (node, "path")) == NULL
      || !kj_node_is_string (v) || (steps = kj_path_parse (kj_node_get_string (v))) == NULL
      || steps->len == 0)
    return NULL;
  entry = g_new0 (KjHistoryEntry, 1);
  entry->ref_count = 1;
  entry->path = g_strdup (kj_node_get_string (v));
  entry->who = text_member (node, "who");
  entry->when = text_member (node, "when");
  entry->indicator = text_member (node, "indicator");
  entry->row = text_member (node, "row");
  entry->field = text_member (node, "field");
  year = text_member (node, "year");
  entry->year = year && is_year (year) ? atoi (year) : 0;
  if ((v = kj_node_get_member (node, "old")) != NULL)
    entry->old = kj_node_copy (v);
  if ((v = kj_node_get_member (node, "new")) != NULL)
    entry->value = kj_node_copy (v);
  return entry;
}

/**
 * kj_plan_get_history:
 * @path_prefix: (nullable): a cell, an indicator (`indicators[id="nka"]`), a
 *   row; %NULL or "$": the whole plan
 *
 * The saved changes at, below or above (a row added with the cell in it)
 * @path_prefix, read from the plan's `history`.  Entries that are not
 * entries (another program's) are skipped.
 *
 * Returns: (transfer full) (element-type KjHistoryEntry): newest first
 */
GPtrArray *
kj_plan_get_history (KjPlan     *plan,
                     const char *path_prefix)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_history_entry_unref);
  g_autofree char *prefix = NULL;
  KjNode *history;

  g_return_val_if_fail (KJ_IS_PLAN (plan), out);

  history = kj_node_get_member (kj_plan_get_root (plan), KJ_HISTORY_MEMBER);
  if (history == NULL || !kj_node_is_array (history))
    return out;
  if (path_prefix && *path_prefix && !g_str_equal (path_prefix, "$"))
    prefix = _kj_plan_stable_path (plan, path_prefix);
  for (guint i = kj_node_get_length (history); i-- > 0;)
    {
      KjHistoryEntry *entry = entry_from_node (kj_node_get_element (history, i));

      if (entry == NULL)
        continue;
      if (prefix && !kj_path_is_within (entry->path, prefix) && !kj_path_is_within (prefix, entry->path)
          && !kj_path_is_within (entry->path, path_prefix))
        {
          kj_history_entry_unref (entry);
          continue;
        }
      g_ptr_array_add (out, entry);
    }
  return out;
}

/**
 * kj_history_entry_make_restore:
 * @which: the value before the change, or the one it saved
 *
 * "Restore this value": the edit that puts the entry's old (or new) value
 * back at its path, as the plan is now; apply it with kj_plan_apply().
 *
 * Returns: (transfer full) (nullable): the edit, or %NULL when the plan
 *   already holds that value
 */
KjEdit *
kj_history_entry_make_restore (KjHistoryEntry *entry,
                               KjPlan         *plan,
                               KjHistoryValue  which,
                               GError        **error)
{
  g_autoptr(KjEdit) edit = kj_edit_new (_("Restore a value from the history"));

  g_return_val_if_fail (entry != NULL && KJ_IS_PLAN (plan), NULL);

  if (!_kj_edit_add_change (edit, kj_plan_get_root (plan), entry->path,
                            which == KJ_HISTORY_OLD ? entry->old : entry->value, error))
    return NULL;
  return g_steal_pointer (&edit);
}
