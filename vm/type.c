/* Type objects: readying static types, creating classes, MRO, attribute lookup on types. */
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "frame.h"
#include "containers.h"
#include "gc.h"
#include "num.h"

#define SUBCLASS_FLAGS (TPFLAG_INT_SUB | TPFLAG_STR_SUB | TPFLAG_TUPLE_SUB | TPFLAG_LIST_SUB | \
                        TPFLAG_DICT_SUB | TPFLAG_EXC_SUB | TPFLAG_TYPE_SUB | TPFLAG_ABSTRACT_ITER)

/* ---- the method cache: (type, interned name) -> borrowed result of the MRO search ----
 * Every change to any type dict made through this file bumps the version, which empties
 * the cache at once. Only interned names are cached, so a name's address is never reused. */
MCacheEntry mcache[MCACHE_SIZE];
unsigned mcache_version = 1;

static void mcache_invalidate(void) {
    if (++mcache_version == 0) {   /* wrapped: old entries could look current */
        memset(mcache, 0, sizeof mcache);
        mcache_version = 1;
    }
}

/* ---- live heap types, in creation order (for __subclasses__ and slot updates) ---- */
static Type **heap_types;
static size_t nheap, capheap;

static int registry_add(Type *t) {
    if (nheap == capheap) {
        size_t cap = capheap ? capheap * 2 : 64;
        Type **p = mem_realloc(heap_types, cap * sizeof *p);
        if (!p) return -1;
        heap_types = p;
        capheap = cap;
    }
    heap_types[nheap++] = t;
    return 0;
}

static void registry_remove(Type *t) {
    for (size_t i = nheap; i-- > 0;) {
        if (heap_types[i] == t) {
            memmove(heap_types + i, heap_types + i + 1, (nheap - i - 1) * sizeof *heap_types);
            nheap--;
            return;
        }
    }
}

/* ---- basics ---- */

const char *type_name(Value v) { return TYPE(v)->name; }

bool type_is_subtype(Type *a, Type *b) {
    if (a == b || b == &ObjectType) return true;
    Value mro = a->mro;
    if (mro) {
        size_t n = TUPLE_LEN(mro);
        Value *items = TUPLE_ITEMS(mro);
        for (size_t i = 1; i < n; i++)
            if (items[i] == OBJ_VAL(b)) return true;
        return false;
    }
    for (Type *x = a->base; x; x = x->base)
        if (x == b) return true;
    return false;
}

static Value lookup_uncached(Type *t, Value name) {
    Value mro = t->mro;
    if (!mro) return t->dict ? dict_get_str(t->dict, name) : VNULL;
    size_t n = TUPLE_LEN(mro);
    Value *items = TUPLE_ITEMS(mro);
    for (size_t i = 0; i < n; i++) {
        Type *x = (Type *)AS_OBJ(items[i]);
        if (!x->dict) continue;
        Value v = dict_get_str(x->dict, name);
        if (v) return v;
    }
    return VNULL;
}

Value type_lookup(Type *t, Value name) {
    if (__builtin_expect(!(t->flags & TPFLAG_READY), 0) && type_ready(t) < 0) {
        err_clear();
        return VNULL;
    }
    if (IS_SMALL(name) || AS_OBJ(name)->type != &StrType) {
        /* A str subclass as a name: the slow generic dict search. */
        Value mro = t->mro;
        for (size_t i = 0; mro && i < TUPLE_LEN(mro); i++) {
            Type *x = (Type *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            Value v = x->dict ? dict_get(x->dict, name) : VNULL;
            if (v) return v;
            if (err_occurred()) err_clear();
        }
        return VNULL;
    }
    if (!((StrObj *)AS_OBJ(name))->interned) return lookup_uncached(t, name);
    MCacheEntry *e = &mcache[MCACHE_HASH(t, name)];
    if (e->version == mcache_version && e->type == t && e->name == name) return e->value;
    Value v = lookup_uncached(t, name);
    e->type = t;
    e->name = name;
    e->value = v;
    e->version = mcache_version;
    return v;
}

/* ---- MRO ---- */

static int mro_error(Value **seqs, size_t *lens, size_t *heads, size_t nseq) {
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    bool first = true;
    for (size_t i = 0; i < nseq; i++) {
        if (heads[i] >= lens[i]) continue;
        Value cand = seqs[i][heads[i]];
        bool dup = false;
        for (size_t j = 0; j < i; j++)
            if (heads[j] < lens[j] && seqs[j][heads[j]] == cand) dup = true;
        if (dup) continue;
        sb_puts(&b, first ? " " : ", ");
        sb_puts(&b, ((Type *)AS_OBJ(cand))->name);
        first = false;
    }
    Value msg = sb_finish(&b);
    if (!msg) return -1;
    err_set_object(ExcTypeError, msg);
    DECREF(msg);
    return -1;
}

/* C3 linearization of t with the given bases: t, then the merge of the bases' MROs and
 * the bases list. The new tuple's first item is t itself, NOT owned (a type must not keep
 * itself alive); type_dealloc clears it before releasing the tuple. */
static Value compute_mro(Type *t, Value bases) {
    size_t nb = TUPLE_LEN(bases);
    if (nb == 0) {
        Value r = tuple_new(1);
        if (r) TUPLE_ITEMS(r)[0] = OBJ_VAL(t);
        return r;
    }
    if (nb == 1 && !IS_HEAPTYPE(t)) {
        /* Static types: the base chain (the base's own MRO may not exist yet at start-up). */
        size_t n = 1;
        for (Type *x = t->base; x; x = x->base) n++;
        Value r = tuple_new(n);
        if (!r) return VNULL;
        TUPLE_ITEMS(r)[0] = OBJ_VAL(t);
        size_t i = 1;
        for (Type *x = t->base; x; x = x->base) TUPLE_ITEMS(r)[i++] = NEWREF(OBJ_VAL(x));
        return r;
    }
    if (nb == 1) {
        Type *b = (Type *)AS_OBJ(TUPLE_ITEMS(bases)[0]);
        size_t n = TUPLE_LEN(b->mro);
        Value r = tuple_new(n + 1);
        if (!r) return VNULL;
        TUPLE_ITEMS(r)[0] = OBJ_VAL(t);
        for (size_t i = 0; i < n; i++) TUPLE_ITEMS(r)[i + 1] = NEWREF(TUPLE_ITEMS(b->mro)[i]);
        return r;
    }
    size_t nseq = nb + 1, total = 1;
    Value **seqs = mem_alloc(nseq * sizeof *seqs);
    size_t *lens = mem_alloc(nseq * sizeof *lens), *heads = mem_alloc(nseq * sizeof *heads);
    if (!seqs || !lens || !heads) goto fail;
    for (size_t i = 0; i < nb; i++) {
        Type *b = (Type *)AS_OBJ(TUPLE_ITEMS(bases)[i]);
        seqs[i] = TUPLE_ITEMS(b->mro);
        lens[i] = TUPLE_LEN(b->mro);
        heads[i] = 0;
        total += lens[i];
    }
    seqs[nb] = TUPLE_ITEMS(bases);
    lens[nb] = nb;
    heads[nb] = 0;
    Value *out = mem_alloc(total * sizeof *out);
    if (!out) goto fail;
    size_t nout = 0;
    out[nout++] = OBJ_VAL(t);
    for (;;) {
        bool remaining = false, picked = false;
        for (size_t i = 0; i < nseq && !picked; i++) {
            if (heads[i] >= lens[i]) continue;
            remaining = true;
            Value cand = seqs[i][heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = heads[j] + 1; k < lens[j]; k++)
                    if (seqs[j][k] == cand) { in_tail = true; break; }
            if (in_tail) continue;
            out[nout++] = cand;
            for (size_t j = 0; j < nseq; j++)
                if (heads[j] < lens[j] && seqs[j][heads[j]] == cand) heads[j]++;
            picked = true;
        }
        if (!remaining) break;
        if (!picked) {
            mro_error(seqs, lens, heads, nseq);
            mem_free(out);
            goto fail;
        }
    }
    Value r = tuple_new(nout);
    if (r) {
        TUPLE_ITEMS(r)[0] = OBJ_VAL(t);
        for (size_t i = 1; i < nout; i++) TUPLE_ITEMS(r)[i] = NEWREF(out[i]);
    }
    mem_free(out);
    mem_free(seqs);
    mem_free(lens);
    mem_free(heads);
    return r;
fail:
    mem_free(seqs);
    mem_free(lens);
    mem_free(heads);
    return VNULL;
}

/* ---- readying static types ---- */

static int add_methods(Type *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value name = str_intern_cstr(m->name);
        if (!name) return -1;
        Value old = dict_get_str(t->dict, name);
        if (old && !IS_TYPE(old, &SlotWrapperType)) { DECREF(name); continue; }
        Value d = descr_new_method(t, m);
        int r = d ? dict_set(t->dict, name, d) : -1;
        XDECREF(d);
        DECREF(name);
        if (r < 0) return -1;
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        Value name = str_intern_cstr(g->name);
        if (!name) return -1;
        if (dict_get_str(t->dict, name)) { DECREF(name); continue; }
        Value d = descr_new_getset(t, g);
        int r = d ? dict_set(t->dict, name, d) : -1;
        XDECREF(d);
        DECREF(name);
        if (r < 0) return -1;
    }
    return 0;
}

