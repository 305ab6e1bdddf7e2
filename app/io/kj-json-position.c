/* kj-json-position.c: a byte offset in a JSON text to a line and a column
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
