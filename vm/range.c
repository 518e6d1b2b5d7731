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

static Value range_new_big(Value start, Value stop, Value step);

Value range_new(int64_t start, int64_t stop, int64_t step) {
    int64_t n = range_count(start, stop, step);
    if (n < 0) {
        /* The length does not fit: the big representation. */
        Value a = int_from_i64(start), b = int_from_i64(stop), c = int_from_i64(step);
        Value r = (a && b && c) ? range_new_big(a, b, c) : VNULL;
        XDECREF(a); XDECREF(b); XDECREF(c);
        return r;
    }
    RangeObj *r = (RangeObj *)obj_alloc(&RangeType);
    if (!r) return VNULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = n;
    return OBJ_VAL(r);
}

static inline RangeObj *R(Value v) { return (RangeObj *)AS_OBJ(v); }

/* ---- arbitrary-size arithmetic for big ranges ---- */

static inline Value add(Value a, Value b) { return obj_binop(BINOP_ADD, a, b); }
static inline Value sub(Value a, Value b) { return obj_binop(BINOP_SUB, a, b); }
static inline Value mul(Value a, Value b) { return obj_binop(BINOP_MUL, a, b); }
static inline Value fdiv(Value a, Value b) { return obj_binop(BINOP_FLOORDIV, a, b); }
static inline int lt(Value a, Value b) { return obj_richcompare_bool(a, b, CMP_LT); }

#define BIG(r, i) (TUPLE_ITEMS((r)->big)[i])   /* 0 start, 1 stop, 2 step, 3 len */

/* (hi - lo - 1) // step + 1, or 0 when empty; step > 0. */
static Value count_values(Value lo, Value hi, Value step) {
    int c = lt(lo, hi);
    if (c <= 0) return c < 0 ? VNULL : MAKE_SMALL(0);
    Value d = sub(hi, lo);
    if (!d) return VNULL;
    Value d1 = sub(d, MAKE_SMALL(1));
    DECREF(d);
    if (!d1) return VNULL;
    Value q = fdiv(d1, step);
    DECREF(d1);
    if (!q) return VNULL;
    Value n = add(q, MAKE_SMALL(1));
    DECREF(q);
    return n;
}

static Value range_new_big(Value start, Value stop, Value step) {
    Value len;
    if (int_sign(step) > 0) len = count_values(start, stop, step);
    else {
        Value neg = obj_unary(UOP_NEG, step);
        if (!neg) return VNULL;
        len = count_values(stop, start, neg);
        DECREF(neg);
    }
    if (!len) return VNULL;
    Value t = tuple_pack(4, start, stop, step, len);
    DECREF(len);
    if (!t) return VNULL;
    RangeObj *r = (RangeObj *)obj_alloc(&RangeType);
    if (!r) { DECREF(t); return VNULL; }
    r->big = t;
    return OBJ_VAL(r);
}

/* A range from int Values: the 64-bit form when everything fits. */
static Value range_from_values(Value start, Value stop, Value step) {
    int64_t a, b, c;
    if (int_as_i64(start, &a) == 0 && int_as_i64(stop, &b) == 0 && int_as_i64(step, &c) == 0)
        return range_new(a, b, c);
    if (!err_matches(ExcOverflowError)) return VNULL;
    err_clear();
    return range_new_big(start, stop, step);
}

static void range_dealloc(Obj *o) {
    XDECREF(((RangeObj *)o)->big);
    obj_free(o);
}

/* New references to start, stop, step, len as ints, whatever the form. */
static int range_values(RangeObj *r, Value out[4]) {
    if (r->big) {
        for (int i = 0; i < 4; i++) out[i] = NEWREF(BIG(r, i));
        return 0;
    }
    out[0] = int_from_i64(r->start);
    out[1] = int_from_i64(r->stop);
    out[2] = int_from_i64(r->step);
    out[3] = int_from_i64(r->len);
    if (out[0] && out[1] && out[2] && out[3]) return 0;
    for (int i = 0; i < 4; i++) XDECREF(out[i]);
    return -1;
}

