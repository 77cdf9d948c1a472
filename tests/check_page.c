/* check_page.c - unit tests of page.c (page anatomy) on the team-written
 * page texts in tests/pages/ (they mimic several outlets' layouts; no real
 * article is copied) and on short strings. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

static char *page_text(const char *name)
{
    const char *top = getenv("TOP_SRCDIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/pages/%s", top ? top : "..", name);
    char *s = tu_slurp(path, NULL);
    ck_assert_msg(s != NULL, "cannot read %s", path);
    return s;
}

/* Flags of the token starting where `needle` first occurs in the text. */
static unsigned flags_at(const nr_doc *d, const char *needle)
{
    const char *p = strstr(d->text, needle);
    ck_assert_msg(p != NULL, "\"%s\" not in text", needle);
    size_t i = nr_tok_at(d, (uint32_t)(p - d->text));
    ck_assert(i < d->toks.n);
    return d->toks.v[i].flags;
}

/* Is there an ignored span with this reason covering `needle`? */
static bool ignored_as(const nr_doc *d, const char *needle, const char *reason)
{
    const char *p = strstr(d->text, needle);
    ck_assert_msg(p != NULL, "\"%s\" not in text", needle);
    uint32_t b = (uint32_t)(p - d->text), e = b + (uint32_t)strlen(needle);
    for (size_t i = 0; i < d->ignored.n; i++)
        if (d->ignored.v[i].start <= b && d->ignored.v[i].end >= e)
            return strcmp(d->ignored.v[i].reason, reason) == 0;
    return false;
}

static const char *dateline_word(const nr_doc *d)
{
    const nr_tok *t = &d->toks.v[d->meta.dateline_tok];
    return tu_str(d, t->start, t->end);
}

START_TEST(kompas_layout)
{
    char *s = page_text("warta_jakarta.txt");
    nerid_result *r = tu_run(s, NULL);
    const nr_doc *d = &r->doc;
    ck_assert_str_eq(d->meta.title, "Dinas Perhubungan Tambah Armada Bus Sekolah di Jakarta Timur");
    ck_assert_str_eq(d->meta.publisher, "Kompas.com");
    ck_assert_str_eq(d->meta.place, "JAKARTA");
    ck_assert_uint_eq(d->meta.authors.n, 1);
    ck_assert_str_eq(d->meta.authors.v[0], "Rahmat Hidayatullah");
    ck_assert_uint_eq(d->meta.editors.n, 1);
    ck_assert_str_eq(d->meta.editors.v[0], "Sinta Dewi Anggraini");
    ck_assert_str_eq(dateline_word(d), "Dinas");
    /* header: title, date line, caption and credit, dateline prefix */
    ck_assert(flags_at(d, "Dinas Perhubungan Tambah") & TF_HEADER);
    ck_assert(flags_at(d, "Kompas.com - 14/08") & TF_HEADER);
    ck_assert(flags_at(d, "KOMPAS.com/RAHMAT") & TF_HEADER);
    ck_assert(flags_at(d, "Rahmat Hidayatullah,") & TF_HEADER);
    ck_assert(!(flags_at(d, "Siswa menaiki") & (TF_HEADER | TF_CLUTTER))); /* caption */
    ck_assert(flags_at(d, "JAKARTA, KOMPAS.com") & TF_HEADER);
    ck_assert(!(flags_at(d, "Dinas Perhubungan DKI Jakarta menambah") & (TF_HEADER | TF_CLUTTER)));
    /* clutter */
    ck_assert(ignored_as(d, "Baca berita tanpa iklan", "promo"));
    ck_assert(ignored_as(d, "Baca juga: Tarif Bus Sekolah", "related"));
    ck_assert(ignored_as(d, "ADVERTISEMENT", "ad"));
    ck_assert(ignored_as(d, "SCROLL TO CONTINUE WITH CONTENT", "ad"));
    ck_assert(ignored_as(d, "Simak breaking news", "promo"));
    ck_assert(ignored_as(d, "Gubernur Banten Resmikan", "related"));
    ck_assert(ignored_as(d, "Harga Telur Ayam", "related"));
    ck_assert(flags_at(d, "Gubernur Banten") & TF_CLUTTER);
    /* a body paragraph mentioning "membaca juga" stays */
    ck_assert(!(flags_at(d, "Para orangtua") & TF_CLUTTER));
    ck_assert(!(flags_at(d, "Menurut Bambang, rute") & TF_CLUTTER));
    /* nothing found by the gazetteer inside clutter */
    for (size_t i = 0; i < d->mentions.n; i++)
        if (strcmp(d->mentions.v[i].source, "gazetteer") == 0)
            ck_assert(!(d->toks.v[d->mentions.v[i].tb].flags & TF_CLUTTER));
    nerid_result_free(r);
    free(s);
}
END_TEST

