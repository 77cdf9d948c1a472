/* strmap.c - an open-addressing string -> uint32 hash map (FNV-1a),
 * read-only safe to share between threads once built. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* model.c's nr_lex_get computes this same hash inline while it folds a
 * word: change both together (and the gazetteer image's probe). */
uint64_t nr_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

static int strmap_resize(nr_strmap *m, size_t cap)
{
    uint32_t *koff = nr_sys_malloc(cap * sizeof *koff);
    uint32_t *klen = nr_sys_malloc(cap * sizeof *klen);
    uint32_t *vals = nr_sys_malloc(cap * sizeof *vals);
    if (!koff || !klen || !vals) {
        nr_sys_free(koff), nr_sys_free(klen), nr_sys_free(vals);
        return -1;
    }
    memset(koff, 0xFF, cap * sizeof *koff); /* NR_NOKEY everywhere */
    memset(klen, 0, cap * sizeof *klen); /* (empty slots are written to the image) */
    memset(vals, 0, cap * sizeof *vals);
    for (size_t i = 0; i < m->cap; i++) {
        if (m->koff[i] == NR_NOKEY)
            continue;
        size_t j = nr_hash(m->pool + m->koff[i], m->klen[i]) & (cap - 1);
        while (koff[j] != NR_NOKEY)
            j = (j + 1) & (cap - 1);
        koff[j] = m->koff[i];
        klen[j] = m->klen[i];
        vals[j] = m->vals[i];
    }
    nr_sys_free(m->koff), nr_sys_free(m->klen), nr_sys_free(m->vals);
    m->koff = koff;
    m->klen = klen;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

int nr_strmap_put(nr_strmap *m, const char *k, size_t klen, uint32_t val)
{
    if (m->borrowed)
        return -1; /* read-only: the image's maps are never extended */
    /* at most half full: most lookups are misses, and a linear-probing miss
     * at 3/4 load walks ~8 slots (the timex and vocabulary maps are probed
     * several times per token) */
    if ((m->n + 1) * 2 >= m->cap && strmap_resize(m, m->cap ? m->cap * 2 : 64) < 0)
        return -1;
    size_t j = nr_hash(k, klen) & (m->cap - 1);
    while (m->koff[j] != NR_NOKEY) {
        if (m->klen[j] == klen && memcmp(m->pool + m->koff[j], k, klen) == 0) {
            m->vals[j] = val;
            return 0;
        }
        j = (j + 1) & (m->cap - 1);
    }
    size_t off = m->own.n;
    if (off + klen + 1 > NR_NOKEY)
        return -1;
    nr_buf_put(&m->own, k, klen);
    nr_buf_putc(&m->own, '\0');
    if (m->own.failed)
        return -1;
    m->pool = m->own.s;
    m->koff[j] = (uint32_t)off;
    m->klen[j] = (uint32_t)klen;
    m->vals[j] = val;
    m->n++;
    return 0;
}

bool nr_strmap_get(const nr_strmap *m, const char *k, size_t klen, uint32_t *val)
{
    return nr_strmap_get_h(m, k, klen, nr_hash(k, klen), val);
}

void nr_strmap_free(nr_strmap *m)
{
    if (!m->borrowed) {
        nr_sys_free(m->koff), nr_sys_free(m->klen), nr_sys_free(m->vals);
        nr_buf_free(&m->own);
    }
    memset(m, 0, sizeof *m);
}

void nr_amap_init(nr_arena *a, nr_amap *m, size_t want)
{
    size_t cap = 64;
    while (cap < want * 2)
        cap *= 2;
    m->cap = cap;
    m->n = 0;
    m->used = nr_arena_alloc(a, cap / 64 * sizeof *m->used);
    m->key = nr_arena_alloc(a, cap * sizeof *m->key);
    m->klen = nr_arena_alloc(a, cap * sizeof *m->klen);
    m->val = nr_arena_alloc(a, cap * sizeof *m->val);
    /* a table is sized for the worst case of its document and mostly
     * empty: only the occupancy bits are cleared (a 64th of the keys) */
    memset(m->used, 0, cap / 64 * sizeof *m->used);
}

int32_t *nr_amap_slot(nr_amap *m, const char *k, size_t n, bool add)
{
    return nr_amap_slot_h(m, k, n, nr_hash(k, n), add);
}

int32_t *nr_amap_slot_h(nr_amap *m, const char *k, size_t n, uint64_t h, bool add)
{
    size_t j = (size_t)h & (m->cap - 1);
    while ((m->used[j >> 6] >> (j & 63)) & 1) {
        if (m->klen[j] == n && memcmp(m->key[j], k, n) == 0)
            return &m->val[j];
        j = (j + 1) & (m->cap - 1);
    }
    if (!add || (m->n + 1) * 2 > m->cap)
        return NULL;
    m->used[j >> 6] |= (uint64_t)1 << (j & 63);
    m->key[j] = k;
    m->klen[j] = (uint32_t)n;
    m->val[j] = -1;
    m->n++;
    return &m->val[j];
}
