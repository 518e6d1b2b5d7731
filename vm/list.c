/* list: a growable array of Values. Sorting lives in listsort.c. */
#include <string.h>

#include "object.h"
#include "containers.h"
#include "ast.h"
#include "gc.h"
#include "../stdlib/tracemalloc.h"

static inline ListObj *L(Value v) { return (ListObj *)AS_OBJ(v); }

/* Dead exact lists with a small item array are kept, array and all, for the next list_new
 * of a few items (str.split's lists, short displays): a reuse costs neither an object nor an
 * array allocation. The array of a kept list holds at least its cap rounded up to even slots
 * (vm/alloc.c's blocks are 16-byte multiples and never shrink below half); cap itself is set
 * to what the new list asks for, so sys.getsizeof agrees with CPython. Under AddressSanitizer
 * a kept list and its array are poisoned; -DMINIPY_NO_FREELIST turns this off. */
#if defined(MINIPY_NO_FREELIST)
#define LIST_FREELIST 0
#else
#define LIST_FREELIST 1
#endif
#include "poison.h"
#define LIST_FREE_MAX 64
#define LIST_KEEP_CAP 8
static ListObj *list_free[LIST_FREE_MAX];
static int list_nfree;

static inline size_t kept_slots(size_t cap) { return (cap + 1) & ~(size_t)1; }

/* Capacities follow CPython's list_resize exactly (over-allocate ~1/8 when growing,
 * shrink below half), and each operation resizes as CPython's does, so that
 * sys.getsizeof and memory use agree. Sets len to newsize; new slots are left
 * for the caller to fill. */
static int resize_raw(ListObj *l, size_t newsize) {
    size_t allocated = l->cap;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->len = newsize;
        return 0;
    }
    size_t newcap = (newsize + (newsize >> 3) + 6) & ~(size_t)3;
    /* Growing by a lot at once: no over-allocation beyond a multiple of 4. */
    if ((intptr_t)(newsize - l->len) > (intptr_t)(newcap - newsize)) newcap = (newsize + 3) & ~(size_t)3;
    if (newsize == 0) newcap = 0;
    if (newcap > PTRDIFF_MAX / sizeof(Value)) { err_no_memory(); return -1; }
    Value *items;
    if (newcap == 0) {
        mem_free(l->items);
        items = NULL;
    } else if (!(items = (Value *)mem_realloc(l->items, newcap * sizeof(Value)))) {
        return -1;
    }
    l->items = items;
    l->len = newsize;
    l->cap = newcap;
    return 0;
}

/* The first fill of an empty list from a sized source: exactly n slots, rounded up
 * to even (CPython's list_preallocate_exact). */
static int prealloc_exact(ListObj *l, size_t n) {
    n = (n + 1) & ~(size_t)1;
    if (n > PTRDIFF_MAX / sizeof(Value)) { err_no_memory(); return -1; }
    Value *items = (Value *)mem_alloc(n * sizeof(Value));
    if (!items) return -1;
    l->items = items;
    l->cap = n;
    return 0;
}

int list_resize(Value list, size_t newlen) {
    ListObj *l = L(list);
    size_t old = l->len;
    if (resize_raw(l, newlen) < 0) return -1;
    for (size_t i = old; i < newlen; i++) l->items[i] = VNULL;
    return 0;
}

static Value list_reuse(size_t n) {
    ListObj *l = list_free[--list_nfree];
    GCHead *g = GC_HEAD(&l->hdr);
    POOL_UNPOISON(g, sizeof *g + sizeof *l);
    Value *items = l->items;
    size_t have = kept_slots(l->cap);
    POOL_UNPOISON(items, have * sizeof(Value));   /* all list_dealloc poisoned */
    if (n > have) {
        items = (Value *)mem_realloc(items, n * sizeof(Value));
        if (!items) {
            /* back on the free list as it was: nothing was lost */
            POOL_POISON(l->items, have * sizeof(Value));
            POOL_POISON(g, sizeof *g + sizeof *l);
            list_nfree++;
            return VNULL;
        }
    }
    memset(g, 0, sizeof *g);   /* untracked, no flags: as obj_alloc hands it out */
    l->hdr.refcnt = 1;
    l->hdr.type = &ListType;
    l->items = items;
    for (size_t i = 0; i < n; i++) items[i] = VNULL;
    l->len = l->cap = n;
    gc_track_new(&l->hdr);
    gc_note_alloc();
    return OBJ_VAL(l);
}

