/* The abstract syntax tree: the contract between parser/ and compiler/.
 * Every node lives in an Arena and is freed with it after compilation.
 * Shapes follow CPython's ast module so the semantics are familiar;
 * positions are 1-based lines and 0-based columns in UTF-8 bytes,
 * end positions exclusive, as CPython's. */
#ifndef MINIPY_AST_H
#define MINIPY_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct Arena Arena;
Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n);          /* zeroed, 16-aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);

typedef struct Expr Expr;
typedef struct Stmt Stmt;

/* Growable arrays built by the grammar actions. */
typedef struct { Expr **items; int len, cap; } ExprList;
typedef struct { Stmt **items; int len, cap; } StmtList;
typedef struct { const char **items; int len, cap; } NameList;
void exprlist_push(Arena *a, ExprList *l, Expr *e);
void stmtlist_push(Arena *a, StmtList *l, Stmt *s);
void namelist_push(Arena *a, NameList *l, const char *name);

typedef struct { int lineno, col, end_lineno, end_col; } Pos;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

/* Binary operators; the order is the BINARY_OP operand (compiler/opcodes.def). */
typedef enum {
    BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_MATMUL, BINOP_TRUEDIV, BINOP_FLOORDIV, BINOP_MOD,
    BINOP_POW, BINOP_LSHIFT, BINOP_RSHIFT, BINOP_AND, BINOP_OR, BINOP_XOR,
    BINOP__COUNT
} BinOpKind;

typedef enum { UOP_NOT, UOP_NEG, UOP_POS, UOP_INVERT } UnaryOpKind;
typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;

/* Comparison operators; CMP_LT..CMP_GE are the COMPARE_OP operand. */
typedef enum {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE,
    CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN
} CmpOpKind;

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      /* text: the literal as written minus underscores, e.g. "0x1F", "123" */
    CONST_FLOAT,    /* f */
    CONST_IMAG,     /* f: the imaginary part of a literal like 3j */
    CONST_STR,      /* text/len: decoded UTF-8 (escapes already processed) */
    CONST_BYTES     /* text/len: raw bytes */
} ConstKind;

typedef struct {
    ConstKind kind;
    const char *text;   /* arena string, NUL terminated (may contain NULs for str/bytes: use len) */
    size_t len;
    double f;
} Constant;

typedef struct Comprehension {
    Expr *target, *iter;
    ExprList ifs;
    int is_async;
} Comprehension;
typedef struct { Comprehension **items; int len, cap; } ComprehensionList;

typedef struct Keyword {
    const char *arg;    /* NULL for **value */
    Expr *value;
    Pos pos;
} Keyword;
typedef struct { Keyword **items; int len, cap; } KeywordList;

typedef struct Arg {
    const char *name;
    Expr *annotation;   /* may be NULL; parsed, not evaluated */
    Pos pos;
} Arg;
typedef struct { Arg **items; int len, cap; } ArgList;

typedef struct Arguments {
    ArgList posonlyargs;    /* before '/' */
    ArgList args;           /* ordinary positional-or-keyword */
    Arg *vararg;            /* *args, or NULL */
    ArgList kwonlyargs;
    ExprList kw_defaults;   /* same length as kwonlyargs; NULL item = no default */
    Arg *kwarg;             /* **kwargs, or NULL */
    ExprList defaults;      /* for the last len(defaults) of posonlyargs+args */
} Arguments;

typedef enum {
    E_BOOLOP, E_NAMEDEXPR, E_BINOP, E_UNARYOP, E_LAMBDA, E_IFEXP, E_DICT, E_SET,
    E_LISTCOMP, E_SETCOMP, E_DICTCOMP, E_GENEXP, E_AWAIT, E_YIELD, E_YIELDFROM,
    E_COMPARE, E_CALL, E_FORMATTEDVALUE, E_JOINEDSTR, E_CONSTANT, E_ATTRIBUTE,
    E_SUBSCRIPT, E_STARRED, E_NAME, E_LIST, E_TUPLE, E_SLICE
} ExprKind;

struct Expr {
    ExprKind kind;
    Pos pos;
    union {
        struct { BoolOpKind op; ExprList values; } boolop;
        struct { Expr *target, *value; } namedexpr;          /* target is E_NAME */
        struct { Expr *left; BinOpKind op; Expr *right; } binop;
        struct { UnaryOpKind op; Expr *operand; } unaryop;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test, *body, *orelse; } ifexp;
        struct { ExprList keys, values; } dict;              /* key NULL means **value */
        struct { ExprList elts; } set;
        /* E_LISTCOMP, E_SETCOMP, E_GENEXP use elt; E_DICTCOMP uses key/value */
        struct { Expr *elt, *key, *value; ComprehensionList generators; } comp;
        struct { Expr *value; } await_;
        struct { Expr *value; } yield;                       /* value may be NULL */
        struct { Expr *value; } yieldfrom;
        struct { Expr *left; int nops; CmpOpKind *ops; ExprList comparators; } compare;
        struct { Expr *func; ExprList args; KeywordList keywords; } call; /* args may hold E_STARRED */
        /* conversion: -1 none, 's', 'r', 'a'; format_spec: NULL or an E_JOINEDSTR */
        struct { Expr *value; int conversion; Expr *format_spec; } formatted;
        struct { ExprList values; } joinedstr;               /* E_CONSTANT str and E_FORMATTEDVALUE */
        Constant constant;
        struct { Expr *value; const char *attr; ExprCtx ctx; } attribute;
        struct { Expr *value, *slice; ExprCtx ctx; } subscript; /* slice: E_SLICE, E_TUPLE or any expr */
        struct { Expr *value; ExprCtx ctx; } starred;
        struct { const char *id; ExprCtx ctx; } name;
        struct { ExprList elts; ExprCtx ctx; } list;         /* E_LIST and E_TUPLE */
        struct { Expr *lower, *upper, *step; } slice;         /* each may be NULL */
    } v;
};

