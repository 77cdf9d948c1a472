/* output_json.c - the nerid/1 JSON writer (docs/schema.md). A small
 * streaming emitter: pretty-printed with two-space indents, or compact on
 * one line. Offsets are converted from bytes to the requested unit here.
 *
 * Speed: strings are copied in runs between the few bytes that need an
 * escape (found with a table), numbers are written with a local itoa
 * instead of printf, and code point offsets are counted on from the last
 * converted offset when that is nearer than input.c's checkpoint. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The string last written for a field, by address, and its length: it
 * needed no escape. Most mentions of an entity share their source and
 * rule, and the result's strings do not change while it is written. */
typedef struct {
    const char *s;
    size_t n;
} plain_memo;

typedef struct {
    nr_buf b;
    const nerid_result *r;
    bool pretty;
    int depth;
    bool first[32];
    bool after_key;
    size_t last_byte, last_cp;     /* the last code point offset converted */
    plain_memo source, rule;       /* of the mentions (write_entities) */
} jw;

/* The writers below append without a NUL terminator, but each leaves
 * room for one (nr_json_write ends the text with it; nr_buf_put and
 * nr_buf_putc, when the buffer grows, write theirs). */

/* Appends s[0..n). */
static inline void put(nr_buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 <= b->cap && !b->failed) {
        memcpy(b->s + b->n, s, n);
        b->n += n;
    } else {
        nr_buf_put(b, s, n);
    }
}

static inline void putc_(nr_buf *b, char c)
{
    if (b->n + 2 <= b->cap && !b->failed) {
        b->s[b->n++] = c;
    } else {
        nr_buf_putc(b, c);
    }
}

/* "00" to "99": the digits of a number two at a time. */
static const char DIGITS2[201] =
    "00010203040506070809"
    "10111213141516171819"
    "20212223242526272829"
    "30313233343536373839"
    "40414243444546474849"
    "50515253545556575859"
    "60616263646566676869"
    "70717273747576777879"
    "80818283848586878889"
    "90919293949596979899";

/* Writes the decimal digits of v just before end; returns where they
 * start. */
static inline char *digits_before(char *end, size_t v)
{
    while (v >= 100) {
        end -= 2;
        memcpy(end, DIGITS2 + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10) {
        end -= 2;
        memcpy(end, DIGITS2 + 2 * v, 2);
    } else {
        *--end = (char)('0' + v);
    }
    return end;
}

/* Appends the decimal digits of v. */
static void put_uint(nr_buf *b, size_t v)
{
    char t[24];
    char *p = digits_before(t + sizeof t, v);
    put(b, p, (size_t)(t + sizeof t - p));
}

/* Appends "<prefix><v>" as a JSON string ("E12"). */
static void put_id(nr_buf *b, char prefix, size_t v)
{
    char t[28];
    t[sizeof t - 1] = '"';
    char *p = digits_before(t + sizeof t - 1, v);
    *--p = prefix;
    *--p = '"';
    put(b, p, (size_t)(t + sizeof t - p));
}

static void newline(jw *w)
{
    if (!w->pretty)
        return;
    putc_(&w->b, '\n');
    for (int i = 0; i < w->depth; i++)
        put(&w->b, "  ", 2);
}

/* Separator and indentation before a value or a key. This and the key and
 * scalar writers below run for every field written (GCC kept them out of
 * line, for ~30% of the writer's time in calls): always inlined. */
static inline __attribute__((always_inline)) void pre(jw *w)
{
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (w->depth > 0) {
        if (!w->first[w->depth])
            putc_(&w->b, ',');
        w->first[w->depth] = false;
        newline(w);
    }
}

static inline void open_(jw *w, char c)
{
    pre(w);
    putc_(&w->b, c);
    if (w->depth < 31)
        w->depth++;
    w->first[w->depth] = true;
}

static inline void close_(jw *w, char c)
{
    bool empty = w->first[w->depth];
    w->depth--;
    if (!empty)
        newline(w);
    putc_(&w->b, c);
}

/* Bytes that need a look in put_string: controls, '"', '\\', DEL and
 * 0xE2 (the lead byte of U+2028/2029). */
#define X8(v) v, v, v, v, v, v, v, v
static const unsigned char SPECIAL[256] = {
    X8(1), X8(1), X8(1), X8(1),                     /* 0x00-0x1f */
    0, 0, 1, 0, 0, 0, 0, 0, X8(0), X8(0), X8(0),    /* 0x20-0x3f */
    X8(0), X8(0), X8(0), 0, 0, 0, 0, 1, 0, 0, 0,    /* 0x40-0x5f */
    X8(0), X8(0), X8(0), 0, 0, 0, 0, 0, 0, 0, 1,    /* 0x60-0x7f */
    X8(0), X8(0), X8(0), X8(0),                     /* 0x80-0x9f */
    X8(0), X8(0), X8(0), X8(0),                     /* 0xa0-0xbf */
    X8(0), X8(0), X8(0), X8(0),                     /* 0xc0-0xdf */
    0, 0, 1, 0, 0, 0, 0, 0, X8(0), X8(0), X8(0)     /* 0xe0-0xff */
};
#undef X8

/* put_string for a string with a byte that needs a look from i, or for
 * a buffer without room (out of line: rare). */
static __attribute__((noinline)) void put_string_escaped(nr_buf *b, const char *s, size_t n, size_t i)
{
    static const char hex[] = "0123456789abcdef";
    putc_(b, '"');
    size_t run = 0;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!SPECIAL[c])
            continue;
        const char *esc = NULL;
        char u[7];
        if (c == '"')
            esc = "\\\"";
        else if (c == '\\')
            esc = "\\\\";
        else if (c == '\n')
            esc = "\\n";
        else if (c == '\r')
            esc = "\\r";
        else if (c == '\t')
            esc = "\\t";
        else if (c < 0x20 || c == 0x7f) {
            memcpy(u, "\\u00", 4);
            u[4] = hex[c >> 4];
            u[5] = hex[c & 15];
            u[6] = '\0';
            esc = u;
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
            /* U+2028/2029: valid JSON, but not valid JavaScript */
            put(b, s + run, i - run);
            put(b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
            i += 2;
            run = i + 1;
            continue;
        }
        if (esc) {
            put(b, s + run, i - run);
            put(b, esc, strlen(esc));
            run = i + 1;
        }
    }
    put(b, s + run, n - run);
    putc_(b, '"');
}

