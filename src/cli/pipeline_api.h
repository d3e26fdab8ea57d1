/* pipeline_api.h — TEMPORARY (delete at merge): the annotation entry point
 * `dyad code` calls, until the tagger/parser branch declares it in
 * include/dyad.h.  When it lands: delete this file, the #include in
 * cmd_code.c and src/cli/zz_pipeline_stubs_DELETE_AT_MERGE.c. */
#ifndef DYAD_CLI_PIPELINE_API_H
#define DYAD_CLI_PIPELINE_API_H

#include "dyad.h"

/* Tags, lemmatises, parses and names every token of a segmented analysis. */
int dyad_annotate(dyad_analysis *a, const dyad_models *m, dyad_error *err);

#endif
