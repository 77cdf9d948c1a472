/*
 * quotes.c - stage 10: attributed quotations (direct and reported speech),
 * their cue and their speaker resolved to an entity.
 *
 * Rules (GUIDELINES.md, "Quotes"); the words are data (gazetteers/cues.tsv):
 *
 * 1. Quoted runs. Each paragraph is scanned once, left to right. A mark is
 *    an opener or a closer by its flanking (glued to the next word: opener;
 *    glued to the previous one: closer), else by its style (nr_quote_class),
 *    else by the state (outside: opens, inside: closes). So "..." “...”,
 *    ”...” (Kompas closes both ends), „...“ and «...» all pair. Single marks
 *    inside a double quotation are nested quotes and stay in its text; in a
 *    paragraph with no double mark, '...' pairs are quotations that need a
 *    cue of their own. An opener while inside re-opens (the previous mark
 *    was left unbalanced); a run still open at the end of its paragraph
 *    continues when the next paragraph re-opens (a multi-paragraph quote),
 *    else it is dropped (a cut-off page). A closer with no opener starts its
 *    run at the paragraph start. Every mark is looked at once: linear.
 * 2. Attribution of a run, first match wins:
 *    a. cue after the closing mark:  "...," ujar X / kata dia / ujarnya /
 *       "...," demikian dikatakan X (the run ends like speech: , . ? !
 *       inside the marks or a comma after them, or has 4+ words);
 *    b. cue before the opening mark: X mengatakan, "..." / Menurut X, "..."
 *       / X: "..." / Kata X, "...";
 *    c. a run later in the same paragraph as an attributed run (a quotation
 *       split by its cue) takes its speaker and cue;
 *    d. a run opening its paragraph right after a paragraph that ended in
 *       an attributed quote continues that speaker's turn (cue null).
 *    Runs of a multi-paragraph chain share the attribution of the chain's
 *    last (closed) run. Anything else (scare quotes, titles) is no quote.
 * 3. Reported speech, per sentence outside quotations: "X VERB[,|:] [bahwa]
 *    clause" (verbs of class verb2 - memastikan, melaporkan ... - only with
 *    , : or bahwa), "Menurut X, clause", and a medial ", lanjut dia,
 *    clause"; the text runs from the clause start to the sentence end, the
 *    final period off. Requests and hopes (meminta, berharap) are no cues.
 * 4. Speakers. A person's name is read from the text, not taken whole from
 *    a mention: the run of capitalised words at the cue, cut after title,
 *    institution and place words (a mention may hold "Besar" of "Komisaris
 *    Besar"), at most 4 words, starting at a word the article uses alone at
 *    a cue ("kata Nanda"), with given-name prefixes (Mochamad, I) kept. A
 *    one-word name takes the longer form written elsewhere ("Anto" ->
 *    "Anto Prabowo"). The entity is the one of that name, else a rule-made
 *    PERSON entity over those words (renamed to it), else a new one (rule
 *    "quote.speaker"); title words before the name become its role when it
 *    has none. Else an organisation mention, else a role coref ("kata
 *    Presiden" -> the name after "Presiden" elsewhere), else the surface
 *    phrase ("seorang petani"), entity null. Pronouns (dia, ia, beliau,
 *    -nya, "pria itu") are resolved once every named speaker is known: the
 *    most recent mention outside quotations of a person who speaks in the
 *    article (or their given name written alone), unless a person was
 *    introduced as the subject of this or the previous sentence since.
 * Headlines (the header before the dateline, TF_HEADER) and photo captions
 * never yield quotes; page clutter is skipped unless opts->keep_clutter.
 * Cost: one pass over the tokens classifies every word and lists the
 * marks, capitalised words and cue verbs the later passes visit; name
 * searches spend a per-document budget linear in the tokens, names and
 * their words are hashed; all scratch memory is in the document's arena.
 */
#include <string.h>

#include "internal.h"
#include "gazetteer_image.h"

/* --------------------------------------------------------------- lexicon */

/* A key of cues.tsv with what the rules ask of it (cue_words). */
typedef struct {
    uint64_t h;         /* nr_hash of the key */
    const char *key;    /* the folded key (cls's, in the model) */
    const char *lemma;  /* its lemma, NULL when the lemma lexicon lacks it */
    uint32_t klen;
    uint8_t cls;        /* C_* */
} cue_word;

typedef struct {
    nr_lex lemma; /* folded form -> lemma */
    nr_lex cls;   /* folded form -> class name */
    /* nr_hash of every prefix of every title key (m->titles), the empty
     * one and the whole key included, in an open-addressed set (0 = empty, a hash 0 is
     * stored as 1): a span whose first token's view hashes to none of them
     * is no title (title_span_of). A collision only costs the full probe. */
    uint64_t *tpre;
    size_t tpre_cap;
    uint8_t *cls_id;  /* cls's value strings as C_* (class_id), rebuilt per folder */
    size_t ncls;
    bool tpre_borrowed; /* tpre is read-only, in the compiled image */
    cue_word *words;     /* cls's keys with class and lemma (cue_words) */
    uint32_t *word_slot; /* nr_hash of a key -> 1 + its index in words, 0 */
    size_t slots_cap;    /* empty; open addressed, at most 1/8 full */
} quotes_model;

/* The C_* class of the cue word cls maps value index k to (cls_id covers
 * every value: each load fills it, the image check demands it). */
static int class_of_value(const quotes_model *q, int k) { return q->cls_id[k]; }

/* Per-document code asks for nearly every word's class (and the lemma of
 * the cue words): one probe of q->words answers both, and a word that is
 * no key nearly always meets an empty slot at once, without comparing
 * text. Derived from cls and lemma at the end of each load (of a folder
 * or of the compiled image), not stored. Returns 0, or -1 on ENOMEM. */
static int cue_words(quotes_model *q)
{
    const nr_strmap *m = &q->cls.map;
    size_t nkeys = 0, cap = 16;
    for (size_t j = 0; j < m->cap; j++)
        nkeys += nr_strmap_key(m, j) != NULL;
    while (cap < 8 * nkeys)
        cap *= 2;
    nr_sys_free(q->words);
    nr_sys_free(q->word_slot);
    q->slots_cap = 0;
    q->words = nr_sys_malloc((nkeys + 1) * sizeof *q->words);
    q->word_slot = nr_sys_malloc(cap * sizeof *q->word_slot);
    if (!q->words || !q->word_slot)
        return -1;
    memset(q->word_slot, 0, cap * sizeof *q->word_slot);
    q->slots_cap = cap;
    uint32_t nw = 0;
    for (size_t j = 0; j < m->cap; j++) {
        const char *key = nr_strmap_key(m, j);
        if (!key)
            continue;
        uint64_t h = nr_hash(key, m->klen[j]);
        size_t s = h & (cap - 1);
        while (q->word_slot[s])
            s = (s + 1) & (cap - 1);
        q->word_slot[s] = ++nw;
        uint32_t k = m->vals[j], l;
        cue_word *w = &q->words[nw - 1];
        w->h = h;
        w->key = key;
        w->klen = m->klen[j];
        w->cls = (uint8_t)class_of_value(q, (int)k);
        w->lemma = NULL;
        if (nr_strmap_get_h(&q->lemma.map, key, m->klen[j], h, &l))
            w->lemma = q->lemma.strs.v[l];
    }
    return 0;
}

/* The entry of q->words of the folded word s (n bytes) whose nr_hash is
 * h, or NULL; slot is q->word_slot, mask q->slots_cap - 1. */
static inline const cue_word *cue_word_get(const cue_word *words, const uint32_t *slot,
                                           size_t mask, const char *s, size_t n, uint64_t h)
{
    for (size_t j = h & mask; slot[j]; j = (j + 1) & mask) {
        const cue_word *w = &words[slot[j] - 1];
        if (w->h != h || w->klen != n)
            continue;
        size_t k = 0; /* a cue word is short: compared here, not by memcmp */
        while (k < n && w->key[k] == s[k])
            k++;
        if (k == n)
            return w;
    }
    return NULL;
}

static void tpre_add(quotes_model *q, uint64_t h)
{
    size_t j = h & (q->tpre_cap - 1);
    h += !h;
    while (q->tpre[j] && q->tpre[j] != h)
        j = (j + 1) & (q->tpre_cap - 1);
    q->tpre[j] = h;
}

static bool tpre_has(const quotes_model *q, uint64_t h)
{
    if (!q->tpre_cap)
        return true;
    size_t j = h & (q->tpre_cap - 1);
    h += !h;
    for (; q->tpre[j]; j = (j + 1) & (q->tpre_cap - 1))
        if (q->tpre[j] == h)
            return true;
    return false;
}

enum { C_NONE = 0, C_SHORT, C_VERB, C_VERB2, C_PASSIVE, C_MENURUT, C_FILLER, C_PRONOUN,
       C_CONNECTOR, C_PLACETITLE, C_ORGWORD, C_HONORIFIC, C_NOTNAME, C_NAMEPREFIX, C_INDEFINITE, C_PLACEWORD };

/* The C_* of a class name of cues.tsv (C_NONE when unknown). */
static int class_id(const char *cls)
{
    static const char *const NAMES[] = {
        [C_SHORT] = "short", [C_VERB] = "verb", [C_VERB2] = "verb2", [C_PASSIVE] = "passive",
        [C_MENURUT] = "menurut", [C_FILLER] = "filler", [C_PRONOUN] = "pronoun",
        [C_CONNECTOR] = "connector", [C_PLACETITLE] = "placetitle", [C_ORGWORD] = "orgword",
        [C_HONORIFIC] = "honorific", [C_NOTNAME] = "notname", [C_NAMEPREFIX] = "nameprefix",
        [C_INDEFINITE] = "indefinite", [C_PLACEWORD] = "placeword"};
    for (int i = C_SHORT; i <= C_PLACEWORD; i++)
        if (!strcmp(cls, NAMES[i]))
            return i;
    return C_NONE;
}

int nr_quotes_load(nerid_model *m, const char *dir, nerid_error *err)
{
    if (!m->quotes) {
        quotes_model *q = nr_sys_malloc(sizeof *q);
        if (!q) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
            return -1;
        }
        memset(q, 0, sizeof *q);
        m->quotes = q;
    }
    quotes_model *q = m->quotes;
    char path[4096];
    snprintf(path, sizeof path, "%s/cues.tsv", dir);
    if (nr_lex_load(m, &q->lemma, path, "form\tlemma\tclass", 0, 1, true, err) < 0 ||
        nr_lex_load(m, &q->cls, path, "form\tlemma\tclass", 0, 2, true, err) < 0)
        return -1;
    nr_sys_free(q->cls_id);
    q->ncls = 0;
    if (!(q->cls_id = nr_sys_malloc(q->cls.strs.n + 1))) {
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
        return -1;
    }
    for (size_t k = 0; k < q->cls.strs.n; k++)
        q->cls_id[k] = (uint8_t)class_id(q->cls.strs.v[k]);
    q->ncls = q->cls.strs.n;
    /* Rebuilt from the titles loaded so far (each folder loads its
     * titles.tsv before this stage's files). */
    const nr_strmap *t = &m->titles.map;
    size_t np = 0, cap = 64;
    for (size_t j = 0; j < t->cap; j++)
        np += nr_strmap_key(t, j) ? t->klen[j] : 0;
    while (cap < 2 * np)
        cap *= 2;
    if (!q->tpre_borrowed)
        nr_sys_free(q->tpre);
    q->tpre_borrowed = false;
    q->tpre_cap = 0;
    if (!(q->tpre = nr_sys_malloc(cap * sizeof *q->tpre))) {
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
        return -1;
    }
    memset(q->tpre, 0, cap * sizeof *q->tpre);
    q->tpre_cap = cap;
    tpre_add(q, nr_hash_done(NR_HASH_INIT)); /* an empty view: always probe */
    for (size_t j = 0; j < t->cap; j++) {
        uint64_t h = NR_HASH_INIT;
        const char *key = nr_strmap_key(t, j);
        for (uint32_t i = 0; key && i < t->klen[j]; i++) {
            h = nr_hash_step(h, key + i, 1);
            tpre_add(q, nr_hash_done(h));
        }
    }
    if (cue_words(q) < 0) {
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
        return -1;
    }
    return 0;
}

void nr_quotes_free(void *p)
{
    quotes_model *q = p;
    if (!q)
        return;
    nr_lex_free(&q->lemma);
    nr_lex_free(&q->cls);
    if (!q->tpre_borrowed)
        nr_sys_free(q->tpre);
    nr_sys_free(q->cls_id);
    nr_sys_free(q->words);
    nr_sys_free(q->word_slot);
    nr_sys_free(q);
}

