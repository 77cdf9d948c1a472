/* pipeline.c - nerid_extract: runs the stages in order over one document,
 * and the public accessors of a result. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void nerid_options_init(nerid_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->offsets = NERID_OFFSETS_CODEPOINTS;
    opts->max_bytes = NERID_DEFAULT_MAX;
}

uint64_t *nr_tok_hashes(nr_doc *d)
{
    if (d->tok_hash)
        return d->tok_hash;
    uint64_t *h = nr_arena_alloc(&d->arena, (d->toks.n + 1) * sizeof *h);
    for (size_t i = 0; i < d->toks.n; i++) {
        const nr_tok *t = &d->toks.v[i];
        h[i] = nr_hash(d->view.s + t->nstart, t->nend - t->nstart);
    }
    d->tok_hash = h;
    return h;
}

const char *nr_doc_str(nr_doc *d, uint32_t start, uint32_t end)
{
    return nr_arena_strndup(&d->arena, d->text + start, end - start);
}

size_t nr_tok_at(const nr_doc *d, uint32_t b)
{
    size_t lo = 0, hi = d->toks.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->toks.v[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

nr_mention *nr_mention_add(nr_doc *d, uint32_t tb, uint32_t te, int type,
                           int32_t entry, const char *source, const char *rule)
{
    nr_mention *m = nr_vec_push(&d->mentions, d->oom);
    m->tb = tb;
    m->te = te;
    m->start = d->toks.v[tb].start;
    m->end = d->toks.v[te - 1].end;
    m->type = type;
    m->entry = entry;
    m->ent = -1;
    m->source = source;
    m->rule = rule;
    return m;
}

static void doc_free(nr_doc *d)
{
    nr_vec_free(&d->cp_ck);
    nr_vec_free(&d->u16_ck);
    nr_buf_free(&d->view);
    nr_buf_free(&d->scratch);
    nr_vec_free(&d->toks);
    nr_vec_free(&d->paras);
    nr_vec_free(&d->sents);
    nr_vec_free(&d->meta.authors);
    nr_vec_free(&d->meta.editors);
    nr_vec_free(&d->ignored);
    nr_vec_free(&d->mentions);
    nr_vec_free(&d->entities);
    nr_vec_free(&d->times);
    nr_vec_free(&d->quotes);
    nr_arena_free(&d->arena);
}

void nerid_result_free(nerid_result *r)
{
    if (!r)
        return;
    doc_free(&r->doc);
    nr_sys_free(r->spans_cache);
    nr_sys_free(r->id_copy);
    nr_sys_free(r);
}

/* Parses "YYYY-MM-DD" into the anchor; false when malformed. */
static bool parse_ref_date(const char *s, nr_date *out)
{
    int y, m, d;
    char extra;
    if (!s || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3)
        return false;
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    out->year = y, out->month = m, out->day = d;
    out->hour = out->minute = -1;
    out->tz = NULL;
    return true;
}

/* Drops entities left without a mention (every mention overlapped by a
 * longer one) and renumbers the rest, so that every renderer and accessor
 * sees entities 0..n-1 that each have mentions, and a quote's speaker
 * entity always exists. */
static void compact_entities(nr_doc *d)
{
    size_t ne = d->entities.n;
    int32_t *map = nr_arena_alloc(&d->arena, (ne + 1) * sizeof *map);
    for (size_t i = 0; i < ne; i++)
        map[i] = -1;
    for (size_t k = 0; k < d->mentions.n; k++) {
        const nr_mention *m = &d->mentions.v[k];
        if (!m->dropped && m->ent >= 0 && (size_t)m->ent < ne)
            map[m->ent] = 0;
    }
    size_t n = 0;
    for (size_t i = 0; i < ne; i++)
        if (map[i] == 0) {
            d->entities.v[n] = d->entities.v[i];
            map[i] = (int32_t)n++;
        }
    d->entities.n = n;
    for (size_t k = 0; k < d->mentions.n; k++) {
        nr_mention *m = &d->mentions.v[k];
        if (m->ent >= 0)
            m->ent = (size_t)m->ent < ne ? map[m->ent] : -1;
        if (m->ent < 0)
            m->dropped = true;
    }
    for (size_t k = 0; k < d->quotes.n; k++) {
        nr_quote *q = &d->quotes.v[k];
        if (q->sp_ent >= 0)
            q->sp_ent = (size_t)q->sp_ent < ne ? map[q->sp_ent] : -1;
    }
}

