/* --dis: a stable listing in the spirit of CPython's dis module (no addresses, so
 * golden tests can compare it). */
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "opcodes.h"

static const char *binop_sym[] = { "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^" };
static const char *binop_isym[] = { "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=" };
static const char *cmp_sym[] = { "<", "<=", "==", "!=", ">", ">=" };
static const char *unary_sym[] = { "not", "-", "+", "~" };

static void put_str(FILE *out, Value s)
{
    if (s && IS_STR(s)) fwrite(STR_DATA(s), 1, STR_SIZE(s), out);
    else fputs("?", out);
}

static void code_label(Code *c, FILE *out)
{
    fputs("<code object ", out);
    put_str(out, c->name);
    fputs(", file \"", out);
    put_str(out, c->filename);
    fprintf(out, "\", line %d>", c->firstlineno);
}

static void put_const(Value v, FILE *out)
{
    if (!IS_SMALL(v) && TYPE(v) == &CodeType) {
        code_label((Code *)AS_OBJ(v), out);
        return;
    }
    Value r = obj_repr(v);
    if (!r) {
        err_clear();
        fputs("?", out);
        return;
    }
    put_str(out, r);
    DECREF(r);
}

static Value tuple_item(Value t, uint32_t i)
{
    if (!t || i >= TUPLE_LEN(t)) return VNULL;
    return TUPLE_ITEMS(t)[i];
}

static void dis_one(Code *c, FILE *out)
{
    fputs("Disassembly of ", out);
    code_label(c, out);
    fputs(":\n", out);
    uint32_t n = c->ninsns;
    /* Which instructions are jump or handler targets (">>" marks). */
    unsigned char *target = calloc(n + 1, 1);
    for (uint32_t i = 0; target && i < n; i++) {
        int op = INSN_OP(c->insns[i]);
        if (opcode_operand[op] == OPK_JUMP && INSN_ARG(c->insns[i]) <= n) target[INSN_ARG(c->insns[i])] = 1;
    }
    for (uint32_t i = 0; target && i < c->nexc; i++)
        if (c->exctable[i].target <= n) target[c->exctable[i].target] = 1;
    int lastline = -1;
    for (uint32_t i = 0; i < n; i++) {
        int op = INSN_OP(c->insns[i]);
        uint32_t arg = INSN_ARG(c->insns[i]);
        int line = c->positions ? c->positions[i].lineno : 0;
        if (line != lastline) {
            if (i > 0) fputc('\n', out);
            fprintf(out, "%3d", line);
            lastline = line;
        } else {
            fputs("   ", out);
        }
        const char *name = op < OP__COUNT ? opcode_names[op] : "<bad>";
        fprintf(out, "     %s %4u %s", target && target[i] ? ">>" : "  ", i, name);
        OperandKind k = op < OP__COUNT ? opcode_operand[op] : OPK_NUM;
        if (k == OPK_NONE) {
            fputc('\n', out);
            continue;
        }
        int pad = 20 - (int)strlen(name);
        fprintf(out, "%*s %5u", pad > 0 ? pad : 0, "", arg);
        switch (k) {
        case OPK_CONST: {
            Value v = tuple_item(c->consts, arg);
            fputs(" (", out);
            if (v) put_const(v, out); else fputs("?", out);
            fputc(')', out);
            break;
        }
        case OPK_NAME:
            fputs(" (", out);
            put_str(out, tuple_item(c->names, arg));
            fputc(')', out);
            break;
        case OPK_LOCAL:
            fputs(" (", out);
            put_str(out, tuple_item(c->varnames, arg));
            fputc(')', out);
            break;
        case OPK_DEREF: {
            uint32_t nc = (uint32_t)c->ncells;
            fputs(" (", out);
            put_str(out, arg < nc ? tuple_item(c->cellvars, arg) : tuple_item(c->freevars, arg - nc));
            fputc(')', out);
            break;
        }
        case OPK_JUMP: fprintf(out, " (to %u)", arg); break;
        case OPK_BINOP:
            if ((arg & 15) < 13) fprintf(out, " (%s)", (arg & 16) ? binop_isym[arg & 15] : binop_sym[arg & 15]);
            break;
        case OPK_CMP:
            if (arg < 6) fprintf(out, " (%s)", cmp_sym[arg]);
            break;
        default:
            if (op == OP_UNARY_OP && arg < 4) fprintf(out, " (%s)", unary_sym[arg]);
            else if (op == OP_FORMAT_VALUE) {
                static const char *conv[] = { "", "str", "repr", "ascii" };
                if ((arg & 3) && (arg & 4)) fprintf(out, " (%s, with format)", conv[arg & 3]);
                else if (arg & 3) fprintf(out, " (%s)", conv[arg & 3]);
                else if (arg & 4) fputs(" (with format)", out);
            } else if (op == OP_IS_OP) fputs(arg ? " (is not)" : " (is)", out);
            else if (op == OP_CONTAINS_OP) fputs(arg ? " (not in)" : " (in)", out);
            break;
        }
        fputc('\n', out);
    }
    free(target);
    if (c->nexc) {
        fputs("ExceptionTable:\n", out);
        for (uint32_t i = 0; i < c->nexc; i++)
            fprintf(out, "  %u to %u -> %u [%u]\n", c->exctable[i].start, c->exctable[i].end - 1,
                    c->exctable[i].target, c->exctable[i].depth);
    }
}

void dis_code(Code *c, FILE *out)
{
    if (!c) return;
    dis_one(c, out);
    if (!c->consts) return;
    for (size_t i = 0; i < TUPLE_LEN(c->consts); i++) {
        Value v = TUPLE_ITEMS(c->consts)[i];
        if (!IS_SMALL(v) && TYPE(v) == &CodeType) {
            fputc('\n', out);
            dis_code((Code *)AS_OBJ(v), out);
        }
    }
}
