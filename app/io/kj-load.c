/* kj-load.c: loading many plan files at once (files, folders, samples)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One bad file never stops the others: each refusal becomes a diagnostic in
 * the result and loading goes on.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "io/kj-load.h"
#include "io/kj-plan-io.h"

KjLoadResult *
kj_load_result_new (void)
{
  KjLoadResult *result = g_new0 (KjLoadResult, 1);

  result->plans = g_ptr_array_new_with_free_func (g_object_unref);
  result->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kj_diagnostic_free);
  return result;
}

void
kj_load_result_free (KjLoadResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->plans);
  g_ptr_array_unref (result->problems);
  g_free (result);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* Every *.json directly in @dir, by name; a folder of a province or the country. */
static void
list_folder (GFile        *dir,
             GPtrArray    *files,
             KjLoadResult *result)
{
  g_autoptr(GFileEnumerator) e = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  e = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                 G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (e == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (dir);
      g_ptr_array_add (result->problems,
                       kj_diagnostic_new (KJ_SEVERITY_ERROR, name, "$", error->message));
      return;
    }
  while ((info = g_file_enumerator_next_file (e, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      if (g_str_has_suffix (name, ".json"))
        {
          if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
            g_ptr_array_add (names, g_strdup (name));
          else
            {
              /* said, not skipped silently: a pipe or a device named *.json */
              g_autoptr(GFile) child = g_file_get_child (dir, name);
              g_autofree char *shown = g_file_get_parse_name (child);
              g_ptr_array_add (result->problems,
                               kj_diagnostic_new (KJ_SEVERITY_ERROR, shown, "$",
                                                  _("not a regular file (a folder, a device or a "
                                                    "pipe), skipped")));
            }
        }
      g_object_unref (info);
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_file_get_child (dir, g_ptr_array_index (names, i)));
}

typedef struct
{
  KjParallelFunc func;
  gpointer       data;
  guint          n;
  int            next;
} Batch;

static gpointer
batch_worker (gpointer data)
{
  Batch *b = data;
  int i;

  while ((i = g_atomic_int_add (&b->next, 1)) < (int) b->n)
    b->func (i, b->data);
  return NULL;
}

/**
 * kj_parallel_for:
 * Calls @func for 0 … @n − 1 on all cores (the calling thread included) and
 * returns when all calls have returned.
 */
void
kj_parallel_for (guint          n,
                 KjParallelFunc func,
                 gpointer       data)
{
  Batch b = { func, data, n, 0 };
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  guint n_threads = MIN (MIN (g_get_num_processors (), 8u), n);

  for (guint i = 1; i < n_threads; i++)
    g_ptr_array_add (threads, g_thread_new ("kj-worker", batch_worker, &b));
  batch_worker (&b);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
}

typedef struct
{
  GFile        **files;
  KjPlan       **plans;
  KjDiagnostic **problems;
} Loading;

static void
load_one (guint    i,
          gpointer data)
{
  Loading *l = data;
  l->plans[i] = kj_plan_load_file (l->files[i], &l->problems[i], NULL);
}

/**
 * kj_load_files:
 * Loads files, and every *.json in the folders among @files, into @result.
 * Files are read on all cores; the result keeps the order given.
 */
void
kj_load_files (GFile        **files,
               guint          n_files,
               KjLoadResult  *result)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  Loading l;

  for (guint i = 0; i < n_files; i++)
    {
      if (g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        list_folder (files[i], all, result);
      else
        g_ptr_array_add (all, g_object_ref (files[i]));
    }

  l.files = (GFile **) all->pdata;
  l.plans = g_new0 (KjPlan *, all->len);
  l.problems = g_new0 (KjDiagnostic *, all->len);
  kj_parallel_for (all->len, load_one, &l);
  for (guint i = 0; i < all->len; i++)
    {
      if (l.plans[i])
        g_ptr_array_add (result->plans, l.plans[i]);
      else
        g_ptr_array_add (result->problems, l.problems[i]);
    }
  g_free (l.plans);
  g_free (l.problems);
}

/**
 * kj_load_resources:
 * Loads the plan files compiled into the program (the bundled samples).
 */
void
kj_load_resources (const char   *resource_path,
                   KjLoadResult *result)
{
  g_auto(GStrv) names = g_resources_enumerate_children (resource_path, 0, NULL);

  if (names == NULL)
    return;
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  for (guint i = 0; names[i]; i++)
    {
      g_autofree char *path = g_build_path ("/", resource_path, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      KjDiagnostic *diagnostic = NULL;
      KjPlan *plan;

      if (bytes == NULL || !g_str_has_suffix (names[i], ".json"))
        continue;
      plan = kj_plan_load_bytes (bytes, names[i], NULL, &diagnostic, NULL);
      if (plan)
        g_ptr_array_add (result->plans, plan);
      else
        g_ptr_array_add (result->problems, diagnostic);
    }
}

typedef struct
{
  GFile **files;
  guint   n_files;
} LoadData;

static void
load_data_free (LoadData *data)
{
  for (guint i = 0; i < data->n_files; i++)
    g_object_unref (data->files[i]);
  g_free (data->files);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  KjLoadResult *result = kj_load_result_new ();

  kj_load_files (data->files, data->n_files, result);
  g_task_return_pointer (task, result, (GDestroyNotify) kj_load_result_free);
}

/**
 * kj_load_files_async:
 * Like kj_load_files(), in a worker thread, so the window stays responsive.
 */
void
kj_load_files_async (GFile              **files,
                     guint                n_files,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  LoadData *data = g_new0 (LoadData, 1);

  data->files = g_new (GFile *, n_files);
  data->n_files = n_files;
  for (guint i = 0; i < n_files; i++)
    data->files[i] = g_object_ref (files[i]);
  g_task_set_source_tag (task, kj_load_files_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * kj_load_files_finish:
 * Returns: (transfer full): what was loaded and what was refused
 */
KjLoadResult *
kj_load_files_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
