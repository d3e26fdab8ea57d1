/* location.c — where did the event happen?
 *
 * Only syntax makes a name a location: a proper noun introduced by a
 * locative preposition ("in Syria", "near Damascus", "outside Kabul",
 * "at Hmeimim", "north of Baghdad"), directly or through nouns that are
 * themselves located ("at the APEC summit in Vietnam", "in the town of
 * al-Bukamal", "in Syria's Idlib province", "the takeover of al-Bukamal").
 * "Jordan said", "talks with Georgia" or "Washington's plan" are actors or
 * possessors, never places.  Search order: the verb's clause, the rest of
 * the sentence, the dateline; never other sentences. */
#include <stdio.h>
#include <string.h>

#include "resolve/placename.h"
#include "resolve/tree.h"
#include "base/ascii.h"

static const char *const locative_case[] = { "in", "near", "outside", "at", "around", "across",
                                             "inside", "throughout", "within", "nearby", NULL };
static const char *const directions[] = { "north", "south", "east", "west", "northeast",
                                          "northwest", "southeast", "southwest", "outskirts",
                                          "edge", "vicinity", "suburbs", "heart", "centre",
                                          "center", "border", "parts", "part", NULL };
/* Nouns that name a kind of place: "the town of X", "X province". */
static const char *const place_nouns[] = { "town", "city", "village", "province", "region",
                                           "district", "governorate", "capital", "area", "county",
                                           "state", "neighbourhood", "neighborhood", "suburb",
                                           "port", "countryside", "enclave", "camp", "oblast",
                                           "valley", "strip", "peninsula", NULL };
/* Event nouns whose "of"-object is where they happened. */
static const char *const event_nouns[] = { "takeover", "capture", "recapture", "siege", "fall",
                                           "bombing", "shelling", "liberation", "battle",
                                           "invasion", "occupation", "attack", "assault",
                                           "offensive", "bombardment", "blockade", "evacuation",
                                           "encirclement", "storming", "seizure", NULL };
/* "in August", "on Monday": proper nouns that are times, whatever towns
 * share their names. */
static const char *const calendar_words[] = { "January", "February", "March", "April", "May",
                                              "June", "July", "August", "September", "October",
                                              "November", "December", "Monday", "Tuesday",
                                              "Wednesday", "Thursday", "Friday", "Saturday",
                                              "Sunday", "Christmas", "Easter", "Ramadan", NULL };
/* Proper nouns that follow "in"/"at" without being places, though some
 * town somewhere bears the name or has it as an alternate name. */
static const char *const not_places[] = { "God", "Jesus", "Christ", "Allah", "Heaven", "Hell",
                                          "Congress", "Parliament", "Senate", "Court", "Church",
                                          "University", "College", "School", "Army", "Navy",
                                          "Marines", "English", "Arabic", "French", "German",
                                          "Spanish", "Russian", "Chinese", "Internet", "Google",
                                          "Facebook", "Twitter", "YouTube", "Village", "Circle",
                                          "Bay", "Valley", "Center", "Centre", "Office", NULL };
static const char *const direction_adjectives[] = { "northern", "southern", "eastern", "western",
                                                    "northeastern", "northwestern", "southeastern",
                                                    "southwestern", "central", NULL };

static int word_in_list(const dyad_token *t, const char *const *list) {
    return tree_word_in(t, list);
}

/* "Latin America", "South America", "Central America": a region, no
 * place in the gazetteer's sense (and not the United States, which is all
 * "America" alone resolves to). */
static int american_region(const dyad_token *toks, int a) {
    static const char *const america[] = {"America", "Americas", NULL};
    static const char *const parts[] = {"Latin", "Central", "South", "North", NULL};
    return a > 0 && word_in_list(&toks[a], america) && word_in_list(&toks[a - 1], parts);
}

/* A capitalised proper noun (lowercase "woodrow" in chat text is not
 * trusted), or a token the name tagger marked as a place. */
