/* AST constructors used by the grammar actions, and the checks CPython's
 * parser makes on targets, calls and parameter lists. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "parse_int.h"

Pos pos_tok(const Token *t)
{
    Pos p = {t->lineno, t->col, t->end_lineno, t->end_col};
    return p;
}

Pos pos_span(Pos a, Pos b)
{
    Pos p = {a.lineno, a.col, b.end_lineno, b.end_col};
    return p;
}

static void verror(ParseState *ps, int indentation, Pos p, const char *fmt, va_list ap)
{
    if (!ps->probing && !ps->failed && ps->err) {
        memset(ps->err, 0, sizeof *ps->err);
        vsnprintf(ps->err->msg, sizeof ps->err->msg, fmt, ap);
        ps->err->is_indentation = indentation;
        ps->err->lineno = p.lineno;
        ps->err->col = p.col;
        ps->err->end_lineno = p.end_lineno;
        ps->err->end_col = p.end_col;
    }
    ps->failed = 1;
}

void parse_error(ParseState *ps, Pos p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(ps, 0, p, fmt, ap);
    va_end(ap);
}

void parse_error_ind(ParseState *ps, int indentation, Pos p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(ps, indentation, p, fmt, ap);
    va_end(ap);
}

/* ---- parenthesized expressions: a small pointer-keyed hash set */

static size_t phash(const Expr *e, int cap)
{
    uintptr_t x = (uintptr_t)e >> 4;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 7) & (size_t)(cap - 1);
}

static ParenEntry *pfind(ParseState *ps, const Expr *e)
{
    if (!ps->capparens) return NULL;
    size_t i = phash(e, ps->capparens);
    while (ps->parens[i].e) {
        if (ps->parens[i].e == e) return &ps->parens[i];
        i = (i + 1) & (size_t)(ps->capparens - 1);
    }
    return NULL;
}

void mark_paren(ParseState *ps, Expr *e, Pos p)
{
    if (!e) return;
    ParenEntry *f = pfind(ps, e);
    if (f) { f->pos = p; return; }
    if ((ps->nparens + 1) * 2 > ps->capparens) {
        int nc = ps->capparens ? ps->capparens * 2 : 64;
        ParenEntry *n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (!n) { ps->failed = 1; return; }
        for (int i = 0; i < ps->capparens; i++) {
            if (!ps->parens[i].e) continue;
            size_t j = phash(ps->parens[i].e, nc);
            while (n[j].e) j = (j + 1) & (size_t)(nc - 1);
            n[j] = ps->parens[i];
        }
        ps->parens = n;
        ps->capparens = nc;
    }
    size_t i = phash(e, ps->capparens);
    while (ps->parens[i].e) i = (i + 1) & (size_t)(ps->capparens - 1);
    ps->parens[i].e = e;
    ps->parens[i].pos = p;
    ps->nparens++;
}

int is_paren(ParseState *ps, const Expr *e)
{
    return pfind(ps, e) != NULL;
}

Pos outer_pos(ParseState *ps, const Expr *e)
{
    if (!e) { Pos z = {0, 0, 0, 0}; return z; }
    ParenEntry *f = pfind(ps, e);
    return f ? f->pos : e->pos;
}

/* ---- nodes */

/* A node of size bytes from the arena. When memory runs out the parse is marked failed and
 * dummy, a zeroed static stand-in, is returned so the grammar actions can carry on. */
static void *node_alloc(ParseState *ps, size_t size, void *dummy)
{
    void *n = arena_alloc(ps->a, size);
    if (n) return n;
    ps->failed = 1;
    memset(dummy, 0, size);
    return dummy;
}

Expr *mk_expr(ParseState *ps, ExprKind k, Pos p)
{
    static Expr dummy;
    Expr *e = node_alloc(ps, sizeof *e, &dummy);
    e->kind = k;
    e->pos = p;
    return e;
}

