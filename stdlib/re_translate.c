/* Python regular expression syntax -> PCRE2 syntax.
 *
 * The two dialects mostly agree; this pass walks the Python pattern once, checks it as
 * CPython's parser would (so errors carry CPython's messages and positions) and writes a
 * PCRE2 pattern where they differ:
 *  - group names are resolved here: PCRE2 sees plain numbered groups, named references
 *    become \g{N} and (?(name)...) becomes (?(N)...), so any identifier works as a name;
 *  - \Z is PCRE2's \z; \v, \a, \x.., \u...., \U........ and octal escapes become \x{...};
 *    numeric references become \g{N} (Python's rules for \12 vs octal \123);
 *  - {,n} becomes {0,n}; a '{' that does not start a repeat is escaped;
 *  - verbose mode's whitespace and comments are dropped here, so PCRE2 never needs
 *    PCRE2_EXTENDED (whose rules differ in details);
 *  - global inline flags (?imsx...) are removed and returned in t->flags; the a/u/L
 *    letters are dropped from scoped flags;
 *  - inside classes, every non-alphanumeric literal is written as \x{..}, so PCRE2's
 *    POSIX classes ([:alpha:]) and other extensions never trigger. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "re.h"
#include "strutil.h"

enum { G_CAPTURE, G_PLAIN, G_COND };
typedef struct Grp { int kind; int index; size_t start; bool verbose; int branches; } Grp;

/* What the last item was, for "nothing to repeat" and "multiple repeat". */
enum { IT_NONE, IT_AT, IT_OK, IT_REPEATED };

typedef struct Tr {
    ReTrans *t;
    const unsigned char *s;
    size_t n, i;
    bool is_bytes, verbose, global_ok;
    int item;
    Grp *stack;
    size_t depth, cap;
    bool *open;          /* [g]: group g has been opened and not yet closed */
    size_t opencap;
    /* numbered conditions (?(N)...) may name a group defined later: checked at the end */
    int condref[8];
    size_t condpos[8];
    size_t ncond;
} Tr;

static int fail(Tr *r, size_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(Tr *r, size_t pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->t->errmsg, sizeof r->t->errmsg, fmt, ap);
    va_end(ap);
    r->t->errpos = (intptr_t)pos;
    return -1;
}

static int nomem(Tr *r) { r->t->nomem = true; return -1; }

static int put(Tr *r, const char *s, size_t n) {
    ReTrans *t = r->t;
    if (t->outlen + n + 1 > t->outcap) {
        size_t nc = t->outcap ? t->outcap : 64;
        while (nc < t->outlen + n + 1) nc *= 2;
        char *d = realloc(t->out, nc);
        if (!d) return nomem(r);
        t->out = d;
        t->outcap = nc;
    }
    memcpy(t->out + t->outlen, s, n);
    t->outlen += n;
    t->out[t->outlen] = 0;
    return 0;
}
static int puts_(Tr *r, const char *s) { return put(r, s, strlen(s)); }
static int put_cp(Tr *r, uint32_t cp) {
    char b[16];
    int k = snprintf(b, sizeof b, "\\x{%x}", (unsigned)cp);
    return put(r, b, (size_t)k);
}

