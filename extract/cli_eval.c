/* cli_eval.c - `nerid eval GOLD PRED`: scores one annotation set against
 * another.
 *
 * GOLD and PRED are folders of NAME.json files, each either nerid output
 * (schema nerid/1) or gold in the format of the shared GUIDELINES.md
 * (mentions as strings, speaker as a name); a prediction missing for a gold
 * NAME counts as empty. Or GOLD and PRED are two CoNLL files (IOB1/IOB2
 * tags in the last column, documents split by -DOCSTART-).
 *
 * Two families of measures:
 *  - surface matching, exactly the definitions of the shared score.py
 *    (entities by type through shared mention strings; direct and indirect
 *    quotes by greedy token overlap, with and without the speaker; times by
 *    text containment, with and without the value), so that its numbers
 *    agree with score.py (tests/cli_eval_agree.sh checks it);
 *  - span matching, where both sides have offsets (nerid output on both
 *    sides, in the same unit, or CoNLL): per type, strict (exact start,
 *    end and type: conlleval / seqeval) and partial (nervaluate: an exact
 *    span counts 1, an overlapping one 1/2, P = (COR + PAR/2) / predicted,
 *    R = (COR + PAR/2) / gold; per type the types must agree, the ALL row
 *    ignores types as nervaluate's "partial" scheme does).
 * --json prints score.py's keys (plus "spans") as one JSON object.
 * Exit status: 0, 64 for usage, 65 for unreadable gold (file:line:column),
 * 66 for a missing folder. Reading JSON uses jansson; folding uses
 * utf8proc (NFKC + case folding, as score.py's fold()). */
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "cli.h"

/* ------------------------------------------------------------ counts */

typedef struct {
    long tp, fp, fn;
} prf;

static double p_of(const prf *x) { return x->tp + x->fp ? (double)x->tp / (double)(x->tp + x->fp) : 0.0; }
static double r_of(const prf *x) { return x->tp + x->fn ? (double)x->tp / (double)(x->tp + x->fn) : 0.0; }
static double f1_of(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
static double f_of(const prf *x) { return f1_of(p_of(x), r_of(x)); }
static void add(prf *x, long tp, long fp, long fn)
{
    x->tp += tp;
    x->fp += fp;
    x->fn += fn;
}

static const char *const ETYPES[] = {"PERSON", "MINISTRY", "GOV_AGENCY", "COMPANY", "ORGANIZATION",
                                     "LOCATION"};
enum { N_ET = 6 };
/* score.py's measures, in its order */
static const char *const MEASURES[] = {"PERSON", "MINISTRY", "GOV_AGENCY", "COMPANY",
                                       "ORGANIZATION", "LOCATION", "ALL", "direct",
                                       "direct+speaker", "indirect", "indirect+speaker",
                                       "times", "times+value"};
enum { M_ALL = 6, M_DIRECT = 7, M_INDIRECT = 9, M_TIMES = 11, N_MEASURES = 13 };

/* ------------------------------------------------------------ strings */

typedef struct {
    char **v;
    size_t n, cap;
} strset;

static void set_add(strset *s, char *x)
{
    if (!x || !*x) {
        free(x);
        return;
    }
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i], x) == 0) {
            free(x);
            return;
        }
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 8;
        char **nv = realloc(s->v, nc * sizeof *nv);
        if (!nv) {
            free(x);
            return;
        }
        s->v = nv;
        s->cap = nc;
    }
    s->v[s->n++] = x;
}

static bool set_has(const strset *s, const char *x)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i], x) == 0)
            return true;
    return false;
}

static bool set_meets(const strset *a, const strset *b)
{
    for (size_t i = 0; i < a->n; i++)
        if (set_has(b, a->v[i]))
            return true;
    return false;
}

static void set_free(strset *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
    memset(s, 0, sizeof *s);
}

