/* parser_model.h — the loaded parser model, shared by loading and greedy
 * parsing (parser_model.c) and beam search (parser_beam.c).  Private to
 * the parser. */
#ifndef DYAD_PARSER_MODEL_H
#define DYAD_PARSER_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "nlp/model_file.h"
#include "nlp/parser.h"
#include "nlp/parser_internal.h"

struct parser {
    model_blob blob;
    unsigned bits;
    int width;              /* int16 per row, multiple of 8 */
    pclasses pc;
    int n_labels;
    char *label_store;
    const char *labels[PARSER_MAX_LABELS];
    const int16_t *w;       /* the rows, each padded to whole 64-byte lines
                             * and starting one: at the end of the payload,
                             * or in w_copy */
    void *w_copy;           /* owned; NULL when the rows fit the payload */
    uint32_t *row_index;    /* hash bucket -> byte offset of its row in w
                             * (row * its padded size; 0 = the zero row),
                             * multiplied out at load */
    int avx2;               /* the CPU has AVX2 (and BMI2): 16 columns per add */
    int beam;               /* beam width the model was trained for; 1 = greedy */
    int32_t margin;         /* beam search drops extensions scoring more than
                             * this below the best one; 0 = none */
    /* Added to the scores before the arg max: 0 for the classes valid in a
     * kind of state, -32768 for the others (and the padding).  Kinds:
     * 0 = b0 a word, one item on the stack (SHIFT, LEFT-l);
     * 1 = b0 a word, two or more on the stack (SHIFT, LEFT-l, RIGHT-l);
     * 2 = b0 the root, two or more on the stack (RIGHT-l). */
    int16_t penalty[3][PARSER_MAX_CLASSES] __attribute__((aligned(16)));
};


/* Computes the features of s and sums their rows into scores.  kind as
 * for penalty; returns the number of 8-column vectors filled (with kind
 * 0 only those of SHIFT and LEFT-l may be, the other columns keep what
 * they held). */
int parser_score_state(const parser *p, const pstate *s, int kind, int16_t *scores);

/* parser_parse for p->beam > 1. */
int parser_parse_beam(const parser *p, size_t n, const char *const *forms,
                      const char *const *upos, const char *const *xpos,
                      const char *const *lemmas, int32_t *heads,
                      const char **deprels, arena *scratch);

#endif
