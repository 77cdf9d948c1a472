/* check_core.c - unit tests of the foundation stages: input (UTF-8 and
 * offset maps), tokenizer, normalization, sentence/paragraph splitter,
 * gazetteer loading and matching, the JSON writer and the public API. */
#include <jansson.h>
#include <stdlib.h>
#include <unistd.h>

#include "testutil.h"

/* A model over tests/data/gaz-small only. */
static nerid_model *small_model(void)
{
    static nerid_model *m;
    if (!m) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/tests/data/gaz-small", getenv("TOP_SRCDIR"));
        const char *dirs[] = {dir};
        nerid_error err;
        m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
        if (!m) {
            fprintf(stderr, "%s\n", err.message);
            abort();
        }
    }
    return m;
}

static nerid_result *run_with(const nerid_model *m, const char *text, const char *date)
{
    nerid_options o;
    nerid_options_init(&o);
    o.ref_date = date;
    nerid_error err;
    nerid_result *r = nerid_extract(m, text, strlen(text), "t", &o, &err);
    ck_assert_msg(r != NULL, "%s", err.message);
    return r;
}

/* The tokens of text joined by '|'. */
static const char *toks(const char *text)
{
    static char out[2048];
    nerid_result *r = run_with(small_model(), text, NULL);
    const nr_doc *d = &r->doc;
    size_t k = 0;
    for (size_t i = 0; i < d->toks.n && k < sizeof out - 64; i++) {
        if (i)
            out[k++] = '|';
        size_t n = d->toks.v[i].end - d->toks.v[i].start;
        memcpy(out + k, d->text + d->toks.v[i].start, n);
        k += n;
    }
    out[k] = '\0';
    nerid_result_free(r);
    return out;
}

START_TEST(tokenizer_indonesian_words)
{
    ck_assert_str_eq(toks("upaya-upaya Kemenkop-UKM ujarnya."), "upaya-upaya|Kemenkop-UKM|ujarnya|.");
    ck_assert_str_eq(toks("Jum'at, Ma'ruf Amin"), "Jum'at|,|Ma'ruf|Amin");
    ck_assert_str_eq(toks("COVID-19 e-commerce"), "COVID-19|e-commerce");
    /* a separator that no letter or digit follows ends the word */
    ck_assert_str_eq(toks("kata-- 100.- Ma'- x.\"y\" 5,- e-” a.b., ab.,c 7/ 9:."),
                     "kata|-|-|100|.|-|Ma|'|-|x|.|\"|y|\"|5|,|-|e|-|”|a.b.|,|ab|.|,|c|7|/|9|:|.");
    /* and one that a letter beyond ASCII follows may continue it */
    ck_assert_str_eq(toks("Jum'át pra-Élysée 3-É"), "Jum'át|pra-Élysée|3-É");
}
END_TEST

START_TEST(tokenizer_numbers_and_dates)
{
    ck_assert_str_eq(toks("pukul 10.00 WIB"), "pukul|10.00|WIB");
    ck_assert_str_eq(toks("Rabu (26/7/2023)"), "Rabu|(|26/7/2023|)");
    ck_assert_str_eq(toks("Rp 4,28 miliar"), "Rp|4,28|miliar");
    ck_assert_str_eq(toks("15:11 WIB, 2014-2019"), "15:11|WIB|,|2014-2019");
    ck_assert_str_eq(toks("skor 2-1."), "skor|2-1|.");
}
END_TEST

START_TEST(tokenizer_acronyms_urls)
{
    ck_assert_str_eq(toks("a.n. Budi, U.S. Army"), "a.n.|Budi|,|U.S.|Army");
    ck_assert_str_eq(toks("JAKARTA, KOMPAS.com - Liputan6.com"), "JAKARTA|,|KOMPAS.com|-|Liputan6.com");
    ck_assert_str_eq(toks("lihat https://www.whatsapp.com/channel/0029Va. Kirim ke redaksi@kompas.com."),
                     "lihat|https://www.whatsapp.com/channel/0029Va|.|Kirim|ke|redaksi@kompas.com|.");
    /* two addresses (the scan's next '@' moves on), a capitalized "Www.",
     * an '@' too far from a word to make it an address */
    ck_assert_str_eq(toks("a@b.com atau c.d@e.co.id, Www.Detik.com. hubungi kami di kantor pusat @akun"),
                     "a@b.com|atau|c.d@e.co.id|,|Www.Detik.com|.|hubungi|kami|di|kantor|pusat|@|akun");
    /* a period between two words is not a web name unless a known TLD */
    ck_assert_str_eq(toks("akhir.Namun"), "akhir|.|Namun");
}
END_TEST

