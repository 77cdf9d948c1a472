/* output_brat.c - brat standoff rendering of a result (.ann), loadable in
 * brat and INCEpTION next to the untouched input text (.txt).
 *
 * Offsets are Unicode code points (brat reads the .txt as Python str).
 * A span that crosses a line break is written as discontinuous fragments
 * ("s1 e1;s2 e2"), each trimmed of white space, as brat requires.
 *  - every surviving entity mention: "Tn<TAB>TYPE s e<TAB>text", with an
 *    AnnotatorNotes line naming its linked entity ("E3 Teten Masduki");
 *  - every quote: a DirectQuote / IndirectQuote span; its cue a Cue span
 *    and a relation "CuedBy Arg1:quote Arg2:cue"; its speaker the mention
 *    with the same span (or a Speaker span, e.g. a pronoun) and a relation
 *    "SpokenBy Arg1:quote Arg2:speaker"; a speaker known only by name (no
 *    span) goes in a note on the quote;
 *  - every time: a DATE / TIME span with its normalized value as a note.
 * The .ann is plain text built in one buffer; the conf files declare the
 * types (and allow overlaps: entities inside quotes). Never longjmps. */
#include <stdlib.h>
#include <string.h>

#include "render.h"

typedef struct {
    const nr_doc *d;
    nr_buf b;
    size_t nt, nr, nn; /* T, R and # counters */
} bw;

static bool is_nl(char c) { return c == '\n' || c == '\r'; }
static bool is_ws(char c) { return c == ' ' || c == '\t' || is_nl(c); }

/* Writes "Tn<TAB>TYPE frags<TAB>text\n" and returns n (0 if empty). */
static size_t tline(bw *w, const char *type, uint32_t s, uint32_t e)
{
    const char *t = w->d->text;
    /* fragments: runs without line breaks, trimmed */
    uint32_t fs[64], fe[64];
    size_t nf = 0;
    uint32_t p = s;
    while (p < e && nf < 64) {
        while (p < e && is_ws(t[p]))
            p++;
        uint32_t q = p;
        while (q < e && !is_nl(t[q]))
            q++;
        uint32_t qe = q;
        while (qe > p && is_ws(t[qe - 1]))
            qe--;
        if (qe > p) {
            fs[nf] = p;
            fe[nf++] = qe;
        }
        p = q;
    }
    if (!nf)
        return 0;
    size_t id = ++w->nt;
    nr_buf_printf(&w->b, "T%zu\t%s ", id, type);
    for (size_t i = 0; i < nf; i++)
        nr_buf_printf(&w->b, "%s%zu %zu", i ? ";" : "", nr_offset_cp(w->d, fs[i]),
                      nr_offset_cp(w->d, fe[i]));
    nr_buf_putc(&w->b, '\t');
    for (size_t i = 0; i < nf; i++) {
        if (i)
            nr_buf_putc(&w->b, ' ');
        for (uint32_t k = fs[i]; k < fe[i]; k++)
            nr_buf_putc(&w->b, t[k] == '\t' ? ' ' : t[k]);
    }
    nr_buf_putc(&w->b, '\n');
    return id;
}

static void note(bw *w, size_t tid, const char *fmt, const char *a, const char *b2)
{
    if (!tid)
        return;
    nr_buf_printf(&w->b, "#%zu\tAnnotatorNotes T%zu\t", ++w->nn, tid);
    nr_buf_printf(&w->b, fmt, a, b2 ? b2 : "");
    nr_buf_putc(&w->b, '\n');
}

