/* cli_batch.c - runs documents through the model for the nerid command.
 *
 * Inputs are files (read whole), every .txt file below a folder (-r), or
 * JSON Lines records (--jsonl, one {"id", "text", ...} object per line).
 * The main thread reads inputs into a bounded ring of jobs (16 per
 * worker, at least 32): memory stays bounded however long the stream. N
 * worker threads (-j) take jobs in order and run nerid_extract with the
 * one shared, immutable model, then render the result (JSON, CoNLL, brat,
 * HTML) into a string or, with -O, into files of their own. The worker
 * that completes the oldest job writes it and every completed job after
 * it, strictly in input order (one writer at a time), updates the
 * progress bar and the counts, and frees the slots for the reader.
 *
 * Threads sleep only when they must and are woken only when someone
 * sleeps: workers when the ring is empty, the reader when it is full (and
 * woken again at half full), so a steady stream costs no wake-up per
 * document. Output is flushed whenever the input runs dry, so that a
 * co-process feeding one record at a time gets its answer at once.
 *
 * A bad input never stops the run: it yields an error record (and a
 * positioned message on stderr), the others go on, and the exit status is
 * that of the first failure. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "internal.h"
#include "render.h"

/* ------------------------------------------------------------ the jobs */

enum { J_FREE = 0, J_QUEUED, J_RUNNING, J_DONE };

typedef struct {
    int state;
    const char *path;   /* file input (argv or the -r list), or NULL */
    const char *rel;    /* output name below -O (no extension) */
    char *line;         /* --jsonl: the record's bytes */
    size_t len;
    long lineno;        /* --jsonl: 1-based line in its source */
    const char *source; /* --jsonl: file name or "stdin" */
    bool too_long;      /* --jsonl: line over the limit, truncated */
    /* results, filled by the worker */
    char *out;          /* text for the output stream, or NULL */
    char *msg;          /* message for stderr, or NULL */
    char *name;         /* -O --format html: page file name for the index */
    char *title;        /* -O --format html: page title for the index */
    int status;         /* EXIT_OK or the failure's exit status */
    size_t bytes;       /* input bytes, for the counts */
} job;

typedef struct {
    const cli_args *a;
    const nerid_model *model;
    bool stream_lines;  /* several documents on one stream */
    bool single_pretty; /* one document, pretty JSON */
    FILE *out;
    size_t cap;         /* ring size */
    job *ring;
    size_t head, tail, next; /* write, fill, run positions (monotonic) */
    bool eof;
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_space;
    unsigned idle;       /* workers waiting on cv_work */
    bool reader_waiting; /* the reader waits on cv_space */
    bool writing;        /* a worker is writing completed jobs */
    bool dirty;          /* written since the last flush */
    /* writer state (touched only by the one writing worker) */
    int status;
    size_t ndocs, nerrors, nbytes;
    size_t total_bytes; /* 0 when unknown */
    bool show_progress;
    double t0, last_draw;
    NR_VEC(char *) pages;  /* html -O: page names, in order */
    NR_VEC(char *) titles;
} batch;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        s = NULL;
    va_end(ap);
    return s;
}

/* Reads a whole file into *buf. Returns 0 or an errno value. */
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
    size_t cap = (S_ISREG(st.st_mode) && st.st_size > 0) ? (size_t)st.st_size + 1 : 65536;
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

/* A JSON string literal for s (for hand-built records). */
static void put_json_str(nr_buf *b, const char *s)
{
    nr_buf_putc(b, '"');
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '"' || c == '\\') {
            nr_buf_putc(b, '\\');
            nr_buf_putc(b, (char)c);
        } else if (c == '\n') {
            nr_buf_puts(b, "\\n");
        } else if (c < 0x20 || c == 0x7f) {
            nr_buf_printf(b, "\\u%04x", c);
        } else {
            nr_buf_putc(b, (char)c);
        }
    }
    nr_buf_putc(b, '"');
}

/* The file-mode error record: line N still answers file N. */
static char *file_error_record(const char *id, const char *message, long offset)
{
    nr_buf b = {0};
    nr_buf_puts(&b, "{\"schema\":\"" NERID_SCHEMA "\",\"doc\":{\"id\":");
    put_json_str(&b, id);
    nr_buf_puts(&b, "},\"error\":{\"message\":");
    put_json_str(&b, message);
    nr_buf_printf(&b, ",\"offset\":%ld}}\n", offset);
    return b.failed ? (nr_buf_free(&b), NULL) : b.s;
}

