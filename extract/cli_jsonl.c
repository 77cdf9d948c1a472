/* cli_jsonl.c - reads one JSON Lines record for `nerid --jsonl`.
 *
 * jansson reads a record byte by byte, and the article text is nearly all
 * of it (about a quarter of a whole --jsonl run went to json_loadb). So the
 * record's top level is scanned here for its "text" string, that string is
 * decoded here, and jansson parses the rest of the record with the text cut
 * out. Anything unusual (an escaped key, a second "text", an invalid
 * escape, \u0000, a lone surrogate, a raw control character, a record
 * that is not an object) leaves the whole line to jansson, so results and
 * error messages are always jansson's. fuzz/fuzz_jsonl.c checks exactly
 * that against json_loadb on arbitrary lines. No recursion: nested values
 * are skipped by counting brackets. */
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static size_t skip_ws(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return i;
}

/* Do the 8 bytes at p hold no '"', no '\\' and no control character
 * (< 0x20)? Tested a word at a time: (v - 0x01..) & ~v has a byte's high
 * bit set where v has a zero byte (exactly for the first one, which is all
 * that matters here), and (x - 0x20..) & ~x where x has a byte below 0x20.
 * Text bytes are nearly all such plain bytes. */
static bool plain8(const char *p)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    uint64_t hit = ((q - ones) & ~q) | ((b - ones) & ~b) | ((x - ones * 0x20) & ~x);
    return !(hit & highs);
}

/* The end of the JSON string opening at s[i] (past its closing quote), or
 * 0. *plain: no backslash inside. */
static size_t string_end(const char *s, size_t n, size_t i, bool *plain)
{
    *plain = true;
    for (i++; i < n; i++) {
        while (i + 8 <= n && plain8(s + i))
            i += 8;
        if (i >= n)
            break;
        if (s[i] == '"')
            return i + 1;
        if (s[i] == '\\') {
            *plain = false;
            i++;
        }
    }
    return 0;
}

/* The end of the value starting at s[i], or 0. Nested values are skipped
 * by counting brackets (no recursion); jansson checks them later. */
static size_t value_end(const char *s, size_t n, size_t i)
{
    size_t depth = 0;
    bool plain;
    while (i < n) {
        char c = s[i];
        if (c == '"') {
            if (!(i = string_end(s, n, i, &plain)))
                return 0;
            if (!depth)
                return i;
            continue;
        }
        if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (!depth)
                return i; /* the end of a scalar */
            if (!--depth)
                return i + 1;
        } else if (!depth && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
            return i;
        }
        i++;
    }
    return 0;
}

/* Finds the record's top-level "text" string: [*ts, *te) between its
 * quotes. False when the record is not a plain object with exactly one. */
static bool text_span(const char *s, size_t n, size_t *ts, size_t *te)
{
    size_t i = skip_ws(s, n, 0);
    bool found = false, plain;
    if (i >= n || s[i] != '{')
        return false;
    i = skip_ws(s, n, i + 1);
    if (i < n && s[i] == '}')
        return false;
    for (;;) {
        if (i >= n || s[i] != '"')
            return false;
        size_t ke = string_end(s, n, i, &plain);
        if (!ke || !plain)
            return false;
        bool is_text = ke - i == 6 && memcmp(s + i, "\"text\"", 6) == 0;
        i = skip_ws(s, n, ke);
        if (i >= n || s[i] != ':')
            return false;
        i = skip_ws(s, n, i + 1);
        size_t ve = value_end(s, n, i);
        if (!ve)
            return false;
        if (is_text) {
            if (found || s[i] != '"')
                return false;
            found = true;
            *ts = i + 1;
            *te = ve - 1;
        }
        i = skip_ws(s, n, ve);
        if (i < n && s[i] == ',') {
            i = skip_ws(s, n, i + 1);
            continue;
        }
        if (i < n && s[i] == '}')
            return found && skip_ws(s, n, i + 1) == n;
        return false;
    }
}

static int hex4(const char *s)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9' ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Decodes the body of a JSON string (valid UTF-8, between its quotes) into
 * a new buffer, or NULL for anything jansson should judge. */
static char *decode_text(const char *s, size_t n, size_t *outlen)
{
    char *out = malloc(n + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n;) {
        if (i + 8 <= n && plain8(s + i)) {
            memcpy(o, s + i, 8);
            o += 8;
            i += 8;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c != '\\') {
            if (c < 0x20)
                goto hand_over;
            *o++ = (char)c;
            i++;
            continue;
        }
        if (i + 1 >= n)
            goto hand_over;
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case '"': *o++ = '"'; continue;
        case '\\': *o++ = '\\'; continue;
        case '/': *o++ = '/'; continue;
        case 'b': *o++ = '\b'; continue;
        case 'f': *o++ = '\f'; continue;
        case 'n': *o++ = '\n'; continue;
        case 'r': *o++ = '\r'; continue;
        case 't': *o++ = '\t'; continue;
        case 'u': break;
        default: goto hand_over;
        }
        if (i + 4 > n)
            goto hand_over;
        long cp = hex4(s + i);
        i += 4;
        if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
            goto hand_over;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 6 > n || s[i] != '\\' || s[i + 1] != 'u')
                goto hand_over;
            long lo = hex4(s + i + 2);
            if (lo < 0xDC00 || lo > 0xDFFF)
                goto hand_over;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
        }
        /* at most 4 bytes from at least 6 escaped ones */
        if (cp < 0x80) {
            *o++ = (char)cp;
        } else if (cp < 0x800) {
            *o++ = (char)(0xC0 | (cp >> 6));
            *o++ = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *o++ = (char)(0xE0 | (cp >> 12));
            *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
            *o++ = (char)(0x80 | (cp & 0x3F));
        } else {
            *o++ = (char)(0xF0 | (cp >> 18));
            *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
            *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
            *o++ = (char)(0x80 | (cp & 0x3F));
        }
    }
    *o = '\0';
    *outlen = (size_t)(o - out);
    return out;
hand_over:
    free(out);
    return NULL;
}

json_t *cli_load_record(const char *line, size_t len, char **text, size_t *textlen,
                        json_error_t *jerr)
{
    size_t ts = 0, te = 0;
    *text = NULL;
    if (text_span(line, len, &ts, &te) && (*text = decode_text(line + ts, te - ts, textlen))) {
        size_t rest = len - (te - ts);
        char *small = malloc(rest + 1);
        json_t *rec = NULL;
        if (small) {
            memcpy(small, line, ts);
            memcpy(small + ts, line + te, len - te);
            rec = json_loadb(small, rest, JSON_REJECT_DUPLICATES, jerr);
            free(small);
        }
        if (rec)
            return rec;
        free(*text); /* jansson on the whole line says what is wrong */
        *text = NULL;
    }
    return json_loadb(line, len, JSON_REJECT_DUPLICATES, jerr);
}

