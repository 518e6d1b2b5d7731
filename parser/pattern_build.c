/* AST constructors for the match statement (PEP 634) and the checks CPython's
 * parser makes on patterns. */
#include <string.h>
#include "parse_int.h"

Pattern *pat_new(ParseState *ps, PatternKind k, Pos p)
{
    Pattern *x = arena_alloc(ps->a, sizeof *x);
    if (!x) {
        static Pattern dummy;
        ps->failed = 1;
        memset(&dummy, 0, sizeof dummy);
        return &dummy;
    }
    x->kind = k;
    x->pos = p;
    return x;
}

static int is_underscore(const Token *t)
{
    return t->len == 1 && t->start[0] == '_';
}

/* A bare name: `_` is the wildcard, anything else a capture. */
Pattern *pat_capture(ParseState *ps, const Token *t)
{
    Pattern *x = pat_new(ps, P_AS, pos_tok(t));
    if (!is_underscore(t)) x->v.as.name = tok_str(ps, t);
    return x;
}

/* *name or *_ in a sequence pattern. */
Pattern *pat_star(ParseState *ps, const Token *star, const Token *name)
{
    Pattern *x = pat_new(ps, P_STAR, pos_span(pos_tok(star), pos_tok(name)));
    if (!is_underscore(name)) x->v.star.name = tok_str(ps, name);
    return x;
}

/* p as name */
Pattern *pat_as(ParseState *ps, Pattern *p, const Token *name)
{
    if (is_underscore(name)) parse_error(ps, pos_tok(name), "cannot use '_' as a target");
    Pattern *x = pat_new(ps, P_AS, pos_span(p->pos, pos_tok(name)));
    x->v.as.pattern = p;
    x->v.as.name = tok_str(ps, name);
    return x;
}

/* p1 | p2 | ...: one alternative is the pattern itself. */
Pattern *pat_or(ParseState *ps, PatternList *l)
{
    if (l->len == 1) return l->items[0];
    Pattern *x = pat_new(ps, P_OR, pos_span(l->items[0]->pos, l->items[l->len - 1]->pos));
    x->v.or_.patterns = *l;
    return x;
}

/* A literal or a dotted name: None, True and False match by identity, the rest by ==. */
Pattern *pat_value(ParseState *ps, Expr *e)
{
    if (e->kind == E_CONSTANT && (e->v.constant.kind == CONST_NONE || e->v.constant.kind == CONST_TRUE ||
                                  e->v.constant.kind == CONST_FALSE)) {
        Pattern *x = pat_new(ps, P_SINGLETON, e->pos);
        x->v.singleton.kind = e->v.constant.kind;
        return x;
    }
    /* an f-string here is the compiler's error (CPython reports it only if all else parses) */
    Pattern *x = pat_new(ps, P_VALUE, e->pos);
    x->v.value.value = e;
    return x;
}

/* -NUMBER */
Expr *pat_negative(ParseState *ps, const Token *minus, Expr *num)
{
    return mk_unary(ps, minus, UOP_NEG, num);
}

/* real + imag or real - imag */
Expr *pat_complex(ParseState *ps, Expr *real, BinOpKind op, Expr *imag)
{
    Expr *r = real->kind == E_UNARYOP ? real->v.unaryop.operand : real;
    if (r->v.constant.kind == CONST_IMAG) parse_error(ps, real->pos, "real number required in complex literal");
    else if (imag->v.constant.kind != CONST_IMAG)
        parse_error(ps, imag->pos, "imaginary number required in complex literal");
    return mk_binop(ps, real, op, imag);
}

/* A comma list of patterns in [...], (...) or after `case`; a single item without a
 * comma in (...) or after `case` is the item itself. */
Pattern *pat_sequence(ParseState *ps, PatSeq *s, int brackets, Pos p)
{
    if (!brackets && s && s->items.len == 1 && !s->trailing) {
        Pattern *only = s->items.items[0];
        /* CPython fails at the token after a lone star pattern */
        if (only->kind == P_STAR) parse_error(ps, ps->cur ? pos_tok(ps->cur) : only->pos, "invalid syntax");
        return only;
    }
    Pattern *x = pat_new(ps, P_SEQUENCE, p);
    if (s) x->v.seq.patterns = s->items;
    return x;
}

PatSeq *patseq_new(ParseState *ps, Pattern *first)
{
    PatSeq *s = arena_alloc(ps->a, sizeof *s);
    if (!s) {
        ps->failed = 1;
        static PatSeq dummy;
        memset(&dummy, 0, sizeof dummy);
        return &dummy;
    }
    patternlist_push(ps->a, &s->items, first);
    s->pos = first->pos;
    return s;
}

