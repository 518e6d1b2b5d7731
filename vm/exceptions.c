/* The built-in exception hierarchy of CPython 3.11, as static (immortal) type objects
 * built from one table at start-up.
 *
 * Every instance has the ExcObj layout. Fields that only some classes have
 * (OSError.errno, SyntaxError.lineno, NameError.name, ...) live in the instance dict;
 * the class dict holds None for each so reading an unset one gives None, as
 * CPython's member descriptors do. StopIteration.value and SystemExit.code are
 * computed from args unless assigned, so raising them costs no dict. */
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "code.h"
#include "errors.h"
#include "gc.h"
#include "args.h"
#include "modules.h"
#include "../parser/ast.h"

/* ---- the exported type pointers ---- */
Type *ExcBaseException, *ExcException, *ExcTypeError, *ExcValueError, *ExcKeyError,
    *ExcIndexError, *ExcAttributeError, *ExcNameError, *ExcUnboundLocalError, *ExcZeroDivisionError,
    *ExcOverflowError, *ExcStopIteration, *ExcStopAsyncIteration, *ExcGeneratorExit,
    *ExcRuntimeError, *ExcRecursionError, *ExcNotImplementedError, *ExcMemoryError,
    *ExcLookupError, *ExcArithmeticError, *ExcAssertionError, *ExcImportError,
    *ExcModuleNotFoundError, *ExcOSError, *ExcFileNotFoundError, *ExcFileExistsError,
    *ExcIsADirectoryError, *ExcNotADirectoryError, *ExcPermissionError, *ExcEOFError,
    *ExcSyntaxError, *ExcIndentationError, *ExcTabError, *ExcSystemExit, *ExcKeyboardInterrupt,
    *ExcUnicodeError, *ExcUnicodeDecodeError, *ExcUnicodeEncodeError, *ExcBufferError,
    *ExcWarning, *ExcRuntimeWarning, *ExcDeprecationWarning, *ExcUserWarning,
    *ExcTimeoutError, *ExcConnectionError, *ExcBlockingIOError, *ExcChildProcessError,
    *ExcInterruptedError, *ExcProcessLookupError, *ExcReferenceError, *ExcSystemError,
    *ExcFloatingPointError, *ExcUnicodeTranslateError;
Type *ExcBaseExceptionGroup, *ExcExceptionGroup, *ExcBrokenPipeError,
    *ExcConnectionAbortedError, *ExcConnectionRefusedError, *ExcConnectionResetError,
    *ExcSyntaxWarning, *ExcPendingDeprecationWarning, *ExcFutureWarning, *ExcImportWarning,
    *ExcUnicodeWarning, *ExcBytesWarning, *ExcResourceWarning, *ExcEncodingWarning;

/* ---- instance dict fields ---- */

Value exc_dict_get(Value exc, const char *name) {
    Value d = EXC(exc)->dict;
    return d ? dict_get_cstr(d, name) : VNULL;
}

int exc_dict_set(Value exc, const char *name, Value v) {
    ExcObj *e = EXC(exc);
    if (!e->dict) {
        e->dict = dict_new();
        if (!e->dict) return -1;
    }
    return dict_set_cstr(e->dict, name, v);
}

/* A field: the instance's value, else None. New reference. */
static Value field(Value exc, const char *name) {
    Value v = exc_dict_get(exc, name);
    return v ? NEWREF(v) : NONE;
}

static const char *short_type_name(Value v) {
    const char *n = TYPE(v)->name;
    const char *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

/* ---- BaseException ---- */

static Value exc_new_slot(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    ExcObj *e = (ExcObj *)obj_alloc(t);
    if (!e) return VNULL;
    e->args = nargs ? tuple_from_array(args, nargs) : tuple_empty();
    if (!e->args) {
        DECREF(OBJ_VAL(e));
        return VNULL;
    }
    return OBJ_VAL(e);
}

static int set_args(Value self, const Value *args, size_t nargs) {
    Value t = nargs ? tuple_from_array(args, nargs) : tuple_empty();
    if (!t) return -1;
    Value old = EXC(self)->args;
    EXC(self)->args = t;
    XDECREF(old);
    return 0;
}

static int exc_init_slot(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_no_kw(short_type_name(self), kwnames) < 0) return -1;
    /* Re-initialising with the same arguments as __new__ is the common case. */
    Value old = EXC(self)->args;
    if (old && TUPLE_LEN(old) == nargs) {
        size_t i = 0;
        while (i < nargs && TUPLE_ITEMS(old)[i] == args[i]) i++;
        if (i == nargs) return 0;
    }
    return set_args(self, args, nargs);
}

static void exc_dealloc(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    CLEAR(e->dict);
    CLEAR(e->args);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    obj_free(o);
}

static Value exc_str_slot(Value self) {
    Value a = EXC(self)->args;
    size_t n = a ? TUPLE_LEN(a) : 0;
    if (n == 0) return str_intern_cstr("");
    if (n == 1) return obj_str(TUPLE_ITEMS(a)[0]);
    return obj_str(a);
}

