/* kj-plan-page-clip.c: the indicator table and spreadsheets: a block pasted
 * from LibreOffice or Excel, the table copied or exported as CSV
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A paste starts at the focused value cell and fills the rows below it, as
 * sorted on screen, and the columns to its right (target, realisation).
 * Every cell is read first; one that is not a number refuses the whole
 * paste, naming its row and column, and the plan is not touched.  A paste
 * is one edit, so one undo.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "model/kj-format.h"
#include "model/kj-input.h"
#include "model/kj-path.h"
#include "model/kj-table-text.h"
#include "widgets/kj-table-clip.h"
#include "widgets/kj-plan-page-private.h"

static const char *
field_of (KjPlanColumn column)
{
  return column == KJ_PLAN_COLUMN_TARGET ? "target" : "realization";
}

/**
 * _kj_plan_page_add_value:
 * @made: (nullable): the year entries an earlier patch of @edit makes
 *
 * Adds to @edit the patch that sets @field of @ind in @year to @value as
 * typed (@decimals kept), or removes it for %NAN; a year, or the years, the
 * indicator has no entry for are made.  A typed value and a paste both
 * come here.
 */
void
_kj_plan_page_add_value (KjEdit      *edit,
                         GHashTable  *made,
                         KjPlan      *plan,
                         KjIndicator *ind,
                         int          year,
                         const char  *field,
                         double       value,
                         guint        decimals)
{
  g_autofree char *indicator = kj_path_key ("indicators", "id", kj_indicator_get_id (ind));
  g_autofree char *years = kj_path_member (indicator, "years");
  g_autofree char *year_path = g_strdup_printf ("%s.%d", years, year);
  g_autofree char *path = kj_path_member (year_path, field);
  KjNode *root = kj_plan_get_root (plan);
  char digits[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = g_strdup_printf ("%%.%uf", MIN (decimals, 12));
  KjNode *number, *object;

  if (isnan (value))
    {
      if (kj_node_lookup (root, path) != NULL)
        kj_edit_set (edit, path, NULL);
      return;
    }
  number = kj_node_new_number_text (g_ascii_formatd (digits, sizeof digits, format, value));
  if (kj_node_lookup (root, year_path) != NULL || (made && g_hash_table_contains (made, year_path)))
    {
      kj_edit_set (edit, path, number);
      return;
    }
  /* the indicator's first figure for this year; the patches of an edit
   * apply in turn, so the next cell of the row finds the year made */
  object = kj_node_new_object ();
  kj_node_object_set (object, field, number);
  if (kj_node_lookup (root, years) == NULL && !(made && g_hash_table_contains (made, years)))
    {
      KjNode *all = kj_node_new_object ();
      g_autofree char *key = g_strdup_printf ("%d", year);

      kj_node_object_set (all, key, object);
      kj_edit_set (edit, years, all);
      if (made)
        g_hash_table_add (made, g_steal_pointer (&years));
    }
  else
    kj_edit_set (edit, year_path, object);
  if (made)
    g_hash_table_add (made, g_steal_pointer (&year_path));
}

/**
 * kj_plan_page_paste_text:
 * @text: a block of cells as a spreadsheet copies it (TSV)
 * @indicator_id: the indicator of the top left cell
 * @column: the column of the top left cell
 *
 * Returns: %FALSE with @error naming the row and column of the first cell
 *   that is refused; the plan is then unchanged
 */
gboolean
kj_plan_page_paste_text (KjPlanPage    *self,
                         const char    *text,
                         const char    *indicator_id,
                         KjPlanColumn   column,
                         GError       **error)
{
  g_autoptr(KjTextTable) table = NULL;
  g_autoptr(KjEdit) edit = NULL;
  g_autoptr(GHashTable) made = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *label = NULL;
  GListModel *rows = G_LIST_MODEL (self->sorted);
  guint n_rows, n_columns, first = G_MAXUINT, n = g_list_model_get_n_items (rows);
  KjNotation notation = kj_notation_for_locale ();

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (text != NULL && indicator_id != NULL, FALSE);

  if (!_kj_plan_page_check_writable (self, error))
    return FALSE;
  if ((table = kj_text_table_parse (text, -1, '\t', error)) == NULL)
    return FALSE;
  n_rows = kj_text_table_get_n_rows (table);
  n_columns = kj_text_table_get_n_columns (table);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, i);
      if (g_strcmp0 (kj_indicator_get_id (ind), indicator_id) == 0)
        first = i;
    }
  if (first == G_MAXUINT || n_rows == 0)
    {
      g_set_error_literal (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT, _("Nothing to paste"));
      return FALSE;
    }
  if (first + n_rows > n)
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                   g_dngettext (GETTEXT_PACKAGE, "The block has %u row; the table has %u below this cell",
                                "The block has %u rows; the table has %u below this cell", n_rows),
                   n_rows, n - first);
      return FALSE;
    }
  if ((column == KJ_PLAN_COLUMN_TARGET ? 2 : 1) < n_columns)
    {
      g_set_error (error, KJ_PLAN_ERROR, KJ_PLAN_ERROR_CONFLICT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The block has %u column; only target and realisation can be pasted into",
                                "The block has %u columns; only target and realisation can be pasted into",
                                n_columns),
                   n_columns);
      return FALSE;
    }

  /* Translators: the name of a paste in the undo menu: "Paste 20 × 2 cells" */
  label = g_strdup_printf (_("Paste %u × %u cells"), n_rows, n_columns);
  edit = kj_edit_new (label);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, first + r);

      for (guint c = 0; c < n_columns; c++)
        {
          const char *cell = c < kj_text_table_get_n_cells (table, r) ? kj_text_table_get_cell (table, r, c) : "";
          g_autofree char *stripped = g_strstrip (g_strdup (cell ? cell : ""));
          double value = NAN;
          guint decimals = 0;

          if (*stripped)
            {
              /* Translators: where a pasted cell is in the block: "Row 3, column 2" */
              g_autofree char *where = g_strdup_printf (_("Row %u, column %u"), r + 1, c + 1);

              if (!kj_table_parse_pasted (stripped, notation, where, &value, &decimals, error))
                return FALSE;
            }
          _kj_plan_page_add_value (edit, made, self->plan, ind, self->year,
                     field_of (column == KJ_PLAN_COLUMN_TARGET && c == 0 ? KJ_PLAN_COLUMN_TARGET
                                                                         : KJ_PLAN_COLUMN_REALIZATION),
                     value, decimals);
        }
    }
  if (kj_edit_get_n_patches (edit) == 0)
    return TRUE;
  return kj_plan_apply (self->plan, edit, NULL, error);
}

