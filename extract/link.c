/* link.c - stage 8: overlapping mentions resolved (longest wins, then
 * gazetteer over rule), and mentions linked into entities: the same
 * gazetteer entry, the same folded text, or a person's short name that is
 * one word of a longer name of the same person ("Anggi" ~ "Anggini"? no:
 * exact words only in this first version: "Teten" ~ "Teten Masduki"). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int cmp_mention(const void *a, const void *b)
{
    const nr_mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1; /* longer first */
    return (x->entry < 0) - (y->entry < 0); /* gazetteer first */
}

static bool same_text(const nr_doc *d, const nr_mention *a, const nr_mention *b)
{
    return a->end - a->start == b->end - b->start &&
           memcmp(d->text + a->start, d->text + b->start, a->end - a->start) == 0;
}

/* Is mention s (one word) a word of the longer mention l? */
static bool is_word_of(const nr_doc *d, const nr_mention *s, const nr_mention *l)
{
    if (s->te - s->tb != 1 || l->te - l->tb < 2)
        return false;
    size_t sn, ln;
    const char *ss = nr_tok_norm(d, &d->toks.v[s->tb], &sn);
    for (uint32_t k = l->tb; k < l->te; k++) {
        const char *ls = nr_tok_norm(d, &d->toks.v[k], &ln);
        if (ln == sn && memcmp(ls, ss, sn) == 0)
            return true;
    }
    return false;
}

void nr_link(nr_doc *d)
{
    qsort(d->mentions.v, d->mentions.n, sizeof *d->mentions.v, cmp_mention);
    uint32_t reach = 0;
    for (size_t i = 0; i < d->mentions.n; i++) {
        nr_mention *m = &d->mentions.v[i];
        if (m->start < reach) {
            m->dropped = true;
            continue;
        }
        reach = m->end;
    }
    for (size_t i = 0; i < d->mentions.n; i++) {
        nr_mention *m = &d->mentions.v[i];
        if (m->dropped)
            continue;
        int32_t found = -1;
        for (size_t j = 0; j < i && found < 0; j++) {
            const nr_mention *o = &d->mentions.v[j];
            if (o->dropped || o->type != m->type)
                continue;
            if ((m->entry >= 0 && o->entry == m->entry) || same_text(d, m, o) ||
                (m->type == NERID_PERSON && (is_word_of(d, m, o) || is_word_of(d, o, m))))
                found = o->ent;
        }
        if (found < 0) {
            nr_entity *e = nr_vec_push(&d->entities, d->oom);
            e->type = m->type;
            e->entry = m->entry;
            if (m->entry >= 0) {
                const nr_entry *ge = &d->model->entries.v[m->entry];
                e->name = ge->name;
                e->kb = ge->id;
            } else {
                e->name = nr_doc_str(d, m->start, m->end);
            }
            found = (int32_t)(d->entities.n - 1);
        } else if (m->entry < 0 && d->entities.v[found].entry < 0 &&
                   m->end - m->start > strlen(d->entities.v[found].name)) {
            d->entities.v[found].name = nr_doc_str(d, m->start, m->end);
        }
        m->ent = found;
    }
}
