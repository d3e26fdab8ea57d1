/* parser.h — dyad's labelled dependency parser (Universal Dependencies
 * basic trees: HEAD + DEPREL).
 *
 * An arc-hybrid transition parser (root token at the end of the buffer,
 * labelled transitions), greedy or with a small beam (the width the model
 * was trained with, stored in the model file), scored by an averaged
 * perceptron over hashed Zhang & Nivre (2011)-style features (about 100
 * per transition).
 * A feature hashes to one of 2^20 buckets; a bucket points to a row of int16
 * class scores (only the 2^18 heaviest rows are kept, the rest share a zero
 * row), and rows are summed with SIMD saturating adds.  It is
 * trained with a dynamic oracle and exploration (Goldberg & Nivre 2012), or
 * for a beam with global learning (max-violation updates), by
 * train/train_parser.c, on tags and lemmas predicted by the tagger
 * (5-fold jackknifing), so it expects the tagger's UPOS, XPOS and lemmas.
 * Non-projective training trees are projectivised by lifting arcs to the
 * head's head (labels unchanged), so output trees are always projective.
 * The output is always a tree: every word gets one head, exactly one word
 * is the root (deprel "root"), no cycles.
 *
 * The loaded model is immutable: parser_parse may be called from several
 * threads at once, each with its own scratch arena. */
#ifndef DYAD_PARSER_H
#define DYAD_PARSER_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "dyad.h"

typedef struct parser parser;

/* Loads a model written by train_parser (model_file.h container, kind
 * "PARS").  A missing, truncated, corrupt or wrong-version file gives
 * DYAD_ERR_INPUT with a message naming the file and the problem. */
int parser_load(const char *path, parser **out, dyad_error *err);
void parser_free(parser *p);

/* The beam width parser_parse uses: the one the model was trained with
 * (stored in the model file; 1 = greedy), and the beam margin (stored
 * too): extensions scoring more than margin (in the model's int16 score
 * units) below the best are dropped, so that the beam narrows where the
 * model is sure (0 = no margin).  parser_set_beam changes both (clamped to
 * 1..16 and 0..1000000), for measuring; not while other threads parse. */
int parser_beam(const parser *p);
int parser_beam_margin(const parser *p);
void parser_set_beam(parser *p, int beam, int margin);

/* Parses one sentence of n words.  forms and upos are required; xpos and
 * lemmas may be NULL (or hold NULL entries).  Fills heads[i] with the 0-based
 * index of word i's head, or -1 for the root, and deprels[i] with its
 * relation (a string owned by the model).  scratch holds temporary state
 * (it is not reset here).  Returns 0, or DYAD_ERR_INTERNAL when out of
 * memory. */
int parser_parse(const parser *p, size_t n, const char *const *forms,
                 const char *const *upos, const char *const *xpos,
                 const char *const *lemmas, int32_t *heads,
                 const char **deprels, arena *scratch);

#endif
