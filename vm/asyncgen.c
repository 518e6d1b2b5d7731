/* Async generators (PEP 525) over the generator machinery: __anext__/asend/athrow/aclose
 * return awaitables that resume the generator frame with gen_resume. A value the frame
 * hands out from a plain `yield` (YIELD_VALUE 0) ends the awaitable with StopIteration(v);
 * one from inside an `await` (YIELD_VALUE 1) passes through to the event loop. */
#include <string.h>
#include "object.h"
#include "code.h"
#include "frame.h"
#include "objutil.h"
#include "opcodes.h"
#include "args.h"
#include "gc.h"
#include "trace.h"

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct AsyncGenAwaitable {
    Obj hdr;
    Value gen;           /* the async generator */
    Value arg;           /* asend: value to send; athrow: the exception (VNULL: aclose) */
    uint8_t state;
    uint8_t is_throw;    /* athrow / aclose rather than asend */
} AsyncGenAwaitable;

static Type AsyncGenASendType, AsyncGenAThrowType;

/* Did the generator's last suspension come from a real `yield` (not an await)? */
static bool yielded_value(GenObj *g)
{
    if (!gen_frame(g) || g->f.gstate != FRAME_SUSPENDED) return false;
    Insn w = g->f.ip[-1];
    return INSN_OP(w) == OP_YIELD_VALUE && INSN_ARG(w) == 0;
}

/* __await__, __anext__ and __aiter__ are slot wrappers in CPython, worded so */
int slot_noargs(const char *name, size_t nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames)) {
        err_format(ExcTypeError, "wrapper %s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs) {
        err_format(ExcTypeError, "expected 0 arguments, got %zu", nargs);
        return -1;
    }
    return 0;
}

static Value new_awaitable(Type *t, Value gen, Value arg, bool is_throw)
{
    if (!(t->flags & TPFLAG_READY) && type_ready(t) < 0) return VNULL;
    AsyncGenAwaitable *a = (AsyncGenAwaitable *)obj_alloc(t);
    if (!a) return VNULL;
    a->gen = NEWREF(gen);
    a->arg = arg ? NEWREF(arg) : VNULL;
    a->state = AW_INIT;
    a->is_throw = is_throw;
    return OBJ_VAL(a);
}

static void aw_dealloc(Obj *o)
{
    AsyncGenAwaitable *a = (AsyncGenAwaitable *)o;
    CLEAR(a->gen);
    CLEAR(a->arg);
    obj_free(o);
}

#define AGEN(a) ((GenObj *)AS_OBJ((a)->gen))

static Value reuse_error(AsyncGenAwaitable *a)
{
    err_set(ExcRuntimeError, a->is_throw ? "cannot reuse already awaited aclose()/athrow()"
                                         : "cannot reuse already awaited __anext__()/asend()");
    return VNULL;
}

/* A resume outcome seen through an awaitable (CPython's async_gen_unwrap_value): a real
 * `yield` ends the awaitable with StopIteration(v); a value from an inner await passes
 * through; the generator's end is StopAsyncIteration. Only a yielded value or an end
 * clears ag_running, which the awaitable's step set. */
static Value unwrap(GenObj *g, int st, Value r)
{
    if (st == GEN_YIELDED) {
        if (!yielded_value(g)) return r;
        g->f.ag_running_async = 0;
        err_set_stopiteration(r);
        DECREF(r);
        return VNULL;
    }
    if (st == GEN_RETURNED) {
        DECREF(r);
        Value e = exc_new(ExcStopAsyncIteration, NULL, 0);
        if (e) err_restore(e);
    }
    if (err_matches(ExcStopAsyncIteration) || err_matches(ExcGeneratorExit)) g->f.ag_closed = 1;
    g->f.ag_running_async = 0;
    return VNULL;
}

