/* kj-gen-workplan.c: the workspace generator: work plans, outputs, signatures and context tables */
/* Copyright 2026 The Kinerja authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "kj-gen.h"

/* Work plan {{{1 */


void
node_free (gpointer data)
{
  Node *n = data;

  g_free (n->code);
  g_free (n->name);
  g_clear_pointer (&n->children, g_ptr_array_unref);
  g_free (n);
}

Node *
node_new (const char *code,
          const char *name,
          const char *level)
{
  Node *n = g_new0 (Node, 1);

  n->code = g_strdup (code);
  n->name = g_strdup (name);
  n->level = level;
  n->children = g_ptr_array_new_with_free_func (node_free);
  return n;
}

int
ro_volume (GRand      *r,
           const char *unit)
{
  if (g_str_equal (unit, "Orang"))
    return rnd_int (r, 5, 120);
  if (g_str_equal (unit, "Keluarga"))
    return rnd_int (r, 5, 30);
  if (g_str_equal (unit, "Kali"))
    return rnd_int (r, 1, 12);
  if (g_str_equal (unit, "Dokumen"))
    return rnd_int (r, 1, 6);
  return rnd_int (r, 1, 5);
}

/* Splits amount (whole thousands of rupiah) among the children, exactly. */
void
split_amount (GRand     *r,
              gint64     amount,
              GPtrArray *children)
{
  gint64 units = amount / 1000;
  gint64 rest = units;
  int weights[16];
  int sum = 0;

  g_assert (children->len > 0 && children->len <= G_N_ELEMENTS (weights));
  for (guint i = 0; i < children->len; i++)
    sum += weights[i] = rnd_int (r, 2, 9);
  for (guint i = 0; i < children->len; i++)
    {
      Node *c = children->pdata[i];
      gint64 part = i + 1 == children->len ? rest : MAX (1, units * weights[i] / sum);

      part = MIN (part, rest - (gint64) (children->len - i - 1));
      c->amount = part * 1000;
      rest -= part;
    }
}

void
distribute (GRand *r,
            Node  *n)
{
  if (n->children->len == 0)
    return;
  split_amount (r, n->amount, n->children);
  for (guint i = 0; i < n->children->len; i++)
    distribute (r, n->children->pdata[i]);
}

/* What the document prints: the sum of the printed children, except in about 2 % of the
 * parents, where the total was typed wrong. */
gint64
state_amounts (GRand *r,
               Node  *n)
{
  gint64 sum = 0;

  if (n->children->len == 0)
    return n->stated = n->amount;
  for (guint i = 0; i < n->children->len; i++)
    sum += state_amounts (r, n->children->pdata[i]);
  n->stated = sum;
  if (rnd_chance (r, 0.02))
    {
      gint64 delta = (gint64) rnd_int (r, 1, 250) * 1000;

      n->stated = rnd_chance (r, 0.5) || sum <= delta ? sum + delta : sum - delta;
    }
  return n->stated;
}

guint
node_count (const Node *n)
{
  guint count = 1;

  for (guint i = 0; i < n->children->len; i++)
    count += node_count (n->children->pdata[i]);
  return count;
}

guint
kro_count (const KegiatanDef *kd)
{
  return kd->kro[1].code != NULL ? 2 : 1;
}

guint
ro_count (const KroDef *kro)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (kro->ro) && kro->ro[n].name != NULL)
    n++;
  return n;
}

