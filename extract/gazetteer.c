/* gazetteer.c - stage 6: gazetteer loading, compiling and matching.
 *
 * Every name and alias of every entry is tokenized and folded exactly like
 * the text (tokenize.c + normalize.c), split into words (hyphenated tokens
 * give one word per part, so "Kemenkop-UKM" == "Kemenkop UKM"; dotted
 * acronyms lose their dots), and inserted into a trie over word ids. The
 * trie is built once per model; matching walks it from each word of the
 * document, so its cost depends on the length of the longest name, not on
 * the number of entries. Leftmost-longest matches win.
 *
 * Case: names match case-insensitively but the text must start with a
 * capital (unless the listed form itself starts in lower case, such as
 * "kumparan"); a one-word all-capital alias of at most 5 letters ("AS",
 * "BI", "PAN") matches only when written in capitals.
 *
 * match=aliases: the entry's name is not a pattern. match=qualified: the
 * name matches only when one of the entry's aliases ("Kecamatan Anggi")
 * matches somewhere in the same document (a headline may name the place
 * before the body qualifies it): a per-document bit per entry records the
 * alias matches, and when a held-back name's entry gets its bit later the
 * document is scanned once more (two scans at most: still linear). */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gazetteer_image.h"
#include "internal.h"

#define ENTITY_HEADER "id\ttype\tname\taliases\tvalid_from\tvalid_to\tattrs"
#define NO_WORD UINT32_MAX
#define WID_UNASKED (UINT32_MAX - 1) /* a document word not looked up yet */

/* The start filter: a bit per hash (nr_hash) of each word that has a
 * child of the root, i.e. that starts some name. Most words of a text
 * start none and are passed over without a vocabulary lookup. */
#define START_FILTER_WORDS 2048u /* 64-bit words: 131,072 bits, 16 KB */

/* PAY_QUAL: the bare name of a match=qualified entry, accepted only once
 * the same entry was matched through an alias earlier in the document. */
enum { PAY_CS = 1, PAY_NEEDCAP = 2, PAY_QUAL = 4 };

typedef struct {
    uint32_t entry;
    uint16_t flags;
    uint16_t nwords;
} payload;

typedef struct {
    uint32_t pay_begin, pay_n;
} tnode;

struct nr_gaz {
    nr_strmap ids;        /* entry id -> index (loading only) */
    nr_strmap vocab;      /* folded word -> word id */
    uint64_t *ekeys;      /* edge hash: (node << 32 | word) + 1, 0 = empty */
    uint32_t *evals;      /* child node */
    size_t ecap, en;
    NR_VEC(tnode) nodes;
    NR_VEC(payload) pays;
    uint64_t *starts;     /* the start filter, START_FILTER_WORDS */
    int load_dir_no;      /* folder counter, for duplicate-id rules */
    NR_VEC(int) entry_dir;
    void *image;          /* gazetteer_image.c: arrays borrowed from this */
    size_t image_len;     /* mapping (NULL when built from the .tsv) */
};

static const char *const TYPE_NAMES[NERID_NTYPES] = {
    "PERSON", "MINISTRY", "GOV_AGENCY", "COMPANY", "ORGANIZATION", "LOCATION"};

const char *nerid_type_name(nerid_type t)
{
    return (unsigned)t < NERID_NTYPES ? TYPE_NAMES[t] : "UNKNOWN";
}

static int type_from_name(const char *s)
{
    for (int i = 0; i < NERID_NTYPES; i++)
        if (strcmp(s, TYPE_NAMES[i]) == 0)
            return i;
    return -1;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" -> yyyymmdd (end of period when
 * `end`); 0 for empty; -1 when malformed. */
static int month_last_day(int y, int mo)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    return mdays[mo - 1] + (mo == 2 && leap);
}

static int parse_date(const char *s, bool end)
{
    if (!*s)
        return 0;
    int y = 0, mo = 0, d = 0;
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] == '-' && (i == 4 || i == 7))))
            return -1;
    if (n == 4)
        y = atoi(s), mo = end ? 12 : 1, d = end ? 31 : 1;
    else if (n == 7 && s[4] == '-')
        y = atoi(s), mo = atoi(s + 5), d = 1;
    else if (n == 10 && s[4] == '-' && s[7] == '-')
        y = atoi(s), mo = atoi(s + 5), d = atoi(s + 8);
    else
        return -1;
    if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > month_last_day(y, mo))
        return -1;
    if (n == 7 && end) /* "2023-06" ends on the last day of that month */
        d = month_last_day(y, mo);
    return y * 10000 + mo * 100 + d;
}

bool nr_entry_valid_on(const nr_entry *e, int ymd)
{
    if (!ymd)
        return true;
    if (e->valid_from && ymd < e->valid_from)
        return false;
    if (e->valid_to && ymd > e->valid_to)
        return false;
    return true;
}

