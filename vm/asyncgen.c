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
    if (!g->frame || g->state != FRAME_SUSPENDED) return false;
    Insn w = g->frame->ip[-1];
    return INSN_OP(w) == OP_YIELD_VALUE && INSN_ARG(w) == 0;
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

/* Turns a resume outcome into the awaitable's step result. */
static Value asend_unwrap(AsyncGenAwaitable *a, int st, Value r)
{
    GenObj *g = (GenObj *)AS_OBJ(a->gen);
    if (st == GEN_YIELDED) {
        if (yielded_value(g)) {
            a->state = AW_CLOSED;
            err_set_stopiteration(r);
            DECREF(r);
            return VNULL;
        }
        return r;
    }
    a->state = AW_CLOSED;
    if (st == GEN_RETURNED) {
        DECREF(r);
        err_restore(exc_new(ExcStopAsyncIteration, NULL, 0));
        return VNULL;
    }
    return VNULL;
}

static Value athrow_unwrap(AsyncGenAwaitable *a, int st, Value r)
{
    GenObj *g = (GenObj *)AS_OBJ(a->gen);
    bool is_close = a->arg == VNULL;
    if (st == GEN_YIELDED) {
        if (yielded_value(g)) {
            if (is_close) {
                DECREF(r);
                a->state = AW_CLOSED;
                err_set(ExcRuntimeError, "async generator ignored GeneratorExit");
                return VNULL;
            }
            a->state = AW_CLOSED;
            err_set_stopiteration(r);
            DECREF(r);
            return VNULL;
        }
        return r;
    }
    a->state = AW_CLOSED;
    if (st == GEN_RETURNED) {
        DECREF(r);
        if (is_close) err_set_stopiteration(NONE);
        else err_restore(exc_new(ExcStopAsyncIteration, NULL, 0));
        return VNULL;
    }
    if (is_close && (err_matches(ExcStopAsyncIteration) || err_matches(ExcGeneratorExit))) {
        err_clear();
        err_set_stopiteration(NONE);
    }
    return VNULL;
}

static Value aw_send_impl(AsyncGenAwaitable *a, Value v)
{
    GenObj *g = (GenObj *)AS_OBJ(a->gen);
    Value r;
    int st;
    if (a->state == AW_CLOSED) {
        err_set(ExcRuntimeError, a->is_throw ? "cannot reuse already awaited aclose()/athrow()"
                                             : "cannot reuse already awaited __anext__()/asend()");
        return VNULL;
    }
    if (!a->is_throw) {
        if (a->state == AW_INIT) {
            if (v == NONE && a->arg) v = a->arg;
            a->state = AW_ITER;
        }
        st = gen_resume(g, v, VNULL, &r);
        return asend_unwrap(a, st, r);
    }
    if (a->state == AW_INIT) {
        if (g->state == FRAME_DONE) {
            a->state = AW_CLOSED;
            if (a->arg) err_restore(exc_new(ExcStopAsyncIteration, NULL, 0));
            else err_set_stopiteration(NONE);
            return VNULL;
        }
        if (v != NONE) {
            err_set(ExcRuntimeError, "can't send non-None value to a just-started coroutine");
            return VNULL;
        }
        a->state = AW_ITER;
        Value exc = a->arg ? NEWREF(a->arg) : exc_new(ExcGeneratorExit, NULL, 0);
        if (!exc) return VNULL;
        r = gen_throw(a->gen, exc);
        DECREF(exc);
        if (r) st = GEN_YIELDED;
        else if (err_matches(ExcStopIteration) && g->state == FRAME_DONE) {
            Value e = err_fetch();
            r = exc_stopiteration_value(e);
            DECREF(e);
            st = r ? GEN_RETURNED : GEN_RAISED;
        } else
            st = GEN_RAISED;
        return athrow_unwrap(a, st, r);
    }
    st = gen_resume(g, v, VNULL, &r);
    return athrow_unwrap(a, st, r);
}

static Value aw_iternext(Value self)
{
    return aw_send_impl((AsyncGenAwaitable *)AS_OBJ(self), NONE);
}

static Value aw_send(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (arg_simple("async_generator_asend.send", nargs, kwnames, 1, 1) < 0) return VNULL;
    return aw_send_impl((AsyncGenAwaitable *)AS_OBJ(self), args[0]);
}

