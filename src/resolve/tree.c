#include "resolve/tree.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "base/ascii.h"

const char *tree_rel(const dyad_token *t) { return t->deprel ? t->deprel : ""; }

int tree_word_is(const dyad_token *t, const char *word) {
    if (t->lemma && ascii_ieq(t->lemma, word)) return 1;
    return t->form && ascii_ieq(t->form, word);
}

int tree_word_in(const dyad_token *t, const char *const *words) {
    return (t->lemma && ascii_ieq_any(t->lemma, words)) || (t->form && ascii_ieq_any(t->form, words));
}

void tree_lower_form(const dyad_token *t, char *out, size_t size) {
    size_t i = 0;
    const char *f = t->form ? t->form : "";
    for (; f[i] && i + 1 < size; i++) out[i] = (char)tolower((unsigned char)f[i]);
    out[i] = '\0';
    if (i > 1 && out[i - 1] == '.') out[i - 1] = '\0';
}

int tree_starts_clause(const dyad_token *t) {
    if (tree_rel_is(t, "ccomp") || tree_rel_is(t, "advcl") || tree_rel_is(t, "acl") ||
        tree_rel_is(t, "parataxis") || tree_rel_is(t, "csubj"))
        return 1;
    /* "attacked and seized": the second verb is its own event. */
    if (tree_rel_is(t, "conj") && t->upos &&
        (str_eq(t->upos, "VERB") || str_eq(t->upos, "AUX")))
        return 1;
    return 0;
}

int tree_child(const dyad_token *toks, size_t n, int h, const char *rel,
               const char *const *words) {
    for (size_t i = 0; i < n; i++) {
        if (toks[i].head != h || !tree_rel_is(&toks[i], rel)) continue;
        if (!words) return (int)i;
        if (tree_word_in(&toks[i], words)) return (int)i;
    }
    return -1;
}

int tree_index_build(tree_index *ix, const dyad_token *toks, size_t n) {
    if (n > TREE_MAX) return 0;
    ix->n = n;
    ix->root_first = -1;
    for (size_t i = 0; i < n; i++) ix->first[i] = -1;
    /* Build backwards so sibling lists come out in sentence order. */
    for (size_t k = n; k-- > 0;) {
        int h = toks[k].head;
        if (h >= 0 && (size_t)h < n && (size_t)h != k) {
            ix->next[k] = ix->first[h];
            ix->first[h] = (int)k;
        } else {
            ix->next[k] = ix->root_first;
            ix->root_first = (int)k;
        }
    }
    return 1;
}

int tree_index_child(const tree_index *ix, const dyad_token *toks, int h, const char *rel,
                     const char *const *words) {
    int c = h >= 0 ? ix->first[h] : ix->root_first;
    for (; c >= 0; c = ix->next[c]) {
        if (!tree_rel_is(&toks[c], rel)) continue;
        if (!words) return c;
        if (tree_word_in(&toks[c], words)) return c;
    }
    return -1;
}

size_t tree_index_clause(const tree_index *ix, const dyad_token *toks, int verb,
                         unsigned char *in_clause) {
    memset(in_clause, 0, ix->n);
    if (verb < 0 || (size_t)verb >= ix->n) return 0;
    int stack[TREE_MAX];
    size_t sp = 0, count = 0;
    stack[sp++] = verb;
    in_clause[verb] = 1;
    while (sp) {
        int h = stack[--sp];
        count++;
        for (int c = ix->first[h]; c >= 0; c = ix->next[c]) {
            if (in_clause[c] || tree_starts_clause(&toks[c])) continue;
            in_clause[c] = 1;
            stack[sp++] = c;
        }
    }
    return count;
}

size_t dyad_clause_tokens(const dyad_token *toks, size_t n, int verb,
                          unsigned char *in_clause) {
    tree_index ix;
    if (tree_index_build(&ix, toks, n)) return tree_index_clause(&ix, toks, verb, in_clause);
    /* Very long sentences: the quadratic walk, without an index. */
    memset(in_clause, 0, n);
    if (verb < 0 || (size_t)verb >= n) return 0;
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        int j = (int)i, steps = 0, in = 0;
        while (steps++ <= (int)n) {
            if (j == verb) { in = 1; break; }
            if (j < 0 || (size_t)j >= n || tree_starts_clause(&toks[j])) break;
            j = toks[j].head;
        }
        in_clause[i] = (unsigned char)in;
        count += (size_t)in;
    }
    return count;
}
