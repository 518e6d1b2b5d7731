/* complex: a pair of doubles, with CPython's arithmetic (integral powers up to 100 by
 * repeated multiplication, Smith's division), repr and hash. Ints and floats mixed with a
 * complex reach these slots reflected, because their own slots answer NotImplemented. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "strutil.h"
#include "ast.h"

typedef struct ComplexObj { Obj hdr; double re, im; } ComplexObj;
typedef struct { double re, im; } Cx;

#define CX(v) (((ComplexObj *)AS_OBJ(v)))

static bool is_complex(Value v) {
    return !IS_SMALL(v) && (AS_OBJ(v)->type == &ComplexType || type_is_subtype(AS_OBJ(v)->type, &ComplexType));
}

Value complex_new(double re, double im) {
    ComplexObj *c = (ComplexObj *)obj_alloc(&ComplexType);
    if (!c) return VNULL;
    c->re = re;
    c->im = im;
    return OBJ_VAL(c);
}

static Value cx_value(Cx c) { return complex_new(c.re, c.im); }

/* 1: *out set; 0: not a number (NotImplemented); -1: error. */
static int to_cx(Value v, Cx *out) {
    if (is_complex(v)) { out->re = CX(v)->re; out->im = CX(v)->im; return 1; }
    if (IS_FLOAT(v) || (!IS_SMALL(v) && type_is_subtype(TYPE(v), &FloatType))) { out->re = FVAL(v); out->im = 0; return 1; }
    if (IS_INT(v)) {
        int of;
        out->re = int_as_double(v, &of);
        out->im = 0;
        return of ? -1 : 1;
    }
    return 0;
}

#define GET2(a, b, x, y) do { \
        int ra_ = to_cx(a, &x); if (ra_ <= 0) return ra_ < 0 ? VNULL : NOTIMPLEMENTED; \
        int rb_ = to_cx(b, &y); if (rb_ <= 0) return rb_ < 0 ? VNULL : NOTIMPLEMENTED; \
    } while (0)

static Cx c_sum(Cx a, Cx b) { return (Cx){ a.re + b.re, a.im + b.im }; }
static Cx c_diff(Cx a, Cx b) { return (Cx){ a.re - b.re, a.im - b.im }; }
static Cx c_prod(Cx a, Cx b) { return (Cx){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re }; }

/* Smith's method: scale by the larger component of the divisor to avoid overflow. */
static Cx c_quot(Cx a, Cx b, bool *zero) {
    double abr = fabs(b.re), abi = fabs(b.im);
    *zero = false;
    if (abr >= abi) {
        if (abr == 0) { *zero = true; return (Cx){ 0, 0 }; }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){ (a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom };
    }
    if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){ (a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom };
    }
    return (Cx){ NAN, NAN };   /* a nan in b */
}

static Cx c_powu(Cx x, long n) {
    Cx r = { 1, 0 }, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

/* 0: ok; -1: ZeroDivisionError set; 1: overflow */
static int c_pow(Cx a, Cx b, Cx *out) {
    if (b.re == 0 && b.im == 0) { *out = (Cx){ 1, 0 }; return 0; }
    if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0) {
            err_set(ExcZeroDivisionError, "0.0 to a negative or complex power");
            return -1;
        }
        *out = (Cx){ 0, 0 };
        return 0;
    }
    if (b.im == 0 && b.re == floor(b.re) && fabs(b.re) <= 100) {
        long n = (long)b.re;
        if (n > 0) *out = c_powu(a, n);
        else {
            bool z;
            *out = c_quot((Cx){ 1, 0 }, c_powu(a, -n), &z);
        }
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        *out = (Cx){ len * cos(phase), len * sin(phase) };
    }
    return (isinf(out->re) || isinf(out->im)) ? 1 : 0;
}

