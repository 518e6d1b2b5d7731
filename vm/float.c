/* float: boxed doubles with a free list, Python's arithmetic rules, the shortest
 * round-tripping repr, and hashes that agree with int for integral values. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "int_impl.h"
#include "num.h"
#include "strutil.h"
#include "ast.h"

/* ---------------- allocation ---------------- */

#define FLOAT_FREE_MAX 256
static FloatObj *float_free_list[FLOAT_FREE_MAX];
static int float_free_count;

Value float_new(double d) {
    FloatObj *f;
    if (float_free_count > 0) {
        f = float_free_list[--float_free_count];
        f->hdr.refcnt = 1;
        f->hdr.type = &FloatType;
    } else {
        f = (FloatObj *)obj_alloc(&FloatType);
        if (!f) return VNULL;
    }
    f->v = d;
    return OBJ_VAL(f);
}

static void float_dealloc(Obj *o) {
    if (o->type == &FloatType && float_free_count < FLOAT_FREE_MAX) {
        float_free_list[float_free_count++] = (FloatObj *)o;
        return;
    }
    obj_free(o);
}

/* ---------------- repr ---------------- */

/* Adds one unit in the last digit of the "%e" text buf ([-]D.DDDe[+-]XX), carrying
 * (9.99e5 becomes 1.00e6). Returns false if the text has an unexpected shape. */
static bool float_digits_bump(char *buf) {
    char *e = strchr(buf, 'e');
    if (!e) return false;
    char *p = e - 1;
    for (; p >= buf && (*p == '9' || *p == '.'); p--)
        if (*p == '9') *p = '0';
    if (p >= buf && *p >= '0' && *p <= '8') { (*p)++; return true; }
    /* every digit was 9: the leading digit becomes 1 and the exponent grows */
    char *first = buf + (*buf == '-');
    *first = '1';
    int x = atoi(e + 1) + 1;
    sprintf(e, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    return true;
}

/* The shortest digit string that reads back as d: *exp10 is the decimal exponent of the
 * first digit. digits gets at most 17 characters plus NUL. */
static int shortest_digits(double d, char *digits, int *exp10) {
    char buf[40];
    int prec;
    /* a decimal of up to 15 digits names at most one normal double, so the shortest form is
     * the 15-digit one with zeros stripped; subnormals have fewer bits and need the full search */
    int e2;
    /* at an exact power of two the gap below d is half the gap above, so the nearest
     * prec-digit decimal may fall outside the round-trip interval while the next one up
     * (farther away, but on the wide side) is inside it */
    bool pow2 = frexp(d, &e2) == (d < 0 ? -0.5 : 0.5);
    for (prec = fabs(d) < DBL_MIN ? 1 : 15; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d) break;
        if (pow2 && float_digits_bump(buf) && strtod(buf, NULL) == d) break;
    }
    /* buf: [-]D.DDDDe[+-]XX */
    const char *p = buf;
    if (*p == '-') p++;
    int n = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[n++] = *p;
    *exp10 = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    return n;
}

