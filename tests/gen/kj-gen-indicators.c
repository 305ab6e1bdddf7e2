/* kj-gen-indicators.c: the workspace generator: indicators, breakdowns and money */
/* Copyright 2026 The Kinerja authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "kj-gen.h"

/* Indicators {{{1 */

void
gen_year (const Ctx          *ctx,
          const IndicatorDef *d,
          int                 y,
          int                 base,
          gint64             *t,
          gint64             *v)
{
  GRand *r = ctx->r;
  gboolean prov = ctx->sk->is_prov;
  int lo = prov ? d->lo_p : d->lo_k;
  int hi = prov ? d->hi_p : d->hi_k;

  switch (d->kind)
    {
    case K_NKA:
    case K_IKPA:
    case K_DEKTARA:
    case K_DEKTARI:
    case K_IKP:
      {
        const Series *s = core_series (&ctx->core, d->kind);

        *t = s->t[y];
        *v = s->v[y];
      }
      break;

    case K_INDEX4:
      *t = CLAMP (base + rnd_int (r, -10, 10), lo, hi);
      *v = clamp_cents ((double) *t / 100.0 + 0.25 * rnd_gauss (r), 100, 400);
      break;

    case K_PERCENT:
      *t = CLAMP (base + rnd_int (r, -2, 2) * 100, lo, hi);
      *v = clamp_cents ((double) *t / 100.0 + 7.0 * rnd_gauss (r), 0, 10000);
      break;

    case K_PERCENT100:
      *t = 10000;
      *v = rnd_chance (r, 0.85) ? 10000 : rnd_int (r, 9000, 9999);
      break;

    case K_ZI:
      *t = CLAMP (base + rnd_int (r, 0, 2) * 100, lo, hi + 200);
      *v = clamp_cents ((double) *t / 100.0 + 6.0 * rnd_gauss (r), 5500, 9500);
      break;

    case K_GANJA:
      /* Cannabis is eradicated in Aceh and North Sumatra; elsewhere the target is 0, which
       * leaves the achievement undefined. */
      if (g_str_equal (provinces[ctx->sk->province].name, "Aceh")
          || g_str_equal (provinces[ctx->sk->province].name, "Sumatera Utara"))
        {
          int tv = MAX (1, base + rnd_int (r, -2, 2));

          *t = tv * 100;
          *v = MAX (0, tv + rnd_int (r, -2, 4)) * 100;
        }
      else
        {
          *t = 0;
          *v = 0;
        }
      break;

    case K_COUNT:
      {
        int spread = MAX (1, base / 5);
        int tv = MAX (lo, base + rnd_int (r, -spread, spread));
        int vv = tv;
        double u = g_rand_double (r);

        if (u < 0.25)
          vv = tv + rnd_int (r, 1, MAX (1, tv * 2 / 5));
        else if (u < 0.42)
          vv = MAX (0, tv - rnd_int (r, 1, MAX (1, tv * 2 / 5)));
        *t = (gint64) tv * 100;
        *v = (gint64) vv * 100;
      }
      break;

    case K_BNNK_NKA:
    case K_BNNK_IKPA:
      {
        int n = (int) ctx->bnnk->len;
        int hit = 0;

        if (y >= 3)
          {
            for (int j = 0; j < n; j++)
              {
                const Series *s = core_series (&ctx->bnnk_core[j],
                                               d->kind == K_BNNK_NKA ? K_NKA : K_IKPA);

                if (s->v[y] >= s->t[y])
                  hit++;
              }
          }
        else
          hit = rnd_int (r, n / 2, n);
        *t = (gint64) n * 100;
        *v = (gint64) hit * 100;
      }
      break;

    case K_PREV:
      *t = base - 6 * y;
      *v = MAX (50, *t + to_cents (0.22 * rnd_gauss (r)));
      break;

    default:
      g_assert_not_reached ();
    }
}

void
write_narrative (JsonWriter *w,
                 const Ctx  *ctx)
{
  const struct
  {
    const char *key;
    const char * const *pool;
    guint n;
  } parts[] = {
    { "factors", factor_pool, n_factor_pool },
    { "obstacles", obstacle_pool, n_obstacle_pool },
    { "actions", action_pool, n_action_pool },
  };

  jw_begin_object (w, "narrative");
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      guint n = (guint) rnd_int (ctx->r, 1, 2);
      guint first = (guint) g_rand_int_range (ctx->r, 0, (gint32) parts[i].n);

      jw_begin_array (w, parts[i].key);
      for (guint k = 0; k < n; k++)
        {
          g_autofree char *text = expand (ctx, parts[i].pool[(first + k) % parts[i].n]);

          jw_string (w, NULL, text);
        }
      jw_end_array (w);
    }
  jw_end_object (w);
}

