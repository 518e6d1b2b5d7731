/* dict views (keys, values, items) and the dict iterators. */
#include "object.h"
#include "containers.h"
#include "dictimpl.h"
#include "ast.h"

/* ---- iterators ---- */

Value dict_iter_new(Value d, Type *t) {
    DictIterObj *it = (DictIterObj *)obj_alloc(t);
    if (!it) return VNULL;
    it->dict = NEWREF(d);
    bool rev = t == &DictRevKeyIterType || t == &DictRevValueIterType || t == &DictRevItemIterType;
    it->pos = rev ? D(d)->nentries : 0;
    it->used = D(d)->used;
    it->remaining = D(d)->used;
    return OBJ_VAL(it);
}

static void dictiter_dealloc(Obj *o) {
    XDECREF(((DictIterObj *)o)->dict);
    obj_free(o);
}

/* The next live entry, or NULL at the end or on error (exception set). */
static DictEntry *next_entry(DictIterObj *it, bool rev) {
    Value dv = it->dict;
    if (!dv) return NULL;
    DictObj *d = D(dv);
    if (d->used != it->used) {
        err_set(ExcRuntimeError, "dictionary changed size during iteration");
        it->used = (size_t)-1;   /* keep failing */
        return NULL;
    }
    DictEntry *e = NULL;
    if (!rev) {
        while (it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos++];
            if (c->key) { e = c; break; }
        }
    } else {
        if (it->pos > d->nentries) it->pos = d->nentries;
        while (it->pos > 0) {
            DictEntry *c = &d->entries[--it->pos];
            if (c->key) { e = c; break; }
        }
    }
    if (!e) {
        it->dict = VNULL;
        DECREF(dv);
        return NULL;
    }
    if (it->remaining == 0) {
        err_set(ExcRuntimeError, "dictionary keys changed during iteration");
        it->remaining = (size_t)-1;
        return NULL;
    }
    it->remaining--;
    return e;
}

static Value key_next(Value self) {
    DictEntry *e = next_entry((DictIterObj *)AS_OBJ(self), false);
    return e ? NEWREF(e->key) : VNULL;
}
static Value value_next(Value self) {
    DictEntry *e = next_entry((DictIterObj *)AS_OBJ(self), false);
    return e ? NEWREF(e->value) : VNULL;
}
static Value item_next(Value self) {
    DictEntry *e = next_entry((DictIterObj *)AS_OBJ(self), false);
    return e ? tuple_pack(2, e->key, e->value) : VNULL;
}
static Value rkey_next(Value self) {
    DictEntry *e = next_entry((DictIterObj *)AS_OBJ(self), true);
    return e ? NEWREF(e->key) : VNULL;
}
static Value rvalue_next(Value self) {
    DictEntry *e = next_entry((DictIterObj *)AS_OBJ(self), true);
    return e ? NEWREF(e->value) : VNULL;
}
static Value ritem_next(Value self) {
    DictEntry *e = next_entry((DictIterObj *)AS_OBJ(self), true);
    return e ? tuple_pack(2, e->key, e->value) : VNULL;
}

static Value dictiter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    DictIterObj *it = (DictIterObj *)AS_OBJ(self);
    if (!it->dict || it->used != D(it->dict)->used) return MAKE_SMALL(0);
    return MAKE_SMALL((intptr_t)it->remaining);
}