char *float_repr_cstr(double d, char *buf, size_t size) {
    if (isnan(d)) { snprintf(buf, size, "nan"); return buf; }
    if (isinf(d)) { snprintf(buf, size, d > 0 ? "inf" : "-inf"); return buf; }
    char tmp[64];
    char *o = tmp;
    if (signbit(d)) { *o++ = '-'; d = -d; }
    if (d == 0) { strcpy(o, "0.0"); snprintf(buf, size, "%s", tmp); return buf; }
    char dig[24];
    int e;
    int n = shortest_digits(d, dig, &e);
    if (e >= -4 && e < 16) {
        if (e < 0) {
            *o++ = '0'; *o++ = '.';
            for (int i = 0; i < -e - 1; i++) *o++ = '0';
            memcpy(o, dig, (size_t)n); o += n;
        } else {
            for (int i = 0; i <= e; i++) *o++ = i < n ? dig[i] : '0';
            *o++ = '.';
            if (n > e + 1) { memcpy(o, dig + e + 1, (size_t)(n - e - 1)); o += n - e - 1; }
            else *o++ = '0';
        }
        *o = 0;
    } else {
        *o++ = dig[0];
        if (n > 1) { *o++ = '.'; memcpy(o, dig + 1, (size_t)(n - 1)); o += n - 1; }
        sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    snprintf(buf, size, "%s", tmp);
    return buf;
}

Value float_repr(Value v) {
    char buf[64];
    float_repr_cstr(FVAL(v), buf, sizeof buf);
    return str_from_ascii(buf, strlen(buf));
}

/* ---------------- hashing ---------------- */

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t hash_double(double d) {
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    /* fold the mantissa into x 28 bits at a time, reducing mod 2**61 - 1; a rotation by
     * k bits is multiplication by 2**k in that modulus */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(Value v) {
    double d = FVAL(v);
    if (isnan(d)) {
        uint64_t p = (uint64_t)v;
        int64_t h = (int64_t)((p >> 4) | (p << 60));
        return h == -1 ? -2 : h;
    }
    return hash_double(d);
}

/* ---------------- conversion of operands ---------------- */

/* 1: *out set; 0: not a number type (NotImplemented); -1: error (int too big). */
static int to_double(Value v, double *out) {
    if (IS_FLOAT(v) || (!IS_SMALL(v) && type_is_subtype(TYPE(v), &FloatType))) { *out = FVAL(v); return 1; }
    if (IS_SMALL(v)) { *out = (double)SMALL_VAL(v); return 1; }
    if (IS_INT(v)) {
        int of;
        *out = int_as_double(v, &of);
        return of ? -1 : 1;
    }
    return 0;
}

#define GET_OPERANDS(a, b, x, y) do { \
        int ra_ = to_double(a, &x); if (ra_ <= 0) return ra_ < 0 ? VNULL : NOTIMPLEMENTED; \
        int rb_ = to_double(b, &y); if (rb_ <= 0) return rb_ < 0 ? VNULL : NOTIMPLEMENTED; \
    } while (0)

int obj_as_double(Value v, double *out) {
    int r = to_double(v, out);
    if (r > 0) return 0;
    if (r < 0) return -1;
    Value m = type_lookup(TYPE(v), NAME(__float__));
    if (m) {
        Value f = obj_call1(m, v);
        if (!f) return -1;
        if (!IS_FLOAT(f) && !(!IS_SMALL(f) && type_is_subtype(TYPE(f), &FloatType))) {
            err_format(ExcTypeError, "%N.__float__ returned non-float (type %N)", v, f);
            DECREF(f);
            return -1;
        }
        *out = FVAL(f);
        DECREF(f);
        return 0;
    }
    m = type_lookup(TYPE(v), NAME(__index__));
    if (m) {
        Value i = obj_index(v);
        if (!i) return -1;
        int of;
        *out = int_as_double(i, &of);
        DECREF(i);
        return of ? -1 : 0;
    }
    err_format(ExcTypeError, "must be real number, not %N", v);
    return -1;
}

/* ---------------- arithmetic ---------------- */

static Value float_add(Value a, Value b) {
    if (IS_FLOAT(a) && IS_FLOAT(b)) return float_new(FVAL(a) + FVAL(b));
    double x, y; GET_OPERANDS(a, b, x, y);
    return float_new(x + y);
}
static Value float_sub(Value a, Value b) {
    if (IS_FLOAT(a) && IS_FLOAT(b)) return float_new(FVAL(a) - FVAL(b));
    double x, y; GET_OPERANDS(a, b, x, y);
    return float_new(x - y);
}
static Value float_mul(Value a, Value b) {
    if (IS_FLOAT(a) && IS_FLOAT(b)) return float_new(FVAL(a) * FVAL(b));
    double x, y; GET_OPERANDS(a, b, x, y);
    return float_new(x * y);
}
static Value float_truediv(Value a, Value b) {
    double x, y; GET_OPERANDS(a, b, x, y);
    if (y == 0) { err_set(ExcZeroDivisionError, "float division by zero"); return VNULL; }
    return float_new(x / y);
}

/* Python's floor division and modulo for doubles; y != 0. */
static void float_divmod_d(double x, double y, double *fq, double *fm) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) { mod += y; div -= 1.0; }
    } else {
        mod = copysign(0.0, y);
    }
    double q;
    if (div != 0) {
        q = floor(div);
        if (div - q > 0.5) q += 1.0;
    } else {
        q = copysign(0.0, x / y);
    }
    *fq = q;
    *fm = mod;
}

