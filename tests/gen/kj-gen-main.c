/* kj-gen-main.c: the workspace generator: one file, and the command line */
/* Copyright 2026 The Kinerja authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "kj-gen.h"

/* One file {{{1 */

GString *
gen_file (const GPtrArray *all,
          const Satker    *sk,
          GString         *planted)
{
  JsonWriter w = { 0, };
  Ctx ctx;
  g_autoptr(GPtrArray) plan_2023 = NULL;
  g_autoptr(GPtrArray) plan_2024 = NULL;
  const char *names[] = { NULL, NULL, NULL, "2023", "2024" };

  ctx_init (&ctx, all, sk);
  gen_funding (&ctx);

  w.out = g_string_sized_new (96 * 1024);
  w.path = g_string_new (NULL);
  w.planted = planted;
  jw_begin_object (&w, NULL);
  jw_string (&w, "format", "kinerja-plan");
  jw_int (&w, "version", 1);

  jw_begin_object (&w, "satker");
  jw_string (&w, "code", sk->code);
  jw_string (&w, "name", sk->name);
  jw_string (&w, "short_name", sk->short_name);
  jw_string (&w, "level", sk->level);
  jw_string (&w, "province", provinces[sk->province].name);
  jw_string (&w, "area", sk->area);
  if (sk->is_prov)
    jw_string (&w, "parent", "BNN RI");
  else
    {
      g_autofree char *parent = g_strdup_printf ("BNN Provinsi %s",
                                                 provinces[sk->province].name);

      jw_string (&w, "parent", parent);
    }
  jw_end_object (&w);

  jw_begin_object (&w, "period");
  jw_int (&w, "first_year", FIRST_YEAR);
  jw_int (&w, "last_year", FIRST_YEAR + N_YEARS - 1);
  jw_string (&w, "name", "Renstra 2020–2024");
  jw_end_object (&w);

  write_indicators (&w, &ctx);
  write_budget (&w, &ctx);
  write_spending (&w, &ctx);

  plan_2023 = build_workplan (&ctx, 3);
  plan_2024 = build_workplan (&ctx, 4);
  write_outputs (&w, &ctx, plan_2024);
  jw_begin_object (&w, "workplan");
  for (int y = 3; y < N_YEARS; y++)
    {
      GPtrArray *plan = y == 3 ? plan_2023 : plan_2024;

      jw_begin_array (&w, names[y]);
      for (guint i = 0; i < plan->len; i++)
        write_node (&w, plan->pdata[i]);
      jw_end_array (&w);
    }
  jw_end_object (&w);

  write_signatures (&w, &ctx);
  write_context (&w, &ctx);
  jw_end_object (&w);
  g_string_append_c (w.out, '\n');
  g_assert (w.depth == 0);

  g_string_free (w.path, TRUE);
  ctx_clear (&ctx);
  return w.out;
}

/* Command line {{{1 */

static const char usage_line[] = "Usage: kj-gen-workspace [--seed N] [--count N] OUTDIR\n";

void
usage_error (const char *message)
{
  if (message != NULL)
    g_printerr ("kj-gen-workspace: %s\n", message);
  g_printerr ("%s", usage_line);
  exit (2);
}

guint64
parse_number (const char *option,
              const char *text,
              guint64     min,
              guint64     max)
{
  g_autoptr(GError) error = NULL;
  guint64 value = 0;

  if (text == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s needs a value", option);

      usage_error (message);
    }
  if (!g_ascii_string_to_unsigned (text, 10, min, max, &value, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", option, error->message);

      usage_error (message);
    }
  return value;
}

int
main (int   argc,
      char *argv[])
{
  guint64 seed = 1;
  guint64 count = N_PROVINCES + N_BNNK;
  const char *outdir = NULL;
  gboolean options_done = FALSE;
  g_autoptr(GRand) master = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GString) manifest = NULL;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (!options_done && g_str_equal (arg, "--"))
        options_done = TRUE;
      else if (!options_done && (g_str_equal (arg, "-h") || g_str_equal (arg, "--help")))
        {
          g_print ("%s", usage_line);
          return 0;
        }
      else if (!options_done && g_str_equal (arg, "--seed"))
        seed = parse_number ("--seed", i + 1 < argc ? argv[++i] : NULL, 0, G_MAXUINT32);
      else if (!options_done && g_str_has_prefix (arg, "--seed="))
        seed = parse_number ("--seed", arg + strlen ("--seed="), 0, G_MAXUINT32);
      else if (!options_done && g_str_equal (arg, "--count"))
        count = parse_number ("--count", i + 1 < argc ? argv[++i] : NULL,
                              1, N_PROVINCES + N_BNNK);
      else if (!options_done && g_str_has_prefix (arg, "--count="))
        count = parse_number ("--count", arg + strlen ("--count="), 1, N_PROVINCES + N_BNNK);
      else if (!options_done && arg[0] == '-' && arg[1] != '\0')
        {
          g_autofree char *message = g_strdup_printf ("unknown option %s", arg);

          usage_error (message);
        }
      else if (outdir == NULL)
        outdir = arg;
      else
        usage_error ("only one OUTDIR");
    }
  if (outdir == NULL)
    usage_error (NULL);

  if (g_mkdir_with_parents (outdir, 0755) != 0)
    {
      g_printerr ("kj-gen-workspace: cannot create %s: %s\n", outdir, g_strerror (errno));
      return 1;
    }

  master = g_rand_new_with_seed ((guint32) seed);
  all = build_satkers (master);
  manifest = g_string_new (NULL);
  for (guint i = 0; i < count; i++)
    {
      const Satker *sk = all->pdata[i];
      g_autoptr(GString) planted = g_string_new (NULL);
      g_autoptr(GString) json = gen_file (all, sk, planted);
      g_autofree char *base = g_strconcat (sk->slug, ".json", NULL);
      g_autofree char *path = g_build_filename (outdir, base, NULL);
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) lines = g_strsplit (planted->str, "\n", -1);

      if (!g_file_set_contents (path, json->str, (gssize) json->len, &error))
        {
          g_printerr ("kj-gen-workspace: %s\n", error->message);
          return 1;
        }
      for (guint k = 0; lines[k] && *lines[k]; k++)
        g_string_append_printf (manifest, "%s\t%s\n", base, lines[k]);
    }
  /* the slips planted, one a line: FILE, JSON path, kind (achievement,
   * category, sum); the workspace test checks that the checks find exactly these */
  {
    g_autofree char *path = g_build_filename (outdir, "PLANTED", NULL);
    g_autoptr(GError) error = NULL;

    if (!g_file_set_contents (path, manifest->str, (gssize) manifest->len, &error))
      {
        g_printerr ("kj-gen-workspace: %s\n", error->message);
        return 1;
      }
  }
  return 0;
}

/* vim: set foldmethod=marker: */
