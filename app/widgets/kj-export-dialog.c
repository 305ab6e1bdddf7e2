/* kj-export-dialog.c: Export Chart: format, size and scale
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog asks what to write; the window's export action then asks where
 * (a file chooser) and writes it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/kj-export-dialog.h"

/* PDF pages are A4 landscape, in points; SVG is as large as a laptop's chart */
#define PDF_WIDTH     842
#define PDF_HEIGHT    595
#define SVG_WIDTH     1280
#define SVG_HEIGHT    720

static const struct { int width, height; } png_sizes[] = {
  { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 },
};

static const double png_scales[] = { 1, 2 };

struct _KjExportDialog
{
  AdwMessageDialog  parent_instance;

  /* template widgets */
  AdwComboRow      *format_row;
  AdwComboRow      *size_row;
  AdwComboRow      *scale_row;
};

/* AdwAlertDialog (1.5) replaces AdwMessageDialog; Debian 12 has libadwaita 1.2 */
G_DEFINE_FINAL_TYPE (KjExportDialog, kj_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* size and scale are for images made of pixels; the page size of a PDF is
 * said below its name (the dialog is too narrow for both on one line) */
static void
format_changed_cb (KjExportDialog *self)
{
  KjExportFormat format = kj_export_dialog_get_format (self);
  gboolean png = format == KJ_EXPORT_PNG;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row),
                               format == KJ_EXPORT_PDF ? _("A4 landscape") : "");
  gtk_widget_set_visible (GTK_WIDGET (self->size_row), png);
  gtk_widget_set_visible (GTK_WIDGET (self->scale_row), png);
}

static void
kj_export_dialog_class_init (KjExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kj-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KjExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, KjExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, KjExportDialog, scale_row);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
}

static void
kj_export_dialog_init (KjExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  format_changed_cb (self);
}

/**
 * kj_export_dialog_new:
 * @chart_title: shown as plain text (it names a satker from a file)
 * @format: the format chosen last time
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
KjExportDialog *
kj_export_dialog_new (GtkWindow      *parent,
                      const char     *chart_title,
                      KjExportFormat  format)
{
  KjExportDialog *self = g_object_new (KJ_TYPE_EXPORT_DIALOG, "transient-for", parent,
                                       "modal", TRUE, "body", chart_title, NULL);

  kj_export_dialog_set_format (self, format);
  return self;
}

KjExportFormat
kj_export_dialog_get_format (KjExportDialog *self)
{
  g_return_val_if_fail (KJ_IS_EXPORT_DIALOG (self), KJ_EXPORT_PNG);
  return MIN (adw_combo_row_get_selected (self->format_row), KJ_EXPORT_PDF);
}

void
kj_export_dialog_set_format (KjExportDialog *self,
                             KjExportFormat  format)
{
  g_return_if_fail (KJ_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->format_row, MIN (format, KJ_EXPORT_PDF));
}

/* What to draw: pixels and a scale for PNG, points for SVG and PDF. */
void
kj_export_dialog_get_size (KjExportDialog *self,
                           double         *width,
                           double         *height,
                           double         *scale)
{
  g_return_if_fail (KJ_IS_EXPORT_DIALOG (self));

  *scale = 1;
  switch (kj_export_dialog_get_format (self))
    {
    case KJ_EXPORT_PNG:
      {
        guint s = MIN (adw_combo_row_get_selected (self->size_row), G_N_ELEMENTS (png_sizes) - 1);
        guint x = MIN (adw_combo_row_get_selected (self->scale_row), G_N_ELEMENTS (png_scales) - 1);

        *width = png_sizes[s].width;
        *height = png_sizes[s].height;
        *scale = png_scales[x];
        break;
      }
    case KJ_EXPORT_SVG:
      *width = SVG_WIDTH;
      *height = SVG_HEIGHT;
      break;
    case KJ_EXPORT_PDF:
    default:
      *width = PDF_WIDTH;
      *height = PDF_HEIGHT;
      break;
    }
}

const char *
kj_export_format_extension (KjExportFormat format)
{
  static const char *const extensions[] = { "png", "svg", "pdf" };

  return extensions[MIN (format, KJ_EXPORT_PDF)];
}
