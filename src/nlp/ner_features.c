#include "nlp/ner_features.h"

#include <string.h>

#include "base/hash.h"
#include "resolve/placename.h"

/* The value standing for "no UPOS given". */
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

uint8_t ner_case_class(uint32_t total, uint32_t capital, uint32_t propn) {
    if (total == 0) return 0;
    uint64_t p10 = (uint64_t)propn * 4;
    int pb = propn == 0 ? 0 : p10 < (uint64_t)total * 1 ? 1 : p10 < (uint64_t)total * 3 ? 2 : 3;
    int f = total < 3 ? 0 : total < 20 ? 1 : 2;
    /* capital / total in four bins, by integer arithmetic for portability */
    uint64_t c10 = (uint64_t)capital * 10;
    int p = c10 < (uint64_t)total * 1 ? 0 : c10 < (uint64_t)total * 5 ? 1 : c10 < (uint64_t)total * 9 ? 2 : 3;
    return (uint8_t)((1 + 4 * f + p) | pb << 4);
}

/* Known names: each word's own entry, and left to right the longest known
 * name (up to NER_LEX_MAX_WORDS words) starting at a word that does not
 * begin with a lowercase ASCII letter; the words it covers are skipped. */
static void known_names(size_t n, const char *const *forms, const ner_lexicon *lx, ner_word *w) {
    for (size_t i = 0; i < n; i++) w[i].lex_self = ner_lex_get(lx, ner_lex_next(NER_LEX_SEED, w[i].lower));
    for (size_t i = 0; i < n;) {
        const char *f = forms[i] ? forms[i] : "";
        if (*f >= 'a' && *f <= 'z') { i++; continue; }
        uint32_t best = w[i].lex_self;
        size_t len = best ? 1 : 0;
        uint64_t key = ner_lex_next(NER_LEX_SEED, w[i].lower);
        for (size_t j = i + 1; j < n && j < i + NER_LEX_MAX_WORDS; j++) {
            key = ner_lex_next(key, w[j].lower);
            uint32_t v = ner_lex_get(lx, key);
            if (v) { best = v; len = j - i + 1; }
        }
        if (!len) { i++; continue; }
        uint32_t multi = len > 1 ? NER_SPAN_MULTI : 0;
        w[i].lex_span = best | NER_SPAN_BEGIN | multi;
        for (size_t k = i + 1; k < i + len; k++) w[k].lex_span = best | NER_SPAN_INSIDE | multi;
        for (size_t k = i; k < i + len; k++) w[k].lex_coarse = ner_lex_coarse(best);
        i += len;
    }
}

static int is_hyphen(const char *s) { return s[0] == '-' && !s[1]; }

/* Arabic articles that open a place name written with a hyphen, which the
 * tokenizer splits off: "al - Bukamal". */
static int article_before_hyphen(size_t n, const char *const *forms, size_t i) {
    static const char *const art[] = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed",
                                      "er", "es", "et", "ez"};
    if (i + 2 >= n || !forms[i + 1] || !is_hyphen(forms[i + 1])) return 0;
    for (size_t k = 0; k < sizeof art / sizeof *art; k++)
        if (forms[i] && !strcmp(forms[i], art[k])) return 1;
    return 0;
}

/* Gazetteer names: left to right, the longest run of up to four words that
 * starts at a capitalised word (or an Arabic article and a hyphen) and
 * goes on over capitalised words and hyphens, whose place_key is a known
 * name.  The keys ignore case, marks and articles, so this finds the
 * spellings the gazetteer lists as alternates. */
