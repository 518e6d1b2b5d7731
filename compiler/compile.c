/* Code generation: walks the AST of one module and emits the instruction
 * shapes of CPython 3.11 (adapted to minipy's instruction set, see opcodes.def). */
#include <stdlib.h>
#include <string.h>
#include "cunit.h"
#include "num.h"

/* ---------------------------------------------------------------- utilities */

void cc_nomem(Compiler *c)
{
    if (!c->failed) {
        c->failed = 2;
        err_no_memory();
    }
}

void *cc_grow(Compiler *c, void *p, int *cap, int need, size_t elem)
{
    if (need <= *cap) return p;
    int ncap = *cap ? *cap * 2 : 16;
    while (ncap < need) ncap *= 2;
    void *q = realloc(p, (size_t)ncap * elem);
    if (!q) {
        cc_nomem(c);
        return NULL;
    }
    *cap = ncap;
    return q;
}

static char *own_str(Compiler *c, char *s)
{
    if (!s) { cc_nomem(c); return NULL; }
    char **ns = cc_grow(c, c->strs, &c->capstrs, c->nstrs + 1, sizeof(char *));
    if (!ns) { free(s); return NULL; }
    c->strs = ns;
    c->strs[c->nstrs++] = s;
    return s;
}

static char *cat3(Compiler *c, const char *a, const char *b, const char *d)
{
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d);
    char *s = malloc(la + lb + ld + 1);
    if (s) {
        memcpy(s, a, la);
        memcpy(s + la, b, lb);
        memcpy(s + la + lb, d, ld + 1);
    }
    return own_str(c, s);
}

/* Private name mangling: __x inside class C becomes _C__x. */
static const char *mangle(Compiler *c, const char *priv, const char *name)
{
    if (!priv || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if ((n >= 2 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name;
    const char *r = cat3(c, "_", priv, name);
    return r ? r : name;
}

static void syntax_error(Compiler *c, Pos pos, const char *fmt, const char *arg)
{
    if (c->failed) return;
    c->failed = 1;
    memset(c->err, 0, sizeof *c->err);
    snprintf(c->err->msg, sizeof c->err->msg, fmt, arg ? arg : "");
    c->err->lineno = pos.lineno;
    c->err->col = pos.col;
    c->err->end_lineno = pos.end_lineno;
    c->err->end_col = pos.end_col;
}

static InsnPos to_ipos(Pos p)
{
    InsnPos ip = { p.lineno, p.end_lineno, p.col, p.end_col };
    return ip;
}

/* ---------------------------------------------------------------- emission */

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    int cap = u->caplabels;
    int *lp = cc_grow(c, u->lpos, &cap, u->nlabels + 1, sizeof(int));
    if (!lp) return 0;
    u->lpos = lp;
    int cap2 = u->caplabels;
    int *ld = cc_grow(c, u->ldepth, &cap2, u->nlabels + 1, sizeof(int));
    if (!ld) return 0;
    u->ldepth = ld;
    u->caplabels = cap;
    u->lpos[u->nlabels] = -1;
    u->ldepth[u->nlabels] = -1;
    return u->nlabels++;
}

static void place(Compiler *c, int label)
{
    Unit *u = c->u;
    if (c->failed) return;
    u->lpos[label] = u->nins;
    if (u->ldepth[label] >= 0) u->depth = u->ldepth[label];
    else u->ldepth[label] = u->depth;
}

static void emit_at(Compiler *c, int op, uint32_t arg, InsnPos pos)
{
    Unit *u = c->u;
    if (c->failed) return;
    Instr *ni = cc_grow(c, u->ins, &u->capins, u->nins + 1, sizeof(Instr));
    if (!ni) return;
    u->ins = ni;
    Instr *in = &u->ins[u->nins++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->pos = pos;
    in->handler = u->nh ? u->hstack[u->nh - 1] : -1;
    if (opcode_operand[op] == OPK_JUMP && u->ldepth[arg] < 0)
        u->ldepth[arg] = u->depth + opcode_stack_effect(op, (int)arg, 1);
    u->depth += opcode_stack_effect(op, (int)arg, 0);
}

static void emit(Compiler *c, int op, uint32_t arg) { emit_at(c, op, arg, c->u->loc); }

static void push_handler(Compiler *c, int label)
{
    Unit *u = c->u;
    if (c->failed) return;
    HRec *nr = cc_grow(c, u->hrec, &u->caphrec, u->nhrec + 1, sizeof(HRec));
    if (!nr) return;
    u->hrec = nr;
    int *ns = cc_grow(c, u->hstack, &u->caph, u->nh + 1, sizeof(int));
    if (!ns) return;
    u->hstack = ns;
    u->hrec[u->nhrec].label = label;
    u->hrec[u->nhrec].depth = u->depth;
    u->ldepth[label] = u->depth + 1;
    u->hstack[u->nh++] = u->nhrec++;
}

static void pop_handler(Compiler *c)
{
    if (c->failed) return;
    c->u->nh--;
}

static int push_fblock(Compiler *c, int kind, int l1, int l2, const void *datum, int hheight, Pos pos)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) {
        syntax_error(c, pos, "too many statically nested blocks%s", "");
        return -1;
    }
    FBlock *f = &u->fb[u->nfb++];
    f->kind = kind;
    f->l1 = l1;
    f->l2 = l2;
    f->datum = datum;
    f->hheight = hheight;
    return 0;
}

static void pop_fblock(Compiler *c)
{
    if (c->u->nfb > 0) c->u->nfb--;
}

/* ---------------------------------------------------------------- constants */

static bool const_same(Value a, Value b)
{
    if (a == b) return true;
    if (IS_SMALL(a) || IS_SMALL(b)) return false;
    Type *t = TYPE(a);
    if (t != TYPE(b)) return false;
    if (t == &FloatType) return memcmp(&((FloatObj *)AS_OBJ(a))->v, &((FloatObj *)AS_OBJ(b))->v, sizeof(double)) == 0;
    if (t == &StrType) return STR_SIZE(a) == STR_SIZE(b) && memcmp(STR_DATA(a), STR_DATA(b), STR_SIZE(a)) == 0;
    if (t == &BytesType) {
        BytesObj *x = (BytesObj *)AS_OBJ(a), *y = (BytesObj *)AS_OBJ(b);
        return x->size == y->size && memcmp(x->data, y->data, x->size) == 0;
    }
    if (t == &TupleType) {
        if (TUPLE_LEN(a) != TUPLE_LEN(b)) return false;
        for (size_t i = 0; i < TUPLE_LEN(a); i++)
            if (!const_same(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i])) return false;
        return true;
    }
    if (t == &IntType) {
        int r = obj_richcompare_bool(a, b, CMP_EQ);
        if (r < 0) { err_clear(); return false; }
        return r == 1;
    }
    return false;
}

/* Equal for const_same implies equal here. */
static uint64_t const_hash(Value v)
{
    if (IS_SMALL(v)) return (uint64_t)v * 0x9E3779B97F4A7C15ull;
    Type *t = TYPE(v);
    if (t == &StrType) return hix_mem_hash(STR_DATA(v), STR_SIZE(v), 1);
    if (t == &BytesType) {
        BytesObj *b = (BytesObj *)AS_OBJ(v);
        return hix_mem_hash(b->data, b->size, 2);
    }
    if (t == &FloatType) return hix_mem_hash(&((FloatObj *)AS_OBJ(v))->v, sizeof(double), 3);
    if (t == &TupleType) {
        uint64_t h = 4 + TUPLE_LEN(v);
        for (size_t i = 0; i < TUPLE_LEN(v); i++) h = h * 1000003ull ^ const_hash(TUPLE_ITEMS(v)[i]);
        return h;
    }
    if (t == &IntType) return 5;
    return (uint64_t)(uintptr_t)v;
}

/* Adds v (stolen) to the unit's constants; returns its index. */
static uint32_t add_const(Compiler *c, Value v)
{
    Unit *u = c->u;
    if (!v) {
        if (!c->failed) c->failed = 2;
        return 0;
    }
    if (c->failed) { DECREF(v); return 0; }
    /* Code objects are never shared; complex constants are rare (and -0j must stay distinct). */
    bool is_code = !IS_SMALL(v) && (TYPE(v) == &CodeType || TYPE(v) == &ComplexType);
    uint64_t h = const_hash(v);
    for (int p = is_code ? -1 : hix_first(&u->constix, h); p >= 0; p = hix_next(&u->constix, h, p)) {
        int i = u->constix.idx[p];
        if (const_same(u->consts[i], v)) { DECREF(v); return (uint32_t)i; }
    }
    Value *nc = cc_grow(c, u->consts, &u->capconsts, u->nconsts + 1, sizeof(Value));
    if (!nc) { DECREF(v); return 0; }
    u->consts = nc;
    if (!is_code && hix_add(&u->constix, h, u->nconsts) < 0) { DECREF(v); cc_nomem(c); return 0; }
    u->consts[u->nconsts] = v;
    return (uint32_t)u->nconsts++;
}

static bool is_identifier_like(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            return false;
    }
    return true;
}

static Value make_str(const char *s, size_t n)
{
    Value v = str_from_utf8(s, n);
    if (v && is_identifier_like(s, n)) v = str_intern(v);
    return v;
}

/* The Value of a literal; VNULL with an exception set on failure. */
static Value constant_value(Constant *k)
{
    switch (k->kind) {
    case CONST_NONE: return NONE;
    case CONST_TRUE: return TRUE_VAL;
    case CONST_FALSE: return FALSE_VAL;
    case CONST_ELLIPSIS: return ELLIPSIS;
    case CONST_INT: return int_from_string(k->text, k->len ? k->len : strlen(k->text), 0);
    case CONST_FLOAT: return float_new(k->f);
    case CONST_IMAG: return complex_new(0.0, k->f);
    case CONST_STR: return make_str(k->text, k->len);
    case CONST_BYTES: return bytes_from(k->text, k->len);
    }
    return NONE;
}

static void load_const(Compiler *c, Value v) { emit(c, OP_LOAD_CONST, add_const(c, v)); }

/* The value of a literal node. A decimal int literal past sys.get_int_max_str_digits()
 * is a SyntaxError at its line, as CPython's parser reports it. */
static Value literal_value(Compiler *c, Expr *e)
{
    Value v = constant_value(&e->v.constant);
    if (!v && e->v.constant.kind == CONST_INT && err_matches(ExcValueError)) {
        Value exc = err_fetch();
        Value msg = exc ? obj_str(exc) : VNULL;
        XDECREF(exc);
        if (!msg) return VNULL;
        if (strncmp(STR_DATA(msg), "Exceeds the limit", 17) == 0) {
            char buf[160];
            snprintf(buf, sizeof buf, "%s", STR_DATA(msg));
            Pos p = e->pos;
            p.col = p.end_col = -1;
            p.end_lineno = p.lineno;
            syntax_error(c, p, "%s - Consider hexadecimal for huge integer literals to avoid decimal "
                               "conversion limits.", buf);
            c->err->from_parser = 1;
        } else {
            err_set_object(ExcValueError, msg);
        }
        DECREF(msg);
    }
    return v;
}

/* Folds literal-only expressions (numbers with unary signs, tuples of constants).
 * 1: *out is a new reference; 0: not constant; -1: exception set. */
static int fold_const(Compiler *c, Expr *e, Value *out)
{
    switch (e->kind) {
    case E_CONSTANT:
        *out = literal_value(c, e);
        return *out ? 1 : -1;
    case E_NAME:
        if (e->v.name.ctx == CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0) {
            *out = TRUE_VAL;
            return 1;
        }
        return 0;
    case E_UNARYOP: {
        UnaryOpKind op = e->v.unaryop.op;
        if (op == UOP_NOT) return 0;
        Value v;
        int r = fold_const(c, e->v.unaryop.operand, &v);
        if (r <= 0) return r;
        bool num = IS_SMALL(v) || TYPE(v) == &IntType ||
                   ((TYPE(v) == &FloatType || TYPE(v) == &ComplexType) && op != UOP_INVERT);
        *out = num ? obj_unary(op, v) : VNULL;
        DECREF(v);
        if (!*out) {
            if (num) err_clear();
            return 0;
        }
        return 1;
    }
    case E_BINOP: {
        /* Numbers only, and nothing that could take long or make a huge int. */
        Value a, b;
        int r = fold_const(c, e->v.binop.left, &a);
        if (r <= 0) return r;
        if (!IS_SMALL(a) && TYPE(a) != &IntType && TYPE(a) != &FloatType && TYPE(a) != &ComplexType) {
            DECREF(a);
            return 0;
        }
        r = fold_const(c, e->v.binop.right, &b);
        if (r <= 0) { DECREF(a); return r; }
        if (!IS_SMALL(b) && TYPE(b) != &IntType && TYPE(b) != &FloatType && TYPE(b) != &ComplexType) {
            DECREF(a);
            DECREF(b);
            return 0;
        }
        BinOpKind op = e->v.binop.op;
        bool ok = op != BINOP_MATMUL;
        if ((op == BINOP_POW || op == BINOP_LSHIFT) && !(IS_SMALL(b) && SMALL_VAL(b) >= -64 && SMALL_VAL(b) <= 64))
            ok = false;
        if (op == BINOP_MUL && !IS_SMALL(a) && !IS_SMALL(b) && TYPE(a) == &IntType && TYPE(b) == &IntType) ok = false;
        Value res = ok ? obj_binop(op, a, b) : VNULL;
        DECREF(a);
        DECREF(b);
        if (!res) {
            if (ok) err_clear();
            return 0;
        }
        if (!IS_SMALL(res) && TYPE(res) == &IntType) {
            int64_t tmp;
            if (int_as_i64(res, &tmp) < 0) { err_clear(); DECREF(res); return 0; }
        }
        *out = res;
        return 1;
    }
    case E_TUPLE: {
        if (e->v.list.ctx != CTX_LOAD) return 0;
        int n = e->v.list.elts.len;
        for (int i = 0; i < n; i++) {
            Expr *x = e->v.list.elts.items[i];
            if (x->kind != E_CONSTANT && x->kind != E_UNARYOP && x->kind != E_TUPLE && x->kind != E_BINOP)
                return 0;
        }
        Value t = tuple_new((size_t)n);
        if (!t) return -1;
        for (int i = 0; i < n; i++) {
            Value v;
            int r = fold_const(c, e->v.list.elts.items[i], &v);
            if (r <= 0) {
                for (int j = i; j < n; j++) tuple_set_steal(t, (size_t)j, NONE);
                DECREF(t);
                return r;
            }
            tuple_set_steal(t, (size_t)i, v);
        }
        *out = t;
        return 1;
    }
    default:
        return 0;
    }
}

