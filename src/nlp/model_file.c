#include "nlp/model_file.h"

#include <stdlib.h>
#include <string.h>

#include "base/bigmem.h"
#include "base/error.h"

static uint32_t get_u32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t get_u64(const unsigned char *p) {
    return (uint64_t)get_u32(p) | (uint64_t)get_u32(p + 4) << 32;
}
/* ---- the format-2 checksum ----
 * Lanes as xxHash64's: acc = rotl(acc + word * P2, 31) * P1, four words of a
 * 32-byte stripe in four independent multiply chains (the byte-wise FNV-1a
 * of format 1 was one dependent multiply per byte).  The tail (< 32 bytes)
 * and the size are folded in at the end, then mixed. */
#define P1 11400714785074694791ULL
#define P2 14029467366897019727ULL
#define P3 1609587929392839161ULL
#define P4 9650029242287828579ULL
#define P5 2870177450012600261ULL

static uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
static uint64_t round64(uint64_t acc, uint64_t w) { return rotl64(acc + w * P2, 31) * P1; }

void model_checksum_init(model_checksum *c) {
    memset(c, 0, sizeof *c);
    c->lane[0] = P1 + P2;
    c->lane[1] = P2;
    c->lane[2] = 0;
    c->lane[3] = 0 - P1;
}

/* A little-endian u64 from any address: one load on little-endian hosts. */
static uint64_t load_le64(const unsigned char *p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
#else
    return get_u64(p);
#endif
}

static void stripes(model_checksum *c, const unsigned char *p, size_t n_stripes) {
    uint64_t a = c->lane[0], b = c->lane[1], d = c->lane[2], e = c->lane[3];
    for (size_t i = 0; i < n_stripes; i++, p += 32) {
        a = round64(a, load_le64(p));
        b = round64(b, load_le64(p + 8));
        d = round64(d, load_le64(p + 16));
        e = round64(e, load_le64(p + 24));
    }
    c->lane[0] = a;
    c->lane[1] = b;
    c->lane[2] = d;
    c->lane[3] = e;
}

void model_checksum_update(model_checksum *c, const void *data, size_t n) {
    const unsigned char *p = data;
    c->size += n;
    if (c->n_pend) {
        size_t k = 32 - c->n_pend < n ? 32 - c->n_pend : n;
        memcpy(c->pend + c->n_pend, p, k);
        c->n_pend += k;
        p += k;
        n -= k;
        if (c->n_pend < 32) return;
        stripes(c, c->pend, 1);
        c->n_pend = 0;
    }
    stripes(c, p, n / 32);
    p += n / 32 * 32;
    n %= 32;
    memcpy(c->pend, p, n);
    c->n_pend = n;
}

uint64_t model_checksum_final(const model_checksum *c) {
    uint64_t h = rotl64(c->lane[0], 1) + rotl64(c->lane[1], 7) + rotl64(c->lane[2], 12) + rotl64(c->lane[3], 18);
    h += c->size;
    size_t i = 0;
    for (; i + 8 <= c->n_pend; i += 8) h = rotl64(h ^ round64(0, get_u64(c->pend + i)), 27) * P1 + P4;
    for (; i < c->n_pend; i++) h = rotl64(h ^ (c->pend[i] * P5), 11) * P1;
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return h;
}

uint64_t model_checksum_of(const void *p, size_t n) {
    model_checksum c;
    model_checksum_init(&c);
    model_checksum_update(&c, p, n);
    return model_checksum_final(&c);
}

static void put_u32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}
static void put_u64(unsigned char *p, uint64_t v) {
    put_u32(p, (uint32_t)v);
    put_u32(p + 4, (uint32_t)(v >> 32));
}

static void kind_name(uint32_t kind, char out[5]) {
    for (int i = 0; i < 4; i++) {
        char c = (char)(kind >> (8 * i));
        out[i] = (c >= 32 && c < 127) ? c : '?';
    }
    out[4] = '\0';
}

