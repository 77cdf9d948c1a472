/* main.c - the nerid command: parse the command line, load the model once,
 * and hand the inputs to the batch runner (cli_batch.c), or run the
 * evaluation command (cli_eval.c). A bad document is reported (file,
 * position, reason) and skipped; the others are still processed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "eval") == 0)
        return cli_eval_main(argc - 1, argv + 1);

    cli_args a;
    int rc = cli_parse(argc, argv, &a);
    if (rc >= 0)
        return rc;

    /* One document: compiling the page patterns to machine code costs more
     * than interpreting them once (a fifth of start-up), so a run over a
     * single file skips the JIT; batches and streams keep it. */
    if (a.nfiles <= 1 && !a.jsonl && !a.recurse_dir)
        setenv("NERID_NO_JIT", "1", 0);

    nerid_error err;
    nerid_model *model = (a.ngaz || a.gaz_replace)
        ? nerid_model_load(a.gaz_dirs, a.ngaz, a.gaz_replace ? NERID_LOAD_REPLACE : 0, &err)
        : nerid_model_new_default(&err);
    if (!model) {
        fprintf(stderr, "nerid: cannot load gazetteers: %s\n", err.message);
        return EXIT_CONFIG;
    }
    rc = cli_batch_run(&a, model);
    nerid_model_free(model);
    return rc;
}
