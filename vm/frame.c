/* Heap frames: allocation with per-size free lists, clearing, and the frame type
 * (what gi_frame and tracebacks expose). */
#include <stdlib.h>
#include <string.h>
#include "object.h"
#include "code.h"
#include "frame.h"
#include "gc.h"

/* Frames of the same slot count are recycled: a call then costs no malloc. */
Frame *frame_free_list[FRAME_FREE_SIZES];
int frame_free_count[FRAME_FREE_SIZES];

/* Module code run by vm_exec_code has no function: it gets one holding its namespaces,
 * so that every running frame finds its globals and builtins through f->func. */
static FunctionObj *exec_function(Code *code, Value globals, Value builtins)
{
    FunctionObj *fn = (FunctionObj *)obj_alloc(&FunctionType);
    if (!fn) return NULL;
    INCREF(OBJ_VAL(code));
    fn->code = code;
    fn->globals = NEWREF(globals);
    fn->builtins = NEWREF(builtins);
    fn->name = NEWREF(code->name);
    fn->qualname = NEWREF(code->qualname ? code->qualname : code->name);
    fn->doc = NONE;
    fn->module = NONE;
    return fn;
}

/* Fills a new frame; func's reference is handed over. Only the named slots (nz) start
 * empty: the value stack is written before it is read. */
static inline void frame_init(Frame *f, Code *code, FunctionObj *func, Value locals, uint32_t nz)
{
    f->hdr.refcnt = 1;
    f->hdr.type = &FrameType;
    for (uint32_t i = 0; i < nz; i++) f->slots[i] = VNULL;
    INCREF(OBJ_VAL(code));
    f->code = code;
    f->func = func;
    XINCREF(locals);
    f->locals = locals;
    f->back = NULL;
    f->ip = code->insns;
    f->sp = f->slots + nz;
    f->handled = VNULL;
    f->state = FRAME_CREATED;
    f->entry = FRAME_ENTRY_C;
}

Frame *frame_new(Code *code, FunctionObj *func, Value globals, Value builtins, Value locals)
{
    uint32_t n = (uint32_t)CODE_NSLOTS(code);
    /* Only the named slots start empty; the value stack is written before it is read. */
    uint32_t nz = (uint32_t)(code->nlocals + code->ncells + code->nfrees);
    if (func) {
        INCREF(OBJ_VAL(func));
    } else {
        func = exec_function(code, globals, builtins);
        if (!func) return NULL;
    }
    Frame *f = frame_block_get(n);
    if (!f) {
        DECREF(OBJ_VAL(func));
        return NULL;
    }
    frame_init(f, code, func, locals, nz);
    f->fflags = locals && locals == func->globals && IS_TYPE(locals, &DictType) ? FRAME_F_MODULE : 0;
    return f;
}

Frame *frame_new_gen(Code *code, FunctionObj *func)
{
    uint32_t n = (uint32_t)CODE_NSLOTS(code);
    GenObj *g = gc_block_alloc(GEN_SIZE(n));
    if (!g) return NULL;
    /* No generator yet (its header is zero, as the header of a frame whose generator is
     * gone: FRAME_F_GENDEAD): gen_new makes it. */
    Frame *f = &g->f;
    INCREF(OBJ_VAL(func));
    frame_init(f, code, func, VNULL, (uint32_t)(code->nlocals + code->ncells + code->nfrees));
    f->fflags = FRAME_F_EMBEDDED | FRAME_F_GENDEAD;
    return f;
}

/* A free (or recycled) frame block of n slots goes to its free list or the allocator. */
static void frame_block_recycle(Frame *f, uint32_t n)
{
    gc_frame_untrack(f);
    frame_block_put(f, n);
}

void frame_move(Frame *dst, Frame *src)
{
    Code *c = src->code;
    uint32_t n = (uint32_t)CODE_NSLOTS(c);
    dst->hdr.refcnt = 1;
    dst->hdr.type = &FrameType;
    dst->code = c;
    dst->func = src->func;
    dst->locals = src->locals;
    dst->back = NULL;
    dst->ip = src->ip;
    dst->sp = dst->slots + (src->sp - src->slots);
    dst->handled = src->handled;
    dst->state = src->state;
    dst->entry = src->entry;
    /* Named slots and the stack below sp: the rest is never read before it is written. */
    memcpy(dst->slots, src->slots, (size_t)(src->sp - src->slots) * sizeof(Value));
    frame_block_recycle(src, n);
}