bool nr_entry_attr(const nerid_model *m, const nr_entry *e, const char *key, char *out,
                   size_t outlen)
{
    size_t kl = strlen(key);
    const char *p = nr_estr(m, e->attrs);
    while (p && *p) {
        const char *semi = strchr(p, ';');
        size_t len = semi ? (size_t)(semi - p) : strlen(p);
        if (len > kl && p[kl] == '=' && strncmp(p, key, kl) == 0) {
            size_t vl = len - kl - 1;
            if (outlen) {
                if (vl >= outlen)
                    vl = outlen - 1;
                memcpy(out, p + kl + 1, vl);
                out[vl] = '\0';
            }
            return true;
        }
        p = semi ? semi + 1 : NULL;
    }
    return false;
}

/* ------------------------------------------------------------ loading */

typedef struct {
    nerid_model *m;
    const char *list;  /* "gaz.ministries" */
    uint32_t list_off; /* its nr_estr offset, NR_NOKEY until stored */
} load_ctx;

/* Stores an entry string; returns its offset (nr_estr). A failure shows in
 * m->estrs.failed. */
static uint32_t estr_add(nerid_model *m, const char *s)
{
    size_t off = m->estrs.n;
    nr_buf_put(&m->estrs, s, strlen(s) + 1); /* with its NUL */
    m->estr = m->estrs.s;
    return (uint32_t)off;
}

static bool valid_id(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '.' || *s == '_'))
            return false;
    return true;
}

static bool valid_attrs(const char *s, char *why, size_t whylen)
{
    while (*s) {
        const char *semi = strchr(s, ';');
        size_t len = semi ? (size_t)(semi - s) : strlen(s);
        const char *eq = memchr(s, '=', len);
        if (!eq || eq == s) {
            snprintf(why, whylen, "attrs: \"%.*s\" is not key=value", (int)(len > 60 ? 60 : len), s);
            return false;
        }
        if (!semi)
            break;
        s = semi + 1;
    }
    return true;
}

static int entity_row(void *vctx, char **c, size_t nc, const char *file,
                      long line, char *why, size_t whylen)
{
    load_ctx *lc = vctx;
    nerid_model *m = lc->m;
    nr_gaz *g = m->gaz;
    (void)nc, (void)file, (void)line;
    if (!valid_id(c[0])) {
        snprintf(why, whylen, "bad id \"%.60s\" (lower-case letters, digits, - . _)", c[0]);
        return -1;
    }
    int type = type_from_name(c[1]);
    if (type < 0) {
        snprintf(why, whylen, "unknown type \"%.40s\"", c[1]);
        return -1;
    }
    if (!*c[2]) {
        snprintf(why, whylen, "empty name");
        return -1;
    }
    int from = parse_date(c[4], false), to = parse_date(c[5], true);
    if (from < 0 || to < 0) {
        snprintf(why, whylen, "bad date \"%.20s\" (YYYY-MM-DD, YYYY-MM or YYYY)", from < 0 ? c[4] : c[5]);
        return -1;
    }
    if (from && to && from > to) {
        snprintf(why, whylen, "valid_from is after valid_to");
        return -1;
    }
    if (!valid_attrs(c[6], why, whylen))
        return -1;
    /* empty alias between bars */
    for (const char *a = c[3]; *a; a++)
        if (*a == '|' && (a == c[3] || a[1] == '|' || a[1] == '\0')) {
            snprintf(why, whylen, "empty alias in \"%.60s\"", c[3]);
            return -1;
        }

    uint32_t idx;
    nr_entry *e;
    if (nr_strmap_get(&g->ids, c[0], strlen(c[0]), &idx)) {
        if (g->entry_dir.v[idx] == g->load_dir_no) {
            snprintf(why, whylen, "duplicate id \"%.60s\"", c[0]);
            return -1;
        }
        e = &m->entries.v[idx]; /* a later folder overrides the entry */
    } else {
        e = nr_vec_push(&m->entries, NULL);
        int *dn = e ? nr_vec_push(&g->entry_dir, NULL) : NULL;
        if (!dn)
            return -1;
        idx = (uint32_t)(m->entries.n - 1);
        if (nr_strmap_put(&g->ids, c[0], strlen(c[0]), idx) < 0)
            return -1;
    }
    g->entry_dir.v[idx] = g->load_dir_no;
    if (lc->list_off == NR_NOKEY)
        lc->list_off = estr_add(m, lc->list);
    e->id = estr_add(m, c[0]);
    e->name = estr_add(m, c[2]);
    e->aliases = estr_add(m, c[3]);
    e->attrs = estr_add(m, c[6]);
    e->file = lc->list_off;
    e->type = type;
    e->valid_from = from;
    e->valid_to = to;
    return m->estrs.failed || m->estrs.n > UINT32_MAX ? -1 : 0;
}

