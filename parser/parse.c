/* The parser driver: feeds the lexer's tokens to the Lemon push parser and,
 * on failure, works out the message CPython 3.11 would give. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "parse_int.h"
#include "parse.h"
#include "grammar.h"

typedef struct Driver {
    ParseState ps;
    Lexer lx;
    Token *toks;            /* every token read so far */
    int ntoks, cap;
    int lex_done;           /* ENDMARKER or an error was read */
    int lex_status;         /* 0 ok, -1 tokenizer error, -2 unclosed bracket at EOF */
    SyntaxErrorInfo lex_err;
    const char *src;
    size_t len;
    int mode;
    int max_probe;          /* furthest token a probe read */
    int probe_hit_eof;      /* a probe ran into the end of input */
    int err_at_eof;         /* the error is at the end of the input (REPL: incomplete) */
    int eof_line, eof_col;  /* where an error at the ENDMARKER (or a DEDENT there) is put */
    int err_at_end;         /* the failing token is that ENDMARKER or DEDENT */
} Driver;

int parse_file_input;

static int push_tok(Driver *d, const Token *t)
{
    if (d->ntoks == d->cap) {
        int nc = d->cap ? d->cap * 2 : 256;
        Token *n = realloc(d->toks, sizeof *n * (size_t)nc);
        if (!n) return -1;
        d->toks = n;
        d->cap = nc;
    }
    d->toks[d->ntoks++] = *t;
    return 0;
}

/* Reads one more token into d->toks; returns 0, or -1 at end/error. */
static int read_tok(Driver *d)
{
    if (d->lex_done) return -1;
    Token t;
    int r = lex_next(&d->lx, &t, &d->lex_err);
    if (r < 0) {
        d->lex_done = 1;
        d->lex_status = r == -2 ? -2 : -1;
        return -1;
    }
    if (push_tok(d, &t) < 0) {
        d->lex_done = 1;
        d->lex_status = -1;
        lex_set_error(&d->lex_err, 0, "out of memory", t.lineno, t.col, t.lineno, t.end_col);
        return -1;
    }
    if (r == TK_ENDMARKER) d->lex_done = 1;
    return 0;
}

static int starts_expr(int ty)
{
    switch (ty) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_LPAR: case TK_LSQB: case TK_LBRACE:
    case TK_MINUS: case TK_PLUS: case TK_TILDE: case TK_NOT: case TK_LAMBDA: case TK_AWAIT:
    case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* Parses tokens from index i with a fresh parser in a probe mode; returns the
 * index one past the last token of the longest complete construct, or -1. */
static int probe_ex(Driver *d, int i, int mode, Expr **out)
{
    ParseState ps;
    memset(&ps, 0, sizeof ps);
    ps.a = d->ps.a;
    ps.probing = 1;
    /* token i may not be read yet (a probe just past the failing token) */
    while (i >= d->ntoks && read_tok(d) == 0) {}
    if (i >= d->ntoks) {
        d->probe_hit_eof = 1;
        return -1;
    }
    void *p = parse_lemonAlloc(malloc);
    if (!p) return -1;
    Token m = d->toks[i];
    parse_lemon(p, mode, m, &ps);
    int best = -1;
    for (int j = i;; j++) {
        while (j >= d->ntoks && read_tok(d) == 0) {}
        if (j >= d->ntoks) {
            d->probe_hit_eof = 1;
            break;
        }
        const Token *t = &d->toks[j];
        if (j > d->max_probe) d->max_probe = j;
        if (t->type == TK_ENDMARKER || t->type == TK_NEWLINE || t->type == TK_INDENT || t->type == TK_DEDENT)
            break;
        ps.cur = t;
        parse_lemon(p, t->type, *t, &ps);
        if (ps.syntax_error || ps.failed) break;
        if (parse_would_accept(p, 0)) best = j + 1;
    }
    if (out) {
        *out = NULL;
        if (best >= 0) {
            /* Re-run up to best and accept, to get the expression. */
            parse_lemonFree(p, free);
            memset(&ps, 0, sizeof ps);
            ps.a = d->ps.a;
            ps.probing = 1;
            p = parse_lemonAlloc(malloc);
            if (!p) return -1;
            parse_lemon(p, mode, m, &ps);
            for (int j = i; j < best; j++) parse_lemon(p, d->toks[j].type, d->toks[j], &ps);
            Token end = d->toks[best - 1];
            parse_lemon(p, 0, end, &ps);
            if (ps.accepted) *out = ps.expr;
        }
    }
    parse_lemonFree(p, free);
    return best;
}

static int probe(Driver *d, int i, int mode)
{
    return probe_ex(d, i, mode, NULL);
}

/* Index of the bracket that opened the nesting level of token e, or -1. */
static int opener(Driver *d, int e)
{
    int lvl = d->toks[e].level;
    for (int i = e - 1; i >= 0; i--)
        if (d->toks[i].level < lvl) return i;
    return -1;
}

/* The first token of the logical line holding token i. */
static int line_start_tok(Driver *d, int i)
{
    while (i > 0) {
        int ty = d->toks[i - 1].type;
        if ((ty == TK_NEWLINE || ty == TK_INDENT || ty == TK_DEDENT) && d->toks[i - 1].level == 0) break;
        i--;
    }
    return i;
}

static const char *block_name(Driver *d, int first, int *line)
{
    const Token *t = &d->toks[first];
    *line = t->lineno;
    switch (t->type) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_WITH: return "'with' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    case TK_MATCH: return "'match' statement";
    case TK_CASE: return "'case' statement";
    case TK_ASYNC:
        if (first + 1 < d->ntoks) {
            int ty = d->toks[first + 1].type;
            *line = d->toks[first + 1].lineno;
            if (ty == TK_DEF) return "function definition";
            if (ty == TK_FOR) return "'for' statement";
            if (ty == TK_WITH) return "'with' statement";
        }
        return NULL;
    default: return NULL;
    }
}

