/* kj-json-reader.c: a strict RFC 8259 reader that builds a plan's tree
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plan files are untrusted, and a refusal must name the JSON path and
 * line:column, so Kinerja reads JSON itself: bounded in size and depth, no
 * duplicate member names, no NaN, valid UTF-8 only.  Every node records its
 * line and column as it is read (counted forward, never rescanned, so a file
 * on one line costs no more than a pretty-printed one), and every number its
 * digits as written.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kj-json.h"
#include "model/kj-node-private.h"
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
  KjJsonProblem *problem;
  GString       *scratch;     /* reused for string values */
  KjDocument    *doc;
  GPtrArray     *elements;    /* KjNode: elements of the open arrays */
  GArray        *members;     /* KjNodeMember: members of the open objects */
  guint          line;        /* of pos_counted */
  guint          column;
  gsize          pos_counted; /* columns are counted up to here */
  gsize          n_values;
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
}

static inline void
push_index (Reader *r,
            guint   index)
{
  Frame f = { NULL, index };
  g_array_append_val (r->frames, f);
}

static inline void
pop (Reader *r)
{
  g_array_set_size (r->frames, r->frames->len - 1);
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
  for (;;)
    {
      while (r->pos + 8 <= r->length)
        {
          guint64 word;
          memcpy (&word, r->data + r->pos, 8);
          if (word != G_GUINT64_CONSTANT (0x2020202020202020))
            break;
          r->pos += 8;
        }
      if (r->pos >= r->length || !is_space[(guchar) r->data[r->pos]])
        return;
      if (r->data[r->pos] == '\n')
        {
          r->line++;
          r->column = 1;
          r->pos_counted = r->pos + 1;
        }
      r->pos++;
    }
}

/* A new node at the reader's position, with its line and column: columns
 * count characters, and are counted forward from the last node's. */
