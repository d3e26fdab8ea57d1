/* train_ner — trains the name tagger (src/nlp/ner.h) on GUM.
 *
 *   train_ner --gum DIR [--ewt FILE] --out data/models/ner.bin
 *             [--genres academic,bio,...|all] [--epochs N] [--bits B]
 *             [--case-bits C] [--seed S] [--dropout P] [--upos]
 *             [--case-from-train] [--bags K] [--ablate F,F,...]
 *             [--gazetteer FILE] [--dict DIR] [--given-names FILE]
 *             [--wordnet DIR] [--lex-bits B] [--no-doc] [--doc-drop P]
 *             [--tagger FILE]
 *
 * Reads DIR/gum-train.conllu, keeps the documents of the chosen genres
 * (default: the genres whose texts are not NonCommercial-licensed, see
 * ../shared/data/gum/README.md), derives gold BIO labels with gum_names(),
 * trains a structured averaged perceptron (Viterbi decoding, hashed
 * features from ner_features.h), rounds the averaged weights to 16 bits and
 * writes the model.  The document features of the tagger's second pass
 * (ner_doc.h) are learnt from first-pass tags of each half of the training
 * documents made by a model trained on the other half (--no-doc: none).  The case table (how often a word is capitalised away
 * from a sentence start) is counted over the same training text plus, with
 * --ewt, the UD English Web Treebank's word forms.  Finally the written file
 * is loaded back and scored on DIR/gum-dev.conllu.  Deterministic for a
 * given seed. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "nlp/conllu.h"
#include "nlp/gum_names.h"
#include "nlp/model_file.h"
#include "nlp/ner.h"
#include "nlp/ner_eval.h"
#include "nlp/ner_features.h"
#include "nlp/ner_lexicon.h"
#include "nlp/tagger.h"
#include "resolve/gazetteer.h"

#define L NER_LABELS

static const char DEFAULT_GENRES[] = "academic,bio,court,interview,news,voyage";

typedef struct sentence {
    size_t n;
    const char **forms, **upos;
    uint8_t *gold; /* labels */
    uint32_t *rows; /* n * NER_FEATS */
    int fold;       /* parity of its document's number */
    size_t doc;     /* its document's number */
} sentence;

typedef struct corpus {
    sentence *s;
    size_t n, cap, words;
    arena a;
} corpus;

static void die(const char *msg) {
    fprintf(stderr, "train_ner: %s\n", msg);
    exit(1);
}

static int genre_allowed(const char *list, const char *genre) {
    if (!strcmp(list, "all")) return 1;
    size_t g = strlen(genre);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == g && !strncmp(p, genre, n)) return 1;
        p += n + (e ? 1 : 0);
    }
    return 0;
}

/* Word statistics for the case table (see ner_features.h). */
typedef struct counts {
    uint32_t *total, *cap, *propn;
} counts;

static void counts_init(counts *k, uint32_t bits) {
    k->total = calloc((size_t)1 << bits, 4);
    k->cap = calloc((size_t)1 << bits, 4);
    k->propn = calloc((size_t)1 << bits, 4);
    if (!k->total || !k->cap || !k->propn) die("out of memory");
}

/* The case table of the sum of up to three count sets (NULL = none). */
static uint8_t *case_table(uint32_t bits, const counts *a, const counts *b, const counts *c) {
    uint8_t *cls = malloc((size_t)1 << bits);
    if (!cls) die("out of memory");
    for (size_t k = 0; k < ((size_t)1 << bits); k++) {
        uint32_t t = 0, cp = 0, p = 0;
        const counts *all[3] = {a, b, c};
        for (int j = 0; j < 3; j++)
            if (all[j]) {
                t += all[j]->total[k];
                cp += all[j]->cap[k];
                p += all[j]->propn[k];
            }
        cls[k] = ner_case_class(t, cp, p);
    }
    return cls;
}

static void count_case(counts *cn, uint32_t bits, size_t n, const char *const *forms,
                       const char *const *upos) {
    uint32_t *total = cn->total, *cap = cn->cap, *propn = cn->propn;
    for (size_t i = 1; i < n; i++) { /* not the sentence-initial word */
        uint32_t k = (uint32_t)(ner_lower_hash(forms[i]) & ((1u << bits) - 1));
        total[k]++;
        if (forms[i][0] >= 'A' && forms[i][0] <= 'Z') cap[k]++;
        if (!strcmp(upos[i], "PROPN")) propn[k]++;
    }
}

/* ---- Known names (ner_lexicon.h) ---- */

