/* cli.h — what the subcommands of the dyad command share.
 *
 * The command is a thin user of include/dyad.h; nothing here reaches into the
 * library's internals. */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdio.h>

#include "dyad.h"

/* Exit statuses (interfaces.md). */
enum { EXIT_OK_ = 0, EXIT_USAGE = 1, EXIT_INTERNAL = 2 };

/* Options every document-reading subcommand accepts. */
typedef struct cli_inputs {
    char **files;            /* NULL-terminated list; empty = standard input */
    int n_files;
    dyad_reader_options reader;
    dyad_date date;          /* storage for --date */
    int strict;              /* --strict: a skipped record makes the exit status 1 */
    int quiet;               /* --quiet: no warnings on stderr */
} cli_inputs;

/* Called once per document; returns 0 to go on, or an exit status to stop. */
typedef int (*cli_document_fn)(const dyad_document *doc, void *ctx);

/* Tries to consume argv[*i] (and its value) as a common input option
 * (--date, --format-in, --strict, --quiet).  Returns 1 when consumed, 0 when
 * not an input option, -1 on a bad value (message printed). */
int cli_input_option(cli_inputs *in, int argc, char **argv, int *i);

/* Reads every document of every input in order, reports skipped records as
 * "file:line: reason" on stderr and returns the exit status. */
int cli_for_each_document(const cli_inputs *in, cli_document_fn fn, void *ctx);

/* Prints "dyad: message" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The subcommands; each gets argv after the subcommand name. */
int cmd_split(int argc, char **argv);
int cmd_tokenize(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_code(int argc, char **argv);

#endif
