/* The traceback module: printing and formatting exceptions with the same text as the
 * default excepthook (vm/traceback.c). */
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "frame.h"
#include "errors.h"
#include "args.h"
#include "modules.h"

/* Splits formatted text into the pieces traceback.format_exception returns: one
 * per frame entry (its File line with the source and marker lines), one for each
 * chaining message, one per other line. */
static Value split_chunks(Value text) {
    Value l = list_new(0);
    if (!l) return VNULL;
    const char *p = STR_DATA(text), *end = p + STR_SIZE(text);
    while (p < end) {
        const char *q = memchr(p, '\n', (size_t)(end - p));
        q = q ? q + 1 : end;
        if (q - p >= 7 && !strncmp(p, "  File ", 7)) {
            while (q < end && end - q >= 4 && !strncmp(q, "    ", 4)) {
                const char *r = memchr(q, '\n', (size_t)(end - q));
                q = r ? r + 1 : end;
            }
        } else if (q - p == 1 && *p == '\n' && q < end) {
            /* "\nDuring handling ...:\n\n" */
            const char *r = memchr(q, '\n', (size_t)(end - q));
            if (r && r + 1 < end && r[1] == '\n') q = r + 2;
        }
        Value s = str_from_utf8(p, (size_t)(q - p));
        if (!s || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            return VNULL;
        }
        DECREF(s);
        p = q;
    }
    return l;
}

static int get_limit(Value v, bool *has, long *limit) {
    *has = false;
    if (!v || v == NONE) return 0;
    intptr_t n;
    if (obj_as_ssize(v, &n) < 0) return -1;
    *has = true;
    *limit = (long)n;
    return 0;
}

static int get_chain(Value v, bool *chain) {
    *chain = true;
    if (!v) return 0;
    int t = obj_truthy(v);
    if (t < 0) return -1;
    *chain = t;
    return 0;
}

/* The text for exc (None: "NoneType: None\n", as CPython). */
static Value format_value(Value exc, Value limitv, Value chainv) {
    bool has, chain;
    long limit = 0;
    if (get_limit(limitv, &has, &limit) < 0 || get_chain(chainv, &chain) < 0) return VNULL;
    if (!exc || exc == NONE) return str_from_cstr("NoneType: None\n");
    if (!IS_EXC(exc)) {
        err_format(ExcTypeError, "Exception expected for value, %N found", exc);
        return VNULL;
    }
    return exc_format_ex(exc, has, limit, chain);
}

static int write_to(Value file, Value s) {
    if (!file || file == NONE) {
        file = sys_get_stream("stderr");
        if (!file || file == NONE) return 0;
    }
    return file_write_str(file, s);
}

static Value tb_format_exc(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"limit", "chain", NULL};
    Value a[2];
    if (arg_parse("format_exc", args, nargs, kwnames, names, 2, 0, a) < 0) return VNULL;
    return format_value(vm_exc_info(), a[0], a[1]);
}

static Value tb_print_exc(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"limit", "file", "chain", NULL};
    Value a[3];
    if (arg_parse("print_exc", args, nargs, kwnames, names, 3, 0, a) < 0) return VNULL;
    Value s = format_value(vm_exc_info(), a[0], a[2]);
    if (!s) return VNULL;
    int r = write_to(a[1], s);
    DECREF(s);
    if (r < 0) return VNULL;
    RETURN_NONE;
}

/* (exc) or the old (type, value, tb) form: the exception is value when given. */
static Value pick_exc(Value exc, Value value) {
    if (value && value != NONE) return value;
    if (value == NONE && !IS_EXC(exc)) return NONE;
    return exc;
}

static Value tb_format_exception(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"exc", "value", "tb", "limit", "chain", NULL};
    Value a[5];
    if (arg_parse_ex("format_exception", args, nargs, kwnames, names, 1, 4, 1, a) < 0) return VNULL;
    Value s = format_value(pick_exc(a[0], a[1]), a[3], a[4]);
    if (!s) return VNULL;
    Value l = split_chunks(s);
    DECREF(s);
    return l;
}