Value list_new(size_t n) {
    if (LIST_FREELIST && list_nfree && n - 1 < LIST_KEEP_CAP && !__builtin_expect(tracemalloc_on, 0))
        return list_reuse(n);
    ListObj *l = (ListObj *)obj_alloc(&ListType);
    if (!l) return VNULL;
    if (n) {
        if (n > PTRDIFF_MAX / sizeof(Value)) { err_no_memory(); obj_free(&l->hdr); return VNULL; }
        Value *items = (Value *)mem_alloc(n * sizeof(Value));
        if (!items) { obj_free(&l->hdr); return VNULL; }
        l->items = items;
        /* A call into memset costs more than a few stores (split's two-item lists). */
        if (n <= 4) {
            items[0] = VNULL;
            if (n > 1) items[1] = VNULL;
            if (n > 2) items[2] = VNULL;
            if (n > 3) items[3] = VNULL;
        } else {
            memset(items, 0, n * sizeof(Value));
        }
    }
    l->len = l->cap = n;
    return OBJ_VAL(l);
}

int list_append(Value list, Value v) {
    ListObj *l = L(list);
    size_t n = l->len;
    if (n < l->cap) l->len = n + 1;
    else if (resize_raw(l, n + 1) < 0) return -1;
    INCREF(v);
    l->items[n] = v;
    return 0;
}

/* PyObject_LengthHint: len(), else __length_hint__(), else dflt; -1 on error. */
static intptr_t length_hint(Value o, intptr_t dflt) {
    Type *t = TYPE(o);
    if (t->len) {
        intptr_t r = t->len(o);
        if (r >= 0) return r;
        if (!err_matches(ExcTypeError)) return -1;
        err_clear();
    }
    Value hint = type_lookup(t, NAME(__length_hint__));
    if (!hint) return dflt;
    INCREF(hint);
    Value r = call_unbound(hint, o, NULL, 0, VNULL);
    DECREF(hint);
    if (!r) {
        if (!err_matches(ExcTypeError)) return -1;
        err_clear();
        return dflt;
    }
    if (r == NOTIMPLEMENTED) return dflt;
    if (!IS_INT(r)) {
        err_format(ExcTypeError, "__length_hint__ must be an integer, not %s", type_name(r));
        DECREF(r);
        return -1;
    }
    intptr_t n;
    int rc = obj_as_ssize(r, &n);
    DECREF(r);
    if (rc < 0) return -1;
    if (n < 0) { err_set(ExcValueError, "__length_hint__() should return >= 0"); return -1; }
    return n;
}

static void list_dealloc(Obj *o) {
    ListObj *l = (ListObj *)o;
    /* CPython releases items last to first; finalizers observe that order. */
    for (size_t i = l->len; i-- > 0;) XDECREF(l->items[i]);
    if (LIST_FREELIST && o->type == &ListType && l->items && l->cap - 1 < LIST_KEEP_CAP &&
        list_nfree < LIST_FREE_MAX && !__builtin_expect(tracemalloc_on, 0)) {
        gc_untrack_head(GC_HEAD(o));   /* obj_dealloc did; as obj_free would */
        gc_note_free();
        list_free[list_nfree++] = l;
        POOL_POISON(l->items, kept_slots(l->cap) * sizeof(Value));
        POOL_POISON(GC_HEAD(o), sizeof(GCHead) + sizeof *l);
        return;
    }
    mem_free(l->items);
    obj_free(o);
}

void list_clear(Value list) {
    ListObj *l = L(list);
    Value *items = l->items;
    size_t n = l->len;
    /* Detach first: finalizers run by the DECREFs may look at the list. */
    l->items = NULL;
    l->len = l->cap = 0;
    for (size_t i = n; i-- > 0;) XDECREF(items[i]);
    mem_free(items);
}

int list_extend(Value list, Value iterable) {
    ListObj *l = L(list);
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) {
        size_t n = IS_LIST(iterable) ? LIST_LEN(iterable) : TUPLE_LEN(iterable);
        if (n == 0) return 0;
        size_t m = l->len;
        if (!l->items) {
            if (prealloc_exact(l, n) < 0) return -1;
        } else if (resize_raw(l, m + n) < 0) {
            return -1;
        }
        /* Read the source after growing: it may be the list itself. */
        const Value *src = IS_LIST(iterable) ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        Value *dst = l->items + m;
        for (size_t i = 0; i < n; i++) { INCREF(src[i]); dst[i] = src[i]; }
        l->len = m + n;
        return 0;
    }
    Value it = obj_iter(iterable);
    if (!it) return -1;
    /* Room for the expected count first, as CPython; trimmed at the end. */
    intptr_t hint = length_hint(iterable, 8);
    if (hint < 0) { DECREF(it); return -1; }
    size_t m = l->len;
    if (hint > 0 && (size_t)hint <= PTRDIFF_MAX / sizeof(Value) - m) {
        /* An empty list gets exactly the hint, as 3.11's list_extend (sizes match CPython's). */
        if (!l->items) {
            if (prealloc_exact(l, (size_t)hint) < 0) { DECREF(it); return -1; }
        } else {
            if (resize_raw(l, m + (size_t)hint) < 0) { DECREF(it); return -1; }
            l->len = m;
        }
    }
    UnaryFn next = TYPE(it)->iternext;
    for (;;) {
        Value v = next ? next(it) : obj_next(it);
        if (!v) break;
        size_t n = l->len;
        if (n < l->cap) l->len = n + 1;
        else if (resize_raw(l, n + 1) < 0) { DECREF(v); DECREF(it); return -1; }
        l->items[n] = v;
    }
    DECREF(it);
    if (err_occurred()) return -1;
    if (l->len < l->cap && resize_raw(l, l->len) < 0) err_clear();
    return 0;
}