Value complex_pow_d(double a, double b);
Value complex_pow_d(double a, double b) {
    Cx r;
    int rc = c_pow((Cx){ a, 0 }, (Cx){ b, 0 }, &r);
    if (rc < 0) return VNULL;
    if (rc > 0) { err_set(ExcOverflowError, "complex exponentiation"); return VNULL; }
    return cx_value(r);
}

static Value cx_add(Value a, Value b) { Cx x, y; GET2(a, b, x, y); return cx_value(c_sum(x, y)); }
static Value cx_sub(Value a, Value b) { Cx x, y; GET2(a, b, x, y); return cx_value(c_diff(x, y)); }
static Value cx_mul(Value a, Value b) { Cx x, y; GET2(a, b, x, y); return cx_value(c_prod(x, y)); }
static Value cx_div(Value a, Value b) {
    Cx x, y; GET2(a, b, x, y);
    bool zero;
    Cx r = c_quot(x, y, &zero);
    if (zero) { err_set(ExcZeroDivisionError, "complex division by zero"); return VNULL; }
    return cx_value(r);
}
static Value cx_pow(Value a, Value b) {
    Cx x, y; GET2(a, b, x, y);
    Cx r;
    int rc = c_pow(x, y, &r);
    if (rc < 0) return VNULL;
    if (rc > 0) { err_set(ExcOverflowError, "complex exponentiation"); return VNULL; }
    return cx_value(r);
}
static Value cx_pow3(Value a, Value b, Value m) {
    (void)a; (void)b; (void)m;
    err_set(ExcValueError, "complex modulo");
    return VNULL;
}

static Value cx_neg(Value v) { return complex_new(-CX(v)->re, -CX(v)->im); }
static Value cx_pos(Value v) {
    if (AS_OBJ(v)->type == &ComplexType) return NEWREF(v);
    return complex_new(CX(v)->re, CX(v)->im);
}
static Value cx_abs(Value v) {
    double re = CX(v)->re, im = CX(v)->im;
    if (isinf(re) || isinf(im)) return float_new(INFINITY);
    double r = hypot(re, im);
    if (isinf(r)) { err_set(ExcOverflowError, "absolute value too large"); return VNULL; }
    return float_new(r);
}
static int cx_bool(Value v) { return CX(v)->re != 0 || CX(v)->im != 0; }

static Value cx_richcompare(Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return NOTIMPLEMENTED;
    Cx x = { CX(a)->re, CX(a)->im }, y;
    bool eq;
    if (is_complex(b)) {
        y = (Cx){ CX(b)->re, CX(b)->im };
        eq = x.re == y.re && x.im == y.im;
    } else if (IS_INT(b)) {
        /* exact, as int == float is */
        eq = x.im == 0 && int_float_cmp(b, x.re) == 0;
    } else if (IS_FLOAT(b) || (!IS_SMALL(b) && type_is_subtype(TYPE(b), &FloatType))) {
        eq = x.im == 0 && x.re == FVAL(b);
    } else {
        return NOTIMPLEMENTED;
    }
    return BOOL_VAL(op == CMP_EQ ? eq : !eq);
}

static int64_t cx_hash(Value v) {
    uint64_t hr = (uint64_t)hash_double(CX(v)->re), hi = (uint64_t)hash_double(CX(v)->im);
    if (isnan(CX(v)->re) || isnan(CX(v)->im)) {
        uint64_t p = (uint64_t)v;
        int64_t h = (int64_t)((p >> 4) | (p << 60));
        return h == -1 ? -2 : h;
    }
    int64_t h = (int64_t)(hr + 1000003ULL * hi);
    return h == -1 ? -2 : h;
}

/* A component as CPython's repr writes it: the float repr without a trailing ".0". */
static void part(char *out, size_t n, double d, bool sign) {
    char buf[64];
    float_repr_cstr(d, buf, sizeof buf);
    size_t l = strlen(buf);
    if (l > 2 && strcmp(buf + l - 2, ".0") == 0) buf[l - 2] = 0;
    if (sign && buf[0] != '-') snprintf(out, n, "+%s", buf);
    else snprintf(out, n, "%s", buf);
}