void frame_clear(Frame *f)
{
    Code *c = f->code;
    if (!c) return;
    Value *base = frame_stack_base(f);
    Value *sp = f->sp;
    /* Stack first: it was pushed last. */
    while (sp > base) {
        Value v = *--sp;
        XDECREF(v);
    }
    f->sp = base;
    for (Value *p = f->slots; p < base; p++) {
        Value v = *p;
        *p = VNULL;
        XDECREF(v);
    }
    CLEAR(f->locals);
    CLEAR(f->handled);
    if (f->func) {
        /* The globals and builtins go with it: a finished frame that outlives it (through
         * a traceback's tb_frame or gi_frame) shows f_globals None. */
        FunctionObj *fn = f->func;
        f->func = NULL;
        DECREF(OBJ_VAL(fn));
    }
    f->state = FRAME_DONE;
}

static void frame_free_memory(Frame *f)
{
    if (f->fflags & FRAME_F_EMBEDDED) {
        /* A generator's frame: its memory is the generator's block, which keeps the code
         * (gi_code) while the generator lives. */
        gc_frame_untrack(f);
        if (f->fflags & FRAME_F_GENDEAD) gen_block_free(frame_block_gen(f));
        return;
    }
    Code *c = f->code;
    uint32_t n = (uint32_t)CODE_NSLOTS(c);
    f->code = NULL;
    DECREF(OBJ_VAL(c));
    frame_block_recycle(f, n);
}

void frame_release(Frame *f)
{
    if (f->hdr.refcnt > 1 && f->code) {
        /* Still referenced (a traceback's tb_frame, a frame object someone kept): as
         * CPython, its locals live on with it, so a generator held by a local of a
         * function an exception left is closed only when that exception goes. The value
         * stack goes now; the cycle collector sees the frame from now on. */
        Value *base = frame_stack_base(f);
        Value *sp = f->sp;
        f->sp = base;
        while (sp > base) {
            Value v = *--sp;
            XDECREF(v);
        }
        CLEAR(f->handled);
        f->state = FRAME_DONE;
        if (f->hdr.refcnt > 1) {
            gc_frame_track(f);
            f->hdr.refcnt--;
            return;
        }
    }
    frame_clear(f);
    if (--f->hdr.refcnt == 0) frame_free_memory(f);
}

static void frame_dealloc(Obj *o)
{
    Frame *f = (Frame *)o;
    /* Out of the collector's lists first (obj_dealloc does not know where a frame's
     * header is): code run by the clearing must not find it half-cleared there. */
    gc_frame_untrack(f);
    frame_clear(f);
    frame_free_memory(f);
}

int frame_lineno(Frame *f)
{
    if (!f->code) return 0;
    if (f->state == FRAME_CREATED && frame_gen(f)) return f->code->firstlineno;   /* as CPython: the def line */
    uint32_t i = (uint32_t)(f->ip - f->code->insns);
    /* ip is the next instruction; the running one is before it. */
    if (i > 0) i--;
    return code_line_of(f->code, i);
}

static Value frame_repr(Value self)
{
    Frame *f = (Frame *)AS_OBJ(self);
    if (!f->code) return str_fromformat("<frame at %p>", (void *)f);
    return str_fromformat("<frame at %p, file %R, line %d, code %U>", (void *)f,
                          f->code->filename, frame_lineno(f), f->code->name);
}

static Value frame_get_lineno(Value self) { return MAKE_SMALL(frame_lineno((Frame *)AS_OBJ(self))); }
static Value frame_get_code(Value self)
{
    Frame *f = (Frame *)AS_OBJ(self);
    if (!f->code) RETURN_NONE;
    return NEWREF(OBJ_VAL(f->code));
}
static Value frame_get_globals(Value self)
{
    Frame *f = (Frame *)AS_OBJ(self);
    Value g = frame_globals(f);
    if (!g || !f->code) RETURN_NONE;
    return NEWREF(g);
}
static Value frame_get_back(Value self)
{
    Frame *f = (Frame *)AS_OBJ(self);
    if (f->back && f->state == FRAME_RUNNING) return NEWREF(OBJ_VAL(f->back));
    RETURN_NONE;
}
static Value frame_get_lasti(Value self)
{
    Frame *f = (Frame *)AS_OBJ(self);
    if (!f->code) return MAKE_SMALL(-1);
    return MAKE_SMALL((intptr_t)(f->ip - f->code->insns) * 2 - 2);
}

static Value frame_get_locals(Value self) { return frame_locals((Frame *)AS_OBJ(self)); }

static const GetSetDef frame_getsets[] = {
    {"f_locals", frame_get_locals, NULL},
    {"f_lineno", frame_get_lineno, NULL},
    {"f_code", frame_get_code, NULL},
    {"f_globals", frame_get_globals, NULL},
    {"f_back", frame_get_back, NULL},
    {"f_lasti", frame_get_lasti, NULL},
    {NULL, NULL, NULL},
};

Type FrameType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "frame",
    .basicsize = sizeof(Frame),
    .itemsize = sizeof(Value),
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .getattr = obj_generic_getattr,
    .getsets = frame_getsets,
};
