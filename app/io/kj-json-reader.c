/* kj-json-reader.c: a strict RFC 8259 reader that builds json-glib nodes
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's own parser has no depth bound, accepts duplicate member names and
 * cannot tell where a node came from.  Plan files are untrusted, and a refusal
 * must name the JSON path and line:column, so Kinerja reads JSON itself.  The
 * happy path records no positions: when the loader refuses a value it asks
 * kj_json_locate() to read the document again, building nothing, to find that path.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kj-json.h"
#include "model/kj-path.h"

/* A member name or an array index; the path string is built only when needed. */
typedef struct
{
  const char *member;
  guint       index;
} Frame;

typedef struct
{
  const char    *data;
  gsize          length;
  gsize          pos;
  guint          depth;
  GArray        *frames;      /* Frame: where the reader is, for messages */
  GHashTable    *wanted;      /* locate-all mode: path → gsize* offset to fill */
  GString       *path_text;   /* locate modes: the current path, kept as text */
  gboolean       scan_only;   /* locate modes: read, but build no nodes */
  GArray        *path_lens;   /* locate modes: path_text's length per frame */
  KjJsonProblem *problem;
  GString       *scratch;     /* reused for string values: json-glib copies them */
} Reader;

void
kj_json_problem_free (KjJsonProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

static char *
current_path (Reader *r)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < r->frames->len; i++)
    {
      Frame *f = &g_array_index (r->frames, Frame, i);
      if (f->member)
        kj_path_append_member (path, f->member);
      else
        g_string_append_printf (path, "%s[%u]", path->len ? "" : "$", f->index);
    }
  if (path->len == 0)
    g_string_append_c (path, '$');
  return g_string_free (path, FALSE);
}

static inline void
push_member (Reader     *r,
             const char *member)
{
  Frame f = { member, 0 };
  g_array_append_val (r->frames, f);
  if (r->path_text)
    {
      g_array_append_val (r->path_lens, r->path_text->len);
      kj_path_append_member (r->path_text, member);
    }
}

static inline void
push_index (Reader *r,
            guint   index)
{
  Frame f = { NULL, index };
  g_array_append_val (r->frames, f);
  if (r->path_text)
    {
      g_array_append_val (r->path_lens, r->path_text->len);
      g_string_append_printf (r->path_text, "%s[%u]", r->path_text->len ? "" : "$", index);
    }
}

static inline void
pop (Reader *r)
{
  g_array_set_size (r->frames, r->frames->len - 1);
  if (r->path_text)
    {
      g_string_truncate (r->path_text, g_array_index (r->path_lens, gsize, r->path_lens->len - 1));
      g_array_set_size (r->path_lens, r->path_lens->len - 1);
    }
}

G_GNUC_PRINTF (3, 4) static void
fail (Reader     *r,
      gsize       offset,
      const char *format,
      ...)
{
  va_list args;

  if (r->problem != NULL)
    return;
  r->problem = g_new0 (KjJsonProblem, 1);
  r->problem->offset = offset;
  r->problem->path = current_path (r);
  va_start (args, format);
  r->problem->message = g_strdup_vprintf (format, args);
  va_end (args);
}

