/* model_file.h — the container every trained model file uses.
 *
 * Layout (little-endian):
 *   offset 0   8 bytes  magic "DYADMDL2" (the container format)
 *          8   u32      kind, a four-character code ("TAGR", "PARS", ...)
 *         12   u32      format version of that kind
 *         16   u32      feature-hash size in bits (0 when not hashed)
 *         20   u32      reserved, 0
 *         24   u64      payload size in bytes
 *         32   u64      checksum of the payload (model_checksum below)
 *         40   payload
 *
 * Container format 2 (DYADMDL2) checksums the payload word by word in four
 * independent lanes (an xxHash64-style round per 8 bytes), so verifying a
 * 50 MB parser costs a few milliseconds; format 1 (DYADMDL1) hashed it byte
 * by byte with FNV-1a, which was most of the time a short run took.  A
 * format-1 file is rejected with a message saying how to regenerate it
 * (`make models`, or scripts/model_upgrade.py, which rewrites the header of
 * an existing file without retraining).
 *
 * The loader checks all of it, so a truncated, corrupted or wrong-version
 * file gives an error naming the file and the problem, never a crash.  The
 * payload is read through a bounds-checked cursor for the same reason. */
#ifndef DYAD_MODEL_FILE_H
#define DYAD_MODEL_FILE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dyad.h"

#define MODEL_MAGIC "DYADMDL2"
#define MODEL_MAGIC_V1 "DYADMDL1"
#define MODEL_HEADER_SIZE 40
#define MODEL_KIND(a, b, c, d) \
    ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)

typedef struct model_blob {
    uint32_t kind, version, hash_bits;
    unsigned char *payload; /* owned */
    size_t size;
    size_t room;            /* bytes allocated at payload: size, and the
                             * slack asked for (model_blob_load_room) */
    const char *path;       /* for messages; owned */
} model_blob;

/* Reads and verifies path; kind and version must match.  Returns 0, or a
 * dyad_status with err filled. */
int model_blob_load(const char *path, uint32_t kind, uint32_t version,
                    model_blob *out, dyad_error *err);
/* The same accepting any version in [min_version, max_version] (a loader
 * that still reads older layouts); out->version says which. */
int model_blob_load_versions(const char *path, uint32_t kind, uint32_t min_version,
                             uint32_t max_version, model_blob *out, dyad_error *err);
/* model_blob_load_versions with percent % of the payload's size (and 64
 * bytes) more allocated after it (out->room), for a loader that spreads a
 * table out in place. */
int model_blob_load_room(const char *path, uint32_t kind, uint32_t min_version, uint32_t max_version,
                         unsigned percent, model_blob *out, dyad_error *err);
void model_blob_free(model_blob *b);

/* Bounds-checked sequential reading of a payload.  After any failed read
 * `failed` is set and every later read returns zeros, so a loader can read
 * everything and check once at the end. */
typedef struct model_cursor {
    const unsigned char *p, *end;
    int failed;
} model_cursor;

void model_cursor_init(model_cursor *c, const model_blob *b);
uint32_t model_read_u32(model_cursor *c);
uint64_t model_read_u64(model_cursor *c);
float model_read_f32(model_cursor *c);
/* Returns a pointer into the payload (no copy), NULL when past the end.
 * align: the required alignment of the returned pointer (1, 2, 4 or 8);
 * the writer pads to it with model_writer_align. */
const void *model_read_bytes(model_cursor *c, size_t n, size_t align);

/* The format-2 checksum, streamed: 32-byte stripes go through the four
 * lanes as they complete; the last partial stripe is hashed at the end. */
typedef struct model_checksum {
    uint64_t lane[4];
    uint64_t size;
    unsigned char pend[32];
    size_t n_pend;
} model_checksum;

void model_checksum_init(model_checksum *c);
void model_checksum_update(model_checksum *c, const void *p, size_t n);
uint64_t model_checksum_final(const model_checksum *c);
/* The checksum of one buffer (init + update + final). */
uint64_t model_checksum_of(const void *p, size_t n);

/* Writing: header is patched in at close, when size and checksum are known. */
typedef struct model_writer {
    FILE *f;
    uint64_t size;
    model_checksum checksum;
    const char *path;
    int failed;
} model_writer;

int model_writer_open(model_writer *w, const char *path, uint32_t kind,
                      uint32_t version, uint32_t hash_bits, dyad_error *err);
void model_write(model_writer *w, const void *p, size_t n);
void model_write_u32(model_writer *w, uint32_t v);
void model_write_u64(model_writer *w, uint64_t v);
void model_write_f32(model_writer *w, float v);
/* Pads with zeros so the next write starts at a multiple of align. */
void model_writer_align(model_writer *w, size_t align);
int model_writer_close(model_writer *w, dyad_error *err);

#endif
