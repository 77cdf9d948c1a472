/* check_entities.c - entity rules (entities.c) and linking (link.c) on
 * sentences written by the team in Indonesian news style. */
#include "testutil.h"

/* The entity whose mentions include the exact surface text s, or NULL. */
static const nr_entity *ent_with(const nr_doc *d, const char *s, int *type)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < d->mentions.n; i++) {
        const nr_mention *m = &d->mentions.v[i];
        if (m->dropped || m->ent < 0 || m->end - m->start != n || memcmp(d->text + m->start, s, n) != 0)
            continue;
        if (type)
            *type = m->type;
        return &d->entities.v[m->ent];
    }
    return NULL;
}

static void expect(const nr_doc *d, const char *s, int type)
{
    int t = -1;
    const nr_entity *e = ent_with(d, s, &t);
    ck_assert_msg(e != NULL, "no mention \"%s\"", s);
    ck_assert_msg(t == type, "\"%s\" has type %s, want %s", s, nerid_type_name(t), nerid_type_name(type));
}

static void expect_none(const nr_doc *d, const char *s)
{
    ck_assert_msg(ent_with(d, s, NULL) == NULL, "unexpected mention \"%s\"", s);
}

static void expect_same(const nr_doc *d, const char *a, const char *b)
{
    const nr_entity *x = ent_with(d, a, NULL), *y = ent_with(d, b, NULL);
    ck_assert_msg(x && y && x == y, "\"%s\" and \"%s\" are not one entity", a, b);
}

/* The type of the mention starting at the nth (0-based) occurrence of s,
 * or -1 when no mention starts there. */
static int type_at(const nr_doc *d, const char *s, int nth)
{
    const char *p = d->text;
    for (int k = 0; p && k <= nth; k++)
        if ((p = strstr(k ? p + 1 : p, s)) == NULL)
            return -1;
    uint32_t off = (uint32_t)(p - d->text);
    for (size_t i = 0; i < d->mentions.n; i++)
        if (!d->mentions.v[i].dropped && d->mentions.v[i].start == off)
            return d->mentions.v[i].type;
    return -1;
}

START_TEST(title_then_name)
{
    nerid_result *r = tu_run("Sementara itu, Direktur Utama PT Sarana Tirta Lestari Hendra Wijaya Kusuma "
                             "mengatakan, pasokan air bersih aman. Menurut Hendra, debit sungai naik.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Hendra Wijaya Kusuma", NERID_PERSON);
    expect(d, "PT Sarana Tirta Lestari", NERID_COMPANY);
    expect_none(d, "Sementara");
    expect_same(d, "Hendra", "Hendra Wijaya Kusuma");
    const nr_entity *e = ent_with(d, "Hendra Wijaya Kusuma", NULL);
    ck_assert_ptr_nonnull(e->role);
    ck_assert_str_eq(e->role, "Direktur Utama PT Sarana Tirta Lestari");
    nerid_result_free(r);
}
END_TEST

START_TEST(cue_nickname_and_age)
{
    nerid_result *r = tu_run("Kepala Seksi Pelayanan Kantor Pajak Ratih Anggraeni Putri menjelaskan aturan baru. "
                             "\"Kami siap membantu,\" ujar Ratih di kantornya. Seorang pedagang, Suparno (59), "
                             "mengaku belum tahu aturan itu.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Ratih Anggraeni Putri", NERID_PERSON);
    expect(d, "Ratih", NERID_PERSON);
    expect_same(d, "Ratih", "Ratih Anggraeni Putri");
    expect(d, "Suparno", NERID_PERSON);
    nerid_result_free(r);
}
END_TEST

START_TEST(prefix_nickname)
{
    nerid_result *r = tu_run("Juru Bicara Yayasan Lentera Anak Marlinda Kusumastuti mengatakan, program berjalan. "
                             "\"Semua berjalan baik,\" kata Marlin.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Marlinda Kusumastuti", NERID_PERSON);
    expect(d, "Yayasan Lentera Anak", NERID_ORGANIZATION);
    expect_same(d, "Marlin", "Marlinda Kusumastuti");
    nerid_result_free(r);
}
END_TEST

