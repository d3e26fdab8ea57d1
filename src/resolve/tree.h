/* tree.h — small helpers over a sentence's dependency tree (dyad_token
 * arrays with sentence-relative heads), shared by date and place
 * resolution. */
#ifndef DYAD_RESOLVE_TREE_H
#define DYAD_RESOLVE_TREE_H

#include <stddef.h>

#include "dyad.h"

/* deprel == rel, or deprel is a subtype of rel ("obl:tmod" for "obl"). */
int tree_rel_is(const dyad_token *t, const char *rel);
/* The exact deprel ("obl:tmod"), "" when none. */
const char *tree_rel(const dyad_token *t);
/* Case-insensitive comparison of the token's lemma (else form) with word. */
int tree_word_is(const dyad_token *t, const char *word);
/* Lowercased form without a trailing '.', into out (size >= 2). */
void tree_lower_form(const dyad_token *t, char *out, size_t size);
/* 1 when the edge from t to its head starts an embedded clause (ccomp,
 * xcomp is NOT one, advcl, acl, parataxis, csubj, or a conjoined verb). */
int tree_starts_clause(const dyad_token *t);
/* The child of h with deprel rel (subtypes included) whose lemma/form is
 * one of words (NULL-terminated; words NULL = any); -1 when none. */
int tree_child(const dyad_token *toks, size_t n, int h, const char *rel,
               const char *const *words);

#endif
