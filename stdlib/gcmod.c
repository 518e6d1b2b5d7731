/* The gc module: the interface. minipy frees objects by reference counting; the
 * cycle collector (when the object model provides one) is not driven from here. */
#include "object.h"
#include "args.h"
#include "modules.h"

static bool gc_enabled = true;

static Value g_collect(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("collect", nargs, kwnames, 0, 1) < 0) return VNULL;
    return MAKE_SMALL(0);
}

static Value g_enable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("enable", nargs, kwnames, 0, 0) < 0) return VNULL;
    gc_enabled = true;
    RETURN_NONE;
}

static Value g_disable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("disable", nargs, kwnames, 0, 0) < 0) return VNULL;
    gc_enabled = false;
    RETURN_NONE;
}

static Value g_isenabled(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("isenabled", nargs, kwnames, 0, 0) < 0) return VNULL;
    return BOOL_VAL(gc_enabled);
}

static Value g_get_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("get_count", nargs, kwnames, 0, 0) < 0) return VNULL;
    return tuple_pack(3, MAKE_SMALL(0), MAKE_SMALL(0), MAKE_SMALL(0));
}

static const MethodDef gc_methods[] = {
    {"collect", g_collect, 0},
    {"enable", g_enable, 0},
    {"disable", g_disable, 0},
    {"isenabled", g_isenabled, 0},
    {"get_count", g_get_count, 0},
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
    return m;
}
