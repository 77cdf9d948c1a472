/* check_quotes.c - unit tests of the quotations stage (extract/quotes.c)
 * on sentences written for these tests in Indonesian news style: every
 * mark style, cue positions, split, multi-paragraph and cut-off quotes,
 * reported speech, pronoun speakers and alternating speakers. */
#include "testutil.h"

/* The n-th quote (in text order) whose text starts with `prefix`, or NULL. */
static const nr_quote *find_q(const nr_doc *d, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i < d->quotes.n; i++) {
        const nr_quote *q = &d->quotes.v[i];
        if (q->end - q->start >= n && memcmp(d->text + q->start, prefix, n) == 0)
            return q;
    }
    return NULL;
}

static const char *q_text(const nr_doc *d, const nr_quote *q)
{
    return tu_str(d, q->start, q->end);
}

static const char *q_speaker(const nr_doc *d, const nr_quote *q)
{
    if (q->sp_ent >= 0)
        return d->entities.v[q->sp_ent].name;
    if (q->sp_text)
        return q->sp_text;
    return "";
}

static size_t count_kind(const nr_doc *d, bool direct)
{
    size_t n = 0;
    for (size_t i = 0; i < d->quotes.n; i++)
        n += d->quotes.v[i].direct == direct;
    return n;
}

#define ASSERT_QUOTE(d, prefix, text, speaker, lemma)                                   \
    do {                                                                                \
        const nr_quote *q_ = find_q((d), (prefix));                                     \
        ck_assert_msg(q_ != NULL, "no quote starting %s", (prefix));                    \
        ck_assert_str_eq(q_text((d), q_), (text));                                      \
        ck_assert_str_eq(q_speaker((d), q_), (speaker));                                \
        if (lemma)                                                                      \
            ck_assert_str_eq(q_->cue_lemma ? q_->cue_lemma : "(null)", (const char *)(lemma)); \
        else                                                                            \
            ck_assert_ptr_null(q_->cue_lemma);                                          \
    } while (0)

START_TEST(mark_styles)
{
    const char *text =
        "Kepala Dinas Perhubungan Kota Bogor Rudi Hartanto meninjau terminal pada Senin pagi.\n"
        "\"Armada tambahan sudah kami siapkan sejak pekan lalu,\" kata Rudi.\n"
        "“Jadwal keberangkatan juga kami tambah,” ujarnya.\n"
        "”Penumpang diminta datang lebih awal,” tutur Rudi.\n"
        "„Loket dibuka pukul enam pagi,“ jelas dia.\n"
        "«Kami pantau terus setiap jam,» ucap Rudi.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Armada", "Armada tambahan sudah kami siapkan sejak pekan lalu", "Rudi Hartanto", "kata");
    ASSERT_QUOTE(d, "Jadwal", "Jadwal keberangkatan juga kami tambah", "Rudi Hartanto", "ujar");
    ASSERT_QUOTE(d, "Penumpang", "Penumpang diminta datang lebih awal", "Rudi Hartanto", "tutur");
    ASSERT_QUOTE(d, "Loket", "Loket dibuka pukul enam pagi", "Rudi Hartanto", "jelas");
    ASSERT_QUOTE(d, "Kami pantau", "Kami pantau terus setiap jam", "Rudi Hartanto", "ucap");
    ck_assert_uint_eq(count_kind(d, true), 5);
    nerid_result_free(r);
}
END_TEST

START_TEST(scare_quotes_and_nested)
{
    const char *text =
        "Warga menyebut kawasan itu \"kampung mati\" sejak pabrik tutup.\n"
        "Program \"Desa Berdaya\" diluncurkan tahun lalu.\n"
        "\"Dia bilang 'tunggu saja' kepada kami. Kami sudah menunggu dua tahun,\" kata Sumarni, warga setempat.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ck_assert_uint_eq(count_kind(d, true), 1);
    ASSERT_QUOTE(d, "Dia bilang",
                 "Dia bilang 'tunggu saja' kepada kami. Kami sudah menunggu dua tahun",
                 "Sumarni", "kata");
    nerid_result_free(r);
}
END_TEST

