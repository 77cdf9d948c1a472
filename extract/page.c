/* page.c - stage 5: page anatomy.
 *
 * Text pasted from a news web page carries more than the article: a header
 * (section labels, headline, byline, date line, photo caption and credit),
 * the dateline that opens the body ("JAKARTA, KOMPAS.com - "), and clutter
 * ("Baca juga:" links, lists of other headlines, ads, subscription, share
 * and login prompts, tag lists). This stage
 *   - marks every clutter token TF_CLUTTER and records the clutter as
 *     d->ignored spans with a reason (later stages skip TF_CLUTTER tokens
 *     unless opts->keep_clutter);
 *   - marks the headline, publisher, byline, date and photo credit lines
 *     of the header and the dateline prefix TF_HEADER (content, but not
 *     body: no quotes there); photo captions stay unmarked content;
 *   - fills d->meta: title, publisher, authors, editors, place (as written
 *     in the dateline) and dateline_tok. Dates are left to times.c.
 *
 * Rules followed:
 *   - The unit is the line (segment.c's paragraph). Every marker is data:
 *     PCRE2 patterns in gazetteers/page.tsv (format described there),
 *     compiled once at model load; a user folder's page.tsv is appended.
 *   - The article's own sentences are never dropped: a line of more than
 *     MAX_CLUTTER_WORDS words is never clutter, patterns are anchored at
 *     the start of a line, and a list of headlines ends at the first line
 *     that does not look like a headline (too long, or ending like a
 *     sentence).
 *   - Linear time: every line is matched at most once against each rule,
 *     the dateline is searched in the first DATELINE_LINES lines only.
 *     An anchored rule is skipped without calling PCRE2 when the line
 *     cannot start a match: its first byte (a bitmap PCRE2 decides at
 *     load), its first bytes (the literal prefixes read from the
 *     pattern), its length or a byte it lacks (PCRE2's minimum length
 *     and required byte), or, for a rule without prefixes, the strings
 *     the pattern needs somewhere. An unanchored rule with a literal
 *     part is tried only at the starts just before where the line holds
 *     it (rule_search), not at every start.
 *   - Scratch memory comes from the document's arena, PCRE2's included
 *     (through a general context), so an out-of-memory longjmp leaks
 *     nothing.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "internal.h"
#include "gazetteer_image.h"

#define DATELINE_LINES 60      /* the dateline is searched in these lines */
#define DATELINE_MIN_BODY 2    /* words of body after a dateline prefix */
#define WEAK_MIN_BODY 8        /* ... after a "weak" one ("Jakarta - ") */
#define MAX_CLUTTER_WORDS 40   /* longer lines are article text */
#define MAX_ITEM_WORDS 24      /* longer lines end a list of headlines */
#define MAX_FIELD_WORDS 14     /* byline / date lines are short */
#define MAX_NAME_WORDS 6       /* a person's name in a byline */
#define MIN_TITLE_WORDS 4

enum { K_DATELINE, K_PUBLISHER, K_AUTHOR, K_EDITOR, K_NAMES_END, K_DATE,
       K_CREDIT, K_LINE, K_LIST, K_TAIL, K_COUNT };
static const char *const KIND_NAMES[K_COUNT] = {
    "dateline", "publisher", "author", "editor", "names_end", "date",
    "credit", "line", "list", "tail"};

typedef struct {
    int kind;
    const char *outlet;   /* NULL: every page */
    const char *label;    /* reason or publisher name; NULL for "-" / "*" */
    pcre2_code *re;
    int g_place, g_outlet, g_names, g_name; /* group numbers or -1 */
    bool anchored;        /* first[] is valid: the pattern is anchored */
    bool jit;             /* JIT-compiled: matched with pcre2_jit_match */
    uint64_t first[2];    /* ASCII bytes a match can start with */
    uint32_t pfx_from, npfx; /* its literal prefixes (pattern_prefixes) in
                                page_data.prefixes; npfx 0: none */
    uint32_t lead_max;    /* unanchored: they start at most this many bytes
                             into a match (rule_search) */
    uint32_t min_bytes;   /* shortest subject that can match (PCRE2's
                             minimum in characters: bytes are no fewer) */
    int need_byte;        /* a byte every match holds (not a letter: no
                             case to mind), or -1 */
    uint64_t pairs[4];    /* anchored: bit pair_hash() of the first two
                             bytes of each prefix (all set when it has
                             none), or of the first byte in singles[] for
                             a one-byte prefix: most lines fail this one
                             test instead of every prefix */
    uint64_t singles[2];
    uint32_t need_from, nneed; /* rules without prefixes: strings one of
                                  which every matching line holds
                                  (pattern_needs_any), in page_data.needs;
                                  nneed 0: none */
} page_rule;

/* A literal prefix of an anchored rule (see pattern_prefixes): a subject
 * whose first len bytes are ASCII can match only if those bytes, masked,
 * equal value (the mask clears the case bit of a caseless letter). */
typedef struct {
    uint64_t value, mask;
    uint32_t len;
} lit_prefix;
typedef NR_VEC(lit_prefix) prefix_vec;

#define MAX_INDEXED 128       /* clutter rules clutter_index() can index */

typedef struct {
    NR_VEC(page_rule) rules;
    prefix_vec prefixes; /* rule r's: [r.pfx_from, + r.npfx) */
    prefix_vec needs;    /* rule r's: [r.need_from, + r.nneed);
                            exact bytes, mask unused */
    uint32_t max_groups;
    /* clutter_index(): the clutter rules (line, list, tail) in file order,
     * and for each first byte of a line (subject_head.b0; 0x80: a
     * non-ASCII character that may fold to an ASCII letter; 0x81: another
     * one, or none) the set of those that can start with it: bit j for
     * clutter[j] */
    bool indexed;         /* false: more than MAX_INDEXED clutter rules */
    uint32_t nclutter;
    uint32_t clutter[MAX_INDEXED];
    uint64_t starts[130][MAX_INDEXED / 64];
} page_data;

/* ------------------------------------------------------------- loading */

typedef struct {
    nerid_model *m;
    page_data *pd;
} load_ctx;

static int group(const pcre2_code *re, const char *name)
{
    int n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
    return n > 0 ? n : -1;
}

/* For a pattern anchored at the start of the subject: the ASCII bytes a
 * subject can start with and still match (PCRE2 itself decides, with a
 * hard partial match on the one byte), so that most lines skip the rule
 * without a pcre2_match call. Only the bytes PCRE2 says a match may
 * start with are tried: its first code unit (and the other case of a
 * letter: the pattern may be caseless), else its start bitmap, else all.
 * Returns false when not anchored or when the probe could not run (then
 * every line is tried). */
static bool first_bytes(pcre2_code *re, uint64_t first[2])
{
    uint32_t opts = 0;
    pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &opts);
    if (!(opts & PCRE2_ANCHORED))
        return false;
    uint64_t cand[2] = {UINT64_MAX, UINT64_MAX};
    uint32_t type = 0, cu = 0;
    const uint8_t *bitmap = NULL;
    if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type) == 0 && type == 1 &&
        pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &cu) == 0) {
        cand[0] = cand[1] = 0;
        if (cu < 128) {
            cand[cu >> 6] |= (uint64_t)1 << (cu & 63);
            if ((cu | 32) >= 'a' && (cu | 32) <= 'z')
                cand[(cu ^ 32) >> 6] |= (uint64_t)1 << ((cu ^ 32) & 63);
        }
    } else if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 && bitmap) {
        cand[0] = cand[1] = 0;
        for (unsigned b = 0; b < 128; b++)
            if (bitmap[b / 8] & (1u << (b % 8)))
                cand[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    if (!md)
        return false;
    first[0] = first[1] = 0;
    for (unsigned b = 0; b < 128; b++) {
        if (!((cand[b >> 6] >> (b & 63)) & 1))
            continue;
        PCRE2_UCHAR8 ch = (PCRE2_UCHAR8)b;
        int rc = pcre2_match(re, &ch, 1, 0, PCRE2_PARTIAL_HARD, md, NULL);
        if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL)
            first[b >> 6] |= (uint64_t)1 << (b & 63);
        else if (rc != PCRE2_ERROR_NOMATCH) {
            pcre2_match_data_free(md);
            return false;
        }
    }
    pcre2_match_data_free(md);
    return true;
}

/* Literal prefixes, read from the pattern's text: the strings every match
 * of an anchored pattern starts with ("^(?i:baca|lihat juga)\s*:" starts
 * with "baca" or "lihat ju", caseless), so that a line that starts with
 * none of them skips the rule without a pcre2_match call. Only the
 * simplest syntax is followed: literal characters, groups, alternatives,
 * (?i) and (?i:; a class, an escape sequence, a quantifier that allows
 * zero or any other construct ends every prefix there (a shorter prefix
 * is still true of every match), and syntax the reader is not sure of
 * (other option settings, \Q, comments, verbs) gives no prefix at all. */
