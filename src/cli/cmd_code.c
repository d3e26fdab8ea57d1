/* cmd_code.c — `dyad code`: documents in, events out (interfaces.md).
 *
 *   read -> dyad_segment -> dyad_annotate_for_coding -> dyad_code_document -> writer
 *
 * (dyad_annotate_for_coding parses only the sentences whose coding can
 * depend on their tree: the events are those of dyad_annotate, faster.)
 *
 * `--conllu FILE` codes trees given in CoNLL-U instead (one document per
 * file, or per `# newdoc` comment): for hand-annotated tests and for
 * checking the coder apart from the parser.  `--explain` writes, per
 * sentence, the tokens, tags and tree, the actor mentions, and each event
 * coded or rejected with its rule — on standard error, so that standard
 * output stays the event stream. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "base/buf.h"
#include "nlp/conllu.h"

typedef struct code_ctx {
    dyad_coder *coder;
    dyad_models *models;
    dyad_analysis *analysis;
    dyad_events *events;
    dyad_event_writer *writer;
    int explain;
    int quiet;
} code_ctx;

static void usage(FILE *out) {
    fprintf(out,
            "usage: dyad code [options] [FILE...]\n"
            "\n"
            "Codes political events (CAMEO, PLOVER) from news documents.\n"
            "\n"
            "  --format jsonl|tsv|gdelt|table   output (default: table on a terminal, else jsonl)\n"
            "  --explain            per sentence on stderr: tokens, tree, actors, events and rejections\n"
            "  --data DIR           data directory (dictionaries in DIR/dict, models)\n"
            "  --actors FILE[,FILE] replace the actor dictionaries\n"
            "  --agents FILE[,FILE] replace the agent dictionary\n"
            "  --verbs FILE[,FILE]  replace the verb dictionary\n"
            "  --discards FILE      sentence filters (PETRARCH discards)\n"
            "  --dict-format dyad|tabari|petrarch   format of --actors/--agents/--verbs\n"
            "  --conllu FILE        code trees given in CoNLL-U (skips segmenting and parsing)\n"
            "  --date YYYY-MM-DD    document date   --input text|jsonl   --strict   --quiet\n");
}

static int flush_doc(code_ctx *cx, const dyad_document *doc) {
    dyad_error err = {0};
    if (cx->explain) fputs(dyad_events_explain(cx->events), stderr);
    if (dyad_event_writer_write(cx->writer, doc, cx->events, &err)) {
        cli_error("%s", err.message);
        return EXIT_INTERNAL;
    }
    return 0;
}

static int code_one(const dyad_document *doc, void *ctx) {
    code_ctx *cx = ctx;
    dyad_error err = {0};
    if (!cx->analysis) {
        cx->analysis = dyad_analysis_new();
        if (!cx->analysis) { cli_error("out of memory"); return EXIT_INTERNAL; }
    }
    if (dyad_segment(cx->analysis, doc->text, doc->text_len, &err) ||
        dyad_annotate_for_coding(cx->analysis, cx->models, cx->coder, cx->events, &err) ||
        dyad_code_document(cx->coder, cx->analysis, doc, cx->events, &err)) {
        cli_error("%s: %s", doc->id, err.message);
        return err.status == DYAD_ERR_INPUT ? 0 : EXIT_INTERNAL;
    }
    return flush_doc(cx, doc);
}

/* --conllu: tokens come from the file; text = forms joined by spaces
 * (SpaceAfter=No respected). */
