/* The methods of str. Indices given by the caller are code points; the searching itself
 * runs on the UTF-8 bytes (a valid UTF-8 needle can only match at character boundaries),
 * converting offsets back to code points only for results. */
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <wctype.h>

#include "num.h"
#include "strutil.h"
#include "ast.h"

#define SDATA(s) ((const unsigned char *)STR_DATA(s))
#define IS_ASCII_STR(s) (((StrObj *)AS_OBJ(s))->ascii)

static int nargs_check(const char *name, size_t nargs, size_t min, size_t max, Value kw) {
    if (kw && TUPLE_LEN(kw)) { err_format(ExcTypeError, "%s() takes no keyword arguments", name); return -1; }
    if (min == max && max <= 1 && nargs != max) {
        /* METH_O / METH_NOARGS style */
        if (max == 0) err_format(ExcTypeError, "str.%s() takes no arguments (%zu given)", name, nargs);
        else err_format(ExcTypeError, "str.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    if (nargs < min) {
        if (min == max) err_format(ExcTypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
        else err_format(ExcTypeError, "%s() takes at least %zu argument%s (%zu given)", name, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        if (max == 0) err_format(ExcTypeError, "%s() takes no arguments (%zu given)", name, nargs);
        else if (min == max && max == 1) err_format(ExcTypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
        else err_format(ExcTypeError, "%s() takes at most %zu argument%s (%zu given)", name, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int need_str(Value v, const char *what) {
    if (IS_STR(v)) return 0;
    err_format(ExcTypeError, "%s must be str, not %N", what, v);
    return -1;
}

static void ensure_locale(void) {
    static bool done;
    if (!done) { done = true; (void)unicode_isprintable(0x100); }   /* sets LC_CTYPE */
}

/* ---------------- index ranges ---------------- */

/* Slice-style start/end (None allowed) resolved to code points in [0, len]; returns -1 on
 * error. *empty_ok is false when start > len (a search can never match, even ''). */
static int get_index_arg(Value v, intptr_t *out) {
    if (!v || v == NONE) return 0;
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 1; }
    if (!IS_INT(v) && !type_lookup(TYPE(v), NAME(__index__))) {
        err_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value i = obj_index(v);
    if (!i) return -1;
    int64_t x;
    if (!int_fits_i64(i, &x)) x = int_sign(i) > 0 ? INTPTR_MAX : INTPTR_MIN;
    DECREF(i);
    *out = (intptr_t)x;
    return 1;
}

typedef struct { intptr_t cs, ce; size_t bs, be; } Range;

static int resolve_range(Value s, Value start, Value end, Range *r) {
    intptr_t len = (intptr_t)STR_LEN(s);
    intptr_t a = 0, b = len;
    if (get_index_arg(start, &a) < 0 || get_index_arg(end, &b) < 0) return -1;
    if (a < 0) { a += len; if (a < 0) a = 0; }
    if (b < 0) { b += len; if (b < 0) b = 0; }
    if (b > len) b = len;
    r->cs = a;
    r->ce = b;
    if (a > len || a > b) { r->bs = r->be = 0; return 0; }
    r->bs = str_byte_offset(s, (size_t)a);
    r->be = str_byte_offset(s, (size_t)b);
    return 1;   /* 0 above: the range is empty and start is past it */
}

static intptr_t byte_to_cp(Value s, size_t off) {
    if (IS_ASCII_STR(s)) return (intptr_t)off;
    return (intptr_t)utf8_count(STR_DATA(s), off);
}

static const char *find_fwd(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) return h;
    if (nn == 1) return memchr(h, n[0], hn);
    return memmem(h, hn, n, nn);
}

static const char *find_back(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn > hn) return NULL;
    if (nn == 0) return h + hn;
    if (nn == 1) return memrchr(h, n[0], hn);
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0) return h + i;
    return NULL;
}

/* CPython converts start and end before it looks at the substring: their type error comes first. */
static int slice_args_ok(const Value *args, size_t nargs) {
    for (size_t i = 1; i < nargs && i < 3; i++) {
        Value v = args[i];
        if (v == NONE || IS_INT(v) || type_lookup(TYPE(v), NAME(__index__))) continue;
        err_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return 0;
}

/* clinic-style messages name None as "None", not "NoneType" */
#define ARG_TYPE_NAME(v) ((v) == NONE ? "None" : type_name(v))

/* find/rfind/index/rindex core: code point index or -1; -2 on error. */
static intptr_t find_impl(Value s, const Value *args, size_t nargs, Value kw, const char *name, bool rev) {
    if (nargs_check(name, nargs, 1, 3, kw) < 0) return -2;
    if (slice_args_ok(args, nargs) < 0) return -2;
    if (need_str(args[0], "must be") < 0) {
        err_clear();
        err_format(ExcTypeError, "must be str, not %N", args[0]);
        return -2;
    }
    Range r;
    int ok = resolve_range(s, nargs > 1 ? args[1] : VNULL, nargs > 2 ? args[2] : VNULL, &r);
    if (ok < 0) return -2;
    if (ok == 0) return -1;
    Value sub = args[0];
    const char *h = STR_DATA(s) + r.bs;
    size_t hn = r.be - r.bs;
    const char *p = rev ? find_back(h, hn, STR_DATA(sub), STR_SIZE(sub))
                        : find_fwd(h, hn, STR_DATA(sub), STR_SIZE(sub));
    if (!p) return -1;
    return byte_to_cp(s, (size_t)(p - STR_DATA(s)));
}

static Value m_find(Value s, const Value *a, size_t n, Value kw) {
    intptr_t i = find_impl(s, a, n, kw, "find", false);
    return i == -2 ? VNULL : MAKE_SMALL(i);
}
static Value m_rfind(Value s, const Value *a, size_t n, Value kw) {
    intptr_t i = find_impl(s, a, n, kw, "rfind", true);
    return i == -2 ? VNULL : MAKE_SMALL(i);
}
static Value m_index(Value s, const Value *a, size_t n, Value kw) {
    intptr_t i = find_impl(s, a, n, kw, "index", false);
    if (i == -1) err_set(ExcValueError, "substring not found");
    return i < 0 ? VNULL : MAKE_SMALL(i);
}
static Value m_rindex(Value s, const Value *a, size_t n, Value kw) {
    intptr_t i = find_impl(s, a, n, kw, "rindex", true);
    if (i == -1) err_set(ExcValueError, "substring not found");
    return i < 0 ? VNULL : MAKE_SMALL(i);
}

static Value m_count(Value s, const Value *args, size_t nargs, Value kw) {
    if (nargs_check("count", nargs, 1, 3, kw) < 0) return VNULL;
    if (slice_args_ok(args, nargs) < 0) return VNULL;
    if (!IS_STR(args[0])) { err_format(ExcTypeError, "must be str, not %N", args[0]); return VNULL; }
    Range r;
    int ok = resolve_range(s, nargs > 1 ? args[1] : VNULL, nargs > 2 ? args[2] : VNULL, &r);
    if (ok < 0) return VNULL;
    if (ok == 0) return MAKE_SMALL(0);
    Value sub = args[0];
    size_t nn = STR_SIZE(sub);
    if (nn == 0) return MAKE_SMALL(r.ce - r.cs + 1);
    const char *h = STR_DATA(s) + r.bs, *end = STR_DATA(s) + r.be;
    intptr_t c = 0;
    const char *p;
    while ((p = find_fwd(h, (size_t)(end - h), STR_DATA(sub), nn))) { c++; h = p + nn; }
    return MAKE_SMALL(c);
}

static Value xwith(Value s, const Value *args, size_t nargs, Value kw, const char *name, bool ends) {
    if (nargs_check(name, nargs, 1, 3, kw) < 0) return VNULL;
    Value pre = args[0];
    Range r;
    int ok = resolve_range(s, nargs > 1 ? args[1] : VNULL, nargs > 2 ? args[2] : VNULL, &r);
    if (ok < 0) return VNULL;
    size_t ntests = 1;
    const Value *tests = &pre;
    if (IS_TUPLE(pre)) { ntests = TUPLE_LEN(pre); tests = TUPLE_ITEMS(pre); }
    else if (!IS_STR(pre)) {
        err_format(ExcTypeError, "%s first arg must be str or a tuple of str, not %N", name, pre);
        return VNULL;
    }
    for (size_t i = 0; i < ntests; i++) {
        Value t = tests[i];
        if (!IS_STR(t)) {
            err_format(ExcTypeError, "tuple for %s must only contain str, not %N", name, t);
            return VNULL;
        }
        if (ok == 0) continue;
        size_t tn = STR_SIZE(t), hn = r.be - r.bs;
        if (tn > hn) continue;
        const char *at = ends ? STR_DATA(s) + r.be - tn : STR_DATA(s) + r.bs;
        if (memcmp(at, STR_DATA(t), tn) == 0) return TRUE_VAL;
    }
    return FALSE_VAL;
}
static Value m_startswith(Value s, const Value *a, size_t n, Value kw) { return xwith(s, a, n, kw, "startswith", false); }
static Value m_endswith(Value s, const Value *a, size_t n, Value kw) { return xwith(s, a, n, kw, "endswith", true); }

/* ---------------- split / join ---------------- */

static Value sub_str(Value s, size_t a, size_t b) {
    if (IS_ASCII_STR(s)) return str_from_ascii(STR_DATA(s) + a, b - a);
    if (a == 0 && b == STR_SIZE(s) && TYPE(s) == &StrType) return NEWREF(s);
    size_t len = utf8_count(STR_DATA(s) + a, b - a);
    if (len == b - a) return str_from_ascii(STR_DATA(s) + a, b - a);
    StrObj *o = str_alloc(b - a);
    if (!o) return VNULL;
    memcpy(o->data, STR_DATA(s) + a, b - a);
    o->len = len;
    o->ascii = 0;
    return OBJ_VAL(o);
}

static int push(Value list, Value item) {
    if (!item) return -1;
    int r = list_append(list, item);
    DECREF(item);
    return r;
}

/* whitespace at byte i: its length in bytes, or 0 */
static int ws_at(const unsigned char *d, size_t i, size_t n) {
    if (d[i] < 0x80) return unicode_isspace(d[i]) ? 1 : 0;
    (void)n;
    uint32_t cp;
    int k = utf8_decode1(d + i, &cp);
    return unicode_isspace(cp) ? k : 0;
}

/* whitespace ending just before byte i: its length, or 0 */
static int ws_before(const unsigned char *d, size_t i) {
    if (d[i - 1] < 0x80) return unicode_isspace(d[i - 1]) ? 1 : 0;
    size_t j = i - 1;
    while (j > 0 && (d[j] & 0xC0) == 0x80) j--;
    uint32_t cp;
    utf8_decode1(d + j, &cp);
    return unicode_isspace(cp) ? (int)(i - j) : 0;
}

static int split_args(const char *name, const Value *args, size_t nargs, Value kw, Value *sep, intptr_t *maxsplit) {
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Value a[2] = { VNULL, VNULL };
    if (!kw && nargs <= 2) {
        for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    } else if (arg_parse(name, args, nargs, kw, names, 2, 0, a) < 0) {
        return -1;
    }
    *sep = a[0] && a[0] != NONE ? a[0] : VNULL;
    *maxsplit = -1;
    if (a[1]) {
        if (!IS_INT(a[1])) {
            err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", a[1]);
            return -1;
        }
        if (obj_as_ssize(a[1], maxsplit) < 0) {
            if (err_matches(ExcOverflowError)) err_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
    }
    if (*sep) {
        if (!IS_STR(*sep)) { err_format(ExcTypeError, "must be str or None, not %N", *sep); return -1; }
        if (STR_SIZE(*sep) == 0) { err_set(ExcValueError, "empty separator"); return -1; }
    }
    if (*maxsplit < 0) *maxsplit = INTPTR_MAX;
    return 0;
}

static Value split_ws(Value s, intptr_t maxsplit) {
    Value list = list_new(0);
    if (!list) return VNULL;
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s), i = 0;
    int k;
    while (i < n) {
        while (i < n && (k = ws_at(d, i, n))) i += (size_t)k;
        if (i >= n) break;
        if (maxsplit-- == 0) {
            if (push(list, sub_str(s, i, n)) < 0) goto fail;
            break;
        }
        size_t j = i;
        while (j < n && !ws_at(d, j, n)) j++;
        if (push(list, sub_str(s, i, j)) < 0) goto fail;
        i = j;
    }
    return list;
fail:
    DECREF(list);
    return VNULL;
}

Value str_split_ws(Value s) { return split_ws(s, INTPTR_MAX); }

static Value m_split(Value s, const Value *args, size_t nargs, Value kw) {
    Value sep;
    intptr_t maxsplit;
    if (nargs == 1 && !kw && !IS_SMALL(args[0]) && AS_OBJ(args[0])->type == &StrType &&
        STR_SIZE(args[0]) > 0) {
        sep = args[0];   /* the common s.split(",") */
        maxsplit = INTPTR_MAX;
    } else if (split_args("split", args, nargs, kw, &sep, &maxsplit) < 0) {
        return VNULL;
    }
    if (!sep) return split_ws(s, maxsplit);
    const char *d = STR_DATA(s), *end = d + STR_SIZE(s), *p = d;
    size_t sn = STR_SIZE(sep);
    const char *q;
    /* count the pieces first: the list is made at its size and filled in place (the first
     * few separators found are remembered, not searched for again) */
    size_t count = 1;
    const char *cut[8];
    for (intptr_t m = maxsplit; m > 0 && (q = find_fwd(p, (size_t)(end - p), STR_DATA(sep), sn)); m--) {
        if (count <= 8) cut[count - 1] = q;
        count++;
        p = q + sn;
    }
    Value list = list_new(count);
    if (!list) return VNULL;
    Value *items = LIST_ITEMS(list);
    bool ascii = IS_ASCII_STR(s);
    p = d;
    for (size_t k = 0; k < count; k++) {
        q = k + 1 == count ? end : k < 8 ? cut[k] : find_fwd(p, (size_t)(end - p), STR_DATA(sep), sn);
        Value piece = ascii ? str_from_ascii(p, (size_t)(q - p)) : sub_str(s, (size_t)(p - d), (size_t)(q - d));
        if (!piece) {
            LIST_LEN(list) = k;
            DECREF(list);
            return VNULL;
        }
        items[k] = piece;
        p = q + sn;
    }
    return list;
}

static int list_reverse_inplace(Value list) {
    size_t n = LIST_LEN(list);
    Value *it = LIST_ITEMS(list);
    for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) { Value t = it[i]; it[i] = it[j]; it[j] = t; }
    return 0;
}

static Value m_rsplit(Value s, const Value *args, size_t nargs, Value kw) {
    Value sep;
    intptr_t maxsplit;
    if (split_args("rsplit", args, nargs, kw, &sep, &maxsplit) < 0) return VNULL;
    Value list = list_new(0);
    if (!list) return VNULL;
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s);
    if (!sep) {
        size_t e = n;
        int k;
        while (e > 0) {
            while (e > 0 && (k = ws_before(d, e))) e -= (size_t)k;
            if (e == 0) break;
            if (maxsplit-- == 0) {
                if (push(list, sub_str(s, 0, e)) < 0) goto fail;
                break;
            }
            size_t b = e;
            while (b > 0 && !ws_before(d, b)) b--;
            if (push(list, sub_str(s, b, e)) < 0) goto fail;
            e = b;
        }
    } else {
        size_t sn = STR_SIZE(sep), e = n;
        const char *q;
        while (maxsplit-- > 0 && (q = find_back(STR_DATA(s), e, STR_DATA(sep), sn))) {
            size_t qo = (size_t)(q - STR_DATA(s));
            if (push(list, sub_str(s, qo + sn, e)) < 0) goto fail;
            e = qo;
        }
        if (push(list, sub_str(s, 0, e)) < 0) goto fail;
    }
    list_reverse_inplace(list);
    return list;
fail:
    DECREF(list);
    return VNULL;
}

static bool is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}

static Value m_splitlines(Value s, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = { "keepends", NULL };
    Value a[1] = { VNULL };
    if (arg_parse("splitlines", args, nargs, kw, names, 1, 0, a) < 0) return VNULL;
    int keep = 0;
    if (a[0]) {
        /* keepends is a C int in CPython, not a truth value */
        intptr_t k;
        if (obj_as_ssize(a[0], &k) < 0) {
            if (!err_matches(ExcOverflowError)) return VNULL;
            err_clear();
            k = INTPTR_MAX;
        }
        if (k > INT_MAX || k < INT_MIN) {
            err_set(ExcOverflowError, "Python int too large to convert to C int");
            return VNULL;
        }
        keep = k != 0;
    }
    Value list = list_new(0);
    if (!list) return VNULL;
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s), i = 0, start = 0;
    while (i < n) {
        uint32_t cp;
        int k = d[i] < 0x80 ? (cp = d[i], 1) : utf8_decode1(d + i, &cp);
        if (!is_linebreak(cp)) { i += (size_t)k; continue; }
        size_t eol = i;
        i += (size_t)k;
        if (cp == '\r' && i < n && d[i] == '\n') i++;
        if (push(list, sub_str(s, start, keep ? i : eol)) < 0) { DECREF(list); return VNULL; }
        start = i;
    }
    if (start < n && push(list, sub_str(s, start, n)) < 0) { DECREF(list); return VNULL; }
    return list;
}

Value str_join(Value sep, Value iterable) {
    Value seq;
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) seq = NEWREF(iterable);
    else {
        Value it = obj_iter(iterable);
        if (!it) {
            if (err_matches(ExcTypeError)) {
                err_clear();
                err_set(ExcTypeError, "can only join an iterable");
            }
            return VNULL;
        }
        seq = list_from_iterable(it);
        DECREF(it);
        if (!seq) return VNULL;
    }
    size_t n = IS_LIST(seq) ? LIST_LEN(seq) : TUPLE_LEN(seq);
    Value *items = IS_LIST(seq) ? LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
    if (n == 1 && IS_TYPE(items[0], &StrType)) { Value r = NEWREF(items[0]); DECREF(seq); return r; }
    size_t size = 0, len = 0;
    for (size_t i = 0; i < n; i++) {
        if (!IS_STR(items[i])) {
            err_format(ExcTypeError, "sequence item %zu: expected str instance, %N found", i, items[i]);
            DECREF(seq);
            return VNULL;
        }
        size += STR_SIZE(items[i]);
        len += STR_LEN(items[i]);
    }
    if (n > 1) { size += STR_SIZE(sep) * (n - 1); len += STR_LEN(sep) * (n - 1); }
    StrObj *o = str_alloc(size);
    if (!o) { DECREF(seq); return VNULL; }
    char *p = o->data;
    size_t ss = STR_SIZE(sep);
    for (size_t i = 0; i < n; i++) {
        if (i && ss) { memcpy(p, STR_DATA(sep), ss); p += ss; }
        /* re-read: a list may have been changed by nothing here, items are stable */
        memcpy(p, STR_DATA(items[i]), STR_SIZE(items[i]));
        p += STR_SIZE(items[i]);
    }
    o->len = len;
    o->ascii = len == size;
    DECREF(seq);
    if (size <= 1) { Value r = str_from_utf8(o->data, size); DECREF(OBJ_VAL(o)); return r; }
    return OBJ_VAL(o);
}

