/* cli_eval.c - placeholder */
#include <stdio.h>
#include "cli.h"
int cli_eval_main(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "nerid eval: not yet\n");
    return EXIT_USAGE;
}
