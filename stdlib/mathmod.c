/* The math module. */
#include <errno.h>
#include <float.h>
#include <math.h>

#include "object.h"
#include "objutil.h"
#include "ast.h"
#include "errors.h"
#include "args.h"
#include "modules.h"

static int arg_double(Value v, double *out) {
    if (IS_SMALL(v)) {
        *out = (double)SMALL_VAL(v);
        return 0;
    }
    return obj_as_double(v, out);
}

static Value domain_error(void) {
    err_set(ExcValueError, "math domain error");
    return VNULL;
}

static Value range_error(void) {
    err_set(ExcOverflowError, "math range error");
    return VNULL;
}

/* A libm result with CPython's error rules: nan from a non-nan argument is a domain
 * error, inf from a finite argument a range error (unless the function may overflow
 * to inf legitimately, which callers check first). */
static Value math_result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return float_new(r);
}

#define UNARY(fname, pyname, expr, can_overflow) \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self; \
        if (arg_simple(pyname, nargs, kwnames, 1, 1) < 0) return VNULL; \
        double x; \
        if (arg_double(args[0], &x) < 0) return VNULL; \
        return math_result(x, (expr), can_overflow); \
    }

UNARY(m_sqrt, "sqrt", x < 0 ? NAN : sqrt(x), false)
UNARY(m_exp, "exp", exp(x), true)
UNARY(m_exp2, "exp2", exp2(x), true)
UNARY(m_expm1, "expm1", expm1(x), true)
UNARY(m_sin, "sin", isinf(x) ? NAN : sin(x), false)
UNARY(m_cos, "cos", isinf(x) ? NAN : cos(x), false)
UNARY(m_tan, "tan", isinf(x) ? NAN : tan(x), false)
UNARY(m_asin, "asin", (x < -1 || x > 1) ? NAN : asin(x), false)
UNARY(m_acos, "acos", (x < -1 || x > 1) ? NAN : acos(x), false)
UNARY(m_atan, "atan", atan(x), false)
UNARY(m_sinh, "sinh", sinh(x), true)
UNARY(m_cosh, "cosh", cosh(x), true)
UNARY(m_tanh, "tanh", tanh(x), false)
UNARY(m_asinh, "asinh", asinh(x), false)
UNARY(m_acosh, "acosh", x < 1 ? NAN : acosh(x), false)
UNARY(m_atanh, "atanh", (x <= -1 || x >= 1) ? NAN : atanh(x), false)
UNARY(m_fabs, "fabs", fabs(x), false)
UNARY(m_log2, "log2", x <= 0 ? NAN : log2(x), false)
UNARY(m_log10, "log10", x <= 0 ? NAN : log10(x), false)
UNARY(m_log1p, "log1p", x <= -1 ? NAN : log1p(x), false)
UNARY(m_degrees, "degrees", x * (180.0 / M_PI), true)
UNARY(m_radians, "radians", x * (M_PI / 180.0), false)
UNARY(m_erf, "erf", erf(x), false)
UNARY(m_erfc, "erfc", erfc(x), false)
UNARY(m_gamma, "gamma", (x <= 0 && x == floor(x)) ? NAN : tgamma(x), true)
UNARY(m_lgamma, "lgamma", (x <= 0 && x == floor(x)) ? INFINITY : lgamma(x), true)

