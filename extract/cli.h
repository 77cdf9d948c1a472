/* cli.h - the nerid command line: options and exit statuses. */
#ifndef NERID_CLI_H
#define NERID_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "nerid.h"

/* Exit statuses (sysexits.h values), documented in --help and nerid(1). */
enum {
    EXIT_OK = 0,        /* every document processed */
    EXIT_USAGE = 64,    /* bad command line */
    EXIT_DATAERR = 65,  /* a document was not valid input (bad UTF-8, too big) */
    EXIT_NOINPUT = 66,  /* an input file could not be opened or read */
    EXIT_SOFTWARE = 70, /* internal error (out of memory) */
    EXIT_IOERR = 74,    /* output could not be written */
    EXIT_CONFIG = 78    /* gazetteers could not be loaded */
};

typedef struct {
    const char *output;      /* -o FILE, NULL = stdout */
    bool compact;            /* --compact */
    bool quiet;              /* -q / --quiet */
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

#endif