START_TEST(single_marks_and_bare_end)
{
    const char *text =
        "'Kami tidak akan menaikkan tarif tahun ini,' kata Direktur Utama PT Air Bersih Sejahtera Irfan Maulana.\n"
        "Warga menyebut proyek itu 'jalan tol langit' sejak awal.\n"
        "\"Pipa baru dipasang bulan depan\" ujar Irfan.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ck_assert_uint_eq(count_kind(d, true), 2);
    ASSERT_QUOTE(d, "Kami tidak", "Kami tidak akan menaikkan tarif tahun ini", "Irfan Maulana", "kata");
    ASSERT_QUOTE(d, "Pipa", "Pipa baru dipasang bulan depan", "Irfan Maulana", "ujar");
    nerid_result_free(r);
}
END_TEST

START_TEST(split_quote)
{
    const char *text =
        "\"Air mulai surut sejak subuh,\" ujar Bayu Anggara usai rapat. \"Namun kami tetap siaga sampai malam.\"\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Air", "Air mulai surut sejak subuh", "Bayu Anggara", "ujar");
    ASSERT_QUOTE(d, "Namun", "Namun kami tetap siaga sampai malam", "Bayu Anggara", "ujar");
    nerid_result_free(r);
}
END_TEST

START_TEST(multi_paragraph)
{
    const char *text =
        "\"Pintu air kami buka bertahap. Petugas berjaga di setiap titik.\n"
        "\"Kalau hujan turun lagi, warga kami minta mengungsi lebih awal,\" kata Lina Marlina, camat setempat.\n"
        "\"Posko dibuka dua puluh empat jam.\"\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Pintu", "Pintu air kami buka bertahap. Petugas berjaga di setiap titik",
                 "Lina Marlina", "kata");
    ASSERT_QUOTE(d, "Kalau", "Kalau hujan turun lagi, warga kami minta mengungsi lebih awal",
                 "Lina Marlina", "kata");
    ASSERT_QUOTE(d, "Posko", "Posko dibuka dua puluh empat jam", "Lina Marlina", NULL);
    nerid_result_free(r);
}
END_TEST

START_TEST(unbalanced_cut_off)
{
    const char *text =
        "\"Stok pupuk aman sampai akhir musim,\" kata Darto Wiyono.\n"
        "\"Kami sudah menyurati distributor agar pengiriman\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ck_assert_uint_eq(count_kind(d, true), 1);
    ASSERT_QUOTE(d, "Stok", "Stok pupuk aman sampai akhir musim", "Darto Wiyono", "kata");
    nerid_result_free(r);
}
END_TEST

START_TEST(cue_before)
{
    const char *text =
        "Direktur Utama PT Sumber Tani Makmur Hendra Kusuma mengatakan, \"Panen tahun ini lebih baik.\"\n"
        "Menurut Hendra, \"Harga gabah masih stabil.\"\n"
        "Siska Amelia: \"Apakah pasokan cukup sampai Lebaran?\"\n"
        "Hendra: \"Cukup, kami sudah menghitungnya.\"\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Panen", "Panen tahun ini lebih baik", "Hendra Kusuma", "mengatakan");
    ASSERT_QUOTE(d, "Harga", "Harga gabah masih stabil", "Hendra Kusuma", "menurut");
    ASSERT_QUOTE(d, "Apakah", "Apakah pasokan cukup sampai Lebaran?", "Siska Amelia", ":");
    ASSERT_QUOTE(d, "Cukup", "Cukup, kami sudah menghitungnya", "Hendra Kusuma", ":");
    nerid_result_free(r);
}
END_TEST

START_TEST(alternating_speakers)
{
    const char *text =
        "Ketua RT 05 Slamet Riyadi mengeluhkan jalan yang rusak. Lurah Cempaka Putih Nanda Pratiwi mengaku sudah menerima laporan itu.\n"
        "\"Sudah tiga bulan jalan ini berlubang,\" kata Slamet.\n"
        "\"Perbaikan dijadwalkan bulan depan,\" ujar Nanda.\n"
        "\"Kami pegang janji itu,\" ujar Slamet lagi. \"Warga sudah lelah menunggu,\" katanya.\n"
        "Nanda menambahkan, anggaran perbaikan sudah disetujui dewan kota.\n"
        "\"Kontraktornya sudah ditunjuk,\" ucapnya.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Sudah tiga", "Sudah tiga bulan jalan ini berlubang", "Slamet Riyadi", "kata");
    ASSERT_QUOTE(d, "Perbaikan", "Perbaikan dijadwalkan bulan depan", "Nanda Pratiwi", "ujar");
    ASSERT_QUOTE(d, "Warga", "Warga sudah lelah menunggu", "Slamet Riyadi", "kata");
    ASSERT_QUOTE(d, "Kontraktornya", "Kontraktornya sudah ditunjuk", "Nanda Pratiwi", "ucap");
    ASSERT_QUOTE(d, "anggaran", "anggaran perbaikan sudah disetujui dewan kota", "Nanda Pratiwi",
                 "menambahkan");
    nerid_result_free(r);
}
END_TEST