START_TEST(forms_of_bodies_and_places)
{
    nerid_result *r = tu_run("Petugas Dinas Perhubungan Kota Sukamaju menutup Jalan Merak Jingga di Desa Tanjungsari, "
                             "Kecamatan Cibeureum. Warga melapor ke Polres Sukamaju dan Universitas Cahaya Timur "
                             "ikut membantu.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Dinas Perhubungan Kota Sukamaju", NERID_GOV_AGENCY);
    expect(d, "Jalan Merak Jingga", NERID_LOCATION);
    expect(d, "Desa Tanjungsari", NERID_LOCATION);
    expect(d, "Kecamatan Cibeureum", NERID_LOCATION);
    expect(d, "Polres Sukamaju", NERID_GOV_AGENCY);
    expect(d, "Universitas Cahaya Timur", NERID_ORGANIZATION);
    expect_none(d, "Petugas");
    nerid_result_free(r);
}
END_TEST

/* Two-word heads of entity_rules.tsv ("Rumah Sakit", "Gugus Tugas") open
 * names; entities.c looks them up only for a first word that opens such
 * a key (hprefix). */
START_TEST(two_word_heads)
{
    nerid_result *r = tu_run("Pasien dirujuk ke Rumah Sakit Harapan Bunda di Kota Sukamaju. Gugus Tugas "
                             "Percepatan Penanganan meminta warga tenang.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Rumah Sakit Harapan Bunda", NERID_LOCATION);
    expect(d, "Gugus Tugas Percepatan Penanganan", NERID_GOV_AGENCY);
    nerid_result_free(r);
}
END_TEST

START_TEST(acronym_definition)
{
    nerid_result *r = tu_run("Badan Pengelola Sampah Terpadu (BPST) menambah armada. Tahun ini BPST membeli "
                             "sepuluh truk baru.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Badan Pengelola Sampah Terpadu", NERID_GOV_AGENCY);
    expect_same(d, "BPST", "Badan Pengelola Sampah Terpadu");
    const nr_entity *e = ent_with(d, "BPST", NULL);
    ck_assert_str_eq(e->name, "Badan Pengelola Sampah Terpadu");
    nerid_result_free(r);
}
END_TEST

