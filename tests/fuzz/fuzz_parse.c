/* libFuzzer target: bytes through the lexer alone, then through the parser (as a file, and
 * as an eval() expression). Every input must end as tokens / an AST or a SyntaxError; a
 * crash, a sanitizer report or a hang is a bug of lexer/ or parser/. Built by `make fuzz`. */
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "frame.h"
#include "ast.h"
#include "lexer.h"
#include "parse.h"
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_quiet_stdio();
    devnull = fopen("/dev/null", "w");
    char *args[] = {"fuzz_parse", NULL};
    /* the parser raises MemoryError through the runtime's exception types */
    if (vm_init(1, args) < 0) abort();
    return 0;
}

static void lex_all(const char *src, size_t len)
{
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    if (lex_check_source(src, len, &err) < 0) return;
    Lexer lx;
    lex_init(&lx, src, len);
    Token t;
    /* every token advances the input or ends it: a bound against a lexer that stalls */
    for (size_t n = 0; n < 4 * len + 1000; n++) {
        memset(&err, 0, sizeof err);
        if (lex_next(&lx, &t, &err) <= 0) return;
    }
    abort();
}

static void parse_one(const char *src, size_t len, int mode)
{
    Arena *a = arena_new();
    if (!a) return;
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Module *m = parse_source(a, src, len, mode, &err);
    if (m && devnull) ast_dump(m, devnull);
    arena_free(a);
    if (err_occurred()) err_clear();
}

static void fuzz_one(const uint8_t *data, size_t size)
{
    char *src = malloc(size + 1);
    if (!src) return;
    memcpy(src, data, size);
    src[size] = 0;
    lex_all(src, size);
    parse_one(src, size, 0);
    /* mode 1 (one interactive statement) and 2 (an expression) take other grammar starts */
    if (size > 0) parse_one(src, size, 1 + (data[0] & 1));
    free(src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20) return -1;
    fuzz_run_on_big_stack(fuzz_one, data, size);
    return 0;
}