START_TEST(pronoun_after_new_subject)
{
    /* the pronoun refers to the person just introduced as a subject, not
     * to the earlier speaker */
    const char *text =
        "\"Dana hibah harus cair bulan ini,\" kata Anggota Komisi II Rudi Hartono.\n"
        "Ketua Komisi II Sutrisno Wibowo, yang memimpin rapat, mencoba menengahi. Menurut beliau, kedua usulan bisa masuk ke dalam kesimpulan rapat.\n"
        "Rudi tidak sepenuhnya sepakat. \"Tenggatnya terlalu ketat,\" kata dia.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "kedua usulan", "kedua usulan bisa masuk ke dalam kesimpulan rapat", "Sutrisno Wibowo", "menurut");
    ASSERT_QUOTE(d, "Tenggatnya", "Tenggatnya terlalu ketat", "Rudi Hartono", "kata");
    nerid_result_free(r);
}
END_TEST

START_TEST(reported_speech)
{
    const char *text =
        "Kepala Bidang Humas Polres Sleman Arif Nugroho menjelaskan bahwa arus lalu lintas sudah kembali normal sejak sore.\n"
        "Menurut dia, petugas tetap berjaga di simpang empat sampai malam.\n"
        "Selain itu, lanjut Arif, rekayasa lalu lintas akan dievaluasi setiap pekan.\n"
        "Warga meminta agar lampu lalu lintas segera diperbaiki.\n"
        "Pemerintah berharap pembangunan jalan selesai tahun ini.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ck_assert_uint_eq(count_kind(d, false), 3);
    ASSERT_QUOTE(d, "arus", "arus lalu lintas sudah kembali normal sejak sore", "Arif Nugroho", "menjelaskan");
    ASSERT_QUOTE(d, "petugas", "petugas tetap berjaga di simpang empat sampai malam", "Arif Nugroho", "menurut");
    ASSERT_QUOTE(d, "rekayasa", "rekayasa lalu lintas akan dievaluasi setiap pekan", "Arif Nugroho", "lanjut");
    nerid_result_free(r);
}
END_TEST

START_TEST(unnamed_and_org_speakers)
{
    const char *text =
        "\"Dagangan saya tidak laku sejak banjir,\" kata seorang pedagang ikan di pasar itu.\n"
        "Badan Pusat Statistik (BPS) dalam laporannya menyatakan, harga cabai naik 12 persen sepanjang Maret.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    const nr_quote *q = find_q(d, "Dagangan");
    ck_assert_ptr_nonnull(q);
    ck_assert_int_lt(q->sp_ent, 0);
    ck_assert_str_eq(q_speaker(d, q), "seorang pedagang ikan");
    q = find_q(d, "harga cabai");
    ck_assert_ptr_nonnull(q);
    ck_assert_int_ge(q->sp_ent, 0);
    ck_assert_int_ne(d->entities.v[q->sp_ent].type, NERID_PERSON);
    nerid_result_free(r);
}
END_TEST

START_TEST(long_title_role)
{
    const char *text =
        "\"Pelatihan digital dibuka untuk seribu pelaku usaha,\" kata Staf Khusus Menteri Koperasi dan UKM Bidang Pemberdayaan Ekonomi Kreatif Fiki Satari.\n"
        "\"Pendaftarannya gratis,\" kata Fiki.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Pelatihan", "Pelatihan digital dibuka untuk seribu pelaku usaha", "Fiki Satari", "kata");
    ASSERT_QUOTE(d, "Pendaftarannya", "Pendaftarannya gratis", "Fiki Satari", "kata");
    const nr_quote *q = find_q(d, "Pelatihan");
    ck_assert_ptr_nonnull(d->entities.v[q->sp_ent].role);
    nerid_result_free(r);
}
END_TEST

START_TEST(many_unbalanced_marks)
{
    /* 100,000 lone marks on one line: one pass, no quadratic pairing */
    size_t n = 100000;
    char *text = malloc(n * 4 + 64);
    ck_assert_ptr_nonnull(text);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(text + k, "a \" ", 4);
        k += 4;
    }
    strcpy(text + k, "kata Budi.\n");
    nerid_result *r = tu_run(text, NULL);
    ck_assert_uint_le(r->doc.quotes.n, n);
    nerid_result_free(r);
    free(text);
}
END_TEST

