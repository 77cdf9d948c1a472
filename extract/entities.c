/* entities.c - stage 7: rules for entities no gazetteer holds.
 *
 * Input: tokens, paragraphs, sentences and the gazetteer mentions. Output:
 * more mentions (source "rule", "alias" or "role"); overlaps are resolved
 * and mentions linked later, in link.c.
 *
 * The text is cut into runs of capitalised words (one sentence at most;
 * lower-case connectors such as "dan" are allowed inside a run when it opens
 * with a title or a head word; an abbreviation's period and a legal form in
 * parentheses "(Persero)" too). Each run is read left to right:
 *   - a role title or honorific (titles.tsv, or a title of an official in
 *     officials.tsv): the person's name is the run's tail of name-like
 *     words; what lies between may be an institution opened by a head word
 *     ("Kepala Badan Pangan Nasional Arief Prasetyo Adi"). The title text
 *     becomes the person's role. A title with no name after it links to the
 *     one official holding it on the article's date (source "role").
 *   - a head word (entity_rules.tsv: "Kementerian", "Polres", "PT", "Bank",
 *     "Universitas", "Kabupaten", "Jalan" ...) opens a name of that type;
 *   - a tail word ("FC", "United", "Records", "Films") closes an
 *     organisation or company of at most three words before it; a
 *     "Pers..." word (Persib, Persebaya) is a football club, with the town
 *     written after it;
 *   - otherwise name-like words are a PERSON after a speech cue ("kata
 *     Fiki"), before a verb of saying ("Anggi mengatakan", also at a
 *     sentence start), before an age "(59)", in a byline or author line,
 *     or when two or more of them stand together; one such word alone
 *     mid-sentence is a PERSON after a relation word or lower-case role
 *     ("istri Ani", "pelatih Subangkit", "oleh Yesung") or before a verb
 *     formed with me-/ber-/di- ("Kalou membuat"); they are a LOCATION
 *     after "di"/"ke".
 * A word is name-like when it is capitalised, not an acronym, not a listed
 * stop word, office word, title word or ordinary word (the "common" class:
 * words news writes in lower case), and not seen in lower case elsewhere in
 * the document (the document's own vocabulary tells sentence initials and
 * headline title case from names). Headline-like lines (title
 * case or all capitals) get no rule mentions of their own, only echoes.
 * Then: unknown names in a comma/"dan" list with a person or a place take
 * its type ("Aceh Tengah, Pidie, Bireun"), a body followed by "Indonesia" is named with it ("TikTok
 * Indonesia"), "Full Name (ACR)" makes ACR an alias of the full name, and single
 * words of known person names and aliases are found again everywhere
 * ("echo"), headlines included.
 *
 * Cost: every scan is bounded (titles <= 8 tokens, names <= 4 words, runs
 * end at the sentence), lookups are hash probes: linear in the input. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "gazetteer_image.h"

enum {
    C_NONE = 0, C_MINISTRY, C_AGENCY, C_COMPANY, C_ORG, C_PLACE, C_SUFFIX, C_CUE,
    C_VERB, C_BYLINE, C_PARTICLE, C_CONN, C_NAME, C_STOP, C_TIME, C_ORGWORD, C_WORK, C_ORGCUE,
    C_FOREIGN, C_COMMON, C_ORGTAIL, C_COMPTAIL, C_PCUE, C_NCLASS
};

static const char *const CLASS_NAMES[C_NCLASS] = {
    "", "ministry", "agency", "company", "org", "place", "suffix", "cue",
    "verb", "byline", "particle", "conn", "name", "stop", "time", "orgword", "work", "orgcue",
    "foreign", "common", "orgtail", "comptail", "personcue"};

#define MAX_TITLE 8 /* tokens */
#define TFIRST_WORDS 512 /* 32768 bits for some 1,500 keys: 1 in 20 set */
#define MAX_NAME 4  /* words */

typedef struct {
    uint32_t entry;
    int32_t next;
} tlink;

typedef struct {
    nr_lex words;          /* entity_rules.tsv: folded word -> value index */
    NR_VEC(uint8_t) cls;   /* value index -> C_* */
    nr_strmap otitles;     /* folded official title -> first tlink */
    NR_VEC(tlink) links;
    nr_strmap tprefix;     /* every title key (titles.tsv, otitles) cut
                              before a ' ' or '.': a key that is none of
                              these cannot grow into a title */
    NR_VEC(uint64_t) tfirst; /* TFIRST_WORDS words: bit nr_hash(k) of every
                              key k of tprefix and of the titles; a token
                              whose view's bit is clear starts no title */
    nr_strmap hprefix;     /* every key of words cut before a ' ': a word
                              that is none of these opens no two-word key
                              (head_at) */
} ent_model;

/* ------------------------------------------------------------ loading */

static int class_of(const char *s)
{
    for (int i = 1; i < C_NCLASS; i++)
        if (strcmp(s, CLASS_NAMES[i]) == 0)
            return i;
    return -1;
}

/* Rebuilds the official-title map from every PERSON entry with titles=. */
static int build_titles(nerid_model *m, ent_model *em)
{
    nr_strmap_free(&em->otitles);
    em->links.n = 0;
    char buf[2048];
    for (size_t i = 0; i < m->entries.n; i++) {
        const nr_entry *e = &m->entries.v[i];
        if (e->type != NERID_PERSON || !nr_entry_attr(m, e, "titles", buf, sizeof buf))
            continue;
        char *p = buf;
        while (*p) {
            char *comma = strchr(p, ',');
            size_t len = comma ? (size_t)(comma - p) : strlen(p);
            if (len) {
                nr_buf f = {0};
                nr_fold(&f, p, len);
                if (f.failed)
                    return -1;
                uint32_t head;
                int32_t prev = nr_strmap_get(&em->otitles, f.s, f.n, &head) ? (int32_t)head : -1;
                tlink *l = nr_vec_push(&em->links, NULL);
                if (!l || nr_strmap_put(&em->otitles, f.s, f.n, (uint32_t)(em->links.n - 1)) < 0) {
                    nr_buf_free(&f);
                    return -1;
                }
                l->entry = (uint32_t)i;
                l->next = prev;
                nr_buf_free(&f);
            }
            p += len + (comma ? 1 : 0);
        }
    }
    return 0;
}

/* Every key of keys cut before a ' ' (and before a '.' when at_dot), into
 * pre: the cuts from byte `from` on (0: the empty cut included). */
static int add_cuts(nr_strmap *pre, const nr_strmap *keys, uint32_t from, bool at_dot)
{
    for (size_t j = 0; j < keys->cap; j++) {
        const char *key = nr_strmap_key(keys, j);
        for (uint32_t i = from; key && i < keys->klen[j]; i++)
            if ((key[i] == ' ' || (at_dot && key[i] == '.')) && nr_strmap_put(pre, key, i, 1) < 0)
                return -1;
    }
    return 0;
}

/* The bit of a key's hash in ent_model.tfirst. */
static inline bool tfirst_has(const ent_model *em, uint64_t h)
{
    return nr_hfilter_has(em->tfirst.v, TFIRST_WORDS, h);
}

/* Sets the bit of every key of keys in tfirst. */
static void add_tfirst(ent_model *em, const nr_strmap *keys)
{
    for (size_t j = 0; j < keys->cap; j++) {
        const char *key = nr_strmap_key(keys, j);
        if (key)
            nr_hfilter_add(em->tfirst.v, TFIRST_WORDS, nr_hash(key, keys->klen[j]));
    }
}