static Value range_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (kwnames && TUPLE_LEN(kwnames) && arg_no_kw("range", kwnames) < 0) return VNULL;
    if (arg_count("range", nargs, 1, 3) < 0) return VNULL;
    if (nargs == 1 && IS_SMALL(args[0])) return range_new(0, SMALL_VAL(args[0]), 1);
    Value v[3] = { MAKE_SMALL(0), VNULL, MAKE_SMALL(1) };
    size_t first = nargs == 1 ? 1 : 0;   /* range(stop) fills only v[1] */
    for (size_t i = 0; i < nargs; i++) {
        Value x = obj_index(args[i]);
        if (!x) {
            for (size_t j = 0; j < 3; j++) XDECREF(v[j]);
            return VNULL;
        }
        v[first + i] = x;
    }
    Value r = VNULL;
    if (int_sign(v[2]) == 0) err_set(ExcValueError, "range() arg 3 must not be zero");
    else r = range_from_values(v[0], v[1], v[2]);
    for (int i = 0; i < 3; i++) DECREF(v[i]);
    return r;
}

static Value range_repr(Value self) {
    RangeObj *r = R(self);
    if (r->big) {
        if (BIG(r, 2) == MAKE_SMALL(1)) return str_fromformat("range(%R, %R)", BIG(r, 0), BIG(r, 1));
        return str_fromformat("range(%R, %R, %R)", BIG(r, 0), BIG(r, 1), BIG(r, 2));
    }
    if (r->step == 1) return str_fromformat("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_fromformat("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                          (long long)r->step);
}

static intptr_t range_len(Value self) {
    RangeObj *r = R(self);
    if (!r->big) return (intptr_t)r->len;
    int64_t n;
    if (int_as_i64(BIG(r, 3), &n) < 0) {
        err_clear();
        err_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)n;
}

static int range_bool(Value self) {
    RangeObj *r = R(self);
    return r->big ? int_sign(BIG(r, 3)) != 0 : r->len != 0;
}

/* start + i * step for a big range. */
static Value big_item(RangeObj *r, Value i) {
    Value p = mul(i, BIG(r, 2));
    if (!p) return VNULL;
    Value v = add(BIG(r, 0), p);
    DECREF(p);
    return v;
}

/* One bound of a slice clamped into [lower, upper] against an arbitrary length. */
static Value slice_bound_big(Value v, Value dflt, Value length, Value lower, Value upper) {
    if (v == NONE) return NEWREF(dflt);
    if (!cont_is_index(v)) {
        err_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
        return VNULL;
    }
    Value x = obj_index(v);
    if (!x) return VNULL;
    if (int_sign(x) < 0) {
        Value y = add(x, length);
        DECREF(x);
        if (!y) return VNULL;
        x = y;
        int c = lt(x, lower);
        if (c) { DECREF(x); return c < 0 ? VNULL : NEWREF(lower); }
    } else {
        int c = lt(upper, x);
        if (c) { DECREF(x); return c < 0 ? VNULL : NEWREF(upper); }
    }
    return x;
}

