/* Descriptors of C types (methods, getsets, __slots__ members, slot wrappers) and the
 * Python-level descriptor types: property, staticmethod, classmethod. super is in super.c. */
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "objutil.h"

static bool instance_of(Value obj, Type *t) { return TYPE(obj) == t || type_is_subtype(TYPE(obj), t); }

static int descr_check(Value obj, Type *t, Value name) {
    if (instance_of(obj, t)) return 0;
    err_format(ExcTypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
               name, t->name, type_name(obj));
    return -1;
}

static Value descr_repr_fmt(const char *kind, Type *t, Value name) {
    return str_fromformat("<%s '%U' of '%s' objects>", kind, name, t->name);
}

/* ---- method descriptors: a MethodDef in a C type's dict ---- */

#define MD(v) ((MethodDescrObj *)AS_OBJ(v))

/* METH_STATIC methods go into the dict as staticmethod(builtin) and METH_CLASS ones as a
 * classmethod_descriptor, as CPython does, so only plain methods are MethodDescrType (which
 * the VM's LOAD_METHOD may call with the instance as first argument). */
Value descr_new_method(Type *t, const MethodDef *def) {
    if (def->flags & METH_STATIC) {
        Value b = builtin_new(def, OBJ_VAL(t));
        if (!b) return VNULL;
        Value sm = staticmethod_new(b);
        DECREF(b);
        return sm;
    }
    Value name = str_intern_cstr(def->name);
    if (!name) return VNULL;
    Obj *o = obj_alloc(def->flags & METH_CLASS ? &ClassMethodDescrType : &MethodDescrType);
    if (!o) { DECREF(name); return VNULL; }
    MethodDescrObj *d = (MethodDescrObj *)o;
    d->type = t;
    d->def = def;
    d->name = name;
    return OBJ_VAL(o);
}

static void methoddescr_dealloc(Obj *o) {
    CLEAR(((MethodDescrObj *)o)->name);
    obj_free(o);
}

static Value methoddescr_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    MethodDescrObj *d = MD(self);
    if (d->def->flags & METH_STATIC) return d->def->fn(OBJ_VAL(d->type), args, nargs, kwnames);
    if (nargs < 1) {
        err_format(ExcTypeError, "unbound method %s.%U() needs an argument", d->type->name, d->name);
        return VNULL;
    }
    if (d->def->flags & METH_CLASS) {
        if (!IS_TYPEOBJ(args[0])) {
            err_format(ExcTypeError, "descriptor '%U' for type '%s' needs a type, not a '%s' as arg 2",
                       d->name, d->type->name, type_name(args[0]));
            return VNULL;
        }
    } else if (descr_check(args[0], d->type, d->name) < 0) {
        return VNULL;
    }
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value methoddescr_get(Value self, Value obj, Value type) {
    MethodDescrObj *d = MD(self);
    if (d->def->flags & METH_CLASS) {
        Value cls = type ? type : OBJ_VAL(TYPE(obj));
        return builtin_new(d->def, cls);
    }
    if (d->def->flags & METH_STATIC) return builtin_new(d->def, OBJ_VAL(d->type));
    if (!obj) return NEWREF(self);
    if (descr_check(obj, d->type, d->name) < 0) return VNULL;
    return builtin_new(d->def, obj);
}

static Value methoddescr_repr(Value self) { return descr_repr_fmt("method", MD(self)->type, MD(self)->name); }

/* Shared getters: every descriptor struct starts with {hdr, type, ...} and has a name. */
static Value descr_get_name_of(Value self) {
    if (IS_TYPE(self, &MethodDescrType) || IS_TYPE(self, &ClassMethodDescrType)) return NEWREF(MD(self)->name);
    if (IS_TYPE(self, &GetSetDescrType)) return NEWREF(((GetSetDescrObj *)AS_OBJ(self))->name);
    if (IS_TYPE(self, &MemberDescrType)) return NEWREF(((MemberDescrObj *)AS_OBJ(self))->name);
    return NEWREF(((SlotWrapperObj *)AS_OBJ(self))->name);
}
static Value descr_get_objclass(Value self) { return NEWREF(OBJ_VAL(MD(self)->type)); }
static Value descr_get_qualname(Value self) {
    Value name = descr_get_name_of(self);
    if (!name) return VNULL;
    Value r = str_fromformat("%U.%U", MD(self)->type->qualname_v, name);
    DECREF(name);
    return r;
}
static Value descr_get_doc(Value self) { (void)self; RETURN_NONE; }

