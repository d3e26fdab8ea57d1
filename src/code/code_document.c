/* code_document.c — dyad_code_document: every sentence of an analysis. */
#include "base/error.h"
#include "code/coder.h"

int dyad_code_document(const dyad_coder *c, const dyad_analysis *a, const dyad_document *doc,
                       dyad_events *e, dyad_error *err) {
    dyad_events_begin(e, doc ? doc->text : NULL, doc ? doc->text_len : 0, doc ? &doc->date : NULL);
    size_t ns = dyad_sentence_count(a);
    const dyad_sentence *s = dyad_sentences(a);
    const dyad_token *t = dyad_tokens(a);
    for (size_t i = 0; i < ns; i++) {
        int st = dyad_code_sentence(c, e, i, t + s[i].first_token, s[i].n_tokens, err);
        if (st) return st;
    }
    dyad_events_finish(c, e);
    return 0;
}
