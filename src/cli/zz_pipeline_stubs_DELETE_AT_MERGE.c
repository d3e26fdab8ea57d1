/* TEMPORARY stand-ins for the segmenter, tagger/parser and model loader so
 * that `dyad code` links on the coder branch.  DELETE THIS FILE when those
 * branches are merged: the definitions are strong on purpose, so that a
 * forgotten copy fails the link loudly ("multiple definition") instead of
 * silently replacing the real stages.  `dyad code --conllu FILE` works
 * without them. */
#include <stdlib.h>

#include "base/error.h"
#include "cli/pipeline_api.h"

struct dyad_analysis { int unused; };
struct dyad_models { int unused; };

dyad_analysis *dyad_analysis_new(void) { return calloc(1, sizeof(dyad_analysis)); }
void dyad_analysis_free(dyad_analysis *a) { free(a); }
int dyad_segment(dyad_analysis *a, const char *text, size_t len, dyad_error *err) {
    (void)a; (void)text; (void)len;
    return set_error(err, DYAD_ERR_INTERNAL, "the segmenter is not merged into this build (use --conllu)");
}
size_t dyad_sentence_count(const dyad_analysis *a) { (void)a; return 0; }
const dyad_sentence *dyad_sentences(const dyad_analysis *a) { (void)a; return NULL; }
size_t dyad_token_count(const dyad_analysis *a) { (void)a; return 0; }
const dyad_token *dyad_tokens(const dyad_analysis *a) { (void)a; return NULL; }
dyad_models *dyad_models_load(const char *dir, dyad_error *err) {
    (void)dir;
    set_error(err, DYAD_ERR_INTERNAL, "the tagger/parser is not merged into this build (use --conllu)");
    return NULL;
}
void dyad_models_free(dyad_models *m) { free(m); }
int dyad_annotate(dyad_analysis *a, const dyad_models *m, dyad_error *err) {
    (void)a; (void)m;
    return set_error(err, DYAD_ERR_INTERNAL, "the tagger/parser is not merged into this build");
}