static const GetSetDef descr_getsets[] = {
    {"__name__", descr_get_name_of, NULL},
    {"__qualname__", descr_get_qualname, NULL},
    {"__objclass__", descr_get_objclass, NULL},
    {"__doc__", descr_get_doc, NULL},
    {NULL, NULL, NULL},
};

Type MethodDescrType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .dealloc = methoddescr_dealloc,
    .repr = methoddescr_repr,
    .call = methoddescr_call,
    .descr_get = methoddescr_get,
    .getsets = descr_getsets,
};

Type ClassMethodDescrType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .dealloc = methoddescr_dealloc,
    .repr = methoddescr_repr,
    .call = methoddescr_call,
    .descr_get = methoddescr_get,
    .getsets = descr_getsets,
};

/* ---- getset descriptors ---- */

#define GS(v) ((GetSetDescrObj *)AS_OBJ(v))

Value descr_new_getset(Type *t, const GetSetDef *def) {
    Value name = str_intern_cstr(def->name);
    if (!name) return VNULL;
    Obj *o = obj_alloc(&GetSetDescrType);
    if (!o) { DECREF(name); return VNULL; }
    GetSetDescrObj *d = (GetSetDescrObj *)o;
    d->type = t;
    d->def = def;
    d->name = name;
    return OBJ_VAL(o);
}

static void getset_dealloc(Obj *o) {
    CLEAR(((GetSetDescrObj *)o)->name);
    obj_free(o);
}

static Value getset_get(Value self, Value obj, Value type) {
    (void)type;
    GetSetDescrObj *d = GS(self);
    if (!obj) return NEWREF(self);
    if (descr_check(obj, d->type, d->name) < 0) return VNULL;
    if (!d->def->get) {
        err_format(ExcAttributeError, "attribute '%U' of '%s' objects is not readable", d->name, d->type->name);
        return VNULL;
    }
    return d->def->get(obj);
}

static int getset_set(Value self, Value obj, Value v) {
    GetSetDescrObj *d = GS(self);
    if (descr_check(obj, d->type, d->name) < 0) return -1;
    if (!d->def->set) {
        err_format(ExcAttributeError, "attribute '%U' of '%s' objects is not writable", d->name, d->type->name);
        return -1;
    }
    return d->def->set(obj, v);
}

static Value getset_repr(Value self) { return descr_repr_fmt("attribute", GS(self)->type, GS(self)->name); }

Type GetSetDescrType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObj),
    .dealloc = getset_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = descr_getsets,
};

/* ---- member descriptors (__slots__) ---- */

#define MEM(v) ((MemberDescrObj *)AS_OBJ(v))

Value descr_new_member(Type *t, Value name, size_t offset) {
    Obj *o = obj_alloc(&MemberDescrType);
    if (!o) return VNULL;
    MemberDescrObj *d = (MemberDescrObj *)o;
    d->type = t;
    d->name = NEWREF(name);
    d->offset = offset;
    return OBJ_VAL(o);
}

static void member_dealloc(Obj *o) {
    CLEAR(((MemberDescrObj *)o)->name);
    obj_free(o);
}

static Value member_get(Value self, Value obj, Value type) {
    (void)type;
    MemberDescrObj *d = MEM(self);
    if (!obj) return NEWREF(self);
    if (descr_check(obj, d->type, d->name) < 0) return VNULL;
    Value v = *(Value *)((char *)AS_OBJ(obj) + d->offset);
    if (!v) {
        err_no_attribute(obj, d->name);
        return VNULL;
    }
    return NEWREF(v);
}

