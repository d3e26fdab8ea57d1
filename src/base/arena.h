/* arena.h — bump allocation for per-document data.
 *
 * Everything one document needs lives in one arena and is released at once
 * with arena_reset(), so the pipeline never frees piecemeal and never leaks
 * between documents.  Blocks are kept across resets: a stream of documents
 * reaches a steady state with no further calls to malloc. */
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *first;   /* chain of blocks, oldest first */
    arena_block *current; /* block being filled */
    size_t used;          /* bytes used in current */
} arena;

void arena_init(arena *a);
/* Returns zeroed memory aligned for any type; NULL only when out of memory. */
void *arena_alloc(arena *a, size_t size);
/* The same, not zeroed: for buffers the caller writes whole before reading
 * (zeroing a document-sized buffer costs as much as filling it). */
void *arena_alloc_uninit(arena *a, size_t size);
/* Copies len bytes and appends a NUL. */
char *arena_strndup(arena *a, const char *s, size_t len);
/* Forgets every allocation but keeps the blocks for reuse. */
void arena_reset(arena *a);
void arena_free(arena *a);

#endif
