/* bytes: immutable byte strings; also the codecs (utf-8, ascii, latin-1) between str and
 * bytes. The methods here serve bytearray too: they read through bview() and build
 * results of the receiver's kind with make_like(). */
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "strutil.h"
#include "ast.h"

/* ---------------- allocation ---------------- */

static Value empty_bytes;

Value bytes_alloc(size_t n) {
    BytesObj *b = (BytesObj *)obj_alloc_var(&BytesType, n + 1);
    if (!b) return VNULL;
    b->hash = -1;
    b->size = n;
    b->data[n] = 0;
    return OBJ_VAL(b);
}

Value bytes_from(const char *s, size_t n) {
    if (n == 0) {
        if (!empty_bytes) {
            empty_bytes = bytes_alloc(0);
            if (!empty_bytes) return VNULL;
            AS_OBJ(empty_bytes)->refcnt = IMMORTAL_REFCNT;
        }
        return empty_bytes;
    }
    Value b = bytes_alloc(n);
    if (!b) return VNULL;
    memcpy(BYTES_DATA(b), s, n);
    return b;
}

bool bytes_view(Value v, const char **data, size_t *size) {
    if (IS_SMALL(v)) return false;
    if (IS_BYTES(v)) { *data = BYTES_DATA(v); *size = BYTES_SIZE(v); return true; }
    if (IS_BYTEARRAY(v)) {
        ByteArrayObj *a = (ByteArrayObj *)AS_OBJ(v);
        *data = a->data ? a->data : "";
        *size = a->size;
        return true;
    }
    return false;
}

static void bview(Value v, const char **d, size_t *n) {
    if (!bytes_view(v, d, n)) { *d = ""; *n = 0; }
}

static Value make_like(Value self, const char *d, size_t n) {
    if (IS_BYTEARRAY(self)) return bytearray_from(d, n);
    return bytes_from(d, n);
}

static int need_buffer(Value v, const char **d, size_t *n) {
    if (bytes_view(v, d, n)) return 0;
    err_format(ExcTypeError, "a bytes-like object is required, not '%N'", v);
    return -1;
}

/* ---------------- codecs ---------------- */

static void raise_unicode_error(Type *t, const char *enc, Value obj, size_t start, size_t end, const char *reason) {
    Value e = str_from_cstr(enc), r = str_from_cstr(reason);
    Value st = int_from_u64(start), en = int_from_u64(end);
    if (e && r && st && en) {
        Value args[5] = { e, obj, st, en, r };
        Value exc = exc_new(t, args, 5);
        if (exc) { err_set_exc(exc); DECREF(exc); }
    }
    XDECREF(e); XDECREF(r); XDECREF(st); XDECREF(en);
}

void err_unicode_decode(const char *enc, const char *data, size_t n, size_t start, size_t end, const char *reason) {
    Value obj = bytes_from(data, n);
    if (!obj) return;
    raise_unicode_error(ExcUnicodeDecodeError, enc, obj, start, end, reason);
    DECREF(obj);
}

void err_unicode_encode(const char *enc, Value str, size_t start, size_t end, const char *reason) {
    raise_unicode_error(ExcUnicodeEncodeError, enc, str, start, end, reason);
}

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN } Encoding;

static Encoding parse_encoding(const char *e) {
    char norm[32];
    size_t k = 0;
    for (; *e && k < sizeof norm - 1; e++) {
        char c = *e;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '_' || c == ' ') c = '-';
        norm[k++] = c;
    }
    norm[k] = 0;
    if (!strcmp(norm, "utf-8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8") || !strcmp(norm, "utf")) return ENC_UTF8;
    if (!strcmp(norm, "ascii") || !strcmp(norm, "us-ascii") || !strcmp(norm, "646")) return ENC_ASCII;
    if (!strcmp(norm, "latin-1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso-8859-1") ||
        !strcmp(norm, "iso8859-1") || !strcmp(norm, "l1") || !strcmp(norm, "8859") || !strcmp(norm, "cp819") ||
        !strcmp(norm, "latin"))
        return ENC_LATIN1;
    return ENC_UNKNOWN;
}

static const char *enc_name(Encoding e) {
    return e == ENC_UTF8 ? "utf-8" : e == ENC_ASCII ? "ascii" : "latin-1";
}

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURROGATEESCAPE, ERR_BAD } ErrMode;

static ErrMode parse_errors(const char *e) {
    if (!strcmp(e, "strict")) return ERR_STRICT;
    if (!strcmp(e, "ignore")) return ERR_IGNORE;
    if (!strcmp(e, "replace")) return ERR_REPLACE;
    if (!strcmp(e, "backslashreplace")) return ERR_BACKSLASH;
    if (!strcmp(e, "xmlcharrefreplace")) return ERR_XMLREF;
    if (!strcmp(e, "surrogateescape")) return ERR_SURROGATEESCAPE;
    return ERR_BAD;
}

Value bytes_decode(const char *s, size_t n, const char *encoding, const char *errors) {
    Encoding enc = parse_encoding(encoding);
    if (enc == ENC_UNKNOWN) { err_format(ExcLookupError, "unknown encoding: %s", encoding); return VNULL; }
    ErrMode em = parse_errors(errors);
    if (enc == ENC_LATIN1) {
        StrBuf b;
        sb_init(&b);
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) sb_putc(&b, (char)c);
            else { char buf[4]; sb_putn(&b, buf, (size_t)utf8_encode1(c, buf)); }
        }
        return sb_finish(&b);
    }
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < n) {
        size_t ok, len, badlen = 1;
        const char *reason = NULL;
        if (enc == ENC_UTF8) {
            ok = utf8_check_strict(s + i, n - i, &len, &reason, &badlen);
        } else {
            ok = 0;
            while (i + ok < n && (unsigned char)s[i + ok] < 0x80) ok++;
            reason = "ordinal not in range(128)";
        }
        sb_putn(&b, s + i, ok);
        i += ok;
        if (i >= n) break;
        if (em == ERR_STRICT || em == ERR_BAD) {
            sb_discard(&b);
            err_unicode_decode(enc_name(enc), s, n, i, i + badlen, reason);
            return VNULL;
        }
        for (size_t k = 0; k < badlen; k++) {
            unsigned char c = (unsigned char)s[i + k];
            if (em == ERR_REPLACE) { if (k == 0) sb_puts(&b, "\xEF\xBF\xBD"); }
            else if (em == ERR_BACKSLASH) sb_printf(&b, "\\x%02x", c);
            else if (em == ERR_SURROGATEESCAPE) { char buf[4]; sb_putn(&b, buf, (size_t)utf8_encode1(0xDC00 + c, buf)); }
        }
        i += badlen;
    }
    return sb_finish(&b);
}