/* Appends s[0..n), which needs no escape, in quotes. */
static inline void put_plain_quoted(nr_buf *b, const char *s, size_t n)
{
    if (b->n + n + 3 <= b->cap && !b->failed) {
        /* quotes and text after one check */
        char *p = b->s + b->n;
        *p++ = '"';
        memcpy(p, s, n);
        p += n;
        *p++ = '"';
        b->n = (size_t)(p - b->s);
    } else {
        put_string_escaped(b, s, n, n);
    }
}

static inline void put_string(nr_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && !SPECIAL[(unsigned char)s[i]])
        i++;
    if (i == n) /* nothing to escape (most strings) */
        put_plain_quoted(b, s, n);
    else
        put_string_escaped(b, s, n, i);
}

/* put_string for a NUL-terminated string: the scan for bytes that need a
 * look stops at the NUL too (SPECIAL[0]), so most strings are measured
 * and checked in one pass. Returns the length of a string that needed no
 * escape, else SIZE_MAX. */
static inline size_t put_cstring(nr_buf *b, const char *s)
{
    size_t i = 0;
    while (!SPECIAL[(unsigned char)s[i]])
        i++;
    if (s[i] == '\0') {
        put_plain_quoted(b, s, i);
        return i;
    }
    put_string_escaped(b, s, i + strlen(s + i), i);
    return SIZE_MAX;
}

/* A key: always a literal of this file, ASCII without escapes (the ""
 * makes anything else a compile error), written with one capacity check. */
#define key(w, k) key_n(w, "" k, sizeof(k) - 1)

static inline __attribute__((always_inline)) void key_n(jw *w, const char *k, size_t n)
{
    pre(w);
    nr_buf *b = &w->b;
    if (b->n + n + 5 <= b->cap && !b->failed) {
        char *p = b->s + b->n;
        *p++ = '"';
        memcpy(p, k, n);
        p += n;
        *p++ = '"';
        *p++ = ':';
        if (w->pretty)
            *p++ = ' ';
        b->n = (size_t)(p - b->s);
    } else {
        putc_(b, '"');
        put(b, k, n);
        put(b, w->pretty ? "\": " : "\":", w->pretty ? 3 : 2);
    }
    w->after_key = true;
}

static inline __attribute__((always_inline)) void str(jw *w, const char *s)
{
    pre(w);
    if (s)
        put_cstring(&w->b, s);
    else
        put(&w->b, "null", 4);
}

/* str for a field whose value often repeats (see plain_memo). */
static inline void str_memo(jw *w, const char *s, plain_memo *m)
{
    pre(w);
    if (!s) {
        put(&w->b, "null", 4);
    } else if (s == m->s) {
        put_plain_quoted(&w->b, s, m->n);
    } else {
        size_t n = put_cstring(&w->b, s);
        m->s = n != SIZE_MAX ? s : NULL;
        m->n = n;
    }
}