static int is_propn(const dyad_token *t) {
    if (t->entity == DYAD_ENTITY_PLACE) return 1;
    if (!t->upos || !str_eq(t->upos, "PROPN") || !t->form) return 0;
    const char *f = t->form;
    /* "al-Bukamal", "ad-Dana": a lowercase article before the name. */
    const char *dash = strchr(f, '-');
    if (dash && dash - f >= 2 && dash - f <= 3 && f[0] >= 'a' && f[0] <= 'z') f = dash + 1;
    unsigned char c = (unsigned char)f[0];
    if ((c >= 'A' && c <= 'Z') || c >= 0x80) return 1;
    /* "al - Bukamal" split by the tokenizer: the article is a token of its own */
    static const char *const articles[] = { "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", NULL };
    for (const char *const *a = articles; *a; a++)
        if (str_eq(f, *a)) return 1;
    return 0;
}

static int has_case(const tree_index *ix, const dyad_token *toks, int a, const char *const *words) {
    return tree_index_child(ix, toks, a, "case", words) >= 0;
}

/* 1 when token a (a noun) sits in a locative position: its own locative
 * preposition, or "of"/possessive under a located place noun, direction
 * word or event noun, or an nmod under such a position. */
static int locative_position(const tree_index *ix, const dyad_token *toks, size_t n, int a,
                             int depth) {
    if (depth > 6 || a < 0 || (size_t)a >= n) return 0;
    if (has_case(ix, toks, a, locative_case)) return 1;
    int h = toks[a].head;
    if (h < 0 || (size_t)h >= n) return 0;
    static const char *const of[] = { "of", "for", NULL };
    const dyad_token *ht = &toks[h];
    /* "in Aleppo and Idlib": a conjunct shares its head's position; so
     * does an apposition ("in the Kazakh capital Astana", "in Raqqa,
     * Syria" — where the head, being shallower, is tried first). */
    if (tree_rel_is(&toks[a], "conj") && is_propn(ht)) return locative_position(ix, toks, n, h, depth + 1);
    if (tree_rel_is(&toks[a], "appos") && (is_propn(ht) || word_in_list(ht, place_nouns)))
        return locative_position(ix, toks, n, h, depth + 1);
    if (has_case(ix, toks, a, of)) {
        if (word_in_list(ht, directions) || word_in_list(ht, place_nouns))
            return locative_position(ix, toks, n, h, depth + 1) || word_in_list(ht, directions);
        if (word_in_list(ht, event_nouns)) return 1;
    }
    /* "in Syria's Idlib province", "in the Idlib region": X modifies a
     * located place noun. */
    if ((tree_rel_is(&toks[a], "nmod:poss") || tree_rel_is(&toks[a], "compound")) &&
        word_in_list(ht, place_nouns))
        return locative_position(ix, toks, n, h, depth + 1);
    /* "at the summit in Vietnam" is found by Vietnam's own "in". */
    return 0;
}

/* 1 when token i hangs from a through name-internal edges only
 * (compound, flat, goeswith, hyphens, proper-noun amod): "El Paso Energy"
 * has El -compound-> Energy and Paso -flat-> El. */
static int inside_name(const dyad_token *toks, size_t n, int i, int a) {
    for (int steps = 0; steps < 4 && i >= 0 && (size_t)i < n; steps++) {
        if (i == a) return 1;
        const dyad_token *p = &toks[i];
        /* A capitalised modifier is part of the name: "Tamil Nadu" (Tamil
         * is ADJ/NNP), "Northern Ireland"; "eastern Syria" is not. */
        int cap_mod = tree_rel_is(p, "amod") && p->form && p->form[0] >= 'A' && p->form[0] <= 'Z';
        if (!(tree_rel_is(p, "compound") || tree_rel_is(p, "flat") || tree_rel_is(p, "goeswith") ||
              cap_mod ||
              (tree_rel_is(p, "punct") && p->form && str_eq(p->form, "-"))))
            return 0;
        i = p->head;
    }
    return i == a;
}

/* The name's tokens: an entity span when the tagger marked one, else the
 * contiguous tokens around a that belong to its name. */
/* "Guinea-Bissau", "Ras Al-Khaimah": capitalised words joined by a
 * hyphen without spaces are one name, whatever the name tagger's spans. */
