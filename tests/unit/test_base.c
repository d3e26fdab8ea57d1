/* Tests of src/base: arena, buf, utf8. */
#include "test.h"

#include "base/arena.h"
#include "base/buf.h"
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
