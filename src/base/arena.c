#include "base/arena.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_MIN_BLOCK (64 * 1024)
#define ARENA_ALIGN 16

struct arena_block {
    arena_block *next;
    size_t size;
    _Alignas(ARENA_ALIGN) unsigned char data[];
};

void arena_init(arena *a) { memset(a, 0, sizeof *a); }

static size_t round_up(size_t n) { return (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1); }

/* The allocation itself; the caller zeroes (arena_alloc) or overwrites
 * (arena_strndup: every byte is copied in, zeroing first was wasted). */
static void *alloc_raw(arena *a, size_t size) {
    size = round_up(size ? size : 1);
    while (a->current) {
        if (a->current->size - a->used >= size) {
            void *p = a->current->data + a->used;
            a->used += size;
            return p;
        }
        /* Move on to a kept block if one follows; otherwise grow the chain. */
        if (!a->current->next) break;
        a->current = a->current->next;
        a->used = 0;
    }
    size_t block = size > ARENA_MIN_BLOCK ? size : ARENA_MIN_BLOCK;
    if (a->current && a->current->size * 2 > block && a->current->size < (64u << 20))
        block = a->current->size * 2 > size ? a->current->size * 2 : size;
    arena_block *b = malloc(sizeof *b + block);
    if (!b) return NULL;
    b->next = NULL;
    b->size = block;
    if (a->current) a->current->next = b;
    else a->first = b;
    a->current = b;
    a->used = size;
    return b->data;
}

void *arena_alloc(arena *a, size_t size) {
    void *p = alloc_raw(a, size);
    if (p) memset(p, 0, round_up(size ? size : 1)); /* as before: the padding too */
    return p;
}

void *arena_alloc_uninit(arena *a, size_t size) { return alloc_raw(a, size); }

char *arena_strndup(arena *a, const char *s, size_t len) {
    char *p = alloc_raw(a, len + 1);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arena_reset(arena *a) {
    a->current = a->first;
    a->used = 0;
}

void arena_free(arena *a) {
    arena_block *b = a->first;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    arena_init(a);
}