static int hyphen_joined(const dyad_token *toks, size_t n, int i) {
    return i >= 0 && (size_t)(i + 2) < n && !toks[i].space_after && toks[i + 1].form && str_eq(toks[i + 1].form, "-") &&
           !toks[i + 1].space_after && toks[i + 2].form && toks[i + 2].form[0] >= 'A' && toks[i + 2].form[0] <= 'Z' &&
           toks[i].form && toks[i].form[0] >= 'A' && toks[i].form[0] <= 'Z';
}

static void name_span(const dyad_token *toks, size_t n, int a, int *first, int *last) {
    *first = *last = a;
    if (toks[a].entity != DYAD_ENTITY_NONE) {
        int e = toks[a].entity;
        while (*first > 0 && toks[*first - 1].entity == e && !toks[*first].entity_begin) (*first)--;
        while ((size_t)(*last + 1) < n && toks[*last + 1].entity == e && !toks[*last + 1].entity_begin) (*last)++;
    } else {
        while (*first > 0 && inside_name(toks, n, *first - 1, a)) (*first)--;
        while ((size_t)(*last + 1) < n && inside_name(toks, n, *last + 1, a)) (*last)++;
    }
    while (hyphen_joined(toks, n, *last)) *last += 2;
    while (*first >= 2 && hyphen_joined(toks, n, *first - 2)) *first -= 2;
}

static size_t span_text(const dyad_token *toks, int first, int last, char *out, size_t size) {
    size_t l = 0;
    out[0] = '\0';
    for (int i = first; i <= last; i++) {
        const char *f = toks[i].form ? toks[i].form : "";
        int sep = i < last && toks[i].space_after;
        size_t fl = strlen(f);
        if (fl + (size_t)sep >= size - l) {
            /* too long: what fits, cut as snprintf cuts (rare; the copy
             * below is the common case without the format parsing) */
            snprintf(out + l, size - l, "%s%s", f, sep ? " " : "");
            return l;
        }
        memcpy(out + l, f, fl);
        l += fl;
        if (sep) out[l++] = ' ';
        out[l] = '\0';
    }
    return l;
}

/* "SUV", "CA", "EI": short capitals are acronyms, places only as
 * countries or regions ("US", "UK", "UAE", "DRC", "EU"). */
static int acronym_town(const char *text, const dyad_place *p) {
    size_t l = 0;
    for (const char *c = text; *c; c++) {
        if (*c == '.') continue;
        if (*c < 'A' || *c > 'Z') return 0;
        l++;
    }
    return l <= 4 && (p->feature == DYAD_PLACE_CITY);
}

/* Tries the span, then the anchor token alone, then without a leading
 * direction adjective ("eastern Syria" -> "Syria"). */
/* 1 when the token's first letter is an ASCII capital. */
static int capitalised(const dyad_token *t) { return t->form && t->form[0] >= 'A' && t->form[0] <= 'Z'; }

