/* alloc.c - the allocator hook, per-document arenas, vectors and string
 * buffers. Out-of-memory inside a document unwinds with longjmp to
 * nerid_extract (see internal.h); outside a document the callers check. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Allocation-failure injection for tests (single-threaded use only). */
static long fail_countdown = -1;

void nr_alloc_fail_after(long countdown) { fail_countdown = countdown; }

static bool should_fail(void)
{
    if (fail_countdown < 0)
        return false;
    if (fail_countdown == 0)
        return true;
    fail_countdown--;
    return false;
}

void *nr_sys_malloc(size_t n) { return should_fail() ? NULL : malloc(n ? n : 1); }
void *nr_sys_realloc(void *p, size_t n) { return should_fail() ? NULL : realloc(p, n ? n : 1); }
void nr_sys_free(void *p) { free(p); }

static void *oom(jmp_buf *jb)
{
    if (jb)
        longjmp(*jb, 1);
    return NULL;
}

/* ---------------------------------------------------------------- arena */

struct nr_arena_block {
    nr_arena_block *next;
    size_t used, cap;
    max_align_t data[];
};

#define ARENA_MIN ((size_t)16384)

void *nr_arena_alloc(nr_arena *a, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    nr_arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > ARENA_MIN ? n : ARENA_MIN;
        if (b && b->cap * 2 > cap && b->cap < ((size_t)1 << 22))
            cap = b->cap * 2 > n ? b->cap * 2 : n;
        nr_arena_block *nb = nr_sys_malloc(sizeof *nb + cap);
        if (!nb)
            return oom(a->oom);
        nb->cap = cap;
        nb->used = 0;
        nb->next = b;
        a->head = b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

char *nr_arena_strndup(nr_arena *a, const char *s, size_t n)
{
    char *p = nr_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *nr_arena_printf(nr_arena *a, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = nr_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    if ((size_t)n < sizeof small) {
        memcpy(p, small, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return p;
}

void nr_arena_free(nr_arena *a)
{
    nr_arena_block *b = a->head;
    while (b) {
        nr_arena_block *next = b->next;
        nr_sys_free(b);
        b = next;
    }
    a->head = NULL;
}

/* --------------------------------------------------------------- vector */

typedef NR_VEC(char) any_vec;

void *nr_vec_grow_(void *vec, size_t elem, jmp_buf *jb)
{
    any_vec *v = vec;
    size_t cap = v->cap ? v->cap * 2 : 16;
    if (cap > SIZE_MAX / elem)
        return oom(jb);
    void *p = nr_sys_realloc(v->v, cap * elem);
    if (!p)
        return oom(jb);
    v->v = p;
    v->cap = cap;
    return p;
}

/* --------------------------------------------------------------- buffer */

static bool buf_reserve(nr_buf *b, size_t more)
{
    if (b->failed)
        return false;
    if (b->n + more + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + more + 1) {
        if (cap > SIZE_MAX / 2) {
            b->failed = true;
            oom(b->oom);
            return false;
        }
        cap *= 2;
    }
    char *s = nr_sys_realloc(b->s, cap);
    if (!s) {
        b->failed = true;
        oom(b->oom);
        return false;
    }
    b->s = s;
    b->cap = cap;
    return true;
}

void nr_buf_put(nr_buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

void nr_buf_puts(nr_buf *b, const char *s) { nr_buf_put(b, s, strlen(s)); }

void nr_buf_putc(nr_buf *b, char c)
{
    if (!buf_reserve(b, 1))
        return;
    b->s[b->n++] = c;
    b->s[b->n] = '\0';
}

void nr_buf_printf(nr_buf *b, const char *fmt, ...)
{
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        nr_buf_put(b, small, (size_t)n);
        return;
    }
    if (!buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

void nr_buf_free(nr_buf *b)
{
    nr_sys_free(b->s);
    b->s = NULL;
    b->n = b->cap = 0;
}

/* --------------------------------------------------------------- errors */

void nr_error_set(nerid_error *err, nerid_status code, const char *fmt, ...)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->code = code;
    err->offset = -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

void nr_error_data(nerid_error *err, const char *file, long line,
                   const char *fmt, ...)
{
    if (!err)
        return;
    char why[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    nr_error_set(err, NERID_ERR_DATA, "%s:%ld: %s", file, line, why);
    snprintf(err->source, sizeof err->source, "%s", file);
    err->line = line;
}

const char *nerid_strerror(nerid_status code)
{
    switch (code) {
    case NERID_OK: return "success";
    case NERID_ERR_NOMEM: return "out of memory";
    case NERID_ERR_UTF8: return "invalid UTF-8";
    case NERID_ERR_TOO_BIG: return "input too large";
    case NERID_ERR_IO: return "I/O error";
    case NERID_ERR_DATA: return "malformed data file";
    case NERID_ERR_ARG: return "invalid argument";
    }
    return "unknown error";
}