/* Rebuilds tprefix and tfirst from the titles loaded so far (each folder
 * loads its titles.tsv before this stage's files). */
static int build_prefixes(nerid_model *m, ent_model *em)
{
    nr_strmap_free(&em->tprefix);
    if (add_cuts(&em->tprefix, &m->titles.map, 1, true) < 0 ||
        add_cuts(&em->tprefix, &em->otitles, 1, true) < 0)
        return -1;
    if (!em->tfirst.v && !(em->tfirst.v = nr_sys_malloc(TFIRST_WORDS * sizeof *em->tfirst.v)))
        return -1;
    em->tfirst.n = em->tfirst.cap = TFIRST_WORDS;
    memset(em->tfirst.v, 0, TFIRST_WORDS * sizeof *em->tfirst.v);
    add_tfirst(em, &em->tprefix);
    add_tfirst(em, &m->titles.map);
    add_tfirst(em, &em->otitles);
    return 0;
}

int nr_entities_load(nerid_model *m, const char *dir, nerid_error *err)
{
    ent_model *em = m->entities;
    if (!em) {
        if (!(em = nr_sys_malloc(sizeof *em))) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
            return -1;
        }
        memset(em, 0, sizeof *em);
        m->entities = em;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/entity_rules.tsv", dir);
    if (nr_lex_load(m, &em->words, path, "word\tclass", 0, 1, true, err) < 0)
        return -1;
    for (size_t i = em->cls.n; i < em->words.strs.n; i++) {
        int c = class_of(em->words.strs.v[i]);
        if (c < 0) {
            nr_error_data(err, path, 0, "unknown class \"%.40s\"", em->words.strs.v[i]);
            return -1;
        }
        uint8_t *slot = nr_vec_push(&em->cls, NULL);
        if (!slot) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
            return -1;
        }
        *slot = (uint8_t)c;
    }
    nr_strmap_free(&em->hprefix);
    if (build_titles(m, em) < 0 || build_prefixes(m, em) < 0 ||
        add_cuts(&em->hprefix, &em->words.map, 0, false) < 0) {
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
        return -1;
    }
    return 0;
}

void nr_entities_free(void *p)
{
    ent_model *em = p;
    if (!em)
        return;
    nr_lex_free(&em->words);
    nr_vec_free(&em->cls);
    nr_strmap_free(&em->otitles);
    nr_strmap_free(&em->tprefix);
    nr_vec_free(&em->tfirst);
    nr_strmap_free(&em->hprefix);
    nr_vec_free(&em->links);
    nr_sys_free(em);
}

/* The compiled image (gazetteer_image.c) holds ent_model as it is. */
void nr_entities_image_put(const nerid_model *m, nr_buf *w)
{
    const ent_model *em = m->entities;
    nr_imgw_u64(w, em != NULL);
    if (!em)
        return;
    nr_imgw_lex(w, &em->words);
    nr_imgw_blob(w, em->cls.v, em->cls.n);
    nr_imgw_blob(w, em->links.v, em->links.n * sizeof *em->links.v);
    nr_imgw_map(w, &em->otitles);
    nr_imgw_map(w, &em->tprefix);
    nr_imgw_blob(w, em->tfirst.v, em->tfirst.n * sizeof *em->tfirst.v);
    nr_imgw_map(w, &em->hprefix);
}

int nr_entities_image_get(nerid_model *m, nr_img_reader *r)
{
    int rc;
    ent_model *em = nr_imgr_stage(r, sizeof *em, &rc);
    if (!em)
        return rc;
    m->entities = em;
    void *cls, *links;
    if (nr_imgr_lex(r, &em->words) < 0 || nr_imgr_copy(r, 1, &cls, &em->cls.n) < 0)
        return -1;
    em->cls.v = cls, em->cls.cap = em->cls.n;
    if (nr_imgr_copy(r, sizeof *em->links.v, &links, &em->links.n) < 0)
        return -1;
    em->links.v = links, em->links.cap = em->links.n;
    if (nr_imgr_map(r, &em->otitles, em->links.n) < 0 ||
        nr_imgr_map(r, &em->tprefix, NR_IMG_ANY) < 0)
        return -1;
    void *tfirst;
    if (nr_imgr_copy(r, sizeof *em->tfirst.v, &tfirst, &em->tfirst.n) < 0)
        return -1;
    em->tfirst.v = tfirst, em->tfirst.cap = em->tfirst.n;
    if (em->tfirst.n != TFIRST_WORDS)
        r->bad = true;
    if (nr_imgr_map(r, &em->hprefix, NR_IMG_ANY) < 0)
        return -1;
    /* every index followed at extraction is in range */
    if (em->cls.n != em->words.strs.n)
        r->bad = true;
    for (size_t i = 0; i < em->cls.n && !r->bad; i++)
        if (em->cls.v[i] == C_NONE || em->cls.v[i] >= C_NCLASS)
            r->bad = true;
    for (size_t i = 0; i < em->links.n && !r->bad; i++)
        if (em->links.v[i].entry >= m->entries.n || em->links.v[i].next >= (int32_t)i)
            r->bad = true;
    return 0;
}

/* ----------------------------------------------------------- the rules */

/* The titles starting at a token (titles_from). */
typedef struct {
    uint8_t any, off;
    int32_t offs[MAX_TITLE];
} title_memo;

typedef struct {
    nr_doc *d;
    const nr_tok *toks; /* d->toks.v: this stage adds no token */
    const ent_model *em;
    int32_t *cover;     /* per token: covering mention index, or -1 */
    uint8_t *cls;       /* per token: C_*, or CLS_UNKNOWN until cls_at */
    bool *cap;          /* per token: is_cap, set once */
    bool *headline;     /* per paragraph: title case or all capitals */
    nr_amap low;           /* folded words seen in lower case */
    int ymd;            /* article date, 0 when unknown */
    uint8_t *tdone;     /* per token: tmemo[] computed (titles_from) */
    title_memo *tmemo;  /* per token, see titles_from */
    int8_t *head2;      /* per token: word class of it and the next token
                           joined (head_at), -1 until asked */
} ctx;

static const nr_tok *tk(const ctx *c, size_t i) { return &c->toks[i]; }

static inline bool tok_lit(const ctx *c, size_t i, const char *lit)
{
    return i < c->d->toks.n && nr_tok_is(c->d, i, lit);
}

/* The word class (entity_rules.tsv, C_*) of the folded key s[0..n),
 * whose nr_hash is h; C_NONE when it has none. */
static int word_class_h(const ctx *c, const char *s, size_t n, uint64_t h)
{
    uint32_t v;
    if (!c->em || !nr_strmap_get_word_h(&c->em->words.map, s, n, h, &v) || v >= c->em->cls.n)
        return C_NONE;
    return c->em->cls.v[v];
}

enum { CLS_UNKNOWN = 0xFF };

/* Looks token i's word class up (cls_at's first time). */
static __attribute__((noinline)) int cls_lookup(const ctx *c, size_t i)
{
    const nr_tok *t = tk(c, i);
    size_t l;
    const char *s = nr_tok_norm(c->d, t, &l);
    c->cls[i] = t->kind == TK_WORD ? (uint8_t)word_class_h(c, s, l, nr_tok_hash(c->d, i)) : C_NONE;
    return c->cls[i];
}

/* Token i's word class (entity_rules.tsv; C_NONE for other tokens),
 * looked up on first use: the rules ask about a minority of the words,
 * most of them several times (inline: a load when known). */
static inline int cls_at(const ctx *c, size_t i)
{
    return c->cls[i] != CLS_UNKNOWN ? c->cls[i] : cls_lookup(c, i);
}

