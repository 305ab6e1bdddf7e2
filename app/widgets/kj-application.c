/* kj-application.c: the Kinerja application
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cli/kj-cli.h"
#include "widgets/kj-application.h"
#include "widgets/kj-window.h"

struct _KjApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (KjApplication, kj_application, ADW_TYPE_APPLICATION)

static gboolean
kj_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  if (kj_cli_is_headless (*arguments))
    {
      *exit_status = kj_cli_run_headless (arguments);
      return TRUE;
    }
  return G_APPLICATION_CLASS (kj_application_parent_class)->local_command_line (app, arguments,
                                                                              exit_status);
}

static KjWindow *
get_window (KjApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (kj_window_new (self));
  return KJ_WINDOW (window);
}

static void
kj_application_activate (GApplication *app)
{
  KjWindow *window = get_window (KJ_APPLICATION (app));
  gboolean fresh = !gtk_widget_get_visible (GTK_WIDGET (window));

  gtk_window_present (GTK_WINDOW (window));
  /* A bare `kinerja` opens the bundled sample workspace. */
  if (fresh && g_getenv ("KINERJA_NO_SAMPLES") == NULL)
    kj_window_load_samples (window);
}

static void
kj_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  KjWindow *window = get_window (KJ_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  kj_window_open_files (window, files, n_files);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/**
 * kj_application_new_about:
 * The About window, every word of it in the language of the program.
 *
 * Returns: (transfer none): the window, not yet presented
 */
GtkWidget *
kj_application_new_about (GtkWindow *parent)
{
  const char *developers[] = { _("The Kinerja authors"), NULL };

  /* AdwAboutDialog (1.5) replaces it; Debian 12 has libadwaita 1.2 */
  return g_object_new (ADW_TYPE_ABOUT_WINDOW,
                       "transient-for", parent,
                       "application-name", _("Kinerja"),
                       "application-icon", APP_ID,
                       "developer-name", _("The Kinerja authors"),
                       "version", PACKAGE_VERSION,
                       "comments", _("Performance plans and reports of BNN work units: "
                                     "targets, realisations, achievements and budgets."),
                       "license-type", GTK_LICENSE_GPL_3_0,
                       "developers", developers,
                       /* Translators: put your names here */
                       "translator-credits", _("translator-credits"),
                       NULL);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (kj_application_new_about (parent)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
kj_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (kj_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  kj_window_set_accels (GTK_APPLICATION (app));
}

static void
kj_application_class_init (KjApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = kj_application_local_command_line;
  app_class->activate = kj_application_activate;
  app_class->open = kj_application_open;
  app_class->startup = kj_application_startup;
}

static void
kj_application_init (KjApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), kj_cli_get_entries ());
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[PATH…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Open plan files or folders of them. Without a "
                                              "path, the bundled sample workspace opens."));
}

KjApplication *
kj_application_new (void)
{
  return g_object_new (KJ_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