/* A literal character in PCRE2 syntax: alphanumerics as they are, the rest as \x{..}. */
static int put_literal(Tr *r, uint32_t cp) {
    if (cp < 128 && ((cp >= '0' && cp <= '9') || ((cp | 32) >= 'a' && (cp | 32) <= 'z'))) {
        char c = (char)cp;
        return put(r, &c, 1);
    }
    return put_cp(r, cp);
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_oct(int c) { return c >= '0' && c <= '7'; }
static bool is_alpha(int c) { return ((c | 32) >= 'a' && (c | 32) <= 'z'); }
static int hexval(int c) {
    if (is_digit(c)) return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
    return -1;
}

/* The length in bytes of the character at s[i] (one byte for bytes patterns). */
static size_t charlen(Tr *r, size_t i) {
    if (r->is_bytes) return 1;
    unsigned c = r->s[i];
    size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return i + k <= r->n ? k : r->n - i;
}
static uint32_t charval(Tr *r, size_t i) {
    if (r->is_bytes || r->s[i] < 0x80) return r->s[i];
    uint32_t cp;
    utf8_decode1(r->s + i, &cp);
    return cp;
}

bool re_valid_group_name(const char *s, size_t n, bool is_bytes) {
    if (n == 0) return false;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        unsigned c = u[i];
        if (c >= 0x80) {
            if (is_bytes) return false;
            continue;   /* non-ASCII letters are accepted (identifier rules, approximately) */
        }
        if (!(is_alpha((int)c) || c == '_' || (i > 0 && is_digit((int)c)))) return false;
    }
    return true;
}

int re_trans_lookup(const ReTrans *t, const char *name, size_t len) {
    for (size_t i = 0; i < t->nnames; i++)
        if (t->names[i].len == len && memcmp(t->names[i].name, name, len) == 0) return t->names[i].index;
    return -1;
}

static int add_name(Tr *r, const char *name, size_t len, int index) {
    ReTrans *t = r->t;
    if (t->nnames == t->namecap) {
        size_t nc = t->namecap ? t->namecap * 2 : 8;
        ReName *nn = realloc(t->names, nc * sizeof *nn);
        if (!nn) return nomem(r);
        t->names = nn;
        t->namecap = nc;
    }
    char *copy = malloc(len + 1);
    if (!copy) return nomem(r);
    memcpy(copy, name, len);
    copy[len] = 0;
    t->names[t->nnames++] = (ReName){copy, len, index};
    return 0;
}

/* Make room for group g in the per-group arrays. */
static int grow_groups(Tr *r, size_t g) {
    ReTrans *t = r->t;
    if (g < r->opencap && g < t->closecap) return 0;
    size_t nc = r->opencap ? r->opencap : 16;
    while (nc <= g) nc *= 2;
    bool *no = realloc(r->open, nc * sizeof *no);
    if (!no) return nomem(r);
    memset(no + r->opencap, 0, (nc - r->opencap) * sizeof *no);
    r->open = no;
    r->opencap = nc;
    size_t *cp = realloc(t->closepos, nc * sizeof *cp);
    if (!cp) return nomem(r);
    memset(cp + t->closecap, 0, (nc - t->closecap) * sizeof *cp);
    t->closepos = cp;
    t->closecap = nc;
    return 0;
}

static int push(Tr *r, int kind, int index, size_t start) {
    if (r->depth == r->cap) {
        size_t nc = r->cap ? r->cap * 2 : 16;
        Grp *ns = realloc(r->stack, nc * sizeof *ns);
        if (!ns) return nomem(r);
        r->stack = ns;
        r->cap = nc;
    }
    r->stack[r->depth++] = (Grp){kind, index, start, r->verbose, 0};
    r->item = IT_NONE;
    r->global_ok = false;
    return 0;
}

static int open_capture(Tr *r, size_t start) {
    int g = ++r->t->ngroups;
    if (grow_groups(r, (size_t)g) < 0) return -1;
    r->open[g] = true;
    if (push(r, G_CAPTURE, g, start) < 0) return -1;
    return puts_(r, "(");
}

static void set_item(Tr *r, int kind) {
    r->item = kind;
    if (r->depth == 0) r->global_ok = false;
}

/* Reads a group name ending at `term` starting at r->i; *end gets the terminator's
 * position. Missing terminator: -1 with the error set. */
static int read_name(Tr *r, char term, const char *unterminated, size_t *end) {
    size_t j = r->i;
    while (j < r->n && r->s[j] != (unsigned char)term) j++;
    if (j == r->i) return fail(r, r->i, "missing group name");
    if (j >= r->n) return fail(r, r->i, "%s", unterminated);
    *end = j;
    return 0;
}