/* Start of the element containing token e-1: back to a delimiter at the same depth. */
static int element_start(Driver *d, int e)
{
    int lvl = d->toks[e].level;
    int i = e - 1;
    while (i >= 0) {
        const Token *t = &d->toks[i];
        if (t->level < lvl) break;      /* the opening bracket */
        if (t->level == lvl) {
            switch (t->type) {
            case TK_COMMA: case TK_COLON: case TK_EQUAL: case TK_COLONEQUAL: case TK_NEWLINE:
            case TK_INDENT: case TK_DEDENT: case TK_SEMI: case TK_IF: case TK_ELSE: case TK_FOR:
            case TK_LAMBDA: case TK_RETURN: case TK_YIELD: case TK_STAR: case TK_DOUBLESTAR:
            case TK_ASSERT: case TK_DEL: case TK_RAISE: case TK_FROM: case TK_WHILE: case TK_ELIF:
            case TK_WITH: case TK_AS: case TK_IMPORT: case TK_PLUSEQUAL: case TK_MINEQUAL:
            case TK_STAREQUAL: case TK_SLASHEQUAL: case TK_PERCENTEQUAL: case TK_AMPEREQUAL:
            case TK_VBAREQUAL: case TK_CIRCUMFLEXEQUAL: case TK_LEFTSHIFTEQUAL:
            case TK_RIGHTSHIFTEQUAL: case TK_DOUBLESTAREQUAL: case TK_DOUBLESLASHEQUAL:
            case TK_ATEQUAL: case TK_RARROW: case TK_AWAIT: case TK_IN: case TK_MATCH: case TK_CASE:
                return i + 1;
            default: break;
            }
        }
        i--;
    }
    return i + 1;
}

/* Where CPython reports errors at end of input: the end of the last line. */
static void eof_pos(Driver *d, int *line, int *col)
{
    const char *lim = d->lx.lim, *b = d->lx.buf;
    if (lim > b && lim[-1] == '\n') {
        const char *s = lim - 1;
        while (s > b && s[-1] != '\n') s--;
        *line = d->lx.lineno - 1;
        *col = (int)(lim - 1 - s);
    } else {
        *line = d->lx.lineno;
        *col = (int)(lim - d->lx.line_start);
    }
}

/* A NEWLINE token as CPython reports it: from a comment before it, if any. */
static int newline_start_col(Driver *d, int e)
{
    const Token *E = &d->toks[e];
    if (e == 0) return E->col;
    const Token *P = &d->toks[e - 1];
    if (P->end_lineno != E->lineno) return E->col;
    for (const char *p = P->start + P->len; p < E->start; p++)
        if (*p == '#') return E->col - (int)(E->start - p);
    return E->col;
}

/* Token e where CPython's C tokenizer puts it: NEWLINE is empty (from a
 * comment before it, if any), INDENT/DEDENT are where the tokenizer stands. */
static void err_tok_pos(Driver *d, int e, int *l, int *c, int *el, int *ec)
{
    const Token *E = &d->toks[e];
    *l = E->lineno;
    *el = E->end_lineno;
    switch (E->type) {
    case TK_NEWLINE:
        *c = newline_start_col(d, e);
        *ec = E->col;
        break;
    case TK_ENDMARKER:
        eof_pos(d, l, c);
        *el = *l;
        *ec = *c;
        break;
    case TK_INDENT: case TK_DEDENT:
        if (E->start >= d->lx.lim) {
            eof_pos(d, l, c);
            *el = *l;
        } else {
            *c = (E->type == TK_INDENT ? E->end_col : E->col) - 1;
        }
        *ec = -2;
        break;
    default:
        *c = E->col;
        *ec = E->end_col;
    }
}