Value str_encode(Value s, const char *encoding, const char *errors) {
    Encoding enc = parse_encoding(encoding);
    if (enc == ENC_UNKNOWN) { err_format(ExcLookupError, "unknown encoding: %s", encoding); return VNULL; }
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    size_t n = STR_SIZE(s);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    if (((StrObj *)AS_OBJ(s))->ascii) return bytes_from((const char *)d, n);
    ErrMode em = parse_errors(errors);
    StrBuf b;
    sb_init(&b);
    size_t pos = 0;
    for (size_t i = 0; i < n; pos++) {
        uint32_t cp;
        int k = utf8_decode1(d + i, &cp);
        bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (cp < limit && !surrogate) {
            if (enc == ENC_UTF8) sb_putn(&b, (const char *)d + i, (size_t)k);
            else sb_putc(&b, (char)cp);
        } else if (em == ERR_SURROGATEESCAPE && cp >= 0xDC80 && cp <= 0xDCFF) {
            sb_putc(&b, (char)(cp - 0xDC00));
        } else if (em == ERR_IGNORE) {
        } else if (em == ERR_REPLACE) {
            sb_putc(&b, '?');
        } else if (em == ERR_BACKSLASH) {
            if (cp < 0x100) sb_printf(&b, "\\x%02x", cp);
            else if (cp < 0x10000) sb_printf(&b, "\\u%04x", cp);
            else sb_printf(&b, "\\U%08x", cp);
        } else if (em == ERR_XMLREF) {
            sb_printf(&b, "&#%u;", cp);
        } else {
            sb_discard(&b);
            /* the whole run of unencodable characters, as CPython reports it */
            size_t endpos = pos + 1, j = i + (size_t)k;
            while (j < n) {
                uint32_t c2;
                int k2 = utf8_decode1(d + j, &c2);
                bool bad = enc == ENC_UTF8 ? (c2 >= 0xD800 && c2 <= 0xDFFF) : c2 >= limit;
                if (!bad) break;
                j += (size_t)k2;
                endpos++;
            }
            err_unicode_encode(enc_name(enc), s, pos, endpos,
                               enc == ENC_UTF8 ? "surrogates not allowed"
                               : enc == ENC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)");
            return VNULL;
        }
        i += (size_t)k;
    }
    if (b.failed) { sb_discard(&b); err_no_memory(); return VNULL; }
    Value r = bytes_from(b.data ? b.data : "", b.len);
    sb_discard(&b);
    return r;
}

/* ---------------- repr ---------------- */

static Value repr_bytes_data(const char *prefix, const char *d, size_t n, const char *suffix) {
    bool has_sq = memchr(d, '\'', n) != NULL, has_dq = memchr(d, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, prefix);
    sb_putc(&b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == (unsigned char)q || c == '\\') { sb_putc(&b, '\\'); sb_putc(&b, (char)c); }
        else if (c == '\n') sb_puts(&b, "\\n");
        else if (c == '\r') sb_puts(&b, "\\r");
        else if (c == '\t') sb_puts(&b, "\\t");
        else if (c < 0x20 || c >= 0x7F) sb_printf(&b, "\\x%02x", c);
        else sb_putc(&b, (char)c);
    }
    sb_putc(&b, q);
    sb_puts(&b, suffix);
    return sb_finish(&b);
}

Value bytes_repr(Value v) {
    const char *d; size_t n;
    bview(v, &d, &n);
    if (IS_BYTEARRAY(v)) {
        char pre[128];
        snprintf(pre, sizeof pre, "%s(b", type_name(v));
        return repr_bytes_data(pre, d, n, ")");
    }
    return repr_bytes_data("b", d, n, "");
}

static Value bytes_str(Value v) {
    /* python -b would warn here; plain str(b) is the repr */
    return bytes_repr(v);
}

/* ---------------- slots ---------------- */

int64_t bytes_hash(Value v);
int64_t bytes_hash(Value v) {
    BytesObj *b = (BytesObj *)AS_OBJ(v);
    if (b->hash == -1) b->hash = hash_bytes(b->data, b->size);
    return b->hash;
}

static intptr_t bytes_len(Value v) {
    const char *d; size_t n;
    bview(v, &d, &n);
    return (intptr_t)n;
}

static Value getslice_like(Value self, const char *d, size_t n, Value key) {
    intptr_t start, stop, step;
    intptr_t cnt = slice_indices(key, (intptr_t)n, &start, &stop, &step);
    if (cnt < 0) return VNULL;
    if (step == 1) return make_like(self, d + start, (size_t)cnt);
    char *buf = malloc(cnt ? (size_t)cnt : 1);
    if (!buf) { err_no_memory(); return VNULL; }
    for (intptr_t i = 0, j = start; i < cnt; i++, j = (intptr_t)((uintptr_t)j + (uintptr_t)step)) buf[i] = d[j];
    Value r = make_like(self, buf, (size_t)cnt);
    free(buf);
    return r;
}

