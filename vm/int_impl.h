/* Private to the number modules: the big-int layout and readers shared by int.c, bool.c,
 * float.c and strformat.c. Pulls in GMP, so other modules should include num.h instead. */
#ifndef MINIPY_INT_IMPL_H
#define MINIPY_INT_IMPL_H

#include <gmp.h>
#include "object.h"

#if GMP_NUMB_BITS < 64 || GMP_NAIL_BITS != 0
#error "minipy needs 64-bit GMP limbs without nails (a tagged int fits one limb)"
#endif

/* A big int (or any instance of an int subclass, whatever its value). Exact-int IntObjs
 * always hold values outside the tagged range: results are normalised. */
typedef struct IntObj { Obj hdr; mpz_t z; } IntObj;
#define INT_Z(v) (((IntObj *)AS_OBJ(v))->z)

/* Reads any int. Returns 1 with *s set when the value is in the tagged range (so 64-bit
 * arithmetic on two of them cannot overflow for + and -), else 0 with *z set. */
static inline int iv_get(Value v, int64_t *s, mpz_srcptr *z) {
    *z = NULL;
    if (IS_SMALL(v)) { *s = SMALL_VAL(v); return 1; }
    *s = 0;
    Obj *o = AS_OBJ(v);
    if (o->type == &BoolType) { *s = (o == (Obj *)&TrueObj); return 1; }
    IntObj *io = (IntObj *)o;
    /* an exact int object is normalised: never in the tagged range */
    if (o->type != &IntType && mpz_fits_slong_p(io->z)) {
        long x = mpz_get_si(io->z);
        if (x >= SMALL_MIN && x <= SMALL_MAX) { *s = x; return 1; }
    }
    *z = io->z;
    return 0;
}

/* An mpz view of any int: borrowed for big ints, a read-only view of one limb inside the
 * ZArg for small ones (no allocation; the ZArg must not move while p is in use). */
typedef struct { mpz_t tmp; mp_limb_t limb; mpz_srcptr p; } ZArg;
static inline void za_get(ZArg *a, Value v) {
    int64_t s; mpz_srcptr z;
    if (iv_get(v, &s, &z)) {
        a->limb = (mp_limb_t)(s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s);
        a->p = mpz_roinit_n(a->tmp, &a->limb, s < 0 ? -1 : s > 0 ? 1 : 0);
    } else {
        a->p = z;
    }
}
static inline void za_free(ZArg *a) { (void)a; }

/* Normalise: a tagged int when it fits, else a new IntObj taking over z's limbs.
 * z is cleared either way. */
Value int_from_mpz_steal(mpz_ptr z);
/* Correctly rounded (half-even) conversion; *overflow set when |z| >= 2**1024. */
double mpz_to_double_rounded(mpz_srcptr z, int *overflow);
/* Digits of |v| in base 10, honouring int_max_str_digits; NULL + ValueError past the limit.
 * The returned buffer comes from mem_alloc and includes a leading '-' when negative. */
char *int_to_decimal_cstr(Value v, size_t *len);

#endif
