/* gazetteer_image.c - the compiled model image: start-up without
 * rebuilding anything from text.
 *
 * At build time extract/nerid-gazimg loads gazetteers/ from its .tsv files
 * (the source of truth) and writes gazetteers.bin: the entries, the
 * matcher's vocabulary, edge table, trie nodes and payloads (gazetteer.c),
 * then, as a stream of records (nr_imgw_* / nr_imgr_*), the title and
 * abbreviation lists and every other stage's data (times, quotes, page,
 * entities: their hash tables as they are, the page patterns serialized by
 * PCRE2), in native byte order, with a fingerprint of every .tsv file of
 * the folder (name, size, mtime, content hash). nerid_model_load maps the
 * image read-only and uses its arrays in place when the folder's .tsv
 * files still match the fingerprint (same names and sizes, and same mtime
 * or else same content); otherwise it ignores the image and loads the
 * text as before, so a stale or corrupt image can cost time but never
 * change a result. Only the default folder with no extra --gazetteers
 * folders uses the image. Every index the extraction follows is checked
 * at load, in loops that run at every start: keep them lean.
 *
 * Memory: the mapping belongs to the model's nr_gaz (unmapped by
 * nr_gaz_free); entry strings, the maps' keys, lengths and values
 * (nr_strmap.borrowed) and other read-only tables point into it; the key
 * pointer tables, the entry array and small per-stage arrays are
 * allocated normally (freed by the stages' nr_*_free and the model). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gazetteer_image.h"

#define IMG_MAGIC "NERIDGZ1"
#define IMG_VERSION 7u
#define IMG_ENDIAN 0x01020304u
#define MAX_FILES 512
#define HASH_PROBE "nerid gazetteer image"

typedef struct {
    char magic[8];
    uint32_t version, endian;
    uint32_t node_size, pay_size;
    uint64_t hash_probe;           /* nr_hash of HASH_PROBE: same hash function */
    uint64_t total;
    uint64_t nfiles, files;
    uint64_t pool, pool_len;
    uint64_t nentries, entries;
    uint64_t vcap, vn, vkeys, vklen, vvals; /* vocabulary hash table */
    uint64_t ecap, en, ekeys, evals;
    uint64_t nnodes, nodes, npays, pays;
    uint64_t nstarts, starts;      /* the matcher's start filter */
    uint64_t stages, stages_len;   /* titles, abbreviations and the stages'
                                      data, as records (nr_img_reader) */
} img_header;

typedef struct {
    uint64_t size, hash;
    int64_t mtime_s, mtime_ns;
    uint32_t name, pad;
} img_file;

/* An entry as stored: nr_entry itself, its strings offsets into the pool. */
typedef nr_entry img_entry;

/* A fast 64-bit content hash (not cryptographic: it detects edits). */
static uint64_t hash_bytes(const unsigned char *s, size_t n)
{
    uint64_t h = 0x243F6A8885A308D3ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    uint64_t w = 0;
    memcpy(&w, s + i, n - i);
    h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);
}

uint64_t nr_img_checksum(const void *p, size_t n)
{
    return hash_bytes(n ? p : "", n);
}

static int hash_file(const char *path, uint64_t *out)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    struct stat st;
    int rc = -1;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if (st.st_size == 0) {
            *out = hash_bytes((const unsigned char *)"", 0);
            rc = 0;
        } else {
            void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
            if (p != MAP_FAILED) {
                *out = hash_bytes(p, (size_t)st.st_size);
                munmap(p, (size_t)st.st_size);
                rc = 0;
            }
        }
    }
    close(fd);
    return rc;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names of dir's *.tsv files into names[] (malloc'd, caller
 * frees each); the count, or -1. */
static long list_tsv(const char *dir, char **names)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return -1;
    long n = 0;
    struct dirent *de;
    while ((de = readdir(dh)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 5 || de->d_name[0] == '.' || strcmp(de->d_name + l - 4, ".tsv") != 0)
            continue;
        if (n == MAX_FILES || !(names[n] = nr_sys_malloc(l + 1))) {
            while (n > 0)
                nr_sys_free(names[--n]);
            closedir(dh);
            return -1;
        }
        memcpy(names[n++], de->d_name, l + 1);
    }
    closedir(dh);
    qsort(names, (size_t)n, sizeof *names, cmp_name);
    return n;
}

