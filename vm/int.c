/* int: tagged 63-bit small ints with GMP-backed big ints past that range.
 * Every result is normalised back to a tagged int when it fits, so the fast paths
 * (both operands IS_SMALL) cover nearly all arithmetic a program does. */
#include <math.h>
#include <string.h>
#include <stdlib.h>

#include "int_impl.h"
#include "num.h"
#include "strutil.h"
#include "ast.h"

int64_t int_max_str_digits = 4300;

/* Results larger than this many bits are refused with MemoryError instead of letting GMP
 * grind for minutes or abort on a failed allocation. (Fuzzing builds cap one allocation
 * at 128 MB, tests/fuzz/fuzz_common.h: GMP's temporaries must stay below that.) */
#ifdef MINIPY_FUZZ
#define INT_MAX_BITS ((uint64_t)1 << 28)
#else
#define INT_MAX_BITS ((uint64_t)1 << 32)
#endif

/* ---------------- construction ---------------- */

static Value int_box_i64(int64_t i) {
    IntObj *o = (IntObj *)obj_alloc(&IntType);
    if (!o) return VNULL;
    mpz_init_set_si(o->z, (long)i);
    return OBJ_VAL(o);
}

Value int_from_i64(int64_t i) {
    if (i >= SMALL_MIN && i <= SMALL_MAX) return MAKE_SMALL(i);
    return int_box_i64(i);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALL_MAX) return MAKE_SMALL((int64_t)u);
    IntObj *o = (IntObj *)obj_alloc(&IntType);
    if (!o) return VNULL;
    mpz_init_set_ui(o->z, (unsigned long)u);
    return OBJ_VAL(o);
}

/* Exact IntObjs are recycled with their limbs: a big-int result is computed straight into
 * one (int_obj_take, then int_obj_finish), so `x + 1` on a big x costs no malloc/free pair
 * for the object nor for its digits. Only blocks of modest size are kept. */
#ifndef MINIPY_NO_FREELIST
#define INT_CACHE_MAX 64
#define INT_CACHE_LIMBS 16
static IntObj *int_cache[INT_CACHE_MAX];
static int int_cache_n;
#endif

/* A fresh exact IntObj whose z is initialised (value unspecified): compute into it. */
static IntObj *int_obj_take(void) {
#ifndef MINIPY_NO_FREELIST
    if (int_cache_n) {
        IntObj *o = int_cache[--int_cache_n];
        o->hdr.refcnt = 1;
        return o;
    }
#endif
    IntObj *o = (IntObj *)obj_alloc(&IntType);
    if (o) mpz_init(o->z);
    return o;
}

/* Frees an IntObj that never escaped, or one whose last reference went. */
static void int_obj_drop(IntObj *o) {
#ifndef MINIPY_NO_FREELIST
    if (o->hdr.type == &IntType && int_cache_n < INT_CACHE_MAX && o->z->_mp_alloc <= INT_CACHE_LIMBS) {
        int_cache[int_cache_n++] = o;
        return;
    }
#endif
    mpz_clear(o->z);
    obj_free(&o->hdr);
}

/* Normalise a result computed into o (from int_obj_take): a tagged int when it fits. */
static Value int_obj_finish(IntObj *o) {
    if (mpz_fits_slong_p(o->z)) {
        long x = mpz_get_si(o->z);
        if (x >= SMALL_MIN && x <= SMALL_MAX) { int_obj_drop(o); return MAKE_SMALL(x); }
    }
    return OBJ_VAL(o);
}

Value int_from_mpz_steal(mpz_ptr z) {
    if (mpz_fits_slong_p(z)) {
        long x = mpz_get_si(z);
        if (x >= SMALL_MIN && x <= SMALL_MAX) { mpz_clear(z); return MAKE_SMALL(x); }
    }
    IntObj *o = int_obj_take();
    if (!o) { mpz_clear(z); return VNULL; }
    mpz_swap(o->z, z);
    mpz_clear(z);
    return OBJ_VAL(o);
}

Value int_new_from_mpz_str(const char *digits, int base) {
    mpz_t z;
    if (mpz_init_set_str(z, digits, base) != 0) {
        mpz_clear(z);
        err_set(ExcValueError, "invalid integer digits");
        return VNULL;
    }
    return int_from_mpz_steal(z);
}

Value int_from_double(double d) {
    if (isinf(d)) { err_set(ExcOverflowError, "cannot convert float infinity to integer"); return VNULL; }
    if (isnan(d)) { err_set(ExcValueError, "cannot convert float NaN to integer"); return VNULL; }
    d = trunc(d);
    if (d >= -4.6e18 && d <= 4.6e18) return int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_from_mpz_steal(z);
}

Value int_exact(Value v) {
    if (IS_SMALL(v)) return v;
    if (AS_OBJ(v)->type == &IntType) return NEWREF(v);
    int64_t s; mpz_srcptr z;
    if (iv_get(v, &s, &z)) return MAKE_SMALL(s);
    mpz_t c;
    mpz_init_set(c, z);
    return int_from_mpz_steal(c);
}

/* ---------------- reading ---------------- */

int int_fits_i64(Value v, int64_t *out) {
    int64_t s; mpz_srcptr z;
    if (iv_get(v, &s, &z)) { *out = s; return 1; }
    if (mpz_fits_slong_p(z)) { *out = mpz_get_si(z); return 1; }
    return 0;
}

int int_as_i64(Value v, int64_t *out) {
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    if (!IS_INT(v)) {
        Value i = obj_index(v);
        if (!i) return -1;
        int r = int_as_i64(i, out);
        DECREF(i);
        return r;
    }
    if (int_fits_i64(v, out)) return 0;
    err_set(ExcOverflowError, "Python int too large to convert to C long");
    return -1;
}

int int_sign(Value v) {
    int64_t s; mpz_srcptr z;
    if (iv_get(v, &s, &z)) return (s > 0) - (s < 0);
    return mpz_sgn(z);
}

/* Round a 64-bit magnitude q (whose lowest bit may carry a sticky flag) after dropping
 * `drop` >= 2 low bits, half to even. */
static uint64_t round_drop(uint64_t q, int drop) {
    uint64_t half = (uint64_t)1 << (drop - 1);
    uint64_t rest = q & ((half << 1) - 1);
    uint64_t m = q >> drop;
    if (rest > half || (rest == half && (m & 1))) m++;
    return m;
}

