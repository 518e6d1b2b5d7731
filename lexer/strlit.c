/* String and bytes literals: prefixes, quotes and escape sequences. */
#include <string.h>
#include <stdio.h>
#include "lexer.h"
#include "uninames.h"

/* Looks up a character name, case-insensitively as CPython does; -1 if unknown. */
static long uni_lookup(const char *s, size_t n)
{
    size_t lo = 0, hi = sizeof uni_names / sizeof uni_names[0];
    char buf[64];
    if (n == 0 || n >= sizeof buf) return -1;
    for (size_t i = 0; i < n; i++) buf[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
    buf[n] = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(buf, uni_names[mid].name);
        if (c == 0) return (long)uni_names[mid].cp;
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return -1;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static char *put_utf8(char *o, unsigned c)
{
    if (c < 0x80) *o++ = (char)c;
    else if (c < 0x800) { *o++ = (char)(0xC0 | (c >> 6)); *o++ = (char)(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
        *o++ = (char)(0xE0 | (c >> 12)); *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (c >> 18)); *o++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F)); *o++ = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

static int escape_error(const Token *t, SyntaxErrorInfo *err, const char *fmt, size_t a, size_t b,
                        const char *what)
{
    char msg[200];
    snprintf(msg, sizeof msg, fmt, a, b, what);
    int line = t ? t->end_lineno : 1, col = t ? t->end_col : 0;
    lex_set_error(err, 0, msg, line, col, line, col);
    return -1;
}

int lex_decode_body(Arena *a, const char *s, size_t n, int is_bytes, int is_raw,
                    char **out, size_t *outlen, const Token *t, SyntaxErrorInfo *err)
{
    if (is_bytes) {
        for (size_t i = 0; i < n; i++) {
            if ((unsigned char)s[i] >= 0x80) {
                lex_set_error(err, 0, "bytes can only contain ASCII literal characters",
                              t ? t->lineno : 1, t ? t->col : 0, t ? t->end_lineno : 1, t ? t->end_col : 0);
                return -1;
            }
        }
    }
    char *buf = arena_alloc(a, n + 1);
    if (!buf) return -1;
    if (is_raw || !memchr(s, '\\', n)) {
        memcpy(buf, s, n);
        buf[n] = 0;
        *out = buf;
        *outlen = n;
        return 0;
    }
    char *o = buf;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c != '\\' || i + 1 >= n) { *o++ = c; i++; continue; }
        size_t bs = i;
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': *o++ = '\\'; break;
        case '\'': *o++ = '\''; break;
        case '"': *o++ = '"'; break;
        case 'a': *o++ = '\a'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'v': *o++ = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++, i++)
                v = v * 8 + (unsigned)(s[i] - '0');
            if (is_bytes) *o++ = (char)(v & 0xFF);
            else o = put_utf8(o, v);
            break;
        }
        case 'x': {
            int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (is_bytes)
                    return escape_error(t, err, "(value error) invalid \\x escape at position %zu%.0zu%s",
                                        bs, 0, "");
                size_t end = i + (h1 >= 0) - 1;
                return escape_error(t, err, "(unicode error) 'unicodeescape' codec can't decode bytes "
                                    "in position %zu-%zu: truncated %s escape", bs, end, "\\xXX");
            }
            unsigned v = (unsigned)(h1 * 16 + h2);
            i += 2;
            if (is_bytes) *o++ = (char)v;
            else o = put_utf8(o, v);
            break;
        }
        case 'u': case 'U':
            if (!is_bytes) {
                int nd = e == 'u' ? 4 : 8;
                unsigned v = 0;
                int k = 0;
                for (; k < nd && i < n && hexval((unsigned char)s[i]) >= 0; k++, i++)
                    v = v * 16 + (unsigned)hexval((unsigned char)s[i]);
                if (k < nd)
                    return escape_error(t, err, "(unicode error) 'unicodeescape' codec can't decode bytes "
                                        "in position %zu-%zu: truncated %s escape", bs, i - 1,
                                        e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
                if (v > 0x10FFFF)
                    return escape_error(t, err, "(unicode error) 'unicodeescape' codec can't decode bytes "
                                        "in position %zu-%zu: %s", bs, i - 1, "illegal Unicode character");
                o = put_utf8(o, v);
                break;
            }
            *o++ = '\\'; *o++ = e;
            break;
        case 'N':
            if (!is_bytes) {
                size_t j = i;
                while (j < n && s[j] != '}') j++;
                if (i < n && s[i] == '{' && j < n) {
                    long cp = uni_lookup(s + i + 1, j - i - 1);
                    if (cp >= 0) {
                        o = put_utf8(o, (unsigned)cp);
                        i = j + 1;
                        break;
                    }
                }
                return escape_error(t, err, "(unicode error) 'unicodeescape' codec can't decode bytes "
                                    "in position %zu-%zu: %s", bs, j < n ? j : n - 1,
                                    "unknown Unicode character name");
            }
            *o++ = '\\'; *o++ = e;
            break;
        default:
            /* Unknown escapes stay as written (CPython only warns). */
            *o++ = '\\';
            i--;
            break;
        }
    }
    *o = 0;
    *out = buf;
    *outlen = (size_t)(o - buf);
    return 0;
}

int lex_decode_string(Arena *a, const Token *t, char **out, size_t *outlen,
                      int *is_bytes, int *is_f, int *is_raw,
                      const char **body, size_t *bodylen, SyntaxErrorInfo *err)
{
    const char *p = t->start, *end = t->start + t->len;
    int b = 0, f = 0, r = 0;
    for (; *p != '\'' && *p != '"'; p++) {
        switch (*p) {
        case 'b': case 'B': b = 1; break;
        case 'f': case 'F': f = 1; break;
        case 'r': case 'R': r = 1; break;
        default: break;
        }
    }
    char q = *p;
    int triple = end - p >= 6 && p[1] == q && p[2] == q;
    int ql = triple ? 3 : 1;
    const char *bs = p + ql;
    size_t bn = (size_t)(end - p) - 2 * (size_t)ql;
    *is_bytes = b;
    *is_f = f;
    *is_raw = r;
    *body = bs;
    *bodylen = bn;
    if (f) {
        *out = NULL;
        *outlen = 0;
        return 0;
    }
    return lex_decode_body(a, bs, bn, b, r, out, outlen, t, err);
}
