/* The object model's API beyond object.h: descriptors, heap types, slot helpers.
 * Owned by the object model (vm/object.c, type.c, typeslots.c, descr.c, alloc.c, init.c).
 * Same conventions as object.h: new references returned, borrowed arguments. */
#ifndef MINIPY_OBJUTIL_H
#define MINIPY_OBJUTIL_H

#include "object.h"

/* ---- repr recursion guard (for containers' reprs) ----
 * repr_enter: 0 on the first visit, 1 if v is already being repr'd (print "[...]"),
 * -1 on error (MemoryError). Call repr_leave(v) only after repr_enter returned 0. */
int repr_enter(Value v);
void repr_leave(Value v);

/* ---- the method cache of type_lookup, probed inline on hot paths ---- */
#define MCACHE_SIZE 4096
#define MCACHE_HASH(t, name) \
    ((((uintptr_t)(t) >> 4) ^ ((uintptr_t)(name) >> 4) ^ ((uintptr_t)(name) >> 13)) & (MCACHE_SIZE - 1))
typedef struct { Type *type; Value name; Value value; unsigned version; } MCacheEntry;
extern MCacheEntry mcache[MCACHE_SIZE];
extern unsigned mcache_version;
/* type_lookup with the cache hit inlined (same result, BORROWED or VNULL). */
static inline Value type_lookup_fast(Type *t, Value name) {
    MCacheEntry *e = &mcache[MCACHE_HASH(t, name)];
    if (e->type == t && e->name == name && e->version == mcache_version) return e->value;
    return type_lookup(t, name);
}

/* ---- heap types: a class statement's type object ----
 * Instances of TypeType (and of metaclasses) are HeapTypes; static types are plain Types. */
typedef struct HeapType {
    Type t;
    char *name_buf;          /* owns the C string t.name points to */
    size_t slots_offset;     /* __slots__ members of this class: nslots Values from here */
    size_t nslots;
    Value slot_names;        /* tuple of the mangled __slots__ names, or VNULL */
    bool added_dict;         /* this class (not a base) introduced the instance __dict__ */
    bool has_del;            /* __del__ found in the MRO: the finalizer runs at dealloc */
    bool abstract;           /* a non-empty __abstractmethods__: instances cannot be created */
} HeapType;
#define HEAPTYPE(t) ((HeapType *)(t))
#define IS_HEAPTYPE(t) (((t)->flags & TPFLAG_HEAPTYPE) != 0)

/* Build a class as type.__new__(metatype, name, bases, ns, **kwargs) does (kwargs: dict or VNULL,
 * passed to __init_subclass__). */
Value type_new_full(Type *metatype, Value name, Value bases, Value ns, Value kwargs);
/* Call after changing a type's dict directly (dict_set on t->dict) once the type is in use:
 * refreshes the C slots (for a dunder) of t and its subclasses, and the lookup cache. */
void type_modified(Type *t, Value name);
/* The most derived metaclass of metatype and the bases' types; TypeError "metaclass conflict". */
Type *type_calculate_metaclass(Type *metatype, Value bases);
/* tuple of a type's direct subclasses still alive (for __subclasses__). */
Value type_subclasses(Type *t);
/* type's repr: <class 'int'>, <class '__main__.Foo'> */
Value type_repr(Value t);
/* The type's dict lookup plus descriptor binding, as type.__getattribute__ (raises). */
Value type_getattro(Value type, Value name);
int type_setattro(Value type, Value name, Value v);

/* ---- slots ---- */
/* Installs slot wrappers for t's own C slots, then inherits NULL slots from the base
 * (part of type_ready). */
void typeslots_add_wrappers(Type *t);
void typeslots_inherit(Type *t);
/* Recompute a heap type's C slots from the dunders found along its MRO. */
void typeslots_update(Type *t);
/* hash slot of unhashable types ("unhashable type: 'list'"). */
int64_t obj_hash_not_implemented(Value v);
/* CPython's pointer hash (object.__hash__). */
int64_t obj_identity_hash(Value v);

/* Look up a special method on type(self) (not the instance) and call it with self first.
 * *found is set to false (and VNULL returned without an exception) when the type lacks it. */
Value call_special(Value self, Value name, const Value *args, size_t nargs, bool *found);
/* Call a value found in a class dict as a method of self (binds descriptors, no
 * bound-method allocation for plain functions). */
Value call_unbound(Value func, Value self, const Value *args, size_t nargs, Value kwnames);

/* ---- descriptors (vm/descr.c) ---- */
typedef struct MethodDescrObj { Obj hdr; Type *type; const MethodDef *def; Value name; } MethodDescrObj;
typedef struct GetSetDescrObj { Obj hdr; Type *type; const GetSetDef *def; Value name; } GetSetDescrObj;
/* A member of __slots__: a Value at offset in the instance. */
typedef struct MemberDescrObj { Obj hdr; Type *type; Value name; size_t offset; } MemberDescrObj;
extern Type MemberDescrType, ClassMethodDescrType, MethodWrapperType, GenericAliasType;
/* A C slot exposed as a dunder: <slot wrapper '__repr__' of 'object' objects>.
 * kind: SLOTKIND_*, arg: comparison or binary operator; fn: the type's C slot. */