static int bad_name(Tr *r, size_t start, size_t end) {
    return fail(r, start, "bad character in group name '%.*s'", (int)(end - start), (const char *)r->s + start);
}

static int ref_group(Tr *r, int g) {
    char b[32];
    int k = snprintf(b, sizeof b, "\\g{%d}", g);
    return put(r, b, (size_t)k);
}

/* Parses \x.., \u...., \U........ at r->i (the backslash); *cp gets the value. */
static int hex_escape(Tr *r, int ndig, uint32_t *cp) {
    size_t st = r->i, j = r->i + 2;
    uint32_t v = 0;
    int k = 0;
    while (k < ndig && j < r->n && hexval(r->s[j]) >= 0) { v = v * 16 + (uint32_t)hexval(r->s[j]); j++; k++; }
    if (k < ndig) return fail(r, st, "incomplete escape %.*s", (int)(j - st), (const char *)r->s + st);
    if (ndig == 8 && v > 0x10FFFF) return fail(r, st, "bad escape %.*s", (int)(j - st), (const char *)r->s + st);
    r->i = j;
    *cp = v;
    return 0;
}

/* Octal escape starting at digit position j (up to three digits). */
static int octal_escape(Tr *r, size_t st, size_t j, uint32_t *cp) {
    uint32_t v = 0;
    size_t k = 0;
    while (k < 3 && j < r->n && is_oct(r->s[j])) { v = v * 8 + (uint32_t)(r->s[j] - '0'); j++; k++; }
    if (v > 0377)
        return fail(r, st, "octal escape value %.*s outside of range 0-0o377", (int)(j - st), (const char *)r->s + st);
    r->i = j;
    *cp = v;
    return 0;
}

static int named_char(Tr *r) {
    return fail(r, r->i, "\\N{...} escapes are not supported");
}

/* Python's \s in str patterns is str.isspace(), which (unlike PCRE2's \s) includes the
 * information separators \x1c-\x1f. */
static bool unicode_space(Tr *r) { return !r->is_bytes && !(r->t->flags & RE_ASCII); }

/* An escape outside a class. */
static int escape_outside(Tr *r) {
    size_t st = r->i;
    if (st + 1 >= r->n) return fail(r, st, "bad escape (end of pattern)");
    int c = r->s[st + 1];
    uint32_t cp;
    switch (c) {
    case 'A': case 'b': case 'B':
        r->i += 2; set_item(r, IT_AT);
        return put(r, (const char *)r->s + st, 2);
    case 'Z':
        r->i += 2; set_item(r, IT_AT);
        return puts_(r, "\\z");
    case 's': case 'S':
        r->i += 2; set_item(r, IT_OK);
        if (unicode_space(r)) return puts_(r, c == 's' ? "[\\s\\x1c-\\x1f]" : "[^\\s\\x1c-\\x1f]");
        return put(r, (const char *)r->s + st, 2);
    case 'd': case 'D': case 'w': case 'W':
        r->i += 2; set_item(r, IT_OK);
        return put(r, (const char *)r->s + st, 2);
    case 'a': cp = 7; r->i += 2; break;
    case 'f': cp = 12; r->i += 2; break;
    case 'n': cp = 10; r->i += 2; break;
    case 'r': cp = 13; r->i += 2; break;
    case 't': cp = 9; r->i += 2; break;
    case 'v': cp = 11; r->i += 2; break;
    case '\\': cp = '\\'; r->i += 2; break;
    case 'x':
        if (hex_escape(r, 2, &cp) < 0) return -1;
        break;
    case 'u': case 'U':
        if (r->is_bytes) return fail(r, st, "bad escape \\%c", c);
        if (hex_escape(r, c == 'u' ? 4 : 8, &cp) < 0) return -1;
        break;
    case 'N':
        if (r->is_bytes) return fail(r, st, "bad escape \\N");
        return named_char(r);
    case '0':
        if (octal_escape(r, st, st + 1, &cp) < 0) return -1;
        break;
    default:
        if (is_digit(c)) {
            size_t j = st + 2;
            if (j < r->n && is_digit(r->s[j])) {
                if (is_oct(c) && is_oct(r->s[j]) && j + 1 < r->n && is_oct(r->s[j + 1])) {
                    if (octal_escape(r, st, st + 1, &cp) < 0) return -1;
                    break;
                }
                j++;
            }
            int g = 0;
            for (size_t k = st + 1; k < j; k++) g = g * 10 + (r->s[k] - '0');
            if (g <= r->t->ngroups) {
                if (r->open[g]) return fail(r, st, "cannot refer to an open group");
                r->i = j;
                set_item(r, IT_OK);
                return ref_group(r, g);
            }
            return fail(r, st + 1, "invalid group reference %d", g);
        }
        if (c < 128 && is_alpha(c)) return fail(r, st, "bad escape \\%c", c);
        /* an escaped non-letter is that character */
        r->i = st + 1;
        cp = charval(r, r->i);
        r->i += charlen(r, r->i);
        break;
    }
    set_item(r, IT_OK);
    return put_literal(r, cp);
}

