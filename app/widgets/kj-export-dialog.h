/* kj-export-dialog.h: Export Chart: format, size and scale
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  KJ_EXPORT_PNG,
  KJ_EXPORT_SVG,
  KJ_EXPORT_PDF,
} KjExportFormat;

#define KJ_TYPE_EXPORT_DIALOG (kj_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KjExportDialog, kj_export_dialog, KJ, EXPORT_DIALOG, AdwMessageDialog)

KjExportDialog *kj_export_dialog_new        (GtkWindow      *parent,
                                             const char     *chart_title,
                                             KjExportFormat  format);
KjExportFormat  kj_export_dialog_get_format (KjExportDialog *self);
void            kj_export_dialog_set_format (KjExportDialog *self,
                                             KjExportFormat  format);
void            kj_export_dialog_get_size   (KjExportDialog *self,
                                             double         *width,
                                             double         *height,
                                             double         *scale);
const char     *kj_export_format_extension  (KjExportFormat  format);

G_END_DECLS
