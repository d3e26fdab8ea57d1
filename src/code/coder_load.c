/* coder_load.c — dyad_coder_load: which files, in which format. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/error.h"
#include "code/coder.h"

static const char *const FUNCTION_WORDS[FW__COUNT] = {
    "not", "n't", "never", "no", "nor", "by", "of", "who", "which", "that",
    "he", "she", "him", "her", "his", "hers", "it", "its", "they", "them", "their", "theirs", "'s",
    "with", "between", "to", "on", "against", "for", "from", "at", "into", "toward",
    "towards", "upon", "over", "in", "country", "nation", "kingdom", "republic", "emirate", "sultanate", "state",
    "group", "organisation", "organization", "agency", "movement", "militia", "watchdog",
    "alliance", "bloc", "faction",
    "side", "rival", "foe", "neighbour", "neighbor", "adversary",
};

typedef int (*loader_fn)(dict *, const char *, dyad_error *);

/* Loads each file of a ','-separated list. */
static int load_list(dict *d, const char *list, loader_fn fn, dyad_error *err) {
    const char *p = list;
    while (*p) {
        const char *q = strchr(p, ',');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        char path[4096];
        if (n >= sizeof path) return set_error(err, DYAD_ERR_INPUT, "path too long");
        memcpy(path, p, n);
        path[n] = 0;
        if (n) {
            int s = fn(d, path, err);
            if (s) return s;
        }
        p += n;
        if (*p == ',') p++;
    }
    return 0;
}

static int exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* dyad format: one loader for every kind of line. */
static int load_data_file(dict *d, const char *dir, const char *name, int required, dyad_error *err) {
    char path[4096];
    snprintf(path, sizeof path, "%s/dict/%s", dir, name);
    if (!exists(path)) {
        if (required) return set_error(err, DYAD_ERR_INPUT, "%s: missing (dictionary directory %s/dict)", path, dir);
        return 0;
    }
    return dict_load_dyad(d, path, err);
}

/* The parts of every compound lemma ("war-crime" -> war, crime) in the
 * patterns' object, phrase and complement items, so the matcher can find
 * "war crimes" as a noun with its modifier (events.c). */
static int build_compounds(dyad_coder *c) {
    dict *d = &c->d;
    uint32_t n = d->words.n;
    c->cmp_first = calloc(n ? n : 1, sizeof *c->cmp_first);
    c->cmp_n = calloc(n ? n : 1, 1);
    c->cmp_head_last = calloc(n ? n : 1, 1);
    if (!c->cmp_first || !c->cmp_n || !c->cmp_head_last) return -1;
    c->n_cmp = n;
    uint32_t cap = 0, used = 0;
    for (uint32_t pi = 0; pi < d->n_pats; pi++) {
        const verb_pat *p = &d->pats[pi];
        /* (item -1 is the pattern's head, for event nouns: "n:air-strike") */
        for (int32_t k = p->noun ? -1 : 0; k < (int32_t)p->n_items; k++) {
            const pat_item *it = k >= 0 ? &d->items[p->first_item + k] : NULL;
            if (it && it->type != IT_OBJ && it->type != IT_PP && it->type != IT_XCOMP) continue;
            uint32_t a0 = it && it->type == IT_PP ? 1 : 0, an = it ? it->n : 1;
            for (uint32_t a = a0; a < an; a++) {
                uint32_t id = it ? d->pat_words[it->first + a] : p->lemma;
                if (id < n && !it && c->cmp_n[id]) {
                    /* (a compound already split for an item: mark its last part) */
                    uint32_t last = c->cmp_parts[c->cmp_first[id] + c->cmp_n[id] - 1];
                    if (last < n) c->cmp_head_last[last] = 1;
                }
                if (id >= n || c->cmp_n[id]) continue;
                const char *w = dict_word_str(d, id);
                if (!w || !strchr(w, '-') || w[0] == '-') continue;
                uint32_t parts[8];
                uint8_t np = 0;
                for (const char *q = w; *q && np < 8;) {
                    const char *e = strchr(q, '-');
                    size_t len = e ? (size_t)(e - q) : strlen(q);
                    if (len) {
                        uint32_t pid = dict_word(d, q, len);
                        if (pid == WORD_NONE) return -1;
                        parts[np++] = pid;
                    }
                    q += len + (e != NULL);
                }
                if (np < 2) continue;
                if (used + np > cap) {
                    cap = cap ? cap * 2 : 256;
                    while (cap < used + np) cap *= 2;
                    uint32_t *q = realloc(c->cmp_parts, cap * sizeof *q);
                    if (!q) return -1;
                    c->cmp_parts = q;
                }
                c->cmp_first[id] = used;
                c->cmp_n[id] = np;
                memcpy(c->cmp_parts + used, parts, np * sizeof *parts);
                used += np;
                if (!it && parts[np - 1] < n) c->cmp_head_last[parts[np - 1]] = 1;
            }
        }
    }
    return 0;
}

/* dyad_coder.fw_kind: a word's kinds in one lookup instead of a scan of
 * a range of fw. */