static bool reserved_file(const char *name)
{
    static const char *const R[] = {"titles.tsv", "abbreviations.tsv", "cues.tsv",
                                    "timex.tsv", "page.tsv", "words.tsv",
                                    "entity_rules.tsv", NULL};
    for (int i = 0; R[i]; i++)
        if (strcmp(name, R[i]) == 0)
            return true;
    return false;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int nr_gaz_load_dir(nerid_model *m, const char *dir, nerid_error *err)
{
    if (!m->gaz) {
        m->gaz = nr_sys_malloc(sizeof *m->gaz);
        if (!m->gaz) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
            return -1;
        }
        memset(m->gaz, 0, sizeof *m->gaz);
    }
    m->gaz->load_dir_no++;
    DIR *dh = opendir(dir);
    if (!dh) {
        nr_error_set(err, NERID_ERR_IO, "%s: cannot open gazetteer folder", dir);
        return -1;
    }
    char *names[512];
    size_t nn = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(dh)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".tsv") != 0 || de->d_name[0] == '.' ||
            reserved_file(de->d_name))
            continue;
        if (nn == sizeof names / sizeof *names) {
            nr_error_set(err, NERID_ERR_DATA, "%s: more than 512 gazetteer files", dir);
            rc = -1;
            break;
        }
        if (!(names[nn] = nr_arena_strndup(&m->pool, de->d_name, l))) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
            rc = -1;
            break;
        }
        nn++;
    }
    closedir(dh);
    if (rc < 0)
        return -1;
    qsort(names, nn, sizeof *names, cmp_str);
    for (size_t i = 0; i < nn; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t l = strlen(names[i]) - 4;
        load_ctx lc = {m, nr_arena_printf(&m->pool, "gaz.%.*s", (int)l, names[i]), NR_NOKEY};
        if (!lc.list) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
            return -1;
        }
        if (nr_tsv_read(path, ENTITY_HEADER, entity_row, &lc, err) < 0)
            return -1;
    }
    return 0;
}

/* ----------------------------------------------------------- compiling */

static uint64_t edge_key(uint32_t node, uint32_t word)
{
    return (((uint64_t)node << 32) | word) + 1;
}

/* An edge key's first slot in a table of cap slots. The product's high
 * half (which every bit of the node and the word reaches) is folded onto
 * the low bits the mask keeps; without it, the node's bits barely moved
 * the slot and a word's edges from many nodes piled up in one run. */
static size_t edge_slot(uint64_t k, size_t cap)
{
    uint64_t h = k * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h ^ (h >> 32)) & (cap - 1);
}

/* The child of node by word, or 0 (node 0 is the root: never a child).
 * The tables may come from the compiled image, which is checked only as
 * a whole at load: a probe never runs past the table, and a child out of
 * range is no child. */
static uint32_t edge_get(const nr_gaz *g, uint32_t node, uint32_t word)
{
    uint64_t k = edge_key(node, word);
    size_t j = g->ecap ? edge_slot(k, g->ecap) : 0;
    for (size_t n = 0; n < g->ecap && g->ekeys[j]; n++) {
        if (g->ekeys[j] == k)
            return g->evals[j] < g->nodes.n ? g->evals[j] : 0;
        j = (j + 1) & (g->ecap - 1);
    }
    return 0;
}

static void edge_put(nr_gaz *g, uint32_t node, uint32_t word, uint32_t child, jmp_buf *jb)
{
    if ((g->en + 1) * 2 >= g->ecap) {
        size_t cap = g->ecap ? g->ecap * 2 : 1024;
        uint64_t *k = nr_sys_malloc(cap * sizeof *k);
        uint32_t *v = nr_sys_malloc(cap * sizeof *v);
        if (!k || !v) {
            nr_sys_free(k), nr_sys_free(v);
            longjmp(*jb, 1);
        }
        memset(k, 0, cap * sizeof *k);
        for (size_t i = 0; i < g->ecap; i++) {
            if (!g->ekeys[i])
                continue;
            size_t j = edge_slot(g->ekeys[i], cap);
            while (k[j])
                j = (j + 1) & (cap - 1);
            k[j] = g->ekeys[i];
            v[j] = g->evals[i];
        }
        nr_sys_free(g->ekeys), nr_sys_free(g->evals);
        g->ekeys = k, g->evals = v, g->ecap = cap;
    }
    uint64_t key = edge_key(node, word);
    size_t j = edge_slot(key, g->ecap);
    while (g->ekeys[j])
        j = (j + 1) & (g->ecap - 1);
    g->ekeys[j] = key;
    g->evals[j] = child;
    g->en++;
}

/* Calls fn for each match word of token t: hyphenated words split at the
 * hyphens, dotted acronyms without dots. */
