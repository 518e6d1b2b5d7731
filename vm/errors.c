/* The exception in flight (vm.exc) and the err_* API of object.h.
 *
 * Implicit chaining (__context__) is the eval loop's job: it sets the context of
 * every exception that reaches it, whether raised by C code or by bytecode. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "errors.h"

/* The MemoryError raised when even an exception cannot be allocated. It is a
 * static object so raising it never needs memory; its args is the empty tuple,
 * filled in by exc_init_types. */
static ExcObj memory_error_obj;
static bool memory_error_ready;

void err_init_memory_error(void) {
    memory_error_obj.hdr.refcnt = IMMORTAL_REFCNT;
    memory_error_obj.hdr.type = ExcMemoryError;
    memory_error_obj.args = tuple_empty();
    memory_error_ready = true;
}

static inline void set_in_flight(Value exc) {
    Value old = vm.exc;
    vm.exc = exc;
    XDECREF(old);
}

/* Raise exc (a new reference, stolen). Implicit chaining (__context__) is done by
 * the VM when the exception reaches the eval loop, for C and Python raises alike. */
void err_raise_steal(Value exc) { set_in_flight(exc); }

void err_set(Type *exc_type, const char *msg) {
    Value s = str_from_cstr(msg);
    if (!s) return;
    Value exc = exc_new(exc_type, &s, 1);
    DECREF(s);
    if (!exc) return;
    err_raise_steal(exc);
}

void err_format_v(Type *exc_type, const char *fmt, va_list ap) {
    Value s = str_fromformat_v(fmt, ap);
    if (!s) return;
    Value exc = exc_new(exc_type, &s, 1);
    DECREF(s);
    if (!exc) return;
    err_raise_steal(exc);
}

void err_format(Type *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    err_format_v(exc_type, fmt, ap);
    va_end(ap);
}

void err_set_object(Type *exc_type, Value arg) {
    Value exc;
    /* An exception instance given as the argument is raised as is when it already
     * has the requested type (as PyErr_SetObject's normalisation does). */
    if (arg == VNULL) {
        exc = exc_new(exc_type, NULL, 0);
    } else if (IS_EXC(arg) && type_is_subtype(TYPE(arg), exc_type)) {
        exc = NEWREF(arg);
    } else {
        exc = exc_new(exc_type, &arg, 1);
    }
    if (!exc) return;
    err_raise_steal(exc);
}

void err_set_exc(Value exc) {
    INCREF(exc);
    err_raise_steal(exc);
}

bool err_occurred(void) { return vm.exc != VNULL; }

Value err_fetch(void) {
    Value e = vm.exc;
    vm.exc = VNULL;
    return e;
}

void err_restore(Value exc) { set_in_flight(exc); }

void err_clear(void) { set_in_flight(VNULL); }

bool err_matches(Type *t) {
    Value e = vm.exc;
    if (!e) return false;
    Type *et = TYPE(e);
    return et == t || type_is_subtype(et, t);
}

static int exc_matches_one(Value exc, Value cls) {
    if (IS_TYPEOBJ(cls) && (((Type *)AS_OBJ(cls))->flags & TPFLAG_EXC_SUB)) {
        Type *et = TYPE(exc);
        Type *ct = (Type *)AS_OBJ(cls);
        return et == ct || type_is_subtype(et, ct);
    }
    err_set(ExcTypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int exc_matches(Value exc, Value type_or_tuple) {
    if (IS_TUPLE(type_or_tuple)) {
        size_t n = TUPLE_LEN(type_or_tuple);
        Value *items = TUPLE_ITEMS(type_or_tuple);
        /* Every entry is checked first, so a bad entry raises even after a match,
         * as CPython's CHECK_EXC_MATCH validates the whole tuple. */
        for (size_t i = 0; i < n; i++) {
            Value c = items[i];
            if (IS_TUPLE(c)) continue;
            if (!(IS_TYPEOBJ(c) && (((Type *)AS_OBJ(c))->flags & TPFLAG_EXC_SUB))) {
                err_set(ExcTypeError,
                        "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
        for (size_t i = 0; i < n; i++) {
            int r = exc_matches(exc, items[i]);
            if (r != 0) return r;
        }
        return 0;
    }
    return exc_matches_one(exc, type_or_tuple);
}

void err_no_memory(void) {
    if (!memory_error_ready) {
        /* Too early (before the exception types exist): nothing sensible to raise. */
        fputs("minipy: out of memory during start-up\n", stderr);
        abort();
    }
    /* A fresh instance while a few bytes remain (the failed request is usually huge): each
     * raise is its own object, as in CPython, so one being handled keeps its traceback and
     * context. The shared instance is the last resort. */
    static bool allocating;
    if (!allocating) {
        allocating = true;
        Value fresh = exc_new(ExcMemoryError, NULL, 0);
        allocating = false;
        if (fresh) {
            set_in_flight(fresh);
            return;
        }
    }
    ExcObj *e = &memory_error_obj;
    /* The shared instance must not accumulate tracebacks and chains across raises. */
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    e->suppress_context = false;
    set_in_flight(OBJ_VAL(e));
}

Value exc_new(Type *t, const Value *args, size_t nargs) {
    if (t->flags & TPFLAG_HEAPTYPE) {
        /* A user class may define __new__/__init__: go through the type call. */
        return obj_call(OBJ_VAL(t), args, nargs, VNULL);
    }
    if (!t->new_) {
        err_format(ExcTypeError, "cannot create '%s' instances", t->name);
        return VNULL;
    }
    Value e = t->new_(t, args, nargs, VNULL);
    if (!e) return VNULL;
    Type *rt = TYPE(e);
    if (rt->init && (rt == t || type_is_subtype(rt, t))) {
        if (rt->init(e, args, nargs, VNULL) < 0) {
            DECREF(e);
            return VNULL;
        }
    }
    return e;
}

/* ---- helpers exported through errors.h ---- */

Type *exc_oserror_subtype(int errnum) {
    switch (errnum) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY: case EINPROGRESS:
        return ExcBlockingIOError;
    case ECHILD: return ExcChildProcessError;
    case EPIPE:
#ifdef ESHUTDOWN
    case ESHUTDOWN:
#endif
        return ExcBrokenPipeError;
    case ECONNABORTED: return ExcConnectionAbortedError;
    case ECONNREFUSED: return ExcConnectionRefusedError;
    case ECONNRESET: return ExcConnectionResetError;
    case EEXIST: return ExcFileExistsError;
    case ENOENT: return ExcFileNotFoundError;
    case EISDIR: return ExcIsADirectoryError;
    case ENOTDIR: return ExcNotADirectoryError;
    case EINTR: return ExcInterruptedError;
    case EACCES: case EPERM: return ExcPermissionError;
    case ESRCH: return ExcProcessLookupError;
    case ETIMEDOUT: return ExcTimeoutError;
    default: return ExcOSError;
    }
}

void err_set_from_errno(int errnum, Value filename) {
    Value eno = MAKE_SMALL(errnum);
    Value msg = str_from_cstr(strerror(errnum));
    if (!msg) return;
    Value args[3] = {eno, msg, filename};
    Value exc = exc_new(ExcOSError, args, filename ? 3 : 2);
    DECREF(msg);
    if (!exc) return;
    err_raise_steal(exc);
}

void err_set_from_errno_cstr(int errnum, const char *filename) {
    if (!filename) { err_set_from_errno(errnum, VNULL); return; }
    Value f = str_from_cstr(filename);
    if (!f) return;
    err_set_from_errno(errnum, f);
    DECREF(f);
}