static bool is_space_cp(utf8proc_int32_t c)
{
    if ((c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0x2028 || c == 0x2029)
        return true;
    return utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

/* score.py's fold(): NFKC, curly single quotes to ', white-space runs to
 * one space, stripped, case-folded. A malloc'd string ("" for NULL). */
static char *fold(const char *s)
{
    if (!s)
        s = "";
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &m,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                          UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
    if (n < 0)
        return calloc(1, 1);
    char *out = malloc((size_t)n + 1);
    if (!out) {
        free(m);
        return NULL;
    }
    size_t o = 0;
    bool space = false;
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t l = utf8proc_iterate(m + i, n - i, &c);
        if (l <= 0)
            break;
        if (is_space_cp(c)) {
            space = o > 0;
        } else {
            if (space)
                out[o++] = ' ';
            space = false;
            if (c == 0x2019 || c == 0x2018) {
                out[o++] = '\'';
            } else {
                memcpy(out + o, m + i, (size_t)l);
                o += (size_t)l;
            }
        }
        i += l;
    }
    out[o] = '\0';
    free(m);
    return out;
}

/* score.py's tokens(): the \w+ runs of the folded text, as a set. */
static void token_set(const char *s, strset *out)
{
    char *f = fold(s);
    if (!f)
        return;
    size_t n = strlen(f), i = 0;
    while (i < n) {
        size_t b = i;
        for (;;) {
            utf8proc_int32_t c;
            utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)f + i, (utf8proc_ssize_t)(n - i), &c);
            if (l <= 0) {
                i = n;
                break;
            }
            utf8proc_category_t cat = utf8proc_category(c);
            bool w = c == '_' || (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                     (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
            if (!w)
                break;
            i += (size_t)l;
        }
        if (i > b) {
            char *t = malloc(i - b + 1);
            if (t) {
                memcpy(t, f + b, i - b);
                t[i - b] = '\0';
            }
            set_add(out, t);
        } else {
            utf8proc_int32_t c;
            utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)f + i, (utf8proc_ssize_t)(n - i), &c);
            i += l > 0 ? (size_t)l : n;
        }
    }
    free(f);
}