START_TEST(subject_apposition_and_age)
{
    const char *text =
        "Yohana Marlina Sitorus (52), warga Desa Lumban Tonga, bercerita, ia mendengar suara gemuruh sebelum tebing runtuh.\n"
        "Ketua kelompok tani setempat, Markus Silalahi, menuturkan, sawah di bawah tebing tertimbun lumpur.\n"
        "Markus, yang juga anggota tim relawan, menegaskan bahwa evakuasi berlangsung sampai malam.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "ia mendengar", "ia mendengar suara gemuruh sebelum tebing runtuh",
                 "Yohana Marlina Sitorus", "bercerita");
    ASSERT_QUOTE(d, "sawah", "sawah di bawah tebing tertimbun lumpur", "Markus Silalahi", "menuturkan");
    ASSERT_QUOTE(d, "evakuasi", "evakuasi berlangsung sampai malam", "Markus Silalahi", "menegaskan");
    nerid_result_free(r);
}
END_TEST

START_TEST(not_reported_speech)
{
    const char *text =
        "Dinas Pertanian memastikan stok benih di gudang dalam kondisi aman.\n"
        "Warga dapat melaporkan kerusakan irigasi ke posko desa.\n"
        "Bupati meminta petani segera menanam setelah hujan pertama turun.\n"
        "Kepala dinas itu menyampaikan terima kasih kepada para relawan.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    ck_assert_uint_eq(r->doc.quotes.n, 0);
    nerid_result_free(r);
}
END_TEST

START_TEST(short_name_expanded)
{
    /* the full name is written only in narrative, the cue uses a short
     * name or a nickname, and the given name has a prefix */
    const char *text =
        "Rapat dipimpin Direktur Operasional Bank Sejahtera Mochamad Rizal Fadillah di Surabaya.\n"
        "\"Kami menambah dua puluh kantor kas tahun ini,\" kata Rizal.\n"
        "Rizal hadir bersama stafnya. \"Semuanya dibuka sebelum Lebaran,\" ujarnya.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Kami menambah", "Kami menambah dua puluh kantor kas tahun ini",
                 "Mochamad Rizal Fadillah", "kata");
    ASSERT_QUOTE(d, "Semuanya", "Semuanya dibuka sebelum Lebaran", "Mochamad Rizal Fadillah", "ujar");
    nerid_result_free(r);
}
END_TEST

START_TEST(short_name_nearest_occurrence)
{
    /* a one-word name at a cue is the nearest earlier longer name of that
     * word ("Rudi" -> "Rudi Santoso", not "Rudi Hartanto"), else a later
     * one ("Anto" -> "Anto Prabowo") */
    const char *text =
        "Rapat dihadiri Rudi Hartanto dari dinas pertanian.\n"
        "Setelah itu Rudi Santoso dari koperasi menyampaikan laporan.\n"
        "\"Harga gabah naik dua persen,\" kata Rudi.\n"
        "\"Air bersih sudah mengalir sejak kemarin,\" kata Anto.\n"
        "Bantuan itu diserahkan oleh Anto Prabowo, kepala desa setempat.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Harga gabah", "Harga gabah naik dua persen", "Rudi Santoso", "kata");
    ASSERT_QUOTE(d, "Air bersih", "Air bersih sudah mengalir sejak kemarin", "Anto Prabowo", "kata");
    nerid_result_free(r);
}
END_TEST

START_TEST(short_name_of_longer_entity)
{
    /* a nickname that starts a longer name ("Marlin" ~ "Marlinda ..."),
     * and a word that is a whole word of a name ("Anggi" ~ "Anggi
     * Pratama", not "Anggini Setiawan") */
    const char *text =
        "Juru Bicara Yayasan Lentera Anak Marlinda Kusumastuti mengatakan, program berjalan.\n"
        "\"Semua berjalan baik dan warga puas,\" kata Marlin.\n"
        "Ketua panitia Anggi Pratama dan bendahara Anggini Setiawan hadir.\n"
        "\"Dana sudah kami salurkan semua,\" ujar Anggi.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Semua berjalan", "Semua berjalan baik dan warga puas", "Marlinda Kusumastuti", "kata");
    ASSERT_QUOTE(d, "Dana sudah", "Dana sudah kami salurkan semua", "Anggi Pratama", "ujar");
    nerid_result_free(r);
}
END_TEST

