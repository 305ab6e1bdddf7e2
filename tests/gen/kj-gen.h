/* kj-gen.h: what the files of the workspace generator share */
/* Copyright 2026 The Kinerja authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Writes one plan file ("kinerja-plan", version 1) per satker: 34 BNNP, then 173 BNNK, for
 * load, comparison and performance tests.  The places are real public geographic names; every
 * number is synthetic.
 *
 * Determinism: one GRand seeded with --seed draws, in a fixed order and for all 207 satker,
 * each satker's code and two sub-seeds: one for its file and one for its "core" indices (NKA,
 * IKPA, Dektara, Dektari, IKP).  A BNNP's per-kabupaten tables recompute its BNNK's core
 * values from the same sub-seed, so the national workspace agrees with itself, and --count N
 * writes exactly the first N files of a full run.  Fractional numbers are kept as integer
 * hundredths and printed by hand; normal deviates use no libm; nothing iterates a hash
 * table.  The output therefore depends neither on the locale nor on the C library.
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_YEAR 2020
#define N_YEARS 5
#define NO_VALUE G_MININT64
#define MAX_KEG 8
#define MAX_KEGIATAN_DEFS 64
#define JW_MAX_DEPTH 32

G_GNUC_UNUSED static const char * const year_keys[N_YEARS] = { "2020", "2021", "2022", "2023", "2024" };

typedef struct
{
  const char *name;
  const char *seat;  /* area of the BNNP office, optionally "|place" when the town differs */
  const char *bnnk;  /* ';'-separated areas that have a BNNK, in file order */
  const char *extra; /* ';'-separated areas measured by the BNNP itself */
} ProvinceDef;

typedef enum
{
  K_NKA,
  K_IKPA,
  K_DEKTARA,
  K_DEKTARI,
  K_IKP,
  K_INDEX4,      /* 1–4 index, target range in hundredths */
  K_PERCENT,     /* percentage, target range in hundredths */
  K_PERCENT100,  /* target 100 %, realisation mostly 100 */
  K_ZI,          /* zona integritas, target range in hundredths */
  K_COUNT,       /* whole count, target range in units */
  K_GANJA,       /* cannabis fields: only where cannabis grows */
  K_BNNK_NKA,    /* number of BNNK whose NKA reached its target */
  K_BNNK_IKPA,
  K_PREV,        /* prevalence, lower is better */
} Kind;

typedef struct
{
  const char *id;
  const char *name; /* "{satker}" and "{wilayah}" are substituted */
  const char *unit;
  const char *program;
  const char *kegiatan;
  const char *sasaran;
  Kind kind;
  gboolean bnnk;    /* also in BNNK files */
  int lo_p, hi_p;   /* target range for a BNNP */
  int lo_k, hi_k;   /* target range for a BNNK */
} IndicatorDef;

typedef struct
{
  const char *name;
  const char *unit;      /* one of Orang, Kali, Paket, Dokumen, Keluarga */
  const char *indicator; /* linked indicator id, or NULL */
} RoDef;

typedef struct
{
  const char *code;
  const char *name;
  const char *unit;
  RoDef ro[3];
} KroDef;

typedef struct
{
  const char *code;
  const char *name;
  gboolean p4gn;
  int lo, hi;            /* allocation range for a BNNP, in millions of rupiah */
  KroDef kro[2];
  const char *komponen;  /* ';'-separated */
} KegiatanDef;

#define N_PROVINCES n_provinces

#define N_BNNK 173

#define P4GN "P4GN"

#define DM "Dukungan Manajemen"

#define S_REMAJA "Meningkatnya daya tangkal anak dan remaja terhadap pengaruh buruk " \
                 "penyalahgunaan dan peredaran gelap narkotika"

#define S_KELUARGA "Meningkatnya daya tangkal keluarga terhadap pengaruh buruk " \
                   "penyalahgunaan dan peredaran gelap narkotika"

#define S_MASYARAKAT "Meningkatnya kesadaran dan kepedulian masyarakat dalam penanganan P4GN"

#define S_KAWASAN "Meningkatnya upaya pemulihan kawasan atau wilayah rawan narkoba secara " \
                  "berkelanjutan"

#define S_TENAGA "Meningkatnya kapasitas tenaga teknis rehabilitasi"

#define S_FASILITAS "Meningkatnya aksesibilitas dan kemampuan fasilitas layanan rehabilitasi " \
                    "narkotika"