Value list_from_iterable(Value it) {
    Value l = list_new(0);
    if (!l) return VNULL;
    if (list_extend(l, it) < 0) { DECREF(l); return VNULL; }
    return l;
}

Value list_as_tuple(Value list) { return tuple_from_array(LIST_ITEMS(list), LIST_LEN(list)); }

Value list_getslice(Value list, intptr_t start, intptr_t stop) {
    intptr_t n = (intptr_t)LIST_LEN(list);
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop < start) stop = start;
    size_t cnt = (size_t)(stop - start);
    Value r = list_new(cnt);
    if (!r || cnt == 0) return r;   /* an empty list's items may be NULL: no NULL + 0 */
    const Value *src = LIST_ITEMS(list) + start;
    Value *dst = LIST_ITEMS(r);
    for (size_t i = 0; i < cnt; i++) { INCREF(src[i]); dst[i] = src[i]; }
    return r;
}

Value list_getitem(Value list, intptr_t i) {
    intptr_t n = (intptr_t)LIST_LEN(list);
    if (i < 0) i += n;
    if (i < 0 || i >= n) { err_set(ExcIndexError, "list index out of range"); return VNULL; }
    return NEWREF(LIST_ITEMS(list)[i]);
}

int list_insert(Value list, intptr_t i, Value v) {
    ListObj *l = L(list);
    intptr_t n = (intptr_t)l->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    if (resize_raw(l, (size_t)n + 1) < 0) return -1;
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Value));
    INCREF(v);
    l->items[i] = v;
    return 0;
}

Value list_pop(Value list, intptr_t i) {
    ListObj *l = L(list);
    intptr_t n = (intptr_t)l->len;
    if (n == 0) { err_set(ExcIndexError, "pop from empty list"); return VNULL; }
    if (i < 0) i += n;
    if (i < 0 || i >= n) { err_set(ExcIndexError, "pop index out of range"); return VNULL; }
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(n - i - 1) * sizeof(Value));
    if (resize_raw(l, (size_t)n - 1) < 0) { err_clear(); l->len = (size_t)n - 1; }
    return v;
}

void list_reverse(Value list) {
    Value *a = LIST_ITEMS(list);
    size_t n = LIST_LEN(list);
    for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) { Value t = a[i]; a[i] = a[j]; a[j] = t; }
}

Value list_concat(Value a, Value b) {
    size_t na = LIST_LEN(a), nb = LIST_LEN(b);
    Value r = list_new(na + nb);
    if (!r) return VNULL;
    Value *dst = LIST_ITEMS(r);
    for (size_t i = 0; i < na; i++) { dst[i] = LIST_ITEMS(a)[i]; INCREF(dst[i]); }
    for (size_t i = 0; i < nb; i++) { dst[na + i] = LIST_ITEMS(b)[i]; INCREF(dst[na + i]); }
    return r;
}

Value list_repeat(Value list, intptr_t n) {
    size_t len = LIST_LEN(list);
    if (n <= 0 || len == 0) return list_new(0);
    if ((size_t)n > (SIZE_MAX / sizeof(Value)) / len) { err_no_memory(); return VNULL; }
    Value r = list_new(len * (size_t)n);
    if (!r) return VNULL;
    Value *dst = LIST_ITEMS(r);
    const Value *src = LIST_ITEMS(list);
    for (intptr_t k = 0; k < n; k++)
        for (size_t i = 0; i < len; i++) { *dst = src[i]; INCREF(*dst); dst++; }
    return r;
}

/* ---- shared helpers ---- */

int cont_index(Value key, intptr_t *out) {
    if (IS_SMALL(key)) { *out = SMALL_VAL(key); return 0; }
    if (obj_as_ssize(key, out) < 0) {
        if (err_matches(ExcOverflowError)) {
            err_clear();
            err_format(ExcIndexError, "cannot fit '%s' into an index-sized integer", type_name(key));
        }
        return -1;
    }
    return 0;
}

Value cont_iter_self(Value it) { return NEWREF(it); }

/* A sequence operator's other operand is unusable; a user class there may still
 * implement the reflected operator, which CPython would try before failing. */
static Value try_reflected(int op, Value a, Value b, BinaryFn self_fn) {
    Type *tb = TYPE(b);
    if ((tb->flags & TPFLAG_HEAPTYPE) && tb->nb[op] && tb->nb[op] != self_fn) return tb->nb[op](a, b);
    return NOTIMPLEMENTED;
}

/* ---- slots ---- */

