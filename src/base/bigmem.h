/* bigmem.h — allocations of tens of megabytes read at random (model
 * weights and hash tables).
 *
 * With 4 KiB pages nearly every random read of a 50 MB table also misses
 * the TLB and walks the page tables; on Linux, memory aligned to 2 MiB and
 * marked MADV_HUGEPAGE can be backed by 2 MiB pages instead (the default
 * transparent-huge-page setting, "madvise", does so only when asked).
 * Elsewhere, or when the advice is refused, it is ordinary memory.
 * Release with free(). */
#ifndef DYAD_BIGMEM_H
#define DYAD_BIGMEM_H

#include <stddef.h>

/* Like malloc(size); NULL when out of memory. */
void *big_alloc(size_t size);

#endif
