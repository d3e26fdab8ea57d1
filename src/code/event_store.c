/* event_store.c — the dyad_events container and dyad_code_sentence. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "base/error.h"
#include "code/coder.h"

int note_places(const dyad_coder *c, dyad_events *e, size_t sentence, const dyad_token *t, size_t n);

dyad_events *dyad_events_new(void) {
    dyad_events *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    arena_init(&e->mem);
    buf_init(&e->ex);
    return e;
}

void dyad_events_free(dyad_events *e) {
    if (!e) return;
    arena_free(&e->mem);
    buf_free(&e->ex);
    free(e->ev);
    sent_work *w = &e->w;
    free(w->form_id); free(w->lemma_id); free(w->sing_id); free(w->mention_of); free(w->group_of);
    free(w->child_first); free(w->child_next); free(w->m); free(w->g); free(w->order);
    free(w->consumed);
    free(w->measure);
    free(w->trig); free(w->has);
    free(w->s_word); free(w->s_lemma); free(w->s_sing); free(w->s_tok); free(w->s_first); free(w->s_last);
    free(e->towns);
    free(e->anaphoric);
    free(e);
}

/* The place of a dateline ("BEIRUT, Nov 12 (Reuters) -", "WASHINGTON,
 * Nov. 12, 2017 (AP) —"): upper-case words before the first comma of the
 * text's first line, when that line holds a dateline the reader would
 * recognise (dyad_dateline_find). */
static void dateline_place(dyad_events *e) {
    e->dateline_place[0] = 0;
    e->dateline_end = 0;
    const char *s = e->text;
    if (!s) return;
    size_t i = 0, len = e->text_len;
    while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) i++;
    size_t b = i, letters = 0;
    for (; i < len && i - b < sizeof e->dateline_place - 1; i++) {
        char ch = s[i];
        if (ch >= 'A' && ch <= 'Z') letters++;
        else if (!(ch == ' ' || ch == '-' || ch == '.' || ch == '\'')) break;
    }
    if (i >= len || s[i] != ',' || letters < 3) return;
    size_t eol = i;
    while (eol < len && eol - b < 300 && s[eol] != '\n') eol++;
    const dyad_date far = {9999, 12, 31};
    if (!dyad_dateline_find(s + b, eol - b, e->date.year ? &e->date : &far, NULL)) return;
    size_t n = i - b;
    while (n && s[b + n - 1] == ' ') n--;
    memcpy(e->dateline_place, s + b, n);
    e->dateline_place[n] = 0;
    e->dateline_end = (uint32_t)(b + n);
}

void dyad_events_begin(dyad_events *e, const char *text, size_t len, const dyad_date *date) {
    arena_reset(&e->mem);
    e->n = 0;
    e->text = text;
    e->text_len = len;
    memset(&e->date, 0, sizeof e->date);
    e->date_int = 0;
    if (date && date->year) {
        e->date = *date;
        e->date_int = date->year * 10000 + date->month * 100 + date->day;
    }
    /* The memory's lists are read only up to their counts: clearing the
     * fields before them and the counts clears it, without writing its
     * kilobytes of remembered names for every document. */
    memset(&e->memo, 0, offsetof(doc_memory, plural));
    e->memo.n_plural = 0;
    e->memo.n_names = 0;
    e->memo.n_surnames = 0;
    e->memo.n_roles = 0;
    e->n_doc_cc = 0;
    e->dateline_cc[0] = 0;
    e->dateline_resolved = 0;
    e->n_towns = 0;
    e->n_anaphoric = 0;
    dateline_place(e);
    buf_clear(&e->ex);
}

void dyad_events_set_explain(dyad_events *e, int on) { e->explain = on; }
const char *dyad_events_explain(const dyad_events *e) { return e->ex.data ? e->ex.data : ""; }
size_t dyad_event_count(const dyad_events *e) { return e->n; }
const dyad_event *dyad_event_get(const dyad_events *e, size_t i) { return i < e->n ? &e->ev[i] : NULL; }

