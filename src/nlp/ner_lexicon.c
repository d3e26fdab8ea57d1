#include "nlp/ner_lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "nlp/ner_features.h"

int ner_lex_builder_init(ner_lexicon_builder *b, uint32_t bits) {
    b->bits = bits;
    b->used = 0;
    b->slots = calloc((size_t)1 << bits, sizeof *b->slots);
    return b->slots ? 0 : -1;
}

void ner_lex_builder_free(ner_lexicon_builder *b) {
    free(b->slots);
    b->slots = NULL;
}

int ner_lex_add_key(ner_lexicon_builder *b, uint64_t key, uint32_t value) {
    uint32_t mask = (1u << b->bits) - 1, fp = (uint32_t)(key >> 48) | 1u;
    for (uint32_t i = (uint32_t)key & mask;; i = (i + 1) & mask) {
        uint32_t s = b->slots[i];
        if (s >> 16 == fp) {
            b->slots[i] = s | (value & 0xffff);
            return 0;
        }
        if (!s) {
            if (b->used * 2 >= ((size_t)1 << b->bits)) return -1;
            b->slots[i] = fp << 16 | (value & 0xffff);
            b->used++;
            return 0;
        }
    }
}

/* A word ends at a space; "'s" (or "’s") at the end of a word is a word of
 * its own, as in the tokenized text the tagger sees. */
size_t ner_lex_words(const char *p, size_t len, uint64_t hashes[NER_LEX_MAX_WORDS]) {
    size_t n = 0, i = 0;
    char word[256];
    while (i < len) {
        while (i < len && p[i] == ' ') i++;
        size_t s = i;
        while (i < len && p[i] != ' ') i++;
        size_t wl = i - s;
        if (!wl) break;
        if (wl >= sizeof word) return 0;
        size_t poss = 0;
        if (wl > 2 && p[i - 1] == 's' && p[i - 2] == '\'') poss = 2;
        else if (wl > 4 && p[i - 1] == 's' && !memcmp(p + i - 4, "\xE2\x80\x99", 3)) poss = 4;
        memcpy(word, p + s, wl - poss);
        word[wl - poss] = 0;
        if (n == NER_LEX_MAX_WORDS) return 0;
        hashes[n++] = ner_lower_hash(word);
        if (poss) {
            memcpy(word, p + i - poss, poss);
            word[poss] = 0;
            if (n == NER_LEX_MAX_WORDS) return 0;
            hashes[n++] = ner_lower_hash(word);
        }
    }
    return n;
}

int ner_lex_add(ner_lexicon_builder *b, const char *phrase, size_t len, uint32_t value) {
    uint64_t h[NER_LEX_MAX_WORDS];
    size_t n = ner_lex_words(phrase, len, h);
    if (!n) return -1;
    uint64_t key = NER_LEX_SEED;
    for (size_t i = 0; i < n; i++) key = ner_lex_next(key, h[i]);
    return ner_lex_add_key(b, key, value);
}
