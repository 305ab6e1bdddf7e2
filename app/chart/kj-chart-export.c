/* kj-chart-export.c: charts to PNG, SVG and PDF files
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "io/kj-atomic-file.h"
#include "model/kj-format.h"
#include "chart/kj-chart.h"
#include "chart/kj-chart-private.h"

typedef enum { FORMAT_PNG, FORMAT_SVG, FORMAT_PDF, FORMAT_UNKNOWN } Format;

static Format
_kj_format_of (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    return FORMAT_PNG;
  if (g_str_has_suffix (lower, ".svg"))
    return FORMAT_SVG;
  if (g_str_has_suffix (lower, ".pdf"))
    return FORMAT_PDF;
  return FORMAT_UNKNOWN;
}

static gboolean
check (cairo_status_t status,
       const char    *path,
       GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  if (status == CAIRO_STATUS_INVALID_SIZE || status == CAIRO_STATUS_NO_MEMORY)
    g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT,
                 _("Cannot write %s: the image would be too large (at most 32767 pixels a side); "
                   "export to SVG or PDF, or choose a smaller size or scale"), path);
  else
    g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT, _("Cannot write %s: %s"), path,
                 cairo_status_to_string (status));
  return FALSE;
}

/* cairo writes text as glyph outlines: the title and the chart's description
 * go in as <title> and <desc>, for search, screen readers and slide tools. */
static void
add_svg_text (KjChart *chart,
              GString *svg)
{
  g_autofree char *title = NULL, *desc = NULL, *description = NULL, *text = NULL;
  const char *open, *end;

  open = strstr (svg->str, "<svg");
  end = open ? strchr (open, '>') : NULL;
  if (end == NULL)
    return;
  description = kj_chart_describe (chart);
  title = kj_format_plain_text (kj_chart_get_title (chart), TRUE);
  desc = kj_format_plain_text (description, TRUE);
  text = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", title, desc);
  g_string_insert (svg, end + 1 - svg->str, text);
}

/* cairo writes the file into memory: the file on disk is written once, at
 * the end, atomically, so an export killed half way leaves nothing behind. */
static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}


/* ── PDF pages ─────────────────────────────────────────────────────────── */

#define PDF_MARGIN   36.0   /* half an inch: what every printer reaches */
#define PDF_BAND     24.0   /* the running header's and the footer's height */
#define PDF_ZOOM_MAX 1.5    /* a short chart grows this much at most to fill its page */

/**
 * kj_chart_export_printable_area:
 * The part of a page of @page_width × @page_height points the chart fills:
 * within the margins, between the running header and the footer.
 */
void
kj_chart_export_printable_area (double  page_width,
                                double  page_height,
                                double *x,
                                double *y,
                                double *width,
                                double *height)
{
  *x = PDF_MARGIN;
  *y = PDF_MARGIN + PDF_BAND;
  *width = page_width - 2 * PDF_MARGIN;
  *height = page_height - 2 * PDF_MARGIN - 2 * PDF_BAND;
}

guint
kj_chart_export_get_n_pages (KjChart *chart,
                             double   page_width,
                             double   page_height)
{
  double x, y, w, h;

  g_return_val_if_fail (chart != NULL, 1);
  kj_chart_export_printable_area (page_width, page_height, &x, &y, &w, &h);
  return kj_chart_get_n_pages (chart, w, h);
}

/**
 * kj_chart_export_page_layout:
 * @x: @y: (out): where the chart's top left corner goes on the page
 * @zoom: (out): how much the layout is enlarged on the page
 *
 * The chart as page @page of a PDF shows it: a long chart over pages of the
 * printable area's size, each with its title, legend and axis; a short one
 * laid out smaller and enlarged (up to 1.5×), at its own proportions, so
 * that it fills the page rather than its top.
 *
 * Returns: (transfer full): the layout, in its own coordinates
 */
