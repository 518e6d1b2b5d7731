/* The compiler: AST (parser/ast.h) -> Code objects (vm/code.h). */
#ifndef MINIPY_COMPILE_H
#define MINIPY_COMPILE_H

#include <stdio.h>
#include "object.h"
#include "code.h"
#include "ast.h"

/* Extra code flags (code.h defines the CPython-compatible ones it needs). */
#define CO_OPTIMIZED       0x0001      /* a function body (as CPython sets it) */
#define CO_HAS_DOCSTRING   0x4000000   /* consts[0] is the function's docstring */
/* Positional parameters only, no cells or free variables: a call with exactly argcount
 * positional arguments binds them straight into the first slots (vm/eval.c). The loop
 * still tests the generator and star flags, which co_flags assignments may set. */
#define CO_SIMPLE_ARGS     0x8000000

#define COMPILE_FILE   0   /* statements; the code returns None */
#define COMPILE_SINGLE 1   /* interactive: expression statements are displayed */
#define COMPILE_EVAL   2   /* one expression; the code returns its value */

/* Compile a parsed module. Returns a new reference, or NULL: either *err is filled
 * (a SyntaxError found by the compiler: err->msg[0] != 0) or a Python exception is
 * set (MemoryError, or a bad literal) and err->msg is empty. */
Code *compile_module(Module *m, const char *filename, int mode, SyntaxErrorInfo *err);

/* --dis: disassemble c and then every code object nested in it. */
void dis_code(Code *c, FILE *out);

#endif
