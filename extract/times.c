/* times.c - stage 6: time expressions, normalized to ISO 8601 (TIMEX3
 * values), and the document's publication date.
 *
 * A hand-written scanner over the tokens, one small matcher per form; each
 * finding carries the id of the matcher that produced it (nr_time.rule):
 *   time.dateline       the page's date(+time) line: sets d->anchor and
 *                       meta.published ("Kompas.com - 26/07/2023, 15:11 WIB")
 *   time.datetime       a date and a clock joined by ",", "|", a space or
 *                       "pukul": ONE TIME ("Minggu (10/3/2024), pukul 08.15 WITA")
 *   time.weekday-dm     "Rabu (26/7/2023)", "Jumat (24/2)" (year: anchor)
 *   time.dmy            "26/7/2023", "24-7-2023", "2023-07-26"
 *   time.day-month-year "1 Maret 2023", "Kamis, 17 Okt 2024", "17 Agustus"
 *   time.month-year     "Maret 2023" -> 2023-03; time.month "Februari"
 *   time.year           "tahun 2024", "pada 2021", "Lebaran 2024"
 *   time.year-range     "periode 2014-2019" -> 2014/2019
 *   time.quarter        "kuartal I 2024", "triwulan II-2023", "semester I 2024"
 *   time.clock(-zone)   "pukul 10.00 WIB", "jam 10", "16.00 WITA"
 *   time.clock-range    "pukul 10.00-12.15 WIB": two entries, "pukul 10.00"
 *                       and "12.15 WIB", both in the zone written at the end
 *   time.weekday        a bare weekday ("..., Rabu.") -> the nearest such day
 *                       not after the reference date (forward after "akan")
 *   time.rel-day        kemarin, hari ini, besok, lusa, kemarin lusa
 *   time.rel-unit       pekan/bulan/tahun lalu/depan/ini (a week: its Monday..Sunday
 *                       as a date range YYYY-MM-DD/YYYY-MM-DD)
 *
 * Rules (docs: /work/shared/eval/GUIDELINES.md, "Times"):
 *  - words (months, weekdays, zones WIB/WITA/WIT and offsets, relative
 *    words, cue words, blockers) live in gazetteers/timex.tsv, never here;
 *  - the reference date is the dateline's; else opts->ref_date (already in
 *    d->anchor); without one, unknown parts stay TIMEX3 placeholders
 *    ("XXXX-02-24") and relative expressions are skipped;
 *  - a relative day inside a quotation is anchored on the day its
 *    attribution names ("...kemarin...," ujarnya, Selasa (28/11/2023)),
 *    else on the reference date;
 *  - a clock time takes the nearest day written before it in the same
 *    paragraph, else a date after it in the same sentence, else the
 *    reference date; a time with no zone written gets no offset;
 *  - a weekday that disagrees with its date is kept, check="weekday_mismatch";
 *  - numbers that are not times (money, percentages, counts, ages, scores,
 *    phone numbers, "UU Nomor 11 Tahun 2020") never match;
 *  - tokens flagged TF_CLUTTER are skipped unless opts->keep_clutter.
 * Cost: every matcher looks at a bounded window of tokens and numbers are
 * parsed with a digit cap, so the stage is linear in the input.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "gazetteer_image.h"

/* ------------------------------------------------------------ the data */

enum {
    W_MONTH, W_MONTH_ABBR, W_WEEKDAY, W_ZONE, W_REL_DAY, W_REL_UNIT,
    W_REL_DIR, W_PART, W_ORDINAL, W_CLOCK_CUE, W_YEAR_CUE, W_PERIOD_CUE,
    W_RANGE, W_LAW, W_NOT_YEAR, W_NOT_YEAR_PRE, W_DAYPART, W_FUTURE,
    W_PAST, W_FUTURE_CUE, W_NUMWORD, W_NKINDS
};

static const char *const KIND_NAMES[W_NKINDS] = {
    "month", "month_abbr", "weekday", "zone", "rel_day", "rel_unit",
    "rel_dir", "part_quarter", "ordinal", "clock_cue", "year_cue",
    "period_cue", "range", "law", "not_year", "not_year_pre", "daypart",
    "future", "past", "future_cue", "numword"
};

typedef struct {
    nr_strmap map;                 /* kind byte + folded word -> vals index */
    nr_strmap first;               /* folded first word of any key -> mask
                                      of the kinds it starts (1 << kind) */
    NR_VEC(const char *) vals;
    uint64_t first_bits[64];       /* nr_hfilter of first's keys, see
                                      first_filter */
} tx_data;

/* nr_times looks every token up in `first`: with these bits, a token
 * whose hash bit is clear starts no key, without a probe of the map (most
 * tokens; the few others that share a bit with a key are probed). Built
 * at the end of each load, from the keys loaded so far. */
static void first_filter(tx_data *x)
{
    memset(x->first_bits, 0, sizeof x->first_bits);
    for (size_t j = 0; j < x->first.cap; j++)
        if (nr_strmap_key(&x->first, j))
            nr_hfilter_add(x->first_bits, 64, nr_hash(nr_strmap_key(&x->first, j), x->first.klen[j]));
}

#define TX_HEADER "word\tkind\tvalue"
#define TX_KEYMAX 64

typedef struct {
    nerid_model *m;
    tx_data *x;
} load_ctx;

static int tx_row(void *vctx, char **cols, size_t ncols, const char *file,
                  long line, char *why, size_t whylen)
{
    load_ctx *c = vctx;
    (void)ncols, (void)file, (void)line;
    int kind = -1;
    for (int k = 0; k < W_NKINDS; k++)
        if (strcmp(cols[1], KIND_NAMES[k]) == 0)
            kind = k;
    if (kind < 0) {
        snprintf(why, whylen, "unknown kind \"%s\"", cols[1]);
        return -1;
    }
    if (!*cols[0] || !*cols[2]) {
        snprintf(why, whylen, "empty word or value");
        return -1;
    }
    nr_buf f = {0};
    nr_fold(&f, cols[0], strlen(cols[0]));
    if (f.failed)
        return -1;
    if (f.n + 1 > TX_KEYMAX) {
        nr_buf_free(&f);
        snprintf(why, whylen, "word longer than %d bytes", TX_KEYMAX - 1);
        return -1;
    }
    char key[TX_KEYMAX];
    key[0] = (char)('A' + kind);
    memcpy(key + 1, f.s, f.n);
    size_t kn = f.n + 1;
    const char *sp = memchr(f.s, ' ', f.n);
    size_t fw = sp ? (size_t)(sp - f.s) : f.n;
    uint32_t mask = 0;
    nr_strmap_get(&c->x->first, f.s, fw, &mask);
    int rc = nr_strmap_put(&c->x->first, f.s, fw, mask | (1u << kind));
    nr_buf_free(&f);
    if (rc < 0)
        return -1;
    char *v = nr_arena_strndup(&c->m->pool, cols[2], strlen(cols[2]));
    const char **slot = v ? nr_vec_push(&c->x->vals, NULL) : NULL;
    if (!slot)
        return -1;
    *slot = v;
    return nr_strmap_put(&c->x->map, key, kn, (uint32_t)(c->x->vals.n - 1));
}

