/* parser_beam.c — beam search decoding for models trained with a beam
 * (train_parser --beam K, global learning; Zhang & Nivre 2011).
 *
 * Every arc-hybrid derivation of n words has 2n transitions, so the K
 * items of the beam advance in lockstep.  At each step every item is
 * scored (the same int16 row sums as greedy parsing), each valid
 * transition extends the item's total score (int64), and the K best
 * extensions form the next beam; the best final item is the parse.  Ties
 * go to the earlier item, then the lower class, so the result is
 * deterministic and beam 1 would equal greedy parsing.
 *
 * With a margin, extensions scoring more than the margin below the best
 * one are dropped too: where the model is sure the beam narrows to one
 * item, at the cost of greedy parsing.
 *
 * States are copied only when an item has more than one surviving
 * extension; an item with exactly one is extended in place. */
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "nlp/parser_model.h"

typedef struct cand {
    int64_t score;
    int item, cls;
} cand;

/* Inserts into the sorted (best first) list of at most k; an equal score
 * goes after the ones already there. */
static inline void insert(cand *c, int *nc, int k, int64_t score, int item, int cls) {
    int i = *nc < k ? (*nc)++ : k - 1;
    while (i > 0 && c[i - 1].score < score) {
        c[i] = c[i - 1];
        i--;
    }
    c[i] = (cand){score, item, cls};
}

/* The least total a new candidate must exceed: the k-th total when the
 * list is full, the best total minus the margin (inclusive) when not empty. */
static inline int64_t floor_of(const cand *c, int nc, int k, int64_t margin) {
    int64_t t = INT64_MIN;
    if (nc) t = c[0].score - margin - 1;
    if (nc == k && c[k - 1].score > t) t = c[k - 1].score;
    return t;
}

/* Offers class scores of one item (valid where pen is 0) over nv vectors.
 * The floor is recomputed only when a candidate has come in. */
static void offer(const int16_t *scores, const int16_t *pen, int nv, int64_t base, int item,
                  cand *c, int *nc, int k, int64_t margin) {
    int64_t fl = floor_of(c, *nc, k, margin);
#if defined(__SSE2__)
    /* a score must exceed t = fl - base; gate 0: every score does */
    int64_t t = fl == INT64_MIN ? INT64_MIN : fl - base;
    if (t >= INT16_MAX) return; /* nothing of this item can enter */
    int gate = t >= INT16_MIN;
    __m128i tv = _mm_set1_epi16((int16_t)(gate ? t : 0));
    for (int v = 0; v < nv; v++) {
        __m128i x = _mm_load_si128((const __m128i *)scores + v);
        __m128i ok = _mm_cmpeq_epi16(_mm_load_si128((const __m128i *)pen + v), _mm_setzero_si128());
        if (gate) ok = _mm_and_si128(ok, _mm_cmpgt_epi16(x, tv));
        unsigned mask = (unsigned)_mm_movemask_epi8(ok) & 0x5555u;
        while (mask) {
            int cls = 8 * v + __builtin_ctz(mask) / 2;
            mask &= mask - 1;
            int64_t sc = base + scores[cls];
            if (sc <= fl) continue;
            insert(c, nc, k, sc, item, cls);
            fl = floor_of(c, *nc, k, margin);
            t = fl == INT64_MIN ? INT64_MIN : fl - base;
            if (t >= INT16_MAX) return;
            gate = t >= INT16_MIN;
            tv = _mm_set1_epi16((int16_t)(gate ? t : 0));
        }
    }
#else
    for (int cls = 0; cls < 8 * nv; cls++) {
        if (pen[cls]) continue;
        int64_t sc = base + scores[cls];
        if (sc > fl) {
            insert(c, nc, k, sc, item, cls);
            fl = floor_of(c, *nc, k, margin);
        }
    }
#endif
}

