/* fuzz_code_text.c — libFuzzer target for the whole `dyad code` path on
 * arbitrary text: segment, tag, name, parse (where coding needs it), code,
 * date and place, write.  The shipped models, dictionaries and gazetteer
 * are loaded once ($DYAD_DATA, else ./data: run from the source tree).
 * The first input byte picks the output format and whether --explain is
 * on; the rest, repaired to valid UTF-8 as the reader does, is one
 * document dated 2017-11-12.  Found in review before this target existed:
 * a word-stream overflow on long hyphenated words (mentions.c). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "dyad.h"

/* Loaded once for the process (libFuzzer calls the target many times). */
static dyad_models *models;
static dyad_coder *coder;
static FILE *sink;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    const char *dir = getenv("DYAD_DATA");
    if (!dir || !*dir) dir = "data";
    dyad_error err = {0};
    dyad_coder_options o;
    memset(&o, 0, sizeof o);
    o.data_dir = dir;
    o.quiet = 1;
    coder = dyad_coder_load(&o, &err);
    models = coder ? dyad_models_load(dir, &err) : NULL;
    sink = fopen("/dev/null", "w");
    if (!coder || !models || !sink) {
        fprintf(stderr, "fuzz_code_text: cannot load %s: %s\n", dir, err.message);
        exit(1);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1 || size > 65536) return 0;
    static const int formats[] = {DYAD_EVENTS_JSONL, DYAD_EVENTS_TSV, DYAD_EVENTS_GDELT, DYAD_EVENTS_TABLE};
    int format = formats[data[0] & 3], explain = (data[0] >> 2) & 1;
    buf text;
    buf_init(&text);
    if (utf8_repair((const char *)data + 1, size - 1, &text) == (size_t)-1 || buf_putc(&text, '\0')) {
        buf_free(&text);
        return 0;
    }
    dyad_document doc;
    memset(&doc, 0, sizeof doc);
    doc.id = "fuzz";
    doc.text = text.data;
    doc.text_len = text.len - 1;
    doc.date = (dyad_date){2017, 11, 12};
    doc.source = "fuzz";
    doc.line = 1;

    dyad_analysis *a = dyad_analysis_new();
    dyad_events *e = dyad_events_new();
    dyad_event_writer *w = dyad_event_writer_new(sink, format);
    dyad_error err = {0};
    if (!a || !e || !w) abort();
    dyad_events_set_explain(e, explain);
    if (!dyad_segment(a, doc.text, doc.text_len, &err) && !dyad_annotate_for_coding(a, models, coder, e, &err) &&
        !dyad_code_document(coder, a, &doc, e, &err)) {
        if (explain && !dyad_events_explain(e)) abort();
        for (size_t i = 0; i < dyad_event_count(e); i++) {
            const dyad_event *ev = dyad_event_get(e, i);
            if (!ev->actor.code || strlen(ev->cameo) < 3 || ev->sentence >= dyad_sentence_count(a)) abort();
        }
        dyad_event_writer_write(w, &doc, e, &err);
    }
    dyad_event_writer_free(w);
    dyad_events_free(e);
    dyad_analysis_free(a);
    buf_free(&text);
    return 0;
}
