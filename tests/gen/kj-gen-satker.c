/* kj-gen-satker.c: the workspace generator: satker, core indices, categories, the generation context */
/* Copyright 2026 The Kinerja authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "kj-gen.h"

/* Satker {{{1 */


void
satker_free (gpointer data)
{
  Satker *sk = data;

  g_free (sk->area);
  g_free (sk->place);
  g_free (sk->name);
  g_free (sk->short_name);
  g_free (sk->wilayah);
  g_free (sk->slug);
  g_free (sk);
}

char *
slugify (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = s; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  return g_string_free (out, FALSE);
}

char *
place_of_area (const char *area)
{
  if (g_str_has_prefix (area, "Kota "))
    return g_strdup (area + strlen ("Kota "));
  if (g_str_has_prefix (area, "Kabupaten "))
    return g_strdup (area + strlen ("Kabupaten "));
  return g_strdup (area);
}

GPtrArray *
build_satkers (GRand *master)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (satker_free);
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) slugs = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint p = 0; p < N_PROVINCES; p++)
    {
      Satker *sk = g_new0 (Satker, 1);
      g_auto(GStrv) seat = g_strsplit (provinces[p].seat, "|", 2);

      sk->province = p;
      sk->is_prov = TRUE;
      sk->area = g_strdup (seat[0]);
      sk->place = seat[1] != NULL ? g_strdup (seat[1]) : place_of_area (seat[0]);
      sk->name = g_strdup_printf ("BNN Provinsi %s", provinces[p].name);
      sk->short_name = g_strdup_printf ("BNNP %s", provinces[p].name);
      sk->wilayah = g_strdup_printf ("provinsi %s", provinces[p].name);
      sk->level = "provinsi";
      g_ptr_array_add (all, sk);
    }
  for (guint p = 0; p < N_PROVINCES; p++)
    {
      g_auto(GStrv) areas = g_strsplit (provinces[p].bnnk, ";", -1);

      for (guint i = 0; areas[i] != NULL; i++)
        {
          Satker *sk = g_new0 (Satker, 1);
          gboolean kota = g_str_has_prefix (areas[i], "Kota ");
          g_autofree char *bare = place_of_area (areas[i]);

          sk->province = p;
          sk->area = g_strdup (areas[i]);
          sk->place = g_strdup (bare);
          sk->name = g_strdup_printf ("BNN %s", areas[i]);
          sk->short_name = g_strdup_printf ("BNN %s %s", kota ? "Kota" : "Kab.", bare);
          sk->wilayah = g_strdup (areas[i]);
          sk->level = kota ? "kota" : "kabupaten";
          g_ptr_array_add (all, sk);
        }
    }
  g_assert (all->len == N_PROVINCES + N_BNNK);

  /* Always draw for every satker, whatever --count says, so that a file's content never
   * depends on how many files are written. */
  for (guint i = 0; i < all->len; i++)
    {
      Satker *sk = all->pdata[i];

      sk->index = i;
      do
        g_snprintf (sk->code, sizeof sk->code, "%06d", rnd_int (master, 600000, 699999));
      while (g_hash_table_contains (codes, sk->code));
      g_hash_table_add (codes, g_strdup (sk->code));
      sk->file_seed = g_rand_int (master);
      sk->core_seed = g_rand_int (master);
      sk->slug = slugify (sk->short_name);
      g_assert (!g_hash_table_contains (slugs, sk->slug));
      g_hash_table_add (slugs, sk->slug);
    }
  return all;
}

/* Core indices {{{1 */



gint64
clamp_cents (double  x,
             gint64  lo,
             gint64  hi)
{
  gint64 c = to_cents (x);

  return CLAMP (c, lo, hi);
}

/* The indices that other files print about this satker too (NKA per BNNK, Dektara per
 * kabupaten…), from the satker's own sub-seed. */
