/* The bridge between C slots and dunder methods.
 *
 * Static (C) types expose each slot they define as a "slot wrapper" in their dict, so
 * object.__repr__(x), list.__init__(self) and super().__init__(msg) work. Heap types (class
 * statements) get their C slots recomputed from the dunders their MRO provides: a dunder
 * that is a slot wrapper of a C type keeps that type's C function (a subclass of list keeps
 * list's speed), anything else gets the generic "slot_*" function that looks the dunder up
 * and calls it. */
#include <string.h>

#include "object.h"
#include "objutil.h"

typedef void (*AnyFn)(void);

typedef struct SlotDef {
    int name_id;       /* NAME_ID_... */
    int kind;          /* SLOTKIND_... */
    int arg;           /* operator, for comparisons and binary operators */
    size_t offset;     /* of the slot in Type */
    AnyFn generic;     /* the heap-type implementation */
} SlotDef;

#define FIELD(t, off) (*(AnyFn *)((char *)(t) + (off)))
#define OFF(field) offsetof(Type, field)

/* ---- generic slots for heap types ---- */

static Value slot_repr(Value self) {
    bool found;
    Value r = call_special(self, NAME(__repr__), NULL, 0, &found);
    return found ? r : object_repr(self);
}

static Value slot_str(Value self) {
    bool found;
    Value r = call_special(self, NAME(__str__), NULL, 0, &found);
    return found ? r : obj_repr(self);
}

