/* coder.h — internals shared by the coder's files (not public).
 *
 * Per sentence the coder works in three passes over a token array:
 *   mentions.c  dictionary phrases (one compiled trie, longest match),
 *               NER names and pronouns -> mentions; mentions grouped on the
 *               tree into nominal "groups" (one actor each), composed into a
 *               code (person office > fixed phrase > country + sector).
 *   events.c    verb/noun patterns matched on the tree -> candidate events;
 *               negation, denial, failure, modality, reported speech,
 *               reciprocity; one event per (actor, recipient) pair.
 *   when_where.c   each event's date and place (src/resolve/).
 *   event_store.c  the public dyad_events container and document memory;
 *               the document's places and towns (dyad_events_finish). */
#ifndef DYAD_CODE_CODER_H
#define DYAD_CODE_CODER_H

#include "base/arena.h"
#include "base/buf.h"
#include "code/dict.h"
#include "dyad.h"

/* Function words the tree rules test, interned at load. */
enum fw {
    FW_NOT, FW_NT, FW_NEVER, FW_NO, FW_NOR, FW_BY, FW_OF, FW_WHO, FW_WHICH, FW_THAT,
    FW_HE, FW_SHE, FW_HIM, FW_HER, FW_HIS, FW_HERS, FW_IT, FW_ITS, FW_THEY, FW_THEM,
    FW_THEIR, FW_THEIRS, FW_POSS_S,
    /* case markers the rules compare by string: interned so tokens find them */
    FW_WITH, FW_BETWEEN, FW_TO, FW_ON, FW_AGAINST, FW_FOR, FW_FROM, FW_AT, FW_INTO, FW_TOWARD,
    FW_TOWARDS, FW_UPON, FW_OVER, FW_IN,
    /* "the country": the last country named (also "the Gulf state", "the
     * island nation") */
    FW_COUNTRY, FW_NATION, FW_KINGDOM, FW_REPUBLIC, FW_EMIRATE, FW_SULTANATE, FW_STATE,
    /* "the group", "the agency": the last organisation named */
    FW_GROUP, FW_ORGANISATION, FW_ORGANIZATION, FW_AGENCY, FW_MOVEMENT, FW_MILITIA, FW_WATCHDOG,
    FW_ALLIANCE, FW_BLOC, FW_FACTION,
    /* "the two sides", "both neighbours": the conjoined pair remembered */
    FW_SIDE, FW_RIVAL, FW_FOE, FW_NEIGHBOUR, FW_NEIGHBOR, FW_ADVERSARY,
    FW__COUNT
};

/* Kinds of function word, by word id (dyad_coder.fw_kind): the ranges of
 * enum fw the mention rules ask about. */
enum {
    FK_COUNTRY = 1,        /* FW_COUNTRY .. FW_STATE */
    FK_COUNTRY_NATION = 2, /* FW_COUNTRY .. FW_NATION */
    FK_ORG = 4,            /* FW_GROUP .. FW_FACTION */
    FK_PAIR = 8,           /* FW_SIDE .. FW_ADVERSARY */
};

struct dyad_coder {
    dict d;
    dyad_gazetteer *gaz;   /* NULL: no locations */
    uint32_t fw[FW__COUNT];
    /* FK_* bits of the word ids below n_fw_kind (the function words are
     * interned first: a small table; other words have none) */
    uint8_t *fw_kind;
    uint32_t n_fw_kind;
    /* Compound lemmas of the verb patterns' object and phrase words
     * ("war-crime", "alert-level"), by word id below n_cmp: the first of
     * their parts in cmp_parts and the count (0: not a compound). */
    uint32_t n_cmp, *cmp_first, *cmp_parts;
    uint8_t *cmp_n;
    /* 1 for a word that ends a compound lemma heading an event-noun
     * pattern ("strike" of "n:air-strike"): only such nouns are looked up
     * under their compound lemma */
    uint8_t *cmp_head_last;
};

/* Actor classes for pronoun memory. */
enum { AC_NONE = 0, AC_PERSON, AC_COUNTRY, AC_ORG };

/* A composed actor (strings live in the events arena). */
typedef struct actor_val {
    const char *code, *country, *sector, *name;
    uint32_t start, end;   /* text offsets */
    int cls;               /* AC_* */
    uint8_t from_memory;   /* country taken from the document memory */
} actor_val;