static const char *sget(json_t *o, const char *k)
{
    json_t *v = json_is_object(o) ? json_object_get(o, k) : NULL;
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Text of a mention: a string, or an object's "text". */
static const char *mention_text(json_t *m)
{
    return json_is_string(m) ? json_string_value(m) : sget(m, "text");
}

/* ------------------------------------------------------------ surface */

static void entity_mentions(json_t *e, strset *out)
{
    json_t *ms = json_object_get(e, "mentions");
    size_t i;
    json_t *m;
    json_array_foreach(ms, i, m) set_add(out, fold(mention_text(m)));
    if (sget(e, "name") && json_array_size(ms) == 0)
        set_add(out, fold(sget(e, "name")));
}

static bool same_type(const char *a, const char *b)
{
    return (a && b && strcmp(a, b) == 0) || (!a && !b);
}

/* How many entities of xs (of type ty, or any when NULL; *total counts
 * them) meet an entity of ys of the same type: score.py's "found" with
 * (gold, pred), its "correct" with (pred, gold). */
static long count_met(json_t *xs, const strset *xm, size_t nx, json_t *ys,
                      const strset *ym, size_t ny, const char *ty, long *total)
{
    long met = 0;
    for (size_t i = 0; i < nx; i++) {
        const char *xty = sget(json_array_get(xs, i), "type");
        if (ty && !(xty && strcmp(xty, ty) == 0))
            continue;
        (*total)++;
        for (size_t j = 0; j < ny; j++)
            if (same_type(xty, sget(json_array_get(ys, j), "type")) && set_meets(&xm[i], &ym[j])) {
                met++;
                break;
            }
    }
    return met;
}

static void score_entities(json_t *gold, json_t *pred, prf *acc)
{
    json_t *ge = json_object_get(gold, "entities"), *pe = json_object_get(pred, "entities");
    size_t ng = json_array_size(ge), np = json_array_size(pe);
    strset *gm = calloc(ng + 1, sizeof *gm), *pm = calloc(np + 1, sizeof *pm);
    if (!gm || !pm) {
        free(gm), free(pm);
        return;
    }
    for (size_t i = 0; i < ng; i++)
        entity_mentions(json_array_get(ge, i), &gm[i]);
    for (size_t j = 0; j < np; j++)
        entity_mentions(json_array_get(pe, j), &pm[j]);
    for (int t = 0; t <= N_ET; t++) {
        const char *ty = t < N_ET ? ETYPES[t] : NULL;
        long gt = 0, pt = 0;
        long found = count_met(ge, gm, ng, pe, pm, np, ty, &gt);
        long correct = count_met(pe, pm, np, ge, gm, ng, ty, &pt);
        add(&acc[t], correct, pt - correct, gt - found);
    }
    for (size_t i = 0; i < ng; i++)
        set_free(&gm[i]);
    for (size_t j = 0; j < np; j++)
        set_free(&pm[j]);
    free(gm);
    free(pm);
}

static double overlap(const char *a, const char *b)
{
    strset ta = {0}, tb = {0};
    token_set(a, &ta);
    token_set(b, &tb);
    double r = 0.0;
    if (ta.n && tb.n) {
        size_t inter = 0;
        for (size_t i = 0; i < ta.n; i++)
            inter += set_has(&tb, ta.v[i]);
        double jac = (double)inter / (double)(ta.n + tb.n - inter);
        double ca = (double)inter / (double)ta.n, cb = (double)inter / (double)tb.n;
        double cover = ca > cb ? ca : cb;
        r = jac >= 0.5 ? jac : cover >= 0.8 ? 0.5 : 0.0;
    }
    set_free(&ta);
    set_free(&tb);
    return r;
}

/* The name a speaker field gives: a string, or an object's name/text. */
static const char *speaker_of(json_t *q)
{
    json_t *sp = json_object_get(q, "speaker");
    if (json_is_string(sp))
        return json_string_value(sp);
    const char *n = sget(sp, "name");
    return n ? n : sget(sp, "text");
}

/* score.py speaker_names(gold, name) */
static void gold_speaker_names(json_t *gold, const char *name, strset *out)
{
    char *fn = fold(name);
    if (!fn)
        return;
    json_t *es = json_object_get(gold, "entities");
    size_t i;
    json_t *e;
    json_array_foreach(es, i, e) {
        char *en = fold(sget(e, "name"));
        if (en && strcmp(en, fn) == 0) {
            json_t *ms = json_object_get(e, "mentions");
            size_t k;
            json_t *m;
            json_array_foreach(ms, k, m) set_add(out, fold(mention_text(m)));
        }
        free(en);
    }
    set_add(out, fn);
}

/* score.py pred_speaker_names(pred, q) */
static void pred_speaker_names(json_t *pred, json_t *q, strset *out)
{
    static const char *const PRONOUNS[] = {"dia", "ia", "beliau", "mereka", "kami", "saya", "nya", "-nya"};
    json_t *sp = json_object_get(q, "speaker");
    strset s = {0};
    if (json_is_string(sp)) {
        set_add(&s, fold(json_string_value(sp)));
    } else if (json_is_object(sp)) {
        set_add(&s, fold(sget(sp, "name")));
        set_add(&s, fold(sget(sp, "text")));
        json_t *eid = json_object_get(sp, "entity");
        if (eid && !json_is_null(eid)) {
            json_t *es = json_object_get(pred, "entities");
            size_t i;
            json_t *e;
            json_array_foreach(es, i, e) {
                json_t *id = json_object_get(e, "id");
                if (!id || !json_equal(id, eid))
                    continue;
                set_add(&s, fold(sget(e, "name")));
                json_t *ms = json_object_get(e, "mentions");
                size_t k;
                json_t *m;
                json_array_foreach(ms, k, m) {
                    if (json_is_object(m))
                        set_add(&s, fold(sget(m, "text")));
                }
            }
        }
    }
    for (size_t i = 0; i < s.n; i++) {
        bool pron = false;
        for (size_t k = 0; k < sizeof PRONOUNS / sizeof *PRONOUNS; k++)
            pron = pron || strcmp(s.v[i], PRONOUNS[k]) == 0;
        if (!pron) {
            set_add(out, s.v[i]);
            s.v[i] = NULL;
        }
    }
    set_free(&s);
}

typedef struct {
    double s;
    size_t i, j;
} pair;

static int cmp_pair_desc(const void *x, const void *y)
{
    const pair *a = x, *b = y;
    if (a->s != b->s)
        return a->s < b->s ? 1 : -1;
    if (a->i != b->i)
        return a->i < b->i ? 1 : -1;
    return a->j < b->j ? 1 : a->j > b->j ? -1 : 0;
}

static void score_quotes(json_t *gold, json_t *pred, prf *acc)
{
    static const char *const KINDS[] = {"direct", "indirect"};
    json_t *gqa = json_object_get(gold, "quotes"), *pqa = json_object_get(pred, "quotes");
    for (int k = 0; k < 2; k++) {
        size_t ng = 0, np = 0;
        json_t **gq = calloc(json_array_size(gqa) + 1, sizeof *gq);
        json_t **pq = calloc(json_array_size(pqa) + 1, sizeof *pq);
        if (!gq || !pq) {
            free(gq), free(pq);
            return;
        }
        size_t i;
        json_t *q;
        json_array_foreach(gqa, i, q) {
            const char *kind = sget(q, "kind");
            if (kind && strcmp(kind, KINDS[k]) == 0)
                gq[ng++] = q;
        }
        json_array_foreach(pqa, i, q) {
            const char *kind = sget(q, "kind");
            json_t *kv = json_object_get(q, "kind");
            if (!kv)
                kind = "direct"; /* score.py: q.get("kind", "direct") */
            if (kind && strcmp(kind, KINDS[k]) == 0)
                pq[np++] = q;
        }
        pair *pairs = malloc((ng * np + 1) * sizeof *pairs);
        bool *ug = calloc(ng + 1, 1), *up = calloc(np + 1, 1);
        long matched = 0, right = 0;
        if (pairs && ug && up) {
            size_t n = 0;
            for (size_t a = 0; a < ng; a++)
                for (size_t b = 0; b < np; b++)
                    pairs[n++] = (pair){overlap(sget(gq[a], "text"), sget(pq[b], "text")), a, b};
            qsort(pairs, n, sizeof *pairs, cmp_pair_desc);
            for (size_t t = 0; t < n; t++) {
                if (pairs[t].s <= 0 || ug[pairs[t].i] || up[pairs[t].j])
                    continue;
                ug[pairs[t].i] = up[pairs[t].j] = true;
                matched++;
                strset gs = {0}, ps = {0};
                gold_speaker_names(gold, speaker_of(gq[pairs[t].i]), &gs);
                pred_speaker_names(pred, pq[pairs[t].j], &ps);
                right += set_meets(&gs, &ps);
                set_free(&gs);
                set_free(&ps);
            }
        }
        add(&acc[k ? M_INDIRECT : M_DIRECT], matched, (long)np - matched, (long)ng - matched);
        add(&acc[(k ? M_INDIRECT : M_DIRECT) + 1], right, (long)np - right, (long)ng - right);
        free(pairs);
        free(ug);
        free(up);
        free(gq);
        free(pq);
    }
}

/* score.py norm_value: str(v), "Thh:mm:00" -> "Thh:mm". */
static char *norm_value(json_t *v)
{
    char *s;
    if (json_is_string(v))
        s = strdup(json_string_value(v));
    else if (json_is_integer(v))
        s = json_dumps(v, JSON_ENCODE_ANY);
    else if (!v || json_is_null(v))
        s = strdup("");
    else
        s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    if (!s)
        return NULL;
    size_t o = 0, n = strlen(s);
    for (size_t i = 0; i < n;) {
        if (s[i] == 'T' && i + 9 <= n && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' &&
            s[i + 2] <= '9' && s[i + 3] == ':' && s[i + 4] >= '0' && s[i + 4] <= '9' &&
            s[i + 5] >= '0' && s[i + 5] <= '9' && s[i + 6] == ':' && s[i + 7] == '0' && s[i + 8] == '0') {
            memmove(s + o, s + i, 6);
            o += 6;
            i += 9;
        } else {
            s[o++] = s[i++];
        }
    }
    s[o] = '\0';
    return s;
}

static void score_times(json_t *gold, json_t *pred, prf *acc)
{
    json_t *gt = json_object_get(gold, "times"), *pt = json_object_get(pred, "times");
    size_t ng = json_array_size(gt), np = json_array_size(pt);
    bool *used = calloc(np + 1, 1);
    char **pf = calloc(np + 1, sizeof *pf);
    if (!used || !pf) {
        free(used), free(pf);
        return;
    }
    for (size_t j = 0; j < np; j++)
        pf[j] = fold(sget(json_array_get(pt, j), "text"));
    long matched = 0, right = 0;
    for (size_t i = 0; i < ng; i++) {
        json_t *g = json_array_get(gt, i);
        char *gf = fold(sget(g, "text"));
        long best = -1;
        for (size_t j = 0; gf && j < np; j++) {
            if (used[j] || !pf[j])
                continue;
            if (*pf[j] && *gf && (strstr(gf, pf[j]) || strstr(pf[j], gf))) {
                if (best < 0 || strcmp(pf[best], gf) != 0) {
                    best = (long)j;
                    if (strcmp(pf[j], gf) == 0)
                        break;
                }
            }
        }
        free(gf);
        if (best < 0)
            continue;
        used[best] = true;
        matched++;
        char *a = norm_value(json_object_get(json_array_get(pt, (size_t)best), "value"));
        char *b = norm_value(json_object_get(g, "value"));
        right += a && b && strcmp(a, b) == 0;
        free(a);
        free(b);
    }
    add(&acc[M_TIMES], matched, (long)np - matched, (long)ng - matched);
    add(&acc[M_TIMES + 1], right, (long)np - right, (long)ng - right);
    for (size_t j = 0; j < np; j++)
        free(pf[j]);
    free(pf);
    free(used);
}

/* ------------------------------------------------------------ spans */

enum { G_ENT = 0, G_QUOTE, G_TIME, N_GROUPS };
static const char *const GROUP[] = {"entities", "quotes", "times"};

typedef struct {
    int group;
    char label[24];
    long s, e;
} span;

typedef struct {
    span *v;
    size_t n, cap;
} spanvec;

static void span_add(spanvec *sv, int g, const char *label, long s, long e)
{
    if (sv->n == sv->cap) {
        size_t nc = sv->cap ? sv->cap * 2 : 64;
        span *nv = realloc(sv->v, nc * sizeof *nv);
        if (!nv)
            return;
        sv->v = nv;
        sv->cap = nc;
    }
    span *x = &sv->v[sv->n++];
    x->group = g;
    snprintf(x->label, sizeof x->label, "%s", label ? label : "?");
    x->s = s;
    x->e = e;
}

/* One row of the span table: strict and partial counts. */
typedef struct {
    int group;
    char label[24];
    long gold, pred, strict, cor, par;
} srow;

typedef struct {
    srow *v;
    size_t n, cap;
} srows;

static srow *row_get(srows *t, int g, const char *label)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].group == g && strcmp(t->v[i].label, label) == 0)
            return &t->v[i];
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 32;
        srow *nv = realloc(t->v, nc * sizeof *nv);
        if (!nv)
            return NULL;
        t->v = nv;
        t->cap = nc;
    }
    srow *r = &t->v[t->n++];
    memset(r, 0, sizeof *r);
    r->group = g;
    snprintf(r->label, sizeof r->label, "%s", label);
    return r;
}

