/* fuzz_extract.c - libFuzzer target over the whole pipeline.
 *
 * Input layout: byte 0 chooses the options (bits 0-1 offsets unit, bit 2
 * keep_clutter, bits 3-5 the reference date, bit 6 compact JSON, bit 7 a
 * small max_bytes); the rest is the document text. Every result is walked
 * through all public accessors and written as JSON, so the writer and the
 * offset conversion are fuzzed too. The model is loaded once (the default
 * gazetteers: NERID_DATA_DIR or the source tree) and kept for the process.
 * Built by `make fuzz` with clang -fsanitize=fuzzer,address,undefined, and
 * replayed over fuzz/seeds/extract and tests/regress/extract by
 * fuzz/replay.c under `make check`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nerid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static nerid_model *model(void)
{
    static nerid_model *m;
    if (!m) {
        nerid_error err;
        m = nerid_model_new_default(&err);
        if (!m) {
            fprintf(stderr, "fuzz_extract: cannot load model: %s\n", err.message);
            abort();
        }
    }
    return m;
}

static void check_span(const nerid_span *sp, size_t limit)
{
    if (sp->text && (sp->start > sp->end || sp->end > limit))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dates[8] = {NULL, "2024-03-05", "2023-12-31", "2024-02-29",
                                         "1999-01-01", "2024-13-40", "2024-3-5", ""};
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    nerid_options o;
    nerid_options_init(&o);
    o.offsets = (nerid_offsets)((sel & 3) % 3);
    o.keep_clutter = (sel >> 2) & 1;
    o.ref_date = dates[(sel >> 3) & 7];
    if (sel & 0x80)
        o.max_bytes = 64;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    nerid_error err;
    nerid_result *r = nerid_extract(model(), text, len, "fuzz", &o, &err);
    if (!r) {
        if (err.code == NERID_OK || !err.message[0])
            abort(); /* a failure must say why */
        return 0;
    }
    for (size_t i = 0; i < nerid_result_entity_count(r); i++) {
        nerid_type t;
        const char *name, *kb, *role;
        size_t nm;
        if (!nerid_result_entity(r, i, &t, &name, &kb, &role, &nm) || !name)
            abort();
        for (size_t j = 0; j < nm; j++) {
            nerid_span sp;
            const char *src, *rule;
            if (!nerid_result_mention(r, i, j, &sp, &src, &rule))
                abort();
            check_span(&sp, len);
        }
    }
    for (size_t i = 0; i < nerid_result_quote_count(r); i++) {
        const char *kind;
        nerid_span tx, cue, sp;
        long se;
        if (!nerid_result_quote(r, i, &kind, &tx, &cue, &sp, &se))
            abort();
        check_span(&tx, len);
        check_span(&cue, len);
    }
    for (size_t i = 0; i < nerid_result_time_count(r); i++) {
        const char *type, *value, *tz;
        nerid_span sp;
        if (!nerid_result_time(r, i, &type, &sp, &value, &tz) || !value)
            abort();
        check_span(&sp, len);
    }
    char *json = nerid_result_to_json(r, (sel & 0x40) ? 0x1u : 0);
    if (!json)
        abort();
    free(json);
    nerid_result_free(r);
    return 0;
}
