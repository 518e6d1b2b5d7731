/* The tokenizer (re2c). Token codes come from Lemon's grammar.h.
 * The buffer handed to lex_init is NUL-terminated and holds no other NUL
 * (lex_check_source rejects those), so NUL is the end-of-input sentinel and
 * the generated matcher never reads past it. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "lexer.h"
#include "grammar.h"

void lex_set_error(SyntaxErrorInfo *err, int indentation, const char *msg,
                   int lineno, int col, int end_lineno, int end_col)
{
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->is_indentation = indentation;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    err->col = col;
    err->end_lineno = end_lineno;
    err->end_col = end_col;
}

/* Decodes one UTF-8 sequence; returns its length (0 if invalid). */
static int utf8_decode(const unsigned char *p, const unsigned char *lim, unsigned *cp)
{
    unsigned c = p[0];
    if (c < 0x80) { *cp = c; return 1; }
    int n; unsigned min;
    if ((c & 0xE0) == 0xC0) { n = 2; c &= 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { n = 3; c &= 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { n = 4; c &= 0x07; min = 0x10000; }
    else return 0;
    if (lim - p < n) return 0;
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return n;
}

int lex_check_source(const char *src, size_t len, SyntaxErrorInfo *err)
{
    const unsigned char *p = (const unsigned char *)src, *lim = p + len;
    int line = 1;
    while (p < lim) {
        unsigned char c = *p;
        if (c == '\n') { line++; p++; continue; }
        if (c == 0) {
            lex_set_error(err, 0, "source code cannot contain null bytes", line, -1, line, -1);
            return -1;
        }
        if (c < 0x80) { p++; continue; }
        unsigned cp;
        int n = utf8_decode(p, lim, &cp);
        if (!n) {
            char msg[200];
            snprintf(msg, sizeof msg,
                     "Non-UTF-8 code starting with '\\x%02x' in file <file> on line %d, "
                     "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                     c, line);
            lex_set_error(err, 0, msg, line, -1, line, -1);
            return -1;
        }
        p += n;
    }
    return 0;
}

void lex_init_at(Lexer *lx, const char *src, size_t len, int lineno, int col)
{
    memset(lx, 0, sizeof *lx);
    lx->buf = src;
    lx->len = len;
    lx->cur = src;
    lx->lim = src + len;
    lx->line_start = src;
    lx->lineno = lineno;
    lx->first_lineno = lineno;
    lx->col_base = col;
    lx->at_bol = 1;
    lx->last_type = -1;
    /* A UTF-8 byte order mark is not part of the program. */
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF && lineno == 1 && col == 0) {
        lx->cur += 3;
        lx->line_start += 3;
    }
}

void lex_init(Lexer *lx, const char *src, size_t len)
{
    lex_init_at(lx, src, len, 1, 0);
}

static int colof(const Lexer *lx, const char *p)
{
    int c = (int)(p - lx->line_start);
    return c + (lx->line_start == lx->buf ? lx->col_base : 0);
}

static void newline_at(Lexer *lx, const char *nl)
{
    lx->lineno++;
    lx->line_start = nl + 1;
}

/* Characters that can never be part of an identifier, although non-ASCII. */
static int is_symbol_cp(unsigned c)
{
    if (c >= 0x80 && c <= 0xBF) return !(c == 0xAA || c == 0xB5 || c == 0xBA);
    if (c == 0xD7 || c == 0xF7) return 1;
    if (c >= 0x2000 && c <= 0x206F) return !(c == 0x203F || c == 0x2040 || c == 0x2054);
    if (c >= 0x20A0 && c <= 0x20CF) return 1;
    if (c >= 0x2190 && c <= 0x2BFF) return 1;
    if (c >= 0x3000 && c <= 0x3004) return 1;
    if (c >= 0x3008 && c <= 0x3020) return 1;
    if (c >= 0xFE10 && c <= 0xFE6F) return 1;
    if (c >= 0xFF01 && c <= 0xFF0F) return 1;
    if (c >= 0xFF1A && c <= 0xFF20) return 1;
    if (c == 0xFEFF || c == 0xFFFD) return 1;
    if (c >= 0x1F000 && c <= 0x1FAFF) return 1;
    return 0;
}

static int is_nonprintable_cp(unsigned c)
{
    return c == 0xA0 || c == 0xAD || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
           (c >= 0x205F && c <= 0x2064) || c == 0x3000 || c == 0xFEFF || (c >= 0x80 && c < 0xA0);
}

/* Validates the non-ASCII characters of an identifier [s, e). */
static int check_identifier(Lexer *lx, const char *s, const char *e, SyntaxErrorInfo *err)
{
    for (const char *p = s; p < e;) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) { p++; continue; }
        unsigned cp;
        int n = utf8_decode((const unsigned char *)p, (const unsigned char *)lx->lim, &cp);
        if (!n) n = 1, cp = 0xFFFD;
        if (is_nonprintable_cp(cp) || is_symbol_cp(cp)) {
            char msg[80];
            int col = colof(lx, p);
            if (is_nonprintable_cp(cp))
                snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", cp);
            else
                snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, p, cp);
            lex_set_error(err, 0, msg, lx->lineno, col, lx->lineno, col);
            return -1;
        }
        p += n;
    }
    return 0;
}

