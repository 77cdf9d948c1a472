/* replay.c - runs a fuzz target's LLVMFuzzerTestOneInput over files, so
 * that the fuzz seeds and the crash inputs kept in tests/regress/ are
 * replayed by every `make check` (with the normal compiler, and under the
 * sanitizer and valgrind builds), without libFuzzer.
 *
 * Usage: replay [DIR|FILE]...; with no arguments it replays
 * $TOP_SRCDIR/fuzz/seeds/<target> and $TOP_SRCDIR/tests/regress/<target>
 * (FUZZ_TARGET is defined at compile time). */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    size_t cap = 4096, n = 0;
    unsigned char *b = malloc(cap);
    for (;;) {
        if (!b)
            abort();
        n += fread(b + n, 1, cap - n, f);
        if (n < cap)
            break;
        cap *= 2;
        b = realloc(b, cap);
    }
    fclose(f);
    LLVMFuzzerTestOneInput(b, n);
    free(b);
    return 0;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays every regular file of dir (sorted, dot files skipped); returns
 * the count, or -1 when dir is missing and `required`. */
static long run_dir(const char *dir, int required)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        if (required)
            perror(dir);
        return required ? -1 : 0;
    }
    char **names = NULL;
    size_t nn = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dh)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (nn == cap) {
            cap = cap ? cap * 2 : 64;
            names = realloc(names, cap * sizeof *names);
            if (!names)
                abort();
        }
        size_t l = strlen(dir) + strlen(de->d_name) + 2;
        names[nn] = malloc(l);
        if (!names[nn])
            abort();
        snprintf(names[nn++], l, "%s/%s", dir, de->d_name);
    }
    closedir(dh);
    if (nn)
        qsort(names, nn, sizeof *names, cmp);
    long count = 0;
    for (size_t i = 0; i < nn; i++) {
        struct stat st;
        if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode) && run_file(names[i]) == 0)
            count++;
        free(names[i]);
    }
    free(names);
    return count;
}

int main(int argc, char **argv)
{
    long total = 0;
    if (argc > 1) {
        for (int i = 1; i < argc; i++) {
            struct stat st;
            if (stat(argv[i], &st) != 0) {
                perror(argv[i]);
                return 1;
            }
            long c = S_ISDIR(st.st_mode) ? run_dir(argv[i], 1) : (run_file(argv[i]) == 0);
            if (c < 0)
                return 1;
            total += c;
        }
    } else {
        const char *top = getenv("TOP_SRCDIR");
        if (!top)
            top = ".";
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/fuzz/seeds/%s", top, FUZZ_TARGET);
        long s = run_dir(dir, 1);
        if (s <= 0) {
            fprintf(stderr, "replay: no seeds in %s\n", dir);
            return 1;
        }
        snprintf(dir, sizeof dir, "%s/tests/regress/%s", top, FUZZ_TARGET);
        long r = run_dir(dir, 0);
        total = s + (r > 0 ? r : 0);
    }
    printf("replay %s: %ld inputs, no crash\n", FUZZ_TARGET, total);
    return 0;
}
