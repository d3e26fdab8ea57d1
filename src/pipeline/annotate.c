/* annotate.c — dyad_annotate: tags, lemmatises, parses and names every
 * sentence of a segmented document, writing the results into its tokens.
 * The stages themselves, and their order, are in annotate_words.c.
 *
 * dyad_annotate_for_coding is the same for `dyad code`, except that it
 * parses only the sentences whose events or document memory could depend
 * on their tree (dyad_code_needs_tree): the parser is most of the time a
 * sentence takes, and a sentence without actors or places codes nothing
 * and teaches the coder nothing, parsed or not. */
#include "pipeline/annotate.h"

#include "base/error.h"
#include "code/coder.h"
#include "nlp/ner_doc.h"
#include "pipeline/models.h"
#include "text/analysis.h"

/* The per-sentence arrays, reused; lemmas point into the models, the token
 * forms or a->arena, so they live as long as the analysis. */
typedef struct sentence_arrays {
    const char **forms, **upos, **xpos, **lemmas, **deprels;
    int32_t *heads;
} sentence_arrays;

static int arrays_alloc(dyad_analysis *a, sentence_arrays *x, dyad_error *err) {
    size_t ns = dyad_sentence_count(a), max = 0;
    const dyad_sentence *sents = dyad_sentences(a);
    for (size_t s = 0; s < ns; s++)
        if (sents[s].n_tokens > max) max = sents[s].n_tokens;
    x->forms = arena_alloc(&a->arena, (max + 1) * sizeof *x->forms);
    x->upos = arena_alloc(&a->arena, (max + 1) * sizeof *x->upos);
    x->xpos = arena_alloc(&a->arena, (max + 1) * sizeof *x->xpos);
    x->lemmas = arena_alloc(&a->arena, (max + 1) * sizeof *x->lemmas);
    x->deprels = arena_alloc(&a->arena, (max + 1) * sizeof *x->deprels);
    x->heads = arena_alloc(&a->arena, (max + 1) * sizeof *x->heads);
    if (!x->forms || !x->upos || !x->xpos || !x->lemmas || !x->deprels || !x->heads)
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    return DYAD_OK;
}

static void store(dyad_token *t, size_t n, const sentence_arrays *x) {
    for (size_t i = 0; i < n; i++) {
        t[i].upos = x->upos[i];
        t[i].xpos = x->xpos[i];
        t[i].lemma = x->lemmas[i];
        t[i].head = x->heads[i];
        t[i].deprel = x->deprels[i];
        t[i].entity = 0; /* names come after, for the whole document */
        t[i].entity_begin = 0;
    }
}

/* Tags and lemmas (and the tree when parse is set) of every sentence into
 * its tokens; without the parse, heads are -1 and deprels NULL. */
static int tag_sentences(dyad_analysis *a, const dyad_models *m, sentence_arrays *x, int parse, dyad_error *err) {
    size_t ns = dyad_sentence_count(a);
    const dyad_sentence *sents = dyad_sentences(a);
    /* The tokens live in the analysis's arena; the accessor is read-only
     * for callers, this stage is the one that fills them in. */
    dyad_token *tok = (dyad_token *)dyad_tokens(a);
    for (size_t s = 0; s < ns; s++) {
        dyad_token *t = tok + sents[s].first_token;
        size_t n = sents[s].n_tokens;
        for (size_t i = 0; i < n; i++) {
            x->forms[i] = t[i].form;
            x->heads[i] = -1;
            x->deprels[i] = NULL;
        }
        annotate_words w = {n,    x->forms, x->upos, x->xpos, x->lemmas, parse ? x->heads : NULL,
                            parse ? x->deprels : NULL, NULL, NULL};
        int st = annotate_sentence(m, &w, &a->arena, err);
        if (st) return st;
        store(t, n, x);
    }
    return DYAD_OK;
}

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
    sentence_arrays x;
    int st = arrays_alloc(a, &x, err);
    if (!st) st = tag_sentences(a, m, &x, 1, err);
    if (st) return st;
    if (m->ner && document_names(m->ner, (dyad_token *)dyad_tokens(a), dyad_sentences(a), dyad_sentence_count(a),
                                 &a->arena))
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    a->annotated = 1;
    return DYAD_OK;
}

int dyad_annotate_for_coding(dyad_analysis *a, const dyad_models *m, const dyad_coder *c, dyad_events *e,
                             dyad_error *err) {
    if (!a || !m || !c || !e)
        return set_error(err, DYAD_ERR_INPUT, "dyad_annotate_for_coding: no analysis, models, coder or events");
    size_t ns = dyad_sentence_count(a);
    const dyad_sentence *sents = dyad_sentences(a);
    dyad_token *tok = (dyad_token *)dyad_tokens(a);
    /* tags and lemmas of every sentence, then the names of the document
     * (the name tagger reads neither the tree nor other stages' output
     * beyond the tags), then the parse of the sentences the coder can use */
    sentence_arrays x;
    int st = arrays_alloc(a, &x, err);
    if (!st) st = tag_sentences(a, m, &x, 0, err);
    if (st) return st;
    if (m->ner && document_names(m->ner, tok, sents, ns, &a->arena))
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    for (size_t s = 0; s < ns; s++) {
        dyad_token *t = tok + sents[s].first_token;
        size_t n = sents[s].n_tokens;
        int need = e->explain ? 1 : dyad_code_needs_tree(c, e, t, n);
        if (need < 0) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
        if (!need) continue;
        for (size_t i = 0; i < n; i++) {
            x.forms[i] = t[i].form;
            x.upos[i] = t[i].upos;
            x.xpos[i] = t[i].xpos;
            x.lemmas[i] = t[i].lemma;
        }
        annotate_words w = {n, x.forms, x.upos, x.xpos, x.lemmas, x.heads, x.deprels, NULL, NULL};
        st = annotate_parse(m, &w, &a->arena, err);
        if (st) return st;
        /* (a repair may retag a word it re-reads: a past tense that is a
         * participle) */
        for (size_t i = 0; i < n; i++) {
            t[i].head = x.heads[i];
            t[i].deprel = x.deprels[i];
            t[i].xpos = x.xpos[i];
        }
    }
    a->annotated = 1;
    return DYAD_OK;
}
