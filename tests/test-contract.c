/* test-contract.c: kinerja --check on plan files written from the shared contract
 * by someone who had not read the program (tests/data/contract/, see its README)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every valid file gives exactly the findings its .expect lists (severity and
 * JSON path), its exit status says whether one is an error, it survives
 * --save-as with every member, order and number as written, and the saved file
 * gives the same findings. Every invalid file is refused with one error naming
 * the expected path and line:column, and --save-as writes nothing. No file
 * crashes the program (a signal fails the test) or hangs it (the test's
 * timeout).
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "io/kj-json.h"

#define CONTRACT_DIR TEST_DATA_DIR "/contract"

/* Runs the program; it must exit (not die of a signal), and in a sanitizer
 * build say nothing of memory or undefined behaviour (whose exit status 1
 * would pass for a refusal). */
static int
run (const char *const *args,
     char              **out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_ptr_array_add (argv, (char *) KINERJA_BIN);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, &err, &status, &error));
  g_assert_no_error (error);
  if (!WIFEXITED (status))
    g_error ("kinerja %s %s died of signal %d", args[0], args[1] ? args[1] : "",
             WIFSIGNALED (status) ? WTERMSIG (status) : 0);
  if (strstr (err, "Sanitizer") || strstr (err, "runtime error:"))
    g_error ("kinerja %s %s: %s", args[0], args[1] ? args[1] : "", err);
  return WEXITSTATUS (status);
}

typedef struct
{
  char *file;       /* the base name of the file the line is about */
  char *severity;
  char *path;
  int   line, column;
} Finding;

static void
finding_free (gpointer data)
{
  Finding *f = data;

  g_free (f->file);
  g_free (f->severity);
  g_free (f->path);
  g_free (f);
}

/* "FILE: SEVERITY: PATH: message (line L, column C)", one per line */
static GPtrArray *
parse_findings (const char *out)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func (finding_free);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  static const char *const severities[] = { "error", "warning", "note" };

  for (guint i = 0; lines[i]; i++)
    {
      const char *line = lines[i], *at = NULL, *rest, *end, *loc;
      Finding *f;
      guint s;

      if (*line == '\0')
        continue;
      for (s = 0; s < G_N_ELEMENTS (severities) && at == NULL; s++)
        {
          g_autofree char *mark = g_strdup_printf (": %s: ", severities[s]);
          if ((at = strstr (line, mark)) != NULL)
            break;
        }
      if (at == NULL)
        g_error ("not a finding: %s", line);
      f = g_new0 (Finding, 1);
      {
        g_autofree char *file = g_strndup (line, at - line);
        f->file = g_path_get_basename (file);
      }
      f->severity = g_strdup (severities[s]);
      rest = at + strlen (severities[s]) + 4;
      end = strstr (rest, ": ");
      g_assert_nonnull (end);
      f->path = g_strndup (rest, end - rest);
      loc = g_strrstr (end, " (line ");
      if (loc == NULL || sscanf (loc, " (line %d, column %d)", &f->line, &f->column) != 2)
        f->line = f->column = 0;
      g_ptr_array_add (findings, f);
    }
  return findings;
}