Value bytes_getitem_impl(Value self, Value key, const char *what);
Value bytes_getitem_impl(Value self, Value key, const char *what) {
    const char *d; size_t n;
    bview(self, &d, &n);
    if (IS_SMALL(key) || IS_INT(key) || (!IS_TYPE(key, &SliceType) && type_lookup(TYPE(key), NAME(__index__)))) {
        intptr_t i;
        if (IS_SMALL(key)) i = SMALL_VAL(key);
        else if (obj_as_ssize(key, &i) < 0) {
            if (err_matches(ExcOverflowError)) {
                err_clear();
                err_format(ExcIndexError, "cannot fit 'int' into an index-sized integer");
            }
            return VNULL;
        }
        if (i < 0) i += (intptr_t)n;
        if (i < 0 || i >= (intptr_t)n) {
            err_set(ExcIndexError, IS_BYTEARRAY(self) ? "bytearray index out of range" : "index out of range");
            return VNULL;
        }
        return MAKE_SMALL((unsigned char)d[i]);
    }
    if (IS_TYPE(key, &SliceType)) return getslice_like(self, d, n, key);
    err_format(ExcTypeError, "%s indices must be integers or slices, not %N", what, key);
    return VNULL;
}

static Value bytes_getitem(Value self, Value key) { return bytes_getitem_impl(self, key, "byte"); }

static int bytes_cmp_values(Value a, Value b, int *out) {
    const char *x, *y; size_t nx, ny;
    if (!bytes_view(a, &x, &nx) || !bytes_view(b, &y, &ny)) return 0;
    int c = memcmp(x, y, nx < ny ? nx : ny);
    if (!c) c = (nx > ny) - (nx < ny);
    *out = c;
    return 1;
}

Value bytes_richcompare(Value a, Value b, int op);
Value bytes_richcompare(Value a, Value b, int op) {
    int c;
    if (!bytes_cmp_values(a, b, &c)) return NOTIMPLEMENTED;
    return cmp_order_result(c, op);
}

Value bytes_concat(Value a, Value b);
Value bytes_concat(Value a, Value b) {
    const char *x, *y; size_t nx, ny;
    if (!bytes_view(a, &x, &nx) || !bytes_view(b, &y, &ny)) return NOTIMPLEMENTED;
    char *buf = malloc(nx + ny + 1);
    if (!buf) { err_no_memory(); return VNULL; }
    memcpy(buf, x, nx);
    memcpy(buf + nx, y, ny);
    Value r = make_like(a, buf, nx + ny);
    free(buf);
    return r;
}

Value bytes_repeat(Value a, Value b);
Value bytes_repeat(Value a, Value b) {
    Value s = a, cnt = b;
    if (!bytes_view(s, &(const char *){0}, &(size_t){0})) { s = b; cnt = a; }
    const char *d; size_t n;
    if (!bytes_view(s, &d, &n)) return NOTIMPLEMENTED;
    if (!IS_INT(cnt) && (IS_SMALL(cnt) || !type_lookup(TYPE(cnt), NAME(__index__)))) return NOTIMPLEMENTED;
    intptr_t k;
    if (obj_as_ssize(cnt, &k) < 0) return VNULL;
    if (k <= 0 || n == 0) return make_like(s, "", 0);
    if ((size_t)k > (size_t)INTPTR_MAX / n && IS_BYTES(s)) {  /* bytearray says MemoryError, as in CPython */
        err_set(ExcOverflowError, "repeated bytes are too long");
        return VNULL;
    }
    if ((size_t)k > (SIZE_MAX / 2) / n) { err_no_memory(); return VNULL; }
    size_t total = n * (size_t)k;
    char *buf = malloc(total);
    if (!buf) { err_no_memory(); return VNULL; }
    for (size_t i = 0; i < total; i += n) memcpy(buf + i, d, n);
    Value r = make_like(s, buf, total);
    free(buf);
    return r;
}

int bytes_contains(Value self, Value item);
int bytes_contains(Value self, Value item) {
    const char *d; size_t n;
    bview(self, &d, &n);
    if (IS_INT(item)) {
        int64_t c;
        if (!int_fits_i64(item, &c) || c < 0 || c > 255) {
            err_set(ExcValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(d, (int)c, n) != NULL;
    }
    const char *s; size_t sn;
    if (need_buffer(item, &s, &sn) < 0) return -1;
    if (sn == 0) return 1;
    return memmem(d, n, s, sn) != NULL;
}

static Value bytes_mod(Value a, Value b) {
    if (!IS_BYTES(a)) return NOTIMPLEMENTED;
    return bytes_percent_format(BYTES_DATA(a), BYTES_SIZE(a), b);
}

static void bytes_dealloc(Obj *o) {
    if (OBJ_VAL(o) == empty_bytes) { o->refcnt = IMMORTAL_REFCNT; return; }
    obj_free(o);
}

/* ---------------- iteration ---------------- */

typedef struct BytesIterObj { Obj hdr; Value b; size_t pos; } BytesIterObj;

static void biter_dealloc(Obj *o) {
    XDECREF(((BytesIterObj *)o)->b);
    obj_free(o);
}
static Value biter_self(Value v) { return NEWREF(v); }
static Value biter_next(Value v) {
    BytesIterObj *it = (BytesIterObj *)AS_OBJ(v);
    if (!it->b) return VNULL;
    const char *d; size_t n;
    bview(it->b, &d, &n);
    if (it->pos >= n) { CLEAR(it->b); return VNULL; }
    return MAKE_SMALL((unsigned char)d[it->pos++]);
}

Type BytesIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObj),
    .dealloc = biter_dealloc,
    .iter = biter_self,
    .iternext = biter_next,
};

Type ByteArrayIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIterObj),
    .dealloc = biter_dealloc,
    .iter = biter_self,
    .iternext = biter_next,
};

Value bytes_iter(Value v);
Value bytes_iter(Value v) {
    Type *t = IS_BYTEARRAY(v) ? &ByteArrayIterType : &BytesIterType;
    if (!(t->flags & TPFLAG_READY) && type_ready(t) < 0) return VNULL;
    BytesIterObj *it = (BytesIterObj *)obj_alloc(t);
    if (!it) return VNULL;
    it->b = NEWREF(v);
    it->pos = 0;
    return OBJ_VAL(it);
}