static const char *kind_name(int k) {
    static const char *const names[] = {"name", "adj", "people", "metonym", "person", "office", "igo",
                                        "igo-metonym", "group", "agent", "agent", "actor", "discard", "region"};
    if (k >= 0 && k < AK__COUNT) return names[k];
    if (k == MK_NER_PERSON) return "ner-person";
    if (k == MK_NER_ORG) return "ner-org";
    if (k == MK_PRONOUN) return "pronoun";
    return "?";
}

static void explain_sentence(const dyad_coder *c, dyad_events *e, size_t sentence) {
    sent_work *w = &e->w;
    const dyad_token *t = w->t;
    buf *b = &e->ex;
    buf_printf(b, "# sentence %zu:", sentence);
    for (uint32_t i = 0; i < w->n; i++) buf_printf(b, " %s", t[i].form ? t[i].form : "_");
    buf_putc(b, '\n');
    for (uint32_t i = 0; i < w->n; i++)
        buf_printf(b, "  %u\t%s\t%s\t%s\t%s\t%d\t%s\n", i + 1, t[i].form ? t[i].form : "_",
                   t[i].lemma ? t[i].lemma : "_", t[i].upos ? t[i].upos : "_", t[i].xpos ? t[i].xpos : "_",
                   t[i].head + 1, t[i].deprel ? t[i].deprel : "_");
    for (uint32_t k = 0; k < w->n_m; k++) {
        const mention *m = &w->m[k];
        buf_puts(b, "  mention '");
        for (uint32_t i = m->b; i < m->e; i++) buf_printf(b, "%s%s", i > m->b ? " " : "", t[i].form);
        if (m->rec >= 0) {
            const actor_rec *r = &c->d.recs[m->rec];
            buf_printf(b, "' %s %s (%s:%u)\n", kind_name(m->kind), r->code, r->file ? r->file : "?", r->line);
        } else {
            buf_printf(b, "' %s\n", kind_name(m->kind));
        }
    }
    for (uint32_t g = 0; g < w->n_g; g++) {
        const group *gr = &w->g[g];
        buf_printf(b, "  actor at '%s': %s", t[gr->top].form, gr->val.code ? gr->val.code : "(no code)");
        for (int i = 0; i < gr->plural; i++) buf_printf(b, "%s%s", i ? "," : " = ", gr->alts[i].code);
        buf_putc(b, '\n');
    }
}

/* 1 when the sentence's events from first on hold ev's mirror: the same
 * two actors the other way round ("A and B clashed"). */
static int mirrored(const dyad_events *e, size_t first, const dyad_event *ev) {
    for (size_t j = first; j < e->n; j++)
        if (e->ev[j].actor.code && e->ev[j].recipient.code && !strcmp(e->ev[j].actor.code, ev->recipient.code) &&
            !strcmp(e->ev[j].recipient.code, ev->actor.code))
            return 1;
    return 0;
}

/* The last event of the sentence between two different actors becomes the
 * pair that "the two leaders" and "both sides" stand for later -- the last
 * two-sided one when there is one ("Heavy fighting broke out between
 * Azerbaijan and ethnic Armenian forces ..., and Armenia ordered a general
 * mobilisation" leaves the fighting sides, not Armenia and its foe). */
static void remember_pair(dyad_events *e, size_t first) {
    /* (the last two-sided event first, then the last of any) */
    for (int any = 0; any < 2; any++) {
        for (size_t i = e->n; i-- > first;) {
            const dyad_event *ev = &e->ev[i];
            if (!ev->actor.code || !ev->recipient.code || !strcmp(ev->actor.code, ev->recipient.code)) continue;
            if (!any && !mirrored(e, first, ev)) continue;
            const dyad_actor *side[2] = {&ev->actor, &ev->recipient};
            for (int k = 0; k < 2; k++) {
                actor_val *v = &e->memo.pair[k];
                memset(v, 0, sizeof *v);
                v->code = side[k]->code;
                v->country = side[k]->country;
                v->sector = side[k]->sector;
                v->cls = AC_ORG;
            }
            e->memo.pair_sentence = ev->sentence;
            e->memo.has_pair = 1;
            return;
        }
    }
}

