#include "nlp/tag_wordnet.h"

#include <string.h>

#include "base/hash.h"

uint64_t tag_wn_key(const char *s, size_t len) {
    return hash_mix(hash_bytes(s, len, 0), 0x574e) | 1;
}

uint32_t tag_wn_lookup(const tag_wn *wn, const char *s, size_t len) {
    if (!wn->slots || !len) return 0;
    uint64_t key = tag_wn_key(s, len);
    uint32_t fp = (uint32_t)(key >> 32) | 1;
    for (uint32_t i = (uint32_t)key & wn->mask;; i = (i + 1) & wn->mask) {
        if (wn->slots[i].fp == fp) return wn->slots[i].pos;
        if (!wn->slots[i].fp) return 0;
    }
}

/* WordNet's own detachment rules (morphy): suffix, replacement, the part of
 * speech the base must have, and the signature bit it gives. */
static const struct {
    const char *suffix, *base;
    uint8_t sl, bl;
    uint32_t need, bit;
} RULES[] = {
    {"s", "", 1, 0, WN_NOUN, WN_NOUN_PL},      {"ses", "s", 3, 1, WN_NOUN, WN_NOUN_PL},
    {"xes", "x", 3, 1, WN_NOUN, WN_NOUN_PL},   {"zes", "z", 3, 1, WN_NOUN, WN_NOUN_PL},
    {"ches", "ch", 4, 2, WN_NOUN, WN_NOUN_PL}, {"shes", "sh", 4, 2, WN_NOUN, WN_NOUN_PL},
    {"men", "man", 3, 3, WN_NOUN, WN_NOUN_PL}, {"ies", "y", 3, 1, WN_NOUN, WN_NOUN_PL},
    {"s", "", 1, 0, WN_VERB, WN_VERB_S},       {"ies", "y", 3, 1, WN_VERB, WN_VERB_S},
    {"es", "e", 2, 1, WN_VERB, WN_VERB_S},     {"es", "", 2, 0, WN_VERB, WN_VERB_S},
    {"ed", "e", 2, 1, WN_VERB, WN_VERB_ED},    {"ed", "", 2, 0, WN_VERB, WN_VERB_ED},
    {"ing", "e", 3, 1, WN_VERB, WN_VERB_ING},  {"ing", "", 3, 0, WN_VERB, WN_VERB_ING},
    {"er", "", 2, 0, WN_ADJ, WN_ADJ_ER},       {"est", "", 3, 0, WN_ADJ, WN_ADJ_EST},
    {"er", "e", 2, 1, WN_ADJ, WN_ADJ_ER},      {"est", "e", 3, 1, WN_ADJ, WN_ADJ_EST},
};

uint32_t tag_wn_signature(const tag_wn *wn, const char *lower, size_t len) {
    if (!wn->slots || len == 0 || len >= 64) return 0;
    uint32_t sig = tag_wn_lookup(wn, lower, len);
    /* Every suffix above ends in s, d, g, n, r or t. */
    char last = lower[len - 1];
    if (last != 's' && last != 'd' && last != 'g' && last != 'n' && last != 'r' && last != 't')
        return sig;
    char buf[72];
    for (size_t r = 0; r < sizeof RULES / sizeof RULES[0]; r++) {
        size_t sl = RULES[r].sl, bl = RULES[r].bl;
        if ((sig & RULES[r].bit) || len <= sl + 1 || RULES[r].suffix[sl - 1] != last ||
            memcmp(lower + len - sl, RULES[r].suffix, sl))
            continue;
        memcpy(buf, lower, len - sl);
        memcpy(buf + len - sl, RULES[r].base, bl);
        if (tag_wn_lookup(wn, buf, len - sl + bl) & RULES[r].need) sig |= RULES[r].bit;
        /* Doubled consonant: "stopped" -> "stop". */
        else if ((RULES[r].bit & (WN_VERB_ED | WN_VERB_ING | WN_ADJ_ER | WN_ADJ_EST)) && !bl &&
                 len - sl >= 3 && lower[len - sl - 1] == lower[len - sl - 2] &&
                 (tag_wn_lookup(wn, buf, len - sl - 1) & RULES[r].need))
            sig |= RULES[r].bit;
    }
    return sig;
}

size_t tag_wn_base(const tag_wn *wn, const char *lower, size_t len, uint32_t bit, char *out) {
    if (!wn->slots || len == 0 || len >= 64) return 0;
    for (size_t r = 0; r < sizeof RULES / sizeof RULES[0]; r++) {
        size_t sl = RULES[r].sl, bl = RULES[r].bl;
        if (RULES[r].bit != bit || len <= sl + 1 || memcmp(lower + len - sl, RULES[r].suffix, sl))
            continue;
        memcpy(out, lower, len - sl);
        memcpy(out + len - sl, RULES[r].base, bl);
        if (tag_wn_lookup(wn, out, len - sl + bl) & RULES[r].need) return len - sl + bl;
        if ((bit & (WN_VERB_ED | WN_VERB_ING | WN_ADJ_ER | WN_ADJ_EST)) && !bl && len - sl >= 3 &&
            lower[len - sl - 1] == lower[len - sl - 2] &&
            (tag_wn_lookup(wn, out, len - sl - 1) & RULES[r].need))
            return len - sl - 1;
    }
    return 0;
}
