/* test-json.c: the strict reader and the order-keeping writer
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "io/kj-json.h"

static JsonNode *
read_ok (const char *text)
{
  g_autoptr(KjJsonProblem) problem = NULL;
  JsonNode *node = kj_json_read (text, strlen (text), &problem);

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
  JsonNode *node = kj_json_read (text, strlen (text), &problem);
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
  JsonNode *node;

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
  json_node_unref (node);
  g_string_free (deep, TRUE);
}

static void
test_values (void)
{
  g_autoptr(JsonNode) root = read_ok ("\xEF\xBB\xBF { \"big\": 15249203000, \"d\": 84.96, \"neg\": -0.5,"
                                      " \"e\": 1.5e300, \"s\": \"\\u00e9\\ud83d\\ude00\\n\","
                                      " \"t\": true, \"n\": null, \"arr\": [] }");
  JsonObject *o = json_node_get_object (root);

  g_assert_cmpint (json_node_get_value_type (json_object_get_member (o, "big")), ==, G_TYPE_INT64);
  g_assert_cmpint (json_object_get_int_member (o, "big"), ==, 15249203000);
  g_assert_cmpfloat (json_object_get_double_member (o, "d"), ==, 84.96);
  g_assert_cmpfloat (json_object_get_double_member (o, "e"), ==, 1.5e300);
  g_assert_cmpstr (json_object_get_string_member (o, "s"), ==, "é😀\n");
  g_assert_true (json_object_get_null_member (o, "n"));
}

static void
test_locate (void)
{
  const char *text = "{\n  \"indicators\": [\n    {\"years\": {\"2023\": {\"target\": \"84,96\"}}}\n  ]\n}\n";
  gsize offset;
  guint line, column;

  g_assert_true (kj_json_locate (text, strlen (text), "indicators[0].years.2023.target", &offset));
  kj_json_offset_to_line_column (text, strlen (text), offset, &line, &column);
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 35);
  g_assert_false (kj_json_locate (text, strlen (text), "indicators[1]", &offset));
}

/* Member order is kept, numbers keep their value in their shortest form. */
static void
test_writer (void)
{
  const char *text = "{\"z\": 1, \"a\": {\"y\": [1, 2.5, \"x\"], \"b\": [{\"k\": null}]},"
                     " \"d\": 84.96, \"i\": 15249203000, \"f\": 1.0, \"s\": \"a\\\"b\\u0001\"}";
  g_autoptr(JsonNode) root = read_ok (text);
  g_autofree char *out = kj_json_write (root);
  g_autoptr(JsonNode) again = read_ok (out);
  g_autofree char *out2 = kj_json_write (again);

  g_assert_true (json_node_equal (root, again));
  g_assert_cmpstr (out, ==, out2);
  g_assert_true (strstr (out, "\"z\": 1") < strstr (out, "\"a\": {"));
  g_assert_nonnull (strstr (out, "\"d\": 84.96,"));
  g_assert_nonnull (strstr (out, "\"i\": 15249203000"));
  g_assert_nonnull (strstr (out, "\"f\": 1.0"));
  g_assert_nonnull (strstr (out, "\"y\": [1, 2.5, \"x\"]"));
  g_assert_nonnull (strstr (out, "\\u0001"));
}

static void
test_doubles (void)
{
  const double values[] = { 84.96, 0.1, 1.0 / 3, 1e-7, 2.5e-300, 1.7976931348623157e308, 98.47 / 87 * 100 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      kj_json_format_double (s, values[i]);
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
  g_test_add_func ("/kinerja/io/json/values", test_values);
  g_test_add_func ("/kinerja/io/json/locate", test_locate);
  g_test_add_func ("/kinerja/io/json/writer", test_writer);
  g_test_add_func ("/kinerja/io/json/doubles", test_doubles);
  return g_test_run ();
}