/* ---------------------------------------------------------------- names */

static int add_name_to(Compiler *c, const char ***arr, int *n, int *cap, HIndex *ix, const char *name)
{
    uint64_t h = hix_str_hash(name);
    for (int p = hix_first(ix, h); p >= 0; p = hix_next(ix, h, p))
        if (strcmp((*arr)[ix->idx[p]], name) == 0) return ix->idx[p];
    const char **na = cc_grow(c, *arr, cap, *n + 1, sizeof(char *));
    if (!na) return 0;
    *arr = na;
    if (hix_add(ix, h, *n) < 0) { cc_nomem(c); return 0; }
    (*arr)[*n] = name;
    return (*n)++;
}

static uint32_t name_index(Compiler *c, const char *name)
{
    Unit *u = c->u;
    return (uint32_t)add_name_to(c, &u->names, &u->nnames, &u->capnames, &u->nameix, name);
}

static uint32_t attr_index(Compiler *c, const char *name)
{
    return name_index(c, mangle(c, c->u->private_, name));
}

static int deref_index(Compiler *c, const char *name)
{
    Unit *u = c->u;
    for (int i = 0; i < u->ncells; i++)
        if (strcmp(u->cells[i], name) == 0) return i;
    for (int i = 0; i < u->nfrees; i++)
        if (strcmp(u->frees[i], name) == 0) return u->ncells + i;
    return -1;
}

static void compile_expr(Compiler *c, Expr *e);