int dyad_code_sentence(const dyad_coder *c, dyad_events *e, size_t sentence, const dyad_token *tokens,
                       size_t n, dyad_error *err) {
    if (!n) return 0;
    if (n > 100000) return set_error(err, DYAD_ERR_INPUT, "sentence %zu: too many tokens (%zu)", sentence, n);
    e->memo.sentence = sentence;
    e->memo.last_lead = e->memo.lead;
    e->memo.lead.code = NULL;
    e->memo.lead_tok = -1;
    /* the document's places so far (this sentence included) break ties
     * between places of the same name; its towns serve dyad_events_finish;
     * the sentence's first place country serves a role with no country
     * (build_groups: "Policemen arrested protesters in Lagos") */
    e->sent_cc[0] = 0;
    /* (where the story happens, for records bound to places: its dateline,
     * resolved once a document) */
    if (!e->dateline_resolved && c->gaz) {
        e->dateline_resolved = 1;
        dyad_place pl;
        dyad_place_context none = {NULL, 0, NULL, 0};
        if (e->dateline_place[0] &&
            dyad_resolve_place(c->gaz, e->dateline_place, strlen(e->dateline_place), &none, &pl) &&
            pl.country_code[0])
            memcpy(e->dateline_cc, pl.country_code, 4);
    }
    if (c->gaz && note_places(c, e, sentence, tokens, n)) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    if (sw_prepare(c, e, tokens, (uint32_t)n) || find_mentions(c, e) || build_groups(c, e))
        return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    if (e->explain) explain_sentence(c, e, sentence);
    size_t first = e->n;
    if (code_events(c, e, sentence)) return set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    remember_pair(e, first);
    return 0;
}

/* A place noun that points back (or forward) to a named town: "the town",
 * "the city's streets", "Last ISIS Town". */
static int anaphoric_place(const dyad_token *t) {
    static const char *const nouns[] = {"town", "city", "village", NULL};
    const char *l = t->lemma ? t->lemma : t->form;
    if (!l || !t->upos || (!str_eq(t->upos, "NOUN") && !str_eq(t->upos, "PROPN"))) return 0;
    return ascii_ieq_any(l, nouns);
}

/* "the city of Kharkiv": the noun is named on the spot, whatever the
 * parser made of the name, and points nowhere else. */
static int named_on_the_spot(const dyad_token *t, size_t n, size_t i) {
    if (i + 2 >= n || !t[i + 1].form || !ascii_ieq(t[i + 1].form, "of")) return 0;
    const char *f = t[i + 2].form;
    return f && f[0] >= 'A' && f[0] <= 'Z';
}

/* The countries that capitalised words of the sentence name as a country
 * or its adjective ("Mozambican", "Kenya", "the Solomon Islands", "Sri
 * Lanka": up to four words), in order, at most max; returns how many. */
static size_t named_countries(const dyad_coder *c, const dyad_token *t, size_t n, char (*out)[4], size_t max) {
    const dict *d = &c->d;
    size_t k = 0;
    for (size_t i = 0; i < n && k < max; i++) {
        if (!t[i].form || t[i].form[0] < 'A' || t[i].form[0] > 'Z') continue;
        uint32_t node = 0;
        const char *code = NULL;
        for (size_t j = i; j < n && j < i + 4; j++) {
            uint32_t id = t[j].form ? dict_word_find_norm(d, t[j].form) : WORD_NONE;
            node = id == WORD_NONE ? UINT32_MAX : trie_child(&d->actors, node, id);
            if (node == UINT32_MAX) break;
            /* (the longest name: "South Sudan", not "South") */
            for (int32_t x = d->actors.terminal[node]; x >= 0; x = d->entries[x].next) {
                const actor_rec *r = &d->recs[d->entries[x].rec];
                if ((r->kind != AK_ADJ && r->kind != AK_NAME) || !r->code || strlen(r->code) != 3) continue;
                code = r->code;
                break;
            }
        }
        if (!code) continue;
        size_t j = 0;
        while (j < k && strcmp(out[j], code)) j++;
        if (j == k) memcpy(out[k++], code, 4);
    }
    return k;
}