char *nr_render_brat(const nerid_result *r, unsigned flags)
{
    bw w;
    memset(&w, 0, sizeof w);
    const nr_doc *d = w.d = &r->doc;
    size_t *mtid = nr_sys_malloc((d->mentions.n + 1) * sizeof *mtid);
    if (!mtid)
        return NULL;
    memset(mtid, 0, (d->mentions.n + 1) * sizeof *mtid);
    for (size_t k = 0; k < d->mentions.n; k++) {
        const nr_mention *m = &d->mentions.v[k];
        if (m->dropped || m->ent < 0 || (size_t)m->ent >= d->entities.n)
            continue;
        const nr_entity *e = &d->entities.v[m->ent];
        mtid[k] = tline(&w, (flags & NR_RENDER_COARSE) ? nr_coarse_type(e->type)
                                                      : nerid_type_name((nerid_type)e->type),
                        m->start, m->end);
        char eid[24];
        snprintf(eid, sizeof eid, "E%d", m->ent + 1);
        note(&w, mtid[k], "%s %s", eid, e->name);
    }
    for (size_t i = 0; i < d->quotes.n; i++) {
        const nr_quote *q = &d->quotes.v[i];
        size_t qt = tline(&w, q->direct ? "DirectQuote" : "IndirectQuote", q->start, q->end);
        if (!qt)
            continue;
        if (q->cue_end > q->cue_start) {
            size_t ct = tline(&w, "Cue", q->cue_start, q->cue_end);
            if (ct)
                nr_buf_printf(&w.b, "R%zu\tCuedBy Arg1:T%zu Arg2:T%zu\n", ++w.nr, qt, ct);
        }
        size_t st = 0;
        if (q->sp_end > q->sp_start) {
            for (size_t k = 0; k < d->mentions.n && !st; k++)
                if (mtid[k] && d->mentions.v[k].start == q->sp_start &&
                    d->mentions.v[k].end == q->sp_end)
                    st = mtid[k];
            if (!st)
                st = tline(&w, "Speaker", q->sp_start, q->sp_end);
        }
        if (st)
            nr_buf_printf(&w.b, "R%zu\tSpokenBy Arg1:T%zu Arg2:T%zu\n", ++w.nr, qt, st);
        const char *who = q->sp_ent >= 0 && (size_t)q->sp_ent < d->entities.n
                              ? d->entities.v[q->sp_ent].name : q->sp_text;
        if (who)
            note(&w, qt, "speaker: %s%s", who, NULL);
    }
    for (size_t i = 0; i < d->times.n; i++) {
        const nr_time *t = &d->times.v[i];
        size_t tt = tline(&w, t->is_time ? "TIME" : "DATE", t->start, t->end);
        note(&w, tt, "%s%s", t->value ? t->value : "", NULL);
    }
    nr_sys_free(mtid);
    if (w.b.failed) {
        nr_buf_free(&w.b);
        return NULL;
    }
    if (!w.b.s) {
        char *e = malloc(1);
        if (e)
            *e = '\0';
        return e;
    }
    return w.b.s;
}

const char *nr_render_brat_conf(unsigned flags)
{
    if (flags & NR_RENDER_COARSE)
        return "# nerid brat configuration (coarse types)\n"
               "[entities]\nPER\nORG\nLOC\nDirectQuote\nIndirectQuote\nCue\nSpeaker\nDATE\nTIME\n"
               "[relations]\n"
               "SpokenBy\tArg1:DirectQuote|IndirectQuote, Arg2:PER|ORG|LOC|Speaker\n"
               "CuedBy\tArg1:DirectQuote|IndirectQuote, Arg2:Cue\n"
               "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
               "[events]\n[attributes]\n";
    return "# nerid brat configuration\n"
           "[entities]\nPERSON\nMINISTRY\nGOV_AGENCY\nCOMPANY\nORGANIZATION\nLOCATION\n"
           "DirectQuote\nIndirectQuote\nCue\nSpeaker\nDATE\nTIME\n"
           "[relations]\n"
           "SpokenBy\tArg1:DirectQuote|IndirectQuote, "
           "Arg2:PERSON|MINISTRY|GOV_AGENCY|COMPANY|ORGANIZATION|LOCATION|Speaker\n"
           "CuedBy\tArg1:DirectQuote|IndirectQuote, Arg2:Cue\n"
           "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
           "[events]\n[attributes]\n";
}

const char *nr_render_brat_visual(unsigned flags)
{
    (void)flags;
    return "[labels]\nDirectQuote | Direct quote | DQ\nIndirectQuote | Indirect quote | IQ\n"
           "[drawing]\n"
           "PERSON\tbgColor:#ffd39b\nPER\tbgColor:#ffd39b\n"
           "MINISTRY\tbgColor:#a6cee3\nGOV_AGENCY\tbgColor:#b2df8a\n"
           "COMPANY\tbgColor:#fdbf6f\nORGANIZATION\tbgColor:#cab2d6\nORG\tbgColor:#cab2d6\n"
           "LOCATION\tbgColor:#8dd3c7\nLOC\tbgColor:#8dd3c7\n"
           "DirectQuote\tbgColor:#fff3b0\nIndirectQuote\tbgColor:#f0f0f0\n"
           "Cue\tbgColor:#fb9a99\nSpeaker\tbgColor:#ffd39b\n"
           "DATE\tbgColor:#d9d9ff\nTIME\tbgColor:#bcbcff\n"
           "SpokenBy\tcolor:#7f3b08\nCuedBy\tcolor:#b2182b\n";
}
