/* normalize.c - the normalized view used for matching. Each token's text
 * is folded (compatibility decomposition, case folding, combining marks
 * stripped, quote and dash variants unified) into doc->view; the original
 * text and its offsets never change. The same fold is applied to gazetteer
 * names, so matching compares like with like. */
#include <utf8proc.h>

#include "internal.h"

int32_t nr_utf8_decode(const char *str, size_t n, size_t i, size_t *len)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (l <= 0) { /* cannot happen on validated input; be safe */
        *len = 1;
        return 0xFFFD;
    }
    *len = (size_t)l;
    return cp;
}

bool nr_cp_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool nr_cp_is_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool nr_cp_is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool nr_cp_is_digit(int32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool nr_cp_is_space(int32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    if (cp == 0x85 || cp == 0xA0 || cp == 0xFEFF || cp == 0x200B)
        return true;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

int nr_quote_class(int32_t cp)
{
    switch (cp) {
    case '"': return NR_Q_DOUBLE_AMBIG;
    case 0x201C: /* “ */
    case 0x201E: /* „ */
    case 0x00AB: /* « */
    case 0x201F: return NR_Q_DOUBLE_OPEN;
    case 0x201D: /* ” (some outlets use it for both) */
    case 0x00BB: /* » */
    case 0x2033: return NR_Q_DOUBLE_CLOSE;
    case '\'': return NR_Q_SINGLE_AMBIG;
    case 0x2018: /* ‘ */
    case 0x201A: /* ‚ */
    case 0x2039: return NR_Q_SINGLE_OPEN;
    case 0x2019: /* ’ */
    case 0x203A: return NR_Q_SINGLE_CLOSE;
    default: return NR_Q_NONE;
    }
}

/* Unifies quotes, dashes and spaces; returns the code point to fold. */
static int32_t unify(int32_t cp)
{
    switch (nr_quote_class(cp)) {
    case NR_Q_DOUBLE_OPEN: case NR_Q_DOUBLE_CLOSE: case NR_Q_DOUBLE_AMBIG:
        return '"';
    case NR_Q_SINGLE_OPEN: case NR_Q_SINGLE_CLOSE: case NR_Q_SINGLE_AMBIG:
        return '\'';
    default: break;
    }
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D)
        return '-';
    if (cp == 0x2026) /* … */
        return cp;
    return cp;
}

void nr_fold(nr_buf *out, const char *s, size_t n)
{
    bool in_space = false;
    size_t i = 0;
    nr_buf_put(out, "", 0); /* out->s is a string even when s folds to nothing */
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                if (!in_space)
                    nr_buf_putc(out, ' ');
                in_space = true;
                continue;
            }
            in_space = false;
            nr_buf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
            continue;
        }
        size_t l;
        int32_t cp = unify(nr_utf8_decode(s, n, i, &l));
        i += l;
        if (nr_cp_is_space(cp)) {
            if (!in_space)
                nr_buf_putc(out, ' ');
            in_space = true;
            continue;
        }
        in_space = false;
        if (cp < 0x80) {
            nr_buf_putc(out, (char)cp);
            continue;
        }
        utf8proc_int32_t dec[16];
        int last = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char(
            cp, dec, 16,
            UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK,
            &last);
        if (k < 0 || k > 16) { /* keep the code point as it is */
            dec[0] = cp;
            k = 1;
        }
        for (utf8proc_ssize_t j = 0; j < k; j++) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t el = utf8proc_encode_char(dec[j], enc);
            nr_buf_put(out, (const char *)enc, (size_t)el);
        }
    }
}

/* Room for the view in one allocation: the tokens' bytes fold to about
 * as many (a longer fold grows the buffer as usual). */
static void reserve_view(nr_doc *d)
{
    size_t want = d->len + 64;
    if (d->view.cap >= want || d->view.failed)
        return;
    char *s = nr_sys_realloc(d->view.s, want);
    if (!s)
        return; /* the next nr_buf_put reports the failure */
    s[d->view.n] = '\0';
    d->view.s = s;
    d->view.cap = want;
}

/* The fold of a printable ASCII byte: itself, or its lower case; 0 for
 * the bytes nr_fold has to see (controls, space, beyond ASCII). */
static const unsigned char ASCII_FOLD[256] = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
    0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
    0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};

void nr_normalize(nr_doc *d)
{
    d->view.oom = d->oom;
    reserve_view(d);
    /* the pipeline's documents get their token hashes (nr_tok_hash) here,
     * while the view is written: see pipeline.c */
    uint64_t *hash = d->tok_hash;
    nr_tok *toks = d->toks.v;
    size_t ntoks = d->toks.n;
    /* the view's end and room, kept here while tokens are copied (the
     * byte stores would otherwise make the compiler reload them) */
    char *view = d->view.s;
    size_t vn = d->view.n, room = d->view.failed ? 0 : d->view.cap;
    for (size_t i = 0; i < ntoks; i++) {
        nr_tok *t = &toks[i];
        const unsigned char *s = (const unsigned char *)d->text + t->start;
        size_t n = t->end - t->start, j = 0;
        t->nstart = (uint32_t)vn;
        /* printable ASCII (most tokens) folds to its lower case: copied
         * lowered in one pass when the view has room; anything else, and
         * a token the view has no room for, goes through nr_fold */
        if (vn + n + 1 <= room) {
            char *p = view + vn;
            unsigned char f;
            uint64_t h = NR_HASH_INIT;
            for (; j < n && (f = ASCII_FOLD[s[j]]) != 0; j++) {
                p[j] = (char)f;
                h = nr_hash_step(h, &p[j], 1);
            }
            if (j == n) {
                vn += n; /* the view's NUL is written after the loop */
                t->nend = (uint32_t)vn;
                if (hash)
                    hash[i] = nr_hash_done(h);
                continue;
            }
        }
        d->view.n = vn;
        nr_fold(&d->view, (const char *)s, n);
        t->nend = (uint32_t)d->view.n;
        if (hash)
            hash[i] = nr_hash(d->view.s + t->nstart, t->nend - t->nstart);
        view = d->view.s;
        vn = d->view.n;
        room = d->view.failed ? 0 : d->view.cap;
    }
    /* the fast path leaves room for the NUL after each token it copies
     * (nr_buf_put and nr_fold end the view with one themselves) */
    if (vn < room)
        view[vn] = '\0';
    d->view.n = vn;
}
