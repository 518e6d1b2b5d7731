/* Heap frames, the interpreter loop's entry points, and generator objects.
 * Owned by the vm core (vm/frame.c, vm/eval.c, vm/gen.c, vm/run.c). */
#ifndef MINIPY_FRAME_H
#define MINIPY_FRAME_H

#include "object.h"
#include "code.h"
#include "gc.h"

/* How a frame was entered: decides what its return / yield does to the frame below. */
enum {
    FRAME_ENTRY_C,       /* entered from C (run_frame): return to the C caller */
    FRAME_ENTRY_CALL,    /* inline call: push the result on the caller's stack */
    FRAME_ENTRY_SEND,    /* generator resumed by SEND: yield -> [recv, v]; return -> [r], jump */
    FRAME_ENTRY_FOR,     /* generator resumed by FOR_ITER: yield -> [it, v]; return -> pop, jump */
    FRAME_ENTRY_NEXT,    /* a class's __next__ run by FOR_ITER: return -> [it, v];
                            StopIteration out of it -> pop the iterator, jump */
    FRAME_ENTRY_GENCALL, /* generator resumed by a call (next(g), g.send(v)): yield -> push v;
                            return r -> StopIteration(r) raised at the call */
    FRAME_ENTRY_DELEG,   /* a delegate linked straight in by a resume of the generator that
                            yields from it: the frame below never left its YIELD_VALUE 1 */
    FRAME_ENTRY_INIT,    /* a class's __init__ run inline by a call of the class: the instance
                            waits on the caller's stack; return None -> keep it there */
};

/* Frame states (the generator's state lives here too). */
enum { FRAME_CREATED, FRAME_SUSPENDED, FRAME_RUNNING, FRAME_DONE };

typedef struct GenObj GenObj;

/* fflags */
#define FRAME_F_EMBEDDED 1   /* the frame of a generator, inside the generator's own block */
#define FRAME_F_GEN      2   /* ... which still owns it (not finished): frame_gen / gen_frame */
#define FRAME_F_GENDEAD  4   /* ... whose generator is gone: the frame's end frees the block */
#define FRAME_F_MODULE   8   /* module code: its locals are its globals, a dict (LOAD_NAME) */

struct Frame {
    Obj hdr;                 /* FrameType; refcounted so gi_frame can hand it out */
    Code *code;              /* owned (an embedded frame's: by the block, till it is freed) */
    FunctionObj *func;       /* owned; the frame's globals and builtins are its. Never NULL
                                while the frame runs (frame_new gives module code one);
                                NULL once the frame is cleared */
    Value locals;            /* owned dict for module and class bodies, else VNULL */
    Frame *back;             /* the frame below while this one is on the chain */
    const Insn *ip;          /* next instruction */
    Value *sp;               /* saved stack pointer (valid while not running) */
    Value handled;           /* generators: own handled exception while suspended, the
                                resumer's while running (swapped at resume / suspend) */
    uint8_t state;           /* FRAME_* */
    uint8_t entry;           /* FRAME_ENTRY_* of the current activation */
    uint8_t fflags;          /* FRAME_F_* */
    /* The generator's own fields, in the frame embedded in it (GenObj.f): they fill the
     * word the frame has anyway, so a suspended generator costs no word of its own. */
    uint8_t gstate;          /* generator state: FRAME_CREATED / SUSPENDED / RUNNING / DONE */
    uint8_t ag_running_async;  /* async generators: an asend/athrow awaitable is under way
                                  (ag_running); ends when it yields a value or ends */
    uint8_t ag_closed;         /* async generators: aclose() began or it finished */
    uint8_t own_names;         /* __name__/__qualname__ differ from the code's: they are kept
                                  in the side table (gen_name_value, gen_qualname_value) */
    uint8_t unused;
    Value slots[];           /* locals, cells, frees, then the value stack */
};