Stmt *mk_stmt(ParseState *ps, StmtKind k, Pos p)
{
    static Stmt dummy;
    Stmt *s = node_alloc(ps, sizeof *s, &dummy);
    s->kind = k;
    s->pos = p;
    return s;
}

const char *tok_str(ParseState *ps, const Token *t)
{
    const char *s = arena_strndup(ps->a, t->start, (size_t)t->len);
    return s ? s : "";
}

Expr *mk_name(ParseState *ps, const Token *t)
{
    Expr *e = mk_expr(ps, E_NAME, pos_tok(t));
    e->v.name.id = tok_str(ps, t);
    e->v.name.ctx = CTX_LOAD;
    return e;
}

Expr *mk_number(ParseState *ps, const Token *t)
{
    Expr *e = mk_expr(ps, E_CONSTANT, pos_tok(t));
    char *s = arena_alloc(ps->a, (size_t)t->len + 1);
    if (!s) { ps->failed = 1; return e; }
    size_t n = 0;
    for (int i = 0; i < t->len; i++)
        if (t->start[i] != '_') s[n++] = t->start[i];
    s[n] = 0;
    e->v.constant.text = s;
    e->v.constant.len = n;
    int is_hex = n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' ||
                                         s[1] == 'b' || s[1] == 'B');
    if (!is_hex && (s[n - 1] == 'j' || s[n - 1] == 'J')) {
        e->v.constant.kind = CONST_IMAG;
        e->v.constant.f = strtod(s, NULL);
    } else if (!is_hex && strpbrk(s, ".eE")) {
        e->v.constant.kind = CONST_FLOAT;
        e->v.constant.f = strtod(s, NULL);
    } else {
        e->v.constant.kind = CONST_INT;
    }
    return e;
}

Expr *mk_singleton(ParseState *ps, const Token *t, ConstKind k)
{
    Expr *e = mk_expr(ps, E_CONSTANT, pos_tok(t));
    e->v.constant.kind = k;
    e->v.constant.text = "";
    return e;
}

static Expr *mk_str_const(ParseState *ps, const char *s, size_t n, int is_bytes, Pos p)
{
    Expr *e = mk_expr(ps, E_CONSTANT, p);
    e->v.constant.kind = is_bytes ? CONST_BYTES : CONST_STR;
    e->v.constant.text = s;
    e->v.constant.len = n;
    return e;
}

/* One string literal token decoded (lex_decode_string's outputs). */
typedef struct Literal { char *out; size_t outlen; int isb, isf, isr; const char *body; size_t bl; } Literal;

static int decode_literal(ParseState *ps, const Token *t, Literal *d)
{
    if (lex_decode_string(ps->a, t, &d->out, &d->outlen, &d->isb, &d->isf, &d->isr, &d->body, &d->bl,
                          ps->probing || ps->failed ? NULL : ps->err) >= 0)
        return 0;
    ps->failed = 1;
    return -1;
}

