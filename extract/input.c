/* input.c - stage 1: the input as given. Validates UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), skips a BOM, and
 * records code point and UTF-16 counts every 64 bytes so that any byte
 * offset converts to the other units in O(64). */
#include <string.h>

#include "internal.h"

#define CK_SHIFT 6 /* a checkpoint every 64 bytes */

/* Length of the UTF-8 sequence starting at s[i], or 0 if it is invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n, size_t i)
{
    unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c == 0xE0)
        len = 3, lo = 0xA0;
    else if (c == 0xED)
        len = 3, hi = 0x9F; /* no surrogates */
    else if (c >= 0xE1 && c <= 0xEF)
        len = 3;
    else if (c == 0xF0)
        len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3)
        len = 4;
    else if (c == 0xF4)
        len = 4, hi = 0x8F;
    else
        return 0;
    if (i + len > n)
        return 0;
    if (s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (size_t k = 2; k < len; k++)
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
    return len;
}

bool nr_utf8_valid(const char *str, size_t n, size_t *bad)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        /* fast path over ASCII, 8 bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        size_t l = utf8_seq(s, n, i);
        if (!l) {
            if (bad)
                *bad = i;
            return false;
        }
        i += l;
    }
    return true;
}

void nr_line_col(const char *text, size_t len, size_t byte, long *line, long *col)
{
    long l = 1, c = 1;
    if (byte > len)
        byte = len;
    for (size_t i = 0; i < byte; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '\n' || (ch == '\r' && (i + 1 >= len || text[i + 1] != '\n'))) {
            l++;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* Sum of the bytes of x, each 0 or 1. */
static inline uint32_t byte_sum(uint64_t x)
{
    return (uint32_t)((x * 0x0101010101010101ULL) >> 56);
}

/* Adds the code points and the UTF-16 units of the valid UTF-8 s[i..e) to
 * *cp and *u16: a code point per byte that is not a continuation byte
 * (10xxxxxx), and one more UTF-16 unit per 4-byte lead (11110xxx). Eight
 * bytes at a time (bit 7 and 6 of each byte brought down to bit 0). */
static void count_units(const unsigned char *s, size_t i, size_t e, uint32_t *cp, uint32_t *u16)
{
    const uint64_t ones = 0x0101010101010101ULL;
    uint32_t c = 0, f = 0;
    for (; i + 8 <= e; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (!(w & 0x8080808080808080ULL)) {
            c += 8;
            continue;
        }
        c += 8 - byte_sum((w >> 7) & ~(w >> 6) & ones);
        f += byte_sum((w >> 7) & (w >> 6) & (w >> 5) & (w >> 4) & ones);
    }
    for (; i < e; i++)
        if ((s[i] & 0xC0) != 0x80) {
            c++;
            f += s[i] >= 0xF0;
        }
    *cp += c;
    *u16 += c + f;
}

int nr_input_check(nr_doc *d, nerid_error *err)
{
    size_t max = d->opts->max_bytes ? d->opts->max_bytes : NERID_DEFAULT_MAX;
    if (d->len > max || d->len >= UINT32_MAX) {
        nr_error_set(err, NERID_ERR_TOO_BIG,
                     "%s: document is %zu bytes, over the limit of %zu bytes",
                     d->id, d->len, max);
        return -1;
    }
    size_t bad;
    if (!nr_utf8_valid(d->text, d->len, &bad)) {
        long line, col;
        nr_line_col(d->text, d->len, bad, &line, &col);
        nr_error_set(err, NERID_ERR_UTF8,
                     "%s:%ld:%ld: invalid UTF-8 at byte offset %zu (byte 0x%02X)",
                     d->id, line, col, bad, (unsigned char)d->text[bad]);
        if (err) {
            err->offset = (long)bad;
            err->line = line;
            err->column = col;
        }
        return -1;
    }
    d->body = (d->len >= 3 && memcmp(d->text, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;

    /* checkpoints: counts before byte k << CK_SHIFT */
    const unsigned char *s = (const unsigned char *)d->text;
    uint32_t cp = 0, u16 = 0;
    for (size_t b = 0; b <= d->len; b += (size_t)1 << CK_SHIFT) {
        *(uint32_t *)nr_vec_push(&d->cp_ck, d->oom) = cp;
        *(uint32_t *)nr_vec_push(&d->u16_ck, d->oom) = u16;
        size_t e = b + ((size_t)1 << CK_SHIFT);
        count_units(s, b, e < d->len ? e : d->len, &cp, &u16);
    }
    return 0;
}

static size_t count_from(const nr_doc *d, size_t byte, bool utf16)
{
    if (byte > d->len)
        byte = d->len;
    size_t k = byte >> CK_SHIFT;
    uint32_t cp = d->cp_ck.v[k], u16 = d->u16_ck.v[k];
    count_units((const unsigned char *)d->text, k << CK_SHIFT, byte, &cp, &u16);
    return utf16 ? u16 : cp;
}

size_t nr_offset_cp(const nr_doc *d, size_t byte) { return count_from(d, byte, false); }

size_t nr_offset_cp_after(const nr_doc *d, size_t byte, size_t from, size_t cp_from)
{
    if (byte > d->len)
        byte = d->len;
    if (from > byte || from <= (byte & ~(((size_t)1 << CK_SHIFT) - 1)))
        return count_from(d, byte, false); /* the checkpoint is nearer */
    uint32_t cp = (uint32_t)cp_from, u16 = 0;
    count_units((const unsigned char *)d->text, from, byte, &cp, &u16);
    return cp;
}
size_t nr_offset_u16(const nr_doc *d, size_t byte) { return count_from(d, byte, true); }
