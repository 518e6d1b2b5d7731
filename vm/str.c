/* str: immutable UTF-8 text indexed by code point. ASCII strings (len == size) index in
 * O(1); others walk the bytes. Hashes are cached in the object; one-character ASCII
 * strings and '' are shared; interned strings live in one table for the whole run. */
#include <locale.h>
#include <malloc.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "num.h"
#include "strutil.h"
#include "../stdlib/tracemalloc.h"
#include "objutil.h"
#include "ast.h"

/* ---------------- UTF-8 ---------------- */

int utf8_decode1(const unsigned char *s, uint32_t *cp) {
    unsigned char c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xE0) { *cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if (c < 0xF0) { *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F); return 3; }
    *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

int utf8_encode1(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* Lone surrogates (ED A0..BF xx) are accepted so that '\ud800' can exist, as in CPython. */
static size_t utf8_check_ex(const char *s0, size_t n, size_t *len, const char **reason, size_t *badlen,
                            bool allow_surrogates) {
    const unsigned char *s = (const unsigned char *)s0;
    size_t i = 0, count = 0;
    *reason = NULL;
    *badlen = 1;
    /* ASCII runs, eight bytes at a time */
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
    }
    count = i;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) { i++; count++; continue; }
        int need;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
        else { *reason = "invalid start byte"; break; }
        uint32_t cp = c & (0x3F >> need);
        int k;
        for (k = 1; k <= need; k++) {
            if (i + (size_t)k >= n) { *reason = "unexpected end of data"; break; }
            unsigned char d = s[i + (size_t)k];
            if ((d & 0xC0) != 0x80) { *reason = "invalid continuation byte"; break; }
            cp = (cp << 6) | (d & 0x3F);
            /* reject overlong and out-of-range forms as soon as the second byte shows them */
            if (k == 1 && ((c == 0xE0 && d < 0xA0) || (c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F) ||
                           (!allow_surrogates && c == 0xED && d >= 0xA0))) {
                *reason = "invalid continuation byte"; break;
            }
        }
        if (*reason) {
            *badlen = (size_t)(k > 1 ? k : 1);
            if (strcmp(*reason, "invalid continuation byte") == 0 && k == 1) *badlen = 1;
            break;
        }
        (void)min;
        i += (size_t)need + 1;
        count++;
    }
    *len = count;
    return i;
}

size_t utf8_check(const char *s, size_t n, size_t *len, const char **reason, size_t *badlen) {
    return utf8_check_ex(s, n, len, reason, badlen, true);
}

size_t utf8_check_strict(const char *s, size_t n, size_t *len, const char **reason, size_t *badlen) {
    return utf8_check_ex(s, n, len, reason, badlen, false);
}

/* ---------------- unicode classification ---------------- */

static void ensure_locale(void) {
    static bool done;
    if (!done) { done = true; setlocale(LC_CTYPE, "C.UTF-8"); }
}

