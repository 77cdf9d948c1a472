/* quotes.c - stage 10: quotations. First version: a double-quoted run
 * followed by a cue word and a capitalised speaker ("...," kata Fiki). */
#include <string.h>

#include "internal.h"

int nr_quotes_load(nerid_model *m, const char *dir, nerid_error *err)
{
    (void)m, (void)dir, (void)err;
    return 0;
}

void nr_quotes_free(void *p) { (void)p; }

static const char *const CUES[] = {"ujar", "kata", "jelas", "ungkap", "tutur", "sambung",
                                   "tambah", "imbuh", "ucap", "tegas", "papar", "terang", NULL};

void nr_quotes(nr_doc *d)
{
    size_t open = SIZE_MAX;
    for (size_t i = 0; i < d->toks.n; i++) {
        const nr_tok *t = &d->toks.v[i];
        if (t->flags & TF_PARA)
            open = SIZE_MAX;
        if (t->kind != TK_QUOTE || (t->flags & TF_CLUTTER))
            continue;
        if (open == SIZE_MAX) {
            open = i;
            continue;
        }
        size_t b = open + 1, e = i;
        open = SIZE_MAX;
        if (e <= b || i + 1 >= d->toks.n)
            continue;
        const char *lemma = NULL;
        for (int c = 0; CUES[c]; c++)
            if (nr_tok_is(d, i + 1, CUES[c]))
                lemma = CUES[c];
        if (!lemma)
            continue;
        if (e > b && d->toks.v[e - 1].kind == TK_PUNCT &&
            (d->text[d->toks.v[e - 1].start] == ',' || d->text[d->toks.v[e - 1].start] == '.'))
            e--;
        nr_quote *q = nr_vec_push(&d->quotes, d->oom);
        q->direct = true;
        q->start = d->toks.v[b].start;
        q->end = d->toks.v[e - 1].end;
        q->cue_start = d->toks.v[i + 1].start;
        q->cue_end = d->toks.v[i + 1].end;
        q->cue_lemma = lemma;
        q->sp_ent = -1;
        q->rule = "quote.after-cue";
        if (i + 2 < d->toks.n && (d->toks.v[i + 2].flags & TF_CAP)) {
            q->sp_start = d->toks.v[i + 2].start;
            q->sp_end = d->toks.v[i + 2].end;
            for (size_t k = 0; k < d->mentions.n; k++)
                if (!d->mentions.v[k].dropped && d->mentions.v[k].start == q->sp_start)
                    q->sp_ent = d->mentions.v[k].ent;
        }
    }
}