static int is_idchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

const char *lex_warning_file;

/* A SyntaxWarning of the tokenizer, printed as CPython's default warning filter shows it
 * (the source line only for real files). */
static void lex_warn(Lexer *lx, const char *msg)
{
    if (!lex_warning_file) return;
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", lex_warning_file, lx->lineno, msg);
    /* the warnings module shows the line as the file on disk has it, if there is one */
    FILE *fp = lex_warning_file[0] != '<' ? fopen(lex_warning_file, "rb") : NULL;
    if (fp) {
        char buf[4096];
        int ln = 0;
        while (fgets(buf, sizeof buf, fp)) {
            size_t n = strlen(buf);
            if (++ln < lx->lineno) {
                /* a line longer than the buffer continues in the next read */
                while (n && buf[n - 1] != '\n' && fgets(buf, sizeof buf, fp)) n = strlen(buf);
                continue;
            }
            const char *b = buf, *e = buf + n;
            while (b < e && (*b == ' ' || *b == '\t' || *b == '\f')) b++;
            while (e > b && (e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f')) e--;
            fprintf(stderr, "  %.*s\n", (int)(e - b), b);
            break;
        }
        fclose(fp);
    }
    fflush(stderr);
}

/* After a number: a letter, digit or '_' right after it makes it invalid, except the
 * keywords that may follow a number in valid code (1if x else y), which CPython 3.11
 * still accepts with a SyntaxWarning. */
static int verify_number_end(Lexer *lx, const char *p, const char *what, SyntaxErrorInfo *err)
{
    unsigned char c = (unsigned char)*p;
    if (!is_idchar(c)) return 0;
    if (c >= 0x80) {
        unsigned cp;
        int n = utf8_decode((const unsigned char *)p, (const unsigned char *)lx->lim, &cp);
        if (n && (is_symbol_cp(cp) || is_nonprintable_cp(cp))) {
            const char *e = p + n;
            return check_identifier(lx, p, e, err);
        }
    }
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", what);
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        size_t n = strlen(kws[i]);
        if (strncmp(p, kws[i], n) == 0) {
            lex_warn(lx, msg);
            return 0;
        }
    }
    int col = colof(lx, p) - 1;
    if (c == '_') col++;
    /* 1e+ : the tokenizer stops after the sign. */
    if ((c == 'e' || c == 'E') && (p[1] == '+' || p[1] == '-')) col = colof(lx, p + 1);
    lex_set_error(err, 0, msg, lx->lineno, col, lx->lineno, col);
    return -1;
}

/* Scans a string literal whose opening quote is at q; sets lx->cur past it. */
static int scan_string(Lexer *lx, const char *tokstart, const char *q, int start_line, int start_col,
                       SyntaxErrorInfo *err)
{
    char quote = *q;
    int triple = q[1] == quote && q[2] == quote;
    const char *p = q + (triple ? 3 : 1);
    for (;;) {
        if (p >= lx->lim) break;
        char c = *p;
        if (c == '\\') {
            if (p + 1 >= lx->lim) { p++; break; }
            if (p[1] == '\n') {
                newline_at(lx, p + 1);
            }
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple) {
                char msg[96];
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)", lx->lineno);
                lex_set_error(err, 0, msg, start_line, start_col, start_line, start_col);
                return -1;
            }
            newline_at(lx, p);
            p++;
            continue;
        }
        if (c == quote) {
            if (!triple) { lx->cur = p + 1; return 0; }
            if (p[1] == quote && p[2] == quote) { lx->cur = p + 3; return 0; }
        }
        p++;
    }
    (void)tokstart;
    char msg[96];
    /* CPython counts the line the tokenizer stands on at end of input. */
    int line = lx->lineno;
    if (triple && lx->lim > lx->buf && lx->lim[-1] == '\n' && line > start_line) line--;
    snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
             triple ? "triple-quoted " : "", line);
    lex_set_error(err, 0, msg, start_line, start_col, start_line, start_col);
    return -1;
}

