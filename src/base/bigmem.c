/* bigmem.c — big_alloc: see bigmem.h. */
#include "base/bigmem.h"

#include <stdlib.h>
#include <sys/mman.h>

#define HUGE_PAGE ((size_t)2 << 20)

void *big_alloc(size_t size) {
    if (size < 2 * HUGE_PAGE) return malloc(size ? size : 1);
#if defined(MADV_HUGEPAGE)
    size_t whole = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    void *p = NULL;
    if (posix_memalign(&p, HUGE_PAGE, whole) != 0) return NULL;
    (void)madvise(p, whole, MADV_HUGEPAGE); /* advice only: refused, the memory still works */
    return p;
#else
    return malloc(size);
#endif
}
