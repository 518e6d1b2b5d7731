/* `object`: the root of every class, with the default behaviours CPython gives it. */
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "containers.h"
#include "gc.h"

void object_dealloc(Obj *o) { obj_free(o); }

int64_t obj_identity_hash(Value v) {
    /* CPython's pointer hash: low bits of an aligned address carry no information. */
    uintptr_t y = (uintptr_t)v;
    y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

int64_t obj_hash_not_implemented(Value v) {
    err_format(ExcTypeError, "unhashable type: '%s'", type_name(v));
    return -1;
}

Value object_repr(Value self) {
    Type *t = TYPE(self);
    Value mod = VNULL;
    if (IS_HEAPTYPE(t)) {
        mod = dict_get_str(t->dict, NAME(__module__));
        if (mod && !IS_STR(mod)) mod = VNULL;
    } else {
        mod = t->module_v;
    }
    Value qn = t->qualname_v ? t->qualname_v : t->name_v;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)AS_OBJ(self));
    if (mod && qn && !str_eq_cstr(mod, "builtins"))
        return str_fromformat("<%U.%U object at %s>", mod, qn, addr);
    return str_fromformat("<%s object at %s>", t->name, addr);
}

static Value object_str(Value self) { return obj_repr(self); }

Value object_richcompare(Value a, Value b, int op) {
    switch (op) {
    case 2: /* == */
        return a == b ? TRUE_VAL : NOTIMPLEMENTED;
    case 3: { /* != : the inverse of ==, unless == does not know */
        RichCmpFn eq = TYPE(a)->richcompare;
        if (!eq) return NOTIMPLEMENTED;
        Value r = eq(a, b, 2);
        if (!r || r == NOTIMPLEMENTED) return r;
        int t = obj_truthy(r);
        DECREF(r);
        if (t < 0) return VNULL;
        return BOOL_VAL(!t);
    }
    default:
        return NOTIMPLEMENTED;
    }
}

static bool excess_args(size_t nargs, Value kwnames) {
    return nargs || (kwnames && TUPLE_LEN(kwnames));
}

/* "Can't instantiate abstract class A with abstract methods f, g" (names sorted). */
static void abstract_error(Type *t) {
    Value am = dict_get_cstr(t->dict, "__abstractmethods__");
    Value names = am ? list_from_iterable(am) : list_new(0);
    if (!names || list_sort(names, VNULL, false) < 0) {
        XDECREF(names);
        return;
    }
    Value sep = str_from_cstr(", ");
    Value joined = sep ? str_join(sep, names) : VNULL;
    XDECREF(sep);
    if (joined)
        err_format(ExcTypeError, "Can't instantiate abstract class %s with abstract method%s %U", t->name,
                   LIST_LEN(names) == 1 ? "" : "s", joined);
    XDECREF(joined);
    DECREF(names);
}

Value object_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != object_new) {
            err_set(ExcTypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            return VNULL;
        }
        if (t->init == object_init) {
            err_format(ExcTypeError, "%s() takes no arguments", t->name);
            return VNULL;
        }
    }
    if (IS_HEAPTYPE(t) && HEAPTYPE(t)->abstract) {
        abstract_error(t);
        return VNULL;
    }
    Obj *o = obj_alloc(t);
    return o ? OBJ_VAL(o) : VNULL;
}

int object_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    Type *t = TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->init != object_init) {
            err_set(ExcTypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            err_format(ExcTypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                       t->name);
            return -1;
        }
    }
    return 0;
}

Value obj_get_dict(Value obj) {
    Value *dp = obj_dict_ptr(obj);
    if (!dp) {
        err_no_attribute(obj, NAME(__dict__));
        return VNULL;
    }
    if (!*dp && !(*dp = dict_new())) return VNULL;
    gc_track(AS_OBJ(*dp));   /* no longer the instance's alone (gc.h: owned dicts) */
    return NEWREF(*dp);
}

/* ---- __class__ ---- */

