/* Tests of the CoNLL-U reader. */
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#include "nlp/conllu.h"

static const char *write_tmp(const char *content) {
    static char path[64];
    strcpy(path, "/tmp/dyad-conllu-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    if (write(fd, content, strlen(content)) < 0) { close(fd); return NULL; }
    close(fd);
    return path;
}

TEST(conllu_reads_words_ranges_and_comments) {
    const char *path = write_tmp(
        "# text = It's fine.\n"
        "1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
        "2\t's\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
        "3\tfine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
        "\n"
        "1\tBad\n"
        "\n"
        "1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n");
    CHECK(path);
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    CHECK(r);
    conllu_sentence s;
    CHECK_INT(conllu_next(r, &s, &err), 1);
    CHECK_INT(s.n_words, 4);
    CHECK_INT(s.n_lines, 7);
    CHECK_STR(s.words[1].form, "'s");
    CHECK_INT(s.words[1].head, 3);
    CHECK_INT(s.words[2].head, 0);
    CHECK_STR(s.lines[1].text, "1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_");
    CHECK_INT(s.lines[1].word, -1);
    char v[32];
    CHECK(conllu_field(s.words[2].misc, "SpaceAfter", v, sizeof v));
    CHECK_STR(v, "No");
    CHECK_INT(conllu_next(r, &s, &err), -1);
    CHECK(strstr(err.message, ":9: word line does not have 10"));
    CHECK_INT(conllu_next(r, &s, &err), 1);
    CHECK_STR(s.words[0].form, "Ok");
    CHECK_INT(conllu_next(r, &s, &err), 0);
    conllu_close(r);
    unlink(path);
}

TEST(conllu_reads_ewt_dev_whole) {
    const char *path = test_shared_path("data/ud-ewt/en_ewt-ud-dev.conllu");
    if (!path) return;
    dyad_error err;
    conllu_reader *r = conllu_open(path, &err);
    CHECK(r);
    conllu_sentence s;
    size_t sentences = 0, words = 0;
    int got;
    while ((got = conllu_next(r, &s, &err)) != 0) {
        CHECK(got == 1);
        sentences++;
        words += s.n_words;
    }
    conllu_close(r);
    CHECK_INT(sentences, 2001);
    CHECK(words > 25000);
}
