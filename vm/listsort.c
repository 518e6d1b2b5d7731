/* list.sort: a stable natural merge sort (runs found in the data, short runs
 * extended by binary insertion, merged under timsort's stack invariants), with
 * fast comparisons when every key is a small int, a str, or a float. */
#include <string.h>

#include "object.h"
#include "containers.h"
#include "ast.h"

enum { SK_GENERIC, SK_SMALL, SK_STR, SK_FLOAT };

typedef struct {
    Value *keys;      /* what is compared */
    Value *vals;      /* moved in step with keys; NULL when the keys are the values */
    Value *tk, *tv;   /* scratch for merges */
    int kind;
    int failed;       /* a comparison raised: later ones answer "not less" so the sort ends */
} Sorter;

/* Not FLOAT_VAL: its parameter is named like the field, so it only works on a variable called v. */
static inline double fval(Value x) { return ((FloatObj *)AS_OBJ(x))->v; }

static inline int str_lt(Value a, Value b) {
    size_t na = STR_SIZE(a), nb = STR_SIZE(b);
    /* UTF-8 byte order is code point order. */
    int c = memcmp(STR_DATA(a), STR_DATA(b), na < nb ? na : nb);
    return c < 0 || (c == 0 && na < nb);
}

static inline int lt(Sorter *s, Value a, Value b) {
    switch (s->kind) {
    case SK_SMALL: return (intptr_t)a < (intptr_t)b;   /* tagging preserves the order */
    case SK_STR: return str_lt(a, b);
    case SK_FLOAT: return fval(a) < fval(b);
    default:
        if (s->failed) return 0;
        {
            int r = obj_richcompare_bool(a, b, CMP_LT);
            if (r < 0) { s->failed = 1; return 0; }
            return r;
        }
    }
}

static inline void swap_range(Value *a, size_t lo, size_t hi) {
    for (size_t i = lo, j = hi - 1; i < j; i++, j--) { Value t = a[i]; a[i] = a[j]; a[j] = t; }
}

/* [lo, start) is sorted; insert the items of [start, hi) one by one. */
static void binary_insertion(Sorter *s, size_t lo, size_t start, size_t hi) {
    Value *k = s->keys, *v = s->vals;
    for (size_t i = start; i < hi; i++) {
        Value pk = k[i];
        size_t l = lo, r = i;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            if (lt(s, pk, k[m])) r = m;
            else l = m + 1;
        }
        if (l == i) continue;
        memmove(k + l + 1, k + l, (i - l) * sizeof(Value));
        k[l] = pk;
        if (v) {
            Value pv = v[i];
            memmove(v + l + 1, v + l, (i - l) * sizeof(Value));
            v[l] = pv;
        }
    }
}

/* Length of the run starting at lo; a strictly descending run is reversed in place. */
static size_t count_run(Sorter *s, size_t lo, size_t hi) {
    Value *k = s->keys;
    size_t i = lo + 1;
    if (i >= hi) return 1;
    if (lt(s, k[i], k[i - 1])) {
        while (i + 1 < hi && lt(s, k[i + 1], k[i])) i++;
        i++;
        swap_range(k, lo, i);
        if (s->vals) swap_range(s->vals, lo, i);
    } else {
        while (i + 1 < hi && !lt(s, k[i + 1], k[i])) i++;
        i++;
    }
    return i - lo;
}

/* Merge the adjacent sorted runs [a, a+na) and [a+na, a+na+nb); ties keep the left first. */
static void merge(Sorter *s, size_t a, size_t na, size_t nb) {
    Value *k = s->keys, *v = s->vals;
    /* Already in order: nothing to do (common for nearly sorted data). */
    if (!lt(s, k[a + na], k[a + na - 1])) return;
    memcpy(s->tk, k + a, na * sizeof(Value));
    if (v) memcpy(s->tv, v + a, na * sizeof(Value));
    size_t i = 0, j = a + na, end = a + na + nb, d = a;
    while (i < na && j < end) {
        if (lt(s, k[j], s->tk[i])) {
            k[d] = k[j];
            if (v) v[d] = v[j];
            j++;
        } else {
            k[d] = s->tk[i];
            if (v) v[d] = s->tv[i];
            i++;
        }
        d++;
    }
    if (i < na) {
        memcpy(k + d, s->tk + i, (na - i) * sizeof(Value));
        if (v) memcpy(v + d, s->tv + i, (na - i) * sizeof(Value));
    }
}

static size_t min_run(size_t n) {
    size_t r = 0;
    while (n >= 64) { r |= n & 1; n >>= 1; }
    return n + r;
}

