/* charclass.c — byte and code point classes for the segmenter. */
#include "text/charclass.h"

#include <utf8proc.h>

#include "base/utf8.h"

/* Generated: controls are spaces, letters/digits by case, the rest of ASCII
 * punctuation; bytes >= 0x80 are CC_NONASCII. */
const uint8_t char_class_ascii[256] = {
      1,   1,   1,   1,   1,   1,   1,   1,   1,   1,  65,   1,   1,   1,   1,   1,
      1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
      1,  32,  32,  32,  32,  32,  32,  32,  32,  32,  32,  32,  32,  32,  32,  32,
      8,   8,   8,   8,   8,   8,   8,   8,   8,   8,  32,  32,  32,  32,  32,  32,
     32,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,
      2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,  32,  32,  32,  32,  32,
     32,   4,   4,   4,   4,   4,   4,   4,   4,   4,   4,   4,   4,   4,   4,   4,
      4,   4,   4,   4,   4,   4,   4,   4,   4,   4,   4,  32,  32,  32,  32,   1,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
};

unsigned char_class_at(const unsigned char *s, size_t n, size_t *len, uint32_t *cp) {
    unsigned c = char_class_ascii[s[0]];
    if (!(c & CC_NONASCII)) {
        *len = 1;
        *cp = s[0];
        return c;
    }
    size_t k = utf8_decode(s, n, cp);
    if (!k) {
        *len = 1;
        *cp = 0xFFFD;
        return CC_PUNCT;
    }
    *len = k;
    uint32_t u = *cp;
    /* Spaces that utf8proc classes as Zs/Zl/Zp, plus zero-width ones that
     * should never make a token of their own. */
    if (u == 0x2028 || u == 0x2029 || u == 0x85) return CC_SPACE | CC_NL;
    if (u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF)
        return CC_SPACE;
    switch (utf8proc_category((utf8proc_int32_t)u)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return CC_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CC_LOWER;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return CC_DIGIT;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return CC_MARK;
    case UTF8PROC_CATEGORY_ZS: return CC_SPACE;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return CC_SPACE | CC_NL;
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF: return CC_SPACE;
    default: return CC_PUNCT;
    }
}
