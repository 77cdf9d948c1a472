/* cli.h - the nerid command line: options, exit statuses, and the pieces
 * main.c ties together (cli_args.c parses, cli_batch.c runs documents
 * through a pool of worker threads in input order, cli_jsonl.c reads a
 * JSON Lines record, cli_eval.c scores one annotation set against
 * another). */
#ifndef NERID_CLI_H
#define NERID_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

#include "nerid.h"

/* Exit statuses (sysexits.h values), documented in --help and nerid(1). */
enum {
    EXIT_OK = 0,        /* every document processed */
    EXIT_USAGE = 64,    /* bad command line */
    EXIT_DATAERR = 65,  /* a document was not valid input (bad UTF-8, too big,
                           a bad JSON Lines record) */
    EXIT_NOINPUT = 66,  /* an input file could not be opened or read */
    EXIT_SOFTWARE = 70, /* internal error (out of memory) */
    EXIT_IOERR = 74,    /* output could not be written */
    EXIT_CONFIG = 78    /* gazetteers could not be loaded */
};

/* --format */
typedef enum {
    FMT_JSON = 0, /* pretty for one document, JSON Lines for several */
    FMT_JSONL,    /* always one compact object per line */
    FMT_CONLL,    /* CoNLL-2003 style IOB2 */
    FMT_BRAT,     /* brat standoff .ann (+ .txt with -O) */
    FMT_HTML      /* self-contained HTML page */
} cli_format;

typedef struct {
    const char *output;      /* -o FILE, NULL = stdout */
    const char *outdir;      /* -O DIR: one output file per document */
    const char *recurse_dir; /* -r DIR: every .txt file below DIR */
    bool compact;            /* --compact */
    bool quiet;              /* -q / --quiet */
    bool jsonl;              /* --jsonl: input is JSON Lines records */
    bool coarse;             /* --coarse: PER/ORG/LOC in conll/brat/html */
    int progress;            /* --progress: 1 force, 0 never, -1 if a tty */
    cli_format format;       /* --format */
    unsigned threads;        /* -j N (0 = number of cores) */
    nerid_options opts;      /* --offsets, --date, --max-bytes, --keep-clutter */
    const char *gaz_dirs[32];/* --gazetteers DIR (repeatable) */
    size_t ngaz;
    bool gaz_replace;        /* --replace-gazetteers */
    const char **files;      /* positional arguments (argv slice) */
    size_t nfiles;
} cli_args;

/* Parses argv into *a. Returns -1 on success to go on, or an exit status
 * (0 after --help/--version, EXIT_USAGE on errors, message printed). */
int cli_parse(int argc, char **argv, cli_args *a);

/* Runs every input of *a through the model; returns the exit status. */
int cli_batch_run(const cli_args *a, const nerid_model *model);

/* One JSON Lines record (valid UTF-8, no line end), parsed as
 * json_loadb(line, len, JSON_REJECT_DUPLICATES, jerr) would, except that
 * when *text is set (malloc-ed, *textlen bytes, NUL-terminated) it holds
 * the record's "text" and the returned object's "text" is "". */
json_t *cli_load_record(const char *line, size_t len, char **text, size_t *textlen,
                        json_error_t *jerr);

/* `nerid eval [--json] GOLD PRED`; argv[0] is "eval". Returns the exit
 * status. */
int cli_eval_main(int argc, char **argv);

#endif