static Value float_floordiv(Value a, Value b) {
    double x, y; GET_OPERANDS(a, b, x, y);
    if (y == 0) { err_set(ExcZeroDivisionError, "float floor division by zero"); return VNULL; }
    double q, m;
    float_divmod_d(x, y, &q, &m);
    return float_new(q);
}

static Value float_mod(Value a, Value b) {
    double x, y; GET_OPERANDS(a, b, x, y);
    if (y == 0) { err_set(ExcZeroDivisionError, "float modulo"); return VNULL; }
    double m = fmod(x, y);
    if (m != 0) { if ((y < 0) != (m < 0)) m += y; }
    else m = copysign(0.0, y);
    return float_new(m);
}

Value float_divmod(Value a, Value b) {
    double x, y; GET_OPERANDS(a, b, x, y);
    if (y == 0) { err_set(ExcZeroDivisionError, "float divmod()"); return VNULL; }
    double q, m;
    float_divmod_d(x, y, &q, &m);
    return num_pair_steal(float_new(q), float_new(m));
}

static bool is_odd_integer(double y) {
    return fmod(fabs(y), 2.0) == 1.0;
}

Value float_pow_d(double x, double y) {
    if (y == 0) return float_new(1.0);
    if (isnan(x)) return float_new(x);
    if (isnan(y)) return float_new(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return float_new(1.0);
        return float_new((y > 0) == (ax > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return float_new(odd ? x : fabs(x));
        return float_new(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0) {
        if (y < 0) {
            err_set(ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
            return VNULL;
        }
        return float_new(is_odd_integer(y) ? x : 0.0);
    }
    if (x < 0 && y != floor(y)) return complex_pow_d(x, y);   /* as CPython: a complex result */
    if (x == 1.0) return float_new(1.0);
    errno = 0;
    double r = pow(x, y);
    if (isinf(r)) {
        err_set(ExcOverflowError, "(34, 'Numerical result out of range')");
        return VNULL;
    }
    return float_new(r);
}

static Value float_pow(Value a, Value b) {
    double x, y; GET_OPERANDS(a, b, x, y);
    return float_pow_d(x, y);
}

static Value float_pow3(Value a, Value b, Value m) {
    (void)a; (void)b; (void)m;
    err_set(ExcTypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return VNULL;
}

static Value float_neg(Value v) { return float_new(-FVAL(v)); }
static Value float_pos(Value v) { return IS_FLOAT(v) ? NEWREF(v) : float_new(FVAL(v)); }
static Value float_abs(Value v) { return float_new(fabs(FVAL(v))); }
static int float_bool(Value v) { return FVAL(v) != 0; }
static Value float_int(Value v) { return int_from_double(FVAL(v)); }
static Value float_float(Value v) { return float_pos(v); }

static Value float_richcompare(Value a, Value b, int op) {
    double x = FVAL(a);
    int c;
    if (IS_FLOAT(b) || (!IS_SMALL(b) && type_is_subtype(TYPE(b), &FloatType))) {
        double y = FVAL(b);
        if (isnan(x) || isnan(y)) return BOOL_VAL(op == CMP_NE);
        c = (x > y) - (x < y);
    } else if (IS_INT(b)) {
        c = int_float_cmp(b, x);
        if (c == 2) return BOOL_VAL(op == CMP_NE);
        c = -c;
    } else {
        return NOTIMPLEMENTED;
    }
    return cmp_order_result(c, op);
}

/* ---------------- parsing ---------------- */

static bool ascii_ws(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Copies s without underscores (each must sit between two digits) into out, which has room
 * for len + 1 bytes; false when the text is not a Python float literal. */
static bool float_syntax(const char *p, const char *end, char *out, double *special) {
    const char *start = p;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *special = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (rest == 3 && strncasecmp(p, "nan", 3) == 0) {
        *special = neg ? -NAN : NAN;
        return true;
    }
    *special = 0;
    char *o = out;
    p = start;
    if (*p == '+' || *p == '-') *o++ = *p++;
    int ndig = 0;
    /* integer part */
    bool prev_digit = false;
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) {
        if (*p == '_') {
            if (!prev_digit || p + 1 >= end || !(p[1] >= '0' && p[1] <= '9')) return false;
            p++; continue;
        }
        *o++ = *p++; ndig++; prev_digit = true;
    }
    if (p < end && *p == '.') {
        *o++ = *p++;
        prev_digit = false;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) {
            if (*p == '_') {
                if (!prev_digit || p + 1 >= end || !(p[1] >= '0' && p[1] <= '9')) return false;
                p++; continue;
            }
            *o++ = *p++; ndig++; prev_digit = true;
        }
    }
    if (ndig == 0) return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        int edig = 0;
        prev_digit = false;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) {
            if (*p == '_') {
                if (!prev_digit || p + 1 >= end || !(p[1] >= '0' && p[1] <= '9')) return false;
                p++; continue;
            }
            *o++ = *p++; edig++; prev_digit = true;
        }
        if (!edig) return false;
    }
    *o = 0;
    return p == end;
}

Value float_from_string(const char *s, size_t len) {
    const char *p = s, *end = s + len;
    while (p < end && ascii_ws((unsigned char)*p)) p++;
    while (end > p && ascii_ws((unsigned char)end[-1])) end--;
    char small[128];
    size_t n = (size_t)(end - p);
    char *buf = n + 1 <= sizeof small ? small : malloc(n + 1);
    if (!buf) { err_no_memory(); return VNULL; }
    double special;
    bool ok = n > 0 && memchr(p, 0, n) == NULL && float_syntax(p, end, buf, &special);
    Value r = VNULL;
    if (ok) {
        if (special != 0 || isnan(special)) r = float_new(special);
        else r = float_new(strtod(buf, NULL));
    } else {
        Value sv = str_from_utf8_lossy(s, len);
        if (sv) {
            err_format(ExcValueError, "could not convert string to float: %R", sv);
            DECREF(sv);
        }
    }
    if (buf != small) free(buf);
    return r;
}

static Value float_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        err_set(ExcTypeError, "float() takes no keyword arguments");
        return VNULL;
    }
    if (nargs > 1) {
        err_format(ExcTypeError, "float expected at most 1 argument, got %zu", nargs);
        return VNULL;
    }
    double d = 0.0;
    if (nargs == 1) {
        Value x = args[0];
        const char *data; size_t size;
        if (IS_STR(x)) {
            Value f = float_from_string(STR_DATA(x), STR_SIZE(x));
            if (!f) return VNULL;
            d = FVAL(f);
            DECREF(f);
        } else if (bytes_view(x, &data, &size)) {
            Value f = float_from_string(data, size);
            if (!f) {
                if (err_matches(ExcValueError)) {
                    err_clear();
                    Value bv = bytes_from(data, size);
                    if (bv) {
                        err_format(ExcValueError, "could not convert string to float: %R", bv);
                        DECREF(bv);
                    }
                }
                return VNULL;
            }
            d = FVAL(f);
            DECREF(f);
        } else if (to_double(x, &d) < 0) {
            return VNULL;
        } else if (!IS_FLOAT(x) && !IS_INT(x)) {
            if (!type_lookup(TYPE(x), NAME(__float__)) && !type_lookup(TYPE(x), NAME(__index__))) {
                err_format(ExcTypeError, "float() argument must be a string or a real number, not '%N'", x);
                return VNULL;
            }
            if (obj_as_double(x, &d) < 0) return VNULL;
        }
    }
    if (type == &FloatType) return float_new(d);
    FloatObj *f = (FloatObj *)obj_alloc(type);
    if (!f) return VNULL;
    f->v = d;
    return OBJ_VAL(f);
}

