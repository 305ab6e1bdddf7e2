/* kj-chart-pickers.h: the rows of the charts page's drop-downs
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkListItemFactory *kj_picker_label_factory (gboolean     in_list);
GtkListItemFactory *kj_picker_checked_factory (GObject   *owner,
                                               gboolean   wrap);

G_END_DECLS