/* ---------------- construction ---------------- */

/* The bytes of bytes(x) / bytearray(x) into a malloc'd buffer; *n gets the size. */
char *bytes_collect(Value x, Value encoding, Value errors, size_t *n, const char *tname);
char *bytes_collect(Value x, Value encoding, Value errors, size_t *n, const char *tname) {
    if (encoding || errors) {
        const char *enc, *errs;
        if (codec_args(tname, encoding, errors, &enc, &errs) < 0) return NULL;
        if (!x || !IS_STR(x)) {
            err_set(ExcTypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
            return NULL;
        }
        if (!encoding) {
            err_set(ExcTypeError, "string argument without an encoding");
            return NULL;
        }
        Value b = str_encode(x, enc, errs);
        if (!b) return NULL;
        char *buf = malloc(BYTES_SIZE(b) + 1);
        if (!buf) { DECREF(b); err_no_memory(); return NULL; }
        memcpy(buf, BYTES_DATA(b), BYTES_SIZE(b));
        *n = BYTES_SIZE(b);
        DECREF(b);
        return buf;
    }
    if (!x) { *n = 0; return malloc(1); }
    if (IS_STR(x)) { err_set(ExcTypeError, "string argument without an encoding"); return NULL; }
    const char *d; size_t sz;
    if (bytes_view(x, &d, &sz)) {
        char *buf = malloc(sz + 1);
        if (!buf) { err_no_memory(); return NULL; }
        memcpy(buf, d, sz);
        *n = sz;
        return buf;
    }
    if (IS_INT(x) || (!IS_SMALL(x) && !IS_FLOAT(x) && type_lookup(TYPE(x), NAME(__index__)))) {
        intptr_t cnt;
        if (obj_as_ssize(x, &cnt) < 0) return NULL;
        if (cnt < 0) { err_set(ExcValueError, "negative count"); return NULL; }
        char *buf = calloc((size_t)cnt + 1, 1);
        if (!buf) { err_no_memory(); return NULL; }
        *n = (size_t)cnt;
        return buf;
    }
    Value it = obj_iter(x);
    if (!it) {
        if (err_matches(ExcTypeError)) {
            err_clear();
            err_format(ExcTypeError, "cannot convert '%N' object to %s", x, tname);
        }
        return NULL;
    }
    size_t cap = 16, len = 0;
    char *buf = malloc(cap);
    if (!buf) { DECREF(it); err_no_memory(); return NULL; }
    Value item;
    while ((item = obj_next(it))) {
        intptr_t c;
        if (!IS_INT(item) && (IS_SMALL(item) || !type_lookup(TYPE(item), NAME(__index__)))) {
            err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", item);
            DECREF(item);
            goto fail;
        }
        int r = obj_as_ssize(item, &c);
        DECREF(item);
        if (r < 0) {
            if (err_matches(ExcOverflowError)) c = -1;
            else goto fail;
        }
        if (c < 0 || c > 255) {
            /* bytearray's wording is singular */
            err_clear();
            err_set(ExcValueError, strcmp(tname, "bytearray") ? "bytes must be in range(0, 256)"
                                                               : "byte must be in range(0, 256)");
            goto fail;
        }
        if (len == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { err_no_memory(); goto fail; }
            buf = nb;
        }
        buf[len++] = (char)c;
    }
    if (err_occurred()) goto fail;
    DECREF(it);
    *n = len;
    return buf;
fail:
    DECREF(it);
    free(buf);
    return NULL;
}

static Value bytes_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Value a[3] = { VNULL, VNULL, VNULL };
    if (arg_parse("bytes", args, nargs, kwnames, names, 3, 0, a) < 0) return VNULL;
    if (a[0] && !a[1] && !a[2] && !IS_SMALL(a[0]) && !IS_STR(a[0])) {
        if (IS_TYPE(a[0], &BytesType) && type == &BytesType) return NEWREF(a[0]);
        Value bm = type_lookup(TYPE(a[0]), NAME(__bytes__));
        if (bm) {
            Value r = obj_call1(bm, a[0]);
            if (!r) return VNULL;
            if (!IS_BYTES(r)) {
                err_format(ExcTypeError, "__bytes__ returned non-bytes (type %N)", r);
                DECREF(r);
                return VNULL;
            }
            if (type == &BytesType) return r;
            const char *d; size_t n;
            bview(r, &d, &n);
            Value out = bytes_from(d, n);
            DECREF(r);
            return out;
        } else if (err_occurred()) {
            return VNULL;
        }
    }
    size_t n;
    char *buf = bytes_collect(a[0], a[1], a[2], &n, "bytes");
    if (!buf) return VNULL;
    Value r;
    if (type == &BytesType) r = bytes_from(buf, n);
    else {
        BytesObj *o = (BytesObj *)obj_alloc_var(type, n + 1);
        if (o) { o->hash = -1; o->size = n; memcpy(o->data, buf, n); o->data[n] = 0; }
        r = o ? OBJ_VAL(o) : VNULL;
    }
    free(buf);
    return r;
}

/* ---------------- methods (shared with bytearray) ---------------- */

/* CPython's messages differ by how each method parses its arguments: METH_NOARGS / METH_O
 * name the type, the old-style ones say "takes at least", Argument Clinic ones "expected". */
static int nargs_ok(Value self, const char *name, size_t nargs, size_t min, size_t max, Value kw) {
    if (kw && TUPLE_LEN(kw)) { err_format(ExcTypeError, "%s() takes no keyword arguments", name); return -1; }
    const char *tn = IS_BYTEARRAY(self) || self == OBJ_VAL(&ByteArrayType) ? "bytearray" : "bytes";
    if (min == max && max <= 1) {
        if (nargs == max) return 0;
        if (max == 0) err_format(ExcTypeError, "%s.%s() takes no arguments (%zu given)", tn, name, nargs);
        else err_format(ExcTypeError, "%s.%s() takes exactly one argument (%zu given)", tn, name, nargs);
        return -1;
    }
    if (min == 1 && max == 3) {
        if (nargs < 1) { err_format(ExcTypeError, "%s() takes at least 1 argument (%zu given)", name, nargs); return -1; }
        if (nargs > 3) { err_format(ExcTypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs); return -1; }
        return 0;
    }
    return arg_count(name, nargs, min, max);
}

