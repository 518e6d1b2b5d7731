/* The re module: Python regular expressions on PCRE2.
 *
 * Patterns are translated to PCRE2 syntax (re_translate.c), compiled with UTF and UCP for str
 * patterns (minipy's str is UTF-8, so the subject is matched in place; offsets are converted
 * between bytes and code points with a moving cursor), without them for bytes patterns, and
 * JIT-compiled. match() and fullmatch() use variants compiled with PCRE2_ANCHORED /
 * PCRE2_ENDANCHORED (made on first use) because the JIT only honours those options at
 * compile time. Iteration follows Python 3.7+: after an empty match the next match may
 * start at the same place but must not be empty there (PCRE2_NOTEMPTY_ATSTART).
 * re.error and re.RegexFlag are small classes written in Python (RE_PY below). */
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "errors.h"
#include "args.h"
#include "strutil.h"
#include "modules.h"
#include "re.h"

static Value error_type;       /* re.error */
static Value flag_type;        /* re.RegexFlag */
static pcre2_compile_context *cctx;
static pcre2_match_context *mctx;
static pcre2_jit_stack *jit_stack;

/* ---- errors ---- */

void re_raise_error(const char *msg, Value pattern, intptr_t pos) {
    Value m = str_from_utf8_lossy(msg, strlen(msg));
    if (!m) return;
    Value p = pos >= 0 ? int_from_i64(pos) : NONE;
    Value args[3] = {m, pattern ? pattern : NONE, p};
    Value e = error_type ? obj_call(error_type, args, 3, VNULL) : exc_new(ExcRuntimeError, &m, 1);
    DECREF(m);
    DECREF(p);
    if (e) err_raise_steal(e);
}

static void match_failed(int rc) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof buf);
    if (rc == PCRE2_ERROR_NOMEMORY) { err_no_memory(); return; }
    err_format(ExcRecursionError, "regular expression too complex: %s", (const char *)buf);
}

/* ---- byte buffers ---- */

int re_buf_put(ReBuf *b, const char *s, size_t n) {
    if (b->len + n > b->cap) {
        size_t nc = b->cap ? b->cap : 64;
        while (nc < b->len + n) nc *= 2;
        char *d = mem_realloc(b->data, nc);
        if (!d) return -1;
        b->data = d;
        b->cap = nc;
    }
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

Value re_buf_finish(ReBuf *b, bool is_bytes) {
    Value r;
    if (is_bytes) {
        r = bytes_from(b->data ? b->data : "", b->len);
    } else if (b->len == 0) {
        r = str_empty();
    } else {
        StrObj *o = str_alloc(b->len);
        if (o) {
            memcpy(o->data, b->data, b->len);
            o->len = utf8_count(b->data, b->len);
            o->ascii = o->len == b->len;
        }
        r = o ? OBJ_VAL(o) : VNULL;
    }
    mem_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    return r;
}

/* ---- subjects ---- */

int re_subject_init(ReSubject *s, PatternObj *p, Value string) {
    memset(s, 0, sizeof *s);
    s->orig = string;
    if (IS_STR(string)) {
        if (p && p->is_bytes) {
            err_set(ExcTypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        s->data = STR_DATA(string);
        s->size = STR_SIZE(string);
        s->len = STR_LEN(string);
        s->ascii = ((StrObj *)AS_OBJ(string))->ascii;
        return 0;
    }
    if (IS_BYTES(string) || IS_BYTEARRAY(string)) {
        if (p && !p->is_bytes) {
            err_set(ExcTypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        s->is_bytes = s->ascii = true;
        if (IS_BYTES(string)) {
            s->data = BYTES_DATA(string);
            s->size = BYTES_SIZE(string);
        } else {
            /* a private copy: a callback (sub with a function) may change the bytearray */
            ByteArrayObj *a = (ByteArrayObj *)AS_OBJ(string);
            s->keep = bytes_from(a->data ? a->data : "", a->size);
            if (!s->keep) return -1;
            s->data = BYTES_DATA(s->keep);
            s->size = BYTES_SIZE(s->keep);
        }
        s->len = s->size;
        return 0;
    }
    err_format(ExcTypeError, "expected string or bytes-like object, got '%N'", string);
    return -1;
}

void re_subject_release(ReSubject *s) { CLEAR(s->keep); }

size_t re_b2c(ReSubject *s, size_t b) {
    if (s->ascii) return b;
    const unsigned char *d = (const unsigned char *)s->data;
    size_t c = s->cur_c;
    if (b >= s->cur_b) {
        for (size_t i = s->cur_b; i < b; i++) c += (d[i] & 0xC0) != 0x80;
    } else {
        for (size_t i = b; i < s->cur_b; i++) c -= (d[i] & 0xC0) != 0x80;
    }
    s->cur_b = b;
    s->cur_c = c;
    return c;
}

size_t re_c2b(ReSubject *s, size_t c) {
    if (s->ascii) return c;
    const unsigned char *d = (const unsigned char *)s->data;
    size_t b = s->cur_b, k = s->cur_c;
    if (c == 0) { b = 0; k = 0; }
    else if (c >= s->len) { b = s->size; k = s->len; }
    while (k < c) {
        b++;
        while (b < s->size && (d[b] & 0xC0) == 0x80) b++;
        k++;
    }
    while (k > c) {
        b--;
        while (b > 0 && (d[b] & 0xC0) == 0x80) b--;
        k--;
    }
    s->cur_b = b;
    s->cur_c = k;
    return b;
}

Value re_substring(ReSubject *s, size_t bs, size_t be, size_t cs, size_t ce) {
    if (s->is_bytes) return bytes_from(s->data + bs, be - bs);
    if (bs == 0 && be == s->size && IS_TYPE(s->orig, &StrType)) return NEWREF(s->orig);
    if (be == bs) return str_empty();
    StrObj *o = str_alloc(be - bs);
    if (!o) return VNULL;
    memcpy(o->data, s->data + bs, be - bs);
    o->len = ce - cs;
    o->ascii = o->len == be - bs;
    return OBJ_VAL(o);
}

/* group g of the last match (in p->md) as a value; unmatched groups give `dflt` (borrowed). */
static Value ov_group(PatternObj *p, ReSubject *s, int rc, int g, Value dflt) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
    if (g >= rc || ov[2 * g] == PCRE2_UNSET) return NEWREF(dflt);
    size_t bs = ov[2 * g], be = ov[2 * g + 1];
    size_t cs = re_b2c(s, bs), ce = re_b2c(s, be);
    return re_substring(s, bs, be, cs, ce);
}

static Value empty_of(bool is_bytes) { return is_bytes ? bytes_from("", 0) : str_empty(); }

/* ---- compiling ---- */

static pcre2_code *pcre_compile(PatternObj *p, uint32_t extra, Value pattern) {
    int err;
    PCRE2_SIZE off;
    pcre2_code *c = pcre2_compile((PCRE2_SPTR)p->xpat, p->xlen, p->copts | extra, &err, &off, cctx);
    if (!c) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(err, buf, sizeof buf);
        if (err == 125) re_raise_error("look-behind requires fixed-width pattern", VNULL, -1);
        else if (err == PCRE2_ERROR_HEAPLIMIT || err == 121) err_no_memory();
        else re_raise_error((const char *)buf, pattern, -1);
        return NULL;
    }
    pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);   /* without the JIT, the interpreter runs it */
    return c;
}

enum { M_SEARCH, M_MATCH, M_FULL };

static pcre2_code *variant(PatternObj *p, int mode) {
    if (mode == M_SEARCH) return p->code;
    pcre2_code **slot = mode == M_MATCH ? &p->code_match : &p->code_full;
    if (!*slot)
        *slot = pcre_compile(p, mode == M_MATCH ? PCRE2_ANCHORED : PCRE2_ANCHORED | PCRE2_ENDANCHORED, p->pattern);
    return *slot;
}

/* Runs the pattern on s[start_b, end_b); the result is in p->md. Returns rc (> 0) on a
 * match, 0 for none, -1 with an exception. */
static int run(PatternObj *p, int mode, ReSubject *s, size_t start_b, size_t end_b, uint32_t opts) {
    pcre2_code *c = variant(p, mode);
    if (!c) return -1;
    PCRE2_SPTR subj = (PCRE2_SPTR)(s->data ? s->data : "");
    int rc = pcre2_match(c, subj, end_b, start_b, opts, p->md, mctx);
    /* deep backtracking can exhaust the JIT's stack: the interpreter keeps its state on the heap */
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) rc = pcre2_match(c, subj, end_b, start_b, opts | PCRE2_NO_JIT, p->md, mctx);
    if (rc > 0) return rc;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc == 0) rc = PCRE2_ERROR_NOMEMORY;
    match_failed(rc);
    return -1;
}

