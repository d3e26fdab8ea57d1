/* tree_repair.c — rule repairs of parses the parser gets wrong often and
 * the coder cannot live with (tree_repair.h).
 *
 * Tried as repairs and left out (measured on EWT/GUM dev with predicted
 * tags, checked on the train trees): the final . ! ? always on the root
 * (as many right as wrong: the parser hangs it on a final parataxis or
 * conjunct where UD does too); a comma between two commas' one phrase on
 * that phrase's head, and a comma after a fronted clause on that clause
 * (the parser is already right far more often); two objects of one verb
 * read as indirect + direct object in general (GUM -0.01 LAS; only the
 * narrow case of tree_repair_two_objects is kept: a noun compound right
 * before the object's number); "it" before a
 * copular adjective with a to/that clause as expletive (EWT train -0.02
 * LAS: "it is easy to use" is no extraposition); a participle (VBN) acl
 * of a root noun as the main verb (captions: "Photo taken by ..."); a
 * finite relative clause without pronoun or subject as the main verb
 * (too rare); square brackets and single curly quotes in
 * tree_repair_paired_marks (no dev change, GUM train -0.01). */
#include "nlp/tree_repair.h"

#include <string.h>
#include <strings.h>

#include "base/ascii.h"

static int is(const char *s, const char *t) { return s && str_eq(s, t); }

static int finite(const char *xpos) { return is(xpos, "VBD") || is(xpos, "VBZ") || is(xpos, "VBP") || is(xpos, "MD"); }

static int reporting(const char *lemma) {
    static const char *const verbs[] = {"say", "tell", "add", "report", "confirm", "announce", "state", "write",
                                        "claim", "allege", NULL};
    return lemma && ascii_ieq_any(lemma, verbs);
}

/* A word of the attribution's noun phrase ("Defence Minister Christine
 * Lambrecht", "the U.N. refugee agency", "Ukraine 's army"). */
static int np_word(const char *upos) {
    return is(upos, "DET") || is(upos, "ADJ") || is(upos, "NOUN") || is(upos, "PROPN") || is(upos, "NUM") ||
           is(upos, "PART") || is(upos, "CCONJ") || is(upos, "PUNCT") || is(upos, "ADP");
}

/* 1 when a is b or one of b's ancestors. */
static int dominates(const int32_t *heads, size_t n, int32_t a, int32_t b) {
    for (size_t k = 0; b >= 0 && k <= n; k++, b = heads[b])
        if (b == a) return 1;
    return 0;
}

/* 1 when token v has a dependent with relation rel. */
static int has_child(size_t n, const int32_t *heads, const char **deprels, int32_t v, const char *rel) {
    for (size_t k = 0; k < n; k++)
        if (heads[k] == v && is(deprels[k], rel)) return 1;
    return 0;
}

static int is_subject(const char *rel) {
    return is(rel, "nsubj") || is(rel, "nsubj:pass") || is(rel, "csubj") || is(rel, "csubj:pass");
}

/* 1 when token v has a subject of any kind. */
static int has_subject(size_t n, const int32_t *heads, const char **deprels, int32_t v) {
    for (size_t k = 0; k < n; k++)
        if (heads[k] == v && is_subject(deprels[k])) return 1;
    return 0;
}

/* The first token with no head (the root), or -1. */
static int32_t first_root(size_t n, const int32_t *heads) {
    for (size_t i = 0; i < n; i++)
        if (heads[i] < 0) return (int32_t)i;
    return -1;
}

/* Words that open a relative clause. */
static const char *const RELATIVE_WORDS[] = {"who", "whom", "whose", "which", "that", "where", "when", NULL};

void tree_repair_attribution(size_t n, const char *const *forms, const char *const *upos,
                             const char *const *xpos, const char *const *lemmas, int32_t *heads,
                             const char **deprels) {
    if (n < 8) return;
    /* the last finite reporting verb with a comma and only its noun phrase
     * before it, and nothing finite after it up to the next comma or the
     * end ("..., a diplomatic source said, although no date has been set") */
    int32_t r = -1, comma = -1;
    for (int32_t i = (int32_t)n - 1; i >= 0 && r < 0; i--) {
        if (!finite(xpos[i]) || !reporting(lemmas[i])) continue;
        int clean = 1;
        for (size_t k = (size_t)i + 1; k < n && clean && !is(forms[k], ","); k++) clean = !finite(xpos[k]);
        if (!clean) continue;
        int32_t c = i - 1;
        while (c >= 0 && !is(forms[c], ",") && np_word(upos[c]) && i - c < 10) c--;
        if (c < 5 || !is(forms[c], ",") || i - c < 2) continue;
        r = i;
        comma = c;
    }
    if (r < 0) return;
    if (is(deprels[r], "parataxis") || heads[r] < 0) return; /* parsed right (or the root) */
    /* the main clause's predicate: the sentence root when it is before the
     * comma, else the head of the clause that holds the reporting verb */
    int32_t root = -1;
    for (size_t i = 0; i < n; i++)
        if (heads[i] < 0) root = (int32_t)i;
    if (root < 0 || root >= comma || dominates(heads, n, r, root)) return;
    /* the phrase's head: the noun the parser made the reporting verb's
     * dependent, else its last noun */
    int32_t h = -1, last_noun = -1;
    for (int32_t k = comma + 1; k < r; k++) {
        int noun = is(upos[k], "NOUN") || is(upos[k], "PROPN");
        if (noun) last_noun = k;
        if (noun && heads[k] == r) h = k;
    }
    if (h < 0) h = last_noun;
    if (h < 0) return;
    /* the main clause's words the parser hung on the reporting verb go back
     * to the predicate: a subject after it is its object */
    int has_obj = 0;
    for (size_t i = 0; i < n; i++) has_obj |= heads[i] == root && is(deprels[i], "obj");
    for (int32_t k = 0; k < comma; k++)
        if (heads[k] == r) {
            heads[k] = root;
            if (is(deprels[k], "nsubj") && k > root && !has_obj) deprels[k] = "obj", has_obj = 1;
        }
    /* the phrase's other loose words hang on its head */
    for (int32_t k = comma + 1; k < r; k++)
        if (k != h && (heads[k] <= comma || heads[k] >= r)) heads[k] = h;
    /* main-clause words the phrase had claimed go back too */
    for (int32_t k = 0; k < comma; k++)
        if (heads[k] > comma && heads[k] < r) heads[k] = root;
    heads[h] = r;
    deprels[h] = "nsubj";
    heads[comma] = r;
    deprels[comma] = "punct";
    heads[r] = root;
    deprels[r] = "parataxis";
}

/* "Colombia's government and the ELN rebels agreed on Tuesday to restart
 * talks": the parser reads the subject as the sentence's root noun and the
 * past-tense verb as a participle modifying it (acl).  A finite verb in an
 * acl without a subject or relative word of its own, hanging on a root
 * noun before it or a noun of that noun's phrase, is the predicate: it
 * becomes the root, the root noun its subject, and the root's dependents
 * after the verb move to the verb. */
void tree_repair_reduced_relative(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *xpos, int32_t *heads, const char **deprels) {
    static const char *const relative[] = {"who", "which", "that", "whom", "whose", NULL};
    int32_t root = -1;
    for (size_t i = 0; i < n; i++)
        if (heads[i] < 0) root = root < 0 ? (int32_t)i : -2;
    if (root < 0 || !(is(upos[root], "NOUN") || is(upos[root], "PROPN"))) return;
    for (int32_t v = root + 1; v < (int32_t)n; v++) {
        if (heads[v] != root || !is(deprels[v], "acl:relcl") || !(is(xpos[v], "VBD") || is(xpos[v], "VBZ")))
            continue;
        /* the participle right after the noun, and the clause's subject
         * inside its phrase */
        int32_t part = -1, subj = -1, rel = 0;
        for (int32_t k = root + 1; k < v; k++) {
            if (heads[k] == root && is(deprels[k], "acl") && (is(xpos[k], "VBN") || is(xpos[k], "VBG")) && part < 0)
                part = k;
            if (heads[k] == v && (is(deprels[k], "nsubj") || is(deprels[k], "nsubj:pass"))) subj = k;
            if (heads[k] == v && forms[k] && ascii_ieq_any(forms[k], relative)) rel = 1;
        }
        if (part < 0 || subj < part || rel) continue;
        /* (the subject right after the participle's phrase: every word
         * between them belongs to that phrase or to the subject's own) */
        int inside = 1;
        for (int32_t k = part + 1; k < subj && inside; k++)
            inside = dominates(heads, n, part, k) || dominates(heads, n, subj, k);
        if (!inside) continue;
        heads[subj] = part;
        deprels[subj] = "obl";
        deprels[v] = "acl";
        return;
    }
}

void tree_repair_finite_acl(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                            int32_t *heads, const char **deprels) {

    int32_t root = -1;
    for (size_t i = 0; i < n; i++)
        if (heads[i] < 0) root = root < 0 ? (int32_t)i : -2;
    if (root < 0 || !(is(upos[root], "NOUN") || is(upos[root], "PROPN"))) return;
    /* the verb may hang on a later noun of the root's phrase ("the ELN
     * rebels" read as an nmod of "government") */
    int32_t v = -1;
    /* (or a relative clause whose subject is the adjective of the root's
     * phrase: "Forces loyal to Muammar Gaddafi shelled the town" with
     * "loyal" read as the subject of "shelled") */
    int32_t adjective = -1;
    /* (a participle too, in a sentence with no finite verb at all:
     * "Hundreds of thousands of Lebanese rallied in Beirut" with
     * "rallied" read as a participle on the quantity) */
    /* (of a quantity of people: not a caption, "The talks held in
     * Geneva") */
    static const char *const quantities[] = {"hundreds", "thousands", "tens", "dozens", "millions", "scores", NULL};
    int quantity = forms && forms[root] && ascii_ieq_any(forms[root], quantities);
    int any_finite = 0;
    for (size_t i = 0; quantity && i < n && !any_finite; i++) any_finite = finite(xpos[i]);
    for (int32_t i = root + 1; i < (int32_t)n && v < 0; i++) {
        adjective = -1;
        if (is(deprels[i], "acl:relcl"))
            for (int32_t k = root + 1; k < i && adjective < 0; k++)
                if (heads[k] == i && is(deprels[k], "nsubj") && is(upos[k], "ADJ")) adjective = k;
        int participle = !any_finite && quantity && is(xpos[i], "VBN") && is(deprels[i], "acl") && heads[i] == root;
        for (size_t k = (size_t)i + 1; participle && k < n; k++)
            if (heads[k] == i && (is(deprels[k], "obl:agent") || is(deprels[k], "aux") || is(deprels[k], "aux:pass")))
                participle = 0;
        if (!(is(deprels[i], "acl") || adjective >= 0) ||
            !(is(xpos[i], "VBD") || is(xpos[i], "VBZ") || is(xpos[i], "VBP") || participle))
            continue;
        int32_t h = heads[i];
        for (size_t k = 0; h >= 0 && h != root && k < n; k++) {
            /* (or inside a participle's phrase: "Protesters opposed to tax
             * increases stormed ..." with "stormed" under "increases") */
            if (!(is(deprels[h], "nmod") || is(deprels[h], "conj") || is(deprels[h], "appos") ||
                  is(deprels[h], "compound") || is(deprels[h], "flat") || is(deprels[h], "obl") ||
                  (is(deprels[h], "acl") && (is(xpos[h], "VBN") || is(xpos[h], "VBG")))) || h > i)
                h = -1;
            else h = heads[h];
        }
        if (h == root) v = i;
    }
    if (v < 0) return;
    for (size_t i = 0; i < n; i++)
        if (heads[i] == v && (int32_t)i != adjective &&
            (is(deprels[i], "nsubj") || is(deprels[i], "nsubj:pass") || is(upos[i], "PRON")))
            return;
    if (adjective >= 0) {
        heads[adjective] = root;
        deprels[adjective] = "amod";
    }
    for (int32_t i = v + 1; i < (int32_t)n; i++)
        if (heads[i] == root) heads[i] = v;
    heads[v] = -1;
    deprels[v] = "root";
    heads[root] = v;
    deprels[root] = "nsubj";
}

/* The head of the noun phrase that starts at tok (its words before the
 * head all hang on it), or -1. */
static int32_t phrase_head(size_t n, const char *const *upos, const int32_t *heads, size_t tok) {
    for (size_t h = tok; h < n && h < tok + 8; h++) {
        if (is(upos[h], "NOUN") || is(upos[h], "PROPN") || is(upos[h], "PRON")) {
            if (heads[h] > (int32_t)h && h + 1 < n && (is(upos[h + 1], "NOUN") || is(upos[h + 1], "PROPN")))
                continue; /* (a compound's first word: "factory manager") */
            for (size_t k = tok; k < h; k++)
                if (!dominates(heads, n, (int32_t)h, (int32_t)k)) return -1;
            return (int32_t)h;
        }
        if (!(is(upos[h], "DET") || is(upos[h], "ADJ") || is(upos[h], "NUM") || is(upos[h], "ADV") ||
              is(upos[h], "VERB")))
            return -1;
    }
    return -1;
}

/* "Israeli soldiers shot dead a Palestinian protester": the parser makes
 * "dead" an adjective of the object after it; right after the verb it is
 * the verb's result (xcomp), as in "shot the protester dead".  When the
 * object after it was given to another clause ("Gunmen shot dead an
 * Ecuadorian prosecutor who ..., officials said" with "prosecutor" under
 * "said"; "a mob beat to death a factory manager") it comes back to the
 * verb. */
void tree_repair_shot_dead(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                           const char **deprels) {
    for (size_t i = 0; i + 2 < n; i++) {
        if (!is(upos[i], "VERB")) continue;
        if (forms[i + 1] && ascii_ieq(forms[i + 1], "dead") && is(deprels[i + 1], "amod") &&
            heads[i + 1] > (int32_t)i + 1 && heads[heads[i + 1]] == (int32_t)i) {
            heads[i + 1] = (int32_t)i;
            deprels[i + 1] = "xcomp";
        }
        size_t np = 0;
        if (forms[i + 1] && ascii_ieq(forms[i + 1], "dead") && heads[i + 1] == (int32_t)i) np = i + 2;
        else if (i + 3 < n && forms[i + 1] && ascii_ieq(forms[i + 1], "to") && forms[i + 2] &&
                 ascii_ieq(forms[i + 2], "death") && heads[i + 2] == (int32_t)i)
            np = i + 3;
        if (!np || np >= n) continue;
        /* (not a passive, whose object is its subject: "A woman was
         * stoned to death Tuesday") */
        int has_obj = 0;
        for (size_t k = 0; k < n && !has_obj; k++)
            has_obj = heads[k] == (int32_t)i &&
                      (is(deprels[k], "obj") || is(deprels[k], "nsubj:pass") || is(deprels[k], "aux:pass"));
        int32_t h = has_obj ? -1 : phrase_head(n, upos, heads, np);
        static const char *const when[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday", "today", "yesterday", "night", "morning", "evening",
                                           "week", "weekend", "month", "year", "day", NULL};
        if (h < 0 || heads[h] == (int32_t)i || dominates(heads, n, h, (int32_t)i) ||
            (forms[h] && ascii_ieq_any(forms[h], when)))
            continue;
        heads[h] = (int32_t)i;
        deprels[h] = "obj";
    }
}

/* Places a crowd gathers outside: "rallied outside parliament". */
static int building(const char *form) {
    static const char *const words[] = {"parliament", "embassy", "consulate", "ministry", "court", "courthouse",
                                        "palace", "office", "offices", "headquarters", "building", "residence",
                                        "house", "gates", "prison", "jail", "parliaments", "embassies", NULL};
    for (size_t i = 0; words[i]; i++)
        if (ascii_ieq(form, words[i])) return 1;
    return 0;
}

void tree_repair_outside(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                         const char **deprels) {
    for (size_t i = 1; i + 1 < n; i++) {
        if (!forms[i] || !(ascii_ieq(forms[i], "outside") || ascii_ieq(forms[i], "inside")) ||
            !is(upos[i], "ADJ") || !is(upos[i - 1], "VERB"))
            continue;
        int32_t noun = heads[i];
        if (noun <= (int32_t)i || heads[noun] != (int32_t)i - 1 || !is(deprels[noun], "obj")) continue;
        if (!is(upos[noun], "PROPN") && !(forms[noun] && building(forms[noun]))) continue;
        deprels[i] = "case";
        deprels[noun] = "obl";
    }
}

/* The proper-noun subject of v, among tokens [2, end), when it has a
 * conjunct there: the list's rest ("..., Burkina Faso and Niger"); -1 if
 * the first such subject has none. */
static int32_t listed_subject(size_t end, const char *const *upos, const int32_t *heads, const char **deprels,
                              int32_t v) {
    for (size_t s = 2; s < end; s++) {
        if (heads[s] != v || !is(deprels[s], "nsubj") || !is(upos[s], "PROPN")) continue;
        for (size_t k = s + 1; k < end; k++)
            if (heads[k] == (int32_t)s && is(deprels[k], "conj")) return (int32_t)s;
        return -1;
    }
    return -1;
}

void tree_repair_list_subject(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                              const char **deprels) {
    if (n < 6 || !is(upos[0], "PROPN") || !forms[1] || !str_eq(forms[1], ",")) return;
    int32_t v = heads[0], s;
    if (is(deprels[0], "root")) {
        /* (or the first name made the root, the verb its parataxis: "Mali,
         * Burkina Faso and Niger announced ...") */
        v = -1;
        for (size_t k = 2; k < n && v < 0; k++)
            if (heads[k] == 0 && is(deprels[k], "parataxis") && is(upos[k], "VERB")) v = (int32_t)k;
        if (v < 0 || (s = listed_subject((size_t)v, upos, heads, deprels, v)) < 0) return;
        heads[v] = -1;
        deprels[v] = "root";
        for (size_t c = 1; c < n; c++)
            if (heads[c] == 0 && (int32_t)c != s) heads[c] = v;
    } else if (!is(deprels[0], "vocative") || v < 0 || (s = listed_subject(n, upos, heads, deprels, v)) < 0) {
        return;
    }
    heads[0] = s;
    deprels[0] = "conj";
}

/* 1 when token o has a case marker (a preposition) of its own. */
static int has_case(size_t n, const int32_t *heads, const char **deprels, size_t o) {
    for (size_t k = 0; k < n; k++)
        if (heads[k] == (int32_t)o && is(deprels[k], "case")) return 1;
    return 0;
}

