/* parser_state.c — the arc-hybrid state and its transitions. */
#include <string.h>

#include "nlp/parser_internal.h"

/* n + 2 ints with index -1 valid, every slot set to v. */
static int *int_array(arena *a, int n, int v) {
    int *p = arena_alloc(a, (size_t)(n + 2) * sizeof *p);
    if (!p) return NULL;
    for (int i = 0; i < n + 2; i++) p[i] = v;
    return p + 1;
}

pstate *pstate_new(arena *a, int n, const ptoken *tok) {
    pstate *s = arena_alloc(a, sizeof *s);
    if (!s) return NULL;
    s->n = n;
    s->b = 0;
    s->sp = 0;
    s->tok = tok + 1;
    s->stack = arena_alloc(a, (size_t)(n + 1) * sizeof *s->stack);
    s->head = int_array(a, n, -1);
    s->label = int_array(a, n, -1);
    s->l1 = int_array(a, n, -1);
    s->l2 = int_array(a, n, -1);
    s->r1 = int_array(a, n, -1);
    s->r2 = int_array(a, n, -1);
    s->nl = int_array(a, n, 0);
    s->nr = int_array(a, n, 0);
    uint64_t *ls = arena_alloc(a, (size_t)(n + 2) * sizeof *ls);
    uint64_t *rs = arena_alloc(a, (size_t)(n + 2) * sizeof *rs);
    if (!s->stack || !s->head || !s->label || !s->l1 || !s->l2 || !s->r1 ||
        !s->r2 || !s->nl || !s->nr || !ls || !rs)
        return NULL;
    s->lset = ls + 1; /* arena memory is zeroed */
    s->rset = rs + 1;
    return s;
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