static int check_flags(bool is_bytes, int64_t flags) {
    if (!is_bytes) {
        if (flags & RE_LOCALE) { err_set(ExcValueError, "cannot use LOCALE flag with a str pattern"); return -1; }
        if ((flags & RE_ASCII) && (flags & RE_UNICODE)) {
            err_set(ExcValueError, "ASCII and UNICODE flags are incompatible");
            return -1;
        }
    } else {
        if (flags & RE_UNICODE) { err_set(ExcValueError, "cannot use UNICODE flag with a bytes pattern"); return -1; }
        if ((flags & RE_ASCII) && (flags & RE_LOCALE)) {
            err_set(ExcValueError, "ASCII and LOCALE flags are incompatible");
            return -1;
        }
    }
    return 0;
}

static Value new_pattern(Value pattern, bool is_bytes, int flags) {
    const char *src = is_bytes ? BYTES_DATA(pattern) : STR_DATA(pattern);
    size_t n = is_bytes ? BYTES_SIZE(pattern) : STR_SIZE(pattern);
    if (check_flags(is_bytes, flags) < 0) return VNULL;
    ReTrans t;
    if (re_translate(&t, src, n, is_bytes, flags) < 0) {
        if (t.nomem) err_no_memory();
        else if (t.errpos == -2) err_set(ExcOverflowError, t.errmsg);
        else {
            intptr_t pos = t.errpos;
            if (pos >= 0 && !is_bytes) pos = (intptr_t)utf8_count(src, (size_t)pos);
            re_raise_error(t.errmsg, pattern, pos);
        }
        re_trans_free(&t);
        return VNULL;
    }
    flags = t.flags;
    if (!is_bytes && !(flags & RE_ASCII)) flags |= RE_UNICODE;
    if (!is_bytes && (flags & RE_ASCII) && (flags & RE_UNICODE)) {
        re_trans_free(&t);
        err_set(ExcValueError, "ASCII and UNICODE flags are incompatible");
        return VNULL;
    }
    PatternObj *p = (PatternObj *)obj_alloc(&RePatternType);
    if (!p) { re_trans_free(&t); return VNULL; }
    p->pattern = NEWREF(pattern);
    p->flags = flags;
    p->is_bytes = is_bytes;
    p->ngroups = t.ngroups;
    p->hash = -1;
    p->xpat = t.out;
    p->xlen = t.outlen;
    p->closepos = t.closepos;
    t.out = NULL;
    t.closepos = NULL;
    /* ALT_CIRCUMFLEX: a multiline ^ also matches after a newline that ends the subject, as in Python */
    uint32_t o = PCRE2_ALT_CIRCUMFLEX;
    if (flags & RE_IGNORECASE) o |= PCRE2_CASELESS;
    if (flags & RE_MULTILINE) o |= PCRE2_MULTILINE;
    if (flags & RE_DOTALL) o |= PCRE2_DOTALL;
    if (!is_bytes) {
        o |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!(flags & RE_ASCII)) o |= PCRE2_UCP;
    }
    p->copts = o;
    Value self = OBJ_VAL(p);
    if (!(p->groupindex = dict_new()) || !(p->indexgroup = tuple_new((size_t)t.ngroups + 1))) goto fail;
    for (int g = 0; g <= t.ngroups; g++) tuple_set_steal(p->indexgroup, (size_t)g, NONE);
    for (size_t i = 0; i < t.nnames; i++) {
        Value name = str_from_utf8_lossy(t.names[i].name, t.names[i].len);
        if (!name) goto fail;
        int r = dict_set(p->groupindex, name, MAKE_SMALL(t.names[i].index));
        tuple_set_steal(p->indexgroup, (size_t)t.names[i].index, name);
        if (r < 0) goto fail;
    }
    re_trans_free(&t);
    if (!(p->code = pcre_compile(p, 0, pattern))) { DECREF(self); return VNULL; }
    if (!(p->md = pcre2_match_data_create_from_pattern(p->code, NULL))) { DECREF(self); err_no_memory(); return VNULL; }
    return self;