static void lex_add(ner_lexicon_builder *b, const char *p, size_t len, uint32_t v, size_t *added) {
    while (len && (*p == ' ' || *p == '\t')) { p++; len--; }
    while (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\n' || p[len - 1] == '\r')) len--;
    if (!len) return;
    int st = ner_lex_add(b, p, len, v);
    if (st && b->used * 2 >= ((size_t)1 << b->bits)) die("known-name table full: raise --lex-bits");
    *added += !st;
}

/* Words that open a listed phrase without being part of the name. */
static int title_word(const char *w, size_t n) {
    static const char *const t[] = {"President", "Prime", "King", "Queen", "Prince", "Sheikh", "General",
                                    "Gen.", "Mr", "Mr.", "Mrs", "Dr", "Dr.", "Emir", "Crown", "Supreme",
                                    "Ayatollah", "Chancellor", "Minister", "Secretary", "Field", "Marshal",
                                    "Colonel", "Col.", "Pope", "Sultan", "Vice", "Former", "the", "The"};
    for (size_t k = 0; k < sizeof t / sizeof *t; k++)
        if (strlen(t[k]) == n && !strncmp(t[k], w, n)) return 1;
    return 0;
}

/* Adds the first and last word of a multi-word phrase with the given bits. */
static void lex_add_edges(ner_lexicon_builder *b, const char *p, size_t len, uint32_t first_bits,
                          uint32_t last_bits, size_t *added) {
    while (len && *p == ' ') { p++; len--; }
    while (len && p[len - 1] == ' ') len--;
    const char *sp = memchr(p, ' ', len);
    if (!sp) return;
    if (first_bits && !title_word(p, (size_t)(sp - p))) lex_add(b, p, (size_t)(sp - p), first_bits, added);
    const char *last = p + len;
    while (last > p && last[-1] != ' ') last--;
    if (last_bits) lex_add(b, last, (size_t)(p + len - last), last_bits, added);
}

/* Reads a dyad dictionary (data/dict/NAME.txt: "KEY KIND [DATES]: phrase;
 * phrase  # comment") and adds its phrases with the bits kind_bits gives
 * each KIND (0: skip). */
static size_t lex_read_dict(ner_lexicon_builder *b, const char *path,
                            uint32_t (*kind_bits)(const char *kind, size_t n, uint32_t *first,
                                                  uint32_t *last)) {
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "train_ner: %s: cannot open\n", path); exit(1); }
    char line[8192];
    size_t added = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        char *hash = strstr(line, " #");
        if (hash) *hash = 0;
        char *colon = strchr(line, ':');
        char *k = strchr(line, ' ');
        if (!colon || !k || k > colon) continue;
        k++;
        size_t kn = strcspn(k, " :");
        uint32_t first = 0, last = 0, v = kind_bits(k, kn, &first, &last);
        if (!v) continue;
        for (char *p = colon + 1; *p;) {
            size_t n = strcspn(p, ";");
            lex_add(b, p, n, v, &added);
            lex_add_edges(b, p, n, first, last, &added);
            p += n + (p[n] ? 1 : 0);
        }
    }
    fclose(f);
    return added;
}

static int kind_is(const char *k, size_t n, const char *want) {
    return strlen(want) == n && !strncmp(k, want, n);
}
static uint32_t countries_kind(const char *k, size_t n, uint32_t *first, uint32_t *last) {
    *first = *last = 0;
    if (kind_is(k, n, "name")) { *first = NER_LEX_PLACE_PART; return NER_LEX_COUNTRY; }
    if (kind_is(k, n, "adj") || kind_is(k, n, "people")) return NER_LEX_NATION;
    if (kind_is(k, n, "metonym")) return NER_LEX_CITY_BIG;
    return 0;
}
static uint32_t people_kind(const char *k, size_t n, uint32_t *first, uint32_t *last) {
    (void)k; (void)n;
    *first = NER_LEX_GIVEN;
    *last = NER_LEX_SURNAME;
    return NER_LEX_PERSON;
}
static uint32_t org_kind(const char *k, size_t n, uint32_t *first, uint32_t *last) {
    *first = 0;
    *last = NER_LEX_ORG_HEAD;
    return kind_is(k, n, "metonym") ? 0 : NER_LEX_ORG;
}

/* Word classes (NER_LEX_TITLE ...): short lists written for dyad. */
static const char *const TITLE_WORDS[] = {
    "President", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "Sir", "Lord",
    "Lady", "King", "Queen", "Prince", "Princess", "Duke", "Emperor", "Pope", "Saint", "St.", "Senator",
    "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor", "Minister", "Chancellor", "Secretary",
    "General", "Gen.", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.",
    "Admiral", "Major", "Judge", "Justice", "Bishop", "Father", "Reverend", "Rev.", "Sheikh", "Emir",
    "Ayatollah", "Chairman", "Director", "Commissioner", "Ambassador", "Officer", "Coach", "Uncle",
    "Aunt", "Brother", "Sister", "Mother", "Dame", "Detective", "Chief", "Speaker", "Premier", "Vice"};
static const char *const ORG_WORDS[] = {
    "University", "College", "School", "Academy", "Institute", "Library", "Museum", "Council",
    "Committee", "Commission", "Party", "Ministry", "Department", "Agency", "Bureau", "Office", "Service",
    "Association", "Society", "Foundation", "Fund", "Trust", "Union", "League", "Federation", "Club",
    "Company", "Co.", "Corporation", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Group", "Bank",
    "Church", "Court", "Parliament", "Congress", "Senate", "Assembly", "Army", "Navy", "Force", "Forces",
    "Police", "Times", "Post", "News", "Journal", "Press", "Network", "Organization", "Organisation",
    "Board", "Authority", "Team", "Records", "Studios", "Airlines", "Hospital", "Center", "Centre",
    "Project", "Lab", "Laboratory", "Alliance", "Coalition", "Front", "Movement", "Brigade", "Institution"};
static const char *const PLACE_PREPS[] = {"in", "at", "from", "near", "to", "into", "across",
                                          "throughout", "around", "outside", "inside", "via",
                                          "toward", "towards", "across", "between", "of"};
static const char *const PLACE_WORDS[] = {
    "River", "Lake", "Mountain", "Mountains", "Mount", "Mt.", "Island", "Islands", "Bay", "Sea", "Ocean",
    "Valley", "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Square", "Park", "Bridge",
    "Beach", "County", "Province", "State", "City", "Town", "Village", "District", "Region", "Desert",
    "Forest", "Canyon", "Peninsula", "Coast", "Hill", "Hills", "Falls", "Harbor", "Harbour", "Airport",
    "Station", "Castle", "Palace", "Tower", "Cathedral", "Temple", "Mansion", "Hall", "Gardens", "Port",
    "Cape", "Gulf", "Strait", "Creek", "Canal", "Plaza", "Heights", "Springs", "Republic", "Kingdom"};

static size_t lex_add_list(ner_lexicon_builder *b, const char *const *words, size_t n, uint32_t bits) {
    size_t added = 0;
    for (size_t k = 0; k < n; k++) lex_add(b, words[k], strlen(words[k]), bits, &added);
    return added;
}

