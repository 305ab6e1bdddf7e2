/* kj-path.h: JSON paths as messages show them: indicators[3].years.2023.target
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  kj_path_append_member (GString    *path,
                             const char *member);
char *kj_path_member        (const char *parent,
                             const char *member);
char *kj_path_index         (const char *parent,
                             guint       index);
char *kj_path_key           (const char *parent,
                             const char *key,
                             const char *value);
gboolean kj_path_is_within  (const char *path,
                             const char *prefix);

/* One step of a path: `.name` or `["name"]`, `[3]`, or `[id="ikk-1"]` (the
 * element of an array whose member @name is the text @value). */
typedef enum
{
  KJ_PATH_MEMBER,
  KJ_PATH_INDEX,
  KJ_PATH_KEY,
} KjPathStepKind;

typedef struct
{
  KjPathStepKind  kind;
  char           *name;
  char           *value;
  guint           index;
} KjPathStep;

GArray *kj_path_parse       (const char *path);

G_END_DECLS
