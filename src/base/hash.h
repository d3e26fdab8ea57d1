/* hash.h — fast non-cryptographic hashing for feature and string tables. */
#ifndef DYAD_HASH_H
#define DYAD_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* 64-bit FNV-1a variant mixed at the end; stable across platforms, so model
 * files built on one machine work on every other. */
static inline uint64_t hash_bytes(const void *p, size_t n, uint64_t seed) {
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL ^ seed;
    _Pragma("GCC unroll 4") for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* hash_bytes(s, strlen(s), seed) in one pass, without strlen: the
 * strings hashed this way (tags, words) are short. */
static inline uint64_t hash_str(const char *s, uint64_t seed) {
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = 1469598103934665603ULL ^ seed;
    for (; *p; p++) {
        h ^= *p;
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static inline uint64_t hash_mix(uint64_t a, uint64_t b) {
    uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    return h;
}

#endif