int model_blob_load(const char *path, uint32_t kind, uint32_t version,
                    model_blob *out, dyad_error *err) {
    return model_blob_load_versions(path, kind, version, version, out, err);
}

int model_blob_load_versions(const char *path, uint32_t kind, uint32_t min_version,
                             uint32_t max_version, model_blob *out, dyad_error *err) {
    return model_blob_load_room(path, kind, min_version, max_version, 0, out, err);
}

int model_blob_load_room(const char *path, uint32_t kind, uint32_t min_version, uint32_t max_version,
                         unsigned percent, model_blob *out, dyad_error *err) {
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "rb");
    if (!f) return set_error(err, DYAD_ERR_INPUT, "%s: cannot open model file", path);
    unsigned char h[MODEL_HEADER_SIZE];
    if (fread(h, 1, sizeof h, f) != sizeof h) {
        fclose(f);
        return set_error(err, DYAD_ERR_INPUT, "%s: truncated model file (no complete header)", path);
    }
    if (memcmp(h, MODEL_MAGIC_V1, 8) == 0) {
        fclose(f);
        return set_error(err, DYAD_ERR_INPUT,
                         "%s: model container format 1 (DYADMDL1, byte-wise checksum); this dyad reads format 2: "
                         "regenerate it (`make models`; the gazetteer: `make gazetteer`) or convert it in place "
                         "with `python3 scripts/model_upgrade.py %s`",
                         path, path);
    }
    if (memcmp(h, MODEL_MAGIC, 8) != 0) {
        fclose(f);
        return set_error(err, DYAD_ERR_INPUT, "%s: not a dyad model file (bad magic)", path);
    }
    uint32_t file_kind = get_u32(h + 8), file_version = get_u32(h + 12);
    char want[5], got[5];
    kind_name(kind, want);
    kind_name(file_kind, got);
    if (file_kind != kind) {
        fclose(f);
        return set_error(err, DYAD_ERR_INPUT, "%s: model of kind %s, expected %s", path, got, want);
    }
    if (file_version < min_version || file_version > max_version) {
        fclose(f);
        if (min_version == max_version)
            return set_error(err, DYAD_ERR_INPUT,
                             "%s: %s model format version %u, this dyad reads version %u (retrain with `make models`)",
                             path, got, file_version, max_version);
        return set_error(err, DYAD_ERR_INPUT,
                         "%s: %s model format version %u, this dyad reads versions %u to %u (retrain with `make models`)",
                         path, got, file_version, min_version, max_version);
    }
    uint64_t size = get_u64(h + 24), checksum = get_u64(h + 32);
    if (fseek(f, 0, SEEK_END) != 0) { fclose(f); return set_error(err, DYAD_ERR_INPUT, "%s: cannot seek", path); }
    long end = ftell(f);
    if (end < 0 || (uint64_t)end != size + MODEL_HEADER_SIZE) {
        fclose(f);
        return set_error(err, DYAD_ERR_INPUT, "%s: model file is %ld bytes, header says %llu (truncated or corrupted)",
                         path, end, (unsigned long long)(size + MODEL_HEADER_SIZE));
    }
    fseek(f, MODEL_HEADER_SIZE, SEEK_SET);
    /* Payload buffer 8-aligned (malloc guarantees it) so aligned reads
     * work; a big one on huge pages where the system has them (bigmem.h). */
    size_t slack = percent && size < SIZE_MAX / 256 ? (size_t)size / 100 * percent + 64 : 0;
    unsigned char *payload = big_alloc(size + slack);
    if (!payload) { fclose(f); return set_error(err, DYAD_ERR_INTERNAL, "%s: out of memory", path); }
    if (fread(payload, 1, size, f) != size) {
        free(payload);
        fclose(f);
        return set_error(err, DYAD_ERR_INPUT, "%s: read error", path);
    }
    fclose(f);
    if (model_checksum_of(payload, size) != checksum) {
        free(payload);
        return set_error(err, DYAD_ERR_INPUT, "%s: checksum mismatch (corrupted model file)", path);
    }
    out->kind = file_kind;
    out->version = file_version;
    out->hash_bits = get_u32(h + 16);
    out->payload = payload;
    out->size = size;
    out->room = size + slack;
    out->path = strdup(path);
    return DYAD_OK;
}