/* mkdir -p for the folder part of path. Returns 0 or an errno value. */
static int make_parents(const char *path)
{
    char *p = xstrdup(path);
    if (!p)
        return ENOMEM;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            int e = errno;
            free(p);
            return e;
        }
        *s = '/';
    }
    free(p);
    return 0;
}

/* Writes data[0..n) to path (creating folders). Returns 0 or an errno. */
static int write_file(const char *path, const char *data, size_t n)
{
    int e = make_parents(path);
    if (e)
        return e;
    FILE *f = fopen(path, "wb");
    if (!f)
        return errno;
    size_t w = fwrite(data, 1, n, f);
    e = (w != n || ferror(f)) ? (errno ? errno : EIO) : 0;
    if (fclose(f) != 0 && !e)
        e = errno ? errno : EIO;
    return e;
}

/* ------------------------------------------------------------ rendering */

static unsigned render_flags(const cli_args *a)
{
    return a->coarse ? NR_RENDER_COARSE : 0;
}

/* Renders a result for the output stream (stream mode). */
static char *render_stream(const batch *b, const nerid_result *res, const char *text, size_t len)
{
    const cli_args *a = b->a;
    switch (a->format) {
    case FMT_CONLL:
        return nr_render_conll(res, render_flags(a));
    case FMT_BRAT: {
        char *ann = nr_render_brat(res, render_flags(a));
        if (!ann || !b->stream_lines)
            return ann;
        /* several documents: one JSON line {"id", "text", "ann"} each */
        json_t *o = json_pack("{s:s, s:s%, s:s}", "id", res->doc.id, "text", text, len, "ann", ann);
        free(ann);
        char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
        json_decref(o);
        return s;
    }
    case FMT_HTML:
        return nr_render_html(res, render_flags(a) | (b->stream_lines ? NR_HTML_FRAGMENT : 0));
    default:
        return nerid_result_to_json(res, (b->single_pretty && !a->compact) ? 0 : NERID_JSON_COMPACT);
    }
}

/* Writes the -O files of one document. Returns 0 or an errno value and
 * names the file that failed in *failed. */
static int write_outputs(batch *b, job *j, const nerid_result *res, const char *text, size_t len,
                         char **failed)
{
    const cli_args *a = b->a;
    static const char *const EXT[] = {".json", ".json", ".conll", ".ann", ".html"};
    char *path = xprintf("%s/%s%s", a->outdir, j->rel, EXT[a->format]);
    if (!path)
        return ENOMEM;
    char *data;
    switch (a->format) {
    case FMT_CONLL: data = nr_render_conll(res, render_flags(a)); break;
    case FMT_BRAT: data = nr_render_brat(res, render_flags(a)); break;
    case FMT_HTML: data = nr_render_html(res, render_flags(a)); break;
    case FMT_JSONL: data = nerid_result_to_json(res, NERID_JSON_COMPACT); break;
    default: data = nerid_result_to_json(res, a->compact ? NERID_JSON_COMPACT : 0); break;
    }
    int e = 0;
    if (!data) {
        e = ENOMEM;
    } else {
        size_t n = strlen(data);
        bool nl = a->format == FMT_JSON || a->format == FMT_JSONL;
        if (nl) {
            char *d2 = realloc(data, n + 2);
            if (d2) {
                data = d2;
                data[n++] = '\n';
                data[n] = '\0';
            }
        }
        e = write_file(path, data, n);
        free(data);
    }
    if (!e && a->format == FMT_BRAT) {
        free(path);
        path = xprintf("%s/%s.txt", a->outdir, j->rel);
        e = path ? write_file(path, text, len) : ENOMEM;
    }
    if (!e && a->format == FMT_HTML) {
        j->name = xprintf("%s.html", j->rel);
        j->title = xstrdup(res->doc.meta.title ? res->doc.meta.title : j->rel);
    }
    if (e)
        *failed = path;
    else
        free(path);
    return e;
}

/* ------------------------------------------------------------ JSON Lines */

/* Keys of a nerid/1 result: a record's own fields with these names are
 * replaced by the result's. */
static bool reserved_key(const char *k)
{
    static const char *const R[] = {"text", "schema", "doc", "meta", "entities", "quotes",
                                    "times", "ignored", "error"};
    for (size_t i = 0; i < sizeof R / sizeof *R; i++)
        if (strcmp(k, R[i]) == 0)
            return true;
    return false;
}