double mpz_to_double_rounded(mpz_srcptr z, int *overflow) {
    *overflow = 0;
    size_t nbits = mpz_sizeinbase(z, 2);
    if (mpz_sgn(z) == 0) return 0.0;
    if (nbits <= 53) return mpz_get_d(z);
    if (nbits > 1024) { *overflow = 1; return 0.0; }
    if (nbits <= 64) {
        /* the hardware conversion of a 64-bit integer rounds half to even */
        mpz_t t;
        mpz_init(t);
        mpz_abs(t, z);
        double d = (double)(uint64_t)mpz_get_ui(t);
        mpz_clear(t);
        return mpz_sgn(z) < 0 ? -d : d;
    }
    /* keep 55 bits plus a sticky bit for everything below */
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = nbits - 55;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_fdiv_q_2exp(t, t, shift);
    uint64_t q = mpz_get_ui(t) | (sticky ? 1 : 0);
    mpz_clear(t);
    uint64_t m = round_drop(q, 2);
    double d = ldexp((double)m, (int)shift + 2);
    if (isinf(d)) { *overflow = 1; return 0.0; }
    return mpz_sgn(z) < 0 ? -d : d;
}

double int_as_double(Value v, int *overflow) {
    int64_t s; mpz_srcptr z;
    if (iv_get(v, &s, &z)) { *overflow = 0; return (double)s; }
    double d = mpz_to_double_rounded(z, overflow);
    if (*overflow) err_set(ExcOverflowError, "int too large to convert to float");
    return d;
}

/* ---------------- comparison and hashing ---------------- */

int int_cmp(Value a, Value b) {
    int64_t x, y; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sa && sb) return (x > y) - (x < y);
    int r;
    if (sa) r = -mpz_cmp_si(zb, (long)x);
    else if (sb) r = mpz_cmp_si(za, (long)y);
    else r = mpz_cmp(za, zb);
    return (r > 0) - (r < 0);
}

int int_float_cmp(Value i, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    int64_t s; mpz_srcptr z;
    if (iv_get(i, &s, &z) && s > -(1LL << 53) && s < (1LL << 53)) {
        double x = (double)s;
        return (x > d) - (x < d);
    }
    double fl = floor(d);
    mpz_t f;
    mpz_init_set_d(f, fl);
    int r;
    if (iv_get(i, &s, &z)) r = -mpz_cmp_si(f, (long)s);
    else r = mpz_cmp(z, f);
    mpz_clear(f);
    if (r != 0) return (r > 0) - (r < 0);
    return fl == d ? 0 : -1;   /* i == floor(d) < d */
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t int_hash(Value v) {
    int64_t s; mpz_srcptr z;
    int64_t h;
    if (iv_get(v, &s, &z)) {
        if (s > -(int64_t)HASH_MODULUS && s < (int64_t)HASH_MODULUS) return s == -1 ? -2 : s;
        uint64_t m = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        m %= HASH_MODULUS;
        h = s < 0 ? -(int64_t)m : (int64_t)m;
    } else {
        uint64_t m = mpz_tdiv_ui(z, HASH_MODULUS);
        h = mpz_sgn(z) < 0 ? -(int64_t)m : (int64_t)m;
    }
    return h == -1 ? -2 : h;
}

static Value int_richcompare(Value a, Value b, int op) {
    int c;
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        c = (x > y) - (x < y);
    } else if (IS_INT(a) && IS_INT(b)) {
        c = int_cmp(a, b);
    } else if (IS_INT(a) && IS_FLOAT(b)) {
        c = int_float_cmp(a, FVAL(b));
        if (c == 2) return BOOL_VAL(op == CMP_NE);
    } else {
        return NOTIMPLEMENTED;
    }
    return cmp_order_result(c, op);
}

/* ---------------- str ---------------- */

static const char *max_digits_msg =
    "Exceeds the limit (%lld digits) for integer string conversion; "
    "use sys.set_int_max_str_digits() to increase the limit";

char *int_to_decimal_cstr(Value v, size_t *len) {
    int64_t s; mpz_srcptr z;
    if (iv_get(v, &s, &z)) {
        char *buf = mem_alloc(24);
        if (!buf) return NULL;
        *len = (size_t)snprintf(buf, 24, "%lld", (long long)s);
        return buf;
    }
    size_t est = mpz_sizeinbase(z, 10);
    if (int_max_str_digits > 0 && est > (size_t)int_max_str_digits + 1) {
        err_format(ExcValueError, max_digits_msg, (long long)int_max_str_digits);
        return NULL;
    }
    char *buf = mem_alloc(est + 2);
    if (!buf) return NULL;
    mpz_get_str(buf, 10, z);
    *len = strlen(buf);
    size_t ndig = *len - (buf[0] == '-');
    if (int_max_str_digits > 0 && ndig > (size_t)int_max_str_digits) {
        mem_free(buf);
        err_format(ExcValueError, max_digits_msg, (long long)int_max_str_digits);
        return NULL;
    }
    return buf;
}

Value int_repr(Value v) {
    int64_t s; mpz_srcptr z;
    if (iv_get(v, &s, &z)) {
        static const char pairs[] =
            "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
            "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
            "8081828384858687888990919293949596979899";
        if (s >= 0 && s < 10) return str_from_ascii(&"0123456789"[s], 1);
        char buf[24];
        char *p = buf + sizeof buf;
        uint64_t m = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        while (m >= 100) {   /* two digits per division */
            unsigned r = (unsigned)(m % 100);
            m /= 100;
            *--p = pairs[2 * r + 1];
            *--p = pairs[2 * r];
        }
        if (m >= 10) { *--p = pairs[2 * m + 1]; *--p = pairs[2 * m]; }
        else *--p = (char)('0' + m);
        if (s < 0) *--p = '-';
        return str_from_ascii(p, (size_t)(buf + sizeof buf - p));
    }
    size_t len;
    char *buf = int_to_decimal_cstr(v, &len);
    if (!buf) return VNULL;
    Value r = str_from_ascii(buf, len);
    mem_free(buf);
    return r;
}