int nr_times_load(nerid_model *m, const char *dir, nerid_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/timex.tsv", dir);
    FILE *probe = fopen(path, "rb");
    if (!probe)
        return 0; /* optional in a user folder */
    fclose(probe);
    tx_data *x = m->times;
    if (!x) {
        x = nr_sys_malloc(sizeof *x);
        if (!x) {
            nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
            return -1;
        }
        memset(x, 0, sizeof *x);
        m->times = x;
    }
    load_ctx c = {m, x};
    if (nr_tsv_read(path, TX_HEADER, tx_row, &c, err) < 0)
        return -1;
    first_filter(x);
    return 0;
}

void nr_times_free(void *p)
{
    tx_data *x = p;
    if (!x)
        return;
    nr_strmap_free(&x->map);
    nr_strmap_free(&x->first);
    nr_vec_free(&x->vals);
    nr_sys_free(x);
}

/* The compiled image (gazetteer_image.c) holds tx_data as it is. */
void nr_times_image_put(const nerid_model *m, nr_buf *w)
{
    const tx_data *x = m->times;
    nr_imgw_u64(w, x != NULL);
    if (!x)
        return;
    nr_imgw_u64(w, x->vals.n);
    for (size_t i = 0; i < x->vals.n; i++)
        nr_imgw_str(w, x->vals.v[i]);
    nr_imgw_map(w, &x->map);
    nr_imgw_map(w, &x->first);
}

int nr_times_image_get(nerid_model *m, nr_img_reader *r)
{
    int rc;
    tx_data *x = nr_imgr_stage(r, sizeof *x, &rc);
    if (!x)
        return rc;
    m->times = x;
    uint64_t n = nr_imgr_u64(r);
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        const char *s = nr_imgr_str(r);
        const char **slot = nr_vec_push(&x->vals, NULL);
        if (!slot)
            return -1;
        *slot = s ? s : "";
    }
    if (nr_imgr_map(r, &x->map, x->vals.n) < 0 || nr_imgr_map(r, &x->first, NR_IMG_ANY) < 0)
        return -1;
    if (!r->bad)
        first_filter(x); /* derived from the keys, not stored */
    return 0;
}

/* --------------------------------------------------------- calendar math */

static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ISO weekday 1 (Monday) .. 7 of a day number. */
static int weekday_of(long z) { return (int)(((z % 7) + 7 + 3) % 7) + 1; }

static int month_days(int y, int m)
{
    static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : md[m - 1];
}

/* ---------------------------------------------------------- the findings */

enum { IT_DATE, IT_MONTH, IT_YEAR, IT_YEARS, IT_PART, IT_CLOCK, IT_WEEKDAY,
       IT_REL_DAY, IT_REL_UNIT };

typedef struct {
    uint32_t start, end;           /* bytes */
    uint32_t tb, te;               /* tokens */
    int kind;
    int y, m, dd;                  /* 0 = not written */
    int wd;                        /* weekday written (1-7) or 0 */
    int hh, mi;                    /* clock or -1 */
    int y2;                        /* IT_YEARS: last year; IT_PART: number */
    char unit;                     /* IT_PART: Q/H; IT_REL_UNIT: W/M/Y */
    int rel;                       /* days/units; IT_WEEKDAY: direction */
    const char *tz, *off;          /* zone name and offset, or NULL */
    const char *rule;
    const char *check;
    bool inquote, explicit_day;
    bool resolved;                 /* y, m, dd known (day precision) */
} tx_item;

typedef struct {
    nr_doc *d;
    const tx_data *x;
    tx_item *v;
    size_t n, cap;
    uint32_t *mask;                /* per token: kinds its word starts */
    uint32_t *marks;               /* tokens that open a line or are a */
    size_t nmarks;                 /* quotation mark, in order (resolve) */
    struct np_memo *np;            /* num_parts' last token (matchers at a
                                      number all split it) */
} scan;

static tx_item *item_new(scan *s, uint32_t tb, uint32_t te, int kind, const char *rule)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 32;
        tx_item *nv = nr_arena_alloc(&s->d->arena, cap * sizeof *nv);
        if (s->n)
            memcpy(nv, s->v, s->n * sizeof *nv);
        s->v = nv;
        s->cap = cap;
    }
    tx_item *it = &s->v[s->n++];
    memset(it, 0, sizeof *it);
    it->tb = tb;
    it->te = te;
    it->start = s->d->toks.v[tb].start;
    it->end = s->d->toks.v[te - 1].end;
    it->kind = kind;
    it->hh = it->mi = -1;
    it->rule = rule;
    return it;
}

/* ------------------------------------------------------- token helpers */

static const nr_tok *tok(const scan *s, size_t i)
{
    return i < s->d->toks.n ? &s->d->toks.v[i] : NULL;
}

/* word_n's lookup, once token i's mask allows `kind`. */
static const char *word_lookup(const scan *s, size_t i, size_t ntok, int kind)
{
    char key[TX_KEYMAX];
    size_t kn = 1;
    key[0] = (char)('A' + kind);
    for (size_t k = 0; k < ntok; k++) {
        size_t n;
        const char *w = nr_tok_norm(s->d, &s->d->toks.v[i + k], &n);
        if (kn + n + 1 > sizeof key)
            return NULL;
        if (k)
            key[kn++] = ' ';
        memcpy(key + kn, w, n);
        kn += n;
    }
    uint32_t v;
    return nr_strmap_get(&s->x->map, key, kn, &v) ? s->x->vals.v[v] : NULL;
}

/* The value of the word at token i (or of tokens i, i+1 when two) in the
 * list `kind`, or NULL. Most calls stop at the mask (kept apart from the
 * lookup's key buffer, so that they stay cheap). */
static inline const char *word_n(const scan *s, size_t i, size_t ntok, int kind)
{
    if (!s->x || i + ntok > s->d->toks.n || !(s->mask[i] & (1u << kind)))
        return NULL;
    return word_lookup(s, i, ntok, kind);
}

