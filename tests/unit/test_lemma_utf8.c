/* The rule lemmatizer strips bytes; a rule learned on English suffixes
 * must never cut a multi-byte character in two (a VBG-tagged emoji once
 * came out of `dyad parse --conllu` with the lemma "\xf0", invalid UTF-8). */
#include <string.h>

#include "test.h"

#include "base/arena.h"
#include "nlp/lemmatizer.h"

/* Puts a rule for suffix into an open-addressing table of 8 slots. */
static void put_rule(lemma_rule_slot *slots, uint32_t xpos, const char *suffix,
                     uint8_t strip, uint32_t append) {
    uint64_t key = lemma_rule_key(xpos, suffix, strlen(suffix));
    uint32_t s = (uint32_t)key & 7;
    while (slots[s].key) s = (s + 1) & 7;
    slots[s] = (lemma_rule_slot){key, append, strip, 1, 0};
}

TEST(lemma_rule_never_splits_utf8) {
    /* One rule at the empty suffix, as training learns for the VBG default:
     * strip 3 bytes ("-ing"), append nothing (pool offset 0 = ""). */
    lemma_rule_slot slots[8];
    memset(slots, 0, sizeof slots);
    put_rule(slots, 5, "", 3, 0);
    lemma_tables t = {NULL, 0, slots, 7, ""};
    arena a;
    arena_init(&a);
    CHECK_STR(lemmatize_by_rule(&t, "walking", 5, &a), "walk");
    const char *emoji = "\xf0\x9f\x98\x80"; /* U+1F600, 4 bytes */
    CHECK_STR(lemmatize_by_rule(&t, emoji, 5, &a), emoji);
    CHECK_STR(lemmatize_by_rule(&t, "\xc3\xa9\xc3\xa9", 5, &a), "\xc3\xa9\xc3\xa9"); /* "\xc3\xa9" twice */
    CHECK_STR(lemmatize_by_rule(&t, "ab\xc3\xa9", 5, &a), "a"); /* a cut between characters is kept */
    arena_free(&a);
}
