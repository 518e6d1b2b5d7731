/* Front-end entry points beyond parser/ast.h (which stays the compiler's contract). */
#ifndef MINIPY_PARSE_H
#define MINIPY_PARSE_H

#include "ast.h"

/* The bad-UTF-8 message names the file: it carries "<file>" until the caller,
 * which knows the file name, calls this. A no-op for other messages. */
void parse_error_set_filename(SyntaxErrorInfo *err, const char *filename);

/* Set while parsing a source file (the main script, a module) rather than a string: as
 * CPython's file tokenizer, errors at the end of input then have no column. */
extern int parse_file_input;

/* The bytes of a source file decoded as its coding declaration (PEP 263) says: 0 with
 * *out NULL when they are to be read as UTF-8 as they are, 0 with *out a malloc'ed UTF-8
 * copy (of *outlen bytes, NUL-terminated), or -1 with err->msg set ("encoding problem:
 * ...", a SyntaxError CPython reports without a location). */
int parse_decode_source(const char *src, size_t len, char **out, size_t *outlen, SyntaxErrorInfo *err);

#endif