static Value exc_repr_slot(Value self) {
    Value a = EXC(self)->args;
    const char *name = short_type_name(self);
    if (a && TUPLE_LEN(a) == 1) return str_fromformat("%s(%R)", name, TUPLE_ITEMS(a)[0]);
    if (!a || TUPLE_LEN(a) == 0) return str_fromformat("%s()", name);
    return str_fromformat("%s%R", name, a);
}

static Value exc_get_args(Value self) {
    Value a = EXC(self)->args;
    return a ? NEWREF(a) : tuple_empty();
}

static int exc_set_args(Value self, Value v) {
    if (!v) {
        err_set(ExcTypeError, "args may not be deleted");
        return -1;
    }
    Value t = tuple_from_iterable(v);
    if (!t) return -1;
    Value old = EXC(self)->args;
    EXC(self)->args = t;
    XDECREF(old);
    return 0;
}

static Value exc_get_tb(Value self) {
    Value tb = EXC(self)->traceback;
    return tb ? NEWREF(tb) : NONE;
}

void exc_set_traceback(Value exc, Value tb) {
    XINCREF(tb);
    Value old = EXC(exc)->traceback;
    EXC(exc)->traceback = tb;
    XDECREF(old);
}

static int exc_set_tb(Value self, Value v) {
    if (!v) {
        err_set(ExcTypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v == NONE) v = VNULL;
    else if (!IS_TYPE(v, &TracebackType)) {
        err_set(ExcTypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exc_set_traceback(self, v);
    return 0;
}

static Value exc_get_context(Value self) {
    Value c = EXC(self)->context;
    return c ? NEWREF(c) : NONE;
}

static int exc_set_context_attr(Value self, Value v) {
    if (!v) {
        err_set(ExcTypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v == NONE) v = VNULL;
    else if (!IS_EXC(v)) {
        err_set(ExcTypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    XINCREF(v);
    Value old = EXC(self)->context;
    EXC(self)->context = v;
    XDECREF(old);
    return 0;
}

static Value exc_get_cause(Value self) {
    Value c = EXC(self)->cause;
    return c ? NEWREF(c) : NONE;
}

static int exc_set_cause_attr(Value self, Value v) {
    if (!v) {
        err_set(ExcTypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v == NONE) v = VNULL;
    else if (!IS_EXC(v)) {
        err_set(ExcTypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    XINCREF(v);
    Value old = EXC(self)->cause;
    EXC(self)->cause = v;
    EXC(self)->suppress_context = true;
    XDECREF(old);
    return 0;
}

static Value exc_get_suppress(Value self) { return BOOL_VAL(EXC(self)->suppress_context); }

static int exc_set_suppress(Value self, Value v) {
    if (!v) {
        err_set(ExcTypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = obj_truthy(v);
    if (t < 0) return -1;
    EXC(self)->suppress_context = t;
    return 0;
}

static Value exc_get_dict(Value self) {
    ExcObj *e = EXC(self);
    if (!e->dict) {
        e->dict = dict_new();
        if (!e->dict) return VNULL;
    }
    return NEWREF(e->dict);
}

static int exc_set_dict(Value self, Value v) {
    if (!v) {
        err_set(ExcTypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!IS_DICT(v)) {
        err_set(ExcTypeError, "__dict__ must be a dictionary");
        return -1;
    }
    INCREF(v);
    Value old = EXC(self)->dict;
    EXC(self)->dict = v;
    XDECREF(old);
    return 0;
}

static Value exc_with_traceback(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("with_traceback", nargs, kwnames, 1, 1) < 0) return VNULL;
    if (exc_set_tb(self, args[0]) < 0) return VNULL;
    return NEWREF(self);
}

static Value exc_add_note(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("add_note", nargs, kwnames, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0])) {
        err_format(ExcTypeError, "note must be a str, not '%N'", args[0]);
        return VNULL;
    }
    Value notes = exc_dict_get(self, "__notes__");
    if (!notes) {
        notes = list_new(0);
        if (!notes) return VNULL;
        int r = exc_dict_set(self, "__notes__", notes);
        DECREF(notes);
        if (r < 0) return VNULL;
    } else if (!IS_LIST(notes)) {
        err_set(ExcTypeError, "Cannot add note: __notes__ is not a list");
        return VNULL;
    }
    if (list_append(notes, args[0]) < 0) return VNULL;
    RETURN_NONE;
}

static Value exc_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("__reduce__", nargs, kwnames, 0, 0) < 0) return VNULL;
    Value a = exc_get_args(self);
    Value d = EXC(self)->dict;
    Value r = d ? tuple_pack(3, OBJ_VAL(TYPE(self)), a, d) : tuple_pack(2, OBJ_VAL(TYPE(self)), a);
    DECREF(a);
    return r;
}

static const MethodDef base_methods[] = {
    {"with_traceback", exc_with_traceback, 0},
    {"add_note", exc_add_note, 0},
    {"__reduce__", exc_reduce, 0},
    {NULL, NULL, 0},
};

static const GetSetDef base_getsets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__context__", exc_get_context, exc_set_context_attr},
    {"__cause__", exc_get_cause, exc_set_cause_attr},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", exc_get_dict, exc_set_dict},
    {NULL, NULL, NULL},
};

/* ---- keyword-only fields (NameError.name, ImportError.path, ...) ---- */

/* Splits kwnames into the allowed names (stored as fields) and rejects the rest
 * with CPython's message; then runs the base initialisation on the positionals. */
static int init_with_kwfields(Value self, const Value *args, size_t nargs, Value kwnames,
                              const char *const *allowed) {
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value key = TUPLE_ITEMS(kwnames)[k];
        bool ok = false;
        for (const char *const *a = allowed; *a; a++)
            if (str_eq_cstr(key, *a)) { ok = true; break; }
        if (!ok) {
            err_format(ExcTypeError, "'%U' is an invalid keyword argument for %s()", key,
                       short_type_name(self));
            return -1;
        }
    }
    if (exc_init_slot(self, args, nargs, VNULL) < 0) return -1;
    for (size_t k = 0; k < nkw; k++) {
        Value key = TUPLE_ITEMS(kwnames)[k];
        if (exc_dict_set(self, STR_DATA(key), args[nargs + k]) < 0) return -1;
    }
    return 0;
}

static int name_error_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const allowed[] = {"name", NULL};
    return init_with_kwfields(self, args, nargs, kwnames, allowed);
}

static int attribute_error_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const allowed[] = {"name", "obj", NULL};
    return init_with_kwfields(self, args, nargs, kwnames, allowed);
}

static int import_error_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const allowed[] = {"name", "path", NULL};
    if (init_with_kwfields(self, args, nargs, kwnames, allowed) < 0) return -1;
    return exc_dict_set(self, "msg", nargs == 1 ? args[0] : NONE);
}

static Value import_error_str(Value self) {
    Value msg = exc_dict_get(self, "msg");
    if (msg && IS_TYPE(msg, &StrType)) return NEWREF(msg);
    return exc_str_slot(self);
}

void err_name_error(Value name) {
    Value msg = str_fromformat("name '%U' is not defined", name);
    if (!msg) return;
    Value exc = exc_new(ExcNameError, &msg, 1);
    DECREF(msg);
    if (!exc) return;
    if (exc_dict_set(exc, "name", name) < 0) {
        DECREF(exc);
        return;
    }
    err_raise_steal(exc);
}

/* ---- KeyError ---- */

static Value key_error_str(Value self) {
    Value a = EXC(self)->args;
    if (a && TUPLE_LEN(a) == 1) return obj_repr(TUPLE_ITEMS(a)[0]);
    return exc_str_slot(self);
}

/* ---- StopIteration, SystemExit: value / code from args unless assigned ---- */

static Value stopiter_get_value(Value self) {
    Value v = exc_dict_get(self, "value");
    if (v) return NEWREF(v);
    Value a = EXC(self)->args;
    if (a && TUPLE_LEN(a) >= 1) return NEWREF(TUPLE_ITEMS(a)[0]);
    return NONE;
}

static int stopiter_set_value(Value self, Value v) {
    if (!v) {
        err_set(ExcAttributeError, "can't delete attribute");
        return -1;
    }
    return exc_dict_set(self, "value", v);
}

static const GetSetDef stopiter_getsets[] = {
    {"value", stopiter_get_value, stopiter_set_value},
    {NULL, NULL, NULL},
};

static Value sysexit_get_code(Value self) {
    Value v = exc_dict_get(self, "code");
    if (v) return NEWREF(v);
    Value a = EXC(self)->args;
    size_t n = a ? TUPLE_LEN(a) : 0;
    if (n == 0) return NONE;
    if (n == 1) return NEWREF(TUPLE_ITEMS(a)[0]);
    return NEWREF(a);
}

static int sysexit_set_code(Value self, Value v) {
    if (!v) {
        err_set(ExcAttributeError, "can't delete attribute");
        return -1;
    }
    return exc_dict_set(self, "code", v);
}

static const GetSetDef sysexit_getsets[] = {
    {"code", sysexit_get_code, sysexit_set_code},
    {NULL, NULL, NULL},
};

Value exc_stopiteration_value(Value exc) {
    if (!IS_EXC(exc) || !type_is_subtype(TYPE(exc), ExcStopIteration)) return NONE;
    return stopiter_get_value(exc);
}

void err_set_stopiteration(Value v) {
    Value exc = (v == VNULL || v == NONE) ? exc_new(ExcStopIteration, NULL, 0)
                                          : exc_new(ExcStopIteration, &v, 1);
    if (!exc) return;
    err_raise_steal(exc);
}

/* ---- OSError ---- */

static Value oserror_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (t == ExcOSError && nargs >= 2 && nargs <= 5 && IS_INT(args[0]) && !IS_BOOL(args[0])) {
        int64_t eno;
        if (int_as_i64(args[0], &eno) < 0) {
            err_clear();
        } else if (eno >= 0 && eno <= 0x7fffffff) {
            t = exc_oserror_subtype((int)eno);
        }
    }
    return exc_new_slot(t, args, nargs, kwnames);
}

static int oserror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_no_kw(short_type_name(self), kwnames) < 0) return -1;
    if (exc_init_slot(self, args, nargs, VNULL) < 0) return -1;
    if (nargs < 2 || nargs > 5) return 0;
    if (exc_dict_set(self, "errno", args[0]) < 0 || exc_dict_set(self, "strerror", args[1]) < 0)
        return -1;
    if (nargs >= 3 && args[2] != NONE) {
        if (TYPE(self) == ExcBlockingIOError && IS_INT(args[2])) {
            if (exc_dict_set(self, "characters_written", args[2]) < 0) return -1;
        } else {
            if (exc_dict_set(self, "filename", args[2]) < 0) return -1;
            if (nargs >= 5 && args[4] != NONE && exc_dict_set(self, "filename2", args[4]) < 0)
                return -1;
            /* The filename is not part of args (CPython keeps (errno, strerror)). */
            if (set_args(self, args, 2) < 0) return -1;
        }
    }
    return 0;
}