static void gazetteer_names(size_t n, const char *const *forms, const ner_lexicon *lx, ner_word *w) {
    for (size_t i = 0; i < n;) {
        const unsigned char *f = (const unsigned char *)(forms[i] ? forms[i] : "");
        int art = article_before_hyphen(n, forms, i);
        if (!((*f >= 'A' && *f <= 'Z') || *f >= 0xC0 || art)) { i++; continue; }
        char buf[PLACE_KEY_MAX * 2], key[PLACE_KEY_MAX];
        size_t bl = 0, len = 0;
        uint32_t best = 0;
        for (size_t j = i; j < n && j < i + 4; j++) {
            const char *g = forms[j] ? forms[j] : "";
            const unsigned char c0 = (unsigned char)g[0];
            int ok = j == i || (c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC0 || is_hyphen(g) ||
                     (art && j == i + 1);
            size_t gl = strlen(g);
            if (!ok || bl + gl + 1 >= sizeof buf) break;
            if (bl) buf[bl++] = ' ';
            memcpy(buf + bl, g, gl);
            bl += gl;
            if (is_hyphen(g)) continue; /* a name does not end in a hyphen */
            size_t kl = place_key(buf, bl, key);
            if (!kl) continue;
            uint32_t v = ner_lex_get(lx, ner_lex_gaz_key((uint32_t)place_key_hash(key, kl)));
            if (v) { best = v; len = j - i + 1; }
        }
        if (!len) { i++; continue; }
        w[i].gaz = best | NER_SPAN_BEGIN | (len > 1 ? NER_SPAN_MULTI : 0);
        for (size_t k = i + 1; k < i + len; k++) w[k].gaz = best | NER_SPAN_INSIDE | NER_SPAN_MULTI;
        i += len;
    }
}

/* One pass over the bytes of each word gives everything:
 *  - the hash of its ASCII-lowercased form (the case-table key);
 *  - its shape with runs collapsed, packed 8 bits a character (first 8):
 *    "Putin" -> "Xx", "U.S." -> "X.X.", "2017" -> "d", "al-Assad" ->
 *    "x-Xx"; a non-ASCII character is 'u';
 *  - its first three and last four lowercased bytes, packed, for the
 *    prefix and suffix features (with the word length, so "a" and "ab"
 *    differ from longer words that start the same).
 * Packed values need no hashing: ner_rows multiplies every value by a large
 * odd constant and keeps the top bits. */
void ner_words(size_t n, const char *const *forms, const char *const *upos,
               const ner_case_table *ct, const ner_lexicon *lx, const ner_doc *doc,
               ner_word *w) {
    for (size_t i = 0; i < n; i++) {
        const unsigned char *f = (const unsigned char *)(forms[i] ? forms[i] : "");
        uint64_t h = 1469598103934665603ULL, shape = 0, pre = 0;
        uint32_t tail = 0;
        unsigned len = 0, sn = 0;
        unsigned char last = 0;
        for (const unsigned char *p = f; *p; p++, len++) {
            unsigned char c = *p, lc = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c, sc;
            h ^= lc;
            h *= 1099511628211ULL;
            if (len < 3) pre |= (uint64_t)lc << (8 * len);
            tail = tail << 8 | lc;
            if (c >= 'A' && c <= 'Z') sc = 'X';
            else if (c >= 'a' && c <= 'z') sc = 'x';
            else if (c >= '0' && c <= '9') sc = 'd';
            else if (c >= 0xC0) sc = 'u';
            else if (c >= 0x80) continue; /* continuation byte */
            else sc = c;
            if (sc == last && (sc == 'X' || sc == 'x' || sc == 'd' || sc == 'u')) continue;
            if (sn < 8) shape |= (uint64_t)sc << (8 * sn);
            sn++;
            last = sc;
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        uint64_t l2 = (uint64_t)(len < 2 ? len : 2) << 56, l3 = (uint64_t)(len < 3 ? len : 3) << 56,
                 l4 = (uint64_t)(len < 4 ? len : 4) << 56;
        ner_word *x = &w[i];
        x->lower = h;
        x->shape = shape | (uint64_t)(sn < 8 ? sn : 8) << 60;
        x->form = ner_mix2(h, x->shape);
        x->upos = upos && upos[i] ? hash_str(upos[i], 3) : NO_UPOS;
        x->pre2 = (pre & 0xffff) | l2;
        x->pre3 = pre | l3;
        x->suf2 = (tail & 0xffff) | l2;
        x->suf3 = (tail & 0xffffff) | l3;
        x->suf4 = tail | l4;
        x->flags = (f[0] >= 'A' && f[0] <= 'Z' ? NER_W_CAP : 0) | (i == 0 ? NER_W_FIRST : 0);
        x->lex_self = x->lex_span = x->lex_coarse = 0;
        x->doc = ner_doc_code(doc, h);
        x->gaz = 0;
#if defined(__GNUC__) || defined(__clang__)
        /* the table reads below, after every word's hash: the case table
         * and the lexicon are megabytes read at random, and asked for
         * together their cache misses overlap */
        if (ct && ct->cls) __builtin_prefetch(&ct->cls[h & ((1u << ct->bits) - 1)]);
        if (lx && lx->slots) {
            __builtin_prefetch(&lx->slots[(uint32_t)ner_lex_next(NER_LEX_WN_SEED, h) & ((1u << lx->bits) - 1)]);
            __builtin_prefetch(&lx->slots[(uint32_t)ner_lex_next(NER_LEX_SEED, h) & ((1u << lx->bits) - 1)]);
        }
#endif
    }
    for (size_t i = 0; i < n; i++) {
        ner_word *x = &w[i];
        uint64_t h = x->lower;
        x->caseclass = ct && ct->cls ? ct->cls[h & ((1u << ct->bits) - 1)] : 0;
        x->wn = ner_lex_get(lx, ner_lex_next(NER_LEX_WN_SEED, h));
    }
    if (lx && lx->slots) {
        known_names(n, forms, lx, w);
        gazetteer_names(n, forms, lx, w);
    }
    /* Runs of capitalised words.  (Letting "of", "for", "&", "-" join two
     * runs scored lower on dev.) */
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        if (w[i].flags & NER_W_CAP)
            while (j < n && (w[j].flags & NER_W_CAP)) j++;
        for (size_t k = i; k < j; k++) {
            w[k].run_first = (uint32_t)i;
            w[k].run_last = (uint32_t)(j - 1);
        }
        i = j;
    }
}