/* Scores the spans of one document for group g and label (NULL = ALL). */
static void span_score(srows *t, const spanvec *gs, const spanvec *ps, int g, const char *label)
{
    srow *r = row_get(t, g, label ? label : "ALL");
    if (!r)
        return;
    size_t ng = gs->n, np = ps->n;
    bool *ug = calloc(ng + 1, 1), *up = calloc(np + 1, 1), *us = calloc(np + 1, 1);
    if (!ug || !up || !us)
        goto out;
#define IN(sp) ((sp).group == g && (!label || strcmp((sp).label, label) == 0))
    for (size_t j = 0; j < np; j++)
        r->pred += IN(ps->v[j]);
    for (size_t i = 0; i < ng; i++) {
        if (!IN(gs->v[i]))
            continue;
        r->gold++;
        /* strict: exact span and label, also in the ALL row */
        for (size_t j = 0; j < np; j++)
            if (!us[j] && IN(ps->v[j]) && ps->v[j].s == gs->v[i].s && ps->v[j].e == gs->v[i].e &&
                strcmp(ps->v[j].label, gs->v[i].label) == 0) {
                us[j] = true;
                r->strict++;
                break;
            }
        /* partial, first pass: exact boundaries */
        for (size_t j = 0; j < np; j++)
            if (!up[j] && IN(ps->v[j]) && ps->v[j].s == gs->v[i].s && ps->v[j].e == gs->v[i].e) {
                up[j] = ug[i] = true;
                r->cor++;
                break;
            }
    }
    /* partial, second pass: overlaps */
    for (size_t i = 0; i < ng; i++) {
        if (ug[i] || !IN(gs->v[i]))
            continue;
        for (size_t j = 0; j < np; j++)
            if (!up[j] && IN(ps->v[j]) && ps->v[j].s < gs->v[i].e && gs->v[i].s < ps->v[j].e) {
                up[j] = ug[i] = true;
                r->par++;
                break;
            }
    }
#undef IN
out:
    free(ug);
    free(up);
    free(us);
}

