/* cli_args.c - command-line parsing for nerid (getopt_long). */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
    fputs(
"Usage: nerid [OPTIONS] [FILE...]\n"
"Extract named entities, attributed quotations and time expressions from\n"
"Indonesian news text, as JSON (schema nerid/1). With no FILE, or when FILE\n"
"is -, read standard input. One file gives one pretty-printed JSON object;\n"
"several files give one compact object per line (JSON Lines), in order.\n"
"\n"
"Options:\n"
"  -o, --output FILE        write to FILE instead of standard output\n"
"      --compact            one line per document\n"
"      --offsets UNIT       codepoints (default), utf16 or bytes\n"
"      --date YYYY-MM-DD    reference date when the text has no dateline\n"
"      --gazetteers DIR     also load the gazetteers in DIR (repeatable)\n"
"      --replace-gazetteers use only the --gazetteers folders\n"
"      --keep-clutter       also report findings inside page clutter\n"
"      --max-bytes N        refuse documents over N bytes (default 64 MiB)\n"
"  -q, --quiet              no messages on standard error except errors\n"
"  -h, --help               show this help and exit\n"
"  -V, --version            show the version and exit\n"
"\n"
"Exit status:\n"
"  0   every document was processed\n"
"  64  usage error (bad option or argument)\n"
"  65  a document is not valid input (invalid UTF-8, too large); the\n"
"      message names the file and the byte offset; other files are still\n"
"      processed and written\n"
"  66  an input file could not be opened or read\n"
"  70  internal error (out of memory)\n"
"  74  the output could not be written\n"
"  78  the gazetteers could not be loaded (message names file:line)\n"
"When several documents fail, the status is that of the first failure.\n", f);
}

int cli_parse(int argc, char **argv, cli_args *a)
{
    enum { O_COMPACT = 256, O_OFFSETS, O_DATE, O_GAZ, O_REPLACE, O_KEEP, O_MAXB };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"compact", no_argument, NULL, O_COMPACT},
        {"offsets", required_argument, NULL, O_OFFSETS},
        {"date", required_argument, NULL, O_DATE},
        {"gazetteers", required_argument, NULL, O_GAZ},
        {"replace-gazetteers", no_argument, NULL, O_REPLACE},
        {"keep-clutter", no_argument, NULL, O_KEEP},
        {"max-bytes", required_argument, NULL, O_MAXB},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}};
    memset(a, 0, sizeof *a);
    nerid_options_init(&a->opts);
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:qhV", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': a->output = optarg; break;
        case O_COMPACT: a->compact = true; break;
        case O_OFFSETS:
            if (strcmp(optarg, "codepoints") == 0)
                a->opts.offsets = NERID_OFFSETS_CODEPOINTS;
            else if (strcmp(optarg, "utf16") == 0)
                a->opts.offsets = NERID_OFFSETS_UTF16;
            else if (strcmp(optarg, "bytes") == 0)
                a->opts.offsets = NERID_OFFSETS_BYTES;
            else {
                fprintf(stderr, "nerid: --offsets: unknown unit '%s' (codepoints, utf16, bytes)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case O_DATE: {
            int y, m, d;
            char extra;
            if (sscanf(optarg, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || m < 1 || m > 12 || d < 1 || d > 31) {
                fprintf(stderr, "nerid: --date: '%s' is not YYYY-MM-DD\n", optarg);
                return EXIT_USAGE;
            }
            a->opts.ref_date = optarg;
            break;
        }
        case O_GAZ:
            if (a->ngaz == sizeof a->gaz_dirs / sizeof *a->gaz_dirs) {
                fprintf(stderr, "nerid: too many --gazetteers folders\n");
                return EXIT_USAGE;
            }
            a->gaz_dirs[a->ngaz++] = optarg;
            break;
        case O_REPLACE: a->gaz_replace = true; break;
        case O_KEEP: a->opts.keep_clutter = 1; break;
        case O_MAXB: {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || end == optarg || v == 0) {
                fprintf(stderr, "nerid: --max-bytes: '%s' is not a positive number\n", optarg);
                return EXIT_USAGE;
            }
            a->opts.max_bytes = (size_t)v;
            break;
        }
        case 'q': a->quiet = true; break;
        case 'h': usage(stdout); return EXIT_OK;
        case 'V': printf("nerid %s (schema %s)\n", nerid_version(), NERID_SCHEMA); return EXIT_OK;
        case ':':
            fprintf(stderr, "nerid: option '%s' needs an argument\nTry 'nerid --help'.\n", argv[optind - 1]);
            return EXIT_USAGE;
        default:
            fprintf(stderr, "nerid: unknown option '%s'\nTry 'nerid --help'.\n", argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (a->gaz_replace && !a->ngaz) {
        fprintf(stderr, "nerid: --replace-gazetteers needs at least one --gazetteers DIR\n");
        return EXIT_USAGE;
    }
    a->files = (const char **)argv + optind;
    a->nfiles = (size_t)(argc - optind);
    return -1;
}
