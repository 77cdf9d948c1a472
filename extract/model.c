/* model.c - the model: gazetteers and word lists loaded from data folders,
 * compiled once, immutable afterwards (shareable by threads without locks).
 * Each pipeline stage loads its own data files (nr_*_load); this file finds
 * the folders and drives the loading. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gazetteer_image.h"
#include "internal.h"

const char *nerid_version(void) { return NERID_VERSION_STRING; }

static bool is_dir_with(const char *dir, const char *file)
{
    char path[4096];
    struct stat st;
    if (!dir || !*dir)
        return false;
    snprintf(path, sizeof path, "%s/%s", dir, file);
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The folder of the shipped gazetteers: $NERID_DATA_DIR, the installed
 * data dir, or the source tree (running uninstalled). */
static const char *default_dir(void)
{
    const char *env = getenv("NERID_DATA_DIR");
    if (env && *env)
        return env;
    if (is_dir_with(NERID_DATADIR, "locations.tsv"))
        return NERID_DATADIR;
    return NERID_SRCDATADIR;
}

int nr_lex_load(nerid_model *m, nr_lex *lex, const char *path,
                const char *header, int keycol, int valcol, bool optional,
                nerid_error *err);

typedef struct {
    nerid_model *m;
    nr_lex *lex;
    int keycol, valcol;
} lex_ctx;

static int lex_row(void *vctx, char **cols, size_t ncols, const char *file,
                   long line, char *why, size_t whylen)
{
    lex_ctx *c = vctx;
    const char *key = cols[c->keycol];
    if (!*key) {
        snprintf(why, whylen, "empty %s", "key");
        return -1;
    }
    const char *val = c->valcol >= 0 ? cols[c->valcol] : "1";
    nr_buf folded = {0};
    nr_fold(&folded, key, strlen(key));
    if (folded.failed)
        return -1;
    if (folded.n == 0 || (folded.n == 1 && folded.s[0] == ' ')) {
        nr_buf_free(&folded);
        snprintf(why, whylen, "key \"%.40s\" is empty once folded (only marks or spaces)", key);
        return -1;
    }
    char *v = nr_arena_strndup(&c->m->pool, val, strlen(val));
    const char **slot = v ? nr_vec_push(&c->lex->strs, NULL) : NULL;
    if (!slot) {
        nr_buf_free(&folded);
        return -1;
    }
    *slot = v;
    int rc = nr_strmap_put(&c->lex->map, folded.s, folded.n, (uint32_t)(c->lex->strs.n - 1));
    nr_buf_free(&folded);
    (void)ncols, (void)file, (void)line;
    return rc;
}

int nr_lex_load(nerid_model *m, nr_lex *lex, const char *path,
                const char *header, int keycol, int valcol, bool optional,
                nerid_error *err)
{
    struct stat st;
    if (optional && stat(path, &st) != 0)
        return 0;
    lex_ctx c = {m, lex, keycol, valcol};
    return nr_tsv_read(path, header, lex_row, &c, err);
}

/* Probes the map with a key whose nr_hash is already known. */
static int lex_probe(const nr_strmap *m, const char *k, size_t kn, uint64_t h)
{
    size_t j = h & (m->cap - 1);
    while (m->keys[j]) {
        if (m->klen[j] == kn && memcmp(m->keys[j], k, kn) == 0)
            return (int)m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return -1;
}

int nr_lex_get(const nr_lex *lex, const char *s, size_t n)
{
    const nr_strmap *m = &lex->map;
    if (!m->cap)
        return -1;
    /* ASCII fast path: lower-cased and hashed (nr_hash's FNV-1a) in one
     * pass, no allocation */
    char small[256];
    if (n < sizeof small) {
        uint64_t h = 1469598103934665603ULL;
        size_t i = 0;
        for (; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c >= 0x80 || c == '\n' || c == '\t' || c == '\r')
                break;
            if (c >= 'A' && c <= 'Z')
                c += 32;
            small[i] = (char)c;
            h = (h ^ c) * 1099511628211ULL;
        }
        if (i == n)
            return lex_probe(m, small, n, h ^ (h >> 29));
    }
    nr_buf b = {0};
    nr_fold(&b, s, n);
    if (b.failed)
        return -1;
    uint32_t v;
    bool found = nr_strmap_get(m, b.s ? b.s : "", b.n, &v);
    nr_buf_free(&b);
    return found ? (int)v : -1;
}

void nr_lex_free(nr_lex *lex)
{
    nr_strmap_free(&lex->map);
    nr_vec_free(&lex->strs);
}

/* gaz_done: the entries, gazetteer, titles and abbreviations came from the
 * compiled image (gazetteer_image.c); only the other stages' files load. */
static int load_dir(nerid_model *m, const char *dir, bool required, bool gaz_done,
                    nerid_error *err)
{
    char path[4096];
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        nr_error_set(err, NERID_ERR_IO, "%s: gazetteer folder not found", dir);
        if (err)
            snprintf(err->source, sizeof err->source, "%s", dir);
        return -1;
    }
    if (!gaz_done) {
        if (nr_gaz_load_dir(m, dir, err) < 0)
            return -1;
        snprintf(path, sizeof path, "%s/titles.tsv", dir);
        if (nr_lex_load(m, &m->titles, path, "title\tkind\tattrs", 0, 1, !required, err) < 0)
            return -1;
        snprintf(path, sizeof path, "%s/abbreviations.tsv", dir);
        if (nr_lex_load(m, &m->abbrevs, path, "abbrev\tnote", 0, -1, !required, err) < 0)
            return -1;
    }
    if (nr_times_load(m, dir, err) < 0 || nr_quotes_load(m, dir, err) < 0 ||
        nr_page_load(m, dir, err) < 0 || nr_entities_load(m, dir, err) < 0)
        return -1;
    return 0;
}

nerid_model *nerid_model_load(const char *const *dirs, size_t ndirs,
                              unsigned flags, nerid_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    nerid_model *m = nr_sys_malloc(sizeof *m);
    if (!m) {
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
        return NULL;
    }
    memset(m, 0, sizeof *m);
    /* the default folder alone: its compiled image, when still current */
    int imaged = 0;
    if (!(flags & NERID_LOAD_REPLACE) && ndirs == 0 &&
        (imaged = nr_image_load(m, default_dir(), err)) < 0)
        goto fail;
    if (!(flags & NERID_LOAD_REPLACE) && load_dir(m, default_dir(), true, imaged > 0, err) < 0)
        goto fail;
    for (size_t i = 0; i < ndirs; i++)
        if (load_dir(m, dirs[i], false, false, err) < 0)
            goto fail;
    if (!imaged && nr_gaz_compile(m, err) < 0)
        goto fail;
    return m;
fail:
    if (err && err->code == NERID_OK)
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
    nerid_model_free(m);
    return NULL;
}

nerid_model *nerid_model_new_default(nerid_error *err)
{
    return nerid_model_load(NULL, 0, 0, err);
}

size_t nerid_model_size(const nerid_model *model) { return model ? model->entries.n : 0; }

void nerid_model_free(nerid_model *m)
{
    if (!m)
        return;
    nr_gaz_free(m->gaz);
    nr_lex_free(&m->titles);
    nr_lex_free(&m->abbrevs);
    nr_times_free(m->times);
    nr_quotes_free(m->quotes);
    nr_page_free(m->page);
    nr_entities_free(m->entities);
    nr_vec_free(&m->entries);
    nr_arena_free(&m->pool);
    nr_sys_free(m);
}