/* slice.indices for a length of any size, as CPython's _PySlice_GetLongIndices. */
int slice_indices_big(Value slice, Value length, Value *pstart, Value *pstop, Value *pstep);
int slice_indices_big(Value slice, Value length, Value *pstart, Value *pstop, Value *pstep) {
    SliceObj *sl = (SliceObj *)AS_OBJ(slice);
    Value step;
    if (sl->step == NONE) step = MAKE_SMALL(1);
    else {
        if (!cont_is_index(sl->step)) {
            err_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (!(step = obj_index(sl->step))) return -1;
        if (int_sign(step) == 0) { DECREF(step); err_set(ExcValueError, "slice step cannot be zero"); return -1; }
    }
    bool neg = int_sign(step) < 0;
    Value lower = neg ? MAKE_SMALL(-1) : MAKE_SMALL(0);
    Value upper = neg ? sub(length, MAKE_SMALL(1)) : NEWREF(length);
    if (!upper) { DECREF(step); return -1; }
    Value start = slice_bound_big(sl->start, neg ? upper : lower, length, lower, upper);
    Value stop = start ? slice_bound_big(sl->stop, neg ? lower : upper, length, lower, upper) : VNULL;
    DECREF(upper);
    if (!stop) { XDECREF(start); DECREF(step); return -1; }
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    return 0;
}

static Value big_subscript(RangeObj *r, Value key) {
    if (IS_TYPE(key, &SliceType)) {
        Value st, e, sp;
        if (slice_indices_big(key, BIG(r, 3), &st, &e, &sp) < 0) return VNULL;
        Value ns = big_item(r, st), ne = big_item(r, e), nst = mul(sp, BIG(r, 2));
        Value res = ns && ne && nst ? range_from_values(ns, ne, nst) : VNULL;
        DECREF(st); DECREF(e); DECREF(sp); XDECREF(ns); XDECREF(ne); XDECREF(nst);
        return res;
    }
    if (!cont_is_index(key)) {
        err_format(ExcTypeError, "range indices must be integers or slices, not %s", type_name(key));
        return VNULL;
    }
    Value i = obj_index(key);
    if (!i) return VNULL;
    if (int_sign(i) < 0) {
        Value j = add(i, BIG(r, 3));
        DECREF(i);
        if (!j) return VNULL;
        i = j;
    }
    int ok = int_sign(i) >= 0 ? lt(i, BIG(r, 3)) : 0;
    if (ok <= 0) {
        DECREF(i);
        if (ok == 0) err_set(ExcIndexError, "range object index out of range");
        return VNULL;
    }
    Value v = big_item(r, i);
    DECREF(i);
    return v;
}

/* The index of the int x in a big range as a new int, VNULL with no error if absent. */
static Value big_find(RangeObj *r, Value x) {
    Value start = BIG(r, 0), stop = BIG(r, 1), step = BIG(r, 2);
    int in;
    if (int_sign(step) > 0) {
        in = lt(x, start);
        if (in >= 0) in = in ? 0 : lt(x, stop);
    } else {
        in = lt(start, x);
        if (in >= 0) in = in ? 0 : lt(stop, x);
    }
    if (in <= 0) return VNULL;
    Value d = sub(x, start);
    if (!d) return VNULL;
    Value m = obj_binop(BINOP_MOD, d, step);
    if (!m) { DECREF(d); return VNULL; }
    bool hit = int_sign(m) == 0;
    DECREF(m);
    Value idx = hit ? fdiv(d, step) : VNULL;
    DECREF(d);
    return idx;
}

static inline int64_t range_item(RangeObj *r, int64_t i) {
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

static Value range_subscript(Value self, Value key) {
    RangeObj *r = R(self);
    if (r->big) return big_subscript(r, key);
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
    if (IS_TYPE(key, &SliceType) && !IS_SMALL(((SliceObj *)AS_OBJ(key))->step) &&
        ((SliceObj *)AS_OBJ(key))->step != NONE) {
        /* a big step must not be clamped as slice_indices does: exact arithmetic */
        Value a = int_from_i64(r->start), n = int_from_i64(r->len), step = int_from_i64(r->step);
        Value res = VNULL, st, e, sp;
        if (a && n && step && slice_indices_big(key, n, &st, &e, &sp) == 0) {
            Value p1 = mul(st, step), p2 = mul(e, step), p3 = mul(sp, step);
            Value x = p1 ? add(a, p1) : VNULL, y = p2 ? add(a, p2) : VNULL;
            if (x && y && p3) res = range_from_values(x, y, p3);
            XDECREF(p1); XDECREF(p2); XDECREF(p3); XDECREF(x); XDECREF(y);
            DECREF(st); DECREF(e); DECREF(sp);
        }
        XDECREF(a); XDECREF(n); XDECREF(step);
        return res;
    }
    if (IS_TYPE(key, &SliceType)) {
        intptr_t s, e, st;
        if (slice_indices(key, (intptr_t)r->len, &s, &e, &st) < 0) return VNULL;
        __int128 ns = (__int128)r->start + (__int128)s * r->step;
        __int128 ne = (__int128)r->start + (__int128)e * r->step;
        __int128 nst = (__int128)st * r->step;
        if (ns < INT64_MIN || ns > INT64_MAX || ne < INT64_MIN || ne > INT64_MAX ||
            nst < INT64_MIN || nst > INT64_MAX) {
            Value a = int_from_i64(r->start), vs = int_from_i64(s), ve = int_from_i64(e);
            Value vst = int_from_i64(st), step = int_from_i64(r->step);
            Value res = VNULL;
            if (a && vs && ve && vst && step) {
                Value p1 = mul(vs, step), p2 = mul(ve, step), p3 = mul(vst, step);
                Value x = p1 ? add(a, p1) : VNULL, y = p2 ? add(a, p2) : VNULL;
                if (x && y && p3) res = range_from_values(x, y, p3);
                XDECREF(p1); XDECREF(p2); XDECREF(p3); XDECREF(x); XDECREF(y);
            }
            XDECREF(a); XDECREF(vs); XDECREF(ve); XDECREF(vst); XDECREF(step);
            return res;
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
    if (r->big && exact_int(item)) {
        Value i = big_find(r, item);
        if (i) { DECREF(i); return 1; }
        return err_occurred() ? -1 : 0;
    }
    if (exact_int(item)) return range_find_int(r, item) >= 0;
    if (r->big) {
        Value it = obj_iter(self);
        if (!it) return -1;
        Value v;
        while ((v = obj_next(it))) {
            int k = obj_richcompare_bool(v, item, CMP_EQ);
            DECREF(v);
            if (k) { DECREF(it); return k; }
        }
        DECREF(it);
        return err_occurred() ? -1 : 0;
    }
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
    if (x->big || y->big) {
        Value u[4], w[4];
        if (range_values(x, u) < 0) return VNULL;
        if (range_values(y, w) < 0) { for (int i = 0; i < 4; i++) DECREF(u[i]); return VNULL; }
        int eq = obj_richcompare_bool(u[3], w[3], CMP_EQ);
        if (eq > 0 && int_sign(u[3]) != 0) {
            eq = obj_richcompare_bool(u[0], w[0], CMP_EQ);
            if (eq > 0 && obj_richcompare_bool(u[3], MAKE_SMALL(1), CMP_EQ) == 0)
                eq = obj_richcompare_bool(u[2], w[2], CMP_EQ);
        }
        for (int i = 0; i < 4; i++) { DECREF(u[i]); DECREF(w[i]); }
        if (eq < 0) return VNULL;
        return BOOL_VAL(op == CMP_EQ ? eq : !eq);
    }
    bool eq = x->len == y->len &&
              (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return BOOL_VAL(op == CMP_EQ ? eq : !eq);
}

/* Equal ranges hash alike: hash((len, start, step)) with the irrelevant parts None. */
static int64_t range_hash(Value self) {
    RangeObj *r = R(self);
    Value v[4];
    if (range_values(r, v) < 0) return -1;
    int n = int_sign(v[3]) == 0 ? 0 : obj_richcompare_bool(v[3], MAKE_SMALL(1), CMP_EQ) > 0 ? 1 : 2;
    Value t = tuple_pack(3, v[3], n > 0 ? v[0] : NONE, n > 1 ? v[2] : NONE);
    for (int i = 0; i < 4; i++) DECREF(v[i]);
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

/* Iterator over a big range, in ints. */
typedef struct LongRangeIterObj { Obj hdr; Value next, step, remaining; } LongRangeIterObj;
extern Type LongRangeIterType;

static Value longrange_iter_make(Value next, Value step, Value n) {   /* steals all three */
    if (!next || !step || !n) { XDECREF(next); XDECREF(step); XDECREF(n); return VNULL; }
    LongRangeIterObj *it = (LongRangeIterObj *)obj_alloc(&LongRangeIterType);
    if (!it) { DECREF(next); DECREF(step); DECREF(n); return VNULL; }
    it->next = next;
    it->step = step;
    it->remaining = n;
    return OBJ_VAL(it);
}

static Value range_iter(Value self) {
    RangeObj *r = R(self);
    if (r->big) return longrange_iter_make(NEWREF(BIG(r, 0)), NEWREF(BIG(r, 2)), NEWREF(BIG(r, 3)));
    return range_iter_make(r->start, r->step, (uint64_t)r->len);
}

/* range.count(x) (count_mode) and range.index(x): arithmetic for an exact int, otherwise ==
 * against each item in turn; index raises ValueError when x is absent. */
static Value count_index(const char *name, Value self, const Value *args, size_t nargs, Value kw,
                         bool count_mode) {
    if (kw && TUPLE_LEN(kw) && arg_no_kw(name, kw) < 0) return VNULL;
    if (arg_count(name, nargs, 1, 1) < 0) return VNULL;
    RangeObj *r = R(self);
    Value x = args[0];
    if (exact_int(x) && !r->big) {
        int64_t i = range_find_int(r, x);
        if (count_mode) return MAKE_SMALL(i >= 0);
        if (i >= 0) return i64_val(i);
    } else if (exact_int(x)) {
        Value i = big_find(r, x);
        if (count_mode) {
            if (!i && err_occurred()) return VNULL;
            XDECREF(i);
            return MAKE_SMALL(i != VNULL);
        }
        if (i || err_occurred()) return i;
    } else {
        Value it = obj_iter(self);
        if (!it) return VNULL;
        Value v;
        intptr_t k = 0, c = 0;
        while ((v = obj_next(it))) {
            int e = obj_richcompare_bool(v, x, CMP_EQ);
            DECREF(v);
            if (e < 0) { DECREF(it); return VNULL; }
            if (e && !count_mode) { DECREF(it); return int_from_i64(k); }
            c += e;
            k++;
        }
        DECREF(it);
        if (err_occurred()) return VNULL;
        if (count_mode) return MAKE_SMALL(c);
        err_set(ExcValueError, "sequence.index(x): x not in sequence");   /* CPython's words here */
        return VNULL;
    }
    err_format(ExcValueError, "%R is not in range", x);
    return VNULL;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (kw && TUPLE_LEN(kw) && arg_no_kw("range.__reversed__", kw) < 0) return VNULL;
    if (arg_count("range.__reversed__", nargs, 0, 0) < 0) return VNULL;
    RangeObj *r = R(self);
    if (r->big) {
        Value len = BIG(r, 3);
        if (int_sign(len) == 0) return range_iter_make(0, 1, 0);
        Value last = sub(len, MAKE_SMALL(1));
        Value first = last ? big_item(r, last) : VNULL;
        XDECREF(last);
        return longrange_iter_make(first, obj_unary(UOP_NEG, BIG(r, 2)), NEWREF(len));
    }
    if (r->len == 0) return range_iter_make(0, 1, 0);
    return range_iter_make(range_item(r, r->len - 1), (int64_t)(0 - (uint64_t)r->step), (uint64_t)r->len);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw) {
    return count_index("range.count", self, args, nargs, kw, true);
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kw) {
    return count_index("range.index", self, args, nargs, kw, false);
}

static Value get_start(Value self) { RangeObj *r = R(self); return r->big ? NEWREF(BIG(r, 0)) : i64_val(r->start); }
static Value get_stop(Value self) { RangeObj *r = R(self); return r->big ? NEWREF(BIG(r, 1)) : i64_val(r->stop); }
static Value get_step(Value self) { RangeObj *r = R(self); return r->big ? NEWREF(BIG(r, 2)) : i64_val(r->step); }

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self; (void)args;
    if (arg_no_kw("__sizeof__", kw) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0) return VNULL;
    return MAKE_SMALL(48);   /* CPython's range object */
}

static const MethodDef range_methods[] = {
    { "__sizeof__", m_sizeof, 0 },
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
    .dealloc = range_dealloc,
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

#ifdef MINIPY_FUZZ
/* Fuzzing builds: sum(range(10**12)) spends the step budget of vm/eval.c too. */
int vm_fuzz_tick(void);
#define FUZZ_TICK(n) do { if (((n) & 63) == 0 && vm_fuzz_tick() < 0) return VNULL; } while (0)
#else
#define FUZZ_TICK(n) ((void)0)
#endif

static Value rangeiter_next(Value self) {
    RangeIterObj *it = (RangeIterObj *)AS_OBJ(self);
    if (it->remaining == 0) return VNULL;
    FUZZ_TICK(it->remaining);
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

/* ---- iterator over a big range ---- */

static Value longrangeiter_next(Value self) {
    LongRangeIterObj *it = (LongRangeIterObj *)AS_OBJ(self);
    if (int_sign(it->remaining) == 0) return VNULL;
    FUZZ_TICK(0);
    Value n = sub(it->remaining, MAKE_SMALL(1));
    if (!n) return VNULL;
    Value nx = add(it->next, it->step);
    if (!nx) { DECREF(n); return VNULL; }
    Value v = it->next;
    it->next = nx;
    DECREF(it->remaining);
    it->remaining = n;
    return v;
}

static void longrangeiter_dealloc(Obj *o) {
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    DECREF(it->next);
    DECREF(it->step);
    DECREF(it->remaining);
    obj_free(o);
}

static Value longrangeiter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return NEWREF(((LongRangeIterObj *)AS_OBJ(self))->remaining);
}

static const MethodDef longrangeiter_methods[] = {
    { "__length_hint__", longrangeiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type LongRangeIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObj),
    .base = &ObjectType,
    .dealloc = longrangeiter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};