#define PREFIX_MAX 8      /* bytes of a prefix (one uint64_t) */
#define MAX_PREFIXES 32   /* per rule; a rule with more gets none */

typedef struct {
    uint8_t b[PREFIX_MAX], m[PREFIX_MAX];
    uint8_t len;
    bool open;            /* all literal so far: may grow */
} pfx_str;

typedef struct {
    pfx_str v[MAX_PREFIXES];
    size_t n;
} pfx_set;

typedef struct {
    const char *p;        /* next pattern byte */
    bool bad;             /* syntax not followed: no prefixes */
} pfx_reader;

static void pfx_close(pfx_set *set)
{
    for (size_t i = 0; i < set->n; i++)
        set->v[i].open = false;
}

static void pfx_append(pfx_str *o, const pfx_str *b)
{
    for (size_t k = 0; k < b->len && o->len < PREFIX_MAX; k++)
        o->b[o->len] = b->b[k], o->m[o->len++] = b->m[k];
    o->open = b->open && o->len < PREFIX_MAX;
}

/* set := set followed by one of item's strings (the open ones grow). */
static void pfx_concat(pfx_reader *rd, pfx_set *set, const pfx_set *item)
{
    if (item->n == 1) { /* a character, most often: in place */
        for (size_t i = 0; i < set->n; i++)
            if (set->v[i].open)
                pfx_append(&set->v[i], &item->v[0]);
        return;
    }
    pfx_set out;
    out.n = 0;
    for (size_t i = 0; i < set->n; i++) {
        const pfx_str *a = &set->v[i];
        for (size_t j = 0; j < (a->open ? item->n : 1); j++) {
            if (out.n == MAX_PREFIXES) {
                rd->bad = true;
                return;
            }
            pfx_str *o = &out.v[out.n++];
            *o = *a;
            if (!a->open)
                continue;
            pfx_append(o, &item->v[j]);
        }
    }
    set->n = out.n;
    memcpy(set->v, out.v, out.n * sizeof *out.v);
}

/* Skips a character class, rd->p just after its '['. */
static void pfx_skip_class(pfx_reader *rd)
{
    const char *p = rd->p;
    if (*p == '^')
        p++;
    if (*p == ']')
        p++;
    for (; *p && *p != ']'; p++) {
        if (p[0] == '\\' && p[1] == 'Q')
            break; /* not followed */
        if (*p == '\\' && p[1])
            p++;
        else if (p[0] == '[' && p[1] == ':') {
            const char *e = strstr(p + 2, ":]");
            if (!e)
                break;
            p = e + 1;
        }
    }
    if (*p != ']')
        rd->bad = true;
    else
        rd->p = p + 1;
}

enum { Q_ONCE, Q_MAYBE_NONE, Q_SOME };

/* The quantifier at rd->p (consumed, with a lazy or possessive mark):
 * Q_ONCE without one, Q_MAYBE_NONE when it allows zero, else Q_SOME. A
 * '{' that is not {n}, {n,} or {n,m} (a literal to PCRE2) is not
 * followed. */
static int pfx_quantifier(pfx_reader *rd)
{
    const char *p = rd->p;
    int q = Q_SOME;
    if (*p == '?' || *p == '*')
        q = Q_MAYBE_NONE, p++;
    else if (*p == '+')
        p++;
    else if (*p == '{') {
        const char *d = p + 1;
        bool some = false;
        for (; *d >= '0' && *d <= '9'; d++)
            some |= *d != '0';
        if (d == p + 1) {
            rd->bad = true;
            return Q_MAYBE_NONE;
        }
        if (*d == ',')
            for (d++; *d >= '0' && *d <= '9'; d++)
                ;
        if (*d != '}') {
            rd->bad = true;
            return Q_MAYBE_NONE;
        }
        q = some ? Q_SOME : Q_MAYBE_NONE;
        p = d + 1;
    } else
        return Q_ONCE;
    if (*p == '?' || *p == '+')
        p++;
    rd->p = p;
    return q;
}

/* The two pattern readers below (prefixes, needed strings) read groups and
 * escapes alike. */
enum { G_BAD, G_OPTION, G_GROUP };

/* A group whose "(" is just before p: G_OPTION for "(?i)" (the rest of the
 * enclosing group is caseless; rd->p past it); G_GROUP with rd->p at the
 * group's first item, *inner set for "(?i:" and *consumes cleared for a
 * lookaround; G_BAD (rd->bad) for the forms the readers do not follow. */
static int pfx_group(pfx_reader *rd, const char *p, bool *inner, bool *consumes)
{
    if (*p == '*' || (p[0] == '?' && p[1] == '#')) {
        rd->bad = true; /* verbs, comments */
        return G_BAD;
    }
    if (p[0] == '?' && p[1] == 'i' && p[2] == ')') {
        rd->p = p + 3;
        return G_OPTION;
    }
    if (p[0] == '?' && p[1] == 'i' && p[2] == ':')
        *inner = true, p += 3;
    else if (p[0] == '?' && (p[1] == ':' || p[1] == '>' || p[1] == '|'))
        p += 2; /* non-capturing, atomic group, branch reset */
    else if (p[0] == '?' && (p[1] == '=' || p[1] == '!'))
        p += 2, *consumes = false; /* lookahead */
    else if (p[0] == '?' && p[1] == '<' && (p[2] == '=' || p[2] == '!'))
        p += 3, *consumes = false; /* lookbehind */
    else if (p[0] == '?' && p[1] == '<') {
        const char *e = strchr(p, '>'); /* (?<name> */
        if (!e) {
            rd->bad = true;
            return G_BAD;
        }
        p = e + 1;
    } else if (p[0] == '?') {
        rd->bad = true; /* options, conditionals, other forms */
        return G_BAD;
    }
    rd->p = p;
    return G_GROUP;
}

/* The escape at p (a backslash): rd->p past it; returns the ASCII byte it
 * stands for, or -1 for a class, a property or a non-ASCII byte (with
 * rd->bad for \Q and \c, which the readers do not follow). */
static int pfx_escape(pfx_reader *rd, const char *p)
{
    unsigned char e = (unsigned char)p[1];
    if (e == 'Q' || e == 'c' || !e) {
        rd->bad = true;
        return -1;
    }
    rd->p = p + 2;
    bool alnum = (e >= '0' && e <= '9') || ((e | 32) >= 'a' && (e | 32) <= 'z');
    if (alnum && p[2] == '{') { /* \p{..} \x{..} \g{..} ... */
        const char *b = strchr(p + 2, '}');
        if (!b) {
            rd->bad = true;
            return -1;
        }
        rd->p = b + 1;
    }
    return !alnum && e < 0x80 ? e : -1;
}

static void pfx_alternatives(pfx_reader *rd, bool caseless, pfx_set *out, int depth);

/* One item at rd->p into item (its strings; none open: it ends the
 * prefixes). Returns false at the end of a sequence (| ) or NUL). */
static bool pfx_item(pfx_reader *rd, bool *caseless, pfx_set *item, int depth)
{
    const char *p = rd->p;
    unsigned char c = (unsigned char)*p;
    item->n = 1;
    memset(&item->v[0], 0, sizeof item->v[0]);
    if (!c || c == '|' || c == ')')
        return false;
    if (c == '(') {
        bool inner = *caseless, consumes = true;
        int g = pfx_group(rd, p + 1, &inner, &consumes);
        if (g == G_BAD)
            return false;
        if (g == G_OPTION) {
            *caseless = true; /* to the end of the enclosing group */
            item->v[0].open = true; /* matches nothing: changes nothing */
            return true;
        }
        pfx_alternatives(rd, inner, item, depth + 1);
        if (rd->bad || *rd->p != ')') {
            rd->bad = true;
            return false;
        }
        rd->p++;
        if (!consumes)
            item->n = 1, memset(&item->v[0], 0, sizeof item->v[0]);
    } else if (c == '[') {
        rd->p = p + 1;
        pfx_skip_class(rd);
    } else if (c == '\\') {
        int lit = pfx_escape(rd, p);
        if (rd->bad)
            return false;
        if (lit >= 0) {
            item->v[0].b[0] = (uint8_t)lit, item->v[0].m[0] = 0xFF;
            item->v[0].len = 1, item->v[0].open = true;
        }
    } else if (c == '^') {
        rd->p = p + 1;
        item->v[0].open = true; /* zero width */
    } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        rd->bad = true;
        return false;
    } else {
        rd->p = p + 1;
        if (c >= 0x80) {
            while (((unsigned char)*rd->p & 0xC0) == 0x80)
                rd->p++;
        } else if (c != '.' && c != '$') {
            bool letter = (c | 32) >= 'a' && (c | 32) <= 'z';
            bool fold = letter && *caseless;
            item->v[0].b[0] = fold ? (uint8_t)(c & 0xDF) : c;
            item->v[0].m[0] = fold ? 0xDF : 0xFF;
            item->v[0].len = 1, item->v[0].open = true;
        }
    }
    int q = pfx_quantifier(rd);
    if (q == Q_MAYBE_NONE) {
        item->n = 1;
        memset(&item->v[0], 0, sizeof item->v[0]);
    } else if (q == Q_SOME) {
        pfx_close(item); /* one copy, then the prefixes end */
    }
    return true;
}