void tree_repair_adjective_xcomp(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                 const char **deprels) {
    for (size_t i = 1; i + 1 < n; i++) {
        if (!is(upos[i], "ADJ") || !(is(deprels[i], "xcomp") || is(deprels[i], "obj")) || !forms[i] ||
            heads[i] != (int32_t)i - 1 || !is(upos[i - 1], "VERB"))
            continue;
        int capital = forms[i][0] >= 'A' && forms[i][0] <= 'Z';
        for (size_t o = i + 1; o < n; o++)
            if (heads[o] == (int32_t)i && is(upos[o], "PROPN") &&
                (is(deprels[o], "obj") || (is(deprels[o], "obl") && !capital && !has_case(n, heads, deprels, o))) &&
                (capital || is(deprels[o], "obl"))) {
                heads[o] = heads[i];
                deprels[o] = "obj";
                heads[i] = (int32_t)o;
                deprels[i] = "amod";
                break;
            }
    }
}

void tree_repair_hyphen_name(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                             const char **deprels) {
    for (size_t x = 0; x + 2 < n; x++) {
        size_t y = x + 2;
        if (!is(upos[x], "PROPN") || !is(upos[y], "PROPN") || !forms[x + 1] || !str_eq(forms[x + 1], "-") ||
            heads[x] >= 0 || !is(deprels[y], "nsubj"))
            continue;
        int32_t p = heads[y];
        if (p < 0 || heads[p] != (int32_t)x || !(is(deprels[p], "parataxis") || is(deprels[p], "conj")) ||
            !is(upos[p], "VERB"))
            continue;
        heads[p] = -1;
        deprels[p] = "root";
        heads[x] = (int32_t)y;
        deprels[x] = "compound";
        heads[x + 1] = (int32_t)y;
        deprels[x + 1] = "punct";
        /* (what hung on the old root after the name follows the new one:
         * the full stop, a further clause) */
        for (size_t k = y + 1; k < n; k++)
            if (heads[k] == (int32_t)x && k != (size_t)p) heads[k] = p;
        return;
    }
}

void tree_repair_adjective_root(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels) {
    if (n < 4 || heads[0] >= 0 || !is(upos[0], "ADJ") || !forms[0] || !(forms[0][0] >= 'A' && forms[0][0] <= 'Z') ||
        is(upos[1], "PUNCT"))
        return;
    int32_t v = -1, subj = -1;
    for (size_t k = 1; k < n && v < 0; k++)
        if (heads[k] == 0 && is(upos[k], "VERB") &&
            (is(deprels[k], "ccomp") || is(deprels[k], "parataxis") || is(deprels[k], "acl") ||
             is(deprels[k], "xcomp") || is(deprels[k], "advcl") || is(deprels[k], "conj")))
            v = (int32_t)k;
    if (v < 0) return;
    for (size_t k = 1; k < (size_t)v; k++)
        if (heads[k] == v && (is(deprels[k], "nsubj") || is(deprels[k], "nsubj:pass"))) subj = (int32_t)k;
    if (subj < 1) return;
    /* the words between the adjective and the verb all belong to the subject */
    for (size_t k = 1; k < (size_t)v; k++) {
        int32_t h = (int32_t)k;
        for (int up = 0; up < 8 && h >= 0 && h != subj; up++) h = heads[h];
        if (h != subj) return;
    }
    heads[v] = -1;
    deprels[v] = "root";
    int32_t target = heads[1] > 0 && heads[1] <= subj ? heads[1] : subj;
    if (is(upos[1], "NOUN") || is(upos[1], "PROPN")) target = 1; /* "Sri Lankan": the next word itself */
    for (size_t k = 1; k < n; k++)
        if (heads[k] == 0) heads[k] = v;
    heads[0] = target;
    deprels[0] = "amod";
}

void tree_repair_former_object(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                               const char **deprels) {
    for (size_t j = 1; j + 1 < n; j++) {
        int32_t v = (int32_t)j - 1;
        if (heads[j] != v || !is(deprels[j], "xcomp") || !forms[j] || !ascii_ieq(forms[j], "former") ||
            !is(upos[v], "VERB"))
            continue;
        int32_t h = phrase_head(n, upos, heads, j + 1);
        if (h < 0 || dominates(heads, n, h, v)) continue;
        if (has_child(n, heads, deprels, v, "obj")) continue;
        heads[h] = v;
        deprels[h] = "obj";
        heads[j] = h;
        deprels[j] = "amod";
    }
}

void tree_repair_ultimatum(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                           const char **deprels) {
    static const char *const gives[] = {"give", "gave", "gives", "given", "giving", NULL};
    static const char *const spans[] = {"day", "days", "week", "weeks", "hour", "hours", "month", "months",
                                        "year", "years", "minute", "minutes", NULL};
    for (size_t g = 0; g < n; g++) {
        if (!is(upos[g], "VERB") || !forms[g] || !ascii_ieq_any(forms[g], gives)) continue; /* (cheap test first) */
        for (size_t r = g + 1; r < n; r++) {
            /* a relative clause of the verb's object ... */
            if (!is(deprels[r], "acl:relcl") || heads[r] < 0 || heads[heads[r]] != (int32_t)g ||
                !is(deprels[heads[r]], "obj"))
                continue;
            /* ... holding the span and its to-clause */
            int32_t span = -1, clause = -1;
            for (size_t k = r + 1; k < n; k++) {
                if (heads[k] != (int32_t)r) continue;
                if (span < 0 && forms[k] && ascii_ieq_any(forms[k], spans) && is(upos[k], "NOUN")) span = (int32_t)k;
                else if (span >= 0 && clause < 0 && (is(deprels[k], "advcl") || is(deprels[k], "xcomp")))
                    for (size_t m = span + 1; m < k; m++)
                        if (heads[m] == (int32_t)k && forms[m] && ascii_ieq(forms[m], "to")) clause = (int32_t)k;
            }
            if (span < 0 || clause < 0) continue;
            heads[span] = (int32_t)g;
            deprels[span] = "obl:unmarked";
            heads[clause] = (int32_t)g;
            deprels[clause] = "advcl";
        }
        /* (the span and its to-clause hung on the object: "gave Iranian
         * diplomats 48 hours to leave", the span read as the diplomats'
         * obl and the clause as their acl: the diplomats are the one
         * given, the span what is given) */
        for (size_t o = g + 1; o < n; o++) {
            if (heads[o] != (int32_t)g || !is(deprels[o], "obj")) continue;
            int32_t span = -1, clause = -1;
            for (size_t k = o + 1; k < n; k++) {
                if (heads[k] != (int32_t)o) continue;
                if (span < 0 && forms[k] && ascii_ieq_any(forms[k], spans) && is(upos[k], "NOUN")) span = (int32_t)k;
                else if (span >= 0 && clause < 0 && is(deprels[k], "acl") && forms[k - 1] && ascii_ieq(forms[k - 1], "to") &&
                         heads[k - 1] == (int32_t)k)
                    clause = (int32_t)k;
            }
            /* (the to-clause may already be the verb's: "gave Mali's new
             * military rulers 72 hours on Thursday to start restoring ...") */
            /* (no noun takes an object: a span so labelled is the verb's) */
            if (span < 0 || (clause < 0 && !is(deprels[span], "obj"))) continue;
            deprels[o] = "iobj";
            heads[span] = (int32_t)g;
            deprels[span] = "obj";
            if (clause >= 0) {
                heads[clause] = (int32_t)g;
                deprels[clause] = "advcl";
            }
        }
        /* (the span the object and its to-clause the span's: "gave the
         * French ambassador 72 hours to leave") */
        for (size_t k = g + 1; k < n; k++) {
            if (heads[k] != (int32_t)g || !is(deprels[k], "obj") || !forms[k] || !ascii_ieq_any(forms[k], spans))
                continue;
            for (size_t c = k + 1; c < n; c++)
                if (heads[c] == (int32_t)k && is(deprels[c], "acl") && c >= 2 && forms[c - 1] &&
                    ascii_ieq(forms[c - 1], "to") && heads[c - 1] == (int32_t)c) {
                    heads[c] = (int32_t)g;
                    deprels[c] = "advcl";
                }
        }
    }
}

void tree_repair_two_objects(size_t n, const char *const *upos, int32_t *heads, const char **deprels) {
    for (size_t o = 2; o < n; o++) {
        int32_t v = heads[o];
        if (!is(deprels[o], "obj") || v < 0 || v >= (int32_t)o || !is(upos[v], "VERB")) continue;
        /* a noun compound before a number of the same object: two objects
         * ("gave the French ambassador 72 hours") */
        int32_t num = -1, cmp = -1;
        for (int32_t k = (int32_t)o - 1; k > v; k--) {
            if (heads[k] != (int32_t)o) continue;
            if (num < 0 && is(deprels[k], "nummod")) num = k;
            else if (num >= 0 && is(deprels[k], "compound") && is(upos[k], "NOUN")) {
                cmp = k;
                break;
            }
        }
        if (cmp < 0 || num != cmp + 1) continue;
        heads[cmp] = v;
        deprels[cmp] = "iobj";
        for (int32_t k = v + 1; k < cmp; k++)
            if (heads[k] == (int32_t)o) heads[k] = cmp;
    }
}

void tree_repair_days_after(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels) {
    static const char *const spans[] = {"day", "days", "hour", "hours", "week", "weeks", "month", "months",
                                        "year", "years", "minute", "minutes", NULL};
    static const char *const order[] = {"after", "before", NULL};
    for (size_t s = 0; s + 3 < n; s++) {
        if (!is(deprels[s], "nsubj") || !forms[s] || !ascii_ieq_any(forms[s], spans)) continue; /* (cheap test first) */
        int32_t v = heads[s];
        if (v <= (int32_t)s + 2 || !is(upos[v], "VERB")) continue;
        /* "after" right after the span, its noun the span's nmod */
        size_t a = s + 1;
        if (!forms[a] || !ascii_ieq_any(forms[a], order)) continue;
        int32_t x = heads[a];
        if (x <= (int32_t)a || x >= v || heads[x] != (int32_t)s) continue;
        int other = 0; /* (a clause with a subject of its own is no such misparse) */
        for (size_t k = 0; k < n && !other; k++)
            other = k != s && heads[k] == v && (is(deprels[k], "nsubj") || is(deprels[k], "nsubj:pass")) &&
                    (int32_t)k > x;
        if (other) continue;
        heads[x] = v;
        deprels[x] = "nsubj";
        heads[a] = v;
        deprels[a] = "mark";
        heads[s] = v;
        deprels[s] = "obl:npmod";
        if (is(deprels[v], "parataxis") || is(deprels[v], "conj") || is(deprels[v], "ccomp")) deprels[v] = "advcl";
    }
}

void tree_repair_object_control(size_t n, const char *const *forms, const char *const *lemmas, int32_t *heads,
                                 const char **deprels) {
    static const char *const control[] = {"prompt", "force", "compel", "spur", "drive", "lead", "oblige", NULL};
    if (!lemmas) return;
    for (size_t c = 2; c < n; c++) {
        /* (the cheap tests first) */
        if (!is(deprels[c], "advcl") || !forms[c - 1] || !ascii_ieq(forms[c - 1], "to") || heads[c - 1] != (int32_t)c)
            continue;
        int32_t v = heads[c];
        if (v < 0 || v >= (int32_t)c || !lemmas[v] || !ascii_ieq_any(lemmas[v], control)) continue;
        int32_t o = -1;
        for (int32_t k = v + 1; k < (int32_t)c && o < 0; k++)
            if (heads[k] == v && is(deprels[k], "obj")) o = k;
        if (o < 0) continue;
        deprels[c] = "xcomp";
    }
    /* "Ukraine ordered a Hungarian consul in the western town of Berehove
     * to leave": the infinitive the parser hung on a noun inside the
     * object's phrase is what the verb asks the object to do */
    static const char *const asking[] = {"order", "urge", "ask", "tell", "instruct", "direct", "command",
                                         "request", "encourage", "invite", "press", NULL};
    for (size_t c = 2; c < n; c++) {
        if (!is(deprels[c], "acl") || !forms[c - 1] || !ascii_ieq(forms[c - 1], "to") || heads[c - 1] != (int32_t)c)
            continue;
        int32_t o = heads[c];
        while (o >= 0 && !is(deprels[o], "obj") && (is(deprels[o], "nmod") || is(deprels[o], "appos")))
            o = heads[o];
        if (o < 0 || !is(deprels[o], "obj") || o == heads[c]) continue;
        int32_t v = heads[o];
        if (v < 0 || v >= o || !lemmas[v] || !ascii_ieq_any(lemmas[v], asking)) continue;
        if (has_child(n, heads, deprels, v, "xcomp")) continue;
        heads[c] = v;
        deprels[c] = "xcomp";
    }
}

void tree_repair_found_guilty(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                              const char **deprels) {
    static const char *const verdicts[] = {"guilty", "innocent", "liable", "culpable", NULL};
    /* (and any adjective after the object of a verb of calling: "called
     * the move unacceptable", "declared the vote illegal") */
    static const char *const calling[] = {"call", "called", "calls", "calling", "deem", "deemed", "deems",
                                          "declare", "declared", "declares", "brand", "branded", "brands",
                                          "label", "labelled", "labeled", "labels", NULL};
    for (size_t i = 2; i < n; i++) {
        if (!forms[i] || !is(upos[i], "ADJ")) continue;
        int verdict = ascii_ieq_any(forms[i], verdicts);
        /* ("held rebel leader Foday Sankoh personally responsible") */
        static const char *const answerable[] = {"responsible", "accountable", NULL};
        static const char *const holding[] = {"hold", "holds", "held", "holding", NULL};
        int held = ascii_ieq_any(forms[i], answerable);
        if (!verdict && !held) {
            int32_t o0 = heads[i];
            if (o0 < 0 || o0 >= (int32_t)i || o0 + 1 != (int32_t)i || !is(deprels[o0], "obj") || heads[o0] < 0 ||
                !forms[heads[o0]] || !ascii_ieq_any(forms[heads[o0]], calling))
                continue;
        }
        /* an adjective after the noun it would modify, that noun (or the
         * name it is part of) the object of a verb before it */
        int32_t h = heads[i];
        if (h < 0 || h >= (int32_t)i) continue;
        int32_t o = h;
        for (int up = 0; up < 3 && o >= 0 && !is(deprels[o], "obj"); up++) o = heads[o];
        if (o < 0 || !is(deprels[o], "obj") || heads[o] < 0 || !is(upos[heads[o]], "VERB") || heads[o] > o) continue;
        if (held && !verdict && (!forms[heads[o]] || !ascii_ieq_any(forms[heads[o]], holding))) continue;
        heads[i] = heads[o];
        deprels[i] = "xcomp";
    }
}

void tree_repair_flat_across_and(size_t n, const char *const *upos, int32_t *heads, const char **deprels) {
    for (size_t k = 1; k < n; k++) {
        if (!is(deprels[k], "flat") || heads[k] < 0 || heads[k] >= (int32_t)k) continue;
        for (int32_t c = heads[k] + 1; c < (int32_t)k; c++)
            if (is(upos[c], "CCONJ") && dominates(heads, n, (int32_t)k, c)) {
                deprels[k] = "conj";
                break;
            }
    }
}

void tree_repair_accused_of(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels) {
    static const char *const stems[] = {"accus", "charg", "suspect", "convict", "acquit", "indict", NULL};
    for (size_t i = 2; i < n; i++) {
        if (!is(upos[i], "VERB") || !is(deprels[i], "acl")) continue; /* (the cheap tests first) */
        size_t len = forms[i] ? strlen(forms[i]) : 0;
        if (len < 5 || strcmp(forms[i] + len - 3, "ing")) continue;
        int32_t of = -1;
        for (size_t k = 0; k < i; k++)
            if (heads[k] == (int32_t)i && is(deprels[k], "mark") && forms[k] && ascii_ieq(forms[k], "of")) of = (int32_t)k;
        int32_t o = heads[i];
        if (of < 0 || o < 0) continue;
        /* (the of-clause hung on the object, on a phrase inside it, or on
         * an oblique of the verb: "accused the government of X on
         * Thursday of hiding ...") */
        int32_t v = -1;
        for (int hops = 0; hops < 3 && o >= 0 && v < 0; hops++) {
            if (!(is(deprels[o], "obj") || is(deprels[o], "obl") || is(deprels[o], "nmod") || is(deprels[o], "flat")))
                break;
            if (heads[o] >= 0 && is(upos[heads[o]], "VERB")) v = heads[o];
            else o = heads[o];
        }
        if (v < 0 || v > o || !forms[v]) continue;
        int stem = 0;
        for (size_t s = 0; stems[s] && !stem; s++) stem = strncasecmp(forms[v], stems[s], strlen(stems[s])) == 0;
        if (!stem) continue;
        heads[i] = v;
        deprels[i] = "advcl";
    }
}

void tree_repair_of_name_possessive(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                    const char **deprels) {
    for (size_t p = 2; p + 2 < n; p++) {
        if (!is(upos[p], "PROPN") || !is(deprels[p], "nmod:poss") || !forms[p + 1] || !str_eq(forms[p + 1], "'s"))
            continue;
        int32_t noun = heads[p];
        if (noun <= (int32_t)p + 1 || !is(upos[noun], "NOUN") || !is(deprels[noun], "nmod")) continue;
        int32_t h = heads[noun];
        if (h < 0 || h >= (int32_t)p || !is(upos[h], "PROPN")) continue;
        /* the "of" between the name's head and the possessor */
        int32_t of = -1;
        for (int32_t k = h + 1; k < (int32_t)p; k++)
            if (forms[k] && ascii_ieq(forms[k], "of") && heads[k] == noun && is(deprels[k], "case")) of = k;
        if (of < 0) continue;
        /* "Democratic Republic of Congo 's government": the whole name owns
         * the noun, which takes the name's place in the sentence */
        heads[noun] = heads[h];
        deprels[noun] = deprels[h];
        heads[h] = noun;
        deprels[h] = "nmod:poss";
        heads[p] = h;
        deprels[p] = "nmod";
        heads[of] = (int32_t)p;
        heads[p + 1] = h;
        for (size_t k = 0; k < n; k++) /* what hung on the name's head as a clause's word follows the noun */
            if (heads[k] == h && (int32_t)k > noun) heads[k] = noun;
    }
}