void patseq_add(ParseState *ps, PatSeq *s, Pattern *p)
{
    patternlist_push(ps->a, &s->items, p);
    s->pos = pos_span(s->pos, p->pos);
}

/* {k: p, ..., **rest} */
Pattern *pat_mapping(ParseState *ps, MapItems *m, Pos p)
{
    Pattern *x = pat_new(ps, P_MAPPING, p);
    if (!m) return x;
    for (int i = 0; i < m->len; i++) {
        MapItem *it = m->items[i];
        if (it->rest) {
            if (is_underscore(it->rest)) {
                parse_error(ps, pos_tok(it->rest), "invalid syntax");
                return x;
            }
            if (i != m->len - 1) {
                MapItem *nx = m->items[i + 1];
                parse_error(ps, nx->key ? nx->key->pos : pos_tok(nx->rest), "invalid syntax");
                return x;
            }
            x->v.mapping.rest = tok_str(ps, it->rest);
        } else {
            exprlist_push(ps->a, &x->v.mapping.keys, it->key);
            patternlist_push(ps->a, &x->v.mapping.patterns, it->pattern);
        }
    }
    return x;
}

MapItem *pat_map_item(ParseState *ps, Expr *key, Pattern *value, const Token *rest)
{
    MapItem *it = arena_alloc(ps->a, sizeof *it);
    if (!it) {
        ps->failed = 1;
        static MapItem dummy;
        return &dummy;
    }
    it->key = key;
    it->pattern = value;
    if (rest) {
        Token *t = arena_alloc(ps->a, sizeof *t);
        if (t) *t = *rest;
        it->rest = t;
    }
    return it;
}

void mapitems_push(ParseState *ps, MapItems *m, MapItem *it)
{
    if (m->len == m->cap) {
        int nc = m->cap ? m->cap * 2 : 4;
        MapItem **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (!n) { ps->failed = 1; return; }
        if (m->len) memcpy(n, m->items, sizeof *n * (size_t)m->len);
        m->items = n;
        m->cap = nc;
    }
    m->items[m->len++] = it;
}

/* Cls(p, ..., k=p, ...) */
Pattern *pat_class(ParseState *ps, Expr *cls, ClassArgs *args, const Token *rpar)
{
    Pattern *x = pat_new(ps, P_CLASS, pos_span(cls->pos, pos_tok(rpar)));
    x->v.cls.cls = cls;
    if (!args) return x;
    for (int i = 0; i < args->len; i++) {
        ClassArg *a = args->items[i];
        if (a->name) {
            namelist_push(ps->a, &x->v.cls.kwd_attrs, a->name);
            patternlist_push(ps->a, &x->v.cls.kwd_patterns, a->pattern);
        } else {
            if (x->v.cls.kwd_attrs.len) {
                parse_error(ps, a->pattern->pos, "positional patterns follow keyword patterns");
                return x;
            }
            patternlist_push(ps->a, &x->v.cls.patterns, a->pattern);
        }
    }
    return x;
}

ClassArg *pat_class_arg(ParseState *ps, const Token *name, Pattern *p)
{
    ClassArg *a = arena_alloc(ps->a, sizeof *a);
    if (!a) {
        ps->failed = 1;
        static ClassArg dummy;
        return &dummy;
    }
    a->name = name ? tok_str(ps, name) : NULL;
    a->pattern = p;
    return a;
}

void classargs_push(ParseState *ps, ClassArgs *l, ClassArg *a)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        ClassArg **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (!n) { ps->failed = 1; return; }
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = a;
}

MatchCase *pat_case(ParseState *ps, const Token *kw, Pattern *p, Expr *guard, StmtList *body)
{
    MatchCase *m = arena_alloc(ps->a, sizeof *m);
    if (!m) {
        ps->failed = 1;
        static MatchCase dummy;
        return &dummy;
    }
    m->pattern = p;
    m->guard = guard;
    if (body) m->body = *body;
    Pos end = body && body->len ? body->items[body->len - 1]->pos : p->pos;
    m->pos = pos_span(pos_tok(kw), end);
    return m;
}

void cases_push(ParseState *ps, MatchCaseList *l, MatchCase *m)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        MatchCase **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (!n) { ps->failed = 1; return; }
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = m;
}

Stmt *mk_match(ParseState *ps, const Token *kw, Expr *subj, MatchCaseList *cases)
{
    MatchCase *last = cases->items[cases->len - 1];
    Stmt *s = mk_stmt(ps, S_MATCH, pos_span(pos_tok(kw), last->pos));
    s->v.match.subject = subj;
    s->v.match.cases = *cases;
    return s;
}
