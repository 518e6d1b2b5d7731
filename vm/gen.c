/* Generators and coroutines: one resume primitive (gen_resume) under next, send,
 * throw, close and __await__. The generator owns its frame; resuming links the frame
 * onto the running chain and runs it in the interpreter loop. */
#include <string.h>
#include "object.h"
#include "code.h"
#include "frame.h"
#include "objutil.h"
#include "opcodes.h"
#include "modules.h"
#include "errors.h"
#include "structseq.h"
#include "gc.h"
#include "trace.h"

static bool is_coro(GenObj *g) { return AS_OBJ(OBJ_VAL(g))->type == &CoroutineType; }
static const char *kind_name(GenObj *g)
{
    Type *t = g->hdr.type;
    return t == &CoroutineType ? "coroutine" : t == &AsyncGeneratorType ? "async generator" : "generator";
}

/* __name__ and __qualname__ are nearly always the code's, so a generator does not carry them:
 * only a generator whose function was renamed, or which had them set, keeps a (name,
 * qualname) tuple in the side table of vm/sidedict.c. A million suspended generators are
 * 16 MB smaller for it. */
static Value own_names(GenObj *g)
{
    Value *slot = g->f.own_names ? obj_side_dict_slot(&g->hdr) : NULL;
    return slot ? *slot : VNULL;
}

Value gen_name_value(GenObj *g)
{
    Value t = own_names(g);
    return t ? TUPLE_ITEMS(t)[0] : g->f.code->name;
}

Value gen_qualname_value(GenObj *g)
{
    Value t = own_names(g);
    if (t) return TUPLE_ITEMS(t)[1];
    return g->f.code->qualname ? g->f.code->qualname : g->f.code->name;
}

static int gen_set_names(GenObj *g, Value name, Value qualname)
{
    Value items[2] = {name, qualname};
    Value t = tuple_from_array(items, 2);
    if (!t) return -1;
    gc_untrack_value(t);   /* two strs: nothing for the collector to look at */
    Value *slot = obj_side_dict_slot(&g->hdr);
    if (!slot) {
        DECREF(t);
        return -1;
    }
    Value old = *slot;
    *slot = t;
    g->f.own_names = 1;
    XDECREF(old);
    return 0;
}

Value gen_new(Frame *f, FunctionObj *func)
{
    Type *t = &GeneratorType;
    if (f->code->flags & CO_COROUTINE) t = &CoroutineType;
    else if (f->code->flags & CO_ASYNC_GENERATOR) t = &AsyncGeneratorType;
    size_t size = GEN_SIZE(CODE_NSLOTS(f->code));
    GenObj *g;
    if (f->fflags & FRAME_F_EMBEDDED) {
        /* frame_new_gen's: the frame is already in the generator's block */
        g = frame_block_gen(f);
        if (obj_born_sized(&g->hdr, t, size) < 0) {
            frame_release(f);
            return VNULL;
        }
    } else {
        /* Any other bound frame moves into a new block (its own is recycled). */
        g = gc_block_alloc(size);
        if (!g || obj_born_sized(&g->hdr, t, size) < 0) {
            if (g) obj_free_sized(&g->hdr, size);
            frame_release(f);
            return VNULL;
        }
        frame_move(&g->f, f);
    }
    g->f.fflags = FRAME_F_EMBEDDED | FRAME_F_GEN;
    g->f.state = FRAME_CREATED;
    g->f.gstate = FRAME_CREATED;
    if (func && ((func->name && func->name != gen_name_value(g)) ||
                 (func->qualname && func->qualname != gen_qualname_value(g)))) {
        if (gen_set_names(g, func->name ? func->name : gen_name_value(g),
                          func->qualname ? func->qualname : gen_qualname_value(g)) < 0) {
            DECREF(OBJ_VAL(g));
            return VNULL;
        }
    }
    return OBJ_VAL(g);
}

void gen_block_free(GenObj *g)
{
    Code *c = g->f.code;
    size_t size = GEN_SIZE(CODE_NSLOTS(c));
    g->f.code = NULL;
    DECREF(OBJ_VAL(c));
    obj_free_sized(&g->hdr, size);
}

