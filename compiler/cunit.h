/* Internal state of the code generator, shared by compile.c and assemble.c. */
#ifndef MINIPY_CUNIT_H
#define MINIPY_CUNIT_H

#include "compile.h"
#include "opcodes.h"
#include "symtable.h"

typedef struct Instr { uint8_t op; uint32_t arg; int handler; InsnPos pos; } Instr;

/* An exception handler: where to go and how deep the stack is when it is set up. */
typedef struct HRec { int label, depth; } HRec;

enum {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE
};
/* A statically nested block that break/continue/return must unwind. */
typedef struct FBlock {
    int kind;
    int l1, l2;          /* loops: continue and break labels */
    const void *datum;   /* finally body (StmtList *), handler name (const char *) */
    int hheight;         /* active handlers outside this block */
} FBlock;
#define MAX_FBLOCKS 20   /* CPython's CO_MAXBLOCKS: deeper nesting is a SyntaxError */

enum { U_MODULE, U_CLASS, U_FUNCTION, U_ASYNC_FUNCTION, U_LAMBDA, U_COMP };

typedef struct Unit {
    struct Unit *parent;
    Block *ste;
    int kind;
    const char *name;
    char *qualname;
    const char *private_;     /* class name for mangling __names */
    Instr *ins; int nins, capins;
    int *lpos, *ldepth; int nlabels, caplabels;
    HRec *hrec; int nhrec, caphrec;
    int *hstack; int nh, caph;
    FBlock fb[MAX_FBLOCKS]; int nfb;
    Value *consts; int nconsts, capconsts;
    const char **names; int nnames, capnames;
    const char **varnames; int nvarnames, capvarnames;
    HIndex constix, nameix, varix;
    const char **cells; int ncells;
    const char **frees; int nfrees;
    int depth;                /* the running stack depth while emitting */
    InsnPos loc;
    int argcount, posonly, kwonly, flags, firstlineno;
} Unit;

typedef struct Compiler {
    Unit *u;
    SymTable st;
    const char *filename;
    Value filename_v;
    SyntaxErrorInfo *err;
    int failed;               /* 1: *err filled, 2: exception set */
    int mode;
    int nesting;              /* recursion guard */
    char **strs; int nstrs, capstrs;   /* owned strings (mangled names, qualnames) */
    Pos pat_pos;              /* the pattern being compiled: where CPython reports pattern errors */
} Compiler;

void *cc_grow(Compiler *c, void *p, int *cap, int need, size_t elem);
void cc_nomem(Compiler *c);
/* Fills slot i of the n-slot tuple t being built with v (a new reference, or VNULL when
 * making it failed: then t is dropped, the compile marked failed, and false returned). */
bool cc_tuple_put(Compiler *c, Value t, int i, int n, Value v);
/* Builds the Code object of the current unit (the unit stays owned by the caller). */
Code *cc_assemble(Compiler *c, Unit *u);

#endif