static inline __attribute__((always_inline)) void strn(jw *w, const char *s, size_t n)
{
    pre(w);
    put_string(&w->b, s, n);
}

static inline __attribute__((always_inline)) void num(jw *w, size_t v)
{
    pre(w);
    put_uint(&w->b, v);
}

/* Code points before `byte`, counted on from the last conversion (spans
 * are mostly written in text order). */
static size_t off_cp(jw *w, size_t byte)
{
    size_t n = nr_offset_cp_after(&w->r->doc, byte, w->last_byte, w->last_cp);
    w->last_byte = byte, w->last_cp = n;
    return n;
}

static size_t off(jw *w, uint32_t byte)
{
    const nr_doc *d = &w->r->doc;
    switch (w->r->opts.offsets) {
    case NERID_OFFSETS_BYTES: return byte;
    case NERID_OFFSETS_UTF16: return nr_offset_u16(d, byte);
    default: return off_cp(w, byte);
    }
}

/* "text", "start", "end" of a span of the input. */
static void span_fields(jw *w, uint32_t s, uint32_t e)
{
    key(w, "text");
    strn(w, w->r->doc.text + s, e - s);
    key(w, "start");
    num(w, off(w, s));
    key(w, "end");
    num(w, off(w, e));
}

/* A key (a literal) and its string value or null. */
#define kv_str(w, k, v) (key(w, k), str(w, v))

static void write_meta(jw *w)
{
    const nr_meta *m = &w->r->doc.meta;
    key(w, "meta");
    open_(w, '{');
    kv_str(w, "title", m->title);
    kv_str(w, "publisher", m->publisher);
    key(w, "authors");
    open_(w, '[');
    for (size_t i = 0; i < m->authors.n; i++)
        str(w, m->authors.v[i]);
    close_(w, ']');
    key(w, "editors");
    open_(w, '[');
    for (size_t i = 0; i < m->editors.n; i++)
        str(w, m->editors.v[i]);
    close_(w, ']');
    kv_str(w, "published", m->published);
    kv_str(w, "place", m->place);
    close_(w, '}');
}

static void write_entities(jw *w)
{
    const nr_doc *d = &w->r->doc;
    key(w, "entities");
    open_(w, '[');
    /* mentions grouped by entity in one pass over a counting sort */
    size_t ne = d->entities.n;
    size_t *count = nr_sys_malloc((ne + 1) * sizeof *count);
    size_t *order = nr_sys_malloc((d->mentions.n + 1) * sizeof *order);
    if (!count || !order) {
        w->b.failed = true;
        nr_sys_free(count), nr_sys_free(order);
        close_(w, ']');
        return;
    }
    memset(count, 0, (ne + 1) * sizeof *count);
    for (size_t k = 0; k < d->mentions.n; k++) {
        const nr_mention *m = &d->mentions.v[k];
        if (!m->dropped && m->ent >= 0 && (size_t)m->ent < ne)
            count[m->ent + 1]++;
    }
    for (size_t i = 1; i <= ne; i++)
        count[i] += count[i - 1];
    size_t *fill = nr_sys_malloc((ne + 1) * sizeof *fill);
    if (!fill) {
        w->b.failed = true;
        nr_sys_free(count), nr_sys_free(order);
        close_(w, ']');
        return;
    }
    memcpy(fill, count, (ne + 1) * sizeof *fill);
    for (size_t k = 0; k < d->mentions.n; k++) {
        const nr_mention *m = &d->mentions.v[k];
        if (!m->dropped && m->ent >= 0 && (size_t)m->ent < ne)
            order[fill[m->ent]++] = k;
    }
    nr_sys_free(fill);
    for (size_t i = 0; i < ne; i++) {
        const nr_entity *e = &d->entities.v[i];
        if (count[i] == count[i + 1])
            continue; /* no surviving mention */
        open_(w, '{');
        key(w, "id");
        pre(w);
        put_id(&w->b, 'E', i + 1);
        kv_str(w, "type", nerid_type_name((nerid_type)e->type));
        kv_str(w, "name", e->name);
        kv_str(w, "kb", e->kb);
        kv_str(w, "role", e->role);
        key(w, "mentions");
        open_(w, '[');
        for (size_t k = count[i]; k < count[i + 1]; k++) {
            const nr_mention *m = &d->mentions.v[order[k]];
            open_(w, '{');
            span_fields(w, m->start, m->end);
            key(w, "source");
            str_memo(w, m->source, &w->source);
            key(w, "rule");
            str_memo(w, m->rule, &w->rule);
            close_(w, '}');
        }
        close_(w, ']');
        close_(w, '}');
    }
    nr_sys_free(count);
    nr_sys_free(order);
    close_(w, ']');
}

