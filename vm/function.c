/* Python functions, cells, bound methods and builtin functions. */
#include <string.h>
#include "object.h"
#include "code.h"
#include "frame.h"
#include "objutil.h"
#include "args.h"

/* ---------------------------------------------------------------- functions */

static void func_dealloc(Obj *o)
{
    FunctionObj *f = (FunctionObj *)o;
    Code *c = f->code;
    f->code = NULL;
    if (c) DECREF(OBJ_VAL(c));
    CLEAR(f->globals);
    CLEAR(f->builtins);
    CLEAR(f->defaults);
    CLEAR(f->kwdefaults);
    CLEAR(f->closure);
    CLEAR(f->name);
    CLEAR(f->qualname);
    CLEAR(f->doc);
    CLEAR(f->module);
    CLEAR(f->dict);
    obj_free(o);
}

static Value func_repr(Value self)
{
    FunctionObj *f = (FunctionObj *)AS_OBJ(self);
    return str_fromformat("<function %U at %p>", f->qualname, (void *)f);
}

static Value func_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    return vm_call_function((FunctionObj *)AS_OBJ(callable), args, nargs, kwnames);
}

static Value func_descr_get(Value descr, Value obj, Value type)
{
    (void)type;
    if (!obj || obj == NONE) return NEWREF(descr);
    return method_new(descr, obj);
}

#define FN(v) ((FunctionObj *)AS_OBJ(v))

