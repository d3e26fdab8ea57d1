/* annotate.c — dyad_annotate: tags, lemmatises, parses and names every
 * sentence of a segmented document, writing the results into its tokens.
 * The stages themselves, and their order, are in annotate_words.c. */
#include "pipeline/annotate.h"

#include "base/error.h"
#include "nlp/ner_doc.h"
#include "pipeline/models.h"
#include "text/analysis.h"

/* The name tagger's second pass (nlp/ner_doc.h): every sentence again, now
 * knowing what names the first pass found in the whole document ("Athens"
 * at the start of a sentence is the city named elsewhere).  forms, upos,
 * ent and ent_begin are scratch arrays as long as the longest sentence.  If
 * memory runs out, the first pass's names stay. */
static void names_second_pass(const ner *nm, dyad_token *tok, const dyad_sentence *sents,
                              size_t ns, const char **forms, const char **upos, uint8_t *ent,
                              uint8_t *ent_begin) {
    ner_doc d;
    ner_doc_init(&d);
    for (size_t s = 0; s < ns && !d.failed; s++) {
        const dyad_token *t = tok + sents[s].first_token;
        size_t n = sents[s].n_tokens;
        for (size_t i = 0; i < n; i++) {
            forms[i] = t[i].form;
            ent[i] = t[i].entity;
        }
        ner_doc_add(&d, n, forms, ent);
    }
    for (size_t s = 0; s < ns && !d.failed; s++) {
        dyad_token *t = tok + sents[s].first_token;
        size_t n = sents[s].n_tokens;
        for (size_t i = 0; i < n; i++) {
            forms[i] = t[i].form;
            upos[i] = t[i].upos;
        }
        ner_tag_doc(nm, &d, n, forms, upos, ent, ent_begin);
        for (size_t i = 0; i < n; i++) {
            t[i].entity = ent[i];
            t[i].entity_begin = ent_begin[i];
        }
    }
    ner_doc_free(&d);
}

int dyad_annotate(dyad_analysis *a, const dyad_models *m, dyad_error *err) {
    if (!a || !m) return set_error(err, DYAD_ERR_INPUT, "dyad_annotate: no analysis or no models");
    size_t ns = dyad_sentence_count(a);
    const dyad_sentence *sents = dyad_sentences(a);
    /* The tokens live in the analysis's arena; the accessor is read-only
     * for callers, this stage is the one that fills them in. */
    dyad_token *tok = (dyad_token *)dyad_tokens(a);
    size_t max = 0;
    for (size_t s = 0; s < ns; s++)
        if (sents[s].n_tokens > max) max = sents[s].n_tokens;
    /* One set of per-sentence arrays, reused; lemmas point into the models,
     * the token forms or a->arena, so they live as long as the analysis. */
    const char **forms = arena_alloc(&a->arena, (max + 1) * sizeof *forms);
    const char **upos = arena_alloc(&a->arena, (max + 1) * sizeof *upos);
    const char **xpos = arena_alloc(&a->arena, (max + 1) * sizeof *xpos);
    const char **lemmas = arena_alloc(&a->arena, (max + 1) * sizeof *lemmas);
    const char **deprels = arena_alloc(&a->arena, (max + 1) * sizeof *deprels);
    int32_t *heads = arena_alloc(&a->arena, (max + 1) * sizeof *heads);
    uint8_t *ent = arena_alloc(&a->arena, max + 1), *ent_begin = arena_alloc(&a->arena, max + 1);
    if (!forms || !upos || !xpos || !lemmas || !deprels || !heads || !ent || !ent_begin)
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    for (size_t s = 0; s < ns; s++) {
        dyad_token *t = tok + sents[s].first_token;
        size_t n = sents[s].n_tokens;
        for (size_t i = 0; i < n; i++) forms[i] = t[i].form;
        annotate_words w = {n, forms, upos, xpos, lemmas, heads, deprels, ent, ent_begin};
        int st = annotate_sentence(m, &w, &a->arena, err);
        if (st) return st;
        for (size_t i = 0; i < n; i++) {
            t[i].upos = upos[i];
            t[i].xpos = xpos[i];
            t[i].lemma = lemmas[i];
            t[i].head = heads[i];
            t[i].deprel = deprels[i];
            t[i].entity = ent[i];
            t[i].entity_begin = ent_begin[i];
        }
    }
    if (m->ner) names_second_pass(m->ner, tok, sents, ns, forms, upos, ent, ent_begin);
    a->annotated = 1;
    return DYAD_OK;
}