static int resolve_span(const dyad_gazetteer *g, const dyad_token *toks, size_t n, int a,
                        const dyad_place_context *ctx, dyad_place *out) {
    int first, last;
    if (american_region(toks, a)) return 0;
    name_span(toks, n, a, &first, &last);
    while (first < last && word_in_list(&toks[first], direction_adjectives)) first++;
    /* A place noun needs a name with it: "the valley" is no place. */
    int has_name = 0;
    for (int i = first; i <= last; i++) has_name |= is_propn(&toks[i]);
    if (!has_name) return 0;
    if (first == last && word_in_list(&toks[a], not_places)) return 0;
    /* ("the White House", "Government House": a building, whatever city
     * has the words as an alternate name) */
    static const char *const buildings[] = {"House", NULL};
    if (word_in_list(&toks[last], buildings)) return 0;
    char text[sizeof out->text];
    size_t l;
    /* "Mocimboa da Praia", "Ciudad del Este": a name joined across a
     * lower-case particle to a capitalised word is tried whole first (the
     * tagger's name span stops at the particle; "Praia" alone is Cape
     * Verde's capital) */
    static const char *const particles[] = {"da", "de", "do", "dos", "das", "del", "di", "du", "la", "el", NULL};
    for (int dir = 0; dir < 2; dir++) {
        int f = first, e = last;
        if (dir == 0 && f >= 2 && word_in_list(&toks[f - 1], particles) && capitalised(&toks[f - 2]))
            f -= 2;
        else if (dir == 1 && (size_t)(e + 2) < n && word_in_list(&toks[e + 1], particles) && capitalised(&toks[e + 2]))
            e += 2;
        else
            continue;
        l = span_text(toks, f, e, text, sizeof text);
        if (dyad_resolve_place(g, text, l, ctx, out) && !acronym_town(text, out)) {
            out->first_token = f;
            out->last_token = e;
            return 1;
        }
        /* (else, the span being the part after the particle, the name is
         * the part before it, as GeoNames lists "Mocimboa") */
        if (dir == 1) continue;
        int pf = f;
        while (pf > 0 && capitalised(&toks[pf - 1]) && is_propn(&toks[pf - 1])) pf--;
        l = span_text(toks, pf, f, text, sizeof text);
        if (dyad_resolve_place(g, text, l, ctx, out) && !acronym_town(text, out)) {
            out->first_token = pf;
            out->last_token = f;
            return 1;
        }
    }
    l = span_text(toks, first, last, text, sizeof text);
    if (dyad_resolve_place(g, text, l, ctx, out)) {
        if (acronym_town(text, out)) return 0;
        out->first_token = first;
        out->last_token = last;
        return 1;
    }
    /* "in Rakhine state": the anchor is the place noun; the name is its
     * proper-noun part */
    if (!is_propn(&toks[a]) && first < last) {
        int f2 = first, l2 = last;
        while (l2 > f2 && !is_propn(&toks[l2])) l2--;
        while (f2 < l2 && !is_propn(&toks[f2])) f2++;
        l = span_text(toks, f2, l2, text, sizeof text);
        if (dyad_resolve_place(g, text, l, ctx, out) && !acronym_town(text, out)) {
            out->first_token = f2;
            out->last_token = l2;
            return 1;
        }
        return 0;
    }
    /* The anchor alone only when the rest of the span is not itself a name:
     * "El Paso Energy" or "Washington Monthly" are no places at all. */
    for (int i = first; i <= last; i++)
        if (i != a && is_propn(&toks[i])) return 0;
    if (first != last && toks[a].form) {
        l = span_text(toks, a, a, text, sizeof text);
        if (word_in_list(&toks[a], not_places)) return 0;
        if (dyad_resolve_place(g, text, l, ctx, out) && !acronym_town(text, out)) {
            out->first_token = out->last_token = a;
            return 1;
        }
    }
    return 0;
}

/* "in Honiara's Chinatown district": a place owned by a place ("X's Y")
 * lies in the owner's country.  When the span's best place is elsewhere
 * (the Chinatown of San Francisco) the owner is the better answer. */
static int resolve_owned_span(const dyad_gazetteer *g, const dyad_token *toks, size_t n, int a,
                              const dyad_place_context *ctx, dyad_place *out) {
    if (!resolve_span(g, toks, n, a, ctx, out)) return 0;
    int first, last;
    name_span(toks, n, a, &first, &last);
    for (size_t i = 0; i < n; i++) {
        if (!toks[i].deprel || strcmp(toks[i].deprel, "nmod:poss") || toks[i].head < first || toks[i].head > last ||
            ((int)i >= first && (int)i <= last) || !is_propn(&toks[i]))
            continue;
        dyad_place owner;
        if (resolve_span(g, toks, n, (int)i, ctx, &owner) && owner.country_code[0] &&
            strcmp(owner.country_code, out->country_code))
            *out = owner;
        break;
    }
    return 1;
}

static int depth_of(const dyad_token *toks, size_t n, int a, int top) {
    int d = 0;
    while (a != top && a >= 0 && (size_t)a < n && d <= (int)n) {
        a = toks[a].head;
        d++;
    }
    return d;
}

/* "shelled the city of Kharkiv overnight", parsed with Kharkiv a compound
 * of "overnight": a name that starts right after the preposition of the
 * common noun it precedes (every word of it a proper noun hanging inside
 * that noun's name) is really the preposition's object.  Returns the
 * name's last word, or -1.  "in the Trump administration" is not one (the
 * article comes between), nor a name the tagger made a person or an
 * organisation. */