/* One pass over the sentence's places: their countries join the document's
 * (place context), its first town is remembered; and whether the sentence
 * refers back to a town. */
__attribute__((noinline)) /* its own line in profiles (bench/code.sh) */
int note_places(const dyad_coder *c, dyad_events *e, size_t sentence, const dyad_token *t, size_t n) {
    int anaph = 0;
    for (size_t i = 0; i < n; i++) anaph |= anaphoric_place(&t[i]) && !named_on_the_spot(t, n, i);
    if (anaph) {
        if (e->n_anaphoric == e->cap_anaphoric) {
            size_t nc = e->cap_anaphoric ? 2 * e->cap_anaphoric : 16;
            size_t *p = realloc(e->anaphoric, nc * sizeof *p);
            if (!p) return -1;
            e->anaphoric = p;
            e->cap_anaphoric = nc;
        }
        e->anaphoric[e->n_anaphoric++] = sentence;
    }
    const char *docs[sizeof e->doc_cc / sizeof e->doc_cc[0]];
    for (size_t i = 0; i < e->n_doc_cc; i++) docs[i] = e->doc_cc[i];
    /* the countries the sentence's own words name ("the northern
     * Mozambican town of Palma" is Mozambique's Palma, not Majorca's) */
    char named[8][4];
    const char *acts[8];
    size_t n_named = named_countries(c, t, n, named, 8);
    for (size_t i = 0; i < n_named; i++) acts[i] = named[i];
    dyad_place_context pc = {acts, n_named, docs, e->n_doc_cc};
    dyad_place ps[8];
    size_t np = dyad_sentence_places(c->gaz, t, n, &pc, ps, 8);
    const size_t max_cc = sizeof e->doc_cc / sizeof e->doc_cc[0];
    int town = -1, sent_named = 0;
    for (size_t i = 0; i < np; i++) {
        if (town < 0 && ps[i].feature == DYAD_PLACE_CITY) town = (int)i;
        if (!ps[i].country_code[0]) continue;
        /* (a place after the dateline in the dateline's country: the
         * story is that country's, story_home in mentions.c) */
        const char *dateline_cc = dateline_country(e);
        if (dateline_cc[0] && !strncmp(ps[i].country_code, dateline_cc, 3) && ps[i].first_token >= 0 &&
            t[ps[i].first_token].start > e->dateline_end)
            e->memo.dateline_named = 1;
        /* (the sentence's country is its first place in a country its
         * words name, else its first place: "in the Chinatown district of
         * the Solomon Islands capital Honiara" happens in the Solomon
         * Islands, not in San Francisco's Chinatown) */
        int in_named = 0;
        for (size_t k = 0; k < n_named && !in_named; k++) in_named = !strcmp(named[k], ps[i].country_code);
        if (!e->sent_cc[0] || (in_named && !sent_named)) {
            memcpy(e->sent_cc, ps[i].country_code, 4);
            sent_named = in_named;
        }
        size_t k = 0;
        while (k < e->n_doc_cc && strcmp(e->doc_cc[k], ps[i].country_code)) k++;
        if (k == e->n_doc_cc && e->n_doc_cc < max_cc) memcpy(e->doc_cc[e->n_doc_cc++], ps[i].country_code, 4);
    }
    if (town < 0) return 0;
    dyad_place p = ps[town];
    if (e->n_towns == e->cap_towns) {
        size_t nc = e->cap_towns ? 2 * e->cap_towns : 16;
        struct doc_town *q = realloc(e->towns, nc * sizeof *q);
        if (!q) return -1;
        e->towns = q;
        e->cap_towns = nc;
    }
    p.first_token = p.last_token = -1; /* another sentence's words */
    e->towns[e->n_towns].sentence = sentence;
    e->towns[e->n_towns].p = p;
    e->n_towns++;
    return 0;
}

