/* Imports (owned by builtins and errors, vm/import.c). Conventions as object.h. */
#ifndef MINIPY_IMPORT_H
#define MINIPY_IMPORT_H

#include "object.h"

/* IMPORT_NAME: import the module name (a str; dotted names import each parent first).
 * fromlist: VNULL/None/empty: `import a.b` returns the top package a; otherwise the
 * module a.b itself (and `from pkg import sub` imports pkg.sub when sub is a module).
 * level > 0: relative to the importing module's package (found from the running
 * frame's globals). ModuleNotFoundError "No module named 'x'". */
Value import_module(Value name, Value fromlist, int level);
/* The same with the importer's globals given (for __import__(name, globals, ...)). */
Value import_module_ex(Value name, Value fromlist, int level, Value globals);
/* IMPORT_FROM: module.name, importing the submodule module.name if it is a package;
 * ImportError "cannot import name 'x' from 'm' (/path/m.py)". */
Value import_from(Value module, Value name);

/* The whole file at path in a malloc'd buffer (not NUL-terminated) and its size in *len;
 * NULL with errno set (ENOMEM when memory ran out) and no exception raised. */
char *import_read_file(const char *path, size_t *len);

/* Built-in modules: name -> init function returning a new module reference.
 * Adding one is one line in the table of vm/import.c. */
typedef Value (*BuiltinModuleInit)(void);
/* sys.builtin_module_names as a tuple of str. */
Value import_builtin_names(void);

#endif