Value int_to_base_str(Value v, int base) {
    if (base == 10) return int_repr(v);
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    ZArg a;
    za_get(&a, v);
    size_t n = mpz_sizeinbase(a.p, base);
    char *buf = mem_alloc(n + 5);
    if (!buf) { za_free(&a); return VNULL; }
    char *p = buf;
    if (mpz_sgn(a.p) < 0) *p++ = '-';
    strcpy(p, prefix);
    p += strlen(prefix);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, a.p);
    mpz_get_str(p, base, t);
    mpz_clear(t);
    za_free(&a);
    Value r = str_from_ascii(buf, strlen(buf));
    mem_free(buf);
    return r;
}

int int_set_max_str_digits(Value v) {
    int64_t n;
    if (int_as_i64(v, &n) < 0) return -1;
    if (n != 0 && n < 640) {
        err_set(ExcValueError, "maxdigits must be 0 or larger than 640");
        return -1;
    }
    int_max_str_digits = n;
    return 0;
}

/* ---------------- parsing ---------------- */

/* ASCII whitespace only, as CPython's int(): U+001C..U+001F are str.isspace() but are not
 * stripped (other Unicode spaces become ' ' in unicode_to_ascii_digits). */
static bool is_ws(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Set while parsing the data of a bytes object, so the message shows b'...' as CPython's. */
static bool parsing_bytes;

static void invalid_literal(const char *s, size_t len, int base) {
    Value sv = parsing_bytes ? bytes_from(s, len) : str_from_utf8_lossy(s, len);
    if (!sv) return;
    err_format(ExcValueError, "invalid literal for int() with base %d: %.200R", base, sv);
    DECREF(sv);
}

/* Map Unicode decimal digits and spaces to ASCII as CPython does before parsing;
 * returns NULL when s is pure ASCII (nothing to do). */
static char *unicode_to_ascii_digits(const char *s, size_t len, size_t *outlen);

Value int_from_string(const char *s0, size_t len0, int base) {
    if (base == 10) {
        /* int(str) of a plain decimal (ASCII spaces, a sign, 1 to 18 digits): no copies */
        const char *p = s0, *end = s0 + len0;
        while (p < end && is_ws((unsigned char)*p)) p++;
        while (end > p && is_ws((unsigned char)end[-1])) end--;
        bool neg = p < end && *p == '-';
        if (p < end && (*p == '-' || *p == '+')) p++;
        if (end > p && end - p <= 18) {
            int64_t acc = 0;
            const char *q = p;
            while (q < end && (unsigned)(*q - '0') < 10) acc = acc * 10 + (*q++ - '0');
            if (q == end) return MAKE_SMALL(neg ? -acc : acc);
        }
    }
    if (base != 0 && (base < 2 || base > 36)) {
        err_set(ExcValueError, "int() base must be >= 2 and <= 36, or 0");
        return VNULL;
    }
    size_t len = len0;
    char *conv = unicode_to_ascii_digits(s0, len0, &len);
    const char *s = conv ? conv : s0;
    const char *p = s, *end = s + len;
    int given_base = base;
    while (p < end && is_ws((unsigned char)*p)) p++;
    while (end > p && is_ws((unsigned char)end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
    bool after_prefix = false;
    if (p + 1 < end && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { base = pb; p += 2; after_prefix = true; }
    }
    bool base0_decimal = false;
    if (base == 0) { base = 10; base0_decimal = true; }
    /* collect digits without underscores */
    size_t cap = (size_t)(end - p) + 2;
    char small[64];
    char *digits = cap <= sizeof small ? small : malloc(cap);
    if (!digits) { free(conv); err_no_memory(); return VNULL; }
    size_t nd = 0;
    bool ok = p < end, prev_us = after_prefix;   /* "0x_1" is allowed */
    bool allzero = true;
    for (const char *q = p; q < end && ok; q++) {
        if (*q == '_') {
            if (prev_us && !(after_prefix && q == p)) ok = false;
            if (q == p && !after_prefix) ok = false;
            prev_us = true;
            continue;
        }
        int dv = digit_value((unsigned char)*q);
        if (dv >= base) { ok = false; break; }
        if (dv) allzero = false;
        digits[nd++] = *q;
        prev_us = false;
    }
    if (nd == 0 || prev_us) ok = false;
    /* base 0: a decimal literal may not have leading zeros unless it is all zeros */
    if (ok && base0_decimal && digits[0] == '0' && !allzero) ok = false;
    if (!ok) {
        if (digits != small) free(digits);
        invalid_literal(s0, len0, given_base);
        free(conv);
        return VNULL;
    }
    Value r;
    if (nd <= 18 && base <= 10) {
        int64_t acc = 0;
        for (size_t i = 0; i < nd; i++) acc = acc * base + (digits[i] - '0');
        r = int_from_i64(neg ? -acc : acc);
    } else if (nd <= 12) {
        int64_t acc = 0;
        for (size_t i = 0; i < nd; i++) acc = acc * base + digit_value((unsigned char)digits[i]);
        r = int_from_i64(neg ? -acc : acc);
    } else {
        if ((base & (base - 1)) != 0 && int_max_str_digits > 0 && nd > (size_t)int_max_str_digits) {
            err_format(ExcValueError, "Exceeds the limit (%lld digits) for integer string conversion: "
                       "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                       (long long)int_max_str_digits, nd);
            r = VNULL;
        } else {
            digits[nd] = 0;
            mpz_t z;
            mpz_init_set_str(z, digits, base);
            if (neg) mpz_neg(z, z);
            r = int_from_mpz_steal(z);
        }
    }
    if (digits != small) free(digits);
    free(conv);
    return r;
}

static char *unicode_to_ascii_digits(const char *s, size_t len, size_t *outlen) {
    size_t i;
    for (i = 0; i < len; i++) if ((unsigned char)s[i] >= 0x80) break;
    if (i == len) return NULL;
    /* bytes input may hold invalid UTF-8: leave it to fail as an invalid literal */
    size_t cps, badlen;
    const char *reason;
    if (utf8_check(s, len, &cps, &reason, &badlen) != len) return NULL;
    char *out = malloc(len + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { out[o++] = (char)c; i++; continue; }
        uint32_t cp;
        int n = utf8_decode1((const unsigned char *)s + i, &cp);
        if (n <= 0 || i + (size_t)n > len) { free(out); return NULL; }
        /* the decimal digit blocks: each starts at a code point ending in 0 */
        static const uint32_t zeros[] = { 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66,
            0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
            0xFF10 };
        int d = -1;
        for (size_t k = 0; k < sizeof zeros / sizeof zeros[0]; k++)
            if (cp >= zeros[k] && cp < zeros[k] + 10) { d = (int)(cp - zeros[k]); break; }
        if (d >= 0) out[o++] = (char)('0' + d);
        else if (unicode_isspace(cp)) out[o++] = ' ';
        else { memcpy(out + o, s + i, (size_t)n); o += (size_t)n; }
        i += (size_t)n;
    }
    *outlen = o;
    return out;
}

/* ---------------- arithmetic ---------------- */

_Static_assert(CMP_LT == 0 && CMP_LE == 1 && CMP_EQ == 2 && CMP_NE == 3 && CMP_GT == 4 && CMP_GE == 5,
               "cmp_order_result (num.h) numbers the comparisons as parser/ast.h does");

#define CHECK_INTS(a, b) do { if (!IS_INT(a) || !IS_INT(b)) return NOTIMPLEMENTED; } while (0)

/* The slow path of a binary operation once the small-int fast path is out: r = op(a, b)
 * on GMP integers. */
static Value big_binop(Value a, Value b, void (*op)(mpz_ptr, mpz_srcptr, mpz_srcptr)) {
    ZArg A, B;
    za_get(&A, a); za_get(&B, b);
    IntObj *o = int_obj_take();
    if (!o) return VNULL;
    op(o->z, A.p, B.p);
    za_free(&A); za_free(&B);
    return int_obj_finish(o);
}

static Value int_add(Value a, Value b) {
    if (IS_SMALL(a) && IS_SMALL(b)) return int_from_i64((int64_t)SMALL_VAL(a) + SMALL_VAL(b));
    CHECK_INTS(a, b);
    int64_t x, y; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sa && sb) return int_from_i64(x + y);
    IntObj *o = int_obj_take();
    if (!o) return VNULL;
    mpz_ptr r = o->z;
    if (sa) { if (x >= 0) mpz_add_ui(r, zb, (unsigned long)x); else mpz_sub_ui(r, zb, (unsigned long)-x); }
    else if (sb) { if (y >= 0) mpz_add_ui(r, za, (unsigned long)y); else mpz_sub_ui(r, za, (unsigned long)-y); }
    else mpz_add(r, za, zb);
    return int_obj_finish(o);
}

static Value int_sub(Value a, Value b) {
    if (IS_SMALL(a) && IS_SMALL(b)) return int_from_i64((int64_t)SMALL_VAL(a) - SMALL_VAL(b));
    CHECK_INTS(a, b);
    int64_t x, y; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sa && sb) return int_from_i64(x - y);
    return big_binop(a, b, mpz_sub);
}

static Value int_mul(Value a, Value b) {
    CHECK_INTS(a, b);
    int64_t x, y, r; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sa && sb && !__builtin_mul_overflow(x, y, &r)) return int_from_i64(r);
    ZArg A, B;
    za_get(&A, a); za_get(&B, b);
    if (mpz_sizeinbase(A.p, 2) + mpz_sizeinbase(B.p, 2) > INT_MAX_BITS + 1) {
        za_free(&A); za_free(&B);
        err_set(ExcMemoryError, "");
        return VNULL;
    }
    IntObj *o = int_obj_take();
    if (!o) return VNULL;
    mpz_mul(o->z, A.p, B.p);
    za_free(&A); za_free(&B);
    return int_obj_finish(o);
}

/* |a| / |b| correctly rounded, for operands too large for the double fast path. */
static Value int_truediv_big(mpz_srcptr a, mpz_srcptr b) {
    bool neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return float_new(neg ? -0.0 : 0.0);
    long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
    long diff = na - nb;
    if (diff > 1025) goto overflow;
    if (diff < -1080) return float_new(neg ? -0.0 : 0.0);
    /* q = floor(|a| * 2**s / |b|) has 55..57 bits, or fewer in the subnormal range */
    long s = 56 - diff;
    if (s > 1076) s = 1076;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (s >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)s);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, r, num, den);
    uint64_t qq = mpz_get_ui(q) | (mpz_sgn(r) != 0);
    mpz_clears(num, den, q, r, NULL);
    int nq = 64 - __builtin_clzll(qq);
    int drop = nq - 53;
    if (s - drop > 1074) drop = (int)(s - 1074);
    if (drop < 2) drop = 2;   /* cannot happen with the shift above; keeps the sticky bit below */
    uint64_t m = round_drop(qq, drop);
    double d = ldexp((double)m, drop - (int)s);
    if (isinf(d)) goto overflow;
    return float_new(neg ? -d : d);