GPtrArray *
build_workplan (const Ctx *ctx,
                int        y)
{
  GRand *r = ctx->r;
  GPtrArray *roots = g_ptr_array_new_with_free_func (node_free);
  guint n_kro[MAX_KEG];
  guint n_ro[MAX_KEG][2];
  guint n_komp[MAX_KEG][2][3];
  guint total = 0;
  gboolean any_p4gn = FALSE, any_dm = FALSE;
  Node *programs[2] = { NULL, NULL };

  /* Shape first, then nudge the number of komponen until the tree has 40–80 nodes. */
  for (guint k = 0; k < ctx->n_funding; k++)
    {
      const KegiatanDef *kd = ctx->funding[k].def;

      any_p4gn |= kd->p4gn;
      any_dm |= !kd->p4gn;
      n_kro[k] = kro_count (kd) == 2 && rnd_chance (r, 0.6) ? 2 : 1;
      total += 1 + n_kro[k];
      for (guint j = 0; j < n_kro[k]; j++)
        {
          guint avail = ro_count (&kd->kro[j]);

          n_ro[k][j] = avail > 1 && rnd_chance (r, 0.6) ? (guint) rnd_int (r, 2, (int) avail) : 1;
          total += n_ro[k][j];
          for (guint l = 0; l < n_ro[k][j]; l++)
            {
              n_komp[k][j][l] = (guint) rnd_int (r, 2, 4);
              total += n_komp[k][j][l];
            }
        }
    }
  total += (any_p4gn ? 1 : 0) + (any_dm ? 1 : 0);

  /* Too small (few kegiatan, one RO each): add the KRO and RO the kegiatan still has. */
  for (guint k = 0; k < ctx->n_funding && total < 40; k++)
    {
      const KegiatanDef *kd = ctx->funding[k].def;

      for (guint j = 0; j < kro_count (kd) && total < 40; j++)
        {
          if (j == n_kro[k])
            {
              n_kro[k]++;
              n_ro[k][j] = 0;
              total++;
            }
          while (n_ro[k][j] < ro_count (&kd->kro[j]) && total < 40)
            {
              n_komp[k][j][n_ro[k][j]++] = 3;
              total += 1 + 3;
            }
        }
    }
  while (total > 80 || total < 40)
    {
      gboolean changed = FALSE;

      for (guint k = 0; k < ctx->n_funding && (total > 80 || total < 40); k++)
        for (guint j = 0; j < n_kro[k] && (total > 80 || total < 40); j++)
          for (guint l = 0; l < n_ro[k][j] && (total > 80 || total < 40); l++)
            {
              if (total > 80 && n_komp[k][j][l] > 1)
                {
                  n_komp[k][j][l]--;
                  total--;
                  changed = TRUE;
                }
              else if (total < 40 && n_komp[k][j][l] < 6)
                {
                  n_komp[k][j][l]++;
                  total++;
                  changed = TRUE;
                }
            }
      g_assert (changed);
    }

  if (any_dm)
    {
      programs[0] = node_new ("WA", "Program Dukungan Manajemen", "program");
      g_ptr_array_add (roots, programs[0]);
    }
  if (any_p4gn)
    {
      programs[1] = node_new ("DN", PROGRAM_P4GN_NAME, "program");
      g_ptr_array_add (roots, programs[1]);
    }

  /* Documents list Dukungan Manajemen first in the work plan. */
  for (int pass = 0; pass < 2; pass++)
    for (guint k = 0; k < ctx->n_funding; k++)
      {
        const Funding *f = &ctx->funding[k];
        const KegiatanDef *kd = f->def;
        g_auto(GStrv) komp_names = g_strsplit (kd->komponen, ";", -1);
        guint n_names = g_strv_length (komp_names);
        Node *keg;

        if (kd->p4gn != (pass == 1))
          continue;
        keg = node_new (kd->code, kd->name, "kegiatan");
        keg->kegiatan = kd;
        keg->amount = f->alloc[y];
        g_ptr_array_add (programs[kd->p4gn ? 1 : 0]->children, keg);
        programs[kd->p4gn ? 1 : 0]->amount += keg->amount;

        for (guint j = 0; j < n_kro[k]; j++)
          {
            const KroDef *kro_def = &kd->kro[j];
            Node *kro = node_new (kro_def->code, kro_def->name, "kro");
            guint first_ro = n_ro[k][j] < ro_count (kro_def)
                             ? (guint) rnd_int (r, 0, (int) (ro_count (kro_def) - n_ro[k][j]))
                             : 0;

            kro->unit = kro_def->unit;
            kro->kegiatan = kd;
            g_ptr_array_add (keg->children, kro);
            for (guint l = 0; l < n_ro[k][j]; l++)
              {
                const RoDef *ro_def = &kro_def->ro[first_ro + l];
                g_autofree char *ro_code = g_strdup_printf ("%03u", first_ro + l + 1);
                Node *ro = node_new (ro_code, ro_def->name, "ro");
                guint first_name = (guint) rnd_int (r, 0, (int) n_names - 1);

                ro->unit = ro_def->unit;
                ro->volume = ro_volume (r, ro_def->unit);
                ro->ro = ro_def;
                ro->kegiatan = kd;
                /* A KRO counts in its own unit: RO volumes when they share it, else RO. */
                kro->volume += g_str_equal (kro_def->unit, ro_def->unit) ? ro->volume : 1;
                g_ptr_array_add (kro->children, ro);
                for (guint m = 0; m < n_komp[k][j][l]; m++)
                  {
                    const char *komp_name = komp_names[(first_name + m) % n_names];
                    g_autofree char *code = g_strdup_printf ("%03u", 51 + m);
                    g_autofree char *name = m < n_names
                                            ? g_strdup (komp_name)
                                            : g_strdup_printf ("%s Lanjutan", komp_name);
                    Node *komp = node_new (code, name, "komponen");

                    komp->unit = komponen_units[g_rand_int_range (r, 0,
                                                                  n_komponen_units)];
                    komp->volume = rnd_int (r, 1, 12);
                    g_ptr_array_add (ro->children, komp);
                  }
              }
          }
        distribute (r, keg);
      }

  for (guint i = 0; i < roots->len; i++)
    state_amounts (r, roots->pdata[i]);
  {
    guint count = 0;

    for (guint i = 0; i < roots->len; i++)
      count += node_count (roots->pdata[i]);
    g_assert (count == total);
  }
  return roots;
}

