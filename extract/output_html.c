/* output_html.c - a self-contained HTML view of a result, for reading and
 * checking annotations in a browser (no scripts, no external resources).
 *
 * The text is shown as written (white-space: pre-wrap), with entity
 * mentions highlighted by type (title: type, entity id and name), quotes
 * underlined (direct: yellow, indirect: grey) and followed by a badge
 * naming their speaker, cues in red, and times boxed and followed by a
 * badge with their normalized value, page clutter greyed out; a legend
 * explains the colours, and a
 * table lists the quotes. Overlapping spans are nested correctly: at each
 * span boundary every open element is closed and the spans still active
 * are reopened, outermost (quotes) first, so the markup is always well
 * formed. Text is escaped (& < > "). Never longjmps: the output buffer
 * records an allocation failure and NULL is returned. */
#include <stdlib.h>
#include <string.h>

#include "render.h"

enum { A_IGN = 0, A_QUOTE, A_ENT, A_TIME, A_CUE };

typedef struct {
    uint32_t start, end;
    int kind;
    size_t idx;  /* quote, mention or time index */
} ann;

static void esc(nr_buf *b, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *e = NULL;
        switch (s[i]) {
        case '&': e = "&amp;"; break;
        case '<': e = "&lt;"; break;
        case '>': e = "&gt;"; break;
        case '"': e = "&quot;"; break;
        default: break;
        }
        if (e) {
            nr_buf_put(b, s + run, i - run);
            nr_buf_puts(b, e);
            run = i + 1;
        }
    }
    nr_buf_put(b, s + run, n - run);
}

static void escs(nr_buf *b, const char *s)
{
    if (s)
        esc(b, s, strlen(s));
}

static const char *type_class(int type, unsigned flags)
{
    return (flags & NR_RENDER_COARSE) ? nr_coarse_type(type) : nerid_type_name((nerid_type)type);
}

static const char CSS[] =
    "body{font-family:Georgia,serif;max-width:60em;margin:1.5em auto;padding:0 1em;"
    "line-height:1.7;color:#222}\n"
    "h1{font-size:1.3em}h2{font-size:1.1em;margin-top:2em;border-top:1px solid #ccc;padding-top:.5em}\n"
    ".meta{color:#555;font-size:.9em}\n"
    ".text{white-space:pre-wrap;border:1px solid #ddd;padding:1em;background:#fff}\n"
    ".ent{border-radius:3px;padding:0 1px}\n"
    ".PERSON,.PER{background:#ffd39b}.MINISTRY{background:#a6cee3}"
    ".GOV_AGENCY{background:#b2df8a}.COMPANY{background:#fdbf6f}"
    ".ORGANIZATION,.ORG{background:#cab2d6}.LOCATION,.LOC{background:#8dd3c7}\n"
    ".q-direct{background:#fff7c2;border-bottom:2px solid #e6b800}"
    ".q-indirect{background:#f2f2f2;border-bottom:2px dashed #888}\n"
    ".cue{color:#b2182b;font-weight:bold;text-decoration:underline}\n"
    ".ign{color:#999;font-style:italic}\n"
    ".time{outline:1px solid #6a6ad8;background:#e4e4ff}\n"
    ".badge{font:11px/1.2 sans-serif;border-radius:3px;padding:0 3px;margin:0 2px;"
    "vertical-align:super;white-space:nowrap}\n"
    ".who{background:#7f3b08;color:#fff}.val{background:#4a4ab0;color:#fff}\n"
    ".legend span{display:inline-block;margin:0 .6em .3em 0;padding:0 4px;font:13px sans-serif}\n"
    "table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ccc;padding:2px 6px;"
    "vertical-align:top;text-align:left}\n";

char *nr_html_page_head(const char *title)
{
    nr_buf b = {0};
    nr_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    escs(&b, title);
    nr_buf_puts(&b, "</title>\n<style>\n");
    nr_buf_puts(&b, CSS);
    nr_buf_puts(&b, "</style>\n</head>\n<body>\n");
    if (b.failed) {
        nr_buf_free(&b);
        return NULL;
    }
    return b.s;
}

const char *nr_html_page_tail(void)
{
    return "</body>\n</html>\n";
}