#define GAZ_MIN_POPULATION 5000

/* GeoNames places of the gazetteer, by their own names.  Country records
 * are skipped: their names come from world-countries (ODbL, see
 * data/NOTICE), and countries.txt lists the countries anyway. */
static size_t lex_read_gazetteer(ner_lexicon_builder *b, const char *path) {
    dyad_error err;
    dyad_gazetteer *g = dyad_gazetteer_load(path, &err);
    if (!g) die(err.message);
    const gaz_view *v = gazetteer_view(g);
    size_t added = 0;
    for (uint32_t k = 0; k < v->n_places; k++) {
        const gaz_record *r = &v->places[k];
        if (r->name >= v->strings_size) continue;
        const char *name = v->strings + r->name;
        uint32_t bits;
        switch (r->feature) {
        case DYAD_PLACE_COUNTRY: continue;
        case DYAD_PLACE_ADMIN1:
        case DYAD_PLACE_REGION: bits = NER_LEX_REGION; break;
        default:
            bits = r->population >= 1000000 ? NER_LEX_CITY_HUGE | NER_LEX_CITY_BIG
                   : r->population >= 100000 ? NER_LEX_CITY_BIG : NER_LEX_CITY;
        }
        size_t len = strlen(name);
        if (memchr(name, ',', len) || memchr(name, '(', len)) continue;
        lex_add(b, name, len, bits, &added);
        lex_add_edges(b, name, len, NER_LEX_PLACE_PART, 0, &added);
    }
    /* Every name and alternate name of the bigger places and of the
     * countries and regions, by the key the gazetteer stores
     * (ner_lex_gaz_key); the small places' spellings would mostly match
     * surnames and common words. */
    for (uint32_t k = 0; k < v->n_entries; k++) {
        const gaz_record *r = &v->places[GAZ_PLACE(&v->entries[k])];
        uint32_t bits;
        switch (r->feature) {
        case DYAD_PLACE_COUNTRY: bits = NER_LEX_COUNTRY; break;
        case DYAD_PLACE_ADMIN1:
        case DYAD_PLACE_REGION: bits = NER_LEX_REGION; break;
        default:
            if (r->population < GAZ_MIN_POPULATION) continue;
            bits = r->population >= 1000000 ? NER_LEX_CITY_HUGE | NER_LEX_CITY_BIG
                   : r->population >= 100000 ? NER_LEX_CITY_BIG : NER_LEX_CITY;
        }
        if (ner_lex_add_key(b, ner_lex_gaz_key(v->entries[k].hash_lo), bits)) die("known-name table full: raise --lex-bits");
        added++;
    }
    dyad_gazetteer_free(g);
    return added;
}

/* A list of given names, one a line (data/names/given.txt, see
 * scripts/given-names.sh): each is a word known as a given name. */
static size_t lex_read_lines(ner_lexicon_builder *b, const char *path, uint32_t bits) {
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "train_ner: %s: cannot open\n", path); exit(1); }
    char line[256];
    size_t added = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        /* A name that is already known as a country, an organisation or a
         * nationality ("Isis", "Chad") keeps only that. */
        uint64_t h[NER_LEX_MAX_WORDS], key = NER_LEX_SEED;
        size_t len = strcspn(line, "\r\n"), n = ner_lex_words(line, len, h);
        for (size_t k = 0; k < n; k++) key = ner_lex_next(key, h[k]);
        ner_lexicon view = {b->slots, b->bits};
        if (n && (ner_lex_get(&view, key) & (NER_LEX_COUNTRY | NER_LEX_ORG | NER_LEX_NATION))) continue;
        lex_add(b, line, len, bits, &added);
    }
    fclose(f);
    return added;
}

/* WordNet 3.0 (Debian wordnet-base, DIR/data.noun etc.): every single-word
 * lemma, as NER_WN_COMMON when listed in lowercase (with the lexicographer
 * file of a noun: person, location, group), else by its noun
 * lexicographer file (18 noun.person, 15 noun.location, 14 noun.group). */
static size_t lex_read_wordnet(ner_lexicon_builder *b, const char *dir) {
    static const char *const files[] = {"data.noun", "data.verb", "data.adj", "data.adv"};
    char path[4096], line[16384];
    size_t added = 0;
    for (int k = 0; k < 4; k++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[k]);
        FILE *f = fopen(path, "r");
        if (!f) { fprintf(stderr, "train_ner: %s: cannot open (install wordnet-base)\n", path); exit(1); }
        while (fgets(line, sizeof line, f)) {
            if (line[0] == ' ') continue; /* licence header */
            char *p = line;
            strtoul(p, &p, 10);              /* offset */
            unsigned lexfile = (unsigned)strtoul(p, &p, 10);
            while (*p == ' ') p++;
            p++;                             /* ss_type */
            unsigned count = (unsigned)strtoul(p, &p, 16);
            for (unsigned j = 0; j < count; j++) {
                while (*p == ' ') p++;
                char *word = p;
                while (*p && *p != ' ') p++;
                if (!*p) break;
                *p++ = 0;
                strtoul(p, &p, 16);          /* lex_id */
                char *paren = strchr(word, '('); /* adjective markers "(a)" */
                if (paren) *paren = 0;
                if (strchr(word, '_') || !*word) continue;
                uint32_t bits;
                if (word[0] >= 'A' && word[0] <= 'Z')
                    bits = k != 0 ? NER_WN_PROPER : lexfile == 18 ? NER_WN_PERSON : lexfile == 15 ? NER_WN_LOCATION
                           : lexfile == 14 ? NER_WN_GROUP : NER_WN_PROPER;
                else
                    bits = NER_WN_COMMON | (k != 0 ? 0 : lexfile == 18 ? NER_WN_NOUN_PERSON
                                                   : lexfile == 15 ? NER_WN_NOUN_LOCATION
                                                   : lexfile == 14 ? NER_WN_NOUN_GROUP : 0);
                /* a country, organisation or nationality of dyad's
                 * dictionaries is not also WordNet's goddess ("ISIS") */
                uint64_t h = ner_lower_hash(word);
                ner_lexicon view = {b->slots, b->bits};
                if (!(bits & NER_WN_COMMON) &&
                    (ner_lex_get(&view, ner_lex_next(NER_LEX_SEED, h)) & (NER_LEX_COUNTRY | NER_LEX_ORG | NER_LEX_NATION)))
                    continue;
                if (ner_lex_add_key(b, ner_lex_next(NER_LEX_WN_SEED, h), bits))
                    die("known-name table full: raise --lex-bits");
                added++;
            }
        }
        fclose(f);
    }
    return added;
}

