/* check_chaos.c - allocation-failure injection in the style of jansson's
 * test_chaos.c: for every N, the Nth allocation and all later ones fail
 * (nr_alloc_fail_after in alloc.c), during model loading (a small
 * gazetteer folder written here) and during extraction and JSON writing
 * (a corpus article). The library must return an error (NERID_ERR_NOMEM,
 * or NULL from the writer), never crash, and leave nothing allocated: the
 * sanitizer and valgrind builds run this test too and fail on any leak.
 * Once N passes the number of allocations the call needs, it succeeds and
 * its result must equal the one made without failures. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gazetteer_image.h"
#include "testutil.h"

/* Upper bound on the N tried (the calls below need far fewer). */
#define MAX_N 100000

static char dir[64];

static void write_file(const char *name, const char *content)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    fclose(f);
}

static void make_gazetteer_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/nerid-chaos-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    write_file("places.tsv",
               "# places\n"
               "id\ttype\tname\taliases\tvalid_from\tvalid_to\tattrs\n"
               "loc-bandung\tLOCATION\tKota Bandung\tBandung|Kota Kembang\t\t\tkind=city\n"
               "loc-dayeuhkolot\tLOCATION\tDayeuhkolot\t\t\t\tkind=district\n"
               "loc-jabar\tLOCATION\tJawa Barat\tJabar\t\t\tkind=province\n");
    write_file("orgs.tsv",
               "id\ttype\tname\taliases\tvalid_from\tvalid_to\tattrs\n"
               "bnpb\tGOV_AGENCY\tBadan Nasional Penanggulangan Bencana\tBNPB\t\t\t\n"
               "kemen-pupr\tMINISTRY\tKementerian Pekerjaan Umum dan Perumahan Rakyat\t"
               "Kementerian PUPR|PUPR\t2014-10-27\t\t\n"
               "kompas\tCOMPANY\tKompas.com\tKOMPAS.com\t\t\t\n");
    write_file("titles.tsv", "title\tkind\tattrs\nBupati\trole\t\nKepala\trole\t\nPak\thonorific\t\n");
    write_file("abbreviations.tsv", "abbrev\tnote\nJl\tjalan\nNo\tnomor\n");
}