static Value f_get_name(Value self) { return NEWREF(FN(self)->name); }
static int f_set_name(Value self, Value v)
{
    if (!v || !IS_STR(v)) {
        err_set(ExcTypeError, "__name__ must be set to a string object");
        return -1;
    }
    Value old = FN(self)->name;
    FN(self)->name = NEWREF(v);
    DECREF(old);
    return 0;
}
static Value f_get_qualname(Value self) { return NEWREF(FN(self)->qualname); }
static int f_set_qualname(Value self, Value v)
{
    if (!v || !IS_STR(v)) {
        err_set(ExcTypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    Value old = FN(self)->qualname;
    FN(self)->qualname = NEWREF(v);
    DECREF(old);
    return 0;
}
static Value f_get_doc(Value self) { return NEWREF(FN(self)->doc ? FN(self)->doc : NONE); }
static int f_set_doc(Value self, Value v)
{
    Value old = FN(self)->doc;
    FN(self)->doc = v ? NEWREF(v) : NONE;
    XDECREF(old);
    return 0;
}
static Value f_get_module(Value self) { return NEWREF(FN(self)->module ? FN(self)->module : NONE); }
static int f_set_module(Value self, Value v)
{
    Value old = FN(self)->module;
    FN(self)->module = v ? NEWREF(v) : NONE;
    XDECREF(old);
    return 0;
}
static Value f_get_defaults(Value self) { return NEWREF(FN(self)->defaults ? FN(self)->defaults : NONE); }
static int f_set_defaults(Value self, Value v)
{
    if (v == NONE) v = VNULL;
    if (v && !IS_TUPLE(v)) {
        err_set(ExcTypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    Value old = FN(self)->defaults;
    FN(self)->defaults = v ? NEWREF(v) : VNULL;
    XDECREF(old);
    return 0;
}
static Value f_get_kwdefaults(Value self) { return NEWREF(FN(self)->kwdefaults ? FN(self)->kwdefaults : NONE); }
static int f_set_kwdefaults(Value self, Value v)
{
    if (v == NONE) v = VNULL;
    if (v && !IS_DICT(v)) {
        err_set(ExcTypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    Value old = FN(self)->kwdefaults;
    FN(self)->kwdefaults = v ? NEWREF(v) : VNULL;
    XDECREF(old);
    return 0;
}
static Value f_get_code(Value self) { return NEWREF(OBJ_VAL(FN(self)->code)); }
static int f_set_code(Value self, Value v)
{
    if (!v || !IS_TYPE(v, &CodeType)) {
        err_set(ExcTypeError, "__code__ must be set to a code object");
        return -1;
    }
    Code *old = FN(self)->code;
    INCREF(v);
    FN(self)->code = (Code *)AS_OBJ(v);
    DECREF(OBJ_VAL(old));
    return 0;
}
static Value f_get_globals(Value self) { return NEWREF(FN(self)->globals); }
static Value f_get_builtins(Value self) { return NEWREF(FN(self)->builtins); }
static Value f_get_closure(Value self) { return NEWREF(FN(self)->closure ? FN(self)->closure : NONE); }
static Value f_get_annotations(Value self)
{
    FunctionObj *f = FN(self);
    if (f->dict) {
        Value a = dict_get_str(f->dict, NAME(__annotations__));
        if (a) return NEWREF(a);
    }
    /* No annotations (MAKE_FUNCTION flag 4 stores them at def time): an empty dict, kept
     * once asked for. */
    Value d = dict_new();
    if (!d) return VNULL;
    if (!f->dict && !(f->dict = dict_new())) { DECREF(d); return VNULL; }
    if (dict_set(f->dict, NAME(__annotations__), d) < 0) { DECREF(d); return VNULL; }
    return d;
}
static int f_set_annotations(Value self, Value v)
{
    FunctionObj *f = FN(self);
    if (v && !IS_DICT(v)) {
        err_set(ExcTypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    if (!v) {
        /* deleting forgets them; the getter then makes a fresh empty dict */
        return f->dict && dict_del_opt(f->dict, NAME(__annotations__)) < 0 ? -1 : 0;
    }
    if (!f->dict && !(f->dict = dict_new())) return -1;
    return dict_set(f->dict, NAME(__annotations__), v);
}
static Value f_get_dict(Value self)
{
    FunctionObj *f = FN(self);
    if (!f->dict && !(f->dict = dict_new())) return VNULL;
    return NEWREF(f->dict);
}
static int f_set_dict(Value self, Value v)
{
    if (!v || !IS_DICT(v)) {
        err_set(ExcTypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    Value old = FN(self)->dict;
    FN(self)->dict = NEWREF(v);
    XDECREF(old);
    return 0;
}

static const GetSetDef func_getsets[] = {
    {"__name__", f_get_name, f_set_name},
    {"__qualname__", f_get_qualname, f_set_qualname},
    {"__doc__", f_get_doc, f_set_doc},
    {"__module__", f_get_module, f_set_module},
    {"__defaults__", f_get_defaults, f_set_defaults},
    {"__kwdefaults__", f_get_kwdefaults, f_set_kwdefaults},
    {"__code__", f_get_code, f_set_code},
    {"__globals__", f_get_globals, NULL},
    {"__builtins__", f_get_builtins, NULL},
    {"__closure__", f_get_closure, NULL},
    {"__annotations__", f_get_annotations, f_set_annotations},
    {"__dict__", f_get_dict, f_set_dict},
    {NULL, NULL, NULL},
};

/* __sizeof__ reports CPython's object sizes (sys.getsizeof compares with CPython). */
static Value func_sizeof(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)args;
    if (arg_no_kw("__sizeof__", kwnames) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0) return VNULL;
    return MAKE_SMALL(136);
}

static const MethodDef func_methods[] = {
    {"__sizeof__", func_sizeof, 0},
    {NULL, NULL, 0},
};

Type FunctionType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "function",
    .basicsize = sizeof(FunctionObj),
    .dictoffset = offsetof(FunctionObj, dict),
    .dealloc = func_dealloc,
    .repr = func_repr,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = func_call,
    .descr_get = func_descr_get,
    .methods = func_methods,
    .getsets = func_getsets,
};

/* ---------------------------------------------------------------- cells */

Value cell_new(Value v)
{
    CellObj *c = (CellObj *)obj_alloc(&CellType);
    if (!c) return VNULL;
    c->ref = v;
    XINCREF(v);
    return OBJ_VAL(c);
}

static void cell_dealloc(Obj *o)
{
    CLEAR(((CellObj *)o)->ref);
    obj_free(o);
}

static Value cell_repr(Value self)
{
    CellObj *c = (CellObj *)AS_OBJ(self);
    if (!c->ref) return str_fromformat("<cell at %p: empty>", (void *)c);
    return str_fromformat("<cell at %p: %s object at %p>", (void *)c, type_name(c->ref),
                          IS_SMALL(c->ref) ? (void *)c->ref : (void *)AS_OBJ(c->ref));
}

static Value cell_get_contents(Value self)
{
    CellObj *c = (CellObj *)AS_OBJ(self);
    if (!c->ref) {
        err_set(ExcValueError, "Cell is empty");
        return VNULL;
    }
    return NEWREF(c->ref);
}

static int cell_set_contents(Value self, Value v)
{
    CellObj *c = (CellObj *)AS_OBJ(self);
    Value old = c->ref;
    c->ref = v;
    XINCREF(v);
    XDECREF(old);
    return 0;
}

static Value cell_richcompare(Value a, Value b, int op)
{
    if (!IS_TYPE(a, &CellType) || !IS_TYPE(b, &CellType)) return NOTIMPLEMENTED;
    Value x = ((CellObj *)AS_OBJ(a))->ref, y = ((CellObj *)AS_OBJ(b))->ref;
    if (x && y) return obj_richcompare(x, y, op);
    int c = (x != VNULL) - (y != VNULL);
    int r;
    switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c == 0; break;
    case 3: r = c != 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return BOOL_VAL(r);
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

Type CellType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "cell",
    .basicsize = sizeof(CellObj),
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .hash = obj_hash_not_implemented,
    .richcompare = cell_richcompare,
    .getattr = obj_generic_getattr,
    .getsets = cell_getsets,
};

/* ---------------------------------------------------------------- bound methods */

Value method_new(Value func, Value self)
{
    MethodObj *m = (MethodObj *)obj_alloc(&MethodType);
    if (!m) return VNULL;
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    return OBJ_VAL(m);
}

static void method_dealloc(Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    CLEAR(m->func);
    CLEAR(m->self);
    obj_free(o);
}

static Value method_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    MethodObj *m = (MethodObj *)AS_OBJ(callable);
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    Value small[8];
    Value *buf = total <= 8 ? small : mem_alloc(total * sizeof(Value));
    if (!buf) return VNULL;
    buf[0] = m->self;
    if (nargs + nkw) memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    Value r;
    if (IS_TYPE(m->func, &FunctionType))
        r = vm_call_function((FunctionObj *)AS_OBJ(m->func), buf, nargs + 1, kwnames);
    else
        r = obj_call(m->func, buf, nargs + 1, kwnames);
    if (buf != small) mem_free(buf);
    return r;
}

static Value method_repr(Value self)
{
    MethodObj *m = (MethodObj *)AS_OBJ(self);
    Value name = obj_getattr_opt(m->func, NAME(__qualname__));
    if (!name) {
        if (err_occurred()) return VNULL;
        name = obj_getattr_opt(m->func, NAME(__name__));
        if (!name && err_occurred()) return VNULL;
    }
    Value r;
    if (name && IS_STR(name))
        r = str_fromformat("<bound method %U of %R>", name, m->self);
    else
        r = str_fromformat("<bound method ? of %R>", m->self);
    XDECREF(name);
    return r;
}

static Value method_richcompare(Value a, Value b, int op)
{
    if ((op != 2 && op != 3) || !IS_TYPE(a, &MethodType) || !IS_TYPE(b, &MethodType))
        return NOTIMPLEMENTED;
    MethodObj *x = (MethodObj *)AS_OBJ(a), *y = (MethodObj *)AS_OBJ(b);
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_richcompare_bool(x->func, y->func, 2);
        if (eq < 0) return VNULL;
    }
    return BOOL_VAL(op == 2 ? eq : !eq);
}

static int64_t method_hash(Value self)
{
    MethodObj *m = (MethodObj *)AS_OBJ(self);
    int64_t a = obj_identity_hash(m->self);
    int64_t b = obj_hash(m->func);
    if (b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Value method_getattr(Value self, Value name)
{
    /* Attributes of the method type first, then the function's. */
    Value r = obj_generic_getattr(self, name);
    if (r || !err_matches(ExcAttributeError)) return r;
    err_clear();
    return obj_getattr(((MethodObj *)AS_OBJ(self))->func, name);
}

static Value method_descr_get(Value descr, Value obj, Value type)
{
    (void)obj;
    (void)type;
    return NEWREF(descr);
}

static Value m_get_self(Value self) { return NEWREF(((MethodObj *)AS_OBJ(self))->self); }
static Value m_get_func(Value self) { return NEWREF(((MethodObj *)AS_OBJ(self))->func); }
static Value m_get_doc(Value self)
{
    Value d = obj_getattr_opt(((MethodObj *)AS_OBJ(self))->func, NAME(__doc__));
    if (!d && !err_occurred()) RETURN_NONE;
    return d;
}

static const GetSetDef method_getsets[] = {
    {"__self__", m_get_self, NULL},
    {"__func__", m_get_func, NULL},
    {"__doc__", m_get_doc, NULL},
    {NULL, NULL, NULL},
};

/* types.MethodType(func, instance) */
static Value method_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    (void)type;
    if (kwnames && TUPLE_LEN(kwnames)) {
        err_set(ExcTypeError, "method() takes no keyword arguments");
        return VNULL;
    }
    if (nargs != 2) {
        err_format(ExcTypeError, "method expected 2 arguments, got %d", (int)nargs);
        return VNULL;
    }
    if (!TYPE(args[0])->call) {
        err_set(ExcTypeError, "first argument must be callable");
        return VNULL;
    }
    if (args[1] == NONE) {
        err_set(ExcTypeError, "instance must not be None");
        return VNULL;
    }
    return method_new(args[0], args[1]);
}

Type MethodType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "method",
    .basicsize = sizeof(MethodObj),
    .new_ = method_new_slot,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .descr_get = method_descr_get,
    .getsets = method_getsets,
};

/* ---------------------------------------------------------------- builtin functions */

Value builtin_new(const MethodDef *def, Value self)
{
    BuiltinObj *b = (BuiltinObj *)obj_alloc(&BuiltinFunctionType);
    if (!b) return VNULL;
    b->def = def;
    b->self = self;
    XINCREF(self);
    b->module = VNULL;
    if (self && IS_TYPE(self, &ModuleType)) b->module = NEWREF(((ModuleObj *)AS_OBJ(self))->name);
    return OBJ_VAL(b);
}

static void builtin_dealloc(Obj *o)
{
    BuiltinObj *b = (BuiltinObj *)o;
    CLEAR(b->self);
    CLEAR(b->module);
    obj_free(o);
}

static Value builtin_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(callable);
    return b->def->fn(b->self, args, nargs, kwnames);
}

static bool builtin_is_method(BuiltinObj *b)
{
    return b->self && !IS_TYPE(b->self, &ModuleType);
}

static Value builtin_repr(Value self)
{
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    if (!builtin_is_method(b)) return str_fromformat("<built-in function %s>", b->def->name);
    if (IS_TYPEOBJ(b->self))
        return str_fromformat("<built-in method %s of type object at %p>", b->def->name,
                              (void *)AS_OBJ(b->self));
    return str_fromformat("<built-in method %s of %s object at %p>", b->def->name, type_name(b->self),
                          IS_SMALL(b->self) ? (void *)b->self : (void *)AS_OBJ(b->self));
}

static Value b_get_name(Value self) { return str_from_cstr(((BuiltinObj *)AS_OBJ(self))->def->name); }
static Value b_get_qualname(Value self)
{
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    if (!builtin_is_method(b)) return str_from_cstr(b->def->name);
    if (IS_TYPEOBJ(b->self))
        return str_fromformat("%s.%s", ((Type *)AS_OBJ(b->self))->name, b->def->name);
    return str_fromformat("%s.%s", type_name(b->self), b->def->name);
}
static Value b_get_self(Value self)
{
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    return NEWREF(b->self ? b->self : NONE);
}
static Value b_get_module(Value self)
{
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    return NEWREF(b->module ? b->module : NONE);
}
static Value b_get_doc(Value self)
{
    (void)self;
    RETURN_NONE;
}

static Value builtin_richcompare(Value a, Value b, int op)
{
    if ((op != 2 && op != 3) || !IS_TYPE(a, &BuiltinFunctionType) || !IS_TYPE(b, &BuiltinFunctionType))
        return NOTIMPLEMENTED;
    BuiltinObj *x = (BuiltinObj *)AS_OBJ(a), *y = (BuiltinObj *)AS_OBJ(b);
    int eq = x->def == y->def && x->self == y->self;
    return BOOL_VAL(op == 2 ? eq : !eq);
}

static int64_t builtin_hash(Value self)
{
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    int64_t h = (int64_t)((uintptr_t)b->def >> 4) ^ (b->self ? obj_identity_hash(b->self) : 0);
    return h == -1 ? -2 : h;
}

static const GetSetDef builtin_getsets[] = {
    {"__name__", b_get_name, NULL},
    {"__qualname__", b_get_qualname, NULL},
    {"__self__", b_get_self, NULL},
    {"__module__", b_get_module, NULL},
    {"__doc__", b_get_doc, NULL},
    {NULL, NULL, NULL},
};

static Value builtin_sizeof(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)args;
    if (arg_no_kw("__sizeof__", kwnames) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0) return VNULL;
    return MAKE_SMALL(56);
}

static const MethodDef builtin_methods[] = {
    {"__sizeof__", builtin_sizeof, 0},
    {NULL, NULL, 0},
};

Type BuiltinFunctionType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinObj),
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcompare = builtin_richcompare,
    .getattr = obj_generic_getattr,
    .call = builtin_call,
    .methods = builtin_methods,
    .getsets = builtin_getsets,
};
