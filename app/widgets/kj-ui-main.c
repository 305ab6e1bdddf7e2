/* kj-ui-main.c: the window's module, loaded by main() when there is a window
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gmodule.h>

#include "widgets/kj-application.h"

G_MODULE_EXPORT int kj_ui_main (int argc, char **argv);

/* Runs the application (and the headless commands too, should the module
 * be given one: kj_application's local_command_line dispatches them). */
G_MODULE_EXPORT int
kj_ui_main (int    argc,
            char **argv)
{
  g_autoptr(KjApplication) app = kj_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
