/* Assembly: labels to absolute indexes, the maximum stack depth over the control-flow
 * graph (handler edges included), the exception table, and the Code object itself. */
#include <stdlib.h>
#include <string.h>
#include "cunit.h"

static bool is_terminator(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE ||
           op == OP_POP_EXCEPT_RERAISE;
}

/* Max stack depth; -1 on allocation failure. depth[i] stays -1 for unreachable code. */
static int stack_depth(Compiler *c, Unit *u, const uint32_t *targets, int *depth)
{
    int n = u->nins;
    if (n == 0) return 0;
    int *work = malloc(sizeof(int) * (size_t)n * 2 + sizeof(int));
    if (!work) {
        cc_nomem(c);
        return -1;
    }
    for (int i = 0; i < n; i++) depth[i] = -1;
    int nw = 0, maxd = 0;
    depth[0] = 0;
    work[nw++] = 0;
#define REACH(idx, d)                                            \
    do {                                                         \
        int i_ = (idx), d_ = (d);                                \
        if (i_ >= 0 && i_ < n && depth[i_] < 0) {                \
            depth[i_] = d_ < 0 ? 0 : d_;                         \
            work[nw++] = i_;                                     \
        }                                                        \
        if (d_ > maxd) maxd = d_;                                \
    } while (0)
    while (nw > 0) {
        int i = work[--nw];
        int d = depth[i];
        for (;;) {
            Instr *in = &u->ins[i];
            if (in->handler >= 0) {
                HRec *h = &u->hrec[in->handler];
                REACH((int)targets[h->label], h->depth + 1);
            }
            if (opcode_operand[in->op] == OPK_JUMP)
                REACH((int)in->arg, d + opcode_stack_effect(in->op, (int)in->arg, 1));
            int nd = d + opcode_stack_effect(in->op, (int)in->arg, 0);
            if (nd > maxd) maxd = nd;
            if (is_terminator(in->op)) break;
            if (++i >= n) break;
            if (depth[i] >= 0) break;
            depth[i] = nd < 0 ? 0 : nd;
            d = depth[i];
        }
    }
#undef REACH
    free(work);
    return maxd;
}

bool cc_tuple_put(Compiler *c, Value t, int i, int n, Value v)
{
    if (v) {
        tuple_set_steal(t, (size_t)i, v);
        return true;
    }
    for (int j = i; j < n; j++) tuple_set_steal(t, (size_t)j, NONE);
    DECREF(t);
    c->failed = 2;
    return false;
}

static Value names_tuple(Compiler *c, const char **names, int n)
{
    Value t = tuple_new((size_t)n);
    if (!t) { c->failed = 2; return VNULL; }
    for (int i = 0; i < n; i++)
        if (!cc_tuple_put(c, t, i, n, str_intern_cstr(names[i]))) return VNULL;
    return t;
}