const char *
note_for (const IndicatorDef *d)
{
  switch (d->kind)
    {
    case K_NKA:
      return "SMART Kemenkeu";
    case K_IKPA:
      return "OM-SPAN";
    case K_DEKTARA:
      return "Aplikasi Dektara";
    case K_DEKTARI:
      return "Aplikasi Dektari Aja";
    case K_ZI:
      return "Penilaian Mandiri";
    default:
      return "Angka sementara";
    }
}

void
write_year (JsonWriter         *w,
            const Ctx          *ctx,
            const IndicatorDef *d,
            int                 y,
            gint64              t,
            gint64              v,
            gboolean            narrative)
{
  GRand *r = ctx->r;
  double ach;
  gint64 cents;

  jw_begin_object (w, year_keys[y]);
  jw_cents (w, "target", t);
  jw_cents (w, "realization", v);
  if (achievement (d, t, v, &ach) && cents_unambiguous (ach, &cents))
    {
      gboolean slip = rnd_chance (r, 0.03);

      if (slip || rnd_chance (r, 0.6))
        {
          if (slip)
            {
              /* A slip: off by 0.05–3 points, more than the printed precision explains. */
              gint64 delta = rnd_int (r, 5, 300);

              cents += rnd_chance (r, 0.5) || cents <= delta ? delta : -delta;
              /* printed with fewer decimals (101, 100.9), a slip could fall
               * inside what the printed precision stands for: keep two */
              if (cents % 10 == 0)
                cents += 1;
              jw_plant (w, "reported_achievement", "achievement");
            }
          jw_cents (w, "reported_achievement", cents);

          if (rnd_chance (r, 0.35))
            {
              if (value_scale_of (d->kind) != NULL)
                jw_string (w, "reported_category",
                           printed_band (r, d->kind, value_band (d->kind, v), 0.01,
                                         w, "reported_category"));
              else if (!near_capaian_bound (ach))
                jw_string (w, "reported_category",
                           printed_band (r, d->kind, capaian_band (ach), 0.01,
                                         w, "reported_category"));
            }
        }
    }
  if (rnd_chance (r, 0.08))
    jw_string (w, "note", note_for (d));
  if (narrative)
    write_narrative (w, ctx);
  jw_end_object (w);
}

void
write_breakdown_rows (JsonWriter *w,
                      const Ctx  *ctx,
                      Kind        kind,
                      int         y)
{
  jw_begin_array (w, year_keys[y]);
  for (guint j = 0; j < ctx->bnnk->len; j++)
    {
      const Satker *o = ctx->all->pdata[g_array_index (ctx->bnnk, guint, j)];
      gint64 v = core_series (&ctx->bnnk_core[j], kind)->v[y];

      jw_begin_object (w, NULL);
      jw_string (w, "area", o->area);
      jw_string (w, "satker", o->name);
      jw_cents (w, "value", v);
      jw_string (w, "category", printed_band (ctx->r, kind, value_band (kind, v), 0.03,
                                              w, "category"));
      jw_end_object (w);
    }
  for (guint j = 0; ctx->extra[j] != NULL; j++)
    {
      gint64 v = core_series (&ctx->extra_core[j], kind)->v[y];

      jw_begin_object (w, NULL);
      jw_string (w, "area", ctx->extra[j]);
      jw_cents (w, "value", v);
      jw_string (w, "category", printed_band (ctx->r, kind, value_band (kind, v), 0.03,
                                              w, "category"));
      jw_end_object (w);
    }
  jw_end_array (w);
}

void
write_budget_rows (JsonWriter *w,
                   const Ctx  *ctx,
                   Kind        kind,
                   int         y)
{
  jw_begin_array (w, year_keys[y]);
  if (kind == K_IKPA)
    {
      /* The IKPA table lists the BNNP itself first. */
      jw_begin_object (w, NULL);
      jw_string (w, "area", ctx->sk->area);
      jw_string (w, "satker", ctx->sk->name);
      jw_cents (w, "target", ctx->core.ikpa.t[y]);
      jw_cents (w, "value", ctx->core.ikpa.v[y]);
      jw_end_object (w);
    }
  for (guint j = 0; j < ctx->bnnk->len; j++)
    {
      const Satker *o = ctx->all->pdata[g_array_index (ctx->bnnk, guint, j)];
      const Series *s = core_series (&ctx->bnnk_core[j], kind);

      jw_begin_object (w, NULL);
      jw_string (w, "area", o->area);
      jw_string (w, "satker", o->name);
      jw_cents (w, "target", s->t[y]);
      jw_cents (w, "value", s->v[y]);
      jw_end_object (w);
    }
  jw_end_array (w);
}