/* Alternatives up to the ')' or NUL at which rd->p stops, into out. An
 * option set in one alternative holds in the next ones (as in PCRE2). */
static void pfx_alternatives(pfx_reader *rd, bool caseless, pfx_set *out, int depth)
{
    out->n = 0;
    if (depth > 16) {
        rd->bad = true;
        return;
    }
    for (;;) {
        pfx_set seq, item;
        seq.n = 1;
        memset(&seq.v[0], 0, sizeof seq.v[0]);
        seq.v[0].open = true;
        while (!rd->bad && pfx_item(rd, &caseless, &item, depth))
            pfx_concat(rd, &seq, &item);
        if (rd->bad || out->n + seq.n > MAX_PREFIXES) {
            rd->bad = true;
            return;
        }
        memcpy(out->v + out->n, seq.v, seq.n * sizeof *seq.v);
        out->n += seq.n;
        if (*rd->p != '|')
            return;
        rd->p++;
    }
}

/* Most bytes the quantifier at *pp lets its item take, times per_item
 * (moves *pp past it); UINT32_MAX when unbounded or not followed. */
static uint32_t pfx_bounded(const char **pp, uint32_t per_item)
{
    const char *q = *pp;
    unsigned long max = 1;
    if (*q == '?')
        q++;
    else if (*q == '*' || *q == '+')
        return UINT32_MAX;
    else if (*q == '{') {
        char *e;
        max = strtoul(q + 1, &e, 10);
        if (e == q + 1)
            return UINT32_MAX; /* "{" as a literal, or "{,n}" */
        if (*e == ',') {
            const char *f = e + 1;
            max = strtoul(f, &e, 10);
            if (e == f)
                return UINT32_MAX;
        }
        if (*e != '}' || max > 1000)
            return UINT32_MAX;
        q = e + 1;
    }
    if (*q == '?' || *q == '+')
        q++;
    *pp = q;
    return (uint32_t)max * per_item;
}

/* For an unanchored pattern: skips the leading items that match one
 * character a bounded number of times (the "\s[-–—]\s" of
 * "\s[-–—]\sbisnis\.com$"), adding the most bytes they can take to
 * *lead (4 a character: UTF-8), and a (?i) or \b there. Returns where
 * the rest starts, or NULL when an item there is not followed. */
static const char *pfx_lead(const char *p, bool *caseless, uint32_t *lead)
{
    *lead = 0;
    for (;;) {
        const char *q;
        if (strncmp(p, "(?i)", 4) == 0) {
            *caseless = true, p += 4;
            continue;
        }
        if (p[0] == '\\' && (p[1] == 'b' || p[1] == 'B')) {
            p += 2; /* zero width */
            continue;
        }
        if (p[0] == '\\' && p[1] && strchr("sSdDwWhHvV", p[1]))
            q = p + 2;
        else if (p[0] == '\\' && (p[1] == 'p' || p[1] == 'P') && p[2] == '{') {
            if (!(q = strchr(p, '}')))
                return NULL;
            q++;
        } else if (p[0] == '.')
            q = p + 1;
        else if (p[0] == '[') {
            pfx_reader rd = {p + 1, false};
            pfx_skip_class(&rd);
            if (rd.bad)
                return NULL;
            q = rd.p;
        } else
            return p;
        uint32_t bytes = pfx_bounded(&q, 4);
        if (bytes == UINT32_MAX || *lead + bytes > 256)
            return NULL;
        *lead += bytes;
        p = q;
    }
}

/* The literal prefixes of rule r, compiled from pattern (see above),
 * appended to pd->prefixes; for an unanchored rule, those of the pattern
 * after its lead (pfx_lead). False when out of memory. */
static bool pattern_prefixes(page_data *pd, page_rule *r, const char *pattern)
{
    r->pfx_from = (uint32_t)pd->prefixes.n, r->npfx = 0, r->lead_max = 0;
    bool caseless = false;
    uint32_t lead = 0;
    if (!r->anchored && !(pattern = pfx_lead(pattern, &caseless, &lead)))
        return true;
    pfx_reader rd = {pattern, false};
    pfx_set set;
    pfx_alternatives(&rd, caseless, &set, 0);
    if (rd.bad || *rd.p)
        return true;
    for (size_t i = 0; i < set.n; i++)
        if (!set.v[i].len)
            return true; /* a match may start with anything */
    for (size_t i = 0; i < set.n; i++) {
        lit_prefix *lp = nr_vec_push(&pd->prefixes, NULL);
        if (!lp)
            return false;
        lp->value = lp->mask = 0;
        lp->len = set.v[i].len;
        for (unsigned k = 0; k < set.v[i].len; k++) {
            lp->value |= (uint64_t)set.v[i].b[k] << (8 * k);
            lp->mask |= (uint64_t)set.v[i].m[k] << (8 * k);
        }
    }
    r->npfx = (uint32_t)set.n;
    r->lead_max = lead;
    return true;
}

/* Needed strings, read from the pattern's text like the prefixes: one
 * character (its UTF-8 bytes, case mattering) from a mandatory item, or
 * a group's alternatives each with one, taken from the mandatory item
 * with the fewest ("(?:\s+(?:/|»|›|>)\s+\w+)+" needs one of "/", "»",
 * "›", ">"). A caseless letter gives none (it may match other
 * characters). set->n 0: nothing known. */
#define MAX_NEEDS 4

static void need_alternatives(pfx_reader *rd, bool caseless, pfx_set *out, int depth);

/* One item at rd->p: its needed set into item, *mandatory when it cannot
 * be absent. Returns false at the end of a sequence. */
static bool need_item(pfx_reader *rd, bool *caseless, pfx_set *item, bool *mandatory, int depth)
{
    const char *p = rd->p;
    unsigned char c = (unsigned char)*p;
    item->n = 0;
    *mandatory = false;
    if (!c || c == '|' || c == ')')
        return false;
    if (c == '(') {
        bool inner = *caseless, consumes = true;
        int g = pfx_group(rd, p + 1, &inner, &consumes);
        if (g == G_BAD)
            return false;
        if (g == G_OPTION) {
            *caseless = true;
            return true;
        }
        need_alternatives(rd, inner, item, depth + 1);
        if (rd->bad || *rd->p != ')') {
            rd->bad = true;
            return false;
        }
        rd->p++;
        if (!consumes)
            item->n = 0;
    } else if (c == '[') {
        rd->p = p + 1;
        pfx_skip_class(rd);
    } else if (c == '\\') {
        int lit = pfx_escape(rd, p);
        if (rd->bad)
            return false;
        if (lit >= 0) {
            memset(&item->v[0], 0, sizeof item->v[0]);
            item->v[0].b[0] = (uint8_t)lit, item->v[0].len = 1, item->n = 1;
        }
    } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        rd->bad = true;
        return false;
    } else {
        size_t len = 1;
        while (((unsigned char)p[len] & 0xC0) == 0x80)
            len++;
        rd->p = p + len;
        bool letter = (c | 32) >= 'a' && (c | 32) <= 'z';
        if (c != '.' && c != '$' && c != '^' && len <= 4 && !(*caseless && (letter || c >= 0x80))) {
            memset(&item->v[0], 0, sizeof item->v[0]);
            memcpy(item->v[0].b, p, len);
            item->v[0].len = (uint8_t)len, item->n = 1;
        }
    }
    *mandatory = pfx_quantifier(rd) != Q_MAYBE_NONE;
    return true;
}

/* The needed set of the alternatives up to ')' or NUL: the union of each
 * one's (that of its mandatory item with the fewest strings), nothing
 * known when one has none. */