/* The stages, under the out-of-memory handler. Nothing here is modified
 * between setjmp and a longjmp except through r (see internal.h). */
static int run_stages(nerid_result *r, nerid_error *err)
{
    nr_doc *d = &r->doc;
    if (setjmp(r->oom_jb)) {
        nr_error_set(err, NERID_ERR_NOMEM, "%s: out of memory", d->id);
        return -1;
    }
    if (nr_input_check(d, err) < 0) {
        if (err)
            snprintf(err->source, sizeof err->source, "%s", d->id);
        return -1;
    }
    nr_tokenize(d);
    /* nr_normalize hashes every token's view as it writes it */
    d->tok_hash = nr_arena_alloc(&d->arena, (d->toks.n + 1) * sizeof *d->tok_hash);
    nr_normalize(d);
    nr_segment(d);
    nr_page(d);
    nr_times(d); /* sets the anchor date the later stages use */
    nr_gazetteer_match(d);
    nr_entity_rules(d);
    nr_link(d);
    nr_quotes(d);
    compact_entities(d);
    return 0;
}

nerid_result *nerid_extract(const nerid_model *model, const char *text,
                            size_t len, const char *doc_id,
                            const nerid_options *opts, nerid_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!model || (!text && len)) {
        nr_error_set(err, NERID_ERR_ARG, "nerid_extract: %s is NULL", model ? "text" : "model");
        return NULL;
    }
    nerid_result *r = nr_sys_malloc(sizeof *r);
    if (!r) {
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
        return NULL;
    }
    memset(r, 0, sizeof *r);
    if (opts)
        r->opts = *opts;
    else
        nerid_options_init(&r->opts);
    if (r->opts.offsets > NERID_OFFSETS_BYTES) {
        nr_error_set(err, NERID_ERR_ARG, "nerid_extract: unknown offsets unit %d", (int)r->opts.offsets);
        nr_sys_free(r);
        return NULL;
    }
    const char *id = doc_id ? doc_id : "-";
    size_t idlen = strlen(id);
    r->id_copy = nr_sys_malloc(idlen + 1);
    if (!r->id_copy) {
        nr_sys_free(r);
        nr_error_set(err, NERID_ERR_NOMEM, "out of memory");
        return NULL;
    }
    memcpy(r->id_copy, id, idlen + 1);

    nr_doc *d = &r->doc;
    d->model = model;
    d->opts = &r->opts;
    d->id = r->id_copy;
    d->text = text ? text : "";
    d->len = len;
    d->oom = &r->oom_jb;
    d->arena.oom = d->oom;
    d->view.oom = d->oom;
    d->scratch.oom = d->oom;
    d->anchor.hour = d->anchor.minute = -1;
    if (r->opts.ref_date && !parse_ref_date(r->opts.ref_date, &d->anchor)) {
        nr_error_set(err, NERID_ERR_ARG, "reference date \"%.40s\" is not YYYY-MM-DD", r->opts.ref_date);
        nerid_result_free(r);
        return NULL;
    }
    if (run_stages(r, err) < 0) {
        nerid_result_free(r);
        return NULL;
    }
    return r;
}

/* ------------------------------------------------------------ accessors */

static size_t conv(const nerid_result *r, size_t byte)
{
    switch (r->opts.offsets) {
    case NERID_OFFSETS_BYTES: return byte;
    case NERID_OFFSETS_UTF16: return nr_offset_u16(&r->doc, byte);
    default: return nr_offset_cp(&r->doc, byte);
    }
}