START_TEST(headline_and_sentence_initial)
{
    nerid_result *r = tu_run("Warga Keluhkan Banjir Rob Yang Tak Kunjung Surut\n\n"
                             "SEMARANG, KOMPAS.com - Banjir rob kembali merendam permukiman warga. "
                             "Keluhkan banjir, warga mendatangi kantor kelurahan. Yang tak kunjung surut "
                             "adalah genangan di jalan.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "SEMARANG", NERID_LOCATION);
    expect_none(d, "Warga Keluhkan Banjir Rob");
    expect_none(d, "Keluhkan");
    expect_none(d, "Banjir Rob");
    nerid_result_free(r);
}
END_TEST

START_TEST(byline_names)
{
    nerid_result *r = tu_run("Harga Cabai Naik\n\nPenulis: Dewi Sartika Lubis | Editor: Bonifasius Hartono\n\n"
                             "Harga cabai naik lagi.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Dewi Sartika Lubis", NERID_PERSON);
    expect(d, "Bonifasius Hartono", NERID_PERSON);
    nerid_result_free(r);
}
END_TEST

START_TEST(role_title_alone)
{
    /* Teten Masduki held the office on this date (officials.tsv) */
    nerid_result *r = tu_run("Menkop UKM meminta pelaku usaha mendaftarkan produknya.", "2023-07-26");
    const nr_doc *d = &r->doc;
    const nr_entity *e = ent_with(d, "Menkop UKM", NULL);
    ck_assert_msg(e != NULL, "title alone not linked");
    ck_assert_str_eq(e->name, "Teten Masduki");
    nerid_result_free(r);
}
END_TEST

START_TEST(qualified_district_names)
{
    /* "Anggi" is a kecamatan (match=qualified) and a given name: bare, it
     * is a place only in an article that calls it "Kecamatan Anggi" (also
     * before that, in the headline), and a cue makes it a person anyway */
    nerid_result *r = tu_run("\"Kami sudah mengungsi sejak pagi,\" ujar Anggi kepada wartawan. Rumah Anggi "
                             "terendam air setinggi lutut.", NULL);
    const nr_doc *d = &r->doc;
    ck_assert_int_eq(type_at(d, "Anggi", 0), NERID_PERSON);
    ck_assert_int_ne(type_at(d, "Anggi", 1), NERID_LOCATION);
    nerid_result_free(r);

    r = tu_run("Longsor Tutup Jalan Utama di Anggi\n\n"
               "MANOKWARI, KOMPAS.com - Longsor menutup jalan utama di Kecamatan Anggi, Kabupaten Pegunungan "
               "Arfak, Senin pagi. Warga dari Anggi dan desa sekitarnya bergotong royong membersihkan material. "
               "\"Kami bekerja sejak subuh,\" ujar Anggi, ketua pemuda setempat. Kepala desa, Pak Anggi, "
               "meminta warga waspada.", "2024-03-04");
    d = &r->doc;
    ck_assert_int_eq(type_at(d, "Anggi", 0), NERID_LOCATION);
    expect(d, "Kecamatan Anggi", NERID_LOCATION);
    ck_assert_int_eq(type_at(d, "Anggi", 2), NERID_LOCATION);
    expect_same(d, "Anggi", "Kecamatan Anggi");
    ck_assert_int_eq(type_at(d, "Anggi", 3), NERID_PERSON);
    ck_assert_int_eq(type_at(d, "Anggi", 4), NERID_PERSON);
    nerid_result_free(r);

    /* the second scan resumes where the first held "Anggi" back: the
     * matches before it stay, those after it are made again */
    r = tu_run("Warga Manokwari Mengungsi dari Anggi ke Manokwari\n\n"
               "MANOKWARI, KOMPAS.com - Longsor menutup jalan utama di Kecamatan Anggi, Senin pagi.",
               "2024-03-04");
    d = &r->doc;
    ck_assert_int_eq(type_at(d, "Manokwari", 0), NERID_LOCATION);
    ck_assert_int_eq(type_at(d, "Anggi", 0), NERID_LOCATION);
    ck_assert_int_eq(type_at(d, "Manokwari", 1), NERID_LOCATION);
    expect_same(d, "Anggi", "Kecamatan Anggi");
    expect_same(d, "Manokwari", "MANOKWARI");
    size_t ngaz = 0;
    for (size_t i = 0; i < d->mentions.n; i++)
        ngaz += strcmp(d->mentions.v[i].source, "gazetteer") == 0;
    ck_assert_uint_eq(ngaz, 6); /* no mention twice */
    nerid_result_free(r);
}
END_TEST

START_TEST(case_of_word_parts)
{
    /* the case rules of the gazetteers hold for each part of a hyphenated
     * or dotted word: "AS" only in capitals, a name only with a capital */
    nerid_result *r = tu_run("Hubungan AS-China memanas, kata pejabat Kemenkop-UKM di B.I. kemarin.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "AS", NERID_LOCATION);
    expect(d, "China", NERID_LOCATION);
    expect(d, "Kemenkop-UKM", NERID_MINISTRY);
    expect(d, "B.I.", NERID_GOV_AGENCY);
    nerid_result_free(r);

    r = tu_run("Hubungan As-China memanas, kata pejabat kemenkop-ukm di b.i. kemarin.", NULL);
    d = &r->doc;
    expect_none(d, "As");
    expect(d, "China", NERID_LOCATION);
    expect_none(d, "kemenkop-ukm");
    expect_none(d, "b.i.");
    nerid_result_free(r);
}
END_TEST

START_TEST(titles_bands_and_lowercase_heads)
{
    nerid_result *r = tu_run("Kelompok itu merilis album Silent River Morning pada 2019, lalu tampil bersama band "
                             "Sinar Harapan di desa Karangsari. Lagu \"Senja Biru Laut\" menjadi andalan mereka, "
                             "sementara Ratna Kumalasari memerankan \"Dewi Anjani\" dalam drama Pesona "
                             "Kepulauan Timur.", NULL);
    const nr_doc *d = &r->doc;
    expect_none(d, "Silent River Morning");
    expect_none(d, "Senja Biru Laut");
    expect(d, "Sinar Harapan", NERID_ORGANIZATION);
    expect(d, "desa Karangsari", NERID_LOCATION);
    expect(d, "Ratna Kumalasari", NERID_PERSON);
    expect(d, "Dewi Anjani", NERID_PERSON);
    nerid_result_free(r);
}
END_TEST

START_TEST(sentence_initial_names_and_common_words)
{
    /* a biography opens with the full name; a lone surname opens a
     * sentence before a verb; ordinary words at a sentence start
     * ("Komoditas", "Relawan") are no names, even before a verb */
    nerid_result *r = tu_run("Rendra Wicaksono Hadiprojo (lahir 3 Mei 1970) adalah pelukis asal Klaten. "
                             "Hadiprojo menerima penghargaan itu pada 2015. Komoditas beras menyumbang inflasi "
                             "terbesar. Relawan menerima bantuan logistik dari kecamatan.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Rendra Wicaksono Hadiprojo", NERID_PERSON);
    ck_assert_int_eq(type_at(d, "Hadiprojo", 1), NERID_PERSON);
    expect_same(d, "Hadiprojo", "Rendra Wicaksono Hadiprojo");
    expect_none(d, "Komoditas");
    expect_none(d, "Relawan");
    nerid_result_free(r);
}
END_TEST

START_TEST(organisations_by_tail_word_and_clubs)
{
    /* a tail word closes an organisation or company name; "Pers..." words
     * are football clubs, with their town; "Koperasi" opens a name */
    nerid_result *r = tu_run("Gelandang itu pernah membela Sriwijaya FC sebelum pindah ke Persebaya Surabaya pada "
                             "2019. Videonya diproduksi Cakrawala Records bersama Koperasi Tani Makmur.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Sriwijaya FC", NERID_ORGANIZATION);
    expect(d, "Persebaya Surabaya", NERID_ORGANIZATION);
    expect(d, "Cakrawala Records", NERID_COMPANY);
    expect(d, "Koperasi Tani Makmur", NERID_ORGANIZATION);
    nerid_result_free(r);

    /* a body written with its country is named with it */
    r = tu_run("Ia bergabung dengan Arema Indonesia pada musim itu, lalu pindah ke Persebaya.", NULL);
    d = &r->doc;
    expect(d, "Arema Indonesia", NERID_ORGANIZATION);
    expect_none(d, "Indonesia");
    nerid_result_free(r);
}
END_TEST

START_TEST(single_names_by_context)
{
    /* one unknown capitalised word mid-sentence is a person after a
     * relation word or a lower-case role, or before a prefixed verb; with
     * no such context it is nothing */
    nerid_result *r = tu_run("Rumah itu dibangun oleh Suparjo pada 1980. Tim asuhan pelatih Widodo tampil "
                             "menyerang, lalu Sutrisno membuat gol kedua. Kampanye Tirtonadi kurang berhasil.",
                             NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Suparjo", NERID_PERSON);
    expect(d, "Widodo", NERID_PERSON);
    expect(d, "Sutrisno", NERID_PERSON);
    expect_none(d, "Tirtonadi");
    nerid_result_free(r);
}
END_TEST

START_TEST(list_items_take_the_type)
{
    /* unknown names in a list with a known place or person; an appositive
     * before a verb and name suffixes are no list items */
    nerid_result *r = tu_run("Banjir merendam desa di Kabupaten Bandung, Cimareme, dan Kabupaten Garut. "
                             "Rapat itu dihadiri Hendra Wijaya Kusuma, Barnabas, dan Gito. "
                             "Di Surabaya, Wiranto mengatakan hal itu. "
                             "Pertemuan dengan Martin Luther King, Jr. berlangsung singkat.", NULL);
    const nr_doc *d = &r->doc;
    expect(d, "Cimareme", NERID_LOCATION);
    expect(d, "Barnabas", NERID_PERSON);
    expect(d, "Gito", NERID_PERSON);
    ck_assert_int_ne(type_at(d, "Wiranto", 0), NERID_LOCATION);
    expect_none(d, "Jr");
    nerid_result_free(r);
}
END_TEST

START_TEST(words_seen_in_lower_case)
{
    /* a capitalised word the document also writes in lower case is no
     * name word (entities.c keeps the lower-case words that have a
     * capitalised twin: both forms are asked about here) */
    nerid_result *r = tu_run("Warga melihat Tarno Wuryanto di sana kemarin sore.", NULL);
    expect(&r->doc, "Tarno Wuryanto", NERID_PERSON);
    nerid_result_free(r);
    r = tu_run("Warga melihat Tarno Wuryanto di sana kemarin sore. Mereka tarno bersama.", NULL);
    expect_none(&r->doc, "Tarno Wuryanto");
    nerid_result_free(r);
    r = tu_run("Mereka tarno bersama. Warga melihat Tarno Wuryanto di sana kemarin sore.", NULL);
    expect_none(&r->doc, "Tarno Wuryanto");
    nerid_result_free(r);
}
END_TEST

START_TEST(long_capitalised_input_is_linear)
{
    /* ~1 MB of capitalised words in one sentence per line, and one huge
     * run: must finish (no quadratic scan) and still find the names */
    const char *line = "Kemudian warga itu berkata kepada Sarto Wijaya, kata Budi Hartono.\n";
    size_t ll = strlen(line), lines = 8000, big = 60000;
    char *s = malloc(ll * lines + big * 6 + 64);
    size_t k = 0;
    for (size_t i = 0; i < lines; i++, k += ll)
        memcpy(s + k, line, ll);
    memcpy(s + k, "kata ", 5), k += 5;
    for (size_t i = 0; i < big; i++, k += 6)
        memcpy(s + k, "Sarto ", 6);
    s[k] = '\0';
    nerid_result *r = tu_run(s, NULL);
    ck_assert(r->doc.mentions.n >= 2 * lines);
    ck_assert(r->doc.entities.n >= 2);
    nerid_result_free(r);
    free(s);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("entities");
    TCase *c = tcase_create("rules");
    tcase_set_timeout(c, 120);
    tcase_add_test(c, title_then_name);
    tcase_add_test(c, cue_nickname_and_age);
    tcase_add_test(c, prefix_nickname);
    tcase_add_test(c, forms_of_bodies_and_places);
    tcase_add_test(c, two_word_heads);
    tcase_add_test(c, acronym_definition);
    tcase_add_test(c, headline_and_sentence_initial);
    tcase_add_test(c, byline_names);
    tcase_add_test(c, role_title_alone);
    tcase_add_test(c, qualified_district_names);
    tcase_add_test(c, case_of_word_parts);
    tcase_add_test(c, titles_bands_and_lowercase_heads);
    tcase_add_test(c, sentence_initial_names_and_common_words);
    tcase_add_test(c, organisations_by_tail_word_and_clubs);
    tcase_add_test(c, single_names_by_context);
    tcase_add_test(c, list_items_take_the_type);
    tcase_add_test(c, words_seen_in_lower_case);
    tcase_add_test(c, long_capitalised_input_is_linear);
    suite_add_tcase(s, c);
    return s;
}

int main(void)
{
    return tu_main(suite());
}
