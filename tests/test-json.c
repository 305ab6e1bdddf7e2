/* test-json.c: the strict reader and the order-keeping writer
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "io/kj-json.h"
#include "model/kj-path.h"

static KjDocument *
read_ok (const char *text)
{
  g_autoptr(KjJsonProblem) problem = NULL;
  KjDocument *node = kj_json_read (text, strlen (text), &problem);

  if (node == NULL)
    g_error ("%s refused: %s: %s", text, problem->path, problem->message);
  return node;
}

static void
assert_refused (const char *text,
                const char *path,
                guint       line,
                guint       column)
{
  g_autoptr(KjJsonProblem) problem = NULL;
  KjDocument *node = kj_json_read (text, strlen (text), &problem);
  guint l, c;

  g_assert_null (node);
  g_assert_nonnull (problem);
  g_assert_cmpstr (problem->path, ==, path);
  g_assert_nonnull (problem->message);
  kj_json_offset_to_line_column (text, strlen (text), problem->offset, &l, &c);
  g_assert_cmpuint (l, ==, line);
  g_assert_cmpuint (c, ==, column);
}

static void
test_refusals (void)
{
  assert_refused ("", "$", 1, 1);
  assert_refused ("{\"a\": [1, 2,]}", "a", 1, 13);
  assert_refused ("{\"a\": 1,\n \"a\": 2}", "a", 2, 2);
  assert_refused ("{\"a\": {\"b\": 012}}", "a.b", 1, 13);
  assert_refused ("{\"a\": NaN}", "a", 1, 7);
  assert_refused ("{\"a\": 1e999}", "a", 1, 7);
  assert_refused ("{\"a\": \"x\ty\"}", "a", 1, 9);
  assert_refused ("{\"a\": \"\\ud83d\"}", "a", 1, 8);
  assert_refused ("{\"a\": \"\\u0000\"}", "a", 1, 8);
  assert_refused ("{\"a\": 1} x", "$", 1, 10);
  assert_refused ("{\"a\": 1 // c\n}", "$", 1, 9);
  assert_refused ("{'a': 1}", "$", 1, 2);
  assert_refused ("{\"é\": \"\xff\"}", "[\"é\"]", 1, 8);
  /* columns count characters: "é" is one */
  assert_refused ("{\"é\": tru}", "[\"é\"]", 1, 7);
}

static void
test_depth (void)
{
  GString *deep = g_string_new ("{\"x\": ");
  g_autoptr(KjJsonProblem) problem = NULL;
  KjDocument *node;

  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  node = kj_json_read (deep->str, deep->len, &problem);
  g_assert_null (node);
  g_assert_nonnull (strstr (problem->message, "64"));
  g_string_free (deep, TRUE);

  /* 64 levels are fine */
  deep = g_string_new (NULL);
  for (int i = 0; i < 64; i++)
    g_string_append_c (deep, '[');
  for (int i = 0; i < 64; i++)
    g_string_append_c (deep, ']');
  node = kj_json_read (deep->str, deep->len, NULL);
  g_assert_nonnull (node);
  kj_document_free (node);
  g_string_free (deep, TRUE);
}

/* Work and memory are bounded by the number of values: a small file of
 * millions of empty arrays is refused as over the limit, quickly. */
static void
test_value_budget (void)
{
  GString *many = g_string_new ("[");
  g_autoptr(KjJsonProblem) problem = NULL;
  KjDocument *doc;

  for (int i = 0; i < KJ_JSON_MAX_VALUES; i++)
    g_string_append (many, "[],");
  g_string_append (many, "[]]");
  doc = kj_json_read (many->str, many->len, &problem);
  g_assert_null (doc);
  g_assert_true (problem->over_limit);
  g_assert_nonnull (strstr (problem->message, "values"));
  g_string_free (many, TRUE);
}