Value gen_yieldfrom(GenObj *g)
{
    if (g->f.gstate != FRAME_SUSPENDED || !gen_frame(g)) return VNULL;
    Frame *f = &g->f;
    Insn w = f->ip[-1];
    if (INSN_OP(w) != OP_YIELD_VALUE || INSN_ARG(w) != 1) return VNULL;
    return f->sp[-1];
}

/* throw() into a generator that never started: CPython raises it at the def line, before
 * any try of the body, so nothing of the body runs and the generator is finished. */
static int throw_unstarted(GenObj *g, Value exc)
{
    Frame *f = &g->f;
    err_restore(NEWREF(exc));
    /* Its traceback entry is for the generator's frame (tb_frame), linked for the push. */
    Frame *cur = vm.frame;
    f->back = cur;
    vm.frame = f;
    exc_tb_push(vm.exc, f->code, TB_INSN_DEF);
    vm.frame = cur;
    f->back = NULL;
    g->f.gstate = FRAME_DONE;
    gen_detach_frame(g);
    frame_release(f);
    /* PEP 479, as for a StopIteration leaving a running generator */
    Type *t = g->hdr.type;
    const char *msg = NULL;
    if (err_matches(ExcStopIteration)) msg = "raised StopIteration";
    else if (t == &AsyncGeneratorType && err_matches(ExcStopAsyncIteration)) msg = "raised StopAsyncIteration";
    if (msg) {
        Value old = err_fetch();
        err_format(ExcRuntimeError, "%s %s", kind_name(g), msg);
        Value ne = err_fetch();
        if (!ne) {
            err_restore(old);
            return GEN_RAISED;
        }
        INCREF(old);
        exc_set_cause(ne, old);
        exc_set_context(ne, old);
        err_restore(ne);
    }
    return GEN_RAISED;
}

/* push: whether a sent value goes on the stack (not when resuming after a delegate
 * returned, whose result is already there). */
static int resume(GenObj *g, Value value, Value exc, bool push, Value *out)
{
    *out = VNULL;
    if (g->f.gstate == FRAME_RUNNING) {
        err_format(ExcValueError, "%s already executing", kind_name(g));
        return GEN_RAISED;
    }
    if (g->f.gstate == FRAME_DONE || !gen_frame(g)) {
        if (exc && !is_coro(g)) {
            /* re-raised as given (CPython's PyErr_Restore): not chained to the thrower's
             * handled exception */
            err_restore(NEWREF(exc));
            vm_unchained_exc = exc;
            return GEN_RAISED;
        }
        if (is_coro(g)) {
            err_set(ExcRuntimeError, "cannot reuse already awaited coroutine");
            return GEN_RAISED;
        }
        *out = NONE;
        return GEN_RETURNED;
    }
    if (!exc && g->f.gstate == FRAME_CREATED && value && value != NONE) {
        err_format(ExcTypeError, "can't send non-None value to a just-started %s", kind_name(g));
        return GEN_RAISED;
    }
    if (vm.recursion_depth >= vm.recursion_limit || vm.c_depth >= VM_C_DEPTH_MAX) {
        err_set(ExcRecursionError, "maximum recursion depth exceeded");
        return GEN_RAISED;
    }
    TRACE_IF(trace_resume(g, value, exc, push));
    if (exc && g->f.gstate == FRAME_CREATED) {
        int st = throw_unstarted(g, exc);
        TRACE_IF(trace_unstarted_thrown(g));
        return st;
    }
    Frame *f = &g->f;
    Value r;
    if (!exc && push) {
        Frame *leaf = gen_link_resume(g, vm.frame, FRAME_ENTRY_C, value ? NEWREF(value) : NONE);
        r = eval_frame(leaf, EVAL_LINKED);
    } else {
        if (exc) {
            /* CPython chains a thrown exception to the one the generator itself was
             * handling where it paused (never to the thrower's). */
            Value own = f->handled;
            if (own && own != exc && IS_EXC(exc)) exc_set_context(exc, NEWREF(own));
            err_restore(NEWREF(exc));
        }
        f->back = vm.frame;
        f->entry = FRAME_ENTRY_C;
        Value t = vm.handled;
        vm.handled = f->handled;
        f->handled = t;
        g->f.gstate = FRAME_RUNNING;
        r = eval_frame(f, exc ? EVAL_EXC_PENDING : 0);
    }
    if (!r) return GEN_RAISED;
    *out = r;
    return g->f.gstate == FRAME_SUSPENDED ? GEN_YIELDED : GEN_RETURNED;
}

