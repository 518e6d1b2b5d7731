/* The Python grammar for Lemon (LALR(1)). Assignment targets are parsed as
 * expressions and checked afterwards, as CPython does. The driver is parse.c. */
%name parse_lemon
%token_prefix TK_
%token_type {Token}
%extra_argument {ParseState *ps}
%stack_size 0
%start_symbol file

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "parse_int.h"
#define P(t) pos_tok(&(t))
#define OUT(e) outer_pos(ps, (e))
#define SPAN(a, b) pos_span((a), (b))
#define CHECK(x) do { if ((x) < 0) ps->failed = 1; } while (0)

static StmtList *one_stmt(ParseState *ps, Stmt *s)
{
    StmtList *l = arena_alloc(ps->a, sizeof *l);
    if (s) stmtlist_push(ps->a, l, s);
    return l;
}

static Pos stmts_end(StmtList *l, Pos dflt)
{
    if (l && l->len) return l->items[l->len - 1]->pos;
    return dflt;
}

static ExprList *elist(ParseState *ps)
{
    return arena_alloc(ps->a, sizeof(ExprList));
}

static void argitem_push(ParseState *ps, ArgItemList *l, ArgItem *it)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        ArgItem **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = it;
}

static void param_push(ParseState *ps, ParamList *l, Param *it)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        Param **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = it;
}

static void tok_push(ParseState *ps, TokenList *l, Token t)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        Token *n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = t;
}

static void comp_push(ParseState *ps, ComprehensionList *l, Comprehension *c)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        Comprehension **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = c;
}

static void handler_push(ParseState *ps, HandlerList *l, ExceptHandler *h)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        ExceptHandler **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = h;
}

static void alias_push(ParseState *ps, AliasList *l, Alias *x)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        Alias **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = x;
}

static void withitem_push(ParseState *ps, WithItemList *l, WithItem *x)
{
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        WithItem **n = arena_alloc(ps->a, sizeof *n * (size_t)nc);
        if (l->len) memcpy(n, l->items, sizeof *n * (size_t)l->len);
        l->items = n;
        l->cap = nc;
    }
    l->items[l->len++] = x;
}

static void stmts_extend(ParseState *ps, StmtList *dst, StmtList *src)
{
    for (int i = 0; src && i < src->len; i++) stmtlist_push(ps->a, dst, src->items[i]);
}

/* The list of statements and a nested 'if' for elif chains. */
static Stmt *mk_if(ParseState *ps, const Token *kw, Expr *test, StmtList *body, StmtList *orelse)
{
    Pos end = orelse && orelse->len ? orelse->items[orelse->len - 1]->pos : stmts_end(body, OUT(test));
    Stmt *s = mk_stmt(ps, S_IF, SPAN(pos_tok(kw), end));
    s->v.if_.test = test;
    if (body) s->v.if_.body = *body;
    if (orelse) s->v.if_.orelse = *orelse;
    return s;
}

static ExprList *targets_list(ParseState *ps, Seq *s, int how)
{
    ExprList *l = elist(ps);
    for (int i = 0; i < s->items.len; i++) {
        if (set_target(ps, s->items.items[i], how) < 0) ps->failed = 1;
        exprlist_push(ps->a, l, s->items.items[i]);
    }
    return l;
}

static Expr *target_of(ParseState *ps, Seq *s, int how)
{
    Expr *e = mk_tuple_or_single(ps, s);
    if (set_target(ps, e, how) < 0) ps->failed = 1;
    return e;
}

static Stmt *mk_funcdef(ParseState *ps, const Token *first, const Token *name, Arguments *args,
                        Expr *returns, StmtList *body, int is_async)
{
    Stmt *s = mk_stmt(ps, S_FUNCTIONDEF, SPAN(pos_tok(first), stmts_end(body, pos_tok(name))));
    s->v.funcdef.name = tok_str(ps, name);
    s->v.funcdef.args = args;
    s->v.funcdef.returns = returns;
    if (body) s->v.funcdef.body = *body;
    s->v.funcdef.is_async = is_async;
    return s;
}

static Stmt *mk_classdef(ParseState *ps, const Token *kw, const Token *name, ArgItemList *args,
                         StmtList *body)
{
    Stmt *s = mk_stmt(ps, S_CLASSDEF, SPAN(pos_tok(kw), stmts_end(body, pos_tok(name))));
    s->v.classdef.name = tok_str(ps, name);
    if (body) s->v.classdef.body = *body;
    if (args && args->len == 1 && args->items[0]->kind == 4) {
        /* class A(x for x in y): CPython fails at the 'for'. */
        Comprehension *c = args->items[0]->value->v.comp.generators.items[0];
        Pos t = OUT(c->target);
        Pos f = {t.lineno, t.col - 4, t.lineno, t.col - 1};
        parse_error(ps, f, "invalid syntax");
        return s;
    }
    if (args) {
        /* Reuse the call builder to check argument order, then split. */
        Token fake = *name;
        Expr *call = mk_call(ps, NULL, args, &fake);
        if (call) {
            s->v.classdef.bases = call->v.call.args;
            s->v.classdef.keywords = call->v.call.keywords;
        }
    }
    return s;
}

static Stmt *mk_for(ParseState *ps, const Token *first, Expr *target, Expr *iter, StmtList *body,
                    StmtList *orelse, int is_async)
{
    Pos end = orelse && orelse->len ? stmts_end(orelse, OUT(iter)) : stmts_end(body, OUT(iter));
    Stmt *s = mk_stmt(ps, S_FOR, SPAN(pos_tok(first), end));
    s->v.for_.target = target;
    s->v.for_.iter = iter;
    if (body) s->v.for_.body = *body;
    if (orelse) s->v.for_.orelse = *orelse;
    s->v.for_.is_async = is_async;
    return s;
}

static Stmt *mk_with(ParseState *ps, const Token *first, WithItemList *items, StmtList *body, int is_async)
{
    Stmt *s = mk_stmt(ps, S_WITH, SPAN(pos_tok(first), stmts_end(body, pos_tok(first))));
    if (items) s->v.with.items = *items;
    if (body) s->v.with.body = *body;
    s->v.with.is_async = is_async;
    return s;
}

static Stmt *mk_try(ParseState *ps, const Token *kw, StmtList *body, HandlerList *h,
                    StmtList *orelse, StmtList *fin)
{
    Pos end = stmts_end(body, pos_tok(kw));
    if (h && h->len) end = h->items[h->len - 1]->pos;
    if (orelse && orelse->len) end = stmts_end(orelse, end);
    if (fin && fin->len) end = stmts_end(fin, end);
    Stmt *s = mk_stmt(ps, S_TRY, SPAN(pos_tok(kw), end));
    if (body) s->v.try_.body = *body;
    if (h) s->v.try_.handlers = *h;
    if (orelse) s->v.try_.orelse = *orelse;
    if (fin) s->v.try_.finalbody = *fin;
    return s;
}

static ExceptHandler *mk_handler(ParseState *ps, const Token *kw, Expr *type, const Token *name,
                                 StmtList *body)
{
    ExceptHandler *h = arena_alloc(ps->a, sizeof *h);
    h->type = type;
    h->name = name ? tok_str(ps, name) : NULL;
    if (body) h->body = *body;
    h->pos = SPAN(pos_tok(kw), stmts_end(body, pos_tok(kw)));
    return h;
}

static Stmt *mk_expr_stmt(ParseState *ps, Expr *e)
{
    Stmt *s = mk_stmt(ps, S_EXPR, OUT(e));
    s->v.expr.value = e;
    return s;
}

static Stmt *mk_assign(ParseState *ps, ExprList *targets, Expr *value)
{
    check_assign_targets(ps, targets, value);
    Stmt *s = mk_stmt(ps, S_ASSIGN, SPAN(OUT(targets->items[0]), OUT(value)));
    s->v.assign.targets = *targets;
    s->v.assign.value = value;
    return s;
}