/* A frame's namespaces: its function's (func is set whenever code runs in it). */
#define FRAME_GLOBALS(f)  ((f)->func->globals)
#define FRAME_BUILTINS(f) ((f)->func->builtins)
/* The same for a frame that may have been cleared: VNULL then. */
static inline Value frame_globals(Frame *f) { return f->func ? f->func->globals : VNULL; }
static inline Value frame_builtins(Frame *f) { return f->func ? f->func->builtins : VNULL; }

static inline Value *frame_stack_base(Frame *f) {
    return f->slots + f->code->nlocals + f->code->ncells + f->code->nfrees;
}

/* Frames are recycled per slot count (frame.c); eval.c takes them inline on calls. */
#define FRAME_FREE_SIZES 48
#if defined(MINIPY_NO_FREELIST)
/* The leak-check build: a recycled frame's stale slots would hide leaked objects. */
#define FRAME_FREE_MAX   0
#else
#define FRAME_FREE_MAX   64
#endif
extern Frame *frame_free_list[FRAME_FREE_SIZES];
extern int frame_free_count[FRAME_FREE_SIZES];

/* The block of a frame of n slots: from its free list, else the allocator (NULL with
 * MemoryError set). Inline: eval.c takes one per call. */
static inline __attribute__((always_inline)) Frame *frame_block_get(uint32_t n) {
    if (n < FRAME_FREE_SIZES && frame_free_list[n]) {
        Frame *f = frame_free_list[n];
        frame_free_list[n] = f->back;
        frame_free_count[n]--;
        return f;
    }
    return gc_frame_block_alloc(sizeof(Frame) + n * sizeof(Value));   /* with a GC header */
}
/* Gives back the block of an untracked frame of n slots whose contents are released. */
static inline __attribute__((always_inline)) void frame_block_put(Frame *f, uint32_t n) {
    if (n < FRAME_FREE_SIZES && frame_free_count[n] < FRAME_FREE_MAX) {
        f->back = frame_free_list[n];
        frame_free_list[n] = f;
        frame_free_count[n]++;
    } else
        gc_frame_block_free(f);
}

/* A new frame for code: slots zeroed, func and code INCREF'd. */
Frame *frame_new(Code *code, FunctionObj *func, Value globals, Value builtins, Value locals);
/* The same for a generator function's code: the frame in the block of the generator that
 * gen_new makes of it (a generator not born yet: frame_release frees the block). */
Frame *frame_new_gen(Code *code, FunctionObj *func);
/* Drops the contents (locals, cells, stack up to f->sp) and releases the caller's reference. */
void frame_release(Frame *f);
/* Moves the contents of src (just made, bound, referenced once) into dst, the memory of
 * an embedded frame, and recycles src's block. dst's fflags are the caller's. */
void frame_move(Frame *dst, Frame *src);
/* Clears the contents only (the frame object may live on for gi_frame / f_lineno). */
void frame_clear(Frame *f);
int frame_lineno(Frame *f);   /* current line */
/* f_locals: the locals dict of module/class frames, else a snapshot of the bound fast
 * locals, cells and free variables (vm/run.c). */
Value frame_locals(Frame *f);

/* ---- generators (vm/gen.c) ---- */
/* A generator and its frame are one block: [GC header][GenObj: header, the frame with its
 * slots], 112 bytes and 8 a slot (a suspended counter() of bench/many_generators.py: 144;
 * CPython 3.11 embeds its frame too. It was a 64-byte object and a malloc'd 152-byte frame).
 * The frame is still an object of its own (gi_frame, tracebacks hand it out, and it may
 * outlive the generator): the block is freed when both are gone (FRAME_F_GENDEAD). The
 * generator's fields live in the frame's flags word (gstate ...), its code is the frame's
 * (kept until the block goes).
 * The collector (vm/gc.c): while the generator lives, the frame has no GC header of its
 * own (GC_HEAD(&g->f) is the generator's object header!): the generator's node stands for
 * both (once the generator finished, holding nothing, for its frame alone). Once the
 * generator is gone, its object header becomes the frame's GC header. So only frame code
 * may look for a frame's header: gc_frame_*, the collector's visit_head; obj_dealloc leaves
 * frames to frame_dealloc. Never gc_track / gc_untrack / GC_HEAD a frame elsewhere. */
