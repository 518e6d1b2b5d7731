/* Text formatting: the format mini-language (format(), f-strings, __format__ of str, int,
 * float and bool), str.format / format_map, and printf-style str % args. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "int_impl.h"
#include "num.h"
#include "strutil.h"
#include "objutil.h"

/* A '*' width (a C ssize_t in CPython) or precision (a C int) taken from the arguments. */
static int star_arg(Value v, bool is_prec, intptr_t *out) {
    int64_t x;
    if (!int_fits_i64(v, &x) || (is_prec && (x > INT_MAX || x < INT_MIN))) {
        err_format(ExcOverflowError, "Python int too large to convert to C %s", is_prec ? "int" : "ssize_t");
        return -1;
    }
    *out = (intptr_t)x;
    return 0;
}

/* ---------------- the format mini-language ---------------- */

typedef struct {
    char fill[5];
    int filln;
    char align;       /* 0 when not given */
    char sign;        /* 0, '+', '-', ' ' */
    bool z, alt, zero;
    intptr_t width;   /* -1 when not given */
    char grouping;    /* 0, ',', '_' */
    intptr_t prec;    /* -1 when not given */
    char type;        /* 0 when not given */
} Spec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static int parse_spec(Value v, Value specv, Spec *sp) {
    const char *s = STR_DATA(specv), *end = s + STR_SIZE(specv), *p = s;
    memset(sp, 0, sizeof *sp);
    bool fill_given = false;
    sp->fill[0] = ' ';
    sp->filln = 1;
    sp->width = sp->prec = -1;
    /* [[fill]align]: the fill may be any one character */
    if (p < end) {
        uint32_t cp;
        int k = utf8_decode1((const unsigned char *)p, &cp);
        if (p + k < end && is_align(p[k])) {
            memcpy(sp->fill, p, (size_t)k);
            sp->fill[k] = 0;
            sp->filln = k;
            fill_given = true;
            sp->align = p[k];
            p += k + 1;
        } else if (is_align(*p)) {
            sp->align = *p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) sp->sign = *p++;
    if (p < end && *p == 'z') { sp->z = true; p++; }
    if (p < end && *p == '#') { sp->alt = true; p++; }
    if (p < end && *p == '0') {
        /* '0' means fill '0' unless a fill was given; numbers then default to '=' alignment */
        sp->zero = true;
        if (!fill_given) { sp->fill[0] = '0'; sp->filln = 1; }
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        intptr_t w = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (w > (INTPTR_MAX - 9) / 10) { err_set(ExcValueError, "Too many decimal digits in format string"); return -1; }
            w = w * 10 + (*p++ - '0');
        }
        sp->width = w;
    }
    if (p < end && (*p == ',' || *p == '_')) {
        sp->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            if (*p != sp->grouping) err_set(ExcValueError, "Cannot specify both ',' and '_'.");
            else err_format(ExcValueError, "Cannot specify '%c' with '%c'.", *p, *p);
            return -1;
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || !(*p >= '0' && *p <= '9')) {
            err_set(ExcValueError, "Format specifier missing precision");
            return -1;
        }
        intptr_t pr = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (pr > (INTPTR_MAX - 9) / 10) { err_set(ExcValueError, "Too many decimal digits in format string"); return -1; }
            pr = pr * 10 + (*p++ - '0');
        }
        sp->prec = pr;
    }
    if (end - p > 1 || (end - p == 1 && (unsigned char)*p >= 0x80)) {
        err_format(ExcValueError, "Invalid format specifier '%U' for object of type '%s'", specv, type_name(v));
        return -1;
    }
    if (p < end) sp->type = *p;
    /* CPython checks the separator against the type before any type-specific check */
    char ty = sp->type ? sp->type : IS_STR(v) ? 's' : 0;   /* str's default type is 's' */
    if (sp->grouping && ty && !strchr("defgEG%F", ty) && !(sp->grouping == '_' && strchr("boxX", ty))) {
        unsigned char t = (unsigned char)ty;
        if (t > 32 && t < 128) err_format(ExcValueError, "Cannot specify '%c' with '%c'.", sp->grouping, t);
        else err_format(ExcValueError, "Cannot specify '%c' with '\\x%x'.", sp->grouping, (unsigned)t);
        return -1;
    }
    return 0;
}

static void put_fill(StrBuf *b, const Spec *sp, size_t n) {
    sb_fill(b, sp->fill, (size_t)sp->filln, n);
}

/* Pads body (cps code points) to the width with the given default alignment. */
static Value pad_body(const Spec *sp, const char *body, size_t nbytes, size_t cps, char defalign) {
    size_t width = sp->width > 0 ? (size_t)sp->width : 0;
    if (cps >= width) return str_from_utf8(body, nbytes);
    size_t total = width - cps, left;
    char al = sp->align ? sp->align : defalign;
    if (al == '<') left = 0;
    else if (al == '^') left = total / 2;
    else left = total;
    StrBuf b;
    sb_init(&b);
    put_fill(&b, sp, left);
    sb_putn(&b, body, nbytes);
    put_fill(&b, sp, total - left);
    return sb_finish(&b);
}

static Value format_str(Value v, const Spec *sp, Value specv) {
    if (sp->type && sp->type != 's') {
        err_format(ExcValueError, "Unknown format code '%c' for object of type '%s'", sp->type, type_name(v));
        return VNULL;
    }
    (void)specv;
    if (sp->sign) {
        err_set(ExcValueError, sp->sign == ' ' ? "Space not allowed in string format specifier"
                                               : "Sign not allowed in string format specifier");
        return VNULL;
    }
    if (sp->alt) { err_set(ExcValueError, "Alternate form (#) not allowed in string format specifier"); return VNULL; }
    if (sp->z) { err_set(ExcValueError, "Negative zero coercion (z) not allowed in format specifier"); return VNULL; }
    if (sp->align == '=') { err_set(ExcValueError, "'=' alignment not allowed in string format specifier"); return VNULL; }
    if (sp->grouping) { err_format(ExcValueError, "Cannot specify '%c' with 's'.", sp->grouping); return VNULL; }
    const char *d = STR_DATA(v);
    size_t nb = STR_SIZE(v), cps = STR_LEN(v);
    if (sp->prec >= 0 && (size_t)sp->prec < cps) {
        cps = (size_t)sp->prec;
        nb = str_byte_offset(v, cps);
    }
    if (sp->width <= (intptr_t)cps && nb == STR_SIZE(v) && TYPE(v) == &StrType) return NEWREF(v);
    return pad_body(sp, d, nb, cps, '<');
}