/* Is token i a capitalised word outside page clutter? (c->cap, asked
 * many times per token by the rules) */
static bool is_cap(const ctx *c, size_t i) { return c->cap[i]; }

static bool is_acronym(const ctx *c, size_t i)
{
    return (tk(c, i)->flags & TF_ALLCAPS) != 0;
}

/* Is capitalised word i (is_cap: see the filter in nr_entity_rules) seen
 * in lower case elsewhere in the document? */
static bool seen_lower(ctx *c, size_t i)
{
    size_t n;
    const char *s = nr_tok_norm(c->d, tk(c, i), &n);
    return nr_amap_slot_h(&c->low, s, n, nr_tok_hash(c->d, i), false) != NULL;
}

static bool is_title_word(const ctx *c, size_t i)
{
    size_t n;
    const char *s = nr_tok_norm(c->d, tk(c, i), &n);
    uint32_t v;
    return nr_strmap_get_word_h(&c->d->model->titles.map, s, n, nr_tok_hash(c->d, i), &v);
}

/* Is token i an honorific ("Pak", "Bu", "Mbak") of titles.tsv? */
static bool is_honorific(const ctx *c, size_t i)
{
    if (i >= c->d->toks.n || tk(c, i)->kind != TK_WORD || !is_cap(c, i))
        return false;
    size_t n;
    const char *s = nr_tok_norm(c->d, tk(c, i), &n);
    uint32_t v;
    const nr_lex *t = &c->d->model->titles;
    return nr_strmap_get_word_h(&t->map, s, n, nr_tok_hash(c->d, i), &v) && v < t->strs.n &&
           strcmp(t->strs.v[v], "honorific") == 0;
}

/* Is the folded word s[0..n) a derived common word: "-nya" (Perdananya),
 * or the confixes ke-/pe-/per-/ber- ... -an (Kepunahan, Perkebunan)?
 * Given names in -wan (Setiawan) are not. */
static bool derived_word(const char *s, size_t n)
{
    if (n >= 6 && memcmp(s + n - 3, "nya", 3) == 0)
        return true;
    if (n < 8 || memcmp(s + n - 2, "an", 2) != 0 || s[n - 3] == 'w')
        return false;
    return memcmp(s, "ke", 2) == 0 || memcmp(s, "pe", 2) == 0 || memcmp(s, "ber", 3) == 0;
}

/* Could token i be a word of a personal name? */
static bool namey(ctx *c, size_t i)
{
    if (i >= c->d->toks.n || !is_cap(c, i))
        return false;
    const nr_tok *t = tk(c, i);
    if (t->flags & (TF_DIGIT | TF_DOTTED))
        return false;
    if (is_acronym(c, i))
        return false;
    int k = cls_at(c, i);
    if (k == C_NAME)
        return true;
    if (k != C_NONE && k != C_PARTICLE)
        return false;
    if (t->end - t->start < 2 || is_title_word(c, i) || seen_lower(c, i))
        return false;
    size_t n;
    const char *s = nr_tok_norm(c->d, t, &n);
    if (derived_word(s, n))
        return false;
    int32_t m = c->cover[i];
    if (m >= 0 && c->d->mentions.v[m].type != NERID_PERSON)
        return false;
    return true;
}

/* May token i continue a personal name after a name-like word? Words
 * that are titles, place heads or holidays elsewhere ("Hakim", "Tanjung",
 * "Ramadhan") are names inside one. */
static bool namey_inner(ctx *c, size_t i)
{
    if (namey(c, i))
        return true;
    if (i >= c->d->toks.n || !is_cap(c, i) || is_acronym(c, i) || seen_lower(c, i))
        return false;
    const nr_tok *t = tk(c, i);
    if (t->flags & (TF_DIGIT | TF_DOTTED) || t->end - t->start < 3)
        return false;
    int k = cls_at(c, i);
    int32_t m = c->cover[i];
    if (m >= 0 && c->d->mentions.v[m].type != NERID_PERSON && c->d->mentions.v[m].tb < i)
        return false;
    return k == C_NONE || k == C_PLACE || k == C_STOP || k == C_COMMON;
}

/* Joins the folded views of tokens [b, e) with single spaces (no space
 * before a period) into buf; returns the length or 0 when too long. */
static size_t join_key(const ctx *c, size_t b, size_t e, char *buf, size_t cap)
{
    size_t k = 0;
    for (size_t i = b; i < e; i++) {
        size_t n;
        const char *s = nr_tok_norm(c->d, tk(c, i), &n);
        bool sp = i > b && !(tk(c, i)->kind == TK_PUNCT && n == 1 && *s == '.');
        if (k + n + 1 >= cap)
            return 0;
        if (sp)
            buf[k++] = ' ';
        memcpy(buf + k, s, n);
        k += n;
    }
    return k;
}

/* The titles (titles.tsv, or an official's title) starting at token b, of
 * 1 to MAX_TITLE tokens, computed once per token (title_at asks with many
 * limits): bit L-1 of `any` is set when the L tokens from b are a title,
 * of `off` when they are an official's title, whose first link is offs[L-1].
 * The keys are the folded views joined by join_key's rule, hashed as they
 * grow, and stop growing when no title starts with them (em->tprefix).
 * Most words start no title: their bit in em->tfirst settles them. */
static __attribute__((noinline)) const title_memo *titles_compute(const ctx *c, size_t b)
{
    title_memo *tm = &c->tmemo[b];
    c->tdone[b] = 1;
    tm->any = tm->off = 0;
    if (c->em && !tfirst_has(c->em, nr_tok_hash(c->d, b)))
        return tm;
    char key[256];
    size_t k = 0;
    uint64_t h = NR_HASH_INIT;
    for (size_t e = b + 1; e <= c->d->toks.n && e - b <= MAX_TITLE; e++) {
        const nr_tok *t = tk(c, e - 1);
        if (t->kind != TK_WORD && !(t->kind == TK_PUNCT && e - 1 > b && (tk(c, e - 2)->flags & TF_ABBREV)))
            break;
        size_t n;
        const char *s = nr_tok_norm(c->d, t, &n);
        if (k + n + 1 >= sizeof key)
            break;
        if (e == b + 2) /* the first word's key was looked up by its token hash */
            h = nr_hash_step(h, key, k);
        if (e - 1 > b && !(t->kind == TK_PUNCT && n == 1 && *s == '.')) {
            key[k++] = ' ';
            h = nr_hash_step(h, " ", 1);
        }
        memcpy(key + k, s, n);
        k += n;
        if (e > b + 1)
            h = nr_hash_step(h, s, n);
        if (!k)
            break; /* an empty key ends the search (join_key's 0) */
        uint64_t hd = e == b + 1 ? nr_tok_hash(c->d, b) : nr_hash_done(h);
        uint32_t v;
        if (nr_strmap_get_word_h(&c->d->model->titles.map, key, k, hd, &v))
            tm->any |= (uint8_t)(1u << (e - b - 1));
        if (c->em && nr_strmap_get_word_h(&c->em->otitles, key, k, hd, &v)) {
            tm->any |= (uint8_t)(1u << (e - b - 1));
            tm->off |= (uint8_t)(1u << (e - b - 1));
            tm->offs[e - b - 1] = (int32_t)v;
        }
        if (c->em && !nr_strmap_get_word_h(&c->em->tprefix, key, k, hd, NULL))
            break; /* no title goes on from here */
    }
    return tm;
}

/* titles_compute's memo, inline: most tokens are asked several times. */
static inline const title_memo *titles_from(const ctx *c, size_t b)
{
    return c->tdone[b] ? &c->tmemo[b] : titles_compute(c, b);
}

