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

static gboolean  opt_check;
static gboolean  opt_version;
static char     *opt_save_as;
static char     *opt_export;
static char     *opt_import;
static char     *opt_into;
static char     *opt_chart;
static char     *opt_indicator;
static char     *opt_satker;
static char     *opt_size;
static int       opt_year;
static double    opt_scale;
static char    **opt_paths;

/* Listed by --help; the headless ones are parsed in local_command_line(). */
static const GOptionEntry entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, &opt_check,
    N_("Check plan files and print one line per finding"), N_("PATH…") },
  { "save-as", 0, 0, G_OPTION_ARG_FILENAME, &opt_save_as,
    N_("Read IN and write it to OUT through the program's saver"), N_("OUT IN") },
  { "export-chart", 0, 0, G_OPTION_ARG_FILENAME, &opt_export,
    N_("Draw a chart of PATH… into OUT (.png, .svg or .pdf)"), N_("OUT") },
  { "chart", 0, 0, G_OPTION_ARG_STRING, &opt_chart,
    N_("With --export-chart: trend, achievement, budget, context, areas, areas-trend, compare "
       "or heatmap"), N_("KIND") },
  { "indicator", 0, 0, G_OPTION_ARG_STRING, &opt_indicator,
    N_("With --export-chart: the indicator id (or context table id)"), N_("ID") },
  { "year", 0, 0, G_OPTION_ARG_INT, &opt_year,
    N_("With --export-chart: the year (default: the latest with data)"), N_("YEAR") },
  { "satker", 0, 0, G_OPTION_ARG_STRING, &opt_satker,
    N_("With --export-chart: the work unit, by name or code"), N_("NAME-OR-CODE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, &opt_size,
    N_("With --export-chart: pixels (PNG, SVG) or points (PDF); default 1280x720, PDF A4"), N_("WxH") },
  { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &opt_scale,
    N_("With --export-chart to PNG: device pixels per pixel (default 1)"), N_("N") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, &opt_import,
    N_("Set targets and realisations of the plan given with --into from a table (.csv or .tsv)"),
    N_("TABLE") },
  { "into", 0, 0, G_OPTION_ARG_FILENAME, &opt_into,
    N_("With --import: the plan file to change"), N_("PLAN") },
  { "version", 0, 0, G_OPTION_ARG_NONE, &opt_version,
    N_("Show the program version"), NULL },
  { NULL }
};

static gboolean
is_headless (char **argv)
{
  if (kj_cli_is_export_pdf (argv))
    return TRUE;
  for (int i = 1; argv[i]; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--check") || g_str_equal (argv[i], "--version")
          || g_str_equal (argv[i], "--save-as") || g_str_has_prefix (argv[i], "--save-as=")
          || g_str_equal (argv[i], "--export-chart") || g_str_has_prefix (argv[i], "--export-chart=")
          || g_str_equal (argv[i], "--import") || g_str_has_prefix (argv[i], "--import=")
          || g_str_equal (argv[i], "--into") || g_str_has_prefix (argv[i], "--into="))
        return TRUE;
    }
  return FALSE;
}

static int
run_headless (char ***arguments)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  GOptionEntry all[G_N_ELEMENTS (entries) + 1];
  int status;

  /* --export-pdf parses its own options (cli/kj-cli-report.c) */
  if (kj_cli_is_export_pdf (*arguments))
    return kj_cli_export_pdf (arguments);
  memcpy (all, entries, sizeof entries);
  all[G_N_ELEMENTS (entries) - 1] = (GOptionEntry) {
    G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_paths, NULL, NULL };
  all[G_N_ELEMENTS (entries)] = (GOptionEntry) { NULL };
  g_option_context_add_main_entries (context, all, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  /* _strv: GApplication owns the strings, and parsing frees what it removes */
  if (!g_option_context_parse_strv (context, arguments, &error))
    {
      kj_cli_print (TRUE, "kinerja: %s\n", error->message);
      return KJ_EXIT_USAGE;
    }
  if ((opt_check ? 1 : 0) + (opt_save_as ? 1 : 0) + (opt_version ? 1 : 0) + (opt_export ? 1 : 0)
      + (opt_import ? 1 : 0) != 1)
    {
      kj_cli_print (TRUE, "kinerja: %s\n",
                  _("use one of --check, --save-as, --export-chart, --import and --version at a time"));
      status = KJ_EXIT_USAGE;
    }
  else if (!opt_export && (opt_chart || opt_indicator || opt_satker || opt_size || opt_year || opt_scale))
    {
      kj_cli_print (TRUE, "kinerja: %s\n", _("--chart, --indicator, --year, --satker, --size and --scale "
                                     "go with --export-chart"));
      status = KJ_EXIT_USAGE;
    }
  else if (opt_import || opt_into)
    status = kj_cli_import (opt_import, opt_into, (const char * const *) opt_paths);
  else if (opt_export)
    {
      KjCliExport export = { opt_export, opt_chart, opt_indicator, opt_satker, opt_size,
                             opt_year, opt_scale };
      status = kj_cli_export_chart (&export, (const char * const *) opt_paths);
    }
  else if (opt_version)
    {
      kj_cli_print (FALSE, "kinerja %s\n", PACKAGE_VERSION);
      status = opt_paths ? KJ_EXIT_USAGE : KJ_EXIT_OK;
    }
  else if (opt_check)
    status = kj_cli_check ((const char * const *) opt_paths);
  else
    status = kj_cli_save_as (opt_save_as, (const char * const *) opt_paths);
  g_clear_pointer (&opt_save_as, g_free);
  g_clear_pointer (&opt_export, g_free);
  g_clear_pointer (&opt_import, g_free);
  g_clear_pointer (&opt_into, g_free);
  g_clear_pointer (&opt_chart, g_free);
  g_clear_pointer (&opt_indicator, g_free);
  g_clear_pointer (&opt_satker, g_free);
  g_clear_pointer (&opt_size, g_free);
  g_clear_pointer (&opt_paths, g_strfreev);
  return status;
}

static gboolean
kj_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  if (is_headless (*arguments))
    {
      *exit_status = run_headless (arguments);
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
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
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