typedef void (*word_fn)(void *ctx, const char *w, size_t n, uint32_t start, uint32_t end);

static void token_words(const nr_doc *d, const nr_tok *t, word_fn fn, void *ctx)
{
    size_t n;
    const char *s = nr_tok_norm(d, t, &n);
    if (t->flags & TF_DOTTED) {
        char buf[64];
        size_t k = 0;
        for (size_t i = 0; i < n && k < sizeof buf; i++)
            if (s[i] != '.')
                buf[k++] = s[i];
        fn(ctx, buf, k, t->start, t->end);
        return;
    }
    if (!(t->flags & TF_HYPHEN) || t->kind != TK_WORD) {
        fn(ctx, s, n, t->start, t->end);
        return;
    }
    /* split both the folded form and the original at hyphens: they have the
     * same number of parts because folding maps every hyphen to '-' */
    const char *o = d->text + t->start;
    size_t on = t->end - t->start, oi = 0, si = 0;
    while (si <= n) {
        size_t se = si;
        while (se < n && s[se] != '-')
            se++;
        size_t oe = oi;
        while (oe < on) {
            if ((unsigned char)o[oe] < 0x80) { /* ASCII: no decoding */
                if (o[oe] == '-')
                    break;
                oe++;
                continue;
            }
            size_t l;
            int32_t cp = nr_utf8_decode(o, on, oe, &l);
            if (cp == '-' || cp == 0x2010 || cp == 0x2011)
                break;
            oe += l;
        }
        if (se > si)
            fn(ctx, s + si, se - si, t->start + (uint32_t)oi, t->start + (uint32_t)oe);
        if (oe < on) {
            size_t l;
            nr_utf8_decode(o, on, oe, &l);
            oe += l;
        }
        si = se + 1;
        oi = oe;
    }
}

typedef struct {
    nr_gaz *g;
    jmp_buf *jb;
    uint32_t words[64];
    size_t nw;
    bool overflow;
} pat_ctx;

static void pat_word(void *vctx, const char *w, size_t n, uint32_t s, uint32_t e)
{
    pat_ctx *pc = vctx;
    (void)s, (void)e;
    if (pc->nw == 64) {
        pc->overflow = true;
        return;
    }
    uint32_t id;
    if (!nr_strmap_get(&pc->g->vocab, w, n, &id)) {
        id = (uint32_t)pc->g->vocab.n;
        if (nr_strmap_put(&pc->g->vocab, w, n, id) < 0)
            longjmp(*pc->jb, 1);
    }
    pc->words[pc->nw++] = id;
}

typedef struct {
    uint32_t node;
    payload p;
} pending_pay;
typedef NR_VEC(pending_pay) pending_vec;

static int cmp_pending(const void *a, const void *b)
{
    const pending_pay *x = a, *y = b;
    if (x->node != y->node)
        return x->node < y->node ? -1 : 1;
    return x->p.entry < y->p.entry ? -1 : x->p.entry > y->p.entry;
}

/* Is this one-word form an all-capital acronym of at most 5 letters? */
static bool short_caps(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z')
            return false;
        if (c >= 'A' && c <= 'Z')
            letters++;
        else if (c == ' ' || c == '-')
            return false;
    }
    return letters >= 1 && letters <= 5;
}

/* tmp is a scratch document whose token and view buffers are reused for
 * every pattern (and freed by nr_gaz_compile on every path). */
static void add_pattern(nerid_model *m, nr_doc *tmp, uint32_t entry, const char *s,
                        size_t n, uint16_t extra, jmp_buf *jb, pending_vec *pend)
{
    nr_gaz *g = m->gaz;
    nr_doc *d = tmp;
    d->text = s;
    d->len = n;
    d->toks.n = 0;
    d->view.n = 0;
    nr_tokenize(d);
    nr_normalize(d);
    pat_ctx pc = {.g = g, .jb = jb};
    for (size_t i = 0; i < d->toks.n; i++)
        token_words(d, &d->toks.v[i], pat_word, &pc);
    size_t l0;
    bool first_lower = d->toks.n && nr_cp_is_lower(nr_utf8_decode(s, n, d->toks.v[0].start, &l0));
    if (!pc.nw || pc.overflow)
        return;
    uint32_t node = 0;
    for (size_t i = 0; i < pc.nw; i++) {
        uint32_t child = edge_get(g, node, pc.words[i]);
        if (!child) {
            tnode *tn = nr_vec_push(&g->nodes, jb);
            (void)tn;
            child = (uint32_t)(g->nodes.n - 1);
            edge_put(g, node, pc.words[i], child, jb);
        }
        node = child;
    }
    pending_pay *pp = nr_vec_push(pend, jb);
    pp->node = node;
    pp->p.entry = entry;
    pp->p.nwords = (uint16_t)pc.nw;
    pp->p.flags = (uint16_t)((pc.nw == 1 && short_caps(s, n) ? PAY_CS : 0) |
                             (first_lower ? 0 : PAY_NEEDCAP) | extra);
}