static Value object_get_class(Value self) { return NEWREF(OBJ_VAL(TYPE(self))); }

static bool same_layout(Type *a, Type *b) {
    if (a->basicsize != b->basicsize || a->itemsize != b->itemsize || a->dictoffset != b->dictoffset)
        return false;
    Type *sa = a, *sb = b;
    while (IS_HEAPTYPE(sa)) sa = sa->base;
    while (IS_HEAPTYPE(sb)) sb = sb->base;
    if (sa != sb) return false;
    /* __slots__ members must sit at the same places under the same names. */
    for (Type *x = a, *y = b; x && y; x = x->base, y = y->base) {
        if (!IS_HEAPTYPE(x) && !IS_HEAPTYPE(y)) break;
        size_t nx = IS_HEAPTYPE(x) ? HEAPTYPE(x)->nslots : 0, ny = IS_HEAPTYPE(y) ? HEAPTYPE(y)->nslots : 0;
        if (nx != ny) return false;
    }
    return true;
}

static int object_set_class(Value self, Value v) {
    if (!v) {
        err_set(ExcTypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!IS_TYPEOBJ(v)) {
        err_format(ExcTypeError, "__class__ must be set to a class, not '%s' object", type_name(v));
        return -1;
    }
    Type *old = TYPE(self), *nt = (Type *)AS_OBJ(v);
    if (IS_SMALL(self) || !IS_HEAPTYPE(old) || !IS_HEAPTYPE(nt)) {
        bool modsub = type_is_subtype(old, &ModuleType) && type_is_subtype(nt, &ModuleType);
        if (!modsub) {
            err_set(ExcTypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            return -1;
        }
    }
    /* A GC header sits in front of the object or not (vm/gc.h): that is layout too. */
    if (!same_layout(old, nt) || (old->flags & TPFLAG_GC) != (nt->flags & TPFLAG_GC)) {
        err_format(ExcTypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name, old->name);
        return -1;
    }
    if (IS_HEAPTYPE(nt)) INCREF(v);
    AS_OBJ(self)->type = nt;
    if (IS_HEAPTYPE(old)) DECREF(OBJ_VAL(old));
    return 0;
}

/* ---- methods ---- */

static Value object_format_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_no_kw("__format__", kwnames) < 0 || arg_count("__format__", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0])) {
        err_format(ExcTypeError, "__format__() argument must be str, not %s", type_name(args[0]));
        return VNULL;
    }
    if (STR_SIZE(args[0])) {
        err_format(ExcTypeError, "unsupported format string passed to %s.__format__", type_name(self));
        return VNULL;
    }
    return obj_str(self);
}

static Value object_dir_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_no_kw("__dir__", kwnames) < 0 || arg_count("__dir__", nargs, 0, 0) < 0) return VNULL;
    Value d = dict_new();
    if (!d) return VNULL;
    Value *dp = obj_dict_ptr(self);
    if (dp && *dp && IS_DICT(*dp) && dict_update(d, *dp) < 0) goto fail;
    if (type_is_subtype(TYPE(self), &ModuleType)) {   /* a module lists its namespace only */
        Value r = dict_keys_list(d);
        DECREF(d);
        return r;
    }
    Value cls = obj_getattr_opt(self, NAME(__class__));
    if (!cls && err_occurred()) goto fail;
    if (cls && IS_TYPEOBJ(cls)) {
        Value mro = ((Type *)AS_OBJ(cls))->mro;
        for (size_t i = 0; mro && i < TUPLE_LEN(mro); i++) {
            Value cd = ((Type *)AS_OBJ(TUPLE_ITEMS(mro)[i]))->dict;
            size_t pos = 0;
            Value k, v;
            while (cd && dict_next(cd, &pos, &k, &v))
                if (!dict_get(d, k) && dict_set(d, k, NONE) < 0) { DECREF(cls); goto fail; }
        }
    }
    XDECREF(cls);
    Value r = dict_keys_list(d);
    DECREF(d);
    return r;
