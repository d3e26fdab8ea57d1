/* fuzz_dateline — arbitrary bytes as the start of a story.
 *
 * Checks that the dateline finder never reads outside the text (ASan),
 * returns only real days, resolves year-less datelines to a day not after
 * the reference, and that the ISO parser agrees with date_valid(). */
#include <stdint.h>
#include <stdlib.h>

#include "dyad.h"
#include "io/date.h"

static void check(int ok) {
    if (!ok) abort();
}

static long day_number(const dyad_date *d) { return (long)d->year * 400 + d->month * 32 + d->day; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    dyad_date ref = {2017, 11, 12}, got, with_ref;
    int a = dyad_dateline_find(s, size, NULL, &got);
    if (a) check(date_valid(got.year, got.month, got.day));
    int b = dyad_dateline_find(s, size, &ref, &with_ref);
    if (b) check(date_valid(with_ref.year, with_ref.month, with_ref.day));
    /* A reference can only add datelines (those without a year), never
     * change one that has its own year. */
    if (a) check(b && day_number(&got) == day_number(&with_ref));
    if (b && !a) check(day_number(&with_ref) <= day_number(&ref));
    dyad_date iso;
    if (dyad_date_parse_iso(s, size, &iso)) {
        check(size == 10 && date_valid(iso.year, iso.month, iso.day));
    }
    return 0;
}
