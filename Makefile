# minipy: `make run` installs what is missing, builds and runs minipy; `make test` builds and tests.
CC      ?= gcc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=c11 -Wall -Wextra -D_GNU_SOURCE -MMD -MP -Ivm -Iparser -Ilexer -Icompiler -Istdlib -Icli -I$(BUILD)
LDLIBS  += -lgmp -lm -lpcre2-8
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

test: all
	@scripts/run-all-tests ./$(PROG)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	$(MAKE) BUILD=build-asan PROG=minipy-asan OPT="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" LDFLAGS="-fsanitize=address,undefined"
	# allocator_may_return_null: an absurd allocation must fail into MemoryError, as with malloc.
	ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 scripts/run-tests ./minipy-asan

clean:
	rm -rf build build-asan minipy minipy-asan

-include $(OBJS:.o=.d)
