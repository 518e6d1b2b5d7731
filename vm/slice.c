/* slice objects and the index arithmetic every sequence uses for a[i:j:k]. */
#include "object.h"
#include "containers.h"
#include "ast.h"

Value slice_new(Value start, Value stop, Value step) {
    SliceObj *s = (SliceObj *)obj_alloc(&SliceType);
    if (!s) return VNULL;
    s->start = NEWREF(start ? start : NONE);
    s->stop = NEWREF(stop ? stop : NONE);
    s->step = NEWREF(step ? step : NONE);
    return OBJ_VAL(s);
}

static void slice_dealloc(Obj *o) {
    SliceObj *s = (SliceObj *)o;
    DECREF(s->start);
    DECREF(s->stop);
    DECREF(s->step);
    obj_free(o);
}

/* A slice bound as intptr_t, big values clamped to the intptr_t range (as CPython's). */
static int slice_bound(Value v, intptr_t *out) {
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (!cont_is_index(v)) {
        err_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value iv = obj_index(v);
    if (!iv) return -1;
    int64_t x;
    if (IS_SMALL(iv)) x = SMALL_VAL(iv);
    else if (int_as_i64(iv, &x) < 0) {
        if (!err_matches(ExcOverflowError)) { DECREF(iv); return -1; }
        err_clear();
        x = int_sign(iv) < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    DECREF(iv);
    *out = (intptr_t)x;
    return 0;
}

intptr_t slice_indices(Value slice, intptr_t length, intptr_t *pstart, intptr_t *pstop, intptr_t *pstep) {
    SliceObj *s = (SliceObj *)AS_OBJ(slice);
    intptr_t start, stop, step;
    if (s->step == NONE) step = 1;
    else {
        if (slice_bound(s->step, &step) < 0) return -1;
        if (step == 0) { err_set(ExcValueError, "slice step cannot be zero"); return -1; }
        /* -step must not overflow */
        if (step < -INTPTR_MAX) step = -INTPTR_MAX;
    }
    if (s->start == NONE) start = step < 0 ? INTPTR_MAX : 0;
    else if (slice_bound(s->start, &start) < 0) return -1;
    if (s->stop == NONE) stop = step < 0 ? INTPTR_MIN : INTPTR_MAX;
    else if (slice_bound(s->stop, &stop) < 0) return -1;

    if (start < 0) {
        start += length;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    intptr_t n = 0;
    if (step < 0) {
        if (stop < start) n = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        n = (stop - start - 1) / step + 1;
    }
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    return n;
}

static Value slice_repr(Value self) {
    SliceObj *s = (SliceObj *)AS_OBJ(self);
    return str_fromformat("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_richcompare(Value a, Value b, int op) {
    if (!IS_TYPE(a, &SliceType) || !IS_TYPE(b, &SliceType)) return NOTIMPLEMENTED;
    SliceObj *x = (SliceObj *)AS_OBJ(a), *y = (SliceObj *)AS_OBJ(b);
    Value ta = tuple_pack(3, x->start, x->stop, x->step);
    if (!ta) return VNULL;
    Value tb = tuple_pack(3, y->start, y->stop, y->step);
    if (!tb) { DECREF(ta); return VNULL; }
    Value r = obj_richcompare(ta, tb, op);
    DECREF(ta);
    DECREF(tb);
    return r;
}

static Value slice_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (kwnames && TUPLE_LEN(kwnames) && arg_no_kw("slice", kwnames) < 0) return VNULL;
    if (arg_count("slice", nargs, 1, 3) < 0) return VNULL;
    if (nargs == 1) return slice_new(NONE, args[0], NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NONE);
}

int slice_indices_big(Value slice, Value length, Value *pstart, Value *pstop, Value *pstep);  /* vm/range.c */

static Value m_indices(Value self, const Value *args, size_t nargs, Value kw) {
    if (kw && TUPLE_LEN(kw) && arg_no_kw("slice.indices", kw) < 0) return VNULL;
    if (arg_count("slice.indices", nargs, 1, 1) < 0) return VNULL;
    if (!cont_is_index(args[0])) {
        err_format(ExcTypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
        return VNULL;
    }
    /* exact arithmetic (vm/range.c): neither the length nor the step is clamped */
    Value len = obj_index(args[0]);
    if (!len) return VNULL;
    if (int_sign(len) < 0) { DECREF(len); err_set(ExcValueError, "length should not be negative"); return VNULL; }
    Value a, b, c;
    int rc = slice_indices_big(self, len, &a, &b, &c);
    DECREF(len);
    if (rc < 0) return VNULL;
    Value r = tuple_pack(3, a, b, c);
    DECREF(a); DECREF(b); DECREF(c);
    return r;
}

static Value get_start(Value self) { return NEWREF(((SliceObj *)AS_OBJ(self))->start); }
static Value get_stop(Value self) { return NEWREF(((SliceObj *)AS_OBJ(self))->stop); }
static Value get_step(Value self) { return NEWREF(((SliceObj *)AS_OBJ(self))->step); }

static const MethodDef slice_methods[] = {
    { "indices", m_indices, 0 },
    { NULL, NULL, 0 },
};
static const GetSetDef slice_getsets[] = {
    { "start", get_start, NULL },
    { "stop", get_stop, NULL },
    { "step", get_step, NULL },
    { NULL, NULL, NULL },
};

Type SliceType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .base = &ObjectType,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = obj_hash_not_implemented,
    .richcompare = slice_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = slice_new_slot,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
