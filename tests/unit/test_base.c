/* Tests of src/base: arena, buf, utf8, hash. */
#include "test.h"

#include "base/arena.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/utf8.h"

TEST(arena_reuses_blocks_after_reset) {
    arena a;
    arena_init(&a);
    char *p = arena_alloc(&a, 100);
    CHECK(p != NULL);
    char *big = arena_alloc(&a, 1 << 20); /* larger than a block */
    CHECK(big != NULL);
    big[(1 << 20) - 1] = 'x';
    arena_reset(&a);
    char *q = arena_alloc(&a, 100);
    CHECK(q == p);
    CHECK_STR(arena_strndup(&a, "hello world", 5), "hello");
    arena_free(&a);
}

TEST(buf_json_string_escapes) {
    buf b;
    buf_init(&b);
    buf_json_string(&b, "a\"b\\c\n\x01é", 9);
    CHECK_STR(b.data, "\"a\\\"b\\\\c\\n\\u0001é\"");
    buf_free(&b);
}

TEST(utf8_repair_replaces_bad_bytes_and_drops_nul) {
    buf b;
    buf_init(&b);
    /* bad lead, truncated 3-byte sequence, overlong, NUL, surrogate */
    const char in[] = "a\xff" "b\xe2\x82" "c\xc0\xaf" "d\0e\xed\xa0\x80" "f";
    size_t n = utf8_repair(in, sizeof in - 1, &b);
    CHECK_INT(n, 5);
    CHECK_STR(b.data, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "de\xEF\xBF\xBD" "f");
    CHECK(utf8_is_clean(b.data, b.len));
    CHECK(!utf8_is_clean(in, sizeof in - 1));
    buf_free(&b);
}

TEST(utf8_decode_and_encode_round_trip) {
    uint32_t cps[] = {0x41, 0xE9, 0x2014, 0x1F600};
    for (size_t i = 0; i < 4; i++) {
        char enc[4];
        size_t n = utf8_encode(cps[i], enc);
        uint32_t back;
        CHECK_INT(utf8_decode((const unsigned char *)enc, n, &back), n);
        CHECK_INT(back, cps[i]);
    }
}

/* buf_json_string checks 8 bytes at a time for bytes to escape; it must
 * agree with escaping byte by byte wherever the special bytes fall. */
TEST(buf_json_string_matches_bytewise) {
    static const unsigned char pool[] = {'a', 'Z', ' ', '"', '\\', '\n', '\r', '\t', 0x01, 0x1f, 0x20, 0x7f,
                                         0x7e, 0x80, 0xc3, 0xa9, 0xe2, 0x80, 0x99, 0xff, '0', '/'};
    unsigned seed = 12345;
    char in[64];
    buf got, want;
    buf_init(&got);
    buf_init(&want);
    for (int round = 0; round < 20000; round++) {
        size_t n = (size_t)(round % 41);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            /* mostly plain letters, so whole plain words occur */
            unsigned r = (seed >> 16) % 64;
            in[i] = (char)(r < sizeof pool ? pool[r] : 'a' + r % 26);
        }
        buf_clear(&got);
        buf_clear(&want);
        CHECK_INT(buf_json_string(&got, in, n), 0);
        buf_putc(&want, '"');
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)in[i];
            char e[8];
            if (c == '"') buf_puts(&want, "\\\"");
            else if (c == '\\') buf_puts(&want, "\\\\");
            else if (c == '\n') buf_puts(&want, "\\n");
            else if (c == '\r') buf_puts(&want, "\\r");
            else if (c == '\t') buf_puts(&want, "\\t");
            else if (c < 0x20 || c == 0x7f) { snprintf(e, sizeof e, "\\u%04x", c); buf_puts(&want, e); }
            else buf_putc(&want, (char)c);
        }
        buf_putc(&want, '"');
        CHECK_INT(got.len, want.len);
        CHECK(memcmp(got.data, want.data, got.len) == 0);
    }
    buf_free(&got);
    buf_free(&want);
}

/* hash_str (one pass to the NUL) is hash_bytes over strlen bytes: the
 * models' feature keys depend on it. */
TEST(hash_str_is_hash_bytes) {
    static const char *const s[] = {"", "a", "NOUN", "VBD", "Putin", "al-Assad", "\xc3\xa9t\xc3\xa9",
                                    "a rather longer string of words, past any unrolled loop's width"};
    for (size_t i = 0; i < sizeof s / sizeof *s; i++)
        for (uint64_t seed = 0; seed < 4; seed++) CHECK(hash_str(s[i], seed) == hash_bytes(s[i], strlen(s[i]), seed));
}
