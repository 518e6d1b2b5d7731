/* Generic iterators: the sequence iterator, iter(f, sentinel), enumerate, zip,
 * map, filter and reversed. */
#include <string.h>

#include "object.h"
#include "containers.h"
#include "ast.h"

static int no_kw(const char *fname, Value kw) { return kw && TUPLE_LEN(kw) ? arg_no_kw(fname, kw) : 0; }

/* Call a special method found on the type, binding it to obj. */
static Value call_special0(Value obj, Value descr) {
    DescrGetFn get = TYPE(descr)->descr_get;
    if (!get) return obj_call1(descr, obj);
    Value bound = get(descr, obj, OBJ_VAL(TYPE(obj)));
    if (!bound) return VNULL;
    Value r = obj_call0(bound);
    DECREF(bound);
    return r;
}

/* ---- iter(sequence): __getitem__ with 0, 1, 2... until IndexError ---- */

typedef struct SeqIterObj { Obj hdr; Value seq; intptr_t index; } SeqIterObj;

Value seqiter_new(Value seq) {
    SeqIterObj *it = (SeqIterObj *)obj_alloc(&SeqIterType);
    if (!it) return VNULL;
    it->seq = NEWREF(seq);
    it->index = 0;
    return OBJ_VAL(it);
}

static Value seqiter_next(Value self) {
    SeqIterObj *it = (SeqIterObj *)AS_OBJ(self);
    Value seq = it->seq;
    if (!seq) return VNULL;
    Value r = obj_getitem(seq, MAKE_SMALL(it->index));
    if (r) { it->index++; return r; }
    if (err_matches(ExcIndexError) || err_matches(ExcStopIteration)) {
        err_clear();
        it->seq = VNULL;
        DECREF(seq);
    }
    return VNULL;
}

static void seqiter_dealloc(Obj *o) {
    XDECREF(((SeqIterObj *)o)->seq);
    obj_free(o);
}

static Value seqiter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    SeqIterObj *it = (SeqIterObj *)AS_OBJ(self);
    if (!it->seq) return MAKE_SMALL(0);
    intptr_t n = obj_len(it->seq);
    if (n < 0) { err_clear(); return NOTIMPLEMENTED; }
    return MAKE_SMALL(n > it->index ? n - it->index : 0);
}

static const MethodDef seqiter_methods[] = {
    { "__length_hint__", seqiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type SeqIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "iterator",
    .basicsize = sizeof(SeqIterObj),
    .base = &ObjectType,
    .dealloc = seqiter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ---- iter(callable, sentinel) ---- */

typedef struct CallIterObj { Obj hdr; Value func, sentinel; } CallIterObj;

Value calliter_new(Value callable, Value sentinel) {
    CallIterObj *it = (CallIterObj *)obj_alloc(&CallIterType);
    if (!it) return VNULL;
    it->func = NEWREF(callable);
    it->sentinel = NEWREF(sentinel);
    return OBJ_VAL(it);
}

static Value calliter_next(Value self) {
    CallIterObj *it = (CallIterObj *)AS_OBJ(self);
    if (!it->func) return VNULL;
    Value r = obj_call0(it->func);
    if (!r) {
        if (err_matches(ExcStopIteration)) { err_clear(); CLEAR(it->func); CLEAR(it->sentinel); }
        return VNULL;
    }
    int eq = obj_richcompare_bool(it->sentinel, r, CMP_EQ);
    if (eq == 0) return r;
    DECREF(r);
    if (eq > 0) { CLEAR(it->func); CLEAR(it->sentinel); }
    return VNULL;
}

static void calliter_dealloc(Obj *o) {
    CallIterObj *it = (CallIterObj *)o;
    XDECREF(it->func);
    XDECREF(it->sentinel);
    obj_free(o);
}

Type CallIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObj),
    .base = &ObjectType,
    .dealloc = calliter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = calliter_next,
};

/* ---- enumerate ---- */

typedef struct EnumerateObj {
    Obj hdr;
    Value it;
    intptr_t index;      /* used while it fits a small int */
    Value big_index;     /* VNULL, or the index once it does not */
} EnumerateObj;