static int member_set(Value self, Value obj, Value v) {
    MemberDescrObj *d = MEM(self);
    if (descr_check(obj, d->type, d->name) < 0) return -1;
    Value *slot = (Value *)((char *)AS_OBJ(obj) + d->offset);
    if (!v && !*slot) {
        err_set_object(ExcAttributeError, d->name);   /* CPython's message: just the name */
        return -1;
    }
    Value old = *slot;
    *slot = v ? NEWREF(v) : VNULL;
    XDECREF(old);
    return 0;
}

static Value member_repr(Value self) { return descr_repr_fmt("member", MEM(self)->type, MEM(self)->name); }

Type MemberDescrType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObj),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = descr_getsets,
};

/* ---- slot wrappers ---- */

#define SW(v) ((SlotWrapperObj *)AS_OBJ(v))

Value descr_new_slotwrapper(Type *t, Value name, int kind, int arg, void (*fn)(void)) {
    Obj *o = obj_alloc(&SlotWrapperType);
    if (!o) return VNULL;
    SlotWrapperObj *w = (SlotWrapperObj *)o;
    w->type = t;
    w->name = NEWREF(name);
    w->kind = kind;
    w->arg = arg;
    w->fn = fn;
    return OBJ_VAL(o);
}

static void slotwrapper_dealloc(Obj *o) {
    CLEAR(((SlotWrapperObj *)o)->name);
    obj_free(o);
}

static int wrapper_nargs(size_t got, size_t want) {
    if (got == want) return 0;
    err_format(ExcTypeError, "expected %d argument%s, got %d", (int)want, want == 1 ? "" : "s", (int)got);
    return -1;
}

static bool attr_name_ok(Value name) {
    if (IS_STR(name)) return true;
    err_format(ExcTypeError, "attribute name must be string, not '%s'", type_name(name));
    return false;
}

static Value none_or_error(int r) {
    if (r < 0) return VNULL;
    RETURN_NONE;
}

bool typeslots_is_generic_new(NewFn f);

static Value slotwrapper_new_call(SlotWrapperObj *w, const Value *args, size_t nargs, Value kwnames) {
    Type *t = w->type;
    if (nargs < 1) {
        err_format(ExcTypeError, "%s.__new__(): not enough arguments", t->name);
        return VNULL;
    }
    if (!IS_TYPEOBJ(args[0])) {
        err_format(ExcTypeError, "%s.__new__(X): X is not a type object (%s)", t->name, type_name(args[0]));
        return VNULL;
    }
    Type *sub = (Type *)AS_OBJ(args[0]);
    if (!type_is_subtype(sub, t)) {
        err_format(ExcTypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name, sub->name,
                   t->name);
        return VNULL;
    }
    /* The C layout must be built by the nearest C constructor: object.__new__(list) would
     * make an object without a list's fields. */
    Type *sb = sub;
    while (sb && sb->new_ && typeslots_is_generic_new(sb->new_)) sb = sb->base;
    if (sb && sb->new_ != (NewFn)w->fn) {
        err_format(ExcTypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name, sub->name, sb->name);
        return VNULL;
    }
    return ((NewFn)w->fn)(sub, args + 1, nargs - 1, kwnames);
}

