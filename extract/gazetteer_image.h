/* gazetteer_image.h - the compiled gazetteer image (gazetteer_image.c):
 * the gazetteer entries, the matcher built from them (gazetteer.c) and the
 * title and abbreviation lists, written at build time to gazetteers.bin and
 * mapped read-only at model load instead of being rebuilt from the .tsv
 * files, which stay the source of truth (an image whose recorded files no
 * longer match the folder's is ignored). */
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
} nr_gaz_arrays;

/* gazetteer.c: the arrays of a compiled gazetteer (pointers into g). */
void nr_gaz_arrays_get(const nr_gaz *g, nr_gaz_arrays *a);
/* gazetteer.c: a gazetteer over borrowed arrays (never freed by
 * nr_gaz_free except vocab.keys, the key pointer table, which the caller
 * allocated), after checking every node, edge and payload index against
 * nentries; `image`/`image_len` are munmap-ed by nr_gaz_free. NULL when
 * out of memory or when the arrays are inconsistent. */
nr_gaz *nr_gaz_adopt(const nr_gaz_arrays *a, size_t nentries, void *image,
                     size_t image_len);

/* Loads the image matching folder dir into the empty model m: entries,
 * gazetteer, titles and abbreviations. Returns 1 when loaded, 0 when there
 * is no usable image (missing, stale, corrupt: the caller loads the .tsv
 * files), -1 when out of memory (err set). Looks at $NERID_GAZ_IMAGE, then
 * dir/gazetteers.bin, then the build tree's image. */
int nr_image_load(nerid_model *m, const char *dir, nerid_error *err);
/* Writes the image of model m, loaded from folder dir alone, to path.
 * Returns 0 or -1 (err set). */
int nr_image_write(const nerid_model *m, const char *dir, const char *path,
                   nerid_error *err);

#endif