int gen_resume(GenObj *g, Value value, Value exc, Value *out)
{
    return resume(g, value, exc, true, out);
}

static int close_delegate(Value yf)
{
    Value r;
    if (gen_check(yf) || IS_TYPE(yf, &AsyncGeneratorType)) {
        r = gen_close(yf);
    } else {
        Value m = obj_getattr_opt(yf, NAME(close));
        if (!m) return err_occurred() ? -1 : 0;
        r = obj_call0(m);
        DECREF(m);
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* What throw(typ[, val[, tb]]) was given (val, tb VNULL when absent): CPython hands
 * these unchanged down a `yield from` chain to a delegate's own throw() and builds the
 * exception only where it is raised. */
typedef struct Thrown {
    Value typ, val, tb;
    bool keep_delegate;   /* GeneratorExit is thrown into a delegate, not closed (athrow) */
} Thrown;

static int throw_into(GenObj *g, const Thrown *t, Value *out);
static Value make_thrown(const Thrown *t);

/* The delegate of g returned r while g was suspended in `yield from`: continue g after
 * its SEND with r as the result. */
static int delegate_returned(GenObj *g, Value r, Value *out)
{
    Frame *f = &g->f;
    Value yf = *--f->sp;
    DECREF(yf);
    *f->sp++ = r;
    const Insn *p = f->ip - 2;
    while (p >= f->code->insns && INSN_OP(*p) != OP_SEND) p--;
    if (p >= f->code->insns) f->ip = f->code->insns + INSN_ARG(*p);
    return resume(g, VNULL, VNULL, false, out);
}

/* Resume g raising the pending exception (one its delegate raised). */
static int resume_with_pending(GenObj *g, Value *out)
{
    Value e = err_fetch();
    int st = resume(g, VNULL, e, true, out);
    DECREF(e);
    return st;
}

static bool thrown_matches(Value typ, Type *t)
{
    if (IS_TYPEOBJ(typ)) return type_is_subtype((Type *)AS_OBJ(typ), t);
    return IS_EXC(typ) && type_is_subtype(TYPE(typ), t);
}

static int throw_into(GenObj *g, const Thrown *t, Value *out)
{
    Value yf = gen_yieldfrom(g);
    if (yf) {
        INCREF(yf);
        int st;
        Value r = VNULL;
        if (!t->keep_delegate && thrown_matches(t->typ, ExcGeneratorExit)) {
            g->f.gstate = FRAME_RUNNING;
            TRACE_IF(trace_deleg_enter(g));
            int rc = close_delegate(yf);
            TRACE_IF(trace_deleg_leave(g));
            g->f.gstate = FRAME_SUSPENDED;
            DECREF(yf);
            if (rc < 0) return resume_with_pending(g, out);
            goto throw_here;
        }
        if (gen_check(yf)) {
            g->f.gstate = FRAME_RUNNING;
            TRACE_IF(trace_deleg_enter(g));
            st = throw_into((GenObj *)AS_OBJ(yf), t, &r);
            TRACE_IF(trace_deleg_leave(g));
            g->f.gstate = FRAME_SUSPENDED;
        } else {
            Value m = obj_getattr_opt(yf, NAME(throw));
            if (!m) {
                DECREF(yf);
                if (err_occurred()) return resume_with_pending(g, out);
                goto throw_here;
            }
            Value args[3] = {t->typ, t->val, t->tb};
            size_t n = !t->val ? 1 : !t->tb ? 2 : 3;
            g->f.gstate = FRAME_RUNNING;
            r = obj_call(m, args, n, VNULL);
            g->f.gstate = FRAME_SUSPENDED;
            DECREF(m);
            if (r) st = GEN_YIELDED;
            else if (err_matches(ExcStopIteration)) {
                Value e = err_fetch();
                r = exc_stopiteration_value(e);
                DECREF(e);
                st = r ? GEN_RETURNED : GEN_RAISED;
            } else
                st = GEN_RAISED;
        }
        DECREF(yf);
        if (st == GEN_YIELDED) {
            *out = r;
            return GEN_YIELDED;
        }
        if (st == GEN_RAISED) return resume_with_pending(g, out);
        return delegate_returned(g, r, out);
    }
throw_here: {
        Value exc = make_thrown(t);
        if (!exc) {
            *out = VNULL;
            return GEN_RAISED;   /* bad arguments: the generator stays as it was */
        }
        int st = resume(g, VNULL, exc, true, out);
        DECREF(exc);
        return st;
    }
}

int gen_throw_args(GenObj *g, const Value *args, size_t nargs, bool keep_delegate, Value *out)
{
    Thrown t = {args[0], nargs > 1 ? args[1] : VNULL, nargs > 2 ? args[2] : VNULL, keep_delegate};
    return throw_into(g, &t, out);
}

Value gen_send(Value gen, Value v)
{
    Value r;
    int st = gen_resume((GenObj *)AS_OBJ(gen), v, VNULL, &r);
    if (st == GEN_YIELDED) return r;
    if (st == GEN_RETURNED) {
        err_set_stopiteration(r);
        DECREF(r);
    }
    return VNULL;
}

Value gen_throw(Value gen, Value exc)
{
    Value r;
    Thrown t = {exc, VNULL, VNULL, false};
    int st = throw_into((GenObj *)AS_OBJ(gen), &t, &r);
    if (st == GEN_YIELDED) return r;
    if (st == GEN_RETURNED) {
        err_set_stopiteration(r);
        DECREF(r);
    }
    return VNULL;
}

Value gen_close(Value gen)
{
    GenObj *g = (GenObj *)AS_OBJ(gen);
    if (g->f.gstate == FRAME_CREATED) {
        g->f.gstate = FRAME_DONE;
        Frame *f = gen_frame(g);
        if (f) {
            gen_detach_frame(g);
            frame_release(f);
        }
        TRACE_IF(trace_closed_unstarted(g));
        RETURN_NONE;
    }
    if (g->f.gstate == FRAME_DONE) RETURN_NONE;
    TRACE_IF(trace_set_action(g, TRACE_CLOSE, VNULL));
    /* As CPython: close the delegate of a `yield from` first; an error from that is
     * raised in g instead of GeneratorExit. */
    Value yf = gen_yieldfrom(g);
    int rc = 0;
    if (yf) {
        INCREF(yf);
        g->f.gstate = FRAME_RUNNING;
        TRACE_IF(trace_deleg_enter(g));
        rc = close_delegate(yf);
        TRACE_IF(trace_deleg_leave(g));
        g->f.gstate = FRAME_SUSPENDED;
        DECREF(yf);
    }
    Value r;
    int st;
    if (rc < 0) {
        st = resume_with_pending(g, &r);
    } else {
        Value exc = exc_new(ExcGeneratorExit, NULL, 0);
        if (!exc) return VNULL;
        /* made as CPython's PyErr_SetNone: chained to what the closer is handling (the
         * generator's own handled exception, if any, replaces it in resume) */
        Value h = vm_exc_info();
        if (h && h != exc) exc_set_context(exc, NEWREF(h));
        st = resume(g, VNULL, exc, true, &r);
        DECREF(exc);
    }
    if (st == GEN_YIELDED) {
        DECREF(r);
        err_format(ExcRuntimeError, "%s ignored GeneratorExit", kind_name(g));
        /* chained as CPython's PyErr_SetString: when a delegating generator gets it
         * thrown in, the exception the closer was handling is its context */
        Value h = vm_exc_info();
        if (h && vm.exc && h != vm.exc && IS_EXC(vm.exc) && !EXC(vm.exc)->context)
            exc_set_context(vm.exc, NEWREF(h));
        return VNULL;
    }
    if (st == GEN_RETURNED) {
        DECREF(r);
        RETURN_NONE;
    }
    if (err_matches(ExcGeneratorExit) || err_matches(ExcStopIteration)) {
        err_clear();
        RETURN_NONE;
    }
    return VNULL;
}

static void write_stderr(const char *text);

/* What the default sys.unraisablehook prints: "<err_msg>: <repr(obj)>" (err_msg VNULL or
 * None: "Exception ignored in"), then the exception and its traceback. */
void vm_unraisable_default(Value exc, Value obj, Value err_msg)
{
    Value sysout = vm.sys_module ? sys_get_stream("stdout") : VNULL;
    if (sysout && sysout != NONE) {
        Value fl = obj_call_method(sysout, "flush", NULL, 0);
        if (fl) DECREF(fl);
        else err_clear();
    }
    fflush(stdout);
    const char *msg = err_msg && IS_STR(err_msg) ? STR_DATA(err_msg) : "Exception ignored in";
    if (obj && obj != NONE) {
        Value r = obj_repr(obj);
        write_stderr(msg);
        write_stderr(": ");
        if (r) {
            write_stderr(STR_DATA(r));
            DECREF(r);
        } else {
            err_clear();
            write_stderr("<object repr() failed>");
        }
        write_stderr("\n");
    } else if (err_msg && IS_STR(err_msg)) {
        write_stderr(msg);
        write_stderr(":\n");
    }
    Value text = exc_format_unraisable(exc);
    if (text) {
        write_stderr(STR_DATA(text));
        DECREF(text);
    } else
        err_clear();
}

void vm_write_unraisable(Value obj)
{
    Value exc = err_fetch();
    if (!exc) return;
    /* As CPython: an exception with no traceback yet (close()'s "generator ignored
     * GeneratorExit") gets one entry for the frame running now. */
    Frame *cur = vm.frame;
    if (IS_EXC(exc) && !EXC(exc)->traceback && cur && cur->code && cur->ip > cur->code->insns)
        exc_tb_push(exc, cur->code, (uint32_t)(cur->ip - cur->code->insns - 1));
    /* A sys.unraisablehook set by the program gets the UnraisableHookArgs; if it fails,
     * its own error is reported with the default output, as CPython. */
    Value hook = vm.sys_module ? dict_get_cstr(((ModuleObj *)AS_OBJ(vm.sys_module))->dict, "unraisablehook")
                               : VNULL;
    if (hook && hook != NONE && !sys_is_default_unraisablehook(hook)) {
        INCREF(hook);
        Value tb = IS_EXC(exc) && EXC(exc)->traceback ? EXC(exc)->traceback : NONE;
        Value items[5] = {OBJ_VAL(TYPE(exc)), exc, tb, NONE, obj ? obj : NONE};
        Value args = structseq_new(&UnraisableHookArgsType, items);
        Value r = args ? obj_call1(hook, args) : VNULL;
        XDECREF(args);
        if (r) {
            DECREF(r);
            DECREF(hook);
            DECREF(exc);
            return;
        }
        Value e2 = err_fetch();
        if (e2) {
            Value m = str_from_cstr("Exception ignored in sys.unraisablehook");
            if (m) {
                vm_unraisable_default(e2, hook, m);
                DECREF(m);
            } else
                err_clear();
            DECREF(e2);
        }
        DECREF(hook);
        DECREF(exc);
        return;
    }
    if (!hook && err_occurred()) err_clear();
    vm_unraisable_default(exc, obj, VNULL);
    DECREF(exc);
}

/* ---------------------------------------------------------------- the type */

void gen_dealloc_common(Obj *o)
{
    GenObj *g = (GenObj *)o;
    if (g->f.gstate == FRAME_SUSPENDED && gen_frame(g) && gc_dealloc_finalizer_begin(o)) {
        /* Closed when its last reference goes, so its finally blocks run now (once: not
         * again if the cycle collector's finalizer already closed it). */
        o->refcnt = 1;
        Value saved = err_fetch();
        TRACE_IF(trace_set_action(g, TRACE_DROP, VNULL));
        Value r = gen_close(OBJ_VAL(g));
        if (r) DECREF(r);
        else vm_write_unraisable(OBJ_VAL(g));
        err_restore(saved);
        if (--o->refcnt > 0) {   /* resurrected by its own code */
            gc_dealloc_finalizer_end(o, o->refcnt);
            return;
        }
    }
    if (g->f.own_names) obj_side_dict_clear(o);
    /* Its close may have tracked it again (a yield ignoring GeneratorExit). */
    gc_untrack(o);
    /* The block is freed by whichever of the generator and its frame goes last: the frame
     * may live on in a traceback or a gi_frame someone kept. */
    g->f.fflags |= FRAME_F_GENDEAD;
    /* The generator's object header is now the frame's GC header (vm/frame.h). */
    GCHead *h = (GCHead *)(void *)&g->hdr;
    h->next = NULL;
    h->prev = 0;
    Frame *f = &g->f;
    if (gen_frame(g)) {
        gen_detach_frame(g);
        frame_release(f);   /* tracks the frame if kept; else frees the block */
    } else if (f->hdr.refcnt == 0) {
        gen_block_free(g);
    } else {
        gc_frame_track(f);   /* kept (a traceback): until now the generator's node had it */
    }
}

static Value gen_repr(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(self);
    return str_fromformat("<%s object %U at %p>", TYPE(self)->name, gen_qualname_value(g), (void *)g);
}

/* eval.c: resumes g, suspended, untraced, within the depth limits, as next(g) from C. */
Value eval_gen_next(GenObj *g);

/* iternext follows object.h: VNULL with no exception at exhaustion, whatever was
 * returned (list(), for loops and sum() never see the value). */
static Value gen_iternext(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(self);
    /* A suspended generator driven by a C loop (sum, max, list, ...): resume() without its
     * checks for the states this one is not in. */
    if (g->f.gstate == FRAME_SUSPENDED && gen_frame(g) && !vm.trace &&
        vm.recursion_depth < vm.recursion_limit && vm.c_depth < VM_C_DEPTH_MAX) {
        Value v = eval_gen_next(g);
        if (!v || g->f.gstate == FRAME_SUSPENDED) return v;
        DECREF(v);
        return VNULL;
    }
    Value r;
    int st = gen_resume(g, VNULL, VNULL, &r);
    if (st == GEN_YIELDED) return r;
    if (st == GEN_RETURNED) DECREF(r);
    return VNULL;
}

Value gen_next(Value gen)
{
    Value r;
    int st = gen_resume((GenObj *)AS_OBJ(gen), VNULL, VNULL, &r);
    if (st == GEN_YIELDED) return r;
    if (st == GEN_RETURNED) {
        err_set_stopiteration(r);
        DECREF(r);
    }
    return VNULL;
}

static Value gen_iter(Value self) { return NEWREF(self); }

static Value m_send(Value self, const Value *args, size_t nargs, Value kwnames)
{
    char fn[48];
    snprintf(fn, sizeof fn, "%s.send", TYPE(self)->name);
    if (arg_no_kw(fn, kwnames) < 0 || arg_count(fn, nargs, 1, 1) < 0) return VNULL;
    return gen_send(self, args[0]);
}

/* The exception throw(typ[, val[, tb]]) raises, with tb as its traceback when given. */
static Value make_thrown(const Thrown *t)
{
    Value typ = t->typ;
    Value val = t->val ? t->val : NONE;
    Value tb = t->tb ? t->tb : NONE;
    if (tb != NONE && !IS_TYPE(tb, &TracebackType)) {
        err_set(ExcTypeError, "throw() third argument must be a traceback object");
        return VNULL;
    }
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
    if (exc && tb != NONE && IS_EXC(exc)) {
        Value old = EXC(exc)->traceback;
        EXC(exc)->traceback = NEWREF(tb);
        XDECREF(old);
    }
    return exc;
}

static Value m_throw(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (arg_no_kw("throw", kwnames) < 0 || arg_count("throw", nargs, 1, 3) < 0) return VNULL;
    Thrown t = {args[0], nargs > 1 ? args[1] : VNULL, nargs > 2 ? args[2] : VNULL, false};
    Value r;
    int st = throw_into((GenObj *)AS_OBJ(self), &t, &r);
    if (st == GEN_YIELDED) return r;
    if (st == GEN_RETURNED) {
        err_set_stopiteration(r);
        DECREF(r);
    }
    return VNULL;
}

static Value m_close(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    char fn[48];
    snprintf(fn, sizeof fn, "%s.close", TYPE(self)->name);
    if (arg_no_kw(fn, kwnames) < 0 || arg_count(fn, nargs, 0, 0) < 0) return VNULL;
    return gen_close(self);
}

Value gen_get_name(Value self) { return NEWREF(gen_name_value((GenObj *)AS_OBJ(self))); }
Value gen_get_qualname(Value self) { return NEWREF(gen_qualname_value((GenObj *)AS_OBJ(self))); }
static int set_str_field(Value self, int which, Value v, const char *what)
{
    if (!v || !IS_STR(v)) {
        err_format(ExcTypeError, "%s must be set to a string object", what);
        return -1;
    }
    GenObj *g = (GenObj *)AS_OBJ(self);
    return gen_set_names(g, which == 0 ? v : gen_name_value(g), which == 1 ? v : gen_qualname_value(g));
}
int gen_set_name(Value self, Value v) { return set_str_field(self, 0, v, "__name__"); }
int gen_set_qualname(Value self, Value v) { return set_str_field(self, 1, v, "__qualname__"); }
/* gi_code is a member in CPython, whose error is worded differently */
int gen_readonly_member(Value self, Value v)
{
    (void)self; (void)v;
    err_set(ExcAttributeError, "readonly attribute");
    return -1;
}
static Value g_frame(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(self);
    if (!gen_frame(g) || g->f.gstate == FRAME_DONE) RETURN_NONE;
    gc_frame_track(&g->f);   /* shared from now on: the collector sees it as an object */
    return NEWREF(OBJ_VAL(&g->f));
}
static Value g_running(Value self) { return BOOL_VAL(((GenObj *)AS_OBJ(self))->f.gstate == FRAME_RUNNING); }
static Value g_suspended(Value self) { return BOOL_VAL(((GenObj *)AS_OBJ(self))->f.gstate == FRAME_SUSPENDED); }
static Value g_code(Value self) { return NEWREF(OBJ_VAL(((GenObj *)AS_OBJ(self))->f.code)); }
static Value g_yieldfrom(Value self)
{
    Value y = gen_yieldfrom((GenObj *)AS_OBJ(self));
    return y ? NEWREF(y) : NONE;
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kwnames);

static const MethodDef gen_methods[] = {
    {"send", m_send, 0},
    {"throw", m_throw, 0},
    {"close", m_close, 0},
    {"__sizeof__", m_sizeof, 0},
    {NULL, NULL, 0},
};

/* CPython 3.11's number (sys.getsizeof adds 16 for the GC header): what lessons print. */
static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    char fn[48];
    snprintf(fn, sizeof fn, "%s.__sizeof__", TYPE(self)->name);
    if (arg_no_kw(fn, kwnames) < 0 || arg_count(fn, nargs, 0, 0) < 0) return VNULL;
    Code *c = ((GenObj *)AS_OBJ(self))->f.code;
    return MAKE_SMALL(152 + 8 * (c->nlocals + c->ncells + c->nfrees + c->stacksize));
}

bool gen_is_send_descr(Value d)
{
    return IS_TYPE(d, &MethodDescrType) && ((MethodDescrObj *)AS_OBJ(d))->def->fn == m_send &&
           ((MethodDescrObj *)AS_OBJ(d))->type == &GeneratorType;
}

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_frame", g_frame, NULL},
    {"gi_running", g_running, NULL},
    {"gi_suspended", g_suspended, NULL},
    {"gi_code", g_code, gen_readonly_member},
    {"gi_yieldfrom", g_yieldfrom, NULL},
    {NULL, NULL, NULL},
};