Value slotwrapper_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    SlotWrapperObj *w = SW(self);
    if (w->kind == SLOTKIND_NEW) return slotwrapper_new_call(w, args, nargs, kwnames);
    if (nargs < 1) {
        err_format(ExcTypeError, "descriptor '%U' of '%s' object needs an argument", w->name, w->type->name);
        return VNULL;
    }
    Value obj = args[0];
    if (!instance_of(obj, w->type)) {
        err_format(ExcTypeError, "descriptor '%U' requires a '%s' object but received a '%s'", w->name,
                   w->type->name, type_name(obj));
        return VNULL;
    }
    args++;
    nargs--;
    if (w->kind != SLOTKIND_CALL && w->kind != SLOTKIND_INIT && kwnames && TUPLE_LEN(kwnames)) {
        err_format(ExcTypeError, "wrapper %U() takes no keyword arguments", w->name);
        return VNULL;
    }
    switch (w->kind) {
    case SLOTKIND_REPR: case SLOTKIND_STR: case SLOTKIND_ITER: case SLOTKIND_UNARY:
        if (wrapper_nargs(nargs, 0) < 0) return VNULL;
        return ((UnaryFn)w->fn)(obj);
    case SLOTKIND_NEXT: {
        if (wrapper_nargs(nargs, 0) < 0) return VNULL;
        Value r = ((UnaryFn)w->fn)(obj);
        if (!r && !err_occurred()) err_set_stopiteration(NONE);
        return r;
    }
    case SLOTKIND_HASH: {
        if (wrapper_nargs(nargs, 0) < 0) return VNULL;
        int64_t h = ((HashFn)w->fn)(obj);
        return h == -1 && err_occurred() ? VNULL : int_from_i64(h);
    }
    case SLOTKIND_RICHCMP:
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        return ((RichCmpFn)w->fn)(obj, args[0], w->arg);
    case SLOTKIND_BINOP:
        if (w->arg == 7 && nargs == 2) {   /* __pow__(x, mod) */
            if (!w->type->nb_pow3) return NOTIMPLEMENTED;
            return w->type->nb_pow3(obj, args[0], args[1]);
        }
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        return ((BinaryFn)w->fn)(obj, args[0]);
    case SLOTKIND_RBINOP:
        if (w->arg == 7 && nargs == 2) return NOTIMPLEMENTED;
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        return ((BinaryFn)w->fn)(args[0], obj);
    case SLOTKIND_IBINOP:
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        return ((BinaryFn)w->fn)(obj, args[0]);
    case SLOTKIND_POW3:
        if (wrapper_nargs(nargs, 2) < 0) return VNULL;
        return ((TernaryFn)w->fn)(obj, args[0], args[1]);
    case SLOTKIND_BOOL: {
        if (wrapper_nargs(nargs, 0) < 0) return VNULL;
        int r = ((InquiryFn)w->fn)(obj);
        return r < 0 ? VNULL : BOOL_VAL(r);
    }
    case SLOTKIND_LEN: {
        if (wrapper_nargs(nargs, 0) < 0) return VNULL;
        intptr_t n = ((LenFn)w->fn)(obj);
        return n < 0 ? VNULL : int_from_i64(n);
    }
    case SLOTKIND_GETITEM:
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        return ((BinaryFn)w->fn)(obj, args[0]);
    case SLOTKIND_SETITEM:
        if (wrapper_nargs(nargs, 2) < 0) return VNULL;
        return none_or_error(((SetItemFn)w->fn)(obj, args[0], args[1]));
    case SLOTKIND_DELITEM:
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        return none_or_error(((SetItemFn)w->fn)(obj, args[0], VNULL));
    case SLOTKIND_CONTAINS: {
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        int r = ((ContainsFn)w->fn)(obj, args[0]);
        return r < 0 ? VNULL : BOOL_VAL(r);
    }
    case SLOTKIND_CALL:
        return ((CallFn)w->fn)(obj, args, nargs, kwnames);
    case SLOTKIND_INIT:
        return none_or_error(((InitFn)w->fn)(obj, args, nargs, kwnames));
    case SLOTKIND_GET: {
        if (nargs < 1 || nargs > 2) {
            err_format(ExcTypeError, "expected 1 or 2 arguments, got %d", (int)nargs);
            return VNULL;
        }
        Value inst = args[0] == NONE ? VNULL : args[0];
        Value type = nargs == 2 && args[1] != NONE ? args[1] : VNULL;
        if (!inst && !type) {
            err_set(ExcTypeError, "__get__(None, None) is invalid");
            return VNULL;
        }
        return ((DescrGetFn)w->fn)(obj, inst, type);
    }
    case SLOTKIND_SET:
        if (wrapper_nargs(nargs, 2) < 0) return VNULL;
        return none_or_error(((DescrSetFn)w->fn)(obj, args[0], args[1]));
    case SLOTKIND_DELETE:
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        return none_or_error(((DescrSetFn)w->fn)(obj, args[0], VNULL));
    case SLOTKIND_GETATTRIBUTE:
        if (wrapper_nargs(nargs, 1) < 0) return VNULL;
        if (!attr_name_ok(args[0])) return VNULL;
        return ((GetAttrFn)w->fn)(obj, args[0]);
    case SLOTKIND_SETATTR:
    case SLOTKIND_DELATTR: {
        size_t want = w->kind == SLOTKIND_SETATTR ? 2 : 1;
        if (wrapper_nargs(nargs, want) < 0) return VNULL;
        if (!attr_name_ok(args[0])) return VNULL;
        /* object.__setattr__ must not bypass a type's own rules (immutable builtins). */
        if (IS_TYPEOBJ(obj) && (SetAttrFn)w->fn == obj_generic_setattr) {
            err_format(ExcTypeError, "can't apply this %U to type object", w->name);
            return VNULL;
        }
        return none_or_error(((SetAttrFn)w->fn)(obj, args[0], want == 2 ? args[1] : VNULL));
    }
    default:
        err_set(ExcSystemError, "bad slot wrapper");
        return VNULL;
    }
}

