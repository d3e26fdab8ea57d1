/* mentions.c — actor mentions and their grouping on the dependency tree.
 *
 * 1. The matcher walks one trie of dictionary phrases over a word stream
 *    built from the tokens (hyphenated tokens split into "pro - assad" so a
 *    phrase matches whether or not the segmenter split the hyphen).  At each
 *    token either the form or the lemma may match a phrase word; the longest
 *    phrase that starts and ends on token boundaries wins.  Phrases written
 *    with a capital (dyad format) do not match all-lowercase text ("us").
 * 2. Names the NER found that no dictionary knows, and 3rd-person pronouns,
 *    become mentions without a code.
 * 3. Each mention climbs the tree from its head through compound, flat,
 *    amod, appos, nmod:poss (and nmod under an agent noun) to a "top" token:
 *    all mentions with the same top form one group = one actor
 *    ("Russian Foreign Minister Sergei Lavrov", "the Assad regime's military").
 * 4. A group's code: a person's (office by document date) > the head's
 *    fixed code > country + sector ("Syrian troops" -> SYRMIL) > a modifier's
 *    code; pronouns and bare titles resolve through the document memory. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "code/coder.h"

char *ev_strdup(dyad_events *e, const char *s, size_t n) { return arena_strndup(&e->mem, s, n); }

/* snprintf(out, size, "%.*s%.*s", amax, a, bmax, b) without the format
 * parsing (a code is often joined from a country and a role). */
static void code_cat(char *out, size_t size, const char *a, size_t amax, const char *b, size_t bmax) {
    size_t l = 0;
    for (size_t i = 0; i < amax && a[i] && l + 1 < size; i++) out[l++] = a[i];
    for (size_t i = 0; i < bmax && b[i] && l + 1 < size; i++) out[l++] = b[i];
    out[l] = '\0';
}

static int upos_is(const dyad_token *t, const char *u) { return t->upos && str_eq(t->upos, u); }

static uint32_t norm_lookup(const dict *d, const char *s) {
    return s ? dict_word_find_norm(d, s) : WORD_NONE;
}

#define GROW_TO(ptr, need)                                                       \
    do {                                                                         \
        void *p_ = realloc((ptr), (size_t)(need) * sizeof *(ptr));               \
        if (!p_) return -1;                                                      \
        (ptr) = p_;                                                              \
    } while (0)

static uint32_t singular_id(const dict *d, const char *form);

/* The base of an irregular past tense that event verbs use, or NULL. */
static const char *irregular_past_base(const char *form) {
    static const char *const pairs[][2] = {
        {"fought", "fight"}, {"shot", "shoot"}, {"struck", "strike"}, {"fled", "flee"}, {"led", "lead"},
        {"sought", "seek"}, {"met", "meet"}, {"began", "begin"}, {"held", "hold"}, {"overran", "overrun"},
        {"overthrew", "overthrow"}, {"threw", "throw"}, {"stole", "steal"}, {"broke", "break"}, {"sent", "send"},
        {"brought", "bring"}, {"caught", "catch"}, {"froze", "freeze"}, {"withdrew", "withdraw"},
        {"forbade", "forbid"}, {"swore", "swear"}, {"slew", "slay"}, {"spoke", "speak"}, {"took", "take"},
        {"gave", "give"}, {"drove", "drive"}, {"rode", "ride"}, {"blew", "blow"}, {"flew", "fly"},
        {"sank", "sink"}, {"tore", "tear"}, {"wrote", "write"}, {"chose", "choose"}, {"forgave", "forgive"},
        {"undertook", "undertake"}, {"overtook", "overtake"}, {"rose", "rise"}, {"fell", "fall"}, {"won", "win"},
        {"lost", "lose"}, {"sold", "sell"}, {"bought", "buy"}, {"told", "tell"}, {"laid", "lay"},
        {"paid", "pay"}, {"stood", "stand"}, {"understood", "understand"}, {"swept", "sweep"}, {"seized", "seize"},
    };
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (pairs[k][0][0] == form[0] && !strcmp(pairs[k][0], form)) return pairs[k][1];
    return NULL;
}

int sw_prepare(const dyad_coder *c, dyad_events *e, const dyad_token *t, uint32_t n) {
    sent_work *w = &e->w;
    if (n > w->cap) {
        uint32_t cap = n < 64 ? 64 : n * 2;
        GROW_TO(w->form_id, cap);
        GROW_TO(w->lemma_id, cap);
        GROW_TO(w->sing_id, cap);
        GROW_TO(w->mention_of, cap);
        GROW_TO(w->group_of, cap);
        GROW_TO(w->child_first, cap);
        GROW_TO(w->child_next, cap);
        GROW_TO(w->g, cap);
        GROW_TO(w->order, cap * 2);
        GROW_TO(w->consumed, cap);
        GROW_TO(w->measure, cap);
        w->cap = cap;
        /* events.c reallocates these at the new size */
        free(w->trig);
        free(w->has);
        w->trig = NULL;
        w->has = NULL;
    }
    w->t = t;
    w->n = n;
    w->n_m = 0;
    w->n_g = 0;
    w->discard = 0;
    for (uint32_t i = 0; i < n; i++) {
        w->form_id[i] = norm_lookup(&c->d, t[i].form);
        /* most lemmas are the form itself: one lookup */
        /* (most lemmas are the form's own pointer: no compare) */
        w->lemma_id[i] = t[i].lemma && t[i].lemma != t[i].form && (!t[i].form || strcmp(t[i].lemma, t[i].form))
                             ? norm_lookup(&c->d, t[i].lemma)
                             : w->form_id[i];
        /* an irregular past the tagger took for a present ("soldiers
         * fought separatists" as VBP, lemma "fought") */
        if (w->lemma_id[i] == w->form_id[i] && t[i].xpos && t[i].xpos[0] == 'V' && t[i].form) {
            const char *base = irregular_past_base(t[i].form);
            if (base) w->lemma_id[i] = norm_lookup(&c->d, base);
        }
        w->sing_id[i] = singular_id(&c->d, t[i].form);
        w->mention_of[i] = -1;
        w->group_of[i] = -1;
        w->child_first[i] = -1;
        w->child_next[i] = -1;
        w->consumed[i] = 0;
        w->measure[i] = 0;
    }
    /* children in token order: insert from the right */
    for (uint32_t i = n; i-- > 0;) {
        int32_t h = t[i].head;
        if (h >= 0 && (uint32_t)h < n && (uint32_t)h != i) {
            w->child_next[i] = w->child_first[h];
            w->child_first[h] = (int32_t)i;
        }
    }
    return 0;
}

static int add_mention(dyad_events *e, uint32_t b, uint32_t en, int32_t rec, int kind) {
    sent_work *w = &e->w;
    if (w->n_m == w->cap_m) {
        uint32_t nc = w->cap_m ? w->cap_m * 2 : 32;
        GROW_TO(w->m, nc);
        w->cap_m = nc;
    }
    mention *m = &w->m[w->n_m];
    memset(m, 0, sizeof *m);
    m->b = b;
    m->e = en;
    m->rec = rec;
    m->kind = kind;
    for (uint32_t i = b; i < en; i++) w->mention_of[i] = (int32_t)w->n_m;
    w->n_m++;
    return 0;
}

static int all_lower(const char *s) {
    for (; s && *s; s++)
        if (isupper((unsigned char)*s)) return 0;
    return 1;
}

/* bit 1: the span is all lower case; bit 2: it has some lower case */
static int span_lower(const dyad_token *t, uint32_t b, uint32_t last) {
    int all = 1, some = 0;
    for (uint32_t i = b; i <= last; i++) {
        if (!all_lower(t[i].form)) all = 0;
        for (const char *p = t[i].form; p && *p; p++)
            if (islower((unsigned char)*p)) some = 1;
    }
    return all | (some << 1);
}

/* 1 when the country code cc is in the comma-separated list. */
static int place_listed(const char *list, const char *cc) {
    for (const char *p = list; cc && cc[0] && p && *p; p += p[3] ? 4 : 3)
        if (!strncmp(p, cc, 3)) return 1;
    return 0;
}

/* Where the sentence happens (its first place's country), else where the
 * story does (its dateline's, else its first place's). */
static const char *where_it_happens(const dyad_events *e) {
    if (e->sent_cc[0]) return e->sent_cc;
    if (e->dateline_cc[0]) return e->dateline_cc;
    return e->n_doc_cc ? e->doc_cc[0] : NULL;
}

/* The record a phrase stands for on this date: a dated entry whose range
 * holds the date, else an undated entry.  Date unknown: an open-ended
 * (current) entry, else an undated one, else the entry whose range ended
 * last -- a phrase whose every sense is bounded ("the Assad regime",
 * "pro-Assad forces", 2011..2024) still names that actor in an undated
 * text, rather than nobody (and then the agent "regime" alone, given the
 * country last mentioned).  -2: no entry may match here (capitalised
 * phrase, lowercase text).  where: the country where the sentence
 * happens; a record bound to places (in=) holds only there, and there
 * before the others. */
static int32_t choose_rec(const dict *d, int32_t first, int32_t date, int lower, const char *where) {
    int32_t undated = -1, open = -1, latest = -1, latest_to = 0, any = 0;
    /* (an entry bound to the place where this happens comes first: the
     * Taliban in a story from Pakistan are Pakistan's) */
    for (int32_t x = first; x >= 0 && where; x = d->entries[x].next) {
        const phrase_entry *pe = &d->entries[x];
        const actor_rec *r = &d->recs[pe->rec];
        if (!r->places || !place_listed(r->places, where) || (pe->proper && (lower & 1)) ||
            (pe->proper == 2 && (lower & 2)))
            continue;
        if (!r->n_ranges) return (int32_t)pe->rec;
        for (uint32_t k = 0; k < r->n_ranges; k++) {
            const date_range *dr = &d->ranges[r->first_range + k];
            if (date && dr->from <= date && date <= dr->to) return (int32_t)pe->rec;
        }
    }
    for (int32_t x = first; x >= 0; x = d->entries[x].next) {
        const phrase_entry *pe = &d->entries[x];
        if (pe->proper && (lower & 1)) continue;
        if (pe->proper == 2 && (lower & 2)) continue; /* acronym, text has lower case */
        any = 1;
        const actor_rec *r = &d->recs[pe->rec];
        if (r->places) continue; /* (elsewhere, or at a date it does not hold) */
        if (!r->n_ranges) {
            if (undated < 0) undated = (int32_t)pe->rec;
            continue;
        }
        for (uint32_t k = 0; k < r->n_ranges; k++) {
            const date_range *dr = &d->ranges[r->first_range + k];
            if (date && dr->from <= date && date <= dr->to) return (int32_t)pe->rec;
            if (!date && dr->to >= 99991231 && open < 0) open = (int32_t)pe->rec;
            if (!date && dr->to > latest_to) {
                latest_to = dr->to;
                latest = (int32_t)pe->rec;
            }
        }
    }
    if (!any) return -2;
    if (!date && open >= 0) return open;
    if (!date && undated < 0) return latest;
    return undated;
}

/* 1 when a phrase's entries include a person or an office: out of its
 * dates it is still a person's name ("Trump" between terms); a group or
 * a role out of its dates ("Syrian security forces", SYRMIL from
 * December 2024) is not there at all, so a shorter phrase may match. */
static int names_a_person(const dict *d, int32_t first) {
    for (int32_t x = first; x >= 0; x = d->entries[x].next) {
        int k = d->recs[d->entries[x].rec].kind;
        if (k == AK_PERSON || k == AK_OFFICE) return 1;
    }
    return 0;
}

/* Every word of [b, en) capitalised: a plain name ("Valeska Paris"), not
 * "King Abdullah of Jordan", whose last word stays a country. */
static int capitalised(const dyad_token *t, uint32_t b, uint32_t en) {
    for (uint32_t i = b; i < en; i++)
        if (!t[i].form || !(t[i].form[0] >= 'A' && t[i].form[0] <= 'Z')) return 0;
    return 1;
}

/* The nmod at token i names its head's owner or home: its case marker, if
 * any, is "of", "from" or "in" ("police in Caracas"); or "for" under one
 * who speaks or acts for someone ("negotiators for the Afghan
 * government", "a spokesman for the ministry"; "troops for Ukraine" are
 * not Ukraine's). */
static int owner_case(const dyad_coder *c, const sent_work *w, uint32_t i, uint32_t head) {
    static const char *const for_someone[] = {"negotiator", "spokesman", "spokeswoman", "spokesperson", "envoy",
                                              "representative", "delegate", "delegation",
                                              "mediator", "emissary", NULL};
    for (int32_t ch = w->child_first[i]; ch >= 0; ch = w->child_next[ch])
        if (rel_is(&w->t[ch], "case"))
            return w->lemma_id[ch] == c->fw[FW_OF] || w->lemma_id[ch] == c->fw[FW_FROM] ||
                   w->lemma_id[ch] == c->fw[FW_IN] ||
                   (w->lemma_id[ch] == c->fw[FW_FOR] && w->t[head].lemma &&
                    ascii_ieq_any(w->t[head].lemma, for_someone));
    return 1;
}

/* 1 when the one-word place-like name at token b (a country or capital
 * name: "Paris", "Jordan", "Chad") belongs to a person: the name tagger's
 * PERSON span goes on beyond it, or it is the last word of a multi-word
 * person name seen earlier in the document, not tagged as an
 * organisation here nor after a preposition. */
static int part_of_person_name(const dyad_events *e, uint32_t b) {
    const sent_work *w = &e->w;
    const dyad_token *t = w->t;
    /* (an acronym is no one's name: "US President Joe Biden" tagged as
     * one person by the name tagger) */
    int acronym = t[b].form && t[b].form[0] && t[b].form[1];
    for (const char *q = t[b].form; acronym && q && *q; q++) acronym = (*q >= 'A' && *q <= 'Z') || *q == '.';
    if (acronym) return 0;
    if (t[b].entity == DYAD_ENTITY_PERSON &&
        ((!t[b].entity_begin && b > 0 && t[b - 1].entity == DYAD_ENTITY_PERSON) ||
         (b + 1 < w->n && t[b + 1].entity == DYAD_ENTITY_PERSON && !t[b + 1].entity_begin)))
        return 1;
    /* a place after a preposition ("flew to Jordan") stays a place, whoever
     * else bears the name; elsewhere the document's own "Michael Jordan"
     * outweighs the name tagger's guess */
    static const char *const locative[] = {"in", "at", "to", "from", "into", "near", "across", "outside",
                                           "inside", "of", "toward", "towards", "via", NULL};
    if (t[b].entity == DYAD_ENTITY_ORGANIZATION || w->form_id[b] == WORD_NONE) return 0;
    if (b > 0 && t[b - 1].form)
        for (int k = 0; locative[k]; k++)
            if (str_eq(t[b - 1].form, locative[k])) return 0;
    const doc_memory *m = &e->memo;
    int n = m->n_surnames < 32 ? m->n_surnames : 32;
    for (int k = 0; k < n; k++)
        if (m->surnames[k] == w->form_id[b]) return 1;
    return 0;
}

/* The story's country: its first actor with a country code, or its
 * dateline's when the body names that country too or no other.  A
 * dateline's capital is often only where the reporter files from: "ADDIS
 * ABABA ... The African Union suspended Sudan ... after security forces
 * killed dozens of protesters" (Sudan's police, not Ethiopia's), but "DILI
 * ... Australian troops began arriving in East Timor ... Rebel soldiers
 * opened fire" (East Timor's). */
static const actor_val *story_home(const dyad_events *e) {
    const doc_memory *m = &e->memo;
    if (m->dateline_actor.code && (m->dateline_named || !m->home.code)) return &m->dateline_actor;
    return &m->home;
}

/* 1 when the document or this sentence names country cc (3 letters). */
static int country_named(const dyad_coder *c, const dyad_events *e, const char *cc) {
    const doc_memory *m = &e->memo;
    if (m->country.code && !strncmp(m->country.code, cc, 3)) return 1;
    /* (the story's first country too: "Colombia's government and the ELN
     * ... opened peace talks in Quito. ... the ELN freed ...") */
    const actor_val *home = story_home(e);
    if (home->country && !strncmp(home->country, cc, 3)) return 1;
    for (size_t i = 0; i < e->n_doc_cc; i++)
        if (!strncmp(e->doc_cc[i], cc, 3)) return 1;
    if (e->sent_cc[0] && !strncmp(e->sent_cc, cc, 3)) return 1;
    const sent_work *w = &e->w;
    for (uint32_t k = 0; k < w->n_m; k++) {
        const mention *mm = &w->m[k];
        if (mm->rec < 0 || mm->kind == AK_GROUP) continue;
        const char *code = c->d.recs[mm->rec].code;
        if (code && !strncmp(code, cc, 3)) return 1;
    }
    return 0;
}

