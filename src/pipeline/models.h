/* models.h — the loaded models (struct dyad_models) as the pipeline sees them.
 *
 * dyad_models_load (models.c) finds the data directory and loads every
 * model file found in its models/ subdirectory.  The tagger is required;
 * the parser and the name tagger are optional (NULL when their file is
 * absent), so each stage can be shipped and wired on its own. */
#ifndef DYAD_PIPELINE_MODELS_H
#define DYAD_PIPELINE_MODELS_H

#include "dyad.h"
#include "nlp/ner.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

struct dyad_models {
    char *dir;          /* the directory the files were read from */
    tagger *tagger;     /* models/tagger.bin (required) */
    parser *parser;     /* models/parser.bin (optional) */
    ner *ner;           /* models/ner.bin (optional) */
};

#endif
