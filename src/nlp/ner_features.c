#include "nlp/ner_features.h"

#include <string.h>

#include "base/hash.h"

/* Values standing for "no word here" (before the first and after the last
 * word) and "no UPOS given". */
#define NONE_BEFORE 0x5bd1e9955bd1e995ULL
#define NONE_AFTER 0x2545f4914f6cdd1dULL
#define NO_UPOS 0x9e3779b97f4a7c15ULL

static char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

uint64_t ner_lower_hash(const char *form) {
    uint64_t h = 1469598103934665603ULL;
    for (const char *p = form; *p; p++) {
        h ^= (unsigned char)ascii_lower(*p);
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

uint8_t ner_case_class(uint32_t total, uint32_t capital) {
    if (total == 0) return 0;
    int f = total < 3 ? 0 : total < 20 ? 1 : 2;
    /* capital / total in four bins, by integer arithmetic for portability */
    uint64_t c10 = (uint64_t)capital * 10;
    int p = c10 < (uint64_t)total * 1 ? 0 : c10 < (uint64_t)total * 5 ? 1 : c10 < (uint64_t)total * 9 ? 2 : 3;
    return (uint8_t)(1 + 4 * f + p);
}

/* Word shape with runs collapsed: "Putin" -> "Xx", "U.S." -> "X.X.",
 * "2017" -> "d", "al-Assad" -> "x-Xx".  Bytes of non-ASCII characters map to
 * 'u' (one per character). */
static uint64_t shape_hash(const char *form) {
    char s[12];
    size_t n = 0;
    char last = 0;
    for (const unsigned char *p = (const unsigned char *)form; *p && n < sizeof s; p++) {
        char c;
        if (*p >= 'A' && *p <= 'Z') c = 'X';
        else if (*p >= 'a' && *p <= 'z') c = 'x';
        else if (*p >= '0' && *p <= '9') c = 'd';
        else if (*p >= 0xC0) c = 'u';
        else if (*p >= 0x80) continue; /* continuation byte */
        else c = (char)*p;
        if (c == last && (c == 'X' || c == 'x' || c == 'd' || c == 'u')) continue;
        s[n++] = c;
        last = c;
    }
    return hash_bytes(s, n, 7);
}

void ner_words(size_t n, const char *const *forms, const char *const *upos,
               const ner_case_table *ct, ner_word *w) {
    for (size_t i = 0; i < n; i++) {
        const char *f = forms[i] ? forms[i] : "";
        size_t len = strlen(f);
        char low[64];
        size_t ln = len < sizeof low ? len : sizeof low;
        for (size_t k = 0; k < ln; k++) low[k] = ascii_lower(f[k]);
        ner_word *x = &w[i];
        x->form = hash_bytes(f, len, 1);
        x->lower = ner_lower_hash(f);
        x->shape = shape_hash(f);
        x->upos = upos && upos[i] ? hash_str(upos[i], 3) : NO_UPOS;
        x->pre2 = hash_bytes(low, ln < 2 ? ln : 2, 11);
        x->pre3 = hash_bytes(low, ln < 3 ? ln : 3, 12);
        x->suf2 = hash_bytes(low + (ln > 2 ? ln - 2 : 0), ln < 2 ? ln : 2, 13);
        x->suf3 = hash_bytes(low + (ln > 3 ? ln - 3 : 0), ln < 3 ? ln : 3, 14);
        x->suf4 = hash_bytes(low + (ln > 4 ? ln - 4 : 0), ln < 4 ? ln : 4, 15);
        x->caseclass = ct && ct->cls ? ct->cls[x->lower & ((1u << ct->bits) - 1)] : 0;
        x->flags = (f[0] >= 'A' && f[0] <= 'Z' ? NER_W_CAP : 0) | (i == 0 ? NER_W_FIRST : 0);
    }
}

static uint64_t mix2(uint64_t a, uint64_t b) { return hash_mix(a, b); }

void ner_rows(const ner_word *w, size_t n, size_t i, uint32_t hash_bits,
              uint32_t rows[NER_FEATS]) {
    const ner_word *c = &w[i];
    uint64_t lp1 = i >= 1 ? w[i - 1].lower : NONE_BEFORE;
    uint64_t lp2 = i >= 2 ? w[i - 2].lower : NONE_BEFORE;
    uint64_t ln1 = i + 1 < n ? w[i + 1].lower : NONE_AFTER;
    uint64_t ln2 = i + 2 < n ? w[i + 2].lower : NONE_AFTER;
    uint64_t sp1 = i >= 1 ? w[i - 1].shape : NONE_BEFORE;
    uint64_t sn1 = i + 1 < n ? w[i + 1].shape : NONE_AFTER;
    uint64_t cp1 = i >= 1 ? w[i - 1].caseclass : 100;
    uint64_t cn1 = i + 1 < n ? w[i + 1].caseclass : 101;
    uint64_t up1 = i >= 1 ? w[i - 1].upos : NONE_BEFORE;
    uint64_t un1 = i + 1 < n ? w[i + 1].upos : NONE_AFTER;
    uint64_t first = c->flags & NER_W_FIRST;
    uint64_t v[NER_FEATS] = {
        0,
        c->form,
        c->lower,
        c->shape,
        c->suf2,
        c->suf3,
        c->suf4,
        c->pre2,
        c->pre3,
        lp1,
        ln1,
        lp2,
        ln2,
        sp1,
        sn1,
        mix2(sp1, c->shape),
        mix2(c->shape, sn1),
        mix2(lp1, c->lower),
        mix2(c->lower, ln1),
        mix2(c->caseclass, first),
        mix2(c->caseclass, c->shape),
        cp1,
        cn1,
        mix2(first, c->lower),
        mix2(lp1, c->shape),
        mix2(c->shape, ln1),
        c->upos,
        mix2(up1, c->upos),
        mix2(c->upos, un1),
        mix2(mix2(sp1, c->shape), sn1),
    };
    for (uint32_t k = 0; k < NER_FEATS; k++) {
        uint64_t h = hash_mix(v[k], 0x100000001b3ULL * (k + 1));
        rows[k] = (uint32_t)(h >> (64 - hash_bits));
    }
}
