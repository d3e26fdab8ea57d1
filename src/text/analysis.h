/* analysis.h — struct dyad_analysis: everything produced for one document.
 *
 * Defined here (not in dyad.h) so that later stages (src/pipeline/) can fill
 * the token annotations (lemma, upos, xpos, deprel, head, entity) in place.
 * All per-document memory lives in `arena`, reset by dyad_segment. */
#ifndef DYAD_ANALYSIS_H
#define DYAD_ANALYSIS_H

#include "base/arena.h"
#include "dyad.h"
#include "text/segment.h"

struct dyad_analysis {
    arena arena;            /* per-document memory, reset for each document */
    const char *text;       /* the caller's text (not copied) */
    size_t text_len;
    segmentation seg;       /* tokens and sentences (arena memory) */
    int annotated;          /* set by the tagging/parsing stage */
    void *stage_data[4];    /* later stages' per-document results (arena) */
};

#endif