/* log of any int or float; ints too big for a double are scaled down by 2**1000 steps. */
static int log_of(Value v, double *out) {
    double x;
    if (IS_INT(v) && !IS_SMALL(v)) {
        if (int_sign(v) <= 0) {
            domain_error();
            return -1;
        }
        int ovf = 0;
        x = int_as_double(v, &ovf);
        if (ovf || isinf(x)) {
            err_clear();
            Value cur = NEWREF(v);
            long shifts = 0;
            for (;;) {
                Value next = obj_binop(BINOP_RSHIFT, cur, MAKE_SMALL(1000));
                DECREF(cur);
                if (!next) return -1;
                cur = next;
                shifts++;
                ovf = 0;
                x = int_as_double(cur, &ovf);
                if (!ovf && isfinite(x)) break;
                err_clear();
            }
            DECREF(cur);
            *out = log(x) + (double)shifts * 1000.0 * log(2.0);
            return 0;
        }
    } else if (arg_double(v, &x) < 0) {
        return -1;
    }
    if (isnan(x)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    *out = log(x);
    return 0;
}

static Value m_log(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("log", kwnames) < 0 || arg_count("log", nargs, 1, 2) < 0) return VNULL;
    double a, b;
    if (log_of(args[0], &a) < 0) return VNULL;
    if (nargs == 2) {
        if (log_of(args[1], &b) < 0) return VNULL;
        if (b == 0) {
            err_set(ExcZeroDivisionError, "float division by zero");
            return VNULL;
        }
        return float_new(a / b);
    }
    return float_new(a);
}

static Value two_doubles(const char *name, const Value *args, size_t nargs, Value kwnames,
                         double *x, double *y) {
    if (arg_no_kw(name, kwnames) < 0 || arg_count(name, nargs, 2, 2) < 0) return VNULL;
    if (arg_double(args[0], x) < 0 || arg_double(args[1], y) < 0) return VNULL;
    return NONE;
}

static Value m_pow(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles("pow", args, nargs, kwnames, &x, &y)) return VNULL;
    if (x == 0 && y < 0) return domain_error();
    if (x < 0 && y != floor(y) && isfinite(y)) return domain_error();
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return float_new(r);
}

static Value m_atan2(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles("atan2", args, nargs, kwnames, &y, &x)) return VNULL;
    return float_new(atan2(y, x));
}

static Value m_fmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles("fmod", args, nargs, kwnames, &x, &y)) return VNULL;
    if (y == 0 || isinf(x)) return isnan(x) || isnan(y) ? float_new(NAN) : domain_error();
    return float_new(fmod(x, y));
}

static Value m_copysign(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles("copysign", args, nargs, kwnames, &x, &y)) return VNULL;
    return float_new(copysign(x, y));
}

static Value m_ldexp(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("ldexp", nargs, kwnames, 2, 2) < 0) return VNULL;
    double x;
    intptr_t e;
    if (arg_double(args[0], &x) < 0) return VNULL;
    if (!IS_INT(args[1])) {
        err_set(ExcTypeError, "Expected an int as second argument to ldexp.");
        return VNULL;
    }
    if (obj_as_ssize(args[1], &e) < 0) {
        /* An exponent past any index size: the result overflows (or underflows to 0). */
        if (!err_matches(ExcOverflowError)) return VNULL;
        err_clear();
        e = int_sign(args[1]) > 0 ? 100000 : -100000;
    }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x)) return range_error();
    return float_new(r);
}

static Value m_hypot(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("hypot", kwnames) < 0) return VNULL;
    double acc = 0;
    bool inf = false, nan = false;
    double vals[64];
    double maxv = 0;
    if (nargs > 64) {
        err_set(ExcValueError, "hypot() supports at most 64 arguments");
        return VNULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (arg_double(args[i], &vals[i]) < 0) return VNULL;
        double a = fabs(vals[i]);
        if (isinf(a)) inf = true;
        if (isnan(a)) nan = true;
        if (a > maxv) maxv = a;
    }
    if (inf) return float_new(INFINITY);
    if (nan) return float_new(NAN);
    if (maxv == 0) return float_new(0.0);
    for (size_t i = 0; i < nargs; i++) {
        double s = vals[i] / maxv;
        acc += s * s;
    }
    return float_new(maxv * sqrt(acc));
}

