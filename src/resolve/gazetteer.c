/* gazetteer.c — loading the binary gazetteer and looking names up. */
#include "resolve/gazetteer.h"

#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "nlp/model_file.h"
#include "resolve/placename.h"

struct dyad_gazetteer {
    model_blob blob;
    gaz_view v;
};

static int host_is_little_endian(void) {
    const uint16_t one = 1;
    return *(const unsigned char *)&one == 1;
}

dyad_gazetteer *dyad_gazetteer_load(const char *path, dyad_error *err) {
    char def[4096];
    if (!path) {
        const char *dir = dyad_default_data_dir(); /* as the models and dictionaries */
        snprintf(def, sizeof def, "%s/geo/gazetteer.bin", dir);
        path = def;
    }
    if (!host_is_little_endian()) {
        set_error(err, DYAD_ERR_INTERNAL, "%s: the gazetteer is read in place and needs a little-endian machine", path);
        return NULL;
    }
    dyad_gazetteer *g = calloc(1, sizeof *g);
    if (!g) { set_error(err, DYAD_ERR_INTERNAL, "out of memory"); return NULL; }
    if (model_blob_load(path, GAZ_KIND, GAZ_VERSION, &g->blob, err) != 0) {
        free(g);
        return NULL;
    }
    model_cursor c;
    model_cursor_init(&c, &g->blob);
    gaz_view *v = &g->v;
    v->n_places = model_read_u32(&c);
    v->n_entries = model_read_u32(&c);
    v->bucket_bits = model_read_u32(&c);
    v->strings_size = model_read_u32(&c);
    if (c.failed || v->bucket_bits > 28) goto bad;
    v->places = model_read_bytes(&c, (size_t)v->n_places * sizeof(gaz_record), 4);
    size_t nb = ((size_t)1 << v->bucket_bits) + 1;
    v->buckets = model_read_bytes(&c, nb * 4, 4);
    v->entries = model_read_bytes(&c, (size_t)v->n_entries * sizeof(gaz_entry), 4);
    v->strings = model_read_bytes(&c, v->strings_size, 1);
    if (c.failed || !v->places || !v->buckets || !v->entries || !v->strings) goto bad;
    if (c.p != c.end) goto bad;
    /* Validate every index once so lookups need no checks. */
    if (v->strings_size == 0 || v->strings[v->strings_size - 1] != '\0') goto bad;
    if (v->buckets[0] != 0 || v->buckets[nb - 1] != v->n_entries) goto bad;
    for (size_t b = 1; b < nb; b++)
        if (v->buckets[b] < v->buckets[b - 1]) goto bad;
    for (uint32_t i = 0; i < v->n_entries; i++)
        if (GAZ_PLACE(&v->entries[i]) >= v->n_places) goto bad;
    for (uint32_t i = 0; i < v->n_places; i++) {
        const gaz_record *r = &v->places[i];
        if (r->name >= v->strings_size) goto bad;
        if (r->admin1 != GAZ_NO_STRING && r->admin1 >= v->strings_size) goto bad;
        if (r->country[3] != '\0' || r->fips[2] != '\0') goto bad;
        if (r->feature < DYAD_PLACE_COUNTRY || r->feature > DYAD_PLACE_CITY) goto bad;
    }
    return g;
bad:
    set_error(err, DYAD_ERR_INPUT, "%s: corrupted gazetteer (inconsistent tables)", path);
    model_blob_free(&g->blob);
    free(g);
    return NULL;
}

void dyad_gazetteer_free(dyad_gazetteer *g) {
    if (!g) return;
    model_blob_free(&g->blob);
    free(g);
}

size_t dyad_gazetteer_place_count(const dyad_gazetteer *g) { return g ? g->v.n_places : 0; }

const gaz_view *gazetteer_view(const dyad_gazetteer *g) { return &g->v; }

size_t gazetteer_lookup_hash(const dyad_gazetteer *g, uint64_t hash, const gaz_entry **first) {
    const gaz_view *v = &g->v;
    uint64_t b = v->bucket_bits ? hash >> (64 - v->bucket_bits) : 0;
    uint32_t lo = (uint32_t)hash;
    uint32_t i = v->buckets[b], end = v->buckets[b + 1];
    while (i < end && v->entries[i].hash_lo != lo) i++;
    if (i == end) return 0;
    uint32_t j = i;
    while (j < end && v->entries[j].hash_lo == lo) j++;
    *first = &v->entries[i];
    return j - i;
}

size_t gazetteer_lookup(const dyad_gazetteer *g, const char *name, size_t len,
                        const gaz_entry **first) {
    char key[PLACE_KEY_MAX];
    size_t kl = place_key(name, len, key);
    if (kl == 0) return 0;
    return gazetteer_lookup_hash(g, place_key_hash(key, kl), first);
}

const char *dyad_place_feature_name(int feature) {
    switch (feature) {
    case DYAD_PLACE_COUNTRY: return "country";
    case DYAD_PLACE_ADMIN1: return "admin1";
    case DYAD_PLACE_REGION: return "region";
    case DYAD_PLACE_CITY: return "city";
    default: return NULL;
    }
}
