/* kj-gen-workspace.c: deterministic national synthetic workspace for Kinerja */
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

#include <glib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_YEAR 2020
#define N_YEARS 5
#define NO_VALUE G_MININT64
#define MAX_KEG 8
#define JW_MAX_DEPTH 32

static const char * const year_keys[N_YEARS] = { "2020", "2021", "2022", "2023", "2024" };

/* Places {{{1 */

typedef struct
{
  const char *name;
  const char *seat;  /* area of the BNNP office, optionally "|place" when the town differs */
  const char *bnnk;  /* ';'-separated areas that have a BNNK, in file order */
  const char *extra; /* ';'-separated areas measured by the BNNP itself */
} ProvinceDef;

static const ProvinceDef provinces[] = {
  { "Aceh", "Kota Banda Aceh",
    "Kota Banda Aceh;Kota Langsa;Kota Lhokseumawe;Kabupaten Aceh Besar;"
    "Kabupaten Aceh Tamiang;Kabupaten Aceh Timur;Kabupaten Bireuen",
    "Kabupaten Aceh Utara;Kabupaten Pidie;Kabupaten Aceh Barat;Kabupaten Gayo Lues" },
  { "Sumatera Utara", "Kota Medan",
    "Kota Binjai;Kota Pematangsiantar;Kota Tanjungbalai;Kota Tebing Tinggi;Kabupaten Asahan;"
    "Kabupaten Batu Bara;Kabupaten Karo;Kabupaten Toba",
    "Kota Medan;Kabupaten Deli Serdang;Kabupaten Langkat;Kabupaten Labuhanbatu" },
  { "Sumatera Barat", "Kota Padang",
    "Kota Bukittinggi;Kota Payakumbuh;Kota Sawahlunto;Kota Solok;Kabupaten Agam;"
    "Kabupaten Tanah Datar;Kabupaten Pasaman Barat",
    "Kota Padang;Kabupaten Pesisir Selatan;Kabupaten Padang Pariaman" },
  { "Riau", "Kota Pekanbaru",
    "Kota Pekanbaru;Kota Dumai;Kabupaten Bengkalis;Kabupaten Indragiri Hilir;Kabupaten Kampar;"
    "Kabupaten Siak",
    "Kabupaten Pelalawan;Kabupaten Rokan Hulu;Kabupaten Kepulauan Meranti" },
  { "Jambi", "Kota Jambi",
    "Kota Jambi;Kota Sungai Penuh;Kabupaten Batanghari;Kabupaten Muaro Jambi;"
    "Kabupaten Tanjung Jabung Barat",
    "Kabupaten Kerinci;Kabupaten Merangin;Kabupaten Bungo" },
  { "Sumatera Selatan", "Kota Palembang",
    "Kota Palembang;Kota Lubuklinggau;Kota Pagar Alam;Kota Prabumulih;"
    "Kabupaten Ogan Komering Ilir;Kabupaten Ogan Komering Ulu",
    "Kabupaten Muara Enim;Kabupaten Banyuasin;Kabupaten Lahat" },
  { "Bengkulu", "Kota Bengkulu",
    "Kota Bengkulu;Kabupaten Rejang Lebong;Kabupaten Kepahiang",
    "Kabupaten Bengkulu Selatan;Kabupaten Mukomuko;Kabupaten Seluma" },
  { "Lampung", "Kota Bandar Lampung",
    "Kota Bandar Lampung;Kota Metro;Kabupaten Lampung Selatan;Kabupaten Lampung Timur;"
    "Kabupaten Lampung Utara;Kabupaten Way Kanan",
    "Kabupaten Lampung Tengah;Kabupaten Pringsewu;Kabupaten Tanggamus" },
  { "Kepulauan Bangka Belitung", "Kota Pangkalpinang",
    "Kota Pangkalpinang;Kabupaten Bangka;Kabupaten Bangka Selatan;Kabupaten Belitung",
    "Kabupaten Bangka Barat;Kabupaten Bangka Tengah;Kabupaten Belitung Timur" },
  { "Kepulauan Riau", "Kota Batam",
    "Kota Batam;Kota Tanjungpinang;Kabupaten Karimun;Kabupaten Bintan",
    "Kabupaten Lingga;Kabupaten Natuna;Kabupaten Kepulauan Anambas" },
  { "DKI Jakarta", "Kota Jakarta Timur|Jakarta",
    "Kota Jakarta Pusat;Kota Jakarta Utara;Kota Jakarta Barat;Kota Jakarta Selatan;"
    "Kota Jakarta Timur",
    "Kabupaten Kepulauan Seribu" },
  { "Jawa Barat", "Kota Bandung",
    "Kota Bandung;Kota Bekasi;Kota Bogor;Kota Cimahi;Kota Cirebon;Kota Depok;Kota Sukabumi;"
    "Kota Tasikmalaya;Kabupaten Cianjur;Kabupaten Kuningan",
    "Kabupaten Bogor;Kabupaten Garut;Kabupaten Karawang;Kabupaten Sumedang" },
  { "Jawa Tengah", "Kota Semarang",
    "Kota Semarang;Kota Surakarta;Kota Magelang;Kota Tegal;Kota Salatiga;Kabupaten Banyumas;"
    "Kabupaten Cilacap;Kabupaten Jepara;Kabupaten Kudus",
    "Kabupaten Purbalingga;Kabupaten Temanggung;Kabupaten Boyolali;Kabupaten Klaten" },
  { "DI Yogyakarta", "Kota Yogyakarta",
    "Kota Yogyakarta;Kabupaten Sleman;Kabupaten Bantul;Kabupaten Gunungkidul",
    "Kabupaten Kulon Progo" },
  { "Jawa Timur", "Kota Surabaya",
    "Kota Surabaya;Kota Batu;Kota Kediri;Kota Malang;Kota Mojokerto;Kabupaten Blitar;"
    "Kabupaten Kediri;Kabupaten Pasuruan;Kabupaten Sidoarjo;Kabupaten Sumenep;Kabupaten Tuban;"
    "Kabupaten Tulungagung",
    "Kabupaten Trenggalek;Kabupaten Malang;Kabupaten Jember;Kabupaten Banyuwangi" },
  { "Banten", "Kota Serang",
    "Kota Tangerang Selatan;Kota Cilegon;Kabupaten Tangerang;Kabupaten Lebak",
    "Kota Serang;Kabupaten Serang;Kabupaten Pandeglang" },
  { "Bali", "Kota Denpasar",
    "Kota Denpasar;Kabupaten Badung;Kabupaten Buleleng;Kabupaten Gianyar;Kabupaten Karangasem",
    "Kabupaten Klungkung;Kabupaten Tabanan;Kabupaten Bangli" },
  { "Nusa Tenggara Barat", "Kota Mataram",
    "Kota Mataram;Kabupaten Bima;Kabupaten Sumbawa;Kabupaten Sumbawa Barat",
    "Kabupaten Lombok Barat;Kabupaten Lombok Timur;Kabupaten Dompu" },
  { "Nusa Tenggara Timur", "Kota Kupang",
    "Kota Kupang;Kabupaten Belu;Kabupaten Rote Ndao",
    "Kabupaten Kupang;Kabupaten Timor Tengah Selatan;Kabupaten Sikka;Kabupaten Ende" },
  { "Kalimantan Barat", "Kota Pontianak",
    "Kota Pontianak;Kota Singkawang;Kabupaten Bengkayang;Kabupaten Kubu Raya;"
    "Kabupaten Mempawah;Kabupaten Sanggau;Kabupaten Sintang",
    "Kabupaten Sambas;Kabupaten Ketapang;Kabupaten Kapuas Hulu;Kabupaten Landak" },
  { "Kalimantan Tengah", "Kota Palangka Raya",
    "Kota Palangka Raya;Kabupaten Kotawaringin Barat",
    "Kabupaten Kotawaringin Timur;Kabupaten Gunung Mas;Kabupaten Kapuas" },
  { "Kalimantan Selatan", "Kota Banjarmasin",
    "Kota Banjarmasin;Kota Banjarbaru;Kabupaten Balangan;Kabupaten Barito Kuala;"
    "Kabupaten Hulu Sungai Selatan;Kabupaten Hulu Sungai Utara;Kabupaten Tabalong;"
    "Kabupaten Tanah Laut",
    "Kabupaten Kotabaru;Kabupaten Tapin;Kabupaten Banjar" },
  { "Kalimantan Timur", "Kota Samarinda",
    "Kota Samarinda;Kota Balikpapan;Kota Bontang",
    "Kabupaten Kutai Kartanegara;Kabupaten Berau;Kabupaten Paser" },
  { "Kalimantan Utara", "Kabupaten Bulungan|Tanjung Selor",
    "Kota Tarakan;Kabupaten Nunukan",
    "Kabupaten Bulungan;Kabupaten Malinau" },
  { "Sulawesi Utara", "Kota Manado",
    "Kota Bitung;Kota Tomohon;Kota Kotamobagu;Kabupaten Minahasa",
    "Kota Manado;Kabupaten Minahasa Utara;Kabupaten Kepulauan Sangihe" },
  { "Sulawesi Tengah", "Kota Palu",
    "Kota Palu;Kabupaten Poso;Kabupaten Banggai;Kabupaten Morowali",
    "Kabupaten Donggala;Kabupaten Sigi;Kabupaten Tolitoli" },
  { "Sulawesi Selatan", "Kota Makassar",
    "Kota Makassar;Kota Palopo;Kota Parepare;Kabupaten Bone;Kabupaten Gowa;Kabupaten Pinrang;"
    "Kabupaten Sidenreng Rappang;Kabupaten Tana Toraja",
    "Kabupaten Enrekang;Kabupaten Maros;Kabupaten Bulukumba;Kabupaten Wajo" },
  { "Sulawesi Tenggara", "Kota Kendari",
    "Kota Kendari;Kota Baubau;Kabupaten Muna;Kabupaten Konawe",
    "Kabupaten Kolaka;Kabupaten Buton;Kabupaten Konawe Selatan" },
  { "Gorontalo", "Kota Gorontalo",
    "Kota Gorontalo;Kabupaten Gorontalo;Kabupaten Bone Bolango",
    "Kabupaten Boalemo;Kabupaten Pohuwato" },
  { "Sulawesi Barat", "Kabupaten Mamuju|Mamuju",
    "Kabupaten Mamuju;Kabupaten Polewali Mandar",
    "Kabupaten Majene;Kabupaten Mamasa" },
  { "Maluku", "Kota Ambon",
    "Kota Ambon;Kota Tual;Kabupaten Seram Bagian Barat;Kabupaten Buru",
    "Kabupaten Maluku Tengah;Kabupaten Kepulauan Aru" },
  { "Maluku Utara", "Kota Ternate",
    "Kota Ternate;Kota Tidore Kepulauan;Kabupaten Halmahera Utara",
    "Kabupaten Halmahera Selatan;Kabupaten Kepulauan Sula" },
  { "Papua Barat", "Kabupaten Manokwari|Manokwari",
    "Kota Sorong;Kabupaten Sorong;Kabupaten Teluk Bintuni",
    "Kabupaten Manokwari;Kabupaten Fakfak;Kabupaten Raja Ampat" },
  { "Papua", "Kota Jayapura",
    "Kota Jayapura;Kabupaten Jayapura;Kabupaten Merauke;Kabupaten Mimika",
    "Kabupaten Jayawijaya;Kabupaten Biak Numfor;Kabupaten Nabire" },
};

