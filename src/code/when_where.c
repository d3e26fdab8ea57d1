/* when_where.c — the date and place of a coded event, from the resolve
 * stage (src/resolve/): see docs/coder.md "Dates and places".  Called by
 * emit() in events.c for every event; the date and place are computed once
 * per trigger and shared by its (actor, recipient) pairs. */
#include <ctype.h>
#include <string.h>

#include "code/coder.h"
#include "base/ascii.h"

static void event_date(dyad_events *e, when_where *x, int vt, dyad_event_date *out);
static void event_place(const dyad_coder *c, dyad_events *e, when_where *x, const char *code, dyad_event *ev,
                        const actor_val *a, const actor_val *r, int vt);

void when_where_reset(when_where *x) {
    memset(x, 0, sizeof *x);
    x->has_time = -1;
    x->date_of = -1;
    x->place_of = -1;
}

/* The place an event acts on when no locative phrase says where: a visit
 * (042) happens at the place visited ("visited Baghdad", "travelled to
 * Kabul"), a fight or an attack (18x, 19x, 20x) at the place fought over
 * ("shelled Kharkiv", "attacked the town of Bakhmut"). */
static int target_place(const dyad_events *e, uint32_t v, const char *code, const dyad_gazetteer *gaz,
                        const dyad_place_context *pc, dyad_place *out) {
    if (!code) return 0;
    int visit = !strncmp(code, "042", 3);
    int fight = !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
    if (!visit && !fight) return 0;
    return dyad_find_target_location(gaz, e->w.t, e->w.n, (int)v, visit, pc, out);
}

/* The event's date from its clause ("on Saturday") against the document
 * date, and its place ("in al-Bukamal", else elsewhere in the sentence),
 * chosen among places of the same name by the actors' countries and the
 * document's other places. */
void event_when_where(const dyad_coder *c, dyad_events *e, when_where *x, uint32_t trigger, const char *code,
                      dyad_event *ev, const actor_val *a, const actor_val *r) {
    int vt = (int)trigger;
    dyad_event_date d;
    if (x->date_of == (int32_t)vt) {
        d = x->date_cached; /* the trigger's other pairs */
    } else {
        event_date(e, x, vt, &d);
        x->date_of = (int32_t)vt;
        x->date_cached = d;
    }
    if (d.source != DYAD_EVENT_DATE_NONE && d.date.year) {
        ev->date = d.date;
        ev->date_source = dyad_event_date_source_name(d.source);
        ev->date_precision = dyad_date_precision_name(d.precision);
    }
    event_place(c, e, x, code, ev, a, r, vt);
}

/* A word a date expression needs (a digit, a month or weekday, a unit, a
 * day word): sentences without one take the document date without looking.
 * Compared on the first three letters, lower-cased, packed in an int (a
 * superset: "money" passes as "mon", which only costs a look). */
static int time_word(const dyad_token *t) {
#define K3(a, b, c) (((unsigned)(a) << 16) | ((unsigned)(b) << 8) | (unsigned)(c))
    static const unsigned keys[] = {
        K3('j', 'a', 'n'), K3('f', 'e', 'b'), K3('m', 'a', 'r'), K3('a', 'p', 'r'), K3('m', 'a', 'y'),
        K3('j', 'u', 'n'), K3('j', 'u', 'l'), K3('a', 'u', 'g'), K3('s', 'e', 'p'), K3('o', 'c', 't'),
        K3('n', 'o', 'v'), K3('d', 'e', 'c'), K3('m', 'o', 'n'), K3('t', 'u', 'e'), K3('w', 'e', 'd'),
        K3('t', 'h', 'u'), K3('f', 'r', 'i'), K3('s', 'a', 't'), K3('s', 'u', 'n'), K3('m', 'i', 'd'),
        K3('t', 'o', 'd'), K3('t', 'o', 'm'), K3('t', 'o', 'n'), K3('y', 'e', 's'), K3('d', 'a', 'y'),
        K3('w', 'e', 'e'), K3('y', 'e', 'a'), K3('m', 'o', 'r'), K3('a', 'f', 't'), K3('e', 'v', 'e'),
        K3('n', 'i', 'g'), K3('a', 'g', 'o'),
    };
    const char *f = t->form;
    if (!f) return 0;
    for (const char *p = f; *p && p - f < 12; p++)
        if (*p >= '0' && *p <= '9') return 1;
    if (!f[0] || !f[1] || !f[2]) return 0;
    unsigned k = K3(tolower((unsigned char)f[0]), tolower((unsigned char)f[1]), tolower((unsigned char)f[2]));
#undef K3
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (keys[i] == k) return 1;
    return 0;
}