static void need_alternatives(pfx_reader *rd, bool caseless, pfx_set *out, int depth)
{
    bool known = true;
    out->n = 0;
    if (depth > 16) {
        rd->bad = true;
        return;
    }
    for (;;) {
        pfx_set best, item;
        bool mandatory;
        best.n = 0;
        while (!rd->bad && need_item(rd, &caseless, &item, &mandatory, depth))
            if (mandatory && item.n && (!best.n || item.n < best.n))
                best = item;
        if (rd->bad)
            return;
        if (!best.n || out->n + best.n > MAX_NEEDS)
            known = false;
        else
            memcpy(out->v + out->n, best.v, best.n * sizeof *best.v), out->n += best.n;
        if (*rd->p != '|')
            break;
        rd->p++;
    }
    if (!known)
        out->n = 0;
}

/* Rule r's needed strings (see above) appended to pd->needs, for a rule
 * without prefixes. False when out of memory. */
static bool pattern_needs_any(page_data *pd, page_rule *r, const char *pattern)
{
    r->need_from = (uint32_t)pd->needs.n, r->nneed = 0;
    if (r->npfx)
        return true;
    pfx_reader rd = {pattern, false};
    pfx_set set;
    need_alternatives(&rd, false, &set, 0);
    if (rd.bad || *rd.p)
        return true;
    for (size_t i = 0; i < set.n; i++) {
        lit_prefix *lp = nr_vec_push(&pd->needs, NULL);
        if (!lp)
            return false;
        lp->value = lp->mask = 0;
        lp->len = set.v[i].len;
        memcpy(&lp->value, set.v[i].b, set.v[i].len); /* the bytes in order */
    }
    r->nneed = (uint32_t)set.n;
    return true;
}

/* JIT when the library has it (same results, several times faster);
 * without it pcre2_match interprets the pattern. NERID_NO_JIT turns it
 * off: memcheck cannot follow JIT code (PCRE2 built without valgrind
 * support) and reports its reads as uninitialised. */
static void jit_rule(page_rule *r)
{
    const char *nojit = getenv("NERID_NO_JIT");
    if (!nojit || !*nojit)
        (void)pcre2_jit_compile(r->re, PCRE2_JIT_COMPLETE);
    size_t jit_size = 0;
    r->jit = pcre2_pattern_info(r->re, PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
}

static int page_row(void *vctx, char **cols, size_t ncols, const char *file,
                    long line, char *why, size_t whylen)
{
    (void)ncols, (void)file, (void)line;
    load_ctx *c = vctx;
    int kind = -1;
    for (int k = 0; k < K_COUNT; k++)
        if (strcmp(cols[0], KIND_NAMES[k]) == 0)
            kind = k;
    if (kind < 0) {
        snprintf(why, whylen, "unknown kind \"%.40s\"", cols[0]);
        return -1;
    }
    if (!cols[1][0] || !cols[2][0] || !cols[3][0]) {
        snprintf(why, whylen, "empty column");
        return -1;
    }
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)cols[3], PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    if (!re) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(why, whylen, "pattern error at offset %zu: %s", (size_t)eo, (char *)msg);
        return -1;
    }
    page_rule r = {kind, NULL, NULL, re, group(re, "place"), group(re, "outlet"),
                   group(re, "names"), group(re, "name"), false, false, {0, 0}, 0, 0, 0, 0, -1,
                   {0, 0, 0, 0}, {0, 0}, 0, 0};
    r.anchored = first_bytes(re, r.first);
    jit_rule(&r);
    const char *need = kind == K_DATELINE && r.g_place < 0 && r.g_outlet < 0 ? "place"
                     : (kind == K_AUTHOR || kind == K_EDITOR) && r.g_names < 0 ? "names"
                     : NULL;
    if (need) {
        pcre2_code_free(re);
        snprintf(why, whylen, "a %s pattern needs the group (?<%s>...)", KIND_NAMES[kind], need);
        return -1;
    }
    bool any_label = strcmp(cols[2], "-") == 0 || strcmp(cols[2], "*") == 0;
    if ((kind == K_LINE || kind == K_LIST || kind == K_TAIL) && any_label) {
        pcre2_code_free(re);
        snprintf(why, whylen, "a %s row needs a reason label", KIND_NAMES[kind]);
        return -1;
    }
    if (strcmp(cols[1], "*") != 0 && !(r.outlet = nr_arena_strndup(&c->m->pool, cols[1], strlen(cols[1]))))
        goto oom;
    if (!any_label && !(r.label = nr_arena_strndup(&c->m->pool, cols[2], strlen(cols[2]))))
        goto oom;
    if (!pattern_prefixes(c->pd, &r, cols[3]) || !pattern_needs_any(c->pd, &r, cols[3]))
        goto oom;
    page_rule *slot = nr_vec_push(&c->pd->rules, NULL);
    if (!slot)
        goto oom;
    *slot = r;
    uint32_t ng = 0;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &ng);
    if (ng + 1 > c->pd->max_groups)
        c->pd->max_groups = ng + 1;
    return 0;
oom:
    pcre2_code_free(re);
    snprintf(why, whylen, "out of memory");
    return -1;
}

static bool is_clutter_kind(int kind)
{
    return kind == K_LINE || kind == K_LIST || kind == K_TAIL;
}

/* Fills pd's clutter index (see page_data) from the rules loaded so far:
 * find_clutter then tries on each line only the rules its first byte can
 * start, without looking at the others. Run at the end of each load. */
static void clutter_index(page_data *pd)
{
    pd->indexed = false;
    pd->nclutter = 0;
    memset(pd->starts, 0, sizeof pd->starts);
    for (size_t i = 0; i < pd->rules.n; i++) {
        const page_rule *r = &pd->rules.v[i];
        if (!is_clutter_kind(r->kind))
            continue;
        if (pd->nclutter == MAX_INDEXED)
            return; /* find_clutter walks all the rules */
        uint32_t j = pd->nclutter++;
        pd->clutter[j] = (uint32_t)i;
        uint64_t bit = (uint64_t)1 << (j & 63);
        pd->starts[0x80][j >> 6] |= bit;
        if (!r->anchored || !r->npfx) /* the prefixes are ASCII */
            pd->starts[0x81][j >> 6] |= bit;
        for (unsigned w = 0; w < 2; w++) /* the bytes may_start allows */
            for (uint64_t m = r->anchored ? r->first[w] : ~(uint64_t)0; m; m &= m - 1)
                pd->starts[w * 64 + (unsigned)__builtin_ctzll(m)][j >> 6] |= bit;
    }
    pd->indexed = true;
}

static unsigned char fold_ascii(unsigned char c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z' ? c | 32 : c;
}

/* A hash of two ASCII bytes, letters folded: the same for any two a
 * caseless or caseful prefix matches. */
static unsigned pair_hash(unsigned char a, unsigned char b)
{
    return (fold_ascii(a) * 31u + fold_ascii(b)) & 255;
}

/* Rule r's pairs and singles (see page_rule), from its prefixes. */
static void prefix_pairs(const page_data *pd, page_rule *r)
{
    bool any = r->anchored && r->npfx;
    memset(r->pairs, any ? 0 : 0xFF, sizeof r->pairs);
    memset(r->singles, 0, sizeof r->singles);
    for (uint32_t k = 0; k < r->npfx && any; k++) {
        const lit_prefix *lp = &pd->prefixes.v[r->pfx_from + k];
        unsigned char b0 = (unsigned char)lp->value;
        if (lp->len == 1) { /* any second byte: the first one decides */
            r->singles[b0 >> 6] |= (uint64_t)1 << (b0 & 63);
            b0 = (lp->mask & 0xFF) == 0xDF ? b0 | 32 : b0;
            r->singles[b0 >> 6] |= (uint64_t)1 << (b0 & 63);
            continue;
        }
        unsigned h = pair_hash(b0, (unsigned char)(lp->value >> 8));
        r->pairs[h >> 6] |= (uint64_t)1 << (h & 63);
    }
}

/* What PCRE2 tells of a compiled pattern that a subject can be checked
 * against without matching: min_bytes and need_byte (see page_rule). */
static void pattern_needs(page_rule *r)
{
    uint32_t min = 0, type = 0, unit = 0;
    r->min_bytes = pcre2_pattern_info(r->re, PCRE2_INFO_MINLENGTH, &min) == 0 ? min : 0;
    r->need_byte = -1;
    if (pcre2_pattern_info(r->re, PCRE2_INFO_LASTCODETYPE, &type) == 0 && type == 1 &&
        pcre2_pattern_info(r->re, PCRE2_INFO_LASTCODEUNIT, &unit) == 0 && unit < 0x80 &&
        !((unit | 32) >= 'a' && (unit | 32) <= 'z'))
        r->need_byte = (int)unit;
}