static void sort_all(Sorter *s, size_t n) {
    if (n < 2) return;
    size_t runbase[128], runlen[128];
    int nruns = 0;
    size_t minrun = min_run(n), lo = 0;
    while (lo < n) {
        size_t len = count_run(s, lo, n);
        if (len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            binary_insertion(s, lo, lo + len, lo + force);
            len = force;
        }
        runbase[nruns] = lo;
        runlen[nruns] = len;
        nruns++;
        lo += len;
        /* Keep the run lengths decreasing fast enough that the stack stays shallow. */
        while (nruns > 1) {
            int m = nruns - 2;
            if ((m > 0 && runlen[m - 1] <= runlen[m] + runlen[m + 1]) ||
                (m > 1 && runlen[m - 2] <= runlen[m - 1] + runlen[m])) {
                if (runlen[m - 1] < runlen[m + 1]) m--;
            } else if (runlen[m] > runlen[m + 1]) {
                break;
            }
            merge(s, runbase[m], runlen[m], runlen[m + 1]);
            runlen[m] += runlen[m + 1];
            for (int q = m + 1; q < nruns - 1; q++) { runbase[q] = runbase[q + 1]; runlen[q] = runlen[q + 1]; }
            nruns--;
        }
    }
    while (nruns > 1) {
        int m = nruns - 2;
        if (m > 0 && runlen[m - 1] < runlen[m + 1]) m--;
        merge(s, runbase[m], runlen[m], runlen[m + 1]);
        runlen[m] += runlen[m + 1];
        for (int q = m + 1; q < nruns - 1; q++) { runbase[q] = runbase[q + 1]; runlen[q] = runlen[q + 1]; }
        nruns--;
    }
}

static int key_kind(const Value *k, size_t n) {
    if (n == 0) return SK_GENERIC;
    Value f = k[0];
    if (IS_SMALL(f)) {
        for (size_t i = 1; i < n; i++) if (!IS_SMALL(k[i])) return SK_GENERIC;
        return SK_SMALL;
    }
    Type *t = AS_OBJ(f)->type;
    if (t != &StrType && t != &FloatType) return SK_GENERIC;
    for (size_t i = 1; i < n; i++) if (IS_SMALL(k[i]) || AS_OBJ(k[i])->type != t) return SK_GENERIC;
    if (t == &StrType) return SK_STR;
    /* NaN makes < inconsistent; the generic path behaves as CPython there. */
    for (size_t i = 0; i < n; i++) if (fval(k[i]) != fval(k[i])) return SK_GENERIC;
    return SK_FLOAT;
}

int list_sort(Value list, Value key, bool reverse) {
    if (key == NONE) key = VNULL;
    ListObj *l = (ListObj *)AS_OBJ(list);
    /* Detach the items: the list reads as empty while keys and comparisons run,
     * and any change made meanwhile is detected afterwards. */
    Value *items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;

    Sorter s = { items, NULL, NULL, NULL, SK_GENERIC, 0 };
    Value *keys = NULL;
    int rc = 0;
    if (key && n > 0) {
        keys = (Value *)mem_alloc(n * sizeof(Value));
        if (!keys) { rc = -1; goto restore; }
        for (size_t i = 0; i < n; i++) {
            keys[i] = obj_call1(key, items[i]);
            if (!keys[i]) {
                for (size_t j = i; j-- > 0;) DECREF(keys[j]);
                mem_free(keys);
                keys = NULL;
                rc = -1;
                goto restore;
            }
        }
        s.keys = keys;
        s.vals = items;
    }
    if (n > 1) {
        s.tk = (Value *)mem_alloc(n * sizeof(Value));
        if (s.vals) s.tv = (Value *)mem_alloc(n * sizeof(Value));
        if (!s.tk || (s.vals && !s.tv)) { rc = -1; goto done; }
        s.kind = key_kind(s.keys, n);
        /* Reversing before and after keeps equal items in their original order. */
        if (reverse) { swap_range(s.keys, 0, n); if (s.vals) swap_range(s.vals, 0, n); }
        sort_all(&s, n);
        if (reverse) { swap_range(s.keys, 0, n); if (s.vals) swap_range(s.vals, 0, n); }
        if (s.failed) rc = -1;
    }
done:
    mem_free(s.tk);
    mem_free(s.tv);
    if (keys) {
        for (size_t i = n; i-- > 0;) DECREF(keys[i]);
        mem_free(keys);
    }
restore:;
    Value *mod_items = l->items;
    size_t mod_n = l->len;
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (mod_items || mod_n) {
        for (size_t i = mod_n; i-- > 0;) XDECREF(mod_items[i]);
        mem_free(mod_items);
        if (rc == 0) {
            err_set(ExcValueError, "list modified during sort");
            rc = -1;
        }
    }
    return rc;
}