static void score_spans(srows *t, const spanvec *gs, const spanvec *ps)
{
    for (int g = 0; g < N_GROUPS; g++) {
        /* every label seen on either side, then ALL */
        for (int side = 0; side < 2; side++) {
            const spanvec *sv = side ? ps : gs;
            for (size_t i = 0; i < sv->n; i++) {
                if (sv->v[i].group != g)
                    continue;
                bool seen = false;
                for (int s2 = 0; s2 <= side && !seen; s2++) {
                    const spanvec *o = s2 ? ps : gs;
                    size_t lim = s2 == side ? i : o->n;
                    for (size_t k = 0; k < lim && !seen; k++)
                        seen = o->v[k].group == g && strcmp(o->v[k].label, sv->v[i].label) == 0;
                }
                if (!seen)
                    span_score(t, gs, ps, g, sv->v[i].label);
            }
        }
        span_score(t, gs, ps, g, NULL);
    }
}

static long jint(json_t *o, const char *k, bool *ok)
{
    json_t *v = json_object_get(o, k);
    if (!json_is_integer(v)) {
        *ok = false;
        return -1;
    }
    return (long)json_integer_value(v);
}

/* The spans of a nerid/1 document; false when it has none (gold format). */
static bool nerid_spans(json_t *doc, spanvec *sv)
{
    const char *schema = sget(doc, "schema");
    if (!schema || strncmp(schema, "nerid/", 6) != 0)
        return false;
    bool ok = true;
    size_t i, k;
    json_t *e, *m;
    json_array_foreach(json_object_get(doc, "entities"), i, e) {
        json_array_foreach(json_object_get(e, "mentions"), k, m) {
            long s = jint(m, "start", &ok), en = jint(m, "end", &ok);
            span_add(sv, G_ENT, sget(e, "type"), s, en);
        }
    }
    json_array_foreach(json_object_get(doc, "quotes"), i, e) {
        long s = jint(e, "start", &ok), en = jint(e, "end", &ok);
        span_add(sv, G_QUOTE, sget(e, "kind"), s, en);
    }
    json_array_foreach(json_object_get(doc, "times"), i, e) {
        long s = jint(e, "start", &ok), en = jint(e, "end", &ok);
        span_add(sv, G_TIME, sget(e, "type"), s, en);
    }
    return ok;
}