bool unicode_isspace(uint32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool unicode_isprintable(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    if (cp < 0xA0 || cp == 0xAD) return false;
    if (unicode_isspace(cp)) return false;           /* Zs, Zl, Zp other than ' ' */
    if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000 ||
        cp == 0x061C || cp == 0x180E || (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD ||
        cp == 0x070F || cp == 0x110BD || (cp >= 0x1D173 && cp <= 0x1D17A) || cp == 0xE0001 ||
        (cp >= 0xE0020 && cp <= 0xE007F))
        return false;
    ensure_locale();
    return iswprint((wint_t)cp) != 0;
}

/* ---------------- allocation ---------------- */

static Value empty_str;
static Value char_cache[128];

static Value immortal(Value v) {
    if (v) AS_OBJ(v)->refcnt = IMMORTAL_REFCNT;
    return v;
}

/* Small exact strs are recycled through per-size free lists: building and dropping short
 * strings is the commonest allocation of all. Each block is malloc'd at exactly its class's
 * size, so under AddressSanitizer the lists stay on (a str filed into a larger class than its
 * block is then a heap-buffer-overflow at its next use) and a free block is poisoned past its
 * link. -DMINIPY_NO_FREELIST turns them off. */
#if defined(MINIPY_NO_FREELIST)
#define STR_FREELISTS 0
#else
#define STR_FREELISTS 1
#endif
#include "poison.h"
#define STR_STEP 16
#define STR_NCLASSES 8
#define STR_FREE_MAX 512
typedef struct StrFree { struct StrFree *next; } StrFree;
static StrFree *str_free_lists[STR_NCLASSES];
static int str_free_counts[STR_NCLASSES];

static inline size_t str_total(size_t size) { return offsetof(StrObj, data) + size + 1; }

static inline void str_init_fields(StrObj *s, size_t size) {
    s->hash = -1;
    s->size = size;
    s->len = size;
    s->ascii = 1;
    s->interned = 0;
    s->data[size] = 0;
}

static StrObj *str_alloc_slow(size_t size) {
    StrObj *s;
    size_t total = str_total(size);
    if (STR_FREELISTS && total <= STR_STEP * STR_NCLASSES) {
        size_t c = (total - 1) / STR_STEP;
        s = malloc((c + 1) * STR_STEP);
        if (!s) { err_no_memory(); return NULL; }
        s->hdr.refcnt = 1;
        s->hdr.type = &StrType;
    } else {
        s = (StrObj *)obj_alloc_var(&StrType, size + 1);
        if (!s) return NULL;
    }
    str_init_fields(s, size);
    return s;
}

/* The free-list pop inline (str_from_ascii's hot path); a new block or a big str out of line. */
static inline StrObj *str_alloc_inline(size_t size) {
    size_t total = str_total(size);
    if (STR_FREELISTS && total <= STR_STEP * STR_NCLASSES) {
        size_t c = (total - 1) / STR_STEP;
        StrFree *f = str_free_lists[c];
        if (f) {
            str_free_lists[c] = f->next;
            str_free_counts[c]--;
            POOL_UNPOISON((char *)f + sizeof *f, (c + 1) * STR_STEP - sizeof *f);
            StrObj *s = (StrObj *)f;
            s->hdr.refcnt = 1;
            s->hdr.type = &StrType;
            str_init_fields(s, size);
            return s;
        }
    }
    return str_alloc_slow(size);
}

StrObj *str_alloc(size_t size) { return str_alloc_inline(size); }

Value str_empty(void) {
    if (!empty_str) {
        StrObj *s = str_alloc(0);
        if (!s) return VNULL;
        empty_str = immortal(OBJ_VAL(s));
    }
    return empty_str;
}

static Value ascii_char(unsigned char c) {
    if (!char_cache[c]) {
        StrObj *s = str_alloc(1);
        if (!s) return VNULL;
        s->data[0] = (char)c;
        char_cache[c] = immortal(OBJ_VAL(s));
    }
    return char_cache[c];
}

/* Short copies (split's pieces, slices) inline: two overlapping loads and stores instead of
 * a call into the C library, which costs more than the copy below 32 bytes. */
static inline void copy_short(char *dst, const char *src, size_t n) {
    if (n >= 16 && n <= 32) {
        char a[16], b[16];
        memcpy(a, src, 16);
        memcpy(b, src + n - 16, 16);
        memcpy(dst, a, 16);
        memcpy(dst + n - 16, b, 16);
    } else if (n >= 8 && n < 16) {
        uint64_t a, b;
        memcpy(&a, src, 8);
        memcpy(&b, src + n - 8, 8);
        memcpy(dst, &a, 8);
        memcpy(dst + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t a, b;
        memcpy(&a, src, 4);
        memcpy(&b, src + n - 4, 4);
        memcpy(dst, &a, 4);
        memcpy(dst + n - 4, &b, 4);
    } else if (n >= 2 && n < 4) {
        uint16_t a, b;
        memcpy(&a, src, 2);
        memcpy(&b, src + n - 2, 2);
        memcpy(dst, &a, 2);
        memcpy(dst + n - 2, &b, 2);
    } else {
        memcpy(dst, src, n);
    }
}

Value str_from_ascii(const char *s, size_t n) {
    if (n <= 1) return n ? ascii_char((unsigned char)s[0]) : str_empty();
    StrObj *o = str_alloc_inline(n);
    if (!o) return VNULL;
    copy_short(o->data, s, n);
    return OBJ_VAL(o);
}

/* Known-valid UTF-8 with a known code point count. */
static Value str_from_valid(const char *s, size_t n, size_t len) {
    if (n == len) return str_from_ascii(s, n);
    StrObj *o = str_alloc(n);
    if (!o) return VNULL;
    memcpy(o->data, s, n);
    o->len = len;
    o->ascii = 0;
    return OBJ_VAL(o);
}

Value str_from_utf8(const char *s, size_t n) {
    size_t len, badlen;
    const char *reason;
    size_t ok = utf8_check(s, n, &len, &reason, &badlen);
    if (ok < n) {
        err_unicode_decode("utf-8", s, n, ok, ok + badlen, reason);
        return VNULL;
    }
    return str_from_valid(s, n, len);
}

Value str_from_utf8_lossy(const char *s, size_t n) {
    size_t len, badlen;
    const char *reason;
    size_t ok = utf8_check(s, n, &len, &reason, &badlen);
    if (ok == n) return str_from_valid(s, n, len);
    StrBuf b;
    sb_init(&b);
    size_t i = 0;
    while (i < n) {
        ok = utf8_check(s + i, n - i, &len, &reason, &badlen);
        sb_putn(&b, s + i, ok);
        i += ok;
        if (i < n) { sb_puts(&b, "\xEF\xBF\xBD"); i += badlen; }
    }
    return sb_finish(&b);
}

Value str_from_cstr(const char *s) { return str_from_utf8_lossy(s, strlen(s)); }

Value str_from_codepoint(uint32_t cp) {
    if (cp < 128) return ascii_char((unsigned char)cp);
    if (cp > 0x10FFFF) { err_set(ExcValueError, "chr() arg not in range(0x110000)"); return VNULL; }
    char buf[4];
    int n = utf8_encode1(cp, buf);
    return str_from_valid(buf, (size_t)n, 1);
}

Value str_repeat_char(char c, size_t n) {
    StrObj *o = str_alloc(n);
    if (!o) return VNULL;
    memset(o->data, c, n);
    return OBJ_VAL(o);
}

/* ---------------- hashing, equality, interning ---------------- */

static inline uint64_t mix64(uint64_t h) {
    h ^= h >> 33; h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

int64_t hash_bytes(const char *s, size_t n);
int64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)n * 0x100000001B3ULL);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, s, 8);
        h = (h ^ mix64(k)) * 0x87c37b91114253d5ULL;
        h = (h << 27) | (h >> 37);
        s += 8; n -= 8;
    }
    uint64_t k = 0;
    memcpy(&k, s, n);
    h ^= mix64(k ^ ((uint64_t)n << 56));
    h = mix64(h);
    int64_t r = (int64_t)(h >> 1);   /* keep it non-negative: never -1 */
    return r;
}