Code *cc_assemble(Compiler *c, Unit *u)
{
    int n = u->nins;
    uint32_t *targets = malloc(sizeof(uint32_t) * (size_t)(u->nlabels + 1));
    if (!targets) { cc_nomem(c); return NULL; }
    for (int l = 0; l < u->nlabels; l++) targets[l] = u->lpos[l] < 0 ? (uint32_t)n : (uint32_t)u->lpos[l];
    for (int i = 0; i < n; i++)
        if (opcode_operand[u->ins[i].op] == OPK_JUMP) u->ins[i].arg = targets[u->ins[i].arg];

    int *depth = malloc(sizeof(int) * (size_t)(n + 1));
    if (!depth) { free(targets); cc_nomem(c); return NULL; }
    int stacksize = stack_depth(c, u, targets, depth);
    if (stacksize < 0) { free(targets); free(depth); return NULL; }
#ifdef COMPILE_DEBUG
    for (int l = 0; l < u->nlabels; l++) {
        int t = (int)targets[l];
        if (u->lpos[l] >= 0 && t < n && depth[t] >= 0 && u->ldepth[l] >= 0 && u->ldepth[l] != depth[t])
            fprintf(stderr, "compile: %s: label %d at %d: emitted depth %d, flow depth %d\n",
                    u->qualname, l, t, u->ldepth[l], depth[t]);
    }
#endif
    /* A jump to the instruction right after it (left by constant tests or empty
     * branches) does nothing: drop it like unreachable code. */
    for (int i = 0; i < n; i++) {
        if (depth[i] < 0 || u->ins[i].op != OP_JUMP) continue;
        int next = i + 1;
        while (next < n && depth[next] < 0) next++;
        int t = (int)u->ins[i].arg;
        while (t < n && depth[t] < 0) t++;
        if (t == next) depth[i] = -1;
    }
    /* Drop unreachable instructions: depth[i] becomes the new index (or -1). */
    int nn = 0;
    for (int i = 0; i < n; i++) depth[i] = depth[i] >= 0 ? nn++ : -1;
    depth[n] = nn;
    for (int l = 0; l < u->nlabels; l++) {
        uint32_t t = targets[l];
        while ((int)t < n && depth[t] < 0) t++;
        targets[l] = (uint32_t)depth[t];
    }

    Code *code = code_new();
    if (!code) { free(targets); free(depth); c->failed = 2; return NULL; }
    code->insns = mem_alloc(sizeof(Insn) * (size_t)(nn ? nn : 1));
    code->positions = mem_alloc(sizeof(InsnPos) * (size_t)(nn ? nn : 1));
    if (!code->insns || !code->positions) goto fail;
    code->ninsns = (uint32_t)nn;
    for (int i = 0; i < n; i++) {
        if (depth[i] < 0) continue;
        uint32_t arg = u->ins[i].arg;
        if (opcode_operand[u->ins[i].op] == OPK_JUMP) {
            while ((int)arg < n && depth[arg] < 0) arg++;
            arg = (uint32_t)depth[arg];
        }
        code->insns[depth[i]] = INSN(u->ins[i].op, arg);
        code->positions[depth[i]] = u->ins[i].pos;
    }
    /* A jump to a return (`return a if c else b`) returns at once. Only on the same line:
     * the return's line is what a finishing generator reports (--trace). */
    for (int i = 0; i < nn; i++) {
        uint32_t t = INSN_ARG(code->insns[i]);
        if (INSN_OP(code->insns[i]) == OP_JUMP && t < (uint32_t)nn &&
            INSN_OP(code->insns[t]) == OP_RETURN_VALUE &&
            code->positions[i].lineno == code->positions[t].lineno) {
            code->insns[i] = INSN(OP_RETURN_VALUE, 0);
            code->positions[i] = code->positions[t];
        }
    }
    /* `n - 1`, `i < 10`: one dispatch for the local, the constant and what uses them. */
    for (int i = 0; i + 1 < nn; i++) {
        if (INSN_OP(code->insns[i]) != OP_LOAD_FAST || INSN_OP(code->insns[i + 1]) != OP_LOAD_CONST) continue;
        int next = i + 2 < nn ? (int)INSN_OP(code->insns[i + 2]) : -1;
        int super = next == OP_BINARY_OP ? OP_LOAD_FAST_CONST_BINOP
                  : next == OP_COMPARE_OP ? OP_LOAD_FAST_CONST_COMPARE : OP_LOAD_FAST_LOAD_CONST;
        code->insns[i] = INSN(super, INSN_ARG(code->insns[i]));
    }

    /* Exception table: run-length encode each kept instruction's innermost handler. */
    int nexc = 0;
    for (int i = 0; i < n; i++)
        if (depth[i] >= 0 && u->ins[i].handler >= 0) nexc++;
    if (nexc) {
        code->exctable = mem_alloc(sizeof(ExcEntry) * (size_t)nexc);
        if (!code->exctable) goto fail;
        int k = -1;
        for (int i = 0; i < n; i++) {
            int h = u->ins[i].handler;
            if (h < 0 || depth[i] < 0) continue;
            HRec *r = &u->hrec[h];
            uint32_t target = targets[r->label];
            uint32_t at = (uint32_t)depth[i];
            if (k >= 0 && code->exctable[k].end == at && code->exctable[k].target == target &&
                code->exctable[k].depth == (uint32_t)r->depth) {
                code->exctable[k].end++;
                continue;
            }
            k++;
            code->exctable[k].start = at;
            code->exctable[k].end = at + 1;
            code->exctable[k].target = target;
            code->exctable[k].depth = (uint32_t)r->depth;
        }
        code->nexc = (uint32_t)(k + 1);
    }
    free(targets);
    targets = NULL;
    free(depth);
    depth = NULL;

    code->consts = tuple_new((size_t)u->nconsts);
    if (!code->consts) goto fail;
    for (int i = 0; i < u->nconsts; i++) {
        tuple_set_steal(code->consts, (size_t)i, u->consts[i]);
        u->consts[i] = VNULL;
    }
    u->nconsts = 0;
    code->names = names_tuple(c, u->names, u->nnames);
    code->varnames = names_tuple(c, u->varnames, u->nvarnames);
    code->cellvars = names_tuple(c, u->cells, u->ncells);
    code->freevars = names_tuple(c, u->frees, u->nfrees);
    if (!code->names || !code->varnames || !code->cellvars || !code->freevars) goto fail;
    if (u->ncells) {
        int nparams = u->ste->nparams;
        bool any = false;
        code->cell2arg = mem_alloc(sizeof(int32_t) * (size_t)u->ncells);
        if (!code->cell2arg) goto fail;
        for (int i = 0; i < u->ncells; i++) {
            code->cell2arg[i] = -1;
            for (int j = 0; j < nparams && j < u->nvarnames; j++)
                if (strcmp(u->varnames[j], u->cells[i]) == 0) { code->cell2arg[i] = j; any = true; }
        }
        if (!any) { mem_free(code->cell2arg); code->cell2arg = NULL; }
    }
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonly;
    code->kwonlyargcount = u->kwonly;
    code->nlocals = u->nvarnames;
    code->ncells = u->ncells;
    code->nfrees = u->nfrees;
    code->stacksize = stacksize;
    code->flags = u->flags;
    code->firstlineno = u->firstlineno;
    if (!(code->flags & (CO_VARARGS | CO_VARKEYWORDS)) && code->kwonlyargcount == 0 && code->ncells == 0 &&
        code->nfrees == 0)
        code->flags |= CO_SIMPLE_ARGS;
    code->name = str_intern_cstr(u->name);
    code->qualname = str_from_cstr(u->qualname);
    code->filename = NEWREF(c->filename_v);
    if (!code->name || !code->qualname) goto fail;
    return code;
fail:
    free(targets);
    free(depth);
    if (!c->failed) c->failed = 2;
    DECREF(OBJ_VAL(code));
    return NULL;
}