typedef struct ExceptHandler {
    Expr *type;         /* NULL for bare except */
    const char *name;   /* NULL unless 'as name' */
    StmtList body;
    Pos pos;
} ExceptHandler;
typedef struct { ExceptHandler **items; int len, cap; } HandlerList;

typedef struct Alias { const char *name, *asname; Pos pos; } Alias; /* name may be dotted, or "*" */
typedef struct { Alias **items; int len, cap; } AliasList;

typedef struct WithItem { Expr *context_expr, *optional_vars; } WithItem;
typedef struct { WithItem **items; int len, cap; } WithItemList;

/* match patterns (PEP 634), shaped as CPython's ast.pattern nodes. */
typedef struct Pattern Pattern;
typedef struct { Pattern **items; int len, cap; } PatternList;
void patternlist_push(Arena *a, PatternList *l, Pattern *p);

typedef enum {
    P_VALUE, P_SINGLETON, P_SEQUENCE, P_MAPPING, P_CLASS, P_STAR, P_AS, P_OR
} PatternKind;

struct Pattern {
    PatternKind kind;
    Pos pos;
    union {
        struct { Expr *value; } value;                 /* a literal or a dotted name: compared by == */
        struct { ConstKind kind; } singleton;          /* CONST_NONE, CONST_TRUE, CONST_FALSE: by identity */
        struct { PatternList patterns; } seq;          /* may hold one P_STAR */
        struct { ExprList keys; PatternList patterns; const char *rest; } mapping; /* rest: **name or NULL */
        struct { Expr *cls; PatternList patterns; NameList kwd_attrs; PatternList kwd_patterns; } cls;
        struct { const char *name; } star;             /* NULL for *_ */
        struct { Pattern *pattern; const char *name; } as; /* both NULL: the wildcard _ */
        struct { PatternList patterns; } or_;
    } v;
};

typedef struct MatchCase { Pattern *pattern; Expr *guard; StmtList body; Pos pos; } MatchCase;
typedef struct { MatchCase **items; int len, cap; } MatchCaseList;

typedef enum {
    S_FUNCTIONDEF, S_CLASSDEF, S_RETURN, S_DELETE, S_ASSIGN, S_AUGASSIGN, S_ANNASSIGN,
    S_FOR, S_WHILE, S_IF, S_WITH, S_RAISE, S_TRY, S_ASSERT, S_IMPORT, S_IMPORTFROM,
    S_GLOBAL, S_NONLOCAL, S_EXPR, S_PASS, S_BREAK, S_CONTINUE, S_MATCH
} StmtKind;

struct Stmt {
    StmtKind kind;
    Pos pos;
    union {
        struct { const char *name; Arguments *args; StmtList body; ExprList decorators;
                 Expr *returns; int is_async; } funcdef;
        struct { const char *name; ExprList bases; KeywordList keywords; StmtList body;
                 ExprList decorators; } classdef;
        struct { Expr *value; } ret;                          /* value may be NULL */
        struct { ExprList targets; } del;
        struct { ExprList targets; Expr *value; } assign;     /* a = b = value: targets [a, b] */
        struct { Expr *target; BinOpKind op; Expr *value; } augassign;
        struct { Expr *target, *annotation, *value; int simple; } annassign; /* value may be NULL */
        struct { Expr *target, *iter; StmtList body, orelse; int is_async; } for_;
        struct { Expr *test; StmtList body, orelse; } while_;
        struct { Expr *test; StmtList body, orelse; } if_;   /* elif is a nested S_IF in orelse */
        struct { WithItemList items; StmtList body; int is_async; } with;
        struct { Expr *exc, *cause; } raise;                  /* both may be NULL */
        struct { StmtList body; HandlerList handlers; StmtList orelse, finalbody; } try_;
        struct { Expr *test, *msg; } assert_;
        struct { AliasList names; } import;
        struct { const char *module; AliasList names; int level; } importfrom; /* module may be NULL */
        struct { NameList names; } global;                    /* S_GLOBAL and S_NONLOCAL */
        struct { Expr *value; } expr;
        struct { Expr *subject; MatchCaseList cases; } match;
    } v;
};

typedef struct Module { StmtList body; } Module;

/* A syntax error found by the lexer, the parser or the compiler, in the shape
 * CPython reports it: "  File ..., line N" / source line / carets / "Type: msg". */
typedef struct SyntaxErrorInfo {
    int is_indentation;      /* IndentationError rather than SyntaxError */
    int is_tab;              /* TabError */
    char msg[256];
    int lineno, col;         /* col: 0-based byte column of the first caret */
    int end_lineno, end_col; /* exclusive end of the caret range; end_col <= col means one caret */
    int is_memory;           /* not a SyntaxError: input nested too deeply for the parser (MemoryError) */
    int from_tokenizer;      /* CPython's tokenizer reports it (its text is the whole line) */
    int from_parser;         /* a compiler error CPython's parser reports (it keeps its text) */
} SyntaxErrorInfo;

/* Parse UTF-8 source. Returns NULL and fills *err on a syntax error.
 * mode: 0 file (statements), 1 single interactive statement, 2 one expression (eval). */
Module *parse_source(Arena *a, const char *src, size_t len, int mode, SyntaxErrorInfo *err);

/* --ast: print the tree, one node per line, indented. */
void ast_dump(const Module *m, FILE *out);

#endif