int64_t str_hash(Value s) {
    StrObj *o = (StrObj *)AS_OBJ(s);
    if (o->hash == -1) o->hash = hash_bytes(o->data, o->size);
    return o->hash;
}

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    StrObj *x = (StrObj *)AS_OBJ(a), *y = (StrObj *)AS_OBJ(b);
    if (x->size != y->size) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    if (x->interned && y->interned) return false;
    return memcmp(x->data, y->data, x->size) == 0;
}

bool str_eq_cstr(Value s, const char *c) {
    size_t n = strlen(c);
    return STR_SIZE(s) == n && memcmp(STR_DATA(s), c, n) == 0;
}

static Value *intern_tab;
static size_t intern_cap, intern_count;

static int intern_grow(void) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    Value *nt = calloc(ncap, sizeof(Value));
    if (!nt) { err_no_memory(); return -1; }
    for (size_t i = 0; i < intern_cap; i++) {
        Value v = intern_tab[i];
        if (!v) continue;
        size_t j = (size_t)str_hash(v) & (ncap - 1);
        while (nt[j]) j = (j + 1) & (ncap - 1);
        nt[j] = v;
    }
    free(intern_tab);
    intern_tab = nt;
    intern_cap = ncap;
    return 0;
}

/* The slot for s: either holding an equal interned string or empty. */
static Value *intern_find(const char *data, size_t size, int64_t h) {
    size_t j = (size_t)h & (intern_cap - 1);
    for (;;) {
        Value v = intern_tab[j];
        if (!v) return &intern_tab[j];
        if (((StrObj *)AS_OBJ(v))->hash == h && STR_SIZE(v) == size && memcmp(STR_DATA(v), data, size) == 0)
            return &intern_tab[j];
        j = (j + 1) & (intern_cap - 1);
    }
}

Value str_intern(Value s) {
    if (!s) return VNULL;
    StrObj *o = (StrObj *)AS_OBJ(s);
    if (o->interned) return s;
    if (o->hdr.type != &StrType) return s;   /* subclass instances are never interned */
    if ((intern_count + 1) * 2 > intern_cap && intern_grow() < 0) { DECREF(s); return VNULL; }
    int64_t h = str_hash(s);
    Value *slot = intern_find(o->data, o->size, h);
    if (*slot) {
        Value r = NEWREF(*slot);
        DECREF(s);
        return r;
    }
    o->interned = 1;
    *slot = NEWREF(s);   /* the table's own reference: interned strings live for the run */
    intern_count++;
    return s;
}

Value str_intern_cstr(const char *c) {
    size_t n = strlen(c);
    if (intern_cap) {
        int64_t h = hash_bytes(c, n);
        Value *slot = intern_find(c, n, h);
        if (*slot) return NEWREF(*slot);
    }
    Value s = str_from_utf8_lossy(c, n);
    if (!s) return VNULL;
    return str_intern(s);
}

/* ---------------- StrBuf ---------------- */

void sb_init(StrBuf *b) { b->data = NULL; b->len = b->cap = 0; b->failed = 0; }

static bool sb_reserve(StrBuf *b, size_t extra) {
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    /* An absurd size must fail at once (MemoryError), not overflow the doubling below. */
    if (extra >= (SIZE_MAX >> 2) - b->len) { b->failed = 1; return false; }
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + extra + 1) ncap *= 2;
    char *nd = realloc(b->data, ncap);
    if (!nd) { b->failed = 1; return false; }
    b->data = nd;
    b->cap = ncap;
    return true;
}

void sb_putc(StrBuf *b, char c) {
    if (b->len + 2 > b->cap && !sb_reserve(b, 1)) return;
    if (b->failed) return;
    b->data[b->len++] = c;
}

