/* parser_oracle.c — what training needs beyond parsing: the dynamic oracle
 * of arc-hybrid (Goldberg & Nivre 2013) and projectivisation.
 *
 * The cost of a transition is the number of gold arcs it makes unreachable
 * (plus one when it builds a gold arc with the wrong label).  It is exact
 * for projective gold trees, so training trees are projectivised first. */
#include "nlp/parser_internal.h"

void parser_costs(const pstate *s, const pclasses *pc, const int *gh,
                  const int *gl, const int lo[3], const int hi[3], int nr,
                  int *cost) {
    int n = s->n, b = s->b;
    int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
    int s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
    /* children of s0 still in the buffer (they would lose their head) */
    int kids_b = 0;
    if (s0 >= 0)
        for (int d = b; d < n; d++) kids_b += gh[d] == s0;
    int h0 = s0 >= 0 ? gh[s0] : -2;
    int h0_in_buffer = s0 >= 0 && h0 >= b; /* the root (n) is in the buffer too */
    int shift_cost = 0;
    if (b < n) {
        for (int i = 0; i < s->sp; i++) {
            int d = s->stack[i];
            shift_cost += gh[d] == b;
            if (i < s->sp - 1 && gh[b] == d) shift_cost++;
        }
    }
    int left_arc = kids_b + ((h0 == s1 && s1 >= 0) || (h0_in_buffer && h0 != b));
    int right_arc = kids_b + h0_in_buffer;
    for (int r = 0; r < nr; r++) {
        for (int c = lo[r]; c < hi[r]; c++) {
            pclass k = pc->cls[c];
            if (k.type == T_SHIFT) cost[c] = shift_cost;
            else if (k.type == T_LEFT) cost[c] = left_arc + (h0 == b && gl[s0] != k.label);
            else cost[c] = right_arc + (h0 == s1 && gl[s0] != k.label);
        }
    }
}

/* 1 when every word strictly between h and d descends from h. */
static int arc_projective(int n, const int *head, int h, int d) {
    int lo = h < d ? h : d, hi = h < d ? d : h;
    for (int k = lo + 1; k < hi; k++) {
        int a = k, steps = 0;
        while (a != h && a < n && a >= 0 && steps++ <= n) a = head[a];
        if (a != h) return 0;
    }
    return 1;
}

int parser_projectivize(int n, int *head) {
    int lifts = 0;
    for (;;) {
        /* lift the shortest non-projective arc first (Nivre & Nilsson 2005) */
        int best = -1, best_len = 0;
        for (int d = 0; d < n; d++) {
            int h = head[d];
            if (h < 0 || h >= n) continue; /* arcs from the root are projective */
            int len = h > d ? h - d : d - h;
            if (best >= 0 && len >= best_len) continue;
            if (!arc_projective(n, head, h, d)) { best = d; best_len = len; }
        }
        if (best < 0 || lifts > 4 * n) return lifts;
        head[best] = head[head[best]];
        lifts++;
    }
}
