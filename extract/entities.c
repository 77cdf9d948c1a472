/* entities.c - stage 7: rules for entities no gazetteer holds. First
 * version: a capitalised name after a person title or honorific
 * (titles.tsv: "Pak Teten", "Menteri ... Teten Masduki"). */
#include "internal.h"

static bool name_word(const nr_doc *d, size_t i)
{
    const nr_tok *t = &d->toks.v[i];
    return t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_CLUTTER);
}

void nr_entity_rules(nr_doc *d)
{
    for (size_t i = 0; i + 1 < d->toks.n; i++) {
        const nr_tok *t = &d->toks.v[i];
        if (t->kind != TK_WORD || nr_lex_get(&d->model->titles, d->text + t->start, t->end - t->start) < 0)
            continue;
        size_t j = i + 1;
        while (j < d->toks.n && j - i <= 4 && name_word(d, j) &&
               nr_lex_get(&d->model->titles, d->text + d->toks.v[j].start,
                          d->toks.v[j].end - d->toks.v[j].start) < 0)
            j++;
        if (j > i + 1) {
            nr_mention_add(d, (uint32_t)i + 1, (uint32_t)j, NERID_PERSON, -1, "rule", "rule.title-name");
            i = j - 1;
        }
    }
}