static Stmt *mk_augassign(ParseState *ps, Expr *target, BinOpKind op, Expr *value)
{
    Stmt *s = mk_stmt(ps, S_AUGASSIGN, SPAN(OUT(target), OUT(value)));
    if (set_target(ps, target, TGT_AUG) < 0) ps->failed = 1;
    s->v.augassign.target = target;
    s->v.augassign.op = op;
    s->v.augassign.value = value;
    return s;
}

static Stmt *mk_annassign(ParseState *ps, Seq *t, Expr *ann, Expr *value)
{
    Expr *target = mk_tuple_or_single(ps, t);
    Stmt *s = mk_stmt(ps, S_ANNASSIGN, SPAN(OUT(target), OUT(value ? value : ann)));
    if (set_target(ps, target, TGT_ANN) < 0) ps->failed = 1;
    s->v.annassign.target = target;
    s->v.annassign.annotation = ann;
    s->v.annassign.value = value;
    s->v.annassign.simple = target->kind == E_NAME && !is_paren(ps, target);
    return s;
}

static Alias *mk_alias(ParseState *ps, const char *name, Pos p, const Token *as)
{
    Alias *x = arena_alloc(ps->a, sizeof *x);
    x->name = name;
    x->asname = as ? tok_str(ps, as) : NULL;
    x->pos = as ? SPAN(p, pos_tok(as)) : p;
    return x;
}

static Param *mk_param(ParseState *ps, int kind, const Token *name, Expr *ann, Expr *def, Pos p)
{
    Param *x = arena_alloc(ps->a, sizeof *x);
    x->kind = kind;
    if (name) {
        x->arg = arena_alloc(ps->a, sizeof(Arg));
        x->arg->name = tok_str(ps, name);
        x->arg->annotation = ann;
        x->arg->pos = ann ? SPAN(pos_tok(name), OUT(ann)) : pos_tok(name);
    }
    x->def = def;
    x->pos = p;
    return x;
}

static ArgItem *mk_argitem(ParseState *ps, int kind, Expr *v, const char *name, Pos p)
{
    ArgItem *x = arena_alloc(ps->a, sizeof *x);
    x->kind = kind;
    x->value = v;
    x->name = name;
    x->pos = p;
    return x;
}

static Expr *mk_slice(ParseState *ps, Expr *lo, Expr *hi, Expr *st, Pos p)
{
    Expr *e = mk_expr(ps, E_SLICE, p);
    e->v.slice.lower = lo;
    e->v.slice.upper = hi;
    e->v.slice.step = st;
    return e;
}

static Expr *mk_dict(ParseState *ps, ExprList *keys, ExprList *values, Pos p)
{
    Expr *e = mk_expr(ps, E_DICT, p);
    if (keys) e->v.dict.keys = *keys;
    if (values) e->v.dict.values = *values;
    return e;
}

static Expr *mk_yield(ParseState *ps, const Token *kw, Expr *v)
{
    Expr *e = mk_expr(ps, E_YIELD, v ? SPAN(pos_tok(kw), OUT(v)) : pos_tok(kw));
    e->v.yield.value = v;
    return e;
}

static Comprehension *mk_compfor(ParseState *ps, Seq *target, Expr *iter, int is_async)
{
    Comprehension *c = arena_alloc(ps->a, sizeof *c);
    c->target = target_of(ps, target, TGT_COMP);
    c->iter = iter;
    c->is_async = is_async;
    return c;
}

static ExprList *names_one(ParseState *ps, const Token *t)
{
    ExprList *l = elist(ps);
    exprlist_push(ps->a, l, mk_name(ps, t));
    return l;
}

static Stmt *mk_global(ParseState *ps, StmtKind k, const Token *kw, ExprList *names)
{
    Stmt *s = mk_stmt(ps, k, SPAN(pos_tok(kw), names->items[names->len - 1]->pos));
    for (int i = 0; i < names->len; i++) namelist_push(ps->a, &s->v.global.names, names->items[i]->v.name.id);
    return s;
}

typedef struct { int level; const char *name; Pos pos; int has; } FromHead;
typedef struct { ExprList keys, values; } DictItems;
typedef struct { const char *name; Pos pos; } DottedName;
typedef struct { Token kw; Expr *subject; } MatchHead;
}

%syntax_error {
    (void)yymajor;
    (void)yyminor;
    ps->syntax_error = 1;
}
%stack_overflow {
    if (!ps->probing && !ps->failed) {
        const Token *t = ps->cur;
        parse_error(ps, t ? pos_tok(t) : (Pos){1, 0, 1, 0}, "too many nested parentheses");
    }
    ps->failed = 1;
}
%parse_accept { ps->accepted = 1; }

/* Terminals, in one enum shared with the lexer. */
%token NAME NUMBER STRING NEWLINE INDENT DEDENT ERRORTOKEN
       LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER
       LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX
       LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL
       AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL
       DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL
       FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT
       FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY
       WHILE WITH YIELD
       MODE_FILE MODE_EVAL MODE_FSTRING MODE_PROBE_OR MODE_PROBE_TEST MODE_PROBE_TSE
       MATCH CASE.

/* ---------------------------------------------------------------- start */
file ::= MODE_FILE stmts(B).                 { ps->mod->body = *B; }
file ::= MODE_EVAL tse(A) newlines_opt.      { ps->expr = mk_tuple_or_single(ps, A); }
file ::= MODE_FSTRING tse(A).                { ps->expr = mk_tuple_or_single(ps, A); }
file ::= MODE_FSTRING yield_expr(A).         { ps->expr = A; }
file ::= MODE_PROBE_OR or_test(A).           { ps->expr = A; }
file ::= MODE_PROBE_TEST test(A).            { ps->expr = A; }
file ::= MODE_PROBE_TSE tse(A).              { ps->expr = mk_tuple_or_single(ps, A); }

newlines_opt ::= .
newlines_opt ::= newlines_opt NEWLINE.

%type stmts {StmtList *}
stmts(A) ::= .                      { A = arena_alloc(ps->a, sizeof(StmtList)); }
stmts(A) ::= stmts(B) stmt(C).      { A = B; stmts_extend(ps, A, C); }

%type stmt {StmtList *}
stmt(A) ::= simple_stmt(B).         { A = B; }
stmt(A) ::= compound_stmt(B).       { A = one_stmt(ps, B); }

%type simple_stmt {StmtList *}
simple_stmt(A) ::= small_stmts(B) NEWLINE.        { A = B; }
simple_stmt(A) ::= small_stmts(B) SEMI NEWLINE.   { A = B; }