static Value cx_repr(Value v) {
    double re = CX(v)->re, im = CX(v)->im;
    char a[72], b[72], out[160];
    if (re == 0 && !signbit(re)) {
        part(b, sizeof b, im, false);
        snprintf(out, sizeof out, "%sj", b);
    } else {
        part(a, sizeof a, re, false);
        part(b, sizeof b, im, true);
        snprintf(out, sizeof out, "(%s%sj)", a, b);
    }
    return str_from_ascii(out, strlen(out));
}

/* ---- complex() ---- */

static bool parse_real(const char **pp, const char *end, double *out) {
    const char *p = *pp;
    const char *start = p;
    if (p < end && (*p == '+' || *p == '-')) p++;
    if (end - p >= 3 && (!strncasecmp(p, "inf", 3) || !strncasecmp(p, "nan", 3))) {
        p += (end - p >= 8 && !strncasecmp(p, "infinity", 8)) ? 8 : 3;
    } else {
        int nd = 0;
        while (p < end && *p >= '0' && *p <= '9') { p++; nd++; }
        if (p < end && *p == '.') { p++; while (p < end && *p >= '0' && *p <= '9') { p++; nd++; } }
        if (!nd) return false;
        if (p < end && (*p == 'e' || *p == 'E')) {
            const char *q = p + 1;
            if (q < end && (*q == '+' || *q == '-')) q++;
            int ed = 0;
            while (q < end && *q >= '0' && *q <= '9') { q++; ed++; }
            if (ed) p = q;
        }
    }
    Value f = float_from_string(start, (size_t)(p - start));
    if (!f) { err_clear(); return false; }
    *out = FVAL(f);
    DECREF(f);
    *pp = p;
    return true;
}

static Value complex_from_string(const char *s, size_t n) {
    const char *p = s, *end = s + n;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    if (p < end && *p == '(' && end[-1] == ')') {
        p++; end--;
        while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
        while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    }
    double re = 0, im = 0, x;
    const char *q = p;
    if (p < end && parse_real(&q, end, &x)) {
        if (q == end) { re = x; goto done; }
        if (*q == 'j' || *q == 'J') { if (q + 1 == end) { im = x; goto done; } goto bad; }
        re = x;
        p = q;
        if (*p != '+' && *p != '-') goto bad;
        q = p;
        if (parse_real(&q, end, &x)) {
            if (q + 1 == end && (*q == 'j' || *q == 'J')) { im = x; goto done; }
            goto bad;
        }
        /* a bare sign before j: 1+j */
        if (p + 2 == end && (p[1] == 'j' || p[1] == 'J')) { im = *p == '-' ? -1 : 1; goto done; }
        goto bad;
    }
    /* j, +j, -j */
    q = p;
    double sgn = 1;
    if (q < end && (*q == '+' || *q == '-')) { sgn = *q == '-' ? -1 : 1; q++; }
    if (q + 1 == end && (*q == 'j' || *q == 'J')) { im = sgn; goto done; }
bad:
    err_set(ExcValueError, "complex() arg is a malformed string");
    return VNULL;
done:
    return complex_new(re, im);
}

static int arg_to_cx(Value v, Cx *out, const char *which) {
    int r = to_cx(v, out);
    if (r) return r < 0 ? -1 : 0;
    Value m = type_lookup(TYPE(v), NAME(__complex__));
    if (m) {
        Value c = obj_call1(m, v);
        if (!c) return -1;
        if (!is_complex(c)) {
            err_format(ExcTypeError, "__complex__ returned non-complex (type %N)", c);
            DECREF(c);
            return -1;
        }
        *out = (Cx){ CX(c)->re, CX(c)->im };
        DECREF(c);
        return 0;
    }
    double d;
    if (type_lookup(TYPE(v), NAME(__float__)) || type_lookup(TYPE(v), NAME(__index__))) {
        if (obj_as_double(v, &d) < 0) return -1;
        *out = (Cx){ d, 0 };
        return 0;
    }
    err_format(ExcTypeError, "complex() %s, not '%N'", which, v);
    return -1;
}