static const char *offsets_unit(json_t *doc)
{
    return sget(json_object_get(doc, "doc"), "offsets");
}

/* ------------------------------------------------------------ CoNLL */

typedef struct {
    spanvec *docs;
    size_t n;
} conll_set;

/* Reads a CoNLL file: entity spans in token positions per document.
 * Returns 0, or -1 with a positioned message printed. */
static int conll_read(const char *path, conll_set *cs)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "nerid eval: %s: %s\n", path, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0, tok = 0, bstart = -1;
    char btype[24] = "";
    spanvec *cur = NULL;
    int rc = 0;
    for (;;) {
        ssize_t got = getline(&line, &cap, f);
        bool end = got < 0;
        lineno += !end;
        char *last = NULL, *first = NULL;
        if (!end) {
            while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
                line[--got] = '\0';
            char *save = NULL;
            for (char *w = strtok_r(line, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
                if (!first)
                    first = w;
                last = w;
            }
        }
        bool docstart = first && strcmp(first, "-DOCSTART-") == 0;
        /* close the open chunk at a sentence or document end, or a tag
         * that does not continue it */
        bool cont = last && last[0] == 'I' && last[1] == '-' && bstart >= 0 &&
                    strcmp(last + 2, btype) == 0;
        if (bstart >= 0 && (!last || docstart || !cont)) {
            span_add(cur, G_ENT, btype, bstart, tok);
            bstart = -1;
        }
        if (end)
            break;
        if (docstart || !cur) {
            spanvec *nd = realloc(cs->docs, (cs->n + 1) * sizeof *nd);
            if (!nd) {
                rc = -1;
                break;
            }
            cs->docs = nd;
            cur = &cs->docs[cs->n++];
            memset(cur, 0, sizeof *cur);
            tok = 0;
            if (docstart)
                continue;
        }
        if (!last)
            continue;
        if (first == last) {
            fprintf(stderr, "nerid eval: %s:%ld: expected TOKEN ... TAG\n", path, lineno);
            rc = -1;
            break;
        }
        if (strcmp(last, "O") != 0) {
            if ((last[0] != 'B' && last[0] != 'I') || last[1] != '-' || !last[2]) {
                fprintf(stderr, "nerid eval: %s:%ld: tag '%s' is not O, B-TYPE or I-TYPE\n", path,
                        lineno, last);
                rc = -1;
                break;
            }
            if (last[0] == 'B' || !cont) {
                bstart = tok;
                snprintf(btype, sizeof btype, "%s", last + 2);
            }
        }
        tok++;
    }
    free(line);
    fclose(f);
    return rc;
}

/* ------------------------------------------------------------ driver */