fail:
    DECREF(d);
    return VNULL;
}

static Value object_init_subclass(Value cls, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (kwnames && TUPLE_LEN(kwnames)) {
        if (IS_TYPEOBJ(cls))
            err_format(ExcTypeError, "%U.__init_subclass__() takes no keyword arguments",
                       ((Type *)AS_OBJ(cls))->qualname_v);
        else
            err_format(ExcTypeError, "%s.__init_subclass__() takes no keyword arguments", type_name(cls));
        return VNULL;
    }
    if (nargs) {
        err_format(ExcTypeError, "%s.__init_subclass__() takes no arguments (%d given)",
                   IS_TYPEOBJ(cls) ? ((Type *)AS_OBJ(cls))->name : type_name(cls), (int)nargs);
        return VNULL;
    }
    RETURN_NONE;
}

static Value object_subclasshook(Value cls, const Value *args, size_t nargs, Value kwnames) {
    (void)cls; (void)args; (void)nargs; (void)kwnames;
    return NOTIMPLEMENTED;
}

static Value object_sizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_no_kw("__sizeof__", kwnames) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0) return VNULL;
    return int_from_u64(TYPE(self)->basicsize);
}

/* object.__getstate__(): the instance dict (None when empty), plus the __slots__ values. */
static Value object_getstate_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_no_kw("__getstate__", kwnames) < 0 || arg_count("__getstate__", nargs, 0, 0) < 0) return VNULL;
    Value *dp = obj_dict_ptr(self);
    Value state = dp && *dp && dict_len(*dp) > 0 ? NEWREF(*dp) : NONE;
    if (state != NONE) gc_track(AS_OBJ(state));   /* shared now (gc.h: owned dicts) */
    Value slots = VNULL;
    for (Type *t = TYPE(self); t && IS_HEAPTYPE(t); t = t->base) {
        HeapType *h = HEAPTYPE(t);
        for (size_t i = 0; i < h->nslots; i++) {
            Value v = *(Value *)((char *)AS_OBJ(self) + h->slots_offset + i * sizeof(Value));
            if (!v) continue;
            if (!slots && !(slots = dict_new())) { DECREF(state); return VNULL; }
            if (dict_set(slots, TUPLE_ITEMS(h->slot_names)[i], v) < 0) {
                DECREF(slots);
                DECREF(state);
                return VNULL;
            }
        }
    }
    if (!slots) return state;
    Value r = tuple_pack(2, state, slots);
    DECREF(state);
    DECREF(slots);
    return r;
}

/* The reconstructor __reduce_ex__ names: cls.__new__(cls, *args). */
static Value newobj_fn(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("__newobj__", kwnames) < 0) return VNULL;
    if (nargs < 1 || !IS_TYPEOBJ(args[0])) {
        err_set(ExcTypeError, "__newobj__ expects a class as its first argument");
        return VNULL;
    }
    Value f = obj_getattr(args[0], NAME(__new__));
    if (!f) return VNULL;
    Value r = obj_call(f, args, nargs, VNULL);
    DECREF(f);
    return r;
}
static const MethodDef newobj_def = {"__newobj__", newobj_fn, 0};

/* object.__reduce_ex__(protocol): (reconstructor, (cls, *__getnewargs__()), state, None, None),
 * enough for a copy module to rebuild plain instances. */
static Value object_reduce_m(Value self, const Value *args, size_t nargs, Value kwnames);
static Value reduce_common(Value self);

/* set and frozenset (and their subclasses) reduce as CPython's set.__reduce__ does:
 * (type(self), (list(self),), self.__dict__ or None). */
static Value reduce_set(Value self) {
    Value items = obj_call1(OBJ_VAL(&ListType), self);
    if (!items) return VNULL;
    Value args = tuple_pack(1, items);
    DECREF(items);
    if (!args) return VNULL;
    Value state = obj_getattr_opt(self, NAME(__dict__));
    if (!state && err_occurred()) { DECREF(args); return VNULL; }
    Value r = tuple_pack(3, OBJ_VAL(TYPE(self)), args, state ? state : NONE);
    XDECREF(state);
    DECREF(args);
    return r;
}

