/* fuzz_ner_model.c — libFuzzer target for the name-tagger model loader.
 *
 * The input becomes the PAYLOAD of a model file with a valid header and
 * checksum, so the fuzzer gets past the container checks and exercises
 * ner_load's own validation; the first input byte picks the hash size.  A
 * model that loads must tag a sentence with well-formed output. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "nlp/model_file.h"
#include "nlp/ner.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    char path[] = "/tmp/fuzz-ner-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return 0;
    close(fd);
    model_writer w;
    dyad_error err;
    if (model_writer_open(&w, path, NER_MODEL_KIND, NER_MODEL_VERSION, 8 + data[0] % 4, &err) == 0) {
        model_write(&w, data + 1, size - 1);
        model_writer_close(&w, &err);
        ner *m;
        if (ner_load(path, &m, &err) == 0) {
            const char *forms[] = {"Rebels", "attacked", "Aleppo", "", "."};
            uint8_t type[5], begin[5];
            ner_tag(m, 5, forms, NULL, type, begin);
            for (int i = 0; i < 5; i++)
                if (type[i] > DYAD_ENTITY_OTHER || begin[i] > 1 || (begin[i] && !type[i])) abort();
            ner_free(m);
        }
    }
    unlink(path);
    return 0;
}