static const guchar is_space[256] = { [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1 };

static inline void
skip_space (Reader *r)
{
  /* pretty-printed files are mostly indentation: skip it eight bytes at a time */
  while (r->pos + 8 <= r->length)
    {
      guint64 word;
      memcpy (&word, r->data + r->pos, 8);
      if (word != G_GUINT64_CONSTANT (0x2020202020202020))
        break;
      r->pos += 8;
    }
  while (r->pos < r->length && is_space[(guchar) r->data[r->pos]])
    r->pos++;
}

static int
hex4 (const char *p)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* Reads a string into @s (emptied first). */
static gboolean
read_string_into (Reader  *r,
                  GString *s)
{
  gsize start = r->pos++;
  gsize run = r->pos;
  gboolean ascii = TRUE;

  g_string_truncate (s, 0);
  for (;;)
    {
      while (r->pos < r->length)
        {
          guchar c = r->data[r->pos];
          if (c == '"' || c == '\\' || c < 0x20)
            break;
          ascii &= c < 0x80;
          r->pos++;
        }
      if (r->pos >= r->length)
        {
          fail (r, start, _("unterminated string, expected a closing '\"'"));
          goto error;
        }

      if (!ascii)
        {
          const char *bad = NULL;
          if (!g_utf8_validate (r->data + run, r->pos - run, &bad))
            {
              fail (r, bad - r->data, _("invalid UTF-8 in a string, expected UTF-8 text"));
              return FALSE;
            }
        }

      guchar c = r->data[r->pos];
      g_string_append_len (s, r->data + run, r->pos - run);
      if (c == '"')
        {
          r->pos++;
          return TRUE;
        }
      if (c < 0x20)
        {
          fail (r, r->pos, _("control character in a string, expected it escaped (\\n, \\t, \\u…)"));
          goto error;
        }

      /* an escape */
      if (r->pos + 1 >= r->length)
        {
          fail (r, start, _("unterminated string, expected a closing '\"'"));
          goto error;
        }
      char e = r->data[r->pos + 1];
      gsize esc = r->pos;
      r->pos += 2;
      switch (e)
        {
        case '"': g_string_append_c (s, '"'); break;
        case '\\': g_string_append_c (s, '\\'); break;
        case '/': g_string_append_c (s, '/'); break;
        case 'b': g_string_append_c (s, '\b'); break;
        case 'f': g_string_append_c (s, '\f'); break;
        case 'n': g_string_append_c (s, '\n'); break;
        case 'r': g_string_append_c (s, '\r'); break;
        case 't': g_string_append_c (s, '\t'); break;
        case 'u':
          {
            int cp = r->pos + 4 <= r->length ? hex4 (r->data + r->pos) : -1;
            if (cp < 0)
              {
                fail (r, esc, _("invalid \\u escape, expected four hexadecimal digits"));
                goto error;
              }
            r->pos += 4;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
              {
                fail (r, esc, _("lone UTF-16 surrogate in a \\u escape, expected a surrogate pair"));
                goto error;
              }
            if (cp >= 0xD800 && cp <= 0xDBFF)
              {
                int lo = -1;
                if (r->pos + 6 <= r->length && r->data[r->pos] == '\\'
                    && r->data[r->pos + 1] == 'u')
                  lo = hex4 (r->data + r->pos + 2);
                if (lo < 0xDC00 || lo > 0xDFFF)
                  {
                    fail (r, esc, _("lone UTF-16 surrogate in a \\u escape, expected a surrogate pair"));
                    goto error;
                  }
                r->pos += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              }
            if (cp == 0)
              {
                fail (r, esc, _("\\u0000 in a string, expected text without NUL characters"));
                goto error;
              }
            g_string_append_unichar (s, cp);
          }
          break;
        default:
          fail (r, esc, _("invalid escape sequence '\\%c', expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"), g_ascii_isprint (e) ? e : '?');
          goto error;
        }
      run = r->pos;
    }

error:
  return FALSE;
}

static char *
read_string (Reader *r)
{
  GString *s = g_string_new (NULL);

  if (!read_string_into (r, s))
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

/* What scanning returns for a value it read but did not build. */
static JsonNode *
scanned (void)
{
  static JsonNode *sentinel;

  if (g_once_init_enter (&sentinel))
    g_once_init_leave (&sentinel, json_node_init_null (json_node_alloc ()));
  return sentinel;
}

static JsonNode *
read_number (Reader *r)
{
  gsize start = r->pos;
  const char *d = r->data;
  gboolean integral = TRUE;

  if (d[r->pos] == '-')
    r->pos++;
  if (r->pos < r->length && d[r->pos] == '0')
    {
      r->pos++;
      if (r->pos < r->length && g_ascii_isdigit (d[r->pos]))
        {
          fail (r, start, _("number with a leading zero, expected a plain JSON number"));
          return NULL;
        }
    }
  else if (r->pos < r->length && g_ascii_isdigit (d[r->pos]))
    while (r->pos < r->length && g_ascii_isdigit (d[r->pos]))
      r->pos++;
  else
    {
      fail (r, start, _("expected a digit after '-'"));
      return NULL;
    }
  if (r->pos < r->length && d[r->pos] == '.')
    {
      integral = FALSE;
      r->pos++;
      if (r->pos >= r->length || !g_ascii_isdigit (d[r->pos]))
        {
          fail (r, start, _("expected a digit after the decimal point"));
          return NULL;
        }
      while (r->pos < r->length && g_ascii_isdigit (d[r->pos]))
        r->pos++;
    }
  if (r->pos < r->length && (d[r->pos] == 'e' || d[r->pos] == 'E'))
    {
      integral = FALSE;
      r->pos++;
      if (r->pos < r->length && (d[r->pos] == '+' || d[r->pos] == '-'))
        r->pos++;
      if (r->pos >= r->length || !g_ascii_isdigit (d[r->pos]))
        {
          fail (r, start, _("expected a digit in the exponent"));
          return NULL;
        }
      while (r->pos < r->length && g_ascii_isdigit (d[r->pos]))
        r->pos++;
    }

  if (r->scan_only)
    return scanned ();

  char buf[64];
  g_autofree char *longbuf = NULL;
  gsize n = r->pos - start;
  char *text = buf;
  if (n >= sizeof buf)
    text = longbuf = g_malloc (n + 1);
  memcpy (text, d + start, n);
  text[n] = '\0';

  JsonNode *node = json_node_alloc ();
  if (integral)
    {
      errno = 0;
      gint64 v = g_ascii_strtoll (text, NULL, 10);
      if (errno == 0)
        return json_node_init_int (node, v);
    }
  errno = 0;
  double v = g_ascii_strtod (text, NULL);
  if (!isfinite (v) || (errno == ERANGE && fabs (v) > 1.0))
    {
      json_node_free (node);
      fail (r, start, _("number too large, expected a number that fits a double"));
      return NULL;
    }
  return json_node_init_double (node, v);
}

static JsonNode *read_value (Reader *r);

static JsonNode *
read_object (Reader *r)
{
  gsize open = r->pos++;
  JsonObject *object = r->scan_only ? NULL : json_object_new ();

  if (++r->depth > KJ_JSON_MAX_DEPTH)
    {
      fail (r, open, _("nesting deeper than %d levels, expected less deeply nested data"), KJ_JSON_MAX_DEPTH);
      r->problem->over_limit = TRUE;
      goto error;
    }
  skip_space (r);
  if (r->pos < r->length && r->data[r->pos] == '}')
    {
      r->pos++;
      goto done;
    }
  for (;;)
    {
      skip_space (r);
      if (r->pos >= r->length || r->data[r->pos] != '"')
        {
          if (r->pos < r->length && r->data[r->pos] == '}')
            fail (r, r->pos, _("trailing comma, expected another member after ','"));
          else if (r->pos >= r->length)
            fail (r, r->pos, _("unexpected end of file, expected a member name"));
          else if (r->data[r->pos] == '\'')
            fail (r, r->pos, _("single quotes, expected a member name in double quotes"));
          else if (r->data[r->pos] == '/')
            fail (r, r->pos, _("a comment, expected JSON without comments"));
          else
            fail (r, r->pos, _("expected a member name in double quotes"));
          goto error;
        }
      gsize key_at = r->pos;
      g_autofree char *key = read_string (r);
      if (key == NULL)
        goto error;
      skip_space (r);
      if (r->pos >= r->length || r->data[r->pos] != ':')
        {
          fail (r, r->pos, _("expected ':' after the member name \"%s\""), key);
          goto error;
        }
      r->pos++;
      push_member (r, key);
      JsonNode *value = read_value (r);
      if (value == NULL)
        goto error;
      if (r->scan_only)
        {
          pop (r);
          goto next_member;
        }
      /* a name already there is replaced, so the size tells a duplicate */
      guint size = json_object_get_size (object);
      json_object_set_member (object, key, value);
      if (json_object_get_size (object) == size)
        {
          fail (r, key_at, _("duplicate member \"%s\", expected each name once per object"), key);
          goto error;
        }
      pop (r);

    next_member:
      skip_space (r);
      if (r->pos < r->length && r->data[r->pos] == ',')
        {
          r->pos++;
          continue;
        }
      if (r->pos < r->length && r->data[r->pos] == '}')
        {
          r->pos++;
          break;
        }
      if (r->pos >= r->length)
        fail (r, r->pos, _("unexpected end of file, expected ',' or '}'"));
      else
        fail (r, r->pos, _("expected ',' or '}' after a member"));
      goto error;
    }

done:
  r->depth--;
  if (r->scan_only)
    return scanned ();
  {
    JsonNode *node = json_node_init_object (json_node_alloc (), object);
    json_object_unref (object);
    return node;
  }

error:
  g_clear_pointer (&object, json_object_unref);
  return NULL;
}

static JsonNode *
read_array (Reader *r)
{
  gsize open = r->pos++;
  JsonArray *array = r->scan_only ? NULL : json_array_new ();
  guint index = 0;

  if (++r->depth > KJ_JSON_MAX_DEPTH)
    {
      fail (r, open, _("nesting deeper than %d levels, expected less deeply nested data"), KJ_JSON_MAX_DEPTH);
      r->problem->over_limit = TRUE;
      goto error;
    }
  skip_space (r);
  if (r->pos < r->length && r->data[r->pos] == ']')
    {
      r->pos++;
      goto done;
    }
  for (;;)
    {
      skip_space (r);
      if (r->pos < r->length && r->data[r->pos] == ']')
        {
          fail (r, r->pos, _("trailing comma, expected another element after ','"));
          goto error;
        }
      push_index (r, index++);
      JsonNode *value = read_value (r);
      if (value == NULL)
        goto error;
      pop (r);
      if (!r->scan_only)
        json_array_add_element (array, value);

      skip_space (r);
      if (r->pos < r->length && r->data[r->pos] == ',')
        {
          r->pos++;
          continue;
        }
      if (r->pos < r->length && r->data[r->pos] == ']')
        {
          r->pos++;
          break;
        }
      if (r->pos >= r->length)
        fail (r, r->pos, _("unexpected end of file, expected ',' or ']'"));
      else
        fail (r, r->pos, _("expected ',' or ']' after an element"));
      goto error;
    }

done:
  r->depth--;
  if (r->scan_only)
    return scanned ();
  {
    JsonNode *node = json_node_init_array (json_node_alloc (), array);
    json_array_unref (array);
    return node;
  }

error:
  g_clear_pointer (&array, json_array_unref);
  return NULL;
}

static gboolean
match_word (Reader     *r,
            const char *word)
{
  gsize n = strlen (word);

  if (r->pos + n > r->length || memcmp (r->data + r->pos, word, n) != 0)
    return FALSE;
  if (r->pos + n < r->length && g_ascii_isalnum (r->data[r->pos + n]))
    return FALSE;
  r->pos += n;
  return TRUE;
}

static JsonNode *
read_value (Reader *r)
{
  skip_space (r);
  if (r->wanted != NULL)
    {
      gsize *slot = g_hash_table_lookup (r->wanted, r->path_text->len ? r->path_text->str : "$");
      if (slot)
        *slot = r->pos;
    }
  if (r->pos >= r->length)
    {
      fail (r, r->pos, _("unexpected end of file, expected a value"));
      return NULL;
    }

  switch (r->data[r->pos])
    {
    case '{':
      return read_object (r);
    case '[':
      return read_array (r);
    case '"':
      {
        char *s = read_string (r);
        if (s == NULL)
          return NULL;
        JsonNode *node = json_node_init_string (json_node_alloc (), s);
        g_free (s);
        return node;
      }
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return read_number (r);
    case 't':
      if (match_word (r, "true"))
        return r->scan_only ? scanned () : json_node_init_boolean (json_node_alloc (), TRUE);
      break;
    case 'f':
      if (match_word (r, "false"))
        return r->scan_only ? scanned () : json_node_init_boolean (json_node_alloc (), FALSE);
      break;
    case 'n':
      if (match_word (r, "null"))
        return r->scan_only ? scanned () : json_node_init_null (json_node_alloc ());
      break;
    case 'N': case 'I':
      fail (r, r->pos, _("NaN and Infinity are not JSON numbers, expected a number or null"));
      return NULL;
    case '\'':
      fail (r, r->pos, _("single quotes, expected a string in double quotes"));
      return NULL;
    case '/':
      fail (r, r->pos, _("a comment, expected JSON without comments"));
      return NULL;
    default:
      break;
    }
  fail (r, r->pos, _("expected a value (object, array, string, number, true, false or null)"));
  return NULL;
}

static gsize
skip_bom (const char *data,
          gsize       length)
{
  return length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static JsonNode *
read_document (Reader *r)
{
  JsonNode *root;

  r->pos = skip_bom (r->data, r->length);
  if (r->length > KJ_JSON_MAX_SIZE)
    {
      fail (r, 0, _("file larger than %d MiB, expected a smaller plan file"), KJ_JSON_MAX_SIZE / (1024 * 1024));
      r->problem->over_limit = TRUE;
      return NULL;
    }
  skip_space (r);
  if (r->pos >= r->length)
    {
      fail (r, r->pos, _("empty file, expected a JSON object"));
      return NULL;
    }
  root = read_value (r);
  if (root == NULL)
    return NULL;
  skip_space (r);
  if (r->pos < r->length)
    {
      fail (r, r->pos, _("unexpected text after the end of the JSON value"));
      if (!r->scan_only)
        json_node_unref (root);
      return NULL;
    }
  return r->scan_only ? NULL : root;
}

/* Reads the document with the reader's buffers set up and freed around it;
 * the locate mode keeps the current path as text. */
static JsonNode *
run_reader (Reader *r)
{
  JsonNode *root;

  r->frames = g_array_sized_new (FALSE, FALSE, sizeof (Frame), KJ_JSON_MAX_DEPTH + 1);
  r->scratch = g_string_sized_new (256);
  if (r->wanted)
    {
      r->path_text = g_string_new (NULL);
      r->path_lens = g_array_new (FALSE, FALSE, sizeof (gsize));
      r->scan_only = TRUE;
    }
  root = read_document (r);
  g_array_unref (r->frames);
  g_string_free (r->scratch, TRUE);
  if (r->path_text)
    {
      g_string_free (r->path_text, TRUE);
      g_array_unref (r->path_lens);
    }
  return root;
}

/**
 * kj_json_read:
 * @problem: (out) (optional): where and why reading failed
 *
 * Reads one JSON document.  Objects keep their members in document order.
 *
 * Returns: (transfer full) (nullable): the root node, or %NULL on failure
 */
JsonNode *
kj_json_read (const char     *data,
              gsize           length,
              KjJsonProblem **problem)
{
  Reader r = { .data = data, .length = length };
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  root = run_reader (&r);
  if (problem)
    *problem = g_steal_pointer (&r.problem);
  else
    kj_json_problem_free (r.problem);
  return root;
}

/**
 * kj_json_locate:
 * Finds where the value at @path starts (to point a user at a refused value).
 *
 * Returns: %TRUE when @path was found, with its byte offset in @offset
 */
gboolean
kj_json_locate (const char *data,
                gsize       length,
                const char *path,
                gsize      *offset)
{
  gsize found;

  kj_json_locate_all (data, length, &path, 1, &found);
  if (found != G_MAXSIZE && offset)
    *offset = found;
  return found != G_MAXSIZE;
}

/**
 * kj_json_locate_all:
 * @paths: (array length=n_paths): JSON paths to find
 * @offsets: (array length=n_paths) (out caller-allocates): where each value
 *   starts, or G_MAXSIZE where the path is not in the document
 *
 * Like kj_json_locate() for many paths in one reading of the document.
 */
void
kj_json_locate_all (const char         *data,
                    gsize               length,
                    const char * const *paths,
                    guint               n_paths,
                    gsize              *offsets)
{
  Reader r = { .data = data, .length = length };

  r.wanted = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_paths; i++)
    {
      offsets[i] = G_MAXSIZE;
      if (!g_hash_table_contains (r.wanted, paths[i]))
        g_hash_table_insert (r.wanted, (gpointer) paths[i], &offsets[i]);
    }
  run_reader (&r);   /* scanning builds no tree: nothing to free */
  kj_json_problem_free (r.problem);
  /* the same path asked twice: copy the first one's answer */
  for (guint i = 0; i < n_paths; i++)
    offsets[i] = *(gsize *) g_hash_table_lookup (r.wanted, paths[i]);
  g_hash_table_unref (r.wanted);
}
