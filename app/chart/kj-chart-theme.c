/* kj-chart-theme.c: colours and fonts of charts on screen and on paper
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The series palette is Okabe and Ito's, distinguishable with the common
 * colour-vision deficiencies; band colours come from the scales and are the
 * same in tables, charts and PDFs.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "chart/kj-chart.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1 }
#define PALETTE { RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xcc79a7), RGB (0x56b4e9), RGB (0xd55e00) }

static const KjChartTheme light = {
  .background = RGB (0xffffff),
  .foreground = { 0, 0, 0, 0.85 },
  .muted = { 0, 0, 0, 0.55 },
  .grid = { 0, 0, 0, 0.12 },
  .target = RGB (0x3d3846),
  .series = PALETTE,
  .font_family = "Cantarell, DejaVu Sans, sans-serif",
  .snap = TRUE,
};

static const KjChartTheme dark = {
  .background = RGB (0x1e1e1e),
  .foreground = { 1, 1, 1, 0.92 },
  .muted = { 1, 1, 1, 0.6 },
  .grid = { 1, 1, 1, 0.15 },
  .target = RGB (0xdeddda),
  .series = { RGB (0x56b4e9), RGB (0xe69f00), RGB (0x009e73), RGB (0xcc79a7), RGB (0x62a0ea), RGB (0xd55e00) },
  .font_family = "Cantarell, DejaVu Sans, sans-serif",
  .snap = TRUE,
};

/* Paper: black on white, hairlines not snapped, a font every PDF viewer has. */
static const KjChartTheme print = {
  .background = RGB (0xffffff),
  .foreground = RGB (0x000000),
  .muted = RGB (0x505050),
  .grid = RGB (0xcccccc),
  .target = RGB (0x000000),
  .series = PALETTE,
  .font_family = "DejaVu Sans, sans-serif",
  .snap = FALSE,
};

const KjChartTheme *
kj_chart_theme_light (void)
{
  return &light;
}

const KjChartTheme *
kj_chart_theme_dark (void)
{
  return &dark;
}

const KjChartTheme *
kj_chart_theme_print (void)
{
  return &print;
}

/* "#rrggbb" into a colour. */
gboolean
kj_rgba_parse (const char *hex,
               KjRgba     *rgba)
{
  guint r, g, b;

  if (hex == NULL || strlen (hex) != 7 || hex[0] != '#'
      || sscanf (hex + 1, "%2x%2x%2x", &r, &g, &b) != 3)
    return FALSE;
  rgba->red = r / 255.0;
  rgba->green = g / 255.0;
  rgba->blue = b / 255.0;
  rgba->alpha = 1;
  return TRUE;
}
