/* annotate.h — running the trained models over one sentence of words.
 *
 * The one place that knows the order of the stages (tag + lemmatise ->
 * parse -> names), used by dyad_annotate for segmented documents and by
 * `dyad parse --conllu` for given tokenization. */
#ifndef DYAD_PIPELINE_ANNOTATE_H
#define DYAD_PIPELINE_ANNOTATE_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "dyad.h"

/* Inputs: n, forms.  Outputs: arrays of n the caller provides; strings
 * point into the models, into forms or into scratch.  heads (0-based, -1 =
 * root) and deprels stay -1 / NULL when no parser is loaded; entity and
 * entity_begin stay 0 when no name tagger is loaded.  Any output pointer
 * may be NULL when not wanted. */
typedef struct annotate_words {
    size_t n;
    const char *const *forms;
    const char **upos, **xpos, **lemmas;
    int32_t *heads;
    const char **deprels;
    uint8_t *entity, *entity_begin;
} annotate_words;

/* Returns 0, or a dyad_status with err filled (out of memory). */
int annotate_sentence(const dyad_models *m, annotate_words *w, arena *scratch,
                      dyad_error *err);

/* The parse step alone, for words annotate_sentence already tagged (w
 * with heads NULL: upos, xpos and lemmas filled): fills w->heads and
 * w->deprels exactly as annotate_sentence with heads would have.  Does
 * nothing when no parser is loaded.  Returns 0 or a dyad_status. */
int annotate_parse(const dyad_models *m, annotate_words *w, arena *scratch, dyad_error *err);

/* Whether the optional stages are loaded (so writers can print `_`). */
int annotate_has_parser(const dyad_models *m);
int annotate_has_names(const dyad_models *m);

#endif
