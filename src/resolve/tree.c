#include "resolve/tree.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

const char *tree_rel(const dyad_token *t) { return t->deprel ? t->deprel : ""; }

int tree_rel_is(const dyad_token *t, const char *rel) {
    const char *d = tree_rel(t);
    size_t l = strlen(rel);
    return strncmp(d, rel, l) == 0 && (d[l] == '\0' || d[l] == ':');
}

int tree_word_is(const dyad_token *t, const char *word) {
    if (t->lemma && strcasecmp(t->lemma, word) == 0) return 1;
    return t->form && strcasecmp(t->form, word) == 0;
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
        (strcmp(t->upos, "VERB") == 0 || strcmp(t->upos, "AUX") == 0))
        return 1;
    return 0;
}

int tree_child(const dyad_token *toks, size_t n, int h, const char *rel,
               const char *const *words) {
    for (size_t i = 0; i < n; i++) {
        if (toks[i].head != h || !tree_rel_is(&toks[i], rel)) continue;
        if (!words) return (int)i;
        for (const char *const *w = words; *w; w++)
            if (tree_word_is(&toks[i], *w)) return (int)i;
    }
    return -1;
}

size_t dyad_clause_tokens(const dyad_token *toks, size_t n, int verb,
                          unsigned char *in_clause) {
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
