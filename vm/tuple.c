/* tuple: immutable sequences, with an empty singleton and free lists for small sizes. */
#include <string.h>

#include "object.h"
#include "containers.h"
#include "gc.h"
#include "ast.h"

/* Small tuples are created and dropped constantly (call arguments, unpacking,
 * dict items); recycling them skips the allocator. items[0] links the list. */
#define TUPLE_FREE_SIZES 20
#if defined(MINIPY_NO_FREELIST)   /* the leak-check build: stale items would hide leaks */
#define TUPLE_FREE_MAX   0
#else
#define TUPLE_FREE_MAX   2000
#endif
static TupleObj *tuple_free[TUPLE_FREE_SIZES];
static int tuple_free_count[TUPLE_FREE_SIZES];

static TupleObj empty_tuple = { STATIC_HEADER(&TupleType), -1, 0 };

Value tuple_empty(void) { return OBJ_VAL(&empty_tuple); }

Value tuple_new(size_t n) {
    if (n == 0) return OBJ_VAL(&empty_tuple);
    TupleObj *t;
    if (n < TUPLE_FREE_SIZES && tuple_free[n]) {
        t = tuple_free[n];
        tuple_free[n] = (TupleObj *)t->items[0];
        tuple_free_count[n]--;
        t->hdr.refcnt = 1;
        t->hdr.type = &TupleType;
        for (size_t i = 0; i < n; i++) t->items[i] = VNULL;   /* n < 20: no memset call */
        gc_track_new(&t->hdr);   /* untracked by its dealloc (vm/gc.h), a new object again */
    } else {
        t = (TupleObj *)obj_alloc_var(&TupleType, n);
        if (!t) return VNULL;
        memset(t->items, 0, n * sizeof(Value));
    }
    t->hash = -1;
    t->len = n;
    return OBJ_VAL(t);
}

static void tuple_dealloc(Obj *o) {
    TupleObj *t = (TupleObj *)o;
    size_t n = t->len;
    /* CPython releases items last to first; finalizers observe that order. */
    for (size_t i = n; i-- > 0;) XDECREF(t->items[i]);
    if (o->type == &TupleType && n < TUPLE_FREE_SIZES && n > 0 &&
        tuple_free_count[n] < TUPLE_FREE_MAX) {
        t->items[0] = (Value)tuple_free[n];
        tuple_free[n] = t;
        tuple_free_count[n]++;
        return;
    }
    obj_free(o);
}

Value tuple_from_array(const Value *items, size_t n) {
    Value t = tuple_new(n);
    if (!t) return VNULL;
    Value *dst = TUPLE_ITEMS(t);
    for (size_t i = 0; i < n; i++) { INCREF(items[i]); dst[i] = items[i]; }
    return t;
}

Value tuple_pack(size_t n, ...) {
    Value t = tuple_new(n);
    if (!t) return VNULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        Value v = va_arg(ap, Value);
        INCREF(v);
        TUPLE_ITEMS(t)[i] = v;
    }
    va_end(ap);
    return t;
}

Value tuple_from_iterable(Value it) {
    if (IS_TYPE(it, &TupleType)) return NEWREF(it);
    if (IS_LIST(it)) return list_as_tuple(it);
    Value l = list_from_iterable(it);
    if (!l) return VNULL;
    /* Move the items over rather than copying references. */
    size_t n = LIST_LEN(l);
    Value t = tuple_new(n);
    if (!t) { DECREF(l); return VNULL; }
    if (n) memcpy(TUPLE_ITEMS(t), LIST_ITEMS(l), n * sizeof(Value));
    LIST_LEN(l) = 0;
    DECREF(l);
    return t;
}

int tuple_resize(Value *pt, size_t newlen) {
    Value t = *pt;
    size_t n = TUPLE_LEN(t);
    if (n == newlen) return 0;
    Value nt = tuple_new(newlen);
    if (!nt) { DECREF(t); *pt = VNULL; return -1; }
    size_t m = n < newlen ? n : newlen;
    for (size_t i = 0; i < m; i++) { TUPLE_ITEMS(nt)[i] = TUPLE_ITEMS(t)[i]; TUPLE_ITEMS(t)[i] = VNULL; }
    DECREF(t);
    *pt = nt;
    return 0;
}

/* ---- slots ---- */