START_TEST(tribun_layout)
{
    char *s = page_text("kabar_medan.txt");
    nerid_result *r = tu_run(s, NULL);
    const nr_doc *d = &r->doc;
    ck_assert_str_eq(d->meta.title, "Pemkot Medan Perbaiki 40 Ruas Jalan Rusak Sebelum Musim Hujan");
    ck_assert_str_eq(d->meta.publisher, "Tribunnews");
    ck_assert_str_eq(d->meta.place, "MEDAN");
    /* "Penulis:" and "Laporan Wartawan" name the same person once */
    ck_assert_uint_eq(d->meta.authors.n, 1);
    ck_assert_str_eq(d->meta.authors.v[0], "Yohana Sitorus");
    ck_assert_uint_eq(d->meta.editors.n, 1);
    ck_assert_str_eq(d->meta.editors.v[0], "Andreas Pardede");
    ck_assert_str_eq(dateline_word(d), "Pemerintah");
    ck_assert(ignored_as(d, "Home » Regional", "navigation"));
    ck_assert(ignored_as(d, "Bobby Nasution Tinjau", "related"));
    ck_assert(ignored_as(d, "Banjir Rendam Perumahan", "related"));
    ck_assert(ignored_as(d, "Simak berita Tribunnews", "promo"));
    ck_assert(!(flags_at(d, "Ia menambahkan") & TF_CLUTTER));
    nerid_result_free(r);
    free(s);
}
END_TEST

START_TEST(unknown_outlet_layout)
{
    char *s = page_text("suluh_palu.txt");
    nerid_result *r = tu_run(s, NULL);
    const nr_doc *d = &r->doc;
    ck_assert_str_eq(d->meta.title, "Harga Bawang Merah di Palu Naik Jelang Natal");
    /* no publisher row: the outlet as written in the dateline */
    ck_assert_str_eq(d->meta.publisher, "Suluh Sulteng");
    ck_assert_str_eq(d->meta.place, "Palu");
    ck_assert_uint_eq(d->meta.authors.n, 1);
    ck_assert_str_eq(d->meta.authors.v[0], "Moh. Ikbal Lasamba");
    ck_assert_uint_eq(d->meta.editors.n, 1);
    ck_assert_str_eq(d->meta.editors.v[0], "Fitriani Daeng Caya");
    ck_assert_str_eq(dateline_word(d), "Harga");
    /* a one-item list heading: the body after it stays */
    ck_assert(ignored_as(d, "Stok Beras di Gudang", "related"));
    ck_assert(!(flags_at(d, "Kepala Dinas Perdagangan") & TF_CLUTTER));
    ck_assert(ignored_as(d, "Facebook Twitter WhatsApp", "share"));
    ck_assert(ignored_as(d, "bawang merah\nKota Palu", "tags"));
    nerid_result_free(r);
    free(s);
}
END_TEST

START_TEST(dateline_first_line)
{
    nerid_result *r = tu_run(
        "LOMBOK UTARA, KOMPAS — Pengelola kapal cepat dari Bali menuju Gili kembali beroperasi pekan ini.\n"
        "Hal itu diharapkan menggeliatkan pariwisata.\n", NULL);
    const nr_doc *d = &r->doc;
    ck_assert_str_eq(d->meta.place, "LOMBOK UTARA");
    ck_assert_str_eq(d->meta.publisher, "Kompas");
    ck_assert_ptr_null(d->meta.title);
    ck_assert_str_eq(dateline_word(d), "Pengelola");
    ck_assert(flags_at(d, "LOMBOK") & TF_HEADER);
    ck_assert(!(flags_at(d, "Pengelola") & TF_HEADER));
    nerid_result_free(r);
    /* outlet written first, and a short first sentence */
    r = tu_run("KOMPAS, BANYUWANGI — Sekda positif Covid-19.\nPelayanan publik tetap berjalan.\n", NULL);
    d = &r->doc;
    ck_assert_str_eq(d->meta.place, "BANYUWANGI");
    ck_assert_str_eq(d->meta.publisher, "Kompas");
    ck_assert_str_eq(dateline_word(d), "Sekda");
    nerid_result_free(r);
    /* an outlet without a publisher row, spelled as on its own header line */
    r = tu_run("Warta-Flores.com\nHarga Ikan Tongkol di Pasar Ende Turun Drastis\n"
               "WARTA-FLORES.COM, ENDE - Harga ikan tongkol di Pasar Mbongawani turun sejak Senin.\n", NULL);
    d = &r->doc;
    ck_assert_str_eq(d->meta.publisher, "Warta-Flores.com");
    ck_assert_str_eq(d->meta.place, "ENDE");
    ck_assert_str_eq(d->meta.title, "Harga Ikan Tongkol di Pasar Ende Turun Drastis");
    nerid_result_free(r);
}
END_TEST