static void nameop(Compiler *c, const char *id, ExprCtx ctx, Pos pos)
{
    Unit *u = c->u;
    if (strcmp(id, "__debug__") == 0) {
        if (ctx == CTX_STORE) { syntax_error(c, pos, "cannot assign to __debug__%s", ""); return; }
        if (ctx == CTX_DEL) { syntax_error(c, pos, "cannot delete __debug__%s", ""); return; }
        load_const(c, TRUE_VAL);
        return;
    }
    const char *name = mangle(c, u->private_, id);
    Sym *sym = symtable_lookup(u->ste, name);
    int scope = sym ? sym->scope : SC_NONE;
    bool fn = u->ste->type == BLK_FUNCTION;
    enum { K_FAST, K_DEREF, K_GLOBAL, K_NAME } k = K_NAME;
    switch (scope) {
    case SC_FREE: case SC_CELL: k = K_DEREF; break;
    case SC_LOCAL: k = fn ? K_FAST : K_NAME; break;
    case SC_GLOBAL_IMPLICIT: k = fn ? K_GLOBAL : K_NAME; break;
    case SC_GLOBAL_EXPLICIT: k = K_GLOBAL; break;
    default: k = fn ? K_GLOBAL : K_NAME; break;
    }
    /* A class body that binds the name itself uses its namespace, even if a method captures an outer one. */
    if (k == K_DEREF && u->ste->type == BLK_CLASS && sym && (sym->flags & DEF_FREE_CLASS)) k = K_NAME;
    switch (k) {
    case K_FAST: {
        int i = add_name_to(c, &u->varnames, &u->nvarnames, &u->capvarnames, &u->varix, name);
        emit(c, ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST, (uint32_t)i);
        break;
    }
    case K_DEREF: {
        int i = deref_index(c, name);
        if (i < 0) { k = K_NAME; goto by_name; }
        int op = ctx == CTX_LOAD ? (u->ste->type == BLK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
               : ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        emit(c, op, (uint32_t)i);
        break;
    }
    case K_GLOBAL:
        emit(c, ctx == CTX_LOAD ? OP_LOAD_GLOBAL : ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
             name_index(c, name));
        break;
    case K_NAME:
    by_name:
        emit(c, ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME,
             name_index(c, name));
        break;
    }
}

/* ---------------------------------------------------------------- units */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static Unit *enter_unit(Compiler *c, Block *ste, int kind, const char *name, Pos pos)
{
    Unit *u = calloc(1, sizeof *u);
    if (!u) { cc_nomem(c); return NULL; }
    u->parent = c->u;
    u->ste = ste;
    u->kind = kind;
    u->name = name;
    u->firstlineno = pos.lineno ? pos.lineno : 1;
    u->loc = to_ipos(pos);
    if (kind == U_MODULE) u->loc.end_lineno = u->loc.lineno, u->loc.end_col = u->loc.col;
    u->private_ = kind == U_CLASS ? name : (c->u ? c->u->private_ : NULL);
    for (int i = 0; i < ste->nparams; i++)
        add_name_to(c, &u->varnames, &u->nvarnames, &u->capvarnames, &u->varix, ste->params[i]);
    int nc = 0, nf = 0;
    for (int i = 0; i < ste->nsyms; i++) {
        if (ste->syms[i].scope == SC_CELL) nc++;
        if (ste->syms[i].scope == SC_FREE || (ste->syms[i].flags & DEF_FREE_CLASS)) nf++;
    }
    if (ste->needs_class_closure) nc++;
    u->cells = calloc((size_t)nc + 1, sizeof(char *));
    u->frees = calloc((size_t)nf + 1, sizeof(char *));
    if (!u->cells || !u->frees) {
        free(u->cells); free(u->frees); free(u->varnames); free(u);
        cc_nomem(c);
        return NULL;
    }
    for (int i = 0; i < ste->nsyms; i++) {
        if (ste->syms[i].scope == SC_CELL) u->cells[u->ncells++] = ste->syms[i].name;
        if (ste->syms[i].scope == SC_FREE || (ste->syms[i].flags & DEF_FREE_CLASS))
            u->frees[u->nfrees++] = ste->syms[i].name;
    }
    qsort(u->cells, (size_t)u->ncells, sizeof(char *), cmp_str);
    qsort(u->frees, (size_t)u->nfrees, sizeof(char *), cmp_str);
    /* As CPython's co_cellvars: parameters that are cells first, in parameter order. */
    int front = 0;
    for (int i = 0; i < ste->nparams; i++) {
        for (int k = front; k < u->ncells; k++) {
            if (strcmp(u->cells[k], ste->params[i]) != 0) continue;
            const char *nm = u->cells[k];
            memmove(&u->cells[front + 1], &u->cells[front], sizeof(char *) * (size_t)(k - front));
            u->cells[front++] = nm;
            break;
        }
    }
    if (ste->needs_class_closure) u->cells[u->ncells++] = "__class__";

    /* qualname as CPython computes it */
    Unit *p = c->u;
    if (!p || p->kind == U_MODULE) {
        u->qualname = (char *)name;
    } else {
        bool force_global = false;
        if (kind == U_FUNCTION || kind == U_ASYNC_FUNCTION || kind == U_CLASS) {
            const char *m = mangle(c, p->private_, name);
            if (symtable_scope(p->ste, m) == SC_GLOBAL_EXPLICIT) force_global = true;
        }
        if (force_global) u->qualname = (char *)name;
        else if (p->kind == U_FUNCTION || p->kind == U_ASYNC_FUNCTION || p->kind == U_LAMBDA)
            u->qualname = cat3(c, p->qualname, ".<locals>.", name);
        else
            u->qualname = cat3(c, p->qualname, ".", name);
        if (!u->qualname) u->qualname = (char *)name;
    }
    c->u = u;
    return u;
}

static void free_unit(Unit *u)
{
    for (int i = 0; i < u->nconsts; i++) DECREF(u->consts[i]);
    free(u->consts);
    free(u->ins);
    free(u->lpos);
    free(u->ldepth);
    free(u->hrec);
    free(u->hstack);
    free(u->names);
    free(u->varnames);
    free(u->cells);
    free(u->frees);
    hix_free(&u->constix);
    hix_free(&u->nameix);
    hix_free(&u->varix);
    free(u);
}

/* Assembles the current unit, pops it and returns its code (NULL on failure). */
static Code *exit_unit(Compiler *c)
{
    Unit *u = c->u;
    Code *code = c->failed ? NULL : cc_assemble(c, u);
    if (!code && !c->failed) c->failed = 2;
    c->u = u->parent;
    free_unit(u);
    return code;
}

/* Pushes a function built from code (stolen), with the closure cells it needs. */
static void make_closure(Compiler *c, Code *code, int flags)
{
    if (!code) return;
    if (code->nfrees > 0) {
        for (int i = 0; i < code->nfrees; i++) {
            const char *nm = STR_DATA(TUPLE_ITEMS(code->freevars)[i]);
            int idx = deref_index(c, nm);
            if (idx < 0) idx = 0;   /* cannot happen with a consistent symbol table */
            emit(c, OP_LOAD_CLOSURE, (uint32_t)idx);
        }
        emit(c, OP_BUILD_TUPLE, (uint32_t)code->nfrees);
        flags |= 8;
    }
    load_const(c, OBJ_VAL(code));
    emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

/* The symbol-table block of a nested scope; the two passes walk the same nodes, so a
 * miss is an internal error rather than a silent bad compile. */
static Block *child_block(Compiler *c, const void *key)
{
    Block *b = symtable_child(c->u->ste, key);
    if (!b && !c->failed) {
        c->failed = 2;
        err_set(ExcSystemError, "compiler: a nested scope is missing from the symbol table");
    }
    return b;
}

/* ---------------------------------------------------------------- expressions */

/* As CPython 3.11: when an attribute access spans lines, its instructions point at the
 * line of the attribute name, so a traceback shows `.name(...)` rather than the object. */
static InsnPos attr_loc(Expr *attr, Pos base)
{
    InsnPos p = to_ipos(base);
    if (base.lineno != attr->pos.end_lineno) {
        p.lineno = attr->pos.end_lineno;
        int len = (int)strlen(attr->v.attribute.attr);
        p.col = len <= attr->pos.end_col ? attr->pos.end_col - len : 0;
        if (p.end_lineno < p.lineno) p.end_lineno = p.lineno;
        if (p.lineno == p.end_lineno && p.end_col < p.col) p.end_col = p.col;
    }
    return p;
}

#define MAX_NESTING 3000   /* CPython 3.11: recursion limit 1000 times its frame scale 3 */

static void jump_if(Compiler *c, Expr *e, int label, bool cond);

static void set_loc(Compiler *c, Pos p) { c->u->loc = to_ipos(p); }

static void emit_send_loop(Compiler *c)
{
    int l = new_label(c), x = new_label(c);
    place(c, l);
    emit(c, OP_SEND, (uint32_t)x);
    emit(c, OP_YIELD_VALUE, 1);
    emit(c, OP_JUMP, (uint32_t)l);
    place(c, x);
}

static void emit_await(Compiler *c, int where)
{
    emit(c, OP_GET_AWAITABLE, (uint32_t)where);
    load_const(c, NONE);
    emit_send_loop(c);
}

static void emit_cmp(Compiler *c, CmpOpKind op)
{
    switch (op) {
    case CMP_IS: emit(c, OP_IS_OP, 0); break;
    case CMP_IS_NOT: emit(c, OP_IS_OP, 1); break;
    case CMP_IN: emit(c, OP_CONTAINS_OP, 0); break;
    case CMP_NOT_IN: emit(c, OP_CONTAINS_OP, 1); break;
    default: emit(c, OP_COMPARE_OP, (uint32_t)op); break;
    }
}

/* A list or set display of constants only, used where a tuple works as well (x in [1, 2]). */
static bool all_const_elts(ExprList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind != E_CONSTANT) return false;
    return true;
}

static void compile_iterable_operand(Compiler *c, Expr *e)
{
    if (e->kind == E_LIST && e->v.list.ctx == CTX_LOAD && all_const_elts(&e->v.list.elts)) {
        int n = e->v.list.elts.len;
        Value t = tuple_new((size_t)n);
        if (!t) { c->failed = 2; return; }
        for (int i = 0; i < n; i++)
            if (!cc_tuple_put(c, t, i, n, literal_value(c, e->v.list.elts.items[i]))) return;
        InsnPos saved = c->u->loc;
        set_loc(c, e->pos);
        load_const(c, t);
        c->u->loc = saved;
        return;
    }
    compile_expr(c, e);
}

/* A literal that `is` should not be used with (CPython: check_is_arg). */
static bool is_literal_operand(Compiler *c, Expr *e)
{
    if (e->kind != E_CONSTANT && e->kind != E_UNARYOP && e->kind != E_TUPLE && e->kind != E_BINOP) return false;
    if (e->kind == E_CONSTANT) {
        ConstKind k = e->v.constant.kind;
        return !(k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE || k == CONST_ELLIPSIS);
    }
    Value v;
    int r = fold_const(c, e, &v);
    if (r < 0) { err_clear(); return false; }
    if (r == 0) return false;
    DECREF(v);
    return true;
}

/* CPython reports some suspicious code with a SyntaxWarning while compiling; we print
 * it the way its default warning filter does (no deduplication, as compile() shows). */
static void compile_warn(Compiler *c, const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", c->filename, c->u->loc.lineno, msg);
    size_t n = 0;
    const char *line = vm_source_line(c->filename, c->u->loc.lineno, &n);
    if (line) {
        while (n && (*line == ' ' || *line == '\t')) line++, n--;
        while (n && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\r')) n--;
        fprintf(stderr, "  %.*s\n", (int)n, line);
    }
    fflush(stderr);
}

static void warn_is_literal(Compiler *c, Expr *e)
{
    Expr *left = e->v.compare.left;
    for (int i = 0; i < e->v.compare.nops; i++) {
        Expr *right = e->v.compare.comparators.items[i];
        CmpOpKind op = e->v.compare.ops[i];
        if ((op == CMP_IS || op == CMP_IS_NOT) && (is_literal_operand(c, left) || is_literal_operand(c, right))) {
            compile_warn(c, op == CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                         : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

/* The type a literal display or constant evaluates to, for warnings; NULL if unknown. */
static const char *literal_type_name(Expr *e)
{
    switch (e->kind) {
    case E_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "NoneType";
        case CONST_TRUE: case CONST_FALSE: return "bool";
        case CONST_ELLIPSIS: return "ellipsis";
        case CONST_INT: return "int";
        case CONST_FLOAT: return "float";
        case CONST_IMAG: return "complex";
        case CONST_STR: return "str";
        case CONST_BYTES: return "bytes";
        }
        return NULL;
    case E_TUPLE: return "tuple";
    case E_LIST: case E_LISTCOMP: return "list";
    case E_DICT: case E_DICTCOMP: return "dict";
    case E_SET: case E_SETCOMP: return "set";
    case E_GENEXP: return "generator";
    case E_JOINEDSTR: case E_FORMATTEDVALUE: return "str";
    default: return NULL;
    }
}

/* `(1, 2) (3, 4)`: calling a literal is surely a missing comma. */
static void warn_literal_call(Compiler *c, Expr *f)
{
    const char *t = literal_type_name(f);
    if (!t) return;
    char msg[160];
    snprintf(msg, sizeof msg, "'%s' object is not callable; perhaps you missed a comma?", t);
    compile_warn(c, msg);
}

static void compile_compare(Compiler *c, Expr *e)
{
    warn_is_literal(c, e);
    int n = e->v.compare.nops;
    compile_expr(c, e->v.compare.left);
    if (n == 1) {
        CmpOpKind op = e->v.compare.ops[0];
        if (op == CMP_IN || op == CMP_NOT_IN) compile_iterable_operand(c, e->v.compare.comparators.items[0]);
        else compile_expr(c, e->v.compare.comparators.items[0]);
        emit_cmp(c, e->v.compare.ops[0]);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        compile_expr(c, e->v.compare.comparators.items[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit_cmp(c, e->v.compare.ops[i]);
        emit(c, OP_JUMP_IF_FALSE_OR_POP, (uint32_t)cleanup);
    }
    CmpOpKind last = e->v.compare.ops[n - 1];
    if (last == CMP_IN || last == CMP_NOT_IN) compile_iterable_operand(c, e->v.compare.comparators.items[n - 1]);
    else compile_expr(c, e->v.compare.comparators.items[n - 1]);
    emit_cmp(c, e->v.compare.ops[n - 1]);
    emit(c, OP_JUMP, (uint32_t)end);
    place(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    place(c, end);
}

static bool has_starred(ExprList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == E_STARRED) return true;
    return false;
}

/* List, tuple and set displays (load context). */
static void compile_display(Compiler *c, ExprList *elts, int kind)
{
    int n = elts->len;
    if (!has_starred(elts)) {
        for (int i = 0; i < n; i++) compile_expr(c, elts->items[i]);
        emit(c, kind == E_LIST ? OP_BUILD_LIST : kind == E_SET ? OP_BUILD_SET : OP_BUILD_TUPLE, (uint32_t)n);
        return;
    }
    int pre = 0;
    while (pre < n && elts->items[pre]->kind != E_STARRED) compile_expr(c, elts->items[pre++]);
    bool set = kind == E_SET;
    emit(c, set ? OP_BUILD_SET : OP_BUILD_LIST, (uint32_t)pre);
    for (int i = pre; i < n; i++) {
        Expr *x = elts->items[i];
        if (x->kind == E_STARRED) {
            compile_expr(c, x->v.starred.value);
            emit(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, x);
            emit(c, set ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == E_TUPLE) emit(c, OP_LIST_TO_TUPLE, 0);
}

static void compile_dict(Compiler *c, Expr *e)
{
    ExprList *keys = &e->v.dict.keys, *vals = &e->v.dict.values;
    int n = vals->len;
    bool star = false;
    for (int i = 0; i < n; i++)
        if (!keys->items[i]) star = true;
    if (!star) {
        for (int i = 0; i < n; i++) {
            compile_expr(c, keys->items[i]);
            compile_expr(c, vals->items[i]);
        }
        emit(c, OP_BUILD_MAP, (uint32_t)n);
        return;
    }
    bool have = false;
    int run = 0;
    for (int i = 0; i <= n; i++) {
        if (i == n || !keys->items[i]) {
            if (run > 0 || !have) {
                emit(c, OP_BUILD_MAP, (uint32_t)run);
                if (have) emit(c, OP_DICT_UPDATE, 1);
                have = true;
                run = 0;
            }
            if (i == n) break;
            compile_expr(c, vals->items[i]);
            emit(c, OP_DICT_UPDATE, 1);
        } else {
            compile_expr(c, keys->items[i]);
            compile_expr(c, vals->items[i]);
            run++;
        }
    }
}

static void check_kw_debug(Compiler *c, KeywordList *kws)
{
    for (int i = 0; i < kws->len; i++)
        if (kws->items[i]->arg && strcmp(kws->items[i]->arg, "__debug__") == 0)
            syntax_error(c, kws->items[i]->pos, "cannot assign to __debug__%s", "");
}

/* Emits the arguments and the call instruction; npushed positional arguments are already
 * on the stack above the callable (class definitions push the body function and the name). */
static void emit_call(Compiler *c, int npushed, ExprList *args, KeywordList *kws, Pos callpos, Expr *method)
{
    check_kw_debug(c, kws);
    bool star = has_starred(args), dstar = false;
    for (int i = 0; i < kws->len; i++)
        if (!kws->items[i]->arg) dstar = true;
    if (!star && !dstar) {
        for (int i = 0; i < args->len; i++) compile_expr(c, args->items[i]);
        int nkw = kws->len;
        for (int i = 0; i < nkw; i++) compile_expr(c, kws->items[i]->value);
        InsnPos saved = c->u->loc;
        c->u->loc = method ? attr_loc(method, callpos) : to_ipos(callpos);
        int total = npushed + args->len + nkw;
        if (nkw) {
            Value names = tuple_new((size_t)nkw);
            if (!names) { c->failed = 2; return; }
            for (int i = 0; i < nkw; i++)
                if (!cc_tuple_put(c, names, i, nkw, str_intern_cstr(kws->items[i]->arg))) return;
            load_const(c, names);
            emit(c, method ? OP_CALL_METHOD_KW : OP_CALL_KW, (uint32_t)total);
        } else {
            emit(c, method ? OP_CALL_METHOD : OP_CALL, (uint32_t)total);
        }
        c->u->loc = saved;
        return;
    }
    /* The general form: f(*args_tuple, **kwargs_dict). */
    if (!star) {
        for (int i = 0; i < args->len; i++) compile_expr(c, args->items[i]);
        emit(c, OP_BUILD_TUPLE, (uint32_t)(npushed + args->len));
    } else if (npushed == 0 && args->len == 1) {
        /* f(*x) hands x to CALL_FUNCTION_EX as it is, which names the callee when x is
         * not iterable ("f() argument after * must be an iterable, not int") */
        compile_expr(c, args->items[0]->v.starred.value);
    } else {
        int pre = 0;
        while (pre < args->len && args->items[pre]->kind != E_STARRED) compile_expr(c, args->items[pre++]);
        emit(c, OP_BUILD_LIST, (uint32_t)(npushed + pre));
        for (int i = pre; i < args->len; i++) {
            Expr *x = args->items[i];
            if (x->kind == E_STARRED) {
                compile_expr(c, x->v.starred.value);
                emit(c, OP_LIST_EXTEND, 1);
            } else {
                compile_expr(c, x);
                emit(c, OP_LIST_APPEND, 1);
            }
        }
        emit(c, OP_LIST_TO_TUPLE, 0);
    }
    if (kws->len) {
        bool have = false;
        int run = 0;
        for (int i = 0; i <= kws->len; i++) {
            if (i == kws->len || !kws->items[i]->arg) {
                if (run > 0) {
                    emit(c, OP_BUILD_MAP, (uint32_t)run);
                    if (have) emit(c, OP_DICT_MERGE, 1);
                    have = true;
                    run = 0;
                }
                if (i == kws->len) break;
                if (!have) { emit(c, OP_BUILD_MAP, 0); have = true; }
                compile_expr(c, kws->items[i]->value);
                emit(c, OP_DICT_MERGE, 1);
            } else {
                Value s = str_intern_cstr(kws->items[i]->arg);
                load_const(c, s);
                compile_expr(c, kws->items[i]->value);
                run++;
            }
        }
    }
    InsnPos saved = c->u->loc;
    set_loc(c, callpos);
    emit(c, OP_CALL_FUNCTION_EX, kws->len ? 1 : 0);
    c->u->loc = saved;
}

static void compile_call(Compiler *c, Expr *e)
{
    Expr *f = e->v.call.func;
    warn_literal_call(c, f);
    bool simple = !has_starred(&e->v.call.args);
    for (int i = 0; i < e->v.call.keywords.len; i++)
        if (!e->v.call.keywords.items[i]->arg) simple = false;
    if (f->kind == E_ATTRIBUTE && f->v.attribute.ctx == CTX_LOAD && simple) {
        compile_expr(c, f->v.attribute.value);
        emit_at(c, OP_LOAD_METHOD, attr_index(c, f->v.attribute.attr), attr_loc(f, f->pos));
        emit_call(c, 0, &e->v.call.args, &e->v.call.keywords, e->pos, f);
        return;
    }
    compile_expr(c, f);
    emit_call(c, 0, &e->v.call.args, &e->v.call.keywords, e->pos, NULL);
}

static void compile_slice_or_expr(Compiler *c, Expr *s)
{
    if (s->kind == E_SLICE) {
        if (s->v.slice.lower) compile_expr(c, s->v.slice.lower); else load_const(c, NONE);
        if (s->v.slice.upper) compile_expr(c, s->v.slice.upper); else load_const(c, NONE);
        if (s->v.slice.step) {
            compile_expr(c, s->v.slice.step);
            emit(c, OP_BUILD_SLICE, 3);
        } else {
            emit(c, OP_BUILD_SLICE, 2);
        }
    } else {
        compile_expr(c, s);
    }
}

static void compile_joined(Compiler *c, Expr *e)
{
    ExprList *v = &e->v.joinedstr.values;
    if (v->len == 0) { load_const(c, make_str("", 0)); return; }
    for (int i = 0; i < v->len; i++) compile_expr(c, v->items[i]);
    if (v->len == 1 && v->items[0]->kind == E_FORMATTEDVALUE) return;
    if (v->len == 1 && v->items[0]->kind == E_CONSTANT) return;
    emit(c, OP_BUILD_STRING, (uint32_t)v->len);
}

static void compile_formatted(Compiler *c, Expr *e)
{
    compile_expr(c, e->v.formatted.value);
    int conv = 0;
    switch (e->v.formatted.conversion) {
    case 's': conv = 1; break;
    case 'r': conv = 2; break;
    case 'a': conv = 3; break;
    }
    if (e->v.formatted.format_spec) {
        compile_expr(c, e->v.formatted.format_spec);
        conv |= 4;
    }
    emit(c, OP_FORMAT_VALUE, (uint32_t)conv);
}

static Code *compile_function_body(Compiler *c, Block *ste, int kind, const char *name,
                                   Arguments *args, StmtList *body, Expr *lambda_body, Pos pos,
                                   int firstlineno);

/* Defaults and keyword-only defaults: returns the MAKE_FUNCTION flags they need. */
static int compile_defaults(Compiler *c, Arguments *a)
{
    int flags = 0;
    if (!a) return 0;
    if (a->defaults.len) {
        Value t = VNULL;
        Expr tmp;
        memset(&tmp, 0, sizeof tmp);
        tmp.kind = E_TUPLE;
        tmp.v.list.elts = a->defaults;
        tmp.v.list.ctx = CTX_LOAD;
        int r = fold_const(c, &tmp, &t);
        if (r < 0) { c->failed = 2; return 0; }
        if (r == 1) load_const(c, t);
        else {
            for (int i = 0; i < a->defaults.len; i++) compile_expr(c, a->defaults.items[i]);
            emit(c, OP_BUILD_TUPLE, (uint32_t)a->defaults.len);
        }
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.len; i++) {
        Expr *d = i < a->kw_defaults.len ? a->kw_defaults.items[i] : NULL;
        if (!d) continue;
        load_const(c, str_intern_cstr(mangle(c, c->u->private_, a->kwonlyargs.items[i]->name)));
        compile_expr(c, d);
        nkw++;
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, (uint32_t)nkw);
        flags |= 2;
    }
    return flags;
}

static int annotation_item(Compiler *c, const char *name, Expr *ann)
{
    if (!ann) return 0;
    load_const(c, str_intern_cstr(mangle(c, c->u->private_, name)));
    compile_expr(c, ann);
    return 1;
}

/* Parameter and return annotations, evaluated at def time into a dict (in CPython 3.11's
 * order: positional-or-keyword before positional-only): returns the MAKE_FUNCTION flag. */
static int compile_annotations(Compiler *c, Arguments *a, Expr *returns)
{
    int n = 0;
    if (a) {
        ArgList *ls[2] = { &a->args, &a->posonlyargs };
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < ls[k]->len; i++)
                n += annotation_item(c, ls[k]->items[i]->name, ls[k]->items[i]->annotation);
        if (a->vararg) n += annotation_item(c, a->vararg->name, a->vararg->annotation);
        for (int i = 0; i < a->kwonlyargs.len; i++)
            n += annotation_item(c, a->kwonlyargs.items[i]->name, a->kwonlyargs.items[i]->annotation);
        if (a->kwarg) n += annotation_item(c, a->kwarg->name, a->kwarg->annotation);
    }
    n += annotation_item(c, "return", returns);
    if (!n) return 0;
    emit(c, OP_BUILD_MAP, (uint32_t)n);
    return 4;
}

static bool args_have_debug(Arguments *a)
{
    if (!a) return false;
    ArgList *ls[3] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < ls[k]->len; i++)
            if (strcmp(ls[k]->items[i]->name, "__debug__") == 0) return true;
    if (a->vararg && strcmp(a->vararg->name, "__debug__") == 0) return true;
    if (a->kwarg && strcmp(a->kwarg->name, "__debug__") == 0) return true;
    return false;
}

static void compile_lambda(Compiler *c, Expr *e)
{
    Arguments *a = e->v.lambda.args;
    if (args_have_debug(a)) { syntax_error(c, e->pos, "cannot assign to __debug__%s", ""); return; }
    int flags = compile_defaults(c, a);
    Block *ste = child_block(c, e);
    if (!ste || c->failed) return;
    Code *code = compile_function_body(c, ste, U_LAMBDA, "<lambda>", a, NULL, e->v.lambda.body, e->pos,
                                       e->pos.lineno);
    make_closure(c, code, flags);
}

static const char *comp_name(int kind)
{
    switch (kind) {
    case E_LISTCOMP: return "<listcomp>";
    case E_SETCOMP: return "<setcomp>";
    case E_DICTCOMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static void store_target(Compiler *c, Expr *t);

/* CPython iterates a list display in a comprehension as a tuple (a constant one when
 * it can): what `async for` over it names in its TypeError. */
static void compile_comp_iter(Compiler *c, Expr *it, bool is_async)
{
    if (is_async && it->kind == E_LIST && it->v.list.ctx == CTX_LOAD) {
        ExprList *l = &it->v.list.elts;
        bool starred = false;
        for (int k = 0; k < l->len; k++)
            if (l->items[k]->kind == E_STARRED) starred = true;
        if (!starred) {
            if (all_const_elts(l)) {
                compile_iterable_operand(c, it);
                return;
            }
            for (int k = 0; k < l->len; k++) compile_expr(c, l->items[k]);
            InsnPos saved = c->u->loc;
            set_loc(c, it->pos);
            emit(c, OP_BUILD_TUPLE, (uint32_t)l->len);
            c->u->loc = saved;
            return;
        }
    }
    compile_expr(c, it);
}

static void comp_generator(Compiler *c, Expr *e, int i, int depth)
{
    ComprehensionList *gens = &e->v.comp.generators;
    Comprehension *g = gens->items[i];
    int start = new_label(c), anchor = new_label(c);
    if (i == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        compile_comp_iter(c, g->iter, g->is_async);
        emit(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    place(c, start);
    if (g->is_async) {
        push_handler(c, anchor);
        emit(c, OP_GET_ANEXT, 0);
        load_const(c, NONE);
        emit_send_loop(c);
        pop_handler(c);
    } else {
        emit(c, OP_FOR_ITER, (uint32_t)anchor);
    }
    store_target(c, g->target);
    for (int k = 0; k < g->ifs.len; k++) jump_if(c, g->ifs.items[k], start, false);
    if (i + 1 < gens->len) {
        comp_generator(c, e, i + 1, depth + 1);
    } else {
        InsnPos saved = c->u->loc;
        switch (e->kind) {
        case E_GENEXP:
            compile_expr(c, e->v.comp.elt);
            emit(c, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        case E_LISTCOMP:
            compile_expr(c, e->v.comp.elt);
            emit(c, OP_LIST_APPEND, (uint32_t)(depth + 1));
            break;
        case E_SETCOMP:
            compile_expr(c, e->v.comp.elt);
            emit(c, OP_SET_ADD, (uint32_t)(depth + 1));
            break;
        default:
            compile_expr(c, e->v.comp.key);
            compile_expr(c, e->v.comp.value);
            emit(c, OP_MAP_ADD, (uint32_t)(depth + 1));
            break;
        }
        c->u->loc = saved;
    }
    emit(c, OP_JUMP, (uint32_t)start);
    place(c, anchor);
    if (g->is_async) emit(c, OP_END_ASYNC_FOR, 0);
}

static void compile_comprehension(Compiler *c, Expr *e)
{
    Block *ste = child_block(c, e);
    if (!ste || c->failed) return;
    ComprehensionList *gens = &e->v.comp.generators;
    bool is_async = ste->is_coroutine;
    int ukind = c->u->kind;
    if (is_async && e->kind != E_GENEXP && ukind != U_ASYNC_FUNCTION && ukind != U_COMP) {
        syntax_error(c, e->pos, "asynchronous comprehension outside of an asynchronous function%s", "");
        return;
    }
    Unit *u = enter_unit(c, ste, U_COMP, comp_name(e->kind), e->pos);
    if (!u) return;
    u->argcount = 1;
    u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (ste->nested) u->flags |= CO_NESTED;
    if (e->kind == E_GENEXP) u->flags |= is_async ? CO_ASYNC_GENERATOR : CO_GENERATOR;
    else if (is_async) u->flags |= CO_COROUTINE;
    if (e->kind == E_LISTCOMP) emit(c, OP_BUILD_LIST, 0);
    else if (e->kind == E_SETCOMP) emit(c, OP_BUILD_SET, 0);
    else if (e->kind == E_DICTCOMP) emit(c, OP_BUILD_MAP, 0);
    comp_generator(c, e, 0, 1);
    if (e->kind == E_GENEXP) load_const(c, NONE);
    emit(c, OP_RETURN_VALUE, 0);
    Code *code = exit_unit(c);
    make_closure(c, code, 0);
    compile_comp_iter(c, gens->items[0]->iter, gens->items[0]->is_async);
    InsnPos saved = c->u->loc;
    set_loc(c, e->pos);
    emit(c, gens->items[0]->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    emit(c, OP_CALL, 1);
    if (is_async && e->kind != E_GENEXP) emit_await(c, 0);
    c->u->loc = saved;
}

static bool in_async_context(Compiler *c) { return c->u->kind == U_ASYNC_FUNCTION; }

/* Counts one more level of nested compile_expr/compile_stmt; false, with RecursionError
 * raised, when that is too deep. */
static bool nest_enter(Compiler *c)
{
    if (++c->nesting <= MAX_NESTING) return true;
    c->nesting--;
    c->failed = 2;
    err_set(ExcRecursionError, "maximum recursion depth exceeded during compilation");
    return false;
}

static void compile_expr(Compiler *c, Expr *e)
{
    if (c->failed || !nest_enter(c)) return;
    Unit *u = c->u;
    InsnPos saved = u->loc;
    set_loc(c, e->pos);
    switch (e->kind) {
    case E_BOOLOP: {
        int end = new_label(c);
        ExprList *v = &e->v.boolop.values;
        for (int i = 0; i < v->len - 1; i++) {
            compile_expr(c, v->items[i]);
            emit(c, e->v.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, (uint32_t)end);
        }
        compile_expr(c, v->items[v->len - 1]);
        place(c, end);
        break;
    }
    case E_NAMEDEXPR:
        compile_expr(c, e->v.namedexpr.value);
        emit(c, OP_COPY, 1);
        store_target(c, e->v.namedexpr.target);
        break;
    case E_BINOP: {
        Value v;
        int r = fold_const(c, e, &v);
        if (r < 0) { c->failed = 2; break; }
        if (r == 1) { load_const(c, v); break; }
        compile_expr(c, e->v.binop.left);
        compile_expr(c, e->v.binop.right);
        emit(c, OP_BINARY_OP, (uint32_t)e->v.binop.op);
        break;
    }
    case E_UNARYOP: {
        Value v;
        int r = fold_const(c, e, &v);
        if (r < 0) { c->failed = 2; break; }
        if (r == 1) { load_const(c, v); break; }
        compile_expr(c, e->v.unaryop.operand);
        emit(c, OP_UNARY_OP, (uint32_t)e->v.unaryop.op);
        break;
    }
    case E_LAMBDA: compile_lambda(c, e); break;
    case E_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        jump_if(c, e->v.ifexp.test, orelse, false);
        compile_expr(c, e->v.ifexp.body);
        emit(c, OP_JUMP, (uint32_t)end);
        place(c, orelse);
        compile_expr(c, e->v.ifexp.orelse);
        place(c, end);
        break;
    }
    case E_DICT: compile_dict(c, e); break;
    case E_SET: compile_display(c, &e->v.set.elts, E_SET); break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
        compile_comprehension(c, e);
        break;
    case E_AWAIT:
        if (u->ste->type != BLK_FUNCTION) { syntax_error(c, e->pos, "'await' outside function%s", ""); break; }
        if (u->kind != U_ASYNC_FUNCTION && u->kind != U_COMP) {
            syntax_error(c, e->pos, "'await' outside async function%s", "");
            break;
        }
        compile_expr(c, e->v.await_.value);
        set_loc(c, e->pos);
        emit_await(c, 0);
        break;
    case E_YIELD:
        if (u->ste->type != BLK_FUNCTION) { syntax_error(c, e->pos, "'yield' outside function%s", ""); break; }
        if (e->v.yield.value) compile_expr(c, e->v.yield.value);
        else load_const(c, NONE);
        emit(c, OP_YIELD_VALUE, 0);
        break;
    case E_YIELDFROM:
        if (u->ste->type != BLK_FUNCTION) { syntax_error(c, e->pos, "'yield' outside function%s", ""); break; }
        if (u->kind == U_ASYNC_FUNCTION) {
            syntax_error(c, e->pos, "'yield from' inside async function%s", "");
            break;
        }
        compile_expr(c, e->v.yieldfrom.value);
        emit(c, OP_GET_YIELD_FROM_ITER, 0);
        load_const(c, NONE);
        emit_send_loop(c);
        break;
    case E_COMPARE: compile_compare(c, e); break;
    case E_CALL: compile_call(c, e); break;
    case E_FORMATTEDVALUE: compile_formatted(c, e); break;
    case E_JOINEDSTR: compile_joined(c, e); break;
    case E_CONSTANT: load_const(c, literal_value(c, e)); break;
    case E_ATTRIBUTE:
        if (e->v.attribute.ctx == CTX_LOAD) {
            compile_expr(c, e->v.attribute.value);
            emit_at(c, OP_LOAD_ATTR, attr_index(c, e->v.attribute.attr), attr_loc(e, e->pos));
        } else {
            store_target(c, e);
        }
        break;
    case E_SUBSCRIPT:
        compile_expr(c, e->v.subscript.value);
        compile_slice_or_expr(c, e->v.subscript.slice);
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case E_STARRED:
        syntax_error(c, e->pos, "can't use starred expression here%s", "");
        break;
    case E_NAME: nameop(c, e->v.name.id, CTX_LOAD, e->pos); break;
    case E_LIST: compile_display(c, &e->v.list.elts, E_LIST); break;
    case E_TUPLE: {
        Value v;
        int r = fold_const(c, e, &v);
        if (r < 0) { c->failed = 2; break; }
        if (r == 1) load_const(c, v);
        else compile_display(c, &e->v.list.elts, E_TUPLE);
        break;
    }
    case E_SLICE: compile_slice_or_expr(c, e); break;
    }
    u->loc = saved;
    c->nesting--;
}

static bool const_truthy(Expr *e, int *truth);

/* Jump to label when bool(e) == cond, else fall through. */
static void jump_if(Compiler *c, Expr *e, int label, bool cond)
{
    if (c->failed) return;
    int truth;
    if (const_truthy(e, &truth)) {
        /* A literal test (if 0:, if __debug__:) needs no code; dead branches are dropped later. */
        if ((truth != 0) == cond) emit(c, OP_JUMP, (uint32_t)label);
        return;
    }
    if (e->kind == E_UNARYOP && e->v.unaryop.op == UOP_NOT) {
        jump_if(c, e->v.unaryop.operand, label, !cond);
        return;
    }
    if (e->kind == E_BOOLOP) {
        ExprList *v = &e->v.boolop.values;
        bool is_or = e->v.boolop.op == BOOL_OR;
        if (is_or == cond) {
            for (int i = 0; i < v->len; i++) jump_if(c, v->items[i], label, cond);
        } else {
            int next = new_label(c);
            for (int i = 0; i < v->len - 1; i++) jump_if(c, v->items[i], next, !cond);
            jump_if(c, v->items[v->len - 1], label, cond);
            place(c, next);
        }
        return;
    }
    compile_expr(c, e);
    /* CPython 3.11 leaves a comparison's location in place after the jump (so a failing
     * `assert x == 2` points at `x == 2`); other tests jump at the enclosing location. */
    if (e->kind == E_COMPARE) set_loc(c, e->pos);
    emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, (uint32_t)label);
}

/* ---------------------------------------------------------------- targets */

static void store_sequence(Compiler *c, Expr *t)
{
    ExprList *elts = &t->v.list.elts;
    int n = elts->len, star = -1;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind == E_STARRED) {
            if (star >= 0) {
                syntax_error(c, elts->items[i]->pos, "multiple starred expressions in assignment%s", "");
                return;
            }
            star = i;
        }
    }
    if (star < 0) {
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n);
    } else {
        int after = n - star - 1;
        if (star >= 256 || after >= (1 << 15)) {
            syntax_error(c, t->pos, "too many expressions in star-unpacking assignment%s", "");
            return;
        }
        emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (int i = 0; i < n; i++) {
        Expr *x = elts->items[i];
        store_target(c, x->kind == E_STARRED ? x->v.starred.value : x);
    }
}

/* Stores TOS into the target t. */
static void store_target(Compiler *c, Expr *t)
{
    if (c->failed) return;
    InsnPos saved = c->u->loc;
    set_loc(c, t->pos);
    switch (t->kind) {
    case E_NAME: nameop(c, t->v.name.id, CTX_STORE, t->pos); break;
    case E_ATTRIBUTE:
        if (strcmp(t->v.attribute.attr, "__debug__") == 0) {
            syntax_error(c, t->pos, "cannot assign to __debug__%s", "");
            break;
        }
        compile_expr(c, t->v.attribute.value);
        emit_at(c, OP_STORE_ATTR, attr_index(c, t->v.attribute.attr), attr_loc(t, t->pos));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->v.subscript.value);
        compile_slice_or_expr(c, t->v.subscript.slice);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case E_LIST: case E_TUPLE: store_sequence(c, t); break;
    case E_STARRED:
        syntax_error(c, t->pos, "starred assignment target must be in a list or tuple%s", "");
        break;
    default:
        syntax_error(c, t->pos, "cannot assign to expression%s", "");
        break;
    }
    c->u->loc = saved;
}

static void delete_target(Compiler *c, Expr *t)
{
    if (c->failed) return;
    InsnPos saved = c->u->loc;
    set_loc(c, t->pos);
    switch (t->kind) {
    case E_NAME: nameop(c, t->v.name.id, CTX_DEL, t->pos); break;
    case E_ATTRIBUTE:
        compile_expr(c, t->v.attribute.value);
        emit_at(c, OP_DELETE_ATTR, attr_index(c, t->v.attribute.attr), attr_loc(t, t->pos));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->v.subscript.value);
        compile_slice_or_expr(c, t->v.subscript.slice);
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < t->v.list.elts.len; i++) delete_target(c, t->v.list.elts.items[i]);
        break;
    default:
        syntax_error(c, t->pos, "cannot delete expression%s", "");
        break;
    }
    c->u->loc = saved;
}

/* ---------------------------------------------------------------- statements */

static void compile_stmt(Compiler *c, Stmt *s);

static void compile_body(Compiler *c, StmtList *l)
{
    for (int i = 0; i < l->len && !c->failed; i++) compile_stmt(c, l->items[i]);
}

static void emit_with_exit_call(Compiler *c, bool async)
{
    load_const(c, NONE);
    load_const(c, NONE);
    load_const(c, NONE);
    emit(c, OP_CALL, 3);
    if (async) emit_await(c, 2);
    emit(c, OP_POP_TOP, 0);
}

static void set_handlers_height(Compiler *c, int h) { c->u->nh = h; }

/* Emits the cleanup of fblock f for break/continue/return; preserve: a return value is on top. */
static void unwind_fblock(Compiler *c, FBlock *f, bool preserve)
{
    switch (f->kind) {
    case FB_WHILE:
    case FB_TRY_EXCEPT:
        set_handlers_height(c, f->hheight);
        break;
    case FB_FOR:
    case FB_ASYNC_FOR:
    case FB_POP_VALUE:
        set_handlers_height(c, f->hheight);
        if (preserve) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_TRY: {
        set_handlers_height(c, f->hheight);
        if (preserve) push_fblock(c, FB_POP_VALUE, 0, 0, NULL, f->hheight, (Pos){0, 0, 0, 0});
        compile_body(c, (StmtList *)f->datum);
        if (preserve) pop_fblock(c);
        break;
    }
    case FB_FINALLY_END:
        if (preserve) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        if (preserve) emit(c, OP_SWAP, 2);
        set_handlers_height(c, f->hheight);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_WITH:
    case FB_ASYNC_WITH:
        set_handlers_height(c, f->hheight);
        if (preserve) emit(c, OP_SWAP, 2);
        emit_with_exit_call(c, f->kind == FB_ASYNC_WITH);
        break;
    case FB_HANDLER_CLEANUP:
        set_handlers_height(c, f->hheight);
        if (preserve) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        if (f->datum) {
            load_const(c, NONE);
            nameop(c, (const char *)f->datum, CTX_STORE, (Pos){0, 0, 0, 0});
            nameop(c, (const char *)f->datum, CTX_DEL, (Pos){0, 0, 0, 0});
        }
        break;
    }
}

/* Unwinds the blocks above index stop (exclusive: stop = -1 unwinds all) and then runs
 * tail(); the handler and block stacks are restored afterwards since the code that follows
 * is still inside them. */
typedef struct Saved { FBlock fb[MAX_FBLOCKS]; int nfb; int *hs; int nh; } Saved;

static bool save_state(Compiler *c, Saved *sv)
{
    Unit *u = c->u;
    if (u->nfb) memcpy(sv->fb, u->fb, sizeof(FBlock) * (size_t)u->nfb);
    sv->nfb = u->nfb;
    sv->nh = u->nh;
    sv->hs = malloc(sizeof(int) * (size_t)(u->nh + 1));
    if (!sv->hs) { cc_nomem(c); return false; }
    if (u->nh) memcpy(sv->hs, u->hstack, sizeof(int) * (size_t)u->nh);
    return true;
}

static void restore_state(Compiler *c, Saved *sv)
{
    Unit *u = c->u;
    if (sv->nfb) memcpy(u->fb, sv->fb, sizeof(FBlock) * (size_t)sv->nfb);
    u->nfb = sv->nfb;
    if (u->caph >= sv->nh && sv->nh) {
        memcpy(u->hstack, sv->hs, sizeof(int) * (size_t)sv->nh);
        u->nh = sv->nh;
    }
    free(sv->hs);
}

static void unwind_to(Compiler *c, int stop, bool preserve)
{
    Unit *u = c->u;
    for (int i = u->nfb - 1; i > stop && !c->failed; i--) {
        FBlock f = u->fb[i];
        u->nfb = i;
        unwind_fblock(c, &f, preserve);
    }
}

static void compile_return(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    if (u->ste->type != BLK_FUNCTION) { syntax_error(c, s->pos, "'return' outside function%s", ""); return; }
    Expr *v = s->v.ret.value;
    if (v && u->ste->is_coroutine && u->ste->is_generator) {
        syntax_error(c, s->pos, "'return' with value in async generator%s", "");
        return;
    }
    if (v) compile_expr(c, v);
    else load_const(c, NONE);
    Saved sv;
    if (!save_state(c, &sv)) return;
    unwind_to(c, -1, true);
    set_loc(c, s->pos);
    emit(c, OP_RETURN_VALUE, 0);
    restore_state(c, &sv);
}

static int find_loop(Compiler *c)
{
    for (int i = c->u->nfb - 1; i >= 0; i--) {
        int k = c->u->fb[i].kind;
        if (k == FB_WHILE || k == FB_FOR || k == FB_ASYNC_FOR) return i;
    }
    return -1;
}

static void compile_break_continue(Compiler *c, Stmt *s, bool is_break)
{
    int li = find_loop(c);
    if (li < 0) {
        syntax_error(c, s->pos, is_break ? "'break' outside loop%s" : "'continue' not properly in loop%s", "");
        return;
    }
    Saved sv;
    if (!save_state(c, &sv)) return;
    FBlock loop = c->u->fb[li];
    unwind_to(c, li, false);
    set_loc(c, s->pos);
    if (is_break) {
        unwind_fblock(c, &loop, false);
        emit(c, OP_JUMP, (uint32_t)loop.l2);
    } else {
        emit(c, OP_JUMP, (uint32_t)loop.l1);
    }
    restore_state(c, &sv);
}

static bool const_truthy(Expr *e, int *truth)
{
    if (e->kind == E_CONSTANT) {
        Constant *k = &e->v.constant;
        switch (k->kind) {
        case CONST_TRUE: *truth = 1; return true;
        case CONST_FALSE: case CONST_NONE: *truth = 0; return true;
        case CONST_INT: {
            const char *p = k->text;
            if (p[0] == '0' && p[1] && strchr("xXoObB", p[1])) p += 2;
            int nz = 0;
            for (; *p; p++)
                if (*p != '0') nz = 1;
            *truth = nz;
            return true;
        }
        case CONST_STR: case CONST_BYTES: *truth = k->len > 0; return true;
        default: return false;
        }
    }
    if (e->kind == E_NAME && strcmp(e->v.name.id, "__debug__") == 0) { *truth = 1; return true; }
    return false;
}

/* The test is compiled twice (before the loop and at its bottom, as CPython 3.11 does)
 * so each iteration costs one conditional jump and no unconditional one. */
static void compile_while(Compiler *c, Stmt *s)
{
    int body = new_label(c), cont = new_label(c), orelse = new_label(c), end = new_label(c);
    int truth = -1;
    bool forever = const_truthy(s->v.while_.test, &truth) && truth;
    if (!forever) jump_if(c, s->v.while_.test, orelse, false);
    place(c, body);
    if (push_fblock(c, FB_WHILE, cont, end, NULL, c->u->nh, s->pos) < 0) return;
    compile_body(c, &s->v.while_.body);
    pop_fblock(c);
    place(c, cont);
    if (forever) {
        set_loc(c, s->pos);
        emit(c, OP_JUMP, (uint32_t)body);
    } else {
        jump_if(c, s->v.while_.test, body, true);
    }
    place(c, orelse);
    compile_body(c, &s->v.while_.orelse);
    place(c, end);
}

static void compile_for(Compiler *c, Stmt *s)
{
    bool async = s->v.for_.is_async;
    if (async && !in_async_context(c)) {
        syntax_error(c, s->pos, "'async for' outside async function%s", "");
        return;
    }
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    /* A constant list stays a list for `async for`: its error message names the type. */
    if (async) compile_expr(c, s->v.for_.iter);
    else compile_iterable_operand(c, s->v.for_.iter);
    set_loc(c, s->pos);
    emit(c, async ? OP_GET_AITER : OP_GET_ITER, 0);
    place(c, start);
    if (async) {
        push_handler(c, cleanup);
        emit(c, OP_GET_ANEXT, 0);
        load_const(c, NONE);
        emit_send_loop(c);
        pop_handler(c);
    } else {
        set_loc(c, s->pos);
        emit(c, OP_FOR_ITER, (uint32_t)cleanup);
    }
    if (push_fblock(c, async ? FB_ASYNC_FOR : FB_FOR, start, end, NULL, c->u->nh, s->pos) < 0) return;
    store_target(c, s->v.for_.target);
    compile_body(c, &s->v.for_.body);
    pop_fblock(c);
    set_loc(c, s->pos);
    emit(c, OP_JUMP, (uint32_t)start);
    place(c, cleanup);
    if (async) emit(c, OP_END_ASYNC_FOR, 0);
    compile_body(c, &s->v.for_.orelse);
    place(c, end);
}

static void compile_if(Compiler *c, Stmt *s)
{
    int orelse = new_label(c), end = new_label(c);
    jump_if(c, s->v.if_.test, orelse, false);
    compile_body(c, &s->v.if_.body);
    if (s->v.if_.orelse.len) {
        emit(c, OP_JUMP, (uint32_t)end);
        place(c, orelse);
        compile_body(c, &s->v.if_.orelse);
    } else {
        place(c, orelse);
    }
    place(c, end);
}

static void compile_with(Compiler *c, Stmt *s, int idx)
{
    bool async = s->v.with.is_async;
    if (async && !in_async_context(c)) {
        syntax_error(c, s->pos, "'async with' outside async function%s", "");
        return;
    }
    WithItem *item = s->v.with.items.items[idx];
    int w = new_label(c), cl = new_label(c), sup = new_label(c), end = new_label(c);
    compile_expr(c, item->context_expr);
    set_loc(c, s->pos);
    if (async) {
        emit(c, OP_BEFORE_ASYNC_WITH, 0);
        emit_await(c, 1);
    } else {
        emit(c, OP_BEFORE_WITH, 0);
    }
    int h = c->u->nh;
    /* The handler keeps [exit] below the exception. */
    c->u->depth--;
    push_handler(c, w);
    c->u->depth++;
    if (push_fblock(c, async ? FB_ASYNC_WITH : FB_WITH, 0, 0, NULL, h, s->pos) < 0) return;
    if (item->optional_vars) store_target(c, item->optional_vars);
    else emit(c, OP_POP_TOP, 0);
    if (idx + 1 < s->v.with.items.len) compile_with(c, s, idx + 1);
    else compile_body(c, &s->v.with.body);
    pop_fblock(c);
    pop_handler(c);
    set_loc(c, s->pos);
    emit_with_exit_call(c, async);
    emit(c, OP_JUMP, (uint32_t)end);
    place(c, w);                                  /* [exit, exc] */
    push_handler(c, cl);
    emit(c, OP_PUSH_EXC_INFO, 0);                 /* [exit, prev, exc] */
    emit(c, OP_WITH_EXCEPT_START, 0);             /* [exit, prev, exc, res] */
    if (async) emit_await(c, 2);
    emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)sup);
    pop_handler(c);
    place(c, cl);
    emit(c, OP_POP_EXCEPT_RERAISE, 0);
    place(c, sup);                                /* [exit, prev, exc] */
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    place(c, end);
}

/* CPython's cleanup at the end of an except block is artificial: it keeps the line of the
 * body's last instruction (what a finalizer run by POP_EXCEPT reports, and no new line
 * event). Followed for a simple last statement; a compound one keeps the except line. */
static Pos handler_end_pos(ExceptHandler *h)
{
    if (h->body.len == 0) return h->pos;
    Stmt *last = h->body.items[h->body.len - 1];
    switch (last->kind) {
    case S_FUNCTIONDEF: case S_CLASSDEF: case S_FOR: case S_WHILE: case S_IF: case S_WITH:
    case S_TRY:
        return h->pos;
    default:
        return last->pos;
    }
}

static void compile_try_except(Compiler *c, Stmt *s)
{
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c);
    int h0 = c->u->nh;
    push_handler(c, handler);
    if (push_fblock(c, FB_TRY_EXCEPT, 0, 0, NULL, h0, s->pos) < 0) return;
    compile_body(c, &s->v.try_.body);
    pop_fblock(c);
    pop_handler(c);
    compile_body(c, &s->v.try_.orelse);
    set_loc(c, s->pos);
    emit(c, OP_JUMP, (uint32_t)end);
    place(c, handler);                            /* [exc] */
    push_handler(c, cleanup);
    emit(c, OP_PUSH_EXC_INFO, 0);                 /* [prev, exc] */
    HandlerList *hl = &s->v.try_.handlers;
    for (int i = 0; i < hl->len - 1; i++)
        if (!hl->items[i]->type) {
            syntax_error(c, hl->items[i]->pos, "default 'except:' must be last%s", "");
            return;
        }
    for (int i = 0; i < hl->len && !c->failed; i++) {
        ExceptHandler *h = hl->items[i];
        int next = new_label(c);
        set_loc(c, h->pos);
        if (h->type) {
            compile_expr(c, h->type);
            set_loc(c, h->pos);
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)next);
        }
        if (h->name) {
            if (strcmp(h->name, "__debug__") == 0) { syntax_error(c, h->pos, "cannot assign to __debug__%s", ""); return; }
            nameop(c, h->name, CTX_STORE, h->pos);     /* [prev] */
            int named_cleanup = new_label(c);
            push_handler(c, named_cleanup);
            if (push_fblock(c, FB_HANDLER_CLEANUP, 0, 0, h->name, h0, h->pos) < 0) return;
            compile_body(c, &h->body);
            pop_fblock(c);
            pop_handler(c);
            set_loc(c, handler_end_pos(h));
            emit(c, OP_POP_EXCEPT, 0);
            load_const(c, NONE);
            nameop(c, h->name, CTX_STORE, h->pos);
            nameop(c, h->name, CTX_DEL, h->pos);
            emit(c, OP_JUMP, (uint32_t)end);
            set_loc(c, h->pos);
            place(c, named_cleanup);                   /* [prev, exc2] */
            load_const(c, NONE);
            nameop(c, h->name, CTX_STORE, h->pos);
            nameop(c, h->name, CTX_DEL, h->pos);
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);                    /* [prev] */
            if (push_fblock(c, FB_HANDLER_CLEANUP, 0, 0, NULL, h0, h->pos) < 0) return;
            compile_body(c, &h->body);
            pop_fblock(c);
            set_loc(c, handler_end_pos(h));
            emit(c, OP_POP_EXCEPT, 0);
            emit(c, OP_JUMP, (uint32_t)end);
        }
        if (h->type) place(c, next);                   /* [prev, exc] */
    }
    set_loc(c, s->pos);
    pop_handler(c);
    place(c, cleanup);                                 /* [prev, exc] */
    emit(c, OP_POP_EXCEPT_RERAISE, 0);
    place(c, end);
}