static Value m_join(Value s, const Value *args, size_t nargs, Value kw) {
    if (nargs_check("join", nargs, 1, 1, kw) < 0) return VNULL;
    return str_join(s, args[0]);
}

/* ---------------- strip ---------------- */

static bool cp_in(uint32_t cp, Value chars) {
    const unsigned char *d = SDATA(chars);
    size_t n = STR_SIZE(chars);
    if (cp < 0x80) return memchr(d, (int)cp, n) != NULL;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += (size_t)utf8_decode1(d + i, &c);
        if (c == cp) return true;
    }
    return false;
}

static Value strip_impl(Value s, const Value *args, size_t nargs, Value kw, const char *name, bool left, bool right) {
    if (arg_no_kw(name, kw) < 0 || arg_count(name, nargs, 0, 1) < 0) return VNULL;
    Value chars = nargs && args[0] != NONE ? args[0] : VNULL;
    if (chars && !IS_STR(chars)) {
        err_format(ExcTypeError, "%s arg must be None or str", name);
        return VNULL;
    }
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s), a = 0, b = n;
    if (left) {
        while (a < n) {
            uint32_t cp;
            int k = d[a] < 0x80 ? (cp = d[a], 1) : utf8_decode1(d + a, &cp);
            if (chars ? !cp_in(cp, chars) : !unicode_isspace(cp)) break;
            a += (size_t)k;
        }
    }
    if (right) {
        while (b > a) {
            size_t j = b - 1;
            while (j > a && (d[j] & 0xC0) == 0x80) j--;
            uint32_t cp;
            utf8_decode1(d + j, &cp);
            if (chars ? !cp_in(cp, chars) : !unicode_isspace(cp)) break;
            b = j;
        }
    }
    if (a == 0 && b == n && TYPE(s) == &StrType) return NEWREF(s);
    return sub_str(s, a, b);
}
static Value m_strip(Value s, const Value *a, size_t n, Value kw) { return strip_impl(s, a, n, kw, "strip", true, true); }
static Value m_lstrip(Value s, const Value *a, size_t n, Value kw) { return strip_impl(s, a, n, kw, "lstrip", true, false); }
static Value m_rstrip(Value s, const Value *a, size_t n, Value kw) { return strip_impl(s, a, n, kw, "rstrip", false, true); }