static Value enumerate_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = { "iterable", "start", NULL };
    Value a[2] = { VNULL, VNULL };
    if (nargs == 0) {
        /* CPython's wording here lacks arg_parse's "(pos 1)". */
        bool given = false;
        for (size_t i = 0; kwnames && i < TUPLE_LEN(kwnames); i++)
            given |= str_eq_cstr(TUPLE_ITEMS(kwnames)[i], "iterable");
        if (!given) {
            err_set(ExcTypeError, "enumerate() missing required argument 'iterable'");
            return VNULL;
        }
    }
    if (arg_parse("enumerate", args, nargs, kwnames, names, 2, 1, a) < 0) return VNULL;
    intptr_t start = 0;
    Value big = VNULL;
    if (a[1]) {
        if (IS_SMALL(a[1])) start = SMALL_VAL(a[1]);
        else {
            if (!IS_INT(a[1]) && !TYPE(a[1])->nb_index) {
                err_format(ExcTypeError, "'%s' object cannot be interpreted as an integer", type_name(a[1]));
                return VNULL;
            }
            Value iv = obj_index(a[1]);
            if (!iv) return VNULL;
            if (IS_SMALL(iv)) start = SMALL_VAL(iv);
            else if (IS_BOOL(iv)) start = iv == TRUE_VAL;
            else { big = iv; iv = VNULL; }
            XDECREF(iv);
        }
    }
    Value it = obj_iter(a[0]);
    if (!it) { XDECREF(big); return VNULL; }
    EnumerateObj *e = (EnumerateObj *)obj_alloc(type);
    if (!e) { DECREF(it); XDECREF(big); return VNULL; }
    e->it = it;
    e->index = start;
    e->big_index = big;
    return OBJ_VAL(e);
}

static Value enumerate_next(Value self) {
    EnumerateObj *e = (EnumerateObj *)AS_OBJ(self);
    Value item = obj_next(e->it);
    if (!item) return VNULL;
    Value idx;
    if (!e->big_index) {
        idx = MAKE_SMALL(e->index);
        if (e->index == SMALL_MAX) {
            e->big_index = obj_binop(BINOP_ADD, idx, MAKE_SMALL(1));
            if (!e->big_index) { DECREF(item); return VNULL; }
        } else {
            e->index++;
        }
    } else {
        idx = e->big_index;
        e->big_index = obj_binop(BINOP_ADD, idx, MAKE_SMALL(1));
        if (!e->big_index) { e->big_index = idx; DECREF(item); return VNULL; }
    }
    Value t = tuple_new(2);
    if (!t) { DECREF(item); DECREF(idx); return VNULL; }
    TUPLE_ITEMS(t)[0] = idx;
    TUPLE_ITEMS(t)[1] = item;
    return t;
}

static void enumerate_dealloc(Obj *o) {
    EnumerateObj *e = (EnumerateObj *)o;
    XDECREF(e->it);
    XDECREF(e->big_index);
    obj_free(o);
}

Type EnumerateType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObj),
    .flags = TPFLAG_BASETYPE,
    .base = &ObjectType,
    .dealloc = enumerate_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
};

/* ---- zip ---- */

typedef struct ZipObj { Obj hdr; Value iters; bool strict; bool done; } ZipObj;

static Value zip_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    bool strict = false;
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (nkw > 1) {
        err_format(ExcTypeError, "zip() takes at most 1 keyword argument (%zu given)", nkw);
        return VNULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        Value name = TUPLE_ITEMS(kwnames)[i];
        if (!str_eq_cstr(name, "strict")) {
            err_format(ExcTypeError, "'%U' is an invalid keyword argument for zip()", name);
            return VNULL;
        }
        int t = obj_truthy(args[nargs + i]);
        if (t < 0) return VNULL;
        strict = t;
    }
    Value iters = tuple_new(nargs);
    if (!iters) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (!it) { DECREF(iters); return VNULL; }
        TUPLE_ITEMS(iters)[i] = it;
    }
    ZipObj *z = (ZipObj *)obj_alloc(type);
    if (!z) { DECREF(iters); return VNULL; }
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}

static Value zip_next(Value self) {
    ZipObj *z = (ZipObj *)AS_OBJ(self);
    size_t n = TUPLE_LEN(z->iters);
    if (n == 0 || z->done) return VNULL;
    Value t = tuple_new(n);
    if (!t) return VNULL;
    for (size_t i = 0; i < n; i++) {
        Value item = obj_next(TUPLE_ITEMS(z->iters)[i]);
        if (item) { TUPLE_ITEMS(t)[i] = item; continue; }
        DECREF(t);
        if (err_occurred() || !z->strict) return VNULL;
        z->done = true;
        if (i) {
            err_format(ExcValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                       i == 1 ? " " : "s 1-", i);
            return VNULL;
        }
        for (size_t j = 1; j < n; j++) {
            Value extra = obj_next(TUPLE_ITEMS(z->iters)[j]);
            if (extra) {
                DECREF(extra);
                err_format(ExcValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                           j == 1 ? " " : "s 1-", j);
                return VNULL;
            }
            if (err_occurred()) return VNULL;
        }
        return VNULL;
    }
    return t;
}

static void zip_dealloc(Obj *o) {
    XDECREF(((ZipObj *)o)->iters);
    obj_free(o);
}

Type ZipType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "zip",
    .basicsize = sizeof(ZipObj),
    .flags = TPFLAG_BASETYPE,
    .base = &ObjectType,
    .dealloc = zip_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* ---- map ---- */