/* Longest title at token b ending by `limit` (titles.tsv, or an
 * official's title): returns its length in tokens, 0 when none. *off is
 * set to the first link of the officials holding the longest official
 * title, or -1. */
static size_t title_at(const ctx *c, size_t b, size_t limit, int32_t *off)
{
    *off = -1;
    if (cls_at(c, b) == C_NAME || !is_cap(c, b))
        return 0;
    const title_memo *tm = titles_from(c, b);
    /* bit L-1 of a mask: a title of L tokens; keep those ending by limit */
    size_t room = limit > b ? limit - b : 0;
    unsigned fit = room >= MAX_TITLE ? 0xFFu : (1u << room) - 1;
    unsigned any = tm->any & fit, offs = tm->off & fit;
    if (offs)
        *off = tm->offs[31 - __builtin_clz(offs)];
    return any ? (size_t)(32 - __builtin_clz(any)) : 0;
}

/* Might tokens b and b + 1 joined (join_key) be a key of entity_rules.tsv?
 * Most words open no two-word key: their view is not in hprefix. A '.'
 * second token is joined without a space, so it is always asked. */
static bool may_open_pair(const ctx *c, size_t b)
{
    if (!c->em)
        return false;
    size_t n1, n2;
    const char *s = nr_tok_norm(c->d, tk(c, b), &n1), *s2 = nr_tok_norm(c->d, tk(c, b + 1), &n2);
    if (tk(c, b + 1)->kind == TK_PUNCT && n2 == 1 && *s2 == '.')
        return true;
    return nr_strmap_get_word_h(&c->em->hprefix, s, n1, nr_tok_hash(c->d, b), NULL);
}

/* The class of the two tokens from b joined (join_key), C_NONE when none. */
static int head2_class(const ctx *c, size_t b)
{
    if (!may_open_pair(c, b))
        return C_NONE;
    char key[128];
    size_t n = join_key(c, b, b + 2, key, sizeof key);
    return n ? word_class_h(c, key, n, nr_hash(key, n)) : C_NONE;
}

/* Head class of a name opened at token b (two-word heads first): sets
 * *len to the head's length. */
static int head_at(const ctx *c, size_t b, size_t limit, size_t *len)
{
    if (!is_cap(c, b) && tk(c, b)->kind != TK_WORD)
        return C_NONE;
    if (b + 2 <= limit) {
        if (c->head2[b] < 0) /* asked with many limits: looked up once */
            c->head2[b] = (int8_t)head2_class(c, b);
        int k = c->head2[b];
        if (k >= C_MINISTRY && k <= C_PLACE) {
            *len = 2;
            return k;
        }
    }
    int k = cls_at(c, b);
    if (k >= C_MINISTRY && k <= C_PLACE) {
        *len = 1;
        return k;
    }
    return C_NONE;
}

static int type_of_head(int k)
{
    switch (k) {
    case C_MINISTRY: return NERID_MINISTRY;
    case C_AGENCY: return NERID_GOV_AGENCY;
    case C_COMPANY: return NERID_COMPANY;
    case C_ORG: return NERID_ORGANIZATION;
    default: return NERID_LOCATION;
    }
}

/* Is any token of [b, e) already covered by a mention? */
static bool covered(const ctx *c, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (c->cover[i] >= 0)
            return true;
    return false;
}

static nr_mention *add(ctx *c, size_t b, size_t e, int type, const char *source, const char *rule)
{
    nr_mention *m = nr_mention_add(c->d, (uint32_t)b, (uint32_t)e, type, -1, source, rule);
    int32_t idx = (int32_t)(c->d->mentions.n - 1);
    for (size_t i = b; i < e; i++)
        if (c->cover[i] < 0)
            c->cover[i] = idx;
    return m;
}

/* Adds a person [b, e) unless a gazetteer person has exactly that span
 * (then only the role is recorded on it). */
static void add_person(ctx *c, size_t b, size_t e, const char *rule, const char *role)
{
    int32_t m = c->cover[b];
    if (m >= 0) {
        nr_mention *g = &c->d->mentions.v[m];
        if (g->type == NERID_PERSON && g->tb == b && g->te == e) {
            if (role && !g->role)
                g->role = role;
            return;
        }
    }
    nr_mention *p = add(c, b, e, NERID_PERSON, "rule", rule);
    p->role = role;
}

/* Tokens [b, e) as a role string without trailing commas. */
static const char *role_text(ctx *c, size_t b, size_t e)
{
    while (e > b && tk(c, e - 1)->kind == TK_PUNCT)
        e--;
    return e > b ? nr_doc_str(c->d, tk(c, b)->start, tk(c, e - 1)->end) : NULL;
}

/* The tail of name-like words of [b, e): returns its first token. */
static size_t name_tail(ctx *c, size_t b, size_t e)
{
    size_t k = e, words = 0;
    while (k > b && words < MAX_NAME) {
        if (namey(c, k - 1) || (k - 1 > b && namey_inner(c, k - 1) && namey(c, k - 2) && (words == 0 || !is_title_word(c, k - 1)))) {
            k--, words++;
        } else if (k - 1 > b && cls_at(c, k - 1) == C_PARTICLE && !is_cap(c, k - 1) && namey(c, k - 2)) {
            k--;
        } else {
            break;
        }
    }
    /* a tail that is a gazetteer mention's end only is no name */
    if (k < e && c->cover[k] >= 0 && c->d->mentions.v[c->cover[k]].tb < k)
        return e;
    return k;
}

/* The head of name-like words of [b, e): returns its end. */
static size_t name_head(ctx *c, size_t b, size_t e)
{
    size_t k = b, words = 0;
    while (k < e && words < MAX_NAME) {
        if (namey(c, k) || (k > b && namey_inner(c, k)))
            k++, words++;
        else if (k > b && k + 1 < e && cls_at(c, k) == C_PARTICLE && !is_cap(c, k) && namey(c, k + 1))
            k++;
        else
            break;
    }
    return k;
}

static bool is_age(const ctx *c, size_t i)
{
    if (!tok_lit(c, i, "(") || i + 2 >= c->d->toks.n || !tok_lit(c, i + 2, ")"))
        return false;
    const nr_tok *t = tk(c, i + 1);
    if (t->kind != TK_NUMBER && !(t->kind == TK_WORD && (t->flags & TF_DIGIT)))
        return false;
    size_t n;
    const char *s = nr_tok_norm(c->d, t, &n);
    if (n > 3)
        return false;
    for (size_t k = 0; k < n; k++)
        if (s[k] < '0' || s[k] > '9')
            return false;
    return true;
}

/* Byline paragraph: it opens with a credit word ("Penulis", "Editor",
 * "Laporan Wartawan"). */
static bool byline_para(const ctx *c, const nr_range *p)
{
    size_t b = p->tb;
    if (b < p->te && cls_at(c, b) == C_BYLINE && !(tk(c, b)->flags & TF_CLUTTER))
        return true;
    return b + 2 <= p->te && head2_class(c, b) == C_BYLINE;
}

/* Links a title alone to the one official holding it on the doc's date. */
static void role_alone(ctx *c, size_t b, size_t e, int32_t link)
{
    if (!c->ymd || link < 0)
        return;
    int32_t found = -1;
    for (int32_t l = link, guard = 0; l >= 0 && guard < 64; l = c->em->links.v[l].next, guard++) {
        uint32_t ent = c->em->links.v[l].entry;
        if (!nr_entry_valid_on(&c->d->model->entries.v[ent], c->ymd))
            continue;
        if (found >= 0 && found != (int32_t)ent)
            return; /* ambiguous */
        found = (int32_t)ent;
    }
    if (found < 0 || covered(c, b, e))
        return;
    nr_mention *m = add(c, b, e, NERID_PERSON, "role", "rule.role-title");
    m->entry = found;
}