static void compile_try_finally(Compiler *c, Stmt *s)
{
    int fin = new_label(c), end = new_label(c), cleanup = new_label(c);
    int h0 = c->u->nh;
    StmtList *fb = &s->v.try_.finalbody;
    push_handler(c, fin);
    if (push_fblock(c, FB_FINALLY_TRY, 0, 0, fb, h0, s->pos) < 0) return;
    if (s->v.try_.handlers.len) compile_try_except(c, s);
    else {
        compile_body(c, &s->v.try_.body);
        compile_body(c, &s->v.try_.orelse);
    }
    pop_fblock(c);
    pop_handler(c);
    compile_body(c, fb);
    set_loc(c, s->pos);
    emit(c, OP_JUMP, (uint32_t)end);
    place(c, fin);                                     /* [exc] */
    push_handler(c, cleanup);
    emit(c, OP_PUSH_EXC_INFO, 0);                      /* [prev, exc] */
    if (push_fblock(c, FB_FINALLY_END, 0, 0, NULL, h0, s->pos) < 0) return;
    compile_body(c, fb);
    pop_fblock(c);
    set_loc(c, s->pos);
    pop_handler(c);
    place(c, cleanup);
    emit(c, OP_POP_EXCEPT_RERAISE, 0);
    place(c, end);
}