static Value list_repr(Value self) {
    if (LIST_LEN(self) == 0) return str_from_cstr("[]");
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("[...]") : VNULL;
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '[');
    /* The list may change while item reprs run Python code: re-read it each time. */
    for (size_t i = 0; i < LIST_LEN(self); i++) {
        if (i) sb_puts(&b, ", ");
        Value v = LIST_ITEMS(self)[i];
        INCREF(v);
        int rc = sb_put_repr(&b, v);
        DECREF(v);
        if (rc < 0) { sb_discard(&b); repr_leave(self); return VNULL; }
    }
    sb_putc(&b, ']');
    repr_leave(self);
    return sb_finish(&b);
}

static Value cmp_lengths(size_t a, size_t b, int op) {
    bool r;
    switch (op) {
    case CMP_LT: r = a < b; break;
    case CMP_LE: r = a <= b; break;
    case CMP_EQ: r = a == b; break;
    case CMP_NE: r = a != b; break;
    case CMP_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return BOOL_VAL(r);
}

static Value list_richcompare(Value a, Value b, int op) {
    if (!IS_LIST(a) || !IS_LIST(b)) return NOTIMPLEMENTED;
    if (LIST_LEN(a) != LIST_LEN(b) && (op == CMP_EQ || op == CMP_NE)) return BOOL_VAL(op == CMP_NE);
    size_t i;
    for (i = 0; i < LIST_LEN(a) && i < LIST_LEN(b); i++) {
        Value x = LIST_ITEMS(a)[i], y = LIST_ITEMS(b)[i];
        if (x == y) continue;
        INCREF(x); INCREF(y);
        int k = cont_eq(x, y);
        DECREF(x); DECREF(y);
        if (k < 0) return VNULL;
        if (!k) break;
    }
    if (i >= LIST_LEN(a) || i >= LIST_LEN(b)) return cmp_lengths(LIST_LEN(a), LIST_LEN(b), op);
    if (op == CMP_EQ) return FALSE_VAL;
    if (op == CMP_NE) return TRUE_VAL;
    Value x = LIST_ITEMS(a)[i], y = LIST_ITEMS(b)[i];
    INCREF(x); INCREF(y);
    Value r = obj_richcompare(x, y, op);
    DECREF(x); DECREF(y);
    return r;
}

static intptr_t list_len(Value self) { return (intptr_t)LIST_LEN(self); }

static Value list_subscript(Value self, Value key) {
    if (IS_SMALL(key)) {
        intptr_t i = SMALL_VAL(key), n = (intptr_t)LIST_LEN(self);
        if (i < 0) i += n;
        if ((uintptr_t)i >= (uintptr_t)n) { err_set(ExcIndexError, "list index out of range"); return VNULL; }
        return NEWREF(LIST_ITEMS(self)[i]);
    }
    if (IS_TYPE(key, &SliceType)) {
        intptr_t start, stop, step;
        intptr_t cnt = slice_indices(key, (intptr_t)LIST_LEN(self), &start, &stop, &step);
        if (cnt < 0) return VNULL;
        if (step == 1) return list_getslice(self, start, start + cnt);
        Value r = list_new((size_t)cnt);
        if (!r) return VNULL;
        for (intptr_t k = 0, j = start; k < cnt; k++, j = (intptr_t)((uintptr_t)j + (uintptr_t)step)) {
            Value v = LIST_ITEMS(self)[j];
            INCREF(v);
            LIST_ITEMS(r)[k] = v;
        }
        return r;
    }
    if (cont_is_index(key)) {
        intptr_t i;
        if (cont_index(key, &i) < 0) return VNULL;
        return list_getitem(self, i);
    }
    err_format(ExcTypeError, "list indices must be integers or slices, not %s", type_name(key));
    return VNULL;
}

/* The items of v as a borrowed array: v itself when a list or tuple, else a new list
 * put in *hold (which the caller releases). */
static int seq_fast(Value v, const char *msg, Value *hold, const Value **items, size_t *n) {
    *hold = VNULL;
    if (IS_LIST(v)) { *items = LIST_ITEMS(v); *n = LIST_LEN(v); return 0; }
    if (IS_TUPLE(v)) { *items = TUPLE_ITEMS(v); *n = TUPLE_LEN(v); return 0; }
    Value it = obj_iter(v);
    if (!it) {
        if (err_matches(ExcTypeError)) { err_clear(); err_set(ExcTypeError, msg); }
        return -1;
    }
    Value l = list_new(0);
    if (!l) { DECREF(it); return -1; }
    int rc = list_extend(l, it);
    DECREF(it);
    if (rc < 0) { DECREF(l); return -1; }
    *hold = l;
    *items = LIST_ITEMS(l);
    *n = LIST_LEN(l);
    return 0;
}

/* self[lo:hi] = v (v VNULL: delete); lo <= hi already clamped. */
static int list_assign_slice(Value self, intptr_t lo, intptr_t hi, Value v) {
    Value hold = VNULL;
    const Value *src = NULL;
    size_t n = 0;
    if (v) {
        if (v == self) {
            /* a[x:y] = a: take a copy first, the list changes under us. */
            hold = list_getslice(self, 0, (intptr_t)LIST_LEN(self));
            if (!hold) return -1;
            src = LIST_ITEMS(hold);
            n = LIST_LEN(hold);
        } else if (seq_fast(v, "can only assign an iterable", &hold, &src, &n) < 0) {
            return -1;
        }
    }
    ListObj *l = L(self);
    /* consuming v ran user code that may have shrunk the list: clamp again */
    if (lo > (intptr_t)l->len) lo = (intptr_t)l->len;
    if (hi > (intptr_t)l->len) hi = (intptr_t)l->len;
    if (hi < lo) hi = lo;
    size_t norig = (size_t)(hi - lo);
    Value smallbuf[8];
    Value *recycle = smallbuf;
    if (norig > 8) {
        recycle = (Value *)mem_alloc(norig * sizeof(Value));
        if (!recycle) { XDECREF(hold); return -1; }
    }
    if (norig) memcpy(recycle, l->items + lo, norig * sizeof(Value));
    size_t oldlen = l->len, tail = oldlen - (size_t)hi;
    if (n < norig) {
        if (tail) memmove(l->items + lo + n, l->items + hi, tail * sizeof(Value));
        if (resize_raw(l, oldlen - norig + n) < 0) { err_clear(); l->len = oldlen - norig + n; }
    } else if (n > norig) {
        if (resize_raw(l, oldlen - norig + n) < 0) {
            if (recycle != smallbuf) mem_free(recycle);
            XDECREF(hold);
            return -1;
        }
        if (tail) memmove(l->items + lo + n, l->items + hi, tail * sizeof(Value));
    }
    for (size_t i = 0; i < n; i++) { INCREF(src[i]); l->items[lo + (intptr_t)i] = src[i]; }
    for (size_t i = norig; i-- > 0;) XDECREF(recycle[i]);
    if (recycle != smallbuf) mem_free(recycle);
    XDECREF(hold);
    return 0;
}

static int list_ass_subscript(Value self, Value key, Value v) {
    ListObj *l = L(self);
    if (IS_SMALL(key) || (!IS_TYPE(key, &SliceType) && cont_is_index(key))) {
        intptr_t i, n = (intptr_t)l->len;
        if (cont_index(key, &i) < 0) return -1;
        if (i < 0) i += n;
        if (i < 0 || i >= n) { err_set(ExcIndexError, "list assignment index out of range"); return -1; }
        Value old = l->items[i];
        if (v) {
            INCREF(v);
            l->items[i] = v;
        } else {
            memmove(l->items + i, l->items + i + 1, (size_t)(n - i - 1) * sizeof(Value));
            if (resize_raw(l, (size_t)n - 1) < 0) { err_clear(); l->len = (size_t)n - 1; }
        }
        DECREF(old);
        return 0;
    }
    if (!IS_TYPE(key, &SliceType)) {
        err_format(ExcTypeError, "list indices must be integers or slices, not %s", type_name(key));
        return -1;
    }
    intptr_t start, stop, step;
    intptr_t cnt = slice_indices(key, (intptr_t)l->len, &start, &stop, &step);
    if (cnt < 0) return -1;
    if (step == 1) return list_assign_slice(self, start, start + cnt, v);
    if (!v) {
        if (cnt == 0) return 0;
        if (step < 0) {  /* delete the same items walking forward */
            start = start + step * (cnt - 1);
            step = -step;
        }
        Value *gone = (Value *)mem_alloc((size_t)cnt * sizeof(Value));
        if (!gone) return -1;
        size_t w = (size_t)start, k = 0;
        for (size_t r = (size_t)start; r < l->len; r++) {
            if (k < (size_t)cnt && r == (size_t)start + k * (size_t)step) { gone[k++] = l->items[r]; continue; }
            l->items[w++] = l->items[r];
        }
        l->len = w;
        if (resize_raw(l, w) < 0) err_clear();
        for (size_t i = (size_t)cnt; i-- > 0;) DECREF(gone[i]);
        mem_free(gone);
        return 0;
    }
    Value hold;
    const Value *src;
    size_t n;
    if (v == self) {
        hold = list_getslice(self, 0, (intptr_t)l->len);
        if (!hold) return -1;
        src = LIST_ITEMS(hold);
        n = LIST_LEN(hold);
    } else if (seq_fast(v, "must assign iterable to extended slice", &hold, &src, &n) < 0) {
        return -1;
    } else if (hold && cnt > 0 && (intptr_t)n == cnt) {
        /* The iteration ran user code. CPython keeps the indices computed before; where the
         * list shrank under them they are resolved again against the list as it is now. */
        intptr_t last = start + (cnt - 1) * step;
        if (start >= (intptr_t)l->len || last >= (intptr_t)l->len) {
            cnt = slice_indices(key, (intptr_t)l->len, &start, &stop, &step);
            if (cnt < 0) { XDECREF(hold); return -1; }
        }
    }
    if ((intptr_t)n != cnt) {
        err_format(ExcValueError, "attempt to assign sequence of size %zu to extended slice of size %zd",
                   n, cnt);
        XDECREF(hold);
        return -1;
    }
    if (cnt == 0) { XDECREF(hold); return 0; }
    Value *old = (Value *)mem_alloc((size_t)cnt * sizeof(Value));
    if (!old) { XDECREF(hold); return -1; }
    for (intptr_t k = 0, j = start; k < cnt; k++, j = (intptr_t)((uintptr_t)j + (uintptr_t)step)) {
        old[k] = l->items[j];
        INCREF(src[k]);
        l->items[j] = src[k];
    }
    for (intptr_t k = 0; k < cnt; k++) DECREF(old[k]);
    mem_free(old);
    XDECREF(hold);
    return 0;
}

static int list_contains(Value self, Value item) {
    for (size_t i = 0; i < LIST_LEN(self); i++) {
        Value v = LIST_ITEMS(self)[i];
        if (v == item) return 1;
        if (IS_SMALL(v) && IS_SMALL(item)) continue;
        INCREF(v);
        int k = cont_eq(v, item);
        DECREF(v);
        if (k) return k;
    }
    return 0;
}

static Value list_add(Value a, Value b) {
    if (!IS_LIST(a)) return NOTIMPLEMENTED;
    if (!IS_LIST(b)) {
        Value r = try_reflected(BINOP_ADD, a, b, list_add);
        if (r != NOTIMPLEMENTED) return r;
        err_format(ExcTypeError, "can only concatenate list (not \"%s\") to list", type_name(b));
        return VNULL;
    }
    return list_concat(a, b);
}

/* The repeat count of seq * n; -1 on error. */
static int repeat_count(Value a, Value b, Value cnt, BinaryFn fn, intptr_t *n, Value *res) {
    *res = VNULL;
    if (!cont_is_index(cnt)) {
        if (cnt == b) {
            Value r = try_reflected(BINOP_MUL, a, b, fn);
            if (r != NOTIMPLEMENTED) { *res = r; return 1; }
        }
        /* seq * list: CPython tries the left sequence's repeat first, so it
           names the list (the right operand), not the left sequence. */
        if (cnt == a && (IS_STR(a) || IS_TUPLE(a) || type_is_subtype(TYPE(a), &BytesType))) cnt = b;
        err_format(ExcTypeError, "can't multiply sequence by non-int of type '%s'", type_name(cnt));
        return -1;
    }
    if (IS_SMALL(cnt)) { *n = SMALL_VAL(cnt); return 0; }
    if (obj_as_ssize(cnt, n) < 0) {
        if (!err_matches(ExcOverflowError)) return -1;
        err_clear();
        Value iv = obj_index(cnt);
        if (!iv) return -1;
        int neg = int_sign(iv) < 0;
        DECREF(iv);
        if (neg) { *n = 0; return 0; }
        err_format(ExcOverflowError, "cannot fit '%s' into an index-sized integer", type_name(cnt));
        return -1;
    }
    return 0;
}

static Value list_mul(Value a, Value b) {
    Value seq, cnt;
    if (IS_LIST(a)) { seq = a; cnt = b; }
    else if (IS_LIST(b)) { seq = b; cnt = a; }
    else return NOTIMPLEMENTED;
    intptr_t n;
    Value res;
    int rc = repeat_count(a, b, cnt, list_mul, &n, &res);
    if (rc < 0) return VNULL;
    if (rc > 0) return res;
    if (n > 0 && LIST_LEN(seq) > 0 && (size_t)n > PTRDIFF_MAX / sizeof(Value) / LIST_LEN(seq)) {
        err_no_memory();
        return VNULL;
    }
    return list_repeat(seq, n);
}

static Value list_iadd(Value a, Value b) {
    if (!IS_LIST(a)) return NOTIMPLEMENTED;
    if (list_extend(a, b) < 0) return VNULL;
    return NEWREF(a);
}

static Value list_imul(Value a, Value b) {
    if (!IS_LIST(a)) return NOTIMPLEMENTED;
    intptr_t n;
    Value res;
    int rc = repeat_count(a, b, b, list_imul, &n, &res);
    if (rc < 0) return VNULL;
    if (rc > 0) return res;
    ListObj *l = L(a);
    size_t len = l->len;
    if (n <= 0 || len == 0) { list_clear(a); return NEWREF(a); }
    if ((size_t)n > PTRDIFF_MAX / sizeof(Value) / len) { err_no_memory(); return VNULL; }
    if (resize_raw(l, len * (size_t)n) < 0) return VNULL;
    for (size_t k = len; k < len * (size_t)n; k++) { Value v = l->items[k - len]; INCREF(v); l->items[k] = v; }
    return NEWREF(a);
}

static Value list_iter(Value self) { return list_iter_new(self); }

static Value list_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return OBJ_VAL(obj_alloc(type));
}