/* A one-word place from a gazetteer right after a speech cue or an
 * honorific ("ujar Anggi", "Pak Bayat") is a person's short name: the
 * mention becomes a rule person (its words are then name-like). */
static void people_not_places(ctx *c)
{
    nr_doc *d = c->d;
    for (size_t k = 0; k < d->mentions.n; k++) {
        nr_mention *m = &d->mentions.v[k];
        size_t b = m->tb;
        if (m->type != NERID_LOCATION || m->entry < 0 || m->te - b != 1 || b == 0 || is_acronym(c, b))
            continue;
        bool cue = cls_at(c, b - 1) == C_CUE && !is_cap(c, b - 1);
        if (!cue && !is_honorific(c, b - 1))
            continue;
        m->type = NERID_PERSON;
        m->entry = -1;
        m->source = "rule";
        m->rule = cue ? "rule.cue-name" : "rule.honorific-name";
    }
}

static void unknown_words(ctx *c, size_t b, size_t e);

/* Does a lower-case word before token i point at one person: a kinship
 * or relation word ("istri", "bernama"), a role title ("pelatih"), or the
 * agent and recipient words "oleh", "kepada", "bagi"? */
static bool person_before(ctx *c, size_t i)
{
    if (i == 0 || tk(c, i - 1)->kind != TK_WORD || is_cap(c, i - 1))
        return false;
    return cls_at(c, i - 1) == C_PCUE || is_title_word(c, i - 1) || tok_lit(c, i - 1, "oleh") ||
           tok_lit(c, i - 1, "kepada") || tok_lit(c, i - 1, "bagi");
}

/* Is token j a lower-case verb: a listed one, or a word formed with the
 * verb prefixes me-, ber-, di- ("menjadi", "bersolo", "dilahirkan"), or
 * "juga" right after the subject? */
static bool verb_after(ctx *c, size_t j)
{
    if (j >= c->d->toks.n || tk(c, j)->kind != TK_WORD || is_cap(c, j))
        return false;
    if (cls_at(c, j) == C_VERB || tok_lit(c, j, "juga"))
        return true;
    size_t n;
    const char *s = nr_tok_norm(c->d, tk(c, j), &n);
    if (n < 6)
        return false;
    return (s[0] == 'm' && s[1] == 'e' && strchr("mnr", s[2]) != NULL) || memcmp(s, "ber", 3) == 0 ||
           (s[0] == 'd' && s[1] == 'i' && strchr("aeiou", s[2]) == NULL);
}

/* Is token i an Indonesian football club named "Pers..." (Persib,
 * Persebaya, Persekabpas): a capitalised word "Pers" + 2..10 lower-case
 * letters that has no class of its own and is not seen in lower case? */
static bool club_word(ctx *c, size_t i)
{
    const nr_tok *t = tk(c, i);
    size_t n = t->end - t->start;
    const char *s = c->d->text + t->start;
    if (!is_cap(c, i) || cls_at(c, i) != C_NONE || n < 6 || n > 14 || memcmp(s, "Pers", 4) != 0 || seen_lower(c, i))
        return false;
    for (size_t k = 4; k < n; k++)
        if (s[k] < 'a' || s[k] > 'z')
            return false;
    return true;
}

/* Reads one run [b, e) of capitalised words. */
static void read_run(ctx *c, size_t b, size_t e)
{
    nr_doc *d = c->d;
    /* drop leading stop words and sentence-initial common words */
    while (b < e) {
        int k = cls_at(c, b);
        bool initial = (tk(c, b)->flags & (TF_SENT | TF_PARA)) ||
                       (b > 0 && (tk(c, b - 1)->kind == TK_QUOTE || tok_lit(c, b - 1, "(")));
        int32_t ol;
        if (k == C_STOP && title_at(c, b, e, &ol))
            break;
        if (k == C_STOP || k == C_TIME || k == C_VERB || k == C_CUE || !is_cap(c, b) ||
            (initial && k == C_COMMON) || (initial && k == C_NONE && seen_lower(c, b) && !is_title_word(c, b)))
            b++;
        else
            break;
    }
    if (b >= e)
        return;
    int32_t olink;
    size_t tl = title_at(c, b, e, &olink);
    if (tl) {
        size_t after = b + tl;
        /* further titles and institutions until the name */
        size_t k = name_tail(c, after, e);
        size_t hl0;
        /* after an institution the name has at most three words */
        if (k > after && e - k > 3 && head_at(c, after, e, &hl0) != C_NONE)
            k = e - 3;
        if (k == e) {
            if (olink >= 0 && !namey(c, e))
                role_alone(c, b, after, olink);
            if (after < e)
                read_run(c, after, e);
            return;
        }
        size_t hl;
        int h = after < k ? head_at(c, after, k, &hl) : C_NONE;
        if (h != C_NONE && k - after > hl && !covered(c, after, k))
            add(c, after, k, type_of_head(h), "rule", "rule.head-in-title");
        add_person(c, k, e, "rule.title-name", role_text(c, b, k));
        return;
    }
    size_t hl;
    int h = head_at(c, b, e, &hl);
    if (h != C_NONE) {
        /* the name ends before a title ("... Kota AKBP Dimas") or after a
         * listed name followed by a person ("Komisi VI DPR Lukman ...") */
        size_t end = e;
        for (size_t j = b + hl; j < e; j++) {
            int32_t ol;
            int32_t m = c->cover[j];
            if (m >= 0 && d->mentions.v[m].tb == b && d->mentions.v[m].te < e && namey(c, d->mentions.v[m].te)) {
                end = d->mentions.v[m].te;
                break;
            }
            if (j > b + hl && c->cover[j] < 0 && cls_at(c, j) != C_NAME && title_at(c, j, e, &ol)) {
                end = j;
                break;
            }
        }
        if (end - b > hl && !(c->cover[b] >= 0 && d->mentions.v[c->cover[b]].te >= end))
            add(c, b, end, type_of_head(h), "rule", "rule.head");
        if (end < e)
            read_run(c, end, e);
        return;
    }
    if (club_word(c, b)) {
        /* a football club "Persema", with its town "Persema Malang" */
        size_t end = b + 1;
        int32_t m = end < e ? c->cover[end] : -1;
        if (m >= 0 && d->mentions.v[m].type == NERID_LOCATION && d->mentions.v[m].tb == end &&
            d->mentions.v[m].te == end + 1)
            end++;
        add(c, b, end, NERID_ORGANIZATION, "rule", "rule.club");
        if (end < e)
            read_run(c, end, e);
        return;
    }
    /* unknown words up to a title, a head word or a tail word inside the
     * run; a tail word closes an organisation of at most three words
     * before it ("Sriwijaya FC", "West Ham United", "Boss Films") */
    for (size_t j = b + 1; j < e; j++) {
        int32_t ol;
        size_t jl;
        if ((cls_at(c, j) == C_ORGTAIL || cls_at(c, j) == C_COMPTAIL) && is_cap(c, j)) {
            size_t s = j - b > 3 ? j - 3 : b;
            if (s > b)
                unknown_words(c, b, s);
            add(c, s, j + 1, cls_at(c, j) == C_COMPTAIL ? NERID_COMPANY : NERID_ORGANIZATION, "rule", "rule.tail");
            if (j + 1 < e)
                read_run(c, j + 1, e);
            return;
        }
        if (is_cap(c, j) && c->cover[j] < 0 && (head_at(c, j, e, &jl) != C_NONE || title_at(c, j, e, &ol))) {
            unknown_words(c, b, j);
            read_run(c, j, e);
            return;
        }
    }
    unknown_words(c, b, e);
}

