/* f-strings: literal pieces, {expr!c:spec} replacement fields, nested specs.
 * The expressions are parsed by re-entering the parser on the substring,
 * positioned where the substring sits in the file. */
#include <string.h>
#include <stdio.h>
#include "parse_int.h"
#include "grammar.h"

typedef struct FCtx {
    ParseState *ps;
    const Token *tok;
    const char *body;
    size_t n;
    int is_raw;
    int line0, col0;        /* position of body[0] in the file */
    Pos whole;              /* position of the whole literal */
} FCtx;

static void fpos(const FCtx *f, size_t idx, int *line, int *col)
{
    int l = f->line0, c = f->col0;
    for (size_t i = 0; i < idx && i < f->n; i++) {
        if (f->body[i] == '\n') { l++; c = 0; }
        else c++;
    }
    *line = l;
    *col = c;
}

static int ferr(FCtx *f, const char *msg)
{
    /* CPython 3.11 reports these at the end of the literal. */
    Pos p = {f->tok->end_lineno, f->tok->end_col, f->tok->end_lineno, f->tok->end_col};
    /* CPython 3.11 reports f-string errors at the token after the literal. */
    const Token *n = f->ps->cur;
    if (n && n != f->tok && n->type != TK_ENDMARKER) {
        p = pos_tok(n);
        if (n->type == TK_NEWLINE) p.end_col = p.col;
    }
    parse_error(f->ps, p, "%s", msg);
    return -1;
}

static Expr *mk_lit(FCtx *f, const char *s, size_t n)
{
    char *out;
    size_t outlen;
    ParseState *ps = f->ps;
    if (lex_decode_body(ps->a, s, n, 0, f->is_raw, &out, &outlen, f->tok,
                        ps->probing || ps->failed ? NULL : ps->err) < 0) {
        ps->failed = 1;
        return NULL;
    }
    Expr *e = mk_expr(ps, E_CONSTANT, f->whole);
    e->v.constant.kind = CONST_STR;
    e->v.constant.text = out;
    e->v.constant.len = outlen;
    return e;
}

static int parse_pieces(FCtx *f, size_t *pi, int in_spec, ExprList *out, int depth);

