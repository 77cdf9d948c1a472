/* gazetteer_image.h - the compiled model image (gazetteer_image.c): the
 * gazetteer entries, the matcher built from them (gazetteer.c), the title
 * and abbreviation lists and every other stage's data, written at build
 * time to gazetteers.bin and mapped read-only at model load instead of
 * being rebuilt from the .tsv files, which stay the source of truth (an
 * image whose recorded files no longer match the folder's is ignored). */
#ifndef NERID_GAZETTEER_IMAGE_H
#define NERID_GAZETTEER_IMAGE_H

#include "internal.h"

/* The compiled matcher's arrays (gazetteer.c), to write them to the image
 * and to adopt them from it. */
typedef struct {
    nr_strmap vocab;              /* folded word -> word id */
    const uint64_t *ekeys;        /* edge hash keys, ecap of them */
    const uint32_t *evals;
    size_t ecap, en;
    const void *nodes;            /* nnodes trie nodes of node_size bytes */
    size_t nnodes, node_size;
    const void *pays;             /* npays payloads of pay_size bytes */
    size_t npays, pay_size;
    const uint64_t *starts;       /* the start filter, nstarts words */
    size_t nstarts;
} nr_gaz_arrays;

/* gazetteer.c: the arrays of a compiled gazetteer (pointers into g). */
void nr_gaz_arrays_get(const nr_gaz *g, nr_gaz_arrays *a);
/* gazetteer.c: a gazetteer over borrowed arrays (never freed by
 * nr_gaz_free), after checking the tables' shapes (the matcher checks
 * every node, edge and payload index where it follows one);
 * `image`/`image_len` are munmap-ed by nr_gaz_free. NULL when out of
 * memory or when the shapes are inconsistent. */
nr_gaz *nr_gaz_adopt(const nr_gaz_arrays *a, void *image, size_t image_len);

/* The other stages' data (times, quotes, page, entities) is stored in the
 * image as a stream of 8-byte aligned records, written and read back by
 * each stage's nr_*_image_put / nr_*_image_get (next to its nr_*_load).
 * A writer is an nr_buf (failures set its failed flag). A reader never
 * reads past its end: a record that does not fit or is malformed sets
 * bad, and the image is then ignored as corrupt. The getters return -1
 * only when out of memory. */
typedef struct {
    const unsigned char *p, *end;
    bool bad;
} nr_img_reader;

void nr_imgw_u64(nr_buf *w, uint64_t v);
/* n bytes (n, then the bytes padded to 8) */
void nr_imgw_blob(nr_buf *w, const void *p, size_t n);
/* a string with its NUL, or NULL */
void nr_imgw_str(nr_buf *w, const char *s);
/* a map as its hash table: read back without rehashing */
void nr_imgw_map(nr_buf *w, const nr_strmap *m);
void nr_imgw_lex(nr_buf *w, const nr_lex *lex);

uint64_t nr_imgr_u64(nr_img_reader *r);
/* a blob of n elements of elem bytes each, in place (NULL when empty) */
const void *nr_imgr_blob(nr_img_reader *r, size_t elem, size_t *n);
/* a copy of a blob in a new allocation (*out NULL when empty) */
int nr_imgr_copy(nr_img_reader *r, size_t elem, void **out, size_t *n);
/* a fast 64-bit checksum of n bytes (not cryptographic: detects edits) */
uint64_t nr_img_checksum(const void *p, size_t n);
/* A stage's data begins with a flag (nr_imgw_u64(w, data != NULL)): the
 * stage's struct, zeroed, of size bytes when the flag is set; else NULL
 * with *rc 0 (the stage has no data), or NULL with *rc -1 (out of memory). */
void *nr_imgr_stage(nr_img_reader *r, size_t size, int *rc);
/* a string in place, or NULL */
const char *nr_imgr_str(nr_img_reader *r);
/* the map: its key pointers allocated, the rest in place in the image;
 * every value must be below nvals (NR_IMG_ANY: any value) */
#define NR_IMG_ANY UINT64_MAX
int nr_imgr_map(nr_img_reader *r, nr_strmap *m, uint64_t nvals);
/* the lexicon: its map, and its value strings in place */
int nr_imgr_lex(nr_img_reader *r, nr_lex *lex);

/* Each stage's data, out to the image and back (times.c, quotes.c,
 * page.c, entities.c). */
void nr_times_image_put(const nerid_model *m, nr_buf *w);
int nr_times_image_get(nerid_model *m, nr_img_reader *r);
void nr_quotes_image_put(const nerid_model *m, nr_buf *w);
int nr_quotes_image_get(nerid_model *m, nr_img_reader *r);
void nr_page_image_put(const nerid_model *m, nr_buf *w);
int nr_page_image_get(nerid_model *m, nr_img_reader *r);
void nr_entities_image_put(const nerid_model *m, nr_buf *w);
int nr_entities_image_get(nerid_model *m, nr_img_reader *r);

/* Loads the image matching folder dir into the empty model m: entries,
 * gazetteer, titles and abbreviations, and every stage's data. Returns 1
 * when loaded, 0 when there is no usable image (missing, stale, corrupt:
 * the caller loads the .tsv files), -1 when out of memory (err set). Looks at $NERID_GAZ_IMAGE, then
 * dir/gazetteers.bin, then the build tree's image. */
int nr_image_load(nerid_model *m, const char *dir, nerid_error *err);
/* Writes the image of model m, loaded from folder dir alone, to path.
 * Returns 0 or -1 (err set). */
int nr_image_write(const nerid_model *m, const char *dir, const char *path,
                   nerid_error *err);

#endif