static json_t *load_json(const char *path, bool *missing, bool quiet_missing)
{
    json_error_t je;
    struct stat st;
    if (stat(path, &st) != 0) {
        *missing = true;
        return NULL;
    }
    json_t *j = json_load_file(path, 0, &je);
    if (!j || !json_is_object(j)) {
        if (!quiet_missing) {
            if (j)
                fprintf(stderr, "nerid eval: %s: not a JSON object\n", path);
            else
                fprintf(stderr, "nerid eval: %s:%d:%d: %s\n", path, je.line, je.column, je.text);
        }
        json_decref(j);
        *missing = false;
        return NULL;
    }
    return j;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void usage(FILE *f)
{
    fputs("Usage: nerid eval [--json] GOLD PRED\n"
          "Scores PRED against GOLD: two folders of NAME.json (nerid output or gold in the\n"
          "GUIDELINES.md format; a missing prediction counts as empty), or two CoNLL files.\n"
          "Prints the surface-string measures of score.py (entities by type, direct and\n"
          "indirect quotes with and without speaker, times with and without value) and,\n"
          "where both sides have offsets, per-type strict and partial span measures.\n"
          "  --json   one JSON object (score.py's keys, plus \"spans\")\n", f);
}

/* Strict and partial (nervaluate: a partial overlap counts 1/2) P/R/F1. */
typedef struct {
    double sp, sr, sf, pp, pr, pf;
} span_scores;

static span_scores row_scores(const srow *r)
{
    span_scores x;
    x.sp = r->pred ? (double)r->strict / (double)r->pred : 0;
    x.sr = r->gold ? (double)r->strict / (double)r->gold : 0;
    double pscore = (double)r->cor + 0.5 * (double)r->par;
    x.pp = r->pred ? pscore / (double)r->pred : 0;
    x.pr = r->gold ? pscore / (double)r->gold : 0;
    x.sf = f1_of(x.sp, x.sr);
    x.pf = f1_of(x.pp, x.pr);
    return x;
}

static void print_spans(const srows *t, json_t *out)
{
    json_t *sp = out ? json_object() : NULL;
    if (!out) {
        printf("\nspan matching (strict: exact span and type; partial: overlap counts 1/2)\n");
        printf("%-24s%6s%6s  %7s%7s%7s  %7s%7s%7s\n", "measure", "gold", "pred", "sP", "sR",
               "sF1", "pP", "pR", "pF1");
    }
    for (size_t i = 0; i < t->n; i++) {
        const srow *r = &t->v[i];
        span_scores x = row_scores(r);
        char key[64];
        snprintf(key, sizeof key, "%s/%s", GROUP[r->group], r->label);
        if (sp)
            json_object_set_new(
                sp, key,
                json_pack("{s:I, s:I, s:{s:I, s:f, s:f, s:f}, s:{s:I, s:I, s:f, s:f, s:f}}", "gold",
                          (json_int_t)r->gold, "pred", (json_int_t)r->pred, "strict", "tp",
                          (json_int_t)r->strict, "p", x.sp, "r", x.sr, "f1", x.sf, "partial",
                          "correct", (json_int_t)r->cor, "partial", (json_int_t)r->par, "p", x.pp,
                          "r", x.pr, "f1", x.pf));
        else
            printf("%-24s%6ld%6ld  %7.3f%7.3f%7.3f  %7.3f%7.3f%7.3f\n", key, r->gold, r->pred,
                   x.sp, x.sr, x.sf, x.pp, x.pr, x.pf);
    }
    if (sp)
        json_object_set_new(out, "spans", sp);
}

static double round4(double x)
{
    char b[32];
    snprintf(b, sizeof b, "%.4f", x);
    return strtod(b, NULL);
}

static int eval_conll(const char *gold, const char *pred, bool as_json)
{
    conll_set g = {0}, p = {0};
    int rc = EXIT_OK;
    if (conll_read(gold, &g) < 0 || conll_read(pred, &p) < 0) {
        rc = EXIT_DATAERR;
        goto out;
    }
    if (g.n != p.n) {
        fprintf(stderr, "nerid eval: %s has %zu documents, %s has %zu\n", gold, g.n, pred, p.n);
        rc = EXIT_DATAERR;
        goto out;
    }
    srows t = {0};
    for (size_t i = 0; i < g.n; i++)
        score_spans(&t, &g.docs[i], &p.docs[i]);
    if (as_json) {
        json_t *o = json_pack("{s:I}", "docs", (json_int_t)g.n);
        print_spans(&t, o);
        char *s = json_dumps(o, JSON_INDENT(1));
        if (s)
            puts(s);
        free(s);
        json_decref(o);
    } else {
        printf("docs %zu", g.n);
        print_spans(&t, NULL);
    }
    free(t.v);
out:
    for (size_t i = 0; i < g.n; i++)
        free(g.docs[i].v);
    for (size_t i = 0; i < p.n; i++)
        free(p.docs[i].v);
    free(g.docs);
    free(p.docs);
    return rc;
}

int cli_eval_main(int argc, char **argv)
{
    bool as_json = false;
    const char *args[2];
    int na = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            as_json = true;
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return EXIT_OK;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "nerid eval: unknown option '%s'\nTry 'nerid eval --help'.\n", argv[i]);
            return EXIT_USAGE;
        } else if (na < 2) {
            args[na++] = argv[i];
        } else {
            fprintf(stderr, "nerid eval: too many arguments\nTry 'nerid eval --help'.\n");
            return EXIT_USAGE;
        }
    }
    if (na != 2) {
        fprintf(stderr, "nerid eval: needs GOLD and PRED\nTry 'nerid eval --help'.\n");
        return EXIT_USAGE;
    }
    struct stat sg, sp;
    for (int i = 0; i < 2; i++)
        if (stat(args[i], i ? &sp : &sg) != 0) {
            fprintf(stderr, "nerid eval: %s: %s\n", args[i], strerror(errno));
            return EXIT_NOINPUT;
        }
    if (!S_ISDIR(sg.st_mode) || !S_ISDIR(sp.st_mode)) {
        if (S_ISDIR(sg.st_mode) || S_ISDIR(sp.st_mode)) {
            fprintf(stderr, "nerid eval: GOLD and PRED must both be folders or both CoNLL files\n");
            return EXIT_USAGE;
        }
        return eval_conll(args[0], args[1], as_json);
    }

    DIR *d = opendir(args[0]);
    if (!d) {
        fprintf(stderr, "nerid eval: %s: %s\n", args[0], strerror(errno));
        return EXIT_NOINPUT;
    }
    char **names = NULL;
    size_t nn = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 5, ".json") != 0)
            continue;
        char **nv = realloc(names, (nn + 1) * sizeof *nv);
        if (!nv)
            break;
        names = nv;
        names[nn] = strdup(de->d_name);
        if (names[nn])
            nn++;
    }
    closedir(d);
    qsort(names, nn, sizeof *names, cmp_cstr);

    prf acc[N_MEASURES];
    memset(acc, 0, sizeof acc);
    srows spans = {0};
    long docs = 0, missing = 0, span_docs = 0;
    int rc = EXIT_OK;
    for (size_t i = 0; i < nn && rc == EXIT_OK; i++) {
        char gpath[4096], ppath[4096];
        snprintf(gpath, sizeof gpath, "%s/%s", args[0], names[i]);
        snprintf(ppath, sizeof ppath, "%s/%s", args[1], names[i]);
        bool miss = false;
        json_t *gold = load_json(gpath, &miss, false);
        if (!gold) {
            fprintf(stderr, "nerid eval: unreadable gold %s\n", names[i]);
            rc = EXIT_DATAERR;
            break;
        }
        json_t *pred = load_json(ppath, &miss, false);
        docs++;
        if (!pred) {
            missing++;
            pred = json_object();
        }
        score_entities(gold, pred, acc);
        score_quotes(gold, pred, acc);
        score_times(gold, pred, acc);
        spanvec gs = {0}, ps = {0};
        const char *gu = offsets_unit(gold), *pu = offsets_unit(pred);
        if (nerid_spans(gold, &gs) && nerid_spans(pred, &ps) && gu && pu && strcmp(gu, pu) == 0) {
            score_spans(&spans, &gs, &ps);
            span_docs++;
        }
        free(gs.v);
        free(ps.v);
        json_decref(gold);
        json_decref(pred);
    }
    for (size_t i = 0; i < nn; i++)
        free(names[i]);
    free(names);
    if (rc != EXIT_OK) {
        free(spans.v);
        return rc;
    }
    double headline = (f_of(&acc[M_ALL]) + f_of(&acc[M_DIRECT + 1]) + f_of(&acc[M_INDIRECT + 1]) +
                       f_of(&acc[M_TIMES + 1])) / 4;
    if (as_json) {
        json_t *o = json_object();
        for (int k = 0; k < N_MEASURES; k++)
            json_object_set_new(o, MEASURES[k],
                                json_pack("{s:I, s:I, s:I, s:f, s:f, s:f}", "tp", (json_int_t)acc[k].tp,
                                          "fp", (json_int_t)acc[k].fp, "fn", (json_int_t)acc[k].fn,
                                          "p", round4(p_of(&acc[k])), "r", round4(r_of(&acc[k])),
                                          "f1", round4(f_of(&acc[k]))));
        json_object_set_new(o, "docs", json_integer(docs));
        json_object_set_new(o, "missing_predictions", json_integer(missing));
        json_object_set_new(o, "headline", json_real(round4(headline)));
        if (span_docs)
            print_spans(&spans, o);
        else
            json_object_set_new(o, "spans", json_null());
        char *s = json_dumps(o, JSON_INDENT(1) | JSON_REAL_PRECISION(6));
        if (s)
            puts(s);
        free(s);
        json_decref(o);
    } else {
        printf("surface matching (score.py definitions)\n");
        printf("%-18s%7s%7s%7s%6s%6s%6s\n", "measure", "P", "R", "F1", "tp", "fp", "fn");
        for (int k = 0; k < N_MEASURES; k++)
            printf("%-18s%7.3f%7.3f%7.3f%6ld%6ld%6ld\n", MEASURES[k], p_of(&acc[k]), r_of(&acc[k]),
                   f_of(&acc[k]), acc[k].tp, acc[k].fp, acc[k].fn);
        printf("docs %ld, missing predictions %ld\n", docs, missing);
        printf("headline (mean F1 of entities ALL, direct+speaker, indirect+speaker, times+value): %.3f\n",
               headline);
        if (span_docs)
            print_spans(&spans, NULL);
        else
            printf("\nspan matching: not available (GOLD has no offsets, or the offset units differ)\n");
    }
    free(spans.v);
    return EXIT_OK;
}