/* v as its bare country ("ETHMIL" -> "ETH"): how writers code a state's
 * forces or government when the text means the state itself. */
static inline void actor_as_country(actor_val *v) {
    v->code = v->country;
    v->sector = NULL;
    v->cls = AC_COUNTRY;
}

typedef struct mention {
    uint32_t b, e;         /* token span [b, e) */
    int32_t rec;           /* chosen record, -1 = none (NER or pronoun) */
    int kind;              /* AK_* or MK_* below */
    uint32_t head;         /* the span's syntactic head token */
    uint32_t top;          /* the group top it climbed to */
    uint8_t via_poss;      /* reached the top through nmod:poss */
    uint8_t via_appos;     /* ... through an apposition */
} mention;

enum { MK_NER_PERSON = 100, MK_NER_ORG, MK_PRONOUN };

typedef struct group {
    uint32_t top;
    uint32_t first_mention, n_mentions; /* into the sorted mention order */
    actor_val val;         /* val.code NULL: uncodable */
    uint8_t plural;        /* n of alts: a plural pronoun/title's actors */
    actor_val *alts;
} group;

#define MEM_PLURAL_MAX 6

/* Document memory for pronouns and titles. */
typedef struct doc_memory {
    actor_val person, other;     /* last person; last country/organisation */
    actor_val country;           /* last actor with a country code (for bare sectors) */
    actor_val home;              /* first actor with a country code after the dateline */
    /* the dateline's capital as an actor ("ADDIS ABABA" -> ETHGOV): the
     * story's country only when the body names that country too (a
     * bureau's city otherwise: story_home) */
    actor_val dateline_actor;
    int dateline_named;
    actor_val named_country;     /* last country named, as an actor or a place ("the country") */
    actor_val it;                /* last non-person subject ("it", "its"); code NULL = none */
    actor_val org;               /* last organisation: armed group, IGO, NGO, agency ("the group") */
    actor_val court;             /* last international court (ICC, ICJ): "the court" told of again */
    size_t it_sentence;
    uint64_t person_seq, other_seq, plural_seq, seq;
    size_t plural_sentence;      /* where the conjoined list was seen */
    int32_t plural_tok;          /* there, the token of the list's first member */
    size_t sentence;             /* the sentence being coded */
    /* the two sides of the last act between two actors ("Hassan hosted
     * her Kenyan counterpart Ruto. The two leaders agreed ..."), for
     * "the two leaders" and "both sides" when no conjoined list is nearer */
    actor_val pair[2];
    size_t pair_sentence;
    int has_pair;
    /* the subject of the sentence's main verb ("Iran resumed uranium
     * conversion"), this sentence's and the one before's, for a reaction to
     * "the move" when the move itself codes no event */
    actor_val lead, last_lead;
    int32_t lead_tok;
    actor_val plural[MEM_PLURAL_MAX];
    int n_plural;
    actor_val names[64];         /* persons seen, for "Mr Lavrov" -> earlier code */
    int n_names;
    /* last words of the multi-word person names seen ("Valeska Paris"),
     * so that "Paris claims" later is that person, not France */
    uint32_t surnames[32];
    int n_surnames;
    /* the countries of the roles seen ("ethnic Madhesi protesters" ->
     * protester NPL), for "the protesters" told again after another
     * country was named */
    struct { char lemma[24]; char cc[4]; } roles[16];
    int n_roles;
} doc_memory;

/* Per-sentence scratch, reused. */
typedef struct sent_work {
    const dyad_token *t;
    uint32_t n;
    uint32_t *form_id, *lemma_id;    /* normalised, WORD_NONE if unknown */
    uint32_t *sing_id;               /* naive singular of the form ("troops" -> troop), or WORD_NONE */
    int32_t *mention_of;             /* token -> mention, -1 */
    int32_t *group_of;               /* token -> group whose top it is, -1 */
    int32_t *child_first, *child_next; /* children lists */
    mention *m; uint32_t n_m, cap_m;
    group *g; uint32_t n_g;
    uint32_t cap;
    uint32_t *order;
    uint8_t *consumed;               /* trigger's own event dropped */
    uint8_t *measure;                /* events.c: is the lemma a measure word ("hours of talks")?
                                        0 not asked yet, 1 no, 2 yes: every verb pattern
                                        with an object asks it of the same objects */
    int discard;
    /* events.c's per-trigger decisions and trigger flags (cap entries),
     * kept between sentences instead of allocated for each */
    void *trig;
    int8_t *has;
    /* mentions.c's word stream (cap_stream entries) */
    uint32_t *s_word, *s_lemma, *s_sing, *s_tok;
    uint8_t *s_first, *s_last;
    uint32_t cap_stream;
} sent_work;