#define N_PROVINCES G_N_ELEMENTS (provinces)
#define N_BNNK 173

/* Indicators {{{1 */

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

static const IndicatorDef indicator_defs[] = {
  { "dektari", "Indeks Ketahanan Diri Remaja Terhadap Penyalahgunaan Narkoba di wilayah "
    "{wilayah}", "Indeks", P4GN, KG_INFO, S_REMAJA, K_DEKTARI, TRUE, 0, 0, 0, 0 },
  { "dektara", "Indeks Ketahanan Keluarga Terhadap Penyalahgunaan Narkoba di wilayah "
    "{wilayah}", "Indeks", P4GN, KG_ADVOKASI, S_KELUARGA, K_DEKTARA, TRUE, 0, 0, 0, 0 },
  { "ikp", "Indeks Kemandirian Partisipasi Masyarakat di wilayah {wilayah}", "Indeks", P4GN,
    KG_PSM, S_MASYARAKAT, K_IKP, TRUE, 0, 0, 0, 0 },
  { "kotan", "Indeks Kabupaten/Kota Tanggap Ancaman Narkoba (KOTAN) di wilayah {wilayah}",
    "Indeks", P4GN, KG_PSM, S_MASYARAKAT, K_INDEX4, TRUE, 250, 320, 240, 310 },
  { "kawasan-rawan-status", "Jumlah kawasan rawan di wilayah {wilayah} yang beralih status "
    "dari \"Bahaya\" menjadi \"Waspada\"", "Kawasan", P4GN, KG_PSM, S_KAWASAN, K_COUNT, TRUE,
    1, 3, 1, 2 },
  { "keterpulihan-kawasan", "Nilai Keterpulihan Kawasan Rawan yang Diintervensi", "IKKR", P4GN,
    KG_PSM, S_KAWASAN, K_INDEX4, TRUE, 240, 290, 230, 280 },
  { "kualitas-hidup", "Persentase penyalahguna dan/atau pecandu narkotika yang mengalami "
    "peningkatan kualitas hidup", "%", P4GN,
    "Pascarehabilitasi Penyalah guna dan/atau Pecandu Narkoba",
    "Meningkatnya upaya pemulihan penyalahguna dan/atau pecandu narkotika", K_PERCENT, TRUE,
    6000, 7200, 5800, 7000 },
  { "petugas-ibm", "Jumlah petugas penyelenggara layanan IBM yang terlatih", "Orang", P4GN,
    KG_REHAB_IP, S_TENAGA, K_COUNT, TRUE, 30, 80, 5, 15 },
  { "petugas-rehab-sertifikasi", "Jumlah petugas rehabilitasi yang tersertifikasi kompetensi "
    "teknis", "Orang", P4GN, KG_REHAB_IP, S_TENAGA, K_COUNT, FALSE, 4, 12, 0, 0 },
  { "lembaga-rehab-spm", "Jumlah lembaga rehabilitasi yang memenuhi Standar Pelayanan Minimal "
    "(SPM) di wilayah {wilayah}", "Lembaga", P4GN, KG_REHAB_KM, S_FASILITAS, K_COUNT, TRUE,
    2, 5, 1, 2 },
  { "unit-ibm", "Jumlah unit penyelenggara layanan rehabilitasi Intervensi Berbasis Masyarakat "
    "(IBM) di wilayah {wilayah}", "Unit", P4GN, KG_REHAB_KM, S_FASILITAS, K_COUNT, TRUE,
    8, 20, 2, 4 },
  { "kepuasan-rehab", "Indeks kepuasan layanan klinik rehabilitasi {satker}", "Indeks", P4GN,
    KG_REHAB_IP, "Meningkatnya kualitas layanan rehabilitasi narkotika di Klinik Rehabilitasi",
    K_INDEX4, TRUE, 300, 340, 300, 330 },
  { "jaringan-dipetakan", "Jumlah jaringan peredaran gelap narkotika dan prekursor narkotika "
    "yang berhasil dipetakan", "Peta Jaringan", P4GN, "Pelaksanaan Intelijen Berbasis Teknologi",
    "Meningkatnya pemetaan jaringan peredaran gelap narkotika dan prekursor narkotika", K_COUNT,
    TRUE, 1, 3, 1, 1 },
  { "berkas-p21", "Jumlah berkas perkara tindak pidana narkotika yang diselesaikan (P-21)",
    "Berkas Perkara", P4GN, KG_SIDIK, S_PENGUNGKAPAN, K_COUNT, TRUE, 10, 30, 2, 8 },
  { "lahan-ganja", "Jumlah titik lahan tanaman ganja dan tanaman terlarang lainnya yang "
    "dimusnahkan", "Titik Lokasi", P4GN, KG_SIDIK, S_PENGUNGKAPAN, K_GANJA, FALSE, 2, 8, 0, 0 },
  { "keamanan-tahanan", "Nilai tingkat keamanan, ketertiban, dan kesehatan tahanan", "%", P4GN,
    KG_TAHANAN, S_TAHANAN, K_PERCENT100, TRUE, 0, 0, 0, 0 },
  { "keamanan-barang-bukti", "Nilai tingkat keamanan barang bukti narkotika dan non-narkotika",
    "%", P4GN, KG_TAHANAN, S_TAHANAN, K_PERCENT100, TRUE, 0, 0, 0, 0 },
  { "berkas-tppu", "Jumlah berkas perkara tindak pidana pencucian uang hasil tindak pidana "
    "narkotika dan prekursor narkotika yang diselesaikan (P-21)", "Berkas Perkara", P4GN,
    KG_SIDIK, "Meningkatnya pengungkapan kasus pencucian uang hasil tindak pidana narkotika dan "
    "prekursor narkotika", K_COUNT, FALSE, 1, 2, 0, 0 },
  { "nka", "Nilai Kinerja Anggaran {satker}", "Indeks", DM, KG_RENCANA, S_KINERJA, K_NKA, TRUE,
    0, 0, 0, 0 },
  { "bnnk-nka-target", "Jumlah BNN Kabupaten/Kota di wilayah {wilayah} dengan Nilai Kinerja "
    "Anggaran mencapai target", "BNNK", DM, KG_RENCANA, S_KINERJA, K_BNNK_NKA, FALSE,
    0, 0, 0, 0 },
  { "ikpa", "Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA) {satker}", "Indeks", DM,
    KG_KEUANGAN, S_KEUANGAN, K_IKPA, TRUE, 0, 0, 0, 0 },
  { "bnnk-ikpa-target", "Jumlah BNN Kabupaten/Kota di wilayah {wilayah} dengan Nilai IKPA "
    "mencapai target", "BNNK", DM, KG_KEUANGAN, S_KEUANGAN, K_BNNK_IKPA, FALSE, 0, 0, 0, 0 },
  { "zona-integritas", "Nilai Zona Integritas {satker} berdasarkan Penilaian Internal",
    "Indeks", DM, "Pengembangan Organisasi, Tatalaksana, dan Sumber Daya Manusia",
    "Meningkatnya pengelolaan reformasi birokrasi unit kerja vertikal", K_ZI, TRUE,
    7000, 8000, 6500, 7500 },
  { "prevalensi", "Angka prevalensi penyalahgunaan narkoba setahun pakai di wilayah {wilayah}",
    "%", P4GN, KG_INFO, "Menurunnya angka prevalensi penyalahgunaan narkoba", K_PREV, TRUE,
    150, 240, 150, 240 },
};