static void set_err(Driver *d, int ind, const char *msg, int l, int c, int el, int ec)
{
    lex_set_error(d->ps.err, ind, msg, l, c, el, ec);
    d->ps.failed = 1;
}

static Token *tok_at(Driver *d, int i)
{
    return i >= 0 ? &d->toks[i] : NULL;
}

/* An error at token e directly inside a brace display whose items so far are dict items:
 * the item e is in is a key without ':' ("':' expected after dictionary key", when a
 * complete item precedes it) or a key and ':' without a value. Returns 1 if reported. */
static int dict_item_error(Driver *d, int e)
{
    /* a closing bracket has the depth outside it */
    int ty = d->toks[e].type;
    int lvl = d->toks[e].level + (ty == TK_RBRACE || ty == TK_RPAR || ty == TK_RSQB);
    int o = e - 1;
    while (o >= 0 && d->toks[o].level >= lvl) o--;
    if (o < 0 || d->toks[o].type != TK_LBRACE || d->toks[o].level + 1 != lvl) return 0;
    int pairs = 0, i = o + 1;
    for (;;) {
        int item_end;
        if (d->toks[i].type == TK_DOUBLESTAR) {
            item_end = probe(d, i + 1, TK_MODE_PROBE_OR);
            if (item_end <= i + 1) return 0;
        } else {
            int k = probe(d, i, TK_MODE_PROBE_TEST);
            if (k <= i || k >= d->ntoks || k > e) break;
            if (d->toks[k].type != TK_COLON) break;
            item_end = probe(d, k + 1, TK_MODE_PROBE_TEST);
            if (item_end <= k + 1) break;
        }
        /* a complete item, then the ',' that ends it (else it is where the error is) */
        if (item_end >= e || d->toks[item_end].type != TK_COMMA || d->toks[item_end].level != lvl) return 0;
        pairs++;
        i = item_end + 1;
        if (i > e) return 0;
    }
    /* the item at i is where the error is */
    Expr *key = NULL;
    int k = probe_ex(d, i, TK_MODE_PROBE_TEST, &key);
    if (k <= i || k >= d->ntoks || !key) return 0;
    const Token *K = &d->toks[k];
    if (K->type == TK_COLON) {
        if (k + 1 < d->ntoks && (d->toks[k + 1].type == TK_RBRACE || d->toks[k + 1].type == TK_COMMA)) {
            set_err(d, 0, "expression expected after dictionary key and ':'", K->lineno, K->col, K->end_lineno,
                    K->end_col);
            return 1;
        }
        return 0;
    }
    if (!pairs) return 0;
    set_err(d, 0, "':' expected after dictionary key", key->pos.lineno, key->pos.end_col - 1, key->pos.end_lineno,
            -1);
    return 1;
}