static Value asend_step(AsyncGenAwaitable *a, Value v)
{
    GenObj *g = AGEN(a);
    if (a->state == AW_CLOSED) return reuse_error(a);
    if (a->state == AW_INIT) {
        if (g->f.ag_running_async) {
            err_set(ExcRuntimeError, "anext(): asynchronous generator is already running");
            return VNULL;
        }
        if (v == NONE && a->arg) v = a->arg;
        a->state = AW_ITER;
        TRACE_IF(trace_set_action(g, a->arg ? TRACE_ASEND : TRACE_ANEXT, a->arg));
    }
    g->f.ag_running_async = 1;
    Value r;
    int st = gen_resume(g, v, VNULL, &r);
    r = unwrap(g, st, r);
    if (!r) a->state = AW_CLOSED;
    return r;
}

/* aclose()'s end: the generator yielded a value instead of finishing. */
static Value ignored_exit(AsyncGenAwaitable *a, Value r)
{
    DECREF(r);
    AGEN(a)->f.ag_running_async = 0;
    a->state = AW_CLOSED;
    err_set(ExcRuntimeError, "async generator ignored GeneratorExit");
    return VNULL;
}

/* athrow()/aclose() failed or finished: for aclose, the generator's end is success. */
static Value athrow_done(AsyncGenAwaitable *a, int st)
{
    AGEN(a)->f.ag_running_async = 0;
    a->state = AW_CLOSED;
    if (st == GEN_RETURNED) {
        Value e = exc_new(ExcStopAsyncIteration, NULL, 0);
        if (e) err_restore(e);
    }
    if (!a->arg && (err_matches(ExcStopAsyncIteration) || err_matches(ExcGeneratorExit))) {
        err_clear();
        err_set_stopiteration(NONE);
    }
    return VNULL;
}

/* a->arg is the tuple of athrow()'s arguments, VNULL for aclose(). */
static Value athrow_step(AsyncGenAwaitable *a, Value v)
{
    GenObj *g = AGEN(a);
    Value r;
    int st;
    if (a->state == AW_CLOSED) return reuse_error(a);
    if (g->f.gstate == FRAME_DONE) {
        a->state = AW_CLOSED;
        err_set_stopiteration(NONE);
        return VNULL;
    }
    if (a->state == AW_INIT) {
        if (g->f.ag_running_async) {
            a->state = AW_CLOSED;
            err_set(ExcRuntimeError, a->arg ? "athrow(): asynchronous generator is already running"
                                            : "aclose(): asynchronous generator is already running");
            return VNULL;
        }
        if (g->f.ag_closed) {
            a->state = AW_CLOSED;
            Value e = exc_new(ExcStopAsyncIteration, NULL, 0);
            if (e) err_restore(e);
            return VNULL;
        }
        if (v != NONE) {
            err_set(ExcRuntimeError, "can't send non-None value to a just-started coroutine");
            return VNULL;
        }
        a->state = AW_ITER;
        g->f.ag_running_async = 1;
        TRACE_IF(trace_set_action(g, a->arg ? TRACE_ATHROW : TRACE_ACLOSE, a->arg));
        if (!a->arg) {
            g->f.ag_closed = 1;
            Value typ = OBJ_VAL(ExcGeneratorExit);
            st = gen_throw_args(g, &typ, 1, true, &r);
            if (st == GEN_YIELDED) {
                if (yielded_value(g)) return ignored_exit(a, r);
                return r;
            }
            return athrow_done(a, st);
        }
        size_t n = TUPLE_LEN(a->arg);
        if (n < 1 || n > 3) {
            /* as CPython, checked after the generator was marked running (and left so) */
            err_format(ExcTypeError, n < 1 ? "athrow expected at least 1 argument, got %zu"
                                           : "athrow expected at most 3 arguments, got %zu", n);
            return VNULL;
        }
        st = gen_throw_args(g, TUPLE_ITEMS(a->arg), n, true, &r);
        r = unwrap(g, st, r);
        if (!r) return athrow_done(a, GEN_RAISED);
        return r;
    }
    st = gen_resume(g, v, VNULL, &r);
    if (a->arg) return unwrap(g, st, r);
    if (st == GEN_YIELDED) {
        if (yielded_value(g)) return ignored_exit(a, r);
        return r;
    }
    return athrow_done(a, st);
}

