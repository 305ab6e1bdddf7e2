/* kj-composer-writer.c: pages written to the PDF on a second thread
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Showing a page of cairo's PDF surface replays everything drawn on it
 * twice (to find what PDF cannot show, then into PDF operators) and
 * compresses the result: four tenths of a report's time.  The composer
 * instead draws each page on a recording surface and hands it here; a
 * writer thread paints it on the PDF surface and shows it while the
 * composer lays out the next pages.  At most a few pages wait, so memory
 * stays bounded; the outline entries go through the same queue, in order,
 * since only this thread touches the PDF surface.
 */
#include "config.h"

#include <cairo-pdf.h>

#include "report/kj-composer-private.h"

/* Pages drawn and not yet written.  A satker's part is handed over whole
 * when it ends (its footers say how many pages it has): room for a part
 * or two, so the composer goes on with the next while this one is written. */
#define MAX_WAITING 48

typedef enum { ITEM_PAGE, ITEM_OUTLINE, ITEM_STOP } ItemKind;

typedef struct
{
  ItemKind         kind;
  cairo_surface_t *page;    /* ITEM_PAGE */
  guint            number;
  guint            part_done; /* ITEM_PAGE: the last page of this part (from 1); 0: not a last page */
  int              parent;  /* ITEM_OUTLINE: the writer's own ids */
  int              id;
  char            *title;
  char            *link;
} Item;

struct _KjPageWriter
{
  cairo_surface_t *pdf;
  cairo_t         *cr;
  GThread         *thread;
  GAsyncQueue     *queue;
  GMutex           lock;
  GCond            room;
  guint            waiting;      /* pages queued, under lock */
  guint            n_parts;
  KjReportProgress progress;
  gpointer         progress_data;
  guint            parts_done;   /* the writer's thread only */
  int              cancelled;    /* atomic */
  int              next_id;      /* the composer's thread only */
  GArray          *ids;          /* writer's id → cairo's outline id; the writer's thread only */
};

static void
write_page (KjPageWriter *w,
            Item         *item)
{
  if (!g_atomic_int_get (&w->cancelled))
    {
      cairo_set_source_surface (w->cr, item->page, 0, 0);
      cairo_paint (w->cr);
      cairo_show_page (w->cr);
      if (item->part_done)
        w->parts_done = item->part_done;
      if (w->progress && !w->progress (item->number, w->parts_done, w->n_parts, w->progress_data))
        g_atomic_int_set (&w->cancelled, 1);
    }
  cairo_surface_destroy (item->page);
  g_mutex_lock (&w->lock);
  w->waiting--;
  g_cond_signal (&w->room);
  g_mutex_unlock (&w->lock);
}

static void
write_outline (KjPageWriter *w,
               Item         *item)
{
  int parent = item->parent > 0 && (guint) item->parent < w->ids->len ? g_array_index (w->ids, int, item->parent)
                                                                      : CAIRO_PDF_OUTLINE_ROOT;
  int id = cairo_pdf_surface_add_outline (w->pdf, parent, item->title, item->link, CAIRO_PDF_OUTLINE_FLAG_OPEN);

  if ((guint) item->id >= w->ids->len)
    g_array_set_size (w->ids, item->id + 1);
  g_array_index (w->ids, int, item->id) = id;
}

static gpointer
writer_thread (gpointer data)
{
  KjPageWriter *w = data;

  for (;;)
    {
      Item *item = g_async_queue_pop (w->queue);
      ItemKind kind = item->kind;

      if (kind == ITEM_PAGE)
        write_page (w, item);
      else if (kind == ITEM_OUTLINE)
        write_outline (w, item);
      g_free (item->title);
      g_free (item->link);
      g_free (item);
      if (kind == ITEM_STOP)
        return NULL;
    }
}

KjPageWriter *
_kj_page_writer_new (cairo_surface_t *pdf,
                     guint            n_parts,
                     KjReportProgress progress,
                     gpointer         progress_data)
{
  KjPageWriter *w = g_new0 (KjPageWriter, 1);

  w->pdf = cairo_surface_reference (pdf);
  w->cr = cairo_create (pdf);
  w->queue = g_async_queue_new ();
  g_mutex_init (&w->lock);
  g_cond_init (&w->room);
  w->n_parts = n_parts;
  w->progress = progress;
  w->progress_data = progress_data;
  w->next_id = 1;
  w->ids = g_array_new (FALSE, TRUE, sizeof (int));
  w->thread = g_thread_new ("kj-pdf-writer", writer_thread, w);
  return w;
}

/* Hands over @page (a recording surface), to be written as page @number;
 * @part_done: the part it ends (from 1), or 0. */
void
_kj_page_writer_page (KjPageWriter    *w,
                      cairo_surface_t *page,
                      guint            number,
                      guint            part_done)
{
  Item *item = g_new0 (Item, 1);

  item->kind = ITEM_PAGE;
  item->page = page;
  item->number = number;
  item->part_done = part_done;
  g_mutex_lock (&w->lock);
  while (w->waiting >= MAX_WAITING)
    g_cond_wait (&w->room, &w->lock);
  w->waiting++;
  g_mutex_unlock (&w->lock);
  g_async_queue_push (w->queue, item);
}

/* An outline entry (cairo_pdf_surface_add_outline()), after the pages
 * handed over so far; returns its id for children. */
int
_kj_page_writer_outline (KjPageWriter *w,
                         int           parent,
                         const char   *title,
                         const char   *link)
{
  Item *item = g_new0 (Item, 1);
  int id = w->next_id++;

  item->kind = ITEM_OUTLINE;
  item->parent = parent;
  item->id = id;
  item->title = g_strdup (title);
  item->link = g_strdup (link);
  /* the writer frees the item: its id is read before */
  g_async_queue_push (w->queue, item);
  return id;
}

/* Whether the progress callback asked to stop. */
gboolean
_kj_page_writer_cancelled (KjPageWriter *w)
{
  return g_atomic_int_get (&w->cancelled) != 0;
}

/* Waits until every page handed over is written, ends the thread and
 * frees @w; returns whether the progress callback asked to stop. */
gboolean
_kj_page_writer_finish (KjPageWriter *w)
{
  Item *stop;
  gboolean cancelled;

  if (w == NULL)
    return FALSE;
  stop = g_new0 (Item, 1);
  stop->kind = ITEM_STOP;
  g_async_queue_push (w->queue, stop);
  g_thread_join (w->thread);
  cancelled = _kj_page_writer_cancelled (w);
  g_async_queue_unref (w->queue);
  g_mutex_clear (&w->lock);
  g_cond_clear (&w->room);
  g_array_unref (w->ids);
  cairo_destroy (w->cr);
  cairo_surface_destroy (w->pdf);
  g_free (w);
  return cancelled;
}