/* A slot wrapper bound to an instance: <method-wrapper '__init__' of Foo object at 0x...>. */
typedef struct MethodWrapperObj { Obj hdr; Value wrapper; Value self; } MethodWrapperObj;
#define MW(v) ((MethodWrapperObj *)AS_OBJ(v))
Type MethodWrapperType;

static Value slotwrapper_get(Value self, Value obj, Value type) {
    (void)type;
    SlotWrapperObj *w = SW(self);
    if (!obj || w->kind == SLOTKIND_NEW) return NEWREF(self);
    if (descr_check(obj, w->type, w->name) < 0) return VNULL;
    Obj *o = obj_alloc(&MethodWrapperType);
    if (!o) return VNULL;
    ((MethodWrapperObj *)o)->wrapper = NEWREF(self);
    ((MethodWrapperObj *)o)->self = NEWREF(obj);
    return OBJ_VAL(o);
}

static void methodwrapper_dealloc(Obj *o) {
    CLEAR(((MethodWrapperObj *)o)->wrapper);
    CLEAR(((MethodWrapperObj *)o)->self);
    obj_free(o);
}

static Value methodwrapper_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_call_prepend(MW(self)->wrapper, MW(self)->self, args, nargs, kwnames);
}

static Value methodwrapper_repr(Value self) {
    Value s = MW(self)->self;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", IS_SMALL(s) ? (void *)s : (void *)AS_OBJ(s));
    return str_fromformat("<method-wrapper '%U' of %s object at %s>", SW(MW(self)->wrapper)->name,
                          type_name(s), addr);
}

static Value methodwrapper_richcompare(Value a, Value b, int op) {
    if ((op != 2 && op != 3) || !IS_TYPE(b, &MethodWrapperType)) return NOTIMPLEMENTED;
    bool eq = MW(a)->wrapper == MW(b)->wrapper && MW(a)->self == MW(b)->self;
    return BOOL_VAL(op == 2 ? eq : !eq);
}

static int64_t methodwrapper_hash(Value self) {
    int64_t h = obj_identity_hash(MW(self)->self) ^ obj_identity_hash(MW(self)->wrapper);
    return h == -1 ? -2 : h;
}

static Value mw_name(Value self) { return NEWREF(SW(MW(self)->wrapper)->name); }
static Value mw_qualname(Value self) {
    SlotWrapperObj *w = SW(MW(self)->wrapper);
    return str_fromformat("%U.%U", w->type->qualname_v, w->name);
}
static Value mw_self(Value self) { return NEWREF(MW(self)->self); }
static Value mw_objclass(Value self) { return NEWREF(OBJ_VAL(SW(MW(self)->wrapper)->type)); }

static const GetSetDef methodwrapper_getsets[] = {
    {"__name__", mw_name, NULL},
    {"__qualname__", mw_qualname, NULL},
    {"__self__", mw_self, NULL},
    {"__objclass__", mw_objclass, NULL},
    {NULL, NULL, NULL},
};