overflow:
    err_set(ExcOverflowError, "integer division result too large for a float");
    return VNULL;
}

static Value int_truediv(Value a, Value b) {
    CHECK_INTS(a, b);
    int64_t x, y; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sb && y == 0) { err_set(ExcZeroDivisionError, "division by zero"); return VNULL; }
    const int64_t lim = (int64_t)1 << 53;
    if (sa && sb && x <= lim && x >= -lim && y <= lim && y >= -lim)
        return float_new((double)x / (double)y);
    ZArg A, B;
    za_get(&A, a); za_get(&B, b);
    Value r = int_truediv_big(A.p, B.p);
    za_free(&A); za_free(&B);
    return r;
}

/* Floor division and modulo of small values with Python's sign rules; b != 0. */
static inline int64_t fdiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static inline int64_t fmod64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

Value int_floordiv(Value a, Value b) {
    CHECK_INTS(a, b);
    int64_t x, y; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sb && y == 0) { err_set(ExcZeroDivisionError, "integer division or modulo by zero"); return VNULL; }
    if (sa && sb) return int_from_i64(fdiv64(x, y));
    return big_binop(a, b, mpz_fdiv_q);
}

Value int_mod(Value a, Value b) {
    CHECK_INTS(a, b);
    int64_t x, y; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sb && y == 0) { err_set(ExcZeroDivisionError, "integer modulo by zero"); return VNULL; }
    if (sa && sb) return MAKE_SMALL(fmod64(x, y));
    return big_binop(a, b, mpz_fdiv_r);
}