/* Kegiatan, KRO and RO {{{1 */

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

static const KegiatanDef kegiatan_defs[] = {
  { "3247", KG_ADVOKASI, TRUE, 90, 450,
    { { "QDD", "Fasilitasi dan Pembinaan Keluarga", "Keluarga",
        { { "Pendampingan Program Ketahanan Keluarga Anti Narkoba", "Keluarga", "dektara" } } },
      { "QDA", "Fasilitasi dan Pembinaan Pemerintah Desa", "Desa",
        { { "Advokasi Program Ketahanan Keluarga Berbasis Sumber Daya Desa", "Kali",
            "dektara" } } } },
    "Pelaksanaan Program Ketahanan Keluarga Anti Narkoba;"
    "Pembinaan Teknis Ketahanan Keluarga Anti Narkoba;"
    "Monitoring dan Evaluasi Ketahanan Keluarga Anti Narkoba;"
    "Rapat Koordinasi Penguatan Advokasi P4GN" },
  { "3251", "Pelaksanaan Intelijen Berbasis Teknologi", TRUE, 60, 300,
    { { "QMA", "Data dan Informasi Publik", "Dokumen",
        { { "Pemetaan Jaringan Peredaran Gelap Narkotika", "Dokumen", "jaringan-dipetakan" },
          { "Analisis Intelijen Berbasis Teknologi", "Dokumen", "jaringan-dipetakan" } } } },
    "Pengumpulan Bahan Keterangan;Analisis Data Jaringan;"
    "Operasional Intelijen Berbasis Teknologi;Pelaporan Hasil Pemetaan" },
  { "3256", "Pascarehabilitasi Penyalah guna dan/atau Pecandu Narkoba", TRUE, 50, 200,
    { { "QAH", "Pelayanan Publik kepada Masyarakat", "Orang",
        { { "Layanan Pascarehabilitasi Rawat Jalan", "Orang", "kualitas-hidup" },
          { "Pendampingan Klien Pascarehabilitasi", "Orang", "kualitas-hidup" } } } },
    "Layanan Pascarehabilitasi;Pendampingan Agen Pemulihan;Bimbingan Lanjut Klien;"
    "Monitoring Klien Pascarehabilitasi" },
  { "3257", KG_PSM, TRUE, 120, 900,
    { { "QDB", "Fasilitasi dan Pembinaan Lembaga", "Lembaga",
        { { "Advokasi Kebijakan Kabupaten/Kota Tanggap Ancaman Narkoba", "Dokumen", "kotan" },
          { "Pegiat P4GN yang Dibina", "Orang", "ikp" } } },
      { "QDC", "Fasilitasi dan Pembinaan Masyarakat", "Orang",
        { { "Pemberdayaan Masyarakat di Kawasan Rawan Narkoba", "Orang",
            "keterpulihan-kawasan" },
          { "Pemulihan Kawasan Rawan Narkoba", "Kali", "kawasan-rawan-status" } } } },
    "Pembinaan Teknis;Pemetaan Kelompok Sasaran;Pengembangan Kapasitas Pegiat P4GN;"
    "Monitoring dan Evaluasi Kebijakan KOTAN;Tes Urine Masyarakat;Bimbingan Teknis Pegiat P4GN" },
  { "3258", KG_TAHANAN, TRUE, 60, 300,
    { { "QAH", "Pelayanan Publik kepada Masyarakat", "Orang",
        { { "Layanan Asesmen Terpadu Pelaku Tindak Pidana Narkotika", "Orang",
            "keamanan-tahanan" },
          { "Layanan Perawatan Tahanan Tindak Pidana Narkotika", "Orang",
            "keamanan-tahanan" } } },
      { "QAJ", "Pengawasan dan Pengendalian Produk", "Produk",
        { { "Layanan Pengawasan dan Pengelolaan Barang Bukti", "Paket",
            "keamanan-barang-bukti" } } } },
    "Pelaksanaan Asesmen Terpadu;Perawatan Kesehatan Tahanan;Penerimaan Barang Bukti;"
    "Pemusnahan Barang Bukti;Pengeluaran Barang Bukti" },
  { "3259", KG_REHAB_IP, TRUE, 50, 250,
    { { "QAH", "Pelayanan Publik kepada Masyarakat", "Orang",
        { { "Layanan Rehabilitasi Rawat Jalan di Klinik Pratama", "Orang",
            "kepuasan-rehab" } } },
      { "QDB", "Fasilitasi dan Pembinaan Lembaga", "Lembaga",
        { { "Petugas Layanan IBM yang Dilatih", "Orang", "petugas-ibm" },
          { "Petugas Rehabilitasi yang Tersertifikasi", "Orang",
            "petugas-rehab-sertifikasi" } } } },
    "Layanan Rawat Jalan;Bimbingan Teknis dan Asistensi Lembaga Rehabilitasi;"
    "Pelatihan Petugas Layanan IBM;Survei Kepuasan Layanan Klinik" },
  { "3260", KG_REHAB_KM, TRUE, 80, 800,
    { { "QDB", "Fasilitasi dan Pembinaan Lembaga", "Lembaga",
        { { "Unit Layanan Intervensi Berbasis Masyarakat", "Paket", "unit-ibm" },
          { "Lembaga Rehabilitasi Komponen Masyarakat yang Dibina", "Dokumen",
            "lembaga-rehab-spm" } } },
      { "QDC", "Fasilitasi dan Pembinaan Masyarakat", "Orang",
        { { "Agen Pemulihan yang Dibina", "Orang", "unit-ibm" } } } },
    "Asistensi dan Supervisi IBM;Pembentukan Unit IBM;Penguatan Agen Pemulihan;"
    "Akreditasi Lembaga Rehabilitasi" },
  { "5354", KG_SIDIK, TRUE, 80, 800,
    { { "QEJ", "Penegakan Hukum", "Perkara",
        { { "Penyidikan Kasus Tindak Pidana Narkotika", "Paket", "berkas-p21" },
          { "Penyidikan Tindak Pidana Pencucian Uang", "Paket", "berkas-tppu" } } } },
    "Penyelidikan dan Penyidikan;Pengungkapan Jaringan Narkotika;Pelimpahan Berkas Perkara;"
    "Pemusnahan Lahan Ganja" },
  { "5936", KG_INFO, TRUE, 90, 500,
    { { "QDB", "Fasilitasi dan Pembinaan Lembaga", "Lembaga",
        { { "SMP dan SMA Sederajat yang Memperoleh Pengembangan Soft Skill", "Orang",
            "dektari" } } },
      { "QDC", "Fasilitasi dan Pembinaan Masyarakat", "Orang",
        { { "Penyebarluasan Informasi dan Edukasi P4GN", "Kali", "dektari" },
          { "Kampanye Anti Narkoba melalui Media", "Paket", "prevalensi" } } } },
    "Pelatihan Pengembangan Softskill;Penyebarluasan Informasi dan Edukasi;"
    "Informasi dan Edukasi melalui Media Luar Ruang;Placement Radio Lokal;"
    "Talkshow dan Tatap Muka" },
  { "3236", KG_KEUANGAN, FALSE, 1500, 3000,
    { { "EBA", "Layanan Dukungan Manajemen Internal", "Layanan",
        { { "Layanan Perkantoran", "Paket", NULL },
          { "Layanan Pembayaran Gaji dan Tunjangan", "Orang", NULL } } },
      { "EBD", "Layanan Manajemen Kinerja Internal", "Dokumen",
        { { "Layanan Manajemen Keuangan", "Dokumen", "ikpa" },
          { "Laporan Keuangan Satuan Kerja", "Dokumen", "ikpa" } } } },
    "Pembayaran Gaji dan Tunjangan;Operasional dan Pemeliharaan Kantor;Administrasi Kegiatan;"
    "Pengelolaan Sistem Akuntansi Tingkat UAKPA;Penyusunan Laporan Keuangan Unaudited;"
    "Rekonsiliasi dan Penelaahan Data Keuangan" },
  { "3237", "Pengembangan Organisasi, Tatalaksana, dan Sumber Daya Manusia", FALSE, 50, 300,
    { { "EBC", "Layanan Manajemen SDM Internal", "Layanan",
        { { "Layanan Manajemen SDM", "Orang", "zona-integritas" },
          { "Pembinaan Kepegawaian", "Orang", NULL } } },
      { "EBA", "Layanan Dukungan Manajemen Internal", "Layanan",
        { { "Layanan Reformasi Birokrasi", "Dokumen", "zona-integritas" } } } },
    "Administrasi Kepegawaian BNNP/BNNK;Pembinaan Kepegawaian BNNP/BNNK;"
    "Pelayanan Kesehatan Pegawai;Pembangunan Zona Integritas;"
    "Penilaian Mandiri Pelaksanaan Reformasi Birokrasi" },
  { "3238", KG_RENCANA, FALSE, 50, 250,
    { { "EBD", "Layanan Manajemen Kinerja Internal", "Dokumen",
        { { "Layanan Perencanaan dan Penganggaran", "Dokumen", "nka" },
          { "Layanan Pemantauan dan Evaluasi", "Dokumen", "nka" } } } },
    "Penganggaran Unit Vertikal;Pemantauan dan Pelaporan Kinerja Unit Vertikal;"
    "Penyusunan Rencana Kinerja Tahunan;Penyusunan Laporan Kinerja;"
    "Koordinasi Penyelarasan Anggaran" },
  { "3239", "Penyelenggaraan Ketatausahaan, Rumah Tangga dan Pengelolaan Sarana dan Prasarana",
    FALSE, 500, 2500,
    { { "EBA", "Layanan Dukungan Manajemen Internal", "Layanan",
        { { "Layanan Umum", "Paket", NULL }, { "Layanan Perkantoran", "Paket", NULL } } },
      { "EBB", "Layanan Sarana dan Prasarana Internal", "Unit",
        { { "Kendaraan Bermotor", "Paket", NULL },
          { "Perangkat Pengolah Data dan Komunikasi", "Paket", NULL } } } },
    "Pelaksanaan Urusan Umum Unit Vertikal;Operasional dan Pemeliharaan Kantor;"
    "Perawatan Kendaraan Dinas;Langganan Daya dan Jasa;Tenaga Kerja Kontrak;"
    "Pengadaan Peralatan Kantor" },
  { "3979", "Penyelenggaraan Kehumasan dan Keprotokolan", FALSE, 50, 150,
    { { "EBA", "Layanan Dukungan Manajemen Internal", "Layanan",
        { { "Layanan Hubungan Masyarakat dan Informasi", "Kali", NULL },
          { "Layanan Keprotokolan", "Kali", NULL } } } },
    "Publikasi Informasi Kelembagaan Instansi Vertikal BNN;Press Release;Pengelolaan Website;"
    "Peliputan Kegiatan Kehumasan" },
};

