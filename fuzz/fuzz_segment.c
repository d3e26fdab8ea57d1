/* fuzz_segment.c — libFuzzer target for the segmenter.
 *
 * Arbitrary bytes are repaired to valid UTF-8 (as the reader does), then
 * segmented; every invariant the later stages rely on is checked. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "dyad.h"
#include "text/charclass.h"
#include "text/segment.h"

static int all_space(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        size_t k;
        uint32_t cp;
        unsigned c = char_class_at((const unsigned char *)s + i, n - i, &k, &cp);
        if (!(c & CC_SPACE)) return 0;
        i += k;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    buf b;
    buf_init(&b);
    if (utf8_repair((const char *)data, size, &b) == (size_t)-1) abort();
    const char *text = b.data ? b.data : "";
    size_t len = b.len;
    dyad_analysis *a = dyad_analysis_new();
    dyad_error err;
    if (dyad_segment(a, text, len, &err) != DYAD_OK) abort();
    size_t nt = dyad_token_count(a), ns = dyad_sentence_count(a);
    const dyad_token *t = dyad_tokens(a);
    const dyad_sentence *s = dyad_sentences(a);
    uint32_t prev_end = 0;
    for (size_t i = 0; i < nt; i++) {
        if (t[i].start >= t[i].end) abort();            /* non-empty */
        if (t[i].end > len) abort();                     /* within bounds */
        if (t[i].start < prev_end) abort();              /* increasing, disjoint */
        prev_end = t[i].end;
        size_t n = t[i].end - t[i].start;
        if (strlen(t[i].form) != n || memcmp(t[i].form, text + t[i].start, n)) abort();
        if (all_space(t[i].form, n)) abort();            /* no whitespace-only token */
        if (t[i].head != -1 || t[i].lemma || t[i].upos) abort();
    }
    size_t next_tok = 0;
    uint32_t prev_sent_end = 0;
    for (size_t i = 0; i < ns; i++) {
        if (s[i].n_tokens == 0 || s[i].n_tokens > SEG_MAX_SENTENCE_TOKENS) abort();
        if (s[i].first_token != next_tok) abort();       /* sentences tile the tokens */
        next_tok += s[i].n_tokens;
        if (next_tok > nt) abort();
        if (s[i].start != t[s[i].first_token].start) abort();
        if (s[i].end != t[s[i].first_token + s[i].n_tokens - 1].end) abort();
        if (s[i].start < prev_sent_end || s[i].end > len) abort();
        prev_sent_end = s[i].end;
        char line[64];
        for (int mode = 0; mode < 2; mode++) {
            size_t need = dyad_sentence_line(a, i, mode, line, sizeof line);
            if (need == 0 || strlen(line) != (need < sizeof line ? need : sizeof line - 1)) abort();
        }
    }
    if (next_tok != nt) abort();
    dyad_analysis_free(a);
    buf_free(&b);
    return 0;
}