/* ------------------------------------------------------- stage records */

static void pad8(nr_buf *w)
{
    static const char zero[8];
    nr_buf_put(w, zero, (8 - w->n % 8) % 8);
}

void nr_imgw_u64(nr_buf *w, uint64_t v)
{
    pad8(w);
    nr_buf_put(w, (const char *)&v, sizeof v);
}

void nr_imgw_blob(nr_buf *w, const void *p, size_t n)
{
    nr_imgw_u64(w, n);
    if (n)
        nr_buf_put(w, p, n);
    pad8(w);
}

void nr_imgw_str(nr_buf *w, const char *s)
{
    nr_imgw_blob(w, s, s ? strlen(s) + 1 : 0);
}

void nr_imgw_map(nr_buf *w, const nr_strmap *m)
{
    /* the slots' key offsets into one string blob (NR_NOKEY: empty slot) */
    nr_buf keys = {0};
    uint32_t *off = calloc(m->cap + 1, sizeof *off);
    w->failed |= !off;
    for (size_t i = 0; off && i < m->cap; i++) {
        off[i] = NR_NOKEY;
        if (nr_strmap_key(m, i)) {
            off[i] = (uint32_t)keys.n;
            nr_buf_put(&keys, nr_strmap_key(m, i), m->klen[i]);
            nr_buf_putc(&keys, '\0');
        }
    }
    w->failed |= keys.failed;
    nr_imgw_u64(w, m->cap);
    nr_imgw_u64(w, m->n);
    nr_imgw_blob(w, m->klen, m->cap * sizeof *m->klen);
    nr_imgw_blob(w, m->vals, m->cap * sizeof *m->vals);
    nr_imgw_blob(w, off, off ? m->cap * sizeof *off : 0);
    nr_imgw_blob(w, keys.s, keys.n);
    free(off);
    nr_buf_free(&keys);
}

void nr_imgw_lex(nr_buf *w, const nr_lex *lex)
{
    nr_imgw_u64(w, lex->strs.n);
    for (size_t i = 0; i < lex->strs.n; i++)
        nr_imgw_str(w, lex->strs.v[i]);
    nr_imgw_map(w, &lex->map);
}

uint64_t nr_imgr_u64(nr_img_reader *r)
{
    uint64_t v;
    if (r->bad || (size_t)(r->end - r->p) < sizeof v) {
        r->bad = true;
        return 0;
    }
    memcpy(&v, r->p, sizeof v);
    r->p += sizeof v;
    return v;
}

const void *nr_imgr_blob(nr_img_reader *r, size_t elem, size_t *n)
{
    uint64_t len = nr_imgr_u64(r);
    uint64_t padded = (len + 7) & ~(uint64_t)7;
    *n = 0;
    if (r->bad || len % elem || padded < len || padded > (uint64_t)(r->end - r->p)) {
        r->bad = true;
        return NULL;
    }
    const void *p = r->p;
    r->p += padded;
    *n = (size_t)(len / elem);
    return len ? p : NULL;
}

int nr_imgr_copy(nr_img_reader *r, size_t elem, void **out, size_t *n)
{
    const void *p = nr_imgr_blob(r, elem, n);
    *out = NULL;
    if (!p)
        return 0;
    if (!(*out = nr_sys_malloc(*n * elem)))
        return -1;
    memcpy(*out, p, *n * elem);
    return 0;
}

void *nr_imgr_stage(nr_img_reader *r, size_t size, int *rc)
{
    *rc = 0;
    if (!nr_imgr_u64(r))
        return NULL;
    void *p = nr_sys_malloc(size);
    if (!p) {
        *rc = -1;
        return NULL;
    }
    memset(p, 0, size);
    return p;
}

const char *nr_imgr_str(nr_img_reader *r)
{
    size_t n;
    const char *s = nr_imgr_blob(r, 1, &n);
    if (s && (s[n - 1] != '\0' || memchr(s, '\0', n) != s + n - 1)) {
        r->bad = true;
        return NULL;
    }
    return s;
}

