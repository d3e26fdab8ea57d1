/* PLACEHOLDER until the tagger/parser lands: replaced whole by its owner. */
#include "cli/cli.h"
int cmd_parse(int argc, char **argv) { (void)argc; (void)argv; cli_error("parse: not built yet"); return EXIT_INTERNAL; }