void tree_repair_and_clause(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                            int32_t *heads, const char **deprels) {
    int32_t root = first_root(n, heads);
    if (root < 0 || !is(upos[root], "VERB")) return;
    for (size_t v = (size_t)root + 1; v < n; v++) {
        if (!(is(deprels[v], "acl:relcl") || is(deprels[v], "acl")) || !is(upos[v], "VERB") || !finite(xpos[v]))
            continue;
        int32_t subj = -1, cc = -1;
        int rel = 0;
        for (size_t k = 0; k < v; k++) {
            if (heads[k] != (int32_t)v) continue;
            if (is(deprels[k], "nsubj") && subj < 0) subj = (int32_t)k;
            if (is(deprels[k], "cc") && cc < 0 && forms[k] && (ascii_ieq(forms[k], "and") || ascii_ieq(forms[k], "but")))
                cc = (int32_t)k;
            rel |= forms[k] && ascii_ieq_any(forms[k], RELATIVE_WORDS);
        }
        /* (the "and" may hang on the subject: "and Congo's President ...") */
        for (int32_t k = 0; subj >= 0 && cc < 0 && k < subj; k++)
            if (heads[k] == subj && is(deprels[k], "cc") && forms[k] && (ascii_ieq(forms[k], "and") || ascii_ieq(forms[k], "but")))
                cc = k;
        if (subj < 0 || cc < 1 || cc > subj || rel || !forms[cc - 1] || !str_eq(forms[cc - 1], ",")) continue;
        heads[v] = root;
        deprels[v] = "conj";
    }
}

void tree_repair_particle(size_t n, const char *const *forms, const char *const *lemmas, int32_t *heads,
                          const char **deprels) {
    static const char *const verbs[] = {"shoot", "blow", "cut", "shut", "gun", "bring", "take", "tear", "pull",
                                        "rule", "call", "step", "hand", "set", "seal", "lock", NULL};
    static const char *const parts[] = {"down", "up", "off", "out", "over", NULL};
    for (size_t i = 0; i + 2 < n; i++) {
        size_t j = i + 1;
        /* (the cheap tests first: this runs on every word) */
        if (!is(deprels[j], "case") || !forms[j] || !ascii_ieq_any(forms[j], parts) || !lemmas || !lemmas[i] ||
            !ascii_ieq_any(lemmas[i], verbs))
            continue;
        int32_t o = heads[j];
        if (o <= (int32_t)j || heads[o] != (int32_t)i || !(is(deprels[o], "obl") || is(deprels[o], "nmod"))) continue;
        heads[j] = (int32_t)i;
        deprels[j] = "compound:prt";
        deprels[o] = "obj";
    }
}

void tree_repair_participle_root(size_t n, const char *const *upos, const char *const *xpos, int32_t *heads,
                                 const char **deprels) {
    int32_t root = first_root(n, heads);
    if (root < 1 || !is(upos[root], "VERB") || !is(xpos[root], "VBG")) return;
    int32_t subj = -1, fin = -1;
    for (size_t k = 0; k < n; k++) {
        if (heads[k] != root) continue;
        if (is(deprels[k], "nsubj") && (int32_t)k < root && subj < 0) subj = (int32_t)k;
        if ((int32_t)k > root && fin < 0 && is(upos[k], "VERB") && (is(xpos[k], "VBD") || is(xpos[k], "VBZ") || is(xpos[k], "VBP")) &&
            (is(deprels[k], "xcomp") || is(deprels[k], "ccomp") || is(deprels[k], "conj") || is(deprels[k], "parataxis")))
            fin = (int32_t)k;
    }
    if (subj < 0 || fin < 0) return;
    for (size_t k = 0; k < n; k++)
        if (heads[k] == fin && (is(deprels[k], "nsubj") || is(deprels[k], "nsubj:pass"))) return;
    heads[fin] = -1;
    deprels[fin] = "root";
    heads[subj] = fin;
    heads[root] = subj;
    deprels[root] = "acl";
    /* (the root's other dependents after the finite verb are the finite
     * verb's: its time and place) */
    for (size_t k = (size_t)fin + 1; k < n; k++)
        if (heads[k] == root) heads[k] = fin;
}

/* "dismissed as groundless U.S. allegations that ...": an object moved
 * after its "as" complement, parsed as an oblique "as ... allegations",
 * is the object, and the adjective the complement -- for the verbs that
 * judge what they take ("dismissed / rejected / condemned X as Y"). */
void tree_repair_shifted_object(size_t n, const char *const *forms, const char *const *upos,
                                const char *const *lemmas, int32_t *heads, const char **deprels) {
    static const char *const judging[] = {"dismiss", "reject", "denounce", "condemn", "brand", "describe", "decry",
                                          "label", "criticise", "criticize", "slam", "welcome", "hail", "praise",
                                          NULL};
    for (size_t i = 1; i + 2 < n; i++) {
        int32_t h = heads[i];
        if (!forms[i] || !str_eq(forms[i], "as") || !is(deprels[i], "case") || h <= (int32_t)i + 1 ||
            !is(upos[i + 1], "ADJ") || heads[i + 1] != h || !is(deprels[h], "obl") || !is(upos[h], "NOUN"))
            continue;
        int32_t v = heads[h];
        if (v < 0 || v >= (int32_t)i || !is(upos[v], "VERB") || !lemmas[v]) continue;
        int judge = 0;
        for (size_t k = 0; judging[k] && !judge; k++) judge = str_eq(lemmas[v], judging[k]);
        /* (a verb with an object, or a passive, "was labelled as terrorist
         * organisation", has no object to shift) */
        for (size_t k = 0; k < n && judge; k++)
            if (heads[k] == v && (is(deprels[k], "obj") || is(deprels[k], "nsubj:pass") || is(deprels[k], "aux:pass")))
                judge = 0;
        if (!judge) continue;
        deprels[h] = "obj";
        heads[i + 1] = v;
        deprels[i + 1] = "xcomp";
        heads[i] = (int32_t)i + 1;
        deprels[i] = "mark";
    }
}

/* "launched a ground and air offensive against Kurdish-led forces" with
 * "ground" the object, "offensive" its conjunct and the against-phrase
 * under "ground": the kind words of an attack are its modifiers, the
 * attack noun the object, and the phrases of the first word its own. */
void tree_repair_attack_kinds(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                              const char **deprels) {
    static const char *const kinds[] = {"ground", "air", "land", "sea", "naval", "aerial", "artillery", NULL};
    /* (only before an attack noun: "seized land and property" stays) */
    static const char *const attacks[] = {"offensive", "attack", "assault", "strike", "strikes", "raid", "raids",
                                          "operation", "campaign", "bombardment", "invasion", "incursion", NULL};
    for (size_t i = 1; i + 2 < n; i++) {
        if (!is(upos[i], "NOUN") || !is(deprels[i], "obj") || !forms[i]) continue;
        int kind = 0;
        for (size_t k = 0; kinds[k] && !kind; k++) kind = ascii_ieq(forms[i], kinds[k]);
        if (!kind || !forms[i + 1] || !(str_eq(forms[i + 1], "and") || str_eq(forms[i + 1], "or"))) continue;
        int32_t y = -1;
        for (size_t k = i + 2; k < n && k <= i + 4 && y < 0; k++)
            if (heads[k] == (int32_t)i && is(deprels[k], "conj") && is(upos[k], "NOUN") && forms[k] &&
                ascii_ieq_any(forms[k], attacks))
                y = (int32_t)k;
        if (y < 0) continue;
        for (size_t k = 0; k < n; k++)
            if (heads[k] == (int32_t)i && (int32_t)k != y && !((int32_t)k > (int32_t)i && (int32_t)k < y)) heads[k] = y;
        heads[y] = heads[i];
        deprels[y] = "obj";
        heads[i] = y;
        deprels[i] = "compound";
    }
}

/* "Speaker Pelosi", "Emperor Hirohito", "Justice Breyer": a title parsed
 * as the head of a name with the name a flat part is, in UD, the name's
 * modifier (compound); the name's first word is the head and takes the
 * title's place and dependents.  Only capitalised titles tagged PROPN
 * ("director Steven Spielberg" is a noun with an apposition), and only
 * the titles the coder's patterns do not name: its verb patterns read
 * the title of a political office as the object's head ("ordered French
 * Ambassador Sylvain Itte to leave" is 161 by "order obj=ambassador
 * >leave", "killed President X" 186), so president, minister, ambassador,
 * secretary, senator, governor, general, Mr/Mrs/Ms and the like keep their
 * parse.  (With those titles too, EWT dev UAS +0.04 and GUM +0.14, but
 * the wire dev set lost an expulsion.) */
void tree_repair_title_name(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels) {
    /* (nor the ranks and royals the agent dictionary codes: colonel,
     * sergeant, lieutenant, princess) */
    static const char *const titles[] = {"Speaker", "Emperor", "Empress", "Justice",  "Madam",  "Professor",
                                         "Prof.",   "Dr.",     "Dr",      "Capt.",    "Captain", "Lord",
                                         "Lady",    "Sir",     "Rev.",    "Reverend", "Father", "Pope",
                                         "Duke",    "Duchess", NULL};
    for (size_t i = 0; i + 1 < n; i++) {
        /* (cheapest first: the next word a flat part of this one) */
        if (heads[i + 1] != (int32_t)i || !is(deprels[i + 1], "flat") || !is(upos[i], "PROPN") ||
            !is(upos[i + 1], "PROPN") || !forms[i] || (unsigned char)forms[i][0] < 'A' ||
            (unsigned char)forms[i][0] > 'Z' || !ascii_ieq_any(forms[i], titles))
            continue;
        int32_t name = (int32_t)i + 1;
        for (size_t k = 0; k < n; k++)
            if (heads[k] == (int32_t)i && (int32_t)k != name) heads[k] = name;
        heads[name] = heads[i];
        deprels[name] = deprels[i];
        heads[i] = name;
        deprels[i] = "compound";
    }
}

/* "After he lost a lawsuit in which he tried to void his rice contract,
 * Norton's public prominence faded": a sentence opening with a
 * subordinator, parsed with the subordinate clause as the root and the
 * main clause (a predicate after the first comma, with its own subject
 * after that comma and no marker of its own) as its advcl, ccomp or
 * xcomp, is the other way round: the main predicate is the root, the
 * opening clause its advcl, and the root's words after the comma its. */
void tree_repair_fronted_clause(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels) {
    static const char *const subordinators[] = {"when",    "after",  "if",      "because", "while",
                                                "although", "though", "since",   "before",  "once",
                                                "until",   "unless", "whereas", "whenever", NULL};
    size_t f = 0;
    while (f < n && (is(upos[f], "PUNCT") || is(upos[f], "CCONJ"))) f++;
    if (f >= n || !is(deprels[f], "mark") || heads[f] < 0 || heads[heads[f]] >= 0 || !forms[f] ||
        !ascii_ieq_any(forms[f], subordinators))
        return;
    int32_t r = heads[f];
    for (size_t k = 0; k < n; k++)
        if (heads[k] < 0 && (int32_t)k != r) return;
    size_t c = (size_t)r + 1;
    while (c < n && !is(forms[c], ",")) c++;
    for (size_t v = c + 1; v < n; v++) {
        if (!(is(upos[v], "VERB") || is(upos[v], "AUX") || is(upos[v], "ADJ") || is(upos[v], "NOUN") ||
              is(upos[v], "PROPN") || is(upos[v], "PRON")))
            continue;
        int subj = 0, mark = 0, cop = 0;
        for (size_t k = 0; k < n; k++) {
            if (heads[k] != (int32_t)v) continue;
            if (k > c && k < v && deprels[k] && !strncmp(deprels[k], "nsubj", 5)) subj = 1;
            mark |= is(deprels[k], "mark");
            cop |= is(deprels[k], "cop");
        }
        if (!subj) continue;
        /* (the first predicate with a subject after the comma decides) */
        if (!dominates(heads, n, r, (int32_t)v) || mark ||
            !(is(deprels[v], "advcl") || is(deprels[v], "ccomp") || is(deprels[v], "xcomp")) ||
            !(is(upos[v], "VERB") || is(upos[v], "AUX") || cop))
            return;
        for (size_t k = c + 1; k < n; k++)
            if (heads[k] == r && k != v) heads[k] = (int32_t)v;
        heads[v] = -1;
        deprels[v] = "root";
        heads[r] = (int32_t)v;
        deprels[r] = "advcl";
        return;
    }
}

/* "a good chance for me to get to know", "waiting for the rain to stop":
 * "for" with a noun right before a to-infinitive, parsed as the noun's
 * preposition with the infinitive a clause of the noun or of the noun's
 * head, is the infinitive's marker and the noun its subject; the
 * infinitive takes the noun's place (acl of a noun, advcl of a verb).  On
 * the EWT training trees "for NP to VB" is the marker 52 times in 65 (the
 * rest mostly "for years to come", "for instance to", which the time
 * nouns leave out; "asked for permission to go" stays wrong). */
void tree_repair_for_subject(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                             const char *const *lemmas, int32_t *heads, const char **deprels) {
    static const char *const times[] = {"year",   "month", "week",     "day",    "hour",   "minute",
                                        "decade", "while", "instance", "example", "weekend", NULL};
    if (!lemmas) return;
    for (size_t j = 0; j + 3 < n; j++) {
        int32_t N = heads[j];
        if (N <= (int32_t)j || (size_t)N + 2 >= n || !is(deprels[j], "case") || !forms[j] ||
            !ascii_ieq(forms[j], "for"))
            continue;
        int32_t t = N + 1, V = heads[t];
        if (!is(deprels[t], "mark") || !forms[t] || !ascii_ieq(forms[t], "to") || V <= t || !is(xpos[V], "VB") ||
            !(is(upos[N], "NOUN") || is(upos[N], "PROPN") || is(upos[N], "PRON")) ||
            (lemmas[N] && ascii_ieq_any(lemmas[N], times)))
            continue;
        int32_t nh = heads[N];
        if (heads[V] == N) {
            heads[V] = nh;
            deprels[V] = nh < 0 ? "root" : deprels[N] && !strncmp(deprels[N], "obl", 3) ? "advcl" : "acl";
        } else if (heads[V] != nh) {
            continue;
        }
        heads[N] = V;
        deprels[N] = "nsubj";
        heads[j] = V;
        deprels[j] = "mark";
    }
}

/* The closing mark of the quote or bracket that forms[i] opens, or NULL. */
static const char *closing_mark(const char *f) {
    if (!f) return NULL;
    if (str_eq(f, "\"")) return "\"";
    if (str_eq(f, "(")) return ")";
    if (str_eq(f, "\xe2\x80\x9c")) return "\xe2\x80\x9d"; /* curly double quotes */
    return NULL;
}

/* 'the "kill" switch', "the CPA (Coalition Provisional Authority)": UD
 * hangs a pair of quotes or brackets on the head of the words between
 * them; the parser often hangs one or both on a word outside.  When the
 * words between them form one phrase (exactly one of them, punctuation
 * aside, has its head outside), both marks go to that phrase's head. */
void tree_repair_paired_marks(size_t n, const char *const *forms, int32_t *heads, const char **deprels) {
    for (size_t i = 0; i + 2 < n; i++) {
        const char *close = closing_mark(forms[i]);
        if (!close || !is(deprels[i], "punct")) continue;
        size_t j = i + 1;
        while (j < n && !is(forms[j], close) && !(close[0] == ')' && is(forms[j], "("))) j++;
        if (j >= n || !is(forms[j], close) || j == i + 1 || !is(deprels[j], "punct")) continue;
        int32_t h = -1;
        int heads_out = 0;
        /* (punctuation between them does not count: '" We won , " he
         * said' with the comma hung on "said") */
        for (size_t k = i + 1; k < j; k++)
            if ((heads[k] <= (int32_t)i || heads[k] >= (int32_t)j) && !is(deprels[k], "punct"))
                h = (int32_t)k, heads_out++;
        /* (a mark that heads words of its own stays: moving it could
         * make a cycle) */
        if (heads_out == 1 && !dominates(heads, n, (int32_t)i, h) && !dominates(heads, n, (int32_t)j, h))
            heads[i] = heads[j] = h;
        /* (a straight quote closes the pair; the next one opens another) */
        if (close[0] == '"') i = j;
    }
}

/* The first and last token of i's subtree. */
static void subtree_span(size_t n, const int32_t *heads, int32_t i, int32_t *lo, int32_t *hi) {
    *lo = *hi = i;
    for (size_t k = 0; k < n; k++)
        if (dominates(heads, n, i, (int32_t)k)) {
            if ((int32_t)k < *lo) *lo = (int32_t)k;
            if ((int32_t)k > *hi) *hi = (int32_t)k;
        }
}

/* The proper-noun "of" phrase on noun i whose subtree ends at token
 * end ("the leaders of the United States"), or -1. */
static int32_t of_name_ending(size_t n, const char *const *forms, const char *const *upos, const int32_t *heads,
                              const char **deprels, int32_t i, int32_t end) {
    for (int32_t k = i + 2; k <= end; k++) {
        if (heads[k] != i || !is(deprels[k], "nmod") || !is(upos[k], "PROPN")) continue;
        int32_t lo, hi;
        subtree_span(n, heads, k, &lo, &hi);
        if (hi == end && forms[lo] && ascii_ieq(forms[lo], "of")) return k;
    }
    return -1;
}