START_TEST(tokenizer_punctuation)
{
    /* every ASCII punctuation character is a token of its own, the
     * quotes are quotes, "..." (or more dots) is one token but ".." two */
    ck_assert_str_eq(toks("Tunggu... lalu?! \"Ya\" (a) [b] x.. y.... #1 ~z"),
                     "Tunggu|...|lalu|?|!|\"|Ya|\"|(|a|)|[|b|]|x|.|.|y|....|#|1|~|z");
    nerid_result *r = run_with(small_model(), "'a' \"b\" ; -", NULL);
    const nr_doc *d = &r->doc;
    ck_assert_uint_eq(d->toks.n, 8);
    ck_assert_int_eq(d->toks.v[0].kind, TK_QUOTE);
    ck_assert_int_eq(d->toks.v[2].kind, TK_QUOTE);
    ck_assert_int_eq(d->toks.v[3].kind, TK_QUOTE);
    ck_assert_int_eq(d->toks.v[6].kind, TK_PUNCT);
    ck_assert_int_eq(d->toks.v[7].kind, TK_PUNCT);
    ck_assert(d->toks.v[6].flags & TF_SPACE);
    nerid_result_free(r);
}
END_TEST

START_TEST(tokenizer_quotes_and_flags)
{
    nerid_result *r = run_with(small_model(), "“Kami siap,” kata Fiki.\nPARA Baru", NULL);
    const nr_doc *d = &r->doc;
    /* “ Kami siap , ” kata Fiki . PARA Baru */
    ck_assert_uint_eq(d->toks.n, 10);
    ck_assert_int_eq(d->toks.v[0].kind, TK_QUOTE);
    ck_assert_int_eq(d->toks.v[4].kind, TK_QUOTE);
    ck_assert(d->toks.v[1].flags & TF_CAP);
    ck_assert(d->toks.v[8].flags & TF_ALLCAPS);
    ck_assert(d->toks.v[8].flags & TF_PARA);
    ck_assert(!(d->toks.v[7].flags & TF_PARA));
    ck_assert(!(d->toks.v[9].flags & TF_ALLCAPS));
    nerid_result_free(r);
}
END_TEST

/* The case and digit flags of each token of text, as "C" (TF_CAP), "A"
 * (TF_ALLCAPS), "D" (TF_DIGIT) or "-", joined by '|'. */
static const char *case_flags_of(const char *text)
{
    static char out[512];
    nerid_result *r = run_with(small_model(), text, NULL);
    const nr_doc *d = &r->doc;
    size_t k = 0;
    for (size_t i = 0; i < d->toks.n && k < sizeof out - 8; i++) {
        unsigned f = d->toks.v[i].flags;
        if (i)
            out[k++] = '|';
        if (!(f & (TF_CAP | TF_ALLCAPS | TF_DIGIT)))
            out[k++] = '-';
        if (f & TF_CAP)
            out[k++] = 'C';
        if (f & TF_ALLCAPS)
            out[k++] = 'A';
        if (f & TF_DIGIT)
            out[k++] = 'D';
    }
    out[k] = '\0';
    nerid_result_free(r);
    return out;
}

START_TEST(tokenizer_case_flags)
{
    /* lower case; a capital first; a capital later; a digit before the
     * first letter; all capitals (two or more letters); one capital */
    ck_assert_str_eq(case_flags_of("kata Jakarta iPhone 4G 3Com KPK A b2B"),
                     "-|C|-|CD|CD|CA|C|D");
    ck_assert_str_eq(case_flags_of("19MARET x1 mBA Éric ÉTAT"), "CAD|D|-|C|CA");
}
END_TEST