/* Experiments (set from the command line, then read-only). */
static unsigned long long g_ablate; /* features never used */
static int no_other;                /* OTHER names labelled O */
static const char *twice = "";      /* genres whose sentences are used twice */
static uint8_t *row_count;          /* training words using each row, capped at 255 */
static int min_count = 1;           /* rows used fewer times are left at zero */
static tagger *pos_tagger;          /* --tagger: UPOS comes from it, as in the pipeline */

/* Reads the training sentences of the allowed genres. */
/* Reads the training sentences of the allowed genres; with fold_counts,
 * counts the word statistics of even and odd documents apart. */
static void read_train(const char *path, const char *genres, corpus *c, counts *fold_counts,
                       uint32_t cbits) {
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    if (!r) die(err.message);
    conllu_sentence s;
    int got, keep = 0, fold = 0;
    char genre[64] = "";
    size_t docs = 0;
    while ((got = conllu_next(r, &s, &err)) != 0) {
        if (got < 0) die(err.message);
        if (gum_doc_genre(&s, genre, sizeof genre)) {
            keep = genre_allowed(genres, genre);
            docs += keep;
            fold = docs % 2;
            if (keep && *twice && genre_allowed(twice, genre)) keep = 2;
        }
        if (!keep || !s.n_words) continue;
        for (int copy = 0; copy < keep; copy++) {
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 1024;
            c->s = realloc(c->s, c->cap * sizeof *c->s);
            if (!c->s) die("out of memory");
        }
        sentence *t = &c->s[c->n++];
        t->n = s.n_words;
        t->forms = arena_alloc(&c->a, t->n * sizeof *t->forms);
        t->upos = arena_alloc(&c->a, t->n * sizeof *t->upos);
        t->gold = arena_alloc(&c->a, t->n);
        uint8_t *type = malloc(t->n * 2);
        if (!t->forms || !t->upos || !t->gold || !type) die("out of memory");
        for (size_t i = 0; i < t->n; i++) {
            t->forms[i] = arena_strndup(&c->a, s.words[i].form, strlen(s.words[i].form));
            t->upos[i] = arena_strndup(&c->a, s.words[i].upos, strlen(s.words[i].upos));
        }
        if (pos_tagger && tagger_tag(pos_tagger, t->n, t->forms, t->upos, NULL, NULL, NULL, &c->a))
            die("out of memory");
        if (gum_names(&s, type, type + t->n) < 0) die("out of memory");
        for (size_t i = 0; i < t->n; i++)
            t->gold[i] = (uint8_t)(type[i] && !(no_other && type[i] == DYAD_ENTITY_OTHER)
                                       ? 2 * type[i] - (type[t->n + i] ? 1 : 0) : 0);
        free(type);
        t->fold = fold;
        t->doc = docs;
        if (fold_counts && !copy) count_case(&fold_counts[fold], cbits, t->n, t->forms, t->upos);
        c->words += t->n;
        }
    }
    conllu_close(r);
    fprintf(stderr, "train_ner: %zu documents, %zu sentences, %zu words from %s (genres: %s)\n",
            docs, c->n, c->words, path, genres);
}

static void read_case_only(const char *path, counts *cn, uint32_t cbits) {
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    if (!r) die(err.message);
    conllu_sentence s;
    int got;
    const char **forms = NULL, **upos = NULL;
    size_t fcap = 0, words = 0;
    while ((got = conllu_next(r, &s, &err)) != 0) {
        if (got < 0) continue;
        if (s.n_words > fcap) {
            fcap = s.n_words * 2;
            forms = realloc(forms, fcap * sizeof *forms);
            upos = realloc(upos, fcap * sizeof *upos);
            if (!forms || !upos) die("out of memory");
        }
        for (size_t i = 0; i < s.n_words; i++) {
            forms[i] = s.words[i].form;
            upos[i] = s.words[i].upos;
        }
        count_case(cn, cbits, s.n_words, forms, upos);
        words += s.n_words;
    }
    free(forms);
    free(upos);
    conllu_close(r);
    fprintf(stderr, "train_ner: case counts from %zu more words of %s\n", words, path);
}

/* The perceptron: current weights, running sums for averaging, and the time
 * each weight last changed (lazy averaging). */
typedef struct model {
    uint32_t bits;
    float *w;
    double *sum;
    uint32_t *stamp;
    size_t size;
    uint32_t t;
} model;

static void upd(model *m, size_t j, float d) {
    m->sum[j] += (double)(m->t - m->stamp[j]) * m->w[j];
    m->stamp[j] = m->t;
    m->w[j] += d;
}

static int label_type(int l) { return (l + 1) / 2; }
static int label_inside(int l) { return l > 0 && l % 2 == 0; }
static int allowed(int prev, int cur) {
    return !label_inside(cur) || (prev > 0 && label_type(prev) == label_type(cur));
}