/* Adjacent literals: concatenated strings, or one JoinedStr when any is an f-string. */
Expr *mk_strings(ParseState *ps, TokenList *l)
{
    Pos p = pos_span(pos_tok(&l->items[0]), pos_tok(&l->items[l->len - 1]));
    int any_f = 0, nbytes = 0;
    size_t total = 0;
    for (int i = 0; i < l->len; i++) {
        const Token *t = &l->items[i];
        const char *q = t->start;
        int b = 0;
        for (; *q != '\'' && *q != '"'; q++) {
            if (*q == 'f' || *q == 'F') any_f = 1;
            if (*q == 'b' || *q == 'B') b = 1;
        }
        nbytes += b;
        total += (size_t)t->len;
    }
    if (nbytes && nbytes != l->len) {
        Pos q = {p.end_lineno, p.end_col, p.end_lineno, p.end_col};
        parse_error(ps, q, "cannot mix bytes and nonbytes literals");
        return mk_str_const(ps, "", 0, 0, p);
    }
    if (!any_f) {
        char *buf = arena_alloc(ps->a, total + 1);
        if (!buf) { ps->failed = 1; return mk_str_const(ps, "", 0, 0, p); }
        size_t n = 0;
        for (int i = 0; i < l->len; i++) {
            Literal d;
            if (decode_literal(ps, &l->items[i], &d) < 0) return mk_str_const(ps, "", 0, 0, p);
            memcpy(buf + n, d.out, d.outlen);
            n += d.outlen;
        }
        buf[n] = 0;
        return mk_str_const(ps, buf, n, nbytes > 0, p);
    }
    /* f-string: pieces from every literal; adjacent constants are merged. */
    ExprList pieces = {0};
    for (int i = 0; i < l->len; i++) {
        Literal d;
        if (decode_literal(ps, &l->items[i], &d) < 0) return mk_str_const(ps, "", 0, 0, p);
        if (!d.isf) {
            exprlist_push(ps->a, &pieces, mk_str_const(ps, d.out, d.outlen, 0, p));
        } else if (fstring_parse(ps, &l->items[i], d.body, d.bl, d.isr, &pieces) < 0) {
            ps->failed = 1;
            return mk_str_const(ps, "", 0, 0, p);
        }
    }
    Expr *j = mk_expr(ps, E_JOINEDSTR, p);
    for (int i = 0; i < pieces.len; i++) {
        Expr *x = pieces.items[i];
        if (x->kind == E_CONSTANT) {
            if (x->v.constant.len == 0) continue;
            ExprList *vals = &j->v.joinedstr.values;
            Expr *last = vals->len ? vals->items[vals->len - 1] : NULL;
            if (last && last->kind == E_CONSTANT) {
                size_t n1 = last->v.constant.len, n2 = x->v.constant.len;
                char *s = arena_alloc(ps->a, n1 + n2 + 1);
                if (!s) { ps->failed = 1; return j; }
                memcpy(s, last->v.constant.text, n1);
                memcpy(s + n1, x->v.constant.text, n2);
                s[n1 + n2] = 0;
                vals->items[vals->len - 1] = mk_str_const(ps, s, n1 + n2, 0, p);
                continue;
            }
            x = mk_str_const(ps, x->v.constant.text, x->v.constant.len, 0, p);
        } else {
            x->pos = p;
        }
        exprlist_push(ps->a, &j->v.joinedstr.values, x);
    }
    return j;
}

Expr *mk_binop(ParseState *ps, Expr *l, BinOpKind op, Expr *r)
{
    Expr *e = mk_expr(ps, E_BINOP, pos_span(outer_pos(ps, l), outer_pos(ps, r)));
    e->v.binop.left = l;
    e->v.binop.op = op;
    e->v.binop.right = r;
    return e;
}

Expr *mk_unary(ParseState *ps, const Token *t, UnaryOpKind op, Expr *operand)
{
    Expr *e = mk_expr(ps, E_UNARYOP, pos_span(pos_tok(t), outer_pos(ps, operand)));
    e->v.unaryop.op = op;
    e->v.unaryop.operand = operand;
    return e;
}

Expr *mk_boolop(ParseState *ps, Expr *l, BoolOpKind op, Expr *r)
{
    if (l->kind == E_BOOLOP && l->v.boolop.op == op && !is_paren(ps, l)) {
        exprlist_push(ps->a, &l->v.boolop.values, r);
        l->pos = pos_span(l->pos, outer_pos(ps, r));
        return l;
    }
    Expr *e = mk_expr(ps, E_BOOLOP, pos_span(outer_pos(ps, l), outer_pos(ps, r)));
    e->v.boolop.op = op;
    exprlist_push(ps->a, &e->v.boolop.values, l);
    exprlist_push(ps->a, &e->v.boolop.values, r);
    return e;
}