static Value tuple_repr(Value self) {
    size_t n = TUPLE_LEN(self);
    if (n == 0) return str_from_cstr("()");
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("(...)") : VNULL;
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i) sb_puts(&b, ", ");
        if (sb_put_repr(&b, TUPLE_ITEMS(self)[i]) < 0) {
            sb_discard(&b);
            repr_leave(self);
            return VNULL;
        }
    }
    if (n == 1) sb_putc(&b, ',');
    sb_putc(&b, ')');
    repr_leave(self);
    return sb_finish(&b);
}

/* CPython's xxHash-derived tuple hash (3.8+), so containers of tuples order alike. */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t tuple_hash(Value self) {
    TupleObj *t = (TupleObj *)AS_OBJ(self);
    if (t->hash != -1) return t->hash;
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h = cont_hash(t->items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539UL);
    int64_t r = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    t->hash = r;
    return r;
}

static intptr_t tuple_len(Value self) { return (intptr_t)TUPLE_LEN(self); }

static Value cmp_result(intptr_t a, intptr_t b, int op) {
    bool r;
    switch (op) {
    case CONT_LT: r = a < b; break;
    case CONT_LE: r = a <= b; break;
    case CONT_EQ: r = a == b; break;
    case CONT_NE: r = a != b; break;
    case CONT_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return BOOL_VAL(r);
}

static Value tuple_richcompare(Value a, Value b, int op) {
    if (!IS_TUPLE(a) || !IS_TUPLE(b)) return NOTIMPLEMENTED;
    size_t na = TUPLE_LEN(a), nb = TUPLE_LEN(b);
    if (a == b && (op == CONT_EQ || op == CONT_NE)) return BOOL_VAL(op == CONT_EQ);
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        int k = cont_eq(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i]);
        if (k < 0) return VNULL;
        if (!k) break;
    }
    if (i >= na || i >= nb) return cmp_result((intptr_t)na, (intptr_t)nb, op);
    if (op == CONT_EQ) return FALSE_VAL;
    if (op == CONT_NE) return TRUE_VAL;
    return obj_richcompare(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i], op);
}

Value tuple_getslice(Value t, intptr_t start, intptr_t stop) {
    intptr_t n = (intptr_t)TUPLE_LEN(t);
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop <= start) return tuple_empty();
    if (start == 0 && stop == n && IS_TYPE(t, &TupleType)) return NEWREF(t);
    return tuple_from_array(TUPLE_ITEMS(t) + start, (size_t)(stop - start));
}

static Value tuple_subscript(Value self, Value key) {
    if (IS_SMALL(key)) {
        intptr_t i = SMALL_VAL(key), n = (intptr_t)TUPLE_LEN(self);
        if (i < 0) i += n;
        if ((uintptr_t)i >= (uintptr_t)n) { err_set(ExcIndexError, "tuple index out of range"); return VNULL; }
        return NEWREF(TUPLE_ITEMS(self)[i]);
    }
    if (IS_TYPE(key, &SliceType)) {
        intptr_t start, stop, step;
        intptr_t cnt = slice_indices(key, (intptr_t)TUPLE_LEN(self), &start, &stop, &step);
        if (cnt < 0) return VNULL;
        if (step == 1) return tuple_getslice(self, start, stop);
        if (cnt == 0) return tuple_empty();
        Value t = tuple_new((size_t)cnt);
        if (!t) return VNULL;
        for (intptr_t k = 0, j = start; k < cnt; k++, j = (intptr_t)((uintptr_t)j + (uintptr_t)step)) {
            Value v = TUPLE_ITEMS(self)[j];
            INCREF(v);
            TUPLE_ITEMS(t)[k] = v;
        }
        return t;
    }
    if (cont_is_index(key)) {
        intptr_t i, n = (intptr_t)TUPLE_LEN(self);
        if (cont_index(key, &i) < 0) return VNULL;
        if (i < 0) i += n;
        if (i < 0 || i >= n) { err_set(ExcIndexError, "tuple index out of range"); return VNULL; }
        return NEWREF(TUPLE_ITEMS(self)[i]);
    }
    err_format(ExcTypeError, "tuple indices must be integers or slices, not %s", type_name(key));
    return VNULL;
}

static int tuple_contains(Value self, Value item) {
    for (size_t i = 0; i < TUPLE_LEN(self); i++) {
        int k = cont_eq(TUPLE_ITEMS(self)[i], item);
        if (k) return k;
    }
    return 0;
}