static Value m_dist(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("dist", nargs, kwnames, 2, 2) < 0) return VNULL;
    Value p = tuple_from_iterable(args[0]);
    if (!p) return VNULL;
    Value q = tuple_from_iterable(args[1]);
    if (!q) {
        DECREF(p);
        return VNULL;
    }
    Value r = VNULL;
    if (TUPLE_LEN(p) != TUPLE_LEN(q)) {
        err_set(ExcValueError, "both points must have the same number of dimensions");
    } else {
        double acc = 0;
        size_t i;
        for (i = 0; i < TUPLE_LEN(p); i++) {
            double a, b;
            if (arg_double(TUPLE_ITEMS(p)[i], &a) < 0 || arg_double(TUPLE_ITEMS(q)[i], &b) < 0) break;
            acc += (a - b) * (a - b);
        }
        if (i == TUPLE_LEN(p)) r = float_new(sqrt(acc));
    }
    DECREF(p);
    DECREF(q);
    return r;
}

/* floor, ceil, trunc: ints pass through; floats become ints; others use the dunder. */
static Value round_to_int(const char *name, const char *dunder, const Value *args, size_t nargs,
                          Value kwnames, double (*fn)(double)) {
    if (arg_simple(name, nargs, kwnames, 1, 1) < 0) return VNULL;
    Value v = args[0];
    if (IS_SMALL(v)) return v;
    if (IS_INT(v)) return obj_index(v);
    if (!IS_FLOAT(v)) {
        Value d = str_intern_cstr(dunder);
        Value m = d ? type_lookup(TYPE(v), d) : VNULL;
        XDECREF(d);
        if (m) return call_unbound(m, v, NULL, 0, VNULL);
    }
    double x;
    if (arg_double(v, &x) < 0) return VNULL;
    return int_from_double(fn(x));
}

static Value m_floor(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return round_to_int("floor", "__floor__", args, nargs, kwnames, floor);
}
static Value m_ceil(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return round_to_int("ceil", "__ceil__", args, nargs, kwnames, ceil);
}
static Value m_trunc(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("trunc", nargs, kwnames, 1, 1) < 0) return VNULL;
    Value v = args[0];
    if (IS_SMALL(v)) return v;
    if (IS_INT(v)) return obj_index(v);
    if (IS_FLOAT(v)) return int_from_double(trunc(((FloatObj *)AS_OBJ(v))->v));
    Value d = str_intern_cstr("__trunc__");
    Value m = d ? type_lookup(TYPE(v), d) : VNULL;
    XDECREF(d);
    if (!m) {
        err_format(ExcTypeError, "type %s doesn't define __trunc__ method", TYPE(v)->name);
        return VNULL;
    }
    return call_unbound(m, v, NULL, 0, VNULL);
}

static Value m_modf(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("modf", nargs, kwnames, 1, 1) < 0) return VNULL;
    double x, ip;
    if (arg_double(args[0], &x) < 0) return VNULL;
    double fp = modf(x, &ip);
    Value a = float_new(fp), b = float_new(ip);
    Value t = (a && b) ? tuple_pack(2, a, b) : VNULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

static Value m_frexp(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("frexp", nargs, kwnames, 1, 1) < 0) return VNULL;
    double x;
    int e = 0;
    if (arg_double(args[0], &x) < 0) return VNULL;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    Value a = float_new(m);
    Value t = a ? tuple_pack(2, a, MAKE_SMALL(e)) : VNULL;
    XDECREF(a);
    return t;
}

#define PREDICATE(fname, pyname, expr) \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self; \
        if (arg_simple(pyname, nargs, kwnames, 1, 1) < 0) return VNULL; \
        double x; \
        if (arg_double(args[0], &x) < 0) return VNULL; \
        return BOOL_VAL(expr); \
    }

PREDICATE(m_isnan, "isnan", isnan(x))
PREDICATE(m_isinf, "isinf", isinf(x))
PREDICATE(m_isfinite, "isfinite", isfinite(x))

