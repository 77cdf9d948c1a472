/* segment.c - stage 4: paragraphs and sentences.
 * A paragraph is a line of the pasted page (news sites put one paragraph on
 * each line). A sentence ends at . ! ? or an ellipsis (with any closing
 * quotes and brackets after it) when the next token starts a new thought:
 * a capital, a digit, a quotation mark or a new line. A period after a
 * known abbreviation (Prof., Dr., Kab., Jl., No., dll. - the list is
 * gazetteers/abbreviations.tsv) or after a single capital initial ("Teguh
 * P. Nugroho") does not end a sentence. */
#include "internal.h"

static bool is_end_punct(const nr_doc *d, const nr_tok *t)
{
    if (t->kind != TK_PUNCT)
        return false;
    char c = d->text[t->start];
    return c == '.' || c == '!' || c == '?' || (unsigned char)c == 0xE2; /* … */
}

static bool is_closer(const nr_doc *d, const nr_tok *t)
{
    if (t->kind == TK_QUOTE) {
        size_t l;
        int q = nr_quote_class(nr_utf8_decode(d->text, d->len, t->start, &l));
        return q != NR_Q_DOUBLE_OPEN && q != NR_Q_SINGLE_OPEN;
    }
    if (t->kind != TK_PUNCT)
        return false;
    char c = d->text[t->start];
    return c == ')' || c == ']';
}

/* Does the '.' at token i follow an abbreviation or an initial? */
static bool period_after_abbrev(nr_doc *d, size_t i)
{
    if (i == 0 || d->text[d->toks.v[i].start] != '.')
        return false;
    const nr_tok *p = &d->toks.v[i - 1];
    if (p->end != d->toks.v[i].start || p->kind != TK_WORD)
        return false;
    size_t n;
    const char *s = nr_tok_norm(d, p, &n);
    /* the word's view is its fold: nr_lex_get's key, already hashed */
    if (nr_strmap_get_word_h(&d->model->abbrevs.map, s, n, nr_tok_hash(d, i - 1), NULL))
        return true;
    /* a single capital letter: an initial */
    return n == 1 && (p->flags & TF_CAP) && s[0] >= 'a' && s[0] <= 'z';
}

void nr_segment(nr_doc *d)
{
    size_t n = d->toks.n;
    uint32_t para = 0, sent = 0;
    size_t para_b = 0, sent_b = 0;
    bool break_next = false;
    for (size_t i = 0; i < n; i++) {
        nr_tok *t = &d->toks.v[i];
        bool new_para = i > 0 && (t->flags & TF_PARA);
        bool new_sent = new_para;
        if (!new_sent && break_next) {
            bool starts = (t->flags & (TF_CAP | TF_DIGIT)) || t->kind == TK_QUOTE ||
                          t->kind == TK_NUMBER ||
                          (t->kind == TK_PUNCT && (d->text[t->start] == '(' || d->text[t->start] == '-'));
            new_sent = starts;
        }
        if (new_sent && i > sent_b) {
            nr_range *r = nr_vec_push(&d->sents, d->oom);
            r->tb = (uint32_t)sent_b, r->te = (uint32_t)i;
            r->start = d->toks.v[sent_b].start, r->end = d->toks.v[i - 1].end;
            sent_b = i;
            sent++;
        }
        if (new_para && i > para_b) {
            nr_range *r = nr_vec_push(&d->paras, d->oom);
            r->tb = (uint32_t)para_b, r->te = (uint32_t)i;
            r->start = d->toks.v[para_b].start, r->end = d->toks.v[i - 1].end;
            para_b = i;
            para++;
        }
        t->para = para;
        t->sent = sent;
        if (i == sent_b)
            t->flags |= TF_SENT;
        /* asked once: when the branch below moves i on, it is false (a
         * token opening with '.' is punctuation: words, numbers and URLs
         * open with a letter or a digit) */
        bool end_punct = is_end_punct(d, t);
        bool abbrev = end_punct && period_after_abbrev(d, i);
        if (end_punct && !abbrev) {
            /* closing quotes and brackets stay with this sentence */
            size_t j = i + 1;
            while (j < n && is_closer(d, &d->toks.v[j]) && !(d->toks.v[j].flags & TF_PARA)) {
                d->toks.v[j].para = para;
                d->toks.v[j].sent = sent;
                j++;
            }
            i = j - 1;
            break_next = true;
        } else if (!end_punct) {
            break_next = false;
        }
        if (abbrev)
            d->toks.v[i - 1].flags |= TF_ABBREV;
    }
    if (n > sent_b) {
        nr_range *r = nr_vec_push(&d->sents, d->oom);
        r->tb = (uint32_t)sent_b, r->te = (uint32_t)n;
        r->start = d->toks.v[sent_b].start, r->end = d->toks.v[n - 1].end;
    }
    if (n > para_b) {
        nr_range *r = nr_vec_push(&d->paras, d->oom);
        r->tb = (uint32_t)para_b, r->te = (uint32_t)n;
        r->start = d->toks.v[para_b].start, r->end = d->toks.v[n - 1].end;
    }
}
