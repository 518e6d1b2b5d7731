/* Heap frames, the interpreter loop's entry points, and generator objects.
 * Owned by the vm core (vm/frame.c, vm/eval.c, vm/gen.c, vm/run.c). */
#ifndef MINIPY_FRAME_H
#define MINIPY_FRAME_H

#include "object.h"
#include "code.h"

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
};

/* Frame states (the generator's state lives here too). */
enum { FRAME_CREATED, FRAME_SUSPENDED, FRAME_RUNNING, FRAME_DONE };

typedef struct GenObj GenObj;

struct Frame {
    Obj hdr;                 /* FrameType; refcounted so gi_frame can hand it out */
    Code *code;              /* owned */
    FunctionObj *func;       /* owned, or NULL for module code run by vm_exec_code */
    Value globals;           /* borrowed from func (or from vm_exec_code's caller) */
    Value builtins;          /* borrowed likewise */
    Value locals;            /* owned dict for module and class bodies, else VNULL */
    Frame *back;             /* the frame below while this one is on the chain */
    const Insn *ip;          /* next instruction */
    Value *sp;               /* saved stack pointer (valid while not running) */
    Value handled;           /* generators: own handled exception while suspended, the
                                resumer's while running (swapped at resume / suspend) */
    GenObj *gen;             /* borrowed back pointer to the owning generator, or NULL */
    uint8_t state;           /* FRAME_* */
    uint8_t entry;           /* FRAME_ENTRY_* of the current activation */
    uint16_t unused;
    uint32_t nslots;         /* CODE_NSLOTS(code) */
    Value slots[];           /* locals, cells, frees, then the value stack */
};

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

/* A new frame for code: slots zeroed, func and code INCREF'd. */
Frame *frame_new(Code *code, FunctionObj *func, Value globals, Value builtins, Value locals);
/* Drops the contents (locals, cells, stack up to f->sp) and releases the caller's reference. */
void frame_release(Frame *f);
/* Clears the contents only (the frame object may live on for gi_frame / f_lineno). */
void frame_clear(Frame *f);
int frame_lineno(Frame *f);   /* current line */
/* f_locals: the locals dict of module/class frames, else a snapshot of the bound fast
 * locals, cells and free variables (vm/run.c). */
Value frame_locals(Frame *f);

/* ---- generators (vm/gen.c) ---- */
struct GenObj {
    Obj hdr;
    Frame *frame;            /* owned; NULL once finished */
    Code *code;              /* owned (gi_code) */
    uint8_t state;           /* FRAME_CREATED / SUSPENDED / RUNNING / DONE */
    uint8_t closing;
    uint8_t ag_running_async;  /* async generators: an asend/athrow awaitable is under way
                                  (ag_running); ends when it yields a value or ends */
    uint8_t ag_closed;         /* async generators: aclose() began or it finished */
    uint8_t own_names;         /* __name__/__qualname__ differ from the code's: they are kept
                                  in the side table (gen_name_value, gen_qualname_value) */
};

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
