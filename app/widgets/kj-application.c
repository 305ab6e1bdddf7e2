/* kj-application.c: the Kinerja application
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cli/kj-cli.h"
#include "model/kj-history.h"
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

/* Once per run, on the first window: the unsaved edits a crash left. */
static void
offer_recovery (KjWindow *window)
{
  static gboolean offered;

  if (offered)
    return;
  offered = TRUE;
  kj_window_offer_recovery (window);
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
  offer_recovery (window);
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
  offer_recovery (window);
}

/* Each window is closed as its close button would: one with unsaved changes
 * asks first, and stays if told so; the program ends with its last window. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l; l = l->next)
    if (KJ_IS_WINDOW (l->data))
      gtk_window_close (l->data);
  g_list_free (windows);
}

static void
user_name_changed_cb (GSettings  *settings,
                      const char *key)
{
  g_autofree char *name = g_settings_get_string (settings, "user-name");

  /* "": the system's name for the user */
  kj_history_set_user_name (name);
}

/**
 * kj_application_follow_user_name:
 * @settings: the program's settings
 *
 * History entries name who edited as the `user-name` setting says, now and
 * whenever it changes; an empty setting means the system's name.
 */
void
kj_application_follow_user_name (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_signal_connect (settings, "changed::user-name", G_CALLBACK (user_name_changed_cb), NULL);
  user_name_changed_cb (settings, "user-name");
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

  /* from the build tree, without installed schemas: the system's name */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE)
                                               : NULL;
    if (schema)
      {
        GSettings *settings = g_settings_new (APP_ID);

        kj_application_follow_user_name (settings);
        g_object_set_data_full (G_OBJECT (app), "kj-settings", settings, g_object_unref);
      }
  }
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
