/* The tokenizer: UTF-8 source to tokens with positions, including the
 * NEWLINE / INDENT / DEDENT structure of Python's layout.
 * Token codes are Lemon's TK_* from grammar.h (one enum for lexer and parser);
 * code 0 is the end of input (ENDMARKER). */
#ifndef MINIPY_LEXER_H
#define MINIPY_LEXER_H

#include <stddef.h>
#include <stdio.h>
#include "ast.h"

/* Extra codes that the grammar never sees as terminals. */
#define TK_ENDMARKER 0

typedef struct Token {
    int type;               /* TK_* or TK_ENDMARKER */
    const char *start;      /* raw text in the lexer's buffer */
    int len;
    int lineno, col, end_lineno, end_col;
    int level;              /* bracket depth before this token */
    int skip;               /* the parser driver drops it (with (a as b): parentheses) */
} Token;

enum { LEX_MAXINDENT = 100, LEX_MAXLEVEL = 200 };

typedef struct Lexer {
    const char *buf;        /* NUL-terminated; buf[len] == 0 */
    size_t len;
    const char *cur, *lim;
    const char *line_start; /* first byte of the current physical line */
    int lineno;
    int first_lineno;
    int col_base;           /* added to columns on the first line (f-string pieces) */
    const char *first_line_end;
    int indstack[LEX_MAXINDENT + 1], altstack[LEX_MAXINDENT + 1];
    int indent;             /* index of the top of indstack */
    int pending;            /* >0: INDENTs to emit, <0: DEDENTs to emit */
    int pend_lineno, pend_col;
    int at_bol;             /* at the start of a logical line */
    int level;
    char parens[LEX_MAXLEVEL];
    int paren_line[LEX_MAXLEVEL], paren_col[LEX_MAXLEVEL];
    int last_type;          /* last token returned (-1 none) */
    int eof_stage;          /* 0 not at EOF, 1 emitted NEWLINE, 2 done */
    int no_layout;          /* f-string expression: no NEWLINE/INDENT/DEDENT */
    int nonascii_ok;
} Lexer;

/* src must stay alive and be NUL-terminated at src[len] (parse_source makes a copy). */
void lex_init(Lexer *lx, const char *src, size_t len);
/* Start positions at (lineno, col) instead of (1, 0): used for f-string expressions. */
void lex_init_at(Lexer *lx, const char *src, size_t len, int lineno, int col);
/* Next token. Returns its type (0 at end), or -1 with *err filled. */
int lex_next(Lexer *lx, Token *t, SyntaxErrorInfo *err);

/* Checks that src is UTF-8 without NUL bytes; fills *err (naming the line) if not. */
int lex_check_source(const char *src, size_t len, SyntaxErrorInfo *err);

/* Decodes a STRING token (prefix, quotes, escapes). Sets *is_bytes and *is_f.
 * For f-strings the body is returned undecoded (the f-string parser decodes
 * its literal pieces with lex_decode_body). Returns 0, or -1 with *err. */
int lex_decode_string(Arena *a, const Token *t, char **out, size_t *outlen,
                      int *is_bytes, int *is_f, int *is_raw,
                      const char **body, size_t *bodylen, SyntaxErrorInfo *err);
/* Decodes escapes of a string body piece (not raw). */
int lex_decode_body(Arena *a, const char *s, size_t n, int is_bytes, int is_raw,
                    char **out, size_t *outlen, const Token *t, SyntaxErrorInfo *err);

/* Name of a token type for dumps ("NAME", "LPAR", ...). */
const char *lex_token_name(int type);

/* minipy --tokens: one token per line. Returns 0, or -1 with *err. */
int lex_dump_tokens(const char *src, size_t len, FILE *out, SyntaxErrorInfo *err);

/* While set, the tokenizer prints its SyntaxWarnings (1if x else y: "invalid decimal
 * literal") under this file name; NULL (the default) keeps them quiet, for re-parses. */
extern const char *lex_warning_file;

/* Fills *err with a position (0-based byte col; end_col exclusive). */
void lex_set_error(SyntaxErrorInfo *err, int indentation, const char *msg,
                   int lineno, int col, int end_lineno, int end_col);

#endif