/* ── the table as text ──────────────────────────────────────────────────── */

/**
 * kj_plan_page_get_table_text:
 * @separator: '\t' for TSV (the clipboard), ',' or ';' for CSV
 * @raw: numbers as the file holds them (with a full stop), else as shown
 *
 * Returns: (transfer full): the year's table, rows as sorted on screen, with
 *   a header row
 */
char *
kj_plan_page_get_table_text (KjPlanPage *self,
                             char        separator,
                             gboolean    raw)
{
  GListModel *rows = G_LIST_MODEL (self->sorted);
  GString *out = g_string_new (NULL);
  const char *header[] = {
    _("Indicator"), _("Name"), _("Unit"), _("Year"), _("Target"), _("Realisation"),
    _("Achievement (%)"), _("Category")
  };

  g_return_val_if_fail (KJ_IS_PLAN_PAGE (self), NULL);
  kj_text_table_append_row (out, header, G_N_ELEMENTS (header), separator);
  for (guint i = 0; self->plan && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KjIndicator) ind = g_list_model_get_item (rows, i);
      const KjYearValue *v = kj_indicator_get_year (ind, self->year);
      g_autofree char *year = g_strdup_printf ("%d", self->year);
      g_autofree char *target = NULL, *realization = NULL, *achievement = NULL, *category = NULL;
      double a = NAN;
      char digits[G_ASCII_DTOSTR_BUF_SIZE];
      const char *cells[8];

      kj_indicator_get_achievement (ind, self->year, &a);
      if (raw)
        {
          target = kj_table_raw_number (v ? v->target : NAN);
          realization = kj_table_raw_number (v ? v->realization : NAN);
          achievement = isnan (a) ? g_strdup ("") : g_strdup (g_ascii_formatd (digits, sizeof digits, "%.2f", a));
        }
      else
        {
          target = kj_indicator_format_value (ind, v ? v->target : NAN);
          realization = kj_indicator_format_value (ind, v ? v->realization : NAN);
          achievement = kj_format_percent (a, 2);
        }
      /* each category says which scale it comes from */
      category = v ? kj_indicator_describe_category (ind, self->year, FALSE) : g_strdup ("");
      cells[0] = kj_indicator_get_id (ind);
      cells[1] = kj_indicator_get_name (ind);
      cells[2] = kj_indicator_get_unit (ind) ? kj_indicator_get_unit (ind) : "";
      cells[3] = year;
      cells[4] = target;
      cells[5] = realization;
      cells[6] = achievement;
      cells[7] = category;
      kj_text_table_append_row (out, cells, G_N_ELEMENTS (cells), separator);
    }
  return g_string_free (out, FALSE);
}

/* ── the clipboard and the CSV file ─────────────────────────────────────── */

static char *
table_text (GtkWidget *owner,
            char       separator,
            gboolean   raw)
{
  return kj_plan_page_get_table_text (KJ_PLAN_PAGE (owner), separator, raw);
}

static void
copy_table_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  kj_table_copy (widget, table_text, action_name);
}

static void
export_csv_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KjPlanPage *self = KJ_PLAN_PAGE (widget);
  g_autofree char *name = NULL;
  const KjSatker *s;

  if (self->plan == NULL)
    return;
  s = kj_plan_get_satker (self->plan);
  /* Translators: a file name: "indikator-BNN Kota Kupang-2024.csv" */
  name = g_strdup_printf (_("indicators-%s-%d.csv"), s->short_name ? s->short_name : s->name, self->year);
  kj_table_export_csv (widget, name, table_text);
}

void
_kj_plan_page_class_init_clip (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.copy-table", NULL, copy_table_activated);
  gtk_widget_class_install_action (widget_class, "page.copy-table-raw", NULL, copy_table_activated);
  gtk_widget_class_install_action (widget_class, "page.export-csv", NULL, export_csv_activated);
}

typedef struct
{
  KjPlanPage   *self;
  char         *indicator;
  KjPlanColumn  column;
} Paste;

static void
pasted_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Paste *paste = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text && !kj_plan_page_paste_text (paste->self, text, paste->indicator, paste->column, &error))
    _kj_plan_page_show_paste_error (paste->self, paste->indicator, paste->column, error->message);
  else if (text)
    kj_plan_page_focus_cell (paste->self, paste->indicator, paste->column);
  g_object_unref (paste->self);
  g_free (paste->indicator);
  g_free (paste);
}

/* Ctrl+V on a value cell: the clipboard's text, read, then pasted there. */
void
_kj_plan_page_paste_clipboard (KjPlanPage   *self,
                               const char   *indicator_id,
                               KjPlanColumn  column)
{
  Paste *paste = g_new0 (Paste, 1);

  paste->self = g_object_ref (self);
  paste->indicator = g_strdup (indicator_id);
  paste->column = column;
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL, pasted_cb, paste);
}
