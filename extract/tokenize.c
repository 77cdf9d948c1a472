/* tokenize.c - stage 2: tokens over the original text, Indonesian style.
 *  - words keep internal hyphens and apostrophes: "upaya-upaya",
 *    "Kemenkop-UKM", "COVID-19", "Jum'at", clitics "-nya" stay attached;
 *  - dotted acronyms are one token: "a.n.", "U.S.", "S.H.";
 *  - web names are one token: "Kompas.com", "Liputan6.com", "detik.com";
 *  - numbers keep internal . , : / - between digits: "10.00", "4,28",
 *    "26/7/2023", "15:11", "2014-2019";
 *  - URLs and e-mail addresses are one token;
 *  - every quotation mark and other punctuation character is a token of
 *    its own ("..." and "…" are one).
 * Line structure is kept in flags: TF_NL (a line break before the token)
 * and TF_PARA (first token of a line: pasted news puts one paragraph on
 * each line).
 * Speed: ASCII runs are scanned without decoding (two bytes a turn, the
 * decoding paths out of line), driven by the byte-class table BCLS. A
 * token opening with an ASCII letter or digit goes straight to scan_word,
 * whose one pass over the run finds its end and or-s its bytes' classes
 * (enough for the kind and case flags); only a word that may go on past
 * its run (goes_on) takes the out-of-line scan_long_word and extend_word.
 * Other printable ASCII is a token of its own without decoding. The URL
 * scan is tried only after "h", "w" or with an '@' within reach of the
 * word (the next '@' of the text is found once with memchr). */
#include <string.h>

#include "internal.h"

static const char *const TLDS[] = {"com", "id", "co", "net", "org", "go", "ac",
                                   "tv", "info", "news", "io", "asia", "my", NULL};

typedef struct {
    const char *s;
    size_t n;
    size_t next_at; /* the first '@' at or after the scan position, or n */
} scan;

/* Classes of a byte: ASCII upper case, lower case, digit, not ASCII (any
 * byte of a longer UTF-8 sequence), or a separator that may join a word's
 * runs (' , - . / :, see may_continue). One load per byte tells the scan
 * whether the run goes on (B_ALNUM), whether decoding is needed (B_HI)
 * and whether extend_word may have work (B_SEP); the classes or-ed over
 * a run give its flags (all digits, any capital, any lower case). */
enum { B_UP = 1, B_LOW = 2, B_DIG = 4, B_HI = 8, B_SEP = 16, B_ALNUM = B_UP | B_LOW | B_DIG };
#define R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
static const unsigned char BCLS[256] = {
    R16(0), R16(0),
    0, 0, 0, 0, 0, 0, 0, B_SEP, 0, 0, 0, 0, B_SEP, B_SEP, B_SEP, B_SEP, /* ' , - . / */
    B_DIG, B_DIG, B_DIG, B_DIG, B_DIG, B_DIG, B_DIG, B_DIG, B_DIG, B_DIG, B_SEP, 0, 0, 0, 0, 0,
    0, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP,
    B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, B_UP, 0, 0, 0, 0, 0,
    0, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW,
    B_LOW, B_LOW,
    B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, B_LOW, 0, 0, 0, 0, 0,
    R16(B_HI), R16(B_HI), R16(B_HI), R16(B_HI), R16(B_HI), R16(B_HI), R16(B_HI), R16(B_HI)
};
#undef R16

/* The nr_cp_* classes with their ASCII answers inline (cp -1: none). */
static inline bool cp_letter(int32_t cp)
{
    return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : nr_cp_is_letter(cp);
}

static inline bool cp_digit(int32_t cp)
{
    return cp < 0x80 ? cp >= '0' && cp <= '9' : nr_cp_is_digit(cp);
}

static inline bool cp_upper(int32_t cp)
{
    return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : nr_cp_is_upper(cp);
}