START_TEST(normalize_fold)
{
    nr_buf b = {0};
    nr_fold(&b, "Kémenkop–UKM “Ayo”  Ｔｅｓｔ", strlen("Kémenkop–UKM “Ayo”  Ｔｅｓｔ"));
    ck_assert_str_eq(b.s, "kemenkop-ukm \"ayo\" test");
    nr_buf_free(&b);
    /* the view: the tokens' folds one after another, ended by a NUL,
     * whichever path (ASCII copy or nr_fold) folded the last token */
    const char *texts[] = {"Kata DAN, Kémenkop", "Kémenkop lalu KATA.", ""};
    const char *views[] = {"katadan,kemenkop", "kemenkoplalukata.", ""};
    for (int k = 0; k < 3; k++) {
        nerid_result *r = run_with(small_model(), texts[k], NULL);
        const nr_doc *d = &r->doc;
        if (d->view.s) {
            ck_assert_uint_eq(d->view.n, strlen(views[k]));
            ck_assert_str_eq(d->view.s, views[k]);
        } else {
            ck_assert_str_eq(views[k], "");
        }
        nerid_result_free(r);
    }
}
END_TEST

/* Sentences of text, joined by " || ". */
static const char *sents(const char *text)
{
    static char out[2048];
    nerid_result *r = run_with(tu_model(), text, NULL); /* abbreviations.tsv */
    const nr_doc *d = &r->doc;
    size_t k = 0;
    for (size_t i = 0; i < d->sents.n; i++) {
        if (i) {
            memcpy(out + k, " || ", 4);
            k += 4;
        }
        size_t n = d->sents.v[i].end - d->sents.v[i].start;
        memcpy(out + k, d->text + d->sents.v[i].start, n);
        k += n;
    }
    out[k] = '\0';
    nerid_result_free(r);
    return out;
}

START_TEST(segment_abbreviations)
{
    ck_assert_str_eq(sents("Prof. Dr. Budi hadir di Jl. Sudirman No. 5 Kab. Bogor. Ia datang."),
                     "Prof. Dr. Budi hadir di Jl. Sudirman No. 5 Kab. Bogor. || Ia datang.");
    ck_assert_str_eq(sents("Ada beras, gula, dll. yang dijual. Harga naik."),
                     "Ada beras, gula, dll. yang dijual. || Harga naik.");
    ck_assert_str_eq(sents("Teguh P. Nugroho hadir. Dia bicara."), "Teguh P. Nugroho hadir. || Dia bicara.");
}
END_TEST

START_TEST(segment_quotes_and_paragraphs)
{
    ck_assert_str_eq(sents("\"Kami siap.\" Kata dia lagi.\nBaris baru tanpa titik\nBaris lain"),
                     "\"Kami siap.\" || Kata dia lagi. || Baris baru tanpa titik || Baris lain");
    nerid_result *r = run_with(small_model(), "Satu. Dua.\n\nTiga.", NULL);
    ck_assert_uint_eq(r->doc.paras.n, 2);
    ck_assert_uint_eq(r->doc.sents.n, 3);
    nerid_result_free(r);
}
END_TEST

START_TEST(input_offsets)
{
    /* é is 2 bytes/1 cp/1 unit, 😀 is 4 bytes/1 cp/2 units */
    const char *t = "é😀 Jakarta";
    nerid_result *r = run_with(small_model(), t, NULL);
    ck_assert_uint_eq(nr_offset_cp(&r->doc, 7), 3);
    ck_assert_uint_eq(nr_offset_u16(&r->doc, 7), 4);
    ck_assert_uint_eq(nr_offset_cp(&r->doc, strlen(t)), 10);
    ck_assert_uint_eq(nr_offset_u16(&r->doc, strlen(t)), 11);
    nerid_result_free(r);
    /* long text: checkpoints every 64 bytes */
    char big[1000];
    for (int i = 0; i < 999; i++)
        big[i] = (i % 3 == 0) ? 'a' : 'b';
    big[999] = '\0';
    memcpy(big + 500, "\xC3\xA9", 2);
    r = run_with(small_model(), big, NULL);
    ck_assert_uint_eq(nr_offset_cp(&r->doc, 600), 599);
    ck_assert_uint_eq(nr_offset_u16(&r->doc, 999), 998);
    nerid_result_free(r);
}
END_TEST

