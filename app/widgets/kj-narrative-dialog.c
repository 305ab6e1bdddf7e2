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
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "model/kj-format.h"
#include "model/kj-path.h"
#include "report/kj-report.h"
#include "widgets/kj-narrative-dialog.h"

static const char *const members[] = { "factors", "obstacles", "actions" };

struct _KjNarrativeDialog
{
  AdwWindow      parent_instance;

  KjPlan        *plan;
  char          *indicator_id;
  int            year;
  GtkTextView   *views[3];
  GtkTextView   *last_view;     /* where "Insert" puts the draft */
  GtkLabel      *error_label;
  GtkWidget     *stale_box;     /* a drafted sentence whose figures changed */
  char          *draft;         /* the LKIP sentences the data gives now */
  char          *draft_prefix;  /* their words before the first figure */
};

G_DEFINE_FINAL_TYPE (KjNarrativeDialog, kj_narrative_dialog, ADW_TYPE_WINDOW)

static void
kj_narrative_dialog_finalize (GObject *object)
{
  KjNarrativeDialog *self = KJ_NARRATIVE_DIALOG (object);

  g_clear_object (&self->plan);
  g_free (self->indicator_id);
  g_free (self->draft);
  g_free (self->draft_prefix);
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

/* The interface's language decides the draft's. */
static KjReportLang
ui_lang (void)
{
  const char *const *names = g_get_language_names ();

  return names && names[0] && g_str_has_prefix (names[0], "id") ? KJ_REPORT_LANG_ID : KJ_REPORT_LANG_EN;
}

static void
view_focused_cb (GtkEventControllerFocus *focus,
                 KjNarrativeDialog       *self)
{
  self->last_view = GTK_TEXT_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)));
}

/* The figures of a text, in order: "3,54 indeks atau 100,28%" → 3,54 100,28 */
static char *
figures_of (const char *text,
            guint       max)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p && n < max; p++)
    if (g_ascii_isdigit (*p))
      {
        const char *start = p;
        while (g_ascii_isdigit (p[1]) || ((p[1] == ',' || p[1] == '.') && g_ascii_isdigit (p[2])))
          p++;
        g_string_append_len (out, start, p - start + 1);
        g_string_append_c (out, ' ');
        n++;
      }
  return g_string_free (out, FALSE);
}

static guint
count_figures (const char *text)
{
  g_autofree char *figures = figures_of (text, G_MAXUINT);
  guint n = 0;

  for (const char *p = figures; *p; p++)
    n += *p == ' ';
  return n;
}

/* Finds, in any part, a sentence that begins as the draft does (the same
 * indicator, year and words) but whose figures are not the data's now. */
static gboolean
find_stale (KjNarrativeDialog *self,
            GtkTextView      **view,
            GtkTextIter       *start,
            GtkTextIter       *end)
{
  if (self->draft_prefix == NULL || *self->draft_prefix == '\0')
    return FALSE;
  for (guint part = 0; part < G_N_ELEMENTS (members); part++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->views[part]);
      GtkTextIter from, at, after;

      gtk_text_buffer_get_start_iter (buffer, &from);
      while (gtk_text_iter_forward_search (&from, self->draft_prefix, GTK_TEXT_SEARCH_TEXT_ONLY, &at, &after, NULL))
        {
          GtkTextIter stop = after, found;
          g_autofree char *sentence = NULL, *now = NULL, *then = NULL;
          guint n_figures = count_figures (self->draft);

          /* the sentences drafted run to the end of the paragraph */
          if (!gtk_text_iter_ends_line (&stop))
            gtk_text_iter_forward_to_line_end (&stop);
          sentence = gtk_text_iter_get_text (&at, &stop);
          now = figures_of (self->draft, n_figures);
          then = figures_of (sentence, n_figures);

          /* the same figures, however the words were edited: not stale */
          if (g_strcmp0 (now, then) != 0)
            {
              /* as many sentences as the draft has: a paragraph that adds
               * to the draft keeps what it adds */
              const char *end_of = sentence + strlen (self->draft_prefix);
              guint n = 1;

              for (const char *d = strstr (self->draft, ". "); d; d = strstr (d + 2, ". "))
                n++;
              for (guint i = 0; i < n && end_of; i++)
                {
                  const char *dot = strstr (end_of, ". ");
                  end_of = dot ? dot + 1 : NULL;
                }
              found = at;
              if (end_of)
                gtk_text_iter_forward_chars (&found, g_utf8_pointer_to_offset (sentence, end_of));
              else
                found = stop;
              *view = self->views[part];
              *start = at;
              *end = found;
              return TRUE;
            }
          from = after;
        }
    }
  return FALSE;
}

static void
update_stale (KjNarrativeDialog *self)
{
  GtkTextView *view;
  GtkTextIter start, end;

  gtk_widget_set_visible (self->stale_box, find_stale (self, &view, &start, &end));
}

static void
update_draft_clicked_cb (KjNarrativeDialog *self)
{
  GtkTextView *view;
  GtkTextIter start, end;

  while (find_stale (self, &view, &start, &end))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, self->draft, -1);
    }
  update_stale (self);
}