static void event_date(dyad_events *e, when_where *x, int vt, dyad_event_date *out) {
    const sent_work *w = &e->w;
    const dyad_token *t = w->t;
    size_t n = w->n;
    if (x->has_time < 0) {
        x->has_time = 0;
        for (size_t i = 0; i < n && !x->has_time; i++) x->has_time = time_word(&t[i]);
    }
    dyad_event_date d;
    memset(&d, 0, sizeof d);
    d.first_token = d.last_token = -1;
    if (!x->has_time) {
        if (e->date.year) {
            d.date = e->date;
            d.precision = DYAD_PRECISION_DAY;
            d.source = DYAD_EVENT_DATE_DOCUMENT;
        }
        *out = d;
        return;
    }
    dyad_resolve_event_date(t, n, vt, e->date, -1, &d);
    /* no date of its own: the governing clause's ("posted video on Friday
     * showing its forces destroying X", "their conversation on Saturday",
     * "attacked on Monday and seized the town") -- not a reporting verb's
     * (ccomp, parataxis), and not for a future or planned event */
    if (d.source != DYAD_EVENT_DATE_CLAUSE) {
        /* "clashed with fighters near Mosul on Monday": the parser hung the
         * day on a noun of the clause; a day (or week) there dates it */
        int32_t stack[16], depth[16];
        int sp = 0;
        for (int32_t ch = w->child_first[vt]; ch >= 0 && sp < 16; ch = w->child_next[ch])
            if (rel_is(&t[ch], "obl") || rel_is(&t[ch], "obj") || rel_is(&t[ch], "nsubj") ||
                (rel_is(&t[ch], "nmod") && !(t[ch].deprel && str_eq(t[ch].deprel, "nmod:poss")))) {
                stack[sp] = ch;
                depth[sp++] = 0;
            }
        while (sp > 0) {
            sp--;
            int32_t q = stack[sp], dep = depth[sp];
            dyad_event_date in;
            /* any word of an argument phrase but a clause's verb: "agreed
             * between Russian ... on Saturday" with the day hung on the
             * adjective "Russian" of the between-phrase, or on the second
             * conjunct ("between Lavrov and Secretary ... on Saturday") */
            /* (a word without dependents has no date of its own: none of
             * these relations is an xcomp that could inherit one) */
            if (t[q].upos && !str_eq(t[q].upos, "VERB") && !str_eq(t[q].upos, "AUX") && w->child_first[q] >= 0 &&
                dyad_resolve_event_date(t, n, q, e->date, -1, &in) == DYAD_EVENT_DATE_CLAUSE &&
                (in.precision == DYAD_PRECISION_DAY || in.precision == DYAD_PRECISION_WEEK)) {
                d = in;
                break;
            }
            if (dep >= 3) continue;
            for (int32_t ch = w->child_first[q]; ch >= 0 && sp < 16; ch = w->child_next[ch])
                if ((rel_is(&t[ch], "nmod") && !(t[ch].deprel && str_eq(t[ch].deprel, "nmod:poss"))) ||
                    rel_is(&t[ch], "obl") || rel_is(&t[ch], "amod") || rel_is(&t[ch], "appos") ||
                    (rel_is(&t[ch], "conj") && t[ch].upos && !str_eq(t[ch].upos, "VERB"))) {
                    stack[sp] = ch;
                    depth[sp++] = dep + 1;
                }
        }
    }
    if (d.source != DYAD_EVENT_DATE_CLAUSE && !dyad_verb_is_future(t, n, vt)) {
        int cur = vt;
        for (int k = 0; k < 5 && t[cur].head >= 0; k++) {
            const dyad_token *c = &t[cur];
            /* an amod participle ("the posted video on Friday", a misparse
             * of "posted video on Friday") is dated by its noun, like an acl */
            if (!(rel_is(c, "xcomp") || rel_is(c, "advcl") || rel_is(c, "acl") || rel_is(c, "conj") ||
                  (rel_is(c, "amod") && c->upos && str_eq(c->upos, "VERB")) ||
                  rel_is(c, "obj") || rel_is(c, "obl") || rel_is(c, "nmod") || rel_is(c, "nsubj")))
                break;
            cur = c->head;
            dyad_event_date up;
            if (dyad_resolve_event_date(t, n, cur, e->date, -1, &up) == DYAD_EVENT_DATE_CLAUSE) {
                d = up;
                break;
            }
        }
    }
    *out = d;
}

