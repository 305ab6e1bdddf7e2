/* kj-cli.h: the headless commands (--check, --save-as)
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of --check: no error / some file has an error / wrong usage */
#define KJ_EXIT_OK    0
#define KJ_EXIT_ERROR 1
#define KJ_EXIT_USAGE 2

typedef struct
{
  const char *out;
  const char *kind;
  const char *indicator;
  const char *satker;
  const char *size;
  int         year;
  double      scale;
} KjCliExport;

void kj_cli_print       (gboolean            to_stderr,
                         const char         *format,
                         ...) G_GNUC_PRINTF (2, 3);
int kj_cli_check        (const char * const *paths);
int kj_cli_export_chart (const KjCliExport  *options,
                         const char * const *paths);
int kj_cli_save_as (const char         *out_path,
                    const char * const *paths);
gboolean kj_cli_is_export_pdf (char   **argv);
int      kj_cli_export_pdf    (char  ***arguments);
int kj_cli_import  (const char         *table_path,
                    const char         *into,
                    const char * const *rest);

G_END_DECLS
