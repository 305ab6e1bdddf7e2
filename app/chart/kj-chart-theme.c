/* kj-chart-theme.c: colours and fonts of charts on screen and on paper
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The series palette is Okabe and Ito's, distinguishable with the common
 * colour-vision deficiencies; band colours come from the scales and are the
 * same in tables, charts and PDFs.
 */
#include "config.h"

#include <math.h>
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
  .ghost_alpha = 0.25,
  .ghost_line = 1,
  .font_family = "Cantarell, DejaVu Sans, sans-serif",
  .snap = TRUE,
};

/* On a dark background a light tint is a dark one: allocation bars are
 * filled more and outlined wider there, to stand out 3:1 (WCAG's minimum for
 * graphics) while staying darker than the solid realisation bars beside them. */
static const KjChartTheme dark = {
  .background = RGB (0x1e1e1e),
  .foreground = { 1, 1, 1, 0.92 },
  .muted = { 1, 1, 1, 0.6 },
  .grid = { 1, 1, 1, 0.15 },
  .target = RGB (0xdeddda),
  .series = { RGB (0x56b4e9), RGB (0xe69f00), RGB (0x009e73), RGB (0xcc79a7), RGB (0x62a0ea), RGB (0xd55e00) },
  .ghost_alpha = 0.6,
  .ghost_line = 1.5,
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
  .ghost_alpha = 0.25,
  .ghost_line = 1,
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

/* @color at @alpha over an opaque @background, as the eye sees it. */
KjRgba
kj_rgba_over (const KjRgba *color,
              double        alpha,
              const KjRgba *background)
{
  double a = color->alpha * alpha;

  return (KjRgba) { background->red * (1 - a) + color->red * a,
                    background->green * (1 - a) + color->green * a,
                    background->blue * (1 - a) + color->blue * a, 1 };
}

static double
luminance (const KjRgba *c)
{
  double v[3] = { c->red, c->green, c->blue };

  for (int i = 0; i < 3; i++)
    v[i] = v[i] <= 0.04045 ? v[i] / 12.92 : pow ((v[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

/* WCAG 2's contrast ratio of two opaque colours: 1 (none) to 21. */
double
kj_rgba_contrast (const KjRgba *a,
                  const KjRgba *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}
