/* kj-cli-import.c: kinerja --import TABLE.{csv,tsv} --into PLAN.json
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table with a header row (indicator, year, target, realization, or
 * indikator, tahun, target, realisasi) sets targets and realisations of a
 * plan: every cell checked first, all changes then one edit through
 * kj_plan_apply(), saved atomically with its .bak and a history entry per
 * change.  A bad table changes nothing.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cli/kj-cli.h"
#include "io/kj-plan-io.h"
#include "model/kj-format.h"
#include "model/kj-input.h"
#include "model/kj-path.h"
#include "model/kj-table-text.h"

typedef enum { COL_INDICATOR, COL_YEAR, COL_TARGET, COL_REALIZATION, N_COLS } Column;

static const char *const field_names[N_COLS] = { NULL, NULL, "target", "realization" };

typedef struct
{
  const char *name;
  Column      column;
} Header;

static const Header headers[] = {
  { "indicator", COL_INDICATOR }, { "indikator", COL_INDICATOR },
  { "year", COL_YEAR }, { "tahun", COL_YEAR },
  { "target", COL_TARGET },
  { "realization", COL_REALIZATION }, { "realisation", COL_REALIZATION }, { "realisasi", COL_REALIZATION },
};

/* One value to set, and what it replaces, for the report. */
typedef struct
{
  char   *indicator;
  int     year;
  Column  column;
  double  value;
  guint   decimals;
  double  old;
  int     old_decimals;
} Change;

static void
change_clear (gpointer data)
{
  g_free (((Change *) data)->indicator);
}

G_GNUC_PRINTF (2, 3) static int
fail (const char *table_name,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  kj_cli_print (TRUE, "%s: %s\n", table_name, message);
  return KJ_EXIT_ERROR;
}

static int
usage (void)
{
  kj_cli_print (TRUE, "%s\n", _("Usage: kinerja --import TABLE.csv|TABLE.tsv --into PLAN.json"));
  return KJ_EXIT_USAGE;
}

static char *
trimmed (const char *cell)
{
  return g_strstrip (g_strdup (cell ? cell : ""));
}

/* The decimals a number of the file is written with (147.00: 2). */
static int
node_decimals (const KjNode *node)
{
  const char *text = kj_node_get_number_text (node);
  const char *dot = text ? strchr (text, '.') : NULL;

  if (text == NULL || strpbrk (text, "eE"))
    return kj_printed_decimals (kj_node_get_number (node));
  return dot ? MIN ((int) strspn (dot + 1, "0123456789"), 6) : 0;
}

static KjNode *
number_node (double value,
             guint  decimals)
{
  char buf[64];

  g_snprintf (buf, sizeof buf, "%.*f", (int) MIN (decimals, 15), value);
  return kj_node_new_number_text (buf);
}

/* The notation of each number column: what its cells' separators say, all
 * alike; where none says, the machine's locale. */
static gboolean
decide_notations (KjTextTable *table,
                  const int   *where,
                  KjNotation  *notations,
                  const char  *table_name,
                  int         *status)
{
  for (Column c = COL_TARGET; c < N_COLS; c++)
    {
      gboolean known = FALSE;
      guint first_row = 0;

      notations[c] = kj_notation_for_locale ();
      if (where[c] < 0)
        continue;
      for (guint r = 1; r < kj_text_table_get_n_rows (table); r++)
        {
          const char *cell = kj_text_table_get_cell (table, r, where[c]);
          KjNotation n;

          if (cell == NULL || !kj_input_guess_notation (cell, &n))
            continue;
          if (!known)
            {
              notations[c] = n;
              known = TRUE;
              first_row = r;
            }
          else if (n != notations[c])
            {
              *status = fail (table_name,
                              /* Translators: the column is "realization"; the lines hold 84,38 and 84.38 */
                              _("column %d (%s): line %u writes numbers in Indonesian notation and line %u "
                                "in English, expected one notation per column"),
                              where[c] + 1, field_names[c],
                              kj_text_table_get_line (table, notations[c] == KJ_NOTATION_ID ? first_row : r),
                              kj_text_table_get_line (table, notations[c] == KJ_NOTATION_ID ? r : first_row));
              return FALSE;
            }
        }
    }
  return TRUE;
}