static Value cx_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = { "real", "imag", NULL };
    Value a[2] = { VNULL, VNULL };
    if (arg_parse("complex", args, nargs, kwnames, names, 2, 0, a) < 0) return VNULL;
    Value r;
    if (a[0] && IS_STR(a[0])) {
        if (a[1]) { err_set(ExcTypeError, "complex() can't take second arg if first is a string"); return VNULL; }
        r = complex_from_string(STR_DATA(a[0]), STR_SIZE(a[0]));
    } else if (a[1] && IS_STR(a[1])) {
        err_set(ExcTypeError, "complex() second arg can't be a string");
        return VNULL;
    } else {
        Cx x = { 0, 0 }, y = { 0, 0 };
        if (a[0] && arg_to_cx(a[0], &x, "first argument must be a string or a number") < 0) return VNULL;
        if (a[1] && arg_to_cx(a[1], &y, "second argument must be a number") < 0) return VNULL;
        /* only complex parts mix in: complex(1, -0.0) keeps its negative zero */
        bool xc = a[0] && is_complex(a[0]), yc = a[1] && is_complex(a[1]);
        r = complex_new(yc ? x.re - y.im : x.re, xc ? x.im + y.re : y.re);
    }
    if (!r || type == &ComplexType) return r;
    ComplexObj *o = (ComplexObj *)obj_alloc(type);
    if (!o) { DECREF(r); return VNULL; }
    o->re = CX(r)->re;
    o->im = CX(r)->im;
    DECREF(r);
    return OBJ_VAL(o);
}

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("conjugate", kw) < 0 || arg_count("conjugate", nargs, 0, 0) < 0) return VNULL;
    return complex_new(CX(self)->re, -CX(self)->im);
}

static Value m_complex(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return cx_pos(self);
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("__format__", kw) < 0 || arg_count("__format__", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0])) {
        err_format(ExcTypeError, "__format__() argument must be str, not %N", args[0]);
        return VNULL;
    }
    if (STR_SIZE(args[0]) == 0) return obj_str(self);
    return str_format_complex(self, CX(self)->re, CX(self)->im, args[0]);
}

static void cx_dealloc(Obj *o) { obj_free(o); }

static Value g_real(Value self) { return float_new(CX(self)->re); }
static Value g_imag(Value self) { return float_new(CX(self)->im); }

static const MethodDef cx_methods[] = {
    { "conjugate", m_conjugate, 0 },
    { "__complex__", m_complex, 0 },
    { "__format__", m_format, 0 },
    { NULL, NULL, 0 }
};

static const GetSetDef cx_getsets[] = {
    { "real", g_real, NULL },
    { "imag", g_imag, NULL },
    { NULL, NULL, NULL }
};

Type ComplexType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "complex",
    .basicsize = sizeof(ComplexObj),
    .flags = TPFLAG_BASETYPE,
    .dealloc = cx_dealloc,
    .repr = cx_repr,
    .str = cx_repr,
    .hash = cx_hash,
    .richcompare = cx_richcompare,
    .new_ = cx_new,
    .nb = {
        [BINOP_ADD] = cx_add, [BINOP_SUB] = cx_sub, [BINOP_MUL] = cx_mul,
        [BINOP_TRUEDIV] = cx_div, [BINOP_POW] = cx_pow,
    },
    .nb_pow3 = cx_pow3,
    .nb_neg = cx_neg, .nb_pos = cx_pos, .nb_abs = cx_abs,
    .nb_bool = cx_bool,
    .methods = cx_methods,
    .getsets = cx_getsets,
};