/* Unknown capitalised words [b, e) of a run: split at gazetteer mentions,
 * typed by their context. */
static void unknown_words(ctx *c, size_t b, size_t e)
{
    nr_doc *d = c->d;
    size_t i = b;
    while (i < e) {
        if (c->cover[i] >= 0) {
            i = d->mentions.v[c->cover[i]].te > i ? d->mentions.v[c->cover[i]].te : i + 1;
            continue;
        }
        size_t pe = i;
        while (pe < e && c->cover[pe] < 0)
            pe++;
        size_t before = i;
        bool cue = before > 0 && cls_at(c, before - 1) == C_CUE && !is_cap(c, before - 1);
        bool verb = pe < d->toks.n && cls_at(c, pe) == C_VERB && !is_cap(c, pe);
        bool age = pe == e && is_age(c, pe);
        /* a lower-case word before the run: a place preposition or area
         * word ("di", "desa", "kota"), a kind of work ("film", "album":
         * a title, not a person), a kind of organisation ("band", "klub") */
        int pc = before > 0 && tk(c, before - 1)->kind == TK_WORD && !is_cap(c, before - 1) ? cls_at(c, before - 1)
                                                                                              : C_NONE;
        bool prep = pc == C_PLACE || (before > 0 && !is_cap(c, before - 1) &&
                                      (tok_lit(c, before - 1, "di") || tok_lit(c, before - 1, "ke")));
        /* a run in quotation marks is a title, unless it is a role
         * played (sebagai "Shizuna Minamoto") */
        bool quoted = before > 0 && tk(c, before - 1)->kind == TK_QUOTE && pe < d->toks.n &&
                      tk(c, pe)->kind == TK_QUOTE && !(before > 1 && cls_at(c, before - 2) == C_VERB);
        size_t he = name_head(c, i, pe);
        size_t ts = verb || age ? name_tail(c, i, pe) : pe; /* (asked only then) */
        if (quoted || pc == C_WORK) {
            /* no person */
        } else if (pc == C_ORGCUE || pc == C_COMPANY || pc == C_ORG) {
            add(c, i, pe, pc == C_COMPANY ? NERID_COMPANY : NERID_ORGANIZATION, "rule", "rule.org-cue");
        } else if (cue && he > i) {
            add_person(c, i, he, "rule.cue-name", NULL);
        } else if ((verb || age) && ts < pe) {
            add_person(c, ts, pe, verb ? "rule.name-verb" : "rule.name-age", NULL);
        } else if (prep && he == pe) {
            /* a lower-case place head belongs to the name ("desa Kramas"),
             * the generic "kawasan" does not */
            bool head = pc == C_PLACE && !tok_lit(c, before - 1, "kawasan");
            add(c, head ? i - 1 : i, pe, NERID_LOCATION, "rule", "rule.place-prep");
        } else if (he == pe && pe - i >= 2) {
            add_person(c, i, pe, "rule.name-run", NULL);
        } else if (he == pe && pe - i == 1 && !(tk(c, i)->flags & (TF_SENT | TF_PARA)) &&
                   (person_before(c, i) || verb_after(c, pe))) {
            add_person(c, i, pe, "rule.name-single", NULL);
        }
        i = pe;
    }
}

/* Is paragraph k a headline-like line (title case or all capitals)? */
static bool headline_like(ctx *c, const nr_range *p)
{
    size_t words = 0, caps = 0, allcaps = 0;
    for (uint32_t i = p->tb; i < p->te; i++) {
        const nr_tok *t = tk(c, i);
        if (t->kind != TK_WORD || t->end - t->start < 3)
            continue;
        words++;
        caps += (t->flags & TF_CAP) != 0;
        allcaps += (t->flags & TF_ALLCAPS) != 0;
    }
    if (words < 3)
        return false;
    return caps * 5 >= words * 4 || allcaps * 2 > words;
}

/* Run boundaries: may token j continue a run that started at b? */
static bool continues(ctx *c, size_t b, size_t j, bool lax)
{
    const nr_tok *t = tk(c, j);
    if (t->sent != tk(c, b)->sent || (t->flags & TF_CLUTTER))
        return false;
    if (is_cap(c, j))
        return cls_at(c, j) != C_TIME;
    if (j + 1 >= c->d->toks.n || !is_cap(c, j + 1))
        return t->kind == TK_NUMBER && lax && j > b;
    if (t->kind == TK_PUNCT && tok_lit(c, j, ".") && (tk(c, j - 1)->flags & TF_ABBREV))
        return true;
    if (t->kind == TK_NUMBER && lax)
        return true;
    int k = cls_at(c, j);
    if (t->kind == TK_WORD && k == C_PARTICLE)
        return true;
    if (t->kind == TK_WORD && lax && k == C_CONN) {
        /* "dan" joins words of one name, not two names */
        size_t hl;
        int32_t ol;
        return head_at(c, j + 1, c->d->toks.n, &hl) == C_NONE && !title_at(c, j + 1, c->d->toks.n, &ol);
    }
    return false;
}

/* The dateline place ("JAKARTA, KOMPAS.com -", "Jakarta -") in the first
 * paragraphs. */
static void dateline(ctx *c)
{
    nr_doc *d = c->d;
    for (size_t k = 0; k < d->paras.n && k < 30; k++) {
        const nr_range *p = &d->paras.v[k];
        size_t i = p->tb, e = p->te;
        while (i < e && i - p->tb < 4 && is_cap(c, i) && cls_at(c, i) != C_TIME)
            i++;
        if (i == p->tb || i >= e)
            continue;
        bool ok = tok_lit(c, i, "-") || (tok_lit(c, i, ",") && i + 2 < e && tk(c, i + 1)->kind == TK_WORD &&
                                           (tok_lit(c, i + 2, "-") || tok_lit(c, i + 2, "--")));
        bool all = true;
        for (size_t j = p->tb; j < i; j++)
            all = all && (tk(c, j)->flags & TF_ALLCAPS);
        if (!ok || !(all || tok_lit(c, i, "-")) || e - p->tb < 6)
            continue;
        if (!covered(c, p->tb, i) && (all || namey(c, p->tb)))
            add(c, p->tb, i, NERID_LOCATION, "rule", "rule.dateline");
        return;
    }
}

/* Author lines: short name-only lines near the top, right after a line
 * holding the publication time or another author line. */
static void author_lines(ctx *c)
{
    nr_doc *d = c->d;
    size_t ti = 0;
    bool prev_ok = false;
    for (size_t k = 0; k < d->paras.n && k < 25; k++) {
        const nr_range *p = &d->paras.v[k];
        bool has_time = false;
        while (ti < d->times.n && d->times.v[ti].start < p->start)
            ti++;
        if (ti < d->times.n && d->times.v[ti].start < p->end)
            has_time = true;
        size_t e = p->te;
        while (e > p->tb && tk(c, e - 1)->kind == TK_PUNCT)
            e--;
        size_t he = name_head(c, p->tb, e);
        bool name_line = e > p->tb && he == e && e - p->tb >= 2 && e - p->tb <= MAX_NAME &&
                         p->te - e <= 1 && !covered(c, p->tb, e);
        if (name_line && prev_ok) {
            add_person(c, p->tb, e, "rule.author-line", NULL);
            continue;
        }
        prev_ok = has_time;
    }
}