static int code_conllu(code_ctx *cx, const char *path, const dyad_date *date, int strict) {
    dyad_error err = {0};
    conllu_reader *r = conllu_open(path, &err);
    if (!r) { cli_error("%s", err.message); return EXIT_USAGE; }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char id[512];
    snprintf(id, sizeof id, "%.*s", (int)strcspn(base, "."), base);
    buf text;
    buf_init(&text);
    dyad_token *tok = NULL;
    size_t n_tok = 0, cap = 0;
    size_t *sent_first = NULL, *sent_n = NULL, n_sent = 0, cap_sent = 0;
    char **strings = NULL;
    size_t n_str = 0, cap_str = 0;
    int status = 0;
    size_t skipped = 0;
    /* The whole file is read first: tokens point into the joined text. */
    for (;;) {
        conllu_sentence s;
        int got = conllu_next(r, &s, &err);
        if (got == 0) break;
        if (got < 0) {
            /* as `dyad parse`: reported unless --quiet, fatal only with --strict */
            skipped++;
            if (!cx->quiet) fprintf(stderr, "%s\n", err.message);
            continue;
        }
        if (n_sent == cap_sent) {
            cap_sent = cap_sent ? cap_sent * 2 : 16;
            size_t *f2 = realloc(sent_first, cap_sent * sizeof *sent_first);
            if (f2) sent_first = f2;
            size_t *n2 = realloc(sent_n, cap_sent * sizeof *sent_n);
            if (n2) sent_n = n2;
            if (!f2 || !n2) { status = EXIT_INTERNAL; break; }
        }
        sent_first[n_sent] = n_tok;
        sent_n[n_sent] = s.n_words;
        n_sent++;
        for (size_t i = 0; i < s.n_words; i++) {
            const conllu_word *cw = &s.words[i];
            if (n_tok == cap) {
                size_t c2 = cap ? cap * 2 : 256;
                dyad_token *t2 = realloc(tok, c2 * sizeof *tok);
                if (!t2) { status = EXIT_INTERNAL; break; }
                tok = t2;
                cap = c2;
            }
            if (n_str + 6 > cap_str) {
                size_t c2 = cap_str ? cap_str * 2 : 1024;
                char **s2 = realloc(strings, c2 * sizeof *strings);
                if (!s2) { status = EXIT_INTERNAL; break; }
                strings = s2;
                cap_str = c2;
            }
            dyad_token *t = &tok[n_tok++];
            memset(t, 0, sizeof *t);
            t->start = (uint32_t)text.len;
            buf_puts(&text, cw->form);
            t->end = (uint32_t)text.len;
            char sa[16];
            int no_space = conllu_field(cw->misc, "SpaceAfter", sa, sizeof sa) && !strcmp(sa, "No");
            if (!no_space) buf_putc(&text, ' ');
#define KEEP(dst, src)                                                             \
    do {                                                                           \
        strings[n_str] = strdup((src) ? (src) : "_");                              \
        (dst) = (src) && strcmp((src), "_") ? strings[n_str] : NULL;               \
        n_str++;                                                                   \
    } while (0)
            KEEP(t->form, cw->form);
            KEEP(t->lemma, cw->lemma);
            KEEP(t->upos, cw->upos);
            KEEP(t->xpos, cw->xpos);
            KEEP(t->deprel, cw->deprel);
#undef KEEP
            t->head = cw->head > 0 ? cw->head - 1 : -1;
            char ne[16];
            if (conllu_field(cw->misc, "NE", ne, sizeof ne)) {
                const char *ty = (ne[1] == '-') ? ne + 2 : ne;
                t->entity = !strncmp(ty, "PER", 3) ? DYAD_ENTITY_PERSON
                          : !strncmp(ty, "ORG", 3) ? DYAD_ENTITY_ORGANIZATION
                          : !strncmp(ty, "LOC", 3) ? DYAD_ENTITY_PLACE : DYAD_ENTITY_OTHER;
                t->entity_begin = ne[0] != 'I';
            }
        }
        if (status) break;
    }
    conllu_close(r);
    if (status) cli_error("out of memory");
    /* token offsets were taken while text grew; positions are stable */
    dyad_document doc;
    memset(&doc, 0, sizeof doc);
    doc.id = id;
    doc.text = text.data ? text.data : "";
    doc.text_len = text.len;
    if (date) doc.date = *date;
    doc.source = path;
    dyad_events_begin(cx->events, doc.text, doc.text_len, &doc.date);
    for (size_t s = 0; s < n_sent && !status; s++)
        if (dyad_code_sentence(cx->coder, cx->events, s, tok + sent_first[s], sent_n[s], &err)) {
            cli_error("%s: %s", path, err.message);
            status = EXIT_INTERNAL;
        }
    if (!status) dyad_events_finish(cx->coder, cx->events);
    if (!status) status = flush_doc(cx, &doc);
    if (!status && strict && skipped) status = EXIT_USAGE;
    for (size_t i = 0; i < n_str; i++) free(strings[i]);
    free(strings);
    free(tok);
    free(sent_first);
    free(sent_n);
    buf_free(&text);
    return status;
}

