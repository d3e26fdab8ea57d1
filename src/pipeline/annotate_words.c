/* annotate_words.c — the stages over one sentence of words (annotate.h). */
#include "pipeline/annotate.h"

#include <string.h>

#include "base/error.h"
#include "nlp/tree_repair.h"
#include "pipeline/models.h"

int annotate_has_parser(const dyad_models *m) {
    return m->parser != NULL;
}

int annotate_has_names(const dyad_models *m) {
    return m->ner != NULL;
}

int annotate_sentence(const dyad_models *m, annotate_words *w, arena *scratch,
                      dyad_error *err) {
    size_t n = w->n;
    if (w->heads)
        for (size_t i = 0; i < n; i++) w->heads[i] = -1;
    if (w->deprels) memset(w->deprels, 0, n * sizeof *w->deprels);
    if (w->entity) memset(w->entity, 0, n);
    if (w->entity_begin) memset(w->entity_begin, 0, n);
    if (n == 0) return 0;
    /* The parser and the name tagger need the tags even when the caller
     * does not want them. */
    const char **upos = w->upos, **xpos = w->xpos;
    if (!upos) upos = arena_alloc(scratch, n * sizeof *upos);
    if (!xpos) xpos = arena_alloc(scratch, n * sizeof *xpos);
    /* the parser was trained with the tagger's lemmas */
    const char **lemmas = w->lemmas;
    if (!lemmas && m->parser && w->heads) lemmas = arena_alloc(scratch, n * sizeof *lemmas);
    if (!upos || !xpos || (m->parser && w->heads && !lemmas) ||
        tagger_tag_news(m->tagger, n, w->forms, upos, xpos, lemmas, NULL, scratch))
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    if (m->parser && w->heads) {
        const char **deprels = w->deprels;
        if (!deprels) deprels = arena_alloc(scratch, n * sizeof *deprels);
        if (!deprels || parser_parse(m->parser, n, w->forms, upos, xpos, lemmas,
                                     w->heads, deprels, scratch))
            return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
        tree_repair_all(n, w->forms, upos, xpos, lemmas, w->heads, deprels);
    }
    if (m->ner && w->entity && w->entity_begin)
        ner_tag(m->ner, n, w->forms, upos, w->entity, w->entity_begin);
    return 0;
}

int annotate_parse(const dyad_models *m, annotate_words *w, arena *scratch, dyad_error *err) {
    if (!m->parser || !w->n || !w->heads || !w->deprels) return 0;
    /* the same call annotate_sentence makes: the names do not feed it */
    if (parser_parse(m->parser, w->n, w->forms, w->upos, w->xpos, w->lemmas, w->heads, w->deprels, scratch))
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    tree_repair_all(w->n, w->forms, w->upos, w->xpos, w->lemmas, w->heads, w->deprels);
    return 0;
}
