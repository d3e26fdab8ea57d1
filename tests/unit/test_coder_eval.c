/* Evaluations of the whole pipeline through `dyad code` ($DYAD), reported
 * as "note:" lines and checked against goals:
 *   coder_petr_validation  PETR.UnitTest.records.xml (../shared) coded with
 *                          its PETR.Validate.* dictionaries from dyad's own
 *                          parse of each <Text>: records whose set of
 *                          (source, target, code) equals the expected one.
 *                          PETRARCH2 gets 88 of 279; the goal is >= 150.
 *   coder_dev_set_f1       tests/dev/events.tsv with the shipped
 *                          dictionaries: event-category F1 (CAMEO root)
 *                          goal >= 0.75; actor+recipient+category F1 >= 0.60;
 *                          on its rows with gold dates and places (p001-),
 *                          the share of correctly found events dated right
 *                          and placed in the right country (goal 90%).
 * Both skip while `dyad code` cannot segment and parse text (before the
 * segmenter and parser are merged). */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#define PETR_GOAL 150
#define DEV_CATEGORY_GOAL 0.75
#define DEV_TRIPLE_GOAL 0.60
#define DEV_CATEGORY_FLOOR 0.93
/* (0.848 until session 15, when two of its rows fell to conventions the
 * blind writers share and it does not: a suicide bomber of no named side
 * is UAF, opposition protesters are OPP) */
#define DEV_TRIPLE_FLOOR 0.83
/* dates and places of correctly found dev events: the goal, and the floor
 * asserted (a small margin below what is reached: 96% dates, 92% places) */
#define DEV_DATE_PLACE_GOAL 0.90
#define DEV_DATE_PLACE_FLOOR 0.88

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) { free(s); s = NULL; }
    fclose(f);
    if (s) { s[n] = 0; if (len) *len = (size_t)n; }
    return s;
}

/* One coded event: document id and "ACTOR>RECIPIENT:CODE". */
typedef struct coded { char doc[64]; char triple[96]; char date[16]; char place_cc[8]; char place[96]; } coded;

/* Runs `$DYAD code -q --format tsv ARGS JSONL`; returns the events, or NULL
 * (with *why) when dyad cannot code text here. */
static coded *run_dyad(const char *args, const char *jsonl, size_t *n, char *why, size_t why_n) {
    const char *dyad = getenv("DYAD");
    *n = 0;
    if (!dyad || !*dyad) { snprintf(why, why_n, "DYAD is not set (run through make test)"); return NULL; }
    char errpath[] = "/tmp/dyad-eval-err-XXXXXX";
    int efd = mkstemp(errpath);
    if (efd < 0) { snprintf(why, why_n, "mkstemp failed"); return NULL; }
    close(efd);
    char cmd[16384];
    snprintf(cmd, sizeof cmd, "'%s' code -q --format tsv %s '%s' 2>'%s'", dyad, args, jsonl, errpath);
    FILE *p = popen(cmd, "r");
    if (!p) { snprintf(why, why_n, "cannot run %s", dyad); unlink(errpath); return NULL; }
    size_t cap = 256;
    coded *out = malloc(cap * sizeof *out);
    char line[65536];
    int header = 1;
    while (out && fgets(line, sizeof line, p)) {
        if (header) { header = 0; continue; }
        char *cols[32];
        int k = 0;
        char *s = line;
        while (k < 32) {
            cols[k++] = s;
            char *t = strchr(s, '\t');
            if (!t) break;
            *t = 0;
            s = t + 1;
        }
        if (k < 17) continue;
        if (*n == cap) { cap *= 2; out = realloc(out, cap * sizeof *out); if (!out) break; }
        snprintf(out[*n].doc, sizeof out[*n].doc, "%s", cols[1]);
        /* columns: 6 actor code, 11 recipient code, 16 cameo (0-based) */
        const char *rc = *cols[11] && strcmp(cols[11], "---") ? cols[11] : "-";
        snprintf(out[*n].triple, sizeof out[*n].triple, "%s>%s:%s", cols[6], rc, cols[16]);
        /* 3 date, 20 location name, 21 its country */
        snprintf(out[*n].date, sizeof out[*n].date, "%s", cols[3]);
        snprintf(out[*n].place, sizeof out[*n].place, "%s", k > 20 ? cols[20] : "");
        snprintf(out[*n].place_cc, sizeof out[*n].place_cc, "%s", k > 21 ? cols[21] : "");
        (*n)++;
    }
    int st = pclose(p);
    char *err = slurp(errpath, NULL);
    unlink(errpath);
    if (st != 0 && *n == 0) {
        snprintf(why, why_n, "dyad code cannot code text here: %.200s", err && *err ? err : "(no message)");
        char *nl = strchr(why, '\n');
        if (nl) *nl = 0;
        free(err);
        free(out);
        return NULL;
    }
    free(err);
    return out;
}