/* The longest JSON Lines record kept in memory. */
static size_t line_limit(const cli_args *a)
{
    return (a->opts.max_bytes ? a->opts.max_bytes : NERID_DEFAULT_MAX) + 65536;
}

/* The error record {"id": ..., "error": {"message", "line", "offset"}}. */
static char *record_error(const job *j, json_t *id, const char *message, long offset)
{
    json_t *o = json_object();
    json_object_set(o, "id", id ? id : json_null());
    json_t *e = json_pack("{s:s, s:s, s:I}", "message", message, "source", j->source,
                          "line", (json_int_t)j->lineno);
    json_object_set_new(e, "offset", offset >= 0 ? json_integer(offset) : json_null());
    json_object_set_new(o, "error", e);
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    return s;
}

/* The "id" of a line with invalid UTF-8 (so that its error record still
 * names the record): every bad byte is replaced by '?' in a copy, which
 * cannot change the JSON structure, and the copy is parsed. NULL if that
 * fails too. */
static json_t *id_despite_bad_bytes(const char *line, size_t len)
{
    char *c = malloc(len + 1);
    if (!c)
        return NULL;
    memcpy(c, line, len);
    size_t pos = 0, bad;
    while (pos < len && !nr_utf8_valid(c + pos, len - pos, &bad)) {
        c[pos + bad] = '?';
        pos += bad + 1;
    }
    json_t *rec = json_loadb(c, len, 0, NULL);
    free(c);
    json_t *id = json_is_object(rec) ? json_object_get(rec, "id") : NULL;
    json_incref(id);
    json_decref(rec);
    return id;
}

static void fail(job *j, int status, char *msg)
{
    j->status = status;
    j->msg = msg;
}

static void run_jsonl(batch *b, job *j)
{
    const cli_args *a = b->a;
    j->bytes = j->len + 1; /* with its newline */
    if (j->too_long) {
        fail(j, EXIT_DATAERR,
             xprintf("%s:%ld: line of %zu bytes is longer than the limit of %zu bytes "
                     "(--max-bytes + 64 KiB), skipped", j->source, j->lineno, j->len,
                     line_limit(a)));
        j->out = record_error(j, NULL, j->msg ? j->msg : "line too long", -1);
        return;
    }
    size_t badpos;
    if (!nr_utf8_valid(j->line, j->len, &badpos)) {
        /* jansson would say so too, but less precisely */
        fail(j, EXIT_DATAERR, xprintf("%s:%ld: invalid UTF-8 at byte offset %zu (byte 0x%02X)",
                                      j->source, j->lineno, badpos,
                                      (unsigned)(unsigned char)j->line[badpos]));
        json_t *id = id_despite_bad_bytes(j->line, j->len);
        j->out = record_error(j, id, j->msg ? j->msg : "invalid UTF-8", (long)badpos);
        json_decref(id);
        return;
    }
    json_error_t jerr;
    char *fast, *idtext = NULL;
    size_t fastlen;
    nerid_result *res = NULL;
    json_t *rec = cli_load_record(j->line, j->len, &fast, &fastlen, &jerr);
    if (!rec) {
        fail(j, EXIT_DATAERR, xprintf("%s:%ld:%d: invalid JSON: %s", j->source, j->lineno,
                                      jerr.column, jerr.text));
        j->out = record_error(j, NULL, j->msg ? j->msg : "invalid JSON", (long)jerr.position);
        return;
    }
    if (!json_is_object(rec)) {
        fail(j, EXIT_DATAERR, xprintf("%s:%ld: record is not a JSON object", j->source, j->lineno));
        j->out = record_error(j, NULL, j->msg ? j->msg : "not an object", 0);
        goto done;
    }
    json_t *id = json_object_get(rec, "id");
    if (json_is_string(id))
        idtext = xstrdup(json_string_value(id));
    else if (id)
        idtext = json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY);
    else
        idtext = xprintf("%s:%ld", j->source, j->lineno);
    json_t *text = json_object_get(rec, "text");
    if (!json_is_string(text)) {
        fail(j, EXIT_DATAERR, xprintf("%s:%ld: record %s: field \"text\" is %s", j->source,
                                      j->lineno, idtext ? idtext : "?",
                                      text ? "not a string" : "missing"));
        j->out = record_error(j, id, j->msg ? j->msg : "bad text", -1);
        goto done;
    }
    const char *t = fast ? fast : json_string_value(text);
    size_t tlen = fast ? fastlen : json_string_length(text);
    nerid_error err;
    res = nerid_extract(b->model, t, tlen, idtext, &a->opts, &err);
    if (!res) {
        fail(j, err.code == NERID_ERR_NOMEM ? EXIT_SOFTWARE : EXIT_DATAERR,
             xprintf("%s:%ld: record %s: %s", j->source, j->lineno, idtext ? idtext : "?",
                     err.message));
        j->out = record_error(j, id, err.message, err.offset);
        goto done;
    }
    char *body = render_stream(b, res, t, tlen);
    if (body && (a->format == FMT_JSON || a->format == FMT_JSONL)) {
        /* the record's own fields first, then the result's */
        json_t *keep = json_object();
        const char *k;
        json_t *v;
        json_object_foreach(rec, k, v) {
            if (!reserved_key(k))
                json_object_set(keep, k, v);
        }
        char *head = json_object_size(keep) ? json_dumps(keep, JSON_COMPACT) : NULL;
        json_decref(keep);
        if (head) {
            size_t hn = strlen(head), bn = strlen(body);
            char *m = malloc(hn + bn + 1);
            if (m) {
                memcpy(m, head, hn - 1); /* without its closing brace */
                m[hn - 1] = ',';
                memcpy(m + hn, body + 1, bn); /* without the opening one */
            }
            free(body);
            body = m;
        }
        free(head);
    }
    if (!body)
        fail(j, EXIT_SOFTWARE, xprintf("%s:%ld: out of memory writing the result", j->source, j->lineno));
    j->out = body;