struct GenObj {
    Obj hdr;
    Frame f;                 /* always the frame's memory; the generator's frame while
                                FRAME_F_GEN is set (gen_frame) */
};

/* The generator whose block holds f (an embedded frame), alive or not. */
static inline GenObj *frame_block_gen(Frame *f) {
    return (GenObj *)(void *)((char *)f - offsetof(GenObj, f));
}
/* The generator owning f, or NULL (not a generator's frame, or the generator finished). */
static inline GenObj *frame_gen(Frame *f) { return (f->fflags & FRAME_F_GEN) ? frame_block_gen(f) : NULL; }
/* Is f the frame inside a live generator's block? It has no GC header of its own then. */
static inline bool frame_in_gen(Frame *f) {
    return (f->fflags & (FRAME_F_EMBEDDED | FRAME_F_GENDEAD)) == FRAME_F_EMBEDDED;
}
/* g's frame, or NULL once g finished (or was cleared). */
static inline Frame *gen_frame(GenObj *g) { return (g->f.fflags & FRAME_F_GEN) ? &g->f : NULL; }
/* g lets its frame go (finished): the caller then releases the frame's reference. */
static inline void gen_detach_frame(GenObj *g) { g->f.fflags &= (uint8_t)~FRAME_F_GEN; }
/* Frees a generator's block once the generator and its frame are both gone (gen.c). */
void gen_block_free(GenObj *g);
/* alloc.c: a zeroed block of size bytes behind a GC header (pointer past the header), from
 * the pools when small; obj_born_sized makes an object of type t at its start (tracked,
 * counted); obj_free_sized frees it (the size given again). */
void *gc_block_alloc(size_t size);
int obj_born_sized(Obj *o, Type *t, size_t size);
void obj_free_sized(Obj *o, size_t size);
/* Bytes of a generator whose frame has nslots slots (its GC header not counted). */
#define GEN_SIZE(nslots) (sizeof(GenObj) + (size_t)(nslots) * sizeof(Value))

enum { GEN_YIELDED, GEN_RETURNED, GEN_RAISED };

/* Creates the generator (or coroutine / async generator, by the code's flags) for a bound
 * frame; steals the frame. */
Value gen_new(Frame *f, FunctionObj *func);
/* The one resume primitive. value: sent value (VNULL means None); exc: thrown exception
 * (borrowed) or VNULL. *out gets a new reference: the yielded or returned value; on
 * GEN_RAISED the exception is set and *out is VNULL. */
int gen_resume(GenObj *g, Value value, Value exc, Value *out);
Value gen_send(Value gen, Value v);        /* as gen.send(v) */
/* next(gen) for the builtin next(): like gen.send(None), so a `return 5` raises
 * StopIteration(5). (The type's iternext slot follows object.h: VNULL, no exception.) */
Value gen_next(Value gen);
Value gen_throw(Value gen, Value exc);     /* as gen.throw(exc) with an instance */
/* throw(typ[, val[, tb]]) (args borrowed, nargs 1..3) as a resume outcome (GEN_*).
 * keep_delegate: a GeneratorExit goes into a `yield from`/await delegate by its throw()
 * instead of closing it (CPython's athrow/aclose). */
int gen_throw_args(GenObj *g, const Value *args, size_t nargs, bool keep_delegate, Value *out);
/* Argument check of a no-argument slot method (__await__, __anext__, __aiter__), with
 * CPython's slot-wrapper wording (vm/asyncgen.c). */
int slot_noargs(const char *name, size_t nargs, Value kwnames);
Value gen_close(Value gen);                /* as gen.close() */
/* Is descr the send method descriptor of generators (for CALL_METHOD's inline resume)? */
bool gen_is_send_descr(Value descr);
/* Is v a generator or coroutine object (resumable inline by SEND)? */
static inline bool gen_check(Value v) {
    return !IS_SMALL(v) && (AS_OBJ(v)->type == &GeneratorType || AS_OBJ(v)->type == &CoroutineType);
}
/* The delegate a suspended generator is yielding from, borrowed, or VNULL. */
Value gen_yieldfrom(GenObj *g);
/* __name__ / __qualname__ getters and setters shared by the three generator types, and
 * the setter of their read-only members (gi_code and kin). */
