/* main.c — the dyad command: dispatch to subcommands. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"code", cmd_code, "code events from news documents (JSON Lines, TSV, GDELT, table)"},
    {"split", cmd_split, "print one sentence per line"},
    {"tokenize", cmd_tokenize, "print one sentence per line, tokens separated by spaces"},
    {"parse", cmd_parse, "tag and parse (--conllu FILE: CoNLL-U in, CoNLL-U out)"},
};

static void usage(FILE *out) {
    fprintf(out, "usage: dyad COMMAND [options] [FILE...]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out,
            "\ninput options (every command that reads documents):\n"
            "  --date YYYY-MM-DD   document date (overrides datelines and JSON dates)\n"
            "  --input text|jsonl  input format (default: by extension or first byte)\n"
            "  --strict            exit 1 when any record was skipped\n"
            "  --quiet             no warnings on stderr\n"
            "\nFILE '-' or none: standard input.  `dyad COMMAND --help` for more.\n");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(name, "--version") || !strcmp(name, "version")) {
        printf("dyad %s\n", DYAD_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(name, commands[i].name)) return commands[i].run(argc - 2, argv + 2);
    cli_error("unknown command '%s' (try `dyad --help`)", name);
    return EXIT_USAGE;
}
