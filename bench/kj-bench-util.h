/* kj-bench-util.h: what the benchmark programs share
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdlib.h>
#include <glib.h>

static inline int
kj_bench_compare_doubles (const void *a,
                          const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* The median of @n timings (sorts @v). */
static inline double
kj_bench_median (double *v,
                 int     n)
{
  qsort (v, n, sizeof *v, kj_bench_compare_doubles);
  return v[n / 2];
}

static inline double
kj_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}