/* ---------------- rounding ---------------- */

Value float_round(Value v, Value nd) {
    double x = FVAL(v);
    if (!nd || nd == NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
        return int_from_double(r);
    }
    if (!IS_INT(nd)) {
        /* an object with __index__ stands for its int */
        Value iv = obj_index(nd);
        if (!iv) return VNULL;
        Value r = float_round(v, iv);
        DECREF(iv);
        return r;
    }
    int64_t n;
    if (!int_fits_i64(nd, &n)) n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    if (!isfinite(x) || x == 0) return float_new(x);
    if (n > 330) return float_new(x);
    if (n < -330) return float_new(0.0 * x);
    if (n >= 0) {
        /* glibc's printf rounds the exact binary value half-to-even: correctly rounded */
        char buf[800];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        double r = strtod(buf, NULL);
        if (isinf(r)) { err_set(ExcOverflowError, "rounded value too large to represent"); return VNULL; }
        return float_new(r);
    }
    /* negative ndigits: exact rational arithmetic on the double's value */
    mpz_t z, p, q, rem, twice;
    mpz_inits(z, p, q, rem, twice, NULL);
    double fl = floor(x);
    mpz_set_d(z, fl);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    /* x = z + frac with 0 <= frac < 1; as 10**-n is even, frac decides only exact ties */
    mpz_fdiv_qr(q, rem, z, p);
    mpz_mul_2exp(twice, rem, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && (x != fl || mpz_odd_p(q)))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    int of;
    double r = mpz_to_double_rounded(q, &of);
    mpz_clears(z, p, q, rem, twice, NULL);
    if (of) { err_set(ExcOverflowError, "rounded value too large to represent"); return VNULL; }
    if (r == 0) r = copysign(0.0, x);
    return float_new(r);
}