void sb_putn(StrBuf *b, const char *s, size_t n) {
    if (!sb_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void sb_puts(StrBuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

/* Padding: reserve the whole run in one step so a huge width fails at once. */
void sb_fill(StrBuf *b, const char *fill, size_t fill_n, size_t count) {
    if (count == 0 || fill_n == 0) return;
    if (count > (SIZE_MAX >> 3) / fill_n) { b->failed = 1; return; }
    if (!sb_reserve(b, count * fill_n)) return;
    char *p = b->data + b->len;
    if (fill_n == 1) memset(p, fill[0], count);
    else for (size_t i = 0; i < count; i++, p += fill_n) memcpy(p, fill, fill_n);
    b->len += count * fill_n;
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0 && sb_reserve(b, (size_t)n)) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

int sb_put_repr(StrBuf *b, Value v) {
    Value r = obj_repr(v);
    if (!r) return -1;
    sb_putn(b, STR_DATA(r), STR_SIZE(r));
    DECREF(r);
    return 0;
}

int sb_put_str(StrBuf *b, Value v) {
    if (IS_STR(v)) { sb_putn(b, STR_DATA(v), STR_SIZE(v)); return 0; }
    Value r = obj_str(v);
    if (!r) return -1;
    sb_putn(b, STR_DATA(r), STR_SIZE(r));
    DECREF(r);
    return 0;
}

Value sb_finish(StrBuf *b) {
    if (b->failed) { sb_discard(b); err_no_memory(); return VNULL; }
    size_t len, badlen;
    const char *reason;
    const char *d = b->data ? b->data : "";
    Value r;
    if (utf8_check(d, b->len, &len, &reason, &badlen) == b->len) r = str_from_valid(d, b->len, len);
    else r = str_from_utf8_lossy(d, b->len);
    sb_discard(b);
    return r;
}

void sb_discard(StrBuf *b) {
    free(b->data);
    sb_init(b);
}

/* ---------------- formatting C strings ---------------- */

Value str_fromformat_v(const char *fmt, va_list ap) {
    StrBuf b;
    sb_init(&b);
    const char *p = fmt;
    while (*p) {
        if (*p != '%') {
            const char *q = strchr(p, '%');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            sb_putn(&b, p, n);
            p += n;
            continue;
        }
        const char *start = p++;
        if (*p == '%') { sb_putc(&b, '%'); p++; continue; }
        bool left = false, zero = false;
        while (*p == '-' || *p == '0') { if (*p == '-') left = true; else zero = true; p++; }
        int width = -1, prec = -1;
        if (*p == '*') { width = va_arg(ap, int); p++; }
        else if (*p >= '0' && *p <= '9') { width = 0; while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0'); }
        if (*p == '.') {
            p++;
            if (*p == '*') { prec = va_arg(ap, int); p++; }
            else { prec = 0; while (*p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0'); }
        }
        int lmod = 0;   /* 1 l, 2 ll, 3 z */
        if (*p == 'l') { lmod = 1; p++; if (*p == 'l') { lmod = 2; p++; } }
        else if (*p == 'z') { lmod = 3; p++; }
        char conv = *p ? *p++ : 0;
        char tmp[128];
        const char *piece = NULL;
        size_t plen = 0;
        Value owned = VNULL;
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            char spec[16];
            char *s = spec;
            *s++ = '%';
            if (left) *s++ = '-';
            if (zero) *s++ = '0';
            if (width >= 0) s += sprintf(s, "%d", width);
            if (lmod == 1) *s++ = 'l';
            else if (lmod == 2) { *s++ = 'l'; *s++ = 'l'; }
            else if (lmod == 3) *s++ = 'z';
            *s++ = conv == 'i' ? 'd' : conv;
            *s = 0;
            if (lmod == 1) snprintf(tmp, sizeof tmp, spec, va_arg(ap, long));
            else if (lmod == 2) snprintf(tmp, sizeof tmp, spec, va_arg(ap, long long));
            else if (lmod == 3) snprintf(tmp, sizeof tmp, spec, va_arg(ap, size_t));
            else snprintf(tmp, sizeof tmp, spec, va_arg(ap, int));
            sb_puts(&b, tmp);
            continue;
        }
        case 'c': {
            int c = va_arg(ap, int);
            if (c >= 0 && c < 0x110000) { plen = (size_t)utf8_encode1((uint32_t)c, tmp); piece = tmp; }
            break;
        }
        case 'p':
            snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
            piece = tmp; plen = strlen(tmp);
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            piece = s; plen = strlen(s);
            break;
        }
        case 'R': case 'S': case 'U': case 'N': {
            Value v = va_arg(ap, Value);
            if (conv == 'N') { piece = v ? type_name(v) : "NULL"; plen = strlen(piece); break; }
            if (!v) { piece = "<NULL>"; plen = 6; break; }
            owned = conv == 'R' ? obj_repr(v) : conv == 'S' ? obj_str(v) : NEWREF(v);
            if (!owned) { sb_discard(&b); return VNULL; }
            if (!IS_STR(owned)) { DECREF(owned); sb_discard(&b); err_set(ExcTypeError, "%U needs a str"); return VNULL; }
            piece = STR_DATA(owned); plen = STR_SIZE(owned);
            break;
        }
        default:
            /* unknown directive: copy it through */
            sb_putn(&b, start, (size_t)(p - start));
            continue;
        }
        if (!piece) continue;
        /* precision and width count code points */
        size_t cps = utf8_count(piece, plen);
        if (prec >= 0 && cps > (size_t)prec) {
            size_t i = 0, k = 0;
            while (i < plen && k < (size_t)prec) {
                i++;
                while (i < plen && ((unsigned char)piece[i] & 0xC0) == 0x80) i++;
                k++;
            }
            plen = i;
            cps = (size_t)prec;
        }
        if (width > 0 && !left) for (size_t i = cps; i < (size_t)width; i++) sb_putc(&b, ' ');
        sb_putn(&b, piece, plen);
        if (width > 0 && left) for (size_t i = cps; i < (size_t)width; i++) sb_putc(&b, ' ');
        XDECREF(owned);
    }
    return sb_finish(&b);
}

Value str_fromformat(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = str_fromformat_v(fmt, ap);
    va_end(ap);
    return r;
}

/* ---------------- basic operations ---------------- */

static bool str_is_ascii(Value s) { return ((StrObj *)AS_OBJ(s))->ascii; }

Value str_concat(Value a, Value b) {
    size_t na = STR_SIZE(a), nb = STR_SIZE(b);
    if (nb == 0 && TYPE(a) == &StrType) return NEWREF(a);
    if (na == 0 && TYPE(b) == &StrType) return NEWREF(b);
    StrObj *o = str_alloc(na + nb);
    if (!o) return VNULL;
    memcpy(o->data, STR_DATA(a), na);
    memcpy(o->data + na, STR_DATA(b), nb);
    o->len = STR_LEN(a) + STR_LEN(b);
    o->ascii = o->len == o->size;
    return OBJ_VAL(o);
}

Value str_concat_steal(Value a, Value b) {
    StrObj *o = (StrObj *)AS_OBJ(a);
    size_t na = o->size, nb = STR_SIZE(b);
    if (o->hdr.refcnt != 1 || o->hdr.type != &StrType || o->interned || na == 0 || nb == 0) {
        Value r = str_concat(a, b);
        DECREF(a);
        return r;
    }
    /* the only reference: append in place, growing geometrically so that a loop of s += t
     * is linear, as CPython's own in-place trick makes it */
    size_t need = str_total(na + nb), old_total = str_total(na);
    size_t have = malloc_usable_size(o);
    /* A block from the small-string free lists must stay within its class's size: str_dealloc
     * files a str by its length, and the next user of that class may fill all of it. */
    if (STR_FREELISTS && old_total <= STR_STEP * STR_NCLASSES)
        have = ((old_total - 1) / STR_STEP + 1) * STR_STEP;
    if (need > have) {
        size_t want = need + need / 2;
        if (want < 256) want = 256;
        /* tracemalloc follows the block (small strings are never traced; see str_alloc) */
        TRACEMALLOC_FREE(o);
        StrObj *n = realloc(o, want);
        if (!n) {
            Value r = str_concat(a, b);
            DECREF(a);
            return r;
        }
        if (need > STR_STEP * STR_NCLASSES) TRACEMALLOC_ALLOC(n, want);
        o = n;
    }
    memcpy(o->data + na, STR_DATA(b), nb);
    o->size = na + nb;
    o->data[o->size] = 0;
    o->len += STR_LEN(b);
    o->ascii = o->len == o->size;
    o->hash = -1;
    return OBJ_VAL(o);
}

Value str_mul(Value s, intptr_t n) {
    if (n <= 0) return str_empty();
    if (n == 1 && TYPE(s) == &StrType) return NEWREF(s);
    size_t size = STR_SIZE(s);
    if (size == 0) return str_empty();
    /* CPython's limit is the length (in its units) fitting a ssize_t */
    if ((size_t)n > (size_t)INTPTR_MAX / STR_LEN(s)) { err_set(ExcOverflowError, "repeated string is too long"); return VNULL; }
    if ((size_t)n > (SIZE_MAX / 2) / size) { err_no_memory(); return VNULL; }
    StrObj *o = str_alloc(size * (size_t)n);
    if (!o) return VNULL;
    if (size == 1) memset(o->data, STR_DATA(s)[0], (size_t)n);
    else {
        memcpy(o->data, STR_DATA(s), size);
        size_t done = size, total = size * (size_t)n;
        while (done < total) {
            size_t c = done <= total - done ? done : total - done;
            memcpy(o->data + done, o->data, c);
            done += c;
        }
    }
    o->len = STR_LEN(s) * (size_t)n;
    o->ascii = str_is_ascii(s);
    return OBJ_VAL(o);
}

size_t str_byte_offset(Value s, size_t i) {
    if (str_is_ascii(s)) return i;
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    size_t n = STR_SIZE(s), off = 0;
    /* walk from whichever end is nearer */
    if (i > STR_LEN(s) / 2) {
        size_t k = STR_LEN(s);
        off = n;
        while (k > i) {
            off--;
            while ((d[off] & 0xC0) == 0x80) off--;
            k--;
        }
        return off;
    }
    while (i > 0) {
        off++;
        while (off < n && (d[off] & 0xC0) == 0x80) off++;
        i--;
    }
    return off;
}

Value str_char_at(Value s, intptr_t i) {
    if (str_is_ascii(s)) return ascii_char((unsigned char)STR_DATA(s)[i]);
    size_t off = str_byte_offset(s, (size_t)i);
    uint32_t cp;
    int n = utf8_decode1((const unsigned char *)STR_DATA(s) + off, &cp);
    if (cp < 128) return ascii_char((unsigned char)cp);
    return str_from_valid(STR_DATA(s) + off, (size_t)n, 1);
}

Value str_getslice(Value s, intptr_t start, intptr_t stop, intptr_t step) {
    intptr_t count;
    /* written so that a step near +-INTPTR_MAX cannot overflow */
    if (step > 0) count = start < stop ? (stop - start - 1) / step + 1 : 0;
    else count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    if (count <= 0) return str_empty();
    if (step == 1 && count == (intptr_t)STR_LEN(s) && TYPE(s) == &StrType) return NEWREF(s);
    const char *d = STR_DATA(s);
    if (str_is_ascii(s)) {
        if (step == 1) return str_from_ascii(d + start, (size_t)count);
        StrObj *o = str_alloc((size_t)count);
        if (!o) return VNULL;
        for (intptr_t i = 0, j = start; i < count; i++, j = (intptr_t)((uintptr_t)j + (uintptr_t)step)) o->data[i] = d[j];
        return OBJ_VAL(o);
    }
    if (step == 1) {
        size_t a = str_byte_offset(s, (size_t)start);
        size_t b = a;
        const unsigned char *u = (const unsigned char *)d;
        for (intptr_t k = 0; k < count; k++) {
            b++;
            while (b < STR_SIZE(s) && (u[b] & 0xC0) == 0x80) b++;
        }
        return str_from_valid(d + a, b - a, (size_t)count);
    }
    /* general step over non-ASCII: index every code point once */
    size_t len = STR_LEN(s);
    size_t *offs = malloc((len + 1) * sizeof(size_t));
    if (!offs) { err_no_memory(); return VNULL; }
    const unsigned char *u = (const unsigned char *)d;
    size_t off = 0;
    for (size_t k = 0; k < len; k++) {
        offs[k] = off;
        off++;
        while (off < STR_SIZE(s) && (u[off] & 0xC0) == 0x80) off++;
    }
    offs[len] = off;
    StrBuf b;
    sb_init(&b);
    for (intptr_t i = 0, j = start; i < count; i++, j = (intptr_t)((uintptr_t)j + (uintptr_t)step))
        sb_putn(&b, d + offs[j], offs[j + 1] - offs[j]);
    free(offs);
    return sb_finish(&b);
}

Value str_getitem(Value s, Value key) {
    if (IS_SMALL(key) || IS_INT(key)) {
        int64_t i;
        if (IS_SMALL(key)) i = SMALL_VAL(key);
        else if (!int_fits_i64(key, &i)) {
            err_set(ExcIndexError, "cannot fit 'int' into an index-sized integer");
            return VNULL;
        }
        intptr_t n = (intptr_t)STR_LEN(s);
        if (i < 0) i += n;
        if (i < 0 || i >= n) { err_set(ExcIndexError, "string index out of range"); return VNULL; }
        return str_char_at(s, (intptr_t)i);
    }
    if (IS_TYPE(key, &SliceType)) {
        intptr_t start, stop, step;
        if (slice_indices(key, (intptr_t)STR_LEN(s), &start, &stop, &step) < 0) return VNULL;
        return str_getslice(s, start, stop, step);
    }
    if (type_lookup(TYPE(key), NAME(__index__))) {
        intptr_t i;
        if (obj_as_ssize(key, &i) < 0) return VNULL;
        Value iv = int_from_i64(i);
        Value r = str_getitem(s, iv);
        DECREF(iv);
        return r;
    }
    err_format(ExcTypeError, "string indices must be integers, not '%N'", key);
    return VNULL;
}

int str_compare(Value a, Value b) {
    size_t na = STR_SIZE(a), nb = STR_SIZE(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), na < nb ? na : nb);
    if (c) return c;
    return (na > nb) - (na < nb);
}

static Value str_richcompare(Value a, Value b, int op) {
    if (!IS_STR(b)) return NOTIMPLEMENTED;
    if (op == CMP_EQ) return BOOL_VAL(str_eq(a, b));
    if (op == CMP_NE) return BOOL_VAL(!str_eq(a, b));
    int c = str_compare(a, b);
    return cmp_order_result(c, op);
}

int str_contains(Value s, Value sub) {
    if (!IS_STR(sub)) {
        err_format(ExcTypeError, "'in <string>' requires string as left operand, not %N", sub);
        return -1;
    }
    size_t n = STR_SIZE(sub);
    if (n == 0) return 1;
    if (n == 1) return memchr(STR_DATA(s), STR_DATA(sub)[0], STR_SIZE(s)) != NULL;
    return memmem(STR_DATA(s), STR_SIZE(s), STR_DATA(sub), n) != NULL;
}

static intptr_t str_len_slot(Value s) { return (intptr_t)STR_LEN(s); }
static int64_t str_hash_slot(Value s) { return str_hash(s); }
static Value str_str_slot(Value s) {
    if (TYPE(s) == &StrType) return NEWREF(s);
    return str_from_valid(STR_DATA(s), STR_SIZE(s), STR_LEN(s));
}

static Value str_add_slot(Value a, Value b) {
    if (!IS_STR(a) || !IS_STR(b)) return NOTIMPLEMENTED;
    return str_concat(a, b);
}

static Value str_mul_slot(Value a, Value b) {
    Value s = a, n = b;
    if (!IS_STR(s)) { s = b; n = a; }
    if (!IS_STR(s)) return NOTIMPLEMENTED;
    if (!IS_INT(n)) {
        if (IS_SMALL(n) || !type_lookup(TYPE(n), NAME(__index__))) return NOTIMPLEMENTED;
    }
    intptr_t k;
    if (obj_as_ssize(n, &k) < 0) return VNULL;
    return str_mul(s, k);
}

static Value str_mod_slot(Value a, Value b) {
    if (!IS_STR(a)) return NOTIMPLEMENTED;
    return str_percent_format(a, b);
}

static void str_dealloc(Obj *o) {
    StrObj *s = (StrObj *)o;
    if (s->interned) { s->hdr.refcnt = IMMORTAL_REFCNT; return; }   /* the table owns one ref */
    size_t total = str_total(s->size);
    if (STR_FREELISTS && o->type == &StrType && total <= STR_STEP * STR_NCLASSES) {
        size_t c = (total - 1) / STR_STEP;
        if (str_free_counts[c] >= STR_FREE_MAX) { free(o); return; }
        StrFree *f = (StrFree *)o;
        f->next = str_free_lists[c];
        str_free_lists[c] = f;
        str_free_counts[c]++;
        POOL_POISON((char *)f + sizeof *f, (c + 1) * STR_STEP - sizeof *f);
        return;
    }
    obj_free(o);
}

/* ---------------- repr / ascii ---------------- */

static void put_escape(StrBuf *b, uint32_t cp) {
    char tmp[12];
    if (cp < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", cp);
    else snprintf(tmp, sizeof tmp, "\\U%08x", cp);
    sb_puts(b, tmp);
}

static Value repr_impl(Value s, bool ascii_only) {
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s);
    bool has_sq = memchr(d, '\'', n) != NULL, has_dq = memchr(d, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    StrBuf b;
    sb_init(&b);
    sb_reserve(&b, n + 2);
    sb_putc(&b, q);
    const unsigned char *u = (const unsigned char *)d;
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)q || c == '\\') { sb_putc(&b, '\\'); sb_putc(&b, (char)c); }
            else if (c == '\n') sb_puts(&b, "\\n");
            else if (c == '\r') sb_puts(&b, "\\r");
            else if (c == '\t') sb_puts(&b, "\\t");
            else if (c < 0x20 || c == 0x7F) put_escape(&b, c);
            else sb_putc(&b, (char)c);
            continue;
        }
        uint32_t cp;
        int k = utf8_decode1(u + i, &cp);
        if (!ascii_only && unicode_isprintable(cp)) sb_putn(&b, d + i, (size_t)k);
        else put_escape(&b, cp);
        i += (size_t)k;
    }
    sb_putc(&b, q);
    return sb_finish(&b);
}