done:
    nerid_result_free(res);
    free(idtext);
    json_decref(rec);
    free(fast);
}

/* ------------------------------------------------------------ files */

static void run_file(batch *b, job *j)
{
    const cli_args *a = b->a;
    const char *id = j->path;
    char *buf = NULL;
    size_t len = 0;
    int e = read_all(j->path, &buf, &len);
    if (e) {
        fail(j, e == ENOMEM ? EXIT_SOFTWARE : EXIT_NOINPUT, xprintf("%s: %s", j->path, strerror(e)));
        if (b->stream_lines && !a->outdir && j->msg)
            j->out = file_error_record(id, j->msg, -1);
        return;
    }
    j->bytes = len;
    nerid_error err;
    nerid_result *res = nerid_extract(b->model, buf, len, id, &a->opts, &err);
    if (!res) {
        fail(j, err.code == NERID_ERR_NOMEM ? EXIT_SOFTWARE : EXIT_DATAERR, xstrdup(err.message));
        if (b->stream_lines && !a->outdir)
            j->out = file_error_record(id, err.message, err.offset);
        free(buf);
        return;
    }
    if (a->outdir) {
        char *failed = NULL;
        e = write_outputs(b, j, res, buf, len, &failed);
        if (e)
            fail(j, e == ENOMEM ? EXIT_SOFTWARE : EXIT_IOERR,
                 xprintf("%s: %s", failed ? failed : a->outdir, strerror(e)));
        free(failed);
    } else {
        j->out = render_stream(b, res, buf, len);
        if (!j->out)
            fail(j, EXIT_SOFTWARE, xprintf("%s: out of memory writing the result", id));
    }
    nerid_result_free(res);
    free(buf);
}

/* ------------------------------------------------------------ threads */

static void draw_progress(batch *b, bool final)
{
    double t = now_s();
    if (!final && t - b->last_draw < 0.2)
        return;
    b->last_draw = t;
    double el = t - b->t0;
    double mb = (double)b->nbytes / 1e6;
    double rate = el > 0 ? mb / el : 0;
    char eta[32] = "";
    if (b->total_bytes && rate > 0 && b->nbytes <= b->total_bytes) {
        long s = (long)(((double)(b->total_bytes - b->nbytes) / 1e6) / rate + 0.5);
        snprintf(eta, sizeof eta, "  ETA %ld:%02ld", s / 60, s % 60);
    }
    char pct[16] = "";
    if (b->total_bytes)
        snprintf(pct, sizeof pct, "%3.0f%%  ", 100.0 * (double)b->nbytes / (double)b->total_bytes);
    fprintf(stderr, "\r\033[K%s%zu docs  %zu errors  %.1f MB  %.2f MB/s%s", pct, b->ndocs,
            b->nerrors, mb, rate, eta);
    if (final)
        fputc('\n', stderr);
    fflush(stderr);
}