static const char *word(const scan *s, size_t i, int kind) { return word_n(s, i, 1, kind); }

static bool is_lit(const scan *s, size_t i, const char *lit) { return nr_tok_is(s->d, i, lit); }

static bool is_cap_word(const nr_tok *t) { return t && t->kind == TK_WORD && (t->flags & TF_CAP); }

/* A number token split into digit groups: "26/7/2023" -> 26 7 2023. */
#define NP_MAX 5
typedef struct {
    int n;
    int v[NP_MAX], len[NP_MAX];
    uint32_t off[NP_MAX];          /* byte offset of each group in the text */
    char sep[NP_MAX];              /* separator after group k */
} numparts;

/* The last token num_parts split, and the result. */
struct np_memo {
    size_t tok;                    /* SIZE_MAX: none yet */
    bool ok;
    numparts p;
};

static bool split_number(const scan *s, size_t i, numparts *p)
{
    const nr_tok *t = tok(s, i);
    if (!t || t->kind != TK_NUMBER)
        return false;
    memset(p, 0, sizeof *p);
    const char *b = s->d->text;
    bool in = false;
    for (uint32_t k = t->start; k < t->end; k++) {
        char c = b[k];
        if (c >= '0' && c <= '9') {
            if (!in) {
                if (p->n == NP_MAX)
                    return false;
                p->off[p->n++] = k;
                in = true;
            }
            int g = p->n - 1;
            if (++p->len[g] > 4)
                return false;
            p->v[g] = p->v[g] * 10 + (c - '0');
        } else if (in && (c == '.' || c == ',' || c == ':' || c == '/' || c == '-')) {
            p->sep[p->n - 1] = c;
            in = false;
        } else {
            return false;
        }
    }
    return p->n > 0 && in;
}

/* Token i split into digit groups, or false when it is no such number
 * (then *p is not to be read). */
static bool num_parts(const scan *s, size_t i, numparts *p)
{
    struct np_memo *m = s->np;
    if (m->tok != i) {
        m->tok = i;
        m->ok = split_number(s, i, &m->p);
    }
    *p = m->p;
    return m->ok;
}

static bool is_year(int y, int len) { return len == 4 && y >= 1900 && y <= 2099; }

/* A 4-digit year token at i. */
static int year_at(const scan *s, size_t i)
{
    numparts p;
    return num_parts(s, i, &p) && p.n == 1 && is_year(p.v[0], p.len[0]) ? p.v[0] : 0;
}

/* A clock "10.00" / "15:11" at i: sets hh, mi. */
static bool clock_at(const scan *s, size_t i, int *hh, int *mi)
{
    numparts p;
    if (!num_parts(s, i, &p) || p.n != 2 || (p.sep[0] != '.' && p.sep[0] != ':') ||
        p.len[0] > 2 || p.len[1] != 2 || p.v[0] > 24 || p.v[1] > 59)
        return false;
    *hh = p.v[0], *mi = p.v[1];
    return true;
}

static int month_at(const scan *s, size_t i, bool abbr_ok)
{
    const char *v = word(s, i, W_MONTH);
    if (!v && abbr_ok)
        v = word(s, i, W_MONTH_ABBR);
    return v ? atoi(v) : 0;
}

/* ------------------------------------------------------------ matchers */

/* The zone at i: sets it->tz/off, returns true. */
static bool zone_at(scan *s, size_t i, const char **tz, const char **off)
{
    const char *v = word(s, i, W_ZONE);
    if (!v)
        return false;
    size_t n;
    const char *w = nr_tok_norm(s->d, &s->d->toks.v[i], &n);
    char *up = nr_arena_strndup(&s->d->arena, w, n);
    for (char *c = up; *c; c++)
        if (*c >= 'a' && *c <= 'z')
            *c = (char)(*c - 32);
    *tz = up;
    *off = v;
    return true;
}

/* After a date ending before token j: ", 15:11 WIB", " | 14:35",
 * " 15:40 WIB", ", pukul 08.15 WITA". Returns the end token or 0. */
static size_t date_clock(scan *s, size_t j, tx_item *it)
{
    bool sep = false, cue = false;
    if (is_lit(s, j, ",") || is_lit(s, j, "|") || is_lit(s, j, "/")) {
        sep = true;
        j++;
    }
    if (word(s, j, W_CLOCK_CUE) && !is_lit(s, j, "jam")) {
        cue = true;
        j++;
    }
    int hh, mi;
    if (!clock_at(s, j, &hh, &mi))
        return 0;
    const char *tz = NULL, *off = NULL;
    bool zone = zone_at(s, j + 1, &tz, &off);
    bool colon = memchr(s->d->text + s->d->toks.v[j].start, ':',
                        s->d->toks.v[j].end - s->d->toks.v[j].start) != NULL;
    if (!zone && !cue && !(colon && sep) && !(colon && s->d->toks.v[j].flags & TF_SPACE))
        return 0;
    it->hh = hh, it->mi = mi;
    it->tz = tz, it->off = off;
    return j + 1 + zone;
}

