# minipy: `make run` installs what is missing, builds and runs minipy; `make test` builds and tests.
CC      ?= gcc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=c11 -Wall -Wextra -D_GNU_SOURCE -MMD -MP -Ivm -Iparser -Ilexer -Icompiler -Istdlib -Icli -I$(BUILD)
LDLIBS  += -lgmp -lm -lpcre2-8 -ledit
BUILD   ?= build
PROG    ?= minipy

SRCS := $(wildcard lexer/*.c parser/*.c compiler/*.c vm/*.c stdlib/*.c cli/*.c)
PYMODS := $(sort $(wildcard stdlib/py/*.py))
OBJS := $(patsubst %.c,$(BUILD)/obj/%.o,$(SRCS)) $(BUILD)/obj/gen/lexer.o $(BUILD)/obj/gen/grammar.o \
        $(BUILD)/obj/gen/pymods.o

.PHONY: all deps run test test-asan clean
all: deps $(PROG)

# Installs re2c, lemon, GMP and the test tools with apt-get when any is missing.
deps:
	@scripts/setup-deps

$(PROG): $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

# One lemon run makes both files: grammar.h hangs off grammar.c so that `make -j` never
# runs lemon twice at once into the same files.
$(BUILD)/grammar.c: parser/grammar.y
	@mkdir -p $(BUILD)
	cp parser/grammar.y $(BUILD)/grammar.y
	lemon -q -T/usr/share/lemon/lempar.c -d$(BUILD) $(BUILD)/grammar.y

$(BUILD)/grammar.h: $(BUILD)/grammar.c ;

$(BUILD)/lexer.c: lexer/lexer.re $(BUILD)/grammar.h
	@mkdir -p $(BUILD)
	re2c -W --no-generation-date -o $@ $<

# Library modules written in Python, embedded in the binary at build time.
$(BUILD)/embed: scripts/embed.c
	@mkdir -p $(BUILD)
	$(CC) -O1 -o $@ $<

$(BUILD)/pymods.c: $(BUILD)/embed $(PYMODS)
	$(BUILD)/embed $@ $(PYMODS)

$(BUILD)/obj/gen/%.o: $(BUILD)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wno-unused-parameter -Wno-unused-variable -Wno-sign-compare -c -o $@ $<

$(BUILD)/obj/%.o: %.c | $(BUILD)/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

FILE ?= examples/pipeline.py
run: all
	./$(PROG) $(FILE)

# `make test` runs the whole suite three times: the release build, then under AddressSanitizer
# and UndefinedBehaviorSanitizer twice. minipy-asan (build-asan/) keeps the allocator's pools,
# whose free blocks vm/alloc.c poisons, so pool misuse is caught. minipy-lsan (build-lsan/)
# gives every object its own malloc block (-DMINIPY_NO_FREELIST: no pools, no frame or tuple
# free lists) and runs with LeakSanitizer: at exit everything minipy allocated must be freed.
# allocator_may_return_null: an absurd allocation must fail into MemoryError, as with malloc.
# exitcode: a sanitizer report exits 99 (ASan, LSan) or 98 (UBSan), never a status a test
# expects. MINIPY_SANITIZER tells shell tests that `ulimit -v` cannot be used.
SAN_OPT = -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
SAN_LDFLAGS = -fsanitize=address,undefined
SAN_ENV = MINIPY_SANITIZER=1 UBSAN_OPTIONS=print_stacktrace=1:exitcode=98
ASAN_RUN = $(SAN_ENV) ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:exitcode=99 ./minipy-asan
LSAN_RUN = $(SAN_ENV) ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:exitcode=99 ./minipy-lsan
# The three builds share the machine: -j2 unless make was given a -j already.
JOBS_FLAG = $(if $(filter -j%,$(MAKEFLAGS)),,-j2)

.PHONY: asan-build lsan-build test-lsan
asan-build:
	@$(MAKE) --no-print-directory BUILD=build-asan PROG=minipy-asan OPT="$(SAN_OPT)" LDFLAGS="$(SAN_LDFLAGS)" minipy-asan
lsan-build:
	@$(MAKE) --no-print-directory BUILD=build-lsan PROG=minipy-lsan OPT="$(SAN_OPT) -DMINIPY_NO_FREELIST" LDFLAGS="$(SAN_LDFLAGS)" minipy-lsan

test: deps
	@$(MAKE) --no-print-directory $(JOBS_FLAG) $(PROG) asan-build lsan-build
	@scripts/run-all-tests ./$(PROG) "$(ASAN_RUN)" "$(LSAN_RUN)"

# One sanitizer run alone.
test-asan: deps
	@$(MAKE) --no-print-directory $(JOBS_FLAG) asan-build
	@scripts/run-all-tests "$(ASAN_RUN)"
test-lsan: deps
	@$(MAKE) --no-print-directory $(JOBS_FLAG) lsan-build
	@scripts/run-all-tests "$(LSAN_RUN)"

# The benchmarks of bench/ under minipy and python3.11, side by side (scripts/bench.py):
# a table of median times, speed-ups, peak memory and their geometric mean.
# BENCH_ARGS passes options, e.g. BENCH_ARGS="--runs 5 bench/fib_calls.py".
.PHONY: bench
bench: all
	@scripts/setup-deps bench
	@/usr/bin/python3.11 scripts/bench.py $(BENCH_ARGS)

# libFuzzer targets (tests/fuzz/): every source but cli/ under clang's ASan and UBSan, with
# -DMINIPY_FUZZ (the step budget of vm/eval.c), in build-fuzz/. Runs both targets for
# FUZZ_TIME seconds each (at once); crashes are kept in build-fuzz/crashes/.
.PHONY: fuzz
FUZZ_TIME ?= 60
FUZZ_OPT = -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -DMINIPY_FUZZ
fuzz:
	@scripts/setup-deps fuzz
	$(MAKE) BUILD=build-fuzz CC=clang OPT="$(FUZZ_OPT)" LDFLAGS="-fsanitize=fuzzer,address,undefined" build-fuzz/fuzz_parse build-fuzz/fuzz_run
	tests/fuzz/run.sh $(FUZZ_TIME)

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(filter-out $(BUILD)/obj/cli/%,$(OBJS))
	$(CC) $(CFLAGS) -Itests/fuzz $(LDFLAGS) -o $@ $< $(filter-out $(BUILD)/obj/cli/%,$(OBJS)) $(LDLIBS)

clean:
	rm -rf build build-asan build-lsan minipy minipy-asan minipy-lsan

-include $(OBJS:.o=.d)