START_TEST(input_invalid_utf8_position)
{
    const char bad[] = "Baris satu\nJakarta \xC3\x28 rusak";
    nerid_error err;
    nerid_result *r = nerid_extract(small_model(), bad, sizeof bad - 1, "x.txt", NULL, &err);
    ck_assert_ptr_null(r);
    ck_assert_int_eq(err.code, NERID_ERR_UTF8);
    ck_assert_int_eq(err.offset, 19);
    ck_assert_int_eq(err.line, 2);
    ck_assert_int_eq(err.column, 9);
    ck_assert_msg(strstr(err.message, "x.txt:2:9") != NULL, "%s", err.message);
    /* overlong and surrogate forms */
    ck_assert_ptr_null(nerid_extract(small_model(), "\xC0\xAF", 2, "o", NULL, &err));
    ck_assert_ptr_null(nerid_extract(small_model(), "\xED\xA0\x80", 3, "s", NULL, &err));
    ck_assert_ptr_null(nerid_extract(small_model(), "\xF4\x90\x80\x80", 4, "big", NULL, &err));
    /* size limit */
    nerid_options o;
    nerid_options_init(&o);
    o.max_bytes = 4;
    ck_assert_ptr_null(nerid_extract(small_model(), "Jakarta", 7, "l", &o, &err));
    ck_assert_int_eq(err.code, NERID_ERR_TOO_BIG);
}
END_TEST

/* Mentions as "type:text" joined by '|'. */
static const char *mentions(const char *text, const char *date)
{
    static char out[2048];
    nerid_result *r = run_with(small_model(), text, date);
    const nr_doc *d = &r->doc;
    size_t k = 0;
    out[0] = '\0';
    for (size_t i = 0; i < d->mentions.n; i++) {
        const nr_mention *m = &d->mentions.v[i];
        if (m->dropped || m->entry < 0)
            continue;
        k += (size_t)snprintf(out + k, sizeof out - k, "%s%s:%s", k ? "|" : "",
                              nerid_type_name((nerid_type)m->type), tu_str(d, m->start, m->end));
    }
    nerid_result_free(r);
    return out;
}

START_TEST(gazetteer_longest_and_variants)
{
    ck_assert_str_eq(mentions("Pihak Kemenkop-UKM dan Kemenkop UKM serta KemenkopUKM bertemu TikTok Indonesia.", NULL),
                     "MINISTRY:Kemenkop-UKM|MINISTRY:Kemenkop UKM|MINISTRY:KemenkopUKM|COMPANY:TikTok Indonesia");
    ck_assert_str_eq(mentions("Kementerian Koperasi dan\nUKM memanggil TikTok Shop.", NULL),
                     "MINISTRY:Kementerian Koperasi dan\nUKM|COMPANY:TikTok Shop");
}
END_TEST

START_TEST(gazetteer_case_rules)
{
    /* short all-capital aliases only in capitals; names need a capital */
    ck_assert_str_eq(mentions("Ekspor ke AS naik, as roda patah, BI dan bi.", NULL), "LOCATION:AS|GOV_AGENCY:BI");
    ck_assert_str_eq(mentions("PAN menolak, pan di dapur.", NULL), "ORGANIZATION:PAN");
    ck_assert_str_eq(mentions("Batu besar jatuh di jalan batu.", NULL), "LOCATION:Batu");
    /* a listed lower-case form matches as written */
    ck_assert_str_eq(mentions("Menurut kumparan, harga naik.", NULL), "COMPANY:kumparan");
}
END_TEST

START_TEST(gazetteer_validity_by_date)
{
    nerid_result *r = run_with(small_model(), "Teten dari Kemenkop UKM.", "2023-07-26");
    const nr_doc *d = &r->doc;
    bool found = false;
    for (size_t i = 0; i < d->mentions.n; i++)
        if (d->mentions.v[i].entry >= 0 && d->mentions.v[i].type == NERID_MINISTRY)
            found = strcmp(nr_estr(d->model, d->model->entries.v[d->mentions.v[i].entry].id),
                           "t-kemenkop") == 0;
    ck_assert(found);
    nerid_result_free(r);
}
END_TEST

