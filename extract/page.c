/* page.c - stage 5: page anatomy. First version: "Baca juga:" link lines
 * are clutter (ignored); the dateline place ("JAKARTA, KOMPAS.com -"). */
#include <string.h>

#include "internal.h"

int nr_page_load(nerid_model *m, const char *dir, nerid_error *err)
{
    (void)m, (void)dir, (void)err;
    return 0;
}

void nr_page_free(void *p) { (void)p; }

static void mark_clutter(nr_doc *d, const nr_range *p, const char *reason)
{
    for (uint32_t i = p->tb; i < p->te; i++)
        d->toks.v[i].flags |= TF_CLUTTER;
    nr_ignored *g = nr_vec_push(&d->ignored, d->oom);
    g->start = p->start;
    g->end = p->end;
    g->reason = reason;
}

void nr_page(nr_doc *d)
{
    for (size_t k = 0; k < d->paras.n; k++) {
        const nr_range *p = &d->paras.v[k];
        if (nr_tok_is(d, p->tb, "baca") &&
            (nr_tok_is(d, p->tb + 1, ":") || (nr_tok_is(d, p->tb + 1, "juga") && nr_tok_is(d, p->tb + 2, ":"))))
            mark_clutter(d, p, "related");
        /* dateline: CAPS , OUTLET - */
        if (!d->meta.place && p->te - p->tb > 4 && (d->toks.v[p->tb].flags & TF_ALLCAPS) &&
            nr_tok_is(d, p->tb + 1, ",")) {
            const nr_tok *o = &d->toks.v[p->tb + 2];
            if (o->kind == TK_WORD && nr_tok_is(d, p->tb + 3, "-")) {
                d->meta.place = nr_doc_str(d, d->toks.v[p->tb].start, d->toks.v[p->tb].end);
                d->meta.dateline_tok = p->tb + 4;
            }
        }
    }
}