typedef struct MapObj { Obj hdr; Value func; Value iters; } MapObj;

static Value map_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    if (type == &MapType && no_kw("map", kwnames) < 0) return VNULL;
    if (nargs < 2) { err_set(ExcTypeError, "map() must have at least two arguments."); return VNULL; }
    Value iters = tuple_new(nargs - 1);
    if (!iters) return VNULL;
    for (size_t i = 1; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (!it) { DECREF(iters); return VNULL; }
        TUPLE_ITEMS(iters)[i - 1] = it;
    }
    MapObj *m = (MapObj *)obj_alloc(type);
    if (!m) { DECREF(iters); return VNULL; }
    m->func = NEWREF(args[0]);
    m->iters = iters;
    return OBJ_VAL(m);
}

/* The function's StopIteration passes through here, as from CPython's tp_iternext: the
 * builtin next() shows its value (iter_next_with_stop). */
static Value map_next_raw(Value self) {
    MapObj *m = (MapObj *)AS_OBJ(self);
    size_t n = TUPLE_LEN(m->iters);
    Value small[4];
    Value *argv = n <= 4 ? small : (Value *)mem_alloc(n * sizeof(Value));
    if (!argv) return VNULL;
    size_t got = 0;
    Value r = VNULL;
    for (; got < n; got++) {
        argv[got] = obj_next(TUPLE_ITEMS(m->iters)[got]);
        if (!argv[got]) goto done;
    }
    r = obj_call(m->func, argv, n, VNULL);
done:
    for (size_t i = 0; i < got; i++) DECREF(argv[i]);
    if (argv != small) mem_free(argv);
    return r;
}

/* Consumers in C take VNULL without an exception as the end (object.h), where CPython's
 * clear a StopIteration: `list(map(next, gens))` stops at a finished generator. */
static Value map_next(Value self) {
    Value r = map_next_raw(self);
    if (!r && err_matches(ExcStopIteration)) err_clear();
    return r;
}

static void map_dealloc(Obj *o) {
    MapObj *m = (MapObj *)o;
    XDECREF(m->func);
    XDECREF(m->iters);
    obj_free(o);
}

Type MapType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "map",
    .basicsize = sizeof(MapObj),
    .flags = TPFLAG_BASETYPE,
    .base = &ObjectType,
    .dealloc = map_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = map_next,
    .new_ = map_new,
};

/* ---- filter ---- */

typedef struct FilterObj { Obj hdr; Value func; Value it; } FilterObj;

static Value filter_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    if (type == &FilterType && no_kw("filter", kwnames) < 0) return VNULL;
    if (arg_count("filter", nargs, 2, 2) < 0) return VNULL;
    Value it = obj_iter(args[1]);
    if (!it) return VNULL;
    FilterObj *f = (FilterObj *)obj_alloc(type);
    if (!f) { DECREF(it); return VNULL; }
    f->func = NEWREF(args[0]);
    f->it = it;
    return OBJ_VAL(f);
}

static Value filter_next_raw(Value self) {
    FilterObj *f = (FilterObj *)AS_OBJ(self);
    bool identity = f->func == NONE || f->func == OBJ_VAL(&BoolType);
    for (;;) {
        Value item = obj_next(f->it);
        if (!item) return VNULL;
        int ok;
        if (identity) ok = obj_truthy(item);
        else {
            Value r = obj_call1(f->func, item);
            if (!r) { DECREF(item); return VNULL; }
            ok = obj_truthy(r);
            DECREF(r);
        }
        if (ok > 0) return item;
        DECREF(item);
        if (ok < 0) return VNULL;
    }
}

static Value filter_next(Value self) {
    Value r = filter_next_raw(self);
    if (!r && err_matches(ExcStopIteration)) err_clear();
    return r;
}

Value iter_next_with_stop(Value it) {
    Type *t = TYPE(it);
    if (t == &MapType) return map_next_raw(it);
    if (t == &FilterType) return filter_next_raw(it);
    if (t->flags & TPFLAG_HEAPTYPE) {
        bool found;
        Value r = call_special(it, NAME(__next__), NULL, 0, &found);
        if (!found && !r && !err_occurred())
            err_format(ExcTypeError, "'%s' object is not an iterator", t->name);
        return r;
    }
    if (!t->iternext) {
        err_format(ExcTypeError, "'%s' object is not an iterator", t->name);
        return VNULL;
    }
    return t->iternext(it);
}

static void filter_dealloc(Obj *o) {
    FilterObj *f = (FilterObj *)o;
    XDECREF(f->func);
    XDECREF(f->it);
    obj_free(o);
}

Type FilterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "filter",
    .basicsize = sizeof(FilterObj),
    .flags = TPFLAG_BASETYPE,
    .base = &ObjectType,
    .dealloc = filter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
};

/* ---- reversed ---- */