void
write_indicator (JsonWriter         *w,
                 const Ctx          *ctx,
                 const IndicatorDef *d)
{
  GRand *r = ctx->r;
  gboolean prov = ctx->sk->is_prov;
  int lo = prov ? d->lo_p : d->lo_k;
  int hi = prov ? d->hi_p : d->hi_k;
  int base = lo < hi ? rnd_int (r, lo, hi) : lo;
  gboolean counted = d->kind == K_COUNT || d->kind == K_GANJA || d->kind == K_BNNK_NKA
                     || d->kind == K_BNNK_IKPA;
  int narrative_year = rnd_chance (r, 0.14) ? rnd_int (r, 3, 4) : -1;
  g_autofree char *name = expand (ctx, d->name);

  if (d->kind == K_PERCENT || d->kind == K_ZI)
    base = base / 100 * 100;

  jw_begin_object (w, NULL);
  jw_string (w, "id", d->id);
  jw_string (w, "name", name);
  jw_string (w, "unit", d->unit);
  jw_string (w, "program", d->program);
  jw_string (w, "kegiatan", d->kegiatan);
  jw_string (w, "sasaran", d->sasaran);
  if (d->kind == K_PREV)
    {
      jw_string (w, "direction", "lower_is_better");
      jw_string (w, "lower_formula", "inverse");
    }
  else
    jw_string (w, "direction", "higher_is_better");
  jw_string (w, "value_scale", value_scale_of (d->kind));
  jw_int (w, "decimals", counted ? 0 : 2);
  if (g_str_equal (d->id, "berkas-p21") || g_str_equal (d->id, "unit-ibm"))
    jw_int (w, "achievement_cap", 120);

  jw_begin_object (w, "years");
  for (int y = 0; y < N_YEARS; y++)
    {
      gint64 t, v;

      /* Dektari is measured from 2021 on. */
      if (d->kind == K_DEKTARI && y == 0)
        continue;
      gen_year (ctx, d, y, base, &t, &v);
      if (rnd_chance (r, 0.05))
        {
          /* No data: the year is absent, or a number was never filled in. */
          if (rnd_chance (r, 0.5))
            continue;
          if (rnd_chance (r, 0.75))
            v = NO_VALUE;
          else
            t = NO_VALUE;
        }
      write_year (w, ctx, d, y, t, v, y == narrative_year && t != 0);
    }
  jw_end_object (w);

  if (prov)
    {
      switch (d->kind)
        {
        case K_DEKTARA:
        case K_DEKTARI:
        case K_IKP:
          jw_begin_object (w, "breakdown");
          write_breakdown_rows (w, ctx, d->kind, 3);
          write_breakdown_rows (w, ctx, d->kind, 4);
          jw_end_object (w);
          break;
        case K_NKA:
        case K_IKPA:
          jw_begin_object (w, "breakdown");
          write_budget_rows (w, ctx, d->kind, 3);
          write_budget_rows (w, ctx, d->kind, 4);
          jw_end_object (w);
          break;
        default:
          break;
        }
    }
  jw_end_object (w);
}

void
write_indicators (JsonWriter *w,
                  const Ctx  *ctx)
{
  jw_begin_array (w, "indicators");
  for (guint i = 0; i < n_indicator_defs; i++)
    if (ctx->sk->is_prov || indicator_defs[i].bnnk)
      write_indicator (w, ctx, &indicator_defs[i]);
  jw_end_array (w);
}

/* Money {{{1 */

const KegiatanDef *
kegiatan_by_code (const char *code)
{
  for (guint i = 0; i < n_kegiatan_defs; i++)
    if (g_str_equal (kegiatan_defs[i].code, code))
      return &kegiatan_defs[i];
  g_assert_not_reached ();
  return NULL;
}

/* Chooses the satker's kegiatan (4–8, in the order of the documents' tables) and their
 * allocation and realisation for every year. */
