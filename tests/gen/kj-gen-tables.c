/* kj-gen-tables.c: the workspace generator: places, indicators, kegiatan and text pools */
/* Copyright 2026 The Kinerja authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "kj-gen.h"

/* Places {{{1 */


const ProvinceDef provinces[] = {
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


/* Indicators {{{1 */




const IndicatorDef indicator_defs[] = {
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




const KegiatanDef kegiatan_defs[] = {
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


/* Text pools {{{1 */

const char *const factor_pool[] = {
  "Dukungan pemerintah daerah dan instansi vertikal di {wilayah} dalam pelaksanaan program "
  "P4GN.",
  "Koordinasi yang baik antara {satker} dengan pemangku kepentingan terkait.",
  "Tersedianya anggaran yang memadai sesuai dengan rencana kegiatan.",
  "Partisipasi aktif masyarakat, pegiat dan relawan anti narkoba.",
  "Komitmen pimpinan dan seluruh pegawai {satker} dalam mencapai target kinerja.",
  "Pemanfaatan aplikasi pelaporan secara tepat waktu oleh pengelola kegiatan.",
};

const char *const obstacle_pool[] = {
  "Keterbatasan jumlah personel dibandingkan dengan luas wilayah dan jumlah sasaran.",
  "Kondisi geografis {wilayah} yang sulit dijangkau sehingga pelaksanaan kegiatan memerlukan "
  "waktu lebih lama.",
  "Adanya efisiensi dan refocusing anggaran pada pertengahan tahun.",
  "Rendahnya tingkat pengisian kuesioner oleh responden pada aplikasi pengukuran.",
  "Revisi anggaran yang terlambat sehingga jadwal pelaksanaan kegiatan bergeser.",
  "Pergantian pejabat pengelola keuangan dan perencana pada tahun berjalan.",
};

const char *const action_pool[] = {
  "Meningkatkan koordinasi dan sinergi dengan pemerintah daerah serta instansi terkait.",
  "Menyusun rencana penarikan dana yang lebih akurat dan memantau realisasinya setiap bulan.",
  "Melaksanakan bimbingan teknis bagi petugas pelaksana kegiatan.",
  "Memperluas sasaran kegiatan ke desa/kelurahan yang belum diintervensi.",
  "Melakukan monitoring dan evaluasi secara berkala terhadap capaian indikator kinerja.",
  "Mengoptimalkan pemanfaatan media sosial untuk penyebarluasan informasi P4GN.",
};

const char *const komponen_units[] = { "Kali", "Paket", "Bulan", "Orang", "Dokumen" };

const guint n_provinces = G_N_ELEMENTS (provinces);

const guint n_indicator_defs = G_N_ELEMENTS (indicator_defs);

const guint n_kegiatan_defs = G_N_ELEMENTS (kegiatan_defs);

const guint n_factor_pool = G_N_ELEMENTS (factor_pool);

const guint n_obstacle_pool = G_N_ELEMENTS (obstacle_pool);

const guint n_action_pool = G_N_ELEMENTS (action_pool);

const guint n_komponen_units = G_N_ELEMENTS (komponen_units);