/* Dates: "Rabu (26/7/2023)", "26/07/2023", "Kamis, 17 Okt 2024 15:40 WIB". */
static size_t m_date(scan *s, size_t i)
{
    size_t j = i;
    int wd = 0;
    const char *w = word(s, j, W_WEEKDAY);
    if (w && is_cap_word(tok(s, j))) {
        wd = atoi(w);
        j++;
        if (is_lit(s, j, ","))
            j++;
    }
    numparts p;
    int y = 0, m = 0, dd = 0;
    size_t te = 0;
    const char *rule = NULL;
    bool paren = false;
    if (wd && is_lit(s, j, "(") && num_parts(s, j + 1, &p) && is_lit(s, j + 2, ")") &&
        (p.n == 2 || p.n == 3) && p.sep[0] == '/' && (p.n == 2 || p.sep[1] == '/') &&
        p.len[0] <= 2 && p.len[1] <= 2 && (p.n == 2 || p.len[2] == 4 || p.len[2] == 2)) {
        dd = p.v[0], m = p.v[1];
        y = p.n == 3 ? (p.len[2] == 2 ? 2000 + p.v[2] : p.v[2]) : 0;
        te = j + 3;
        rule = "time.weekday-dm";
        paren = true;
    } else if (num_parts(s, j, &p) && p.n == 3 && p.sep[0] == p.sep[1] &&
               (p.sep[0] == '/' || p.sep[0] == '-' || p.sep[0] == '.')) {
        if (p.len[0] <= 2 && p.len[1] <= 2 && (p.len[2] == 4 || (p.len[2] == 2 && p.sep[0] == '/'))) {
            dd = p.v[0], m = p.v[1];
            y = p.len[2] == 2 ? 2000 + p.v[2] : p.v[2];
        } else if (p.len[0] == 4 && p.sep[0] == '-' && p.len[1] == 2 && p.len[2] == 2) {
            y = p.v[0], m = p.v[1], dd = p.v[2];
        } else {
            return i;
        }
        te = j + 1;
        rule = "time.dmy";
    } else if (num_parts(s, j, &p) && p.n == 1 && p.len[0] <= 2 && (m = month_at(s, j + 1, true))) {
        dd = p.v[0];
        size_t k = j + 2;
        if (is_lit(s, k, ".") && word(s, j + 1, W_MONTH_ABBR))
            k++;
        if ((y = year_at(s, k)))
            k++;
        else if (!word(s, j + 1, W_MONTH))
            return i; /* "17 Okt" without a year: too weak */
        te = k;
        rule = y ? "time.day-month-year" : "time.day-month";
    } else if ((m = month_at(s, j, false)) && is_cap_word(tok(s, j)) && num_parts(s, j + 1, &p) &&
               p.n == 1 && p.len[0] <= 2 && is_lit(s, j + 2, ",") && (y = year_at(s, j + 3))) {
        dd = p.v[0]; /* "March 1, 2023" */
        te = j + 4;
        rule = "time.day-month-year";
    } else {
        return i;
    }
    if (m < 1 || m > 12 || dd < 1 || dd > (y ? month_days(y, m) : (m == 2 ? 29 : month_days(2001, m))))
        return i;
    tx_item tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.hh = tmp.mi = -1;
    size_t ce = date_clock(s, te, &tmp);
    tx_item *it = item_new(s, (uint32_t)i, (uint32_t)(ce ? ce : te), IT_DATE, ce ? "time.datetime" : rule);
    it->y = y, it->m = m, it->dd = dd, it->wd = wd;
    it->explicit_day = true;
    if (ce) {
        it->hh = tmp.hh, it->mi = tmp.mi, it->tz = tmp.tz, it->off = tmp.off;
    }
    (void)paren;
    return it->te;
}

/* One clock at i (optionally after a cue): sets hh, mi and cue;
 * returns the token after the number or 0. Whole hours ("jam 10")
 * need the cue. */
static size_t one_clock(scan *s, size_t i, int *hh, int *mi, bool *cue)
{
    size_t j = i;
    *cue = false;
    if (word(s, j, W_CLOCK_CUE) && tok(s, j + 1) && tok(s, j + 1)->kind == TK_NUMBER) {
        *cue = true;
        j++;
    }
    if (clock_at(s, j, hh, mi))
        return j + 1;
    numparts p;
    if (*cue && num_parts(s, j, &p) && p.n == 1 && p.len[0] <= 2 && p.v[0] <= 24 &&
        !word(s, j + 1, W_NOT_YEAR)) {
        *hh = p.v[0], *mi = 0;
        const char *dp = word(s, j + 1, W_DAYPART);
        if (dp && *hh >= 1 && *hh <= 11 && atoi(dp) == 12)
            *hh += 12;
        return j + 1;
    }
    return 0;
}

static void clock_item(scan *s, uint32_t start, uint32_t end, size_t tb, size_t te,
                       int hh, int mi, const char *tz, const char *off, const char *rule)
{
    tx_item *it = item_new(s, (uint32_t)tb, (uint32_t)te, IT_CLOCK, rule);
    it->start = start, it->end = end;
    it->hh = hh, it->mi = mi, it->tz = tz, it->off = off;
}

/* Clock times and ranges of them. */
static size_t m_clock(scan *s, size_t i)
{
    const nr_doc *d = s->d;
    bool cue1 = false, cue2 = false;
    int h1, m1, h2 = -1, m2 = -1;
    const char *tz = NULL, *off = NULL, *tz2 = NULL, *off2 = NULL;
    size_t j = one_clock(s, i, &h1, &m1, &cue1);
    if (!j) {
        /* a range in one token: "10.00-12.15" */
        size_t k = i;
        bool cue = false;
        if (word(s, k, W_CLOCK_CUE)) {
            cue = true;
            k++;
        }
        numparts p;
        if (!num_parts(s, k, &p) || p.n != 4 || p.sep[1] != '-' ||
            (p.sep[0] != '.' && p.sep[0] != ':') || p.sep[2] != p.sep[0] ||
            p.len[0] > 2 || p.len[1] != 2 || p.len[2] > 2 || p.len[3] != 2 ||
            p.v[0] > 24 || p.v[1] > 59 || p.v[2] > 24 || p.v[3] > 59)
            return i;
        bool zone = zone_at(s, k + 1, &tz, &off);
        if (!zone && !cue)
            return i;
        const nr_tok *t = &d->toks.v[k];
        uint32_t dash = p.off[2] - 1;
        while (dash > t->start && d->text[dash] != '-')
            dash--;
        size_t te = k + 1 + zone;
        clock_item(s, d->toks.v[i].start, dash, i, k + 1, p.v[0], p.v[1], tz, off, "time.clock-range");
        clock_item(s, p.off[2], d->toks.v[te - 1].end, k, te, p.v[2], p.v[3], tz, off, "time.clock-range");
        return te;
    }
    size_t e1 = j; /* end of the first clock's text (tokens) */
    if (zone_at(s, j, &tz, &off))
        e1 = ++j;
    size_t e2 = 0, b2 = 0;
    if (word(s, j, W_RANGE) || is_lit(s, j, "-")) {
        size_t k = one_clock(s, j + 1, &h2, &m2, &cue2);
        if (k) {
            b2 = j + 1;
            e2 = k;
            if (zone_at(s, k, &tz2, &off2))
                e2 = k + 1;
        }
    }
    if (!tz && !cue1 && !(e2 && (tz2 || cue2)))
        return i;
    if (e2) {
        if (!tz)
            tz = tz2, off = off2;
        if (!tz2 && tz)
            tz2 = tz, off2 = off;
        const char *r1 = tz ? "time.clock-range" : "time.clock-range";
        clock_item(s, d->toks.v[i].start, d->toks.v[e1 - 1].end, i, e1, h1, m1, tz, off, r1);
        clock_item(s, d->toks.v[b2].start, d->toks.v[e2 - 1].end, b2, e2, h2, m2, tz2, off2, r1);
        return e2;
    }
    clock_item(s, d->toks.v[i].start, d->toks.v[e1 - 1].end, i, e1, h1, m1, tz, off,
               tz ? "time.clock-zone" : "time.clock");
    return e1;
}