/* Lays out a number: sign, prefix, digits (grouped), rest (fraction, exponent, '%'). */
static Value layout_number(const Spec *sp, const char *sign, const char *prefix, const char *digits, size_t ndig,
                           const char *rest, size_t nrest, int group) {
    StrBuf body;
    sb_init(&body);
    size_t ls = strlen(sign), lp = strlen(prefix);
    size_t width = sp->width > 0 ? (size_t)sp->width : 0;
    char al = sp->align ? sp->align : sp->zero ? '=' : '>';
    bool zero_group = al == '=' && sp->filln == 1 && sp->fill[0] == '0' && sp->grouping && group;
    size_t nd = ndig;
    if (zero_group) {
        size_t want = width > ls + lp + nrest ? width - ls - lp - nrest : 0;
        while (nd + (nd ? (nd - 1) / (size_t)group : 0) < want) nd++;
    }
    sb_puts(&body, sign);
    sb_puts(&body, prefix);
    size_t head = body.len;
    /* digits, with leading zeros for zero_group, separators every `group` from the right */
    for (size_t i = 0; i < nd; i++) {
        char c = i < nd - ndig ? '0' : digits[i - (nd - ndig)];
        if (sp->grouping && group && i > 0 && (nd - i) % (size_t)group == 0) sb_putc(&body, sp->grouping);
        sb_putc(&body, c);
    }
    sb_putn(&body, rest, nrest);
    if (body.failed) { sb_discard(&body); err_no_memory(); return VNULL; }
    size_t cps = body.len;   /* numbers are ASCII */
    if (cps >= width) return sb_finish(&body);
    size_t total = width - cps;
    StrBuf b;
    sb_init(&b);
    if (al == '=') {
        sb_putn(&b, body.data, head);
        put_fill(&b, sp, total);
        sb_putn(&b, body.data + head, body.len - head);
    } else {
        size_t left = al == '<' ? 0 : al == '^' ? total / 2 : total;
        put_fill(&b, sp, left);
        sb_putn(&b, body.data, body.len);
        put_fill(&b, sp, total - left);
    }
    sb_discard(&body);
    return sb_finish(&b);
}

static const char *sign_str(const Spec *sp, bool neg) {
    if (neg) return "-";
    if (sp->sign == '+') return "+";
    if (sp->sign == ' ') return " ";
    return "";
}

static Value format_float_d(double x, const Spec *sp0, Value v);

/* The digits of the exact int v without its sign, in base 2, 8, 10 or 16 (upper-case hex
 * when upper), as a NUL-terminated mem_alloc'd string (NULL with an exception set); *neg
 * gets the sign and *nd the length. Decimal honours the int max_str_digits limit. */
static char *int_digits(Value v, int base, bool upper, bool *neg, size_t *nd) {
    char *digits;
    if (base == 10) {
        digits = int_to_decimal_cstr(v, nd);
        if (!digits) return NULL;
        *neg = digits[0] == '-';
        if (*neg) memmove(digits, digits + 1, (*nd)--);
        return digits;
    }
    ZArg A;
    za_get(&A, v);
    *neg = mpz_sgn(A.p) < 0;
    mpz_t m;
    mpz_init(m);
    mpz_abs(m, A.p);
    za_free(&A);
    digits = mem_alloc(mpz_sizeinbase(m, base) + 2);
    if (digits) {
        mpz_get_str(digits, upper ? -16 : base, m);
        *nd = strlen(digits);
    }
    mpz_clear(m);
    return digits;
}

static Value format_int(Value v, const Spec *sp) {
    char t = sp->type ? sp->type : 'd';
    switch (t) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        int of;
        double d = int_as_double(v, &of);
        if (of) return VNULL;
        return format_float_d(d, sp, v);
    }
    case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default:
        err_format(ExcValueError, "Unknown format code '%c' for object of type '%s'", t, type_name(v));
        return VNULL;
    }
    if (sp->prec >= 0) { err_set(ExcValueError, "Precision not allowed in integer format specifier"); return VNULL; }
    if (sp->z) { err_set(ExcValueError, "Negative zero coercion (z) not allowed in integer format specifier"); return VNULL; }
    if (sp->grouping == ',' && t != 'd') { err_format(ExcValueError, "Cannot specify ',' with '%c'.", t); return VNULL; }
    if (sp->grouping == '_' && t == 'n') { err_format(ExcValueError, "Cannot specify '_' with '%c'.", t); return VNULL; }
    if (t == 'c') {
        if (sp->sign) { err_set(ExcValueError, "Sign not allowed with integer format specifier 'c'"); return VNULL; }
        if (sp->alt) { err_set(ExcValueError, "Alternate form (#) not allowed with integer format specifier 'c'"); return VNULL; }
        if (sp->grouping) { err_format(ExcValueError, "Cannot specify '%c' with 'c'.", sp->grouping); return VNULL; }
        int64_t c;
        if (!int_fits_i64(v, &c)) {
            err_set(ExcOverflowError, "Python int too large to convert to C long");
            return VNULL;
        }
        if (c < 0 || c > 0x10FFFF) {
            err_set(ExcOverflowError, "%c arg not in range(0x110000)");
            return VNULL;
        }
        char buf[4];
        int n = utf8_encode1((uint32_t)c, buf);
        return pad_body(sp, buf, (size_t)n, 1, '>');   /* a number: right-aligned by default */
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    Value e = int_exact(v);
    if (!e) return VNULL;
    bool neg;
    size_t nd;
    char *digits = int_digits(e, base, t == 'X', &neg, &nd);
    DECREF(e);
    if (!digits) return VNULL;
    const char *prefix = "";
    if (sp->alt) prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : t == 'X' ? "0X" : "";
    int group = sp->grouping ? (base == 10 ? 3 : 4) : 0;
    Value r = layout_number(sp, sign_str(sp, neg), prefix, digits, nd, "", 0, group);
    mem_free(digits);
    return r;
}

