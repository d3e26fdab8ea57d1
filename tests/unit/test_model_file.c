/* Tests of the model container: round trip and every kind of damage. */
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#include "nlp/model_file.h"

#define KIND_TEST MODEL_KIND('T', 'E', 'S', 'T')

static void write_sample(const char *path) {
    model_writer w;
    dyad_error err;
    model_writer_open(&w, path, KIND_TEST, 3, 18, &err);
    model_write_u32(&w, 42);
    model_writer_align(&w, 8);
    model_write_u64(&w, 7);
    model_write_f32(&w, 1.5f);
    model_writer_close(&w, &err);
}

TEST(model_file_round_trip) {
    char path[] = "/tmp/dyad-model-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    write_sample(path);
    model_blob b;
    dyad_error err;
    CHECK_INT(model_blob_load(path, KIND_TEST, 3, &b, &err), DYAD_OK);
    CHECK_INT(b.hash_bits, 18);
    model_cursor c;
    model_cursor_init(&c, &b);
    CHECK_INT(model_read_u32(&c), 42);
    const uint64_t *p = model_read_bytes(&c, 8, 8);
    CHECK(p && *p == 7);
    CHECK(model_read_f32(&c) == 1.5f);
    CHECK(!c.failed);
    model_read_u32(&c);
    CHECK(c.failed); /* past the end */
    model_blob_free(&b);
    unlink(path);
}

TEST(model_file_rejects_damage) {
    char path[] = "/tmp/dyad-model-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    write_sample(path);
    model_blob b;
    dyad_error err;
    CHECK_INT(model_blob_load(path, KIND_TEST, 4, &b, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "version 3"));
    CHECK_INT(model_blob_load(path, MODEL_KIND('P', 'A', 'R', 'S'), 3, &b, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "kind TEST"));
    /* flip a payload byte */
    FILE *f = fopen(path, "r+b");
    fseek(f, MODEL_HEADER_SIZE + 1, SEEK_SET);
    fputc(0x55, f);
    fclose(f);
    CHECK_INT(model_blob_load(path, KIND_TEST, 3, &b, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "checksum"));
    /* truncate */
    CHECK(truncate(path, MODEL_HEADER_SIZE + 3) == 0);
    CHECK_INT(model_blob_load(path, KIND_TEST, 3, &b, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "truncated"));
    CHECK(truncate(path, 10) == 0);
    CHECK_INT(model_blob_load(path, KIND_TEST, 3, &b, &err), DYAD_ERR_INPUT);
    unlink(path);
}
