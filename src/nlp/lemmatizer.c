#include "nlp/lemmatizer.h"

#include <string.h>

#include "base/hash.h"
#include "nlp/tag_features.h"

uint64_t lemma_exc_key(const char *form, uint32_t xpos) {
    return hash_mix(hash_str(form, 0), 0x1e3a000000ULL + xpos) | 1; /* never 0 (= empty) */
}

uint64_t lemma_rule_key(uint32_t xpos, const char *suffix, size_t len) {
    return hash_mix(hash_bytes(suffix, len, 0), 0x7f1e000000ULL + xpos) | 1;
}

static int has_upper(const char *s) {
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z') return 1;
    return 0;
}

void lemma_rule_derive(const char *form, const char *lemma, int *strip,
                       int *lower, const char **append) {
    *lower = !has_upper(lemma);
    size_t len = strlen(form), i = 0;
    for (; i < len && lemma[i]; i++) {
        char c = form[i];
        if (*lower && c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != lemma[i]) break;
    }
    *strip = (int)(len - i);
    *append = lemma + i;
}

static const lemma_exc_slot *find_exc(const lemma_tables *t, uint64_t key) {
    if (!t->exc) return NULL;
    for (uint32_t s = (uint32_t)key & t->exc_mask;; s = (s + 1) & t->exc_mask) {
        if (t->exc[s].key == key) return &t->exc[s];
        if (t->exc[s].key == 0) return NULL;
    }
}

static const lemma_rule_slot *find_rule(const lemma_tables *t, uint64_t key) {
    if (!t->rules) return NULL;
    for (uint32_t s = (uint32_t)key & t->rule_mask;; s = (s + 1) & t->rule_mask) {
        if (t->rules[s].key == key) return &t->rules[s];
        if (t->rules[s].key == 0) return NULL;
    }
}

const char *lemmatize_by_rule(const lemma_tables *t, const char *form,
                              uint32_t xpos, arena *a) {
    char low[TAG_MAX_WORD];
    size_t len = strlen(form);
    if (len >= sizeof low) return form;
    tag_lower(form, low, sizeof low);
    size_t k = len < LEMMA_MAX_SUFFIX ? len : LEMMA_MAX_SUFFIX;
    const lemma_rule_slot *r = NULL;
    for (;; k--) {
        r = find_rule(t, lemma_rule_key(xpos, low + len - k, k));
        if (r || k == 0) break;
    }
    if (!r || r->strip > len) return form;
    const char *base = r->lower ? low : form;
    const char *app = t->pool + r->append;
    if (r->strip == 0 && !*app && !strcmp(base, form)) return form;
    size_t keep = len - r->strip, alen = strlen(app);
    char *out = arena_alloc(a, keep + alen + 1);
    if (!out) return NULL;
    memcpy(out, base, keep);
    memcpy(out + keep, app, alen + 1);
    return out;
}

const char *lemmatize(const lemma_tables *t, const char *form, uint32_t xpos,
                      arena *a) {
    const lemma_exc_slot *e = find_exc(t, lemma_exc_key(form, xpos));
    if (e) return t->pool + e->lemma;
    if (has_upper(form)) {
        char low[TAG_MAX_WORD];
        if (strlen(form) < sizeof low) {
            tag_lower(form, low, sizeof low);
            e = find_exc(t, lemma_exc_key(low, xpos));
            if (e) return t->pool + e->lemma;
        }
    }
    return lemmatize_by_rule(t, form, xpos, a);
}