int nr_gaz_compile(nerid_model *m, nerid_error *err)
{
    if (!m->gaz) {
        m->gaz = nr_sys_malloc(sizeof *m->gaz);
        if (!m->gaz)
            goto nomem;
        memset(m->gaz, 0, sizeof *m->gaz);
    }
    nr_gaz *g = m->gaz;
    jmp_buf jb;
    pending_vec pend = {0};
    nerid_options o;
    nerid_options_init(&o);
    nr_doc tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.model = m;
    tmp.opts = &o;
    tmp.oom = &jb;
    tmp.arena.oom = &jb;
    if (setjmp(jb)) {
        nr_vec_free(&pend);
        nr_vec_free(&tmp.toks);
        nr_buf_free(&tmp.view);
        goto nomem;
    }
    nr_vec_push(&g->nodes, &jb); /* the root */
    for (size_t i = 0; i < m->entries.n; i++) {
        const nr_entry *e = &m->entries.v[i];
        char mode[32];
        bool has_mode = nr_entry_attr(m, e, "match", mode, sizeof mode);
        bool aliases_only = has_mode && strcmp(mode, "aliases") == 0;
        const char *name = nr_estr(m, e->name), *a = nr_estr(m, e->aliases);
        uint16_t qual = has_mode && strcmp(mode, "qualified") == 0 && *a ? PAY_QUAL : 0;
        if (!aliases_only)
            add_pattern(m, &tmp, (uint32_t)i, name, strlen(name), qual, &jb, &pend);
        while (*a) {
            const char *bar = strchr(a, '|');
            size_t len = bar ? (size_t)(bar - a) : strlen(a);
            add_pattern(m, &tmp, (uint32_t)i, a, len, 0, &jb, &pend);
            a += len + (bar ? 1 : 0);
        }
    }
    if (pend.n) /* qsort(NULL, 0) is undefined */
        qsort(pend.v, pend.n, sizeof *pend.v, cmp_pending);
    for (size_t i = 0; i < pend.n; i++) {
        if (i && pend.v[i].node == pend.v[i - 1].node && pend.v[i].p.entry == pend.v[i - 1].p.entry) {
            /* same entry twice at one node: keep the laxest rule */
            payload *last = &g->pays.v[g->pays.n - 1];
            last->flags &= pend.v[i].p.flags;
            continue;
        }
        tnode *tn = &g->nodes.v[pend.v[i].node];
        if (!tn->pay_n)
            tn->pay_begin = (uint32_t)g->pays.n;
        tn->pay_n++;
        *(payload *)nr_vec_push(&g->pays, &jb) = pend.v[i].p;
    }
    g->starts = nr_sys_malloc(START_FILTER_WORDS * sizeof *g->starts);
    if (!g->starts)
        longjmp(jb, 1);
    memset(g->starts, 0, START_FILTER_WORDS * sizeof *g->starts);
    for (size_t j = 0; j < g->vocab.cap; j++) {
        const char *w = nr_strmap_key(&g->vocab, j);
        if (w && edge_get(g, 0, g->vocab.vals[j])) {
            nr_hfilter_add(g->starts, START_FILTER_WORDS, nr_hash(w, g->vocab.klen[j]));
        }
    }
    nr_vec_free(&pend);
    nr_vec_free(&tmp.toks);
    nr_buf_free(&tmp.view);
    nr_strmap_free(&g->ids);
    return 0;
nomem:
    nr_error_set(err, NERID_ERR_NOMEM, "out of memory while compiling the gazetteers");
    return -1;
}

void nr_gaz_free(nr_gaz *g)
{
    if (!g)
        return;
    nr_strmap_free(&g->ids);
    if (g->image) {
        /* borrowed from the image, vocab included */
        munmap(g->image, g->image_len);
    } else {
        nr_strmap_free(&g->vocab);
        nr_sys_free(g->ekeys);
        nr_sys_free(g->evals);
        nr_vec_free(&g->nodes);
        nr_vec_free(&g->pays);
        nr_sys_free(g->starts);
    }
    nr_vec_free(&g->entry_dir);
    nr_sys_free(g);
}

/* gazetteer_image.c hooks: the compiled arrays, out and back in. The
 * image was checked when it was written and is fingerprinted against the
 * .tsv files; nr_gaz_adopt checks the tables' shapes, and the matcher
 * every index it follows. */