/* __name__ and __qualname__ (BORROWED): the function's, as CPython 3.11, or as set. */
Value gen_name_value(GenObj *g);
Value gen_qualname_value(GenObj *g);
Value gen_get_name(Value self);
Value gen_get_qualname(Value self);
int gen_set_name(Value self, Value v);
int gen_set_qualname(Value self, Value v);
int gen_readonly_member(Value self, Value v);
/* The generator types' dealloc: closes a suspended generator first. */
void gen_dealloc_common(Obj *o);
/* Print "Exception ignored in: <obj>" and the pending exception, then clear it. */
void vm_write_unraisable(Value obj);
/* The default sys.unraisablehook's output (err_msg VNULL or None: "Exception ignored in"). */
void vm_unraisable_default(Value exc, Value obj, Value err_msg);
/* Is hook the default sys.unraisablehook (stdlib/sys.c)? */
bool sys_is_default_unraisablehook(Value hook);

/* ---- the loop (vm/eval.c) ---- */
/* Runs f (already bound, linked by the caller) until it returns, yields or raises out of it.
 * mode: EVAL_EXC_PENDING: start by raising vm.exc at f's current instruction;
 * EVAL_LINKED: f (and the frames below it up to the C entry) were made current and
 * counted by gen_link_resume. */
#define EVAL_EXC_PENDING 1
#define EVAL_LINKED      2
Value eval_frame(Frame *f, int mode);
/* Resumes g (suspended or just created) on top of `back`: links its frame with the given
 * entry kind and, while the linked frame is suspended in `yield from`/`await` of a suspended
 * generator, links that delegate too (O(1) work per level instead of running SEND and
 * YIELD_VALUE at every level). value (a new reference; dropped if g never ran) goes to the
 * innermost frame, which becomes vm.frame and is returned. */
Frame *gen_link_resume(GenObj *g, Frame *back, int entry, Value value);
/* Binds arguments into a fresh frame's slots (borrowed args) and creates its cells. */
int frame_bind_args(Frame *f, FunctionObj *fn, const Value *args, size_t nargs, Value kwnames);
/* "f()"-style name used by call error messages (CPython's _PyObject_FunctionStr). */
Value vm_function_str(Value callable);
/* The exception being handled as sys.exc_info() sees it (borrowed), or VNULL. */
Value vm_exc_info(void);
/* Work waiting for the eval loop's next safe point (calls, backward jumps), which polls
 * this one word: VM_PENDING_SIGINT, a Ctrl-C (set by main's signal handler), and
 * VM_PENDING_GC, a collection the cycle collector asked for (vm/gc.c). Bits are set and
 * taken atomically: a signal may arrive in the middle of an update. */
#define VM_PENDING_SIGINT 1
#define VM_PENDING_GC     2
extern volatile int vm_pending;
static inline void vm_pending_set(int bit) { __atomic_or_fetch(&vm_pending, bit, __ATOMIC_SEQ_CST); }
/* Clears bit; true if it was set. */
static inline bool vm_pending_take(int bit) {
    return (__atomic_fetch_and(&vm_pending, ~bit, __ATOMIC_SEQ_CST) & bit) != 0;
}
/* Runs a requested collection, then raises KeyboardInterrupt if one is pending: -1. */
int vm_check_signals(void);
/* Current line of the running Python frame (0 if none). */
int vm_current_line(void);
/* C re-entries of the loop allowed before RecursionError (the C stack's bound): 8000 on
 * the interpreter's 512 MB thread (cli/main.c), less on a default-sized stack. */
extern int vm_c_depth_max;
/* An exception C code re-raised as it was given (throw() into a finished generator): the
 * loop's error path does not chain it to the exception being handled. Identity only;
 * reset there. */
extern Value vm_unchained_exc;
#define VM_C_DEPTH_MAX vm_c_depth_max

#endif