#define PROGRAM_P4GN_NAME "Program Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran " \
                          "Gelap Narkoba dan Prekursor Narkoba (P4GN)"

/* Text pools {{{1 */

static const char * const factor_pool[] = {
  "Dukungan pemerintah daerah dan instansi vertikal di {wilayah} dalam pelaksanaan program "
  "P4GN.",
  "Koordinasi yang baik antara {satker} dengan pemangku kepentingan terkait.",
  "Tersedianya anggaran yang memadai sesuai dengan rencana kegiatan.",
  "Partisipasi aktif masyarakat, pegiat dan relawan anti narkoba.",
  "Komitmen pimpinan dan seluruh pegawai {satker} dalam mencapai target kinerja.",
  "Pemanfaatan aplikasi pelaporan secara tepat waktu oleh pengelola kegiatan.",
};

static const char * const obstacle_pool[] = {
  "Keterbatasan jumlah personel dibandingkan dengan luas wilayah dan jumlah sasaran.",
  "Kondisi geografis {wilayah} yang sulit dijangkau sehingga pelaksanaan kegiatan memerlukan "
  "waktu lebih lama.",
  "Adanya efisiensi dan refocusing anggaran pada pertengahan tahun.",
  "Rendahnya tingkat pengisian kuesioner oleh responden pada aplikasi pengukuran.",
  "Revisi anggaran yang terlambat sehingga jadwal pelaksanaan kegiatan bergeser.",
  "Pergantian pejabat pengelola keuangan dan perencana pada tahun berjalan.",
};