/* Accessor strings are made on demand in the result's arena; an allocation
 * failure there yields NULL text (no longjmp outside nerid_extract). */
static void fill_span(const nerid_result *r, nerid_span *sp, uint32_t s, uint32_t e)
{
    if (!sp)
        return;
    nerid_result *rw = (nerid_result *)r;
    jmp_buf *saved = rw->doc.arena.oom;
    rw->doc.arena.oom = NULL;
    sp->start = conv(r, s);
    sp->end = conv(r, e);
    sp->text = (s == 0 && e == 0) ? NULL : nr_arena_strndup(&rw->doc.arena, r->doc.text + s, e - s);
    rw->doc.arena.oom = saved;
}

size_t nerid_result_entity_count(const nerid_result *r) { return r ? r->doc.entities.n : 0; }

int nerid_result_entity(const nerid_result *r, size_t i, nerid_type *type,
                        const char **name, const char **kb, const char **role,
                        size_t *nmentions)
{
    if (!r || i >= r->doc.entities.n)
        return 0;
    const nr_entity *e = &r->doc.entities.v[i];
    if (type)
        *type = (nerid_type)e->type;
    if (name)
        *name = e->name;
    if (kb)
        *kb = e->kb;
    if (role)
        *role = e->role;
    if (nmentions) {
        size_t n = 0;
        for (size_t k = 0; k < r->doc.mentions.n; k++)
            n += !r->doc.mentions.v[k].dropped && r->doc.mentions.v[k].ent == (int32_t)i;
        *nmentions = n;
    }
    return 1;
}

int nerid_result_mention(const nerid_result *r, size_t i, size_t j,
                         nerid_span *span, const char **source, const char **rule)
{
    if (!r || i >= r->doc.entities.n)
        return 0;
    size_t n = 0;
    for (size_t k = 0; k < r->doc.mentions.n; k++) {
        const nr_mention *m = &r->doc.mentions.v[k];
        if (m->dropped || m->ent != (int32_t)i)
            continue;
        if (n++ == j) {
            fill_span(r, span, m->start, m->end);
            if (source)
                *source = m->source;
            if (rule)
                *rule = m->rule;
            return 1;
        }
    }
    return 0;
}

size_t nerid_result_quote_count(const nerid_result *r) { return r ? r->doc.quotes.n : 0; }

int nerid_result_quote(const nerid_result *r, size_t i, const char **kind,
                       nerid_span *text, nerid_span *cue, nerid_span *speaker,
                       long *speaker_entity)
{
    if (!r || i >= r->doc.quotes.n)
        return 0;
    const nr_quote *q = &r->doc.quotes.v[i];
    if (kind)
        *kind = q->direct ? "direct" : "indirect";
    fill_span(r, text, q->start, q->end);
    fill_span(r, cue, q->cue_start, q->cue_end);
    fill_span(r, speaker, q->sp_start, q->sp_end);
    if (speaker && !speaker->text && q->sp_text)
        speaker->text = q->sp_text;
    if (speaker_entity)
        *speaker_entity = q->sp_ent;
    return 1;
}

size_t nerid_result_time_count(const nerid_result *r) { return r ? r->doc.times.n : 0; }

int nerid_result_time(const nerid_result *r, size_t i, const char **type,
                      nerid_span *span, const char **value, const char **tz)
{
    if (!r || i >= r->doc.times.n)
        return 0;
    const nr_time *t = &r->doc.times.v[i];
    if (type)
        *type = t->is_time ? "TIME" : "DATE";
    fill_span(r, span, t->start, t->end);
    if (value)
        *value = t->value;
    if (tz)
        *tz = t->tz;
    return 1;
}

char *nerid_result_to_json(const nerid_result *r, unsigned flags)
{
    return r ? nr_json_write(r, flags) : NULL;
}
