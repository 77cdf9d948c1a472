/* check_cli.c - unit tests of the renderers behind `nerid --format`
 * (output_conll.c, output_brat.c, output_html.c) on sentences written in
 * Indonesian news style: IOB2 tags and sentence breaks, brat offsets in
 * code points with fragments across line breaks, quote/cue/speaker
 * relations and time notes, well-nested escaped HTML, and that every
 * renderer returns NULL (never crashes or leaks) when an allocation
 * fails. */
#include "testutil.h"
#include "render.h"

static const char *QUOTE_TEXT =
    "\"Kami akan menindak pinjol ilegal,\" kata Kepala Eksekutif OJK Friderica "
    "Widyasari Dewi di Jakarta, Rabu (26/7/2023).";

/* The line of s that starts with prefix (a static copy), or NULL. */
static const char *line_with(const char *s, const char *prefix)
{
    static char buf[512];
    size_t n = strlen(prefix);
    for (const char *p = s; p && *p;) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len >= n && memcmp(p, prefix, n) == 0 && len < sizeof buf) {
            memcpy(buf, p, len);
            buf[len] = '\0';
            return buf;
        }
        p = e ? e + 1 : NULL;
    }
    return NULL;
}

START_TEST(conll_iob2_and_sentences)
{
    nerid_result *r = tu_run("Presiden Joko Widodo tiba di Surabaya. Ia bertemu Gubernur Jawa Timur "
                             "Khofifah Indar Parawansa.", NULL);
    char *c = nr_render_conll(r, 0);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(line_with(c, "-DOCSTART-"), "-DOCSTART- -X- -X- O");
    ck_assert_ptr_nonnull(strstr(c, "Presiden -X- _ O\nJoko -X- _ B-PERSON\nWidodo -X- _ I-PERSON\n"));
    ck_assert_ptr_nonnull(strstr(c, "Surabaya -X- _ B-LOCATION\n. -X- _ O\n\nIa -X- _ O\n"));
    ck_assert_ptr_nonnull(strstr(c, "Khofifah -X- _ B-PERSON\nIndar -X- _ I-PERSON\nParawansa -X- _ I-PERSON\n"));
    /* ends with the blank line of the last sentence */
    size_t n = strlen(c);
    ck_assert(n > 2 && c[n - 1] == '\n' && c[n - 2] == '\n');
    free(c);
    c = nr_render_conll(r, NR_RENDER_COARSE);
    ck_assert_ptr_nonnull(strstr(c, "Joko -X- _ B-PER\n"));
    ck_assert_ptr_nonnull(strstr(c, "Surabaya -X- _ B-LOC\n"));
    free(c);
    nerid_result_free(r);
}
END_TEST

START_TEST(coarse_types)
{
    ck_assert_str_eq(nr_coarse_type(NERID_PERSON), "PER");
    ck_assert_str_eq(nr_coarse_type(NERID_LOCATION), "LOC");
    ck_assert_str_eq(nr_coarse_type(NERID_MINISTRY), "ORG");
    ck_assert_str_eq(nr_coarse_type(NERID_GOV_AGENCY), "ORG");
    ck_assert_str_eq(nr_coarse_type(NERID_COMPANY), "ORG");
    ck_assert_str_eq(nr_coarse_type(NERID_ORGANIZATION), "ORG");
}
END_TEST

START_TEST(brat_quote_relations_and_notes)
{
    nerid_result *r = tu_run(QUOTE_TEXT, NULL);
    char *a = nr_render_brat(r, 0);
    ck_assert_ptr_nonnull(a);
    /* the quote text without its marks, from code point 1 */
    const char *q = strstr(a, "\tDirectQuote 1 ");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_nonnull(strstr(q, "\tKami akan menindak pinjol ilegal"));
    ck_assert_ptr_nonnull(strstr(a, "\tCue 36 40\tkata\n"));
    ck_assert_ptr_nonnull(line_with(a, "R1\tCuedBy Arg1:T"));
    const char *sp = line_with(a, "R2\tSpokenBy Arg1:T");
    ck_assert_ptr_nonnull(sp);
    ck_assert_ptr_nonnull(strstr(a, "\tPERSON "));
    ck_assert_ptr_nonnull(strstr(a, "AnnotatorNotes"));
    ck_assert_ptr_nonnull(strstr(a, "\t2023-07-26\n"));
    ck_assert_ptr_nonnull(strstr(a, "\tspeaker: Friderica"));
    free(a);
    nerid_result_free(r);
}
END_TEST

START_TEST(brat_code_points_and_fragments)
{
    /* two-byte letters before the entity: code points, not bytes */
    const char *text = "Café ramai. Presiden Joko Widodo tiba di Surabaya.\n"
                       "\"Kami siap bekerja keras\nuntuk rakyat,\" kata Joko Widodo.";
    nerid_result *r = tu_run(text, NULL);
    char *a = nr_render_brat(r, 0);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(strstr(a, "\tPERSON 21 32\tJoko Widodo\n"));
    free(a);
    /* a span across a line break (the quote stage keeps quotes inside a
     * paragraph, so widen one here) becomes two trimmed fragments */
    ck_assert_uint_ge(r->doc.quotes.n, 1);
    r->doc.quotes.v[0].start = (uint32_t)(strstr(text, "Kami") - text);
    a = nr_render_brat(r, 0);
    ck_assert_ptr_nonnull(strstr(a, "\tDirectQuote 52 75;76 88\tKami siap bekerja keras untuk rakyat\n"));
    free(a);
    nerid_result_free(r);
}
END_TEST