static Value oserror_str(Value self) {
    Value eno = exc_dict_get(self, "errno");
    Value serr = exc_dict_get(self, "strerror");
    Value fn = exc_dict_get(self, "filename");
    Value fn2 = exc_dict_get(self, "filename2");
    if (fn && fn != NONE) {
        if (fn2 && fn2 != NONE)
            return str_fromformat("[Errno %S] %S: %R -> %R", eno ? eno : NONE, serr ? serr : NONE,
                                  fn, fn2);
        return str_fromformat("[Errno %S] %S: %R", eno ? eno : NONE, serr ? serr : NONE, fn);
    }
    if (eno && serr && eno != NONE && serr != NONE) return str_fromformat("[Errno %S] %S", eno, serr);
    return exc_str_slot(self);
}

/* ---- SyntaxError ---- */

static int syntax_error_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (exc_init_slot(self, args, nargs, kwnames) < 0) return -1;
    if (nargs >= 1 && exc_dict_set(self, "msg", args[0]) < 0) return -1;
    if (nargs == 2) {
        Value info = tuple_from_iterable(args[1]);
        if (!info) return -1;
        size_t n = TUPLE_LEN(info);
        if (n < 4 || n > 6) {
            err_format(ExcTypeError, "function takes %s %d arguments (%zu given)",
                       n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
            DECREF(info);
            return -1;
        }
        static const char *const names[] = {"filename", "lineno", "offset", "text", "end_lineno",
                                            "end_offset"};
        for (size_t i = 0; i < 6; i++) {
            if (exc_dict_set(self, names[i], i < n ? TUPLE_ITEMS(info)[i] : NONE) < 0) {
                DECREF(info);
                return -1;
            }
        }
        DECREF(info);
    }
    return 0;
}

