/*
 * internal.h - private types shared by the pipeline stages of libnerid.
 *
 * The pipeline (one stage per file, run in this order by pipeline.c):
 *   input.c       UTF-8 validation, BOM, byte -> code point / UTF-16 map
 *   tokenize.c    tokens over the original text (words, numbers, URLs ...)
 *   normalize.c   the normalized view of every token used for matching
 *   segment.c     paragraphs (lines) and sentences
 *   page.c        page anatomy: title, byline, dateline, clutter -> ignored
 *   times.c       time expressions, normalized to ISO 8601; sets d->anchor
 *                 (publication date) and meta.published
 *   gazetteer.c   gazetteer matching (trie over normalized words)
 *   entities.c    entity rules for names no gazetteer holds
 *   link.c        mention linking / coreference into entities
 *   quotes.c      direct and reported speech, cues and speakers
 *   output_json.c the nerid/1 JSON writer
 *
 * Memory: every allocation made while a document is processed belongs to
 * the document (its arena or one of its vectors). An allocation failure
 * longjmps back to nerid_extract, which frees the document whole; stages
 * therefore never check for NULL from nr_* allocators and never leak.
 * All offsets inside the library are UTF-8 byte offsets into the original
 * text; output_json.c converts them to the requested unit.
 */
#ifndef NERID_INTERNAL_H
#define NERID_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "nerid.h"

/* ------------------------------------------------------------ allocation */

/* Hookable allocator (tests fail the Nth allocation, see tests/). */
void *nr_sys_malloc(size_t n);
void *nr_sys_realloc(void *p, size_t n);
void nr_sys_free(void *p);
/* Test hook: fail every allocation after `countdown` more succeed; -1 off. */
void nr_alloc_fail_after(long countdown);

/* A growable arena of bump-allocated blocks, freed at once. */
typedef struct nr_arena_block nr_arena_block;
typedef struct {
    nr_arena_block *head;
    jmp_buf *oom; /* where to longjmp on failure, or NULL (then return NULL) */
} nr_arena;