static Value m_isclose(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Value a[4];
    if (arg_parse_ex("isclose", args, nargs, kwnames, names, 2, 2, 2, a) < 0) return VNULL;
    double x, y, rel = 1e-9, abst = 0.0;
    if (arg_double(a[0], &x) < 0 || arg_double(a[1], &y) < 0) return VNULL;
    if (a[2] && arg_double(a[2], &rel) < 0) return VNULL;
    if (a[3] && arg_double(a[3], &abst) < 0) return VNULL;
    if (rel < 0 || abst < 0) {
        err_set(ExcValueError, "tolerances must be non-negative");
        return VNULL;
    }
    if (x == y) return TRUE_VAL;
    if (isinf(x) || isinf(y)) return FALSE_VAL;
    double diff = fabs(y - x);
    return BOOL_VAL((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abst));
}

/* ---- integer functions (exact, on Python ints) ---- */

static Value need_int(Value v) {
    if (IS_INT(v)) return obj_index(v);
    err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", v);
    return VNULL;
}

static Value m_factorial(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("factorial", nargs, kwnames, 1, 1) < 0) return VNULL;
    Value n = need_int(args[0]);
    if (!n) return VNULL;
    int64_t k;
    if (int_as_i64(n, &k) < 0) {
        DECREF(n);
        err_clear();
        err_set(ExcOverflowError, "factorial() argument should not exceed 9223372036854775807");
        return VNULL;
    }
    DECREF(n);
    if (k < 0) {
        err_set(ExcValueError, "factorial() not defined for negative values");
        return VNULL;
    }
    Value r = MAKE_SMALL(1);
    for (int64_t i = 2; i <= k; i++) {
        Value nr = obj_binop(BINOP_MUL, r, int_from_i64(i));
        DECREF(r);
        if (!nr) return VNULL;
        r = nr;
    }
    return r;
}

static Value int_gcd(Value a, Value b) {
    a = obj_unary(UOP_POS, a);
    if (!a) return VNULL;
    if (int_sign(a) < 0) {
        Value t = obj_unary(UOP_NEG, a);
        DECREF(a);
        if (!t) return VNULL;
        a = t;
    }
    b = obj_unary(UOP_POS, b);
    if (!b) {
        DECREF(a);
        return VNULL;
    }
    if (int_sign(b) < 0) {
        Value t = obj_unary(UOP_NEG, b);
        DECREF(b);
        if (!t) {
            DECREF(a);
            return VNULL;
        }
        b = t;
    }
    while (int_sign(b) != 0) {
        Value r = obj_binop(BINOP_MOD, a, b);
        DECREF(a);
        if (!r) {
            DECREF(b);
            return VNULL;
        }
        a = b;
        b = r;
    }
    DECREF(b);
    return a;
}

static Value m_gcd(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("gcd", kwnames) < 0) return VNULL;
    Value r = MAKE_SMALL(0);
    for (size_t i = 0; i < nargs; i++) {
        Value v = need_int(args[i]);
        if (!v) {
            DECREF(r);
            return VNULL;
        }
        Value g = int_gcd(r, v);
        DECREF(v);
        DECREF(r);
        if (!g) return VNULL;
        r = g;
    }
    return r;
}

static Value m_lcm(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("lcm", kwnames) < 0) return VNULL;
    Value r = MAKE_SMALL(1);
    for (size_t i = 0; i < nargs; i++) {
        Value v = need_int(args[i]);
        if (!v) {
            DECREF(r);
            return VNULL;
        }
        if (int_sign(v) == 0 || int_sign(r) == 0) {
            DECREF(v);
            DECREF(r);
            r = MAKE_SMALL(0);
            continue;
        }
        Value g = int_gcd(r, v);
        Value q = g ? obj_binop(BINOP_FLOORDIV, r, g) : VNULL;
        Value p = q ? obj_binop(BINOP_MUL, q, v) : VNULL;
        XDECREF(g);
        XDECREF(q);
        DECREF(v);
        DECREF(r);
        if (!p) return VNULL;
        if (int_sign(p) < 0) {
            Value t = obj_unary(UOP_NEG, p);
            DECREF(p);
            if (!t) return VNULL;
            p = t;
        }
        r = p;
    }
    return r;
}