START_TEST(article_text_kept)
{
    /* lines that start like clutter but are the article's sentences */
    nerid_result *r = tu_run(
        "Jakarta, CNN Indonesia -- Pemerintah menyiapkan subsidi pupuk untuk petani di tiga provinsi mulai bulan depan.\n"
        "Baca juga: pedoman penyaluran yang diterbitkan Kementerian Pertanian pekan lalu menyebut petani "
        "harus terdaftar dalam kelompok tani, memiliki kartu tani, menggarap lahan paling luas dua hektare, "
        "dan melapor kepada penyuluh di kecamatan masing-masing sebelum musim tanam dimulai pada "
        "pertengahan bulan depan agar pupuk tidak salah sasaran.\n"
        "Baca Juga\n"
        "Petani Keluhkan Harga Pupuk Nonsubsidi\n"
        "\"Kami minta petani melapor bila kuota kurang,\" kata Menteri Pertanian.\n", NULL);
    const nr_doc *d = &r->doc;
    ck_assert_str_eq(d->meta.publisher, "CNN Indonesia");
    ck_assert(!(flags_at(d, "Baca juga: pedoman") & TF_CLUTTER));
    ck_assert(ignored_as(d, "Petani Keluhkan", "related"));
    ck_assert(!(flags_at(d, "Kami minta") & TF_CLUTTER));
    ck_assert_uint_eq(d->ignored.n, 1);
    nerid_result_free(r);
}
END_TEST

START_TEST(plain_text)
{
    nerid_result *r = tu_run("Presiden meresmikan bendungan baru di Jawa Tengah pada Senin pagi.\n", NULL);
    const nr_doc *d = &r->doc;
    ck_assert_ptr_null(d->meta.title);
    ck_assert_ptr_null(d->meta.place);
    ck_assert_ptr_null(d->meta.publisher);
    ck_assert_uint_eq(d->ignored.n, 0);
    ck_assert_uint_eq(d->meta.dateline_tok, 0);
    for (size_t i = 0; i < d->toks.n; i++)
        ck_assert(!(d->toks.v[i].flags & (TF_HEADER | TF_CLUTTER)));
    nerid_result_free(r);
}
END_TEST

/* A user folder's page.tsv adds markers without recompiling. */
static char user_dir[] = "/tmp/nerid-page-XXXXXX";

static void write_user_page(const char *body)
{
    char path[256];
    snprintf(path, sizeof path, "%s/page.tsv", user_dir);
    FILE *f = fopen(path, "w");
    ck_assert(f != NULL);
    fputs("kind\toutlet\tlabel\tpattern\n", f);
    fputs(body, f);
    fclose(f);
}

static void remove_user_page(void)
{
    char path[256];
    snprintf(path, sizeof path, "%s/page.tsv", user_dir);
    unlink(path);
    rmdir(user_dir);
}

/* A model of the shipped data plus a user folder whose page.tsv holds
 * `rows` (user_dir; remove_user_page cleans it up). */
static nerid_model *user_model(const char *rows)
{
    strcpy(user_dir, "/tmp/nerid-page-XXXXXX");
    ck_assert(mkdtemp(user_dir) != NULL);
    write_user_page(rows);
    const char *dirs[] = {user_dir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, 0, &err);
    ck_assert_msg(m != NULL, "%s", err.message);
    return m;
}