static void compile_augassign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.augassign.target;
    uint32_t op = (uint32_t)s->v.augassign.op | 16;
    InsnPos stmtpos = c->u->loc;
    switch (t->kind) {
    case E_NAME:
        set_loc(c, t->pos);
        nameop(c, t->v.name.id, CTX_LOAD, t->pos);
        compile_expr(c, s->v.augassign.value);
        c->u->loc = stmtpos;
        emit(c, OP_BINARY_OP, op);
        set_loc(c, t->pos);
        nameop(c, t->v.name.id, CTX_STORE, t->pos);
        break;
    case E_ATTRIBUTE:
        compile_expr(c, t->v.attribute.value);
        set_loc(c, t->pos);
        emit(c, OP_COPY, 1);
        emit(c, OP_LOAD_ATTR, attr_index(c, t->v.attribute.attr));
        compile_expr(c, s->v.augassign.value);
        c->u->loc = stmtpos;
        emit(c, OP_BINARY_OP, op);
        set_loc(c, t->pos);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_ATTR, attr_index(c, t->v.attribute.attr));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->v.subscript.value);
        compile_slice_or_expr(c, t->v.subscript.slice);
        set_loc(c, t->pos);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit(c, OP_BINARY_SUBSCR, 0);
        compile_expr(c, s->v.augassign.value);
        c->u->loc = stmtpos;
        emit(c, OP_BINARY_OP, op);
        set_loc(c, t->pos);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        syntax_error(c, t->pos, "'%s' is an illegal expression for augmented assignment", "expression");
        break;
    }
    c->u->loc = stmtpos;
}

