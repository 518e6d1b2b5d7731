/* The instruction enum and its metadata, generated from opcodes.def. */
#ifndef MINIPY_OPCODES_H
#define MINIPY_OPCODES_H

typedef enum {
#define OP(name, kind, effect, jump_effect, doc) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
} Opcode;

typedef enum { OPK_NONE, OPK_NUM, OPK_CONST, OPK_NAME, OPK_LOCAL, OPK_DEREF, OPK_JUMP,
               OPK_BINOP, OPK_CMP } OperandKind;

extern const char *const opcode_names[OP__COUNT];
extern const OperandKind opcode_operand[OP__COUNT];

/* Stack effect of one instruction; jump != 0 for the branch-taken edge. */
int opcode_stack_effect(int op, int arg, int jump);

#endif