/* One item of a class at r->i: *kind 0 literal (value in *cp), 1 category (\d ...).
 * tok, toklen: its source text, for range error messages. */
static int class_item(Tr *r, int *kind, uint32_t *cp, size_t *tok, size_t *toklen) {
    size_t st = r->i;
    *tok = st;
    *kind = 0;
    if (r->s[st] != '\\') {
        *cp = charval(r, st);
        r->i += charlen(r, st);
        *toklen = r->i - st;
        return 0;
    }
    if (st + 1 >= r->n) return fail(r, st, "bad escape (end of pattern)");
    int c = r->s[st + 1];
    switch (c) {
    case 'a': *cp = 7; r->i += 2; break;
    case 'b': *cp = 8; r->i += 2; break;
    case 'f': *cp = 12; r->i += 2; break;
    case 'n': *cp = 10; r->i += 2; break;
    case 'r': *cp = 13; r->i += 2; break;
    case 't': *cp = 9; r->i += 2; break;
    case 'v': *cp = 11; r->i += 2; break;
    case '\\': *cp = '\\'; r->i += 2; break;
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        *kind = 1; r->i += 2; break;
    case 'x':
        if (hex_escape(r, 2, cp) < 0) return -1;
        break;
    case 'u': case 'U':
        if (r->is_bytes) return fail(r, st, "bad escape \\%c", c);
        if (hex_escape(r, c == 'u' ? 4 : 8, cp) < 0) return -1;
        break;
    case 'N':
        if (r->is_bytes) return fail(r, st, "bad escape \\N");
        return named_char(r);
    default:
        if (is_oct(c)) {
            if (octal_escape(r, st, st + 1, cp) < 0) return -1;
            break;
        }
        if (c < 128 && (is_digit(c) || is_alpha(c))) return fail(r, st, "bad escape \\%c", c);
        r->i = st + 1;
        *cp = charval(r, r->i);
        r->i += charlen(r, r->i);
        break;
    }
    *toklen = r->i - st;
    return 0;
}

/* \d, \s ... inside a class (at s[at]) */
static int put_category(Tr *r, size_t at) {
    if (r->s[at + 1] == 's' && unicode_space(r)) return puts_(r, "\\s\\x1c-\\x1f");
    return put(r, (const char *)r->s + at, 2);
}