static Value m_isqrt(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("isqrt", nargs, kwnames, 1, 1) < 0) return VNULL;
    Value n = need_int(args[0]);
    if (!n) return VNULL;
    if (int_sign(n) < 0) {
        DECREF(n);
        err_set(ExcValueError, "isqrt() argument must be nonnegative");
        return VNULL;
    }
    if (int_sign(n) == 0) return n;
    /* Newton's iteration from above: x = (x + n // x) // 2 until it stops decreasing. */
    int ovf = 0;
    double d = int_as_double(n, &ovf);
    if (ovf) err_clear();
    Value x = ovf ? obj_binop(BINOP_RSHIFT, n, MAKE_SMALL(1)) : int_from_double(sqrt(d) + 1);
    if (!x) {
        DECREF(n);
        return VNULL;
    }
    for (;;) {
        Value q = obj_binop(BINOP_FLOORDIV, n, x);
        Value s = q ? obj_binop(BINOP_ADD, x, q) : VNULL;
        Value y = s ? obj_binop(BINOP_RSHIFT, s, MAKE_SMALL(1)) : VNULL;
        XDECREF(q);
        XDECREF(s);
        if (!y) {
            DECREF(x);
            DECREF(n);
            return VNULL;
        }
        int lt = obj_richcompare_bool(y, x, CMP_LT);
        if (lt <= 0) {
            DECREF(y);
            DECREF(n);
            if (lt < 0) {
                DECREF(x);
                return VNULL;
            }
            return x;
        }
        DECREF(x);
        x = y;
    }
}

static Value comb_perm(const char *name, const Value *args, size_t nargs, Value kwnames, bool comb) {
    if (arg_no_kw(name, kwnames) < 0 || arg_count(name, nargs, comb ? 2 : 1, 2) < 0) return VNULL;
    Value n = need_int(args[0]);
    if (!n) return VNULL;
    Value k = nargs == 2 && args[1] != NONE ? need_int(args[1]) : NEWREF(n);
    if (!k) {
        DECREF(n);
        return VNULL;
    }
    int64_t ni, ki;
    if (int_as_i64(n, &ni) < 0 || int_as_i64(k, &ki) < 0) {
        DECREF(n);
        DECREF(k);
        return VNULL;
    }
    DECREF(n);
    DECREF(k);
    if (ni < 0) {
        err_set(ExcValueError, "n must be a non-negative integer");
        return VNULL;
    }
    if (ki < 0) {
        err_set(ExcValueError, "k must be a non-negative integer");
        return VNULL;
    }
    if (ki > ni) return MAKE_SMALL(0);
    if (comb && ki > ni - ki) ki = ni - ki;
    Value r = MAKE_SMALL(1);
    for (int64_t i = 0; i < ki; i++) {
        Value f = int_from_i64(ni - i);
        Value nr = f ? obj_binop(BINOP_MUL, r, f) : VNULL;
        XDECREF(f);
        DECREF(r);
        if (!nr) return VNULL;
        r = nr;
        if (comb) {
            Value nr2 = obj_binop(BINOP_FLOORDIV, r, int_from_i64(i + 1));
            DECREF(r);
            if (!nr2) return VNULL;
            r = nr2;
        }
    }
    return r;
}

static Value m_comb(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return comb_perm("comb", args, nargs, kwnames, true);
}
static Value m_perm(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return comb_perm("perm", args, nargs, kwnames, false);
}