/* The compiled image (gazetteer_image.c) holds quotes_model as it is. */
void nr_quotes_image_put(const nerid_model *m, nr_buf *w)
{
    const quotes_model *q = m->quotes;
    nr_imgw_u64(w, q != NULL);
    if (!q)
        return;
    nr_imgw_lex(w, &q->lemma);
    nr_imgw_lex(w, &q->cls);
    nr_imgw_blob(w, q->tpre, q->tpre_cap * sizeof *q->tpre);
    nr_imgw_blob(w, q->cls_id, q->ncls);
}

int nr_quotes_image_get(nerid_model *m, nr_img_reader *r)
{
    int rc;
    quotes_model *q = nr_imgr_stage(r, sizeof *q, &rc);
    if (!q)
        return rc;
    m->quotes = q;
    void *cls_id;
    if (nr_imgr_lex(r, &q->lemma) < 0 || nr_imgr_lex(r, &q->cls) < 0)
        return -1;
    q->tpre = (uint64_t *)nr_imgr_blob(r, sizeof *q->tpre, &q->tpre_cap);
    q->tpre_borrowed = true;
    if (nr_imgr_copy(r, 1, &cls_id, &q->ncls) < 0)
        return -1;
    q->cls_id = cls_id;
    /* a probe ends at an empty slot: there must be one */
    bool has_empty = false;
    for (size_t j = 0; j < q->tpre_cap && !has_empty; j++)
        has_empty = q->tpre[j] == 0;
    if ((q->tpre_cap && !has_empty) || (q->tpre_cap & (q->tpre_cap - 1)) ||
        q->ncls != q->cls.strs.n)
        r->bad = true;
    for (size_t k = 0; k < q->ncls && !r->bad; k++)
        if (q->cls_id[k] > C_PLACEWORD)
            r->bad = true;
    if (!r->bad && cue_words(q) < 0) /* derived, not stored */
        return -1;
    return 0;
}

/* ------------------------------------------------------- per-doc state */

enum { R_NOOPEN = 1, R_UNCLOSED = 2, R_CONT = 4, R_SINGLE = 8 };

typedef struct {
    uint32_t tb, te;  /* content tokens [tb, te) */
    uint32_t om, cm;  /* opening / closing mark token, UINT32_MAX if none */
    uint32_t para;
    unsigned flags;
} qrun;

/* How a speaker was found. */
typedef struct {
    int32_t ent;          /* entity or -1 */
    uint32_t sb, se;      /* surface span (bytes), 0,0 if none */
    const char *text;     /* surface text when no entity */
    uint32_t pron;        /* pronoun/clitic token to resolve, or UINT32_MAX */
    bool ok;
} speaker;

/* A word token's cue class, computed once (scan_tokens), read by cue_class. */
typedef struct {
    const char *lemma;
    uint8_t ret, clitic, found;
} qcue;

typedef struct {
    nr_doc *d;
    const nr_tok *tok;    /* d->toks.v (no token is added in this stage) */
    const quotes_model *qm;
    qcue *cue;            /* per word token, see scan_tokens */
    uint32_t *marks;      /* the quote mark tokens, in order */
    size_t nmarks;
    uint32_t *caps;       /* the capitalised word tokens, in order */
    uint32_t *verbs;      /* the words of class C_SHORT to C_MENURUT, in order */
    size_t nverbs;
    size_t ncap;
    uint8_t *memo;        /* per token: MEMO_* bits of is_title, marker */
    uint8_t *tspan;       /* per token x length 1..3: title_span, 0 unknown,
                             1 no, 2 yes */
    size_t budget;        /* token visits left for name searches (linear) */
    uint8_t *orgish;      /* token of a place/organisation the gazetteer knows */
    uint8_t *nobody;      /* per paragraph: headline region or photo caption */
    int32_t *names;       /* hash of PERSON entity names -> entity (arena) */
    size_t names_cap, names_n;
    /* every word of every name name_put saw, by word_key (chains of
     * wref, linked by 1 + index, 0 ends; an entity renamed since keeps its
     * old words here: readers check the current name) */
    uint32_t *wkey_head;
    size_t wkey_cap;
    struct wref { uint32_t key, next; int32_t ent; } *wrefs;
    size_t nwrefs, wrefs_cap;
    bool words_indexed;   /* built on first need (name_words_index) */
    uint32_t *shorts;     /* tokens of one-word names used at cues, sorted */
    size_t nshorts;
    uint32_t *same_prev;  /* per capitalised word: the previous / next one */
    uint32_t *same_next;  /* of the same view hash, or NONE (same_links) */
    int32_t *cov;         /* token -> covering live mention, or -1 */
    uint8_t *inq;         /* token inside a direct quotation */
    struct { qrun *v; size_t n, cap; } runs;     /* arena, cap fixed */
    /* the token ranges set in inq, in order (spans_ordered: each starts at
     * or after the previous one's end, so sent_has_quote may search them) */
    struct { uint32_t *tb, *te; size_t n; } spans;
    bool spans_ordered;
    struct { uint32_t *v; size_t n, cap; } pron; /* per quote: pronoun token or NONE */
} qctx;

#define NONE UINT32_MAX

static const nr_tok *T(const qctx *c, size_t i) { return &c->tok[i]; }

static bool skip_tok(const qctx *c, size_t i)
{
    const nr_tok *t = T(c, i);
    if ((t->flags & TF_HEADER) || c->nobody[t->para])
        return true;
    return (t->flags & TF_CLUTTER) && !c->d->opts->keep_clutter;
}

static bool is_punct(const qctx *c, size_t i, char ch)
{
    return i < c->d->toks.n && T(c, i)->kind == TK_PUNCT && c->d->text[T(c, i)->start] == ch;
}

static bool is_word(const qctx *c, size_t i)
{
    return i < c->d->toks.n && T(c, i)->kind == TK_WORD;
}

static bool is_cap(const qctx *c, size_t i)
{
    return is_word(c, i) && (T(c, i)->flags & TF_CAP);
}

static inline bool tok_is(const qctx *c, size_t i, const char *lit)
{
    return i < c->d->toks.n && nr_tok_is(c->d, i, lit);
}

enum { NAME_KEY_MAX = 256 }; /* nr_lex_get's ASCII path: keys shorter than this */

/* The key nr_lex_get makes of the text s[0, n) on its ASCII path (lower
 * case) into key[n], and its nr_hash in *h; false when the text takes
 * nr_lex_get's other path (nr_fold). */
