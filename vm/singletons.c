/* None, NotImplemented and Ellipsis: static immortal objects and their types. */
#include "object.h"
#include "objutil.h"

Obj NoneObj = STATIC_HEADER(&NoneType);
Obj NotImplementedObj = STATIC_HEADER(&NotImplementedType);
Obj EllipsisObj = STATIC_HEADER(&EllipsisType);

static Value none_repr(Value v) { (void)v; return str_intern_cstr("None"); }
static Value notimpl_repr(Value v) { (void)v; return str_intern_cstr("NotImplemented"); }
static Value ellipsis_repr(Value v) { (void)v; return str_intern_cstr("Ellipsis"); }
static int none_bool(Value v) { (void)v; return 0; }

/* type(None)() is None: the types are callable but take no arguments. */
static Value singleton_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (nargs || (kwnames && TUPLE_LEN(kwnames))) {
        err_format(ExcTypeError, "%s takes no arguments", t == &EllipsisType ? "EllipsisType" : t->name);
        return VNULL;
    }
    if (t == &NoneType) return NONE;
    if (t == &NotImplementedType) return NOTIMPLEMENTED;
    return ELLIPSIS;
}

static void singleton_dealloc(Obj *o) {
    /* Immortal: reaching zero means someone DECREF'd without owning a reference. */
    o->refcnt = IMMORTAL_REFCNT;
}

Type NoneType = {
    .hdr = STATIC_HEADER(&TypeType), .name = "NoneType", .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc, .repr = none_repr, .nb_bool = none_bool, .new_ = singleton_new,
};
Type NotImplementedType = {
    .hdr = STATIC_HEADER(&TypeType), .name = "NotImplementedType", .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc, .repr = notimpl_repr, .new_ = singleton_new,
};
Type EllipsisType = {
    .hdr = STATIC_HEADER(&TypeType), .name = "ellipsis", .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc, .repr = ellipsis_repr, .new_ = singleton_new,
};
