/* inputs.c — reading the documents named on the command line. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

void cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_input_option(cli_inputs *in, int argc, char **argv, int *i) {
    const char *a = argv[*i];
    if (!strcmp(a, "--strict")) { in->strict = 1; return 1; }
    if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) { in->quiet = 1; return 1; }
    if (!strcmp(a, "--date") || !strcmp(a, "--input")) {
        if (*i + 1 >= argc) {
            cli_error("%s needs a value", a);
            return -1;
        }
        const char *v = argv[++*i];
        if (!strcmp(a, "--date")) {
            if (!dyad_date_parse_iso(v, strlen(v), &in->date)) {
                cli_error("--date: '%s' is not a date of the form YYYY-MM-DD", v);
                return -1;
            }
            in->reader.date = &in->date;
        } else if (!strcmp(v, "text")) {
            in->reader.format = DYAD_FORMAT_TEXT;
        } else if (!strcmp(v, "jsonl")) {
            in->reader.format = DYAD_FORMAT_JSONL;
        } else {
            cli_error("--input: '%s' is not text or jsonl", v);
            return -1;
        }
        return 1;
    }
    return 0;
}

static int read_one(const cli_inputs *in, const char *path, cli_document_fn fn, void *ctx,
                    int *skipped) {
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(path, &in->reader, &err);
    if (!r) {
        cli_error("%s", err.message);
        return err.status ? err.status : EXIT_USAGE;
    }
    int status = 0;
    for (;;) {
        dyad_document doc;
        int got = dyad_reader_next(r, &doc, &err);
        if (got == DYAD_READ_END) break;
        if (got == DYAD_READ_SKIPPED) {
            (*skipped)++;
            if (!in->quiet) fprintf(stderr, "%s\n", err.message);
            continue;
        }
        if (got == DYAD_READ_FAILED) {
            cli_error("%s", err.message);
            status = err.status ? err.status : EXIT_USAGE;
            break;
        }
        status = fn(&doc, ctx);
        if (status) break;
    }
    size_t repairs = dyad_reader_utf8_repairs(r);
    if (repairs && !in->quiet)
        fprintf(stderr, "%s: warning: replaced %zu invalid UTF-8 sequence%s with U+FFFD or dropped NUL byte%s\n",
                dyad_reader_source(r), repairs, repairs == 1 ? "" : "s", repairs == 1 ? "" : "s");
    dyad_reader_close(r);
    return status;
}

int cli_for_each_document(const cli_inputs *in, cli_document_fn fn, void *ctx) {
    int skipped = 0, status = 0;
    if (in->n_files == 0) {
        status = read_one(in, "-", fn, ctx, &skipped);
    } else {
        for (int i = 0; i < in->n_files && status != EXIT_INTERNAL; i++) {
            /* An unreadable file is reported and the rest still read. */
            int s = read_one(in, in->files[i], fn, ctx, &skipped);
            if (s && !status) status = s;
        }
    }
    if (fflush(stdout) != 0) {
        cli_error("error writing standard output");
        return EXIT_INTERNAL;
    }
    if (!status && skipped && in->strict) status = EXIT_USAGE;
    return status;
}