Type GeneratorType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "generator",
    .basicsize = sizeof(GenObj),
    .flags = TPFLAG_ABSTRACT_ITER,
    .dealloc = gen_dealloc_common,
    .repr = gen_repr,
    .getattr = obj_generic_getattr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* ---------------------------------------------------------------- coroutines */

/* coro.__await__() returns this iterator over the coroutine. */
typedef struct CoroWrapper { Obj hdr; Value coro; } CoroWrapper;

static void cw_dealloc(Obj *o)
{
    CoroWrapper *w = (CoroWrapper *)o;
    CLEAR(w->coro);
    obj_free(o);
}
static Value cw_iternext(Value self) { return gen_next(((CoroWrapper *)AS_OBJ(self))->coro); }
static Value cw_send(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return m_send(((CoroWrapper *)AS_OBJ(self))->coro, args, nargs, kwnames);
}
static Value cw_throw(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return m_throw(((CoroWrapper *)AS_OBJ(self))->coro, args, nargs, kwnames);
}
static Value cw_close(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return m_close(((CoroWrapper *)AS_OBJ(self))->coro, args, nargs, kwnames);
}
static const MethodDef cw_methods[] = {
    {"send", cw_send, 0},
    {"throw", cw_throw, 0},
    {"close", cw_close, 0},
    {NULL, NULL, 0},
};
static Type CoroWrapperType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .dealloc = cw_dealloc,
    .getattr = obj_generic_getattr,
    .iter = gen_iter,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

