/* fuzz_parser_model.c — libFuzzer target for the parser model loader.
 *
 * The input becomes the PAYLOAD of a model file with a valid header and
 * checksum (so the fuzzer gets past the container checks and exercises
 * parser_load's own validation); the first input byte picks the hash size.
 * A model that loads must parse a sentence without going out of bounds. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "nlp/model_file.h"
#include "nlp/parser.h"
#include "nlp/parser_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    char path[] = "/tmp/fuzz-parser-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return 0;
    close(fd);
    model_writer w;
    dyad_error err;
    if (model_writer_open(&w, path, PARSER_KIND_CODE, PARSER_FORMAT_VERSION, 8 + data[0] % 8, &err) == 0) {
        model_write(&w, data + 1, size - 1);
        model_writer_close(&w, &err);
        parser *p;
        if (parser_load(path, &p, &err) == 0) {
            const char *forms[] = {"Rebels", "attacked", "the", "town", "."};
            const char *upos[] = {"NOUN", "VERB", "DET", "NOUN", "PUNCT"};
            int32_t heads[5];
            const char *rels[5];
            arena a;
            arena_init(&a);
            parser_parse(p, 5, forms, upos, NULL, NULL, heads, rels, &a);
            for (int i = 0; i < 5; i++)
                if (heads[i] < -1 || heads[i] >= 5 || !rels[i]) abort();
            arena_free(&a);
            parser_free(p);
        }
    }
    unlink(path);
    return 0;
}