static Value syntax_error_str(Value self) {
    Value msg = exc_dict_get(self, "msg");
    if (!msg) msg = NONE;
    Value fn = exc_dict_get(self, "filename");
    Value lineno = exc_dict_get(self, "lineno");
    const char *base = NULL;
    if (fn && IS_STR(fn)) {
        base = strrchr(STR_DATA(fn), '/');
        base = base ? base + 1 : STR_DATA(fn);
    }
    bool have_lineno = lineno && IS_INT(lineno) && !IS_BOOL(lineno);
    if (!base && !have_lineno) return obj_str(msg);
    if (base && have_lineno) return str_fromformat("%S (%s, line %S)", msg, base, lineno);
    if (base) return str_fromformat("%S (%s)", msg, base);
    return str_fromformat("%S (line %S)", msg, lineno);
}

/* Find line lineno (1-based) of src; returns its start and sets *n to its length
 * without the newline. NULL when there is no such line. */
static const char *find_line(const char *src, size_t len, int lineno, size_t *n) {
    if (!src || lineno < 1) return NULL;
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p > end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t m = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (m && p[m - 1] == '\r') m--;
    if (!nl && m == 0 && p == end) return NULL;
    *n = m;
    return p;
}

/* The 1-based offset of byte column col. CPython 3.11 reports byte-based offsets for
 * errors in source files (the caret lands one column right per multi-byte character
 * before it), so the same is done here. */
static long col_to_offset(const char *line, size_t n, int col) {
    (void)line;
    (void)n;
    return col < 0 ? 0 : col + 1;
}