static bool ascii_key(const char *s, size_t n, char *key, uint64_t *h)
{
    if (n >= NAME_KEY_MAX)
        return false;
    uint64_t v = NR_HASH_INIT;
    for (size_t k = 0; k < n; k++) {
        unsigned char ch = (unsigned char)s[k];
        if (ch >= 0x80 || ch == '\n' || ch == '\t' || ch == '\r')
            return false;
        key[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        v = nr_hash_step(v, key + k, 1);
    }
    *h = nr_hash_done(v);
    return true;
}

/* Cue class of word token i, which is no key of cls as written and ends
 * in "-nya" (6+ bytes): the class of the text before "-nya" (as nr_lex_get
 * folds it), computed once per token (scan_tokens). */
static int cue_class_nya(const qctx *c, size_t i, const char **lemma, bool *clitic,
                         bool *found)
{
    const nr_tok *t = T(c, i);
    const char *s = c->d->text + t->start;
    size_t n = t->end - t->start - 3;
    int id;
    char key[NAME_KEY_MAX];
    uint64_t h;
    if (ascii_key(s, n, key, &h)) {
        const cue_word *w = cue_word_get(c->qm->words, c->qm->word_slot, c->qm->slots_cap - 1,
                                         key, n, h);
        if (!w)
            return C_NONE;
        *lemma = w->lemma;
        id = w->cls;
    } else { /* other text: nr_lex_get folds it */
        int kc = nr_lex_get(&c->qm->cls, s, n);
        if (kc < 0)
            return C_NONE;
        int l = nr_lex_get(&c->qm->lemma, s, n);
        *lemma = l >= 0 ? c->qm->lemma.strs.v[l] : NULL;
        id = class_of_value(c->qm, kc);
    }
    *found = true;
    *clitic = true;
    /* short to menurut also with "-nya"; the others only as written */
    return id >= C_FILLER ? C_NONE : id;
}

/* The per-token tables of one pass over the document: no covering
 * mention yet (c->cov), the lists of quote marks and capitalised words,
 * and every word's cue class (c->cue): the rules ask about nearly every
 * word, many of them several times. One probe of the cue words (the
 * document's hash of the word's view) decides most words. */
static void scan_tokens(qctx *c)
{
    const nr_tok *tv = c->tok;
    const uint64_t *h = nr_tok_hashes(c->d);
    const char *text = c->d->text, *view = c->d->view.s;
    qcue *cue = c->cue;
    const cue_word *words = c->qm->words;
    const uint32_t *slot = c->qm->word_slot;
    size_t mask = c->qm->slots_cap - 1;
    int32_t *cov = c->cov;
    uint32_t *marks = c->marks, *caps = c->caps, *verbs = c->verbs;
    size_t nmarks = 0, ncap = 0, nverbs = 0, n = c->d->toks.n;
    for (size_t i = 0; i < n; i++) {
        const nr_tok *t = &tv[i];
        cov[i] = -1; /* no mention yet */
        if (t->kind == TK_QUOTE)
            marks[nmarks++] = (uint32_t)i;
        if (t->kind != TK_WORD)
            continue;
        if (t->flags & TF_CAP)
            caps[ncap++] = (uint32_t)i;
        const cue_word *w =
            cue_word_get(words, slot, mask, view + t->nstart, t->nend - t->nstart, h[i]);
        if (w) { /* the word as written */
            cue[i] = (qcue){.lemma = w->lemma, .ret = w->cls, .found = true};
            if (w->cls >= C_SHORT && w->cls <= C_MENURUT)
                verbs[nverbs++] = (uint32_t)i;
            continue;
        }
        size_t len = t->end - t->start;
        if (!(len > 5 && (text[t->end - 1] | 0x20) == 'a' &&
              strncasecmp_ascii(text + t->end - 3, "nya", 3))) {
            cue[i] = (qcue){.lemma = NULL};
            continue;
        }
        const char *lm = NULL;
        bool cl = false, found = false;
        cue[i].ret = (uint8_t)cue_class_nya(c, i, &lm, &cl, &found);
        if (cue[i].ret >= C_SHORT && cue[i].ret <= C_MENURUT)
            verbs[nverbs++] = (uint32_t)i;
        cue[i].lemma = lm;
        cue[i].clitic = cl;
        cue[i].found = found;
    }
    c->nmarks = nmarks;
    c->ncap = ncap;
    c->nverbs = nverbs;
}

/* Cue class of token i; *lemma set when the word is listed; *clitic true
 * when "-nya" was removed (c->cue, see scan_tokens). */
static inline int cue_class(const qctx *c, size_t i, const char **lemma, bool *clitic)
{
    if (!is_word(c, i))
        return C_NONE;
    const qcue *q = &c->cue[i];
    *clitic = q->clitic;
    if (q->found)
        *lemma = q->lemma;
    return q->ret;
}

/* Is token i one of the lower-case words W (NULL-terminated)? */
static bool tok_in(const qctx *c, size_t i, const char *const *W)
{
    if (i >= c->d->toks.n)
        return false;
    size_t n;
    const char *s = nr_tok_norm(c->d, T(c, i), &n);
    for (int k = 0; W[k] && n; k++) /* no word of W is empty */
        if (W[k][0] == s[0] && strlen(W[k]) == n && memcmp(W[k], s, n) == 0)
            return true;
    return false;
}

static bool is_pronoun(const qctx *c, size_t i)
{
    const char *lemma;
    bool cl;
    return cue_class(c, i, &lemma, &cl) == C_PRONOUN;
}

static bool title_span_of(const qctx *c, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (T(c, i)->kind != TK_WORD && !is_punct(c, i, '.'))
            return false;
    /* The key nr_lex_get would make of the span's text, built from the
     * tokens' folded views: the text between two tokens is nothing or one
     * space, or white space holding a line break or tab (nr_lex_get folds
     * such text: any white space run is one space). Other gaps ("  ") take
     * nr_lex_get on the text itself. */
    const nr_lex *titles = &c->d->model->titles;
    const char *text = c->d->text;
    char key[256];
    size_t kn = 0;
    int v = -1;
    uint32_t val;
    if (e == b + 1) { /* one token: its view and the document's hash of it */
        size_t n;
        const char *w = nr_tok_norm(c->d, T(c, b), &n);
        uint64_t h = nr_tok_hash(c->d, b);
        if (!tpre_has(c->qm, h)) /* not even the start of a title */
            return false;
        if (nr_strmap_get_h(&titles->map, w, n, h, &val))
            v = (int)val;
        return v >= 0 && strcmp(titles->strs.v[v], "honorific") != 0;
    }
    bool plain = true; /* every gap nothing, one space, or white space with a break */
    for (size_t i = b + 1; i < e && plain; i++) {
        uint32_t gs = T(c, i - 1)->end, ge = T(c, i)->start;
        if (ge - gs > 1 || (ge - gs == 1 && text[gs] != ' ')) {
            bool brk = false, ws = true;
            for (uint32_t k = gs; k < ge && ws; k++) {
                char ch = text[k];
                brk |= ch == '\n' || ch == '\t' || ch == '\r';
                ws = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v';
            }
            plain = ws && brk;
        }
    }
    if (plain) { /* the key starts with the first token's view */
        if (!tpre_has(c->qm, nr_tok_hash(c->d, b)))
            return false;
    }
    uint64_t h = NR_HASH_INIT;
    for (size_t i = b; i < e && plain; i++) {
        size_t n;
        const char *w = nr_tok_norm(c->d, T(c, i), &n);
        uint32_t gs = i > b ? T(c, i - 1)->end : 0, ge = i > b ? T(c, i)->start : 0;
        if (kn + 1 + n > sizeof key) {
            kn = SIZE_MAX;
            break;
        }
        if (ge > gs) {
            key[kn++] = ' ';
            h = nr_hash_step(h, " ", 1);
        }
        memcpy(key + kn, w, n);
        kn += n;
        h = nr_hash_step(h, w, n);
    }
    if (plain && kn != SIZE_MAX) {
        if (nr_strmap_get_h(&titles->map, key, kn, nr_hash_done(h), &val))
            v = (int)val;
    } else {
        v = nr_lex_get(titles, text + T(c, b)->start, T(c, e - 1)->end - T(c, b)->start);
    }
    /* honorifics ("Sri", "Andi", "Bu") are also given names: not titles here */
    return v >= 0 && strcmp(titles->strs.v[v], "honorific") != 0;
}

/* Is tokens [b, e) (1 to 3 tokens) a title? Memoized per start and length. */
static bool title_span(const qctx *c, size_t b, size_t e)
{
    if (e > c->d->toks.n || b >= e)
        return false;
    uint8_t *m = &c->tspan[b * 3 + (e - b - 1)];
    if (!*m)
        *m = title_span_of(c, b, e) ? 2 : 1;
    return *m == 2;
}

enum { MEMO_TITLE = 1, MEMO_IS_TITLE = 2, MEMO_MARKER = 4, MEMO_IS_MARKER = 8 };

/* Is token i a title word, alone or inside a title of 2-3 words
 * ("Komisaris Besar", "Wakil Wali Kota")? */
static bool is_title_of(const qctx *c, size_t i)
{
    if (title_span(c, i, i + 1))
        return true;
    for (size_t len = 2; len <= 3; len++)
        for (size_t b = i + 1 >= len ? i + 1 - len : 0; b <= i; b++)
            if (title_span(c, b, b + len))
                return true;
    return false;
}

static bool is_title(const qctx *c, size_t i)
{
    if (T(c, i)->kind != TK_WORD)
        return false;
    uint8_t *m = &c->memo[i];
    if (!(*m & MEMO_TITLE))
        *m |= MEMO_TITLE | (is_title_of(c, i) ? MEMO_IS_TITLE : 0);
    return (*m & MEMO_IS_TITLE) != 0;
}

static int word_class(const qctx *c, size_t i)
{
    const char *lemma;
    bool cl;
    return cue_class(c, i, &lemma, &cl);
}

/* -------------------------------------------------------- quote marks */

typedef enum { M_OPEN, M_CLOSE, M_EITHER } mark_role;

static bool glued_before(const qctx *c, size_t i)
{
    const nr_tok *t = T(c, i);
    return i > 0 && !(t->flags & (TF_SPACE | TF_NL | TF_PARA)) && T(c, i - 1)->end == t->start;
}

static bool glued_after(const qctx *c, size_t i)
{
    if (i + 1 >= c->d->toks.n)
        return false;
    const nr_tok *n = T(c, i + 1);
    if (n->flags & (TF_SPACE | TF_NL | TF_PARA))
        return false;
    /* a mark followed by punctuation (",” kata") closes */
    return n->kind != TK_PUNCT;
}

static int mark_class(const qctx *c, size_t i)
{
    size_t l;
    return nr_quote_class(nr_utf8_decode(c->d->text, c->d->len, T(c, i)->start, &l));
}

static mark_role mark_role_of(const qctx *c, size_t i)
{
    bool b = glued_before(c, i), a = glued_after(c, i);
    if (a && !b)
        return M_OPEN;
    if (b && !a)
        return M_CLOSE;
    int k = mark_class(c, i);
    if (k == NR_Q_DOUBLE_OPEN || k == NR_Q_SINGLE_OPEN)
        return M_OPEN;
    return M_EITHER;
}

static bool is_double(int k)
{
    return k == NR_Q_DOUBLE_OPEN || k == NR_Q_DOUBLE_CLOSE || k == NR_Q_DOUBLE_AMBIG;
}

static void add_run(qctx *c, uint32_t om, uint32_t tb, uint32_t te, uint32_t cm,
                    uint32_t para, unsigned flags)
{
    if (te <= tb)
        return;
    if (c->runs.n >= c->runs.cap)
        return;
    qrun *r = &c->runs.v[c->runs.n++];
    r->om = om, r->tb = tb, r->te = te, r->cm = cm, r->para = para, r->flags = flags;
}

/* First token of paragraph p that is not skipped, or p->te. */
static uint32_t para_first(const qctx *c, const nr_range *p)
{
    uint32_t i = p->tb;
    while (i < p->te && skip_tok(c, i))
        i++;
    return i;
}

/* '...' as the quotation marks of a paragraph that has no double marks
 * (inside a double quotation they are a nested quote and stay in its
 * text). Only clearly flanked pairs count, and such a run is a quote only
 * with a cue of its own: single marks are also apostrophes and scare
 * quotes. */
static void find_single_runs(qctx *c, const nr_range *p, size_t mk, uint32_t k)
{
    uint32_t open = NONE;
    for (; mk < c->nmarks && c->marks[mk] < p->te; mk++) {
        uint32_t i = c->marks[mk];
        if (skip_tok(c, i) || is_double(mark_class(c, i)))
            continue;
        bool b = glued_before(c, i), a = glued_after(c, i);
        if (a && !b)
            open = i;
        else if (b && !a && open != NONE) {
            add_run(c, open, open + 1, i, i, k, R_SINGLE);
            open = NONE;
        }
    }
}

/* The index in the ascending list v[0, n) of tokens of the first one at
 * or after token i. *cur is the previous answer (0 at first): when i is
 * not before the previous ask, the search goes on from there, so asking in
 * token order reads the list once in all; else it bisects. */
static size_t list_from(const uint32_t *v, size_t n, size_t *cur, uint32_t i)
{
    if (!*cur || v[*cur - 1] < i) {
        while (*cur < n && v[*cur] < i)
            ++*cur;
        return *cur;
    }
    size_t lo = 0, hi = *cur;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return *cur = lo;
}

/* The index in c->marks of the first mark at or after token i. */
static size_t mark_from(const qctx *c, size_t *cur, uint32_t i)
{
    return list_from(c->marks, c->nmarks, cur, i);
}

static void find_runs(qctx *c)
{
    nr_doc *d = c->d;
    size_t cur = 0;
    for (size_t k = 0; k < d->paras.n && c->nmarks; k++) {
        const nr_range *p = &d->paras.v[k];
        size_t mk = mark_from(c, &cur, p->tb);
        if (mk >= c->nmarks || c->marks[mk] >= p->te)
            continue; /* a paragraph with no mark has no run */
        uint32_t open = NONE, first = para_first(c, p), after_mark = first;
        bool doubles = false, singles = false;
        mk = mark_from(c, &cur, first);
        for (size_t x = mk; x < c->nmarks && c->marks[x] < p->te; x++) {
            uint32_t i = c->marks[x];
            if (skip_tok(c, i) || !is_double(mark_class(c, i))) {
                singles = true;
                continue;
            }
            doubles = true;
            mark_role role = mark_role_of(c, i);
            if (open == NONE) {
                /* a closer with no opener: the run starts after the
                 * previous mark and within the closer's sentence, so runs
                 * never overlap (stray marks stay linear) */
                uint32_t from = d->sents.v[T(c, i)->sent].tb;
                if (from < after_mark)
                    from = after_mark;
                if (role == M_CLOSE && i > from)
                    add_run(c, NONE, from, i, i, (uint32_t)k, R_NOOPEN);
                else
                    open = i;
            } else if (role == M_OPEN) {
                open = i; /* the previous mark was left unbalanced */
            } else {
                add_run(c, open, open + 1, i, i, (uint32_t)k, 0);
                open = NONE;
            }
            after_mark = i + 1;
        }
        if (open != NONE) {
            unsigned fl = R_UNCLOSED;
            if (k + 1 < d->paras.n) {
                const nr_range *np = &d->paras.v[k + 1];
                uint32_t f = para_first(c, np);
                if (f < np->te && T(c, f)->kind == TK_QUOTE && is_double(mark_class(c, f)) &&
                    mark_role_of(c, f) != M_CLOSE)
                    fl |= R_CONT;
            }
            add_run(c, open, open + 1, p->te, NONE, (uint32_t)k, fl);
        }
        if (!doubles && singles)
            find_single_runs(c, p, mk, (uint32_t)k);
    }
}

/* --------------------------------------------------------------- speakers */

/* How a name's words meet a word w: one equals it, one is longer and
 * starts with it ("Anggini" for "Anggi"), both compared ignoring ASCII case. */
enum { W_EQUAL = 1, W_STARTS = 2 };

static unsigned name_meets(const char *s, size_t n, const char *w, size_t wn)
{
    unsigned how = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j - i >= wn && j > i && strncasecmp_ascii(s + i, w, wn))
            how |= j - i == wn ? W_EQUAL : W_STARTS;
        i = j;
    }
    return how;
}

/* Entity k as a candidate of longer_person for the word w (wn bytes):
 * lowers *equal or *starts to k when its name meets w so. */
static void longer_candidate(const qctx *c, int32_t k, const char *w, size_t wn, int32_t *equal,
                             int32_t *starts)
{
    const nr_entity *x = &c->d->entities.v[k];
    if (x->type != NERID_PERSON || !x->name)
        return;
    size_t xn = strlen(x->name);
    if (xn <= wn)
        return; /* not longer */
    unsigned how = name_meets(x->name, xn, w, wn);
    if (how & W_EQUAL) {
        if (*equal < 0 || k < *equal)
            *equal = k;
    } else if (how && wn >= 3 && (*starts < 0 || k < *starts)) {
        *starts = k;
    }
}

static uint32_t word_key(const char *w, size_t n);
static size_t wkey_slot(const qctx *c, uint32_t key);
static void names_insert(qctx *c, int32_t ent);
static void name_words_put(qctx *c, int32_t ent);
static void name_words_index(qctx *c);

/* A longer PERSON entity holding the one-word name at token t: one with
 * the word itself first, else one with a word it starts ("Anggi" ~
 * "Anggini Setiawan"; 3+ letters). Returns -1 if none. The two searches
 * share one pass over the entities of the word's key in the name word
 * index but spend the search budget as two passes over all entities. */
static int32_t longer_person(qctx *c, uint32_t t)
{
    nr_doc *d = c->d;
    size_t ne = d->entities.n;
    if (c->budget < ne)
        return -1; /* the search budget is spent: stay linear */
    c->budget -= ne;
    const nr_tok *tk = T(c, t);
    const char *w = d->text + tk->start;
    size_t wn = tk->end - tk->start;
    /* the first entity with the word itself, else the first with a word
     * it starts: only entities with a word of w's word_key can meet it */
    int32_t equal = -1, starts = -1;
    name_words_index(c);
    if (tk->kind == TK_WORD) {
        uint32_t key = word_key(w, wn);
        size_t seen = 0;
        for (uint32_t r = c->wkey_cap ? c->wkey_head[wkey_slot(c, key)] : 0; r;
             r = c->wrefs[r - 1].next) {
            if (++seen > ne) { /* many renames: read every entity once instead */
                equal = starts = -1;
                for (size_t k = 0; k < ne; k++)
                    longer_candidate(c, (int32_t)k, w, wn, &equal, &starts);
                break;
            }
            if (c->wrefs[r - 1].key == key)
                longer_candidate(c, c->wrefs[r - 1].ent, w, wn, &equal, &starts);
        }
    }
    if (equal >= 0)
        return equal;
    if (c->budget < ne)
        return -1;
    c->budget -= ne;
    return starts;
}

static void set_role(qctx *c, int32_t ent, uint32_t rb, uint32_t re)
{
    nr_doc *d = c->d;
    while (re > rb && (is_punct(c, re - 1, ',') || is_punct(c, re - 1, '(')))
        re--;
    while (rb < re && !is_word(c, rb))
        rb++;
    if (ent < 0 || re <= rb || d->entities.v[ent].role || d->entities.v[ent].type != NERID_PERSON)
        return;
    d->entities.v[ent].role = nr_doc_str(d, T(c, rb)->start, T(c, re - 1)->end);
}