/* Shortest-repr digits with CPython's 'r' rule, or 'g'-with-ADD_DOT_0 at a precision. */
static void format_float_none(double x, intptr_t prec, bool alt, char *out, size_t size) {
    if (prec < 0) {
        float_repr_cstr(x, out, size);
        /* '#': the mantissa always has a decimal point (1e+300 becomes 1.e+300) */
        char *e = strchr(out, 'e');
        if (alt && e && !memchr(out, '.', (size_t)(e - out)) && strlen(out) + 2 < size) {
            memmove(e + 1, e, strlen(e) + 1);
            *e = '.';
        }
        return;
    }
    if (prec == 0) prec = 1;
    /* a double's exact expansion has fewer than 800 significant digits: past that only
     * zeros follow, which are stripped anyway */
    char buf[1024];
    snprintf(buf, sizeof buf, "%.*e", (int)(prec > 800 ? 799 : prec - 1), x);
    /* split mantissa and exponent, strip trailing zeros */
    char *e = strchr(buf, 'e');
    int exp10 = atoi(e + 1);
    *e = 0;
    char mant[1024];
    size_t k = 0;
    const char *q = buf;
    bool neg = *q == '-';
    if (neg) q++;
    for (; *q; q++) if (*q != '.') mant[k++] = *q;
    if (!alt) while (k > 1 && mant[k - 1] == '0') k--;   /* '#' keeps the trailing zeros */
    mant[k] = 0;
    char *o = out;
    if (neg) *o++ = '-';
    if (exp10 < -4 || exp10 >= prec - 1) {
        *o++ = mant[0];
        if (k > 1 || alt) *o++ = '.';
        if (k > 1) { memcpy(o, mant + 1, k - 1); o += k - 1; }
        snprintf(o, size - (size_t)(o - out), "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
    } else if (exp10 < 0) {
        *o++ = '0'; *o++ = '.';
        for (int i = 0; i < -exp10 - 1; i++) *o++ = '0';
        memcpy(o, mant, k); o += k;
        *o = 0;
    } else {
        for (int i = 0; i <= exp10; i++) *o++ = (size_t)i < k ? mant[i] : '0';
        *o++ = '.';
        if (k > (size_t)exp10 + 1) { memcpy(o, mant + exp10 + 1, k - (size_t)exp10 - 1); o += k - (size_t)exp10 - 1; }
        else *o++ = '0';
        *o = 0;
    }
}

/* Whether the mantissa of the formatted number buf has no digit but 0: the 'z' option
 * then drops the minus sign (-0.00 becomes 0.00). */
static bool all_digits_zero(const char *buf) {
    for (const char *q = buf; *q && *q != 'e' && *q != 'E'; q++)
        if (*q >= '1' && *q <= '9') return false;
    return true;
}

static Value format_float_d(double x, const Spec *sp, Value v) {
    char t = sp->type;
    switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default:
        err_format(ExcValueError, "Unknown format code '%c' for object of type '%s'", t, type_name(v));
        return VNULL;
    }
    if (sp->grouping == '_' && t == 'n') { err_set(ExcValueError, "Cannot specify '_' with 'n'."); return VNULL; }
    if (sp->grouping == ',' && t == 'n') { err_set(ExcValueError, "Cannot specify ',' with 'n'."); return VNULL; }
    intptr_t prec = sp->prec;
    if (prec > INT_MAX) { err_set(ExcValueError, "precision too big"); return VNULL; }
    /* the digits must fit snprintf's int result */
    if (prec > INT_MAX - 1000) { err_no_memory(); return VNULL; }
    if (t == '%') x *= 100;
    bool neg = signbit(x) && !isnan(x);
    double ax = fabs(x);
    size_t cap = 400 + (size_t)(prec > 0 ? prec : 0);
    char *buf = malloc(cap);
    if (!buf) { err_no_memory(); return VNULL; }
    if (isinf(ax) || isnan(ax)) {
        bool upper = t == 'E' || t == 'F' || t == 'G';
        strcpy(buf, isnan(ax) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (t == '%') strcat(buf, "%");
    } else if (t == 0) {
        format_float_none(ax, prec, sp->alt, buf, cap);
    } else {
        char ct = t == 'n' ? 'g' : t == '%' ? 'f' : t;
        if (prec < 0) prec = 6;
        char fmt[16];
        snprintf(fmt, sizeof fmt, "%%%s.*%c", sp->alt ? "#" : "", ct);
        snprintf(buf, cap, fmt, (int)prec, ax);
        if (t == '%') strcat(buf, "%");
    }
    if (sp->z && neg && isfinite(ax) && all_digits_zero(buf)) neg = false;
    /* integer digits, then the rest */
    size_t nd = 0;
    while (buf[nd] >= '0' && buf[nd] <= '9') nd++;
    Value r = layout_number(sp, sign_str(sp, neg), "", buf, nd, buf + nd, strlen(buf + nd), nd ? 3 : 0);
    free(buf);
    return r;
}

/* One part of a complex number, unpadded: sign, then digits as format type t says ('r':
 * the repr without a trailing ".0", as complex's str writes its parts). */
static Value complex_part(double x, const Spec *sp0, char t, intptr_t prec, const char *sign_neg,
                          const char *sign_pos) {
    Spec sp = *sp0;
    sp.width = -1;
    sp.align = '<';
    bool neg = signbit(x) && !isnan(x);
    double ax = fabs(x);
    char buf[512];
    if (isinf(ax) || isnan(ax)) {
        bool upper = t == 'E' || t == 'F' || t == 'G';
        strcpy(buf, isnan(ax) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else if (t == 'r') {
        float_repr_cstr(ax, buf, sizeof buf);
        size_t l = strlen(buf);
        if (l > 2 && strcmp(buf + l - 2, ".0") == 0) buf[l - 2] = 0;
    } else {
        char fmt[16];
        snprintf(fmt, sizeof fmt, "%%%s.*%c", sp.alt ? "#" : "", t);
        snprintf(buf, sizeof buf, fmt, (int)(prec > 400 ? 400 : prec), ax);
    }
    if (sp.z && neg && isfinite(ax) && all_digits_zero(buf)) neg = false;
    size_t nd = 0;
    while (buf[nd] >= '0' && buf[nd] <= '9') nd++;
    return layout_number(&sp, neg ? sign_neg : sign_pos, "", buf, nd, buf + nd, strlen(buf + nd), nd ? 3 : 0);
}

Value str_format_complex(Value v, double re, double im, Value specv) {
    Spec sp;
    if (parse_spec(v, specv, &sp) < 0) return VNULL;
    char t = sp.type;
    switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default:
        err_format(ExcValueError, "Unknown format code '%c' for object of type '%s'", t, type_name(v));
        return VNULL;
    }
    if (sp.filln == 1 && sp.fill[0] == '0') {
        err_set(ExcValueError, "Zero padding is not allowed in complex format specifier");
        return VNULL;
    }
    if (sp.align == '=') {
        err_set(ExcValueError, "'=' alignment flag is not allowed in complex format specifier");
        return VNULL;
    }
    /* no type: like str(z), the real part left out when it is +0, else parentheses */
    bool skip_re = false, parens = false;
    intptr_t prec = sp.prec;
    if (t == 0) {
        t = prec < 0 ? 'r' : 'g';
        if (re == 0 && !signbit(re)) skip_re = true;
        else parens = true;
    }
    if (t == 'n') t = 'g';
    if (prec < 0) prec = 6;
    const char *pos = sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
    Value a = skip_re ? VNULL : complex_part(re, &sp, t, prec, "-", pos);
    if (!skip_re && !a) return VNULL;
    Value b = complex_part(im, &sp, t, prec, "-", skip_re ? pos : "+");
    if (!b) { XDECREF(a); return VNULL; }
    StrBuf body;
    sb_init(&body);
    if (parens) sb_putc(&body, '(');
    if (a) sb_putn(&body, STR_DATA(a), STR_SIZE(a));
    sb_putn(&body, STR_DATA(b), STR_SIZE(b));
    sb_putc(&body, 'j');
    if (parens) sb_putc(&body, ')');
    XDECREF(a);
    DECREF(b);
    if (body.failed) { sb_discard(&body); err_no_memory(); return VNULL; }
    Value r = pad_body(&sp, body.data, body.len, body.len, '>');
    sb_discard(&body);
    return r;
}

Value str_format_spec(Value v, Value spec) {
    if (STR_SIZE(spec) == 0) return obj_str(v);
    Spec sp;
    if (parse_spec(v, spec, &sp) < 0) return VNULL;
    if (IS_STR(v)) return format_str(v, &sp, spec);
    if (IS_INT(v)) return format_int(v, &sp);
    if (IS_FLOAT(v) || (!IS_SMALL(v) && type_is_subtype(TYPE(v), &FloatType))) return format_float_d(FVAL(v), &sp, v);
    err_format(ExcTypeError, "unsupported format string passed to %N.__format__", v);
    return VNULL;
}

/* ---------------- str.format ---------------- */

typedef struct {
    const Value *args;
    size_t nargs;
    Value kwnames;        /* tuple or VNULL; values follow args[nargs] */
    Value mapping;        /* format_map */
    int auto_idx;         /* -1: manual numbering used; >= 0 next automatic index */
    bool manual;
} FmtCtx;

static Value fmt_render(FmtCtx *c, const char *s, size_t n, int depth);

static Value lookup_arg(FmtCtx *c, const char *name, size_t n) {
    if (n == 0) {
        if (c->manual) {
            err_set(ExcValueError, "cannot switch from manual field specification to automatic field numbering");
            return VNULL;
        }
        size_t i = (size_t)c->auto_idx++;
        if (c->mapping) {
            err_set(ExcValueError, "Format string contains positional fields");
            return VNULL;
        }
        if (i >= c->nargs) {
            err_format(ExcIndexError, "Replacement index %zu out of range for positional args tuple", i);
            return VNULL;
        }
        return NEWREF(c->args[i]);
    }
    bool digits = true;
    for (size_t i = 0; i < n; i++) if (name[i] < '0' || name[i] > '9') { digits = false; break; }
    if (digits) {
        if (c->auto_idx > 0) {
            err_set(ExcValueError, "cannot switch from automatic field numbering to manual field specification");
            return VNULL;
        }
        c->manual = true;
        if (c->mapping) {
            err_set(ExcValueError, "Format string contains positional fields");
            return VNULL;
        }
        size_t i = 0;
        for (size_t k = 0; k < n; k++) i = i * 10 + (size_t)(name[k] - '0');
        if (i >= c->nargs || n > 18) {
            err_format(ExcIndexError, "Replacement index %zu out of range for positional args tuple", i);
            return VNULL;
        }
        return NEWREF(c->args[i]);
    }
    Value key = str_from_utf8(name, n);
    if (!key) return VNULL;
    if (c->mapping) {
        Value r = obj_getitem(c->mapping, key);
        DECREF(key);
        return r;
    }
    if (c->kwnames) {
        for (size_t i = 0; i < TUPLE_LEN(c->kwnames); i++) {
            if (str_eq(TUPLE_ITEMS(c->kwnames)[i], key)) {
                DECREF(key);
                return NEWREF(c->args[c->nargs + i]);
            }
        }
    }
    err_set_object(ExcKeyError, key);
    DECREF(key);
    return VNULL;
}

/* field: arg_name ('.' attr | '[' key ']')* */
static Value resolve_field(FmtCtx *c, const char *f, size_t n) {
    size_t i = 0;
    while (i < n && f[i] != '.' && f[i] != '[') i++;
    Value obj = lookup_arg(c, f, i);
    if (!obj) return VNULL;
    while (i < n) {
        if (f[i] == '.') {
            size_t j = ++i;
            while (j < n && f[j] != '.' && f[j] != '[') j++;
            if (j == i) { DECREF(obj); err_set(ExcValueError, "Empty attribute in format string"); return VNULL; }
            Value name = str_from_utf8(f + i, j - i);
            if (!name) { DECREF(obj); return VNULL; }
            Value next = obj_getattr(obj, name);
            DECREF(name);
            DECREF(obj);
            if (!next) return VNULL;
            obj = next;
            i = j;
        } else if (f[i] == '[') {
            size_t j = ++i;
            while (j < n && f[j] != ']') j++;
            if (j >= n) { DECREF(obj); err_set(ExcValueError, "Missing ']' in format string"); return VNULL; }
            if (j == i) { DECREF(obj); err_set(ExcValueError, "Empty attribute in format string"); return VNULL; }
            bool digits = true;
            for (size_t k = i; k < j; k++) if (f[k] < '0' || f[k] > '9') { digits = false; break; }
            Value key = digits && j - i < 18 ? int_from_string(f + i, j - i, 10) : str_from_utf8(f + i, j - i);
            if (!key) { DECREF(obj); return VNULL; }
            Value next = obj_getitem(obj, key);
            DECREF(key);
            DECREF(obj);
            if (!next) return VNULL;
            obj = next;
            i = j + 1;
            if (i < n && f[i] != '.' && f[i] != '[') {
                DECREF(obj);
                err_set(ExcValueError, "Only '.' or '[' may follow ']' in format field specifier");
                return VNULL;
            }
        } else {
            DECREF(obj);
            err_set(ExcValueError, "Only '.' or '[' may follow ']' in format field specifier");
            return VNULL;
        }
    }
    return obj;
}

static Value fmt_render(FmtCtx *c, const char *s, size_t n, int depth) {
    if (depth > 2) { err_set(ExcValueError, "Max string recursion exceeded"); return VNULL; }
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < n) {
        char ch = s[i];
        if (ch == '}') {
            if (i + 1 < n && s[i + 1] == '}') { sb_putc(&b, '}'); i += 2; continue; }
            err_set(ExcValueError, "Single '}' encountered in format string");
            goto fail;
        }
        if (ch != '{') {
            size_t j = i;
            while (j < n && s[j] != '{' && s[j] != '}') j++;
            sb_putn(&b, s + i, j - i);
            i = j;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') { sb_putc(&b, '{'); i += 2; continue; }
        if (i + 1 >= n) {
            err_set(ExcValueError, "Single '{' encountered in format string");
            goto fail;
        }
        /* a replacement field: find its end, honouring nested braces and [] */
        size_t start = ++i, j = i;
        int nest = 1;
        size_t field_end = (size_t)-1, conv_pos = (size_t)-1, spec_pos = (size_t)-1;
        bool in_bracket = false;
        while (j < n) {
            char d = s[j];
            if (spec_pos == (size_t)-1 && conv_pos == (size_t)-1) {
                if (d == '[') in_bracket = true;
                else if (d == ']') in_bracket = false;
                if (!in_bracket && (d == '!' || d == ':')) {
                    field_end = j;
                    if (d == '!') conv_pos = j + 1; else spec_pos = j + 1;
                    j++;
                    continue;
                }
                if (!in_bracket && d == '}') { nest = 0; break; }
                if (!in_bracket && d == '{') {
                    err_set(ExcValueError, "unexpected '{' in field name");
                    goto fail;
                }
                j++;
                continue;
            }
            if (conv_pos != (size_t)-1 && spec_pos == (size_t)-1) {
                /* after '!': one character, then ':' or '}' */
                if (j == conv_pos) { j++; continue; }
                if (d == ':') { spec_pos = j + 1; j++; continue; }
                if (d == '}') { nest = 0; break; }
                err_set(ExcValueError, "expected ':' after conversion specifier");
                goto fail;
            }
            if (d == '{') nest++;
            else if (d == '}') { if (--nest == 0) break; }
            j++;
        }
        if (nest != 0) {
            if (conv_pos != (size_t)-1 && spec_pos == (size_t)-1 && j <= conv_pos)
                err_set(ExcValueError, "end of string while looking for conversion specifier");
            else if (spec_pos != (size_t)-1 || conv_pos != (size_t)-1)
                err_set(ExcValueError, "unmatched '{' in format spec");
            else
                err_set(ExcValueError, "expected '}' before end of string");
            goto fail;
        }
        if (field_end == (size_t)-1) field_end = j;
        char conv = 0;
        if (conv_pos != (size_t)-1) {
            size_t conv_end = spec_pos != (size_t)-1 ? spec_pos - 1 : j;
            if (conv_end == conv_pos) {
                err_set(ExcValueError, "unmatched '{' in format spec");
                goto fail;
            }
            conv = s[conv_pos];
            if (conv != 'r' && conv != 's' && conv != 'a') {
                err_format(ExcValueError, "Unknown conversion specifier %c", conv);
                goto fail;
            }
        }
        Value obj = resolve_field(c, s + start, field_end - start);
        if (!obj) goto fail;
        if (conv) {
            Value cv = str_convert(obj, conv);
            DECREF(obj);
            if (!cv) goto fail;
            obj = cv;
        }
        Value spec;
        if (spec_pos != (size_t)-1) spec = fmt_render(c, s + spec_pos, j - spec_pos, depth + 1);
        else spec = NEWREF(str_empty());
        if (!spec) { DECREF(obj); goto fail; }
        Value out = obj_format(obj, spec);
        DECREF(obj);
        DECREF(spec);
        if (!out) goto fail;
        sb_putn(&b, STR_DATA(out), STR_SIZE(out));
        DECREF(out);
        i = j + 1;
    }
    return sb_finish(&b);
fail:
    sb_discard(&b);
    return VNULL;
}

Value str_format_method(Value fmt, const Value *args, size_t nargs, Value kwnames) {
    FmtCtx c = { args, nargs, kwnames && TUPLE_LEN(kwnames) ? kwnames : VNULL, VNULL, 0, false };
    return fmt_render(&c, STR_DATA(fmt), STR_SIZE(fmt), 1);
}

Value str_format_map(Value fmt, Value mapping);
Value str_format_map(Value fmt, Value mapping) {
    FmtCtx c = { NULL, 0, VNULL, mapping, 0, false };
    return fmt_render(&c, STR_DATA(fmt), STR_SIZE(fmt), 1);
}

/* ---------------- printf-style formatting ---------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

static void pct_pad(StrBuf *b, const char *s, size_t nbytes, size_t cps, int flags, intptr_t width) {
    size_t pad = width > 0 && (size_t)width > cps ? (size_t)width - cps : 0;
    if (!(flags & F_LJUST)) sb_fill(b, " ", 1, pad);
    sb_putn(b, s, nbytes);
    if (flags & F_LJUST) sb_fill(b, " ", 1, pad);
}

static int pct_int(StrBuf *b, Value v, char t, int flags, intptr_t width, intptr_t prec) {
    Value iv;
    if (IS_INT(v)) iv = int_exact(v);
    else if (IS_FLOAT(v) && (t == 'd' || t == 'i' || t == 'u')) iv = int_from_double(FVAL(v));
    else {
        bool has_index = !IS_SMALL(v) && type_lookup(TYPE(v), NAME(__index__));
        bool has_int = !IS_SMALL(v) && type_lookup(TYPE(v), NAME(__int__));
        if (has_index) iv = obj_index(v);
        else if ((t == 'd' || t == 'i' || t == 'u') && has_int) iv = obj_call_method(v, "__int__", NULL, 0);
        else {
            if (t == 'd' || t == 'i' || t == 'u')
                err_format(ExcTypeError, "%%%c format: a real number is required, not %N", t, v);
            else
                err_format(ExcTypeError, "%%%c format: an integer is required, not %N", t, v);
            return -1;
        }
    }
    if (!iv) return -1;
    int base = t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    if (IS_SMALL(iv) && flags == 0 && width < 0 && prec < 0) {
        /* the common plain %d / %x of a small int: no allocation */
        char buf[72];
        char *p = buf + sizeof buf;
        intptr_t x = SMALL_VAL(iv);
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        const char *dig = t == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (base == 10) do { *--p = (char)('0' + m % 10); m /= 10; } while (m);
        else do { *--p = dig[m % (unsigned)base]; m /= (unsigned)base; } while (m);
        if (x < 0) *--p = '-';
        sb_putn(b, p, (size_t)(buf + sizeof buf - p));
        return 0;
    }
    bool neg;
    size_t nd;
    char *digits = int_digits(iv, base, t == 'X', &neg, &nd);
    DECREF(iv);
    if (!digits) return -1;
    const char *sign = neg ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
    const char *prefix = (flags & F_ALT) ? (t == 'o' ? "0o" : t == 'x' ? "0x" : t == 'X' ? "0X" : "") : "";
    size_t zeros = prec > 0 && (size_t)prec > nd ? (size_t)prec - nd : 0;
    size_t body = strlen(sign) + strlen(prefix) + zeros + nd;
    if ((flags & F_ZERO) && !(flags & F_LJUST) && width > 0 && (size_t)width > body) {
        zeros += (size_t)width - body;
        body = (size_t)width;
    }
    size_t pad = width > 0 && (size_t)width > body ? (size_t)width - body : 0;
    if (!(flags & F_LJUST)) sb_fill(b, " ", 1, pad);
    sb_puts(b, sign);
    sb_puts(b, prefix);
    sb_fill(b, "0", 1, zeros);
    sb_putn(b, digits, nd);
    if (flags & F_LJUST) sb_fill(b, " ", 1, pad);
    mem_free(digits);
    return 0;
}

/* bytes_fmt: only the wording of the TypeError differs, as in CPython. */
static int pct_float(StrBuf *b, Value v, char t, int flags, intptr_t width, intptr_t prec, bool bytes_fmt) {
    double x;
    if (IS_FLOAT(v)) x = FVAL(v);
    else if (IS_INT(v) || (!IS_SMALL(v) && (type_lookup(TYPE(v), NAME(__float__)) || type_lookup(TYPE(v), NAME(__index__))))) {
        if (obj_as_double(v, &x) < 0) return -1;
    } else {
        err_format(ExcTypeError, bytes_fmt ? "float argument required, not %N" : "must be real number, not %N", v);
        return -1;
    }
    if (prec < 0) prec = 6;
    if (prec > INT_MAX - 1000) { err_no_memory(); return -1; }
    /* a huge width is padded here, not by snprintf (whose result is an int) */
    /* (and inf/nan, which glibc will not zero-pad but CPython does) */
    size_t bigpad = width >= 100000 || (width > 0 && !isfinite(x)) ? (size_t)width : 0;
    int pflags = flags;
    if (bigpad) { width = 0; flags &= ~(F_LJUST | F_ZERO); }
    char fmt[32], *o = fmt;
    *o++ = '%';
    if (flags & F_LJUST) *o++ = '-';
    if (flags & F_SIGN) *o++ = '+';
    if (flags & F_BLANK) *o++ = ' ';
    if (flags & F_ALT) *o++ = '#';
    if (flags & F_ZERO) *o++ = '0';
    strcpy(o, "*.*");
    o += 3;
    *o++ = t;
    *o = 0;
    int w = width > 0 && width < 100000 ? (int)width : 0;
    int n = snprintf(NULL, 0, fmt, w, (int)prec, x);
    if (n < 0) { err_no_memory(); return -1; }
    char *buf = malloc((size_t)n + 1);
    if (!buf) { err_no_memory(); return -1; }
    snprintf(buf, (size_t)n + 1, fmt, w, (int)prec, x);
    size_t pad = bigpad > (size_t)n ? bigpad - (size_t)n : 0;
    if (pad && (pflags & F_LJUST)) {
        sb_putn(b, buf, (size_t)n);
        sb_fill(b, " ", 1, pad);
    } else if (pad && (pflags & F_ZERO)) {  /* CPython zero-pads inf and nan too */
        size_t sl = buf[0] == '-' || buf[0] == '+' || buf[0] == ' ';
        sb_putn(b, buf, sl);
        sb_fill(b, "0", 1, pad);
        sb_putn(b, buf + sl, (size_t)n - sl);
    } else {
        sb_fill(b, " ", 1, pad);
        sb_putn(b, buf, (size_t)n);
    }
    free(buf);
    return 0;
}

/* The parts of a conversion that str % and bytes % read alike. */

/* s[i] is just past "%(": the index of the matching ')' (ValueError and n when missing). */
static size_t pct_key_end(const char *s, size_t n, size_t i) {
    size_t depth = 1;
    while (i < n && depth) { if (s[i] == '(') depth++; else if (s[i] == ')') depth--; if (depth) i++; }
    if (i >= n) err_set(ExcValueError, "incomplete format key");
    return i;
}

static int pct_flags(const char *s, size_t n, size_t *ip) {
    int flags = 0;
    size_t i = *ip;
    for (; i < n; i++) {
        char f = s[i];
        if (f == '-') flags |= F_LJUST;
        else if (f == '+') flags |= F_SIGN;
        else if (f == ' ') flags |= F_BLANK;
        else if (f == '#') flags |= F_ALT;
        else if (f == '0') flags |= F_ZERO;
        else break;
    }
    *ip = i;
    return flags;
}

/* The digits of a width or precision at s[*ip] into *out (left alone when there are none;
 * a negative *out counts as 0); ValueError too_big past max. */
static int pct_number(const char *s, size_t n, size_t *ip, intptr_t *out, intptr_t max, const char *too_big) {
    size_t i = *ip;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        intptr_t d = s[i++] - '0', v = *out < 0 ? 0 : *out;
        if (v > (max - d) / 10) { err_set(ExcValueError, too_big); return -1; }
        *out = v * 10 + d;
    }
    *ip = i;
    return 0;
}