static Value m_prod(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"iterable", "start", NULL};
    Value a[2];
    if (arg_parse_ex("prod", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return VNULL;
    Value r = a[1] ? NEWREF(a[1]) : MAKE_SMALL(1);
    Value it = obj_iter(a[0]);
    if (!it) {
        DECREF(r);
        return VNULL;
    }
    Value x;
    while ((x = obj_next(it))) {
        Value nr = obj_binop(BINOP_MUL, r, x);
        DECREF(x);
        DECREF(r);
        if (!nr) {
            DECREF(it);
            return VNULL;
        }
        r = nr;
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(r);
        return VNULL;
    }
    return r;
}

/* fsum: Shewchuk's exact summation of partials, rounded once at the end. */
static Value m_fsum(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("fsum", nargs, kwnames, 1, 1) < 0) return VNULL;
    Value it = obj_iter(args[0]);
    if (!it) return VNULL;
    double partials[256];
    size_t np = 0;
    double special = 0, inf_sum = 0;
    Value item;
    while ((item = obj_next(it))) {
        double x;
        int r = arg_double(item, &x);
        DECREF(item);
        if (r < 0) {
            DECREF(it);
            return VNULL;
        }
        if (!isfinite(x)) {
            if (isinf(x)) inf_sum += x;
            special += x;
            continue;
        }
        size_t i = 0;
        for (size_t j = 0; j < np; j++) {
            double y = partials[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        if (i >= 256) {
            DECREF(it);
            err_set(ExcMemoryError, "math.fsum partials");
            return VNULL;
        }
        partials[i++] = x;
        np = i;
    }
    DECREF(it);
    if (err_occurred()) return VNULL;
    if (special != 0.0) {
        if (isnan(inf_sum)) {
            err_set(ExcValueError, "-inf + inf in fsum");
            return VNULL;
        }
        return float_new(special);
    }
    double hi = 0.0;
    if (np > 0) {
        size_t n = np;
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_new(hi);
}

static const MethodDef math_methods[] = {
    {"sqrt", m_sqrt, 0}, {"exp", m_exp, 0}, {"exp2", m_exp2, 0}, {"expm1", m_expm1, 0},
    {"log", m_log, 0}, {"log2", m_log2, 0}, {"log10", m_log10, 0}, {"log1p", m_log1p, 0},
    {"pow", m_pow, 0}, {"sin", m_sin, 0}, {"cos", m_cos, 0}, {"tan", m_tan, 0},
    {"asin", m_asin, 0}, {"acos", m_acos, 0}, {"atan", m_atan, 0}, {"atan2", m_atan2, 0},
    {"sinh", m_sinh, 0}, {"cosh", m_cosh, 0}, {"tanh", m_tanh, 0}, {"asinh", m_asinh, 0},
    {"acosh", m_acosh, 0}, {"atanh", m_atanh, 0}, {"fabs", m_fabs, 0},
    {"degrees", m_degrees, 0}, {"radians", m_radians, 0}, {"erf", m_erf, 0},
    {"erfc", m_erfc, 0}, {"gamma", m_gamma, 0}, {"lgamma", m_lgamma, 0},
    {"hypot", m_hypot, 0}, {"dist", m_dist, 0}, {"fmod", m_fmod, 0},
    {"copysign", m_copysign, 0}, {"ldexp", m_ldexp, 0}, {"frexp", m_frexp, 0},
    {"modf", m_modf, 0}, {"floor", m_floor, 0}, {"ceil", m_ceil, 0}, {"trunc", m_trunc, 0},
    {"isnan", m_isnan, 0}, {"isinf", m_isinf, 0}, {"isfinite", m_isfinite, 0},
    {"isclose", m_isclose, 0}, {"factorial", m_factorial, 0}, {"gcd", m_gcd, 0},
    {"lcm", m_lcm, 0}, {"isqrt", m_isqrt, 0}, {"comb", m_comb, 0}, {"perm", m_perm, 0},
    {"prod", m_prod, 0}, {"fsum", m_fsum, 0},
    {NULL, NULL, 0},
};

Value math_module_init(void) {
    Value name = str_intern_cstr("math");
    if (!name) return VNULL;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    struct { const char *n; double v; } consts[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    if (module_add_functions(m, math_methods) < 0) goto fail;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        Value f = float_new(consts[i].v);
        if (!f) goto fail;
        int r = dict_set_cstr(d, consts[i].n, f);
        DECREF(f);
        if (r < 0) goto fail;
    }
    return m;
fail:
    DECREF(m);
    return VNULL;
}