static int list_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) && arg_no_kw("list", kwnames) < 0) return -1;
    if (arg_count("list", nargs, 0, 1) < 0) return -1;
    if (LIST_LEN(self)) list_clear(self);
    if (!nargs) return 0;
    Value src = args[0];
    /* A sized source fills an exact allocation, as CPython's list.__init__. */
    if (TYPE(src)->len && !IS_LIST(src) && !IS_TUPLE(src)) {
        intptr_t n = TYPE(src)->len(src);
        if (n < 0) {
            if (!err_matches(ExcTypeError)) return -1;
            err_clear();
        } else if (n > 0 && !L(self)->items && prealloc_exact(L(self), (size_t)n) < 0) {
            return -1;
        }
    }
    return list_extend(self, src);
}

/* ---- methods ---- */

static int no_kw(const char *fname, Value kw) { return kw && TUPLE_LEN(kw) ? arg_no_kw(fname, kw) : 0; }

static Value m_append(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("list.append", kw) < 0 || arg_count("list.append", nargs, 1, 1) < 0) return VNULL;
    if (list_append(self, args[0]) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("list.extend", kw) < 0 || arg_count("list.extend", nargs, 1, 1) < 0) return VNULL;
    if (list_extend(self, args[0]) < 0) return VNULL;
    RETURN_NONE;
}