Value str_repr(Value s) { return repr_impl(s, false); }

Value str_ascii(Value v) {
    if (IS_STR(v)) return repr_impl(v, true);
    Value r = obj_repr(v);
    if (!r || str_is_ascii(r)) return r;
    StrBuf b;
    sb_init(&b);
    const unsigned char *u = (const unsigned char *)STR_DATA(r);
    size_t n = STR_SIZE(r);
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) { sb_putc(&b, (char)u[i]); i++; continue; }
        uint32_t cp;
        i += (size_t)utf8_decode1(u + i, &cp);
        put_escape(&b, cp);
    }
    DECREF(r);
    return sb_finish(&b);
}

Value str_convert(Value v, int conv) {
    if (conv == 'r') return obj_repr(v);
    if (conv == 'a') return str_ascii(v);
    return obj_str(v);
}

/* ---------------- iteration ---------------- */

typedef struct StrIterObj { Obj hdr; Value s; size_t pos; } StrIterObj;

static void striter_dealloc(Obj *o) {
    StrIterObj *it = (StrIterObj *)o;
    XDECREF(it->s);
    obj_free(o);
}

static Value striter_self(Value v) { return NEWREF(v); }

static Value striter_next(Value v) {
    StrIterObj *it = (StrIterObj *)AS_OBJ(v);
    if (!it->s) return VNULL;
    size_t n = STR_SIZE(it->s);
    if (it->pos >= n) { CLEAR(it->s); return VNULL; }
    const unsigned char *u = (const unsigned char *)STR_DATA(it->s) + it->pos;
    if (u[0] < 0x80) { it->pos++; return ascii_char(u[0]); }
    uint32_t cp;
    int k = utf8_decode1(u, &cp);
    it->pos += (size_t)k;
    return str_from_valid((const char *)u, (size_t)k, 1);
}

