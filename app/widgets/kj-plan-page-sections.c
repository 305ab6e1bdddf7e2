/* kj-plan-page-sections.c: the overview's summary cards, findings and
 * money rows, each kept as it is where an edit does not change it
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "model/kj-checks.h"
#include "model/kj-format.h"
#include "model/kj-plan-summary.h"
#include "widgets/kj-plan-page-private.h"

#define MAX_FINDING_ROWS 200


/* Removes the rows added to @group, or to every group (%NULL). */
void
_kj_plan_page_clear_rows (KjPlanPage          *self,
            AdwPreferencesGroup *only)
{
  for (guint i = self->page_rows->len; i > 0; i--)
    {
      GtkWidget *row = g_ptr_array_index (self->page_rows, i - 1);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
      if (only && group != GTK_WIDGET (only))
        continue;
      if (group)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_remove_index (self->page_rows, i - 1);
    }
}

static GtkWidget *
add_row (KjPlanPage          *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title ? title : "–", -1);
  g_autofree char *s = subtitle ? g_markup_escape_text (subtitle, -1) : NULL;

  /* satker and kegiatan names come from files of other offices: escaped */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  if (s)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (value)
    {
      GtkWidget *label = gtk_label_new (value);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->page_rows, row);
  return row;
}

static GtkWidget *
summary_card (const char *value,
              const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *v = gtk_label_new (value);
  GtkWidget *c = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (v, "title-2");
  gtk_widget_add_css_class (v, "numeric");
  gtk_widget_add_css_class (c, "caption");
  gtk_widget_add_css_class (c, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (c), TRUE);
  gtk_label_set_justify (GTK_LABEL (c), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), v);
  gtk_box_append (GTK_BOX (box), c);
  for (GtkWidget *w = box; w; w = NULL)
    {
      gtk_widget_set_margin_top (v, 12);
      gtk_widget_set_margin_bottom (c, 12);
      gtk_widget_set_margin_start (c, 6);
      gtk_widget_set_margin_end (c, 6);
    }
  return box;
}

/* "0 errors, 5 warnings, 2 notes": the summary card and the findings
 * heading say the same, of the same findings. */
static char *
severity_counts (const KjPlanSummary *s)
{
  g_autofree char *e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                     s->errors), s->errors);
  g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                     s->warnings), s->warnings);
  g_autofree char *n = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes",
                                                     s->notes), s->notes);
  /* Translators: "0 errors, 5 warnings, 2 notes" */
  return g_strdup_printf (_("%s, %s, %s"), e, w, n);
}

/* The cards are made once; an edit changes only their texts (a label given
 * its own text again is not laid out again). */
static void
set_card (KjPlanPage *self,
          guint       index,
          const char *value,
          const char *caption)
{
  GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box));

  for (guint i = 0; card && i < index; i++)
    card = gtk_widget_get_next_sibling (card);
  if (card == NULL)
    {
      gtk_box_append (self->summary_box, summary_card (value, caption));
      return;
    }
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (card)), value);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (card)), caption);
}

void
_kj_plan_page_update_summary (KjPlanPage *self)
{
  KjPlanSummary s;
  g_autofree char *n1 = NULL, *n2 = NULL, *n3 = NULL, *n4 = NULL, *counts = NULL, *caption = NULL;

  kj_plan_summarize (self->plan, self->year, self->findings, &s);
  n1 = g_strdup_printf ("%u", s.with_value);
  set_card (self, 0, n1, _("indicators with data this year"));
  n2 = g_strdup_printf ("%u", s.met);
  set_card (self, 1, n2, _("indicators at or above target"));
  n3 = kj_format_percent (s.absorption, 2);
  set_card (self, 2, n3, _("budget absorbed"));
  n4 = g_strdup_printf ("%u", self->findings->len);
  counts = severity_counts (&s);
  /* Translators: under the number of findings: "data check findings (0 errors, 5 warnings, 2 notes)" */
  caption = g_strdup_printf (_("data check findings (%s)"), counts);
  set_card (self, 3, n4, caption);
}


static void
finding_activated_cb (AdwActionRow *row,
                      KjPlanPage   *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "kj-indicator");
  KjIndicator *indicator = id && self->plan ? kj_plan_find_indicator (self->plan, id) : NULL;

  if (indicator)
    _kj_plan_page_reveal_indicator (self, indicator);
}

