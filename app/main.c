/* main.c: Kinerja, performance plans and reports of BNN work units
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "widgets/kj-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KjApplication) app = NULL;
  const char *localedir = g_getenv ("KINERJA_LOCALEDIR");

  /* GLib < 2.76 allocates json-glib's many small nodes from its slice
   * allocator, a quarter slower here than malloc (docs/benchmarks.md) */
  g_setenv ("G_SLICE", "always-malloc", FALSE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kj_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