static Value m_replace(Value s, const Value *args, size_t nargs, Value kw) {
    if (arg_no_kw("replace", kw) < 0 || arg_count("replace", nargs, 2, 3) < 0) return VNULL;
    Value old = args[0], new_ = args[1];
    if (!IS_STR(old)) { err_format(ExcTypeError, "replace() argument 1 must be str, not %s", ARG_TYPE_NAME(old)); return VNULL; }
    if (!IS_STR(new_)) { err_format(ExcTypeError, "replace() argument 2 must be str, not %s", ARG_TYPE_NAME(new_)); return VNULL; }
    intptr_t count = -1;
    if (nargs > 2) {
        if (!IS_INT(args[2])) { err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", args[2]); return VNULL; }
        if (obj_as_ssize(args[2], &count) < 0) {
            if (err_matches(ExcOverflowError)) err_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
            return VNULL;
        }
    }
    if (count < 0) count = INTPTR_MAX;
    const char *d = STR_DATA(s), *end = d + STR_SIZE(s);
    size_t on = STR_SIZE(old);
    StrBuf b;
    sb_init(&b);
    if (on == 0) {
        const unsigned char *u = SDATA(s);
        size_t i = 0, n = STR_SIZE(s);
        while (count > 0) {
            sb_putn(&b, STR_DATA(new_), STR_SIZE(new_));
            count--;
            if (i >= n) break;
            size_t j = i + 1;
            while (j < n && (u[j] & 0xC0) == 0x80) j++;
            sb_putn(&b, d + i, j - i);
            i = j;
        }
        sb_putn(&b, d + i, n - i);
        return sb_finish(&b);
    }
    const char *p = d, *q;
    bool any = false;
    while (count > 0 && (q = find_fwd(p, (size_t)(end - p), STR_DATA(old), on))) {
        sb_putn(&b, p, (size_t)(q - p));
        sb_putn(&b, STR_DATA(new_), STR_SIZE(new_));
        p = q + on;
        count--;
        any = true;
    }
    if (!any && TYPE(s) == &StrType) { sb_discard(&b); return NEWREF(s); }
    sb_putn(&b, p, (size_t)(end - p));
    return sb_finish(&b);
}

/* ---------------- case ---------------- */

enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAPITALIZE };

static bool cp_isupper(uint32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    ensure_locale();
    return iswupper((wint_t)c);
}
static bool cp_islower(uint32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    ensure_locale();
    return iswlower((wint_t)c);
}
static bool cp_isalpha(uint32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    ensure_locale();
    return iswalpha((wint_t)c);
}
static bool cp_iscased(uint32_t c) { return cp_isupper(c) || cp_islower(c); }
static uint32_t cp_upper(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    ensure_locale();
    return (uint32_t)towupper((wint_t)c);
}
static uint32_t cp_lower(uint32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    ensure_locale();
    return (uint32_t)towlower((wint_t)c);
}

static Value case_map(Value s, int mode) {
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s);
    if (IS_ASCII_STR(s)) {
        StrObj *o = str_alloc(n);
        if (!o) return VNULL;
        bool prev_cased = false;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = d[i], r = c;
            bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            switch (mode) {
            case C_UPPER: if (low) r = c - 32; break;
            case C_LOWER: if (up) r = c + 32; break;
            case C_SWAP: if (low) r = c - 32; else if (up) r = c + 32; break;
            case C_TITLE:
                if (prev_cased) { if (up) r = c + 32; }
                else if (low) r = c - 32;
                prev_cased = up || low;
                break;
            case C_CAPITALIZE:
                if (i == 0) { if (low) r = c - 32; }
                else if (up) r = c + 32;
                break;
            }
            o->data[i] = (char)r;
        }
        return OBJ_VAL(o);
    }
    StrBuf b;
    sb_init(&b);
    bool prev_cased = false, first = true;
    for (size_t i = 0; i < n;) {
        uint32_t c, r;
        i += (size_t)utf8_decode1(d + i, &c);
        r = c;
        switch (mode) {
        case C_UPPER:
            if (c == 0xDF) { sb_puts(&b, "SS"); continue; }
            r = cp_upper(c); break;
        case C_LOWER: r = cp_lower(c); break;
        case C_SWAP:
            if (c == 0xDF) { sb_puts(&b, "SS"); continue; }
            r = cp_isupper(c) ? cp_lower(c) : cp_islower(c) ? cp_upper(c) : c; break;
        case C_TITLE:
            r = prev_cased ? cp_lower(c) : cp_upper(c);
            prev_cased = cp_iscased(c);
            break;
        case C_CAPITALIZE:
            r = first ? cp_upper(c) : cp_lower(c);
            break;
        }
        first = false;
        char buf[4];
        sb_putn(&b, buf, (size_t)utf8_encode1(r, buf));
    }
    return sb_finish(&b);
}

