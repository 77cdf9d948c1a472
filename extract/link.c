/* link.c - stage 8: overlap resolution and mention linking.
 *
 * Overlaps: mentions are sorted by start; of overlapping mentions the
 * longest wins; on equal spans a gazetteer mention beats a rule one, and a
 * rule one an alias or role one. An acronym or alias mention keeps its own
 * span.
 *
 * Linking: every kept mention joins an entity found by key, through a hash
 * table (no pairwise comparison, linear in the mentions):
 *   - a gazetteer entry: its person= attribute (one person holding several
 *     offices) or its id;
 *   - an alias or acronym: the entity of the name it abbreviates;
 *   - otherwise the type and the folded text;
 *   - a one-word person ("Teten", "Anggi") joins the multi-word person
 *     having that word, or whose first word starts with it (a nickname
 *     prefix of at least 3 letters: "Anggi" for "Anggini Setiawan"), when
 *     exactly one such person exists.
 * The entity's name is its gazetteer name, else its longest mention (the
 * name an alias abbreviates for acronyms). A person's role is the title
 * written next to a mention, else the role= attribute of its gazetteer
 * entry when valid on the article's date. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int source_rank(const nr_mention *m)
{
    if (m->entry >= 0 && m->source && strcmp(m->source, "gazetteer") == 0)
        return 0;
    if (m->source && strcmp(m->source, "rule") == 0)
        return 1;
    return 2;
}

static int cmp_mention(const void *a, const void *b)
{
    const nr_mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1; /* longer first */
    return source_rank(x) - source_rank(y);
}

/* ------------------------------------------------------------- keys */

/* "T:" type + folded words of [start, end) of the text; *h is its
 * nr_hash, for nr_amap_slot_h. */