static const char * const action_pool[] = {
  "Meningkatkan koordinasi dan sinergi dengan pemerintah daerah serta instansi terkait.",
  "Menyusun rencana penarikan dana yang lebih akurat dan memantau realisasinya setiap bulan.",
  "Melaksanakan bimbingan teknis bagi petugas pelaksana kegiatan.",
  "Memperluas sasaran kegiatan ke desa/kelurahan yang belum diintervensi.",
  "Melakukan monitoring dan evaluasi secara berkala terhadap capaian indikator kinerja.",
  "Mengoptimalkan pemanfaatan media sosial untuk penyebarluasan informasi P4GN.",
};

static const char * const komponen_units[] = { "Kali", "Paket", "Bulan", "Orang", "Dokumen" };

/* Random numbers {{{1 */

static int
rnd_int (GRand *r,
         int    lo,
         int    hi)
{
  g_assert (lo <= hi);
  return g_rand_int_range (r, lo, hi + 1);
}

static gboolean
rnd_chance (GRand  *r,
            double  p)
{
  return g_rand_double (r) < p;
}

/* Roughly standard normal (Irwin–Hall of four uniforms scaled to unit variance): no libm, so
 * the same stream of values on every machine with IEEE doubles. */
static double
rnd_gauss (GRand *r)
{
  double s = 0;

  for (int i = 0; i < 4; i++)
    s += g_rand_double (r);
  return (s - 2.0) * 1.7320508075688772;
}