static void
add_finding_row (KjPlanPage           *self,
                 const KjDiagnostic   *d,
                 const KjFindingPlace *place,
                 const char           *where,
                 const char           *kind)
{
  GtkWidget *row = add_row (self, self->findings_group, d->message, where, NULL);
  GtkWidget *image;
  const char *icon;

  g_object_set_data_full (G_OBJECT (row), "kj-kind", g_strdup (kind), g_free);
  if (place->indicator)
    {
      /* by id: an edit makes the plan's indicators again, and keeps the rows */
      g_object_set_data_full (G_OBJECT (row), "kj-indicator",
                              g_strdup (kj_indicator_get_id (place->indicator)), g_free);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (finding_activated_cb), self, 0);
      gtk_widget_set_tooltip_text (row, _("Show the indicator in the table"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-up-symbolic"));
    }
  if (d->other)
    {
      /* a finding across files: the other file opens from here */
      g_autofree char *name = g_path_get_basename (d->other);
      /* Translators: a button on a finding that another open file disagrees with */
      g_autofree char *label = g_strdup_printf (_("Show %s"), name);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-plan");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", d->other_uri ? d->other_uri : d->other);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  icon = d->severity == KJ_SEVERITY_ERROR ? "dialog-error-symbolic"
         : d->severity == KJ_SEVERITY_WARNING ? "dialog-warning-symbolic"
         : "dialog-information-symbolic";
  image = gtk_image_new_from_icon_name (icon);
  gtk_widget_add_css_class (image, d->severity == KJ_SEVERITY_ERROR ? "error"
                                   : d->severity == KJ_SEVERITY_WARNING ? "warning" : "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  d->severity == KJ_SEVERITY_ERROR ? _("Error")
                                  : d->severity == KJ_SEVERITY_WARNING ? _("Warning")
                                  : _("Note"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
}

void
_kj_plan_page_update_findings (KjPlanPage *self)
{
  g_autofree char *description = NULL;
  GPtrArray *findings = self->findings;
  KjPlanSummary s;

  kj_plan_summarize (self->plan, self->year, findings, &s);
  if (findings->len == 0)
    description = g_strdup (_("No problems found: printed figures agree with the file's own numbers."));
  else
    {
      g_autofree char *counts = severity_counts (&s);
      /* Translators: "7 findings for 2023 (0 errors, 5 warnings, 2 notes): …" */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u finding for %d (%s): where the document's "
                                                  "figures disagree with its own numbers. A note is "
                                                  "a figure that cannot be checked, not a mistake.",
                                                  "%u findings for %d (%s): where the document's "
                                                  "figures disagree with its own numbers. A note is "
                                                  "a figure that cannot be checked, not a mistake.",
                                                  findings->len), findings->len, self->year, counts);
    }
  if (self->n_other_years > 0)
    {
      g_autofree char *other = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u more concerns other years.",
                                                             "%u more concern other years.",
                                                             self->n_other_years),
                                                self->n_other_years);
      g_autofree char *plain = g_steal_pointer (&description);
      description = g_strdup_printf ("%s %s", plain, other);
    }
  adw_preferences_group_set_description (self->findings_group, description);

  kj_plan_locate_all (self->plan, findings);
  {
    /* the rows there are, in order: each kept where its kind is the same
     * (only its texts change, as after an edit), made again where not */
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    guint n = MIN (findings->len, MAX_FINDING_ROWS);

    for (guint i = 0; i < self->page_rows->len; i++)
      {
        GtkWidget *row = g_ptr_array_index (self->page_rows, i);
        if (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) == GTK_WIDGET (self->findings_group))
          g_ptr_array_add (rows, row);
      }
    for (guint i = 0; i < n; i++)
      {
        KjDiagnostic *d = g_ptr_array_index (findings, i);
        g_autofree char *where = NULL, *kind = NULL;
        KjFindingPlace place;
        GtkWidget *row = i < rows->len ? g_ptr_array_index (rows, i) : NULL;

        kj_finding_place_init (&place, self->plan, d);
        /* Translators: where a finding is: "Dektari, 2023: printed achievement · line 47" */
        where = d->line ? g_strdup_printf (_("%s · line %u"), place.text, d->line) : g_strdup (place.text);
        kind = g_strdup_printf ("%d %d %s", d->severity, place.indicator != NULL, d->other ? d->other : "");
        if (row && g_strcmp0 (g_object_get_data (G_OBJECT (row), "kj-kind"), kind) == 0)
          {
            g_autofree char *t = g_markup_escape_text (d->message, -1);
            g_autofree char *st = g_markup_escape_text (where, -1);

            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), st);
            if (place.indicator)
              g_object_set_data_full (G_OBJECT (row), "kj-indicator",
                                      g_strdup (kj_indicator_get_id (place.indicator)), g_free);
            kj_finding_place_clear (&place);
            continue;
          }
        /* from here on the rows are made again */
        for (guint j = i; j < rows->len; j++)
          {
            GtkWidget *old = g_ptr_array_index (rows, j);
            adw_preferences_group_remove (self->findings_group, old);
            g_ptr_array_remove (self->page_rows, old);
          }
        g_ptr_array_set_size (rows, i);
        add_finding_row (self, d, &place, where, kind);
        kj_finding_place_clear (&place);
      }
    for (guint j = n; j < rows->len; j++)
      {
        GtkWidget *old = g_ptr_array_index (rows, j);
        adw_preferences_group_remove (self->findings_group, old);
        g_ptr_array_remove (self->page_rows, old);
      }
  }
  if (findings->len > MAX_FINDING_ROWS)
    {
      g_autofree char *more = g_strdup_printf (_("%u more findings: run “kinerja --check” for all"),
                                               findings->len - MAX_FINDING_ROWS);
      add_row (self, self->findings_group, more, NULL, NULL);
    }
}