void *nr_arena_alloc(nr_arena *a, size_t n);
char *nr_arena_strndup(nr_arena *a, const char *s, size_t n);
char *nr_arena_printf(nr_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void nr_arena_free(nr_arena *a);

/* Growable vector: NR_VEC(T) v; nr_vec_push(&v, oom) returns a zeroed slot. */
#define NR_VEC(T) struct { T *v; size_t n, cap; }
void *nr_vec_grow_(void *vec, size_t elem, jmp_buf *oom);
#define nr_vec_push(vp, oom) \
    (((vp)->n < (vp)->cap || nr_vec_grow_((vp), sizeof *(vp)->v, (oom))) \
         ? memset(&(vp)->v[(vp)->n++], 0, sizeof *(vp)->v) : NULL)
#define nr_vec_free(vp) (nr_sys_free((vp)->v), (vp)->v = NULL, (vp)->n = (vp)->cap = 0)

/* A growable string buffer. */
typedef struct {
    char *s;
    size_t n, cap;
    jmp_buf *oom;
    bool failed; /* set instead of longjmp when oom is NULL */
} nr_buf;
void nr_buf_put(nr_buf *b, const char *s, size_t n);
void nr_buf_puts(nr_buf *b, const char *s);
void nr_buf_putc(nr_buf *b, char c);
void nr_buf_printf(nr_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void nr_buf_free(nr_buf *b);

/* --------------------------------------------------------------- strmap */

/* String -> uint32 hash map (open addressing), keys copied. Used for the
 * word vocabulary and for lexicons. Not thread-safe to modify; read-only
 * use is safe from any number of threads. The slots hold offsets into one
 * block of keys, so a map in the compiled image is used where it lies,
 * without building anything at load. */
#define NR_NOKEY UINT32_MAX /* koff of an empty slot */
typedef struct {
    uint32_t *koff; /* per slot: the key's offset in pool, or NR_NOKEY */
    uint32_t *klen;
    uint32_t *vals;
    size_t cap, n;
    const char *pool; /* the keys, each followed by a NUL */
    nr_buf own;       /* a built map's key block (pool is own.s) */
    bool borrowed;    /* koff, klen, vals and pool are read-only, in the image */
} nr_strmap;
/* Slot j's key (NUL-terminated, klen[j] bytes), NULL for an empty slot. */
static inline const char *nr_strmap_key(const nr_strmap *m, size_t j)
{
    return m->koff[j] == NR_NOKEY ? NULL : m->pool + m->koff[j];
}
/* Returns 0, or -1 on ENOMEM. Overwrites an existing key's value. */
int nr_strmap_put(nr_strmap *m, const char *k, size_t klen, uint32_t val);
/* Returns true and sets *val when present. */
bool nr_strmap_get(const nr_strmap *m, const char *k, size_t klen, uint32_t *val);
void nr_strmap_free(nr_strmap *m);
uint64_t nr_hash(const char *s, size_t n);
/* nr_hash in steps, for keys built piece by piece: h = NR_HASH_INIT, then
 * h = nr_hash_step(h, s, n) for each piece; nr_hash_done(h) is the hash of
 * the whole key (strmap.c's nr_hash: change them together). */
#define NR_HASH_INIT 1469598103934665603ULL
static inline uint64_t nr_hash_step(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}
static inline uint64_t nr_hash_done(uint64_t h) { return h ^ (h >> 29); }
/* nr_strmap_get for a key whose nr_hash h is already known. */
static inline bool nr_strmap_get_h(const nr_strmap *m, const char *k, size_t klen,
                                   uint64_t h, uint32_t *val)
{
    if (!m->cap)
        return false;
    for (size_t j = h & (m->cap - 1); m->koff[j] != NR_NOKEY; j = (j + 1) & (m->cap - 1))
        if (m->klen[j] == klen && memcmp(m->pool + m->koff[j], k, klen) == 0) {
            if (val)
                *val = m->vals[j];
            return true;
        }
    return false;
}
/* nr_strmap_get_h for the word-sized keys asked per token (gazetteer,
 * entities, segment): the key is compared by a loop, which costs less
 * than a call to memcmp for a few bytes and keeps the caller's registers. */
static inline bool nr_strmap_get_word_h(const nr_strmap *m, const char *k, size_t klen,
                                        uint64_t h, uint32_t *val)
{
    if (!m->cap)
        return false;
    for (size_t j = h & (m->cap - 1); m->koff[j] != NR_NOKEY; j = (j + 1) & (m->cap - 1)) {
        if (m->klen[j] != klen)
            continue;
        const char *key = m->pool + m->koff[j];
        size_t i = 0;
        while (i < klen && key[i] == k[i])
            i++;
        if (i == klen) {
            if (val)
                *val = m->vals[j];
            return true;
        }
    }
    return false;
}

/* A hash filter: nwords 64-bit words (a power of two), a bit per added
 * key's nr_hash. A clear bit says the key was never added; a set one only
 * that it may have been (a map lookup settles it). */
static inline void nr_hfilter_add(uint64_t *words, size_t nwords, uint64_t h)
{
    words[(h >> 6) & (nwords - 1)] |= (uint64_t)1 << (h & 63);
}
static inline bool nr_hfilter_has(const uint64_t *words, size_t nwords, uint64_t h)
{
    return words[(h >> 6) & (nwords - 1)] >> (h & 63) & 1;
}

/* A fixed-capacity string -> int32 map in a document arena, for one
 * stage's bookkeeping. Keys are not copied (they point into the document).
 * Sized for `want` keys at init; nr_amap_slot returns the value slot of key
 * (created with -1 when add), or NULL when absent or full. */
typedef struct {
    uint64_t *used; /* bit j: slot j holds a key (only this is zeroed at init) */
    const char **key;
    uint32_t *klen;
    int32_t *val;
    size_t cap, n;
} nr_amap;
void nr_amap_init(nr_arena *a, nr_amap *m, size_t want);
int32_t *nr_amap_slot(nr_amap *m, const char *k, size_t n, bool add);
/* nr_amap_slot for a key whose nr_hash h is already known. */
int32_t *nr_amap_slot_h(nr_amap *m, const char *k, size_t n, uint64_t h, bool add);

/* ----------------------------------------------------------- data files */

/* Reads a TAB-separated data file: '#' comment lines and blank lines are
 * skipped; the first other line is the header, which must equal `header`
 * (columns separated by TABs). Each row must have exactly as many columns;
 * row() gets the columns (NUL-terminated, in a scratch buffer valid only
 * during the call) and returns 0, or fills `why` and returns -1. Errors are
 * reported as "file:line: reason" in err. Returns 0 or -1. */
typedef int (*nr_tsv_row_fn)(void *ctx, char **cols, size_t ncols,
                             const char *file, long line, char *why,
                             size_t whylen);
int nr_tsv_read(const char *path, const char *header, nr_tsv_row_fn row,
                void *ctx, nerid_error *err);
/* Sets err to NERID_ERR_DATA "file:line: reason". */
void nr_error_data(nerid_error *err, const char *file, long line,
                   const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void nr_error_set(nerid_error *err, nerid_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---------------------------------------------------------- normalize.c */

/* Folds s[0..n) (valid UTF-8) for matching: compatibility decomposition,
 * case folding, combining marks stripped, quote and dash variants unified
 * to ' " and -, any whitespace run to one space. Appends to out. */
void nr_fold(nr_buf *out, const char *s, size_t n);
/* Classes of quotation marks, for quotes.c. */
enum { NR_Q_NONE = 0, NR_Q_DOUBLE_OPEN, NR_Q_DOUBLE_CLOSE, NR_Q_DOUBLE_AMBIG,
       NR_Q_SINGLE_OPEN, NR_Q_SINGLE_CLOSE, NR_Q_SINGLE_AMBIG };
int nr_quote_class(int32_t cp);
/* Is s[0..n) valid UTF-8 (no overlong forms, no surrogates)? On failure
 * *bad is the byte offset of the first bad sequence. */
bool nr_utf8_valid(const char *s, size_t n, size_t *bad);
/* Case-insensitive ASCII comparison of the first n bytes: true if equal. */
static inline bool strncasecmp_ascii(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y) return false;
    }
    return true;
}
/* Decodes one code point at s[i] (valid UTF-8), sets *len. */
int32_t nr_utf8_decode(const char *s, size_t n, size_t i, size_t *len);
bool nr_cp_is_upper(int32_t cp);
bool nr_cp_is_lower(int32_t cp);
bool nr_cp_is_letter(int32_t cp);
bool nr_cp_is_digit(int32_t cp);
bool nr_cp_is_space(int32_t cp);

/* --------------------------------------------------------------- tokens */

typedef enum {
    TK_WORD = 0, /* letters/digits, internal hyphens and apostrophes */
    TK_NUMBER,   /* digits with internal . , : / - ("10.00", "26/7/2023") */
    TK_PUNCT,    /* one punctuation character ("..." is one token) */
    TK_QUOTE,    /* a quotation mark of any style */
    TK_URL,      /* URL or e-mail address */
    TK_SYMBOL    /* anything else (emoji, currency signs ...) */
} nr_tok_kind;

enum {
    TF_CAP = 1 << 0,        /* first letter is upper case */
    TF_ALLCAPS = 1 << 1,    /* >= 2 letters, all upper case */
    TF_NL = 1 << 2,         /* a line break precedes it */
    TF_SPACE = 1 << 3,      /* white space precedes it */
    TF_PARA = 1 << 4,       /* first token of a paragraph (line) */
    TF_SENT = 1 << 5,       /* first token of a sentence */
    TF_CLUTTER = 1 << 6,    /* inside page clutter (see page.c) */
    TF_HYPHEN = 1 << 7,     /* contains a hyphen ("upaya-upaya") */
    TF_NYA = 1 << 8,        /* word ends in the clitic -nya */
    TF_DOTTED = 1 << 9,     /* dotted acronym ("a.n.", "U.S.") */
    TF_ABBREV = 1 << 10,    /* known abbreviation followed by '.' */
    TF_HEADER = 1 << 11,    /* title/byline/dateline region (page.c) */
    TF_DIGIT = 1 << 12      /* contains a digit */
};

typedef struct {
    uint32_t start, end;   /* bytes in the original text */
    uint32_t nstart, nend; /* bytes in doc->view (the folded token) */
    uint16_t kind;         /* nr_tok_kind */
    uint16_t flags;        /* TF_* */
    uint32_t sent;         /* sentence index */
    uint32_t para;         /* paragraph index */
} nr_tok;

typedef struct {
    uint32_t tb, te;       /* token range [tb, te) */
    uint32_t start, end;   /* bytes */
} nr_range;

/* ------------------------------------------------------------ findings */

typedef struct {
    uint32_t start, end;   /* bytes */
    uint32_t tb, te;       /* tokens */
    int type;              /* nerid_type */
    int32_t entry;         /* gazetteer entry index or -1 */
    int32_t ent;           /* entity index after link.c, -1 before */
    const char *source;    /* "gazetteer", "rule", "alias", "role" */
    const char *rule;      /* list or rule id (static or model string) */
    const char *role;      /* role text found next to it, or NULL */
    const char *canon;     /* canonical name proposed by a rule, or NULL */
    bool dropped;          /* removed by overlap resolution */
} nr_mention;

typedef struct {
    int type;
    const char *name;      /* canonical name */
    const char *kb;        /* gazetteer id or NULL */
    const char *role;      /* or NULL */
    int32_t entry;         /* gazetteer entry or -1 */
} nr_entity;

typedef struct {
    bool direct;
    uint32_t start, end;           /* quote text (marks excluded) */
    uint32_t cue_start, cue_end;   /* 0,0 when none */
    const char *cue_lemma;         /* "ujar", or NULL */
    uint32_t sp_start, sp_end;     /* speaker surface, 0,0 when none */
    const char *sp_text;           /* surface text when not a span (or NULL) */
    int32_t sp_ent;                /* entity index or -1 */
    const char *rule;
} nr_quote;

typedef struct {
    bool is_time;                  /* TIME (clock) or DATE */
    uint32_t start, end;
    const char *value;             /* ISO 8601 / TIMEX3 value */
    const char *tz;                /* "WIB" / "WITA" / "WIT" or NULL */
    const char *check;             /* e.g. "weekday_mismatch", or NULL */
    const char *rule;
} nr_time;

typedef struct {
    uint32_t start, end;
    const char *reason;            /* "boilerplate", "related", "ad" ... */
} nr_ignored;

typedef struct {
    const char *title;
    const char *publisher;
    NR_VEC(const char *) authors;
    NR_VEC(const char *) editors;
    const char *published;         /* ISO 8601, or NULL */
    const char *place;             /* dateline place, or NULL */
    uint32_t dateline_tok;         /* first body token after the dateline */
} nr_meta;

/* A calendar anchor (publication date). */
typedef struct {
    int year, month, day;          /* 0 when unknown */
    int hour, minute;              /* -1 when unknown */
    const char *tz;
} nr_date;

/* ----------------------------------------------------------- the model */

typedef struct nr_gaz nr_gaz;         /* gazetteer.c */
typedef struct nr_lexicons nr_lexicons; /* model.c: small word lists */

/* A gazetteer entry. Its strings are offsets into the model's entry
 * strings (nr_estr), so the compiled image's entry table is used where it
 * lies, without building anything at start-up (gazetteer_image.c). */
typedef struct {
    uint32_t id;
    uint32_t name;
    uint32_t aliases;      /* '|'-separated, as in the file */
    uint32_t attrs;        /* raw "k=v;k=v" */
    uint32_t file;         /* data file it came from (basename) */
    int32_t type;          /* nerid_type */
    int32_t valid_from, valid_to; /* yyyymmdd, 0 when open */
} nr_entry;

/* A word list loaded from a data file: folded key -> class/value index. */
typedef struct {
    nr_strmap map;
    NR_VEC(const char *) strs; /* value strings (owned by the model pool) */
} nr_lex;

struct nerid_model {
    nr_arena pool;                /* strings owned by the model */
    NR_VEC(nr_entry) entries;     /* (in the image when entries_borrowed) */
    bool entries_borrowed;
    const char *estr;             /* the entries' strings: estrs.s or the image's */
    nr_buf estrs;                 /* entry strings loaded from text */
    nr_gaz *gaz;                  /* compiled matcher */
    nr_lex titles;                /* titles.tsv: folded title -> kind idx */
    nr_lex abbrevs;               /* abbreviations.tsv: folded -> 1 */
    void *times;                  /* times.c private data */
    void *quotes;                 /* quotes.c private data */
    void *page;                   /* page.c private data */
    void *entities;               /* entities.c private data */
};

/* An entry's string (e->id, e->name ...). */
static inline const char *nr_estr(const nerid_model *m, uint32_t off) { return m->estr + off; }
/* Entry attribute lookup: copies the value of key into out (NUL-terminated,
 * truncated to outlen); returns false when absent. */
bool nr_entry_attr(const nerid_model *m, const nr_entry *e, const char *key, char *out,
                   size_t outlen);
/* Is the entry valid on yyyymmdd (0 = unknown date: always valid)? */
bool nr_entry_valid_on(const nr_entry *e, int yyyymmdd);

/* Loads every data file of one folder into the model (model.c drives this;
 * each stage loads its own files). Return 0 or -1 with err filled. */
int nr_gaz_load_dir(nerid_model *m, const char *dir, nerid_error *err);
int nr_gaz_compile(nerid_model *m, nerid_error *err);
void nr_gaz_free(nr_gaz *g);
int nr_times_load(nerid_model *m, const char *dir, nerid_error *err);
void nr_times_free(void *p);
int nr_quotes_load(nerid_model *m, const char *dir, nerid_error *err);
void nr_quotes_free(void *p);
int nr_page_load(nerid_model *m, const char *dir, nerid_error *err);
void nr_page_free(void *p);
int nr_entities_load(nerid_model *m, const char *dir, nerid_error *err);
void nr_entities_free(void *p);
/* Generic word-list loader for header "word\tkind\tattrs"-like files:
 * key column `keycol`, value column `valcol` (-1: value 1). */
int nr_lex_load(nerid_model *m, nr_lex *lex, const char *path,
                const char *header, int keycol, int valcol, bool optional,
                nerid_error *err);
/* Looks up s[0..n) after folding; returns the value index or -1. */
int nr_lex_get(const nr_lex *lex, const char *s, size_t n);
void nr_lex_free(nr_lex *lex);

/* --------------------------------------------------------- the document */

typedef struct {
    const nerid_model *model;
    const nerid_options *opts;
    const char *id;
    const char *text;              /* the caller's text, never modified */
    size_t len;
    size_t body;                   /* first byte after a UTF-8 BOM */
    jmp_buf *oom;
    nr_arena arena;

    /* input.c: code point and UTF-16 counts at every 64th byte */
    NR_VEC(uint32_t) cp_ck;
    NR_VEC(uint32_t) u16_ck;

    nr_buf view;                   /* folded tokens, see nr_tok.nstart */
    nr_buf scratch;                /* a stage's temporary string (reset
                                      before use; freed with the doc, so an
                                      OOM longjmp cannot leak it) */
    NR_VEC(nr_tok) toks;
    uint64_t *tok_hash;            /* nr_hash of each token's view: made by
                                    * nr_normalize when the pipeline gave it
                                    * the array, else by nr_tok_hash's first
                                    * call (arena) */
    NR_VEC(nr_range) paras;        /* lines holding at least one token */
    NR_VEC(nr_range) sents;

    nr_meta meta;
    nr_date anchor;                /* reference date for times */
    NR_VEC(nr_ignored) ignored;
    NR_VEC(nr_mention) mentions;
    NR_VEC(nr_entity) entities;
    NR_VEC(nr_time) times;
    NR_VEC(nr_quote) quotes;
} nr_doc;

/* Stage entry points, in pipeline order. Each returns 0 or sets err and
 * returns -1 (input.c only: the others cannot fail except by OOM). */
int nr_input_check(nr_doc *d, nerid_error *err);
void nr_tokenize(nr_doc *d);
void nr_normalize(nr_doc *d);
void nr_segment(nr_doc *d);
void nr_page(nr_doc *d);
void nr_times(nr_doc *d);
void nr_gazetteer_match(nr_doc *d);
void nr_entity_rules(nr_doc *d);
void nr_link(nr_doc *d);
void nr_quotes(nr_doc *d);

/* input.c: offset conversion from a byte offset of d->text. */
size_t nr_offset_cp(const nr_doc *d, size_t byte);
/* nr_offset_cp when the code points before byte `from` are known to be
 * cp_from: counts on from `from` when it lies between byte and byte's
 * checkpoint (offsets are mostly asked in text order). */
size_t nr_offset_cp_after(const nr_doc *d, size_t byte, size_t from, size_t cp_from);
size_t nr_offset_u16(const nr_doc *d, size_t byte);
/* 1-based line and column (code points) of a byte offset of text. */
void nr_line_col(const char *text, size_t len, size_t byte, long *line, long *col);

/* Helpers on tokens. */
static inline const char *nr_tok_norm(const nr_doc *d, const nr_tok *t, size_t *n)
{
    *n = t->nend - t->nstart;
    return d->view.s + t->nstart;
}
/* nr_hash of token i's folded view (nr_tok_norm), for nr_strmap_get_h.
 * nr_tok_hashes returns them all (d->tok_hash): computed on the first call
 * when nr_normalize did not, in the document's arena (so only after
 * nr_normalize, on a document being extracted). */
uint64_t *nr_tok_hashes(nr_doc *d);
static inline uint64_t nr_tok_hash(nr_doc *d, size_t i)
{
    return (d->tok_hash ? d->tok_hash : nr_tok_hashes(d))[i];
}
/* Does the folded token equal the ASCII literal lit? Inline: with a
 * literal, strlen and memcmp fold into a length test and a few compares. */
static inline bool nr_tok_is(const nr_doc *d, size_t i, const char *lit)
{
    if (i >= d->toks.n)
        return false;
    size_t n;
    const char *s = nr_tok_norm(d, &d->toks.v[i], &n);
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}
/* The original text of tokens [tb, te) as an arena string. */
const char *nr_doc_str(nr_doc *d, uint32_t start, uint32_t end);
/* Index of the first token starting at or after byte `b`. */
size_t nr_tok_at(const nr_doc *d, uint32_t b);

/* Adds a mention (gazetteer.c, entities.c). */
nr_mention *nr_mention_add(nr_doc *d, uint32_t tb, uint32_t te, int type,
                           int32_t entry, const char *source, const char *rule);

/* The result handed to callers. */
struct nerid_result {
    nr_doc doc;
    jmp_buf oom_jb;
    nerid_options opts;
    char *id_copy;
    void *spans_cache;             /* output_json.c / accessors */
};

/* output_json.c */
char *nr_json_write(const nerid_result *r, unsigned flags);

#endif /* NERID_INTERNAL_H */