void tree_repair_double_subject(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels) {
    for (size_t j = 1; j < n; j++) {
        if (!is_subject(deprels[j]) || heads[j] < 0) continue;
        /* the nearest subject of the same head before j */
        int32_t i = -1;
        for (int32_t k = (int32_t)j - 1; k >= 0 && i < 0; k--)
            if (heads[k] == heads[j] && is_subject(deprels[k])) i = k;
        if (i < 0) continue;
        int32_t ilo, ihi, jlo, jhi;
        subtree_span(n, heads, i, &ilo, &ihi);
        subtree_span(n, heads, (int32_t)j, &jlo, &jhi);
        if (ihi >= jlo) continue;
        /* what lies between the two phrases: nothing, or a list's commas
         * and one conjunction */
        int commas = 0, conj = 0, other = 0;
        int32_t k_of;
        /* (the commas and conjunction may hang on the second phrase) */
        while (jlo < (int32_t)j && (is(forms[jlo], ",") || is(upos[jlo], "CCONJ"))) jlo++;
        for (int32_t k = ihi + 1; k < jlo; k++) {
            if (is(forms[k], ",")) commas++;
            else if (is(upos[k], "CCONJ")) conj++;
            else other++;
        }
        if (other || conj > 1) continue;
        if (!commas && !conj) {
            /* "Russian opposition politician Boris Nemtsov", "US President
             * Joe Biden": the first modifies the word right after it */
            if (!is(upos[j], "PROPN") || !(is(upos[i], "NOUN") || is(upos[i], "PROPN") || is(upos[i], "ADJ")))
                continue;
            /* (a title has no article -- "the term X" is an apposition --
             * and no list of its own) */
            int det = 0;
            for (int32_t k = ilo; k <= ihi; k++)
                det |= is(upos[k], "DET") || is(upos[k], "PRON") || is(upos[k], "CCONJ") || is(forms[k], ",");
            if (det) continue;
            int32_t h = ihi + 1;
            if (h != (int32_t)j && !dominates(heads, n, (int32_t)j, h)) continue;
            heads[i] = h;
            deprels[i] = is(upos[i], "ADJ") ? "amod" : is(upos[i], "NOUN") || h == (int32_t)j ? "nmod:desc" : "compound";
        } else if (is(upos[i], "NOUN") && is(upos[j], "PROPN") && !conj &&
                   (k_of = of_name_ending(n, forms, upos, heads, deprels, i, ihi)) >= 0) {
            /* "The leaders of the United States, Mexico and Canada
             * signed": the list goes on the name the first phrase ends
             * with, not beside the leaders */
            heads[j] = k_of;
            deprels[j] = "conj";
            for (size_t k = j + 1; k < n; k++)
                if (heads[k] == (int32_t)j && is(deprels[k], "conj")) heads[k] = k_of;
        } else if ((is(upos[i], "PROPN") || is(upos[i], "NOUN")) && (is(upos[j], "PROPN") || is(upos[j], "NOUN")) &&
                   (conj || (is(upos[i], "PROPN") && is(upos[j], "PROPN")))) {
            /* "Saudi Arabia and Turkey flew", "Norway, Ireland and Spain
             * said": a list's later members are conjuncts of its first */
            heads[j] = i;
            deprels[j] = "conj";
            /* (and the conjuncts j had: UD hangs every member on the first) */
            for (size_t k = j + 1; k < n; k++)
                if (heads[k] == (int32_t)j && is(deprels[k], "conj")) heads[k] = i;
        }
    }
}

void tree_repair_title_root(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels) {
    int32_t r = -1;
    for (size_t k = 0; k < n && r < 0; k++)
        if (heads[k] < 0) r = (int32_t)k;
    if (r < 0 || r + 1 >= (int32_t)n || !is(upos[r], "NOUN") || !is(upos[r + 1], "PROPN")) return;
    int32_t s = r + 1, v = heads[s];
    if (v <= s || v >= (int32_t)n || heads[v] != r || !is(deprels[v], "acl:relcl") || !is(upos[v], "VERB") ||
        !(is(deprels[s], "nsubj") || is(deprels[s], "nsubj:pass")))
        return;
    /* (a relative pronoun or "that" makes it a real relative clause; so
     * does an article on the noun: "the oath Washington swore") */
    for (int32_t k = 0; k < r; k++)
        if (heads[k] == r && (is(upos[k], "DET") || is(upos[k], "PRON"))) return;
    for (int32_t k = s; k < v; k++)
        if (is(upos[k], "PRON") || is(forms[k], "that") || is(upos[k], "PUNCT") || is(upos[k], "SCONJ")) return;
    heads[v] = -1;
    deprels[v] = "root";
    heads[r] = s;
    deprels[r] = "nmod:desc";
    /* what hung on the noun after the clause (the final stop) is the verb's */
    for (size_t k = (size_t)v + 1; k < n; k++)
        if (heads[k] == r) heads[k] = v;
}

static int weekday(const char *form) {
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL};
    for (int k = 0; days[k]; k++)
        if (is(form, days[k])) return 1;
    return 0;
}

void tree_repair_weekday_phrase(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels) {
    static const char *const preps[] = {"to", "with", "against", "for", "from", "into", "at", "toward", "towards", NULL};
    for (size_t d = 0; d < n; d++) {
        /* (the relation first: it rules out most words more cheaply) */
        if (heads[d] < 0 || !(is(deprels[d], "obl") || is(deprels[d], "nmod") || is(deprels[d], "obl:tmod") ||
                              is(deprels[d], "obl:unmarked")) ||
            !weekday(forms[d]))
            continue;
        int32_t v = heads[d];
        for (size_t c = d + 1; c < n; c++) {
            if (heads[c] != (int32_t)d || !is(deprels[c], "nmod")) continue;
            /* its preposition */
            int ok = 0;
            for (size_t k = d + 1; k < c && !ok; k++)
                if (heads[k] == (int32_t)c && is(deprels[k], "case"))
                    for (int p = 0; preps[p] && !ok; p++) ok = ascii_ieq(forms[k], preps[p]);
            if (!ok || dominates(heads, n, (int32_t)c, v)) continue;
            heads[c] = v;
            deprels[c] = is(upos[v], "VERB") || is(upos[v], "AUX") || is(upos[v], "ADJ") ? "obl" : "nmod";
            /* (the day's conjuncts after the phrase are the phrase's) */
            for (size_t k = c + 1; k < n; k++)
                if (heads[k] == (int32_t)d && is(deprels[k], "conj")) heads[k] = (int32_t)c;
        }
    }
}

void tree_repair_name_then_object(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *lemmas, int32_t *heads, const char **deprels) {
    static const char *const giving[] = {"grant", "give", "offer", "award", "deny", "promise", "hand", "send",
                                         "refuse", "lend", "sell", "show", "pay", NULL};
    (void)forms;
    for (size_t o = 0; o + 1 < n; o++) {
        int32_t v = heads[o];
        if (v < 0 || !is(deprels[o], "obj") || !(is(upos[o], "PROPN") || is(upos[o], "NOUN")) || !lemmas[v] ||
            !ascii_ieq_any(lemmas[v], giving) || (size_t)v > o)
            continue;
        /* the common noun after the name that the parser hung on it (or on
         * the name in apposition: "contractor Edward Snowden temporary
         * asylum"), as a description, compound, apposition or a caseless
         * nmod */
        for (size_t k = o + 1; k < n; k++) {
            int32_t h = heads[k];
            int on_name = h == (int32_t)o || (h > (int32_t)o && heads[h] == (int32_t)o && is(deprels[h], "appos") &&
                                              is(upos[h], "PROPN"));
            if (!on_name || !is(upos[k], "NOUN")) continue;
            int caseless = is(deprels[k], "nmod");
            for (size_t q = 0; q < n && caseless; q++)
                if (heads[q] == (int32_t)k && is(deprels[q], "case")) caseless = 0;
            if (!(is(deprels[k], "nmod:desc") || is(deprels[k], "compound") || is(deprels[k], "appos") || caseless)) break;
            /* (a common noun object needs its name between: "contractor
             * Edward Snowden temporary asylum") */
            int name_between = is(upos[o], "PROPN");
            for (size_t q = o + 1; q < k && !name_between; q++)
                name_between = heads[q] == (int32_t)o && is(deprels[q], "appos") && is(upos[q], "PROPN");
            if (!name_between) break;
            /* (no comma between: "Snowden, a contractor" is an apposition) */
            int comma = 0;
            for (size_t q = o + 1; q < k; q++) comma |= is(upos[q], "PUNCT");
            if (comma) break;
            heads[k] = v;
            deprels[k] = "obj";
            deprels[o] = "iobj";
            break;
        }
    }
    /* ("granted Zakayev political asylum" with the name a compound of the
     * object: a name right after the verb, before the object's other
     * modifiers, is the one given to) */
    for (size_t p = 1; p + 1 < n; p++) {
        int32_t o = heads[p], v = (int32_t)p - 1;
        if (!is(deprels[p], "compound") || !is(upos[p], "PROPN") || o <= (int32_t)p || heads[o] != v ||
            !is(deprels[o], "obj") || !is(upos[o], "NOUN") || !is(upos[v], "VERB") || !lemmas[v] ||
            !ascii_ieq_any(lemmas[v], giving))
            continue;
        int modifiers = 0, other = 0;
        for (int32_t q = (int32_t)p + 1; q < o; q++) {
            if (heads[q] == o && is(upos[q], "ADJ")) modifiers = 1;
            else other = 1;
        }
        if (!modifiers || other) continue;
        heads[p] = v;
        deprels[p] = "iobj";
    }
}

void tree_repair_called_it(size_t n, const char *const *upos, const char *const *lemmas, int32_t *heads,
                           const char **deprels) {
    static const char *const naming[] = {"call", "brand", "label", "dub", "term", "deem", NULL};
    if (!lemmas) return;
    for (size_t v = 0; v < n; v++) {
        if (!is(upos[v], "VERB") || !lemmas[v] || !ascii_ieq_any(lemmas[v], naming)) continue;
        int32_t first = -1, second = -1;
        for (size_t k = v + 1; k < n; k++)
            if (heads[k] == (int32_t)v && (is(deprels[k], "obj") || is(deprels[k], "xcomp") ||
                                           /* ("called the crackdown a massacre" with the second an
                                            * unmarked oblique, as if a time) */
                                           (first >= 0 && is(deprels[k], "obl:unmarked") && is(upos[k], "NOUN")))) {
                if (first < 0) first = (int32_t)k;
                else if (second < 0) second = (int32_t)k;
            }
        if (first < 0 || !(is(upos[first], "NOUN") || is(upos[first], "PRON") || is(upos[first], "PROPN"))) continue;
        if (second >= 0) {
            /* (two objects: the second is what the first is called) */
            if (!is(deprels[second], "obj") && !is(deprels[second], "obl:unmarked")) continue;
            deprels[first] = "obj";
            deprels[second] = "xcomp";
            continue;
        }
        /* (one noun with an adjective after it: that adjective is the
         * predicate -- "called the move illegal") */
        int32_t adj = -1;
        for (size_t k = (size_t)first + 1; k < n; k++) {
            if (heads[k] == first && is(deprels[k], "amod") && is(upos[k], "ADJ")) adj = (int32_t)k;
            else if (heads[k] != first && !is(upos[k], "PUNCT")) break;
        }
        /* (or a noun phrase after it hung on it: "called the move a grave
         * error") */
        for (size_t k = (size_t)first + 1; k < n && adj < 0; k++)
            if (heads[k] == first && is(upos[k], "NOUN") &&
                (is(deprels[k], "nmod:unmarked") || is(deprels[k], "appos") || is(deprels[k], "obl:unmarked")))
                adj = (int32_t)k;
        if (adj < 0) continue;
        heads[adj] = (int32_t)v;
        deprels[adj] = "xcomp";
        deprels[first] = "obj";
    }
}

void tree_repair_noun_before_name(size_t n, const char *const *upos, int32_t *heads, const char **deprels) {
    for (size_t o = 0; o + 1 < n; o++) {
        if (!is(deprels[o], "obj") || !is(upos[o], "NOUN") || heads[o] < 0) continue;
        int32_t v = heads[o];
        int lone = 1;
        for (size_t k = 0; k < n && lone; k++) lone = heads[k] != (int32_t)o;
        if (!lone) continue;
        /* the name: the verb's bare oblique, whose phrase starts right
         * after the noun */
        for (size_t h = o + 1; h < n; h++) {
            if (heads[h] != v || !is(deprels[h], "obl:unmarked") || !is(upos[h], "PROPN")) continue;
            int32_t lo, hi;
            subtree_span(n, heads, (int32_t)h, &lo, &hi);
            if (lo != (int32_t)o + 1) break;
            heads[h] = v;
            deprels[h] = "obj";
            heads[o] = (int32_t)h;
            deprels[o] = "compound";
            break;
        }
    }
}

/* "police arrested opposition leader Morgan Tsvangirai and about 50
 * activists ..., and his Movement for Democratic Change said ...": the
 * parser read the whole list as the subject of the second verb, leaving the
 * first with no object.  A list member after ", and" is the second verb's
 * subject; the members before it are the first verb's object, and the
 * second verb is a clause conjoined to the first. */
void tree_repair_and_subject(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                             const char *const *lemmas, int32_t *heads, const char **deprels) {
    for (size_t v = 2; v < n; v++) {
        int32_t h = heads[v];
        if (h < 0 || h >= (int32_t)v || !is(upos[v], "VERB") || !finite(xpos[v])) continue;
        if (!is(upos[h], "VERB") || !finite(xpos[h]) || reporting(lemmas[h])) continue;
        if (!(is(deprels[v], "ccomp") || is(deprels[v], "parataxis"))) continue;
        int32_t subj = -1, object = 0;
        for (size_t k = 0; k < n; k++) {
            if (heads[k] == h && (is(deprels[k], "obj") || is(deprels[k], "ccomp") || is(deprels[k], "xcomp")) &&
                (int32_t)k != (int32_t)v)
                object = 1;
            if (heads[k] == (int32_t)v && is(deprels[k], "nsubj") && subj < 0) subj = (int32_t)k;
        }
        if (object || subj <= h) continue;
        int32_t lo, hi;
        subtree_span(n, heads, subj, &lo, &hi);
        if (lo != h + 1 || hi >= (int32_t)v) continue;
        /* the last conjunct that follows ", and" */
        int32_t last = -1, cc = -1;
        for (int32_t c = subj + 1; c < (int32_t)v; c++) {
            if (heads[c] != subj || !is(deprels[c], "conj")) continue;
            int32_t clo, chi;
            subtree_span(n, heads, c, &clo, &chi);
            /* (the comma may hang on the conjunct or on the list) */
            if (is(forms[clo], ",")) clo++;
            if (clo < 2 || clo >= c || !is(upos[clo], "CCONJ") || !is(forms[clo - 1], ",")) continue;
            last = c;
            cc = clo;
        }
        if (last < 0) continue;
        heads[subj] = h;
        deprels[subj] = "obj";
        heads[last] = (int32_t)v;
        deprels[last] = "nsubj";
        heads[cc] = (int32_t)v;
        deprels[cc] = "cc";
        heads[cc - 1] = (int32_t)v;
        deprels[cc - 1] = "punct";
        heads[v] = h;
        deprels[v] = "conj";
        /* (what hung on the list's head after the new subject is the
         * subject's: "his Movement for Democratic Change") */
        for (int32_t k = last + 1; k < (int32_t)v; k++)
            if (heads[k] == subj) heads[k] = last;
    }
}

/* "Congo has expelled about 25,000 Angolan migrants": "about" before a
 * number is "some", not a preposition -- the noun is the verb's object,
 * unless the verb is one of talking or thinking about something ("talked
 * about 20 issues"). */
void tree_repair_about_number(size_t n, const char *const *forms, const char *const *upos, const char *const *lemmas,
                              int32_t *heads, const char **deprels) {
    static const char *const about_verbs[] = {"talk", "speak", "think", "know", "worry", "care", "ask", "hear",
                                              "learn", "write", "read", "complain", "argue", "joke", "forget",
                                              "bring", "come", "go", "set", "be", "feel", "say", "tell", "warn",
                                              "inform", "report", "wonder", "dream", "laugh", "cry", "lie",
                                              "boast", "brag", "agree", "disagree", "debate", "chat", "testify",
                                              NULL};
    for (size_t a = 1; a + 2 < n; a++) {
        if (!forms[a] || !ascii_ieq(forms[a], "about") || !is(deprels[a], "case") || !is(upos[a + 1], "NUM")) continue;
        int32_t noun = heads[a];
        if (noun <= (int32_t)a || !is(upos[noun], "NOUN") || heads[a + 1] != noun || !is(deprels[noun], "obl")) continue;
        int32_t v = heads[noun];
        if (v < 0 || v >= (int32_t)a || !is(upos[v], "VERB") || (lemmas[v] && ascii_ieq_any(lemmas[v], about_verbs)))
            continue;
        int object = 0;
        for (size_t k = 0; k < n && !object; k++) object = heads[k] == v && (is(deprels[k], "obj") || is(deprels[k], "ccomp"));
        if (object) continue;
        deprels[noun] = "obj";
        heads[a] = (int32_t)a + 1;
        deprels[a] = "advmod";
    }
}

/* "sent aid to flood-hit Pakistan", "a bailout for crisis-hit Sri Lanka":
 * a hyphenated participle read as a clause of its own ("hit Pakistan" a
 * verb and its object) modifies the name after it; that name takes the
 * place in the sentence of the phrase, with its preposition. */
void tree_repair_hyphen_participle(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                   const char **deprels) {
    for (size_t i = 1; i + 2 < n; i++) {
        size_t f = i - 1, j = i + 1, k = i + 2;
        if (!forms[i] || !str_eq(forms[i], "-") || !(is(upos[f], "NOUN") || is(upos[f], "PROPN") || is(upos[f], "ADJ")))
            continue;
        if (!is(upos[j], "VERB") || !is(upos[k], "PROPN")) continue;
        /* (already the name's modifier: nothing to mend) */
        if (heads[j] >= (int32_t)k) continue;
        int32_t np = (int32_t)k; /* the name's head: "Sri" of "Sri Lanka" */
        /* where the phrase hangs: the first part's place outside it, else
         * the participle's */
        int32_t outer = -1;
        const char *rel = NULL;
        if (heads[f] >= 0 && (heads[f] < (int32_t)f || heads[f] > (int32_t)k)) outer = heads[f], rel = deprels[f];
        else if (heads[j] >= 0 && heads[j] < (int32_t)f) outer = heads[j], rel = deprels[j];
        if (outer < 0 || !(heads[np] == (int32_t)j || heads[np] == (int32_t)f)) continue;
        /* (a clause's relation becomes a phrase's) */
        if (is(rel, "advcl") || is(rel, "parataxis") || is(rel, "xcomp") || is(rel, "ccomp") || is(rel, "acl") ||
            is(rel, "conj") || is(rel, "compound") || is(rel, "appos"))
            rel = is(upos[outer], "VERB") ? "obl" : "nmod";
        heads[np] = outer;
        deprels[np] = rel;
        /* (the clause's verb, for the participle's phrases) */
        int32_t clause = outer;
        for (int hops = 0; hops < 16 && clause >= 0 && !is(upos[clause], "VERB") && heads[clause] >= 0; hops++)
            clause = heads[clause];
        for (size_t c = 0; c < n; c++) {
            if ((int32_t)c == np || c == f || c == i || c == j) continue;
            /* (its preposition; the participle's other phrases are the
             * clause's: "on Monday") */
            if ((heads[c] == (int32_t)f || heads[c] == (int32_t)j) && is(deprels[c], "case") && c < f)
                heads[c] = np;
            else if (heads[c] == (int32_t)j && c > k)
                heads[c] = clause;
        }
        heads[j] = np;
        deprels[j] = "amod";
        heads[f] = (int32_t)j;
        deprels[f] = "compound";
        heads[i] = (int32_t)j;
        deprels[i] = "punct";
    }
}

/* "accused Russia of shooting down a spy plane and demanded an apology":
 * a past tense hung as the conjunct of an -ing verb (of a complement or
 * an adverbial clause) has no subject of its own and a form the -ing
 * verb lacks; it is the conjunct of the finite verb above that clause. */