static Value object_reduce_ex_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_no_kw("__reduce_ex__", kwnames) < 0 || arg_count("__reduce_ex__", nargs, 0, 1) < 0) return VNULL;
    /* An overridden __reduce__ wins, as with copyreg's protocol. */
    Value red = type_lookup(TYPE(self), NAME(__reduce__));
    Value base_red = type_lookup(&ObjectType, NAME(__reduce__));
    if (red && red != base_red) {
        bool found;
        Value r = call_special(self, NAME(__reduce__), NULL, 0, &found);
        if (found) return r;
    }
    return reduce_common(self);
}

static Value reduce_common(Value self) {
    Type *t = TYPE(self);
    if (type_is_subtype(t, &SetType) || type_is_subtype(t, &FrozenSetType)) return reduce_set(self);
    bool is_list = type_is_subtype(t, &ListType), is_dict = type_is_subtype(t, &DictType);
    if (!IS_HEAPTYPE(t) && t->new_ != object_new && t != &ObjectType && !is_list && !is_dict) {
        err_format(ExcTypeError, "cannot pickle '%s' object", t->name);
        return VNULL;
    }
    Value cls = OBJ_VAL(t);
    Value newargs;
    bool found;
    Value extra = call_special(self, NAME(__getnewargs__), NULL, 0, &found);
    if (found) {
        if (!extra) return VNULL;
        if (!IS_TUPLE(extra)) {
            err_format(ExcTypeError, "__getnewargs__ should return a tuple, not '%s'", type_name(extra));
            DECREF(extra);
            return VNULL;
        }
        newargs = tuple_new(TUPLE_LEN(extra) + 1);
        if (newargs) {
            TUPLE_ITEMS(newargs)[0] = NEWREF(cls);
            for (size_t i = 0; i < TUPLE_LEN(extra); i++) TUPLE_ITEMS(newargs)[i + 1] = NEWREF(TUPLE_ITEMS(extra)[i]);
        }
        DECREF(extra);
    } else {
        newargs = tuple_pack(1, cls);
    }
    if (!newargs) return VNULL;
    Value state = obj_call_method(self, "__getstate__", NULL, 0);
    /* list and dict subclasses carry their items: listitems / dictitems iterators */
    Value listitems = NEWREF(NONE), dictitems = NEWREF(NONE);
    if (state && is_list) {
        DECREF(listitems);
        listitems = obj_iter(self);
    }
    if (state && listitems && is_dict) {
        Value items = obj_call_method(self, "items", NULL, 0);
        DECREF(dictitems);
        dictitems = items ? obj_iter(items) : VNULL;
        XDECREF(items);
    }
    Value fn = state && listitems && dictitems ? builtin_new(&newobj_def, VNULL) : VNULL;
    Value r = fn ? tuple_pack(5, fn, newargs, state, listitems, dictitems) : VNULL;
    XDECREF(fn);
    XDECREF(state);
    XDECREF(listitems);
    XDECREF(dictitems);
    DECREF(newargs);
    return r;
}

static Value object_reduce_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_no_kw("__reduce__", kwnames) < 0 || arg_count("__reduce__", nargs, 0, 0) < 0) return VNULL;
    return reduce_common(self);
}

static const MethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex_m, 0},
    {"__reduce__", object_reduce_m, 0},
    {"__getstate__", object_getstate_m, 0},
    {"__format__", object_format_m, 0},
    {"__dir__", object_dir_m, 0},
    {"__init_subclass__", object_init_subclass, METH_CLASS},
    {"__subclasshook__", object_subclasshook, METH_CLASS},
    {"__sizeof__", object_sizeof, 0},
    {NULL, NULL, 0},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

Type ObjectType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "object",
    .basicsize = sizeof(Obj),
    .flags = TPFLAG_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = obj_identity_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};