static int parse_class(Tr *r) {
    size_t here = r->i;
    r->i++;
    if (puts_(r, "[") < 0) return -1;
    if (r->i < r->n && r->s[r->i] == '^') {
        r->i++;
        if (puts_(r, "^") < 0) return -1;
    }
    bool any = false;
    for (;;) {
        if (r->i >= r->n) return fail(r, here, "unterminated character set");
        if (r->s[r->i] == ']' && any) { r->i++; break; }
        int k1, k2;
        uint32_t c1, c2;
        size_t t1, l1, t2, l2;
        if (class_item(r, &k1, &c1, &t1, &l1) < 0) return -1;
        any = true;
        if (r->i < r->n && r->s[r->i] == '-') {
            r->i++;
            if (r->i >= r->n) return fail(r, here, "unterminated character set");
            if (r->s[r->i] == ']') {
                r->i++;
                if ((k1 ? put_category(r, t1) : put_literal(r, c1)) < 0) return -1;
                if (puts_(r, "\\-") < 0) return -1;
                break;
            }
            if (class_item(r, &k2, &c2, &t2, &l2) < 0) return -1;
            if (k1 || k2 || c2 < c1)
                return fail(r, t1, "bad character range %.*s-%.*s", (int)l1, (const char *)r->s + t1,
                            (int)l2, (const char *)r->s + t2);
            if (put_literal(r, c1) < 0 || puts_(r, "-") < 0 || put_literal(r, c2) < 0) return -1;
        } else if (k1) {
            if (put_category(r, t1) < 0) return -1;
        } else if (put_literal(r, c1) < 0) {
            return -1;
        }
    }
    set_item(r, IT_OK);
    return puts_(r, "]");
}

/* Reads decimal digits at r->i into *v (saturating); returns how many were read. */
static size_t read_num(Tr *r, uint64_t *v) {
    size_t k = 0;
    *v = 0;
    while (r->i < r->n && is_digit(r->s[r->i])) {
        if (*v < ((uint64_t)1 << 40)) *v = *v * 10 + (uint64_t)(r->s[r->i] - '0');
        r->i++;
        k++;
    }
    return k;
}

static int quantifier(Tr *r) {
    size_t st = r->i;
    char buf[64];
    size_t blen;
    int c = r->s[st];
    if (c == '{') {
        size_t save = r->i;
        r->i++;
        if (r->i < r->n && r->s[r->i] == '}') {
            r->i = save + 1;
            set_item(r, IT_OK);
            return puts_(r, "\\{");
        }
        uint64_t lo = 0, hi = 0;
        size_t lopos = r->i;
        size_t nlo = read_num(r, &lo), nhi = 0;
        bool comma = false;
        if (r->i < r->n && r->s[r->i] == ',') {
            comma = true;
            r->i++;
            nhi = read_num(r, &hi);
        }
        if (r->i >= r->n || r->s[r->i] != '}') {
            r->i = save + 1;
            set_item(r, IT_OK);
            return puts_(r, "\\{");
        }
        r->i++;
        if (!comma) { hi = lo; nhi = nlo; }
        if ((nlo && lo >= 4294967295u) || (nhi && hi >= 4294967295u)) {
            r->t->errpos = -2;   /* OverflowError */
            snprintf(r->t->errmsg, sizeof r->t->errmsg, "the repetition number is too large");
            return -1;
        }
        if (nhi && hi < lo) return fail(r, lopos, "min repeat greater than max repeat");
        if (nhi) blen = (size_t)snprintf(buf, sizeof buf, "{%llu,%llu}", (unsigned long long)lo, (unsigned long long)hi);
        else blen = (size_t)snprintf(buf, sizeof buf, "{%llu,}", (unsigned long long)lo);
    } else {
        r->i++;
        buf[0] = (char)c;
        blen = 1;
    }
    if (r->item == IT_NONE || r->item == IT_AT) return fail(r, st, "nothing to repeat");
    if (r->item == IT_REPEATED) return fail(r, st, "multiple repeat");
    if (r->i < r->n && (r->s[r->i] == '?' || r->s[r->i] == '+')) buf[blen++] = (char)r->s[r->i++];
    r->item = IT_REPEATED;
    return put(r, buf, blen);
}