Type MethodWrapperType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObj),
    .dealloc = methodwrapper_dealloc,
    .repr = methodwrapper_repr,
    .hash = methodwrapper_hash,
    .richcompare = methodwrapper_richcompare,
    .call = methodwrapper_call,
    .getsets = methodwrapper_getsets,
};

static Value slotwrapper_repr(Value self) { return descr_repr_fmt("slot wrapper", SW(self)->type, SW(self)->name); }

Type SlotWrapperType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapperObj),
    .dealloc = slotwrapper_dealloc,
    .repr = slotwrapper_repr,
    .call = slotwrapper_call,
    .descr_get = slotwrapper_get,
    .getsets = descr_getsets,
};

/* ---- property ---- */

/* Whether f says __isabstractmethod__ (true when the attribute is missing: 0); -1 on error. */
static int is_abstract(Value f) {
    Value v = obj_getattr_opt(f, NAME(__isabstractmethod__));
    if (!v) return err_occurred() ? -1 : 0;
    int t = obj_truthy(v);
    DECREF(v);
    return t;
}

#define PROP(v) ((PropertyObj *)AS_OBJ(v))

static Value property_alloc(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    Obj *o = obj_alloc(t);
    if (!o) return VNULL;
    PropertyObj *p = (PropertyObj *)o;
    p->fget = p->fset = p->fdel = p->doc = NONE;
    return OBJ_VAL(o);
}

static int property_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value a[4];
    if (arg_parse("property", args, nargs, kwnames, names, 4, 0, a) < 0) return -1;
    PropertyObj *p = PROP(self);
    Value fields[4];
    for (int i = 0; i < 4; i++) fields[i] = a[i] ? a[i] : NONE;
    Value doc = fields[3];
    Value docobj = VNULL;
    if (doc == NONE && fields[0] != NONE) {
        docobj = obj_getattr_opt(fields[0], NAME(__doc__));
        if (!docobj && err_occurred()) return -1;
        if (docobj) doc = docobj;
    }
    Value olds[4] = {p->fget, p->fset, p->fdel, p->doc};
    p->fget = NEWREF(fields[0]);
    p->fset = NEWREF(fields[1]);
    p->fdel = NEWREF(fields[2]);
    p->doc = NEWREF(doc);
    XDECREF(docobj);
    for (int i = 0; i < 4; i++) XDECREF(olds[i]);
    return 0;
}

Value property_new(Value fget, Value fset, Value fdel, Value doc) {
    Value p = property_alloc(&PropertyType, NULL, 0, VNULL);
    if (!p) return VNULL;
    Value args[4] = {fget ? fget : NONE, fset ? fset : NONE, fdel ? fdel : NONE, doc ? doc : NONE};
    if (property_init(p, args, 4, VNULL) < 0) { DECREF(p); return VNULL; }
    return p;
}

static void property_dealloc(Obj *o) {
    PropertyObj *p = (PropertyObj *)o;
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    CLEAR(p->name);
    obj_free(o);
}

static void property_error(PropertyObj *p, Value obj, const char *what) {
    Value qn = obj ? TYPE(obj)->qualname_v : VNULL;
    if (p->name && qn) err_format(ExcAttributeError, "property %R of %R object has no %s", p->name, qn, what);
    else if (qn) err_format(ExcAttributeError, "property of %R object has no %s", qn, what);
    else if (p->name) err_format(ExcAttributeError, "property %R has no %s", p->name, what);
    else err_format(ExcAttributeError, "property has no %s", what);
}

static Value property_get(Value self, Value obj, Value type) {
    (void)type;
    PropertyObj *p = PROP(self);
    if (!obj) return NEWREF(self);
    if (p->fget == NONE) {
        property_error(p, obj, "getter");
        return VNULL;
    }
    return obj_call1(p->fget, obj);
}