void
gen_funding (Ctx *ctx)
{
  GRand *r = ctx->r;
  gboolean prov = ctx->sk->is_prov;
  gboolean chosen[MAX_KEGIATAN_DEFS] = { FALSE, };
  guint n_p4gn = (guint) rnd_int (r, 3, 5);
  guint n_dm = 0;

  g_assert (n_kegiatan_defs <= MAX_KEGIATAN_DEFS);
  chosen[kegiatan_by_code ("3236") - kegiatan_defs] = TRUE;
  n_dm++;
  if (prov || rnd_chance (r, 0.5))
    {
      chosen[kegiatan_by_code ("3239") - kegiatan_defs] = TRUE;
      n_dm++;
    }
  if (prov)
    {
      chosen[kegiatan_by_code ("3238") - kegiatan_defs] = TRUE;
      n_dm++;
    }
  n_p4gn = MIN (n_p4gn, MAX_KEG - n_dm);
  for (guint k = 0; k < n_p4gn;)
    {
      guint i = (guint) g_rand_int_range (r, 0, (gint32) n_kegiatan_defs);

      if (kegiatan_defs[i].p4gn && !chosen[i])
        {
          chosen[i] = TRUE;
          k++;
        }
    }

  ctx->n_funding = 0;
  for (guint i = 0; i < n_kegiatan_defs; i++)
    {
      const KegiatanDef *kd = &kegiatan_defs[i];
      Funding *f;
      gint64 base;

      if (!chosen[i])
        continue;
      f = &ctx->funding[ctx->n_funding++];
      f->def = kd;
      /* Millions for a BNNP; a BNNK gets 35–70 % of that. */
      base = (gint64) rnd_int (r, kd->lo, kd->hi) * 1000;
      if (!prov)
        base = base * rnd_int (r, 35, 70) / 100;
      for (int y = 0; y < N_YEARS; y++)
        {
          /* 2021 carries the pandemic refocusing cut. */
          int pct = rnd_int (r, 85, 115) - (y == 1 ? 15 : 0) + 2 * y;
          gint64 alloc = CLAMP (base * pct / 100, 50000, 3000000) * 1000;
          gint64 real = alloc * rnd_int (r, 8000, 10000) / 10000 - rnd_int (r, 0, 999);

          f->alloc[y] = alloc;
          f->real[y] = MAX (real, alloc * 8 / 10);
        }
    }
  g_assert (ctx->n_funding >= 4 && ctx->n_funding <= MAX_KEG);
}

void
write_budget (JsonWriter *w,
              const Ctx  *ctx)
{
  jw_begin_object (w, "budget");
  for (int y = 0; y < N_YEARS; y++)
    {
      jw_begin_array (w, year_keys[y]);
      for (guint k = 0; k < ctx->n_funding; k++)
        {
          const Funding *f = &ctx->funding[k];
          gboolean unknown = y == N_YEARS - 1 && (ctx->rkt_2024 || rnd_chance (ctx->r, 0.05));

          jw_begin_object (w, NULL);
          jw_string (w, "code", f->def->code);
          jw_string (w, "program", f->def->p4gn ? P4GN : DM);
          jw_string (w, "kegiatan", f->def->name);
          jw_int (w, "allocation", f->alloc[y]);
          jw_int (w, "realization", unknown ? NO_VALUE : f->real[y]);
          jw_end_object (w);
        }
      jw_end_array (w);
    }
  jw_end_object (w);
}

void
write_spending (JsonWriter *w,
                const Ctx  *ctx)
{
  static const char * const categories[] = {
    "Belanja Pegawai", "Belanja Barang", "Belanja Modal"
  };
  GRand *r = ctx->r;

  jw_begin_object (w, "spending");
  for (int y = 0; y < N_YEARS; y++)
    {
      gint64 total = 0;
      gint64 alloc[3];

      for (guint k = 0; k < ctx->n_funding; k++)
        total += ctx->funding[k].alloc[y];
      /* Same total as the budget, split the way a satker's DIPA usually is. */
      alloc[0] = total * rnd_int (r, 45, 60) / 100 / 1000 * 1000;
      alloc[2] = total * rnd_int (r, 3, 12) / 100 / 1000 * 1000;
      alloc[1] = total - alloc[0] - alloc[2];

      jw_begin_array (w, year_keys[y]);
      for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
        {
          static const int lo_pct[] = { 9500, 8500, 8000 };
          gint64 real = alloc[c] * rnd_int (r, lo_pct[c], 10000) / 10000;

          jw_begin_object (w, NULL);
          jw_string (w, "category", categories[c]);
          jw_int (w, "allocation", alloc[c]);
          if (y == N_YEARS - 1 && ctx->rkt_2024)
            jw_null (w, "realization");
          else
            jw_int (w, "realization", real);
          jw_end_object (w);
        }
      jw_end_array (w);
    }
  jw_end_object (w);
}