int cmd_code(int argc, char **argv) {
    cli_inputs in;
    memset(&in, 0, sizeof in);
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) return EXIT_INTERNAL;
    in.files = files;
    dyad_coder_options copt;
    memset(&copt, 0, sizeof copt);
    int format = isatty(1) ? DYAD_EVENTS_TABLE : DYAD_EVENTS_JSONL;
    const char *conllu = NULL;
    code_ctx cx;
    memset(&cx, 0, sizeof cx);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        int r = cli_input_option(&in, argc, argv, &i);
        if (r < 0) { free(files); return EXIT_USAGE; }
        if (r > 0) continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); free(files); return 0; }
        if (!strcmp(a, "--explain")) { cx.explain = 1; continue; }
        const char **slot = !strcmp(a, "--data") ? &copt.data_dir
                          : !strcmp(a, "--actors") ? &copt.actors
                          : !strcmp(a, "--agents") ? &copt.agents
                          : !strcmp(a, "--verbs") ? &copt.verbs
                          : !strcmp(a, "--discards") ? &copt.discards
                          : !strcmp(a, "--conllu") ? &conllu : NULL;
        int is_fmt = !strcmp(a, "--format"), is_dict = !strcmp(a, "--dict-format");
        if (slot || is_fmt || is_dict) {
            if (i + 1 >= argc) { cli_error("%s needs a value", a); free(files); return EXIT_USAGE; }
            const char *v = argv[++i];
            if (slot) { *slot = v; continue; }
            if (is_fmt) {
                if (!strcmp(v, "jsonl") || !strcmp(v, "json")) format = DYAD_EVENTS_JSONL;
                else if (!strcmp(v, "tsv")) format = DYAD_EVENTS_TSV;
                else if (!strcmp(v, "gdelt")) format = DYAD_EVENTS_GDELT;
                else if (!strcmp(v, "table")) format = DYAD_EVENTS_TABLE;
                else { cli_error("--format: '%s' is not jsonl, tsv, gdelt or table", v); free(files); return EXIT_USAGE; }
            } else {
                if (!strcmp(v, "dyad")) copt.dict_format = DYAD_DICT_DYAD;
                else if (!strcmp(v, "tabari")) copt.dict_format = DYAD_DICT_TABARI;
                else if (!strcmp(v, "petrarch")) copt.dict_format = DYAD_DICT_PETRARCH;
                else { cli_error("--dict-format: '%s' is not dyad, tabari or petrarch", v); free(files); return EXIT_USAGE; }
            }
            continue;
        }
        if (a[0] == '-' && a[1]) { cli_error("code: unknown option '%s' (try `dyad code --help`)", a); free(files); return EXIT_USAGE; }
        files[in.n_files++] = argv[i];
    }
    if (conllu && in.n_files) {
        /* --conllu FILE is the whole input; other files would be ignored silently */
        cli_error("code: --conllu FILE cannot be combined with input files ('%s')", files[0]);
        free(files);
        return EXIT_USAGE;
    }
    copt.quiet = in.quiet;
    dyad_error err = {0};
    int status = 0;
    cx.quiet = in.quiet;
    cx.coder = dyad_coder_load(&copt, &err);
    if (!cx.coder) {
        cli_error("%s", err.message);
        free(files);
        return err.status == DYAD_ERR_INTERNAL ? EXIT_INTERNAL : EXIT_USAGE;
    }
    cx.events = dyad_events_new();
    cx.writer = dyad_event_writer_new(stdout, format);
    if (!cx.events || !cx.writer) { cli_error("out of memory"); status = EXIT_INTERNAL; goto done; }
    dyad_events_set_explain(cx.events, cx.explain);
    if (conllu) {
        status = code_conllu(&cx, conllu, in.reader.date, in.strict);
        if (!status && fflush(stdout)) status = EXIT_INTERNAL;
        goto done;
    }
    cx.models = dyad_models_load(copt.data_dir, &err);
    if (!cx.models) {
        cli_error("%s", err.message);
        status = err.status == DYAD_ERR_INTERNAL ? EXIT_INTERNAL : EXIT_USAGE;
        goto done;
    }
    status = cli_for_each_document(&in, code_one, &cx);
done:
    dyad_event_writer_free(cx.writer);
    dyad_events_free(cx.events);
    if (cx.analysis) dyad_analysis_free(cx.analysis);
    if (cx.models) dyad_models_free(cx.models);
    dyad_coder_free(cx.coder);
    free(files);
    return status;
}
