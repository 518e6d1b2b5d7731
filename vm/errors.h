/* Errors and exceptions: the API beyond object.h (owned by builtins and errors:
 * vm/errors.c, vm/exceptions.c, vm/traceback.c, vm/args.c).
 * Same conventions as object.h. */
#ifndef MINIPY_ERRORS_H
#define MINIPY_ERRORS_H

#include "object.h"

/* Exception types not declared in object.h. */
extern Type *ExcBaseExceptionGroup, *ExcExceptionGroup, *ExcBrokenPipeError,
    *ExcConnectionAbortedError, *ExcConnectionRefusedError, *ExcConnectionResetError,
    *ExcSyntaxWarning, *ExcPendingDeprecationWarning, *ExcFutureWarning, *ExcImportWarning,
    *ExcUnicodeWarning, *ExcBytesWarning, *ExcResourceWarning, *ExcEncodingWarning;

/* Raise exc (a NEW reference, stolen). */
void err_raise_steal(Value exc);
void err_format_v(Type *exc_type, const char *fmt, va_list ap);

/* OSError subclass CPython picks for an errno value (ENOENT: FileNotFoundError ...). */
Type *exc_oserror_subtype(int errnum);
/* Raise OSError(errnum, strerror(errnum)[, filename]) as the right subclass:
 * "[Errno 2] No such file or directory: 'x'". filename may be VNULL / NULL. */
void err_set_from_errno(int errnum, Value filename);
void err_set_from_errno_cstr(int errnum, const char *filename);

/* NameError "name 'x' is not defined" with .name set (the VM's LOAD_NAME/LOAD_GLOBAL). */
void err_name_error(Value name);

/* An attribute of an exception's instance dict (BORROWED) or VNULL: for the
 * fields kept there (StopIteration.value, OSError.errno, SyntaxError.lineno ...). */
Value exc_dict_get(Value exc, const char *name);
/* Set such a field; 0 or -1. */
int exc_dict_set(Value exc, const char *name, Value v);

/* The traceback of an exception (a TracebackObj) or VNULL, BORROWED. */
static inline Value exc_traceback(Value exc) { return EXC(exc)->traceback; }
/* Replace an exception's traceback (tb: TracebackObj or VNULL; borrowed). */
void exc_set_traceback(Value exc, Value tb);
/* The line of a traceback entry. */
int tb_lineno(Value tb);
/* exc_tb_push's insn_index for an exception raised at the definition line: thrown into a
 * generator that never started (CPython's RETURN_GENERATOR). No position markers. */
#define TB_INSN_DEF UINT32_MAX

/* Print exc as the default excepthook does, to the given C stream (vm_print_exception
 * writes to sys.stderr). */
void exc_print_to(Value exc, FILE *out);
/* The text vm_print_exception would print, as a str (for traceback.format_exc and
 * friends). */
Value exc_format(Value exc);
/* What CPython's default sys.unraisablehook prints after "Exception ignored in: ...":
 * the traceback and "Type: str" (no chained exceptions, no suggestions). */
Value exc_format_unraisable(Value exc);
/* The same with the traceback module's options: limit (when has_limit) keeps the
 * first limit entries, or the last -limit; chain false prints exc alone. */
Value exc_format_ex(Value exc, bool has_limit, long limit, bool chain);

/* Internal: errors.c and exceptions.c. */
void err_init_memory_error(void);

#endif
