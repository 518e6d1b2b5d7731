# minipy: `make run` installs what is missing, builds and runs minipy; `make test` builds and tests.
CC      ?= gcc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=c11 -Wall -Wextra -D_GNU_SOURCE -MMD -MP -Ivm -Iparser -Ilexer -Icompiler -Istdlib -Icli -I$(BUILD)
LDLIBS  += -lgmp -lm -lpcre2-8 -ledit
BUILD   ?= build
PROG    ?= minipy

# The release build is profile-guided (see "Profile-guided build" below). PGO=0 gives the
# plain -O2 build; so do a custom OPT or CFLAGS (the sanitizer and fuzz builds: a profile
# would only slow their builds) and a compiler other than gcc. LTO=1 adds -flto=auto.
PGO     ?= 1
PGO_ON  :=
ifneq ($(PGO),0)
ifeq ($(filter command line environment%,$(origin OPT) $(origin CFLAGS)),)
ifneq ($(shell $(CC) --version 2>/dev/null | grep -c 'Free Software Foundation'),0)
PGO_ON  := 1
endif
endif
endif
# A PGO build keeps its objects apart from a plain one's in the same BUILD.
PGO_USE := $(BUILD)/pgo-use$(if $(filter 1,$(LTO)),-lto)
OBJ_DIR := $(if $(PGO_ON),$(PGO_USE),$(BUILD))/obj