void err_set_syntax(const struct SyntaxErrorInfo *info, const char *filename, const char *src,
                    size_t len) {
    Type *t = info->is_tab ? ExcTabError : info->is_indentation ? ExcIndentationError : ExcSyntaxError;
    size_t n = 0, en = 0;
    const char *line = find_line(src, len, info->lineno, &n);
    long offset = col_to_offset(line, n, info->col);
    long end_offset;
    if (info->end_lineno > info->lineno) {
        const char *eline = find_line(src, len, info->end_lineno, &en);
        end_offset = col_to_offset(eline, en, info->end_col);
    } else if (info->end_lineno == info->lineno && info->end_col > info->col) {
        end_offset = col_to_offset(line, n, info->end_col);
    } else {
        end_offset = offset + 1;
    }
    Value msg = str_from_cstr(info->msg);
    Value fn = str_from_cstr(filename ? filename : "<string>");
    Value text = VNULL;
    if (line) {
        /* The text keeps its newline, as CPython's does. */
        char *buf = malloc(n + 2);
        if (buf) {
            memcpy(buf, line, n);
            buf[n] = '\n';
            text = str_from_utf8(buf, n + 1);
            free(buf);
            if (!text) err_clear();
        }
    }
    if (!msg || !fn) {
        XDECREF(msg);
        XDECREF(fn);
        XDECREF(text);
        return;
    }
    int end_lineno = info->end_lineno >= info->lineno ? info->end_lineno : info->lineno;
    Value loc = tuple_pack(6, fn, MAKE_SMALL(info->lineno), MAKE_SMALL(offset), text ? text : NONE,
                           MAKE_SMALL(end_lineno), MAKE_SMALL(end_offset));
    DECREF(fn);
    XDECREF(text);
    if (!loc) {
        DECREF(msg);
        return;
    }
    Value args[2] = {msg, loc};
    Value exc = exc_new(t, args, 2);
    DECREF(msg);
    DECREF(loc);
    if (!exc) return;
    err_raise_steal(exc);
}

/* ---- Unicode errors ---- */

static int check_arg_type(int i, Value v, Type *t, const char *tname) {
    if (IS_SMALL(v) ? t == &IntType : type_is_subtype(TYPE(v), t)) return 0;
    err_format(ExcTypeError, "argument %d must be %s, not %N", i, tname, v);
    return -1;
}

static int unicode_fields(Value self, const Value *args, const char *const *names, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (exc_dict_set(self, names[i], args[i]) < 0) return -1;
    return 0;
}

static int unicode_decode_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (exc_init_slot(self, args, nargs, kwnames) < 0) return -1;
    if (nargs != 5) {
        err_format(ExcTypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    if (check_arg_type(1, args[0], &StrType, "str") < 0 || check_arg_type(3, args[2], &IntType, "int") < 0 ||
        check_arg_type(4, args[3], &IntType, "int") < 0 || check_arg_type(5, args[4], &StrType, "str") < 0)
        return -1;
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    return unicode_fields(self, args, names, 5);
}

static int unicode_encode_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (exc_init_slot(self, args, nargs, kwnames) < 0) return -1;
    if (nargs != 5) {
        err_format(ExcTypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    if (check_arg_type(1, args[0], &StrType, "str") < 0 || check_arg_type(2, args[1], &StrType, "str") < 0 ||
        check_arg_type(3, args[2], &IntType, "int") < 0 || check_arg_type(4, args[3], &IntType, "int") < 0 ||
        check_arg_type(5, args[4], &StrType, "str") < 0)
        return -1;
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    return unicode_fields(self, args, names, 5);
}

static int unicode_translate_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (exc_init_slot(self, args, nargs, kwnames) < 0) return -1;
    if (nargs != 4) {
        err_format(ExcTypeError, "function takes exactly 4 arguments (%zu given)", nargs);
        return -1;
    }
    if (check_arg_type(1, args[0], &StrType, "str") < 0 || check_arg_type(2, args[1], &IntType, "int") < 0 ||
        check_arg_type(3, args[2], &IntType, "int") < 0 || check_arg_type(4, args[3], &StrType, "str") < 0)
        return -1;
    static const char *const names[] = {"object", "start", "end", "reason"};
    return unicode_fields(self, args, names, 4);
}

static int64_t field_i64(Value self, const char *name) {
    Value v = exc_dict_get(self, name);
    int64_t r = 0;
    if (v && IS_INT(v) && int_as_i64(v, &r) < 0) {
        err_clear();
        r = 0;
    }
    return r;
}

/* Clamp start/end into the object as CPython does before formatting. */
static void clamp_range(int64_t *start, int64_t *end, int64_t size) {
    if (*start < 0) *start = 0;
    if (*start >= size) *start = size ? size - 1 : 0;
    if (*end < 1) *end = 1;
    if (*end > size) *end = size;
}

static Value unicode_decode_str(Value self) {
    Value obj = exc_dict_get(self, "object");
    if (!obj) return str_intern_cstr("");
    Value enc = field(self, "encoding"), reason = field(self, "reason");
    int64_t start = field_i64(self, "start"), end = field_i64(self, "end");
    int64_t size = IS_TYPE(obj, &BytesType) ? (int64_t)((BytesObj *)AS_OBJ(obj))->size : 0;
    clamp_range(&start, &end, size);
    Value r;
    if (start < size && end == start + 1) {
        int byte = (unsigned char)((BytesObj *)AS_OBJ(obj))->data[start];
        r = str_fromformat("'%S' codec can't decode byte 0x%02x in position %lld: %S", enc, byte,
                           (long long)start, reason);
    } else {
        r = str_fromformat("'%S' codec can't decode bytes in position %lld-%lld: %S", enc,
                           (long long)start, (long long)end - 1, reason);
    }
    DECREF(enc);
    DECREF(reason);
    return r;
}

/* The code point at index i of a str. */
static uint32_t str_char_at(Value s, int64_t i) {
    const unsigned char *p = (const unsigned char *)STR_DATA(s);
    const unsigned char *end = p + STR_SIZE(s);
    for (int64_t k = 0; k < i && p < end; k++) {
        p++;
        while (p < end && (*p & 0xC0) == 0x80) p++;
    }
    if (p >= end) return 0;
    uint32_t c = *p;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra) c &= (0x3F >> extra);
    for (int k = 0; k < extra && p + 1 < end; k++) c = (c << 6) | (*++p & 0x3F);
    return c;
}