static KjNode *
new_node (Reader     *r,
          KjNodeType  type,
          gsize       at)
{
  KjNode *node = _kj_document_alloc (r->doc, type);

  for (gsize i = r->pos_counted; i < at; i++)
    if (((guchar) r->data[i] & 0xC0) != 0x80)
      r->column++;
  r->pos_counted = at;
  node->line = r->line;
  node->column = r->column;
  return node;
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
      guchar c;
      char e;
      gsize esc;

      while (r->pos < r->length)
        {
          guchar b = r->data[r->pos];
          if (b == '"' || b == '\\' || b < 0x20)
            break;
          ascii &= b < 0x80;
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

      c = r->data[r->pos];
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
      e = r->data[r->pos + 1];
      esc = r->pos;
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

static KjNode *
read_number (Reader *r)
{
  gsize start = r->pos;
  const char *d = r->data;
  gboolean integral = TRUE;
  const char *text;
  KjNode *node;
  double v;

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

  /* the digits are kept as written: they are the printed precision */
  text = _kj_document_store (r->doc, d + start, r->pos - start);

  errno = 0;
  v = g_ascii_strtod (text, NULL);
  if (!isfinite (v) || (errno == ERANGE && fabs (v) > 1.0))
    {
      fail (r, start, _("number too large, expected a number that fits a double"));
      return NULL;
    }
  node = new_node (r, KJ_NODE_NUMBER, start);
  node->v.number = text;
  if (integral)
    {
      errno = 0;
      g_ascii_strtoll (text, NULL, 10);
      if (errno == 0)
        node->flags |= KJ_NODE_FLAG_INTEGER;
    }
  return node;
}

static KjNode *read_value (Reader *r);

/* Member names are kept once per document, so a duplicate is the same pointer. */
static gboolean
has_name (Reader      *r,
          guint        first,
          GHashTable **seen,
          const char  *key)
{
  guint n = r->members->len - first;

  if (*seen == NULL && n < 16)
    {
      for (guint i = first; i < r->members->len; i++)
        if (g_array_index (r->members, KjNodeMember, i).name == key)
          return TRUE;
      return FALSE;
    }
  if (*seen == NULL)
    {
      *seen = g_hash_table_new (NULL, NULL);
      for (guint i = first; i < r->members->len; i++)
        g_hash_table_add (*seen, (gpointer) g_array_index (r->members, KjNodeMember, i).name);
    }
  return !g_hash_table_add (*seen, (gpointer) key);
}

static KjNode *
read_object (Reader *r)
{
  gsize open = r->pos++;
  guint first = r->members->len;
  g_autoptr(GHashTable) seen = NULL;
  KjNode *node = new_node (r, KJ_NODE_OBJECT, open);

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
      gsize key_at;
      const char *key;
      KjNodeMember member;

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
      key_at = r->pos;
      if (!read_string_into (r, r->scratch))
        goto error;
      key = _kj_document_intern (r->doc, r->scratch->str);
      skip_space (r);
      if (r->pos >= r->length || r->data[r->pos] != ':')
        {
          fail (r, r->pos, _("expected ':' after the member name \"%s\""), key);
          goto error;
        }
      r->pos++;
      push_member (r, key);
      member.name = key;
      member.value = read_value (r);
      if (member.value == NULL)
        goto error;
      if (has_name (r, first, &seen, key))
        {
          kj_node_free (member.value);
          fail (r, key_at, _("duplicate member \"%s\", expected each name once per object"), key);
          goto error;
        }
      g_array_append_val (r->members, member);
      pop (r);

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
  node->length = r->members->len - first;
  node->v.members = _kj_document_store_array (r->doc, &g_array_index (r->members, KjNodeMember, first),
                                              node->length * sizeof (KjNodeMember));
  g_array_set_size (r->members, first);
  return node;

error:
  /* the members read so far belong to the document's slabs: drop what they own */
  for (guint i = first; i < r->members->len; i++)
    kj_node_free (g_array_index (r->members, KjNodeMember, i).value);
  g_array_set_size (r->members, first);
  return NULL;
}

static KjNode *
read_array (Reader *r)
{
  gsize open = r->pos++;
  guint first = r->elements->len;
  guint index = 0;
  KjNode *node = new_node (r, KJ_NODE_ARRAY, open);

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
      KjNode *value;

      skip_space (r);
      if (r->pos < r->length && r->data[r->pos] == ']')
        {
          fail (r, r->pos, _("trailing comma, expected another element after ','"));
          goto error;
        }
      push_index (r, index++);
      value = read_value (r);
      if (value == NULL)
        goto error;
      pop (r);
      g_ptr_array_add (r->elements, value);

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
  node->length = r->elements->len - first;
  node->v.elements = _kj_document_store_array (r->doc, r->elements->pdata + first,
                                               node->length * sizeof (KjNode *));
  g_ptr_array_set_size (r->elements, first);
  return node;

error:
  for (guint i = first; i < r->elements->len; i++)
    kj_node_free (g_ptr_array_index (r->elements, i));
  g_ptr_array_set_size (r->elements, first);
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

static KjNode *
read_value (Reader *r)
{
  gsize at;
  KjNode *node;

  skip_space (r);
  at = r->pos;
  if (r->pos >= r->length)
    {
      fail (r, r->pos, _("unexpected end of file, expected a value"));
      return NULL;
    }
  /* memory and work are bounded by the count of values, not only the size */
  if (++r->n_values > KJ_JSON_MAX_VALUES)
    {
      fail (r, r->pos, _("more than %d values, expected a smaller plan file"), KJ_JSON_MAX_VALUES);
      r->problem->over_limit = TRUE;
      return NULL;
    }

  switch (r->data[r->pos])
    {
    case '{':
      return read_object (r);
    case '[':
      return read_array (r);
    case '"':
      if (!read_string_into (r, r->scratch))
        return NULL;
      node = new_node (r, KJ_NODE_STRING, at);
      node->v.string = _kj_document_store (r->doc, r->scratch->str, r->scratch->len);
      node->length = r->scratch->len;
      return node;
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return read_number (r);
    case 't':
    case 'f':
      if (match_word (r, "true") || match_word (r, "false"))
        {
          node = new_node (r, KJ_NODE_BOOLEAN, at);
          node->v.boolean = r->data[at] == 't';
          return node;
        }
      break;
    case 'n':
      if (match_word (r, "null"))
        return new_node (r, KJ_NODE_NULL, at);
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

static KjNode *
read_document (Reader *r)
{
  KjNode *root;

  r->pos = r->pos_counted = skip_bom (r->data, r->length);
  r->line = r->column = 1;
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
      kj_node_free (root);
      return NULL;
    }
  return root;
}

/* At least the number of values in the text: each but the first follows a
 * '[', a '{' or a ',' (those inside strings only make it larger). */
static gsize
count_values (const char *data,
              gsize       length)
{
  gsize n = 1;

  if (length > KJ_JSON_MAX_SIZE)
    return 0;
  for (gsize i = 0; i < length; i++)
    n += data[i] == ',' || data[i] == '[' || data[i] == '{';
  return MIN (n, KJ_JSON_MAX_VALUES);
}

/**
 * kj_json_read:
 * @problem: (out) (optional): where and why reading failed
 *
 * Reads one JSON document.  Objects keep their members in document order.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL on failure
 */
KjDocument *
kj_json_read (const char     *data,
              gsize           length,
              KjJsonProblem **problem)
{
  Reader r = { .data = data, .length = length };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  r.doc = _kj_document_new (length, count_values (data, length));
  r.frames = g_array_sized_new (FALSE, FALSE, sizeof (Frame), KJ_JSON_MAX_DEPTH + 1);
  r.scratch = g_string_sized_new (256);
  r.elements = g_ptr_array_sized_new (256);
  r.members = g_array_sized_new (FALSE, FALSE, sizeof (KjNodeMember), 256);
  r.doc->root = read_document (&r);
  g_array_unref (r.frames);
  g_string_free (r.scratch, TRUE);
  g_ptr_array_unref (r.elements);
  g_array_unref (r.members);
  if (r.doc->root == NULL)
    g_clear_pointer (&r.doc, kj_document_free);
  if (problem)
    *problem = g_steal_pointer (&r.problem);
  else
    kj_json_problem_free (r.problem);
  return r.doc;
}