Value int_divmod(Value a, Value b) {
    CHECK_INTS(a, b);
    int64_t x, y; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sb && y == 0) { err_set(ExcZeroDivisionError, "integer division or modulo by zero"); return VNULL; }
    Value q, r;
    if (sa && sb) {
        q = int_from_i64(fdiv64(x, y));
        r = MAKE_SMALL(fmod64(x, y));
    } else {
        ZArg A, B;
        za_get(&A, a); za_get(&B, b);
        mpz_t zq, zr;
        mpz_inits(zq, zr, NULL);
        mpz_fdiv_qr(zq, zr, A.p, B.p);
        za_free(&A); za_free(&B);
        q = int_from_mpz_steal(zq);
        r = int_from_mpz_steal(zr);
    }
    return num_pair_steal(q, r);
}

Value int_pow(Value a, Value b) {
    CHECK_INTS(a, b);
    int64_t x, e; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &e, &zb);
    if (!sb || e < 0) {
        if (sb || mpz_sgn(zb) < 0) {
            int of;
            double fa = int_as_double(a, &of);
            if (of) return VNULL;
            double fb = int_as_double(b, &of);
            if (of) return VNULL;
            return float_pow_d(fa, fb);
        }
    }
    /* trivial bases first: they never grow */
    if (sa && (x == 0 || x == 1)) return MAKE_SMALL(sb && e == 0 ? 1 : x);
    if (sa && x == -1) {
        bool odd = sb ? (e & 1) : mpz_odd_p(zb);
        return MAKE_SMALL(odd ? -1 : 1);
    }
    if (!sb) { err_set(ExcMemoryError, ""); return VNULL; }
    if (sa) {
        int64_t r = 1, base = x, n = e;
        bool of = false;
        while (n) {
            if (n & 1) { if (__builtin_mul_overflow(r, base, &r)) { of = true; break; } }
            n >>= 1;
            if (n && __builtin_mul_overflow(base, base, &base)) { of = true; break; }
        }
        if (!of) return int_from_i64(r);
    }
    ZArg A;
    za_get(&A, a);
    uint64_t bits = mpz_sizeinbase(A.p, 2);
    if ((uint64_t)e > INT_MAX_BITS || bits * (uint64_t)e > INT_MAX_BITS) {
        za_free(&A);
        err_set(ExcMemoryError, "");
        return VNULL;
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, A.p, (unsigned long)e);
    za_free(&A);
    return int_from_mpz_steal(r);
}

Value int_pow3(Value a, Value b, Value m) {
    if (IS_FLOAT(a) || IS_FLOAT(b) || IS_FLOAT(m)) {
        err_set(ExcTypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return VNULL;
    }
    if (!IS_INT(a) || !IS_INT(b) || !IS_INT(m)) return NOTIMPLEMENTED;
    if (int_sign(m) == 0) { err_set(ExcValueError, "pow() 3rd argument cannot be 0"); return VNULL; }
    ZArg A, B, M;
    za_get(&A, a); za_get(&B, b); za_get(&M, m);
    mpz_t am, r;
    mpz_init(am);
    mpz_init(r);
    mpz_abs(am, M.p);
    Value res = VNULL;
    if (mpz_sgn(B.p) < 0) {
        mpz_t inv;
        mpz_init(inv);
        if (mpz_cmp_ui(am, 1) != 0 && !mpz_invert(inv, A.p, am)) {
            mpz_clear(inv);
            err_set(ExcValueError, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_t nb;
        mpz_init(nb);
        mpz_neg(nb, B.p);
        if (mpz_cmp_ui(am, 1) == 0) mpz_set_ui(r, 0);
        else mpz_powm(r, inv, nb, am);
        mpz_clear(nb);
        mpz_clear(inv);
    } else {
        mpz_powm(r, A.p, B.p, am);
    }
    /* the result takes the modulus' sign, as % does */
    if (mpz_sgn(M.p) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, M.p);
    res = int_from_mpz_steal(r);
    mpz_init(r);
done:
    mpz_clear(r);
    mpz_clear(am);
    za_free(&A); za_free(&B); za_free(&M);
    return res;
}

static Value int_lshift(Value a, Value b) {
    CHECK_INTS(a, b);
    int64_t x, n; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &n, &zb);
    if ((sb && n < 0) || (!sb && mpz_sgn(zb) < 0)) { err_set(ExcValueError, "negative shift count"); return VNULL; }
    if (sa && x == 0) return MAKE_SMALL(0);
    if (!sb) {
        /* As CPython: OverflowError only when the count of 30-bit words to shift by does
         * not fit a Py_ssize_t; any smaller absurd shift fails to allocate. */
        mpz_t words;
        mpz_init(words);
        mpz_fdiv_q_ui(words, zb, 30);
        if (mpz_fits_slong_p(words)) err_set(ExcMemoryError, "");
        else err_set(ExcOverflowError, "too many digits in integer");
        mpz_clear(words);
        return VNULL;
    }
    if (sa && n < 62) {
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x) return int_from_i64(r);
    }
    ZArg A;
    za_get(&A, a);
    if ((uint64_t)n > INT_MAX_BITS) { za_free(&A); err_set(ExcMemoryError, ""); return VNULL; }
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, A.p, (mp_bitcnt_t)n);
    za_free(&A);
    return int_from_mpz_steal(r);
}

static Value int_rshift(Value a, Value b) {
    CHECK_INTS(a, b);
    int64_t x, n; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &n, &zb);
    if ((sb && n < 0) || (!sb && mpz_sgn(zb) < 0)) { err_set(ExcValueError, "negative shift count"); return VNULL; }
    /* a shift count too big for a small int shifts every bit out */
    if (!sb) return MAKE_SMALL((sa ? x < 0 : mpz_sgn(za) < 0) ? -1 : 0);
    if (sa) return MAKE_SMALL(n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, za, (mp_bitcnt_t)n);
    return int_from_mpz_steal(r);
}

enum { BIT_AND, BIT_OR, BIT_XOR };
static Value int_bitop(Value a, Value b, int op) {
    CHECK_INTS(a, b);
    int64_t x, y; mpz_srcptr za, zb;
    int sa = iv_get(a, &x, &za), sb = iv_get(b, &y, &zb);
    if (sa && sb) return MAKE_SMALL(op == BIT_AND ? (x & y) : op == BIT_OR ? (x | y) : (x ^ y));
    return big_binop(a, b, op == BIT_AND ? mpz_and : op == BIT_OR ? mpz_ior : mpz_xor);
}
static Value int_and(Value a, Value b) { return int_bitop(a, b, BIT_AND); }
static Value int_or(Value a, Value b) { return int_bitop(a, b, BIT_OR); }
static Value int_xor(Value a, Value b) { return int_bitop(a, b, BIT_XOR); }