static void
test_values (void)
{
  g_autoptr(KjDocument) doc = read_ok ("\xEF\xBB\xBF { \"big\": 15249203000, \"d\": 84.96, \"neg\": -0.5,"
                                       " \"e\": 1.5e300, \"s\": \"\\u00e9\\ud83d\\ude00\\n\","
                                       " \"t\": true, \"n\": null, \"arr\": [], \"p\": 147.00,"
                                       " \"huge\": 9007199254740993 }");
  KjNode *o = kj_document_get_root (doc);
  gint64 v = 0;

  g_assert_true (kj_node_is_integer (kj_node_get_member (o, "big")));
  g_assert_true (kj_node_get_int (kj_node_get_member (o, "big"), &v));
  g_assert_cmpint (v, ==, 15249203000);
  g_assert_false (kj_node_is_integer (kj_node_get_member (o, "d")));
  g_assert_cmpfloat (kj_node_get_number (kj_node_get_member (o, "d")), ==, 84.96);
  g_assert_cmpfloat (kj_node_get_number (kj_node_get_member (o, "e")), ==, 1.5e300);
  g_assert_cmpstr (kj_node_get_string (kj_node_get_member (o, "s")), ==, "é😀\n");
  g_assert_true (kj_node_get_boolean (kj_node_get_member (o, "t")));
  g_assert_true (kj_node_is_null (kj_node_get_member (o, "n")));
  g_assert_cmpuint (kj_node_get_length (kj_node_get_member (o, "arr")), ==, 0);
  /* the digits as written: a printed precision, and integers a double cannot hold */
  g_assert_cmpstr (kj_node_get_number_text (kj_node_get_member (o, "p")), ==, "147.00");
  g_assert_true (kj_node_get_int (kj_node_get_member (o, "huge"), &v));
  g_assert_cmpint (v, ==, G_GINT64_CONSTANT (9007199254740993));
  g_assert_null (kj_node_get_member (o, "missing"));
}

/* Every node knows its line and column (characters, from 1) as it is read. */
static void
test_positions (void)
{
  const char *text = "{\n  \"indicators\": [\n    {\"years\": {\"2023\": {\"target\": \"84,96\"}}}\n  ],\n"
                     "  \"é\": [1, \"ü\", 3]\n}\n";
  g_autoptr(KjDocument) doc = read_ok (text);
  KjNode *root = kj_document_get_root (doc);
  KjNode *target = kj_node_lookup (root, "indicators[0].years.2023.target");
  KjNode *three = kj_node_lookup (root, "[\"é\"][2]");

  g_assert_nonnull (target);
  g_assert_cmpuint (kj_node_get_line (target), ==, 3);
  g_assert_cmpuint (kj_node_get_column (target), ==, 35);
  g_assert_nonnull (three);
  g_assert_cmpuint (kj_node_get_line (three), ==, 5);
  g_assert_cmpuint (kj_node_get_column (three), ==, 17);
  g_assert_null (kj_node_lookup (root, "indicators[1]"));
  g_assert_null (kj_node_lookup (root, "indicators[0].years.2024"));
  g_assert_true (kj_node_lookup (root, "$") == root);
}

/* Keyed steps find an element by a member's text, whatever its position. */
static void
test_lookup_keys (void)
{
  g_autoptr(KjDocument) doc = read_ok ("{\"indicators\": [{\"id\": \"a\", \"v\": 1},"
                                       " {\"id\": \"b \\\"q\\\"\", \"v\": 2}, 7]}");
  KjNode *root = kj_document_get_root (doc);
  g_autofree char *path = kj_path_key ("indicators", "id", "b \"q\"");
  g_autofree char *vpath = g_strconcat (path, ".v", NULL);

  g_assert_cmpstr (path, ==, "indicators[id=\"b \\\"q\\\"\"]");
  g_assert_cmpfloat (kj_node_get_number (kj_node_lookup (root, vpath)), ==, 2);
  g_assert_cmpfloat (kj_node_get_number (kj_node_lookup (root, "indicators[id=\"a\"].v")), ==, 1);
  g_assert_null (kj_node_lookup (root, "indicators[id=\"c\"]"));
  g_assert_null (kj_node_lookup (root, "indicators[id=\"a\""));
  g_assert_null (kj_path_parse ("indicators[x"));
}