static Value unicode_char_str(Value self, const char *prefix, bool has_encoding) {
    Value obj = exc_dict_get(self, "object");
    if (!obj) return str_intern_cstr("");
    Value enc = has_encoding ? field(self, "encoding") : VNULL;
    Value reason = field(self, "reason");
    int64_t start = field_i64(self, "start"), end = field_i64(self, "end");
    int64_t size = IS_STR(obj) ? (int64_t)STR_LEN(obj) : 0;
    clamp_range(&start, &end, size);
    char head[128];
    if (has_encoding) {
        Value es = obj_str(enc);
        snprintf(head, sizeof head, "'%s' codec can't %s", es ? STR_DATA(es) : "?", prefix);
        XDECREF(es);
        if (!es) err_clear();
    } else {
        snprintf(head, sizeof head, "can't %s", prefix);
    }
    Value r;
    if (start < size && end == start + 1) {
        uint32_t c = str_char_at(obj, start);
        const char *fmt = c <= 0xff ? "%s character '\\x%02x' in position %lld: %S"
                          : c <= 0xffff ? "%s character '\\u%04x' in position %lld: %S"
                                        : "%s character '\\U%08x' in position %lld: %S";
        r = str_fromformat(fmt, head, (unsigned)c, (long long)start, reason);
    } else {
        r = str_fromformat("%s characters in position %lld-%lld: %S", head, (long long)start,
                           (long long)end - 1, reason);
    }
    XDECREF(enc);
    DECREF(reason);
    return r;
}

static Value unicode_encode_str(Value self) { return unicode_char_str(self, "encode", true); }
static Value unicode_translate_str(Value self) { return unicode_char_str(self, "translate", false); }

/* ---- the table ---- */

enum {
    K_PLAIN, K_BASE, K_KEY, K_STOPITER, K_SYSEXIT, K_OSERROR, K_SYNTAX, K_NAME, K_ATTR, K_IMPORT,
    K_UDECODE, K_UENCODE, K_UTRANSLATE
};

typedef struct ExcSpec {
    Type **slot;
    const char *name;
    Type **base;
    int kind;
} ExcSpec;

/* Bases come before their subclasses; the order is CPython's builtins dict order
 * where it matters (suggestions pick the first of equally close names). */
