/* Code objects: what compiler/ produces and vm/ runs. */
#ifndef MINIPY_CODE_H
#define MINIPY_CODE_H

#include "object.h"

/* One instruction word: the opcode in the low 8 bits, the operand in the high 24.
 * Jump operands are absolute instruction indexes. */
typedef uint32_t Insn;
#define INSN(op, arg) ((Insn)(op) | ((Insn)(arg) << 8))
#define INSN_OP(w)    ((w) & 0xFF)
#define INSN_ARG(w)   ((w) >> 8)

#define CO_VARARGS         0x0004
#define CO_VARKEYWORDS     0x0008
#define CO_NESTED          0x0010
#define CO_GENERATOR       0x0020
#define CO_COROUTINE       0x0080
#define CO_ASYNC_GENERATOR 0x0200
#define CO_NEWLOCALS       0x0002   /* a function body: locals are fast slots */

/* Where an instruction came from, for tracebacks (3.11 style, with carets). */
typedef struct InsnPos { int lineno, end_lineno, col, end_col; } InsnPos;

/* Exception table: an exception raised by an instruction in [start, end) pops the
 * value stack down to depth items, pushes the exception, and jumps to target.
 * Entries do not overlap; an instruction with no entry propagates the exception. */
typedef struct ExcEntry { uint32_t start, end, target, depth; } ExcEntry;

struct Code {
    Obj hdr;
    Insn *insns;
    uint32_t ninsns;
    InsnPos *positions;      /* ninsns entries */
    ExcEntry *exctable;
    uint32_t nexc;
    Value consts;            /* tuple */
    Value names;             /* tuple of str: globals, attributes, imports */
    Value varnames;          /* tuple of str: the fast locals, parameters first */
    Value cellvars;          /* tuple of str: locals captured by inner functions */
    Value freevars;          /* tuple of str: captured from enclosing functions */
    int32_t *cell2arg;       /* ncells entries: index of the parameter a cell starts as, or -1; NULL if none */
    int argcount;            /* positional parameters, including positional-only */
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals;             /* len(varnames) */
    int ncells, nfrees;
    int stacksize;
    int flags;
    int firstlineno;
    Value name, qualname, filename;   /* str */
};

/* Takes ownership of the arrays (insns, positions, exctable, cell2arg: mem_alloc'd)
 * and of the Values (steals). */
Code *code_new(void);        /* zeroed, then filled by the compiler */

/* Frame slot layout: [locals nlocals][cells ncells][frees nfrees][value stack stacksize].
 * LOAD_DEREF i addresses slot nlocals + i. */
#define CODE_NSLOTS(c) ((c)->nlocals + (c)->ncells + (c)->nfrees + (c)->stacksize)

int code_line_of(const Code *c, uint32_t insn_index);

#endif