Value str_upper(Value s) { return case_map(s, C_UPPER); }
Value str_lower(Value s) { return case_map(s, C_LOWER); }

#define NOARG_METHOD(fn, name, body) \
    static Value fn(Value s, const Value *args, size_t nargs, Value kw) { \
        (void)args; \
        if (nargs_check(name, nargs, 0, 0, kw) < 0) return VNULL; \
        body \
    }

NOARG_METHOD(m_upper, "upper", return case_map(s, C_UPPER);)
NOARG_METHOD(m_lower, "lower", return case_map(s, C_LOWER);)
NOARG_METHOD(m_swapcase, "swapcase", return case_map(s, C_SWAP);)
NOARG_METHOD(m_title, "title", return case_map(s, C_TITLE);)
NOARG_METHOD(m_capitalize, "capitalize", return case_map(s, C_CAPITALIZE);)

static Value m_casefold(Value s, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (nargs_check("casefold", nargs, 0, 0, kw) < 0) return VNULL;
    Value l = case_map(s, C_LOWER);
    if (!l || IS_ASCII_STR(l) || !memmem(STR_DATA(l), STR_SIZE(l), "\xC3\x9F", 2)) return l;
    /* German sharp s folds to "ss" */
    StrBuf b;
    sb_init(&b);
    const char *d = STR_DATA(l), *end = d + STR_SIZE(l), *p = d, *q;
    while ((q = memmem(p, (size_t)(end - p), "\xC3\x9F", 2))) { sb_putn(&b, p, (size_t)(q - p)); sb_puts(&b, "ss"); p = q + 2; }
    sb_putn(&b, p, (size_t)(end - p));
    DECREF(l);
    return sb_finish(&b);
}

/* ---------------- predicates ---------------- */

static int decimal_value(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp < 0x660) return -1;
    static const uint32_t zeros[] = { 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66,
        0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
        0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900,
        0xA9D0, 0xAA50, 0xABF0, 0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6 };
    for (size_t k = 0; k < sizeof zeros / sizeof zeros[0]; k++)
        if (cp >= zeros[k] && cp < zeros[k] + 10) return (int)(cp - zeros[k]);
    return -1;
}
static bool cp_isdecimal(uint32_t c) { return decimal_value(c) >= 0; }
static bool cp_isdigit(uint32_t c) {
    return cp_isdecimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247C) ||
           (c >= 0x2488 && c <= 0x2490) || c == 0x24EA || (c >= 0x2776 && c <= 0x277E) ||
           (c >= 0x2780 && c <= 0x2788) || (c >= 0x278A && c <= 0x2792);
}
static bool cp_isnumeric(uint32_t c) {
    if (cp_isdigit(c)) return true;
    if ((c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2189) || (c >= 0x2469 && c <= 0x2473) ||
        (c >= 0x247D && c <= 0x2487) || (c >= 0x2491 && c <= 0x249B) || (c >= 0x24EB && c <= 0x24FF) ||
        (c >= 0x2CFD && c <= 0x2CFD) || c == 0x3007 || (c >= 0x3021 && c <= 0x3029) ||
        (c >= 0x3038 && c <= 0x303A) || (c >= 0x3192 && c <= 0x3195) || (c >= 0x3220 && c <= 0x3229) ||
        (c >= 0x3248 && c <= 0x324F) || (c >= 0x3251 && c <= 0x325F) || (c >= 0x3280 && c <= 0x3289) ||
        (c >= 0x32B1 && c <= 0x32BF))
        return true;
    /* CJK numerals */
    static const uint32_t cjk[] = { 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
        0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x5104, 0x5146, 0x96F6, 0x58F1, 0x58F9, 0x8CB3,
        0x8D30, 0x53C1, 0x53C2, 0x8086, 0x4F0D, 0x9678, 0x67D2, 0x634C, 0x7396, 0x62FE, 0x4EDF };
    for (size_t i = 0; i < sizeof cjk / sizeof cjk[0]; i++) if (c == cjk[i]) return true;
    return false;
}
static bool cp_isalnum(uint32_t c) { return cp_isalpha(c) || cp_isnumeric(c); }
static bool cp_isspace(uint32_t c) { return unicode_isspace(c); }
static bool cp_isprintable(uint32_t c) { return unicode_isprintable(c); }

static Value all_of(Value s, bool (*pred)(uint32_t), bool empty) {
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s);
    if (n == 0) return BOOL_VAL(empty);
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += (size_t)utf8_decode1(d + i, &c);
        if (!pred(c)) return FALSE_VAL;
    }
    return TRUE_VAL;
}

NOARG_METHOD(m_isdigit, "isdigit", return all_of(s, cp_isdigit, false);)
NOARG_METHOD(m_isdecimal, "isdecimal", return all_of(s, cp_isdecimal, false);)
NOARG_METHOD(m_isnumeric, "isnumeric", return all_of(s, cp_isnumeric, false);)
NOARG_METHOD(m_isalpha, "isalpha", return all_of(s, cp_isalpha, false);)
NOARG_METHOD(m_isalnum, "isalnum", return all_of(s, cp_isalnum, false);)
NOARG_METHOD(m_isspace, "isspace", return all_of(s, cp_isspace, false);)
NOARG_METHOD(m_isprintable, "isprintable", return all_of(s, cp_isprintable, true);)
NOARG_METHOD(m_isascii, "isascii", return BOOL_VAL(IS_ASCII_STR(s));)