int parser_parse_beam(const parser *p, size_t n, const char *const *forms,
                      const char *const *upos, const char *const *xpos,
                      const char *const *lemmas, int32_t *heads,
                      const char **deprels, arena *scratch) {
    int k = p->beam;
    /* no margin: every total is within it */
    int64_t margin = p->margin > 0 ? p->margin : INT64_MAX / 4;
    ptoken *tok = arena_alloc(scratch, (n + 2) * sizeof *tok);
    if (!tok) return DYAD_ERR_INTERNAL;
    ptoken_sentinels(&tok[0], &tok[n + 1]);
    for (size_t i = 0; i < n; i++)
        ptoken_make(&tok[i + 1], forms[i], upos ? upos[i] : NULL,
                    xpos ? xpos[i] : NULL, lemmas ? lemmas[i] : NULL);
    /* 2k states: the current items, and room for the copies of the next;
     * item i is the state pool[slot[i]] */
    pstate *pool[2 * PARSER_MAX_BEAM];
    int slot[PARSER_MAX_BEAM], nslot[PARSER_MAX_BEAM];
    int64_t score[PARSER_MAX_BEAM];
    if (!(pool[0] = pstate_new(scratch, (int)n, tok))) return DYAD_ERR_INTERNAL;
    for (int i = 1; i < 2 * k; i++)
        if (!(pool[i] = pstate_new_blank(scratch, (int)n, tok))) return DYAD_ERR_INTERNAL;
    slot[0] = 0;
    score[0] = 0;
    int ncur = 1;
    int16_t scores[PARSER_MAX_CLASSES] __attribute__((aligned(16)));
    memset(scores, 0, sizeof scores);
    cand c[PARSER_MAX_BEAM];
    while (!pstate_done(pool[slot[0]])) {
        int nc = 0;
        for (int i = 0; i < ncur; i++) {
            const pstate *s = pool[slot[i]];
            int lo[3], hi[3];
            int nr = pstate_valid_ranges(s, &p->pc, lo, hi);
            if (nr == 1 && hi[0] - lo[0] == 1) {
                /* a forced transition scores 0, as in training */
                if (score[i] > floor_of(c, nc, k, margin)) insert(c, &nc, k, score[i], i, lo[0]);
                continue;
            }
            int kind = s->b == s->n ? 2 : s->sp >= 2 ? 1 : 0;
            int nv = parser_score_state(p, s, kind, scores);
            offer(scores, p->penalty[kind], nv, score[i], i, c, &nc, k, margin);
        }
        /* the best total may have risen after the last ones came in */
        while (nc > 1 && c[nc - 1].score < c[0].score - margin) nc--;
        /* next beam: an item with one surviving extension is extended in
         * place, one with several is copied first (before any in-place
         * extension changes it) into a slot no surviving item holds */
        int uses[PARSER_MAX_BEAM] = {0}, busy[2 * PARSER_MAX_BEAM] = {0};
        for (int j = 0; j < nc; j++)
            if (uses[c[j].item]++ == 0) busy[slot[c[j].item]] = 1;
        int q = 0;
        for (int j = 0; j < nc; j++) {
            int i = c[j].item;
            if (uses[i] > 1) {
                while (busy[q]) q++;
                busy[q] = 1;
                pstate_copy(pool[q], pool[slot[i]]);
                nslot[j] = q;
                uses[i]--;
            } else {
                nslot[j] = -1;
            }
        }
        for (int j = 0; j < nc; j++) {
            if (nslot[j] < 0) nslot[j] = slot[c[j].item];
            pstate_apply(pool[nslot[j]], p->pc.cls[c[j].cls]);
        }
        for (int j = 0; j < nc; j++) {
            slot[j] = nslot[j];
            score[j] = c[j].score;
        }
        ncur = nc;
    }
    const pstate *s = pool[slot[0]];
    for (size_t i = 0; i < n; i++) {
        int h = s->head[i];
        heads[i] = h == (int)n || h < 0 ? -1 : h;
        deprels[i] = p->labels[s->label[i] >= 0 ? s->label[i] : p->pc.root_label];
    }
    return DYAD_OK;
}
