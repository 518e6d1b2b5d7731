/* sum() over ints without an int object per addition: the total lives in an __int128 while
 * it fits and in one GMP integer beyond, both added to in place. Only exact ints and bools
 * take this path (an int subclass may override __radd__; CPython's fast path is exact too). */
#include <stdbool.h>

#include "int_impl.h"
#include "intsum.h"

#if GMP_NUMB_BITS != 64 || GMP_NAIL_BITS != 0
#error "intsum.c assumes 64-bit GMP limbs without nails"
#endif

/* A read-only mpz view of v (no allocation): limbs must outlive the view. */
static mpz_srcptr i128_view(mpz_ptr view, mp_limb_t limbs[2], __int128 v) {
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    limbs[0] = (mp_limb_t)u;
    limbs[1] = (mp_limb_t)(u >> 64);
    mp_size_t n = limbs[1] ? 2 : limbs[0] ? 1 : 0;
    return mpz_roinit_n(view, limbs, neg ? -n : n);
}

static Value int_from_i128(__int128 v) {
    if (v >= SMALL_MIN && v <= SMALL_MAX) return MAKE_SMALL((intptr_t)v);
    mpz_t view, z;
    mp_limb_t limbs[2];
    mpz_init_set(z, i128_view(view, limbs, v));
    return int_from_mpz_steal(z);
}

Value int_sum_exact(Value start, Value it, UnaryFn next, Value *stop) {
    __int128 lo = 0;
    mpz_t big, view;
    mp_limb_t limbs[2];
    bool has_big = false;
    if (IS_SMALL(start)) {
        lo = SMALL_VAL(start);
    } else {
        mpz_init_set(big, INT_Z(start));
        has_big = true;
    }
    Value item;
    *stop = VNULL;
    while ((item = next(it))) {
        int64_t v;
        if (IS_SMALL(item)) {
            v = SMALL_VAL(item);
        } else {
            Type *t = AS_OBJ(item)->type;
            if (t == &IntType) {
                if (!has_big) { mpz_init(big); has_big = true; }
                mpz_add(big, big, INT_Z(item));
                DECREF(item);
                continue;
            }
            if (t != &BoolType) {
                *stop = item;
                break;
            }
            v = item == TRUE_VAL;
            DECREF(item);
        }
        __int128 s;
        if (__builtin_add_overflow(lo, (__int128)v, &s)) {
            /* only after ~2**64 items: move the 128-bit part into the big one */
            if (!has_big) { mpz_init(big); has_big = true; }
            mpz_add(big, big, i128_view(view, limbs, lo));
            s = v;
        }
        lo = s;
    }
    if (!item && err_occurred()) {
        if (has_big) mpz_clear(big);
        return VNULL;
    }
    if (!has_big) return int_from_i128(lo);
    mpz_add(big, big, i128_view(view, limbs, lo));
    return int_from_mpz_steal(big);
}