/* Works out CPython's message for a syntax error at token index e. */
static void diagnose(Driver *d, void *parser, int e)
{
    /* Probes may read more tokens and move d->toks: always index afresh. */
#define E (&d->toks[e])
#define P tok_at(d, e - 1)
    int el_, ec_, eel_, eec_;
    err_tok_pos(d, e, &el_, &ec_, &eel_, &eec_);
    char msg[256];
    int first = line_start_tok(d, e > 0 ? e - 1 : 0);

    /* def f[T]() and friends: '(' is required after the name. */
    if (e >= 2 && d->toks[e - 2].type == TK_DEF && P->type == TK_NAME && E->type != TK_LPAR) {
        set_err(d, 0, "expected '('", el_, ec_, eel_, eec_);
        return;
    }
    /* x.y := 1 */
    if (E->type == TK_COLONEQUAL) {
        int s = element_start(d, e);
        Expr *x = NULL;
        if (s < e && probe_ex(d, s, TK_MODE_PROBE_OR, &x) == e && x && x->kind != E_NAME &&
            probe(d, e + 1, TK_MODE_PROBE_TEST) > e + 1) {
            snprintf(msg, sizeof msg, "cannot use assignment expressions with %s", expr_kind_name(x));
            set_err(d, 0, msg, d->toks[s].lineno, d->toks[s].col, P->end_lineno, P->end_col);
            return;
        }
    }
    /* f(): at statement level: CPython never reads past the ':' of a bad target. */
    if (P && P->type == TK_COLON && P->level == 0 && !starts_expr(E->type) && first < e - 1) {
        Expr *x = NULL;
        if (probe_ex(d, first, TK_MODE_PROBE_TSE, &x) == e - 1 && x && x->kind != E_NAME &&
            x->kind != E_ATTRIBUTE && x->kind != E_SUBSCRIPT) {
            set_err(d, 0, "invalid syntax", P->lineno, P->col, P->end_lineno, P->end_col);
            return;
        }
    }
    /* try: without except or finally. */
    if (E->type != TK_EXCEPT && E->type != TK_FINALLY && parse_would_accept(parser, TK_EXCEPT) &&
        parse_would_accept(parser, TK_FINALLY) && !parse_would_accept(parser, TK_ELSE)) {
        set_err(d, 0, "expected 'except' or 'finally' block", el_, ec_, eel_, eec_);
        return;
    }
    if (E->type == TK_INDENT) {
        set_err(d, 1, "unexpected indent", E->lineno, E->end_col - 1, E->lineno, -2);
        return;
    }
    /* case p as 1: the target of a pattern's `as` must be a name */
    if (P && P->type == TK_AS && d->toks[first].type == TK_CASE && E->type != TK_NAME && starts_expr(E->type)) {
        int end = probe(d, e, TK_MODE_PROBE_TEST);
        if (end > e) {
            const Token *L = &d->toks[end - 1];
            set_err(d, 0, "invalid pattern target", d->toks[e].lineno, d->toks[e].col, L->end_lineno, L->end_col);
            return;
        }
    }
    /* for 1 in x / for a, 1 in x: the target is checked like an assignment's. */
    {
        int f = first;
        if (d->toks[f].type == TK_ASYNC) f++;
        if (d->toks[f].type == TK_FOR && f + 1 < e && E->level == 0) {
            int has_in = 0;
            for (int i = f + 1; i < e; i++)
                if (d->toks[i].type == TK_IN && d->toks[i].level == 0) has_in = 1;
            Expr *x = NULL;
            if (!has_in && probe_ex(d, f + 1, TK_MODE_PROBE_TSE, &x) == e && x) {
                ParseState tmp = d->ps;
                tmp.failed = 0;
                if (set_target(&tmp, x, TGT_FOR) < 0) {
                    d->ps.failed = 1;
                    return;
                }
            }
        }
    }
    /* {a = 1} or if a = 1: CPython suggests '==' or ':='. */
    if (E->type == TK_EQUAL && P && P->type == TK_NAME && element_start(d, e) == e - 1) {
        int ft = d->toks[first].type;
        int o = E->level > 0 ? opener(d, e) : -1;
        int call = o > 0 && d->toks[o].type == TK_LPAR &&
                   (d->toks[o - 1].type == TK_NAME || d->toks[o - 1].type == TK_RPAR || d->toks[o - 1].type == TK_RSQB);
        if ((E->level > 0 && !call) || (E->level == 0 && (ft == TK_IF || ft == TK_ELIF || ft == TK_WHILE || ft == TK_MATCH))) {
            int end = probe(d, e + 1, TK_MODE_PROBE_OR);
            if (end > e + 1 && end < d->ntoks && d->toks[end].type != TK_EQUAL && d->toks[end].type != TK_COLONEQUAL) {
                const Token *L = &d->toks[end - 1];
                set_err(d, 0, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", P->lineno, P->col,
                        L->end_lineno, L->end_col);
                return;
            }
        }
    }
    /* from a import b, */
    if (P && P->type == TK_COMMA && E->type == TK_NEWLINE && d->toks[first].type == TK_FROM) {
        set_err(d, 0, "trailing comma not allowed without surrounding parentheses", el_, ec_, eel_, eec_);
        return;
    }
    /* {a: *b} */
    if (E->type == TK_STAR && P && P->type == TK_COLON && E->level > 0) {
        int o = opener(d, e);
        int end = probe(d, e + 1, TK_MODE_PROBE_OR);
        if (o >= 0 && d->toks[o].type == TK_LBRACE && end > e + 1) {
            const Token *L = &d->toks[end - 1];
            set_err(d, 0, "cannot use a starred expression in a dictionary value", E->lineno, E->col,
                    L->end_lineno, L->end_col);
            return;
        }
    }
    /* A block header not followed by an indented block. */
    if (P && P->type == TK_NEWLINE && e >= 2 && d->toks[e - 2].type == TK_COLON &&
        parse_would_accept(parser, TK_INDENT)) {
        int hl;
        int hfirst = line_start_tok(d, e - 2);
        const char *what = block_name(d, hfirst, &hl);
        if (what) {
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, hl);
            if (E->type == TK_DEDENT || E->type == TK_ENDMARKER)
                set_err(d, 1, msg, el_, ec_, el_, -2);
            else
                set_err(d, 1, msg, el_, ec_, eel_, eec_);
            return;
        }
    }
    /* A missing ':' after a block header. */
    if (parse_would_accept(parser, TK_COLON) && E->level == 0) {
        int ft = d->toks[first].type;
        if (ft == TK_ASYNC && first + 1 < d->ntoks) ft = d->toks[first + 1].type;
        int forced = ft == TK_DEF || ft == TK_TRY || ft == TK_FINALLY || ft == TK_ELSE;
        int header = forced || ft == TK_IF || ft == TK_ELIF || ft == TK_WHILE || ft == TK_FOR ||
                     ft == TK_WITH || ft == TK_CLASS || ft == TK_EXCEPT || ft == TK_MATCH || ft == TK_CASE;
        if (header && (E->type == TK_NEWLINE || forced)) {
            set_err(d, 0, "expected ':'", el_, ec_, eel_, eec_);
            return;
        }
    }
    /* print "x": a Python 2 statement. */
    if (P && P->type == TK_NAME && starts_expr(E->type) && E->type != TK_LPAR &&
        ((P->len == 5 && memcmp(P->start, "print", 5) == 0) || (P->len == 4 && memcmp(P->start, "exec", 4) == 0))) {
        int end = probe(d, e, TK_MODE_PROBE_TSE);
        if (end > e) {
            const Token *L = &d->toks[end - 1];
            snprintf(msg, sizeof msg, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                     P->len, P->start, P->len, P->start);
            set_err(d, 0, msg, P->lineno, P->col, L->end_lineno, L->end_col);
            return;
        }
    }
    /* {1: 2, 3} and {1:}: the display is a dict, so CPython asks for the ':' or the value. */
    if (dict_item_error(d, e)) return;
    /* Two expressions side by side inside brackets. */
    if (E->level > 0 && starts_expr(E->type) && P) {
        int s = element_start(d, e);
        const Token *S = &d->toks[s];
        /* CPython 3.11 compares soft keywords by prefix: "c", "ma" and "_" count too. */
        int soft = S->type == TK_NAME && ((S->len <= 5 && memcmp(S->start, "match", (size_t)S->len) == 0) ||
                                          (S->len <= 4 && memcmp(S->start, "case", (size_t)S->len) == 0) ||
                                          (S->len == 1 && S->start[0] == '_'));
        int namestr = S->type == TK_NAME && s + 1 < d->ntoks && d->toks[s + 1].type == TK_STRING;
        int o = opener(d, e);
        int in_def = o >= 2 && d->toks[o].type == TK_LPAR && d->toks[o - 1].type == TK_NAME &&
                     d->toks[o - 2].type == TK_DEF;
        int pt = s > 0 ? d->toks[s - 1].type : 0;
        int disj_ctx = pt == TK_IN || pt == TK_IF;
        /* patterns have no such rule */
        int in_case = d->toks[first].type == TK_CASE;
        if (s < e && !soft && !namestr && !in_def && !disj_ctx && !in_case && probe(d, s, TK_MODE_PROBE_OR) == e) {
            int end = probe(d, e, TK_MODE_PROBE_TEST);
            if (end > e) {
                const Token *L = &d->toks[end - 1];
                S = &d->toks[s];
                set_err(d, 0, "invalid syntax. Perhaps you forgot a comma?", S->lineno, S->col,
                        L->end_lineno, L->end_col);
                return;
            }
        }
    }
    /* x = a if b  (no else) */
    if (parse_would_accept(parser, TK_ELSE) && E->type != TK_ELSE) {
        int i = e - 1;
        while (i >= 0 && !(d->toks[i].type == TK_IF && d->toks[i].level == E->level)) i--;
        if (i > 0) {
            int s = element_start(d, i);
            if (s < i) {
                set_err(d, 0, "expected 'else' after 'if' expression", d->toks[s].lineno, d->toks[s].col,
                        P->end_lineno, P->end_col);
                return;
            }
        }
    }
    if (E->type == TK_DEDENT) {
        set_err(d, 1, "unexpected unindent", el_, ec_, el_, -2);
        return;
    }
    set_err(d, 0, "invalid syntax", el_, ec_, eel_, eec_);
}
#undef E
#undef P

