/* kj-json-position.c: byte offsets in a JSON text to lines and columns
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kj-json.h"

static gsize
skip_bom (const char *data,
          gsize       length)
{
  return length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* Lines and columns count from 1; a column counts characters, not bytes. */
void
kj_json_offset_to_line_column (const char *data,
                               gsize       length,
                               gsize       offset,
                               guint      *line,
                               guint      *column)
{
  gsize line_start = skip_bom (data, length);
  guint l = 1, c = 1;

  offset = MIN (offset, length);
  for (gsize i = line_start; i < offset; i++)
    if (data[i] == '\n')
      {
        l++;
        line_start = i + 1;
      }
  for (gsize i = line_start; i < offset; i++)
    if (((guchar) data[i] & 0xC0) != 0x80)
      c++;
  *line = l;
  *column = c;
}

typedef struct
{
  gsize  offset;
  gsize *slot;
} Pending;

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  gsize x = ((const Pending *) a)->offset, y = ((const Pending *) b)->offset;
  return x < y ? -1 : x > y;
}

/**
 * kj_json_offsets_to_line_columns:
 * Replaces each offset (except G_MAXSIZE) by its line in the upper and its
 * column in the lower 32 bits, reading the text once.
 */
void
kj_json_offsets_to_line_columns (const char *data,
                                 gsize       length,
                                 gsize      *offsets,
                                 guint       n)
{
  g_autoptr(GArray) pending = g_array_sized_new (FALSE, FALSE, sizeof (Pending), n);
  gsize pos = skip_bom (data, length), line_start = pos;
  guint64 line = 1;

  for (guint i = 0; i < n; i++)
    if (offsets[i] != G_MAXSIZE)
      {
        Pending p = { MIN (offsets[i], length), &offsets[i] };
        g_array_append_val (pending, p);
      }
  g_array_sort (pending, compare_pending);
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);
      guint64 column = 1;

      for (; pos < p->offset; pos++)
        if (data[pos] == '\n')
          {
            line++;
            line_start = pos + 1;
          }
      for (gsize k = line_start; k < p->offset; k++)
        if (((guchar) data[k] & 0xC0) != 0x80)
          column++;
      *p->slot = (line << 32) | column;
    }
}