SRCS := $(wildcard lexer/*.c parser/*.c compiler/*.c vm/*.c stdlib/*.c cli/*.c)
PYMODS := $(sort $(wildcard stdlib/py/*.py))
OBJS := $(patsubst %.c,$(OBJ_DIR)/%.o,$(SRCS)) $(OBJ_DIR)/gen/lexer.o $(OBJ_DIR)/gen/grammar.o \
        $(OBJ_DIR)/gen/pymods.o

ifeq ($(PGO_ON),1)
PGO_GEN      := $(BUILD)/pgo-gen
PGO_GEN_OBJS := $(patsubst $(OBJ_DIR)/%,$(PGO_GEN)/obj/%,$(OBJS))
PGO_PROFILE  := $(PGO_USE)/profile.stamp
PGO_TRAIN    := $(wildcard bench/*.py examples/*.py $(addprefix tests/,str/str_ops.py \
                dict/dict_basic.py class/container_protocol.py control/try_finally_flow.py \
                func/varargs.py stdlib/json_loads.py exc/exception_in_loop.py comprehension/list_comp.py))
REL_CFLAGS    = $(CFLAGS) -fprofile-use -fprofile-partial-training -fprofile-correction \
                -Wno-missing-profile -Wno-coverage-mismatch -Wno-maybe-uninitialized \
                $(if $(filter 1,$(LTO)),-flto=auto)
else
REL_CFLAGS    = $(CFLAGS)
endif

.PHONY: all deps run test test-asan clean
all: deps $(PROG)

# Installs re2c, lemon, GMP and the test tools with apt-get when any is missing.
deps:
	@scripts/setup-deps

$(PROG): $(OBJS)
	$(CC) $(REL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

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

GEN_WARN = -Wno-unused-parameter -Wno-unused-variable -Wno-sign-compare

$(OBJ_DIR)/gen/%.o: $(BUILD)/%.c $(PGO_PROFILE)
	@mkdir -p $(dir $@)
	$(CC) $(REL_CFLAGS) $(GEN_WARN) -c -o $@ $<

$(OBJ_DIR)/%.o: %.c $(PGO_PROFILE) | $(BUILD)/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(REL_CFLAGS) -c -o $@ $<

# Profile-guided build (PGO=1, the default of `make`, `make test`, `make bench`). An
# instrumented minipy (-fprofile-generate, in $(BUILD)/pgo-gen/) runs the programs of bench/
# and examples/ and a few tests; then the release objects ($(BUILD)/pgo-use/) are compiled
# knowing which branches are taken and which calls are hot: gcc lays out the eval loop's
# handlers and the fast paths of the object API for the real workload and inlines by count.
# bench/ (CPU time, best of 7, on two versions of the code) against -O2: 8-9% less in the
# geometric mean, up to 17% (yield_from_tree). Measured and left out: -O3 (3-12% slower),
# LTO (3-4% slower; with PGO 6-8% slower than PGO alone: cross-file inlining bloats the
# eval loop), -O3 with PGO (2% faster than PGO at -O2, within noise, for new warnings and
# a slower build), full-size training (no better). It costs ~33 s more CPU from clean.
# - The training copies of bench/ run 10 times fewer iterations (_000_000 -> 00_000): the
#   branch ratios are the same and it takes seconds. It runs in $(BUILD)/pgo-gen/train/:
#   what the programs write stays there.
# - Any source change (or a training program's) re-runs the chain: instrumented object,
#   training, every release object; a profile never describes other code.
#   -Wno-coverage-mismatch and -Wno-missing-profile still keep a stale profile (`make -o`)
#   or a function the training never ran from failing the build.
# - -fprofile-partial-training: code the training never reached is optimised as usual,
#   not for size as if cold (most of the library). -fprofile-correction smooths counts that
#   disagree between a caller and a callee, which gcc would otherwise warn about.
# - -Wno-maybe-uninitialized: inlining by counts (and LTO=1's across files) puts code in
#   contexts where gcc's flow analysis gives false alarms (seen with LTO=1 and -O3); the
#   plain -O2 build every engineer compiles keeps that warning.
# - The instrumented objects get -g0 (only counts matter: a faster build) and -w: their
#   warnings are the release objects', plus false alarms of the instrumented code.
# - .gcda files are written beside the instrumented objects (the path is compiled in), then
#   copied beside the release objects, where plain -fprofile-use looks for them: no
#   -fprofile-dir path mangling, so any BUILD, relative or absolute, works.
# - -fprofile-update=atomic is not needed: cli/main.c's first thread only waits for the
#   interpreter's thread, so no two threads ever run instrumented code at once.
ifeq ($(PGO_ON),1)
$(PGO_GEN)/obj/gen/%.o: $(BUILD)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -g0 -fprofile-generate -w -c -o $@ $<

$(PGO_GEN)/obj/%.o: %.c | $(BUILD)/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -g0 -fprofile-generate -w -c -o $@ $<

$(PGO_GEN)/minipy: $(PGO_GEN_OBJS)
	$(CC) $(CFLAGS) -g0 -fprofile-generate $(LDFLAGS) -o $@ $(PGO_GEN_OBJS) $(LDLIBS)

$(PGO_PROFILE): $(PGO_GEN)/minipy $(PGO_TRAIN)
	@find $(PGO_GEN) $(OBJ_DIR) -name '*.gcda' -delete 2>/dev/null || true
	@rm -rf $(PGO_GEN)/train && mkdir -p $(PGO_GEN)/train $(OBJ_DIR)
	@for f in $(PGO_TRAIN); do sed 's/_000_000\b/00_000/g' $$f >$(PGO_GEN)/train/$$(echo $$f | tr / -); done
	@echo "PGO: training $(PGO_GEN)/minipy on $(words $(PGO_TRAIN)) programs"
	@cd $(PGO_GEN)/train && for f in *.py; do timeout 60 ../minipy $$f >/dev/null 2>&1 </dev/null || true; done
	@cd $(PGO_GEN)/obj && find . -name '*.gcda' -exec cp --parents {} $(abspath $(OBJ_DIR)) \;
	@touch $@

-include $(PGO_GEN_OBJS:.o=.d)
endif

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

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(filter-out $(OBJ_DIR)/cli/%,$(OBJS))
	$(CC) $(CFLAGS) -Itests/fuzz $(LDFLAGS) -o $@ $< $(filter-out $(OBJ_DIR)/cli/%,$(OBJS)) $(LDLIBS)

clean:
	rm -rf build build-asan build-lsan minipy minipy-asan minipy-lsan

-include $(OBJS:.o=.d)
