/* The unit-test runner: runs every registered test, or those whose name
 * contains argv[1]. */
#include <stdarg.h>
#include <stdlib.h>

#include "test.h"

#define MAX_TESTS 2048

static struct { const char *name; test_fn fn; } tests[MAX_TESTS];
static int n_tests;
/* State of the test being run; the runner is single-threaded. */
static int current_failed, current_skipped;
static const char *current_name;

void test_register(const char *name, test_fn fn) {
    if (n_tests == MAX_TESTS) { fprintf(stderr, "too many tests\n"); exit(2); }
    tests[n_tests].name = name;
    tests[n_tests].fn = fn;
    n_tests++;
}

void test_fail(const char *file, int line, const char *fmt, ...) {
    if (current_failed) return;
    current_failed = 1;
    printf("FAIL %s: %s:%d: ", current_name, file, line);
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

int test_failed_now(void) { return current_failed; }

void test_skip(const char *why) {
    current_skipped = 1;
    printf("skip %s: %s\n", current_name, why);
}

const char *test_shared_dir(void) {
    const char *d = getenv("SHARED");
    if (!d || !*d) d = "../shared";
    static char probe[4096];
    snprintf(probe, sizeof probe, "%s/data", d);
    FILE *f = fopen(probe, "r");
    if (!f) return NULL;
    fclose(f);
    return d;
}

const char *test_shared_path(const char *relative) {
    const char *d = test_shared_dir();
    if (!d) {
        test_skip("../shared is not present");
        return NULL;
    }
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s", d, relative);
    return path;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(int argc, char **argv) {
    /* Sort for a stable order whatever the link order. */
    qsort(tests, (size_t)n_tests, sizeof tests[0], by_name);
    int passed = 0, failed = 0, skipped = 0;
    for (int i = 0; i < n_tests; i++) {
        if (argc > 1 && !strstr(tests[i].name, argv[1])) continue;
        current_name = tests[i].name;
        current_failed = current_skipped = 0;
        tests[i].fn();
        if (current_failed) failed++;
        else if (current_skipped) skipped++;
        else { passed++; printf("ok %s\n", current_name); }
        fflush(stdout);
    }
    printf("unit: %d passed, %d failed, %d skipped\n", passed, failed, skipped);
    return failed ? 1 : 0;
}
