/* --trace: one line on stderr per suspension and resumption of a generator, coroutine or
 * async generator (vm/trace.c). A teaching aid: it names the frame (with the frames that
 * delegate to it through `yield from` / `await`, "outer -> inner"), the line it stopped or
 * resumed at, what resumed it, and the value passing through.
 *
 * Every hook sits behind TRACE_IF, one test of vm.trace (set by cli/main.c), so tracing
 * costs a single well-predicted branch when off. Building with -DMINIPY_NO_TRACE_HOOKS
 * compiles the hooks out altogether (used to measure that cost).
 *
 * Hook points: gen.c's resume() (every C-API resume: next(g), send, throw, close,
 * __next__ from C iteration, asyncgen awaitables, close on drop), gen_link_resume (the
 * loop's inline resumes: FOR_ITER, SEND for yield from / await, next(g)/g.send(v) inline,
 * and the direct resume of the innermost frame of a suspended yield-from chain),
 * YIELD_VALUE, RETURN_VALUE and the exception leaving a frame in eval.c, throw into and
 * close of an unstarted generator, gen.c handing throw()/close() to a delegate.
 * Keep hooks in the loop argument-free: each extra value live across a call there cost
 * every instruction a reload of the dispatch table (measured with cachegrind). */
#ifndef MINIPY_TRACE_H
#define MINIPY_TRACE_H

#include "object.h"
#include "code.h"
#include "frame.h"

#ifdef MINIPY_NO_TRACE_HOOKS
#define TRACE_IF(call) ((void)0)
#else
#define TRACE_IF(call) do { if (__builtin_expect(vm.trace, 0)) { call; } } while (0)
#endif

/* What resumed a generator, when its resumer knows better than the resume primitive. */
enum {
    TRACE_NONE,
    TRACE_NEXT,      /* next(g), g.__next__() */
    TRACE_SEND,      /* g.send(arg) */
    TRACE_THROW,     /* g.throw(arg) */
    TRACE_CLOSE,     /* g.close() */
    TRACE_DROP,      /* closed because its last reference went */
    TRACE_COLLECT,   /* closed by the cycle collector's finalizer (vm/gc.c) */
    TRACE_ANEXT,     /* async generator: __anext__() */
    TRACE_ASEND,     /* asend(arg) */
    TRACE_ATHROW,    /* athrow(arg) */
    TRACE_ACLOSE,    /* aclose() */
};

/* The next resume of g was asked for by `how` (arg borrowed; VNULL if none). A resumer
 * further out wins: close() on drop stays "close on drop" inside gen_close. */
void trace_set_action(GenObj *g, int how, Value arg);
/* gen.c's resume is about to run g (value as given to it; exc the exception thrown in;
 * push false when continuing after its delegate returned). Prints "started"/"resumed",
 * with the chain of delegates gen_link_resume will link. */
void trace_resume(GenObj *g, Value value, Value exc, bool push);
/* gen_link_resume linked a generator frame for the loop (FOR_ITER, SEND, next()/send()
 * inline) with gf its innermost frame: the same line, worked out from the linked frames,
 * so that gen_link_resume keeps nothing live across the call. */
void trace_linked(Frame *gf);
/* The hooks of the loop read the running frame from vm.frame, its sp saved. */
/* vm.frame executes YIELD_VALUE; the value it popped is still at vm.frame->sp[0]. */
void trace_yield(void);
/* vm.frame (any frame; generators are traced) executes RETURN_VALUE: the value at sp[0]. */
void trace_return(void);
/* The exception vm.exc leaves vm.frame (any frame), its traceback entry pushed. */
void trace_raise(void);
/* throw() into a generator that never started finished it at once (vm.exc set). */
void trace_unstarted_thrown(GenObj *g);
/* close() finished a generator that never started. */
void trace_closed_unstarted(GenObj *g);
/* gen.c hands a throw()/close() of g to its `yield from` delegate (deleg_enter), and takes
 * it back (deleg_leave): g waits on the delegate meanwhile, as when it runs SEND. */
void trace_deleg_enter(GenObj *g);
void trace_deleg_leave(GenObj *g);

#endif