int nr_imgr_map(nr_img_reader *r, nr_strmap *m, uint64_t nvals)
{
    uint64_t cap = nr_imgr_u64(r), n = nr_imgr_u64(r);
    size_t nklen, nval, noff, npool;
    const uint32_t *klen = nr_imgr_blob(r, 4, &nklen);
    const uint32_t *vals = nr_imgr_blob(r, 4, &nval);
    const uint32_t *off = nr_imgr_blob(r, 4, &noff);
    const char *pool = nr_imgr_blob(r, 1, &npool);
    if (r->bad || (cap & (cap - 1)) || n >= cap + !cap || nklen != cap || nval != cap ||
        noff != cap) {
        r->bad = true;
        return 0;
    }
    memset(m, 0, sizeof *m);
    if (!cap)
        return 0;
    /* used where it lies; one pass checks that every key lies inside the
     * pool and every value is in range */
    m->borrowed = true;
    m->koff = (uint32_t *)off;
    m->klen = (uint32_t *)klen;
    m->vals = (uint32_t *)vals;
    m->pool = pool;
    m->cap = cap;
    m->n = n;
    size_t used = 0;
    bool bad = false;
    for (size_t i = 0; i < cap; i++) {
        if (off[i] == NR_NOKEY)
            continue;
        used++;
        bad |= ((uint64_t)off[i] + klen[i] >= npool) | (vals[i] >= nvals);
    }
    if (bad || used != n) {
        r->bad = true;
        memset(m, 0, sizeof *m); /* nothing may follow those offsets */
    }
    return 0;
}

int nr_imgr_lex(nr_img_reader *r, nr_lex *lex)
{
    /* the value strings first: every value of the map names one */
    uint64_t n = nr_imgr_u64(r);
    if (n > (uint64_t)(r->end - r->p) / 8) {
        r->bad = true;
        return 0;
    }
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        const char *s = nr_imgr_str(r);
        const char **slot = nr_vec_push(&lex->strs, NULL);
        if (!slot)
            return -1;
        *slot = s ? s : "";
    }
    return nr_imgr_map(r, &lex->map, n);
}

/* ------------------------------------------------------------- reading */

typedef struct {
    const unsigned char *base;
    size_t len;
    const img_header *h;
} image;

/* Is [off, off + n * elem) inside the image and aligned for elem? */
static bool in_image(const image *im, uint64_t off, uint64_t n, size_t elem)
{
    if (off % (elem < 8 ? elem : 8) || off > im->len)
        return false;
    return n <= (im->len - off) / elem;
}

static const char *str_at(const image *im, uint32_t off)
{
    return off < im->h->pool_len ? (const char *)im->base + im->h->pool + off : NULL;
}

/* Does the folder still hold exactly the files the image was built from? */
static bool fingerprint_ok(const image *im, const char *dir)
{
    char *names[MAX_FILES];
    long n = list_tsv(dir, names);
    if (n < 0)
        return false;
    const img_file *f = (const img_file *)(im->base + im->h->files);
    bool ok = (uint64_t)n == im->h->nfiles;
    for (long i = 0; ok && i < n; i++) {
        const char *want = str_at(im, f[i].name);
        char path[4096];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (!want || strcmp(want, names[i]) != 0 || stat(path, &st) != 0 ||
            (uint64_t)st.st_size != f[i].size) {
            ok = false;
            break;
        }
        if (st.st_mtim.tv_sec == f[i].mtime_s && st.st_mtim.tv_nsec == f[i].mtime_ns)
            continue;
        uint64_t h;
        ok = hash_file(path, &h) == 0 && h == f[i].hash;
    }
    for (long i = 0; i < n; i++)
        nr_sys_free(names[i]);
    return ok;
}

static bool header_ok(const image *im)
{
    const img_header *h = im->h;
    if (im->len < sizeof *h || memcmp(h->magic, IMG_MAGIC, 8) != 0 ||
        h->version != IMG_VERSION || h->endian != IMG_ENDIAN || h->total != im->len ||
        h->hash_probe != nr_hash(HASH_PROBE, strlen(HASH_PROBE)))
        return false;
    if (!in_image(im, h->pool, h->pool_len, 1) || h->pool_len == 0 || h->pool_len > UINT32_MAX ||
        im->base[h->pool + h->pool_len - 1] != '\0')
        return false;
    return in_image(im, h->files, h->nfiles, sizeof(img_file)) &&
           in_image(im, h->entries, h->nentries, sizeof(img_entry)) &&
           in_image(im, h->vkeys, h->vcap, 4) && in_image(im, h->vklen, h->vcap, 4) &&
           in_image(im, h->vvals, h->vcap, 4) && (h->vcap & (h->vcap - 1)) == 0 &&
           h->vn < h->vcap + !h->vcap && in_image(im, h->ekeys, h->ecap, 8) &&
           in_image(im, h->evals, h->ecap, 4) && in_image(im, h->nodes, h->nnodes, h->node_size) &&
           in_image(im, h->pays, h->npays, h->pay_size) &&
           in_image(im, h->starts, h->nstarts, 8) &&
           in_image(im, h->stages, h->stages_len, 1) && h->stages % 8 == 0 &&
           h->nentries < UINT32_MAX;
}