%type small_stmts {StmtList *}
small_stmts(A) ::= small_stmt(B).                       { A = one_stmt(ps, B); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(C).   { A = B; if (C) stmtlist_push(ps->a, A, C); }

%type small_stmt {Stmt *}
small_stmt(A) ::= expr_stmt(B).     { A = B; }
small_stmt(A) ::= PASS(K).          { A = mk_stmt(ps, S_PASS, P(K)); }
small_stmt(A) ::= BREAK(K).         { A = mk_stmt(ps, S_BREAK, P(K)); }
small_stmt(A) ::= CONTINUE(K).      { A = mk_stmt(ps, S_CONTINUE, P(K)); }
small_stmt(A) ::= RETURN(K).        { A = mk_stmt(ps, S_RETURN, P(K)); }
small_stmt(A) ::= RETURN(K) tse(B). {
    Expr *v = mk_tuple_or_single(ps, B);
    A = mk_stmt(ps, S_RETURN, SPAN(P(K), OUT(v)));
    A->v.ret.value = v;
}
small_stmt(A) ::= RAISE(K).         { A = mk_stmt(ps, S_RAISE, P(K)); }
small_stmt(A) ::= RAISE(K) test(B). { A = mk_stmt(ps, S_RAISE, SPAN(P(K), OUT(B))); A->v.raise.exc = B; }
small_stmt(A) ::= RAISE(K) test(B) FROM test(C). {
    A = mk_stmt(ps, S_RAISE, SPAN(P(K), OUT(C)));
    A->v.raise.exc = B;
    A->v.raise.cause = C;
}
small_stmt(A) ::= GLOBAL(K) namelist(B).    { A = mk_global(ps, S_GLOBAL, &K, B); }
small_stmt(A) ::= NONLOCAL(K) namelist(B).  { A = mk_global(ps, S_NONLOCAL, &K, B); }
small_stmt(A) ::= ASSERT(K) test(B). { A = mk_stmt(ps, S_ASSERT, SPAN(P(K), OUT(B))); A->v.assert_.test = B; }
small_stmt(A) ::= ASSERT(K) test(B) COMMA test(C). {
    A = mk_stmt(ps, S_ASSERT, SPAN(P(K), OUT(C)));
    A->v.assert_.test = B;
    A->v.assert_.msg = C;
}
small_stmt(A) ::= DEL(K) exprlist(B). {
    A = mk_stmt(ps, S_DELETE, SPAN(P(K), B->pos));
    ExprList *l = targets_list(ps, B, TGT_DEL);
    A->v.del.targets = *l;
}
small_stmt(A) ::= import_stmt(B).   { A = B; }

%type namelist {ExprList *}
namelist(A) ::= NAME(B).                    { A = names_one(ps, &B); }
namelist(A) ::= namelist(B) COMMA NAME(C).  { A = B; exprlist_push(ps->a, A, mk_name(ps, &C)); }

/* ---------------------------------------------------------------- expression statements */
%type expr_stmt {Stmt *}
expr_stmt(A) ::= tse(B).                { A = mk_expr_stmt(ps, mk_tuple_or_single(ps, B)); }
expr_stmt(A) ::= yield_expr(B).         { A = mk_expr_stmt(ps, B); }
expr_stmt(A) ::= tse(B) COLON test(C).  { A = mk_annassign(ps, B, C, NULL); }
expr_stmt(A) ::= tse(B) COLON test(C) EQUAL rhs(D). { A = mk_annassign(ps, B, C, D); }
expr_stmt(A) ::= tse(B) augassign(O) rhs(C).        { A = mk_augassign(ps, mk_tuple_or_single(ps, B), O, C); }
expr_stmt(A) ::= assign_targets(T) rhs(C).          { A = mk_assign(ps, T, C); }

%type assign_targets {ExprList *}
assign_targets(A) ::= tse(B) EQUAL. {
    A = elist(ps);
    Expr *t = mk_tuple_or_single(ps, B);
    exprlist_push(ps->a, A, t);
}
assign_targets(A) ::= yield_expr(B) EQUAL. {
    A = elist(ps);
    exprlist_push(ps->a, A, B);
}
assign_targets(A) ::= assign_targets(B) tse(C) EQUAL. {
    A = B;
    exprlist_push(ps->a, A, mk_tuple_or_single(ps, C));
}
assign_targets(A) ::= assign_targets(B) yield_expr(C) EQUAL. {
    A = B;
    exprlist_push(ps->a, A, C);
}

%type rhs {Expr *}
rhs(A) ::= tse(B).          { A = mk_tuple_or_single(ps, B); }
rhs(A) ::= yield_expr(B).   { A = B; }

%type augassign {BinOpKind}
augassign(A) ::= PLUSEQUAL.         { A = BINOP_ADD; }
augassign(A) ::= MINEQUAL.          { A = BINOP_SUB; }
augassign(A) ::= STAREQUAL.         { A = BINOP_MUL; }
augassign(A) ::= ATEQUAL.           { A = BINOP_MATMUL; }
augassign(A) ::= SLASHEQUAL.        { A = BINOP_TRUEDIV; }
augassign(A) ::= PERCENTEQUAL.      { A = BINOP_MOD; }
augassign(A) ::= AMPEREQUAL.        { A = BINOP_AND; }
augassign(A) ::= VBAREQUAL.         { A = BINOP_OR; }
augassign(A) ::= CIRCUMFLEXEQUAL.   { A = BINOP_XOR; }
augassign(A) ::= LEFTSHIFTEQUAL.    { A = BINOP_LSHIFT; }
augassign(A) ::= RIGHTSHIFTEQUAL.   { A = BINOP_RSHIFT; }
augassign(A) ::= DOUBLESTAREQUAL.   { A = BINOP_POW; }
augassign(A) ::= DOUBLESLASHEQUAL.  { A = BINOP_FLOORDIV; }

/* ---------------------------------------------------------------- imports */
%type import_stmt {Stmt *}
import_stmt(A) ::= IMPORT(K) dotted_as_names(B). {
    A = mk_stmt(ps, S_IMPORT, SPAN(P(K), B->items[B->len - 1]->pos));
    A->v.import.names = *B;
}
import_stmt(A) ::= from_head(H) IMPORT STAR(S). {
    A = mk_stmt(ps, S_IMPORTFROM, SPAN(H.pos, P(S)));
    A->v.importfrom.module = H.name;
    A->v.importfrom.level = H.level;
    alias_push(ps, &A->v.importfrom.names, mk_alias(ps, "*", P(S), NULL));
}
import_stmt(A) ::= from_head(H) IMPORT import_as_names(B). {
    A = mk_stmt(ps, S_IMPORTFROM, SPAN(H.pos, B->items[B->len - 1]->pos));
    A->v.importfrom.module = H.name;
    A->v.importfrom.level = H.level;
    A->v.importfrom.names = *B;
}
import_stmt(A) ::= from_head(H) IMPORT LPAR import_as_names(B) comma_opt RPAR(R). {
    A = mk_stmt(ps, S_IMPORTFROM, SPAN(H.pos, P(R)));
    A->v.importfrom.module = H.name;
    A->v.importfrom.level = H.level;
    A->v.importfrom.names = *B;
}

comma_opt ::= .
comma_opt ::= COMMA.

%type from_head {FromHead}
from_head(A) ::= FROM(K) dotted_name(N).        { A.level = 0; A.name = N.name; A.pos = P(K); }
from_head(A) ::= FROM(K) dots(D).               { A.level = D; A.name = NULL; A.pos = P(K); }
from_head(A) ::= FROM(K) dots(D) dotted_name(N). { A.level = D; A.name = N.name; A.pos = P(K); }

%type dots {int}
dots(A) ::= DOT.                { A = 1; }
dots(A) ::= ELLIPSIS.           { A = 3; }
dots(A) ::= dots(B) DOT.        { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS.   { A = B + 3; }

%type dotted_name {DottedName}
dotted_name(A) ::= NAME(B).     { A.name = tok_str(ps, &B); A.pos = P(B); }
dotted_name(A) ::= dotted_name(B) DOT NAME(C). {
    size_t n1 = strlen(B.name), n2 = (size_t)C.len;
    char *s = arena_alloc(ps->a, n1 + n2 + 2);
    memcpy(s, B.name, n1);
    s[n1] = '.';
    memcpy(s + n1 + 1, C.start, n2);
    A.name = s;
    A.pos = SPAN(B.pos, P(C));
}

%type dotted_as_names {AliasList *}
dotted_as_names(A) ::= dotted_as_name(B). { A = arena_alloc(ps->a, sizeof *A); alias_push(ps, A, B); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(C). { A = B; alias_push(ps, A, C); }

%type dotted_as_name {Alias *}
dotted_as_name(A) ::= dotted_name(B).             { A = mk_alias(ps, B.name, B.pos, NULL); }
dotted_as_name(A) ::= dotted_name(B) AS NAME(C).  { A = mk_alias(ps, B.name, B.pos, &C); }

%type import_as_names {AliasList *}
import_as_names(A) ::= import_as_name(B). { A = arena_alloc(ps->a, sizeof *A); alias_push(ps, A, B); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(C). { A = B; alias_push(ps, A, C); }

%type import_as_name {Alias *}
import_as_name(A) ::= NAME(B).              { A = mk_alias(ps, tok_str(ps, &B), P(B), NULL); }
import_as_name(A) ::= NAME(B) AS NAME(C).   { A = mk_alias(ps, tok_str(ps, &B), P(B), &C); }

/* ---------------------------------------------------------------- compound statements */
%type compound_stmt {Stmt *}
compound_stmt(A) ::= if_stmt(B).        { A = B; }
compound_stmt(A) ::= while_stmt(B).     { A = B; }
compound_stmt(A) ::= for_stmt(B).       { A = B; }
compound_stmt(A) ::= try_stmt(B).       { A = B; }
compound_stmt(A) ::= with_stmt(B).      { A = B; }
compound_stmt(A) ::= funcdef(B).        { A = B; }
compound_stmt(A) ::= classdef(B).       { A = B; }
compound_stmt(A) ::= decorators(D) funcdef(B).  { A = B; A->v.funcdef.decorators = *D; }
compound_stmt(A) ::= decorators(D) classdef(B). { A = B; A->v.classdef.decorators = *D; }
compound_stmt(A) ::= match_stmt(B).     { A = B; }

/* ---------------------------------------------------------------- match (PEP 634)
 * `match` and `case` are soft keywords: the driver (parse.c) turns a NAME into MATCH or
 * CASE only where a match statement or a case block begins. */
%type match_stmt {Stmt *}
match_stmt(A) ::= match_head(H) NEWLINE INDENT case_blocks(C) DEDENT. { A = mk_match(ps, &H.kw, H.subject, C); }

%type match_head {MatchHead}
match_head(A) ::= MATCH(K) tse(S) COLON(C). {
    A.kw = K;
    A.subject = mk_tuple_or_single(ps, S);
    /* a lone starred subject: CPython fails at the ':' */
    if (A.subject->kind == E_STARRED) parse_error(ps, P(C), "invalid syntax");
}
match_head(A) ::= MATCH(K) NAME(N) COLONEQUAL test(V) COLON. {
    A.kw = K;
    A.subject = mk_namedexpr(ps, mk_name(ps, &N), V);
}

%type case_blocks {MatchCaseList *}
case_blocks(A) ::= case_block(B).                   { A = arena_alloc(ps->a, sizeof *A); cases_push(ps, A, B); }
case_blocks(A) ::= case_blocks(B) case_block(C).    { A = B; cases_push(ps, A, C); }

%type case_block {MatchCase *}
case_block(A) ::= CASE(K) case_patterns(P) COLON suite(B).  { A = pat_case(ps, &K, P, NULL, B); }
case_block(A) ::= CASE(K) case_patterns(P) IF namedexpr_test(G) COLON suite(B). { A = pat_case(ps, &K, P, G, B); }

%type case_patterns {Pattern *}
case_patterns(A) ::= pat_items(B).  { A = pat_sequence(ps, B, 0, B->pos); }

%type pat_items {PatSeq *}
pat_items(A) ::= pat_list(B).           { A = B; }
pat_items(A) ::= pat_list(B) COMMA(C).  { A = B; A->trailing = 1; A->pos = SPAN(A->pos, P(C)); }

%type pat_list {PatSeq *}
pat_list(A) ::= maybe_star_pat(B).                      { A = patseq_new(ps, B); }
pat_list(A) ::= pat_list(B) COMMA maybe_star_pat(C).    { A = B; patseq_add(ps, A, C); }

%type maybe_star_pat {Pattern *}
maybe_star_pat(A) ::= pattern(B).           { A = B; }
maybe_star_pat(A) ::= STAR(S) NAME(N).      { A = pat_star(ps, &S, &N); }

%type pattern {Pattern *}
pattern(A) ::= or_pat(B).               { A = pat_or(ps, B); }
pattern(A) ::= or_pat(B) AS NAME(N).    { A = pat_as(ps, pat_or(ps, B), &N); }

%type or_pat {PatternList *}
or_pat(A) ::= closed_pat(B).                    { A = arena_alloc(ps->a, sizeof *A); patternlist_push(ps->a, A, B); }
or_pat(A) ::= or_pat(B) VBAR closed_pat(C).     { A = B; patternlist_push(ps->a, A, C); }

%type closed_pat {Pattern *}
closed_pat(A) ::= literal_pat(B).   { A = pat_value(ps, B); }
closed_pat(A) ::= NAME(N).          { A = pat_capture(ps, &N); }
closed_pat(A) ::= pat_attr(B).      { A = pat_value(ps, B); }
closed_pat(A) ::= LPAR(L) RPAR(R).  { A = pat_sequence(ps, NULL, 1, SPAN(P(L), P(R))); }
closed_pat(A) ::= LPAR(L) pat_items(B) RPAR(R). {
    if (B->items.len == 1 && !B->trailing && B->items.items[0]->kind == P_STAR) parse_error(ps, P(R), "invalid syntax");
    A = pat_sequence(ps, B, B->items.len != 1 || B->trailing, SPAN(P(L), P(R)));
}
closed_pat(A) ::= LSQB(L) RSQB(R).                  { A = pat_sequence(ps, NULL, 1, SPAN(P(L), P(R))); }
closed_pat(A) ::= LSQB(L) pat_items(B) RSQB(R).     { A = pat_sequence(ps, B, 1, SPAN(P(L), P(R))); }
closed_pat(A) ::= LBRACE(L) RBRACE(R).              { A = pat_mapping(ps, NULL, SPAN(P(L), P(R))); }
closed_pat(A) ::= LBRACE(L) map_items(B) comma_opt RBRACE(R). { A = pat_mapping(ps, B, SPAN(P(L), P(R))); }
closed_pat(A) ::= NAME(N) LPAR class_args(B) RPAR(R).     { A = pat_class(ps, mk_name(ps, &N), B, &R); }
closed_pat(A) ::= pat_attr(C) LPAR class_args(B) RPAR(R). { A = pat_class(ps, C, B, &R); }

/* A literal: also the key of a mapping pattern. */
%type literal_pat {Expr *}
literal_pat(A) ::= signed_num(B).                       { A = B; }
literal_pat(A) ::= signed_num(B) PLUS NUMBER(C).        { A = pat_complex(ps, B, BINOP_ADD, mk_number(ps, &C)); }
literal_pat(A) ::= signed_num(B) MINUS NUMBER(C).       { A = pat_complex(ps, B, BINOP_SUB, mk_number(ps, &C)); }
literal_pat(A) ::= strings(B).      { A = mk_strings(ps, B); }
literal_pat(A) ::= NONE(B).         { A = mk_singleton(ps, &B, CONST_NONE); }
literal_pat(A) ::= TRUE(B).         { A = mk_singleton(ps, &B, CONST_TRUE); }
literal_pat(A) ::= FALSE(B).        { A = mk_singleton(ps, &B, CONST_FALSE); }

%type signed_num {Expr *}
signed_num(A) ::= NUMBER(B).            { A = mk_number(ps, &B); }
signed_num(A) ::= MINUS(M) NUMBER(B).   { A = pat_negative(ps, &M, mk_number(ps, &B)); }

/* A dotted name (at least one dot): a value pattern. */
%type pat_attr {Expr *}
pat_attr(A) ::= NAME(B) DOT NAME(C).        { A = mk_attribute(ps, mk_name(ps, &B), &C); }
pat_attr(A) ::= pat_attr(B) DOT NAME(C).    { A = mk_attribute(ps, B, &C); }

%type map_items {MapItems *}
map_items(A) ::= map_item(B).                       { A = arena_alloc(ps->a, sizeof *A); mapitems_push(ps, A, B); }
map_items(A) ::= map_items(B) COMMA map_item(C).    { A = B; mapitems_push(ps, A, C); }

%type map_item {MapItem *}
map_item(A) ::= literal_pat(K) COLON pattern(V).    { A = pat_map_item(ps, K, V, NULL); }
map_item(A) ::= pat_attr(K) COLON pattern(V).       { A = pat_map_item(ps, K, V, NULL); }
map_item(A) ::= DOUBLESTAR NAME(N).                 { A = pat_map_item(ps, NULL, NULL, &N); }

%type class_args {ClassArgs *}
class_args(A) ::= .                             { A = NULL; }
class_args(A) ::= class_arg_list(B) comma_opt.  { A = B; }

%type class_arg_list {ClassArgs *}
class_arg_list(A) ::= class_arg(B).     { A = arena_alloc(ps->a, sizeof *A); classargs_push(ps, A, B); }
class_arg_list(A) ::= class_arg_list(B) COMMA class_arg(C). { A = B; classargs_push(ps, A, C); }

%type class_arg {ClassArg *}
class_arg(A) ::= pattern(B).                { A = pat_class_arg(ps, NULL, B); }
class_arg(A) ::= NAME(N) EQUAL pattern(B).  { A = pat_class_arg(ps, &N, B); }

%type suite {StmtList *}
suite(A) ::= simple_stmt(B).                    { A = B; }
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT.    { A = B; }

%type if_stmt {Stmt *}
if_stmt(A) ::= IF(K) namedexpr_test(T) COLON suite(B) elif_tail(E). { A = mk_if(ps, &K, T, B, E); }

%type elif_tail {StmtList *}
elif_tail(A) ::= .                                  { A = NULL; }
elif_tail(A) ::= ELSE COLON suite(B).               { A = B; }
elif_tail(A) ::= ELIF(K) namedexpr_test(T) COLON suite(B) elif_tail(E). {
    A = one_stmt(ps, mk_if(ps, &K, T, B, E));
}

%type else_opt {StmtList *}
else_opt(A) ::= .                       { A = NULL; }
else_opt(A) ::= ELSE COLON suite(B).    { A = B; }

%type while_stmt {Stmt *}
while_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON suite(B) else_opt(E). {
    Pos end = E && E->len ? stmts_end(E, OUT(T)) : stmts_end(B, OUT(T));
    A = mk_stmt(ps, S_WHILE, SPAN(P(K), end));
    A->v.while_.test = T;
    if (B) A->v.while_.body = *B;
    if (E) A->v.while_.orelse = *E;
}

%type for_stmt {Stmt *}
for_stmt(A) ::= FOR(K) exprlist(T) IN tse(I) COLON suite(B) else_opt(E). {
    A = mk_for(ps, &K, target_of(ps, T, TGT_FOR), mk_tuple_or_single(ps, I), B, E, 0);
}
for_stmt(A) ::= ASYNC(K) FOR exprlist(T) IN tse(I) COLON suite(B) else_opt(E). {
    A = mk_for(ps, &K, target_of(ps, T, TGT_FOR), mk_tuple_or_single(ps, I), B, E, 1);
}

%type try_stmt {Stmt *}
try_stmt(A) ::= TRY(K) COLON suite(B) handlers(H) else_opt(E). { A = mk_try(ps, &K, B, H, E, NULL); }
try_stmt(A) ::= TRY(K) COLON suite(B) handlers(H) else_opt(E) FINALLY COLON suite(F). {
    A = mk_try(ps, &K, B, H, E, F);
}
try_stmt(A) ::= TRY(K) COLON suite(B) FINALLY COLON suite(F). { A = mk_try(ps, &K, B, NULL, NULL, F); }

%type handlers {HandlerList *}
handlers(A) ::= handler(B).             { A = arena_alloc(ps->a, sizeof *A); handler_push(ps, A, B); }
handlers(A) ::= handlers(B) handler(C). { A = B; handler_push(ps, A, C); }

%type handler {ExceptHandler *}
handler(A) ::= EXCEPT(K) COLON suite(B).                         { A = mk_handler(ps, &K, NULL, NULL, B); }
handler(A) ::= EXCEPT(K) test(T) COLON suite(B).                 { A = mk_handler(ps, &K, T, NULL, B); }
handler(A) ::= EXCEPT(K) test(T) AS NAME(N) COLON suite(B).      { A = mk_handler(ps, &K, T, &N, B); }
handler(A) ::= EXCEPT(K) test(T) COMMA tse(X) COLON suite(B). {
    A = mk_handler(ps, &K, T, NULL, B);
    parse_error(ps, SPAN(OUT(T), OUT(mk_tuple_or_single(ps, X))), "multiple exception types must be parenthesized");
}

%type with_stmt {Stmt *}
with_stmt(A) ::= WITH(K) with_items(I) COLON suite(B).          { A = mk_with(ps, &K, I, B, 0); }
with_stmt(A) ::= ASYNC(K) WITH with_items(I) COLON suite(B).    { A = mk_with(ps, &K, I, B, 1); }

%type with_items {WithItemList *}
with_items(A) ::= with_item(B).                     { A = arena_alloc(ps->a, sizeof *A); withitem_push(ps, A, B); }
with_items(A) ::= with_items(B) COMMA with_item(C). { A = B; withitem_push(ps, A, C); }

%type with_item {WithItem *}
with_item(A) ::= test(B).           { A = arena_alloc(ps->a, sizeof *A); A->context_expr = B; }
with_item(A) ::= test(B) AS expr(C). {
    A = arena_alloc(ps->a, sizeof *A);
    A->context_expr = B;
    A->optional_vars = C;
    if (set_target(ps, C, TGT_WITH) < 0) ps->failed = 1;
}

%type funcdef {Stmt *}
funcdef(A) ::= DEF(K) NAME(N) LPAR params(PL) RPAR COLON suite(B).  {
    A = mk_funcdef(ps, &K, &N, mk_arguments(ps, PL), NULL, B, 0);
}
funcdef(A) ::= DEF(K) NAME(N) LPAR params(PL) RPAR RARROW test(R) COLON suite(B).  {
    A = mk_funcdef(ps, &K, &N, mk_arguments(ps, PL), R, B, 0);
}
funcdef(A) ::= ASYNC(K) DEF NAME(N) LPAR params(PL) RPAR COLON suite(B).  {
    A = mk_funcdef(ps, &K, &N, mk_arguments(ps, PL), NULL, B, 1);
}
funcdef(A) ::= ASYNC(K) DEF NAME(N) LPAR params(PL) RPAR RARROW test(R) COLON suite(B).  {
    A = mk_funcdef(ps, &K, &N, mk_arguments(ps, PL), R, B, 1);
}

%type classdef {Stmt *}
classdef(A) ::= CLASS(K) NAME(N) COLON suite(B).                         { A = mk_classdef(ps, &K, &N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR COLON suite(B).               { A = mk_classdef(ps, &K, &N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR arglist(L) RPAR COLON suite(B).    { A = mk_classdef(ps, &K, &N, L, B); }

%type decorators {ExprList *}
decorators(A) ::= AT namedexpr_test(B) NEWLINE.                 { A = elist(ps); exprlist_push(ps->a, A, B); }
decorators(A) ::= decorators(D) AT namedexpr_test(B) NEWLINE.   { A = D; exprlist_push(ps->a, A, B); }

/* ---------------------------------------------------------------- parameters */
%type params {ParamList *}
params(A) ::= .                         { A = arena_alloc(ps->a, sizeof *A); }
params(A) ::= paramlist(B).             { A = B; }
params(A) ::= paramlist(B) COMMA.       { A = B; }

%type paramlist {ParamList *}
paramlist(A) ::= param(B).                      { A = arena_alloc(ps->a, sizeof *A); param_push(ps, A, B); }
paramlist(A) ::= paramlist(B) COMMA param(C).   { A = B; param_push(ps, A, C); }

%type param {Param *}
param(A) ::= NAME(N).                               { A = mk_param(ps, 0, &N, NULL, NULL, P(N)); }
param(A) ::= NAME(N) COLON test(T).                 { A = mk_param(ps, 0, &N, T, NULL, SPAN(P(N), OUT(T))); }
param(A) ::= NAME(N) EQUAL test(D).                 { A = mk_param(ps, 0, &N, NULL, D, P(N)); }
param(A) ::= NAME(N) COLON test(T) EQUAL test(D).   { A = mk_param(ps, 0, &N, T, D, SPAN(P(N), OUT(T))); }
param(A) ::= STAR(S).                               { A = mk_param(ps, 1, NULL, NULL, NULL, P(S)); }
param(A) ::= STAR(S) NAME(N).                       { A = mk_param(ps, 2, &N, NULL, NULL, SPAN(P(S), P(N))); }
param(A) ::= STAR(S) NAME(N) COLON test(T).         { A = mk_param(ps, 2, &N, T, NULL, SPAN(P(S), OUT(T))); }
param(A) ::= STAR(S) NAME(N) COLON star_expr(T).    { A = mk_param(ps, 2, &N, T, NULL, SPAN(P(S), OUT(T))); }
param(A) ::= DOUBLESTAR(S) NAME(N).                 { A = mk_param(ps, 3, &N, NULL, NULL, SPAN(P(S), P(N))); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T).   { A = mk_param(ps, 3, &N, T, NULL, SPAN(P(S), OUT(T))); }
param(A) ::= SLASH(S).                              { A = mk_param(ps, 4, NULL, NULL, NULL, P(S)); }
param(A) ::= STAR NAME(N) EQUAL(Q) test(D).         { A = mk_param(ps, 2, &N, NULL, D, P(Q)); }
param(A) ::= DOUBLESTAR NAME(N) EQUAL(Q) test(D).   { A = mk_param(ps, 3, &N, NULL, D, P(Q)); }

%type lparams {ParamList *}
lparams(A) ::= .                        { A = arena_alloc(ps->a, sizeof *A); }
lparams(A) ::= lparamlist(B).           { A = B; }
lparams(A) ::= lparamlist(B) COMMA.     { A = B; }

%type lparamlist {ParamList *}
lparamlist(A) ::= lparam(B).                    { A = arena_alloc(ps->a, sizeof *A); param_push(ps, A, B); }
lparamlist(A) ::= lparamlist(B) COMMA lparam(C). { A = B; param_push(ps, A, C); }

%type lparam {Param *}
lparam(A) ::= NAME(N).                      { A = mk_param(ps, 0, &N, NULL, NULL, P(N)); }
lparam(A) ::= NAME(N) EQUAL test(D).        { A = mk_param(ps, 0, &N, NULL, D, P(N)); }
lparam(A) ::= STAR(S).                      { A = mk_param(ps, 1, NULL, NULL, NULL, P(S)); }
lparam(A) ::= STAR(S) NAME(N).              { A = mk_param(ps, 2, &N, NULL, NULL, SPAN(P(S), P(N))); }
lparam(A) ::= DOUBLESTAR(S) NAME(N).        { A = mk_param(ps, 3, &N, NULL, NULL, SPAN(P(S), P(N))); }
lparam(A) ::= SLASH(S).                     { A = mk_param(ps, 4, NULL, NULL, NULL, P(S)); }

/* ---------------------------------------------------------------- expressions */
/* tse: testlist_star_expr, a comma list that may become a tuple. */
%type tse {Seq *}
tse(A) ::= tse_items(B).            { A = B; }
tse(A) ::= tse_items(B) COMMA(C).   { A = B; A->trailing = 1; A->pos = SPAN(A->pos, P(C)); }

%type tse_items {Seq *}
tse_items(A) ::= tse_item(B).                       { A = seq_new(ps, B); }
tse_items(A) ::= tse_items(B) COMMA tse_item(C).    { A = B; seq_add(ps, A, C); }

%type tse_item {Expr *}
tse_item(A) ::= test(B).        { A = B; }
tse_item(A) ::= star_expr(B).   { A = B; }

/* exprlist: targets of for and del (bitwise-or level). */
%type exprlist {Seq *}
exprlist(A) ::= exprlist_items(B).          { A = B; }
exprlist(A) ::= exprlist_items(B) COMMA(C). { A = B; A->trailing = 1; A->pos = SPAN(A->pos, P(C)); }

%type exprlist_items {Seq *}
exprlist_items(A) ::= exprlist_item(B).                         { A = seq_new(ps, B); }
exprlist_items(A) ::= exprlist_items(B) COMMA exprlist_item(C). { A = B; seq_add(ps, A, C); }

%type exprlist_item {Expr *}
exprlist_item(A) ::= expr(B).       { A = B; }
exprlist_item(A) ::= star_expr(B).  { A = B; }

%type star_expr {Expr *}
star_expr(A) ::= STAR(S) expr(B). {
    A = mk_expr(ps, E_STARRED, SPAN(P(S), OUT(B)));
    A->v.starred.value = B;
}

%type yield_expr {Expr *}
yield_expr(A) ::= YIELD(K).                 { A = mk_yield(ps, &K, NULL); }
yield_expr(A) ::= YIELD(K) tse(B).          { A = mk_yield(ps, &K, mk_tuple_or_single(ps, B)); }
yield_expr(A) ::= YIELD(K) FROM test(B).    {
    A = mk_expr(ps, E_YIELDFROM, SPAN(P(K), OUT(B)));
    A->v.yieldfrom.value = B;
}

%type namedexpr_test {Expr *}
namedexpr_test(A) ::= test(B).                      { A = B; }
namedexpr_test(A) ::= NAME(N) COLONEQUAL test(C).   { A = mk_namedexpr(ps, mk_name(ps, &N), C); }

%type test {Expr *}
test(A) ::= or_test(B).     { A = B; }
test(A) ::= or_test(B) IF or_test(C) ELSE test(D). {
    A = mk_expr(ps, E_IFEXP, SPAN(OUT(B), OUT(D)));
    A->v.ifexp.test = C;
    A->v.ifexp.body = B;
    A->v.ifexp.orelse = D;
}
test(A) ::= LAMBDA(K) lparams(PL) COLON test(B). {
    A = mk_expr(ps, E_LAMBDA, SPAN(P(K), OUT(B)));
    A->v.lambda.args = mk_arguments(ps, PL);
    A->v.lambda.body = B;
}

%type or_test {Expr *}
or_test(A) ::= and_test(B).                 { A = B; }
or_test(A) ::= or_test(B) OR and_test(C).   { A = mk_boolop(ps, B, BOOL_OR, C); }

%type and_test {Expr *}
and_test(A) ::= not_test(B).                    { A = B; }
and_test(A) ::= and_test(B) AND not_test(C).    { A = mk_boolop(ps, B, BOOL_AND, C); }

%type not_test {Expr *}
not_test(A) ::= NOT(K) not_test(B).     { A = mk_unary(ps, &K, UOP_NOT, B); }
not_test(A) ::= comparison(B).          { A = B; }

%type comparison {Expr *}
comparison(A) ::= expr(B).                          { A = B; }
comparison(A) ::= comparison(B) comp_op(O) expr(C). { A = mk_compare(ps, B, O, C); }

%type comp_op {CmpOpKind}
comp_op(A) ::= LESS.            { A = CMP_LT; }
comp_op(A) ::= GREATER.         { A = CMP_GT; }
comp_op(A) ::= EQEQUAL.         { A = CMP_EQ; }
comp_op(A) ::= GREATEREQUAL.    { A = CMP_GE; }
comp_op(A) ::= LESSEQUAL.       { A = CMP_LE; }
comp_op(A) ::= NOTEQUAL.        { A = CMP_NE; }
comp_op(A) ::= IN.              { A = CMP_IN; }
comp_op(A) ::= NOT IN.          { A = CMP_NOT_IN; }
comp_op(A) ::= IS.              { A = CMP_IS; }
comp_op(A) ::= IS NOT.          { A = CMP_IS_NOT; }

%type expr {Expr *}
expr(A) ::= xor_expr(B).                    { A = B; }
expr(A) ::= expr(B) VBAR xor_expr(C).       { A = mk_binop(ps, B, BINOP_OR, C); }

%type xor_expr {Expr *}
xor_expr(A) ::= and_expr(B).                        { A = B; }
xor_expr(A) ::= xor_expr(B) CIRCUMFLEX and_expr(C). { A = mk_binop(ps, B, BINOP_XOR, C); }

%type and_expr {Expr *}
and_expr(A) ::= shift_expr(B).                      { A = B; }
and_expr(A) ::= and_expr(B) AMPER shift_expr(C).    { A = mk_binop(ps, B, BINOP_AND, C); }

%type shift_expr {Expr *}
shift_expr(A) ::= arith_expr(B).                            { A = B; }
shift_expr(A) ::= shift_expr(B) LEFTSHIFT arith_expr(C).    { A = mk_binop(ps, B, BINOP_LSHIFT, C); }
shift_expr(A) ::= shift_expr(B) RIGHTSHIFT arith_expr(C).   { A = mk_binop(ps, B, BINOP_RSHIFT, C); }

%type arith_expr {Expr *}
arith_expr(A) ::= term(B).                      { A = B; }
arith_expr(A) ::= arith_expr(B) PLUS term(C).   { A = mk_binop(ps, B, BINOP_ADD, C); }
arith_expr(A) ::= arith_expr(B) MINUS term(C).  { A = mk_binop(ps, B, BINOP_SUB, C); }

%type term {Expr *}
term(A) ::= factor(B).                          { A = B; }
term(A) ::= term(B) STAR factor(C).             { A = mk_binop(ps, B, BINOP_MUL, C); }
term(A) ::= term(B) SLASH factor(C).            { A = mk_binop(ps, B, BINOP_TRUEDIV, C); }
term(A) ::= term(B) PERCENT factor(C).          { A = mk_binop(ps, B, BINOP_MOD, C); }
term(A) ::= term(B) DOUBLESLASH factor(C).      { A = mk_binop(ps, B, BINOP_FLOORDIV, C); }
term(A) ::= term(B) AT factor(C).               { A = mk_binop(ps, B, BINOP_MATMUL, C); }

%type factor {Expr *}
factor(A) ::= PLUS(K) factor(B).    { A = mk_unary(ps, &K, UOP_POS, B); }
factor(A) ::= MINUS(K) factor(B).   { A = mk_unary(ps, &K, UOP_NEG, B); }
factor(A) ::= TILDE(K) factor(B).   { A = mk_unary(ps, &K, UOP_INVERT, B); }
factor(A) ::= power(B).             { A = B; }

%type power {Expr *}
power(A) ::= await_primary(B).                      { A = B; }
power(A) ::= await_primary(B) DOUBLESTAR factor(C). { A = mk_binop(ps, B, BINOP_POW, C); }

%type await_primary {Expr *}
await_primary(A) ::= primary(B).            { A = B; }
await_primary(A) ::= AWAIT(K) primary(B).   {
    A = mk_expr(ps, E_AWAIT, SPAN(P(K), OUT(B)));
    A->v.await_.value = B;
}

%type primary {Expr *}
primary(A) ::= atom(B).                                 { A = B; }
primary(A) ::= primary(B) DOT NAME(N).                  { A = mk_attribute(ps, B, &N); }
primary(A) ::= primary(B) LPAR RPAR(R).                 { A = mk_call(ps, B, NULL, &R); }
primary(A) ::= primary(B) LPAR(Q) arglist(L) RPAR(R).   {
    A = mk_call(ps, B, L, &R);
    /* The sole generator argument owns the call's parentheses. */
    if (L->len == 1 && L->items[0]->kind == 4) L->items[0]->value->pos = SPAN(P(Q), P(R));
}
primary(A) ::= primary(B) LSQB subscripts(S) RSQB(R).   {
    /* a[*b] subscripts with a one-element tuple. */
    if (S->items.len == 1 && S->items.items[0]->kind == E_STARRED) S->trailing = 1;
    A = mk_subscript(ps, B, mk_tuple_or_single(ps, S), &R);
}

%type subscripts {Seq *}
subscripts(A) ::= subscript_items(B).           { A = B; }
subscripts(A) ::= subscript_items(B) COMMA(C).  { A = B; A->trailing = 1; A->pos = SPAN(A->pos, P(C)); }

%type subscript_items {Seq *}
subscript_items(A) ::= subscript(B).                            { A = seq_new(ps, B); }
subscript_items(A) ::= subscript_items(B) COMMA subscript(C).   { A = B; seq_add(ps, A, C); }

%type subscript {Expr *}
subscript(A) ::= namedexpr_test(B).     { A = B; }
subscript(A) ::= star_expr(B).          { A = B; }
subscript(A) ::= slice_lo(L) COLON(C) test_opt(H). {
    Pos s = L ? OUT(L) : P(C);
    Pos e = H ? OUT(H) : P(C);
    A = mk_slice(ps, L, H, NULL, SPAN(s, e));
}
subscript(A) ::= slice_lo(L) COLON(C) test_opt(H) COLON(D) test_opt(S). {
    Pos s = L ? OUT(L) : P(C);
    Pos e = S ? OUT(S) : P(D);
    A = mk_slice(ps, L, H, S, SPAN(s, e));
}

%type slice_lo {Expr *}
slice_lo(A) ::= .           { A = NULL; }
slice_lo(A) ::= test(B).    { A = B; }

%type test_opt {Expr *}
test_opt(A) ::= .           { A = NULL; }
test_opt(A) ::= test(B).    { A = B; }

%type arglist {ArgItemList *}
arglist(A) ::= arglist_items(B).        { A = B; }
arglist(A) ::= arglist_items(B) COMMA.  {
    A = B;
    if (A->len == 1 && A->items[0]->kind == 4) {
        Expr *g = A->items[0]->value;
        ComprehensionList *l = &g->v.comp.generators;
        Comprehension *c = l->items[l->len - 1];
        Pos end = c->ifs.len ? OUT(c->ifs.items[c->ifs.len - 1]) : OUT(c->iter);
        parse_error(ps, SPAN(A->items[0]->pos, end), "Generator expression must be parenthesized");
    }
}

%type arglist_items {ArgItemList *}
arglist_items(A) ::= argument(B).                       { A = arena_alloc(ps->a, sizeof *A); argitem_push(ps, A, B); }
arglist_items(A) ::= arglist_items(B) COMMA argument(C). { A = B; argitem_push(ps, A, C); }

%type argument {ArgItem *}
argument(A) ::= namedexpr_test(B).      { A = mk_argitem(ps, 0, B, NULL, OUT(B)); }
argument(A) ::= test(B) comp_for(G).    {
    Expr *e = mk_comp(ps, E_GENEXP, B, NULL, G, OUT(B));
    A = mk_argitem(ps, 4, e, NULL, OUT(B));
}
argument(A) ::= STAR(S) test(B).        {
    Expr *e = mk_expr(ps, E_STARRED, SPAN(P(S), OUT(B)));
    e->v.starred.value = B;
    A = mk_argitem(ps, 1, e, NULL, e->pos);
}
argument(A) ::= test(N) EQUAL(Q) test(B).  {
    A = mk_argitem(ps, 2, B, NULL, SPAN(OUT(N), OUT(B)));
    if (N->kind != E_NAME || is_paren(ps, N)) {
        if (!ps->probing && !ps->failed) {
            if (N->kind == E_CONSTANT && (N->v.constant.kind == CONST_TRUE || N->v.constant.kind == CONST_FALSE ||
                                          N->v.constant.kind == CONST_NONE))
                parse_error(ps, SPAN(OUT(N), P(Q)), "cannot assign to %s", expr_kind_name(N));
            else
                parse_error(ps, SPAN(OUT(N), P(Q)),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        ps->failed = 1;
    } else {
        A->name = N->v.name.id;
    }
}
argument(A) ::= DOUBLESTAR(S) test(B).  { A = mk_argitem(ps, 3, B, NULL, SPAN(P(S), OUT(B))); }

/* Comprehension clauses, flattened: for ... in ... [if ...]* ... */
%type comp_for {ComprehensionList *}
comp_for(A) ::= comp_for1(B).                   { A = arena_alloc(ps->a, sizeof *A); comp_push(ps, A, B); }
comp_for(A) ::= comp_for(B) comp_for1(C).       { A = B; comp_push(ps, A, C); }
comp_for(A) ::= comp_for(B) IF or_test(C).      {
    A = B;
    exprlist_push(ps->a, &A->items[A->len - 1]->ifs, C);
}

%type comp_for1 {Comprehension *}
comp_for1(A) ::= FOR exprlist(T) IN or_test(I).         { A = mk_compfor(ps, T, I, 0); }
comp_for1(A) ::= ASYNC FOR exprlist(T) IN or_test(I).   { A = mk_compfor(ps, T, I, 1); }

%type atom {Expr *}
atom(A) ::= NAME(B).        { A = mk_name(ps, &B); }
atom(A) ::= NUMBER(B).      { A = mk_number(ps, &B); }
atom(A) ::= strings(B).     { A = mk_strings(ps, B); }
atom(A) ::= ELLIPSIS(B).    { A = mk_singleton(ps, &B, CONST_ELLIPSIS); }
atom(A) ::= NONE(B).        { A = mk_singleton(ps, &B, CONST_NONE); }
atom(A) ::= TRUE(B).        { A = mk_singleton(ps, &B, CONST_TRUE); }
atom(A) ::= FALSE(B).       { A = mk_singleton(ps, &B, CONST_FALSE); }
atom(A) ::= LPAR(L) RPAR(R). { A = mk_seq_expr(ps, E_TUPLE, NULL, SPAN(P(L), P(R))); }
atom(A) ::= LPAR(L) yield_expr(B) RPAR(R). { A = B; mark_paren(ps, A, SPAN(P(L), P(R))); }
atom(A) ::= LPAR(L) paren_items(B) RPAR(R). {
    if (B->items.len == 1 && !B->trailing) {
        A = B->items.items[0];
        if (A->kind == E_STARRED) {
            if (!ps->probing && !ps->failed) parse_error(ps, OUT(A), "cannot use starred expression here");
            ps->failed = 1;
        }
        mark_paren(ps, A, SPAN(P(L), P(R)));
    } else {
        A = mk_seq_expr(ps, E_TUPLE, &B->items, SPAN(P(L), P(R)));
    }
}
atom(A) ::= LPAR(L) namedexpr_test(B) comp_for(G) RPAR(R). {
    A = mk_comp(ps, E_GENEXP, B, NULL, G, SPAN(P(L), P(R)));
}
atom(A) ::= LSQB(L) RSQB(R).                    { A = mk_seq_expr(ps, E_LIST, NULL, SPAN(P(L), P(R))); }
atom(A) ::= LSQB(L) paren_items(B) RSQB(R).     { A = mk_seq_expr(ps, E_LIST, &B->items, SPAN(P(L), P(R))); }
atom(A) ::= LSQB(L) namedexpr_test(B) comp_for(G) RSQB(R). {
    A = mk_comp(ps, E_LISTCOMP, B, NULL, G, SPAN(P(L), P(R)));
}
atom(A) ::= LBRACE(L) RBRACE(R).                { A = mk_dict(ps, NULL, NULL, SPAN(P(L), P(R))); }
atom(A) ::= LBRACE(L) paren_items(B) RBRACE(R). { A = mk_seq_expr(ps, E_SET, &B->items, SPAN(P(L), P(R))); }
atom(A) ::= LBRACE(L) namedexpr_test(B) comp_for(G) RBRACE(R). {
    A = mk_comp(ps, E_SETCOMP, B, NULL, G, SPAN(P(L), P(R)));
}
atom(A) ::= LBRACE(L) dict_items(B) comma_opt RBRACE(R). { A = mk_dict(ps, &B->keys, &B->values, SPAN(P(L), P(R))); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(G) RBRACE(R). {
    A = mk_comp(ps, E_DICTCOMP, NULL, NULL, G, SPAN(P(L), P(R)));
    A->v.comp.key = K;
    A->v.comp.value = V;
}

/* Elements of tuples, lists and sets. */
%type paren_items {Seq *}
paren_items(A) ::= paren_list(B).           { A = B; }
paren_items(A) ::= paren_list(B) COMMA.     { A = B; A->trailing = 1; }

%type paren_list {Seq *}
paren_list(A) ::= paren_item(B).                        { A = seq_new(ps, B); }
paren_list(A) ::= paren_list(B) COMMA paren_item(C).    { A = B; seq_add(ps, A, C); }

%type paren_item {Expr *}
paren_item(A) ::= namedexpr_test(B).    { A = B; }
paren_item(A) ::= star_expr(B).         { A = B; }

/* Dict displays: keys and values in two lists; a NULL key means **value. */
%type dict_items {DictItems *}
dict_items(A) ::= dict_item(B).                         { A = B; }
dict_items(A) ::= dict_items(B) COMMA dict_item(C).     {
    A = B;
    exprlist_push(ps->a, &A->keys, C->keys.items[0]);
    exprlist_push(ps->a, &A->values, C->values.items[0]);
}

%type dict_item {DictItems *}
dict_item(A) ::= test(K) COLON test(V). {
    A = arena_alloc(ps->a, sizeof *A);
    exprlist_push(ps->a, &A->keys, K);
    exprlist_push(ps->a, &A->values, V);
}
dict_item(A) ::= DOUBLESTAR expr(V). {
    A = arena_alloc(ps->a, sizeof *A);
    exprlist_push(ps->a, &A->keys, NULL);
    exprlist_push(ps->a, &A->values, V);
}

%type strings {TokenList *}
strings(A) ::= STRING(B).               { A = arena_alloc(ps->a, sizeof *A); tok_push(ps, A, B); }
strings(A) ::= strings(B) STRING(C).    { A = B; tok_push(ps, A, C); }

%code {
/* Would the parser accept token tok now (after the reductions it implies)?
 * Simulates the LR automaton on a copy of the top of the stack. */
int parse_would_accept(void *parser, int tok)
{
    yyParser *p = parser;
    int base = (int)(p->yytos - p->yystack);    /* index of the real top */
    YYACTIONTYPE loc[64];
    int nloc = 0;
    for (int guard = 0; guard < 10000; guard++) {
        YYACTIONTYPE st = nloc ? loc[nloc - 1] : p->yystack[base].stateno;
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)tok, st);
        if (act >= YY_MIN_REDUCE && act <= YY_MAX_REDUCE) {
            int rule = act - YY_MIN_REDUCE;
            int pop = -yyRuleInfoNRhs[rule];
            while (pop > 0 && nloc > 0) { nloc--; pop--; }
            base -= pop;
            if (base < 0) return 0;
            YYACTIONTYPE under = nloc ? loc[nloc - 1] : p->yystack[base].stateno;
            YYACTIONTYPE go = yy_find_reduce_action(under, (YYCODETYPE)yyRuleInfoLhs[rule]);
            if (nloc >= 64) return 0;
            loc[nloc++] = go;
            continue;
        }
        if (act <= YY_MAX_SHIFTREDUCE) return 1;
        if (act == YY_ACCEPT_ACTION) return 1;
        return 0;
    }
    return 0;
}

int parse_stack_depth(void *parser)
{
    yyParser *p = parser;
    return (int)(p->yytos - p->yystack);
}
}