static const ExcSpec specs[] = {
    {&ExcBaseException, "BaseException", NULL, K_BASE},
    {&ExcBaseExceptionGroup, "BaseExceptionGroup", &ExcBaseException, K_PLAIN},
    {&ExcException, "Exception", &ExcBaseException, K_PLAIN},
    {&ExcGeneratorExit, "GeneratorExit", &ExcBaseException, K_PLAIN},
    {&ExcKeyboardInterrupt, "KeyboardInterrupt", &ExcBaseException, K_PLAIN},
    {&ExcSystemExit, "SystemExit", &ExcBaseException, K_SYSEXIT},
    {&ExcArithmeticError, "ArithmeticError", &ExcException, K_PLAIN},
    {&ExcAssertionError, "AssertionError", &ExcException, K_PLAIN},
    {&ExcAttributeError, "AttributeError", &ExcException, K_ATTR},
    {&ExcBufferError, "BufferError", &ExcException, K_PLAIN},
    {&ExcEOFError, "EOFError", &ExcException, K_PLAIN},
    {&ExcImportError, "ImportError", &ExcException, K_IMPORT},
    {&ExcLookupError, "LookupError", &ExcException, K_PLAIN},
    {&ExcMemoryError, "MemoryError", &ExcException, K_PLAIN},
    {&ExcNameError, "NameError", &ExcException, K_NAME},
    {&ExcOSError, "OSError", &ExcException, K_OSERROR},
    {&ExcReferenceError, "ReferenceError", &ExcException, K_PLAIN},
    {&ExcRuntimeError, "RuntimeError", &ExcException, K_PLAIN},
    {&ExcStopAsyncIteration, "StopAsyncIteration", &ExcException, K_PLAIN},
    {&ExcStopIteration, "StopIteration", &ExcException, K_STOPITER},
    {&ExcSyntaxError, "SyntaxError", &ExcException, K_SYNTAX},
    {&ExcSystemError, "SystemError", &ExcException, K_PLAIN},
    {&ExcTypeError, "TypeError", &ExcException, K_PLAIN},
    {&ExcValueError, "ValueError", &ExcException, K_PLAIN},
    {&ExcWarning, "Warning", &ExcException, K_PLAIN},
    {&ExcFloatingPointError, "FloatingPointError", &ExcArithmeticError, K_PLAIN},
    {&ExcOverflowError, "OverflowError", &ExcArithmeticError, K_PLAIN},
    {&ExcZeroDivisionError, "ZeroDivisionError", &ExcArithmeticError, K_PLAIN},
    {&ExcBytesWarning, "BytesWarning", &ExcWarning, K_PLAIN},
    {&ExcDeprecationWarning, "DeprecationWarning", &ExcWarning, K_PLAIN},
    {&ExcEncodingWarning, "EncodingWarning", &ExcWarning, K_PLAIN},
    {&ExcFutureWarning, "FutureWarning", &ExcWarning, K_PLAIN},
    {&ExcImportWarning, "ImportWarning", &ExcWarning, K_PLAIN},
    {&ExcPendingDeprecationWarning, "PendingDeprecationWarning", &ExcWarning, K_PLAIN},
    {&ExcResourceWarning, "ResourceWarning", &ExcWarning, K_PLAIN},
    {&ExcRuntimeWarning, "RuntimeWarning", &ExcWarning, K_PLAIN},
    {&ExcSyntaxWarning, "SyntaxWarning", &ExcWarning, K_PLAIN},
    {&ExcUnicodeWarning, "UnicodeWarning", &ExcWarning, K_PLAIN},
    {&ExcUserWarning, "UserWarning", &ExcWarning, K_PLAIN},
    {&ExcBlockingIOError, "BlockingIOError", &ExcOSError, K_PLAIN},
    {&ExcChildProcessError, "ChildProcessError", &ExcOSError, K_PLAIN},
    {&ExcConnectionError, "ConnectionError", &ExcOSError, K_PLAIN},
    {&ExcFileExistsError, "FileExistsError", &ExcOSError, K_PLAIN},
    {&ExcFileNotFoundError, "FileNotFoundError", &ExcOSError, K_PLAIN},
    {&ExcInterruptedError, "InterruptedError", &ExcOSError, K_PLAIN},
    {&ExcIsADirectoryError, "IsADirectoryError", &ExcOSError, K_PLAIN},
    {&ExcNotADirectoryError, "NotADirectoryError", &ExcOSError, K_PLAIN},
    {&ExcPermissionError, "PermissionError", &ExcOSError, K_PLAIN},
    {&ExcProcessLookupError, "ProcessLookupError", &ExcOSError, K_PLAIN},
    {&ExcTimeoutError, "TimeoutError", &ExcOSError, K_PLAIN},
    {&ExcIndentationError, "IndentationError", &ExcSyntaxError, K_PLAIN},
    {&ExcIndexError, "IndexError", &ExcLookupError, K_PLAIN},
    {&ExcKeyError, "KeyError", &ExcLookupError, K_KEY},
    {&ExcModuleNotFoundError, "ModuleNotFoundError", &ExcImportError, K_PLAIN},
    {&ExcNotImplementedError, "NotImplementedError", &ExcRuntimeError, K_PLAIN},
    {&ExcRecursionError, "RecursionError", &ExcRuntimeError, K_PLAIN},
    {&ExcUnboundLocalError, "UnboundLocalError", &ExcNameError, K_PLAIN},
    {&ExcUnicodeError, "UnicodeError", &ExcValueError, K_PLAIN},
    {&ExcBrokenPipeError, "BrokenPipeError", &ExcConnectionError, K_PLAIN},
    {&ExcConnectionAbortedError, "ConnectionAbortedError", &ExcConnectionError, K_PLAIN},
    {&ExcConnectionRefusedError, "ConnectionRefusedError", &ExcConnectionError, K_PLAIN},
    {&ExcConnectionResetError, "ConnectionResetError", &ExcConnectionError, K_PLAIN},
    {&ExcTabError, "TabError", &ExcIndentationError, K_PLAIN},
    {&ExcUnicodeDecodeError, "UnicodeDecodeError", &ExcUnicodeError, K_UDECODE},
    {&ExcUnicodeEncodeError, "UnicodeEncodeError", &ExcUnicodeError, K_UENCODE},
    {&ExcUnicodeTranslateError, "UnicodeTranslateError", &ExcUnicodeError, K_UTRANSLATE},
    {&ExcExceptionGroup, "ExceptionGroup", &ExcBaseExceptionGroup, K_PLAIN},
};
#define NSPECS (sizeof specs / sizeof specs[0])

/* Class-level None defaults for fields kept in the instance dict. */
static int set_none_fields(Type *t, const char *const *names) {
    for (; *names; names++)
        if (dict_set_cstr(t->dict, *names, NONE) < 0) return -1;
    return 0;
}

