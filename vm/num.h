/* Numbers (int, bool, float): helpers other modules may call, beyond object.h.
 * Same conventions as object.h: new references, VNULL with an exception set. */
#ifndef MINIPY_NUM_H
#define MINIPY_NUM_H

#include "object.h"

/* object.h's FLOAT_VAL(v) only compiles when its argument is literally named v
 * (the macro parameter shadows the field name); use this instead. */
static inline double FVAL(Value x) { return ((FloatObj *)AS_OBJ(x))->v; }

/* ---- int ---- */
/* Fast read of any int (tagged, bool, big, int subclass): 1 and *out when it fits
 * in 64 bits, 0 when it does not (no exception). v must be an int. */
int int_fits_i64(Value v, int64_t *out);
int int_cmp(Value a, Value b);                 /* both ints: -1, 0, 1 */
int64_t int_hash(Value v);                     /* CPython's: n mod (2**61 - 1), signed */
Value int_repr(Value v);                       /* str(int), honours the 4300-digit limit */
Value int_exact(Value v);                      /* any int (bool, subclass) -> exact int */
Value int_floordiv(Value a, Value b);          /* the nb slots, callable directly */
Value int_mod(Value a, Value b);
Value int_divmod(Value a, Value b);            /* (q, r) tuple; NotImplemented if not ints */
Value int_pow(Value a, Value b);
Value int_pow3(Value a, Value b, Value m);
Value int_round(Value v, Value ndigits);       /* round(int, n): ndigits may be VNULL/None */
Value int_bit_length_v(Value v);
/* sys.get_int_max_str_digits / set_int_max_str_digits (0 means no limit). */
extern int64_t int_max_str_digits;
int int_set_max_str_digits(Value v);           /* ValueError "maxdigits must be 0 or larger than 640" */
Value int_new_from_mpz_str(const char *digits, int base); /* digits: [-]digits, no checks */
Value int_call1(Value x);   /* int(x): type_call's direct path for one positional argument */

/* divmod(a, b) for ints and floats (and bools); NotImplemented for other types. */
Value num_divmod(Value a, Value b);
/* (a, b) from two new references, either of which may be VNULL (then the other is dropped
 * and VNULL returned): divmod results, as_integer_ratio. */
static inline Value num_pair_steal(Value a, Value b) {
    Value t = a && b ? tuple_new(2) : VNULL;
    if (!t) { XDECREF(a); XDECREF(b); return VNULL; }
    tuple_set_steal(t, 0, a);
    tuple_set_steal(t, 1, b);
    return t;
}
/* The __divmod__ (reflected: __rdivmod__) method of int and float: fn(self, other), or
 * fn(other, self). */
Value num_divmod_method(Value self, const Value *args, size_t nargs, Value kw, BinaryFn fn, bool reflected);
/* __format__ of int and float: the format mini-language on self. */
Value num_format_method(Value self, const Value *args, size_t nargs, Value kw);
/* __getnewargs__ of numbers: (v,) from the new reference v (VNULL passes through). */
Value num_newargs_steal(Value v);

/* ---- float ---- */
int64_t hash_double(double d);                 /* equal to int_hash for integral values; nan -> 0 */
Value float_pow_d(double a, double b);         /* a ** b with Python's errors */
Value float_from_string(const char *s, size_t len);  /* float('...'): strips, inf/nan, '_' */
Value float_round(Value v, Value ndigits);     /* round(float, n) */
Value float_repr(Value v);
Value float_divmod(Value a, Value b);
/* Compare an int with a double exactly: -1, 0, 1; 2 when d is nan (unordered). */
int int_float_cmp(Value i, double d);

/* ---- complex (vm/complex.c) ---- */
extern Type ComplexType;
Value complex_new(double re, double im);       /* e.g. for the literal 3j: complex_new(0, 3) */
Value complex_pow_d(double a, double b);       /* a ** b as complexes */

/* A rich comparison answered from a three-way result c (<0, 0, >0). op is CMP_LT..CMP_GE,
 * numbered 0..5 in parser/ast.h's order (asserted in int.c). */
static inline Value cmp_order_result(int c, int op) {
    switch (op) {
    case 0: return BOOL_VAL(c < 0);
    case 1: return BOOL_VAL(c <= 0);
    case 2: return BOOL_VAL(c == 0);
    case 3: return BOOL_VAL(c != 0);
    case 4: return BOOL_VAL(c > 0);
    case 5: return BOOL_VAL(c >= 0);
    }
    return NOTIMPLEMENTED;
}

/* ---- bool ---- */
Value bool_from_obj(Value v);                  /* bool(v) */

#endif