void nr_gaz_arrays_get(const nr_gaz *g, nr_gaz_arrays *a)
{
    memset(a, 0, sizeof *a);
    a->vocab = g->vocab;
    a->ekeys = g->ekeys, a->evals = g->evals, a->ecap = g->ecap, a->en = g->en;
    a->nodes = g->nodes.v, a->nnodes = g->nodes.n, a->node_size = sizeof(tnode);
    a->pays = g->pays.v, a->npays = g->pays.n, a->pay_size = sizeof(payload);
    a->starts = g->starts, a->nstarts = START_FILTER_WORDS;
}

nr_gaz *nr_gaz_adopt(const nr_gaz_arrays *a, void *image, size_t image_len)
{
    /* only the shapes: the indexes inside the tables are checked where
     * they are followed (edge_get, pick), not all at every start */
    if (a->node_size != sizeof(tnode) || a->pay_size != sizeof(payload) || !a->nnodes ||
        (a->ecap & (a->ecap - 1)) || a->en >= a->ecap + !a->ecap || !a->starts ||
        a->nstarts != START_FILTER_WORDS)
        return NULL;
    nr_gaz *g = nr_sys_malloc(sizeof *g);
    if (!g)
        return NULL;
    memset(g, 0, sizeof *g);
    g->vocab = a->vocab;
    g->ekeys = (uint64_t *)a->ekeys, g->evals = (uint32_t *)a->evals;
    g->ecap = a->ecap, g->en = a->en;
    g->nodes.v = (tnode *)a->nodes, g->nodes.n = g->nodes.cap = a->nnodes;
    g->pays.v = (payload *)a->pays, g->pays.n = g->pays.cap = a->npays;
    g->starts = (uint64_t *)a->starts;
    g->image = image;
    g->image_len = image_len;
    return g;
}

/* ------------------------------------------------------------ matching */

/* A match word of the document: a token, or a part of a hyphenated or
 * dotted one (split). A token's word id is looked up when a match walks
 * onto it (word_id), and its case (starts_cap, first_allcaps) only for the
 * first word of a match, when a payload is picked. may_start is false
 * when the start filter says that no name starts with the word. */
typedef struct {
    uint32_t wid, start, end, tok;
    bool split, may_start;
} dword;

typedef struct {
    nr_doc *d;
    dword *out;
    size_t n;
    uint32_t tok;
} dw_ctx;

/* span_allcaps on from a byte beyond ASCII at i, with `letters` capitals
 * seen before it (out of line: rare, and it decodes). */
static __attribute__((noinline)) bool span_allcaps_hi(const nr_doc *d, uint32_t i, uint32_t end,
                                                      int letters)
{
    const unsigned char *o = (const unsigned char *)d->text;
    while (i < end) {
        unsigned char b = o[i];
        if (b < 0x80) {
            if (b >= 'a' && b <= 'z')
                return false;
            letters += b >= 'A' && b <= 'Z';
            i++;
            continue;
        }
        size_t l;
        int32_t cp = nr_utf8_decode(d->text, d->len, i, &l);
        i += (uint32_t)l;
        if (nr_cp_is_letter(cp)) {
            if (!nr_cp_is_upper(cp))
                return false;
            letters++;
        }
    }
    return letters > 0;
}

/* Is the original text [start, end) in capitals: at least one letter and
 * no letter of another case (the first one settles it)? */
static inline bool span_allcaps(const nr_doc *d, uint32_t start, uint32_t end)
{
    const unsigned char *o = (const unsigned char *)d->text;
    int letters = 0;
    for (uint32_t i = start; i < end; i++) {
        unsigned char b = o[i];
        if (b >= 0x80)
            return span_allcaps_hi(d, i, end, letters);
        if (b >= 'a' && b <= 'z')
            return false;
        letters += b >= 'A' && b <= 'Z';
    }
    return letters > 0;
}

