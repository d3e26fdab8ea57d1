/* gazetteer.h — the binary gazetteer file, shared by its builder
 * (train/build_gazetteer.c) and the loader.
 *
 * Container: nlp/model_file.h, kind "GAZT", version GAZ_VERSION.  Payload
 * (little-endian; arrays 4-aligned so they are used in place, no parsing):
 *
 *   u32 n_places, n_entries, bucket_bits, strings_size
 *   gaz_record places[n_places]
 *   u32 buckets[(1 << bucket_bits) + 1]   entry offsets, by top hash bits
 *   gaz_entry entries[n_entries]          sorted by key hash, then by prior
 *   char strings[strings_size]            NUL-terminated names, admin1 codes
 *
 * A lookup hashes the name's key (placename.h), reads the bucket of its top
 * bits and compares the low 32 bits of the hash in the few entries there:
 * no scanning, no string compares (a 64-bit hash over ~1M keys collides
 * with probability ~1e-7).  Candidates of one key come in prior order:
 * country, then region/admin1, then city by population. */
#ifndef DYAD_GAZETTEER_H
#define DYAD_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "nlp/model_file.h"

#define GAZ_KIND MODEL_KIND('G', 'A', 'Z', 'T')
#define GAZ_VERSION 3 /* 3: fips; 2 had padding there */
#define GAZ_NO_STRING 0xFFFFFFFFu

typedef struct gaz_record {
    int32_t geonameid;
    float lat, lon;
    uint32_t population;
    uint32_t name;        /* offset into strings */
    uint32_t admin1;      /* offset into strings, or GAZ_NO_STRING */
    char country[4];      /* ISO alpha-3, NUL-terminated; "" when none */
    uint8_t feature;      /* enum dyad_place_feature */
    char fips[3];         /* FIPS 10-4 country code (GDELT's), "" when none */
} gaz_record;

typedef struct gaz_entry {
    uint32_t hash_lo;     /* low 32 bits of the key hash */
    uint32_t place;       /* index into places | GAZ_ALTERNATE */
} gaz_entry;

/* Set in gaz_entry.place when the key comes only from one of the place's
 * alternate names ("Halab" for Aleppo), not its own name: a town called
 * Jalalabad beats a city once also called so. */
#define GAZ_ALTERNATE 0x80000000u
#define GAZ_PLACE(e) ((e)->place & ~GAZ_ALTERNATE)

_Static_assert(sizeof(gaz_record) == 32, "gaz_record layout");
_Static_assert(sizeof(gaz_entry) == 8, "gaz_entry layout");

/* The loaded file's arrays, for the resolver and tests. */
typedef struct gaz_view {
    const gaz_record *places;
    uint32_t n_places;
    const uint32_t *buckets;
    uint32_t bucket_bits;
    const gaz_entry *entries;
    uint32_t n_entries;
    const char *strings;
    uint32_t strings_size;
} gaz_view;

const gaz_view *gazetteer_view(const dyad_gazetteer *g);

/* The candidates stored under the key of name[0..len): *first is set to the
 * first entry and the count returned (0 when none).  Entries of one key are
 * contiguous and in prior order. */
size_t gazetteer_lookup(const dyad_gazetteer *g, const char *name, size_t len,
                        const gaz_entry **first);

/* Lookup by precomputed key hash. */
size_t gazetteer_lookup_hash(const dyad_gazetteer *g, uint64_t hash,
                             const gaz_entry **first);

/* Feature rank used for the prior: country > region/admin1 > city. */
static inline int gaz_feature_rank(int feature) {
    switch (feature) {
    case DYAD_PLACE_COUNTRY: return 3;
    case DYAD_PLACE_ADMIN1:
    case DYAD_PLACE_REGION: return 2;
    case DYAD_PLACE_CITY: return 1;
    default: return 0;
    }
}

#endif