fail:
    re_trans_free(&t);
    DECREF(self);
    return VNULL;
}

/* A small direct-mapped cache of compiled patterns, keyed by (type, pattern, flags). */
#define CACHE_SIZE 256
static struct { Value key; int flags; Value pat; } cache[CACHE_SIZE];

static void cache_clear(void) {
    for (size_t i = 0; i < CACHE_SIZE; i++) {
        CLEAR(cache[i].key);
        CLEAR(cache[i].pat);
    }
}

static int64_t flags_of(Value v, bool *ok) {
    *ok = true;
    if (!v) return 0;
    if (!IS_INT(v)) {
        err_format(ExcTypeError, "unsupported operand type(s) for &: '%N' and 'RegexFlag'", v);
        *ok = false;
        return 0;
    }
    int64_t f;
    if (int_as_i64(v, &f) < 0) { *ok = false; return 0; }
    return f;
}

static Value compile_value(Value pattern, Value flagsv) {
    bool ok;
    int64_t flags = flags_of(flagsv, &ok);
    if (!ok) return VNULL;
    if (IS_TYPE(pattern, &RePatternType)) {
        if (flags) {
            err_set(ExcValueError, "cannot process flags argument with a compiled pattern");
            return VNULL;
        }
        return NEWREF(pattern);
    }
    bool is_bytes;
    const char *d;
    size_t n;
    if (IS_STR(pattern)) { is_bytes = false; d = STR_DATA(pattern); n = STR_SIZE(pattern); }
    else if (IS_BYTES(pattern)) { is_bytes = true; d = BYTES_DATA(pattern); n = BYTES_SIZE(pattern); }
    else {
        err_set(ExcTypeError, "first argument must be string or compiled pattern");
        return VNULL;
    }
    uint64_t h = (uint64_t)hash_bytes(d, n) ^ (uint64_t)flags * 0x9E3779B97F4A7C15u ^ is_bytes;
    size_t slot = (size_t)(h ^ (h >> 17)) & (CACHE_SIZE - 1);
    Value k = cache[slot].key;
    if (k && cache[slot].flags == (int)flags && TYPE(k) == TYPE(pattern)) {
        size_t kn = is_bytes ? BYTES_SIZE(k) : STR_SIZE(k);
        const char *kd = is_bytes ? BYTES_DATA(k) : STR_DATA(k);
        if (kn == n && memcmp(kd, d, n) == 0) return NEWREF(cache[slot].pat);
    }
    if (flags != (int)flags) flags &= 0x7fffffff;
    Value p = new_pattern(pattern, is_bytes, (int)flags);
    if (!p) return VNULL;
    CLEAR(cache[slot].key);
    CLEAR(cache[slot].pat);
    cache[slot].key = NEWREF(pattern);
    cache[slot].flags = (int)flags;
    cache[slot].pat = NEWREF(p);
    return p;
}

/* ---- Pattern methods ---- */

/* Resolves pos/endpos (code points, clamped as CPython does) for subject s. */
static int get_range(ReSubject *s, Value posv, Value endv, intptr_t *pos, intptr_t *endpos) {
    intptr_t a = 0, b = (intptr_t)s->len;
    if (posv && obj_as_ssize(posv, &a) < 0) return -1;
    if (endv && obj_as_ssize(endv, &b) < 0) return -1;
    if (a < 0) a = 0;
    if (a > (intptr_t)s->len) a = (intptr_t)s->len;
    if (b < 0) b = 0;
    if (b > (intptr_t)s->len) b = (intptr_t)s->len;
    *pos = a;
    *endpos = b;
    return 0;
}

