/* tree.h — small helpers over a sentence's dependency tree (dyad_token
 * arrays with sentence-relative heads), shared by date and place
 * resolution. */
#ifndef DYAD_RESOLVE_TREE_H
#define DYAD_RESOLVE_TREE_H

#include <stddef.h>

#include "dyad.h"

/* deprel == rel, or deprel is a subtype of rel ("obl:tmod" for "obl").
 * Inline and without strlen: it runs for every edge of every walk. */
static inline int tree_rel_is(const dyad_token *t, const char *rel) {
    const char *d = t->deprel;
    if (!d || d[0] != rel[0]) return 0;
    size_t i = 1;
    while (rel[i] && d[i] == rel[i]) i++;
    return rel[i] == '\0' && (d[i] == '\0' || d[i] == ':');
}
/* The exact deprel ("obl:tmod"), "" when none. */
const char *tree_rel(const dyad_token *t);
/* Case-insensitive comparison of the token's lemma (else form) with word. */
int tree_word_is(const dyad_token *t, const char *word);
/* tree_word_is(t, w) for some w of the NULL-terminated list words. */
int tree_word_in(const dyad_token *t, const char *const *words);
/* Lowercased form without a trailing '.', into out (size >= 2). */
void tree_lower_form(const dyad_token *t, char *out, size_t size);
/* 1 when the edge from t to its head starts an embedded clause (ccomp,
 * xcomp is NOT one, advcl, acl, parataxis, csubj, or a conjoined verb). */
int tree_starts_clause(const dyad_token *t);
/* The child of h with deprel rel (subtypes included) whose lemma/form is
 * one of words (NULL-terminated; words NULL = any); -1 when none. */
int tree_child(const dyad_token *toks, size_t n, int h, const char *rel,
               const char *const *words);

/* Children lists, built once per call so walks are O(n): first[h] is the
 * first child of h (-1 none), next[c] the next sibling; root lists the
 * tokens with head -1.  Sentences longer than TREE_MAX tokens are not
 * resolved (tree_index_build returns 0). */
#define TREE_MAX 512
typedef struct tree_index {
    int first[TREE_MAX], next[TREE_MAX];
    int root_first;
    size_t n;
} tree_index;

int tree_index_build(tree_index *ix, const dyad_token *toks, size_t n);
/* The child of h (-1: the roots) with deprel rel and a word in words, as
 * tree_child, through the index. */
int tree_index_child(const tree_index *ix, const dyad_token *toks, int h, const char *rel,
                     const char *const *words);
/* Marks the clause of verb (see dyad_clause_tokens); returns its size. */
size_t tree_index_clause(const tree_index *ix, const dyad_token *toks, int verb,
                         unsigned char *in_clause);

#endif