static Value aw_step(AsyncGenAwaitable *a, Value v)
{
    return a->is_throw ? athrow_step(a, v) : asend_step(a, v);
}

static Value aw_iternext(Value self)
{
    return aw_step((AsyncGenAwaitable *)AS_OBJ(self), NONE);
}

static Value aw_send(Value self, const Value *args, size_t nargs, Value kwnames)
{
    AsyncGenAwaitable *a = (AsyncGenAwaitable *)AS_OBJ(self);
    if (arg_simple(a->is_throw ? "async_generator_athrow.send" : "async_generator_asend.send", nargs,
                   kwnames, 1, 1) < 0)
        return VNULL;
    return aw_step(a, args[0]);
}

static Value aw_throw(Value self, const Value *args, size_t nargs, Value kwnames)
{
    AsyncGenAwaitable *a = (AsyncGenAwaitable *)AS_OBJ(self);
    if (arg_simple("throw", nargs, kwnames, 1, 3) < 0) return VNULL;
    if (a->state == AW_CLOSED) return reuse_error(a);
    GenObj *g = AGEN(a);
    Value r;
    int st = gen_throw_args(g, args, nargs, false, &r);
    if (!a->is_throw) {
        r = unwrap(g, st, r);
        if (!r) a->state = AW_CLOSED;
        return r;
    }
    if (a->arg) return unwrap(g, st, r);
    /* aclose() mode */
    if (st == GEN_YIELDED) {
        if (yielded_value(g)) return ignored_exit(a, r);
        return r;
    }
    if (st == GEN_RETURNED) {
        DECREF(r);
        Value e = exc_new(ExcStopAsyncIteration, NULL, 0);
        if (e) err_restore(e);
    }
    if (err_matches(ExcStopAsyncIteration) || err_matches(ExcGeneratorExit)) {
        err_clear();
        err_set_stopiteration(NONE);
    }
    return VNULL;
}

static Value aw_close(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (arg_simple("async_generator_asend.close", nargs, kwnames, 0, 0) < 0) return VNULL;
    ((AsyncGenAwaitable *)AS_OBJ(self))->state = AW_CLOSED;
    RETURN_NONE;
}

static Value aw_self(Value self) { return NEWREF(self); }
static Value aw_await_m(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (slot_noargs("__await__", nargs, kwnames) < 0) return VNULL;
    return NEWREF(self);
}

static const MethodDef aw_methods[] = {
    {"send", aw_send, 0},
    {"throw", aw_throw, 0},
    {"close", aw_close, 0},
    {"__await__", aw_await_m, 0},
    {NULL, NULL, 0},
};

static Type AsyncGenASendType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "async_generator_asend",
    .basicsize = sizeof(AsyncGenAwaitable),
    .dealloc = aw_dealloc,
    .getattr = obj_generic_getattr,
    .iter = aw_self,
    .iternext = aw_iternext,
    .am_await = aw_self,
    .methods = aw_methods,
};

static Type AsyncGenAThrowType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "async_generator_athrow",
    .basicsize = sizeof(AsyncGenAwaitable),
    .dealloc = aw_dealloc,
    .getattr = obj_generic_getattr,
    .iter = aw_self,
    .iternext = aw_iternext,
    .am_await = aw_self,
    .methods = aw_methods,
};

/* ---------------------------------------------------------------- the generator type */

static Value ag_aiter(Value self) { return NEWREF(self); }
static Value ag_anext(Value self) { return new_awaitable(&AsyncGenASendType, self, VNULL, false); }

static Value ag_asend(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (arg_simple("async_generator.asend", nargs, kwnames, 1, 1) < 0) return VNULL;
    return new_awaitable(&AsyncGenASendType, self, args[0], false);
}