void
core_compute (guint32  seed,
              Core    *c)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (seed);
  double skill = rnd_gauss (r);
  gint64 nka_t = rnd_int (r, 87, 90) * 100;
  gint64 ikpa_t = rnd_int (r, 92, 95) * 100;
  gint64 dektara_t = 7661 + rnd_int (r, 0, 350);
  gint64 dektari_t = rnd_int (r, 5000, 5300);
  gint64 ikp_t = rnd_int (r, 251, 300);

  for (int y = 0; y < N_YEARS; y++)
    {
      gint64 v;

      if (y > 0 && rnd_chance (r, 0.3))
        nka_t = rnd_int (r, 87, 90) * 100;
      c->nka.t[y] = nka_t;
      c->nka.v[y] = clamp_cents (90.0 + 2.5 * skill + 4.0 * rnd_gauss (r), 8000, 10000);

      ikpa_t = MIN (ikpa_t + rnd_int (r, 0, 1) * 100, 9800);
      c->ikpa.t[y] = ikpa_t;
      c->ikpa.v[y] = clamp_cents (95.0 + 1.5 * skill + 2.5 * rnd_gauss (r), 8500, 10000);

      c->dektara.t[y] = dektara_t + rnd_int (r, -50, 80);
      if (rnd_chance (r, 0.02))
        v = rnd_int (r, 2500, 6499);
      else
        v = clamp_cents (84.0 + 3.0 * skill + 4.5 * rnd_gauss (r), 6500, 10000);
      c->dektara.v[y] = v;

      c->dektari.t[y] = dektari_t + rnd_int (r, -100, 100);
      /* 53.51–53.70 is Sangat Tinggi in one letter and Tinggi in the other: stay out. */
      do
        v = clamp_cents (53.0 + 1.5 * skill + 2.2 * rnd_gauss (r), 4000, 6000);
      while (v >= 5351 && v <= 5370);
      c->dektari.v[y] = v;

      c->ikp.t[y] = ikp_t + rnd_int (r, 0, 25);
      c->ikp.v[y] = clamp_cents (2.95 + 0.3 * skill + 0.4 * rnd_gauss (r), 100, 400);
    }
}

const Series *
core_series (const Core *c,
             Kind        kind)
{
  switch (kind)
    {
    case K_NKA:
      return &c->nka;
    case K_IKPA:
      return &c->ikpa;
    case K_DEKTARA:
      return &c->dektara;
    case K_DEKTARI:
      return &c->dektari;
    case K_IKP:
      return &c->ikp;
    default:
      g_assert_not_reached ();
    }
  return NULL;
}

/* Categories {{{1 */

const char *
value_scale_of (Kind kind)
{
  switch (kind)
    {
    case K_DEKTARA:
      return "dektara";
    case K_DEKTARI:
      return "dektari";
    case K_IKP:
      return "ikp";
    default:
      return NULL;
    }
}

/* Band index (0 = best) of a value in hundredths, per the bands the national letters print. */
int
value_band (Kind   kind,
            gint64 v)
{
  switch (kind)
    {
    case K_DEKTARA:
      return v >= 8831 ? 0 : v >= 7661 ? 1 : v >= 6500 ? 2 : 3;
    case K_DEKTARI:
      return v >= 5371 ? 0 : v >= 4974 ? 1 : v >= 4598 ? 2 : 3;
    case K_IKP:
      return v > 325 ? 0 : v > 250 ? 1 : v > 175 ? 2 : 3;
    default:
      g_assert_not_reached ();
    }
  return 0;
}

const char *
band_label (Kind kind,
            int  band)
{
  static const char * const tinggi[] = { "Sangat Tinggi", "Tinggi", "Rendah", "Sangat Rendah" };
  static const char * const mandiri[] = {
    "Sangat Mandiri", "Mandiri", "Kurang Mandiri", "Tidak Mandiri"
  };
  static const char * const capaian[] = {
    "Sangat Baik", "Baik", "Cukup Baik", "Kurang Baik"
  };

  g_assert (band >= 0 && band < 4);
  if (kind == K_IKP)
    return mandiri[band];
  if (kind == K_DEKTARA || kind == K_DEKTARI)
    return tinggi[band];
  return capaian[band];
}