static bool same_word(const qctx *c, size_t a, size_t b)
{
    size_t an, bn;
    const char *as = nr_tok_norm(c->d, T(c, a), &an);
    const char *bs = nr_tok_norm(c->d, T(c, b), &bn);
    return an == bn && memcmp(as, bs, an) == 0;
}

static int cmp_tokstr(const qctx *c, size_t a, const char *s, size_t n)
{
    size_t an;
    const char *as = nr_tok_norm(c->d, T(c, a), &an);
    int r = memcmp(as, s, an < n ? an : n);
    return r ? r : (an > n) - (an < n);
}

static bool is_short_name(const qctx *c, size_t i)
{
    size_t n;
    const char *s = nr_tok_norm(c->d, T(c, i), &n);
    size_t lo = 0, hi = c->nshorts;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = cmp_tokstr(c, c->shorts[mid], s, n);
        if (r == 0)
            return true;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* A word that cannot be part of a person's name inside a title run:
 * titles, institution and place words, cue words ("Menurut Haris"),
 * acronyms of 3+ letters. */
static bool marker_of(const qctx *c, size_t i)
{
    int k = word_class(c, i);
    if (k != C_NONE && k != C_FILLER && k != C_NAMEPREFIX)
        return true;
    if (c->orgish[i])
        return true;
    const nr_tok *t = T(c, i);
    if ((t->flags & TF_ALLCAPS) && t->end - t->start >= 3)
        return true;
    return is_title(c, i);
}

static bool marker(const qctx *c, size_t i)
{
    uint8_t *m = &c->memo[i];
    if (!(*m & MEMO_MARKER))
        *m |= MEMO_MARKER | (marker_of(c, i) ? MEMO_IS_MARKER : 0);
    return (*m & MEMO_IS_MARKER) != 0;
}

/* A word of a person's name. Words of PERSON mentions count (the name is
 * read from the text: a mention may hold title words or miss a word);
 * words of other mentions (places, organisations) do not. */
static bool name_tok(const qctx *c, size_t i)
{
    if (i >= c->d->toks.n)
        return false;
    if (is_punct(c, i, '.') && i > 0 && (T(c, i - 1)->flags & TF_ABBREV) &&
        T(c, i - 1)->end - T(c, i - 1)->start == 1 && is_cap(c, i - 1))
        return is_cap(c, i + 1); /* the period of an initial inside a name */
    if (!is_cap(c, i) || (T(c, i)->flags & TF_DIGIT) || marker(c, i))
        return false;
    int32_t mi = c->cov[i];
    return mi < 0 || c->d->mentions.v[mi].type == NERID_PERSON;
}

/* The person's name at the end of the run [b, e) of name words: at most 4
 * words; a place after a territorial title ("Camat Sukajadi Lina") is not
 * part of it. */
static bool is_short_name(const qctx *c, size_t i);
static void name_core(const qctx *c, size_t b, size_t e, size_t *nb, size_t *ne)
{
    /* a word the article uses alone at a cue starts the name ("... Cempaka
     * Putih Nanda Pratiwi" when "kata Nanda" follows). Measured: the words
     * before it are title or place words far more often than given names
     * ("Dwi Andreas Santosa" called "Andreas" loses "Dwi") */
    size_t x = e;
    for (size_t k = b + 1; k + 1 < e && x == e; k++)
        if (T(c, k)->kind == TK_WORD && is_short_name(c, k) && word_class(c, k) != C_NAMEPREFIX) {
            x = k;
            e = e - k > 4 ? k + 4 : e;
        }
    if (x == e) {
        x = e;
        while (x > b && e - x < 4)
            x--;
        if (is_punct(c, x, '.'))
            x++;
        if (x > 0 && ((e - x >= 3 && word_class(c, x - 1) == C_PLACETITLE) ||
                      (e - x >= 2 && x == b && word_class(c, x - 1) == C_PLACEWORD)))
            x++;
    }
    /* given-name words before it ("Mochamad", "M", "I Gusti") */
    while (x > b && e - x < 5 && word_class(c, x - 1) == C_NAMEPREFIX)
        x--;
    *nb = x, *ne = e;
}

/* Links every capitalised word to the previous and the next capitalised
 * word of the same nr_hash of its folded view (NONE at the ends), so that
 * expand_short visits only the occurrences of its word (and checks each
 * with same_word: another view may share the hash). Built on first use. */
static void same_links(qctx *c)
{
    nr_doc *d = c->d;
    const uint64_t *hv = d->tok_hash; /* computed by scan_tokens */
    size_t n = d->toks.n, cap = 16;
    uint32_t *prev = nr_arena_alloc(&d->arena, n * sizeof *prev);
    uint32_t *next = nr_arena_alloc(&d->arena, n * sizeof *next);
    /* only the entries of capitalised words are ever read: no clearing */
    c->same_prev = prev, c->same_next = next;
    /* hash -> its latest occurrence so far (open addressing, NONE empty;
     * the occurrence's own hash is the slot's key) */
    while (cap < 2 * c->ncap)
        cap *= 2;
    uint32_t *last = nr_arena_alloc(&d->arena, cap * sizeof *last);
    memset(last, 0xff, cap * sizeof *last);
    for (size_t x = 0; x < c->ncap; x++) {
        uint32_t i = c->caps[x];
        uint64_t h = hv[i];
        size_t j = h & (cap - 1);
        while (last[j] != NONE && hv[last[j]] != h)
            j = (j + 1) & (cap - 1);
        prev[i] = last[j];
        next[i] = NONE;
        if (last[j] != NONE)
            next[last[j]] = i;
        last[j] = i;
    }
}

/* The name around an occurrence p of the one-word name: the name words
 * after it (or, for a surname, before it), with given-name prefixes. */
static bool short_occurrence(const qctx *c, size_t p, size_t *nb, size_t *ne)
{
    size_t n = c->d->toks.n;
    size_t q = p + 1;
    while (q < n && q - p < 4 && name_tok(c, q))
        q++;
    size_t b = p;
    if (q - p == 1) /* a surname: the name words before it */
        while (b > 0 && p - b < 3 && name_tok(c, b - 1))
            b--;
    while (b > 0 && p - b < 3 && is_cap(c, b - 1) && word_class(c, b - 1) == C_NAMEPREFIX)
        b--;
    if (q - b < 2)
        return false;
    if (is_punct(c, q - 1, '.'))
        q--;
    *nb = b, *ne = q;
    return true;
}

/* Token i is a one-word name; the longer name it is short for, written
 * elsewhere in the article ("Anto" -> "Anto Prabowo"): the nearest earlier
 * occurrence followed (or, for a surname, preceded) by more name words,
 * else a later one (from i + 2). [*nb, *ne) or false. Every token between
 * i and the occurrence looked at spends one unit of the document's search
 * budget, which keeps the stage linear; a capitalised word visits only the
 * occurrences of its word (same_links) but spends the same budget. */
static bool expand_short(qctx *c, size_t i, size_t *nb, size_t *ne)
{
    size_t n = c->d->toks.n;
    if (is_cap(c, i)) {
        if (!c->same_prev)
            same_links(c);
        /* before i: the occurrence at p costs i - p; none costs i + 1 */
        size_t budget = c->budget;
        for (uint32_t p = c->same_prev[i]; p != NONE && i - p <= budget; p = c->same_prev[p])
            if (same_word(c, p, i) && !c->inq[p] && short_occurrence(c, p, nb, ne)) {
                c->budget = budget - (i - p);
                return true;
            }
        c->budget = budget - (budget < i + 1 ? budget : i + 1);
        /* after i + 1: the occurrence at p costs p - i - 1; none costs
         * n - i - 1, at least 1 */
        budget = c->budget;
        for (uint32_t p = c->same_next[i]; p != NONE && p - i - 1 <= budget; p = c->same_next[p])
            if (p > i + 1 && same_word(c, p, i) && !c->inq[p] && short_occurrence(c, p, nb, ne)) {
                c->budget = budget - (p - i - 1);
                return true;
            }
        size_t all = n - i - 1 > 1 ? n - i - 1 : 1;
        c->budget = budget - (budget < all ? budget : all);
        return false;
    }
    for (int dir = 0; dir < 2; dir++) {
        size_t p = dir == 0 ? i : i + 1;
        while (c->budget > 0) {
            c->budget--;
            if (dir == 0) {
                if (p == 0)
                    break;
                p--;
            } else if (++p >= n) {
                break;
            }
            if (T(c, p)->kind != TK_WORD || !(T(c, p)->flags & TF_CAP) || !same_word(c, p, i) ||
                c->inq[p])
                continue;
            if (short_occurrence(c, p, nb, ne))
                return true;
        }
    }
    return false;
}

static void add_person_mention(qctx *c, uint32_t b, uint32_t e, int32_t ent)
{
    nr_doc *d = c->d;
    for (uint32_t t = b; t < e; t++) {
        int32_t mi = c->cov[t];
        if (mi < 0)
            continue;
        /* a PERSON mention of these very words ("Anggi" linked alone) now
         * names the person read here; never overlap any other mention */
        nr_mention *m = &d->mentions.v[mi];
        if (m->type == NERID_PERSON && m->tb >= b && m->te <= e && m->entry < 0)
            m->ent = ent;
        return;
    }
    nr_mention *m = nr_vec_push(&d->mentions, d->oom);
    m->tb = b, m->te = e;
    m->start = T(c, b)->start, m->end = T(c, e - 1)->end;
    m->type = NERID_PERSON;
    m->entry = -1;
    m->ent = ent;
    m->source = "rule";
    m->rule = "quote.speaker";
    for (uint32_t t = b; t < e; t++)
        c->cov[t] = (int32_t)(d->mentions.n - 1);
}

/* The PERSON entity named exactly `name`, or -1 (hash index; an entry whose
 * entity was renamed since simply no longer matches). */
static int32_t name_get(const qctx *c, const char *name)
{
    if (!c->names_cap)
        return -1;
    size_t mask = c->names_cap - 1, h = (size_t)nr_hash(name, strlen(name)) & mask;
    for (; c->names[h] >= 0; h = (h + 1) & mask) {
        const nr_entity *x = &c->d->entities.v[c->names[h]];
        if (x->type == NERID_PERSON && x->name && !strcmp(x->name, name))
            return c->names[h];
    }
    return -1;
}

/* The key of a name word in c->wkey_head: its first three bytes (fewer
 * in a shorter word), ASCII lower-cased, and how many: a word equal to w,
 * or one starting with a w of 3+ bytes, has w's key (name_meets). */
static uint32_t word_key(const char *w, size_t n)
{
    size_t m = n < 3 ? n : 3;
    uint32_t key = (uint32_t)m << 24;
    for (size_t i = 0; i < m; i++) {
        unsigned char ch = (unsigned char)w[i];
        if (ch >= 'A' && ch <= 'Z')
            ch += 32;
        key |= (uint32_t)ch << (8 * i);
    }
    return key;
}

static size_t wkey_slot(const qctx *c, uint32_t key)
{
    return (size_t)(((uint64_t)key * 0x9E3779B97F4A7C15ull) >> 40) & (c->wkey_cap - 1);
}

/* Adds the words of entity ent's name to c->wkey_head. */
static void name_words_put(qctx *c, int32_t ent)
{
    nr_doc *d = c->d;
    const char *s = d->entities.v[ent].name;
    for (size_t i = 0, n = strlen(s); i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j == i)
            break;
        if (c->nwrefs == c->wrefs_cap) { /* grow; old arrays stay in the arena */
            size_t cap = c->wrefs_cap ? 2 * c->wrefs_cap : 64;
            struct wref *v = nr_arena_alloc(&d->arena, cap * sizeof *v);
            if (c->nwrefs)
                memcpy(v, c->wrefs, c->nwrefs * sizeof *v);
            c->wrefs = v;
            c->wrefs_cap = cap;
            /* as many chains as words: relink them all */
            c->wkey_cap = cap;
            c->wkey_head = nr_arena_alloc(&d->arena, cap * sizeof *c->wkey_head);
            memset(c->wkey_head, 0, cap * sizeof *c->wkey_head);
            for (size_t k = 0; k < c->nwrefs; k++) {
                size_t h = wkey_slot(c, v[k].key);
                v[k].next = c->wkey_head[h];
                c->wkey_head[h] = (uint32_t)k + 1;
            }
        }
        struct wref *r = &c->wrefs[c->nwrefs++];
        r->key = word_key(s + i, j - i);
        r->ent = ent;
        size_t h = wkey_slot(c, r->key);
        r->next = c->wkey_head[h];
        c->wkey_head[h] = (uint32_t)c->nwrefs;
        i = j;
    }
}

/* Builds the name word index on first need: the words of every PERSON
 * entity's name; name_put keeps it up to date after. */
static void name_words_index(qctx *c)
{
    if (c->words_indexed)
        return;
    c->words_indexed = true;
    for (size_t k = 0; k < c->d->entities.n; k++)
        if (c->d->entities.v[k].type == NERID_PERSON && c->d->entities.v[k].name)
            name_words_put(c, (int32_t)k);
}

