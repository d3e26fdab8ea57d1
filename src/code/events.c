/* events.c — verb and event-noun patterns matched on the dependency tree.
 *
 * For each token whose lemma has patterns (verbs.txt), the most specific
 * pattern whose particles / object / complement are present wins.  Then:
 *   actor      nsubj; obl:agent ("by") of a passive; inherited through
 *              xcomp (object control when the governor has an object),
 *              conj, advcl, acl; a pronoun subject of a reported clause is
 *              the reporting verb's subject ("forces say they are ...").
 *              Event nouns: their possessor or of/by-nmod.
 *   recipient  the oblique with the pattern's case marker; else iobj/obj
 *              (nsubj:pass in a passive); a recipient without an actor of
 *              its own falls back to its possessor / of- or by-nmod / relative
 *              clause subject ("blocked the meeting that Moscow wanted").
 *   suppressed negation on the trigger (not, never, n't, nor, det "no"),
 *              a denial/failure/refusal governor (deny, fail, refuse,
 *              decline, avoid), a negated governor, a request governor
 *              (urge, ask, call on: the request is the event).
 *   modality   threaten/warn + conflict verb -> 13x (138 military force);
 *              plan/intend/vow/pledge/promise/agree/decide/want/seek/offer +
 *              verb -> the 03x intent code (conflict verbs -> 13x); the
 *              governor's own event is dropped.
 *   speech     a reporting verb's own statement event (01x) is dropped when
 *              its reported clause codes an event.
 *   pairs      one event per (actor, recipient); reciprocal lemmas (meet,
 *              agree, talk, ...) with several actors and no recipient code
 *              every ordered pair. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "base/error.h"
#include "code/coder.h"

#define MAXA 8

static int lemma_in(const dyad_token *t, const char *const *list) {
    const char *l = t->lemma ? t->lemma : t->form;
    if (!l) return 0;
    if (ascii_ieq_any(l, list)) return 1;
    /* (a plural noun the tagger took for a singular keeps its -s as lemma:
     * "military exercises" NN, lemma "exercises") */
    size_t n = strlen(l);
    if (n < 5 || n >= 64 || l[n - 1] != 's' || l[n - 2] == 's' || !t->xpos || !str_eq(t->xpos, "NN")) return 0;
    char sing[64];
    memcpy(sing, l, n - 1);
    sing[n - 1] = 0;
    return ascii_ieq_any(sing, list);
}

static const char *const NEG_WORDS[] = {"not", "n't", "never", "no", "nor", "neither", NULL};
static const char *const DENIAL[] = {"deny", "fail", "refuse", "decline", "avoid", "reject", "neglect", NULL};
static const char *const THREAT[] = {"threaten", "warn", NULL};
/* Weapons and the craft that strike */
static const char *const STRIKERS[] = {"missile", "rocket", "bomb", "shell", "drone", "warplane", "jet", "aircraft",
                                      "artillery", "mortar", "strike", "airstrike", "helicopter", "gunship", NULL};
/* Verbs of blaming someone */
static const char *const BLAMING[] = {"blame", "accuse", "hold", NULL};
/* Verbs of a body's decision: "agreed to impose sanctions" */
static const char *const AGREEING[] = {"agree", "decide", NULL};
/* Nouns of a fight between two sides */
static const char *const FIGHT_NOUNS[] = {"clash", "fighting", "battle", "gunfight", "firefight", "shootout", "skirmish",
                                          "gunbattle", "confrontation", NULL};
static const char *const INTENT[] = {"plan", "intend", "vow", "pledge", "promise", "agree", "decide",
                                     "want", "seek", "offer", "aim", "hope", "prepare", "propose",
                                     /* "Tehran was ready to hold talks" */
                                     "ready", "willing", "prepared", "eager", "determined", "keen", NULL};
static const char *const REQUEST[] = {"urge", "ask", "call", "appeal", "demand", "press", "request",
                                      "invite", "encourage", "tell", "order", NULL};
static const char *const RECIPROCAL[] = {"meet", "agree", "talk", "clash", "fight", "fighting", "hostility",
                                         "hostilities", "negotiate", "discuss",
                                         "speak", "confer", "cooperate", "conversation", "talks", "meeting",
                                         "agreement", "negotiation", "discussion", "summit", "deal", "truce",
                                         "ceasefire", "accord", "treaty", "exchange", "swap", "relation", "relations",
                                         "tie", "ties", "trade",
                                         /* "Egyptian and Sudanese troops began a joint exercise" */
                                         "exercise", "drill", "manoeuvre", "maneuver", "patrol", NULL};
/* quantities, containers and parts an object can be measured in: "held
 * four hours of talks", "a package of sanctions", "sent 15 tonnes of
 * relief supplies", "delivered the first of four air defence systems",
 * "sent a message of condolence" */
static const char *const MEASURE[] = {"hour", "day", "week", "round", "series", "package", "set", "wave",
                                      "number", "dozen", "hundred", "thousand", "ten", "score", "million", "raft", "spate", "flurry",
                                      "barrage", "volley", "string", "batch", "slew", "host", "couple",
                                      "lot", "kind", "type", "form", "tonne", "ton", "quantity", "amount",
                                      "load", "cargo", "shipment", "consignment", "convoy", "first", "second",
                                      "third", "last", "part", "portion", "half", "message", "letter",
                                      "expression", "words", "most", "some", "much", "bulk", "all", "many", "several",
                                      "each", NULL};
/* verbs of gathering a protest is done by: "rallied outside parliament to
 * protest", "took to the streets to demonstrate" */
static const char *const GATHERING[] = {"rally", "gather", "march", "assemble", "converge", "take", "pour",
                                        "flock", "throng", "mass", "turn", "come", "walk", "camp", NULL};
static const char *const RELATIVE[] = {"that", "which", "who", "whom", NULL};
/* Verbs that adopt, announce or send a package of measures. */
static const char *const PACKAGE_VERBS[] = {"approve", "adopt", "announce", "unveil", "impose", "pass", "agree",
                                            "send", "deliver", "provide", "pledge", "launch", "extend", "offer",
                                            "promise", "sign", "finalize", "finalise", NULL};
static const char *const PACKAGES[] = {"package", "programme", "program", NULL};
/* Nouns of places a phrase can name ("the town of Bakhmut"). */
static const char *const PLACE_NOUNS[] = {"city", "town", "village", "region", "province", "district", "capital",
                                          "port", "island", "area", "territory", NULL};
static const char *const CALENDAR_WORDS[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                             "sunday", "day", "week", "weekend", "month", "year", "morning",
                                             "afternoon", "evening", "night", "eve", "anniversary", NULL};
static const char *const CONSIDER[] = {"consider", "weigh", "mull", "contemplate", "ponder", "debate", NULL};
static const char *const PROTEST_VERBS[] = {"protest", "demonstrate", "strike", "picket", "riot", NULL};
/* collective nouns and numbers that count actors: "tens of thousands of
 * Serbians", "a crowd of protesters", "dozens of students" */
static const char *const CROWD[] = {"ten", "tens", "crowd", "group", "million", "score", "scores", "band", "member",
                                    "mob", "throng", "contingent", "delegation", "team", "unit", "convoy",
                                    "handful", "majority", "minority", NULL};
/* words that refer to a content: "made no reference to X", "did not mention X" */
static const char *const REFERENCE[] = {"reference", "refer", "mention", "explain", "explanation", "address",
                                        "comment", "acknowledge", "cite", "allude", "allusion", "word",
                                        "detail", "elaborate", "specify", "clarify", "indication", "indicate",
                                        "note", "discuss", "describe", "say", "disclose", "reveal", NULL};
static const char *const RELPRON[] = {"who", "which", "that", "whom", NULL};
/* What a statement calls an act it condemns ("said the move was
 * illegal"). */
static const char *const WRONG_ACT[] = {"unacceptable", "illegal", "unlawful", "illegitimate", "unjustified",
                                        "unjustifiable", "outrageous", "provocative", "unconstitutional",
                                        "irresponsible", "reprehensible", "deplorable", "inadmissible",
                                        "unjust", "criminal", "barbaric", "inhumane", NULL};
/* What a statement says of someone it accuses ("said the Russian state
 * was culpable"). */
static const char *const CULPABLE[] = {"culpable", "responsible", "guilty", "complicit", "accountable", NULL};
/* "a video showing its forces destroying X": the object did it */
static const char *const PERCEIVE[] = {"show", "see", "watch", "hear", "film", "witness", "depict", "observe",
                                       "notice", "catch", "find", "report", "photograph", "record", NULL};

/* Contacts whose to-clause of condolence, praise or apology is the
 * caller's own message ("telephoned Erdogan to offer his condolences"),
 * not something asked of the one contacted. */
static const char *const CONTACTING[] = {"telephone", "phone", "ring", "meet", "visit", "host", "receive", NULL};

/* Verbs of an accusation made with another act ("..., accusing Doha of
 * supporting terrorism", "..., blaming Ukrainian shelling"). */
static const char *const ACCUSING[] = {"accuse", "blame", NULL};
/* "prompting President Saleh to declare a state of emergency", "forced
 * Khartoum to withdraw": what a causative verb makes someone do is done */
/* Participles that tell what an act led to, said of its doer even right
 * after its target ("killing three", "leaving dozens wounded"). */
static const char *const RESULT_VERBS[] = {"kill", "wound", "injure", "leave", "send", "force", "prompt",
                                           "cause", "spark", "trigger", "bring", "end", "claim", NULL};
/* Verbs that only perform the act their object names: "China's military
 * launched large-scale drills", "Israel resumed air strikes on Gaza". */
static const char *const PERFORM[] = {"launch", "hold", "stage", "conduct", "carry", "begin", "start",
                                      "mount", "undertake", "perform", "wage", "resume", "continue",
                                      "intensify", "escalate", "step", "keep", "organise", "organize", "renew", NULL};
static const char *const CAUSE[] = {"prompt", "force", "compel", "spur", "drive", "lead", NULL};

typedef struct ctx {
    const dyad_coder *c;
    dyad_events *e;
    sent_work *w;
    const dyad_token *t;
    size_t sentence;
    size_t n_in_sentence;
    uint32_t ev_first;   /* first event of this sentence in e->ev */
    uint32_t trigger;    /* the trigger of the events being emitted */
    const char *code_now; /* and their code */
    when_where ww;       /* dates and places of this sentence's triggers */
} ctx;

static void explain(ctx *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static void explain(ctx *x, const char *fmt, ...) {
    if (!x->e->explain) return;
    va_list ap;
    va_start(ap, fmt);
    char tmp[1024];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    buf_puts(&x->e->ex, "  ");
    buf_puts(&x->e->ex, tmp);
    buf_putc(&x->e->ex, '\n');
}

static int32_t child_rel(const ctx *x, uint32_t tok, const char *rel) {
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], rel)) return ch;
    return -1;
}

static int32_t child_exact(const ctx *x, uint32_t tok, const char *rel) {
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch])
        if (x->t[ch].deprel && str_eq(x->t[ch].deprel, rel)) return ch;
    return -1;
}

/* The case marker lemma of an oblique / nmod, or WORD_NONE. */
static uint32_t case_of(const ctx *x, uint32_t tok) {
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], "case")) return x->w->lemma_id[ch];
    return WORD_NONE;
}

/* Verbs of an answer, whose with-phrase names what it is given with
 * ("Israel responded with air strikes on southern Lebanon"). */
static const char *const ANSWERING[] = {"respond", "retaliate", "react", "reply", "answer", NULL};
/* The verb that only performs event noun v, its object ("resumed air
 * strikes") when that verb is no trigger of its own, or the answer v is
 * given with ("responded with air strikes"); else -1. */
static int32_t performing_verb(const ctx *x, const int8_t *has, uint32_t v) {
    const dyad_token *t = x->t;
    int32_t h = t[v].head;
    /* (an answer given, not one vowed: "threatened to retaliate with
     * attacks inside Kenya") */
    if (rel_is(&t[v], "obl") && h >= 0 && lemma_in(&t[h], ANSWERING) && t[h].xpos && !str_eq(t[h].xpos, "VB"))
        return case_of(x, v) == x->c->fw[FW_WITH] ? h : -1;
    return rel_is(&t[v], "obj") && h >= 0 && !has[h] && lemma_in(&t[h], PERFORM) ? h : -1;
}

/* A negating dependent, or -1. */
static int32_t negation(const ctx *x, uint32_t tok) {
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch]) {
        const dyad_token *c = &x->t[ch];
        if (!(rel_is(c, "advmod") || rel_is(c, "neg") || rel_is(c, "det") || rel_is(c, "cc") ||
              rel_is(c, "part")))
            continue;
        if (lemma_in(c, NEG_WORDS) || (c->form && lemma_in(&(dyad_token){.lemma = c->form}, NEG_WORDS)))
            return ch;
    }
    return -1;
}

/* 1 (and why) when trigger v is only possible: a verb with could, might
 * or may ("Russia could retaliate"), an event noun that is the subject
 * of such a verb ("a meeting ... could take place"), or the clause of a
 * condition ("if attacked", "unless Iran complies"). */
static int hypothetical(const ctx *x, uint32_t v, char *why, size_t why_size) {
    static const char *const MAYBE[] = {"could", "might", "may", NULL};
    static const char *const IF[] = {"if", "unless", NULL};
    const dyad_token *t = x->t;
    int32_t h = t[v].head;
    int32_t clause = (int32_t)v;
    if (t[v].upos && str_eq(t[v].upos, "NOUN")) {
        if (!(rel_is(&t[v], "nsubj") || rel_is(&t[v], "nsubj:pass")) || h < 0) return 0;
        clause = h;
    }
    for (int32_t ch = x->w->child_first[clause]; ch >= 0; ch = x->w->child_next[ch]) {
        if (rel_is(&t[ch], "aux") && lemma_in(&t[ch], MAYBE)) {
            snprintf(why, why_size, "only possible ('%s')", t[ch].form);
            return 1;
        }
        if (rel_is(&t[ch], "mark") && lemma_in(&t[ch], IF) && rel_is(&t[clause], "advcl")) {
            snprintf(why, why_size, "a condition ('%s')", t[ch].form);
            return 1;
        }
    }
    /* (also a complement of a condition's verb: "unless Damascus stopped
     * sheltering Ocalan") */
    for (int hops = 0; hops < 2 && clause >= 0 && rel_is(&t[clause], "xcomp"); hops++) {
        clause = t[clause].head;
        for (int32_t ch = clause >= 0 ? x->w->child_first[clause] : -1; ch >= 0; ch = x->w->child_next[ch])
            if (rel_is(&t[ch], "mark") && lemma_in(&t[ch], IF) && rel_is(&t[clause], "advcl")) {
                snprintf(why, why_size, "a condition ('%s')", t[ch].form);
                return 1;
            }
    }
    return 0;
}

/* A reference word that is negated or absent: "no reference", "did not
 * mention", "there was no reference", "avoided any reference", "failed to
 * mention", "did not make any reference". */
static int negated_reference(const ctx *x, uint32_t r) {
    const dyad_token *t = x->t;
    if (!lemma_in(&t[r], REFERENCE)) return 0;
    if (negation(x, r) >= 0) return 1;
    int32_t h = t[r].head;
    if (h < 0) return 0;
    /* "avoided any reference", "failed to mention", "did not make any reference" */
    if ((rel_is(&t[r], "obj") || rel_is(&t[r], "xcomp")) && (lemma_in(&t[h], DENIAL) || negation(x, (uint32_t)h) >= 0))
        return 1;
    return 0;
}

/* Is trigger v inside the content of a negated or absent reference ("made no
 * reference to the sieges ..., which are threatening X", "did not explain
 * why troops withdrew")?  Walks up from v; the path must not enter a
 * clause from its subject or a conjunct.  Fills why. */
static int inside_negated_reference(const ctx *x, uint32_t v, char *why, size_t why_size) {
    const dyad_token *t = x->t;
    uint32_t cur = v;
    for (int k = 0; k < 12; k++) {
        int32_t a = t[cur].head;
        if (a < 0) return 0;
        const dyad_token *c = &t[cur];
        int verbal = t[a].upos && (str_eq(t[a].upos, "VERB") || str_eq(t[a].upos, "AUX"));
        int blocked = rel_is(c, "nsubj") || rel_is(c, "csubj") || rel_is(c, "parataxis") ||
                      (verbal && (rel_is(c, "conj") || rel_is(c, "advcl")));
        if (blocked) return 0;
        if (negated_reference(x, (uint32_t)a)) {
            snprintf(why, why_size, "inside the negated reference '%s'", t[a].form);
            return 1;
        }
        if (verbal) {
            /* "made no reference to X" with X attached to the verb (or the
             * parser making X a second object) */
            for (int32_t ch = x->w->child_first[a]; ch >= 0; ch = x->w->child_next[ch])
                if ((uint32_t)ch != cur && rel_is(&t[ch], "obj") && (uint32_t)ch < cur &&
                    negated_reference(x, (uint32_t)ch)) {
                    snprintf(why, why_size, "inside '%s ... %s'", t[a].form, t[ch].form);
                    return 1;
                }
        }
        cur = (uint32_t)a;
    }
    return 0;
}

static int is_pronoun_tok(const ctx *x, uint32_t tok) {
    int32_t m = x->w->mention_of[tok];
    return m >= 0 && x->w->m[m].kind == MK_PRONOUN;
}

/* Sets v's code to a country's sector ("SYR" + "MIL"), with its country
 * and sector fields; the strings live in the events arena. */
static void set_country_sector(dyad_events *e, actor_val *v, const char *country, const char *sector) {
    char code[8];
    snprintf(code, sizeof code, "%.3s%.3s", country, sector);
    v->code = ev_strdup(e, code, strlen(code));
    v->country = ev_strdup(e, code, 3);
    v->sector = v->code + 3;
}

/* v as a new actor of no words of its own: a country's sector, an
 * organisation ("the public of Egypt", EGYCVL). */
static void country_sector_actor(dyad_events *e, actor_val *v, const char *country, const char *sector) {
    memset(v, 0, sizeof *v);
    set_country_sector(e, v, country, sector);
    v->cls = AC_ORG;
}

/* The first word conjoined to v (or modifying a noun: "A helicopter
 * crashed ..." read as a noun phrase) with one of these lemmas, or -1:
 * "crashed and burst into flames", "tents and medicine". */
static int32_t conj_in(const ctx *x, uint32_t v, const char *const *lemmas) {
    for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch])
        if ((rel_is(&x->t[ch], "conj") || rel_is(&x->t[ch], "acl")) && lemma_in(&x->t[ch], lemmas)) return ch;
    return -1;
}

static int actors_subject(ctx *x, uint32_t v, actor_val *out, int max, int depth, int *passive);
static int32_t leftmost(const ctx *x, int32_t tok);

/* 1 when dependent ch is a by-agent: an obl:agent, or an oblique opened
 * by "by" (the parser's label for a passive's agent varies). */
static int by_agent(const ctx *x, int32_t ch) {
    return rel_is(&x->t[ch], "obl:agent") ||
           (rel_is(&x->t[ch], "obl") && case_of(x, (uint32_t)ch) == x->c->fw[FW_BY]);
}

/* The strike a passive's victims fell in ("were killed in an Israeli air
 * strike"): an in-phrase of passive verb v naming a strike, or -1. */
static int32_t strike_fallen_in(const ctx *x, uint32_t v) {
    static const char *const strikes[] = {"strike", "airstrike", "air-strike", "raid", "airraid", "bombardment",
                                          "shelling", "barrage", "bombing", NULL};
    if (child_exact(x, v, "aux:pass") < 0) return -1;
    for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], "obl") && case_of(x, (uint32_t)ch) == x->c->fw[FW_IN] && lemma_in(&x->t[ch], strikes))
            return ch;
    return -1;
}

/* Actors of the tokens list under an oblique agent of a passive. */
static int passive_agent(ctx *x, uint32_t v, actor_val *out, int max) {
    int32_t a = child_exact(x, v, "obl:agent");
    for (int32_t ch = a < 0 ? x->w->child_first[v] : -1; ch >= 0 && a < 0; ch = x->w->child_next[ch])
        if (by_agent(x, ch)) a = ch;
    /* (hung on an oblique: "placed under house arrest on Monday by order
     * of Justice X" with "by order" under "arrest") */
    for (int32_t ch = x->w->child_first[v]; ch >= 0 && a < 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], "obl"))
            for (int32_t cc = x->w->child_first[ch]; cc >= 0 && a < 0; cc = x->w->child_next[cc])
                if (rel_is(&x->t[cc], "nmod") && case_of(x, (uint32_t)cc) == x->c->fw[FW_BY]) a = cc;
    /* (hung on the verb's complement: "was shot dead by an unknown
     * gunman" with the by-phrase under "dead") */
    for (int32_t ch = x->w->child_first[v]; ch >= 0 && a < 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], "xcomp") && x->t[ch].upos && str_eq(x->t[ch].upos, "ADJ"))
            for (int32_t cc = x->w->child_first[ch]; cc >= 0 && a < 0; cc = x->w->child_next[cc])
                if (rel_is(&x->t[cc], "obl") && case_of(x, (uint32_t)cc) == x->c->fw[FW_BY]) a = cc;
    /* (no by-phrase, but a strike its victims fell in: "was killed in a
     * U.S. drone strike", "were killed in an Israeli air strike on a
     * house" -- the strike's country, its military, is the doer) */
    int32_t fell = a < 0 ? strike_fallen_in(x, v) : -1;
    if (fell >= 0) {
        actor_val s[MAXA];
        int ns = actors_of(x->c, x->e, (uint32_t)fell, s, MAXA);
        if (ns && s[0].sector && !strcmp(s[0].sector, "MIL")) a = fell;
    }
    if (a < 0) return 0;
    int n = actors_of(x->c, x->e, (uint32_t)a, out, max);
    /* "placed under house arrest by order of Justice X": whose order */
    static const char *const orders[] = {"order", "decision", "ruling", "command", "decree", NULL};
    if (!n && lemma_in(&x->t[a], orders))
        for (int32_t ch = x->w->child_first[a]; ch >= 0 && !n; ch = x->w->child_next[ch])
            if (rel_is(&x->t[ch], "nmod") && case_of(x, (uint32_t)ch) == x->c->fw[FW_OF])
                n = actors_of(x->c, x->e, (uint32_t)ch, out, max);
    return n;
}

/* "Russia denied that its forces had blown up the dam, blaming Ukrainian
 * shelling": an accusing participle set off by a comma at the end of a
 * reported or denied clause (a ccomp) accuses for the main verb's
 * subject, wherever the parser hung it. */
static int main_accusation(const ctx *x, uint32_t v) {
    const dyad_token *t = x->t;
    int32_t h = t[v].head;
    if (!rel_is(&t[v], "advcl") || !t[v].xpos || !str_eq(t[v].xpos, "VBG") || !lemma_in(&t[v], ACCUSING) || h < 0 ||
        !rel_is(&t[h], "ccomp") || t[h].head < 0 || child_rel(x, v, "nsubj") >= 0)
        return 0;
    int32_t l = leftmost(x, (int32_t)v);
    return l > 0 && t[l - 1].form && str_eq(t[l - 1].form, ",");
}

static int actors_subject(ctx *x, uint32_t v, actor_val *out, int max, int depth, int *passive) {
    if (depth > 4) return 0;
    const dyad_token *t = x->t;
    int32_t s = -1;
    for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&t[ch], "nsubj") && !(t[ch].deprel && strstr(t[ch].deprel, "pass"))) { s = ch; break; }
    int32_t sp = child_exact(x, v, "nsubj:pass");
    /* (a root with a passive subject but no passive auxiliary is a past
     * tense misread: "The African Union called for calm") */
    if (sp >= 0 && s < 0 && t[v].head < 0 && child_exact(x, v, "aux:pass") < 0 && child_rel(x, v, "aux") < 0 &&
        !passive_agent(x, v, out, max)) {
        s = sp;
        sp = -1;
    }
    if (sp >= 0 || child_exact(x, v, "aux:pass") >= 0) {
        if (passive) *passive = 1;
        return passive_agent(x, v, out, max);
    }
    int32_t h = t[v].head;
    if (s >= 0) {
        /* relative pronoun: the noun the clause modifies */
        if (lemma_in(&t[s], RELPRON) && h >= 0 && rel_is(&t[v], "acl"))
            return actors_of(x->c, x->e, (uint32_t)h, out, max);
        /* "forces say they are launching": the reporter */
        if (is_pronoun_tok(x, (uint32_t)s) && h >= 0 && rel_is(&t[v], "ccomp")) {
            int n = actors_subject(x, (uint32_t)h, out, max, depth + 1, NULL);
            if (n) return n;
        }
        int n = actors_of(x->c, x->e, (uint32_t)s, out, max);
        /* "Tens of thousands of Serbians rallied", "a crowd of protesters":
         * a quantity's of-noun is the subject */
        for (int32_t q = s, k = 0; !n && k < 3 && (lemma_in(&t[q], MEASURE) || lemma_in(&t[q], CROWD)); k++) {
            int32_t of = -1;
            for (int32_t ch = x->w->child_first[q]; ch >= 0 && of < 0; ch = x->w->child_next[ch])
                if (rel_is(&t[ch], "nmod") && case_of(x, (uint32_t)ch) == x->c->fw[FW_OF]) of = ch;
            if (of < 0) break;
            n = actors_of(x->c, x->e, (uint32_t)of, out, max);
            q = of;
        }
        /* "A roadside bomb planted by al-Shabaab killed ...": a thing with
         * no actor, done by someone, is that someone's */
        for (int32_t ch = x->w->child_first[s]; !n && ch >= 0; ch = x->w->child_next[ch])
            if (rel_is(&t[ch], "acl") && t[ch].xpos && str_eq(t[ch].xpos, "VBN")) n = passive_agent(x, (uint32_t)ch, out, max);
        /* a second subject (a list the parser did not join) */
        int first_n = n;
        for (int32_t ch = x->w->child_next[s]; ch >= 0 && n < max; ch = x->w->child_next[ch])
            if (rel_is(&t[ch], "nsubj") && !(t[ch].deprel && strstr(t[ch].deprel, "pass"))) {
                int before = n;
                n += actors_of(x->c, x->e, (uint32_t)ch, out + n, max - n);
                /* ("Hong Kong police" read as two subjects, "Hong" and
                 * "police": a bare country with its own agent right after
                 * it, no "and" or comma between, is that agent's country) */
                int joined = n == before + 1 && before == 1 && out[0].code && !out[0].sector && out[before].sector &&
                             out[before].country && !strcmp(out[0].code, out[before].country);
                for (int32_t k = s + 1; joined && k < ch; k++)
                    joined = !(t[k].upos && (str_eq(t[k].upos, "CCONJ") || str_eq(t[k].upos, "PUNCT")));
                if (joined) {
                    out[0] = out[before];
                    n = first_n = 1;
                }
            }
        /* "Indian and U.S. troops" parsed as two subjects, "Indian" alone: a
         * bare country adjective shares the role of the subject after it */
        /* (also a list of them, tagged as names: "Kyrgyz and Tajik troops"
         * with "Kyrgyz" and "Tajik" one subject, "troops" another) */
        /* ("U.S. and Philippine troops": a bare country name before "and"
         * and the role's own country adjective shares the role too) */
        if (n == 2 && first_n == 2 && out[0].code && strlen(out[0].code) == 3 && !out[0].sector && out[1].sector &&
            out[1].country && strcmp(out[0].code, out[1].country) && s + 2 < (int32_t)x->w->n && t[s + 1].upos &&
            str_eq(t[s + 1].upos, "CCONJ") && x->w->mention_of[s + 2] >= 0 &&
            x->w->m[x->w->mention_of[s + 2]].kind == AK_ADJ && t[s + 2].head >= 0 && t[t[s + 2].head].head == s) {
            char code[16];
            snprintf(code, sizeof code, "%.3s%s", out[0].code, out[1].sector);
            out[0].code = ev_strdup(x->e, code, strlen(code));
            out[0].country = ev_strdup(x->e, code, 3);
            out[0].sector = out[0].code + 3;
        }
        int adjective = t[s].upos && (str_eq(t[s].upos, "ADJ") ||
                                      (x->w->mention_of[s] >= 0 && x->w->m[x->w->mention_of[s]].kind == AK_ADJ));
        if (first_n >= 1 && n > first_n && adjective && out[first_n].sector && out[first_n].country &&
            strlen(out[first_n].code) > 3) {
            int last = first_n;
            for (int i = 0; i < first_n; i++) {
                if (!out[i].code || strlen(out[i].code) != 3) continue;
                char code[16];
                snprintf(code, sizeof code, "%.3s%s", out[i].code, out[last].code + 3);
                out[i].code = ev_strdup(x->e, code, strlen(code));
                out[i].country = ev_strdup(x->e, code, 3);
                out[i].sector = out[i].code + 3;
            }
        }
        return n;
    }
    /* a misparse: "a day after Syrian forces attacked X" with the
     * subordinator taken for a preposition, so the subject became its
     * object (nmod/obl) and the finite verb lost it: the noun right before
     * the verb, governed by after/before/until/since, is the subject */
    if (v > 0 && t[v].xpos && (str_eq(t[v].xpos, "VBD") || str_eq(t[v].xpos, "VBZ") || str_eq(t[v].xpos, "VBP"))) {
        uint32_t np = v - 1;
        if (t[np].upos && (str_eq(t[np].upos, "NOUN") || str_eq(t[np].upos, "PROPN")) &&
            (rel_is(&t[np], "nmod") || rel_is(&t[np], "obl")) && t[np].head != (int32_t)v &&
            x->w->mention_of[np] >= 0 && !is_pronoun_tok(x, np)) {
            static const char *const subordinators[] = {"after", "before", "until", "since", "once", NULL};
            for (int32_t ch = x->w->child_first[np]; ch >= 0; ch = x->w->child_next[ch])
                if (rel_is(&t[ch], "case") && t[ch].lemma)
                    for (const char *const *sw = subordinators; *sw; sw++)
                        if (ascii_ieq(t[ch].lemma, *sw)) return actors_of(x->c, x->e, np, out, max);
        }
        /* (and a longer noun phrase: "after two powerful earthquakes in
         * the western province of Herat killed more than 2,000 people" --
         * the subject is what follows the subordinator, an actor or not) */
        if (rel_is(&t[v], "advcl") && child_rel(x, v, "nsubj") < 0) {
            static const char *const temporal_words[] = {"after", "before", "until", "since", "once", NULL};
            for (int32_t k = (int32_t)v - 1; k >= 0 && k >= (int32_t)v - 14; k--) {
                const char *u = t[k].upos;
                if (!u) break;
                if (lemma_in(&t[k], temporal_words) && (str_eq(u, "ADP") || str_eq(u, "SCONJ"))) {
                    int32_t head = t[k].head;
                    if (head > k && head < (int32_t)v) return actors_of(x->c, x->e, (uint32_t)head, out, max);
                    break;
                }
                if (!(str_eq(u, "NOUN") || str_eq(u, "PROPN") || str_eq(u, "ADJ") || str_eq(u, "DET") ||
                      str_eq(u, "NUM") || str_eq(u, "ADP") || (str_eq(u, "PUNCT") && t[k].form && str_eq(t[k].form, "-"))))
                    break;
            }
        }
    }
    if (h < 0) return 0;
    if (rel_is(&t[v], "xcomp") && t[h].upos && (str_eq(t[h].upos, "ADJ") || str_eq(t[h].upos, "NOUN"))) {
        /* a misparse: "the regime's military announced" with "military" an
         * adjective governing the verb; the noun phrase is the subject */
        int32_t np = h;
        while ((rel_is(&t[np], "amod") || rel_is(&t[np], "compound")) && t[np].head >= 0) np = t[np].head;
        int n = actors_of(x->c, x->e, (uint32_t)np, out, max);
        if (n) return n;
    }
    if (rel_is(&t[v], "amod") && t[v].xpos && (str_eq(t[v].xpos, "VBD") || str_eq(t[v].xpos, "VBN")) &&
        t[h].upos && str_eq(t[h].upos, "NOUN")) {
        /* a misparse: "the Islamic State posted video" as one noun phrase,
         * the actor a compound before the participle. English puts no noun
         * modifier before a participle adjective ("the State-posted
         * video" would be hyphenated), so the compound is the subject. */
        for (int32_t ch = x->w->child_first[h]; ch >= 0; ch = x->w->child_next[ch])
            if (rel_is(&t[ch], "compound") && (uint32_t)ch < v && x->w->mention_of[ch] >= 0 &&
                !is_pronoun_tok(x, (uint32_t)ch))
                return actors_of(x->c, x->e, (uint32_t)h, out, max);
        return 0;
    }
    if (rel_is(&t[v], "xcomp")) {
        int32_t o = child_rel(x, (uint32_t)h, "obj");
        if (o >= 0) return actors_of(x->c, x->e, (uint32_t)o, out, max);
        return actors_subject(x, (uint32_t)h, out, max, depth + 1, NULL);
    }
    /* "Jailed in 2019, the blogger ...", "a journalist jailed in 2019": a
     * past participle with neither subject nor auxiliary is passive; the
     * noun it hangs on is what was done to, not the doer ("Having failed to
     * capture the town, forces ..." has its auxiliary and keeps it) */
    /* (a participle with a direct object is no passive but a misread past
     * tense: "A Malian army drone strike killed at least 20 civilians, local
     * officials said" with "killed" an acl of "strike") */
    /* (also a participle conjoined with its by-agent: "reported a drop in
     * profit, hit by weak demand" -- the demand hit, not the company) */
    if ((rel_is(&t[v], "advcl") || rel_is(&t[v], "acl") ||
         (rel_is(&t[v], "conj") && child_exact(x, v, "obl:agent") >= 0)) && t[v].xpos && str_eq(t[v].xpos, "VBN") &&
        child_rel(x, v, "aux") < 0 && !(rel_is(&t[v], "acl") && h >= 0 && t[h].head < 0) &&
        !(rel_is(&t[v], "acl") && child_rel(x, v, "obj") >= 0 && child_rel(x, v, "obl:agent") < 0)) {
        /* (an acl of the root noun is the sentence's misread verb:
         * "Thousands of protesters marched through Paris") */
        if (passive) *passive = 1;
        return passive_agent(x, v, out, max);
    }
    /* "ordered seven U.N. officials to leave the country, accusing them of
     * meddling": a participle set off by a comma and hung on a
     * complement is the main verb's adjunct, done by its subject */
    if (rel_is(&t[v], "advcl") && t[v].xpos && str_eq(t[v].xpos, "VBG") && t[h].head >= 0 &&
        (rel_is(&t[h], "xcomp") || main_accusation(x, v))) {
        int32_t l = leftmost(x, v);
        if (l > 0 && t[l - 1].form && str_eq(t[l - 1].form, ","))
            return actors_subject(x, (uint32_t)t[h].head, out, max, depth + 1, NULL);
    }
    /* "fired tear gas at protesters blocking main roads": a participle
     * right after an actor in the main verb's object or phrase, with no
     * comma between, is a reduced relative the parser hung on the verb;
     * the actor does it (not results: "opened fire on the crowd killing
     * three" is still the shooters') */
    /* (a gerund after a preposition is none: "accused Iran of supplying") */
    if (h >= 0 && rel_is(&t[v], "advcl") && t[v].xpos && str_eq(t[v].xpos, "VBG") && v > (uint32_t)h + 1 &&
        !lemma_in(&t[v], RESULT_VERBS) && child_rel(x, v, "mark") < 0) {
        int32_t l = leftmost(x, v);
        int32_t np = l - 1;
        if (np > h && t[np].upos && (str_eq(t[np].upos, "NOUN") || str_eq(t[np].upos, "PROPN")) &&
            x->w->mention_of[np] >= 0 && !is_pronoun_tok(x, (uint32_t)np) &&
            (rel_is(&t[np], "nmod") || rel_is(&t[np], "obl") || rel_is(&t[np], "obj"))) {
            /* (a target's phrase, not a time's: "came after Russia
             * attacking Turkey" keeps the main subject) */
            static const char *const target_case[] = {"at", "on", "against", "into", "toward", "towards", "with",
                                                      "to", "of", NULL};
            int target = 1;
            for (int32_t q = np, hops = 0; target && q >= 0 && q != h && hops < 32; q = t[q].head, hops++) {
                int32_t cs = -1;
                for (int32_t ch = x->w->child_first[q]; ch >= 0 && cs < 0; ch = x->w->child_next[ch])
                    if (rel_is(&t[ch], "case")) cs = ch;
                target = cs < 0 || lemma_in(&t[cs], target_case);
            }
            int n = target ? actors_of(x->c, x->e, (uint32_t)np, out, max) : 0;
            if (n) return n;
        }
    }
    if (rel_is(&t[v], "conj") || rel_is(&t[v], "advcl") || rel_is(&t[v], "parataxis"))
        return actors_subject(x, (uint32_t)h, out, max, depth + 1, NULL);
    if (rel_is(&t[v], "acl")) return actors_of(x->c, x->e, (uint32_t)h, out, max);
    return 0;
}

static int in_list(const uint32_t *l, int n, uint32_t w) {
    if (w == WORD_NONE) return 0;
    for (int i = 0; i < n; i++)
        if (l[i] == w) return 1;
    return 0;
}

/* Token tok is the pattern word id: its lemma, form or naive singular
 * ("troops" for troop), or, for a compound lemma ("war-crime",
 * "alert-level"), a noun of the last part whose modifiers just before it
 * (compound or amod, a split hyphen allowed between) are the earlier parts
 * ("war crimes", "war - crimes"); *compound is set then. */
static int word_is(const ctx *x, uint32_t id, uint32_t tok, int *compound) {
    const sent_work *w = x->w;
    if (w->lemma_id[tok] == id || w->form_id[tok] == id || (w->sing_id[tok] != WORD_NONE && w->sing_id[tok] == id))
        return 1;
    const dyad_coder *c = x->c;
    if (id >= c->n_cmp || !c->cmp_n[id]) return 0;
    const uint32_t *parts = c->cmp_parts + c->cmp_first[id];
    int np = c->cmp_n[id];
    uint32_t last = parts[np - 1];
    if (!(w->lemma_id[tok] == last || w->form_id[tok] == last || w->sing_id[tok] == last)) return 0;
    int32_t j = (int32_t)tok - 1;
    for (int k = np - 2; k >= 0; k--, j--) {
        if (j >= 0 && x->t[j].form && str_eq(x->t[j].form, "-")) j--;
        /* other modifiers of the noun may stand between: "joint military
         * exercise" is a joint-exercise */
        while (k == 0 && j > 0 && !(w->lemma_id[j] == parts[k] || w->form_id[j] == parts[k]) &&
               x->t[j].head == (int32_t)tok && (rel_is(&x->t[j], "amod") || rel_is(&x->t[j], "compound")))
            j--;
        if (j < 0 || !(w->lemma_id[j] == parts[k] || w->form_id[j] == parts[k])) return 0;
        const dyad_token *m = &x->t[j];
        /* (or the last of coordinated modifiers: "search-and-rescue teams",
         * "rescue" a conjunct of the compound "search") */
        int coordinated = j == (int32_t)tok - 1 && rel_is(m, "conj") && m->head >= 0 && m->head < j &&
                          x->t[m->head].head == (int32_t)tok &&
                          (rel_is(&x->t[m->head], "compound") || rel_is(&x->t[m->head], "amod"));
        if (!coordinated && !(m->head > j && m->head <= (int32_t)tok && (rel_is(m, "compound") || rel_is(m, "amod"))))
            return 0;
    }
    *compound = 1;
    return 1;
}

/* Token tok is one of the n alternatives in l (word_is). */
static int item_is(const ctx *x, const uint32_t *l, int n, uint32_t tok, int *compound) {
    for (int i = 0; i < n; i++)
        if (word_is(x, l[i], tok, compound)) return 1;
    return 0;
}

/* 1 when the clause headed by tok is a to-infinitive ("to demand"). */
static int to_clause(const ctx *x, uint32_t tok) {
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], "mark") && x->t[ch].form && ascii_ieq(x->t[ch].form, "to")) return 1;
    return 0;
}

/* "rallied in Belgrade to demand the resignation": a to-infinitive advcl,
 * the purpose a complement item (>demand) may name. */
static int purpose_clause(const ctx *x, uint32_t tok) { return rel_is(&x->t[tok], "advcl") && to_clause(x, tok); }

/* "accused the army of committing war crimes": an of-clause complement
 * (tree_repair_accused_of hangs it on the verb). */
static int of_clause(const ctx *x, uint32_t tok) {
    if (!rel_is(&x->t[tok], "advcl")) return 0;
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], "mark") && x->t[ch].form && ascii_ieq(x->t[ch].form, "of")) return 1;
    return 0;
}

typedef struct match {
    int32_t pat;
    int score;
    int32_t obj;        /* the object the pattern required */
    int32_t prep_tok;   /* recipient oblique (pattern's @PREP or +particle) */
    int32_t xcomp;
    int32_t pp_tok;     /* the noun of a required PREP= phrase ("bow to=demand") */
    int32_t obj2;       /* the complement's required object ("rally >demand obj=resignation") */
    uint8_t obj_conj;   /* the object matched is a conjunct of the verb's object */
    uint8_t prep_particle; /* prep_tok is a particle's phrase ("drove X out of Y": Y) */
} match;

/* 1 when tok is a common noun inside a longer actor mention, before its
 * last word (an English noun phrase's head): "rights" in "U.N. human rights
 * chief", which a misparse may hang on a verb as its object.  (Names head
 * on their first word in UD, "Vladimir" of "Vladimir Putin": not these.) */
static int inner_noun(const ctx *x, uint32_t tok) {
    int32_t mo = x->w->mention_of[tok];
    /* (but an "X of Y" name heads on its first noun: "the state of
     * Palestine") */
    return mo >= 0 && tok + 1 < x->w->m[mo].e && x->t[tok].upos && str_eq(x->t[tok].upos, "NOUN") &&
           !(x->t[tok + 1].form && ascii_ieq(x->t[tok + 1].form, "of"));
}

/* tok or a dependent (to depth) has a lemma or form in l. */
static int subtree_has(ctx *x, uint32_t tok, const uint32_t *l, int n, int depth) {
    if (in_list(l, n, x->w->lemma_id[tok]) || in_list(l, n, x->w->form_id[tok])) return 1;
    if (depth <= 0) return 0;
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch])
        if (subtree_has(x, (uint32_t)ch, l, n, depth - 1)) return 1;
    return 0;
}

static int item_particle(ctx *x, uint32_t h, uint32_t word, match *m, int seg) {
    for (int32_t ch = x->w->child_first[h]; ch >= 0; ch = x->w->child_next[ch]) {
        const dyad_token *c = &x->t[ch];
        /* (and a bare noun the parser made the object: "hold fire", "give
         * way", "join forces") */
        if ((rel_is(c, "compound") || rel_is(c, "advmod") || rel_is(c, "prt") || rel_is(c, "fixed") ||
             (rel_is(c, "obj") && child_rel(x, (uint32_t)ch, "det") < 0)) &&
            (x->w->lemma_id[ch] == word || x->w->form_id[ch] == word || x->w->sing_id[ch] == word))
            return 1;
        if ((rel_is(c, "obl") || rel_is(c, "nmod") || rel_is(c, "obj")) && case_of(x, (uint32_t)ch) == word) {
            if (!seg && m->prep_tok < 0) { /* "called on X": X */
                m->prep_tok = ch;
                m->prep_particle = 1;
            }
            return 2; /* (a preposition, less specific than a particle) */
        }
    }
    return 0;
}

/* The leftmost token under tok (not inside a clause) that is a coded actor. */
static int32_t first_actor_in(ctx *x, uint32_t tok, int depth) {
    int32_t g = x->w->group_of[tok];
    /* a group made only of a pronoun ("their resumption") is not a named target */
    int pron_only = g >= 0 && x->w->g[g].n_mentions == 1 &&
                    x->w->m[x->w->order[x->w->g[g].first_mention]].kind == MK_PRONOUN;
    int32_t best = (g >= 0 && !pron_only && (x->w->g[g].val.code || x->w->g[g].plural)) ? (int32_t)tok : -1;
    if (depth > 4) return best;
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch]) {
        const dyad_token *c = &x->t[ch];
        /* reduced relatives ("an accord to supply Gondor", "roads leading into
         * Mordor") are part of the phrase; full clauses are not */
        if ((c->deprel && str_eq(c->deprel, "acl:relcl")) || rel_is(c, "ccomp") || rel_is(c, "advcl") ||
            rel_is(c, "parataxis") || rel_is(c, "conj"))
            continue;
        int32_t f = first_actor_in(x, (uint32_t)ch, depth + 1);
        if (f >= 0 && (best < 0 || f < best)) best = f;
    }
    return best;
}

/* Does pattern p match trigger v?  Fills m.  Items are checked in type
 * order: the complement first (seg 1 items hang on it), then particles,
 * objects, required obliques, and last the recipient oblique. */
static int is_measure(ctx *x, uint32_t tok) {
    uint8_t *k = &x->w->measure[tok];
    if (!*k) *k = lemma_in(&x->t[tok], MEASURE) ? 2 : 1;
    return *k == 2;
}

static int try_pattern(ctx *x, uint32_t v, const verb_pat *p, match *m) {
    const dict *d = &x->c->d;
    const pat_item *items = d->items_by_type + p->first_item; /* by type: the order of the checks */
    memset(m, 0, sizeof *m);
    m->obj = m->prep_tok = m->xcomp = m->pp_tok = m->obj2 = -1;
    int32_t seg_obj[2] = {-1, -1};
    int score = 1, compound = 0;
    /* A verb with nothing but particles besides its recipient phrase needs
     * that phrase: "travel @to", "leave @for", "work @with", "vote @for"
     * say nothing without it ("he left the room", "they worked").  With an
     * object, a required phrase or a complement the phrase stays optional:
     * "launch obj=missile @at" is an attack without a target too.  (The
     * PETRARCH and TABARI patterns keep their own rules.) */
    int bare_verb = p->bare_verb;
    int32_t noun_verb = p->noun && rel_is(&x->t[v], "obj") ? x->t[v].head : -1;
    for (int i = 0; i < p->n_items; i++) {
        const pat_item *it = &items[i];
        const int type = it->type;
        const uint32_t *w = d->pat_words + it->first;
        int32_t host = it->seg ? m->xcomp : (int32_t)v;
        if (host < 0) return 0;
        switch (type) {
        case IT_XCOMP: {
            int32_t c = -1;
            /* (a compound lemma too: "called Pakistan a terrorist state",
             * ">terrorist-state") */
            int cmp_xcomp = 0;
            for (int32_t ch = x->w->child_first[v]; ch >= 0 && c < 0; ch = x->w->child_next[ch])
                if ((rel_is(&x->t[ch], "xcomp") || rel_is(&x->t[ch], "ccomp") || purpose_clause(x, (uint32_t)ch) ||
                     of_clause(x, (uint32_t)ch)) &&
                    (in_list(w, it->n, x->w->lemma_id[ch]) ||
                     (rel_is(&x->t[ch], "xcomp") && item_is(x, w, it->n, (uint32_t)ch, &cmp_xcomp))))
                    c = ch;
            /* (or a noun complement its adjective or of-phrase says it
             * of: "called the verdict an outrageous attempt to silence
             * her", "called the operation a textbook example of ethnic
             * cleansing") */
            for (int32_t ch = c < 0 ? x->w->child_first[v] : -1; ch >= 0 && c < 0; ch = x->w->child_next[ch]) {
                if (!rel_is(&x->t[ch], "xcomp") || !x->t[ch].upos || !str_eq(x->t[ch].upos, "NOUN")) continue;
                static const char *const kinds[] = {"example", "act", "case", "form", "kind", NULL};
                for (int32_t md = x->w->child_first[ch]; md >= 0 && c < 0; md = x->w->child_next[md])
                    if ((rel_is(&x->t[md], "amod") && md < ch && in_list(w, it->n, x->w->lemma_id[md])) ||
                        (rel_is(&x->t[md], "nmod") && lemma_in(&x->t[ch], kinds) && case_of(x, (uint32_t)md) == x->c->fw[FW_OF] &&
                         in_list(w, it->n, x->w->lemma_id[md])))
                        c = ch;
            }
            /* ("ordered U.S. troops to leave the base" with the infinitive
             * hung on the object as its acl) */
            int32_t vo = c < 0 ? child_rel(x, v, "obj") : -1;
            for (int32_t ch = vo >= 0 ? x->w->child_first[vo] : -1; ch >= 0 && c < 0; ch = x->w->child_next[ch])
                if (rel_is(&x->t[ch], "acl") && in_list(w, it->n, x->w->lemma_id[ch]) && ch > vo &&
                    child_rel(x, (uint32_t)ch, "nsubj") < 0)
                    for (int32_t mk = x->w->child_first[ch]; mk >= 0 && c < 0; mk = x->w->child_next[mk])
                        if (rel_is(&x->t[mk], "mark") && x->t[mk].form && ascii_ieq(x->t[mk].form, "to")) c = ch;
            if (c < 0) return 0;
            m->xcomp = c;
            score += 2;
            break;
        }
        case IT_PART: {
            /* (a particle counts as much as an object; a preposition
             * standing for one less than a phrase whose noun the
             * pattern names: "call for=calm" before "call +for") */
            int ip = item_particle(x, (uint32_t)host, w[0], m, it->seg);
            if (!ip) return 0;
            score += ip == 1 ? 2 : 1;
            break;
        }
        case IT_OBJ: {
            int32_t o = -1;
            if (p->obj_in_obl) {
                /* legacy phrase patterns: the word anywhere in an argument */
                for (int32_t ch = x->w->child_first[host]; ch >= 0 && o < 0; ch = x->w->child_next[ch]) {
                    const dyad_token *c = &x->t[ch];
                    if (!(rel_is(c, "obj") || rel_is(c, "obl") || rel_is(c, "nmod") || rel_is(c, "xcomp") ||
                          rel_is(c, "ccomp") || rel_is(c, "iobj") || rel_is(c, "advmod") ||
                          (c->deprel && str_eq(c->deprel, "nsubj:pass"))))
                        continue;
                    if (subtree_has(x, (uint32_t)ch, w, it->n, 2)) o = ch;
                }
                if (o < 0) return 0;
                if (seg_obj[it->seg] < 0) seg_obj[it->seg] = o;
                if (!it->seg && m->obj < 0) m->obj = o;
                score += 2;
                break;
            }
            for (int32_t ch = x->w->child_first[host]; ch >= 0; ch = x->w->child_next[ch]) {
                const dyad_token *c = &x->t[ch];
                /* (a bare noun phrase of time read as an adjunct: "gave the
                 * junta one week to reinstate the president") */
                int rel = rel_is(c, "obj") || (c->deprel && (str_eq(c->deprel, "nsubj:pass") ||
                                                              str_eq(c->deprel, "obl:unmarked") ||
                                                              str_eq(c->deprel, "obl:tmod") ||
                                                              str_eq(c->deprel, "obl:npmod"))) ||
                          /* (a noun in -ing the parser made a clause:
                           * "carried out ethnic cleansing") */
                          ((rel_is(c, "advcl") || rel_is(c, "xcomp")) && c->xpos && str_eq(c->xpos, "VBG") &&
                           child_rel(x, (uint32_t)ch, "nsubj") < 0 && child_rel(x, (uint32_t)ch, "obj") < 0) ||
                          (p->obj_in_obl && (rel_is(c, "obl") || rel_is(c, "nmod") || rel_is(c, "xcomp")));
                if (!rel) continue;
                /* ("U.N. human rights chief Volker Turk urged ..."
                 * misparsed with "rights" the object of "urged") */
                if (inner_noun(x, (uint32_t)ch)) continue;
                int cmp = 0;
                if (item_is(x, w, it->n, (uint32_t)ch, &cmp)) {
                    o = ch;
                    compound |= cmp;
                    continue;
                }
                /* "launched a ground and air offensive" parsed with
                 * "ground" the object: its conjuncts are objects too */
                for (int32_t q = x->w->child_first[ch]; q >= 0 && o < 0; q = x->w->child_next[q])
                    if (rel_is(&x->t[q], "conj") && item_is(x, w, it->n, (uint32_t)q, &cmp)) {
                        o = q; /* (a conjunct's compound earns no more than the object would) */
                        m->obj_conj = 1;
                    }
                /* "expelled U.S. Ambassador Heather Hodges": a name's
                 * title stands for the name */
                for (int32_t q = ch - 1; o < 0 && c->upos && str_eq(c->upos, "PROPN") && q >= 0 && q >= ch - 5; q--) {
                    const dyad_token *tq = &x->t[q];
                    if (!(rel_is(tq, "compound") || rel_is(tq, "flat") || (tq->deprel && str_eq(tq->deprel, "nmod:desc"))))
                        break;
                    int32_t up = tq->head;
                    while (up >= 0 && up < ch) up = x->t[up].head;
                    if (up == ch && item_is(x, w, it->n, (uint32_t)q, &cmp)) o = ch;
                }
                /* "captured Zaranj, the capital of Nimroz province": a
                 * name's apposition says what it is */
                for (int32_t q = x->w->child_first[ch]; o < 0 && q >= 0; q = x->w->child_next[q])
                    if (q > ch && rel_is(&x->t[q], "appos") && item_is(x, w, it->n, (uint32_t)q, &cmp)) o = ch;
                /* "four hours of talks": the of-noun is the object (two
                 * measures deep: "tens of thousands of troops") */
                for (int32_t mq = ch, depth = 0; o < 0 && mq >= 0 && depth < 2 && is_measure(x, (uint32_t)mq); depth++) {
                    int32_t next = -1;
                    for (int32_t q = x->w->child_first[mq]; q >= 0; q = x->w->child_next[q])
                        /* (an of-phrase under an adjective is an obl: "the first of six helicopters") */
                        if ((rel_is(&x->t[q], "nmod") || rel_is(&x->t[q], "obl")) &&
                            case_of(x, (uint32_t)q) == x->c->fw[FW_OF]) {
                            if (item_is(x, w, it->n, (uint32_t)q, &cmp)) o = q, compound |= cmp;
                            else if (next < 0) next = q;
                        }
                    mq = next;
                }
            }
            if (o < 0) return 0;
            seg_obj[it->seg] = o;
            if (!it->seg) m->obj = o;
            else m->obj2 = o;
            score += 2;
            break;
        }
        case IT_PP: {
            int32_t found = 0;
            /* (an event noun's phrase the parser hung on the verb whose
             * object the noun is: "announced its withdrawal from the
             * Organization of American States") */
            /* (and the verb's own object when the pattern names none:
             * "pledged $100 million in aid") */
            int32_t hosts[4] = {host, seg_obj[it->seg], noun_verb,
                                seg_obj[it->seg] < 0 && host >= 0 ? child_rel(x, (uint32_t)host, "obj") : -1};
            for (int hi = 0; hi < 4 && !found; hi++) {
                if (hosts[hi] < 0) continue;
                for (int32_t ch = x->w->child_first[hosts[hi]]; ch >= 0 && !found; ch = x->w->child_next[ch]) {
                    if (!(rel_is(&x->t[ch], "obl") || rel_is(&x->t[ch], "nmod")) || case_of(x, (uint32_t)ch) != w[0])
                        continue;
                    int is = item_is(x, w + 1, it->n - 1, (uint32_t)ch, &compound);
                    /* (or a kind of what it names: "described the operation
                     * as a clear case of ethnic cleansing") */
                    static const char *const kinds[] = {"example", "case", "form", "kind", "act", NULL};
                    for (int32_t md = !is && lemma_in(&x->t[ch], kinds) ? x->w->child_first[ch] : -1; md >= 0 && !is;
                         md = x->w->child_next[md])
                        is = rel_is(&x->t[md], "nmod") && case_of(x, (uint32_t)md) == x->c->fw[FW_OF] &&
                             item_is(x, w + 1, it->n - 1, (uint32_t)md, &compound);
                    if (is) {
                        found = 1;
                        if (!it->seg && m->pp_tok < 0) m->pp_tok = ch;
                        if (seg_obj[it->seg] < 0) seg_obj[it->seg] = ch; /* "a ceasefire with X" */
                    }
                }
            }
            /* "hacked to death 11 villagers" with "death" misparsed as a
             * compound of the object: the phrase right after the verb */
            if (!found && !p->noun && host == (int32_t)v && v + 2 < x->w->n &&
                rel_is(&x->t[v + 1], "case") && x->w->lemma_id[v + 1] == w[0] &&
                item_is(x, w + 1, it->n - 1, v + 2, &compound)) {
                found = 1;
                if (!it->seg && m->pp_tok < 0) m->pp_tok = (int32_t)v + 2;
            }
            if (!found) return 0;
            score += 2;
            break;
        }
        case IT_REC: {
            /* the oblique may hang on the verb or on the light verb's object */
            /* (or on the object's last conjunct, for the whole list: "sent
             * tents, blankets and a medical team to Nepal"; looked for only
             * when the other hosts name no actor) */
            /* (or on the object's of-phrase: "delivered 200,000 doses of
             * its vaccine to Zimbabwe") */
            /* (or on the measure the object was found under: "massed tens
             * of thousands of troops near Ukraine's border") */
            int32_t hosts[6] = {host, seg_obj[it->seg], noun_verb, -1, -1, -1};
            /* (a phrase naming an actor before one naming none: "issued
             * an arrest warrant for President Bashir ... for war
             * crimes") */
            int32_t first = -1;
            for (int hi = 0; hi < 6 && m->prep_tok < 0; hi++) {
                if (hi == 5 && host >= 0) {
                    int32_t measured = child_rel(x, (uint32_t)host, "obj");
                    if (measured != seg_obj[it->seg]) hosts[5] = measured;
                }
                if (hi == 3)
                    for (int32_t ch = seg_obj[it->seg] >= 0 ? x->w->child_first[seg_obj[it->seg]] : -1; ch >= 0;
                         ch = x->w->child_next[ch]) {
                        if (rel_is(&x->t[ch], "conj")) hosts[3] = ch;
                        if (rel_is(&x->t[ch], "nmod") && hosts[4] < 0 && x->c->fw[FW_OF] != WORD_NONE &&
                            case_of(x, (uint32_t)ch) == x->c->fw[FW_OF])
                            hosts[4] = ch;
                    }
                if (hosts[hi] < 0) continue;
                for (int32_t ch = x->w->child_first[hosts[hi]]; ch >= 0; ch = x->w->child_next[ch])
                    /* (not a date: "called Erdogan on Tuesday" calls on no
                     * one) */
                    if ((rel_is(&x->t[ch], "obl") || rel_is(&x->t[ch], "nmod") || rel_is(&x->t[ch], "advcl")) &&
                        in_list(w, it->n, case_of(x, (uint32_t)ch)) && !lemma_in(&x->t[ch], CALENDAR_WORDS)) {
                        if (first < 0) first = ch;
                        if (x->w->group_of[ch] >= 0 && x->w->g[x->w->group_of[ch]].val.code) {
                            m->prep_tok = ch;
                            break;
                        }
                    }
            }
            if (m->prep_tok < 0) m->prep_tok = first;
            if (m->prep_tok >= 0) score += 1;
            else if (bare_verb) return 0;
            break;
        }
        }
    }
    if (p->compound_subj) {
        /* "% *": a conjoined subject */
        int32_t sj = child_rel(x, v, "nsubj");
        if (sj < 0 || child_rel(x, (uint32_t)sj, "conj") < 0) return 0;
        score += 2;
    }
    if (p->compound_rec) {
        int32_t r = m->prep_tok >= 0 ? m->prep_tok : child_rel(x, v, "obj");
        if (r < 0 || child_rel(x, (uint32_t)r, "conj") < 0) return 0;
        score += 2;
    }
    /* a compound lemma is more specific than its head alone: "stage
     * obj=hunger-strike" (142) over "stage obj=strike" (143) */
    m->score = score + compound;
    return 1;
}

/* What a country "deploys" or "orders" is its own -- but not its
 * opposition, which a state's coercion targets: "Belarus refused to release
 * opposition leader X".  (Other roles given the actor's country from
 * memory are more often wrongly placed than targets: "the international
 * community", "the rebels" in a Syria story after Russia.) */
/* The actors of token tok, or, when it is a quantity or a crowd ("tens of
 * thousands of protesters", "12 members of the provincial assembly"),
 * those of its of-noun, down to three levels. */
static int actors_or_of(ctx *x, uint32_t tok, actor_val *out, int max) {
    int n = actors_of(x->c, x->e, tok, out, max);
    for (int32_t q = (int32_t)tok, k = 0; !n && k < 3 && (lemma_in(&x->t[q], MEASURE) || lemma_in(&x->t[q], CROWD)); k++) {
        int32_t of = -1;
        for (int32_t ch = x->w->child_first[q]; ch >= 0 && of < 0; ch = x->w->child_next[ch])
            if (rel_is(&x->t[ch], "nmod") && case_of(x, (uint32_t)ch) == x->c->fw[FW_OF]) of = ch;
        if (of < 0) break;
        n = actors_of(x->c, x->e, (uint32_t)of, out, max);
        q = of;
    }
    return n;
}

/* 1 when sector (a code's sector part) is one of list's. */
static int sector_in(const char *sector, const char *const *list) {
    for (int k = 0; sector && list[k]; k++)
        if (!strncmp(sector, list[k], 3)) return 1;
    return 0;
}

/* 1 when a recipient of this sector, given the actor's country from
 * memory, is that state's own for an event of this code: for most acts
 * any sector but the opposition ("France deployed troops", "Bangladesh
 * appealed for aid for flood victims"); for coercion (17x) and releases
 * (0841), acts a state does to people, only a bare country or its own
 * arms -- government, forces, police, spies, courts, parliament: a
 * journalist or teachers are others ("Vietnam arrested a journalist":
 * VNM>VNMMED). */
static int state_sector(const char *code, const char *sector) {
    static const char *const arms[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", NULL};
    if (!sector) return 1;
    if ((code[0] == '1' && code[1] == '7') || !strcmp(code, "0841")) return sector_in(sector, arms);
    return strncmp(sector, "OPP", 3) != 0;
}

/* An actor that speaks to its own government when it names no one: the
 * opposition, a party, civilians, students, unions. */
static int opposition_voice(const actor_val *a) {
    static const char *const voices[] = {"OPP", "PTY", "CVL", "EDU", "LAB", NULL};
    return sector_in(a->sector, voices);
}

/* R without the actors of A (an actor is not its own recipient); returns
 * the new count. */
static int without_actors(actor_val *R, int nr, const actor_val *A, int na) {
    for (int j = 0; j < nr; j++)
        for (int i = 0; i < na; i++)
            if (A[i].code && R[j].code && !strcmp(A[i].code, R[j].code)) {
                R[j--] = R[--nr];
                break;
            }
    return nr;
}

/* The first phrase after v marked by case word cw and hung under v within
 * `depth` heads, wherever the parser put it under the verb ("extradited X,
 * known as Y, to the United States"); -1 when there is none. */
static int32_t phrase_under(const ctx *x, uint32_t v, uint32_t cw, int depth) {
    if (cw == WORD_NONE) return -1;
    for (uint32_t k = v + 1; k < x->w->n; k++) {
        if (x->w->group_of[k] < 0 || case_of(x, k) != cw) continue;
        int32_t h = (int32_t)k;
        for (int up = 0; up < depth && h >= 0 && h != (int32_t)v; up++) h = x->t[h].head;
        if (h == (int32_t)v) return (int32_t)k;
    }
    return -1;
}

/* The sectors of the state itself (a country and these are one side). */
static int state_sector_strict(const char *sector) {
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", NULL};
    return sector_in(sector, state);
}

/* The country of the place named at token tok ("the Gaza Strip",
 * "Kharkiv"), for a conflict event's target that is no actor; NULL when
 * tok names no place or a country (a country name is an actor already),
 * or, unless at_home, a place in an actor's own country. */
static const char *place_country(ctx *x, uint32_t tok, const actor_val *A, int na, int at_home) {
    const dyad_token *t = x->t;
    if (!x->c->gaz || !t[tok].upos || !str_eq(t[tok].upos, "PROPN") || x->w->mention_of[tok] >= 0) return NULL;
    /* ("on Thursday" is no Thursday Island) */
    static const char *const CALENDAR[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday", "january", "february", "march", "april", "may", "june",
                                           "july", "august", "september", "october", "november", "december",
                                           "christmas", "easter", "ramadan", "eid", NULL};
    if (lemma_in(&t[tok], CALENDAR)) return NULL;
    /* ("the Line of Control" is no town called Line) */
    for (int32_t ch = x->w->child_first[tok]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&t[ch], "nmod") && x->c->fw[FW_OF] != WORD_NONE && case_of(x, (uint32_t)ch) == x->c->fw[FW_OF])
            return NULL;
    /* the name: compound words before it, flat words after */
    uint32_t b = tok, en = tok + 1;
    while (b > 0 && t[b - 1].head == (int32_t)tok && rel_is(&t[b - 1], "compound") && t[b - 1].upos &&
           str_eq(t[b - 1].upos, "PROPN"))
        b--;
    while (en < x->w->n && t[en].head == (int32_t)tok && rel_is(&t[en], "flat")) en++;
    char name[128];
    size_t len = 0;
    for (uint32_t i = b; i < en; i++) {
        size_t fl = t[i].form ? strlen(t[i].form) : 0;
        if (len + fl + 2 > sizeof name) return NULL;
        if (len) name[len++] = ' ';
        memcpy(name + len, t[i].form, fl);
        len += fl;
    }
    const char *acts[MAXA];
    size_t nact = 0;
    for (int i = 0; i < na; i++)
        if (A[i].country) acts[nact++] = A[i].country;
    dyad_place_context pc = {acts, nact, NULL, 0};
    dyad_place pl;
    if (!dyad_resolve_place(x->c->gaz, name, len, &pc, &pl) || pl.feature == DYAD_PLACE_COUNTRY || !pl.country_code[0])
        return NULL;
    for (int i = 0; i < na; i++)
        if (!at_home && A[i].country && !strcmp(A[i].country, pl.country_code)) return NULL; /* fighting at home */
    return ev_strdup(x->e, pl.country_code, 3);
}

/* r as a country itself (a place's country as an event's recipient); the
 * text span of token tok, or none when tok is NULL. */
static void set_country(actor_val *r, const char *cc, const dyad_token *tok) {
    memset(r, 0, sizeof *r);
    r->code = r->country = cc;
    r->cls = AC_COUNTRY;
    if (tok) {
        r->start = tok->start;
        r->end = tok->end;
    }
}

/* r as actor a of an event told before. */
static void set_from_actor(actor_val *r, const dyad_actor *a) {
    memset(r, 0, sizeof *r);
    r->code = a->code;
    r->country = a->country;
    r->sector = a->sector;
    r->cls = AC_ORG;
}

/* 1 when a CAMEO code is violence (18x-20x). */
static int violent_code(const char *cameo) { return (cameo[0] == '1' && cameo[1] >= '8') || cameo[0] == '2'; }

/* r as the doer of an event told before (the one a reaction answers). */
static void set_actor_of(actor_val *r, const dyad_event *pe) { set_from_actor(r, &pe->actor); }

/* r as the doer of an act that the actor a reacts to (a condemnation,
 * a denial, a demand for a release): a foreign country's forces or
 * civilians are answered as their country ("Iran's Revolutionary Guards
 * seized a tanker ... Britain demanded its release" -> IRN; "Iranian
 * protesters stormed the British embassy ... Hague condemned the attack"
 * -> IRN), as writers code it; one's own country's stay (MIL, CVL).
 * A foreign army answered by a third party, not by its victim, stays the
 * army ("Honduran soldiers arrested President Zelaya ... Clinton
 * condemned the action" -> HNDMIL), as ten of thirteen dev cases have it. */
static void set_reaction_target(dyad_events *e, actor_val *r, const dyad_event *pe, const actor_val *a,
                                const char *reaction) {
    set_actor_of(r, pe);
    int victim = pe->recipient.country && a->country && !strcmp(pe->recipient.country, a->country);
    int foreign = r->country && a->country && strcmp(r->country, a->country);
    /* (but an attack condemned or blamed by its victim stays the arm that
     * struck: "Russian forces shelled ... Mariupol ... Ukraine's foreign
     * minister condemned the attack" -> RUSMIL, as ten dev rows code it;
     * a threat or a demand in return is aimed at the country, as writers
     * code "Pakistan vowed to respond") */
    int blamed_strike = reaction && reaction[0] == '1' && reaction[1] == '1' && violent_code(pe->cameo);
    if (r->sector &&
        (((!strcmp(r->sector, "MIL") || !strcmp(r->sector, "COP")) && victim && !blamed_strike) ||
         !strcmp(r->sector, "CVL")) &&
        foreign)
        actor_as_country(r);
    /* (a foreign police's crackdown answered by a third party is its
     * government's: "Police later arrested about 300 monks ... The United
     * States and the European Union condemned the crackdown" -> MMRGOV,
     * as four of six dev rows code it) */
    else if (r->sector && !strcmp(r->sector, "COP") && foreign)
        set_country_sector(e, r, r->country, "GOV");
}

/* 1 when r is a bare country, as a place gives it ("shelled Kharkiv" ->
 * UKR): no sector, no organisation. */
static int place_only(const actor_val *r) { return r->country && !r->sector && r->code && strlen(r->code) == 3; }


/* 1 when verb v answers fire: "returned fire", "retaliated", "hit back",
 * "struck back", "fought back". */
static int returns_fire(const ctx *x, uint32_t v) {
    static const char *const fire[] = {"fire", "gunfire", NULL};
    static const char *const hit[] = {"hit", "strike", "fight", NULL};
    const dyad_token *t = x->t;
    if (t[v].lemma && ascii_ieq(t[v].lemma, "retaliate")) return 1;
    int32_t o = child_rel(x, v, "obj");
    if (t[v].lemma && ascii_ieq(t[v].lemma, "return")) return o >= 0 && lemma_in(&t[o], fire);
    if (!lemma_in(&t[v], hit)) return 0;
    for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch])
        if ((rel_is(&t[ch], "compound:prt") || rel_is(&t[ch], "advmod")) && t[ch].form && ascii_ieq(t[ch].form, "back"))
            return 1;
    return 0;
}

/* A place the event is aimed at: the object (or the trigger noun) itself,
 * a phrase of it ("the towns of Jermuk", "a curfew on Quito"), or an
 * on/in/at/into/near phrase of the verb.  Fills R[0] with the place's
 * country and returns 1, or returns 0. */
static const char *const TAKE_PLACE[] = {"capture", "seize", "take", "overrun", NULL};

static int place_target(ctx *x, uint32_t v, int32_t obj, const actor_val *A, int na, actor_val *R, int obj_only) {
    static const char *const where[] = {"in", "on", "at", "into", "near", "around", "across", "outside", "inside",
                                        "over", "of", NULL};
    const dyad_token *t = x->t;
    const sent_work *w = x->w;
    int32_t cands[16];
    int nc = 0;
    if (obj >= 0 && (uint32_t)obj != v) cands[nc++] = obj;
    /* (the object's phrases, a phrase of those -- "a state of emergency
     * in Almaty" -- and the verb's own) */
    /* (obj_only: the object itself or the name of its place noun, "the
     * town of Bakhmut"; not "suspects in Lagos") */
    static const char *const of[] = {"of", NULL};
    int32_t obj_host = obj_only && (obj < 0 || !lemma_in(&t[obj], PLACE_NOUNS)) ? -1 : obj;
    int32_t hosts[3] = {obj_host, -1, obj_only ? -1 : (int32_t)v};
    for (int hi = 0; hi < 3; hi++) {
        if (hosts[hi] < 0 || (hi == 2 && hosts[2] == hosts[0])) continue;
        for (int32_t ch = w->child_first[hosts[hi]]; ch >= 0 && nc < 16; ch = w->child_next[ch]) {
            if (!(rel_is(&t[ch], "nmod") || rel_is(&t[ch], "obl") || rel_is(&t[ch], "appos"))) continue;
            uint32_t cw = case_of(x, (uint32_t)ch);
            if (rel_is(&t[ch], "appos") ||
                (cw != WORD_NONE && ascii_ieq_any(dict_word_str(&x->c->d, cw), obj_only ? of : where))) {
                cands[nc++] = ch;
                if (hi == 0 && hosts[1] < 0 && rel_is(&t[ch], "nmod")) hosts[1] = ch;
            }
        }
    }
    for (int k = 0; k < nc; k++) {
        /* (a place named by its country: a name that is an actor already
         * was weighed as one; but a capital is a place here: "a curfew on
         * Quito") */
        const char *cc = place_country(x, (uint32_t)cands[k], A, na, 1);
        int32_t mo = w->mention_of[cands[k]];
        actor_val tmp[MAXA];
        if (!cc && mo >= 0 && w->m[mo].kind == AK_METONYM && actors_of(x->c, x->e, (uint32_t)cands[k], tmp, MAXA) == 1)
            cc = tmp[0].country;
        if (!cc) continue;
        set_country(&R[0], cc, &t[cands[k]]);
        return 1;
    }
    return 0;
}


/* The last resort for a recipient: the first actor, other than the
 * event's own, in a to/with/against/on/into/toward/upon phrase (and, for
 * conflict codes, an at-phrase) of the verb, of its complement, or of its
 * object and the phrases under that: "appealed to NATO for jets", "shared
 * intelligence on troop movements with Ukraine", "threatened to cut aid to
 * Israel", "staged drills around Taiwan". */
/* 0 for cooperation and statements, 1 for the verbal and protest roots
 * (10-14), 2 for force (15-20): places stand for their country only
 * under force ("shelled Kharkiv"; a strike "in Bangladesh's industrial
 * belt" is a labour strike there, not against Bangladesh). */
static int conflict_level(const char *code) {
    if (!code || code[0] < '1' || code[0] > '2') return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return root >= 15 ? 2 : 1;
}

/* The actors (other than A's) of the first phrase with preposition prep
 * under host h1, else under h2; they replace R's nr recipients when there
 * are any.  Returns the new count. */
static int phrase_partners(ctx *x, int32_t h1, int32_t h2, uint32_t prep, const actor_val *A, int na, actor_val *R,
                           int nr) {
    int32_t hosts[2] = {h1, h2};
    actor_val W[MAXA];
    int nw = 0;
    for (int hi = 0; hi < 2 && !nw; hi++)
        for (int32_t ch = x->w->child_first[hosts[hi]]; ch >= 0 && !nw; ch = x->w->child_next[ch])
            if ((rel_is(&x->t[ch], "nmod") || rel_is(&x->t[ch], "obl")) && case_of(x, (uint32_t)ch) == prep)
                nw = without_actors(W, actors_of(x->c, x->e, (uint32_t)ch, W, MAXA), A, na);
    if (!nw) return nr;
    memcpy(R, W, sizeof(actor_val) * (size_t)nw);
    return nw;
}

/* 1 when events of this code are nearly always done to someone, so a
 * recipient the tree did not give is worth looking for by word order:
 * not statements (01), protests (14), shows of force (15), resignations,
 * curfews and states of emergency, whose target is often no one. */
static int wants_recipient(const char *code) {
    if (code[0] == '0' && code[1] == '1') return 0;
    /* (nor appeals for aid, whose for-phrase names who it helps) */
    if (!strncmp(code, "023", 3)) return 0;
    if (code[0] == '1' && (code[1] == '4' || code[1] == '5')) return 0;
    return strcmp(code, "0831") && strcmp(code, "1723") && strcmp(code, "1724");
}

/* 1 when a is a state itself: a bare country or its government. */
static int state_actor(const actor_val *a) {
    return a->country && a->code && (!a->sector || str_eq(a->sector, "GOV"));
}

/* the margins of a gathering, where acts are done with others than the
 * gathering: "met on the sidelines of a G20 meeting" */
static const char *const MARGINS[] = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes", NULL};

/* The first actor named after verb v in its stretch of the sentence --
 * up to a comma, a semicolon, another finite verb, a subordinator or a
 * relative pronoun -- that is not the actor itself: "arrested opposition
 * leader Morgan Tsvangirai and dozens of his supporters", "appealed to
 * Ivory Coast's President Laurent Gbagbo ... to exercise restraint",
 * whatever the parser made of those words.  Returns the recipients found. */
static int next_actor_after(ctx *x, uint32_t v, const actor_val *A, int na, actor_val *R) {
    static const char *const stops[] = {"after", "as", "when", "while", "because", "before", "since", "unless",
                                        "if", "until", "although", "though", "who", "which", "that", "whom",
                                        "where", "amid", "alongside", "beside", "along", "together", NULL};
    const dyad_token *t = x->t;
    /* (an appeal's or a demand's addressee comes before what it is asked
     * to do: "called on all sides to protect civilians" asks no civilians) */
    int asks = x->code_now && ((x->code_now[0] == '0' && x->code_now[1] == '2') ||
                               (x->code_now[0] == '1' && x->code_now[1] == '0'));
    for (uint32_t k = v + 1; k < x->w->n; k++) {
        if (!t[k].form) break;
        if (str_eq(t[k].form, ",") || str_eq(t[k].form, ";") || str_eq(t[k].form, ":") || lemma_in(&t[k], stops))
            break;
        if (asks && t[k].xpos && str_eq(t[k].xpos, "TO") && k + 1 < x->w->n && t[k + 1].xpos &&
            str_eq(t[k + 1].xpos, "VB"))
            break;
        /* (nor what the actor owns: "withdrew its troops from Avdiivka") */
        if (x->w->group_of[k] >= 0) {
            int owned = 0;
            for (int32_t ch = x->w->child_first[x->w->g[x->w->group_of[k]].top]; ch >= 0 && !owned;
                 ch = x->w->child_next[ch])
                owned = rel_is(&t[ch], "nmod:poss") && t[ch].upos && str_eq(t[ch].upos, "PRON");
            if (owned) continue;
        }
        if (t[k].xpos && (str_eq(t[k].xpos, "VBD") || str_eq(t[k].xpos, "VBZ") || str_eq(t[k].xpos, "VBP") ||
                          str_eq(t[k].xpos, "MD")))
            break;
        int32_t gi = x->w->group_of[k];
        if (gi < 0 || !x->w->g[gi].val.code) continue;
        /* (nor the forces a conflict verb sends: "sent tanks across the
         * border" attacks no tanks) */
        static const char *const sent_forces[] = {"troop", "tank", "soldier", "force", "armour", "armor",
                                                  "column", "reinforcement", "warship", NULL};
        uint32_t top = x->w->g[gi].top;
        if (violent_code(x->code_now) && t[top].head == (int32_t)v && rel_is(&t[top], "obj") &&
            lemma_in(&t[top], sent_forces))
            continue;
        /* (not a doer, "backed by Iran", nor whom it is for, "an appeal
         * for Sudan"; an on- or at-phrase is a topic, "talks on northern
         * Syria", unless force is used on it) */
        static const char *const not_partners[] = {"by", "for", NULL};
        /* (nor the gathering on whose sidelines it was done) */
        if (t[top].head >= 0 && lemma_in(&t[t[top].head], MARGINS)) continue;
        uint32_t cw = case_of(x, x->w->g[gi].top);
        if (cw != WORD_NONE) {
            const char *cs = dict_word_str(&x->c->d, cw);
            int conflict = violent_code(x->code_now) || (x->code_now[0] == '1' && x->code_now[1] == '7');
            /* (and force comes from a from-phrase, not at it: "sent tanks
             * across the border from Belarus") */
            if (ascii_ieq_any(cs, not_partners) || (violent_code(x->code_now) && str_eq(cs, "from")) ||
                (!conflict && (str_eq(cs, "on") || str_eq(cs, "at") || str_eq(cs, "upon"))))
                continue;
        }
        int found = actors_of(x->c, x->e, k, R, MAXA);
        int nr = without_actors(R, found, A, na);
        /* (a state does not act on its own state: "Japan's prime minister
         * apologised to Japan" is a misreading) */
        int kept = 0;
        for (int i = 0; i < nr; i++) {
            int own_state = 0;
            for (int a = 0; a < na && !own_state; a++)
                own_state = state_actor(&R[i]) && state_actor(&A[a]) && !strcmp(A[a].country, R[i].country);
            if (!own_state) R[kept++] = R[i];
        }
        if (kept) return kept;
    }
    return 0;
}

/* 1 when phrase p opens with "on", "upon" or "at": outside conflict, the
 * topic or setting of an act ("talks on northern Syria", "a meeting at
 * the summit"), not its partner. */
static int topic_phrase(const ctx *x, uint32_t p) {
    for (int32_t ch = x->w->child_first[p]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], "case")) {
            const char *cs = x->t[ch].lemma ? x->t[ch].lemma : x->t[ch].form;
            return cs && (str_eq(cs, "on") || str_eq(cs, "upon") || str_eq(cs, "at"));
        }
    return 0;
}

/* 1 when phrase p opens with "during" or "amid": the occasion of an act
 * ("agreed to resume talks ..., during a visit to Islamabad by India's
 * foreign minister"), whose own partners are not the act's. */
static int occasion_phrase(const ctx *x, uint32_t p) {
    for (int32_t ch = x->w->child_first[p]; ch >= 0; ch = x->w->child_next[ch])
        if (rel_is(&x->t[ch], "case")) {
            const char *cs = x->t[ch].lemma ? x->t[ch].lemma : x->t[ch].form;
            return cs && (str_eq(cs, "during") || str_eq(cs, "amid"));
        }
    return 0;
}

static int phrase_recipient(ctx *x, uint32_t v, int32_t obj, int32_t xcomp, int conflict, const actor_val *A,
                            int na, actor_val *R) {
    static const char *const preps[] = {"to", "with", "against", "on", "into", "toward", "towards", "upon",
                                        "around", "at", "across", NULL};
    const sent_work *w = x->w;
    const dyad_token *t = x->t;
    int32_t queue[32];
    int qn = 0;
    int32_t xobj = xcomp >= 0 ? child_rel(x, (uint32_t)xcomp, "obj") : -1;
    /* the measure noun an object stands behind ("sent a message of
     * condolence to President Erdogan") */
    int32_t measure = obj >= 0 && (rel_is(&t[obj], "nmod") || rel_is(&t[obj], "obl")) && t[obj].head >= 0 && t[obj].head != (int32_t)v &&
                              lemma_in(&t[t[obj].head], MEASURE)
                          ? t[obj].head
                          : -1;
    /* (and the object's conjunct: "fired stun grenades and rubber bullets
     * at thousands of protesters") */
    int32_t oconj = obj >= 0 ? child_rel(x, (uint32_t)obj, "conj") : -1;
    int32_t hosts[6] = {(int32_t)v, xcomp, obj, xobj, measure, oconj};
    for (int h = 0; h < 6; h++) {
        if (hosts[h] < 0) continue;
        for (int32_t ch = w->child_first[hosts[h]]; ch >= 0 && qn < 32; ch = w->child_next[ch])
            if (rel_is(&t[ch], "obl") || (h >= 2 && rel_is(&t[ch], "nmod"))) queue[qn++] = ch;
    }
    /* "shelled Kharkiv": an object that is a place abroad; "struck targets
     * near Damascus": an object located at one (a capital named as a
     * place is its country, not its government) */
    const char *opc = conflict >= 2 && obj >= 0 ? place_country(x, (uint32_t)obj, A, na, 0) : NULL;
    /* "shelled the city of Kharkiv": the name of a place noun */
    if (conflict >= 2 && obj >= 0 && !opc && lemma_in(&t[obj], PLACE_NOUNS))
        for (int32_t ch = w->child_first[obj]; ch >= 0 && !opc; ch = w->child_next[ch])
            if (rel_is(&t[ch], "nmod") && x->c->fw[FW_OF] != WORD_NONE && case_of(x, (uint32_t)ch) == x->c->fw[FW_OF]) {
                opc = place_country(x, (uint32_t)ch, A, na, 0);
                /* (the name misparsed as a compound: "the city of Kharkiv
                 * overnight" with "overnight" the noun) */
                for (int32_t cc = w->child_first[ch]; cc >= 0 && !opc; cc = w->child_next[cc])
                    if (rel_is(&t[cc], "compound")) opc = place_country(x, (uint32_t)cc, A, na, 0);
            }
    /* (the phrase on the object, or on the verb: "struck targets near
     * Beirut" either way) */
    /* (for an event noun, also on the verb that performs it: "continued
     * its offensive in Gaza") */
    int32_t near_hosts[3] = {obj, obj >= 0 ? (int32_t)v : -1, obj == (int32_t)v ? xcomp : -1};
    for (int nh = 0; nh < 3 && conflict >= 2 && !opc; nh++)
    for (int32_t ch = near_hosts[nh] >= 0 ? w->child_first[near_hosts[nh]] : -1; ch >= 0 && !opc; ch = w->child_next[ch]) {
        if (!rel_is(&t[ch], "nmod") && !rel_is(&t[ch], "obl")) continue;
        const char *cw = NULL;
        for (int32_t cc = w->child_first[ch]; cc >= 0 && !cw; cc = w->child_next[cc])
            if (rel_is(&t[cc], "case")) cw = t[cc].lemma ? t[cc].lemma : t[cc].form;
        /* (and what the object is in: "bombed several villages in
         * Afghanistan's eastern Paktika province") */
        int in_obj = cw && (str_eq(cw, "in") || str_eq(cw, "inside"));
        if (!cw || !(str_eq(cw, "near") || str_eq(cw, "outside") || str_eq(cw, "around") || in_obj)) continue;
        opc = place_country(x, (uint32_t)ch, A, na, 0);
        int32_t mo = w->mention_of[ch];
        if (!opc && in_obj) {
            actor_val tmp[MAXA];
            if (actors_of(x->c, x->e, (uint32_t)ch, tmp, MAXA) == 1 && tmp[0].country && !tmp[0].sector) {
                int own = 0;
                for (int a = 0; a < na && !own; a++) own = A[a].country && !strcmp(A[a].country, tmp[0].country);
                if (!own) opc = tmp[0].country;
            }
        }
        if (!opc && mo >= 0 && w->m[mo].kind == AK_METONYM) {
            actor_val tmp[MAXA];
            if (actors_of(x->c, x->e, (uint32_t)ch, tmp, MAXA) == 1 && tmp[0].country) {
                int own = 0;
                for (int a = 0; a < na && !own; a++) own = A[a].country && !strcmp(A[a].country, tmp[0].country);
                if (!own) opc = tmp[0].country;
            }
        }
    }
    if (opc) {
        set_country(&R[0], opc, NULL);
        return 1;
    }
    /* the phrases under those ("intelligence on movements with Ukraine",
     * "flew over the peninsula in a show of force against North Korea"),
     * breadth first */
    /* (not under a topic, below: talks "on a border dispute around an
     * ancient Hindu temple" are not with the temple) */
    for (int i = 0; i < qn && qn < 32; i++) {
        if ((!conflict && topic_phrase(x, (uint32_t)queue[i])) || occasion_phrase(x, (uint32_t)queue[i])) continue;
        for (int32_t ch = w->child_first[queue[i]]; ch >= 0 && qn < 32; ch = w->child_next[ch])
            if (rel_is(&t[ch], "nmod")) queue[qn++] = ch;
    }
    for (int i = 0; i < qn; i++) {
        /* (the case word's own lemma: "around" is in no pattern, so not
         * in the dictionary's words) */
        const char *cs = NULL;
        for (int32_t ch = w->child_first[queue[i]]; ch >= 0 && !cs; ch = w->child_next[ch])
            if (rel_is(&t[ch], "case")) cs = t[ch].lemma ? t[ch].lemma : t[ch].form;
        /* (a preposition the parser made the phrase's head, its noun an
         * obj: "opened an investigation into former President Bolsonaro") */
        /* (a conflict verb's caseless oblique that names an actor is its
         * object: "to destroy South Korea" misparsed) */
        if (!cs && conflict && t[queue[i]].deprel && str_eq(t[queue[i]].deprel, "obl")) cs = "against";
        if (!cs && t[queue[i]].upos && str_eq(t[queue[i]].upos, "ADP")) {
            int32_t pn = child_rel(x, (uint32_t)queue[i], "obj");
            if (pn >= 0) {
                cs = t[queue[i]].lemma ? t[queue[i]].lemma : t[queue[i]].form;
                queue[i] = pn;
            }
        }
        if (!cs) continue;
        int ok = 0;
        /* (at-phrases only for conflict; on-phrases of talks and deals are
         * their topic: "talks on northern Syria") */
        for (int k = 0; preps[k] && !ok; k++)
            ok = !strcmp(cs, preps[k]) && (conflict || (strcmp(cs, "at") && strcmp(cs, "on") && strcmp(cs, "upon")));
        if (!ok) continue;
        actor_val tmp[MAXA];
        /* ("at tens of thousands of protesters": a quantity's of-noun) */
        int n = actors_or_of(x, (uint32_t)queue[i], tmp, MAXA), nr = 0;
        /* "missile strikes on nine sites in Pakistan": a target that is no
         * actor is located in one */
        for (int32_t ch = w->child_first[queue[i]]; conflict >= 2 && !n && ch >= 0; ch = w->child_next[ch])
            if (rel_is(&t[ch], "nmod") && x->c->fw[FW_IN] != WORD_NONE && case_of(x, (uint32_t)ch) == x->c->fw[FW_IN])
                n = actors_of(x->c, x->e, (uint32_t)ch, tmp, MAXA);
        /* "air strikes across the Gaza Strip": a target place abroad is
         * its country */
        const char *pcc = conflict >= 2 && !n ? place_country(x, (uint32_t)queue[i], A, na, 0) : NULL;
        if (pcc) {
            set_country(&tmp[0], pcc, NULL);
            n = 1;
        }
        for (int j = 0; j < n; j++) {
            int own = 0;
            for (int a = 0; a < na && !own; a++) own = A[a].code && tmp[j].code && !strcmp(A[a].code, tmp[j].code);
            if (!own && tmp[j].code) R[nr++] = tmp[j];
        }
        if (nr) return nr;
    }
    return 0;
}

static int best_in_chain(ctx *x, uint32_t v, int noun, int32_t first, int stems_only, match *best, int found) {
    const dict *d = &x->c->d;
    for (int32_t pi = first; pi >= 0; pi = d->pats[pi].next) {
        const verb_pat *p = &d->pats[pi];
        if (p->noun != noun || (stems_only && !p->stem)) continue;
        match m;
        if (!try_pattern(x, v, p, &m)) continue;
        m.pat = pi;
        /* ties: an intransitive pattern ("143 strike -", a labour strike)
         * only without an object ("warplanes struck targets" is 190); then
         * the pattern with fewer items ("agree" over an unmet "agree @with") */
        int tie = found && m.score == best->score;
        int intrans_pick = 0;
        if (tie && !noun && p->no_recipient != d->pats[best->pat].no_recipient) {
            int has_obj = child_rel(x, v, "obj") >= 0;
            intrans_pick = has_obj ? (p->no_recipient ? -1 : 1) : (p->no_recipient ? 1 : -1);
        }
        /* (then the pattern whose object is the verb's own, not one of
         * its conjuncts: "sent tents, blankets and a medical team" is aid
         * before it is a team sent to investigate) */
        int conj_pick = tie && !intrans_pick && m.obj_conj != best->obj_conj ? (m.obj_conj ? -1 : 1) : 0;
        /* (then a phrase the pattern names over a purpose clause: "agreed
         * to a ceasefire on Wednesday to end eight days of fighting" is
         * the ceasefire, not an intent to end) */
        int purpose_pick = 0;
        if (tie && !intrans_pick && !conj_pick) {
            int mp = m.xcomp >= 0 && rel_is(&x->t[m.xcomp], "advcl");
            int bp = best->xcomp >= 0 && rel_is(&x->t[best->xcomp], "advcl");
            if (mp && !bp && best->pp_tok >= 0) purpose_pick = -1;
            else if (bp && !mp && m.pp_tok >= 0) purpose_pick = 1;
        }
        if (!found || m.score > best->score || intrans_pick > 0 || conj_pick > 0 || purpose_pick > 0 ||
            (tie && !intrans_pick && !conj_pick && !purpose_pick && p->n_items < d->pats[best->pat].n_items)) {
            *best = m;
            found = 1;
        }
    }
    return found;
}

/* The compound lemma that noun v heads with the one or two modifiers
 * just before it ("air strikes" -> air-strike, "bombing raid" ->
 * bombing-raid), when the dictionary has patterns for it; WORD_NONE if
 * not.  The modifiers are tried by form, then by lemma ("arms embargo"). */
static uint32_t compound_head(const ctx *x, uint32_t v) {
    const dict *d = &x->c->d;
    const dyad_token *t = x->t;
    const dyad_coder *c = x->c;
    uint32_t l = x->w->lemma_id[v];
    if (l == WORD_NONE || l >= c->n_cmp || !c->cmp_head_last[l]) return WORD_NONE;
    const char *head = t[v].lemma ? t[v].lemma : t[v].form;
    if (!head) return WORD_NONE;
    size_t hl = strlen(head);
    for (uint32_t k = v >= 2 ? 2 : v; k >= 1; k--) {
        int ok = 1;
        for (uint32_t j = v - k; j < v && ok; j++)
            ok = t[j].form && t[j].head > (int32_t)j && t[j].head <= (int32_t)v &&
                 (rel_is(&t[j], "compound") || rel_is(&t[j], "amod"));
        for (int by_lemma = 0; ok && by_lemma < 2; by_lemma++) {
            char raw[256], tmp[256];
            size_t n = 0;
            for (uint32_t j = v - k; j < v && ok; j++) {
                const char *part = by_lemma && t[j].lemma ? t[j].lemma : t[j].form;
                size_t pl = strlen(part);
                if (n + pl + 1 >= sizeof raw) ok = 0;
                else memcpy(raw + n, part, pl), n += pl, raw[n++] = '-';
            }
            if (!ok || n + hl >= sizeof raw) break;
            memcpy(raw + n, head, hl);
            n += hl;
            size_t m = word_norm(raw, n, tmp, sizeof tmp);
            uint32_t id = m ? dict_word_find(d, tmp, m) : WORD_NONE;
            if (id != WORD_NONE && dict_verb_first(d, id) >= 0) return id;
        }
    }
    return WORD_NONE;
}

static int best_pattern(ctx *x, uint32_t v, int noun, match *best) {
    const dict *d = &x->c->d;
    uint32_t l = x->w->lemma_id[v];
    best->score = 0;
    int found = 0;
    /* "Israel resumed air strikes on Gaza": an event noun written as a
     * compound lemma ("n:air-strike") is keyed by that lemma, not its head */
    if (noun) {
        uint32_t cid = compound_head(x, v);
        int cmp = 0;
        if (cid != WORD_NONE && word_is(x, cid, v, &cmp) &&
            best_in_chain(x, v, noun, dict_verb_first(d, cid), 0, best, 0))
            return 1;
    }
    if (l != WORD_NONE) found = best_in_chain(x, v, noun, dict_verb_first(d, l), 0, best, 0);
    if (found || noun || !d->n_stem_pats) return found;
    /* TABARI stems ("ACCUS"): the longest stem the lemma begins with */
    const char *lem = x->t[v].lemma ? x->t[v].lemma : x->t[v].form;
    if (!lem) return 0;
    char tmp[128];
    size_t n = word_norm(lem, strlen(lem), tmp, sizeof tmp);
    for (size_t k = n; k-- > 3 && !found;) {
        uint32_t id = dict_word_find(d, tmp, k);
        if (id != WORD_NONE) found = best_in_chain(x, v, noun, dict_verb_first(d, id), 1, best, 0);
    }
    return found;
}

static const char *intent_code(const char *code, int threat_gov, int agree_gov) {
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    /* ("The European Union agreed to impose sanctions on Russia": a
     * council's agreement to sanction is its decision, as writers code it) */
    if (agree_gov && !threat_gov && root == 16) return code;
    if (root >= 14 || threat_gov) {
        switch (root) {
        case 14: return "133";
        case 15: return "130";
        case 16: return "131";
        case 17: return "137";
        case 18: case 19: case 20: return "138";
        default: return threat_gov ? "130" : NULL;
        }
    }
    if (agree_gov && root == 5) return code; /* agreed to sign: the agreement itself */
    switch (root) {
    case 3: return code;
    /* (an offer to mediate is intent to mediate, 039; to meet or talk, 036) */
    case 4: return !strcmp(code, "045") ? "039" : "036";
    case 5: return "032";
    case 6: return "031";
    case 7: return "033";
    case 8: return "035";
    default: return NULL; /* intent to speak or to criticise: not an event */
    }
}

/* Fallback table by root when cameo.txt lacks a code. */
static const struct { int quad; double g; const char *plover; } ROOTS[21] = {
    {0, 0, NULL},        {1, 0.0, NULL},        {1, 3.0, NULL},          {1, 4.0, "AGREE"},
    {1, 1.0, "CONSULT"}, {1, 3.5, "COOPERATE"}, {2, 6.0, "COOPERATE"},   {2, 7.0, "AID"},
    {2, 5.0, "CONCEDE"}, {3, -2.0, NULL},       {3, -5.0, "REQUEST"},    {3, -2.0, "ACCUSE"},
    {3, -4.0, "REJECT"}, {3, -6.0, "THREATEN"}, {4, -6.5, "PROTEST"},    {4, -7.2, "MOBILIZE"},
    {4, -4.0, "SANCTION"}, {4, -7.0, "COERCE"}, {4, -9.0, "ASSAULT"},    {4, -10.0, "ASSAULT"},
    {4, -10.0, "ASSAULT"},
};

/* An event's actor or recipient from a coded actor, with the words it
 * was told in. */
static void event_actor(dyad_events *e, dyad_actor *dst, const actor_val *src) {
    dst->code = src->code;
    dst->country = src->country;
    dst->sector = src->sector;
    dst->name = src->name;
    dst->start = src->start;
    dst->end = src->end;
    dst->text = e->text && src->end > src->start && src->end <= e->text_len
                    ? ev_strdup(e, e->text + src->start, src->end - src->start)
                    : NULL;
}

/* 1 when a and r are one state: the same country, each the state itself,
 * its government or its forces ("USAGOV" and "USAMIL", "TURGOV" and
 * "TUR"). */
static int self_state_pair(const actor_val *a, const actor_val *r) {
    static const char *const state[] = {"GOV", "MIL", NULL};
    return a->country && r->country && !strcmp(a->country, r->country) && (!a->sector || sector_in(a->sector, state)) &&
           (!r->sector || sector_in(r->sector, state));
}

/* The roots whose events a state does not aim at itself (self_state_pair). */
static int self_state_root(const char *code) {
    static const char *const roots[] = {"01", "03", "07", "12", "13", "14", "15", "16", "19", NULL};
    for (size_t i = 0; roots[i]; i++)
        if (code[0] == roots[i][0] && code[1] == roots[i][1]) return 1;
    return 0;
}

/* 1 when an event's verb words start with a verb of ousting a ruler. */
static int ouster_verb(const char *verb) {
    static const char *const ouster[] = {"oust", "overthr", "depos", "toppl", "remov", NULL};
    for (size_t i = 0; verb && ouster[i]; i++)
        if (!strncmp(verb, ouster[i], strlen(ouster[i]))) return 1;
    return 0;
}

static int emit(ctx *x, const actor_val *a, const actor_val *r, const char *code, const char *verb,
                const char *rule) {
    dyad_events *e = x->e;
    if (!a->code) return 0;
    if (r && r->code && !strcmp(a->code, r->code)) {
        /* ("Armenia declared martial law": a state's restrictions on its
         * own country are aimed at no one in particular) */
        if (!strncmp(code, "172", 3) && !a->sector) r = NULL;
        /* ("The IRA ordered an end to its armed campaign", "Israeli
         * troops withdrew from their last positions": an actor that calms,
         * ends or withdraws its own fight does so toward no one named) */
        else if (!strncmp(code, "087", 3)) r = NULL;
        else {
            explain(x, "skipped %s %s -> %s: actor is its own recipient (%s)", code, a->code, r->code, rule);
            return 0;
        }
    }
    /* "pledged continued U.S. support for Lebanon", "laid out plans to
     * send 3,000 U.S. military personnel to Liberia", "threatened to open
     * Turkey's borders": a state's own government, forces or country are
     * no recipient of its promises, threats, postures or blows
     * (writers code these at the other side, or at no one); its orders to
     * them (02), visits (04: "Museveni visited troops"), praise (05:
     * "congratulated troops who had recaptured the city"), yielding (08),
     * demands, criticism and coercion (10, 11, 17) keep them */
    if (r && r->code && self_state_pair(a, r) && self_state_root(code)) {
        explain(x, "%s %s -> %s: its own state is no recipient (%s)", code, a->code, r->code, rule);
        r = NULL;
    }
    /* ("Egypt's army ousted President Mursi and placed him under
     * detention": the ouster, 172, and the detention, 173, of one man by
     * the same hands are one coup, as the writers code it) */
    if (r && r->code && (!strcmp(code, "172") || !strcmp(code, "173")))
        for (size_t i = x->ev_first; i < e->n; i++) {
            const dyad_event *o = &e->ev[i];
            if (o->recipient.code && !strcmp(o->actor.code, a->code) && !strcmp(o->recipient.code, r->code) &&
                strcmp(o->cameo, code) && (!strcmp(o->cameo, "172") || !strcmp(o->cameo, "173")) &&
                (ouster_verb(o->verb) || ouster_verb(verb)))
                return 0;
        }
    /* ("protesters stormed the presidential office and set fire to
     * cars": one protest, told at whom it was, not again at no one) */
    if (!(r && r->code) && code[0] == '1' && code[1] == '4')
        for (size_t i = x->ev_first; i < e->n; i++)
            if (e->ev[i].recipient.code && e->ev[i].cameo[0] == '1' && e->ev[i].cameo[1] == '4' &&
                !strcmp(e->ev[i].actor.code, a->code))
                return 0;
    /* the same triple twice in a sentence: once */
    for (size_t i = x->ev_first; i < e->n; i++) {
        const dyad_event *o = &e->ev[i];
        if (!strcmp(o->cameo, code) && !strcmp(o->actor.code, a->code) &&
            ((!o->recipient.code && !(r && r->code)) ||
             (o->recipient.code && r && r->code && !strcmp(o->recipient.code, r->code))))
            return 0;
    }
    if (e->n == e->cap) {
        size_t nc = e->cap ? e->cap * 2 : 64;
        dyad_event *p = realloc(e->ev, nc * sizeof *p);
        if (!p) return -1;
        e->ev = p;
        e->cap = nc;
    }
    dyad_event *ev = &e->ev[e->n];
    memset(ev, 0, sizeof *ev);
    ev->sentence = x->sentence;
    ev->trigger = x->trigger;
    ev->index = x->n_in_sentence++;
    const dyad_token *t = x->t;
    ev->text_start = t[0].start;
    ev->text_end = t[x->w->n - 1].end;
    event_actor(e, &ev->actor, a);
    if (r && r->code) event_actor(e, &ev->recipient, r);
    size_t cl = 0; /* snprintf(ev->cameo, sizeof ev->cameo, "%s", code), unparsed */
    for (; code[cl] && cl + 1 < sizeof ev->cameo; cl++) ev->cameo[cl] = code[cl];
    ev->cameo[cl] = '\0';
    const cameo_entry *ce = dict_cameo(&x->c->d, code);
    int root = (isdigit((unsigned char)code[0]) && isdigit((unsigned char)code[1]))
                   ? (code[0] - '0') * 10 + (code[1] - '0') : 0;
    if (root > 20) root = 0;
    if (ce) {
        ev->plover = ce->plover;
        ev->quad_class = ce->quad;
        ev->goldstein = ce->goldstein;
    } else {
        ev->plover = ROOTS[root].plover;
        ev->quad_class = ROOTS[root].quad;
        ev->goldstein = ROOTS[root].g;
    }
    if (root == 1 || root == 2) ev->plover = NULL; /* interfaces.md: statements and appeals */
    event_when_where(x->c, e, &x->ww, x->trigger, x->code_now, ev, a, r);
    ev->verb = ev_strdup(e, verb, strlen(verb));
    ev->rule = ev_strdup(e, rule, strlen(rule));
    e->n++;
    explain(x, "event %s %s -> %s (%s)", code, a->code, r && r->code ? r->code : "-", rule);
    if (e->explain) { /* (the document pass, dyad_events_finish, may still place it) */
        char ds[32] = "null";
        if (ev->date.year) snprintf(ds, sizeof ds, "%04d-%02d-%02d", ev->date.year, ev->date.month, ev->date.day);
        explain(x, "  when %s (%s, %s), where %s%s%s", ds, ev->date_source ? ev->date_source : "-",
                ev->date_precision ? ev->date_precision : "-",
                ev->place ? (ev->place->name ? ev->place->name : ev->place->text) : "-", ev->place ? " " : "",
                ev->place ? ev->place->country_code : "");
    }
    return 0;
}

/* "approved a new sanctions package against Russia": for an event noun
 * naming what a package holds, the verb that adopts, announces or sends
 * the package (its package in *pk), or -1. */
static int32_t package_verb(const ctx *x, uint32_t v, int32_t *pk) {
    const dyad_token *t = x->t;
    int32_t p = t[v].head;
    if (!rel_is(&t[v], "compound") || p <= (int32_t)v || !lemma_in(&t[p], PACKAGES) || !rel_is(&t[p], "obj"))
        return -1;
    int32_t h = t[p].head;
    if (h < 0 || !lemma_in(&t[h], PACKAGE_VERBS)) return -1;
    *pk = p;
    return h;
}

/* 1 when verb h orders (instructs, directs, commands) forces of its own
 * subject's country: "Shoigu ordered troops to withdraw", "Putin ordered
 * the army to ...". */
static int own_forces_ordered(ctx *x, uint32_t h) {
    static const char *const order[] = {"order", "instruct", "direct", "command", NULL};
    if (!lemma_in(&x->t[h], order)) return 0;
    int32_t o = child_rel(x, h, "obj");
    if (o < 0) return 0;
    actor_val S[MAXA], O[MAXA];
    int ns = actors_subject(x, h, S, MAXA, 0, NULL), no = actors_of(x->c, x->e, (uint32_t)o, O, MAXA);
    if (!ns || !no || !S[0].country || !O[0].country || strcmp(S[0].country, O[0].country) || !O[0].sector) return 0;
    return !strncmp(O[0].sector, "MIL", 3) || !strncmp(O[0].sector, "COP", 3) || !strncmp(O[0].sector, "SPY", 3);
}

/* Per trigger decisions, computed before emitting (a governor's event may be
 * dropped because of what its complement codes). */
typedef struct trig {
    match m;
    const char *code;      /* after modality */
    char why[160];         /* rejection reason, "" = accepted */
    char mod[64];          /* modality note for the rule */
    int32_t noun_gov;      /* event noun under a statement verb: that verb + 1 */
    int32_t reporter;      /* the reporting verb whose clause this is, or -1 */
    int32_t orderer;       /* "ordered its troops to withdraw": the ordering verb, or -1 */
    uint8_t no_actor;      /* accepted, but no actor was found */
} trig;

/* Appends s to dst[0..len) within cap bytes, NUL-terminated, as the
 * snprintf("%s...") it replaces: cut at cap - 1, NULL printed "(null)"
 * (glibc's; a --conllu form "_" is NULL).  Returns the new length. */
static size_t cat(char *dst, size_t cap, size_t len, const char *s) {
    if (!s) s = "(null)";
    while (*s && len + 1 < cap) dst[len++] = *s++;
    dst[len] = 0;
    return len;
}

static const char *lemma_str(const ctx *x, uint32_t tok) {
    const dyad_token *t = &x->t[tok];
    return t->lemma ? t->lemma : t->form ? t->form : "";
}

/* The number a noun is counted with ("200 people", "13,000 migrants"), or 0. */
static long count_of(const ctx *x, uint32_t n) {
    for (int32_t ch = x->w->child_first[n]; ch >= 0; ch = x->w->child_next[ch]) {
        if (!rel_is(&x->t[ch], "nummod") || !x->t[ch].form) continue;
        long v = 0;
        int digits = 0;
        for (const char *p = x->t[ch].form; *p; p++) {
            if (*p >= '0' && *p <= '9') {
                if (v < 100000000) v = v * 10 + (*p - '0');
                digits++;
            } else if (*p != ',') {
                return 0; /* "2.5" million and words: not counted here */
            }
        }
        if (digits) return v;
    }
    return 0;
}

/* 1 when token v is background to its sentence: inside a relative
 * clause ("Libya, where floods have killed thousands"), a temporal clause
 * ("hours after army officers appeared on television", "as tensions ran
 * high") or an -ing adjunct of another clause ("agreed to a ceasefire,
 * ending five days of fighting").  Wire copy tells the news in the main
 * clause and what led to it in these. */
/* The first word of tok's subtree, punctuation aside (the parse may
 * cross: "where" of a clause under a participle). */
static int32_t leftmost(const ctx *x, int32_t tok) {
    const dyad_token *t = x->t;
    for (int32_t i = tok - 20 > 0 ? tok - 20 : 0; i < tok; i++) {
        if (t[i].upos && str_eq(t[i].upos, "PUNCT")) continue;
        int32_t h = i;
        for (int k = 0; h >= 0 && h != tok && k < 32; k++) h = t[h].head;
        if (h == tok) return i;
    }
    return tok;
}

/* A relative clause on the object (or oblique) of its sentence's main
 * verb whose subject is "who" and whose verb storms, attacks or riots
 * ("police opened fire on protesters who stormed government buildings")
 * tells news of its own. */
static int relcl_news(const ctx *x, uint32_t v) {
    static const char *const acts[] = {"storm", "attack", "ransack", "torch", "burn", "loot", "occupy", "seize",
                                       "block", "besiege", "overrun", "kill", NULL};
    const dyad_token *t = x->t;
    int32_t h = t[v].head;
    /* (through a quantity: "fired on thousands of protesters who ...") */
    if (h >= 0 && rel_is(&t[h], "nmod") && t[h].head >= 0) h = t[h].head;
    if (h < 0 || !(rel_is(&t[h], "obj") || rel_is(&t[h], "obl")) || t[h].head < 0) return 0;
    int32_t mv = t[h].head; /* the main verb, or the one a main verb reports */
    if (t[mv].head >= 0 && !(rel_is(&t[mv], "ccomp") && t[t[mv].head].head < 0)) return 0;
    int32_t sj = child_rel(x, v, "nsubj");
    return sj >= 0 && t[sj].form && ascii_ieq(t[sj].form, "who") && lemma_in(&t[v], acts);
}

/* "held talks on Sunday, after which Moreno withdrew the decree": what
 * came after the main event is news, however it was parsed. */
static int after_which(const ctx *x, uint32_t v) {
    const dyad_token *t = x->t;
    if (!t[v].upos || !str_eq(t[v].upos, "VERB")) return 0;
    int32_t l = leftmost(x, (int32_t)v);
    return l > 0 && l + 1 < (int32_t)v && t[l + 1].form && ascii_ieq(t[l + 1].form, "which") && t[l].form &&
           (ascii_ieq(t[l].form, "after") || ascii_ieq(t[l].form, "following"));
}

/* "after weeks of protests demanding her resignation, in which police
 * killed hundreds of demonstrators", "the attack on Charlie Hebdo, in
 * which gunmen killed 12 people": the killing a relative clause tells of
 * is news, as writers code it. */
static int in_which_killing(const ctx *x, uint32_t v) {
    static const char *const killing[] = {"kill", "wound", "injure", "shoot", "massacre", NULL};
    const dyad_token *t = x->t;
    if (!t[v].upos || !str_eq(t[v].upos, "VERB") || !lemma_in(&t[v], killing)) return 0;
    int32_t l = leftmost(x, (int32_t)v);
    return l > 0 && l + 1 < (int32_t)v && t[l + 1].form && ascii_ieq(t[l + 1].form, "which") && t[l].form &&
           (ascii_ieq(t[l].form, "in") || ascii_ieq(t[l].form, "during"));
}

static int told_as_background(const ctx *x, uint32_t v);

/* 1 when verb v sets off fighting with someone: "sparking clashes with
 * government troops", "triggering a gun battle with police". */
static int sparked_fighting(const ctx *x, uint32_t v) {
    static const char *const spark[] = {"spark", "trigger", NULL};
    static const char *const fighting[] = {"clash", "fighting", "battle", "gunbattle", "firefight", NULL};
    int32_t o = lemma_in(&x->t[v], spark) ? child_rel(x, v, "obj") : -1;
    if (o < 0 || !lemma_in(&x->t[o], fighting)) return 0;
    int32_t hosts[2] = {o, (int32_t)v};
    for (int hi = 0; hi < 2; hi++)
        for (int32_t ch = x->w->child_first[hosts[hi]]; ch >= 0; ch = x->w->child_next[ch])
            if ((rel_is(&x->t[ch], "nmod") || rel_is(&x->t[ch], "obl")) && case_of(x, (uint32_t)ch) == x->c->fw[FW_WITH])
                return 1;
    return 0;
}

/* "seized the prime minister ..., a move that Australia and New Zealand
 * condemned": a relative clause on a noun that sums up the sentence's
 * act, after a comma, is others' reaction to it -- news of its own. */
static int summing_up_relcl(const ctx *x, uint32_t v) {
    /* (also an attack, a ruling or a visit so summed up: "..., an attack
     * the government blamed on the group", "a verdict the United States
     * and the European Union called disproportionate") */
    static const char *const summary[] = {"move", "step", "decision", "act", "action", "measure",
                                          "agreement", "deal", "accord", "attack", "bombing", "assault",
                                          "strike", "raid", "killing", "shooting", "blast", "explosion",
                                          "crackdown", "coup", "ruling", "verdict", "sentence", "visit",
                                          "incident", "trial", NULL};
    const dyad_token *t = x->t;
    int32_t h = t[v].head;
    /* (or a participle with its doer: "..., a move swiftly condemned by
     * the United Nations") */
    int by_agent = rel_is(&t[v], "acl") && child_rel(x, v, "obl:agent") >= 0;
    if (!(rel_is(&t[v], "acl:relcl") || by_agent) || h <= 0 || !lemma_in(&t[h], summary) ||
        (!by_agent && child_rel(x, v, "nsubj") < 0))
        return 0;
    if (!(rel_is(&t[h], "parataxis") || rel_is(&t[h], "appos") || rel_is(&t[h], "obl") || rel_is(&t[h], "nmod")))
        return 0;
    /* (the comma right before the noun's own words: the parser may have
     * hung earlier words on the clause, "to death ..., a verdict Amnesty
     * called a sham" with "to death" on "called") */
    int32_t l = h;
    while (l > 0 && !(t[l - 1].form && str_eq(t[l - 1].form, ","))) {
        int32_t up = l - 1;
        for (int k = 0; up >= 0 && up != h && up != (int32_t)v && k < 32; k++) up = t[up].head;
        if (up != h) break;
        l--;
    }
    return l > 0 && t[l - 1].form && str_eq(t[l - 1].form, ",");
}

/* Verbs that draw a reaction from others ("drawing condemnation from
 * China"). */
static const char *const DRAWING[] = {"draw", "spark", "prompt", "provoke", "trigger", "attract", "earn", "bring",
                                      "receive", NULL};

/* 1 when an event's actor is armed men of no named side (UAF, with or
 * without a country). */
static int unnamed_armed(const dyad_actor *a) {
    return a->code && (!strncmp(a->code, "UAF", 3) || (a->sector && !strcmp(a->sector, "UAF")));
}

/* "the attackers", "those responsible", "those behind the attack": the
 * doers of violence the story has told. */
static int perpetrators(const ctx *x, uint32_t r) {
    static const char *const doers[] = {"attacker", "assailant", "perpetrator", "killer", "culprit", NULL};
    const dyad_token *t = x->t;
    if (lemma_in(&t[r], doers)) return 1;
    if (!t[r].form || !ascii_ieq(t[r].form, "those")) return 0;
    for (int32_t ch = x->w->child_first[r]; ch >= 0; ch = x->w->child_next[ch]) {
        if (t[ch].lemma && ascii_ieq(t[ch].lemma, "responsible")) return 1;
        if (rel_is(&t[ch], "nmod") && case_of(x, (uint32_t)ch) != WORD_NONE &&
            str_eq(dict_word_str(&x->c->d, case_of(x, (uint32_t)ch)), "behind"))
            return 1;
    }
    return 0;
}

/* (the costlier "after which" test only for what would be background) */
static int background(const ctx *x, uint32_t v) {
    return told_as_background(x, v) && !after_which(x, v) && !in_which_killing(x, v);
}

/* 1 when verb v kills, wounds or destroys by a natural disaster: its
 * subject, its by-agent or the subject of the root (for an -ing clause)
 * is rain, a flood, an earthquake, a storm ... */
static int natural_harm(const ctx *x, uint32_t v) {
    static const char *const harming[] = {"kill", "injure", "wound", "destroy", "displace", "damage", "flatten",
                                          "sweep", "bury", NULL};
    static const char *const hazards[] = {"rain", "downpour", "flood", "flooding", "landslide", "mudslide",
                                          "earthquake", "quake", "tremor", "storm", "cyclone", "typhoon", "hurricane",
                                          "tornado", "tsunami", "avalanche", "drought", "heatwave", "blizzard",
                                          "wildfire", "eruption", "monsoon", "snowstorm", NULL};
    const dyad_token *t = x->t;
    if (!lemma_in(&t[v], harming)) return 0;
    int32_t hosts[2] = {(int32_t)v, -1};
    for (int32_t r = (int32_t)v, k = 0; r >= 0 && k < (int32_t)x->w->n; r = t[r].head, k++) hosts[1] = r;
    for (int h = 0; h < 2; h++)
        for (int32_t ch = hosts[h] >= 0 ? x->w->child_first[hosts[h]] : -1; ch >= 0; ch = x->w->child_next[ch])
            if ((rel_is(&t[ch], "nsubj") || rel_is(&t[ch], "obl:agent")) && lemma_in(&t[ch], hazards)) return 1;
    return 0;
}

/* -ing clauses that tell an act of their own done with the main one, as
 * the dev writers code them: "cleared a tent camp ..., detaining hundreds
 * of protesters", "held their first direct talks ..., agreeing to swap
 * 1,000 prisoners each", "signed a security pact, ..., rejecting
 * criticism from Australia" */
static const char *const CONCURRENT[] = {"detain", "arrest", "agree", "reject", NULL};
/* (and firing on people: "stormed the town of Masaya, firing on
 * protesters"; not weapons fired in a drill: "held naval drills, firing
 * missiles at a mock-up of a U.S. carrier") */
static int concurrent_fire(const ctx *x, uint32_t v) {
    static const char *const firing[] = {"fire", "shoot", NULL};
    return lemma_in(&x->t[v], firing) && child_rel(x, v, "obj") < 0;
}

/* (and taking hostages: "stormed into southern Israel, killing about
 * 1,200 people and taking more than 200 hostages") */
static int concurrent_hostages(const ctx *x, uint32_t v) {
    static const char *const taking[] = {"take", "seize", "hold", "grab", NULL};
    static const char *const hostages[] = {"hostage", "captive", NULL};
    int32_t o = child_rel(x, v, "obj");
    return lemma_in(&x->t[v], taking) && o >= 0 && lemma_in(&x->t[o], hostages);
}

static int told_as_background(const ctx *x, uint32_t v) {
    /* ("while" is as often "whereas": "Poland welcomed the decision, while
     * Hungary rejected the plan" tells two events) */
    static const char *const temporal[] = {"after", "before", "as", "since", "when", "until", "amid",
                                           "following", "once", NULL};
    const dyad_token *t = x->t;
    /* the grievance behind an event ("suspended its aid to Rwanda over
     * Kigali's support for the M23") and an event noun dated by another
     * ("days after a heated Oval Office meeting"; but "After their brief
     * conversation, the Kremlin issued a summary" tells the conversation) */
    static const char *const units[] = {"minute", "hour", "day", "week", "month", "year", "shortly", "soon",
                                        "just", "moment", NULL};
    if (rel_is(&t[v], "nmod") || rel_is(&t[v], "obl"))
        for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch])
            if (rel_is(&t[ch], "case") && t[ch].form &&
                (ascii_ieq(t[ch].form, "over") || ascii_ieq(t[ch].form, "amid") || ascii_ieq(t[ch].form, "amidst") ||
                 (lemma_in(&t[ch], temporal) && ch > 0 && lemma_in(&t[ch - 1], units))))
                return 1;
    /* ("was shot ... and seriously wounded after a government meeting": an
     * event noun in a temporal phrase after its verb dates that verb's
     * event; "After their brief conversation, the Kremlin ..." before it
     * tells the conversation) */
    if (t[v].upos && str_eq(t[v].upos, "NOUN") && (rel_is(&t[v], "obl") || rel_is(&t[v], "nmod")) && t[v].head >= 0 &&
        t[v].head < (int32_t)v)
        for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch])
            if (rel_is(&t[ch], "case") && t[ch].form && ascii_ieq_any(t[ch].form, temporal) &&
                !ascii_ieq(t[ch].form, "as"))
                return 1;
    /* ("agreed to a ceasefire following four days of cross-border missile
     * and artillery attacks": an event noun inside a temporal phrase; also
     * one in apposition to it: "..., the worst fighting between the
     * neighbours in decades") */
    if (t[v].upos && str_eq(t[v].upos, "NOUN"))
        for (int32_t cur = v, k = 0; k < 4 && t[cur].head >= 0 &&
                                     (rel_is(&t[cur], "nmod") || rel_is(&t[cur], "conj") || rel_is(&t[cur], "compound") ||
                                      rel_is(&t[cur], "appos"));
             k++) {
            cur = t[cur].head;
            if (!(rel_is(&t[cur], "nmod") || rel_is(&t[cur], "obl"))) continue;
            for (int32_t ch = x->w->child_first[cur]; ch >= 0; ch = x->w->child_next[ch])
                if (rel_is(&t[ch], "case") && t[ch].form && ascii_ieq_any(t[ch].form, temporal)) return 1;
        }
    /* (the same with "following" read as a verb: "agreed to a truce
     * following two weeks of attacks" with "weeks" its object) */
    if (t[v].upos && str_eq(t[v].upos, "NOUN")) {
        int32_t cur = v;
        for (int k = 0; k < 4 && t[cur].head >= 0 &&
                        (rel_is(&t[cur], "nmod") || rel_is(&t[cur], "conj") || rel_is(&t[cur], "compound") ||
                         rel_is(&t[cur], "appos"));
             k++)
            cur = t[cur].head;
        if (rel_is(&t[cur], "obj") && t[cur].head >= 0 && t[t[cur].head].form &&
            ascii_ieq(t[t[cur].head].form, "following"))
            return 1;
    }
    /* "after gunmen and suicide bombers killed 129 people", with "after"
     * hung on the noun phrase: a temporal word, then only the clause's
     * subject words, right before a verb that is no root */
    if (t[v].upos && str_eq(t[v].upos, "VERB") && t[v].head >= 0) {
        for (int32_t k = (int32_t)v - 1; k >= 0 && k >= (int32_t)v - 10; k--) {
            const char *u = t[k].upos;
            if (lemma_in(&t[k], temporal) && u && (str_eq(u, "ADP") || str_eq(u, "SCONJ"))) return 1;
            /* (and an adverb before the verb: "days after the neighbours
             * formally ended their state of war") */
            if (!u || !(str_eq(u, "NOUN") || str_eq(u, "PROPN") || str_eq(u, "ADJ") || str_eq(u, "DET") ||
                        str_eq(u, "NUM") || str_eq(u, "CCONJ") || str_eq(u, "PRON") ||
                        (str_eq(u, "ADV") && k == (int32_t)v - 1)))
                break;
        }
    }
    for (int32_t cur = (int32_t)v, k = 0; cur >= 0 && t[cur].head >= 0 && k < 32; cur = t[cur].head, k++) {
        const dyad_token *c = &t[cur];
        /* (but "police opened fire on protesters who stormed government
         * buildings": what the people acted on had just done is told as
         * news of its own) */
        if (c->deprel && str_eq(c->deprel, "acl:relcl") &&
            !(cur == (int32_t)v && (relcl_news(x, (uint32_t)cur) || summing_up_relcl(x, (uint32_t)cur))))
            return 1;
        /* a reduced relative: the trigger itself a participle modifying a
         * noun ("rioters supporting former President Bolsonaro stormed
         * Congress"); not what is said deeper inside one ("the conversation
         * -- limited, because the White House had blocked the meeting") */
        /* (but a mediation with its mediator is news: "talks mediated
         * by the African Union", "a swap brokered by Qatar") */
        static const char *const mediating[] = {"mediate", "broker", "facilitate", "host", NULL};
        if (cur == (int32_t)v && rel_is(c, "acl") && c->xpos && (str_eq(c->xpos, "VBG") || str_eq(c->xpos, "VBN")) &&
            child_rel(x, (uint32_t)cur, "nsubj") < 0 && !summing_up_relcl(x, (uint32_t)cur) &&
            !(lemma_in(c, mediating) && child_rel(x, (uint32_t)cur, "obl:agent") >= 0))
            return 1;
        /* a clause that opens with a temporal word, wherever the parser
         * hung it: "after more than 100 people were killed" (a case of
         * the subject, the clause a parataxis), "hours after rebels seized
         * Damascus" (an acl of "hours") */
        /* a relative clause however it was parsed: "the village ..., where
         * many families displaced by earlier violence had taken shelter" */
        if (rel_is(c, "acl") || rel_is(c, "advcl")) {
            int32_t l = leftmost(x, cur);
            if (l != cur && t[l].form && ascii_ieq(t[l].form, "where") && rel_is(&t[l], "advmod")) return 1;
        }
        if (rel_is(c, "advcl") || rel_is(c, "acl") || rel_is(c, "parataxis")) {
            int32_t l = leftmost(x, cur); /* the clause's first word */
            if (l != cur && (rel_is(&t[l], "mark") || rel_is(&t[l], "case")) && lemma_in(&t[l], temporal))
                return 1;
            /* the reason for praise or blame: "criticised Orban for
             * travelling to Moscow", "accused Algeria of shooting down a
             * drone", "charged X with insulting the monarchy" */
            static const char *const reason[] = {"for", "of", "with", NULL};
            if (l + 1 == cur && (rel_is(&t[l], "mark") || rel_is(&t[l], "case")) && lemma_in(&t[l], reason) &&
                c->xpos && str_eq(c->xpos, "VBG"))
                return 1;
        }
        if (!rel_is(c, "advcl")) continue;
        /* (nor the fighting an attack set off: "attacked the town of
         * Menaka, sparking clashes with government troops") */
        if (cur == (int32_t)v && sparked_fighting(x, v)) return 0;
        for (int32_t ch = x->w->child_first[cur]; ch >= 0; ch = x->w->child_next[ch])
            if ((rel_is(&t[ch], "mark") || rel_is(&t[ch], "case")) && t[ch].form && lemma_in(&t[ch], temporal))
                return 1;
        /* (but "severed ties with Qatar, accusing it of backing terrorism":
         * an accusation made with the act is an event of its own, as four
         * of five blind writers code it) */
        /* (nor what a causative -ing clause made someone do: "...,
         * prompting President Saleh to declare a state of emergency") */
        if (cur != (int32_t)v && c->xpos && str_eq(c->xpos, "VBG") && lemma_in(c, CAUSE) && t[v].head == cur &&
            rel_is(&t[v], "xcomp") && child_rel(x, (uint32_t)cur, "obj") >= 0)
            return 0;
        /* (nor the reaction it drew: "visited the Yasukuni shrine,
         * drawing swift condemnation from China" -- others' act, news of
         * its own) */
        if (cur != (int32_t)v && t[v].head == cur && rel_is(&t[v], "obj") && lemma_in(c, DRAWING) &&
            t[v].upos && str_eq(t[v].upos, "NOUN"))
            return 0;
        /* (on the main verb, or on its complement or reported clause:
         * "ordered officials to leave, accusing them", "said it was
         * suspending aid, accusing Islamabad of ...") */
        int32_t ah = c->head;
        /* (the complement may be parsed as an advcl: "threatened on Sunday
         * to cut off oil sales ..., accusing Exxon Mobil of ...") */
        int32_t to_mark = ah >= 0 && rel_is(&t[ah], "advcl") ? child_rel(x, (uint32_t)ah, "mark") : -1;
        int to_clause = to_mark >= 0 && t[to_mark].form && str_eq(t[to_mark].form, "to");
        int on_main = ah >= 0 && (t[ah].head < 0 || ((rel_is(&t[ah], "xcomp") || rel_is(&t[ah], "ccomp") ||
                                                      rel_is(&t[ah], "conj") || to_clause) &&
                                                     t[t[ah].head].head < 0));
        if (c->xpos && str_eq(c->xpos, "VBG") && child_rel(x, (uint32_t)cur, "nsubj") < 0 &&
            child_rel(x, (uint32_t)cur, "mark") < 0 && !(cur == (int32_t)v && lemma_in(c, ACCUSING) && on_main) &&
            !(cur == (int32_t)v && (lemma_in(c, CONCURRENT) || concurrent_fire(x, v))) &&
            !((cur == (int32_t)v || (t[v].head == cur && rel_is(&t[v], "conj"))) && concurrent_hostages(x, v)))
            return 1;
    }
    return 0;
}

/* Protesters storming, burning or looting ("..., a day after protesters
 * set fire to parliament", "severed ties with Iran after protesters
 * stormed the Saudi embassy"): the violent protest (145) behind a
 * sentence's main event is news of its own, as every blind writer since
 * batch zg codes it (12 of 16 such dev rows) -- but not the acts that make
 * up the actor's own main protest ("stormed the British embassy ...,
 * smashing windows and burning the Union Jack"). */
static int violent_protest(const ctx *x, const dyad_events *e, const dyad_event *ev) {
    if (strncmp(ev->cameo, "145", 3)) return 0;
    for (size_t j = x->ev_first; j < e->n; j++) {
        const dyad_event *o = &e->ev[j];
        if (o != ev && o->cameo[0] == '1' && o->cameo[1] == '4' && o->actor.code && ev->actor.code &&
            !strcmp(o->actor.code, ev->actor.code) && !background(x, o->trigger))
            return 0;
    }
    return 1;
}

/* "declared martial law ... after troops clashed with Islamist
 * militants", "called off peace talks ... after the guerrillas killed six
 * soldiers": an armed attack on a named armed or official side (or the
 * taking of a place: "a day after the militants seized the town of
 * Konna"), told as a
 * past-tense clause of "after", "before", "as", "when" or "while", is news
 * of its own (the blind writers since batch zg code it); not what the
 * sentence's main attacker did again ("..., killing seven soldiers"), not
 * a history ("since Turkey shot down a Russian warplane"), nor what a
 * denial or an accusation is about. */
static int attack_behind(const ctx *x, const dyad_events *e, const dyad_event *ev) {
    static const char *const when[] = {"after", "before", "as", "when", "while", NULL};
    const dyad_token *t = x->t;
    uint32_t v = ev->trigger;
    /* (so is an appeal, a demand, a criticism, a rejection or a threat
     * aimed at a named side: "French warplanes struck Islamist rebel
     * positions after interim President Dioncounda Traore asked Paris for
     * military help") */
    int appeal = (ev->cameo[0] == '0' && ev->cameo[1] == '2') ||
                 (ev->cameo[0] == '1' && ev->cameo[1] >= '0' && ev->cameo[1] <= '3');
    /* (the side a role or an organisation: not "shelled the outskirts of
     * Gaza City", a place) */
    if (!((ev->cameo[0] == '1' && ev->cameo[1] == '9') || appeal) || !ev->recipient.code || !ev->actor.code ||
        (ev->recipient.country && !ev->recipient.sector && !appeal && strcmp(ev->cameo, "192")) || !t[v].upos ||
        !str_eq(t[v].upos, "VERB") || !t[v].xpos || !str_eq(t[v].xpos, "VBD"))
        return 0;
    int marked = 0;
    int32_t l = leftmost(x, (int32_t)v);
    if (l != (int32_t)v && (rel_is(&t[l], "mark") || rel_is(&t[l], "case")) && lemma_in(&t[l], when)) marked = 1;
    /* ("after gunmen killed ...", the parser hanging "after" on the
     * subject) */
    for (int32_t k = (int32_t)v - 1; !marked && k >= 0 && k >= (int32_t)v - 10; k--) {
        const char *u = t[k].upos;
        if (lemma_in(&t[k], when) && u && (str_eq(u, "ADP") || str_eq(u, "SCONJ"))) marked = 1;
        else if (!u || !(str_eq(u, "NOUN") || str_eq(u, "PROPN") || str_eq(u, "ADJ") || str_eq(u, "DET") ||
                         str_eq(u, "NUM") || str_eq(u, "CCONJ")))
            break;
    }
    if (!marked) return 0;
    /* (and "18 months after the two countries fought a six-week war" is
     * history) */
    static const char *const long_ago[] = {"month", "year", "decade", NULL};
    for (int32_t k = (int32_t)v - 1; k > 0 && k >= (int32_t)v - 12; k--)
        if (lemma_in(&t[k], when) && lemma_in(&t[k - 1], long_ago)) return 0;
    /* (the clause hangs on the main clause, not inside what is said) */
    for (int32_t cur = t[v].head; cur >= 0; cur = t[cur].head)
        if (rel_is(&t[cur], "ccomp") || rel_is(&t[cur], "xcomp") || rel_is(&t[cur], "acl:relcl")) return 0;
    for (size_t j = x->ev_first; j < e->n; j++) {
        const dyad_event *o = &e->ev[j];
        if (o != ev && o->actor.code && !strcmp(o->actor.code, ev->actor.code) && violent_code(o->cameo) &&
            !background(x, o->trigger))
            return 0;
    }
    return 1;
}

/* "rejected opposition demands on Tuesday, as riot police beat
 * protesters with batons", "detained about 300 people as thousands
 * rallied against alleged fraud": a past-tense clause of "as" with a
 * subject of its own, told beside the main event by another actor, is
 * news of its own. */
static int as_clause_news(const ctx *x, const dyad_events *e, const dyad_event *ev) {
    const dyad_token *t = x->t;
    uint32_t v = ev->trigger;
    if (!ev->actor.code || !t[v].upos || !str_eq(t[v].upos, "VERB") || !t[v].xpos || !str_eq(t[v].xpos, "VBD") ||
        child_rel(x, v, "nsubj") < 0 || !rel_is(&t[v], "advcl"))
        return 0;
    /* (protest, repression and violence only: "..., as South Korean and
     * U.S. forces began annual joint drills" sets the scene) */
    const char *c = ev->cameo;
    if (!((c[0] == '1' && (c[1] == '4' || c[1] == '7' || c[1] == '8' || c[1] == '9')) || (c[0] == '2' && c[1] == '0')))
        return 0;
    int32_t l = leftmost(x, (int32_t)v);
    if (l == (int32_t)v || !rel_is(&t[l], "mark") || !t[l].form || !ascii_ieq(t[l].form, "as")) return 0;
    for (size_t j = x->ev_first; j < e->n; j++) {
        const dyad_event *o = &e->ev[j];
        if (o != ev && o->actor.code && !strcmp(o->actor.code, ev->actor.code)) return 0;
    }
    return 1;
}

/* "resigned on Friday after 18 days of mass street protests", "after
 * four months of street protests against his rule": protests measured in
 * days, weeks or months are a campaign writers code (CVL against the
 * government), not background. */
static int weeks_of_protest(const ctx *x, uint32_t v) {
    static const char *const spans[] = {"day", "week", "month", NULL};
    static const char *const protests[] = {"protest", "demonstration", NULL};
    const dyad_token *t = x->t;
    if (!t[v].upos || !str_eq(t[v].upos, "NOUN") || !lemma_in(&t[v], protests) || !rel_is(&t[v], "nmod") ||
        t[v].head < 0 || !lemma_in(&t[t[v].head], spans))
        return 0;
    return case_of(x, v) == x->c->fw[FW_OF];
}

/* "as thousands rallied against alleged fraud", "Tens of thousands
 * marched through Caracas": a protest verb whose subject only counts
 * people (no role or country named) is the public's, as
 * public_protest's. */
static int counted_protesters(const ctx *x, uint32_t v) {
    static const char *const counts[] = {"thousand", "hundred", "dozen", "million", "ten", "score", NULL};
    const dyad_token *t = x->t;
    if (!t[v].upos || !str_eq(t[v].upos, "VERB")) return 0;
    int32_t sj = child_rel(x, v, "nsubj");
    if (sj < 0 || x->w->mention_of[sj] >= 0 || !lemma_in(&t[sj], counts)) return 0;
    /* (nothing counted after it but another count, "tens of thousands":
     * "thousands of supporters" names them) */
    for (int hops = 0; hops < 3; hops++) {
        int32_t of = child_rel(x, (uint32_t)sj, "nmod");
        if (of < 0) return 1;
        if (!lemma_in(&t[of], counts) || x->w->mention_of[of] >= 0) return 0;
        sj = of;
    }
    return 0;
}

/* "after nationwide protests against high electricity prices turned
 * violent", "bowing to weeks of student-led protests against his rule",
 * "amid mass demonstrations": protests with no protesters named whose
 * words make them the public's campaign -- measured in days, weeks or
 * months, or nationwide, mass, street, anti-government, student-led --
 * are coded like weeks_of_protest's. */
static int public_protest(const ctx *x, uint32_t v) {
    static const char *const protests[] = {"protest", "demonstration", NULL};
    static const char *const public_words[] = {"nationwide", "anti-government", "antigovernment", "mass", "street",
                                               "widespread", "massive", "popular", "student-led", "countrywide",
                                               "weeks-long", "days-long", "month-long", "week-long", "pro-democracy",
                                               NULL};
    const dyad_token *t = x->t;
    if (weeks_of_protest(x, v)) return 1;
    if (!t[v].upos || !str_eq(t[v].upos, "NOUN") || !lemma_in(&t[v], protests) || !t[v].xpos ||
        !str_eq(t[v].xpos, "NNS"))
        return 0;
    for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch]) {
        if (!(rel_is(&t[ch], "amod") || rel_is(&t[ch], "compound"))) continue;
        if (lemma_in(&t[ch], public_words)) return 1;
        /* ("student-led", "opposition-led" split at the hyphen: "led"
         * after its hyphen) */
        if (t[ch].lemma && str_eq(t[ch].lemma, "lead") && ch >= 2 && t[ch - 1].form && str_eq(t[ch - 1].form, "-"))
            return 1;
    }
    return 0;
}

/* "Fethullah Gulen, whom Ankara blames for last week's failed coup",
 * "Chechen separatist envoy Akhmed Zakayev, whom Moscow accuses of
 * terrorism": an accusation (112) by an actor named (no pronoun) in a
 * relative clause whose object is a relative pronoun is news of its own,
 * as the blind writers code it (six of eight dev rows). */
static int accusation_in_relative(const ctx *x, const dyad_event *ev) {
    const dyad_token *t = x->t;
    uint32_t v = ev->trigger;
    if (strncmp(ev->cameo, "112", 3) || !ev->recipient.code || !ev->actor.code || !rel_is(&t[v], "acl:relcl"))
        return 0;
    int32_t sj = child_rel(x, v, "nsubj"), ob = child_rel(x, v, "obj");
    /* (not "deported 200 migrants it accused of belonging to a gang",
     * whose recipient the coder misses; nor "ECOWAS, which they accuse of
     * failing ...", the main subject's reason, told in passing) */
    /* (the relative pronoun read as an oblique: "cleric Fethullah Gulen,
     * whom Ankara blames for the coup") */
    if (ob < 0)
        for (int32_t ch = x->w->child_first[v]; ch >= 0 && ob < 0; ch = x->w->child_next[ch])
            if (rel_is(&t[ch], "obl") && ch < (int32_t)v && lemma_in(&t[ch], RELPRON)) ob = ch;
    return sj >= 0 && !lemma_in(&t[sj], RELPRON) && !(t[sj].upos && str_eq(t[sj].upos, "PRON")) && ob >= 0 &&
           lemma_in(&t[ob], RELPRON);
}

/* Nouns of something an actor did, which a statement may judge. */
static const char *const ACT_NOUNS[] = {"decision", "move", "action", "act", "candidacy", "arrival", "deployment",
                                        "step", "measure", "policy", "plan", "law", "order", "ruling", "verdict",
                                        "vote", "referendum", "election", "recognition", "presence", "bid",
                                        "attack", "operation", "offensive", "incursion", "intervention", "strike",
                                        "actions", "conduct", "behaviour", "behavior", "treatment", "crackdown",
                                        "violence", "campaign", "annexation", "blockade", "sanction", "ban", NULL};

/* "said the U.S. decision violated international law", "said his
 * candidacy violated the constitution", "said the arrival of foreign
 * forces amounted to an occupation": a statement that someone's act
 * breaks the law or amounts to a wrong accuses (112) the act's owner, as
 * the blind writers code it (four of five dev rows; one has 111).
 * Returns the owner's token (the act's possessor, modifier or of/by
 * phrase with an actor), or -1 when the reported clause says no such
 * thing. */
static int32_t act_said_wrong(const ctx *x, uint32_t cc) {
    static const char *const breaking[] = {"violate", "breach", "flout", "contravene", "undermine", "amount",
                                           "constitute", "bear", NULL};
    const dyad_token *t = x->t;
    const sent_work *w = x->w;
    if (!lemma_in(&t[cc], breaking) || !t[cc].upos || !str_eq(t[cc].upos, "VERB")) return -1;
    for (int32_t ch = w->child_first[cc]; ch >= 0; ch = w->child_next[ch])
        if (t[ch].lemma && (ascii_ieq_any(t[ch].lemma, NEG_WORDS) || rel_is(&t[ch], "aux"))) {
            /* (a wrong told as done, not one that would or might be) */
            if (ascii_ieq_any(t[ch].lemma, NEG_WORDS) || !(str_eq(t[ch].lemma, "have") || str_eq(t[ch].lemma, "be")))
                return -1;
        }
    int32_t sj = child_rel(x, cc, "nsubj");
    if (sj < 0 || !lemma_in(&t[sj], ACT_NOUNS)) return -1;
    /* (bearing "the hallmarks of a coup", not bearing a cost) */
    if (str_eq(t[cc].lemma, "bear")) {
        int32_t o = child_rel(x, cc, "obj");
        if (o < 0 || !t[o].lemma || !ascii_ieq(t[o].lemma, "hallmark")) return -1;
    }
    /* (amounting to something: "amounted to an occupation", not "amounted
     * to $5 billion") */
    if (str_eq(t[cc].lemma, "amount")) {
        static const char *const wrongs[] = {"occupation", "aggression", "invasion", "crime", "genocide",
                                             "cleansing", "coup", "violation", "provocation", "interference",
                                             "terrorism", "declaration", "hijacking", "piracy", "massacre",
                                             "murder", "torture", "persecution", "apartheid", "blackmail", NULL};
        int32_t o = child_rel(x, cc, "obl");
        if (o < 0 || !lemma_in(&t[o], wrongs)) return -1;
    }
    if (w->group_of[sj] >= 0 && w->g[w->group_of[sj]].val.code && !w->g[w->group_of[sj]].val.from_memory) return sj;
    for (int32_t ch = w->child_first[sj]; ch >= 0; ch = w->child_next[ch])
        if ((rel_is(&t[ch], "nmod") || rel_is(&t[ch], "compound") || rel_is(&t[ch], "amod")) &&
            w->group_of[ch] >= 0 && w->g[w->group_of[ch]].val.code)
            return ch;
    /* ("the army's actions", the army's country told before: the act's
     * own actor, remembered) */
    int owned = 0;
    for (int32_t ch = w->child_first[sj]; ch >= 0 && !owned; ch = w->child_next[ch])
        owned = rel_is(&t[ch], "nmod:poss");
    if (owned && w->group_of[sj] >= 0 && w->g[w->group_of[sj]].val.code) return sj;
    return -1;
}

/* "vowed that Hamas would pay an unprecedented price", "said the
 * measures would not go unanswered": a reported clause that promises
 * someone will pay, or that an act will not go unanswered or unpunished,
 * is a threat (130). Returns 1 for such a clause, with *payer the
 * subject of "pay" (or -1). */
static int threat_clause(const ctx *x, uint32_t cc, int32_t *payer) {
    static const char *const unanswered[] = {"unanswered", "unpunished", NULL};
    static const char *const price[] = {"price", "cost", NULL};
    const dyad_token *t = x->t;
    const sent_work *w = x->w;
    *payer = -1;
    if (!t[cc].lemma) return 0;
    if (str_eq(t[cc].lemma, "pay")) {
        int32_t o = child_rel(x, cc, "obj");
        int dearly = 0;
        for (int32_t ch = w->child_first[cc]; ch >= 0 && !dearly; ch = w->child_next[ch])
            dearly = rel_is(&t[ch], "advmod") && t[ch].lemma && ascii_ieq(t[ch].lemma, "dearly");
        if (!(dearly || (o >= 0 && lemma_in(&t[o], price)))) return 0;
        *payer = child_rel(x, cc, "nsubj");
        return 1;
    }
    if (str_eq(t[cc].lemma, "go")) {
        int neg = 0, left = 0;
        for (int32_t ch = w->child_first[cc]; ch >= 0; ch = w->child_next[ch]) {
            neg |= t[ch].lemma && ascii_ieq_any(t[ch].lemma, NEG_WORDS);
            left |= lemma_in(&t[ch], unanswered);
        }
        return neg && left;
    }
    return 0;
}

/* "told a Senate committee ... that the government in Khartoum bore
 * responsibility": a reported clause (or its conjunct) that says a named
 * other bears the responsibility or blame accuses them (112). Returns
 * that subject's token, or -1. */
static int32_t blamed_in_clause(const ctx *x, uint32_t cc) {
    static const char *const bearing[] = {"bear", "carry", NULL};
    static const char *const blame[] = {"responsibility", "blame", NULL};
    const dyad_token *t = x->t;
    const sent_work *w = x->w;
    int32_t clauses[4] = {(int32_t)cc, -1, -1, -1};
    int nc = 1;
    for (int32_t ch = w->child_first[cc]; ch >= 0 && nc < 4; ch = w->child_next[ch])
        if (rel_is(&t[ch], "conj") && t[ch].upos && str_eq(t[ch].upos, "VERB")) clauses[nc++] = ch;
    for (int i = 0; i < nc; i++) {
        uint32_t u = (uint32_t)clauses[i];
        int32_t o = child_rel(x, u, "obj"), sj = child_rel(x, u, "nsubj");
        if (!lemma_in(&t[u], bearing) || o < 0 || !lemma_in(&t[o], blame) || sj < 0 ||
            (t[sj].upos && str_eq(t[sj].upos, "PRON")) || w->group_of[sj] < 0)
            continue;
        int neg = 0;
        for (int32_t ch = w->child_first[u]; ch >= 0 && !neg; ch = w->child_next[ch])
            neg = t[ch].lemma && ascii_ieq_any(t[ch].lemma, NEG_WORDS);
        if (!neg) return sj;
    }
    return -1;
}

/* 1 when v is a plain statement (010) whose reported clause says an act
 * was wrong (act_said_wrong) or someone is to blame (blamed_in_clause). */
static int judged_wrong(const ctx *x, uint32_t v, const int8_t *has, const trig *tr) {
    if (!has[v] || tr[v].why[0] || x->w->consumed[v] != 2 || !tr[v].code || !str_eq(tr[v].code, "010")) return 0;
    int32_t cc = child_rel(x, v, "ccomp"), payer;
    return cc >= 0 && (act_said_wrong(x, (uint32_t)cc) >= 0 || threat_clause(x, (uint32_t)cc, &payer) ||
                       blamed_in_clause(x, (uint32_t)cc) >= 0);
}

/* "accused Rwanda of backing the rebellion, a charge Kigali denies",
 * "blamed Gulen for the attempt, which Gulen denied": a denial, rejection
 * or dismissal told in a relative clause whose object is the charge
 * itself (the noun it hangs on, or a relative pronoun) answers the
 * accusers of the sentence (denial_of_charge). */
static int denies_in_relative(const ctx *x, uint32_t v) {
    static const char *const denying[] = {"deny", "reject", "dismiss", "refute", NULL};
    const dyad_token *t = x->t;
    if (!lemma_in(&t[v], denying) || !rel_is(&t[v], "acl:relcl")) return 0;
    int32_t sj = child_rel(x, v, "nsubj"), ob = child_rel(x, v, "obj");
    return sj >= 0 && !lemma_in(&t[sj], RELPRON) && (ob < 0 || lemma_in(&t[ob], RELPRON));
}

/* "agreed to a ceasefire brokered by Egypt", "under a deal brokered by
 * Russia": the brokering of the very deal a sentence tells of is news of
 * its own (045 toward each side), as the writers code it, not background. */
static int brokered_deal(const ctx *x, const dyad_event *ev) {
    static const char *const deals[] = {"deal", "agreement", "ceasefire", "cease-fire", "truce", "accord", "pact",
                                        "armistice", "settlement", "arrangement", "swap", "exchange", NULL};
    const dyad_token *tt = &x->t[ev->trigger];
    /* (between sides it names: not "evacuated under a deal brokered by
     * Russia") */
    if (strcmp(ev->cameo, "045") || !ev->recipient.code || !tt->lemma || !str_eq(tt->lemma, "broker") ||
        !rel_is(tt, "acl") || tt->head < 0)
        return 0;
    return lemma_in(&x->t[tt->head], deals);
}

/* "Santos and Chavez agreed to restore relations after meeting in Santa
 * Marta", "..., a week after holding talks with Assad": the subject's
 * own meeting or talks just before the main act are news of their own,
 * as the writers code them (a meeting or talks, with a recipient, in a
 * subjectless -ing clause opened by "after"). */
static int met_first(const ctx *x, const dyad_event *ev) {
    const dyad_token *vt = &x->t[ev->trigger];
    if (strncmp(ev->cameo, "04", 2) || !ev->recipient.code || !rel_is(vt, "advcl") || !vt->xpos ||
        !str_eq(vt->xpos, "VBG") || child_rel(x, ev->trigger, "nsubj") >= 0)
        return 0;
    int32_t mk = child_rel(x, ev->trigger, "mark");
    return mk >= 0 && x->t[mk].form && ascii_ieq(x->t[mk].form, "after");
}

static int denial_of_charge(const ctx *x, const dyad_event *ev) {
    return !strcmp(ev->cameo, "016") && ev->recipient.code && denies_in_relative(x, ev->trigger);
}

/* "seized the eastern Congolese city of Goma after government troops
 * fled": armed men's flight before the sentence's other side
 * (retreat_before_attackers) is news of its own, as writers code it. */
static int retreat_behind(const ctx *x, const dyad_event *ev) {
    const dyad_token *vt = &x->t[ev->trigger];
    return !strcmp(ev->cameo, "0874") && ev->recipient.code && ev->recipient.sector && vt->lemma &&
           (str_eq(vt->lemma, "flee") || str_eq(vt->lemma, "abandon"));
}

/* "urged Israel and Hamas to halt their fighting, as Israeli tanks
 * shelled the outskirts of Gaza City": an attack told in the past tense in
 * an "as" clause with a subject of its own happened meanwhile -- news, not
 * what led to the main event (writers code it; "as the junta steps up air
 * strikes" is no one act; attack_behind says which "after" clauses are
 * news). */
static int attack_meanwhile(const ctx *x, const dyad_event *ev) {
    const dyad_token *t = x->t;
    uint32_t v = ev->trigger;
    /* (so is a protest: "fired tear gas ... as tens of thousands of
     * workers marched against austerity cuts") */
    int protest = ev->cameo[0] == '1' && ev->cameo[1] == '4';
    if (!(ev->cameo[0] == '1' && (ev->cameo[1] == '8' || ev->cameo[1] == '9' || protest)) || !t[v].xpos ||
        !(str_eq(t[v].xpos, "VBD") || (protest && str_eq(t[v].xpos, "VBN"))) ||
        !(rel_is(&t[v], "advcl") || rel_is(&t[v], "parataxis") || rel_is(&t[v], "ccomp")) ||
        child_rel(x, v, "nsubj") < 0)
        return 0;
    /* (the parser may make "as" a case marker of the subject) */
    int32_t l = leftmost(x, (int32_t)v);
    return l != (int32_t)v && (rel_is(&t[l], "mark") || rel_is(&t[l], "case")) && t[l].form && ascii_ieq(t[l].form, "as");
}

/* An attack on a political leader, one person in office or once in it,
 * is an attempt to assassinate (185), a killing of one an assassination
 * (186): "A gunman shot Slovak Prime Minister Robert Fico", "Former
 * Prime Minister Shinzo Abe was shot dead". */
/* Sectors of people who are not armed forces. */
/* The sectors of people who march and protest as civilians do. */
static const char *const PROTESTING_SECTORS[] = {"CVL", "REL", "EDU", "LAB", NULL};

static int civilian_sector(const char *sector) {
    static const char *const civil[] = {"CVL", "LAB", "EDU", "HLH", "MED", "BUS", "OPP", "NGO", "REL", "AGR",
                                        "ENV", "REF", "LEG", "JUD", NULL};
    return sector_in(sector, civil);
}

/* "A U.S. drone strike killed ...", "an air strike hit a hospital": a
 * killing or an attack told with an air strike or an aircraft as its
 * subject is done from the air (195), with shells or tanks by artillery
 * (194), whatever the verb. */
static const char *weapon_code(const ctx *x, uint32_t v, const char *code) {
    static const char *const generic[] = {"180", "190", "1823", "186", NULL};
    if (!code || !ascii_ieq_any(code, generic)) return code;
    int32_t s = child_exact(x, v, "nsubj");
    /* (or a passive's agent: "was killed by a U.S. drone strike") */
    for (int32_t ch = s < 0 ? x->w->child_first[v] : -1; ch >= 0 && s < 0; ch = x->w->child_next[ch])
        if (by_agent(x, ch) && (rel_is(&x->t[ch], "obl:agent") || child_exact(x, v, "aux:pass") >= 0)) s = ch;
    /* (or the strike a passive's victims fell in: "were killed in an
     * Israeli air strike"; but a leader or commander killed in one was
     * assassinated, as the writers code "Soleimani was killed in a U.S.
     * drone strike" three times of three) */
    if (s < 0 && strcmp(code, "186")) s = strike_fallen_in(x, v);
    if (s < 0) return code;
    static const char *const aircraft[] = {"airstrike", "air-strike", "warplane", "jet", "bomber", "drone",
                                           "helicopter", "gunship", "aircraft", "airstrikes", NULL};
    static const char *const strikes[] = {"strike", "raid", "attack", "bombardment", NULL};
    static const char *const aerial[] = {"air", "drone", "aerial", "missile", NULL};
    static const char *const artillery[] = {"shell", "shelling", "artillery", "mortar", "tank", NULL};
    if (lemma_in(&x->t[s], aircraft)) return "195";
    if (lemma_in(&x->t[s], artillery)) return "194";
    if (lemma_in(&x->t[s], strikes))
        for (int32_t ch = x->w->child_first[s]; ch >= 0; ch = x->w->child_next[ch])
            if ((rel_is(&x->t[ch], "compound") || rel_is(&x->t[ch], "amod")) && lemma_in(&x->t[ch], aerial))
                return "195";
    return code;
}

/* "Thousands of Georgians rallied": the people of a country who protest
 * (a bare country code) are its civilians. */
static void protesters_are_civilians(dyad_events *e, actor_val *A, int na) {
    for (int i = 0; i < na; i++) {
        if (!A[i].code || !A[i].country) continue;
        int bare = !A[i].sector && strlen(A[i].code) == 3 && strncmp(A[i].code, "IGO", 3);
        /* (students who protest are protesters too, as writers code
         * them: nine dev events CVL, one EDU) */
        int students = A[i].sector && !strcmp(A[i].sector, "EDU") && strlen(A[i].code) == 6;
        if (bare || students) {
            char cvl[8];
            snprintf(cvl, sizeof cvl, "%.3sCVL", A[i].code);
            A[i].code = ev_strdup(e, cvl, strlen(cvl));
            A[i].sector = A[i].code + 3;
        }
    }
}

/* "Israeli settlers attacked Palestinian villagers", "police attacked the
 * protesters": an attack (190) by or on civilians is an assault (180);
 * conventional force (190) is between armed forces. */
/* Codes that the doer's role makes more specific: the military raising
 * its alert level (152, not the police's 151); police, prosecutors or
 * courts charging someone (173, CAMEO's "charge with legal action", not
 * a bare accusation -- one blind writer codes prosecutors' charges 1121,
 * two others 173) or questioning someone (091: an investigation, not
 * doubt); violent repression (175) by no state's agents is assault (182). */
static const char *code_by_role(const ctx *x, uint32_t v, const char *code, const actor_val *a) {
    if (!code || !a || !a->sector) return code;
    const char *sec = a->sector;
    static const char *const question[] = {"question", "interrogate", "quiz", "grill", NULL};
    int law = !strncmp(sec, "COP", 3) || !strncmp(sec, "JUD", 3) || !strncmp(sec, "SPY", 3);
    if (!strcmp(code, "151") && !strncmp(sec, "MIL", 3)) return "152";
    if (law && !strcmp(code, "112") && x->t[v].lemma && ascii_ieq(x->t[v].lemma, "charge")) return "173";
    if (law && ((code[0] == '1' && code[1] == '1') || !strcmp(code, "090")) && lemma_in(&x->t[v], question))
        return "091";
    /* (repression is the state's: masked men, mobs or rebels who beat
     * someone assault him, 182) */
    static const char *const nonstate[] = {"UAF", "CVL", "REB", "CRM", "PTY", "OPP", "SEP", NULL};
    if (!strcmp(code, "175") && ascii_ieq_any(sec, nonstate)) return "182";
    /* (and who bombs without an air force uses bombs, 183, not aerial
     * weapons: "Islamic State's Afghan branch bombed a Shi'ite mosque") */
    if (!strcmp(code, "195") && x->t[v].lemma && ascii_ieq(x->t[v].lemma, "bomb") &&
        (ascii_ieq_any(sec, nonstate) || (a->code && !strncmp(a->code, "IMG", 3))))
        return "183";
    /* (storming a building is a riot (145) by a crowd, an attack (190)
     * by armed men: "Masked gunmen stormed the offices of Charlie Hebdo") */
    static const char *const armed[] = {"UAF", "MIL", "REB", "COP", "SPY", NULL};
    if (!strcmp(code, "145") && x->t[v].lemma && ascii_ieq(x->t[v].lemma, "storm") &&
        (ascii_ieq_any(sec, armed) || (a->code && !strncmp(a->code, "IMG", 3))))
        return "190";
    /* (and a crowd besieging a building riots, 145, no blockade: "Chinese
     * protesters besieged the Japanese Embassy") */
    if (!strcmp(code, "191") && !strncmp(sec, "CVL", 3) && x->t[v].lemma && ascii_ieq(x->t[v].lemma, "besiege"))
        return "145";
    return code;
}

/* The foreign government whose embassy or consulate a protest of actor a
 * is at ("hurling bottles" after "besieged the Japanese Embassy",
 * "burning tyres outside the French embassy"): the first such actor in
 * the sentence, of another country than a's; 0 when there is none. */
static int embassy_target(const ctx *x, const actor_val *a, actor_val *out) {
    static const char *const missions[] = {"embassy", "consulate", "legation", "mission", NULL};
    for (uint32_t k = 0; k < x->w->n; k++) {
        if (x->w->group_of[k] < 0 || !lemma_in(&x->t[k], missions)) continue;
        actor_val tmp[MAXA];
        int n = actors_of(x->c, x->e, k, tmp, MAXA);
        if (n != 1 || !tmp[0].country || !a->country || !strcmp(tmp[0].country, a->country) ||
            (tmp[0].sector && strcmp(tmp[0].sector, "GOV")))
            continue;
        *out = tmp[0];
        /* ("torched its embassy" after Saudi Arabia: the state's
         * embassy is its government's) */
        if (!out->sector) {
            char gov[8];
            snprintf(gov, sizeof gov, "%.3sGOV", tmp[0].country);
            out->code = ev_strdup(x->e, gov, strlen(gov));
            out->sector = out->code + 3;
            out->cls = AC_ORG;
        }
        return 1;
    }
    return 0;
}

/* 1 when the actor's words name a crowd of protesters ("protesters",
 * "thousands of demonstrators", "a mob"). */
static int names_protesters(const ctx *x, const actor_val *a) {
    static const char *const crowd[] = {"protester", "demonstrator", "rioter", "mob", "crowd", "marcher", NULL};
    /* (and workers on strike: "opened fire on striking miners") */
    static const char *const strikers[] = {"striking", "striker", NULL};
    int labour = a && a->sector && !strcmp(a->sector, "LAB");
    /* (people the text says are protesting: "attacked students
     * protesting against President Daniel Ortega") */
    static const char *const protesting[] = {" protesting", " demonstrating", " rallying", " marching", NULL};
    if (a && a->sector && (!strcmp(a->sector, "CVL") || !strcmp(a->sector, "EDU") || labour) && x->e->text &&
        a->end > a->start && a->end < x->e->text_len)
        for (int k = 0; protesting[k]; k++) {
            size_t pl = strlen(protesting[k]);
            if (a->end + pl <= x->e->text_len && !strncmp(x->e->text + a->end, protesting[k], pl)) return 1;
        }
    if (!a || !a->sector || (strcmp(a->sector, "CVL") && !labour) || !x->e->text || a->end <= a->start ||
        a->end > x->e->text_len || a->end - a->start >= 200)
        return 0;
    char low[200];
    size_t len = a->end - a->start;
    for (size_t i = 0; i < len; i++) low[i] = (char)ascii_lower((unsigned char)x->e->text[a->start + i]);
    low[len] = 0;
    for (int k = 0; crowd[k] && !labour; k++)
        if (strstr(low, crowd[k])) return 1;
    for (int k = 0; strikers[k] && labour; k++)
        if (strstr(low, strikers[k])) return 1;
    /* (the participle before the role's own words: "striking miners") */
    static const char before[] = "striking ";
    size_t bl = sizeof before - 1;
    if (labour && a->start >= bl) {
        int same = 1;
        for (size_t i = 0; i < bl && same; i++)
            same = ascii_lower((unsigned char)x->e->text[a->start - bl + i]) == (unsigned char)before[i];
        if (same) return 1;
    }
    return 0;
}

/* 1 when the sentence places its events at protests: "during
 * pro-independence demonstrations", "at a rally". */
static int during_protests(const ctx *x) {
    static const char *const protests[] = {"protest", "demonstration", "rally", "march", "sit-in", NULL};
    static const char *const at[] = {"during", "at", "amid", "as", "on", "in", NULL};
    static const char *const sites[] = {"camp", "encampment", "site", "tent", "square", NULL};
    static const char *const protesting[] = {"protest", "demonstrate", "march", "rally", NULL};
    for (uint32_t k = 0; k < x->w->n; k++) {
        /* (or people protesting, marching or rallying as it happened:
         * "shot dead eight people as thousands marched", "Palestinians
         * protesting along the border fence") */
        if (lemma_in(&x->t[k], protesting) && x->t[k].upos && str_eq(x->t[k].upos, "VERB")) return 1;
        /* (or at their camp: "cleared two Cairo protest camps") */
        int32_t h = x->t[k].head;
        if (lemma_in(&x->t[k], protests) && rel_is(&x->t[k], "compound") && h >= 0 && lemma_in(&x->t[h], sites))
            return 1;
        /* (or broken up: "fired tear gas to break up an anti-government
         * march by thousands of Buddhist monks") */
        static const char *const dispersing[] = {"break", "disperse", "crush", "scatter", "clear", NULL};
        if (lemma_in(&x->t[k], protests) && rel_is(&x->t[k], "obj") && h >= 0 && lemma_in(&x->t[h], dispersing))
            return 1;
        if (!lemma_in(&x->t[k], protests) || !(rel_is(&x->t[k], "obl") || rel_is(&x->t[k], "nmod"))) continue;
        for (int32_t ch = x->w->child_first[k]; ch >= 0; ch = x->w->child_next[ch])
            if (rel_is(&x->t[ch], "case") && lemma_in(&x->t[ch], at)) return 1;
    }
    return 0;
}

/* 1 when the sentence tells of workers on strike: "opened fire on oil
 * workers who had been on strike against a state energy company". */
static int on_strike(const ctx *x) {
    static const char *const strikes[] = {"strike", "walkout", "stoppage", NULL};
    for (uint32_t k = 0; k < x->w->n; k++)
        if (x->t[k].upos && str_eq(x->t[k].upos, "NOUN") && lemma_in(&x->t[k], strikes) && case_of(x, k) == x->c->fw[FW_ON])
            return 1;
    return 0;
}

/* 1 when r is named in a with-phrase of the verb or of its object:
 * "signed four cooperation accords with his Greek counterpart" (not the
 * place or broker a recipient may also come from). */
static int signed_with(ctx *x, uint32_t v, const actor_val *r) {
    int32_t hosts[2] = {(int32_t)v, child_rel(x, v, "obj")};
    for (int h = 0; h < 2; h++)
        for (int32_t ch = hosts[h] >= 0 ? x->w->child_first[hosts[h]] : -1; ch >= 0; ch = x->w->child_next[ch]) {
            if (!(rel_is(&x->t[ch], "obl") || rel_is(&x->t[ch], "nmod")) || case_of(x, (uint32_t)ch) != x->c->fw[FW_WITH])
                continue;
            actor_val W[MAXA];
            int nw = actors_of(x->c, x->e, (uint32_t)ch, W, MAXA);
            for (int k = 0; k < nw; k++)
                if (W[k].code && r->code && !strcmp(W[k].code, r->code)) return 1;
        }
    return 0;
}

static const char *attack_on_civilians(const ctx *x, const char *code, const actor_val *a, const actor_val *r) {
    /* "Police fired on thousands of protesters", "troops stormed the
     * protest camp": force by the state's police or army on protesters is
     * violent repression (175) */
    /* (also killing many of them: "security forces killed dozens of
     * rioters") */
    if (code && ((code[0] == '1' && (code[1] == '8' || code[1] == '9')) || (code[0] == '2' && code[1] == '0')) && a &&
        a->sector && a->country && (!strncmp(a->sector, "COP", 3) || !strncmp(a->sector, "MIL", 3)) && r &&
        r->country && !strcmp(r->country, a->country) &&
        (names_protesters(x, r) ||
         /* (civilians, monks, students or workers, as protesters) */
         (r->sector && sector_in(r->sector, PROTESTING_SECTORS) && during_protests(x)) ||
         /* (and on the opposition: "Guinean soldiers opened fire on
          * opposition supporters at a stadium") */
         (r->sector && !strcmp(r->sector, "OPP")) ||
         /* (and on workers on strike) */
         (r->sector && !strcmp(r->sector, "LAB") && on_strike(x)) ||
         /* (and police who assault or kill their own public (182x):
          * "Nicaraguan police attacked students occupying a campus") */
         (!strncmp(a->sector, "COP", 3) && !strncmp(code, "182", 3) && r->sector && civilian_sector(r->sector))))
        return "175";
    /* "Protesters set fire to parliament", "rioters torched buildings":
     * protesters who destroy property riot (145) */
    if (code && !strncmp(code, "171", 3) &&
        (names_protesters(x, a) || (a && a->sector && !strcmp(a->sector, "CVL") && during_protests(x))))
        return "145";
    /* "anti-government protesters occupied Bangkok's main international
     * airport": people who occupy a place block it (144); occupying
     * territory (192) is for armed forces */
    if (code && !strncmp(code, "192", 3) && a && (names_protesters(x, a) || (a->sector && civilian_sector(a->sector))))
        return "144";
    if (!code || strcmp(code, "190")) return code;
    /* "Protesters attacked the embassies of Rwanda, France and the United
     * States": protesters who attack riot (145) */
    if (names_protesters(x, a)) return "145";
    if ((r && r->sector && civilian_sector(r->sector)) || (a && a->sector && civilian_sector(a->sector))) return "180";
    return code;
}

/* "Supporters of Mousavi clashed with riot police", "farmers ... clashed
 * with riot police": a clash between a state's police or army and its
 * own people (protesters, opposition, workers, farmers, students) is a
 * riot on the people's side (145) and violent repression on the state's
 * (175), not armed combat (190) or an assault (180). */
static const char *clash_at_home(const ctx *x, uint32_t v, const char *code, const actor_val *a, const actor_val *r) {
    static const char *const clash[] = {"clash", "scuffle", NULL};
    static const char *const people[] = {"CVL", "OPP", "LAB", "AGR", "EDU", "REL", NULL};
    static const char *const force[] = {"COP", "MIL", NULL};
    if (!code || (strcmp(code, "190") && strcmp(code, "180")) || !a || !r || !a->sector || !r->sector ||
        !a->country || !r->country || strcmp(a->country, r->country) || !lemma_in(&x->t[v], clash))
        return code;
    if (sector_in(a->sector, people) && sector_in(r->sector, force)) return "145";
    if (sector_in(a->sector, force) && sector_in(r->sector, people)) return "175";
    return code;
}

/* "Russian special forces stormed a school in Beslan where Chechen
 * separatists had been holding over a thousand hostages", "commandos
 * stormed the Red Mosque ... militants holed up inside", "stormed the
 * building, ending a three-day siege by Chechen rebels": the armed men a
 * state's forces storm a place to end a hostage-taking or a siege by are
 * the ones fought (190), as the blind writers code it; returns that
 * armed side's token, or -1. */
static int32_t hostage_takers_stormed(ctx *x, uint32_t v, const actor_val *a) {
    static const char *const storming[] = {"storm", "raid", NULL};
    static const char *const force[] = {"MIL", "COP", "SPY", NULL};
    static const char *const armed[] = {"REB", "SEP", "UAF", "CRM", NULL};
    static const char *const holding[] = {"hold", "take", "keep", NULL};
    static const char *const hostages[] = {"hostage", "captive", NULL};
    const dyad_token *t = x->t;
    const sent_work *w = x->w;
    if (!lemma_in(&t[v], storming) || !a || !sector_in(a->sector, force)) return -1;
    for (uint32_t k = 0; k < w->n; k++) {
        if (w->group_of[k] < 0) continue;
        actor_val D[MAXA];
        int nd = actors_of(x->c, x->e, k, D, MAXA);
        if (!nd || !D[0].code || !(sector_in(D[0].sector, armed) || !strncmp(D[0].code, "IMG", 3))) continue;
        int32_t h = t[k].head;
        int held = 0;
        /* (the subject of holding or taking hostages -- "hundreds of
         * hostages": the measure's of-noun too) */
        if ((rel_is(&t[k], "nsubj") || (h >= 0 && lemma_in(&t[k], RELPRON))) && h >= 0 && lemma_in(&t[h], holding))
            for (int32_t ch = w->child_first[h]; ch >= 0 && !held; ch = w->child_next[ch]) {
                held = lemma_in(&t[ch], hostages);
                for (int32_t gc = w->child_first[ch]; gc >= 0 && !held; gc = w->child_next[gc])
                    held = rel_is(&t[gc], "nmod") && lemma_in(&t[gc], hostages);
            }
        /* (its relative clause's: "rebels who had taken 800 people hostage") */
        for (int32_t ch = w->child_first[k]; ch >= 0 && !held; ch = w->child_next[ch]) {
            if (!(rel_is(&t[ch], "acl:relcl") || rel_is(&t[ch], "acl"))) continue;
            if (t[ch].lemma && ascii_ieq(t[ch].lemma, "hole")) held = 1; /* "holed up inside" */
            for (int32_t gc = lemma_in(&t[ch], holding) ? w->child_first[ch] : -1; gc >= 0 && !held; gc = w->child_next[gc])
                held = lemma_in(&t[gc], hostages);
        }
        /* ("militants holed up inside", however "holed" was hung) */
        if (!held && k + 1 < w->n && t[k + 1].lemma && ascii_ieq(t[k + 1].lemma, "hole")) held = 1;
        /* (the one a siege is by) */
        if (!held && h >= 0 && t[h].lemma && ascii_ieq(t[h].lemma, "siege") && case_of(x, k) == x->c->fw[FW_BY]) held = 1;
        if (held) return (int32_t)k;
    }
    return -1;
}

/* "Ethnic Albanian guerrillas battled Macedonian troops", "Chadian rebels
 * fought government troops": a battle fought between two armed sides is
 * fought by both, so it goes both ways (as every blind writer codes
 * "battled"); a clash between armed sides is left one way, since writers
 * split on it (a clash at home, clash_at_home, goes both ways). */
static int fought_both_ways(const ctx *x, uint32_t v, int noun, int passive, const char *code, const actor_val *a,
                            const actor_val *r) {
    /* (and clashes and exchanges of fire, which the blind writers code
     * both ways between armed sides, 24 rows to 2: "Mexican soldiers
     * clashed with gunmen", "Ecuadorean soldiers exchanged fire with rebel
     * police officers") */
    static const char *const battle[] = {"battle", "fight", "clash", "skirmish", NULL};
    static const char *const exchange[] = {"exchange", "trade", NULL};
    static const char *const fire[] = {"fire", "gunfire", "shot", "shell", "volley", NULL};
    static const char *const armed[] = {"MIL", "REB", "SEP", "CRM", NULL};
    int32_t ob = !noun ? child_rel(x, v, "obj") : -1;
    int exchanged = lemma_in(&x->t[v], exchange) && ob >= 0 && lemma_in(&x->t[ob], fire);
    /* (and fighting an attack set off: "sparking clashes with government
     * troops") */
    if (noun || passive || !code || code[0] != '1' || code[1] != '9' ||
        !(lemma_in(&x->t[v], battle) || exchanged || sparked_fighting(x, v)) || !a || !r || !a->code || !r->code)
        return 0;
    int a_armed = sector_in(a->sector, armed) || !strncmp(a->code, "IMG", 3);
    int r_armed = sector_in(r->sector, armed) || !strncmp(r->code, "IMG", 3);
    return a_armed && r_armed && strcmp(a->code, r->code);
}

/* "Hezbollah guerrillas captured two Israeli soldiers", "Iranian naval
 * forces seized 15 British sailors": people captured or seized by an
 * armed group, or by another country's forces, are abducted (181), not
 * arrested (173) nor seized as property (171); people a state's own
 * forces seize at home are arrested (173). */
static const char *taking_people(const ctx *x, uint32_t v, const char *code, const actor_val *a, const actor_val *r) {
    static const char *const take[] = {"capture", "seize", "snatch", "grab", NULL};
    static const char *const people[] = {"MIL", "CVL", "GOV", "COP", "OPP", "REB", "ELI", "LEG", "JUD", "REF",
                                         "REL", "LAB", "CRM", "SPY", "AGR", "SEP", "PTY", NULL};
    static const char *const armed_groups[] = {"UAF", "REB", "CRM", "SEP", NULL};
    /* (peacekeepers are people too: "seized nearly 500 U.N.
     * peacekeepers") */
    size_t rl = r && r->code ? strlen(r->code) : 0;
    int peacekeepers = rl > 3 && !strcmp(r->code + rl - 3, "PKO");
    if (!code || !a || !r || (!r->sector && !peacekeepers) || (strcmp(code, "173") && strcmp(code, "171")) ||
        !(peacekeepers || ascii_ieq_any(r->sector, people)) || !lemma_in(&x->t[v], take))
        return code;
    /* (a place named for who holds it is taken, not its people: "Seleka
     * rebels seized Bangui", "captured an army outpost" -- 192) */
    static const char *const held[] = {"outpost", "base", "post", "position", "camp", "checkpoint", "barracks",
                                       "garrison", "airport", "airbase", "headquarters", "stronghold", "compound",
                                       "palace", "building", "station", "bastion", NULL};
    int32_t o = child_rel(x, v, "obj");
    int32_t mo = o >= 0 ? x->w->mention_of[o] : -1;
    if (o >= 0 && (lemma_in(&x->t[o], held) || lemma_in(&x->t[o], PLACE_NOUNS) ||
                   (mo >= 0 && x->w->m[mo].kind == AK_METONYM)))
        return "192";
    int armed_group = (a->sector && ascii_ieq_any(a->sector, armed_groups)) || (a->code && !strncmp(a->code, "IMG", 3));
    int abroad = a->country && r->country && strcmp(a->country, r->country);
    if (armed_group || abroad) return "181";
    return "173";
}

/* "accused Ethiopian troops of executing civilians ..., saying the
 * abuses amounted to war crimes": an accusation (112) in a sentence that
 * names the acts war crimes, crimes against humanity, genocide or ethnic
 * cleansing is one of war crimes (1124). */
static const char *war_crimes_named(const ctx *x, const char *code) {
    if (!code || strcmp(code, "112")) return code;
    const dyad_token *t = x->t;
    for (uint32_t k = 1; k < x->w->n; k++) {
        const char *l = t[k].lemma, *p = t[k - 1].lemma;
        if (!l || !p) continue;
        if ((ascii_ieq(l, "crime") && ascii_ieq(p, "war")) || (ascii_ieq(l, "cleansing") && ascii_ieq(p, "ethnic")) ||
            (ascii_ieq(l, "humanity") && ascii_ieq(p, "against")) || ascii_ieq(l, "genocide"))
            return "1124";
    }
    return code;
}

/* Gunmen, rebels (insurgents are folded into REB) and transnational
 * militant groups: armed, and no state's. */
static int nonstate_armed(const char *code, const char *sector) {
    static const char *const armed_sectors[] = {"UAF", "REB", "SEP", NULL};
    return (code && (!strncmp(code, "IMG", 3) || !strcmp(code, "UAF"))) || (sector && ascii_ieq_any(sector, armed_sectors));
}

/* "Boko Haram militants killed at least 29 students", "Islamic State
 * militants killed at least 80 Yazidi men": dozens of civilians killed
 * by an armed group are a massacre (202), as the writers code it; the
 * state's killings and smaller numbers keep their code. */
static const char *massacre(ctx *x, uint32_t v, const char *code, const actor_val *a, const actor_val *r) {
    static const char *const civilians[] = {"CVL", "EDU", "REL", "REF", "LAB", "AGR", "HLH", NULL};
    static const char *const dozens[] = {"dozen", "score", NULL};
    int32_t o = child_rel(x, v, "obj");
    /* ("killed dozens of people": the verb list's 202 by a word count) */
    int by_dozens = code && !strcmp(code, "202") && x->t[v].lemma && ascii_ieq(x->t[v].lemma, "kill") && o >= 0 &&
                    lemma_in(&x->t[o], dozens);
    if (!code || (strcmp(code, "1823") && !by_dozens) || !a || !r || !r->sector || !ascii_ieq_any(r->sector, civilians))
        return code;
    if (!nonstate_armed(a->code, a->sector)) return code;
    long victims = by_dozens ? 36 : o >= 0 ? count_of(x, (uint32_t)o) : 0;
    if (victims < 25) return code;
    /* ("killed at least 79 civilians in an attack on the town": fewer than
     * a hundred killed in an attack or a raid are that attack, 180; the
     * writers keep 202 for a hundred and more) */
    static const char *const attacks[] = {"attack", "raid", "assault", "ambush", "rampage", NULL};
    /* (the phrase hung on the verb, or on its object) */
    int32_t hosts[2] = {(int32_t)v, o};
    for (int hi = 0; hi < 2 && victims < 100; hi++)
        for (int32_t ch = hosts[hi] >= 0 ? x->w->child_first[hosts[hi]] : -1; ch >= 0; ch = x->w->child_next[ch])
            if ((rel_is(&x->t[ch], "obl") || rel_is(&x->t[ch], "nmod")) && case_of(x, (uint32_t)ch) == x->c->fw[FW_IN] &&
                lemma_in(&x->t[ch], attacks)) {
                explain(x, "'%s' %ld in an %s: the attack, 180", x->t[v].form, victims, x->t[ch].form);
                return "180";
            }
    return "202";
}

/* "The European Union imposed travel bans and asset freezes on Ukrainian
 * officials": restrictions (172) that one state or organisation imposes
 * on another country's people are sanctions (163); at home they stay
 * administrative (172). */
static const char *sanction_abroad(const char *code, const actor_val *a, const actor_val *r) {
    if (!code || strcmp(code, "172") || !r || !r->country || !a || !a->code) return code;
    int igo = !strncmp(a->code, "IGO", 3);
    if (igo || (a->country && strcmp(a->country, r->country))) return "163";
    return code;
}

static const char *attack_on_leader(const char *code, const actor_val *r, int killed) {
    static const char *const leaders[] = {"GOV", "ELI", "OPP", "LEG", "PTY", "MIL", NULL};
    if (!code || r->cls != AC_PERSON || !r->sector) return code;
    int leader = 0;
    for (int i = 0; leaders[i] && !leader; i++) leader = !strcmp(r->sector, leaders[i]);
    if (!leader) return code;
    /* (a strike that killed him keeps its weapon: "A U.S. drone strike
     * killed Major General Qassem Soleimani" is 195, as six of nine dev
     * rows code it; other killings of him are 186) */
    if (killed && (!strcmp(code, "195") || !strcmp(code, "194"))) return code;
    if (!strcmp(code, "1823") || !strcmp(code, "186") || (killed && code[0] >= '1' && code[0] <= '2' &&
                                                         (code[1] == '8' || code[1] == '9')))
        return "186";
    static const char *const attacks[] = {"180", "182", "1821", "1822", "183", "1831", "1832", "1833",
                                          "190", "193", "194", "195", NULL};
    for (int i = 0; attacks[i]; i++)
        if (!strcmp(code, attacks[i])) return "185";
    return code;
}

/* "U.S. special forces killed al-Qaeda leader Osama bin Laden in a raid",
 * "Maoist rebels ambushed and killed 75 paramilitary policemen": a killing
 * between a state's armed forces (army, police) and an armed group (rebels,
 * a transnational militant group, unknown gunmen) is combat, conventional
 * force (190) -- of small arms in a gunfight (193), of aerial weapons in a
 * bombing or air raid (195) -- not a murder (1823), nor the assassination
 * (186) of the armed group's leader by the forces. */
static const char *killing_in_combat(const ctx *x, uint32_t v, const char *code, const actor_val *a,
                                     const actor_val *r) {
    /* (and a killing the patterns already made combat, 190, gets its
     * weapon: "killed four suspected gunmen in a gunfight") */
    if (!code || (strcmp(code, "1823") && strcmp(code, "186") && strcmp(code, "190")) || !a || !r || !a->code ||
        !r->code)
        return code;
    static const char *const forces[] = {"MIL", "COP", NULL};
    int a_state = a->sector && ascii_ieq_any(a->sector, forces);
    int r_state = r->sector && ascii_ieq_any(r->sector, forces);
    int a_armed = (a->sector && !strcmp(a->sector, "REB")) || !strncmp(a->code, "IMG", 3) || !strcmp(a->code, "UAF");
    int r_armed = (r->sector && !strcmp(r->sector, "REB")) || !strncmp(r->code, "IMG", 3) || !strcmp(r->code, "UAF");
    /* (an armed group that kills a general or a police chief
     * assassinates him, 186) */
    if (!(a_state && r_armed) && !(a_armed && r_state && strcmp(code, "186"))) return code;
    static const char *const gunfight[] = {"gunfight", "shootout", "firefight", "gunbattle", "shoot-out", NULL};
    static const char *const air[] = {"air", "drone", "aerial", "bombing", "bomb", "missile", NULL};
    static const char *const raids[] = {"raid", "strike", "attack", NULL};
    /* (the phrase may hang on the verb or on its object: "killed four
     * suspected assailants in a gunfight") */
    int32_t hosts[2] = {(int32_t)v, child_rel(x, v, "obj")};
    for (int hi = 0; hi < 2; hi++)
        for (int32_t ch = hosts[hi] >= 0 ? x->w->child_first[hosts[hi]] : -1; ch >= 0; ch = x->w->child_next[ch]) {
            if (!rel_is(&x->t[ch], "obl") && !rel_is(&x->t[ch], "nmod")) continue;
            if (lemma_in(&x->t[ch], gunfight)) return "193";
            if (lemma_in(&x->t[ch], raids))
                for (int32_t m = x->w->child_first[ch]; m >= 0; m = x->w->child_next[m])
                    if ((rel_is(&x->t[m], "compound") || rel_is(&x->t[m], "amod")) && lemma_in(&x->t[m], air))
                        return "195";
        }
    return weapon_code(x, v, "190");
}

/* 1 when statement trigger v only attributes what its sentence tells:
 * the reporting verb follows the clause it reports ("Cholera has killed
 * 1,800 people in Sudan, the WHO said"), unless that is a quotation, or
 * sits in a relative clause ("a man wielding what police said was a
 * homemade gun"). */
static int attribution_only(const ctx *x, uint32_t v) {
    const dyad_token *t = x->t;
    /* (a relative clause of the root noun is the misparse of a main
     * clause: "Indian Finance Minister X said ..." read as "Finance" + relcl) */
    if (t[v].deprel && str_eq(t[v].deprel, "acl:relcl") && t[v].head >= 0 && t[t[v].head].head >= 0) return 1;
    /* a quotation's speaker made the statement: "'We will not
     * surrender,' the commander said" */
    for (uint32_t i = 0; i < v; i++)
        if (t[i].xpos && (str_eq(t[i].xpos, "``") || str_eq(t[i].xpos, "''"))) return 0;
    if (rel_is(&t[v], "parataxis") && t[v].head >= 0 && (uint32_t)t[v].head < v) return 1;
    int32_t subject = -1;
    for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch]) {
        if ((rel_is(&t[ch], "ccomp") || rel_is(&t[ch], "parataxis")) && (uint32_t)ch < v) return 1;
        if (rel_is(&t[ch], "nsubj") && (uint32_t)ch < v) subject = ch;
        /* (what it says follows it: "the minister said that ...") */
        if ((uint32_t)ch > v && (rel_is(&t[ch], "ccomp") || rel_is(&t[ch], "xcomp") ||
                                 rel_is(&t[ch], "obj") || rel_is(&t[ch], "parataxis")))
            return 0;
    }
    /* "..., emergency officials said": a root statement whose subject
     * follows a comma closes the sentence that reports, whatever the
     * parse made of the clause before it ("Floods caused by melting
     * glaciers swept away ..." with "swept" read as an adjective) */
    if (subject > 1 && t[v].head < 0) {
        int32_t first = leftmost(x, subject);
        if (first > 1 && t[first - 1].form && str_eq(t[first - 1].form, ",")) return 1;
    }
    return 0;
}

/* 1 when the clause statement v reports names no actor and tells no act
 * ("Officials said the toll was expected to rise"; but "Turkey said the
 * plan was agreed" tells an act whose doers it does not name: the
 * statement stays). */
static int reports_no_actor(const ctx *x, uint32_t v) {
    const dyad_token *t = x->t;
    int32_t cc = -1;
    for (int32_t ch = x->w->child_first[v]; ch >= 0 && cc < 0; ch = x->w->child_next[ch])
        if (rel_is(&t[ch], "ccomp") && (uint32_t)ch > v) cc = ch;
    if (cc < 0) return 0;
    /* (the clause's words may come before its head: "said the attacks
     * would continue") */
    for (uint32_t k = v + 1; k < x->w->n; k++) {
        int32_t up = (int32_t)k;
        for (int d = 0; d < 64 && up >= 0 && up != cc; d++) up = t[up].head;
        if (up == cc && (x->w->mention_of[k] >= 0 || x->w->has[k])) return 0;
    }
    for (uint32_t k = v + 1; k < (uint32_t)cc; k++)
        if (x->w->mention_of[k] >= 0) return 0;
    return 1;
}

/* A sentence whose only events are plain statements (010, "said") that
 * attribute its content keeps none: the news is what was said, and when
 * that codes nothing ("Cholera has killed 1,800 people, the WHO said")
 * neither does its source.  A statement the coder read a kind into
 * (012 pessimism, 016 denial, ...) is the sentence's event and stays. */
static void drop_bare_attributions(ctx *x) {
    dyad_events *e = x->e;
    size_t k = x->ev_first;
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if (!strcmp(ev->cameo, "010") && !ev->recipient.code && reports_no_actor(x, ev->trigger)) {
            explain(x, "dropped 010 %s ('%s'): what it says names no actor",
                    ev->actor.code ? ev->actor.code : "-", ev->verb ? ev->verb : "");
            continue;
        }
        if (!strcmp(ev->cameo, "010") && attribution_only(x, ev->trigger)) {
            explain(x, "dropped 010 %s ('%s'): it only attributes its sentence",
                    ev->actor.code ? ev->actor.code : "-", ev->verb ? ev->verb : "");
            continue;
        }
        if (k != i) e->ev[k] = *ev;
        e->ev[k].index = k - x->ev_first;
        k++;
    }
    e->n = k;
}

/* "Germany has delivered air defence systems to Ukraine, the defence
 * minister said": a sentence that reports an event has it as its event;
 * its statements (01x: who said so, "according to") are attribution, not
 * events of their own; and what it tells as background (background()) is
 * not coded beside its main event.  Wire copy attributes nearly every
 * sentence; none of the dev sets' gold codes a statement beside another
 * event, nor background beside the main event. */
/* 1 when token a is b or one of b's ancestors. */
static int ancestor_of(const ctx *x, uint32_t a, uint32_t b) {
    for (int32_t k = (int32_t)b, steps = 0; k >= 0 && steps <= (int32_t)x->w->n; k = x->t[k].head, steps++)
        if ((uint32_t)k == a) return 1;
    return 0;
}

/* "said he was hopeful that his summit with Pakistani President Pervez
 * Musharraf would open a new chapter": an event noun inside what an actor
 * is optimistic or pessimistic about (012, 013) is its topic, not an event
 * of its own; the statement names the noun's partner if it names no one. */
static void topic_nouns(ctx *x) {
    dyad_events *e = x->e;
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *st = &e->ev[i];
        if (strcmp(st->cameo, "012") && strcmp(st->cameo, "013")) continue;
        for (size_t j = x->ev_first; j < e->n; j++) {
            dyad_event *nv = &e->ev[j];
            if (j == i || !nv->cameo[0] || !x->t[nv->trigger].upos || !str_eq(x->t[nv->trigger].upos, "NOUN") ||
                nv->trigger == st->trigger || !ancestor_of(x, st->trigger, nv->trigger))
                continue;
            explain(x, "dropped %s ('%s'): the topic of %s", nv->cameo, nv->verb ? nv->verb : "", st->cameo);
            if (!st->recipient.code && nv->recipient.code &&
                !(st->actor.code && !strcmp(st->actor.code, nv->recipient.code)))
                st->recipient = nv->recipient;
            nv->cameo[0] = 0;
            nv->cameo[1] = 'X'; /* (explained) */
        }
    }
}

/* The to-infinitive complement of v ("pledged to work"), or -1. */
static int32_t to_complement(const ctx *x, uint32_t v) {
    for (int32_t ch = x->w->child_first[v]; ch >= 0; ch = x->w->child_next[ch])
        if ((rel_is(&x->t[ch], "xcomp") || rel_is(&x->t[ch], "advcl")) && to_clause(x, (uint32_t)ch)) return ch;
    return -1;
}

/* 1 when v has a to-complement whose object is not the subjects' own
 * ("pledged to work toward denuclearisation", not "promised to increase
 * their contributions"). */
static int own_things(const ctx *x, int32_t v);
static int jointly_pledged(const ctx *x, uint32_t v) {
    int32_t tc = to_complement(x, v);
    return tc >= 0 && !own_things(x, tc);
}

/* 1 when the object of clause v is the subjects' own ("promised to
 * increase their contributions"): each does it for itself. */
static int own_things(const ctx *x, int32_t v) {
    int32_t o = child_rel(x, (uint32_t)v, "obj");
    for (int32_t ch = o >= 0 ? x->w->child_first[o] : -1; ch >= 0; ch = x->w->child_next[ch])
        if (x->t[ch].deprel && str_eq(x->t[ch].deprel, "nmod:poss") && x->w->form_id[ch] == x->c->fw[FW_THEIR])
            return 1;
    return 0;
}

/* "A suicide bomber blew himself up in a crowded mosque ..., and Islamic
 * State claimed responsibility": an armed group's claim (015) makes it
 * the doer of the attacks (18x-20x) told before it, in this sentence or
 * the one before, by unknown attackers or by rebels the text does not
 * name. */
static void claimed_attacks(ctx *x) {
    dyad_events *e = x->e;
    const dyad_token *t = x->t;
    static const char *const credit[] = {"responsibility", "credit", NULL};
    static const char *const attacks[] = {"attack", "bombing", "assault", "raid", "killing", "ambush", "strike",
                                          "blast", NULL};
    for (uint32_t k = 0; k < x->w->n; k++) {
        /* (the cheap test first: this runs on every word) */
        if (!t[k].lemma || !(ascii_ieq(t[k].lemma, "claim") || ascii_ieq(t[k].lemma, "carry"))) continue;
        int32_t o = child_rel(x, k, "obj");
        /* (or an attack claimed by someone: "in an attack claimed by
         * Islamic State", "Drone attacks claimed by Yemen's Houthi
         * movement" -- the by-agent is the doer of the sentence's attacks) */
        int by_claim = o < 0 && ascii_ieq(t[k].lemma, "claim") && rel_is(&t[k], "acl") && t[k].xpos &&
                       str_eq(t[k].xpos, "VBN") && t[k].head >= 0 && lemma_in(&t[t[k].head], attacks);
        if (o < 0 && !by_claim) continue;
        /* a claim: "claimed responsibility"; or, in what the group said,
         * having carried out the attack just told ("al Shabaab militants
         * said they had carried out the attack") */
        int claim = by_claim || (ascii_ieq(t[k].lemma, "claim") && lemma_in(&t[o], credit));
        int carried = 0;
        if (!claim && ascii_ieq(t[k].lemma, "carry") && lemma_in(&t[o], attacks) && rel_is(&t[k], "ccomp") &&
            t[k].head >= 0 && t[t[k].head].lemma && ascii_ieq(t[t[k].head].lemma, "say"))
            for (int32_t ch = x->w->child_first[o]; ch >= 0 && !carried; ch = x->w->child_next[ch])
                carried = rel_is(&t[ch], "det") && t[ch].form && ascii_ieq(t[ch].form, "the");
        if (!claim && !carried) continue;
        actor_val C[MAXA];
        if ((by_claim ? passive_agent(x, k, C, MAXA) : actors_subject(x, k, C, MAXA, 0, NULL)) != 1 || !C[0].code)
            continue;
        int armed = !strncmp(C[0].code, "IMG", 3) || (C[0].sector && !strcmp(C[0].sector, "REB"));
        if (!armed) continue;
        int claimed = 0;
        for (size_t j = 0; j < e->n; j++) {
            dyad_event *at = &e->ev[j];
            /* (or one the claim itself tells: "claimed responsibility for
             * the attack ..., in which gunmen killed 12 people") */
            int inside = 0;
            if (at->sentence == x->e->memo.sentence && at->trigger > k && at->trigger < x->w->n)
                for (int32_t h = (int32_t)at->trigger, up = 0; h >= 0 && up < 32 && !inside; h = t[h].head, up++)
                    inside = h == (int32_t)k;
            if (by_claim && at->sentence != x->e->memo.sentence) continue;
            if (at->sentence + 1 < x->e->memo.sentence || !at->actor.code ||
                (at->sentence == x->e->memo.sentence && at->trigger >= k && !inside && !by_claim))
                continue;
            int violent = violent_code(at->cameo);
            int unknown = !strcmp(at->actor.code, "UAF") ||
                          (at->actor.sector && !strcmp(at->actor.sector, "REB") && !at->actor.name);
            if (!violent || !unknown || !strcmp(at->actor.code, C[0].code)) continue;
            explain(x, "%s ('%s') is %s's: it claimed it", at->cameo, at->verb ? at->verb : "", C[0].code);
            /* (the claim's recipient was that act's unknown doer: it is
             * now the act's target) */
            for (size_t q = x->ev_first; q < e->n; q++)
                if (e->ev[q].trigger == k && !strcmp(e->ev[q].cameo, "015") && e->ev[q].recipient.code &&
                    !strcmp(e->ev[q].recipient.code, at->actor.code))
                    e->ev[q].recipient = at->recipient;
            at->actor.code = C[0].code;
            at->actor.country = C[0].country;
            at->actor.sector = C[0].sector;
            at->actor.name = C[0].name;
            claimed = 1;
        }
        /* (the claim's own "carried out the attack" is that attack
         * again, not a second one) */
        for (size_t j = x->ev_first; (by_claim || (claimed && carried)) && j < e->n; j++)
            if (e->ev[j].trigger == k || (o >= 0 && e->ev[j].trigger == (uint32_t)o)) {
                explain(x, "dropped %s ('%s'): the claim of the attack told before", e->ev[j].cameo,
                        e->ev[j].verb ? e->ev[j].verb : "");
                e->ev[j].cameo[0] = 0;
                e->ev[j].cameo[1] = 'X';
            }
    }
}

/* "shelled central Monrovia on Monday, killing dozens of civilians",
 * "stormed a Turkish aid ship ..., killing nine Turkish activists": an
 * attack on a place (its country, no sector) whose -ing clause says which
 * civilians it killed there is an attack on them, as the blind writers
 * code it (not on soldiers: "shelled South Korea's Yeonpyeong island,
 * killing two marines" stays an attack on South Korea). */
/* 1 when verb v's object is a role word and nothing more ("people",
 * "hostages"), its country no word of the text's ("19 Palestinians",
 * "Israeli civilians" say theirs). */
static int bare_role_object(const ctx *x, uint32_t v) {
    int32_t o = child_rel(x, v, "obj");
    if (o < 0 || x->w->group_of[o] < 0) return 0;
    const group *g = &x->w->g[x->w->group_of[o]];
    if (g->n_mentions != 1) return 0;
    int32_t mi = x->w->mention_of[o];
    return mi >= 0 && x->w->m[mi].kind == AK_AGENT;
}

static void victims_of_a_place(ctx *x) {
    dyad_events *e = x->e;
    const dyad_token *t = x->t;
    /* ("stormed into southern Israel, killing about 1,200 people and
     * taking more than 200 hostages": people an armed group kills or takes
     * in its -ing clauses, given its own country for want of another, are
     * the attacked place's) */
    for (size_t i = x->ev_first; i < e->n; i++) {
        const dyad_event *ev = &e->ev[i];
        if (!violent_code(ev->cameo) || !strncmp(ev->cameo, "192", 3) || !ev->recipient.code ||
            !ev->recipient.country || ev->recipient.sector || !ev->actor.code || !ev->actor.country ||
            !strcmp(ev->recipient.country, ev->actor.country) || !nonstate_armed(ev->actor.code, ev->actor.sector))
            continue;
        for (size_t j = x->ev_first; j < e->n; j++) {
            dyad_event *k = &e->ev[j];
            const dyad_token *kt = &t[k->trigger];
            if (j == i || !violent_code(k->cameo) || !k->actor.code || strcmp(k->actor.code, ev->actor.code) ||
                !k->recipient.sector || strcmp(k->recipient.sector, "CVL") || !k->recipient.country ||
                strcmp(k->recipient.country, ev->actor.country) || !kt->xpos || !str_eq(kt->xpos, "VBG") ||
                !bare_role_object(x, k->trigger) ||
                !(kt->head == (int32_t)ev->trigger ||
                  (kt->head >= 0 && t[kt->head].head == (int32_t)ev->trigger && rel_is(kt, "conj"))))
                continue;
            actor_val r;
            set_from_actor(&r, &k->recipient);
            set_country_sector(e, &r, ev->recipient.country, "CVL");
            explain(x, "recipient of %s '%s': %s, of the place attacked", k->cameo, k->verb ? k->verb : "", r.code);
            event_actor(e, &k->recipient, &r);
        }
    }
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        /* (not a place taken: "seized control of Gonaives after ...") */
        if (!violent_code(ev->cameo) || !strncmp(ev->cameo, "192", 3) || !ev->recipient.code ||
            !ev->recipient.country || ev->recipient.sector || !ev->actor.code)
            continue;
        for (size_t j = x->ev_first; j < e->n; j++) {
            const dyad_event *k = &e->ev[j];
            const dyad_token *kt = &t[k->trigger];
            if (j == i || !violent_code(k->cameo) || !k->actor.code || strcmp(k->actor.code, ev->actor.code) ||
                !k->recipient.sector || !civilian_sector(k->recipient.sector) || !kt->lemma ||
                !str_eq(kt->lemma, "kill") || !k->recipient.country ||
                strcmp(k->recipient.country, ev->recipient.country) || !kt->xpos || !str_eq(kt->xpos, "VBG"))
                continue;
            /* (the attack's own -ing clause, or, for an armed group's raid,
             * one joined to it: "raided a village, burning homes and
             * killing 65 residents"; a state's "air strikes ..., shattering
             * a ceasefire and killing 400 people" stay strikes on Gaza) */
            int32_t clause = (int32_t)k->trigger;
            if (rel_is(kt, "conj") && kt->head >= 0 && t[kt->head].xpos && str_eq(t[kt->head].xpos, "VBG") &&
                nonstate_armed(ev->actor.code, ev->actor.sector))
                clause = kt->head;
            if (t[clause].head != (int32_t)ev->trigger || !rel_is(&t[clause], "advcl")) continue;
            explain(x, "recipient of %s '%s': %s, whom '%s' hit there", ev->cameo, ev->verb ? ev->verb : "",
                    k->recipient.code, kt->form);
            ev->recipient = k->recipient;
            /* (an armed group's raid or storming that kills civilians is
             * unconventional violence, 180, as the writers code it; a
             * shelling or an air strike keeps its code) */
            if (!strcmp(ev->cameo, "190") && nonstate_armed(ev->actor.code, ev->actor.sector)) {
                explain(x, "%s '%s' -> 180: an armed group's attack killing civilians", ev->cameo,
                        ev->verb ? ev->verb : "");
                memcpy(ev->cameo, "180", 4);
            }
            break;
        }
    }
}

/* 1 when an event of root 13 or 15-20 (a threat, a show of force, a
 * sanction, coercion, violence) is hostile to someone. */
static int hostile_act(const char *cameo) {
    return (cameo[0] == '1' && cameo[1] >= '3' && cameo[1] != '4') || cameo[0] == '2';
}

/* "Britain and France offered to send experts to help Nigeria find the
 * girls": an offer or a promise of aid (03x, 07x) told to no one is for
 * whom its purpose clause helps. */
static void aid_for_the_helped(ctx *x) {
    static const char *const helping[] = {"help", "assist", "aid", "support", NULL};
    dyad_events *e = x->e;
    const sent_work *w = x->w;
    const dyad_token *t = x->t;
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if (ev->cameo[0] != '0' || (ev->cameo[1] != '3' && ev->cameo[1] != '7') || ev->recipient.code ||
            !ev->actor.code)
            continue;
        /* (the helping clause under the verb or its complement) */
        int32_t found = -1;
        int32_t hosts[2] = {(int32_t)ev->trigger, child_rel(x, ev->trigger, "xcomp")};
        for (int h = 0; h < 2 && found < 0; h++)
            for (int32_t ch = hosts[h] >= 0 ? w->child_first[hosts[h]] : -1; ch >= 0 && found < 0;
                 ch = w->child_next[ch])
                if ((rel_is(&t[ch], "advcl") || rel_is(&t[ch], "xcomp")) && lemma_in(&t[ch], helping))
                    found = child_rel(x, (uint32_t)ch, "obj");
        if (found < 0) continue;
        actor_val R[MAXA];
        int nr = actors_of(x->c, e, (uint32_t)found, R, MAXA);
        if (!nr || !R[0].code || !strcmp(R[0].code, ev->actor.code)) continue;
        explain(x, "recipient of %s '%s': %s, whom it helps", ev->cameo, ev->verb ? ev->verb : "", R[0].code);
        event_actor(e, &ev->recipient, &R[0]);
    }
}

/* "Armenia ordered a general mobilisation after Azerbaijani forces
 * launched an offensive", "North Korea said it had conducted a nuclear
 * test. South Korea put its armed forces on high alert", "Madrid warned of
 * a clear and forceful response": a show of force (15x), a threat (13x)
 * or a criticism (11x) that names no one is aimed at the foe whose hostile
 * act the sentence or the one before tells -- a foreign foe as its
 * country (AZE), one at home as itself (Maoist rebels: NPLREB). The
 * writers give three in four shows of force and every threat a target.
 * A threat, criticism, rejection or cut in relations (13x, 11x, 12x, 16x)
 * made beside the same actor's demand, accusation, rejection or sanction
 * is aimed where that one is ("blamed Israel and vowed revenge"). roots:
 * the second digits of the codes to answer. */
static void answer_to_foe(ctx *x, const char *roots) {
    dyad_events *e = x->e;
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if (ev->cameo[0] != '1' || !ev->cameo[1] || !strchr(roots, ev->cameo[1]) || ev->recipient.code ||
            !ev->actor.code || !ev->actor.country)
            continue;
        int show_of_force = ev->cameo[1] == '5';
        const dyad_event *foe = NULL;
        for (size_t j = x->ev_first; j < e->n && !show_of_force; j++) {
            const dyad_event *o = &e->ev[j];
            if (j != i && o->actor.code && !strcmp(o->actor.code, ev->actor.code) && o->recipient.code &&
                o->cameo[0] == '1' && strchr("0126", o->cameo[1])) {
                explain(x, "recipient of %s '%s': %s, as of '%s'", ev->cameo, ev->verb ? ev->verb : "",
                        o->recipient.code, o->verb ? o->verb : "");
                ev->recipient = o->recipient;
                break;
            }
        }
        /* (a rejection or a cut in relations aims at the foe's act too
         * rarely to guess it: two in ten) */
        if (ev->recipient.code || ev->cameo[1] == '2' || ev->cameo[1] == '6') continue;
        /* (this sentence first, then the one before, nearest first; a
         * foreign foe before armed men at home) */
        for (int pass = 0; pass < 2 && !foe; pass++) {
            const dyad_event *home = NULL;
            for (size_t j = pass ? x->ev_first : e->n; j-- > (pass ? 0 : x->ev_first) && !foe;) {
                const dyad_event *o = &e->ev[j];
                if (pass && o->sentence + 1 < ev->sentence) break;
                if (j == i || !hostile_act(o->cameo) || !o->actor.code || !o->actor.country ||
                    !strcmp(o->actor.code, ev->actor.code))
                    continue;
                if (strcmp(o->actor.country, ev->actor.country)) foe = o;
                else if (!home && (nonstate_armed(o->actor.code, o->actor.sector) ||
                                   (o->actor.sector && !strcmp(o->actor.sector, "CRM"))))
                    home = o;
            }
            if (!foe) foe = home;
        }
        if (!foe) continue;
        actor_val r;
        set_actor_of(&r, foe);
        if (strcmp(foe->actor.country, ev->actor.country)) actor_as_country(&r);
        explain(x, "recipient of %s '%s': %s, whose act it answers", ev->cameo, ev->verb ? ev->verb : "", r.code);
        event_actor(e, &ev->recipient, &r);
    }
}

/* "M23 rebels seized ... Goma after government troops fled", "Ethiopian
 * troops entered Mogadishu after Islamist fighters abandoned the Somali
 * capital": armed men who flee retreat (0874) before the other armed side
 * of the sentence; anyone else who flees ("the president fled") does no
 * act the coder counts. */
static void retreat_before_attackers(ctx *x) {
    static const char *const armed[] = {"MIL", "REB", "UAF", "SEP", NULL};
    dyad_events *e = x->e;
    const dyad_token *t = x->t;
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        const dyad_token *vt = &t[ev->trigger];
        if (strcmp(ev->cameo, "0874") || !vt->lemma || !(str_eq(vt->lemma, "flee") || str_eq(vt->lemma, "abandon")))
            continue;
        int is_armed = ev->actor.code && ((ev->actor.sector && ascii_ieq_any(ev->actor.sector, armed)) ||
                                          !strncmp(ev->actor.code, "IMG", 3));
        /* (a flight told as done, by men: "troops fled", not "General
         * Guei fled the palace" nor "Afghans trying to flee") */
        int32_t sj = child_rel(x, ev->trigger, "nsubj");
        if (str_eq(vt->lemma, "flee") &&
            (!vt->xpos || !str_eq(vt->xpos, "VBD") || (sj >= 0 && !(t[sj].xpos && str_eq(t[sj].xpos, "NNS")))))
            is_armed = 0;
        if (!is_armed) {
            if (str_eq(vt->lemma, "flee")) {
                explain(x, "dropped 0874 %s ('%s'): only armed men retreat", ev->actor.code ? ev->actor.code : "-",
                        vt->form);
                ev->cameo[0] = 0;
                ev->cameo[1] = 'X';
            }
            continue;
        }
        if (ev->recipient.code && (ev->recipient.sector || !ev->recipient.country)) continue;
        for (size_t j = x->ev_first; j < e->n; j++) {
            const dyad_event *o = &e->ev[j];
            if (j == i || !o->actor.code || !strcmp(o->actor.code, ev->actor.code) ||
                !((o->actor.sector && ascii_ieq_any(o->actor.sector, armed)) || !strncmp(o->actor.code, "IMG", 3)) ||
                (o->actor.country && ev->actor.country && !strcmp(o->actor.country, ev->actor.country) &&
                 o->actor.sector && ev->actor.sector && !strcmp(o->actor.sector, ev->actor.sector)))
                continue;
            explain(x, "recipient of 0874 '%s': %s, before whom it fled", vt->form, o->actor.code);
            ev->recipient = o->actor;
            break;
        }
        /* (or the subject of the sentence's main verb, whose act coded no
         * event: "Ethiopian troops entered Mogadishu unopposed after ...") */
        const actor_val *lead = &e->memo.lead;
        if ((!ev->recipient.code || (!ev->recipient.sector && ev->recipient.country)) && lead->code &&
            strcmp(lead->code, ev->actor.code) && ((lead->sector && ascii_ieq_any(lead->sector, armed)) ||
                                                   !strncmp(lead->code, "IMG", 3))) {
            explain(x, "recipient of 0874 '%s': %s, before whom it fled", vt->form, lead->code);
            event_actor(e, &ev->recipient, lead);
        }
        /* (a flight before no one named is no retreat the writers count:
         * "residents said his forces had fled"; nor the same retreat
         * told twice: "abandoned the Somali capital and fled south") */
        int again = 0;
        for (size_t j = x->ev_first; j < i && !again; j++)
            again = !strcmp(e->ev[j].cameo, "0874") && e->ev[j].actor.code && ev->recipient.code &&
                    e->ev[j].recipient.code && !strcmp(e->ev[j].actor.code, ev->actor.code) &&
                    !strcmp(e->ev[j].recipient.code, ev->recipient.code);
        if (str_eq(vt->lemma, "flee") && (!ev->recipient.code || again)) {
            explain(x, "dropped 0874 %s ('%s'): %s", ev->actor.code, vt->form,
                    again ? "the retreat told again" : "a flight before no one named");
            ev->cameo[0] = 0;
            ev->cameo[1] = 'X';
        }
    }
}

static void keep_main_events(ctx *x) {
    dyad_events *e = x->e;
    topic_nouns(x);
    /* "He spent about four hours on Kunashir island, touring a
     * fish-processing plant", "Kuwait's emir visited the site": a visit
     * (042) to nowhere the coder can name is no event (none of the dev
     * sets' 52 visits is coded without its host) */
    for (size_t i = x->ev_first; i < e->n; i++)
        if (!strcmp(e->ev[i].cameo, "042") && !e->ev[i].recipient.code) {
            explain(x, "dropped 042 %s ('%s'): a visit to no one named", e->ev[i].actor.code ? e->ev[i].actor.code : "-",
                    e->ev[i].verb ? e->ev[i].verb : "");
            e->ev[i].cameo[0] = 0;
            e->ev[i].cameo[1] = 'X';
        }
    /* "M23 rebels, who Kinshasa says are backed by Rwanda", "Colombia,
     * backed by Washington", "in support of President Hadi": backing or
     * support (051) given no one named is a description, not an event
     * between actors */
    for (size_t i = x->ev_first; i < e->n; i++)
        if (!strcmp(e->ev[i].cameo, "051") && !e->ev[i].recipient.code && x->t[e->ev[i].trigger].lemma &&
            (ascii_ieq(x->t[e->ev[i].trigger].lemma, "back") || ascii_ieq(x->t[e->ev[i].trigger].lemma, "support")) &&
            /* (not a finite verb of the actor's own: "Iran backed the
             * Ankara talks" is its support) */
            !(x->t[e->ev[i].trigger].xpos &&
              (str_eq(x->t[e->ev[i].trigger].xpos, "VBD") || str_eq(x->t[e->ev[i].trigger].xpos, "VBZ") ||
               str_eq(x->t[e->ev[i].trigger].xpos, "VBP")))) {
            explain(x, "dropped %s %s ('%s'): support of no one named", e->ev[i].cameo,
                    e->ev[i].actor.code ? e->ev[i].actor.code : "-", e->ev[i].verb ? e->ev[i].verb : "");
            e->ev[i].cameo[0] = 0;
            e->ev[i].cameo[1] = 'X';
        }
    /* "killed hundreds of residents and burned their homes", "burned
     * Rohingya villages and drove more than 300,000 Muslims across the
     * border": the burning is part of the same actor's violence, not a
     * destruction of property (1712) of its own (no dev writer codes it
     * beside a killing or an expulsion) */
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if (strcmp(ev->cameo, "1712") || !ev->actor.code) continue;
        for (size_t j = x->ev_first; j < e->n; j++) {
            const dyad_event *o = &e->ev[j];
            if (j == i || !o->actor.code || strcmp(o->actor.code, ev->actor.code) || !violent_code(o->cameo))
                continue;
            explain(x, "dropped 1712 %s ('%s'): part of its %s", ev->actor.code, ev->verb ? ev->verb : "", o->cameo);
            ev->cameo[0] = 0;
            ev->cameo[1] = 'X';
            break;
        }
    }
    /* "riot police fired on protesters ..., killing dozens": the killing
     * its -ing clause tells is that repression's toll, not an event of
     * its own (the writers code the 175 alone) */
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        const dyad_token *kt = &x->t[ev->trigger];
        if (!violent_code(ev->cameo) || !ev->actor.code || !kt->lemma || !str_eq(kt->lemma, "kill") ||
            !kt->xpos || !str_eq(kt->xpos, "VBG") || !rel_is(kt, "advcl") || kt->head < 0)
            continue;
        for (size_t j = x->ev_first; j < e->n; j++) {
            const dyad_event *o = &e->ev[j];
            if (j == i || strcmp(o->cameo, "175") || o->trigger != (uint32_t)kt->head || !o->actor.code ||
                strcmp(o->actor.code, ev->actor.code))
                continue;
            explain(x, "dropped %s %s ('%s'): the toll of its 175", ev->cameo, ev->actor.code, kt->form);
            ev->cameo[0] = 0;
            ev->cameo[1] = 'X';
            break;
        }
    }
    /* "armed gangs stormed the country's two largest prisons and freed
     * thousands of inmates", "protesters ... freed former president
     * Atambayev from jail": a jailbreak by armed men or a crowd is part of
     * their attack, no release (0841) the writers code */
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        static const char *const jailed[] = {"prisoner", "inmate", "detainee", "convict", NULL};
        static const char *const jails[] = {"jail", "prison", "custody", "detention", NULL};
        const char *sec = ev->actor.sector;
        if (strcmp(ev->cameo, "0841") || !ev->actor.code ||
            !(nonstate_armed(ev->actor.code, sec) || (sec && (!strcmp(sec, "CVL") || !strcmp(sec, "CRM")))))
            continue;
        uint32_t v = ev->trigger;
        int32_t o = child_rel(x, v, "obj");
        int jailbreak = o >= 0 && lemma_in(&x->t[o], jailed);
        /* (through a quantity: "thousands of inmates") */
        for (int32_t ch = o >= 0 ? x->w->child_first[o] : -1; ch >= 0 && !jailbreak; ch = x->w->child_next[ch])
            jailbreak = rel_is(&x->t[ch], "nmod") && lemma_in(&x->t[ch], jailed);
        for (int32_t ch = x->w->child_first[v]; ch >= 0 && !jailbreak; ch = x->w->child_next[ch])
            jailbreak = rel_is(&x->t[ch], "obl") && case_of(x, (uint32_t)ch) == x->c->fw[FW_FROM] &&
                        lemma_in(&x->t[ch], jails);
        if (!jailbreak) continue;
        explain(x, "dropped 0841 %s ('%s'): a jailbreak", ev->actor.code, ev->verb ? ev->verb : "");
        ev->cameo[0] = 0;
        ev->cameo[1] = 'X';
    }
    /* "Morales resigned on Sunday after the army chief urged him to step
     * down, following weeks of protests": a concession answers whoever in
     * the sentence asked it of its actor, rather than the protesters */
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if ((strncmp(ev->cameo, "083", 3) && strcmp(ev->cameo, "0341")) || !ev->actor.code ||
            (ev->recipient.code && !(ev->recipient.sector && !strcmp(ev->recipient.sector, "CVL"))))
            continue;
        for (size_t j = x->ev_first; j < e->n; j++) {
            const dyad_event *o = &e->ev[j];
            int asks = (o->cameo[0] == '0' && o->cameo[1] == '2') || (o->cameo[0] == '1' && o->cameo[1] == '0');
            if (j == i || !asks || !o->actor.code || !o->recipient.code || strcmp(o->recipient.code, ev->actor.code) ||
                !strcmp(o->actor.code, ev->actor.code))
                continue;
            explain(x, "recipient of %s '%s': %s, who asked it", ev->cameo, ev->verb ? ev->verb : "", o->actor.code);
            ev->recipient = o->actor;
            break;
        }
    }
    victims_of_a_place(x);
    retreat_before_attackers(x);
    answer_to_foe(x, "5");
    int other = 0, main_event = 0;
    for (size_t i = x->ev_first; i < e->n; i++) {
        if (!e->ev[i].cameo[0]) continue;
        int statement = e->ev[i].cameo[0] == '0' && e->ev[i].cameo[1] == '1';
        other |= !statement;
        main_event |= !statement && !background(x, e->ev[i].trigger);
    }
    if (!other) {
        /* "said he was deeply concerned ..., warning it could reach other
         * continents": a plain statement (010) beside a statement of a
         * kind (012 pessimism, 013 optimism, 016 denial ...) by the same
         * actor is that statement */
        for (size_t i = x->ev_first; i < e->n; i++) {
            dyad_event *ev = &e->ev[i];
            if (strcmp(ev->cameo, "010") || !ev->actor.code) continue;
            for (size_t j = x->ev_first; j < e->n; j++)
                if (j != i && e->ev[j].cameo[0] == '0' && e->ev[j].cameo[1] == '1' && strcmp(e->ev[j].cameo, "010") &&
                    e->ev[j].actor.code && !strcmp(e->ev[j].actor.code, ev->actor.code)) {
                    explain(x, "dropped 010 %s ('%s'): %s says what", ev->actor.code, ev->verb ? ev->verb : "",
                            e->ev[j].cameo);
                    ev->cameo[0] = 0;
                    break;
                }
        }
        size_t k = x->ev_first;
        for (size_t i = x->ev_first; i < e->n; i++) {
            if (!e->ev[i].cameo[0]) continue;
            if (k != i) e->ev[k] = e->ev[i];
            e->ev[k].index = k - x->ev_first;
            k++;
        }
        e->n = k;
        drop_bare_attributions(x);
        return;
    }
    /* "Mali's army denied on Sunday that ..., saying it had targeted
     * terrorists": when every other event is background, a statement of a
     * kind of its own (a denial, a warning: not a plain 010) in the main
     * clause is the sentence's event */
    int main_statement = 0;
    for (size_t i = x->ev_first; i < e->n && !main_event; i++) {
        const dyad_event *ev = &e->ev[i];
        if (ev->cameo[0] == '0' && ev->cameo[1] == '1' && strcmp(ev->cameo, "010") &&
            !background(x, ev->trigger) && !attribution_only(x, ev->trigger))
            main_statement = 1;
    }
    if (main_statement) main_event = 1; /* (its background goes below) */
    /* "bowed to protesters' demands and resigned": the same actor and
     * recipient with a concession's code and a more specific one of it
     * (083, 0831) are one concession, the more specific */
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        size_t cl = strncmp(ev->cameo, "08", 2) ? 0 : strlen(ev->cameo); /* (concessions) */
        for (size_t j = x->ev_first; j < e->n && cl; j++) {
            const dyad_event *o = &e->ev[j];
            if (j == i || strlen(o->cameo) <= cl || strncmp(o->cameo, ev->cameo, cl) || !ev->actor.code ||
                !o->actor.code || strcmp(o->actor.code, ev->actor.code) || !ev->recipient.code || !o->recipient.code ||
                strcmp(o->recipient.code, ev->recipient.code))
                continue;
            explain(x, "dropped %s %s ('%s'): %s says it more precisely", ev->cameo, ev->actor.code,
                    ev->verb ? ev->verb : "", o->cameo);
            ev->cameo[0] = 0;
            ev->cameo[1] = 'X';
            break;
        }
    }
    /* "Trump and Kim met in Singapore ..., the first summit between the
     * two countries' leaders": an event noun that names again the kind
     * (root) of a verb's event of the same sentence by an actor of the
     * same country tells that event again */
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        const dyad_token *tt = &x->t[ev->trigger];
        if (!tt->upos || !str_eq(tt->upos, "NOUN") || !ev->actor.country) continue;
        for (size_t j = x->ev_first; j < e->n; j++) {
            const dyad_event *o = &e->ev[j];
            const dyad_token *ot = &x->t[o->trigger];
            if (j == i || !ot->upos || !str_eq(ot->upos, "VERB") || !o->actor.country || !o->cameo[0] ||
                strncmp(o->cameo, ev->cameo, 2) || strcmp(o->actor.country, ev->actor.country) ||
                o->trigger >= ev->trigger)
                continue;
            /* (and on the same side: not "..., and strikes on Z") */
            if (ev->recipient.country &&
                !(o->recipient.country && !strcmp(o->recipient.country, ev->recipient.country)))
                continue;
            explain(x, "dropped %s %s ('%s'): names again the event of '%s'", ev->cameo, ev->actor.code,
                    ev->verb ? ev->verb : "", ot->form);
            ev->cameo[0] = 0;
            ev->cameo[1] = 'X'; /* (already explained) */
            break;
        }
    }
    /* "arrived in Kyiv ..., the first visit by an Indian leader": an event
     * without a recipient beside the same actor's event of the same kind
     * (root) with one ("spoke by telephone with X and discussed ...") */
    /* (a curfew or state of emergency, which names no one, is an act of
     * its own: "detained Aung San Suu Kyi ... and declared a one-year
     * state of emergency") */
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if (ev->recipient.code || !strcmp(ev->cameo, "1723") || !strcmp(ev->cameo, "1724")) continue;
        for (size_t j = x->ev_first; j < e->n; j++)
            if (j != i && e->ev[j].recipient.code && !strncmp(e->ev[j].cameo, ev->cameo, 2) &&
                !strcmp(e->ev[j].actor.code, ev->actor.code) &&
                !(main_event && background(x, e->ev[j].trigger))) { /* (one that stays) */
                ev->cameo[0] = 0; /* marked: dropped below */
                break;
            }
    }
    size_t k = x->ev_first;
    for (size_t i = x->ev_first; i < e->n; i++) {
        dyad_event *ev = &e->ev[i];
        if (!ev->cameo[0]) {
            if (ev->cameo[1] != 'X')
                explain(x, "dropped an event of %s ('%s') without recipient beside one of its kind with one",
                        ev->actor.code ? ev->actor.code : "-", ev->verb ? ev->verb : "");
            continue;
        }
        /* (a denial that is the sentence's own verb stays beside the
         * accusation it makes: "Russia denied that ..., blaming Ukraine") */
        int root_denial = !strcmp(ev->cameo, "016") && (x->t[ev->trigger].head < 0 || denial_of_charge(x, ev));
        /* (condolences are an act of their own, not words that
         * attribute: "offered its condolences and pledged continued
         * support") */
        if (ev->cameo[0] == '0' && ev->cameo[1] == '1' && (strcmp(ev->cameo, "015") || attribution_only(x, ev->trigger)) &&
            strcmp(ev->cameo, "018") && !root_denial && !(main_statement && strcmp(ev->cameo, "010") && !background(x, ev->trigger))) {
            explain(x, "dropped %s %s ('%s'): attribution of the sentence's event", ev->cameo,
                    ev->actor.code ? ev->actor.code : "-", ev->verb ? ev->verb : "");
            continue;
        }
        if (main_event && background(x, ev->trigger) && !attack_meanwhile(x, ev) && !violent_protest(x, e, ev) &&
            !attack_behind(x, e, ev) && !retreat_behind(x, ev) && !accusation_in_relative(x, ev) &&
            !denial_of_charge(x, ev) && !brokered_deal(x, ev) && !met_first(x, ev) && !as_clause_news(x, e, ev) &&
            !(ev->cameo[0] == '1' && ev->cameo[1] == '4' && public_protest(x, ev->trigger))) {
            explain(x, "dropped %s %s ('%s'): background to the sentence's main event", ev->cameo,
                    ev->actor.code ? ev->actor.code : "-", ev->verb ? ev->verb : "");
            continue;
        }
        if (k != i) e->ev[k] = *ev;
        e->ev[k].index = k - x->ev_first;
        k++;
    }
    e->n = k;
    answer_to_foe(x, "1236");
    aid_for_the_helped(x);
}

/* "Kyrgyz police ... opened fire on villagers protesting against the
 * jailing of an opposition lawmaker", "Burundian police shot dead two
 * protesters ... as demonstrations continued against President
 * Nkurunziza's bid for a third term": people repressed (175) in a
 * sentence that tells of their protest, with no protest event of theirs
 * coded, were protesting against their government (140; 1411 when they
 * demand a leader's fall), as blind writers who code every event do. */
static int protest_behind_repression(ctx *x) {
    static const char *const protest[] = {"protest", "demonstrate", "march", "rally", "demonstration", NULL};
    static const char *const against[] = {"against", "over", NULL};
    static const char *const ouster[] = {"resignation", "ouster", "departure", "removal", "overthrow", NULL};
    static const char *const people[] = {"CVL", "OPP", "LAB", "EDU", "AGR", "REL", NULL};
    const dyad_token *t = x->t;
    dyad_events *e = x->e;
    int repression = 0;
    for (size_t i = x->ev_first; i < e->n && !repression; i++) repression = !strncmp(e->ev[i].cameo, "175", 3);
    if (!repression) return 0; /* (the token scan below only for sentences that need it) */
    int32_t k = -1, fall = 0;
    /* (a protest told with what it is against or demands -- a protest
     * verb, or "protests against ..." -- not protesters merely named:
     * "police fired tear gas at protesters" is the repression alone) */
    for (uint32_t i = 0; i < x->w->n; i++) {
        fall |= lemma_in(&t[i], ouster);
        if (k >= 0 || !lemma_in(&t[i], protest) || !t[i].upos) continue;
        if (str_eq(t[i].upos, "VERB")) {
            k = (int32_t)i;
            continue;
        }
        for (int32_t ch = x->w->child_first[i]; ch >= 0 && k < 0; ch = x->w->child_next[ch]) {
            uint32_t cw = rel_is(&t[ch], "nmod") ? case_of(x, (uint32_t)ch) : WORD_NONE;
            if ((cw != WORD_NONE && ascii_ieq_any(dict_word_str(&x->c->d, cw), against)) ||
                (rel_is(&t[ch], "acl") && t[ch].lemma && ascii_ieq(t[ch].lemma, "demand")))
                k = (int32_t)i;
        }
    }
    if (k < 0) return 0;
    size_t n = e->n;
    for (size_t i = x->ev_first; i < n; i++) {
        const dyad_event *ev = &e->ev[i];
        if (strncmp(ev->cameo, "175", 3) || !ev->recipient.code || !ev->recipient.country ||
            !sector_in(ev->recipient.sector, people))
            continue;
        int told = 0;
        for (size_t j = x->ev_first; j < e->n && !told; j++)
            told = e->ev[j].cameo[0] == '1' && e->ev[j].cameo[1] == '4' && e->ev[j].actor.code &&
                   !strcmp(e->ev[j].actor.code, ev->recipient.code);
        if (told) continue;
        actor_val a, g;
        set_from_actor(&a, &ev->recipient);
        country_sector_actor(e, &g, ev->recipient.country, "GOV");
        const char *code = fall ? "1411" : "140";
        x->trigger = (uint32_t)k;
        x->code_now = code;
        int status = emit(x, &a, &g, code, t[k].form ? t[k].form : "", "140 the protest of those repressed");
        if (status) return status;
    }
    return 0;
}

/* 1 when the sentence tells of people killed, wounded or bombed, or of
 * protesters, riots, tear gas and arrests: a discard phrase does not
 * discard it ("suicide bombers killed 30 people watching a football
 * match", "police fired tear gas at demonstrators outside the stadium
 * during the Confederations Cup final" are no sports reports). */
static int casualties_told(const ctx *x) {
    static const char *const casualty[] = {"kill", "bomb", "bomber", "blast", "explosion", "gunman", "massacre",
                                           "wound", "injure", "protester", "demonstrator", "riot", "tear",
                                           "arrest", NULL};
    for (uint32_t k = 0; k < x->w->n; k++)
        if (lemma_in(&x->t[k], casualty)) return 1;
    return 0;
}

/* "slowing Chinese demand rattled commodity markets", "weak oil demand":
 * demand as the market's appetite, no demand made of anyone. */
/* "Shares in Tokyo closed at a two-month high as exporters rallied on a
 * weaker yen": markets, shares and traders that rally gain value, no
 * demonstration. */
static int market_rally(const ctx *x, uint32_t v) {
    static const char *const traded[] = {"share", "stock", "market", "exporter", "importer", "index", "price",
                                         "currency", "yen", "dollar", "euro", "bond", "peso", "rupee", "investor",
                                         "trader", "equity", "bourse", "commodity", "oil", "gold", "sterling",
                                         "pound", "yuan", "rouble", "ruble", "lira", NULL};
    const dyad_token *t = x->t;
    if (!t[v].lemma || !ascii_ieq(t[v].lemma, "rally")) return 0;
    int32_t sj = child_rel(x, v, "nsubj");
    return sj >= 0 && lemma_in(&t[sj], traded);
}

static int market_demand(const ctx *x, uint32_t v) {
    static const char *const market[] = {"slow", "slowing", "weak", "weaker", "strong", "stronger", "rising",
                                         "falling", "growing", "global", "domestic", "consumer", "sluggish",
                                         "robust", "soft", "softer", "tepid", "lower", "higher", "oil",
                                         "energy", "fuel", "export", "import", "power", "electricity",
                                         "housing", "market", "seasonal", "firm", NULL};
    const dyad_token *t = x->t;
    if (!t[v].lemma || !ascii_ieq(t[v].lemma, "demand") || (t[v].xpos && str_eq(t[v].xpos, "NNS"))) return 0;
    /* (the words right before it, however the parser hung them: "slowing
     * Chinese demand" with "slowing" read as a verb) */
    for (uint32_t k = v >= 2 ? v - 2 : 0; k < v; k++)
        if (t[k].form && ascii_ieq_any(t[k].form, market)) return 1;
    return 0;
}

/* "beating Saudi Arabia 1-0 in the final", "beat hosts Nigeria 4-3 on
 * penalties": a win by a score is a match, whatever cup it was for. */
static int small_number(const char *f, size_t len) {
    if (!f || len < 1 || len > 2) return 0;
    for (size_t i = 0; i < len; i++)
        if (f[i] < '0' || f[i] > '9') return 0;
    return 1;
}

static int match_score(const ctx *x, uint32_t v) {
    const dyad_token *t = x->t;
    if (!t[v].upos || !str_eq(t[v].upos, "VERB")) return 0;
    int32_t o = child_rel(x, v, "obj");
    if (o < 0) return 0;
    for (uint32_t k = (uint32_t)o + 1; k < x->w->n && k <= (uint32_t)o + 3; k++) {
        const char *f = t[k].form, *dash = f ? strchr(f, '-') : NULL;
        if (!f) break;
        /* "1-0" as one token, or as three: "1", "-", "0" */
        if (dash && small_number(f, (size_t)(dash - f)) && small_number(dash + 1, strlen(dash + 1))) return 1;
        if (small_number(f, strlen(f)) && k + 2 < x->w->n && t[k + 1].form && str_eq(t[k + 1].form, "-") &&
            small_number(t[k + 2].form, t[k + 2].form ? strlen(t[k + 2].form) : 0))
            return 1;
    }
    return 0;
}

int code_events(const dyad_coder *c, dyad_events *e, size_t sentence) {
    sent_work *w = &e->w;
    ctx x = {c, e, w, w->t, sentence, 0, (uint32_t)e->n, 0, NULL, {0}};
    when_where_reset(&x.ww);
    const dyad_token *t = w->t;
    const dict *d = &c->d;
    if (w->discard && !casualties_told(&x)) {
        explain(&x, "sentence discarded (discard phrase)");
        return 0;
    }
    /* tr[v] is read only where has[v]: it is initialised when has[v] is set */
    if (w->cap && !w->trig) {
        w->trig = malloc(w->cap * sizeof(trig));
        w->has = malloc(w->cap);
        if (!w->trig || !w->has) { free(w->trig); free(w->has); w->trig = NULL; w->has = NULL; return -1; }
    }
    trig *tr = w->trig;
    int8_t *has = w->has;
    memset(has, 0, w->n);
    /* pass 0: the best pattern of every trigger */
    for (uint32_t v = 0; v < w->n; v++) {
        int noun = t[v].upos && (str_eq(t[v].upos, "NOUN") || str_eq(t[v].upos, "PROPN"));
        int verb = !t[v].upos || str_eq(t[v].upos, "VERB");
        if (!noun && !verb) continue;
        if (!best_pattern(&x, v, noun, &tr[v].m)) continue;
        if (w->mention_of[v] >= 0 && noun) continue; /* a noun inside an actor name */
        /* "is going to save": a future, not a journey */
        if (verb && t[v].lemma && ascii_ieq(t[v].lemma, "go") && child_rel(&x, v, "xcomp") >= 0) continue;
        if (noun && market_demand(&x, v)) continue;
        if (verb && market_rally(&x, v)) continue;
        /* "Heavy monsoon rains triggered landslides across Nepal's hill
         * districts, killing at least 23 people", "killed by floods": a
         * disaster kills, not an actor */
        if (verb && natural_harm(&x, v)) continue;
        /* (entering takes only a named place or a place noun: "the world
         * economy was entering a downturn", "the talks entered a second
         * day" name none -- who enters is weighed with the actors) */
        if (verb && t[v].lemma && ascii_ieq(t[v].lemma, "enter") && !strcmp(d->pats[tr[v].m.pat].code, "192")) {
            int32_t o = child_rel(&x, v, "obj");
            if (o < 0 || !(lemma_in(&t[o], PLACE_NOUNS) || (t[o].upos && str_eq(t[o].upos, "PROPN")))) continue;
        }
        /* "to demand his release", "called for the release of", "to
         * secure the victims' release": a release asked for is not done
         * (the demand is the event) */
        if (noun && t[v].head >= 0 && (rel_is(&t[v], "obj") || rel_is(&t[v], "obl"))) {
            static const char *const freed[] = {"release", "freeing", "liberation", NULL};
            static const char *const asking[] = {"demand", "seek", "call", "urge", "press", "request", "ask",
                                                 "want", "await", "push", "appeal", NULL};
            const dyad_token *gv = &t[t[v].head];
            if (lemma_in(&t[v], freed) &&
                (lemma_in(gv, asking) || (gv->lemma && ascii_ieq(gv->lemma, "secure") && gv->xpos && str_eq(gv->xpos, "VB"))))
                continue;
        }
        /* "burst into a cabinet meeting": a gathering one goes into is a
         * place there */
        if (noun && (rel_is(&t[v], "obl") || rel_is(&t[v], "nmod")) && case_of(&x, v) == c->fw[FW_INTO]) continue;
        if (!noun && match_score(&x, v)) continue;
        /* "swore in Vice President Carlos Mesa", "was sworn in as
         * president": an inauguration, no vow */
        if (verb && t[v].form && (ascii_ieq(t[v].form, "swore") || ascii_ieq(t[v].form, "sworn")) &&
            v + 1 < w->n && t[v + 1].form && ascii_ieq(t[v + 1].form, "in"))
            continue;
        has[v] = 1;
        tr[v].code = NULL;
        tr[v].why[0] = tr[v].mod[0] = 0;
        tr[v].noun_gov = 0;
        tr[v].reporter = -1;
        tr[v].orderer = -1;
        tr[v].no_actor = 0;
    }
    /* reported speech: a reporting verb whose clause holds a trigger (coded
     * or rejected) does not code its own statement (01x) */
    for (uint32_t v = 0; v < w->n; v++) {
        if (!has[v]) continue;
        int32_t h = t[v].head;
        /* (not a claim of responsibility, which reports nothing: "claimed
         * responsibility for the attack ..., in which gunmen killed 12
         * people" with the clause hung on "claimed") */
        int claim = h >= 0 && has[h] && !strcmp(d->pats[tr[h].m.pat].code, "015") && rel_is(&t[v], "parataxis");
        if (h >= 0 && !claim && (rel_is(&t[v], "ccomp") || rel_is(&t[v], "parataxis"))) {
            w->consumed[h] = w->consumed[h] ? w->consumed[h] : 2;
            tr[v].reporter = h;
        }
        /* (a second that-clause of the same statement: "told Congress
         * that genocide had been committed and that Khartoum bore
         * responsibility") */
        static const char *const that[] = {"that", NULL};
        int32_t m = child_rel(&x, v, "mark");
        if (h >= 0 && rel_is(&t[v], "conj") && rel_is(&t[h], "ccomp") && t[h].head >= 0 && m >= 0 &&
            lemma_in(&t[m], that))
            tr[v].reporter = t[h].head;
        for (int32_t ch = w->child_first[v]; ch >= 0; ch = w->child_next[ch])
            if (rel_is(&t[ch], "parataxis") && has[ch] && !w->consumed[ch]) {
                w->consumed[ch] = 2; /* "..., a spokesman said" */
                tr[v].reporter = ch;
            }
    }
    /* an event noun that is the object of another trigger: "announced an
     * investigation" is the investigation (a statement verb gives way);
     * "thanked X for its support" is the thanks */
    for (uint32_t v = 0; v < w->n; v++) {
        if (!has[v] || !d->pats[tr[v].m.pat].noun) continue;
        int32_t h = t[v].head;
        if (h < 0 || !has[h] || d->pats[tr[h].m.pat].noun || tr[h].m.obj == (int32_t)v) continue;
        uint32_t cw = case_of(&x, v);
        const char *cs = cw != WORD_NONE ? dict_word_str(d, cw) : "";
        if (!rel_is(&t[v], "obj") && !(rel_is(&t[v], "obl") && (str_eq(cs, "for") || str_eq(cs, "of") || str_eq(cs, "over"))))
            continue;
        const char *hc = d->pats[tr[h].m.pat].code;
        static const char *const ANNOUNCE[] = {"announce", "declare", "unveil", "proclaim", "launch", "order",
                                               "open", "start", "begin", "issue", NULL};
        /* (and "ordered a military mobilisation" is the mobilisation, not
         * a 100 demand, whatever code the governor's own pattern gives) */
        /* (not a verdict on it: "Police had declared the rally illegal"
         * holds no rally) */
        int32_t verdict = child_rel(&x, (uint32_t)h, "xcomp");
        if (verdict >= 0 && !(t[verdict].upos && (str_eq(t[verdict].upos, "ADJ") || str_eq(t[verdict].upos, "NOUN"))))
            verdict = -1;
        if (rel_is(&t[v], "obj") && lemma_in(&t[h], ANNOUNCE) && verdict < 0 &&
            ((hc[0] == '0' && hc[1] == '1') || ascii_ieq(lemma_str(&x, (uint32_t)h), "order")))
            w->consumed[h] = 1, tr[v].noun_gov = h + 1;
        else w->consumed[v] = 1;
    }
    /* "approved a new sanctions package against Russia": the act a
     * package holds is the event, not the approving of a package */
    for (uint32_t v = 0; v < w->n; v++) {
        int32_t pk, h = has[v] && d->pats[tr[v].m.pat].noun ? package_verb(&x, v, &pk) : -1;
        if (h < 0 || !has[h] || d->pats[tr[h].m.pat].noun) continue;
        w->consumed[h] = 1;
        tr[v].noun_gov = h + 1;
    }
    /* pass 1: suppression, modality */
    for (uint32_t v = 0; v < w->n; v++) {
        if (!has[v]) continue;
        int noun = d->pats[tr[v].m.pat].noun;
        const verb_pat *p = &d->pats[tr[v].m.pat];
        int32_t gov = t[v].head;
        if (gov >= 0 && has[gov] && tr[gov].m.xcomp == (int32_t)v) {
            /* "agree >meet": the governor's pattern names this verb */
            w->consumed[v] = 1;
            continue;
        }
        /* and its conjunct is part of the same intent ("agreed to restore
         * relations and reopen their embassies") */
        if (gov >= 0 && rel_is(&t[v], "conj") && !d->pats[tr[v].m.pat].noun && t[gov].head >= 0 && has[t[gov].head] &&
            tr[t[gov].head].m.xcomp == gov && !tr[t[gov].head].why[0]) {
            w->consumed[v] = 1;
            continue;
        }
        tr[v].code = p->code;
        if (!isdigit((unsigned char)p->code[0]) || !isdigit((unsigned char)p->code[1])) {
            snprintf(tr[v].why, sizeof tr[v].why, "pattern codes nothing ('%s')", p->code);
            continue;
        }
        /* "crisis-hit Sri Lanka", "war-torn Yemen", "earthquake-stricken
         * Haiti": a verb joined by a hyphen to the noun before it is a
         * compound adjective, no event ("counter-attack", a noun, is one) */
        if (!noun && v >= 2 && t[v - 1].form && str_eq(t[v - 1].form, "-") && !t[v - 1].space_after &&
            !t[v - 2].space_after && t[v - 2].upos && (str_eq(t[v - 2].upos, "NOUN") || str_eq(t[v - 2].upos, "PROPN"))) {
            snprintf(tr[v].why, sizeof tr[v].why, "part of the adjective '%s-%s'", t[v - 2].form, t[v].form);
            continue;
        }
        /* "called on X to stop ...", "asked the community to help ...": a
         * to-clause under a request (however the parser attached it) */
        if (!noun && t[v].head >= 0) {
            /* (a verb conjoined to the to-clause shares it: "urged both
             * sides to cease fire and show restraint") */
            uint32_t tv = v;
            if (rel_is(&t[v], "conj") && t[t[v].head].upos && str_eq(t[t[v].head].upos, "VERB") &&
                child_rel(&x, v, "nsubj") < 0 && t[t[v].head].head >= 0)
                tv = (uint32_t)t[v].head;
            int32_t h = t[tv].head, to = -1;
            for (int32_t ch = w->child_first[tv]; ch >= 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "mark") && t[ch].lemma && ascii_ieq(t[ch].lemma, "to")) to = ch;
            if (to >= 0) {
                int32_t req = -1;
                if ((rel_is(&t[tv], "advcl") || rel_is(&t[tv], "xcomp")) && lemma_in(&t[h], REQUEST)) req = h;
                else if (rel_is(&t[tv], "acl")) {
                    /* the object, or a conjunct of it ("urged the Houthis and the government to return") */
                    int32_t o = h;
                    if (rel_is(&t[o], "conj") && t[o].head >= 0) o = t[o].head;
                    if (rel_is(&t[o], "obj") && t[o].head >= 0 && lemma_in(&t[t[o].head], REQUEST)) req = t[o].head;
                }
                /* (what a government orders its own forces to do, it does:
                 * "Shoigu ordered troops to withdraw from the west bank") */
                if (req >= 0 && own_forces_ordered(&x, (uint32_t)req)) {
                    tr[v].orderer = req;
                    w->consumed[req] = 1;
                } else if (req >= 0) {
                    snprintf(tr[v].why, sizeof tr[v].why, "requested by '%s', not done", t[req].form);
                    continue;
                }
            }
        }
        /* "warned against selling", "barred from entering": not done */
        for (int32_t ch = w->child_first[v]; ch >= 0; ch = w->child_next[ch])
            if ((rel_is(&t[ch], "mark") || rel_is(&t[ch], "case")) && t[ch].lemma &&
                (ascii_ieq(t[ch].lemma, "against") || ascii_ieq(t[ch].lemma, "from")) && !noun) {
                snprintf(tr[v].why, sizeof tr[v].why, "'%s %s': not done", t[ch].form, t[v].form);
                break;
            }
        if (tr[v].why[0]) continue;
        /* "a video showing its forces destroying vehicles": a perception
         * verb with an object doing something is no event itself (not a
         * 150 show of force); the action is coded, by its own pattern.
         * The action may be an xcomp or advcl of the verb, or an acl of
         * the object, as the parser chose. */
        if (!noun && lemma_in(&t[v], PERCEIVE)) {
            int32_t o = child_rel(&x, v, "obj"), act = -1;
            for (int32_t ch = w->child_first[v]; ch >= 0 && o >= 0 && act < 0; ch = w->child_next[ch])
                if ((rel_is(&t[ch], "xcomp") || rel_is(&t[ch], "advcl")) && ch > o) act = ch;
            for (int32_t ch = o >= 0 ? w->child_first[o] : -1; ch >= 0 && act < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "acl") && ch > o) act = ch;
            if (act >= 0 && t[act].upos && str_eq(t[act].upos, "VERB") && t[act].xpos &&
                (str_eq(t[act].xpos, "VBG") || str_eq(t[act].xpos, "VB"))) {
                snprintf(tr[v].why, sizeof tr[v].why, "perception '%s': passes to '%s'", t[v].form, t[act].form);
                continue;
            }
        }
        int32_t ng = negation(&x, v);
        if (ng >= 0) {
            snprintf(tr[v].why, sizeof tr[v].why, "negated (%s '%s')", t[ng].deprel, t[ng].form);
            continue;
        }
        if (inside_negated_reference(&x, v, tr[v].why, sizeof tr[v].why)) continue;
        /* what only might happen: "A meeting between the Indian and
         * Chinese foreign ministers could take place", "... threatened to
         * annihilate South Korea if attacked" */
        if (hypothetical(&x, v, tr[v].why, sizeof tr[v].why)) continue;
        /* "denied Congolese accusations that its troops were fighting
         * alongside M23": what an allegation says is no event */
        {
            static const char *const ALLEGATION[] = {"accusation", "allegation", "claim", "report", "rumour",
                                                     "rumor", "suggestion", "charge", "speculation", NULL};
            int32_t hn = t[v].head;
            if ((rel_is(&t[v], "acl") || rel_is(&t[v], "ccomp")) && hn >= 0 && t[hn].upos &&
                str_eq(t[hn].upos, "NOUN") && lemma_in(&t[hn], ALLEGATION)) {
                int that = 0;
                for (int32_t ch = w->child_first[v]; ch >= 0 && !that; ch = w->child_next[ch])
                    that = rel_is(&t[ch], "mark") && t[ch].form && ascii_ieq(t[ch].form, "that");
                if (that) {
                    snprintf(tr[v].why, sizeof tr[v].why, "what the %s says", t[hn].form);
                    continue;
                }
            }
        }
        /* "seized a plane ... and flew it to Florida": who carries a thing
         * somewhere makes no visit */
        if (!noun && !strcmp(p->code, "042") && !p->has_obj && child_rel(&x, v, "obj") >= 0 &&
            tr[v].m.prep_tok >= 0) {
            snprintf(tr[v].why, sizeof tr[v].why, "carries '%s', no visit", t[child_rel(&x, v, "obj")].form);
            continue;
        }
        /* "Britain will send 14 tanks to Ukraine", "Israel will strike back":
         * what an actor says it will do is its intent (03x) or its threat
         * (13x), not the deed; other roots keep their code.  (Not with the
         * PETRARCH and TABARI dictionaries, which code the deed.) */
        if (!noun && !p->obj_in_obl && !p->stem) {
            int32_t aux = -1;
            /* (and "would" in reported speech: "The United States said it
             * would send cluster munitions to Ukraine") */
            int reported = (rel_is(&t[v], "ccomp") || rel_is(&t[v], "parataxis")) && t[v].head >= 0 &&
                           has[t[v].head] && tr[t[v].head].m.pat >= 0 && d->pats[tr[t[v].head].m.pat].code[0] == '0' &&
                           d->pats[tr[t[v].head].m.pat].code[1] == '1';
            for (int32_t ch = w->child_first[v]; ch >= 0 && aux < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "aux") && t[ch].form && (ascii_ieq(t[ch].form, "will") || ascii_ieq(t[ch].form, "shall") ||
                                                           ascii_ieq(t[ch].form, "'ll") ||
                                                           (reported && ascii_ieq(t[ch].form, "would"))))
                    aux = ch;
            int root = (tr[v].code[0] - '0') * 10 + (tr[v].code[1] - '0');
            /* (but a cut in relations announced is the cut, as writers code
             * it: "Russia said it would expel 60 U.S. diplomats and close
             * the American consulate", "said his government would suspend
             * talks on joining the EU" -- the expulsion is done by saying
             * so) */
            int conditional = 0; /* (looked for only where it matters: a cut said with will/would) */
            for (int32_t ch = aux >= 0 && root == 16 ? w->child_first[v] : -1; ch >= 0 && !conditional;
                 ch = w->child_next[ch])
                if (rel_is(&t[ch], "advcl"))
                    for (int32_t mk = w->child_first[ch]; mk >= 0 && !conditional; mk = w->child_next[mk])
                        conditional = rel_is(&t[mk], "mark") && t[mk].form &&
                                      (ascii_ieq(t[mk].form, "if") || ascii_ieq(t[mk].form, "unless"));
            /* (unless it hangs on a condition: "would cut diplomatic ties
             * with Israel unless it apologised" is a threat) */
            if (aux >= 0 && ((root >= 4 && root <= 8) || (root >= 15 && (root != 16 || conditional)))) {
                const char *nc = intent_code(tr[v].code, 0, 0);
                if (nc) {
                    tr[v].code = nc;
                    snprintf(tr[v].mod, sizeof tr[v].mod, "; future(%s)", t[aux].form);
                }
            }
        }
        /* "Iran and Saudi Arabia agreed on Friday to restore diplomatic
         * relations ..., in a deal brokered by China": what two sides
         * agree to in a deal is the deal, 057, as the writers code it */
        if (!noun && tr[v].code && tr[v].code[0] == '0' && tr[v].code[1] == '3' && t[v].lemma &&
            ascii_ieq(t[v].lemma, "agree")) {
            static const char *const deals[] = {"deal", "agreement", "accord", "pact", NULL};
            int in_deal = 0;
            for (uint32_t k = v + 1; k < w->n && !in_deal; k++) {
                if (!lemma_in(&t[k], deals)) continue;
                int32_t h = (int32_t)k;
                for (int up = 0; up < 6 && h >= 0 && h != (int32_t)v; up++) h = t[h].head;
                if (h != (int32_t)v) continue;
                for (int32_t ch = w->child_first[k]; ch >= 0 && !in_deal; ch = w->child_next[ch])
                    in_deal = rel_is(&t[ch], "case") && t[ch].form && ascii_ieq(t[ch].form, "in");
            }
            if (in_deal) tr[v].code = "057";
        }
        /* "their determination to defeat ISIS", "a plan to attack X", "efforts
         * to capture the town": a to-infinitive modifying a noun is what
         * somebody means or tries to do, not what was done */
        if (!noun && rel_is(&t[v], "acl") && t[v].xpos && str_eq(t[v].xpos, "VB")) {
            int to = 0;
            for (int32_t ch = w->child_first[v]; ch >= 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "mark") && t[ch].lemma && ascii_ieq(t[ch].lemma, "to")) to = 1;
            if (to) {
                snprintf(tr[v].why, sizeof tr[v].why, "infinitive of a noun ('to %s'): intended, not done", t[v].form);
                continue;
            }
        }
        /* "Spanish police raided Catalan government offices and arrested
         * 14 officials", "searched the home of Lula and took him in for
         * questioning": a raid or search that ends in arrests is the
         * arrest, one act, as the writers code it (a raid with an arrest in
         * its -ing clause keeps the raid, the sentence's main event) */
        {
            static const char *const raid[] = {"raid", "search", NULL};
            static const char *const arrest[] = {"arrest", "detain", "take", "seize", NULL};
            int arrested = 0;
            if (!noun && tr[v].code && tr[v].code[0] == '0' && tr[v].code[1] == '9' && lemma_in(&t[v], raid))
                for (int32_t ch = w->child_first[v]; ch >= 0 && !arrested; ch = w->child_next[ch])
                    arrested = rel_is(&t[ch], "conj") && lemma_in(&t[ch], arrest) && has[ch];
            if (arrested) {
                snprintf(tr[v].why, sizeof tr[v].why, "a %s that ends in arrests: the arrest carries it", t[v].form);
                continue;
            }
        }
        /* "landed on the island to oust its renegade leader", "rebels
         * fighting to oust President Taylor", "tried to overthrow": an
         * ouster in a to-infinitive is the aim, not a coup done (a verb of
         * asking or voting names it as its complement: "voted to remove") */
        {
            static const char *const ouster[] = {"oust", "overthrow", "depose", "topple", NULL};
            if (!noun && lemma_in(&t[v], ouster) && t[v].xpos && str_eq(t[v].xpos, "VB") && to_clause(&x, v)) {
                snprintf(tr[v].why, sizeof tr[v].why, "ouster in a to-infinitive ('to %s'): an aim", t[v].form);
                continue;
            }
        }
        if (noun) {
            /* "made no reference to the sieges of X", "avoided any reference to
             * the recapture of Y": an event noun inside a negated or denied
             * phrase is not an event */
            int32_t a = t[v].head;
            for (int k = 0; a >= 0 && k < 5 && !tr[v].why[0]; k++, a = t[a].head) {
                int32_t an = negation(&x, (uint32_t)a);
                if (an >= 0 || lemma_in(&t[a], DENIAL))
                    snprintf(tr[v].why, sizeof tr[v].why, "inside '%s %s'", an >= 0 ? t[an].form : "", t[a].form);
                if (t[a].upos && (str_eq(t[a].upos, "VERB") || str_eq(t[a].upos, "AUX"))) {
                    /* "made no reference to ..." with the to-phrase on the verb */
                    int32_t o = child_rel(&x, (uint32_t)a, "obj");
                    int32_t on = o >= 0 && o != (int32_t)v ? negation(&x, (uint32_t)o) : -1;
                    if (!tr[v].why[0] && on >= 0)
                        snprintf(tr[v].why, sizeof tr[v].why, "inside '%s %s %s'", t[a].form, t[on].form, t[o].form);
                    break; /* up to the clause */
                }
            }
            /* "to be found guilty of genocide", "convicted of war crimes",
             * "charged with terrorism": the charge a verdict or an
             * indictment names is no event of its own */
            static const char *const verdicts[] = {"guilty", "innocent", "convict", "acquit", "charge", "indict",
                                                   "sentence", "try", "prosecute", NULL};
            int32_t g = t[v].head;
            if (!tr[v].why[0] && g >= 0 && (rel_is(&t[v], "obl") || rel_is(&t[v], "nmod")) &&
                lemma_in(&t[g], verdicts))
                snprintf(tr[v].why, sizeof tr[v].why, "the charge of '%s'", t[g].form);
            if (tr[v].why[0]) continue;
        }
        if (tr[v].m.obj >= 0 && (ng = negation(&x, (uint32_t)tr[v].m.obj)) >= 0) {
            snprintf(tr[v].why, sizeof tr[v].why, "negated object (%s '%s')", t[ng].deprel, t[ng].form);
            continue;
        }
        /* governors */
        uint32_t cur = v;
        /* ("urged both sides to halt hostilities and focus on fighting the
         * coronavirus": an -ing clause of a conjunct of the complement is
         * the complement's, requested with it) */
        {
            uint32_t up = v;
            int moved = 0;
            for (int k = 0; k < 3; k++) {
                int32_t hh = t[up].head;
                if (hh < 0 || child_rel(&x, up, "nsubj") >= 0) break;
                int ing = rel_is(&t[up], "advcl") && t[up].xpos && str_eq(t[up].xpos, "VBG");
                int cj = rel_is(&t[up], "conj") && t[up].upos && str_eq(t[up].upos, "VERB") && rel_is(&t[hh], "xcomp");
                if (!ing && !cj) break;
                up = (uint32_t)hh;
                moved |= cj;
            }
            if (moved && rel_is(&t[up], "xcomp")) cur = up;
        }
        for (int level = 0; level < 4 && !tr[v].why[0]; level++) {
            int32_t h = t[cur].head;
            if (h < 0) break;
            /* a to-infinitive the parser made an advcl ("failed ... to capture") */
            int to_advcl = 0;
            if (rel_is(&t[cur], "advcl"))
                for (int32_t ch = w->child_first[cur]; ch >= 0; ch = w->child_next[ch])
                    if (rel_is(&t[ch], "mark") && t[ch].lemma && ascii_ieq(t[ch].lemma, "to")) to_advcl = 1;
            if (level == 0 && rel_is(&t[cur], "advcl")) {
                static const char *const topic_marks[] = {"on", "about", "over", NULL};
                static const char *const aim[] = {"aim", "design", "intend", NULL};
                int topic = 0, at = 0;
                for (int32_t ch = w->child_first[cur]; ch >= 0; ch = w->child_next[ch])
                    if (rel_is(&t[ch], "mark")) {
                        topic |= lemma_in(&t[ch], topic_marks);
                        at |= t[ch].lemma && ascii_ieq(t[ch].lemma, "at");
                    }
                /* "held talks in New Delhi on renewing their agreement":
                 * what talks are about is no event */
                int32_t ho = child_rel(&x, (uint32_t)h, "obj");
                int talks = (has[h] && tr[h].code && tr[h].code[0] == '0' && tr[h].code[1] == '4') ||
                            (ho >= 0 && has[ho] && tr[ho].code && tr[ho].code[0] == '0' && tr[ho].code[1] == '4');
                if (topic && talks) {
                    snprintf(tr[v].why, sizeof tr[v].why, "the topic of '%s'", t[h].form);
                    break;
                }
                /* "signed a peace agreement, aimed at ending the fighting" */
                if (at && lemma_in(&t[h], aim)) {
                    snprintf(tr[v].why, sizeof tr[v].why, "only aimed at ('%s')", t[h].form);
                    break;
                }
            }
            int xcomp = rel_is(&t[cur], "xcomp") || to_advcl;
            int ccomp = rel_is(&t[cur], "ccomp");
            /* (a that-clause the parser hung as an adverbial: "denied on
             * Wednesday that it was preparing to send troops") */
            for (int32_t mk = rel_is(&t[cur], "advcl") ? w->child_first[cur] : -1; mk >= 0 && !ccomp;
                 mk = w->child_next[mk])
                ccomp = rel_is(&t[mk], "mark") && t[mk].form && ascii_ieq(t[mk].form, "that");
            int nounarg = noun && cur == v && (rel_is(&t[cur], "obj") || rel_is(&t[cur], "obl"));
            if (!xcomp && !ccomp && !nounarg) break;
            if (lemma_in(&t[h], DENIAL)) {
                snprintf(tr[v].why, sizeof tr[v].why, "under denial/failure '%s'", t[h].form);
                break;
            }
            if (!ccomp && (ng = negation(&x, (uint32_t)h)) >= 0) {
                snprintf(tr[v].why, sizeof tr[v].why, "governor '%s' negated (%s '%s')", t[h].form,
                         t[ng].deprel, t[ng].form);
                break;
            }
            if (to_advcl && level == 0 && tr[v].code && tr[v].code[0] == '1') {
                /* "students rallied outside parliament to protest against
                 * ...": a protest is done by gathering for it, and is the
                 * gathering's event */
                if (tr[v].code[1] == '4' && lemma_in(&t[h], GATHERING)) {
                    w->consumed[h] = 1;
                    break;
                }
                /* "went on strike on Thursday to demand government action":
                 * what a protest demands is its purpose, not an event of
                 * its own */
                if (tr[v].code[1] == '0' && has[h] && tr[h].code && tr[h].code[0] == '1' && tr[h].code[1] == '4') {
                    snprintf(tr[v].why, sizeof tr[v].why, "the purpose of the protest '%s'", t[h].form);
                    /* (and what it demands is not done: "rallied ... to
                     * demand the withdrawal of Syrian troops") */
                    int32_t o = child_rel(&x, v, "obj");
                    if (o >= 0 && has[o] && !tr[o].why[0])
                        snprintf(tr[o].why, sizeof tr[o].why, "demanded by the protest '%s'", t[h].form);
                    break;
                }
            }
            /* "agreed to a ceasefire on Wednesday to end eight days of
             * fighting": a purpose clause beside the phrase the agreement
             * names (the governor's pattern took that phrase, not the
             * clause) is what it is for, no intent of its own */
            if (to_advcl && level == 0 && has[h] && !tr[h].why[0] && tr[h].m.pp_tok >= 0 && tr[h].m.xcomp < 0 &&
                lemma_in(&t[h], INTENT)) {
                snprintf(tr[v].why, sizeof tr[v].why, "the purpose of '%s'", t[h].form);
                break;
            }
            if (xcomp) {
                int thr = level == 0 && lemma_in(&t[h], THREAT), itn = level == 0 && lemma_in(&t[h], INTENT);
                if (thr || itn) {
                    const char *nc = intent_code(tr[v].code, thr, lemma_in(&t[h], AGREEING));
                    /* (a vow to make someone pay is the threat itself) */
                    if (!nc && itn && tr[v].code[0] == '1' && tr[v].code[1] == '3') nc = tr[v].code;
                    if (!nc) {
                        snprintf(tr[v].why, sizeof tr[v].why, "only intended ('%s')", t[h].form);
                        break;
                    }
                    tr[v].code = nc;
                    snprintf(tr[v].mod, sizeof tr[v].mod, "; %s(%s)", thr ? "threat" : "intent", lemma_str(&x, (uint32_t)h));
                    w->consumed[h] = 1;
                } else if (lemma_in(&t[h], CONSIDER)) {
                    /* "is considering lifting restrictions": weighed, not
                     * done (the weighing, 014, is the event) */
                    snprintf(tr[v].why, sizeof tr[v].why, "only considered ('%s')", t[h].form);
                    break;
                } else if (level == 0 && own_forces_ordered(&x, (uint32_t)h)) {
                    /* "Shoigu ordered troops to withdraw from the west bank":
                     * what a government orders its own forces to do, it
                     * does (the order is no demand of its own) */
                    tr[v].orderer = h;
                    w->consumed[h] = 1;
                } else if (to_advcl && t[h].lemma && ascii_ieq(t[h].lemma, "summon")) {
                    /* "summoned Japan's ambassador to demand the release of
                     * ...": the summoner's purpose, its own act, not one
                     * asked of the envoy (a protest is the summons itself:
                     * "summoned the U.S. ambassador to protest") */
                    if (tr[v].code && tr[v].code[0] == '1' && tr[v].code[1] == '4')
                        snprintf(tr[v].why, sizeof tr[v].why, "the purpose of '%s'", t[h].form);
                    break;
                } else if (lemma_in(&t[h], REQUEST) ||
                           (child_rel(&x, (uint32_t)h, "obj") >= 0 && !lemma_in(&t[h], PERCEIVE) && !lemma_in(&t[h], CAUSE) &&
                            !(to_advcl && lemma_in(&t[h], CONTACTING) && tr[v].code && tr[v].code[0] == '0' &&
                              (tr[v].code[1] == '1' || tr[v].code[1] == '5')))) {
                    snprintf(tr[v].why, sizeof tr[v].why, "requested by '%s', not done", t[h].form);
                    break;
                }
            }
            /* "demanded that Damascus cooperate with investigators": what a
             * demand's that-clause asks for is not done */
            static const char *const demanding[] = {"demand", "urge", "ask", "request", "order", "press",
                                                    "recommend", "propose", NULL};
            if (ccomp && level == 0 && lemma_in(&t[h], demanding)) {
                snprintf(tr[v].why, sizeof tr[v].why, "requested by '%s', not done", t[h].form);
                break;
            }
            if (ccomp && !w->consumed[h]) {
                w->consumed[h] = 2; /* drop the reporter's statement */
                tr[v].reporter = h;
            }
            if (!xcomp) break;
            cur = (uint32_t)h;
        }
        /* a light verb's object noun is not coded again, nor the noun of
         * a required phrase ("bowed to the protesters' demands") */
        if (!tr[v].why[0] && tr[v].m.obj >= 0) w->consumed[tr[v].m.obj] = 1;
        if (!tr[v].why[0] && tr[v].m.pp_tok >= 0) w->consumed[tr[v].m.pp_tok] = 1;
        if (!tr[v].why[0] && tr[v].m.obj2 >= 0) w->consumed[tr[v].m.obj2] = 1;
    }
    /* "defended Hamas, saying it was a liberation group": a statement
     * participle commenting on its clause's event is part of that event */
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !tr[u].code || tr[u].code[0] != '0' || tr[u].code[1] != '1') continue;
        int32_t h = t[u].head;
        if (h < 0 || !rel_is(&t[u], "advcl") || !t[u].xpos || !str_eq(t[u].xpos, "VBG") ||
            child_rel(&x, u, "nsubj") >= 0)
            continue;
        if (has[h] && !tr[h].why[0] && tr[h].code && !(tr[h].code[0] == '0' && tr[h].code[1] == '1'))
            snprintf(tr[u].why, sizeof tr[u].why, "comments on '%s'", t[h].form);
    }
    /* "A passenger jet skidded off the runway and burst into flames,
     * killing 179": deaths in an accident are no one's act -- a killing or
     * wounding participle of a crash, capsizing, collapse ... (also through
     * a verb conjoined to it) */
    static const char *const WEAPONS[] = {"drone", "missile", "rocket", "shell", "bomb", "projectile", "mortar",
                                          "grenade", "munition", "car-bomb", NULL};
    static const char *const accident[] = {"crash", "skid", "capsize", "collapse", "derail", "overturn", "sink",
                                           "burst", "plunge", "topple", "veer", "flip", "catch",
                                           "collide", "ditch", "crash-land", NULL};
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !tr[u].code || tr[u].code[0] != '1' || !t[u].xpos ||
            !str_eq(t[u].xpos, "VBG") || !(rel_is(&t[u], "advcl") || rel_is(&t[u], "acl")) ||
            child_rel(&x, u, "nsubj") >= 0)
            continue;
        int32_t h0 = t[u].head;
        /* (an acl hung on a phrase of the accident: "collided with a goods
         * train ... on Friday evening, killing 288" -- not on its subject) */
        if (rel_is(&t[u], "acl")) {
            for (int up = 0; up < 2 && h0 >= 0 && (rel_is(&t[h0], "obl") || rel_is(&t[h0], "nmod")); up++)
                h0 = t[h0].head;
            if (h0 < 0 || h0 == t[u].head || !t[h0].upos || !str_eq(t[h0].upos, "VERB")) continue;
        }
        for (int32_t h = h0, k = 0; h >= 0 && k < 3; h = rel_is(&t[h], "conj") ? t[h].head : -1, k++) {
            int32_t a = lemma_in(&t[h], accident) ? h : k == 0 ? conj_in(&x, (uint32_t)h, accident) : -1;
            /* (a weapon that "crashed into a building" is an attack) */
            int32_t sj = a >= 0 ? child_rel(&x, (uint32_t)a, "nsubj") : -1;
            if (sj < 0 && a >= 0) sj = child_rel(&x, (uint32_t)h, "nsubj");
            if (sj >= 0 && lemma_in(&t[sj], WEAPONS)) a = -1;
            if (a >= 0) {
                snprintf(tr[u].why, sizeof tr[u].why, "toll of an accident ('%s')", t[a].form);
                break;
            }
        }
    }
    /* "declined to comment on a newspaper report that Washington was
     * weighing new sanctions": what a report, claim or rumour says is not
     * known to have happened */
    static const char *const HEARSAY[] = {"report", "claim", "rumour", "rumor", "speculation", "suggestion",
                                          "allegation", NULL};
    for (uint32_t u = 0; u < w->n; u++) {
        /* (denying the allegation is no part of it: "an allegation the
         * government swiftly denied") */
        if (!has[u] || tr[u].why[0] || denies_in_relative(&x, u)) continue;
        for (int32_t cur = (int32_t)u, k = 0; cur >= 0 && k < 4; k++) {
            int32_t h = t[cur].head;
            if (h < 0) break;
            if ((rel_is(&t[cur], "acl") || rel_is(&t[cur], "ccomp")) && lemma_in(&t[h], HEARSAY) &&
                t[h].upos && str_eq(t[h].upos, "NOUN")) {
                snprintf(tr[u].why, sizeof tr[u].why, "only what a %s says", t[h].form);
                break;
            }
            /* (the that-clause hung elsewhere, "a report that ..." with the
             * clause an advcl of the verb or worse: the words "report
             * that" before the trigger, only its clause's words between) */
            int32_t mk = -1;
            for (int32_t q = (int32_t)u - 1; q > 0 && q >= (int32_t)u - 10 && mk < 0; q--) {
                const char *xp = t[q].xpos;
                if (!t[q].form || str_eq(t[q].form, ",") || str_eq(t[q].form, ";") ||
                    (t[q].upos && str_eq(t[q].upos, "VERB") && xp &&
                     (str_eq(xp, "VBD") || str_eq(xp, "VBZ") || str_eq(xp, "VBP"))))
                    break;
                if (ascii_ieq(t[q].form, "that")) mk = q;
            }
            if (mk > 0 && lemma_in(&t[mk - 1], HEARSAY) && t[mk - 1].upos && str_eq(t[mk - 1].upos, "NOUN")) {
                snprintf(tr[u].why, sizeof tr[u].why, "only what a %s says", t[mk - 1].form);
                break;
            }
            if (!(rel_is(&t[cur], "xcomp") || rel_is(&t[cur], "conj") || rel_is(&t[cur], "obj") || rel_is(&t[cur], "nmod")))
                break;
            cur = h;
        }
    }
    /* "urged them to halt hostilities", "agreed to resume regular visits":
     * an event noun that is being stopped, or that is what an intent or
     * agreement is about (the object of its complement), is no event done */
    static const char *const CEASE[] = {"halt", "stop", "end", "cease", "suspend", "pause", "freeze", "abandon",
                                        "renounce", "wind", NULL};
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !d->pats[tr[u].m.pat].noun || !rel_is(&t[u], "obj")) continue;
        int32_t h = t[u].head;
        if (h < 0) continue;
        if (lemma_in(&t[h], CEASE)) {
            snprintf(tr[u].why, sizeof tr[u].why, "what '%s' stops", t[h].form);
            continue;
        }
        for (uint32_t g = 0; g < w->n; g++)
            if (has[g] && !tr[g].why[0] && tr[g].code && tr[g].code[0] == '0' && tr[g].code[1] == '3' &&
                tr[g].m.xcomp == h) {
                snprintf(tr[u].why, sizeof tr[u].why, "what '%s' intends", t[g].form);
                break;
            }
    }
    /* what describes another event's object is no event of its own: "vetoed
     * a resolution calling for a ceasefire", "rejected a plan that would
     * require it to give up regions" -- a trigger in an acl or relative
     * clause of the object, whose subject is that object (none, or the
     * relative pronoun) */
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !(rel_is(&t[u], "acl"))) continue;
        int32_t o = t[u].head;
        if (o < 0) continue;
        int32_t v = t[o].head;
        if (v < 0 || !has[v] || tr[v].why[0] || !(rel_is(&t[o], "obj") || o == tr[v].m.obj)) continue;
        int32_t sj = child_rel(&x, u, "nsubj");
        if (sj >= 0 && !(t[sj].upos && (str_eq(t[sj].upos, "PRON") || str_eq(t[sj].upos, "DET")) &&
                         lemma_in(&t[sj], RELATIVE)))
            continue;
        /* (but for a deal's broker, named: "signed a deal brokered by the
         * African Union" -- the mediation is news of its own) */
        if (t[u].lemma && str_eq(t[u].lemma, "broker") && child_exact(&x, u, "obl:agent") >= 0) continue;
        snprintf(tr[u].why, sizeof tr[u].why, "describes the object of '%s'", t[v].form);
    }
    /* "marched against the government's proposed tax reform": an event
     * noun only proposed or planned is not done, and what a protest or a
     * criticism is against is its grievance, not an event of its own */
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !d->pats[tr[u].m.pat].noun) continue;
        static const char *const unmade[] = {"propose", "proposed", "plan", "planned", "draft", NULL};
        for (int32_t ch = w->child_first[u]; ch >= 0 && !tr[u].why[0]; ch = w->child_next[ch])
            if (rel_is(&t[ch], "amod") && lemma_in(&t[ch], unmade))
                snprintf(tr[u].why, sizeof tr[u].why, "only %s", t[ch].form);
        int32_t h = t[u].head;
        if (tr[u].why[0] || h < 0 || !has[h] || tr[h].why[0] || !tr[h].code || tr[h].code[0] != '1' ||
            !(tr[h].code[1] == '4' || tr[h].code[1] == '1' || tr[h].code[1] == '2' || tr[h].code[1] == '0' ||
              tr[h].code[1] == '3' || tr[h].code[1] == '6'))
            continue;
        /* (also what it is over or for: "filed a lawsuit over last week's
         * police raid", "suspended aid over Kigali's support for M23") */
        uint32_t cw = case_of(&x, u);
        if (cw != WORD_NONE && (cw == c->fw[FW_AGAINST] || cw == c->fw[FW_OVER] || cw == c->fw[FW_FOR]))
            snprintf(tr[u].why, sizeof tr[u].why, "what '%s' is about", t[h].form);
    }
    /* an event noun modifying another noun names a kind of thing, not an
     * event: "the main trade crossing", "an attack helicopter", "protest
     * leader" */
    /* (but not of a noun that only packages it: "a military aid
     * package", "a new sanctions programme", "a bombing campaign", "the
     * peacekeeping mission") */
    static const char *const package[] = {"package", "programme", "program", "campaign", "regime", "mission",
                                          "drive", "spree", NULL};
    for (uint32_t u = 0; u < w->n; u++)
        if (has[u] && !tr[u].why[0] && d->pats[tr[u].m.pat].noun && rel_is(&t[u], "compound") && t[u].head > (int32_t)u &&
            !lemma_in(&t[t[u].head], package))
            snprintf(tr[u].why, sizeof tr[u].why, "modifies '%s'", t[t[u].head].form);
    /* an event noun that is only the setting of another event: "the
     * suicide bombing at a rally of a pro-Taliban party", "a stampede
     * during a protest" */
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !d->pats[tr[u].m.pat].noun || !rel_is(&t[u], "nmod")) continue;
        uint32_t cw = case_of(&x, u);
        if (cw == WORD_NONE) continue;
        const char *cs = dict_word_str(d, cw);
        if (strcmp(cs, "at") && strcmp(cs, "during") && strcmp(cs, "near") && strcmp(cs, "outside")) continue;
        int32_t o = t[u].head;
        if (o >= 0 && (has[o] || (t[o].head >= 0 && has[t[o].head])))
            snprintf(tr[u].why, sizeof tr[u].why, "the setting of '%s'", t[has[o] ? o : t[o].head].form);
    }
    /* "signed a joint statement at their summit in Singapore", "urged
     * the juntas to reconsider ... at a summit in Abuja": a meeting where
     * an act was done is its setting, as the blind writers code it (an
     * act told beside a meeting told as such, "met ... and signed", keeps
     * both) */
    static const char *const parts_of[] = {"end", "close", "start", "conclusion", "sideline", "sidelines",
                                           "margin", "margins", NULL};
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !d->pats[tr[u].m.pat].noun || !tr[u].code || strncmp(tr[u].code, "04", 2))
            continue;
        /* (also "at the end of their first summit", "on the sidelines
         * of a summit") */
        uint32_t m = u;
        if (rel_is(&t[u], "nmod") && t[u].head >= 0 && lemma_in(&t[t[u].head], parts_of)) m = (uint32_t)t[u].head;
        if (!rel_is(&t[m], "obl")) continue;
        uint32_t cw = case_of(&x, m);
        const char *cs = cw != WORD_NONE ? dict_word_str(d, cw) : "";
        if (!str_eq(cs, "at") && !str_eq(cs, "during") && !(m != u && str_eq(cs, "on"))) continue;
        int32_t h = t[m].head;
        if (h >= 0 && has[h] && !tr[h].why[0])
            snprintf(tr[u].why, sizeof tr[u].why, "the setting of '%s'", t[h].form);
    }
    /* "recalled its ambassador in protest at an Iranian missile strike on
     * Erbil", "in retaliation for Israeli air strikes": what a protest,
     * a response or a revenge answers is told as its cause */
    static const char *const ANSWERS[] = {"protest", "response", "retaliation", "reprisal", "revenge", "reaction",
                                          "anger", "outrage", NULL};
    /* (read off the words, "in protest at", whichever way the phrase was
     * hung) */
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !d->pats[tr[u].m.pat].noun) continue;
        int32_t k = -1;
        for (int32_t ch = w->child_first[u]; ch >= 0 && k < 0; ch = w->child_next[ch])
            if (rel_is(&t[ch], "case") && ch < (int32_t)u) k = ch;
        if (k >= 2 && lemma_in(&t[k - 1], ANSWERS) && t[k - 2].form && ascii_ieq(t[k - 2].form, "in"))
            snprintf(tr[u].why, sizeof tr[u].why, "what '%s' answers", t[k - 1].form);
    }
    /* "were killed by a Taliban roadside bomb", "died in a U.S. drone
     * strike": an event noun that is the means of a violent act coded
     * there is told by that act */
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !d->pats[tr[u].m.pat].noun || !rel_is(&t[u], "obl")) continue;
        int32_t h = t[u].head;
        uint32_t cw = case_of(&x, u);
        if (h < 0 || !has[h] || tr[h].why[0] || d->pats[tr[h].m.pat].noun || cw == WORD_NONE ||
            !violent_code(d->pats[tr[h].m.pat].code) || !violent_code(d->pats[tr[u].m.pat].code))
            continue;
        const char *cs = dict_word_str(d, cw);
        /* ("Twenty Indian soldiers were killed in a clash with Chinese
         * troops": a fight with someone, in a killing told without its
         * doer, is the event, between the killed and that someone) */
        if (str_eq(cs, "in") && lemma_in(&t[u], FIGHT_NOUNS) && phrase_under(&x, u, c->fw[FW_WITH], 1) >= 0 &&
            child_exact(&x, (uint32_t)h, "aux:pass") >= 0 && child_exact(&x, (uint32_t)h, "obl:agent") < 0) {
            snprintf(tr[h].why, sizeof tr[h].why, "told by the '%s' it was done in", t[u].form);
            continue;
        }
        if (str_eq(cs, "by") || str_eq(cs, "in"))
            snprintf(tr[u].why, sizeof tr[u].why, "the means of '%s'", t[h].form);
    }
    /* "met on the sidelines of a G20 meeting": the gathering whose margins
     * host an event is its setting */
    for (uint32_t u = 0; u < w->n; u++)
        if (has[u] && !tr[u].why[0] && d->pats[tr[u].m.pat].noun && rel_is(&t[u], "nmod") && t[u].head >= 0 &&
            lemma_in(&t[t[u].head], MARGINS))
            snprintf(tr[u].why, sizeof tr[u].why, "the setting ('%s')", t[t[u].head].form);
    /* "aimed at shoring up their battered 2002 ceasefire", "a 1992 peace
     * accord": an event noun dated by a year before it names an act of
     * the past, not news */
    for (uint32_t u = 0; u < w->n; u++) {
        if (!has[u] || tr[u].why[0] || !d->pats[tr[u].m.pat].noun) continue;
        for (int32_t ch = w->child_first[u]; ch >= 0 && (uint32_t)ch < u; ch = w->child_next[ch]) {
            const char *f = t[ch].form;
            if (f && strlen(f) == 4 && (f[0] == '1' || f[0] == '2') && isdigit((unsigned char)f[1]) &&
                isdigit((unsigned char)f[2]) && isdigit((unsigned char)f[3]) &&
                (rel_is(&t[ch], "nummod") || rel_is(&t[ch], "compound") || rel_is(&t[ch], "amod") ||
                 rel_is(&t[ch], "nmod:unmarked"))) {
                snprintf(tr[u].why, sizeof tr[u].why, "an act of %s", f);
                break;
            }
        }
    }
    /* a complement of a rejected trigger is rejected too ("asked X to help
     * return ...": the return is requested, not done) */
    for (int round = 0; round < 2; round++)
        for (uint32_t v = 0; v < w->n; v++) {
            if (!has[v] || tr[v].why[0]) continue;
            int32_t h = t[v].head;
            /* (and an -ing or to-clause of it without a subject of its
             * own: "a decision to suspend talks on joining the EU") */
            int clause = rel_is(&t[v], "xcomp") ||
                         (rel_is(&t[v], "advcl") && child_rel(&x, v, "nsubj") < 0 && t[v].xpos &&
                          (str_eq(t[v].xpos, "VBG") || str_eq(t[v].xpos, "VB")));
            /* (but not the main verb's accusation hung on the denied
             * clause: "denied that its forces had blown up the dam,
             * blaming Ukrainian shelling") */
            if (clause && main_accusation(&x, v)) clause = 0;
            if (h >= 0 && has[h] && tr[h].why[0] && clause &&
                strncmp(tr[h].why, "perception", 10)) /* the perceived action is done */
                snprintf(tr[v].why, sizeof tr[v].why, "complement of rejected '%s'", t[h].form);
        }
    /* "said the U.S. decision violated international law": the speaker's
     * judgement of the act is the event, not the act told again */
    for (uint32_t v = 0; v < w->n; v++)
        if (judged_wrong(&x, v, has, tr))
            for (uint32_t u = 0; u < w->n; u++)
                if (has[u] && tr[u].reporter == (int32_t)v && !tr[u].why[0])
                    snprintf(tr[u].why, sizeof tr[u].why, "the wrong '%s' judges", t[v].form);
    /* pass 2: actors, recipients, events */
    int status = 0;
    /* Reporting verbs whose statement the reported clause may carry come
     * last (sweep 1): their statement is dropped unless every trigger of the
     * reported clause was accepted and found no actor ("telling reporters,
     * 'We agreed'" with an unresolved "we" still says something). */
    for (int sweep = 0; sweep < 2; sweep++)
    for (uint32_t v = 0; v < w->n && !status; v++) {
        if (!has[v]) continue;
        const verb_pat *p = &d->pats[tr[v].m.pat];
        /* (considering, 014, reports nothing: "is considering a ban" is the
         * consideration, whatever the parser hung under it) */
        int reporting = !tr[v].why[0] && w->consumed[v] == 2 && tr[v].code[0] == '0' && tr[v].code[1] == '1' &&
                        strncmp(tr[v].code, "014", 3);
        if (reporting != sweep) continue;
        if (tr[v].why[0]) {
            explain(&x, "rejected %s '%s' (%s): %s", p->code, t[v].form, p->text, tr[v].why);
            continue;
        }
        if (w->consumed[v] == 1) {
            explain(&x, "dropped %s '%s': its complement carries the event", p->code, t[v].form);
            continue;
        }
        if (reporting && !judged_wrong(&x, v, has, tr)) {
            int carried = 0, any = 0, denied = 0;
            for (uint32_t u = 0; u < w->n; u++)
                /* (a reported event that was itself rejected -- "denied
                 * that its troops were fighting" -- carries nothing: the
                 * denial stands, 016) */
                if (has[u] && tr[u].reporter == (int32_t)v) {
                    if (tr[u].why[0]) {
                        denied |= !strncmp(tr[u].why, "under denial", 12);
                        continue;
                    }
                    /* (not the attribution of the statement itself:
                     * "X warned that ..., state media reported") */
                    if (tr[u].code && tr[u].code[0] == '0' && tr[u].code[1] == '1' && rel_is(&t[u], "parataxis") &&
                        t[u].head == (int32_t)v)
                        continue;
                    any = 1;
                    if (!tr[u].no_actor) carried = 1;
                }
            /* "warned the United States that Pyongyang would not hesitate
             * to use its nuclear weapons if ...", "warned that it would be
             * forced to take retaliatory steps": a warning of what the
             * warner would do, which codes no event of its own, is a
             * threat -- of force when what it names is force (13x by that
             * act's root), else unspecified (130) */
            static const char *const warn[] = {"warn", NULL};
            static const char *const modal[] = {"would", "will", "could", "might", "'ll", NULL};
            if (!carried && !denied && lemma_in(&t[v], warn)) {
                int32_t cc = child_rel(&x, v, "ccomp");
                int will = 0;
                for (int32_t ch = cc >= 0 ? w->child_first[cc] : -1; ch >= 0 && !will; ch = w->child_next[ch])
                    will = rel_is(&t[ch], "aux") && lemma_in(&t[ch], modal);
                const char *threat = NULL;
                for (uint32_t u = 0; u < w->n && will; u++)
                    if (has[u] && tr[u].reporter == (int32_t)v && tr[u].code[0] >= '1') {
                        const char *ic = intent_code(tr[u].code, 0, 0);
                        if (ic && ic[0] == '1' && ic[1] == '3' && (!threat || strcmp(ic, threat) > 0)) threat = ic;
                    }
                if (will) {
                    tr[v].code = threat ? threat : "130";
                    carried = any = 0;
                    explain(&x, "threat %s: '%s' warns of what the warner would do", tr[v].code, t[v].form);
                }
            }
            if ((carried || !any) && !denied && tr[v].code[0] == '0') {
                explain(&x, "dropped %s '%s': the reported clause carries the event", p->code, t[v].form);
                continue;
            }
        }
        actor_val A[MAXA], R[MAXA];
        int na = 0, nr = 0, passive = 0;
        int noun = p->noun;
        const char *code = tr[v].code;
        /* "said he was confident that a peace agreement ... could be
         * reached", "said it was deeply concerned": a plain statement whose
         * reported clause is a mood is optimism (013) or pessimism (012) */
        int32_t said_of = -1; /* the one a statement says is to blame */
        if (!noun && str_eq(code, "010")) {
            static const char *const hopeful[] = {"confident", "optimistic", "hopeful", "upbeat", NULL};
            static const char *const worried[] = {"concerned", "worried", "alarmed", "pessimistic", "troubled",
                                                  "anxious", "fearful", "disappointed", "dismayed", NULL};
            int32_t cc = child_rel(&x, v, "ccomp");
            if (cc >= 0 && t[cc].upos && str_eq(t[cc].upos, "ADJ") && child_rel(&x, (uint32_t)cc, "cop") >= 0) {
                int neg = 0;
                for (int32_t ch = w->child_first[cc]; ch >= 0 && !neg; ch = w->child_next[ch])
                    neg = t[ch].lemma && ascii_ieq_any(t[ch].lemma, NEG_WORDS);
                int32_t csj = child_rel(&x, (uint32_t)cc, "nsubj");
                /* ("said it was highly likely that Russia was responsible":
                 * the judgement is the clause the likelihood is of) */
                static const char *const sure[] = {"likely", "clear", "certain", "obvious", "probable",
                                                   "evident", "apparent", "plain", NULL};
                int32_t of = child_rel(&x, (uint32_t)cc, "ccomp");
                if (!neg && lemma_in(&t[cc], sure) && of >= 0 && t[of].upos && str_eq(t[of].upos, "ADJ") &&
                    lemma_in(&t[of], CULPABLE) && child_rel(&x, (uint32_t)of, "cop") >= 0) {
                    for (int32_t ch = w->child_first[of]; ch >= 0 && !neg; ch = w->child_next[ch])
                        neg = t[ch].lemma && ascii_ieq_any(t[ch].lemma, NEG_WORDS);
                    cc = of;
                    csj = child_rel(&x, (uint32_t)cc, "nsubj");
                }
                if (!neg && lemma_in(&t[cc], hopeful)) code = "013";
                else if (!neg && lemma_in(&t[cc], worried)) code = "012";
                /* ("She said the Russian state was culpable for the
                 * attempted murder": saying someone is to blame accuses
                 * them, 112) */
                else if (!neg && lemma_in(&t[cc], CULPABLE) && csj >= 0) {
                    code = "112";
                    said_of = csj;
                }
                /* ("Iran said the intervention was unacceptable": judging
                 * an act wrong criticises (111) whoever did it) */
                else if (!neg && lemma_in(&t[cc], WRONG_ACT) && csj >= 0 && lemma_in(&t[csj], ACT_NOUNS)) {
                    code = "111";
                    said_of = csj;
                }
            }
            int32_t blamed = cc >= 0 ? blamed_in_clause(&x, (uint32_t)cc) : -1;
            if (blamed >= 0) {
                code = "112";
                said_of = blamed;
                explain(&x, "accusation 112: '%s' says '%s' bears the blame", t[v].form, t[blamed].form);
            }
            int32_t wrong_of = cc >= 0 ? act_said_wrong(&x, (uint32_t)cc) : -1;
            if (wrong_of >= 0) {
                code = "112";
                said_of = wrong_of;
                explain(&x, "accusation 112: '%s' says an act of '%s' was wrong", t[v].form, t[wrong_of].form);
            }
        }
        /* ("vowed that Hamas would pay an unprecedented price", "said the
         * measures would not go unanswered": a statement or vow of
         * someone's paying is a threat, 130, aimed at the payer) */
        if (!noun && (str_eq(code, "010") || str_eq(code, "030"))) {
            int32_t cc = child_rel(&x, v, "ccomp"), payer = -1;
            if (cc >= 0 && threat_clause(&x, (uint32_t)cc, &payer)) {
                code = "130";
                said_of = payer;
                explain(&x, "threat 130: '%s' says someone will pay, or an act will not go unanswered", t[v].form);
            }
        }
        /* "killed at least 200 people", "expelled more than 13,000 migrants":
         * mass killing (202) and mass expulsion (201) by their numbers (a
         * thousand deported migrants are a deportation, 174, as writers
         * code them; tens of thousands expelled are a mass expulsion) */
        if (!noun && (str_eq(code, "1823") || str_eq(code, "174"))) {
            int32_t o = tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj");
            long victims = o >= 0 ? count_of(&x, (uint32_t)o) : 0;
            if (str_eq(code, "1823") && victims >= 100) code = "202";
            else if (str_eq(code, "174") && victims >= 10000) code = "201";
        }
        /* "a military aid package", "humanitarian aid", "financial
         * assistance": plain aid (070) of a kind its modifier names */
        if (str_eq(code, "070") || str_eq(code, "033")) {
            static const char *const aid_nouns[] = {"aid", "assistance", "support", "help", "package", NULL};
            static const char *const military[] = {"military", "security", "defence", "defense", "arms", "weapon", NULL};
            static const char *const economic[] = {"financial", "economic", "budget", "budgetary", "fiscal", NULL};
            static const char *const humanitarian[] = {"humanitarian", "food", "relief", "medical", "emergency", NULL};
            int intent = code[2] == '3';
            int32_t o = noun ? (int32_t)v : tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj");
            /* ("$5.5 billion in financial assistance") */
            int32_t in_hosts[2] = {o, noun ? -1 : (int32_t)v};
            for (int hi = 0; hi < 2 && o >= 0 && !lemma_in(&t[o], aid_nouns); hi++)
                for (int32_t ch = in_hosts[hi] >= 0 ? w->child_first[in_hosts[hi]] : -1; ch >= 0; ch = w->child_next[ch])
                    if ((rel_is(&t[ch], "nmod") || rel_is(&t[ch], "obl")) && case_of(&x, (uint32_t)ch) == c->fw[FW_IN] &&
                        lemma_in(&t[ch], aid_nouns)) {
                        o = ch;
                        break;
                    }
            /* (the aid noun itself or the package it makes up: "a military
             * aid package") */
            int32_t hosts[2] = {o, o >= 0 && t[o].head >= 0 && rel_is(&t[o], "compound") ? t[o].head : -1};
            for (int hi = 0; hi < 2 && o >= 0 && lemma_in(&t[o], aid_nouns); hi++)
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0; ch = w->child_next[ch]) {
                    if (!(rel_is(&t[ch], "amod") || rel_is(&t[ch], "compound"))) continue;
                    /* (an intent to give it: 0331 economic, 0332 military,
                     * 0333 humanitarian aid) */
                    if (lemma_in(&t[ch], military)) code = intent ? "0332" : "072";
                    else if (lemma_in(&t[ch], economic)) code = intent ? "0331" : "071";
                    else if (lemma_in(&t[ch], humanitarian)) code = intent ? "0333" : "073";
                }
        }
        /* "A Malian army drone strike killed 20 civilians": a killing done
         * by an attack named as its subject is that attack (195) */
        if (!noun && str_eq(code, "1823")) {
            int32_t sj = child_rel(&x, v, "nsubj");
            if (sj < 0 && rel_is(&t[v], "acl") && t[v].head >= 0) sj = t[v].head;
            if (sj >= 0 && has[sj] && d->pats[tr[sj].m.pat].noun && tr[sj].code &&
                (tr[sj].code[0] == '1' && (tr[sj].code[1] == '8' || tr[sj].code[1] == '9')))
                code = tr[sj].code;
            else if (sj >= 0) {
                /* (the attack nouns no pattern takes alone: "strike" is
                 * also a labour strike) */
                static const char *const AIR[] = {"air", "drone", "missile", "aerial", "rocket", NULL};
                static const char *const BOMBING[] = {"airstrike", "bombing", "bombardment", NULL};
                static const char *const SHELLING[] = {"shelling", "barrage", NULL};
                int air = lemma_in(&t[sj], BOMBING);
                for (int32_t ch = w->child_first[sj]; ch >= 0 && !air; ch = w->child_next[ch])
                    air = (rel_is(&t[ch], "compound") || rel_is(&t[ch], "amod")) && lemma_in(&t[ch], AIR);
                if (air && (lemma_in(&t[sj], BOMBING) || ascii_ieq(lemma_str(&x, (uint32_t)sj), "strike") ||
                            ascii_ieq(lemma_str(&x, (uint32_t)sj), "attack") || ascii_ieq(lemma_str(&x, (uint32_t)sj), "raid")))
                    code = "195";
                else if (lemma_in(&t[sj], SHELLING)) code = "194";
            }
        }
        /* "Saudi warplanes struck Houthi positions", "Houthi drones struck
         * two oil facilities", "Russian missiles hit a shopping centre": an
         * attack whose subject is an aircraft or a missile is an air strike
         * (195) */
        if (!noun && (str_eq(code, "190") || str_eq(code, "180"))) {
            static const char *const AIRCRAFT[] = {"warplane", "jet", "drone", "aircraft", "plane", "helicopter",
                                                   "gunship", "missile", "rocket", "airplane", "fighter-bomber", NULL};
            int32_t sj = child_rel(&x, v, "nsubj");
            if (sj >= 0 && lemma_in(&t[sj], AIRCRAFT)) code = "195";
        }
        /* "Two Islamic State suicide bombers struck crowds": an attack by
         * suicide bombers is a suicide bombing (1831) */
        if (!noun && (str_eq(code, "190") || str_eq(code, "180") || str_eq(code, "183") || str_eq(code, "1823"))) {
            int32_t sj = child_rel(&x, v, "nsubj");
            if (sj >= 0 && ascii_ieq(lemma_str(&x, (uint32_t)sj), "bomber"))
                for (int32_t ch = w->child_first[sj]; ch >= 0; ch = w->child_next[ch])
                    if ((rel_is(&t[ch], "compound") || rel_is(&t[ch], "amod")) && t[ch].form &&
                        ascii_ieq(t[ch].form, "suicide"))
                        code = "1831";
        }
        /* "China warned the United States against selling weapons",
         * "Iran warned Britain of consequences": a warning addressed to
         * an actor is a threat (130), not a pessimistic comment (012) */
        if (!noun && str_eq(code, "012") && ascii_ieq(lemma_str(&x, v), "warn")) {
            int32_t o = child_rel(&x, v, "obj");
            if (o < 0) o = child_rel(&x, v, "iobj");
            actor_val tmp[MAXA];
            if (o >= 0 && actors_of(c, e, (uint32_t)o, tmp, MAXA) > 0) code = "130";
        }
        int32_t rt = said_of;
        int killed_in_fight = 0; /* "soldiers were killed in a clash with ..." */
        if (noun) {
            int32_t poss = -1;
            for (int32_t ch = w->child_first[v]; ch >= 0 && poss < 0; ch = w->child_next[ch])
                if (t[ch].deprel && (str_eq(t[ch].deprel, "nmod:poss") || str_eq(t[ch].deprel, "det:poss")))
                    poss = ch;
            /* coercion and violence ("the killing of protesters", "the arrest
             * of X"): of names the victim, by the doer */
            int violent = (code[0] == '1' && code[1] >= '7') || (code[0] == '2' && code[1] == '0');
            /* (an expulsion's of-phrase names who is expelled: "announced
             * expulsions of Russian envoys") */
            violent |= !strncmp(code, "166", 3);
            /* (and a release's names who is freed: "the release of 82
             * Chibok schoolgirls by Boko Haram") */
            violent |= !strncmp(code, "0841", 4);
            int32_t victim = -1;
            for (int32_t ch = w->child_first[v]; ch >= 0 && poss < 0; ch = w->child_next[ch]) {
                if (!rel_is(&t[ch], "nmod")) continue;
                uint32_t cw = case_of(&x, (uint32_t)ch);
                /* (military posture: "the mobilisation of military
                 * reservists" names who is mobilised, not who mobilises) */
                if (cw == c->fw[FW_BY] || (cw == c->fw[FW_OF] && !violent && !(code[0] == '1' && code[1] == '5')))
                    poss = ch;
                else if (cw == c->fw[FW_OF] && violent && victim < 0) victim = ch;
            }
            if (victim >= 0 && !p->no_recipient && tr[v].m.prep_tok < 0) rt = victim;
            /* (the doer's by-phrase the parser hung on the victim: "the
             * release of 82 schoolgirls by Boko Haram") */
            for (int32_t ch = victim >= 0 && poss < 0 ? w->child_first[victim] : -1; ch >= 0 && poss < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "nmod") && case_of(&x, (uint32_t)ch) == c->fw[FW_BY]) poss = ch;
            /* "launched a rocket in defiance of U.N. Security Council
             * resolutions": the clause's subject defies, the of-phrase's
             * owner is defied */
            static const char *const in_act[] = {"defiance", "violation", "breach", NULL};
            uint32_t vcase = case_of(&x, v);
            int in_defiance = vcase != WORD_NONE && str_eq(dict_word_str(d, vcase), "in") && lemma_in(&t[v], in_act);
            if (in_defiance) {
                if (poss >= 0 && !p->no_recipient) rt = poss;
                poss = -1;
                for (int32_t h = t[v].head, k = 0; h >= 0 && !na && k < 8; h = t[h].head, k++)
                    if (!t[h].upos || str_eq(t[h].upos, "VERB")) na = actors_subject(&x, (uint32_t)h, A, MAXA, 0, NULL);
            }
            /* "to protest against their detention", "Suu Kyi's arrest": a
             * noun of what is done to someone, owned with no of-phrase,
             * owns its victim, not its doer */
            static const char *const patient_nouns[] = {"arrest", "detention", "imprisonment", "jailing",
                                                        "incarceration", "deportation", "expulsion", "execution",
                                                        "abduction", "kidnapping", "disappearance", "release", "freeing",
                                                        NULL};
            int patient = 0;
            if (violent && victim < 0 && poss >= 0 && t[poss].deprel &&
                (str_eq(t[poss].deprel, "nmod:poss") || str_eq(t[poss].deprel, "det:poss")) &&
                lemma_in(&t[v], patient_nouns)) {
                if (!p->no_recipient && tr[v].m.prep_tok < 0) rt = poss;
                poss = -1;
                patient = 1;
            }
            /* "visited the Yasukuni shrine, drawing swift condemnation
             * from China", "the decision drew criticism from the EU": a
             * reaction drawn from someone is theirs, aimed at whoever drew
             * it (the drawing verb's subject, or its clause's) */
            if (poss < 0 && code[0] == '1' && code[1] >= '1' && code[1] <= '4' && rel_is(&t[v], "obj") &&
                t[v].head >= 0 && lemma_in(&t[t[v].head], DRAWING)) {
                uint32_t h = (uint32_t)t[v].head;
                /* (the from-phrase on the noun or on the drawing verb) */
                int32_t hosts[2] = {(int32_t)v, (int32_t)h};
                for (int hi = 0; hi < 2 && poss < 0; hi++)
                    for (int32_t ch = w->child_first[hosts[hi]]; ch >= 0 && poss < 0; ch = w->child_next[ch])
                        if ((rel_is(&t[ch], "nmod") || rel_is(&t[ch], "obl")) && case_of(&x, (uint32_t)ch) == c->fw[FW_FROM])
                            poss = ch;
                int32_t drawer = child_rel(&x, h, "nsubj");
                /* (up the clauses it hangs on: "sentenced X ... for
                 * spreading false news, drawing criticism from ..." with
                 * "drawing" on "spreading") */
                for (int32_t up = (int32_t)h, k = 0; drawer < 0 && k < 3 && t[up].head >= 0 &&
                                                     (rel_is(&t[up], "advcl") || rel_is(&t[up], "conj"));
                     k++) {
                    up = t[up].head;
                    drawer = child_rel(&x, (uint32_t)up, "nsubj");
                }
                /* (the parser may hang the -ing clause on the object
                 * before its comma: "said it had tested a hydrogen bomb,
                 * drawing condemnation ..." -- the bomb's verb's subject) */
                if (drawer < 0 && rel_is(&t[h], "acl") && t[h].head >= 0 && h > 0 && t[h - 1].form &&
                    str_eq(t[h - 1].form, ",")) {
                    int32_t nn = t[h].head;
                    if (t[nn].head >= 0 && (rel_is(&t[nn], "obj") || rel_is(&t[nn], "obl")))
                        drawer = child_rel(&x, (uint32_t)t[nn].head, "nsubj");
                }
                if (poss >= 0 && drawer >= 0 && !p->no_recipient && rt < 0) rt = drawer;
            }
            /* "Twenty Indian soldiers were killed in a clash with Chinese
             * troops": the fight those killed were in is theirs */
            if (!na && poss < 0 && lemma_in(&t[v], FIGHT_NOUNS) && rel_is(&t[v], "obl") && t[v].head >= 0 &&
                case_of(&x, v) == c->fw[FW_IN] && child_exact(&x, (uint32_t)t[v].head, "aux:pass") >= 0) {
                int32_t killed = child_exact(&x, (uint32_t)t[v].head, "nsubj:pass");
                if (killed >= 0) na = actors_of(c, e, (uint32_t)killed, A, MAXA);
                /* (2: many were killed, who could fight back) */
                int many = killed >= 0 && t[killed].xpos && (str_eq(t[killed].xpos, "NNS") || str_eq(t[killed].xpos, "NNPS"));
                killed_in_fight = na > 0 ? 1 + many : 0;
            }
            /* what an order or announcement brings about is done by who
             * gave it ("Putin ordered Russia's first mobilisation") */
            if (tr[v].noun_gov) na = actors_subject(&x, (uint32_t)(tr[v].noun_gov - 1), A, MAXA, 0, NULL);
            if (!na && !patient && w->group_of[v] >= 0) na = actors_of(c, e, v, A, MAXA); /* "their conversation", "Russian support" */
            if (!na && poss >= 0) na = actors_of(c, e, (uint32_t)poss, A, MAXA);
            /* "China's military launched large-scale drills": the object
             * of a verb that only performs it is done by that verb's
             * subject */
            int32_t performer = performing_verb(&x, has, v);
            if (!na && performer >= 0) na = actors_subject(&x, (uint32_t)performer, A, MAXA, 0, NULL);
            /* "announced a military aid package for Ukraine": an event noun
             * naming what a package holds is done by whoever announces,
             * adopts or sends the package, to whom it is for */
            int32_t pk, pv = package_verb(&x, v, &pk);
            if (pv >= 0) {
                if (!na) na = actors_subject(&x, (uint32_t)pv, A, MAXA, 0, NULL);
                for (int32_t ch = w->child_first[pk]; na && ch >= 0 && rt < 0 && !p->no_recipient; ch = w->child_next[ch]) {
                    uint32_t cw = case_of(&x, (uint32_t)ch);
                    if (rel_is(&t[ch], "nmod") && (cw == c->fw[FW_FOR] || cw == c->fw[FW_TO] || cw == c->fw[FW_AGAINST] ||
                                                  cw == c->fw[FW_ON]))
                        rt = ch;
                }
            }
        } else if (tr[v].orderer >= 0) {
            na = actors_subject(&x, (uint32_t)tr[v].orderer, A, MAXA, 0, NULL);
        } else {
            na = actors_subject(&x, v, A, MAXA, 0, &passive);
        }
        /* "Indian warplanes struck what New Delhi said was a militant
         * camp" (no object parsed): armed forces strike no labour strike */
        if (!strcmp(code, "143") && na) {
            static const char *const fighters[] = {"MIL", "REB", "UAF", NULL};
            int armed = 1;
            for (int i = 0; i < na && armed; i++)
                armed = (A[i].sector && ascii_ieq_any(A[i].sector, fighters)) || (A[i].code && !strncmp(A[i].code, "IMG", 3));
            if (armed) code = "190";
        }
        /* recipient */
        if (!p->no_recipient && rt < 0) {
            static const char *const chase[] = {"drive", "flush", "chase", "kick", "force", "push", "throw", NULL};
            if (tr[v].m.prep_tok >= 0) {
                rt = tr[v].m.prep_tok;
                /* ("drove Boko Haram militants out of the town": a
                 * particle's phrase yields to a real object that names an
                 * actor) */
                int32_t o = tr[v].m.prep_particle && !p->has_obj && !noun && lemma_in(&t[v], chase)
                                ? child_rel(&x, v, "obj")
                                : -1;
                if (o >= 0 && w->group_of[o] >= 0) rt = o;
                /* ("welcomed Syrian President Bashar al-Assad to an Arab
                 * League summit": a host's guest is the object, the
                 * to-phrase where he is welcomed) */
                int32_t guest = !noun && !strncmp(code, "043", 3) ? child_rel(&x, v, "obj") : -1;
                if (guest >= 0 && w->group_of[guest] >= 0 && w->g[w->group_of[guest]].val.code) rt = guest;
            } else if (!noun && p->has_obj) {
                rt = tr[v].m.obj; /* "blocked the meeting that Moscow wanted": its owner */
                /* "froze its participation in the CSTO": what one takes
                 * part in is the recipient, not one's own part */
                static const char *const PART_IN[] = {"participation", "membership", "involvement", "presence",
                                                      "seat", "role", NULL};
                if (rt >= 0 && lemma_in(&t[rt], PART_IN)) {
                    int32_t part_hosts[2] = {rt, (int32_t)v}, in = -1; /* (the phrase may hang on the verb) */
                    for (int hi = 0; hi < 2 && in < 0; hi++)
                        for (int32_t ch = w->child_first[part_hosts[hi]]; ch >= 0 && in < 0; ch = w->child_next[ch])
                            if ((rel_is(&t[ch], "nmod") || rel_is(&t[ch], "obl")) && x.c->fw[FW_IN] != WORD_NONE &&
                                case_of(&x, (uint32_t)ch) == x.c->fw[FW_IN])
                                in = ch;
                    if (in >= 0) rt = in;
                }
            } else if (!noun) {
                rt = child_rel(&x, v, "iobj");
                if (rt < 0 && passive) rt = child_exact(&x, v, "nsubj:pass");
                /* (a passive conjoined to a clause whose subject it shares:
                 * "Morales arrived in Tehran and was welcomed by President
                 * Ahmadinejad") */
                if (rt < 0 && passive && rel_is(&t[v], "conj") && t[v].head >= 0 && child_rel(&x, v, "nsubj") < 0)
                    rt = child_rel(&x, (uint32_t)t[v].head, "nsubj");
                /* (of two passive subjects a misparse left, the one that is
                 * an actor: "Former Brazilian President Jair Bolsonaro was
                 * placed ..." with "Former" a subject of its own) */
                if (rt >= 0 && passive && w->group_of[rt] < 0)
                    for (int32_t ch = w->child_first[v]; ch >= 0; ch = w->child_next[ch])
                        if (t[ch].deprel && str_eq(t[ch].deprel, "nsubj:pass") && w->group_of[ch] >= 0) rt = ch;
                /* (not a word inside a longer actor name: "U.N. human
                 * rights chief X urged Afghanistan's administration" with
                 * "rights" misparsed as a second object) */
                for (int32_t ch = w->child_first[v]; ch >= 0 && rt < 0; ch = w->child_next[ch])
                    if (rel_is(&t[ch], "obj") && !inner_noun(&x, (uint32_t)ch))
                        rt = ch;
                if (rt < 0 && lemma_in(&t[v], RECIPROCAL))
                    for (int32_t ch = w->child_first[v]; ch >= 0 && rt < 0; ch = w->child_next[ch])
                        if (rel_is(&t[ch], "obl") && case_of(&x, (uint32_t)ch) != WORD_NONE &&
                            str_eq(dict_word_str(d, case_of(&x, (uint32_t)ch)), "with"))
                            rt = ch; /* "agreed with Turkey" */
                /* "detained and deported more than 1,000 Afghan migrants":
                 * verbs in coordination share the object after them */
                /* (not a verb with a complement clause of its own:
                 * "threatened to expel some 200,000 refugees ... and
                 * accused Khartoum") */
                int own_clause = child_rel(&x, v, "xcomp") >= 0 || child_rel(&x, v, "ccomp") >= 0;
                for (int32_t ch = w->child_first[v]; ch >= 0 && !own_clause; ch = w->child_next[ch]) {
                    int32_t mk = rel_is(&t[ch], "advcl") ? child_rel(&x, (uint32_t)ch, "mark") : -1;
                    own_clause = mk >= 0 && t[mk].form && ascii_ieq(t[mk].form, "to");
                }
                if (rt < 0 && !passive && !own_clause)
                    for (int32_t ch = w->child_first[v]; ch >= 0 && rt < 0; ch = w->child_next[ch])
                        if (rel_is(&t[ch], "conj") && ch > (int32_t)v && t[ch].upos && str_eq(t[ch].upos, "VERB") &&
                            child_rel(&x, (uint32_t)ch, "nsubj") < 0) {
                            int32_t co = child_rel(&x, (uint32_t)ch, "obj");
                            if (co >= 0) rt = co;
                        }
                /* (UD hangs the shared object on the first verb: the second
                 * takes it from there) */
                if (rt < 0 && !passive && rel_is(&t[v], "conj") && t[v].head >= 0 && t[v].head < (int32_t)v &&
                    child_rel(&x, v, "nsubj") < 0) {
                    int32_t co = child_rel(&x, (uint32_t)t[v].head, "obj");
                    if (co > (int32_t)v) rt = co;
                }
            } else if (noun) {
                /* "with the support of Turkey": the clause's subject receives it */
                /* (and "sent police and troops to the Solomon Islands at the
                 * request of Prime Minister Manasseh Sogavare": the one
                 * asked is the clause's subject) */
                static const char *const asked[] = {"request", "invitation", "behest", "urging", NULL};
                uint32_t cw = case_of(&x, v);
                const char *cs = cw != WORD_NONE ? dict_word_str(d, cw) : "";
                /* (not the means of an answer: "responded with air
                 * strikes on southern Lebanon" -- the subject strikes) */
                int means = t[v].head >= 0 && lemma_in(&t[t[v].head], ANSWERING);
                if ((str_eq(cs, "with") && !means) || (str_eq(cs, "at") && lemma_in(&t[v], asked))) {
                    /* the nearest clause above with a subject */
                    for (int32_t h = t[v].head, k = 0; h >= 0 && !nr && k < 8; h = t[h].head, k++)
                        if (!t[h].upos || str_eq(t[h].upos, "VERB")) nr = actors_subject(&x, (uint32_t)h, R, MAXA, 0, NULL);
                }
            }
        }
        /* "condemned what it called an attempted coup": what is named is
         * the object */
        if (rt >= 0 && t[rt].form && ascii_ieq(t[rt].form, "what"))
            for (int32_t ch = w->child_first[rt]; ch >= 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "acl") && t[ch].lemma && (str_eq(t[ch].lemma, "call") || str_eq(t[ch].lemma, "describe") ||
                                                              str_eq(t[ch].lemma, "term") || str_eq(t[ch].lemma, "label"))) {
                    int32_t named = child_rel(&x, (uint32_t)ch, "obj");
                    if (named < 0) named = child_rel(&x, (uint32_t)ch, "xcomp");
                    if (named >= 0) rt = named;
                    break;
                }
        /* "cleric Fethullah Gulen, whom Ankara blames for the coup",
         * "40 Belarusian officials it blames for rigging the election": a
         * relative clause's object is the noun the clause hangs on */
        if (!noun && !p->no_recipient && rel_is(&t[v], "acl:relcl") && t[v].head >= 0 &&
            ((rt >= 0 && lemma_in(&t[rt], RELPRON)) ||
             (rt < 0 && tr[v].m.xcomp < 0 && lemma_in(&t[v], BLAMING) && child_rel(&x, v, "nsubj") >= 0)))
            rt = t[v].head;
        if (rt < 0 && !p->no_recipient && tr[v].m.xcomp >= 0) {
            /* "agreed to meet Turkey": the complement's object; but a
             * that-clause's own subject is who is asked to act ("demanded
             * that Rwanda withdraw its troops" -> Rwanda) */
            uint32_t xc = (uint32_t)tr[v].m.xcomp;
            if (rel_is(&t[xc], "ccomp")) rt = child_rel(&x, xc, "nsubj");
            /* (of two objects the one that is an actor: "agreed to lend
             * Argentina 50 billion dollars") */
            for (int32_t ch = w->child_first[xc]; ch >= 0 && rt < 0; ch = w->child_next[ch])
                if ((rel_is(&t[ch], "iobj") || rel_is(&t[ch], "obj")) && w->group_of[ch] >= 0 &&
                    w->g[w->group_of[ch]].val.code)
                    rt = ch;
            if (rt < 0) rt = child_rel(&x, xc, "obj");
            for (int32_t ch = w->child_first[xc]; ch >= 0 && rt < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "obl") && case_of(&x, (uint32_t)ch) != WORD_NONE &&
                    str_eq(dict_word_str(d, case_of(&x, (uint32_t)ch)), "with"))
                    rt = ch;
            /* "demanded that Hamas free the hostages": whoever is to do it
             * (the subject of a that-clause complement) */
            if (rt < 0 && rel_is(&t[xc], "ccomp")) rt = child_rel(&x, xc, "nsubj");
        }
        /* "raised their alert level", "put its troops on alert": a light
         * verb's object owned through a possessive pronoun is the actor's
         * own, no recipient (two actors' "their" is each other's when
         * they act together, "ended their state of war" -- not when each
         * cuts its own ties: "Brazil and the Netherlands recalled their
         * ambassadors to Indonesia") */
        int own_object = 0;
        if (p->has_obj && rt >= 0 && rt == tr[v].m.obj && (na == 1 || (code[0] == '1' && code[1] == '6')))
            for (int32_t ch = w->child_first[rt]; ch >= 0 && !own_object; ch = w->child_next[ch])
                own_object = t[ch].deprel && t[ch].upos && str_eq(t[ch].upos, "PRON") &&
                             (str_eq(t[ch].deprel, "nmod:poss") || str_eq(t[ch].deprel, "det:poss"));
        /* "demanded that Sweden extradite them": a request's that-clause
         * subject is its addressee */
        if (rt < 0 && !p->no_recipient && !noun && lemma_in(&t[v], REQUEST))
            for (int32_t ch = w->child_first[v]; ch >= 0 && rt < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "ccomp")) rt = child_rel(&x, (uint32_t)ch, "nsubj");
        static const char *const place_nouns[] = {"city", "town", "village", "region", "province", "area",
                                                  "district", "territory", "enclave", "base", "airport", "port",
                                                  "zone", "bank", "island", "peninsula", NULL};
        /* a place yielded is no one's: "Russian troops withdrew from the
         * southern Ukrainian city of Kherson" (08x) */
        /* (but one abroad is its country's, as writers code a pull-out:
         * "began withdrawing from the northeastern Congolese town of
         * Bunia" -> COD) */
        if (rt >= 0 && code[0] == '0' && code[1] == '8' && lemma_in(&t[rt], place_nouns)) {
            actor_val pc[MAXA];
            int np = actors_of(c, e, (uint32_t)rt, pc, MAXA);
            const char *abroad = np == 1 && pc[0].country && !pc[0].sector ? pc[0].country : NULL;
            if (!abroad && place_target(&x, v, rt, A, na, pc, 1)) abroad = pc[0].country;
            for (int i = 0; i < na && abroad; i++)
                if (A[i].country && !strcmp(A[i].country, abroad)) abroad = NULL;
            rt = -1;
            if (abroad) {
                set_country(&R[0], abroad, NULL);
                nr = 1;
            }
        }
        /* "the two sides accused each other": the actors act on one
         * another (pairs below) */
        int each_other = 0;
        /* (either word may head the pair: "each" with "other" fixed; the
         * verb's object whatever the pattern asked for) */
        int32_t eo = noun ? -1 : child_rel(&x, v, "obj");
        if (eo >= 0 && t[eo].form && (ascii_ieq(t[eo].form, "other") || ascii_ieq(t[eo].form, "another") ||
                                      ascii_ieq(t[eo].form, "each") || ascii_ieq(t[eo].form, "one")))
            for (int32_t ch = w->child_first[eo]; ch >= 0 && !each_other; ch = w->child_next[ch])
                each_other = t[ch].form && (ascii_ieq(t[ch].form, "each") || ascii_ieq(t[ch].form, "one") ||
                                            ascii_ieq(t[ch].form, "other") || ascii_ieq(t[ch].form, "another"));
        /* (or the words right after the verb, however parsed: "accused
         * each other of starting the clashes" with "each" a marker) */
        /* (and "each accused the other": "the other" answering a subject
         * "each") */
        if (!each_other && eo >= 0 && t[eo].form && ascii_ieq(t[eo].form, "other") && eo > 0 && t[eo - 1].form &&
            ascii_ieq(t[eo - 1].form, "the"))
            for (int32_t ch = w->child_first[v]; ch >= 0 && !each_other; ch = w->child_next[ch]) {
                if (!rel_is(&t[ch], "nsubj")) continue;
                each_other = t[ch].form && ascii_ieq(t[ch].form, "each"); /* "each accused" */
                for (int32_t dc = w->child_first[ch]; dc >= 0 && !each_other; dc = w->child_next[dc])
                    each_other = rel_is(&t[dc], "det") && t[dc].form && ascii_ieq(t[dc].form, "each"); /* "each side" */
            }
        if (!noun && v + 2 < w->n && t[v + 1].form && t[v + 2].form &&
            ((ascii_ieq(t[v + 1].form, "each") && ascii_ieq(t[v + 2].form, "other")) ||
             (ascii_ieq(t[v + 1].form, "one") && ascii_ieq(t[v + 2].form, "another"))))
            each_other = 1;
        if (each_other && (rt == eo || (rt >= 0 && (uint32_t)rt <= v + 2))) rt = -1;
        /* "Fethullah Gulen, whom Ankara blames for the failed coup": a
         * relative pronoun as the object is the noun the clause modifies */
        /* (the noun right before it, whatever the parser hung the clause
         * on: "the bloc ECOWAS, which they accuse of ...") */
        if (rt >= 0 && !noun && lemma_in(&t[rt], RELPRON) && rel_is(&t[rt], "obj") && rel_is(&t[v], "acl:relcl") &&
            t[v].head >= 0) {
            int32_t before = rt - 1;
            if (before >= 0 && t[before].form && str_eq(t[before].form, ",")) before--;
            /* (a name's last word stands for the name: "Akhmed Zakayev") */
            for (int k = 0; k < 4 && before >= 0 && rel_is(&t[before], "flat") && t[before].head >= 0; k++)
                before = t[before].head;
            rt = before >= 0 && t[before].upos && (str_eq(t[before].upos, "PROPN") || str_eq(t[before].upos, "NOUN"))
                     ? before
                     : t[v].head;
        }
        if (rt >= 0 && !own_object) nr = actors_or_of(&x, (uint32_t)rt, R, MAXA);
        /* "vowed to hunt down the attackers", "... those behind the
         * attack": the doers of the last violence told, within three
         * sentences, by someone other than the actor */
        /* (a named group before unnamed gunmen: "Islamic State suicide
         * bombers and gunmen attacked ...") */
        if (rt >= 0 && !own_object && !noun && perpetrators(&x, (uint32_t)rt)) {
            const dyad_event *doer = NULL;
            for (size_t i = e->n; i-- > 0;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 3 < sentence) break;
                if (!violent_code(pe->cameo) || !pe->actor.code || (A[0].code && !strcmp(pe->actor.code, A[0].code)))
                    continue;
                if (!doer || (!unnamed_armed(&pe->actor) && unnamed_armed(&doer->actor))) doer = pe;
                if (!unnamed_armed(&pe->actor)) break;
            }
            if (doer) {
                set_actor_of(&R[0], doer);
                nr = 1;
                /* (every doer of that act: "The United States and Britain
                 * launched air strikes ... accused the attackers") */
                for (size_t i = 0; i < e->n && nr < MAXA; i++) {
                    const dyad_event *pe = &e->ev[i];
                    if (pe == doer || pe->sentence != doer->sentence || pe->trigger != doer->trigger ||
                        !pe->actor.code || !strcmp(pe->actor.code, doer->actor.code) ||
                        (unnamed_armed(&pe->actor) && !unnamed_armed(&doer->actor)))
                        continue;
                    int seen = 0;
                    for (int k = 0; k < nr && !seen; k++) seen = R[k].code && !strcmp(R[k].code, pe->actor.code);
                    if (!seen) set_actor_of(&R[nr++], pe);
                }
                explain(&x, "recipient '%s': the doers of the %s told before", t[rt].form, doer->cameo);
            }
        }
        /* (not the subjects themselves: "... withdrawal from ECOWAS, which
         * they accuse of ..." with the clause hung on the withdrawal) */
        int32_t rel_obj = rel_is(&t[v], "acl:relcl") ? child_rel(&x, v, "obj") : -1;
        if (rt >= 0 && rel_obj >= 0 && lemma_in(&t[rel_obj], RELPRON)) nr = without_actors(R, nr, A, na);
        /* "demanded that Rwanda withdraw its troops ... and that M23 rebels
         * halt an offensive": the subjects of that-clauses conjoined to
         * the one asked are asked too */
        if (nr && rt >= 0 && rel_is(&t[rt], "nsubj") && t[rt].head >= 0 && rel_is(&t[t[rt].head], "ccomp") &&
            t[t[rt].head].head == (int32_t)v)
            for (int32_t cj = w->child_first[t[rt].head]; cj >= 0 && nr < MAXA; cj = w->child_next[cj]) {
                if (!rel_is(&t[cj], "conj") || !t[cj].upos || !str_eq(t[cj].upos, "VERB")) continue;
                int32_t s2 = child_rel(&x, (uint32_t)cj, "nsubj");
                actor_val D[MAXA];
                int nd = s2 >= 0 ? actors_of(c, e, (uint32_t)s2, D, MAXA) : 0;
                for (int k = 0; k < nd && nr < MAXA; k++) R[nr++] = D[k];
            }
        /* "captured the Syrian town of Afrin from Kurdish YPG fighters": a
         * place taken from someone is taken from them */
        if (rt >= 0 && !noun && !strncmp(code, "192", 3) && (!nr || (nr == 1 && !R[0].sector)))
            nr = phrase_partners(&x, (int32_t)v, rt, c->fw[FW_FROM], A, na, R, nr);
        /* "discussed the Lebanon truce with Israeli Prime Minister Ehud
         * Olmert": a consultation's object is its topic when only a
         * modifier names an actor; the with-phrase names whom it was with */
        if (nr && rt >= 0 && !noun && code[0] == '0' && code[1] == '4' && w->mention_of[rt] < 0)
            nr = phrase_partners(&x, rt, (int32_t)v, c->fw[FW_WITH], A, na, R, nr);
        /* (a subjunctive the tagger read as a noun leaves no clause:
         * "demanded on Friday that the Taliban administration hand over
         * the militants" -- the first actor after "that" is its subject) */
        if (!nr && !own_object && !p->no_recipient && !noun && lemma_in(&t[v], REQUEST)) {
            uint32_t that = v + 1;
            while (that < w->n && that <= v + 4 && !(t[that].form && ascii_ieq(t[that].form, "that"))) that++;
            for (uint32_t k = that + 1; that <= v + 4 && k < w->n && k <= that + 6 && !nr; k++) {
                if (t[k].upos && (str_eq(t[k].upos, "VERB") || str_eq(t[k].upos, "AUX") || str_eq(t[k].upos, "PUNCT")))
                    break;
                if (w->mention_of[k] < 0) continue;
                /* (the parse may hang the name's phrase under the next noun:
                 * "the military government hand power" read as one noun) */
                int32_t h = (int32_t)k;
                for (int up = 0; up < 3 && h > (int32_t)that && !nr; up++, h = t[h].head)
                    nr = actors_of(c, e, (uint32_t)h, R, MAXA);
            }
        }
        /* "gave the junta one week to reinstate ...": beside the light
         * object, another object is who it is given to */
        if (!nr && !own_object && !noun && p->has_obj && tr[v].m.obj >= 0)
            for (int32_t ch = w->child_first[v]; ch >= 0 && !nr; ch = w->child_next[ch])
                if (ch != tr[v].m.obj && (rel_is(&t[ch], "obj") || rel_is(&t[ch], "iobj")))
                    nr = actors_of(c, e, (uint32_t)ch, R, MAXA);
        /* "withdrew from the International Criminal Court": a pattern's
         * required phrase that names an actor is the recipient */
        if (!nr && !own_object && !p->no_recipient && tr[v].m.pp_tok >= 0 &&
            !(w->mention_of[tr[v].m.pp_tok] >= 0 && w->m[w->mention_of[tr[v].m.pp_tok]].kind == AK_AGENT)) {
            /* (not a role, "for air defence systems", nor a setting: "a
             * conversation on the sidelines of the APEC summit") */
            uint32_t cw = case_of(&x, (uint32_t)tr[v].m.pp_tok);
            const char *cs = cw != WORD_NONE ? dict_word_str(d, cw) : "";
            if (str_eq(cs, "from") || str_eq(cs, "to") || str_eq(cs, "with") || str_eq(cs, "against"))
                nr = actors_of(c, e, (uint32_t)tr[v].m.pp_tok, R, MAXA);
        }
        /* "seized control of the local assets of Danish brewer
         * Carlsberg": the owner of a required of-phrase's noun (its own
         * of-phrase or possessor) is the recipient */
        if (!nr && !own_object && !p->no_recipient && tr[v].m.pp_tok >= 0) {
            uint32_t cw = case_of(&x, (uint32_t)tr[v].m.pp_tok);
            if (cw != WORD_NONE && str_eq(dict_word_str(d, cw), "of"))
                for (int32_t ch = w->child_first[tr[v].m.pp_tok]; ch >= 0 && !nr; ch = w->child_next[ch]) {
                    uint32_t cc = rel_is(&t[ch], "nmod") ? case_of(&x, (uint32_t)ch) : WORD_NONE;
                    if (rel_is(&t[ch], "nmod:poss") || (cc != WORD_NONE && str_eq(dict_word_str(d, cc), "of")))
                        nr = without_actors(R, actors_of(c, e, (uint32_t)ch, R, MAXA), A, na);
                }
        }
        /* "pulled the United States out of the nuclear deal with Iran": a
         * pull-out from an agreement or an organisation is a cut in
         * relations (160), not a retreat (0874) */
        if (!noun && !strcmp(code, "0874")) {
            static const char *const pacts[] = {"treaty", "agreement", "accord", "deal", "pact", "convention",
                                                "protocol", "alliance", "organization", "organisation", "bloc",
                                                "union", "league", "court", "council", "coalition", NULL};
            for (int32_t ch = w->child_first[v]; ch >= 0; ch = w->child_next[ch])
                if ((rel_is(&t[ch], "obl") || rel_is(&t[ch], "obj")) && lemma_in(&t[ch], pacts)) {
                    int of = 0;
                    for (int32_t mk = w->child_first[ch]; mk >= 0 && !of; mk = w->child_next[mk])
                        of = rel_is(&t[mk], "case") && t[mk].form &&
                             (ascii_ieq(t[mk].form, "of") || ascii_ieq(t[mk].form, "from"));
                    if (of) {
                        code = "160";
                        break;
                    }
                }
        }
        /* "seized control of oil company YPF from Spain's Repsol": taking
         * over a company is a confiscation (1711), not an occupation
         * (192), and it is taken from its owner, the from-phrase */
        if (!noun && !strcmp(code, "192") && tr[v].m.obj >= 0 && t[tr[v].m.obj].lemma &&
            ascii_ieq(t[tr[v].m.obj].lemma, "control")) {
            static const char *const owned[] = {"company", "firm", "asset", "stake", "subsidiary", "operation", "plant",
                                                "bank", "business", "share", NULL};
            int32_t of = -1;
            for (int32_t ch = w->child_first[tr[v].m.obj]; ch >= 0 && of < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "nmod") && case_of(&x, (uint32_t)ch) == c->fw[FW_OF]) of = ch;
            int business = of >= 0 && lemma_in(&t[of], owned);
            for (int j = 0; j < nr && !business; j++) business = R[j].sector && !strcmp(R[j].sector, "BUS");
            if (business) {
                code = "1711";
                int32_t hosts[3] = {(int32_t)v, tr[v].m.obj, of};
                actor_val F[MAXA];
                int nf = 0;
                for (int hi = 0; hi < 3 && !nf; hi++)
                    for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && !nf; ch = w->child_next[ch])
                        if ((rel_is(&t[ch], "obl") || rel_is(&t[ch], "nmod")) && case_of(&x, (uint32_t)ch) == c->fw[FW_FROM])
                            nf = without_actors(F, actors_of(c, e, (uint32_t)ch, F, MAXA), A, na);
                if (nf) {
                    memcpy(R, F, sizeof(actor_val) * (size_t)nf);
                    nr = nf;
                }
            }
        }
        /* "arrived in Beijing", "flew to Moscow": a visit goes to the
         * country whose capital it names, not to its government (which
         * "the Kremlin" and "the White House", buildings, still are); so
         * does a pull-out ("withdrew from Mogadishu") */
        if (nr == 1 && rt >= 0 && (!strcmp(code, "042") || !strcmp(code, "0874")) && R[0].country && w->mention_of[rt] >= 0 &&
            w->m[w->mention_of[rt]].kind == AK_METONYM && child_rel(&x, (uint32_t)rt, "det") < 0 &&
            (rel_is(&t[rt], "obl") || rel_is(&t[rt], "nmod") || rel_is(&t[rt], "obj"))) {
            R[0].code = R[0].country;
            R[0].sector = NULL;
        }
        /* "presented their credentials to X": a recipient that is the
         * actors themselves gives way to one the fallbacks below find;
         * without one it stays ("ended their state of war": each other) */
        actor_val R0[MAXA];
        int nr0 = nr;
        memcpy(R0, R, sizeof(actor_val) * (size_t)nr);
        nr = without_actors(R, nr, A, na);
        /* "Ecuador ... ordered troops to its northern border", "sent
         * troops to its border with Colombia": forces sent or massed at
         * one's own border face the neighbour across it (154), the one a
         * with-phrase names or else another country this sentence names */
        if (!nr && nr0 == 1 && rt >= 0 && na && A[0].country && (!strcmp(code, "074") || !strncmp(code, "15", 2))) {
            static const char *const border[] = {"border", "frontier", "boundary", NULL};
            int32_t bt = lemma_in(&t[rt], border) ? rt : -1;
            for (int32_t ch = rt >= 0 && bt < 0 ? w->child_first[rt] : -1; ch >= 0 && bt < 0; ch = w->child_next[ch])
                if (lemma_in(&t[ch], border)) bt = ch;
            actor_val N[MAXA];
            int nn = 0;
            int32_t hosts[2] = {bt, (int32_t)v};
            for (int hi = 0; bt >= 0 && hi < 2 && !nn; hi++)
                for (int32_t ch = w->child_first[hosts[hi]]; ch >= 0 && !nn; ch = w->child_next[ch])
                    if ((rel_is(&t[ch], "nmod") || rel_is(&t[ch], "obl")) && case_of(&x, (uint32_t)ch) == c->fw[FW_WITH])
                        nn = without_actors(N, actors_of(c, e, (uint32_t)ch, N, MAXA), A, na);
            for (uint32_t gi = 0; bt >= 0 && !nn && gi < w->n_g; gi++) {
                const actor_val *gv = &w->g[gi].val;
                if (gv->code && gv->country && strcmp(gv->country, A[0].country) && strncmp(gv->code, "IGO", 3)) {
                    N[0] = *gv;
                    actor_as_country(&N[0]);
                    nn = 1;
                }
            }
            if (nn) {
                R[0] = N[0];
                nr = 1;
                code = "154";
            }
        }
        /* "seized the prime minister ..., a move that Australia
         * condemned", "..., a move Colombo rejected": the move is the act
         * the sentence told first, its doer the recipient */
        int sums_up = !nr && na && !noun && summing_up_relcl(&x, v);
        /* (every actor of that act: "U.S. and British warships struck
         * ..., a move Iran condemned") */
        uint32_t summed = 0;
        for (size_t i = x.ev_first; sums_up && nr < MAXA && i < e->n; i++) {
            const dyad_event *pe = &e->ev[i];
            if (!pe->actor.code || pe->trigger > v || (A[0].code && !strcmp(pe->actor.code, A[0].code))) continue;
            if (nr && pe->trigger != summed) break;
            int seen = 0;
            for (int k = 0; k < nr && !seen; k++) seen = R[k].code && !strcmp(R[k].code, pe->actor.code);
            if (seen) continue;
            summed = pe->trigger;
            set_reaction_target(e, &R[nr], pe, &A[0], code);
            nr++;
        }
        if (!nr && !p->no_recipient && p->obj_in_obl && !noun) {
            /* legacy dictionaries: the first actor after the verb in its phrase is the target */
            int32_t best = -1;
            for (int32_t ch = w->child_first[v]; ch >= 0; ch = w->child_next[ch]) {
                if ((uint32_t)ch < v) continue;
                if (!(rel_is(&t[ch], "obj") || rel_is(&t[ch], "iobj") || rel_is(&t[ch], "obl") || rel_is(&t[ch], "xcomp")))
                    continue;
                if (rel_is(&t[ch], "obl") && case_of(&x, (uint32_t)ch) == c->fw[FW_BY]) continue;
                int32_t f = first_actor_in(&x, (uint32_t)ch, 0);
                if (f >= 0 && (best < 0 || f < best)) best = f;
            }
            /* "believes Dagolath and Osgiliath can cope": the reported subject */
            for (int32_t ch = w->child_first[v]; ch >= 0 && best < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "ccomp") && !has[ch]) {
                    int32_t sj = child_rel(&x, (uint32_t)ch, "nsubj");
                    if (sj >= 0 && w->group_of[sj] >= 0 && w->g[w->group_of[sj]].val.code) best = sj;
                }
            if (best >= 0) nr = actors_of(c, e, (uint32_t)best, R, MAXA);
        }
        if (!nr && !p->no_recipient && !noun && rt < 0 && code[0] >= '1' && code[0] <= '2') {
            /* conflict verbs without a named target: "retaliated with air
             * strikes on Hezbollah positions", "retaliate against the
             * American measures" -- an against/on/at/into oblique, or one
             * inside an oblique */
            static const char *const target[] = {"against", "on", "at", "into", "toward", "towards", "upon", NULL};
            for (int32_t ch = w->child_first[v]; ch >= 0 && !nr; ch = w->child_next[ch]) {
                if (!rel_is(&t[ch], "obl")) continue;
                int32_t cands[8];
                int nc = 0;
                cands[nc++] = ch;
                for (int32_t gc = w->child_first[ch]; gc >= 0 && nc < 8; gc = w->child_next[gc])
                    if (rel_is(&t[gc], "nmod")) cands[nc++] = gc;
                for (int k = 0; k < nc && !nr; k++) {
                    uint32_t cw = case_of(&x, (uint32_t)cands[k]);
                    if (cw == WORD_NONE) continue;
                    const char *cs = dict_word_str(d, cw);
                    for (int q = 0; target[q]; q++)
                        if (!strcmp(cs, target[q])) { nr = actors_of(c, e, (uint32_t)cands[k], R, MAXA); break; }
                }
            }
        }
        if (!nr && rt >= 0 && !noun) {
            /* "rejected a ceasefire plan put forward by Angola's president",
             * "denied accusations by the Czech government" (the by-phrase
             * hung on the verb, which has no passive auxiliary): who made
             * the object is who the act answers */
            int32_t by = -1;
            for (int32_t ch = w->child_first[rt]; ch >= 0 && by < 0; ch = w->child_next[ch]) {
                if (rel_is(&t[ch], "nmod") && case_of(&x, (uint32_t)ch) == c->fw[FW_BY]) by = ch;
                if (rel_is(&t[ch], "acl") && t[ch].xpos && str_eq(t[ch].xpos, "VBN"))
                    by = child_exact(&x, (uint32_t)ch, "obl:agent");
            }
            if (by < 0 && child_exact(&x, v, "aux:pass") < 0 && child_exact(&x, v, "nsubj:pass") < 0 &&
                child_rel(&x, v, "nsubj") >= 0) {
                by = (uint32_t)rt < v + 3 ? child_exact(&x, v, "obl:agent") : -1;
                /* ("called off a planned visit by his Swedish counterpart":
                 * a by-phrase right after the object, as an oblique) */
                for (int32_t ch = w->child_first[v]; ch >= 0 && by < 0; ch = w->child_next[ch])
                    if ((uint32_t)ch > (uint32_t)rt && rel_is(&t[ch], "obl") && case_of(&x, (uint32_t)ch) == c->fw[FW_BY] &&
                        t[rt + 1].form && ascii_ieq(t[rt + 1].form, "by"))
                        by = ch;
            }
            if (by >= 0 && (uint32_t)by > (uint32_t)rt) nr = actors_of(c, e, (uint32_t)by, R, MAXA);
        }
        if (!nr && rt >= 0) {
            /* "signed an agreement with Iraq": the partner of the object */
            static const char *const partner[] = {"with", "to", "on", "against", "for", "from", "between", NULL};
            /* (and the object's: "moved 2,000 troops to its border with
             * Belarus" with both phrases hung on "troops") */
            int32_t vobj = noun ? -1 : child_rel(&x, v, "obj");
            int32_t hosts[3] = {rt, (int32_t)v, vobj != rt ? vobj : -1};
            int own_only = 0;
            for (int hi = 0; hi < 3 && !nr && !own_only; hi++)
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && !nr && !own_only;
                     ch = w->child_next[ch]) {
                    if (!(rel_is(&t[ch], "nmod") || rel_is(&t[ch], "obl"))) continue;
                    uint32_t cw = case_of(&x, (uint32_t)ch);
                    if (cw == WORD_NONE) continue;
                    const char *cs = dict_word_str(d, cw);
                    /* (a phrase naming only the actor itself ends the
                     * search with no partner -- "travelled to St Petersburg
                     * on his first foreign trip" leaves the place to name
                     * the visit's host -- but a show of force passes over
                     * the actor's own: "deployed soldiers to its border
                     * with Belarus" goes on to Belarus) */
                    /* (a resignation announced "from Tokyo" is made to
                     * no one there) */
                    if (!strcmp(code, "0831") && !strcmp(cs, "from")) continue;
                    /* (nor one announced "on state television": a medium,
                     * not a partner) */
                    static const char *const media[] = {"television", "tv", "radio", "channel", "broadcaster",
                                                        "broadcast", "air", "website", "twitter", "facebook",
                                                        "telegram", "media", "platform", "account", NULL};
                    static const char *const telling[] = {"announce", "declare", "say", "tell", "speak",
                                                          "address", "appear", "state", NULL};
                    if (!strcmp(cs, "on") && lemma_in(&t[ch], media) && lemma_in(&t[v], telling)) continue;
                    /* (talks "on a border dispute around an ancient Hindu
                     * temple" are about it, not with it) */
                    if (!strcmp(cs, "on") && code[0] == '0' && code[1] == '4') continue;
                    /* (nor is the gathering on whose sidelines a deal was
                     * signed a party to it: "signed a trade pact on the
                     * sidelines of the G20 summit") */
                    if (lemma_in(&t[ch], MARGINS)) continue;
                    for (int k = 0; partner[k]; k++)
                        if (!strcmp(cs, partner[k])) {
                            int found = actors_of(c, e, (uint32_t)ch, R, MAXA);
                            nr = without_actors(R, found, A, na);
                            own_only = found && !nr && !(code[0] == '1' && code[1] == '5');
                            break;
                        }
                }
        }
        /* "withdrew from their last positions in southern Lebanon",
         * "pulled out of the buffer zones around South Ossetia": a
         * withdrawal from somewhere inside another country leaves that
         * country (the in-phrase on the from-phrase, or on the verb after
         * it, as the parser hung it) */
        if (!nr && !noun && !strcmp(code, "0874") && na && A[0].country) {
            static const char *const within[] = {"in", "around", "near", "inside", "across", NULL};
            int32_t from = -1, places[16];
            int n_places = 0;
            for (int32_t ch = w->child_first[v]; ch >= 0 && from < 0; ch = w->child_next[ch]) {
                uint32_t cw = case_of(&x, (uint32_t)ch);
                if (rel_is(&t[ch], "obl") && (cw == c->fw[FW_FROM] || cw == c->fw[FW_OF])) from = ch;
            }
            for (int32_t ch = from >= 0 ? w->child_first[from] : -1; ch >= 0 && n_places < 16; ch = w->child_next[ch])
                if (rel_is(&t[ch], "nmod")) places[n_places++] = ch;
            for (int32_t ch = from >= 0 ? w->child_first[v] : -1; ch >= 0 && n_places < 16; ch = w->child_next[ch])
                if (rel_is(&t[ch], "obl") && ch > from) places[n_places++] = ch;
            for (int k = 0; k < n_places && !nr; k++) {
                int32_t in = places[k], cs = child_rel(&x, (uint32_t)in, "case");
                if (cs < 0 || !lemma_in(&t[cs], within)) continue;
                actor_val P[MAXA];
                int np = without_actors(P, actors_of(c, e, (uint32_t)in, P, MAXA), A, na);
                /* (a capital named is the place: "positions around Kyiv"
                 * are Ukraine's, not its government's) */
                int capital = w->mention_of[in] >= 0 && w->m[w->mention_of[in]].kind == AK_METONYM;
                if (np == 1 && P[0].country && (!P[0].sector || capital) && strcmp(P[0].country, A[0].country)) {
                    R[0] = P[0];
                    actor_as_country(&R[0]);
                    nr = 1;
                } else if (!np) {
                    const char *pc = place_country(&x, (uint32_t)in, A, na, 0);
                    if (pc) {
                        country_sector_actor(e, &R[0], pc, "");
                        actor_as_country(&R[0]);
                        nr = 1;
                    }
                }
            }
        }
        if (!nr && !nr0 && !p->no_recipient && !noun)
            nr = phrase_recipient(&x, v, tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj"), tr[v].m.xcomp,
                                  conflict_level(code), A, na, R);
        /* "launched drills around Taiwan": the phrases of an event noun */
        /* (and those the parser hung on the verb that only performs it:
         * "resumed air strikes on Gaza") */
        if (!nr && !nr0 && !p->no_recipient && noun) {
            nr = phrase_recipient(&x, v, (int32_t)v, performing_verb(&x, has, v), conflict_level(code), A, na, R);
        }
        /* "extradited drug lord X, known as Y, to the United States",
         * "shared intelligence on Russian troop movements with Ukraine": a
         * handover goes to where the to-phrase says, intelligence to whom
         * the with-phrase names, wherever the parser hung it under the verb */
        int32_t ph = !strcmp(code, "063") || !strcmp(code, "064")
                         ? phrase_under(&x, v, code[2] == '3' ? c->fw[FW_TO] : c->fw[FW_WITH], 8)
                         : -1;
        if (ph >= 0) {
            actor_val D[MAXA];
            int nd = actors_of(c, e, (uint32_t)ph, D, MAXA);
            if (nd && D[0].country && D[0].cls != AC_PERSON) {
                memcpy(R, D, sizeof(actor_val) * (size_t)nd);
                nr = nd;
                nr0 = 0;
            }
        }
        /* "called for calm in Zimbabwe": an appeal for something in a
         * country goes to that country */
        int32_t appeal_tok = tr[v].m.pp_tok >= 0 ? tr[v].m.pp_tok : tr[v].m.prep_tok;
        if (!nr && !nr0 && code[0] == '0' && code[1] == '2' && appeal_tok >= 0) {
            for (int32_t ch = w->child_first[appeal_tok]; ch >= 0 && !nr; ch = w->child_next[ch]) {
                if (!(rel_is(&t[ch], "nmod") || rel_is(&t[ch], "obl")) || case_of(&x, (uint32_t)ch) != c->fw[FW_IN])
                    continue;
                actor_val D[MAXA];
                int nd = actors_of(c, e, (uint32_t)ch, D, MAXA);
                if (nd == 1 && D[0].country && !D[0].sector && D[0].cls != AC_PERSON) {
                    R[0] = D[0];
                    nr = 1;
                }
            }
        }
        /* "offered to mediate between Ethiopia and Somalia", "brokered a
         * deal between the government and the rebels": a mediation's
         * recipients are the sides its between-phrase names */
        ph = !strcmp(code, "045") || !strncmp(code, "039", 3) ? phrase_under(&x, v, c->fw[FW_BETWEEN], 3) : -1;
        if (ph >= 0) {
            actor_val D[MAXA];
            int nd = actors_of(c, e, (uint32_t)ph, D, MAXA);
            if (nd >= 2) {
                memcpy(R, D, sizeof(actor_val) * (size_t)nd);
                nr = nd;
                nr0 = 0;
            }
        }
        /* "Kenya deployed 400 police officers to Haiti to lead a
         * multinational security mission": forces sent to another country
         * to help it are protection (074) for that country, not a show of
         * force (15x) */
        int sent_to_help = 0;
        /* (and forces that arrive to help: "400 Kenyan police officers
         * landed in Haiti to lead a multinational mission") */
        int forces_arriving = !noun && !strncmp(code, "042", 3) && na && A[0].sector &&
                              (!strncmp(A[0].sector, "MIL", 3) || !strncmp(A[0].sector, "COP", 3));
        /* (also when only meant: "Kenya will send 400 more police officers
         * to Haiti to join a security force" -- the future made the show of
         * force a threat, 130; the help meant is 0334) */
        int meant = p->code[0] == '1' && p->code[1] == '5' && strstr(tr[v].mod, "future(") != NULL;
        if (((code[0] == '1' && code[1] == '5') || forces_arriving || meant) && na && A[0].country) {
            static const char *const help[] = {"help", "assist", "support", "lead", "join", "protect", "secure",
                                               "fight", "combat", "train", "restore", "stabilise", "stabilize",
                                               "bolster", "reinforce", "guard", "defend", "back", NULL};
            int purpose = 0;
            for (int32_t ch = w->child_first[v]; ch >= 0 && !purpose; ch = w->child_next[ch])
                if ((rel_is(&t[ch], "advcl") || rel_is(&t[ch], "xcomp")) && lemma_in(&t[ch], help) &&
                    child_rel(&x, (uint32_t)ch, "nsubj") < 0)
                    purpose = 1;
            for (uint32_t k = v + 1; k < w->n && purpose && c->fw[FW_TO] != WORD_NONE; k++) {
                /* (or into it: "sent 1,000 troops into Bahrain to help";
                 * arriving: in it) */
                if (case_of(&x, k) != c->fw[FW_TO] && case_of(&x, k) != c->fw[FW_INTO] &&
                    !(forces_arriving && case_of(&x, k) == c->fw[FW_IN]))
                    continue;
                int32_t h = t[k].head;
                if (!(h == (int32_t)v || (h >= 0 && t[h].head == (int32_t)v && rel_is(&t[h], "obj")))) continue;
                actor_val D[MAXA];
                int nd = actors_of(c, e, k, D, MAXA);
                if (nd == 1 && D[0].country && strcmp(D[0].country, A[0].country) && D[0].cls != AC_PERSON) {
                    D[0].code = D[0].country;
                    D[0].sector = NULL;
                    R[0] = D[0];
                    nr = 1;
                    nr0 = 0;
                    code = meant ? "0334" : "074";
                    sent_to_help = 1;
                }
                break;
            }
        }
        /* "bombed a village in Sagaing region, killing at least 20
         * civilians": an attack on a place targets those it killed */
        /* (not a fight between the subjects themselves: "Kyrgyz and
         * Tajik border troops fought ..., killing at least 31 people"
         * goes both ways between them) */
        /* (nor an exchange of fire between them: "Kyrgyz and Tajik troops
         * exchanged gunfire ..., killing at least 13 people") */
        static const char *const clash[] = {"fight", "clash", "battle", "exchange", "trade", NULL};
        int fight_between = na >= 2 && lemma_in(&t[v], clash) && A[0].country && A[1].country &&
                            strcmp(A[0].country, A[1].country);
        if (!nr && !nr0 && !p->no_recipient && !fight_between && ((code[0] == '1' && code[1] >= '8') || code[0] == '2')) {
            static const char *const harmed[] = {"kill", "wound", "injure", "maim", NULL};
            int32_t vo = tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj");
            /* (or on a phrase of the object: "detonated a car bomb outside a
             * busy restaurant ..., killing at least nine people") */
            int32_t vo_nmod = -1;
            for (int32_t ch = vo >= 0 ? w->child_first[vo] : -1; ch >= 0 && vo_nmod < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "nmod") && child_rel(&x, (uint32_t)ch, "acl") >= 0) vo_nmod = ch;
            int32_t hosts[3] = {(int32_t)v, vo, vo_nmod};
            for (int hi = 0; hi < 3 && !nr; hi++)
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && !nr;
                     ch = w->child_next[ch]) {
                    if (!(rel_is(&t[ch], "advcl") || rel_is(&t[ch], "acl")) || !t[ch].xpos ||
                        !str_eq(t[ch].xpos, "VBG") || !lemma_in(&t[ch], harmed) || (uint32_t)ch < v)
                        continue;
                    int32_t o = child_rel(&x, (uint32_t)ch, "obj");
                    if (o >= 0) nr = actors_of(c, e, (uint32_t)o, R, MAXA);
                }
            nr = without_actors(R, nr, A, na); /* (not the attackers themselves) */
        }
        /* "shelled the towns of Jermuk and Goris", "captured Goma",
         * "imposed a curfew on Quito", "arrived in Mumbai": an attack,
         * occupation, curfew or visit whose target is a place goes to the
         * place's country */
        /* ("captured Goma": taking a place is occupying it, 192, not an
         * arrest) */
        /* (not a person the object names: "captured Joaquin 'El Chapo'
         * Guzman, the world's most wanted drug lord" is an arrest) */
        if (!noun && !strcmp(code, "173") && lemma_in(&t[v], TAKE_PLACE) && !(nr && R[0].sector)) {
            int32_t o = child_rel(&x, v, "obj");
            actor_val P[1];
            if (o >= 0 && place_target(&x, v, o, A, na, P, 1)) {
                code = "192";
                if (!nr) {
                    R[0] = P[0];
                    nr = 1;
                }
            }
        }
        /* "Taliban fighters entered Kabul", "Ethiopian troops entered
         * Mogadishu": armed men who enter a place take it (192); anyone
         * else entering anything ("the president entered the hall", "the
         * deal entered into force") does no act counted */
        if (!noun && !strcmp(code, "192") && t[v].lemma && ascii_ieq(t[v].lemma, "enter")) {
            static const char *const armed[] = {"MIL", "REB", "UAF", "SEP", NULL};
            int all_armed = na > 0;
            for (int i = 0; i < na; i++)
                if (!A[i].code || !((A[i].sector && ascii_ieq_any(A[i].sector, armed)) || !strncmp(A[i].code, "IMG", 3)))
                    all_armed = 0;
            int32_t o = child_rel(&x, v, "obj");
            actor_val P[1];
            int place = o >= 0 && (lemma_in(&t[o], PLACE_NOUNS) || place_target(&x, v, o, A, na, P, 1));
            if (!all_armed || !place) {
                explain(&x, "rejected 192 '%s': only armed men entering a place take it", t[v].form);
                continue;
            }
            if (!nr && !lemma_in(&t[o], PLACE_NOUNS)) {
                R[0] = P[0];
                nr = 1;
            }
        }
        if (!nr && !p->no_recipient &&
            (((code[0] == '2' || (code[0] == '1' && code[1] >= '8')) && !nr0) ||
             /* (a visit is never to oneself: "travelled to St Petersburg
              * on his first foreign trip", where "his trip" was taken) */
             !strncmp(code, "042", 3)))
            nr = place_target(&x, v,
                              noun                  ? (int32_t)v
                              : tr[v].m.obj >= 0    ? tr[v].m.obj
                              : rt >= 0             ? rt
                                                    : child_rel(&x, v, "obj"),
                              A, na, R, 0);
        /* "ordered his troops to withdraw from the west bank of the Dnipro
         * river, including the city of Kherson": a pull-out from a place
         * of another country is from that country (from one's own, as
         * "Syrian army units withdrew from Hama", names no one) */
        /* (so is an envoy recalled from a city: "Britain recalled its
         * high commissioner from Lagos") */
        static const char *const recall[] = {"recall", "withdraw", NULL};
        int envoy_recalled = !strcmp(code, "161") && lemma_in(&t[v], recall) && tr[v].m.obj >= 0;
        if (!nr && !nr0 && !p->no_recipient && !noun && (!strcmp(code, "0874") || envoy_recalled) && na &&
            A[0].country) {
            /* (or the place a phrase after it names: "..., including the
             * city of Kherson") */
            int from = 0;
            int32_t hosts[2] = {(int32_t)v, envoy_recalled ? tr[v].m.obj : -1};
            for (int hi = 0; hi < 2; hi++) {
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && !nr;
                     ch = w->child_next[ch]) {
                    if (!rel_is(&t[ch], hi ? "nmod" : "obl")) continue;
                    uint32_t cw = case_of(&x, (uint32_t)ch);
                    int including = 0;
                    for (int32_t cc = w->child_first[ch]; cc >= 0 && from; cc = w->child_next[cc])
                        including |= rel_is(&t[cc], "case") && t[cc].form && ascii_ieq(t[cc].form, "including");
                    if (cw == c->fw[FW_FROM]) from = 1;
                    else if (!including) continue;
                    actor_val P[1];
                    if (place_target(&x, v, ch, A, na, P, 0) && P[0].country && strcmp(P[0].country, A[0].country)) {
                        R[0] = P[0];
                        nr = 1;
                    }
                }
            }
        }
        /* "sent humanitarian aid to Gaza": aid sent to a place goes to the
         * place's country */
        if (!nr && !nr0 && !p->no_recipient && code[0] == '0' && code[1] == '7' && tr[v].m.prep_tok >= 0) {
            int32_t to = tr[v].m.prep_tok;
            const char *pc = place_country(&x, (uint32_t)to, A, na, 0);
            if (pc) {
                set_country(&R[0], pc, &t[to]);
                nr = 1;
            }
        }
        /* "bombed rebel-held villages near Aleppo", "captured the last
         * rebel-held districts": a place target held by rebels is the
         * rebels of its country (an armed group named as its holder is
         * that group) */
        if (nr == 1 && place_only(&R[0]) && !noun &&
            (code[0] == '2' || (code[0] == '1' && code[1] >= '8'))) {
            static const char *const holders[] = {"rebel", "insurgent", "militant", "opposition", "separatist",
                                                  "jihadist", "islamist", NULL};
            static const char *const held[] = {"hold", "held", "control", "controlled", NULL};
            int32_t o = tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj");
            for (int32_t ch = o >= 0 ? w->child_first[o] : -1; ch >= 0; ch = w->child_next[ch]) {
                if (!rel_is(&t[ch], "amod") || !lemma_in(&t[ch], held)) continue;
                for (int32_t hc = w->child_first[ch]; hc >= 0; hc = w->child_next[hc]) {
                    actor_val G[MAXA];
                    if (w->group_of[hc] >= 0 && actors_of(c, e, (uint32_t)hc, G, MAXA) == 1 && G[0].code &&
                        strlen(G[0].code) == 6 && !strncmp(G[0].code + 3, "REB", 3) && !G[0].from_memory &&
                        G[0].country && !strcmp(G[0].country, R[0].country)) {
                        R[0] = G[0];
                        break;
                    }
                    if (lemma_in(&t[hc], holders)) {
                        set_country_sector(e, &R[0], R[0].country, "REB");
                        break;
                    }
                }
            }
        }
        /* "The attackers also burned homes and the local market",
         * "demolished homes in the West Bank": property destroyed (1712)
         * with no owner named is its place's civilians' -- the place
         * targeted, else where the sentence or the story happens */
        /* (not by protesters: that is a riot, 145, at whom it protests) */
        if (!noun && !strcmp(code, "1712") && !p->no_recipient && na && !names_protesters(&x, &A[0]) &&
            !(A[0].sector && !strcmp(A[0].sector, "CVL")) &&
            (!nr || (nr == 1 && place_only(&R[0])))) {
            const char *cc = nr ? R[0].country
                             : e->sent_cc[0] ? e->sent_cc
                             : e->dateline_cc[0] ? e->dateline_cc
                             : e->n_doc_cc ? e->doc_cc[0]
                                           : NULL;
            if (cc) {
                country_sector_actor(e, &R[0], cc, "CVL");
                nr = 1;
            }
        }
        /* "Thai troops stormed a fortified protest camp in central
         * Bangkok", "police raided a sit-in": force on a protest's camp or
         * gathering is on the protesters, its country's civilians -- by
         * the state's police or army, violent repression (175) */
        /* (also when the camp's place named the state itself: "stormed a
         * protest camp at Manama's Pearl roundabout" gave BHRGOV) */
        int own_gov_place = nr == 1 && na && A[0].country && R[0].country && !strcmp(R[0].country, A[0].country) &&
                            R[0].sector && !strcmp(R[0].sector, "GOV");
        if (nr == 1 && (place_only(&R[0]) || own_gov_place) && !noun &&
            (code[0] == '2' || (code[0] == '1' && code[1] >= '8'))) {
            static const char *const gatherings[] = {"sit-in", "rally", "demonstration", "protest", "vigil", NULL};
            static const char *const sites[] = {"camp", "site", "encampment", "square", "tent", NULL};
            static const char *const protest[] = {"protest", "sit-in", "protester", "demonstrator", NULL};
            int32_t o = tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj");
            int gathering = o >= 0 && lemma_in(&t[o], gatherings);
            for (int32_t ch = o >= 0 && lemma_in(&t[o], sites) ? w->child_first[o] : -1; ch >= 0 && !gathering;
                 ch = w->child_next[ch])
                gathering = (rel_is(&t[ch], "compound") || rel_is(&t[ch], "amod") || rel_is(&t[ch], "nmod")) &&
                            lemma_in(&t[ch], protest);
            if (gathering) {
                set_country_sector(e, &R[0], R[0].country, "CVL");
                if (na && A[0].sector && (!strcmp(A[0].sector, "COP") || !strcmp(A[0].sector, "MIL")) &&
                    A[0].country && !strcmp(A[0].country, R[0].country))
                    code = "175";
            }
        }
        /* "apologised for atrocities committed by German colonial troops in
         * Tanzania", "apologised in Tanzania": an apology goes to the
         * country wronged -- another country named in what it is for, else
         * the foreign place it is made in; "threw more weight after North
         * Korea fired a missile": a show of force (15x) answers whoever did
         * what its after-clause tells */
        if (!nr && !nr0 && !p->no_recipient && !noun && (!strcmp(code, "055") || (code[0] == '1' && code[1] == '5'))) {
            int apology = code[0] == '0';
            for (int32_t ch = w->child_first[v]; ch >= 0 && !nr; ch = w->child_next[ch]) {
                if (apology && rel_is(&t[ch], "obl") && case_of(&x, (uint32_t)ch) == c->fw[FW_FOR]) {
                    for (uint32_t k = (uint32_t)ch; k < w->n && !nr; k++) {
                        int32_t up = (int32_t)k;
                        while (up >= 0 && up != ch) up = t[up].head;
                        if (up != ch || w->group_of[k] < 0) continue;
                        actor_val D[MAXA];
                        int nd = actors_of(c, e, k, D, MAXA);
                        if (nd && D[0].country && (!na || !A[0].country || strcmp(D[0].country, A[0].country))) {
                            R[0] = D[0];
                            R[0].code = R[0].country;
                            R[0].sector = NULL;
                            nr = 1;
                        }
                    }
                } else if (!apology && rel_is(&t[ch], "advcl") && (uint32_t)ch > v) {
                    /* (the subordinator may be parsed as a preposition of
                     * the subject: "after North Korea fired", with
                     * actors_subject's repair) */
                    int after = 0;
                    for (uint32_t k = v + 1; k < (uint32_t)ch && !after; k++)
                        after = t[k].form && (ascii_ieq(t[k].form, "after") || ascii_ieq(t[k].form, "when"));
                    if (after) nr = without_actors(R, actors_subject(&x, (uint32_t)ch, R, MAXA, 0, NULL), A, na);
                }
            }
            for (int32_t ch = apology && !nr ? w->child_first[v] : -1; ch >= 0 && !nr; ch = w->child_next[ch])
                if (rel_is(&t[ch], "obl") && case_of(&x, (uint32_t)ch) == c->fw[FW_IN]) {
                    const char *pc = place_country(&x, (uint32_t)ch, A, na, 0);
                    actor_val D[MAXA];
                    if (!pc && actors_of(c, e, (uint32_t)ch, D, MAXA) == 1 && D[0].country && !D[0].sector &&
                        (!na || !A[0].country || strcmp(D[0].country, A[0].country)))
                        pc = D[0].country;
                    if (pc) {
                        set_country(&R[0], pc, NULL);
                        nr = 1;
                    }
                }
        }
        /* "North Korean artillery shelled Yeonpyeong island ... and South
         * Korean forces returned fire": fire returned (or a strike back)
         * named at no one answers whoever last attacked the actor's
         * country, told before it in this sentence or in the two before */
        /* (what it was returned with is no one it was returned at:
         * "South Korea retaliated with artillery fire", the fire read as
         * South Korean forces) */
        if (nr && !noun && na && A[0].country && code[0] == '1' && code[1] == '9' && returns_fire(&x, v)) {
            int own = 1;
            for (int j = 0; j < nr && own; j++) own = R[j].country && !strcmp(R[j].country, A[0].country);
            if (own) nr = 0;
        }
        /* (and fire an answer is given with: "the guerrillas answered with
         * mortar fire" after the army pounded their positions -- at whoever
         * attacked the answering actor itself) */
        int answer_with = noun && t[v].head >= 0 && lemma_in(&t[t[v].head], ANSWERING);
        if (!nr && !nr0 && !p->no_recipient && (!noun || answer_with) && na && A[0].country && code[0] == '1' &&
            code[1] == '9' && (answer_with || returns_fire(&x, v))) {
            for (size_t i = e->n; i-- > 0 && !nr;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 2 < sentence) break;
                if (pe->sentence == sentence && pe->trigger > v) continue;
                int violent = violent_code(pe->cameo);
                int at_actor = answer_with && pe->recipient.code && A[0].code && pe->actor.code &&
                               !strcmp(pe->recipient.code, A[0].code) && strcmp(pe->actor.code, A[0].code);
                if (!violent || !pe->actor.code || !pe->recipient.country ||
                    (!at_actor && (strcmp(pe->recipient.country, A[0].country) ||
                                   (pe->actor.country && !strcmp(pe->actor.country, A[0].country)))))
                    continue;
                set_actor_of(&R[0], pe);
                nr = 1;
            }
        }
        /* "a milestone in peace talks hosted by Ecuador", "Brazilian
         * President Cardoso hosted the ceremony": hosting or mediating
         * (043, 045) named at no one is for the two sides of the last act
         * that went both ways between two others, told before it in this
         * sentence or in the two before */
        if (!nr && !nr0 && !p->no_recipient && na && A[0].code && (!strcmp(code, "043") || !strncmp(code, "045", 3))) {
            for (size_t i = e->n; i-- > 0 && !nr;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 2 < sentence) break;
                if ((pe->sentence == sentence && pe->trigger > v) || !pe->actor.code || !pe->recipient.code ||
                    !strcmp(pe->actor.code, pe->recipient.code) || !strcmp(pe->actor.code, A[0].code) ||
                    !strcmp(pe->recipient.code, A[0].code))
                    continue;
                int both = 0;
                for (size_t j = 0; j < e->n && !both; j++)
                    both = e->ev[j].sentence == pe->sentence && e->ev[j].actor.code && e->ev[j].recipient.code &&
                           !strcmp(e->ev[j].actor.code, pe->recipient.code) &&
                           !strcmp(e->ev[j].recipient.code, pe->actor.code);
                if (!both) continue;
                set_from_actor(&R[0], &pe->actor);
                set_from_actor(&R[1], &pe->recipient);
                nr = 2;
            }
            /* ("Chavez, who brokered the release": brokering a one-way
             * act told just before is done with whoever did it) */
            int32_t bo = child_rel(&x, v, "obj");
            int definite = 0;
            for (int32_t ch = bo >= 0 ? w->child_first[bo] : -1; ch >= 0 && !definite; ch = w->child_next[ch])
                definite = rel_is(&t[ch], "det") && t[ch].form && ascii_ieq(t[ch].form, "the");
            for (size_t i = e->n; !nr && definite && !strncmp(code, "045", 3) && i-- > 0;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 1 < sentence) break;
                if ((pe->sentence == sentence && pe->trigger > v) || !pe->actor.code || !strcmp(pe->actor.code, A[0].code) ||
                    (pe->cameo[0] == '0' && pe->cameo[1] == '1'))
                    continue;
                set_from_actor(&R[0], &pe->actor);
                nr = 1;
            }
        }
        /* "rejected a package of incentives offered by Britain, France
         * and Germany": praise, a concession, criticism or a rejection
         * (05x, 08x, 11x, 12x) of a thing named at no one answers whoever
         * its participle's by-phrase says made it */
        if (!nr && !nr0 && !p->no_recipient && !noun && na && rt >= 0 &&
            ((code[0] == '0' && (code[1] == '5' || code[1] == '8')) || (code[0] == '1' && (code[1] == '1' || code[1] == '2')))) {
            /* (on the thing or on its of-phrase: "a package of incentives
             * offered by ...") */
            int32_t things[2] = {rt, -1};
            for (int32_t ch = w->child_first[rt]; ch >= 0 && things[1] < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "nmod") && case_of(&x, (uint32_t)ch) == c->fw[FW_OF]) things[1] = ch;
            for (int ti = 0; ti < 2 && !nr; ti++) {
                for (int32_t ac = things[ti] >= 0 ? w->child_first[things[ti]] : -1; ac >= 0 && !nr; ac = w->child_next[ac]) {
                    if (!rel_is(&t[ac], "acl") || !t[ac].xpos || !str_eq(t[ac].xpos, "VBN")) continue;
                    for (int32_t by = w->child_first[ac]; by >= 0 && !nr; by = w->child_next[by])
                        if (by_agent(&x, by)) nr = without_actors(R, actors_of(c, e, (uint32_t)by, R, MAXA), A, na);
                }
            }
        }
        /* "suspended talks on joining the European Union": talks about
         * joining (or dealing with) someone are with that someone */
        if (!nr && !nr0 && !p->no_recipient && rt >= 0 && !noun) {
            static const char *const talks[] = {"talk", "talks", "negotiation", "dialogue", "process", "bid",
                                                "application", "accession", NULL};
            static const char *const about[] = {"on", "about", "over", "for", NULL};
            if (lemma_in(&t[rt], talks)) {
                int32_t hosts[2] = {rt, (int32_t)v};
                for (int hi = 0; hi < 2 && !nr; hi++)
                    for (int32_t ch = w->child_first[hosts[hi]]; ch >= 0 && !nr; ch = w->child_next[ch]) {
                        if (!(rel_is(&t[ch], "acl") || rel_is(&t[ch], "advcl"))) continue;
                        int marked = 0;
                        for (int32_t mk = w->child_first[ch]; mk >= 0 && !marked; mk = w->child_next[mk])
                            marked = (rel_is(&t[mk], "mark") || rel_is(&t[mk], "case")) && lemma_in(&t[mk], about);
                        int32_t o = marked ? child_rel(&x, (uint32_t)ch, "obj") : -1;
                        if (o >= 0) nr = without_actors(R, actors_of(c, e, (uint32_t)o, R, MAXA), A, na);
                    }
            }
        }
        /* "A Moscow court sentenced three members of Pussy Riot ... The
         * United States condemned the verdict": a reaction to an act the
         * story just told (its object a definite noun that is no actor)
         * goes to whoever did that act */
        /* ("The U.S. military called it an unprovoked attack": "it" is the
         * act just told, not the actor itself) */
        static const char *const act_pronouns[] = {"it", "this", "that", NULL};
        int act_pronoun = na > 0 && !noun && rt >= 0 && t[rt].upos && str_eq(t[rt].upos, "PRON") && t[rt].form &&
                          ascii_ieq_any(t[rt].form, act_pronouns) && A[0].code &&
                          (!nr || (nr == 1 && R[0].code && !strcmp(R[0].code, A[0].code))) &&
                          (!nr0 || (nr0 == 1 && R0[0].code && !strcmp(R0[0].code, A[0].code)));
        /* ("accusing it of posing a threat": "it" names someone, not the
         * accuser itself -- the nearest other actor before it in the
         * sentence, "withdrawing from the West African bloc ECOWAS") */
        if (act_pronoun && !strncmp(code, "112", 3) && nr0) {
            actor_val D[MAXA];
            for (int32_t k = rt - 1; k >= 0 && act_pronoun; k--) {
                if (w->group_of[k] < 0 || (t[k].upos && str_eq(t[k].upos, "PRON"))) continue;
                int nd = actors_of(c, e, (uint32_t)k, D, MAXA);
                if (nd && D[0].code && strcmp(D[0].code, A[0].code) && D[0].cls != AC_PERSON) {
                    R0[0] = D[0];
                    if (nr) R[0] = D[0];
                    act_pronoun = 0;
                }
            }
        }
        if (act_pronoun) nr = nr0 = 0;
        if (!nr && !nr0 && !p->no_recipient && !noun && rt >= 0 && na &&
            ((code[0] == '1' && (code[1] == '1' || code[1] == '2')) || (code[0] == '0' && code[1] == '5')) &&
            t[rt].upos && ((str_eq(t[rt].upos, "NOUN") && w->group_of[rt] < 0) || act_pronoun)) {
            int definite = act_pronoun;
            for (int32_t ch = w->child_first[rt]; ch >= 0 && !definite; ch = w->child_next[ch])
                definite = rel_is(&t[ch], "det") && t[ch].form &&
                           (ascii_ieq(t[ch].form, "the") || ascii_ieq(t[ch].form, "this") || ascii_ieq(t[ch].form, "these"));
            /* (an event noun names the act's kind: "condemned the strikes"
             * answers the strikes, not the appeal told after them) */
            static const char *const violence[] = {"strike", "airstrike", "attack", "raid", "bombing", "shelling",
                                                   "offensive", "assault", "killing", "massacre", "bombardment",
                                                   "incursion", "invasion", "intervention", NULL};
            /* (and a report or its findings answer the accusation they
             * made: "Amnesty accused Cameroonian soldiers of torture ...
             * Cameroon's government rejected the report") */
            static const char *const charges[] = {"report", "finding", "accusation", "allegation", "charge",
                                                  "claim", "criticism", NULL};
            const char *kind = lemma_in(&t[rt], charges)              ? "11"
                               : has[rt] && tr[rt].code               ? tr[rt].code
                               : lemma_in(&t[rt], violence)           ? "19"
                                                                      : NULL;
            /* (also one told earlier in this sentence: "Thailand
             * extradited Viktor Bout ..., and Moscow called the move
             * illegal") */
            /* (the very act its noun codes, when one was told: "called the
             * crackdown a massacre" answers the repression, 175, not a
             * state of emergency, 1724, told after it) */
            int exact = 0;
            for (size_t i = e->n; definite && kind && strlen(kind) >= 3 && i-- > 0 && !exact;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 4 < sentence) break;
                exact = !(pe->sentence == sentence && pe->trigger > v) && pe->actor.code && !strcmp(pe->cameo, kind) &&
                        !(A[0].code && !strcmp(pe->actor.code, A[0].code));
            }
            /* (a noun whose own code finds no act of its kind answers the
             * act told just before, like "the move": "Jammeh rejected his
             * defeat ... and the State Department condemned the reversal") */
            int noun_kind = kind && has[rt] && tr[rt].code && kind == tr[rt].code;
            for (int pass = 0; pass < 2 && !nr && (pass == 0 || noun_kind); pass++) {
                const char *want = pass ? NULL : kind;
                for (size_t i = e->n; definite && i-- > 0 && !nr;) {
                    const dyad_event *pe = &e->ev[i];
                    if (pe->sentence + 4 < sentence || (!want && pe->sentence + 2 < sentence)) break;
                    if ((pe->sentence == sentence && pe->trigger > v) || !pe->actor.code ||
                        (pe->cameo[0] == '0' && pe->cameo[1] == '1') || (want && exact && strcmp(pe->cameo, want)))
                        continue;
                    /* (nor another voice's reaction to it: "The United States
                     * condemned the move. The African Union denounced the
                     * decision" answers the move) */
                    if (!want && (!strncmp(pe->cameo, "111", 3) || !strncmp(pe->cameo, "112", 3) ||
                                  !strncmp(pe->cameo, "051", 3)))
                        continue;
                    /* (an attack answers any violence: "protesters stormed the
                     * embassy ... condemned the attack") */
                    /* (and a deployment any sending of troops: "sent 1,000
                     * troops into Bahrain ... condemned the deployment") */
                    /* (and killings the shooting of a crowd: "soldiers opened
                     * fire on opposition supporters ... The African Union
                     * condemned the killings") */
                    if (want && strncmp(want, pe->cameo, 2) &&
                        !(want[0] == '1' && want[1] >= '8' &&
                          (violent_code(pe->cameo) || !strncmp(pe->cameo, "145", 3) || !strncmp(pe->cameo, "175", 3))) &&
                        !(want[0] == '1' && want[1] == '5' && !strncmp(pe->cameo, "074", 3)) &&
                        !(ascii_ieq(lemma_str(&x, (uint32_t)rt), "intervention") && !strncmp(pe->cameo, "074", 3)) &&
                        /* (and an expulsion an order to leave: "ordered BBC
                         * correspondent Sarah Rainsford to leave ... called the
                         * expulsion an assault on media freedom") */
                        !(!strncmp(want, "166", 3) && !strncmp(pe->cameo, "174", 3)) &&
                        /* (and an ultimatum a demand: "demanded that leaders of
                         * Tigray surrender within 72 hours ... rejected the
                         * ultimatum") */
                        !(!strncmp(want, "139", 3) && pe->cameo[0] == '1' && pe->cameo[1] == '0'))
                        continue;
                    if (A[0].code && !strcmp(pe->actor.code, A[0].code)) continue;
                    /* (nor its own state's act: "Israel responded with air
                     * strikes ... Olmert called the raid an act of war") */
                    static const char *const state[] = {"GOV", "MIL", "COP", NULL};
                    if (A[0].country && pe->actor.country && !strcmp(A[0].country, pe->actor.country) &&
                        sector_in(A[0].sector, state) && (!pe->actor.sector || sector_in(pe->actor.sector, state)))
                        continue;
                    /* (an act done by several together answers them all:
                     * "Saudi Arabia, Egypt, the United Arab Emirates and
                     * Bahrain cut diplomatic ties with Qatar ... Qatar called
                     * the decision unjustified") */
                    size_t first = i;
                    while (first > 0 && e->ev[first - 1].sentence == pe->sentence) first--;
                    for (size_t j = first; j < e->n && e->ev[j].sentence == pe->sentence && nr < MAXA; j++) {
                        const dyad_event *q = &e->ev[j];
                        /* (and a deal two sides made together, told both
                         * ways, answers both: "Iranian Foreign Minister Zarif
                         * and U.S. Secretary of State Kerry signed an interim
                         * agreement ... Netanyahu denounced the deal") */
                        /* (not a clash: "the attack" condemned is one side's) */
                        int mutual = q->cameo[0] == '0' && q->recipient.code && pe->recipient.code && q->actor.code &&
                                     !strcmp(q->actor.code, pe->recipient.code) &&
                                     !strcmp(q->recipient.code, pe->actor.code);
                        if (j != i && (strcmp(q->cameo, pe->cameo) || !q->actor.code || !q->recipient.code ||
                                       !pe->recipient.code || (strcmp(q->recipient.code, pe->recipient.code) && !mutual) ||
                                       (A[0].code && !strcmp(q->actor.code, A[0].code))))
                            continue;
                        actor_val tgt;
                        set_reaction_target(e, &tgt, q, &A[0], code);
                        if (!strcmp(tgt.code, q->actor.code)) { /* (its words, when it is the doer as told) */
                            tgt.start = q->actor.start;
                            tgt.end = q->actor.end;
                        }
                        int dup = 0;
                        for (int k = 0; k < nr && !dup; k++) dup = !strcmp(R[k].code, tgt.code);
                        if (!dup) R[nr++] = tgt;
                    }
                    if (!nr) {
                        set_reaction_target(e, &R[0], pe, &A[0], code);
                        nr = 1;
                    }
                }
            }
            /* "Iran resumed uranium conversion ... Britain, France and
             * Germany condemned the move": a move that coded no event is
             * the doing of the main subject told just before -- this
             * sentence's, when another actor did a thing before the
             * reaction ("Thailand extradited Viktor Bout, and Moscow
             * condemned the move"), else the previous sentence's */
            static const char *const moves[] = {"move", "decision", "step", "action", "measure", "declaration",
                                                "announcement", "referendum", "test", "launch", NULL};
            if (!nr && definite && !act_pronoun && A[0].code && lemma_in(&t[rt], moves)) {
                const doc_memory *mm = &e->memo;
                const actor_val *lead = mm->lead.code && mm->lead_tok >= 0 && (uint32_t)mm->lead_tok < v &&
                                                strcmp(mm->lead.code, A[0].code)
                                            ? &mm->lead
                                        : mm->last_lead.code ? &mm->last_lead
                                                             : NULL;
                if (lead && strcmp(lead->code, A[0].code) &&
                    !(lead->country && A[0].country && !strcmp(lead->country, A[0].country))) {
                    R[0] = *lead;
                    nr = 1;
                }
            }
        }
        /* "opened an investigation into possible war crimes committed by
         * Russian forces", "opened investigations into more than 2,700
         * judges", "ordered a judicial inquiry into the shootings": an
         * investigation (09x) named at no one is aimed at the actor its
         * into-phrase names, or at whoever did the act it names */
        if (!nr && !nr0 && !p->no_recipient && na && code[0] == '0' && code[1] == '9') {
            int32_t into = -1;
            int32_t hosts[2] = {(int32_t)v, tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj")};
            for (int hi = 0; hi < 2 && into < 0; hi++)
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && into < 0;
                     ch = w->child_next[ch])
                    if ((rel_is(&t[ch], "obl") || rel_is(&t[ch], "nmod")) && (uint32_t)ch > v)
                        for (int32_t mk = w->child_first[ch]; mk >= 0; mk = w->child_next[mk])
                            if (rel_is(&t[mk], "case") && t[mk].form && ascii_ieq(t[mk].form, "into")) into = ch;
            /* (or the object of its purpose: "set up a commission of
             * inquiry to investigate abuses by Eritrea's government") */
            /* (the clause itself: its object, or a doer by-phrase hung
             * on it or its object) */
            static const char *const probe[] = {"investigate", "probe", "examine", NULL};
            int purpose = 0;
            for (int32_t ch = into < 0 ? w->child_first[v] : -1; ch >= 0 && into < 0; ch = w->child_next[ch])
                if ((rel_is(&t[ch], "advcl") || rel_is(&t[ch], "xcomp")) && (uint32_t)ch > v && lemma_in(&t[ch], probe) &&
                    to_clause(&x, (uint32_t)ch))
                    into = ch, purpose = 1;
            for (uint32_t k = into >= 0 ? (uint32_t)into : w->n; k < w->n && !nr; k++) {
                if (w->group_of[k] < 0) continue;
                /* (not a place, "war crimes in Ukraine", nor the victims
                 * of the act, "the strike that killed dozens of villagers";
                 * a doer by its by-phrase, "committed by Russian forces") */
                static const char *const locative[] = {"in", "at", "near", "across", "inside", "on", "around",
                                                       "along", NULL};
                int32_t up = (int32_t)k, ok = 1, by = 0;
                for (int hops = 0; hops < 32 && up >= 0 && up != into && ok; hops++) {
                    for (int32_t mk = w->child_first[up]; mk >= 0; mk = w->child_next[mk])
                        if (rel_is(&t[mk], "case") && t[mk].form) {
                            if (ascii_ieq_any(t[mk].form, locative)) ok = 0;
                            if (ascii_ieq(t[mk].form, "by")) by = 1;
                        }
                    if (rel_is(&t[up], "obl:agent")) by = 1;
                    if (rel_is(&t[up], "acl:relcl") ||
                        ((rel_is(&t[up], "acl") || (rel_is(&t[up], "obj") && !(purpose && t[up].head == into))) && !by))
                        ok = 0;
                    /* (the purpose's other phrases are no target: "to
                     * investigate ... on Friday") */
                    if (purpose && t[up].head == into && !by && !rel_is(&t[up], "obj")) ok = 0;
                    up = t[up].head;
                }
                if (!ok || up != into) continue;
                actor_val D[MAXA];
                int nd = actors_of(c, e, k, D, MAXA);
                if (nd && D[0].code && !(A[0].code && !strcmp(D[0].code, A[0].code))) {
                    R[0] = D[0];
                    nr = 1;
                }
            }
            static const char *const acts[] = {"shooting", "killing", "death", "attack", "bombing", "massacre",
                                               "crackdown", "violence", "abuse", "strike", "raid", NULL};
            for (size_t i = x.ev_first; into >= 0 && !nr && lemma_in(&t[into], acts) && i-- > 0;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 3 < sentence) break;
                int violent = (pe->cameo[0] == '1' && pe->cameo[1] >= '7') || pe->cameo[0] == '2';
                if (!violent || !pe->actor.code || (A[0].code && !strcmp(pe->actor.code, A[0].code))) continue;
                set_reaction_target(e, &R[0], pe, &A[0], code);
                nr = 1;
            }
        }
        /* "said he was confident that a peace agreement with National
         * Liberation Army rebels could be signed", "said a peace treaty
         * with Azerbaijan was within reach", "is considering asking the
         * IMF for a new loan": optimism, pessimism or a plan (012-014)
         * named at no one is about the first other side its clause
         * names: another country's actor, an IGO, or the country's own
         * rebels or opposition */
        if (!nr && !nr0 && !p->no_recipient && na && A[0].code && code[0] == '0' && code[1] == '1' &&
            code[2] >= '2' && code[2] <= '4') {
            for (uint32_t k = v + 1; k < w->n && !nr; k++) {
                /* (nor a pronoun: "said he was worried" is the speaker) */
                if (w->group_of[k] < 0 || (t[k].upos && str_eq(t[k].upos, "PRON"))) continue;
                /* (not a place, "peace in Sudan", nor an owner, "Ukraine's
                 * use of ...": a counterpart or the one acted on) */
                static const char *const locative[] = {"in", "at", "near", "across", "inside", "around", NULL};
                int32_t up = (int32_t)k, place = rel_is(&t[k], "nmod:poss");
                for (int32_t ch = w->child_first[k]; ch >= 0 && !place; ch = w->child_next[ch])
                    place = rel_is(&t[ch], "nmod:poss") && w->mention_of[ch] >= 0;
                for (int hops = 0; hops < 32 && up >= 0 && up != (int32_t)v; hops++) {
                    for (int32_t mk = w->child_first[up]; mk >= 0 && !place; mk = w->child_next[mk])
                        place = rel_is(&t[mk], "case") && t[mk].form && ascii_ieq_any(t[mk].form, locative);
                    up = t[up].head;
                }
                if (up != (int32_t)v || place) continue;
                /* (not a meeting's host or forum: "the G20 summit in Bali") */
                static const char *const meetings[] = {"summit", "meeting", "conference", "forum", "session",
                                                       "talks", NULL};
                if (lemma_in(&t[k], meetings) ||
                    (t[k].head >= 0 && lemma_in(&t[t[k].head], meetings) &&
                     (rel_is(&t[k], "compound") || rel_is(&t[k], "nmod") || rel_is(&t[k], "nmod:poss"))))
                    continue;
                actor_val D[MAXA];
                int nd = actors_of(c, e, k, D, MAXA);
                /* (a role whose country only memory gives is no counterpart) */
                if (!nd || !D[0].code || !strcmp(D[0].code, A[0].code) || D[0].from_memory) continue;
                int other = !D[0].country || !A[0].country || strcmp(D[0].country, A[0].country) ||
                            (D[0].sector && (!strncmp(D[0].sector, "REB", 3) || !strncmp(D[0].sector, "OPP", 3)));
                if (other) {
                    R[0] = D[0];
                    nr = 1;
                }
            }
        }
        /* "threatened to impose sweeping tariffs and sanctions on
         * Colombia", "threatened to put a hold on U.S. funding for the
         * WHO": a threat (13x) named at no one is aimed at the first actor
         * of another country that the threatened act names (not in a
         * clause of its own inside it: "after Bogota turned back ...") */
        if (!nr && !nr0 && !p->no_recipient && !noun && na && A[0].country && code[0] == '1' && code[1] == '3') {
            int32_t act = -1;
            for (int32_t ch = w->child_first[v]; ch >= 0 && act < 0; ch = w->child_next[ch])
                if ((uint32_t)ch > v && (rel_is(&t[ch], "xcomp") || purpose_clause(&x, (uint32_t)ch))) act = ch;
            /* (or the object's: "reserved the right to use military force to
             * protect Russian speakers in eastern Ukraine") */
            int32_t ob = act < 0 ? child_rel(&x, v, "obj") : -1;
            for (int32_t ch = ob >= 0 ? w->child_first[ob] : -1; ch >= 0 && act < 0; ch = w->child_next[ch])
                if (rel_is(&t[ch], "acl") && to_clause(&x, (uint32_t)ch)) act = ch;
            for (uint32_t k = act >= 0 ? (uint32_t)act + 1 : w->n; k < w->n && !nr; k++) {
                if (w->group_of[k] < 0) continue;
                int32_t up = (int32_t)k, inside = 0;
                for (int hops = 0; hops < 32 && up >= 0 && !inside; hops++) {
                    if (up == act) inside = 1;
                    /* (a purpose "to" clause is part of the act) */
                    else if (up != (int32_t)k && (rel_is(&t[up], "advcl") || rel_is(&t[up], "acl:relcl")) &&
                             !to_clause(&x, (uint32_t)up))
                        break;
                    up = t[up].head;
                }
                if (!inside) continue;
                actor_val D[MAXA];
                int nd = actors_of(c, e, k, D, MAXA);
                /* (another country's actor, or an IGO: "the WHO") */
                if (nd && D[0].code &&
                    (D[0].country ? strcmp(D[0].country, A[0].country) != 0 : strcmp(D[0].code, A[0].code) != 0)) {
                    R[0] = D[0];
                    nr = 1;
                }
            }
        }
        /* "cut ties with Qatar, accusing Doha of supporting terrorism, a
         * charge Foreign Minister ... of Qatar rejected as baseless": a
         * denial of the charge in a relative clause answers each accuser
         * of this sentence whose accusation aims at the denier's side */
        if (!noun && na && A[0].code && denies_in_relative(&x, v)) {
            int nacc = 0;
            for (size_t i = x.ev_first; i < e->n && nacc < MAXA; i++) {
                const dyad_event *pe = &e->ev[i];
                if (strncmp(pe->cameo, "112", 3) || !pe->actor.code || !pe->recipient.code || pe->trigger >= v) continue;
                if (strcmp(pe->recipient.code, A[0].code) &&
                    !(A[0].country && pe->recipient.country && !strcmp(pe->recipient.country, A[0].country)))
                    continue;
                actor_val acc = {0};
                set_actor_of(&acc, pe);
                acc.start = pe->actor.start; /* (the accuser's words, for the output) */
                acc.end = pe->actor.end;
                int dup = 0;
                for (int j = 0; j < nacc && !dup; j++) dup = !strcmp(R[j].code, acc.code);
                if (!dup) R[nacc++] = acc;
            }
            if (nacc) {
                explain(&x, "'%s' denies the charge of %d accuser(s) in this sentence", t[v].form, nacc);
                code = "016";
                nr = nacc;
            }
        }
        /* "South Korea accused North Korea of torpedoing its warship ...
         * Pyongyang denied involvement and warned that ...", "an
         * allegation the government swiftly denied": a denial (016) or a
         * threat (13x) named at no one answers the last act aimed at the
         * actor's country by another country, in this sentence or the
         * three before */
        /* (so does the rejection of an accusation: "Tehran rejected their
         * criticism") */
        static const char *const charges_rejected[] = {"allegation", "accusation", "charge", "claim", "assertion",
                                                       "suggestion", "insinuation", "criticism", NULL};
        int rejects_charge = !strcmp(code, "120") && !noun && tr[v].m.obj >= 0 &&
                             lemma_in(&t[tr[v].m.obj], charges_rejected);
        if (!nr && !nr0 && !p->no_recipient && na && A[0].country &&
            (!strcmp(code, "016") || (code[0] == '1' && code[1] == '3') || rejects_charge)) {
            for (size_t i = e->n; i-- > 0 && !nr;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 3 < sentence) break;
                /* (aimed at the actor's country by another country or an
                 * IGO, or at the actor itself by anyone else: "Kyiv accused
                 * the rebels ... The rebels denied it") */
                if (!pe->actor.code || !pe->recipient.code || pe->cameo[0] == '0') continue;
                /* (or by the country's own rebels: "Kurdish militants
                 * killed 24 Turkish soldiers ... President Gul vowed
                 * revenge") */
                int own_rebels = pe->actor.sector && !strcmp(pe->actor.sector, "REB") && A[0].sector &&
                                 strcmp(A[0].sector, "REB") && violent_code(pe->cameo);
                int at_country = pe->recipient.country && !strcmp(pe->recipient.country, A[0].country) &&
                                 (own_rebels || !(pe->actor.country && !strcmp(pe->actor.country, A[0].country)));
                int at_actor = A[0].code && !strcmp(pe->recipient.code, A[0].code) && strcmp(pe->actor.code, A[0].code);
                if (!at_country && !at_actor) continue;
                /* (not an act done together: "Russian and Chinese aircraft
                 * conducted a joint patrol" both ways) */
                int mutual = 0;
                /* (the events of that sentence lie together around i) */
                size_t first = i;
                while (first > 0 && e->ev[first - 1].sentence == pe->sentence) first--;
                for (size_t j = first; j < e->n && e->ev[j].sentence == pe->sentence && !mutual; j++) {
                    const dyad_event *q = &e->ev[j];
                    if (!q->actor.code || !q->recipient.code || !strcmp(q->actor.code, pe->actor.code)) continue;
                    mutual = at_country ? q->actor.country && q->recipient.country && pe->actor.country &&
                                              !strcmp(q->actor.country, A[0].country) &&
                                              !strcmp(q->recipient.country, pe->actor.country)
                                        : !strcmp(q->actor.code, A[0].code) && !strcmp(q->recipient.code, pe->actor.code);
                }
                if (mutual) continue;
                set_reaction_target(e, &R[0], pe, &A[0], code);
                nr = 1;
            }
        }
        /* "Iran's Revolutionary Guards seized a British-flagged tanker ...
         * Britain demanded the immediate release of the ship", "called for
         * the release of the hostages": a call or demand for a release
         * (0253, 1053) named at no one goes to whoever last seized,
         * detained or abducted someone, in this sentence or the three
         * before */
        if (!nr && !nr0 && !p->no_recipient && na && (!strcmp(code, "0253") || !strcmp(code, "1053"))) {
            for (size_t i = e->n; i-- > 0 && !nr;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 3 < sentence) break;
                int holds = !strcmp(pe->cameo, "173") || !strncmp(pe->cameo, "171", 3) || !strncmp(pe->cameo, "181", 3);
                if (!holds || !pe->actor.code || (A[0].code && !strcmp(pe->actor.code, A[0].code))) continue;
                set_reaction_target(e, &R[0], pe, &A[0], code);
                nr = 1;
            }
        }
        /* "condemned the military takeover in Gabon": the doers of an act
         * named by a noun, a "military" one in a country, are that
         * country's military */
        if (!nr && !nr0 && !p->no_recipient && rt >= 0 && !noun && t[rt].upos && str_eq(t[rt].upos, "NOUN")) {
            static const char *const military[] = {"military", "army", NULL};
            static const char *const coups[] = {"coup", "putsch", "takeover", "junta", NULL};
            int mil = lemma_in(&t[rt], coups);
            for (int32_t ch = w->child_first[rt]; ch >= 0 && !mil; ch = w->child_next[ch])
                mil = (rel_is(&t[ch], "amod") || rel_is(&t[ch], "compound")) && lemma_in(&t[ch], military);
            for (int32_t ch = mil ? w->child_first[rt] : -1; ch >= 0 && !nr; ch = w->child_next[ch]) {
                if (!(rel_is(&t[ch], "nmod") && (case_of(&x, (uint32_t)ch) == c->fw[FW_IN] ||
                                                 (t[ch].deprel && str_eq(t[ch].deprel, "nmod:poss")))))
                    continue;
                actor_val D[MAXA];
                if (actors_of(c, e, (uint32_t)ch, D, MAXA) == 1 && D[0].country && !D[0].sector) {
                    R[0] = D[0];
                    set_country_sector(e, &R[0], D[0].country, "MIL");
                    nr = without_actors(R, 1, A, na);
                }
            }
            /* ("Mutinous Malian soldiers said they had seized power ...
             * The African Union and France condemned the coup": a coup of
             * no named country is the doing of the soldiers who acted
             * last, in this sentence or the three before -- their own
             * code, not their country's as for foreign forces' acts) */
            for (size_t i = e->n; lemma_in(&t[rt], coups) && !nr && i-- > 0;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 3 < sentence) break;
                if (pe->sentence == sentence && pe->trigger > v) continue;
                if (!pe->actor.code || !pe->actor.sector || strcmp(pe->actor.sector, "MIL")) continue;
                set_actor_of(&R[0], pe);
                nr = without_actors(R, 1, A, na);
            }
        }
        /* "Mubarak resigned on Friday ... after 18 days of mass street
         * protests", "withdrew the decree after five days of protests": a
         * concession (08x, or the promise to step down, 0341) named to no one
         * in a sentence that tells of protests yields to the protesters,
         * the country's civilians */
        /* (a promise only of leaving office, 0341: "pledged to oversee a
         * peaceful transition", "promised sweeping political reforms"
         * are promised to no one) */
        if (!nr && !nr0 && !p->no_recipient && na && A[0].country && A[0].sector &&
            (!strncmp(code, "083", 3) || !strcmp(code, "0341"))) {
            static const char *const protest_words[] = {"protest", "protester", "protestor", "demonstration",
                                                        "demonstrator", "unrest", "uprising", "rally", NULL};
            int protests = 0;
            for (uint32_t k = 0; k < w->n && !protests; k++) protests = lemma_in(&t[k], protest_words);
            if (protests) {
                country_sector_actor(e, &R[0], A[0].country, "CVL");
                nr = 1;
            }
            /* (or that follows a protest in the country told in the two
             * sentences before: "Protesters stormed the residence of
             * President Rajapaksa ... The speaker said Rajapaksa would
             * resign on Wednesday": to those protesters) */
            for (size_t i = x.ev_first; !nr && i-- > 0;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 2 < sentence) break;
                if (pe->cameo[0] == '1' && pe->cameo[1] == '4' && pe->actor.country &&
                    !strcmp(pe->actor.country, A[0].country) && pe->actor.sector &&
                    strcmp(pe->actor.sector, A[0].sector)) {
                    set_actor_of(&R[0], pe);
                    nr = 1;
                }
            }
        }
        /* "lifted the state of emergency across the country", "declared a
         * nationwide curfew": a curfew, state of emergency or martial law
         * named over no place is over the actor's own country */
        if (!nr && !nr0 && !p->no_recipient && na && A[0].country &&
            (!strcmp(code, "0813") || !strcmp(code, "0814"))) {
            set_country(&R[0], A[0].country, NULL);
            nr = 1;
        }
        /* "approved a $500 million loan to help Bangladesh ...", "fired
         * tear gas to disperse protesters": aid for someone, force used on
         * someone, named by the purpose clause's object */
        /* "threatened to stage strikes unless Prime Minister Sheikh Hasina
         * resigns": a threat is aimed at whom its condition names */
        if (!nr && !nr0 && !p->no_recipient && code[0] == '1' && code[1] == '3') {
            static const char *const cond[] = {"unless", "if", NULL};
            /* (or the warned clause's: "warned that it would be forced to
             * take steps if Finland joined NATO") */
            int32_t cc = noun ? -1 : child_rel(&x, v, "ccomp");
            /* (and the complement of a bare "threatened to ...": "threatened
             * to send 3.6 million refugees to Europe if the European Union
             * criticised his offensive") */
            int32_t hosts[5] = {(int32_t)v, tr[v].m.xcomp, cc, cc >= 0 ? child_rel(&x, (uint32_t)cc, "xcomp") : -1,
                                noun || tr[v].m.xcomp >= 0 ? -1 : child_rel(&x, v, "xcomp")};
            for (int hi = 0; hi < 5 && !nr; hi++)
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && !nr; ch = w->child_next[ch]) {
                    if (!rel_is(&t[ch], "advcl")) continue;
                    int marked = 0;
                    for (int32_t mk = w->child_first[ch]; mk >= 0 && !marked; mk = w->child_next[mk])
                        marked = rel_is(&t[mk], "mark") && lemma_in(&t[mk], cond);
                    int32_t sj = marked ? child_rel(&x, (uint32_t)ch, "nsubj") : -1;
                    if (sj >= 0) nr = without_actors(R, actors_of(c, e, (uint32_t)sj, R, MAXA), A, na);
                }
        }
        /* "Israeli troops completed their withdrawal from southern
         * Lebanon": a pull-out (087x) is from the country a from-phrase on
         * it, or on the verb that carries its noun, names */
        if (!nr && !nr0 && !p->no_recipient && na && A[0].country && !strncmp(code, "087", 3)) {
            int32_t hosts[2] = {(int32_t)v, noun && rel_is(&t[v], "obj") ? t[v].head : -1};
            for (int hi = 0; hi < 2 && !nr; hi++)
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && !nr; ch = w->child_next[ch]) {
                    if (!(rel_is(&t[ch], "obl") || rel_is(&t[ch], "nmod")) || case_of(&x, (uint32_t)ch) != c->fw[FW_FROM])
                        continue;
                    actor_val F[MAXA];
                    if (actors_of(c, e, (uint32_t)ch, F, MAXA) == 1 && F[0].country && !F[0].sector &&
                        strcmp(F[0].country, A[0].country)) {
                        set_country(&R[0], F[0].country, NULL);
                        nr = 1;
                    }
                }
        }
        /* "Iran told EU foreign policy chief Catherine Ashton that it was
         * ready to resume nuclear talks": what is told to someone and
         * names no one is aimed at whom it is told to */
        if (!nr && !nr0 && !p->no_recipient && !noun && na && strncmp(code, "01", 2)) {
            static const char *const telling[] = {"tell", "inform", "assure", "notify", "write", NULL};
            int32_t up = (int32_t)v;
            if (rel_is(&t[up], "xcomp") && t[up].head >= 0) up = t[up].head;
            int32_t h = rel_is(&t[up], "ccomp") ? t[up].head : -1;
            if (h >= 0 && lemma_in(&t[h], telling))
                for (int32_t ch = w->child_first[h]; ch >= 0 && !nr; ch = w->child_next[ch])
                    if (rel_is(&t[ch], "obj") || rel_is(&t[ch], "iobj"))
                        nr = without_actors(R, actors_of(c, e, (uint32_t)ch, R, MAXA), A, na);
        }
        /* "Armenia said Azerbaijani forces had violated the ceasefire along
         * the border": force named at no one, reported by another
         * country's state, was used against that country */
        /* (not a show of force: "North Korea fired missiles into the sea,
         * South Korea's military said") */
        if (!nr && !nr0 && !p->no_recipient && !noun && na && A[0].country &&
            ((code[0] == '1' && code[1] >= '8') || code[0] == '2') && rel_is(&t[v], "ccomp") && t[v].head >= 0 && t[t[v].head].lemma &&
            (str_eq(t[t[v].head].lemma, "say") || str_eq(t[t[v].head].lemma, "report") ||
             str_eq(t[t[v].head].lemma, "claim") || str_eq(t[t[v].head].lemma, "complain"))) {
            actor_val S[MAXA];
            int ns = actors_subject(&x, (uint32_t)t[v].head, S, MAXA, 0, NULL);
            if (ns == 1 && S[0].country && strcmp(S[0].country, A[0].country) &&
                (!S[0].sector || state_sector_strict(S[0].sector)) && strncmp(S[0].code, "IGO", 3)) {
                set_country(&R[0], S[0].country, NULL);
                nr = 1;
            }
        }
        /* (a pledge of aid too: "pledged $3 billion to help Lebanon's army") */
        int aid_code = (code[0] == '0' && code[1] == '7') || !strncmp(code, "033", 3),
            force_code = code[0] == '1' && code[1] == '7';
        if (!nr && !nr0 && !p->no_recipient && !noun && (aid_code || force_code)) {
            static const char *const helping[] = {"help", "assist", "support", "aid", "fund", "finance", "rebuild",
                                                  "strengthen", "bolster", "stabilise", "stabilize", NULL};
            static const char *const dispersing[] = {"disperse", "scatter", "quell", "break", "push", "repel",
                                                     "clear", NULL};
            for (int32_t ch = w->child_first[v]; ch >= 0 && !nr; ch = w->child_next[ch]) {
                if (!purpose_clause(&x, (uint32_t)ch) || child_rel(&x, (uint32_t)ch, "nsubj") >= 0 ||
                    !lemma_in(&t[ch], aid_code ? helping : dispersing))
                    continue;
                int32_t o = child_rel(&x, (uint32_t)ch, "obj");
                if (o >= 0) nr = without_actors(R, actors_of(c, e, (uint32_t)o, R, MAXA), A, na);
            }
            /* "pledged 50 million euros in new humanitarian aid for Sudan":
             * aid is for whom a for-phrase under the verb or its object
             * names (breadth first, three levels down) */
            int32_t q[24];
            int qn = 0;
            for (int32_t ch = w->child_first[v]; aid_code && ch >= 0 && qn < 24; ch = w->child_next[ch])
                if (rel_is(&t[ch], "obj") || rel_is(&t[ch], "obl")) q[qn++] = ch;
            for (int i = 0; i < qn && !nr; i++) {
                uint32_t cw = case_of(&x, (uint32_t)q[i]);
                if (cw != WORD_NONE && str_eq(dict_word_str(d, cw), "for") && !rel_is(&t[q[i]], "obj"))
                    nr = without_actors(R, actors_of(c, e, (uint32_t)q[i], R, MAXA), A, na);
                for (int32_t ch = w->child_first[q[i]]; ch >= 0 && qn < 24; ch = w->child_next[ch])
                    if (rel_is(&t[ch], "nmod")) q[qn++] = ch;
            }
        }
        /* "Cuba reopened its embassy in Washington", "closed its embassy
         * in Damascus": a mission opened or closed abroad is a step in
         * relations with the country it is in (a capital there is part of
         * the mission's phrase, whose code it gave) */
        static const char *const missions[] = {"embassy", "consulate", "mission", "legation", NULL};
        int32_t mission = !noun && (!strncmp(code, "05", 2) || !strncmp(code, "16", 2))
                              ? (tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj"))
                              : -1;
        if (mission >= 0 && !lemma_in(&t[mission], missions)) mission = -1;
        /* (the mission itself, "opened an embassy", is the actor's own) */
        if (mission >= 0 && nr == 1 && R[0].country && na && A[0].country && !strcmp(R[0].country, A[0].country))
            nr = 0;
        if (!nr && !p->no_recipient && mission >= 0) {
            /* (the in-phrase on the mission, or on the verb after it) */
            int32_t hosts[2] = {mission, (int32_t)v};
            for (int hi = 0; hi < 2 && !nr; hi++)
            for (int32_t ch = w->child_first[hosts[hi]]; ch >= 0 && !nr; ch = w->child_next[ch]) {
                if (!(rel_is(&t[ch], "nmod") || (hi == 1 && rel_is(&t[ch], "obl") && ch > mission)) ||
                    case_of(&x, (uint32_t)ch) != c->fw[FW_IN])
                    continue;
                const char *pc = place_country(&x, (uint32_t)ch, A, na, 0);
                actor_val D[MAXA];
                if (!pc && w->mention_of[ch] >= 0 && actors_of(c, e, (uint32_t)ch, D, MAXA) == 1 && D[0].country)
                    pc = D[0].country;
                if (!pc && w->mention_of[ch] >= 0 && actors_of(c, e, (uint32_t)mission, D, MAXA) == 1 && D[0].country)
                    pc = D[0].country;
                if (pc && na && A[0].country && !strcmp(pc, A[0].country)) pc = NULL;
                if (pc) {
                    set_country(&R[0], pc, &t[ch]);
                    nr = 1;
                }
            }
        }
        if (!nr && nr0 && !own_object) {
            memcpy(R, R0, sizeof(actor_val) * (size_t)nr0);
            nr = nr0;
        }
        /* "Zimbabwe's military seized control of the country": an army
         * taking its own country is a coup, told by its acts, no
         * occupation (192) */
        if (!noun && !strncmp(code, "192", 3) && na == 1 && A[0].sector && !strcmp(A[0].sector, "MIL") && A[0].country) {
            static const char *const whole[] = {"country", "nation", "government", "state", NULL};
            int32_t o = child_rel(&x, v, "obj");
            int32_t of = o >= 0 && t[o].lemma && ascii_ieq(t[o].lemma, "control") ? child_rel(&x, (uint32_t)o, "nmod") : -1;
            if (of >= 0 && lemma_in(&t[of], whole) && case_of(&x, (uint32_t)of) == c->fw[FW_OF]) {
                explain(&x, "rejected %s '%s': an army taking its own country", code, t[v].form);
                continue;
            }
        }
        /* "the officers who seized power", "the juntas, which took power in
         * a string of coups": taking power is the coup the story tells by
         * its acts (arrests, dissolutions), no seizure of property */
        if (!noun && code[0] == '1' && code[1] == '7' && t[v].lemma &&
            (ascii_ieq(t[v].lemma, "seize") || ascii_ieq(t[v].lemma, "take") || ascii_ieq(t[v].lemma, "grab"))) {
            int32_t o = child_rel(&x, v, "obj");
            /* (or the word right after: "seized power hours after ..." with
             * "power" a compound of "hours" -- a span of time, not "seized
             * power plants") */
            static const char *const spans[] = {"minute", "hour", "day", "week", "month", "year", NULL};
            if (o >= 0 && lemma_in(&t[o], spans) && v + 1 < w->n && t[v + 1].lemma &&
                ascii_ieq(t[v + 1].lemma, "power"))
                o = (int32_t)v + 1;
            if (o >= 0 && t[o].lemma && ascii_ieq(t[o].lemma, "power")) {
                explain(&x, "rejected %s '%s': taking power", code, t[v].form);
                continue;
            }
        }
        /* "called the decision a stab in the back", "called the raid state
         * terrorism", "what Putin called a special military operation":
         * calling something a name is no phone call -- that calls someone */
        if (!noun && !strcmp(code, "041") && t[v].lemma && ascii_ieq(t[v].lemma, "call")) {
            int32_t o = child_rel(&x, v, "obj");
            if (o < 0 || w->mention_of[o] < 0) {
                explain(&x, "rejected %s '%s': calls no one", code, t[v].form);
                continue;
            }
        }
        /* "Mr. Fidan told reporters", "told a news conference": the press a
         * statement is made to is its audience, not its recipient */
        static const char *const telling_press[] = {"tell", "say", "speak", "brief", NULL};
        if (code[0] == '0' && code[1] == '1' && !noun && lemma_in(&t[v], telling_press))
            for (int j = 0; j < nr; j++)
                if (R[j].sector && !strncmp(R[j].sector, "MED", 3)) R[j--] = R[--nr];
        /* "declared Maduro the winner", "declared independence",
         * "declared final victory": declaring a thing (no clause, no
         * event noun it brings about) is no statement the writers code
         * (0 of 8 on dev) */
        if (!strcmp(code, "010") && !noun && ascii_ieq(lemma_str(&x, v), "declare") && child_rel(&x, v, "obj") >= 0 &&
            child_rel(&x, v, "ccomp") < 0) {
            explain(&x, "rejected %s '%s': declares a thing, says nothing", code, t[v].form);
            continue;
        }
        /* "gave Khartoum 30 days to rein in the militias or face economic
         * measures", "gave Mali's military rulers 72 hours to start
         * restoring order or face a closure of borders": a deadline with
         * "or face" is an ultimatum (139) to the one given it */
        static const char *const deadline_spans[] = {"day", "hour", "week", "month", NULL};
        if (!noun && ascii_ieq(lemma_str(&x, v), "give")) {
            int32_t span = child_rel(&x, v, "obj"), given = child_rel(&x, v, "iobj");
            int or_face = 0;
            for (uint32_t k = v + 1; k + 1 < w->n && !or_face && span >= 0 && lemma_in(&t[span], deadline_spans); k++) {
                if (!t[k].form || !ascii_ieq(t[k].form, "or") || !t[k + 1].lemma || !ascii_ieq(t[k + 1].lemma, "face"))
                    continue;
                int32_t up = (int32_t)k + 1;
                for (int hop = 0; hop < 8 && up >= 0 && up != (int32_t)v; hop++) up = t[up].head;
                or_face = up == (int32_t)v;
            }
            actor_val G[MAXA];
            int ng = or_face && given >= 0 ? actors_of(c, e, (uint32_t)given, G, MAXA) : 0;
            if (ng) {
                code = "139";
                memcpy(R, G, sizeof(actor_val) * (size_t)ng);
                nr = ng;
                explain(&x, "139 '%s': a deadline or else, an ultimatum", t[v].form);
            }
        }
        /* "asked the World Food Programme for help in supplying powdered
         * milk": what a request asks help in doing is asked for, not done */
        if (!noun && rel_is(&t[v], "advcl") && t[v].xpos && str_eq(t[v].xpos, "VBG") && t[v].head >= 0 &&
            lemma_in(&t[t[v].head], REQUEST)) {
            int in_doing = 0;
            for (int32_t ch = w->child_first[v]; ch >= 0 && !in_doing; ch = w->child_next[ch])
                in_doing = rel_is(&t[ch], "mark") && t[ch].form && ascii_ieq(t[ch].form, "in");
            if (in_doing) {
                explain(&x, "rejected %s '%s': what a request asks help in doing", code, t[v].form);
                continue;
            }
        }
        /* "Taliban fighters fired celebratory gunfire into the sky",
         * "soldiers fired into the air": shots at no one are no attack */
        static const char *const skyward[] = {"air", "sky", NULL};
        static const char *const shooting[] = {"fire", "shoot", NULL};
        if (violent_code(code) && !nr && !noun && lemma_in(&t[v], shooting)) {
            int up = 0;
            for (int32_t ch = w->child_first[v]; ch >= 0 && !up; ch = w->child_next[ch])
                up = rel_is(&t[ch], "obl") && lemma_in(&t[ch], skyward);
            if (up) {
                explain(&x, "rejected %s '%s': shots into the air hit no one", code, t[v].form);
                continue;
            }
        }
        /* "Lula narrowly defeated President Jair Bolsonaro in Brazil's
         * run-off vote", "lawmakers defeated the motion": a win at the
         * ballot box or in a chamber is no use of force */
        static const char *const ballots[] = {"election", "vote", "poll", "polls", "ballot", "run-off", "runoff",
                                              "primary", "referendum", "race", "contest", "motion", "bill",
                                              "resolution", "amendment", "proposal", NULL};
        if (violent_code(code) && !noun && (ascii_ieq(lemma_str(&x, v), "defeat") || ascii_ieq(lemma_str(&x, v), "beat"))) {
            int ballot = 0;
            int32_t o = child_rel(&x, v, "obj");
            int32_t hosts[2] = {(int32_t)v, o};
            for (int hi = 0; hi < 2 && !ballot; hi++)
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && !ballot;
                     ch = w->child_next[ch])
                    ballot = (rel_is(&t[ch], "obl") || rel_is(&t[ch], "nmod")) && lemma_in(&t[ch], ballots);
            if (o >= 0 && lemma_in(&t[o], ballots)) ballot = 1;
            if (ballot) {
                explain(&x, "rejected %s '%s': a win at the ballot box, no force", code, t[v].form);
                continue;
            }
        }
        /* "Tsvangirai pulled out of the presidential run-off", "withdrew
         * from the race": leaving an election is no retreat (0874) */
        if (!strncmp(code, "087", 3) && !noun) {
            int ballot = 0;
            for (int32_t ch = w->child_first[v]; ch >= 0 && !ballot; ch = w->child_next[ch])
                ballot = (rel_is(&t[ch], "obl") || rel_is(&t[ch], "nmod")) &&
                         (lemma_in(&t[ch], ballots) ||
                          /* ("run-off" tokenised "run - off") */
                          (ch >= 2 && t[ch].form && ascii_ieq(t[ch].form, "off") && t[ch - 2].form &&
                           ascii_ieq(t[ch - 2].form, "run")));
            if (ballot) {
                explain(&x, "rejected %s '%s': leaves an election, no retreat", code, t[v].form);
                continue;
            }
        }
        /* "signed an order reimposing sanctions": signing an order, a
         * decree or a law is no agreement with anyone */
        static const char *const enactments[] = {"order", "decree", "law", "bill", "legislation", "budget",
                                                 "executive-order", "ordinance", NULL};
        if (!strcmp(code, "057") && !noun && ascii_ieq(lemma_str(&x, v), "sign") && child_rel(&x, v, "obj") >= 0 &&
            lemma_in(&t[child_rel(&x, v, "obj")], enactments)) {
            explain(&x, "rejected %s '%s': signs an order or a law, no agreement", code, t[v].form);
            continue;
        }
        /* "refugees fleeing fighting in Tigray": what people flee or
         * escape is no act of theirs (the parser may make the -ing noun a
         * complement of the verb) */
        static const char *const fleeing[] = {"flee", "escape", NULL};
        if (t[v].head >= 0 && lemma_in(&t[t[v].head], fleeing) && (rel_is(&t[v], "xcomp") || rel_is(&t[v], "obj"))) {
            explain(&x, "rejected %s '%s': what '%s' escapes", code, t[v].form, t[t[v].head].form);
            continue;
        }
        /* "Putin attended a ceremony in Moscow", "flew to Sochi": a trip
         * inside one's own country visits no one */
        if (!strcmp(code, "042") && na == 1 && nr == 1 && A[0].country && R[0].code && !R[0].sector &&
            !strcmp(R[0].code, A[0].country)) {
            explain(&x, "rejected %s '%s': a trip at home is no visit", code, t[v].form);
            continue;
        }
        /* "Iran's foreign ministry denied a newspaper report that ...": a
         * denial answers an accuser; a media report is none */
        if (!strcmp(code, "016") && nr == 1 && R[0].sector && !strncmp(R[0].sector, "MED", 3)) {
            explain(&x, "rejected %s '%s': denies a media report", code, t[v].form);
            continue;
        }
        /* "Moldova's government denied that it was preparing to send
         * troops to the border": denying a plan names no act done (as
         * three blind writers of three code it) */
        if (!strcmp(code, "016") && !noun) {
            static const char *const plans[] = {"plan", "prepare", "intend", "consider", "mull", "seek", "want",
                                                "aim", "contemplate", NULL};
            int plan = 0;
            for (int32_t ch = w->child_first[v]; ch >= 0 && !plan; ch = w->child_next[ch])
                if (rel_is(&t[ch], "ccomp") || rel_is(&t[ch], "advcl"))
                    plan = lemma_in(&t[ch], plans) &&
                           (child_rel(&x, (uint32_t)ch, "xcomp") >= 0 || child_rel(&x, (uint32_t)ch, "obj") >= 0);
            if (plan) {
                explain(&x, "rejected %s '%s': denies a plan, no act", code, t[v].form);
                continue;
            }
        }
        /* "military aircraft carrying relief supplies landed in Vanuatu": a
         * vehicle's arrival is no visit; with aid on board it is the aid */
        if (!noun && !strncmp(code, "042", 3)) {
            static const char *const vehicles[] = {"aircraft", "plane", "jet", "airplane", "ship", "vessel", "convoy",
                                                   "flight", "helicopter", "truck", "boat", NULL};
            static const char *const carry[] = {"carry", "bring", "deliver", "transport", "ferry", NULL};
            static const char *const aid[] = {"aid", "supply", "relief", "food", "medicine", "team", "assistance",
                                              "rescuer", "water", "tent", "equipment", NULL};
            int32_t sj = child_rel(&x, v, "nsubj");
            /* ("The first U.S. HIMARS rocket launchers have arrived in
             * Ukraine": weapons that arrive are military aid, 072) */
            static const char *const weapons[] = {"launcher", "missile", "tank", "weapon", "arm", "ammunition",
                                                  "munition", "shell", "rocket", "howitzer", "drone", "system",
                                                  "battery", NULL};
            if (sj >= 0 && lemma_in(&t[sj], weapons) && t[sj].xpos && str_eq(t[sj].xpos, "NNS")) code = "072";
            /* ("Ugandan troops arrived in Mogadishu as the first contingent
             * of an African Union peacekeeping force": troops that arrive
             * to keep the peace are peacekeeping, 074) */
            int keepers = 0;
            for (uint32_t k = 0; k < w->n && !keepers && na && A[0].sector && !strcmp(A[0].sector, "MIL"); k++)
                keepers = t[k].lemma && !strncmp(t[k].lemma, "peacekeep", 9);
            if (keepers) code = "074";
            /* (or its conjunct: "Australian and New Zealand military
             * aircraft" with "Australian" the subject) */
            for (int32_t ch = sj >= 0 && !lemma_in(&t[sj], vehicles) ? w->child_first[sj] : -1; ch >= 0;
                 ch = w->child_next[ch])
                if (rel_is(&t[ch], "conj") && lemma_in(&t[ch], vehicles)) {
                    sj = ch;
                    break;
                }
            if (sj >= 0 && lemma_in(&t[sj], vehicles)) {
                int with_aid = 0;
                for (int32_t ch = w->child_first[sj]; ch >= 0 && !with_aid; ch = w->child_next[ch])
                    if (rel_is(&t[ch], "acl") && lemma_in(&t[ch], carry))
                        for (int32_t o = w->child_first[ch]; o >= 0 && !with_aid; o = w->child_next[o])
                            with_aid = rel_is(&t[o], "obj") && (lemma_in(&t[o], aid) || conj_in(&x, (uint32_t)o, aid) >= 0);
                if (!with_aid) {
                    explain(&x, "rejected %s '%s': a vehicle's arrival is no visit", code, t[v].form);
                    continue;
                }
                code = "073";
            }
        }
        /* "protesters marched through Minsk demanding the resignation of
         * President X": a demand made by marching is a demonstration for it
         * (1041 leadership change -> 1411, 1042 policy -> 1412 ...) */
        if (!noun && code[0] == '1' && code[1] == '0' && code[2] == '4' && rel_is(&t[v], "advcl") && t[v].xpos &&
            str_eq(t[v].xpos, "VBG") && t[v].head >= 0 &&
            (lemma_in(&t[t[v].head], GATHERING) || lemma_in(&t[t[v].head], PROTEST_VERBS))) {
            static const char *const as_protest[][2] = {{"104", "141"}, {"1041", "1411"}, {"1042", "1412"},
                                                        {"1043", "1413"}, {"1044", "1414"}};
            for (size_t k = 0; k < sizeof as_protest / sizeof as_protest[0]; k++)
                if (!strcmp(code, as_protest[k][0])) code = as_protest[k][1];
        }
        /* "vowed to press on toward the capital", "vowed to respond in
         * kind", "vowed to punish strike leaders": a vow of force or
         * punishment whose act codes nothing of its own is a threat (138
         * of force, 130 else), not an intent to cooperate */
        int32_t vow_xc = noun ? -1 : tr[v].m.xcomp >= 0 ? tr[v].m.xcomp : child_rel(&x, v, "xcomp");
        if (!noun && code[0] == '0' && code[1] == '3' && vow_xc >= 0) {
            static const char *const vowing[] = {"vow", "pledge", "promise", "swear", NULL};
            static const char *const force[] = {"fight", "crush", "destroy", "defeat", "annihilate", "wipe", "march",
                                                "press", "hunt", "eliminate", "attack", "strike", "avenge", NULL};
            static const char *const punish[] = {"punish", "respond", "retaliate", "purge", "act", NULL};
            const dyad_token *xc = &t[vow_xc];
            if (lemma_in(&t[v], vowing) && !has[vow_xc] && (lemma_in(xc, force) || lemma_in(xc, punish))) {
                code = lemma_in(xc, force) ? "138" : "130";
                explain(&x, "threat %s: '%s' vows to %s", code, t[v].form, xc->form);
                /* (at whom the vowed act is aimed: "to punish strike
                 * leaders", "to act as toughly as possible against those
                 * behind the unrest") */
                if (!nr) {
                    int32_t o = child_rel(&x, (uint32_t)vow_xc, "obj");
                    if (o >= 0) nr = without_actors(R, actors_of(c, e, (uint32_t)o, R, MAXA), A, na);
                    for (int32_t ch = w->child_first[vow_xc]; ch >= 0 && !nr; ch = w->child_next[ch])
                        if (rel_is(&t[ch], "obl") && case_of(&x, (uint32_t)ch) == c->fw[FW_AGAINST])
                            nr = without_actors(R, actors_of(c, e, (uint32_t)ch, R, MAXA), A, na);
                }
            }
        }
        /* "vowed a painful and far-reaching military response against
         * Lebanon", "vowed revenge", "vowed that Tehran would pay for its
         * big mistake": a vowed response, revenge or price to pay is a
         * threat (138 of military force, 130 else) */
        if (!noun && code[0] == '0' && code[1] == '3' && t[v].lemma &&
            (ascii_ieq(t[v].lemma, "vow") || ascii_ieq(t[v].lemma, "promise") || ascii_ieq(t[v].lemma, "swear"))) {
            static const char *const answers[] = {"response", "retaliation", "revenge", "reprisal", "vengeance",
                                                  "retribution", "punishment", NULL};
            int32_t o = child_rel(&x, v, "obj"), cc = child_rel(&x, v, "ccomp");
            /* (or the answer noun a few words on, under the vow however
             * the parser hung it: "to vow a painful and far-reaching
             * military response") */
            for (uint32_t k = v + 1; k < w->n && k <= v + 8 && !(o >= 0 && lemma_in(&t[o], answers)); k++) {
                int32_t h = (int32_t)k;
                for (int up = 0; up < 5 && h >= 0 && h != (int32_t)v; up++) h = t[h].head;
                if (h == (int32_t)v && lemma_in(&t[k], answers)) o = (int32_t)k;
            }
            int32_t target = -1;
            const char *tc = NULL;
            if (o >= 0 && lemma_in(&t[o], answers)) {
                int military = 0;
                for (int32_t ch = w->child_first[o]; ch >= 0; ch = w->child_next[ch]) {
                    if (rel_is(&t[ch], "amod") && t[ch].lemma && ascii_ieq(t[ch].lemma, "military")) military = 1;
                    if (rel_is(&t[ch], "nmod") && case_of(&x, (uint32_t)ch) == c->fw[FW_AGAINST]) target = ch;
                }
                tc = military ? "138" : "130";
            } else if (cc >= 0 && t[cc].lemma && ascii_ieq(t[cc].lemma, "pay") && !has[cc]) {
                tc = "130";
                target = child_rel(&x, (uint32_t)cc, "nsubj");
            }
            if (tc) {
                code = tc;
                explain(&x, "threat %s: '%s' vows a response", code, t[v].form);
                if (target >= 0) {
                    actor_val T[MAXA];
                    int nt = without_actors(T, actors_of(c, e, (uint32_t)target, T, MAXA), A, na);
                    if (nt) {
                        memcpy(R, T, sizeof(actor_val) * (size_t)nt);
                        nr = nt;
                    }
                }
            }
        }
        /* "Thousands of Georgians rallied": the people who demonstrate
         * are civilians, not their country (below); those who block or
         * storm (144, 145) are so before their targets are weighed, or
         * the state whose institutions they storm would count as their own
         * ("Brazilian rioters stormed Congress, the Supreme Court and ...") */
        if (code[0] == '1' && code[1] == '4' && (code[2] == '4' || code[2] == '5')) protesters_are_civilians(e, A, na);
        /* "France deployed troops": troops given France's code from memory
         * are France's own, not a target (a bare country or the same sector;
         * "the Syrian army attacked rebels" keeps SYRMIL -> SYRREB) */
        for (int j = 0; j < nr; j++)
            if (R[j].from_memory && R[j].country && state_sector(code, R[j].sector))
                for (int i = 0; i < na; i++)
                    if (A[i].country && !strcmp(A[i].country, R[j].country) &&
                        (!A[i].sector || (R[j].sector && !strcmp(A[i].sector, R[j].sector)))) {
                        R[j] = R[--nr];
                        j--;
                        break;
                    }
        /* "Israeli air strikes killed 20 people in Gaza": victims given the
         * attacker's country from memory are the people of the place the
         * sentence names, when it is another country; so are rebels
         * ("French warplanes struck Islamist rebel positions in central
         * Mali" -> MLIREB); with no place the sentence names, of the
         * dateline's ("SANAA ... coalition air strikes hit a wedding
         * party in a Red Sea coastal village") */
        /* (but police act at home: "DUBAI ... Iranian authorities ...
         * Security forces fired on demonstrators" is Iran's story from a
         * bureau abroad, unless the body names the dateline's country) */
        const char *victims_cc = e->sent_cc[0] ? e->sent_cc : e->dateline_cc;
        int bureau_abroad = !e->sent_cc[0] && !e->memo.dateline_named && na && A[0].sector && str_eq(A[0].sector, "COP");
        if (code[0] == '1' && code[1] >= '8' && victims_cc[0] && !bureau_abroad)
            for (int j = 0; j < nr; j++)
                if (R[j].from_memory && R[j].country && R[j].sector &&
                    (civilian_sector(R[j].sector) || str_eq(R[j].sector, "REB")) &&
                    strcmp(R[j].sector, "OPP") && strcmp(R[j].sector, "LEG") && strcmp(R[j].sector, "JUD") &&
                    strncmp(R[j].country, victims_cc, 3))
                    for (int i = 0; i < na; i++)
                        if (A[i].country && !strcmp(A[i].country, R[j].country)) {
                            /* (and a hospital or a school there: "hit a
                             * hospital in the Afghan city of Kunduz") */
                            char sector[8];
                            snprintf(sector, sizeof sector, "%s", R[j].sector);
                            set_country_sector(e, &R[j], victims_cc, sector);
                            break;
                        }
        /* "shelled Cambodian positions", "launched an offensive against
         * Eritrean positions", "fired missiles at a Syrian air base":
         * force aimed at a country's positions, bases, outposts or
         * military targets is aimed at its forces (MIL), as the writers
         * code it; a place or a country named alone stays the country */
        if ((code[0] == '1' && code[1] == '9') || (code[0] == '2' && code[1] == '0'))
            for (int j = 0; j < nr; j++) {
                if (!place_only(&R[j]) || R[j].start >= R[j].end) continue;
                /* ("basis": the lemma the treebanks give "bases") */
                static const char *const posts[] = {"position", "base", "basis", "airbase", "outpost", "post",
                                                    "garrison", "barracks", "airfield", "fortification", "bunker",
                                                    "trench", NULL};
                static const char *const military[] = {"military", "army", NULL};
                int hit = 0;
                for (uint32_t k = 0; k < w->n && !hit; k++) {
                    if (t[k].start < R[j].start || t[k].end > R[j].end) continue;
                    if (t[k].head >= 0 && t[t[k].head].start >= R[j].start && t[t[k].head].end <= R[j].end) continue;
                    /* (the phrase's head: its noun, or the noun it modifies) */
                    int32_t h = (int32_t)k;
                    if (t[h].upos && !str_eq(t[h].upos, "NOUN") && t[h].head >= 0 &&
                        (rel_is(&t[h], "amod") || rel_is(&t[h], "nmod:poss") || rel_is(&t[h], "compound")))
                        h = t[h].head;
                    if (lemma_in(&t[h], posts)) hit = 1;
                    else if (t[h].lemma && ascii_ieq(t[h].lemma, "target"))
                        for (int32_t ch = w->child_first[h]; ch >= 0 && !hit; ch = w->child_next[ch])
                            hit = rel_is(&t[ch], "amod") && lemma_in(&t[ch], military);
                }
                if (hit) set_country_sector(e, &R[j], R[j].country, "MIL");
            }
        /* "vetoed a resolution at the United Nations": only the Security
         * Council has vetoes */
        if (!strcmp(code, "129"))
            for (int j = 0; j < nr; j++)
                if (R[j].code && !strcmp(R[j].code, "IGOUNO")) R[j].code = "IGOUNOSEC";
        /* "demanded the release of Alexei Navalny", "urged Myanmar's
         * junta to free Suu Kyi's allies": a release is asked of whoever
         * holds the prisoner -- the government of the prisoner's country
         * (16 of 22 dev rows), not the prisoner; unless the asker is that
         * state itself ("Washington demanded the release of two American
         * journalists": held elsewhere, left as the text gives it) */
        if ((!strcmp(code, "1053") || !strcmp(code, "0253")) && !noun && na) {
            static const char *const freeing[] = {"release", "freeing", "liberation", NULL};
            int32_t o = tr[v].m.obj >= 0 ? tr[v].m.obj : child_rel(&x, v, "obj");
            /* (or "called for his immediate release") */
            if ((o < 0 || !lemma_in(&t[o], freeing)) && tr[v].m.pp_tok >= 0) o = tr[v].m.pp_tok;
            for (int j = 0; o >= 0 && lemma_in(&t[o], freeing) && j < nr; j++) {
                /* (the prisoner: the release's of-phrase or owner, not a
                 * jailer named beside -- "a captain detained by the
                 * Japanese coast guard") */
                int prisoner = 0;
                for (int32_t ch = w->child_first[o]; ch >= 0 && !prisoner; ch = w->child_next[ch])
                    if ((rel_is(&t[ch], "nmod") && case_of(&x, (uint32_t)ch) == c->fw[FW_OF]) ||
                        (t[ch].deprel && str_eq(t[ch].deprel, "nmod:poss")))
                        prisoner = (R[j].start <= t[ch].start && t[ch].start < R[j].end) ||
                                   (R[j].start >= t[leftmost(&x, ch)].start && R[j].start < t[ch].end);
                if (!prisoner || R[j].from_memory || !R[j].country || strlen(R[j].country) != 3 ||
                    (R[j].sector && !strcmp(R[j].sector, "GOV")) || !strncmp(R[j].code, "IGO", 3) ||
                    !strncmp(R[j].code, "NGO", 3))
                    continue;
                if (A[0].country && !strcmp(R[j].country, A[0].country) && state_actor(&A[0])) continue;
                set_country_sector(e, &R[j], R[j].country, "GOV");
                R[j].cls = AC_ORG;
            }
        }
        /* "agreed to a ceasefire after talks mediated by the African
         * Union", "a prisoner swap brokered by Qatar", "The truce was
         * mediated by Egypt": a mediation naming no party is between the
         * two sides of the act it served -- a reciprocal pair coded in
         * this sentence, else the subjects of the clause it hangs in,
         * else the last pair of the sentence before */
        if (!strncmp(code, "045", 3) && !nr && na) {
            for (size_t i = x.ev_first; i < e->n && !nr; i++) {
                const dyad_event *p1 = &e->ev[i];
                if (!p1->actor.code || !p1->recipient.code) continue;
                for (size_t k = i + 1; k < e->n && !nr; k++) {
                    const dyad_event *p2 = &e->ev[k];
                    if (p2->actor.code && p2->recipient.code && !strcmp(p2->actor.code, p1->recipient.code) &&
                        !strcmp(p2->recipient.code, p1->actor.code)) {
                        set_from_actor(&R[0], &p1->actor);
                        set_from_actor(&R[1], &p1->recipient);
                        nr = without_actors(R, 2, A, na);
                    }
                }
            }
            for (int32_t h = t[v].head, k = 0; !nr && h >= 0 && k < 6; h = t[h].head, k++) {
                if (!t[h].upos || !str_eq(t[h].upos, "VERB") || child_rel(&x, (uint32_t)h, "nsubj") < 0) continue;
                actor_val S[MAXA];
                int ns = without_actors(S, actors_subject(&x, (uint32_t)h, S, MAXA, 0, NULL), A, na);
                if (ns > 1) {
                    memcpy(R, S, sizeof(actor_val) * (size_t)ns);
                    nr = ns;
                }
                break;
            }
            if (!nr && e->memo.has_pair && e->memo.pair_sentence + 1 >= sentence && e->memo.pair_sentence < sentence) {
                R[0] = e->memo.pair[0];
                R[1] = e->memo.pair[1];
                nr = without_actors(R, 2, A, na);
            }
        }
        /* "telephoned Erdogan to offer his condolences", "telephoned
         * Buhari to congratulate him": what a call is made to say is said
         * to the one called */
        int32_t to_mark = rel_is(&t[v], "advcl") ? child_rel(&x, v, "mark") : -1;
        if (!nr && code[0] == '0' && (code[1] == '1' || code[1] == '5') && to_mark >= 0 && t[to_mark].form &&
            ascii_ieq(t[to_mark].form, "to") && t[v].head >= 0 && lemma_in(&t[t[v].head], CONTACTING)) {
            int32_t o = child_rel(&x, (uint32_t)t[v].head, "obj");
            nr = o >= 0 ? without_actors(R, actors_of(c, e, (uint32_t)o, R, MAXA), A, na) : 0;
        }
        /* "China summoned Japan's ambassador to demand the release of a
         * Chinese captain": what the summoner demands, it demands of the
         * envoy summoned, not of its own national */
        if (!noun && code[0] == '1' && code[1] == '0' && rel_is(&t[v], "advcl") && t[v].head >= 0 &&
            t[t[v].head].lemma && ascii_ieq(t[t[v].head].lemma, "summon")) {
            int32_t o = child_rel(&x, (uint32_t)t[v].head, "obj");
            actor_val S[MAXA];
            int ns = o >= 0 ? without_actors(S, actors_of(c, e, (uint32_t)o, S, MAXA), A, na) : 0;
            if (ns) {
                memcpy(R, S, sizeof(actor_val) * (size_t)ns);
                nr = ns;
            }
        }
        /* "detained Mali's President X and Prime Minister Y", parsed with
         * "Mali" the object and X its conjunct: a possessor country is no
         * recipient of its own beside a recipient of that country */
        for (int i = 0; i < nr; i++) {
            if (!R[i].code || !R[i].country || R[i].sector || strlen(R[i].code) != 3) continue;
            int beside = 0;
            for (int j = 0; j < nr && !beside; j++)
                beside = j != i && R[j].country && R[j].sector && !strcmp(R[j].country, R[i].country);
            /* (the token scan only for such a pair) */
            int owner = 0;
            for (uint32_t k = 0; beside && k + 1 < w->n && !owner; k++)
                owner = t[k].end == R[i].end && t[k + 1].form && (str_eq(t[k + 1].form, "'s") || str_eq(t[k + 1].form, "’s"));
            if (owner) R[i--] = R[--nr];
        }
        /* two subjects for one actor ("Bree" and "Bree President X" from a
         * split parse): the more specific code -- of the state; a country and
         * its rebels or opposition are two sides ("Colombia and the rebels
         * declared a ceasefire") */
        for (int i = 0; i < na; i++)
            for (int j = 0; j < na; j++)
                if (i != j && A[i].code && A[j].code && strlen(A[i].code) < strlen(A[j].code) &&
                    !strncmp(A[i].code, A[j].code, strlen(A[i].code)) &&
                    !(A[j].sector && !A[i].sector && !state_sector_strict(A[j].sector))) {
                    A[i--] = A[--na];
                    break;
                }
        char verb[256], rule[512];
        size_t vl = cat(verb, sizeof verb, 0, t[v].form);
        if (tr[v].m.obj >= 0) {
            vl = cat(verb, sizeof verb, vl, " ");
            cat(verb, sizeof verb, vl, t[tr[v].m.obj].form);
        }
        int32_t vobj = tr[v].m.obj >= 0 ? tr[v].m.obj : (noun ? -1 : child_rel(&x, v, "obj"));
        /* (and what is done jointly: "Trump and Kim signed a joint
         * statement", "held a fourth round of talks") */
        static const char *const JOINT[] = {"joint", "bilateral", NULL};
        /* (signing any agreement, declaration or pact together is mutual) */
        /* (also what two sides agree to do: "the two leaders agreed to
         * reopen embassies") */
        int recip = each_other || lemma_in(&t[v], RECIPROCAL) || (vobj >= 0 && lemma_in(&t[vobj], RECIPROCAL)) ||
                    !strcmp(code, "057") ||
                    /* (and cooperation two subjects do together with no one
                     * else named: "Kazakhstan and China inaugurated an oil
                     * pipeline", 061 to each other) */
                    (code[0] == '0' && code[1] == '6' && na > 1) ||
                    (!noun && rel_is(&t[v], "xcomp") && t[v].head >= 0 && t[t[v].head].lemma &&
                     ascii_ieq(t[t[v].head].lemma, "agree")) ||
                    /* (and what two sides pledge to do together: "Kim Jong
                     * Un and Moon Jae-in pledged to work toward
                     * denuclearisation", 03x to each other; not what each
                     * gives: "promised contributions") */
                    (!noun && na > 1 && code[0] == '0' && code[1] == '3' && strncmp(code, "033", 3) &&
                     jointly_pledged(&x, v));
        for (int32_t ch = vobj >= 0 ? w->child_first[vobj] : -1; ch >= 0 && !recip; ch = w->child_next[ch])
            recip = (rel_is(&t[ch], "amod") && lemma_in(&t[ch], JOINT)) ||
                    (rel_is(&t[ch], "nmod") && lemma_in(&t[ch], RECIPROCAL) &&
                     (lemma_in(&t[vobj], MEASURE) || case_of(&x, (uint32_t)ch) == c->fw[FW_OF]));
        /* ("signed a status of forces agreement") */
        /* (and what two subjects do to their own shared thing: "pledged to
         * settle their border dispute peacefully") */
        if (!recip && na > 1) {
            /* (a thing two sides share, not each its own: "their
             * contributions" are distributive) */
            static const char *const mutual[] = {"dispute", "conflict", "difference", "row", "feud", "rivalry",
                                                 "standoff", "stand-off", "border", "quarrel", "disagreement", NULL};
            int32_t objs[2] = {vobj, tr[v].m.xcomp >= 0 ? child_rel(&x, (uint32_t)tr[v].m.xcomp, "obj") : -1};
            for (int k = 0; k < 2 && !recip; k++)
                for (int32_t ch = objs[k] >= 0 && lemma_in(&t[objs[k]], mutual) ? w->child_first[objs[k]] : -1;
                     ch >= 0 && !recip; ch = w->child_next[ch])
                    recip = rel_is(&t[ch], "nmod") && w->form_id[ch] == c->fw[FW_THEIR];
        }
        /* "Philippine and U.S. troops began their joint exercises": a
         * reciprocal act whose only recipients are its own subjects is
         * between them, both ways */
        if (recip && na > 1 && nr) {
            int all_subjects = 1;
            for (int j = 0; j < nr && all_subjects; j++) {
                int found = 0;
                /* (or a subject's bare country: "their" remembered as USA
                 * for "U.S. and Philippine troops") */
                for (int i = 0; i < na && !found; i++)
                    found = A[i].code && R[j].code &&
                            (!strcmp(A[i].code, R[j].code) ||
                             (!R[j].sector && A[i].country && !strcmp(A[i].country, R[j].code)));
                all_subjects = found;
            }
            if (all_subjects) nr = 0;
        }
        /* "Sudan's army and the Rapid Support Forces fought heavy battles
         * across Khartoum": a fight of several subjects whose recipients
         * are only the place it raged in (a subject's country or its
         * capital) is between the subjects */
        if (recip && na > 1 && nr && violent_code(code)) {
            int places = 1;
            for (int j = 0; j < nr && places; j++) {
                int home = 0;
                for (int i = 0; i < na && !home; i++)
                    home = A[i].country && R[j].code && R[j].country && !strcmp(A[i].country, R[j].country) &&
                           (!R[j].sector || !strcmp(R[j].sector, "GOV")) && strcmp(A[i].code, R[j].code);
                places = home;
            }
            if (places) nr = 0;
        }
        /* "U.S. and Philippine troops began their annual military
         * exercises": a show of force two countries' forces stage together
         * is military cooperation (062) between them */
        if (recip && na > 1 && !nr && !strcmp(code, "150") && A[0].country && A[1].country &&
            strcmp(A[0].country, A[1].country))
            code = "062";
        /* "imposed a curfew on Quito", "declared a state of emergency in
         * Almaty": a curfew or state of emergency (1723, 1724) on one's
         * own country or capital names no one (as seven blind writers of
         * twelve code it; the other five name the country) */
        if ((!strcmp(code, "1723") || !strcmp(code, "1724")) && na && A[0].country)
            for (int j = 0; j < nr; j++)
                if (R[j].country && !strcmp(R[j].country, A[0].country) &&
                    (!R[j].sector || !strcmp(R[j].sector, "GOV"))) {
                    R[j--] = R[--nr];
                }
        /* "Turkish troops ... launched an offensive against Kurdish rebels
         * in northern Iraq": Kurdish rebels Turkey fights in Iraq are the
         * PKK, Turkey's own insurgents (Iran's attack on Kurdish rebels in
         * northern Iraq stays on Iraq's) */
        for (int j = 0; j < nr && na && A[0].country && !strcmp(A[0].country, "TUR") && e->text; j++) {
            /* (in Iraq: Kurdish forces in Syria are the YPG, Syria's) */
            if (!R[j].sector || strcmp(R[j].sector, "REB") || !R[j].country || strcmp(R[j].country, "IRQ") ||
                R[j].end <= R[j].start)
                continue;
            /* (the adjective is no mention, so may stand just before the
             * words the actor was read from: "Kurdish guerrilla bases") */
            size_t from = R[j].start >= 8 ? R[j].start - 8 : 0;
            const char *rt0 = e->text + from;
            size_t rlen = R[j].end - from;
            for (size_t q = 0; q + 7 <= rlen; q++)
                if (!strncmp(rt0 + q, "Kurdish", 7)) {
                    set_country_sector(e, &R[j], "TUR", "REB");
                    break;
                }
        }
        size_t rl = cat(rule, sizeof rule, 0, p->code);
        rl = cat(rule, sizeof rule, rl, " ");
        rl = cat(rule, sizeof rule, rl, p->text);
        rl = cat(rule, sizeof rule, rl, tr[v].mod);
        rl = cat(rule, sizeof rule, rl, passive ? "; passive" : "");
        rl = cat(rule, sizeof rule, rl, recip && !nr && na > 1 ? "; reciprocal" : "");
        cat(rule, sizeof rule, rl, sent_to_help ? "; sent to help another country (074)" : "");
        if (!na && lemma_in(&t[v], RECIPROCAL)) {
            /* "a position agreed between Lavrov and Tillerson", "fighting
             * broke out between Azerbaijan and Armenia" */
            /* (also a phrase the parser hung one level down: "fighting
             * raged in Brazzaville on Thursday between government troops
             * and militiamen" with "between" under "Thursday") */
            int32_t hosts[4] = {(int32_t)v, rel_is(&t[v], "acl") || (noun && rel_is(&t[v], "nsubj")) ? t[v].head : -1,
                                -1, -1};
            for (int hi = 0; hi < 4 && !na; hi++)
                for (int32_t ch = hosts[hi] >= 0 ? w->child_first[hosts[hi]] : -1; ch >= 0 && !na; ch = w->child_next[ch]) {
                    if (!(rel_is(&t[ch], "obl") || rel_is(&t[ch], "nmod"))) continue;
                    if (case_of(&x, (uint32_t)ch) != WORD_NONE &&
                        str_eq(dict_word_str(d, case_of(&x, (uint32_t)ch)), "between")) {
                        na = actors_of(c, e, (uint32_t)ch, A, MAXA);
                        nr = 0;
                    } else if (hi < 2 && hosts[hi + 2] < 0 && w->group_of[ch] < 0) {
                        hosts[hi + 2] = ch; /* (the first phrase with no actor: looked into after) */
                    }
                }
            /* "between" itself made the oblique (no case marker under it):
             * the actors of the groups under it */
            for (int32_t ch = w->child_first[v]; ch >= 0 && !na; ch = w->child_next[ch]) {
                if (!t[ch].lemma || !ascii_ieq(t[ch].lemma, "between") || !rel_is(&t[ch], "obl")) continue;
                int32_t stack[32];
                int sp = 0;
                stack[sp++] = ch;
                while (sp > 0 && na < MAXA) {
                    int32_t q = stack[--sp];
                    if (w->group_of[q] >= 0) {
                        actor_val tmp[MAXA];
                        int k = actors_of(c, e, (uint32_t)q, tmp, MAXA);
                        for (int i = 0; i < k && na < MAXA; i++) {
                            int dup = 0;
                            for (int j = 0; j < na && !dup; j++) dup = A[j].code && tmp[i].code && !strcmp(A[j].code, tmp[i].code);
                            if (!dup) A[na++] = tmp[i];
                        }
                    }
                    for (int32_t gc = w->child_first[q]; gc >= 0 && sp < 32; gc = w->child_next[gc]) stack[sp++] = gc;
                }
                /* "Russian" beside "Russian Foreign Minister Sergei Lavrov": the more specific */
                for (int i = 0; i < na; i++)
                    for (int j = 0; j < na; j++)
                        if (i != j && A[i].code && A[j].code && strlen(A[i].code) < strlen(A[j].code) &&
                            !strncmp(A[i].code, A[j].code, strlen(A[i].code))) {
                            A[i--] = A[--na];
                            break;
                        }
                nr = 0;
            }
        }
        /* "Former Prime Minister Shinzo Abe was shot dead", "senator Miguel
         * Uribe was shot in the head": a person shot,
         * stabbed, kidnapped ... by no one named was attacked by unknown
         * assailants (UAF) -- not one killed "in an air strike" or "in
         * clashes", whose doers the event noun hides */
        if (!na && passive && nr && !noun && (code[0] == '1' && (code[1] == '8' || code[1] == '9'))) {
            static const char *const personal[] = {"shoot", "stab", "assassinate", "kidnap", "abduct", "beat",
                                                   "wound", "murder", "behead", NULL};
            int hidden = 0;
            /* (an event noun where it happened hides no one: "shot at a
             * campaign rally") */
            static const char *const setting[] = {"at", "near", "outside", NULL};
            for (int32_t ch = w->child_first[v]; ch >= 0 && !hidden; ch = w->child_next[ch]) {
                uint32_t cw = rel_is(&t[ch], "obl") ? case_of(&x, (uint32_t)ch) : WORD_NONE;
                hidden = (rel_is(&t[ch], "obl") && has[ch] &&
                          !(cw != WORD_NONE && ascii_ieq_any(dict_word_str(d, cw), setting))) ||
                         rel_is(&t[ch], "obl:agent");
            }
            if (lemma_in(&t[v], personal) && !hidden && R[0].cls == AC_PERSON) {
                memset(&A[0], 0, sizeof A[0]);
                A[0].code = A[0].sector = "UAF";
                A[0].cls = AC_ORG;
                na = 1;
            }
        }
        /* "A massive car bomb killed former Prime Minister Rafik
         * al-Hariri", "a bomb ripped through government buildings,
         * killing seven": a bomb that acts with no one named behind it is
         * the work of unknown attackers (UAF), a bombing (183) */
        /* (also the agent of a passive: "Three Canadian soldiers were
         * killed by a Taliban roadside bomb" is a roadside bombing, 1833) */
        if (!noun && ((code[0] == '1' && (code[1] == '8' || code[1] == '9')) || (code[0] == '2' && code[1] == '0'))) {
            static const char *const bombs[] = {"bomb", "car-bomb", "blast", "explosion", "explosive", "device",
                                                "ied", "bombing", "bomber", NULL};
            int32_t sj = passive ? -1 : child_rel(&x, v, "nsubj");
            /* ("U.S. bombers struck three Iranian nuclear sites": a state's
             * bombers with no "suicide" before them are its aircraft, an air
             * strike by its military) */
            if (sj >= 0 && na == 1 && ascii_ieq(lemma_str(&x, (uint32_t)sj), "bomber") && A[0].country &&
                (!A[0].sector || !strcmp(A[0].sector, "MIL") || !strcmp(A[0].sector, "GOV"))) {
                int suicide = 0;
                for (int32_t ch = w->child_first[sj]; ch >= 0; ch = w->child_next[ch])
                    suicide |= (rel_is(&t[ch], "compound") || rel_is(&t[ch], "amod")) && t[ch].lemma &&
                               str_eq(t[ch].lemma, "suicide");
                if (!suicide) {
                    if (!A[0].sector) set_country_sector(e, &A[0], A[0].country, "MIL");
                    code = "195";
                    sj = -1;
                }
            }
            for (int32_t ch = passive ? w->child_first[v] : -1; ch >= 0 && sj < 0; ch = w->child_next[ch])
                if (by_agent(&x, ch)) sj = lemma_in(&t[ch], bombs) ? ch : -1;
            /* (the subject of the clause a participle hangs on: "exploded
             * in a market, killing 20 people") */
            for (int32_t q = (int32_t)v, up = 0; sj < 0 && !passive && up < 2 && t[q].head >= 0; up++) {
                if (!rel_is(&t[q], "advcl") && !rel_is(&t[q], "conj") && !rel_is(&t[q], "acl")) break;
                q = t[q].head;
                /* (or the noun a participle modifies, the parse having
                 * read "A car bomb exploded ..." as a noun phrase) */
                sj = lemma_in(&t[q], bombs) ? q : child_rel(&x, (uint32_t)q, "nsubj");
            }
            if (sj >= 0 && lemma_in(&t[sj], bombs) && !na && (w->group_of[sj] < 0 || !w->g[w->group_of[sj]].val.code)) {
                memset(&A[0], 0, sizeof A[0]);
                A[0].code = A[0].sector = "UAF";
                A[0].cls = AC_ORG;
                na = 1;
            }
            /* (and whoever planted it, a car bomb is a car bombing, 1832:
             * "Two car bombs planted by al Shabaab militants exploded ...,
             * killing at least 100 people") */
            if (sj >= 0 && na && lemma_in(&t[sj], bombs) && strncmp(code, "183", 3)) {
                /* (CAMEO's kinds: suicide 1831, vehicle 1832, roadside 1833) */
                static const char *const vehicles[] = {"car", "truck", "vehicle", NULL};
                int car = t[sj].lemma && str_eq(t[sj].lemma, "car-bomb"), roadside = 0, suicide = 0;
                for (int32_t ch = w->child_first[sj]; ch >= 0; ch = w->child_next[ch]) {
                    if (!rel_is(&t[ch], "compound") && !rel_is(&t[ch], "amod")) continue;
                    car |= lemma_in(&t[ch], vehicles);
                    roadside |= t[ch].lemma && str_eq(t[ch].lemma, "roadside");
                    suicide |= t[ch].lemma && str_eq(t[ch].lemma, "suicide");
                }
                code = suicide ? "1831" : car ? "1832" : roadside ? "1833" : "183";
            }
        }
        /* "Vajpayee held talks with Musharraf ..., and the two countries
         * agreed to resume a formal dialogue": "the two" or "both" of a
         * plural noun whose pair acted earlier in this same sentence (the
         * document's memory holds only earlier sentences' pairs) */
        if (!na) {
            int32_t sj = child_rel(&x, v, "nsubj");
            if (sj < 0 && rel_is(&t[v], "xcomp") && t[v].head >= 0) sj = child_rel(&x, (uint32_t)t[v].head, "nsubj");
            if (sj >= 1 && t[sj].xpos && str_eq(t[sj].xpos, "NNS") && t[sj - 1].form &&
                (ascii_ieq(t[sj - 1].form, "two") || ascii_ieq(t[sj - 1].form, "both")))
                for (size_t i = e->n; !na && i-- > x.ev_first;) {
                    const dyad_event *pe = &e->ev[i];
                    if (!pe->actor.code || !pe->recipient.code || !strcmp(pe->actor.code, pe->recipient.code) ||
                        pe->trigger > v)
                        continue;
                    static const char *const states[] = {"country", "nation", "neighbour", "neighbor", NULL};
                    set_from_actor(&A[0], &pe->actor);
                    set_from_actor(&A[1], &pe->recipient);
                    for (int k = 0; k < 2 && lemma_in(&t[sj], states); k++)
                        if (A[k].country) actor_as_country(&A[k]);
                    na = 2;
                }
        }
        /* "resigned after 18 days of mass street protests demanding an end
         * to his rule", "after four months of street protests against his
         * 30-year rule": protests told with no protesters named are the
         * public's (CVL) of the country of whom they are against, else of
         * the government already coded in the sentence ("Bolivian President
         * Gonzalo Sanchez de Lozada resigned ... after weeks of street
         * protests against a plan to export natural gas through Chile"),
         * else of the sentence's country, against its government */
        if (!na && code[0] == '1' && code[1] == '4' &&
            ((noun && public_protest(&x, v)) || (!noun && counted_protesters(&x, v)))) {
            const char *gov_cc = NULL;
            for (size_t i = x.ev_first; i < e->n && !gov_cc; i++)
                if (e->ev[i].actor.sector && !strcmp(e->ev[i].actor.sector, "GOV") && e->ev[i].actor.country)
                    gov_cc = e->ev[i].actor.country;
            const char *cc = nr && R[0].country ? R[0].country
                             : gov_cc            ? gov_cc
                             : e->sent_cc[0]     ? e->sent_cc
                             : e->memo.country.country ? e->memo.country.country
                                                        : NULL;
            if (cc) {
                country_sector_actor(e, &A[0], cc, "CVL");
                na = 1;
                if (!nr) {
                    country_sector_actor(e, &R[0], cc, "GOV");
                    nr = 1;
                }
                explain(&x, "actor of %s '%s': the public of %s", code, t[v].form, cc);
            }
        }
        /* "Senegalese opposition leader Ousmane Sonko was sentenced in
         * absentia to two years in prison", "... was convicted of genocide
         * on Friday": a passive verdict with no court named is a court's
         * of the convicted one's country */
        if (!na && nr && R[0].country && !strncmp(code, "116", 3) && t[v].xpos && str_eq(t[v].xpos, "VBN") &&
            (child_exact(&x, v, "aux:pass") >= 0 || child_exact(&x, v, "nsubj:pass") >= 0 ||
             (rel_is(&t[v], "conj") && t[v].head >= 0 && child_exact(&x, (uint32_t)t[v].head, "nsubj:pass") >= 0))) {
            country_sector_actor(e, &A[0], R[0].country, "JUD");
            na = 1;
            explain(&x, "actor of %s '%s': a court of %s", code, t[v].form, R[0].country);
        }
        /* "Indian warplanes struck what New Delhi said was a militant
         * training camp near the Pakistani town of Balakot": a blow at
         * "what" someone calls a target lands in the country the clause
         * places that target in */
        if (na && !nr && code[0] == '1' && (code[1] == '8' || code[1] == '9') && !noun) {
            int32_t cc = -1;
            for (int32_t ch = w->child_first[v]; ch >= 0 && cc < 0; ch = w->child_next[ch])
                if ((rel_is(&t[ch], "ccomp") || rel_is(&t[ch], "obj")) && (uint32_t)ch > v)
                    for (int32_t s2 = w->child_first[ch]; s2 >= 0 && cc < 0; s2 = w->child_next[s2])
                        if ((rel_is(&t[s2], "nsubj") || s2 == ch) && t[s2].form && ascii_ieq(t[s2].form, "what"))
                            cc = ch;
            if (cc < 0 && child_rel(&x, v, "obj") >= 0 && t[child_rel(&x, v, "obj")].form &&
                ascii_ieq(t[child_rel(&x, v, "obj")].form, "what"))
                cc = child_rel(&x, v, "obj");
            for (uint32_t k = cc >= 0 ? (uint32_t)cc : w->n; k < w->n && !nr; k++) {
                int32_t h = (int32_t)k;
                for (int up = 0; up < 6 && h >= 0 && h != cc; up++) h = t[h].head;
                if (h != cc || w->group_of[k] < 0) continue;
                actor_val tmp[MAXA];
                if (actors_of(c, e, k, tmp, MAXA) != 1 || !tmp[0].country || tmp[0].sector ||
                    (A[0].country && !strcmp(tmp[0].country, A[0].country)))
                    continue;
                R[0] = tmp[0];
                nr = 1;
                explain(&x, "recipient of %s '%s': the country of what it struck, %s", code, t[v].form, tmp[0].code);
            }
        }
        /* "Syrian opposition activists accused government forces of
         * killing hundreds of people ... The government denied using
         * chemical weapons": a denial aimed at no one answers the last
         * accusation against the denier's state, in this sentence or the
         * two before (not an accusation the denier made) */
        if (na && !nr && !strncmp(code, "016", 3) && A[0].country) {
            for (size_t i = e->n; i-- > 0 && !nr;) {
                const dyad_event *pe = &e->ev[i];
                if (pe->sentence + 2 < sentence) break;
                if (pe->cameo[0] != '1' || pe->cameo[1] != '1' || !pe->recipient.country || !pe->actor.code ||
                    strcmp(pe->recipient.country, A[0].country) ||
                    (pe->actor.country && !strcmp(pe->actor.country, A[0].country) &&
                     pe->actor.sector && A[0].sector && !strcmp(pe->actor.sector, A[0].sector)))
                    continue;
                set_actor_of(&R[0], pe);
                nr = 1;
                explain(&x, "recipient of %s '%s': the accuser %s", code, t[v].form, pe->actor.code);
            }
        }
        /* "Taiwan's armed forces were put on heightened alert": forces
         * put on alert with no one named doing it are the posture's
         * actor (their state's own act, 15x), aimed at no one */
        if (!na && code[0] == '1' && code[1] == '5' && !noun && tr[v].m.obj >= 0 &&
            t[tr[v].m.obj].deprel && str_eq(t[tr[v].m.obj].deprel, "nsubj:pass") &&
            actors_of(c, e, (uint32_t)tr[v].m.obj, A, 1) == 1 && A[0].sector && !strcmp(A[0].sector, "MIL")) {
            na = 1;
            nr = 0;
            explain(&x, "actor of %s '%s': the forces put so", code, t[v].form);
        }
        /* "Chinese Premier Li Keqiang was welcomed with a red carpet
         * ceremony in New Delhi": a leader welcomed or received somewhere
         * by no one named is visiting that place's country (042) */
        static const char *const welcoming[] = {"welcome", "greet", "receive", NULL};
        if (!na && passive && !noun && lemma_in(&t[v], welcoming)) {
            int32_t guest = child_exact(&x, v, "nsubj:pass");
            actor_val G[MAXA];
            int ng = guest >= 0 ? actors_of(c, e, (uint32_t)guest, G, MAXA) : 0;
            const char *host = NULL;
            for (uint32_t k = (uint32_t)v + 1; ng == 1 && G[0].sector && !strcmp(G[0].sector, "GOV") && k < w->n && !host;
                 k++) {
                /* (in the welcome's own clause, not a later one) */
                int32_t up = (int32_t)k;
                for (int depth = 0; depth < 8 && up >= 0 && up != (int32_t)v; depth++) up = t[up].head;
                if (up != (int32_t)v) continue;
                int32_t mi = w->mention_of[k];
                actor_val P[MAXA];
                if (mi >= 0 && w->m[mi].kind == AK_METONYM && case_of(&x, k) != WORD_NONE &&
                    str_eq(dict_word_str(d, case_of(&x, k)), "in") && actors_of(c, e, k, P, MAXA) == 1 && P[0].country &&
                    G[0].country && strcmp(P[0].country, G[0].country))
                    host = P[0].country;
            }
            if (host) {
                A[0] = G[0];
                na = 1;
                country_sector_actor(e, &R[0], host, "");
                actor_as_country(&R[0]);
                nr = 1;
                code = "042";
                explain(&x, "042 '%s': welcomed in another country, a visit", t[v].form);
            }
        }
        /* "praised Indonesia's government ... during a visit to Jakarta",
         * "Putin, on a visit to Dresden, told reporters": a trip during
         * which the subject acts is the subject's */
        static const char *const trips[] = {"visit", "trip", "tour", "state-visit", "official-visit", NULL};
        if (!na && noun && !strncmp(code, "042", 3) && lemma_in(&t[v], trips) && t[v].head >= 0 &&
            (rel_is(&t[v], "obl") || rel_is(&t[v], "nmod"))) {
            const char *cs = NULL; /* ("during" is in no pattern, so no dictionary word) */
            for (int32_t ch = w->child_first[v]; ch >= 0 && !cs; ch = w->child_next[ch])
                if (rel_is(&t[ch], "case")) cs = t[ch].lemma ? t[ch].lemma : t[ch].form;
            if (cs && (str_eq(cs, "during") || str_eq(cs, "on"))) {
                na = actors_subject(&x, (uint32_t)t[v].head, A, MAXA, 0, NULL);
                if (na) nr = without_actors(R, nr, A, na);
                if (na) explain(&x, "actor of %s '%s': the one who acts during it", code, t[v].form);
            }
        }
        if (!na) {
            explain(&x, "no actor for %s '%s' (%s)", code, t[v].form, p->text);
            tr[v].no_actor = 1;
            continue;
        }
        x.trigger = v;
        x.code_now = code;
        if (!nr && !nr0 && !p->no_recipient && !noun && !(recip && na > 1) && wants_recipient(code))
            nr = next_actor_after(&x, v, A, na, R);
        if (recip && !nr && na > 1) {
            for (int i = 0; i < na && !status; i++)
                for (int j = 0; j < na && !status; j++)
                    if (i != j) status = emit(&x, &A[i], &A[j], code, verb, rule);
            continue;
        }
        /* "fired missiles into waters off Taiwan's two main ports",
         * "held drills near the border with Ukraine": a show of force
         * (15x) off, around or near another country is aimed at it */
        if (code[0] == '1' && code[1] == '5' && !nr && na && A[0].country && !noun) {
            static const char *const nearby[] = {"off", "around", "near", "toward", "towards", NULL};
            int32_t hosts[3] = {(int32_t)v, -1, -1};
            int nh = 1;
            for (int32_t ch = w->child_first[v]; ch >= 0 && nh < 3; ch = w->child_next[ch])
                if (rel_is(&t[ch], "obl") || rel_is(&t[ch], "obj")) hosts[nh++] = ch;
            for (int hi = 0; hi < nh && !nr; hi++)
                for (int32_t ch = w->child_first[hosts[hi]]; ch >= 0 && !nr; ch = w->child_next[ch]) {
                    if (!(rel_is(&t[ch], "obl") || rel_is(&t[ch], "nmod"))) continue;
                    uint32_t cw = case_of(&x, (uint32_t)ch);
                    if (cw == WORD_NONE || !ascii_ieq_any(dict_word_str(d, cw), nearby)) continue;
                    actor_val D[MAXA];
                    int nd = actors_of(c, e, (uint32_t)ch, D, MAXA);
                    if (nd && D[0].country && strcmp(D[0].country, A[0].country)) {
                        memset(&R[0], 0, sizeof R[0]); /* (the country itself, as writers code it) */
                        R[0].code = R[0].country = ev_strdup(e, D[0].country, 3);
                        R[0].cls = AC_ORG;
                        nr = 1;
                    }
                }
        }
        /* "their vehicle struck a roadside bomb", "a patrol hit a
         * landmine": those who hit the bomb are its victims, and who laid
         * it is no one named (UAF; 1833 for a roadside bomb) */
        if (!noun && na && (code[0] == '1' || code[0] == '2')) {
            static const char *const hit[] = {"strike", "hit", NULL};
            static const char *const bombs[] = {"bomb", "mine", "landmine", "ied", "device", "explosive", NULL};
            int32_t o = lemma_in(&t[v], hit) ? child_rel(&x, v, "obj") : -1;
            if (o >= 0 && lemma_in(&t[o], bombs)) {
                int roadside = 0;
                for (int32_t ch = w->child_first[o]; ch >= 0 && !roadside; ch = w->child_next[ch])
                    roadside = t[ch].lemma && (ascii_ieq(t[ch].lemma, "roadside") || ascii_ieq(t[ch].lemma, "road"));
                memcpy(R, A, sizeof(actor_val) * (size_t)na);
                nr = na;
                memset(&A[0], 0, sizeof A[0]);
                A[0].code = A[0].sector = "UAF";
                A[0].cls = AC_ORG;
                na = 1;
                code = roadside ? "1833" : "183";
                explain(&x, "%s '%s': those who hit a bomb are its victims", code, t[v].form);
            }
        }
        if (!noun && na && (code[0] == '1' && (code[1] == '4' || code[1] == '8' || code[1] == '9'))) {
            int32_t takers = hostage_takers_stormed(&x, v, &A[0]);
            if (takers >= 0) {
                nr = actors_of(c, e, (uint32_t)takers, R, MAXA);
                code = "190";
                explain(&x, "190 '%s': storms the hostage-takers' place", t[v].form);
            }
        }
        /* "Police used tear gas and flash-bang grenades to clear the
         * building": repression with no one named falls on its doer's
         * own public, as every 175 of the blind writers' gold does */
        if (!strcmp(code, "175") && !nr && na && A[0].country) {
            country_sector_actor(e, &R[0], A[0].country, "CVL");
            nr = 1;
        }
        /* "Unionised workers launched a three-day strike": a strike by
         * workers, students or civilians is a strike (143), not a military
         * one (195) */
        if (code[0] == '1' && code[1] == '9' && na && tr[v].m.obj >= 0 && t[tr[v].m.obj].lemma &&
            str_eq(t[tr[v].m.obj].lemma, "strike")) {
            static const char *const civil[] = {"LAB", "CVL", "EDU", "HLH", "MED", "BUS", "OPP", "NGO",
                                                "REL", "AGR", "ENV", "REF", NULL};
            int all_civil = 1;
            for (int i = 0; i < na && all_civil; i++) all_civil = sector_in(A[i].sector, civil);
            if (all_civil) {
                code = "143";
                size_t used = strlen(rule);
                cat(rule, sizeof rule, used, "; a strike by civilians");
            }
        }
        /* "Lebanese rallied in central Beirut to demand the withdrawal of
         * Syrian troops": a protest whose purpose demands an act of
         * another country's actor is aimed at that actor */
        if (!noun && code[0] == '1' && code[1] == '4' && na && A[0].country) {
            /* (the demand pass 1 rejected as the protest's purpose) */
            for (int32_t ch = w->child_first[v]; ch >= 0; ch = w->child_next[ch]) {
                if (!has[ch] || strncmp(tr[ch].why, "the purpose of the protest", 26)) continue;
                int32_t o = child_rel(&x, (uint32_t)ch, "obj");
                int32_t hosts[2] = {o, -1};
                for (int32_t oc = o >= 0 ? w->child_first[o] : -1; oc >= 0 && hosts[1] < 0; oc = w->child_next[oc])
                    if (rel_is(&t[oc], "nmod") && case_of(&x, (uint32_t)oc) == c->fw[FW_OF]) hosts[1] = oc;
                for (int hi = 0; hi < 2; hi++) {
                    actor_val D[MAXA];
                    int nd = hosts[hi] >= 0 ? actors_of(c, e, (uint32_t)hosts[hi], D, MAXA) : 0;
                    if (nd && D[0].country && strcmp(D[0].country, A[0].country)) {
                        R[0] = D[0];
                        nr = 1;
                        explain(&x, "recipient of %s '%s': %s, of what it demands", code, t[v].form, D[0].code);
                        break;
                    }
                }
            }
        }
        /* ("fired tear gas at students protesting at Sharif University",
         * "opened fire on students occupying the university": students
         * who protest are protesters to those who repress them, as
         * writers code them; students fired on with no protest told stay
         * EDU) */
        if (code[0] == '1' && (code[1] == '7' || code[1] == '8') && rt >= 0 && nr) {
            static const char *const protesting[] = {"protest", "demonstrate", "march", "rally", "occupy",
                                                     "riot", "picket", "gather", "block", NULL};
            int shown = 0;
            for (int32_t ch = w->child_first[rt]; ch >= 0 && !shown; ch = w->child_next[ch])
                shown = (rel_is(&t[ch], "acl") || rel_is(&t[ch], "acl:relcl")) && lemma_in(&t[ch], protesting);
            if (shown) protesters_are_civilians(e, R, nr);
        }
        if (code[0] == '1' && code[1] == '4') {
            protesters_are_civilians(e, A, na);
            /* "protesters blocked Nepal's main trade crossing": a protest
             * aimed at the protesters' own country is aimed at its
             * government */
            for (int j = 0; j < nr; j++)
                if (R[j].code && !R[j].sector && R[j].country && strlen(R[j].code) == 3 && na && A[0].country &&
                    !strcmp(A[0].country, R[j].code))
                    set_country_sector(e, &R[j], R[j].country, "GOV");
        }
        /* "in response to the group's attacks", "to the rebel offensive",
         * "killed in the 1941 Japanese attack": a fighting noun that names
         * no target is background to the act the sentence reports */
        if (noun && !nr && code[0] == '1' && code[1] == '9') {
            explain(&x, "rejected %s '%s': a fighting noun with no target is background", code, t[v].form);
            continue;
        }
        /* "beating analysts' forecasts", "hit its target": numbers beaten
         * or hit are no one */
        if (!noun && code[0] == '1' && (code[1] == '8' || code[1] == '9') && t[v].lemma &&
            (ascii_ieq(t[v].lemma, "beat") || ascii_ieq(t[v].lemma, "hit"))) {
            static const char *const figures[] = {"forecast", "estimate", "expectation", "projection", "target",
                                                  "record", "deadline", "consensus", "odds", "benchmark", NULL};
            int32_t fo = child_rel(&x, v, "obj");
            /* (not targets hit by armed men or their weapons, nor targets
             * somewhere: "U.S. cruise missiles hit targets in Baghdad") */
            static const char *const armed[] = {"MIL", "REB", "SEP", "COP", NULL};
            int military = na && A[0].code && (sector_in(A[0].sector, armed) || !strncmp(A[0].code, "IMG", 3));
            int32_t sj = child_exact(&x, v, "nsubj");
            military |= sj >= 0 && lemma_in(&t[sj], STRIKERS);
            military |= fo >= 0 && str_eq(t[fo].lemma ? t[fo].lemma : "", "target") &&
                        phrase_under(&x, (uint32_t)fo, c->fw[FW_IN], 1) >= 0 && t[fo].xpos && str_eq(t[fo].xpos, "NNS");
            if (fo >= 0 && lemma_in(&t[fo], figures) && !military) {
                explain(&x, "rejected %s '%s': beats a figure, not someone", code, t[v].form);
                continue;
            }
        }
        /* "to fight the forest fires", "combat corruption": fighting a
         * thing that is no one names no adversary (a place it is fought
         * near is none either) */
        if (!noun && code[0] == '1' && code[1] == '9') {
            static const char *const fight[] = {"fight", "combat", "battle", "tackle", NULL};
            static const char *const wars[] = {"war", "battle", "conflict", "skirmish", "duel", "campaign",
                                               "insurgency", "fight", "gunbattle", "firefight", NULL};
            int32_t ob = child_rel(&x, v, "obj");
            actor_val tmp[MAXA];
            if (ob >= 0 && lemma_in(&t[v], fight) && t[ob].upos && str_eq(t[ob].upos, "NOUN") &&
                !lemma_in(&t[ob], wars) && !actors_of(c, e, (uint32_t)ob, tmp, MAXA)) {
                explain(&x, "rejected %s '%s': fights a thing, not an adversary", code, t[v].form);
                continue;
            }
            /* ("drove from the city to the airport": driving drives no one
             * out without an object that is someone) */
            if (t[v].lemma && ascii_ieq(t[v].lemma, "drive") && (ob < 0 || !actors_of(c, e, (uint32_t)ob, tmp, MAXA))) {
                explain(&x, "rejected %s '%s': drives no one", code, t[v].form);
                continue;
            }
        }
        /* "The African Union suspended Madagascar": suspending someone
         * (an IGO's member) reduces relations (160); suspending a thing no
         * pattern names ("suspended a hike in metro fares") is no event */
        if (!noun && !strcmp(code, "160") && t[v].lemma && ascii_ieq(t[v].lemma, "suspend") && !p->has_obj) {
            int32_t ob = child_rel(&x, v, "obj");
            actor_val tmp[MAXA];
            if (ob < 0 || !actors_of(c, e, (uint32_t)ob, tmp, MAXA)) {
                explain(&x, "rejected %s '%s': suspends a thing, not someone", code, t[v].form);
                continue;
            }
        }
        for (int i = 0; i < na && !status; i++) {
            const char *rc = noun ? code : weapon_code(&x, v, code_by_role(&x, v, code, &A[i]));
            /* (also protesters' arson or attack, a riot: "Protesters
             * torched cars and looted shops in Port-au-Prince") */
            const char *riot = !nr ? attack_on_civilians(&x, rc, &A[i], NULL) : NULL;
            const char *pc = code[0] == '1' && code[1] == '4' ? code : riot && !strcmp(riot, "145") ? riot : NULL;
            /* (not a second act of the same protest: "stormed Kenya's
             * parliament ... and set part of it ablaze" is one riot) */
            for (size_t k = x.ev_first; pc && k < e->n; k++)
                if (e->ev[k].cameo[0] == '1' && e->ev[k].cameo[1] == '4' && e->ev[k].actor.code &&
                    !strcmp(e->ev[k].actor.code, A[i].code))
                    pc = NULL;
            /* "Tens of thousands of people rallied in Belgrade", "climate
             * activists blocked the A12 motorway": a protest, blockade or
             * storming (141-145) with no target named is against the
             * protesters' own government; so is an appeal, praise, demand,
             * criticism, rejection or threat (02x, 05x, 10x-13x) by the
             * opposition, a party, civilians, students or unions
             * ("Venezuela's opposition rejected the official result") */
            if (!nr && A[i].country && strncmp(A[i].code, "IGO", 3) &&
                ((pc && pc[2] >= '0' && pc[2] <= '5' && !(A[i].sector && !strcmp(A[i].sector, "GOV"))) ||
                 (opposition_voice(&A[i]) && ((code[0] == '0' && (code[1] == '2' || code[1] == '5')) ||
                                              (code[0] == '1' && code[1] >= '0' && code[1] <= '3'))))) {
                actor_val g = A[i];
                /* (a protest at a foreign embassy is against that
                 * government, as the writers code it) */
                if (pc && embassy_target(&x, &A[i], &g)) {
                    status = emit(&x, &A[i], &g, pc != code ? pc : code, verb, rule);
                    continue;
                }
                char gov[8];
                snprintf(gov, sizeof gov, "%.3sGOV", A[i].country);
                g.code = ev_strdup(e, gov, strlen(gov));
                g.sector = g.code + 3;
                g.name = NULL;
                g.cls = AC_ORG;
                g.from_memory = 0;
                g.start = g.end = 0; /* (no words of its own) */
                status = emit(&x, &A[i], &g, pc && pc != code ? pc : code, verb, rule);
                continue;
            }
            if (!nr) status = emit(&x, &A[i], NULL, attack_on_civilians(&x, rc, &A[i], NULL), verb, rule);
            for (int j = 0; j < nr && !status; j++) {
                /* (the side fought back first, so that a later "condemned
                 * the attack" answers the subject, told last) */
                /* (those killed in a fight were fought by the other side;
                 * armed men, not one leader, fought back: writers code
                 * "soldiers were killed in a clash with Chinese troops" both
                 * ways, "Savimbi was killed in a clash with government
                 * troops" as the troops' act) */
                if (killed_in_fight) {
                    static const char *const armed[] = {"MIL", "REB", "SEP", NULL};
                    status = emit(&x, &R[j], &A[i], rc, verb, rule);
                    if (status || killed_in_fight < 2 || A[i].cls == AC_PERSON || !sector_in(A[i].sector, armed)) continue;
                } else if (fought_both_ways(&x, v, noun, passive, rc, &A[i], &R[j]))
                    status = emit(&x, &R[j], &A[i], rc, verb, rule);
                /* ("Thousands of protesters clashed with riot police": the
                 * riot and the repression both, as eleven of twelve dev
                 * rows code such a clash) */
                else if (!passive && clash_at_home(&x, v, rc, &R[j], &A[i]) != rc)
                    status = emit(&x, &R[j], &A[i], clash_at_home(&x, v, rc, &R[j], &A[i]), verb, rule);
                /* ("Myanmar's government signed a ceasefire agreement with
                 * eight ethnic armed groups": an agreement signed with a
                 * partner is signed by both, as every dev writer codes
                 * it) */
                else if (!passive && !strcmp(rc, "057") && signed_with(&x, v, &R[j]))
                    status = emit(&x, &R[j], &A[i], rc, verb, rule);
                if (!status)
                status = emit(&x, &A[i], &R[j], war_crimes_named(&x, massacre(&x, v, taking_people(&x, v, sanction_abroad(killing_in_combat(&x, v, attack_on_leader(clash_at_home(&x, v, attack_on_civilians(&x, rc, &A[i], &R[j]), &A[i], &R[j]), &R[j], !noun && t[v].lemma && ascii_ieq(t[v].lemma, "kill")), &A[i], &R[j]), &A[i], &R[j]), &A[i], &R[j]), &A[i], &R[j])), verb, rule);
            }
        }
    }
    if (!status) claimed_attacks(&x);
    if (!status) keep_main_events(&x);
    if (!status) status = protest_behind_repression(&x);
    return status;
}
