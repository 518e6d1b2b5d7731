/* bytearray: mutable bytes. Shares the read-only methods with bytes (vm/bytes.c), whose
 * helpers build results of the receiver's kind. */
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "objutil.h"
#include "strutil.h"
#include "ast.h"

extern const MethodDef bytes_common_methods[];
Value bytes_richcompare(Value a, Value b, int op);
Value bytes_concat(Value a, Value b);
Value bytes_repeat(Value a, Value b);
int bytes_contains(Value self, Value item);
Value bytes_iter(Value v);
Value bytes_getitem_impl(Value self, Value key, const char *what);
char *bytes_collect(Value x, Value encoding, Value errors, size_t *n, const char *tname);

#define BA(v) ((ByteArrayObj *)AS_OBJ(v))

static int ba_reserve(ByteArrayObj *a, size_t n) {
    if (n <= a->cap) return 0;
    size_t ncap = a->cap ? a->cap : 8;
    while (ncap < n) ncap *= 2;
    char *d = realloc(a->data, ncap + 1);
    if (!d) { err_no_memory(); return -1; }
    a->data = d;
    a->cap = ncap;
    return 0;
}

static Value ba_new_of(Type *t, const char *s, size_t n) {
    ByteArrayObj *a = (ByteArrayObj *)obj_alloc(t);
    if (!a) return VNULL;
    a->size = a->cap = 0;
    a->data = NULL;
    a->exports = 0;
    if (n && ba_reserve(a, n) < 0) { DECREF(OBJ_VAL(a)); return VNULL; }
    if (n) memcpy(a->data, s, n);
    a->size = n;
    return OBJ_VAL(a);
}

Value bytearray_from(const char *s, size_t n) { return ba_new_of(&ByteArrayType, s, n); }

static void ba_dealloc(Obj *o) {
    free(((ByteArrayObj *)o)->data);
    obj_free(o);
}

static Value ba_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Value a[3] = { VNULL, VNULL, VNULL };
    if (arg_parse("bytearray", args, nargs, kwnames, names, 3, 0, a) < 0) return VNULL;
    size_t n;
    char *buf = bytes_collect(a[0], a[1], a[2], &n, "bytearray");
    if (!buf) return VNULL;
    Value r = ba_new_of(type, buf, n);
    free(buf);
    return r;
}

static intptr_t ba_len(Value v) { return (intptr_t)BA(v)->size; }
static Value ba_getitem(Value v, Value key) { return bytes_getitem_impl(v, key, "bytearray"); }