static int misparsed_object(const dyad_token *toks, int a) {
    int last = a - 1, first = last;
    if (last < 1 || !is_propn(&toks[last])) return -1;
    /* (first stays >= 1: a case word must come before it) */
    while (first > 1 && is_propn(&toks[first - 1]) && inside_name(toks, (size_t)a + 1, first - 1, a)) first--;
    for (int k = first; k <= last; k++)
        if (!inside_name(toks, (size_t)a + 1, k, a) || toks[k].entity == DYAD_ENTITY_PERSON ||
            toks[k].entity == DYAD_ENTITY_ORGANIZATION)
            return -1;
    const dyad_token *c = &toks[first - 1];
    if (c->head != a || !tree_rel_is(c, "case")) return -1;
    return last;
}

/* Relations a located name can have: obl, nmod (not nmod:poss, which only
 * counts under a place noun, see locative_position), conj, appos,
 * compound under a place noun. */
static int candidate_rel(const dyad_token *t) {
    const char *d = tree_rel(t);
    switch (d[0]) {
    case 'o': return tree_rel_is(t, "obl");
    case 'n': return tree_rel_is(t, "nmod");
    case 'c': return tree_rel_is(t, "conj") || tree_rel_is(t, "compound");
    case 'a': return tree_rel_is(t, "appos");
    default: return 0;
    }
}

typedef struct candidate { int token, rank; } candidate;

/* Located names of the sentence, best first: in the clause (in_clause,
 * may be NULL) before outside it, then shallowest, then first. */
static size_t collect_candidates(const tree_index *ix, const dyad_token *toks, size_t n,
                                 const unsigned char *in_clause, int verb, candidate *c,
                                 size_t cap) {
    size_t nc = 0;
    for (size_t i = 0; i < n && nc < cap; i++) {
        const dyad_token *t = &toks[i];
        /* Persons and organisations are actors ("at Google"); places and
         * untagged names may be locations. */
        if (t->entity == DYAD_ENTITY_PERSON || t->entity == DYAD_ENTITY_ORGANIZATION ||
            !candidate_rel(t))
            continue;
        int a = (int)i, name = a;
        if (!is_propn(t)) {
            /* "in Idlib province": the place noun carries the case. */
            int k = tree_index_child(ix, toks, a, "compound", NULL);
            if (k < 0 || !is_propn(&toks[k])) continue;
            if (!word_in_list(t, place_nouns)) {
                name = misparsed_object(toks, a);
                if (name < 0) continue;
            }
        } else if (tree_rel_is(t, "compound") || tree_rel_is(t, "flat")) {
            continue; /* part of a larger name, tried from its head */
        } else if (word_in_list(t, calendar_words)) {
            continue;
        }
        if (!locative_position(ix, toks, n, a, 0)) continue;
        int rank = in_clause && in_clause[a] ? depth_of(toks, n, a, verb)
                                              : 1000 + depth_of(toks, n, a, ix->root_first);
        c[nc].token = name;
        c[nc].rank = rank;
        nc++;
    }
    /* Insertion sort by rank, stable (sentence order on ties). */
    for (size_t i = 1; i < nc; i++) {
        candidate x = c[i];
        size_t j = i;
        while (j > 0 && c[j - 1].rank > x.rank) { c[j] = c[j - 1]; j--; }
        c[j] = x;
    }
    return nc;
}

int dyad_find_event_location(const dyad_gazetteer *g, const dyad_token *toks, size_t n,
                             int verb, const dyad_place_context *ctx,
                             const char *dateline_place, dyad_place *out) {
    if (!g) return DYAD_LOCATION_NONE;
    tree_index ix;
    if (toks && verb >= 0 && (size_t)verb < n && tree_index_build(&ix, toks, n)) {
        unsigned char in_clause[TREE_MAX];
        tree_index_clause(&ix, toks, verb, in_clause);
        candidate c[32];
        size_t nc = collect_candidates(&ix, toks, n, in_clause, verb, c, 32);
        for (size_t i = 0; i < nc; i++)
            if (resolve_owned_span(g, toks, n, c[i].token, ctx, out))
                return in_clause[c[i].token] ? DYAD_LOCATION_CLAUSE : DYAD_LOCATION_SENTENCE;
    }
    if (dateline_place && *dateline_place &&
        dyad_resolve_place(g, dateline_place, strlen(dateline_place), ctx, out))
        return DYAD_LOCATION_DATELINE;
    return DYAD_LOCATION_NONE;
}