static Value do_match(PatternObj *p, int mode, Value string, Value posv, Value endv) {
    ReSubject s;
    if (re_subject_init(&s, p, string) < 0) return VNULL;
    intptr_t pos, endpos;
    Value r = VNULL;
    if (get_range(&s, posv, endv, &pos, &endpos) < 0) goto done;
    if (endpos < pos) { r = NONE; goto done; }
    size_t sb = re_c2b(&s, (size_t)pos), eb = re_c2b(&s, (size_t)endpos);
    int rc = run(p, mode, &s, sb, eb, 0);
    if (rc < 0) goto done;
    r = rc == 0 ? NONE : re_match_new(p, &s, rc, pos, endpos);
done:
    re_subject_release(&s);
    return r;
}

static const char *const kw_match[] = {"string", "pos", "endpos", NULL};

#define MATCH_METHOD(cname, pyname, mode) \
    static Value cname(Value self, const Value *args, size_t nargs, Value kwnames) { \
        Value a[3]; \
        if (arg_parse(pyname, args, nargs, kwnames, kw_match, 3, 1, a) < 0) return VNULL; \
        return do_match(PATTERN(self), mode, a[0], a[1], a[2]); \
    }
MATCH_METHOD(pat_match, "match", M_MATCH)
MATCH_METHOD(pat_fullmatch, "fullmatch", M_FULL)
MATCH_METHOD(pat_search, "search", M_SEARCH)

/* Iteration over successive matches (finditer, findall, sub, split). */
typedef struct Scan { PatternObj *p; ReSubject *s; size_t pos_b, end_b; bool must_advance, done; } Scan;

static int scan_next(Scan *sc) {
    if (sc->done) return 0;
    if (sc->pos_b > sc->end_b) { sc->done = true; return 0; }
    int rc = run(sc->p, M_SEARCH, sc->s, sc->pos_b, sc->end_b, sc->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0);
    if (rc <= 0) { sc->done = true; return rc; }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->p->md);
    sc->must_advance = ov[0] == ov[1];
    sc->pos_b = ov[1];
    return rc;
}

static Value pat_findall(Value self, const Value *args, size_t nargs, Value kwnames) {
    PatternObj *p = PATTERN(self);
    Value a[3];
    if (arg_parse("findall", args, nargs, kwnames, kw_match, 3, 1, a) < 0) return VNULL;
    ReSubject s;
    if (re_subject_init(&s, p, a[0]) < 0) return VNULL;
    Value list = VNULL, empty = VNULL;
    intptr_t pos, endpos;
    if (get_range(&s, a[1], a[2], &pos, &endpos) < 0) goto fail;
    if (!(list = list_new(0)) || !(empty = empty_of(p->is_bytes))) goto fail;
    if (endpos < pos) goto done;
    Scan sc = {p, &s, re_c2b(&s, (size_t)pos), re_c2b(&s, (size_t)endpos), false, false};
    int rc;
    while ((rc = scan_next(&sc)) > 0) {
        Value item;
        if (p->ngroups == 0) item = ov_group(p, &s, rc, 0, empty);
        else if (p->ngroups == 1) item = ov_group(p, &s, rc, 1, empty);
        else {
            item = tuple_new((size_t)p->ngroups);
            if (!item) goto fail;
            for (int g = 1; g <= p->ngroups; g++) {
                Value v = ov_group(p, &s, rc, g, empty);
                if (!v) {
                    for (int k = g; k <= p->ngroups; k++) tuple_set_steal(item, (size_t)k - 1, NEWREF(NONE));
                    DECREF(item);
                    goto fail;
                }
                tuple_set_steal(item, (size_t)g - 1, v);
            }
        }
        if (!item) goto fail;
        int r = list_append(list, item);
        DECREF(item);
        if (r < 0) goto fail;
    }
    if (rc < 0) goto fail;
done:
    DECREF(empty);
    re_subject_release(&s);
    return list;
fail:
    XDECREF(list);
    XDECREF(empty);
    re_subject_release(&s);
    return VNULL;
}

/* finditer's iterator */
typedef struct ScanIterObj {
    Obj hdr;
    Value pattern, string;
    ReSubject s;
    Scan sc;
    intptr_t pos, endpos;
} ScanIterObj;

static Value pat_finditer(Value self, const Value *args, size_t nargs, Value kwnames) {
    PatternObj *p = PATTERN(self);
    Value a[3];
    if (arg_parse("finditer", args, nargs, kwnames, kw_match, 3, 1, a) < 0) return VNULL;
    ScanIterObj *it = (ScanIterObj *)obj_alloc(&ReScannerIterType);
    if (!it) return VNULL;
    it->pattern = NEWREF(self);
    it->string = NEWREF(a[0]);
    Value r = OBJ_VAL(it);
    if (re_subject_init(&it->s, p, a[0]) < 0 || get_range(&it->s, a[1], a[2], &it->pos, &it->endpos) < 0) {
        DECREF(r);
        return VNULL;
    }
    it->s.orig = it->string;
    it->sc = (Scan){p, &it->s, re_c2b(&it->s, (size_t)it->pos), re_c2b(&it->s, (size_t)it->endpos), false,
                    it->endpos < it->pos};
    return r;
}

static Value scaniter_next(Value self) {
    ScanIterObj *it = (ScanIterObj *)AS_OBJ(self);
    it->sc.s = &it->s;
    int rc = scan_next(&it->sc);
    if (rc <= 0) return VNULL;
    return re_match_new(PATTERN(it->pattern), &it->s, rc, it->pos, it->endpos);
}

static Value scaniter_iter(Value self) { return NEWREF(self); }

