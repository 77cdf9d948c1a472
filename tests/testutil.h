/* testutil.h - shared helpers for the Check unit tests.
 * Tests run with NERID_DATA_DIR pointing at the source tree's gazetteers/
 * (set by make check). */
#ifndef NERID_TESTUTIL_H
#define NERID_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* One default model per test process (loaded on first use). */
static inline const nerid_model *tu_model(void)
{
    static nerid_model *m;
    if (!m) {
        nerid_error err;
        m = nerid_model_new_default(&err);
        if (!m) {
            fprintf(stderr, "cannot load default model: %s\n", err.message);
            abort();
        }
    }
    return m;
}

/* Runs the whole pipeline on a NUL-terminated string; the internal
 * document is res->doc. ref_date may be NULL. */
static inline nerid_result *tu_run(const char *text, const char *ref_date)
{
    nerid_options o;
    nerid_options_init(&o);
    o.ref_date = ref_date;
    nerid_error err;
    nerid_result *r = nerid_extract(tu_model(), text, strlen(text), "test", &o, &err);
    ck_assert_msg(r != NULL, "extract failed: %s", err.message);
    return r;
}

/* The text of bytes [s, e) of the document as a static buffer. */
static inline const char *tu_str(const nr_doc *d, uint32_t s, uint32_t e)
{
    static char buf[4096];
    size_t n = e - s < sizeof buf - 1 ? e - s : sizeof buf - 1;
    memcpy(buf, d->text + s, n);
    buf[n] = '\0';
    return buf;
}

/* Reads a whole file into a malloc'd NUL-terminated buffer (NULL if absent). */
static inline char *tu_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = '\0';
        if (len)
            *len = (size_t)n;
    }
    return b;
}

/* Runs a suite with the Check runner; returns the process exit status. */
static inline int tu_main(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