/* Offsets of the transition weights after the feature rows. */
#define START_OFF(m) ((size_t)L << (m)->bits)
#define TRANS_OFF(m) (START_OFF(m) + L)

/* Lexical features of the word itself (see ner_rows): dropped at random in
 * training so the model also learns to tag words it has never seen from
 * their shape and context. */

static int lexical(int k) {
    return (k >= 1 && k <= 2) || (k >= 4 && k <= 8) || k == 17 || k == 18;
}

static void viterbi(const model *m, const sentence *s, const uint8_t *drop, uint8_t *out,
                    double *score, uint8_t *back) {
    const float *start = m->w + START_OFF(m), *trans = m->w + TRANS_OFF(m);
    for (size_t i = 0; i < s->n; i++) {
        double e[L] = {0};
        const uint32_t *rows = s->rows + i * NER_FEATS;
        for (int k = 0; k < NER_FEATS; k++) {
            if ((drop[i] && lexical(k)) || (g_ablate >> k & 1) || row_count[rows[k]] < min_count) continue;
            const float *r = m->w + (size_t)rows[k] * L;
            for (int l = 0; l < L; l++) e[l] += r[l];
        }
        for (int l = 0; l < L; l++) {
            double best = -1e300;
            int arg = 0;
            if (i == 0) best = label_inside(l) ? -1e300 : start[l];
            else
                for (int p = 0; p < L; p++) {
                    if (!allowed(p, l)) continue;
                    double v = score[(i - 1) * L + p] + trans[p * L + l];
                    if (v > best) { best = v; arg = p; }
                }
            score[i * L + l] = best + e[l];
            back[i * L + l] = (uint8_t)arg;
        }
    }
    int l = 0;
    for (int k = 1; k < L; k++)
        if (score[(s->n - 1) * L + k] > score[(s->n - 1) * L + l]) l = k;
    for (size_t i = s->n; i-- > 0;) {
        out[i] = (uint8_t)l;
        l = back[i * L + l];
    }
}

