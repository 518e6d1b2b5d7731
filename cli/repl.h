/* The interactive loop (cli/repl.c). */
#ifndef MINIPY_REPL_H
#define MINIPY_REPL_H

#include <stdbool.h>
#include "object.h"

/* Reads statements from stdin and runs them in globals (the __main__ dict), as CPython's
 * interactive mode does. On a terminal, lines come through libedit (editing, history kept in
 * ~/.minipy_history, tab completion); otherwise the prompts go to stderr and lines are read
 * plainly. Returns the exit status: SystemExit's, else 0 at end of input. */
int repl_run(Value globals);

#endif