/* ---------------- methods ---------------- */

static Value m_round(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("__round__", kw) < 0 || arg_count("__round__", nargs, 0, 1) < 0) return VNULL;
    return float_round(self, nargs ? args[0] : VNULL);
}

static Value m_trunc(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return int_from_double(FVAL(self));
}
static Value m_floor(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return int_from_double(floor(FVAL(self)));
}
static Value m_ceil(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return int_from_double(ceil(FVAL(self)));
}
static Value m_float(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return float_pos(self);
}

static Value m_is_integer(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("is_integer", kw) < 0 || arg_count("is_integer", nargs, 0, 0) < 0) return VNULL;
    double x = FVAL(self);
    return BOOL_VAL(isfinite(x) && x == floor(x));
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("as_integer_ratio", kw) < 0 || arg_count("as_integer_ratio", nargs, 0, 0) < 0) return VNULL;
    double x = FVAL(self);
    if (isinf(x)) { err_set(ExcOverflowError, "cannot convert Infinity to integer ratio"); return VNULL; }
    if (isnan(x)) { err_set(ExcValueError, "cannot convert NaN to integer ratio"); return VNULL; }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Value n = int_from_mpz_steal(num);
    return num_pair_steal(n, int_from_mpz_steal(den));
}

static Value m_hex(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("hex", kw) < 0 || arg_count("hex", nargs, 0, 0) < 0) return VNULL;
    double x = FVAL(self);
    char buf[64];
    if (!isfinite(x)) return float_repr(self);
    if (x == 0) return str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    /* CPython: 0x1.<13 hex digits>p<exp>, trailing zeros kept */
    int e;
    double m = frexp(fabs(x), &e);   /* [0.5, 1) */
    m *= 2; e--;
    if (e < -1022) { m = ldexp(m, e + 1022); e = -1022; }   /* subnormal: 0x0.xxx */
    int lead = (int)m;
    m -= lead;
    char *o = buf;
    if (signbit(x)) *o++ = '-';
    o += sprintf(o, "0x%d.", lead);
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int dg = (int)m;
        m -= dg;
        *o++ = "0123456789abcdef"[dg];
    }
    sprintf(o, "p%+d", e);
    return str_from_cstr(buf);
}