static void legend(nr_buf *b, unsigned flags)
{
    nr_buf_puts(b, "<div class=\"legend\">");
    if (flags & NR_RENDER_COARSE) {
        nr_buf_puts(b, "<span class=\"ent PER\">PER</span><span class=\"ent ORG\">ORG</span>"
                       "<span class=\"ent LOC\">LOC</span>");
    } else {
        for (int t = 0; t < NERID_NTYPES; t++)
            nr_buf_printf(b, "<span class=\"ent %s\">%s</span>", nerid_type_name((nerid_type)t),
                          nerid_type_name((nerid_type)t));
    }
    nr_buf_puts(b, "<span class=\"q-direct\">direct quote</span>"
                   "<span class=\"q-indirect\">indirect quote</span>"
                   "<span class=\"cue\">cue</span><span class=\"badge who\">speaker</span>"
                   "<span class=\"time\">time</span><span class=\"badge val\">value</span>"
                   "<span class=\"ign\">page clutter (ignored)</span></div>\n");
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

static const char *speaker_name(const nr_doc *d, const nr_quote *q)
{
    if (q->sp_ent >= 0 && (size_t)q->sp_ent < d->entities.n)
        return d->entities.v[q->sp_ent].name;
    return q->sp_text;
}

static void open_tag(nr_buf *b, const nr_doc *d, const ann *a, unsigned flags)
{
    switch (a->kind) {
    case A_QUOTE: {
        const nr_quote *q = &d->quotes.v[a->idx];
        const char *who = speaker_name(d, q);
        nr_buf_printf(b, "<span class=\"q-%s\" title=\"Q%zu %s quote", q->direct ? "direct" : "indirect",
                      a->idx + 1, q->direct ? "direct" : "indirect");
        if (who) {
            nr_buf_puts(b, ", speaker: ");
            escs(b, who);
        }
        nr_buf_puts(b, "\">");
        break;
    }
    case A_ENT: {
        const nr_mention *m = &d->mentions.v[a->idx];
        const nr_entity *e = &d->entities.v[m->ent];
        const char *tc = type_class(e->type, flags);
        nr_buf_printf(b, "<span class=\"ent %s\" title=\"%s E%d ", tc, tc, m->ent + 1);
        escs(b, e->name);
        nr_buf_puts(b, "\">");
        break;
    }
    case A_TIME: {
        const nr_time *t = &d->times.v[a->idx];
        nr_buf_printf(b, "<span class=\"time\" title=\"%s ", t->is_time ? "TIME" : "DATE");
        escs(b, t->value);
        nr_buf_puts(b, "\">");
        break;
    }
    case A_IGN:
        nr_buf_puts(b, "<span class=\"ign\" title=\"ignored: ");
        escs(b, d->ignored.v[a->idx].reason);
        nr_buf_puts(b, "\">");
        break;
    default:
        nr_buf_puts(b, "<span class=\"cue\" title=\"cue\">");
        break;
    }
}

/* Badges written where a span ends: the speaker of a quote, the value of
 * a time. */
static void badge(nr_buf *b, const nr_doc *d, const ann *a)
{
    if (a->kind == A_QUOTE) {
        const char *who = speaker_name(d, &d->quotes.v[a->idx]);
        nr_buf_puts(b, "<span class=\"badge who\">");
        escs(b, who ? who : "?");
        nr_buf_puts(b, "</span>");
    } else if (a->kind == A_TIME) {
        nr_buf_puts(b, "<span class=\"badge val\">");
        escs(b, d->times.v[a->idx].value);
        nr_buf_puts(b, "</span>");
    }
}

static void body(nr_buf *b, const nr_doc *d, unsigned flags)
{
    size_t cap = d->quotes.n * 2 + d->mentions.n + d->times.n + d->ignored.n + 1;
    ann *as = nr_sys_malloc(cap * sizeof *as);
    uint32_t *bd = nr_sys_malloc((2 * cap + 2) * sizeof *bd);
    ann **open = nr_sys_malloc(cap * sizeof *open);
    if (!as || !bd || !open) {
        b->failed = true;
        nr_sys_free(as), nr_sys_free(bd), nr_sys_free(open);
        return;
    }
    size_t na = 0;
    for (size_t i = 0; i < d->ignored.n; i++)
        as[na++] = (ann){d->ignored.v[i].start, d->ignored.v[i].end, A_IGN, i};
    for (size_t i = 0; i < d->quotes.n; i++) {
        const nr_quote *q = &d->quotes.v[i];
        as[na++] = (ann){q->start, q->end, A_QUOTE, i};
        if (q->cue_end > q->cue_start)
            as[na++] = (ann){q->cue_start, q->cue_end, A_CUE, i};
    }
    for (size_t k = 0; k < d->mentions.n; k++) {
        const nr_mention *m = &d->mentions.v[k];
        if (!m->dropped && m->ent >= 0 && (size_t)m->ent < d->entities.n)
            as[na++] = (ann){m->start, m->end, A_ENT, k};
    }
    for (size_t i = 0; i < d->times.n; i++)
        as[na++] = (ann){d->times.v[i].start, d->times.v[i].end, A_TIME, i};
    size_t nb = 0;
    bd[nb++] = 0;
    bd[nb++] = (uint32_t)d->len;
    for (size_t i = 0; i < na; i++) {
        if (as[i].end > d->len || as[i].start >= as[i].end) {
            as[i].start = as[i].end = 0; /* ignore a malformed span */
            continue;
        }
        bd[nb++] = as[i].start;
        bd[nb++] = as[i].end;
    }
    qsort(bd, nb, sizeof *bd, cmp_u32);
    nr_buf_puts(b, "<div class=\"text\">");
    size_t nopen = 0;
    for (size_t k = 0; k < nb; k++) {
        uint32_t p = bd[k];
        if (k && p == bd[k - 1])
            continue;
        for (size_t i = 0; i < nopen; i++)
            nr_buf_puts(b, "</span>");
        nopen = 0;
        for (size_t i = 0; i < na; i++)
            if (as[i].end == p && as[i].end > as[i].start)
                badge(b, d, &as[i]);
        if (p >= d->len)
            break;
        /* reopen what covers [p, next): outer kinds first, longer first */
        for (int kind = A_IGN; kind <= A_CUE; kind++)
            for (size_t i = 0; i < na; i++)
                if (as[i].kind == kind && as[i].start <= p && p < as[i].end)
                    open_tag(b, d, &as[i], flags), open[nopen++] = &as[i];
        uint32_t q = (uint32_t)d->len;
        for (size_t k2 = k + 1; k2 < nb; k2++)
            if (bd[k2] > p) {
                q = bd[k2];
                break;
            }
        esc(b, d->text + p, q - p);
    }
    for (size_t i = 0; i < nopen; i++)
        nr_buf_puts(b, "</span>");
    nr_buf_puts(b, "</div>\n");
    nr_sys_free(as);
    nr_sys_free(bd);
    nr_sys_free(open);
}

static void quote_table(nr_buf *b, const nr_doc *d)
{
    if (!d->quotes.n)
        return;
    nr_buf_puts(b, "<table class=\"quotes\">\n<tr><th>#</th><th>kind</th><th>speaker</th>"
                   "<th>cue</th><th>quote</th></tr>\n");
    for (size_t i = 0; i < d->quotes.n; i++) {
        const nr_quote *q = &d->quotes.v[i];
        nr_buf_printf(b, "<tr><td>Q%zu</td><td>%s</td><td>", i + 1, q->direct ? "direct" : "indirect");
        escs(b, speaker_name(d, q));
        nr_buf_puts(b, "</td><td>");
        if (q->cue_end > q->cue_start)
            esc(b, d->text + q->cue_start, q->cue_end - q->cue_start);
        nr_buf_puts(b, "</td><td>");
        esc(b, d->text + q->start, q->end - q->start);
        nr_buf_puts(b, "</td></tr>\n");
    }
    nr_buf_puts(b, "</table>\n");
}

char *nr_render_html(const nerid_result *r, unsigned flags)
{
    const nr_doc *d = &r->doc;
    const char *title = d->meta.title ? d->meta.title : d->id;
    nr_buf b = {0};
    if (!(flags & NR_HTML_FRAGMENT)) {
        char *h = nr_html_page_head(title);
        if (!h)
            return NULL;
        nr_buf_puts(&b, h);
        free(h);
    }
    nr_buf_puts(&b, "<section class=\"doc\">\n");
    nr_buf_puts(&b, (flags & NR_HTML_FRAGMENT) ? "<h2>" : "<h1>");
    escs(&b, title);
    nr_buf_puts(&b, (flags & NR_HTML_FRAGMENT) ? "</h2>\n" : "</h1>\n");
    nr_buf_puts(&b, "<p class=\"meta\">");
    escs(&b, d->id);
    if (d->meta.published) {
        nr_buf_puts(&b, " &middot; published ");
        escs(&b, d->meta.published);
    }
    size_t nm = 0;
    for (size_t k = 0; k < d->mentions.n; k++)
        nm += !d->mentions.v[k].dropped && d->mentions.v[k].ent >= 0;
    nr_buf_printf(&b, " &middot; %zu entities, %zu mentions, %zu quotes, %zu times</p>\n",
                  d->entities.n, nm, d->quotes.n, d->times.n);
    legend(&b, flags);
    body(&b, d, flags);
    quote_table(&b, d);
    nr_buf_puts(&b, "</section>\n");
    if (!(flags & NR_HTML_FRAGMENT))
        nr_buf_puts(&b, nr_html_page_tail());
    if (b.failed) {
        nr_buf_free(&b);
        return NULL;
    }
    return b.s;
}

char *nr_render_html_index(const char *const *pages, const char *const *titles, size_t n,
                           const char *title)
{
    char *h = nr_html_page_head(title);
    if (!h)
        return NULL;
    nr_buf b = {0};
    nr_buf_puts(&b, h);
    free(h);
    nr_buf_puts(&b, "<h1>");
    escs(&b, title);
    nr_buf_printf(&b, "</h1>\n<p class=\"meta\">%zu documents</p>\n<ol>\n", n);
    for (size_t i = 0; i < n; i++) {
        nr_buf_puts(&b, "<li><a href=\"");
        escs(&b, pages[i]);
        nr_buf_puts(&b, "\">");
        escs(&b, titles[i]);
        nr_buf_puts(&b, "</a> <span class=\"meta\">");
        escs(&b, pages[i]);
        nr_buf_puts(&b, "</span></li>\n");
    }
    nr_buf_puts(&b, "</ol>\n");
    nr_buf_puts(&b, nr_html_page_tail());
    if (b.failed) {
        nr_buf_free(&b);
        return NULL;
    }
    return b.s;
}
