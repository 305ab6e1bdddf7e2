/* kj-narrative-dialog.c: the LKIP analysis of an indicator's year
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three texts, one paragraph a line: faktor pendukung, hambatan, rencana
 * aksi.  Saving makes one edit of the year's `narrative` (see the format),
 * through kj_plan_apply like every change; empty parts are left out, and an
 * analysis with nothing in it is removed.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "model/kj-format.h"
#include "model/kj-path.h"
#include "widgets/kj-narrative-dialog.h"

static const char *const members[] = { "factors", "obstacles", "actions" };

struct _KjNarrativeDialog
{
  AdwWindow      parent_instance;

  KjPlan        *plan;
  char          *indicator_id;
  int            year;
  GtkTextView   *views[3];
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (KjNarrativeDialog, kj_narrative_dialog, ADW_TYPE_WINDOW)

static void
kj_narrative_dialog_finalize (GObject *object)
{
  KjNarrativeDialog *self = KJ_NARRATIVE_DIALOG (object);

  g_clear_object (&self->plan);
  g_free (self->indicator_id);
  G_OBJECT_CLASS (kj_narrative_dialog_parent_class)->finalize (object);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KjNarrativeDialog *self = KJ_NARRATIVE_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (kj_narrative_dialog_save (self, &error))
    gtk_window_destroy (GTK_WINDOW (self));
  else
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
kj_narrative_dialog_class_init (KjNarrativeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kj_narrative_dialog_finalize;
  gtk_widget_class_install_action (widget_class, "narrative.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "narrative.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "narrative.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "narrative.save", NULL);
}

static void
kj_narrative_dialog_init (KjNarrativeDialog *self)
{
}

static GtkWidget *
part_box (KjNarrativeDialog *self,
          KjNarrativePart    part,
          const char        *title,
          const char        *hint)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new_with_mnemonic (title);
  GtkWidget *sub = gtk_label_new (hint);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  /* one paragraph a line: a gap between them */
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 6);
  gtk_label_set_mnemonic_widget (GTK_LABEL (heading), view);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 96);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scroller, "card");
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), sub);
  gtk_box_append (GTK_BOX (box), scroller);
  self->views[part] = GTK_TEXT_VIEW (view);
  return box;
}

static void
fill (KjNarrativeDialog *self,
      KjNarrativePart    part,
      const char       **paragraphs)
{
  g_autofree char *text = paragraphs ? g_strjoinv ("\n", (char **) paragraphs) : NULL;

  if (text)
    kj_narrative_dialog_set_text (self, part, text);
}

/**
 * kj_narrative_dialog_new:
 * The analysis of @indicator_id in @year, ready to write.
 */
KjNarrativeDialog *
kj_narrative_dialog_new (GtkWindow  *parent,
                         KjPlan     *plan,
                         const char *indicator_id,
                         int         year)
{
  KjNarrativeDialog *self = g_object_new (KJ_TYPE_NARRATIVE_DIALOG, "modal", TRUE,
                                          "transient-for", parent, "default-width", 640,
                                          "default-height", 720, NULL);
  KjIndicator *ind = kj_plan_find_indicator (plan, indicator_id);
  const KjYearValue *v = ind ? kj_indicator_get_year (ind, year) : NULL;
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *name = gtk_label_new (ind ? kj_indicator_get_name (ind) : indicator_id);
  GtkWidget *figures = gtk_label_new (NULL);
  g_autofree char *title = g_strdup_printf (_("Analysis, %d"), year);

  g_return_val_if_fail (KJ_IS_PLAN (plan), NULL);

  self->plan = g_object_ref (plan);
  self->indicator_id = g_strdup (indicator_id);
  self->year = year;
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "narrative.save");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "narrative.cancel");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_box_append (GTK_BOX (toolbar), header);

  /* the indicator and its figures: what the analysis explains */
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "title-4");
  gtk_label_set_xalign (GTK_LABEL (figures), 0);
  gtk_label_set_wrap (GTK_LABEL (figures), TRUE);
  gtk_widget_add_css_class (figures, "dim-label");
  if (ind && v)
    {
      g_autofree char *target = kj_indicator_format_value (ind, v->target);
      g_autofree char *realization = kj_indicator_format_value (ind, v->realization);
      g_autofree char *category = kj_indicator_describe_category (ind, year, FALSE);
      double a = NAN;
      g_autofree char *achievement = (kj_indicator_get_achievement (ind, year, &a), kj_format_percent (a, 2));
      /* Translators: target 53,65 · realisation 40,98 · achievement 76,38% · value: … */
      g_autofree char *text = g_strdup_printf (_("target %s · realisation %s · achievement %s · %s"),
                                               target, realization, achievement, category);
      gtk_label_set_text (GTK_LABEL (figures), text);
    }
  gtk_box_append (GTK_BOX (content), name);
  gtk_box_append (GTK_BOX (content), figures);
  gtk_box_append (GTK_BOX (content),
                  part_box (self, KJ_NARRATIVE_FACTORS, _("Supporting _factors"),
                            _("What helped reach the target. One paragraph a line.")));
  gtk_box_append (GTK_BOX (content),
                  part_box (self, KJ_NARRATIVE_OBSTACLES, _("_Obstacles"),
                            _("What held the realisation back; where a target was missed, why.")));
  gtk_box_append (GTK_BOX (content),
                  part_box (self, KJ_NARRATIVE_ACTIONS, _("_Actions"),
                            _("What will be done about the obstacles.")));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scroller);
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  if (v && v->narrative)
    {
      fill (self, KJ_NARRATIVE_FACTORS, v->narrative->factors);
      fill (self, KJ_NARRATIVE_OBSTACLES, v->narrative->obstacles);
      fill (self, KJ_NARRATIVE_ACTIONS, v->narrative->actions);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->views[KJ_NARRATIVE_FACTORS]));
  return self;
}