#define S_PENGUNGKAPAN "Meningkatnya pengungkapan tindak pidana narkotika dan lahan tanaman " \
                       "ganja dan tanaman terlarang lainnya"

#define S_TAHANAN "Meningkatnya pengawasan tahanan dan barang bukti narkotika"

#define S_KINERJA "Meningkatnya proses manajemen kinerja secara efektif dan efisien"

#define S_KEUANGAN "Meningkatnya tata kelola administrasi keuangan yang sesuai prosedur"

#define KG_INFO "Pengelolaan Informasi dan Edukasi"

#define KG_ADVOKASI "Penyelenggaraan Advokasi"

#define KG_PSM "Pemberdayaan Peran serta Masyarakat"

#define KG_REHAB_IP "Penguatan Lembaga Rehabilitasi Instansi Pemerintah"

#define KG_REHAB_KM "Penguatan Lembaga Rehabilitasi Komponen Masyarakat"

#define KG_SIDIK "Penyidikan Jaringan Peredaran Gelap Narkotika"

#define KG_TAHANAN "Pengawasan Tahanan dan Barang Bukti"

#define KG_RENCANA "Penyusunan dan Pengembangan Rencana Program dan Anggaran BNN"

#define KG_KEUANGAN "Pembinaan Administrasi dan Pengelolaan Keuangan"

#define PROGRAM_P4GN_NAME "Program Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran " \
                          "Gelap Narkoba dan Prekursor Narkoba (P4GN)"

typedef struct
{
  GString *out;
  guint depth;
  gboolean first[JW_MAX_DEPTH];
  gboolean inline_[JW_MAX_DEPTH];
  /* where the writer is, as Kinerja's messages write paths
   * (indicators[3].years.2023), to list the slips it plants */
  GString *path;                 /* of the value being written */
  gsize path_len[JW_MAX_DEPTH];  /* of each open container */
  guint count[JW_MAX_DEPTH];     /* elements written in each open array */
  GString *planted;              /* "PATH\tKIND\n" per slip */
} JsonWriter;

#define jw_begin_object(w, key) jw_open ((w), (key), '{', FALSE)

#define jw_begin_array(w, key) jw_open ((w), (key), '[', FALSE)

#define jw_begin_row(w, key) jw_open ((w), (key), '[', TRUE)

#define jw_end_object(w) jw_close ((w), '}')

#define jw_end_array(w) jw_close ((w), ']')

typedef struct
{
  guint index;
  guint province;
  gboolean is_prov;
  char *area;       /* "Kota Palopo" */
  char *place;      /* "Palopo": where documents are signed */
  char *name;       /* "BNN Kota Palopo" */
  char *short_name; /* "BNN Kota Palopo", "BNN Kab. Sanggau", "BNNP Sulawesi Selatan" */
  char *wilayah;    /* "provinsi Sulawesi Selatan", "Kota Palopo" */
  char *slug;
  char code[8];
  const char *level;
  guint32 file_seed;
  guint32 core_seed;
} Satker;

typedef struct
{
  gint64 t[N_YEARS];
  gint64 v[N_YEARS];
} Series;

typedef struct
{
  Series nka;
  Series ikpa;
  Series dektara;
  Series dektari;
  Series ikp;
} Core;

typedef struct
{
  const KegiatanDef *def;
  gint64 alloc[N_YEARS];
  gint64 real[N_YEARS];
} Funding;

typedef struct
{
  const Satker *sk;
  const GPtrArray *all;
  GRand *r;
  Core core;
  GArray *bnnk;       /* indices of this BNNP's BNNK */
  Core *bnnk_core;
  GStrv extra;        /* areas without a BNNK (BNNP only) */
  Core *extra_core;
  gboolean rkt_2024;  /* 2024 written as a plan: no realisation of money yet */
  Funding funding[MAX_KEG];
  guint n_funding;
} Ctx;

typedef struct _Node Node;
struct _Node
{
  char *code;
  char *name;
  const char *level;
  int volume;          /* 0: none */
  const char *unit;
  gint64 amount;       /* true sum */
  gint64 stated;       /* as printed, occasionally a slip */
  const RoDef *ro;
  const KegiatanDef *kegiatan;
  GPtrArray *children;
};

extern const ProvinceDef provinces[];
extern const guint n_provinces;
extern const IndicatorDef indicator_defs[];
extern const guint n_indicator_defs;
extern const KegiatanDef kegiatan_defs[];
extern const guint n_kegiatan_defs;
extern const char *const factor_pool[];
extern const guint n_factor_pool;
extern const char *const obstacle_pool[];
extern const guint n_obstacle_pool;
extern const char *const action_pool[];
extern const guint n_action_pool;
extern const char *const komponen_units[];
extern const guint n_komponen_units;