typedef struct ReversedObj { Obj hdr; Value seq; intptr_t index; } ReversedObj;

static Value reversed_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    if (type == &ReversedType && no_kw("reversed", kwnames) < 0) return VNULL;
    if (arg_count("reversed", nargs, 1, 1) < 0) return VNULL;
    Value seq = args[0];
    Type *t = TYPE(seq);
    if (type == &ReversedType && t == &ListType) {
        ListIterObj *it = (ListIterObj *)obj_alloc(&ListRevIterType);
        if (!it) return VNULL;
        it->seq = NEWREF(seq);
        it->index = LIST_LEN(seq);
        return OBJ_VAL(it);
    }
    Value rev = type_lookup(t, NAME(__reversed__));
    if (rev == NONE) {
        err_format(ExcTypeError, "'%s' object is not reversible", t->name);
        return VNULL;
    }
    if (rev) {
        INCREF(rev);
        Value r = call_special0(seq, rev);
        DECREF(rev);
        return r;
    }
    if (!t->getitem || !t->len || IS_DICT(seq)) {
        err_format(ExcTypeError, "'%s' object is not reversible", t->name);
        return VNULL;
    }
    intptr_t n = obj_len(seq);
    if (n < 0) return VNULL;
    ReversedObj *r = (ReversedObj *)obj_alloc(type);
    if (!r) return VNULL;
    r->seq = NEWREF(seq);
    r->index = n - 1;
    return OBJ_VAL(r);
}

static Value reversed_next(Value self) {
    ReversedObj *r = (ReversedObj *)AS_OBJ(self);
    Value seq = r->seq;
    if (!seq) return VNULL;
    if (r->index >= 0) {
        Value item = IS_TUPLE(seq) && (size_t)r->index < TUPLE_LEN(seq)
                         ? NEWREF(TUPLE_ITEMS(seq)[r->index])
                         : obj_getitem(seq, MAKE_SMALL(r->index));
        if (item) { r->index--; return item; }
        if (!err_matches(ExcIndexError) && !err_matches(ExcStopIteration)) return VNULL;
        err_clear();
    }
    r->index = -1;
    r->seq = VNULL;
    DECREF(seq);
    return VNULL;
}

static void reversed_dealloc(Obj *o) {
    XDECREF(((ReversedObj *)o)->seq);
    obj_free(o);
}

static Value reversed_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    ReversedObj *r = (ReversedObj *)AS_OBJ(self);
    if (!r->seq) return MAKE_SMALL(0);
    intptr_t n = obj_len(r->seq);
    if (n < 0) return VNULL;
    return MAKE_SMALL(n < r->index + 1 ? 0 : r->index + 1);
}

static const MethodDef reversed_methods[] = {
    { "__length_hint__", reversed_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type ReversedType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "reversed",
    .basicsize = sizeof(ReversedObj),
    .flags = TPFLAG_BASETYPE,
    .base = &ObjectType,
    .dealloc = reversed_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
};

/* ---- start-up ---- */

int containers_init(void) {
    static Type *const types[] = {
        &ListType, &TupleType, &DictType, &SetType, &FrozenSetType, &RangeType, &SliceType,
        &DictKeysType, &DictValuesType, &DictItemsType,
        &ListIterType, &ListRevIterType, &TupleIterType, &RangeIterType, &SetIterType,
        &DictKeyIterType, &DictValueIterType, &DictItemIterType,
        &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType,
        &LongRangeIterType, &SeqIterType, &CallIterType, &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType,
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (!(types[i]->flags & TPFLAG_READY) && type_ready(types[i]) < 0) return -1;
    return 0;
}

/* ---- the cycle collector's slots (installed by gc_init, vm/gc.c) ---- */

#define GC_VISIT(v) do { Value v__ = (v); if (v__) visit(v__, arg); } while (0)
void seqiter_gc_traverse(Obj *o, VisitFn visit, void *arg) { GC_VISIT(((SeqIterObj *)o)->seq); }
void calliter_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    GC_VISIT(((CallIterObj *)o)->func);
    GC_VISIT(((CallIterObj *)o)->sentinel);
}
void enumerate_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    GC_VISIT(((EnumerateObj *)o)->it);
    GC_VISIT(((EnumerateObj *)o)->big_index);
}
void zip_gc_traverse(Obj *o, VisitFn visit, void *arg) { GC_VISIT(((ZipObj *)o)->iters); }
void map_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    GC_VISIT(((MapObj *)o)->func);
    GC_VISIT(((MapObj *)o)->iters);
}
void filter_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    GC_VISIT(((FilterObj *)o)->func);
    GC_VISIT(((FilterObj *)o)->it);
}
void reversed_gc_traverse(Obj *o, VisitFn visit, void *arg) { GC_VISIT(((ReversedObj *)o)->seq); }
#undef GC_VISIT