static gint64
round_half_up (double x)
{
  return x >= 0 ? (gint64) (x + 0.5) : -(gint64) (-x + 0.5);
}

static gint64
to_cents (double x)
{
  return round_half_up (x * 100.0);
}

/* JSON writer {{{1 */

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

static void
append_json_string (GString    *out,
                    const char *s)
{
  g_assert (g_utf8_validate (s, -1, NULL));
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) s; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

/* Hundredths as a plain JSON number with at most two decimals and no trailing zeros. */
static void
append_cents (GString *out,
              gint64   cents)
{
  gint64 frac;

  if (cents < 0)
    {
      g_string_append_c (out, '-');
      cents = -cents;
    }
  g_string_append_printf (out, "%" G_GINT64_FORMAT, cents / 100);
  frac = cents % 100;
  if (frac == 0)
    return;
  if (frac % 10 == 0)
    g_string_append_printf (out, ".%d", (int) (frac / 10));
  else
    g_string_append_printf (out, ".%02d", (int) frac);
}

static void
jw_newline (JsonWriter *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

/* The path of the value about to be written under @key (or the next element). */
static void
jw_locate (JsonWriter *w,
           const char *key)
{
  g_string_truncate (w->path, w->path_len[w->depth]);
  if (key != NULL)
    g_string_append_printf (w->path, "%s%s", w->path->len ? "." : "", key);
  else if (w->depth > 0)
    g_string_append_printf (w->path, "%s[%u]", w->path->len ? "" : "$", w->count[w->depth]++);
}

/* Records that the value under @key is a slip of @kind. */
static void
jw_plant (JsonWriter *w,
          const char *key,
          const char *kind)
{
  g_string_truncate (w->path, w->path_len[w->depth]);
  g_string_append_printf (w->planted, "%s%s%s\t%s\n", w->path->str, w->path->len ? "." : "",
                          key, kind);
}

static void
jw_prefix (JsonWriter *w,
           const char *key)
{
  jw_locate (w, key);
  if (w->depth > 0)
    {
      gboolean first = w->first[w->depth];

      if (!first)
        g_string_append_c (w->out, ',');
      if (!w->inline_[w->depth])
        jw_newline (w);
      else if (!first)
        g_string_append_c (w->out, ' ');
      w->first[w->depth] = FALSE;
    }
  if (key != NULL)
    {
      append_json_string (w->out, key);
      g_string_append (w->out, ": ");
    }
}

static void
jw_open (JsonWriter *w,
         const char *key,
         char        bracket,
         gboolean    inline_)
{
  jw_prefix (w, key);
  g_string_append_c (w->out, bracket);
  w->depth++;
  g_assert (w->depth < JW_MAX_DEPTH);
  w->path_len[w->depth] = w->path->len;
  w->count[w->depth] = 0;
  w->first[w->depth] = TRUE;
  w->inline_[w->depth] = inline_ || w->inline_[w->depth - 1];
}

static void
jw_close (JsonWriter *w,
          char        bracket)
{
  gboolean empty = w->first[w->depth];
  gboolean inline_ = w->inline_[w->depth];

  g_assert (w->depth > 0);
  w->depth--;
  if (!empty && !inline_)
    jw_newline (w);
  g_string_append_c (w->out, bracket);
}

#define jw_begin_object(w, key) jw_open ((w), (key), '{', FALSE)
#define jw_begin_array(w, key) jw_open ((w), (key), '[', FALSE)
#define jw_begin_row(w, key) jw_open ((w), (key), '[', TRUE)
#define jw_end_object(w) jw_close ((w), '}')
#define jw_end_array(w) jw_close ((w), ']')

static void
jw_string (JsonWriter *w,
           const char *key,
           const char *value)
{
  jw_prefix (w, key);
  if (value == NULL)
    g_string_append (w->out, "null");
  else
    append_json_string (w->out, value);
}

static void
jw_int (JsonWriter *w,
        const char *key,
        gint64      value)
{
  jw_prefix (w, key);
  if (value == NO_VALUE)
    g_string_append (w->out, "null");
  else
    g_string_append_printf (w->out, "%" G_GINT64_FORMAT, value);
}

static void
jw_cents (JsonWriter *w,
          const char *key,
          gint64      cents)
{
  jw_prefix (w, key);
  if (cents == NO_VALUE)
    g_string_append (w->out, "null");
  else
    append_cents (w->out, cents);
}

static void
jw_null (JsonWriter *w,
         const char *key)
{
  jw_prefix (w, key);
  g_string_append (w->out, "null");
}

/* Satker {{{1 */

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

static void
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

static char *
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

static char *
place_of_area (const char *area)
{
  if (g_str_has_prefix (area, "Kota "))
    return g_strdup (area + strlen ("Kota "));
  if (g_str_has_prefix (area, "Kabupaten "))
    return g_strdup (area + strlen ("Kabupaten "));
  return g_strdup (area);
}

static GPtrArray *
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

static gint64
clamp_cents (double  x,
             gint64  lo,
             gint64  hi)
{
  gint64 c = to_cents (x);

  return CLAMP (c, lo, hi);
}

/* The indices that other files print about this satker too (NKA per BNNK, Dektara per
 * kabupaten…), from the satker's own sub-seed. */
static void
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

static const Series *
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

static const char *
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
static int
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

static const char *
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
static const char *
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
static gboolean
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
static gboolean
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

static gboolean
near_capaian_bound (double ach)
{
  return ABS (ach - 85.0) < 1e-6 || ABS (ach - 70.0) < 1e-6 || ABS (ach - 55.0) < 1e-6;
}

static int
capaian_band (double ach)
{
  return ach >= 85.0 ? 0 : ach >= 70.0 ? 1 : ach >= 55.0 ? 2 : 3;
}

/* Generation context {{{1 */

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

static char *
expand (const Ctx  *ctx,
        const char *tmpl)
{
  GString *s = g_string_new (tmpl);

  g_string_replace (s, "{satker}", ctx->sk->name, 0);
  g_string_replace (s, "{wilayah}", ctx->sk->wilayah, 0);
  return g_string_free (s, FALSE);
}

static gboolean
has_indicator (const Ctx  *ctx,
               const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (indicator_defs); i++)
    if (g_str_equal (indicator_defs[i].id, id))
      return ctx->sk->is_prov || indicator_defs[i].bnnk;
  return FALSE;
}