/* What is derived from the rules loaded so far, not stored: run at the
 * end of each load (text or image). */
static void derive_filters(page_data *pd)
{
    for (size_t i = 0; i < pd->rules.n; i++) {
        pattern_needs(&pd->rules.v[i]);
        prefix_pairs(pd, &pd->rules.v[i]);
    }
    clutter_index(pd);
}

int nr_page_load(nerid_model *m, const char *dir, nerid_error *err)
{
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/page.tsv", dir);
    if (stat(path, &st) != 0)
        return 0; /* a folder without page markers adds none */
    page_data *pd = m->page;
    if (!pd) {
        if (!(pd = nr_sys_malloc(sizeof *pd))) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
            return -1;
        }
        memset(pd, 0, sizeof *pd);
        m->page = pd;
    }
    load_ctx c = {m, pd};
    if (nr_tsv_read(path, "kind\toutlet\tlabel\tpattern", page_row, &c, err) < 0)
        return -1;
    derive_filters(pd);
    return 0;
}

void nr_page_free(void *p)
{
    page_data *pd = p;
    if (!pd)
        return;
    for (size_t i = 0; i < pd->rules.n; i++)
        pcre2_code_free(pd->rules.v[i].re);
    nr_vec_free(&pd->rules);
    nr_vec_free(&pd->prefixes);
    nr_vec_free(&pd->needs);
    nr_sys_free(pd);
}

/* The compiled image (gazetteer_image.c) holds the rules with their
 * first-byte sets and literal prefixes (read from the patterns' text,
 * which the image does not keep) and their patterns compiled
 * (pcre2_serialize_encode; a PCRE2 of another version refuses them, and
 * the text is loaded). */
void nr_page_image_put(const nerid_model *m, nr_buf *w)
{
    const page_data *pd = m->page;
    nr_imgw_u64(w, pd != NULL);
    if (!pd)
        return;
    nr_imgw_u64(w, pd->rules.n);
    nr_imgw_u64(w, pd->max_groups);
    const pcre2_code **codes = calloc(pd->rules.n + 1, sizeof *codes);
    for (size_t i = 0; i < pd->rules.n; i++) {
        const page_rule *r = &pd->rules.v[i];
        if (codes)
            codes[i] = r->re;
        nr_imgw_u64(w, (uint64_t)r->kind);
        nr_imgw_str(w, r->outlet);
        nr_imgw_str(w, r->label);
        nr_imgw_blob(w, pd->prefixes.v + r->pfx_from, r->npfx * sizeof(lit_prefix));
        nr_imgw_u64(w, r->lead_max);
        nr_imgw_blob(w, pd->needs.v + r->need_from, r->nneed * sizeof(lit_prefix));
        const int g[4] = {r->g_place, r->g_outlet, r->g_names, r->g_name};
        nr_imgw_blob(w, g, sizeof g);
        nr_imgw_u64(w, r->anchored);
        nr_imgw_blob(w, r->first, sizeof r->first);
    }
    uint8_t *bytes = NULL;
    PCRE2_SIZE size = 0;
    if (!codes || (pd->rules.n &&
                   pcre2_serialize_encode(codes, (int32_t)pd->rules.n, &bytes, &size, NULL) < 0))
        w->failed = true;
    /* PCRE2 trusts serialized patterns: a checksum guards them */
    nr_imgw_u64(w, nr_img_checksum(bytes, size));
    nr_imgw_blob(w, bytes, size);
    if (bytes)
        pcre2_serialize_free(bytes);
    free(codes);
}

/* A blob of lit_prefix appended to v, as *from and *n; a length of 0 or
 * above max_len is bad. -1 when out of memory. */
static int read_prefixes(nr_img_reader *r, prefix_vec *vec, uint32_t max_len, uint32_t *from,
                         uint32_t *n)
{
    size_t np;
    const lit_prefix *src = nr_imgr_blob(r, sizeof(lit_prefix), &np);
    *from = (uint32_t)vec->n, *n = (uint32_t)np;
    for (size_t k = 0; k < np && !r->bad; k++) {
        lit_prefix *lp = nr_vec_push(vec, NULL);
        if (!lp)
            return -1;
        *lp = src[k];
        r->bad |= lp->len == 0 || lp->len > max_len;
    }
    return 0;
}

int nr_page_image_get(nerid_model *m, nr_img_reader *r)
{
    int rc;
    page_data *pd = nr_imgr_stage(r, sizeof *pd, &rc);
    if (!pd)
        return rc;
    m->page = pd;
    uint64_t n = nr_imgr_u64(r);
    pd->max_groups = (uint32_t)nr_imgr_u64(r);
    if (n > (uint64_t)(r->end - r->p) / 8 || n > INT32_MAX) {
        r->bad = true;
        return 0;
    }
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        page_rule *pr = nr_vec_push(&pd->rules, NULL);
        if (!pr)
            return -1;
        uint64_t kind = nr_imgr_u64(r);
        pr->kind = kind < K_COUNT ? (int)kind : K_COUNT;
        pr->outlet = nr_imgr_str(r);
        pr->label = nr_imgr_str(r);
        if (read_prefixes(r, &pd->prefixes, PREFIX_MAX, &pr->pfx_from, &pr->npfx) < 0)
            return -1;
        pr->lead_max = (uint32_t)nr_imgr_u64(r);
        if (read_prefixes(r, &pd->needs, 4, &pr->need_from, &pr->nneed) < 0)
            return -1;
        size_t ng, nf;
        const int *g = nr_imgr_blob(r, sizeof(int), &ng);
        pr->anchored = nr_imgr_u64(r) != 0;
        const uint64_t *first = nr_imgr_blob(r, sizeof(uint64_t), &nf);
        if (r->bad || pr->kind == K_COUNT || ng != 4 || nf != 2) {
            r->bad = true;
            return 0;
        }
        pr->g_place = g[0], pr->g_outlet = g[1], pr->g_names = g[2], pr->g_name = g[3];
        pr->first[0] = first[0], pr->first[1] = first[1];
    }
    uint64_t sum = nr_imgr_u64(r);
    size_t size;
    const uint8_t *bytes = nr_imgr_blob(r, 1, &size);
    if (r->bad || !n)
        return 0;
    pcre2_code **codes = nr_sys_malloc(n * sizeof *codes);
    if (!codes)
        return -1;
    if (nr_img_checksum(bytes, size) != sum ||
        pcre2_serialize_get_number_of_codes(bytes) != (int32_t)n ||
        pcre2_serialize_decode(codes, (int32_t)n, bytes, NULL) != (int32_t)n) {
        nr_sys_free(codes);
        r->bad = true;
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        page_rule *pr = &pd->rules.v[i];
        pr->re = codes[i];
        jit_rule(pr);
        /* the group numbers index the match data of max_groups pairs */
        uint32_t ncap = 0;
        pcre2_pattern_info(pr->re, PCRE2_INFO_CAPTURECOUNT, &ncap);
        if (ncap + 1 > pd->max_groups || pr->g_place > (int)ncap || pr->g_outlet > (int)ncap ||
            pr->g_names > (int)ncap || pr->g_name > (int)ncap)
            r->bad = true;
    }
    nr_sys_free(codes);
    if (!r->bad)
        derive_filters(pd); /* derived from the rules, not stored */
    return 0;
}

/* ------------------------------------------------------------ matching */

/* PCRE2 allocates from the document's arena: nothing to free, nothing
 * leaked by a longjmp. A failure returns NULL to PCRE2 (no longjmp from
 * inside the matcher), which reports it as no match. */
static void *arena_malloc(PCRE2_SIZE n, void *data)
{
    nr_arena *a = data;
    jmp_buf *saved = a->oom;
    a->oom = NULL;
    void *p = nr_arena_alloc(a, n);
    a->oom = saved;
    return p;
}

static void arena_free(void *p, void *data) { (void)p, (void)data; }

typedef struct {
    nr_doc *d;
    const page_data *pd;
    pcre2_match_data *md;
    const char *publisher;   /* known publisher (for outlet-only rules) */
    const char *outlet;      /* the dateline's outlet as written, or NULL */
    uint8_t *cls;            /* per line: C_* */
    const char **reason;     /* per line: clutter reason */
    uint32_t *words;         /* per line: words (count_words) */
} page_ctx;

enum { C_BODY = 0, C_CLUTTER, C_HEADER, C_DATELINE };

/* Does the rule apply to this page (outlet column)? */
static bool rule_applies(const page_ctx *c, const page_rule *r)
{
    if (!r->outlet || !c->publisher)
        return true;
    size_t n = strlen(r->outlet);
    return strlen(c->publisher) == n && strncasecmp_ascii(r->outlet, c->publisher, n);
}