static int build_fw_kinds(dyad_coder *c) {
    static const struct { int first, last; uint8_t bit; } kinds[] = {
        {FW_COUNTRY, FW_STATE, FK_COUNTRY},
        {FW_COUNTRY, FW_NATION, FK_COUNTRY_NATION},
        {FW_GROUP, FW_FACTION, FK_ORG},
        {FW_SIDE, FW_ADVERSARY, FK_PAIR},
    };
    uint32_t n = 0;
    for (int i = 0; i < FW__COUNT; i++)
        if (c->fw[i] + 1 > n) n = c->fw[i] + 1;
    c->fw_kind = calloc(n ? n : 1, 1);
    if (!c->fw_kind) return -1;
    c->n_fw_kind = n;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        for (int i = kinds[k].first; i <= kinds[k].last; i++) c->fw_kind[c->fw[i]] |= kinds[k].bit;
    return 0;
}

dyad_coder *dyad_coder_load(const dyad_coder_options *opt, dyad_error *err) {
    dyad_coder_options none;
    if (!opt) {
        memset(&none, 0, sizeof none);
        opt = &none;
    }
    dyad_coder *c = calloc(1, sizeof *c);
    if (!c) { set_error(err, DYAD_ERR_INTERNAL, "out of memory"); return NULL; }
    dict_init(&c->d);
    c->d.quiet = opt->quiet;
    for (int i = 0; i < FW__COUNT; i++) {
        c->fw[i] = dict_word(&c->d, FUNCTION_WORDS[i], strlen(FUNCTION_WORDS[i]));
        if (c->fw[i] == WORD_NONE) goto oom;
    }
    /* The same data directory as the models (dyad_default_data_dir:
     * $DYAD_DATA, the source tree the binary was built in, the installed
     * data), so dictionaries and models never come from different places
     * and dyad works from any working directory. */
    const char *dir = opt->data_dir && *opt->data_dir ? opt->data_dir : dyad_default_data_dir();
    int fmt = opt->dict_format;
    loader_fn actors = fmt == DYAD_DICT_TABARI ? dict_load_tabari_actors
                     : fmt == DYAD_DICT_PETRARCH ? dict_load_petrarch_actors : dict_load_dyad;
    loader_fn agents = fmt == DYAD_DICT_TABARI ? dict_load_tabari_agents
                     : fmt == DYAD_DICT_PETRARCH ? dict_load_petrarch_agents : dict_load_dyad;
    loader_fn verbs = fmt == DYAD_DICT_TABARI ? dict_load_tabari_verbs
                    : fmt == DYAD_DICT_PETRARCH ? dict_load_petrarch_verbs : dict_load_dyad;
    int s = 0;
    /* The CAMEO table always comes from the data directory (when there). */
    if (!s) s = load_data_file(&c->d, dir, "cameo.txt", 0, err);
    if (!s) {
        if (opt->actors) s = load_list(&c->d, opt->actors, actors, err);
        else {
            /* discards.txt is optional (older data directories lack it) */
            static const char *const files[] = {"countries.txt", "people.txt", "igos.txt", "groups.txt",
                                                "discards.txt"};
            for (size_t i = 0; i < 5 && !s; i++) s = load_data_file(&c->d, dir, files[i], i == 0, err);
        }
    }
    if (!s) s = opt->agents ? load_list(&c->d, opt->agents, agents, err) : load_data_file(&c->d, dir, "agents.txt", 0, err);
    if (!s) s = opt->verbs ? load_list(&c->d, opt->verbs, verbs, err) : load_data_file(&c->d, dir, "verbs.txt", 1, err);
    if (!s && opt->discards) s = load_list(&c->d, opt->discards, dict_load_petrarch_discards, err);
    if (s) {
        dyad_coder_free(c);
        return NULL;
    }
    dict_sort_cameo(&c->d);
    if (build_compounds(c)) goto oom;
    if (build_fw_kinds(c)) goto oom;
    /* the gazetteer: optional; without it events have no location */
    if (!opt->gazetteer || *opt->gazetteer) {
        char gpath[4096];
        if (opt->gazetteer) snprintf(gpath, sizeof gpath, "%s", opt->gazetteer);
        else snprintf(gpath, sizeof gpath, "%s/geo/gazetteer.bin", dir);
        if (exists(gpath) || opt->gazetteer) {
            dyad_error gerr = {0};
            c->gaz = dyad_gazetteer_load(gpath, &gerr);
            if (!c->gaz && !opt->quiet) fprintf(stderr, "dyad: warning: %s; events will have no location\n", gerr.message);
        } else if (!opt->quiet) {
            fprintf(stderr, "dyad: warning: %s: no gazetteer; events will have no location\n", gpath);
        }
    }
    return c;
oom:
    set_error(err, DYAD_ERR_INTERNAL, "out of memory");
    dyad_coder_free(c);
    return NULL;
}

void dyad_coder_free(dyad_coder *c) {
    if (!c) return;
    dict_free(&c->d);
    dyad_gazetteer_free(c->gaz);
    free(c->cmp_first);
    free(c->cmp_n);
    free(c->cmp_head_last);
    free(c->cmp_parts);
    free(c->fw_kind);
    free(c);
}

void dyad_coder_counts(const dyad_coder *c, size_t *phrases, size_t *patterns, size_t *cameo_codes) {
    if (phrases) *phrases = c->d.n_phrases;
    if (patterns) *patterns = c->d.n_pats;
    if (cameo_codes) *cameo_codes = c->d.n_cameo;
}