/* "IMU" is the Islamic Movement of Uzbekistan -- and Italy's property tax:
 * a national armed group named only by a short acronym (three letters or
 * fewer) counts when its country is named in the document or the sentence
 * (PKK with Turkey, RSF with Sudan); else the word is a name of no known
 * actor. */
static void uncorroborated_acronyms(const dyad_coder *c, dyad_events *e) {
    sent_work *w = &e->w;
    for (uint32_t k = 0; k < w->n_m; k++) {
        mention *mm = &w->m[k];
        if (mm->rec < 0 || mm->kind != AK_GROUP || mm->e != mm->b + 1) continue;
        const char *code = c->d.recs[mm->rec].code;
        const char *f = w->t[mm->b].form;
        size_t letters = 0, caps = 1;
        for (const char *q = f; q && *q; q++)
            if (*q != '.') letters++, caps &= (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9');
        if (!code || strlen(code) != 6 || strcmp(code + 3, "REB") || !caps || letters > 3) continue;
        if (country_named(c, e, code)) continue;
        mm->rec = -1;
        mm->kind = MK_NER_ORG;
    }
}

/* "Mocimboa da Praia", "Sao Tome" aside: a capital or country name that
 * ends a longer place name joined by a lower-case particle ("da", "de",
 * "del" ...) to a capitalised word is no actor -- "Praia" there is no
 * government of Cape Verde. */
static void names_inside_place_names(dyad_events *e) {
    static const char *const particles[] = {"da", "de", "do", "dos", "das", "del", "di", "du", NULL};
    sent_work *w = &e->w;
    const dyad_token *t = w->t;
    for (uint32_t k = 0; k < w->n_m; k++) {
        mention *mm = &w->m[k];
        if (mm->rec < 0 || (mm->kind != AK_METONYM && mm->kind != AK_NAME) || mm->b < 2) continue;
        const char *p = t[mm->b - 1].form, *before = t[mm->b - 2].form;
        int particle = 0;
        for (int i = 0; p && particles[i] && !particle; i++) particle = str_eq(p, particles[i]);
        if (!particle || !before || before[0] < 'A' || before[0] > 'Z') continue;
        mm->rec = -1;
        mm->kind = MK_NER_ORG;
    }
}

/* The word stream: one entry per piece of a token. */
typedef struct stream {
    uint32_t *word, *lemma, *sing, *tok;
    uint8_t *first, *last;
    uint32_t n;
} stream;

typedef struct match_ctx {
    const dict *d;
    const stream *s;
    uint32_t best_end;
    int32_t best_term;
} match_ctx;

static void dfs(match_ctx *mc, uint32_t node, uint32_t pos, uint32_t depth) {
    const stream *s = mc->s;
    if (pos >= s->n || depth > mc->d->max_phrase) return;
    /* the form, the lemma, and a naive singular ("troops" when the
     * lemmatiser kept the plural and the dictionary says "troop") */
    uint32_t alts[3] = {s->word[pos], s->lemma[pos], s->sing[pos]};
    for (int a = 0; a < 3; a++) {
        if (alts[a] == WORD_NONE || (a > 0 && (alts[a] == alts[0] || alts[a] == alts[a - 1]))) continue;
        uint32_t ch = trie_child(&mc->d->actors, node, alts[a]);
        if (ch == UINT32_MAX) continue;
        if (s->last[pos] && mc->d->actors.terminal[ch] >= 0 && pos + 1 > mc->best_end) {
            mc->best_end = pos + 1;
            mc->best_term = mc->d->actors.terminal[ch];
        }
        dfs(mc, ch, pos + 1, depth + 1);
    }
}

/* "troops" -> troop, "militias" -> militia, "forces" -> force, "parties" -> party */
static uint32_t singular_id(const dict *d, const char *form) {
    if (!form) return WORD_NONE;
    size_t n = strlen(form);
    char tmp[128];
    /* "gunmen", "militiamen", "policemen" (when the tagger took a
     * capitalised one for a name and kept the plural as its lemma) */
    if (n >= 5 && n < sizeof tmp && (form[n - 1] == 'n' || form[n - 1] == 'N') &&
        (form[n - 2] == 'e' || form[n - 2] == 'E') && (form[n - 3] == 'm' || form[n - 3] == 'M')) {
        size_t m = word_norm(form, n, tmp, sizeof tmp);
        if (m >= 5 && str_eq(tmp + m - 3, "men")) {
            tmp[m - 2] = 'a';
            return dict_word_find(d, tmp, m);
        }
    }
    if (n < 4 || (form[n - 1] != 's' && form[n - 1] != 'S')) return WORD_NONE;
    size_t m = word_norm(form, n, tmp, sizeof tmp);
    if (m < 4 || tmp[m - 1] != 's' || tmp[m - 2] == 's') return WORD_NONE;
    if (m > 4 && str_eq(tmp + m - 3, "ies")) {
        tmp[m - 3] = 'y';
        return dict_word_find(d, tmp, m - 2);
    }
    return dict_word_find(d, tmp, m - 1);
}

static int split_token(const dict *d, const char *form, uint32_t *ids, int max) {
    /* pieces of an internally hyphenated token; 0 when not split */
    size_t n = strlen(form);
    int k = 0;
    size_t start = 0;
    int split = 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (form[i] == '-' || form[i] == '_') split = 1;
    if (!split) return 0;
    for (size_t i = 0; i <= n; i++) {
        int dash = i < n && (form[i] == '-' || form[i] == '_') && i > 0 && i + 1 < n;
        if (i == n || dash) {
            if (k + 2 > max) return 0;
            char tmp[128];
            size_t m = word_norm(form + start, i - start, tmp, sizeof tmp);
            ids[k++] = dict_word_find(d, tmp, m);
            /* "Dol_Amroth" is the phrase "dol amroth"; "pro-Assad" keeps its hyphen */
            if (dash && form[i] == '-') ids[k++] = dict_word_find(d, "-", 1);
            start = i + 1;
        }
    }
    /* "a British-flagged oil tanker", "an Israel-linked cargo ship": a
     * country that owns or flags a thing is its actor; the word stands for
     * its first piece alone ("Turkish-backed rebels" are not Turkey's) */
    static const char *const owner[] = {"flagged", "linked", "owned", "operated", "registered", "held", "controlled", NULL};
    const char *last = strrchr(form, '-');
    if (k == 3 && last && ascii_ieq_any(last + 1, owner)) return 1;
    return k;
}

static const uint32_t *pron_words(const dyad_coder *c, int *n) {
    *n = FW_THEIRS - FW_HE + 1;
    return &c->fw[FW_HE];
}

/* 1 when word is a function word of kind (FK_*: one of a range of fw). */
static int fw_is(const dyad_coder *c, uint32_t word, unsigned kind) {
    return word < c->n_fw_kind && (c->fw_kind[word] & kind);
}

/* 1 when word is a noun that stands for the last country named ("the
 * country", "the Gulf state"). */
static int is_country_noun(const dyad_coder *c, uint32_t word) { return fw_is(c, word, FK_COUNTRY); }

static int is_plural_tok(const dyad_token *t) {
    return t->xpos && (str_eq(t->xpos, "NNS") || str_eq(t->xpos, "NNPS"));
}

/* 1 when "each" at token i is answered by "the other" later in its
 * clause: "each accused the other", "each side blamed the other". */
static int each_then_the_other(const sent_work *w, const dyad_token *t, uint32_t i) {
    for (uint32_t k = i + 2; k < w->n && k <= i + 6; k++)
        if (t[k].form && ascii_ieq(t[k].form, "other") && t[k - 1].form && ascii_ieq(t[k - 1].form, "the")) return 1;
    return 0;
}

/* 1 when "the two" or "both" comes before token i, directly or across words
 * that describe the pair without naming an actor ("the two Gulf
 * neighbours", "the two former Cold War foes"). */
static int after_two_or_both(const sent_work *w, const dyad_token *t, uint32_t i) {
    for (uint32_t k = i, hops = 0; k > 0 && hops < 4; k--, hops++) {
        const dyad_token *p = &t[k - 1];
        /* ("the two", not a count: "the strikes killed two commanders") */
        if (p->form && ascii_ieq(p->form, "both")) return 1;
        if (p->form && ascii_ieq(p->form, "two") && k >= 2 && t[k - 2].form && ascii_ieq(t[k - 2].form, "the"))
            return 1;
        if (p->form && ascii_ieq(p->form, "each") && each_then_the_other(w, t, k - 1)) return 1;
        if (w->mention_of[k - 1] >= 0 || !p->upos ||
            !(str_eq(p->upos, "ADJ") || str_eq(p->upos, "PROPN") || str_eq(p->upos, "NOUN")))
            return 0;
    }
    return 0;
}

/* 1 when token t is "men" or "women": after "the two" or "both" they are
 * the pair of the last act, like "the two leaders". */
static int is_man_or_woman(const dyad_token *t) {
    return t->lemma && (str_eq(t->lemma, "man") || str_eq(t->lemma, "woman"));
}

/* 1 when word (a lemma) names one of a pair: "the two sides". */
static int is_pair_noun(const dyad_coder *c, uint32_t word) { return fw_is(c, word, FK_PAIR); }

/* 1 when token i is a noun that stands for a pair here: "the two sides",
 * "both neighbours", "the two Gulf countries", "each side ... the other". */
static int pair_word(const dyad_coder *c, const sent_work *w, const dyad_token *t, uint32_t i) {
    if (!is_pair_noun(c, w->lemma_id[i]) && !fw_is(c, w->lemma_id[i], FK_COUNTRY_NATION)) return 0;
    if (is_plural_tok(&t[i])) return after_two_or_both(w, t, i);
    return i > 0 && t[i - 1].form && ascii_ieq(t[i - 1].form, "each") && each_then_the_other(w, t, i - 1);
}

/* 1 when word is a noun that stands for the last organisation named
 * ("the group", "the agency", "the movement"). */
static int is_org_noun(const dyad_coder *c, uint32_t word) { return fw_is(c, word, FK_ORG); }

/* 1 when the word after token k is "-led", "-backed" ... joined to it
 * without spaces ("army-led", "Iranian-backed"). */
static int led_by(const dyad_token *t, uint32_t n, uint32_t k) {
    static const char *const led[] = {"led", "backed", "run", "controlled", "dominated", "sponsored",
                                      "supported", "allied", "aligned", NULL};
    return k + 2 < n && !t[k].space_after && t[k + 1].form && str_eq(t[k + 1].form, "-") && !t[k + 1].space_after &&
           t[k + 2].form && ascii_ieq_any(t[k + 2].form, led);
}


/* "separatist positions", "militant hideouts", "insurgent strongholds": an
 * armed side's role word used as an adjective of the places it holds. */
static int armed_sides_place(const dict *d, int32_t rec, const dyad_token *t, uint32_t tok) {
    static const char *const held[] = {"position", "stronghold", "hideout", "base", "camp", "target",
                                       "enclave", "bastion", "outpost", "redoubt", "hideaway", NULL};
    if (rec < 0 || !rel_is(&t[tok], "amod") || t[tok].head < 0 || !t[t[tok].head].lemma ||
        !ascii_ieq_any(t[t[tok].head].lemma, held))
        return 0;
    const char *code = d->recs[rec].code;
    return code && (!strcmp(code, "REB") || !strcmp(code, "SEP") || !strcmp(code, "INS"));
}

/* 1 when token k is "X-linked"/"X-affiliated" and names a group after it. */
static int linked_group(const dyad_token *t, uint32_t n, uint32_t k) {
    static const char *const groups[] = {"group", "militant", "militants", "fighter", "fighters", "rebel", "rebels",
                                         "faction", "organisation", "organization", "network", "cell", "insurgent",
                                         "insurgents", "militia", "jihadist", "jihadists", "affiliate", NULL};
    const char *f = t[k].form;
    const char *dash = f ? strrchr(f, '-') : NULL;
    return dash && (ascii_ieq(dash + 1, "linked") || ascii_ieq(dash + 1, "affiliated")) && k + 1 < n &&
           t[k + 1].form && ascii_ieq_any(t[k + 1].form, groups);
}

int find_mentions(const dyad_coder *c, dyad_events *e) {
    sent_work *w = &e->w;
    const dict *d = &c->d;
    const dyad_token *t = w->t;
    stream s;
    uint32_t cap = w->n * 4 + 8;
    if (cap > w->cap_stream) {
        GROW_TO(w->s_word, cap);
        GROW_TO(w->s_lemma, cap);
        GROW_TO(w->s_sing, cap);
        GROW_TO(w->s_tok, cap);
        GROW_TO(w->s_first, cap);
        GROW_TO(w->s_last, cap);
        w->cap_stream = cap;
    }
    s.word = w->s_word;
    s.lemma = w->s_lemma;
    s.sing = w->s_sing;
    s.tok = w->s_tok;
    s.first = w->s_first;
    s.last = w->s_last;
    s.n = 0;
    for (uint32_t i = 0; i < w->n; i++) {
        uint32_t ids[16];
        int k = split_token(d, t[i].form ? t[i].form : "", ids, 16);
        /* split only when the pieces leave one entry for each later token
         * (cap >= n, and an unsplit token takes one): checking the pieces
         * alone let later tokens write past the end */
        if (k > 0 && s.n + (uint32_t)k + (w->n - i - 1) > cap) k = 0;
        if (k <= 0) {
            s.word[s.n] = w->form_id[i];
            s.lemma[s.n] = w->lemma_id[i];
            s.sing[s.n] = w->sing_id[i];
            s.tok[s.n] = i;
            s.first[s.n] = s.last[s.n] = 1;
            s.n++;
            continue;
        }
        for (int j = 0; j < k; j++) {
            s.word[s.n] = ids[j];
            s.lemma[s.n] = WORD_NONE;
            s.sing[s.n] = WORD_NONE;
            s.tok[s.n] = i;
            s.first[s.n] = j == 0;
            s.last[s.n] = j == k - 1;
            s.n++;
        }
    }
    if (d->actors.n_nodes) {
        for (uint32_t i = 0; i < s.n;) {
            uint32_t tok = s.tok[i];
            if (!s.first[i] || upos_is(&t[tok], "PRON")) { i++; continue; }
            match_ctx mc = {d, &s, 0, -1};
            dfs(&mc, 0, i, 0);
            /* "the UN peacekeeping mission": a match that opens with an
             * article gives way to a longer one from the next word ("the UN"
             * against "UN peacekeeping mission") */
            if (mc.best_term >= 0 && i + 1 < s.n && s.first[i + 1] && upos_is(&t[tok], "DET")) {
                match_ctx next = {d, &s, 0, -1};
                dfs(&next, 0, i + 1, 0);
                if (next.best_term >= 0 && next.best_end > mc.best_end) { i++; continue; }
            }
            /* longest first; a too-long match rejected for case falls back */
            int32_t rec = mc.best_term >= 0 ? choose_rec(d, mc.best_term, e->date_int, span_lower(t, tok, s.tok[mc.best_end - 1]), where_it_happens(e)) : -2;
            if (rec == -1 && !names_a_person(d, mc.best_term)) rec = -2;
            /* "Sudan's army-led government": what leads or backs the noun
             * after the hyphen is no actor of its own there; a shorter
             * match ("Sudan") still is */
            if (rec >= 0 && led_by(t, w->n, s.tok[mc.best_end - 1]) && mc.best_end > i + 1) rec = -2;
            /* "the al Qaeda-linked group": a group linked to another is not it
             * (though an "Israel-linked cargo ship" is Israel's) */
            if (rec >= 0 && linked_group(t, w->n, s.tok[mc.best_end - 1])) rec = -2;
            if (mc.best_term >= 0 && rec == -2) {
                /* retry shorter ends by bounding the search */
                uint32_t limit = mc.best_end;
                while (limit > i + 1 && rec == -2) {
                    limit--;
                    stream s2 = s;
                    s2.n = limit;
                    match_ctx m2 = {d, &s2, 0, -1};
                    dfs(&m2, 0, i, 0);
                    if (m2.best_term < 0) break;
                    mc = m2;
                    rec = choose_rec(d, mc.best_term, e->date_int, span_lower(t, tok, s.tok[mc.best_end - 1]), where_it_happens(e));
                    if (rec == -1 && !names_a_person(d, mc.best_term)) rec = -2;
                    limit = mc.best_end;
                }
            }
            if (mc.best_term < 0 || rec == -2) { i++; continue; }
            uint32_t b = tok, en = s.tok[mc.best_end - 1] + 1;
            int kind = rec >= 0 ? d->recs[rec].kind : AK_OFFICE;
            /* a role is a noun: "a general agreement" has no general in it
             * (but "separatist positions", "militant hideouts" are the
             * armed side's) */
            if (kind == AK_AGENT && t[en - 1].upos && !str_eq(t[en - 1].upos, "NOUN") && !str_eq(t[en - 1].upos, "PROPN") &&
                (rel_is(&t[en - 1], "amod") || str_eq(t[en - 1].upos, "VERB") || str_eq(t[en - 1].upos, "ADV")) &&
                !armed_sides_place(d, rec, t, en - 1)) {
                i++;
                continue;
            }
            /* "the west bank of the Dnipro River", "the river bank": a
             * bank of a river is no business */
            if (kind == AK_AGENT && en == b + 1 && t[b].lemma && str_eq(t[b].lemma, "bank") && b > 0 && t[b - 1].lemma) {
                static const char *const sides[] = {"west", "east", "left", "right", "north", "south", "river",
                                                    "opposite", "far", "eastern", "western", "northern", "southern", NULL};
                if (ascii_ieq_any(t[b - 1].lemma, sides)) {
                    i++;
                    continue;
                }
            }
            /* "threatened to use legitimate force", "by force": force as
             * what is used is no armed force */
            if (kind == AK_AGENT && en == b + 1 && t[b].lemma && str_eq(t[b].lemma, "force") &&
                t[b].xpos && str_eq(t[b].xpos, "NN") && t[b].head >= 0 && t[t[b].head].lemma &&
                ((rel_is(&t[b], "obj") && (str_eq(t[t[b].head].lemma, "use") || str_eq(t[t[b].head].lemma, "employ"))) ||
                 (b > 0 && t[b - 1].lemma && str_eq(t[b - 1].lemma, "by")))) {
                i++;
                continue;
            }
            /* "drone attacks", "helicopter crash": a machine that modifies
             * another noun is no one's forces */
            if (kind == AK_AGENT && en == b + 1 && rel_is(&t[b], "compound") && t[b].lemma &&
                (str_eq(t[b].lemma, "drone") || str_eq(t[b].lemma, "aircraft") || str_eq(t[b].lemma, "helicopter"))) {
                i++;
                continue;
            }
            /* "a passenger jet", "a cargo plane": a civil machine is no
             * one's forces */
            if (kind == AK_AGENT && t[en - 1].lemma &&
                (str_eq(t[en - 1].lemma, "jet") || str_eq(t[en - 1].lemma, "plane") ||
                 str_eq(t[en - 1].lemma, "aircraft") || str_eq(t[en - 1].lemma, "helicopter"))) {
                static const char *const civil[] = {"passenger", "commercial", "civilian", "cargo", "private",
                                                    "airline", "charter", NULL};
                int civil_machine = 0;
                for (uint32_t k = b > 2 ? b - 2 : 0; k < en - 1; k++)
                    civil_machine |= t[k].lemma && ascii_ieq_any(t[k].lemma, civil);
                if (civil_machine) {
                    i++;
                    continue;
                }
            }
            /* "a general strike", "general elections": no officer */
            if (kind == AK_AGENT && en == b + 1 && en < w->n && t[b].form && ascii_ieq(t[b].form, "general") &&
                t[en].lemma && (str_eq(t[en].lemma, "strike") || str_eq(t[en].lemma, "election") ||
                                str_eq(t[en].lemma, "assembly") || str_eq(t[en].lemma, "amnesty") ||
                                str_eq(t[en].lemma, "elections") || str_eq(t[en].lemma, "mobilisation") ||
                                str_eq(t[en].lemma, "mobilization"))) {
                i++;
                continue;
            }
            if (kind == AK_DISCARD) w->discard = 1;
            /* (a region names no one; its words stay taken) */
            if (kind == AK_REGION) {
                i = mc.best_end;
                continue;
            }
            if (rec < 0) kind = MK_NER_PERSON; /* an office holder out of office: a name */
            /* "Cristiana Chamorro" (Chamorro: Guam's people): a demonym
             * that continues a person's name the name tagger found, right
             * after a word of that name no dictionary knows, is that name */
            int demonym_in_name = (kind == AK_ADJ || kind == AK_PEOPLE) && en == b + 1 && b > 0 &&
                                  t[b].entity == DYAD_ENTITY_PERSON && !t[b].entity_begin &&
                                  t[b - 1].entity == DYAD_ENTITY_PERSON && w->mention_of[b - 1] < 0 &&
                                  t[b - 1].form && t[b - 1].form[0] >= 'A' && t[b - 1].form[0] <= 'Z';
            if (((kind == AK_NAME || kind == AK_METONYM) && en == b + 1 && part_of_person_name(e, b)) || demonym_in_name) {
                /* "Valeska Paris", "Paris Hilton", and "Paris" after
                 * them: a person, not France (the name loop below, or
                 * here when the name tagger left the word alone) */
                if (t[b].entity != DYAD_ENTITY_PERSON && add_mention(e, b, en, -1, MK_NER_PERSON)) return -1;
                i = mc.best_end;
                continue;
            }
            if (add_mention(e, b, en, rec, kind)) return -1;
            i = mc.best_end;
        }
    }
    uncorroborated_acronyms(c, e);
    names_inside_place_names(e);
    /* names the dictionaries do not know */
    for (uint32_t i = 0; i < w->n;) {
        int ent = t[i].entity;
        if (w->mention_of[i] >= 0 || (ent != DYAD_ENTITY_PERSON && ent != DYAD_ENTITY_ORGANIZATION)) { i++; continue; }
        uint32_t j = i + 1;
        while (j < w->n && t[j].entity == ent && !t[j].entity_begin && w->mention_of[j] < 0) j++;
        if (ent == DYAD_ENTITY_PERSON && j > i + 1 && w->form_id[j - 1] != WORD_NONE && capitalised(t, i, j)) {
            doc_memory *m = &e->memo;
            m->surnames[m->n_surnames++ % 32] = w->form_id[j - 1];
        }
        if (add_mention(e, i, j, -1, ent == DYAD_ENTITY_PERSON ? MK_NER_PERSON : MK_NER_ORG)) return -1;
        i = j;
    }
    /* 3rd-person pronouns */
    int np;
    const uint32_t *pw = pron_words(c, &np);
    for (uint32_t i = 0; i < w->n; i++) {
        if (w->mention_of[i] >= 0 || w->form_id[i] == WORD_NONE) continue;
        if (t[i].upos && !upos_is(&t[i], "PRON") && !upos_is(&t[i], "DET")) continue;
        for (int k = 0; k < np; k++)
            if (w->form_id[i] == pw[k]) {
                if (add_mention(e, i, i + 1, -1, MK_PRONOUN)) return -1;
                break;
            }
    }
    /* "suspended the country from all its activities": "the country"
     * refers to the last country named, like a pronoun -- but "across the
     * country" is a place */
    static const char *const across[] = {"across", "throughout", "in", "around", "inside", "within", "outside",
                                         "into", "over", "all", "nationwide", NULL};
    for (uint32_t i = 1; i < w->n; i++) {
        if (w->mention_of[i] >= 0 || !is_country_noun(c, w->form_id[i]) || !t[i].form ||
            !(t[i].form[0] >= 'a' && t[i].form[0] <= 'z'))
            continue;
        /* "the country", or one word between: "the Gulf state", "the
         * island nation" ("the state" alone is the government) */
        uint32_t the = i - 1;
        int32_t mod = i >= 2 ? w->mention_of[i - 1] : -1;
        if (!(t[the].form && ascii_ieq(t[the].form, "the")) && i >= 2 &&
            (mod < 0 || w->m[mod].kind == MK_NER_ORG || w->m[mod].kind == MK_NER_PERSON) && t[i - 1].upos &&
            (str_eq(t[i - 1].upos, "ADJ") || str_eq(t[i - 1].upos, "PROPN") || str_eq(t[i - 1].upos, "NOUN")))
            the = i - 2;
        if (!t[the].form || !ascii_ieq(t[the].form, "the") || (w->form_id[i] == c->fw[FW_STATE] && the == i - 1)) continue;
        if (the >= 1 && t[the - 1].form && ascii_ieq_any(t[the - 1].form, across)) continue;
        if (add_mention(e, i, i + 1, -1, MK_PRONOUN)) return -1;
    }
    /* "the two sides accused each other", "both neighbours": the pair a
     * conjoined list named before, like "they" */
    for (uint32_t i = 1; i < w->n; i++)
        if (w->mention_of[i] < 0 && t[i].form && (t[i].form[0] >= 'a' && t[i].form[0] <= 'z') &&
            pair_word(c, w, t, i) && add_mention(e, i, i + 1, -1, MK_PRONOUN))
            return -1;
    /* "each accused the other": "each" is one of the pair */
    for (uint32_t i = 0; i < w->n; i++)
        if (w->mention_of[i] < 0 && t[i].form && ascii_ieq(t[i].form, "each") &&
            (!t[i].deprel || rel_is(&t[i], "nsubj")) && /* (no tree yet: dyad_code_needs_tree asks) */
            each_then_the_other(w, t, i) && add_mention(e, i, i + 1, -1, MK_PRONOUN))
            return -1;
    /* "The group said ...", "the agency's report": a bare organisation
     * noun refers to the last organisation named ("Al-Shabaab", "the
     * IAEA"), like a pronoun -- but not "a group", "the rebel group", "the
     * group of seven" or "the Wagner group", which say more themselves */
    for (uint32_t i = 1; i < w->n; i++) {
        if (w->mention_of[i] >= 0 || !is_org_noun(c, w->form_id[i]) || !t[i].form || !(t[i].form[0] >= 'a' && t[i].form[0] <= 'z') ||
            !t[i - 1].form || !ascii_ieq(t[i - 1].form, "the"))
            continue;
        if (i + 1 < w->n && t[i + 1].form && (ascii_ieq(t[i + 1].form, "of") || (t[i + 1].form[0] >= 'A' && t[i + 1].form[0] <= 'Z'))) continue;
        if (add_mention(e, i, i + 1, -1, MK_PRONOUN)) return -1;
    }
    return 0;
}

int dyad_code_needs_tree(const dyad_coder *c, dyad_events *e, const dyad_token *t, size_t n) {
    if (!n) return 0;
    if (n > 100000) return 1; /* dyad_code_sentence refuses it anyway */
    /* a place can only be a proper noun or a name the tagger called a
     * place (location.c: is_propn); most news sentences stop here */
    for (size_t i = 0; i < n; i++)
        if (t[i].entity == DYAD_ENTITY_PLACE || (t[i].upos && str_eq(t[i].upos, "PROPN"))) return 1;
    /* a PERSON/ORGANIZATION name or a 3rd-person pronoun is a mention
     * (its own, or inside a dictionary phrase's): find_mentions below would
     * find one; these cheaper tests come first */
    int np;
    const uint32_t *pw = pron_words(c, &np);
    for (size_t i = 0; i < n; i++) {
        if (t[i].entity == DYAD_ENTITY_PERSON || t[i].entity == DYAD_ENTITY_ORGANIZATION) return 1;
        if (t[i].upos && !upos_is(&t[i], "PRON") && !upos_is(&t[i], "DET")) continue;
        uint32_t f = norm_lookup(&c->d, t[i].form);
        if (f == WORD_NONE) continue;
        for (int k = 0; k < np; k++)
            if (f == pw[k]) return 1;
    }
    /* the mentions as the coder finds them, without a tree: the only tree
     * test (an agent word used as an amod) removes mentions, never adds */
    if (sw_prepare(c, e, t, (uint32_t)n) || find_mentions(c, e)) return -1;
    return e->w.n_m > 0;
}

/* ---------------------------------------------------------------- groups */

static int climbable(const dyad_token *h) {
    if (!h->upos) return 1;
    return !(upos_is(h, "VERB") || upos_is(h, "AUX") || upos_is(h, "ADP") || upos_is(h, "CCONJ") ||
             upos_is(h, "SCONJ") || upos_is(h, "PUNCT"));
}

static int named_kind(int k) {
    return k == AK_NAME || k == AK_ACTOR || k == AK_GROUP || k == AK_IGO || k == AK_METONYM;
}

/* The token of [b, en) whose head is outside; a determiner or preposition
 * the phrase happens to start with ("the United Nations") is not it. */
static uint32_t span_head(const sent_work *w, uint32_t b, uint32_t en) {
    int32_t first = -1;
    for (uint32_t k = b; k < en; k++) {
        int32_t h = w->t[k].head;
        if (h >= (int32_t)b && h < (int32_t)en) continue;
        if (first < 0) first = (int32_t)k;
        const char *u = w->t[k].upos;
        if (!u || (!str_eq(u, "DET") && !str_eq(u, "ADP") && !str_eq(u, "PUNCT"))) return k;
    }
    return first >= 0 ? (uint32_t)first : en - 1;
}

static int is_nonstate(const char *code) {
    static const char *const pre[] = {"IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "INT", "UAF", "---"};
    /* the first three bytes, compared as one word (a shorter code's NUL
     * ends it, as strncmp would) */
    for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++)
        if (code[0] == pre[i][0] && code[0] && code[1] == pre[i][1] && code[1] && code[2] == pre[i][2]) return 1;
    return 0;
}

static int country_like(const char *code) {
    /* three capitals (isupper in the C locale: A-Z; a shorter code stops
     * at its NUL) that are no non-state prefix */
    if (!code) return 0;
    for (int i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z') return 0;
    return !is_nonstate(code);
}

/* The first country a name, adjective, demonym, capital or office holder
 * of the sentence belongs to (a code of its own, "KEN"), else that of its
 * first place (note_places), or NULL. */
static const char *sentence_country(const dyad_coder *c, dyad_events *e) {
    const sent_work *w = &e->w;
    for (uint32_t k = 0; k < w->n_m; k++) {
        const mention *m = &w->m[k];
        if (m->rec < 0) continue;
        int kind = m->kind;
        if (kind != AK_NAME && kind != AK_ADJ && kind != AK_PEOPLE && kind != AK_METONYM && kind != AK_OFFICE &&
            kind != AK_PERSON)
            continue;
        const char *code = c->d.recs[m->rec].code;
        if (country_like(code)) return ev_strdup(e, code, 3);
    }
    /* else where the sentence happens: "Policemen arrested protesters in
     * Lagos" */
    return e->sent_cc[0] ? e->sent_cc : NULL;
}

/* The country named by the place a "where" clause around tok describes
 * ("the military takeover in Gabon, where army officers seized power"),
 * or NULL. */
static const char *where_country(const dyad_coder *c, dyad_events *e, uint32_t tok) {
    const sent_work *w = &e->w;
    const dyad_token *t = w->t;
    /* the clause around tok that opens with "where" (a relative clause,
     * or one the parser hung elsewhere) */
    int32_t where = -1;
    for (int32_t up = (int32_t)tok, hops = 0; up >= 0 && hops < 6 && where < 0; up = t[up].head, hops++)
        for (int32_t ch = w->child_first[up]; ch >= 0 && where < 0; ch = w->child_next[ch])
            if (ch < (int32_t)tok && rel_is(&t[ch], "advmod") && t[ch].form && ascii_ieq(t[ch].form, "where"))
                where = ch;
    /* the place right before it: a country's name */
    for (int32_t k = where - 1; k >= 0 && k >= where - 3; k--) {
        if (w->mention_of[k] < 0) continue;
        const mention *m = &w->m[w->mention_of[k]];
        if (m->rec < 0 || (m->kind != AK_NAME && m->kind != AK_METONYM)) return NULL;
        const char *code = c->d.recs[m->rec].code;
        return country_like(code) ? ev_strdup(e, code, 3) : NULL;
    }
    return NULL;
}

/* The country a "from" right after a span ending before token end names
 * ("refugees from Syria", "200,000 refugees from Sudan's Darfur region"),
 * or NULL: where refugees and migrants come from, however the parser hung
 * the phrase.  head: the span's head. */
static const char *origin_country(const dyad_coder *c, dyad_events *e, uint32_t head, uint32_t end) {
    const sent_work *w = &e->w;
    const dyad_token *t = w->t;
    /* (or those sent back "to" it: "deported hundreds of migrants to
     * Honduras") */
    static const char *const send_back[] = {"deport", "expel", "return", "repatriate", "send", "fly", NULL};
    /* (the verb above the noun, or above its quantity: "hundreds of
     * migrants") */
    int32_t verb = t[head].head;
    if (verb >= 0 && t[verb].upos && !str_eq(t[verb].upos, "VERB")) verb = t[verb].head;
    int home = end + 1 < w->n && t[end].form && ascii_ieq(t[end].form, "to") && verb >= 0 && t[verb].lemma &&
               ascii_ieq_any(t[verb].lemma, send_back);
    if (end + 1 >= w->n || !t[end].form || (!ascii_ieq(t[end].form, "from") && !home)) return NULL;
    uint32_t k = end + 1;
    if (t[k].form && ascii_ieq(t[k].form, "the")) k++;
    if (k >= w->n || w->mention_of[k] < 0) return NULL;
    const mention *m = &w->m[w->mention_of[k]];
    if (m->rec < 0 || (m->kind != AK_NAME && m->kind != AK_ADJ && m->kind != AK_METONYM)) return NULL;
    const char *code = c->d.recs[m->rec].code;
    return country_like(code) ? ev_strdup(e, code, 3) : NULL;
}

/* The country an "in" right after a span ending before token end names,
 * past a noun or two the span modifies and the place's adjectives
 * ("rebel positions in Mali", "militants in Somalia", "militant training
 * camps in eastern Afghanistan"), or NULL: where armed men of no named
 * country are. */
static const char *in_country(const dyad_coder *c, dyad_events *e, uint32_t end) {
    const sent_work *w = &e->w;
    const dyad_token *t = w->t;
    uint32_t k = end;
    for (int nouns = 0; k < w->n && nouns < 3 && t[k].upos && str_eq(t[k].upos, "NOUN"); nouns++) k++;
    if (k >= w->n || !t[k].form || !ascii_ieq(t[k].form, "in")) return NULL;
    for (k++; k < w->n && t[k].upos && (str_eq(t[k].upos, "DET") || str_eq(t[k].upos, "ADJ")); k++)
        ;
    if (k >= w->n || w->mention_of[k] < 0) return NULL;
    /* (a country's name, not a capital where talks are held: "talks
     * between the Congolese government and rebel groups in Nairobi") */
    const mention *m = &w->m[w->mention_of[k]];
    if (m->rec < 0 || m->kind != AK_NAME) return NULL;
    const char *code = c->d.recs[m->rec].code;
    return country_like(code) && strlen(code) == 3 ? ev_strdup(e, code, 3) : NULL;
}

/* The country whose name or capital is the object of the verb of taking
 * or entering that the group at token top is the subject of ("rebels
 * seized Damascus" -> SYR; not "rebels accused Russia"), or NULL. */
static const char *object_country(const dyad_coder *c, dyad_events *e, uint32_t top) {
    static const char *const taking[] = {"seize", "capture", "take", "overrun", "enter", "storm", "besiege",
                                         "control", "hold", NULL};
    const sent_work *w = &e->w;
    const dyad_token *t = w->t;
    if (!rel_is(&t[top], "nsubj") || t[top].head < 0 || !t[t[top].head].lemma ||
        !ascii_ieq_any(t[t[top].head].lemma, taking))
        return NULL;
    for (int32_t ch = w->child_first[t[top].head]; ch >= 0; ch = w->child_next[ch]) {
        if (!rel_is(&t[ch], "obj") || w->mention_of[ch] < 0) continue;
        const mention *m = &w->m[w->mention_of[ch]];
        if (m->rec < 0 || (m->kind != AK_NAME && m->kind != AK_METONYM)) return NULL;
        const char *code = c->d.recs[m->rec].code;
        return code && strlen(code) >= 3 && country_like(code) ? ev_strdup(e, code, 3) : NULL;
    }
    return NULL;
}

/* The code of the first mention inside the phrase of the modifier of a
 * role noun (token head) that has relation rel and one of lemmas, and
 * whose kind is one of kinds (-1 ends the list), or NULL: "forces loyal
 * to Muammar Gaddafi", "armed men led by failed businessman George
 * Speight".  The phrase is the words after the modifier that hang on it
 * (within a few steps). */
static const char *modifier_phrase_code(const dyad_coder *c, const dyad_events *e, uint32_t head, const char *rel,
                                        const char *const *lemmas, const int *kinds) {
    const sent_work *w = &e->w;
    const dyad_token *t = w->t;
    for (int32_t a = w->child_first[head]; a >= 0; a = w->child_next[a]) {
        if (!rel_is(&t[a], rel) || (uint32_t)a < head || !t[a].lemma || !ascii_ieq_any(t[a].lemma, lemmas)) continue;
        for (uint32_t k = (uint32_t)a + 1; k < w->n && k < (uint32_t)a + 10; k++) {
            int32_t up = (int32_t)k;
            for (int hops = 0; up >= 0 && up != a && hops < 6; hops++) up = t[up].head;
            if (up != a) break; /* past the modifier's phrase */
            if (w->mention_of[k] < 0) continue;
            const mention *m = &w->m[w->mention_of[k]];
            int kind_ok = 0;
            for (int i = 0; kinds[i] >= 0 && !kind_ok; i++) kind_ok = m->kind == kinds[i];
            if (m->rec < 0 || !kind_ok) continue;
            const char *code = c->d.recs[m->rec].code;
            return country_like(code) ? code : NULL;
        }
    }
    return NULL;
}

/* The country of the side a role noun (token head) is loyal to ("forces
 * loyal to Muammar Gaddafi", "youths loyal to President Laurent Gbagbo",
 * "militias allied to the regime of Bashar al-Assad"), or NULL: the
 * country of the first name, office holder, capital or armed group inside
 * the adjective's phrase. */
static const char *loyal_country(const dyad_coder *c, dyad_events *e, uint32_t head) {
    static const char *const loyal[] = {"loyal", "allied", "faithful", NULL};
    static const int kinds[] = {AK_NAME, AK_METONYM, AK_OFFICE, AK_PERSON, AK_ADJ, AK_PEOPLE, AK_GROUP, -1};
    const char *code = modifier_phrase_code(c, e, head, "amod", loyal, kinds);
    return code ? ev_strdup(e, code, 3) : NULL;
}

/* The code of the rebel group a role noun (token head) is loyal to
 * ("forces loyal to the Tigray People's Liberation Front"), or NULL:
 * fighters loyal to a rebel side are that side, not their country's
 * army. */
static const char *loyal_rebels(const dyad_coder *c, dyad_events *e, uint32_t head) {
    static const char *const loyal[] = {"loyal", "allied", "faithful", NULL};
    static const int kinds[] = {AK_GROUP, -1};
    const char *code = modifier_phrase_code(c, e, head, "amod", loyal, kinds);
    return code && strlen(code) == 6 && (!strcmp(code + 3, "REB") || !strcmp(code + 3, "SEP")) ? code : NULL;
}

/* The code of the person a role noun (token head) is led by ("armed men
 * led by George Speight", "rebels led by Laurent Nkunda"), or NULL: the
 * first person named in the phrase of a participle "led", "headed" or
 * "commanded" under the noun. */
static const char *leader_code(const dyad_coder *c, dyad_events *e, uint32_t head) {
    static const char *const led[] = {"lead", "head", "command", NULL};
    static const int kinds[] = {AK_OFFICE, AK_PERSON, -1};
    return modifier_phrase_code(c, e, head, "acl", led, kinds);
}

/* Fills country/sector from a code: RUSGOV -> RUS, GOV; IGOUNO -> -, IGO. */
static void split_code(dyad_events *e, actor_val *v) {
    v->country = v->sector = NULL;
    if (!v->code) return;
    size_t n = strlen(v->code);
    if (country_like(v->code)) {
        v->country = ev_strdup(e, v->code, 3);
        if (n >= 6) v->sector = ev_strdup(e, v->code + 3, 3);
    } else if (n >= 3) {
        v->sector = ev_strdup(e, v->code, 3);
    }
}

static const char *const person_titles[] = {
    "president", "minister", "leader", "king", "queen", "premier", "chancellor", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "general", "commander",
    "prince", "emir", "sheikh", "mr", "mrs", "ms", "mr.", "mrs.", "ms.", "prime", "counterpart", "chief",
    "ayatollah", "governor", "mayor", "senator", "general"};

static int is_title(const dyad_coder *c, const sent_work *w, uint32_t tok) {
    const char *l = dict_word_str(&c->d, w->lemma_id[tok]);
    if (w->lemma_id[tok] == WORD_NONE) return 0;
    for (size_t i = 0; i < sizeof person_titles / sizeof person_titles[0]; i++)
        if (l[0] == person_titles[i][0] && !strcmp(l, person_titles[i])) return 1;
    return 0;
}

/* A bare country named as a place ("in eastern Syria", "on the Iraq
 * border") is no actor: bare sectors later in the document ("armored
 * vehicles", "the fighters") must not take its country. */
static int used_as_place(const sent_work *w, const dyad_token *t, const group *g) {
    static const char *const locative[] = {"in", "near", "at", "across", "along", "inside", "outside", "around",
                                           "throughout", "within", "into", NULL};
    static const char *const place_nouns[] = {"border", "frontier", "coast", "side", "outskirts", "region",
                                              "province", "territory", "soil", NULL};
    if (!g->val.code || g->val.sector || !g->val.country) return 0;
    const dyad_token *top = &t[g->top];
    const char *l = top->lemma ? top->lemma : top->form;
    if (l && ascii_ieq_any(l, place_nouns)) return 1;
    for (int32_t ch = w->child_first[g->top]; ch >= 0; ch = w->child_next[ch]) {
        if (!rel_is(&t[ch], "case")) continue;
        const char *c = t[ch].lemma ? t[ch].lemma : t[ch].form;
        if (c && ascii_ieq_any(c, locative)) return 1;
    }
    return 0;
}

/* A bare country named as the topic of talk ("the discussion on Syria",
 * "a statement about Iran") is no actor either: "telling reporters" after
 * it must not make the reporters Syrian. "about/regarding/concerning"
 * always mark a topic; "on/over" only under a word of talk or position
 * ("strikes on Syria" names a target, which may be remembered). */
static int used_as_topic(const sent_work *w, const dyad_token *t, const group *g) {
    static const char *const topic_case[] = {"about", "regarding", "concerning", NULL};
    static const char *const talk_nouns[] = {
        "discussion", "talk", "talks", "conversation", "position", "statement", "agreement", "deal",
        "resolution", "meeting", "summit", "conference", "debate", "negotiation", "negotiations",
        "reference", "comment", "remark", "remarks", "report", "policy", "line", "view", "stance",
        "focus", "question", "decision", "vote", "dispute", "disagreement", "consensus", "plan",
        "strategy", "briefing", "speech", "interview", "consultation", NULL};
    if (!g->val.code || g->val.sector || !g->val.country) return 0;
    const dyad_token *top = &t[g->top];
    for (int32_t ch = w->child_first[g->top]; ch >= 0; ch = w->child_next[ch]) {
        if (!rel_is(&t[ch], "case")) continue;
        const char *c = t[ch].lemma ? t[ch].lemma : t[ch].form;
        if (!c) continue;
        if (ascii_ieq_any(c, topic_case)) return 1;
        if (!ascii_ieq(c, "on") && !ascii_ieq(c, "over")) continue;
        if (top->head < 0 || (uint32_t)top->head >= w->n) continue;
        const dyad_token *h = &t[top->head];
        const char *hl = h->lemma ? h->lemma : h->form;
        if (hl && ascii_ieq_any(hl, talk_nouns)) return 1;
    }
    return 0;
}

static void remember(dyad_events *e, const actor_val *v) {
    doc_memory *m = &e->memo;
    m->seq++;
    if (v->cls == AC_PERSON) {
        m->person = *v;
        m->person_seq = m->seq;
        if (v->name && m->n_names < 64) m->names[m->n_names++] = *v;
    } else {
        m->other = *v;
        m->other_seq = m->seq;
        /* (a bare country is no organisation "the agency" could be:
         * "South Sudan's Unity state" is not the WFP told of again) */
        if (v->cls == AC_ORG && !(v->code && country_like(v->code) && strlen(v->code) == 3)) m->org = *v;
        if (v->code && (!strcmp(v->code, "IGOICC") || !strcmp(v->code, "IGOUNOICJ"))) m->court = *v;
        /* ("Chechen separatist envoy Akhmed Zakayev" ... "Zakayev": a
         * name a role and country coded is that actor again later) */
        if (v->name && v->sector && v->country && strchr(v->name, ' ') && m->n_names < 64)
            m->names[m->n_names++] = *v;
    }
    if (country_like(v->code)) m->country = *v;
    if (!country_like(v->code)) return;
    if (e->dateline_end && v->end <= e->dateline_end) {
        if (!m->dateline_actor.code) m->dateline_actor = *v;
        return;
    }
    if (!m->home.code) m->home = *v;
}


static const char *last_word(const char *s) {
    const char *sp = strrchr(s, ' ');
    return sp ? sp + 1 : s;
}

static int cmp_mention(const void *a, const void *b) {
    const mention *x = a, *y = b;
    /* A total order: qsort is not stable (glibc >= 2.37 uses introsort), so
     * ties on the start alone could order mentions differently across C
     * libraries and the output would not be the same everywhere. */
    if (x->b != y->b) return x->b < y->b ? -1 : 1;
    if (x->e != y->e) return x->e < y->e ? -1 : 1;
    if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
    return x->rec < y->rec ? -1 : x->rec > y->rec;
}

/* 1 when every mention of the group reached it through a possessive. */
static int via_poss_only(const sent_work *w, const group *g) {
    for (uint32_t k = g->first_mention; k < g->first_mention + g->n_mentions; k++)
        if (!w->m[w->order[k]].via_poss) return 0;
    return g->n_mentions > 0;
}

/* Words that put an official out of office: "former", "ex", and the
 * ruler removed ("ousted", "deposed", "toppled"). */
static const char *const FORMER[] = {"former", "ex", "ousted", "deposed", "toppled", NULL};

/* 1 when "the two sides" stand for the sides of the last act between two
 * actors (memo.pair) rather than for the last conjoined list: the act was
 * told in the last two sentences and no earlier than the list, and no list
 * was named in this sentence ("fighting broke out between Azerbaijan and
 * Armenia, and the two sides accused each other"). */
static int pair_of_last_act(const doc_memory *mm, const dyad_token *t, uint32_t top) {
    if (!mm->has_pair || mm->pair_sentence + 2 < mm->sentence) return 0;
    /* (unless that list is the subject of the verb the pair depends on:
     * "Egypt and the United Nations urged both sides to show restraint"
     * asks the sides of the last act, not Egypt and the UN) */
    if (mm->n_plural && mm->plural_sentence == mm->sentence)
        return mm->plural_tok >= 0 && t[top].head >= 0 && rel_is(&t[mm->plural_tok], "nsubj") &&
               t[mm->plural_tok].head == t[top].head && !rel_is(&t[top], "nsubj");
    return !mm->n_plural || mm->pair_sentence >= mm->plural_sentence;
}

/* The pair of the last act as a plural pronoun's actors; returns 2. */
static int pair_alts(const doc_memory *mm, actor_val *alts) {
    alts[0] = mm->pair[0];
    alts[1] = mm->pair[1];
    return 2;
}

/* Composes one group's actor (see the file comment). */
/* 1 when the group's head or a word of its role has one of words as a
 * modifier ("foreign aid agencies", "Western governments"). */
static int members_modified(const sent_work *w, const dyad_token *t, uint32_t top, const mention *role,
                            const char *const *words) {
    for (uint32_t h = role->b; h <= role->e; h++) {
        uint32_t tok = h == role->e ? top : h; /* the role's words, then the group's head */
        for (int32_t ch = w->child_first[tok]; ch >= 0; ch = w->child_next[ch])
            if (rel_is(&t[ch], "amod") && t[ch].form && ascii_ieq_any(t[ch].form, words)) return 1;
    }
    return 0;
}

static const char *const FOREIGN_WORD[] = {"foreign", NULL};

/* Words that make a role no one country's: "Western governments", "world
 * leaders", "Arab states" ("foreign" is a ministry's: "the foreign
 * ministry"). */
static const char *const MANY_COUNTRIES[] = {"western", "world", "arab", "international", NULL};

/* 1 when a plural common noun that is no mention is a subject or object
 * before token pb in the sentence. */
static int plural_noun_before(const sent_work *w, const dyad_token *t, uint32_t pb) {
    for (uint32_t k = 0; k < pb; k++)
        if (t[k].xpos && str_eq(t[k].xpos, "NNS") && w->mention_of[k] < 0 && w->group_of[k] < 0 &&
            (rel_is(&t[k], "nsubj") || rel_is(&t[k], "obj")))
            return 1;
    return 0;
}

/* "security forces opened fire on them", "protesters who hurled petrol
 * bombs at them": the index of the last group before token pb (a "them")
 * in the sentence that is a plural actor and not the subject of the
 * pronoun's own clause (nor, through "who", the noun that subject stands
 * for), or -1. */
static int32_t plural_actor_before(const sent_work *w, const dyad_token *t, const group *g, uint32_t pb) {
    static const char *const relative[] = {"who", "that", "which", NULL};
    int32_t v = t[pb].head;
    for (int hops = 0; v >= 0 && hops < 3 && !(t[v].upos && str_eq(t[v].upos, "VERB")); hops++) v = t[v].head;
    int32_t subj = -1;
    for (int32_t ch = v >= 0 ? w->child_first[v] : -1; ch >= 0 && subj < 0; ch = w->child_next[ch])
        if (rel_is(&t[ch], "nsubj")) subj = ch;
    /* (a conjoined verb shares its first verb's subject: "Malaysian police
     * fired tear gas at thousands of people ... and arrested more than
     * 1,600 of them") */
    int shared = 0;
    if (subj < 0 && v >= 0 && rel_is(&t[v], "conj") && t[v].head >= 0) {
        for (int32_t ch = w->child_first[t[v].head]; ch >= 0 && subj < 0; ch = w->child_next[ch])
            if (rel_is(&t[ch], "nsubj")) subj = ch;
        shared = subj >= 0;
    }
    if (subj >= 0 && t[subj].form && ascii_ieq_any(t[subj].form, relative) && rel_is(&t[v], "acl")) subj = t[v].head;
    /* (not in an -ing adjunct: "expelled two French diplomats, accusing
     * them of subversion" is told as the expulsion alone, and the
     * remembered actor stays) */
    if (v >= 0 && rel_is(&t[v], "advcl") && t[v].xpos && str_eq(t[v].xpos, "VBG")) return -1;
    /* (a clause read whole: its verb before the pronoun with no other verb
     * between, and a subject; the one "them" stands for told before it) */
    if (v < 0 || v >= (int32_t)pb || subj < 0) return -1;
    for (int32_t k = v + 1; k < (int32_t)pb; k++)
        if (t[k].upos && str_eq(t[k].upos, "VERB")) return -1;
    for (int32_t k = (int32_t)(g - w->g) - 1; k >= 0; k--) {
        const group *o = &w->g[k];
        /* (with a shared subject, the people acted on in the first verb's
         * clause, after that subject) */
        if (shared ? o->top <= (uint32_t)subj || o->top >= (uint32_t)v : o->top >= (uint32_t)subj) continue;
        /* (plural, or the police) */
        if (!o->val.code || o->top >= pb || o->plural || (int32_t)o->top == subj || !t[o->top].xpos ||
            !(str_eq(t[o->top].xpos, "NNS") || str_eq(t[o->top].xpos, "NNPS") ||
              (t[o->top].lemma && ascii_ieq(t[o->top].lemma, "police"))))
            continue;
        return k;
    }
    return -1;
}

/* The country of the role whose head is token h, told before in the
 * document, when "the" names it again ("The protesters are demanding
 * ..."), or NULL. */
static const char *role_told_before(const dyad_events *e, const dyad_token *t, uint32_t b, uint32_t h) {
    static const char *const definite[] = {"the", "these", "those", NULL};
    if (!b || !t[b - 1].form || !ascii_ieq_any(t[b - 1].form, definite) || !t[h].lemma) return NULL;
    const doc_memory *m = &e->memo;
    for (int i = m->n_roles; i-- > 0;)
        if (!strcmp(m->roles[i].lemma, t[h].lemma)) return m->roles[i].cc;
    return NULL;
}

/* The country of the last actor with this sector in the events of the
 * sentences before, when it is not country cc; or NULL. */
static const char *sector_told_before(const dyad_events *e, const char *sector, const char *cc) {
    for (size_t i = e->n; i-- > 0;) {
        const dyad_event *pe = &e->ev[i];
        if (pe->sentence >= e->memo.sentence) continue;
        const dyad_actor *a = &pe->actor;
        if (a->code && a->sector && a->country && str_eq(a->sector, sector))
            return strncmp(a->country, cc, 3) ? a->country : NULL;
    }
    return NULL;
}

/* The country of "the army", "the junta" or "the government" (sector at
 * token b, after "the") when another country was named earlier in this
 * sentence ("South Africa's foreign ministry said the army's actions
 * bore the hallmarks of a coup"): the country of the last event's actor
 * with that sector in the sentences before, or else the story's first
 * actor's when that was a government, army, police or rebels; NULL when
 * neither differs from the country just named. */
static const char *role_of_earlier_country(const dyad_events *e, const dyad_token *t, uint32_t b, const char *sector) {
    static const char *const state_or_armed[] = {"MIL", "GOV", "COP", "REB", NULL};
    const doc_memory *m = &e->memo;
    if (!str_eq(sector, "MIL") && !str_eq(sector, "GOV")) return NULL;
    if (!m->country.code || !m->country.country || !b || !t[b - 1].form || !ascii_ieq(t[b - 1].form, "the") ||
        m->country.start < t[0].start || m->country.start >= t[b].start)
        return NULL;
    const char *cc = sector_told_before(e, sector, m->country.country);
    if (cc) return cc;
    const actor_val *home = story_home(e);
    if (home->country && home->sector && ascii_ieq_any(home->sector, state_or_armed) &&
        strcmp(m->country.country, home->country) && home->start < t[0].start)
        return home->country;
    /* (or this sentence's first actor, of the same sector: "Mali's military
     * government gave France's ambassador 72 hours to leave ..., after
     * French officials described the junta as illegitimate") */
    if (home->country && home->sector && str_eq(home->sector, sector) &&
        strcmp(m->country.country, home->country) && home->start < t[b].start)
        return home->country;
    return NULL;
}

/* The doer of the document's last abduction (181x) when the role noun at
 * h, after "the", names hostage takers ("the kidnappers", "the
 * captors"), or NULL. */
static const dyad_actor *hostage_takers(const dyad_events *e, const dyad_token *t, uint32_t b, uint32_t h) {
    static const char *const takers[] = {"kidnapper", "abductor", "captor", "hostage-taker", NULL};
    if (!b || !t[b - 1].form || !ascii_ieq(t[b - 1].form, "the") || !t[h].lemma || !ascii_ieq_any(t[h].lemma, takers))
        return NULL;
    for (size_t i = e->n; i-- > 0;)
        if (!strncmp(e->ev[i].cameo, "181", 3) && e->ev[i].actor.code) return &e->ev[i].actor;
    return NULL;
}

/* 1 when the phrase starting at token b is definite: "the" before it
 * ("the gunmen", "the aid group", "the attackers" tell again of someone
 * named before). */
static int after_the(const dyad_token *t, uint32_t b) {
    return b > 0 && t[b - 1].form && ascii_ieq(t[b - 1].form, "the");
}

/* 1 when the role at token b, after "the", tells again of the armed
 * group named last ("... The gunmen arrived in trucks", "The Islamist
 * group said"): the memory's organisation is rebels or a transnational
 * armed group. */
static int armed_group_told_again(const dyad_events *e, const dyad_token *t, uint32_t b) {
    const actor_val *o = &e->memo.org;
    return o->code && ((o->sector && str_eq(o->sector, "REB")) || !strncmp(o->code, "IMG", 3)) && after_the(t, b);
}

/* Remembers the country a role noun (token h) was given. */
static void remember_role(dyad_events *e, const dyad_token *t, uint32_t h, const char *country) {
    doc_memory *m = &e->memo;
    if (!t[h].lemma || !country || strlen(t[h].lemma) >= sizeof m->roles[0].lemma || strlen(country) < 3) return;
    int i = 0;
    while (i < m->n_roles && strcmp(m->roles[i].lemma, t[h].lemma)) i++;
    if (i == m->n_roles) {
        if (m->n_roles == (int)(sizeof m->roles / sizeof m->roles[0])) {
            memmove(&m->roles[0], &m->roles[1], sizeof m->roles[0] * (size_t)(m->n_roles - 1));
            i = --m->n_roles;
        }
        m->n_roles++;
        memcpy(m->roles[i].lemma, t[h].lemma, strlen(t[h].lemma) + 1);
    }
    memcpy(m->roles[i].cc, country, 3); /* (the country of a code: "NPLCOP" -> NPL) */
    m->roles[i].cc[3] = 0;
}

static void compose(const dyad_coder *c, dyad_events *e, group *g, actor_val *alts, int *n_alts) {
    sent_work *w = &e->w;
    const dict *d = &c->d;
    const dyad_token *t = w->t;
    int P = -1, H = -1, S = -1, C = -1, F = -1, U = -1, PR = -1, G = -1;
    for (uint32_t k = g->first_mention; k < g->first_mention + g->n_mentions; k++) {
        const mention *m = &w->m[w->order[k]];
        int contains_top = m->b <= g->top && g->top < m->e;
        if (contains_top) H = (int)w->order[k];
        switch (m->kind) {
        case AK_PERSON: case AK_OFFICE:
            if (!m->via_poss && P < 0) P = (int)w->order[k];
            else if (F < 0) F = (int)w->order[k];
            break;
        case AK_AGENT:
            if (contains_top || S < 0) S = (int)w->order[k];
            break;
        case AK_ADJ: case AK_PEOPLE: case AK_NAME: case AK_METONYM:
            if (C < 0) C = (int)w->order[k];
            if (m->kind != AK_ADJ && F < 0) F = (int)w->order[k];
            break;
        case AK_IGO: case AK_IGO_METONYM: case AK_GROUP: case AK_AGENT_FULL: case AK_ACTOR:
            if (F < 0 || contains_top) F = (int)w->order[k];
            if (m->kind == AK_GROUP && G < 0) G = (int)w->order[k];
            break;
        case MK_NER_PERSON: case MK_NER_ORG:
            if (U < 0) U = (int)w->order[k];
            break;
        case MK_PRONOUN:
            if (PR < 0) PR = (int)w->order[k];
            break;
        default: break;
        }
    }
    actor_val v;
    memset(&v, 0, sizeof v);
    const char *name = NULL;
    char nbuf[512];
#define MTEXT(mi) (e->text ? ev_strdup(e, e->text + t[w->m[mi].b].start, t[w->m[mi].e - 1].end - t[w->m[mi].b].start) : NULL)
    /* a pronoun stands for the remembered actor, used like a modifier */
    actor_val pron;
    int have_pron = 0;
    *n_alts = 0;
    if (PR >= 0) {
        uint32_t f = w->form_id[w->m[PR].b];
        doc_memory *mm = &e->memo;
        /* "the two sides", "each accused the other" */
        uint32_t pb = w->m[PR].b;
        int pair_noun = (t[pb].form && ascii_ieq(t[pb].form, "each")) || pair_word(c, w, t, pb);
        int32_t before; /* the plural actor "them" stands for in this sentence */
        if (f == c->fw[FW_HE] || f == c->fw[FW_SHE] || f == c->fw[FW_HIM] || f == c->fw[FW_HER] ||
            f == c->fw[FW_HIS] || f == c->fw[FW_HERS]) {
            if (mm->person.code) { pron = mm->person; have_pron = 1; }
        } else if (f == c->fw[FW_THEY] || f == c->fw[FW_THEM] || f == c->fw[FW_THEIR] || f == c->fw[FW_THEIRS] ||
                   pair_noun) {
            if (pair_noun && pair_of_last_act(mm, t, g->top)) {
                pron = mm->pair[0];
                have_pron = 1;
                if (H == PR || (P < 0 && F < 0 && C < 0 && S < 0 && U < 0)) *n_alts = pair_alts(mm, alts);
                /* ("urged both countries to halt the fighting" after
                 * Ethiopian forces fought Eritrean troops: the countries
                 * themselves, not their forces; so are "both sides" when
                 * they are two states' forces or governments -- "Putin
                 * urged both sides to cease fire" after Armenian and
                 * Azerbaijani forces clashed -- while an armed group stays
                 * itself: "urged both sides to show restraint" after
                 * Palestinian militants and Israeli aircraft -> PSEREB, ISR) */
                if (mm->pair[0].country && mm->pair[1].country && strcmp(mm->pair[0].country, mm->pair[1].country)) {
                    static const char *const state[] = {"GOV", "MIL", "COP", NULL};
                    int countries = fw_is(c, w->lemma_id[pb], FK_COUNTRY_NATION);
                    for (int i = 0; i < *n_alts; i++)
                        if (countries || (alts[i].sector && ascii_ieq_any(alts[i].sector, state)))
                            actor_as_country(&alts[i]);
                    if (countries || (pron.sector && ascii_ieq_any(pron.sector, state))) actor_as_country(&pron);
                }
            } else if (f == c->fw[FW_THEM] && (before = plural_actor_before(w, t, g, pb)) >= 0) {
                pron = w->g[before].val;
                have_pron = 1;
            } else if ((f == c->fw[FW_THEY] || f == c->fw[FW_THEM]) && plural_noun_before(w, t, pb)) {
                /* ("Supporters outside the courthouse chanted 'Shame!' and
                 * police detained dozens of them": a plural subject or
                 * object no dictionary knows, earlier in this sentence, is
                 * "them", not the list remembered from before) */
            } else if (mm->n_plural && (mm->plural_seq >= mm->other_seq || mm->sentence <= mm->plural_sentence + 1)) {
                /* a conjoined pair in this or the previous sentence is "they" */
                pron = mm->plural[0];
                have_pron = 1;
                if (H == PR || (P < 0 && F < 0 && C < 0 && S < 0 && U < 0)) {
                    for (int i = 0; i < mm->n_plural; i++) alts[i] = mm->plural[i];
                    *n_alts = mm->n_plural;
                }
            } else if (mm->it.code && mm->sentence <= mm->it_sentence + 1 && !pair_noun) {
                /* (not "both sides": a pair is never one remembered actor) */
                pron = mm->it;
                have_pron = 1;
            }
        } else if (is_org_noun(c, f)) {
            if (mm->org.code) { pron = mm->org; have_pron = 1; }
        } else if (is_country_noun(c, f)) {
            if (mm->named_country.code) {
                pron = mm->named_country;
                actor_as_country(&pron);
                have_pron = 1;
            }
        } else if (mm->it.code && mm->sentence <= mm->it_sentence + 1) {
            /* "it": the last subject that was a country or organisation, if
             * recent; "the statement ... It did not explain" refers to no actor */
            pron = mm->it;
            have_pron = 1;
        }
    }
    int cls = AC_NONE;
    /* "the Helsinki meeting", "the Astana talks": a capital modifying a plain
     * noun is a place, not an actor */
    if (H < 0 && P < 0 && S < 0 && U < 0 && PR < 0 && F >= 0 && w->m[F].kind == AK_METONYM &&
        g->n_mentions == 1 && rel_is(&t[w->m[F].head], "compound") && t[g->top].upos &&
        str_eq(t[g->top].upos, "NOUN")) {
        F = -1;
        C = -1;
    }
    /* "aid workers in Mali": where a charity works is not whose it is
     * (the writers code aid agencies NGO, with no country) */
    if (S >= 0 && C >= 0 && C != S && str_eq(d->recs[w->m[S].rec].code, "NGO")) {
        uint32_t ch = w->m[C].head;
        int in = 0;
        for (int32_t k = w->child_first[ch]; k >= 0 && !in; k = w->child_next[k])
            in = rel_is(&t[k], "case") && t[k].form && ascii_ieq(t[k].form, "in");
        if (in) {
            if (F == C) F = -1;
            C = -1;
        }
    }
    /* "Assad forces", "Putin's government": a person modifying a sector noun
     * gives the country; a person in apposition is the actor himself */
    if (P >= 0 && H >= 0 && H != P && w->m[H].kind == AK_AGENT && !w->m[P].via_appos) {
        if (F < 0) F = P;
        P = -1;
    }
    /* "former Bolivian President Evo Morales", "a former Bolivian minister":
     * an official no longer in office is an elite, ELI (CAMEO), whatever
     * office the dictionary gives the name now */
    int former = 0;
    for (uint32_t k = g->first_mention; k < g->first_mention + g->n_mentions && !former; k++) {
        const mention *m = &w->m[w->order[k]];
        for (int32_t ch = w->child_first[m->head]; ch >= 0 && !former; ch = w->child_next[ch])
            former = rel_is(&t[ch], "amod") && t[ch].form && ascii_ieq_any(t[ch].form, FORMER);
    }
    if (!former && g->n_mentions) {
        /* "Former Kenyan President ..." parsed with "Former" elsewhere: the
         * word right before the group's first mention */
        uint32_t b = w->m[w->order[g->first_mention]].b;
        for (uint32_t k = g->first_mention; k < g->first_mention + g->n_mentions; k++)
            if (w->m[w->order[k]].b < b) b = w->m[w->order[k]].b;
        /* (not the verb that ousts him: "Egypt's army ousted Islamist
         * President Mohamed Mursi" is still in office when ousted) */
        former = b > 0 && t[b - 1].form && ascii_ieq_any(t[b - 1].form, FORMER) &&
                 !(t[b - 1].upos && str_eq(t[b - 1].upos, "VERB"));
    }
    const char *former_country = NULL;
    if (former && P >= 0 && country_like(d->recs[w->m[P].rec].code)) former_country = d->recs[w->m[P].rec].code;
    else if (former && P >= 0 && S >= 0 && d->recs[w->m[P].rec].code && strlen(d->recs[w->m[P].rec].code) >= 6) {
        /* ("former Pakistani Prime Minister Imran Khan", whom the
         * dictionary names as his party's leader out of office: the
         * former office says more) */
        const char *sec = d->recs[w->m[S].rec].code;
        if (str_eq(sec, "GOV") || str_eq(sec, "MIL") || str_eq(sec, "JUD") || str_eq(sec, "LEG"))
            former_country = d->recs[w->m[P].rec].code;
    } else if (former && P < 0 && S >= 0 && C >= 0 && country_like(d->recs[w->m[C].rec].code)) {
        const char *sec = d->recs[w->m[S].rec].code;
        if (str_eq(sec, "GOV") || str_eq(sec, "MIL") || str_eq(sec, "JUD") || str_eq(sec, "LEG"))
            former_country = d->recs[w->m[C].rec].code;
    } else if (former && P < 0 && S >= 0 && C < 0 && F < 0 && story_home(e)->country) {
        /* ("A Guatemalan court convicted former dictator Efrain Rios
         * Montt": the story's country's former ruler; "Mexican prosecutors
         * arrested former Attorney General Jesus Murillo Karam": its
         * former chief prosecutor) */
        const char *sec = d->recs[w->m[S].rec].code;
        if (str_eq(sec, "GOV") || str_eq(sec, "MIL") || str_eq(sec, "JUD") || str_eq(sec, "LEG"))
            former_country = story_home(e)->country;
    }
    if (former_country) {
        code_cat(nbuf, sizeof nbuf, former_country, 3, "ELI", SIZE_MAX);
        v.code = ev_strdup(e, nbuf, strlen(nbuf));
        name = P >= 0 ? MTEXT(P) : NULL;
        cls = AC_PERSON;
    } else if (P >= 0 && S >= 0 && G >= 0 && w->m[P].kind == AK_PERSON && w->m[G].b < w->m[S].b &&
               strlen(d->recs[w->m[G].rec].code) > 3 && strncmp(d->recs[w->m[G].rec].code + 3, "GOV", 3)) {
        /* "Pakistani Taliban leader Baitullah Mehsud": a leader of an
         * armed group with a code of its own is the group's (PAKREB), not
         * his country's government */
        v.code = d->recs[w->m[G].rec].code;
        name = MTEXT(P);
        cls = AC_PERSON;
    } else if (P >= 0 && F >= 0 && w->m[P].kind == AK_PERSON && w->m[F].b < w->m[P].b &&
               (w->m[F].kind == AK_IGO || w->m[F].kind == AK_IGO_METONYM)) {
        /* "African Union mediator Kofi Annan": a person out of office who
         * serves an international body acts for it */
        v.code = d->recs[w->m[F].rec].code;
        name = MTEXT(P);
        cls = AC_PERSON;
    } else if (P >= 0 && S >= 0 && S != P && w->m[P].kind == AK_PERSON && w->m[S].kind == AK_AGENT &&
        country_like(d->recs[w->m[P].rec].code) && strlen(d->recs[w->m[P].rec].code) == 3 &&
        !d->recs[w->m[S].rec].agent_prefix) {
        /* a person out of office with a role: "former President Moon
         * Jae-in" -> KORELI, "opposition leader Maria Kolesnikova" ->
         * BLROPP */
        code_cat(nbuf, sizeof nbuf, d->recs[w->m[P].rec].code, 3, d->recs[w->m[S].rec].code, SIZE_MAX);
        v.code = ev_strdup(e, nbuf, strlen(nbuf));
        name = MTEXT(P);
        cls = AC_PERSON;
    } else if (P >= 0) {
        v.code = d->recs[w->m[P].rec].code;
        name = MTEXT(P);
        cls = AC_PERSON;
    } else if (H >= 0 && S >= 0 && S != H && (w->m[H].kind == AK_NAME || w->m[H].kind == AK_ACTOR) &&
               strlen(d->recs[w->m[H].rec].code) == 3 && country_like(d->recs[w->m[H].rec].code) &&
               !w->m[S].via_poss) {
        /* "Bree Prime Minister ..." parsed with the country as head: country + role */
        const actor_rec *sr = &d->recs[w->m[S].rec];
        if (sr->agent_prefix) code_cat(nbuf, sizeof nbuf, sr->code, SIZE_MAX, d->recs[w->m[H].rec].code, 3);
        else code_cat(nbuf, sizeof nbuf, d->recs[w->m[H].rec].code, 3, sr->code, SIZE_MAX);
        v.code = ev_strdup(e, nbuf, strlen(nbuf));
        cls = AC_COUNTRY;
        name = MTEXT(H);
    } else if (H >= 0 && (w->m[H].kind == AK_NAME || w->m[H].kind == AK_METONYM || w->m[H].kind == AK_PEOPLE ||
                          w->m[H].kind == AK_IGO || w->m[H].kind == AK_IGO_METONYM || w->m[H].kind == AK_GROUP ||
                          w->m[H].kind == AK_AGENT_FULL || w->m[H].kind == AK_ACTOR)) {
        v.code = d->recs[w->m[H].rec].code;
        int k = w->m[H].kind;
        cls = (k == AK_NAME || k == AK_METONYM || k == AK_PEOPLE) ? AC_COUNTRY : AC_ORG;
        static const char *const fought[] = {"fight", "battle", "clash", "engage", "repel", "resist", "confront",
                                             "ambush", NULL};
        /* "fired tear gas at thousands of Peruvians marching in Lima",
         * "deported hundreds of Haitians": people acted on, told by their
         * demonym, are civilians of their country (not the state); as
         * the subject ("Greek Cypriots rejected the plan") or fought
         * ("fought the Americans") they stay the country */
        if (k == AK_PEOPLE && strlen(v.code) == 3 && t[w->m[H].head].xpos &&
            (str_eq(t[w->m[H].head].xpos, "NNS") || str_eq(t[w->m[H].head].xpos, "NNPS")) && t[g->top].deprel &&
            strncmp(t[g->top].deprel, "nsubj", 5) &&
            /* (nor a measure's: "Thousands of Georgians rallied") */
            !(rel_is(&t[g->top], "nmod") && t[g->top].head >= 0 && t[t[g->top].head].deprel &&
              !strncmp(t[t[g->top].head].deprel, "nsubj", 5)) &&
            !(t[g->top].head >= 0 && t[t[g->top].head].lemma && ascii_ieq_any(t[t[g->top].head].lemma, fought))) {
            code_cat(nbuf, sizeof nbuf, v.code, 3, "CVL", 3);
            v.code = ev_strdup(e, nbuf, strlen(nbuf));
        }
        if (k != AK_ACTOR || 1) name = MTEXT(H);
        /* "the pro-Kurdish opposition Peoples' Democratic Party": a party
         * the text calls the opposition is the opposition (OPP) */
        size_t vl = strlen(v.code);
        /* "pounded central Monrovia", "shelled eastern Kyiv": a capital
         * with a part of it named is the city, a place of its country, not
         * its government */
        static const char *const parts[] = {"central", "northern", "southern", "eastern", "western", "downtown",
                                            "north", "south", "east", "west", "suburban", "outer", "inner", NULL};
        /* (as the target itself; "in central Yerevan" says only where) */
        int located = 0;
        for (int32_t ch = w->child_first[g->top]; ch >= 0 && !located; ch = w->child_next[ch])
            located = rel_is(&t[ch], "case");
        if (k == AK_METONYM && country_like(v.code) && vl > 3 && !located)
            for (int32_t ch = w->child_first[g->top]; ch >= 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "amod") && (uint32_t)ch < g->top && t[ch].form && ascii_ieq_any(t[ch].form, parts)) {
                    v.code = ev_strdup(e, v.code, 3);
                    vl = 3;
                    break;
                }
        if (k == AK_GROUP && S >= 0 && w->m[S].b < w->m[H].b && vl == 6 && !strcmp(v.code + 3, "PTY") &&
            str_eq(d->recs[w->m[S].rec].code, "OPP")) {
            code_cat(nbuf, sizeof nbuf, v.code, 3, "OPP", SIZE_MAX);
            v.code = ev_strdup(e, nbuf, strlen(nbuf));
        }
    } else if (S >= 0) {
        const char *sector = d->recs[w->m[S].rec].code;
        int prefix = d->recs[w->m[S].rec].agent_prefix;
        const char *base = NULL;
        int group_member = 0;
        /* ("Gunmen from Somalia's al-Shabaab militant group": armed men of
         * an armed group with a code of its own are the group's, not the
         * country's named on its way; so is "a senior al-Qaeda commander
         * in Yemen's Shabwa province") */
        if (G >= 0 && (str_eq(sector, "UAF") || str_eq(sector, "REB") || (str_eq(sector, "MIL") && w->m[G].b < w->m[S].b)) &&
            strlen(d->recs[w->m[G].rec].code) > 3 &&
            strncmp(d->recs[w->m[G].rec].code + 3, "GOV", 3)) {
            base = d->recs[w->m[G].rec].code;
            group_member = 1;
        } else if (C >= 0 && w->m[C].kind == AK_ADJ && w->m[C].b > 0 && t[w->m[C].b - 1].form &&
                   ascii_ieq(t[w->m[C].b - 1].form, "ethnic")) {
            /* "ethnic Albanian rebels" in Macedonia, "ethnic Armenian
             * separatists in Nagorno-Karabakh": an ethnic adjective names
             * a people, not the state; the role is the country's where it
             * is, the sentence's place, else the story's */
            base = e->sent_cc[0]              ? e->sent_cc
                   : e->memo.country.code     ? e->memo.country.code
                   : e->dateline_cc[0]        ? e->dateline_cc
                                              : d->recs[w->m[C].rec].code;
            /* (and its forces are no state's army: "the breakaway
             * region's ethnic Armenian forces") */
            if (str_eq(sector, "MIL")) sector = "REB";
        } else if (C >= 0) base = d->recs[w->m[C].rec].code;
        else if (F >= 0) {
            base = d->recs[w->m[F].rec].code;
            /* "Hamas commanders", "Taliban fighters": members of an armed
             * group with a code of its own are the group (PSEREB), not
             * its country's forces */
            group_member = w->m[F].kind == AK_GROUP && strlen(base) > 3;
        }
        else if (have_pron) base = pron.code;
        /* (the title may own the group's head: "praised the king's
         * decision") */
        uint32_t title = w->m[S].via_poss && !is_title(c, w, g->top) ? w->m[S].head : g->top;
        /* ("an army spokesman" after President Museveni: a title whose
         * role names another sector speaks for that sector, not for the
         * last person) */
        const char *person_sector = e->memo.person.sector;
        /* (nor is "the commander" or "the general" a civilian last named:
         * "Morales announced his resignation ..., hours after the commander
         * of the armed forces called on him to step down") */
        int other_role = person_sector && !str_eq(sector, person_sector) &&
                         (w->m[S].e > w->m[S].b + 1 || str_eq(sector, "MIL") || str_eq(sector, "COP"));
        const char *leader = base ? NULL : leader_code(c, e, w->m[S].head);
        const char *rebels = NULL; /* (the rebel group a role is loyal to, when asked) */
        const dyad_actor *takers = NULL;
        if (!base && U < 0 && !other_role && is_title(c, w, title) && !is_plural_tok(&t[title]) &&
            e->memo.person.code && e->memo.person_seq > 0) {
            /* "the president" -> the last person mentioned */
            v = e->memo.person;
            cls = AC_PERSON;
            base = NULL;
            name = v.name;
        } else if (!base && (is_title(c, w, g->top) || is_man_or_woman(&t[g->top])) && is_plural_tok(&t[g->top]) &&
                   after_two_or_both(w, t, g->top) && pair_of_last_act(&e->memo, t, g->top)) {
            /* "the two leaders" after "Hassan hosted her Kenyan counterpart";
             * "the two men" after "Trump and Kim met" */
            *n_alts = pair_alts(&e->memo, alts);
            v = e->memo.pair[0];
            cls = AC_PERSON;
        } else if (!base && is_title(c, w, g->top) && is_plural_tok(&t[g->top]) && e->memo.n_plural) {
            for (int i = 0; i < e->memo.n_plural; i++) alts[i] = e->memo.plural[i];
            *n_alts = e->memo.n_plural;
            v = e->memo.plural[0];
            cls = AC_PERSON;
        } else if (!base && str_eq(sector, "UAF") && is_plural_tok(&t[g->top]) && e->memo.n_plural >= 2 &&
                   e->memo.sentence <= e->memo.plural_sentence + 1 && after_the(t, w->m[S].b) && t[g->top].lemma &&
                   (ascii_ieq(t[g->top].lemma, "attacker") || ascii_ieq(t[g->top].lemma, "assailant"))) {
            /* "The United States and Britain launched air strikes ...
             * Taliban officials accused the attackers of killing
             * civilians": the attackers told again are the pair just
             * named, not armed men of no known side */
            for (int i = 0; i < e->memo.n_plural; i++) alts[i] = e->memo.plural[i];
            *n_alts = e->memo.n_plural;
            v = e->memo.plural[0];
            v.from_memory = 1;
            cls = AC_ORG;
        } else if (!base && str_eq(sector, "DEV")) {
            /* "urged donors to fund a humanitarian appeal for Sudan":
             * donors of no named country are no one the text names (not
             * the country they give to) */
            base = NULL;
        } else if (!base && str_eq(sector, "UAF") && leader && strlen(leader) == 6 &&
                   (!strcmp(leader + 3, "REB") || !strcmp(leader + 3, "MIL"))) {
            /* "Armed men led by George Speight stormed parliament": armed
             * men led by a rebel or a commander are his */
            v.code = leader;
            cls = AC_ORG;
        } else if (!base && str_eq(sector, "UAF") && armed_group_told_again(e, t, w->m[S].b)) {
            /* "Suspected Boko Haram gunmen abducted more than 100
             * schoolgirls ... The gunmen arrived in trucks": the armed men
             * told of again are the armed group named last */
            v = e->memo.org;
            v.from_memory = 1;
            cls = AC_ORG;
        } else if (!base && str_eq(sector, "UAF")) {
            /* "gunmen", "assailants": armed men of no known side belong to
             * no country the text did not give them ("Malian gunmen") */
            v.code = sector;
            cls = AC_ORG;
        } else if (!base && str_eq(sector, "NGO") && e->memo.org.code && !strncmp(e->memo.org.code, "NGO", 3) &&
                   strlen(e->memo.org.code) > 3 && after_the(t, w->m[S].b)) {
            /* "The International Committee of the Red Cross said ... The
             * aid group appealed": the charity told of again is the one
             * named last (NGOIRC), not any charity */
            v = e->memo.org;
            v.from_memory = 1;
            cls = AC_ORG;
        } else if (!base && (str_eq(sector, "NGO") ||
                             (members_modified(w, t, g->top, &w->m[S], FOREIGN_WORD) && (str_eq(sector, "BUS") || str_eq(sector, "MED"))))) {
            /* "Sudan expelled 13 foreign aid agencies": foreign charities,
             * firms or reporters are no one's the text names; so are aid
             * agencies and charities of no named country ("Aid agencies
             * warned ..." in a story from Mosul), which the writers code
             * NGO, 20 times to one */
            v.code = sector;
            cls = AC_ORG;
        } else if (!base && str_eq(sector, "MIL") && g->n_mentions == 1 &&
                   !(w->m[S].b >= 3 && led_by(t, w->n, w->m[S].b - 3)) && members_modified(w, t, g->top, &w->m[S], FOREIGN_WORD)) {
            /* "requested the deployment of foreign troops": troops of no
             * named country are no actor (not the story's own army; but
             * "U.S.-led foreign troops" are the leader's) */
            base = NULL;
            v.code = NULL;
        } else if (!base && (str_eq(sector, "GOV") || str_eq(sector, "MIL")) && g->n_mentions == 1 &&
                   !(w->m[S].b >= 3 && led_by(t, w->n, w->m[S].b - 3)) &&
                   members_modified(w, t, g->top, &w->m[S], MANY_COUNTRIES)) {
            /* "Western governments condemned the vote": governments or
             * forces of many countries named as such are no one's, not the
             * last country the story named (Russia) */
            base = NULL;
            v.code = NULL;
        } else if (!base && str_eq(sector, "REB") &&
                   ((base = in_country(c, e, w->m[S].e)) != NULL || (base = object_country(c, e, g->top)) != NULL)) {
            /* "France bombed rebel positions in Mali": rebels of no named
             * country are of the country they are in, not the last one
             * the story named; so are those who seize its capital
             * ("Israeli troops moved into the buffer zone ..., hours after
             * rebels seized Damascus") */
            v.from_memory = 1;
        } else if (!base && str_eq(sector, "REF") && (base = origin_country(c, e, w->m[S].head, w->m[S].e)) != NULL) {
            /* "threatened to expel some 200,000 refugees from Sudan's
             * Darfur region": refugees are of the country they fled */
            v.from_memory = 1;
        } else if (!base && !str_eq(sector, "UAF") && leader) {
            /* "rebels led by Laurent Nkunda": the leader's country's */
            base = leader;
        } else if (!base && (str_eq(sector, "MIL") || str_eq(sector, "UAF")) &&
                   (rebels = loyal_rebels(c, e, w->m[S].head)) != NULL) {
            /* "forces loyal to the Tigray People's Liberation Front": the
             * rebels they are loyal to */
            v.code = rebels;
            cls = AC_ORG;
        } else if (!base && (base = loyal_country(c, e, w->m[S].head)) != NULL) {
            /* "forces loyal to Muammar Gaddafi": the side they are loyal
             * to is theirs, not the last country the story named */
        } else if (!base && str_eq(sector, "JUD") && after_the(t, w->m[S].b) && e->memo.court.code) {
            /* "International Criminal Court judges authorised the
             * prosecutor to open an investigation ... Odinga said the
             * government would cooperate with the court": the court,
             * judges or prosecutor told of again after an international
             * court are that court, not the story's country's */
            v = e->memo.court;
            v.from_memory = 1;
            cls = AC_ORG;
        } else if (!base && (base = where_country(c, e, g->top)) != NULL) {
            /* "in Gabon, where army officers seized power": the place's */
            v.from_memory = 1;

        } else if (!base && story_home(e)->code && story_home(e)->country &&
                   (str_eq(sector, "COP") || str_eq(sector, "JUD") || str_eq(sector, "LEG"))) {
            /* "A Moscow court sentenced ... The United States and the EU
             * criticised the sentences. ... police detained dozens": a
             * country's own institutions (police, courts, parliament) with
             * none named are the story's country's, not the last foreign
             * voice's */
            base = story_home(e)->country;
            v.from_memory = 1;
        } else if (!base && (takers = hostage_takers(e, t, w->m[S].b, w->m[S].head)) != NULL) {
            /* "Al Shabaab militants kidnapped two Spanish aid workers ...
             * Spain urged the kidnappers to release them": the kidnappers
             * told of again are those who did the last abduction */
            v.code = takers->code;
            v.country = takers->country;
            v.sector = takers->sector;
            v.from_memory = 1;
            cls = AC_ORG;
        } else if (!base && str_eq(sector, "REB") && armed_group_told_again(e, t, w->m[S].b)) {
            /* "... drove al Shabaab militants from their last stronghold.
             * The Islamist group said": the armed men told of again are
             * the armed group named last, not the last country's rebels */
            v = e->memo.org;
            v.from_memory = 1;
            cls = AC_ORG;
            base = NULL;
        } else if (!base && !str_eq(sector, "GOV") &&
                   (base = role_told_before(e, t, w->m[S].b, w->m[S].head)) != NULL) {
            /* "... ethnic Madhesi protesters who have blocked the main
             * border crossing with India ... The protesters are
             * demanding": the role told again is the one told before, not
             * the last country's */
            v.from_memory = 1;
        } else if (!base && e->sent_cc[0] && (!e->memo.country.code || strncmp(e->memo.country.code, e->sent_cc, 3)) &&
                   (str_eq(sector, "CVL") || str_eq(sector, "EDU") || str_eq(sector, "LAB") || str_eq(sector, "AGR"))) {
            /* "Hundreds of students protested outside the Indian embassy
             * in Kathmandu" after "accused India": the public are the
             * people of where the sentence happens; so with no country in
             * memory ("Hundreds of protesters stormed the U.S. embassy
             * compound in Baghdad" are Iraqis, not the embassy's people) */
            base = e->sent_cc;
            v.from_memory = 1;
        } else if (!base && (base = role_of_earlier_country(e, t, w->m[S].b, sector)) != NULL) {
            /* "Myanmar troops fired into crowds ... as the United States
             * urged the junta to show restraint": the army or government
             * told of again, after another country was named in this
             * sentence, is not that country's */
            v.from_memory = 1;
        } else if (!base && e->memo.country.code) {
            /* "the government", "armoured vehicles": the last country's */
            base = e->memo.country.code;
            v.from_memory = 1;
        } else if (!base && str_eq(sector, "REB") && e->sent_cc[0]) {
            /* with no country in memory, armed men of no named side belong
             * where they fight, not to the target named first: "Armed
             * militants attacked the U.S. consulate in the Libyan city of
             * Benghazi" (later in a story, the story's country: where the
             * sentence happens is less sure -- "near Mocimboa da Praia",
             * talks "in Nairobi" -- and measured worse) */
            base = e->sent_cc;
            v.from_memory = 1;
        } else if (!base && (base = sentence_country(c, e)) != NULL) {
            /* the document's first country is in this very sentence, after
             * the role: "Protesters stormed Kenya's parliament" */
            v.from_memory = 1;
        }
        if (base) {
            if (group_member) {
                v.code = base;
            } else if (country_like(base)) {
                if (prefix) code_cat(nbuf, sizeof nbuf, sector, SIZE_MAX, base, 3);
                else code_cat(nbuf, sizeof nbuf, base, 3, sector, SIZE_MAX);
                v.code = ev_strdup(e, nbuf, strlen(nbuf));
            } else {
                v.code = base; /* "its forces" of an armed group: the group */
            }
            cls = country_like(base) && !group_member ? AC_COUNTRY : AC_ORG;
            if (country_like(base) && !group_member && !prefix && w->m[S].head == g->top)
                remember_role(e, t, g->top, base);
        }
        if (U >= 0) { name = MTEXT(U); }
        /* ("President Manuel Zelaya", a title and a name no dictionary
         * knows: a person, whom "he" and "him" then stand for) */
        if (U >= 0 && v.code && w->m[U].kind == MK_NER_PERSON && is_title(c, w, g->top) == 0 &&
            !is_plural_tok(&t[g->top]) && is_title(c, w, w->m[S].head))
            cls = AC_PERSON;
    } else if (F >= 0) {
        v.code = d->recs[w->m[F].rec].code;
        cls = AC_ORG;
        name = MTEXT(F);
    } else if (C >= 0) {
        v.code = d->recs[w->m[C].rec].code;
        cls = AC_COUNTRY;
        if (U >= 0) name = MTEXT(U);
    } else if (U >= 0 && !(have_pron && PR >= 0 && is_country_noun(c, w->form_id[w->m[PR].b]))) {
        /* (a name the tagger found modifying "state" -- "the Gulf state"
         * -- is the pronoun's description, below) */
        name = MTEXT(U);
        /* "Lavrov" after "Sergei Lavrov": the same person */
        if (name && w->m[U].kind == MK_NER_PERSON)
            for (int i = e->memo.n_names; i-- > 0;)
                if (e->memo.names[i].name && ascii_ieq(last_word(e->memo.names[i].name), last_word(name))) {
                    v.code = e->memo.names[i].code;
                    cls = AC_PERSON;
                    break;
                }
    } else if (have_pron) {
        v = pron;
        cls = pron.cls;
        name = pron.name;
    }
    v.name = name;
    v.cls = cls;
    /* "A U.S. drone strike killed ...", "Turkish shelling killed ...": a
     * country's strike that acts is its military's (as "Israeli
     * warplanes"); condemning "the Israeli air strikes" still names
     * Israel */
    static const char *const strikes[] = {"strike", "airstrike", "air-strike", "raid", "airraid", "bombardment",
                                          "shelling", "barrage", "bombing", NULL};
    /* (and one a passive's victims fell in: "was killed in a U.S. drone
     * strike", the strike the killer; and "Myanmar's military operation
     * against Rohingya Muslims": a country's military operation,
     * offensive or campaign is its military's, wherever it stands) */
    static const char *const operations[] = {"operation", "offensive", "campaign", "crackdown", NULL};
    const char *tl = t[g->top].lemma ? t[g->top].lemma : t[g->top].form;
    int strike = tl && ascii_ieq_any(tl, strikes), operation = tl && !strike && ascii_ieq_any(tl, operations);
    int striking = 0;
    if (v.code && strlen(v.code) == 3 && country_like(v.code) && (strike || operation)) {
        striking = rel_is(&t[g->top], "nsubj");
        if (!striking && rel_is(&t[g->top], "obl") && t[g->top].head >= 0)
            for (int32_t ch = w->child_first[g->top]; ch >= 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "case") && w->lemma_id[ch] == c->fw[FW_IN])
                    for (int32_t hc = w->child_first[t[g->top].head]; hc >= 0; hc = w->child_next[hc])
                        if (rel_is(&t[hc], "aux:pass")) striking = 1;
        for (int32_t ch = operation ? w->child_first[g->top] : -1; ch >= 0 && !striking; ch = w->child_next[ch])
            striking = rel_is(&t[ch], "amod") && t[ch].form && ascii_ieq(t[ch].form, "military");
    }
    if (striking) {
        code_cat(nbuf, sizeof nbuf, v.code, 3, "MIL", SIZE_MAX);
        v.code = ev_strdup(e, nbuf, strlen(nbuf));
        cls = v.cls = AC_COUNTRY;
    }
    /* "the opposition Move Forward party", "opposition presidential
     * candidate X": a party or its people marked as the opposition are the
     * opposition (OPP), not a party (PTY) */
    if (v.code && strlen(v.code) == 6 && !strcmp(v.code + 3, "PTY") && !via_poss_only(w, g))
        for (uint32_t k = g->first_mention; k < g->first_mention + g->n_mentions; k++) {
            const mention *m = &w->m[w->order[k]];
            if (m->kind == AK_AGENT && m->rec >= 0 && d->recs[m->rec].code && !strcmp(d->recs[m->rec].code, "OPP") &&
                !m->via_poss) {
                char obuf[16];
                snprintf(obuf, sizeof obuf, "%.3sOPP", v.code);
                v.code = ev_strdup(e, obuf, strlen(obuf));
                if (v.sector) v.sector = v.code + 3;
                break;
            }
        }
    /* text: the group's words before the top and the top's own mention */
    uint32_t b = g->top, en = g->top + 1;
    for (uint32_t k = g->first_mention; k < g->first_mention + g->n_mentions; k++) {
        const mention *m = &w->m[w->order[k]];
        if (m->via_poss && m->b > g->top) continue;
        if (m->kind == MK_PRONOUN && m->b != g->top && m->b > g->top) continue;
        if (m->b < b) b = m->b;
        if (m->e > en && (m->b <= g->top || !m->via_poss)) en = m->e;
    }
    if (t[b].start <= t[en - 1].end) {
        v.start = t[b].start;
        v.end = t[en - 1].end;
    }
    /* "---" (legacy dictionaries: known, deliberately uncoded) codes nothing */
    if (v.code && !strncmp(v.code, "---", 3)) v.code = NULL;
    if (v.code && strchr(v.code, '/') && !*n_alts) {
        /* legacy "[FRO/BIL/SAM]": one phrase, several actors */
        const char *p = v.code;
        while (*p && *n_alts < MEM_PLURAL_MAX) {
            size_t k = strcspn(p, "/");
            actor_val a = v;
            a.code = ev_strdup(e, p, k);
            split_code(e, &a);
            alts[(*n_alts)++] = a;
            p += k;
            if (*p == '/') p++;
        }
        v.code = alts[0].code;
    }
    if (v.code) split_code(e, &v);
    g->val = v;
#undef MTEXT
}