KjChartLayout *
kj_chart_export_page_layout (KjChart *chart,
                             double   page_width,
                             double   page_height,
                             guint    page,
                             double  *x,
                             double  *y,
                             double  *zoom)
{
  const KjChartTheme *theme = kj_chart_theme_print ();
  double w, h, z = 1, bottom;
  KjChartLayout *layout;

  g_return_val_if_fail (chart != NULL, NULL);

  kj_chart_export_printable_area (page_width, page_height, x, y, &w, &h);
  if (kj_chart_get_n_pages (chart, w, h) > 1)
    {
      *zoom = 1;
      return kj_chart_layout_new (chart, w, h, page, theme);
    }
  layout = kj_chart_layout_new (chart, w, h, G_MAXUINT, theme);
  /* rows stop growing at twice their height: a chart of a few rows would
   * leave the page's lower half empty */
  for (int i = 0; i < 3 && kj_chart_layout_get_extents (layout, NULL, NULL, NULL, &bottom); i++)
    {
      double fill = bottom * z / h, next = MIN (PDF_ZOOM_MAX, z * 0.97 / MAX (fill, 0.1));

      if (fill >= 0.9 || next <= z + 0.01)
        break;
      z = next;
      kj_chart_layout_unref (layout);
      layout = kj_chart_layout_new (chart, w / z, h / z, G_MAXUINT, theme);
    }
  *zoom = z;
  return layout;
}