static Value coro_await(Value self)
{
    if (!(CoroWrapperType.flags & TPFLAG_READY) && type_ready(&CoroWrapperType) < 0) return VNULL;
    CoroWrapper *w = (CoroWrapper *)obj_alloc(&CoroWrapperType);
    if (!w) return VNULL;
    w->coro = NEWREF(self);
    return OBJ_VAL(w);
}

static Value m_await(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (slot_noargs("__await__", nargs, kwnames) < 0) return VNULL;
    return coro_await(self);
}

static Value c_await(Value self) { return g_yieldfrom(self); }
/* origin tracking (sys.set_coroutine_origin_tracking_depth) is never on */
static Value c_origin(Value self) { (void)self; RETURN_NONE; }

static const MethodDef coro_methods[] = {
    {"send", m_send, 0},
    {"throw", m_throw, 0},
    {"close", m_close, 0},
    {"__sizeof__", m_sizeof, 0},
    {"__await__", m_await, 0},
    {NULL, NULL, 0},
};

static const GetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"cr_frame", g_frame, NULL},
    {"cr_running", g_running, NULL},
    {"cr_suspended", g_suspended, NULL},
    {"cr_code", g_code, gen_readonly_member},
    {"cr_await", c_await, NULL},
    {"cr_origin", c_origin, gen_readonly_member},
    {NULL, NULL, NULL},
};