static Value m_decode(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = { "encoding", "errors", NULL };
    Value a[2] = { VNULL, VNULL };
    if (arg_parse("decode", args, nargs, kw, names, 2, 0, a) < 0) return VNULL;
    const char *enc, *errs;
    if (codec_args("decode", a[0], a[1], &enc, &errs) < 0) return VNULL;
    const char *d; size_t n;
    bview(self, &d, &n);
    return bytes_decode(d, n, enc, errs);
}

static Value m_hex(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    Value a[2] = { VNULL, VNULL };
    if (arg_parse("hex", args, nargs, kw, names, 2, 0, a) < 0) return VNULL;
    const char *d; size_t n;
    bview(self, &d, &n);
    const char *sep = NULL;
    size_t sepn = 0;
    if (a[0]) {
        if (IS_STR(a[0])) { sep = STR_DATA(a[0]); sepn = STR_SIZE(a[0]); }
        else if (!bytes_view(a[0], &sep, &sepn)) { err_set(ExcTypeError, "sep must be str or bytes."); return VNULL; }
        if (sepn != 1) { err_set(ExcValueError, "sep must be length 1."); return VNULL; }
    }
    intptr_t per = 1;
    if (a[1] && obj_as_ssize(a[1], &per) < 0) return VNULL;
    StrBuf b;
    sb_init(&b);
    size_t ap = per < 0 ? (size_t)-per : (size_t)per;
    for (size_t i = 0; i < n; i++) {
        if (sep && i > 0 && ap) {
            bool put = per > 0 ? (n - i) % ap == 0 : i % ap == 0;
            if (put) sb_putc(&b, sep[0]);
        }
        sb_printf(&b, "%02x", (unsigned char)d[i]);
    }
    return sb_finish(&b);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value m_fromhex(Value cls, const Value *args, size_t nargs, Value kw) {
    if (nargs_ok(cls, "fromhex", nargs, 1, 1, kw) < 0) return VNULL;
    if (!IS_STR(args[0])) { err_format(ExcTypeError, "fromhex() argument must be str, not %N", args[0]); return VNULL; }
    const char *s = STR_DATA(args[0]);
    size_t n = STR_SIZE(args[0]);
    char *buf = malloc(n / 2 + 1);
    if (!buf) { err_no_memory(); return VNULL; }
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) { i++; continue; }
        int hi = hexval(s[i]);
        int lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t pos = hi < 0 ? i : i + 1;
            free(buf);
            err_format(ExcValueError, "non-hexadecimal number found in fromhex() arg at position %zu", utf8_count(s, pos));
            return VNULL;
        }
        buf[k++] = (char)(hi * 16 + lo);
        i += 2;
    }
    Value r = cls == OBJ_VAL(&ByteArrayType) ? bytearray_from(buf, k) : bytes_from(buf, k);
    free(buf);
    if (r && cls != OBJ_VAL(&BytesType) && cls != OBJ_VAL(&ByteArrayType)) {
        Value o = obj_call1(cls, r);
        DECREF(r);
        return o;
    }
    return r;
}

static Value m_join(Value self, const Value *args, size_t nargs, Value kw) {
    if (nargs_ok(self, "join", nargs, 1, 1, kw) < 0) return VNULL;
    Value seq = list_from_iterable(args[0]);
    if (!seq) return VNULL;
    const char *sep; size_t sepn;
    bview(self, &sep, &sepn);
    size_t total = 0, cnt = LIST_LEN(seq);
    for (size_t i = 0; i < cnt; i++) {
        const char *d; size_t n;
        if (!bytes_view(LIST_ITEMS(seq)[i], &d, &n)) {
            err_format(ExcTypeError, "sequence item %zu: expected a bytes-like object, %N found", i, LIST_ITEMS(seq)[i]);
            DECREF(seq);
            return VNULL;
        }
        total += n + (i ? sepn : 0);
    }
    char *buf = malloc(total + 1);
    if (!buf) { DECREF(seq); err_no_memory(); return VNULL; }
    size_t k = 0;
    for (size_t i = 0; i < cnt; i++) {
        const char *d; size_t n;
        bytes_view(LIST_ITEMS(seq)[i], &d, &n);
        if (i) { memcpy(buf + k, sep, sepn); k += sepn; }
        memcpy(buf + k, d, n);
        k += n;
    }
    DECREF(seq);
    Value r = make_like(self, buf, k);
    free(buf);
    return r;
}

/* start/end resolution on byte indices */
static int brange(Value self, const Value *args, size_t nargs, size_t first, size_t *a, size_t *b) {
    const char *d; size_t n;
    bview(self, &d, &n);
    intptr_t len = (intptr_t)n, s = 0, e = len;
    if (nargs > first && args[first] != NONE && obj_as_ssize(args[first], &s) < 0) return -1;
    if (nargs > first + 1 && args[first + 1] != NONE && obj_as_ssize(args[first + 1], &e) < 0) return -1;
    if (s < 0) { s += len; if (s < 0) s = 0; }
    if (e < 0) { e += len; if (e < 0) e = 0; }
    if (e > len) e = len;
    if (s > len || s > e) return 0;
    *a = (size_t)s;
    *b = (size_t)e;
    return 1;
}

static int sub_arg(Value v, const char **s, size_t *n, char *one) {
    if (IS_INT(v)) {
        int64_t c;
        if (!int_fits_i64(v, &c) || c < 0 || c > 255) { err_set(ExcValueError, "byte must be in range(0, 256)"); return -1; }
        *one = (char)c;
        *s = one;
        *n = 1;
        return 0;
    }
    if (bytes_view(v, s, n)) return 0;
    err_format(ExcTypeError, "argument should be integer or bytes-like object, not '%N'", v);
    return -1;
}