/* "kuartal I 2024", "triwulan III-2023", "semester I 2024", "kuartal I". */
static size_t m_part(scan *s, size_t i)
{
    const char *u = word(s, i, W_PART);
    if (!u)
        return i;
    size_t j = i + 1;
    const nr_tok *t = tok(s, j);
    if (!t)
        return i;
    int n = 0, y = 0;
    size_t te;
    const char *o = word(s, j, W_ORDINAL);
    if (o) {
        n = atoi(o);
        te = j + 1;
        size_t k = j + 1;
        if (is_lit(s, k, "-") || is_lit(s, k, "/"))
            k++;
        else if (word(s, k, W_YEAR_CUE) && is_lit(s, k, "tahun"))
            k++;
        if ((y = year_at(s, k)))
            te = k + 1;
    } else if (t->kind == TK_WORD && (t->flags & TF_HYPHEN)) {
        /* one token: "III-2023" */
        const char *b = s->d->text + t->start;
        size_t len = t->end - t->start;
        const char *dash = memchr(b, '-', len);
        if (!dash)
            return i;
        char key[TX_KEYMAX];
        size_t kn = (size_t)(dash - b);
        size_t yn = len - kn - 1;
        if (kn + 2 > sizeof key || yn != 4)
            return i;
        key[0] = (char)('A' + W_ORDINAL);
        for (size_t c = 0; c < kn; c++)
            key[1 + c] = (char)(b[c] >= 'A' && b[c] <= 'Z' ? b[c] + 32 : b[c]);
        uint32_t v;
        if (!nr_strmap_get(&s->x->map, key, kn + 1, &v))
            return i;
        n = atoi(s->x->vals.v[v]);
        for (size_t c = 0; c < 4; c++) {
            char ch = dash[1 + c];
            if (ch < '0' || ch > '9')
                return i;
            y = y * 10 + (ch - '0');
        }
        if (!is_year(y, 4))
            return i;
        te = j + 1;
    } else {
        return i;
    }
    if (n < 1 || n > (u[0] == 'H' ? 2 : 4))
        return i;
    tx_item *it = item_new(s, (uint32_t)i, (uint32_t)te, IT_PART, "time.quarter");
    it->y = y, it->y2 = n, it->unit = u[0];
    return te;
}

/* Is "Tahun" at i part of a law number ("UU Nomor 11 Tahun 2020")? */
static bool law_before(const scan *s, size_t i)
{
    for (size_t k = 1; k <= 4 && k <= i; k++)
        if (word(s, i - k, W_LAW))
            return true;
    return false;
}

/* Years: "tahun 2024", "pada 2021", "2024", ranges "periode 2014-2019". */
static size_t m_year(scan *s, size_t i)
{
    size_t j = i;
    bool cue = false;
    if ((word(s, j, W_YEAR_CUE) || word(s, j, W_PERIOD_CUE)) && tok(s, j + 1) &&
        tok(s, j + 1)->kind == TK_NUMBER) {
        cue = true;
        j++;
    }
    numparts p;
    if (!num_parts(s, j, &p))
        return i;
    if (cue && is_lit(s, i, "tahun") && law_before(s, i))
        return j + 1; /* an identifier: skip it whole */
    if (p.n == 2 && p.sep[0] == '-' && is_year(p.v[0], p.len[0]) && is_year(p.v[1], p.len[1]) &&
        p.v[1] > p.v[0]) {
        tx_item *it = item_new(s, (uint32_t)i, (uint32_t)(j + 1), IT_YEARS, "time.year-range");
        it->y = p.v[0], it->y2 = p.v[1];
        return j + 1;
    }
    if (p.n != 1 || !is_year(p.v[0], p.len[0]))
        return i;
    if (word(s, j + 1, W_NOT_YEAR) || (j > 0 && word(s, j - 1, W_NOT_YEAR_PRE)) ||
        (j > 1 && word(s, j - 2, W_NOT_YEAR_PRE) && !cue))
        return j + 1;
    if (!cue && j > 0 && (tok(s, j - 1)->kind == TK_NUMBER || is_lit(s, j - 1, "-") ||
                          is_lit(s, j - 1, "/")))
        return j + 1; /* "2-2024", a case number ".../PUU-XVIII/2020" */
    if (!cue && (is_lit(s, j + 1, "-") || is_lit(s, j + 1, "/")) && tok(s, j + 2) &&
        tok(s, j + 2)->kind == TK_NUMBER)
        return j + 2;
    tx_item *it = item_new(s, (uint32_t)i, (uint32_t)(j + 1), IT_YEAR, "time.year");
    it->y = p.v[0];
    return j + 1;
}

/* "Maret 2023", "Okt 2024", a bare "Februari". */
static size_t m_month(scan *s, size_t i)
{
    int m = month_at(s, i, true);
    if (!m)
        return i;
    const nr_tok *t = tok(s, i);
    size_t k = i + 1;
    if (is_lit(s, k, ".") && word(s, i, W_MONTH_ABBR))
        k++;
    int y = year_at(s, k);
    if (y) {
        tx_item *it = item_new(s, (uint32_t)i, (uint32_t)(k + 1), IT_MONTH, "time.month-year");
        it->y = y, it->m = m;
        return k + 1;
    }
    if (!word(s, i, W_MONTH) || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS))
        return i;
    if (i > 0 && !(t->flags & TF_SENT) && is_cap_word(tok(s, i - 1)) && !word(s, i - 1, W_YEAR_CUE))
        return i; /* inside a name ("Jalan ... Mei") */
    if (is_cap_word(tok(s, i + 1)))
        return i;
    tx_item *it = item_new(s, (uint32_t)i, (uint32_t)(i + 1), IT_MONTH, "time.month");
    it->m = m;
    return i + 1;
}

/* kemarin, hari ini, besok, lusa, kemarin lusa. */
static size_t m_rel_day(scan *s, size_t i)
{
    const char *v;
    size_t n = 2;
    if (!(v = word_n(s, i, 2, W_REL_DAY))) {
        n = 1;
        if (!(v = word(s, i, W_REL_DAY)))
            return i;
    }
    tx_item *it = item_new(s, (uint32_t)i, (uint32_t)(i + n), IT_REL_DAY, "time.rel-day");
    it->rel = atoi(v);
    return i + n;
}