Value num_divmod(Value a, Value b) {
    if (IS_FLOAT(a) || IS_FLOAT(b)) return float_divmod(a, b);
    return int_divmod(a, b);
}

/* ---------------- unary ---------------- */

static Value int_neg(Value v) {
    int64_t x; mpz_srcptr z;
    if (iv_get(v, &x, &z)) return int_from_i64(-x);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, z);
    return int_from_mpz_steal(r);
}

static Value int_pos(Value v) { return int_exact(v); }

static Value int_invert(Value v) {
    int64_t x; mpz_srcptr z;
    if (iv_get(v, &x, &z)) return int_from_i64(-x - 1);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, z);
    return int_from_mpz_steal(r);
}

static Value int_abs(Value v) {
    int64_t x; mpz_srcptr z;
    if (iv_get(v, &x, &z)) return int_from_i64(x < 0 ? -x : x);
    mpz_t r;
    mpz_init(r);
    mpz_abs(r, z);
    return int_from_mpz_steal(r);
}

static int int_bool(Value v) { return int_sign(v) != 0; }

static Value int_float(Value v) {
    int of;
    double d = int_as_double(v, &of);
    if (of) return VNULL;
    return float_new(d);
}

static int64_t int_hash_slot(Value v) { return int_hash(v); }

static void int_dealloc(Obj *o) { int_obj_drop((IntObj *)o); }

/* ---------------- int() ---------------- */

static Value call_dunder_int(Value x, Value name, const char *what) {
    Value m = type_lookup(TYPE(x), name);
    if (!m) return VNULL;
    Value r = obj_call1(m, x);
    if (!r) return VNULL;
    if (!IS_INT(r)) {
        err_format(ExcTypeError, "%s returned non-int (type %N)", what, r);
        DECREF(r);
        return VNULL;
    }
    return r;
}

/* int(x) without a base: the exact int value, or VNULL (+ exception). */
static Value int_from_object(Value x) {
    if (IS_INT(x)) return int_exact(x);
    if (IS_FLOAT(x)) return int_from_double(FVAL(x));
    if (IS_STR(x)) return int_from_string(STR_DATA(x), STR_SIZE(x), 10);
    const char *data; size_t size;
    if (bytes_view(x, &data, &size)) {
        parsing_bytes = true;
        Value r = int_from_string(data, size, 10);
        parsing_bytes = false;
        return r;
    }
    Value r;
    if ((r = call_dunder_int(x, NAME(__int__), "__int__")) || err_occurred()) goto got;
    if ((r = call_dunder_int(x, NAME(__index__), "__index__")) || err_occurred()) goto got;
    Value tr = type_lookup(TYPE(x), NAME(__trunc__));
    if (tr) {
        Value t = obj_call1(tr, x);
        if (!t) return VNULL;
        if (IS_INT(t)) { r = int_exact(t); DECREF(t); return r; }
        r = call_dunder_int(t, NAME(__index__), "__trunc__");
        if (!r && !err_occurred())
            err_format(ExcTypeError, "__trunc__ returned non-Integral (type %N)", t);
        DECREF(t);
        goto got;
    }
    err_format(ExcTypeError, "int() argument must be a string, a bytes-like object or a real number, not '%N'", x);
    return VNULL;
got:
    if (!r) return VNULL;
    Value e = int_exact(r);
    DECREF(r);
    return e;
}

/* int(x), one positional argument: type_call's direct path. int.__init__ is object's, which
 * does nothing once __new__ is overridden, so this is all the generic new-then-init does. */
Value int_call1(Value x) {
    if (IS_SMALL(x)) return x;
    Type *t = AS_OBJ(x)->type;
    if (t == &StrType) {
        /* bare digits, 1 to 18 of them (fields read from text): no sign, space or underscore */
        const unsigned char *d = (const unsigned char *)STR_DATA(x);
        size_t n = STR_SIZE(x);
        if (n - 1 < 18) {
            int64_t acc = 0;
            size_t i = 0;
            for (; i < n; i++) {
                unsigned v = (unsigned)d[i] - '0';
                if (v > 9) break;
                acc = acc * 10 + (int64_t)v;
            }
            if (i == n) return MAKE_SMALL(acc);
        }
        return int_from_string(STR_DATA(x), n, 10);
    }
    if (t == &IntType) return NEWREF(x);
    return int_from_object(x);
}

static Value int_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = { "", "base", NULL };
    if (nargs == 1 && !kwnames && type == &IntType && !IS_SMALL(args[0]) &&
        AS_OBJ(args[0])->type == &StrType)
        return int_from_string(STR_DATA(args[0]), STR_SIZE(args[0]), 10);
    Value a[2] = { VNULL, VNULL };
    if (nargs > 2) {
        err_format(ExcTypeError, "int() takes at most 2 arguments (%zu given)", nargs);
        return VNULL;
    }
    if (kwnames && TUPLE_LEN(kwnames)) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
            Value k = TUPLE_ITEMS(kwnames)[i];
            if (!str_eq_cstr(k, "base")) {
                err_format(ExcTypeError, "'%U' is an invalid keyword argument for int()", k);
                return VNULL;
            }
        }
        if (arg_parse("int", args, nargs, kwnames, names, 2, 0, a) < 0) return VNULL;
    } else {
        for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    }
    Value r;
    if (!a[0]) {
        if (a[1]) { err_set(ExcTypeError, "int() missing string argument"); return VNULL; }
        r = MAKE_SMALL(0);
    } else if (!a[1]) {
        r = int_from_object(a[0]);
    } else {
        int64_t base;
        if (int_as_i64(a[1], &base) < 0) {
            if (!err_matches(ExcOverflowError)) return VNULL;
            err_clear();
            base = -1;   /* out of range like any other bad base */
        }
        if (base != 0 && (base < 2 || base > 36)) {
            err_set(ExcValueError, "int() base must be >= 2 and <= 36, or 0");
            return VNULL;
        }
        const char *data; size_t size;
        if (IS_STR(a[0])) r = int_from_string(STR_DATA(a[0]), STR_SIZE(a[0]), (int)base);
        else if (bytes_view(a[0], &data, &size)) {
            parsing_bytes = true;
            r = int_from_string(data, size, (int)base);
            parsing_bytes = false;
        }
        else { err_set(ExcTypeError, "int() can't convert non-string with explicit base"); return VNULL; }
    }
    if (!r || type == &IntType) return r;
    /* a subclass: box the value in an instance of it */
    IntObj *o = (IntObj *)obj_alloc(type);
    if (!o) { DECREF(r); return VNULL; }
    int64_t s; mpz_srcptr z;
    if (iv_get(r, &s, &z)) mpz_init_set_si(o->z, (long)s);
    else mpz_init_set(o->z, z);
    DECREF(r);
    return OBJ_VAL(o);
}

