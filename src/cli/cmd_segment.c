/* PLACEHOLDER until the segmenter lands: replaced whole by its owner. */
#include "cli/cli.h"
int cmd_split(int argc, char **argv) { (void)argc; (void)argv; cli_error("split: not built yet"); return EXIT_INTERNAL; }
int cmd_tokenize(int argc, char **argv) { (void)argc; (void)argv; cli_error("tokenize: not built yet"); return EXIT_INTERNAL; }
