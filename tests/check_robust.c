/* check_robust.c - the library never crashes, hangs or loses a document on
 * hostile input: positioned errors for invalid UTF-8 and oversized input,
 * documented lenient handling of BOM, NUL, CRLF and lone CR, no recursion
 * driven by input depth, bad gazetteer rows reported as file:line, and one
 * model shared by threads giving identical results. */
#include <dirent.h>
#include <fcntl.h>
#include <time.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "gazetteer_image.h"
#include "testutil.h"

static const char ARTICLE[] =
    "SURABAYA, KOMPAS.com - Menteri Keuangan Sri Mulyani Indrawati meninjau "
    "banjir di Surabaya, Jawa Timur, Senin (4/3/2024).\n"
    "\"Kami akan membantu warga,\" kata Sri Mulyani.\n"
    "Bank Indonesia juga mengirim bantuan ke Kota Surabaya.\n";

static nerid_result *run_opts(const char *text, size_t len, const nerid_options *o,
                              nerid_error *err)
{
    return nerid_extract(tu_model(), text, len, "doc", o, err);
}

/* Extracting text[0..len) must fail with `code` at byte `off`, line, col. */
#define expect_utf8_error(lit, off, line, col) \
    expect_utf8_error_(lit, sizeof lit - 1, off, line, col)
static void expect_utf8_error_(const char *text, size_t len, long off, long line, long col)
{
    nerid_error err;
    nerid_result *r = run_opts(text, len, NULL, &err);
    ck_assert_ptr_null(r);
    ck_assert_int_eq(err.code, NERID_ERR_UTF8);
    ck_assert_int_eq(err.offset, off);
    ck_assert_int_eq(err.line, line);
    ck_assert_int_eq(err.column, col);
    ck_assert_msg(strstr(err.message, "invalid UTF-8") != NULL, "%s", err.message);
    ck_assert_str_eq(err.source, "doc");
}

START_TEST(invalid_utf8_positions)
{
    /* a stray 0xFF on line 2, after a multi-byte character on line 1 */
    expect_utf8_error("Kota Bogor \xC3\xA9\nBanjir di \xFF lagi", 24, 2, 11);
    /* overlong "/" (C0 AF) */
    expect_utf8_error("abc\xC0\xAF", 3, 1, 4);
    /* overlong 3-byte NUL (E0 80 80) */
    expect_utf8_error("x\xE0\x80\x80y", 1, 1, 2);
    /* a UTF-16 surrogate encoded in UTF-8 (ED A0 80) */
    expect_utf8_error("Jakarta \xED\xA0\x80", 8, 1, 9);
    /* above U+10FFFF */
    expect_utf8_error("\xF4\x90\x80\x80", 0, 1, 1);
    /* a sequence cut off by the end of the input */
    expect_utf8_error("Medan \xE2\x80", 6, 1, 7);
    /* a lone continuation byte after CRLF lines: CRLF counts as one break */
    expect_utf8_error("a\r\nb\r\n\x80", 6, 3, 1);
    /* lone CR also ends a line */
    expect_utf8_error("a\rb\x80", 3, 2, 2);
}
END_TEST

START_TEST(too_big_is_refused)
{
    nerid_options o;
    nerid_options_init(&o);
    o.max_bytes = 100;
    nerid_error err;
    ck_assert_ptr_null(run_opts(ARTICLE, strlen(ARTICLE), &o, &err));
    ck_assert_int_eq(err.code, NERID_ERR_TOO_BIG);
    ck_assert_msg(strstr(err.message, "over the limit of 100 bytes") != NULL, "%s", err.message);
    /* exactly at the limit is fine */
    o.max_bytes = strlen(ARTICLE);
    nerid_result *r = run_opts(ARTICLE, strlen(ARTICLE), &o, &err);
    ck_assert_ptr_nonnull(r);
    nerid_result_free(r);
    /* 0 means the documented default */
    nerid_options_init(&o);
    ck_assert_uint_eq(o.max_bytes, NERID_DEFAULT_MAX);
}
END_TEST