static const MethodDef dictiter_methods[] = {
    { "__length_hint__", dictiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

#define DICT_ITER_TYPE(var, tname, nextfn) \
    Type var = { \
        .hdr = STATIC_HEADER(&TypeType), \
        .name = tname, \
        .basicsize = sizeof(DictIterObj), \
        .base = &ObjectType, \
        .dealloc = dictiter_dealloc, \
        .getattr = obj_generic_getattr, \
        .iter = cont_iter_self, \
        .iternext = nextfn, \
        .methods = dictiter_methods, \
    }

DICT_ITER_TYPE(DictKeyIterType, "dict_keyiterator", key_next);
DICT_ITER_TYPE(DictValueIterType, "dict_valueiterator", value_next);
DICT_ITER_TYPE(DictItemIterType, "dict_itemiterator", item_next);
DICT_ITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator", rkey_next);
DICT_ITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator", rvalue_next);
DICT_ITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator", ritem_next);

/* ---- views ---- */

Value dict_view_new(Value d, Type *t) {
    DictViewObj *v = (DictViewObj *)obj_alloc(t);
    if (!v) return VNULL;
    v->dict = NEWREF(d);
    return OBJ_VAL(v);
}

#define VDICT(v) (((DictViewObj *)AS_OBJ(v))->dict)

static void view_dealloc(Obj *o) {
    DECREF(((DictViewObj *)o)->dict);
    obj_free(o);
}

static intptr_t view_len(Value self) { return (intptr_t)D(VDICT(self))->used; }

static Value keys_iter(Value self) { return dict_iter_new(VDICT(self), &DictKeyIterType); }
static Value values_iter(Value self) { return dict_iter_new(VDICT(self), &DictValueIterType); }
static Value items_iter(Value self) { return dict_iter_new(VDICT(self), &DictItemIterType); }

static Value view_repr(Value self) {
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("...") : VNULL;
    Value l = list_from_iterable(self);
    Value s = l ? str_fromformat("%s(%R)", TYPE(self)->name, l) : VNULL;
    XDECREF(l);
    repr_leave(self);
    return s;
}

static int keys_contains(Value self, Value key) { return dict_contains(VDICT(self), key); }

static int items_contains(Value self, Value item) {
    if (!IS_TUPLE(item) || TUPLE_LEN(item) != 2) return 0;
    Value v = dict_get(VDICT(self), TUPLE_ITEMS(item)[0]);
    if (!v) return err_occurred() ? -1 : 0;
    INCREF(v);
    int r = cont_eq(v, TUPLE_ITEMS(item)[1]);
    DECREF(v);
    return r;
}

static bool is_setlike_view(Value v) { return IS_TYPE(v, &DictKeysType) || IS_TYPE(v, &DictItemsType); }

/* Every item of a is in b: 1/0/-1. */
static int all_contained_in(Value a, Value b) {
    Value it = obj_iter(a);
    if (!it) return -1;
    Value x;
    int ok = 1;
    while ((x = obj_next(it))) {
        int c = obj_contains(b, x);
        DECREF(x);
        if (c <= 0) { ok = c; break; }
    }
    DECREF(it);
    if (ok == 1 && err_occurred()) return -1;
    return ok;
}

static Value view_richcompare(Value a, Value b, int op) {
    if (!is_setlike_view(a) || !(IS_ANYSET(b) || is_setlike_view(b))) return NOTIMPLEMENTED;
    intptr_t la = obj_len(a), lb = obj_len(b);
    if (la < 0 || lb < 0) return VNULL;
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        r = la == lb ? all_contained_in(a, b) : 0;
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LT: r = la < lb ? all_contained_in(a, b) : 0; break;
    case CMP_LE: r = la <= lb ? all_contained_in(a, b) : 0; break;
    case CMP_GT: r = la > lb ? all_contained_in(b, a) : 0; break;
    case CMP_GE: r = la >= lb ? all_contained_in(b, a) : 0; break;
    default: return NOTIMPLEMENTED;
    }
    if (r < 0) return VNULL;
    return BOOL_VAL(r);
}

/* set(view), going through the dict itself for a keys view (as CPython, so the
 * resulting set is sized, and so ordered, the same way). */
static Value view_to_set(Value v) {
    Value s = set_new(&SetType);
    if (!s) return VNULL;
    Value src = v;
    if (IS_TYPE(v, &DictKeysType) && IS_TYPE(VDICT(v), &DictType)) src = VDICT(v);
    if (set_update(s, src) < 0) { DECREF(s); return VNULL; }
    return s;
}

static Value view_and(Value a, Value b) {
    Value self = a, other = b;
    if (!is_setlike_view(self)) { self = b; other = a; }
    intptr_t lself = obj_len(self);
    if (lself < 0) return VNULL;
    if (IS_TYPE(other, &SetType)) {
        intptr_t lo = obj_len(other);
        if (lo < 0) return VNULL;
        if (lself <= lo) return obj_call_method(other, "intersection", &self, 1);
    }
    if (is_setlike_view(other)) {
        intptr_t lo = obj_len(other);
        if (lo > lself) { Value t = self; self = other; other = t; }
    }
    Value result = set_new(&SetType);
    if (!result) return VNULL;
    Value it = obj_iter(other);
    if (!it) { DECREF(result); return VNULL; }
    Value x;
    bool keys = IS_TYPE(self, &DictKeysType);
    while ((x = obj_next(it))) {
        int c = keys ? keys_contains(self, x) : items_contains(self, x);
        if (c > 0) c = set_add(result, x) < 0 ? -1 : 1;
        DECREF(x);
        if (c < 0) { DECREF(it); DECREF(result); return VNULL; }
    }
    DECREF(it);
    if (err_occurred()) { DECREF(result); return VNULL; }
    return result;
}

static Value view_or(Value a, Value b) {
    Value r = view_to_set(a);
    if (!r) return VNULL;
    if (set_update(r, b) < 0) { DECREF(r); return VNULL; }
    return r;
}

static Value view_setop(Value a, Value b, const char *method) {
    Value r = view_to_set(a);
    if (!r) return VNULL;
    Value x = obj_call_method(r, method, &b, 1);
    if (!x) { DECREF(r); return VNULL; }
    DECREF(x);
    return r;
}

static Value view_sub(Value a, Value b) { return view_setop(a, b, "difference_update"); }
static Value view_xor(Value a, Value b) { return view_setop(a, b, "symmetric_difference_update"); }

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Value kw) {
    if (kw && TUPLE_LEN(kw) && arg_no_kw("isdisjoint", kw) < 0) return VNULL;
    if (arg_count("isdisjoint", nargs, 1, 1) < 0) return VNULL;
    Value it = obj_iter(args[0]);
    if (!it) return VNULL;
    Value x;
    int disjoint = 1;
    while ((x = obj_next(it))) {
        int c = obj_contains(self, x);
        DECREF(x);
        if (c != 0) { disjoint = c < 0 ? -1 : 0; break; }
    }
    DECREF(it);
    if (disjoint < 0 || (disjoint && err_occurred())) return VNULL;
    return BOOL_VAL(disjoint);
}