static char *
year_path (const char *indicator,
           int         year)
{
  g_autofree char *ind = kj_path_key ("indicators", "id", indicator);
  g_autofree char *years = kj_path_member (ind, "years");
  char y[16];

  g_snprintf (y, sizeof y, "%d", year);
  return kj_path_member (years, y);
}

/**
 * kj_cli_import:
 * @table_path: TABLE.csv or TABLE.tsv
 * @into: the plan file to change
 * @rest: (nullable): anything else on the command line (wrong usage)
 *
 * Returns: 0 when the plan was written (or nothing changed), 1 with the line
 *   and column of the first bad cell (the plan unchanged), 2 on wrong usage
 */
int
kj_cli_import (const char         *table_path,
               const char         *into,
               const char * const *rest)
{
  g_autoptr(GFile) plan_file = NULL;
  g_autoptr(KjPlan) plan = NULL;
  g_autoptr(KjDiagnostic) diagnostic = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KjTextTable) table = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(KjEdit) edit = NULL;
  g_autofree char *text = NULL, *lower = NULL;
  KjNotation notations[N_COLS];
  int where[N_COLS] = { -1, -1, -1, -1 };
  int status = KJ_EXIT_OK;
  gsize length;
  gboolean tsv;

  if (table_path == NULL || into == NULL || (rest && rest[0]))
    return usage ();
  lower = g_ascii_strdown (table_path, -1);
  tsv = g_str_has_suffix (lower, ".tsv");
  if (!tsv && !g_str_has_suffix (lower, ".csv"))
    {
      kj_cli_print (TRUE, _("%s: expected a table ending in .csv or .tsv\n"), table_path);
      return KJ_EXIT_USAGE;
    }
  if (!g_file_test (table_path, G_FILE_TEST_IS_REGULAR))
    {
      kj_cli_print (TRUE, _("%s: no such file\n"), table_path);
      return KJ_EXIT_USAGE;
    }
  if (!g_file_test (into, G_FILE_TEST_IS_REGULAR))
    {
      kj_cli_print (TRUE, _("%s: no such file\n"), into);
      return KJ_EXIT_USAGE;
    }

  /* the table, bounded */
  {
    g_autoptr(GFile) f = g_file_new_for_commandline_arg (table_path);
    g_autoptr(GFileInfo) info = g_file_query_info (f, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &error);

    if (info == NULL)
      return fail (table_path, "%s", error->message);
    if (g_file_info_get_size (info) > KJ_TABLE_MAX_SIZE)
      return fail (table_path, _("larger than %d MiB, expected a smaller table"), KJ_TABLE_MAX_SIZE / (1024 * 1024));
    if (!g_file_get_contents (table_path, &text, &length, &error))
      return fail (table_path, "%s", error->message);
  }
  table = kj_text_table_parse (text, length, tsv ? '\t' : 0, &error);
  if (table == NULL)
    return fail (table_path, "%s", error->message);
  if (kj_text_table_get_n_rows (table) == 0)
    return fail (table_path, _("line 1: expected a header row: indicator, year, target, realization"));

  /* the header row */
  for (guint c = 0; c < kj_text_table_get_n_cells (table, 0); c++)
    {
      g_autofree char *name = trimmed (kj_text_table_get_cell (table, 0, c));
      gboolean found = FALSE;

      for (guint h = 0; h < G_N_ELEMENTS (headers) && !found; h++)
        if (g_ascii_strcasecmp (name, headers[h].name) == 0)
          {
            found = TRUE;
            if (where[headers[h].column] >= 0)
              return fail (table_path, _("line 1, column %u: “%s” again, expected each column once"), c + 1, name);
            where[headers[h].column] = c;
          }
      if (!found)
        return fail (table_path,
                     _("line 1, column %u: unknown column “%s”, expected indicator (indikator), year (tahun), "
                       "target, realization (realisasi)"), c + 1, name);
    }
  if (where[COL_INDICATOR] < 0 || where[COL_YEAR] < 0 || (where[COL_TARGET] < 0 && where[COL_REALIZATION] < 0))
    return fail (table_path, _("line 1: expected the columns indicator, year and target or realization"));
  if (!decide_notations (table, where, notations, table_path, &status))
    return status;

  plan_file = g_file_new_for_commandline_arg (into);
  plan = kj_plan_load_file (plan_file, &diagnostic, &error);
  if (plan == NULL)
    {
      g_autofree char *line = kj_diagnostic_to_check_line (diagnostic);
      kj_cli_print (TRUE, "%s\n", line);
      return KJ_EXIT_ERROR;
    }

  /* every cell checked before anything changes */
  changes = g_array_new (FALSE, TRUE, sizeof (Change));
  g_array_set_clear_func (changes, change_clear);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = 1; r < kj_text_table_get_n_rows (table); r++)
    {
      guint line = kj_text_table_get_line (table, r);
      g_autofree char *id = trimmed (kj_text_table_get_cell (table, r, where[COL_INDICATOR]));
      g_autofree char *year_text = trimmed (kj_text_table_get_cell (table, r, where[COL_YEAR]));
      g_autofree char *key = NULL;
      KjIndicator *indicator;
      const KjYearValue *yv;
      gboolean blank = TRUE;
      int year;

      for (guint c = 0; c < kj_text_table_get_n_cells (table, r) && blank; c++)
        {
          g_autofree char *cell = trimmed (kj_text_table_get_cell (table, r, c));
          blank = *cell == '\0';
        }
      if (blank)
        continue;
      indicator = kj_plan_find_indicator (plan, id);
      if (indicator == NULL)
        return fail (table_path, _("line %u, column %d: no indicator “%s” in %s"),
                     line, where[COL_INDICATOR] + 1, id, kj_plan_get_display_name (plan));
      if (strlen (year_text) != 4 || strspn (year_text, "0123456789") != 4)
        return fail (table_path, _("line %u, column %d: “%s”, expected a year such as 2024"),
                     line, where[COL_YEAR] + 1, year_text);
      year = atoi (year_text);
      key = g_strdup_printf ("%s\n%d", id, year);
      if (g_hash_table_contains (seen, key))
        return fail (table_path, _("line %u: %s %d is on line %u too, expected it once"), line, id, year,
                     GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)));
      g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (line));
      yv = kj_indicator_get_year (indicator, year);

      for (Column c = COL_TARGET; c < N_COLS; c++)
        {
          g_autoptr(GError) parse_error = NULL;
          g_autofree char *cell = NULL;
          Change change = { 0 };
          double old = NAN;

          if (where[c] < 0)
            continue;
          cell = trimmed (kj_text_table_get_cell (table, r, where[c]));
          if (*cell == '\0')
            continue;   /* empty: left as it is */
          if (!kj_input_parse_number (cell, notations[c], &change.value, &change.decimals, &parse_error))
            return fail (table_path, _("line %u, column %d (%s): “%s”: %s"), line, where[c] + 1,
                         field_names[c], cell, parse_error->message);
          if (yv)
            old = c == COL_TARGET ? yv->target : yv->realization;
          if (!isnan (old) && old == change.value)
            continue;   /* unchanged */
          change.indicator = g_strdup (id);
          change.year = year;
          change.column = c;
          change.old = old;
          change.old_decimals = 0;
          {
            g_autofree char *path = year_path (id, year);
            g_autofree char *field_path = kj_path_member (path, field_names[c]);
            KjNode *node = kj_node_lookup (kj_plan_get_root (plan), field_path);
            if (node && kj_node_is_number (node))
              change.old_decimals = node_decimals (node);
          }
          g_array_append_val (changes, change);
        }
    }
  if (changes->len == 0)
    {
      kj_cli_print (FALSE, _("%s: no changes\n"), kj_plan_get_display_name (plan));
      return KJ_EXIT_OK;
    }

  /* one edit: a year entry the plan lacks is made whole */
  edit = kj_edit_new (_("Import a table"));
  {
    KjNode *root = kj_plan_get_root (plan);
    g_autoptr(GHashTable) new_years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < changes->len; i++)
      {
        Change *ch = &g_array_index (changes, Change, i);
        g_autofree char *path = year_path (ch->indicator, ch->year);
        KjNode *entry = kj_node_lookup (root, path);

        if (entry && kj_node_is_object (entry))
          {
            g_autofree char *field_path = kj_path_member (path, field_names[ch->column]);
            kj_edit_set (edit, field_path, number_node (ch->value, ch->decimals));
          }
        else
          {
            KjNode *object = g_hash_table_lookup (new_years, path);
            if (object == NULL)
              {
                object = kj_node_new_object ();
                g_hash_table_insert (new_years, g_strdup (path), object);
              }
            kj_node_object_set (object, field_names[ch->column], number_node (ch->value, ch->decimals));
          }
      }
    /* whole new year entries, in the table's order; a plan with no `years`
     * for the indicator gets them all in one */
    {
      g_autoptr(GHashTable) wrappers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < changes->len; i++)
        {
          Change *ch = &g_array_index (changes, Change, i);
          g_autofree char *path = year_path (ch->indicator, ch->year);
          KjNode *object = g_hash_table_lookup (new_years, path);
          g_autofree char *years = NULL;
          KjNode *years_node, *wrapper;
          char y[16];

          if (object == NULL)
            continue;
          {
            gpointer key;
            g_hash_table_steal_extended (new_years, path, &key, NULL);
            g_free (key);
          }
          years = g_strndup (path, strrchr (path, '.') - path);
          years_node = kj_node_lookup (root, years);
          if (years_node && kj_node_is_object (years_node))
            {
              kj_edit_set (edit, path, object);
              continue;
            }
          wrapper = g_hash_table_lookup (wrappers, years);
          if (wrapper == NULL)
            {
              wrapper = kj_node_new_object ();
              g_hash_table_insert (wrappers, g_strdup (years), wrapper);
              g_ptr_array_add (order, g_strdup (years));
            }
          g_snprintf (y, sizeof y, "%d", ch->year);
          kj_node_object_set (wrapper, y, object);
        }
      for (guint i = 0; i < order->len; i++)
        {
          const char *years = g_ptr_array_index (order, i);
          KjNode *wrapper = g_hash_table_lookup (wrappers, years);
          gpointer key;

          g_hash_table_steal_extended (wrappers, years, &key, NULL);
          g_free (key);
          kj_edit_set (edit, years, wrapper);
        }
    }
  }
  g_clear_pointer (&diagnostic, kj_diagnostic_free);
  if (!kj_plan_apply (plan, edit, &diagnostic, &error))
    return fail (table_path, _("the plan would not be valid with these values: %s"), error->message);
  if (!kj_plan_save (plan, plan_file, &error))
    {
      kj_cli_print (TRUE, "%s\n", error->message);
      return KJ_EXIT_ERROR;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      Change *ch = &g_array_index (changes, Change, i);
      g_autofree char *old = isnan (ch->old) ? g_strdup (KJ_NO_DATA) : kj_format_number (ch->old, ch->old_decimals);
      g_autofree char *now = kj_format_number (ch->value, ch->decimals);

      /* Translators: "nka 2024 realization: 80,12 -> 84,38" */
      kj_cli_print (FALSE, _("%s %d %s: %s -> %s\n"), ch->indicator, ch->year, field_names[ch->column], old, now);
    }
  return KJ_EXIT_OK;
}
