/* models.c — finding the data directory and loading the models.
 *
 * The data directory, when the caller gives none (dyad_default_data_dir):
 *   1. $DYAD_DATA, when set and not empty;
 *   2. BIN/../share/dyad next to an installed executable in BIN (so
 *      `make install PREFIX=...` works whatever PREFIX the build had);
 *   3. the data/ directory of the source tree the running executable was
 *      built in (build/dyad, build/tests/..., build/bench/...: the nearest
 *      ancestor, up to three levels up, holding data/models/ and
 *      include/dyad.h), so a build uses its own models, never a stale
 *      installed copy;
 *   4. DYAD_DATA_DIR, fixed at compile time (the Makefile passes
 *      PREFIX/share/dyad, where `make install` puts data/).
 * Model files are looked for in DIR/models/, then in DIR itself, so --data
 * may name either the data directory or the models directory. */
#include "pipeline/models.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.h"

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "/usr/local/share/dyad"
#endif

static int is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Computed once (pthread_once), then only read: the one piece of static
 * state, and immutable after initialisation. */
static char default_dir[PATH_MAX + 64];
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void find_default_dir(void) {
    const char *env = getenv("DYAD_DATA");
    if (env && *env) {
        snprintf(default_dir, sizeof default_dir, "%s", env);
        return;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *bin_end = strrchr(exe, '/');
        if (bin_end) {
            char installed[PATH_MAX + 64];
            snprintf(installed, sizeof installed, "%.*s/../share/dyad/models",
                     (int)(bin_end - exe), exe);
            if (is_dir(installed)) {
                installed[strlen(installed) - strlen("/models")] = '\0';
                snprintf(default_dir, sizeof default_dir, "%s", installed);
                return;
            }
        }
        for (int up = 0; up < 4; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash) break;
            *slash = 0;
            char models[PATH_MAX + 32], header[PATH_MAX + 32];
            snprintf(models, sizeof models, "%s/data/models", exe);
            snprintf(header, sizeof header, "%s/include/dyad.h", exe);
            if (is_dir(models) && is_file(header)) {
                snprintf(default_dir, sizeof default_dir, "%s/data", exe);
                return;
            }
        }
    }
    snprintf(default_dir, sizeof default_dir, "%s", DYAD_DATA_DIR);
}

const char *dyad_default_data_dir(void) {
    pthread_once(&default_once, find_default_dir);
    return default_dir;
}

/* DIR/models/NAME, else DIR/NAME; NULL when neither exists. */
static char *model_path(const char *dir, const char *name) {
    size_t len = strlen(dir) + strlen(name) + 16;
    char *p = malloc(len);
    if (!p) return NULL;
    snprintf(p, len, "%s/models/%s", dir, name);
    if (is_file(p)) return p;
    snprintf(p, len, "%s/%s", dir, name);
    if (is_file(p)) return p;
    free(p);
    return NULL;
}

dyad_models *dyad_models_load(const char *dir, dyad_error *err) {
    if (!dir) dir = dyad_default_data_dir();
    dyad_models *m = calloc(1, sizeof *m);
    if (!m || !(m->dir = strdup(dir))) {
        free(m);
        set_error(err, DYAD_ERR_INTERNAL, "out of memory");
        return NULL;
    }
    char *path = model_path(dir, "tagger.bin");
    if (!path) {
        set_error(err, DYAD_ERR_INPUT,
                  "%s: no models/tagger.bin here (set $DYAD_DATA or --data to the data directory)",
                  dir);
        dyad_models_free(m);
        return NULL;
    }
    int st = tagger_load(path, &m->tagger, err);
    free(path);
    if (st) {
        dyad_models_free(m);
        return NULL;
    }
    /* The parser is optional: without parser.bin tagging still works. */
    path = model_path(dir, "parser.bin");
    if (path) {
        st = parser_load(path, &m->parser, err);
        free(path);
        if (st) {
            dyad_models_free(m);
            return NULL;
        }
    }
    /* The name tagger is optional too: without it the coder sees only the
     * names its dictionaries list. */
    path = model_path(dir, "ner.bin");
    if (path) {
        st = ner_load(path, &m->ner, err);
        free(path);
        if (st) {
            dyad_models_free(m);
            return NULL;
        }
    }
    return m;
}

void dyad_models_free(dyad_models *m) {
    if (!m) return;
    tagger_free(m->tagger);
    parser_free(m->parser);
    ner_free(m->ner);
    free(m->dir);
    free(m);
}