static Value aw_throw(Value self, const Value *args, size_t nargs, Value kwnames)
{
    AsyncGenAwaitable *a = (AsyncGenAwaitable *)AS_OBJ(self);
    if (arg_simple("throw", nargs, kwnames, 1, 3) < 0) return VNULL;
    if (a->state == AW_CLOSED) {
        err_set(ExcRuntimeError, a->is_throw ? "cannot reuse already awaited aclose()/athrow()"
                                             : "cannot reuse already awaited __anext__()/asend()");
        return VNULL;
    }
    Value m = obj_getattr(a->gen, NAME(throw));
    if (!m) return VNULL;
    Value r = obj_call(m, args, nargs, VNULL);
    DECREF(m);
    GenObj *g = (GenObj *)AS_OBJ(a->gen);
    int st;
    if (r) st = GEN_YIELDED;
    else if (err_matches(ExcStopIteration) && g->state == FRAME_DONE) {
        Value e = err_fetch();
        r = exc_stopiteration_value(e);
        DECREF(e);
        st = r ? GEN_RETURNED : GEN_RAISED;
    } else
        st = GEN_RAISED;
    return a->is_throw ? athrow_unwrap(a, st, r) : asend_unwrap(a, st, r);
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
    if (arg_simple("async_generator_asend.__await__", nargs, kwnames, 0, 0) < 0) return VNULL;
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
    if (arg_simple("athrow", nargs, kwnames, 1, 3) < 0) return VNULL;
    Value typ = args[0];
    Value val = nargs > 1 ? args[1] : NONE;
    Value exc;
    if (IS_TYPEOBJ(typ) && type_is_subtype((Type *)AS_OBJ(typ), ExcBaseException)) {
        if (IS_EXC(val) && type_is_subtype(TYPE(val), (Type *)AS_OBJ(typ))) exc = NEWREF(val);
        else if (val == NONE) exc = obj_call0(typ);
        else if (IS_TUPLE(val)) exc = obj_call(typ, TUPLE_ITEMS(val), TUPLE_LEN(val), VNULL);
        else exc = obj_call1(typ, val);
    } else if (IS_EXC(typ)) {
        if (val != NONE) {
            err_set(ExcTypeError, "instance exception may not have a separate value");
            return VNULL;
        }
        exc = NEWREF(typ);
    } else {
        err_format(ExcTypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                   type_name(typ));
        return VNULL;
    }
    if (!exc) return VNULL;
    Value r = new_awaitable(&AsyncGenAThrowType, self, exc, true);
    DECREF(exc);
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
    if (arg_simple("async_generator.__anext__", nargs, kwnames, 0, 0) < 0) return VNULL;
    return ag_anext(self);
}
static Value ag_aiter_m(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (arg_simple("async_generator.__aiter__", nargs, kwnames, 0, 0) < 0) return VNULL;
    return NEWREF(self);
}

static Value ag_repr(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(self);
    Value qn = g->code->qualname ? g->code->qualname : g->code->name;
    return str_fromformat("<async_generator object %U at %p>", qn, (void *)g);
}

static Value ag_name(Value self) { return NEWREF(((GenObj *)AS_OBJ(self))->code->name); }
static Value ag_qualname(Value self)
{
    Code *c = ((GenObj *)AS_OBJ(self))->code;
    return NEWREF(c->qualname ? c->qualname : c->name);
}
static Value ag_frame(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(self);
    if (!g->frame || g->state == FRAME_DONE) RETURN_NONE;
    return NEWREF(OBJ_VAL(g->frame));
}
static Value ag_running(Value self) { return BOOL_VAL(((GenObj *)AS_OBJ(self))->state == FRAME_RUNNING); }
static Value ag_code(Value self) { return NEWREF(OBJ_VAL(((GenObj *)AS_OBJ(self))->code)); }
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
    Code *c = ((GenObj *)AS_OBJ(self))->code;
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
    {"__name__", ag_name, NULL},
    {"__qualname__", ag_qualname, NULL},
    {"ag_frame", ag_frame, NULL},
    {"ag_running", ag_running, NULL},
    {"ag_code", ag_code, NULL},
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
