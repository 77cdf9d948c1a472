/* gazimg.c - nerid-gazimg, the build-time generator of the compiled
 * gazetteer image (see gazetteer_image.c): loads DIR from its .tsv files
 * alone and writes OUT. Run by make (mk/robust.am) whenever a .tsv file
 * changes; never installed. */
#include <stdio.h>
#include <stdlib.h>

#include "gazetteer_image.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: nerid-gazimg GAZETTEER_DIR OUT\n");
        return 64;
    }
    const char *dirs[1] = {argv[1]};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, NERID_LOAD_REPLACE, &err);
    if (!m) {
        fprintf(stderr, "nerid-gazimg: %s\n", err.message);
        return 78;
    }
    int rc = nr_image_write(m, argv[1], argv[2], &err);
    if (rc < 0)
        fprintf(stderr, "nerid-gazimg: %s\n", err.message);
    nerid_model_free(m);
    return rc < 0 ? 74 : 0;
}