/* Does the original text at start begin with a capital or a digit? */
static inline bool starts_cap(const nr_doc *d, uint32_t start)
{
    unsigned char b = (unsigned char)d->text[start];
    if (b < 0x80)
        return (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    size_t l;
    int32_t cp = nr_utf8_decode(d->text, d->len, start, &l);
    return nr_cp_is_upper(cp) || nr_cp_is_digit(cp);
}

/* Is the match word in capitals? A whole word token's case flags
 * (tokenize.c) settle it unless its first letter is a capital and it is
 * not TF_ALLCAPS (then it may have one letter). Numbers, punctuation,
 * quotes and symbols have no letter. */
static bool first_allcaps(const nr_doc *d, const dword *dw)
{
    const nr_tok *t = &d->toks.v[dw->tok];
    bool whole = t->kind == TK_WORD && dw->start == t->start && dw->end == t->end;
    if (whole && ((t->flags & TF_ALLCAPS) || !(t->flags & TF_CAP)))
        return (t->flags & TF_ALLCAPS) != 0;
    if (dw->split || t->kind == TK_WORD || t->kind == TK_URL)
        return span_allcaps(d, dw->start, dw->end);
    return false;
}

static bool may_start(const nr_gaz *g, uint64_t h)
{
    return nr_hfilter_has(g->starts, START_FILTER_WORDS, h);
}

/* The word of a whole token i (most words), whose hash is h. */
static void token_dword(const nr_tok *t, const nr_gaz *g, uint32_t i, uint64_t h, dword *dw)
{
    dw->wid = WID_UNASKED;
    dw->start = t->start;
    dw->end = t->end;
    dw->tok = i;
    dw->split = false;
    dw->may_start = may_start(g, h);
}

/* The word id of dw (NO_WORD when not in the vocabulary), looked up the
 * first time. */
static uint32_t word_id(nr_doc *d, const nr_gaz *g, dword *dw)
{
    if (dw->wid == WID_UNASKED) {
        const nr_tok *t = &d->toks.v[dw->tok];
        if (!nr_strmap_get_word_h(&g->vocab, d->view.s + t->nstart, t->nend - t->nstart,
                                  nr_tok_hash(d, dw->tok), &dw->wid))
            dw->wid = NO_WORD;
    }
    return dw->wid;
}

/* token_words' callback for the other tokens (dotted, hyphenated). */
static void doc_word(void *vctx, const char *w, size_t n, uint32_t start, uint32_t end)
{
    dw_ctx *c = vctx;
    const nr_gaz *g = c->d->model->gaz;
    dword *dw = &c->out[c->n++];
    if (!nr_strmap_get_word_h(&g->vocab, w, n, nr_hash(w, n), &dw->wid))
        dw->wid = NO_WORD;
    dw->start = start;
    dw->end = end;
    dw->tok = c->tok;
    dw->split = true;
    dw->may_start = dw->wid != NO_WORD;
}

static int doc_ymd(const nr_doc *d)
{
    return d->anchor.year ? d->anchor.year * 10000 + d->anchor.month * 100 + d->anchor.day : 0;
}

/* The best acceptable payload of node for a match starting at word w;
 * seen has a bit per entry matched through an alias; *held is set when a
 * qualified name was refused for want of its bit. */
static const payload *pick(const nr_doc *d, const nr_gaz *g, const tnode *tn,
                           const dword *first, const uint8_t *seen, bool *held)
{
    const payload *best = NULL;
    int ymd = doc_ymd(d);
    /* (image tables: a node's payloads and their entries are checked
     * here, where they are used) */
    if ((uint64_t)tn->pay_begin + tn->pay_n > g->pays.n)
        return NULL;
    for (uint32_t k = 0; k < tn->pay_n; k++) {
        const payload *p = &g->pays.v[tn->pay_begin + k];
        if (p->entry >= d->model->entries.n)
            continue;
        if ((p->flags & PAY_CS) && !first_allcaps(d, first))
            continue;
        if ((p->flags & PAY_NEEDCAP) && !starts_cap(d, first->start))
            continue;
        if ((p->flags & PAY_QUAL) && !(seen[p->entry >> 3] & (1u << (p->entry & 7)))) {
            *held = true;
            continue;
        }
        if (!best) {
            best = p;
            continue;
        }
        const nr_entry *eb = &d->model->entries.v[best->entry];
        const nr_entry *ep = &d->model->entries.v[p->entry];
        if (!nr_entry_valid_on(eb, ymd) && nr_entry_valid_on(ep, ymd))
            best = p;
    }
    return best;
}

/* The trie's children of the root already asked for in this document,
 * by word id (a direct-mapped cache: most words of an article come back,
 * and the edge table's probes are long). */
typedef struct {
    uint32_t key;   /* word id + 1, 0 when empty */
    uint32_t child;
} root_slot;

typedef struct {
    root_slot *slots;
    size_t mask;
} root_cache;

static uint32_t root_child(const nr_gaz *g, root_cache *rc, uint32_t wid)
{
    root_slot *r = &rc->slots[wid & rc->mask];
    if (r->key != wid + 1) {
        r->key = wid + 1;
        r->child = edge_get(g, 0, wid);
    }
    return r->child;
}

/* Where a second scan resumes: the first word at which the first scan
 * held a qualified name back, and the number of mentions before it. Up
 * to there no pick refused anything for want of a seen bit, so with more
 * bits set a second scan would take the same steps and add the same
 * mentions. */
typedef struct {
    size_t word;
    size_t mentions;
} scan_resume;

/* The document's match words, and the indexes of those that may start a
 * match (may_start), in order. */
typedef struct {
    dword *w;
    size_t n;
    uint32_t *starts;
    size_t nstarts;
} doc_words;

/* Leftmost-longest matching over the document's words from word `from`;
 * adds mentions and sets seen bits. Returns true when a qualified name was
 * held back although its entry's bit got set later (a second scan then
 * differs); *resume then says where that scan may start. */
static bool scan(nr_doc *d, const nr_gaz *g, const doc_words *dws, size_t from, uint8_t *seen,
                 root_cache *rc, scan_resume *resume)
{
    bool held = false, again = false;
    dword *words = dws->w;
    size_t nw = dws->n;
    size_t next = from; /* the first word after the last match */
    for (size_t k = 0; k < dws->nstarts; k++) {
        size_t i = dws->starts[k];
        if (i < next)
            continue;
        uint32_t node = 0;
        const payload *best = NULL;
        size_t best_end = i;
        for (size_t j = i; j < nw; j++) {
            uint32_t wid = word_id(d, g, &words[j]);
            if (wid == NO_WORD)
                break;
            uint32_t child = j == i ? root_child(g, rc, wid) : edge_get(g, node, wid);
            if (!child)
                break;
            node = child;
            const tnode *tn = &g->nodes.v[node];
            if (tn->pay_n) {
                bool held_before = held;
                const payload *p = pick(d, g, tn, &words[i], seen, &held);
                if (held && !held_before) {
                    resume->word = i;
                    resume->mentions = d->mentions.n;
                }
                if (p) {
                    best = p;
                    best_end = j;
                }
            }
        }
        if (!best)
            continue;
        const dword *a = &words[i], *b = &words[best_end];
        const nr_entry *e = &d->model->entries.v[best->entry];
        uint8_t bit = (uint8_t)(1u << (best->entry & 7));
        if (!(best->flags & PAY_QUAL) && !(seen[best->entry >> 3] & bit)) {
            seen[best->entry >> 3] |= bit;
            again = again || held;
        }
        nr_mention *mn = nr_mention_add(d, a->tok, b->tok + 1, e->type, (int32_t)best->entry,
                                        "gazetteer", nr_estr(d->model, e->file));
        mn->start = a->start;
        mn->end = b->end;
        next = best_end + 1;
    }
    return again;
}

void nr_gazetteer_match(nr_doc *d)
{
    const nr_gaz *g = d->model->gaz;
    if (!g || g->nodes.n <= 1)
        return;
    const nr_tok *toks = d->toks.v;
    size_t ntoks = d->toks.n;
    const uint64_t *hashes = nr_tok_hashes(d);
    bool drop_clutter = !d->opts->keep_clutter;
    /* at most one word per token plus one per hyphen */
    size_t cap = ntoks;
    for (size_t i = 0; i < ntoks; i++)
        if (toks[i].flags & TF_HYPHEN)
            for (uint32_t k = toks[i].nstart; k < toks[i].nend; k++)
                cap += d->view.s[k] == '-';
    dw_ctx c = {d, nr_arena_alloc(&d->arena, (cap + 1) * sizeof(dword)), 0, 0};
    for (size_t i = 0; i < ntoks; i++) {
        const nr_tok *t = &toks[i];
        if (t->flags & TF_CLUTTER && drop_clutter) {
            dword *dw = &c.out[c.n++];
            memset(dw, 0, sizeof *dw);
            dw->wid = NO_WORD;
            dw->tok = (uint32_t)i;
            dw->may_start = false;
            continue;
        }
        c.tok = (uint32_t)i;
        if (!(t->flags & TF_DOTTED) && (!(t->flags & TF_HYPHEN) || t->kind != TK_WORD)) {
            /* one word, the token's view (token_words' common case) */
            token_dword(t, g, (uint32_t)i, hashes[i], &c.out[c.n++]);
        } else {
            token_words(d, t, doc_word, &c);
        }
    }
    size_t nseen = d->model->entries.n / 8 + 1;
    uint8_t *seen = nr_arena_alloc(&d->arena, nseen);
    memset(seen, 0, nseen);
    /* a small root cache: the words that come back most are few ("yang",
     * "di", "dan"), and a larger one costs more to clear than it saves */
    root_cache rc;
    size_t nslots = 64;
    while (nslots * 4 < c.n && nslots < 4096)
        nslots *= 2;
    rc.slots = nr_arena_alloc(&d->arena, nslots * sizeof *rc.slots);
    memset(rc.slots, 0, nslots * sizeof *rc.slots);
    rc.mask = nslots - 1;
    /* a qualified name may precede its alias (a headline naming the place
     * the body calls "Kecamatan X"): when one was held back and an alias
     * was seen, the document is matched again with every alias bit set */
    doc_words dws = {c.out, c.n, nr_arena_alloc(&d->arena, (c.n + 1) * sizeof(uint32_t)), 0};
    for (size_t i = 0; i < c.n; i++)
        if (c.out[i].may_start)
            dws.starts[dws.nstarts++] = (uint32_t)i;
    scan_resume resume;
    if (scan(d, g, &dws, 0, seen, &rc, &resume)) {
        d->mentions.n = resume.mentions;
        scan(d, g, &dws, resume.word, seen, &rc, &resume);
    }
}
