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
#define free_frames frame_free_list
#define free_counts frame_free_count

Frame *frame_new(Code *code, FunctionObj *func, Value globals, Value builtins, Value locals)
{
    uint32_t n = (uint32_t)CODE_NSLOTS(code);
    /* Only the named slots start empty; the value stack is written before it is read. */
    uint32_t nz = (uint32_t)(code->nlocals + code->ncells + code->nfrees);
    Frame *f;
    if (n < FRAME_FREE_SIZES && free_frames[n]) {
        f = free_frames[n];
        free_frames[n] = f->back;
        free_counts[n]--;
    } else {
        f = gc_frame_block_alloc(sizeof(Frame) + n * sizeof(Value));   /* with a GC header */
        if (!f) return NULL;
    }
    f->hdr.refcnt = 1;
    f->hdr.type = &FrameType;
    for (uint32_t i = 0; i < nz; i++) f->slots[i] = VNULL;
    INCREF(OBJ_VAL(code));
    f->code = code;
    if (func) INCREF(OBJ_VAL(func));
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    XINCREF(locals);
    f->locals = locals;
    f->back = NULL;
    f->ip = code->insns;
    f->sp = f->slots + nz;
    f->handled = VNULL;
    f->gen = NULL;
    f->state = FRAME_CREATED;
    f->entry = FRAME_ENTRY_C;
    f->unused = 0;
    f->nslots = n;
    return f;
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
        FunctionObj *fn = f->func;
        f->func = NULL;
        DECREF(OBJ_VAL(fn));
    }
    /* Borrowed from the function just released: a finished frame that outlives it (through
     * a traceback's tb_frame or gi_frame) must not point at a dict that may be gone. */
    f->globals = VNULL;
    f->builtins = VNULL;
    f->state = FRAME_DONE;
}

static void frame_free_memory(Frame *f)
{
    uint32_t n = f->nslots;
    if (f->code) {
        Code *c = f->code;
        f->code = NULL;
        DECREF(OBJ_VAL(c));
    }
    gc_frame_untrack(f);
    if (n < FRAME_FREE_SIZES && free_counts[n] < FRAME_FREE_MAX) {
        f->back = free_frames[n];
        free_frames[n] = f;
        free_counts[n]++;
        return;
    }
    gc_frame_block_free(f);
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
    frame_clear(f);
    frame_free_memory(f);
}

int frame_lineno(Frame *f)
{
    if (!f->code) return 0;
    if (f->state == FRAME_CREATED && f->gen) return f->code->firstlineno;   /* as CPython: the def line */
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
    if (!f->globals || !f->code) RETURN_NONE;
    return NEWREF(f->globals);
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
