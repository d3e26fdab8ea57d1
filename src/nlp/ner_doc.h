/* ner_doc.h — what the name tagger has found so far in one document, for
 * its second pass.
 *
 * A name is often easy to type in one sentence and hard in another:
 * "Athens" at the start of a sentence, "Coron" with nothing around it.  So
 * the tagger runs twice over a document: the first pass tags each sentence
 * alone; ner_doc_add records, for every capitalised word inside a name it
 * found, how often it was inside a name of each type; the second pass sees
 * that record as features (ner_doc_code) and re-tags every sentence.
 * A memory belongs to one document and one thread; the model stays
 * immutable. */
#ifndef DYAD_NER_DOC_H
#define DYAD_NER_DOC_H

#include <stddef.h>
#include <stdint.h>

typedef struct ner_doc {
    uint64_t *key;       /* lowercase-form hashes (ner_lower_hash); 0 = empty */
    uint16_t (*count)[4]; /* per key: names of type 1..4 it was inside */
    size_t cap, n;       /* cap is 0 or a power of two */
    int failed;          /* out of memory once: the memory is incomplete */
} ner_doc;

/* The value ner_doc_code gives when there is no memory at all (first
 * pass), distinct from every code of a memory. */
#define NER_DOC_NONE 0xFFu

void ner_doc_init(ner_doc *d);
void ner_doc_clear(ner_doc *d); /* empty, for the next document */
void ner_doc_free(ner_doc *d);

/* Records the names of one tagged sentence (entity_type as ner_tag gives
 * it).  Returns 0, or -1 when out of memory (the memory then stays usable,
 * only without this sentence). */
int ner_doc_add(ner_doc *d, size_t n, const char *const *forms, const uint8_t *entity_type);

/* A small code for the word with this lowercase hash: its most frequent
 * type, whether all its names agree and how many there were; 0 when the
 * word was in no name; NER_DOC_NONE when d is NULL. */
uint32_t ner_doc_code(const ner_doc *d, uint64_t lower_hash);

#endif
