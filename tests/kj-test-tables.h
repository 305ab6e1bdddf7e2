/* kj-test-tables.h: what the Tables page's tests share
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "widgets/kj-tables-page.h"
#include "widgets/kj-window.h"
#include "kj-test-util.h"

static inline KjTablesPage *
page_of (KjWindow *win)
{
  return KJ_TABLES_PAGE (kj_window_get_tables_page (win));
}

/* the window on a sample, the Tables page shown */
static inline KjWindow *
open_sample (const char  *satker,
             int          year,
             KjTableKind  table)
{
  KjWindow *win = kj_window_new (NULL);
  KjTablesPage *page = page_of (win);

  gtk_window_set_default_size (GTK_WINDOW (win), 1400, 1000);
  gtk_window_present (GTK_WINDOW (win));
  kj_window_load_samples (win);
  g_assert_true (kj_window_select_satker (win, satker));
  kj_window_set_year (win, year);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.page", "s", "tables"));
  kj_tables_page_set_table (page, table);
  g_assert_true (kj_tables_page_get_plan (page) == kj_window_get_plan (win));
  g_assert_cmpint (kj_tables_page_get_year (page), ==, year);
  return win;
}

/* the text shown in the row of @key */
static inline char *
text_of (KjTablesPage *page,
         const char   *key,
         const char   *column)
{
  int row = kj_tables_page_find_row (page, key);

  g_assert_cmpint (row, >=, 0);
  return kj_tables_page_get_text (page, row, column);
}

#define assert_text(page, key, column, expected) \
  G_STMT_START { \
    g_autofree char *_t = text_of (page, key, column); \
    g_assert_cmpstr (_t, ==, expected); \
  } G_STMT_END

/* the cell of @key's row in @column, once the table is drawn */
static inline GtkWidget *
cell_of (KjTablesPage *page,
         const char   *key,
         const char   *column)
{
  GtkWidget *cell;

  kj_test_wait_until (kj_test_drawn, kj_tables_page_get_view (page));
  kj_test_settle ();
  cell = kj_tables_page_get_cell (page, key, column);
  g_assert_nonnull (cell);
  return cell;
}