/* ---------------- methods ---------------- */

Value int_bit_length_v(Value v) {
    int64_t x; mpz_srcptr z;
    if (iv_get(v, &x, &z)) {
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return MAKE_SMALL(m ? 64 - __builtin_clzll(m) : 0);
    }
    return int_from_u64(mpz_sizeinbase(z, 2));
}

static Value m_bit_length(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("bit_length", kw) < 0 || arg_count("bit_length", nargs, 0, 0) < 0) return VNULL;
    (void)args;
    return int_bit_length_v(self);
}

/* CPython's size: a 24-byte header plus one 4-byte digit per 30 bits (at least one). */
static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("__sizeof__", kw) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0) return VNULL;
    (void)args;
    int64_t s;
    mpz_srcptr z;
    size_t bits;
    if (iv_get(self, &s, &z)) {
        uint64_t a = s < 0 ? -(uint64_t)s : (uint64_t)s;
        bits = a ? 64 - (size_t)__builtin_clzll(a) : 0;
    } else {
        bits = mpz_sizeinbase(z, 2);
    }
    size_t digits = (bits + 29) / 30;
    if (digits == 0) digits = 1;
    return int_from_u64(24 + 4 * digits);
}

static Value m_bit_count(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("bit_count", kw) < 0 || arg_count("bit_count", nargs, 0, 0) < 0) return VNULL;
    (void)args;
    ZArg A;
    za_get(&A, self);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, A.p);
    Value r = int_from_u64(mpz_popcount(t));
    mpz_clear(t);
    za_free(&A);
    return r;
}

static Value m_self_int(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("method", kw) < 0 || arg_count("method", nargs, 0, 0) < 0) return VNULL;
    return int_exact(self);
}

static Value m_float(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return int_float(self);
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("as_integer_ratio", kw) < 0 || arg_count("as_integer_ratio", nargs, 0, 0) < 0) return VNULL;
    return num_pair_steal(int_exact(self), MAKE_SMALL(1));
}

Value int_round(Value v, Value nd) {
    if (!nd || nd == NONE) return int_exact(v);
    if (!IS_INT(nd)) {
        /* an object with __index__ stands for its int */
        Value iv = obj_index(nd);
        if (!iv) return VNULL;
        Value r = int_round(v, iv);
        DECREF(iv);
        return r;
    }
    if (int_sign(nd) >= 0) return int_exact(v);
    int64_t n;
    if (!int_fits_i64(nd, &n) || n < -(int64_t)INT_MAX_BITS) return MAKE_SMALL(0);
    /* round half to even at 10**-n */
    mpz_t p, q, r, twice;
    mpz_inits(p, q, r, twice, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    ZArg A;
    za_get(&A, v);
    mpz_fdiv_qr(q, r, A.p, p);
    za_free(&A);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, twice, NULL);
    return int_from_mpz_steal(q);
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("__round__", kw) < 0 || arg_count("__round__", nargs, 0, 1) < 0) return VNULL;
    return int_round(self, nargs ? args[0] : VNULL);
}

Value num_format_method(Value self, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("__format__", kw) < 0 || arg_count("__format__", nargs, 1, 1) < 0) return VNULL;
    if (!IS_STR(args[0])) {
        err_format(ExcTypeError, "__format__() argument must be str, not %N", args[0]);
        return VNULL;
    }
    return str_format_spec(self, args[0]);
}

static int parse_byteorder(Value v, bool *little) {
    if (!IS_STR(v)) {
        err_format(ExcTypeError, "to_bytes() argument 'byteorder' must be str, not %N", v);
        return -1;
    }
    if (str_eq_cstr(v, "little")) *little = true;
    else if (str_eq_cstr(v, "big")) *little = false;
    else { err_set(ExcValueError, "byteorder must be either 'little' or 'big'"); return -1; }
    return 0;
}

static Value m_to_bytes(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = { "length", "byteorder", "signed", NULL };
    Value a[3] = { VNULL, VNULL, VNULL };
    if (arg_parse("to_bytes", args, nargs, kw, names, 2, 0, a) < 0) return VNULL;
    int64_t length = 1;
    bool little = false;
    int sgn = 0;
    if (a[0] && int_as_i64(a[0], &length) < 0) return VNULL;
    if (length < 0) { err_set(ExcValueError, "length argument must be non-negative"); return VNULL; }
    if (a[1] && parse_byteorder(a[1], &little) < 0) return VNULL;
    if (a[2] && (sgn = obj_truthy(a[2])) < 0) return VNULL;
    ZArg A;
    za_get(&A, self);
    mpz_t t;
    mpz_init_set(t, A.p);
    za_free(&A);
    if (!sgn && mpz_sgn(t) < 0) {
        mpz_clear(t);
        err_set(ExcOverflowError, "can't convert negative int to unsigned");
        return VNULL;
    }
    /* the bits the value needs: for signed, one more for the sign */
    size_t bits;
    if (mpz_sgn(t) < 0) {
        mpz_t c;
        mpz_init(c);
        mpz_com(c, t);   /* -t - 1 */
        bits = mpz_sgn(c) ? mpz_sizeinbase(c, 2) + 1 : 1;
        mpz_clear(c);
    } else {
        bits = mpz_sgn(t) ? mpz_sizeinbase(t, 2) + (sgn ? 1 : 0) : 0;
    }
    if (bits > (uint64_t)length * 8) {
        mpz_clear(t);
        err_set(ExcOverflowError, "int too big to convert");
        return VNULL;
    }
    if (mpz_sgn(t) < 0) {   /* two's complement in length bytes */
        mpz_t m;
        mpz_init(m);
        mpz_ui_pow_ui(m, 2, (unsigned long)(8 * length));
        mpz_add(t, t, m);
        mpz_clear(m);
    }
    size_t need = mpz_sgn(t) == 0 ? 0 : (mpz_sizeinbase(t, 2) + 7) / 8;
    Value b = bytes_alloc((size_t)length);
    if (!b) { mpz_clear(t); return VNULL; }
    unsigned char *out = (unsigned char *)BYTES_DATA(b);
    memset(out, 0, (size_t)length);
    size_t cnt = 0;
    if (need) mpz_export(out + (length - (int64_t)need), &cnt, 1, 1, 1, 0, t);
    mpz_clear(t);
    if (little) {
        for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char c = out[i]; out[i] = out[j]; out[j] = c;
        }
    }
    return b;
}

