#include "nlp/lemmatizer.h"

#include <string.h>

#include "base/hash.h"
#include "nlp/tag_features.h"

uint64_t lemma_exc_key_hashed(uint64_t form_hash, uint32_t xpos) {
    return hash_mix(form_hash, 0x1e3a000000ULL + xpos) | 1; /* never 0 (= empty) */
}

uint64_t lemma_exc_key(const char *form, uint32_t xpos) {
    return lemma_exc_key_hashed(hash_str(form, 0), xpos);
}

/* Suffixes are hashed from their last byte backwards, so the keys of every
 * suffix length of a word come out of one pass (lemma_rule_keys). */
static inline uint64_t rule_start(uint32_t xpos) { return hash_mix(0x7f1e000000ULL + xpos, 77); }
static inline uint64_t rule_step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ULL; }
static inline uint64_t rule_final(uint64_t h) {
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    return (h ^ (h >> 32)) | 1;
}

uint64_t lemma_rule_key(uint32_t xpos, const char *suffix, size_t len) {
    uint64_t h = rule_start(xpos);
    for (size_t i = len; i > 0; i--) h = rule_step(h, (unsigned char)suffix[i - 1]);
    return rule_final(h);
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

static inline unsigned char ascii_lower(unsigned char c) {
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

const char *lemmatize_by_rule(const lemma_tables *t, const char *form,
                              uint32_t xpos, arena *a) {
    size_t len = strlen(form);
    if (len >= TAG_MAX_WORD) return form;
    /* Suffix keys are over the lower-cased form; only the looked-at bytes
     * are lower-cased, the whole form only when a rule asks for it. */
    size_t kmax = len < LEMMA_MAX_SUFFIX ? len : LEMMA_MAX_SUFFIX;
    uint64_t h = rule_start(xpos);
    const lemma_rule_slot *r = NULL;
    int upper = 0;
    for (size_t k = 0; k <= kmax; k++) {
        if (k) {
            unsigned char c = (unsigned char)form[len - k];
            upper |= c >= 'A' && c <= 'Z';
            h = rule_step(h, ascii_lower(c));
        }
        const lemma_rule_slot *f = find_rule(t, rule_final(h));
        if (!f) break;
        if (f->lower != 2) r = f;
    }
    if (!r || r->strip > len) return form;
    const char *app = t->pool + r->append;
    size_t keep = len - r->strip, alen = strlen(app);
    /* A rule learned on English suffixes ("-ing": strip 3) can reach a word
     * whose last characters are multi-byte ("\xf0\x9f\x98\x80" tagged VBG);
     * never cut inside a UTF-8 sequence, or the lemma is invalid UTF-8. */
    if (keep < len && ((unsigned char)form[keep] & 0xC0) == 0x80) return form;
    if (r->lower)
        for (size_t i = 0; i < keep && !upper; i++) upper = form[i] >= 'A' && form[i] <= 'Z';
    else
        upper = 0;
    if (r->strip == 0 && !alen && !upper) return form;
    char *out = arena_alloc(a, keep + alen + 1);
    if (!out) return NULL;
    for (size_t i = 0; i < keep; i++)
        out[i] = r->lower ? (char)ascii_lower((unsigned char)form[i]) : form[i];
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

const char *lemma_exception(const lemma_tables *t, uint64_t form_hash, uint64_t lower_hash,
                            uint32_t xpos) {
    const lemma_exc_slot *e = find_exc(t, lemma_exc_key_hashed(form_hash, xpos));
    if (!e && lower_hash != form_hash) e = find_exc(t, lemma_exc_key_hashed(lower_hash, xpos));
    return e ? t->pool + e->lemma : NULL;
}

const char *lemmatize_hashed(const lemma_tables *t, const char *form, uint64_t form_hash,
                             uint64_t lower_hash, uint32_t xpos, arena *a) {
    const char *l = lemma_exception(t, form_hash, lower_hash, xpos);
    return l ? l : lemmatize_by_rule(t, form, xpos, a);
}
