/* parser_state.c — the arc-hybrid state and its transitions. */
#include <string.h>

#include "nlp/parser_internal.h"

/* Every array of a state lives in one block (the label sets first, for
 * their alignment), so that beam search copies a state with one memcpy. */
static size_t block_bytes(int n) {
    return 2 * (size_t)(n + 2) * sizeof(uint64_t) + (8 * (size_t)(n + 2) + (size_t)(n + 1)) * sizeof(int);
}

static pstate *alloc_state(arena *a, int n, const ptoken *tok) {
    pstate *s = arena_alloc(a, sizeof *s);
    if (!s) return NULL;
    s->n = n;
    s->b = 0;
    s->sp = 0;
    s->tok = tok + 1;
    s->mem_bytes = block_bytes(n);
    s->mem = arena_alloc(a, s->mem_bytes);
    if (!s->mem) return NULL;
    return s;
}

pstate *pstate_new_blank(arena *a, int n, const ptoken *tok) {
    pstate *s = alloc_state(a, n, tok);
    if (!s) return NULL;
    uint64_t *u = s->mem;
    s->lset = u + 1;
    s->rset = u + (n + 2) + 1;
    int *p = (int *)(u + 2 * (n + 2));
    int **arrays[8] = {&s->head, &s->label, &s->l1, &s->l2, &s->r1, &s->r2, &s->nl, &s->nr};
    for (int k = 0; k < 8; k++) *arrays[k] = p + 1 + k * (n + 2);
    s->stack = p + 8 * (n + 2);
    return s;
}

pstate *pstate_new(arena *a, int n, const ptoken *tok) {
    pstate *s = pstate_new_blank(a, n, tok);
    if (!s) return NULL;
    /* index -1 of each per-word array is valid: one slot in front; the
     * label sets start empty (arena memory is zeroed), heads, labels and
     * children at -1, child counts at 0 */
    for (int i = -1; i <= n; i++)
        s->head[i] = s->label[i] = s->l1[i] = s->l2[i] = s->r1[i] = s->r2[i] = -1;
    return s;
}

void pstate_copy(pstate *dst, const pstate *src) {
    memcpy(dst->mem, src->mem, src->mem_bytes);
    dst->sp = src->sp;
    dst->b = src->b;
}

static void add_arc(pstate *s, int h, int d, int l) {
    s->head[d] = h;
    s->label[d] = l;
    if (d < h) {
        s->nl[h]++;
        s->lset[h] |= 1ULL << (l & 63);
        if (s->l1[h] < 0 || d < s->l1[h]) {
            s->l2[h] = s->l1[h];
            s->l1[h] = d;
        } else if (s->l2[h] < 0 || d < s->l2[h]) {
            s->l2[h] = d;
        }
    } else {
        s->nr[h]++;
        s->rset[h] |= 1ULL << (l & 63);
        if (s->r1[h] < 0 || d > s->r1[h]) {
            s->r2[h] = s->r1[h];
            s->r1[h] = d;
        } else if (s->r2[h] < 0 || d > s->r2[h]) {
            s->r2[h] = d;
        }
    }
}

void pstate_apply(pstate *s, pclass c) {
    switch (c.type) {
    case T_SHIFT:
        s->stack[s->sp++] = s->b++;
        break;
    case T_LEFT: {
        int d = s->stack[--s->sp];
        add_arc(s, s->b, d, c.label);
        break;
    }
    default: {
        int d = s->stack[--s->sp];
        add_arc(s, s->stack[s->sp - 1], d, c.label);
        break;
    }
    }
}

int pstate_valid_ranges(const pstate *s, const pclasses *pc, int lo[3], int hi[3]) {
    if (s->b == s->n) {
        if (s->sp == 1) { lo[0] = 1; hi[0] = 2; return 1; }
        if (s->sp >= 2) { lo[0] = pc->right_begin; hi[0] = pc->n_classes; return 1; }
        return 0;
    }
    lo[0] = 0; hi[0] = 1;
    if (s->sp == 0) return 1;
    lo[1] = 2;
    hi[1] = s->sp >= 2 ? pc->n_classes : pc->right_begin;
    return 2;
}
