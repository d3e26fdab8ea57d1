/* The loaded models and coder are meant to be immutable and shared by
 * threads (include/dyad.h).  These tests run the whole pipeline on the
 * demo article in several threads at once over one dyad_models and one
 * dyad_coder, and require every thread's JSON output to be byte-identical
 * to a single-threaded run (and to a second single-threaded run:
 * determinism).  Under `make test SAN=1` ASan also watches the shared
 * reads.  Checks happen on the main thread only (the harness is not
 * thread-safe). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad.h"
#include "test.h"

typedef struct {
    const dyad_models *models;
    const dyad_coder *coder;
    const char *path;
    char *out;   /* JSONL of every event, malloc'd; NULL on failure */
    size_t len;
} run_job;

/* Codes every document of job->path into job->out. */
static void *run_pipeline(void *arg) {
    run_job *job = arg;
    dyad_error err = {0};
    job->out = NULL;
    FILE *f = open_memstream(&job->out, &job->len);
    if (!f) return NULL;
    dyad_event_writer *w = dyad_event_writer_new(f, DYAD_EVENTS_JSONL);
    dyad_reader_options ro = {0};
    dyad_reader *r = dyad_reader_open(job->path, &ro, &err);
    dyad_analysis *a = dyad_analysis_new();
    dyad_events *ev = dyad_events_new();
    int ok = w && r && a && ev;
    dyad_document doc;
    int got;
    while (ok && (got = dyad_reader_next(r, &doc, &err)) != DYAD_READ_END) {
        if (got == DYAD_READ_FAILED) { ok = 0; break; }
        if (got == DYAD_READ_SKIPPED) continue;
        if (dyad_segment(a, doc.text, doc.text_len, &err) ||
            dyad_annotate(a, job->models, &err) ||
            dyad_code_document(job->coder, a, &doc, ev, &err) ||
            dyad_event_writer_write(w, &doc, ev, &err)) {
            ok = 0;
            break;
        }
    }
    dyad_events_free(ev);
    dyad_analysis_free(a);
    if (r) dyad_reader_close(r);
    if (w) dyad_event_writer_free(w);
    fclose(f);
    if (!ok) { free(job->out); job->out = NULL; }
    return NULL;
}

TEST(threads_share_models_and_coder) {
    char path[4096];
    const char *root = getenv("ROOT");
    snprintf(path, sizeof path, "%s/examples/demo-news-2024.txt",
             root && *root ? root : ".");
    if (access(path, R_OK) != 0) SKIP("examples/demo-news-2024.txt is not present");
    dyad_error err = {0};
    dyad_models *m = dyad_models_load(NULL, &err);
    if (!m) SKIP("models are not built (make models)");
    dyad_coder_options co = {0};
    co.quiet = 1;
    dyad_coder *c = dyad_coder_load(&co, &err);
    if (!c) { dyad_models_free(m); SKIP("dictionaries did not load"); }

    run_job once = {m, c, path, NULL, 0}, again = {m, c, path, NULL, 0};
    run_pipeline(&once);
    run_pipeline(&again);
    enum { N = 4 };
    run_job jobs[N];
    pthread_t th[N];
    int started[N] = {0};
    for (int i = 0; i < N; i++) {
        jobs[i] = (run_job){m, c, path, NULL, 0};
        started[i] = pthread_create(&th[i], NULL, run_pipeline, &jobs[i]) == 0;
    }
    for (int i = 0; i < N; i++)
        if (started[i]) pthread_join(th[i], NULL);

    int events = 0, same_again = 0, same_threads = 0;
    if (once.out) {
        for (const char *p = once.out; (p = strchr(p, '\n')); p++) events++;
        same_again = again.out && strcmp(once.out, again.out) == 0;
        same_threads = 1;
        for (int i = 0; i < N; i++)
            if (!started[i] || !jobs[i].out || strcmp(once.out, jobs[i].out) != 0)
                same_threads = 0;
    }
    free(once.out);
    free(again.out);
    for (int i = 0; i < N; i++) free(jobs[i].out);
    dyad_coder_free(c);
    dyad_models_free(m);
    CHECK(events > 5); /* the demo article has a dozen or more events */
    CHECK(same_again);
    CHECK(same_threads);
}