/* Writes content to DIR/NAME; returns DIR. */
static const char *write_gaz(const char *name, const char *content)
{
    static char dir[256];
    snprintf(dir, sizeof dir, "/tmp/nerid-gaz-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    fputs(content, f);
    fclose(f);
    return dir;
}

static void expect_load_error(const char *content, const char *want)
{
    const char *dir = write_gaz("bad.tsv", content);
    const char *dirs[] = {dir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
    ck_assert_ptr_null(m);
    ck_assert_int_eq(err.code, NERID_ERR_DATA);
    ck_assert_msg(strstr(err.message, want) != NULL, "got \"%s\", want \"%s\"", err.message, want);
    char path[512];
    snprintf(path, sizeof path, "%s/bad.tsv", dir);
    remove(path);
    rmdir(dir);
}

#define HDR "id\ttype\tname\taliases\tvalid_from\tvalid_to\tattrs\n"

START_TEST(gazetteer_loader_validates)
{
    expect_load_error(HDR "a\tPERSON\tA\t\t\t\t\nb\tPLANET\tB\t\t\t\t\n", "bad.tsv:3: unknown type \"PLANET\"");
    expect_load_error(HDR "a\tPERSON\tA\t\t\t\t\na\tPERSON\tB\t\t\t\t\n", "bad.tsv:3: duplicate id \"a\"");
    expect_load_error(HDR "# c\na\tPERSON\tA\t\t2024-02-30\t\t\n", "bad.tsv:3: bad date \"2024-02-30\"");
    expect_load_error(HDR "a\tPERSON\t\t\t\t\t\n", "bad.tsv:2: empty name");
    expect_load_error(HDR "a\tPERSON\tA\t\t\t\n", "bad.tsv:2: too few columns");
    expect_load_error(HDR "a\tPERSON\tA\t\t\t\t\tx\n", "bad.tsv:2: too many columns");
    expect_load_error("id\tname\n", "bad.tsv:1: expected header");
    expect_load_error(HDR "a\tPERSON\tA\tX||Y\t\t\t\n", "bad.tsv:2: empty alias");
    expect_load_error(HDR "a\tPERSON\tA\t\t\t\tticker\n", "bad.tsv:2: attrs");
    expect_load_error(HDR "A b\tPERSON\tA\t\t\t\t\n", "bad.tsv:2: bad id");
}
END_TEST

START_TEST(gazetteer_user_folder_merges)
{
    const char *dir = write_gaz("extra.tsv", HDR "u-desa\tLOCATION\tDesa Sukamaju Kidul\t\t\t\t\n");
    char small[4096];
    snprintf(small, sizeof small, "%s/tests/data/gaz-small", getenv("TOP_SRCDIR"));
    const char *dirs[] = {small, dir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 2, NERID_LOAD_REPLACE, &err);
    ck_assert_msg(m != NULL, "%s", err.message);
    ck_assert_uint_eq(nerid_model_size(m), nerid_model_size(small_model()) + 1);
    const char *t = "Warga Desa Sukamaju Kidul ke AS.";
    nerid_result *r = nerid_extract(m, t, strlen(t), "u", NULL, &err);
    ck_assert_uint_eq(nerid_result_entity_count(r), 2);
    nerid_result_free(r);
    nerid_model_free(m);
    char path[512];
    snprintf(path, sizeof path, "%s/extra.tsv", dir);
    remove(path);
    rmdir(dir);
}
END_TEST

START_TEST(json_writer_valid_and_slices)
{
    const char *t = "“Halo,” kata \"Budi\"\t\\ 😀 di AS.\n";
    for (int unit = 0; unit < 3; unit++) {
        nerid_options o;
        nerid_options_init(&o);
        o.offsets = (nerid_offsets)unit;
        nerid_error err;
        nerid_result *r = nerid_extract(small_model(), t, strlen(t), "id \"q\"", &o, &err);
        for (unsigned flags = 0; flags < 2; flags++) {
            char *js = nerid_result_to_json(r, flags);
            json_error_t je;
            json_t *root = json_loads(js, 0, &je);
            ck_assert_msg(root != NULL, "invalid JSON: %s", je.text);
            ck_assert_str_eq(json_string_value(json_object_get(root, "schema")), "nerid/1");
            json_t *doc = json_object_get(root, "doc");
            ck_assert_str_eq(json_string_value(json_object_get(doc, "id")), "id \"q\"");
            size_t want_len = unit == 2 ? strlen(t) : unit == 1 ? 32 : 31;
            ck_assert_uint_eq((size_t)json_integer_value(json_object_get(doc, "length")), want_len);
            json_t *ents = json_object_get(root, "entities");
            ck_assert_uint_eq(json_array_size(ents), 1);
            json_t *m = json_array_get(json_object_get(json_array_get(ents, 0), "mentions"), 0);
            ck_assert_str_eq(json_string_value(json_object_get(m, "text")), "AS");
            size_t s = (size_t)json_integer_value(json_object_get(m, "start"));
            ck_assert_uint_eq(s, unit == 2 ? strlen(t) - 4 : unit == 1 ? 28 : 27);
            if (flags & NERID_JSON_COMPACT)
                ck_assert_ptr_null(strchr(js, '\n'));
            json_decref(root);
            free(js);
        }
        nerid_result_free(r);
    }
}
END_TEST

START_TEST(api_accessors_and_nulls)
{
    nerid_result *r = run_with(small_model(), "TikTok dan TikTok Shop di AS.", NULL);
    ck_assert_uint_eq(nerid_result_entity_count(r), 2);
    nerid_type ty;
    const char *name, *kb;
    size_t nm;
    ck_assert(nerid_result_entity(r, 0, &ty, &name, &kb, NULL, &nm));
    ck_assert_str_eq(name, "TikTok");
    ck_assert_int_eq(ty, NERID_COMPANY);
    ck_assert_uint_eq(nm, 2);
    nerid_span sp;
    const char *src, *rule;
    ck_assert(nerid_result_mention(r, 0, 1, &sp, &src, &rule));
    ck_assert_str_eq(sp.text, "TikTok Shop");
    ck_assert_uint_eq(sp.start, 11);
    ck_assert_str_eq(src, "gazetteer");
    ck_assert_str_eq(rule, "gaz.small");
    ck_assert(!nerid_result_entity(r, 99, NULL, NULL, NULL, NULL, NULL));
    ck_assert(!nerid_result_mention(r, 0, 9, &sp, NULL, NULL));
    nerid_result_free(r);
    nerid_result_free(NULL);
    nerid_model_free(NULL);
    ck_assert_ptr_null(nerid_extract(NULL, "x", 1, NULL, NULL, NULL));
    ck_assert_str_eq(nerid_version(), NERID_VERSION_STRING);
    ck_assert_str_eq(nerid_strerror(NERID_ERR_UTF8), "invalid UTF-8");
    /* empty document and BOM-only document are valid */
    r = run_with(small_model(), "", NULL);
    ck_assert_uint_eq(nerid_result_entity_count(r), 0);
    nerid_result_free(r);
    r = run_with(small_model(), "\xEF\xBB\xBF" "AS", NULL);
    ck_assert(nerid_result_entity(r, 0, NULL, NULL, NULL, NULL, NULL));
    ck_assert(nerid_result_mention(r, 0, 0, &sp, NULL, NULL));
    ck_assert_uint_eq(sp.start, 1); /* the BOM counts in offsets */
    nerid_result_free(r);
}
END_TEST

START_TEST(default_model_loads)
{
    ck_assert_uint_gt(nerid_model_size(tu_model()), 1000);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("core");
    TCase *tc = tcase_create("stages");
    tcase_add_test(tc, tokenizer_indonesian_words);
    tcase_add_test(tc, tokenizer_numbers_and_dates);
    tcase_add_test(tc, tokenizer_acronyms_urls);
    tcase_add_test(tc, tokenizer_punctuation);
    tcase_add_test(tc, tokenizer_quotes_and_flags);
    tcase_add_test(tc, tokenizer_case_flags);
    tcase_add_test(tc, normalize_fold);
    tcase_add_test(tc, segment_abbreviations);
    tcase_add_test(tc, segment_quotes_and_paragraphs);
    tcase_add_test(tc, input_offsets);
    tcase_add_test(tc, input_invalid_utf8_position);
    tcase_add_test(tc, gazetteer_longest_and_variants);
    tcase_add_test(tc, gazetteer_case_rules);
    tcase_add_test(tc, gazetteer_validity_by_date);
    tcase_add_test(tc, gazetteer_loader_validates);
    tcase_add_test(tc, gazetteer_user_folder_merges);
    tcase_add_test(tc, json_writer_valid_and_slices);
    tcase_add_test(tc, api_accessors_and_nulls);
    tcase_add_test(tc, default_model_loads);
    suite_add_tcase(s, tc);
    return tu_main(s);
}
