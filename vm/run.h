/* Running code: source to result, class bodies, the frame introspection builtins use.
 * Owned by the vm core (vm/run.c). Conventions as object.h. */
#ifndef MINIPY_RUN_H
#define MINIPY_RUN_H

#include "object.h"
#include "code.h"

/* Runs a code object with these namespaces (locals VNULL: the globals). Sets
 * globals['__builtins__'] when missing. Returns the code's result (None for a module). */
Value vm_exec_code(Code *c, Value globals, Value locals);

/* Parses, compiles and runs src. mode: 0 exec (statements), 1 single (interactive),
 * 2 eval (one expression: returns its value). locals VNULL: the globals.
 * SyntaxError is raised as CPython does. */
Value vm_run_string(const char *src, size_t len, const char *filename, int mode, Value globals,
                    Value locals);

/* Parses and compiles only (for compile()): a new Code reference or NULL. */
Code *vm_compile_string(const char *src, size_t len, const char *filename, int mode);

/* builtins.__build_class__(func, name, *bases, metaclass=..., **kw): a CFunc. */
Value vm_build_class(Value self, const Value *args, size_t nargs, Value kwnames);

/* globals() and locals() of the running Python frame (new references). locals() in a
 * function is a snapshot dict of its bound fast locals, cells and free variables. */
Value vm_globals(void);
Value vm_locals(void);

/* For zero-argument super(): NEW references to __class__ and the first argument.
 * RuntimeError "super(): no arguments" / "super(): __class__ cell not found". */
int vm_super_zero_args(Value *type_out, Value *obj_out);

/* The line being run in the current Python frame, and its file name (borrowed str or VNULL). */
int vm_current_line(void);
Value vm_current_filename(void);

/* sys._getframe(depth): a new reference to the frame object, or ValueError
 * "call stack is not deep enough". */
Value vm_getframe(int depth);

#endif