static Value m_fromhex(Value cls, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("fromhex", kw) < 0 || arg_count("fromhex", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0])) {
        err_format(ExcTypeError, "fromhex() argument must be str, not %N", args[0]);
        return VNULL;
    }
    const char *p = STR_DATA(args[0]), *end = p + STR_SIZE(args[0]);
    while (p < end && ascii_ws((unsigned char)*p)) p++;
    while (end > p && ascii_ws((unsigned char)end[-1])) end--;
    /* validate [sign] [0x] hex [. hex] [p [sign] dec], or inf/nan; glibc's strtod then rounds */
    char buf[512];
    size_t n = (size_t)(end - p), k = 0;
    bool ok = n > 0 && n < sizeof buf - 4;
    double special = 0;
    if (ok) {
        const char *q = p;
        if (*q == '+' || *q == '-') buf[k++] = *q++;
        size_t rest = (size_t)(end - q);
        if ((rest == 3 && !strncasecmp(q, "inf", 3)) || (rest == 8 && !strncasecmp(q, "infinity", 8))) special = INFINITY;
        else if (rest == 3 && !strncasecmp(q, "nan", 3)) special = NAN;
        else {
            buf[k++] = '0'; buf[k++] = 'x';
            if (rest >= 2 && q[0] == '0' && (q[1] | 0x20) == 'x') q += 2;
            int nd = 0;
            while (q < end && isxdigit((unsigned char)*q)) { buf[k++] = *q++; nd++; }
            if (q < end && *q == '.') {
                buf[k++] = *q++;
                while (q < end && isxdigit((unsigned char)*q)) { buf[k++] = *q++; nd++; }
            }
            if (!nd) ok = false;
            if (ok && q < end && (*q | 0x20) == 'p') {
                buf[k++] = *q++;
                if (q < end && (*q == '+' || *q == '-')) buf[k++] = *q++;
                int ed = 0;
                while (q < end && *q >= '0' && *q <= '9') { buf[k++] = *q++; ed++; }
                if (!ed) ok = false;
            }
            if (q != end) ok = false;
        }
    }
    if (!ok) { err_set(ExcValueError, "invalid hexadecimal floating-point string"); return VNULL; }
    buf[k] = 0;
    double d;
    if (special != 0 || isnan(special)) d = buf[0] == '-' ? -special : special;
    else {
        d = strtod(buf, NULL);
        if (isinf(d)) {
            err_set(ExcOverflowError, "hexadecimal value too large to represent as a float");
            return VNULL;
        }
    }
    Value f = float_new(d);
    if (!f || cls == OBJ_VAL(&FloatType)) return f;
    Value r = obj_call1(cls, f);
    DECREF(f);
    return r;
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return num_newargs_steal(float_new(FVAL(self)));
}
static Value m_divmod(Value self, const Value *args, size_t nargs, Value kw) {
    return num_divmod_method(self, args, nargs, kw, float_divmod, false);
}
static Value m_rdivmod(Value self, const Value *args, size_t nargs, Value kw) {
    return num_divmod_method(self, args, nargs, kw, float_divmod, true);
}

static Value g_real(Value self) { return float_pos(self); }
static Value g_imag(Value self) { (void)self; return float_new(0.0); }

static const MethodDef float_methods[] = {
    { "is_integer", m_is_integer, 0 },
    { "as_integer_ratio", m_as_integer_ratio, 0 },
    { "hex", m_hex, 0 },
    { "fromhex", m_fromhex, METH_CLASS },
    { "conjugate", m_float, 0 },
    { "__float__", m_float, 0 },
    { "__int__", m_trunc, 0 },
    { "__trunc__", m_trunc, 0 },
    { "__floor__", m_floor, 0 },
    { "__ceil__", m_ceil, 0 },
    { "__round__", m_round, 0 },
    { "__format__", num_format_method, 0 },
    { "__getnewargs__", m_getnewargs, 0 },
    { "__divmod__", m_divmod, 0 },
    { "__rdivmod__", m_rdivmod, 0 },
    { NULL, NULL, 0 }
};

static const GetSetDef float_getsets[] = {
    { "real", g_real, NULL },
    { "imag", g_imag, NULL },
    { NULL, NULL, NULL }
};

Type FloatType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "float",
    .basicsize = sizeof(FloatObj),
    .flags = TPFLAG_BASETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new_slot,
    .nb = {
        [BINOP_ADD] = float_add, [BINOP_SUB] = float_sub, [BINOP_MUL] = float_mul,
        [BINOP_TRUEDIV] = float_truediv, [BINOP_FLOORDIV] = float_floordiv, [BINOP_MOD] = float_mod,
        [BINOP_POW] = float_pow,
    },
    .nb_pow3 = float_pow3,
    .nb_neg = float_neg, .nb_pos = float_pos, .nb_abs = float_abs,
    .nb_int = float_int, .nb_float = float_float,
    .nb_bool = float_bool,
    .methods = float_methods,
    .getsets = float_getsets,
};
