/* parser_internal.h — pieces of the parser shared by parsing (parser_model.c)
 * and training (train/train_parser.c): the arc-hybrid state, transitions,
 * feature extraction, the dynamic oracle and the model layout.
 *
 * Transition system: arc-hybrid (Kuhlmann et al. 2011) with the artificial
 * root as the LAST buffer item (Ballesteros & Nivre 2013), so the root is
 * attached last and a tree has exactly one root word:
 *   SHIFT      push b0                                   (b0 is a word)
 *   LEFT-l     s0 <-l- b0, pop s0        (b0 = ROOT only with |stack| = 1, l = root)
 *   RIGHT-l    s1 -l-> s0, pop s0                       (|stack| >= 2)
 * Classes are ordered SHIFT, LEFT-root, LEFT-labels, RIGHT-labels so that
 * the valid classes of any state are a few contiguous ranges. */
#ifndef DYAD_PARSER_INTERNAL_H
#define DYAD_PARSER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "nlp/model_file.h"

#define PARSER_KIND_CODE MODEL_KIND('P', 'A', 'R', 'S')
#define PARSER_FORMAT_VERSION 4 /* 4: + beam width; 3 still loads (beam 1) */
#define PARSER_MAX_BEAM 16
#define PARSER_MAX_MARGIN 1000000
#define PARSER_MAX_LABELS 64   /* label sets are 64-bit masks */
#define PARSER_MAX_CLASSES 256
#define PARSER_MAX_FEATURES 128

enum { T_SHIFT = 0, T_LEFT = 1, T_RIGHT = 2 };

typedef struct pclass {
    uint8_t type, label;
} pclass;

/* Hashes of one word's attributes; computed once per sentence. */
typedef struct ptoken {
    uint64_t w;  /* lower-cased form */
    uint64_t p;  /* UPOS */
    uint64_t x;  /* XPOS (or UPOS when absent) */
    uint64_t l;  /* lemma (or form) */
    uint64_t s;  /* word shape/suffix class */
} ptoken;

/* Every per-word array is allocated with one extra slot in front, so index
 * -1 ("no such word") is valid and holds neutral values. */
typedef struct pstate {
    int n;                 /* words; index n is the root */
    int *stack, sp;
    int b;                 /* front of the buffer, n = only the root left */
    int *head, *label;     /* -1 = none yet; head n = root */
    int *l1, *l2, *r1, *r2; /* leftmost/2nd leftmost, rightmost/2nd rightmost child */
    int *nl, *nr;          /* number of left/right children */
    uint64_t *lset, *rset; /* label sets of left/right children */
    const ptoken *tok;     /* tok[-1] = none, tok[n] = root */
    void *mem;             /* the block holding every array above */
    size_t mem_bytes;
} pstate;

/* Class layout of a model: classes[0] = SHIFT, classes[1] = LEFT-root,
 * [2, right_begin) LEFT-l, [right_begin, n_classes) RIGHT-l. */
typedef struct pclasses {
    int n_classes, right_begin, root_label;
    pclass cls[PARSER_MAX_CLASSES];
} pclasses;

/* Allocates a state for n words in a (zeroed and initialised). NULL when out
 * of memory. tok must have n + 2 entries, tok[0] = none, tok[n+1] = root. */
pstate *pstate_new(arena *a, int n, const ptoken *tok_with_sentinels);
void pstate_apply(pstate *s, pclass c);
/* The same, its contents undefined until pstate_copy fills it (beam
 * search's spare states). */
pstate *pstate_new_blank(arena *a, int n, const ptoken *tok_with_sentinels);
/* Makes dst (a state of the same sentence) equal to src. */
void pstate_copy(pstate *dst, const pstate *src);
static inline int pstate_done(const pstate *s) { return s->b == s->n && s->sp == 0; }

/* Valid classes as up to two ranges [lo, hi); returns the number of ranges. */
int pstate_valid_ranges(const pstate *s, const pclasses *pc, int lo[3], int hi[3]);

/* Token hashes for one word.  upos required; xpos/lemma may be NULL. */
void ptoken_make(ptoken *t, const char *form, const char *upos,
                 const char *xpos, const char *lemma);
void ptoken_sentinels(ptoken *none, ptoken *root);

/* Writes feature hashes into out (at most PARSER_MAX_FEATURES); returns the
 * count.  Row index = hash >> (64 - bits). */
int parser_features(const pstate *s, uint64_t *out);
/* The same features as buckets of a table of 2^bits (hash >> (64 - bits)),
 * each bucket's entry of ix prefetched as it is written (parsing). */
int parser_feature_buckets(const pstate *s, const uint32_t *ix, unsigned bits, uint32_t *bucket);

/* Dynamic oracle (training).  gold_head[i] in 0..n (n = root), gold_label[i].
 * Fills cost[c] for each class c in the valid ranges (others untouched). */
void parser_costs(const pstate *s, const pclasses *pc, const int *gold_head,
                  const int *gold_label, const int lo[3], const int hi[3],
                  int nr, int *cost);

/* Makes a tree projective by lifting non-projective arcs to the head's head
 * (labels kept).  head[i] in 0..n (n = root).  Returns the number of lifts. */
int parser_projectivize(int n, int *head);

#endif