Value tuple_concat(Value a, Value b) {
    size_t na = TUPLE_LEN(a), nb = TUPLE_LEN(b);
    if (nb == 0 && IS_TYPE(a, &TupleType)) return NEWREF(a);
    if (na == 0 && IS_TYPE(b, &TupleType)) return NEWREF(b);
    Value t = tuple_new(na + nb);
    if (!t) return VNULL;
    Value *dst = TUPLE_ITEMS(t);
    for (size_t i = 0; i < na; i++) { dst[i] = TUPLE_ITEMS(a)[i]; INCREF(dst[i]); }
    for (size_t i = 0; i < nb; i++) { dst[na + i] = TUPLE_ITEMS(b)[i]; INCREF(dst[na + i]); }
    return t;
}

/* A user class on the other side may implement the reflected operator. */
static Value try_reflected(int op, Value a, Value b, BinaryFn self_fn) {
    Type *tb = TYPE(b);
    if ((tb->flags & TPFLAG_HEAPTYPE) && tb->nb[op] && tb->nb[op] != self_fn) return tb->nb[op](a, b);
    return NOTIMPLEMENTED;
}

static Value tuple_add(Value a, Value b) {
    if (!IS_TUPLE(a)) return NOTIMPLEMENTED;
    if (!IS_TUPLE(b)) {
        Value r = try_reflected(BINOP_ADD, a, b, tuple_add);
        if (r != NOTIMPLEMENTED) return r;
        err_format(ExcTypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
        return VNULL;
    }
    return tuple_concat(a, b);
}

static Value tuple_repeat(Value t, intptr_t n) {
    size_t len = TUPLE_LEN(t);
    if (n <= 0 || len == 0) return tuple_empty();
    if (n == 1 && IS_TYPE(t, &TupleType)) return NEWREF(t);
    if ((size_t)n > (SIZE_MAX / sizeof(Value)) / len) { err_no_memory(); return VNULL; }
    Value r = tuple_new(len * (size_t)n);
    if (!r) return VNULL;
    Value *dst = TUPLE_ITEMS(r);
    for (intptr_t k = 0; k < n; k++)
        for (size_t i = 0; i < len; i++) { *dst = TUPLE_ITEMS(t)[i]; INCREF(*dst); dst++; }
    return r;
}

static Value tuple_mul(Value a, Value b) {
    Value seq, cnt;
    if (IS_TUPLE(a)) { seq = a; cnt = b; }
    else if (IS_TUPLE(b)) { seq = b; cnt = a; }
    else return NOTIMPLEMENTED;
    if (!cont_is_index(cnt)) {
        if (seq == a) {
            Value r = try_reflected(BINOP_MUL, a, b, tuple_mul);
            if (r != NOTIMPLEMENTED) return r;
        }
        /* seq * tuple: CPython names the right operand (the left repeat fails first). */
        if (cnt == a && (IS_STR(a) || IS_LIST(a) || type_is_subtype(TYPE(a), &BytesType))) cnt = b;
        err_format(ExcTypeError, "can't multiply sequence by non-int of type '%s'", type_name(cnt));
        return VNULL;
    }
    intptr_t n;
    if (obj_as_ssize(cnt, &n) < 0) {
        if (err_matches(ExcOverflowError)) {
            err_clear();
            err_format(ExcOverflowError, "cannot fit '%s' into an index-sized integer", type_name(cnt));
        }
        return VNULL;
    }
    return tuple_repeat(seq, n);
}

static Value tuple_iter(Value self);

static Value tuple_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) && (type == &TupleType || type->init == TupleType.init)) {
        arg_no_kw("tuple", kwnames);
        return VNULL;
    }
    if (arg_count("tuple", nargs, 0, 1) < 0) return VNULL;
    Value t = nargs ? tuple_from_iterable(args[0]) : tuple_empty();
    if (!t || type == &TupleType) return t;
    /* A subclass instance: same items in an object of the subtype's size. */
    size_t n = TUPLE_LEN(t);
    TupleObj *o = (TupleObj *)obj_alloc_var(type, n);
    if (!o) { DECREF(t); return VNULL; }
    o->hash = -1;
    o->len = n;
    for (size_t i = 0; i < n; i++) { o->items[i] = TUPLE_ITEMS(t)[i]; INCREF(o->items[i]); }
    DECREF(t);
    return OBJ_VAL(o);
}

/* ---- methods ---- */

static Value tuple_count_m(Value self, const Value *args, size_t nargs, Value kw) {
    if (kw && arg_no_kw("tuple.count", kw) < 0) return VNULL;
    if (arg_count("tuple.count", nargs, 1, 1) < 0) return VNULL;
    intptr_t c = 0;
    for (size_t i = 0; i < TUPLE_LEN(self); i++) {
        int k = cont_eq(TUPLE_ITEMS(self)[i], args[0]);
        if (k < 0) return VNULL;
        c += k;
    }
    return MAKE_SMALL(c);
}

