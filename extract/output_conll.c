/* output_conll.c - CoNLL-2003 style IOB2 rendering of a result, for NER
 * tools (conlleval, seqeval) and annotation imports.
 *
 * Format: "-DOCSTART- -X- -X- O" and a blank line open the document; then
 * one token per line, four space-separated columns "TOKEN -X- _ TAG" (no
 * part of speech or chunk is known, so those columns are placeholders; the
 * tag is the last column, as conlleval reads it), and a blank line after
 * every sentence. Tokens are nerid's own (tokenize.c), sentences are
 * segment.c's. A token is tagged B-TYPE / I-TYPE when it lies inside a
 * surviving entity mention (the same mentions as the JSON output); the
 * first mention to claim a token keeps it. Types are the six nerid types,
 * or PER/ORG/LOC with NR_RENDER_COARSE. White space inside a token (never
 * produced by the tokenizer, but the format cannot hold it) becomes '_'.
 * Follows the rules of output_json.c: reads the document, allocates only
 * the output buffer (and one tag array), never longjmps. */
#include <stdlib.h>
#include <string.h>

#include "render.h"

const char *nr_coarse_type(int type)
{
    switch (type) {
    case NERID_PERSON: return "PER";
    case NERID_LOCATION: return "LOC";
    default: return "ORG";
    }
}

char *nr_render_conll(const nerid_result *r, unsigned flags)
{
    const nr_doc *d = &r->doc;
    nr_buf b = {0};
    /* tag[i]: 0 = O, else (mention index + 1) * 2 + (1 if inside) */
    size_t *tag = nr_sys_malloc((d->toks.n + 1) * sizeof *tag);
    if (!tag)
        return NULL;
    memset(tag, 0, (d->toks.n + 1) * sizeof *tag);
    for (size_t k = 0; k < d->mentions.n; k++) {
        const nr_mention *m = &d->mentions.v[k];
        if (m->dropped || m->ent < 0 || (size_t)m->ent >= d->entities.n || m->end <= m->start)
            continue;
        size_t tb = nr_tok_at(d, m->start), te = tb;
        while (te < d->toks.n && d->toks.v[te].start < m->end)
            te++;
        bool free_run = true;
        for (size_t i = tb; i < te; i++)
            free_run = free_run && !tag[i];
        if (!free_run || te == tb)
            continue;
        for (size_t i = tb; i < te; i++)
            tag[i] = (k + 1) * 2 + (i > tb);
    }
    nr_buf_puts(&b, "-DOCSTART- -X- -X- O\n\n");
    for (size_t i = 0; i < d->toks.n; i++) {
        const nr_tok *t = &d->toks.v[i];
        if (i > 0 && t->sent != d->toks.v[i - 1].sent)
            nr_buf_putc(&b, '\n');
        for (uint32_t p = t->start; p < t->end; p++) {
            char c = d->text[p];
            nr_buf_putc(&b, (c == ' ' || c == '\t' || c == '\n' || c == '\r') ? '_' : c);
        }
        nr_buf_puts(&b, " -X- _ ");
        if (!tag[i]) {
            nr_buf_puts(&b, "O\n");
            continue;
        }
        const nr_mention *m = &d->mentions.v[tag[i] / 2 - 1];
        int type = d->entities.v[m->ent].type;
        nr_buf_printf(&b, "%s-%s\n", (tag[i] & 1) ? "I" : "B",
                      (flags & NR_RENDER_COARSE) ? nr_coarse_type(type)
                                                 : nerid_type_name((nerid_type)type));
    }
    if (d->toks.n)
        nr_buf_putc(&b, '\n');
    nr_sys_free(tag);
    if (b.failed) {
        nr_buf_free(&b);
        return NULL;
    }
    return b.s;
}
