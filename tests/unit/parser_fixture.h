/* parser_fixture.h — small parser model files written by the tests. */
#ifndef DYAD_TEST_PARSER_FIXTURE_H
#define DYAD_TEST_PARSER_FIXTURE_H

#include <stddef.h>
#include <stdint.h>

/* A model with hash bits 8, width 8 and n_classes classes (2: SHIFT and
 * LEFT-root; 4: plus LEFT-dep and RIGHT-dep), labels "root" and "dep", one
 * row per bucket and n_weights int16 (2048 = all of them; fewer: a
 * truncated file), in format version (3: no beam width) with beam width
 * beam and margin. */
void write_small_model_v(const char *path, int n_classes, size_t n_weights, uint32_t version,
                         uint32_t beam, uint32_t margin);
/* The same in the current format, beam 1, margin 0. */
void write_small_model(const char *path, int n_classes, size_t n_weights);

#endif