static int emit(Lexer *lx, Token *t, int type, const char *s, const char *e, int line, int col)
{
    t->type = type;
    t->start = s;
    t->len = (int)(e - s);
    t->lineno = line;
    t->col = col;
    t->end_lineno = lx->lineno;
    t->end_col = colof(lx, e);
    t->level = lx->level;
    t->skip = 0;
    lx->last_type = type;
    return type;
}

/* Measures the indentation of the line at lx->cur; handles blank lines.
 * Returns 1 if a real line starts, 0 at end of input, -1 on error. */
static int do_indentation(Lexer *lx, Token *t, SyntaxErrorInfo *err)
{
    (void)t;
    for (;;) {
        const char *p = lx->cur;
        int col = 0, altcol = 0;
        for (;; p++) {
            if (*p == ' ') col++, altcol++;
            else if (*p == '\t') col = (col / 8 + 1) * 8, altcol++;
            else if (*p == '\f') col = altcol = 0;
            else break;
        }
        if (p >= lx->lim) { lx->cur = p; return 0; }
        if (*p == '#' || *p == '\n') {
            /* Blank or comment-only line: no layout tokens. */
            while (p < lx->lim && *p != '\n') p++;
            if (p >= lx->lim) { lx->cur = p; return 0; }
            newline_at(lx, p);
            lx->cur = p + 1;
            continue;
        }
        lx->cur = p;
        int top = lx->indstack[lx->indent];
        if (col == top) {
            if (altcol != lx->altstack[lx->indent]) goto tab_error;
        } else if (col > top) {
            if (lx->indent + 1 >= LEX_MAXINDENT) {
                lex_set_error(err, 1, "too many levels of indentation", lx->lineno, 0,
                              lx->lineno, -1);
                return -1;
            }
            if (altcol <= lx->altstack[lx->indent]) goto tab_error;
            lx->indent++;
            lx->indstack[lx->indent] = col;
            lx->altstack[lx->indent] = altcol;
            lx->pending = 1;
        } else {
            int n = 0;
            while (lx->indent > 0 && col < lx->indstack[lx->indent]) { lx->indent--; n++; }
            if (col != lx->indstack[lx->indent]) {
                const char *e = p;
                while (e < lx->lim && *e != '\n') e++;
                int ec = colof(lx, e);
                lex_set_error(err, 1, "unindent does not match any outer indentation level",
                              lx->lineno, ec, lx->lineno, -2);
                return -1;
            }
            if (altcol != lx->altstack[lx->indent]) goto tab_error;
            lx->pending = -n;
        }
        lx->pend_lineno = lx->lineno;
        lx->pend_col = colof(lx, p);
        return 1;
    tab_error:
        lex_set_error(err, 0, "inconsistent use of tabs and spaces in indentation", lx->lineno,
                      0, lx->lineno, -1);
        err->is_tab = 1;
        return -1;
    }
}

