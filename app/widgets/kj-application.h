/* kj-application.h: the Kinerja application
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KJ_TYPE_APPLICATION (kj_application_get_type ())
G_DECLARE_FINAL_TYPE (KjApplication, kj_application, KJ, APPLICATION, AdwApplication)

KjApplication *kj_application_new (void);
GtkWidget     *kj_application_new_about (GtkWindow *parent);
void           kj_application_follow_user_name (GSettings *settings);

G_END_DECLS
