/* test.h — the unit-test harness.
 *
 *   TEST(name) { CHECK(x == 1); CHECK_STR(got, "want"); }
 *
 * Tests register themselves at start-up, so adding a test is adding a
 * function.  Each prints one line: "ok NAME", "FAIL NAME: file:line: what"
 * or "skip NAME: why"; tests/run.sh counts them. */
#ifndef DYAD_TEST_H
#define DYAD_TEST_H

#include <stdio.h>
#include <string.h>

typedef void (*test_fn)(void);
void test_register(const char *name, test_fn fn);
void test_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void test_skip(const char *why);
/* The ../shared directory, or NULL (after printing a skip) when absent. */
const char *test_shared_dir(void);
/* Path to a file under ../shared (static buffer), or NULL when absent. */
const char *test_shared_path(const char *relative);
int test_failed_now(void);

#define TEST(name)                                                        \
    static void test_##name(void);                                        \
    __attribute__((constructor)) static void register_##name(void) {      \
        test_register(#name, test_##name);                                \
    }                                                                     \
    static void test_##name(void)

#define CHECK(cond)                                                       \
    do {                                                                  \
        if (!(cond)) { test_fail(__FILE__, __LINE__, "%s", #cond); return; } \
    } while (0)

#define CHECK_INT(got, want)                                              \
    do {                                                                  \
        long long g_ = (long long)(got), w_ = (long long)(want);          \
        if (g_ != w_) {                                                   \
            test_fail(__FILE__, __LINE__, "%s = %lld, want %lld", #got, g_, w_); \
            return;                                                       \
        }                                                                 \
    } while (0)

#define CHECK_STR(got, want)                                              \
    do {                                                                  \
        const char *g_ = (got), *w_ = (want);                             \
        if (!g_ || strcmp(g_, w_) != 0) {                                 \
            test_fail(__FILE__, __LINE__, "%s = \"%s\", want \"%s\"", #got, \
                      g_ ? g_ : "(null)", w_);                            \
            return;                                                       \
        }                                                                 \
    } while (0)

#define SKIP(why) do { test_skip(why); return; } while (0)

#endif