START_TEST(user_markers_merged)
{
    nerid_model *m = user_model("line\t*\tpromo\t^Dukung jurnalisme warga\\b\n"
                    "publisher\t*\tSuluh Sulteng\t(?i)^suluh ?sulteng$\n");
    nerid_error err;
    const char *text = "Palu, SULUH SULTENG - Warga Kelurahan Talise membersihkan pantai bersama relawan pada Minggu pagi.\n"
                       "Dukung jurnalisme warga dengan berlangganan.\n"
                       "Baca juga: Pantai Talise Kembali Dibuka\n"
                       "\xC2\xA9 2024 Suluh Sulteng\n";
    nerid_options o;
    nerid_options_init(&o);
    nerid_result *r = nerid_extract(m, text, strlen(text), "u", &o, &err);
    ck_assert(r != NULL);
    const nr_doc *d = &r->doc;
    ck_assert_str_eq(d->meta.publisher, "Suluh Sulteng");
    ck_assert(ignored_as(d, "Dukung jurnalisme warga", "promo"));
    ck_assert(ignored_as(d, "Baca juga: Pantai", "related")); /* shipped rows kept */
    ck_assert(ignored_as(d, "\xC2\xA9 2024", "boilerplate")); /* a non-ASCII first byte */
    nerid_result_free(r);
    nerid_model_free(m);
    remove_user_page();
}
END_TEST

/* More clutter rows than page.c indexes by first byte: all still apply,
 * in file order. */
START_TEST(many_user_markers)
{
    strcpy(user_dir, "/tmp/nerid-page-XXXXXX");
    ck_assert(mkdtemp(user_dir) != NULL);
    static char body[16384];
    size_t k = 0;
    for (int i = 0; i < 150; i++)
        k += (size_t)snprintf(body + k, sizeof body - k, "line\t*\tpromo%d\t^Dukung program %d\\b\n", i, i);
    write_user_page(body);
    const char *dirs[] = {user_dir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, 0, &err);
    ck_assert_msg(m != NULL, "%s", err.message);
    const char *text = "Palu - Warga Kelurahan Talise membersihkan pantai bersama relawan pada Minggu pagi.\n"
                       "Dukung program 149 dengan berlangganan.\n"
                       "Baca juga: Pantai Talise Kembali Dibuka\n";
    nerid_options o;
    nerid_options_init(&o);
    nerid_result *r = nerid_extract(m, text, strlen(text), "u", &o, &err);
    ck_assert(r != NULL);
    const nr_doc *d = &r->doc;
    ck_assert(ignored_as(d, "Dukung program 149", "promo149"));
    ck_assert(ignored_as(d, "Baca juga: Pantai", "related"));
    nerid_result_free(r);
    nerid_model_free(m);
    remove_user_page();
}
END_TEST

/* A line is tried against an anchored rule only when its first byte can
 * start a match (found at load from the pattern): caseless rules, rules
 * opening with alternatives, a class or a digit still match. */
START_TEST(first_byte_filter)
{
    nerid_model *m = user_model("line\t*\tpromo\t(?i)^dukung jurnalisme\\b\n"
                    "line\t*\tsocial\t^(?:Ikuti|Simak) kami\\b\n"
                    "line\t*\tcomments\t^\\d+ komentar$\n"
                    "line\t*\tquiz\t^[\\p{Lu}\\d]\\S* kuis\\b\n");
    nerid_error err;
    const char *text = "Palu - Warga Kelurahan Talise membersihkan pantai bersama relawan pada Minggu pagi.\n"
                       "DUKUNG JURNALISME warga dengan berlangganan.\n"
                       "dukung jurnalisme warga sekarang juga.\n"
                       "Simak kami di media sosial.\n"
                       "12 komentar\n"
                       "Ayo kuis berhadiah hari ini.\n"
                       "9x kuis berhadiah hari ini.\n"
                       "Relawan lain datang dari Donggala untuk membantu warga membersihkan pantai.\n";
    nerid_options o;
    nerid_options_init(&o);
    nerid_result *r = nerid_extract(m, text, strlen(text), "u", &o, &err);
    ck_assert(r != NULL);
    const nr_doc *d = &r->doc;
    ck_assert(ignored_as(d, "DUKUNG JURNALISME", "promo"));
    ck_assert(ignored_as(d, "dukung jurnalisme", "promo"));
    ck_assert(ignored_as(d, "Simak kami", "social"));
    ck_assert(ignored_as(d, "12 komentar", "comments"));
    ck_assert(ignored_as(d, "Ayo kuis", "quiz"));
    ck_assert(ignored_as(d, "9x kuis", "quiz"));
    ck_assert(!ignored_as(d, "Relawan lain", "promo"));
    nerid_result_free(r);
    nerid_model_free(m);
    remove_user_page();
}
END_TEST