static Value dict_getter(Value self) { return obj_get_dict(self); }
static int dict_setter(Value self, Value v) {
    Value *dp = obj_dict_ptr(self);
    if (!dp) { err_no_attribute(self, NAME(__dict__)); return -1; }
    if (v && !IS_DICT(v)) {
        err_format(ExcTypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
        return -1;
    }
    Value old = *dp;
    *dp = v ? NEWREF(v) : VNULL;
    gc_release_dict(old);
    XDECREF(old);
    return 0;
}
static const GetSetDef dict_getset = {"__dict__", dict_getter, dict_setter};
/* minipy has no weak references; classes still list the attribute as CPython's do. */
static Value weakref_getter(Value self) { (void)self; RETURN_NONE; }
static const GetSetDef weakref_getset = {"__weakref__", weakref_getter, NULL};

static int add_getset(Type *t, const GetSetDef *def) {
    Value name = str_intern_cstr(def->name);
    if (!name) return -1;
    int r = 0;
    if (!dict_get_str(t->dict, name)) {
        Value d = descr_new_getset(t, def);
        r = d ? dict_set(t->dict, name, d) : -1;
        XDECREF(d);
    }
    DECREF(name);
    return r;
}

static int add_dict_descr(Type *t) { return add_getset(t, &dict_getset); }

/* The work of type_ready; t is already flagged READY, so allocating instances of t (its
 * own descriptors, dicts while readying dict) does not recurse. */
int type_ready_flagged(Type *t) {
    if (!t->base && t != &ObjectType) t->base = &ObjectType;
    Type *b = t->base;
    if (b && type_ready(b) < 0) goto fail;
    if (!t->name_v) {
        const char *dot = strrchr(t->name, '.');
        t->name_v = str_intern_cstr(dot ? dot + 1 : t->name);
        if (!t->name_v) goto fail;
        if (dot) t->module_v = str_from_utf8(t->name, (size_t)(dot - t->name));
        else t->module_v = str_intern_cstr("builtins");
        if (!t->module_v) goto fail;
    }
    if (!t->qualname_v) t->qualname_v = NEWREF(t->name_v);
    if (!t->module_v && !(t->module_v = str_intern_cstr("builtins"))) goto fail;
    if (!t->dict && !(t->dict = dict_new())) goto fail;
    if (!t->bases) {
        t->bases = b ? tuple_pack(1, OBJ_VAL(b)) : tuple_empty();
        if (!t->bases) goto fail;
    }
    if (!t->mro && !(t->mro = compute_mro(t, t->bases))) goto fail;
    if (b) {
        if (!t->basicsize) {
            t->basicsize = b->basicsize;
            if (!t->itemsize) t->itemsize = b->itemsize;
        }
        if (!t->dictoffset) t->dictoffset = b->dictoffset;
        t->flags |= b->flags & SUBCLASS_FLAGS;
    }
    if (t->basicsize < sizeof(Obj)) t->basicsize = sizeof(Obj);
    /* Slot wrappers first, as CPython orders a type's dict; a MethodDef of the same name
     * then replaces the wrapper. */
    typeslots_add_wrappers(t);
    if (add_methods(t) < 0) goto fail;
    if (!dict_get_str(t->dict, NAME(__doc__)) && dict_set(t->dict, NAME(__doc__), NONE) < 0) goto fail;
    typeslots_inherit(t);
    if (t->dictoffset && (!b || b->dictoffset != t->dictoffset) && add_dict_descr(t) < 0) goto fail;
    mcache_invalidate();
    return 0;
fail:
    t->flags &= ~TPFLAG_READY;
    return -1;
}

int type_ready(Type *t) {
    if (t->flags & TPFLAG_READY) return 0;
    t->flags |= TPFLAG_READY;   /* first: readying creates descriptors whose types need t */
    return type_ready_flagged(t);
}

/* ---- creating classes ---- */

Type *type_calculate_metaclass(Type *metatype, Value bases) {
    Type *winner = metatype;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        Type *bt = TYPE(TUPLE_ITEMS(bases)[i]);
        if (type_is_subtype(winner, bt)) continue;
        if (type_is_subtype(bt, winner)) { winner = bt; continue; }
        err_set(ExcTypeError, "metaclass conflict: the metaclass of a derived class must be a "
                              "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Does t add instance fields to its base (beyond a __dict__)? */
static bool extra_ivars(Type *t, Type *base) {
    size_t ts = t->basicsize, bs = base->basicsize;
    if (t->itemsize != base->itemsize) return true;
    if (IS_HEAPTYPE(t) && HEAPTYPE(t)->added_dict && t->dictoffset != DICTOFFSET_SIDE) ts -= sizeof(Value);
    return ts != bs;
}

static Type *solid_base(Type *t) {
    Type *b = t->base ? solid_base(t->base) : t;
    return t->base && extra_ivars(t, t->base) ? t : b;
}

static Type *best_base(Value bases) {
    Type *winner = NULL, *base = NULL;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        Value bv = TUPLE_ITEMS(bases)[i];
        if (!IS_TYPEOBJ(bv)) {
            err_set(ExcTypeError, "bases must be types");
            return NULL;
        }
        Type *b = (Type *)AS_OBJ(bv);
        if (!(b->flags & TPFLAG_READY) && type_ready(b) < 0) return NULL;
        if (!(b->flags & TPFLAG_BASETYPE)) {
            err_format(ExcTypeError, "type '%s' is not an acceptable base type", b->name);
            return NULL;
        }
        Type *cand = solid_base(b);
        if (!winner) { winner = cand; base = b; }
        else if (type_is_subtype(winner, cand)) {}
        else if (type_is_subtype(cand, winner)) { winner = cand; base = b; }
        else {
            err_set(ExcTypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static bool is_identifier(Value s) {
    const unsigned char *p = (const unsigned char *)STR_DATA(s);
    if (!*p || (*p >= '0' && *p <= '9')) return false;
    for (; *p; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || *p >= 0x80)) return false;
    return true;
}

/* __x inside class Foo becomes _Foo__x (leading underscores of the class name dropped). */
static Value mangle(Value clsname, Value name) {
    const char *n = STR_DATA(name);
    size_t len = STR_SIZE(name);
    if (len < 2 || n[0] != '_' || n[1] != '_' || (len >= 4 && n[len - 1] == '_' && n[len - 2] == '_') ||
        strchr(n, '.'))
        return NEWREF(name);
    const char *c = STR_DATA(clsname);
    while (*c == '_') c++;
    if (!*c) return NEWREF(name);
    return str_fromformat("_%s%s", c, n);
}

static Value str_tuple_from(Value v) {
    if (IS_STR(v)) return tuple_pack(1, v);
    return tuple_from_iterable(v);
}

/* Lays out __slots__ (or the __dict__) of a new class. */
static int setup_layout(HeapType *h, Type *base, Value dict) {
    Type *t = &h->t;
    size_t size = base->basicsize;
    bool add_dict = false;
    Value slots = dict_get_str(dict, NAME(__slots__));
    t->itemsize = base->itemsize;
    if (slots) {
        Value names = str_tuple_from(slots);
        if (!names) return -1;
        size_t n = TUPLE_LEN(names), nslots = 0;
        Value mangled = tuple_new(n);
        if (!mangled) { DECREF(names); return -1; }
        for (size_t i = 0; i < n; i++) {
            Value s = TUPLE_ITEMS(names)[i];
            if (!IS_STR(s)) {
                err_format(ExcTypeError, "__slots__ items must be strings, not '%s'", type_name(s));
                goto bad;
            }
            if (!is_identifier(s)) {
                err_set(ExcTypeError, "__slots__ must be identifiers");
                goto bad;
            }
            if (str_eq_cstr(s, "__dict__")) {
                if (base->dictoffset || add_dict) {
                    err_set(ExcTypeError, "__dict__ slot disallowed: we already got one");
                    goto bad;
                }
                add_dict = true;
                continue;
            }
            if (str_eq_cstr(s, "__weakref__")) continue;
            Value m = mangle(t->name_v, s);
            if (!m) goto bad;
            Value interned = str_intern(m);
            if (dict_get_str(dict, interned)) {
                err_format(ExcValueError, "%R in __slots__ conflicts with class variable", s);
                DECREF(interned);
                goto bad;
            }
            TUPLE_ITEMS(mangled)[nslots++] = interned;
        }
        /* int, tuple and bytes are variable-sized in CPython (not all of them here) */
        if (nslots && (base->itemsize || (base->flags & (TPFLAG_INT_SUB | TPFLAG_TUPLE_SUB)) ||
                       type_is_subtype(base, &BytesType))) {
            err_format(ExcTypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
            goto bad;
        }
        size = (size + sizeof(Value) - 1) & ~(sizeof(Value) - 1);
        h->slots_offset = size;
        h->nslots = nslots;
        for (size_t i = 0; i < nslots; i++) {
            Value d = descr_new_member(t, TUPLE_ITEMS(mangled)[i], size + i * sizeof(Value));
            if (!d || dict_set(dict, TUPLE_ITEMS(mangled)[i], d) < 0) { XDECREF(d); goto bad; }
            DECREF(d);
        }
        size += nslots * sizeof(Value);
        /* Shrink the tuple to the real slots (the rest are VNULL, which DECREF skips). */
        h->slot_names = mangled;
        TUPLE_LEN(mangled) = nslots;
        DECREF(names);
        goto layout_done;
    bad:
        TUPLE_LEN(mangled) = nslots;
        DECREF(mangled);
        DECREF(names);
        return -1;
    } else {
        add_dict = !base->dictoffset;
    }
layout_done:
    if (add_dict && base->itemsize) {
        t->dictoffset = DICTOFFSET_SIDE;
        h->added_dict = true;
    } else if (add_dict) {
        size = (size + sizeof(Value) - 1) & ~(sizeof(Value) - 1);
        t->dictoffset = size;
        size += sizeof(Value);
        h->added_dict = true;
    } else {
        t->dictoffset = base->dictoffset;
    }
    t->basicsize = size;
    return 0;
}

static void subtype_dealloc(Obj *o);

/* Copies the base's slot functions; typeslots_update then recomputes every dunder slot. */
static void inherit_from_base(Type *t, Type *b) {
    size_t start = offsetof(Type, repr), end = offsetof(Type, methods);
    memcpy((char *)t + start, (char *)b + start, end - start);
    t->dealloc = subtype_dealloc;
}

static Value current_module_name(void) {
    if (vm.frame && frame_globals(vm.frame)) {
        Value n = dict_get_str(frame_globals(vm.frame), NAME(__name__));
        if (n) return n;
    }
    return VNULL;
}

static int call_set_name(Type *t) {
    Value items = dict_items_list(t->dict);
    if (!items) return -1;
    for (size_t i = 0; i < LIST_LEN(items); i++) {
        Value kv = LIST_ITEMS(items)[i];
        Value key = TUPLE_ITEMS(kv)[0], val = TUPLE_ITEMS(kv)[1];
        if (IS_SMALL(val) || IS_TYPE(val, &FunctionType)) continue;
        Value args[2] = {OBJ_VAL(t), key};
        bool found;
        Value r = call_special(val, NAME(__set_name__), args, 2, &found);
        if (found && !r) {
            /* 3.11 wraps the error, keeping it as the cause. */
            Value cause = err_fetch();
            err_format(ExcRuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                       type_name(val), key, t->name);
            Value exc = err_fetch();
            if (exc && cause) {
                exc_set_context(exc, NEWREF(cause));
                exc_set_cause(exc, cause);
                cause = VNULL;
            }
            XDECREF(cause);
            err_restore(exc);
            DECREF(items);
            return -1;
        }
        XDECREF(r);
    }
    DECREF(items);
    return 0;
}

static int call_init_subclass(Type *t, Value kwargs) {
    Value sup = super_new(t, OBJ_VAL(t));
    if (!sup) return -1;
    Value f = obj_getattr(sup, NAME(__init_subclass__));
    DECREF(sup);
    if (!f) return -1;
    Value r;
    if (kwargs && dict_len(kwargs)) {
        size_t n = (size_t)dict_len(kwargs), i = 0, pos = 0;
        Value kwnames = tuple_new(n);
        Value *vals = mem_alloc(n * sizeof(Value));
        if (!kwnames || !vals) { XDECREF(kwnames); mem_free(vals); DECREF(f); return -1; }
        Value k, v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            TUPLE_ITEMS(kwnames)[i] = NEWREF(k);
            vals[i++] = v;
        }
        r = obj_call(f, vals, 0, kwnames);
        mem_free(vals);
        DECREF(kwnames);
    } else {
        r = obj_call0(f);
    }
    DECREF(f);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

Value type_new_full(Type *metatype, Value name, Value bases, Value ns, Value kwargs) {
    if (!IS_STR(name)) {
        err_format(ExcTypeError, "type.__new__() argument 1 must be str, not %s", type_name(name));
        return VNULL;
    }
    if (!IS_TUPLE(bases)) {
        err_format(ExcTypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(bases));
        return VNULL;
    }
    if (!IS_DICT(ns)) {
        err_format(ExcTypeError, "type.__new__() argument 3 must be dict, not %s", type_name(ns));
        return VNULL;
    }
    Type *winner = type_calculate_metaclass(metatype, bases);
    if (!winner) return VNULL;
    metatype = winner;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++)
        for (size_t j = 0; j < i; j++)
            if (TUPLE_ITEMS(bases)[i] == TUPLE_ITEMS(bases)[j]) {
                err_format(ExcTypeError, "duplicate base class %s",
                           ((Type *)AS_OBJ(TUPLE_ITEMS(bases)[i]))->name);
                return VNULL;
            }
    Value bases_own;
    if (TUPLE_LEN(bases) == 0) bases_own = tuple_pack(1, OBJ_VAL(&ObjectType));
    else bases_own = NEWREF(bases);
    if (!bases_own) return VNULL;
    Type *base = best_base(bases_own);
    if (!base) { DECREF(bases_own); return VNULL; }

    if (strlen(STR_DATA(name)) != STR_SIZE(name)) {
        err_set(ExcValueError, "type name must not contain null characters");
        DECREF(bases_own);
        return VNULL;
    }
    Value dict = dict_copy(ns);
    if (!dict) { DECREF(bases_own); return VNULL; }
    Obj *o = obj_alloc(metatype);
    if (!o) { DECREF(dict); DECREF(bases_own); return VNULL; }
    HeapType *h = (HeapType *)o;
    Type *t = &h->t;
    /* From here on type_dealloc can release a half-built type. */
    t->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | TPFLAG_READY | (base->flags & SUBCLASS_FLAGS);
    t->dict = dict;
    t->bases = bases_own;
    t->base = base;
    INCREF(OBJ_VAL(base));
    size_t nlen = STR_SIZE(name);
    h->name_buf = mem_alloc(nlen + 1);
    if (!h->name_buf) goto fail;
    memcpy(h->name_buf, STR_DATA(name), nlen + 1);
    t->name = h->name_buf;
    t->name_v = NEWREF(name);

    Value qn = dict_get_str(dict, NAME(__qualname__));
    if (qn) {
        if (!IS_STR(qn)) {
            err_format(ExcTypeError, "type __qualname__ must be a str, not %s", type_name(qn));
            goto fail;
        }
        t->qualname_v = NEWREF(qn);
        if (dict_del(dict, NAME(__qualname__)) < 0) goto fail;
    } else {
        t->qualname_v = NEWREF(name);
    }
    if (dict_del_opt(dict, NAME(__classcell__)) < 0) goto fail;
    if (!dict_get_str(dict, NAME(__module__))) {
        Value m = current_module_name();
        if (m && dict_set(dict, NAME(__module__), m) < 0) goto fail;
    }
    Value mod = dict_get_str(dict, NAME(__module__));
    t->module_v = mod && IS_STR(mod) ? NEWREF(mod) : str_intern_cstr("builtins");

    /* __new__ is implicitly a static method, __init_subclass__ a class method. */
    Value f = dict_get_str(dict, NAME(__new__));
    if (f && IS_TYPE(f, &FunctionType)) {
        Value sm = staticmethod_new(f);
        if (!sm || dict_set(dict, NAME(__new__), sm) < 0) { XDECREF(sm); goto fail; }
        DECREF(sm);
    }
    f = dict_get_str(dict, NAME(__init_subclass__));
    if (f && IS_TYPE(f, &FunctionType)) {
        Value cm = classmethod_new(f);
        if (!cm || dict_set(dict, NAME(__init_subclass__), cm) < 0) { XDECREF(cm); goto fail; }
        DECREF(cm);
    }
    f = dict_get_cstr(dict, "__class_getitem__");
    if (f && IS_TYPE(f, &FunctionType)) {
        Value cm = classmethod_new(f);
        if (!cm || dict_set_cstr(dict, "__class_getitem__", cm) < 0) { XDECREF(cm); goto fail; }
        DECREF(cm);
    }
    /* The dict's order as CPython's: namespace, slot members, __dict__, __weakref__, __doc__. */
    if (setup_layout(h, base, dict) < 0) goto fail;
    if (h->added_dict && add_dict_descr(t) < 0) goto fail;
    if (!h->slot_names && !type_lookup(base, NAME(__weakref__)) && add_getset(t, &weakref_getset) < 0) goto fail;
    if (!dict_get_str(dict, NAME(__doc__)) && dict_set(dict, NAME(__doc__), NONE) < 0) goto fail;
    /* Defining equality without hashing makes instances unhashable. */
    if (dict_get_str(dict, NAME(__eq__)) && !dict_get_str(dict, NAME(__hash__)) &&
        dict_set(dict, NAME(__hash__), NONE) < 0) goto fail;
    if (!(t->mro = compute_mro(t, bases_own))) goto fail;
    inherit_from_base(t, base);
    gc_init_heap_type(t);   /* TPFLAG_GC and the collector's slots; untracks the MRO tuple */
    typeslots_update(t);
    if (registry_add(t) < 0) goto fail;
    mcache_invalidate();

    if (call_set_name(t) < 0 || call_init_subclass(t, kwargs) < 0) {
        DECREF(OBJ_VAL(t));
        return VNULL;
    }
    return OBJ_VAL(t);
fail:
    DECREF(OBJ_VAL(t));
    return VNULL;
}

Value type_new_class(Value name, Value bases, Value ns) {
    return type_new_full(&TypeType, name, bases, ns, VNULL);
}

static Value type_new(Type *metatype, const Value *args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (metatype == &TypeType && nargs == 1 && !nkw) return NEWREF(OBJ_VAL(TYPE(args[0])));
    if (nargs != 3) {
        err_format(ExcTypeError, "type.__new__() takes exactly 3 arguments (%d given)", (int)nargs);
        return VNULL;
    }
    if (IS_TUPLE(args[1])) {
        for (size_t i = 0; i < TUPLE_LEN(args[1]); i++) {
            Value b = TUPLE_ITEMS(args[1])[i];
            if (!IS_TYPEOBJ(b) && !IS_SMALL(b) && type_lookup(TYPE(b), NAME(__mro_entries__))) {
                err_set(ExcTypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
                return VNULL;
            }
        }
        Type *winner = type_calculate_metaclass(metatype, args[1]);
        if (!winner) return VNULL;
        if (winner != metatype && winner->new_ != type_new)
            return winner->new_(winner, args, nargs, kwnames);
        metatype = winner;
    }
    Value kwargs = VNULL;
    if (nkw) {
        kwargs = dict_new();
        if (!kwargs) return VNULL;
        for (size_t i = 0; i < nkw; i++)
            if (dict_set(kwargs, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0) {
                DECREF(kwargs);
                return VNULL;
            }
    }
    Value r = type_new_full(metatype, args[0], args[1], args[2], kwargs);
    XDECREF(kwargs);
    return r;
}

static int type_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)kwnames;
    if (nargs != 1 && nargs != 3) {
        err_set(ExcTypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

bool typeslots_is_generic_init(InitFn f);

/* A class whose __new__ is object's and whose __init__ is a Python function (most
 * classes): the instance is made here and __init__ called straight, as object_new and
 * slot_init would, without their lookups and argument copies. VNULL with no exception
 * set: not such a class. */
static Value call_plain_class(Type *t, const Value *args, size_t nargs, Value kwnames) {
    size_t total = nargs + (kwnames ? TUPLE_LEN(kwnames) : 0);
    if (total >= 8 || HEAPTYPE(t)->abstract) return VNULL;
    Value init = type_lookup_fast(t, NAME(__init__));
    if (!init || !IS_TYPE(init, &FunctionType)) return VNULL;
    Obj *o = obj_alloc(t);
    if (!o) return VNULL;
    Value buf[8];
    buf[0] = OBJ_VAL(o);
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    INCREF(init);   /* the call may rebind the class attribute */
    Value r = vm_call_function((FunctionObj *)AS_OBJ(init), buf, nargs + 1, kwnames);
    DECREF(init);
    if (r == NONE) {
        DECREF(r);
        return buf[0];
    }
    if (r) {
        err_format(ExcTypeError, "__init__() should return None, not '%s'", type_name(r));
        DECREF(r);
    }
    DECREF(buf[0]);
    return VNULL;
}

/* The last class type_plain_init found, valid while no type changed (every change to a
 * type's dict, slots or abstractness, and every type's end, bump mcache_version). */
static struct { Type *t; unsigned version; FunctionObj *init; } plain_init_last;

/* For the loop's inline class call (vm/eval.c): the __init__ function (borrowed) of a
 * class type_call would hand to call_plain_class, or NULL. The caller checks that the
 * class's metatype is type itself, so that type_call is what calling it runs. */
FunctionObj *type_plain_init(Type *t) {
    if (plain_init_last.t == t && plain_init_last.version == mcache_version) return plain_init_last.init;
    if (t->new_ != object_new || !IS_HEAPTYPE(t) || !typeslots_is_generic_init(t->init) ||
        HEAPTYPE(t)->abstract)
        return NULL;
    Value init = type_lookup_fast(t, NAME(__init__));
    if (!init || !IS_TYPE(init, &FunctionType)) return NULL;
    plain_init_last.t = t;
    plain_init_last.version = mcache_version;
    plain_init_last.init = (FunctionObj *)AS_OBJ(init);
    return plain_init_last.init;
}

static Value type_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    Type *t = (Type *)AS_OBJ(callable);
    if (t == &IntType && nargs == 1 && !kwnames) return int_call1(args[0]);   /* int(s) */
    if (t->new_ == object_new && IS_HEAPTYPE(t) && typeslots_is_generic_init(t->init)) {
        Value r = call_plain_class(t, args, nargs, kwnames);
        if (r || err_occurred()) return r;
    }
    if (t == &TypeType && nargs == 1 && (!kwnames || !TUPLE_LEN(kwnames)))
        return NEWREF(OBJ_VAL(TYPE(args[0])));
    if (t == &TypeType && nargs != 3) {
        err_set(ExcTypeError, "type() takes 1 or 3 arguments");
        return VNULL;
    }
    if (!t->new_) {
        err_format(ExcTypeError, "cannot create '%s' instances", t->name);
        return VNULL;
    }
    Value obj = t->new_(t, args, nargs, kwnames);
    if (!obj) return VNULL;
    Type *ot = TYPE(obj);
    if (ot != t && !type_is_subtype(ot, t)) return obj;
    if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
        DECREF(obj);
        return VNULL;
    }
    return obj;
}

/* ---- dealloc ---- */

static void subtype_dealloc(Obj *o) {
    Type *t = o->type;
    Value self = OBJ_VAL(o);
    if (HEAPTYPE(t)->has_del && gc_dealloc_finalizer_begin(o)) {   /* once (PEP 442) */
        Value f = type_lookup(t, NAME(__del__));
        if (f) {
            o->refcnt = 1;   /* alive again while __del__ runs */
            Value saved = err_fetch();
            INCREF(f);
            Value r = call_unbound(f, self, NULL, 0, VNULL);
            if (r) DECREF(r);
            else vm_write_unraisable(f);
            DECREF(f);
            err_restore(saved);
            if (--o->refcnt != 0) {   /* resurrected */
                gc_dealloc_finalizer_end(o, o->refcnt);
                return;
            }
        }
    }
    for (Type *x = t; x && IS_HEAPTYPE(x); x = x->base) {
        HeapType *h = HEAPTYPE(x);
        for (size_t i = 0; i < h->nslots; i++)
            CLEAR(*(Value *)((char *)o + h->slots_offset + i * sizeof(Value)));
        if (h->added_dict) {
            if (x->dictoffset == DICTOFFSET_SIDE) obj_side_dict_clear(o);
            else {
                Value *dp = (Value *)((char *)o + x->dictoffset);
                gc_release_dict(*dp);
                CLEAR(*dp);
            }
        }
    }
    Type *b = t;
    while (IS_HEAPTYPE(b)) b = b->base;
    if (b->dealloc) b->dealloc(o);
    else obj_free(o);
}

static void type_dealloc(Obj *o) {
    Type *t = (Type *)o;
    if (!IS_HEAPTYPE(t)) {   /* static types are immortal */
        o->refcnt = IMMORTAL_REFCNT;
        return;
    }
    HeapType *h = HEAPTYPE(t);
    registry_remove(t);
    mcache_invalidate();
    if (t->mro) TUPLE_ITEMS(t->mro)[0] = VNULL;   /* t itself, not owned */
    CLEAR(t->mro);
    CLEAR(t->dict);
    CLEAR(t->bases);
    CLEAR(t->name_v);
    CLEAR(t->qualname_v);
    CLEAR(t->module_v);
    CLEAR(h->slot_names);
    if (t->base) DECREF(OBJ_VAL(t->base));
    mem_free(h->name_buf);
    obj_free(o);
}

/* ---- attributes of types ---- */

Value type_getattro(Value type, Value name) {
    Type *t = (Type *)AS_OBJ(type);
    Type *meta = TYPE(type);
    Value meta_attr = type_lookup(meta, name);
    DescrGetFn meta_get = NULL;
    if (meta_attr) {
        meta_get = TYPE(meta_attr)->descr_get;
        if (meta_get && TYPE(meta_attr)->descr_set) return meta_get(meta_attr, type, OBJ_VAL(meta));
    }
    Value attr = type_lookup(t, name);
    if (attr) {
        DescrGetFn get = TYPE(attr)->descr_get;
        if (get) return get(attr, VNULL, type);
        return NEWREF(attr);
    }
    if (meta_get) return meta_get(meta_attr, type, OBJ_VAL(meta));
    if (meta_attr) return NEWREF(meta_attr);
    err_no_attribute(type, name);
    return VNULL;
}

static bool is_dunder(Value name) {
    size_t n = STR_SIZE(name);
    const char *s = STR_DATA(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

void type_modified(Type *t, Value name) {
    mcache_invalidate();
    if (name && IS_STR(name) && !is_dunder(name)) return;
    for (size_t i = 0; i < nheap; i++)
        if (type_is_subtype(heap_types[i], t)) typeslots_update(heap_types[i]);
}

int type_setattro(Value type, Value name, Value v) {
    Type *t = (Type *)AS_OBJ(type);
    if (!IS_STR(name)) {
        err_format(ExcTypeError, "attribute name must be string, not '%s'", type_name(name));
        return -1;
    }
    if (!IS_HEAPTYPE(t)) {
        err_format(ExcTypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Value meta_attr = type_lookup(TYPE(type), name);
    if (meta_attr && TYPE(meta_attr)->descr_set) {
        INCREF(meta_attr);
        int r = TYPE(meta_attr)->descr_set(meta_attr, type, v);
        DECREF(meta_attr);
        return r;
    }
    Value key = NEWREF(name);
    if (AS_OBJ(key)->type == &StrType) key = str_intern(key);
    /* Before too: dropping the old value may run __del__, which must not find it cached. */
    mcache_invalidate();
    int r;
    if (v) {
        r = dict_set(t->dict, key, v);
    } else {
        r = dict_del_opt(t->dict, key);
        if (r == 0) {
            err_format(ExcAttributeError, "type object '%s' has no attribute '%U'", t->name, key);
            r = -1;
        }
    }
    if (r >= 0) type_modified(t, key);
    DECREF(key);
    return r < 0 ? -1 : 0;
}

Value type_repr(Value v) {
    Type *t = (Type *)AS_OBJ(v);
    Value mod = VNULL;
    if (IS_HEAPTYPE(t)) {
        mod = dict_get_str(t->dict, NAME(__module__));
        if (mod && !IS_STR(mod)) mod = VNULL;
    } else {
        mod = t->module_v;
    }
    Value qn = t->qualname_v ? t->qualname_v : t->name_v;
    if (mod && qn && !str_eq_cstr(mod, "builtins")) return str_fromformat("<class '%U.%U'>", mod, qn);
    return str_fromformat("<class '%s'>", t->name);
}

/* ---- getsets and methods of type ---- */

#define T(v) ((Type *)AS_OBJ(v))

static Value type_get_name(Value self) { return NEWREF(T(self)->name_v); }
static Value type_get_qualname(Value self) { return NEWREF(T(self)->qualname_v); }

static int check_settable(Value self, Value v, const char *attr) {
    Type *t = T(self);
    if (!IS_HEAPTYPE(t)) {
        err_format(ExcTypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (!v) {
        err_format(ExcTypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (!IS_STR(v)) {
        err_format(ExcTypeError, "can only assign string to %s.%s, not '%s'", t->name, attr, type_name(v));
        return -1;
    }
    return 0;
}

static int type_set_name(Value self, Value v) {
    if (check_settable(self, v, "__name__") < 0) return -1;
    if (strlen(STR_DATA(v)) != STR_SIZE(v)) {
        err_set(ExcValueError, "type name must not contain null characters");
        return -1;
    }
    HeapType *h = HEAPTYPE(T(self));
    char *buf = mem_alloc(STR_SIZE(v) + 1);
    if (!buf) return -1;
    memcpy(buf, STR_DATA(v), STR_SIZE(v) + 1);
    mem_free(h->name_buf);
    h->name_buf = buf;
    h->t.name = buf;
    Value old = h->t.name_v;
    h->t.name_v = NEWREF(v);
    DECREF(old);
    return 0;
}

static int type_set_qualname(Value self, Value v) {
    if (check_settable(self, v, "__qualname__") < 0) return -1;
    Value old = T(self)->qualname_v;
    T(self)->qualname_v = NEWREF(v);
    DECREF(old);
    return 0;
}

static Value type_get_module(Value self) {
    Type *t = T(self);
    if (IS_HEAPTYPE(t)) {
        Value m = dict_get_str(t->dict, NAME(__module__));
        if (!m) {
            err_set_object(ExcAttributeError, NAME(__module__));
            return VNULL;
        }
        return NEWREF(m);
    }
    return NEWREF(t->module_v);
}

static int type_set_module(Value self, Value v) {
    Type *t = T(self);
    if (!IS_HEAPTYPE(t)) {
        err_format(ExcTypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    int r = v ? dict_set(t->dict, NAME(__module__), v) : dict_del(t->dict, NAME(__module__));
    mcache_invalidate();
    return r;
}

static Value type_get_mro(Value self) {
    Value mro = T(self)->mro;
    if (!mro) RETURN_NONE;
    Value r = tuple_new(TUPLE_LEN(mro));
    if (!r) return VNULL;
    for (size_t i = 0; i < TUPLE_LEN(mro); i++) TUPLE_ITEMS(r)[i] = NEWREF(TUPLE_ITEMS(mro)[i]);
    return r;
}

static Value type_get_bases(Value self) { return NEWREF(T(self)->bases); }

static void replace_mro(Type *t, Value mro) {
    Value old = t->mro;
    t->mro = mro;
    gc_untrack_value(mro);   /* it holds t without owning it: the collector must not see it */
    if (old) {
        TUPLE_ITEMS(old)[0] = VNULL;   /* t itself, not owned */
        DECREF(old);
    }
}

/* Foo.__bases__ = (A, B): the new bases must keep the instance layout; the MROs of Foo
 * and its subclasses and their slots are recomputed. */
static int type_set_bases(Value self, Value v) {
    Type *t = T(self);
    if (!IS_HEAPTYPE(t)) {
        err_format(ExcTypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v) {
        err_format(ExcTypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!IS_TUPLE(v)) {
        err_format(ExcTypeError, "can only assign tuple to %s.__bases__, not %s", t->name, type_name(v));
        return -1;
    }
    if (TUPLE_LEN(v) == 0) {
        err_format(ExcTypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (size_t i = 0; i < TUPLE_LEN(v); i++) {
        Value b = TUPLE_ITEMS(v)[i];
        if (!IS_TYPEOBJ(b)) {
            err_format(ExcTypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name, type_name(b));
            return -1;
        }
        if (type_is_subtype((Type *)AS_OBJ(b), t)) {
            err_set(ExcTypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type *nb = best_base(v);
    if (!nb) return -1;
    Type *old_base = t->base;
    if (solid_base(nb) != solid_base(old_base) || nb->dictoffset != old_base->dictoffset ||
        nb->itemsize != old_base->itemsize) {
        err_format(ExcTypeError, "__bases__ assignment: '%s' object layout differs from '%s'", nb->name,
                   old_base->name);
        return -1;
    }
    Value mro = compute_mro(t, v);
    if (!mro) return -1;
    Value old_bases = t->bases;
    t->bases = NEWREF(v);
    INCREF(OBJ_VAL(nb));
    t->base = nb;
    replace_mro(t, mro);
    /* Subclasses come later in the registry, so each one's bases are already updated. */
    for (size_t i = 0; i < nheap; i++) {
        Type *sub = heap_types[i];
        if (sub == t || !type_is_subtype(sub, t)) continue;
        Value m = compute_mro(sub, sub->bases);
        if (m) replace_mro(sub, m);
        else err_clear();
    }
    DECREF(old_bases);
    DECREF(OBJ_VAL(old_base));
    type_modified(t, VNULL);
    return 0;
}
static Value type_get_base(Value self) {
    Type *b = T(self)->base;
    return b ? NEWREF(OBJ_VAL(b)) : NONE;
}
static Value type_get_dict(Value self) { return mappingproxy_new(T(self)->dict); }

static Value type_get_doc(Value self) {
    Value d = dict_get_str(T(self)->dict, NAME(__doc__));
    if (!d) RETURN_NONE;
    if (TYPE(d)->descr_get && IS_HEAPTYPE(T(self))) return TYPE(d)->descr_get(d, VNULL, self);
    return NEWREF(d);
}

static int type_set_doc(Value self, Value v) {
    Type *t = T(self);
    if (!IS_HEAPTYPE(t)) {
        err_format(ExcTypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    int r = dict_set(t->dict, NAME(__doc__), v ? v : NONE);
    mcache_invalidate();
    return r;
}

static Value type_get_abstract(Value self) {
    Type *t = T(self);
    Value v = t != &TypeType && t->dict ? dict_get_cstr(t->dict, "__abstractmethods__") : VNULL;
    if (!v) {
        Value n = str_intern_cstr("__abstractmethods__");
        if (n) {
            err_set_object(ExcAttributeError, n);
            DECREF(n);
        }
        return VNULL;
    }
    return NEWREF(v);
}

static int type_set_abstract(Value self, Value v) {
    Type *t = T(self);
    if (!IS_HEAPTYPE(t)) {
        err_format(ExcTypeError, "cannot set '__abstractmethods__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    int abstract = 0, r;
    if (v) {
        abstract = obj_truthy(v);
        if (abstract < 0) return -1;
        r = dict_set_cstr(t->dict, "__abstractmethods__", v);
    } else {
        Value n = str_intern_cstr("__abstractmethods__");
        if (!n) return -1;
        r = dict_del_opt(t->dict, n);
        if (r == 0) {
            err_set_object(ExcAttributeError, n);
            r = -1;
        }
        DECREF(n);
    }
    if (r < 0) return -1;
    HEAPTYPE(t)->abstract = abstract;
    mcache_invalidate();
    return 0;
}

/* __mro__ and __base__ are members in CPython, whose error is worded differently. */
static int readonly_member_set(Value self, Value v) {
    (void)self; (void)v;
    err_set(ExcAttributeError, "readonly attribute");
    return -1;
}

static const GetSetDef type_getsets[] = {
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro, readonly_member_set},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base, readonly_member_set},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {NULL, NULL, NULL},
};

static Value type_mro_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_no_kw("mro", kwnames) < 0 || arg_count("mro", nargs, 0, 0) < 0) return VNULL;
    Value mro = T(self)->mro;
    Value r = list_new(TUPLE_LEN(mro));
    if (!r) return VNULL;
    for (size_t i = 0; i < TUPLE_LEN(mro); i++) LIST_ITEMS(r)[i] = NEWREF(TUPLE_ITEMS(mro)[i]);
    return r;
}

Value type_subclasses(Type *t) {
    Value r = list_new(0);
    if (!r) return VNULL;
    for (size_t i = 0; i < nheap; i++) {
        Value bases = heap_types[i]->bases;
        for (size_t j = 0; bases && j < TUPLE_LEN(bases); j++)
            if (TUPLE_ITEMS(bases)[j] == OBJ_VAL(t)) {
                if (list_append(r, OBJ_VAL(heap_types[i])) < 0) { DECREF(r); return VNULL; }
                break;
            }
    }
    return r;
}

static Value type_subclasses_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_no_kw("__subclasses__", kwnames) < 0 || arg_count("__subclasses__", nargs, 0, 0) < 0)
        return VNULL;
    return type_subclasses(T(self));
}

static Value type_instancecheck(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_no_kw("__instancecheck__", kwnames) < 0 || arg_count("__instancecheck__", nargs, 1, 1) < 0)
        return VNULL;
    Value obj = args[0];
    bool r = type_is_subtype(TYPE(obj), T(self));
    if (!r) {
        /* An object may claim another class through __class__ (as proxies do). */
        Value cls = obj_getattr_opt(obj, NAME(__class__));
        if (!cls && err_occurred()) return VNULL;
        if (cls && cls != OBJ_VAL(TYPE(obj)) && IS_TYPEOBJ(cls)) r = type_is_subtype(T(cls), T(self));
        XDECREF(cls);
    }
    return BOOL_VAL(r);
}

static Value type_subclasscheck(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_no_kw("__subclasscheck__", kwnames) < 0 || arg_count("__subclasscheck__", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_TYPEOBJ(args[0])) {
        err_set(ExcTypeError, "issubclass() arg 1 must be a class");
        return VNULL;
    }
    return BOOL_VAL(type_is_subtype(T(args[0]), T(self)));
}

static Value type_prepare(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return dict_new();
}

static Value type_dir(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_no_kw("__dir__", kwnames) < 0 || arg_count("__dir__", nargs, 0, 0) < 0) return VNULL;
    Value d = dict_new();
    if (!d) return VNULL;
    Value mro = T(self)->mro;
    for (size_t i = TUPLE_LEN(mro); i-- > 0;)
        if (dict_update(d, T(TUPLE_ITEMS(mro)[i])->dict) < 0) { DECREF(d); return VNULL; }
    Value r = dict_keys_list(d);
    DECREF(d);
    return r;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0},
    {"__subclasses__", type_subclasses_method, 0},
    {"__instancecheck__", type_instancecheck, 0},
    {"__subclasscheck__", type_subclasscheck, 0},
    {"__prepare__", type_prepare, METH_CLASS},
    {"__dir__", type_dir, 0},
    {NULL, NULL, 0},
};

Type TypeType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "type",
    .basicsize = sizeof(HeapType),
    .flags = TPFLAG_BASETYPE | TPFLAG_TYPE_SUB,
    .dictoffset = offsetof(Type, dict),
    .dealloc = type_dealloc,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .new_ = type_new,
    .init = type_init,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- finalization support (vm/init.c) ---- */

/* Breaks the reference cycles that keep heap types alive (type -> dict -> function ->
 * globals -> type, __class__ cells) by emptying their dicts. */
void type_clear_heap_types(void) {
    size_t n = nheap;
    if (!n) return;
    Type **all = malloc(n * sizeof *all);
    if (!all) return;
    memcpy(all, heap_types, n * sizeof *all);
    Value *old = calloc(n, sizeof *old);
    if (!old) { free(all); return; }
    for (size_t i = 0; i < n; i++) INCREF(OBJ_VAL(all[i]));
    /* Swap every dict out first, so finalizers run by the releases see consistent types. */
    for (size_t i = 0; i < n; i++) {
        Value fresh = all[i]->dict ? dict_new() : VNULL;
        if (fresh) {
            old[i] = all[i]->dict;
            all[i]->dict = fresh;
        }
    }
    mcache_invalidate();
    for (size_t i = 0; i < n; i++) XDECREF(old[i]);
    mcache_invalidate();
    for (size_t i = 0; i < n; i++) DECREF(OBJ_VAL(all[i]));
    free(old);
    free(all);
}

void type_clear_static(Type *t) {
    if (IS_HEAPTYPE(t)) return;
    mcache_invalidate();
    CLEAR(t->dict);
    if (t->mro) TUPLE_ITEMS(t->mro)[0] = VNULL;
    CLEAR(t->mro);
    CLEAR(t->bases);
    CLEAR(t->name_v);
    CLEAR(t->qualname_v);
    CLEAR(t->module_v);
    mcache_invalidate();
}

void type_finalize_registry(void) {
    memset(&plain_init_last, 0, sizeof plain_init_last);   /* no stale pointer for LeakSanitizer */
    mem_free(heap_types);
    heap_types = NULL;
    nheap = capheap = 0;
}
