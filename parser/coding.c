/* Source encoding declarations (PEP 263): a comment on line 1, or on line 2 after a
 * blank or comment-only line 1, matching `coding[:=]\s*([-\w.]+)`, says how a source
 * file's bytes are to be decoded. UTF-8, Latin-1, ASCII and cp1252 are known; other
 * names get CPython's "encoding problem" SyntaxError. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "parse.h"

/* The cookie's encoding name of the line [s, e), copied into name; 0 if none. */
static int coding_spec(const char *s, const char *e, char *name, size_t size)
{
    const char *p = s;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p >= e || *p != '#') return 0;
    for (; e - p >= 6; p++) {
        if (memcmp(p, "coding", 6) != 0) continue;
        const char *t = p + 6;
        if (t >= e || (*t != ':' && *t != '=')) continue;
        do t++; while (t < e && (*t == ' ' || *t == '\t'));
        const char *b = t;
        while (t < e && (isalnum((unsigned char)*t) || *t == '-' || *t == '_' || *t == '.')) t++;
        if (t == b) continue;
        size_t n = (size_t)(t - b) < size - 1 ? (size_t)(t - b) : size - 1;
        memcpy(name, b, n);
        name[n] = 0;
        return 1;
    }
    return 0;
}

/* Whether the line [s, e) holds nothing but blanks and maybe a comment. */
static int blank_or_comment(const char *s, const char *e)
{
    for (const char *p = s; p < e; p++) {
        if (*p == '#' || *p == '\n' || *p == '\r') return 1;
        if (*p != ' ' && *p != '\t' && *p != '\f') return 0;
    }
    return 1;
}

/* CPython's spelling of the common names (utf-8, iso-8859-1), else the name as written. */
static void normal_name(const char *s, char *out, size_t size)
{
    char buf[13];
    size_t i;
    for (i = 0; i < 12 && s[i]; i++) buf[i] = s[i] == '_' ? '-' : (char)tolower((unsigned char)s[i]);
    buf[i] = 0;
    const char *r = s;
    if (!strcmp(buf, "utf-8") || !strncmp(buf, "utf-8-", 6)) r = "utf-8";
    else if (!strcmp(buf, "latin-1") || !strcmp(buf, "iso-8859-1") || !strcmp(buf, "iso-latin-1") ||
             !strncmp(buf, "latin-1-", 8) || !strncmp(buf, "iso-8859-1-", 11) ||
             !strncmp(buf, "iso-latin-1-", 12))
        r = "iso-8859-1";
    snprintf(out, size, "%s", r);
}

enum { SRC_UTF8, SRC_LATIN1, SRC_ASCII, SRC_CP1252, SRC_UNKNOWN };

/* The codec a name stands for, with Python's codec-name normalisation and aliases. */
static int codec_of(const char *name)
{
    char k[64];
    size_t n = 0;
    for (const char *p = name; *p && n < sizeof k - 1; p++)
        k[n++] = isalnum((unsigned char)*p) || *p == '.' ? (char)tolower((unsigned char)*p) : '_';
    k[n] = 0;
    static const struct { const char *name; int codec; } names[] = {
        {"utf_8", SRC_UTF8}, {"utf8", SRC_UTF8}, {"u8", SRC_UTF8}, {"utf", SRC_UTF8},
        {"cp65001", SRC_UTF8}, {"utf8_ucs2", SRC_UTF8}, {"utf8_ucs4", SRC_UTF8},
        {"latin_1", SRC_LATIN1}, {"latin1", SRC_LATIN1}, {"latin", SRC_LATIN1}, {"l1", SRC_LATIN1},
        {"iso8859_1", SRC_LATIN1}, {"iso_8859_1", SRC_LATIN1}, {"8859", SRC_LATIN1},
        {"cp819", SRC_LATIN1}, {"iso_ir_100", SRC_LATIN1}, {"csisolatin1", SRC_LATIN1},
        {"ibm819", SRC_LATIN1}, {"iso_8859_1_1987", SRC_LATIN1},
        {"ascii", SRC_ASCII}, {"us_ascii", SRC_ASCII}, {"646", SRC_ASCII}, {"us", SRC_ASCII},
        {"cp367", SRC_ASCII}, {"csascii", SRC_ASCII}, {"ibm367", SRC_ASCII},
        {"iso646_us", SRC_ASCII}, {"iso_ir_6", SRC_ASCII}, {"ansi_x3.4_1968", SRC_ASCII},
        {"cp1252", SRC_CP1252}, {"windows_1252", SRC_CP1252}, {"1252", SRC_CP1252},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(k, names[i].name)) return names[i].codec;
    return SRC_UNKNOWN;
}

/* cp1252's 0x80..0x9F (0: undefined); the other bytes are Latin-1. */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static int problem(SyntaxErrorInfo *err, const char *name, const char *tail)
{
    char msg[200];
    snprintf(msg, sizeof msg, "encoding problem: %s%s", name, tail);
    lex_set_error(err, 0, msg, 0, -1, 0, -1);
    return -1;
}

int parse_decode_source(const char *src, size_t len, char **out, size_t *outlen, SyntaxErrorInfo *err)
{
    *out = NULL;
    *outlen = 0;
    const char *p = src, *end = src + len;
    int bom = len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3);
    if (bom) p += 3;
    char name[64], norm[64];
    int found = 0;
    for (int line = 1; line <= 2 && p < end && !found; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl + 1 : end;
        found = coding_spec(p, e, name, sizeof name);
        if (!found && !blank_or_comment(p, e)) break;
        p = e;
    }
    if (!found) return 0;
    normal_name(name, norm, sizeof norm);
    int codec = codec_of(norm);
    if (bom && codec != SRC_UTF8) return problem(err, norm, " with BOM");
    if (codec == SRC_UNKNOWN) return problem(err, norm, "");
    if (codec == SRC_UTF8) return 0;
    /* every byte becomes at most three bytes of UTF-8 */
    char *buf = malloc(len * 3 + 1);
    if (!buf) {
        lex_set_error(err, 0, "out of memory", 1, 0, 1, 0);
        return -1;
    }
    char *o = buf;
    for (size_t i = 0; i < len; i++) {
        unsigned c = (unsigned char)src[i];
        if (c < 0x80) { *o++ = (char)c; continue; }
        if (codec == SRC_ASCII) { free(buf); return problem(err, norm, ""); }
        if (codec == SRC_CP1252 && c < 0xA0) {
            c = cp1252_high[c - 0x80];
            if (!c) { free(buf); return problem(err, norm, ""); }
        }
        if (c < 0x800) {
            *o++ = (char)(0xC0 | (c >> 6));
            *o++ = (char)(0x80 | (c & 0x3F));
        } else {
            *o++ = (char)(0xE0 | (c >> 12));
            *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
            *o++ = (char)(0x80 | (c & 0x3F));
        }
    }
    *o = 0;
    if (codec == SRC_ASCII) {
        /* nothing to convert */
        free(buf);
        return 0;
    }
    *out = buf;
    *outlen = (size_t)(o - buf);
    return 0;
}