void
write_node (JsonWriter *w,
            const Node *n)
{
  jw_begin_object (w, NULL);
  jw_string (w, "code", n->code);
  jw_string (w, "name", n->name);
  jw_string (w, "level", n->level);
  if (n->volume > 0)
    jw_int (w, "volume", n->volume);
  if (n->unit != NULL)
    jw_string (w, "unit", n->unit);
  if (n->children->len > 0)
    {
      gint64 sum = 0;

      for (guint i = 0; i < n->children->len; i++)
        sum += ((const Node *) n->children->pdata[i])->stated;
      if (sum != n->stated)
        jw_plant (w, "amount", "sum");
    }
  jw_int (w, "amount", n->stated);
  if (n->children->len > 0)
    {
      jw_begin_array (w, "children");
      for (guint i = 0; i < n->children->len; i++)
        write_node (w, n->children->pdata[i]);
      jw_end_array (w);
    }
  jw_end_object (w);
}

void
collect_ros (const Node *n,
             GPtrArray  *out)
{
  if (n->ro != NULL)
    g_ptr_array_add (out, (gpointer) n);
  for (guint i = 0; i < n->children->len; i++)
    collect_ros (n->children->pdata[i], out);
}

/* Output volumes of 2024: the RO of the 2024 work plan, topped up with other RO of the same
 * kegiatan. */
void
write_outputs (JsonWriter      *w,
               const Ctx       *ctx,
               const GPtrArray *plan_2024)
{
  GRand *r = ctx->r;
  g_autoptr(GPtrArray) ros = g_ptr_array_new ();
  guint want = (guint) rnd_int (r, 6, 12);
  guint written = 0;

  for (guint i = 0; i < plan_2024->len; i++)
    collect_ros (plan_2024->pdata[i], ros);

  jw_begin_object (w, "outputs");
  jw_begin_array (w, "2024");
  for (guint pass = 0; pass < 2 && written < want; pass++)
    for (guint k = 0; k < ctx->n_funding && written < want; k++)
      {
        const KegiatanDef *kd = ctx->funding[k].def;

        for (guint j = 0; j < kro_count (kd) && written < want; j++)
          for (guint l = 0; l < ro_count (&kd->kro[j]) && written < want; l++)
            {
              const RoDef *rd = &kd->kro[j].ro[l];
              const Node *in_plan = NULL;
              int target, real;

              for (guint i = 0; i < ros->len; i++)
                if (((const Node *) ros->pdata[i])->ro == rd)
                  in_plan = ros->pdata[i];
              if ((pass == 0) != (in_plan != NULL))
                continue;
              target = in_plan != NULL ? in_plan->volume : ro_volume (r, rd->unit);
              real = rnd_chance (r, 0.7) ? target
                     : MAX (0, target + rnd_int (r, -MAX (1, target / 4), MAX (1, target / 3)));

              jw_begin_object (w, NULL);
              jw_string (w, "kegiatan", kd->name);
              if (rd->indicator != NULL && has_indicator (ctx, rd->indicator))
                jw_string (w, "indicator", rd->indicator);
              jw_string (w, "name", rd->name);
              jw_string (w, "unit", rd->unit);
              jw_int (w, "target", target);
              jw_int (w, "realization", ctx->rkt_2024 ? NO_VALUE : real);
              jw_end_object (w);
              written++;
            }
      }
  jw_end_array (w);
  jw_end_object (w);
}

/* Signatures and context {{{1 */

void
write_signatures (JsonWriter *w,
                  const Ctx  *ctx)
{
  g_autofree char *title = g_strdup_printf ("Kepala %s", ctx->sk->name);

  jw_begin_object (w, "signatures");
  for (int y = 3; y < N_YEARS; y++)
    {
      /* The LKIP of a year is signed in January (now and then February) of the next. */
      int month = rnd_chance (ctx->r, 0.85) ? 1 : 2;
      int day = month == 1 ? rnd_int (ctx->r, 8, 31) : rnd_int (ctx->r, 1, 20);
      g_autofree char *date = g_strdup_printf ("%d-%02d-%02d", FIRST_YEAR + y + 1, month, day);

      jw_begin_object (w, year_keys[y]);
      jw_string (w, "place", ctx->sk->place);
      jw_string (w, "date", date);
      jw_string (w, "title", title);
      jw_end_object (w);
    }
  jw_end_object (w);
}