static int ssize_arg(Value v, intptr_t *out) {
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (obj_as_ssize(v, out) == 0) return 0;
    /* an argument (not a subscript): CPython words it as a C conversion */
    if (err_matches(ExcOverflowError)) {
        err_clear();
        err_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
    }
    return -1;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("list.insert", kw) < 0 || arg_count("insert", nargs, 2, 2) < 0) return VNULL;
    intptr_t i;
    if (ssize_arg(args[0], &i) < 0) return VNULL;
    if (list_insert(self, i, args[1]) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("list.pop", kw) < 0 || arg_count("pop", nargs, 0, 1) < 0) return VNULL;
    intptr_t i = -1;
    if (nargs && ssize_arg(args[0], &i) < 0) return VNULL;
    return list_pop(self, i);
}

/* Index of the first item equal to x in [start, stop), -1 if none, -2 on error. */
static intptr_t find_item(Value self, Value x, intptr_t start, intptr_t stop) {
    for (intptr_t i = start; i < stop && i < (intptr_t)LIST_LEN(self); i++) {
        Value v = LIST_ITEMS(self)[i];
        if (v == x) return i;
        if (IS_SMALL(v) && IS_SMALL(x)) continue;
        INCREF(v);
        int k = cont_eq(v, x);
        DECREF(v);
        if (k < 0) return -2;
        if (k) return i;
    }
    return -1;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("list.remove", kw) < 0 || arg_count("list.remove", nargs, 1, 1) < 0) return VNULL;
    intptr_t i = find_item(self, args[0], 0, (intptr_t)LIST_LEN(self));
    if (i == -2) return VNULL;
    if (i == -1) { err_set(ExcValueError, "list.remove(x): x not in list"); return VNULL; }
    ListObj *l = L(self);
    /* __eq__ may have shrunk the list meanwhile. */
    if ((size_t)i >= l->len) RETURN_NONE;
    Value old = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    if (resize_raw(l, l->len - 1) < 0) { err_clear(); l->len--; }
    DECREF(old);
    RETURN_NONE;
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("list.index", kw) < 0 || arg_count("index", nargs, 1, 3) < 0) return VNULL;
    intptr_t n = (intptr_t)LIST_LEN(self), start = 0, stop = n;
    if (nargs > 1 && cont_index_bound(args[1], n, &start) < 0) return VNULL;
    if (nargs > 2 && cont_index_bound(args[2], n, &stop) < 0) return VNULL;
    intptr_t i = find_item(self, args[0], start, stop);
    if (i == -2) return VNULL;
    if (i == -1) { err_format(ExcValueError, "%R is not in list", args[0]); return VNULL; }
    return MAKE_SMALL(i);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("list.count", kw) < 0 || arg_count("list.count", nargs, 1, 1) < 0) return VNULL;
    intptr_t c = 0;
    for (size_t i = 0; i < LIST_LEN(self); i++) {
        Value v = LIST_ITEMS(self)[i];
        if (v == args[0]) { c++; continue; }
        if (IS_SMALL(v) && IS_SMALL(args[0])) continue;
        INCREF(v);
        int k = cont_eq(v, args[0]);
        DECREF(v);
        if (k < 0) return VNULL;
        c += k;
    }
    return MAKE_SMALL(c);
}