/* Clamp an optional start/stop argument of index() against len. */
int cont_index_bound(Value v, intptr_t len, intptr_t *out) {
    intptr_t i;
    if (IS_SMALL(v)) i = SMALL_VAL(v);
    else {
        if (!cont_is_index(v)) {
            err_set(ExcTypeError, "slice indices must be integers or have an __index__ method");
            return -1;
        }
        Value iv = obj_index(v);
        if (!iv) return -1;
        int64_t x;
        if (int_as_i64(iv, &x) < 0) {
            err_clear();
            x = int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        }
        DECREF(iv);
        i = (intptr_t)x;
    }
    if (i < 0) { i += len; if (i < 0) i = 0; }
    if (i > len) i = len;
    *out = i;
    return 0;
}

static Value tuple_index_m(Value self, const Value *args, size_t nargs, Value kw) {
    if (kw && arg_no_kw("tuple.index", kw) < 0) return VNULL;
    if (arg_count("index", nargs, 1, 3) < 0) return VNULL;
    intptr_t n = (intptr_t)TUPLE_LEN(self), start = 0, stop = n;
    if (nargs > 1 && cont_index_bound(args[1], n, &start) < 0) return VNULL;
    if (nargs > 2 && cont_index_bound(args[2], n, &stop) < 0) return VNULL;
    for (intptr_t i = start; i < stop && i < n; i++) {
        int k = cont_eq(TUPLE_ITEMS(self)[i], args[0]);
        if (k < 0) return VNULL;
        if (k) return MAKE_SMALL(i);
    }
    err_set(ExcValueError, "tuple.index(x): x not in tuple");
    return VNULL;
}

static Value tuple_getnewargs(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    Value t = tuple_from_array(TUPLE_ITEMS(self), TUPLE_LEN(self));
    if (!t) return VNULL;
    Value r = tuple_pack(1, t);
    DECREF(t);
    return r;
}

static Value tuple_sizeof(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return MAKE_SMALL((intptr_t)(24 + TUPLE_LEN(self) * sizeof(Value)));
}

static const MethodDef tuple_methods[] = {
    { "__sizeof__", tuple_sizeof, 0 },
    { "count", tuple_count_m, 0 },
    { "index", tuple_index_m, 0 },
    { "__getnewargs__", tuple_getnewargs, 0 },
    { NULL, NULL, 0 },
};

/* ---- iterator ---- */

static Value tuple_iter(Value self) {
    ListIterObj *it = (ListIterObj *)obj_alloc(&TupleIterType);
    if (!it) return VNULL;
    it->seq = NEWREF(self);
    it->index = 0;
    return OBJ_VAL(it);
}

static Value tupleiter_next(Value self) {
    ListIterObj *it = (ListIterObj *)AS_OBJ(self);
    Value seq = it->seq;
    if (!seq) return VNULL;
    if (it->index < TUPLE_LEN(seq)) return NEWREF(TUPLE_ITEMS(seq)[it->index++]);
    it->seq = VNULL;
    DECREF(seq);
    return VNULL;
}

static void seqiter_like_dealloc(Obj *o) {
    XDECREF(((ListIterObj *)o)->seq);
    obj_free(o);
}

static Value tupleiter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    ListIterObj *it = (ListIterObj *)AS_OBJ(self);
    if (!it->seq) return MAKE_SMALL(0);
    return MAKE_SMALL((intptr_t)(TUPLE_LEN(it->seq) - it->index));
}

static const MethodDef tupleiter_methods[] = {
    { "__length_hint__", tupleiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type TupleIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "tuple_iterator",
    .basicsize = sizeof(ListIterObj),
    .flags = 0,
    .base = &ObjectType,
    .dealloc = seqiter_like_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

Type TupleType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "tuple",
    .basicsize = sizeof(TupleObj),
    .itemsize = sizeof(Value),
    .flags = TPFLAG_BASETYPE | TPFLAG_TUPLE_SUB,
    .base = &ObjectType,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .getattr = obj_generic_getattr,
    .iter = tuple_iter,
    .new_ = tuple_new_slot,
    .nb = { [BINOP_ADD] = tuple_add, [BINOP_MUL] = tuple_mul },
    .len = tuple_len,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .methods = tuple_methods,
};
