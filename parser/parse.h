/* Front-end entry points beyond parser/ast.h (which stays the compiler's contract). */
#ifndef MINIPY_PARSE_H
#define MINIPY_PARSE_H

#include "ast.h"

/* The bad-UTF-8 message names the file: it carries "<file>" until the caller,
 * which knows the file name, calls this. A no-op for other messages. */
void parse_error_set_filename(SyntaxErrorInfo *err, const char *filename);

#endif