/* After a parser error, CPython tokenizes the rest of the file: a tokenizer
 * error found there wins, and so does an unclosed bracket opened before the
 * line the parser stopped on. */
static void check_rest(Driver *d, int stop_line)
{
    if (d->max_probe < d->ntoks && d->toks[d->max_probe].lineno > stop_line)
        stop_line = d->toks[d->max_probe].lineno;
    if (d->probe_hit_eof) stop_line = 0x7fffffff;
    while (read_tok(d) == 0) {}
    SyntaxErrorInfo *le = &d->lex_err;
    /* Layout errors are reported by CPython's parser, not its tokenizer: they never win. */
    int layout = le->is_indentation || le->is_tab ||
                 strstr(le->msg, "after line continuation") != NULL ||
                 strcmp(le->msg, "unexpected EOF while parsing") == 0;
    if (d->lex_status == -1 && !layout) {
        *d->ps.err = *le;
    } else if (d->lex_status == -2 && stop_line > le->lineno) {
        *d->ps.err = *le;
    }
}

/* with (a as b, c): the parentheses group with-items, not a tuple, when a ':'
 * follows them (CPython 3.9+). The LALR grammar cannot tell in time, so the
 * driver drops them, and a trailing comma, before the parser sees them. */
static void mark_with_parens(Driver *d, int i)
{
    while (i + 1 >= d->ntoks && read_tok(d) == 0) {}
    if (i + 1 >= d->ntoks || d->toks[i + 1].type != TK_LPAR) return;
    int lvl = d->toks[i + 1].level;
    int j = i + 2;
    for (;; j++) {
        while (j >= d->ntoks && read_tok(d) == 0) {}
        if (j >= d->ntoks) return;
        const Token *t = &d->toks[j];
        if (t->type == TK_ENDMARKER) return;
        if (t->level == lvl + 1 && (t->type == TK_FOR || t->type == TK_YIELD || t->type == TK_STAR ||
                                    t->type == TK_ASYNC))
            return;
        if (t->type == TK_RPAR && t->level == lvl) break;
    }
    if (j == i + 2) return;
    while (j + 1 >= d->ntoks && read_tok(d) == 0) {}
    if (j + 1 >= d->ntoks || d->toks[j + 1].type != TK_COLON) return;
    d->toks[i + 1].skip = 1;
    d->toks[j].skip = 1;
    if (d->toks[j - 1].type == TK_COMMA) d->toks[j - 1].skip = 1;
}