static intptr_t bfind(Value self, const Value *args, size_t nargs, Value kw, const char *name, bool rev) {
    if (nargs_ok(self, name, nargs, 1, 3, kw) < 0) return -2;
    const char *sub; size_t sn; char one;
    if (sub_arg(args[0], &sub, &sn, &one) < 0) return -2;
    size_t a, b;
    int ok = brange(self, args, nargs, 1, &a, &b);
    if (ok < 0) return -2;
    if (ok == 0) return -1;
    const char *d; size_t n;
    bview(self, &d, &n);
    if (sn > b - a) return -1;
    if (!rev) {
        const char *p = sn ? memmem(d + a, b - a, sub, sn) : d + a;
        return p ? (intptr_t)(p - d) : -1;
    }
    for (size_t i = b - sn + 1; i-- > a;)
        if (memcmp(d + i, sub, sn) == 0) return (intptr_t)i;
    return -1;
}

static Value m_find(Value s, const Value *a, size_t n, Value kw) { intptr_t i = bfind(s, a, n, kw, "find", false); return i == -2 ? VNULL : MAKE_SMALL(i); }
static Value m_rfind(Value s, const Value *a, size_t n, Value kw) { intptr_t i = bfind(s, a, n, kw, "rfind", true); return i == -2 ? VNULL : MAKE_SMALL(i); }
static Value m_index(Value s, const Value *a, size_t n, Value kw) {
    intptr_t i = bfind(s, a, n, kw, "index", false);
    if (i == -1) err_set(ExcValueError, "subsection not found");
    return i < 0 ? VNULL : MAKE_SMALL(i);
}
static Value m_rindex(Value s, const Value *a, size_t n, Value kw) {
    intptr_t i = bfind(s, a, n, kw, "rindex", true);
    if (i == -1) err_set(ExcValueError, "subsection not found");
    return i < 0 ? VNULL : MAKE_SMALL(i);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw) {
    if (nargs_ok(self, "count", nargs, 1, 3, kw) < 0) return VNULL;
    const char *sub; size_t sn; char one;
    if (sub_arg(args[0], &sub, &sn, &one) < 0) return VNULL;
    size_t a, b;
    int ok = brange(self, args, nargs, 1, &a, &b);
    if (ok <= 0) return ok < 0 ? VNULL : MAKE_SMALL(0);
    const char *d; size_t n;
    bview(self, &d, &n);
    if (sn == 0) return MAKE_SMALL((intptr_t)(b - a + 1));
    intptr_t c = 0;
    const char *p = d + a, *end = d + b, *q;
    while ((q = memmem(p, (size_t)(end - p), sub, sn))) { c++; p = q + sn; }
    return MAKE_SMALL(c);
}

static Value bwith(Value self, const Value *args, size_t nargs, Value kw, const char *name, bool ends) {
    if (nargs_ok(self, name, nargs, 1, 3, kw) < 0) return VNULL;
    size_t a = 0, b = 0;
    int ok = brange(self, args, nargs, 1, &a, &b);
    if (ok < 0) return VNULL;
    const char *d; size_t n;
    bview(self, &d, &n);
    size_t nt = 1;
    const Value *tests = &args[0];
    if (IS_TUPLE(args[0])) { nt = TUPLE_LEN(args[0]); tests = TUPLE_ITEMS(args[0]); }
    for (size_t i = 0; i < nt; i++) {
        const char *t; size_t tn;
        if (!bytes_view(tests[i], &t, &tn)) {
            if (IS_TUPLE(args[0]))
                err_format(ExcTypeError, "a bytes-like object is required, not '%N'", tests[i]);
            else
                err_format(ExcTypeError, "%s first arg must be bytes or a tuple of bytes, not %N", name, tests[i]);
            return VNULL;
        }
        if (!ok || tn > b - a) continue;
        if (memcmp(ends ? d + b - tn : d + a, t, tn) == 0) return TRUE_VAL;
    }
    return FALSE_VAL;
}
static Value m_startswith(Value s, const Value *a, size_t n, Value kw) { return bwith(s, a, n, kw, "startswith", false); }
static Value m_endswith(Value s, const Value *a, size_t n, Value kw) { return bwith(s, a, n, kw, "endswith", true); }

static bool bspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int push_like(Value list, Value self, const char *d, size_t n) {
    Value x = make_like(self, d, n);
    if (!x) return -1;
    int r = list_append(list, x);
    DECREF(x);
    return r;
}