static Value tb_print_exception(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"exc", "value", "tb", "limit", "file", "chain", NULL};
    Value a[6];
    if (arg_parse_ex("print_exception", args, nargs, kwnames, names, 1, 5, 1, a) < 0) return VNULL;
    Value s = format_value(pick_exc(a[0], a[1]), a[3], a[5]);
    if (!s) return VNULL;
    int r = write_to(a[4], s);
    DECREF(s);
    if (r < 0) return VNULL;
    RETURN_NONE;
}

/* The exception's last line(s) alone: no traceback, no chain. */
static Value only_text(Value exc) {
    if (!IS_EXC(exc)) return format_value(exc, VNULL, VNULL);
    Value tb = EXC(exc)->traceback;
    EXC(exc)->traceback = VNULL;
    Value s = exc_format_ex(exc, false, 0, false);
    EXC(exc)->traceback = tb;
    return s;
}

static Value tb_format_exception_only(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"exc", "value", NULL};
    Value a[2];
    if (arg_parse_ex("format_exception_only", args, nargs, kwnames, names, 1, 2, 1, a) < 0) return VNULL;
    Value s = only_text(pick_exc(a[0], a[1]));
    if (!s) return VNULL;
    Value l = split_chunks(s);
    DECREF(s);
    return l;
}

/* Entries of a traceback alone: formatted through a bare exception carrying it. */
static Value tb_text(Value tb, Value limitv) {
    if (tb == NONE) return str_intern_cstr("");
    if (!IS_TYPE(tb, &TracebackType)) {
        err_format(ExcAttributeError, "'%N' object has no attribute 'tb_frame'", tb);
        return VNULL;
    }
    bool has;
    long limit = 0;
    if (get_limit(limitv, &has, &limit) < 0) return VNULL;
    Value e = exc_new(ExcBaseException, NULL, 0);
    if (!e) return VNULL;
    exc_set_traceback(e, tb);
    Value s = exc_format_ex(e, has, limit, false);
    DECREF(e);
    if (!s) return VNULL;
    /* Drop the "Traceback ..." header and the final "BaseException" line. */
    const char *p = STR_DATA(s), *end = p + STR_SIZE(s);
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *start = nl ? nl + 1 : end;
    const char *stop = end;
    if (stop > start) {
        stop--;   /* the last newline */
        while (stop > start && stop[-1] != '\n') stop--;
    }
    Value r = str_from_utf8(start, (size_t)(stop - start));
    DECREF(s);
    return r;
}

static Value tb_format_tb(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"tb", "limit", NULL};
    Value a[2];
    if (arg_parse("format_tb", args, nargs, kwnames, names, 2, 1, a) < 0) return VNULL;
    Value s = tb_text(a[0], a[1]);
    if (!s) return VNULL;
    Value l = split_chunks(s);
    DECREF(s);
    return l;
}

static Value tb_print_tb(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"tb", "limit", "file", NULL};
    Value a[3];
    if (arg_parse("print_tb", args, nargs, kwnames, names, 3, 1, a) < 0) return VNULL;
    Value s = tb_text(a[0], a[1]);
    if (!s) return VNULL;
    int r = write_to(a[2], s);
    DECREF(s);
    if (r < 0) return VNULL;
    RETURN_NONE;
}

static const MethodDef tb_methods[] = {
    {"format_exc", tb_format_exc, 0},
    {"print_exc", tb_print_exc, 0},
    {"format_exception", tb_format_exception, 0},
    {"print_exception", tb_print_exception, 0},
    {"format_exception_only", tb_format_exception_only, 0},
    {"format_tb", tb_format_tb, 0},
    {"print_tb", tb_print_tb, 0},
    {NULL, NULL, 0},
};

Value traceback_module_init(void) {
    Value name = str_intern_cstr("traceback");
    if (!name) return VNULL;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return VNULL;
    if (module_add_functions(m, tb_methods) < 0) {
        DECREF(m);
        return VNULL;
    }
    return m;
}