/* Whether token i is the end of input (ENDMARKER, or a DEDENT there); if so, remembers
 * where an error at it is reported. */
static void note_end_token(Driver *d, int i)
{
    const Token *t = &d->toks[i];
    if (t->type != TK_ENDMARKER && !(t->type == TK_DEDENT && t->start >= d->lx.lim)) return;
    int el, ec;
    d->err_at_end = 1;
    err_tok_pos(d, i, &d->eof_line, &d->eof_col, &el, &ec);
}

static int tok_is(const Token *t, const char *word)
{
    size_t n = strlen(word);
    return t->type == TK_NAME && (size_t)t->len == n && memcmp(t->start, word, n) == 0;
}

/* `match` and `case` are soft keywords. A `match` that begins a logical line starts a
 * match statement when a subject and a ':' ending the line follow it (or the line ends
 * after a subject that cannot continue an expression: CPython then asks for the ':').
 * A `case` at the start of a line is a keyword where the parser expects a case block. */
static void soft_keyword(Driver *d, void *parser, int i)
{
    Token *t = &d->toks[i];
    if (t->type != TK_NAME || t->level != 0) return;
    if (i > 0) {
        int pt = d->toks[i - 1].type;
        if (pt != TK_NEWLINE && pt != TK_INDENT && pt != TK_DEDENT) return;
    }
    if (tok_is(t, "case")) {
        if (parse_would_accept(parser, TK_CASE)) t->type = TK_CASE;
        return;
    }
    if (!tok_is(t, "match") || !parse_would_accept(parser, TK_MATCH)) return;
    while (i + 1 >= d->ntoks && read_tok(d) == 0) {}
    if (i + 1 >= d->ntoks || !(starts_expr(d->toks[i + 1].type) || d->toks[i + 1].type == TK_STAR)) return;
    int next = d->toks[i + 1].type;
    int end = probe(d, i + 1, TK_MODE_PROBE_TSE);
    if (end <= i + 1) return;
    /* match x := value: */
    if (end == i + 2 && next == TK_NAME && end < d->ntoks && d->toks[end].type == TK_COLONEQUAL) {
        end = probe(d, end + 1, TK_MODE_PROBE_TEST);
        if (end < 0) return;
    }
    while (end + 1 >= d->ntoks && read_tok(d) == 0) {}
    if (end + 1 >= d->ntoks) return;
    const Token *e = &d->toks[end];
    int colon_nl = e->type == TK_COLON && d->toks[end + 1].type == TK_NEWLINE;
    /* `match x` followed by anything but ':' and a newline (`match x`, `match x: pass`,
     * `match x y`) cannot be an expression either: CPython reports a broken match statement
     * there, while `match(x): int` stays an annotation */
    int bare = next != TK_LPAR && next != TK_LSQB && next != TK_MINUS && next != TK_PLUS && next != TK_TILDE &&
               next != TK_STAR;
    if (colon_nl || bare) d->toks[i].type = TK_MATCH;
}

