#include "nlp/ner_doc.h"

#include <stdlib.h>
#include <string.h>

#include "nlp/ner_features.h"

void ner_doc_init(ner_doc *d) { memset(d, 0, sizeof *d); }

void ner_doc_clear(ner_doc *d) {
    if (d->cap) {
        memset(d->key, 0, d->cap * sizeof *d->key);
        memset(d->count, 0, d->cap * sizeof *d->count);
    }
    d->n = 0;
    d->failed = 0;
}

void ner_doc_free(ner_doc *d) {
    free(d->key);
    free(d->count);
    ner_doc_init(d);
}

/* Key 0 marks an empty slot, so a hash of 0 is stored as 1. */
static uint64_t slot_key(uint64_t h) { return h ? h : 1; }

static size_t find(const ner_doc *d, uint64_t k) {
    size_t mask = d->cap - 1;
    size_t i = (size_t)(k ^ (k >> 29)) & mask;
    while (d->key[i] && d->key[i] != k) i = (i + 1) & mask;
    return i;
}

static int grow(ner_doc *d) {
    /* small first: a short document names a few words, and calloc clears
     * every byte of the table */
    size_t cap = d->cap ? d->cap * 2 : 32;
    ner_doc bigger = {calloc(cap, sizeof *bigger.key), calloc(cap, sizeof *bigger.count), cap, 0, 0};
    if (!bigger.key || !bigger.count) {
        free(bigger.key);
        free(bigger.count);
        return -1;
    }
    for (size_t i = 0; i < d->cap; i++)
        if (d->key[i]) {
            size_t j = find(&bigger, d->key[i]);
            bigger.key[j] = d->key[i];
            memcpy(bigger.count[j], d->count[i], sizeof bigger.count[j]);
            bigger.n++;
        }
    free(d->key);
    free(d->count);
    bigger.failed = d->failed;
    *d = bigger;
    return 0;
}

int ner_doc_add(ner_doc *d, size_t n, const char *const *forms, const uint8_t *type) {
    for (size_t i = 0; i < n; i++) {
        int t = type[i];
        const char *f = forms[i] ? forms[i] : "";
        if (t < 1 || t > 4 || !(*f >= 'A' && *f <= 'Z')) continue;
        if ((d->n + 1) * 2 > d->cap && grow(d)) {
            d->failed = 1;
            return -1;
        }
        uint64_t k = slot_key(ner_lower_hash(f));
        size_t j = find(d, k);
        if (!d->key[j]) {
            d->key[j] = k;
            d->n++;
        }
        if (d->count[j][t - 1] < UINT16_MAX) d->count[j][t - 1]++;
    }
    return 0;
}

uint32_t ner_doc_code(const ner_doc *d, uint64_t lower_hash) {
    if (!d) return NER_DOC_NONE;
    if (!d->cap) return 0;
    size_t j = find(d, slot_key(lower_hash));
    if (!d->key[j]) return 0;
    const uint16_t *c = d->count[j];
    unsigned total = 0, best = 0;
    for (int t = 0; t < 4; t++) {
        total += c[t];
        if (c[t] > c[best]) best = (unsigned)t;
    }
    unsigned unanimous = c[best] == total, bucket = total >= 3 ? 2 : total >= 2 ? 1 : 0;
    return (best + 1) | unanimous << 3 | bucket << 4;
}