/* The name a place-noun object stands for: "the town of Bakhmut" (its
 * of-nmod, or the name a misparse hung there: "the city of Kharkiv
 * overnight"), "Idlib province" (the noun itself, with its compound name).
 * -1 when none. */
static int place_noun_name(const tree_index *ix, const dyad_token *toks, size_t n, int a) {
    static const char *const of[] = { "of", NULL };
    for (size_t i = (size_t)a + 1; i < n; i++) {
        if (toks[i].head != a || !tree_rel_is(&toks[i], "nmod") || !has_case(ix, toks, (int)i, of)) continue;
        if (is_propn(&toks[i])) return (int)i;
        return misparsed_object(toks, (int)i);
    }
    int k = tree_index_child(ix, toks, a, "compound", NULL);
    return k >= 0 && is_propn(&toks[k]) ? a : -1;
}

int dyad_find_target_location(const dyad_gazetteer *g, const dyad_token *toks, size_t n,
                              int verb, int visit, const dyad_place_context *ctx,
                              dyad_place *out) {
    static const char *const to[] = { "to", "into", NULL };
    tree_index ix;
    if (!g || !toks || verb < 0 || (size_t)verb >= n || !tree_index_build(&ix, toks, n)) return 0;
    for (size_t i = 0; i < n; i++) {
        const dyad_token *t = &toks[i];
        if (t->head != verb) continue;
        int obj = tree_rel_is(t, "obj");
        if (!obj && !(visit && tree_rel_is(t, "obl") && has_case(&ix, toks, (int)i, to))) continue;
        int name = -1;
        if (is_propn(t)) name = (int)i;
        else if (word_in_list(t, place_nouns)) name = place_noun_name(&ix, toks, n, (int)i);
        if (name < 0 || toks[name].entity == DYAD_ENTITY_PERSON || toks[name].entity == DYAD_ENTITY_ORGANIZATION ||
            word_in_list(&toks[name], calendar_words))
            continue;
        if (resolve_span(g, toks, n, name, ctx, out) && (visit || out->feature != DYAD_PLACE_COUNTRY)) return 1;
    }
    return 0;
}

size_t dyad_sentence_places(const dyad_gazetteer *g, const dyad_token *toks, size_t n,
                            const dyad_place_context *ctx, dyad_place *out, size_t max) {
    tree_index ix;
    if (!g || !toks || !max || !tree_index_build(&ix, toks, n)) return 0;
    candidate c[32];
    size_t nc = collect_candidates(&ix, toks, n, NULL, -1, c, 32);
    size_t k = 0;
    for (size_t i = 0; i < nc && k < max; i++)
        if (resolve_owned_span(g, toks, n, c[i].token, ctx, &out[k])) k++;
    return k;
}

size_t dyad_sentence_place_countries(const dyad_gazetteer *g, const dyad_token *toks, size_t n,
                                     char (*codes)[4], size_t n_codes, size_t max_codes) {
    tree_index ix;
    if (!g || !toks || !tree_index_build(&ix, toks, n)) return n_codes;
    candidate c[32];
    size_t nc = collect_candidates(&ix, toks, n, NULL, -1, c, 32);
    for (size_t i = 0; i < nc && n_codes < max_codes; i++) {
        dyad_place p;
        if (!resolve_span(g, toks, n, c[i].token, NULL, &p) || !p.country_code[0]) continue;
        size_t k = 0;
        while (k < n_codes && strcmp(codes[k], p.country_code) != 0) k++;
        if (k == n_codes) memcpy(codes[n_codes++], p.country_code, 4);
    }
    return n_codes;
}