static void scaniter_dealloc(Obj *o) {
    ScanIterObj *it = (ScanIterObj *)o;
    re_subject_release(&it->s);
    XDECREF(it->pattern);
    XDECREF(it->string);
    obj_free(o);
}

static Value no_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    err_format(ExcTypeError, "cannot create '%s' instances", t->name);
    return VNULL;
}

Type ReScannerIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "callable_iterator",
    .basicsize = sizeof(ScanIterObj),
    .base = &ObjectType,
    .dealloc = scaniter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = scaniter_iter,
    .iternext = scaniter_next,
    .new_ = no_new,
};

static bool is_callable(Value v) { return !IS_SMALL(v) && TYPE(v)->call != NULL; }

static Value wrong_piece(bool is_bytes, size_t index, Value item) {
    if (is_bytes) err_format(ExcTypeError, "sequence item %zu: expected a bytes-like object, %N found", index, item);
    else err_format(ExcTypeError, "sequence item %zu: expected str instance, %N found", index, item);
    return VNULL;
}

/* sub and subn: returns the new string (and *nsubs). */
static Value subx(PatternObj *p, Value repl, Value string, intptr_t count, intptr_t *nsubs) {
    ReSubject s;
    if (re_subject_init(&s, p, string) < 0) return VNULL;
    bool call = !IS_STR(repl) && !IS_BYTES(repl) && !IS_BYTEARRAY(repl);
    if (call && !is_callable(repl)) {
        re_subject_release(&s);
        err_format(ExcTypeError, "decoding to str: need a bytes-like object, %N found", repl);
        return VNULL;
    }
    ReTemplate tm = {0};
    bool have_tm = false;
    ReBuf out = {0};
    size_t last = 0, pieces = 0;
    intptr_t n = 0;
    Scan sc = {p, &s, 0, s.size, false, count < 0};
    int rc = 0;
    while (!(count > 0 && n >= count) && (rc = scan_next(&sc)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
        size_t ms = ov[0], me = ov[1];
        n++;
        if (ms > last) {
            if (re_buf_put(&out, s.data + last, ms - last) < 0) goto fail;
            pieces++;
        }
        last = me;
        if (call) {
            Value m = re_match_new(p, &s, rc, 0, (intptr_t)s.len);
            if (!m) goto fail;
            Value r = obj_call1(repl, m);
            DECREF(m);
            if (!r) goto fail;
            if (r != NONE) {
                const char *d = NULL;
                size_t dn = 0;
                if (!p->is_bytes && IS_STR(r)) { d = STR_DATA(r); dn = STR_SIZE(r); }
                else if (p->is_bytes && !IS_STR(r)) bytes_view(r, &d, &dn);
                if (!d) { wrong_piece(p->is_bytes, pieces, r); DECREF(r); goto fail; }
                int k = re_buf_put(&out, d, dn);
                DECREF(r);
                if (k < 0) goto fail;
                pieces++;
            }
        } else {
            if (!have_tm) {
                if (p->is_bytes == IS_STR(repl)) { wrong_piece(p->is_bytes, pieces, repl); goto fail; }
                if (re_template_compile(&tm, p, repl) < 0) goto fail;
                have_tm = true;
            }
            for (size_t i = 0; i < tm.nitems; i++) {
                ReTmplItem *it = &tm.items[i];
                if (it->group < 0) {
                    if (re_buf_put(&out, tm.lit + it->off, it->len) < 0) goto fail;
                } else if (it->group < rc && ov[2 * it->group] != PCRE2_UNSET) {
                    size_t a = ov[2 * it->group], b = ov[2 * it->group + 1];
                    if (re_buf_put(&out, s.data + a, b - a) < 0) goto fail;
                }
            }
            pieces++;
        }
    }
    if (rc < 0) goto fail;
    if (have_tm) re_template_free(&tm);
    *nsubs = n;
    Value r;
    if (n == 0 && (IS_TYPE(string, &StrType) || IS_TYPE(string, &BytesType))) {
        mem_free(out.data);
        r = NEWREF(string);
    } else {
        if (re_buf_put(&out, s.data + last, s.size - last) < 0) goto fail;
        r = re_buf_finish(&out, p->is_bytes);
    }
    re_subject_release(&s);
    return r;
fail:
    if (have_tm) re_template_free(&tm);
    mem_free(out.data);
    re_subject_release(&s);
    return VNULL;
}

static const char *const kw_sub[] = {"repl", "string", "count", NULL};

static Value sub_common(Value self, const Value *args, size_t nargs, Value kwnames, const char *name, bool subn) {
    Value a[3];
    if (arg_parse(name, args, nargs, kwnames, kw_sub, 3, 2, a) < 0) return VNULL;
    intptr_t count = 0, n;
    if (a[2] && obj_as_ssize(a[2], &count) < 0) return VNULL;
    Value r = subx(PATTERN(self), a[0], a[1], count, &n);
    if (!r || !subn) return r;
    Value t = tuple_pack(2, r, MAKE_SMALL(n));
    DECREF(r);
    return t;
}

static Value pat_sub(Value self, const Value *args, size_t nargs, Value kwnames) {
    return sub_common(self, args, nargs, kwnames, "sub", false);
}
static Value pat_subn(Value self, const Value *args, size_t nargs, Value kwnames) {
    return sub_common(self, args, nargs, kwnames, "subn", true);
}

static Value split_impl(PatternObj *p, Value string, intptr_t maxsplit) {
    ReSubject s;
    if (re_subject_init(&s, p, string) < 0) return VNULL;
    Value list = list_new(0);
    if (!list) goto fail;
    size_t last = 0, lastc = 0;
    intptr_t n = 0;
    Scan sc = {p, &s, 0, s.size, false, maxsplit < 0};
    int rc = 0;
    while (!(maxsplit > 0 && n >= maxsplit) && (rc = scan_next(&sc)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
        size_t ms = ov[0], me = ov[1];
        size_t msc = re_b2c(&s, ms), mec = re_b2c(&s, me);
        Value piece = re_substring(&s, last, ms, lastc, msc);
        if (!piece) goto fail;
        int r = list_append(list, piece);
        DECREF(piece);
        if (r < 0) goto fail;
        for (int g = 1; g <= p->ngroups; g++) {
            Value v = ov_group(p, &s, rc, g, NONE);
            if (!v) goto fail;
            r = list_append(list, v);
            DECREF(v);
            if (r < 0) goto fail;
        }
        last = me;
        lastc = mec;
        n++;
    }
    if (rc < 0) goto fail;
    Value tail = re_substring(&s, last, s.size, lastc, s.len);
    if (!tail) goto fail;
    int r = list_append(list, tail);
    DECREF(tail);
    if (r < 0) goto fail;
    re_subject_release(&s);
    return list;
fail:
    XDECREF(list);
    re_subject_release(&s);
    return VNULL;
}

static const char *const kw_split[] = {"string", "maxsplit", NULL};

static Value pat_split(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (arg_parse("split", args, nargs, kwnames, kw_split, 2, 1, a) < 0) return VNULL;
    intptr_t maxsplit = 0;
    if (a[1] && obj_as_ssize(a[1], &maxsplit) < 0) return VNULL;
    return split_impl(PATTERN(self), a[0], maxsplit);
}

static Value pat_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return NEWREF(self);
}

/* re.Pattern[str] (type hints) */
Value re_class_getitem(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("__class_getitem__", nargs, kwnames, 1, 1) < 0) return VNULL;
    return generic_alias_new(cls, args[0]);
}

