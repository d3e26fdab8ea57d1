/* cmd_parse.c — `dyad parse --conllu FILE`: CoNLL-U in, CoNLL-U out.
 *
 * The tokenization is given (evaluation against treebanks): each word line
 * gets LEMMA, UPOS, XPOS, and HEAD and DEPREL when the parser model is
 * loaded (else `_`), from dyad's own models.  FEATS and DEPS, which dyad
 * does not predict, become `_`; ID, FORM and MISC are kept.  Comments,
 * multiword-token lines and empty nodes pass through unchanged.  A
 * malformed sentence is reported as file:line and skipped.
 *
 * Uses the library's internals (CoNLL-U reader, per-sentence annotation)
 * because dyad.h deliberately has no CoNLL-U interface. */
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "cli/cli.h"
#include "nlp/conllu.h"
#include "pipeline/annotate.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: dyad parse --conllu FILE [--data DIR] [--strict] [--quiet]\n"
            "\n"
            "Reads CoNLL-U with given tokenization (FILE '-' = standard input) and\n"
            "writes it to standard output with LEMMA, UPOS, XPOS, HEAD and DEPREL\n"
            "predicted by dyad's models (HEAD/DEPREL `_` until a parser model is\n"
            "installed).  Comments and multiword-token lines pass through.\n"
            "\n"
            "  --data DIR   data directory (or its models/ directory); default:\n"
            "               $DYAD_DATA, the source tree's data/, or %s\n"
            "  --strict     exit 1 when a malformed sentence was skipped\n"
            "  --quiet      do not report skipped sentences\n",
            dyad_default_data_dir());
}

static void write_sentence(FILE *out, const conllu_sentence *s, const annotate_words *w,
                           int parsed) {
    for (size_t l = 0; l < s->n_lines; l++) {
        const conllu_line *line = &s->lines[l];
        if (line->word < 0) {
            fputs(line->text, out);
            fputc('\n', out);
            continue;
        }
        size_t i = (size_t)line->word;
        const conllu_word *cw = &s->words[i];
        const char *tab = strchr(line->text, '\t');
        int id_len = tab ? (int)(tab - line->text) : (int)strlen(line->text);
        fprintf(out, "%.*s\t%s\t%s\t%s\t%s\t_\t", id_len, line->text, cw->form,
                w->lemmas[i], w->upos[i], w->xpos[i]);
        if (parsed && w->deprels[i])
            fprintf(out, "%d\t%s", w->heads[i] + 1, w->deprels[i]);
        else
            fputs("_\t_", out);
        fprintf(out, "\t_\t%s\n", cw->misc ? cw->misc : "_");
    }
    fputc('\n', out);
}

int cmd_parse(int argc, char **argv) {
    const char *file = NULL, *data = NULL;
    int strict = 0, quiet = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--strict")) {
            strict = 1;
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            quiet = 1;
        } else if (!strcmp(a, "--conllu") || !strcmp(a, "--data")) {
            if (i + 1 >= argc) {
                cli_error("parse: %s needs a value", a);
                return EXIT_USAGE;
            }
            if (!strcmp(a, "--conllu")) file = argv[++i];
            else data = argv[++i];
        } else {
            cli_error("parse: unknown argument '%s' (try `dyad parse --help`)", a);
            return EXIT_USAGE;
        }
    }
    if (!file) {
        cli_error("parse: --conllu FILE is required (try `dyad parse --help`)");
        return EXIT_USAGE;
    }
    dyad_error err;
    dyad_models *models = dyad_models_load(data, &err);
    if (!models) {
        cli_error("%s", err.message);
        return err.status == DYAD_ERR_INTERNAL ? EXIT_INTERNAL : EXIT_USAGE;
    }
    conllu_reader *r = conllu_open(file, &err);
    if (!r) {
        cli_error("%s", err.message);
        dyad_models_free(models);
        return EXIT_USAGE;
    }
    int parsed = annotate_has_parser(models);
    arena a;
    arena_init(&a);
    conllu_sentence s;
    size_t skipped = 0;
    int got, status = 0;
    while ((got = conllu_next(r, &s, &err)) != 0) {
        if (got < 0) {
            skipped++;
            if (!quiet) fprintf(stderr, "dyad: %s (sentence skipped)\n", err.message);
            continue;
        }
        arena_reset(&a);
        size_t n = s.n_words;
        const char **forms = arena_alloc(&a, (n + 1) * sizeof *forms);
        annotate_words w = {0};
        w.n = n;
        w.upos = arena_alloc(&a, (n + 1) * sizeof *w.upos);
        w.xpos = arena_alloc(&a, (n + 1) * sizeof *w.xpos);
        w.lemmas = arena_alloc(&a, (n + 1) * sizeof *w.lemmas);
        w.heads = arena_alloc(&a, (n + 1) * sizeof *w.heads);
        w.deprels = arena_alloc(&a, (n + 1) * sizeof *w.deprels);
        if (!forms || !w.upos || !w.xpos || !w.lemmas || !w.heads || !w.deprels) {
            cli_error("out of memory");
            status = EXIT_INTERNAL;
            break;
        }
        for (size_t i = 0; i < n; i++) forms[i] = s.words[i].form;
        w.forms = forms;
        if (annotate_sentence(models, &w, &a, &err)) {
            cli_error("%s", err.message);
            status = EXIT_INTERNAL;
            break;
        }
        write_sentence(stdout, &s, &w, parsed);
    }
    if (fflush(stdout) != 0) {
        cli_error("parse: cannot write the output");
        status = EXIT_INTERNAL;
    }
    arena_free(&a);
    conllu_close(r);
    dyad_models_free(models);
    if (!status && strict && skipped) status = EXIT_USAGE;
    return status;
}
