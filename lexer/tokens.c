/* Token names and the --tokens dump. */
#include <stdlib.h>
#include <string.h>
#include "lexer.h"
#include "grammar.h"

const char *lex_token_name(int type)
{
    switch (type) {
    case TK_ENDMARKER: return "ENDMARKER";
    case TK_NAME: return "NAME";
    case TK_NUMBER: return "NUMBER";
    case TK_STRING: return "STRING";
    case TK_NEWLINE: return "NEWLINE";
    case TK_INDENT: return "INDENT";
    case TK_DEDENT: return "DEDENT";
    case TK_ERRORTOKEN: return "ERRORTOKEN";
    case TK_LPAR: return "LPAR";
    case TK_RPAR: return "RPAR";
    case TK_LSQB: return "LSQB";
    case TK_RSQB: return "RSQB";
    case TK_LBRACE: return "LBRACE";
    case TK_RBRACE: return "RBRACE";
    case TK_COLON: return "COLON";
    case TK_COMMA: return "COMMA";
    case TK_SEMI: return "SEMI";
    case TK_PLUS: return "PLUS";
    case TK_MINUS: return "MINUS";
    case TK_STAR: return "STAR";
    case TK_SLASH: return "SLASH";
    case TK_VBAR: return "VBAR";
    case TK_AMPER: return "AMPER";
    case TK_LESS: return "LESS";
    case TK_GREATER: return "GREATER";
    case TK_EQUAL: return "EQUAL";
    case TK_DOT: return "DOT";
    case TK_PERCENT: return "PERCENT";
    case TK_EQEQUAL: return "EQEQUAL";
    case TK_NOTEQUAL: return "NOTEQUAL";
    case TK_LESSEQUAL: return "LESSEQUAL";
    case TK_GREATEREQUAL: return "GREATEREQUAL";
    case TK_TILDE: return "TILDE";
    case TK_CIRCUMFLEX: return "CIRCUMFLEX";
    case TK_LEFTSHIFT: return "LEFTSHIFT";
    case TK_RIGHTSHIFT: return "RIGHTSHIFT";
    case TK_DOUBLESTAR: return "DOUBLESTAR";
    case TK_PLUSEQUAL: return "PLUSEQUAL";
    case TK_MINEQUAL: return "MINEQUAL";
    case TK_STAREQUAL: return "STAREQUAL";
    case TK_SLASHEQUAL: return "SLASHEQUAL";
    case TK_PERCENTEQUAL: return "PERCENTEQUAL";
    case TK_AMPEREQUAL: return "AMPEREQUAL";
    case TK_VBAREQUAL: return "VBAREQUAL";
    case TK_CIRCUMFLEXEQUAL: return "CIRCUMFLEXEQUAL";
    case TK_LEFTSHIFTEQUAL: return "LEFTSHIFTEQUAL";
    case TK_RIGHTSHIFTEQUAL: return "RIGHTSHIFTEQUAL";
    case TK_DOUBLESTAREQUAL: return "DOUBLESTAREQUAL";
    case TK_DOUBLESLASH: return "DOUBLESLASH";
    case TK_DOUBLESLASHEQUAL: return "DOUBLESLASHEQUAL";
    case TK_AT: return "AT";
    case TK_ATEQUAL: return "ATEQUAL";
    case TK_RARROW: return "RARROW";
    case TK_ELLIPSIS: return "ELLIPSIS";
    case TK_COLONEQUAL: return "COLONEQUAL";
    default:
        if (type >= TK_FALSE && type <= TK_YIELD) return "KEYWORD";
        return "?";
    }
}

static void put_text(FILE *out, const char *s, int n)
{
    fputc('\'', out);
    for (int i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\') fputs("\\\\", out);
        else if (c == '\'') fputs("\\'", out);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c < 0x20 || c == 0x7f) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc('\'', out);
}

int lex_dump_tokens(const char *src, size_t len, FILE *out, SyntaxErrorInfo *err)
{
    if (lex_check_source(src, len, err) < 0) return -1;
    /* Same newline normalization as the parser, so positions agree. */
    char *buf = malloc(len + 1);
    if (!buf) {
        lex_set_error(err, 0, "out of memory", 1, 0, 1, 0);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else {
            buf[n++] = src[i];
        }
    }
    buf[n] = 0;
    Lexer lx;
    lex_init(&lx, buf, n);
    int r;
    for (;;) {
        Token t;
        r = lex_next(&lx, &t, err);
        if (r < 0) break;
        fprintf(out, "%d:%d-%d:%d %s ", t.lineno, t.col, t.end_lineno, t.end_col, lex_token_name(t.type));
        put_text(out, t.start, t.len);
        fputc('\n', out);
        if (r == TK_ENDMARKER) break;
    }
    free(buf);
    return r < 0 ? -1 : 0;
}
