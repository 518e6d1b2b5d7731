/* range: an arithmetic progression with 64-bit bounds (bigger bounds raise OverflowError). */
#include "object.h"
#include "containers.h"
#include "ast.h"

static inline Value i64_val(int64_t x) {
    return (x >= SMALL_MIN && x <= SMALL_MAX) ? MAKE_SMALL(x) : int_from_i64(x);
}

/* Number of items of range(start, stop, step), or -1 if it does not fit an int64. */
static int64_t range_count(int64_t start, int64_t stop, int64_t step) {
    uint64_t n;
    if (step > 0) {
        if (start >= stop) return 0;
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    } else {
        if (start <= stop) return 0;
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    }
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

Value range_new(int64_t start, int64_t stop, int64_t step) {
    int64_t n = range_count(start, stop, step);
    if (n < 0) { err_set(ExcOverflowError, "Python int too large to convert to C ssize_t"); return VNULL; }
    RangeObj *r = (RangeObj *)obj_alloc(&RangeType);
    if (!r) return VNULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = n;
    return OBJ_VAL(r);
}

static inline RangeObj *R(Value v) { return (RangeObj *)AS_OBJ(v); }

static int range_arg(Value v, int64_t *out) {
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    Value iv = obj_index(v);
    if (!iv) return -1;
    int rc = IS_SMALL(iv) ? (*out = SMALL_VAL(iv), 0) : int_as_i64(iv, out);
    DECREF(iv);
    return rc;
}

static Value range_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (kwnames && TUPLE_LEN(kwnames) && arg_no_kw("range", kwnames) < 0) return VNULL;
    if (arg_count("range", nargs, 1, 3) < 0) return VNULL;
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (range_arg(args[0], &stop) < 0) return VNULL;
    } else {
        if (range_arg(args[0], &start) < 0 || range_arg(args[1], &stop) < 0) return VNULL;
        if (nargs == 3) {
            if (range_arg(args[2], &step) < 0) return VNULL;
            if (step == 0) { err_set(ExcValueError, "range() arg 3 must not be zero"); return VNULL; }
        }
    }
    return range_new(start, stop, step);
}

static Value range_repr(Value self) {
    RangeObj *r = R(self);
    if (r->step == 1) return str_fromformat("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_fromformat("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                          (long long)r->step);
}

static intptr_t range_len(Value self) { return (intptr_t)R(self)->len; }

static int range_bool(Value self) { return R(self)->len != 0; }