static Value m_sort(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (nargs) { err_set(ExcTypeError, "sort() takes no positional arguments"); return VNULL; }
    Value key = NONE;
    int reverse = 0;
    size_t nkw = kw ? TUPLE_LEN(kw) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value name = TUPLE_ITEMS(kw)[i], v = args[nargs + i];
        if (str_eq_cstr(name, "key")) key = v;
        else if (str_eq_cstr(name, "reverse")) {
            /* CPython takes reverse as an int (not any truthy object) */
            if (IS_FLOAT(v)) {
                err_set(ExcTypeError, "'float' object cannot be interpreted as an integer");
                return VNULL;
            }
            intptr_t r;
            if (obj_as_ssize(v, &r) < 0) return VNULL;
            reverse = r != 0;
        } else {
            err_format(ExcTypeError, "'%U' is an invalid keyword argument for sort()", name);
            return VNULL;
        }
    }
    if (list_sort(self, key == NONE ? VNULL : key, reverse) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("list.reverse", kw) < 0 || arg_count("list.reverse", nargs, 0, 0) < 0) return VNULL;
    list_reverse(self);
    RETURN_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("list.copy", kw) < 0 || arg_count("list.copy", nargs, 0, 0) < 0) return VNULL;
    return list_getslice(self, 0, (intptr_t)LIST_LEN(self));
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("list.clear", kw) < 0 || arg_count("list.clear", nargs, 0, 0) < 0) return VNULL;
    list_clear(self);
    RETURN_NONE;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("list.__reversed__", kw) < 0 || arg_count("list.__reversed__", nargs, 0, 0) < 0) return VNULL;
    ListIterObj *it = (ListIterObj *)obj_alloc(&ListRevIterType);
    if (!it) return VNULL;
    it->seq = NEWREF(self);
    it->index = LIST_LEN(self);   /* one past the next item to yield */
    return OBJ_VAL(it);
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return MAKE_SMALL((intptr_t)(40 + L(self)->cap * sizeof(Value)));
}