Expr *mk_compare(ParseState *ps, Expr *l, CmpOpKind op, Expr *r)
{
    if (l->kind == E_COMPARE && !is_paren(ps, l)) {
        /* The ops array holds 4, then doubles whenever its length reaches a power of two
         * (its capacity), so a chain of n links costs O(n), not O(n^2), arena memory. */
        int n = l->v.compare.nops;
        if (n >= 4 && (n & (n - 1)) == 0) {
            CmpOpKind *ops = arena_alloc(ps->a, sizeof *ops * (size_t)n * 2);
            if (!ops) { ps->failed = 1; return l; }
            memcpy(ops, l->v.compare.ops, sizeof *ops * (size_t)n);
            l->v.compare.ops = ops;
        }
        l->v.compare.ops[n] = op;
        l->v.compare.nops = n + 1;
        exprlist_push(ps->a, &l->v.compare.comparators, r);
        l->pos = pos_span(l->pos, outer_pos(ps, r));
        return l;
    }
    Expr *e = mk_expr(ps, E_COMPARE, pos_span(outer_pos(ps, l), outer_pos(ps, r)));
    e->v.compare.left = l;
    e->v.compare.nops = 1;
    e->v.compare.ops = arena_alloc(ps->a, sizeof(CmpOpKind) * 4);
    if (!e->v.compare.ops) { ps->failed = 1; return e; }
    e->v.compare.ops[0] = op;
    exprlist_push(ps->a, &e->v.compare.comparators, r);
    return e;
}

Seq *seq_new(ParseState *ps, Expr *first)
{
    static Seq dummy;
    Seq *s = node_alloc(ps, sizeof *s, &dummy);
    if (s == &dummy) return s;
    exprlist_push(ps->a, &s->items, first);
    s->pos = outer_pos(ps, first);
    return s;
}

void seq_add(ParseState *ps, Seq *s, Expr *e)
{
    exprlist_push(ps->a, &s->items, e);
    s->pos = pos_span(s->pos, outer_pos(ps, e));
}

Expr *mk_seq_expr(ParseState *ps, ExprKind k, ExprList *l, Pos p)
{
    Expr *e = mk_expr(ps, k, p);
    if (k == E_SET) {
        if (l) e->v.set.elts = *l;
    } else {
        if (l) e->v.list.elts = *l;
        e->v.list.ctx = CTX_LOAD;
    }
    return e;
}

Expr *mk_tuple_or_single(ParseState *ps, Seq *s)
{
    if (s->items.len == 1 && !s->trailing) return s->items.items[0];
    return mk_seq_expr(ps, E_TUPLE, &s->items, s->pos);
}

Expr *mk_attribute(ParseState *ps, Expr *v, const Token *name)
{
    Expr *e = mk_expr(ps, E_ATTRIBUTE, pos_span(outer_pos(ps, v), pos_tok(name)));
    e->v.attribute.value = v;
    e->v.attribute.attr = tok_str(ps, name);
    e->v.attribute.ctx = CTX_LOAD;
    return e;
}

Expr *mk_subscript(ParseState *ps, Expr *v, Expr *slice, const Token *rsq)
{
    Expr *e = mk_expr(ps, E_SUBSCRIPT, pos_span(outer_pos(ps, v), pos_tok(rsq)));
    e->v.subscript.value = v;
    e->v.subscript.slice = slice;
    e->v.subscript.ctx = CTX_LOAD;
    return e;
}

Expr *mk_comp(ParseState *ps, ExprKind k, Expr *elt, Expr *val, ComprehensionList *g, Pos p)
{
    Expr *e = mk_expr(ps, k, p);
    e->v.comp.elt = elt;
    e->v.comp.value = val;
    if (g) e->v.comp.generators = *g;
    return e;
}

