/* The gc module: the cycle collector's controls (the collector itself is vm/gc.c). */
#include "object.h"
#include "objutil.h"
#include "args.h"
#include "modules.h"
#include "gc.h"

static Value gc_m_collect(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"generation", NULL};
    Value a[1] = {VNULL};
    if (arg_parse("collect", args, nargs, kwnames, names, 1, 0, a) < 0) return VNULL;
    int gen = 2;
    if (a[0]) {
        if (!IS_INT(a[0])) {
            err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", a[0]);
            return VNULL;
        }
        int64_t g;
        if (int_as_i64(a[0], &g) < 0) return VNULL;
        if (g < 0 || g > 2) {
            err_set(ExcValueError, "invalid generation");
            return VNULL;
        }
        gen = (int)g;
    }
    return int_from_i64(gc_collect_generation(gen));
}

static Value gc_m_enable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_no_kw("enable", kwnames) < 0 || arg_count("enable", nargs, 0, 0) < 0) return VNULL;
    gc_enabled = true;
    RETURN_NONE;
}

static Value gc_m_disable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_no_kw("disable", kwnames) < 0 || arg_count("disable", nargs, 0, 0) < 0) return VNULL;
    gc_enabled = false;
    RETURN_NONE;
}

static Value gc_m_isenabled(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_no_kw("isenabled", kwnames) < 0 || arg_count("isenabled", nargs, 0, 0) < 0) return VNULL;
    return BOOL_VAL(gc_enabled);
}

static Value triple(const long v[3]) {
    Value a = int_from_i64(v[0]), b = int_from_i64(v[1]), c = int_from_i64(v[2]);
    Value t = (a && b && c) ? tuple_pack(3, a, b, c) : VNULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return t;
}

static Value gc_m_get_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_no_kw("get_count", kwnames) < 0 || arg_count("get_count", nargs, 0, 0) < 0) return VNULL;
    long c[3];
    gc_get_counts(c);
    return triple(c);
}

static Value gc_m_get_threshold(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_no_kw("get_threshold", kwnames) < 0 || arg_count("get_threshold", nargs, 0, 0) < 0) return VNULL;
    long t[3];
    gc_get_thresholds(t);
    return triple(t);
}

static Value gc_m_set_threshold(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("set_threshold", kwnames) < 0) return VNULL;
    if (nargs < 1 || nargs > 3) {
        err_format(ExcTypeError, "set_threshold() takes %s (%d given)",
                   nargs < 1 ? "at least 1 argument" : "at most 3 arguments", (int)nargs);
        return VNULL;
    }
    long th[3];
    for (size_t i = 0; i < nargs; i++) {
        if (!IS_INT(args[i])) {
            err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", args[i]);
            return VNULL;
        }
        int64_t v;
        if (int_as_i64(args[i], &v) < 0) return VNULL;
        if (v > INT32_MAX || v < INT32_MIN) {
            err_set(ExcOverflowError, v > 0 ? "signed integer is greater than maximum"
                                            : "signed integer is less than minimum");
            return VNULL;
        }
        th[i] = (long)v;
    }
    gc_set_thresholds(th, (int)nargs);
    RETURN_NONE;
}

static Value gc_m_is_tracked(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("is_tracked", kwnames) < 0 || arg_count("is_tracked", nargs, 1, 1) < 0) return VNULL;
    Value v = args[0];
    return BOOL_VAL(!IS_SMALL(v) && AS_OBJ(v)->refcnt < IMMORTAL_REFCNT / 2 && gc_is_tracked(AS_OBJ(v)));
}

static Value gc_m_is_finalized(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("is_finalized", kwnames) < 0 || arg_count("is_finalized", nargs, 1, 1) < 0) return VNULL;
    Value v = args[0];
    return BOOL_VAL(!IS_SMALL(v) && AS_OBJ(v)->refcnt < IMMORTAL_REFCNT / 2 && gc_is_finalized(AS_OBJ(v)));
}

static const MethodDef gc_methods[] = {
    {"collect", gc_m_collect, 0},
    {"enable", gc_m_enable, 0},
    {"disable", gc_m_disable, 0},
    {"isenabled", gc_m_isenabled, 0},
    {"get_count", gc_m_get_count, 0},
    {"get_threshold", gc_m_get_threshold, 0},
    {"set_threshold", gc_m_set_threshold, 0},
    {"is_tracked", gc_m_is_tracked, 0},
    {"is_finalized", gc_m_is_finalized, 0},
    {NULL, NULL, 0},
};

Value gc_module_init(void) {
    Value name = str_intern_cstr("gc");
    if (!name) return VNULL;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return VNULL;
    if (module_add_functions(m, gc_methods) < 0) {
        DECREF(m);
        return VNULL;
    }
    /* Uncollectable objects would be listed here; minipy has no legacy finalizers. */
    Value garbage = list_new(0);
    if (!garbage || dict_set_cstr(((ModuleObj *)AS_OBJ(m))->dict, "garbage", garbage) < 0) {
        XDECREF(garbage);
        DECREF(m);
        return VNULL;
    }
    DECREF(garbage);
    return m;
}
