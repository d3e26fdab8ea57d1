/* ner_features.h — the name tagger's features, shared by the tagger
 * (src/nlp/ner.c) and its trainer (train/train_ner.c) so both compute
 * exactly the same thing.
 *
 * Features are hashed: each (template, value) pair names one row of the
 * weight table ((1 << hash_bits) rows of NER_LABELS weights).  Every token
 * has exactly NER_FEATS features; a missing neighbour or a missing UPOS is a
 * value of its own.
 *
 * Labels are BIO over the four name types: 0 = O, 2t-1 = B-t, 2t = I-t for
 * t = enum dyad_entity_type (1 PERSON .. 4 OTHER). */
#ifndef DYAD_NER_FEATURES_H
#define DYAD_NER_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "nlp/ner_doc.h"
#include "nlp/ner_lexicon.h"

#define NER_LABELS 9
#define NER_FEATS 49
/* The document features (second pass, ner_doc.h): rows NER_DOC_FIRST to
 * NER_DOC_LAST of ner_rows, the only ones that differ between the passes. */
#define NER_DOC_FIRST 41
#define NER_DOC_LAST 43
_Static_assert(NER_DOC_FIRST <= NER_DOC_LAST && NER_DOC_LAST < NER_FEATS, "document rows inside the row list");

/* What the features need to know about one word, computed once per word. */
typedef struct ner_word {
    uint64_t form, lower, shape, upos;
    uint64_t pre2, pre3, suf2, suf3, suf4;
    uint32_t caseclass; /* from the case table; 0 = unseen word */
    uint32_t flags;     /* NER_W_* */
    uint32_t run_first, run_last; /* the run of capitalised words around it
                                   * (itself when not capitalised) */
    uint32_t lex_self; /* NER_LEX_* bits of the word alone */
    uint32_t lex_span; /* NER_LEX_* bits of the known name covering it
                        * (longest match, left to right), with
                        * NER_SPAN_BEGIN / NER_SPAN_INSIDE; 0 when none */
    uint32_t lex_coarse; /* ner_lex_coarse(lex_span) */
    uint32_t doc;        /* ner_doc_code of the word (second pass), or
                          * NER_DOC_NONE */
    uint32_t gaz;        /* NER_LEX_* bits of the longest gazetteer name
                          * (any spelling, ner_lex_gaz_key) covering it,
                          * with NER_SPAN_BEGIN / NER_SPAN_INSIDE; 0 when
                          * none */
    uint32_t wn;         /* NER_WN_* bits of the word (ner_lexicon.h) */
} ner_word;

#define NER_SPAN_BEGIN (1u << 16)
#define NER_SPAN_INSIDE (1u << 17)
#define NER_SPAN_MULTI (1u << 18) /* the match has more than one word */

#define NER_W_CAP 1u    /* first byte is an ASCII capital */
#define NER_W_FIRST 2u  /* first word of the sentence */

/* The case table: for each hashed lowercase word form, a byte combining how
 * often it occurs, how often it is capitalised away from the start of a
 * sentence (low four bits, 0 = unseen) and how often it is a proper noun
 * (high bits), see ner_case_class.  Counted from POS-tagged text (the UD
 * English Web Treebank), not from the NER training text, so training words
 * are as often unseen in it as the words met later. */
typedef struct ner_case_table {
    const uint8_t *cls;
    uint32_t bits;
} ner_case_table;

/* Hash of a lowercase form, the key of the case table. */
uint64_t ner_lower_hash(const char *form);
/* The class stored for a word seen `total` times away from the start of a
 * sentence, `capital` of them capitalised and `propn` of them tagged PROPN. */
uint8_t ner_case_class(uint32_t total, uint32_t capital, uint32_t propn);

/* Fills w[i] for the n words (upos may be NULL: no tags; lx may be NULL
 * or empty: no known names; doc may be NULL: first pass, no memory of the
 * document). */
void ner_words(size_t n, const char *const *forms, const char *const *upos,
               const ner_case_table *ct, const ner_lexicon *lx, const ner_doc *doc,
               ner_word *w);

/* Values standing for "no word here" (before the first and after the last
 * word). */
#define NER_NONE_BEFORE 0x5bd1e9955bd1e995ULL
#define NER_NONE_AFTER 0x2545f4914f6cdd1dULL

