/* reader_speed — reads documents and reports throughput.
 *
 *   reader_speed FILE [ROUNDS]
 *
 * Reads FILE ROUNDS times (default 5) through dyad_reader and prints the
 * median MB/s over the input bytes, so that reading can be compared with the
 * stages after it. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "dyad.h"

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: reader_speed FILE [ROUNDS]\n");
        return 1;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 5;
    if (rounds < 1 || rounds > 101) rounds = 5;
    struct stat st;
    if (stat(argv[1], &st)) {
        perror(argv[1]);
        return 1;
    }
    double secs[101];
    size_t docs = 0, text_bytes = 0;
    for (int k = 0; k < rounds; k++) {
        dyad_error err = {0};
        double t0 = now();
        dyad_reader *r = dyad_reader_open(argv[1], NULL, &err);
        if (!r) {
            fprintf(stderr, "%s\n", err.message);
            return 1;
        }
        dyad_document doc;
        int got;
        docs = text_bytes = 0;
        while ((got = dyad_reader_next(r, &doc, &err)) != DYAD_READ_END) {
            if (got == DYAD_READ_FAILED) {
                fprintf(stderr, "%s\n", err.message);
                return 1;
            }
            if (got == DYAD_READ_DOCUMENT) docs++, text_bytes += doc.text_len;
        }
        dyad_reader_close(r);
        secs[k] = now() - t0;
    }
    qsort(secs, (size_t)rounds, sizeof secs[0], by_value);
    double s = secs[rounds / 2];
    printf("%zu documents, %.1f MB in %.3f s: %.0f MB/s, %.0f documents/s\n", docs,
           st.st_size / 1e6, s, st.st_size / 1e6 / s, docs / s);
    return 0;
}