/* A line is tried against an anchored rule only when it starts with one
 * of the literal prefixes read from the pattern: rules still match with
 * (?i) in any case (carried into later alternatives, as PCRE2 does), with
 * the Kelvin sign for a caseless "k", after optional or repeated parts,
 * escaped punctuation and lookaheads, with a one-byte prefix, with a
 * brace PCRE2 reads as a literal; a rule
 * without prefixes still matches a line opening with a non-ASCII
 * character; lines shorter than a prefix or opening with another
 * character do not. */
START_TEST(literal_prefix_filter)
{
    nerid_model *m = user_model("line\t*\tvisit\t(?i)^kunjungi kami\\b\n"
                    "line\t*\tsignup\t^(?:Ayo(?i) gabung|daftar) sekarang$\n"
                    "line\t*\tlaugh\t^(?:ha)+ lucu$\n"
                    "line\t*\tquiz\t^x?kuis harian$\n"
                    "line\t*\tad\t^\\[Iklan\\]$\n"
                    "line\t*\tcheer\t^(?=Hore)\\w+ besar$\n"
                    "line\t*\tfresh\t^(?:X|Kabar)\\s+terkini$\n"
                    "line\t*\tquoted\t^\\x{201C}Iklan\\b\n"
                    "line\t*\tbrace\t^Diskon{x} (?:besar|kecil)$\n");
    nerid_error err;
    const char *text = "Palu - Warga Kelurahan Talise membersihkan pantai bersama relawan pada Minggu pagi.\n"
                       "KUNJUNGI KAMI di pameran.\n"
                       "\xE2\x84\xAAunjungi kami di pameran.\n"
                       "Ayo GABUNG sekarang\n"
                       "DAFTAR sekarang\n"
                       "hahaha lucu\n"
                       "kuis harian\n"
                       "[Iklan]\n"
                       "Hore besar\n"
                       "Ayo\n"
                       "X terkini\n"
                       "Diskon{x} besar\n"
                       "\xE2\x80\x9CIklan\xE2\x80\x9D\n"
                       "\xE2\x80\x9CKunjungi kami,\xE2\x80\x9D kata Lurah Talise kepada warga yang datang.\n"
                       "Relawan lain datang dari Donggala untuk membantu warga membersihkan pantai.\n";
    nerid_options o;
    nerid_options_init(&o);
    nerid_result *r = nerid_extract(m, text, strlen(text), "u", &o, &err);
    ck_assert(r != NULL);
    const nr_doc *d = &r->doc;
    ck_assert(ignored_as(d, "KUNJUNGI KAMI", "visit"));
    ck_assert(ignored_as(d, "\xE2\x84\xAAunjungi kami", "visit"));
    ck_assert(ignored_as(d, "Ayo GABUNG", "signup"));
    ck_assert(ignored_as(d, "DAFTAR sekarang", "signup"));
    ck_assert(ignored_as(d, "hahaha lucu", "laugh"));
    ck_assert(ignored_as(d, "kuis harian", "quiz"));
    ck_assert(ignored_as(d, "[Iklan]", "ad"));
    ck_assert(ignored_as(d, "Hore besar", "cheer"));
    ck_assert(ignored_as(d, "X terkini", "fresh"));
    ck_assert(ignored_as(d, "Diskon{x}", "brace")); /* "{x}" is literal */
    ck_assert(ignored_as(d, "\xE2\x80\x9CIklan", "quoted"));
    ck_assert(!ignored_as(d, "Ayo\n", "signup"));
    ck_assert(!ignored_as(d, "Kunjungi kami,", "visit"));
    ck_assert(!ignored_as(d, "Relawan lain", "visit"));
    nerid_result_free(r);
    nerid_model_free(m);
    remove_user_page();
}
END_TEST

/* An unanchored rule whose literal part follows a bounded lead ("\s-\s"
 * before "langganan") is tried only at the starts just before where the
 * subject holds that literal: it still matches after a multi-byte dash,
 * in any case, with the Kelvin sign, at a later occurrence when an
 * earlier one lacks the lead, and not where the lead is missing. */