static Value striter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    StrIterObj *it = (StrIterObj *)AS_OBJ(self);
    if (!it->s) return MAKE_SMALL(0);
    return MAKE_SMALL((intptr_t)utf8_count(STR_DATA(it->s) + it->pos, STR_SIZE(it->s) - it->pos));
}

static const MethodDef striter_methods[] = {
    { "__length_hint__", striter_length_hint, 0 },
    { NULL, NULL, 0 }
};

Type StrIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObj),
    .dealloc = striter_dealloc,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
};

Type StrAsciiIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObj),
    .dealloc = striter_dealloc,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
};

Value str_iter_new(Value s) {
    Type *t = str_is_ascii(s) ? &StrAsciiIterType : &StrIterType;
    if (!(t->flags & TPFLAG_READY) && type_ready(t) < 0) return VNULL;
    StrIterObj *it = (StrIterObj *)obj_alloc(t);
    if (!it) return VNULL;
    it->s = NEWREF(s);
    it->pos = 0;
    return OBJ_VAL(it);
}

/* ---------------- str() ---------------- */

Value str_new_from_obj(Value v) {
    if (IS_TYPE(v, &StrType)) return NEWREF(v);
    return obj_str(v);
}

static Value str_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = { "object", "encoding", "errors", NULL };
    Value a[3] = { VNULL, VNULL, VNULL };
    if (kwnames && TUPLE_LEN(kwnames)) {
        if (arg_parse("str", args, nargs, kwnames, names, 3, 0, a) < 0) return VNULL;
    } else {
        if (nargs > 3) {
            err_format(ExcTypeError, "str() takes at most 3 arguments (%zu given)", nargs);
            return VNULL;
        }
        for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    }
    Value r;
    if (!a[0]) r = str_empty();
    else if (!a[1] && !a[2]) r = str_new_from_obj(a[0]);
    else {
        const char *enc, *errs;
        if (codec_args("str", a[1], a[2], &enc, &errs) < 0) return VNULL;
        const char *data; size_t size;
        if (IS_STR(a[0])) { err_set(ExcTypeError, "decoding str is not supported"); return VNULL; }
        if (!bytes_view(a[0], &data, &size)) {
            err_format(ExcTypeError, "decoding to str: need a bytes-like object, %N found", a[0]);
            return VNULL;
        }
        r = bytes_decode(data, size, enc, errs);
    }
    if (!r || type == &StrType) return r;
    StrObj *o = (StrObj *)obj_alloc_var(type, STR_SIZE(r) + 1);
    if (!o) { DECREF(r); return VNULL; }
    o->hash = -1;
    o->size = STR_SIZE(r);
    o->len = STR_LEN(r);
    o->ascii = str_is_ascii(r);
    o->interned = 0;
    memcpy(o->data, STR_DATA(r), o->size + 1);
    DECREF(r);
    return OBJ_VAL(o);
}