static Value cased_check(Value s, bool want_upper) {
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s);
    bool any = false;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += (size_t)utf8_decode1(d + i, &c);
        if (want_upper ? cp_islower(c) : cp_isupper(c)) return FALSE_VAL;
        if (want_upper ? cp_isupper(c) : cp_islower(c)) any = true;
    }
    return BOOL_VAL(any);
}
NOARG_METHOD(m_isupper, "isupper", return cased_check(s, true);)
NOARG_METHOD(m_islower, "islower", return cased_check(s, false);)

static Value m_istitle(Value s, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (nargs_check("istitle", nargs, 0, 0, kw) < 0) return VNULL;
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s);
    bool prev_cased = false, any = false;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += (size_t)utf8_decode1(d + i, &c);
        if (cp_isupper(c)) {
            if (prev_cased) return FALSE_VAL;
            prev_cased = any = true;
        } else if (cp_islower(c)) {
            if (!prev_cased) return FALSE_VAL;
            prev_cased = any = true;
        } else {
            prev_cased = false;
        }
    }
    return BOOL_VAL(any);
}

static Value m_isidentifier(Value s, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (nargs_check("isidentifier", nargs, 0, 0, kw) < 0) return VNULL;
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s);
    if (n == 0) return FALSE_VAL;
    bool first = true;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += (size_t)utf8_decode1(d + i, &c);
        bool ok = c == '_' || cp_isalpha(c) || (!first && (cp_isdecimal(c) || (c >= 0x80 && cp_isalnum(c))));
        if (!ok) return FALSE_VAL;
        first = false;
    }
    return TRUE_VAL;
}

/* ---------------- padding ---------------- */

/* CPython words a too-big width as a failed C ssize_t conversion; returns -1. */
static int ssize_overflow_msg(void) {
    if (err_matches(ExcOverflowError)) err_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int fill_arg(const char *name, const Value *args, size_t nargs, Value kw, intptr_t *width, char fill[4], int *fill_n) {
    if (arg_no_kw(name, kw) < 0 || arg_count(name, nargs, 1, 2) < 0) return -1;
    if (!IS_INT(args[0]) && (IS_SMALL(args[0]) || !type_lookup(TYPE(args[0]), NAME(__index__)))) {
        err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", args[0]);
        return -1;
    }
    if (obj_as_ssize(args[0], width) < 0) return ssize_overflow_msg();
    fill[0] = ' ';
    *fill_n = 1;
    if (nargs > 1) {
        Value f = args[1];
        if (!IS_STR(f)) {
            err_format(ExcTypeError, "The fill character must be a unicode character, not %N", f);
            return -1;
        }
        if (STR_LEN(f) != 1) {
            err_set(ExcTypeError, "The fill character must be exactly one character long");
            return -1;
        }
        memcpy(fill, STR_DATA(f), STR_SIZE(f));
        *fill_n = (int)STR_SIZE(f);
    }
    return 0;
}

static Value pad(Value s, size_t left, size_t right, const char *fill, int fill_n) {
    if (left == 0 && right == 0 && TYPE(s) == &StrType) return NEWREF(s);
    StrBuf b;
    sb_init(&b);
    sb_fill(&b, fill, (size_t)fill_n, left);
    sb_putn(&b, STR_DATA(s), STR_SIZE(s));
    sb_fill(&b, fill, (size_t)fill_n, right);
    return sb_finish(&b);
}

static Value justify(Value s, const Value *args, size_t nargs, Value kw, const char *name, int mode) {
    intptr_t width;
    char fill[4];
    int fill_n;
    if (fill_arg(name, args, nargs, kw, &width, fill, &fill_n) < 0) return VNULL;
    size_t len = STR_LEN(s);
    if (width <= (intptr_t)len) return pad(s, 0, 0, fill, fill_n);
    size_t total = (size_t)width - len, left;
    if (mode == 0) left = 0;
    else if (mode == 1) left = total;
    else left = total / 2 + (total & (size_t)width & 1);
    return pad(s, left, total - left, fill, fill_n);
}
static Value m_ljust(Value s, const Value *a, size_t n, Value kw) { return justify(s, a, n, kw, "ljust", 0); }
static Value m_rjust(Value s, const Value *a, size_t n, Value kw) { return justify(s, a, n, kw, "rjust", 1); }
static Value m_center(Value s, const Value *a, size_t n, Value kw) { return justify(s, a, n, kw, "center", 2); }

static Value m_zfill(Value s, const Value *args, size_t nargs, Value kw) {
    if (nargs_check("zfill", nargs, 1, 1, kw) < 0) return VNULL;
    intptr_t width;
    if (!IS_INT(args[0]) && !type_lookup(TYPE(args[0]), NAME(__index__))) {
        err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", args[0]);
        return VNULL;
    }
    if (obj_as_ssize(args[0], &width) < 0) { ssize_overflow_msg(); return VNULL; }
    size_t len = STR_LEN(s);
    if (width <= (intptr_t)len) return pad(s, 0, 0, " ", 1);
    size_t zeros = (size_t)width - len;
    StrBuf b;
    sb_init(&b);
    const char *d = STR_DATA(s);
    size_t off = 0;
    if (STR_SIZE(s) && (d[0] == '+' || d[0] == '-')) { sb_putc(&b, d[0]); off = 1; }
    sb_fill(&b, "0", 1, zeros);
    sb_putn(&b, d + off, STR_SIZE(s) - off);
    return sb_finish(&b);
}

static Value m_expandtabs(Value s, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = { "tabsize", NULL };
    Value a[1] = { VNULL };
    if (arg_parse("expandtabs", args, nargs, kw, names, 1, 0, a) < 0) return VNULL;
    intptr_t tab = 8;
    if (a[0] && obj_as_ssize(a[0], &tab) < 0) {
        if (err_matches(ExcOverflowError)) err_set(ExcOverflowError, "Python int too large to convert to C int");
        return VNULL;
    }
    if (tab > INT_MAX || tab < INT_MIN) {  /* CPython takes tabsize as a C int */
        err_set(ExcOverflowError, "Python int too large to convert to C int");
        return VNULL;
    }
    StrBuf b;
    sb_init(&b);
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s), col = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == '\t') {
            if (tab > 0) {
                size_t k = (size_t)tab - col % (size_t)tab;
                sb_fill(&b, " ", 1, k);
                if (b.failed) break;
                col += k;
            }
        } else {
            sb_putc(&b, (char)c);
            if (c == '\n' || c == '\r') col = 0;
            else if ((c & 0xC0) != 0x80) col++;
        }
    }
    return sb_finish(&b);
}

