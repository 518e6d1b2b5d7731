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

/* CPython hashes these by address (rotated right by 4). The reference python3.11 is not
 * position-independent, so their addresses, hence their hashes, are the same in every run:
 * use the same numbers, so that sets holding them iterate in CPython's order. */
static int64_t none_hash(Value v) { (void)v; return 611532; }
static int64_t notimpl_hash(Value v) { (void)v; return 606843; }
static int64_t ellipsis_hash(Value v) { (void)v; return 606842; }

Type NoneType = {
    .hdr = STATIC_HEADER(&TypeType), .name = "NoneType", .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc, .repr = none_repr, .hash = none_hash, .nb_bool = none_bool,
    .new_ = singleton_new,
};
Type NotImplementedType = {
    .hdr = STATIC_HEADER(&TypeType), .name = "NotImplementedType", .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc, .repr = notimpl_repr, .hash = notimpl_hash, .new_ = singleton_new,
};
Type EllipsisType = {
    .hdr = STATIC_HEADER(&TypeType), .name = "ellipsis", .basicsize = sizeof(Obj),
    .dealloc = singleton_dealloc, .repr = ellipsis_repr, .hash = ellipsis_hash, .new_ = singleton_new,
};
