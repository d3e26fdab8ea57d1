/* annotate_document.c — dyad_annotate: the NLP stages over a segmented
 * document, sentence by sentence, results written into its tokens. */
#include "base/error.h"
#include "pipeline/annotate.h"
#include "text/analysis.h"

int dyad_annotate(dyad_analysis *a, const dyad_models *m, dyad_error *err) {
    if (!a || !m) return set_error(err, DYAD_ERR_INTERNAL, "dyad_annotate: no analysis or models");
    for (size_t s = 0; s < a->seg.n_sentences; s++) {
        const dyad_sentence *se = &a->seg.sentences[s];
        dyad_token *t = a->seg.tokens + se->first_token;
        size_t n = se->n_tokens;
        if (n == 0) continue;
        /* Per-sentence arrays live in the document arena with the rest of
         * the document; their strings outlive the call as the tokens need. */
        const char **forms = arena_alloc(&a->arena, n * sizeof *forms);
        const char **upos = arena_alloc(&a->arena, n * sizeof *upos);
        const char **xpos = arena_alloc(&a->arena, n * sizeof *xpos);
        const char **lemmas = arena_alloc(&a->arena, n * sizeof *lemmas);
        const char **deprels = arena_alloc(&a->arena, n * sizeof *deprels);
        int32_t *heads = arena_alloc(&a->arena, n * sizeof *heads);
        uint8_t *entity = arena_alloc(&a->arena, n);
        uint8_t *entity_begin = arena_alloc(&a->arena, n);
        if (!forms || !upos || !xpos || !lemmas || !deprels || !heads || !entity || !entity_begin)
            return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
        for (size_t i = 0; i < n; i++) forms[i] = t[i].form;
        annotate_words w = {n, forms, upos, xpos, lemmas, heads, deprels, entity, entity_begin};
        int st = annotate_sentence(m, &w, &a->arena, err);
        if (st) return st;
        for (size_t i = 0; i < n; i++) {
            t[i].upos = upos[i];
            t[i].xpos = xpos[i];
            t[i].lemma = lemmas[i];
            t[i].head = heads[i];
            t[i].deprel = deprels[i];
            t[i].entity = entity[i];
            t[i].entity_begin = entity_begin[i];
        }
    }
    a->annotated = 1;
    return DYAD_OK;
}