/* Writes one completed job: its message, its output, the counts. */
static void emit(batch *b, job *j)
{
    if (j->msg) {
        if (b->show_progress)
            fputs("\r\033[K", stderr);
        fprintf(stderr, "nerid: %s\n", j->msg);
    }
    if (j->out) {
        fputs(j->out, b->out);
        size_t n = strlen(j->out);
        if (!n || j->out[n - 1] != '\n')
            fputc('\n', b->out);
    }
    if (j->status != EXIT_OK) {
        b->nerrors++;
        if (b->status == EXIT_OK)
            b->status = j->status;
    }
    if (j->name) {
        char **p = nr_vec_push(&b->pages, NULL), **q = nr_vec_push(&b->titles, NULL);
        if (p && q) {
            *p = j->name, *q = j->title;
            j->name = j->title = NULL;
        }
    }
    b->ndocs++;
    b->nbytes += j->bytes;
    if (b->show_progress)
        draw_progress(b, false);
    free(j->out);
    free(j->msg);
    free(j->line);
    free(j->name);
    free(j->title);
    memset(j, 0, sizeof *j);
}

/* Called with b->mu held by a worker that completed a job: unless another
 * worker is writing, writes every completed job at the head of the ring,
 * in order, then flushes if the input has run dry. Returns with b->mu
 * held. */
static void drain_locked(batch *b)
{
    if (b->writing)
        return; /* that worker re-checks the head before it stops */
    b->writing = true;
    for (;;) {
        if (b->head < b->tail && b->ring[b->head % b->cap].state == J_DONE) {
            job *j = &b->ring[b->head % b->cap];
            pthread_mutex_unlock(&b->mu);
            emit(b, j);
            pthread_mutex_lock(&b->mu);
            b->head++;
            b->dirty = true;
            if (b->reader_waiting && b->tail - b->head <= b->cap / 2)
                pthread_cond_signal(&b->cv_space);
            continue;
        }
        if (b->dirty && b->next == b->tail) {
            /* nothing queued: hand over what is written, so that a
             * co-process feeding one record at a time gets its answer */
            b->dirty = false;
            pthread_mutex_unlock(&b->mu);
            fflush(b->out);
            pthread_mutex_lock(&b->mu);
            continue;
        }
        break;
    }
    b->writing = false;
}

static void *worker(void *arg)
{
    batch *b = arg;
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (b->next == b->tail && !b->eof) {
            b->idle++;
            pthread_cond_wait(&b->cv_work, &b->mu);
            b->idle--;
        }
        if (b->next == b->tail)
            break;
        job *j = &b->ring[b->next++ % b->cap];
        j->state = J_RUNNING;
        pthread_mutex_unlock(&b->mu);

        if (j->path)
            run_file(b, j);
        else
            run_jsonl(b, j);

        pthread_mutex_lock(&b->mu);
        j->state = J_DONE;
        drain_locked(b);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

/* Waits for a free slot and returns it (the reader fills it, then calls
 * submit). */
static job *slot(batch *b)
{
    pthread_mutex_lock(&b->mu);
    while (b->tail - b->head >= b->cap) {
        b->reader_waiting = true;
        pthread_cond_wait(&b->cv_space, &b->mu);
    }
    b->reader_waiting = false;
    job *j = &b->ring[b->tail % b->cap];
    pthread_mutex_unlock(&b->mu);
    return j;
}

static void submit(batch *b, job *j)
{
    pthread_mutex_lock(&b->mu);
    j->state = J_QUEUED;
    b->tail++;
    if (b->idle)
        pthread_cond_signal(&b->cv_work);
    pthread_mutex_unlock(&b->mu);
}

/* ------------------------------------------------------------ readers */

/* A JSON Lines source read in blocks with read(2) (which returns what a
 * pipe holds, so records are processed as they arrive); lines are cut out
 * of the block with memchr. */
typedef struct {
    int fd;
    int err;            /* errno of a failed read, or 0 */
    size_t pos, end;    /* unread bytes: buf[pos, end) */
    char buf[1 << 16];
} reader;

/* Refills r->buf; false at end of input or on an error (r->err). */
static bool refill(reader *r)
{
    for (;;) {
        ssize_t k = read(r->fd, r->buf, sizeof r->buf);
        if (k > 0) {
            r->pos = 0;
            r->end = (size_t)k;
            return true;
        }
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            r->err = errno;
        return false;
    }
}

/* Reads one line (without "\n" or "\r\n") into j->line, keeping at most
 * `limit` bytes (the rest is skipped and j->too_long set; j->len is then
 * the whole line's length). Returns false at end of input. */
static bool read_line(reader *r, job *j, size_t limit)
{
    size_t cap = 0, n = 0;
    char *s = NULL;
    bool any = false;
    while (r->pos < r->end || refill(r)) {
        any = true;
        const char *b = r->buf + r->pos;
        const char *nl = memchr(b, '\n', r->end - r->pos);
        size_t k = nl ? (size_t)(nl - b) : r->end - r->pos;
        r->pos += k + (nl != NULL);
        size_t keep = n < limit ? (k < limit - n ? k : limit - n) : 0;
        if (keep < k)
            j->too_long = true;
        if (keep && !j->too_long && n + keep >= cap) {
            size_t nc = cap ? cap : 4096;
            while (n + keep >= nc)
                nc *= 2;
            char *p = realloc(s, nc);
            if (!p) {
                j->too_long = true;
                keep = 0;
            } else {
                s = p;
                cap = nc;
            }
        }
        if (keep && !j->too_long)
            memcpy(s + n, b, keep);
        n += k;
        if (nl)
            break;
    }
    if (!any) {
        free(s);
        return false;
    }
    if (!j->too_long && n && s[n - 1] == '\r')
        n--;
    j->line = s;
    j->len = n;
    return true;
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

/* Feeds every record of one JSON Lines source. Returns 0 or an errno. */
static int feed_jsonl(batch *b, const char *path)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return errno;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!is_stdin)
            fclose(f);
        return EISDIR;
    }
    reader *r = malloc(sizeof *r);
    if (!r) {
        if (!is_stdin)
            fclose(f);
        return ENOMEM;
    }
    r->fd = fileno(f);
    r->err = 0;
    r->pos = r->end = 0;
    size_t limit = line_limit(b->a);
    long lineno = 0;
    for (;;) {
        job *j = slot(b);
        if (!read_line(r, j, limit))
            break;
        lineno++;
        if (!j->too_long && blank(j->line, j->len)) {
            free(j->line);
            memset(j, 0, sizeof *j);
            continue;
        }
        j->lineno = lineno;
        j->source = is_stdin ? "stdin" : path;
        submit(b, j);
    }
    int rc = r->err; /* (f itself is never read: read_line reads its fd) */
    free(r);
    if (!is_stdin)
        fclose(f);
    return rc;
}