START_TEST(unanchored_literal_search)
{
    nerid_model *m = user_model("line\t*\tpromo\t\\s[-\xE2\x80\x93]\\s(?i)langganan\\b\n"
                    "line\t*\tnews\t(?i)\\b\\d{1,2}\\s?-\\s?kabar\\b\n");
    nerid_error err;
    const char *text = "Palu - Warga Kelurahan Talise membersihkan pantai bersama relawan pada Minggu pagi.\n"
                       "Promo spesial - LANGGANAN sekarang\n"
                       "Promo hemat \xE2\x80\x93 langganan bulanan\n"
                       "Langganan pertama - langganan kedua\n"
                       "Langganan tanpa jeda hari ini\n"
                       "Edisi 12-\xE2\x84\xAA" "abar pagi\n"
                       "Edisi -kabar siang\n"
                       "Relawan lain datang dari Donggala untuk membantu warga membersihkan pantai.\n";
    nerid_options o;
    nerid_options_init(&o);
    nerid_result *r = nerid_extract(m, text, strlen(text), "u", &o, &err);
    ck_assert(r != NULL);
    const nr_doc *d = &r->doc;
    ck_assert(ignored_as(d, "Promo spesial", "promo"));
    ck_assert(ignored_as(d, "Promo hemat", "promo"));
    ck_assert(ignored_as(d, "Langganan pertama", "promo"));
    ck_assert(!ignored_as(d, "Langganan tanpa", "promo"));
    ck_assert(ignored_as(d, "Edisi 12", "news"));
    ck_assert(!ignored_as(d, "Edisi -kabar", "news"));
    nerid_result_free(r);
    nerid_model_free(m);
    remove_user_page();
}
END_TEST

/* A rule without literal prefixes is tried only on lines holding one of
 * the strings a mandatory part of it needs (read from the pattern): one
 * character of several alternatives, non-ASCII ones included, inside a
 * repeated group; a caseless letter needs nothing. */
START_TEST(needed_string_filter)
{
    nerid_model *m = user_model("line\t*\tcrumbs\t^\\p{L}+(?:\\s+(?:~|\xC2\xB7|\\+)\\s+\\p{L}+)+$\n"
                    "line\t*\tshout\t^\\p{Lu}+(?i:k)\\p{Lu}*!$\n");
    nerid_error err;
    const char *text = "Palu - Warga Kelurahan Talise membersihkan pantai bersama relawan pada Minggu pagi.\n"
                       "Warta \xC2\xB7 Daerah\n"
                       "Warta ~ Kota + Palu\n"
                       "Warta dan Daerah\n"
                       "HORE\xE2\x84\xAA!\n"
                       "Relawan lain datang dari Donggala untuk membantu warga membersihkan pantai.\n";
    nerid_options o;
    nerid_options_init(&o);
    nerid_result *r = nerid_extract(m, text, strlen(text), "u", &o, &err);
    ck_assert(r != NULL);
    const nr_doc *d = &r->doc;
    ck_assert(ignored_as(d, "Warta \xC2\xB7 Daerah", "crumbs"));
    ck_assert(ignored_as(d, "Warta ~ Kota", "crumbs"));
    ck_assert(!ignored_as(d, "Warta dan Daerah", "crumbs"));
    ck_assert(ignored_as(d, "HORE", "shout"));
    nerid_result_free(r);
    nerid_model_free(m);
    remove_user_page();
}
END_TEST

START_TEST(bad_pattern_reported)
{
    strcpy(user_dir, "/tmp/nerid-page-XXXXXX");
    ck_assert(mkdtemp(user_dir) != NULL);
    write_user_page("line\t*\tpromo\t^Dukung (jurnalisme\n");
    const char *dirs[] = {user_dir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, 0, &err);
    ck_assert_ptr_null(m);
    ck_assert_msg(strstr(err.message, "page.tsv:2:") != NULL, "%s", err.message);
    write_user_page("dateline\t*\t-\t^(\\p{Lu}+), KABAR -\n");
    m = nerid_model_load(dirs, 1, 0, &err);
    ck_assert_ptr_null(m);
    ck_assert_msg(strstr(err.message, "place") != NULL, "%s", err.message);
    remove_user_page();
}
END_TEST

static Suite *page_suite(void)
{
    Suite *s = suite_create("page");
    TCase *tc = tcase_create("page");
    tcase_add_test(tc, kompas_layout);
    tcase_add_test(tc, tribun_layout);
    tcase_add_test(tc, unknown_outlet_layout);
    tcase_add_test(tc, dateline_first_line);
    tcase_add_test(tc, article_text_kept);
    tcase_add_test(tc, plain_text);
    tcase_add_test(tc, user_markers_merged);
    tcase_add_test(tc, first_byte_filter);
    tcase_add_test(tc, literal_prefix_filter);
    tcase_add_test(tc, unanchored_literal_search);
    tcase_add_test(tc, needed_string_filter);
    tcase_add_test(tc, many_user_markers);
    tcase_add_test(tc, bad_pattern_reported);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tu_main(page_suite()); }