/* Returns: (transfer full): the text of a part as written */
char *
kj_narrative_dialog_get_text (KjNarrativeDialog *self,
                              KjNarrativePart    part)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (KJ_IS_NARRATIVE_DIALOG (self), NULL);
  buffer = gtk_text_view_get_buffer (self->views[part]);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
kj_narrative_dialog_set_text (KjNarrativeDialog *self,
                              KjNarrativePart    part,
                              const char        *text)
{
  g_return_if_fail (KJ_IS_NARRATIVE_DIALOG (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->views[part]), text ? text : "", -1);
}

/**
 * kj_narrative_dialog_save:
 * Writes the analysis into the plan as one edit.
 * Returns: %FALSE with @error when the plan refuses it (unchanged then)
 */
gboolean
kj_narrative_dialog_save (KjNarrativeDialog  *self,
                          GError            **error)
{
  g_autofree char *indicator = NULL, *years = NULL, *year_path = NULL, *path = NULL;
  g_autoptr(KjEdit) edit = NULL;
  KjNode *narrative = kj_node_new_object ();
  KjNode *root = kj_plan_get_root (self->plan);
  gboolean empty = TRUE;

  g_return_val_if_fail (KJ_IS_NARRATIVE_DIALOG (self), FALSE);

  for (guint part = 0; part < G_N_ELEMENTS (members); part++)
    {
      g_autofree char *text = kj_narrative_dialog_get_text (self, part);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
      KjNode *array = kj_node_new_array ();

      for (guint i = 0; lines[i]; i++)
        {
          g_strstrip (lines[i]);
          if (*lines[i])
            kj_node_array_insert (array, -1, kj_node_new_string (lines[i]));
        }
      if (kj_node_get_length (array) > 0)
        {
          kj_node_object_set (narrative, members[part], array);
          empty = FALSE;
        }
      else
        kj_node_free (array);
    }

  indicator = kj_path_key ("indicators", "id", self->indicator_id);
  years = kj_path_member (indicator, "years");
  year_path = g_strdup_printf ("%s.%d", years, self->year);
  path = kj_path_member (year_path, "narrative");
  {
    /* Translators: the name of an edit in the undo menu */
    g_autofree char *label = g_strdup_printf (_("Analysis of %s, %d"), self->indicator_id, self->year);
    edit = kj_edit_new (label);
  }
  if (empty)
    {
      kj_node_free (narrative);
      if (kj_node_lookup (root, path) == NULL)
        return TRUE;
      kj_edit_set (edit, path, NULL);
    }
  else if (kj_node_lookup (root, year_path) == NULL)
    {
      KjNode *year = kj_node_new_object ();
      kj_node_object_set (year, "narrative", narrative);
      kj_edit_set (edit, year_path, year);
    }
  else
    {
      const KjNode *old = kj_node_lookup (root, path);
      if (old && kj_node_equal (old, narrative))
        {
          kj_node_free (narrative);
          return TRUE;
        }
      kj_edit_set (edit, path, narrative);
    }
  return kj_plan_apply (self->plan, edit, NULL, error);
}