static const MethodDef pattern_methods[] = {
    {"__class_getitem__", re_class_getitem, METH_CLASS},
    {"match", pat_match, 0},
    {"fullmatch", pat_fullmatch, 0},
    {"search", pat_search, 0},
    {"findall", pat_findall, 0},
    {"finditer", pat_finditer, 0},
    {"sub", pat_sub, 0},
    {"subn", pat_subn, 0},
    {"split", pat_split, 0},
    {"__copy__", pat_copy, 0},
    {"__deepcopy__", pat_copy, 0},
    {NULL, NULL, 0},
};

static Value pat_get_pattern(Value self) { return NEWREF(PATTERN(self)->pattern); }
static Value pat_get_flags(Value self) { return MAKE_SMALL(PATTERN(self)->flags); }
static Value pat_get_groups(Value self) { return MAKE_SMALL(PATTERN(self)->ngroups); }
static Value pat_get_groupindex(Value self) { return mappingproxy_new(PATTERN(self)->groupindex); }

static const GetSetDef pattern_getsets[] = {
    {"pattern", pat_get_pattern, NULL},
    {"flags", pat_get_flags, NULL},
    {"groups", pat_get_groups, NULL},
    {"groupindex", pat_get_groupindex, NULL},
    {NULL, NULL, NULL},
};

/* Appends at most `limit` code points of repr(v). */
static int put_repr_limited(StrBuf *b, Value v, size_t limit) {
    Value r = obj_repr(v);
    if (!r) return -1;
    size_t n = STR_SIZE(r);
    if (STR_LEN(r) > limit) n = str_byte_offset(r, limit);
    sb_putn(b, STR_DATA(r), n);
    DECREF(r);
    return 0;
}

static Value pat_repr(Value self) {
    PatternObj *p = PATTERN(self);
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "re.compile(");
    if (put_repr_limited(&b, p->pattern, 200) < 0) { sb_discard(&b); return VNULL; }
    int f = p->flags;
    if (!p->is_bytes) f &= ~RE_UNICODE;
    if (f) {
        static const struct { const char *name; int bit; } names[] = {
            {"re.TEMPLATE", RE_TEMPLATE}, {"re.IGNORECASE", RE_IGNORECASE}, {"re.LOCALE", RE_LOCALE},
            {"re.MULTILINE", RE_MULTILINE}, {"re.DOTALL", RE_DOTALL}, {"re.UNICODE", RE_UNICODE},
            {"re.VERBOSE", RE_VERBOSE}, {"re.DEBUG", RE_DEBUG}, {"re.ASCII", RE_ASCII},
        };
        sb_puts(&b, ", ");
        bool first = true;
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            if (!(f & names[i].bit)) continue;
            if (!first) sb_putc(&b, '|');
            sb_puts(&b, names[i].name);
            first = false;
            f &= ~names[i].bit;
        }
        if (f) sb_printf(&b, "%s0x%x", first ? "" : "|", (unsigned)f);
    }
    sb_putc(&b, ')');
    return sb_finish(&b);
}

static int64_t pat_hash(Value self) {
    PatternObj *p = PATTERN(self);
    if (p->hash == -1) {
        int64_t h = obj_hash(p->pattern);
        if (h == -1) return -1;
        h ^= (int64_t)p->flags * 1000003;
        p->hash = h == -1 ? -2 : h;
    }
    return p->hash;
}