static void
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

static void
ctx_clear (Ctx *ctx)
{
  g_rand_free (ctx->r);
  g_array_unref (ctx->bnnk);
  g_free (ctx->bnnk_core);
  g_strfreev (ctx->extra);
  g_free (ctx->extra_core);
}

/* Indicators {{{1 */

static void
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

static void
write_narrative (JsonWriter *w,
                 const Ctx  *ctx)
{
  static const struct
  {
    const char *key;
    const char * const *pool;
    guint n;
  } parts[] = {
    { "factors", factor_pool, G_N_ELEMENTS (factor_pool) },
    { "obstacles", obstacle_pool, G_N_ELEMENTS (obstacle_pool) },
    { "actions", action_pool, G_N_ELEMENTS (action_pool) },
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

static const char *
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

static void
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

static void
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

static void
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

static void
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

static void
write_indicators (JsonWriter *w,
                  const Ctx  *ctx)
{
  jw_begin_array (w, "indicators");
  for (guint i = 0; i < G_N_ELEMENTS (indicator_defs); i++)
    if (ctx->sk->is_prov || indicator_defs[i].bnnk)
      write_indicator (w, ctx, &indicator_defs[i]);
  jw_end_array (w);
}

/* Money {{{1 */

static const KegiatanDef *
kegiatan_by_code (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (kegiatan_defs); i++)
    if (g_str_equal (kegiatan_defs[i].code, code))
      return &kegiatan_defs[i];
  g_assert_not_reached ();
  return NULL;
}

/* Chooses the satker's kegiatan (4–8, in the order of the documents' tables) and their
 * allocation and realisation for every year. */
static void
gen_funding (Ctx *ctx)
{
  GRand *r = ctx->r;
  gboolean prov = ctx->sk->is_prov;
  gboolean chosen[G_N_ELEMENTS (kegiatan_defs)] = { FALSE, };
  guint n_p4gn = (guint) rnd_int (r, 3, 5);
  guint n_dm = 0;

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
      guint i = (guint) g_rand_int_range (r, 0, (gint32) G_N_ELEMENTS (kegiatan_defs));

      if (kegiatan_defs[i].p4gn && !chosen[i])
        {
          chosen[i] = TRUE;
          k++;
        }
    }

  ctx->n_funding = 0;
  for (guint i = 0; i < G_N_ELEMENTS (kegiatan_defs); i++)
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

static void
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

static void
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

/* Work plan {{{1 */

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

static void
node_free (gpointer data)
{
  Node *n = data;

  g_free (n->code);
  g_free (n->name);
  g_clear_pointer (&n->children, g_ptr_array_unref);
  g_free (n);
}

static Node *
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

static int
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
static void
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

static void
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
static gint64
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

static guint
node_count (const Node *n)
{
  guint count = 1;

  for (guint i = 0; i < n->children->len; i++)
    count += node_count (n->children->pdata[i]);
  return count;
}

static guint
kro_count (const KegiatanDef *kd)
{
  return kd->kro[1].code != NULL ? 2 : 1;
}

static guint
ro_count (const KroDef *kro)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (kro->ro) && kro->ro[n].name != NULL)
    n++;
  return n;
}

static GPtrArray *
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
                                                                  G_N_ELEMENTS (komponen_units))];
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

static void
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

static void
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
static void
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

static void
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

static void
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

static void
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
  jw_begin_object (w, NULL);
  jw_string (w, "id", "kasus-2018-2023");
  jw_string (w, "title", title);
  jw_begin_row (w, "columns");
  jw_string (w, NULL, "Uraian");
  for (int i = 0; i < 6; i++)
    {
      char year[8];

      g_snprintf (year, sizeof year, "%d", 2018 + i);
      jw_string (w, NULL, year);
    }
  jw_end_array (w);
  jw_begin_array (w, "rows");
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
      jw_begin_object (w, NULL);
      jw_string (w, "id", "rehabilitasi-2018-2023");
      jw_string (w, "title", title);
      jw_begin_row (w, "columns");
      jw_string (w, NULL, "Layanan");
      for (int i = 0; i < 6; i++)
        {
          char year[8];

          g_snprintf (year, sizeof year, "%d", 2018 + i);
          jw_string (w, NULL, year);
        }
      jw_end_array (w);
      jw_begin_array (w, "rows");
      write_context_row (w, r, "Rawat jalan", jalan, FALSE);
      write_context_row (w, r, "Rawat inap (dirujuk)", inap, FALSE);
      write_context_row (w, r, "Pascarehabilitasi", pasca, FALSE);
      jw_end_array (w);
      jw_string (w, "source", source);
      jw_end_object (w);
    }
  jw_end_array (w);
}

/* One file {{{1 */