static int run(Driver *d, void *parser, int mode_tok)
{
    ParseState *ps = &d->ps;
    Token m;
    memset(&m, 0, sizeof m);
    m.lineno = m.end_lineno = 1;
    parse_lemon(parser, mode_tok, m, ps);
    for (int i = 0;; i++) {
        if (i >= d->ntoks && read_tok(d) < 0) {
            if (d->lex_status < 0) {
                *ps->err = d->lex_err;
                ps->err->from_tokenizer = 1;
                d->err_at_eof = d->lex_status == -2 ||
                                strncmp(d->lex_err.msg, "unterminated triple-quoted", 26) == 0;
                return -1;
            }
            return ps->accepted ? 0 : -1;
        }
        if (d->toks[i].type == TK_WITH) mark_with_parens(d, i);
        if (d->toks[i].type == TK_NAME) soft_keyword(d, parser, i);
        Token *t = &d->toks[i];
        if (t->skip) continue;
        ps->cur = t;
        if (t->type == TK_ENDMARKER && !parse_would_accept(parser, 0)) {
            /* Lemon empties its stack on a failure at end of input: diagnose first. */
            ps->syntax_error = 1;
            d->err_at_eof = 1;
            if (!ps->failed) {
                note_end_token(d, i);
                diagnose(d, parser, i);
            }
            return -1;
        }
        parse_lemon(parser, t->type, *t, ps);
        /* Deeply nested input (- - - ... 1, a chain of thousands of elifs) would build a
         * tree the compiler cannot walk; CPython's parser gives up with MemoryError at a
         * similar depth (its compiler stops at 3000 levels with RecursionError). */
        if (!ps->failed && parse_stack_depth(parser) > 23874) {
            lex_set_error(ps->err, 0, "", t->lineno, t->col, t->lineno, t->col);
            ps->err->is_memory = 1;
            ps->failed = 1;
        }
        if (ps->syntax_error && !ps->failed) {
            d->err_at_eof = t->start >= d->lx.lim - 1 &&
                            (t->type == TK_NEWLINE || t->type == TK_DEDENT || t->type == TK_ENDMARKER);
            note_end_token(d, i);
            diagnose(d, parser, i);
            /* CPython's second pass reads further than the failing token in a few
             * rules; that decides whether an unclosed bracket is reported. */
            t = &d->toks[i];
            if (i > 0 && d->toks[i - 1].type == TK_NAME && starts_expr(t->type))
                probe(d, i, TK_MODE_PROBE_TSE);
            t = &d->toks[i];
            if (t->type == TK_EQUAL && i > 0 && d->toks[i - 1].type == TK_NAME) probe(d, i + 1, TK_MODE_PROBE_OR);
            t = &d->toks[i];
            /* CPython does not look further after an unexpected (un)indent. */
            if (!(ps->err->is_indentation && strncmp(ps->err->msg, "unexpected ", 11) == 0))
                check_rest(d, t->lineno);
            return -1;
        }
        if (ps->failed) {
            check_rest(d, t->lineno);
            return -1;
        }
        if (t->type == TK_ENDMARKER) return ps->accepted ? 0 : -1;
    }
}

/* Copies the source with \r\n and \r turned into \n, NUL-terminated. */
static char *normalize(const char *src, size_t len, size_t *outlen)
{
    char *b = malloc(len + 2);
    if (!b) return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            b[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else {
            b[n++] = src[i];
        }
    }
    b[n] = 0;
    *outlen = n;
    return b;
}