/* Hands out the next argument of the format's argument list (borrowed); -1 with TypeError
 * "not enough arguments for format string" when there is none left. */
typedef int (*PctNextFn)(void *args, Value *out);

static int pct_star(PctNextFn next, void *args, bool is_prec, intptr_t *out) {
    Value v;
    if (next(args, &v) < 0) return -1;
    if (!IS_INT(v)) { err_set(ExcTypeError, "* wants int"); return -1; }
    return star_arg(v, is_prec, out);
}

/* The width and ".precision" after the flags, each digits or '*' (taken from the arguments;
 * a negative '*' width left-justifies), then one length modifier (h, l, L), which CPython skips;
 * *ip moves past them all. */
static int pct_width_prec(const char *s, size_t n, size_t *ip, PctNextFn next, void *args, int *flags,
                          intptr_t *width, intptr_t *prec, const char *prec_too_big) {
    size_t i = *ip;
    if (i < n && s[i] == '*') {
        if (pct_star(next, args, false, width) < 0) return -1;
        if (*width < 0) { *flags |= F_LJUST; *width = -*width; }
        i++;
    } else if (pct_number(s, n, &i, width, INTPTR_MAX, "width too big") < 0) {
        return -1;
    }
    if (i < n && s[i] == '.') {
        i++;
        *prec = 0;
        if (i < n && s[i] == '*') {
            if (pct_star(next, args, true, prec) < 0) return -1;
            if (*prec < 0) *prec = 0;
            i++;
        } else if (pct_number(s, n, &i, prec, INT_MAX, prec_too_big) < 0) {
            return -1;
        }
    }
    if (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
    *ip = i;
    return 0;
}

static int pct_not_enough(void) {
    err_set(ExcTypeError, "not enough arguments for format string");
    return -1;
}

/* str %: a tuple hands out its items; anything else is the one argument. */
typedef struct StrPctArgs { Value args; bool tuple, used_single; size_t nargs, argi; } StrPctArgs;

static int str_pct_next(void *p, Value *out) {
    StrPctArgs *a = p;
    if (a->tuple) {
        if (a->argi >= a->nargs) return pct_not_enough();
        *out = TUPLE_ITEMS(a->args)[a->argi++];
    } else {
        if (a->used_single) return pct_not_enough();
        a->used_single = true;
        *out = a->args;
        a->argi = 1;
    }
    return 0;
}

/* Decimal digits of m ending at end (no sign), two at a time; returns where they start. */
static char *pct_u64_digits(char *end, uint64_t m) {
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    while (m >= 100) {
        unsigned r = (unsigned)(m % 100);
        m /= 100;
        end -= 2;
        memcpy(end, pairs + 2 * r, 2);
    }
    if (m >= 10) {
        end -= 2;
        memcpy(end, pairs + 2 * m, 2);
    } else {
        *--end = (char)('0' + m);
    }
    return end;
}

/* The common case of str % args without a StrBuf, a type lookup or any allocation but the
 * result's: an ASCII format whose directives are all plain %d, %i, %u or %s of tagged ints,
 * %s of exact strs, or %%, with exactly as many arguments (a tuple, or one value that is
 * not a mapping). Returns 1 with *out set, 0 when the general path must run (which then
 * produces the same text, or the error), -1 on MemoryError. Nothing it reads can run code. */
static int pct_fast(const char *s, size_t n, Value args, Value *out) {
    const Value *items = &args;
    size_t nargs = 1, argi = 0;
    if (IS_TUPLE(args)) {
        items = TUPLE_ITEMS(args);
        nargs = TUPLE_LEN(args);
    } else if (!IS_SMALL(args) && AS_OBJ(args)->type != &StrType) {
        return 0;
    }
    char buf[256];
    char *o = buf, *const oend = buf + sizeof buf;
    size_t extra = 0;   /* bytes past the code points, from non-ASCII %s arguments */
    const char *end = s + n;
    while (s < end) {
        const char *pc = memchr(s, '%', (size_t)(end - s));
        size_t lit = (size_t)((pc ? pc : end) - s);
        if (lit > (size_t)(oend - o)) return 0;
        memcpy(o, s, lit);
        o += lit;
        if (!pc) break;
        s = pc + 1;
        if (s == end) return 0;
        char t = *s++;
        if (t == '%') {
            if (o == oend) return 0;
            *o++ = '%';
            continue;
        }
        if ((t != 'd' && t != 'i' && t != 'u' && t != 's') || argi >= nargs) return 0;
        Value v = items[argi++];
        if (IS_SMALL(v)) {
            char dig[24];
            intptr_t x = SMALL_VAL(v);
            char *p = pct_u64_digits(dig + sizeof dig, x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x);
            if (x < 0) *--p = '-';
            size_t k = (size_t)(dig + sizeof dig - p);
            if (k > (size_t)(oend - o)) return 0;
            memcpy(o, p, k);
            o += k;
        } else if (t == 's' && AS_OBJ(v)->type == &StrType) {
            size_t k = STR_SIZE(v);
            if (k > (size_t)(oend - o)) return 0;
            memcpy(o, STR_DATA(v), k);
            o += k;
            extra += k - STR_LEN(v);
        } else {
            return 0;
        }
    }
    if (argi != nargs) return 0;
    size_t len = (size_t)(o - buf);
    if (!extra) {
        *out = str_from_ascii(buf, len);
    } else {
        StrObj *r = str_alloc(len);
        if (r) {
            memcpy(r->data, buf, len);
            r->len = len - extra;
            r->ascii = 0;
        }
        *out = r ? OBJ_VAL(r) : VNULL;
    }
    return *out ? 1 : -1;
}

Value str_percent_format(Value fmt, Value args) {
    const char *s = STR_DATA(fmt);
    size_t n = STR_SIZE(fmt);
    if (((StrObj *)AS_OBJ(fmt))->ascii) {
        Value r;
        int rc = pct_fast(s, n, args, &r);
        if (rc) return rc > 0 ? r : VNULL;
    }
    bool tuple = IS_TUPLE(args);
    StrPctArgs a = { args, tuple, false, tuple ? TUPLE_LEN(args) : 1, 0 };
    /* as CPython: anything subscriptable other than a tuple or str counts as a mapping */
    bool is_mapping = !tuple && !IS_STR(args) && !IS_SMALL(args) && TYPE(args)->getitem;
    Value mapping = is_mapping ? args : VNULL;
    StrBuf b;
    sb_init(&b);
    Value keyed = VNULL;   /* owned: the value of this directive's "(key)" */
    size_t i = 0;
    while (i < n) {
        const char *pc = memchr(s + i, '%', n - i);
        if (!pc) { sb_putn(&b, s + i, n - i); break; }
        sb_putn(&b, s + i, (size_t)(pc - (s + i)));
        size_t start = (size_t)(pc - s);
        i = start + 1;
        if (i >= n) { err_set(ExcValueError, "incomplete format"); goto fail; }
        if (s[i] == '(') {
            if (!mapping) { err_set(ExcTypeError, "format requires a mapping"); goto fail; }
            size_t j = pct_key_end(s, n, ++i);
            if (j >= n) goto fail;
            Value key = str_from_utf8(s + i, j - i);
            if (!key) goto fail;
            keyed = obj_getitem(mapping, key);
            DECREF(key);
            if (!keyed) goto fail;
            a.used_single = true;
            i = j + 1;
        }
        int flags = pct_flags(s, n, &i);
        intptr_t width = -1, prec = -1;
        if (pct_width_prec(s, n, &i, str_pct_next, &a, &flags, &width, &prec, "precision too big") < 0) goto fail;
        if (i >= n) { err_set(ExcValueError, "incomplete format"); goto fail; }
        char t = s[i++];
        if (t == '%' && !keyed) {
            if (i - start == 2) { sb_putc(&b, '%'); continue; }
        }
        /* As for bytes, "%%" only right after the '%': any other directive takes its argument
         * first, and then '%' is an unsupported letter. */
        Value v;
        if (keyed) v = keyed;
        else if (str_pct_next(&a, &v) < 0) goto fail;
        int rc = 0;
        switch (t) {
        case 's': case 'r': case 'a': {
            Value sv = str_convert(v, t);
            if (!sv) { rc = -1; break; }
            size_t nb = STR_SIZE(sv), cps = STR_LEN(sv);
            if (prec >= 0 && (size_t)prec < cps) { cps = (size_t)prec; nb = str_byte_offset(sv, cps); }
            pct_pad(&b, STR_DATA(sv), nb, cps, flags, width);
            DECREF(sv);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            rc = pct_int(&b, v, t, flags, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            rc = pct_float(&b, v, t, flags, width, prec, false);
            break;
        case 'c': {
            char buf[4];
            int k;
            if (IS_STR(v)) {
                if (STR_LEN(v) != 1) { err_set(ExcTypeError, "%c requires int or char"); rc = -1; break; }
                pct_pad(&b, STR_DATA(v), STR_SIZE(v), 1, flags, width);
                break;
            }
            if (!IS_INT(v)) { err_set(ExcTypeError, "%c requires int or char"); rc = -1; break; }
            int64_t c;
            if (!int_fits_i64(v, &c) || c < 0 || c > 0x10FFFF) {
                err_set(ExcOverflowError, "%c arg not in range(0x110000)");
                rc = -1;
                break;
            }
            k = utf8_encode1((uint32_t)c, buf);
            pct_pad(&b, buf, (size_t)k, 1, flags, width);
            break;
        }
        default: {
            uint32_t cp = (unsigned char)t;
            if (cp >= 0x80) utf8_decode1((const unsigned char *)s + i - 1, &cp);
            /* as CPython: the letter itself only when printable ASCII (or 0x1f) */
            err_format(ExcValueError, "unsupported format character '%c' (0x%x) at index %zu",
                       cp >= 31 && cp <= 126 ? (int)cp : '?', (unsigned)cp, utf8_count(s, i - 1));
            rc = -1;
        }
        }
        CLEAR(keyed);
        if (rc < 0) goto fail;
    }
    if (!mapping && ((tuple && a.argi < a.nargs) || (!tuple && !a.used_single))) {
        err_set(ExcTypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    return sb_finish(&b);
fail:
    XDECREF(keyed);
    sb_discard(&b);
    return VNULL;
}

/* ---------------- bytes % args (PEP 461) ---------------- */

/* The bytes %s/%b take: a bytes-like object or the result of __bytes__ (new reference in
 * *hold when one was made). */
static int pct_bytes_arg(Value v, const char **data, size_t *size, Value *hold) {
    *hold = VNULL;
    if (bytes_view(v, data, size)) return 0;
    if (!IS_SMALL(v) && !IS_STR(v)) {
        bool found;
        Value r = call_special(v, NAME(__bytes__), NULL, 0, &found);
        if (found) {
            if (!r) return -1;
            if (!IS_BYTES(r)) {
                err_format(ExcTypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
                DECREF(r);
                return -1;
            }
            *hold = r;
            *data = BYTES_DATA(r);
            *size = BYTES_SIZE(r);
            return 0;
        }
    }
    err_format(ExcTypeError,
               "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
               type_name(v));
    return -1;
}

/* As CPython's bytes formatting: "%%" only right after the '%'; every other directive
 * takes an argument (the looked-up value after a "(key)") before its letter is checked. */
/* bytes %: a tuple hands out its items; anything else (or the value of a "(key)") is the one
 * argument: arglen -1, argidx -2 until it is taken. */
typedef struct BytesPctArgs { Value args, cur; intptr_t arglen, argidx; } BytesPctArgs;

static int bytes_pct_next(void *p, Value *out) {
    BytesPctArgs *a = p;
    if (a->argidx >= a->arglen) return pct_not_enough();
    a->argidx++;
    *out = a->arglen < 0 ? a->cur : TUPLE_ITEMS(a->args)[a->argidx - 1];
    return 0;
}

Value bytes_percent_format(const char *s, size_t n, Value args) {
    bool tuple = IS_TUPLE(args);
    /* Subscriptable, but not a tuple, bytes, bytearray or str: a mapping for "%(key)s". */
    Value dict = VNULL;
    if (!tuple && !IS_SMALL(args) && TYPE(args)->getitem && !IS_BYTES(args) && !IS_BYTEARRAY(args) &&
        !IS_STR(args))
        dict = args;
    BytesPctArgs a = { args, args, tuple ? (intptr_t)TUPLE_LEN(args) : -1, tuple ? 0 : -2 };
    Value keyed = VNULL;           /* owned: the value of the last "(key)" */
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < n) {
        const char *pc = memchr(s + i, '%', n - i);
        if (!pc) { sb_putn(&b, s + i, n - i); break; }
        sb_putn(&b, s + i, (size_t)(pc - (s + i)));
        i = (size_t)(pc - s) + 1;
        if (i < n && s[i] == '%') { sb_putc(&b, '%'); i++; continue; }
        if (i < n && s[i] == '(') {
            if (!dict) { err_set(ExcTypeError, "format requires a mapping"); goto fail; }
            size_t j = pct_key_end(s, n, ++i);
            if (j >= n) goto fail;
            Value key = bytes_from(s + i, j - i);
            if (!key) goto fail;
            CLEAR(keyed);
            keyed = obj_getitem(dict, key);
            DECREF(key);
            if (!keyed) goto fail;
            a.cur = keyed;
            a.arglen = -1;
            a.argidx = -2;
            i = j + 1;
        }
        int flags = pct_flags(s, n, &i);
        intptr_t width = -1, prec = -1;
        /* "prec too big": CPython's words for bytes */
        if (pct_width_prec(s, n, &i, bytes_pct_next, &a, &flags, &width, &prec, "prec too big") < 0) goto fail;
        if (i >= n) { err_set(ExcValueError, "incomplete format"); goto fail; }
        unsigned char t = (unsigned char)s[i++];
        Value v;
        if (bytes_pct_next(&a, &v) < 0) goto fail;
        int rc = 0;
        switch (t) {
        case 's': case 'b': {
            const char *d;
            size_t len;
            Value hold;
            if (pct_bytes_arg(v, &d, &len, &hold) < 0) { rc = -1; break; }
            if (prec >= 0 && (size_t)prec < len) len = (size_t)prec;
            pct_pad(&b, d, len, len, flags, width);
            XDECREF(hold);
            break;
        }
        case 'r': case 'a': {
            Value sv = str_ascii(v);   /* %r is %a for bytes: the repr made ASCII */
            if (!sv) { rc = -1; break; }
            size_t len = STR_SIZE(sv);
            if (prec >= 0 && (size_t)prec < len) len = (size_t)prec;
            pct_pad(&b, STR_DATA(sv), len, len, flags, width);
            DECREF(sv);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            rc = pct_int(&b, v, (char)t, flags, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            rc = pct_float(&b, v, (char)t, flags, width, prec, true);
            break;
        case 'c': {
            char ch;
            const char *d;
            size_t len;
            if (IS_INT(v)) {
                int64_t c;
                if (!int_fits_i64(v, &c) || c < 0 || c > 255) {
                    err_set(ExcOverflowError, "%c arg not in range(256)");
                    rc = -1;
                    break;
                }
                ch = (char)c;
            } else if (bytes_view(v, &d, &len) && len == 1) {
                ch = d[0];
            } else {
                err_set(ExcTypeError, "%c requires an integer in range(256) or a single byte");
                rc = -1;
                break;
            }
            pct_pad(&b, &ch, 1, 1, flags, width);
            break;
        }
        default:
            /* CPython formats the letter as a signed char: past 0x7f that fails. */
            if (t >= 0x80) err_set(ExcOverflowError, "character argument not in range(0x110000)");
            else
                err_format(ExcValueError, "unsupported format character '%c' (0x%x) at index %zu", t, (unsigned)t,
                           i - 1);
            rc = -1;
        }
        if (rc < 0) goto fail;
    }
    if (a.argidx < a.arglen && !dict) {
        err_set(ExcTypeError, "not all arguments converted during bytes formatting");
        goto fail;
    }
    XDECREF(keyed);
    if (b.failed) { sb_discard(&b); err_no_memory(); return VNULL; }
    {
        Value r = bytes_from(b.data ? b.data : "", b.len);
        sb_discard(&b);
        return r;
    }
fail:
    XDECREF(keyed);
    sb_discard(&b);
    return VNULL;
}