void
_kj_plan_page_update_money (KjPlanPage *self)
{
  KjYearItems *budget = kj_year_items_find (kj_plan_get_budget (self->plan), self->year);
  KjYearItems *spending = kj_year_items_find (kj_plan_get_spending (self->plan), self->year);
  g_autofree char *budget_title = g_strdup_printf (_("Budget per Activity, %d"), self->year);
  g_autofree char *spending_title = g_strdup_printf (_("Spending by Type, %d"), self->year);

  adw_preferences_group_set_title (self->budget_group, budget_title);
  adw_preferences_group_set_title (self->spending_group, spending_title);
  gtk_widget_set_visible (GTK_WIDGET (self->budget_group), budget != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spending_group), spending != NULL);

  for (int pass = 0; pass < 2; pass++)
    {
      KjYearItems *items = pass == 0 ? budget : spending;
      AdwPreferencesGroup *group = pass == 0 ? self->budget_group : self->spending_group;
      double total_a, total_r;

      if (items == NULL)
        continue;
      for (guint i = 0; i < items->items->len; i++)
        {
          g_autofree char *title = NULL, *subtitle = NULL, *a = NULL, *r = NULL, *pct = NULL;
          double allocation, realization;

          if (pass == 0)
            {
              KjBudgetLine *line = g_ptr_array_index (items->items, i);
              title = line->code ? g_strdup_printf ("%s %s", line->code, line->kegiatan ? line->kegiatan : "")
                                 : g_strdup (line->kegiatan);
              allocation = line->allocation;
              realization = line->realization;
            }
          else
            {
              KjSpendingLine *line = g_ptr_array_index (items->items, i);
              title = g_strdup (line->category);
              allocation = line->allocation;
              realization = line->realization;
            }
          a = kj_format_rupiah (allocation);
          r = kj_format_rupiah (realization);
          /* Translators: pagu (allocation) and realisasi of a budget line */
          subtitle = g_strdup_printf (_("Allocation %s · Realisation %s"), a, r);
          pct = kj_has (allocation) && kj_has (realization) && allocation > 0
                ? kj_format_percent (realization / allocation * 100, 2) : g_strdup ("–");
          add_row (self, group, title, subtitle, pct);
        }
      kj_plan_get_money_totals (self->plan, self->year, pass == 1, &total_a, &total_r);
      {
        g_autofree char *a = kj_format_rupiah (total_a), *r = kj_format_rupiah (total_r);
        g_autofree char *rest = kj_format_rupiah (total_a - total_r);
        g_autofree char *description =
          g_strdup_printf (_("Total allocation %s, realisation %s, remaining %s"), a, r, rest);
        adw_preferences_group_set_description (group, description);
      }
    }
}

/* What the findings' rows say, and the money rows: an edit that changes
 * neither keeps their rows (making rows again is most of an edit's frame). */
char *
_kj_plan_page_findings_key (KjPlanPage *self)
{
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%d %u %u\n", self->year, self->n_other_years, self->findings->len);
  for (guint i = 0; i < self->findings->len && i < MAX_FINDING_ROWS; i++)
    {
      const KjDiagnostic *d = g_ptr_array_index (self->findings, i);
      g_string_append_printf (key, "%d\t%s\t%s\t%s\t%s\n", d->severity, d->path ? d->path : "",
                              d->message ? d->message : "", d->where ? d->where : "", d->other ? d->other : "");
    }
  return g_string_free (key, FALSE);
}

char *
_kj_plan_page_money_key (KjPlanPage *self)
{
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%d\n", self->year);
  for (int pass = 0; pass < 2; pass++)
    {
      KjYearItems *items = kj_year_items_find (pass == 0 ? kj_plan_get_budget (self->plan)
                                                         : kj_plan_get_spending (self->plan), self->year);
      for (guint i = 0; items && i < items->items->len; i++)
        {
          if (pass == 0)
            {
              KjBudgetLine *line = g_ptr_array_index (items->items, i);
              g_string_append_printf (key, "b\t%s\t%s\t%.17g\t%.17g\n", line->code ? line->code : "",
                                      line->kegiatan ? line->kegiatan : "", line->allocation, line->realization);
            }
          else
            {
              KjSpendingLine *line = g_ptr_array_index (items->items, i);
              g_string_append_printf (key, "s\t%s\t%.17g\t%.17g\n", line->category ? line->category : "",
                                      line->allocation, line->realization);
            }
        }
    }
  return g_string_free (key, FALSE);
}