/* Bylines: every name in a paragraph that opens with a credit word. */
static void bylines(ctx *c, const nr_range *p)
{
    for (size_t i = p->tb; i < p->te;) {
        size_t he = name_head(c, i, p->te);
        if (he > i && !covered(c, i, he) && (i == p->tb || !is_cap(c, i - 1))) {
            add_person(c, i, he, "rule.byline", NULL);
            i = he;
        } else {
            i++;
        }
    }
}

/* The authors and editors page.c found become persons where written. */
static void credited(ctx *c)
{
    nr_doc *d = c->d;
    for (int list = 0; list < 2; list++) {
        size_t nn = list ? d->meta.editors.n : d->meta.authors.n;
        for (size_t k = 0; k < nn && k < 16; k++) {
            const char *name = list ? d->meta.editors.v[k] : d->meta.authors.v[k];
            size_t ln = strlen(name);
            if (ln < 3)
                continue;
            const char *hit = memmem(d->text, d->len, name, ln);
            if (!hit)
                continue;
            size_t tb = nr_tok_at(d, (uint32_t)(hit - d->text));
            size_t te = nr_tok_at(d, (uint32_t)(hit - d->text + ln));
            if (tb >= te || tk(c, tb)->start != (uint32_t)(hit - d->text) || tk(c, te - 1)->end != hit - d->text + ln ||
                covered(c, tb, te))
                continue;
            add_person(c, tb, te, "rule.byline", NULL);
        }
    }
}

/* An organisation or company written with its country right after it
 * ("TikTok Indonesia", "Arema Indonesia", "BMG Indonesia") is named with
 * it: a longer mention of the same entry or text is added (link.c keeps
 * the longest). */
static void country_suffix(ctx *c)
{
    nr_doc *d = c->d;
    size_t nm = d->mentions.n;
    for (size_t k = 0; k < nm; k++) {
        nr_mention m = d->mentions.v[k];
        size_t i = m.te;
        if (m.type == NERID_PERSON || m.type == NERID_LOCATION || i >= d->toks.n || !is_cap(c, i) ||
            !tok_lit(c, i, "indonesia") || tk(c, i)->sent != tk(c, m.tb)->sent || cls_at(c, m.tb) == C_COMMON)
            continue;
        int32_t o = c->cover[i];
        if (o >= 0 && (d->mentions.v[o].type != NERID_LOCATION || d->mentions.v[o].te != i + 1))
            continue;
        nr_mention *x = add(c, m.tb, i + 1, m.type, "rule", "rule.country-suffix");
        x->entry = m.entry;
        x->canon = m.canon;
    }
}

/* Is token i a list separator: a comma, or a lower-case "dan", "serta",
 * "atau" (also ", dan")? Returns the number of tokens, 0 when not. */
static size_t list_sep(const ctx *c, size_t i)
{
    if (i >= c->d->toks.n)
        return 0;
    bool conj = !is_cap(c, i) && (tok_lit(c, i, "dan") || tok_lit(c, i, "serta") || tok_lit(c, i, "atau"));
    if (tok_lit(c, i, ","))
        return i + 1 < c->d->toks.n && !is_cap(c, i + 1) && tok_lit(c, i + 1, "dan") ? 2 : 1;
    return conj ? 1 : 0;
}

/* Does a list item end before token i: a separator, closing punctuation
 * or the sentence end? */
static bool item_end(const ctx *c, size_t i, uint32_t sent)
{
    if (i >= c->d->toks.n || tk(c, i)->sent != sent)
        return true;
    return list_sep(c, i) || tok_lit(c, i, ".") || tok_lit(c, i, ")") || tok_lit(c, i, ";");
}

/* May token i be a word of an unknown list item: name-like (the first
 * word) or name-like inside a name, neither a name suffix ("Jr", "Sr")
 * nor a hyphenated word ("Mega-Mega", "K-Mart")? */
static bool list_word(ctx *c, size_t i, bool first)
{
    const nr_tok *t = tk(c, i);
    if (t->end - t->start < 3 || memchr(c->d->text + t->start, '-', t->end - t->start))
        return false;
    return first ? namey(c, i) : namey_inner(c, i);
}

/* Names in a list with a person or a place take its type: "Anies
 * Baswedan, Ali Masykur Musa, dan Dino Patti Djalal", "Aceh Tengah, Pidie,
 * Bireun", "Dusun Genengan dan Ngebrak". An unknown item is one to three
 * name-like words no mention covers, standing alone between separators
 * (so "di Bandung, Andi mengatakan" gives no place). Items found are
 * spread further along the list. */
static void list_spread(ctx *c)
{
    nr_doc *d = c->d;
    for (size_t k = 0; k < d->mentions.n; k++) {
        nr_mention m = d->mentions.v[k];
        if ((m.type != NERID_PERSON && m.type != NERID_LOCATION) || c->cover[m.tb] != (int32_t)k ||
            c->cover[m.te - 1] != (int32_t)k)
            continue;
        uint32_t sent = tk(c, m.tb)->sent;
        /* rightwards: "M, X" */
        size_t sl = list_sep(c, m.te);
        if (sl) {
            size_t b = m.te + sl, e = b;
            while (e < d->toks.n && e - b < 3 && tk(c, e)->sent == sent && c->cover[e] < 0 &&
                   list_word(c, e, e == b))
                e++;
            if (e > b && item_end(c, e, sent))
                add(c, b, e, m.type, "rule", "rule.list");
        }
        /* leftwards: "X, M" */
        if (m.tb >= 2) {
            size_t e = m.tb;
            if (tok_lit(c, e - 1, "dan") && e >= 3 && tok_lit(c, e - 2, ","))
                e -= 2;
            else if (list_sep(c, e - 1) == 1)
                e -= 1;
            else
                continue;
            size_t b = e;
            while (b > 0 && e - b < 3 && tk(c, b - 1)->sent == sent && c->cover[b - 1] < 0 &&
                   list_word(c, b - 1, false))
                b--;
            while (b < e && !list_word(c, b, true))
                b++;
            if (b == e || (tk(c, b)->flags & (TF_SENT | TF_PARA)))
                continue;
            if (list_sep(c, b - 1) || (tk(c, b - 1)->kind == TK_WORD && !is_cap(c, b - 1)) || tok_lit(c, b - 1, "("))
                add(c, b, e, m.type, "rule", "rule.list");
        }
    }
}

/* The aliases of a document (acronyms, words of person names) by folded
 * word, with a bit per key's hash: most capitalised words are none. */
typedef struct {
    nr_amap map;
    uint64_t bits[64];
} alias_map;

/* The value slot of token i's word in the aliases (created with -1). */
static int32_t *alias_add(ctx *c, alias_map *am, size_t i)
{
    size_t n;
    const char *s = nr_tok_norm(c->d, tk(c, i), &n);
    uint64_t h = nr_tok_hash(c->d, i);
    nr_hfilter_add(am->bits, 64, h);
    return nr_amap_slot_h(&am->map, s, n, h, true);
}

/* The value slot of token i's word in the aliases, or NULL. */
static int32_t *alias_get(ctx *c, alias_map *am, size_t i)
{
    uint64_t h = nr_tok_hash(c->d, i);
    if (!nr_hfilter_has(am->bits, 64, h))
        return NULL;
    size_t n;
    const char *s = nr_tok_norm(c->d, tk(c, i), &n);
    return nr_amap_slot_h(&am->map, s, n, h, false);
}