static Value bsplit(Value self, const Value *args, size_t nargs, Value kw, bool rev) {
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Value a[2] = { VNULL, VNULL };
    if (arg_parse(rev ? "rsplit" : "split", args, nargs, kw, names, 2, 0, a) < 0) return VNULL;
    intptr_t maxsplit = -1;
    if (a[1] && obj_as_ssize(a[1], &maxsplit) < 0) return VNULL;
    if (maxsplit < 0) maxsplit = INTPTR_MAX;
    const char *sep = NULL; size_t sn = 0;
    if (a[0] && a[0] != NONE) {
        if (need_buffer(a[0], &sep, &sn) < 0) return VNULL;
        if (sn == 0) { err_set(ExcValueError, "empty separator"); return VNULL; }
    }
    const char *d; size_t n;
    bview(self, &d, &n);
    Value list = list_new(0);
    if (!list) return VNULL;
    if (!rev) {
        size_t i = 0;
        if (!sep) {
            while (i < n) {
                while (i < n && bspace((unsigned char)d[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) {
                    if (push_like(list, self, d + i, n - i) < 0) goto fail;
                    break;
                }
                size_t j = i;
                while (j < n && !bspace((unsigned char)d[j])) j++;
                if (push_like(list, self, d + i, j - i) < 0) goto fail;
                i = j;
            }
        } else {
            const char *q;
            while (maxsplit-- > 0 && (q = memmem(d + i, n - i, sep, sn))) {
                if (push_like(list, self, d + i, (size_t)(q - d) - i) < 0) goto fail;
                i = (size_t)(q - d) + sn;
            }
            if (push_like(list, self, d + i, n - i) < 0) goto fail;
        }
        return list;
    }
    /* rsplit: collect from the right, then reverse */
    size_t e = n;
    if (!sep) {
        while (e > 0) {
            while (e > 0 && bspace((unsigned char)d[e - 1])) e--;
            if (e == 0) break;
            if (maxsplit-- == 0) {
                if (push_like(list, self, d, e) < 0) goto fail;
                break;
            }
            size_t b = e;
            while (b > 0 && !bspace((unsigned char)d[b - 1])) b--;
            if (push_like(list, self, d + b, e - b) < 0) goto fail;
            e = b;
        }
    } else {
        while (maxsplit-- > 0 && e >= sn) {
            size_t i = e - sn + 1, found = (size_t)-1;
            while (i-- > 0) if (memcmp(d + i, sep, sn) == 0) { found = i; break; }
            if (found == (size_t)-1) break;
            if (push_like(list, self, d + found + sn, e - found - sn) < 0) goto fail;
            e = found;
        }
        if (push_like(list, self, d, e) < 0) goto fail;
    }
    {
        size_t cnt = LIST_LEN(list);
        Value *it = LIST_ITEMS(list);
        for (size_t i = 0, j = cnt ? cnt - 1 : 0; i < j; i++, j--) { Value t = it[i]; it[i] = it[j]; it[j] = t; }
    }
    return list;
fail:
    DECREF(list);
    return VNULL;
}
static Value m_split(Value s, const Value *a, size_t n, Value kw) { return bsplit(s, a, n, kw, false); }
static Value m_rsplit(Value s, const Value *a, size_t n, Value kw) { return bsplit(s, a, n, kw, true); }

static Value m_replace(Value self, const Value *args, size_t nargs, Value kw) {
    if (nargs_ok(self, "replace", nargs, 2, 3, kw) < 0) return VNULL;
    const char *o, *nw; size_t on, nn;
    if (need_buffer(args[0], &o, &on) < 0 || need_buffer(args[1], &nw, &nn) < 0) return VNULL;
    intptr_t count = -1;
    if (nargs > 2 && obj_as_ssize(args[2], &count) < 0) return VNULL;
    if (count < 0) count = INTPTR_MAX;
    const char *d; size_t n;
    bview(self, &d, &n);
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    if (on == 0) {
        while (count-- > 0) {
            sb_putn(&b, nw, nn);
            if (i >= n) break;
            sb_putc(&b, d[i++]);
        }
    } else {
        const char *q;
        while (count-- > 0 && (q = memmem(d + i, n - i, o, on))) {
            sb_putn(&b, d + i, (size_t)(q - d) - i);
            sb_putn(&b, nw, nn);
            i = (size_t)(q - d) + on;
        }
    }
    sb_putn(&b, d + i, n - i);
    if (b.failed) { sb_discard(&b); err_no_memory(); return VNULL; }
    Value r = make_like(self, b.data ? b.data : "", b.len);
    sb_discard(&b);
    return r;
}

static Value bstrip(Value self, const Value *args, size_t nargs, Value kw, const char *name, bool l, bool r) {
    if (nargs_ok(self, name, nargs, 0, 1, kw) < 0) return VNULL;
    const char *chars = NULL; size_t cn = 0;
    if (nargs && args[0] != NONE && need_buffer(args[0], &chars, &cn) < 0) return VNULL;
    const char *d; size_t n;
    bview(self, &d, &n);
    size_t a = 0, b = n;
    if (l) while (a < b && (chars ? memchr(chars, d[a], cn) != NULL : bspace((unsigned char)d[a]))) a++;
    if (r) while (b > a && (chars ? memchr(chars, d[b - 1], cn) != NULL : bspace((unsigned char)d[b - 1]))) b--;
    return make_like(self, d + a, b - a);
}
static Value m_strip(Value s, const Value *a, size_t n, Value kw) { return bstrip(s, a, n, kw, "strip", true, true); }
static Value m_lstrip(Value s, const Value *a, size_t n, Value kw) { return bstrip(s, a, n, kw, "lstrip", true, false); }
static Value m_rstrip(Value s, const Value *a, size_t n, Value kw) { return bstrip(s, a, n, kw, "rstrip", false, true); }

static Value bcase(Value self, size_t nargs, Value kw, const char *name, int mode) {
    if (nargs_ok(self, name, nargs, 0, 0, kw) < 0) return VNULL;
    const char *d; size_t n;
    bview(self, &d, &n);
    char *buf = malloc(n + 1);
    if (!buf) { err_no_memory(); return VNULL; }
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if (mode == 0 && low) c = (char)(c - 32);
        else if (mode == 1 && up) c = (char)(c + 32);
        else if (mode == 2) c = low ? (char)(c - 32) : up ? (char)(c + 32) : c;
        buf[i] = c;
    }
    Value r = make_like(self, buf, n);
    free(buf);
    return r;
}
static Value m_upper(Value s, const Value *a, size_t n, Value kw) { (void)a; return bcase(s, n, kw, "upper", 0); }
static Value m_lower(Value s, const Value *a, size_t n, Value kw) { (void)a; return bcase(s, n, kw, "lower", 1); }
static Value m_swapcase(Value s, const Value *a, size_t n, Value kw) { (void)a; return bcase(s, n, kw, "swapcase", 2); }

static Value bpred(Value self, size_t nargs, Value kw, const char *name, int kind) {
    if (nargs_ok(self, name, nargs, 0, 0, kw) < 0) return VNULL;
    const char *d; size_t n;
    bview(self, &d, &n);
    if (n == 0) return kind == 5 ? TRUE_VAL : FALSE_VAL;
    bool any_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        bool dig = c >= '0' && c <= '9', up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        switch (kind) {
        case 0: if (!dig) return FALSE_VAL; break;
        case 1: if (!up && !low) return FALSE_VAL; break;
        case 2: if (!up && !low && !dig) return FALSE_VAL; break;
        case 3: if (!bspace(c)) return FALSE_VAL; break;
        case 4: if (up) return FALSE_VAL; if (low) any_cased = true; break;   /* islower */
        case 5: if (c >= 0x80) return FALSE_VAL; break;                    /* isascii */
        case 6: if (low) return FALSE_VAL; if (up) any_cased = true; break;   /* isupper */
        }
    }
    if (kind == 4 || kind == 6) return BOOL_VAL(any_cased);
    return TRUE_VAL;
}
static Value m_isdigit(Value s, const Value *a, size_t n, Value kw) { (void)a; return bpred(s, n, kw, "isdigit", 0); }
static Value m_isalpha(Value s, const Value *a, size_t n, Value kw) { (void)a; return bpred(s, n, kw, "isalpha", 1); }
static Value m_isalnum(Value s, const Value *a, size_t n, Value kw) { (void)a; return bpred(s, n, kw, "isalnum", 2); }
static Value m_isspace(Value s, const Value *a, size_t n, Value kw) { (void)a; return bpred(s, n, kw, "isspace", 3); }
static Value m_islower(Value s, const Value *a, size_t n, Value kw) { (void)a; return bpred(s, n, kw, "islower", 4); }
static Value m_isascii(Value s, const Value *a, size_t n, Value kw) { (void)a; return bpred(s, n, kw, "isascii", 5); }
static Value m_isupper(Value s, const Value *a, size_t n, Value kw) { (void)a; return bpred(s, n, kw, "isupper", 6); }