static const MethodDef list_methods[] = {
    { "append", m_append, 0 },
    { "extend", m_extend, 0 },
    { "insert", m_insert, 0 },
    { "pop", m_pop, 0 },
    { "remove", m_remove, 0 },
    { "index", m_index, 0 },
    { "count", m_count, 0 },
    { "sort", m_sort, 0 },
    { "reverse", m_reverse, 0 },
    { "copy", m_copy, 0 },
    { "clear", m_clear, 0 },
    { "__reversed__", m_reversed, 0 },
    { "__sizeof__", m_sizeof, 0 },
    { NULL, NULL, 0 },
};

/* ---- iterators ---- */

Value list_iter_new(Value list) {
    ListIterObj *it = (ListIterObj *)obj_alloc(&ListIterType);
    if (!it) return VNULL;
    it->seq = NEWREF(list);
    it->index = 0;
    return OBJ_VAL(it);
}

static Value listiter_next(Value self) { return listiter_next_inline(self); }

static Value listreviter_next(Value self) {
    ListIterObj *it = (ListIterObj *)AS_OBJ(self);
    Value seq = it->seq;
    if (!seq) return VNULL;
    if (it->index > 0 && it->index <= LIST_LEN(seq)) return NEWREF(LIST_ITEMS(seq)[--it->index]);
    it->seq = VNULL;
    DECREF(seq);
    return VNULL;
}

static void listiter_dealloc(Obj *o) {
    XDECREF(((ListIterObj *)o)->seq);
    obj_free(o);
}

static Value listiter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    ListIterObj *it = (ListIterObj *)AS_OBJ(self);
    if (!it->seq || it->index >= LIST_LEN(it->seq)) return MAKE_SMALL(0);
    return MAKE_SMALL((intptr_t)(LIST_LEN(it->seq) - it->index));
}

static Value listreviter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    ListIterObj *it = (ListIterObj *)AS_OBJ(self);
    if (!it->seq || it->index > LIST_LEN(it->seq)) return MAKE_SMALL(0);
    return MAKE_SMALL((intptr_t)it->index);
}

static const MethodDef listiter_methods[] = {
    { "__length_hint__", listiter_length_hint, 0 },
    { NULL, NULL, 0 },
};
static const MethodDef listreviter_methods[] = {
    { "__length_hint__", listreviter_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type ListIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObj),
    .base = &ObjectType,
    .dealloc = listiter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

Type ListRevIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObj),
    .base = &ObjectType,
    .dealloc = listiter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

Type ListType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "list",
    .basicsize = sizeof(ListObj),
    .flags = TPFLAG_BASETYPE | TPFLAG_LIST_SUB,
    .base = &ObjectType,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = obj_hash_not_implemented,
    .richcompare = list_richcompare,
    .getattr = obj_generic_getattr,
    .iter = list_iter,
    .new_ = list_new_slot,
    .init = list_init,
    .nb = { [BINOP_ADD] = list_add, [BINOP_MUL] = list_mul },
    .nb_inplace = { [BINOP_ADD] = list_iadd, [BINOP_MUL] = list_imul },
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .methods = list_methods,
};
