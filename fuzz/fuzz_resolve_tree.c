/* libFuzzer target: date and location resolution on arbitrary trees.
 * Each 3 input bytes make a token: a word, a head (possibly cyclic or out
 * of range) and a relation, picked from small tables.  The gazetteer is
 * data/geo/gazetteer.bin when present (run from the repository root). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dyad.h"

static const char *const words[] = { "on", "Saturday", "in", "Syria", "last", "week", "two", "weeks",
                                     "ago", "Nov.", "11", "2017", "the", "11th", "of", "town",
                                     "al-Bukamal", "north", "Damascus", "will", "plans", "to",
                                     "attack", "yesterday", "12/11/2017", "December", "province",
                                     "Idlib", "-", "Jordan", "at", "summit" };
static const char *const rels[] = { "obl", "obl:tmod", "nmod", "case", "det", "amod", "nummod",
                                    "compound", "flat", "advmod", "obl:npmod", "xcomp", "ccomp",
                                    "conj", "appos", "aux", "nsubj", "punct", "root", "nmod:poss" };
static const char *const upos[] = { "PROPN", "NOUN", "VERB", "ADP", "NUM", "ADJ", "AUX", "PUNCT" };

/* The fuzzer's own read-only fixture, loaded once. */
static dyad_gazetteer *gaz;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    dyad_error err;
    gaz = dyad_gazetteer_load("data/geo/gazetteer.bin", &err);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    dyad_token toks[64];
    size_t n = size / 3;
    if (n == 0 || n > 64) return 0;
    memset(toks, 0, sizeof toks);
    for (size_t i = 0; i < n; i++) {
        const uint8_t *d = data + 3 * i;
        toks[i].form = words[d[0] % (sizeof words / sizeof *words)];
        toks[i].lemma = toks[i].form;
        toks[i].upos = upos[(d[0] >> 5) % (sizeof upos / sizeof *upos)];
        toks[i].head = (int32_t)(d[1] % (n + 2)) - 1;
        toks[i].deprel = rels[d[2] % (sizeof rels / sizeof *rels)];
        toks[i].space_after = 1;
        toks[i].entity = (uint8_t)(d[2] >> 6);
    }
    dyad_date doc = { 2017, 11, 12 };
    for (size_t v = 0; v < n; v++) {
        dyad_event_date d;
        dyad_resolve_event_date(toks, n, (int)v, doc, -1, &d);
        dyad_place p;
        dyad_find_event_location(gaz, toks, n, (int)v, NULL, "DAMASCUS", &p);
        unsigned char in[64];
        dyad_clause_tokens(toks, n, (int)v, in);
    }
    char codes[8][4];
    dyad_sentence_place_countries(gaz, toks, n, codes, 0, 8);
    return 0;
}
