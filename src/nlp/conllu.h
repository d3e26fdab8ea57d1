/* conllu.h — reading CoNLL-U treebanks (training, evaluation, `dyad parse`).
 *
 * A sentence keeps every original line, so a writer can pass comments,
 * multiword-token lines (1-2) and empty nodes (3.1) through unchanged and
 * replace only the columns of syntactic words. */
#ifndef DYAD_CONLLU_H
#define DYAD_CONLLU_H

#include <stddef.h>
#include <stdio.h>

#include "base/arena.h"
#include "dyad.h"

typedef struct conllu_word {
    int id;              /* 1-based */
    const char *form, *lemma, *upos, *xpos, *feats, *deprel, *deps, *misc;
    int head;            /* 0 = root, -1 = not given ("_") */
    int line;            /* index into conllu_sentence.lines */
} conllu_word;

typedef struct conllu_line {
    const char *text;    /* without the newline */
    int word;            /* index into words, or -1 (comment, range, empty node) */
} conllu_line;

typedef struct conllu_sentence {
    conllu_word *words;
    size_t n_words;
    conllu_line *lines;
    size_t n_lines;
    size_t first_line_no; /* 1-based line number in the file */
} conllu_sentence;

typedef struct conllu_reader conllu_reader;

/* path "-" = standard input. */
conllu_reader *conllu_open(const char *path, dyad_error *err);
/* Returns 1 with *s filled (valid until the next call), 0 at the end, or -1
 * when a malformed sentence was skipped (err says file:line: problem; call
 * again to go on). */
int conllu_next(conllu_reader *r, conllu_sentence *s, dyad_error *err);
void conllu_close(conllu_reader *r);

/* Looks up KEY=VALUE in a MISC or FEATS column ("SpaceAfter=No|..."); copies
 * the value into out and returns 1 when found. */
int conllu_field(const char *column, const char *key, char *out, size_t out_size);

#endif