static inline bool cp_space(int32_t cp)
{
    return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : nr_cp_is_space(cp);
}

static inline int32_t peek(const scan *sc, size_t i, size_t *len)
{
    if (i >= sc->n) {
        *len = 0;
        return -1;
    }
    if ((unsigned char)sc->s[i] < 0x80) {
        *len = 1;
        return (unsigned char)sc->s[i];
    }
    return nr_utf8_decode(sc->s, sc->n, i, len);
}

static inline bool is_alnum(int32_t cp) { return cp >= 0 && (cp_letter(cp) || cp_digit(cp)); }

static bool is_mark(int32_t cp)
{
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF);
}

static bool is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

static bool is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }

static bool is_tld(const char *s, size_t n)
{
    for (int i = 0; TLDS[i]; i++)
        if (strlen(TLDS[i]) == n && strncasecmp_ascii(s, TLDS[i], n))
            return true;
    return false;
}

/* Scans a run of letters, digits and combining marks from i; returns end. */
static size_t scan_alnum(const scan *sc, size_t i)
{
    size_t l;
    int32_t cp;
    for (;;) {
        /* ASCII fast path: letters and digits, no marks below 0x80 */
        while (i < sc->n && (BCLS[(unsigned char)sc->s[i]] & B_ALNUM))
            i++;
        if (i >= sc->n || !(BCLS[(unsigned char)sc->s[i]] & B_HI))
            return i;
        if ((cp = peek(sc, i, &l)) < 0 || !(is_alnum(cp) || is_mark(cp)))
            return i;
        i += l;
    }
}

/* The ASCII letters and digits from i, with the classes of their bytes
 * or-ed into *all; returns their end. */
static inline size_t scan_ascii_alnum(const scan *sc, size_t i, unsigned *all)
{
    const unsigned char *s = (const unsigned char *)sc->s, *p = s + i, *end = s + sc->n;
    unsigned a = *all, b0, b1;
    /* two bytes a turn (words are short, and this loop is much of the
     * tokenizer's time), then the last one or two */
    for (; p + 1 < end; p += 2) {
        b0 = BCLS[p[0]], b1 = BCLS[p[1]];
        if (!(b0 & B_ALNUM) || !(b1 & B_ALNUM))
            break;
        a |= b0 | b1;
    }
    while (p < end && ((b0 = BCLS[*p]) & B_ALNUM)) {
        a |= b0;
        p++;
    }
    *all = a;
    return (size_t)(p - s);
}

/* A word's first run on from a byte beyond ASCII at i: its letters,
 * digits and combining marks, their classes or-ed into *all (B_HI when
 * any is not ASCII); returns its end. Out of line: rare, and it decodes. */
static __attribute__((noinline)) size_t scan_alnum_cls_hi(const scan *sc, size_t i, unsigned *all)
{
    size_t l;
    int32_t cp;
    while (i < sc->n && (BCLS[(unsigned char)sc->s[i]] & B_HI)) {
        if ((cp = peek(sc, i, &l)) < 0 || !(is_alnum(cp) || is_mark(cp)))
            break;
        *all |= B_HI;
        i = scan_ascii_alnum(sc, i + l, all);
    }
    return i;
}

/* May the byte after a word's run continue the token: a separator of
 * numbers, hyphens, apostrophes and web names, or a byte of a non-ASCII
 * hyphen or apostrophe? */