static int property_set(Value self, Value obj, Value v) {
    PropertyObj *p = PROP(self);
    Value f = v ? p->fset : p->fdel;
    if (f == NONE) {
        property_error(p, obj, v ? "setter" : "deleter");
        return -1;
    }
    Value r = v ? obj_call2(f, obj, v) : obj_call1(f, obj);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* getter/setter/deleter: a copy of the property with one function replaced. */
static Value property_copy(Value self, int which, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"property.getter", "property.setter", "property.deleter"};
    if (arg_no_kw(names[which], kwnames) < 0 || arg_count(names[which], nargs, 1, 1) < 0) return VNULL;
    PropertyObj *p = PROP(self);
    Value a[4] = {p->fget, p->fset, p->fdel, p->doc};
    a[which] = args[0];
    /* A doc taken from the old getter follows the new getter. */
    if (which == 0) a[3] = NONE;
    Value r = obj_call(OBJ_VAL(TYPE(self)), a, 4, VNULL);
    if (r && IS_TYPE(r, &PropertyType) && p->name) PROP(r)->name = NEWREF(p->name);
    return r;
}

static Value prop_getter(Value self, const Value *args, size_t nargs, Value kwnames) {
    return property_copy(self, 0, args, nargs, kwnames);
}
static Value prop_setter(Value self, const Value *args, size_t nargs, Value kwnames) {
    return property_copy(self, 1, args, nargs, kwnames);
}
static Value prop_deleter(Value self, const Value *args, size_t nargs, Value kwnames) {
    return property_copy(self, 2, args, nargs, kwnames);
}
static Value prop_set_name(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_no_kw("__set_name__", kwnames) < 0 || arg_count("__set_name__", nargs, 2, 2) < 0) return VNULL;
    PropertyObj *p = PROP(self);
    Value old = p->name;
    p->name = NEWREF(args[1]);
    XDECREF(old);
    RETURN_NONE;
}

static const MethodDef property_methods[] = {
    {"getter", prop_getter, 0},
    {"setter", prop_setter, 0},
    {"deleter", prop_deleter, 0},
    {"__set_name__", prop_set_name, 0},
    {NULL, NULL, 0},
};

static Value prop_fget(Value self) { return NEWREF(PROP(self)->fget); }
static Value prop_fset(Value self) { return NEWREF(PROP(self)->fset); }
static Value prop_fdel(Value self) { return NEWREF(PROP(self)->fdel); }
static Value prop_doc(Value self) { return NEWREF(PROP(self)->doc); }
static int prop_set_doc(Value self, Value v) {
    Value old = PROP(self)->doc;
    PROP(self)->doc = NEWREF(v ? v : NONE);
    XDECREF(old);
    return 0;
}
static Value prop_isabstract(Value self) {
    PropertyObj *p = PROP(self);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (fs[i] == NONE) continue;
        int t = is_abstract(fs[i]);
        if (t) return t < 0 ? VNULL : TRUE_VAL;
    }
    return FALSE_VAL;
}

static const GetSetDef property_getsets[] = {
    {"fget", prop_fget, NULL},
    {"fset", prop_fset, NULL},
    {"fdel", prop_fdel, NULL},
    {"__doc__", prop_doc, prop_set_doc},
    {"__isabstractmethod__", prop_isabstract, NULL},
    {NULL, NULL, NULL},
};

Type PropertyType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "property",
    .basicsize = sizeof(PropertyObj),
    .flags = TPFLAG_BASETYPE,
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_alloc,
    .init = property_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- staticmethod and classmethod ---- */

#define SM(v) ((StaticMethodObj *)AS_OBJ(v))

static Value funcwrap_alloc(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    Obj *o = obj_alloc(t);
    return o ? OBJ_VAL(o) : VNULL;
}

static int funcwrap_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    const char *name = type_is_subtype(TYPE(self), &StaticMethodType) ? "staticmethod" : "classmethod";
    if (arg_no_kw(name, kwnames) < 0) return -1;
    if (nargs != 1) {
        err_format(ExcTypeError, "%s expected 1 argument, got %d", name, (int)nargs);
        return -1;
    }
    Value old = SM(self)->func;
    SM(self)->func = NEWREF(args[0]);
    XDECREF(old);
    return 0;
}