const char *expr_kind_name(const Expr *e)
{
    switch (e->kind) {
    case E_ATTRIBUTE: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARYOP: return "expression";
    case E_GENEXP: return "generator expression";
    case E_YIELD: case E_YIELDFROM: return "yield expression";
    case E_AWAIT: return "await expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_JOINEDSTR: case E_FORMATTEDVALUE: return "f-string expression";
    case E_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_NAMEDEXPR: return "named expression";
    case E_SLICE: return "slice";
    }
    return "expression";
}

Expr *mk_namedexpr(ParseState *ps, Expr *target, Expr *value)
{
    Expr *e = mk_expr(ps, E_NAMEDEXPR, pos_span(outer_pos(ps, target), outer_pos(ps, value)));
    if (target->kind != E_NAME) {
        parse_error(ps, outer_pos(ps, target), "cannot use assignment expressions with %s",
                    expr_kind_name(target));
    } else {
        target->v.name.ctx = CTX_STORE;
    }
    e->v.namedexpr.target = target;
    e->v.namedexpr.value = value;
    return e;
}

/* The first invalid node inside a target, as CPython's _PyPegen_get_invalid_target. */
static Expr *invalid_target(Expr *e, int how)
{
    switch (e->kind) {
    case E_NAME: case E_ATTRIBUTE: case E_SUBSCRIPT:
        return NULL;
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < e->v.list.elts.len; i++) {
            Expr *x = invalid_target(e->v.list.elts.items[i], how);
            if (x) return x;
        }
        return NULL;
    case E_STARRED:
        if (how == TGT_DEL) return e;
        return invalid_target(e->v.starred.value, how);
    case E_COMPARE:
        if ((how == TGT_FOR || how == TGT_COMP) && e->v.compare.ops[0] == CMP_IN)
            return invalid_target(e->v.compare.left, how);
        return e;
    default:
        return e;
    }
}