static void write_quotes(jw *w)
{
    const nr_doc *d = &w->r->doc;
    key(w, "quotes");
    open_(w, '[');
    for (size_t i = 0; i < d->quotes.n; i++) {
        const nr_quote *q = &d->quotes.v[i];
        open_(w, '{');
        key(w, "id");
        pre(w);
        put_id(&w->b, 'Q', i + 1);
        kv_str(w, "kind", q->direct ? "direct" : "indirect");
        span_fields(w, q->start, q->end);
        key(w, "cue");
        if (q->cue_end > q->cue_start) {
            open_(w, '{');
            span_fields(w, q->cue_start, q->cue_end);
            kv_str(w, "lemma", q->cue_lemma);
            close_(w, '}');
        } else {
            str(w, NULL);
        }
        key(w, "speaker");
        if (q->sp_end > q->sp_start || q->sp_text) {
            open_(w, '{');
            if (q->sp_end > q->sp_start) {
                span_fields(w, q->sp_start, q->sp_end);
            } else {
                kv_str(w, "text", q->sp_text);
                key(w, "start");
                str(w, NULL);
                key(w, "end");
                str(w, NULL);
            }
            key(w, "entity");
            if (q->sp_ent >= 0 && (size_t)q->sp_ent < d->entities.n) {
                pre(w);
                put_id(&w->b, 'E', (size_t)q->sp_ent + 1);
                kv_str(w, "name", d->entities.v[q->sp_ent].name);
            } else {
                str(w, NULL);
                kv_str(w, "name", NULL);
            }
            close_(w, '}');
        } else {
            str(w, NULL);
        }
        kv_str(w, "rule", q->rule);
        close_(w, '}');
    }
    close_(w, ']');
}

static void write_times(jw *w)
{
    const nr_doc *d = &w->r->doc;
    key(w, "times");
    open_(w, '[');
    for (size_t i = 0; i < d->times.n; i++) {
        const nr_time *t = &d->times.v[i];
        open_(w, '{');
        key(w, "id");
        pre(w);
        put_id(&w->b, 'T', i + 1);
        kv_str(w, "type", t->is_time ? "TIME" : "DATE");
        span_fields(w, t->start, t->end);
        kv_str(w, "value", t->value);
        kv_str(w, "tz", t->tz);
        if (t->check)
            kv_str(w, "check", t->check);
        kv_str(w, "rule", t->rule);
        close_(w, '}');
    }
    close_(w, ']');
}

char *nr_json_write(const nerid_result *r, unsigned flags)
{
    jw w;
    memset(&w, 0, sizeof w);
    w.r = r;
    w.pretty = !(flags & NERID_JSON_COMPACT);
    const nr_doc *d = &r->doc;
    /* the output is about 2.5 times the text (compact) or 4 times (pretty):
     * one allocation instead of a dozen doublings; a failure here is only
     * left to the first put */
    size_t guess = d->len * (w.pretty ? 4 : 3) + 4096;
    if ((w.b.s = nr_sys_malloc(guess)) != NULL)
        w.b.cap = guess;
    static const char *const UNITS[] = {"codepoints", "utf16", "bytes"};

    open_(&w, '{');
    kv_str(&w, "schema", NERID_SCHEMA);
    key(&w, "doc");
    open_(&w, '{');
    kv_str(&w, "id", d->id);
    key(&w, "length");
    num(&w, off(&w, (uint32_t)d->len));
    kv_str(&w, "offsets", UNITS[r->opts.offsets]);
    close_(&w, '}');
    write_meta(&w);
    write_entities(&w);
    write_quotes(&w);
    write_times(&w);
    key(&w, "ignored");
    open_(&w, '[');
    for (size_t i = 0; i < d->ignored.n; i++) {
        const nr_ignored *g = &d->ignored.v[i];
        open_(&w, '{');
        key(&w, "start");
        num(&w, off(&w, g->start));
        key(&w, "end");
        num(&w, off(&w, g->end));
        kv_str(&w, "reason", g->reason);
        close_(&w, '}');
    }
    close_(&w, ']');
    close_(&w, '}');
    if (w.b.failed) {
        nr_buf_free(&w.b);
        return NULL;
    }
    w.b.s[w.b.n] = '\0'; /* the room every writer left */
    if (w.b.cap - w.b.n > 4096) { /* give back what the guess left over */
        char *t = nr_sys_realloc(w.b.s, w.b.n + 1);
        if (t)
            w.b.s = t;
    }
    return w.b.s;
}
