/* resolve_fixture.h — dyad_token arrays from CoNLL-U text, for the tests of
 * src/resolve/.  Columns may be separated by tabs or spaces (forms have no
 * spaces); ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL [DEPS [MISC]].  MISC
 * may hold SpaceAfter=No and Entity=PER|ORG|LOC|MISC (on every token of the
 * name; B- prefix on the first, e.g. Entity=B-LOC). */
#ifndef DYAD_RESOLVE_FIXTURE_H
#define DYAD_RESOLVE_FIXTURE_H

#include <stddef.h>

#include "dyad.h"

#define FIXTURE_MAX 128

typedef struct fixture {
    dyad_token toks[FIXTURE_MAX];
    size_t n;
    char text[8192]; /* backing store for the strings */
} fixture;

/* Parses one sentence; returns the token count (0 on a malformed line). */
size_t fixture_parse(fixture *f, const char *conllu);
/* Index of the first token whose form is `form`, or -1. */
int fixture_find(const fixture *f, const char *form);

#endif
