/* The start-up entry points of the builtins and errors area.
 *
 * The Makefile passes -Istdlib, so `#include <stdlib.h>` anywhere in the project
 * finds this file first: it must bring in the C library's stdlib.h, and it declares
 * nothing that needs object.h (the rest of the area's API is in stdlib/modules.h). */
#include_next <stdlib.h>

#ifndef MINIPY_STDLIB_H
#define MINIPY_STDLIB_H

int exc_init_types(void);              /* vm/exceptions.c: the exception hierarchy */
int builtins_init(void);               /* stdlib/builtins.c: vm.builtins, vm.builtins_module */
int sys_init(int argc, char **argv);   /* stdlib/sys.c: vm.sys_module, sys.argv, the streams */

#endif