static inline int64_t range_item(RangeObj *r, int64_t i) {
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

static Value range_subscript(Value self, Value key) {
    RangeObj *r = R(self);
    if (IS_SMALL(key) || (!IS_TYPE(key, &SliceType) && cont_is_index(key))) {
        intptr_t i;
        if (IS_SMALL(key)) i = SMALL_VAL(key);
        else if (cont_index(key, &i) < 0) {
            if (err_matches(ExcIndexError)) { err_clear(); err_set(ExcIndexError, "range object index out of range"); }
            return VNULL;
        }
        if (i < 0) i += r->len;
        if (i < 0 || i >= r->len) { err_set(ExcIndexError, "range object index out of range"); return VNULL; }
        return i64_val(range_item(r, i));
    }
    if (IS_TYPE(key, &SliceType)) {
        intptr_t s, e, st;
        if (slice_indices(key, (intptr_t)r->len, &s, &e, &st) < 0) return VNULL;
        __int128 ns = (__int128)r->start + (__int128)s * r->step;
        __int128 ne = (__int128)r->start + (__int128)e * r->step;
        __int128 nst = (__int128)st * r->step;
        if (ns < INT64_MIN || ns > INT64_MAX || ne < INT64_MIN || ne > INT64_MAX ||
            nst < INT64_MIN || nst > INT64_MAX) {
            err_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
            return VNULL;
        }
        return range_new((int64_t)ns, (int64_t)ne, (int64_t)nst);
    }
    err_format(ExcTypeError, "range indices must be integers or slices, not %s", type_name(key));
    return VNULL;
}

/* Position of the int v in r, or -1. */
static int64_t range_find_int(RangeObj *r, Value v) {
    int64_t x;
    if (IS_SMALL(v)) x = SMALL_VAL(v);
    else if (IS_BOOL(v)) x = v == TRUE_VAL;
    else if (int_as_i64(v, &x) < 0) { err_clear(); return -1; }
    if (r->len == 0) return -1;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
    __int128 d = (__int128)x - r->start;
    if (d % r->step != 0) return -1;
    return (int64_t)(d / r->step);
}

static bool exact_int(Value v) { return IS_SMALL(v) || IS_TYPE(v, &IntType) || IS_BOOL(v); }

static int range_contains(Value self, Value item) {
    RangeObj *r = R(self);
    if (exact_int(item)) return range_find_int(r, item) >= 0;
    /* Anything else (floats, user numbers) compares item by item, as CPython does. */
    for (int64_t i = 0; i < r->len; i++) {
        Value v = i64_val(range_item(r, i));
        if (!v) return -1;
        int k = obj_richcompare_bool(v, item, CMP_EQ);
        DECREF(v);
        if (k) return k;
    }
    return 0;
}

static Value range_richcompare(Value a, Value b, int op) {
    if (!IS_TYPE(a, &RangeType) || !IS_TYPE(b, &RangeType) || (op != CMP_EQ && op != CMP_NE))
        return NOTIMPLEMENTED;
    RangeObj *x = R(a), *y = R(b);
    bool eq = x->len == y->len &&
              (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return BOOL_VAL(op == CMP_EQ ? eq : !eq);
}

/* Equal ranges hash alike: hash((len, start, step)) with the irrelevant parts None. */
static int64_t range_hash(Value self) {
    RangeObj *r = R(self);
    Value len = i64_val(r->len), start = NONE, step = NONE;
    if (!len) return -1;
    if (r->len > 0) { start = i64_val(r->start); if (!start) { DECREF(len); return -1; } }
    if (r->len > 1) { step = i64_val(r->step); if (!step) { DECREF(len); DECREF(start); return -1; } }
    Value t = tuple_pack(3, len, start, step);
    DECREF(len); DECREF(start); DECREF(step);
    if (!t) return -1;
    int64_t h = tuple_hash(t);
    DECREF(t);
    return h;
}

static Value range_iter_make(int64_t next, int64_t step, uint64_t n) {
    RangeIterObj *it = (RangeIterObj *)obj_alloc(&RangeIterType);
    if (!it) return VNULL;
    it->next = next;
    it->step = step;
    it->remaining = n;
    return OBJ_VAL(it);
}

static Value range_iter(Value self) {
    RangeObj *r = R(self);
    return range_iter_make(r->start, r->step, (uint64_t)r->len);
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (kw && TUPLE_LEN(kw) && arg_no_kw("range.__reversed__", kw) < 0) return VNULL;
    if (arg_count("range.__reversed__", nargs, 0, 0) < 0) return VNULL;
    RangeObj *r = R(self);
    if (r->len == 0) return range_iter_make(0, 1, 0);
    return range_iter_make(range_item(r, r->len - 1), (int64_t)(0 - (uint64_t)r->step), (uint64_t)r->len);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw) {
    if (kw && TUPLE_LEN(kw) && arg_no_kw("range.count", kw) < 0) return VNULL;
    if (arg_count("range.count", nargs, 1, 1) < 0) return VNULL;
    RangeObj *r = R(self);
    if (exact_int(args[0])) return MAKE_SMALL(range_find_int(r, args[0]) >= 0);
    intptr_t c = 0;
    for (int64_t i = 0; i < r->len; i++) {
        Value v = i64_val(range_item(r, i));
        if (!v) return VNULL;
        int k = obj_richcompare_bool(v, args[0], CMP_EQ);
        DECREF(v);
        if (k < 0) return VNULL;
        c += k;
    }
    return MAKE_SMALL(c);
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kw) {
    if (kw && TUPLE_LEN(kw) && arg_no_kw("range.index", kw) < 0) return VNULL;
    if (arg_count("range.index", nargs, 1, 1) < 0) return VNULL;
    RangeObj *r = R(self);
    if (exact_int(args[0])) {
        int64_t i = range_find_int(r, args[0]);
        if (i >= 0) return i64_val(i);
    } else {
        for (int64_t i = 0; i < r->len; i++) {
            Value v = i64_val(range_item(r, i));
            if (!v) return VNULL;
            int k = obj_richcompare_bool(v, args[0], CMP_EQ);
            DECREF(v);
            if (k < 0) return VNULL;
            if (k) return i64_val(i);
        }
    }
    err_format(ExcValueError, "%R is not in range", args[0]);
    return VNULL;
}

static Value get_start(Value self) { return i64_val(R(self)->start); }
static Value get_stop(Value self) { return i64_val(R(self)->stop); }
static Value get_step(Value self) { return i64_val(R(self)->step); }

static const MethodDef range_methods[] = {
    { "__reversed__", m_reversed, 0 },
    { "count", m_count, 0 },
    { "index", m_index, 0 },
    { NULL, NULL, 0 },
};
static const GetSetDef range_getsets[] = {
    { "start", get_start, NULL },
    { "stop", get_stop, NULL },
    { "step", get_step, NULL },
    { NULL, NULL, NULL },
};

Type RangeType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .base = &ObjectType,
    .dealloc = obj_free,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattr = obj_generic_getattr,
    .iter = range_iter,
    .new_ = range_new_slot,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};

/* ---- iterator ---- */

static Value rangeiter_next(Value self) {
    RangeIterObj *it = (RangeIterObj *)AS_OBJ(self);
    if (it->remaining == 0) return VNULL;
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->remaining--;
    return i64_val(v);
}

static Value rangeiter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return int_from_u64(((RangeIterObj *)AS_OBJ(self))->remaining);
}

static const MethodDef rangeiter_methods[] = {
    { "__length_hint__", rangeiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type RangeIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .base = &ObjectType,
    .dealloc = obj_free,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};
