/* render.h - private renderers of a result for annotation tools, used by
 * the nerid command (library-internal: they read the nr_doc of a result,
 * like output_json.c). Every function returns a NUL-terminated string the
 * caller frees with free(), or NULL when memory ran out; none of them
 * prints, exits or modifies the result. Offsets written by the brat
 * renderer are Unicode code points (what brat and INCEpTION expect). */
#ifndef NERID_RENDER_H
#define NERID_RENDER_H

#include "internal.h"

#define NR_RENDER_COARSE 0x1u  /* PER / ORG / LOC instead of the six types */
#define NR_HTML_FRAGMENT 0x2u  /* a <section> for a multi-document page */

/* The coarse CoNLL type of a nerid_type: "PER", "ORG" or "LOC". */
const char *nr_coarse_type(int type);

/* CoNLL-2003 style: "-DOCSTART- -X- -X- O", a blank line, then one token
 * per line "TOKEN -X- _ TAG" (IOB2 tags) with a blank line after each
 * sentence. */
char *nr_render_conll(const nerid_result *r, unsigned flags);

/* brat standoff .ann for the document's text: T lines for entity
 * mentions, quotes (DirectQuote / IndirectQuote), cues and speakers, R
 * lines Speaker(Arg1:quote, Arg2:speaker) and Cue(Arg1:quote, Arg2:cue),
 * AnnotatorNotes with the time values and entity names. */
char *nr_render_brat(const nerid_result *r, unsigned flags);
/* The annotation.conf and visual.conf that declare those types. */
const char *nr_render_brat_conf(unsigned flags);
const char *nr_render_brat_visual(unsigned flags);

/* One self-contained HTML page (or a <section> with NR_HTML_FRAGMENT)
 * highlighting entities by type, quotes with their speaker, times with
 * their values, with a legend. */
char *nr_render_html(const nerid_result *r, unsigned flags);
/* The head and tail of a page holding several fragments. */
char *nr_html_page_head(const char *title);
const char *nr_html_page_tail(void);
/* An index page linking pages[i] (relative file names) titled titles[i]. */
char *nr_render_html_index(const char *const *pages, const char *const *titles, size_t n,
                           const char *title);

#endif