static GString *
gen_file (const GPtrArray *all,
          const Satker    *sk,
          GString         *planted)
{
  JsonWriter w = { 0, };
  Ctx ctx;
  g_autoptr(GPtrArray) plan_2023 = NULL;
  g_autoptr(GPtrArray) plan_2024 = NULL;
  const char *names[] = { NULL, NULL, NULL, "2023", "2024" };

  ctx_init (&ctx, all, sk);
  gen_funding (&ctx);

  w.out = g_string_sized_new (96 * 1024);
  w.path = g_string_new (NULL);
  w.planted = planted;
  jw_begin_object (&w, NULL);
  jw_string (&w, "format", "kinerja-plan");
  jw_int (&w, "version", 1);

  jw_begin_object (&w, "satker");
  jw_string (&w, "code", sk->code);
  jw_string (&w, "name", sk->name);
  jw_string (&w, "short_name", sk->short_name);
  jw_string (&w, "level", sk->level);
  jw_string (&w, "province", provinces[sk->province].name);
  jw_string (&w, "area", sk->area);
  if (sk->is_prov)
    jw_string (&w, "parent", "BNN RI");
  else
    {
      g_autofree char *parent = g_strdup_printf ("BNN Provinsi %s",
                                                 provinces[sk->province].name);

      jw_string (&w, "parent", parent);
    }
  jw_end_object (&w);

  jw_begin_object (&w, "period");
  jw_int (&w, "first_year", FIRST_YEAR);
  jw_int (&w, "last_year", FIRST_YEAR + N_YEARS - 1);
  jw_string (&w, "name", "Renstra 2020–2024");
  jw_end_object (&w);

  write_indicators (&w, &ctx);
  write_budget (&w, &ctx);
  write_spending (&w, &ctx);

  plan_2023 = build_workplan (&ctx, 3);
  plan_2024 = build_workplan (&ctx, 4);
  write_outputs (&w, &ctx, plan_2024);
  jw_begin_object (&w, "workplan");
  for (int y = 3; y < N_YEARS; y++)
    {
      GPtrArray *plan = y == 3 ? plan_2023 : plan_2024;

      jw_begin_array (&w, names[y]);
      for (guint i = 0; i < plan->len; i++)
        write_node (&w, plan->pdata[i]);
      jw_end_array (&w);
    }
  jw_end_object (&w);

  write_signatures (&w, &ctx);
  write_context (&w, &ctx);
  jw_end_object (&w);
  g_string_append_c (w.out, '\n');
  g_assert (w.depth == 0);

  g_string_free (w.path, TRUE);
  ctx_clear (&ctx);
  return w.out;
}

/* Command line {{{1 */

static const char usage_line[] = "Usage: kj-gen-workspace [--seed N] [--count N] OUTDIR\n";

static void
usage_error (const char *message)
{
  if (message != NULL)
    g_printerr ("kj-gen-workspace: %s\n", message);
  g_printerr ("%s", usage_line);
  exit (2);
}

static guint64
parse_number (const char *option,
              const char *text,
              guint64     min,
              guint64     max)
{
  g_autoptr(GError) error = NULL;
  guint64 value = 0;

  if (text == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s needs a value", option);

      usage_error (message);
    }
  if (!g_ascii_string_to_unsigned (text, 10, min, max, &value, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", option, error->message);

      usage_error (message);
    }
  return value;
}

int
main (int   argc,
      char *argv[])
{
  guint64 seed = 1;
  guint64 count = N_PROVINCES + N_BNNK;
  const char *outdir = NULL;
  gboolean options_done = FALSE;
  g_autoptr(GRand) master = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GString) manifest = NULL;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (!options_done && g_str_equal (arg, "--"))
        options_done = TRUE;
      else if (!options_done && (g_str_equal (arg, "-h") || g_str_equal (arg, "--help")))
        {
          g_print ("%s", usage_line);
          return 0;
        }
      else if (!options_done && g_str_equal (arg, "--seed"))
        seed = parse_number ("--seed", i + 1 < argc ? argv[++i] : NULL, 0, G_MAXUINT32);
      else if (!options_done && g_str_has_prefix (arg, "--seed="))
        seed = parse_number ("--seed", arg + strlen ("--seed="), 0, G_MAXUINT32);
      else if (!options_done && g_str_equal (arg, "--count"))
        count = parse_number ("--count", i + 1 < argc ? argv[++i] : NULL,
                              1, N_PROVINCES + N_BNNK);
      else if (!options_done && g_str_has_prefix (arg, "--count="))
        count = parse_number ("--count", arg + strlen ("--count="), 1, N_PROVINCES + N_BNNK);
      else if (!options_done && arg[0] == '-' && arg[1] != '\0')
        {
          g_autofree char *message = g_strdup_printf ("unknown option %s", arg);

          usage_error (message);
        }
      else if (outdir == NULL)
        outdir = arg;
      else
        usage_error ("only one OUTDIR");
    }
  if (outdir == NULL)
    usage_error (NULL);

  if (g_mkdir_with_parents (outdir, 0755) != 0)
    {
      g_printerr ("kj-gen-workspace: cannot create %s: %s\n", outdir, g_strerror (errno));
      return 1;
    }

  master = g_rand_new_with_seed ((guint32) seed);
  all = build_satkers (master);
  manifest = g_string_new (NULL);
  for (guint i = 0; i < count; i++)
    {
      const Satker *sk = all->pdata[i];
      g_autoptr(GString) planted = g_string_new (NULL);
      g_autoptr(GString) json = gen_file (all, sk, planted);
      g_autofree char *base = g_strconcat (sk->slug, ".json", NULL);
      g_autofree char *path = g_build_filename (outdir, base, NULL);
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) lines = g_strsplit (planted->str, "\n", -1);

      if (!g_file_set_contents (path, json->str, (gssize) json->len, &error))
        {
          g_printerr ("kj-gen-workspace: %s\n", error->message);
          return 1;
        }
      for (guint k = 0; lines[k] && *lines[k]; k++)
        g_string_append_printf (manifest, "%s\t%s\n", base, lines[k]);
    }
  /* the slips planted, one a line: FILE, JSON path, kind (achievement,
   * category, sum); the workspace test checks that the checks find exactly these */
  {
    g_autofree char *path = g_build_filename (outdir, "PLANTED", NULL);
    g_autoptr(GError) error = NULL;

    if (!g_file_set_contents (path, manifest->str, (gssize) manifest->len, &error))
      {
        g_printerr ("kj-gen-workspace: %s\n", error->message);
        return 1;
      }
  }
  return 0;
}

/* vim: set foldmethod=marker: */