static void
insert_draft_clicked_cb (KjNarrativeDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->last_view ? self->last_view
                                                                     : self->views[KJ_NARRATIVE_FACTORS]);
  GtkTextIter at;

  gtk_text_buffer_get_iter_at_mark (buffer, &at, gtk_text_buffer_get_insert (buffer));
  /* a paragraph of its own */
  if (!gtk_text_iter_starts_line (&at))
    {
      gtk_text_iter_forward_to_line_end (&at);
      gtk_text_buffer_insert (buffer, &at, "\n", -1);
    }
  gtk_text_buffer_insert (buffer, &at, self->draft, -1);
  if (!gtk_text_iter_ends_line (&at))
    gtk_text_buffer_insert (buffer, &at, "\n", -1);
}

/* The LKIP sentences the data gives, to take into the analysis; a copy of
 * them whose figures have since changed is flagged, and updated on demand. */
static GtkWidget *
draft_box (KjNarrativeDialog *self,
           KjIndicator       *ind)
{
  KjReportLang lang = ui_lang ();
  g_autofree char *sentence = kj_report_draft_sentence (ind, self->year, lang);
  g_autofree char *comparison = sentence ? kj_report_draft_comparison (ind, self->year, lang) : NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Drafted from the data"));
  GtkWidget *text, *insert, *stale_label, *update;
  const char *digit;

  if (sentence == NULL)
    return NULL;
  self->draft = comparison ? g_strdup_printf ("%s %s", sentence, comparison) : g_strdup (sentence);
  /* "Capaian indikator … tahun 2024 sebesar ": before the first figure after the year */
  digit = strpbrk (sentence, "0123456789");
  while (digit && g_ascii_isdigit (digit[0]) && g_ascii_isdigit (digit[1]) && g_ascii_isdigit (digit[2])
         && g_ascii_isdigit (digit[3]) && !g_ascii_isdigit (digit[4]) && atoi (digit) == self->year)
    digit = strpbrk (digit + 4, "0123456789");
  self->draft_prefix = digit ? g_strndup (sentence, digit - sentence) : NULL;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  text = gtk_label_new (self->draft);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  insert = gtk_button_new_with_mnemonic (_("_Insert into the Analysis"));
  gtk_widget_set_halign (insert, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (insert, _("Puts these sentences where the cursor is, to edit as you like"));
  g_signal_connect_swapped (insert, "clicked", G_CALLBACK (insert_draft_clicked_cb), self);

  self->stale_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  stale_label = gtk_label_new (_("The analysis quotes figures that have changed since: it no longer matches the data."));
  gtk_label_set_wrap (GTK_LABEL (stale_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (stale_label), 0);
  gtk_widget_set_hexpand (stale_label, TRUE);
  gtk_widget_add_css_class (stale_label, "warning");
  update = gtk_button_new_with_mnemonic (_("_Update the Figures"));
  gtk_widget_set_valign (update, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (update, "clicked", G_CALLBACK (update_draft_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->stale_box), stale_label);
  gtk_box_append (GTK_BOX (self->stale_box), update);
  gtk_widget_set_visible (self->stale_box, FALSE);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), insert);
  gtk_box_append (GTK_BOX (box), self->stale_box);
  return box;
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
  {
    GtkEventController *focus = gtk_event_controller_focus_new ();
    g_signal_connect (focus, "enter", G_CALLBACK (view_focused_cb), self);
    gtk_widget_add_controller (view, focus);
  }
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
  if (ind)
    {
      GtkWidget *drafts = draft_box (self, ind);
      if (drafts)
        gtk_box_append (GTK_BOX (content), drafts);
    }
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
  if (self->stale_box)
    {
      update_stale (self);
      for (guint part = 0; part < G_N_ELEMENTS (members); part++)
        g_signal_connect_object (gtk_text_view_get_buffer (self->views[part]), "changed",
                                 G_CALLBACK (update_stale), self, G_CONNECT_SWAPPED);
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

/* Returns: (nullable): the LKIP sentences drafted from the data */
const char *
kj_narrative_dialog_get_draft (KjNarrativeDialog *self)
{
  g_return_val_if_fail (KJ_IS_NARRATIVE_DIALOG (self), NULL);
  return self->draft;
}

/* Whether a drafted sentence in the analysis no longer matches the data. */
gboolean
kj_narrative_dialog_has_stale_draft (KjNarrativeDialog *self)
{
  g_return_val_if_fail (KJ_IS_NARRATIVE_DIALOG (self), FALSE);
  return self->stale_box && gtk_widget_get_visible (self->stale_box);
}

/* Puts the draft into @part, at its end (the "Insert" button, at the cursor). */
void
kj_narrative_dialog_insert_draft (KjNarrativeDialog *self,
                                  KjNarrativePart    part)
{
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_return_if_fail (KJ_IS_NARRATIVE_DIALOG (self));

  buffer = gtk_text_view_get_buffer (self->views[part]);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  self->last_view = self->views[part];
  insert_draft_clicked_cb (self);
}

/* Replaces the drafted sentences whose figures changed (the "Update" button). */
void
kj_narrative_dialog_update_drafts (KjNarrativeDialog *self)
{
  g_return_if_fail (KJ_IS_NARRATIVE_DIALOG (self));
  update_draft_clicked_cb (self);
}