static uint64_t rng_next(uint64_t *x) {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* Prints PERSON+ORGANIZATION+PLACE F1 for each genre of a GUM file. */
static void per_genre(const ner *m, const char *path) {
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    if (!r) die(err.message);
    char names[32][32];
    ner_counts gc[32];
    int n_genres = 0, g = -1;
    conllu_sentence s;
    int got;
    while ((got = conllu_next(r, &s, &err)) != 0) {
        if (got < 0) continue;
        char genre[32];
        if (gum_doc_genre(&s, genre, sizeof genre)) {
            for (g = 0; g < n_genres && strcmp(names[g], genre); g++) {}
            if (g == n_genres && n_genres < 32) {
                snprintf(names[n_genres], sizeof names[0], "%s", genre);
                memset(&gc[n_genres], 0, sizeof gc[0]);
                n_genres++;
            }
            if (g >= 32) g = -1;
        }
        if (g < 0) continue;
        const char **forms = malloc(s.n_words * sizeof *forms), **upos = malloc(s.n_words * sizeof *upos);
        uint8_t *b = malloc(4 * s.n_words + 4);
        if (!forms || !upos || !b) die("out of memory");
        for (size_t i = 0; i < s.n_words; i++) {
            forms[i] = s.words[i].form;
            upos[i] = s.words[i].upos;
        }
        size_t n = s.n_words;
        if (gum_names(&s, b, b + n) < 0) die("out of memory");
        arena a;
        arena_init(&a);
        if (pos_tagger && tagger_tag(pos_tagger, n, forms, upos, NULL, NULL, NULL, &a)) die("out of memory");
        ner_tag(m, n, forms, pos_tagger ? upos : NULL, b + 2 * n, b + 3 * n);
        arena_free(&a);
        ner_counts_add(&gc[g], n, b, b + n, b + 2 * n, b + 3 * n);
        free(forms);
        free(upos);
        free(b);
    }
    conllu_close(r);
    printf("  by genre (PER+ORG+PLACE F1, gold names):");
    for (int k = 0; k < n_genres; k++) {
        size_t gold = gc[k].tp[1] + gc[k].fn[1] + gc[k].tp[2] + gc[k].fn[2] + gc[k].tp[3] + gc[k].fn[3];
        printf("%s %s %.2f (%zu)", k % 5 ? "," : "\n   ", names[k], ner_counts_f1(&gc[k], NER_MAIN_TYPES), gold);
    }
    printf("\n");
}

/* Feature rows of every training word.  With docs (one memory per
 * document), the document features see the memory of the sentence's
 * document, except in a doc_drop share of the sentences, which see none
 * (as in the tagger's first pass). */
static size_t compute_rows(corpus *c, int use_upos, const ner_case_table fold_ct[2],
                           const ner_lexicon *lex, uint32_t bits, const ner_doc *docs,
                           double doc_drop, uint64_t *rng) {
    size_t maxn = 0;
    for (size_t k = 0; k < c->n; k++) {
        sentence *s = &c->s[k];
        ner_word *w = malloc(s->n * sizeof *w);
        if (!s->rows) s->rows = malloc(s->n * NER_FEATS * sizeof *s->rows);
        if (!w || !s->rows) die("out of memory");
        const ner_doc *d = docs && (rng_next(rng) % 1000) >= (uint64_t)(doc_drop * 1000) ? &docs[s->doc] : NULL;
        ner_words(s->n, s->forms, use_upos ? s->upos : NULL, &fold_ct[s->fold], lex, d, w);
        for (size_t i = 0; i < s->n; i++) ner_rows(w, s->n, i, bits, s->rows + i * NER_FEATS);
        free(w);
        if (s->n > maxn) maxn = s->n;
    }
    memset(row_count, 0, (size_t)1 << bits);
    for (size_t k = 0; k < c->n; k++)
        for (size_t j = 0; j < c->s[k].n * NER_FEATS; j++)
            if (row_count[c->s[k].rows[j]] < 255) row_count[c->s[k].rows[j]]++;
    return maxn;
}

/* Scratch for training and decoding sentences of up to maxn words. */
typedef struct scratch {
    size_t *order;
    double *score;
    uint8_t *back, *pred, *drop;
} scratch;

static void scratch_init(scratch *x, size_t n_sent, size_t maxn) {
    x->order = malloc(n_sent * sizeof *x->order);
    x->score = malloc(maxn * L * sizeof *x->score);
    x->back = malloc(maxn * L);
    x->pred = malloc(maxn);
    x->drop = calloc(maxn, 1);
    if (!x->order || !x->score || !x->back || !x->pred || !x->drop) die("out of memory");
}

static void scratch_free(scratch *x) {
    free(x->order);
    free(x->score);
    free(x->back);
    free(x->pred);
    free(x->drop);
}

/* Trains `bags` perceptrons from zero on the sentences of fold `fold` (-1:
 * all), each on its own shuffles, and sets ens to the mean of their
 * averaged weights (the tagger's scores are linear in the weights, so this
 * is the ensemble's mean score at the cost of one model). */
static void train_bags(const corpus *c, model *m, int fold, int epochs, int bags, double dropout,
                       uint64_t *rng, scratch *x, double *ens) {
    size_t n = 0;
    for (size_t k = 0; k < c->n; k++)
        if (fold < 0 || c->s[k].fold == fold) x->order[n++] = k;
    memset(ens, 0, m->size * sizeof *ens);
    for (int bag = 0; bag < bags; bag++) {
        memset(m->w, 0, m->size * sizeof *m->w);
        memset(m->sum, 0, m->size * sizeof *m->sum);
        memset(m->stamp, 0, m->size * sizeof *m->stamp);
        m->t = 1;
        for (int ep = 0; ep < epochs; ep++) {
            for (size_t k = n; k > 1; k--) { /* Fisher-Yates */
                size_t j = (size_t)(rng_next(rng) % k);
                size_t t = x->order[k - 1];
                x->order[k - 1] = x->order[j];
                x->order[j] = t;
            }
            size_t wrong = 0;
            for (size_t k = 0; k < n; k++, m->t++) {
                const sentence *s = &c->s[x->order[k]];
                uint8_t *drop = x->drop, *pred = x->pred;
                for (size_t i = 0; i < s->n; i++) drop[i] = (rng_next(rng) % 1000) < (uint64_t)(dropout * 1000);
                viterbi(m, s, drop, pred, x->score, x->back);
                int differs = 0;
                for (size_t i = 0; i < s->n; i++) differs |= pred[i] != s->gold[i];
                if (!differs) continue;
                for (size_t i = 0; i < s->n; i++) {
                    int g = s->gold[i], p = pred[i];
                    int gp = i ? s->gold[i - 1] : -1, pp = i ? pred[i - 1] : -1;
                    if (g != p) {
                        wrong++;
                        const uint32_t *rows = s->rows + i * NER_FEATS;
                        for (int f = 0; f < NER_FEATS; f++) {
                            if ((drop[i] && lexical(f)) || (g_ablate >> f & 1) || row_count[rows[f]] < min_count)
                                continue;
                            upd(m, (size_t)rows[f] * L + (size_t)g, 1.0f);
                            upd(m, (size_t)rows[f] * L + (size_t)p, -1.0f);
                        }
                    }
                    if (g != p || gp != pp) {
                        if (i == 0) {
                            upd(m, START_OFF(m) + (size_t)g, 1.0f);
                            upd(m, START_OFF(m) + (size_t)p, -1.0f);
                        } else {
                            upd(m, TRANS_OFF(m) + (size_t)(gp * L + g), 1.0f);
                            upd(m, TRANS_OFF(m) + (size_t)(pp * L + p), -1.0f);
                        }
                    }
                }
            }
            fprintf(stderr, "train_ner: epoch %d: %zu words mislabelled\n", ep + 1, wrong);
        }
        for (size_t j = 0; j < m->size; j++) {
            m->sum[j] += (double)(m->t - m->stamp[j]) * m->w[j];
            ens[j] += m->sum[j] / m->t / bags;
        }
    }
}

/* Records in docs[] what the weights ens (trained without fold `fold`'s
 * documents) tag in the sentences of fold `fold`: the first pass over
 * documents the model has not seen, as in the tagger. */
static void first_pass(const corpus *c, model *m, int fold, const double *ens, scratch *x,
                       ner_doc *docs) {
    for (size_t j = 0; j < m->size; j++) m->w[j] = (float)ens[j];
    uint8_t *type = malloc(4096);
    if (!type) die("out of memory");
    for (size_t k = 0; k < c->n; k++) {
        const sentence *s = &c->s[k];
        if (s->fold != fold || s->n > 4096) continue;
        memset(x->drop, 0, s->n);
        viterbi(m, s, x->drop, x->pred, x->score, x->back);
        for (size_t i = 0; i < s->n; i++) type[i] = (uint8_t)label_type(x->pred[i]);
        if (ner_doc_add(&docs[s->doc], s->n, s->forms, type)) die("out of memory");
    }
    free(type);
}

int main(int argc, char **argv) {
    const char *gum = NULL, *ewt = NULL, *out = NULL, *genres = DEFAULT_GENRES;
    int epochs = 12, use_upos = 0, case_from_train = 0;
    uint32_t bits = 18, cbits = 16;
    uint64_t seed = 12345;
    double dropout = 0.2;
    int bags = 8, doc_passes = 1;
    double doc_drop = 0.3;
    const char *gazetteer = NULL, *dict_dir = NULL, *given = NULL, *wordnet = NULL;
    uint32_t lex_bits = 20;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--upos")) { use_upos = 1; continue; }
        if (!strcmp(a, "--case-from-train")) { case_from_train = 1; continue; }
        if (!strcmp(a, "--no-other")) { no_other = 1; continue; }
        if (!strcmp(a, "--no-doc")) { doc_passes = 0; continue; }
        if (!v) die("usage: train_ner --gum DIR [--ewt FILE] --out FILE [--genres LIST|all] [--epochs N] [--bits B] [--case-bits C] [--seed S] [--upos]");
        if (!strcmp(a, "--gum")) gum = v;
        else if (!strcmp(a, "--tagger")) {
            dyad_error terr;
            if (tagger_load(v, &pos_tagger, &terr)) die(terr.message);
            use_upos = 1;
        }
        else if (!strcmp(a, "--ewt")) ewt = v;
        else if (!strcmp(a, "--out")) out = v;
        else if (!strcmp(a, "--gazetteer")) gazetteer = v;
        else if (!strcmp(a, "--dict")) dict_dir = v;
        else if (!strcmp(a, "--given-names")) given = v;
        else if (!strcmp(a, "--wordnet")) wordnet = v;
        else if (!strcmp(a, "--lex-bits")) lex_bits = (uint32_t)atoi(v);
        else if (!strcmp(a, "--genres")) genres = v;
        else if (!strcmp(a, "--epochs")) epochs = atoi(v);
        else if (!strcmp(a, "--bits")) bits = (uint32_t)atoi(v);
        else if (!strcmp(a, "--case-bits")) cbits = (uint32_t)atoi(v);
        else if (!strcmp(a, "--dropout")) dropout = atof(v);
        else if (!strcmp(a, "--bags")) bags = atoi(v);
        else if (!strcmp(a, "--doc-drop")) doc_drop = atof(v);
        else if (!strcmp(a, "--twice")) twice = v;
        else if (!strcmp(a, "--min-count")) min_count = atoi(v);
        else if (!strcmp(a, "--ablate")) { for (const char *q = v; *q;) { g_ablate |= 1ULL << strtol(q, (char **)&q, 10); if (*q == ',') q++; } }
        else if (!strcmp(a, "--seed")) seed = strtoull(v, NULL, 10);
        else die("unknown option");
        i++;
    }
    if (!gum || !out) die("--gum and --out are required");
    if (bits < 8 || bits > 26 || cbits < 8 || cbits > 26) die("--bits/--case-bits out of range");
    clock_t t0 = clock();
    char path[4096];
    corpus c = {0};
    arena_init(&c.a);
    /* Word statistics: from EWT, and with --case-from-train from the
     * training documents too, jackknifed: a training sentence's features
     * see the statistics of EWT and of the other half of the documents
     * only, so its own names are as often unseen as new text's will be;
     * the shipped table sums everything. */
    counts ewt_counts, folds[2];
    counts_init(&ewt_counts, cbits);
    counts_init(&folds[0], cbits);
    counts_init(&folds[1], cbits);
    snprintf(path, sizeof path, "%s/gum-train.conllu", gum);
    read_train(path, genres, &c, case_from_train ? folds : NULL, cbits);
    if (ewt) read_case_only(ewt, &ewt_counts, cbits);
    uint8_t *cls = case_table(cbits, &ewt_counts, &folds[0], &folds[1]);
    uint8_t *fold_cls[2] = {case_table(cbits, &ewt_counts, &folds[1], NULL),
                            case_table(cbits, &ewt_counts, &folds[0], NULL)};
    ner_case_table fold_ct[2] = {{fold_cls[0], cbits}, {fold_cls[1], cbits}};

    /* Known names, from dyad's own gazetteer and dictionaries. */
    ner_lexicon_builder lb = {0};
    ner_lexicon lex = {0};
    if (gazetteer || dict_dir) {
        if (lex_bits < 8 || lex_bits > 26) die("--lex-bits out of range");
        if (ner_lex_builder_init(&lb, lex_bits)) die("out of memory");
        size_t from_gaz = gazetteer ? lex_read_gazetteer(&lb, gazetteer) : 0, from_dict = 0;
        if (dict_dir) {
            static const char *const files[] = {"countries.txt", "people.txt", "igos.txt", "groups.txt"};
            for (int k = 0; k < 4; k++) {
                snprintf(path, sizeof path, "%s/%s", dict_dir, files[k]);
                from_dict += lex_read_dict(&lb, path, k == 0 ? countries_kind : k == 1 ? people_kind : org_kind);
            }
        }
        if (given) from_dict += lex_read_lines(&lb, given, NER_LEX_GIVEN);
        if (wordnet) from_dict += lex_read_wordnet(&lb, wordnet);
        from_dict += lex_add_list(&lb, TITLE_WORDS, sizeof TITLE_WORDS / sizeof *TITLE_WORDS, NER_LEX_TITLE);
        from_dict += lex_add_list(&lb, ORG_WORDS, sizeof ORG_WORDS / sizeof *ORG_WORDS, NER_LEX_ORG_WORD);
        from_dict += lex_add_list(&lb, PLACE_PREPS, sizeof PLACE_PREPS / sizeof *PLACE_PREPS, NER_LEX_PLACE_PREP);
        from_dict += lex_add_list(&lb, PLACE_WORDS, sizeof PLACE_WORDS / sizeof *PLACE_WORDS, NER_LEX_PLACE_WORD);
        lex.slots = lb.slots;
        lex.bits = lb.bits;
        fprintf(stderr, "train_ner: known names: %zu entries from the gazetteer, %zu from dictionaries, %zu keys in 2^%u slots\n",
                from_gaz, from_dict, lb.used, lex_bits);
    }

    row_count = calloc((size_t)1 << bits, 1);
    if (!row_count) die("out of memory");
    uint64_t rng = seed ? seed : 1;
    size_t maxn = compute_rows(&c, use_upos, fold_ct, &lex, bits, NULL, 0, &rng);
    model m = {bits, NULL, NULL, NULL, ((size_t)L << bits) + L + L * L, 1};
    m.w = calloc(m.size, sizeof *m.w);
    m.sum = calloc(m.size, sizeof *m.sum);
    m.stamp = calloc(m.size, sizeof *m.stamp);
    double *ens = calloc(m.size, sizeof *ens);
    scratch x;
    scratch_init(&x, c.n, maxn);
    if (!m.w || !m.sum || !m.stamp || !ens) die("out of memory");
    if (doc_passes) {
        /* The second pass's document features are learnt from first-pass
         * tags that are as wrong as they will be on new text: each half
         * of the documents is tagged by a model trained on the other. */
        size_t n_docs = c.n ? c.s[c.n - 1].doc + 1 : 0;
        ner_doc *docs = calloc(n_docs, sizeof *docs);
        if (!docs) die("out of memory");
        for (int f = 0; f < 2; f++) {
            train_bags(&c, &m, 1 - f, epochs, bags, dropout, &rng, &x, ens);
            first_pass(&c, &m, f, ens, &x, docs);
        }
        compute_rows(&c, use_upos, fold_ct, &lex, bits, docs, doc_drop, &rng);
        for (size_t k = 0; k < n_docs; k++) ner_doc_free(&docs[k]);
        free(docs);
    }
    train_bags(&c, &m, -1, epochs, bags, dropout, &rng, &x, ens);
    scratch_free(&x);
    /* Round to 16 bits with one scale for all weights. */
    double maxabs = 1e-9;
    for (size_t j = 0; j < m.size; j++) {
        m.sum[j] = ens[j];
        if (j < START_OFF(&m) && fabs(m.sum[j]) > maxabs) maxabs = fabs(m.sum[j]);
    }
    double scale = 32000.0 / maxabs;
    fprintf(stderr, "train_ner: largest weight %.3f, scale %.1f\n", maxabs, scale);
    model_writer wr;
    dyad_error err;
    if (model_writer_open(&wr, out, NER_MODEL_KIND, NER_MODEL_VERSION, bits, &err)) die(err.message);
    model_write_u32(&wr, L);
    model_write_u32(&wr, NER_FEATS);
    model_write_u32(&wr, use_upos ? 1 : 0);
    model_write_u32(&wr, cbits);
    model_write_f32(&wr, (float)scale);
    for (size_t j = START_OFF(&m); j < m.size; j++)
        model_write_u32(&wr, (uint32_t)(int32_t)lround(m.sum[j] * scale));
    model_writer_align(&wr, 8);
    model_write(&wr, cls, (size_t)1 << cbits);
    model_writer_align(&wr, 8);
    size_t nonzero = 0;
    for (size_t j = 0; j < START_OFF(&m); j++) {
        long v = lround(m.sum[j] * scale);
        int16_t q = (int16_t)(v > 32767 ? 32767 : v < -32767 ? -32767 : v);
        nonzero += q != 0;
        unsigned char b[2] = {(unsigned char)((uint16_t)q & 0xff), (unsigned char)((uint16_t)q >> 8)};
        model_write(&wr, b, 2);
    }
    model_write_u32(&wr, lex.slots ? lex.bits : 0);
    if (lex.slots) {
        model_writer_align(&wr, 8);
        model_write(&wr, lex.slots, ((size_t)1 << lex.bits) * sizeof(uint32_t));
    }
    if (model_writer_close(&wr, &err)) die(err.message);
    fprintf(stderr, "train_ner: wrote %s (%zu of %zu weights non-zero) in %.1f s CPU\n", out, nonzero,
            (size_t)START_OFF(&m), (double)(clock() - t0) / CLOCKS_PER_SEC);

    /* Score the written file on dev through the real tagger. */
    ner *trained;
    if (ner_load(out, &trained, &err)) die(err.message);
    snprintf(path, sizeof path, "%s/gum-dev.conllu", gum);
    ner_counts nc = {0};
    if (ner_eval_file(trained, use_upos ? pos_tagger : NULL, path, &nc, &err)) die(err.message);
    static const char *const names[] = {"", "PERSON", "ORGANIZATION", "PLACE", "OTHER"};
    for (int t = 1; t <= 4; t++) {
        size_t tp = nc.tp[t], fp = nc.fp[t], fn = nc.fn[t];
        printf("  %-12s P %.3f R %.3f F1 %.3f  (gold %zu, predicted %zu)\n", names[t],
               tp + fp ? (double)tp / (double)(tp + fp) : 0.0,
               tp + fn ? (double)tp / (double)(tp + fn) : 0.0, ner_counts_f1(&nc, 1u << (unsigned)t),
               tp + fn, tp + fp);
    }
    printf("ner: GUM dev F1 %.3f (PER %.3f ORG %.3f PLACE %.3f; OTHER %.3f)\n",
           ner_counts_f1(&nc, NER_MAIN_TYPES), ner_counts_f1(&nc, 1u << DYAD_ENTITY_PERSON),
           ner_counts_f1(&nc, 1u << DYAD_ENTITY_ORGANIZATION), ner_counts_f1(&nc, 1u << DYAD_ENTITY_PLACE),
           ner_counts_f1(&nc, 1u << DYAD_ENTITY_OTHER));
    per_genre(trained, path);
    printf("  spans whatever their type: F1 %.3f\n",
           nc.span_tp ? 2.0 * (double)nc.span_tp / (double)(nc.span_gold + nc.span_pred) : 0.0);
    ner_free(trained);
    tagger_free(pos_tagger);
    return 0;
}