static Value m_keys_reversed(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return dict_iter_new(VDICT(self), &DictRevKeyIterType);
}
static Value m_values_reversed(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return dict_iter_new(VDICT(self), &DictRevValueIterType);
}
static Value m_items_reversed(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return dict_iter_new(VDICT(self), &DictRevItemIterType);
}

static Value get_mapping(Value self) { return mappingproxy_new(VDICT(self)); }

static const GetSetDef view_getsets[] = {
    { "mapping", get_mapping, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef keys_methods[] = {
    { "isdisjoint", m_isdisjoint, 0 },
    { "__reversed__", m_keys_reversed, 0 },
    { NULL, NULL, 0 },
};
static const MethodDef items_methods[] = {
    { "isdisjoint", m_isdisjoint, 0 },
    { "__reversed__", m_items_reversed, 0 },
    { NULL, NULL, 0 },
};
static const MethodDef values_methods[] = {
    { "__reversed__", m_values_reversed, 0 },
    { NULL, NULL, 0 },
};

Type DictKeysType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "dict_keys",
    .basicsize = sizeof(DictViewObj),
    .base = &ObjectType,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .hash = obj_hash_not_implemented,
    .richcompare = view_richcompare,
    .getattr = obj_generic_getattr,
    .iter = keys_iter,
    .nb = { [BINOP_AND] = view_and, [BINOP_OR] = view_or, [BINOP_SUB] = view_sub, [BINOP_XOR] = view_xor },
    .len = view_len,
    .contains = keys_contains,
    .methods = keys_methods,
    .getsets = view_getsets,
};

Type DictItemsType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "dict_items",
    .basicsize = sizeof(DictViewObj),
    .base = &ObjectType,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .hash = obj_hash_not_implemented,
    .richcompare = view_richcompare,
    .getattr = obj_generic_getattr,
    .iter = items_iter,
    .nb = { [BINOP_AND] = view_and, [BINOP_OR] = view_or, [BINOP_SUB] = view_sub, [BINOP_XOR] = view_xor },
    .len = view_len,
    .contains = items_contains,
    .methods = items_methods,
    .getsets = view_getsets,
};

Type DictValuesType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "dict_values",
    .basicsize = sizeof(DictViewObj),
    .base = &ObjectType,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .getattr = obj_generic_getattr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};