static bool may_continue(unsigned char c)
{
    return BCLS[c] & (B_HI | B_SEP);
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

/* Can a token opening with the ASCII letter or digit c at i be a URL or
 * an e-mail address? Only "http...", "www." or an '@' within reach can
 * (sc->next_at is the first '@' at or after the last place scan_url
 * looked, so one before i is stale and scan_url looks again). */
static inline bool may_be_url(const scan *sc, size_t i, unsigned char c)
{
    unsigned char lower = (unsigned char)(c | 0x20);
    return lower == 'h' || lower == 'w' || sc->next_at <= i + 65;
}

/* URL or e-mail starting at i, or 0 (out of line: most words are
 * neither, see may_be_url). */
static __attribute__((noinline)) size_t scan_url(scan *sc, size_t i)
{
    const char *s = sc->s + i;
    size_t rest = sc->n - i;
    unsigned char c0 = (unsigned char)(s[0] | 0x20); /* most words: neither */
    bool url = (c0 == 'h' && ((rest > 7 && strncasecmp_ascii(s, "http://", 7)) ||
                              (rest > 8 && strncasecmp_ascii(s, "https://", 8)))) ||
               (c0 == 'w' && rest > 4 && strncasecmp_ascii(s, "www.", 4));
    size_t j = i;
    if (!url) {
        /* no '@' within reach of the local part's bound: no e-mail */
        if (sc->next_at < i) {
            const char *at = memchr(sc->s + i, '@', sc->n - i);
            sc->next_at = at ? (size_t)(at - sc->s) : sc->n;
        }
        if (sc->next_at > i + 65)
            return 0;
        /* e-mail: alnum [._-alnum]* @ alnum(.alnum)+ */
        /* the local part is at most 64 bytes (RFC 5321): this bound keeps
         * tokenizing linear on long runs like "aaa.aaa.aaa..." */
        while (j < sc->n && j - i <= 64 && (unsigned char)sc->s[j] < 0x80 &&
               (is_alnum((unsigned char)sc->s[j]) || strchr("._-+", sc->s[j]))) {
            j++;
        }
        if (j >= sc->n || sc->s[j] != '@' || j == i)
            return 0;
        j++;
        size_t dom = j;
        bool dot = false;
        while (j < sc->n && (unsigned char)sc->s[j] < 0x80 &&
               (is_alnum((unsigned char)sc->s[j]) || sc->s[j] == '.' || sc->s[j] == '-')) {
            if (sc->s[j] == '.')
                dot = true;
            j++;
        }
        if (!dot || j == dom)
            return 0;
    } else {
        while (j < sc->n) {
            size_t l;
            int32_t cp = peek(sc, j, &l);
            if (cp_space(cp) || cp == '"' || cp == '<' || cp == '>' ||
                nr_quote_class(cp) == NR_Q_DOUBLE_OPEN || nr_quote_class(cp) == NR_Q_DOUBLE_CLOSE)
                break;
            j += l;
        }
    }
    while (j > i && strchr(".,;:!?)'", sc->s[j - 1]))
        j--;
    return j;
}

/* nr_vec_push of a token when the vector is full (reserve_toks makes it
 * rare). */
static __attribute__((noinline)) nr_tok *push_grow(nr_doc *d)
{
    return nr_vec_push(&d->toks, d->oom);
}

/* Appends a token. The whole token is written by one assignment, with
 * typed stores: nr_vec_push's memset could alias anything, and the
 * compiler would reload the scan's state after each token. */
static inline void push(nr_doc *d, size_t start, size_t end, int kind, unsigned flags)
{
    nr_tok *t = d->toks.n < d->toks.cap ? &d->toks.v[d->toks.n++] : push_grow(d);
    *t = (nr_tok){.start = (uint32_t)start, .end = (uint32_t)end, .kind = (uint16_t)kind,
                  .flags = (uint16_t)flags};
}

/* Letter-case flags of an ASCII word, given the classes of its bytes
 * or-ed (its capitals are counted only when it has no lower case). */
static inline unsigned case_flags_ascii(const char *s, size_t n, unsigned all, bool *has_digit)
{
    *has_digit = (all & B_DIG) != 0;
    /* the commonest words first: no capital, or a capital or a lower-case
     * letter first and some lower case (then it is not all capitals) */
    if (!(all & B_UP))
        return 0;
    unsigned first = BCLS[(unsigned char)s[0]];
    if ((all & B_LOW) && (first & (B_UP | B_LOW)))
        return first & B_UP ? TF_CAP : 0;
    unsigned caps = 0;
    if ((all & B_UP) && !(all & B_LOW))
        for (size_t k = 0; k < n; k++)
            caps += BCLS[(unsigned char)s[k]] & B_UP;
    size_t k = 0;
    while (k < n && !(BCLS[(unsigned char)s[k]] & (B_UP | B_LOW)))
        k++;
    return (k < n && (BCLS[(unsigned char)s[k]] & B_UP) ? TF_CAP : 0) |
           (caps >= 2 && !(all & B_LOW) ? TF_ALLCAPS : 0);
}

/* Letter-case flags of a word token. */
static unsigned case_flags(const char *s, size_t n, bool *has_digit)
{
    /* ASCII word: the classes of its bytes or-ed */
    unsigned all = 0;
    for (size_t k = 0; k < n; k++)
        all |= BCLS[(unsigned char)s[k]];
    if (!(all & B_HI))
        return case_flags_ascii(s, n, all, has_digit);
    unsigned f = 0;
    size_t i = 0, letters = 0, upper = 0;
    bool first = true;
    *has_digit = false;
    while (i < n) {
        size_t l = 1;
        unsigned char b = (unsigned char)s[i];
        int32_t cp = b < 0x80 ? (int32_t)b : nr_utf8_decode(s, n, i, &l);
        i += l;
        if (cp_digit(cp))
            *has_digit = true;
        if (!cp_letter(cp))
            continue;
        letters++;
        if (cp_upper(cp)) {
            upper++;
            if (first)
                f |= TF_CAP;
        }
        first = false;
    }
    if (letters >= 2 && upper == letters)
        f |= TF_ALLCAPS;
    return f;
}

/* Room for the tokens of a text of len bytes in one allocation (news
 * text has a token every 5 bytes or so; a denser text grows as usual). */
static void reserve_toks(nr_doc *d, size_t len)
{
    size_t want = len / 3 + 16;
    if (d->toks.cap >= want)
        return;
    nr_tok *v = nr_sys_realloc(d->toks.v, want * sizeof *v);
    if (!v)
        return; /* nr_vec_push reports the failure */
    d->toks.v = v;
    d->toks.cap = want;
}

/* Does a word ending at end (5 bytes or more) end in the clitic "-nya"?
 * (c | 0x20) == 'n' holds only for 'n' and 'N', and so on. */
static inline bool ends_nya(const char *end)
{
    return (end[-3] | 0x20) == 'n' && (end[-2] | 0x20) == 'y' && (end[-1] | 0x20) == 'a';
}

/* Extends a word or number whose first run is [start, end) and which is
 * followed by a byte that may continue it (may_continue): a dotted
 * acronym, numbers' separators, hyphens, apostrophes, web names. Returns
 * the token's end; clears *num when the token turns into a word. */
static __attribute__((noinline)) size_t extend_word(scan *sc, size_t start, size_t end, bool *num,
                                                    unsigned *flags)
{
    /* dotted acronym: L . L . (L .)* */
    size_t l1, l2;
    if (end - start <= 2 && !*num && peek(sc, end, &l1) == '.' &&
        cp_letter(peek(sc, end + 1, &l2))) {
        size_t j = end;
        int parts = 1;
        while (peek(sc, j, &l1) == '.' && cp_letter(peek(sc, j + 1, &l2))) {
            size_t k = scan_alnum(sc, j + 1);
            if (k - (j + 1) > 2)
                break;
            j = k;
            parts++;
        }
        if (parts >= 2) {
            if (peek(sc, j, &l1) == '.')
                j++;
            end = j;
            *flags |= TF_DOTTED;
        }
    }
    while (end < sc->n && may_continue((unsigned char)sc->s[end])) {
        size_t k = end, cl;
        int32_t c = peek(sc, k, &cl);
        int32_t nx = peek(sc, k + cl, &l2);
        if (c < 0)
            break;
        if (*num && (c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && cp_digit(nx)) {
            size_t e2 = scan_alnum(sc, k + cl);
            if (!all_digits(sc->s + k + cl, e2 - (k + cl)))
                break; /* "2-in-1": stop at the separator */
            end = e2;
            continue;
        }
        if (is_hyphen(c) && is_alnum(nx) && !*num) {
            end = scan_alnum(sc, k + cl);
            *flags |= TF_HYPHEN;
            continue;
        }
        if (is_hyphen(c) && cp_letter(nx) && *num) {
            /* "2-in-1", "5-G": a word */
            end = scan_alnum(sc, k + cl);
            *num = false;
            *flags |= TF_HYPHEN;
            continue;
        }
        if (is_apos(c) && cp_letter(nx) && !*num && k > start) {
            size_t e2 = scan_alnum(sc, k + cl);
            if (e2 - (k + cl) >= 1) {
                end = e2;
                continue;
            }
        }
        if (c == '.' && !*num && !(*flags & TF_DOTTED) && cp_letter(nx)) {
            size_t e2 = scan_alnum(sc, k + 1);
            if (is_tld(sc->s + k + 1, e2 - (k + 1))) {
                size_t l3;
                int32_t after = peek(sc, e2, &l3);
                if (after < 0 || !cp_letter(after)) {
                    end = e2;
                    continue;
                }
            }
        }
        break;
    }
    return end;
}

/* The flags of the word token [start, end) beyond its line flags: case,
 * TF_DIGIT, TF_NYA. all is the classes of its bytes or-ed when the word
 * is one ASCII run (ascii), else its letters are decoded (case_flags).
 * Always inlined: scan_word's hot path (a call costs ~2% of the run). */
static inline __attribute__((always_inline)) unsigned word_flags(const char *s, size_t start, size_t end,
                                                                   unsigned all, bool ascii)
{
    bool dig;
    unsigned f = ascii ? case_flags_ascii(s + start, end - start, all, &dig)
                       : case_flags(s + start, end - start, &dig);
    if (dig)
        f |= TF_DIGIT;
    if (end - start >= 5 && ends_nya(s + end))
        f |= TF_NYA;
    return f;
}

/* scan_word on from the first ASCII run [start, end), whose bytes' classes
 * or-ed are all, when the token may go on at end (goes_on), or for a word
 * opening beyond ASCII (an empty run, end == start): out of line, rare. */
static __attribute__((noinline)) size_t scan_long_word(scan *sc, size_t start, size_t end,
                                                       unsigned all, int *kind, unsigned *flags)
{
    if (BCLS[(unsigned char)sc->s[end]] & B_HI)
        end = scan_alnum_cls_hi(sc, end, &all);
    size_t end0 = end; /* the first run's end, whose classes are known */
    bool num = all == B_DIG; /* no other class, no byte beyond ASCII */
    if (end < sc->n && may_continue((unsigned char)sc->s[end]))
        end = extend_word(sc, start, end, &num, flags);
    *kind = num ? TK_NUMBER : TK_WORD;
    if (num) {
        *flags |= TF_DIGIT;
        return end;
    }
    *flags |= word_flags(sc->s, start, end, all, end == end0 && !(all & B_HI));
    return end;
}

/* May the token whose first ASCII run ends at end go on? A byte beyond
 * ASCII may (a letter, a mark, a hyphen or an apostrophe beyond ASCII);
 * a separator only before a letter or a digit (maybe beyond ASCII), which
 * every rule of extend_word wants after it: "kata," and "kata. " end. */
static inline bool goes_on(const scan *sc, size_t end)
{
    const unsigned char *s = (const unsigned char *)sc->s;
    if (end >= sc->n || !may_continue(s[end]))
        return false;
    return (BCLS[s[end]] & B_HI) ||
           (end + 1 < sc->n && (BCLS[s[end + 1]] & (B_ALNUM | B_HI)));
}

/* The word or number starting at i with an ASCII letter or digit (one
 * opening beyond ASCII goes to scan_long_word): returns its end, sets
 * *kind and or-s its flags into *flags. Most words are one ASCII run
 * ended by a byte that cannot continue them (a space, most punctuation):
 * the classes of its bytes, gathered by the scan, give the kind and the
 * case flags without a second look. When the token may go on (goes_on),
 * scan_long_word goes on. */
static inline __attribute__((always_inline)) size_t scan_word(scan *sc, size_t i, int *kind,
                                                              unsigned *flags)
{
    unsigned all = BCLS[(unsigned char)sc->s[i]]; /* an ASCII letter or digit */
    size_t end = scan_ascii_alnum(sc, i + 1, &all);
    if (goes_on(sc, end))
        return scan_long_word(sc, i, end, all, kind, flags);
    if (all == B_DIG) {
        *kind = TK_NUMBER;
        *flags |= TF_DIGIT;
        return end;
    }
    *kind = TK_WORD;
    *flags |= word_flags(sc->s, i, end, all, true);
    return end;
}

/* Does "..." start at i (the '.' at i and the next two)? */
static inline bool opens_dots(const scan *sc, size_t i)
{
    return i + 2 < sc->n && sc->s[i + 1] == '.' && sc->s[i + 2] == '.';
}

void nr_tokenize(nr_doc *d)
{
    scan sc = {d->text, d->len, 0};
    reserve_toks(d, d->len - d->body);
    size_t i = d->body;
    unsigned pending = TF_NL | TF_PARA;
    while (i < sc.n) {
        unsigned char c = (unsigned char)sc.s[i];
        if (c == ' ') { /* the commonest separator, before any decoding */
            pending |= TF_SPACE;
            i++;
            continue;
        }
        size_t start = i, end;
        int kind;
        unsigned flags = pending;
        if (BCLS[c] & B_ALNUM) { /* an ASCII letter or digit: most tokens */
            pending = 0;
            if (may_be_url(&sc, i, c) && (end = scan_url(&sc, i)) > i)
                kind = TK_URL;
            else
                end = scan_word(&sc, i, &kind, &flags);
            push(d, start, end, kind, flags);
            i = end;
            continue;
        }
        if (c > ' ' && c < 0x7F && !(c == '.' && opens_dots(&sc, i))) {
            /* other printable ASCII (the next commonest tokens): a quote
             * or a punctuation character of its own, as below */
            pending = 0;
            kind = c == '"' || c == '\'' ? TK_QUOTE : TK_PUNCT;
            push(d, start, i + 1, kind, flags);
            i++;
            continue;
        }
        size_t l;
        int32_t cp = peek(&sc, i, &l);
        if (cp_space(cp) || cp == 0 || (cp < 0x20 && cp != '\t')) {
            if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85)
                pending |= TF_NL | TF_PARA;
            else
                pending |= TF_SPACE;
            i += l;
            continue;
        }
        pending = 0;
        if (is_alnum(cp)) {
            end = scan_long_word(&sc, i, i, 0, &kind, &flags); /* beyond ASCII */
        } else if (nr_quote_class(cp) != NR_Q_NONE) {
            end = i + l;
            kind = TK_QUOTE;
        } else if (cp == '.' && opens_dots(&sc, i)) {
            end = i + 3;
            while (end < sc.n && sc.s[end] == '.')
                end++;
            kind = TK_PUNCT;
        } else if (cp < 0x80 || cp == 0x2026 || (cp >= 0x2010 && cp <= 0x2015) || cp == 0xB7) {
            end = i + l;
            kind = TK_PUNCT;
        } else {
            end = i + l;
            kind = TK_SYMBOL;
        }
        push(d, start, end, kind, flags);
        i = end;
    }
}