static const char *text_key(nr_doc *d, int type, const char *s, size_t n, size_t *kn, uint64_t *h)
{
    /* ASCII text (most names): nr_fold is lower case with every white
     * space run made one space, written straight into the arena and
     * hashed as it is written; the first byte beyond ASCII sends the
     * text to nr_fold */
    char *k = nr_arena_alloc(&d->arena, n + 3), *o = k;
    *o++ = (char)('0' + type);
    *o++ = ':';
    uint64_t hh = nr_hash_step(NR_HASH_INIT, k, 2);
    bool in_space = false;
    size_t i;
    for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++) {
        char c = s[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            if (!in_space) {
                *o = ' ';
                hh = nr_hash_step(hh, o++, 1);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        *o = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        hh = nr_hash_step(hh, o++, 1);
    }
    if (i == n) {
        *o = '\0';
        *kn = (size_t)(o - k);
        *h = nr_hash_done(hh);
        return k;
    }
    nr_buf *b = &d->scratch;
    b->n = 0;
    nr_buf_putc(b, (char)('0' + type));
    nr_buf_putc(b, ':');
    nr_fold(b, s, n);
    *kn = b->n;
    *h = nr_hash(b->s, b->n);
    return nr_arena_strndup(&d->arena, b->s, b->n);
}

/* "P:" person= attribute, or "E:" entry id. */
static const char *entry_key(nr_doc *d, const nr_entry *e, size_t *kn)
{
    char person[128];
    bool by_person = nr_entry_attr(d->model, e, "person", person, sizeof person);
    const char *v = by_person ? person : nr_estr(d->model, e->id);
    size_t n = strlen(v);
    char *k = nr_arena_alloc(&d->arena, n + 3);
    k[0] = by_person ? 'P' : 'E';
    k[1] = ':';
    memcpy(k + 2, v, n + 1);
    *kn = n + 2;
    return k;
}

static int doc_ymd(const nr_doc *d)
{
    return d->anchor.year ? d->anchor.year * 10000 + d->anchor.month * 100 + d->anchor.day : 0;
}

static int32_t new_entity(nr_doc *d, const nr_mention *m)
{
    nr_entity *e = nr_vec_push(&d->entities, d->oom);
    e->type = m->type;
    e->entry = m->entry;
    if (m->entry >= 0) {
        const nr_entry *ge = &d->model->entries.v[m->entry];
        e->name = nr_estr(d->model, ge->name);
        e->kb = nr_estr(d->model, ge->id);
    } else {
        e->name = m->canon ? m->canon : nr_doc_str(d, m->start, m->end);
    }
    return (int32_t)(d->entities.n - 1);
}

/* Word keys of multi-word persons: "W:" exact words, "N:" first-word
 * prefixes. A key shared by two entities becomes -2 (ambiguous). */
static void put_word(nr_doc *d, nr_amap *words, char tag, const char *s, size_t n, int32_t ent)
{
    char *k = nr_arena_alloc(&d->arena, n + 2);
    k[0] = tag;
    k[1] = ':';
    memcpy(k + 2, s, n);
    int32_t *v = nr_amap_slot(words, k, n + 2, true);
    if (!v)
        return;
    if (*v == -1)
        *v = ent;
    else if (*v != ent)
        *v = -2;
}

static int32_t get_word(nr_doc *d, nr_amap *words, char tag, const char *s, size_t n)
{
    char *k = nr_arena_alloc(&d->arena, n + 2);
    k[0] = tag;
    k[1] = ':';
    memcpy(k + 2, s, n);
    int32_t *v = nr_amap_slot(words, k, n + 2, false);
    return v ? *v : -1;
}

static size_t utf8_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

void nr_link(nr_doc *d)
{
    size_t nm = d->mentions.n;
    if (!nm)
        return;
    qsort(d->mentions.v, nm, sizeof *d->mentions.v, cmp_mention);
    uint32_t reach = 0;
    for (size_t i = 0; i < nm; i++) {
        nr_mention *m = &d->mentions.v[i];
        m->ent = -1;
        if (m->start < reach) {
            m->dropped = true;
            continue;
        }
        reach = m->end;
    }

    nr_amap keys, words;
    nr_amap_init(&d->arena, &keys, nm * 3 + 8);
    nr_amap_init(&d->arena, &words, nm * 24 + 8);
    /* pass 1: everything but one-word rule persons */
    for (size_t i = 0; i < nm; i++) {
        nr_mention *m = &d->mentions.v[i];
        if (m->dropped)
            continue;
        bool single = m->type == NERID_PERSON && m->entry < 0 && m->te - m->tb == 1;
        if (single)
            continue;
        size_t kn, cn = 0;
        uint64_t kh, ch = 0;
        const char *k, *ck = NULL;
        if (m->entry >= 0) {
            k = entry_key(d, &d->model->entries.v[m->entry], &kn);
            kh = nr_hash(k, kn);
        } else {
            k = text_key(d, m->type, d->text + m->start, m->end - m->start, &kn, &kh);
        }
        if (m->canon && m->entry < 0)
            ck = text_key(d, m->type, m->canon, strlen(m->canon), &cn, &ch);
        int32_t *slot = nr_amap_slot_h(&keys, k, kn, kh, true);
        int32_t *cslot = ck ? nr_amap_slot_h(&keys, ck, cn, ch, true) : NULL;
        int32_t ent = cslot && *cslot >= 0 ? *cslot : slot ? *slot : -1;
        if (ent < 0)
            ent = new_entity(d, m);
        if (slot)
            *slot = ent;
        if (cslot)
            *cslot = ent;
        m->ent = ent;
        /* a rule mention of a gazetteer name's text links to the entry */
        if (m->entry >= 0) {
            size_t tn;
            uint64_t th;
            const char *tkey = text_key(d, m->type, d->text + m->start, m->end - m->start, &tn, &th);
            int32_t *ts = nr_amap_slot_h(&keys, tkey, tn, th, true);
            if (ts && *ts < 0)
                *ts = ent;
        }
        if (m->type == NERID_PERSON && m->te - m->tb >= 2) {
            for (uint32_t t = m->tb; t < m->te; t++) {
                size_t n;
                const char *s = nr_tok_norm(d, &d->toks.v[t], &n);
                if (d->toks.v[t].kind != TK_WORD || n < 2)
                    continue;
                put_word(d, &words, 'W', s, n, ent);
                if (t == m->tb)
                    for (size_t p = 3; p < n && p <= 20; p++)
                        if (((unsigned char)s[p] & 0xC0) != 0x80)
                            put_word(d, &words, 'N', s, p, ent);
            }
        }
    }
    /* pass 2: one-word persons */
    for (size_t i = 0; i < nm; i++) {
        nr_mention *m = &d->mentions.v[i];
        if (m->dropped || m->ent >= 0)
            continue;
        size_t n;
        const char *s = nr_tok_norm(d, &d->toks.v[m->tb], &n);
        int32_t ent = get_word(d, &words, 'W', s, n);
        if (ent < 0 && ent != -2 && utf8_chars(s, n) >= 3)
            ent = get_word(d, &words, 'N', s, n);
        if (ent < 0) {
            size_t kn;
            uint64_t kh;
            const char *k = text_key(d, m->type, d->text + m->start, m->end - m->start, &kn, &kh);
            int32_t *slot = nr_amap_slot_h(&keys, k, kn, kh, true);
            ent = slot && *slot >= 0 ? *slot : new_entity(d, m);
            if (slot)
                *slot = ent;
        }
        m->ent = ent;
    }
    /* names: the longest rule mention; roles */
    int ymd = doc_ymd(d);
    for (size_t i = 0; i < nm; i++) {
        const nr_mention *m = &d->mentions.v[i];
        if (m->dropped || m->ent < 0)
            continue;
        nr_entity *e = &d->entities.v[m->ent];
        if (e->entry < 0 && !m->canon && m->source && strcmp(m->source, "alias") != 0 &&
            m->end - m->start > strlen(e->name))
            e->name = nr_doc_str(d, m->start, m->end);
        if (m->role && !e->role)
            e->role = m->role;
    }
    for (size_t k = 0; k < d->entities.n; k++) {
        nr_entity *e = &d->entities.v[k];
        if (e->role || e->entry < 0 || e->type != NERID_PERSON)
            continue;
        const nr_entry *ge = &d->model->entries.v[e->entry];
        char role[256];
        if (nr_entry_valid_on(ge, ymd) && nr_entry_attr(d->model, ge, "role", role, sizeof role))
            e->role = nr_arena_strndup(&d->arena, role, strlen(role));
    }
}
