/* anext(aiterator, default): an awaitable that awaits aiterator.__anext__() and turns its
 * StopAsyncIteration into the default value (StopIteration(default) to the awaiter). */
#include "object.h"
#include "objutil.h"
#include "frame.h"
#include "containers.h"
#include "args.h"
#include "anext.h"

typedef struct AnextAwaitable {
    Obj hdr;
    Value wrapped;       /* the async iterator */
    Value dflt;
    Value inner;         /* the iterator of __anext__()'s awaitable, once asked for */
} AnextAwaitable;

#define AA(v) ((AnextAwaitable *)AS_OBJ(v))

static Type AnextAwaitableType;

Value anext_awaitable_new(Value aiter, Value dflt)
{
    if (!(AnextAwaitableType.flags & TPFLAG_READY) && type_ready(&AnextAwaitableType) < 0) return VNULL;
    AnextAwaitable *a = (AnextAwaitable *)obj_alloc(&AnextAwaitableType);
    if (!a) return VNULL;
    a->wrapped = NEWREF(aiter);
    a->dflt = NEWREF(dflt);
    a->inner = VNULL;
    return OBJ_VAL(a);
}

static void aa_dealloc(Obj *o)
{
    AnextAwaitable *a = (AnextAwaitable *)o;
    CLEAR(a->wrapped);
    CLEAR(a->dflt);
    CLEAR(a->inner);
    obj_free(o);
}

/* The iterator to drive (borrowed): __anext__() is called on first use only. */
static Value aa_inner(AnextAwaitable *a)
{
    if (a->inner) return a->inner;
    UnaryFn anext = TYPE(a->wrapped)->am_anext;
    if (!anext) {
        err_format(ExcTypeError, "'%s' object is not an async iterator", type_name(a->wrapped));
        return VNULL;
    }
    Value aw = anext(a->wrapped);
    if (!aw) return VNULL;
    if (!gen_check(aw) && !TYPE(aw)->iternext) {
        UnaryFn getter = TYPE(aw)->am_await;
        if (!getter) {
            err_format(ExcTypeError, "object %s can't be used in 'await' expression", type_name(aw));
            DECREF(aw);
            return VNULL;
        }
        Value it = getter(aw);
        DECREF(aw);
        if (!it) return VNULL;
        if (!gen_check(it) && !TYPE(it)->iternext) {
            err_format(ExcTypeError, "__await__() returned non-iterator of type '%s'", type_name(it));
            DECREF(it);
            return VNULL;
        }
        aw = it;
    }
    a->inner = aw;
    return aw;
}

/* The end of __anext__() by StopAsyncIteration becomes the default as the result. */
static Value aa_result(AnextAwaitable *a, Value r)
{
    if (r) return r;
    if (!err_occurred()) err_set_stopiteration(NONE);
    else if (err_matches(ExcStopAsyncIteration)) {
        err_clear();
        err_set_stopiteration(a->dflt);
    }
    return VNULL;
}

static Value aa_send_impl(AnextAwaitable *a, Value v)
{
    Value it = aa_inner(a);
    if (!it) return aa_result(a, VNULL);
    Value r;
    if (gen_check(it)) r = gen_send(it, v);
    else if (v == NONE) r = iter_next_with_stop(it);
    else r = obj_call_method(it, "send", &v, 1);
    return aa_result(a, r);
}

static Value aa_iternext(Value self) { return aa_send_impl(AA(self), NONE); }
static Value aa_self(Value self) { return NEWREF(self); }

static Value aa_send(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (arg_simple("send", nargs, kwnames, 1, 1) < 0) return VNULL;
    return aa_send_impl(AA(self), args[0]);
}

static Value aa_throw(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (arg_simple("throw", nargs, kwnames, 1, 3) < 0) return VNULL;
    AnextAwaitable *a = AA(self);
    Value it = aa_inner(a);
    if (!it) return aa_result(a, VNULL);
    return aa_result(a, obj_call_method(it, "throw", args, nargs));
}

static Value aa_close(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (arg_simple("close", nargs, kwnames, 0, 0) < 0) return VNULL;
    AnextAwaitable *a = AA(self);
    if (a->inner) {
        Value r = obj_call_method(a->inner, "close", NULL, 0);
        if (!r) return VNULL;
        DECREF(r);
    }
    RETURN_NONE;
}

static const MethodDef aa_methods[] = {
    {"send", aa_send, 0},
    {"throw", aa_throw, 0},
    {"close", aa_close, 0},
    {NULL, NULL, 0},
};

static Type AnextAwaitableType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "anext_awaitable",
    .basicsize = sizeof(AnextAwaitable),
    .base = &ObjectType,
    .dealloc = aa_dealloc,
    .getattr = obj_generic_getattr,
    .iter = aa_self,
    .iternext = aa_iternext,
    .am_await = aa_self,
    .methods = aa_methods,
};

/* The cycle collector's slots for anext_awaitable (installed by gc_init, vm/gc.c). */
static void aa_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    AnextAwaitable *a = (AnextAwaitable *)o;
    if (a->wrapped) visit(a->wrapped, arg);
    if (a->dflt) visit(a->dflt, arg);
    if (a->inner) visit(a->inner, arg);
}
void anext_gc_setup(void) {
    AnextAwaitableType.flags |= TPFLAG_GC;
    AnextAwaitableType.traverse = aa_gc_traverse;
}