START_TEST(brat_conf_declares_types)
{
    const char *c = nr_render_brat_conf(0);
    ck_assert_ptr_nonnull(strstr(c, "[entities]\nPERSON\n"));
    ck_assert_ptr_nonnull(strstr(c, "\nDATE\nTIME\n"));
    ck_assert_ptr_nonnull(strstr(c, "SpokenBy\tArg1:DirectQuote|IndirectQuote, Arg2:PERSON|"));
    ck_assert_ptr_nonnull(strstr(c, "<OVERLAP>"));
    ck_assert_ptr_nonnull(strstr(nr_render_brat_conf(NR_RENDER_COARSE), "[entities]\nPER\nORG\nLOC\n"));
    ck_assert_ptr_nonnull(strstr(nr_render_brat_visual(0), "[drawing]\n"));
}
END_TEST

/* Checks that every <span> is closed in order and counts them. */
static int spans_balanced(const char *h)
{
    int depth = 0, n = 0;
    for (const char *p = h; *p; p++) {
        if (strncmp(p, "<span", 5) == 0)
            depth++, n++;
        else if (strncmp(p, "</span>", 7) == 0 && --depth < 0)
            return -1;
    }
    return depth == 0 ? n : -1;
}

START_TEST(html_page)
{
    nerid_result *r = tu_run("Harga <b>beras</b> & minyak naik. \"Kami akan menindak pinjol ilegal,\" "
                             "kata Kepala Eksekutif OJK Friderica Widyasari Dewi, Rabu (26/7/2023).",
                             NULL);
    char *h = nr_render_html(r, 0);
    ck_assert_ptr_nonnull(h);
    ck_assert(strncmp(h, "<!DOCTYPE html>", 15) == 0);
    ck_assert_ptr_nonnull(strstr(h, "Harga &lt;b&gt;beras&lt;/b&gt; &amp; minyak"));
    ck_assert_ptr_null(strstr(h, "<b>"));
    ck_assert_ptr_nonnull(strstr(h, "class=\"legend\""));
    ck_assert_ptr_nonnull(strstr(h, "<span class=\"q-direct\""));
    ck_assert_ptr_nonnull(strstr(h, "<span class=\"cue\""));
    ck_assert_ptr_nonnull(strstr(h, "<span class=\"badge val\">2023-07-26</span>"));
    ck_assert_ptr_nonnull(strstr(h, "<span class=\"badge who\">Friderica"));
    ck_assert_ptr_nonnull(strstr(h, "class=\"ent PERSON\""));
    ck_assert_int_gt(spans_balanced(h), 10);
    ck_assert_ptr_nonnull(strstr(h, "</html>\n"));
    free(h);
    h = nr_render_html(r, NR_HTML_FRAGMENT | NR_RENDER_COARSE);
    ck_assert(strncmp(h, "<section", 8) == 0);
    ck_assert_ptr_null(strstr(h, "<html"));
    ck_assert_ptr_nonnull(strstr(h, "class=\"ent PER\""));
    free(h);
    nerid_result_free(r);
}
END_TEST

START_TEST(html_index)
{
    const char *pages[] = {"a.html", "sub/b&c.html"};
    const char *titles[] = {"Banjir <Bandung>", "Inflasi"};
    char *h = nr_render_html_index(pages, titles, 2, "Korpus");
    ck_assert_ptr_nonnull(h);
    ck_assert_ptr_nonnull(strstr(h, "<a href=\"a.html\">Banjir &lt;Bandung&gt;</a>"));
    ck_assert_ptr_nonnull(strstr(h, "href=\"sub/b&amp;c.html\""));
    ck_assert_ptr_nonnull(strstr(h, "2 documents"));
    free(h);
}
END_TEST

START_TEST(renderers_survive_allocation_failures)
{
    nerid_result *r = tu_run(QUOTE_TEXT, NULL);
    for (int which = 0; which < 4; which++) {
        bool ok_seen = false;
        for (long n = 0; n < 400 && !ok_seen; n++) {
            nr_alloc_fail_after(n);
            char *s = which == 0   ? nr_render_conll(r, 0)
                      : which == 1 ? nr_render_brat(r, 0)
                      : which == 2 ? nr_render_html(r, 0)
                                   : nr_render_html(r, NR_HTML_FRAGMENT);
            nr_alloc_fail_after(-1);
            if (s) {
                ok_seen = true;
                free(s);
            }
        }
        ck_assert_msg(ok_seen, "renderer %d never succeeded", which);
    }
    nerid_result_free(r);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("cli");
    TCase *t = tcase_create("render");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, conll_iob2_and_sentences);
    tcase_add_test(t, coarse_types);
    tcase_add_test(t, brat_quote_relations_and_notes);
    tcase_add_test(t, brat_code_points_and_fragments);
    tcase_add_test(t, brat_conf_declares_types);
    tcase_add_test(t, html_page);
    tcase_add_test(t, html_index);
    tcase_add_test(t, renderers_survive_allocation_failures);
    suite_add_tcase(s, t);
    return tu_main(s);
}