/* Keywords map to their own token codes; everything else is a NAME. */
static int lex_keyword(const char *s, int n)
{
    switch (n) {
    case 2:
        if (memcmp(s, "as", 2) == 0) return TK_AS;
        if (memcmp(s, "if", 2) == 0) return TK_IF;
        if (memcmp(s, "in", 2) == 0) return TK_IN;
        if (memcmp(s, "is", 2) == 0) return TK_IS;
        if (memcmp(s, "or", 2) == 0) return TK_OR;
        break;
    case 3:
        if (memcmp(s, "and", 3) == 0) return TK_AND;
        if (memcmp(s, "def", 3) == 0) return TK_DEF;
        if (memcmp(s, "del", 3) == 0) return TK_DEL;
        if (memcmp(s, "for", 3) == 0) return TK_FOR;
        if (memcmp(s, "not", 3) == 0) return TK_NOT;
        if (memcmp(s, "try", 3) == 0) return TK_TRY;
        break;
    case 4:
        if (memcmp(s, "None", 4) == 0) return TK_NONE;
        if (memcmp(s, "True", 4) == 0) return TK_TRUE;
        if (memcmp(s, "elif", 4) == 0) return TK_ELIF;
        if (memcmp(s, "else", 4) == 0) return TK_ELSE;
        if (memcmp(s, "from", 4) == 0) return TK_FROM;
        if (memcmp(s, "pass", 4) == 0) return TK_PASS;
        if (memcmp(s, "with", 4) == 0) return TK_WITH;
        break;
    case 5:
        if (memcmp(s, "False", 5) == 0) return TK_FALSE;
        if (memcmp(s, "async", 5) == 0) return TK_ASYNC;
        if (memcmp(s, "await", 5) == 0) return TK_AWAIT;
        if (memcmp(s, "break", 5) == 0) return TK_BREAK;
        if (memcmp(s, "class", 5) == 0) return TK_CLASS;
        if (memcmp(s, "raise", 5) == 0) return TK_RAISE;
        if (memcmp(s, "while", 5) == 0) return TK_WHILE;
        if (memcmp(s, "yield", 5) == 0) return TK_YIELD;
        break;
    case 6:
        if (memcmp(s, "assert", 6) == 0) return TK_ASSERT;
        if (memcmp(s, "except", 6) == 0) return TK_EXCEPT;
        if (memcmp(s, "global", 6) == 0) return TK_GLOBAL;
        if (memcmp(s, "import", 6) == 0) return TK_IMPORT;
        if (memcmp(s, "lambda", 6) == 0) return TK_LAMBDA;
        if (memcmp(s, "return", 6) == 0) return TK_RETURN;
        break;
    case 7:
        if (memcmp(s, "finally", 7) == 0) return TK_FINALLY;
        break;
    case 8:
        if (memcmp(s, "continue", 8) == 0) return TK_CONTINUE;
        if (memcmp(s, "nonlocal", 8) == 0) return TK_NONLOCAL;
        break;
    }
    return TK_NAME;
}

/* CPython's tokenizer reports its own errors in characters, not bytes. */
static int char_col(const Lexer *lx, int lineno, int bytecol)
{
    if (bytecol <= 0) return bytecol;
    const char *p = lx->buf;
    int l = lx->first_lineno;
    while (l < lineno && p < lx->lim) {
        if (*p == '\n') l++;
        p++;
    }
    int base = p == lx->buf ? lx->col_base : 0;
    int n = 0, b = base;
    for (; b < bytecol && p < lx->lim && *p != '\n'; p++, b++)
        if (((unsigned char)*p & 0xC0) != 0x80) n++;
    return base + n + (bytecol - b);
}

static int lex_next_raw(Lexer *lx, Token *t, SyntaxErrorInfo *err);

