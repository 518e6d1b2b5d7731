/* Argument parsing beyond object.h (owned by builtins and errors, vm/args.c). */
#ifndef MINIPY_ARGS_H
#define MINIPY_ARGS_H

#include "object.h"

/* arg_parse with the first nposonly names positional-only (a keyword with such a
 * name is "'x' is an invalid keyword argument for f()"), as argument clinic does. */
int arg_parse_ex(const char *fname, const Value *args, size_t nargs, Value kwnames,
                 const char *const *names, int nposonly, int npos, int nreq, Value *out);

/* Positional count check without keywords, in one call: arg_no_kw + arg_count. */
static inline int arg_simple(const char *fname, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (kwnames && TUPLE_LEN(kwnames)) return arg_no_kw(fname, kwnames);
    return arg_count(fname, nargs, min, max);
}

#endif
