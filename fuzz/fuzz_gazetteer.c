/* fuzz_gazetteer.c - libFuzzer target over the gazetteer loader.
 *
 * Input layout: byte 0 chooses the file name the rest is written to, in a
 * fresh temporary folder (an entity list, or one of the word lists that
 * the stages load: titles, abbreviations, cues, timex, page); the folder is
 * then loaded alone (NERID_LOAD_REPLACE). A load either succeeds, and the
 * model then runs over a short article, or fails with a message naming the
 * file (never a crash, never a leak). Built by `make fuzz`; replayed over
 * fuzz/seeds/gazetteer and tests/regress/gazetteer by fuzz/replay.c. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nerid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char ARTICLE[] =
    "JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani Indrawati mengatakan "
    "Bank Indonesia dan PT Pertamina (Persero) akan bertemu di Surabaya pada "
    "Senin (4/3/2024) pukul 10.00 WIB.\n\"Kami siap,\" ujar Sri Mulyani.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[8] = {"x.tsv", "persons.tsv", "titles.tsv",
                                         "abbreviations.tsv", "cues.tsv", "timex.tsv",
                                         "page.tsv", "words.tsv"};
    if (size < 1)
        return 0;
    char dir[] = "/tmp/nerid-fuzz-gaz-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, names[data[0] & 7]);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data + 1, 1, size - 1, f) != size - 1 || fclose(f) != 0)
        abort();
    const char *dirs[1] = {dir};
    nerid_error err;
    nerid_model *m = nerid_model_load(dirs, 1, 0x1u, &err);
    unlink(path);
    rmdir(dir);
    if (!m) {
        if (err.code == NERID_OK || !err.message[0])
            abort();
        return 0;
    }
    nerid_result *r = nerid_extract(m, ARTICLE, sizeof ARTICLE - 1, "fuzz", NULL, &err);
    if (r) {
        free(nerid_result_to_json(r, 0));
        nerid_result_free(r);
    }
    nerid_model_free(m);
    return 0;
}