START_TEST(bad_arguments)
{
    nerid_error err;
    ck_assert_ptr_null(nerid_extract(NULL, "x", 1, "d", NULL, &err));
    ck_assert_int_eq(err.code, NERID_ERR_ARG);
    ck_assert_ptr_null(nerid_extract(tu_model(), NULL, 5, "d", NULL, &err));
    ck_assert_int_eq(err.code, NERID_ERR_ARG);
    nerid_options o;
    nerid_options_init(&o);
    o.offsets = (nerid_offsets)7;
    ck_assert_ptr_null(run_opts("x", 1, &o, &err));
    ck_assert_int_eq(err.code, NERID_ERR_ARG);
    nerid_options_init(&o);
    o.ref_date = "2024-13-01";
    ck_assert_ptr_null(run_opts("x", 1, &o, &err));
    ck_assert_int_eq(err.code, NERID_ERR_ARG);
    ck_assert_msg(strstr(err.message, "2024-13-01") != NULL, "%s", err.message);
    /* a NULL error pointer is allowed */
    ck_assert_ptr_null(nerid_extract(NULL, "x", 1, "d", NULL, NULL));
    /* accessors and free accept NULL / out of range */
    ck_assert_uint_eq(nerid_result_entity_count(NULL), 0);
    ck_assert_int_eq(nerid_result_entity(NULL, 0, NULL, NULL, NULL, NULL, NULL), 0);
    ck_assert_ptr_null(nerid_result_to_json(NULL, 0));
    nerid_result_free(NULL);
    nerid_model_free(NULL);
}
END_TEST

START_TEST(empty_input)
{
    nerid_error err;
    nerid_result *r = run_opts(NULL, 0, NULL, &err);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(nerid_result_entity_count(r), 0);
    ck_assert_uint_eq(nerid_result_quote_count(r), 0);
    char *json = nerid_result_to_json(r, 0);
    json_t *j = json_loads(json, 0, NULL);
    ck_assert_ptr_nonnull(j);
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(j, "doc"), "length")), 0);
    json_decref(j);
    free(json);
    nerid_result_free(r);
    /* only a BOM, only blank lines */
    const char *blank[] = {"\xEF\xBB\xBF", "\n\n\r\n\r", "   \t  ", "\xEF\xBB\xBF\n"};
    for (size_t i = 0; i < sizeof blank / sizeof *blank; i++) {
        r = run_opts(blank[i], strlen(blank[i]), NULL, &err);
        ck_assert_ptr_nonnull(r);
        ck_assert_uint_eq(nerid_result_entity_count(r), 0);
        nerid_result_free(r);
    }
}
END_TEST

/* The entity names and mention offsets of a result, as one string. */
static char *summary(const nerid_result *r)
{
    nr_buf b = {0};
    for (size_t i = 0; i < nerid_result_entity_count(r); i++) {
        const char *name;
        size_t nm;
        nerid_result_entity(r, i, NULL, &name, NULL, NULL, &nm);
        nr_buf_printf(&b, "%s:", name);
        for (size_t j = 0; j < nm; j++) {
            nerid_span sp;
            nerid_result_mention(r, i, j, &sp, NULL, NULL);
            nr_buf_printf(&b, " %s", sp.text);
        }
        nr_buf_puts(&b, "\n");
    }
    nr_buf_puts(&b, "");
    return b.s;
}

/* Replaces every "\n" of ARTICLE by `eol`. */
static char *with_eol(const char *eol)
{
    nr_buf b = {0};
    for (const char *p = ARTICLE; *p; p++)
        if (*p == '\n')
            nr_buf_puts(&b, eol);
        else
            nr_buf_putc(&b, *p);
    return b.s;
}

