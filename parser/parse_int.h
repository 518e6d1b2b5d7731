/* Internal to parser/: the state shared by the grammar actions, the driver
 * and the AST builders. Not part of the compiler contract. */
#ifndef MINIPY_PARSE_INT_H
#define MINIPY_PARSE_INT_H

#include "ast.h"
#include "lexer.h"

/* A comma-separated run of expressions, before we know what it becomes. */
typedef struct Seq {
    ExprList items;
    int trailing;           /* ended with a comma */
    Pos pos;                /* from the first item to the last item or comma */
} Seq;

/* One call argument before the call is assembled. */
typedef struct ArgItem {
    int kind;               /* 0 positional, 1 *x, 2 name=x, 3 **x, 4 genexp */
    Expr *value;
    const char *name;
    Pos pos;
} ArgItem;
typedef struct { ArgItem **items; int len, cap; } ArgItemList;

/* One parameter of a def or lambda before ordering checks. */
typedef struct Param {
    int kind;               /* 0 name, 1 bare '*', 2 *name, 3 **name, 4 '/' */
    Arg *arg;
    Expr *def;
    Pos pos;
} Param;
typedef struct { Param **items; int len, cap; } ParamList;

typedef struct { Token *items; int len, cap; } TokenList;

/* A parenthesized expression remembers the position of its parentheses. */
typedef struct { Expr *e; Pos pos; } ParenEntry;

typedef struct ParseState {
    Arena *a;
    SyntaxErrorInfo *err;
    int failed;             /* an error is in *err */
    int syntax_error;       /* Lemon reported one on the current token */
    int probing;            /* probe parser: no messages */
    int accepted;
    Module *mod;
    Expr *expr;             /* result of the probe and f-string modes */
    ParenEntry *parens;     /* open-addressing set keyed by Expr* */
    int nparens, capparens;
    const Token *cur;       /* token being fed */
    int fstring_depth;
} ParseState;

/* Lemon entry points (grammar.y, %name parse_lemon). */
void *parse_lemonAlloc(void *(*mallocProc)(size_t));
void parse_lemonFree(void *p, void (*freeProc)(void *));
void parse_lemon(void *p, int major, Token minor, ParseState *ps);
int parse_would_accept(void *p, int tok);
int parse_stack_depth(void *p);

/* Builders (ast_build.c). */
Pos pos_tok(const Token *t);
Pos pos_span(Pos a, Pos b);
Pos outer_pos(ParseState *ps, const Expr *e);
void mark_paren(ParseState *ps, Expr *e, Pos p);
int is_paren(ParseState *ps, const Expr *e);
Expr *mk_expr(ParseState *ps, ExprKind k, Pos p);
Stmt *mk_stmt(ParseState *ps, StmtKind k, Pos p);
/* libedit (the REPL's line editor) exports a tok_str of its own, which an executable's global of
 * the same name would preempt: the parser's is renamed at the symbol level. */
#define tok_str parse_tok_str
const char *tok_str(ParseState *ps, const Token *t);
void parse_error(ParseState *ps, Pos p, const char *fmt, ...);
void parse_error_ind(ParseState *ps, int indentation, Pos p, const char *fmt, ...);