static Value pat_richcompare(Value a, Value b, int op) {
    if ((op != 2 && op != 3) || !IS_TYPE(b, &RePatternType)) return NOTIMPLEMENTED;
    PatternObj *x = PATTERN(a), *y = PATTERN(b);
    bool eq = x == y;
    if (!eq && x->flags == y->flags && x->is_bytes == y->is_bytes) {
        int r = obj_richcompare_bool(x->pattern, y->pattern, 2);
        if (r < 0) return VNULL;
        eq = r;
    }
    return BOOL_VAL(op == 2 ? eq : !eq);
}

static void pat_dealloc(Obj *o) {
    PatternObj *p = (PatternObj *)o;
    XDECREF(p->pattern);
    XDECREF(p->groupindex);
    XDECREF(p->indexgroup);
    if (p->code) pcre2_code_free(p->code);
    if (p->code_match) pcre2_code_free(p->code_match);
    if (p->code_full) pcre2_code_free(p->code_full);
    if (p->md) pcre2_match_data_free(p->md);
    free(p->xpat);
    free(p->closepos);
    obj_free(o);
}

Type RePatternType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "re.Pattern",
    .basicsize = sizeof(PatternObj),
    .base = &ObjectType,
    .dealloc = pat_dealloc,
    .repr = pat_repr,
    .hash = pat_hash,
    .richcompare = pat_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = no_new,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
};

/* ---- module functions: compile the pattern (cached), then call the method ---- */

static Value with_pattern(Value pattern, Value flags, Value *out) {
    *out = compile_value(pattern, flags);
    return *out;
}

#define MOD_MATCH(cname, pyname, mode) \
    static Value cname(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self; \
        static const char *const kw[] = {"pattern", "string", "flags", NULL}; \
        Value a[3], p; \
        if (arg_parse(pyname, args, nargs, kwnames, kw, 3, 2, a) < 0) return VNULL; \
        if (!with_pattern(a[0], a[2], &p)) return VNULL; \
        Value r = do_match(PATTERN(p), mode, a[1], VNULL, VNULL); \
        DECREF(p); \
        return r; \
    }
MOD_MATCH(re_match, "match", M_MATCH)
MOD_MATCH(re_fullmatch, "fullmatch", M_FULL)
MOD_MATCH(re_search, "search", M_SEARCH)

static Value re_compile(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"pattern", "flags", NULL};
    Value a[2];
    if (arg_parse("compile", args, nargs, kwnames, kw, 2, 1, a) < 0) return VNULL;
    return compile_value(a[0], a[1]);
}

static Value call_on_pattern(Value p, Value (*fn)(Value, const Value *, size_t, Value), const Value *args, size_t n) {
    Value r = fn(p, args, n, VNULL);
    DECREF(p);
    return r;
}

static Value re_findall(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"pattern", "string", "flags", NULL};
    Value a[3], p;
    if (arg_parse("findall", args, nargs, kwnames, kw, 3, 2, a) < 0) return VNULL;
    if (!with_pattern(a[0], a[2], &p)) return VNULL;
    return call_on_pattern(p, pat_findall, &a[1], 1);
}

static Value re_finditer(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"pattern", "string", "flags", NULL};
    Value a[3], p;
    if (arg_parse("finditer", args, nargs, kwnames, kw, 3, 2, a) < 0) return VNULL;
    if (!with_pattern(a[0], a[2], &p)) return VNULL;
    return call_on_pattern(p, pat_finditer, &a[1], 1);
}

static Value mod_sub(const Value *args, size_t nargs, Value kwnames, const char *name, bool subn) {
    static const char *const kw[] = {"pattern", "repl", "string", "count", "flags", NULL};
    Value a[5], p;
    if (arg_parse(name, args, nargs, kwnames, kw, 5, 3, a) < 0) return VNULL;
    intptr_t count = 0, n;
    if (a[3] && obj_as_ssize(a[3], &count) < 0) return VNULL;
    if (!with_pattern(a[0], a[4], &p)) return VNULL;
    Value r = subx(PATTERN(p), a[1], a[2], count, &n);
    DECREF(p);
    if (!r || !subn) return r;
    Value t = tuple_pack(2, r, MAKE_SMALL(n));
    DECREF(r);
    return t;
}

static Value re_sub(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return mod_sub(args, nargs, kwnames, "sub", false);
}
static Value re_subn(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return mod_sub(args, nargs, kwnames, "subn", true);
}

static Value re_split(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"pattern", "string", "maxsplit", "flags", NULL};
    Value a[4], p;
    if (arg_parse("split", args, nargs, kwnames, kw, 4, 2, a) < 0) return VNULL;
    intptr_t maxsplit = 0;
    if (a[2] && obj_as_ssize(a[2], &maxsplit) < 0) return VNULL;
    if (!with_pattern(a[0], a[3], &p)) return VNULL;
    Value r = split_impl(PATTERN(p), a[1], maxsplit);
    DECREF(p);
    return r;
}

static Value re_escape(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"pattern", NULL};
    Value a[1];
    if (arg_parse("escape", args, nargs, kwnames, kw, 1, 1, a) < 0) return VNULL;
    const char *d;
    size_t n;
    bool is_bytes = !IS_STR(a[0]);
    if (!is_bytes) { d = STR_DATA(a[0]); n = STR_SIZE(a[0]); }
    else if (!bytes_view(a[0], &d, &n)) {
        err_format(ExcTypeError, "'%N' object is not iterable", a[0]);
        return VNULL;
    }
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    ReBuf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (d[i] && memchr(special, d[i], sizeof special - 1) && re_buf_put(&b, "\\", 1) < 0) goto fail;
        if (re_buf_put(&b, d + i, 1) < 0) goto fail;
    }
    return re_buf_finish(&b, is_bytes);
fail:
    mem_free(b.data);
    return VNULL;
}

