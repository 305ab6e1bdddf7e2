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

#include "model/kj-format.h"
#include "chart/kj-chart.h"

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

/**
 * kj_chart_export:
 * @path: ends in .png, .svg or .pdf
 * @width: @height: in pixels for PNG and SVG, in points for PDF
 * @scale: PNG only: device pixels per pixel (2 for a sharp slide)
 *
 * PNG and SVG use the screen's light theme, PDF the print theme.  A long
 * chart grows taller in PNG and SVG so that every row stays readable, and
 * splits over pages in PDF.  The file is written beside @path and renamed
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
        guint n = kj_chart_get_n_pages (chart, width, height);
        surface = cairo_pdf_surface_create_for_stream (append_bytes, out, width, height);
        {
          g_autofree char *title = kj_format_plain_text (kj_chart_get_title (chart), FALSE);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
        }
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kinerja " PACKAGE_VERSION);
        cr = cairo_create (surface);
        for (guint page = 0; page < n; page++)
          {
            kj_chart_draw_page (chart, cr, width, height, page, kj_chart_theme_print ());
            cairo_show_page (cr);
          }
        cairo_destroy (cr);
        cairo_surface_finish (surface);
        ok = check (cairo_surface_status (surface), path, error);
      }
      break;
    }
  cairo_surface_destroy (surface);

  if (ok && !g_file_set_contents_full (path, out->str, out->len, G_FILE_SET_CONTENTS_CONSISTENT,
                                       0644, &local))
    {
      g_set_error (error, KJ_CHART_ERROR, KJ_CHART_ERROR_EXPORT, _("Cannot write %s: %s"), path,
                   local->message);
      ok = FALSE;
    }
  return ok;
}