Expr *mk_name(ParseState *ps, const Token *t);
Expr *mk_number(ParseState *ps, const Token *t);
Expr *mk_singleton(ParseState *ps, const Token *t, ConstKind k);
Expr *mk_strings(ParseState *ps, TokenList *l);
Expr *mk_binop(ParseState *ps, Expr *l, BinOpKind op, Expr *r);
Expr *mk_unary(ParseState *ps, const Token *t, UnaryOpKind op, Expr *operand);
Expr *mk_boolop(ParseState *ps, Expr *l, BoolOpKind op, Expr *r);
Expr *mk_compare(ParseState *ps, Expr *l, CmpOpKind op, Expr *r);
Expr *mk_tuple_or_single(ParseState *ps, Seq *s);
Expr *mk_seq_expr(ParseState *ps, ExprKind k, ExprList *l, Pos p);
Expr *mk_call(ParseState *ps, Expr *func, ArgItemList *args, const Token *rpar);
Expr *mk_attribute(ParseState *ps, Expr *v, const Token *name);
Expr *mk_subscript(ParseState *ps, Expr *v, Expr *slice, const Token *rsq);
Expr *mk_comp(ParseState *ps, ExprKind k, Expr *elt, Expr *val, ComprehensionList *g, Pos p);
Expr *mk_namedexpr(ParseState *ps, Expr *target, Expr *value);
Arguments *mk_arguments(ParseState *ps, ParamList *pl);
Seq *seq_new(ParseState *ps, Expr *first);
void seq_add(ParseState *ps, Seq *s, Expr *e);

/* Target checks: set ctx and report CPython's message for invalid targets. */
enum { TGT_ASSIGN, TGT_DEL, TGT_FOR, TGT_WITH, TGT_COMP, TGT_AUG, TGT_ANN };
int set_target(ParseState *ps, Expr *e, int how);
void check_assign_targets(ParseState *ps, ExprList *targets, Expr *value);
const char *expr_kind_name(const Expr *e);

/* f-strings (fstring.c): appends the pieces of one literal to *out; 0 or -1. */
int fstring_parse(ParseState *ps, const Token *t, const char *body, size_t n, int is_raw,
                  ExprList *out);

/* Parsing a sub-expression of an f-string (parse.c). */
Expr *parse_fstring_expr(ParseState *ps, const char *src, size_t len, int lineno, int col,
                         const Token *strtok);

/* The match statement (pattern_build.c). */
typedef struct PatSeq { PatternList items; int trailing; Pos pos; } PatSeq;
typedef struct MapItem { Expr *key; Pattern *pattern; Token *rest; } MapItem;   /* rest: **name */
typedef struct { MapItem **items; int len, cap; } MapItems;
typedef struct ClassArg { const char *name; Pattern *pattern; } ClassArg;      /* name NULL: positional */
typedef struct { ClassArg **items; int len, cap; } ClassArgs;
Pattern *pat_new(ParseState *ps, PatternKind k, Pos p);
Pattern *pat_capture(ParseState *ps, const Token *t);
Pattern *pat_star(ParseState *ps, const Token *star, const Token *name);
Pattern *pat_as(ParseState *ps, Pattern *p, const Token *name);
Pattern *pat_or(ParseState *ps, PatternList *l);
Pattern *pat_value(ParseState *ps, Expr *e);
Expr *pat_negative(ParseState *ps, const Token *minus, Expr *num);
Expr *pat_complex(ParseState *ps, Expr *real, BinOpKind op, Expr *imag);
Pattern *pat_sequence(ParseState *ps, PatSeq *s, int brackets, Pos p);
PatSeq *patseq_new(ParseState *ps, Pattern *first);
void patseq_add(ParseState *ps, PatSeq *s, Pattern *p);
Pattern *pat_mapping(ParseState *ps, MapItems *m, Pos p);
MapItem *pat_map_item(ParseState *ps, Expr *key, Pattern *value, const Token *rest);
void mapitems_push(ParseState *ps, MapItems *m, MapItem *it);
Pattern *pat_class(ParseState *ps, Expr *cls, ClassArgs *args, const Token *rpar);
ClassArg *pat_class_arg(ParseState *ps, const Token *name, Pattern *p);
void classargs_push(ParseState *ps, ClassArgs *l, ClassArg *a);
MatchCase *pat_case(ParseState *ps, const Token *kw, Pattern *p, Expr *guard, StmtList *body);
void cases_push(ParseState *ps, MatchCaseList *l, MatchCase *m);
Stmt *mk_match(ParseState *ps, const Token *kw, Expr *subject, MatchCaseList *cases);

#endif