/* 1 when an "and"/"or" lies in [from, to). */
static int conjunction_between(const dyad_token *t, uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to; i++)
        if (t[i].upos && str_eq(t[i].upos, "CCONJ")) return 1;
    return 0;
}

/* Nouns for a part of an actor ("a faction of X", "representatives of X"). */
static const char *const PART_NOUNS[] = {"faction", "wing", "representative", "delegation", "leadership",
                                         "remnant", "splinter", "negotiator", "envoy", NULL};

int build_groups(const dyad_coder *c, dyad_events *e) {
    sent_work *w = &e->w;
    const dyad_token *t = w->t;
    if (!w->n_m) return 0;
    qsort(w->m, w->n_m, sizeof *w->m, cmp_mention);
    for (uint32_t i = 0; i < w->n; i++) w->mention_of[i] = -1;
    for (uint32_t k = 0; k < w->n_m; k++)
        for (uint32_t i = w->m[k].b; i < w->m[k].e; i++) w->mention_of[i] = (int32_t)k;
    /* climb */
    for (uint32_t k = 0; k < w->n_m; k++) {
        mention *m = &w->m[k];
        m->head = span_head(w, m->b, m->e);
        uint32_t cur = m->head;
        for (uint32_t steps = 0; steps < w->n; steps++) {
            int32_t h = t[cur].head;
            if (h < 0 || (uint32_t)h >= w->n || !climbable(&t[h])) break;
            if (rel_is(&t[cur], "appos")) {
                /* "Evil Mordor, the awful Fornost, and ...": two named actors
                 * side by side are a list, not one actor */
                int32_t hm = w->mention_of[h];
                if (cur == m->head && named_kind(m->kind) && hm >= 0 && named_kind(w->m[hm].kind)) break;
                /* "Sergei Lavrov and [US Secretary of State Rex Tillerson]"
                 * parsed as an apposition: two people of different codes are
                 * two actors */
                if ((m->kind == AK_PERSON || m->kind == AK_OFFICE) && hm >= 0 && (uint32_t)hm != k &&
                    (w->m[hm].kind == AK_PERSON || w->m[hm].kind == AK_OFFICE) && m->rec >= 0 && w->m[hm].rec >= 0 &&
                    c->d.recs[m->rec].code && c->d.recs[w->m[hm].rec].code &&
                    strcmp(c->d.recs[m->rec].code, c->d.recs[w->m[hm].rec].code))
                    break;
                m->via_appos = 1;
            }
            /* "Sergei Lavrov and US Secretary of State Rex Tillerson" with
             * Lavrov made a compound of "Secretary": a person with an "and"
             * between it and that head is a conjunct, its own actor */
            if (rel_is(&t[cur], "compound") && cur == m->head && (m->kind == AK_PERSON || m->kind == AK_OFFICE) &&
                conjunction_between(t, m->e, (uint32_t)h))
                break;
            if (rel_is(&t[cur], "compound") || rel_is(&t[cur], "flat") || rel_is(&t[cur], "amod") ||
                rel_is(&t[cur], "appos") || rel_is(&t[cur], "fixed") ||
                (t[cur].deprel && str_eq(t[cur].deprel, "nmod:desc"))) { /* "President Vladimir Putin" */
                cur = (uint32_t)h;
                continue;
            }
            if ((t[cur].deprel && (str_eq(t[cur].deprel, "nmod:poss") || str_eq(t[cur].deprel, "det:poss")))) {
                m->via_poss = 1;
                cur = (uint32_t)h;
                continue;
            }
            /* "forces of the regime", "troops from Russia", "police in
             * Caracas": an of-, from- or in-nmod under an agent noun
             * ("tanks to Ukraine" are not Ukraine's) */
            if (rel_is(&t[cur], "nmod") && w->mention_of[h] >= 0 && w->m[w->mention_of[h]].kind == AK_AGENT &&
                owner_case(c, w, cur, (uint32_t)h)) {
                cur = (uint32_t)h;
                continue;
            }
            /* "the main faction of the rebel Sudan Liberation Army",
             * "representatives of Ethiopia's government": a part of an
             * actor named by a noun no dictionary lists is that actor */
            if (rel_is(&t[cur], "nmod") && w->mention_of[h] < 0 && t[h].lemma && ascii_ieq_any(t[h].lemma, PART_NOUNS) &&
                w->lemma_id[cur] != WORD_NONE) {
                int of = 0;
                for (int32_t ch = w->child_first[cur]; ch >= 0 && !of; ch = w->child_next[ch])
                    of = rel_is(&t[ch], "case") && w->lemma_id[ch] == c->fw[FW_OF];
                if (of) {
                    cur = (uint32_t)h;
                    continue;
                }
            }
            break;
        }
        m->top = cur;
    }
    /* groups, ordered by their first mention */
    uint32_t n_g = 0;
    for (uint32_t k = 0; k < w->n_m; k++) {
        uint32_t top = w->m[k].top;
        if (w->group_of[top] < 0) {
            group *g = &w->g[n_g];
            memset(g, 0, sizeof *g);
            g->top = top;
            w->group_of[top] = (int32_t)n_g++;
        }
    }
    /* a name the parse split ("Human Rights Watch accused ..." tagged as
     * "Human Rights" + a relative clause whose subject is "Watch"): each
     * piece hung outside the name stands for it too */
    for (uint32_t k = 0; k < w->n_m; k++) {
        const mention *m = &w->m[k];
        if (m->e < m->b + 2 || !(named_kind(m->kind) || m->kind == AK_PERSON || m->kind == AK_OFFICE)) continue;
        for (uint32_t i = m->b; i < m->e; i++)
            if (w->group_of[i] < 0 && t[i].head >= 0 && ((uint32_t)t[i].head < m->b || (uint32_t)t[i].head >= m->e))
                w->group_of[i] = w->group_of[m->top];
    }
    /* mention order grouped by group */
    uint32_t pos = 0;
    for (uint32_t gi = 0; gi < n_g; gi++) {
        group *g = &w->g[gi];
        g->first_mention = pos;
        for (uint32_t k = 0; k < w->n_m; k++)
            if (w->m[k].top == g->top) w->order[pos++] = k;
        g->n_mentions = pos - g->first_mention;
    }
    w->n_g = n_g;
    for (uint32_t gi = 0; gi < n_g; gi++) {
        group *g = &w->g[gi];
        /* a subject noun that is no actor ("The statement ...") before this
         * group takes "it" away from the last actor */
        for (uint32_t i = gi ? w->g[gi - 1].top + 1 : 0; i < g->top && i < w->n; i++)
            if (rel_is(&t[i], "nsubj") && w->group_of[i] < 0 && t[i].upos && str_eq(t[i].upos, "NOUN")) {
                e->memo.it.code = NULL;
                e->memo.it_sentence = e->memo.sentence;
            }
        actor_val alts[MEM_PLURAL_MAX];
        int n_alts = 0;
        compose(c, e, g, alts, &n_alts);
        g->plural = (uint8_t)n_alts;
        if (n_alts) {
            actor_val *copy = arena_alloc(&e->mem, sizeof *copy * (size_t)n_alts);
            if (!copy) return -1;
            memcpy(copy, alts, sizeof *copy * (size_t)n_alts);
            g->alts = copy;
        }
        if (g->val.code && !n_alts && w->m[w->order[g->first_mention]].kind != MK_PRONOUN &&
            !used_as_place(w, t, g) && !used_as_topic(w, t, g))
            remember(e, &g->val);
        if (g->val.code && g->val.country && !g->val.from_memory && !n_alts &&
            w->m[w->order[g->first_mention]].kind != MK_PRONOUN) {
            e->memo.named_country = g->val;
            /* (the body names the dateline's country, as an actor or a
             * place: "MANAMA ... Saudi troops crossed into Bahrain") */
            const char *dateline_cc = dateline_country(e);
            if (dateline_cc[0] && g->val.start > e->dateline_end && !strncmp(g->val.country, dateline_cc, 3))
                e->memo.dateline_named = 1;
        }
        if (g->val.code && !n_alts && rel_is(&t[g->top], "nsubj") && t[g->top].head >= 0 &&
            t[t[g->top].head].head < 0 && !e->memo.lead.code) {
            e->memo.lead = g->val;
            e->memo.lead_tok = (int32_t)g->top;
        }
        if (g->val.code && !n_alts && g->val.cls != AC_PERSON && rel_is(&t[g->top], "nsubj")) {
            e->memo.it = g->val;
            e->memo.it_sentence = e->memo.sentence;
        }
        /* "Putin and Trump": a conjoined list becomes the plural memory */
        if (g->val.code && rel_is(&t[g->top], "conj") && t[g->top].head >= 0) {
            int32_t g0 = w->group_of[t[g->top].head];
            if (g0 >= 0 && w->g[g0].val.code) {
                doc_memory *mm = &e->memo;
                mm->n_plural = 0;
                mm->plural[mm->n_plural++] = w->g[g0].val;
                for (int32_t ch = w->child_first[w->g[g0].top]; ch >= 0 && mm->n_plural < MEM_PLURAL_MAX;
                     ch = w->child_next[ch])
                    if (rel_is(&t[ch], "conj") && w->group_of[ch] >= 0 && w->g[w->group_of[ch]].val.code &&
                        (uint32_t)ch <= g->top)
                        mm->plural[mm->n_plural++] = w->g[w->group_of[ch]].val;
                mm->plural_seq = ++mm->seq;
                mm->plural_sentence = mm->sentence;
                mm->plural_tok = (int32_t)w->g[g0].top;
            }
        }
    }
    return 0;
}

