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

/* What the window hears while a load runs: counts, at most one report each
 * REPORT_INTERVAL_MS, in the thread that started the load; none after the
 * load's callback has run. */
#define REPORT_INTERVAL_MS 50

typedef struct
{
  gatomicrefcount     ref;
  GMainContext       *context;
  GCancellable       *cancellable;
  KjLoadProgressFunc  func;
  gpointer            data;
  int                 done;       /* atomic */
  int                 total;      /* atomic */
  int                 pending;    /* atomic: a report is on its way */
  gboolean            finished;   /* the load's thread only */
} Progress;

static Progress *
progress_ref (Progress *p)
{
  g_atomic_ref_count_inc (&p->ref);
  return p;
}

static void
progress_unref (Progress *p)
{
  if (!g_atomic_ref_count_dec (&p->ref))
    return;
  g_main_context_unref (p->context);
  g_clear_object (&p->cancellable);
  g_free (p);
}

static gboolean
report_cb (gpointer data)
{
  Progress *p = data;

  /* the next count goes out after this one: the rate stays bounded */
  g_atomic_int_set (&p->pending, 0);
  if (!p->finished && !g_cancellable_is_cancelled (p->cancellable))
    p->func (g_atomic_int_get (&p->done), g_atomic_int_get (&p->total), p->data);
  return G_SOURCE_REMOVE;
}

/* From any thread: a report soon, unless one is on its way already. */
static void
progress_report (Progress *p,
                 guint     delay_ms)
{
  GSource *source;

  if (p == NULL || !g_atomic_int_compare_and_exchange (&p->pending, 0, 1))
    return;
  source = delay_ms ? g_timeout_source_new (delay_ms) : g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, report_cb, progress_ref (p), (GDestroyNotify) progress_unref);
  g_source_set_static_name (source, "[kinerja] load progress");
  g_source_attach (source, p->context);
  g_source_unref (source);
}

typedef struct
{
  GFile        **files;
  KjPlan       **plans;
  KjDiagnostic **problems;
  Progress      *progress;
  gboolean       read_only;
} Loading;

static void
load_one (guint    i,
          gpointer data)
{
  Loading *l = data;
  l->plans[i] = l->read_only ? kj_plan_read_file (l->files[i], &l->problems[i], NULL)
                             : kj_plan_load_file (l->files[i], &l->problems[i], NULL);
  if (l->progress)
    {
      g_atomic_int_inc (&l->progress->done);
      progress_report (l->progress, REPORT_INTERVAL_MS);
    }
}

static void
load_files (GFile        **files,
            guint          n_files,
            KjLoadResult  *result,
            Progress      *progress,
            gboolean       read_only)
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
  if (progress)
    {
      /* the count is known: say it at once, before the first file is read */
      g_atomic_int_set (&progress->total, all->len);
      progress_report (progress, 0);
    }

  l.files = (GFile **) all->pdata;
  l.plans = g_new0 (KjPlan *, all->len);
  l.problems = g_new0 (KjDiagnostic *, all->len);
  l.progress = progress;
  l.read_only = read_only;
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
 * kj_load_files:
 * Loads files, and every *.json in the folders among @files, into @result.
 * Files are read on all cores; the result keeps the order given.
 */
void
kj_load_files (GFile        **files,
               guint          n_files,
               KjLoadResult  *result)
{
  load_files (files, n_files, result, NULL, FALSE);
}

/**
 * kj_load_files_read_only:
 * As kj_load_files(), for plans that are only read, never saved (reports
 * and checks from the command line): see kj_plan_read_file().
 */
void
kj_load_files_read_only (GFile        **files,
                         guint          n_files,
                         KjLoadResult  *result)
{
  load_files (files, n_files, result, NULL, TRUE);
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
  GFile               **files;
  guint                 n_files;
  Progress             *progress;   /* (nullable) */
  GAsyncReadyCallback   callback;
  gpointer              user_data;
} LoadData;

static void
load_data_free (LoadData *data)
{
  for (guint i = 0; i < data->n_files; i++)
    g_object_unref (data->files[i]);
  g_free (data->files);
  g_clear_pointer (&data->progress, progress_unref);
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

  load_files (data->files, data->n_files, result, data->progress, FALSE);
  g_task_return_pointer (task, result, (GDestroyNotify) kj_load_result_free);
}

/* No count arrives after the result: a late one would undo what it shows. */
static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LoadData *data = g_task_get_task_data (G_TASK (result));

  if (data->progress)
    data->progress->finished = TRUE;
  data->callback (source, result, data->user_data);
}

/**
 * kj_load_files_async:
 * @progress: (nullable): called with the count of files read and the total,
 *   in the calling thread's main context, at most every 50 ms
 *
 * Like kj_load_files(), in a worker thread, so the window stays responsive.
 */
void
kj_load_files_async (GFile              **files,
                     guint                n_files,
                     GCancellable        *cancellable,
                     KjLoadProgressFunc   progress,
                     gpointer             progress_data,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  LoadData *data = g_new0 (LoadData, 1);
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, loaded_cb, NULL);

  data->files = g_new (GFile *, n_files);
  data->n_files = n_files;
  data->callback = callback;
  data->user_data = user_data;
  for (guint i = 0; i < n_files; i++)
    data->files[i] = g_object_ref (files[i]);
  if (progress)
    {
      data->progress = g_new0 (Progress, 1);
      g_atomic_ref_count_init (&data->progress->ref);
      data->progress->context = g_main_context_ref_thread_default ();
      data->progress->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
      data->progress->func = progress;
      data->progress->data = progress_data;
    }
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