START_TEST(role_coreference)
{
    const char *text =
        "Presiden Joko Widodo meresmikan bendungan itu pada Senin.\n"
        "\"Bendungan ini akan mengairi sawah di tiga kabupaten,\" kata Presiden.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Bendungan", "Bendungan ini akan mengairi sawah di tiga kabupaten", "Joko Widodo", "kata");
    nerid_result_free(r);
}
END_TEST

START_TEST(headline_qa_and_clutter)
{
    const char *text =
        "Farhan Maulana: \"Anggaran Banjir Sudah Cair\"\n"
        "\n"
        "Kompas.com - 05/03/2024, 16:20 WIB\n"
        "\n"
        "BANDUNG, KOMPAS.com - Wali Kota Bandung Farhan Maulana mencairkan dana darurat banjir.\n"
        "Warga mengungsi ke masjid. \"Air masuk rumah,\" kata Ujang. (KOMPAS.com/AGUNG SETIAWAN)\n"
        "Tanya: Kapan dana itu sampai ke warga?\n"
        "Jawab: Minggu ini juga, kami sudah siapkan daftar penerimanya.\n"
        "Baca juga: \"Kami Siap Bantu,\" Kata Wali Kota soal Banjir\n";
    nerid_result *r = tu_run(text, "2024-03-05");
    const nr_doc *d = &r->doc;
    ck_assert_uint_eq(count_kind(d, true), 0);
    nerid_result_free(r);
}
END_TEST

START_TEST(organisation_speaker_via)
{
    const char *text =
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) melalui Stasiun Klimatologi Jawa Barat menyebutkan, hujan lebat masih berpotensi terjadi hingga besok.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    const nr_quote *q = find_q(d, "hujan lebat");
    ck_assert_ptr_nonnull(q);
    ck_assert_int_ge(q->sp_ent, 0);
    ck_assert_ptr_nonnull(strstr(d->entities.v[q->sp_ent].name, "Meteorologi"));
    nerid_result_free(r);
}
END_TEST

/* Closing marks with no opener, many in one paragraph: each run starts
 * after the previous mark, so the quoted runs never overlap and their
 * total length stays under the input's (it was quadratic). */
START_TEST(stray_closers_do_not_overlap)
{
    const char *unit = "harga naik terus\xE2\x80\x9D kata Budi ";
    size_t ul = strlen(unit), n = 3000;
    char *t = malloc(ul * n + 64);
    strcpy(t, "JAKARTA, KOMPAS.com - ");
    size_t k = strlen(t);
    for (size_t i = 0; i < n; i++, k += ul)
        memcpy(t + k, unit, ul);
    t[k] = '\0';
    nerid_result *r = tu_run(t, "2024-01-01");
    const nr_doc *d = &r->doc;
    size_t total = 0;
    uint32_t last_end = 0;
    for (size_t q = 0; q < d->quotes.n; q++) {
        const nr_quote *x = &d->quotes.v[q];
        if (!x->direct)
            continue;
        ck_assert_uint_ge(x->start, last_end);
        last_end = x->end;
        total += x->end - x->start;
    }
    ck_assert_uint_gt(d->quotes.n, 0);
    ck_assert_uint_le(total, k);
    nerid_result_free(r);
    free(t);
}
END_TEST

START_TEST(short_names_recurring)
{
    /* one-word names said again and again, of people whose names share
     * their first letters ("Marlin" ~ "Marlinda ...", "Mari" ~ "Mariana
     * ..."): every recurrence finds the same person (longer_person reads
     * the entities with a word of the same first letters) */
    size_t n = 30;
    char *text = malloc(n * 160 + 256);
    ck_assert_ptr_nonnull(text);
    size_t k = (size_t)sprintf(text, "Juru Bicara Yayasan Lentera Anak Marlinda Kusumastuti, bendahara "
                                     "Mariana Putri dan relawan Marwan Hakim meninjau lokasi banjir "
                                     "pada Senin pagi.\n");
    for (size_t i = 1; i <= n; i++)
        k += (size_t)sprintf(text + k,
                             "\"Bantuan tahap %zu sudah kami salurkan,\" kata Marlin.\n"
                             "\"Laporan tahap %zu sudah kami periksa,\" ujar Mari.\n"
                             "\"Relawan tahap %zu sudah kami kirim,\" tutur Marwan.\n",
                             i, i, i);
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ck_assert_uint_eq(count_kind(d, true), 3 * n);
    static const char *const first[] = {"Bantuan", "Laporan", "Relawan"};
    int32_t ent[3] = {-1, -1, -1};
    for (size_t i = 0; i < d->quotes.n; i++) {
        const nr_quote *q = &d->quotes.v[i];
        for (int j = 0; j < 3; j++) {
            if (memcmp(d->text + q->start, first[j], strlen(first[j])) != 0)
                continue;
            ck_assert_int_ge(q->sp_ent, 0);
            if (ent[j] < 0)
                ent[j] = q->sp_ent;
            ck_assert_int_eq(q->sp_ent, ent[j]); /* the same person every time */
        }
    }
    ck_assert_str_eq(d->entities.v[ent[0]].name, "Marlinda Kusumastuti");
    ck_assert_str_eq(d->entities.v[ent[1]].name, "Mariana Putri");
    ck_assert_int_ne(ent[2], ent[0]);
    ck_assert_int_ne(ent[2], ent[1]);
    nerid_result_free(r);
    free(text);
}
END_TEST

