/* Instruction metadata, all derived from opcodes.def. */
#include "opcodes.h"

#define NONE  OPK_NONE
#define NUM   OPK_NUM
#define CONST OPK_CONST
#define NAME  OPK_NAME
#define LOCAL OPK_LOCAL
#define DEREF OPK_DEREF
#define JUMP  OPK_JUMP
#define BINOP OPK_BINOP
#define CMP   OPK_CMP

const char *const opcode_names[OP__COUNT] = {
#define OP(name, kind, effect, jump_effect, doc) #name,
#include "opcodes.def"
#undef OP
};

const OperandKind opcode_operand[OP__COUNT] = {
#define OP(name, kind, effect, jump_effect, doc) kind,
#include "opcodes.def"
#undef OP
};

int opcode_stack_effect(int op, int arg, int jump)
{
    (void)arg;
    switch (op) {
#define OP(name, kind, effect, jump_effect, doc) \
    case OP_##name: return jump ? (jump_effect) : (effect);
#include "opcodes.def"
#undef OP
    }
    return 0;
}
