/* kj-atomic-file.c: a file written beside its place and renamed over it
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports (charts, reports) write into a temporary file in the target's
 * folder, as they go; kj_atomic_file_commit() flushes it and renames it over
 * the target, kj_atomic_file_abort() removes it.  Whatever happens between,
 * the target is either the old file or the whole new one, never a part.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "io/kj-atomic-file.h"

struct _KjAtomicFile
{
  char    *path;
  char    *tmp_path;
  int      fd;
  int      write_errno;
  GString *buffer;   /* cairo writes a PDF in many small pieces */
};

#define BUFFER_SIZE (256 * 1024)

/**
 * kj_atomic_file_new:
 * Returns: (transfer full) (nullable): the file, or %NULL with @error when
 * no file can be made in the target's folder
 */
KjAtomicFile *
kj_atomic_file_new (const char  *path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path), *base = g_path_get_basename (path);
  g_autofree char *tmpl = NULL;
  KjAtomicFile *file;
  int fd;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("Cannot write %s: it is a folder"), path);
      return NULL;
    }
  tmpl = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (tmpl, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _("Cannot write %s: %s"), path,
                   g_strerror (saved));
      return NULL;
    }
  file = g_new0 (KjAtomicFile, 1);
  file->path = g_strdup (path);
  file->tmp_path = g_steal_pointer (&tmpl);
  file->fd = fd;
  file->buffer = g_string_sized_new (BUFFER_SIZE);
  return file;
}

static gboolean
write_out (KjAtomicFile *file,
           const void   *data,
           gsize         length)
{
  const char *p = data;

  while (length > 0 && file->write_errno == 0)
    {
      gssize n = write (file->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          file->write_errno = n < 0 ? errno : ENOSPC;
          break;
        }
      p += n;
      length -= n;
    }
  return file->write_errno == 0;
}

static gboolean
flush (KjAtomicFile *file)
{
  gboolean ok = write_out (file, file->buffer->str, file->buffer->len);

  g_string_truncate (file->buffer, 0);
  return ok;
}

gboolean
kj_atomic_file_write (KjAtomicFile *file,
                      const void   *data,
                      gsize         length)
{
  if (file->buffer->len + length > BUFFER_SIZE && !flush (file))
    return FALSE;
  if (length >= BUFFER_SIZE)
    return write_out (file, data, length);
  g_string_append_len (file->buffer, data, length);
  return file->write_errno == 0;
}

static void
file_free (KjAtomicFile *file)
{
  g_free (file->path);
  g_free (file->tmp_path);
  g_string_free (file->buffer, TRUE);
  g_free (file);
}

/* Removes the temporary file: the target stays as it was. */
void
kj_atomic_file_abort (KjAtomicFile *file)
{
  if (file == NULL)
    return;
  if (file->fd >= 0)
    close (file->fd);
  g_unlink (file->tmp_path);
  file_free (file);
}

/**
 * kj_atomic_file_commit:
 * Flushes the file to disk and renames it over the target; on any failure
 * the temporary file is removed.  Frees @file.
 */
gboolean
kj_atomic_file_commit (KjAtomicFile  *file,
                       GError       **error)
{
  int saved;

  flush (file);
  saved = file->write_errno;
  if (saved == 0 && fsync (file->fd) != 0)
    saved = errno;
  if (close (file->fd) != 0 && saved == 0)
    saved = errno;
  file->fd = -1;
  if (saved == 0 && g_rename (file->tmp_path, file->path) != 0)
    saved = errno;
  if (saved != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _("Cannot write %s: %s"),
                   file->path, g_strerror (saved));
      kj_atomic_file_abort (file);
      return FALSE;
    }
  file_free (file);
  return TRUE;
}

/* The whole of @data, atomically. */
gboolean
kj_atomic_file_set_contents (const char  *path,
                             const void  *data,
                             gsize        length,
                             GError     **error)
{
  KjAtomicFile *file = kj_atomic_file_new (path, error);

  if (file == NULL)
    return FALSE;
  kj_atomic_file_write (file, data, length);
  return kj_atomic_file_commit (file, error);
}