/* ---------------- partition ---------------- */

static Value partition_impl(Value s, const Value *args, size_t nargs, Value kw, bool rev) {
    if (nargs_check(rev ? "rpartition" : "partition", nargs, 1, 1, kw) < 0) return VNULL;
    Value sep = args[0];
    if (!IS_STR(sep)) { err_format(ExcTypeError, "must be str, not %N", sep); return VNULL; }
    if (STR_SIZE(sep) == 0) { err_set(ExcValueError, "empty separator"); return VNULL; }
    const char *d = STR_DATA(s);
    const char *q = rev ? find_back(d, STR_SIZE(s), STR_DATA(sep), STR_SIZE(sep))
                        : find_fwd(d, STR_SIZE(s), STR_DATA(sep), STR_SIZE(sep));
    Value a, b, c;
    if (!q) {
        Value e = str_empty();
        Value whole = TYPE(s) == &StrType ? NEWREF(s) : sub_str(s, 0, STR_SIZE(s));
        if (!whole) return VNULL;
        Value t = rev ? tuple_pack(3, e, e, whole) : tuple_pack(3, whole, e, e);
        DECREF(whole);
        return t;
    }
    size_t qo = (size_t)(q - d);
    a = sub_str(s, 0, qo);
    b = NEWREF(sep);
    c = sub_str(s, qo + STR_SIZE(sep), STR_SIZE(s));
    if (!a || !c) { XDECREF(a); DECREF(b); XDECREF(c); return VNULL; }
    Value t = tuple_pack(3, a, b, c);
    DECREF(a); DECREF(b); DECREF(c);
    return t;
}
static Value m_partition(Value s, const Value *a, size_t n, Value kw) { return partition_impl(s, a, n, kw, false); }
static Value m_rpartition(Value s, const Value *a, size_t n, Value kw) { return partition_impl(s, a, n, kw, true); }

static Value m_removeprefix(Value s, const Value *args, size_t nargs, Value kw) {
    if (nargs_check("removeprefix", nargs, 1, 1, kw) < 0) return VNULL;
    Value p = args[0];
    if (!IS_STR(p)) { err_format(ExcTypeError, "removeprefix() argument must be str, not %s", ARG_TYPE_NAME(p)); return VNULL; }
    size_t n = STR_SIZE(p);
    if (n <= STR_SIZE(s) && memcmp(STR_DATA(s), STR_DATA(p), n) == 0 && n) return sub_str(s, n, STR_SIZE(s));
    return sub_str(s, 0, STR_SIZE(s));
}

static Value m_removesuffix(Value s, const Value *args, size_t nargs, Value kw) {
    if (nargs_check("removesuffix", nargs, 1, 1, kw) < 0) return VNULL;
    Value p = args[0];
    if (!IS_STR(p)) { err_format(ExcTypeError, "removesuffix() argument must be str, not %s", ARG_TYPE_NAME(p)); return VNULL; }
    size_t n = STR_SIZE(p), sn = STR_SIZE(s);
    if (n && n <= sn && memcmp(STR_DATA(s) + sn - n, STR_DATA(p), n) == 0) return sub_str(s, 0, sn - n);
    return sub_str(s, 0, sn);
}

/* ---------------- encode, translate ---------------- */

int codec_args(const char *fname, Value encoding, Value errors, const char **enc, const char **errs) {
    const Value given[2] = { encoding, errors };
    const char **out[2] = { enc, errs };
    static const char *const names[2] = { "encoding", "errors" }, *const dflt[2] = { "utf-8", "strict" };
    for (int i = 0; i < 2; i++) {
        if (given[i] && !IS_STR(given[i])) {
            err_format(ExcTypeError, "%s() argument '%s' must be str, not %s", fname, names[i], ARG_TYPE_NAME(given[i]));
            return -1;
        }
        *out[i] = given[i] ? STR_DATA(given[i]) : dflt[i];
    }
    return 0;
}

static Value m_encode(Value s, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = { "encoding", "errors", NULL };
    Value a[2] = { VNULL, VNULL };
    if (arg_parse("encode", args, nargs, kw, names, 2, 0, a) < 0) return VNULL;
    const char *enc, *errs;
    if (codec_args("encode", a[0], a[1], &enc, &errs) < 0) return VNULL;
    return str_encode(s, enc, errs);
}

static Value ord_key(Value k) {
    if (IS_STR(k)) {
        if (STR_LEN(k) != 1) {
            err_set(ExcValueError, "string keys in translate table must be of length 1");
            return VNULL;
        }
        uint32_t cp;
        utf8_decode1(SDATA(k), &cp);
        return MAKE_SMALL(cp);
    }
    if (IS_INT(k)) return NEWREF(k);
    err_set(ExcTypeError, "keys in translate table must be Unicode ordinals or strings of length 1");
    return VNULL;
}