START_TEST(line_ends_are_equivalent)
{
    nerid_result *lf = tu_run(ARTICLE, NULL);
    char *want = summary(lf);
    ck_assert_msg(strstr(want, "Surabaya") != NULL, "no Surabaya in\n%s", want);
    const char *eols[] = {"\r\n", "\r"};
    for (size_t k = 0; k < 2; k++) {
        char *text = with_eol(eols[k]);
        nerid_result *r = tu_run(text, NULL);
        char *got = summary(r);
        ck_assert_str_eq(got, want);
        /* same paragraphs and sentences */
        ck_assert_uint_eq(r->doc.paras.n, lf->doc.paras.n);
        ck_assert_uint_eq(r->doc.sents.n, lf->doc.sents.n);
        free(got);
        nerid_result_free(r);
        free(text);
    }
    free(want);
    nerid_result_free(lf);
}
END_TEST

START_TEST(bom_is_skipped_but_counted)
{
    nr_buf b = {0};
    nr_buf_puts(&b, "\xEF\xBB\xBF");
    nr_buf_puts(&b, ARTICLE);
    nerid_result *plain = tu_run(ARTICLE, NULL);
    nerid_result *bom = tu_run(b.s, NULL);
    char *s1 = summary(plain), *s2 = summary(bom);
    ck_assert_str_eq(s1, s2);
    ck_assert_uint_eq(bom->doc.body, 3);
    ck_assert_uint_gt(nerid_result_entity_count(bom), 0);
    /* the BOM is one code point and one UTF-16 unit before every span */
    nerid_span a, c;
    nerid_result_mention(plain, 0, 0, &a, NULL, NULL);
    nerid_result_mention(bom, 0, 0, &c, NULL, NULL);
    ck_assert_uint_eq(c.start, a.start + 1);
    ck_assert_str_eq(c.text, a.text);
    free(s1), free(s2);
    nerid_result_free(plain);
    nerid_result_free(bom);
    nr_buf_free(&b);
}
END_TEST

START_TEST(nul_bytes_are_text)
{
    /* NUL is valid UTF-8: the document is processed; the JSON escapes it */
    static const char text[] = "Warga Surabaya\0mengungsi.\n\"Air\0naik,\" kata Budi.";
    nerid_error err;
    nerid_result *r = run_opts(text, sizeof text - 1, NULL, &err);
    ck_assert_ptr_nonnull(r);
    char *json = nerid_result_to_json(r, NERID_JSON_COMPACT);
    ck_assert_ptr_nonnull(json);
    json_error_t je;
    json_t *j = json_loads(json, JSON_ALLOW_NUL, &je);
    ck_assert_msg(j != NULL, "bad JSON: %s", je.text);
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(j, "doc"), "length")),
                     (json_int_t)(sizeof text - 1));
    json_decref(j);
    free(json);
    nerid_result_free(r);
}
END_TEST

/* Builds `n` copies of `unit` (arena-free: malloc). */
static char *repeat(const char *unit, size_t n, size_t *len)
{
    size_t u = strlen(unit);
    char *s = malloc(u * n + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(s + i * u, unit, u);
    s[u * n] = '\0';
    *len = u * n;
    return s;
}

/* Deeply nested brackets and quotes must not drive recursion: with 300,000
 * levels, a recursive stage would overflow the 8 MB stack. */
START_TEST(deep_nesting)
{
    const char *units[] = {"(", "[", "\xE2\x80\x9C", "\"", "'", "\xC2\xAB", "(\"", "-"};
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        size_t len;
        char *s = repeat(units[k], 300000 / strlen(units[k]), &len);
        nerid_error err;
        nerid_result *r = run_opts(s, len, NULL, &err);
        ck_assert_msg(r != NULL, "%s", err.message);
        char *json = nerid_result_to_json(r, NERID_JSON_COMPACT);
        ck_assert_ptr_nonnull(json);
        free(json);
        nerid_result_free(r);
        free(s);
    }
}
END_TEST

/* Every document gets a result even when it is all quotes or has no
 * sentence end: nothing is dropped. */
