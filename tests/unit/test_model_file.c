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

/* model_blob_load_room: the same payload (the cursor stops at its end),
 * with the room asked for allocated after it and writable. */
TEST(model_file_room_after_payload) {
    char path[] = "/tmp/dyad-model-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    write_sample(path);
    model_blob b;
    dyad_error err;
    CHECK_INT(model_blob_load_room(path, KIND_TEST, 3, 3, 50, &b, &err), DYAD_OK);
    CHECK(b.room == b.size + b.size / 100 * 50 + 64);
    model_cursor c;
    model_cursor_init(&c, &b);
    CHECK_INT(model_read_u32(&c), 42);
    CHECK(c.end == b.payload + b.size);
    b.payload[b.room - 1] = 1;
    model_blob_free(&b);
    CHECK_INT(model_blob_load(path, KIND_TEST, 3, &b, &err), DYAD_OK);
    CHECK(b.room == b.size);
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

/* The format-2 checksum is the same however the payload is streamed (the
 * writer sees it in pieces of any size), and it sees every byte. */
TEST(model_file_checksum_streaming) {
    unsigned char buf[1000];
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)(i * 131 + 7);
    size_t sizes[] = {0, 1, 7, 8, 31, 32, 33, 63, 64, 65, 999, 1000};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        uint64_t one = model_checksum_of(buf, n);
        for (size_t chunk = 1; chunk <= 40; chunk += 3) {
            model_checksum c;
            model_checksum_init(&c);
            for (size_t at = 0; at < n; at += chunk) model_checksum_update(&c, buf + at, n - at < chunk ? n - at : chunk);
            CHECK(model_checksum_final(&c) == one);
        }
        if (n) {
            /* any flipped bit, anywhere (stripes and tail), changes it */
            for (size_t at = 0; at < n; at += n / 5 + 1) {
                buf[at] ^= 0x10;
                CHECK(model_checksum_of(buf, n) != one);
                buf[at] ^= 0x10;
            }
        }
        /* the size counts: a payload and the same one plus a zero byte differ */
        if (n < sizeof buf) {
            unsigned char save = buf[n];
            buf[n] = 0;
            CHECK(model_checksum_of(buf, n + 1) != one);
            buf[n] = save;
        }
    }
}

/* A container-format-1 file (byte-wise checksum) is refused with a message
 * that says how to regenerate or convert it. */
TEST(model_file_rejects_format_1) {
    char path[] = "/tmp/dyad-model-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    write_sample(path);
    FILE *f = fopen(path, "r+b");
    CHECK(f != NULL);
    fwrite(MODEL_MAGIC_V1, 1, 8, f);
    fclose(f);
    model_blob b;
    dyad_error err;
    CHECK_INT(model_blob_load(path, KIND_TEST, 3, &b, &err), DYAD_ERR_INPUT);
    CHECK(strstr(err.message, "format 1"));
    CHECK(strstr(err.message, "make models"));
    CHECK(strstr(err.message, "model_upgrade.py"));
    unlink(path);
}
