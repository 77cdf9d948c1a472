/* cli_args.c - command-line parsing for nerid (getopt_long). Every option
 * is checked here, before any input is read, and every bad argument gets a
 * message naming the option and the value, and EXIT_USAGE. */
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
"       nerid [OPTIONS] --jsonl [FILE...]\n"
"       nerid [OPTIONS] -r DIR [-O OUTDIR]\n"
"       nerid eval [--json] GOLD PRED\n"
"Extract named entities, attributed quotations and time expressions from\n"
"Indonesian news text, as JSON (schema nerid/1). With no FILE, or when FILE\n"
"is -, read standard input. One file gives one pretty-printed JSON object;\n"
"several files give one compact object per line (JSON Lines), in order.\n"
"With --jsonl, every input line is a record {\"id\": ..., \"text\": ...}; the\n"
"result line keeps the record's other fields. A bad record gives an error\n"
"record {\"id\": ..., \"error\": {\"message\": ..., \"offset\": ...}} and the\n"
"others go on. `nerid eval --help` describes the evaluation command.\n"
"\n"
"Options:\n"
"  -o, --output FILE        write to FILE instead of standard output\n"
"      --compact            one line per document\n"
"  -O, --output-dir DIR     write one file per document into DIR (NAME.json,\n"
"                           NAME.conll, NAME.ann + NAME.txt, NAME.html)\n"
"  -r, --recursive DIR      process every .txt file below DIR, sorted by path\n"
"      --jsonl              input is JSON Lines records (files or stdin)\n"
"  -j, --threads N          worker threads (default: number of cores)\n"
"      --format FMT         json (default), jsonl, conll, brat or html\n"
"      --coarse             PER/ORG/LOC types in conll, brat and html\n"
"      --progress           progress bar on stderr even when not a terminal\n"
"      --no-progress        no progress bar\n"
"      --offsets UNIT       codepoints (default), utf16 or bytes\n"
"      --date YYYY-MM-DD    reference date when the text has no dateline\n"
"      --gazetteers DIR     also load the gazetteers in DIR (repeatable)\n"
"      --replace-gazetteers use only the --gazetteers folders\n"
"      --keep-clutter       also report findings inside page clutter\n"
"      --max-bytes N        refuse documents over N bytes (default 64 MiB)\n"
"  -q, --quiet              no progress bar and summary on standard error,\n"
"                           only errors\n"
"  -h, --help               show this help and exit\n"
"  -V, --version            show the version and exit\n"
"\n"
"Exit status:\n"
"  0   every document was processed\n"
"  64  usage error (bad option or argument)\n"
"  65  a document is not valid input (invalid UTF-8, too large, a bad JSON\n"
"      Lines record); the message names the file, line and offset; the\n"
"      other documents are still processed and written\n"
"  66  an input file could not be opened or read\n"
"  70  internal error (out of memory)\n"
"  74  the output could not be written\n"
"  78  the gazetteers could not be loaded (message names file:line)\n"
"When several documents fail, the status is that of the first failure.\n", f);
}

int cli_parse(int argc, char **argv, cli_args *a)
{
    enum { O_COMPACT = 256, O_OFFSETS, O_DATE, O_GAZ, O_REPLACE, O_KEEP, O_MAXB,
           O_JSONL, O_FORMAT, O_COARSE, O_PROGRESS, O_NOPROGRESS };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"compact", no_argument, NULL, O_COMPACT},
        {"offsets", required_argument, NULL, O_OFFSETS},
        {"date", required_argument, NULL, O_DATE},
        {"gazetteers", required_argument, NULL, O_GAZ},
        {"replace-gazetteers", no_argument, NULL, O_REPLACE},
        {"keep-clutter", no_argument, NULL, O_KEEP},
        {"max-bytes", required_argument, NULL, O_MAXB},
        {"output-dir", required_argument, NULL, 'O'},
        {"recursive", required_argument, NULL, 'r'},
        {"jsonl", no_argument, NULL, O_JSONL},
        {"threads", required_argument, NULL, 'j'},
        {"format", required_argument, NULL, O_FORMAT},
        {"coarse", no_argument, NULL, O_COARSE},
        {"progress", no_argument, NULL, O_PROGRESS},
        {"no-progress", no_argument, NULL, O_NOPROGRESS},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}};
    memset(a, 0, sizeof *a);
    nerid_options_init(&a->opts);
    a->progress = -1;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:O:r:j:qhV", longopts, NULL)) != -1) {
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
        case 'O': a->outdir = optarg; break;
        case 'r': a->recurse_dir = optarg; break;
        case O_JSONL: a->jsonl = true; break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || end == optarg || v < 1 || v > 256) {
                fprintf(stderr, "nerid: -j: '%s' is not a number of threads (1 to 256)\n", optarg);
                return EXIT_USAGE;
            }
            a->threads = (unsigned)v;
            break;
        }
        case O_FORMAT: {
            static const char *const names[] = {"json", "jsonl", "conll", "brat", "html"};
            size_t k = 0;
            while (k < 5 && strcmp(optarg, names[k]) != 0)
                k++;
            if (k == 5) {
                fprintf(stderr, "nerid: --format: unknown format '%s' (json, jsonl, conll, brat, html)\n", optarg);
                return EXIT_USAGE;
            }
            a->format = (cli_format)k;
            break;
        }
        case O_COARSE: a->coarse = true; break;
        case O_PROGRESS: a->progress = 1; break;
        case O_NOPROGRESS: a->progress = 0; break;
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
    if (a->recurse_dir && a->nfiles) {
        fprintf(stderr, "nerid: -r DIR takes no FILE arguments\n");
        return EXIT_USAGE;
    }
    if (a->recurse_dir && a->jsonl) {
        fprintf(stderr, "nerid: -r reads .txt files; it cannot be combined with --jsonl\n");
        return EXIT_USAGE;
    }
    if (a->outdir && a->jsonl) {
        fprintf(stderr, "nerid: -O writes one file per input file; with --jsonl use -o FILE\n");
        return EXIT_USAGE;
    }
    if (a->outdir && a->output) {
        fprintf(stderr, "nerid: -o and -O cannot be combined\n");
        return EXIT_USAGE;
    }
    if (a->outdir && !a->recurse_dir) {
        for (size_t i = 0; i < a->nfiles; i++)
            if (strcmp(a->files[i], "-") == 0) {
                fprintf(stderr, "nerid: -O needs named input files, not standard input\n");
                return EXIT_USAGE;
            }
        if (!a->nfiles) {
            fprintf(stderr, "nerid: -O needs input files or -r DIR\n");
            return EXIT_USAGE;
        }
    }
    if (a->coarse && (a->format == FMT_JSON || a->format == FMT_JSONL)) {
        fprintf(stderr, "nerid: --coarse applies to --format conll, brat or html\n");
        return EXIT_USAGE;
    }
    return -1;
}