int exc_init_types(void) {
    if (ExcBaseException) return 0;
    for (size_t i = 0; i < NSPECS; i++) {
        const ExcSpec *s = &specs[i];
        /* A HeapType-sized zeroed block, so code that looks at HeapType fields of any
         * type object finds zeros; the flags say it is a static type. */
        Type *t = calloc(1, sizeof(HeapType));
        if (!t) return -1;
        t->hdr.refcnt = IMMORTAL_REFCNT;
        t->hdr.type = &TypeType;
        t->name = s->name;
        t->basicsize = sizeof(ExcObj);
        t->flags = TPFLAG_BASETYPE | TPFLAG_EXC_SUB;
        gc_exc_slots(t);   /* instances are tracked by the cycle collector */
        t->base = s->base ? *s->base : &ObjectType;
        t->dictoffset = offsetof(ExcObj, dict);
        switch (s->kind) {
        case K_BASE:
            t->dealloc = exc_dealloc;
            t->new_ = exc_new_slot;
            t->init = exc_init_slot;
            t->repr = exc_repr_slot;
            t->str = exc_str_slot;
            t->getattr = obj_generic_getattr;
            t->setattr = obj_generic_setattr;
            t->methods = base_methods;
            t->getsets = base_getsets;
            break;
        case K_KEY: t->str = key_error_str; break;
        case K_STOPITER: t->getsets = stopiter_getsets; break;
        case K_SYSEXIT: t->getsets = sysexit_getsets; break;
        case K_OSERROR:
            t->new_ = oserror_new;
            t->init = oserror_init;
            t->str = oserror_str;
            break;
        case K_SYNTAX:
            t->init = syntax_error_init;
            t->str = syntax_error_str;
            break;
        case K_NAME: t->init = name_error_init; break;
        case K_ATTR: t->init = attribute_error_init; break;
        case K_IMPORT:
            t->init = import_error_init;
            t->str = import_error_str;
            break;
        case K_UDECODE:
            t->init = unicode_decode_init;
            t->str = unicode_decode_str;
            break;
        case K_UENCODE:
            t->init = unicode_encode_init;
            t->str = unicode_encode_str;
            break;
        case K_UTRANSLATE:
            t->init = unicode_translate_init;
            t->str = unicode_translate_str;
            break;
        default: break;
        }
        *s->slot = t;
        if (type_ready(t) < 0) return -1;
    }

    static const char *const os_fields[] = {"errno", "strerror", "filename", "filename2", NULL};
    static const char *const syn_fields[] = {"msg", "filename", "lineno", "offset", "text",
                                             "end_lineno", "end_offset", "print_file_and_line", NULL};
    static const char *const name_fields[] = {"name", NULL};
    static const char *const attr_fields[] = {"name", "obj", NULL};
    static const char *const imp_fields[] = {"msg", "name", "path", NULL};
    static const char *const uni_fields[] = {"encoding", "object", "start", "end", "reason", NULL};
    static const char *const bio_fields[] = {"characters_written", NULL};
    if (set_none_fields(ExcOSError, os_fields) < 0 || set_none_fields(ExcSyntaxError, syn_fields) < 0 ||
        set_none_fields(ExcNameError, name_fields) < 0 ||
        set_none_fields(ExcAttributeError, attr_fields) < 0 ||
        set_none_fields(ExcImportError, imp_fields) < 0 ||
        set_none_fields(ExcUnicodeError, uni_fields) < 0)
        return -1;
    (void)bio_fields;
    err_init_memory_error();
    return 0;
}

/* Register every exception type in a module dict (the builtins), in table order,
 * plus the aliases EnvironmentError and IOError. */
int exc_add_to_dict(Value d) {
    for (size_t i = 0; i < NSPECS; i++) {
        Type *t = *specs[i].slot;
        if (dict_set_cstr(d, t->name, OBJ_VAL(t)) < 0) return -1;
    }
    if (dict_set_cstr(d, "EnvironmentError", OBJ_VAL(ExcOSError)) < 0) return -1;
    if (dict_set_cstr(d, "IOError", OBJ_VAL(ExcOSError)) < 0) return -1;
    return 0;
}

/* ---- context and cause ---- */

void exc_set_context(Value exc, Value context) {
    if (context == exc) {
        XDECREF(context);
        return;
    }
    if (context == NONE) {
        context = VNULL;
    }
    if (context) {
        /* Break a cycle the new link would close: if exc is already in context's
         * chain, cut the chain just before it (Floyd's check stops on old cycles). */
        Value o = context, slow = context;
        bool toggle = false;
        for (;;) {
            Value c = EXC(o)->context;
            if (!c) break;
            if (c == exc) {
                EXC(o)->context = VNULL;
                DECREF(c);
                break;
            }
            o = c;
            if (o == slow) break;
            if (toggle) slow = EXC(slow)->context;
            toggle = !toggle;
        }
    }
    Value old = EXC(exc)->context;
    EXC(exc)->context = context;
    XDECREF(old);
}

void exc_set_cause(Value exc, Value cause) {
    if (cause == NONE) cause = VNULL;
    Value old = EXC(exc)->cause;
    EXC(exc)->cause = cause;
    EXC(exc)->suppress_context = true;
    XDECREF(old);
}
