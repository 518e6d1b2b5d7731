/* The code type: what the compiler produces, immutable once built. */
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "code.h"

Code *code_new(void)
{
    Code *c = (Code *)obj_alloc(&CodeType);
    if (!c) return NULL;
    /* obj_alloc zeroes the block; the compiler fills every field. */
    return c;
}

static void code_dealloc(Obj *o)
{
    Code *c = (Code *)o;
    mem_free(c->insns);
    mem_free(c->positions);
    mem_free(c->exctable);
    mem_free(c->cell2arg);
    XDECREF(c->consts);
    XDECREF(c->names);
    XDECREF(c->varnames);
    XDECREF(c->cellvars);
    XDECREF(c->freevars);
    XDECREF(c->name);
    XDECREF(c->qualname);
    XDECREF(c->filename);
    obj_free(o);
}

static Value code_repr(Value v)
{
    Code *c = (Code *)AS_OBJ(v);
    const char *name = c->name ? STR_DATA(c->name) : "?";
    const char *file = c->filename ? STR_DATA(c->filename) : "?";
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "<code object %s at %p, file \"%s\", line %d>", name, (void *)c, file, c->firstlineno);
    return sb_finish(&b);
}

int code_line_of(const Code *c, uint32_t insn_index)
{
    if (!c || !c->positions || c->ninsns == 0) return c ? c->firstlineno : 0;
    if (insn_index >= c->ninsns) insn_index = c->ninsns - 1;
    return c->positions[insn_index].lineno;
}

#define CODE(v) ((Code *)AS_OBJ(v))

static Value ref_or_none(Value v) { return v ? NEWREF(v) : NONE; }
static Value co_name(Value self) { return ref_or_none(CODE(self)->name); }
static Value co_qualname(Value self) { return ref_or_none(CODE(self)->qualname); }
static Value co_filename(Value self) { return ref_or_none(CODE(self)->filename); }
static Value co_consts(Value self) { return ref_or_none(CODE(self)->consts); }
static Value co_names(Value self) { return ref_or_none(CODE(self)->names); }
static Value co_varnames(Value self) { return ref_or_none(CODE(self)->varnames); }
static Value co_cellvars(Value self) { return ref_or_none(CODE(self)->cellvars); }
static Value co_freevars(Value self) { return ref_or_none(CODE(self)->freevars); }
static Value co_firstlineno(Value self) { return MAKE_SMALL(CODE(self)->firstlineno); }
static Value co_argcount(Value self) { return MAKE_SMALL(CODE(self)->argcount); }
static Value co_posonlyargcount(Value self) { return MAKE_SMALL(CODE(self)->posonlyargcount); }
static Value co_kwonlyargcount(Value self) { return MAKE_SMALL(CODE(self)->kwonlyargcount); }
static Value co_nlocals(Value self) { return MAKE_SMALL(CODE(self)->nlocals); }
static Value co_stacksize(Value self) { return MAKE_SMALL(CODE(self)->stacksize); }
/* Internal flag bits above CPython's range are not shown. */
static Value co_flags(Value self) { return MAKE_SMALL(CODE(self)->flags & 0x3FFFFFF); }

static void *dup_block(const void *src, size_t n, bool *failed)
{
    if (!src || n == 0) return NULL;
    void *p = mem_alloc(n);
    if (!p) { *failed = true; return NULL; }
    memcpy(p, src, n);
    return p;
}

/* code.replace(**changes): a copy with some fields changed. minipy takes the fields a
 * program changes in practice (types.coroutine sets co_flags); the instructions are
 * copied as they are. */
