/* parser_fixture.c — see parser_fixture.h. */
#include "parser_fixture.h"

#include "nlp/model_file.h"
#include "nlp/parser_internal.h"

void write_small_model_v(const char *path, int n_classes, size_t n_weights, uint32_t version,
                         uint32_t beam, uint32_t margin) {
    model_writer w;
    dyad_error err;
    model_writer_open(&w, path, PARSER_KIND_CODE, version, 8, &err);
    model_write_u32(&w, 2);
    model_write_u32(&w, 4);
    model_write(&w, "root", 4);
    model_write_u32(&w, 3);
    model_write(&w, "dep", 3);
    model_write_u32(&w, (uint32_t)n_classes);
    model_write_u32(&w, n_classes == 2 ? 2 : 3);
    model_write_u32(&w, 0);
    model_write_u32(&w, 8);
    if (version >= 4) {
        model_write_u32(&w, beam);
        model_write_u32(&w, margin);
    }
    unsigned char cls[8] = {T_SHIFT, 0, T_LEFT, 0, T_LEFT, 1, T_RIGHT, 1};
    model_write(&w, cls, (size_t)n_classes * 2);
    model_writer_align(&w, 8);
    model_write_f32(&w, 1.0f);
    model_write_u32(&w, 256); /* rows: one per bucket */
    for (uint32_t i = 0; i < 256; i++) model_write_u32(&w, i);
    model_writer_align(&w, 16);
    for (size_t i = 0; i < n_weights; i++) {
        int16_t v = (int16_t)(i * 7919 % 200 - 100);
        model_write(&w, &v, 2);
    }
    model_writer_close(&w, &err);
}

void write_small_model(const char *path, int n_classes, size_t n_weights) {
    write_small_model_v(path, n_classes, n_weights, PARSER_FORMAT_VERSION, 1, 0);
}