/* Cheap combination of two values: a few instructions, and the row index is
 * taken from the top bits of a later multiplication, which depend on every
 * bit of the combination. */
static inline uint64_t ner_mix2(uint64_t a, uint64_t b) {
    uint64_t h = (a ^ (b * 0xC2B2AE3D27D4EB4FULL)) * 0x165667B19E3779F9ULL;
    return h ^ (h >> 32);
}

/* One random constant per template, so equal values in different templates
 * (e.g. "no word before" in the word and shape templates) use different
 * rows. */
static const uint64_t NER_TEMPLATE_KEY[NER_FEATS] = {
    0x8d5a6e3bf1c24a17ULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL,
    0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL, 0xcbbb9d5dc1059ed8ULL,
    0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL,
    0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL, 0x243f6a8885a308d3ULL,
    0x13198a2e03707344ULL, 0xa4093822299f31d0ULL, 0x082efa98ec4e6c89ULL, 0x9216d5d98979fb1bULL,
    0xd1310ba698dfb5acULL, 0x2ffd72dbd01adfb7ULL, 0xb8e1afed6a267e96ULL, 0xba7c9045f12c7f99ULL,
    0x24a19947b3916cf7ULL, 0x0801f2e2858efc16ULL, 0x636920d871574e69ULL, 0xa458fea3f4933d7eULL,
    0x0d95748f728eb658ULL, 0x718bcd5882154aeeULL, 0x7b54a41dc25a59b5ULL, 0x9c30d5392af26013ULL,
    0xc5d1b023286085f0ULL, 0xca417918b8db38efULL, 0x8e79dcb0603a180eULL, 0x6c9e0e8bb01e8a3eULL,
    0xd71577c1bd314b27ULL, 0x78af2fda55605c60ULL, 0xe65525f3aa55ab94ULL, 0x5748986263e81440ULL,
    0x2f8a8a1b1ad2c9a7ULL, 0x6a2c1d0f3b5e7a91ULL, 0xf1e2d3c4b5a69788ULL, 0x3a7b9c2d4e6f8091ULL,
    0x5c4d3e2f1a0b9c8dULL, 0xa1b2c3d4e5f60718ULL, 0x7e8f9a0b1c2d3e4fULL, 0x0f1e2d3c4b5a6978ULL,
    0x8192a3b4c5d6e7f0ULL,
};
_Static_assert(sizeof NER_TEMPLATE_KEY / sizeof *NER_TEMPLATE_KEY == NER_FEATS, "one key per template");

/* Rows NER_DOC_FIRST..NER_DOC_LAST of word i, the only ones the second
 * pass changes (so it computes these alone).  The document (ner_doc.h):
 * what names the word was in elsewhere, by capitalisation and sentence
 * start ("Athens was ..."), with the words beside it, and what the last
 * word of its capitalised run was in. */
static inline void ner_doc_rows(const ner_word *w, size_t n, size_t i, uint32_t hash_bits,
                                uint32_t rows[NER_FEATS]) {
    const ner_word *c = &w[i];
    const int has_p1 = i >= 1, has_n1 = i + 1 < n;
    uint64_t first = c->flags & NER_W_FIRST, cap = c->flags & NER_W_CAP;
    uint64_t in_run = c->run_last > c->run_first;
    const int shift = 64 - (int)hash_bits;
#define NER_ROW(k, value) \
    rows[k] = (uint32_t)((((value) ^ NER_TEMPLATE_KEY[k]) * 0x9E3779B97F4A7C15ULL) >> shift)
    uint32_t dp = has_p1 ? w[i - 1].doc : 0x100, dn = has_n1 ? w[i + 1].doc : 0x100;
    NER_ROW(41, (uint64_t)c->doc | (uint64_t)cap << 12 | first << 13);
    NER_ROW(42, (uint64_t)(c->doc & 0xFF) | (uint64_t)dp << 12 | (uint64_t)dn << 24);
    NER_ROW(43, (uint64_t)(in_run ? w[c->run_last].doc : 0x200) | (uint64_t)(in_run ? w[c->run_first].doc : 0x200) << 12 |
                    (uint64_t)cap << 24);
#undef NER_ROW
    _Static_assert(NER_DOC_FIRST == 41 && NER_DOC_LAST == 43, "ner_doc_rows writes rows 41..43");
}