static Value m_maketrans(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    if (nargs_check("maketrans", nargs, 1, 3, kw) < 0) return VNULL;
    Value d = dict_new();
    if (!d) return VNULL;
    if (nargs == 1) {
        if (!IS_DICT(args[0])) {
            err_set(ExcTypeError, "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        size_t pos = 0;
        Value k, v;
        while (dict_next(args[0], &pos, &k, &v)) {
            Value ok = ord_key(k);
            if (!ok) goto fail;
            int r = dict_set(d, ok, v);
            DECREF(ok);
            if (r < 0) goto fail;
        }
        return d;
    }
    if (!IS_STR(args[0]) || !IS_STR(args[1])) {
        err_set(ExcTypeError, "maketrans() argument must be str");
        goto fail;
    }
    if (STR_LEN(args[0]) != STR_LEN(args[1])) {
        err_set(ExcValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    const unsigned char *x = SDATA(args[0]), *y = SDATA(args[1]);
    size_t i = 0, j = 0;
    while (i < STR_SIZE(args[0])) {
        uint32_t a, b;
        i += (size_t)utf8_decode1(x + i, &a);
        j += (size_t)utf8_decode1(y + j, &b);
        if (dict_set(d, MAKE_SMALL(a), MAKE_SMALL(b)) < 0) goto fail;
    }
    if (nargs == 3) {
        if (!IS_STR(args[2])) { err_set(ExcTypeError, "maketrans() argument 3 must be str"); goto fail; }
        const unsigned char *z = SDATA(args[2]);
        for (i = 0; i < STR_SIZE(args[2]);) {
            uint32_t c;
            i += (size_t)utf8_decode1(z + i, &c);
            if (dict_set(d, MAKE_SMALL(c), NONE) < 0) goto fail;
        }
    }
    return d;
fail:
    DECREF(d);
    return VNULL;
}

static Value m_translate(Value s, const Value *args, size_t nargs, Value kw) {
    if (nargs_check("translate", nargs, 1, 1, kw) < 0) return VNULL;
    Value table = args[0];
    StrBuf b;
    sb_init(&b);
    const unsigned char *d = SDATA(s);
    size_t n = STR_SIZE(s);
    for (size_t i = 0; i < n;) {
        uint32_t c;
        int k = utf8_decode1(d + i, &c);
        Value r = obj_getitem(table, MAKE_SMALL(c));
        if (!r) {
            if (!err_matches(ExcLookupError)) { sb_discard(&b); return VNULL; }
            err_clear();
            sb_putn(&b, (const char *)d + i, (size_t)k);
        } else if (r == NONE) {
            /* deleted */
        } else if (IS_INT(r)) {
            int64_t v;
            if (!int_fits_i64(r, &v) || v < 0 || v > 0x10FFFF) {
                DECREF(r);
                sb_discard(&b);
                err_set(ExcValueError, "character mapping must be in range(0x110000)");
                return VNULL;
            }
            char buf[4];
            sb_putn(&b, buf, (size_t)utf8_encode1((uint32_t)v, buf));
        } else if (IS_STR(r)) {
            sb_putn(&b, STR_DATA(r), STR_SIZE(r));
        } else {
            DECREF(r);
            sb_discard(&b);
            err_set(ExcTypeError, "character mapping must return integer, None or str");
            return VNULL;
        }
        XDECREF(r);
        i += (size_t)k;
    }
    return sb_finish(&b);
}

/* ---------------- format ---------------- */

static Value m_format(Value s, const Value *args, size_t nargs, Value kw) {
    return str_format_method(s, args, nargs, kw);
}

static Value m_format_map(Value s, const Value *args, size_t nargs, Value kw) {
    if (nargs_check("format_map", nargs, 1, 1, kw) < 0) return VNULL;
    Value str_format_map(Value fmt, Value mapping);   /* vm/strformat.c */
    return str_format_map(s, args[0]);
}

static Value m_dunder_format(Value s, const Value *args, size_t nargs, Value kw) {
    if (nargs_check("__format__", nargs, 1, 1, kw) < 0) return VNULL;
    if (!IS_STR(args[0])) {
        err_format(ExcTypeError, "__format__() argument must be str, not %N", args[0]);
        return VNULL;
    }
    return str_format_spec(s, args[0]);
}

static Value m_getnewargs(Value s, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    Value c = sub_str(s, 0, STR_SIZE(s));
    if (!c) return VNULL;
    Value t = tuple_pack(1, c);
    DECREF(c);
    return t;
}

/* CPython's size of the same text: a 48-byte header for ASCII, else 72 (80 for a subclass)
 * and one unit of 1, 2 or 4 bytes per code point (the widest needs) plus a terminator. */
static Value m_sizeof(Value s, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("__sizeof__", kw) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0) return VNULL;
    StrObj *o = (StrObj *)AS_OBJ(s);
    size_t kind = 1;
    if (!o->ascii) {
        for (size_t i = 0; i < o->size; i++) {
            unsigned char c = (unsigned char)o->data[i];
            if (c >= 0xF0) { kind = 4; break; }
            if (c >= 0xC4 && c < 0xF0) kind = 2;
        }
    }
    size_t head = o->hdr.type != &StrType ? 80 : o->ascii ? 48 : 72;
    return int_from_u64(head + (o->len + 1) * kind);
}

const MethodDef str_methods[] = {
    { "find", m_find, 0 }, { "rfind", m_rfind, 0 }, { "index", m_index, 0 }, { "rindex", m_rindex, 0 },
    { "count", m_count, 0 }, { "startswith", m_startswith, 0 }, { "endswith", m_endswith, 0 },
    { "split", m_split, 0 }, { "rsplit", m_rsplit, 0 }, { "splitlines", m_splitlines, 0 },
    { "join", m_join, 0 }, { "strip", m_strip, 0 }, { "lstrip", m_lstrip, 0 }, { "rstrip", m_rstrip, 0 },
    { "replace", m_replace, 0 },
    { "upper", m_upper, 0 }, { "lower", m_lower, 0 }, { "swapcase", m_swapcase, 0 },
    { "title", m_title, 0 }, { "capitalize", m_capitalize, 0 }, { "casefold", m_casefold, 0 },
    { "isdigit", m_isdigit, 0 }, { "isdecimal", m_isdecimal, 0 }, { "isnumeric", m_isnumeric, 0 },
    { "isalpha", m_isalpha, 0 }, { "isalnum", m_isalnum, 0 }, { "isspace", m_isspace, 0 },
    { "isupper", m_isupper, 0 }, { "islower", m_islower, 0 }, { "istitle", m_istitle, 0 },
    { "isidentifier", m_isidentifier, 0 }, { "isprintable", m_isprintable, 0 }, { "isascii", m_isascii, 0 },
    { "center", m_center, 0 }, { "ljust", m_ljust, 0 }, { "rjust", m_rjust, 0 }, { "zfill", m_zfill, 0 },
    { "expandtabs", m_expandtabs, 0 },
    { "partition", m_partition, 0 }, { "rpartition", m_rpartition, 0 },
    { "removeprefix", m_removeprefix, 0 }, { "removesuffix", m_removesuffix, 0 },
    { "encode", m_encode, 0 }, { "maketrans", m_maketrans, METH_STATIC }, { "translate", m_translate, 0 },
    { "format", m_format, 0 }, { "format_map", m_format_map, 0 }, { "__format__", m_dunder_format, 0 },
    { "__getnewargs__", m_getnewargs, 0 }, { "__sizeof__", m_sizeof, 0 },
    { NULL, NULL, 0 }
};