void tree_repair_finite_conjunct(size_t n, const char *const *xpos, int32_t *heads, const char **deprels) {
    for (size_t c = 1; c < n; c++) {
        int32_t h = heads[c];
        /* (or of an -ing complement below it: "accused Guinea of arming
         * the rebels besieging Monrovia and appealed to the UN") */
        /* (or of a to-infinitive: "threatened to expel some 200,000
         * refugees ... and accused Khartoum of backing rebels") */
        /* (or of a subjunctive that-clause, "demanded that Russia pull its
         * troops back and called Moscow's moves an act of aggression", the
         * past tense perhaps tagged a participle with no auxiliary) */
        if (!is(deprels[c], "conj") || h < 0 || h >= (int32_t)c ||
            !(is(xpos[h], "VBG") || (is(xpos[h], "VB") && has_child(n, heads, deprels, h, "mark"))))
            continue;
        int subjunctive = is(deprels[h], "ccomp") && is(xpos[h], "VB");
        int past = is(xpos[c], "VBD") || (subjunctive && is(xpos[c], "VBN") &&
                                          !has_child(n, heads, deprels, (int32_t)c, "aux") &&
                                          !has_child(n, heads, deprels, (int32_t)c, "aux:pass"));
        if (!past || !(is(deprels[h], "advcl") || is(deprels[h], "acl") || is(deprels[h], "xcomp") || subjunctive))
            continue;
        if (has_child(n, heads, deprels, (int32_t)c, "nsubj")) continue;
        int32_t g = heads[h];
        for (int up = 0; g >= 0 && up < 3 && !finite(xpos[g]); up++) g = heads[g];
        if (g < 0 || g >= h || !finite(xpos[g])) continue;
        heads[c] = g;
    }
}

/* "Ethiopian warplanes bombed Asmara airport on Friday and Eritrean jets
 * struck the town of Mekele": the parser joined the second clause's subject
 * to a noun of the first ("Friday ... and jets") and left the second verb
 * with no subject.  A finite verb with no subject, right after a noun
 * phrase that begins with "and" and is a conjunct of a noun in the clause
 * of an earlier verb, is that verb's conjunct, and the phrase its subject. */
void tree_repair_conjoined_clause(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *xpos, int32_t *heads, const char **deprels) {
    for (size_t v = 3; v < n; v++) {
        if (!is(upos[v], "VERB") || !finite(xpos[v])) continue;
        if (has_subject(n, heads, deprels, (int32_t)v)) continue;
        int32_t c = -1;
        /* (an adverb of v's may stand between: "and opposition leader
         * Raila Odinga immediately accused the government") */
        int32_t end = (int32_t)v - 1;
        while (end > 0 && is(upos[end], "ADV") && heads[end] == (int32_t)v) end--;
        /* the phrase's head: the conjunct whose words end right before v */
        for (int32_t k = end; k >= 0 && c < 0; k--) {
            if (!np_word(upos[k])) break;
            if (is(deprels[k], "conj") && heads[k] >= 0 && heads[k] < k) c = k;
        }
        if (c < 0) continue;
        int32_t lo, hi;
        subtree_span(n, heads, c, &lo, &hi);
        /* (the comma before "and" may hang on the conjunct) */
        int32_t comma = -1;
        if (is(forms[lo], ",") && heads[lo] == c && lo + 1 < hi) comma = lo++;
        if (hi != end || !is(upos[lo], "CCONJ") || !forms[lo] || !ascii_ieq(forms[lo], "and") || heads[lo] != c)
            continue;
        /* (a plain noun phrase, not one that took in phrases and clauses:
         * "an air and sea blockade on Lebanon on Thursday, a day after
         * Hezbollah guerrillas captured") */
        int plain = 1;
        for (int32_t k = lo + 1; k <= hi && plain; k++)
            plain = is(upos[k], "DET") || is(upos[k], "ADJ") || is(upos[k], "NOUN") || is(upos[k], "PROPN") ||
                    is(upos[k], "NUM") || is(upos[k], "PART");
        if (!plain) continue;
        /* the earlier verb: above the noun the phrase was joined to */
        int32_t w = heads[c];
        for (int up = 0; w >= 0 && up < 4 && !is(upos[w], "VERB"); up++) w = heads[w];
        if (w < 0 || w >= lo || !is(upos[w], "VERB") || !finite(xpos[w]) || dominates(heads, n, (int32_t)v, w)) continue;
        heads[c] = (int32_t)v;
        deprels[c] = "nsubj";
        heads[lo] = (int32_t)v;
        deprels[lo] = "cc";
        if (comma >= 0) heads[comma] = (int32_t)v;
        heads[v] = w;
        deprels[v] = "conj";
    }
}

/* "..., and Australia and New Zealand condemned the seizure": the parser
 * hung the first of two conjoined subjects as a conjunct of a noun of the
 * clause before (", and Australia") and left the second the verb's only
 * subject.  A name conjunct opened by ", and" that ends right before
 * "and" and the verb's own subject is that subject's first member. */
void tree_repair_conjoined_subjects(size_t n, const char *const *forms, const char *const *upos,
                                   const char *const *xpos, int32_t *heads, const char **deprels) {
    for (size_t v = 5; v < n; v++) {
        if (!is(upos[v], "VERB") || !finite(xpos[v])) continue;
        int32_t s = -1;
        for (size_t k = 0; k < v && s < 0; k++)
            if (heads[k] == (int32_t)v && is(deprels[k], "nsubj")) s = (int32_t)k;
        if (s < 3) continue;
        int32_t slo, shi;
        subtree_span(n, heads, s, &slo, &shi);
        if (shi != (int32_t)v - 1 || slo < 3) continue;
        int32_t and2 = slo - 1;
        if (!is(upos[and2], "CCONJ") || !forms[and2] || !ascii_ieq(forms[and2], "and")) continue;
        /* the first member: a name conjunct of an earlier noun ending at and2 - 1 */
        int32_t c = -1;
        for (int32_t k = and2 - 1; k >= 0 && c < 0; k--) {
            if (!is(upos[k], "PROPN")) break;
            if (is(deprels[k], "conj") && heads[k] >= 0 && heads[k] < k) c = k;
        }
        if (c < 0) continue;
        int32_t clo, chi;
        subtree_span(n, heads, c, &clo, &chi);
        if (chi != and2 - 1) continue;
        /* (opened by ", and" hung on it) */
        int32_t cc = clo, comma = -1;
        if (is(forms[cc], ",") && heads[cc] == c) { comma = cc; cc++; }
        if (!is(upos[cc], "CCONJ") || !forms[cc] || !ascii_ieq(forms[cc], "and") || heads[cc] != c || cc + 1 > c) continue;
        if (comma < 0 && !(cc > 0 && is(forms[cc - 1], ","))) continue;
        heads[c] = (int32_t)v;
        deprels[c] = "nsubj";
        heads[s] = c;
        deprels[s] = "conj";
        heads[and2] = s;
        deprels[and2] = "cc";
        heads[cc] = (int32_t)v;
        deprels[cc] = "cc";
        if (comma >= 0) heads[comma] = (int32_t)v;
    }
}

/* "Peru recalled its ambassador to Venezuela on Saturday, accusing
 * President Hugo Chavez of meddling": the parser hung the -ing clause on
 * the comma.  A word hung on punctuation hangs on what the punctuation
 * hangs on; a clause (a verb's xcomp or advcl) on the first verb above. */
void tree_repair_punct_head(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                            int32_t *heads, const char **deprels) {
    for (size_t i = 0; i < n; i++) {
        int32_t h = heads[i];
        for (size_t hops = 0; h >= 0 && hops < n && is(upos[h], "PUNCT"); hops++) h = heads[h];
        if (h == heads[i] || h == (int32_t)i) continue;
        if (is(upos[i], "VERB") && (is(deprels[i], "xcomp") || is(deprels[i], "advcl")))
            for (size_t hops = 0; h >= 0 && hops < 4 && !is(upos[h], "VERB"); hops++) h = heads[h];
        if (h < 0 || dominates(heads, n, (int32_t)i, h)) continue;
        heads[i] = h;
    }
    /* (an -ing clause after a comma is an adjunct, not a complement the
     * verb's object would be the subject of: "stormed the British
     * embassy, smashing windows") */
    /* (also one the parser hung on an adjunct's noun: "recalled its
     * ambassador on Saturday, accusing ...") */
    for (size_t i = 1; i < n; i++) {
        int32_t h = heads[i];
        if (!is(xpos[i], "VBG") || !is(forms[i - 1], ",") || h < 0 || h >= (int32_t)i) continue;
        if (is(deprels[i], "acl") && (is(deprels[h], "obl") || is(deprels[h], "obl:tmod")) && heads[h] >= 0 &&
            is(upos[heads[h]], "VERB")) {
            heads[i] = heads[h];
            deprels[i] = "advcl";
        } else if (is(deprels[i], "xcomp") && is(upos[h], "VERB")) {
            deprels[i] = "advcl";
        }
    }
}

/* "Chechen rebels led by Shamil Basayev were holding 1,000 hostages",
 * "Rebels led by Laurent Nkunda attacked", "FARC rebels disguised as
 * soldiers abducted": the parser read "by" or "as" as the mark of a clause
 * whose subject is the noun after it.  That noun is the participle's agent
 * (or its as-phrase); the verb is the first noun's, which becomes its
 * subject when the parser had hung the verb under the participle. */
void tree_repair_led_by(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                        int32_t *heads, const char **deprels) {
    for (size_t b = 2; b + 2 < n; b++) {
        /* (or "as": "FARC rebels disguised as soldiers abducted ...") */
        int by = forms[b] && ascii_ieq(forms[b], "by");
        if (!is(deprels[b], "mark") || !forms[b] || !(by || ascii_ieq(forms[b], "as")) || !is(xpos[b - 1], "VBN") ||
            !is(deprels[b - 1], "acl"))
            continue;
        int32_t vbn = (int32_t)b - 1, noun = heads[vbn], v = heads[b];
        if (noun < 0 || noun >= vbn || v <= (int32_t)b || !is(upos[v], "VERB")) continue;
        int32_t name = -1;
        for (int32_t k = (int32_t)b + 1; k < v && name < 0; k++)
            if (heads[k] == v && is(deprels[k], "nsubj") && (is(upos[k], "PROPN") || is(upos[k], "NOUN"))) name = k;
        if (name < 0) continue;
        heads[name] = vbn;
        deprels[name] = by ? "obl:agent" : "obl";
        heads[b] = name;
        deprels[b] = "case";
        if (!dominates(heads, n, vbn, v)) continue;
        /* the verb takes the noun's place, the noun becomes its subject */
        for (int32_t k = v + 1; k < (int32_t)n; k++)
            if (heads[k] == noun) heads[k] = v;
        heads[v] = heads[noun];
        deprels[v] = heads[noun] < 0 ? "root" : deprels[noun];
        heads[noun] = v;
        deprels[noun] = "nsubj";
    }
    /* "Rebels led by failed businessman George Speight held ...": the
     * agent a title noun, the name after it read as the verb's subject
     * and the noun hung on the name -- the name is the agent's, the noun
     * the verb's subject */
    for (size_t a = 3; a + 2 < n; a++) {
        if (!is(deprels[a], "obl:agent") || !is(upos[a], "NOUN") || heads[a] < 1) continue;
        int32_t vbn = heads[a], noun = heads[vbn], name = (int32_t)a + 1;
        if (!is(xpos[vbn], "VBN") || !is(deprels[vbn], "acl") || noun < 0 || noun >= vbn || !is(upos[name], "PROPN") ||
            !is(deprels[name], "nsubj") || heads[noun] != name)
            continue;
        int32_t v = heads[name];
        if (v <= name || !is(upos[v], "VERB")) continue;
        heads[noun] = v;
        deprels[noun] = "nsubj";
        heads[name] = (int32_t)a;
        deprels[name] = "appos";
    }
}

/* "took Prime Minister Mahendra Chaudhry and dozens of lawmakers
 * hostage": the parser hung "hostage" inside the long object.  After
 * "take", "hold" or "keep", a bare "hostage" (or "captive", "prisoner")
 * that ends the object's phrase is the verb's predicate (xcomp). */
void tree_repair_hostage(size_t n, const char *const *forms, const char *const *lemmas, int32_t *heads,
                         const char **deprels) {
    static const char *const holding[] = {"take", "hold", "keep", NULL};
    static const char *const captive[] = {"hostage", "hostages", "captive", "captives", "prisoner", "prisoners", NULL};
    if (!lemmas) return;
    for (size_t k = 3; k < n; k++) {
        /* (the cheap test first: the words' first letters) */
        char f0 = forms[k] ? (char)(forms[k][0] | 0x20) : 0;
        if ((f0 != 'h' && f0 != 'c' && f0 != 'p') || !ascii_ieq_any(forms[k], captive) || is(deprels[k], "xcomp"))
            continue;
        /* (the object itself, with the real object its compound: "were
         * holding about 300 U.N. peacekeepers hostage") */
        if (is(deprels[k], "obj")) {
            int32_t hv = heads[k];
            if (hv < 0 || !lemmas[hv] || !ascii_ieq_any(lemmas[hv], holding) || !is(deprels[k - 1], "compound") ||
                heads[k - 1] != (int32_t)k || (k + 1 < n && forms[k + 1] && is(forms[k + 1], "of")))
                continue;
            for (size_t j = 0; j < n; j++)
                if (heads[j] == (int32_t)k && j != k - 1) heads[j] = (int32_t)k - 1;
            heads[k - 1] = hv;
            deprels[k - 1] = "obj";
            deprels[k] = "xcomp";
            continue;
        }
        /* (the phrase ends there, and "hostage" has no words of its own) */
        static const char *const after[] = {".", ",", "in", "on", "at", "for", "after", "inside", "aboard", "near",
                                            "since", "until", NULL};
        if (k + 1 < n && forms[k + 1] && !ascii_ieq_any(forms[k + 1], after)) continue;
        /* (or the noun before it, read as its compound: "dozens of
         * lawmakers hostage", whose noun then takes its place) */
        int32_t noun = is(deprels[k - 1], "compound") && heads[k - 1] == (int32_t)k ? (int32_t)k - 1 : -1;
        int own = 0;
        for (size_t j = 0; j < n && !own; j++)
            own = heads[j] == (int32_t)k && !is(deprels[j], "punct") && (int32_t)j != noun &&
                  !(noun >= 0 && is(deprels[j], "case") && (int32_t)j < noun);
        if (own) continue;
        /* the object above it, and the verb above that */
        int32_t o = heads[k];
        for (int hops = 0; o >= 0 && hops < 6 && !is(deprels[o], "obj"); hops++) o = heads[o];
        if (o < 0 || o >= (int32_t)k || !is(deprels[o], "obj")) continue;
        int32_t v = heads[o];
        if (v < 0 || v >= o || !lemmas[v] || !ascii_ieq_any(lemmas[v], holding)) continue;
        if (noun >= 0) {
            for (size_t j = 0; j < n; j++)
                if (heads[j] == (int32_t)k && (int32_t)j != noun) heads[j] = noun;
            heads[noun] = heads[k];
            deprels[noun] = deprels[k];
        }
        heads[k] = v;
        deprels[k] = "xcomp";
    }
}

void tree_repair_adjective_object(size_t n, const char *const *upos, const char *const *xpos, int32_t *heads,
                                  const char **deprels) {
    for (size_t j = 2; j + 1 < n; j++) {
        if (!is(deprels[j], "xcomp") || !is(xpos[j], "JJ") || heads[j] != (int32_t)j - 1 || !is(upos[j - 1], "VERB"))
            continue;
        /* the name hung on it as an oblique with no preposition */
        int32_t name = -1;
        for (size_t k = j + 1; k < n && name < 0; k++)
            if (heads[k] == (int32_t)j && is(deprels[k], "obl") && is(upos[k], "PROPN") &&
                !has_child(n, heads, deprels, (int32_t)k, "case"))
                name = (int32_t)k;
        if (name < 0) continue;
        heads[name] = (int32_t)j - 1;
        deprels[name] = "obj";
        heads[j] = name;
        deprels[j] = "amod";
    }
}

/* "Protesters demanding the release of ousted Peruvian President Pedro
 * Castillo clashed with police": the -ing word made the root, as in
 * tree_repair_gerund_root, but the finite verb hung deeper (an acl of
 * "release") and the name after "of" made its subject.  The finite verb
 * is the root with the noun its subject, the -ing clause the noun's acl,
 * and the name (with the words the parser hung on the verb before it) the
 * of-phrase of the noun before "of". */
void tree_repair_gerund_root_of(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                                int32_t *heads, const char **deprels) {
    /* (the root, or the clause an attribution reports: "..., officials
     * said") */
    int32_t r = -1;
    for (size_t i = 1; i < n && r < 0; i++)
        if ((heads[i] < 0 || (is(deprels[i], "ccomp") && heads[i] > (int32_t)i)) && is(xpos[i], "VBG") &&
            is(deprels[i - 1], "nsubj") && heads[i - 1] == (int32_t)i)
            r = (int32_t)i;
    if (r < 1) return;
    if (has_child(n, heads, deprels, r, "aux") || has_child(n, heads, deprels, r, "aux:pass")) return;
    int32_t noun = r - 1, f = -1, subj = -1, of = -1;
    for (int32_t k = r + 1; k < (int32_t)n && f < 0; k++)
        if (is(upos[k], "VERB") && finite(xpos[k]) && heads[k] != r && dominates(heads, n, r, k)) f = k;
    if (f < 0) return;
    for (int32_t k = r + 1; k < f; k++) {
        if (heads[k] != f) continue;
        if (is(deprels[k], "nsubj") && subj < 0) subj = k;
        if (forms[k] && ascii_ieq(forms[k], "of") && of < 0) of = k;
    }
    if (subj < 0 || of < 0 || of > subj || of < r + 2 || !is(upos[of - 1], "NOUN") || !dominates(heads, n, r, of - 1) ||
        dominates(heads, n, subj, of - 1) || dominates(heads, n, f, of - 1))
        return;
    /* (only the of-phrase's words lie between "of" and the verb's other
     * dependents) */
    for (int32_t k = of + 1; k < subj; k++)
        if (heads[k] == f && !(is(upos[k], "VERB") || is(upos[k], "ADJ"))) return;
    for (int32_t k = of + 1; k < subj; k++)
        if (heads[k] == f) {
            heads[k] = subj;
            deprels[k] = "amod";
        }
    heads[of] = subj;
    deprels[of] = "case";
    heads[subj] = of - 1;
    deprels[subj] = "nmod";
    for (int32_t k = f + 1; k < (int32_t)n; k++)
        if (heads[k] == r) heads[k] = f;
    heads[f] = heads[r];
    deprels[f] = deprels[r];
    heads[noun] = f;
    deprels[noun] = "nsubj";
    heads[r] = noun;
    deprels[r] = "acl";
}

