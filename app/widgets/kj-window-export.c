/* kj-window-export.c: exporting the chart to PNG, SVG and PDF, and copying it
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exporters draw a chart of their own at their size, from the same request
 * as the one on screen: the engine keeps the layout of the last draw, and the
 * widget's hit tests must not see the export's.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "widgets/kj-window-private.h"

/* PDF pages are A4 landscape, in points; SVG is as large as a laptop's chart */
#define PDF_WIDTH     842
#define PDF_HEIGHT    595
#define SVG_WIDTH     1280
#define SVG_HEIGHT    720
/* the clipboard gets a slide-sized image at 2×, taller for long charts */
#define COPY_WIDTH    1280
#define COPY_HEIGHT   720
#define COPY_MAX      4096

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} Format;

static const char *const extensions[] = { "png", "svg", "pdf" };

static const struct { int width, height; } png_sizes[] = {
  { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 },
};

static const double png_scales[] = { 1, 2 };

/* ── names and files ────────────────────────────────────────────────────── */

/* "BNN Kota Kupang" → "bnn-kota-kupang": ASCII, for any file system and mail */
static void
append_slug (GString    *name,
             const char *text)
{
  g_autofree char *ascii = NULL;
  gboolean dash;

  if (text == NULL || *text == '\0')
    return;
  ascii = g_str_to_ascii (text, "C");
  dash = name->len > 0;
  for (const char *p = ascii; *p; p++)
    {
      if (!g_ascii_isalnum (*p))
        {
          dash = name->len > 0;
          continue;
        }
      if (dash && name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
      dash = FALSE;
      g_string_append_c (name, g_ascii_tolower (*p));
    }
}

/**
 * kj_window_chart_file_name:
 * A file name for the chart: kind, indicator, satker and year, e.g.
 * "trend-nka-bnn-kota-kupang-2024.pdf".
 *
 * Returns: (transfer full): the name
 */
char *
kj_window_chart_file_name (KjWindow   *self,
                           KjChart    *chart,
                           const char *extension)
{
  const KjChartKind *kind;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *year = NULL;

  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  kind = kj_window_get_chart_kind (self);
  append_slug (name, kj_chart_get_kind (chart));
  if (kind->indicator)
    append_slug (name, kj_window_get_chart_indicator (self));
  if (!kind->workspace && self->plan)
    append_slug (name, kj_plan_get_title (self->plan));
  year = g_strdup_printf ("%d", kj_chart_get_year (chart) > 0 ? kj_chart_get_year (chart)
                                                               : self->year);
  append_slug (name, year);
  if (name->len == 0)
    g_string_append (name, "chart");
  g_string_append_printf (name, ".%s", extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * kj_window_export_chart:
 * Writes the chart of the charts page to @path; the extension names the
 * format (png, svg or pdf).  What "Export Chart…" does after its dialogs.
 */
gboolean
kj_window_export_chart (KjWindow    *self,
                        const char  *path,
                        double       width,
                        double       height,
                        double       scale,
                        GError     **error)
{
  g_autoptr(KjChart) chart = NULL;

  g_return_val_if_fail (KJ_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((chart = kj_window_new_chart (self, error)) == NULL)
    return FALSE;
  return kj_chart_export (chart, path, width, height, scale, error);
}

/**
 * kj_window_chart_texture:
 * The chart as an image for the clipboard: 1280 points wide at 2×, on the
 * light theme that documents and slides have.
 *
 * Returns: (transfer full) (nullable): the image, or %NULL with @error set
 */
GdkTexture *
kj_window_chart_texture (KjWindow  *self,
                         GError   **error)
{
  g_autoptr(KjChart) chart = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double height, scale;
  int pixel_width, pixel_height;
  gsize size;

  g_return_val_if_fail (KJ_IS_WINDOW (self), NULL);

  if ((chart = kj_window_new_chart (self, error)) == NULL)
    return NULL;
  /* 207 areas need their height to stay readable */
  height = CLAMP (kj_chart_get_natural_height (chart, COPY_WIDTH), COPY_HEIGHT, COPY_MAX);
  scale = height > 2 * COPY_HEIGHT ? 1 : 2;
  pixel_width = COPY_WIDTH * scale;
  pixel_height = (int) ceil (height * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT,
                   _("Cannot make an image of %d × %d pixels"), pixel_width, pixel_height);
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  kj_chart_draw (chart, cr, COPY_WIDTH, height, kj_chart_theme_light ());
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* CAIRO_FORMAT_ARGB32 is premultiplied native-endian ARGB: GDK_MEMORY_DEFAULT */
  size = (gsize) cairo_image_surface_get_stride (surface) * pixel_height;
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), size,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

/* ── the actions ────────────────────────────────────────────────────────── */

typedef struct
{
  KjWindow *self;
  Format    format;
  double    width, height, scale;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->self);
  g_free (export);
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *suffix = g_strconcat (".", extension, NULL);

  return g_str_has_suffix (lower, suffix);
}

static void
open_exported_cb (AdwToast *toast,
                  KjWindow *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "kj-uri");

  /* GtkFileLauncher (4.10) replaces it; Debian 12 has GTK 4.8 */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
export_to (Export *export,
           GFile  *file)
{
  KjWindow *self = export->self;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *base = NULL, *escaped = NULL, *title = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (path == NULL)
    return;
  /* the format follows the extension: keep the one chosen in the dialog */
  if (!has_extension (path, extensions[export->format]))
    {
      g_autofree char *plain = g_steal_pointer (&path);
      path = g_strdup_printf ("%s.%s", plain, extensions[export->format]);
    }
  base = g_path_get_basename (path);
  escaped = g_markup_escape_text (base, -1);
  if (!kj_window_export_chart (self, path, export->width, export->height, export->scale, &error))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }
  title = g_strdup_printf (_("Chart exported to “%s”"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "kj-uri", g_filename_to_uri (path, NULL, NULL), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The folder of the last export, else Pictures for images and Documents for
 * PDF (not the folder the program was started from). */
static GFile *
default_folder (KjWindow *self,
                Format    format)
{
  const char *dir;

  if (self->export_folder)
    return g_object_ref (self->export_folder);
  dir = g_get_user_special_dir (format == FORMAT_PDF ? G_USER_DIRECTORY_DOCUMENTS
                                                     : G_USER_DIRECTORY_PICTURES);
  if (dir && g_file_test (dir, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (dir);
  return g_file_new_for_path (g_get_home_dir ());
}

/* GtkFileDialog (4.10) replaces the native chooser; Debian 12 has GTK 4.8 */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  Export          *export)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) folder = g_file_get_parent (file);

      /* the next export goes to the same folder */
      g_set_object (&export->self->export_folder, folder);
      export_to (export, file);
    }
  export_free (export);
  g_object_unref (chooser);
}

static void
choose_file (Export *export)
{
  KjWindow *self = export->self;
  static const char *const filter_names[] = {
    N_("PNG image"), N_("SVG image"), N_("PDF document"),
  };
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autoptr(KjChart) chart = kj_window_new_chart (self, NULL);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  if (chart == NULL)
    {
      export_free (export);
      return;
    }
  chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = kj_window_chart_file_name (self, chart, extensions[export->format]);
  folder = default_folder (self, export->format);
  if (folder)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _(filter_names[export->format]));
  gtk_file_filter_add_suffix (filter, extensions[export->format]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

G_GNUC_END_IGNORE_DEPRECATIONS

static GtkWidget *
combo_row (const char         *title,
           const char * const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  return row;
}

static void
format_changed_cb (AdwComboRow *format,
                   GParamSpec  *pspec,
                   GtkWidget   *list)
{
  gboolean png = adw_combo_row_get_selected (format) == FORMAT_PNG;
  GtkWidget *size = g_object_get_data (G_OBJECT (list), "kj-size");
  GtkWidget *scale = g_object_get_data (G_OBJECT (list), "kj-scale");

  gtk_widget_set_visible (size, png);
  gtk_widget_set_visible (scale, png);
}

static void
export_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    KjWindow         *self)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (dialog), "kj-list");
  AdwComboRow *format = g_object_get_data (G_OBJECT (list), "kj-format");
  AdwComboRow *size = g_object_get_data (G_OBJECT (list), "kj-size");
  AdwComboRow *scale = g_object_get_data (G_OBJECT (list), "kj-scale");
  Export *export;

  if (!g_str_equal (response, "export"))
    return;
  export = g_new0 (Export, 1);
  export->self = g_object_ref (self);
  export->format = MIN (adw_combo_row_get_selected (format), FORMAT_PDF);
  export->scale = 1;
  switch (export->format)
    {
    case FORMAT_PNG:
      {
        guint s = MIN (adw_combo_row_get_selected (size), G_N_ELEMENTS (png_sizes) - 1);
        guint x = MIN (adw_combo_row_get_selected (scale), G_N_ELEMENTS (png_scales) - 1);

        export->width = png_sizes[s].width;
        export->height = png_sizes[s].height;
        export->scale = png_scales[x];
        break;
      }
    case FORMAT_SVG:
      export->width = SVG_WIDTH;
      export->height = SVG_HEIGHT;
      break;
    case FORMAT_PDF:
    default:
      export->width = PDF_WIDTH;
      export->height = PDF_HEIGHT;
      break;
    }
  self->export_format = export->format;
  choose_file (export);
}

static void
export_chart_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  KjChart *chart = kj_chart_view_get_chart (self->chart_view);
  const char *formats[] = { _("PNG image"), _("SVG image"), _("PDF document, A4 landscape"), NULL };
  const char *sizes[] = { "1280 × 720", "1920 × 1080", "3840 × 2160", NULL };
  /* Translators: image scale: 1× is the size in pixels, 2× for sharp slides */
  const char *scales[] = { _("1×"), _("2× (sharper)"), NULL };
  GtkWidget *dialog, *list, *format, *size, *scale;

  if (chart == NULL)
    return;
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  format = combo_row (_("Format"), formats);
  size = combo_row (_("Size in pixels"), sizes);
  scale = combo_row (_("Scale"), scales);
  gtk_list_box_append (GTK_LIST_BOX (list), format);
  gtk_list_box_append (GTK_LIST_BOX (list), size);
  gtk_list_box_append (GTK_LIST_BOX (list), scale);
  g_object_set_data (G_OBJECT (list), "kj-format", format);
  g_object_set_data (G_OBJECT (list), "kj-size", size);
  g_object_set_data (G_OBJECT (list), "kj-scale", scale);
  g_signal_connect (format, "notify::selected", G_CALLBACK (format_changed_cb), list);
  /* the format chosen last time */
  adw_combo_row_set_selected (ADW_COMBO_ROW (format), self->export_format);
  /* a slide-sized chart at 2×: sharp, and its text readable when projected */
  adw_combo_row_set_selected (ADW_COMBO_ROW (size), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (scale), 1);
  format_changed_cb (ADW_COMBO_ROW (format), NULL, list);

  /* AdwAlertDialog (1.5) replaces it; Debian 12 has libadwaita 1.2 */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Chart"), NULL);
  /* plain text: the title names a satker from a file */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), kj_chart_get_title (chart));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set_data (G_OBJECT (dialog), "kj-list", list);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_chart_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KjWindow *self = KJ_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = kj_window_chart_texture (self, &error);
  g_autofree char *message = NULL;

  if (texture == NULL)
    {
      message = g_markup_escape_text (error->message, -1);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Chart copied as an image")));
}

void
kj_window_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, copy_chart_activated);
}