static void
draw_band_text (cairo_t    *cr,
                const char *text,
                double      x,
                double      y,
                double      max_width,
                gboolean    end)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (kj_chart_theme_print ()->font_family);
  PangoRectangle logical;

  pango_font_description_set_absolute_size (font, 8 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  cairo_move_to (cr, end ? x - logical.width - logical.x : x - logical.x, y - logical.height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* The date of today as a report writes it: "1 Desember 2026". */
static char *
export_date (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* Translators: the date in a PDF's footer (g_date_time_format()): "1 Desember 2026" */
  return g_date_time_format (now, _("%-d %B %Y"));
}

static void
draw_pdf_page (KjChart    *chart,
               cairo_t    *cr,
               double      page_width,
               double      page_height,
               guint       page,
               guint       n_pages,
               const char *date)
{
  const KjChartTheme *theme = kj_chart_theme_print ();
  double x, y, zoom, w = page_width - 2 * PDF_MARGIN, band_y = PDF_MARGIN + PDF_BAND / 2;
  double foot_y = page_height - PDF_MARGIN - PDF_BAND / 2;
  g_autoptr(KjChartLayout) layout = kj_chart_export_page_layout (chart, page_width, page_height, page,
                                                                 &x, &y, &zoom);
  g_autofree char *page_text = NULL;
  const char *header = chart->satker ? chart->satker : chart->title;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* running header and footer, apart from the chart by hairlines */
  cairo_set_source_rgba (cr, theme->muted.red, theme->muted.green, theme->muted.blue, 1);
  draw_band_text (cr, header ? header : "", PDF_MARGIN, band_y, w * 0.7, FALSE);
  draw_band_text (cr, date, PDF_MARGIN, foot_y, w * 0.6, FALSE);
  /* Translators: a PDF page's footer */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  draw_band_text (cr, page_text, page_width - PDF_MARGIN, foot_y, w * 0.3, TRUE);
  cairo_set_source_rgba (cr, theme->grid.red, theme->grid.green, theme->grid.blue, 1);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, PDF_MARGIN, PDF_MARGIN + PDF_BAND);
  cairo_line_to (cr, page_width - PDF_MARGIN, PDF_MARGIN + PDF_BAND);
  cairo_move_to (cr, PDF_MARGIN, page_height - PDF_MARGIN - PDF_BAND);
  cairo_line_to (cr, page_width - PDF_MARGIN, page_height - PDF_MARGIN - PDF_BAND);
  cairo_stroke (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, zoom, zoom);
  /* the chart paints its background: within its own area only */
  cairo_rectangle (cr, 0, 0, kj_chart_layout_get_width (layout), kj_chart_layout_get_height (layout));
  cairo_clip (cr);
  kj_chart_layout_draw (layout, cr);
  cairo_restore (cr);
}

/**
 * kj_chart_export:
 * @path: ends in .png, .svg or .pdf
 * @width: @height: in pixels for PNG and SVG, in points for PDF
 * @scale: PNG only: device pixels per pixel (2 for a sharp slide)
 *
 * PNG and SVG use the screen's light theme, PDF the print theme.  A long
 * chart grows taller in PNG and SVG so that every row stays readable, and
 * splits over pages in PDF, each with a running header (the work unit) and
 * a footer (the date, the page).  The file is written beside @path and renamed
 * over it, so a failed export leaves an existing file untouched.
 *
 * Returns: %TRUE on success
 */
gboolean
kj_chart_export (KjChart     *chart,
                 const char  *path,
                 double       width,
                 double       height,
                 double       scale,
                 GError     **error)
{
  Format format = _kj_format_of (path);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) local = NULL;
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  gboolean ok;
  double zoom, w, h;

  g_return_val_if_fail (chart != NULL && path != NULL, FALSE);

  if (format == FORMAT_UNKNOWN)
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT,
                   _("Cannot tell the format of %s: use a name ending in .png, .svg or .pdf"), path);
      return FALSE;
    }
  if (!(width >= 100 && width <= 20000 && height >= 100 && height <= 20000 && scale > 0 && scale <= 8))
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT,
                   _("A size from 100×100 to 20000×20000 and a scale up to 8, please"));
      return FALSE;
    }
  /* a slide larger than 1280×720 is the 1280-wide layout enlarged, so its
   * text stays readable from the back of the room */
  zoom = format == FORMAT_PDF ? 1 : CLAMP (MIN (width / 1280, height / 720), 1, 3);
  w = width / zoom;
  h = height / zoom;
  if (format != FORMAT_PDF)
    h = MAX (h, kj_chart_get_natural_height (chart, w));

  switch (format)
    {
    case FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                            (int) ceil (h * zoom * scale));
      cr = cairo_create (surface);
      cairo_scale (cr, zoom * scale, zoom * scale);
      kj_chart_draw (chart, cr, w, h, kj_chart_theme_light ());
      cairo_destroy (cr);
      ok = check (cairo_surface_status (surface), path, error)
           && check (cairo_surface_write_to_png_stream (surface, append_bytes, out), path, error);
      break;
    case FORMAT_SVG:
      {
        KjChartTheme vector = *kj_chart_theme_light ();
        vector.snap = FALSE;
        surface = cairo_svg_surface_create_for_stream (append_bytes, out, width, h * zoom);
        cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
        cr = cairo_create (surface);
        cairo_scale (cr, zoom, zoom);
        kj_chart_draw (chart, cr, w, h, &vector);
        cairo_destroy (cr);
        cairo_surface_finish (surface);
        ok = check (cairo_surface_status (surface), path, error);
        if (ok)
          add_svg_text (chart, out);
      }
      break;
    case FORMAT_PDF:
    case FORMAT_UNKNOWN:
    default:
      {
        guint n = kj_chart_export_get_n_pages (chart, width, height);
        g_autofree char *date = export_date ();
        surface = cairo_pdf_surface_create_for_stream (append_bytes, out, width, height);
        {
          g_autofree char *title = kj_format_plain_text (kj_chart_get_title (chart), FALSE);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
        }
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kinerja " PACKAGE_VERSION);
        cr = cairo_create (surface);
        for (guint page = 0; page < n; page++)
          {
            draw_pdf_page (chart, cr, width, height, page, n, date);
            cairo_show_page (cr);
          }
        cairo_destroy (cr);
        cairo_surface_finish (surface);
        ok = check (cairo_surface_status (surface), path, error);
      }
      break;
    }
  cairo_surface_destroy (surface);

  if (ok && !kj_atomic_file_set_contents (path, out->str, out->len, &local))
    {
      /* the message already says "Cannot write PATH: why" */
      g_set_error_literal (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT, local->message);
      ok = FALSE;
    }
  return ok;
}