static void event_place(const dyad_coder *c, dyad_events *e, when_where *x, const char *code, dyad_event *ev,
                        const actor_val *a, const actor_val *r, int vt) {
    const dyad_token *t = e->w.t;
    size_t n = e->w.n;
    const dyad_gazetteer *gaz = c->gaz;
    if (!gaz) return;
    const char *act[2];
    size_t na = 0;
    if (a->country) act[na++] = a->country;
    if (r && r->code && r->country) act[na++] = r->country;
    /* the trigger's other pairs with the same countries: the same place */
    int same = x->place_of == (int32_t)vt && x->place_na == na;
    for (size_t i = 0; i < na && same; i++)
        same = (act[i] == x->place_ac[0] || act[i] == x->place_ac[1]) ||
               (act[i] && x->place_ac[i] && !strcmp(act[i], x->place_ac[i]));
    if (same) {
        ev->place = x->place_cached;
        ev->location = x->location_cached;
        return;
    }
    x->place_of = (int32_t)vt;
    x->place_na = na;
    x->place_ac[0] = na > 0 ? act[0] : NULL;
    x->place_ac[1] = na > 1 ? act[1] : NULL;
    x->place_cached = NULL;
    x->location_cached = NULL;
    const char *docs[sizeof e->doc_cc / sizeof e->doc_cc[0]];
    for (size_t i = 0; i < e->n_doc_cc; i++) docs[i] = e->doc_cc[i];
    dyad_place_context pc = {act, na, docs, e->n_doc_cc};
    dyad_place pl;
    char js[1024];
    int src = dyad_find_event_location(gaz, t, n, vt, &pc, NULL, &pl);
    /* the dateline last: what dyad_find_event_location with it would give
     * now that the sentence's own places have failed */
    /* (not a bureau abroad's: "DUBAI ... Security forces fired on
     * demonstrators in several Kurdish towns" happened in Iran, not in
     * Dubai -- a dateline whose country neither the body nor the event
     * names, when the story has a country of its own) */
    int bureau_abroad = 0;
    if (!src && e->dateline_place[0] && !e->memo.dateline_named && e->memo.home.code && e->memo.home.country) {
        const char *dcc = dateline_country(e);
        bureau_abroad = dcc[0] != 0;
        for (size_t i = 0; i < na && bureau_abroad; i++) bureau_abroad = strncmp(act[i], dcc, 3) != 0;
    }
    if (!src && !target_place(e, (uint32_t)vt, code, gaz, &pc, &pl) &&
        !(e->dateline_place[0] && !bureau_abroad &&
          dyad_resolve_place(gaz, e->dateline_place, strlen(e->dateline_place), &pc, &pl)))
        return;
    int jn = dyad_place_to_json(&pl, js, sizeof js);
    if (jn <= 0) return;
    dyad_place *kept = arena_alloc(&e->mem, sizeof *kept);
    if (!kept) return;
    *kept = pl;
    ev->place = x->place_cached = kept;
    ev->location = x->location_cached = ev_strdup(e, js, (size_t)jn);
}

