/* mappingproxy: the read-only view of a mapping that Foo.__dict__ returns. */
#include "object.h"
#include "objutil.h"

typedef struct MappingProxyObj { Obj hdr; Value mapping; } MappingProxyObj;
#define MP(v) (((MappingProxyObj *)AS_OBJ(v))->mapping)

Type MappingProxyType;

Value mappingproxy_new(Value mapping) {
    Obj *o = obj_alloc(&MappingProxyType);
    if (!o) return VNULL;
    ((MappingProxyObj *)o)->mapping = NEWREF(mapping);
    return OBJ_VAL(o);
}

static Value mp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)t;
    if (arg_no_kw("mappingproxy", kwnames) < 0 || arg_count("mappingproxy", nargs, 1, 1) < 0) return VNULL;
    Value m = args[0];
    if (IS_LIST(m) || IS_TUPLE(m) || !TYPE(m)->getitem) {
        err_format(ExcTypeError, "mappingproxy() argument must be a mapping, not %s", type_name(m));
        return VNULL;
    }
    return mappingproxy_new(m);
}

static void mp_dealloc(Obj *o) {
    CLEAR(((MappingProxyObj *)o)->mapping);
    obj_free(o);
}

static Value mp_repr(Value self) { return str_fromformat("mappingproxy(%R)", MP(self)); }
static Value mp_str(Value self) { return obj_str(MP(self)); }
static intptr_t mp_len(Value self) { return obj_len(MP(self)); }
static Value mp_getitem(Value self, Value key) { return obj_getitem(MP(self), key); }
static int mp_contains(Value self, Value key) { return obj_contains(MP(self), key); }
static Value mp_iter(Value self) { return obj_iter(MP(self)); }

static Value mp_richcompare(Value a, Value b, int op) {
    return obj_richcompare(MP(a), IS_TYPE(b, &MappingProxyType) ? MP(b) : b, op);
}

static Value mp_or(Value a, Value b) {
    Value x = IS_TYPE(a, &MappingProxyType) ? MP(a) : a;
    Value y = IS_TYPE(b, &MappingProxyType) ? MP(b) : b;
    return obj_binop(11 /* | */, x, y);
}

/* The read-only methods are the mapping's own, called with the same arguments. */
#define MP_DELEGATE(name) \
    static Value mp_##name(Value self, const Value *a, size_t n, Value kw) { \
        if (arg_no_kw("mappingproxy." #name, kw) < 0) return VNULL; \
        return obj_call_method(MP(self), #name, a, n); \
    }
MP_DELEGATE(keys)
MP_DELEGATE(values)
MP_DELEGATE(items)
MP_DELEGATE(get)
MP_DELEGATE(copy)
#undef MP_DELEGATE

static const MethodDef mp_methods[] = {
    {"keys", mp_keys, 0},
    {"values", mp_values, 0},
    {"items", mp_items, 0},
    {"get", mp_get, 0},
    {"copy", mp_copy, 0},
    {NULL, NULL, 0},
};

Type MappingProxyType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObj),
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .new_ = mp_new,
    .nb = {[11] = mp_or},
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .methods = mp_methods,
};