/* "Rebels fighting to oust Liberian President Charles Taylor pounded
 * central Monrovia": the parser made the -ing word the root and the name,
 * the object of "oust", the subject of "pounded".  The -ing clause
 * modifies its noun, the noun is the finite verb's subject, and the name
 * the object of the verb before it. */
void tree_repair_gerund_root(size_t n, const char *const *upos, const char *const *xpos, int32_t *heads,
                             const char **deprels) {
    int32_t r = first_root(n, heads);
    if (r < 1 || !is(xpos[r], "VBG") || !is(deprels[r - 1], "nsubj") || heads[r - 1] != r) return;
    if (has_child(n, heads, deprels, r, "aux") || has_child(n, heads, deprels, r, "aux:pass")) return;
    int32_t noun = r - 1, f = -1, subj = -1;
    for (int32_t k = r + 1; k < (int32_t)n && f < 0; k++)
        if (heads[k] == r && is(upos[k], "VERB") && finite(xpos[k])) f = k;
    if (f < 0) return;
    for (int32_t k = r + 1; k < f && subj < 0; k++)
        if (heads[k] == f && is(deprels[k], "nsubj")) subj = k;
    if (subj < 0) return;
    /* the verb before the name, with no object of its own */
    int32_t w = -1;
    for (int32_t k = subj - 1; k > r && w < 0; k--)
        if (is(upos[k], "VERB")) w = k;
    if (w < 0 || !dominates(heads, n, r, w)) return;
    if (has_child(n, heads, deprels, w, "obj")) return;
    for (int32_t k = f + 1; k < (int32_t)n; k++)
        if (heads[k] == r) heads[k] = f;
    heads[f] = -1;
    deprels[f] = "root";
    heads[noun] = f;
    deprels[noun] = "nsubj";
    heads[r] = noun;
    deprels[r] = "acl";
    heads[subj] = w;
    deprels[subj] = "obj";
}

/* "more than 200 schoolgirls kidnapped by Boko Haram militants were being
 * held": a participle with a by-agent and no auxiliary whose "subject"
 * the parser found is a passive's subject (nsubj:pass), the agent's
 * victim, not the doer. */
void tree_repair_agent_subject(size_t n, const char *const *xpos, int32_t *heads, const char **deprels) {
    for (size_t v = 1; v < n; v++) {
        if (!is(xpos[v], "VBN")) continue;
        int32_t subj = -1, agent = 0, aux = 0;
        for (size_t k = 0; k < n; k++) {
            if (heads[k] != (int32_t)v) continue;
            if (is(deprels[k], "nsubj") && k < v) subj = (int32_t)k;
            agent |= is(deprels[k], "obl:agent");
            aux |= is(deprels[k], "aux") || is(deprels[k], "aux:pass");
            /* (not when a finite verb hangs on it: "forces backed by a
             * Saudi-led coalition launched ...", whose subject it took) */
            aux |= k > v && finite(xpos[k]) && !is(deprels[k], "aux");
        }
        if (subj >= 0 && agent && !aux) deprels[subj] = "nsubj:pass";
    }
}

/* "rebels are holding up to 300 U.N. peacekeepers captive": "up" read as
 * the verb's particle and "to 300 peacekeepers" as an oblique.  "up to"
 * before a number counts the noun, which is the verb's object. */
void tree_repair_up_to(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                       const char **deprels) {
    for (size_t u = 1; u + 3 < n; u++) {
        if (!is(deprels[u], "compound:prt") || !forms[u] || !ascii_ieq(forms[u], "up") || !is(forms[u + 1], "to") ||
            !is(upos[u + 2], "NUM"))
            continue;
        int32_t v = heads[u], num = (int32_t)u + 2, noun = heads[num];
        if (v < 0 || noun <= num || heads[u + 1] != noun || !is(deprels[noun], "obl") || heads[noun] != v) continue;
        if (has_child(n, heads, deprels, v, "obj")) continue;
        heads[u] = num;
        deprels[u] = "advmod";
        heads[u + 1] = (int32_t)u;
        deprels[u + 1] = "fixed";
        deprels[noun] = "obj";
    }
}

/* "Security forces loyal to Ivory Coast's incumbent leader Laurent Gbagbo
 * opened fire": the parser read the noun phrase before the name as the
 * name's title and the name as the subject.  The plural noun with
 * "loyal" (or "allied", "close", "opposed") is the subject; the name,
 * with the title before it, is what the adjective's phrase names. */
void tree_repair_loyal_to_name(size_t n, const char *const *upos, const char *const *xpos,
                               const char *const *lemmas, int32_t *heads, const char **deprels) {
    static const char *const loyal[] = {"loyal", "allied", "faithful", "close", "opposed", NULL};
    if (!lemmas) return;
    for (size_t s = 3; s < n; s++) {
        if (!is(deprels[s], "nsubj") || !is(upos[s], "PROPN")) continue;
        int32_t d = -1, a = -1, title = -1;
        for (int32_t k = 0; k < (int32_t)s && d < 0; k++)
            if (heads[k] == (int32_t)s && is(deprels[k], "nmod:desc") && (is(xpos[k], "NNS") || is(xpos[k], "NNPS")))
                d = k;
        for (int32_t k = d + 1; d >= 0 && k < (int32_t)s && a < 0; k++)
            if (heads[k] == d && is(deprels[k], "amod") && lemmas[k] && ascii_ieq_any(lemmas[k], loyal)) a = k;
        /* the title: the adjective's oblique right before the name */
        for (int32_t k = a + 1; a >= 0 && k < (int32_t)s && title < 0; k++)
            if (heads[k] == a && is(deprels[k], "obl") && k == (int32_t)s - 1) title = k;
        if (title < 0) {
            /* ("Troops loyal to army chief General Pervez Musharraf
             * detained Prime Minister Nawaz Sharif" read with "Troops" the
             * root and the named chief the subject of a verb hung on it:
             * the noun is the verb's subject, the name the chief's) */
            int32_t v = heads[s];
            d = v >= 0 ? heads[v] : -1;
            if (d < 0 || d >= (int32_t)s || !(is(xpos[d], "NNS") || is(xpos[d], "NNPS")) ||
                !(is(deprels[v], "parataxis") || is(deprels[v], "acl") || is(deprels[v], "conj")) || !finite(xpos[v]))
                continue;
            a = -1;
            for (int32_t k = d + 1; k < (int32_t)s && a < 0; k++)
                if (heads[k] == d && is(deprels[k], "amod") && lemmas[k] && ascii_ieq_any(lemmas[k], loyal)) a = k;
            for (int32_t k = a + 1; a >= 0 && k < (int32_t)s && title < 0; k++)
                if (heads[k] == a && is(deprels[k], "obl") && is(upos[k], "NOUN")) title = k;
            if (title < 0) continue;
            /* (nothing but the name's own words between the title and it) */
            int plain = 1;
            for (int32_t k = title + 1; k < (int32_t)s && plain; k++) plain = heads[k] == (int32_t)s;
            if (!plain) continue;
            heads[v] = heads[d];
            deprels[v] = heads[d] < 0 ? "root" : deprels[d];
            heads[d] = v;
            deprels[d] = "nsubj";
            heads[s] = title;
            deprels[s] = "appos";
            continue;
        }
        heads[d] = heads[s];
        deprels[d] = "nsubj";
        heads[s] = a;
        deprels[s] = "obl";
        heads[title] = (int32_t)s;
        deprels[title] = "nmod:desc";
        /* (the title's words, "to Ivory Coast's incumbent", now the name's) */
        for (int32_t k = a + 1; k < title; k++)
            if (heads[k] == title) heads[k] = (int32_t)s;
    }
}

/* "cut internet services on Friday as tens of thousands of protesters
 * fought running battles with riot police": the parser read "as" as a
 * preposition, the subject after it as the main verb's oblique, and left
 * the clause's verb without a subject.  The oblique is that verb's
 * subject, "as" its mark. */
void tree_repair_as_clause(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                           int32_t *heads, const char **deprels) {
    static const char *const marks[] = {"as", "while", "after", "before", "when", NULL};
    for (size_t v = 3; v < n; v++) {
        if (!is(upos[v], "VERB") || !finite(xpos[v]) || !is(deprels[v], "advcl")) continue;
        if (has_subject(n, heads, deprels, (int32_t)v)) continue;
        /* the oblique whose phrase ends right before the verb */
        int32_t o = -1;
        for (int32_t k = (int32_t)v - 1; k >= 0 && o < 0; k--) {
            if (heads[k] != heads[v] || !is(deprels[k], "obl")) continue;
            int32_t lo, hi;
            subtree_span(n, heads, k, &lo, &hi);
            if (hi == (int32_t)v - 1 && forms[lo] && ascii_ieq_any(forms[lo], marks) && heads[lo] == k) o = k;
            break;
        }
        if (o < 0) continue;
        int32_t lo, hi;
        subtree_span(n, heads, o, &lo, &hi);
        heads[o] = (int32_t)v;
        deprels[o] = "nsubj";
        heads[lo] = (int32_t)v;
        deprels[lo] = "mark";
    }
}

void tree_repair_as_acl(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                        int32_t *heads, const char **deprels) {
    static const char *const marks[] = {"as", "while", NULL};
    for (size_t v = 3; v < n; v++) {
        int32_t o = heads[v];
        if (!is(upos[v], "VERB") || !(is(xpos[v], "VBD") || is(xpos[v], "VBN")) || !is(deprels[v], "acl") ||
            o < 0 || o >= (int32_t)v || !is(deprels[o], "obl") || heads[o] < 0 || !is(upos[heads[o]], "VERB"))
            continue;
        /* (the oblique opens with the word, and its phrase ends right
         * before the verb) */
        int32_t lo, hi;
        heads[v] = -2; /* (outside o's subtree while it is measured) */
        subtree_span(n, heads, o, &lo, &hi);
        heads[v] = o;
        if (hi != (int32_t)v - 1 || !forms[lo] || !ascii_ieq_any(forms[lo], marks) || heads[lo] != o) continue;
        heads[v] = heads[o];
        deprels[v] = "advcl";
        heads[o] = (int32_t)v;
        deprels[o] = "nsubj";
        heads[lo] = (int32_t)v;
        deprels[lo] = "mark";
    }
}

/* 1 when all of token i's dependents are a name's own words (flat,
 * compound, punct, its article and preposition, its list) -- i heads a
 * bare name. */
static int bare_name(size_t n, const char *const *upos, const int32_t *heads, const char **deprels, int32_t i) {
    if (!is(upos[i], "PROPN")) return 0;
    for (size_t k = 0; k < n; k++)
        if (heads[k] == i && !is(deprels[k], "flat") && !is(deprels[k], "compound") && !is(deprels[k], "punct") &&
            !is(deprels[k], "conj") && !is(deprels[k], "cc") && !is(deprels[k], "case") && !is(deprels[k], "det"))
            return 0;
    return 1;
}

void tree_repair_listed_appos(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                              const char **deprels) {
    for (size_t y = 2; y < n; y++) {
        if (!is(deprels[y], "appos") || heads[y] < 0 || !forms[y - 1] || !str_eq(forms[y - 1], ",")) continue;
        int32_t x = heads[y];
        if (x >= (int32_t)y || !bare_name(n, upos, heads, deprels, (int32_t)y)) continue;
        /* x, without y, is a bare name that ends right before the comma */
        int32_t lo, hi;
        heads[y] = -1;
        int bare = bare_name(n, upos, heads, deprels, x);
        subtree_span(n, heads, x, &lo, &hi);
        heads[y] = x;
        if (!bare || hi != (int32_t)y - 2) continue;
        /* y's conjunct: a name after "and" or "or" */
        int32_t z = -1;
        for (size_t k = y + 1; k < n && z < 0; k++)
            if (heads[k] == (int32_t)y && is(deprels[k], "conj") && is(upos[k], "PROPN") && forms[k - 1] &&
                (ascii_ieq(forms[k - 1], "and") || ascii_ieq(forms[k - 1], "or")))
                z = (int32_t)k;
        if (z < 0) continue;
        deprels[y] = "conj";
        for (size_t k = y + 1; k < n; k++)
            if (heads[k] == (int32_t)y && is(deprels[k], "conj")) heads[k] = x;
    }
}

void tree_repair_clause_after_subordinate(size_t n, const char *const *forms, const char *const *xpos,
                                          int32_t *heads, const char **deprels) {
    static const char *const marks[] = {"after", "before", "as", "when", "while", "since", "because", "until", NULL};
    for (size_t c = 2; c < n; c++) {
        int32_t h = heads[c];
        if (!is(deprels[c], "conj") || !finite(xpos[c]) || h < 0 || h >= (int32_t)c || !is(deprels[h], "advcl") ||
            heads[h] < 0 || !has_subject(n, heads, deprels, (int32_t)c))
            continue;
        int marked = 0;
        for (size_t k = 0; k < (size_t)h && !marked; k++)
            marked = heads[k] == h && is(deprels[k], "mark") && forms[k] && ascii_ieq_any(forms[k], marks);
        if (!marked) continue;
        /* (", and" opens the conjunct: its "and" is the span's first word,
         * or the second after its comma) */
        int32_t lo, hi;
        subtree_span(n, heads, (int32_t)c, &lo, &hi);
        int32_t and_at = forms[lo] && ascii_ieq(forms[lo], "and") ? lo
                         : forms[lo] && is(forms[lo], ",") && lo + 1 < (int32_t)c && forms[lo + 1] &&
                                   ascii_ieq(forms[lo + 1], "and")
                             ? lo + 1
                             : -1;
        if (and_at < 1 || !forms[and_at - 1] || !is(forms[and_at - 1], ",")) continue;
        heads[c] = heads[h];
    }
}

void tree_repair_charge_denied(size_t n, const char *const *forms, const char *const *upos,
                               const char *const *xpos, const char *const *lemmas, int32_t *heads,
                               const char **deprels) {
    static const char *const charges[] = {"charge", "allegation", "accusation", "claim", NULL};
    static const char *const denying[] = {"deny", "reject", "dismiss", "refute", NULL};
    if (!lemmas) return;
    for (size_t c = 2; c + 2 < n; c++) {
        if (!lemmas[c] || !ascii_ieq_any(lemmas[c], charges) || !is(upos[c], "NOUN") || !forms[c - 2] ||
            !is(forms[c - 2], ",") || !forms[c - 1] || !(ascii_ieq(forms[c - 1], "a") || ascii_ieq(forms[c - 1], "an")))
            continue;
        int32_t v = heads[c];
        if (v <= (int32_t)c + 1 || !lemmas[v] || !ascii_ieq_any(lemmas[v], denying) ||
            !(finite(xpos[v]) || is(xpos[v], "VBN")) || !(is_subject(deprels[c]) || is(deprels[c], "obj")))
            continue;
        /* (between them only the denier's phrase and the denial's
         * auxiliaries and adverbs: "a charge Kigali has repeatedly
         * denied") */
        int plain = 1;
        for (int32_t k = (int32_t)c + 1; k < v && plain; k++)
            plain = np_word(upos[k]) || is(upos[k], "AUX") || is(upos[k], "ADV");
        if (!plain) continue;
        int32_t denier = -1;
        for (int32_t k = (int32_t)c + 1; k < v && denier < 0; k++)
            if ((heads[k] == (int32_t)c || heads[k] == v) && (is(upos[k], "PROPN") || is(upos[k], "NOUN")) &&
                !is(deprels[k], "compound"))
                denier = k;
        if (denier < 0) continue;
        heads[c] = heads[v];
        deprels[c] = heads[v] < 0 ? "root" : deprels[v];
        heads[v] = (int32_t)c;
        deprels[v] = "acl:relcl";
        for (int32_t k = (int32_t)c + 1; k < v; k++)
            if (is_subject(deprels[k]) && heads[k] == v && k != denier) deprels[k] = "obl";
        heads[denier] = v;
        deprels[denier] = "nsubj";
    }
}

void tree_repair_said_object_clause(size_t n, const char *const *forms, const char *const *upos,
                                    const char *const *xpos, const char *const *lemmas, int32_t *heads,
                                    const char **deprels) {
    static const char *const saying[] = {"say", "claim", "insist", "argue", "allege", "believe", "think", NULL};
    if (!lemmas) return;
    for (size_t v = 1; v < n; v++) {
        int32_t nn = heads[v];
        if (!is(deprels[v], "acl") || !(is(xpos[v], "VBN") || is(xpos[v], "VBD")) || nn < 0 || nn >= (int32_t)v ||
            !is(deprels[nn], "obj") || !(is(upos[nn], "NOUN") || is(upos[nn], "PROPN")))
            continue;
        int32_t s = heads[nn];
        if (s < 0 || !lemmas[s] || !ascii_ieq_any(lemmas[s], saying) || !is(upos[s], "VERB")) continue;
        int object = 0, agent = 0;
        for (size_t k = v + 1; k < n; k++) {
            if (heads[k] != (int32_t)v) continue;
            object |= is(deprels[k], "obj");
            agent |= is(deprels[k], "obl:agent") || (is(deprels[k], "obl") && forms[k] && k > 0 && forms[k - 1] &&
                                                     ascii_ieq(forms[k - 1], "by"));
        }
        if (!object || agent) continue;
        heads[v] = s;
        deprels[v] = "ccomp";
        heads[nn] = (int32_t)v;
        deprels[nn] = "nsubj";
        /* (what followed the noun in the main clause follows the clause) */
        for (size_t k = (size_t)nn + 1; k < n; k++)
            if (heads[k] == nn && k > v) heads[k] = (int32_t)v;
    }
}

void tree_repair_obj_with_case(size_t n, const char *const *upos, const int32_t *heads, const char **deprels) {
    for (size_t o = 1; o < n; o++) {
        if (!is(deprels[o], "obj") || heads[o] < 0 || !is(upos[heads[o]], "VERB")) continue;
        for (size_t k = 0; k < o; k++)
            if (heads[k] == (int32_t)o && is(deprels[k], "case") && is(upos[k], "ADP")) {
                deprels[o] = "obl";
                break;
            }
    }
}