/* Indexes PERSON entity ent under its (new) name: by the whole name
 * (name_get) and by its words (longer_person). */
static void name_put(qctx *c, int32_t ent)
{
    if (c->words_indexed)
        name_words_put(c, ent);
    names_insert(c, ent);
}

static void names_insert(qctx *c, int32_t ent)
{
    nr_doc *d = c->d;
    if (2 * (c->names_n + 1) > c->names_cap) { /* grow: old tables stay in the arena */
        size_t cap = c->names_cap ? 2 * c->names_cap : 64;
        int32_t *old = c->names;
        size_t ocap = c->names_cap;
        c->names = nr_arena_alloc(&d->arena, cap * sizeof *c->names);
        for (size_t i = 0; i < cap; i++)
            c->names[i] = -1;
        c->names_cap = cap;
        c->names_n = 0;
        for (size_t i = 0; i < ocap; i++)
            if (old[i] >= 0)
                names_insert(c, old[i]);
    }
    const char *name = d->entities.v[ent].name;
    size_t mask = c->names_cap - 1, h = (size_t)nr_hash(name, strlen(name)) & mask;
    while (c->names[h] >= 0)
        h = (h + 1) & mask;
    c->names[h] = ent;
    c->names_n++;
}

/* Does entity x's name hold every word of tokens [b, e)? */
static bool holds_words(const qctx *c, const nr_entity *x, uint32_t b, uint32_t e)
{
    size_t nw = 0;
    for (uint32_t t = b; t < e; t++) {
        if (T(c, t)->kind != TK_WORD)
            continue;
        nw++;
        if (!(name_meets(x->name, strlen(x->name), c->d->text + T(c, t)->start,
                         T(c, t)->end - T(c, t)->start) & W_EQUAL))
            return false;
    }
    return nw > 0;
}

/* The PERSON entity named by tokens [b, e) (a name read by name_core):
 *  1. a one-word name: the longer name written elsewhere (expand_short),
 *     else a longer entity holding it ("Anggi" ~ "Anggini Setiawan");
 *  2. an entity of that name;
 *  3. the entity of a PERSON mention over these words: a gazetteer entity
 *     whose name holds the words, or a rule-made one, renamed to the name
 *     read here when that has 2+ words (its mention took title words, as
 *     "Besar Ahmad Kamal" after "Komisaris", or missed a word);
 *  4. a new entity.
 * A mention (rule "quote.speaker") is added where no mention is. */
static int32_t person_entity(qctx *c, uint32_t b, uint32_t e, int depth)
{
    nr_doc *d = c->d;
    const char *name = nr_doc_str(d, T(c, b)->start, T(c, e - 1)->end);
    int32_t ent = -1;
    size_t nb, ne;
    int32_t cm = c->cov[b];
    if (e - b == 1 && cm >= 0 && d->mentions.v[cm].type == NERID_PERSON && d->mentions.v[cm].te == e &&
        d->mentions.v[cm].tb < b && d->mentions.v[cm].ent >= 0 &&
        d->entities.v[d->mentions.v[cm].ent].entry < 0) {
        /* the name read here ends a longer rule-made mention whose first
         * words were judged a place or a title ("Kepala Desa Tegalmulyo
         * Sutarno"): that entity is this person */
        ent = d->mentions.v[cm].ent;
        d->entities.v[ent].name = name;
        name_put(c, ent);
        return ent;
    }
    if (e - b == 1 && depth == 0 && expand_short(c, b, &nb, &ne))
        ent = person_entity(c, (uint32_t)nb, (uint32_t)ne, depth + 1);
    if (ent < 0 && e - b == 1)
        ent = longer_person(c, b);
    if (ent < 0)
        ent = name_get(c, name);
    for (uint32_t t = b; t < e && ent < 0; t++) {
        int32_t mi = c->cov[t];
        if (mi < 0 || d->mentions.v[mi].type != NERID_PERSON || d->mentions.v[mi].ent < 0)
            continue;
        nr_entity *x = &d->entities.v[d->mentions.v[mi].ent];
        if (x->entry >= 0 && holds_words(c, x, b, e)) {
            ent = d->mentions.v[mi].ent;
        } else if (x->entry < 0 && (e - b >= 2 || holds_words(c, x, b, e))) {
            x->name = name;
            ent = d->mentions.v[mi].ent;
            name_put(c, ent);
        }
    }
    if (ent < 0) {
        nr_entity *x = nr_vec_push(&d->entities, d->oom);
        x->type = NERID_PERSON;
        x->name = name;
        x->entry = -1;
        ent = (int32_t)(d->entities.n - 1);
        name_put(c, ent);
    }
    add_person_mention(c, b, e, ent);
    return ent;
}

/* The entity of mention mi; for a PERSON, the name read from its words. */
static int32_t mention_entity(qctx *c, int32_t mi)
{
    const nr_mention *m = &c->d->mentions.v[mi];
    if (m->type != NERID_PERSON)
        return m->ent;
    uint32_t tb = m->tb, te = m->te;
    uint32_t x = te;
    while (x > tb && name_tok(c, x - 1))
        x--;
    if (x >= te)
        return m->ent;
    size_t nb, ne;
    name_core(c, x, te, &nb, &ne);
    return person_entity(c, (uint32_t)nb, (uint32_t)ne, 0);
}

static bool org_type(int t)
{
    return t != NERID_PERSON && t != NERID_LOCATION;
}

/* Stop words of a speaker phrase (lower case). */
static bool phrase_stop(const qctx *c, size_t i)
{
    static const char *const W[] = {
        "usai", "seusai", "saat", "ketika", "dalam", "di", "kepada", "pada", "sebelum",
        "setelah", "sambil", "melalui", "lewat", "ditemui", "dikutip", "yang", "dari",
        "kepadanya", "dengan", "terkait", "soal", "tentang", "mengenai", "saat", "beberapa",
        "sebagaimana", "seperti", "kemarin", "menanggapi", "menjawab", "sembari", NULL};
    return tok_in(c, i, W);
}

/* A role coreference ("kata Presiden", "ujar Kapolda"): the phrase [b, e)
 * is title words only; the person named right after the same title
 * elsewhere in the article (nearest earlier, else later), or -1. */
static int32_t role_person(qctx *c, size_t b, size_t e)
{
    if (e <= b || e - b > 3)
        return -1;
    for (size_t i = b; i < e; i++)
        if (!is_cap(c, i) || !is_title(c, i))
            return -1;
    size_t len = e - b, n = c->d->toks.n;
    for (int dir = 0; dir < 2; dir++) {
        size_t p = dir == 0 ? b : e;
        while (c->budget > 0) {
            c->budget--;
            if (dir == 0) {
                if (p == 0)
                    break;
                p--;
            } else if (++p + len >= n) {
                break;
            }
            bool same = p + len < n;
            for (size_t k = 0; k < len && same; k++)
                same = same_word(c, p + k, b + k);
            if (!same)
                continue;
            size_t q = p + len, r = p + len, nb, ne;
            while (r < n && r - q < 4 && name_tok(c, r))
                r++;
            if (r > q) {
                name_core(c, q, r, &nb, &ne);
                return person_entity(c, (uint32_t)nb, (uint32_t)ne, 0);
            }
        }
    }
    return -1;
}

/* Reads the speaker phrase starting at token i (after a cue, or after
 * "menurut"), up to token lim_te: the last name in it (after its title),
 * else an organisation, else the words as written. */
static speaker parse_phrase(qctx *c, size_t i, size_t lim_te)
{
    nr_doc *d = c->d;
    speaker sp = {.ent = -1, .pron = NONE};
    if (i >= lim_te)
        return sp;
    if (is_pronoun(c, i)) {
        sp.pron = (uint32_t)i;
        sp.sb = T(c, i)->start, sp.se = T(c, i)->end;
        sp.ok = true;
        return sp;
    }
    size_t e = i, stop = i + 30 < lim_te ? i + 30 : lim_te;
    bool named = false;
    int32_t org = -1;
    size_t ob = 0, oe = 0, nb = 0, ne = 0;
    while (e < stop) {
        const nr_tok *t = T(c, e);
        if (t->kind == TK_QUOTE || (t->kind == TK_PUNCT && strchr(".?!;:", d->text[t->start]) &&
                                    !(T(c, e - 1)->flags & TF_ABBREV)))
            break;
        if (is_punct(c, e, ',')) {
            /* "kata Kepala Dinas X, Yusuf, ..." goes on to the name */
            if (named || e + 1 >= stop || !(name_tok(c, e + 1) || c->cov[e + 1] >= 0))
                break;
            e++;
            continue;
        }
        if (t->kind == TK_WORD && !(t->flags & TF_CAP) && word_class(c, e) != C_CONNECTOR &&
            (named || phrase_stop(c, e)))
            break;
        if (name_tok(c, e)) {
            size_t b = e;
            while (e < stop && name_tok(c, e))
                e++;
            name_core(c, b, e, &nb, &ne);
            named = true;
            continue;
        }
        int32_t mi = c->cov[e];
        if (mi >= 0 && d->mentions.v[mi].type != NERID_PERSON) {
            const nr_mention *m = &d->mentions.v[mi];
            if (org_type(m->type) && org < 0) {
                org = mi;
                ob = e;
                oe = m->te;
            }
            e = m->te > e ? m->te : e + 1;
            continue;
        }
        e++;
    }
    if (e > stop)
        e = stop;
    if (ne > nb) {
        sp.ent = person_entity(c, (uint32_t)nb, (uint32_t)ne, 0);
        sp.sb = T(c, nb)->start, sp.se = T(c, ne - 1)->end;
        set_role(c, sp.ent, (uint32_t)i, (uint32_t)nb);
    } else if (org < 0 && (sp.ent = role_person(c, i, e)) >= 0) {
        sp.sb = T(c, i)->start, sp.se = T(c, e - 1)->end;
    } else if (org >= 0 && word_class(c, i) != C_INDEFINITE) {
        /* "tulis BMKG", "kata Kepala BPS"; not "kata seorang pendukung
         * Persipura", which is said as written */
        sp.ent = d->mentions.v[org].ent;
        sp.sb = T(c, ob)->start, sp.se = T(c, oe - 1)->end;
    } else if (e > i) {
        size_t b = i;
        while (e > b && !is_word(c, e - 1))
            e--;
        if (e > b && (tok_is(c, e - 1, "ini") || tok_is(c, e - 1, "itu") ||
                      tok_is(c, e - 1, "tersebut") || tok_is(c, b, "sang"))) {
            /* "kata mantan kapolda itu": a known person, like a pronoun */
            sp.pron = (uint32_t)b;
            sp.sb = T(c, b)->start, sp.se = T(c, e - 1)->end;
        } else if (e > b && e - b <= 8) {
            sp.sb = T(c, b)->start, sp.se = T(c, e - 1)->end;
            sp.text = nr_doc_str(d, sp.sb, sp.se);
        }
    }
    sp.ok = sp.ent >= 0 || sp.text || sp.pron != NONE;
    return sp;
}

/* The subject of a verb of saying at token v: backwards within the
 * sentence (at most 30 tokens). */