/* A short news item (up to four sentences, a dateline counted) is about
 * its lead event: a plain statement to no one (010) in a later sentence
 * than that event elaborates it ("... imposed a curfew on Quito. The
 * president said the measure would last a week."), and no gold set codes
 * one; when the item has only statements, its first one is the lead ("The
 * NATO chief said ... He said ..."). Plain statements of voices that
 * are no party to politics (residents, analysts, media, business, doctors,
 * unions: "Residents said looting broke out") are sources there, not
 * events.  A long article (the example digest) is many items: its
 * statements stay. */
static int nonstate_voice(const dyad_event *ev) {
    static const char *const voices[] = {"CVL", "MED", "EDU", "BUS", "HLH", "LAB", NULL};
    return ev->actor.sector && ascii_ieq_any(ev->actor.sector, voices);
}

static void drop_elaborating_statements(dyad_events *e) {
    if (!e->n || e->memo.sentence > 3) return;
    size_t lead = (size_t)-1;
    for (size_t i = 0; i < e->n && lead == (size_t)-1; i++)
        if (!(e->ev[i].cameo[0] == '0' && e->ev[i].cameo[1] == '1')) lead = e->ev[i].sentence;
    if (lead == (size_t)-1) lead = e->ev[0].sentence;
    size_t k = 0, sent = (size_t)-1, idx = 0;
    for (size_t i = 0; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if (!strcmp(ev->cameo, "010") && !ev->recipient.code && (ev->sentence > lead || nonstate_voice(ev))) continue;
        if (ev->sentence != sent) { sent = ev->sentence; idx = 0; }
        if (k != i) e->ev[k] = *ev;
        e->ev[k].index = idx++;
        k++;
    }
    e->n = k;
}

void dyad_events_finish(const dyad_coder *c, dyad_events *e) {
    drop_elaborating_statements(e);
    if (!c || !c->gaz || !e->n_towns) return;
    for (size_t i = 0; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if (ev->place && ev->place->feature != DYAD_PLACE_COUNTRY && ev->place->feature != DYAD_PLACE_REGION) continue;
        int anaph = 0;
        for (size_t k = 0; k < e->n_anaphoric && !anaph; k++) anaph = e->anaphoric[k] == ev->sentence;
        /* material conflict, and military withdrawal (087x) */
        int conflict = ev->quad_class == 4 || !strncmp(ev->cameo, "087", 3);
        if (!anaph && !conflict) continue;
        /* the nearest town (earlier on ties), in the event's country when it has one */
        const struct doc_town *best = NULL;
        size_t best_d = 0;
        for (size_t k = 0; k < e->n_towns; k++) {
            const struct doc_town *tw = &e->towns[k];
            size_t d = tw->sentence > ev->sentence ? tw->sentence - ev->sentence : ev->sentence - tw->sentence;
            if (d > (anaph ? 6u : 3u)) continue;
            if (ev->place && strcmp(ev->place->country_code, tw->p.country_code)) continue;
            /* fighting nearby in the story, not named as here: only in a
             * country of its sides ("Russian forces shelled Kharkiv" after
             * a paragraph on Idlib is not in Idlib); sides with no country
             * (IGOs, transnational groups) do not object */
            if (!anaph && !ev->place && (ev->actor.country || ev->recipient.country) &&
                !(ev->actor.country && !strcmp(ev->actor.country, tw->p.country_code)) &&
                !(ev->recipient.country && !strcmp(ev->recipient.country, tw->p.country_code)))
                continue;
            if (!best || d < best_d) { best = tw; best_d = d; }
        }
        if (!best) continue;
        char js[1024];
        int jn = dyad_place_to_json(&best->p, js, sizeof js);
        dyad_place *kept = arena_alloc(&e->mem, sizeof *kept);
        if (jn <= 0 || !kept) continue;
        *kept = best->p;
        ev->place = kept;
        ev->location = ev_strdup(e, js, (size_t)jn);
    }
}