static void store_ctx(Expr *e, ExprCtx ctx)
{
    switch (e->kind) {
    case E_NAME: e->v.name.ctx = ctx; break;
    case E_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case E_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case E_STARRED:
        e->v.starred.ctx = ctx;
        store_ctx(e->v.starred.value, ctx);
        break;
    case E_LIST: case E_TUPLE:
        e->v.list.ctx = ctx;
        for (int i = 0; i < e->v.list.elts.len; i++) store_ctx(e->v.list.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Where CPython reports a bad target: its node, whose position leaves out enclosing
 * parentheses except for the displays that own them (tuples, generator expressions). */
static Pos target_pos(ParseState *ps, const Expr *e)
{
    if (e->kind == E_TUPLE || e->kind == E_GENEXP) return outer_pos(ps, e);
    return e->pos;
}

int set_target(ParseState *ps, Expr *e, int how)
{
    if (how == TGT_AUG) {
        if (e->kind == E_NAME || e->kind == E_ATTRIBUTE || e->kind == E_SUBSCRIPT) {
            store_ctx(e, CTX_STORE);
            return 0;
        }
        parse_error(ps, target_pos(ps, e), "'%s' is an illegal expression for augmented assignment",
                    expr_kind_name(e));
        return -1;
    }
    if (how == TGT_ANN) {
        if (e->kind == E_NAME || e->kind == E_ATTRIBUTE || e->kind == E_SUBSCRIPT) {
            store_ctx(e, CTX_STORE);
            return 0;
        }
        if (e->kind == E_TUPLE || e->kind == E_LIST)
            parse_error(ps, target_pos(ps, e), "only single target (not %s) can be annotated",
                        e->kind == E_TUPLE ? "tuple" : "list");
        else
            parse_error(ps, target_pos(ps, e), "illegal target for annotation");
        return -1;
    }
    Expr *bad = invalid_target(e, how);
    if (bad) {
        if (how == TGT_DEL)
            parse_error(ps, target_pos(ps, bad), "cannot delete %s", expr_kind_name(bad));
        else
            parse_error(ps, target_pos(ps, bad), "cannot assign to %s", expr_kind_name(bad));
        return -1;
    }
    store_ctx(e, how == TGT_DEL ? CTX_DEL : CTX_STORE);
    return 0;
}

/* Could CPython's invalid_named_expression rule see "a = b" here? */
static int bitwise_or_level(ParseState *ps, const Expr *e)
{
    if (is_paren(ps, e)) return 1;
    switch (e->kind) {
    case E_COMPARE: case E_BOOLOP: case E_IFEXP: case E_LAMBDA: case E_NAMEDEXPR: case E_STARRED:
    case E_YIELD: case E_YIELDFROM:
        return 0;
    case E_UNARYOP:
        return e->v.unaryop.op != UOP_NOT;
    default:
        return 1;
    }
}

void check_assign_targets(ParseState *ps, ExprList *targets, Expr *value)
{
    for (int i = 0; i < targets->len; i++) {
        Expr *t = targets->items[i];
        if ((t->kind == E_YIELD || t->kind == E_YIELDFROM) && !is_paren(ps, t)) {
            parse_error(ps, outer_pos(ps, t), "assignment to yield expression not possible");
            return;
        }
        Expr *bad = invalid_target(t, TGT_ASSIGN);
        if (!bad) {
            store_ctx(t, CTX_STORE);
            continue;
        }
        int excluded = t->kind == E_LIST || t->kind == E_TUPLE || t->kind == E_GENEXP ||
                       (t->kind == E_CONSTANT && (t->v.constant.kind == CONST_TRUE ||
                        t->v.constant.kind == CONST_FALSE || t->v.constant.kind == CONST_NONE));
        Expr *v0 = value;
        if (v0->kind == E_TUPLE && !is_paren(ps, v0) && v0->v.list.elts.len) v0 = v0->v.list.elts.items[0];
        if (targets->len == 1 && !excluded && bitwise_or_level(ps, t) && bitwise_or_level(ps, v0))
            parse_error(ps, target_pos(ps, t), "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                        expr_kind_name(t));
        else
            parse_error(ps, target_pos(ps, bad), "cannot assign to %s", expr_kind_name(bad));
        return;
    }
}

/* ---- calls */

static Pos comp_end(ParseState *ps, Expr *g)
{
    ComprehensionList *l = &g->v.comp.generators;
    Comprehension *c = l->items[l->len - 1];
    if (c->ifs.len) return outer_pos(ps, c->ifs.items[c->ifs.len - 1]);
    return outer_pos(ps, c->iter);
}

Expr *mk_call(ParseState *ps, Expr *func, ArgItemList *args, const Token *rpar)
{
    Expr *e = mk_expr(ps, E_CALL, func ? pos_span(outer_pos(ps, func), pos_tok(rpar)) : pos_tok(rpar));
    e->v.call.func = func;
    if (!args) return e;
    int seen_kw = 0, seen_dstar = 0;
    for (int i = 0; i < args->len; i++) {
        ArgItem *a = args->items[i];
        switch (a->kind) {
        case 4:
            if (args->len > 1) {
                Pos p = pos_span(a->pos, comp_end(ps, a->value));
                parse_error(ps, p, "Generator expression must be parenthesized");
                return e;
            }
            /* the grammar gives it the call's parentheses */
            /* fallthrough */
        case 0:
            /* CPython points at the token after the arguments. */
            if (seen_dstar) {
                parse_error(ps, pos_tok(rpar), "positional argument follows keyword argument unpacking");
                return e;
            }
            if (seen_kw) {
                parse_error(ps, pos_tok(rpar), "positional argument follows keyword argument");
                return e;
            }
            exprlist_push(ps->a, &e->v.call.args, a->value);
            break;
        case 1:
            if (seen_dstar) {
                Pos p = a->pos;
                p.end_lineno = p.lineno;
                p.end_col = p.col + 1;
                parse_error(ps, p, "iterable argument unpacking follows keyword argument unpacking");
                return e;
            }
            exprlist_push(ps->a, &e->v.call.args, a->value);
            break;
        case 2: case 3: {
            if (a->kind == 2) {
                seen_kw = 1;
                for (int j = 0; j < e->v.call.keywords.len; j++) {
                    const char *n = e->v.call.keywords.items[j]->arg;
                    if (n && strcmp(n, a->name) == 0) {
                        parse_error(ps, a->pos, "keyword argument repeated: %s", a->name);
                        return e;
                    }
                }
            } else {
                seen_dstar = 1;
            }
            Keyword *k = arena_alloc(ps->a, sizeof *k);
            if (!k) { ps->failed = 1; return e; }
            k->arg = a->kind == 2 ? a->name : NULL;
            k->value = a->value;
            k->pos = a->pos;
            KeywordList *kl = &e->v.call.keywords;
            if (kl->len == kl->cap) {
                int nc = kl->cap ? kl->cap * 2 : 4;
                Keyword **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
                if (!n) { ps->failed = 1; return e; }
                if (kl->len) memcpy(n, kl->items, sizeof *n * (size_t)kl->len);
                kl->items = n;
                kl->cap = nc;
            }
            kl->items[kl->len++] = k;
            break;
        }
        }
    }
    return e;
}

/* ---- parameters */

static void arg_push(ParseState *ps, ArgList *l, Arg *x)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        Arg **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (!n) { ps->failed = 1; return; }
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = x;
}

Arguments *mk_arguments(ParseState *ps, ParamList *pl)
{
    static Arguments dummy;
    Arguments *a = node_alloc(ps, sizeof *a, &dummy);
    if (a == &dummy) return a;
    int seen_slash = 0, seen_star = 0, seen_kwarg = 0, seen_default = 0;
    for (int i = 0; pl && i < pl->len; i++) {
        Param *p = pl->items[i];
        if (seen_kwarg) {
            parse_error(ps, p->pos, "arguments cannot follow var-keyword argument");
            return a;
        }
        switch (p->kind) {
        case 4:
            if (seen_slash) { parse_error(ps, p->pos, "/ may appear only once"); return a; }
            if (seen_star) { parse_error(ps, p->pos, "/ must be ahead of *"); return a; }
            if (a->args.len == 0) { parse_error(ps, p->pos, "at least one argument must precede /"); return a; }
            seen_slash = 1;
            a->posonlyargs = a->args;
            memset(&a->args, 0, sizeof a->args);
            break;
        case 0:
            if (!seen_star) {
                if (p->def) {
                    seen_default = 1;
                    exprlist_push(ps->a, &a->defaults, p->def);
                } else if (seen_default) {
                    parse_error(ps, p->pos, "non-default argument follows default argument");
                    return a;
                }
                arg_push(ps, &a->args, p->arg);
            } else {
                arg_push(ps, &a->kwonlyargs, p->arg);
                exprlist_push(ps->a, &a->kw_defaults, p->def);
            }
            break;
        case 1: case 2:
            if (seen_star) {
                Pos q = {p->pos.lineno, p->pos.col, p->pos.lineno, p->pos.col + 1};
                parse_error(ps, q, "* argument may appear only once");
                return a;
            }
            seen_star = 1;
            if (p->kind == 1) {
                if (i + 1 >= pl->len || pl->items[i + 1]->kind != 0) {
                    parse_error(ps, p->pos, "named arguments must follow bare *");
                    return a;
                }
            } else {
                if (p->def) {
                    parse_error(ps, p->pos, "var-positional argument cannot have default value");
                    return a;
                }
                a->vararg = p->arg;
            }
            break;
        case 3:
            if (p->def) {
                parse_error(ps, p->pos, "var-keyword argument cannot have default value");
                return a;
            }
            seen_kwarg = 1;
            a->kwarg = p->arg;
            break;
        }
    }
    return a;
}