static Value bpartition(Value self, const Value *args, size_t nargs, Value kw, bool rev) {
    if (nargs_ok(self, rev ? "rpartition" : "partition", nargs, 1, 1, kw) < 0) return VNULL;
    const char *sep; size_t sn;
    if (need_buffer(args[0], &sep, &sn) < 0) return VNULL;
    if (sn == 0) { err_set(ExcValueError, "empty separator"); return VNULL; }
    const char *d; size_t n;
    bview(self, &d, &n);
    size_t found = (size_t)-1;
    if (!rev) { const char *q = memmem(d, n, sep, sn); if (q) found = (size_t)(q - d); }
    else if (n >= sn) { for (size_t i = n - sn + 1; i-- > 0;) if (memcmp(d + i, sep, sn) == 0) { found = i; break; } }
    Value a, b, c;
    if (found == (size_t)-1) {
        a = make_like(self, rev ? "" : d, rev ? 0 : n);
        b = make_like(self, "", 0);
        c = make_like(self, rev ? d : "", rev ? n : 0);
    } else {
        a = make_like(self, d, found);
        b = make_like(self, sep, sn);
        c = make_like(self, d + found + sn, n - found - sn);
    }
    if (!a || !b || !c) { XDECREF(a); XDECREF(b); XDECREF(c); return VNULL; }
    Value t = tuple_pack(3, a, b, c);
    DECREF(a); DECREF(b); DECREF(c);
    return t;
}
static Value m_partition(Value s, const Value *a, size_t n, Value kw) { return bpartition(s, a, n, kw, false); }
static Value m_rpartition(Value s, const Value *a, size_t n, Value kw) { return bpartition(s, a, n, kw, true); }

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    const char *d; size_t n;
    bview(self, &d, &n);
    Value b = bytes_from(d, n);
    if (!b) return VNULL;
    Value t = tuple_pack(1, b);
    DECREF(b);
    return t;
}

/* CPython's sizes: bytes is a 33-byte header plus the data; a bytearray 56 bytes plus its
 * buffer, which holds a trailing NUL when not empty. */
static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (arg_no_kw("__sizeof__", kw) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0) return VNULL;
    if (IS_BYTEARRAY(self)) {
        size_t n = ((ByteArrayObj *)AS_OBJ(self))->size;
        return int_from_u64(56 + (n ? n + 1 : 0));
    }
    return int_from_u64(33 + BYTES_SIZE(self));
}

const MethodDef bytes_common_methods[] = {
    { "decode", m_decode, 0 }, { "hex", m_hex, 0 }, { "fromhex", m_fromhex, METH_CLASS },
    { "join", m_join, 0 }, { "find", m_find, 0 }, { "rfind", m_rfind, 0 }, { "index", m_index, 0 },
    { "rindex", m_rindex, 0 }, { "count", m_count, 0 }, { "startswith", m_startswith, 0 },
    { "endswith", m_endswith, 0 }, { "split", m_split, 0 }, { "rsplit", m_rsplit, 0 },
    { "replace", m_replace, 0 }, { "strip", m_strip, 0 }, { "lstrip", m_lstrip, 0 }, { "rstrip", m_rstrip, 0 },
    { "upper", m_upper, 0 }, { "lower", m_lower, 0 }, { "swapcase", m_swapcase, 0 },
    { "isdigit", m_isdigit, 0 }, { "isalpha", m_isalpha, 0 }, { "isalnum", m_isalnum, 0 },
    { "isspace", m_isspace, 0 }, { "islower", m_islower, 0 }, { "isupper", m_isupper, 0 },
    { "isascii", m_isascii, 0 }, { "partition", m_partition, 0 }, { "rpartition", m_rpartition, 0 },
    { "__getnewargs__", m_getnewargs, 0 }, { "__sizeof__", m_sizeof, 0 },
    { NULL, NULL, 0 }
};

static int bytes_contains_slot(Value s, Value item) { return bytes_contains(s, item); }

Type BytesType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "bytes",
    .basicsize = sizeof(BytesObj),
    .itemsize = 1,
    .flags = TPFLAG_BASETYPE,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .nb = { [BINOP_ADD] = bytes_concat, [BINOP_MUL] = bytes_repeat, [BINOP_MOD] = bytes_mod },
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains_slot,
    .methods = bytes_common_methods,
};