typedef NR_VEC(char *) strvec;

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Collects the .txt files below dir (relative paths), sorted. */
static int walk(const char *root, const char *rel, strvec *out)
{
    char *dir = rel[0] ? xprintf("%s/%s", root, rel) : xstrdup(root);
    if (!dir)
        return ENOMEM;
    DIR *d = opendir(dir);
    if (!d) {
        int e = errno;
        free(dir);
        return e;
    }
    struct dirent *de;
    int rc = 0;
    while (!rc && (de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char *r = rel[0] ? xprintf("%s/%s", rel, de->d_name) : xstrdup(de->d_name);
        char *full = xprintf("%s/%s", dir, de->d_name);
        struct stat st;
        if (!r || !full) {
            rc = ENOMEM;
        } else if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
            rc = walk(root, r, out);
        } else {
            size_t n = strlen(r);
            if (n > 4 && strcmp(r + n - 4, ".txt") == 0) {
                char **p = nr_vec_push(out, NULL);
                if (!p)
                    rc = ENOMEM;
                else {
                    *p = r;
                    r = NULL;
                }
            }
        }
        free(r);
        free(full);
    }
    closedir(d);
    free(dir);
    return rc;
}

/* The -O output name of an input file: its path below -r DIR, or its base
 * name, without ".txt". */