static Value funcwrap_make(Type *t, Value func) {
    Obj *o = obj_alloc(t);
    if (!o) return VNULL;
    ((StaticMethodObj *)o)->func = NEWREF(func);
    return OBJ_VAL(o);
}
Value staticmethod_new(Value func) { return funcwrap_make(&StaticMethodType, func); }
Value classmethod_new(Value func) { return funcwrap_make(&ClassMethodType, func); }

static void funcwrap_dealloc(Obj *o) {
    CLEAR(((StaticMethodObj *)o)->func);
    CLEAR(((StaticMethodObj *)o)->dict);
    obj_free(o);
}

static Value funcwrap_check(Value self) {
    Value f = SM(self)->func;
    if (!f) err_set(ExcRuntimeError, "uninitialized staticmethod object");
    return f;
}

static Value staticmethod_get(Value self, Value obj, Value type) {
    (void)obj; (void)type;
    Value f = funcwrap_check(self);
    return f ? NEWREF(f) : VNULL;
}

static Value staticmethod_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value f = funcwrap_check(self);
    return f ? obj_call(f, args, nargs, kwnames) : VNULL;
}

static Value classmethod_get(Value self, Value obj, Value type) {
    Value f = funcwrap_check(self);
    if (!f) return VNULL;
    return method_new(f, type ? type : OBJ_VAL(TYPE(obj)));
}

static Value funcwrap_repr(Value self) {
    Value f = SM(self)->func;
    const char *n = type_is_subtype(TYPE(self), &StaticMethodType) ? "staticmethod" : "classmethod";
    if (!f) return str_fromformat("<%s(NULL)>", n);
    return str_fromformat("<%s(%R)>", n, f);
}

static Value funcwrap_func(Value self) {
    Value f = funcwrap_check(self);
    return f ? NEWREF(f) : VNULL;
}

static Value funcwrap_isabstract(Value self) {
    Value f = SM(self)->func;
    int t = f ? is_abstract(f) : 0;
    return t < 0 ? VNULL : BOOL_VAL(t);
}

/* __name__, __doc__ ... are looked up on the wrapped function when not set on the wrapper. */
static Value funcwrap_getattr(Value self, Value name) {
    Value r = obj_generic_getattr(self, name);
    if (r || !err_matches(ExcAttributeError) || !SM(self)->func) return r;
    if (str_eq_cstr(name, "__name__") || str_eq_cstr(name, "__qualname__") || str_eq_cstr(name, "__doc__") ||
        str_eq_cstr(name, "__module__") || str_eq_cstr(name, "__wrapped__")) {
        err_clear();
        if (str_eq_cstr(name, "__wrapped__")) return NEWREF(SM(self)->func);
        return obj_getattr(SM(self)->func, name);
    }
    return r;
}

static const GetSetDef funcwrap_getsets[] = {
    {"__func__", funcwrap_func, NULL},
    {"__isabstractmethod__", funcwrap_isabstract, NULL},
    {NULL, NULL, NULL},
};

Type StaticMethodType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "staticmethod",
    .basicsize = sizeof(StaticMethodObj),
    .flags = TPFLAG_BASETYPE,
    .dictoffset = offsetof(StaticMethodObj, dict),
    .dealloc = funcwrap_dealloc,
    .repr = funcwrap_repr,
    .getattr = funcwrap_getattr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .new_ = funcwrap_alloc,
    .init = funcwrap_init,
    .getsets = funcwrap_getsets,
};

Type ClassMethodType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "classmethod",
    .basicsize = sizeof(StaticMethodObj),
    .flags = TPFLAG_BASETYPE,
    .dictoffset = offsetof(StaticMethodObj, dict),
    .dealloc = funcwrap_dealloc,
    .repr = funcwrap_repr,
    .getattr = funcwrap_getattr,
    .descr_get = classmethod_get,
    .new_ = funcwrap_alloc,
    .init = funcwrap_init,
    .getsets = funcwrap_getsets,
};