void tree_repair_comma_participle(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *xpos, int32_t *heads, const char **deprels) {
    for (size_t i = 1; i + 1 < n; i++) {
        int32_t noun = heads[i];
        if (!is(upos[i], "VERB") || !is(xpos[i], "VBG") || !is(deprels[i], "amod") || !is(forms[i - 1], ",") ||
            noun != (int32_t)i + 1 || !(is(upos[noun], "NOUN") || is(upos[noun], "PROPN")) || heads[noun] < 0)
            continue;
        /* (not one adjective of a list: "a tall, imposing figure" --
         * nothing of the noun's phrase before the comma) */
        int listed = 0;
        for (size_t k = 0; k + 1 < i && !listed; k++) listed = heads[k] == noun && !is(upos[k], "PUNCT");
        if (listed) continue;
        /* (the clause it hangs on: the verb the noun's phrase was put
         * under) */
        int32_t v = heads[noun];
        while (v >= 0 && !is(upos[v], "VERB") && heads[v] >= 0) v = heads[v];
        if (v < 0 || !is(upos[v], "VERB") || v >= (int32_t)i) continue;
        heads[i] = v;
        deprels[i] = "advcl";
        heads[noun] = (int32_t)i;
        deprels[noun] = "obj";
        heads[i - 1] = (int32_t)i; /* (its comma) */
        deprels[i - 1] = "punct";
    }
}

/* 1 when v has a child of relation rel whose form is f ("to" as mark). */
static int has_child_form(size_t n, const char *const *forms, const int32_t *heads, const char **deprels, int32_t v,
                          const char *rel, const char *f) {
    for (size_t k = 0; k < n; k++)
        if (heads[k] == v && is(deprels[k], rel) && forms[k] && ascii_ieq(forms[k], f)) return 1;
    return 0;
}

void tree_repair_comma_gerund(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                              int32_t *heads, const char **deprels) {
    for (size_t i = 1; i < n; i++) {
        if (!is(upos[i], "VERB") || !is(xpos[i], "VBG") || !is(deprels[i], "advcl") || !is(forms[i - 1], ",") ||
            heads[i] < 0)
            continue;
        int32_t h = heads[i];
        int climbed = 0;
        while (h >= 0 && heads[h] >= 0 && (is(deprels[h], "xcomp") || is(deprels[h], "advcl")) &&
               ((is(xpos[h], "VB") && has_child_form(n, forms, heads, deprels, h, "mark", "to")) ||
                (is(upos[h], "ADJ") && has_child(n, heads, deprels, h, "cop")))) {
            h = heads[h];
            climbed = 1;
        }
        if (climbed && h < (int32_t)i) heads[i] = h;
    }
}

void tree_repair_time_participle(size_t n, const char *const *forms, const char *const *upos,
                                 const char *const *xpos, int32_t *heads, const char **deprels) {
    static const char *const when[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                       "sunday", "night", "morning", "afternoon", "evening", "overnight",
                                       "weekend", "day", "dawn", "today", "yesterday", NULL};
    for (size_t i = 2; i < n; i++) {
        int32_t h = heads[i];
        if (h < 0 || h >= (int32_t)i - 1 || !is(deprels[i], "acl") || !is(xpos[i], "VBG") || !is(forms[i - 1], ",") ||
            !forms[h] || !ascii_ieq_any(forms[h], when))
            continue;
        int32_t v = heads[h];
        for (int hops = 0; v >= 0 && !is(upos[v], "VERB") && hops < 8; hops++) v = heads[v];
        if (v < 0 || !is(upos[v], "VERB") || v >= (int32_t)i) continue;
        heads[i] = v;
        deprels[i] = "advcl";
    }
}

void tree_repair_unmarked_first_subject(size_t n, const char *const *forms, const char *const *upos,
                                        int32_t *heads, const char **deprels) {
    for (size_t a = 0; a + 3 < n; a++) {
        int32_t v = heads[a];
        if (v <= (int32_t)a || !is(deprels[a], "obl:unmarked") || !is(upos[a], "PROPN") || !is(upos[v], "VERB"))
            continue;
        /* the verb's subject after it, an "and" between */
        int32_t s = -1;
        for (size_t k = a + 1; k < (size_t)v && s < 0; k++)
            if (heads[k] == v && is(deprels[k], "nsubj")) s = (int32_t)k;
        if (s < 0) continue;
        int32_t and = -1;
        for (size_t k = a + 1; k < (size_t)s && and < 0; k++)
            if (forms[k] && ascii_ieq(forms[k], "and")) and = (int32_t)k;
        if (and < 0) continue;
        /* (nothing of the verb's own between them but the two phrases) */
        int clean = 1;
        for (size_t k = a + 1; k < (size_t)s && clean; k++)
            clean = dominates(heads, n, (int32_t)a, (int32_t)k) || dominates(heads, n, s, (int32_t)k);
        if (!clean) continue;
        /* the first member's conjuncts before the subject are the
         * subject's modifiers ("its Gulf Arab allies"), their own
         * dependants the subject's */
        for (size_t k = a + 1; k < (size_t)s; k++) {
            if (heads[k] != (int32_t)a || !is(deprels[k], "conj")) continue;
            for (size_t j = 0; j < n; j++)
                if (heads[j] == (int32_t)k) heads[j] = s;
            heads[k] = s;
            deprels[k] = "compound";
        }
        heads[and] = s;
        deprels[and] = "cc";
        heads[a] = v;
        deprels[a] = "nsubj";
        heads[s] = (int32_t)a;
        deprels[s] = "conj";
    }
}

void tree_repair_subordinate_acl(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                                 int32_t *heads, const char **deprels) {
    static const char *const subordinators[] = {"when", "after", "as", "before", "while", "because", "since", NULL};
    for (size_t v = 2; v < n; v++) {
        int32_t noun = heads[v];
        if (noun < 0 || noun >= (int32_t)v || !is(deprels[v], "acl") || !is(xpos[v], "VBD") ||
            !(is(upos[noun], "NOUN") || is(upos[noun], "PROPN")))
            continue;
        int32_t h = heads[noun];
        if (h < 0 || h >= noun || !is(upos[h], "VERB")) continue;
        /* the subordinator right before the noun's phrase */
        int32_t left = noun;
        for (int32_t k = noun - 1; k >= 0; k--)
            if (dominates(heads, n, noun, k)) left = k;
        /* (the parser may have hung it inside the phrase) */
        int32_t sub = forms[left] && ascii_ieq_any(forms[left], subordinators) ? left : left - 1;
        if (sub < 0 || !forms[sub] || !ascii_ieq_any(forms[sub], subordinators) || sub <= h) continue;
        heads[v] = h;
        deprels[v] = "advcl";
        heads[noun] = (int32_t)v;
        deprels[noun] = "nsubj";
        heads[sub] = (int32_t)v;
        deprels[sub] = is(upos[sub], "ADV") ? "advmod" : "mark";
    }
}

void tree_repair_hyphen_object(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                const char **deprels) {
    for (size_t o = 1; o + 2 < n; o++) {
        if (!is(deprels[o], "obj") || !is(upos[o], "NOUN") || !forms[o + 1] || !is(forms[o + 1], "-") || heads[o] < 0)
            continue;
        /* the noun the hyphenated words lead to: an object of o's own */
        int32_t noun = -1;
        for (size_t k = o + 2; k < n && noun < 0; k++)
            if (heads[k] == (int32_t)o && is(deprels[k], "obj") && is(upos[k], "NOUN")) noun = (int32_t)k;
        if (noun < 0) continue;
        /* (every word between them inside the hyphenated run) */
        int run = 1;
        for (int32_t k = (int32_t)o + 1; k < noun && run; k++)
            run = dominates(heads, n, noun, k) || is(forms[k], "-") || heads[k] == (int32_t)o;
        if (!run) continue;
        int32_t v = heads[o];
        heads[noun] = v;
        deprels[noun] = "obj";
        for (size_t k = 0; k < n; k++) {
            if (heads[k] != (int32_t)o || (int32_t)k == noun) continue;
            if ((int32_t)k < (int32_t)o && is(deprels[k], "det")) heads[k] = noun; /* "a dusk-to-dawn curfew" */
            else if ((int32_t)k > noun) heads[k] = v;                            /* "... on Monday" */
        }
        heads[o] = noun;
        deprels[o] = "compound";
    }
}

/* "told a Senate committee that genocide had been committed in Darfur and
 * that the government in Khartoum bore responsibility": the parser hung
 * the second clause under the "and" (a coordinating conjunction heads
 * nothing in UD).  A verb with a subject below a CCONJ is the conjunct of
 * the nearest verb above the conjunction, and the conjunction its cc. */
void tree_repair_clause_under_conjunction(size_t n, const char *const *upos, int32_t *heads, const char **deprels) {
    for (size_t v = 2; v < n; v++) {
        int32_t c = heads[v];
        if (!is(upos[v], "VERB") || c < 0 || c >= (int32_t)v || !is(upos[c], "CCONJ") || is(deprels[v], "fixed"))
            continue;
        /* (a clause with a subject of its own; "accusing him of
         * corruption and of threatening ..." is a list of the noun's) */
        if (!has_subject(n, heads, deprels, (int32_t)v)) continue;
        int32_t w = heads[c];
        for (int up = 0; w >= 0 && up < 4 && !is(upos[w], "VERB"); up++) w = heads[w];
        if (w < 0 || w >= c || !is(upos[w], "VERB") || dominates(heads, n, (int32_t)v, w)) continue;
        heads[v] = w;
        deprels[v] = "conj";
        heads[c] = (int32_t)v;
        deprels[c] = "cc";
    }
}

/* "sealed a deal in Vienna ..., an agreement Israeli Prime Minister
 * Benjamin Netanyahu denounced as a historic mistake": a relative clause
 * without "that" summing up the act told before, parsed as a name in
 * apposition and a verb of its own.  A past-tense verb with no subject,
 * right after a name phrase that follows a summing noun ("move",
 * "decision", "agreement" ...) set off by a comma, is that noun's relative
 * clause and the name its subject. */
void tree_repair_summing_relative(size_t n, const char *const *forms, const char *const *upos,
                                  const char *const *xpos, int32_t *heads, const char **deprels) {
    static const char *const summary[] = {"move", "moves", "step", "decision", "act", "action", "measure",
                                          "agreement", "deal", "accord", "verdict", "ruling", "sentence",
                                          "attack", "bombing", "assault", "strike", "raid", "killing",
                                          "shooting", "blast", "explosion", "crackdown", "coup", "visit",
                                          "incident", "trial", NULL};
    for (size_t v = 4; v < n; v++) {
        /* (the past tense perhaps tagged a participle, with no auxiliary:
         * "a deal the Palestinian Authority denounced as a stab in the
         * back") */
        if (!is(upos[v], "VERB") ||
            !(is(xpos[v], "VBD") || (is(xpos[v], "VBN") && !has_child(n, heads, deprels, (int32_t)v, "aux") &&
                                     !has_child(n, heads, deprels, (int32_t)v, "aux:pass"))))
            continue;
        /* the name phrase right before the verb */
        int32_t s = (int32_t)v - 1;
        while (s > 0 && (is(upos[s], "PROPN") || is(upos[s], "ADJ") || (is(upos[s - 1], "PROPN") && is(upos[s], "PART"))))
            s--;
        int32_t noun = s, start = s + 1;
        /* (the name with its article: "a deal the Palestinian Authority
         * denounced") */
        if (s >= 1 && is(upos[s], "DET") && forms[s] && ascii_ieq(forms[s], "the") && forms[s - 1] &&
            ascii_ieq_any(forms[s - 1], summary)) {
            noun = s - 1;
            start = s;
        }
        if (start >= (int32_t)v || !is(upos[v - 1], "PROPN") || !forms[noun] || !ascii_ieq_any(forms[noun], summary) ||
            noun < 2 || !is(upos[noun], "NOUN") || !is(upos[noun - 1], "DET") || !forms[noun - 2] ||
            !is(forms[noun - 2], ","))
            continue;
        /* the phrase's head: the one word whose head lies outside it (a
         * modifier the parser hung on the summing noun -- "a move Georgian
         * President Mikheil Saakashvili denounced" with "Georgian" on
         * "move" -- is the name's, moved below) */
        int32_t head = -1, outside = 0, on_noun = 0, noun_child = -1;
        for (int32_t k = start; k < (int32_t)v; k++) {
            if (heads[k] == noun) {
                on_noun++;
                noun_child = k;
            } else if (heads[k] < start || heads[k] >= (int32_t)v) {
                outside++;
                head = k;
            }
        }
        /* (the name itself in apposition to the noun: "an agreement
         * Israeli Prime Minister Benjamin Netanyahu denounced") */
        if (!outside && on_noun == 1) {
            outside = 1;
            head = noun_child;
        }
        if (outside != 1) continue;
        /* (no subject but the summing noun itself, which the parser may
         * have made the verb's: "an agreement ... denounced" read as a
         * clause of its own; or the name itself) */
        int other_subject = 0;
        for (size_t k = 0; k < n && !other_subject; k++)
            other_subject = heads[k] == (int32_t)v && is_subject(deprels[k]) && (int32_t)k != noun && (int32_t)k != head;
        if (other_subject) continue;
        /* (and no cycle: the name phrase may not hold the noun) */
        int32_t noun_head = heads[noun] == (int32_t)v ? heads[v] : heads[noun];
        if (noun_head < 0 || (heads[noun] != (int32_t)v && dominates(heads, n, (int32_t)v, noun)) ||
            dominates(heads, n, head, noun))
            continue;
        for (int32_t k = start; k < (int32_t)v; k++)
            if (heads[k] == noun && k != head && !dominates(heads, n, k, head)) heads[k] = head;
        if (heads[noun] == (int32_t)v) {
            heads[noun] = noun_head;
            deprels[noun] = is(upos[noun_head], "VERB") ? "parataxis" : "appos";
        }
        heads[head] = (int32_t)v;
        deprels[head] = "nsubj";
        heads[v] = noun;
        deprels[v] = "acl:relcl";
    }
}

/* "called the move an unfriendly act": the parser made the second noun
 * phrase an object of the first (no noun takes an object in UD).  After a
 * verb of calling, it is the verb's complement: what the object is
 * called. */
void tree_repair_called_object(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                               const char **deprels) {
    static const char *const calling[] = {"call", "called", "calls", "calling", "brand", "branded", "brands",
                                          "label", "labelled", "labeled", "labels", "term", "termed", "terms",
                                          "dub", "dubbed", "dubs", NULL};
    for (size_t k = 2; k < n; k++) {
        int32_t o = heads[k];
        if (!is(deprels[k], "obj") || !is(upos[k], "NOUN") || o < 0 || o >= (int32_t)k ||
            !(is(upos[o], "NOUN") || is(upos[o], "PROPN")) || !is(deprels[o], "obj"))
            continue;
        int32_t v = heads[o];
        if (v < 0 || v >= o || !forms[v] || !ascii_ieq_any(forms[v], calling)) continue;
        heads[k] = v;
        deprels[k] = "xcomp";
    }
    /* "called Pakistan a terrorist state": the name the parser made a
     * compound of the second noun phrase, ahead of that phrase's own
     * determiner, is the object; the phrase is the complement. And
     * "called the raid state terrorism", "called the move a grave error"
     * read as one noun phrase: an act noun the parser made a compound
     * right after the phrase's determiner is the object, the rest the
     * complement. */
    static const char *const acts[] = {"raid", "attack", "strike", "killing", "killings", "move", "decision", "ruling",
                                       "shooting", "bombing", "incident", "arrest", "verdict", "sentence", "invasion",
                                       "operation", "offensive", "crackdown", "seizure", "visit", "law", "vote",
                                       "election", "referendum", "action", "plan", "deal", "agreement", "step", "ban",
                                       "test", "launch", "sanctions", "measures", "expulsion", "detention", NULL};
    for (size_t h = 3; h < n; h++) {
        int32_t v = heads[h];
        if (!is(deprels[h], "obj") || !is(upos[h], "NOUN") || v < 0 || v >= (int32_t)h || !forms[v] ||
            !ascii_ieq_any(forms[v], calling))
            continue;
        int32_t name = -1, det = -1;
        for (int32_t k = v + 1; k < (int32_t)h; k++) {
            if (heads[k] != (int32_t)h) continue;
            if (name < 0 && (is(deprels[k], "compound") || is(deprels[k], "nmod:poss")) && is(upos[k], "PROPN"))
                name = k;
            else if (name >= 0 && det < 0 && is(deprels[k], "det")) det = k;
        }
        if (name >= 0 && det >= 0) {
            /* (the name's own words before the determiner go with it) */
            for (int32_t k = v + 1; k < det; k++)
                if (heads[k] == (int32_t)h && k != name) heads[k] = name;
            heads[name] = v;
            deprels[name] = "obj";
            deprels[h] = "xcomp";
            continue;
        }
        int32_t act = -1;
        det = v + 1 < (int32_t)h && heads[v + 1] == (int32_t)h && is(deprels[v + 1], "det") ? v + 1 : -1;
        if (det >= 0 && det + 1 < (int32_t)h && heads[det + 1] == (int32_t)h && is(deprels[det + 1], "compound") &&
            is(upos[det + 1], "NOUN") && forms[det + 1] && ascii_ieq_any(forms[det + 1], acts))
            act = det + 1;
        if (act < 0) continue;
        heads[act] = v;
        deprels[act] = "obj";
        heads[det] = act;
        deprels[h] = "xcomp";
    }
    /* "..., a verdict Amnesty International called a charade": in a
     * relative clause of calling, the noun it hangs on is what is called;
     * its one noun object is the complement */
    for (size_t v = 2; v < n; v++) {
        if (!is(deprels[v], "acl:relcl") || !forms[v] || !ascii_ieq_any(forms[v], calling) || heads[v] < 0 ||
            heads[v] >= (int32_t)v || has_child(n, heads, deprels, (int32_t)v, "xcomp"))
            continue;
        int32_t obj = -1, objs = 0;
        for (size_t k = v + 1; k < n; k++)
            if (heads[k] == (int32_t)v && is(deprels[k], "obj")) {
                obj = (int32_t)k;
                objs++;
            }
        if (objs == 1 && (is(upos[obj], "NOUN") || is(upos[obj], "ADJ"))) deprels[obj] = "xcomp";
    }
}

/* "activists said hundreds of people were killed in a gas attack ... and
 * accused government forces of carrying it out": an active past tense
 * with an object, conjoined to a passive in a reported clause, shares no
 * subject with the passive; it is the conjunct of the reporting verb. */
