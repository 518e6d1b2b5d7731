/* super(): attribute lookup that starts after a given class in the MRO of an object's type. */
#include "object.h"
#include "objutil.h"

#define SU(v) ((SuperObj *)AS_OBJ(v))

/* The type whose MRO super walks (a new reference): obj's type, or obj itself for
 * super(C, subclass). */
static Type *supercheck(Type *type, Value obj) {
    if (IS_TYPEOBJ(obj) && type_is_subtype((Type *)AS_OBJ(obj), type)) {
        INCREF(obj);
        return (Type *)AS_OBJ(obj);
    }
    if (type_is_subtype(TYPE(obj), type)) {
        INCREF(OBJ_VAL(TYPE(obj)));
        return TYPE(obj);
    }
    /* A proxy may claim the class through __class__. */
    Value cls = obj_getattr_opt(obj, NAME(__class__));
    if (cls) {
        if (cls != OBJ_VAL(TYPE(obj)) && IS_TYPEOBJ(cls) && type_is_subtype((Type *)AS_OBJ(cls), type))
            return (Type *)AS_OBJ(cls);
        DECREF(cls);
    } else if (err_occurred()) {
        return NULL;
    }
    err_set(ExcTypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_fill(SuperObj *su, Type *type, Value obj) {
    Type *obj_type = NULL;
    if (obj == NONE) obj = VNULL;
    if (obj && !(obj_type = supercheck(type, obj))) return -1;
    INCREF(OBJ_VAL(type));
    XINCREF(obj);
    Type *ot = su->type, *oot = su->obj_type;
    Value oo = su->obj;
    su->type = type;
    su->obj = obj;
    su->obj_type = obj_type;
    if (ot) DECREF(OBJ_VAL(ot));
    if (oot) DECREF(OBJ_VAL(oot));
    XDECREF(oo);
    return 0;
}

Value super_new(Type *type, Value obj) {
    Obj *o = obj_alloc(&SuperType);
    if (!o) return VNULL;
    if (super_fill((SuperObj *)o, type, obj) < 0) {
        obj_dealloc(o);
        return VNULL;
    }
    return OBJ_VAL(o);
}

static Value super_alloc(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    Obj *o = obj_alloc(t);
    return o ? OBJ_VAL(o) : VNULL;
}

static int super_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_no_kw("super", kwnames) < 0 || arg_count("super", nargs, 0, 2) < 0) return -1;
    Value type, obj = VNULL;
    int r;
    if (nargs == 0) {
        if (vm_super_zero_args(&type, &obj) < 0) return -1;
        if (!IS_TYPEOBJ(type)) {
            err_format(ExcTypeError, "super() argument 1 must be a type, not %s", type_name(type));
            DECREF(type);
            XDECREF(obj);
            return -1;
        }
        r = super_fill(SU(self), (Type *)AS_OBJ(type), obj);
        DECREF(type);
        XDECREF(obj);
        return r;
    }
    type = args[0];
    if (!IS_TYPEOBJ(type)) {
        err_format(ExcTypeError, "super() argument 1 must be a type, not %s", type_name(type));
        return -1;
    }
    if (nargs == 2) obj = args[1];
    return super_fill(SU(self), (Type *)AS_OBJ(type), obj);
}

static void super_dealloc(Obj *o) {
    SuperObj *su = (SuperObj *)o;
    if (su->type) DECREF(OBJ_VAL(su->type));
    if (su->obj_type) DECREF(OBJ_VAL(su->obj_type));
    CLEAR(su->obj);
    obj_free(o);
}

static Value super_getattro(Value self, Value name) {
    SuperObj *su = SU(self);
    Type *start = su->obj_type;
    if (start && su->type && !(IS_STR(name) && str_eq_cstr(name, "__class__"))) {
        Value mro = start->mro;
        size_t n = mro ? TUPLE_LEN(mro) : 0, i = 0;
        while (i < n && TUPLE_ITEMS(mro)[i] != OBJ_VAL(su->type)) i++;
        for (i++; i < n; i++) {
            Type *t = (Type *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            Value v = t->dict ? dict_get_str(t->dict, name) : VNULL;
            if (!v) continue;
            DescrGetFn get = TYPE(v)->descr_get;
            if (!get) return NEWREF(v);
            INCREF(v);
            Value r = get(v, su->obj == OBJ_VAL(start) ? VNULL : su->obj, OBJ_VAL(start));
            DECREF(v);
            return r;
        }
    }
    return obj_generic_getattr(self, name);
}

static Value super_get(Value self, Value obj, Value type) {
    (void)type;
    SuperObj *su = SU(self);
    if (!obj || su->obj) return NEWREF(self);
    return super_new(su->type, obj);
}

static Value super_repr(Value self) {
    SuperObj *su = SU(self);
    if (!su->type) return str_fromformat("<super: <class 'NULL'>, NULL>");
    if (su->obj_type) return str_fromformat("<super: <class '%s'>, <%s object>>", su->type->name, su->obj_type->name);
    return str_fromformat("<super: <class '%s'>, NULL>", su->type->name);
}

static Value super_thisclass(Value self) {
    return SU(self)->type ? NEWREF(OBJ_VAL(SU(self)->type)) : NONE;
}
static Value super_self(Value self) { return SU(self)->obj ? NEWREF(SU(self)->obj) : NONE; }
static Value super_self_class(Value self) {
    return SU(self)->obj_type ? NEWREF(OBJ_VAL(SU(self)->obj_type)) : NONE;
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL},
    {"__self__", super_self, NULL},
    {"__self_class__", super_self_class, NULL},
    {NULL, NULL, NULL},
};

Type SuperType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "super",
    .basicsize = sizeof(SuperObj),
    .flags = TPFLAG_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattro,
    .descr_get = super_get,
    .new_ = super_alloc,
    .init = super_init,
    .getsets = super_getsets,
};
