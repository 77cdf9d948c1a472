/* tsv.c - the reader for nerid's TAB-separated data files (gazetteers,
 * lexicons). Every problem is reported as "file:line: reason". */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_COLS 16

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Splits line (modified in place) at TABs; returns the column count, or
 * MAX_COLS + 1 when there are too many. */
static size_t split_tabs(char *line, char **cols)
{
    size_t n = 0;
    char *p = line;
    for (;;) {
        if (n == MAX_COLS)
            return MAX_COLS + 1;
        cols[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    return n;
}

int nr_tsv_read(const char *path, const char *header, nr_tsv_row_fn row,
                void *ctx, nerid_error *err)
{
    const char *file = base_name(path);
    FILE *f = fopen(path, "r");
    if (!f) {
        nr_error_set(err, NERID_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
        if (err)
            snprintf(err->source, sizeof err->source, "%s", path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long lineno = 0;
    size_t ncols_header = 0;
    int rc = 0;
    char *cols[MAX_COLS + 1];
    char why[200];

    while ((got = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t n = (size_t)got;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (lineno == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
            memmove(line, line + 3, n - 2);
            n -= 3;
        }
        if (n == 0 || line[0] == '#')
            continue;
        size_t bad;
        if (!nr_utf8_valid(line, n, &bad)) {
            nr_error_data(err, file, lineno, "invalid UTF-8 at byte %zu of the line", bad);
            rc = -1;
            break;
        }
        if (memchr(line, '\0', n)) {
            nr_error_data(err, file, lineno, "NUL byte in line");
            rc = -1;
            break;
        }
        if (!ncols_header) {
            if (strcmp(line, header) != 0) {
                nr_error_data(err, file, lineno, "expected header \"%s\"", header);
                rc = -1;
                break;
            }
            ncols_header = split_tabs(line, cols);
            continue;
        }
        size_t nc = split_tabs(line, cols);
        if (nc != ncols_header) {
            nr_error_data(err, file, lineno, "%s columns, expected %zu",
                          nc > MAX_COLS ? "too many" : (nc < ncols_header ? "too few" : "too many"),
                          ncols_header);
            rc = -1;
            break;
        }
        why[0] = '\0';
        if (row(ctx, cols, nc, file, lineno, why, sizeof why) < 0) {
            if (why[0])
                nr_error_data(err, file, lineno, "%s", why);
            else if (err && err->code == NERID_OK) {
                nr_error_data(err, file, lineno, "out of memory");
                err->code = NERID_ERR_NOMEM;
            }
            rc = -1;
            break;
        }
    }
    if (rc == 0 && ferror(f)) {
        nr_error_set(err, NERID_ERR_IO, "%s: read error", path);
        rc = -1;
    }
    if (rc == 0 && !ncols_header) {
        nr_error_data(err, file, lineno ? lineno : 1, "empty file: no header \"%s\"", header);
        rc = -1;
    }
    free(line);
    fclose(f);
    return rc;
}