void model_blob_free(model_blob *b) {
    free(b->payload);
    free((void *)b->path);
    memset(b, 0, sizeof *b);
}

void model_cursor_init(model_cursor *c, const model_blob *b) {
    c->p = b->payload;
    c->end = b->payload + b->size;
    c->failed = 0;
}

const void *model_read_bytes(model_cursor *c, size_t n, size_t align) {
    if (c->failed) return NULL;
    uintptr_t at = (uintptr_t)c->p;
    size_t pad = align > 1 ? (align - at % align) % align : 0;
    if ((size_t)(c->end - c->p) < pad || (size_t)(c->end - c->p) - pad < n) {
        c->failed = 1;
        return NULL;
    }
    const void *r = c->p + pad;
    c->p += pad + n;
    return r;
}

uint32_t model_read_u32(model_cursor *c) {
    const unsigned char *p = model_read_bytes(c, 4, 1);
    return p ? get_u32(p) : 0;
}
uint64_t model_read_u64(model_cursor *c) {
    const unsigned char *p = model_read_bytes(c, 8, 1);
    return p ? get_u64(p) : 0;
}
float model_read_f32(model_cursor *c) {
    uint32_t u = model_read_u32(c);
    float f;
    memcpy(&f, &u, 4);
    return f;
}

int model_writer_open(model_writer *w, const char *path, uint32_t kind,
                      uint32_t version, uint32_t hash_bits, dyad_error *err) {
    memset(w, 0, sizeof *w);
    w->f = fopen(path, "wb");
    if (!w->f) return set_error(err, DYAD_ERR_INPUT, "%s: cannot create model file", path);
    w->path = path;
    model_checksum_init(&w->checksum);
    unsigned char h[MODEL_HEADER_SIZE] = {0};
    memcpy(h, MODEL_MAGIC, 8);
    put_u32(h + 8, kind);
    put_u32(h + 12, version);
    put_u32(h + 16, hash_bits);
    if (fwrite(h, 1, sizeof h, w->f) != sizeof h) w->failed = 1;
    return DYAD_OK;
}

void model_write(model_writer *w, const void *p, size_t n) {
    if (w->failed || !n) return;
    if (fwrite(p, 1, n, w->f) != n) { w->failed = 1; return; }
    model_checksum_update(&w->checksum, p, n);
    w->size += n;
}

void model_write_u32(model_writer *w, uint32_t v) {
    unsigned char b[4];
    put_u32(b, v);
    model_write(w, b, 4);
}
void model_write_u64(model_writer *w, uint64_t v) {
    unsigned char b[8];
    put_u64(b, v);
    model_write(w, b, 8);
}
void model_write_f32(model_writer *w, float v) {
    uint32_t u;
    memcpy(&u, &v, 4);
    model_write_u32(w, u);
}

void model_writer_align(model_writer *w, size_t align) {
    static const unsigned char zeros[8];
    /* Payload starts at file offset 40, a multiple of 8, and the loader's
     * buffer is malloc-aligned, so payload offsets align the same way. */
    while (align > 1 && w->size % align) model_write(w, zeros, 1);
}

int model_writer_close(model_writer *w, dyad_error *err) {
    unsigned char tail[16];
    put_u64(tail, w->size);
    put_u64(tail + 8, model_checksum_final(&w->checksum));
    if (!w->failed && (fseek(w->f, 24, SEEK_SET) != 0 || fwrite(tail, 1, 16, w->f) != 16)) w->failed = 1;
    if (fclose(w->f) != 0) w->failed = 1;
    w->f = NULL;
    if (w->failed) return set_error(err, DYAD_ERR_INPUT, "%s: write error", w->path);
    return DYAD_OK;
}