static speaker parse_subject(qctx *c, size_t v)
{
    nr_doc *d = c->d;
    speaker sp = {.ent = -1, .pron = NONE};
    size_t sb = d->sents.v[T(c, v)->sent].tb;
    size_t lim = v > sb + 30 ? v - 30 : sb;
    if (v == 0 || v <= lim)
        return sp;
    size_t j = v - 1;
    if (tok_is(c, j, "juga") || tok_is(c, j, "pun") || tok_is(c, j, "sebelumnya") ||
        tok_is(c, j, "kemudian") || tok_is(c, j, "lalu") || tok_is(c, j, "pula"))
        j = j > lim ? j - 1 : j;
    if (tok_is(c, j, "yang") || tok_is(c, j, "tidak") || tok_is(c, j, "untuk"))
        return sp; /* a relative clause or a negation, not an attribution */
    if (is_pronoun(c, j)) {
        sp.pron = (uint32_t)j;
        sp.sb = T(c, j)->start, sp.se = T(c, j)->end;
        sp.ok = true;
        return sp;
    }
    /* "BMKG melalui Stasiun X menyebutkan": the subject is before it */
    for (size_t k = j; k > lim && j - k < 8 && !is_punct(c, k, ','); k--)
        if (tok_is(c, k, "melalui") || tok_is(c, k, "lewat")) {
            j = k - 1;
            break;
        }
    /* an apposition between commas that starts lower case ("Maria (52),
     * warga Desa X, bercerita", "Hendra, yang juga ..., menegaskan") and an
     * age in brackets stand between the name and the verb */
    if (is_punct(c, j, ',') && j > lim) {
        size_t k = j;
        while (k > lim && !is_punct(c, k - 1, ',') && j - k < 14)
            k--;
        /* a degree after the name ("Iola Abas, Ph.D., mengatakan") */
        bool degree = k < j && j - k <= 5 && k > lim && is_punct(c, k - 1, ',');
        for (size_t x = k; x < j && degree; x++)
            degree = is_punct(c, x, '.') || (is_word(c, x) && T(c, x)->end - T(c, x)->start <= 4);
        if (degree) {
            j = k - 1;
            k = j;
            while (k > lim && !is_punct(c, k - 1, ',') && j - k < 14)
                k--;
        }
        if (k > lim && is_punct(c, k - 1, ',') && is_word(c, k) && !(T(c, k)->flags & TF_CAP))
            j = k - 1;
        if (j > lim)
            j--;
        if (is_punct(c, j, ')')) {
            size_t o = j;
            while (o > lim && j - o < 6 && !is_punct(c, o, '('))
                o--;
            if (is_punct(c, o, '(') && o > lim)
                j = o - 1;
        }
    }
    /* the name right before the verb */
    if (name_tok(c, j)) {
        size_t b = j, x;
        while (b > lim && name_tok(c, b - 1))
            b--;
        name_core(c, b, j + 1, &b, &x);
        sp.ent = person_entity(c, (uint32_t)b, (uint32_t)j + 1, 0);
        sp.sb = T(c, b)->start, sp.se = T(c, j)->end;
        uint32_t rb = (uint32_t)b;
        while (rb > lim && !is_punct(c, rb - 1, ','))
            rb--;
        set_role(c, sp.ent, rb, (uint32_t)b);
        sp.ok = true;
        return sp;
    }
    /* a PERSON in apposition ("Hendarto, Kepala BPS, mengatakan"), else an
     * organisation ("BPS dalam keterangannya menyatakan") */
    int32_t org = -1;
    for (size_t k = j + 1; k-- > lim;) {
        int32_t mi = c->cov[k];
        if (mi < 0)
            continue;
        const nr_mention *m = &d->mentions.v[mi];
        if (m->type == NERID_PERSON) {
            sp.ent = mention_entity(c, mi);
            sp.sb = m->start, sp.se = m->end;
            sp.ok = true;
            return sp;
        }
        if (org < 0 && org_type(m->type))
            org = mi;
    }
    if (org >= 0) {
        const nr_mention *m = &d->mentions.v[org];
        sp.ent = m->ent;
        sp.sb = m->start, sp.se = m->end;
        sp.ok = true;
        return sp;
    }
    /* a lower-case phrase after the last comma: "Seorang warga mengatakan" */
    size_t b = j + 1;
    while (b > lim && !is_punct(c, b - 1, ',') && T(c, b - 1)->kind == TK_WORD)
        b--;
    if (b <= j && j + 1 - b <= 5 && (b == sb || is_punct(c, b - 1, ','))) {
        sp.sb = T(c, b)->start, sp.se = T(c, j)->end;
        sp.text = nr_doc_str(d, sp.sb, sp.se);
        sp.ok = true;
    }
    return sp;
}

/* A speaker named by the clitic -nya of token i (or by the bare cue). */
static speaker clitic_speaker(const qctx *c, size_t i)
{
    const nr_tok *t = T(c, i);
    speaker sp = {.ent = -1, .pron = (uint32_t)i, .ok = true};
    sp.sb = t->start, sp.se = t->end;
    if ((t->end - t->start > 3) && strncasecmp_ascii(c->d->text + t->end - 3, "nya", 3))
        sp.sb = t->end - 3;
    return sp;
}

/* --------------------------------------------------------- emitting */

static nr_quote *emit(qctx *c, bool direct, uint32_t tb, uint32_t te, uint32_t cue,
                      const char *lemma, const speaker *sp, const char *rule)
{
    nr_doc *d = c->d;
    /* one trailing comma or period goes */
    if (te > tb + 1 && (is_punct(c, te - 1, ',') || is_punct(c, te - 1, '.')))
        te--;
    while (te > tb && T(c, te - 1)->kind == TK_QUOTE && !direct)
        te--;
    if (te <= tb)
        return NULL;
    nr_quote *q = nr_vec_push(&d->quotes, d->oom);
    q->direct = direct;
    q->start = T(c, tb)->start;
    q->end = T(c, te - 1)->end;
    if (cue != NONE) {
        q->cue_start = T(c, cue)->start;
        q->cue_end = T(c, cue)->end;
        q->cue_lemma = lemma;
    }
    q->sp_ent = sp->ent;
    q->sp_start = sp->sb;
    q->sp_end = sp->se;
    q->sp_text = sp->text;
    q->rule = rule;
    if (c->pron.n < c->pron.cap)
        c->pron.v[c->pron.n++] = sp->pron;
    return q;
}

/* Does the run end like speech (, . ? ! … inside the marks or a comma or
 * a dash after the closing mark)? */
static bool speechlike_end(const qctx *c, const qrun *r)
{
    const nr_tok *t = T(c, r->te - 1);
    if (t->kind == TK_PUNCT && strchr(",.?!-", c->d->text[t->start]))
        return true;
    if (t->kind == TK_PUNCT && (unsigned char)c->d->text[t->start] == 0xE2)
        return true; /* … or a dash */
    return r->cm != NONE && (is_punct(c, r->cm + 1, ',') || is_punct(c, r->cm + 1, '-'));
}

static size_t run_words(const qctx *c, const qrun *r)
{
    size_t n = 0;
    for (uint32_t i = r->tb; i < r->te && n < 4; i++)
        n += T(c, i)->kind == TK_WORD;
    return n;
}

/* a. a cue after the closing mark. */
static bool cue_after(qctx *c, const qrun *r, uint32_t *cue, const char **lemma, speaker *sp)
{
    /* speech ends with , . ? ! inside the marks; a run of 4+ words may
     * also lack it ("... kami siap" kata X) */
    if (r->cm == NONE || run_words(c, r) < 2 || (!speechlike_end(c, r) && run_words(c, r) < 4))
        return false;
    size_t i = r->cm + 1, n = c->d->toks.n;
    if (is_punct(c, i, ',') || is_punct(c, i, '-'))
        i++;
    if (i >= n || (T(c, i)->flags & TF_PARA) || skip_tok(c, i))
        return false;
    bool cl;
    int k = cue_class(c, i, lemma, &cl);
    if (k == C_FILLER) {
        i++;
        k = cue_class(c, i, lemma, &cl);
    }
    if (k != C_SHORT && k != C_PASSIVE && k != C_VERB && k != C_VERB2 && k != C_MENURUT)
        return false;
    if (T(c, i)->flags & TF_CAP && !(T(c, r->te - 1)->kind == TK_PUNCT &&
                                     c->d->text[T(c, r->te - 1)->start] == ','))
        return false; /* "...." Kata ... starts a new sentence */
    *cue = (uint32_t)i;
    size_t se = c->d->sents.v[T(c, i)->sent].te;
    if (cl) {
        *sp = clitic_speaker(c, i);
        return true;
    }
    size_t j = i + 1;
    if (k == C_PASSIVE && tok_is(c, j, "oleh"))
        j++;
    *sp = parse_phrase(c, j, se > j ? se : j);
    if (!sp->ok) /* the cue with no speaker: the previous one */
        *sp = clitic_speaker(c, i);
    return true;
}

/* b. a cue before the opening mark. */
static bool cue_before(qctx *c, const qrun *r, uint32_t *cue, const char **lemma, speaker *sp)
{
    if (r->om == NONE || r->om == 0)
        return false;
    nr_doc *d = c->d;
    size_t j = r->om - 1;
    if (T(c, r->om)->flags & TF_PARA || skip_tok(c, j))
        return false;
    bool colon = is_punct(c, j, ':'), comma = is_punct(c, j, ',');
    size_t v = colon || comma ? j - 1 : j;
    if ((colon || comma) && j == 0)
        return false;
    bool cl;
    int k = cue_class(c, v, lemma, &cl);
    if (k == C_VERB || k == C_VERB2 || (k == C_SHORT && cl)) {
        *cue = (uint32_t)v;
        if (cl)
            *sp = clitic_speaker(c, v);
        else
            *sp = parse_subject(c, v);
        return sp->ok;
    }
    if (!comma && !colon)
        return false;
    /* Menurut X, "..." / Kata X, "..." : the cue within 12 tokens back in
     * the sentence */
    size_t sb = d->sents.v[T(c, j)->sent].tb;
    for (size_t m = j; m-- > sb && j - m <= 12;) {
        if (T(c, m)->kind == TK_QUOTE)
            break;
        int km = cue_class(c, m, lemma, &cl);
        if (km == C_MENURUT || (km == C_SHORT && (m == sb || is_punct(c, m - 1, ',')))) {
            *cue = (uint32_t)m;
            if (cl)
                *sp = clitic_speaker(c, m);
            else
                *sp = parse_phrase(c, m + 1, j);
            return sp->ok;
        }
    }
    /* X: "..." */
    if (colon) {
        size_t b = j;
        while (b > sb && j - b < 8 && T(c, b - 1)->kind == TK_WORD)
            b--;
        if (b < j && (b == sb || is_punct(c, b - 1, ','))) {
            speaker s = parse_phrase(c, b, j);
            if (s.ok && s.ent >= 0) {
                *cue = (uint32_t)j;
                *lemma = ":";
                *sp = s;
                return true;
            }
        }
    }
    return false;
}

/* ---------------------------------------------------------- direct pass */

static void direct_quotes(qctx *c)
{
    nr_doc *d = c->d;
    /* the attribution of the latest quote: for split and continued runs */
    speaker last = {.ent = -1, .pron = NONE};
    uint32_t last_para = NONE, last_cue = NONE, last_end = 0;
    const char *last_lemma = NULL;
    for (size_t k = 0; k < c->runs.n; k++) {
        /* a chain: unclosed runs continued in the next paragraph(s) */
        size_t e = k;
        while (e < c->runs.n && (c->runs.v[e].flags & R_CONT) && e + 1 < c->runs.n &&
               c->runs.v[e + 1].para == c->runs.v[e].para + 1 && c->runs.v[e + 1].om != NONE &&
               T(c, c->runs.v[e + 1].om)->flags & TF_PARA)
            e++;
        qrun *r = &c->runs.v[e];
        if ((r->flags & R_UNCLOSED) && !(r->flags & R_CONT) && e == k) {
            continue; /* cut off: no quote */
        }
        uint32_t cue = NONE;
        const char *lemma = NULL;
        speaker sp = {.ent = -1, .pron = NONE};
        const char *rule = NULL;
        qrun *f = &c->runs.v[k];
        if (!(r->flags & R_UNCLOSED) && cue_after(c, r, &cue, &lemma, &sp))
            rule = "quote.cue-after";
        else if (!(f->flags & R_NOOPEN) && cue_before(c, f, &cue, &lemma, &sp))
            rule = "quote.cue-before";
        else if (f->flags & R_SINGLE)
            rule = NULL;
        else if (last.ok && last_para == f->para && f->om != NONE && f->tb > last_end &&
                 run_words(c, f) >= 2) {
            sp = last, cue = last_cue, lemma = last_lemma;
            rule = "quote.split";
        } else if (last.ok && f->om != NONE && (T(c, f->om)->flags & TF_PARA) &&
                   last_para != NONE && f->para > last_para && run_words(c, f) >= 3) {
            /* no other paragraph with words between */
            bool adjacent = true;
            for (uint32_t p = last_para + 1; p < f->para && adjacent; p++)
                adjacent = para_first(c, &d->paras.v[p]) >= d->paras.v[p].te;
            if (adjacent) {
                sp = last;
                rule = "quote.continue";
            }
        }
        if (!rule || (r->flags & R_NOOPEN && strcmp(rule, "quote.cue-after"))) {
            k = e;
            continue;
        }
        for (size_t x = k; x <= e; x++) {
            qrun *q = &c->runs.v[x];
            for (uint32_t t = q->tb; t < q->te; t++)
                c->inq[t] = 1;
            if (c->spans.n && q->tb < c->spans.te[c->spans.n - 1])
                c->spans_ordered = false;
            c->spans.tb[c->spans.n] = q->tb;
            c->spans.te[c->spans.n++] = q->te;
            emit(c, true, q->tb, q->te, cue, lemma, &sp, rule);
        }
        last = sp;
        last_para = r->para;
        last_cue = cue;
        last_lemma = lemma;
        last_end = cue != NONE && cue > r->te ? cue : r->te;
        k = e;
    }
}

/* -------------------------------------------------------- indirect pass */

/* Does sentence s hold a quotation? An opening mark the segmenter left at
 * its end (". \"Kami ...") belongs to the next one. */