typedef struct SlotWrapperObj {
    Obj hdr; Type *type; Value name; int kind; int arg; void (*fn)(void);
} SlotWrapperObj;
typedef struct PropertyObj { Obj hdr; Value fget, fset, fdel, doc, name; } PropertyObj;
typedef struct StaticMethodObj { Obj hdr; Value func; Value dict; } StaticMethodObj;
typedef struct SuperObj { Obj hdr; Type *type; Value obj; Type *obj_type; } SuperObj;

Value descr_new_method(Type *t, const MethodDef *def);
Value descr_new_getset(Type *t, const GetSetDef *def);
Value descr_new_member(Type *t, Value name, size_t offset);
Value descr_new_slotwrapper(Type *t, Value name, int kind, int arg, void (*fn)(void));
Value staticmethod_new(Value func);
Value classmethod_new(Value func);
Value property_new(Value fget, Value fset, Value fdel, Value doc);
Value super_new(Type *type, Value obj);   /* super(type, obj) */
/* Calls a slot wrapper directly (args[0] is self). */
Value slotwrapper_call(Value w, const Value *args, size_t nargs, Value kwnames);

/* The slot kinds a SlotWrapperObj may wrap. */
enum {
    SLOTKIND_REPR, SLOTKIND_STR, SLOTKIND_HASH, SLOTKIND_RICHCMP, SLOTKIND_BINOP, SLOTKIND_RBINOP,
    SLOTKIND_IBINOP, SLOTKIND_POW3, SLOTKIND_UNARY, SLOTKIND_BOOL, SLOTKIND_LEN, SLOTKIND_GETITEM,
    SLOTKIND_SETITEM, SLOTKIND_DELITEM, SLOTKIND_CONTAINS, SLOTKIND_ITER, SLOTKIND_NEXT,
    SLOTKIND_CALL, SLOTKIND_INIT, SLOTKIND_NEW, SLOTKIND_GET, SLOTKIND_SET, SLOTKIND_DELETE,
    SLOTKIND_GETATTRIBUTE, SLOTKIND_SETATTR, SLOTKIND_DELATTR
};

/* ---- object (vm/object.c, objecttype.c) ---- */
Value object_repr(Value self);          /* <__main__.Foo object at 0x...> */
Value object_richcompare(Value a, Value b, int op);
Value object_new(Type *t, const Value *args, size_t nargs, Value kwnames);
int object_init(Value self, const Value *args, size_t nargs, Value kwnames);
void object_dealloc(Obj *o);
/* AttributeError "'Foo' object has no attribute 'x'" with .name and .obj set. */
void err_no_attribute(Value obj, Value name);
/* The same message without .name/.obj: CPython 3.11 sets those only when getting fails,
 * so setting or deleting a missing attribute gets no "Did you mean" suggestion. */
void err_no_attribute_set(Value obj, Value name);
/* Set .name and .obj on the pending AttributeError (messages of its own, e.g. modules'). */
void err_attribute_fields(Value obj, Value name);
/* dictoffset of classes deriving from variable-size types (str, tuple, bytes): their
 * instance dicts are kept in a side table (vm/sidedict.c). */
#define DICTOFFSET_SIDE ((size_t)-1)
Value *obj_side_dict_slot(Obj *o);    /* the slot, created empty on first use; NULL: MemoryError */
void obj_side_dict_clear(Obj *o);     /* releases the slot and its dict (at dealloc) */
/* The instance __dict__ slot of obj, or NULL when its type has none. */
static inline Value *obj_dict_ptr(Value obj) {
    if (IS_SMALL(obj)) return NULL;
    size_t off = AS_OBJ(obj)->type->dictoffset;
    if (__builtin_expect(off == DICTOFFSET_SIDE, 0)) return obj_side_dict_slot(AS_OBJ(obj));
    return off ? (Value *)((char *)AS_OBJ(obj) + off) : NULL;
}
/* The instance __dict__, created on demand (new ref); VNULL + AttributeError if none. */
Value obj_get_dict(Value obj);
/* Rich comparison op with its operands swapped: < becomes >. */
static inline int cmp_swapped(int op) { static const int sw[6] = {4, 5, 2, 3, 0, 1}; return sw[op]; }
extern const char *const cmp_opstrings[6];     /* "<", "<=", "==", "!=", ">", ">=" */
extern const char *const binop_strings[NB_COUNT]; /* "+", "-", ... "**" as in messages */
/* obj_call with one positional argument prepended (e.g. self); no allocation for few args. */
Value obj_call_prepend(Value callable, Value first, const Value *args, size_t nargs, Value kwnames);
/* len(v) as an int Value. */
Value obj_len_value(Value v);

/* vm/mappingproxy.c: a read-only view of a mapping (what Foo.__dict__ returns). */
extern Type MappingProxyType;
Value mappingproxy_new(Value mapping);

/* vm/alloc.c: returns the allocator's chunks to the C library. Only for a process that will
 * touch no object again (vm_finalize does not call it: the chunks stay reachable). */
void alloc_finalize(void);

/* vm/genericalias.c: list[int] and friends (types.GenericAlias). */
Value generic_alias_new(Value origin, Value args);

/* vm/iterobject.c (containers) */
Value seqiter_new(Value seq);
/* vm/run.c (vm core): the class and first argument of the running method, for super().
 * Returns 0 with NEW references in *type_out and *obj_out, -1 with RuntimeError set. */
int vm_super_zero_args(Value *type_out, Value *obj_out);

#endif