/* Builds the model's parts from a checked image: 1, 0 (corrupt) or -1. */
static int import(nerid_model *m, image *im, void *map, size_t maplen)
{
    const img_header *h = im->h;
    const img_entry *ie = (const img_entry *)(im->base + h->entries);
    nr_gaz_arrays a;
    memset(&a, 0, sizeof a);
    int rc = 0;
    /* the entries are used where they lie (img_entry is nr_entry); one
     * read-only pass checks their strings and types */
    const char *pool = (const char *)im->base + h->pool;
    const uint64_t plen = h->pool_len;
    bool bad = false;
    for (uint64_t i = 0; i < h->nentries; i++) {
        const img_entry *x = &ie[i];
        bad |= (x->id >= plen) | (x->name >= plen) | (x->aliases >= plen) |
               (x->attrs >= plen) | (x->file >= plen) | ((uint32_t)x->type >= NERID_NTYPES);
    }
    if (bad)
        goto corrupt;
    m->entries.v = (nr_entry *)ie;
    m->entries.cap = h->nentries;
    m->entries_borrowed = true;
    m->estr = pool; /* the pool ends with a NUL (checked with the header) */
    m->entries.n = h->nentries;
    /* the vocabulary: key pointers into the pool, tables of our own */
    a.vocab.cap = h->vcap;
    a.vocab.n = h->vn;
    if (h->vcap) {
        /* used where it lies: every key and its NUL inside the pool */
        const uint32_t *vk = (const uint32_t *)(im->base + h->vkeys);
        a.vocab.koff = (uint32_t *)vk;
        a.vocab.klen = (uint32_t *)(im->base + h->vklen);
        a.vocab.vals = (uint32_t *)(im->base + h->vvals);
        a.vocab.pool = pool;
        a.vocab.borrowed = true;
        uint64_t used = 0;
        for (uint64_t i = 0; i < h->vcap; i++) {
            if (vk[i] == NR_NOKEY)
                continue;
            used++;
            bad |= (uint64_t)vk[i] + a.vocab.klen[i] >= plen;
        }
        /* (a probe ends at an empty slot: vn < vcap keeps one) */
        if (bad || used != h->vn)
            goto corrupt;
    }
    a.ekeys = (const uint64_t *)(im->base + h->ekeys);
    a.evals = (const uint32_t *)(im->base + h->evals);
    a.ecap = h->ecap, a.en = h->en;
    a.nodes = im->base + h->nodes, a.nnodes = h->nnodes, a.node_size = h->node_size;
    a.pays = im->base + h->pays, a.npays = h->npays, a.pay_size = h->pay_size;
    a.starts = (const uint64_t *)(im->base + h->starts), a.nstarts = h->nstarts;
    nr_img_reader r = {im->base + h->stages, im->base + h->stages + h->stages_len, false};
    if (nr_imgr_lex(&r, &m->titles) < 0 || nr_imgr_lex(&r, &m->abbrevs) < 0 ||
        nr_times_image_get(m, &r) < 0 || nr_quotes_image_get(m, &r) < 0 ||
        nr_page_image_get(m, &r) < 0 || nr_entities_image_get(m, &r) < 0)
        goto nomem;
    if (r.bad || r.p != r.end)
        goto corrupt;
    m->gaz = nr_gaz_adopt(&a, map, maplen);
    if (!m->gaz)
        goto corrupt; /* (or out of memory: the text load will tell) */
    return 1;
corrupt:
    rc = 0;
    goto undo;
nomem:
    rc = -1;
undo:
    if (m->entries_borrowed)
        memset(&m->entries, 0, sizeof m->entries);
    m->entries_borrowed = false;
    m->estr = NULL;
    nr_lex_free(&m->titles);
    nr_lex_free(&m->abbrevs);
    nr_times_free(m->times);
    nr_quotes_free(m->quotes);
    nr_page_free(m->page);
    nr_entities_free(m->entities);
    m->times = m->quotes = m->page = m->entities = NULL;
    return rc;
}