static Value m_from_bytes(Value cls, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = { "bytes", "byteorder", "signed", NULL };
    Value a[3] = { VNULL, VNULL, VNULL };
    if (arg_parse("from_bytes", args, nargs, kw, names, 2, 1, a) < 0) return VNULL;
    bool little = false;
    int sgn = 0;
    if (a[1] && parse_byteorder(a[1], &little) < 0) return VNULL;
    if (a[2] && (sgn = obj_truthy(a[2])) < 0) return VNULL;
    const char *data; size_t size;
    Value tmp = VNULL;
    if (!bytes_view(a[0], &data, &size)) {
        if (IS_STR(a[0])) {
            err_set(ExcTypeError, "cannot convert 'str' object to bytes");
            return VNULL;
        }
        Value callargs[1] = { a[0] };
        tmp = BytesType.new_(&BytesType, callargs, 1, VNULL);
        if (!tmp) return VNULL;
        data = BYTES_DATA(tmp);
        size = BYTES_SIZE(tmp);
    }
    mpz_t z;
    mpz_init(z);
    if (size) mpz_import(z, size, little ? -1 : 1, 1, 1, 0, data);
    if (sgn && size) {
        unsigned char top = (unsigned char)(little ? data[size - 1] : data[0]);
        if (top & 0x80) {
            mpz_t m;
            mpz_init(m);
            mpz_ui_pow_ui(m, 2, (unsigned long)(8 * size));
            mpz_sub(z, z, m);
            mpz_clear(m);
        }
    }
    XDECREF(tmp);
    Value r = int_from_mpz_steal(z);
    if (!r || cls == OBJ_VAL(&IntType)) return r;
    Value res = obj_call1(cls, r);
    DECREF(r);
    return res;
}

Value num_newargs_steal(Value v) {
    if (!v) return VNULL;
    Value t = tuple_pack(1, v);
    DECREF(v);
    return t;
}

/* The messages are those of CPython's slot wrappers, which these methods are there. */
Value num_divmod_method(Value self, const Value *args, size_t nargs, Value kw, BinaryFn fn, bool reflected) {
    if (arg_no_kw(reflected ? "wrapper __rdivmod__" : "wrapper __divmod__", kw) < 0) return VNULL;
    if (nargs != 1) {
        err_format(ExcTypeError, "expected 1 argument, got %d", (int)nargs);
        return VNULL;
    }
    return reflected ? fn(args[0], self) : fn(self, args[0]);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return num_newargs_steal(int_exact(self));
}
static Value m_divmod(Value self, const Value *args, size_t nargs, Value kw) {
    return num_divmod_method(self, args, nargs, kw, int_divmod, false);
}
static Value m_rdivmod(Value self, const Value *args, size_t nargs, Value kw) {
    return num_divmod_method(self, args, nargs, kw, int_divmod, true);
}

static Value g_self(Value self) { return int_exact(self); }
static Value g_zero(Value self) { (void)self; return MAKE_SMALL(0); }
static Value g_one(Value self) { (void)self; return MAKE_SMALL(1); }

static const MethodDef int_methods[] = {
    { "bit_length", m_bit_length, 0 },
    { "bit_count", m_bit_count, 0 },
    { "__sizeof__", m_sizeof, 0 },
    { "conjugate", m_self_int, 0 },
    { "__index__", m_self_int, 0 },
    { "__int__", m_self_int, 0 },
    { "__trunc__", m_self_int, 0 },
    { "__floor__", m_self_int, 0 },
    { "__ceil__", m_self_int, 0 },
    { "__float__", m_float, 0 },
    { "__round__", m_round, 0 },
    { "__format__", num_format_method, 0 },
    { "__getnewargs__", m_getnewargs, 0 },
    { "as_integer_ratio", m_as_integer_ratio, 0 },
    { "__divmod__", m_divmod, 0 },
    { "__rdivmod__", m_rdivmod, 0 },
    { "to_bytes", m_to_bytes, 0 },
    { "from_bytes", m_from_bytes, METH_CLASS },
    { NULL, NULL, 0 }
};

static const GetSetDef int_getsets[] = {
    { "real", g_self, NULL },
    { "imag", g_zero, NULL },
    { "numerator", g_self, NULL },
    { "denominator", g_one, NULL },
    { NULL, NULL, NULL }
};

Type IntType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "int",
    .basicsize = sizeof(IntObj),
    .flags = TPFLAG_BASETYPE | TPFLAG_INT_SUB,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .nb = {
        [BINOP_ADD] = int_add, [BINOP_SUB] = int_sub, [BINOP_MUL] = int_mul,
        [BINOP_TRUEDIV] = int_truediv, [BINOP_FLOORDIV] = int_floordiv, [BINOP_MOD] = int_mod,
        [BINOP_POW] = int_pow, [BINOP_LSHIFT] = int_lshift, [BINOP_RSHIFT] = int_rshift,
        [BINOP_AND] = int_and, [BINOP_OR] = int_or, [BINOP_XOR] = int_xor,
    },
    .nb_pow3 = int_pow3,
    .nb_neg = int_neg, .nb_pos = int_pos, .nb_invert = int_invert, .nb_abs = int_abs,
    .nb_int = int_exact, .nb_float = int_float, .nb_index = int_exact,
    .nb_bool = int_bool,
    .methods = int_methods,
    .getsets = int_getsets,
};