static Module *parse_impl(Arena *a, const char *src, size_t len, int mode, SyntaxErrorInfo *err,
                          Expr **expr_out)
{
    SyntaxErrorInfo dummy;
    if (!err) err = &dummy;
    memset(err, 0, sizeof *err);
    if (lex_check_source(src, len, err) < 0) {
        /* a string given to compile() or exec() gets the message without a location */
        if (!parse_file_input && !strcmp(err->msg, "source code cannot contain null bytes"))
            snprintf(err->msg, sizeof err->msg, "source code string cannot contain null bytes");
        return NULL;
    }
    size_t n;
    char *buf = normalize(src, len, &n);
    if (!buf) {
        lex_set_error(err, 0, "out of memory", 1, 0, 1, 0);
        return NULL;
    }
    Driver *d = calloc(1, sizeof *d);
    void *parser = parse_lemonAlloc(malloc);
    Module *m = arena_alloc(a, sizeof *m);
    if (!d || !parser || !m) {
        free(d);
        if (parser) parse_lemonFree(parser, free);
        free(buf);
        lex_set_error(err, 0, "out of memory", 1, 0, 1, 0);
        return NULL;
    }
    d->ps.a = a;
    d->ps.err = err;
    d->ps.mod = m;
    d->src = buf;
    d->len = n;
    d->mode = mode;
    lex_init(&d->lx, buf, n);
    if (mode == 2) d->lx.at_bol = 0;
    int r = run(d, parser, mode == 2 ? TK_MODE_EVAL : TK_MODE_FILE);
    /* Interactive input that stops early may go on: say so, as CPython's
     * PyCF_ALLOW_INCOMPLETE_INPUT does, so the REPL asks for more lines. */
    if (r < 0 && mode == 1 && d->err_at_eof) snprintf(err->msg, sizeof err->msg, "incomplete input");
    /* CPython reading a file (the main script) has no column for the end of input:
     * errors there show no caret */
    if (r < 0 && parse_file_input &&
        ((d->err_at_end && err->lineno == d->eof_line && err->col == d->eof_col) ||
         !strcmp(err->msg, "unexpected EOF while parsing"))) {
        err->col = -1;
        err->end_col = -1;
    }
    if (r == 0 && mode == 2) {
        Stmt *s = mk_stmt(&d->ps, S_EXPR, d->ps.expr ? d->ps.expr->pos : (Pos){1, 0, 1, 0});
        s->v.expr.value = d->ps.expr;
        stmtlist_push(a, &m->body, s);
        if (expr_out) *expr_out = d->ps.expr;
    }
    parse_lemonFree(parser, free);
    free(d->toks);
    free(d);
    /* Node text points into the arena, never into buf. */
    free(buf);
    return r == 0 ? m : NULL;
}

Module *parse_source(Arena *a, const char *src, size_t len, int mode, SyntaxErrorInfo *err)
{
    return parse_impl(a, src, len, mode, err, NULL);
}

/* An f-string replacement field: the expression text sits at (lineno, col). */
Expr *parse_fstring_expr(ParseState *outer, const char *src, size_t len, int lineno, int col,
                         const Token *strtok)
{
    (void)strtok;
    char *buf = arena_strndup(outer->a, src, len);
    if (!buf) { outer->failed = 1; return NULL; }
    Driver *d = calloc(1, sizeof *d);
    void *parser = parse_lemonAlloc(malloc);
    if (!d || !parser) {
        free(d);
        if (parser) parse_lemonFree(parser, free);
        outer->failed = 1;
        return NULL;
    }
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    d->ps.a = outer->a;
    d->ps.err = &err;
    d->ps.probing = outer->probing;
    d->ps.fstring_depth = outer->fstring_depth;
    d->src = buf;
    d->len = len;
    lex_init_at(&d->lx, buf, len, lineno, col);
    d->lx.no_layout = 1;
    d->lx.at_bol = 0;
    /* CPython 3.11 parses "(expr)": the expression is inside one bracket. */
    d->lx.level = 1;
    d->lx.parens[0] = '(';
    d->lx.paren_line[0] = lineno;
    d->lx.paren_col[0] = col;
    int r = run(d, parser, TK_MODE_FSTRING);
    Expr *e = d->ps.expr;
    if (r == 0 && !e) r = -1;
    if (r < 0 && !outer->probing && !outer->failed && outer->err) {
        /* CPython 3.11 reports these relative to "(expr)" on the field's line. */
        SyntaxErrorInfo *o = outer->err;
        *o = err;
        if (strncmp(err.msg, "f-string", 8) != 0) {
            memcpy(o->msg, "f-string: ", 10);
            size_t ml = strlen(err.msg);
            if (ml > sizeof o->msg - 11) ml = sizeof o->msg - 11;
            memcpy(o->msg + 10, err.msg, ml);
            o->msg[10 + ml] = 0;
        }
        if (err.lineno == lineno) {
            o->col = err.col - col + 1;
            if (err.end_lineno == lineno && err.end_col > err.col) o->end_col = err.end_col - col + 1;
        }
        if (!err.msg[0]) snprintf(o->msg, sizeof o->msg, "f-string: invalid syntax");
    }
    if (r < 0) outer->failed = 1;
    parse_lemonFree(parser, free);
    free(d->toks);
    free(d);
    return r == 0 ? e : NULL;
}

/* Messages that name the file (bad UTF-8) carry "<file>" until the caller,
 * which knows the file name, fills it in. */
void parse_error_set_filename(SyntaxErrorInfo *err, const char *filename)
{
    char *p = strstr(err->msg, "<file>");
    if (!p || !filename) return;
    char tail[256];
    snprintf(tail, sizeof tail, "%s", p + 6);
    size_t head = (size_t)(p - err->msg);
    snprintf(p, sizeof err->msg - head, "%s%s", filename, tail);
}