/* "Full Name (ACR)": ACR becomes an alias. */
static void acronyms(ctx *c, alias_map *alias)
{
    nr_doc *d = c->d;
    size_t nm = d->mentions.n;
    for (size_t k = 0; k < nm; k++) {
        nr_mention m = d->mentions.v[k];
        size_t i = m.te;
        if (m.type == NERID_PERSON || i + 2 >= d->toks.n || !tok_lit(c, i, "(") || !tok_lit(c, i + 2, ")"))
            continue;
        const nr_tok *t = tk(c, i + 1);
        if (t->kind != TK_WORD || !(t->flags & TF_CAP) || c->cover[i + 1] >= 0 || cls_at(c, i + 1) == C_SUFFIX)
            continue;
        /* an acronym: at least two capitals among its letters */
        int upper = 0;
        for (uint32_t b = t->start; b < t->end;) {
            size_t l;
            upper += nr_cp_is_upper(nr_utf8_decode(d->text, d->len, b, &l));
            b += (uint32_t)l;
        }
        if (upper < 2)
            continue;
        nr_mention *a = add(c, i + 1, i + 2, m.type, "alias", "rule.acronym");
        a->entry = m.entry;
        a->canon = m.entry >= 0 ? nr_estr(d->model, d->model->entries.v[m.entry].name)
                                : nr_doc_str(d, m.start, m.end);
        int32_t *v = alias_add(c, alias, i + 1);
        if (v)
            *v = (int32_t)(d->mentions.n - 1);
    }
}

/* Words of person names and aliases found again in uncovered places. */
static void echoes(ctx *c, alias_map *alias)
{
    nr_doc *d = c->d;
    size_t nm = d->mentions.n;
    for (size_t k = 0; k < nm; k++) {
        const nr_mention *m = &d->mentions.v[k];
        if (m->type != NERID_PERSON || m->entry >= 0 || m->te - m->tb < 2 ||
            (m->rule && (strcmp(m->rule, "rule.byline") == 0 || strcmp(m->rule, "rule.author-line") == 0)))
            continue;
        size_t ends[2] = {m->tb, m->te - 1};
        for (int w = 0; w < 2; w++) {
            const nr_tok *t = tk(c, ends[w]);
            if (t->nend - t->nstart < 3) /* its folded view */
                continue;
            int32_t *v = alias_add(c, alias, ends[w]);
            if (v && *v < 0)
                *v = (int32_t)k;
        }
    }
    if (!alias->map.n)
        return; /* no alias to find again */
    for (size_t i = 0; i < d->toks.n; i++) {
        const nr_tok *t = tk(c, i);
        if (!is_cap(c, i) || c->cover[i] >= 0)
            continue;
        int32_t *v = alias_get(c, alias, i);
        if (!v || *v < 0)
            continue;
        const nr_mention src = d->mentions.v[*v];
        bool acr = src.te - src.tb == 1;
        if (!acr && !namey(c, i))
            continue;
        if (!acr && i + 1 < d->toks.n && is_cap(c, i + 1) && !c->headline[t->para])
            continue; /* part of a longer unknown name */
        nr_mention *e = add(c, i, i + 1, src.type, acr ? "alias" : "rule", acr ? "rule.acronym" : "rule.echo");
        e->entry = src.entry;
        e->canon = src.canon;
    }
}

void nr_entity_rules(nr_doc *d)
{
    size_t n = d->toks.n;
    if (!n)
        return;
    ctx c = {.d = d, .toks = d->toks.v, .em = d->model->entities};
    c.ymd = d->anchor.year ? d->anchor.year * 10000 + d->anchor.month * 100 + d->anchor.day : 0;
    c.cover = nr_arena_alloc(&d->arena, n * sizeof *c.cover);
    c.cls = nr_arena_alloc(&d->arena, n);
    memset(c.cls, CLS_UNKNOWN, n);
    c.tdone = nr_arena_alloc(&d->arena, n);
    memset(c.tdone, 0, n);
    c.head2 = nr_arena_alloc(&d->arena, n);
    memset(c.head2, -1, n);
    c.tmemo = nr_arena_alloc(&d->arena, n * sizeof(title_memo));
    c.headline = nr_arena_alloc(&d->arena, (d->paras.n + 1) * sizeof *c.headline);
    for (size_t i = 0; i < n; i++)
        c.cover[i] = -1;
    for (size_t k = 0; k < d->mentions.n; k++)
        for (uint32_t i = d->mentions.v[k].tb; i < d->mentions.v[k].te; i++)
            if (c.cover[i] < 0 || d->mentions.v[c.cover[i]].te - d->mentions.v[c.cover[i]].tb <
                                      d->mentions.v[k].te - d->mentions.v[k].tb)
                c.cover[i] = (int32_t)k;
    /* seen_lower is asked about capitalised words only: a lower-case word
     * is kept when a capitalised one has its hash in this filter (most have
     * no capitalised twin, and a filter bit costs less than a map key) */
    uint64_t capitals[64] = {0};
    const uint64_t *hashes = nr_tok_hashes(d);
    c.cap = nr_arena_alloc(&d->arena, n * sizeof *c.cap);
    for (size_t i = 0; i < n; i++) {
        const nr_tok *t = tk(&c, i);
        c.cap[i] = t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_CLUTTER);
        if (t->kind == TK_WORD && (t->flags & TF_CAP)) {
            nr_hfilter_add(capitals, 64, hashes[i]);
        }
    }
    nr_amap_init(&d->arena, &c.low, n);
    for (size_t i = 0; i < n; i++) {
        const nr_tok *t = tk(&c, i);
        if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_CLUTTER | TF_DIGIT)))
            continue;
        uint64_t h = hashes[i];
        if (nr_hfilter_has(capitals, 64, h)) {
            size_t l;
            const char *s = nr_tok_norm(d, t, &l);
            nr_amap_slot_h(&c.low, s, l, h, true);
        }
    }
    for (size_t k = 0; k < d->paras.n; k++)
        c.headline[k] = headline_like(&c, &d->paras.v[k]);

    people_not_places(&c);
    dateline(&c);
    credited(&c);
    author_lines(&c);
    for (size_t k = 0; k < d->paras.n; k++) {
        const nr_range *p = &d->paras.v[k];
        if (byline_para(&c, p)) {
            bylines(&c, p);
            continue;
        }
        if (c.headline[k])
            continue;
        for (size_t i = p->tb; i < p->te;) {
            if (!is_cap(&c, i)) {
                i++;
                continue;
            }
            size_t hl;
            int32_t ol;
            bool lax = head_at(&c, i, p->te, &hl) != C_NONE || title_at(&c, i, p->te, &ol) > 0;
            size_t e = i + 1;
            while (e < p->te && continues(&c, i, e, lax))
                e++;
            /* a legal form closing a company: "(Persero)", "(Tbk)" */
            if (e + 2 < p->te + 1 && tok_lit(&c, e, "(") && e + 2 < n && cls_at(&c, e + 1) == C_SUFFIX &&
                tok_lit(&c, e + 2, ")"))
                e += 3;
            while (e > i && !is_cap(&c, e - 1) && !tok_lit(&c, e - 1, ")") && tk(&c, e - 1)->kind != TK_NUMBER)
                e--;
            read_run(&c, i, e);
            i = e > i ? e : i + 1;
        }
    }
    alias_map alias = {.bits = {0}};
    nr_amap_init(&d->arena, &alias.map, d->mentions.n * 4 + 16);
    list_spread(&c);
    country_suffix(&c);
    acronyms(&c, &alias);
    echoes(&c, &alias);
}