#ifndef NERID_IMAGEPATH
#define NERID_IMAGEPATH ""
#endif

int nr_image_load(nerid_model *m, const char *dir, nerid_error *err)
{
    char dirimg[4096];
    snprintf(dirimg, sizeof dirimg, "%s/gazetteers.bin", dir);
    const char *env = getenv("NERID_GAZ_IMAGE");
    const char *cands[3] = {env && *env ? env : NULL, dirimg, NERID_IMAGEPATH};
    if (env && strcmp(env, "none") == 0)
        return 0;
    for (int c = 0; c < 3; c++) {
        if (!cands[c] || !*cands[c])
            continue;
        int fd = open(cands[c], O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat st;
        void *map = MAP_FAILED;
        if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= (off_t)sizeof(img_header))
            map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        close(fd);
        if (map == MAP_FAILED)
            continue;
        image im = {map, (size_t)st.st_size, map};
        int rc = 0;
        if (header_ok(&im) && fingerprint_ok(&im, dir))
            rc = import(m, &im, map, im.len);
        if (rc > 0)
            return 1; /* the mapping now belongs to m->gaz */
        munmap(map, im.len);
        if (rc < 0) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory loading %s", cands[c]);
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------- writing */

typedef struct {
    nr_buf out;  /* the image */
    nr_buf pool; /* its strings */
} writer;

static uint32_t put_str(writer *w, const char *s)
{
    uint32_t off = (uint32_t)w->pool.n;
    nr_buf_put(&w->pool, s, strlen(s) + 1);
    return off;
}

/* Appends n bytes at an 8-aligned offset; returns the offset. */
static uint64_t put_blk(writer *w, const void *p, size_t n)
{
    static const char zero[8];
    nr_buf_put(&w->out, zero, (8 - w->out.n % 8) % 8);
    uint64_t off = w->out.n;
    if (n)
        nr_buf_put(&w->out, p, n);
    return off;
}

int nr_image_write(const nerid_model *m, const char *dir, const char *path, nerid_error *err)
{
    writer w;
    memset(&w, 0, sizeof w);
    img_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, IMG_MAGIC, 8);
    h.version = IMG_VERSION;
    h.endian = IMG_ENDIAN;
    h.hash_probe = nr_hash(HASH_PROBE, strlen(HASH_PROBE)); /* the tables are laid out by it */
    nr_buf_putc(&w.pool, '\0'); /* offset 0: "" */
    put_blk(&w, &h, sizeof h);  /* filled in at the end */

    /* fingerprint */
    char *names[MAX_FILES];
    long nn = list_tsv(dir, names);
    if (nn < 0) {
        nr_error_set(err, NERID_ERR_IO, "%s: cannot list the folder", dir);
        return -1;
    }
    img_file *files = calloc((size_t)nn + 1, sizeof *files);
    for (long i = 0; files && i < nn; i++) {
        char p[4096];
        struct stat st;
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        if (stat(p, &st) != 0 || hash_file(p, &files[i].hash) != 0) {
            nr_error_set(err, NERID_ERR_IO, "%s: %s", p, strerror(errno));
            free(files);
            files = NULL;
            break;
        }
        files[i].size = (uint64_t)st.st_size;
        files[i].mtime_s = st.st_mtim.tv_sec;
        files[i].mtime_ns = st.st_mtim.tv_nsec;
        files[i].name = put_str(&w, names[i]);
    }
    for (long i = 0; i < nn; i++)
        nr_sys_free(names[i]);
    if (!files) {
        nr_buf_free(&w.out), nr_buf_free(&w.pool);
        if (err && err->code == NERID_OK)
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
        return -1;
    }
    h.nfiles = (uint64_t)nn;
    h.files = put_blk(&w, files, (size_t)nn * sizeof *files);
    free(files);

    /* entries */
    h.nentries = m->entries.n;
    img_entry *ie = calloc(m->entries.n + 1, sizeof *ie);
    for (size_t i = 0; ie && i < m->entries.n; i++) {
        const nr_entry *e = &m->entries.v[i];
        ie[i] = (img_entry){put_str(&w, nr_estr(m, e->id)), put_str(&w, nr_estr(m, e->name)),
                            put_str(&w, nr_estr(m, e->aliases)), put_str(&w, nr_estr(m, e->attrs)),
                            put_str(&w, nr_estr(m, e->file)), e->type, e->valid_from,
                            e->valid_to};
    }
    if (ie)
        h.entries = put_blk(&w, ie, m->entries.n * sizeof *ie);
    w.out.failed |= !ie;
    free(ie);

    /* the matcher */
    nr_gaz_arrays a;
    nr_gaz_arrays_get(m->gaz, &a);
    h.node_size = (uint32_t)a.node_size;
    h.pay_size = (uint32_t)a.pay_size;
    h.vcap = a.vocab.cap;
    h.vn = a.vocab.n;
    uint32_t *vk = calloc(a.vocab.cap + 1, 4);
    for (size_t i = 0; vk && i < a.vocab.cap; i++) {
        vk[i] = NR_NOKEY;
        if (nr_strmap_key(&a.vocab, i)) {
            /* keys may hold any byte: store them with their length */
            vk[i] = (uint32_t)w.pool.n;
            nr_buf_put(&w.pool, nr_strmap_key(&a.vocab, i), a.vocab.klen[i]);
            nr_buf_putc(&w.pool, '\0');
        }
    }
    w.out.failed |= !vk;
    h.vkeys = put_blk(&w, vk, a.vocab.cap * 4);
    free(vk);
    h.vklen = put_blk(&w, a.vocab.klen, a.vocab.cap * 4);
    h.vvals = put_blk(&w, a.vocab.vals, a.vocab.cap * 4);
    h.ecap = a.ecap;
    h.en = a.en;
    h.ekeys = put_blk(&w, a.ekeys, a.ecap * 8);
    /* the values of empty edge slots were never written: store zeros */
    uint32_t *ev = calloc(a.ecap + 1, 4);
    for (size_t i = 0; ev && i < a.ecap; i++)
        ev[i] = a.ekeys[i] ? a.evals[i] : 0;
    w.out.failed |= !ev;
    h.evals = put_blk(&w, ev, a.ecap * 4);
    free(ev);
    h.nnodes = a.nnodes;
    h.nodes = put_blk(&w, a.nodes, a.nnodes * a.node_size);
    h.npays = a.npays;
    h.pays = put_blk(&w, a.pays, a.npays * a.pay_size);
    h.nstarts = a.nstarts;
    h.starts = put_blk(&w, a.starts, a.nstarts * 8);
    nr_buf st = {0};
    nr_imgw_lex(&st, &m->titles);
    nr_imgw_lex(&st, &m->abbrevs);
    nr_times_image_put(m, &st);
    nr_quotes_image_put(m, &st);
    nr_page_image_put(m, &st);
    nr_entities_image_put(m, &st);
    h.stages_len = st.n;
    h.stages = put_blk(&w, st.s, st.n);
    w.out.failed |= st.failed;
    nr_buf_free(&st);

    h.pool_len = w.pool.n;
    h.pool = put_blk(&w, w.pool.s, w.pool.n);
    put_blk(&w, NULL, 0);
    h.total = w.out.n;
    int rc = -1;
    if (w.out.failed || w.pool.failed) {
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory writing %s", path);
    } else {
        memcpy(w.out.s, &h, sizeof h);
        /* write to a temporary file and rename: readers never see half */
        char tmp[4096];
        snprintf(tmp, sizeof tmp, "%s.tmp", path);
        FILE *f = fopen(tmp, "wb");
        bool ok = f && fwrite(w.out.s, 1, w.out.n, f) == w.out.n;
        if (f && fclose(f) != 0)
            ok = false;
        if (ok && rename(tmp, path) == 0) {
            rc = 0;
        } else {
            nr_error_set(err, NERID_ERR_IO, "%s: %s", path, strerror(errno));
            if (f)
                unlink(tmp);
        }
    }
    nr_buf_free(&w.out);
    nr_buf_free(&w.pool);
    return rc;
}