/* pekan lalu, bulan depan, tahun ini ... (not "dua tahun lalu"). */
static size_t m_rel_unit(scan *s, size_t i)
{
    const char *u = word(s, i, W_REL_UNIT);
    const char *dir = word(s, i + 1, W_REL_DIR);
    if (!u || !dir)
        return i;
    if (i > 0 && (tok(s, i - 1)->kind == TK_NUMBER || word(s, i - 1, W_NUMWORD)))
        return i + 2;
    tx_item *it = item_new(s, (uint32_t)i, (uint32_t)(i + 2), IT_REL_UNIT, "time.rel-unit");
    it->unit = u[0];
    it->rel = atoi(dir);
    return i + 2;
}

/* A weekday on its own: "..., Rabu.", "pada Rabu malam", "Senin lalu". */
static size_t m_weekday(scan *s, size_t i)
{
    const char *w = word(s, i, W_WEEKDAY);
    const nr_tok *t = tok(s, i);
    if (!w || !(t->flags & TF_CAP))
        return i;
    if (i > 0 && !(t->flags & TF_SENT)) {
        const nr_tok *pv = tok(s, i - 1);
        if (is_cap_word(pv) || pv->kind == TK_NUMBER || word(s, i - 1, W_NUMWORD))
            return i; /* "Pasar Minggu", "dua Minggu" */
    }
    if (is_cap_word(tok(s, i + 1)) || is_lit(s, i + 1, "("))
        return i;
    size_t te = i + 1;
    int dir = -1;
    if (word(s, i + 1, W_FUTURE)) {
        dir = 2, te++;
    } else if (word(s, i + 1, W_PAST)) {
        dir = -2, te++;
    } else {
        /* "akan ... Sabtu": forward */
        for (size_t k = i; k-- > 0 && k + 12 > i;) {
            if (s->d->toks.v[k].sent != t->sent)
                break;
            if (word(s, k, W_FUTURE_CUE)) {
                dir = 1;
                break;
            }
        }
    }
    tx_item *it = item_new(s, (uint32_t)i, (uint32_t)te, IT_WEEKDAY, "time.weekday");
    it->wd = atoi(w);
    it->rel = dir;
    return te;
}

/* ----------------------------------------------------------- resolving */

static void set_day(tx_item *it, long z)
{
    civil_from_days(z, &it->y, &it->m, &it->dd);
    it->resolved = true;
}

static bool anchor_ok(const nr_date *a) { return a->year && a->month && a->day; }

/* The dateline: the first date with a clock (else the first full date) on
 * a short line near the top, before the body (meta.dateline_tok). */
static tx_item *find_dateline(scan *s)
{
    const nr_doc *d = s->d;
    tx_item *best = NULL;
    for (size_t k = 0; k < s->n; k++) {
        tx_item *it = &s->v[k];
        const nr_tok *t = &d->toks.v[it->tb];
        if (t->para >= 30 || (d->meta.dateline_tok && it->tb >= d->meta.dateline_tok))
            break;
        if (it->kind != IT_DATE || !it->y)
            continue;
        const nr_range *p = &d->paras.v[t->para];
        uint32_t other = (p->te - p->tb) - (it->te - it->tb);
        if (other > 6)
            continue;
        if (it->hh >= 0)
            return it;
        if (!best)
            best = it;
    }
    return best;
}

static long anchor_day(const nr_date *a) { return days_from_civil(a->year, a->month, a->day); }

/* Year of a day/month written without one: the anchor's, moved by a year
 * when that lands more than half a year away from the anchor. */
static int infer_year(const nr_date *a, int m, int dd)
{
    long z = days_from_civil(a->year, m, dd), az = anchor_day(a);
    if (z > az + 183)
        return a->year - 1;
    if (z < az - 183)
        return a->year + 1;
    return a->year;
}

/* Resolves the relative finding q (relative day, weekday, unit) against
 * the day its quote's attribution names (next_attr) or the anchor. */
static void resolve_rel(scan *s, size_t q, const long *next_attr, bool have)
{
    nr_doc *d = s->d;
    tx_item *it = &s->v[q];
    if (it->kind != IT_REL_DAY && it->kind != IT_WEEKDAY && it->kind != IT_REL_UNIT)
        return;
    long ref = 0;
    bool got = false;
    if (it->inquote && next_attr && next_attr[q] >= 0) {
        tx_item *a = &s->v[next_attr[q]];
        if (d->toks.v[a->tb].para == d->toks.v[it->tb].para) {
            ref = days_from_civil(a->y, a->m, a->dd);
            got = true;
        }
    }
    if (!got && have) {
        ref = anchor_day(&d->anchor);
        got = true;
    }
    if (!got)
        return;
    if (it->kind == IT_REL_DAY) {
        set_day(it, ref + it->rel);
    } else if (it->kind == IT_WEEKDAY) {
        int wd = weekday_of(ref);
        long z;
        if (it->rel == -1)
            z = ref - ((wd - it->wd + 7) % 7);
        else if (it->rel == -2)
            z = ref - (((wd - it->wd + 7) % 7) ? (wd - it->wd + 7) % 7 : 7);
        else if (it->rel == 1)
            z = ref + ((it->wd - wd + 7) % 7);
        else
            z = ref + (((it->wd - wd + 7) % 7) ? (it->wd - wd + 7) % 7 : 7);
        set_day(it, z);
    } else {
        int y, m, dd;
        civil_from_days(ref, &y, &m, &dd);
        if (it->unit == 'W') {
            /* the Monday..Sunday week, as a date range: TIMEX3 allows
             * YYYY-Www, but the evaluation format takes day ranges */
            long z = ref + 7L * it->rel;
            long mon = z - weekday_of(z) + 1;
            civil_from_days(mon, &it->y, &it->m, &it->dd);
            int y2, m2, d2;
            civil_from_days(mon + 6, &y2, &m2, &d2);
            it->y2 = y2 * 10000 + m2 * 100 + d2;
        } else if (it->unit == 'M') {
            int mm = y * 12 + (m - 1) + it->rel;
            it->y = mm / 12, it->m = mm % 12 + 1;
        } else {
            it->y = y + it->rel;
        }
        it->hh = -2; /* marks "resolved" for units */
    }
}