int lex_next(Lexer *lx, Token *t, SyntaxErrorInfo *err)
{
    int r = lex_next_raw(lx, t, err);
    if (r == -1 && err && !err->is_indentation && !err->is_tab && err->lineno > 0 &&
        strncmp(err->msg, "unexpected ", 11) != 0) {
        int c = char_col(lx, err->lineno, err->col);
        int ec = err->end_lineno == err->lineno ? char_col(lx, err->lineno, err->end_col) : err->end_col;
        err->col = c;
        err->end_col = ec;
    }
    return r;
}

static int lex_next_raw(Lexer *lx, Token *t, SyntaxErrorInfo *err)
{
    const char *p, *mk, *s;
    int line, col;
    (void)mk;
again:
    if (lx->pending > 0) {
        lx->pending--;
        t->type = TK_INDENT; t->start = lx->line_start; t->len = 0;
        t->lineno = t->end_lineno = lx->pend_lineno;
        t->col = 0; t->end_col = lx->pend_col; t->level = 0; t->skip = 0;
        lx->last_type = TK_INDENT;
        return TK_INDENT;
    }
    if (lx->pending < 0) {
        lx->pending++;
        t->type = TK_DEDENT; t->start = lx->cur; t->len = 0;
        t->lineno = t->end_lineno = lx->pend_lineno;
        t->col = t->end_col = lx->pend_col; t->level = 0; t->skip = 0;
        lx->last_type = TK_DEDENT;
        return TK_DEDENT;
    }
    if (lx->eof_stage) goto at_eof;
    if (lx->at_bol && !lx->no_layout && lx->level == 0) {
        lx->at_bol = 0;
        int r = do_indentation(lx, t, err);
        if (r < 0) return -1;
        if (r == 0) goto at_eof;
        if (lx->pending) goto again;
    }
    lx->at_bol = 0;
    for (;;) {
        p = lx->cur;
        while (*p == ' ' || *p == '\t' || *p == '\f') p++;
        if (*p == '#') while (p < lx->lim && *p != '\n') p++;
        lx->cur = p;
        if (*p == '\\') {
            if (p + 1 >= lx->lim) {
                lex_set_error(err, 0, "unexpected EOF while parsing", lx->lineno, colof(lx, p + 1),
                              lx->lineno, -2);
                return -1;
            }
            if (p[1] != '\n') {
                lex_set_error(err, 0, "unexpected character after line continuation character",
                              lx->lineno, colof(lx, p + 1), lx->lineno, -1);
                return -1;
            }
            if (p + 2 >= lx->lim && !lx->no_layout) {
                /* a continuation line with nothing after it */
                lex_set_error(err, 0, "unexpected EOF while parsing", lx->lineno, colof(lx, p + 1),
                              lx->lineno, -2);
                return -1;
            }
            newline_at(lx, p + 1);
            lx->cur = p + 2;
            continue;
        }
        if (*p == '\n') {
            if (lx->level > 0 || lx->no_layout) {
                newline_at(lx, p);
                lx->cur = p + 1;
                continue;
            }
            line = lx->lineno; col = colof(lx, p);
            t->type = TK_NEWLINE; t->start = p; t->len = 1;
            t->lineno = t->end_lineno = line; t->col = col; t->end_col = col + 1;
            t->level = 0; t->skip = 0;
            newline_at(lx, p);
            lx->cur = p + 1;
            lx->at_bol = 1;
            lx->last_type = TK_NEWLINE;
            return TK_NEWLINE;
        }
        break;
    }
    if (p >= lx->lim) goto at_eof;

    s = p;
    line = lx->lineno;
    col = colof(lx, s);
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = "p";
        re2c:define:YYMARKER = "mk";
        re2c:yyfill:enable = 0;

        digit = [0-9];
        digitpart = digit ("_"? digit)*;
        dec = [1-9] ("_"? digit)* | "0" ("_"? "0")*;
        lzdec = "0" ("_"? "0")* ("_"? [1-9]) ("_"? digit)*;
        hex = "0" [xX] ("_"? [0-9a-fA-F])+;
        oct = "0" [oO] ("_"? [0-7])+;
        bin = "0" [bB] ("_"? [01])+;
        fraction = "." digitpart;
        exponent = [eE] [+-]? digitpart;
        pointfloat = digitpart? fraction | digitpart ".";
        float = pointfloat | (digitpart | pointfloat) exponent;
        imag = (float | digitpart) [jJ];
        idstart = [a-zA-Z_] | [\x80-\xff];
        idcont = [a-zA-Z0-9_] | [\x80-\xff];
        strprefix = [rRuUbBfF] | [rR][bBfF] | [bBfF][rR];

        "\x00" { goto at_eof; }
        strprefix? ["'] {
            lx->cur = p;
            if (scan_string(lx, s, p - 1, line, col, err) < 0) return -1;
            return emit(lx, t, TK_STRING, s, lx->cur, line, col);
        }
        idstart idcont* {
            lx->cur = p;
            for (const char *q = s; q < p; q++) {
                if ((unsigned char)*q >= 0x80) {
                    if (check_identifier(lx, s, p, err) < 0) return -1;
                    break;
                }
            }
            return emit(lx, t, lex_keyword(s, (int)(p - s)), s, p, line, col);
        }
        dec | imag | float {
            lx->cur = p;
            if (verify_number_end(lx, p, (p[-1] == 'j' || p[-1] == 'J') ? "imaginary" : "decimal", err) < 0)
                return -1;
            return emit(lx, t, TK_NUMBER, s, p, line, col);
        }
        lzdec {
            int nz = 0;
            while (s[nz] == '0' || s[nz] == '_') nz++;
            lex_set_error(err, 0, "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers", line, col, line, col + nz);
            return -1;
        }
        hex {
            lx->cur = p;
            if (verify_number_end(lx, p, "hexadecimal", err) < 0) return -1;
            return emit(lx, t, TK_NUMBER, s, p, line, col);
        }
        oct | bin {
            lx->cur = p;
            int isoct = s[1] == 'o' || s[1] == 'O';
            if (*p >= '0' && *p <= '9') {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, isoct ? "octal" : "binary");
                int c2 = colof(lx, p);
                lex_set_error(err, 0, msg, line, c2, line, c2);
                return -1;
            }
            if (verify_number_end(lx, p, isoct ? "octal" : "binary", err) < 0) return -1;
            return emit(lx, t, TK_NUMBER, s, p, line, col);
        }
        "0" [xXoObB] "_"? {
            const char *what = (s[1] == 'x' || s[1] == 'X') ? "hexadecimal" :
                               (s[1] == 'o' || s[1] == 'O') ? "octal" : "binary";
            char msg[64];
            if ((s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B') && *p >= '0' && *p <= '9') {
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, what);
                int c2 = colof(lx, p);
                lex_set_error(err, 0, msg, line, c2, line, c2);
                return -1;
            }
            snprintf(msg, sizeof msg, "invalid %s literal", what);
            int c2 = colof(lx, p) - 1;
            lex_set_error(err, 0, msg, line, c2, line, c2);
            return -1;
        }
        "(" | "[" | "{" {
            lx->cur = p;
            if (lx->level >= LEX_MAXLEVEL) {
                lex_set_error(err, 0, "too many nested parentheses", line, col, line, col);
                return -1;
            }
            lx->parens[lx->level] = *s;
            lx->paren_line[lx->level] = line;
            lx->paren_col[lx->level] = col;
            int ty = *s == '(' ? TK_LPAR : *s == '[' ? TK_LSQB : TK_LBRACE;
            emit(lx, t, ty, s, p, line, col);
            lx->level++;
            return ty;
        }
        ")" | "]" | "}" {
            lx->cur = p;
            char msg[128];
            if (lx->level == 0) {
                snprintf(msg, sizeof msg, "unmatched '%c'", *s);
                lex_set_error(err, 0, msg, line, col, line, col);
                return -1;
            }
            char open = lx->parens[lx->level - 1];
            if ((open == '(' && *s != ')') || (open == '[' && *s != ']') || (open == '{' && *s != '}')) {
                int ol = lx->paren_line[lx->level - 1];
                if (ol != line)
                    snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                             "parenthesis '%c' on line %d", *s, open, ol);
                else
                    snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                             "parenthesis '%c'", *s, open);
                lex_set_error(err, 0, msg, line, col, line, col);
                return -1;
            }
            lx->level--;
            int ty = *s == ')' ? TK_RPAR : *s == ']' ? TK_RSQB : TK_RBRACE;
            return emit(lx, t, ty, s, p, line, col);
        }
        ":"   { lx->cur = p; return emit(lx, t, TK_COLON, s, p, line, col); }
        ","   { lx->cur = p; return emit(lx, t, TK_COMMA, s, p, line, col); }
        ";"   { lx->cur = p; return emit(lx, t, TK_SEMI, s, p, line, col); }
        "+"   { lx->cur = p; return emit(lx, t, TK_PLUS, s, p, line, col); }
        "-"   { lx->cur = p; return emit(lx, t, TK_MINUS, s, p, line, col); }
        "*"   { lx->cur = p; return emit(lx, t, TK_STAR, s, p, line, col); }
        "/"   { lx->cur = p; return emit(lx, t, TK_SLASH, s, p, line, col); }
        "|"   { lx->cur = p; return emit(lx, t, TK_VBAR, s, p, line, col); }
        "&"   { lx->cur = p; return emit(lx, t, TK_AMPER, s, p, line, col); }
        "<"   { lx->cur = p; return emit(lx, t, TK_LESS, s, p, line, col); }
        ">"   { lx->cur = p; return emit(lx, t, TK_GREATER, s, p, line, col); }
        "="   { lx->cur = p; return emit(lx, t, TK_EQUAL, s, p, line, col); }
        "."   { lx->cur = p; return emit(lx, t, TK_DOT, s, p, line, col); }
        "%"   { lx->cur = p; return emit(lx, t, TK_PERCENT, s, p, line, col); }
        "=="  { lx->cur = p; return emit(lx, t, TK_EQEQUAL, s, p, line, col); }
        "!="  { lx->cur = p; return emit(lx, t, TK_NOTEQUAL, s, p, line, col); }
        "<="  { lx->cur = p; return emit(lx, t, TK_LESSEQUAL, s, p, line, col); }
        ">="  { lx->cur = p; return emit(lx, t, TK_GREATEREQUAL, s, p, line, col); }
        "~"   { lx->cur = p; return emit(lx, t, TK_TILDE, s, p, line, col); }
        "^"   { lx->cur = p; return emit(lx, t, TK_CIRCUMFLEX, s, p, line, col); }
        "<<"  { lx->cur = p; return emit(lx, t, TK_LEFTSHIFT, s, p, line, col); }
        ">>"  { lx->cur = p; return emit(lx, t, TK_RIGHTSHIFT, s, p, line, col); }
        "**"  { lx->cur = p; return emit(lx, t, TK_DOUBLESTAR, s, p, line, col); }
        "+="  { lx->cur = p; return emit(lx, t, TK_PLUSEQUAL, s, p, line, col); }
        "-="  { lx->cur = p; return emit(lx, t, TK_MINEQUAL, s, p, line, col); }
        "*="  { lx->cur = p; return emit(lx, t, TK_STAREQUAL, s, p, line, col); }
        "/="  { lx->cur = p; return emit(lx, t, TK_SLASHEQUAL, s, p, line, col); }
        "%="  { lx->cur = p; return emit(lx, t, TK_PERCENTEQUAL, s, p, line, col); }
        "&="  { lx->cur = p; return emit(lx, t, TK_AMPEREQUAL, s, p, line, col); }
        "|="  { lx->cur = p; return emit(lx, t, TK_VBAREQUAL, s, p, line, col); }
        "^="  { lx->cur = p; return emit(lx, t, TK_CIRCUMFLEXEQUAL, s, p, line, col); }
        "<<=" { lx->cur = p; return emit(lx, t, TK_LEFTSHIFTEQUAL, s, p, line, col); }
        ">>=" { lx->cur = p; return emit(lx, t, TK_RIGHTSHIFTEQUAL, s, p, line, col); }
        "**=" { lx->cur = p; return emit(lx, t, TK_DOUBLESTAREQUAL, s, p, line, col); }
        "//"  { lx->cur = p; return emit(lx, t, TK_DOUBLESLASH, s, p, line, col); }
        "//=" { lx->cur = p; return emit(lx, t, TK_DOUBLESLASHEQUAL, s, p, line, col); }
        "@"   { lx->cur = p; return emit(lx, t, TK_AT, s, p, line, col); }
        "@="  { lx->cur = p; return emit(lx, t, TK_ATEQUAL, s, p, line, col); }
        "->"  { lx->cur = p; return emit(lx, t, TK_RARROW, s, p, line, col); }
        "..." { lx->cur = p; return emit(lx, t, TK_ELLIPSIS, s, p, line, col); }
        ":="  { lx->cur = p; return emit(lx, t, TK_COLONEQUAL, s, p, line, col); }
        "!"   { lx->cur = p; return emit(lx, t, TK_ERRORTOKEN, s, p, line, col); }
        [\x01-\x7f] {
            lx->cur = p;
            unsigned char ch = (unsigned char)*s;
            if (ch < 0x20 || ch == 0x7f) {
                /* A control character (binary junk): CPython's tokenizer stops right there. */
                char msg[64];
                snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", ch);
                int c = colof(lx, s);
                lex_set_error(err, 0, msg, lx->lineno, c, lx->lineno, c);
                return -1;
            }
            return emit(lx, t, TK_ERRORTOKEN, s, p, line, col);
        }
    */