START_TEST(speaker_named_by_other_entity)
{
    /* "Retno" alone is linked to another person of the gazetteers (Retno
     * Marsudi); its words are all in the name of a speaker (Retno
     * Listyarti), so it is that speaker's mention, the most recent one
     * when the pronoun comes: "ujarnya" is Retno Listyarti, not the
     * governor who spoke before (speaker_holding) */
    const char *text =
        "Komisioner KPAI Retno Listyarti mengatakan, sekolah harus menjadi tempat yang aman bagi anak.\n"
        "\"Kami terus memantau perkembangan kasus ini,\" kata Gubernur DKI Jakarta Anies Baswedan.\n"
        "Dalam kunjungan itu, Retno juga berbincang dengan para guru.\n"
        "Para guru menyampaikan keluhan soal ruang kelas yang rusak.\n"
        "\"Kondisinya sangat memprihatinkan bagi para siswa,\" ujarnya.\n";
    nerid_result *r = tu_run(text, "2024-04-01");
    const nr_doc *d = &r->doc;
    ASSERT_QUOTE(d, "Kondisinya", "Kondisinya sangat memprihatinkan bagi para siswa", "Retno Listyarti",
                 "ujar");
    nerid_result_free(r);
}
END_TEST

START_TEST(many_speakers_linear)
{
    /* 5,000 quotes by 5,000 different people: names are indexed, not
     * searched one by one (the test only checks the result is right) */
    size_t n = 5000;
    char *text = malloc(n * 96 + 1);
    ck_assert_ptr_nonnull(text);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char nm[6] = {'B', (char)('a' + i % 26), (char)('a' + i / 26 % 26), (char)('a' + i / 676 % 26), 'o', 0};
        k += (size_t)sprintf(text + k, "\"Pekerjaan ini selesai tepat waktu,\" kata %s Santoso.\n", nm);
    }
    nerid_result *r = tu_run(text, NULL);
    ck_assert_uint_eq(count_kind(&r->doc, true), n);
    nerid_result_free(r);
    free(text);
}
END_TEST

static Suite *quotes_suite(void)
{
    Suite *s = suite_create("quotes");
    TCase *tc = tcase_create("quotes");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, mark_styles);
    tcase_add_test(tc, scare_quotes_and_nested);
    tcase_add_test(tc, split_quote);
    tcase_add_test(tc, single_marks_and_bare_end);
    tcase_add_test(tc, multi_paragraph);
    tcase_add_test(tc, unbalanced_cut_off);
    tcase_add_test(tc, cue_before);
    tcase_add_test(tc, alternating_speakers);
    tcase_add_test(tc, reported_speech);
    tcase_add_test(tc, pronoun_after_new_subject);
    tcase_add_test(tc, unnamed_and_org_speakers);
    tcase_add_test(tc, long_title_role);
    tcase_add_test(tc, many_unbalanced_marks);
    tcase_add_test(tc, subject_apposition_and_age);
    tcase_add_test(tc, not_reported_speech);
    tcase_add_test(tc, short_name_expanded);
    tcase_add_test(tc, short_name_nearest_occurrence);
    tcase_add_test(tc, short_name_of_longer_entity);
    tcase_add_test(tc, short_names_recurring);
    tcase_add_test(tc, speaker_named_by_other_entity);
    tcase_add_test(tc, role_coreference);
    tcase_add_test(tc, headline_qa_and_clutter);
    tcase_add_test(tc, organisation_speaker_via);
    tcase_add_test(tc, many_speakers_linear);
    tcase_add_test(tc, stray_closers_do_not_overlap);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_main(quotes_suite());
}