START_TEST(adversarial_documents)
{
    const char *units[] = {"\"Kami siap, ", "kata Budi dan Ani di Surabaya ",
                           "Bank Indonesia Jakarta Surabaya ", "\xE2\x80\x9D\xE2\x80\x9C ",
                           "10.00 WIB 4/3/2024 ", ". . . ! ? "};
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        size_t len;
        char *s = repeat(units[k], 5000, &len);
        nerid_error err;
        nerid_result *r = run_opts(s, len, NULL, &err);
        ck_assert_msg(r != NULL, "%s", err.message);
        char *json = nerid_result_to_json(r, 0);
        json_t *j = json_loads(json, 0, NULL);
        ck_assert_ptr_nonnull(j);
        json_decref(j);
        free(json);
        nerid_result_free(r);
        free(s);
    }
}
END_TEST

/* Every offsets unit gives the same span text, and spans agree with the
 * unit: bytes >= UTF-16 units >= code points. */
START_TEST(offsets_units_agree)
{
    static const char text[] = "\xF0\x9F\x98\x80 Warga K\xC3\xA9lurahan di Surabaya, "
                               "\xE2\x80\x9C" "Aman," "\xE2\x80\x9D" " kata Budi.";
    nerid_span sp[3];
    for (int u = 0; u < 3; u++) {
        nerid_options o;
        nerid_options_init(&o);
        o.offsets = (nerid_offsets)u;
        nerid_error err;
        nerid_result *r = run_opts(text, sizeof text - 1, &o, &err);
        ck_assert_ptr_nonnull(r);
        sp[u].text = NULL;
        for (size_t i = 0; i < nerid_result_entity_count(r) && !sp[u].text; i++) {
            nerid_span m;
            if (nerid_result_mention(r, i, 0, &m, NULL, NULL) && strcmp(m.text, "Surabaya") == 0)
                sp[u] = m, sp[u].text = strdup(m.text);
        }
        ck_assert_msg(sp[u].text != NULL, "no Surabaya mention");
        nerid_result_free(r);
    }
    ck_assert_str_eq(sp[0].text, "Surabaya");
    ck_assert_str_eq(sp[1].text, sp[0].text);
    ck_assert_str_eq(sp[2].text, sp[0].text);
    ck_assert_uint_eq(sp[0].start, 21);            /* code points */
    ck_assert_uint_eq(sp[1].start, 22);            /* the emoji is 2 UTF-16 units */
    ck_assert_uint_eq(sp[2].start, 25);            /* bytes */
    for (int u = 0; u < 3; u++)
        free((char *)sp[u].text);
}
END_TEST

/* ------------------------------------------------------------ gazetteers */

static char tmpdir[64];

static void write_file(const char *name, const char *content)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    fclose(f);
}

static void remove_file(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    unlink(path);
}

#define HDR "id\ttype\tname\taliases\tvalid_from\tvalid_to\tattrs\n"