static void compile_import(Compiler *c, Stmt *s)
{
    AliasList *names = &s->v.import.names;
    for (int i = 0; i < names->len && !c->failed; i++) {
        Alias *a = names->items[i];
        load_const(c, MAKE_SMALL(0));
        load_const(c, NONE);
        emit(c, OP_IMPORT_NAME, name_index(c, a->name));
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            /* import a.b.c as d: IMPORT_NAME pushed a; walk down to c. */
            while (dot) {
                const char *start = dot + 1;
                const char *next = strchr(start, '.');
                size_t n = next ? (size_t)(next - start) : strlen(start);
                char *comp = malloc(n + 1);
                if (!comp) { cc_nomem(c); return; }
                memcpy(comp, start, n);
                comp[n] = 0;
                if (!own_str(c, comp)) return;
                emit(c, OP_LOAD_ATTR, name_index(c, comp));
                dot = next;
            }
            nameop(c, a->asname, CTX_STORE, a->pos);
        } else if (dot) {
            size_t n = (size_t)(dot - a->name);
            char *first = malloc(n + 1);
            if (!first) { cc_nomem(c); return; }
            memcpy(first, a->name, n);
            first[n] = 0;
            if (!own_str(c, first)) return;
            nameop(c, first, CTX_STORE, a->pos);
        } else {
            nameop(c, a->name, CTX_STORE, a->pos);
        }
    }
}

