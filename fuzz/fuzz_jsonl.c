/* fuzz_jsonl.c - libFuzzer target over the JSON Lines record reader
 * (extract/cli_jsonl.c), checked against jansson itself.
 *
 * The input is one record line, filtered as `nerid --jsonl` filters it
 * (no line end, valid UTF-8). cli_load_record must agree with
 * json_loadb(JSON_REJECT_DUPLICATES) on every line: both fail with the
 * same message and position, or both succeed with equal objects once the
 * text decoded by the reader is put back in place of its "". Any
 * difference aborts. Built by `make fuzz`; replayed over fuzz/seeds/jsonl
 * and tests/regress/jsonl by fuzz/replay.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *line = (const char *)data;
    size_t bad;
    if (memchr(line, '\n', size) || !nr_utf8_valid(line, size, &bad))
        return 0;
    char *text = NULL;
    size_t textlen = 0;
    json_error_t e1, e2;
    json_t *got = cli_load_record(line, size, &text, &textlen, &e1);
    json_t *want = json_loadb(line, size, JSON_REJECT_DUPLICATES, &e2);
    if (!got != !want)
        abort();
    if (!got) {
        if (text || strcmp(e1.text, e2.text) != 0 || e1.position != e2.position ||
            e1.line != e2.line || e1.column != e2.column)
            abort();
        return 0;
    }
    if (text) {
        json_t *t = json_object_get(got, "text");
        if (!json_is_string(t) || json_string_length(t) != 0 || strlen(text) != textlen)
            abort();
        json_object_set_new(got, "text", json_stringn(text, textlen));
    }
    if (!json_equal(got, want))
        abort();
    free(text);
    json_decref(got);
    json_decref(want);
    return 0;
}
