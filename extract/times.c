/* times.c - stage 9: time expressions. First version: numeric dates
 * d/m/yyyy (with a clock time and zone after a comma: a dateline). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int nr_times_load(nerid_model *m, const char *dir, nerid_error *err)
{
    (void)m, (void)dir, (void)err;
    return 0;
}

void nr_times_free(void *p) { (void)p; }

void nr_times(nr_doc *d)
{
    for (size_t i = 0; i < d->toks.n; i++) {
        const nr_tok *t = &d->toks.v[i];
        if (t->kind != TK_NUMBER || (t->flags & TF_CLUTTER))
            continue;
        int dd, mm, yy, n = 0;
        char buf[16];
        size_t len = t->end - t->start;
        if (len >= sizeof buf)
            continue;
        memcpy(buf, d->text + t->start, len);
        buf[len] = '\0';
        if (sscanf(buf, "%2d/%2d/%4d%n", &dd, &mm, &yy, &n) != 3 || (size_t)n != len ||
            mm < 1 || mm > 12 || dd < 1 || dd > 31 || yy < 1900)
            continue;
        nr_time *tm = nr_vec_push(&d->times, d->oom);
        tm->start = t->start;
        tm->end = t->end;
        tm->value = nr_arena_printf(&d->arena, "%04d-%02d-%02d", yy, mm, dd);
        tm->rule = "time.dmy";
        if (!d->anchor.year) {
            d->anchor.year = yy, d->anchor.month = mm, d->anchor.day = dd;
        }
    }
}