/* Text to sys.stderr (C stderr before sys exists). */
static void write_stderr(const char *text)
{
    Value e = vm.sys_module ? sys_get_stream("stderr") : VNULL;
    if (e && e != NONE && file_write_cstr(e, text) == 0) return;
    if (err_occurred()) err_clear();
    fputs(text, stderr);
}

/* CPython's RuntimeWarning for a coroutine dropped before it ran, once per location. */
static void warn_never_awaited(GenObj *g)
{
    /* The warnings registry's key is the message text with its line, so one line
     * dropping two different coroutines warns twice; kept as hashes of that text. */
    static uint64_t seen[256];
    static int nseen;
    Value saved = err_fetch();
    Frame *f = vm.frame;
    Value qn = gen_qualname_value(g);
    char buf[512];
    int line = f && f->code ? frame_lineno(f) : 1;
    snprintf(buf, sizeof buf, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n",
             f && f->code ? STR_DATA(f->code->filename) : "sys", line, STR_DATA(qn));
    uint64_t h = 1469598103934665603u;
    for (const char *p = buf; *p; p++) h = (h ^ (unsigned char)*p) * 1099511628211u;
    for (int i = 0; i < nseen; i++)
        if (seen[i] == h) goto out;
    if (nseen < 256) seen[nseen++] = h;
    if (f && f->code) {
        Value so = sys_get_stream("stdout");
        if (so && so != NONE) {
            Value r = obj_call_method(so, "flush", NULL, 0);
            if (r) DECREF(r); else err_clear();
        }
        write_stderr(buf);
        size_t n;
        const char *src = vm_source_line(STR_DATA(f->code->filename), line, &n);
        if (src) {
            while (n && (*src == ' ' || *src == '\t')) { src++; n--; }
            snprintf(buf, sizeof buf, "  %.*s\n", (int)(n > 400 ? 400 : n), src);
            write_stderr(buf);
        }
        write_stderr("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    } else {
        /* at shutdown CPython's warnings can no longer import tracemalloc: no hint line */
        write_stderr(buf);
    }
out:
    if (err_occurred()) err_clear();
    err_restore(saved);
}

static void coro_dealloc(Obj *o)
{
    GenObj *g = (GenObj *)o;
    if (g->f.gstate == FRAME_CREATED && g->f.code) {
        o->refcnt = 1;
        warn_never_awaited(g);
        if (--o->refcnt > 0) return;
    }
    gen_dealloc_common(o);
}

Type CoroutineType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "coroutine",
    .basicsize = sizeof(GenObj),
    .dealloc = coro_dealloc,
    .repr = gen_repr,
    .getattr = obj_generic_getattr,
    .am_await = coro_await,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* The cycle collector's slots for coroutine_wrapper (installed by gc_init, vm/gc.c). */
static void cw_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    Value c = ((CoroWrapper *)o)->coro;
    if (c) visit(c, arg);
}
void gen_gc_setup(void) {
    CoroWrapperType.flags |= TPFLAG_GC;
    CoroWrapperType.traverse = cw_gc_traverse;
}