/* str.__add__ / __mul__ / __rmul__ called directly raise as CPython's sequence-concat
 * and repeat wrappers do, where the operator slots return NotImplemented so that the
 * other operand's reflected method gets its turn. */
static Value str_add_direct(Value a, Value b) {
    Value r = str_add_slot(a, b);
    if (r == NOTIMPLEMENTED) {
        err_format(ExcTypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
        return VNULL;
    }
    return r;
}

static Value str_mul_direct(Value a, Value b) {
    Value r = str_mul_slot(a, b);
    if (r == NOTIMPLEMENTED) {
        err_format(ExcTypeError, "'%s' object cannot be interpreted as an integer",
                   type_name(IS_STR(a) ? b : a));
        return VNULL;
    }
    return r;
}

int str_install_wrappers(void) {
    static const struct { int name_id, kind, op; BinaryFn fn; } ws[] = {
        { NAME_ID___add__, SLOTKIND_BINOP, BINOP_ADD, str_add_direct },
        { NAME_ID___mul__, SLOTKIND_BINOP, BINOP_MUL, str_mul_direct },
        { NAME_ID___rmul__, SLOTKIND_RBINOP, BINOP_MUL, str_mul_direct },
    };
    for (size_t i = 0; i < sizeof ws / sizeof ws[0]; i++) {
        Value name = name_table[ws[i].name_id];
        Value w = descr_new_slotwrapper(&StrType, name, ws[i].kind, ws[i].op, (void (*)(void))ws[i].fn);
        if (!w) return -1;
        int r = dict_set(StrType.dict, name, w);
        DECREF(w);
        if (r < 0) return -1;
    }
    return 0;
}

extern const MethodDef str_methods[];   /* vm/strmethods.c */

static int str_contains_slot(Value s, Value sub) { return str_contains(s, sub); }

Type StrType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "str",
    .basicsize = sizeof(StrObj),
    .itemsize = 1,
    .flags = TPFLAG_BASETYPE | TPFLAG_STR_SUB,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter_new,
    .new_ = str_new_slot,
    .nb = { [BINOP_ADD] = str_add_slot, [BINOP_MUL] = str_mul_slot, [BINOP_MOD] = str_mod_slot },
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains_slot,
    .methods = str_methods,
};