static char *out_name(const char *p)
{
    char *s = xstrdup(p);
    if (!s)
        return NULL;
    size_t n = strlen(s);
    if (n > 4 && strcmp(s + n - 4, ".txt") == 0)
        s[n - 4] = '\0';
    return s;
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* -O: the brat configuration and the HTML index. */
static int write_collection_files(batch *b, bool end, char **failed)
{
    const cli_args *a = b->a;
    int e = 0;
    char *path = NULL;
    if (!end && a->format == FMT_BRAT) {
        path = xprintf("%s/annotation.conf", a->outdir);
        const char *conf = nr_render_brat_conf(render_flags(a));
        e = path ? write_file(path, conf, strlen(conf)) : ENOMEM;
        if (!e) {
            free(path);
            path = xprintf("%s/visual.conf", a->outdir);
            const char *vis = nr_render_brat_visual(render_flags(a));
            e = path ? write_file(path, vis, strlen(vis)) : ENOMEM;
        }
    }
    if (end && a->format == FMT_HTML) {
        path = xprintf("%s/index.html", a->outdir);
        char *idx = nr_render_html_index((const char *const *)b->pages.v,
                                         (const char *const *)b->titles.v, b->pages.n,
                                         a->recurse_dir ? a->recurse_dir : "nerid");
        e = !path || !idx ? ENOMEM : write_file(path, idx, strlen(idx));
        free(idx);
    }
    if (e)
        *failed = path;
    else
        free(path);
    return e;
}

int cli_batch_run(const cli_args *a, const nerid_model *model)
{
    batch b;
    memset(&b, 0, sizeof b);
    b.a = a;
    b.model = model;
    int status = EXIT_OK;

    /* the inputs */
    strvec found = {0};
    char **rels = NULL;
    static const char *const stdin_only[] = {"-"};
    const char **files = a->nfiles ? a->files : (const char **)stdin_only;
    size_t nfiles = a->nfiles ? a->nfiles : 1;
    if (a->recurse_dir) {
        int e = walk(a->recurse_dir, "", &found);
        if (e) {
            fprintf(stderr, "nerid: %s: %s\n", a->recurse_dir, strerror(e));
            for (size_t i = 0; i < found.n; i++)
                free(found.v[i]);
            nr_vec_free(&found);
            return EXIT_NOINPUT;
        }
        qsort(found.v, found.n, sizeof *found.v, cmp_str);
        for (size_t i = 0; i < found.n; i++) {
            char *full = xprintf("%s/%s", a->recurse_dir, found.v[i]);
            if (!full) {
                fprintf(stderr, "nerid: out of memory\n");
                return EXIT_SOFTWARE;
            }
            rels = realloc(rels, (i + 1) * sizeof *rels);
            if (!rels)
                return EXIT_SOFTWARE;
            rels[i] = found.v[i];
            found.v[i] = full;
        }
        files = (const char **)found.v;
        nfiles = found.n;
    }
    b.stream_lines = a->jsonl || a->recurse_dir || nfiles > 1 || a->format == FMT_JSONL;
    b.single_pretty = !b.stream_lines;
    /* the summary line: the corpus modes only (several plain files keep
     * their historical, summary-free stderr) */
    bool batch_mode = a->jsonl || a->recurse_dir || a->outdir;

    /* the known input size, for the ETA */
    for (size_t i = 0; i < nfiles; i++) {
        struct stat st;
        if (strcmp(files[i], "-") == 0 ? fstat(0, &st) != 0 : stat(files[i], &st) != 0)
            continue;
        if (S_ISREG(st.st_mode))
            b.total_bytes += (size_t)st.st_size;
    }

    b.out = stdout;
    if (a->output && !(b.out = fopen(a->output, "w"))) {
        fprintf(stderr, "nerid: %s: %s\n", a->output, strerror(errno));
        return EXIT_IOERR;
    }
    if (a->outdir) {
        char *probe = xprintf("%s/x", a->outdir);
        int e = probe ? make_parents(probe) : ENOMEM;
        free(probe);
        char *failed = NULL;
        if (!e)
            e = write_collection_files(&b, false, &failed);
        if (e) {
            fprintf(stderr, "nerid: %s: %s\n", failed ? failed : a->outdir, strerror(e));
            free(failed);
            return EXIT_IOERR;
        }
    }

    unsigned nthreads = a->threads;
    if (!nthreads) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        nthreads = n < 1 ? 1 : n > 64 ? 64 : (unsigned)n;
    }
    /* files: no more workers than files (one article, one worker) */
    if (!a->jsonl && nfiles && nthreads > nfiles)
        nthreads = (unsigned)nfiles;
    b.cap = nthreads * 16 < 32 ? 32 : nthreads * 16;
    b.ring = calloc(b.cap, sizeof *b.ring);
    pthread_t *tids = calloc(nthreads, sizeof *tids);
    if (!b.ring || !tids) {
        fprintf(stderr, "nerid: out of memory\n");
        return EXIT_SOFTWARE;
    }
    pthread_mutex_init(&b.mu, NULL);
    pthread_cond_init(&b.cv_work, NULL);
    pthread_cond_init(&b.cv_space, NULL);
    b.show_progress = !a->quiet && (a->progress == 1 || (a->progress == -1 && isatty(2)));
    b.t0 = now_s();

    if (a->format == FMT_HTML && b.stream_lines && !a->outdir) {
        char *h = nr_html_page_head("nerid");
        if (h)
            fputs(h, b.out);
        free(h);
    }

    /* jansson seeds its hash function on first use; doing it here, before
     * the threads, is what its documentation asks of threaded programs */
    json_object_seed(0);
    /* one worker and every file fits in the ring (one article, most
     * often): no threads, the main thread queues the files, then runs
     * them itself (a thread's start and join is most of a small run's
     * waiting) */
    bool inline_run = nthreads == 1 && !a->jsonl && nfiles <= b.cap;
    unsigned started = inline_run ? 1 : 0;
    for (unsigned i = 0; !inline_run && i < nthreads; i++) {
        if (pthread_create(&tids[i], NULL, worker, &b) != 0)
            break;
        started++;
    }
    if (!started) {
        fprintf(stderr, "nerid: cannot start threads\n");
        return EXIT_SOFTWARE;
    }

    for (size_t i = 0; i < nfiles; i++) {
        if (a->jsonl) {
            int e = feed_jsonl(&b, files[i]);
            if (e) {
                /* an unreadable source: reported, counted, the others go on */
                fprintf(stderr, "nerid: %s: %s\n", files[i], strerror(e));
                if (status == EXIT_OK)
                    status = e == ENOMEM ? EXIT_SOFTWARE : EXIT_NOINPUT;
                pthread_mutex_lock(&b.mu);
                b.nerrors++;
                pthread_mutex_unlock(&b.mu);
            }
        } else {
            job *j = slot(&b);
            j->path = files[i];
            j->rel = rels ? rels[i] : base_name(files[i]);
            char *rel = out_name(j->rel);
            /* j->rel must outlive the job: keep the trimmed copy in name */
            if (rel) {
                if (rels) {
                    free(rels[i]);
                    rels[i] = rel;
                    j->rel = rel;
                } else {
                    /* base name inside argv: trim a copy kept in found */
                    char **p = nr_vec_push(&found, NULL);
                    if (p) {
                        *p = rel;
                        j->rel = rel;
                    } else {
                        free(rel);
                    }
                }
            }
            submit(&b, j);
        }
    }

    pthread_mutex_lock(&b.mu);
    b.eof = true;
    pthread_cond_broadcast(&b.cv_work);
    pthread_mutex_unlock(&b.mu);
    if (inline_run)
        worker(&b);
    for (unsigned i = 0; !inline_run && i < started; i++)
        pthread_join(tids[i], NULL);
    /* every job is done and was written by the worker that completed the
     * oldest one; this only flushes */
    pthread_mutex_lock(&b.mu);
    drain_locked(&b);
    pthread_mutex_unlock(&b.mu);

    if (b.show_progress)
        draw_progress(&b, true);
    if (a->format == FMT_HTML && b.stream_lines && !a->outdir)
        fputs(nr_html_page_tail(), b.out);
    if (a->outdir) {
        char *failed = NULL;
        int e = write_collection_files(&b, true, &failed);
        if (e) {
            fprintf(stderr, "nerid: %s: %s\n", failed ? failed : a->outdir, strerror(e));
            if (b.status == EXIT_OK)
                b.status = EXIT_IOERR;
        }
        free(failed);
    }
    double secs = now_s() - b.t0;
    if (batch_mode && !a->quiet)
        fprintf(stderr, "nerid: %zu documents, %zu errors, %.2f MB in %.2f s (%.2f MB/s, %u threads)\n",
                b.ndocs, b.nerrors, (double)b.nbytes / 1e6, secs,
                secs > 0 ? (double)b.nbytes / 1e6 / secs : 0.0, started);
    if (status == EXIT_OK)
        status = b.status;

    for (size_t i = 0; i < b.pages.n; i++) {
        free(b.pages.v[i]);
        free(b.titles.v[i]);
    }
    nr_vec_free(&b.pages);
    nr_vec_free(&b.titles);
    for (size_t i = 0; i < found.n; i++)
        free(found.v[i]);
    nr_vec_free(&found);
    if (rels) {
        for (size_t i = 0; i < nfiles; i++)
            free(rels[i]);
        free(rels);
    }
    free(tids);
    free(b.ring);
    pthread_mutex_destroy(&b.mu);
    pthread_cond_destroy(&b.cv_work);
    pthread_cond_destroy(&b.cv_space);

    if (ferror(b.out) | (fclose(b.out) != 0)) {
        fprintf(stderr, "nerid: error writing %s: %s\n", a->output ? a->output : "standard output",
                strerror(errno));
        return EXIT_IOERR;
    }
    return status;
}