static int
cmp_strings (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The findings as .expect writes them, sorted: "SEVERITY PATH", with "FILE: "
 * before each when @with_file. */
static char *
findings_text (GPtrArray *findings,
               gboolean   with_file,
               gboolean  *has_error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  *has_error = FALSE;
  for (guint i = 0; i < findings->len; i++)
    {
      const Finding *f = g_ptr_array_index (findings, i);
      *has_error |= g_str_equal (f->severity, "error");
      g_ptr_array_add (lines, with_file ? g_strdup_printf ("%s: %s %s", f->file, f->severity, f->path)
                                        : g_strdup_printf ("%s %s", f->severity, f->path));
    }
  g_ptr_array_sort (lines, cmp_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_strdup (text->str);
}

/* The .expect file's lines, comments left out, sorted; "no findings" (alone, or
 * after "FILE: ") is no line. */
static char *
expected_text (const char *expect_path)
{
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_true (g_file_get_contents (expect_path, &data, NULL, NULL));
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0' || *lines[i] == '#' || g_str_has_suffix (lines[i], "no findings"))
        continue;
      g_ptr_array_add (kept, lines[i]);
    }
  g_ptr_array_sort (kept, cmp_strings);
  for (guint i = 0; i < kept->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (kept, i));
  return g_strdup (text->str);
}

static char *
expect_path_for (const char *json_path)
{
  g_autofree char *stem = g_strndup (json_path, strlen (json_path) - strlen (".json"));
  return g_strconcat (stem, ".expect", NULL);
}

static GPtrArray *
list_json (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (files, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (files, cmp_strings);
  g_assert_cmpuint (files->len, >, 0);
  return files;
}

/* --check gives the findings the .expect lists; exit status 1 exactly when one
 * is an error */
static char *
check_findings (const char *path,
                gboolean    with_file,
                int        *status,
                gboolean   *has_error)
{
  const char *args[] = { "--check", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  *status = run (args, &out);
  findings = parse_findings (out);
  return findings_text (findings, with_file, has_error);
}

static KjDocument *
read_tree (const char *path)
{
  g_autofree char *text = NULL;
  gsize len;
  KjDocument *doc;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  doc = kj_json_read (text, len, NULL);
  g_assert_nonnull (doc);
  return doc;
}

/* Same members, same order, same values written with the same digits. */
static void
assert_same_tree (KjNode     *a,
                  KjNode     *b,
                  const char *where)
{
  if (kj_node_type (a) != kj_node_type (b))
    g_error ("the saved file has another kind of value at %s", where);
  if (kj_node_is_object (a) || kj_node_is_array (a))
    {
      if (kj_node_get_length (a) != kj_node_get_length (b))
        g_error ("the saved file has %u members at %s, the original %u",
                 kj_node_get_length (b), where, kj_node_get_length (a));
      for (guint i = 0; i < kj_node_get_length (a); i++)
        {
          g_autofree char *path = NULL;
          if (kj_node_is_object (a))
            {
              path = g_strdup_printf ("%s.%s", where, kj_node_get_member_name (a, i));
              if (strcmp (kj_node_get_member_name (a, i), kj_node_get_member_name (b, i)) != 0)
                g_error ("the saved file has \"%s\" where the original has \"%s\", at %s",
                         kj_node_get_member_name (b, i), kj_node_get_member_name (a, i), where);
              assert_same_tree (kj_node_get_member_value (a, i), kj_node_get_member_value (b, i), path);
            }
          else
            {
              path = g_strdup_printf ("%s[%u]", where, i);
              assert_same_tree (kj_node_get_element (a, i), kj_node_get_element (b, i), path);
            }
        }
    }
  else if (!kj_node_equal (a, b))
    g_error ("the saved file changes the value at %s", where);
}

/* --save-as keeps everything, and the saved file gives the same findings */
static void
assert_round_trip (const char *path,
                   const char *findings)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-contract-XXXXXX", NULL);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *saved = g_build_filename (dir, name, NULL);
  const char *args[] = { "--save-as", saved, path, NULL };
  g_autofree char *out = NULL, *again = NULL, *bak = g_strconcat (saved, ".bak", NULL);
  g_autoptr(KjDocument) original = NULL, copy = NULL;
  gboolean has_error;
  int status;

  g_assert_cmpint (run (args, &out), ==, 0);
  original = read_tree (path);
  copy = read_tree (saved);
  assert_same_tree (kj_document_get_root (original), kj_document_get_root (copy), "$");
  if (findings)
    {
      again = check_findings (saved, FALSE, &status, &has_error);
      g_assert_cmpstr (again, ==, findings);
    }
  g_unlink (saved);
  g_unlink (bak);
  g_rmdir (dir);
}

static void
test_valid (gconstpointer data)
{
  const char *path = data;
  g_autofree char *expect = expect_path_for (path);
  g_autofree char *wanted = expected_text (expect);
  g_autofree char *found = NULL;
  gboolean has_error;
  int status;

  found = check_findings (path, FALSE, &status, &has_error);
  g_assert_cmpstr (found, ==, wanted);
  g_assert_cmpint (status, ==, has_error ? 1 : 0);
  assert_round_trip (path, found);
}

/* the files of a folder of valid/ checked together (DIR.expect): across-file
 * findings in both files; each file also survives a save on its own */
static void
test_workspace (gconstpointer data)
{
  const char *dir = data;
  g_autofree char *expect = g_strconcat (dir, ".expect", NULL);
  g_autofree char *wanted = expected_text (expect);
  g_autofree char *found = NULL;
  g_autoptr(GPtrArray) files = list_json (dir);
  gboolean has_error;
  int status;

  g_assert_cmpuint (files->len, >=, 3);
  found = check_findings (dir, TRUE, &status, &has_error);
  g_assert_cmpstr (found, ==, wanted);
  g_assert_cmpint (status, ==, has_error ? 1 : 0);
  for (guint i = 0; i < files->len; i++)
    assert_round_trip (g_ptr_array_index (files, i), NULL);
}

static void
test_invalid (gconstpointer data)
{
  const char *path = data;
  g_autofree char *expect = expect_path_for (path);
  g_autofree char *wanted = expected_text (expect);
  g_auto(GStrv) words = g_strsplit (g_strstrip (wanted), " ", 3);
  const char *args[] = { "--check", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  const Finding *f;

  /* "refused PATH LINE:COLUMN", "-" for either where any will do */
  g_assert_cmpuint (g_strv_length (words), ==, 3);
  g_assert_cmpstr (words[0], ==, "refused");
  g_assert_cmpint (run (args, &out), ==, 1);
  findings = parse_findings (out);
  g_assert_cmpuint (findings->len, ==, 1);
  f = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (f->severity, ==, "error");
  if (!g_str_equal (words[1], "-"))
    g_assert_cmpstr (f->path, ==, words[1]);
  if (!g_str_equal (words[2], "-"))
    {
      g_autofree char *loc = g_strdup_printf ("%d:%d", f->line, f->column);
      g_assert_cmpstr (loc, ==, words[2]);
    }

  /* a refused file is not saved */
  {
    g_autofree char *dir = g_dir_make_tmp ("kinerja-contract-XXXXXX", NULL);
    g_autofree char *saved = g_build_filename (dir, "out.json", NULL);
    const char *save[] = { "--save-as", saved, path, NULL };
    g_autofree char *save_out = NULL;

    g_assert_cmpint (run (save, &save_out), !=, 0);
    g_assert_false (g_file_test (saved, G_FILE_TEST_EXISTS));
    g_rmdir (dir);
  }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) valid = NULL, invalid = NULL;
  g_autoptr(GPtrArray) workspaces = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *valid_dir = g_build_filename (CONTRACT_DIR, "valid", NULL);
  g_autofree char *invalid_dir = g_build_filename (CONTRACT_DIR, "invalid", NULL);

  g_test_init (&argc, &argv, NULL);
  valid = list_json (valid_dir);
  invalid = list_json (invalid_dir);
  for (guint i = 0; i < valid->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (valid, i));
      g_autofree char *test = g_strdup_printf ("/contract/valid/%s", name);
      g_test_add_data_func (test, g_ptr_array_index (valid, i), test_valid);
    }
  {
    g_autoptr(GDir) dir = g_dir_open (valid_dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        char *path = g_build_filename (valid_dir, name, NULL);
        if (g_file_test (path, G_FILE_TEST_IS_DIR))
          g_ptr_array_add (workspaces, path);
        else
          g_free (path);
      }
    g_ptr_array_sort (workspaces, cmp_strings);
    g_assert_cmpuint (workspaces->len, >=, 1);
  }
  for (guint i = 0; i < workspaces->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (workspaces, i));
      g_autofree char *test = g_strdup_printf ("/contract/valid/%s", name);
      g_test_add_data_func (test, g_ptr_array_index (workspaces, i), test_workspace);
    }
  for (guint i = 0; i < invalid->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (invalid, i));
      g_autofree char *test = g_strdup_printf ("/contract/invalid/%s", name);
      g_test_add_data_func (test, g_ptr_array_index (invalid, i), test_invalid);
    }
  return g_test_run ();
}
