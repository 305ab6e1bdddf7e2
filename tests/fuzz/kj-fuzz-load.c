/* kj-fuzz-load.c: libFuzzer harness: load → check → save → reload → compare
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input: the loader refuses it with a message, or loads it; a loaded plan
 * is checked, its findings located, saved to text, and the text loads again to
 * the same tree (the saver never writes what the loader refuses, and loses
 * nothing).  Built and run by tests/fuzz/run.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "io/kj-plan-io.h"
#include "model/kj-checks.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(KjDiagnostic) diagnostic = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KjPlan) plan = kj_plan_load_bytes (bytes, "fuzz.json", NULL, &diagnostic, &error);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(KjPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *text = NULL, *text2 = NULL;

  if (plan == NULL)
    {
      /* refused: with a message that names a path */
      if (diagnostic == NULL || diagnostic->path == NULL || diagnostic->message == NULL || error == NULL)
        abort ();
      return 0;
    }
  findings = kj_plan_check (plan);
  kj_plan_locate_all (plan, findings);
  text = kj_plan_to_data (plan);
  saved = g_bytes_new_static (text, strlen (text));
  again = kj_plan_load_bytes (saved, "fuzz.json", NULL, NULL, NULL);
  /* the saver's text loads again, to the same tree, and is stable */
  if (again == NULL || !kj_node_equal (kj_plan_get_root (plan), kj_plan_get_root (again)))
    abort ();
  text2 = kj_plan_to_data (again);
  if (strcmp (text, text2) != 0)
    abort ();
  return 0;
}