static void resolve(scan *s)
{
    nr_doc *d = s->d;
    bool have = anchor_ok(&d->anchor);
    /* explicit dates */
    for (size_t k = 0; k < s->n; k++) {
        tx_item *it = &s->v[k];
        if (it->kind == IT_DATE) {
            if (!it->y && have)
                it->y = infer_year(&d->anchor, it->m, it->dd);
            if (it->y) {
                it->resolved = true;
                if (it->dd > month_days(it->y, it->m))
                    it->resolved = false;
                else if (it->wd && weekday_of(days_from_civil(it->y, it->m, it->dd)) != it->wd)
                    it->check = "weekday_mismatch";
            }
        } else if ((it->kind == IT_MONTH || it->kind == IT_PART) && !it->y && have) {
            it->y = d->anchor.year;
        }
    }
    /* which findings sit inside a quotation (parity of double quotes on
     * the line): the state at each finding's first token, from the marks
     * before it (a line start resets it before the finding, a quotation
     * mark counts after it). The findings are in token order; one out of
     * order would stop the walk there (its own and later ones stay false). */
    size_t e = 0;
    uint32_t at = 0;
    bool inq = false;
    for (size_t k = 0; k < s->n; k++) {
        uint32_t tb = s->v[k].tb;
        if (tb < at)
            break;
        for (; e < s->nmarks && s->marks[e] <= tb; e++) {
            const nr_tok *t = &d->toks.v[s->marks[e]];
            if (t->flags & TF_PARA)
                inq = false;
            if (t->kind == TK_QUOTE && s->marks[e] < tb) {
                size_t l;
                int q = nr_quote_class(nr_utf8_decode(d->text, d->len, t->start, &l));
                if (q == NR_Q_DOUBLE_OPEN)
                    inq = true;
                else if (q == NR_Q_DOUBLE_CLOSE || q == NR_Q_DOUBLE_AMBIG)
                    inq = !inq;
            }
            if (s->marks[e] == tb)
                break; /* its quotation mark counts after the finding */
        }
        s->v[k].inquote = inq;
        at = tb;
    }
    /* weekdays outside quotes first: an attribution may name only the
     * day ("...besok...," kata Yohanes, Minggu malam) */
    long *next_attr = nr_arena_alloc(&d->arena, (s->n + 1) * sizeof *next_attr);
    for (size_t q = 0; q < s->n; q++)
        if (s->v[q].kind == IT_WEEKDAY && !s->v[q].inquote)
            resolve_rel(s, q, NULL, have);
    /* the next day outside quotes, for each finding */
    long nxt = -1;
    for (size_t q = s->n; q-- > 0;) {
        next_attr[q] = nxt;
        tx_item *it = &s->v[q];
        if ((it->kind == IT_DATE || it->kind == IT_WEEKDAY) && it->resolved && !it->inquote)
            nxt = (long)q;
    }
    for (size_t q = 0; q < s->n; q++)
        if (!s->v[q].resolved)
            resolve_rel(s, q, next_attr, have);
    /* clocks: nearest day before on the line, else a date after in the
     * sentence, else the anchor */
    long last = -1;
    uint32_t last_para = UINT32_MAX;
    for (size_t q = 0; q < s->n; q++) {
        tx_item *it = &s->v[q];
        uint32_t para = d->toks.v[it->tb].para;
        if (para != last_para)
            last = -1, last_para = para;
        if (it->kind != IT_CLOCK) {
            if (it->resolved)
                last = (long)q;
            continue;
        }
        tx_item *src = last >= 0 ? &s->v[last] : NULL;
        if (!src) {
            for (size_t r = q + 1; r < s->n && r < q + 8; r++) {
                tx_item *a = &s->v[r];
                if (d->toks.v[a->tb].sent != d->toks.v[it->tb].sent)
                    break;
                if (a->kind == IT_DATE && a->resolved) {
                    src = a;
                    break;
                }
            }
        }
        if (src) {
            it->y = src->y, it->m = src->m, it->dd = src->dd;
            it->resolved = true;
        } else if (have) {
            it->y = d->anchor.year, it->m = d->anchor.month, it->dd = d->anchor.day;
            it->resolved = true;
        }
    }
}

/* A value being written (value_of): numbers as printf's %0Nd writes them
 * (digits by hand when they fit the width, the common case). At most six
 * numbers of 11 characters and their separators: the buffer holds them. */
typedef struct {
    char s[96];
    size_t n;
} vtext;

static void vt_num(vtext *t, int v, int width)
{
    int lim = width == 4 ? 10000 : width == 2 ? 100 : 10;
    if (v >= 0 && v < lim) {
        for (int k = width; k-- > 0; v /= 10)
            t->s[t->n + (size_t)k] = (char)('0' + v % 10);
        t->n += (size_t)width;
    } else {
        t->n += (size_t)snprintf(t->s + t->n, sizeof t->s - t->n, "%0*d", width, v);
    }
}

static void vt_chr(vtext *t, char c) { t->s[t->n++] = c; }

/* "%04d" of the year, "XXXX" when unknown (at most 7 characters: it was
 * written into a char[8] first). */
static void vt_year(vtext *t, int y)
{
    if (y) {
        size_t from = t->n;
        vt_num(t, y, 4);
        if (t->n - from > 7)
            t->n = from + 7;
    } else {
        memcpy(t->s + t->n, "XXXX", 4);
        t->n += 4;
    }
}

/* y-m-d ("%04d-%02d-%02d", or with "XXXX" when xyear and y is 0). */
static void vt_date(vtext *t, int y, int m, int dd, bool xyear)
{
    if (xyear)
        vt_year(t, y);
    else
        vt_num(t, y, 4);
    vt_chr(t, '-');
    vt_num(t, m, 2);
    vt_chr(t, '-');
    vt_num(t, dd, 2);
}

/* The text and then tail, as an arena string. */
static const char *vt_done(nr_doc *d, const vtext *t, const char *tail)
{
    size_t tn = strlen(tail);
    char *p = nr_arena_alloc(&d->arena, t->n + tn + 1);
    memcpy(p, t->s, t->n);
    memcpy(p + t->n, tail, tn + 1);
    return p;
}

