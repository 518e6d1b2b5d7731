/* The symbol-table pass: which scope every name lives in. Internal to compiler/. */
#ifndef MINIPY_SYMTABLE_H
#define MINIPY_SYMTABLE_H

#include "ast.h"
#include "hindex.h"

/* Per-name flags collected while walking a block. */
#define DEF_GLOBAL     0x001   /* `global x` */
#define DEF_LOCAL      0x002   /* bound here */
#define DEF_PARAM      0x004
#define DEF_NONLOCAL   0x008   /* `nonlocal x` */
#define DEF_USE        0x010   /* read here */
#define DEF_FREE_CLASS 0x020   /* a class binds it and a method captures the outer one */
#define DEF_IMPORT     0x040
#define DEF_COMP_ITER  0x080   /* a comprehension's loop variable */
#define DEF_ANNOT      0x100
#define DEF_OWNED      0x10000 /* the symbol owns its (malloc'd) name */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Resolved scopes. */
enum { SC_NONE, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

typedef enum { BLK_MODULE, BLK_FUNCTION, BLK_CLASS } BlockType;

/* Comprehension kinds (also used for the '<listcomp>' names). */
enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN };

typedef struct Sym { const char *name; int flags; int scope; Pos directive; } Sym;

typedef struct Block {
    BlockType type;
    const char *name;
    const void *key;            /* the AST node that opened the block (Stmt* or Expr*) */
    struct Block *parent;
    Sym *syms; int nsyms, capsyms;
    HIndex symix;               /* name -> index in syms */
    struct Block **kids; int nkids, capkids;
    int next_kid;               /* the compiler usually asks for kids in order */
    const char **params; int nparams, capparams;   /* parameter names, in varnames order */
    int is_generator, is_coroutine, is_lambda;
    int comp;                   /* COMP_* when a comprehension */
    int needs_class_closure;    /* a class whose methods use __class__ / super */
    int nested;                 /* inside a function */
    Pos pos;
} Block;

typedef struct SymTable {
    Block *top;
    SyntaxErrorInfo *err;
    int failed;                 /* 1: *err filled; 2: an exception is set */
    int nesting;                /* recursion guard */
} SymTable;

/* Builds and resolves the table; 0 on success, -1 with st->err filled or an exception set. */
int symtable_build(SymTable *st, Module *m, int mode, SyntaxErrorInfo *err);
void symtable_free(SymTable *st);
Block *symtable_child(Block *b, const void *key);
Sym *symtable_lookup(Block *b, const char *name);
int symtable_scope(Block *b, const char *name);   /* SC_*; SC_NONE if unknown */

#endif