void
write_context_row (JsonWriter *w,
                   GRand      *r,
                   const char *label,
                   const int  *values,
                   gboolean    grams)
{
  jw_begin_row (w, NULL);
  jw_string (w, NULL, label);
  for (int i = 0; i < 6; i++)
    {
      if (values[i] < 0)
        jw_null (w, NULL);
      else if (grams)
        jw_cents (w, NULL, (gint64) values[i] * 100 + rnd_int (r, 0, 99));
      else
        jw_int (w, NULL, values[i]);
    }
  jw_end_array (w);
}

/* A context table's opening: id, title, the columns (a label, 2018–2023),
 * and the rows array, left open for the rows. */
void
write_context_head (JsonWriter *w,
                    const char *id,
                    const char *title,
                    const char *first_column)
{
  jw_begin_object (w, NULL);
  jw_string (w, "id", id);
  jw_string (w, "title", title);
  jw_begin_row (w, "columns");
  jw_string (w, NULL, first_column);
  for (int i = 0; i < 6; i++)
    {
      char year[8];

      g_snprintf (year, sizeof year, "%d", 2018 + i);
      jw_string (w, NULL, year);
    }
  jw_end_array (w);
  jw_begin_array (w, "rows");
}

void
write_context (JsonWriter *w,
               const Ctx  *ctx)
{
  GRand *r = ctx->r;
  gboolean prov = ctx->sk->is_prov;
  int kasus[6], tersangka[6], sabu[6], ganja[6];
  int level = prov ? rnd_int (r, 25, 120) : rnd_int (r, 3, 35);
  g_autofree char *title = NULL;
  g_autofree char *source = NULL;

  for (int i = 0; i < 6; i++)
    {
      kasus[i] = MAX (1, level + (int) (level * 0.3 * rnd_gauss (r)));
      tersangka[i] = kasus[i] + rnd_int (r, 0, kasus[i] * 3 / 5 + 1);
      sabu[i] = rnd_int (r, 5, prov ? 25000 : 3000);
      ganja[i] = rnd_chance (r, 0.3) ? -1 : rnd_int (r, 0, prov ? 90000 : 8000);
    }
  if (rnd_chance (r, 0.2))
    tersangka[0] = -1;

  jw_begin_array (w, "context");

  title = g_strdup_printf ("Data kasus tindak pidana narkotika di wilayah %s tahun 2018–2023",
                           ctx->sk->wilayah);
  source = g_strdup_printf ("%s %s", prov ? "Bidang Pemberantasan" : "Seksi Pemberantasan",
                            ctx->sk->name);
  write_context_head (w, "kasus-2018-2023", title, "Uraian");
  write_context_row (w, r, "Jumlah kasus", kasus, FALSE);
  write_context_row (w, r, "Jumlah tersangka", tersangka, FALSE);
  write_context_row (w, r, "Barang bukti sabu (gram)", sabu, TRUE);
  write_context_row (w, r, "Barang bukti ganja (gram)", ganja, TRUE);
  jw_end_array (w);
  jw_string (w, "source", source);
  jw_end_object (w);

  if (rnd_chance (r, 0.5))
    {
      int jalan[6], inap[6], pasca[6];
      int base = prov ? rnd_int (r, 60, 400) : rnd_int (r, 10, 120);

      for (int i = 0; i < 6; i++)
        {
          /* 2020 and 2021: fewer clients during the pandemic. */
          int dip = i == 2 || i == 3 ? rnd_int (r, 40, 80) : rnd_int (r, 85, 120);

          jalan[i] = base * dip / 100;
          inap[i] = rnd_int (r, 0, MAX (1, jalan[i] / 5));
          pasca[i] = rnd_chance (r, 0.1) ? -1 : rnd_int (r, 0, MAX (1, jalan[i] / 3));
        }
      g_free (title);
      g_free (source);
      title = g_strdup_printf ("Klien rehabilitasi %s tahun 2018–2023", ctx->sk->short_name);
      source = g_strdup_printf ("%s %s", prov ? "Bidang Rehabilitasi" : "Seksi Rehabilitasi",
                                ctx->sk->name);
      write_context_head (w, "rehabilitasi-2018-2023", title, "Layanan");
      write_context_row (w, r, "Rawat jalan", jalan, FALSE);
      write_context_row (w, r, "Rawat inap (dirujuk)", inap, FALSE);
      write_context_row (w, r, "Pascarehabilitasi", pasca, FALSE);
      jw_end_array (w);
      jw_string (w, "source", source);
      jw_end_object (w);
    }
  jw_end_array (w);
}