static Value code_replace(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs) {
        err_format(ExcTypeError, "replace() takes no positional arguments");
        return VNULL;
    }
    Code *c = CODE(self);
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        const char *k = STR_DATA(TUPLE_ITEMS(kwnames)[i]);
        Value v = args[i];
        bool is_int = !strcmp(k, "co_flags") || !strcmp(k, "co_firstlineno");
        bool is_str = !strcmp(k, "co_name") || !strcmp(k, "co_qualname") || !strcmp(k, "co_filename");
        if (!is_int && !is_str) {
            err_format(ExcTypeError, "replace() got an unexpected keyword argument '%s'", k);
            return VNULL;
        }
        if (is_int && !IS_SMALL(v)) {
            err_format(ExcTypeError, "replace() argument '%s' must be int, not %s", k, type_name(v));
            return VNULL;
        }
        if (is_str && !IS_STR(v)) {
            err_format(ExcTypeError, "replace() argument '%s' must be str, not %s", k, type_name(v));
            return VNULL;
        }
    }
    Code *n = code_new();
    if (!n) return VNULL;
    bool failed = false;
    n->insns = dup_block(c->insns, c->ninsns * sizeof(Insn), &failed);
    n->ninsns = c->ninsns;
    n->positions = dup_block(c->positions, c->ninsns * sizeof(InsnPos), &failed);
    n->exctable = dup_block(c->exctable, c->nexc * sizeof(ExcEntry), &failed);
    n->nexc = c->nexc;
    n->cell2arg = dup_block(c->cell2arg, (size_t)c->ncells * sizeof(int32_t), &failed);
    n->consts = c->consts ? NEWREF(c->consts) : VNULL;
    n->names = c->names ? NEWREF(c->names) : VNULL;
    n->varnames = c->varnames ? NEWREF(c->varnames) : VNULL;
    n->cellvars = c->cellvars ? NEWREF(c->cellvars) : VNULL;
    n->freevars = c->freevars ? NEWREF(c->freevars) : VNULL;
    n->argcount = c->argcount;
    n->posonlyargcount = c->posonlyargcount;
    n->kwonlyargcount = c->kwonlyargcount;
    n->nlocals = c->nlocals;
    n->ncells = c->ncells;
    n->nfrees = c->nfrees;
    n->stacksize = c->stacksize;
    n->flags = c->flags;
    n->firstlineno = c->firstlineno;
    n->name = c->name ? NEWREF(c->name) : VNULL;
    n->qualname = c->qualname ? NEWREF(c->qualname) : VNULL;
    n->filename = c->filename ? NEWREF(c->filename) : VNULL;
    if (failed) {
        DECREF(OBJ_VAL(n));
        return VNULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        const char *k = STR_DATA(TUPLE_ITEMS(kwnames)[i]);
        Value v = args[i];
        Value *field = !strcmp(k, "co_name") ? &n->name : !strcmp(k, "co_qualname") ? &n->qualname
                     : !strcmp(k, "co_filename") ? &n->filename : NULL;
        if (field) {
            XDECREF(*field);
            *field = NEWREF(v);
        } else if (!strcmp(k, "co_flags")) {
            /* the internal bits above CPython's range stay as they were */
            n->flags = (c->flags & ~0x3FFFFFF) | ((int)SMALL_VAL(v) & 0x3FFFFFF);
        } else {
            n->firstlineno = (int)SMALL_VAL(v);
        }
    }
    return OBJ_VAL(n);
}

static const MethodDef code_methods[] = {
    {"replace", code_replace, 0},
    {NULL, NULL, 0},
};

static const GetSetDef code_getsets[] = {
    {"co_name", co_name, NULL},
    {"co_qualname", co_qualname, NULL},
    {"co_filename", co_filename, NULL},
    {"co_firstlineno", co_firstlineno, NULL},
    {"co_consts", co_consts, NULL},
    {"co_names", co_names, NULL},
    {"co_varnames", co_varnames, NULL},
    {"co_cellvars", co_cellvars, NULL},
    {"co_freevars", co_freevars, NULL},
    {"co_argcount", co_argcount, NULL},
    {"co_posonlyargcount", co_posonlyargcount, NULL},
    {"co_kwonlyargcount", co_kwonlyargcount, NULL},
    {"co_nlocals", co_nlocals, NULL},
    {"co_stacksize", co_stacksize, NULL},
    {"co_flags", co_flags, NULL},
    {NULL, NULL, NULL},
};

Type CodeType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "code",
    .basicsize = sizeof(Code),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .methods = code_methods,
    .getsets = code_getsets,
};