/* Flag letters of (?...): returns the Python flag bit or 0. */
static int flag_bit(int c) {
    switch (c) {
    case 'a': return RE_ASCII;
    case 'i': return RE_IGNORECASE;
    case 'L': return RE_LOCALE;
    case 'm': return RE_MULTILINE;
    case 's': return RE_DOTALL;
    case 'u': return RE_UNICODE;
    case 'x': return RE_VERBOSE;
    default: return 0;
    }
}

static int parse_flags(Tr *r, size_t gstart) {
    int add = 0, del = 0;
    size_t j = r->i;   /* first flag letter */
    while (j < r->n && flag_bit(r->s[j])) {
        int b = flag_bit(r->s[j]);
        if (b == RE_LOCALE && !r->is_bytes)
            return fail(r, j + 1, "bad inline flags: cannot use 'L' flag with a str pattern");
        if (b == RE_UNICODE && r->is_bytes)
            return fail(r, j + 1, "bad inline flags: cannot use 'u' flag with a bytes pattern");
        if (b == RE_ASCII && r->is_bytes) { /* allowed, nothing to do */ }
        add |= b;
        int typed = add & (RE_ASCII | RE_UNICODE | RE_LOCALE);
        if (typed & (typed - 1)) return fail(r, j + 1, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        j++;
    }
    if (j >= r->n) return fail(r, j, "missing -, : or )");
    if (r->s[j] == ')') {
        if (!r->global_ok || r->depth) return fail(r, gstart, "global flags not at the start of the expression");
        r->t->flags |= add;
        if (add & RE_VERBOSE) r->verbose = true;
        r->i = j + 1;
        return 0;
    }
    if (r->s[j] == '-') {
        j++;
        if (j >= r->n) return fail(r, j, "missing flag");
        if (!flag_bit(r->s[j])) {
            if (is_alpha(r->s[j])) return fail(r, j, "unknown flag");
            return fail(r, j, "missing flag");
        }
        while (j < r->n && flag_bit(r->s[j])) {
            int b = flag_bit(r->s[j]);
            if (b & (RE_ASCII | RE_UNICODE | RE_LOCALE))
                return fail(r, j + 1, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            del |= b;
            j++;
        }
        if (j >= r->n) return fail(r, j, "missing :");
        if (r->s[j] != ':') {
            if (is_alpha(r->s[j])) return fail(r, j, "unknown flag");
            return fail(r, j, "missing :");
        }
        if (add & del) return fail(r, j, "bad inline flags: flag turned on and off");
    } else if (r->s[j] != ':') {
        if (is_alpha(r->s[j])) return fail(r, j, "unknown flag");
        return fail(r, j, "missing -, : or )");
    }
    r->i = j + 1;
    if (push(r, G_PLAIN, 0, gstart) < 0) return -1;
    if (add & RE_VERBOSE) r->verbose = true;
    if (del & RE_VERBOSE) r->verbose = false;
    char buf[16];
    size_t k = 0;
    buf[k++] = '(';
    buf[k++] = '?';
    if (add & RE_IGNORECASE) buf[k++] = 'i';
    if (add & RE_MULTILINE) buf[k++] = 'm';
    if (add & RE_DOTALL) buf[k++] = 's';
    if (del & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL)) {
        buf[k++] = '-';
        if (del & RE_IGNORECASE) buf[k++] = 'i';
        if (del & RE_MULTILINE) buf[k++] = 'm';
        if (del & RE_DOTALL) buf[k++] = 's';
    }
    buf[k++] = ':';
    return put(r, buf, k);
}

/* Resolves a name or number (conditions, (?P=...)) at [a, b) to a group number. */
static int resolve_ref(Tr *r, size_t a, size_t b, bool numbers_ok, int *g) {
    const char *nm = (const char *)r->s + a;
    size_t len = b - a;
    bool digits = true;
    for (size_t k = a; k < b; k++) if (!is_digit(r->s[k])) digits = false;
    if (digits && numbers_ok) {
        uint64_t v = 0;
        for (size_t k = a; k < b && v < 1000000; k++) v = v * 10 + (uint64_t)(r->s[k] - '0');
        if (v == 0) return fail(r, a, "bad group number");
        if (v > (uint64_t)r->t->ngroups) {
            if (v >= 1000000) return fail(r, a, "invalid group reference %d", (int)v);
            if (r->ncond == sizeof r->condref / sizeof r->condref[0])
                return fail(r, a, "invalid group reference %d", (int)v);
            r->condref[r->ncond] = (int)v;
            r->condpos[r->ncond++] = a;
        }
        *g = (int)v;
        return 0;
    }
    if (!re_valid_group_name(nm, len, r->is_bytes)) return bad_name(r, a, b);
    *g = re_trans_lookup(r->t, nm, len);
    if (*g < 0) return fail(r, a, "unknown group name '%.*s'", (int)len, nm);
    return 0;
}

static int open_group(Tr *r) {
    size_t st = r->i;
    if (st + 1 >= r->n || r->s[st + 1] != '?') {
        r->i++;
        return open_capture(r, st);
    }
    size_t j = st + 2;
    if (j >= r->n) return fail(r, j, "unexpected end of pattern");
    int c = r->s[j];
    switch (c) {
    case ':':
        r->i = j + 1;
        if (push(r, G_PLAIN, 0, st) < 0) return -1;
        return puts_(r, "(?:");
    case 'P': {
        if (j + 1 >= r->n) return fail(r, j + 1, "unexpected end of pattern");
        int d = r->s[j + 1];
        size_t end;
        if (d == '<') {
            r->i = j + 2;
            size_t a = r->i;
            if (read_name(r, '>', "missing >, unterminated name", &end) < 0) return -1;
            if (!re_valid_group_name((const char *)r->s + a, end - a, r->is_bytes)) return bad_name(r, a, end);
            int old = re_trans_lookup(r->t, (const char *)r->s + a, end - a);
            if (old >= 0)
                return fail(r, a, "redefinition of group name '%.*s' as group %d; was group %d",
                            (int)(end - a), (const char *)r->s + a, r->t->ngroups + 1, old);
            if (add_name(r, (const char *)r->s + a, end - a, r->t->ngroups + 1) < 0) return -1;
            r->i = end + 1;
            return open_capture(r, st);
        }
        if (d == '=') {
            r->i = j + 2;
            size_t a = r->i;
            if (read_name(r, ')', "missing ), unterminated name", &end) < 0) return -1;
            int g;
            if (resolve_ref(r, a, end, false, &g) < 0) return -1;
            if (r->open[g]) return fail(r, a, "cannot refer to an open group");
            r->i = end + 1;
            set_item(r, IT_OK);
            return ref_group(r, g);
        }
        return fail(r, j - 1, "unknown extension ?P%.*s", (int)charlen(r, j + 1), (const char *)r->s + j + 1);
    }
    case '#': {
        size_t k = j + 1;
        while (k < r->n && r->s[k] != ')') k++;
        if (k >= r->n) return fail(r, st, "missing ), unterminated comment");
        r->i = k + 1;
        return 0;
    }
    case '=': case '!': case '>':
        r->i = j + 1;
        if (push(r, G_PLAIN, 0, st) < 0) return -1;
        return put(r, (const char *)r->s + st, 3);
    case '<':
        if (j + 1 >= r->n) return fail(r, j + 1, "unexpected end of pattern");
        if (r->s[j + 1] == '=' || r->s[j + 1] == '!') {
            r->i = j + 2;
            if (push(r, G_PLAIN, 0, st) < 0) return -1;
            return put(r, (const char *)r->s + st, 4);
        }
        return fail(r, j - 1, "unknown extension ?<%.*s", (int)charlen(r, j + 1), (const char *)r->s + j + 1);
    case '(': {
        r->i = j + 1;
        size_t a = r->i, end;
        if (read_name(r, ')', "missing ), unterminated name", &end) < 0) return -1;
        int g;
        if (resolve_ref(r, a, end, true, &g) < 0) return -1;
        r->i = end + 1;
        if (push(r, G_COND, 0, st) < 0) return -1;
        char b[32];
        int k = snprintf(b, sizeof b, "(?(%d)", g);
        return put(r, b, (size_t)k);
    }
    default:
        if (flag_bit(c) || c == '-') {
            r->i = j;
            return parse_flags(r, st);
        }
        return fail(r, j - 1, "unknown extension ?%.*s", (int)charlen(r, j), (const char *)r->s + j);
    }
}

static int close_group(Tr *r) {
    if (r->depth == 0) return fail(r, r->i, "unbalanced parenthesis");
    Grp *g = &r->stack[--r->depth];
    if (g->kind == G_CAPTURE) {
        r->t->closepos[g->index] = r->i;
        r->open[g->index] = false;
    }
    r->verbose = g->verbose;
    r->i++;
    set_item(r, IT_OK);
    return puts_(r, ")");
}

static bool is_ws(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

int re_translate(ReTrans *t, const char *pat, size_t n, bool is_bytes, int flags) {
    memset(t, 0, sizeof *t);
    t->flags = flags;
    t->errpos = -1;
    Tr r = {.t = t, .s = (const unsigned char *)pat, .n = n, .is_bytes = is_bytes,
            .verbose = (flags & RE_VERBOSE) != 0, .global_ok = true, .item = IT_NONE};
    int rc = grow_groups(&r, 1);
    if (rc == 0 && put(&r, "", 0) < 0) rc = -1;
    while (rc == 0 && r.i < n) {
        int c = r.s[r.i];
        if (r.verbose && is_ws(c)) { r.i++; continue; }
        if (r.verbose && c == '#') {
            while (r.i < n && r.s[r.i] != '\n') r.i++;
            continue;
        }
        switch (c) {
        case '\\': rc = escape_outside(&r); break;
        case '[': rc = parse_class(&r); break;
        case '(': rc = open_group(&r); break;
        case ')': rc = close_group(&r); break;
        case '|':
            if (r.depth && r.stack[r.depth - 1].kind == G_COND && ++r.stack[r.depth - 1].branches > 1) {
                rc = fail(&r, r.i, "conditional backref with more than two branches");
                break;
            }
            if (r.depth == 0) r.global_ok = false;
            r.item = IT_NONE;
            r.i++;
            rc = puts_(&r, "|");
            break;
        case '*': case '+': case '?': case '{': rc = quantifier(&r); break;
        case '^': case '$':
            r.i++;
            set_item(&r, IT_AT);
            rc = put(&r, (const char *)&r.s[r.i - 1], 1);
            break;
        case '.':
            r.i++;
            set_item(&r, IT_OK);
            rc = puts_(&r, ".");
            break;
        default: {
            size_t k = charlen(&r, r.i);
            set_item(&r, IT_OK);
            if (is_bytes && c >= 0x80) rc = put_cp(&r, (uint32_t)c);
            else rc = put(&r, (const char *)r.s + r.i, k);
            r.i += k;
            break;
        }
        }
    }
    if (rc == 0 && r.depth) rc = fail(&r, r.stack[r.depth - 1].start, "missing ), unterminated subpattern");
    for (size_t k = 0; rc == 0 && k < r.ncond; k++)
        if (r.condref[k] > t->ngroups) rc = fail(&r, r.condpos[k], "invalid group reference %d", r.condref[k]);
    free(r.stack);
    free(r.open);
    return rc;
}

void re_trans_free(ReTrans *t) {
    free(t->out);
    for (size_t i = 0; i < t->nnames; i++) free(t->names[i].name);
    free(t->names);
    free(t->closepos);
    memset(t, 0, sizeof *t);
}