static const char *value_of(nr_doc *d, const tx_item *it)
{
    vtext t = {.n = 0};
    switch (it->kind) {
    case IT_DATE:
    case IT_CLOCK:
        if (it->kind == IT_CLOCK && !it->resolved) {
            memcpy(t.s, "XXXX-XX-XX", 10);
            t.n = 10;
        } else {
            vt_date(&t, it->y, it->m, it->dd, true);
        }
        if (it->hh < 0)
            return vt_done(d, &t, "");
        vt_chr(&t, 'T');
        vt_num(&t, it->hh, 2);
        vt_chr(&t, ':');
        vt_num(&t, it->mi, 2);
        return vt_done(d, &t, it->off ? it->off : "");
    case IT_MONTH:
        vt_year(&t, it->y);
        vt_chr(&t, '-');
        vt_num(&t, it->m, 2);
        return vt_done(d, &t, "");
    case IT_YEAR:
        vt_num(&t, it->y, 4);
        return vt_done(d, &t, "");
    case IT_YEARS:
        vt_num(&t, it->y, 4);
        vt_chr(&t, '/');
        vt_num(&t, it->y2, 4);
        return vt_done(d, &t, "");
    case IT_PART:
        vt_year(&t, it->y);
        vt_chr(&t, '-');
        vt_chr(&t, it->unit);
        vt_num(&t, it->y2, 1);
        return vt_done(d, &t, "");
    case IT_WEEKDAY:
    case IT_REL_DAY:
        if (!it->resolved)
            return NULL;
        vt_date(&t, it->y, it->m, it->dd, false);
        return vt_done(d, &t, "");
    case IT_REL_UNIT:
        if (it->hh != -2)
            return NULL;
        if (it->unit == 'W') {
            vt_date(&t, it->y, it->m, it->dd, false);
            vt_chr(&t, '/');
            vt_date(&t, it->y2 / 10000, it->y2 / 100 % 100, it->y2 % 100, false);
        } else {
            vt_num(&t, it->y, 4);
            if (it->unit == 'M') {
                vt_chr(&t, '-');
                vt_num(&t, it->m, 2);
            }
        }
        return vt_done(d, &t, "");
    default: return NULL;
    }
}

/* ------------------------------------------------------------ the stage */

typedef size_t (*matcher)(scan *, size_t);

void nr_times(nr_doc *d)
{
    struct np_memo np = {.tok = SIZE_MAX};
    scan s = {.d = d, .x = d->model ? d->model->times : NULL, .np = &np};
    if (!s.x)
        return;
    /* one lexicon probe per token: the kinds its word can start. Every
     * matcher starts at a number or at a word of some list: other tokens
     * cannot start a time expression, the rest are the starts to try. */
    s.mask = nr_arena_alloc(&d->arena, (d->toks.n + 1) * sizeof *s.mask);
    s.marks = nr_arena_alloc(&d->arena, (d->toks.n + 1) * sizeof *s.marks);
    uint32_t *starts = nr_arena_alloc(&d->arena, (d->toks.n + 1) * sizeof *starts);
    size_t nstarts = 0, nmarks = 0;
    /* (locals: the loop runs once a token; stores through s.mask and
     * s.marks would otherwise make the compiler reload s's fields) */
    const uint64_t *hashes = nr_tok_hashes(d);
    const uint64_t *bits = s.x->first_bits;
    const nr_strmap *first = &s.x->first;
    const nr_tok *toks = d->toks.v;
    for (size_t i = 0, ntoks = d->toks.n; i < ntoks; i++) {
        const nr_tok *t = &toks[i];
        if ((t->flags & TF_PARA) || t->kind == TK_QUOTE)
            s.marks[nmarks++] = (uint32_t)i;
        uint64_t h = hashes[i];
        size_t n;
        uint32_t kinds = 0;
        if (nr_hfilter_has(bits, 64, h)) {
            const char *w = nr_tok_norm(d, t, &n);
            nr_strmap_get_h(first, w, n, h, &kinds);
        }
        s.mask[i] = kinds;
        if (kinds || t->kind == TK_NUMBER)
            starts[nstarts++] = (uint32_t)i;
    }
    s.nmarks = nmarks;
    /* each matcher with what its first test needs at token i (list words
     * in mask[i], or a number): without it the matcher returns i at once,
     * so it is not called */
    static const struct {
        matcher fn;
        uint32_t kinds;
        bool number;
    } MATCHERS[] = {
        {m_date, 1u << W_WEEKDAY | 1u << W_MONTH, true},
        {m_clock, 1u << W_CLOCK_CUE, true},
        {m_part, 1u << W_PART, false},
        {m_year, 1u << W_YEAR_CUE | 1u << W_PERIOD_CUE, true},
        {m_month, 1u << W_MONTH | 1u << W_MONTH_ABBR, false},
        {m_rel_day, 1u << W_REL_DAY, false},
        {m_rel_unit, 1u << W_REL_UNIT, false},
        {m_weekday, 1u << W_WEEKDAY, false},
    };
    bool keep = d->opts && d->opts->keep_clutter;
    for (size_t k = 0, i = 0; k < nstarts; k++) {
        if (starts[k] < i)
            continue; /* inside the expression just found */
        i = starts[k];
        if ((d->toks.v[i].flags & TF_CLUTTER) && !keep) {
            i++;
            continue;
        }
        size_t next = i;
        bool number = d->toks.v[i].kind == TK_NUMBER;
        for (size_t m = 0; m < sizeof MATCHERS / sizeof *MATCHERS && next == i; m++)
            if ((s.mask[i] & MATCHERS[m].kinds) || (number && MATCHERS[m].number))
                next = MATCHERS[m].fn(&s, i);
        i = next > i ? next : i + 1;
    }

    tx_item *dl = find_dateline(&s);
    if (dl) {
        dl->rule = "time.dateline";
        d->anchor.year = dl->y, d->anchor.month = dl->m, d->anchor.day = dl->dd;
        d->anchor.hour = dl->hh, d->anchor.minute = dl->mi;
        d->anchor.tz = dl->tz;
        d->meta.published =
            dl->hh >= 0 ? nr_arena_printf(&d->arena, "%04d-%02d-%02dT%02d:%02d%s", dl->y, dl->m,
                                          dl->dd, dl->hh, dl->mi, dl->off ? dl->off : "")
                        : nr_arena_printf(&d->arena, "%04d-%02d-%02d", dl->y, dl->m, dl->dd);
    } else if (!anchor_ok(&d->anchor)) {
        /* no dateline: the first full date near the top anchors the rest */
        for (size_t k = 0; k < s.n; k++) {
            tx_item *it = &s.v[k];
            if (d->toks.v[it->tb].para >= 8)
                break;
            if (it->kind == IT_DATE && it->y) {
                d->anchor.year = it->y, d->anchor.month = it->m, d->anchor.day = it->dd;
                break;
            }
        }
    }
    resolve(&s);

    for (size_t k = 0; k < s.n; k++) {
        tx_item *it = &s.v[k];
        const char *v = value_of(d, it);
        if (!v)
            continue;
        nr_time *t = nr_vec_push(&d->times, d->oom);
        t->is_time = it->hh >= 0;
        t->start = it->start;
        t->end = it->end;
        t->value = v;
        t->tz = it->tz;
        t->check = it->check;
        t->rule = it->rule;
    }
}