/* ---------------------------------------------------------------- PETR */

static void xml_decode(char *s) {
    static const struct { const char *ent; char c; } ents[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    char *o = s;
    for (char *p = s; *p;) {
        int done = 0;
        if (*p == '&')
            for (size_t i = 0; i < 5 && !done; i++) {
                size_t l = strlen(ents[i].ent);
                if (!strncmp(p, ents[i].ent, l)) { *o++ = ents[i].c; p += l; done = 1; }
            }
        if (done) continue;
        /* whitespace runs (line breaks inside <Text>) become one space */
        if (isspace((unsigned char)*p)) {
            if (o > s && o[-1] != ' ') *o++ = ' ';
            p++;
            continue;
        }
        *o++ = *p++;
    }
    while (o > s && o[-1] == ' ') o--;
    *o = 0;
}

/* Value of attribute NAME in the tag text [b, e) ("name = "v"" allowed). */
static int xml_attr(const char *b, const char *e, const char *name, char *out, size_t n) {
    size_t l = strlen(name);
    for (const char *p = b; p + l < e; p++) {
        if (strncmp(p, name, l) || (p > b && !isspace((unsigned char)p[-1]))) continue;
        const char *q = p + l;
        while (q < e && isspace((unsigned char)*q)) q++;
        if (q >= e || *q != '=') continue;
        q++;
        while (q < e && isspace((unsigned char)*q)) q++;
        if (q >= e || (*q != '"' && *q != '\'')) continue;
        char quote = *q;
        const char *v = ++q;
        while (q < e && *q != quote) q++;
        snprintf(out, n, "%.*s", (int)(q - v), v);
        return 1;
    }
    return 0;
}

typedef struct petr_rec {
    char id[64];
    int counted;             /* sentence="true" */
    char expected[16][96];
    int n_expected;
} petr_rec;

/* Parses the suite into recs and writes the texts as JSON Lines. */
static int petr_parse(const char *xml_path, const char *jsonl_path, petr_rec **recs_out, int *n_out) {
    char *x = slurp(xml_path, NULL);
    if (!x) return -1;
    /* comments out, in place */
    for (char *c = strstr(x, "<!--"); c; c = strstr(c, "<!--")) {
        char *e = strstr(c + 4, "-->");
        if (!e) { *c = 0; break; }
        memset(c, ' ', (size_t)(e + 3 - c));
    }
    FILE *out = fopen(jsonl_path, "w");
    int cap = 512, n = 0;
    petr_rec *recs = calloc((size_t)cap, sizeof *recs);
    for (char *s = strstr(x, "<Sentence "); s && out && recs && n < cap; s = strstr(s + 1, "<Sentence ")) {
        char *tag_end = strchr(s, '>');
        char *end = strstr(s, "</Sentence>");
        if (!tag_end || !end) break;
        petr_rec *r = &recs[n++];
        char date[16] = "", flag[16] = "";
        xml_attr(s, tag_end, "id", r->id, sizeof r->id);
        xml_attr(s, tag_end, "date", date, sizeof date);
        xml_attr(s, tag_end, "sentence", flag, sizeof flag);
        r->counted = !strcasecmp(flag, "true");
        for (char *ec = strstr(tag_end, "<EventCoding"); ec && ec < end; ec = strstr(ec + 1, "<EventCoding")) {
            char *ee = strchr(ec, '>');
            char src[32], tgt[32], code[16];
            if (ee && r->n_expected < 16 && xml_attr(ec, ee, "sourcecode", src, sizeof src) &&
                xml_attr(ec, ee, "eventcode", code, sizeof code)) {
                if (!xml_attr(ec, ee, "targetcode", tgt, sizeof tgt) || !*tgt || !strcmp(tgt, "---")) strcpy(tgt, "-");
                snprintf(r->expected[r->n_expected++], 96, "%s>%s:%s", src, tgt, code);
            }
        }
        char *tb = strstr(tag_end, "<Text>"), *te = tb ? strstr(tb, "</Text>") : NULL;
        if (!tb || !te || te > end) continue;
        char *text = strndup(tb + 6, (size_t)(te - tb - 6));
        xml_decode(text);
        char iso[16] = "";
        if (strlen(date) == 8) snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
        /* ids repeat in the suite (AGENTS-18, AGENTS-19): number the records */
        snprintf(r->id, sizeof r->id, "rec%03d", n);
        json_t *j = json_pack("{s:s, s:s, s:s}", "id", r->id, "date", iso, "text", text);
        char *line = json_dumps(j, JSON_COMPACT);
        fprintf(out, "%s\n", line);
        free(line);
        json_decref(j);
        free(text);
    }
    if (out) fclose(out);
    free(x);
    *recs_out = recs;
    *n_out = n;
    return recs ? 0 : -1;
}

static int cmp_str(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }

TEST(coder_petr_validation) {
    const char *xml = test_shared_path("data/compat/petrarch2/PETR.UnitTest.records.xml");
    if (!xml) return;
    char dir[3000];
    snprintf(dir, sizeof dir, "%s", xml);
    *strrchr(dir, '/') = 0;
    char jsonl[] = "/tmp/dyad-petr-XXXXXX";
    int fd = mkstemp(jsonl);
    CHECK(fd >= 0);
    close(fd);
    petr_rec *recs = NULL;
    int n = 0;
    CHECK(petr_parse(xml, jsonl, &recs, &n) == 0);
    int counted = 0;
    for (int i = 0; i < n; i++) counted += recs[i].counted;
    if (n != 284 || counted != 279) {
        test_fail(__FILE__, __LINE__, "read %d records (%d counted), want 284 (279)", n, counted);
        free(recs);
        unlink(jsonl);
        return;
    }
    char args[16384];
    snprintf(args, sizeof args,
             "--dict-format petrarch --actors '%s/PETR.Validate.actors.txt' --agents '%s/PETR.Validate.agents.txt' "
             "--verbs '%s/PETR.Validate.verbs.txt' --discards '%s/PETR.Validate.discards.txt'",
             dir, dir, dir, dir);
    size_t ne;
    char why[512];
    coded *ev = run_dyad(args, jsonl, &ne, why, sizeof why);
    unlink(jsonl);
    if (!ev) { free(recs); SKIP(why); }
    int right = 0;
    for (int i = 0; i < n; i++) {
        if (!recs[i].counted) continue;
        char got[64][96];
        int ng = 0;
        for (size_t k = 0; k < ne && ng < 64; k++)
            if (!strcmp(ev[k].doc, recs[i].id)) {
                int dup = 0;
                for (int j = 0; j < ng; j++) dup |= !strcmp(got[j], ev[k].triple);
                if (!dup) snprintf(got[ng++], 96, "%s", ev[k].triple);
            }
        char want[16][96];
        int nw = 0;
        for (int j = 0; j < recs[i].n_expected; j++) {
            int dup = 0;
            for (int k = 0; k < nw; k++) dup |= !strcmp(want[k], recs[i].expected[j]);
            if (!dup) snprintf(want[nw++], 96, "%s", recs[i].expected[j]);
        }
        if (ng != nw) {
            if (getenv("DYAD_EVAL_VERBOSE")) printf("note: %s: %d events, want %d\n", recs[i].id, ng, nw);
            continue;
        }
        qsort(got, (size_t)ng, 96, cmp_str);
        qsort(want, (size_t)nw, 96, cmp_str);
        int same = 1;
        for (int j = 0; j < ng; j++) same &= !strcmp(got[j], want[j]);
        right += same;
        if (!same && getenv("DYAD_EVAL_VERBOSE")) printf("note: %s differs\n", recs[i].id);
    }
    printf("note: PETR.UnitTest.records.xml: %d of %d records coded exactly (PETRARCH2: 88; goal >= %d)\n", right,
           counted, PETR_GOAL);
    free(ev);
    free(recs);
    CHECK(right >= PETR_GOAL);
}

/* ---------------------------------------------------------------- dev set */

typedef struct prf { int tp, fp, fn; } prf;

static double f1(prf p) { return p.tp ? 2.0 * p.tp / (2.0 * p.tp + p.fp + p.fn) : 0.0; }

/* Multiset matching of two lists of keys. */
static void score(char (*gold)[96], int ng, char (*pred)[96], int np, prf *out) {
    int used[64] = {0};
    int tp = 0;
    for (int i = 0; i < np; i++)
        for (int j = 0; j < ng; j++)
            if (!used[j] && !strcmp(pred[i], gold[j])) { used[j] = 1; tp++; break; }
    out->tp += tp;
    out->fp += np - tp;
    out->fn += ng - tp;
}

/* "RUS>TUR:0874" -> category "08" (CAMEO root). */
static void category(const char *triple, char *out) {
    const char *c = strrchr(triple, ':');
    snprintf(out, 96, "%.2s", c ? c + 1 : "");
}

/* Scores of one dev file of tests/dev: category and actor+recipient+
 * category matches, and the dates and places of the correctly found events
 * where the file gives gold ones. */
typedef struct dev_score {
    int n;
    prf cat, tri;
    int n_dated, date_ok, n_placed, place_ok;
} dev_score;

/* Codes the file's sentences with `dyad code` and scores them; returns 0,
 * 1 when dyad cannot code text here (why says so), -1 on a bad file. */
static int score_dev_file(const char *path, const char *data, dev_score *sc, char *why, size_t why_n) {
    memset(sc, 0, sizeof *sc);
    char *tsv = slurp(path, NULL);
    if (!tsv) { snprintf(why, why_n, "%s: cannot read", path); return -1; }
    char jsonl[] = "/tmp/dyad-dev-XXXXXX";
    int fd = mkstemp(jsonl);
    if (fd < 0) { free(tsv); snprintf(why, why_n, "mkstemp failed"); return -1; }
    FILE *out = fdopen(fd, "w");
    typedef struct { char id[32]; char gold[16][96]; int n; char gdate[16]; char gcc[8]; } devrec;
    devrec *recs = calloc(512, sizeof *recs);
    int n = 0, header = 1;
    char *lsave = NULL;
    for (char *line = strtok_r(tsv, "\n", &lsave); line && n < 512; line = strtok_r(NULL, "\n", &lsave)) {
        if (line[0] == '#') continue;
        if (header) { header = 0; continue; }
        char *cols[6];
        int k = 0;
        for (char *s = line; k < 6; k++) {
            cols[k] = s;
            char *t = strchr(s, '\t');
            if (!t) { k++; break; }
            *t = 0;
            s = t + 1;
        }
        if (k < 4) continue;
        devrec *r = &recs[n++];
        snprintf(r->id, sizeof r->id, "%s", cols[0]);
        /* optional gold date and place ("ISO3:Name") */
        if (k >= 5 && strcmp(cols[4], "-")) snprintf(r->gdate, sizeof r->gdate, "%.10s", cols[4]);
        if (k >= 6 && strcmp(cols[5], "-")) snprintf(r->gcc, sizeof r->gcc, "%.3s", cols[5]);
        char *save = NULL;
        if (strcmp(cols[3], "none"))
            for (char *g = strtok_r(cols[3], " ", &save); g && r->n < 16; g = strtok_r(NULL, " ", &save))
                snprintf(r->gold[r->n++], 96, "%s", g);
        json_t *j = json_pack("{s:s, s:s, s:s}", "id", cols[0], "date", cols[1], "text", cols[2]);
        char *s = json_dumps(j, JSON_COMPACT);
        fprintf(out, "%s\n", s);
        free(s);
        json_decref(j);
    }
    fclose(out);
    free(tsv);
    sc->n = n;
    size_t ne;
    coded *ev = run_dyad(data, jsonl, &ne, why, why_n);
    unlink(jsonl);
    if (!ev) { free(recs); return 1; }
    for (int i = 0; i < n; i++) {
        char pred[64][96], pc[64][96], gc[16][96];
        int np = 0;
        for (size_t k = 0; k < ne && np < 64; k++)
            if (!strcmp(ev[k].doc, recs[i].id)) snprintf(pred[np++], 96, "%s", ev[k].triple);
        for (int k = 0; k < np; k++) category(pred[k], pc[k]);
        for (int k = 0; k < recs[i].n; k++) category(recs[i].gold[k], gc[k]);
        score(gc, recs[i].n, pc, np, &sc->cat);
        /* triples compared on their category, not the exact sub-code */
        char pt[64][96], gt[16][96];
        for (int k = 0; k < np; k++) { snprintf(pt[k], 96, "%.*s%.2s", (int)(strrchr(pred[k], ':') - pred[k] + 1), pred[k], pc[k]); }
        for (int k = 0; k < recs[i].n; k++)
            snprintf(gt[k], 96, "%.*s%.2s", (int)(strrchr(recs[i].gold[k], ':') - recs[i].gold[k] + 1), recs[i].gold[k], gc[k]);
        score(gt, recs[i].n, pt, np, &sc->tri);
        if (getenv("DYAD_EVAL_VERBOSE")) {
            prf one = {0, 0, 0};
            score(gt, recs[i].n, pt, np, &one);
            if (one.fp || one.fn) printf("note: %s: %d wrong, %d missed\n", recs[i].id, one.fp, one.fn);
        }
        /* dates and places of the correctly found events (actor, recipient
         * and category right) */
        int k2 = 0;
        for (size_t k = 0; k < ne; k++) {
            if (strcmp(ev[k].doc, recs[i].id)) continue;
            int idx = k2++;
            if (idx >= np) break;
            int found = 0;
            for (int g = 0; g < recs[i].n && !found; g++) found = !strcmp(pt[idx], gt[g]);
            if (!found) continue;
            if (recs[i].gdate[0]) {
                sc->n_dated++;
                sc->date_ok += !strcmp(ev[k].date, recs[i].gdate);
                if (strcmp(ev[k].date, recs[i].gdate) && getenv("DYAD_EVAL_VERBOSE"))
                    printf("note: %s: date %s, want %s\n", recs[i].id, ev[k].date, recs[i].gdate);
            }
            if (recs[i].gcc[0]) {
                sc->n_placed++;
                sc->place_ok += !strcmp(ev[k].place_cc, recs[i].gcc);
                if (strcmp(ev[k].place_cc, recs[i].gcc) && getenv("DYAD_EVAL_VERBOSE"))
                    printf("note: %s: place %s (%s), want %s\n", recs[i].id, ev[k].place, ev[k].place_cc, recs[i].gcc);
            }
        }
    }
    free(ev);
    free(recs);
    return 0;
}

TEST(coder_dev_set_f1) {
    const char *root = getenv("ROOT");
    char path[4096], data[4096], why[512];
    snprintf(path, sizeof path, "%s/tests/dev/events.tsv", root && *root ? root : ".");
    snprintf(data, sizeof data, "--data '%s/data'", root && *root ? root : ".");
    dev_score sc;
    int rc = score_dev_file(path, data, &sc, why, sizeof why);
    if (rc == 1) SKIP(why);
    CHECK_INT(rc, 0);
    if (rc) return;
    if (sc.n < 150) test_fail(__FILE__, __LINE__, "the dev set has %d sentences, want >= 150", sc.n);
    printf("note: dev set (%d sentences): category F1 %.3f (P %d/%d, R %d/%d); actor+recipient+category F1 %.3f "
           "(goals %.2f, %.2f)\n",
           sc.n, f1(sc.cat), sc.cat.tp, sc.cat.tp + sc.cat.fp, sc.cat.tp, sc.cat.tp + sc.cat.fn, f1(sc.tri),
           DEV_CATEGORY_GOAL, DEV_TRIPLE_GOAL);
    double date_acc = sc.n_dated ? (double)sc.date_ok / sc.n_dated : 0;
    double place_acc = sc.n_placed ? (double)sc.place_ok / sc.n_placed : 0;
    printf("note: dev set dates and places: of %d correctly found events with a gold date, %.1f%% dated right; "
           "of %d with a gold place, %.1f%% in the right country (goals %.0f%%, asserted >= %.0f%%)\n",
           sc.n_dated, 100 * date_acc, sc.n_placed, 100 * place_acc, 100 * DEV_DATE_PLACE_GOAL,
           100 * DEV_DATE_PLACE_FLOOR);
    CHECK(sc.n_dated >= 30);
    CHECK(sc.n_placed >= 30);
    CHECK(date_acc >= DEV_DATE_PLACE_FLOOR);
    CHECK(place_acc >= DEV_DATE_PLACE_FLOOR);
    CHECK(f1(sc.cat) >= DEV_CATEGORY_GOAL);
    CHECK(f1(sc.tri) >= DEV_TRIPLE_GOAL);
    /* and a floor a little below what dyad reaches, so that a regression fails */
    CHECK(f1(sc.cat) >= DEV_CATEGORY_FLOOR);
    CHECK(f1(sc.tri) >= DEV_TRIPLE_FLOOR);
}

/* Thirty-eight more batches written blind by writers who never ran dyad: short
 * news sentences over all 20 roots (events-blind.tsv), long wire-copy
 * sentences with datelines, attributions and background clauses
 * (events-wire.tsv), and mixes of both by other writers (events-c.tsv,
 * events-f.tsv, events-h.tsv, events-i.tsv: away from Ukraine and Gaza;
 * events-k.tsv and events-m.tsv: dense wire copy, every event of every
 * sentence coded, background clauses included; events-t.tsv: main events
 * only, by a writer new in session 10, 0.755 / 0.532 when first run;
 * events-x.tsv: short single sentences over all 20 roots, 0.805 / 0.625;
 * events-za.tsv: the same style by a writer new in session 11, 0.860 /
 * 0.661 when first run; events-zd.tsv: dense wire leads, background
 * events coded, by a writer new in session 12, 0.654 / 0.419 when first
 * run; events-zf.tsv: wire copy, main events and reactions, written while
 * session 12's changes were made and first scored after them: 0.727 /
 * 0.518 with the session's starting code, 0.729 / 0.559 with its changes;
 * events-zg.tsv: mixed wire news, session 13's honest held-out batch
 * (0.744 / 0.557 at its start, 0.744 / 0.562 at its end), development
 * data since session 14; events-zi.tsv: common political news written
 * in session 14, 0.786 / 0.604 with that session's starting code;
 * events-zj.tsv: wire news, session 14's honest held-out batch, 0.705 /
 * 0.464 at its start and 0.717 / 0.473 at its end, development data since
 * session 15; events-zk.tsv: wire leads with lists, long titles and
 * reactions, session 15's honest held-out batch, 0.730 / 0.478 at its
 * start and 0.751 / 0.532 at its end, development data since session 16;
 * events-zm.tsv: wire sentences and leads, session 17's honest held-out
 * batch, 0.670 / 0.457 at its start and 0.692 / 0.469 at its end,
 * development data since session 18; events-zr.tsv: single sentences
 * and two-sentence leads of varied constructions (passives, phrasal and
 * light verbs, event nouns, denials, threats, reported speech), written
 * blind in session 18 as development data, 0.675 / 0.470 when first run;
 * events-zp.tsv: wire sentences and leads, session 18's honest held-out
 * batch, 0.767 / 0.543 at its start and 0.789 / 0.558 at its end (and at
 * session 19's start), development data since session 19;
 * events-zt.tsv: dense wire leads with background clauses, reactions and
 * casualties, written blind in session 19 as development data, 0.716 /
 * 0.459 with that session's starting code); events-zs.tsv: wire
 * sentences and leads, session 19's honest held-out batch, 0.800 / 0.626
 * at its start and 0.800 / 0.635 at its end (and at session 20's start),
 * development data since session 20; events-zv.tsv: wire sentences
 * and leads of diplomacy and conflict between states, written blind in
 * session 20 as development data, 0.799 / 0.594 with that session's
 * starting code); events-zu.tsv: wire sentences and leads over all 20
 * roots, session 20's honest held-out batch, 0.733 / 0.493 at its start
 * and 0.741 / 0.509 at its end (and at session 21's start), development
 * data since session 21; events-zx.tsv: wire leads and sentences on wars
 * and international crises, written blind in session 21 as development
 * data, 0.723 / 0.521 with that session's starting code); events-zw.tsv:
 * wire sentences and leads on domestic politics and security, session
 * 21's honest held-out batch, 0.727 / 0.533 at its start and 0.729 /
 * 0.534 at its end (and at session 22's start), development data since
 * session 22; events-zz.tsv: wire sentences and leads from Africa, South
 * and Southeast Asia and Latin America (attacks, coups, crackdowns,
 * kidnappings, regional bodies), written blind in session 22 as
 * development data, 0.727 / 0.423 with that session's starting code;
 * events-zy.tsv: wire sentences and leads on international diplomacy and
 * economics, session 22's honest held-out batch, 0.744 / 0.531 at its
 * start and 0.736 / 0.531 at its end (and at session 23's start),
 * development data since session 23; events-yb.tsv: wire sentences and
 * leads on domestic politics, protest and human rights, written blind in
 * session 23 as development data, 0.741 / 0.469 with that session's
 * starting code; events-ya.tsv: single sentences and leads on armed
 * conflict and security worldwide, and events-yc.tsv: mixed sentences
 * and leads over all 20 roots (80 rows), session 23's honest held-out
 * batches (ya 0.756 / 0.550 at its start, 0.769 / 0.567 at its end and
 * at session 24's start; yc 0.707 / 0.555, 0.702 / 0.573 and the same),
 * development data since session 24; events-yd.tsv: politics and
 * diplomacy worldwide (90 rows), and events-ye.tsv: mixed sentences and
 * leads over all 20 roots (80 rows), session 24's honest held-out batches
 * (yd 0.728 / 0.531 at its start, 0.736 / 0.534 at its end and at
 * session 25's start; ye 0.784 / 0.558, 0.787 / 0.573 and the same),
 * development data since session 25; events-yf.tsv: armed conflict and
 * crisis news in Africa, Latin America, South and Central Asia and Europe
 * (80 rows), and events-yg.tsv: a mixed wire day over all 20 roots (80
 * rows), session 25's honest held-out batches (yf 0.808 / 0.531 at its
 * start, 0.803 / 0.533 at its end and at session 26's start; yg 0.707 /
 * 0.545, 0.730 / 0.561 and the same), development data since session 26;
 * events-yh.tsv: diplomacy, trade, sanctions, aid and negotiations,
 * events-yi.tsv: domestic politics and internal security, and
 * events-yj.tsv: mixed sentences and leads over all 20 roots with titles
 * and pronouns referring back (80 rows each), session 26's honest
 * held-out batches (yh 0.703 / 0.576 at its start, at its end and at
 * session 27's start; yi 0.751 / 0.546, 0.753 / 0.556 and the same; yj
 * 0.815 / 0.626, 0.823 / 0.634 and the same), development data since
 * session 27.
 * Floors a little below what dyad reaches, so that a regression fails. */
#define BLIND_CATEGORY_FLOOR 0.98
#define BLIND_TRIPLE_FLOOR 0.92
#define WIRE_CATEGORY_FLOOR 0.92
#define WIRE_TRIPLE_FLOOR 0.85
#define C_CATEGORY_FLOOR 0.91
#define C_TRIPLE_FLOOR 0.78
#define F_CATEGORY_FLOOR 0.91
#define F_TRIPLE_FLOOR 0.81
#define H_CATEGORY_FLOOR 0.91
#define H_TRIPLE_FLOOR 0.80
/* (0.89 until session 17: batch i's writer leaves a violent protest
 * behind the main event uncoded -- "a day after protesters stormed
 * parliament" -- where the writers since zg code it, as do the held-out
 * batches of session 17; 0.88 until session 23: the writer codes what
 * two sides agree to "in a deal brokered by China" 032, where three
 * other writers code the same sentence 057) */
#define I_CATEGORY_FLOOR 0.86
#define I_TRIPLE_FLOOR 0.73
#define K_CATEGORY_FLOOR 0.84
#define K_TRIPLE_FLOOR 0.64
#define M_CATEGORY_FLOOR 0.80
#define M_TRIPLE_FLOOR 0.64
#define T_CATEGORY_FLOOR 0.85
#define T_TRIPLE_FLOOR 0.71
#define X_CATEGORY_FLOOR 0.91
#define X_TRIPLE_FLOOR 0.82
#define ZA_CATEGORY_FLOOR 0.90
#define ZA_TRIPLE_FLOOR 0.81
#define ZD_CATEGORY_FLOOR 0.70
#define ZD_TRIPLE_FLOOR 0.55
#define ZF_CATEGORY_FLOOR 0.81
#define ZF_TRIPLE_FLOOR 0.67
#define ZG_CATEGORY_FLOOR 0.81
#define ZG_TRIPLE_FLOOR 0.70
#define ZI_CATEGORY_FLOOR 0.83
#define ZI_TRIPLE_FLOOR 0.72
#define ZJ_CATEGORY_FLOOR 0.77
#define ZJ_TRIPLE_FLOOR 0.58
#define ZK_CATEGORY_FLOOR 0.77
#define ZK_TRIPLE_FLOOR 0.58
#define ZM_CATEGORY_FLOOR 0.67
#define ZM_TRIPLE_FLOOR 0.44
#define ZR_CATEGORY_FLOOR 0.65
#define ZR_TRIPLE_FLOOR 0.44
#define ZP_CATEGORY_FLOOR 0.78
#define ZP_TRIPLE_FLOOR 0.57
#define ZT_CATEGORY_FLOOR 0.72
#define ZT_TRIPLE_FLOOR 0.47
#define ZS_CATEGORY_FLOOR 0.80
#define ZS_TRIPLE_FLOOR 0.64
#define ZV_CATEGORY_FLOOR 0.79
#define ZV_TRIPLE_FLOOR 0.61
#define ZU_CATEGORY_FLOOR 0.74
#define ZU_TRIPLE_FLOOR 0.50
#define ZX_CATEGORY_FLOOR 0.73
#define ZX_TRIPLE_FLOOR 0.51
#define ZW_CATEGORY_FLOOR 0.76
#define ZW_TRIPLE_FLOOR 0.57
#define ZZ_CATEGORY_FLOOR 0.74
#define ZZ_TRIPLE_FLOOR 0.44
#define ZY_CATEGORY_FLOOR 0.71
#define ZY_TRIPLE_FLOOR 0.50
#define YB_CATEGORY_FLOOR 0.71
#define YB_TRIPLE_FLOOR 0.44
#define YA_CATEGORY_FLOOR 0.75
#define YA_TRIPLE_FLOOR 0.57
#define YC_CATEGORY_FLOOR 0.68
#define YC_TRIPLE_FLOOR 0.57
#define YD_CATEGORY_FLOOR 0.71
#define YD_TRIPLE_FLOOR 0.51
#define YE_CATEGORY_FLOOR 0.76
#define YE_TRIPLE_FLOOR 0.55
#define YF_CATEGORY_FLOOR 0.78
#define YF_TRIPLE_FLOOR 0.51
#define YG_CATEGORY_FLOOR 0.70
#define YG_TRIPLE_FLOOR 0.54
#define YH_CATEGORY_FLOOR 0.68
#define YH_TRIPLE_FLOOR 0.55
#define YI_CATEGORY_FLOOR 0.73
#define YI_TRIPLE_FLOOR 0.53
#define YJ_CATEGORY_FLOOR 0.80
#define YJ_TRIPLE_FLOOR 0.61
TEST(coder_blind_batches_f1) {
    const char *root = getenv("ROOT");
    static const struct { const char *file; double cat, tri; } batches[] = {
        {"events-blind.tsv", BLIND_CATEGORY_FLOOR, BLIND_TRIPLE_FLOOR},
        {"events-wire.tsv", WIRE_CATEGORY_FLOOR, WIRE_TRIPLE_FLOOR},
        {"events-c.tsv", C_CATEGORY_FLOOR, C_TRIPLE_FLOOR},
        {"events-f.tsv", F_CATEGORY_FLOOR, F_TRIPLE_FLOOR},
        {"events-h.tsv", H_CATEGORY_FLOOR, H_TRIPLE_FLOOR},
        {"events-i.tsv", I_CATEGORY_FLOOR, I_TRIPLE_FLOOR},
        {"events-k.tsv", K_CATEGORY_FLOOR, K_TRIPLE_FLOOR},
        {"events-m.tsv", M_CATEGORY_FLOOR, M_TRIPLE_FLOOR},
        {"events-t.tsv", T_CATEGORY_FLOOR, T_TRIPLE_FLOOR},
        {"events-x.tsv", X_CATEGORY_FLOOR, X_TRIPLE_FLOOR},
        {"events-za.tsv", ZA_CATEGORY_FLOOR, ZA_TRIPLE_FLOOR},
        {"events-zd.tsv", ZD_CATEGORY_FLOOR, ZD_TRIPLE_FLOOR},
        {"events-zf.tsv", ZF_CATEGORY_FLOOR, ZF_TRIPLE_FLOOR},
        {"events-zg.tsv", ZG_CATEGORY_FLOOR, ZG_TRIPLE_FLOOR},
        {"events-zi.tsv", ZI_CATEGORY_FLOOR, ZI_TRIPLE_FLOOR},
        {"events-zj.tsv", ZJ_CATEGORY_FLOOR, ZJ_TRIPLE_FLOOR},
        {"events-zk.tsv", ZK_CATEGORY_FLOOR, ZK_TRIPLE_FLOOR},
        {"events-zm.tsv", ZM_CATEGORY_FLOOR, ZM_TRIPLE_FLOOR},
        {"events-zr.tsv", ZR_CATEGORY_FLOOR, ZR_TRIPLE_FLOOR},
        {"events-zp.tsv", ZP_CATEGORY_FLOOR, ZP_TRIPLE_FLOOR},
        {"events-zt.tsv", ZT_CATEGORY_FLOOR, ZT_TRIPLE_FLOOR},
        {"events-zs.tsv", ZS_CATEGORY_FLOOR, ZS_TRIPLE_FLOOR},
        {"events-zv.tsv", ZV_CATEGORY_FLOOR, ZV_TRIPLE_FLOOR},
        {"events-zu.tsv", ZU_CATEGORY_FLOOR, ZU_TRIPLE_FLOOR},
        {"events-zx.tsv", ZX_CATEGORY_FLOOR, ZX_TRIPLE_FLOOR},
        {"events-zw.tsv", ZW_CATEGORY_FLOOR, ZW_TRIPLE_FLOOR},
        {"events-zz.tsv", ZZ_CATEGORY_FLOOR, ZZ_TRIPLE_FLOOR},
        {"events-zy.tsv", ZY_CATEGORY_FLOOR, ZY_TRIPLE_FLOOR},
        {"events-yb.tsv", YB_CATEGORY_FLOOR, YB_TRIPLE_FLOOR},
        {"events-ya.tsv", YA_CATEGORY_FLOOR, YA_TRIPLE_FLOOR},
        {"events-yc.tsv", YC_CATEGORY_FLOOR, YC_TRIPLE_FLOOR},
        {"events-yd.tsv", YD_CATEGORY_FLOOR, YD_TRIPLE_FLOOR},
        {"events-ye.tsv", YE_CATEGORY_FLOOR, YE_TRIPLE_FLOOR},
        {"events-yf.tsv", YF_CATEGORY_FLOOR, YF_TRIPLE_FLOOR},
        {"events-yg.tsv", YG_CATEGORY_FLOOR, YG_TRIPLE_FLOOR},
        {"events-yh.tsv", YH_CATEGORY_FLOOR, YH_TRIPLE_FLOOR},
        {"events-yi.tsv", YI_CATEGORY_FLOOR, YI_TRIPLE_FLOOR},
        {"events-yj.tsv", YJ_CATEGORY_FLOOR, YJ_TRIPLE_FLOOR},
    };
    char data[4096], why[512];
    snprintf(data, sizeof data, "--data '%s/data'", root && *root ? root : ".");
    for (size_t b = 0; b < sizeof batches / sizeof batches[0]; b++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/tests/dev/%s", root && *root ? root : ".", batches[b].file);
        dev_score sc;
        int rc = score_dev_file(path, data, &sc, why, sizeof why);
        if (rc == 1) SKIP(why);
        CHECK_INT(rc, 0);
        if (rc) continue;
        printf("note: %s (%d sentences): category F1 %.3f; actor+recipient+category F1 %.3f (floors %.2f, %.2f)\n",
               batches[b].file, sc.n, f1(sc.cat), f1(sc.tri), batches[b].cat, batches[b].tri);
        CHECK(sc.n >= 80); /* events-yc.tsv and events-ye.tsv to events-yj.tsv are the shortest batches */
        CHECK(f1(sc.cat) >= batches[b].cat);
        CHECK(f1(sc.tri) >= batches[b].tri);
    }
}