/* A printed category: right, except now and then one band off (the slips of the documents). */
const char *
printed_band (GRand      *r,
              Kind        kind,
              int         band,
              double      p_wrong,
              JsonWriter *w,
              const char *key)
{
  if (rnd_chance (r, p_wrong))
    {
      band = band == 0 ? 1 : band == 3 ? 2 : band + (rnd_chance (r, 0.5) ? 1 : -1);
      jw_plant (w, key, "category");
    }
  return band_label (kind, band);
}

/* Achievement in %, or FALSE when undefined (missing number, divisor 0). */
gboolean
achievement (const IndicatorDef *d,
             gint64              t,
             gint64              v,
             double             *ach)
{
  if (t == NO_VALUE || v == NO_VALUE)
    return FALSE;
  if (d->kind == K_PREV)
    {
      if (v == 0)
        return FALSE;
      *ach = (double) t / (double) v * 100.0;
    }
  else
    {
      if (t == 0)
        return FALSE;
      *ach = (double) v / (double) t * 100.0;
    }
  return TRUE;
}

/* Rounds to hundredths unless the value sits on (or within float noise of) a half hundredth,
 * where a reader's own rounding could legitimately differ. */
gboolean
cents_unambiguous (double  x,
                   gint64 *cents)
{
  double s = x * 100.0;
  double frac = s - (double) (gint64) s;

  if (ABS (frac - 0.5) < 1e-6)
    return FALSE;
  *cents = round_half_up (s);
  return TRUE;
}

gboolean
near_capaian_bound (double ach)
{
  return ABS (ach - 85.0) < 1e-6 || ABS (ach - 70.0) < 1e-6 || ABS (ach - 55.0) < 1e-6;
}

int
capaian_band (double ach)
{
  return ach >= 85.0 ? 0 : ach >= 70.0 ? 1 : ach >= 55.0 ? 2 : 3;
}

/* Generation context {{{1 */



char *
expand (const Ctx  *ctx,
        const char *tmpl)
{
  GString *s = g_string_new (tmpl);

  g_string_replace (s, "{satker}", ctx->sk->name, 0);
  g_string_replace (s, "{wilayah}", ctx->sk->wilayah, 0);
  return g_string_free (s, FALSE);
}

gboolean
has_indicator (const Ctx  *ctx,
               const char *id)
{
  for (guint i = 0; i < n_indicator_defs; i++)
    if (g_str_equal (indicator_defs[i].id, id))
      return ctx->sk->is_prov || indicator_defs[i].bnnk;
  return FALSE;
}

void
ctx_init (Ctx             *ctx,
          const GPtrArray *all,
          const Satker    *sk)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->sk = sk;
  ctx->all = all;
  ctx->r = g_rand_new_with_seed (sk->file_seed);
  core_compute (sk->core_seed, &ctx->core);
  ctx->bnnk = g_array_new (FALSE, FALSE, sizeof (guint));
  if (sk->is_prov)
    {
      guint n_extra;

      for (guint i = 0; i < all->len; i++)
        {
          const Satker *o = all->pdata[i];

          if (!o->is_prov && o->province == sk->province)
            g_array_append_val (ctx->bnnk, i);
        }
      ctx->bnnk_core = g_new0 (Core, ctx->bnnk->len);
      for (guint j = 0; j < ctx->bnnk->len; j++)
        {
          const Satker *o = all->pdata[g_array_index (ctx->bnnk, guint, j)];

          core_compute (o->core_seed, &ctx->bnnk_core[j]);
        }
      ctx->extra = g_strsplit (provinces[sk->province].extra, ";", -1);
      n_extra = g_strv_length (ctx->extra);
      ctx->extra_core = g_new0 (Core, n_extra);
      for (guint j = 0; j < n_extra; j++)
        core_compute (g_rand_int (ctx->r), &ctx->extra_core[j]);
    }
  ctx->rkt_2024 = rnd_chance (ctx->r, 0.2);
}

void
ctx_clear (Ctx *ctx)
{
  g_rand_free (ctx->r);
  g_array_unref (ctx->bnnk);
  g_free (ctx->bnnk_core);
  g_strfreev (ctx->extra);
  g_free (ctx->extra_core);
}