static Value re_purge(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_simple("purge", nargs, kwnames, 0, 0) < 0) return VNULL;
    cache_clear();
    RETURN_NONE;
}

static const MethodDef re_methods[] = {
    {"compile", re_compile, 0},
    {"match", re_match, 0},
    {"fullmatch", re_fullmatch, 0},
    {"search", re_search, 0},
    {"findall", re_findall, 0},
    {"finditer", re_finditer, 0},
    {"sub", re_sub, 0},
    {"subn", re_subn, 0},
    {"split", re_split, 0},
    {"escape", re_escape, 0},
    {"purge", re_purge, 0},
    {NULL, NULL, 0},
};

/* re.error and re.RegexFlag: plain classes, simplest written in Python. */
static const char RE_PY[] =
    "class error(Exception):\n"
    "    def __init__(self, msg, pattern=None, pos=None):\n"
    "        self.msg = msg\n"
    "        self.pattern = pattern\n"
    "        self.pos = pos\n"
    "        self.lineno = self.colno = None\n"
    "        if pattern is not None and pos is not None:\n"
    "            msg = '%s at position %d' % (msg, pos)\n"
    "            nl = '\\n' if isinstance(pattern, str) else b'\\n'\n"
    "            self.lineno = pattern.count(nl, 0, pos) + 1\n"
    "            self.colno = pos - pattern.rfind(nl, 0, pos)\n"
    "            if nl in pattern:\n"
    "                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)\n"
    "        Exception.__init__(self, msg)\n"
    "class RegexFlag(int):\n"
    "    _names = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),\n"
    "              ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))\n"
    "    def __repr__(self):\n"
    "        v = int(self)\n"
    "        parts = []\n"
    "        for name, bit in RegexFlag._names:\n"
    "            if v & bit:\n"
    "                parts.append('re.' + name)\n"
    "                v &= ~bit\n"
    "        if v:\n"
    "            parts.append(hex(v))\n"
    "        return '|'.join(parts) if parts else 're.NOFLAG'\n"
    "    __str__ = __repr__\n"
    "    def __format__(self, spec):\n"
    "        return format(str(self), spec) if not spec else int.__format__(int(self), spec)\n"
    "    def __or__(self, other):\n"
    "        if not isinstance(other, int): return NotImplemented\n"
    "        return RegexFlag(int(self) | int(other))\n"
    "    def __and__(self, other):\n"
    "        if not isinstance(other, int): return NotImplemented\n"
    "        return RegexFlag(int(self) & int(other))\n"
    "    def __xor__(self, other):\n"
    "        if not isinstance(other, int): return NotImplemented\n"
    "        return RegexFlag(int(self) ^ int(other))\n"
    "    __ror__ = __or__\n"
    "    __rand__ = __and__\n"
    "    __rxor__ = __xor__\n"
    "    def __invert__(self):\n"
    "        return RegexFlag(511 & ~int(self))\n"
    "NOFLAG = RegexFlag(0)\n"
    "A = ASCII = RegexFlag(256)\n"
    "I = IGNORECASE = RegexFlag(2)\n"
    "L = LOCALE = RegexFlag(4)\n"
    "U = UNICODE = RegexFlag(32)\n"
    "M = MULTILINE = RegexFlag(8)\n"
    "S = DOTALL = RegexFlag(16)\n"
    "X = VERBOSE = RegexFlag(64)\n"
    "T = TEMPLATE = RegexFlag(1)\n"
    "DEBUG = RegexFlag(128)\n"
    "for _n in ('NOFLAG', 'ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL',\n"
    "           'VERBOSE', 'TEMPLATE', 'DEBUG'):\n"
    "    setattr(RegexFlag, _n, globals()[_n])\n"
    "del _n\n";

static int init_pcre(void) {
    if (cctx) return 0;
    cctx = pcre2_compile_context_create(NULL);
    mctx = pcre2_match_context_create(NULL);
    jit_stack = pcre2_jit_stack_create(32 * 1024, 8 * 1024 * 1024, NULL);
    if (!cctx || !mctx) { err_no_memory(); return -1; }
    pcre2_set_newline(cctx, PCRE2_NEWLINE_LF);
    if (jit_stack) pcre2_jit_stack_assign(mctx, NULL, jit_stack);
    return 0;
}

Value re_module_init(void) {
    if (init_pcre() < 0) return VNULL;
    Type *types[] = {&RePatternType, &ReMatchType, &ReScannerIterType};
    for (size_t i = 0; i < 3; i++)
        if (!(types[i]->flags & TPFLAG_READY) && type_ready(types[i]) < 0) return VNULL;
    Value name = str_intern_cstr("re");
    if (!name) return VNULL;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    if (module_add_functions(m, re_methods) < 0) goto fail;
    Value r = vm_run_source(RE_PY, sizeof RE_PY - 1, "<re>", d);
    if (!r) goto fail;
    DECREF(r);
    Value e = dict_get_cstr(d, "error"), f = dict_get_cstr(d, "RegexFlag");
    if (!e || !f) { err_set(ExcImportError, "re: initialisation failed"); goto fail; }
    XDECREF(error_type);
    XDECREF(flag_type);
    error_type = NEWREF(e);
    flag_type = NEWREF(f);
    if (dict_set_cstr(d, "Pattern", OBJ_VAL(&RePatternType)) < 0 ||
        dict_set_cstr(d, "Match", OBJ_VAL(&ReMatchType)) < 0)
        goto fail;
    return m;
fail:
    DECREF(m);
    return VNULL;
}