/* Actors a token stands for (its group, plus conjoined groups). */
static int group_actors(dyad_events *e, uint32_t tok, actor_val *out, int max) {
    sent_work *w = &e->w;
    int32_t gi = w->group_of[tok];
    if (gi < 0) return 0;
    group *g = &w->g[gi];
    if (g->plural) {
        /* a plural pronoun or title: the remembered list at that point */
        int n = 0;
        for (int i = 0; i < g->plural && n < max; i++) out[n++] = g->alts[i];
        return n;
    }
    if (!g->val.code || max < 1) return 0;
    out[0] = g->val;
    return 1;
}

int actors_of(const dyad_coder *c, dyad_events *e, uint32_t tok, actor_val *out, int max) {
    sent_work *w = &e->w;
    const dyad_token *t = w->t;
    int n = group_actors(e, tok, out, max);
    /* "Afghan and Pakistani officials", "lawmakers in Fornost and Gondor": a
     * conjoined modifier gives one more actor with the same role */
    if (n == 1 && w->group_of[tok] >= 0) {
        group *g = &w->g[w->group_of[tok]];
        for (uint32_t k = g->first_mention; k < g->first_mention + g->n_mentions && n < max; k++) {
            const mention *m = &w->m[w->order[k]];
            if (m->b <= g->top && g->top < m->e) continue;
            for (int32_t ch = w->child_first[m->head]; ch >= 0 && n < max; ch = w->child_next[ch]) {
                if (!rel_is(&t[ch], "conj") || w->group_of[ch] < 0) continue;
                const actor_val *cv = &w->g[w->group_of[ch]].val;
                if (!cv->code || !country_like(cv->code)) continue;
                actor_val a = out[0];
                char cbuf[64];
                if (out[0].sector && out[0].country) code_cat(cbuf, sizeof cbuf, cv->code, 3, out[0].code + 3, SIZE_MAX);
                else code_cat(cbuf, sizeof cbuf, cv->code, SIZE_MAX, "", 0);
                a.code = ev_strdup(e, cbuf, strlen(cbuf));
                split_code(e, &a);
                a.start = cv->start;
                a.end = cv->end;
                out[n++] = a;
            }
        }
    }
    /* "accused the government of former President Macky Sall": the
     * government of a former leader is that leader's (ELI), not today's */
    static const char *const governments[] = {"government", "administration", "regime", "cabinet", NULL};
    const char *gl = t[tok].lemma ? t[tok].lemma : t[tok].form;
    if (n == 1 && out[0].sector && !strcmp(out[0].sector, "GOV") && gl && ascii_ieq_any(gl, governments))
        for (int32_t ch = w->child_first[tok]; ch >= 0; ch = w->child_next[ch]) {
            if (!rel_is(&t[ch], "nmod")) continue;
            int of = 0;
            for (int32_t cc = w->child_first[ch]; cc >= 0; cc = w->child_next[cc])
                of |= rel_is(&t[cc], "case") && w->lemma_id[cc] == c->fw[FW_OF];
            if (!of) continue;
            /* (the of-phrase's words are the government's group: look
             * for a "former" title among its mentions) */
            int former = 0;
            for (uint32_t k = (uint32_t)ch; k > tok && k-- > tok + 1;) {
                int32_t mi = w->mention_of[k];
                if (mi >= 0 && w->m[mi].kind == AK_AGENT && w->m[mi].rec >= 0 &&
                    !strcmp(c->d.recs[w->m[mi].rec].code, "ELI"))
                    former = 1;
            }
            if (former && out[0].country) {
                char cbuf[8];
                code_cat(cbuf, sizeof cbuf, out[0].country, 3, "ELI", 3);
                out[0].code = ev_strdup(e, cbuf, strlen(cbuf));
                split_code(e, &out[0]);
                break;
            }
        }
    /* "the military juntas ruling Niger, Mali and Burkina Faso": a role
     * whose country is the object of its participle gives one actor per
     * conjoined country there */
    if (n == 1 && out[0].sector && out[0].country && strlen(out[0].code) == 6)
        for (int32_t ch = w->child_first[tok]; ch >= 0; ch = w->child_next[ch]) {
            if (!rel_is(&t[ch], "acl")) continue;
            int32_t o = -1;
            for (int32_t cc = w->child_first[ch]; cc >= 0 && o < 0; cc = w->child_next[cc])
                if (rel_is(&t[cc], "obj")) o = cc;
            if (o < 0 || w->group_of[o] < 0) continue;
            const actor_val *ov = &w->g[w->group_of[o]].val;
            if (!ov->code || strlen(ov->code) != 3 || strncmp(ov->code, out[0].country, 3)) continue;
            for (int32_t cc = w->child_first[o]; cc >= 0 && n < max; cc = w->child_next[cc]) {
                if (!rel_is(&t[cc], "conj") || w->group_of[cc] < 0) continue;
                const actor_val *cv = &w->g[w->group_of[cc]].val;
                if (!cv->code || strlen(cv->code) != 3 || !country_like(cv->code)) continue;
                actor_val a = out[0];
                char cbuf[64];
                code_cat(cbuf, sizeof cbuf, cv->code, 3, out[0].code + 3, SIZE_MAX);
                a.code = ev_strdup(e, cbuf, strlen(cbuf));
                split_code(e, &a);
                out[n++] = a;
            }
        }
    if (!n) {
        /* "the leaders of Russia", "Russia's plan", "the meeting that Moscow
         * wanted", "a call by French President Macron" */
        for (int32_t ch = w->child_first[tok]; ch >= 0 && !n; ch = w->child_next[ch]) {
            int of = 0;
            if (rel_is(&t[ch], "nmod")) {
                if (t[ch].deprel && str_eq(t[ch].deprel, "nmod:poss")) of = 1;
                for (int32_t cc = w->child_first[ch]; cc >= 0; cc = w->child_next[cc])
                    if (rel_is(&t[cc], "case") && (w->lemma_id[cc] == c->fw[FW_OF] || w->lemma_id[cc] == c->fw[FW_BY]))
                        of = 1;
            }
            if (of) n = group_actors(e, (uint32_t)ch, out, max);
        }
        /* "supporters of Ivory Coast President Laurent Gbagbo rampaged",
         * "followers of cleric Moqtada al-Sadr marched": a leader's or a
         * group's supporters are their country's civilians (CVL), as the
         * writers code them; the opposition's stay the opposition */
        static const char *const supporters[] = {"supporter", "follower", "loyalist", "partisan", "sympathizer",
                                                 "sympathiser", "devotee", NULL};
        const char *tl = t[tok].lemma ? t[tok].lemma : t[tok].form;
        for (int i = 0; i < n && tl && ascii_ieq_any(tl, supporters); i++) {
            if (!out[i].country || !out[i].code || (out[i].sector && (!strncmp(out[i].sector, "OPP", 3) ||
                                                                      !strncmp(out[i].sector, "CVL", 3))))
                continue;
            char cbuf[8];
            code_cat(cbuf, sizeof cbuf, out[i].country, 3, "CVL", 3);
            out[i].code = ev_strdup(e, cbuf, strlen(cbuf));
            split_code(e, &out[i]);
            out[i].cls = AC_COUNTRY;
            out[i].name = NULL;
        }
        for (int32_t ch = w->child_first[tok]; ch >= 0 && !n; ch = w->child_next[ch])
            if (t[ch].deprel && str_eq(t[ch].deprel, "acl:relcl"))
                for (int32_t cc = w->child_first[ch]; cc >= 0 && !n; cc = w->child_next[cc])
                    if (t[cc].deprel && str_eq(t[cc].deprel, "nsubj")) n = group_actors(e, (uint32_t)cc, out, max);
    }
    /* conjuncts: "Russia and Turkey"; named appositions left as a list;
     * a person parsed as a compound across an "and" (build_groups) --
     * but not who the phrase's members mostly were: "killing 79 people,
     * most of them students and labourers" (the parser's conjuncts after
     * "of them" are the people, not more victims) */
    int32_t part_of = -1;
    for (uint32_t k = tok + 2; k < w->n && k < tok + 8 && part_of < 0; k++)
        if (t[k].form && ascii_ieq(t[k].form, "them") && t[k - 1].form &&
            (ascii_ieq(t[k - 1].form, "of") || ascii_ieq(t[k - 1].form, "among")))
            part_of = (int32_t)k;
    for (int32_t ch = w->child_first[tok]; ch >= 0 && n < max; ch = w->child_next[ch])
        if (part_of >= 0 && ch > part_of && (rel_is(&t[ch], "conj") || rel_is(&t[ch], "appos")))
            continue;
        else if (rel_is(&t[ch], "conj") || (rel_is(&t[ch], "appos") && w->group_of[ch] >= 0) ||
            (rel_is(&t[ch], "compound") && w->group_of[ch] >= 0 && (uint32_t)ch < tok &&
             conjunction_between(t, (uint32_t)ch, tok))) {
            actor_val tmp[MEM_PLURAL_MAX];
            int k = group_actors(e, (uint32_t)ch, tmp, MEM_PLURAL_MAX);
            for (int i = 0; i < k && n < max; i++) out[n++] = tmp[i];
            /* (and the conjuncts the parser hung on a named apposition:
             * "The West African bloc ECOWAS and the African Union" with
             * "Union" a conjunct of "ECOWAS") */
            for (int32_t cj = rel_is(&t[ch], "appos") ? w->child_first[ch] : -1; cj >= 0 && n < max; cj = w->child_next[cj]) {
                if (!rel_is(&t[cj], "conj") || (part_of >= 0 && cj > part_of)) continue;
                k = group_actors(e, (uint32_t)cj, tmp, MEM_PLURAL_MAX);
                for (int i = 0; i < k && n < max; i++) out[n++] = tmp[i];
            }
        }
    /* "between Russian and Ukrainian negotiators" parsed with "Russian" the
     * head: a bare country adjective conjoined with a role shares the role */
    if (n >= 2 && out[0].code && !out[0].sector && country_like(out[0].code) && strlen(out[0].code) == 3 &&
        w->mention_of[tok] >= 0 && w->m[w->mention_of[tok]].kind == AK_ADJ && w->m[w->mention_of[tok]].e == tok + 1)
        for (int i = 1; i < n; i++)
            if (out[i].sector && out[i].country && country_like(out[i].code) && strlen(out[i].code) == 6) {
                char cbuf[8];
                code_cat(cbuf, sizeof cbuf, out[0].code, 3, out[i].code + 3, 3);
                out[0].code = ev_strdup(e, cbuf, strlen(cbuf));
                split_code(e, &out[0]);
                break;
            }
    return n;
}
