/* cmd_segment.c — `dyad split` and `dyad tokenize`: one sentence per line,
 * as text or as space-separated tokens, for checking segmentation against
 * other tools. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

typedef struct seg_ctx {
    dyad_analysis *a;
    int tokens;
    char *line;
    size_t cap;
} seg_ctx;

static int print_document(const dyad_document *doc, void *p) {
    seg_ctx *c = p;
    dyad_error err = {0};
    if (dyad_segment(c->a, doc->text, doc->text_len, &err)) {
        cli_error("%s: %s", doc->source, err.message);
        return err.status == DYAD_ERR_INPUT ? EXIT_USAGE : EXIT_INTERNAL;
    }
    size_t n = dyad_sentence_count(c->a);
    for (size_t i = 0; i < n; i++) {
        size_t need = dyad_sentence_line(c->a, i, c->tokens, c->line, c->cap);
        if (need >= c->cap) {
            size_t cap = need + 1 > 2 * c->cap ? need + 1 : 2 * c->cap;
            char *nl = realloc(c->line, cap);
            if (!nl) {
                cli_error("out of memory");
                return EXIT_INTERNAL;
            }
            c->line = nl;
            c->cap = cap;
            need = dyad_sentence_line(c->a, i, c->tokens, c->line, c->cap);
        }
        if (fwrite(c->line, 1, need, stdout) != need) {
            cli_error("error writing standard output");
            return EXIT_INTERNAL;
        }
    }
    return 0;
}

static void usage(FILE *out, const char *name, int tokens) {
    fprintf(out,
            "usage: dyad %s [options] [FILE...]\n\n"
            "%s\n\n"
            "options:\n"
            "  --date YYYY-MM-DD   document date (unused here; accepted for symmetry)\n"
            "  --input text|jsonl  input format (default: by extension or first byte)\n"
            "  --strict            exit 1 when any record was skipped\n"
            "  --quiet             no warnings on stderr\n"
            "  --help              this text\n\n"
            "FILE '-' or none: standard input.  Documents follow each other without\n"
            "separator lines.\n",
            name,
            tokens ? "Prints one sentence per line, its tokens separated by single spaces\n"
                     "(Universal Dependencies English conventions: do n't, Russia 's, al - Assad)."
                   : "Prints one sentence per line; line breaks and runs of whitespace inside\n"
                     "a sentence become one space.");
}

static int run(int argc, char **argv, int tokens) {
    const char *name = tokens ? "tokenize" : "split";
    cli_inputs in;
    memset(&in, 0, sizeof in);
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) return EXIT_INTERNAL;
    in.files = files;
    int only_files = 0;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (!only_files && arg[0] == '-' && arg[1]) {
            if (!strcmp(arg, "--")) { only_files = 1; continue; }
            if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
                usage(stdout, name, tokens);
                free(files);
                return 0;
            }
            int r = cli_input_option(&in, argc, argv, &i);
            if (r == 1) continue;
            if (r == 0) cli_error("%s: unknown option '%s' (try `dyad %s --help`)", name, arg, name);
            free(files);
            return EXIT_USAGE;
        }
        files[in.n_files++] = argv[i];
    }
    seg_ctx c = {dyad_analysis_new(), tokens, NULL, 0};
    c.cap = 4096;
    c.line = malloc(c.cap);
    if (!c.a || !c.line) {
        cli_error("out of memory");
        dyad_analysis_free(c.a);
        free(c.line);
        free(files);
        return EXIT_INTERNAL;
    }
    int status = cli_for_each_document(&in, print_document, &c);
    dyad_analysis_free(c.a);
    free(c.line);
    free(files);
    return status;
}

int cmd_split(int argc, char **argv) { return run(argc, argv, 0); }
int cmd_tokenize(int argc, char **argv) { return run(argc, argv, 1); }