static int byte_value(Value v, int *out) {
    if (!IS_INT(v) && (IS_SMALL(v) || !type_lookup(TYPE(v), NAME(__index__)))) {
        err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", v);
        return -1;
    }
    intptr_t c;
    if (obj_as_ssize(v, &c) < 0 || c < 0 || c > 255) {
        err_clear();
        err_set(ExcValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)c;
    return 0;
}

/* Replace a->data[lo:hi] with n bytes from s (s may alias a->data: copied first). */
static int ba_splice(ByteArrayObj *a, size_t lo, size_t hi, const char *s, size_t n) {
    char *tmp = NULL;
    if (n && s >= a->data && s < a->data + a->cap) {
        tmp = malloc(n);
        if (!tmp) { err_no_memory(); return -1; }
        memcpy(tmp, s, n);
        s = tmp;
    }
    size_t newsize = a->size - (hi - lo) + n;
    if (ba_reserve(a, newsize) < 0) { free(tmp); return -1; }
    memmove(a->data + lo + n, a->data + hi, a->size - hi);
    if (n) memcpy(a->data + lo, s, n);
    a->size = newsize;
    free(tmp);
    return 0;
}

static int ba_setitem(Value self, Value key, Value v) {
    ByteArrayObj *a = BA(self);
    if (IS_INT(key) || (!IS_TYPE(key, &SliceType) && !IS_SMALL(key) && type_lookup(TYPE(key), NAME(__index__))) || IS_SMALL(key)) {
        intptr_t i;
        if (obj_as_ssize(key, &i) < 0) return -1;
        if (i < 0) i += (intptr_t)a->size;
        if (i < 0 || i >= (intptr_t)a->size) {
            err_set(ExcIndexError, v ? "bytearray index out of range" : "bytearray index out of range");
            return -1;
        }
        if (!v) return ba_splice(a, (size_t)i, (size_t)i + 1, "", 0);
        int c;
        if (byte_value(v, &c) < 0) return -1;
        a->data[i] = (char)c;
        return 0;
    }
    if (!IS_TYPE(key, &SliceType)) {
        err_format(ExcTypeError, "bytearray indices must be integers or slices, not %N", key);
        return -1;
    }
    char *buf = NULL;
    size_t n = 0;
    if (v) {
        if (IS_INT(v)) { err_set(ExcTypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)"); return -1; }
        buf = bytes_collect(v, VNULL, VNULL, &n, "bytearray");
        if (!buf) return -1;
    }
    /* after collecting the values (user code may have resized the bytearray), as CPython */
    intptr_t start, stop, step;
    intptr_t cnt = slice_indices(key, (intptr_t)a->size, &start, &stop, &step);
    if (cnt < 0) { free(buf); return -1; }
    int rc = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        rc = ba_splice(a, (size_t)start, (size_t)stop, buf ? buf : "", n);
    } else if (!v || n == 0) {   /* assigning nothing to an extended slice deletes it */
        /* delete an extended slice: keep the others in order */
        size_t w = 0;
        for (size_t r = 0; r < a->size; r++) {
            bool del = false;
            if (step > 0) del = (intptr_t)r >= start && (intptr_t)r < stop && ((intptr_t)r - start) % step == 0;
            else del = (intptr_t)r <= start && (intptr_t)r > stop && (start - (intptr_t)r) % (-step) == 0;
            if (!del) a->data[w++] = a->data[r];
        }
        a->size = w;
    } else if ((intptr_t)n != cnt) {
        err_format(ExcValueError, "attempt to assign bytes of size %zu to extended slice of size %zd", n, cnt);
        rc = -1;
    } else {
        for (intptr_t i = 0, j = start; i < cnt; i++, j = (intptr_t)((uintptr_t)j + (uintptr_t)step)) a->data[j] = buf[i];
    }
    free(buf);
    return rc;
}

static Value ba_inplace_add(Value a, Value b) {
    const char *d; size_t n;
    if (!IS_BYTEARRAY(a) || !bytes_view(b, &d, &n)) return NOTIMPLEMENTED;
    if (ba_splice(BA(a), BA(a)->size, BA(a)->size, d, n) < 0) return VNULL;
    return NEWREF(a);
}

static Value ba_inplace_mul(Value a, Value b) {
    if (!IS_BYTEARRAY(a) || !IS_INT(b)) return NOTIMPLEMENTED;
    Value r = bytes_repeat(a, b);
    if (!r || r == NOTIMPLEMENTED) return r;
    ByteArrayObj *x = BA(a), *y = BA(r);
    char *t = x->data; x->data = y->data; y->data = t;
    size_t s = x->size; x->size = y->size; y->size = s;
    s = x->cap; x->cap = y->cap; y->cap = s;
    DECREF(r);
    return NEWREF(a);
}

static int ba_contains(Value s, Value item) { return bytes_contains(s, item); }

/* ---------------- mutation methods ---------------- */

static Value m_append(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("append", kw) < 0 || arg_count("append", nargs, 1, 1) < 0) return VNULL;
    int c;
    if (byte_value(args[0], &c) < 0) return VNULL;
    char ch = (char)c;
    if (ba_splice(BA(self), BA(self)->size, BA(self)->size, &ch, 1) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("extend", kw) < 0 || arg_count("extend", nargs, 1, 1) < 0) return VNULL;
    if (IS_STR(args[0])) { err_set(ExcTypeError, "expected iterable of integers; got: 'str'"); return VNULL; }
    size_t n;
    char *buf = bytes_collect(args[0], VNULL, VNULL, &n, "bytearray");
    if (!buf) return VNULL;
    int r = ba_splice(BA(self), BA(self)->size, BA(self)->size, buf, n);
    free(buf);
    if (r < 0) return VNULL;
    RETURN_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("pop", kw) < 0 || arg_count("pop", nargs, 0, 1) < 0) return VNULL;
    ByteArrayObj *a = BA(self);
    intptr_t i = -1;
    if (nargs && obj_as_ssize(args[0], &i) < 0) return VNULL;
    if (a->size == 0) { err_set(ExcIndexError, "pop from empty bytearray"); return VNULL; }
    if (i < 0) i += (intptr_t)a->size;
    if (i < 0 || i >= (intptr_t)a->size) { err_set(ExcIndexError, "pop index out of range"); return VNULL; }
    int c = (unsigned char)a->data[i];
    ba_splice(a, (size_t)i, (size_t)i + 1, "", 0);
    return MAKE_SMALL(c);
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("remove", kw) < 0 || arg_count("remove", nargs, 1, 1) < 0) return VNULL;
    int c;
    if (byte_value(args[0], &c) < 0) return VNULL;
    ByteArrayObj *a = BA(self);
    char *p = a->size ? memchr(a->data, c, a->size) : NULL;
    if (!p) { err_set(ExcValueError, "value not found in bytearray"); return VNULL; }
    size_t i = (size_t)(p - a->data);
    ba_splice(a, i, i + 1, "", 0);
    RETURN_NONE;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("insert", kw) < 0 || arg_count("insert", nargs, 2, 2) < 0) return VNULL;
    intptr_t i;
    if (obj_as_ssize(args[0], &i) < 0) return VNULL;
    int c;
    if (byte_value(args[1], &c) < 0) return VNULL;
    ByteArrayObj *a = BA(self);
    intptr_t n = (intptr_t)a->size;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    char ch = (char)c;
    if (ba_splice(a, (size_t)i, (size_t)i, &ch, 1) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("clear", kw) < 0 || arg_count("clear", nargs, 0, 0) < 0) return VNULL;
    BA(self)->size = 0;
    RETURN_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("copy", kw) < 0 || arg_count("copy", nargs, 0, 0) < 0) return VNULL;
    return bytearray_from(BA(self)->data, BA(self)->size);
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("reverse", kw) < 0 || arg_count("reverse", nargs, 0, 0) < 0) return VNULL;
    ByteArrayObj *a = BA(self);
    for (size_t i = 0, j = a->size ? a->size - 1 : 0; i < j; i++, j--) { char t = a->data[i]; a->data[i] = a->data[j]; a->data[j] = t; }
    RETURN_NONE;
}