static bool sent_has_quote(const qctx *c, const nr_range *s, size_t *cur)
{
    uint32_t te = s->te;
    while (te > s->tb && T(c, te - 1)->kind == TK_QUOTE && te < c->d->toks.n && c->inq[te])
        te--;
    if (c->spans_ordered) { /* a mark or a span in [s->tb, te) */
        size_t mk = mark_from(c, cur, s->tb);
        if (mk < c->nmarks && c->marks[mk] < te)
            return true;
        size_t lo = 0, hi = c->spans.n; /* the first span ending after s->tb */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (c->spans.te[mid] <= s->tb)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < c->spans.n && c->spans.tb[lo] < te && s->tb < te;
    }
    for (uint32_t i = s->tb; i < te; i++)
        if (c->inq[i] || T(c, i)->kind == TK_QUOTE)
            return true;
    return false;
}

static bool clause_adjunct(const qctx *c, size_t i)
{
    static const char *const W[] = {"kepada", "dalam", "di", "saat", "ketika", "usai", "seusai",
                                    "pada", "melalui", "lewat", "hal", "itu", "ini", "dengan",
                                    "sebagai", "mengenai", "tentang", "soal", "terkait", "kepadanya",
                                    "sejumlah", "beberapa", "apa", "secara", NULL};
    return tok_in(c, i, W);
}

/* Emits the reported clause [b, sentence end). */
static void emit_clause(qctx *c, const nr_range *s, size_t b, uint32_t cue, const char *lemma,
                        const speaker *sp, const char *rule)
{
    if (tok_is(c, b, "bahwa"))
        b++;
    size_t te = s->te;
    while (te > b && (T(c, te - 1)->kind == TK_QUOTE || is_punct(c, te - 1, ')')))
        te--;
    if (te > b && (is_punct(c, te - 1, '.') || is_punct(c, te - 1, '!')))
        te--;
    size_t words = 0;
    for (size_t i = b; i < te; i++)
        words += T(c, i)->kind == TK_WORD;
    if (words < 3)
        return;
    emit(c, false, (uint32_t)b, (uint32_t)te, cue, lemma, sp, rule);
}

static void indirect_quotes(qctx *c)
{
    nr_doc *d = c->d;
    size_t mcur = 0, vcur = 0;
    for (size_t k = 0; k < d->sents.n; k++) {
        const nr_range *s = &d->sents.v[k];
        if (s->te <= s->tb || skip_tok(c, s->tb) || sent_has_quote(c, s, &mcur))
            continue;
        /* the words of the classes the rules below start at, in order */
        for (size_t x = list_from(c->verbs, c->nverbs, &vcur, s->tb);
             x < c->nverbs && c->verbs[x] < s->te; x++) {
            size_t i = c->verbs[x];
            const char *lemma = NULL;
            bool cl;
            int cls = cue_class(c, i, &lemma, &cl);
            if ((cls == C_VERB || cls == C_VERB2) && !cl && i > s->tb) {
                size_t b = i + 1;
                if (is_punct(c, b, ',') || is_punct(c, b, ':')) {
                    b++;
                } else if (!tok_is(c, b, "bahwa")) {
                    size_t w = b;
                    while (w < s->te && w < b + 12 && !tok_is(c, w, "bahwa") && !is_punct(c, w, ','))
                        w++;
                    if (tok_is(c, w, "bahwa"))
                        b = w;
                    else if (cls == C_VERB2 || !is_word(c, b) || clause_adjunct(c, b))
                        break;
                }
                speaker sp = parse_subject(c, i);
                if (sp.ok)
                    emit_clause(c, s, b, (uint32_t)i, lemma, &sp, "quote.indirect-verb");
                break;
            }
            if (cls == C_MENURUT && (i == s->tb || is_punct(c, i - 1, ','))) {
                size_t j = i + 1;
                speaker sp = {.ent = -1, .pron = NONE};
                if (cl) {
                    sp = clitic_speaker(c, i);
                } else {
                    while (j < s->te && j < i + 14 && !is_punct(c, j, ','))
                        j++;
                    if (!is_punct(c, j, ','))
                        break;
                    sp = parse_phrase(c, i + 1, j);
                    if (sp.text && j == i + 2 && !is_cap(c, i + 1))
                        break; /* "Menurut rencana," */
                }
                if (cl)
                    j = i + 1;
                if (!is_punct(c, j, ','))
                    break;
                if (sp.ok)
                    emit_clause(c, s, j + 1, (uint32_t)i, lemma, &sp, "quote.indirect-menurut");
                break;
            }
            if (cls == C_SHORT && i > s->tb && is_punct(c, i - 1, ',')) {
                /* ", lanjut dia, clause" */
                size_t j = i + 1;
                while (j < s->te && j < i + 10 && !is_punct(c, j, ','))
                    j++;
                if (!is_punct(c, j, ',') || j == i + 1)
                    continue;
                speaker sp = cl ? clitic_speaker(c, i)
                                : parse_phrase(c, i + 1, j);
                if (sp.ok && (sp.ent >= 0 || sp.pron != NONE))
                    emit_clause(c, s, j + 1, (uint32_t)i, lemma, &sp, "quote.indirect-medial");
                break;
            }
        }
    }
}

/* ------------------------------------------------------ pronoun pass */

/* The end of the run of elements in order that starts at b (< n). */
static size_t run_end(const char *v, size_t b, size_t n, size_t size,
                      int (*cmp)(const void *, const void *))
{
    size_t e = b + 1;
    while (e < n && cmp(v + (e - 1) * size, v + e * size) <= 0)
        e++;
    return e;
}

/* Sorts v[0, n) of size-byte elements by cmp, stably: the order qsort
 * gave (glibc's qsort is a stable merge sort), at the cost of merging the
 * runs already in order, of which the arrays sorted here have few (the
 * mentions in order then the speakers' added ones; the direct quotes then
 * the reported ones). The merge buffer is in the document's arena. */
static void sort_runs(nr_doc *d, void *base, size_t n, size_t size,
                      int (*cmp)(const void *, const void *))
{
    char *src = base;
    if (n < 2 || run_end(src, 0, n, size, cmp) == n)
        return;
    char *dst = nr_arena_alloc(&d->arena, n * size);
    for (;;) {
        size_t runs = 0;
        for (size_t b = 0; b < n; runs++) { /* merge [b, m) and [m, e) into dst */
            size_t m = run_end(src, b, n, size, cmp), e = m < n ? run_end(src, m, n, size, cmp) : n;
            size_t i = b, j = m, o = b;
            while (i < m && j < e) {
                bool left = cmp(src + i * size, src + j * size) <= 0;
                memcpy(dst + o++ * size, src + (left ? i++ : j++) * size, size);
            }
            memcpy(dst + o * size, src + i * size, (m - i) * size);
            o += m - i;
            memcpy(dst + o * size, src + j * size, (e - j) * size);
            b = e;
        }
        char *t = src;
        src = dst, dst = t;
        if (runs == 1)
            break;
    }
    if (src != base)
        memcpy(base, src, n * size);
}

typedef struct {
    uint32_t start;
    uint32_t tok;
    int32_t ent;
    int32_t mi;
    bool person;
} mref;