static void remove_gazetteer_dir(void)
{
    const char *files[] = {"places.tsv", "orgs.tsv", "titles.tsv", "abbreviations.tsv",
                           "gazetteers.bin"};
    for (size_t i = 0; i < 5; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
}

START_TEST(model_load_chaos)
{
    make_gazetteer_dir();
    const char *dirs[] = {dir};
    nerid_error err;
    long n;
    for (n = 0; n < MAX_N; n++) {
        nr_alloc_fail_after(n);
        nerid_model *m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
        nr_alloc_fail_after(-1);
        if (m) {
            ck_assert_uint_eq(nerid_model_size(m), 6);
            nerid_model_free(m);
            break;
        }
        ck_assert_msg(err.code == NERID_ERR_NOMEM, "N=%ld: code %d: %s", n, err.code, err.message);
        ck_assert_msg(strstr(err.message, "out of memory") != NULL, "N=%ld: %s", n, err.message);
    }
    ck_assert_int_gt(n, 10);
    ck_assert_int_lt(n, MAX_N);
    remove_gazetteer_dir();
}
END_TEST


/* The same folder through its compiled image (gazetteer_image.c). */
START_TEST(model_image_load_chaos)
{
    make_gazetteer_dir();
    const char *dirs[] = {dir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
    ck_assert_msg(m != NULL, "%s", err.message);
    char img[128];
    snprintf(img, sizeof img, "%s/gazetteers.bin", dir);
    ck_assert_int_eq(nr_image_write(m, dir, img, &err), 0);
    nerid_model_free(m);
    char *saved_dir = strdup(getenv("NERID_DATA_DIR") ? getenv("NERID_DATA_DIR") : "");
    setenv("NERID_DATA_DIR", dir, 1);
    unsetenv("NERID_GAZ_IMAGE");
    long n;
    for (n = 0; n < MAX_N; n++) {
        nr_alloc_fail_after(n);
        m = nerid_model_new_default(&err);
        nr_alloc_fail_after(-1);
        if (m) {
            ck_assert_uint_eq(nerid_model_size(m), 6);
            static const char text[] = "Banjir di Dayeuhkolot, Kota Kembang, Jawa Barat.";
            nerid_result *r = nerid_extract(m, text, sizeof text - 1, "t", NULL, &err);
            ck_assert_ptr_nonnull(r);
            ck_assert_uint_eq(nerid_result_entity_count(r), 3);
            nerid_result_free(r);
            nerid_model_free(m);
            break;
        }
        ck_assert_msg(err.code == NERID_ERR_NOMEM, "N=%ld: code %d: %s", n, err.code, err.message);
    }
    ck_assert_int_gt(n, 5);
    ck_assert_int_lt(n, MAX_N);
    remove_gazetteer_dir();
    setenv("NERID_DATA_DIR", saved_dir, 1); /* for CK_FORK=no runs */
    free(saved_dir);
}
END_TEST

START_TEST(extract_chaos)
{
    char path[4096];
    const char *top = getenv("TOP_SRCDIR");
    snprintf(path, sizeof path, "%s/corpus/raw/kompas_pompa_dayeuhkolot.txt", top ? top : ".");
    size_t len;
    char *text = tu_slurp(path, &len);
    ck_assert_msg(text != NULL, "cannot read %s", path);
    const nerid_model *model = tu_model();
    nerid_options o;
    nerid_options_init(&o);
    o.offsets = NERID_OFFSETS_UTF16;
    nerid_error err;
    nerid_result *r = nerid_extract(model, text, len, "kompas", &o, &err);
    ck_assert_ptr_nonnull(r);
    char *want = nerid_result_to_json(r, 0);
    ck_assert_ptr_nonnull(want);
    nerid_result_free(r);

    long n;
    for (n = 0; n < MAX_N; n++) {
        nr_alloc_fail_after(n);
        r = nerid_extract(model, text, len, "kompas", &o, &err);
        nr_alloc_fail_after(-1);
        if (r) {
            char *got = nerid_result_to_json(r, 0);
            ck_assert_str_eq(got, want);
            free(got);
            nerid_result_free(r);
            break;
        }
        ck_assert_msg(err.code == NERID_ERR_NOMEM, "N=%ld: code %d: %s", n, err.code, err.message);
    }
    ck_assert_int_gt(n, 5);
    ck_assert_int_lt(n, MAX_N);

    /* the JSON writer, on a complete result */
    r = nerid_extract(model, text, len, "kompas", &o, &err);
    ck_assert_ptr_nonnull(r);
    for (n = 0; n < MAX_N; n++) {
        nr_alloc_fail_after(n);
        char *got = nerid_result_to_json(r, 0);
        nr_alloc_fail_after(-1);
        if (got) {
            ck_assert_str_eq(got, want);
            free(got);
            break;
        }
    }
    ck_assert_int_lt(n, MAX_N);
    /* accessors under failure: NULL texts, never a crash */
    for (n = 0; n < 4; n++) {
        nr_alloc_fail_after(n);
        for (size_t i = 0; i < nerid_result_entity_count(r); i++) {
            nerid_span sp;
            nerid_result_mention(r, i, 0, &sp, NULL, NULL);
        }
        for (size_t i = 0; i < nerid_result_quote_count(r); i++) {
            nerid_span a, b, c;
            nerid_result_quote(r, i, NULL, &a, &b, &c, NULL);
        }
        nr_alloc_fail_after(-1);
    }
    nerid_result_free(r);
    free(want);
    free(text);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("chaos");
    TCase *tc = tcase_create("alloc");
    tcase_set_timeout(tc, 1200);
    tcase_add_test(tc, model_load_chaos);
    tcase_add_test(tc, model_image_load_chaos);
    tcase_add_test(tc, extract_chaos);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tu_main(suite()); }
