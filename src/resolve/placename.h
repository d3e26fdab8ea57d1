/* placename.h — the lookup key of a place name.
 *
 * News spells the same place many ways: al-Bukamal, Abu Kamal, Albu Kamal,
 * Al-Bū Kamāl; Deir ez-Zor, Deir al-Zour; Kyiv, Kiev.  The gazetteer stores
 * every GeoNames name and alternate name under one key made by
 * place_key(), and a lookup makes the same key from the text, so spelling
 * differences that the key removes never need a table:
 *
 *   - Unicode compatibility decomposition, case folding, marks stripped
 *     (Kamāl -> kamal), a few letters without decompositions mapped
 *     (ø->o, æ->ae, ł->l, ı->i, đ->d, ħ->h, þ->th);
 *   - apostrophes and Arabic transliteration marks dropped (Ma'arrat,
 *     ʿAfrīn); hyphens, dots, spaces and other punctuation separate words;
 *   - a leading "the" dropped; Arabic article words (al, el, ad, ar, as, ash,
 *     at, az, an, ed, er, es, et, ez, adh, ath, ul) dropped when another word
 *     follows;
 *   - "Abu", "Abou", "Albu", "Bou" as words, and "abu"/"albu" at the start of
 *     a word, all become "bu" (Abu Kamal = Albu Kamal = al-Bukamal);
 *   - a word-final h after a or e is dropped (Raqqah = Raqqa, Hamah =
 *     Hama) and the words are joined without spaces, doubled letters
 *     counted once (New York = Newyork, Ma'arrat = Maarat).
 *
 * Changing the key changes every stored hash: bump GAZ_VERSION
 * (gazetteer.h) and rebuild data/geo/gazetteer.bin with scripts/gazetteer.sh.
 *
 * Non-Latin letters are kept (folded), so Arabic or Cyrillic names also have
 * keys, though English news rarely needs them. */
#ifndef DYAD_PLACENAME_H
#define DYAD_PLACENAME_H

#include <stddef.h>
#include <stdint.h>

#define PLACE_KEY_MAX 128

/* Writes the key of s[0..n) into out (NUL-terminated, at most
 * PLACE_KEY_MAX-1 bytes) and returns its length; 0 when the name has no
 * letters or digits or its key would be too long. */
size_t place_key(const char *s, size_t n, char out[PLACE_KEY_MAX]);

/* 1 when the key is pure ASCII (used by the builder to skip alternate names
 * in other scripts, which English text never contains). */
int place_key_is_ascii(const char *key, size_t len);

/* The hash the gazetteer indexes keys by. */
uint64_t place_key_hash(const char *key, size_t len);

/* Generic words that follow a place name ("Idlib province", "Aleppo
 * governorate", "the town of ..." handled by the caller): returns the length
 * of s without one trailing such word and its separator, or n when there is
 * none. */
size_t place_strip_generic_suffix(const char *s, size_t n);

#endif