/* What the filters look at in a subject s[0..n): the byte first_bytes()
 * classifies it by (its first, 0x80 when empty: never filtered) and its
 * leading ASCII bytes, at most PREFIX_MAX, as one little-endian word for
 * the literal prefixes. */
typedef struct {
    const char *s;
    size_t n;
    unsigned char b0;
    bool folds;           /* the character that ends the ASCII bytes may
                             match a caseless ASCII letter */
    uint32_t ascii;       /* leading ASCII bytes in head */
    unsigned pair;        /* pair_hash of the first two, when ascii >= 2 */
    uint64_t head;
} subject_head;

static subject_head head_of(const char *s, size_t n)
{
    subject_head h = {s, n, n ? (unsigned char)s[0] : 0x80, false, 0, 0, 0};
    for (; h.ascii < n && h.ascii < PREFIX_MAX; h.ascii++) {
        unsigned char c = (unsigned char)s[h.ascii];
        if (c >= 0x80) {
            /* under (?i) and Unicode properties PCRE2 matches "k" to the
             * Kelvin sign, "s" to the long s: any character with an
             * ASCII upper or lower case may match a literal letter */
            size_t len;
            int32_t cp = nr_utf8_decode(s, n, h.ascii, &len);
            h.folds = utf8proc_tolower(cp) < 0x80 || utf8proc_toupper(cp) < 0x80;
            break;
        }
        h.head |= (uint64_t)c << (8 * h.ascii);
    }
    if (h.ascii >= 2)
        h.pair = pair_hash((unsigned char)s[0], (unsigned char)s[1]);
    return h;
}

/* Can the subject start with one of rule r's literal prefixes (true when
 * it has none)? A prefix longer than the subject's leading ASCII bytes
 * fails when the subject ends there or goes on with a character that
 * matches no ASCII literal (h->folds false), else passes. */
static bool prefix_ok(const page_data *pd, const page_rule *r, const subject_head *h)
{
    const lit_prefix *p = pd->prefixes.v + r->pfx_from, *end = p + r->npfx;
    if (p == end)
        return true;
    for (; p < end; p++)
        if (p->len <= h->ascii ? (h->head & p->mask) == p->value : h->folds)
            return true;
    return false;
}

/* Does the subject hold one of rule r's needed strings (true when it has
 * none)? */
static bool needs_ok(const page_data *pd, const page_rule *r, const subject_head *h)
{
    if (!r->nneed)
        return true;
    for (uint32_t k = 0; k < r->nneed; k++) {
        const lit_prefix *lp = &pd->needs.v[r->need_from + k];
        char lit[8];
        memcpy(lit, &lp->value, sizeof lit);
        for (const char *p = h->s, *end = h->s + h->n;
             (p = memchr(p, lit[0], (size_t)(end - p))) != NULL; p++)
            if ((size_t)(end - p) >= lp->len && memcmp(p, lit, lp->len) == 0)
                return true;
    }
    return false;
}

/* Can rule r match the subject of head h? Its length, first byte, literal
 * prefixes and needed byte decide, cheapest first. */
static bool may_start(const page_data *pd, const page_rule *r, const subject_head *h)
{
    if (h->n < r->min_bytes)
        return false;
    if (r->anchored && h->b0 < 0x80 && !((r->first[h->b0 >> 6] >> (h->b0 & 63)) & 1))
        return false;
    if (h->ascii >= 2 && !((r->pairs[h->pair >> 6] >> (h->pair & 63)) & 1) &&
        !((r->singles[h->b0 >> 6] >> (h->b0 & 63)) & 1))
        return false;
    return (!r->anchored || prefix_ok(pd, r, h)) &&
           (r->need_byte < 0 || memchr(h->s, r->need_byte, h->n)) && needs_ok(pd, r, h);
}

/* An unanchored rule with literal prefixes: a match starting at p holds
 * one of them at p + [0, lead_max]. So only the starts just before each
 * place where the subject holds one are tried, anchored, in increasing
 * order without repeats: the first match found is the one PCRE2's own
 * search (which tries every start) would find, at a cost linear in the
 * subject with a small factor, not one match attempt per start. */
static bool rule_search(page_ctx *c, const page_rule *r, const char *s, size_t n)
{
    bool can_open[256] = {false}; /* bytes a prefix can start at */
    for (uint32_t k = 0; k < r->npfx; k++) {
        const lit_prefix *lp = &c->pd->prefixes.v[r->pfx_from + k];
        unsigned char b = (unsigned char)lp->value;
        can_open[b] = true;
        if ((lp->mask & 0xFF) == 0xDF)
            can_open[b | 32] = true;
    }
    for (unsigned b = 0xC0; b < 0x100; b++)
        can_open[b] = true; /* a character that may fold to an ASCII letter */
    size_t next = 0; /* the first start not tried yet */
    for (size_t q = 0; q < n; q++) {
        if (!can_open[(unsigned char)s[q]])
            continue;
        subject_head h = head_of(s + q, n - q);
        if (!prefix_ok(c->pd, r, &h))
            continue;
        for (size_t p = q > r->lead_max ? q - r->lead_max : 0; p <= q; p++) {
            if (p < next || ((unsigned char)s[p] & 0xC0) == 0x80)
                continue; /* tried, or inside a character */
            if (pcre2_match(r->re, (PCRE2_SPTR)s, n, p, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, c->md,
                            NULL) > 0)
                return true;
        }
        next = q + 1;
    }
    return false;
}

/* rule_match after may_start said yes. */
static bool rule_try(page_ctx *c, const page_rule *r, const char *s, size_t n)
{
    if (!c->md)
        return false;
    if (!rule_applies(c, r))
        return false;
    if (!r->anchored && r->npfx)
        return rule_search(c, r, s, n);
    /* a JIT-compiled pattern goes straight to its code (pcre2_match would
     * check its arguments and then call the same; the text is valid UTF-8) */
    if (r->jit)
        return pcre2_jit_match(r->re, (PCRE2_SPTR)s, n, 0, 0, c->md, NULL) > 0;
    return pcre2_match(r->re, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, c->md, NULL) > 0;
}

/* Matches rule r against s[0..n); returns true and leaves the groups in
 * c->md. */
static bool rule_match(page_ctx *c, const page_rule *r, const char *s, size_t n)
{
    subject_head h = head_of(s, n);
    return may_start(c->pd, r, &h) && rule_try(c, r, s, n);
}

/* Group g of the last match as offsets into the subject; false if unset. */
static bool group_span(const page_ctx *c, int g, size_t *b, size_t *e)
{
    if (g < 0 || (uint32_t)g >= pcre2_get_ovector_count(c->md))
        return false;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    if (ov[2 * g] == PCRE2_UNSET)
        return false;
    *b = ov[2 * g], *e = ov[2 * g + 1];
    return true;
}

/* First rule of `kind` matching s[0..n), or NULL. */
static const page_rule *find_rule(page_ctx *c, int kind, const char *s, size_t n)
{
    subject_head h = head_of(s, n);
    for (size_t i = 0; i < c->pd->rules.n; i++) {
        const page_rule *r = &c->pd->rules.v[i];
        if (r->kind == kind && may_start(c->pd, r, &h) && rule_try(c, r, s, n))
            return r;
    }
    return NULL;
}

/* ------------------------------------------------------------- lines */

static const char *line_text(const page_ctx *c, size_t k, size_t *n)
{
    const nr_range *p = &c->d->paras.v[k];
    *n = p->end - p->start;
    return c->d->text + p->start;
}

/* Fills c->words: the words (and numbers) of every line, counted once
 * (the stages below ask for most lines several times). */
static void count_words(page_ctx *c)
{
    const nr_doc *d = c->d;
    c->words = nr_arena_alloc(&c->d->arena, d->paras.n * sizeof *c->words);
    for (size_t k = 0; k < d->paras.n; k++) {
        uint32_t n = 0;
        for (uint32_t i = d->paras.v[k].tb; i < d->paras.v[k].te; i++)
            n += d->toks.v[i].kind == TK_WORD || d->toks.v[i].kind == TK_NUMBER;
        c->words[k] = n;
    }
}

static size_t line_words(const page_ctx *c, size_t k)
{
    return c->words[k];
}

/* Does the line end like a sentence or a caption (. : , ) or a quote)? */
static bool ends_like_sentence(const nr_doc *d, const nr_range *p)
{
    const nr_tok *t = &d->toks.v[p->te - 1];
    if (t->kind == TK_QUOTE)
        return true;
    if (t->kind != TK_PUNCT)
        return false;
    char ch = d->text[t->start];
    return (ch == '.' && t->end - t->start == 1) || ch == ':' || ch == ',' || ch == ')' || ch == ';';
}