/* Member order and numbers' digits are kept; placing gives every node its
 * position in the written text. */
static void
test_writer (void)
{
  const char *text = "{\"z\": 1, \"a\": {\"y\": [1, 2.5, \"x\"], \"b\": [{\"k\": null}]},"
                     " \"d\": 84.96, \"i\": 15249203000, \"f\": 1.0, \"t\": 147.00, \"e\": 1E2,"
                     " \"s\": \"a\\\"b\\u0001\"}";
  g_autoptr(KjDocument) doc = read_ok (text);
  KjNode *root = kj_document_get_root (doc);
  g_autofree char *out = kj_node_write (root, TRUE);
  g_autoptr(KjDocument) again = read_ok (out);
  g_autofree char *out2 = kj_node_write (kj_document_get_root (again), FALSE);
  KjNode *k = kj_node_lookup (root, "a.b[0].k");
  KjNode *k2 = kj_node_lookup (kj_document_get_root (again), "a.b[0].k");

  g_assert_true (kj_node_equal (root, kj_document_get_root (again)));
  g_assert_cmpstr (out, ==, out2);
  g_assert_true (strstr (out, "\"z\": 1") < strstr (out, "\"a\": {"));
  g_assert_nonnull (strstr (out, "\"d\": 84.96,"));
  g_assert_nonnull (strstr (out, "\"i\": 15249203000"));
  g_assert_nonnull (strstr (out, "\"f\": 1.0"));
  g_assert_nonnull (strstr (out, "\"t\": 147.00,"));
  g_assert_nonnull (strstr (out, "\"e\": 1E2,"));
  g_assert_nonnull (strstr (out, "\"y\": [1, 2.5, \"x\"]"));
  g_assert_nonnull (strstr (out, "\\u0001"));
  /* the written text and its reading agree on where each node is */
  g_assert_cmpuint (kj_node_get_line (k), ==, kj_node_get_line (k2));
  g_assert_cmpuint (kj_node_get_column (k), ==, kj_node_get_column (k2));
  g_assert_cmpuint (kj_node_get_line (k), >, 1);

  /* numbers the program sets: whole ones as integers, others in the shortest form */
  kj_node_object_set (root, "z", kj_node_new_number (68));
  kj_node_object_set (root, "d", kj_node_new_number (84.96));
  g_clear_pointer (&out, g_free);
  out = kj_node_write (root, FALSE);
  g_assert_nonnull (strstr (out, "\"z\": 68,"));
  g_assert_nonnull (strstr (out, "\"d\": 84.96,"));
}

static void
test_doubles (void)
{
  const double values[] = { 84.96, 0.1, 1.0 / 3, 1e-7, 2.5e-300, 1.7976931348623157e308, 98.47 / 87 * 100 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      kj_node_format_double (s, values[i]);
      g_assert_cmpfloat (g_ascii_strtod (s->str, NULL), ==, values[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kinerja/io/json/refusals", test_refusals);
  g_test_add_func ("/kinerja/io/json/depth", test_depth);
  g_test_add_func ("/kinerja/io/json/value-budget", test_value_budget);
  g_test_add_func ("/kinerja/io/json/values", test_values);
  g_test_add_func ("/kinerja/io/json/positions", test_positions);
  g_test_add_func ("/kinerja/io/json/lookup-keys", test_lookup_keys);
  g_test_add_func ("/kinerja/io/json/writer", test_writer);
  g_test_add_func ("/kinerja/io/json/doubles", test_doubles);
  return g_test_run ();
}