static const MethodDef ba_own_methods[] = {
    { "append", m_append, 0 }, { "extend", m_extend, 0 }, { "pop", m_pop, 0 }, { "remove", m_remove, 0 },
    { "insert", m_insert, 0 }, { "clear", m_clear, 0 }, { "copy", m_copy, 0 }, { "reverse", m_reverse, 0 },
    { NULL, NULL, 0 }
};

static MethodDef ba_methods[64];

/* bytes' read-only methods plus the mutators, joined once before main() */
__attribute__((constructor)) static void ba_methods_init(void) {
    size_t k = 0;
    for (const MethodDef *m = bytes_common_methods; m->name && k < 62; m++)
        if (strcmp(m->name, "__getnewargs__") != 0) ba_methods[k++] = *m;
    for (const MethodDef *m = ba_own_methods; m->name && k < 63; m++) ba_methods[k++] = *m;
    ba_methods[k] = (MethodDef){ NULL, NULL, 0 };
}

Value bytes_repr(Value b);

/* bytearray % args: formatted as bytes, returned as a bytearray. */
static Value ba_mod(Value a, Value b) {
    if (!IS_BYTEARRAY(a)) return NOTIMPLEMENTED;
    ByteArrayObj *x = BA(a);
    Value r = bytes_percent_format(x->data ? x->data : "", x->size, b);
    if (!r) return VNULL;
    Value ba = bytearray_from(BYTES_DATA(r), BYTES_SIZE(r));
    DECREF(r);
    return ba;
}

Type ByteArrayType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObj),
    .flags = TPFLAG_BASETYPE,
    .dealloc = ba_dealloc,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = obj_hash_not_implemented,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = ba_new,
    .nb = { [BINOP_ADD] = bytes_concat, [BINOP_MUL] = bytes_repeat, [BINOP_MOD] = ba_mod },
    .nb_inplace = { [BINOP_ADD] = ba_inplace_add, [BINOP_MUL] = ba_inplace_mul },
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .methods = ba_methods,
};