/* Finds where the expression of a replacement field ends. */
static int scan_expr(FCtx *f, size_t i, size_t *endp)
{
    int nest = 0;
    char quote = 0;
    int triple = 0;
    const char *b = f->body;
    for (; i < f->n; i++) {
        char c = b[i];
        if (c == '\\') return ferr(f, "f-string expression part cannot include a backslash");
        if (quote) {
            if (c == quote) {
                if (!triple) quote = 0;
                else if (i + 2 < f->n && b[i + 1] == quote && b[i + 2] == quote) { quote = 0; i += 2; }
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < f->n && b[i + 1] == c && b[i + 2] == c;
            if (triple) i += 2;
            continue;
        }
        if (c == '[' || c == '(' || c == '{') { nest++; continue; }
        if (c == ']' || c == ')' || (c == '}' && nest > 0)) { nest--; continue; }
        if (c == '#') return ferr(f, "f-string expression part cannot include '#'");
        if (nest > 0) continue;
        if (c == '}' || c == ':') break;
        if (c == '!' && !(i + 1 < f->n && b[i + 1] == '=')) break;
        if (c == '=' && !(i + 1 < f->n && b[i + 1] == '=') &&
            !(i > 0 && strchr("=!<>", b[i - 1]))) break;
        if (c == '=' && i + 1 < f->n && b[i + 1] == '=') { i++; continue; }
    }
    if (quote) return ferr(f, "f-string: unterminated string");
    if (i >= f->n) return ferr(f, "f-string: expecting '}'");
    *endp = i;
    return 0;
}

static int parse_field(FCtx *f, size_t *pi, ExprList *out, int depth)
{
    ParseState *ps = f->ps;
    const char *b = f->body;
    size_t start = *pi + 1, end = 0;
    if (depth >= 2) return ferr(f, "f-string: expressions nested too deeply");
    if (scan_expr(f, start, &end) < 0) return -1;
    size_t k = start;
    while (k < end && (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\f')) k++;
    if (k == end) return ferr(f, "f-string: empty expression not allowed");
    int line, col;
    fpos(f, start, &line, &col);
    Expr *value = parse_fstring_expr(ps, b + start, end - start, line, col, f->tok);
    if (!value) return -1;
    size_t i = end;
    int conversion = -1;
    int debug = 0;
    size_t debug_end = 0;
    if (b[i] == '=') {
        debug = 1;
        i++;
        while (i < f->n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n')) i++;
        debug_end = i;
    }
    if (i < f->n && b[i] == '!') {
        i++;
        if (i >= f->n) return ferr(f, "f-string: expecting '}'");
        char c = b[i];
        if (c != 's' && c != 'r' && c != 'a')
            return ferr(f, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = c;
        i++;
        if (i >= f->n || (b[i] != ':' && b[i] != '}')) return ferr(f, "f-string: expecting '}'");
    }
    Expr *spec = NULL;
    if (i < f->n && b[i] == ':') {
        i++;
        spec = mk_expr(ps, E_JOINEDSTR, f->whole);
        if (parse_pieces(f, &i, 1, &spec->v.joinedstr.values, depth + 1) < 0) return -1;
    }
    if (i >= f->n || b[i] != '}') return ferr(f, "f-string: expecting '}'");
    i++;
    if (debug) {
        Expr *lit = mk_lit(f, b + start, debug_end - start);
        if (!lit) return -1;
        exprlist_push(ps->a, out, lit);
        if (conversion == -1 && !spec) conversion = 'r';
    }
    Expr *fv = mk_expr(ps, E_FORMATTEDVALUE, f->whole);
    fv->v.formatted.value = value;
    fv->v.formatted.conversion = conversion;
    fv->v.formatted.format_spec = spec;
    exprlist_push(ps->a, out, fv);
    *pi = i;
    return 0;
}

/* Literal text and fields up to the end (or, in a format spec, up to its '}'). */
static int parse_pieces(FCtx *f, size_t *pi, int in_spec, ExprList *out, int depth)
{
    ParseState *ps = f->ps;
    const char *b = f->body;
    size_t i = *pi;
    char *lit = arena_alloc(ps->a, f->n + 1);
    size_t ln = 0;
    if (!lit) { ps->failed = 1; return -1; }
    while (i < f->n) {
        char c = b[i];
        if (c == '{') {
            if (!in_spec && i + 1 < f->n && b[i + 1] == '{') { lit[ln++] = '{'; i += 2; continue; }
            if (ln) {
                Expr *e = mk_lit(f, lit, ln);
                if (!e) return -1;
                exprlist_push(ps->a, out, e);
                ln = 0;
            }
            if (parse_field(f, &i, out, depth) < 0) return -1;
            continue;
        }
        if (c == '}') {
            if (in_spec) break;
            if (i + 1 < f->n && b[i + 1] == '}') { lit[ln++] = '}'; i += 2; continue; }
            return ferr(f, "f-string: single '}' is not allowed");
        }
        if (c == '\\' && !f->is_raw && i + 2 < f->n && b[i + 1] == 'N' && b[i + 2] == '{') {
            /* \N{NAME}: the braces belong to the escape. */
            while (i < f->n && b[i] != '}') lit[ln++] = b[i++];
            if (i < f->n) lit[ln++] = b[i++];
            continue;
        }
        if (c == '\\' && !f->is_raw && i + 1 < f->n && b[i + 1] != '{' && b[i + 1] != '}') {
            lit[ln++] = c;
            lit[ln++] = b[i + 1];
            i += 2;
            continue;
        }
        lit[ln++] = c;
        i++;
    }
    if (ln) {
        Expr *e = mk_lit(f, lit, ln);
        if (!e) return -1;
        exprlist_push(ps->a, out, e);
    }
    *pi = i;
    return 0;
}

int fstring_parse(ParseState *ps, const Token *t, const char *body, size_t n, int is_raw,
                  ExprList *out)
{
    FCtx f;
    memset(&f, 0, sizeof f);
    f.ps = ps;
    f.tok = t;
    f.body = body;
    f.n = n;
    f.is_raw = is_raw;
    f.line0 = t->lineno;
    f.col0 = t->col + (int)(body - t->start);
    f.whole = pos_tok(t);
    if (ps->fstring_depth > 8) return ferr(&f, "f-string: expressions nested too deeply");
    size_t i = 0;
    ps->fstring_depth++;
    int r = parse_pieces(&f, &i, 0, out, 0);
    ps->fstring_depth--;
    return r;
}
