/* main.c: Kinerja, performance plans and reports of BNN work units
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program itself links no GTK: a headless command (--check,
 * --export-pdf, …) runs here, and costs no more to start than GLib, cairo
 * and pango; the window is in a module (widgets/kj-ui-main.c) loaded only
 * when there is a window to show.
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <gmodule.h>

#include "cli/kj-cli.h"

typedef int (*KjUiMain) (int argc, char **argv);

/* Beside the program in the build tree, else where it is installed. */
static char *
ui_module_path (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  const char *override = g_getenv ("KINERJA_UI_MODULE");

  if (override && *override)
    return g_strdup (override);
  if (exe)
    {
      g_autofree char *dir = g_path_get_dirname (exe);
      char *path = g_build_filename (dir, "kinerja-ui.so", NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
  return g_build_filename (PKGLIBDIR, "kinerja-ui.so", NULL);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("KINERJA_LOCALEDIR");
  g_autofree char *path = NULL;
  GModule *module;
  KjUiMain ui_main;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (kj_cli_is_headless (argv))
    {
      g_auto(GStrv) arguments = g_strdupv (argv);
      return kj_cli_run_headless (&arguments);
    }

  path = ui_module_path ();
  module = g_module_open (path, G_MODULE_BIND_LOCAL);
  if (module == NULL || !g_module_symbol (module, "kj_ui_main", (gpointer *) &ui_main))
    {
      kj_cli_print (TRUE, _("kinerja: cannot load the window’s module %s: %s\n"), path, g_module_error ());
      return KJ_EXIT_ERROR;
    }
  /* the module stays: the window runs until the program ends */
  return ui_main (argc, argv);
}