static int64_t slot_hash(Value self) {
    bool found;
    Value r = call_special(self, NAME(__hash__), NULL, 0, &found);
    if (!found) return obj_identity_hash(self);
    if (!r) return -1;
    if (!IS_INT(r)) {
        DECREF(r);
        err_set(ExcTypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* A result that fits a machine word is the hash as is (-1, the error marker, becomes -2);
     * only a bigger int is reduced, by the int's own hash. */
    int64_t h;
    if (int_as_i64(r, &h) < 0) {
        err_clear();
        h = IntType.hash(r);
    } else if (h == -1)
        h = -2;
    DECREF(r);
    return h;
}

/* Calls f (found on the class) with self first, holding a reference to f meanwhile: the
 * call may rebind the class attribute. */
static inline Value call_held(Value f, Value self, const Value *args, size_t nargs, Value kwnames) {
    INCREF(f);
    Value r = call_unbound(f, self, args, nargs, kwnames);
    DECREF(f);
    return r;
}

static Value slot_richcompare(Value a, Value b, int op) {
    static const int ids[6] = {NAME_ID___lt__, NAME_ID___le__, NAME_ID___eq__,
                               NAME_ID___ne__, NAME_ID___gt__, NAME_ID___ge__};
    bool found;
    Value r = call_special(a, name_table[ids[op]], &b, 1, &found);
    return found ? r : NOTIMPLEMENTED;
}

static Value slot_getattr(Value obj, Value name) {
    Type *t = TYPE(obj);
    Value ga = type_lookup(t, NAME(__getattribute__));
    Value r;
    if (ga && IS_TYPE(ga, &SlotWrapperType) &&
        ((SlotWrapperObj *)AS_OBJ(ga))->kind == SLOTKIND_GETATTRIBUTE) {
        r = ((GetAttrFn)((SlotWrapperObj *)AS_OBJ(ga))->fn)(obj, name);
    } else if (ga) {
        r = call_held(ga, obj, &name, 1, VNULL);
    } else {
        r = obj_generic_getattr(obj, name);
    }
    if (!r && err_matches(ExcAttributeError)) {
        Value hook = type_lookup(t, NAME(__getattr__));
        if (hook) {
            err_clear();
            r = call_held(hook, obj, &name, 1, VNULL);
        }
    }
    return r;
}

static int slot_setattr(Value obj, Value name, Value v) {
    Value args[2] = {name, v};
    bool found;
    Value r = v ? call_special(obj, NAME(__setattr__), args, 2, &found)
                : call_special(obj, NAME(__delattr__), args, 1, &found);
    if (!found) return obj_generic_setattr(obj, name, v);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static Value slot_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(TYPE(self), NAME(__call__));
    if (!f) {
        err_format(ExcTypeError, "'%s' object is not callable", type_name(self));
        return VNULL;
    }
    return call_held(f, self, args, nargs, kwnames);
}

static Value slot_iter(Value self) {
    Value f = type_lookup(TYPE(self), NAME(__iter__));
    if (!f || f == NONE) {
        err_format(ExcTypeError, "'%s' object is not iterable", type_name(self));
        return VNULL;
    }
    return call_held(f, self, NULL, 0, VNULL);
}

static Value slot_iternext(Value self) {
    bool found;
    Value r = call_special(self, NAME(__next__), NULL, 0, &found);
    if (!found) {
        err_format(ExcTypeError, "'%s' object is not an iterator", type_name(self));
        return VNULL;
    }
    if (!r && err_matches(ExcStopIteration)) err_clear();
    return r;
}

static Value slot_descr_get(Value descr, Value obj, Value type) {
    Value args[2] = {obj ? obj : NONE, type ? type : NONE};
    bool found;
    Value r = call_special(descr, NAME(__get__), args, 2, &found);
    return found ? r : NEWREF(descr);
}

static int slot_descr_set(Value descr, Value obj, Value v) {
    Value args[2] = {obj, v};
    bool found;
    Value r = v ? call_special(descr, NAME(__set__), args, 2, &found)
                : call_special(descr, NAME(__delete__), args, 1, &found);
    if (!found) {
        err_set(ExcAttributeError, v ? "__set__" : "__delete__");
        return -1;
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int slot_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(TYPE(self), NAME(__init__));
    if (!f) return 0;
    Value r = call_held(f, self, args, nargs, kwnames);
    if (!r) return -1;
    if (r != NONE) {
        err_format(ExcTypeError, "__init__() should return None, not '%s'", type_name(r));
        DECREF(r);
        return -1;
    }
    return 0;
}

static Value slot_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(type, NAME(__new__));
    if (!f) return object_new(type, args, nargs, kwnames);
    Value func;
    if (IS_TYPE(f, &StaticMethodType)) func = NEWREF(((StaticMethodObj *)AS_OBJ(f))->func);
    else if (TYPE(f)->descr_get) {
        func = TYPE(f)->descr_get(f, VNULL, OBJ_VAL(type));
        if (!func) return VNULL;
    } else func = NEWREF(f);
    Value r = obj_call_prepend(func, OBJ_VAL(type), args, nargs, kwnames);
    DECREF(func);
    return r;
}

/* Binary operators: one C function per operator, since a slot has no room for context.
 * a op b where either operand's type has this slot: try a.__op__(b), b.__rop__(a), with
 * b first when b's type is a proper subclass of a's that overrides __rop__. */
static Value call_binop_dunder(Value self, Value other, Value name) {
    bool found;
    Value r = call_special(self, name, &other, 1, &found);
    return found ? r : NOTIMPLEMENTED;
}

static const int binop_name_ids[NB_COUNT][3] = {
    {NAME_ID___add__, NAME_ID___radd__, NAME_ID___iadd__},
    {NAME_ID___sub__, NAME_ID___rsub__, NAME_ID___isub__},
    {NAME_ID___mul__, NAME_ID___rmul__, NAME_ID___imul__},
    {NAME_ID___matmul__, NAME_ID___rmatmul__, NAME_ID___imatmul__},
    {NAME_ID___truediv__, NAME_ID___rtruediv__, NAME_ID___itruediv__},
    {NAME_ID___floordiv__, NAME_ID___rfloordiv__, NAME_ID___ifloordiv__},
    {NAME_ID___mod__, NAME_ID___rmod__, NAME_ID___imod__},
    {NAME_ID___pow__, NAME_ID___rpow__, NAME_ID___ipow__},
    {NAME_ID___lshift__, NAME_ID___rlshift__, NAME_ID___ilshift__},
    {NAME_ID___rshift__, NAME_ID___rrshift__, NAME_ID___irshift__},
    {NAME_ID___and__, NAME_ID___rand__, NAME_ID___iand__},
    {NAME_ID___or__, NAME_ID___ror__, NAME_ID___ior__},
    {NAME_ID___xor__, NAME_ID___rxor__, NAME_ID___ixor__},
};

static BinaryFn slot_nb_table[NB_COUNT];

static Value slot_binop(int op, Value a, Value b) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    BinaryFn me = slot_nb_table[op];
    Value name = name_table[binop_name_ids[op][0]];
    Value rname = name_table[binop_name_ids[op][1]];
    bool do_other = ta != tb && tb->nb[op] == me;
    if (ta->nb[op] == me) {
        if (do_other && type_is_subtype(tb, ta) && type_lookup(tb, rname) != type_lookup(ta, rname)) {
            Value r = call_binop_dunder(b, a, rname);
            if (r != NOTIMPLEMENTED) return r;
            do_other = false;
        }
        Value r = call_binop_dunder(a, b, name);
        if (r != NOTIMPLEMENTED || ta == tb) return r;
    }
    if (do_other) return call_binop_dunder(b, a, rname);
    return NOTIMPLEMENTED;
}

static Value slot_inplace(int op, Value a, Value b) {
    return call_binop_dunder(a, b, name_table[binop_name_ids[op][2]]);
}

#define BINOP_SLOTS(i, nm) \
    static Value slot_nb_##nm(Value a, Value b) { return slot_binop(i, a, b); } \
    static Value slot_inb_##nm(Value a, Value b) { return slot_inplace(i, a, b); }
BINOP_SLOTS(0, add) BINOP_SLOTS(1, sub) BINOP_SLOTS(2, mul) BINOP_SLOTS(3, matmul)
BINOP_SLOTS(4, truediv) BINOP_SLOTS(5, floordiv) BINOP_SLOTS(6, mod) BINOP_SLOTS(7, pow)
BINOP_SLOTS(8, lshift) BINOP_SLOTS(9, rshift) BINOP_SLOTS(10, and) BINOP_SLOTS(11, or)
BINOP_SLOTS(12, xor)

static BinaryFn slot_nb_table[NB_COUNT] = {
    slot_nb_add, slot_nb_sub, slot_nb_mul, slot_nb_matmul, slot_nb_truediv, slot_nb_floordiv,
    slot_nb_mod, slot_nb_pow, slot_nb_lshift, slot_nb_rshift, slot_nb_and, slot_nb_or, slot_nb_xor,
};

static Value slot_pow3(Value a, Value b, Value mod) {
    if (TYPE(a)->nb_pow3 != slot_pow3) return NOTIMPLEMENTED;
    Value args[2] = {b, mod};
    bool found;
    Value r = call_special(a, NAME(__pow__), args, 2, &found);
    return found ? r : NOTIMPLEMENTED;
}

static Value unary_dunder(Value self, Value name) {
    bool found;
    Value r = call_special(self, name, NULL, 0, &found);
    if (!found) err_format(ExcTypeError, "bad operand type for %U: '%s'", name, type_name(self));
    return r;
}
#define UNARY_SLOT(nm) static Value slot_##nm(Value v) { return unary_dunder(v, NAME(__##nm##__)); }
UNARY_SLOT(neg) UNARY_SLOT(pos) UNARY_SLOT(invert) UNARY_SLOT(abs) UNARY_SLOT(int)
UNARY_SLOT(float) UNARY_SLOT(index) UNARY_SLOT(await) UNARY_SLOT(aiter) UNARY_SLOT(anext)

static int slot_bool(Value self) {
    bool found;
    Value r = call_special(self, NAME(__bool__), NULL, 0, &found);
    if (!found) {
        intptr_t n = TYPE(self)->len ? obj_len(self) : 1;
        return n < 0 ? -1 : n != 0;
    }
    if (!r) return -1;
    if (!IS_BOOL(r)) {
        err_format(ExcTypeError, "__bool__ should return bool, returned %s", type_name(r));
        DECREF(r);
        return -1;
    }
    return r == TRUE_VAL;
}

static intptr_t slot_len(Value self) {
    bool found;
    Value r = call_special(self, NAME(__len__), NULL, 0, &found);
    if (!found) {
        err_format(ExcTypeError, "object of type '%s' has no len()", type_name(self));
        return -1;
    }
    if (!r) return -1;
    intptr_t n;
    if (IS_SMALL(r)) {
        n = SMALL_VAL(r);
    } else {
        Value i = obj_index(r);
        DECREF(r);
        if (!i) return -1;
        r = i;
        if (IS_SMALL(r)) n = SMALL_VAL(r);
        else if (int_sign(r) < 0) n = -1;
        else {
            DECREF(r);
            err_set(ExcOverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
    }
    DECREF(r);
    if (n < 0) {
        err_set(ExcValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(Value self, Value key) {
    bool found;
    Value r = call_special(self, NAME(__getitem__), &key, 1, &found);
    if (!found) err_format(ExcTypeError, "'%s' object is not subscriptable", type_name(self));
    return r;
}

static int slot_setitem(Value self, Value key, Value v) {
    Value args[2] = {key, v};
    bool found;
    Value r = v ? call_special(self, NAME(__setitem__), args, 2, &found)
                : call_special(self, NAME(__delitem__), args, 1, &found);
    if (!found) {
        err_format(ExcTypeError, v ? "'%s' object does not support item assignment"
                                   : "'%s' object doesn't support item deletion", type_name(self));
        return -1;
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int slot_contains(Value self, Value item) {
    bool found;
    Value r = call_special(self, NAME(__contains__), &item, 1, &found);
    if (!found) {
        err_format(ExcTypeError, "argument of type '%s' is not iterable", type_name(self));
        return -1;
    }
    if (!r) return -1;
    int b = obj_truthy(r);
    DECREF(r);
    return b;
}

/* ---- the table ---- */

#define S(nm, kind, arg, field, gen) {NAME_ID_##nm, SLOTKIND_##kind, arg, OFF(field), (AnyFn)(gen)}
#define NB2(i, nm) \
    S(__##nm##__, BINOP, i, nb[i], slot_nb_##nm), S(__r##nm##__, RBINOP, i, nb[i], slot_nb_##nm)
#define NBI(i, nm) S(__i##nm##__, IBINOP, i, nb_inplace[i], slot_inb_##nm)
/* In CPython's order, which is the order the wrappers appear in a C type's dict. */
static const SlotDef slotdefs[] = {
    S(__new__, NEW, 0, new_, slot_new),
    S(__repr__, REPR, 0, repr, slot_repr),
    S(__hash__, HASH, 0, hash, slot_hash),
    S(__call__, CALL, 0, call, slot_call),
    S(__str__, STR, 0, str, slot_str),
    S(__getattribute__, GETATTRIBUTE, 0, getattr, slot_getattr),
    S(__getattr__, GETATTRIBUTE, 1, getattr, slot_getattr),   /* arg 1: heap types only */
    S(__setattr__, SETATTR, 0, setattr, slot_setattr),
    S(__delattr__, DELATTR, 0, setattr, slot_setattr),
    S(__lt__, RICHCMP, 0, richcompare, slot_richcompare),
    S(__le__, RICHCMP, 1, richcompare, slot_richcompare),
    S(__eq__, RICHCMP, 2, richcompare, slot_richcompare),
    S(__ne__, RICHCMP, 3, richcompare, slot_richcompare),
    S(__gt__, RICHCMP, 4, richcompare, slot_richcompare),
    S(__ge__, RICHCMP, 5, richcompare, slot_richcompare),
    S(__iter__, ITER, 0, iter, slot_iter),
    S(__next__, NEXT, 0, iternext, slot_iternext),
    S(__get__, GET, 0, descr_get, slot_descr_get),
    S(__set__, SET, 0, descr_set, slot_descr_set),
    S(__delete__, DELETE, 0, descr_set, slot_descr_set),
    S(__init__, INIT, 0, init, slot_init),
    S(__await__, UNARY, 0, am_await, slot_await),
    S(__aiter__, UNARY, 0, am_aiter, slot_aiter),
    S(__anext__, UNARY, 0, am_anext, slot_anext),
    NB2(0, add), NB2(1, sub), NB2(2, mul), NB2(6, mod), NB2(7, pow),
    S(__pow__, POW3, 0, nb_pow3, slot_pow3),
    S(__neg__, UNARY, 0, nb_neg, slot_neg),
    S(__pos__, UNARY, 0, nb_pos, slot_pos),
    S(__abs__, UNARY, 0, nb_abs, slot_abs),
    S(__bool__, BOOL, 0, nb_bool, slot_bool),
    S(__invert__, UNARY, 0, nb_invert, slot_invert),
    NB2(8, lshift), NB2(9, rshift), NB2(10, and), NB2(12, xor), NB2(11, or),
    S(__int__, UNARY, 0, nb_int, slot_int),
    S(__float__, UNARY, 0, nb_float, slot_float),
    NBI(0, add), NBI(1, sub), NBI(2, mul), NBI(6, mod), NBI(7, pow), NBI(8, lshift), NBI(9, rshift),
    NBI(10, and), NBI(12, xor), NBI(11, or),
    NB2(5, floordiv), NB2(4, truediv), NBI(5, floordiv), NBI(4, truediv),
    S(__index__, UNARY, 0, nb_index, slot_index),
    NB2(3, matmul), NBI(3, matmul),
    S(__len__, LEN, 0, len, slot_len),
    S(__getitem__, GETITEM, 0, getitem, slot_getitem),
    S(__setitem__, SETITEM, 0, setitem, slot_setitem),
    S(__delitem__, DELITEM, 0, setitem, slot_setitem),
    S(__contains__, CONTAINS, 0, contains, slot_contains),
};
#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

void typeslots_add_wrappers(Type *t) {
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (d->kind == SLOTKIND_POW3 || (d->kind == SLOTKIND_GETATTRIBUTE && d->arg == 1)) continue;
        AnyFn fn = FIELD(t, d->offset);
        if (!fn) continue;
        Value name = name_table[d->name_id];
        if (dict_get_str(t->dict, name)) continue;
        Value w;
        if (d->kind == SLOTKIND_HASH && fn == (AnyFn)obj_hash_not_implemented) w = NONE;
        else {
            w = descr_new_slotwrapper(t, name, d->kind, d->arg, fn);
            if (!w) { err_clear(); continue; }
        }
        dict_set(t->dict, name, w);
        DECREF(w);
    }
}

void typeslots_inherit(Type *t) {
    Type *b = t->base;
    if (!b) return;
    /* hash goes with richcompare: a type that defines equality but not hashing is unhashable. */
    if (!t->hash && !t->richcompare) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    } else if (!t->hash) {
        if (!dict_get_str(t->dict, NAME(__hash__))) dict_set(t->dict, NAME(__hash__), NONE);
        t->hash = obj_hash_not_implemented;
    } else if (!t->richcompare) {
        t->richcompare = b->richcompare;
    }
    size_t seen[NSLOTDEFS];
    size_t nseen = 0;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        size_t off = slotdefs[i].offset;
        if (off == OFF(hash) || off == OFF(richcompare)) continue;
        /* A static type whose base is object and that defines no constructor cannot be
         * instantiated from Python (its instances need C-level initialisation). */
        if (off == OFF(new_) && b == &ObjectType) continue;
        bool dup = false;
        for (size_t j = 0; j < nseen; j++) dup |= seen[j] == off;
        if (dup) continue;
        seen[nseen++] = off;
        if (!FIELD(t, off)) FIELD(t, off) = FIELD(b, off);
    }
    if (!t->dealloc) t->dealloc = b->dealloc;
}

/* The C slot a heap type gets for one slot offset. */
static AnyFn compute_slot(Type *t, size_t off, AnyFn generic) {
    Type *owner = NULL;
    bool use_generic = false, found_any = false;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (d->offset != off) continue;
        Value v = type_lookup(t, name_table[d->name_id]);
        if (!v) continue;
        found_any = true;
        if (IS_TYPE(v, &SlotWrapperType)) {
            SlotWrapperObj *w = (SlotWrapperObj *)AS_OBJ(v);
            if (!owner) owner = w->type;
            else if (FIELD(owner, off) != FIELD(w->type, off)) use_generic = true;
        } else if (v == NONE && d->kind == SLOTKIND_HASH) {
            return (AnyFn)obj_hash_not_implemented;
        } else {
            use_generic = true;
        }
    }
    if (!found_any) return NULL;
    if (use_generic || !owner) return generic;
    return FIELD(owner, off);
}

void typeslots_update(Type *t) {
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        bool dup = false;
        for (size_t j = 0; j < i; j++) dup |= slotdefs[j].offset == d->offset;
        if (dup) continue;
        FIELD(t, d->offset) = compute_slot(t, d->offset, d->generic);
    }
    /* Instances need some way to be created and hashed even when no dunder says so. */
    if (!t->new_) t->new_ = object_new;
    if (!t->getattr) t->getattr = obj_generic_getattr;
    if (!t->setattr) t->setattr = obj_generic_setattr;
    if (IS_HEAPTYPE(t) && TYPE(OBJ_VAL(t))->basicsize >= sizeof(HeapType))
        HEAPTYPE(t)->has_del = type_lookup(t, NAME(__del__)) != VNULL;
}

bool typeslots_is_generic_binop(BinaryFn f, int op) { return f == slot_nb_table[op]; }

bool typeslots_is_generic_new(NewFn f) { return f == slot_new; }

bool typeslots_is_generic_init(InitFn f) { return f == slot_init; }