static void compile_importfrom(Compiler *c, Stmt *s)
{
    AliasList *names = &s->v.importfrom.names;
    int n = names->len;
    load_const(c, MAKE_SMALL(s->v.importfrom.level));
    Value t = tuple_new((size_t)n);
    if (!t) { c->failed = 2; return; }
    for (int i = 0; i < n; i++)
        if (!cc_tuple_put(c, t, i, n, str_intern_cstr(names->items[i]->name))) return;
    load_const(c, t);
    const char *mod = s->v.importfrom.module ? s->v.importfrom.module : "";
    emit(c, OP_IMPORT_NAME, name_index(c, mod));
    if (n == 1 && strcmp(names->items[0]->name, "*") == 0) {
        emit(c, OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < n && !c->failed; i++) {
        Alias *a = names->items[i];
        emit(c, OP_IMPORT_FROM, name_index(c, a->name));
        nameop(c, a->asname ? a->asname : a->name, CTX_STORE, a->pos);
    }
    emit(c, OP_POP_TOP, 0);
}

static bool is_docstring(StmtList *body)
{
    if (body->len == 0) return false;
    Stmt *s = body->items[0];
    return s->kind == S_EXPR && s->v.expr.value->kind == E_CONSTANT &&
           s->v.expr.value->v.constant.kind == CONST_STR;
}

static void emit_implicit_return(Compiler *c, StmtList *body)
{
    if (body && body->len) {
        Stmt *last = body->items[body->len - 1];
        c->u->loc = to_ipos(last->pos);
    }
    load_const(c, NONE);
    emit(c, OP_RETURN_VALUE, 0);
}

static Code *compile_function_body(Compiler *c, Block *ste, int kind, const char *name,
                                   Arguments *args, StmtList *body, Expr *lambda_body, Pos pos,
                                   int firstlineno)
{
    if (ste->is_coroutine && kind == U_FUNCTION) kind = U_ASYNC_FUNCTION;
    Unit *u = enter_unit(c, ste, kind, name, pos);
    if (!u) return NULL;
    u->firstlineno = firstlineno;
    u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (ste->nested) u->flags |= CO_NESTED;
    if (args) {
        u->posonly = args->posonlyargs.len;
        u->argcount = args->posonlyargs.len + args->args.len;
        u->kwonly = args->kwonlyargs.len;
        if (args->vararg) u->flags |= CO_VARARGS;
        if (args->kwarg) u->flags |= CO_VARKEYWORDS;
    }
    if (ste->is_generator && ste->is_coroutine) u->flags |= CO_ASYNC_GENERATOR;
    else if (ste->is_coroutine) u->flags |= CO_COROUTINE;
    else if (ste->is_generator) u->flags |= CO_GENERATOR;
    if (lambda_body) {
        compile_expr(c, lambda_body);
        /* a generator lambda too returns its body's value: `lambda: (yield)` gives
         * StopIteration(sent value), as CPython 3.11 */
        if (!ste->is_generator) set_loc(c, lambda_body->pos);
        emit(c, OP_RETURN_VALUE, 0);
    } else {
        int start = 0;
        if (is_docstring(body)) {
            Expr *d = body->items[0]->v.expr.value;
            add_const(c, make_str(d->v.constant.text, d->v.constant.len));
            u->flags |= CO_HAS_DOCSTRING;
            start = 1;
        }
        for (int i = start; i < body->len && !c->failed; i++) compile_stmt(c, body->items[i]);
        emit_implicit_return(c, body);
    }
    return exit_unit(c);
}

static void compile_funcdef(Compiler *c, Stmt *s)
{
    ExprList *decos = &s->v.funcdef.decorators;
    Arguments *a = s->v.funcdef.args;
    if (args_have_debug(a)) { syntax_error(c, s->pos, "cannot assign to __debug__%s", ""); return; }
    if (strcmp(s->v.funcdef.name, "__debug__") == 0) {
        syntax_error(c, s->pos, "cannot assign to __debug__%s", "");
        return;
    }
    for (int i = 0; i < decos->len; i++) compile_expr(c, decos->items[i]);
    int firstline = decos->len ? decos->items[0]->pos.lineno : s->pos.lineno;
    set_loc(c, s->pos);
    int flags = compile_defaults(c, a);
    flags |= compile_annotations(c, a, s->v.funcdef.returns);
    Block *ste = child_block(c, s);
    if (!ste || c->failed) return;
    Code *code = compile_function_body(c, ste, s->v.funcdef.is_async ? U_ASYNC_FUNCTION : U_FUNCTION,
                                       s->v.funcdef.name, a, &s->v.funcdef.body, NULL, s->pos, firstline);
    set_loc(c, s->pos);
    make_closure(c, code, flags);
    for (int i = decos->len - 1; i >= 0; i--) {
        set_loc(c, decos->items[i]->pos);
        emit(c, OP_CALL, 1);
    }
    set_loc(c, s->pos);
    nameop(c, s->v.funcdef.name, CTX_STORE, s->pos);
}

static bool find_ann(StmtList *l);

static void compile_classdef(Compiler *c, Stmt *s)
{
    ExprList *decos = &s->v.classdef.decorators;
    for (int i = 0; i < decos->len; i++) compile_expr(c, decos->items[i]);
    int firstline = decos->len ? decos->items[0]->pos.lineno : s->pos.lineno;
    Block *ste = child_block(c, s);
    if (!ste || c->failed) return;
    Unit *u = enter_unit(c, ste, U_CLASS, s->v.classdef.name, s->pos);
    if (!u) return;
    u->firstlineno = firstline;
    nameop(c, "__name__", CTX_LOAD, s->pos);
    nameop(c, "__module__", CTX_STORE, s->pos);
    load_const(c, str_from_cstr(u->qualname));
    nameop(c, "__qualname__", CTX_STORE, s->pos);
    StmtList *body = &s->v.classdef.body;
    if (find_ann(body)) emit(c, OP_SETUP_ANNOTATIONS, 0);
    int start = 0;
    if (is_docstring(body)) {
        Expr *d = body->items[0]->v.expr.value;
        set_loc(c, body->items[0]->pos);
        load_const(c, make_str(d->v.constant.text, d->v.constant.len));
        nameop(c, "__doc__", CTX_STORE, s->pos);
        start = 1;
    }
    for (int i = start; i < body->len && !c->failed; i++) compile_stmt(c, body->items[i]);
    if (body->len) {
        c->u->loc = to_ipos(body->items[body->len - 1]->pos);
    }
    if (ste->needs_class_closure) {
        emit(c, OP_LOAD_CLOSURE, (uint32_t)deref_index(c, "__class__"));
        emit(c, OP_STORE_NAME, name_index(c, "__classcell__"));
    }
    load_const(c, NONE);
    emit(c, OP_RETURN_VALUE, 0);
    Code *code = exit_unit(c);
    set_loc(c, s->pos);
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    make_closure(c, code, 0);
    load_const(c, str_intern_cstr(s->v.classdef.name));
    emit_call(c, 2, &s->v.classdef.bases, &s->v.classdef.keywords, s->pos, NULL);
    for (int i = decos->len - 1; i >= 0; i--) {
        set_loc(c, decos->items[i]->pos);
        emit(c, OP_CALL, 1);
    }
    set_loc(c, s->pos);
    nameop(c, s->v.classdef.name, CTX_STORE, s->pos);
}

/* Module and class bodies evaluate annotations and record simple ones in __annotations__
 * (as CPython without `from __future__ import annotations`); function bodies do not. */
static void compile_annassign(Compiler *c, Stmt *s)
{
    Expr *t = s->v.annassign.target;
    bool evaluate = c->u->kind == U_MODULE || c->u->kind == U_CLASS;
    if (s->v.annassign.value) {
        compile_expr(c, s->v.annassign.value);
        store_target(c, t);
    }
    if (t->kind == E_NAME) {
        if (strcmp(t->v.name.id, "__debug__") == 0) {
            syntax_error(c, t->pos, "cannot assign to __debug__%s", "");
            return;
        }
        if (evaluate && s->v.annassign.simple) {
            compile_expr(c, s->v.annassign.annotation);
            nameop(c, "__annotations__", CTX_LOAD, s->pos);
            load_const(c, str_intern_cstr(mangle(c, c->u->private_, t->v.name.id)));
            emit(c, OP_STORE_SUBSCR, 0);
            return;
        }
    } else if (!s->v.annassign.value) {
        if (t->kind == E_ATTRIBUTE) {
            compile_expr(c, t->v.attribute.value);
            emit(c, OP_POP_TOP, 0);
        } else if (t->kind == E_SUBSCRIPT) {
            compile_expr(c, t->v.subscript.value);
            emit(c, OP_POP_TOP, 0);
            compile_slice_or_expr(c, t->v.subscript.slice);
            emit(c, OP_POP_TOP, 0);
        }
    }
    if (evaluate) {
        compile_expr(c, s->v.annassign.annotation);
        emit(c, OP_POP_TOP, 0);
    }
}

/* Whether a body has an annotated name (outside nested scopes): it then needs
 * SETUP_ANNOTATIONS first. */
static bool find_ann(StmtList *l)
{
    for (int i = 0; i < l->len; i++) {
        Stmt *s = l->items[i];
        switch (s->kind) {
        case S_ANNASSIGN: return true;
        case S_FOR: if (find_ann(&s->v.for_.body) || find_ann(&s->v.for_.orelse)) return true; break;
        case S_WHILE: if (find_ann(&s->v.while_.body) || find_ann(&s->v.while_.orelse)) return true; break;
        case S_IF: if (find_ann(&s->v.if_.body) || find_ann(&s->v.if_.orelse)) return true; break;
        case S_WITH: if (find_ann(&s->v.with.body)) return true; break;
        case S_MATCH:
            for (int k = 0; k < s->v.match.cases.len; k++)
                if (find_ann(&s->v.match.cases.items[k]->body)) return true;
            break;
        case S_TRY:
            if (find_ann(&s->v.try_.body) || find_ann(&s->v.try_.orelse) || find_ann(&s->v.try_.finalbody))
                return true;
            for (int k = 0; k < s->v.try_.handlers.len; k++)
                if (find_ann(&s->v.try_.handlers.items[k]->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

/* ---------------------------------------------------------------- match (PEP 634)
 * The subject stays on the stack while cases are tried. A pattern consumes the value
 * on top of the stack; the values it captures go below the items it still works on,
 * just above the base, and are stored into their names only once the whole pattern has
 * matched (so a failed case binds nothing). On failure, code jumps to fail_pop[n], which
 * pops the n items above the base and falls into the next case. */

typedef struct PatCtx {
    const char **stores; int nstores, capstores;  /* captured names; stores[0]'s value is the highest */
    int *fail_pop; int nfail, capfail;
    int on_top;               /* items above the captures that the pattern still needs */
    bool allow_irrefutable;
} PatCtx;

static void compile_pattern(Compiler *c, Pattern *p, PatCtx *pc);

static bool pat_is_wildcard(const Pattern *p)
{
    return (p->kind == P_AS && !p->v.as.pattern && !p->v.as.name) || (p->kind == P_STAR && !p->v.star.name);
}

/* Moves TOS down under the count - 1 items below it. */
static void pat_rotate(Compiler *c, int count)
{
    for (; count > 1; count--) emit(c, OP_SWAP, (uint32_t)count);
}

static bool pat_ensure_fail_pop(Compiler *c, PatCtx *pc, int n)
{
    if (n < pc->nfail) return true;
    int *nf = cc_grow(c, pc->fail_pop, &pc->capfail, n + 1, sizeof(int));
    if (!nf) return false;
    pc->fail_pop = nf;
    while (pc->nfail <= n) pc->fail_pop[pc->nfail++] = new_label(c);
    return true;
}

static void pat_jump_fail(Compiler *c, PatCtx *pc, int op)
{
    int pops = pc->nstores + pc->on_top;
    if (!pat_ensure_fail_pop(c, pc, pops)) return;
    emit(c, op, (uint32_t)pc->fail_pop[pops]);
}

static void pat_emit_fail_pop(Compiler *c, PatCtx *pc)
{
    if (!pc->nfail) return;
    for (int k = pc->nfail - 1; k > 0; k--) {
        place(c, pc->fail_pop[k]);
        emit(c, OP_POP_TOP, 0);
    }
    place(c, pc->fail_pop[0]);
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->nfail = pc->capfail = 0;
}

static bool pat_has_store(PatCtx *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0) return true;
    return false;
}

static void pat_push_store(Compiler *c, PatCtx *pc, const char *name)
{
    const char **ns = cc_grow(c, pc->stores, &pc->capstores, pc->nstores + 1, sizeof(char *));
    if (!ns) return;
    pc->stores = ns;
    pc->stores[pc->nstores++] = name;
}

/* Captures TOS as name (NULL: the wildcard, which just drops it). */
static void pat_store_name(Compiler *c, const char *name, PatCtx *pc)
{
    if (!name) {
        emit(c, OP_POP_TOP, 0);
        return;
    }
    if (strcmp(name, "__debug__") == 0) {
        syntax_error(c, c->pat_pos, "cannot assign to __debug__%s", "");
        return;
    }
    if (pat_has_store(pc, name)) {
        syntax_error(c, c->pat_pos, "multiple assignments to name '%s' in pattern", name);
        return;
    }
    pat_rotate(c, pc->on_top + pc->nstores + 1);
    pat_push_store(c, pc, name);
}

static void compile_subpattern(Compiler *c, Pattern *p, PatCtx *pc)
{
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    compile_pattern(c, p, pc);
    pc->allow_irrefutable = saved;
}

static void pat_load_int(Compiler *c, intptr_t n) { load_const(c, MAKE_SMALL(n)); }

static void compile_pat_sequence(Compiler *c, Pattern *p, PatCtx *pc)
{
    PatternList *l = &p->v.seq.patterns;
    int n = l->len, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        Pattern *x = l->items[i];
        if (x->kind == P_STAR) {
            if (star >= 0) {
                syntax_error(c, p->pos, "multiple starred names in sequence pattern%s", "");
                return;
            }
            star = i;
            star_wildcard = pat_is_wildcard(x);
        }
        if (!pat_is_wildcard(x)) only_wildcard = false;
    }
    pc->on_top++;
    emit(c, OP_MATCH_SEQUENCE, 0);
    pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star < 0) {
        emit(c, OP_GET_LEN, 0);
        pat_load_int(c, n);
        emit(c, OP_COMPARE_OP, CMP_EQ);
        pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    } else if (n - 1 > 0) {
        emit(c, OP_GET_LEN, 0);
        pat_load_int(c, n - 1);
        emit(c, OP_COMPARE_OP, CMP_GE);
        pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard) {
        emit(c, OP_POP_TOP, 0);
    } else if (star_wildcard) {
        /* [a, *_, b]: index the items wanted instead of unpacking all of them */
        pc->on_top++;
        for (int i = 0; i < n && !c->failed; i++) {
            Pattern *x = l->items[i];
            if (pat_is_wildcard(x)) continue;
            emit(c, OP_COPY, 1);
            if (i < star) {
                pat_load_int(c, i);
            } else {
                emit(c, OP_GET_LEN, 0);
                pat_load_int(c, n - i);
                emit(c, OP_BINARY_OP, BINOP_SUB);
            }
            emit(c, OP_BINARY_SUBSCR, 0);
            compile_subpattern(c, x, pc);
        }
        pc->on_top--;
        emit(c, OP_POP_TOP, 0);
    } else {
        if (star < 0) {
            emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n);
        } else {
            int after = n - star - 1;
            if (star >= 256 || after >= (1 << 15)) {
                syntax_error(c, p->pos, "too many expressions in star-unpacking sequence pattern%s", "");
                return;
            }
            emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
        }
        pc->on_top += n;
        for (int i = 0; i < n && !c->failed; i++) {
            pc->on_top--;
            compile_subpattern(c, l->items[i], pc);
        }
    }
}

/* Whether two constant keys of a mapping pattern are equal (a duplicate). */
static int pat_key_dup(Compiler *c, ExprList *keys, int upto, Value v)
{
    for (int j = 0; j < upto; j++) {
        Value w;
        int r = fold_const(c, keys->items[j], &w);
        if (r < 0) return -1;
        if (r == 0) continue;
        int eq = obj_richcompare_bool(v, w, CMP_EQ);
        DECREF(w);
        if (eq < 0) { err_clear(); continue; }
        if (eq) return 1;
    }
    return 0;
}

static void compile_pat_mapping(Compiler *c, Pattern *p, PatCtx *pc)
{
    ExprList *keys = &p->v.mapping.keys;
    PatternList *pats = &p->v.mapping.patterns;
    int size = keys->len;
    const char *rest = p->v.mapping.rest;
    pc->on_top++;
    emit(c, OP_MATCH_MAPPING, 0);
    pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    if (!size && !rest) {
        pc->on_top--;
        emit(c, OP_POP_TOP, 0);
        return;
    }
    if (size) {
        emit(c, OP_GET_LEN, 0);
        pat_load_int(c, size);
        emit(c, OP_COMPARE_OP, CMP_GE);
        pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    for (int i = 0; i < size && !c->failed; i++) {
        Expr *k = keys->items[i];
        if (k->kind != E_ATTRIBUTE) {
            Value v;
            int r = fold_const(c, k, &v);
            if (r < 0) { c->failed = 2; return; }
            if (r == 0) {
                syntax_error(c, p->pos, "mapping pattern keys may only match literals and attribute lookups%s", "");
                return;
            }
            int dup = pat_key_dup(c, keys, i, v);
            if (dup > 0) {
                Value rv = obj_repr(v);
                DECREF(v);
                if (!rv) { c->failed = 2; return; }
                syntax_error(c, p->pos, "mapping pattern checks duplicate key (%s)", STR_DATA(rv));
                DECREF(rv);
                return;
            }
            DECREF(v);
            if (dup < 0) { c->failed = 2; return; }
        }
        compile_expr(c, k);
    }
    set_loc(c, p->pos);
    emit(c, OP_BUILD_TUPLE, (uint32_t)size);
    emit(c, OP_MATCH_KEYS, 0);
    pc->on_top += 2;
    emit(c, OP_COPY, 1);
    load_const(c, NONE);
    emit(c, OP_IS_OP, 1);
    pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size);
    pc->on_top += size - 1;
    for (int i = 0; i < size && !c->failed; i++) {
        pc->on_top--;
        compile_subpattern(c, pats->items[i], pc);
    }
    /* [subject, keys] are left, both counted in on_top */
    if (rest) {
        emit(c, OP_COPY_DICT_WITHOUT_KEYS, 0);
        pc->on_top--;
        pat_store_name(c, rest, pc);
    } else {
        emit(c, OP_POP_TOP, 0);
        pc->on_top--;
    }
    emit(c, OP_POP_TOP, 0);
    pc->on_top--;
}

static void compile_pat_class(Compiler *c, Pattern *p, PatCtx *pc)
{
    PatternList *pos = &p->v.cls.patterns, *kwp = &p->v.cls.kwd_patterns;
    NameList *attrs = &p->v.cls.kwd_attrs;
    int nargs = pos->len, nattrs = attrs->len;
    for (int i = 0; i < nattrs; i++) {
        for (int j = 0; j < i; j++) {
            if (strcmp(attrs->items[i], attrs->items[j]) == 0) {
                syntax_error(c, kwp->items[i]->pos, "attribute name repeated in class pattern: %s", attrs->items[i]);
                return;
            }
        }
    }
    compile_expr(c, p->v.cls.cls);
    Value names = tuple_new((size_t)nattrs);
    if (!names) { c->failed = 2; return; }
    for (int i = 0; i < nattrs; i++) {
        if (!cc_tuple_put(c, names, i, nattrs, str_from_cstr(attrs->items[i]))) return;
    }
    load_const(c, names);
    set_loc(c, p->pos);
    emit(c, OP_MATCH_CLASS, (uint32_t)nargs);
    emit(c, OP_COPY, 1);
    load_const(c, NONE);
    emit(c, OP_IS_OP, 1);
    pc->on_top++;
    pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    emit(c, OP_UNPACK_SEQUENCE, (uint32_t)(nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs && !c->failed; i++) {
        pc->on_top--;
        Pattern *x = i < nargs ? pos->items[i] : kwp->items[i - nargs];
        if (pat_is_wildcard(x)) emit(c, OP_POP_TOP, 0);
        else compile_subpattern(c, x, pc);
    }
}

/* Puts the items at depth i and j (0 = TOS) of the stack in each other's place. */
static void pat_swap_items(Compiler *c, int i, int j)
{
    if (i == 0) {
        emit(c, OP_SWAP, (uint32_t)(j + 1));
    } else {
        emit(c, OP_SWAP, (uint32_t)(i + 1));
        emit(c, OP_SWAP, (uint32_t)(j + 1));
        emit(c, OP_SWAP, (uint32_t)(i + 1));
    }
}

static void compile_pat_or(Compiler *c, Pattern *p, PatCtx *pc)
{
    PatternList *alts = &p->v.or_.patterns;
    int end = new_label(c);
    PatCtx old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    bool ok = true;
    for (int i = 0; i < alts->len && ok && !c->failed; i++) {
        PatCtx alt;
        memset(&alt, 0, sizeof alt);
        alt.allow_irrefutable = i == alts->len - 1 && old.allow_irrefutable;
        emit(c, OP_COPY, 1);
        compile_pattern(c, alts->items[i], &alt);
        if (c->failed) { free(alt.stores); free(alt.fail_pop); break; }
        if (i == 0) {
            control = alt.stores;
            ncontrol = alt.nstores;
            alt.stores = NULL;
        } else if (alt.nstores != ncontrol) {
            ok = false;
        } else {
            /* the captures on the stack must be in the first alternative's order */
            for (int k = 0; k < ncontrol && ok; k++) {
                int at = -1;
                for (int j = k; j < alt.nstores; j++)
                    if (strcmp(alt.stores[j], control[k]) == 0) at = j;
                if (at < 0) { ok = false; break; }
                if (at != k) {
                    pat_swap_items(c, k, at);
                    const char *t = alt.stores[k];
                    alt.stores[k] = alt.stores[at];
                    alt.stores[at] = t;
                }
            }
        }
        if (!ok) {
            syntax_error(c, c->pat_pos, "alternative patterns bind different names%s", "");
            free(alt.stores);
            free(alt.fail_pop);
            break;
        }
        emit(c, OP_JUMP, (uint32_t)end);
        pat_emit_fail_pop(c, &alt);
        free(alt.stores);
    }
    *pc = old;
    if (c->failed) { free(control); return; }
    /* no alternative matched: drop the subject and fail */
    emit(c, OP_POP_TOP, 0);
    pat_jump_fail(c, pc, OP_JUMP);
    place(c, end);
    /* [captures, on_top items, subject, new captures]: the new ones go below the others */
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int k = 0; k < ncontrol; k++) pat_rotate(c, nrots);
    for (int k = 0; k < ncontrol; k++) {
        if (pat_has_store(pc, control[k])) {
            syntax_error(c, c->pat_pos, "multiple assignments to name '%s' in pattern", control[k]);
            break;
        }
        pat_push_store(c, pc, control[k]);
    }
    free(control);
    emit(c, OP_POP_TOP, 0);
}

static void compile_pattern(Compiler *c, Pattern *p, PatCtx *pc)
{
    if (c->failed || !nest_enter(c)) return;
    c->pat_pos = p->pos;
    set_loc(c, p->pos);
    switch (p->kind) {
    case P_VALUE:
        if (p->v.value.value->kind == E_JOINEDSTR) {
            syntax_error(c, p->pos, "patterns may only match literals and attribute lookups%s", "");
            break;
        }
        compile_expr(c, p->v.value.value);
        set_loc(c, p->pos);
        emit(c, OP_COMPARE_OP, CMP_EQ);
        pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case P_SINGLETON:
        load_const(c, p->v.singleton.kind == CONST_NONE ? NONE : p->v.singleton.kind == CONST_TRUE ? TRUE_VAL
                                                                                                  : FALSE_VAL);
        emit(c, OP_IS_OP, 0);
        pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case P_SEQUENCE: compile_pat_sequence(c, p, pc); break;
    case P_MAPPING: compile_pat_mapping(c, p, pc); break;
    case P_CLASS: compile_pat_class(c, p, pc); break;
    case P_STAR: pat_store_name(c, p->v.star.name, pc); break;
    case P_AS:
        if (!p->v.as.pattern) {
            if (!pc->allow_irrefutable) {
                if (p->v.as.name)
                    syntax_error(c, p->pos, "name capture '%s' makes remaining patterns unreachable", p->v.as.name);
                else
                    syntax_error(c, p->pos, "wildcard makes remaining patterns unreachable%s", "");
                break;
            }
            pat_store_name(c, p->v.as.name, pc);
            break;
        }
        pc->on_top++;
        emit(c, OP_COPY, 1);
        compile_pattern(c, p->v.as.pattern, pc);
        pc->on_top--;
        /* errors here point where CPython's location last was: the sub-pattern's */
        pat_store_name(c, p->v.as.name, pc);
        break;
    case P_OR: compile_pat_or(c, p, pc); break;
    }
    c->nesting--;
}

static void compile_match(Compiler *c, Stmt *s)
{
    compile_expr(c, s->v.match.subject);
    int end = new_label(c);
    MatchCaseList *cases = &s->v.match.cases;
    int n = cases->len;
    Pattern *lastp = cases->items[n - 1]->pattern;
    int has_default = n > 1 && lastp->kind == P_AS && !lastp->v.as.name;
    for (int i = 0; i < n - has_default && !c->failed; i++) {
        MatchCase *m = cases->items[i];
        bool last = i == n - has_default - 1;
        set_loc(c, m->pattern->pos);
        if (!last) emit(c, OP_COPY, 1);
        PatCtx pc;
        memset(&pc, 0, sizeof pc);
        pc.allow_irrefutable = m->guard != NULL || i == n - 1;
        compile_pattern(c, m->pattern, &pc);
        set_loc(c, m->pattern->pos);
        for (int k = 0; k < pc.nstores && !c->failed; k++) nameop(c, pc.stores[k], CTX_STORE, m->pattern->pos);
        if (m->guard && pat_ensure_fail_pop(c, &pc, 0)) jump_if(c, m->guard, pc.fail_pop[0], false);
        if (!last) emit(c, OP_POP_TOP, 0);
        compile_body(c, &m->body);
        emit(c, OP_JUMP, (uint32_t)end);
        set_loc(c, m->pattern->pos);
        pat_emit_fail_pop(c, &pc);
        free(pc.stores);
        free(pc.fail_pop);
    }
    if (has_default && !c->failed) {
        MatchCase *m = cases->items[n - 1];
        set_loc(c, m->pattern->pos);
        emit(c, OP_NOP, 0);
        if (m->guard) jump_if(c, m->guard, end, false);
        compile_body(c, &m->body);
    }
    place(c, end);
}

static void compile_stmt(Compiler *c, Stmt *s)
{
    if (c->failed || !nest_enter(c)) return;
    Unit *u = c->u;
    InsnPos saved = u->loc;
    set_loc(c, s->pos);
    switch (s->kind) {
    case S_FUNCTIONDEF: compile_funcdef(c, s); break;
    case S_CLASSDEF: compile_classdef(c, s); break;
    case S_RETURN: compile_return(c, s); break;
    case S_DELETE:
        for (int i = 0; i < s->v.del.targets.len; i++) delete_target(c, s->v.del.targets.items[i]);
        break;
    case S_ASSIGN: {
        ExprList *t = &s->v.assign.targets;
        compile_expr(c, s->v.assign.value);
        for (int i = 0; i < t->len; i++) {
            if (i < t->len - 1) emit(c, OP_COPY, 1);
            store_target(c, t->items[i]);
        }
        break;
    }
    case S_AUGASSIGN: compile_augassign(c, s); break;
    case S_ANNASSIGN: compile_annassign(c, s); break;
    case S_FOR: compile_for(c, s); break;
    case S_WHILE: compile_while(c, s); break;
    case S_IF: compile_if(c, s); break;
    case S_WITH: compile_with(c, s, 0); break;
    case S_RAISE: {
        int n = 0;
        if (s->v.raise.exc) { compile_expr(c, s->v.raise.exc); n++; }
        if (s->v.raise.cause) { compile_expr(c, s->v.raise.cause); n++; }
        set_loc(c, s->pos);
        emit(c, OP_RAISE_VARARGS, (uint32_t)n);
        break;
    }
    case S_TRY:
        if (s->v.try_.finalbody.len) compile_try_finally(c, s);
        else if (s->v.try_.handlers.len) compile_try_except(c, s);
        else compile_body(c, &s->v.try_.body);
        break;
    case S_ASSERT: {
        if (s->v.assert_.test->kind == E_TUPLE && s->v.assert_.test->v.list.elts.len > 0)
            compile_warn(c, "assertion is always true, perhaps remove parentheses?");
        int end = new_label(c);
        jump_if(c, s->v.assert_.test, end, true);
        emit(c, OP_LOAD_ASSERTION_ERROR, 0);
        if (s->v.assert_.msg) {
            compile_expr(c, s->v.assert_.msg);
            emit(c, OP_CALL, 1);
        }
        emit(c, OP_RAISE_VARARGS, 1);
        place(c, end);
        break;
    }
    case S_IMPORT: compile_import(c, s); break;
    case S_IMPORTFROM: compile_importfrom(c, s); break;
    case S_GLOBAL: case S_NONLOCAL: case S_PASS: break;
    case S_EXPR: {
        Expr *v = s->v.expr.value;
        if (c->mode == COMPILE_SINGLE && u->kind == U_MODULE) {
            load_const(c, MAKE_SMALL(0));
            load_const(c, NONE);
            emit(c, OP_IMPORT_NAME, name_index(c, "sys"));
            emit(c, OP_LOAD_ATTR, name_index(c, "displayhook"));
            compile_expr(c, v);
            set_loc(c, s->pos);
            emit(c, OP_CALL, 1);
            emit(c, OP_POP_TOP, 0);
            break;
        }
        if (v->kind == E_CONSTANT) break;   /* a bare literal (docstring-like) does nothing */
        compile_expr(c, v);
        set_loc(c, s->pos);
        emit(c, OP_POP_TOP, 0);
        break;
    }
    case S_BREAK: compile_break_continue(c, s, true); break;
    case S_CONTINUE: compile_break_continue(c, s, false); break;
    case S_MATCH: compile_match(c, s); break;
    }
    u->loc = saved;
    c->nesting--;
}

/* ---------------------------------------------------------------- entry point */

Code *compile_module(Module *m, const char *filename, int mode, SyntaxErrorInfo *err)
{
    Compiler cc, *c = &cc;
    memset(c, 0, sizeof cc);
    SyntaxErrorInfo dummy;
    if (!err) err = &dummy;
    memset(err, 0, sizeof *err);
    c->err = err;
    c->filename = filename ? filename : "<string>";
    c->mode = mode;
    if (symtable_build(&c->st, m, mode, err) < 0) {
        symtable_free(&c->st);
        return NULL;
    }
    c->filename_v = str_from_cstr(c->filename);
    Code *code = NULL;
    if (!c->filename_v) goto done;
    Pos p = {1, 0, 1, 0};
    Unit *u = enter_unit(c, c->st.top, U_MODULE, "<module>", p);
    if (!u) goto done;
    StmtList *body = &m->body;
    if (mode == COMPILE_EVAL) {
        if (body->len == 1 && body->items[0]->kind == S_EXPR) {
            Expr *e = body->items[0]->v.expr.value;
            compile_expr(c, e);
            set_loc(c, e->pos);
            emit(c, OP_RETURN_VALUE, 0);
        } else {
            compile_body(c, body);
            load_const(c, NONE);
            emit(c, OP_RETURN_VALUE, 0);
        }
    } else {
        int start = 0;
        if (find_ann(body)) emit(c, OP_SETUP_ANNOTATIONS, 0);
        if (mode == COMPILE_FILE && is_docstring(body)) {
            Expr *d = body->items[0]->v.expr.value;
            set_loc(c, body->items[0]->pos);
            load_const(c, make_str(d->v.constant.text, d->v.constant.len));
            nameop(c, "__doc__", CTX_STORE, body->items[0]->pos);
            start = 1;
        }
        for (int i = start; i < body->len && !c->failed; i++) compile_stmt(c, body->items[i]);
        emit_implicit_return(c, body);
    }
    code = exit_unit(c);
done:
    while (c->u) {
        Unit *up = c->u->parent;
        free_unit(c->u);
        c->u = up;
    }
    if (code && c->failed) { DECREF(OBJ_VAL(code)); code = NULL; }
    if (!code && !c->failed && !err_occurred()) err_no_memory();
    if (c->failed == 1 && err_occurred()) err_clear();
    XDECREF(c->filename_v);
    for (int i = 0; i < c->nstrs; i++) free(c->strs[i]);
    free(c->strs);
    symtable_free(&c->st);
    return code;
}