struct dyad_events {
    arena mem;
    dyad_event *ev;
    size_t n, cap;
    const char *text;
    size_t text_len;
    dyad_date date;
    int32_t date_int;                /* YYYYMMDD, 0 unknown */
    doc_memory memo;
    sent_work w;
    int explain;
    buf ex;
    /* countries of the places the document names so far (place context) */
    char doc_cc[32][4];
    size_t n_doc_cc;
    /* towns the document names (one per sentence at most), and the
     * sentences that refer to "the town"/"the city", for dyad_events_finish */
    struct doc_town { size_t sentence; dyad_place p; } *towns;
    size_t n_towns, cap_towns;
    size_t *anaphoric;
    size_t n_anaphoric, cap_anaphoric;
    char dateline_place[64];         /* "BEIRUT, Nov 12 (Reuters) -" -> "BEIRUT"; "" none */
    uint32_t dateline_end;           /* text offset just past the dateline's place; 0 none */
    char sent_cc[4];                 /* the sentence's first place's country; "" none */
    char dateline_cc[4];             /* the dateline place's country; "" none or not resolved yet */
    int dateline_resolved;
};

/* The dateline's country: its capital's as an actor when the dateline
 * named one ("ADDIS ABABA" -> ETH), else the gazetteer's; "" none. */
static inline const char *dateline_country(const dyad_events *e) {
    return e->memo.dateline_actor.country ? e->memo.dateline_actor.country : e->dateline_cc;
}

/* mentions.c */
int sw_prepare(const dyad_coder *c, dyad_events *e, const dyad_token *t, uint32_t n);
int find_mentions(const dyad_coder *c, dyad_events *e);
int build_groups(const dyad_coder *c, dyad_events *e);
/* Actors a token stands for: its group, conjoined groups, pronoun memory. */
int actors_of(const dyad_coder *c, dyad_events *e, uint32_t tok, actor_val *out, int max);
const char *deprel_base(const char *deprel, char *buf, size_t n);
/* deprel == rel, or (when rel has no subtype) rel:subtype.  Inline: the
 * tree rules call it for every edge they look at, always with a literal. */
static inline int rel_is(const dyad_token *t, const char *rel) {
    const char *d = t->deprel;
    if (!d || d[0] != rel[0]) return 0;
    size_t i = 1;
    int sub = 0;
    for (; rel[i]; i++) {
        if (d[i] != rel[i]) return 0;
        sub |= rel[i] == ':';
    }
    return d[i] == 0 || (d[i] == ':' && !sub);
}
char *ev_strdup(dyad_events *e, const char *s, size_t n);

/* events.c */
int code_events(const dyad_coder *c, dyad_events *e, size_t sentence);

/* when_where.c: dates and places of one sentence's events, cached per
 * trigger (its pairs share them). */
typedef struct when_where {
    int has_time;                /* the sentence has a time word; -1 not yet known */
    int32_t date_of;             /* the trigger whose date is cached, -1 none */
    dyad_event_date date_cached;
    int32_t place_of;            /* the trigger whose place is cached, -1 none */
    size_t place_na;             /* ... for these actor countries */
    const char *place_ac[2];
    const dyad_place *place_cached;
    const char *location_cached;
} when_where;
void when_where_reset(when_where *x);
/* Fills ev's date, date_source, date_precision, place and location for an
 * event of trigger (a token of e->w) coded code with actor a, recipient r. */
void event_when_where(const dyad_coder *c, dyad_events *e, when_where *x, uint32_t trigger, const char *code,
                      dyad_event *ev, const actor_val *a, const actor_val *r);

#endif