static int cmp_mref(const void *a, const void *b)
{
    const mref *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

typedef struct {
    uint32_t pos;
    uint32_t q;
} pref;

static int cmp_pref(const void *a, const void *b)
{
    const pref *x = a, *y = b;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

typedef struct {
    const char *w;
    size_t n;
    int32_t ent;
} nameword;

static int cmp_ci(const char *a, size_t an, const char *b, size_t bn)
{
    size_t n = an < bn ? an : bn;
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return (an > bn) - (an < bn);
}

static int cmp_nameword(const void *a, const void *b)
{
    const nameword *x = a, *y = b;
    return cmp_ci(x->w, x->n, y->w, y->n);
}

/* Is s a person's name: no title, institution or place word in it? */
/* The C_* class of the word s[0, n) in cls (-1: no key) and whether it is
 * a title other than an honorific, as nr_lex_get finds them: one folded
 * key probes both. */
static int word_kind(const qctx *c, const char *s, size_t n, bool *title)
{
    const nr_lex *titles = &c->d->model->titles;
    char key[NAME_KEY_MAX];
    uint64_t h;
    int cls, t = -1;
    if (ascii_key(s, n, key, &h)) {
        const cue_word *w = cue_word_get(c->qm->words, c->qm->word_slot, c->qm->slots_cap - 1,
                                         key, n, h);
        cls = w ? w->cls : -1;
        uint32_t v;
        if (nr_strmap_get_h(&titles->map, key, n, h, &v))
            t = (int)v;
    } else {
        int k = nr_lex_get(&c->qm->cls, s, n);
        cls = k >= 0 ? class_of_value(c->qm, k) : -1;
        t = nr_lex_get(titles, s, n);
    }
    *title = t >= 0 && strcmp(titles->strs.v[t], "honorific") != 0;
    return cls;
}

/* Is s a person's name: no title, institution or place word in it? The
 * class of its first word (-1: none) goes to *first. */
static bool looks_like_name(const qctx *c, const char *s, int *first)
{
    *first = -1;
    for (bool at_first = true; *s; ) {
        while (*s == ' ')
            s++;
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        if (e > s) {
            bool title;
            int cls = word_kind(c, s, (size_t)(e - s), &title);
            if (at_first)
                *first = cls;
            at_first = false;
            if (cls >= 0 && cls != C_NAMEPREFIX && cls != C_FILLER)
                return false;
            if (title)
                return false;
        }
        s = e;
    }
    return true;
}

/* Every capitalised word outside quotations that is the given name (3+
 * letters) of a speaking person's full name refers to that person ("Teddy tidak sepakat."
 * when "Teddy Kurniadi Wirawan" speaks): refs written to out, counted. */
static size_t speaker_word_refs(qctx *c, const int32_t *spk, size_t nspk, mref *out)
{
    nr_doc *d = c->d;
    size_t nw = 0, cap = 0;
    for (size_t k = 0; k < nspk; k++)
        cap += strlen(d->entities.v[spk[k]].name) / 2 + 1;
    nameword *ws = nr_arena_alloc(&d->arena, (cap + 1) * sizeof *ws);
    for (size_t k = 0; k < nspk; k++) {
        /* the given name of a name of 2+ words: "Teddy" */
        const char *s = d->entities.v[spk[k]].name;
        int first;
        if (!looks_like_name(c, s, &first))
            continue;
        while (*s == ' ')
            s++;
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        if (first == C_NAMEPREFIX)
            continue; /* "Muhammad ..." is no short name */
        if (e - s >= 3 && *e && nw < cap) {
            ws[nw].w = s, ws[nw].n = (size_t)(e - s), ws[nw].ent = spk[k];
            nw++;
        }
    }
    if (!nw)
        return 0;
    sort_runs(d, ws, nw, sizeof *ws, cmp_nameword);
    /* bit min(n, 63) for each length n of a name word: a word of another
     * length equals none of them */
    uint64_t lens = 0;
    for (size_t k = 0; k < nw; k++)
        lens |= (uint64_t)1 << (ws[k].n < 63 ? ws[k].n : 63);
    size_t no = 0;
    for (size_t x = 0; x < c->ncap; x++) {
        size_t i = c->caps[x];
        const nr_tok *t = T(c, i);
        size_t n = t->end - t->start;
        if (!((lens >> (n < 63 ? n : 63)) & 1) || c->inq[i] || c->cov[i] >= 0 || skip_tok(c, i))
            continue;
        const char *w = d->text + t->start;
        size_t lo = 0, hi = nw;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int r = cmp_ci(ws[mid].w, ws[mid].n, w, n);
            if (r == 0) {
                out[no].start = t->start;
                out[no].tok = (uint32_t)i;
                out[no].ent = ws[mid].ent;
                out[no].mi = -1;
                out[no].person = true;
                no++;
                break;
            }
            if (r < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    return no;
}

/* The first of the speakers spk[0, nspk) (PERSON entities k < ne with
 * speaks[k], ascending) whose name holds every word of tokens [b, e), or
 * -1. Such a name has a word equal to the first one: only the entities of
 * its chain in the name word index are read (every speaker when the chain
 * is longer than that). */
static int32_t speaker_holding(qctx *c, const int32_t *spk, size_t nspk, const uint8_t *speaks,
                               size_t ne, uint32_t b, uint32_t e)
{
    nr_doc *d = c->d;
    uint32_t t1 = b;
    while (t1 < e && T(c, t1)->kind != TK_WORD)
        t1++;
    if (t1 >= e)
        return -1; /* no word: holds_words is false */
    name_words_index(c);
    uint32_t key = word_key(d->text + T(c, t1)->start, T(c, t1)->end - T(c, t1)->start);
    int32_t best = -1;
    size_t seen = 0;
    for (uint32_t r = c->wkey_cap ? c->wkey_head[wkey_slot(c, key)] : 0; r;
         r = c->wrefs[r - 1].next) {
        if (++seen > nspk) { /* a long chain: read the speakers in order */
            for (size_t x = 0; x < nspk; x++)
                if (holds_words(c, &d->entities.v[spk[x]], b, e))
                    return spk[x];
            return -1;
        }
        int32_t k = c->wrefs[r - 1].ent;
        if (c->wrefs[r - 1].key == key && (size_t)k < ne && speaks[k] &&
            d->entities.v[k].type == NERID_PERSON && (best < 0 || k < best) &&
            holds_words(c, &d->entities.v[k], b, e))
            best = k;
    }
    return best;
}

static void resolve_pronouns(qctx *c)
{
    nr_doc *d = c->d;
    size_t ne = d->entities.n;
    uint8_t *speaks = nr_arena_alloc(&d->arena, ne + 1);
    memset(speaks, 0, ne + 1);
    size_t np = 0;
    for (size_t k = 0; k < d->quotes.n; k++) {
        if (k < c->pron.n && c->pron.v[k] != NONE)
            np++;
        else if (d->quotes.v[k].sp_ent >= 0)
            speaks[d->quotes.v[k].sp_ent] = 1;
    }
    if (!np)
        return;
    /* the speaking entities, to map other mentions of them ("Anggi") */
    int32_t *spk = nr_arena_alloc(&d->arena, (ne + 1) * sizeof *spk);
    size_t nspk = 0;
    for (size_t k = 0; k < ne; k++)
        if (speaks[k] && d->entities.v[k].type == NERID_PERSON)
            spk[nspk++] = (int32_t)k;
    size_t n0 = d->mentions.n;
    mref *ms = nr_arena_alloc(&d->arena, (n0 + d->toks.n + 1) * sizeof *ms);
    size_t nm = 0;
    for (size_t k = 0; k < n0; k++) {
        const nr_mention *m = &d->mentions.v[k];
        if (m->dropped || m->ent < 0 || m->tb >= d->toks.n || c->inq[m->tb] || skip_tok(c, m->tb))
            continue;
        int32_t ent = m->ent;
        if (m->type == NERID_PERSON && (size_t)ent < ne && !speaks[ent] && c->budget > nspk) {
            c->budget -= nspk;
            int32_t x = speaker_holding(c, spk, nspk, speaks, ne, m->tb, m->te);
            if (x >= 0)
                ent = x;
        }
        ms[nm].start = m->start;
        ms[nm].tok = m->tb;
        ms[nm].mi = (int32_t)k;
        ms[nm].ent = ent;
        ms[nm].person = m->type == NERID_PERSON;
        nm++;
    }
    nm += speaker_word_refs(c, spk, nspk, ms + nm);
    sort_runs(d, ms, nm, sizeof *ms, cmp_mref);
    pref *ps = nr_arena_alloc(&d->arena, np * sizeof *ps);
    np = 0;
    for (size_t k = 0; k < d->quotes.n; k++)
        if (k < c->pron.n && c->pron.v[k] != NONE) {
            ps[np].pos = T(c, c->pron.v[k])->start;
            ps[np].q = (uint32_t)k;
            np++;
        }
    sort_runs(d, ps, np, sizeof *ps, cmp_pref);
    int32_t last_sp = -1, last_sp_person = -1, last_person_mi = -1;
    uint32_t last_sp_tok = 0, last_person_tok = 0;
    size_t mi = 0;
    for (size_t k = 0; k < np; k++) {
        while (mi < nm && ms[mi].start < ps[k].pos) {
            if (ms[mi].ent >= 0 && (size_t)ms[mi].ent < ne && speaks[ms[mi].ent]) {
                last_sp = ms[mi].ent;
                if (ms[mi].person) {
                    last_sp_person = ms[mi].ent;
                    last_sp_tok = ms[mi].tok;
                }
            }
            if (ms[mi].person && ms[mi].mi >= 0) {
                last_person_mi = ms[mi].mi;
                last_person_tok = ms[mi].tok;
            }
            mi++;
        }
        nr_quote *q = &d->quotes.v[ps[k].q];
        /* dia/ia/beliau and most -nya are people: a speaking person first */
        int32_t ent = last_sp_person >= 0 ? last_sp_person : last_sp;
        /* a person just introduced as the subject of this or the previous
         * sentence, after the last speaker was named, is whom it refers to
         * ("X, yang memimpin rapat, menengahi. Menurut beliau, ...") */
        if (last_person_mi >= 0 && ent >= 0 && last_person_tok > last_sp_tok) {
            const nr_tok *pt = T(c, c->pron.v[ps[k].q]), *mt = T(c, last_person_tok);
            uint32_t ssb = d->sents.v[mt->sent].tb;
            if (pt->sent - mt->sent <= 1 && last_person_tok - ssb <= 12)
                ent = mention_entity(c, last_person_mi);
        }
        if (ent < 0 && last_person_mi >= 0)
            ent = mention_entity(c, last_person_mi); /* its name read from the text */
        if (ent < 0) {
            /* the previous quote's speaker (a few back at most) */
            for (size_t x = ps[k].q; x-- > 0 && ent < 0 && ps[k].q - x <= 8;)
                ent = d->quotes.v[x].sp_ent;
        }
        q->sp_ent = ent;
    }
}

/* ------------------------------------------------ headline, captions */

/* Is paragraph p a photo caption: it ends with a credit in brackets, with
 * a slash ("(KOMPAS.com/AGUNG)", "(ANTARA FOTO/...)") or a credit word
 * ("(Dok. Humas)", "(Foto: ...)"), or it opens with "Foto:"? */
static bool is_caption(const qctx *c, const nr_range *p)
{
    if (p->te <= p->tb + 2)
        return false;
    if ((tok_is(c, p->tb, "foto") || tok_is(c, p->tb, "ilustrasi")) && is_punct(c, p->tb + 1, ':'))
        return true;
    size_t e = p->te - 1;
    if (!is_punct(c, e, ')'))
        return false;
    for (size_t k = e; k-- > p->tb && e - k <= 10;) {
        if (is_punct(c, k, '(')) {
            if (tok_is(c, k + 1, "dok") || tok_is(c, k + 1, "foto") || tok_is(c, k + 1, "istimewa") ||
                tok_is(c, k + 1, "ilustrasi"))
                return true;
            return false;
        }
        if (is_punct(c, k, '/') || T(c, k)->kind == TK_URL)
            return true;
    }
    return false;
}

/* Paragraphs that never yield quotes: the header before the dateline
 * (headline, byline; GUIDELINES: headlines restate the body) and photo
 * captions. */
static void mark_nobody(qctx *c)
{
    nr_doc *d = c->d;
    uint32_t dl = d->meta.dateline_tok;
    for (size_t k = 0; k < d->paras.n; k++) {
        const nr_range *p = &d->paras.v[k];
        c->nobody[k] = (dl > 0 && p->te <= dl) || is_caption(c, p);
    }
}

/* ---------------------------------------------------- short names */

typedef struct {
    const char *s;
    size_t n;
    uint32_t tok;
} skey;

static int cmp_skey(const void *a, const void *b)
{
    const skey *x = a, *y = b;
    int r = memcmp(x->s, y->s, x->n < y->n ? x->n : y->n);
    return r ? r : (x->n > y->n) - (x->n < y->n);
}

/* One-word names the article uses at cues: "kata Nanda", "Menurut
 * Hendra,", "Hendra mengatakan", "Hendra:". They tell where a name starts
 * inside a long title run. */
static void collect_short_names(qctx *c)
{
    nr_doc *d = c->d;
    size_t n = d->toks.n, k = 0;
    skey *keys = nr_arena_alloc(&d->arena, (n + 1) * sizeof *keys);
    /* the tests are pure (memoized) functions: the cheap ones first, the
     * word's own marker test (title spans) only at a cue */
    for (size_t x = 0; x < c->ncap; x++) {
        size_t i = c->caps[x];
        const nr_tok *t = T(c, i);
        if (i < 1 || i + 1 >= n || (t->flags & TF_DIGIT))
            continue;
        bool next_cap = is_cap(c, i + 1);
        bool after_cue = false;
        if (!next_cap) {
            int pc = word_class(c, i - 1);
            after_cue = pc == C_SHORT || pc == C_MENURUT || pc == C_PASSIVE;
        }
        if (!after_cue) {
            bool prev_cap = is_cap(c, i - 1) && !(t->flags & TF_SENT);
            if (prev_cap || !((t->flags & TF_SENT) || is_punct(c, i - 1, ',')))
                continue;
            int nc;
            if (!is_punct(c, i + 1, ':') && (nc = word_class(c, i + 1)) != C_VERB && nc != C_VERB2)
                continue;
        }
        if (marker(c, i) || word_class(c, i) == C_NAMEPREFIX)
            continue;
        keys[k].s = nr_tok_norm(d, t, &keys[k].n);
        keys[k].tok = (uint32_t)i;
        k++;
    }
    sort_runs(d, keys, k, sizeof *keys, cmp_skey);
    c->shorts = nr_arena_alloc(&d->arena, (k + 1) * sizeof *c->shorts);
    for (size_t i = 0; i < k; i++)
        c->shorts[i] = keys[i].tok;
    c->nshorts = k;
}

/* ------------------------------------------------------------- driver */

static int cmp_quote(const void *a, const void *b)
{
    const nr_quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

void nr_quotes(nr_doc *d)
{
    const quotes_model *qm = d->model->quotes;
    if (!qm || !d->toks.n)
        return;
    size_t n = d->toks.n;
    qctx c = {.d = d, .tok = d->toks.v, .qm = qm, .budget = 64 * n + 100000};
    c.cov = nr_arena_alloc(&d->arena, n * sizeof *c.cov);
    c.inq = nr_arena_alloc(&d->arena, n);
    memset(c.inq, 0, n);
    c.marks = nr_arena_alloc(&d->arena, (n + 1) * sizeof *c.marks);
    c.caps = nr_arena_alloc(&d->arena, (n + 1) * sizeof *c.caps);
    c.verbs = nr_arena_alloc(&d->arena, (n + 1) * sizeof *c.verbs);
    c.cue = nr_arena_alloc(&d->arena, n * sizeof *c.cue);
    scan_tokens(&c);
    c.memo = nr_arena_alloc(&d->arena, n);
    memset(c.memo, 0, n);
    c.tspan = nr_arena_alloc(&d->arena, 3 * n);
    memset(c.tspan, 0, 3 * n);
    c.orgish = nr_arena_alloc(&d->arena, n);
    memset(c.orgish, 0, n);
    for (size_t k = 0; k < d->mentions.n; k++) {
        const nr_mention *m = &d->mentions.v[k];
        /* places and organisations the gazetteer knows stay out of names,
         * even where a longer PERSON mention won ("Bupati Banyumas X") */
        if (m->entry >= 0 && m->type != NERID_PERSON)
            for (uint32_t t = m->tb; t < m->te && t < n; t++)
                c.orgish[t] = 1;
        if (m->dropped || m->ent < 0)
            continue;
        for (uint32_t t = m->tb; t < m->te && t < n; t++)
            c.cov[t] = (int32_t)k;
    }
    /* every run ends at a mark or at a paragraph end; every quote is a run
     * or a sentence: the scratch tables have fixed sizes */
    c.runs.cap = c.nmarks + 1;
    c.runs.v = nr_arena_alloc(&d->arena, c.runs.cap * sizeof *c.runs.v);
    c.spans.tb = nr_arena_alloc(&d->arena, c.runs.cap * sizeof *c.spans.tb);
    c.spans.te = nr_arena_alloc(&d->arena, c.runs.cap * sizeof *c.spans.te);
    c.spans_ordered = true;
    c.pron.cap = c.runs.cap + d->sents.n + 1;
    c.pron.v = nr_arena_alloc(&d->arena, c.pron.cap * sizeof *c.pron.v);
    c.nobody = nr_arena_alloc(&d->arena, d->paras.n + 1);
    memset(c.nobody, 0, d->paras.n + 1);
    mark_nobody(&c);
    for (size_t k = 0; k < d->entities.n; k++)
        if (d->entities.v[k].type == NERID_PERSON && d->entities.v[k].name)
            name_put(&c, (int32_t)k);
    collect_short_names(&c);
    find_runs(&c);
    direct_quotes(&c);
    indirect_quotes(&c);
    resolve_pronouns(&c);
    /* a speaker entity left without a mention would be compacted away:
     * keep the name it was resolved to as the speaker's text */
    uint8_t *live = nr_arena_alloc(&d->arena, d->entities.n + 1);
    memset(live, 0, d->entities.n + 1);
    for (size_t k = 0; k < d->mentions.n; k++)
        if (!d->mentions.v[k].dropped && d->mentions.v[k].ent >= 0 &&
            (size_t)d->mentions.v[k].ent < d->entities.n)
            live[d->mentions.v[k].ent] = 1;
    for (size_t k = 0; k < d->quotes.n; k++) {
        nr_quote *q = &d->quotes.v[k];
        if (q->sp_ent >= 0 && !live[q->sp_ent]) {
            q->sp_text = d->entities.v[q->sp_ent].name;
            q->sp_start = q->sp_end = 0;
            q->sp_ent = -1;
        }
    }
    /* output order: by position; the pronoun side table is no longer used */
    sort_runs(d, d->quotes.v, d->quotes.n, sizeof *d->quotes.v, cmp_quote);
}
