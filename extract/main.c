/* main.c - the nerid command: read files, run the library, write JSON.
 * A bad file is reported (file, position, reason) and skipped; the others
 * are still processed and written. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* Reads a whole file (or stdin for "-") into *buf. Returns 0 or an errno. */
static int read_all(const char *path, char **buf, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return errno;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        if (f != stdin)
            fclose(f);
        return EISDIR;
    }
    size_t cap = (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
                     ? (size_t)st.st_size + 1 : 65536;
    char *b = malloc(cap);
    size_t n = 0;
    int rc = 0;
    if (!b) {
        rc = ENOMEM;
        goto out;
    }
    for (;;) {
        if (n == cap) {
            char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(b, cap * 2);
            if (!nb) {
                rc = ENOMEM;
                break;
            }
            b = nb;
            cap *= 2;
        }
        size_t got = fread(b + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f))
                rc = errno ? errno : EIO;
            break;
        }
    }
out:
    if (f != stdin)
        fclose(f);
    if (rc) {
        free(b);
        return rc;
    }
    *buf = b;
    *len = n;
    return 0;
}

static void write_error_record(FILE *out, const char *id, const nerid_error *e)
{
    /* a minimal JSON Lines error record so that line N still answers file N */
    fputs("{\"schema\":\"" NERID_SCHEMA "\",\"doc\":{\"id\":\"", out);
    for (const char *p = id; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputs("\"},\"error\":{\"message\":\"", out);
    for (const char *p = e->message; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fprintf(out, "\",\"offset\":%ld}}\n", e->offset);
}

int main(int argc, char **argv)
{
    cli_args a;
    int rc = cli_parse(argc, argv, &a);
    if (rc >= 0)
        return rc;

    nerid_error err;
    nerid_model *model = (a.ngaz || a.gaz_replace)
        ? nerid_model_load(a.gaz_dirs, a.ngaz, a.gaz_replace ? NERID_LOAD_REPLACE : 0, &err)
        : nerid_model_new_default(&err);
    if (!model) {
        fprintf(stderr, "nerid: cannot load gazetteers: %s\n", err.message);
        return EXIT_CONFIG;
    }
    FILE *out = stdout;
    if (a.output && !(out = fopen(a.output, "w"))) {
        fprintf(stderr, "nerid: %s: %s\n", a.output, strerror(errno));
        nerid_model_free(model);
        return EXIT_IOERR;
    }
    static const char *const stdin_only[] = {"-"};
    const char **files = a.nfiles ? a.files : (const char **)stdin_only;
    size_t nfiles = a.nfiles ? a.nfiles : 1;
    bool lines = nfiles > 1;
    unsigned jflags = (a.compact || lines) ? NERID_JSON_COMPACT : 0;
    int status = EXIT_OK;

    for (size_t i = 0; i < nfiles; i++) {
        const char *path = files[i];
        const char *id = strcmp(path, "-") == 0 ? "-" : path;
        char *buf = NULL;
        size_t len = 0;
        int e = read_all(path, &buf, &len);
        if (e) {
            fprintf(stderr, "nerid: %s: %s\n", path, strerror(e));
            if (lines) {
                nerid_error ioe = {.code = NERID_ERR_IO, .offset = -1};
                snprintf(ioe.message, sizeof ioe.message, "%s: %s", path, strerror(e));
                write_error_record(out, id, &ioe);
            }
            if (status == EXIT_OK)
                status = e == ENOMEM ? EXIT_SOFTWARE : EXIT_NOINPUT;
            continue;
        }
        nerid_result *res = nerid_extract(model, buf, len, id, &a.opts, &err);
        if (!res) {
            fprintf(stderr, "nerid: %s\n", err.message);
            if (lines)
                write_error_record(out, id, &err);
            if (status == EXIT_OK)
                status = err.code == NERID_ERR_NOMEM ? EXIT_SOFTWARE : EXIT_DATAERR;
            free(buf);
            continue;
        }
        char *json = nerid_result_to_json(res, jflags);
        if (!json) {
            fprintf(stderr, "nerid: %s: out of memory writing JSON\n", id);
            if (status == EXIT_OK)
                status = EXIT_SOFTWARE;
        } else {
            fputs(json, out);
            fputc('\n', out);
            free(json);
        }
        nerid_result_free(res);
        free(buf);
        if (ferror(out))
            break;
    }
    nerid_model_free(model);
    if (ferror(out) | (fclose(out) != 0)) {
        fprintf(stderr, "nerid: error writing %s: %s\n", a.output ? a.output : "standard output",
                strerror(errno));
        return EXIT_IOERR;
    }
    return status;
}