void tree_repair_passive_conjunct(size_t n, const char *const *upos, const char *const *xpos, int32_t *heads,
                                  const char **deprels) {
    for (size_t c = 2; c < n; c++) {
        int32_t h = heads[c];
        if (!is(deprels[c], "conj") || !is(upos[c], "VERB") || !is(xpos[c], "VBD") || h < 0 || h >= (int32_t)c ||
            !is(deprels[h], "ccomp") || !is(xpos[h], "VBN") || heads[h] < 0 || !finite(xpos[heads[h]]))
            continue;
        if (has_subject(n, heads, deprels, (int32_t)c) || !has_child(n, heads, deprels, (int32_t)c, "obj") ||
            !has_child(n, heads, deprels, h, "nsubj:pass") || !has_child(n, heads, deprels, h, "aux:pass"))
            continue;
        heads[c] = heads[h];
    }
}

/* "claimed responsibility for the attack on the offices of Charlie Hebdo,
 * in which gunmen killed 12 people": a clause opened by a preposition and
 * "which" or "whom" is a relative clause, never a parataxis or complement
 * of the verb before; it hangs on the noun phrase the pronoun refers to,
 * the outermost noun of the phrase right before the comma, when that
 * phrase belongs to the same verb. */
void tree_repair_preposition_relative(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                      const char **deprels) {
    static const char *const relatives[] = {"which", "whom", NULL};
    for (size_t w = 2; w + 1 < n; w++) {
        if (!forms[w] || !ascii_ieq_any(forms[w], relatives) || !is(upos[w - 1], "ADP") || heads[w - 1] != (int32_t)w)
            continue;
        int32_t v = heads[w];
        if (v <= (int32_t)w || !is(upos[v], "VERB") ||
            !(is(deprels[v], "parataxis") || is(deprels[v], "ccomp") || is(deprels[v], "conj")))
            continue;
        /* the noun right before the comma, and the phrase it closes */
        int32_t k = (int32_t)w - 2;
        if (k >= 0 && forms[k] && is(forms[k], ",")) k--;
        if (k < 0 || !(is(upos[k], "NOUN") || is(upos[k], "PROPN"))) continue;
        while (heads[k] >= 0 && heads[k] < k && (is(deprels[k], "nmod") || is(deprels[k], "flat") ||
                                                 is(deprels[k], "compound")) &&
               (is(upos[heads[k]], "NOUN") || is(upos[heads[k]], "PROPN")))
            k = heads[k];
        /* (a phrase of the verb the clause hung on, so that the pronoun
         * has no nearer noun phrase of another clause to refer to) */
        if (heads[k] != heads[v] || dominates(heads, n, v, k)) continue;
        heads[v] = k;
        deprels[v] = "acl:relcl";
    }
}

/* "stormed the headquarters of opposition leader Jean Ping overnight":
 * a name hung as an apposition on a noun further back, right after a
 * lower-case noun (the title: "leader") inside that noun's phrase, is the
 * title's apposition. */
void tree_repair_title_apposition(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                                  const char **deprels) {
    for (size_t p = 2; p < n; p++) {
        int32_t h = heads[p], t = (int32_t)p - 1;
        if (!is(deprels[p], "appos") || !is(upos[p], "PROPN") || h < 0 || h >= t || !is(upos[t], "NOUN") ||
            !forms[t] || (unsigned char)forms[t][0] < 'a' || (unsigned char)forms[t][0] > 'z')
            continue;
        /* (the title under the noun the name hangs on, ending right
         * before the name) */
        if (!dominates(heads, n, h, t) || dominates(heads, n, (int32_t)p, t) ||
            !(is(deprels[t], "nmod") || is(deprels[t], "compound")))
            continue;
        int32_t lo, hi;
        subtree_span(n, heads, t, &lo, &hi);
        if (hi != t) continue;
        heads[p] = t;
    }
}

void tree_repair_compound_root(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                               int32_t *heads, const char **deprels) {
    int32_t r = first_root(n, heads);
    if (r < 0 || (size_t)r + 2 >= n || !is(upos[r], "NOUN") || !is(upos[r + 1], "NOUN")) return;
    int32_t s = r + 1, v = heads[s];
    if (v < 0 || !is_subject(deprels[s])) return;
    if (v <= s || heads[v] != r || !is(deprels[v], "acl:relcl") || !is(upos[v], "VERB") || !finite(xpos[v])) return;
    for (int32_t k = s + 1; k < v; k++)
        if (forms[k] && ascii_ieq_any(forms[k], RELATIVE_WORDS)) return;
    heads[v] = -1;
    deprels[v] = "root";
    for (size_t k = 0; k < n; k++)
        if (heads[k] == r && (int32_t)k != v) heads[k] = (int32_t)k < r ? s : v;
    heads[r] = s;
    deprels[r] = "compound";
}

void tree_repair_object_of_oblique(size_t n, const char *const *upos, int32_t *heads, const char **deprels) {
    for (size_t o = 2; o < n; o++) {
        int32_t h = heads[o];
        if (!is(deprels[o], "obj") || h < 0 || h >= (int32_t)o || !is(upos[h], "NOUN") || !is(deprels[h], "obl"))
            continue;
        int32_t g = heads[h];
        if (g < 0 || g >= h || !is(upos[g], "VERB") || has_child(n, heads, deprels, g, "obj")) continue;
        heads[o] = g;
    }
}

/* "Twenty-one of the schoolgirls kidnapped from Chibok in 2014 have been
 * freed by Boko Haram" read with "kidnapped" a past-tense root and the
 * real predicate ("have been freed") an adverbial clause of it: a root in
 * -ed with a subject but no object or auxiliary, whose later clause has a
 * finite auxiliary but no subject, subordinator or conjunction of its own,
 * is a participle on the subject's phrase, and that clause the predicate. */
void tree_repair_participle_subject(size_t n, const char *const *forms, const char *const *upos, const char **xpos,
                                    int32_t *heads, const char **deprels) {
    static const char *const finite_aux[] = {"have", "has", "had", "is", "are", "was", "were", NULL};
    int32_t r = first_root(n, heads);
    if (r < 1 || !is(upos[r], "VERB") || !is(xpos[r], "VBD") || !forms[r]) return;
    size_t len = strlen(forms[r]);
    if (len < 4 || !ascii_ieq(forms[r] + len - 2, "ed")) return;
    int32_t subj = -1, w = -1;
    for (size_t k = 0; k < n; k++) {
        if (heads[k] != r) continue;
        if (is(deprels[k], "obj") || is(deprels[k], "aux") || is(deprels[k], "aux:pass") || is(deprels[k], "ccomp") ||
            is(deprels[k], "xcomp"))
            return;
        if (is(deprels[k], "nsubj") && (int32_t)k < r) subj = (int32_t)k;
        if (w < 0 && (int32_t)k > r && (is(deprels[k], "advcl") || is(deprels[k], "conj") || is(deprels[k], "parataxis")) &&
            is(upos[k], "VERB"))
            w = (int32_t)k;
    }
    if (subj < 0 || w < 0) return;
    int aux = 0, pass = 0;
    for (size_t k = 0; k < n; k++) {
        if (heads[k] != w) continue;
        if (is(deprels[k], "nsubj") || is(deprels[k], "nsubj:pass") || is(deprels[k], "mark") || is(deprels[k], "cc") ||
            is(deprels[k], "expl"))
            return;
        if ((is(deprels[k], "aux") || is(deprels[k], "aux:pass")) && (int32_t)k < w && forms[k] &&
            ascii_ieq_any(forms[k], finite_aux))
            aux = 1;
        if (is(deprels[k], "aux:pass")) pass = 1;
    }
    if (!aux) return;
    /* (no subordinator between: "arrived ... for the first summit since
     * the peninsula was divided" has its own clause) */
    static const char *const subordinators[] = {"since", "after", "before", "when", "as", "until", "because",
                                                "while", "if", "although", "though", "once", "where", NULL};
    for (int32_t k = r + 1; k < w; k++)
        if (forms[k] && ascii_ieq_any(forms[k], subordinators)) return;
    /* (the participle hangs on the last noun of the subject's phrase) */
    int32_t at = -1;
    for (int32_t k = r - 1; k >= subj && at < 0; k--)
        if ((is(upos[k], "NOUN") || is(upos[k], "PROPN") || is(upos[k], "NUM")) && dominates(heads, n, subj, k)) at = k;
    if (at < 0) return;
    for (size_t k = (size_t)w + 1; k < n; k++)
        if (heads[k] == r) heads[k] = w;
    heads[w] = -1;
    deprels[w] = "root";
    heads[r] = at;
    deprels[r] = "acl";
    xpos[r] = "VBN";
    heads[subj] = w;
    deprels[subj] = pass ? "nsubj:pass" : "nsubj";
}

/* "Kerry later hosted Cuban Foreign Minister Bruno Rodriguez" with the
 * guest labelled the passive's agent (obl:agent) though no "by" opens it:
 * an agent without "by" is the verb's object, when it has none. */
void tree_repair_agent_without_by(size_t n, const char *const *forms, int32_t *heads, const char **deprels) {
    for (size_t a = 0; a < n; a++) {
        if (!is(deprels[a], "obl:agent") || heads[a] < 0) continue;
        int by = 0, has_obj = 0;
        for (size_t k = 0; k < n; k++) {
            if (heads[k] == (int32_t)a && is(deprels[k], "case") && forms[k] && ascii_ieq(forms[k], "by")) by = 1;
            if (heads[k] == heads[a] && (is(deprels[k], "obj") || is(deprels[k], "aux:pass") ||
                                         is(deprels[k], "nsubj:pass")))
                has_obj = 1;
        }
        if (!by && !has_obj) deprels[a] = "obj";
    }
}

/* "lifting its decades-old embargo" read with "decades" the object and
 * "embargo" a second one: a span noun before "-old" or "-long" that hangs
 * elsewhere measures the adjective, and its possessive or determiner goes
 * to the noun the adjective modifies. */
void tree_repair_hyphen_age(size_t n, const char *const *forms, const char *const *upos, int32_t *heads,
                            const char **deprels) {
    static const char *const ages[] = {"old", "long", NULL};
    for (size_t k = 0; k + 3 < n; k++) {
        if (!forms[k + 1] || strcmp(forms[k + 1], "-") || !forms[k + 2] || !ascii_ieq_any(forms[k + 2], ages) ||
            !(is(upos[k], "NOUN") || is(upos[k], "NUM")))
            continue;
        int32_t adj = (int32_t)k + 2, noun = heads[adj];
        if (noun <= adj || !is(deprels[adj], "amod") || heads[k] == adj || heads[k] == noun) continue;
        for (size_t c = 0; c < k; c++)
            if (heads[c] == (int32_t)k && (is(deprels[c], "nmod:poss") || is(deprels[c], "det"))) heads[c] = noun;
        heads[k] = adj;
        deprels[k] = "obl:npmod";
        heads[k + 1] = adj;
        deprels[k + 1] = "punct";
    }
}

/* "Georgian forces pounded Tskhinvali ..., and Russian tanks rolled into
 * the region on Friday and attacked Georgian positions" with "attacked"
 * a conjunct of "pounded": a subjectless verb conjunct after another
 * conjunct of the same head that has a subject of its own belongs to
 * that one, and shares its subject. */
void tree_repair_conjunct_after_subject(size_t n, const char *const *upos, int32_t *heads, const char **deprels) {
    for (size_t v2 = 2; v2 < n; v2++) {
        int32_t h = heads[v2];
        if (!is(deprels[v2], "conj") || !is(upos[v2], "VERB") || h < 0 || h >= (int32_t)v2) continue;
        int subj = 0;
        for (size_t k = 0; k < n && !subj; k++)
            subj = heads[k] == (int32_t)v2 && (is(deprels[k], "nsubj") || is(deprels[k], "nsubj:pass"));
        if (subj) continue;
        int32_t v1 = -1;
        for (int32_t k = (int32_t)v2 - 1; k > h && v1 < 0; k--)
            if (heads[k] == h && is(deprels[k], "conj") && is(upos[k], "VERB")) v1 = k;
        if (v1 < 0) continue;
        int own = 0;
        for (size_t k = 0; k < n && !own; k++)
            own = heads[k] == v1 && (is(deprels[k], "nsubj") || is(deprels[k], "nsubj:pass")) && (int32_t)k < v1;
        if (own) heads[v2] = v1;
    }
}

void tree_repair_temporal_acl(size_t n, const char *const *forms, const char *const *upos, const char *const *xpos,
                              int32_t *heads, const char **deprels) {
    static const char *const temporal[] = {"after", "before", "since", "upon", NULL};
    for (size_t v = 2; v < n; v++) {
        int32_t noun = heads[v];
        if (!is(deprels[v], "acl") || !is(xpos[v], "VBG") || noun < 0 || !is(deprels[noun], "obj") ||
            heads[noun] < 0 || !is(upos[heads[noun]], "VERB"))
            continue;
        int marked = 0;
        for (size_t k = 0; k < v && !marked; k++)
            marked = heads[k] == (int32_t)v && is(deprels[k], "mark") && forms[k] && ascii_ieq_any(forms[k], temporal);
        if (!marked) continue;
        heads[v] = heads[noun];
        deprels[v] = "advcl";
    }
}

void tree_repair_all(size_t n, const char *const *forms, const char *const *upos, const char **xpos,
                     const char *const *lemmas, int32_t *heads, const char **deprels) {
    tree_repair_attribution(n, forms, upos, xpos, lemmas, heads, deprels);
    tree_repair_reduced_relative(n, forms, upos, xpos, heads, deprels);
    tree_repair_finite_acl(n, forms, upos, xpos, heads, deprels);
    tree_repair_shot_dead(n, forms, upos, heads, deprels);
    tree_repair_outside(n, forms, upos, heads, deprels);
    tree_repair_list_subject(n, forms, upos, heads, deprels);
    tree_repair_adjective_xcomp(n, forms, upos, heads, deprels);
    tree_repair_hyphen_name(n, forms, upos, heads, deprels);
    tree_repair_adjective_root(n, forms, upos, heads, deprels);
    tree_repair_former_object(n, forms, upos, heads, deprels);
    tree_repair_ultimatum(n, forms, upos, heads, deprels);
    tree_repair_days_after(n, forms, upos, heads, deprels);
    tree_repair_two_objects(n, upos, heads, deprels);
    tree_repair_object_control(n, forms, lemmas, heads, deprels);
    tree_repair_found_guilty(n, forms, upos, heads, deprels);
    tree_repair_accused_of(n, forms, upos, heads, deprels);
    tree_repair_flat_across_and(n, upos, heads, deprels);
    tree_repair_of_name_possessive(n, forms, upos, heads, deprels);
    tree_repair_and_clause(n, forms, upos, xpos, heads, deprels);
    tree_repair_and_subject(n, forms, upos, xpos, lemmas, heads, deprels);
    tree_repair_particle(n, forms, lemmas, heads, deprels);
    tree_repair_participle_root(n, upos, xpos, heads, deprels);
    tree_repair_shifted_object(n, forms, upos, lemmas, heads, deprels);
    tree_repair_attack_kinds(n, forms, upos, heads, deprels);
    tree_repair_title_name(n, forms, upos, heads, deprels);
    tree_repair_fronted_clause(n, forms, upos, heads, deprels);
    tree_repair_for_subject(n, forms, upos, xpos, lemmas, heads, deprels);
    tree_repair_paired_marks(n, forms, heads, deprels);
    tree_repair_double_subject(n, forms, upos, heads, deprels);
    tree_repair_title_root(n, forms, upos, heads, deprels);
    tree_repair_weekday_phrase(n, forms, upos, heads, deprels);
    tree_repair_name_then_object(n, forms, upos, lemmas, heads, deprels);
    tree_repair_called_it(n, upos, lemmas, heads, deprels);
    tree_repair_noun_before_name(n, upos, heads, deprels);
    tree_repair_about_number(n, forms, upos, lemmas, heads, deprels);
    tree_repair_hyphen_participle(n, forms, upos, heads, deprels);
    tree_repair_finite_conjunct(n, xpos, heads, deprels);
    tree_repair_conjoined_clause(n, forms, upos, xpos, heads, deprels);
    tree_repair_conjoined_subjects(n, forms, upos, xpos, heads, deprels);
    tree_repair_punct_head(n, forms, upos, xpos, heads, deprels);
    tree_repair_led_by(n, forms, upos, xpos, heads, deprels);
    tree_repair_gerund_root(n, upos, xpos, heads, deprels);
    tree_repair_gerund_root_of(n, forms, upos, xpos, heads, deprels);
    tree_repair_agent_subject(n, xpos, heads, deprels);
    tree_repair_up_to(n, forms, upos, heads, deprels);
    tree_repair_loyal_to_name(n, upos, xpos, lemmas, heads, deprels);
    tree_repair_as_clause(n, forms, upos, xpos, heads, deprels);
    tree_repair_as_acl(n, forms, upos, xpos, heads, deprels);
    tree_repair_adjective_object(n, upos, xpos, heads, deprels);
    tree_repair_hostage(n, forms, lemmas, heads, deprels);
    tree_repair_listed_appos(n, forms, upos, heads, deprels);
    tree_repair_clause_after_subordinate(n, forms, xpos, heads, deprels);
    tree_repair_comma_participle(n, forms, upos, xpos, heads, deprels);
    tree_repair_comma_gerund(n, forms, upos, xpos, heads, deprels);
    tree_repair_time_participle(n, forms, upos, xpos, heads, deprels);
    tree_repair_unmarked_first_subject(n, forms, upos, heads, deprels);
    tree_repair_subordinate_acl(n, forms, upos, xpos, heads, deprels);
    tree_repair_charge_denied(n, forms, upos, xpos, lemmas, heads, deprels);
    tree_repair_said_object_clause(n, forms, upos, xpos, lemmas, heads, deprels);
    tree_repair_obj_with_case(n, upos, heads, deprels);
    tree_repair_hyphen_object(n, forms, upos, heads, deprels);
    tree_repair_clause_under_conjunction(n, upos, heads, deprels);
    tree_repair_summing_relative(n, forms, upos, xpos, heads, deprels);
    tree_repair_called_object(n, forms, upos, heads, deprels);
    tree_repair_passive_conjunct(n, upos, xpos, heads, deprels);
    tree_repair_preposition_relative(n, forms, upos, heads, deprels);
    tree_repair_title_apposition(n, forms, upos, heads, deprels);
    tree_repair_compound_root(n, forms, upos, xpos, heads, deprels);
    tree_repair_object_of_oblique(n, upos, heads, deprels);
    tree_repair_participle_subject(n, forms, upos, xpos, heads, deprels);
    tree_repair_agent_without_by(n, forms, heads, deprels);
    tree_repair_hyphen_age(n, forms, upos, heads, deprels);
    tree_repair_conjunct_after_subject(n, upos, heads, deprels);
    tree_repair_temporal_acl(n, forms, upos, xpos, heads, deprels);
}