/* A line that can belong to a list of other headlines or tags. */
static bool list_item(const page_ctx *c, size_t k)
{
    const nr_doc *d = c->d;
    const nr_range *p = &d->paras.v[k];
    return line_words(c, k) <= MAX_ITEM_WORDS && d->toks.v[p->tb].kind != TK_QUOTE &&
           !ends_like_sentence(d, p);
}

static void set_flags(nr_doc *d, const nr_range *p, uint32_t tb, uint16_t f)
{
    for (uint32_t i = tb; i < p->te; i++)
        d->toks.v[i].flags |= f;
}

/* --------------------------------------------------------------- clutter */

/* The first clutter rule (line, list, tail) matching the line s[0..n),
 * or NULL: only the rules its first byte can start are tried (most lines
 * call PCRE2 a few times). */
static const page_rule *clutter_rule(page_ctx *c, const char *s, size_t n)
{
    const page_data *pd = c->pd;
    subject_head h = head_of(s, n);
    if (!pd->indexed) {
        for (size_t i = 0; i < pd->rules.n; i++) {
            const page_rule *r = &pd->rules.v[i];
            if (is_clutter_kind(r->kind) && may_start(pd, r, &h) && rule_try(c, r, s, n))
                return r;
        }
        return NULL;
    }
    const uint64_t *set = pd->starts[h.b0 < 0x80 ? h.b0 : h.folds ? 0x80 : 0x81];
    for (uint32_t w = 0; w * 64 < pd->nclutter; w++)
        for (uint64_t m = set[w]; m; m &= m - 1) { /* in file order */
            const page_rule *r = &pd->rules.v[pd->clutter[w * 64 + (uint32_t)__builtin_ctzll(m)]];
            if (may_start(pd, r, &h) && rule_try(c, r, s, n))
                return r;
        }
    return NULL;
}

/* Classifies every line as clutter or not, in one pass with the state of
 * an open list (of other headlines) or an open tail. */
static void find_clutter(page_ctx *c, size_t dateline_line)
{
    nr_doc *d = c->d;
    const char *list_reason = NULL;
    const char *tail_reason = NULL;
    for (size_t k = 0; k < d->paras.n; k++) {
        if (k == dateline_line) {
            list_reason = NULL;
            continue;
        }
        if (tail_reason) {
            c->cls[k] = C_CLUTTER, c->reason[k] = tail_reason;
            continue;
        }
        size_t words = line_words(c, k), n;
        const char *s = line_text(c, k, &n);
        const page_rule *hit = words <= MAX_CLUTTER_WORDS ? clutter_rule(c, s, n) : NULL;
        if (hit) {
            c->cls[k] = C_CLUTTER, c->reason[k] = hit->label;
            if (hit->kind == K_LIST)
                list_reason = hit->label;
            else if (hit->kind == K_TAIL)
                tail_reason = hit->label;
            /* a one-line link inside a list keeps the list open */
            continue;
        }
        if (list_reason && list_item(c, k)) {
            c->cls[k] = C_CLUTTER, c->reason[k] = list_reason;
            continue;
        }
        list_reason = NULL;
    }
}

/* Marks clutter tokens and records ignored spans, consecutive lines of one
 * reason as one span. */
static void emit_clutter(page_ctx *c)
{
    nr_doc *d = c->d;
    nr_ignored *open = NULL;
    size_t last = 0;
    for (size_t k = 0; k < d->paras.n; k++) {
        if (c->cls[k] != C_CLUTTER)
            continue;
        const nr_range *p = &d->paras.v[k];
        set_flags(d, p, p->tb, TF_CLUTTER);
        if (open && last + 1 == k && strcmp(open->reason, c->reason[k]) == 0) {
            open->end = p->end;
        } else {
            open = nr_vec_push(&d->ignored, d->oom);
            open->start = p->start;
            open->end = p->end;
            open->reason = c->reason[k];
        }
        last = k;
    }
}

/* ------------------------------------------------------------ dateline */

/* Words of line p starting at or after byte. */
static size_t words_from(const nr_doc *d, const nr_range *p, uint32_t byte)
{
    size_t n = 0;
    for (uint32_t i = p->te; i-- > p->tb && d->toks.v[i].start >= byte;)
        n += d->toks.v[i].kind == TK_WORD || d->toks.v[i].kind == TK_NUMBER;
    return n;
}

static const char *trimmed(nr_doc *d, const char *s, size_t b, size_t e)
{
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        b++;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    return nr_arena_strndup(&d->arena, s + b, e - b);
}

/* Publisher named by s[0..n) (an outlet or a header line), or NULL. */
static const char *publisher_of(page_ctx *c, const char *s, size_t n)
{
    const page_rule *r = find_rule(c, K_PUBLISHER, s, n);
    if (!r)
        return NULL;
    size_t b, e;
    if (!r->label && group_span(c, r->g_name, &b, &e))
        return trimmed(c->d, s, b, e);
    if (!r->label && group_span(c, 0, &b, &e))
        return trimmed(c->d, s, b, e);
    return r->label;
}

/* Finds the dateline line; fills meta.place, dateline_tok and (from the
 * outlet) the publisher. Returns the line index or SIZE_MAX. */
static size_t find_dateline(page_ctx *c)
{
    nr_doc *d = c->d;
    size_t lim = d->paras.n < DATELINE_LINES ? d->paras.n : DATELINE_LINES;
    for (size_t k = 0; k < lim; k++) {
        const nr_range *p = &d->paras.v[k];
        size_t n;
        const char *s = line_text(c, k, &n);
        subject_head h = head_of(s, n);
        for (size_t i = 0; i < c->pd->rules.n; i++) {
            const page_rule *r = &c->pd->rules.v[i];
            size_t mb, me, b, e;
            if (r->kind != K_DATELINE || !may_start(c->pd, r, &h) || !rule_try(c, r, s, n) ||
                !group_span(c, 0, &mb, &me))
                continue;
            bool weak = r->label && strcmp(r->label, "weak") == 0;
            if (words_from(d, p, p->start + (uint32_t)me) < (weak ? WEAK_MIN_BODY : DATELINE_MIN_BODY))
                continue;
            const char *place = NULL, *outlet = NULL, *pub = NULL;
            if (group_span(c, r->g_place, &b, &e))
                place = trimmed(d, s, b, e);
            if (group_span(c, r->g_outlet, &b, &e)) {
                outlet = trimmed(d, s, b, e);
                pub = publisher_of(c, outlet, strlen(outlet));
            }
            /* "KOMPAS, BANYUWANGI -": the outlet written first */
            const char *pub2;
            if (place && outlet && !pub && (pub2 = publisher_of(c, place, strlen(place)))) {
                place = outlet;
                pub = pub2;
            }
            d->meta.place = place;
            c->publisher = pub;
            c->outlet = outlet;
            d->meta.dateline_tok = (uint32_t)nr_tok_at(d, p->start + (uint32_t)me);
            return k;
        }
    }
    return SIZE_MAX;
}

/* -------------------------------------------------------------- header */

static bool is_sep(const char *s, size_t i, size_t n, size_t *len)
{
    if (s[i] == ',' || s[i] == ';' || s[i] == '&' || s[i] == '|') {
        *len = 1;
        return true;
    }
    if (i + 5 <= n && (i == 0 || s[i - 1] == ' ') && memcmp(s + i, "dan ", 4) == 0) {
        *len = 4;
        return true;
    }
    return false;
}

static bool name_known(const nr_meta *m, const char *name)
{
    for (size_t i = 0; i < m->authors.n; i++)
        if (strcmp(m->authors.v[i], name) == 0)
            return true;
    for (size_t i = 0; i < m->editors.n; i++)
        if (strcmp(m->editors.v[i], name) == 0)
            return true;
    return false;
}

/* Adds one name s[b..e) to authors or editors after trimming. */
static void add_name(nr_doc *d, bool editor, const char *s, size_t b, size_t e)
{
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        b++;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == ',' ||
                     s[e - 1] == '.' || s[e - 1] == ';'))
        e--;
    if (b == e || (unsigned char)s[b] < 'A' || (s[b] >= 'a' && s[b] <= 'z'))
        return; /* a name starts with a capital (or a non-ASCII letter) */
    size_t words = 1;
    for (size_t i = b; i < e; i++) {
        if (s[i] == ':' || (s[i] >= '0' && s[i] <= '9'))
            return;
        words += s[i] == ' ';
    }
    if (words > MAX_NAME_WORDS)
        return;
    const char *name = nr_arena_strndup(&d->arena, s + b, e - b);
    if (name_known(&d->meta, name))
        return;
    if (editor)
        *(const char **)nr_vec_push(&d->meta.editors, d->oom) = name;
    else
        *(const char **)nr_vec_push(&d->meta.authors, d->oom) = name;
}