static Value ag_athrow(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (arg_no_kw("async_generator.athrow", kwnames) < 0) return VNULL;
    /* As CPython, the arguments are kept as given and checked when the awaitable runs. */
    Value t = tuple_new(nargs);
    if (!t) return VNULL;
    for (size_t k = 0; k < nargs; k++) tuple_set_steal(t, k, NEWREF(args[k]));
    Value r = new_awaitable(&AsyncGenAThrowType, self, t, true);
    DECREF(t);
    return r;
}

static Value ag_aclose(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (arg_simple("async_generator.aclose", nargs, kwnames, 0, 0) < 0) return VNULL;
    return new_awaitable(&AsyncGenAThrowType, self, VNULL, true);
}

static Value ag_anext_m(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (slot_noargs("__anext__", nargs, kwnames) < 0) return VNULL;
    return ag_anext(self);
}
static Value ag_aiter_m(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (slot_noargs("__aiter__", nargs, kwnames) < 0) return VNULL;
    return NEWREF(self);
}

static Value ag_repr(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(self);
    return str_fromformat("<async_generator object %U at %p>", gen_qualname_value(g), (void *)g);
}

static Value ag_frame(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(self);
    if (!gen_frame(g) || g->f.gstate == FRAME_DONE) RETURN_NONE;
    gc_frame_track(&g->f);   /* shared from now on: the collector sees it as an object */
    return NEWREF(OBJ_VAL(&g->f));
}
/* CPython 3.11: ag_running is "an asend/athrow awaitable is under way", not the frame state */
static Value ag_running(Value self) { return BOOL_VAL(((GenObj *)AS_OBJ(self))->f.ag_running_async); }
static Value ag_code(Value self) { return NEWREF(OBJ_VAL(((GenObj *)AS_OBJ(self))->f.code)); }
static Value ag_await(Value self)
{
    Value y = gen_yieldfrom((GenObj *)AS_OBJ(self));
    return y ? NEWREF(y) : NONE;
}

/* As generators' (vm/gen.c): CPython 3.11's size for the same frame. */
static Value ag_sizeof(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (arg_no_kw("async_generator.__sizeof__", kwnames) < 0 ||
        arg_count("async_generator.__sizeof__", nargs, 0, 0) < 0)
        return VNULL;
    Code *c = ((GenObj *)AS_OBJ(self))->f.code;
    return MAKE_SMALL(152 + 8 * (c->nlocals + c->ncells + c->nfrees + c->stacksize));
}

static const MethodDef ag_methods[] = {
    {"__sizeof__", ag_sizeof, 0},
    {"asend", ag_asend, 0},
    {"athrow", ag_athrow, 0},
    {"aclose", ag_aclose, 0},
    {"__anext__", ag_anext_m, 0},
    {"__aiter__", ag_aiter_m, 0},
    {NULL, NULL, 0},
};

static const GetSetDef ag_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"ag_frame", ag_frame, NULL},
    {"ag_running", ag_running, NULL},
    {"ag_code", ag_code, gen_readonly_member},
    {"ag_await", ag_await, NULL},
    {NULL, NULL, NULL},
};



Type AsyncGeneratorType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "async_generator",
    .basicsize = sizeof(GenObj),
    .dealloc = gen_dealloc_common,
    .repr = ag_repr,
    .getattr = obj_generic_getattr,
    .am_aiter = ag_aiter,
    .am_anext = ag_anext,
    .methods = ag_methods,
    .getsets = ag_getsets,
};

/* The cycle collector's slots for the asend/athrow awaitables (installed by gc_init). */
static void aw_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    AsyncGenAwaitable *a = (AsyncGenAwaitable *)o;
    if (a->gen) visit(a->gen, arg);
    if (a->arg) visit(a->arg, arg);
}
void asyncgen_gc_setup(void) {
    AsyncGenASendType.flags |= TPFLAG_GC;
    AsyncGenASendType.traverse = aw_gc_traverse;
    AsyncGenAThrowType.flags |= TPFLAG_GC;
    AsyncGenAThrowType.traverse = aw_gc_traverse;
}