int rnd_int (GRand *r, int lo, int hi);
gboolean rnd_chance (GRand *r, double p);
double rnd_gauss (GRand *r);
gint64 round_half_up (double x);
gint64 to_cents (double x);
void append_json_string (GString *out, const char *s);
void append_cents (GString *out, gint64 cents);
void jw_newline (JsonWriter *w);
void jw_locate (JsonWriter *w, const char *key);
void jw_plant (JsonWriter *w, const char *key, const char *kind);
void jw_prefix (JsonWriter *w, const char *key);
void jw_open (JsonWriter *w, const char *key, char bracket, gboolean inline_);
void jw_close (JsonWriter *w, char bracket);
void jw_string (JsonWriter *w, const char *key, const char *value);
void jw_int (JsonWriter *w, const char *key, gint64 value);
void jw_cents (JsonWriter *w, const char *key, gint64 cents);
void jw_null (JsonWriter *w, const char *key);
void satker_free (gpointer data);
char * slugify (const char *s);
char * place_of_area (const char *area);
GPtrArray * build_satkers (GRand *master);
gint64 clamp_cents (double x, gint64 lo, gint64 hi);
void core_compute (guint32 seed, Core *c);
const Series * core_series (const Core *c, Kind kind);
const char * value_scale_of (Kind kind);
int value_band (Kind kind, gint64 v);
const char * band_label (Kind kind, int band);
const char * printed_band (GRand *r, Kind kind, int band, double p_wrong, JsonWriter *w, const char *key);
gboolean achievement (const IndicatorDef *d, gint64 t, gint64 v, double *ach);
gboolean cents_unambiguous (double x, gint64 *cents);
gboolean near_capaian_bound (double ach);
int capaian_band (double ach);
char * expand (const Ctx *ctx, const char *tmpl);
gboolean has_indicator (const Ctx *ctx, const char *id);
void ctx_init (Ctx *ctx, const GPtrArray *all, const Satker *sk);
void ctx_clear (Ctx *ctx);
void gen_year (const Ctx *ctx, const IndicatorDef *d, int y, int base, gint64 *t, gint64 *v);
void write_narrative (JsonWriter *w, const Ctx *ctx);
const char * note_for (const IndicatorDef *d);
void write_year (JsonWriter *w, const Ctx *ctx, const IndicatorDef *d, int y, gint64 t, gint64 v, gboolean narrative);
void write_breakdown_rows (JsonWriter *w, const Ctx *ctx, Kind kind, int y);
void write_budget_rows (JsonWriter *w, const Ctx *ctx, Kind kind, int y);
void write_indicator (JsonWriter *w, const Ctx *ctx, const IndicatorDef *d);
void write_indicators (JsonWriter *w, const Ctx *ctx);
const KegiatanDef * kegiatan_by_code (const char *code);
void gen_funding (Ctx *ctx);
void write_budget (JsonWriter *w, const Ctx *ctx);
void write_spending (JsonWriter *w, const Ctx *ctx);
void node_free (gpointer data);
Node * node_new (const char *code, const char *name, const char *level);
int ro_volume (GRand *r, const char *unit);
void split_amount (GRand *r, gint64 amount, GPtrArray *children);
void distribute (GRand *r, Node *n);
gint64 state_amounts (GRand *r, Node *n);
guint node_count (const Node *n);
guint kro_count (const KegiatanDef *kd);
guint ro_count (const KroDef *kro);
GPtrArray * build_workplan (const Ctx *ctx, int y);
void write_node (JsonWriter *w, const Node *n);
void collect_ros (const Node *n, GPtrArray *out);
void write_outputs (JsonWriter *w, const Ctx *ctx, const GPtrArray *plan_2024);
void write_signatures (JsonWriter *w, const Ctx *ctx);
void write_context_row (JsonWriter *w, GRand *r, const char *label, const int *values, gboolean grams);
void write_context_head (JsonWriter *w, const char *id, const char *title, const char *first_column);
void write_context (JsonWriter *w, const Ctx *ctx);
GString * gen_file (const GPtrArray *all, const Satker *sk, GString *planted);
G_GNUC_NORETURN void usage_error (const char *message);
guint64 parse_number (const char *option, const char *text, guint64 min, guint64 max);