/* Splits s[b..e) at , ; & | "dan" into names. */
static void add_names(nr_doc *d, bool editor, const char *s, size_t b, size_t e)
{
    size_t from = b, len;
    for (size_t i = b; i < e; i++)
        if (is_sep(s, i, e, &len)) {
            add_name(d, editor, s, from, i);
            from = i + len;
            i += len - 1;
        }
    add_name(d, editor, s, from, e);
}

/* Byline rules on each '|'-separated segment of a line; true if any hit. */
static bool find_bylines(page_ctx *c, const char *s, size_t n)
{
    bool any = false;
    size_t from = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '|')
            continue;
        size_t b = from, e = i;
        while (b < e && s[b] == ' ')
            b++;
        while (e > b && s[e - 1] == ' ')
            e--;
        from = i + 1;
        for (size_t j = 0; j < c->pd->rules.n && b < e; j++) {
            const page_rule *r = &c->pd->rules.v[j];
            size_t gb, ge;
            if ((r->kind != K_AUTHOR && r->kind != K_EDITOR) || !rule_match(c, r, s + b, e - b) ||
                !group_span(c, r->g_names, &gb, &ge))
                continue;
            add_names(c->d, r->kind == K_EDITOR, s + b, gb, ge);
            any = true;
            break;
        }
    }
    return any;
}

/* Could the line be the headline? */
static bool title_like(const page_ctx *c, size_t k)
{
    const nr_doc *d = c->d;
    const nr_range *p = &d->paras.v[k];
    size_t words = line_words(c, k);
    if (words < MIN_TITLE_WORDS || words > 2 * MAX_ITEM_WORDS || ends_like_sentence(d, p))
        return false;
    size_t n;
    const char *s = line_text(c, k, &n);
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '|' || (s[i] == ' ' && (s[i + 1] == '/' || s[i + 1] == '>')) ||
            ((unsigned char)s[i] == 0xC2 && ((unsigned char)s[i + 1] == 0xBB))) /* » */
            return false;
    return true;
}

/* The header lines [0, end): title, publisher line, bylines, date lines,
 * photo credits get TF_HEADER; captions and section labels stay unmarked
 * (content, where entities are found as in the body). Kompas lists bare
 * names (authors, then the editor) between the date line and "Tim
 * Redaksi". */
static void read_header(page_ctx *c, size_t end)
{
    nr_doc *d = c->d;
    size_t names_from = 0;
    for (size_t k = 0; k < end; k++) {
        if (c->cls[k] == C_CLUTTER)
            continue;
        const nr_range *p = &d->paras.v[k];
        c->cls[k] = C_HEADER;
        size_t n, words = line_words(c, k);
        const char *s = line_text(c, k, &n);
        bool field = true;
        if (words <= MAX_FIELD_WORDS &&
            (find_bylines(c, s, n) || (!ends_like_sentence(d, p) && find_rule(c, K_DATE, s, n)))) {
            names_from = k + 1;
        } else if (find_rule(c, K_NAMES_END, s, n)) {
            size_t first = d->meta.authors.n;
            for (size_t j = names_from; j < k; j++) {
                const nr_range *q = &d->paras.v[j];
                size_t jn;
                const char *js = line_text(c, j, &jn);
                if (c->cls[j] == C_HEADER && line_words(c, j) <= MAX_NAME_WORDS) {
                    add_names(d, false, js, 0, jn);
                    set_flags(d, q, q->tb, TF_HEADER);
                }
            }
            /* the last name of the block is the editor's */
            if (d->meta.authors.n - first >= 2) {
                const char *ed = d->meta.authors.v[--d->meta.authors.n];
                *(const char **)nr_vec_push(&d->meta.editors, d->oom) = ed;
            }
            names_from = k + 1;
        } else if (find_rule(c, K_CREDIT, s, n)) {
            /* a photo credit */
        } else {
            const char *pub = publisher_of(c, s, n);
            if (pub && !d->meta.publisher)
                d->meta.publisher = pub;
            if (!pub && !d->meta.title && title_like(c, k))
                d->meta.title = nr_doc_str(d, p->start, p->end);
            else
                field = pub != NULL;
        }
        if (field)
            set_flags(d, p, p->tb, TF_HEADER);
    }
}

/* Without a dateline: the leading lines that look like a header (short,
 * not ending like a sentence, or matching a header rule), provided body
 * lines follow. */
static size_t header_without_dateline(page_ctx *c)
{
    nr_doc *d = c->d;
    size_t k = 0;
    bool field = false;
    for (; k < d->paras.n && k < DATELINE_LINES; k++) {
        const nr_range *p = &d->paras.v[k];
        size_t n;
        const char *s = line_text(c, k, &n);
        if (c->cls[k] == C_CLUTTER)
            continue;
        if (line_words(c, k) <= MAX_FIELD_WORDS &&
            (find_rule(c, K_DATE, s, n) || find_rule(c, K_AUTHOR, s, n) ||
             find_rule(c, K_EDITOR, s, n))) {
            field = true;
            continue;
        }
        if (line_words(c, k) > MAX_ITEM_WORDS || ends_like_sentence(d, p))
            break;
    }
    /* a lone short first line is a headline only when a field or more
     * than one body line confirms the page layout */
    if (k == d->paras.n || (k == 1 && !field && d->paras.n < 3))
        return 0;
    return k;
}

/* ---------------------------------------------------------------- stage */

void nr_page(nr_doc *d)
{
    const page_data *pd = d->model->page;
    if (!pd || !pd->rules.n || !d->paras.n)
        return;
    pcre2_general_context *gc = pcre2_general_context_create(arena_malloc, arena_free, &d->arena);
    page_ctx c = {d, pd, NULL, NULL, NULL, NULL, NULL, NULL};
    c.md = gc ? pcre2_match_data_create(pd->max_groups, gc) : NULL;
    if (!c.md)
        longjmp(*d->oom, 1); /* out of memory (see internal.h) */
    c.cls = nr_arena_alloc(&d->arena, d->paras.n);
    memset(c.cls, C_BODY, d->paras.n);
    c.reason = nr_arena_alloc(&d->arena, d->paras.n * sizeof *c.reason);
    count_words(&c);

    size_t dl = find_dateline(&c);
    /* publisher from a header line when the dateline names none */
    size_t lim = dl != SIZE_MAX ? dl : (d->paras.n < 10 ? d->paras.n : 10);
    for (size_t k = 0; k < lim && !c.publisher; k++) {
        size_t n;
        const char *s = line_text(&c, k, &n);
        c.publisher = publisher_of(&c, s, n);
    }
    /* an outlet no row knows: as spelled on a header line of its own
     * ("Pos-Kupang.com" for "POS-KUPANG.COM"), else as in the dateline */
    size_t on = c.outlet ? strlen(c.outlet) : 0;
    for (size_t k = 0; k < lim && !c.publisher && on; k++) {
        size_t n;
        const char *s = line_text(&c, k, &n);
        if (n == on && strncasecmp_ascii(s, c.outlet, n))
            c.publisher = nr_arena_strndup(&d->arena, s, n);
    }
    if (!c.publisher)
        c.publisher = c.outlet;
    find_clutter(&c, dl);
    size_t hend;
    if (dl != SIZE_MAX) {
        c.cls[dl] = C_DATELINE;
        const nr_range *p = &d->paras.v[dl];
        for (uint32_t i = p->tb; i < d->meta.dateline_tok && i < p->te; i++)
            d->toks.v[i].flags |= TF_HEADER;
        hend = dl;
    } else {
        hend = header_without_dateline(&c);
        d->meta.dateline_tok = hend < d->paras.n ? d->paras.v[hend].tb : 0;
    }
    d->meta.publisher = c.publisher;
    read_header(&c, hend);
    /* bylines printed after the body (Antara: "Pewarta: ...", "Editor: ...") */
    for (size_t k = hend + (dl != SIZE_MAX); k < d->paras.n; k++) {
        const nr_range *p = &d->paras.v[k];
        size_t n;
        const char *s = line_text(&c, k, &n);
        if (c.cls[k] == C_BODY && line_words(&c, k) <= MAX_FIELD_WORDS &&
            !ends_like_sentence(d, p) && find_bylines(&c, s, n)) {
            c.cls[k] = C_HEADER;
            set_flags(d, p, p->tb, TF_HEADER);
        }
    }
    emit_clutter(&c);
}
