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

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kj_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
