/* place.c — choosing among same-named places with context. */
#include <math.h>
#include <string.h>

#include "resolve/gazetteer.h"
#include "resolve/placename.h"

/* How much a context country counts against population: a candidate in an
 * actor's country beats one 50 times larger elsewhere (Tripoli, Lebanon
 * with a Lebanese actor over Tripoli, Libya), but not one 100 times larger
 * (Paris, Texas with an American actor does not beat Paris, France). */
#define ACTOR_BONUS 1.7
#define DOCUMENT_BONUS 1.5
/* Regions and provinces from our list over a same-named town. */
#define REGION_BONUS 0.5
/* A place's own name over another place's alternate name: x8 (not x30:
 * "St Petersburg", an alternate name of the Russian city of five million,
 * is no Florida town of 260,000; nor x16: "Geneva", the English name of
 * Geneve's 184,000, is no Illinois town of 21,000 -- 22 dev events placed
 * in Switzerland, not the United States, and one "LIBREVILLE" dateline
 * beside a French actor lost to Saint-Etienne, once called so). */
#define OWN_NAME_BONUS 0.9

static int in_list(const char *cc, const char *const *list, size_t n) {
    if (!cc[0]) return 0;
    for (size_t i = 0; i < n; i++)
        if (list[i] && strcmp(list[i], cc) == 0) return 1;
    return 0;
}

static double score(const gaz_record *r, const dyad_place_context *ctx) {
    double s = log10((double)r->population + 10.0);
    if (r->feature == DYAD_PLACE_REGION || r->feature == DYAD_PLACE_ADMIN1) s += REGION_BONUS;
    if (ctx) {
        if (in_list(r->country, ctx->actor_countries, ctx->n_actor_countries)) s += ACTOR_BONUS;
        else if (in_list(r->country, ctx->document_countries, ctx->n_document_countries))
            s += DOCUMENT_BONUS;
    }
    return s;
}

static void fill(const gaz_view *v, const gaz_record *r, dyad_place *out) {
    out->name = v->strings + r->name;
    memcpy(out->country_code, r->country, 4);
    memcpy(out->country_fips, r->fips, 3);
    out->lat = r->lat;
    out->lon = r->lon;
    out->geonameid = r->geonameid;
    out->feature = r->feature;
    out->admin1 = r->admin1 == GAZ_NO_STRING ? NULL : v->strings + r->admin1;
}

/* The best candidate of one key, or NULL. */
static const gaz_record *choose(const gaz_view *v, const gaz_entry *e, size_t n,
                                const dyad_place_context *ctx) {
    if (n == 0) return NULL;
    /* A country's name means the country (Lebanon, Jordan, Georgia), even
     * where towns elsewhere share it. */
    const gaz_record *first = &v->places[GAZ_PLACE(&e[0])];
    if (first->feature == DYAD_PLACE_COUNTRY) return first;
    const gaz_record *best = NULL;
    double best_s = -1e9;
    for (size_t i = 0; i < n; i++) {
        const gaz_record *r = &v->places[GAZ_PLACE(&e[i])];
        double s = score(r, ctx) + ((e[i].place & GAZ_ALTERNATE) ? 0.0 : OWN_NAME_BONUS);
        if (s > best_s) { best_s = s; best = r; } /* ties: prior order */
    }
    return best;
}

int dyad_resolve_place(const dyad_gazetteer *g, const char *name, size_t len,
                       const dyad_place_context *ctx, dyad_place *out) {
    if (!g || !name) return 0;
    const gaz_view *v = gazetteer_view(g);
    const gaz_entry *e = NULL;
    size_t n = gazetteer_lookup(g, name, len, &e);
    if (n == 0) {
        /* "Idlib province", "the city of Aleppo" -> "Idlib", "Aleppo". */
        size_t stripped = place_strip_generic_suffix(name, len);
        if (stripped < len) n = gazetteer_lookup(g, name, stripped, &e);
    }
    const gaz_record *r = choose(v, e, n, ctx);
    if (!r) return 0;
    memset(out, 0, sizeof *out);
    size_t tl = len < sizeof out->text - 1 ? len : sizeof out->text - 1;
    memcpy(out->text, name, tl);
    out->text[tl] = '\0';
    fill(v, r, out);
    out->first_token = out->last_token = -1;
    return 1;
}
