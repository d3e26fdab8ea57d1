/* bench_segment.c — segmentation speed (split + tokenize) on news text.
 *
 * usage: bench_segment ARTICLE [MB] [RUNS]
 * The article is repeated into documents of about its own size until MB
 * megabytes (default 50) are reached; each run segments every document
 * with one reused dyad_analysis (as `dyad code` does) and the median MB/s
 * over RUNS runs (default 5) is printed, by wall clock and by CPU time (the
 * second is the one-core figure on a machine shared with other jobs). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad.h"

static double clock_s(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: bench_segment ARTICLE [MB] [RUNS]\n");
        return 1;
    }
    double mb = argc > 2 ? atof(argv[2]) : 50.0;
    int runs = argc > 3 ? atoi(argv[3]) : 5;
    if (runs < 1 || runs > 100) runs = 5;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "bench_segment: cannot open %s\n", argv[1]);
        return 1;
    }
    static char article[1 << 20];
    size_t alen = fread(article, 1, sizeof article, f);
    fclose(f);
    if (alen == 0) return 1;
    /* One big buffer of back-to-back copies; documents are slices of it. */
    size_t total = (size_t)(mb * 1e6);
    size_t n_docs = (total + alen - 1) / alen;
    char *text = malloc(n_docs * alen);
    if (!text) return 1;
    for (size_t i = 0; i < n_docs; i++) memcpy(text + i * alen, article, alen);
    dyad_analysis *a = dyad_analysis_new();
    dyad_error err;
    double rates[100], cpu_rates[100];
    size_t sentences = 0, tokens = 0;
    for (int r = 0; r < runs; r++) {
        sentences = tokens = 0;
        double t0 = clock_s(CLOCK_MONOTONIC), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
        for (size_t i = 0; i < n_docs; i++) {
            if (dyad_segment(a, text + i * alen, alen, &err)) {
                fprintf(stderr, "bench_segment: %s\n", err.message);
                return 2;
            }
            sentences += dyad_sentence_count(a);
            tokens += dyad_token_count(a);
        }
        double dt = clock_s(CLOCK_MONOTONIC) - t0, dc = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
        rates[r] = (double)(n_docs * alen) / 1e6 / dt;
        cpu_rates[r] = (double)(n_docs * alen) / 1e6 / dc;
    }
    qsort(rates, (size_t)runs, sizeof rates[0], by_value);
    qsort(cpu_rates, (size_t)runs, sizeof cpu_rates[0], by_value);
    printf("segment (split + tokenize): %.1f MB/s of CPU time, %.1f MB/s wall clock, medians of %d runs "
           "(%.0f MB in %zu documents; %zu sentences, %zu tokens per run)\n",
           cpu_rates[runs / 2], rates[runs / 2], runs, (double)(n_docs * alen) / 1e6, n_docs,
           sentences, tokens);
    dyad_analysis_free(a);
    free(text);
    return 0;
}
