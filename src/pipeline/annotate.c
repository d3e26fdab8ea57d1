/* annotate.c — dyad_annotate: tags, lemmatises, parses and names every
 * sentence of a segmented document, writing the results into its tokens.
 * The stages themselves, and their order, are in annotate_words.c. */
#include "pipeline/annotate.h"

#include "base/error.h"
#include "nlp/ner_doc.h"
#include "pipeline/models.h"
#include "text/analysis.h"

/* The names of the whole document: both passes of the name tagger
 * (ner_tag_document), so the second sees what the first found anywhere in
 * the document ("Athens" at the start of a sentence is the city named
 * elsewhere).  Returns 0, or -1 when out of memory. */
static int document_names(const ner *nm, dyad_token *tok, const dyad_sentence *sents, size_t ns,
                          arena *a) {
    const char ***forms = arena_alloc(a, (ns + 1) * sizeof *forms);
    const char ***upos = arena_alloc(a, (ns + 1) * sizeof *upos);
    uint8_t **type = arena_alloc(a, (ns + 1) * sizeof *type), **begin = arena_alloc(a, (ns + 1) * sizeof *begin);
    size_t *len = arena_alloc(a, (ns + 1) * sizeof *len);
    if (!forms || !upos || !type || !begin || !len) return -1;
    for (size_t s = 0; s < ns; s++) {
        const dyad_token *t = tok + sents[s].first_token;
        size_t n = len[s] = sents[s].n_tokens;
        forms[s] = arena_alloc(a, (n + 1) * sizeof **forms);
        upos[s] = arena_alloc(a, (n + 1) * sizeof **upos);
        type[s] = arena_alloc(a, n + 1);
        begin[s] = arena_alloc(a, n + 1);
        if (!forms[s] || !upos[s] || !type[s] || !begin[s]) return -1;
        for (size_t i = 0; i < n; i++) {
            forms[s][i] = t[i].form;
            upos[s][i] = t[i].upos;
        }
    }
    ner_doc d;
    ner_doc_init(&d);
    ner_tag_document(nm, &d, ns, len, (const char *const *const *)forms, (const char *const *const *)upos,
                     type, begin);
    ner_doc_free(&d);
    for (size_t s = 0; s < ns; s++) {
        dyad_token *t = tok + sents[s].first_token;
        for (size_t i = 0; i < len[s]; i++) {
            t[i].entity = type[s][i];
            t[i].entity_begin = begin[s][i];
        }
    }
    return 0;
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
    if (!forms || !upos || !xpos || !lemmas || !deprels || !heads)
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    for (size_t s = 0; s < ns; s++) {
        dyad_token *t = tok + sents[s].first_token;
        size_t n = sents[s].n_tokens;
        for (size_t i = 0; i < n; i++) forms[i] = t[i].form;
        /* names come after, for the whole document (document_names) */
        annotate_words w = {n, forms, upos, xpos, lemmas, heads, deprels, NULL, NULL};
        int st = annotate_sentence(m, &w, &a->arena, err);
        if (st) return st;
        for (size_t i = 0; i < n; i++) {
            t[i].upos = upos[i];
            t[i].xpos = xpos[i];
            t[i].lemma = lemmas[i];
            t[i].head = heads[i];
            t[i].deprel = deprels[i];
            t[i].entity = 0;
            t[i].entity_begin = 0;
        }
    }
    if (m->ner && document_names(m->ner, tok, sents, ns, &a->arena))
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    a->annotated = 1;
    return DYAD_OK;
}
