/*
 * nerid.h - named entities, attributed quotations and time expressions
 * from Indonesian news text.
 *
 * Ownership, stated once for the whole API:
 *  - Every nerid_*_new / nerid_*_load / nerid_extract returns an object the
 *    caller owns and frees with the matching nerid_*_free, which accepts NULL.
 *  - A nerid_model is immutable after it is made: any number of threads may
 *    call nerid_extract with the same model at once, without locks.
 *  - A nerid_result owns every string it hands out; pointers returned by
 *    accessors stay valid until nerid_result_free.
 *  - The library never prints and never exits. Errors are reported through
 *    an optional nerid_error (callers may pass NULL).
 */
#ifndef NERID_H
#define NERID_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NERID_VERSION_MAJOR 0
#define NERID_VERSION_MINOR 1
#define NERID_VERSION_PATCH 0
#define NERID_VERSION_STRING "0.1.0"
/* Output schema identifier written into every JSON result. */
#define NERID_SCHEMA "nerid/1"

/* Runtime version of the library actually linked ("0.1.0"). */
const char *nerid_version(void);

/* ------------------------------------------------------------------ errors */

typedef enum {
    NERID_OK = 0,
    NERID_ERR_NOMEM,    /* an allocation failed */
    NERID_ERR_UTF8,     /* input is not valid UTF-8 (position = byte offset) */
    NERID_ERR_TOO_BIG,  /* input exceeds nerid_options.max_bytes */
    NERID_ERR_IO,       /* a file could not be opened or read */
    NERID_ERR_DATA,     /* a gazetteer or data file is malformed (file:line) */
    NERID_ERR_ARG       /* an invalid argument (NULL model, bad option) */
} nerid_status;

typedef struct {
    nerid_status code;
    char message[256]; /* human-readable, names file and position if known */
    char source[256];  /* file name, or "" for in-memory text */
    long line;         /* 1-based line, or 0 if not applicable */
    long column;       /* 1-based column in code points, or 0 */
    long offset;       /* 0-based byte offset, or -1 if not applicable */
} nerid_error;

/* Human-readable name of a status code ("invalid UTF-8"). Never NULL. */
const char *nerid_strerror(nerid_status code);

/* ------------------------------------------------------------------ model */

typedef struct nerid_model nerid_model;

/* The model built from the gazetteers shipped with nerid: the compiled-in
 * data directory after `make install`, or NERID_DATA_DIR from the
 * environment, or the source tree's gazetteers/ when run from the build
 * tree. Returns NULL and fills err on failure. */
nerid_model *nerid_model_new_default(nerid_error *err);

/* Flags for nerid_model_load. */
#define NERID_LOAD_REPLACE 0x1u /* use only the given dirs, not the defaults */

/* Loads the gazetteer folders dirs[0..ndirs-1] (same format as the shipped
 * gazetteers, see gazetteers/README.md) merged with the defaults, or alone
 * with NERID_LOAD_REPLACE. Every row is validated; the first bad row is
 * reported as "file:line: reason". */
nerid_model *nerid_model_load(const char *const *dirs, size_t ndirs,
                              unsigned flags, nerid_error *err);

/* Number of gazetteer entries in the model. */
size_t nerid_model_size(const nerid_model *model);

void nerid_model_free(nerid_model *model);

/* ---------------------------------------------------------------- options */

typedef enum {
    NERID_OFFSETS_CODEPOINTS = 0, /* Python str indices (default) */
    NERID_OFFSETS_UTF16,          /* Java / JavaScript / INCEpTION */
    NERID_OFFSETS_BYTES           /* UTF-8 byte offsets (C) */
} nerid_offsets;

typedef struct {
    nerid_offsets offsets;   /* unit of every start/end in the result */
    size_t max_bytes;        /* refuse larger inputs; 0 = NERID_DEFAULT_MAX */
    const char *ref_date;    /* "YYYY-MM-DD" anchor when the text has no
                                dateline, or NULL */
    unsigned keep_clutter;   /* 1: report findings inside page clutter too,
                                marked in_clutter */
} nerid_options;

#define NERID_DEFAULT_MAX ((size_t)64 << 20) /* 64 MiB */

/* Fills *opts with the defaults. */
void nerid_options_init(nerid_options *opts);

/* --------------------------------------------------------------- extract */

typedef struct nerid_result nerid_result;

/* Runs the whole pipeline on text[0..len) (UTF-8; a leading BOM is
 * skipped but counted in offsets). doc_id names the document in the output
 * and in error messages (may be NULL). opts may be NULL for defaults.
 * Returns NULL and fills err (code, message, byte offset, line, column) on
 * failure; the text is never modified and need not be NUL-terminated. */
nerid_result *nerid_extract(const nerid_model *model, const char *text,
                            size_t len, const char *doc_id,
                            const nerid_options *opts, nerid_error *err);

void nerid_result_free(nerid_result *res);

/* ------------------------------------------------------------- accessors */

typedef enum {
    NERID_PERSON = 0,
    NERID_MINISTRY,
    NERID_GOV_AGENCY,
    NERID_COMPANY,
    NERID_ORGANIZATION,
    NERID_LOCATION,
    NERID_NTYPES
} nerid_type;

/* "PERSON", "MINISTRY", ... */
const char *nerid_type_name(nerid_type t);

typedef struct {
    size_t start, end;   /* in the unit chosen by nerid_options.offsets */
    const char *text;    /* the exact input text of the span */
} nerid_span;

size_t nerid_result_entity_count(const nerid_result *res);
/* Entity i: its type, canonical name, gazetteer id (or NULL), role (or
 * NULL) and number of mentions. Any out-pointer may be NULL. Returns 0 when
 * i is out of range. */
int nerid_result_entity(const nerid_result *res, size_t i, nerid_type *type,
                        const char **name, const char **kb, const char **role,
                        size_t *nmentions);
/* Mention j of entity i; source is "gazetteer", "rule", "alias" or "role";
 * rule is the id of the list or rule that produced it. */
int nerid_result_mention(const nerid_result *res, size_t i, size_t j,
                         nerid_span *span, const char **source,
                         const char **rule);

size_t nerid_result_quote_count(const nerid_result *res);
/* Quote i: kind is "direct" or "indirect"; speaker_entity is the index of
 * the speaker's entity or -1; speaker.text is NULL when nobody was found. */
int nerid_result_quote(const nerid_result *res, size_t i, const char **kind,
                       nerid_span *text, nerid_span *cue, nerid_span *speaker,
                       long *speaker_entity);

size_t nerid_result_time_count(const nerid_result *res);
/* Time i: type "DATE" or "TIME", the ISO 8601 / TIMEX3 value, zone name
 * ("WIB", or NULL). */
int nerid_result_time(const nerid_result *res, size_t i, const char **type,
                      nerid_span *span, const char **value, const char **tz);

/* Output flags for nerid_result_to_json. */
#define NERID_JSON_COMPACT 0x1u /* one line instead of pretty-printed */

/* The result as a nerid/1 JSON document (see docs/schema.md), a
 * NUL-terminated string the caller frees with free(). NULL on ENOMEM. */
char *nerid_result_to_json(const nerid_result *res, unsigned flags);

#ifdef __cplusplus
}
#endif
#endif /* NERID_H */