/* Loading tmpdir alone must fail with "file:line: reason". */
static void expect_load_error(const char *file, const char *content, long line,
                              const char *reason)
{
    write_file(file, content);
    const char *dirs[] = {tmpdir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
    remove_file(file);
    ck_assert_ptr_null(m);
    ck_assert_int_eq(err.code, NERID_ERR_DATA);
    ck_assert_int_eq(err.line, line);
    char want[256];
    snprintf(want, sizeof want, "%s:%ld: %s", file, line, reason);
    ck_assert_msg(strstr(err.message, want) == err.message, "got \"%s\", want \"%s\"",
                  err.message, want);
}

START_TEST(gazetteer_bad_rows)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/nerid-robust-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
    expect_load_error("a.tsv", HDR "x\tPERSON\tBudi\n", 2, "too few columns, expected 7");
    expect_load_error("a.tsv", "# c\n" HDR "x\tPERSON\tBudi\t\t\t\t\t\t\n", 3,
                      "too many columns, expected 7");
    expect_load_error("a.tsv", HDR "x\tPERSON\tBudi\t\t\t\t\n" "\n" "y\tLOCATION\tBogor\t\t\t\n",
                      4, "too few columns, expected 7");
    expect_load_error("b.tsv", "id\tname\n", 1, "expected header");
    expect_load_error("c.tsv", HDR "x\tPERSON\tBu\xFF" "di\t\t\t\t\n", 2, "invalid UTF-8");
    expect_load_error("d.tsv", HDR "x\tPERSON\tBudi\t\t\t\t\nx\tPERSON\tAni\t\t\t\t\n", 3,
                      "duplicate id");
    expect_load_error("e.tsv", HDR "x\tPEOPLE\tBudi\t\t\t\t\n", 2, "unknown type");
    expect_load_error("f.tsv", HDR "x\tPERSON\tBudi\t\t2024-02-30\t\t\n", 2, "bad date");
    expect_load_error("g.tsv", HDR "x\tPERSON\tBudi\ta||b\t\t\t\n", 2, "empty alias");
    expect_load_error("h.tsv", "", 1, "empty file");
    expect_load_error("titles.tsv", "title\tkind\tattrs\nmenteri\trole\n", 2,
                      "too few columns, expected 3");
    /* CRLF rows and a BOM are accepted */
    write_file("ok.tsv", "\xEF\xBB\xBF" "id\ttype\tname\taliases\tvalid_from\tvalid_to\tattrs\r\n"
                         "loc-x\tLOCATION\tKota Bogor\tBogor\t\t\t\r\n");
    const char *dirs[] = {tmpdir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
    ck_assert_msg(m != NULL, "%s", err.message);
    ck_assert_uint_eq(nerid_model_size(m), 1);
    static const char text[] = "Hujan deras di Bogor kemarin.";
    nerid_result *r = nerid_extract(m, text, sizeof text - 1, "t", NULL, &err);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(nerid_result_entity_count(r), 1);
    nerid_result_free(r);
    nerid_model_free(m);
    remove_file("ok.tsv");
    /* a missing folder, and a file given as a folder */
    const char *missing[] = {"/nonexistent/nerid"};
    ck_assert_ptr_null(nerid_model_load(missing, 1, NERID_LOAD_REPLACE, &err));
    ck_assert_int_eq(err.code, NERID_ERR_IO);
    ck_assert_msg(strstr(err.message, "/nonexistent/nerid") != NULL, "%s", err.message);
    rmdir(tmpdir);
}
END_TEST

/* ------------------------------------------------------------- threads */

typedef struct {
    const char *text;
    char *json;
} job;

static void *worker(void *p)
{
    job *j = p;
    for (int k = 0; k < 20; k++) {
        nerid_result *r = nerid_extract(tu_model(), j->text, strlen(j->text), "test", NULL, NULL);
        char *json = r ? nerid_result_to_json(r, 0) : NULL;
        nerid_result_free(r);
        if (!json)
            return NULL;
        if (k == 0)
            j->json = json;
        else if (strcmp(json, j->json) != 0) {
            free(json);
            free(j->json);
            j->json = NULL;
            return NULL;
        } else
            free(json);
    }
    return NULL;
}

START_TEST(model_shared_by_threads)
{
    tu_model();
    nerid_result *r = tu_run(ARTICLE, NULL);
    char *want = nerid_result_to_json(r, 0);
    nerid_result_free(r);
    job jobs[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (job){ARTICLE, NULL};
        ck_assert_int_eq(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        ck_assert_msg(jobs[i].json != NULL, "thread %d: results differ between runs", i);
        ck_assert_msg(strcmp(jobs[i].json, want) == 0, "thread %d: result differs", i);
        free(jobs[i].json);
    }
    free(want);
}
END_TEST


/* ------------------------------------------------------ gazetteer image */

static int count_entities(const nerid_model *m, const char *text)
{
    nerid_error err;
    nerid_result *r = nerid_extract(m, text, strlen(text), "t", NULL, &err);
    ck_assert_msg(r != NULL, "%s", err.message);
    int n = (int)nerid_result_entity_count(r);
    nerid_result_free(r);
    return n;
}

/* Does the JSON of text hold the time value `value`? */
static bool has_time(const nerid_model *m, const char *text, const char *value)
{
    nerid_error err;
    nerid_result *r = nerid_extract(m, text, strlen(text), "t", NULL, &err);
    ck_assert_msg(r != NULL, "%s", err.message);
    char *json = nerid_result_to_json(r, 0);
    ck_assert_ptr_nonnull(json);
    char want[64];
    snprintf(want, sizeof want, "\"%s\"", value);
    bool found = strstr(json, want) != NULL;
    free(json);
    nerid_result_free(r);
    return found;
}

static nerid_model *load_default_from(const char *dir)
{
    setenv("NERID_DATA_DIR", dir, 1);
    nerid_error err;
    nerid_model *m = nerid_model_new_default(&err);
    ck_assert_msg(m != NULL, "%s", err.message);
    return m;
}

/* A fresh folder (tmpdir) with places.tsv holding `places` rows, small
 * word lists (cues.tsv too when `cues`), and the image compiled from them
 * at img (img_len bytes for the path). */
static void image_folder(const char *places, bool cues, char *img, size_t img_len)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/nerid-image-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
    unsetenv("NERID_GAZ_IMAGE");
    write_file("places.tsv", places);
    write_file("titles.tsv", "title\tkind\tattrs\nWali Kota\trole\t\n");
    write_file("abbreviations.tsv", "abbrev\tnote\nJl\tjalan\n");
    write_file("timex.tsv", "word\tkind\tvalue\nmaret\tmonth\t3\n");
    if (cues)
        write_file("cues.tsv", "form\tlemma\tclass\nujar\tujar\tverb\n");
    const char *dirs[] = {tmpdir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
    ck_assert_msg(m != NULL, "%s", err.message);
    snprintf(img, img_len, "%s/gazetteers.bin", tmpdir);
    ck_assert_int_eq(nr_image_write(m, tmpdir, img, &err), 0);
    nerid_model_free(m);
}

/* The compiled image is used while the .tsv files match it, ignored once
 * they change (the text is the source of truth) or when it is corrupt. */
START_TEST(gazetteer_image_follows_the_text)
{
    char *saved_dir = strdup(getenv("NERID_DATA_DIR") ? getenv("NERID_DATA_DIR") : "");
    char img[128];
    image_folder(HDR "loc-bogor\tLOCATION\tKota Bogor\tBogor\t\t\t\n", false, img, sizeof img);
    const char *dirs[] = {tmpdir};
    nerid_error err;
    nerid_model *m;

    /* the image alone holds every stage's data (here the times') */
    m = nr_sys_malloc(sizeof *m);
    ck_assert_ptr_nonnull(m);
    memset(m, 0, sizeof *m);
    ck_assert_int_eq(nr_image_load(m, tmpdir, &err), 1);
    ck_assert_ptr_nonnull(m->times);
    ck_assert(has_time(m, "Banjir melanda Bogor, 5 Maret 2023.", "2023-03-05"));
    nerid_model_free(m);

    m = load_default_from(tmpdir); /* from the image */
    ck_assert_uint_eq(nerid_model_size(m), 1);
    ck_assert_int_eq(count_entities(m, "Banjir melanda Bogor lagi."), 1);
    ck_assert_int_eq(nr_lex_get(&m->titles, "wali kota", 9), 0);
    ck_assert(has_time(m, "Banjir melanda Bogor, 5 Maret 2023.", "2023-03-05"));
    nerid_model_free(m);

    /* a stage's file edited (same size, new mtime): its text is loaded */
    write_file("timex.tsv", "word\tkind\tvalue\nmarch\tmonth\t3\n");
    char timex[128];
    snprintf(timex, sizeof timex, "%s/timex.tsv", tmpdir);
    struct timespec later_tx[2] = {{time(NULL) + 10, 0}, {time(NULL) + 10, 0}};
    ck_assert_int_eq(utimensat(AT_FDCWD, timex, later_tx, 0), 0);
    m = load_default_from(tmpdir);
    ck_assert(!has_time(m, "Banjir melanda Bogor, 5 Maret 2023.", "2023-03-05"));
    ck_assert(has_time(m, "Banjir melanda Bogor, 5 March 2023.", "2023-03-05"));
    nerid_model_free(m);
    m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
    ck_assert_msg(m != NULL, "%s", err.message);
    ck_assert_int_eq(nr_image_write(m, tmpdir, img, &err), 0);
    nerid_model_free(m);

    /* same size, new mtime: the content hash shows the edit */
    write_file("places.tsv", HDR "loc-depok\tLOCATION\tKota Depok\tDepok\t\t\t\n");
    char places[128];
    snprintf(places, sizeof places, "%s/places.tsv", tmpdir);
    struct timespec later[2] = {{time(NULL) + 10, 0}, {time(NULL) + 10, 0}};
    ck_assert_int_eq(utimensat(AT_FDCWD, places, later, 0), 0);
    m = load_default_from(tmpdir);
    ck_assert_int_eq(count_entities(m, "Banjir melanda Bogor lagi."), 0);
    ck_assert_int_eq(count_entities(m, "Banjir melanda Depok lagi."), 1);
    nerid_model_free(m);
    /* a new file in the folder */
    write_file("extra.tsv", HDR "loc-bogor\tLOCATION\tKota Bogor\tBogor\t\t\t\n");
    m = load_default_from(tmpdir);
    ck_assert_uint_eq(nerid_model_size(m), 2);
    nerid_model_free(m);
    remove_file("extra.tsv");

    /* corrupt or truncated images are ignored */
    size_t len = 0;
    char *bytes = tu_slurp(img, &len);
    ck_assert_ptr_nonnull(bytes);
    const size_t cuts[] = {0, 7, 100, len / 2, len - 1};
    for (size_t k = 0; k < sizeof cuts / sizeof *cuts; k++) {
        FILE *f = fopen(img, "wb");
        fwrite(bytes, 1, cuts[k], f);
        fclose(f);
        m = load_default_from(tmpdir);
        ck_assert_int_eq(count_entities(m, "Banjir melanda Depok lagi."), 1);
        nerid_model_free(m);
    }
    free(bytes);
    remove_file("gazetteers.bin");
    remove_file("places.tsv");
    remove_file("titles.tsv");
    remove_file("abbreviations.tsv");
    remove_file("timex.tsv");
    rmdir(tmpdir);
    setenv("NERID_DATA_DIR", saved_dir, 1); /* for CK_FORK=no runs */
    free(saved_dir);
}
END_TEST

/* A damaged image (an index overwritten anywhere after its header, where
 * no fingerprint notices) never crashes a load or an extraction: the
 * loader rejects what it checks, and the matcher checks every trie index
 * it follows. Run under ASan/UBSan and valgrind by .ci/run. */
START_TEST(damaged_image_never_crashes)
{
    char *saved_dir = strdup(getenv("NERID_DATA_DIR") ? getenv("NERID_DATA_DIR") : "");
    char img[128];
    image_folder(HDR "loc-bogor\tLOCATION\tKota Bogor\tBogor\t\t\t\n"
                     "loc-depok\tLOCATION\tKota Depok\tDepok\t\t\t\n"
                     "org-pmi\tORGANIZATION\tPalang Merah Indonesia\tPMI\t\t\t\n",
                 true, img, sizeof img);
    nerid_error err;
    nerid_model *m;
    size_t len = 0;
    char *bytes = tu_slurp(img, &len);
    ck_assert_ptr_nonnull(bytes);
    const char *text = "\"Kami siap,\" ujar Wali Kota Bogor di Kota Depok bersama PMI, 5 Maret 2023.";
    /* every aligned 32-bit word after the header that holds a small
     * number (a node, edge, payload, entry or string index, a length) is
     * in turn replaced by one far past any table */
    int tried = 0;
    for (size_t at = 64; at + 4 <= len; at += 4) {
        uint32_t v;
        memcpy(&v, bytes + at, 4);
        if (v == 0 || v > 255)
            continue;
        tried++;
        char *copy = malloc(len);
        ck_assert_ptr_nonnull(copy);
        memcpy(copy, bytes, len);
        const uint32_t far = 0x00FFFFFF;
        memcpy(copy + at, &far, 4);
        FILE *f = fopen(img, "wb");
        ck_assert_ptr_nonnull(f);
        ck_assert_uint_eq(fwrite(copy, 1, len, f), len);
        fclose(f);
        free(copy);
        m = load_default_from(tmpdir);
        nerid_result *r = nerid_extract(m, text, strlen(text), "t", NULL, &err);
        ck_assert_msg(r != NULL, "word at %zu: %s", at, err.message);
        char *json = nerid_result_to_json(r, 0);
        ck_assert_ptr_nonnull(json);
        free(json);
        nerid_result_free(r);
        nerid_model_free(m);
    }
    ck_assert_int_gt(tried, 50);
    free(bytes);
    remove_file("gazetteers.bin");
    remove_file("places.tsv");
    remove_file("titles.tsv");
    remove_file("cues.tsv");
    remove_file("abbreviations.tsv");
    remove_file("timex.tsv");
    rmdir(tmpdir);
    setenv("NERID_DATA_DIR", saved_dir, 1); /* for CK_FORK=no runs */
    free(saved_dir);
}
END_TEST

/* The shipped gazetteers give the same results from the build's image and
 * from the text, on every article of the corpus. */
START_TEST(gazetteer_image_equals_text)
{
    const char *top = getenv("TOP_SRCDIR") ? getenv("TOP_SRCDIR") : ".";
    const char *data = getenv("NERID_DATA_DIR");
    ck_assert_ptr_nonnull(data);
    nerid_error err;
    nerid_model *img = nerid_model_new_default(&err);
    ck_assert_msg(img != NULL, "%s", err.message);
    const char *dirs[] = {data};
    nerid_model *txt = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
    ck_assert_msg(txt != NULL, "%s", err.message);
    ck_assert_uint_eq(nerid_model_size(img), nerid_model_size(txt));
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/raw", top);
    DIR *dh = opendir(path);
    ck_assert_ptr_nonnull(dh);
    struct dirent *de;
    int n = 0;
    while ((de = readdir(dh)) != NULL) {
        if (!strstr(de->d_name, ".txt"))
            continue;
        char file[8192];
        snprintf(file, sizeof file, "%s/%s", path, de->d_name);
        size_t len = 0;
        char *text = tu_slurp(file, &len);
        ck_assert_ptr_nonnull(text);
        nerid_result *a = nerid_extract(img, text, len, de->d_name, NULL, &err);
        nerid_result *b = nerid_extract(txt, text, len, de->d_name, NULL, &err);
        ck_assert_ptr_nonnull(a);
        ck_assert_ptr_nonnull(b);
        char *ja = nerid_result_to_json(a, 0), *jb = nerid_result_to_json(b, 0);
        ck_assert_msg(strcmp(ja, jb) == 0, "%s: image and text results differ", de->d_name);
        free(ja), free(jb);
        nerid_result_free(a), nerid_result_free(b);
        free(text);
        n++;
    }
    closedir(dh);
    ck_assert_int_gt(n, 5);
    nerid_model_free(img);
    nerid_model_free(txt);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("robust");
    TCase *tc = tcase_create("input");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, invalid_utf8_positions);
    tcase_add_test(tc, too_big_is_refused);
    tcase_add_test(tc, bad_arguments);
    tcase_add_test(tc, empty_input);
    tcase_add_test(tc, line_ends_are_equivalent);
    tcase_add_test(tc, bom_is_skipped_but_counted);
    tcase_add_test(tc, nul_bytes_are_text);
    tcase_add_test(tc, deep_nesting);
    tcase_add_test(tc, adversarial_documents);
    tcase_add_test(tc, offsets_units_agree);
    tcase_add_test(tc, gazetteer_bad_rows);
    tcase_add_test(tc, model_shared_by_threads);
    tcase_add_test(tc, gazetteer_image_follows_the_text);
    tcase_add_test(tc, damaged_image_never_crashes);
    tcase_add_test(tc, gazetteer_image_equals_text);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tu_main(suite()); }