/* The NER_FEATS weight rows of word i (inline: the tagger's inner loop). */
static inline void ner_rows(const ner_word *w, size_t n, size_t i, uint32_t hash_bits,
                            uint32_t rows[NER_FEATS]) {
    const ner_word *c = &w[i];
    const int has_p1 = i >= 1, has_p2 = i >= 2, has_n1 = i + 1 < n, has_n2 = i + 2 < n;
    uint64_t lp1 = has_p1 ? w[i - 1].lower : NER_NONE_BEFORE;
    uint64_t lp2 = has_p2 ? w[i - 2].lower : NER_NONE_BEFORE;
    uint64_t ln1 = has_n1 ? w[i + 1].lower : NER_NONE_AFTER;
    uint64_t ln2 = has_n2 ? w[i + 2].lower : NER_NONE_AFTER;
    uint64_t sp1 = has_p1 ? w[i - 1].shape : NER_NONE_BEFORE;
    uint64_t sn1 = has_n1 ? w[i + 1].shape : NER_NONE_AFTER;
    uint64_t first = c->flags & NER_W_FIRST;
    uint64_t pc = c->caseclass >> 4, pp1 = has_p1 ? w[i - 1].caseclass >> 4 : 8,
             pn1 = has_n1 ? w[i + 1].caseclass >> 4 : 9;
    const int shift = 64 - (int)hash_bits;
#define NER_ROW(k, value) \
    rows[k] = (uint32_t)((((value) ^ NER_TEMPLATE_KEY[k]) * 0x9E3779B97F4A7C15ULL) >> shift)
    NER_ROW(0, 0);                       /* bias */
    NER_ROW(1, c->form);                 /* the word */
    NER_ROW(2, c->lower);
    NER_ROW(3, c->shape);
    NER_ROW(4, c->suf2);                 /* its affixes */
    NER_ROW(5, c->suf3);
    NER_ROW(6, c->suf4);
    NER_ROW(7, c->pre2);
    NER_ROW(8, c->pre3);
    NER_ROW(9, lp1);                     /* the words around it */
    NER_ROW(10, ln1);
    NER_ROW(11, lp2);
    NER_ROW(12, ln2);
    NER_ROW(13, sp1);                    /* their shapes */
    NER_ROW(14, sn1);
    NER_ROW(15, ner_mix2(sp1, c->shape));
    NER_ROW(16, ner_mix2(c->shape, sn1));
    NER_ROW(17, ner_mix2(lp1, c->lower)); /* word bigrams */
    NER_ROW(18, ner_mix2(c->lower, ln1));
    /* (The capitalisation classes alone, with sentence start or shape, and
     * of the words beside it, as four more rows scored 0.011 F1 lower on
     * GUM dev, mean of six seeds: the class enters through the
     * proper-noun rows below.) */
    NER_ROW(19, ner_mix2(lp1, c->shape)); /* "President" + Xx, Xx + "said" */
    NER_ROW(20, ner_mix2(c->shape, ln1));
    NER_ROW(21, c->upos);                /* constant when no UPOS is given */
    NER_ROW(22, ner_mix2(pc, first));    /* proper-noun statistics */
    NER_ROW(23, ner_mix2(ner_mix2(pp1, pc), pn1));
    NER_ROW(24, ner_mix2(ner_mix2(pc, c->shape), c->caseclass & 15));
    /* The run of capitalised words it is in, seen whole: its last word
     * (usually the head: "... Council", "... University") and the words
     * on either side of it, so every word of a multi-word name sees what
     * the name's edges see. */
    uint64_t in_run = c->run_last > c->run_first;
    NER_ROW(25, in_run ? w[c->run_last].lower : 1);
    NER_ROW(26, in_run ? (c->run_first ? w[c->run_first - 1].lower : NER_NONE_BEFORE) : 2);
    NER_ROW(27, in_run ? (c->run_last + 1 < n ? w[c->run_last + 1].lower : NER_NONE_AFTER) : 3);
    /* Known names (ner_lexicon.h): what the name covering the word is
     * known as and where the word sits in it, the word's own entry, and
     * the known name next to the words around it ("in" + a city). */
    uint32_t sp = c->lex_span, pos = sp >> 16, self = c->lex_self, cap = c->flags & NER_W_CAP;
    NER_ROW(28, sp);
    NER_ROW(29, (self & NER_LEX_GEO) | cap << 20);
    NER_ROW(30, (self & NER_LEX_PEOPLE) | cap << 20);
    NER_ROW(31, (self & NER_LEX_ORGS) | cap << 20);
    NER_ROW(32, (sp & NER_LEX_GEO) | pos << 20);
    NER_ROW(33, (sp & NER_LEX_PEOPLE) | pos << 20);
    NER_ROW(34, (sp & NER_LEX_ORGS) | pos << 20);
    uint64_t cc = c->lex_coarse, cpp = has_p1 ? w[i - 1].lex_coarse : 0, cpn = has_n1 ? w[i + 1].lex_coarse : 0;
    NER_ROW(35, ner_mix2(cc | pos << 8, lp1));
    NER_ROW(36, ner_mix2(cc | pos << 8, ln1));
    NER_ROW(37, cpp | cc << 4 | cpn << 8 | (uint64_t)pos << 12 |
                    (uint64_t)(has_p1 ? 0 : 1) << 16 | (uint64_t)(has_n1 ? 0 : 1) << 17);
    /* Word classes: the word before (a title, a place preposition), and
     * the edges of the capitalised run (its last word, the word after it:
     * "... University", "... Inc", "... River"). */
    const uint32_t cls_mask = NER_LEX_TITLE | NER_LEX_ORG_WORD | NER_LEX_PLACE_PREP | NER_LEX_PLACE_WORD;
    uint32_t prev_cls = has_p1 ? w[i - 1].lex_self & cls_mask : 1;
    uint32_t prev2_cls = has_p2 ? w[i - 2].lex_self & cls_mask : 1;
    uint32_t head_cls = w[c->run_last].lex_self & cls_mask;
    uint32_t after_cls = c->run_last + 1 < n ? w[c->run_last + 1].lex_self & cls_mask : 1;
    uint32_t before_cls = c->run_first ? w[c->run_first - 1].lex_self & cls_mask : 1;
    NER_ROW(38, ner_mix2(prev_cls | (uint64_t)prev2_cls << 20, cap));
    NER_ROW(39, ner_mix2(head_cls | (uint64_t)after_cls << 20, (uint64_t)in_run << 1 | cap));
    NER_ROW(40, ner_mix2(before_cls | (uint64_t)head_cls << 20, (uint64_t)(c->run_last - c->run_first < 3 ? c->run_last - c->run_first : 3) << 1 | cap));
    ner_doc_rows(w, n, i, hash_bits, rows); /* the document's, 41..43 */
    /* Gazetteer names in any spelling: where the word sits in one and
     * what kind of place it is, alone and with the word before. */
    NER_ROW(44, (uint64_t)c->gaz | (uint64_t)cap << 20);
    NER_ROW(45, ner_mix2((uint64_t)(c->gaz >> 16) | (uint64_t)ner_lex_coarse(c->gaz) << 4, lp1));
    /* What follows the run of capitalised words: "in" or a comma, then a
     * known place two or three words on ("al - Bukamal in eastern Syria",
     * "Portland , Oregon"). */
    uint64_t after = 0;
    if (c->run_last + 2 < n) {
        const ner_word *a2 = &w[c->run_last + 2];
        const ner_word *a3 = c->run_last + 3 < n ? &w[c->run_last + 3] : a2;
        const ner_word *k = (a2->flags & NER_W_CAP) ? a2 : a3;
        after = (uint64_t)ner_lex_coarse(k->lex_span | k->gaz) | (uint64_t)((k->gaz | k->lex_span) & NER_LEX_COUNTRY) << 8 |
                (uint64_t)(k->flags & NER_W_CAP) << 12;
    }
    NER_ROW(46, ner_mix2(after | (uint64_t)cap << 16, c->run_last + 1 < n ? w[c->run_last + 1].lower : NER_NONE_AFTER));
    /* WordNet: a common word ("Iodine deficiency ...", "Spring") or a
     * person, place or group it knows by name, by capitalisation and
     * sentence start; and what the edges of the capitalised run are. */
    NER_ROW(47, (uint64_t)c->wn | (uint64_t)cap << 8 | first << 9);
    NER_ROW(48, (uint64_t)(in_run ? w[c->run_last].wn : 0x40) | (uint64_t)(in_run ? w[c->run_first].wn : 0x40) << 8 |
                    (uint64_t)cap << 16);
#undef NER_ROW
}


#endif