at_eof:
    if (lx->level > 0 && !lx->no_layout) {
        char msg[64];
        snprintf(msg, sizeof msg, "'%c' was never closed", lx->parens[lx->level - 1]);
        int l = lx->paren_line[lx->level - 1], c = lx->paren_col[lx->level - 1];
        lex_set_error(err, 0, msg, l, c, l, -1);
        err->end_col = -1;
        return -2;
    }
    if (lx->eof_stage == 0) {
        lx->eof_stage = 1;
        lx->cur = lx->lim;
        if (!lx->no_layout && lx->last_type != -1 && lx->last_type != TK_NEWLINE &&
            lx->last_type != TK_DEDENT && lx->last_type != TK_INDENT) {
            int c = colof(lx, lx->lim);
            t->type = TK_NEWLINE; t->start = lx->lim; t->len = 0;
            t->lineno = t->end_lineno = lx->lineno; t->col = c; t->end_col = c + 1;
            t->level = 0; t->skip = 0;
            lx->last_type = TK_NEWLINE;
            return TK_NEWLINE;
        }
    }
    if (lx->eof_stage == 1) {
        lx->eof_stage = 2;
        if (lx->indent > 0) {
            lx->pending = -lx->indent;
            lx->indent = 0;
            /* CPython puts the final DEDENTs on the line after the last one. */
            lx->pend_lineno = lx->lim > lx->buf && lx->lim[-1] == '\n' ? lx->lineno : lx->lineno + 1;
            lx->pend_col = 0;
            goto again;
        }
    }
    t->type = TK_ENDMARKER; t->start = lx->lim; t->len = 0;
    t->lineno = t->end_lineno = (lx->lim > lx->buf && lx->lim[-1] == '\n') || lx->last_type == -1 ? lx->lineno : lx->lineno + 1;
    t->col = t->end_col = 0; t->level = 0; t->skip = 0;
    lx->last_type = TK_ENDMARKER;
    return TK_ENDMARKER;
}
