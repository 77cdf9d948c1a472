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

/* nr_fold of an ASCII key, without a buffer: A-Z lowered, each run of
 * white space one ' ' (normalize.c's rules for ASCII). Returns the length
 * written to out, or -1 when the key holds a non-ASCII byte or does not
 * fit (then nr_fold does it). */
static long fold_ascii(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    bool in_space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || o == cap)
            return -1;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            if (!in_space)
                out[o++] = ' ';
            in_space = true;
            continue;
        }
        in_space = false;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return (long)o;
}

/* The value index of val: the previous row's when the value is the same
 * (data files list a class's words together, so a lexicon holds one copy
 * of each run's value), else a new copy in the model's pool; -1 on ENOMEM. */
static long lex_value(nerid_model *m, nr_lex *lex, const char *val)
{
    if (lex->strs.n && strcmp(lex->strs.v[lex->strs.n - 1], val) == 0)
        return (long)lex->strs.n - 1;
    char *v = nr_arena_strndup(&m->pool, val, strlen(val));
    const char **slot = v ? nr_vec_push(&lex->strs, NULL) : NULL;
    if (!slot)
        return -1;
    *slot = v;
    return (long)lex->strs.n - 1;
}

static int lex_row(void *vctx, char **cols, size_t ncols, const char *file,
                   long line, char *why, size_t whylen)
{
    lex_ctx *c = vctx;
    const char *key = cols[c->keycol];
    (void)ncols, (void)file, (void)line;
    if (!*key) {
        snprintf(why, whylen, "empty %s", "key");
        return -1;
    }
    const char *val = c->valcol >= 0 ? cols[c->valcol] : "1";
    char small[256];
    nr_buf folded = {0};
    const char *fk = small;
    long fn = fold_ascii(key, strlen(key), small, sizeof small);
    if (fn < 0) {
        nr_fold(&folded, key, strlen(key));
        if (folded.failed)
            return -1;
        fk = folded.s, fn = (long)folded.n;
    }
    int rc = -1;
    if (fn == 0 || (fn == 1 && fk[0] == ' ')) {
        snprintf(why, whylen, "key \"%.40s\" is empty once folded (only marks or spaces)", key);
    } else {
        long v = lex_value(c->m, c->lex, val);
        if (v >= 0)
            rc = nr_strmap_put(&c->lex->map, fk, (size_t)fn, (uint32_t)v);
    }
    nr_buf_free(&folded);
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
    uint32_t v;
    return nr_strmap_get_h(m, k, kn, h, &v) ? (int)v : -1;
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

static int load_dir(nerid_model *m, const char *dir, bool required, nerid_error *err)
{
    char path[4096];
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        nr_error_set(err, NERID_ERR_IO, "%s: gazetteer folder not found", dir);
        if (err)
            snprintf(err->source, sizeof err->source, "%s", dir);
        return -1;
    }
    if (nr_gaz_load_dir(m, dir, err) < 0)
        return -1;
    snprintf(path, sizeof path, "%s/titles.tsv", dir);
    if (nr_lex_load(m, &m->titles, path, "title\tkind\tattrs", 0, 1, !required, err) < 0)
        return -1;
    snprintf(path, sizeof path, "%s/abbreviations.tsv", dir);
    if (nr_lex_load(m, &m->abbrevs, path, "abbrev\tnote", 0, -1, !required, err) < 0)
        return -1;
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
    /* the default folder alone: its compiled image, when still current,
     * holds all of its data */
    int imaged = 0;
    if (!(flags & NERID_LOAD_REPLACE) && ndirs == 0 &&
        (imaged = nr_image_load(m, default_dir(), err)) < 0)
        goto fail;
    if (!(flags & NERID_LOAD_REPLACE) && !imaged && load_dir(m, default_dir(), true, err) < 0)
        goto fail;
    for (size_t i = 0; i < ndirs; i++)
        if (load_dir(m, dirs[i], false, err) < 0)
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
    if (!m->entries_borrowed) /* else it lay in the image, unmapped with gaz */
        nr_vec_free(&m->entries);
    nr_buf_free(&m->estrs);
    nr_arena_free(&m->pool);
    nr_sys_free(m);
}
