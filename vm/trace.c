/* --trace (see trace.h): where each generator, coroutine and async generator paused, what
 * resumed it, and what flowed in and out, one line on stderr per event:
 *
 *   [trace] stage2: started at line 8 by next()
 *   [trace]   stage1: started at line 1 by next() (for loop)
 *   [trace]   stage1: suspended at line 4, yielded 0
 *   [trace] stage2: suspended at line 11, yielded 0
 *   [trace] outer -> inner: resumed at line 3 by send(5)
 *   [trace] outer -> inner: finished at line 5, returned 'done'
 *
 * "outer -> inner" is a delegation chain (`yield from`, `await`): outer waits on inner, and
 * a value yielded by inner passes through outer unchanged, so one line tells both. Two
 * spaces of indentation per generator that was running when this one was resumed (a for
 * loop or next() inside a generator body).
 *
 * The trace keeps its own stack of the generators it saw resumed and not yet suspended or
 * finished (pointers only: holding references would change when generators are finalized,
 * and so the program's output). Every entry is alive while it is on the stack: it is
 * running, or gen.c holds it while it hands a throw()/close() to its delegate. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "object.h"
#include "code.h"
#include "frame.h"
#include "opcodes.h"
#include "errors.h"
#include "trace.h"

/* What resumed a generator, beyond trace.h's public kinds. */
enum { A_FOR = 100, A_YIELDFROM, A_AWAIT, A_DELEG_RETURNED };

/* Entry states: running; waiting while gen.c hands a throw()/close() to the delegate;
 * continuing once the delegate is done (gen.c resumes it next, which prints nothing). */
enum { E_RUN, E_WAIT, E_CONT };

typedef struct Entry {
    GenObj *g;
    uint8_t state;
    uint8_t deleg;       /* resumed by the entry below through yield from / await */
    uint8_t printed;     /* E_WAIT: a line naming it went out while it waited */
    uint8_t gstate;      /* its state, kept while trace_resume formats a value */
    int level;           /* indentation */
    int how;             /* E_WAIT: what reached it (shown for its delegate) */
    Value arg;           /* owned */
} Entry;

static Entry *stk;
static int depth, cap;
static struct { GenObj *g; int how; Value arg; } pending;
static int in_repr;      /* a traced value's repr is running: its own generators stay quiet */

#define VALUE_MAX 40     /* longer reprs are cut to VALUE_MAX - 3 characters and "..." */
#define CHAIN_MAX 400

/* ------------------------------------------------------------------ the stack */

static Entry *push(GenObj *g, bool deleg, int state)
{
    if (depth == cap) {
        int ncap = cap ? cap * 2 : 64;
        Entry *n = realloc(stk, (size_t)ncap * sizeof *n);
        if (!n) return NULL;
        stk = n;
        cap = ncap;
    }
    Entry *e = &stk[depth];
    e->g = g;
    e->state = (uint8_t)state;
    e->deleg = deleg && depth > 0;
    e->printed = 0;
    e->level = depth == 0 ? 0 : e->deleg ? stk[depth - 1].level : stk[depth - 1].level + 1;
    e->how = TRACE_NONE;
    e->arg = VNULL;
    depth++;
    return e;
}

static void pop_one(void)
{
    Value a = stk[--depth].arg;
    stk[depth].arg = VNULL;
    XDECREF(a);
}

static int find(GenObj *g)
{
    for (int i = depth - 1; i >= 0; i--)
        if (stk[i].g == g) return i;
    return -1;
}

/* Pops entry i and anything above it. */
static void pop_to(int i)
{
    while (depth > i) pop_one();
}

/* Entry i suspended: so did every generator delegating to it. */
static void pop_suspended(int i)
{
    pop_to(i + 1);
    bool d;
    do {
        d = stk[depth - 1].deleg;
        pop_one();
    } while (d && depth > 0);
}

/* Is o (running, or suspended in yield from) delegating to x right now? Its last instruction
 * is the SEND running x, or the YIELD_VALUE 1 of a suspended `yield from`; x is on top of
 * its value stack then. */
static bool delegates_to(GenObj *o, GenObj *x)
{
    Frame *f = gen_frame(o);
    if (!f || !f->code || f->ip <= f->code->insns) return false;
    Insn w = f->ip[-1];
    if (INSN_OP(w) != OP_SEND && w != INSN(OP_YIELD_VALUE, 1)) return false;
    return f->sp > frame_stack_base(f) && f->sp[-1] == OBJ_VAL(x);
}

/* Generators of the library modules embedded in minipy ("<frozen types>"): CPython writes
 * most of those in C, so a learner's trace shows only the program's own frames. */
static bool hidden(GenObj *g)
{
    Code *c = g->f.code;
    return c && c->filename && IS_STR(c->filename) && strncmp(STR_DATA(c->filename), "<frozen ", 8) == 0;
}

/* ------------------------------------------------------------------ text */

static const char *gen_name(GenObj *g)
{
    Code *c = g->f.code;
    if (!c) return "?";
    Value q = c->qualname ? c->qualname : c->name;
    return q ? STR_DATA(q) : "?";
}

/* s (UTF-8, n bytes) on one line, cut to VALUE_MAX characters. */
static void shorten(char *buf, size_t size, const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) chars++;
    size_t keep = chars > VALUE_MAX ? VALUE_MAX - 3 : chars;
    size_t o = 0, c = 0;
    for (size_t i = 0; i < n && o + 8 < size; i++) {
        unsigned char ch = (unsigned char)s[i];
        if ((ch & 0xC0) != 0x80) {
            if (c == keep) break;
            c++;
        }
        if (ch == '\n' || ch == '\r') {
            buf[o++] = '\\';
            buf[o++] = ch == '\n' ? 'n' : 'r';
        } else
            buf[o++] = (char)ch;
    }
    if (chars > keep) {
        memcpy(buf + o, "...", 3);
        o += 3;
    }
    buf[o] = 0;
}

/* repr(v), shortened. A pending exception (the one leaving a frame) is kept aside. */
static void fmt_value(char *buf, size_t size, Value v)
{
    if (!v) {
        snprintf(buf, size, "None");
        return;
    }
    Value saved = err_fetch();
    in_repr++;
    Value r = obj_repr(v);
    in_repr--;
    if (r && IS_STR(r)) shorten(buf, size, STR_DATA(r), STR_SIZE(r));
    else {
        if (!r) err_clear();
        snprintf(buf, size, "<%s object>", type_name(v));
    }
    XDECREF(r);
    err_restore(saved);
}

static void action_text(char *buf, size_t size, int how, Value arg)
{
    char v[256];
    const char *fmt = NULL;
    switch (how) {
    case TRACE_SEND: fmt = "send(%s)"; break;
    case TRACE_THROW: fmt = "throw(%s)"; break;
    case TRACE_ASEND: fmt = "asend(%s)"; break;
    case TRACE_ATHROW: fmt = "athrow(%s)"; break;
    case A_YIELDFROM:
    case A_AWAIT:
        /* the SEND of a `yield from` / `await` passes None, unless a send() reached it */
        if (arg && arg != NONE) {
            fmt_value(v, sizeof v, arg);
            snprintf(buf, size, "%s, sending %s", how == A_AWAIT ? "await" : "yield from", v);
        } else
            snprintf(buf, size, "%s", how == A_AWAIT ? "await" : "yield from");
        return;
    default: break;
    }
    if (fmt) {
        if ((how == TRACE_THROW || how == TRACE_ATHROW) && arg && IS_TUPLE(arg)) {
            /* athrow(typ, val, tb) keeps its arguments as they came */
            size_t o = 0;
            v[0] = 0;
            for (size_t k = 0; k < TUPLE_LEN(arg) && o < sizeof v; k++) {
                char one[256];
                fmt_value(one, sizeof one, TUPLE_ITEMS(arg)[k]);
                o += (size_t)snprintf(v + o, sizeof v - o, "%s%s", k ? ", " : "", one);
            }
        } else
            fmt_value(v, sizeof v, arg);
        snprintf(buf, size, fmt, v);
        return;
    }
    const char *s;
    switch (how) {
    case TRACE_CLOSE: s = "close()"; break;
    case TRACE_DROP: s = "close() (its last reference went)"; break;
    case TRACE_COLLECT: s = "close() (the garbage collector finalized it)"; break;
    case TRACE_ANEXT: s = "__anext__()"; break;
    case TRACE_ACLOSE: s = "aclose()"; break;
    case A_FOR: s = "next() (for loop)"; break;
    case A_DELEG_RETURNED: s = "its delegate returning"; break;
    default: s = "next()"; break;
    }
    snprintf(buf, size, "%s", s);
}

/* "a -> b -> c" for entry i and the entries delegating to it; returns its indentation. */
static int chain_text(int i, char *buf, size_t size)
{
    int base = i;
    while (base > 0 && stk[base].deleg) base--;
    size_t o = 0;
    buf[0] = 0;
    for (int k = base; k <= i && o < size; k++)
        o += (size_t)snprintf(buf + o, size - o, "%s%s", k > base ? " -> " : "", gen_name(stk[k].g));
    return stk[base].level;
}

/* The chain of a generator the stack does not hold (it ran unseen, or does not run). */
static int chain_absent(GenObj *g, char *buf, size_t size)
{
    if (depth > 0 && delegates_to(stk[depth - 1].g, g)) {
        int level = chain_text(depth - 1, buf, size);
        size_t o = strlen(buf);
        if (o < size) snprintf(buf + o, size - o, " -> %s", gen_name(g));
        return level;
    }
    snprintf(buf, size, "%s", gen_name(g));
    return depth > 0 ? stk[depth - 1].level + 1 : 0;
}

/* The program's own output first (it goes through C stdout), then the line. */
static void emit(int level, const char *chain, const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "[trace] %*s%s: %s\n", 2 * level, "", chain, msg);
    fflush(stderr);
}

static void take_pending(GenObj *g, int *how, Value *arg)
{
    *how = TRACE_NONE;
    *arg = VNULL;
    if (pending.g == g) {
        *how = pending.how;
        *arg = pending.arg;
    } else
        XDECREF(pending.arg);
    pending.g = NULL;
    pending.how = TRACE_NONE;
    pending.arg = VNULL;
}

/* ------------------------------------------------------------------ hooks */

void trace_set_action(GenObj *g, int how, Value arg)
{
    if (in_repr) return;
    /* only for a resume that will happen: a refused one would leave it to the next */
    if (g->f.gstate != FRAME_SUSPENDED && g->f.gstate != FRAME_CREATED) return;
    if (how == TRACE_CLOSE && pending.g == g && (pending.how == TRACE_DROP || pending.how == TRACE_COLLECT)) return;
    XDECREF(pending.arg);
    pending.g = g;
    pending.how = how;
    pending.arg = arg ? NEWREF(arg) : VNULL;
}

/* What resumed g, when nobody said (trace_set_action). arg: a new reference or VNULL. */
static void default_action(int entry, Frame *back, Value value, Value exc, bool push_value, int *how, Value *arg)
{
    switch (entry) {
    case FRAME_ENTRY_FOR: *how = A_FOR; break;
    case FRAME_ENTRY_SEND:
        *how = back && back->code && (back->code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) ? A_AWAIT
                                                                                             : A_YIELDFROM;
        *arg = value ? NEWREF(value) : VNULL;
        break;
    case FRAME_ENTRY_GENCALL: {
        /* next(g) or g.send(v) run inline: the CALL popped its operands without clearing
         * the slots, so the callable's pointer is still at the resumer's stack top (only
         * compared, never followed: it may be gone). Marking the call in the loop instead
         * would cost the loop a register. */
        Value nx = back && back->func ? dict_get_str(back->func->builtins, NAME(next)) : VNULL;
        if (nx && back->sp[0] == nx)
            *how = TRACE_NEXT;
        else {
            *how = TRACE_SEND;
            *arg = value ? NEWREF(value) : NONE;
        }
        break;
    }
    default:
        if (exc) {
            *how = TRACE_THROW;
            *arg = NEWREF(exc);
        } else if (!push_value)
            *how = A_DELEG_RETURNED;
        else if (value) {
            *how = TRACE_SEND;
            *arg = NEWREF(value);
        } else
            *how = TRACE_NEXT;
    }
}

/* The start of every resume event: false when it prints nothing (*arg then released). */
static bool begin_resume(GenObj *g, int *how, Value *arg)
{
    take_pending(g, how, arg);
    if (in_repr || hidden(g)) {
        XDECREF(*arg);
        return false;
    }
    while (depth > 0 && stk[depth - 1].state == E_CONT && stk[depth - 1].g != g) pop_one();
    if (depth > 0 && stk[depth - 1].state == E_CONT) {
        /* gen.c continues g after its delegate finished: g never stopped */
        stk[depth - 1].state = E_RUN;
        XDECREF(*arg);
        return false;
    }
    return true;
}

/* Entries first .. depth-1 were pushed for the resumed chain, innermost on top: print it.
 * Consumes arg. */
static void print_resume(int first, bool started, int line, int how, Value arg)
{
    /* A throw()/close() gen.c handed down: name it as the outermost waiting one got it. */
    int ahow = how;
    Value aarg = arg;
    for (int i = depth - 1; i > 0 && stk[i].deleg; i--) {
        Entry *d = &stk[i - 1];
        if (d->state != E_WAIT) continue;
        d->printed = 1;
        if (d->how != TRACE_NONE) {
            ahow = d->how;
            aarg = d->arg;
        }
    }
    char chain[CHAIN_MAX], act[300], msg[400];
    int level = chain_text(depth - 1, chain, sizeof chain);
    /* The sent value's repr may run Python code: the generators about to run count as
     * running meanwhile, so that code cannot resume them under us. */
    for (int k = first; k < depth; k++) {
        stk[k].gstate = stk[k].g->f.gstate;
        stk[k].g->f.gstate = FRAME_RUNNING;
    }
    action_text(act, sizeof act, ahow, aarg);
    for (int k = first; k < depth; k++) stk[k].g->f.gstate = stk[k].gstate;
    snprintf(msg, sizeof msg, "%s at line %d by %s", started ? "started" : "resumed", line, act);
    XDECREF(arg);
    emit(level, chain, msg);
}

void trace_resume(GenObj *g, Value value, Value exc, bool push_value)
{
    int how;
    Value arg;
    if (!begin_resume(g, &how, &arg)) return;
    if (how == TRACE_NONE) default_action(FRAME_ENTRY_C, NULL, value, exc, push_value, &how, &arg);
    bool deleg = depth > 0 && delegates_to(stk[depth - 1].g, g);
    bool started = g->f.gstate == FRAME_CREATED;
    int first = depth;
    if (!push(g, deleg, E_RUN)) {
        XDECREF(arg);
        return;
    }
    GenObj *inner = g;
    if (push_value && !exc && g->f.gstate == FRAME_SUSPENDED) {
        /* gen_link_resume links the suspended delegates too and resumes the innermost
         * (a library generator in between is linked, not shown) */
        Frame *gf = gen_frame(g);
        while (gf && gf->ip[-1] == INSN(OP_YIELD_VALUE, 1) && gen_check(gf->sp[-1])) {
            GenObj *dg = (GenObj *)AS_OBJ(gf->sp[-1]);
            if (dg->f.gstate != FRAME_SUSPENDED) break;
            if (!hidden(dg)) {
                if (!push(dg, true, E_RUN)) break;
                inner = dg;
            }
            gf = gen_frame(dg);
        }
    }
    int line = gen_frame(inner) ? frame_lineno(&inner->f) : inner->f.code->firstlineno;
    print_resume(first, started, line, how, arg);
}

void trace_linked(Frame *gf)
{
    Frame *outer = gf;
    while (outer->entry == FRAME_ENTRY_DELEG && outer->back) outer = outer->back;
    GenObj *g = frame_gen(outer);
    if (!g || outer->entry == FRAME_ENTRY_C) return;   /* gen.c's resume printed it */
    int how;
    Value arg;
    if (!begin_resume(g, &how, &arg)) return;
    /* a frame that never ran is still at its first instruction; a resumed one got the
     * sent value on its stack */
    bool started = gf->ip == gf->code->insns;
    if (how == TRACE_NONE)
        default_action(outer->entry, outer->back, started ? NONE : gf->sp[-1], VNULL, true, &how, &arg);
    int first = depth;
    /* push outermost first: the frames from outer up to gf, library ones left out */
    Frame *chain[64];
    int m = 0;
    for (Frame *f = gf; m < 64; f = f->back) {
        if (f == outer || !frame_gen(f) || !hidden(frame_gen(f))) chain[m++] = f;
        if (f == outer) break;
    }
    if (chain[m - 1] != outer) {   /* deeper than 64: show the innermost 63 under outer */
        chain[m - 1] = outer;
    }
    bool ok = true;
    for (int k = m - 1; k >= 0 && ok; k--) {
        GenObj *cg = frame_gen(chain[k]);
        bool deleg = k == m - 1 ? depth > 0 && delegates_to(stk[depth - 1].g, cg) : true;
        ok = push(cg, deleg, E_RUN) != NULL;
    }
    if (!ok) {
        XDECREF(arg);
        return;
    }
    Frame *inner = gen_frame(stk[depth - 1].g);
    int line = started ? gf->code->firstlineno : inner ? frame_lineno(inner) : 0;
    print_resume(first, started, line, how, arg);
}

/* g (frame f, entry i of the stack or -1) suspended, and so did every frame delegating to
 * it that was linked straight in (YIELD_VALUE suspends those with it). */
static void suspended(Frame *f, int i)
{
    if (i >= 0) pop_suspended(i);
    for (Frame *b = f; b->entry == FRAME_ENTRY_DELEG && b->back;) {
        b = b->back;
        int j = frame_gen(b) ? find(frame_gen(b)) : -1;
        if (j >= 0) pop_to(j);
    }
}

void trace_yield(void)
{
    /* the value was just popped: it is still in the slot above the saved stack top */
    Frame *f = vm.frame;
    GenObj *g = f ? frame_gen(f) : NULL;
    if (in_repr || !g || hidden(g)) return;
    Value v = f->sp[0];
    int from = (int)INSN_ARG(f->ip[-1]);
    int i = find(g);
    bool via = from && f->sp > frame_stack_base(f);
    if (via && gen_check(f->sp[-1]) && !hidden((GenObj *)AS_OBJ(f->sp[-1]))) {
        /* passing on what its delegate yielded: that line named this frame already */
        suspended(f, i);
        return;
    }
    char chain[CHAIN_MAX], val[256], msg[400];
    int level = i >= 0 ? chain_text(i, chain, sizeof chain) : chain_absent(g, chain, sizeof chain);
    fmt_value(val, sizeof val, v);
    const char *in = !via ? "" : (f->code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) ? " in await" : " in yield from";
    snprintf(msg, sizeof msg, "suspended at line %d%s, yielded %s", frame_lineno(f), in, val);
    emit(level, chain, msg);
    suspended(f, i);
}

void trace_return(void)
{
    Frame *f = vm.frame;
    GenObj *g = f ? frame_gen(f) : NULL;
    if (in_repr || !g || hidden(g)) return;
    Value retval = f->sp[0];
    int i = find(g);
    char chain[CHAIN_MAX], val[256], msg[400];
    int level = i >= 0 ? chain_text(i, chain, sizeof chain) : chain_absent(g, chain, sizeof chain);
    fmt_value(val, sizeof val, retval);
    snprintf(msg, sizeof msg, "finished at line %d, returned %s", frame_lineno(f), val);
    emit(level, chain, msg);
    if (i >= 0) pop_to(i);
}

/* "raised E", and what PEP 479 turns a StopIteration leaving the frame into. */
static void raised_text(char *buf, size_t size, GenObj *g, int flags)
{
    Value e = vm.exc;
    char val[256];
    fmt_value(val, sizeof val, e);
    bool agen = (flags & CO_ASYNC_GENERATOR) != 0;
    const char *kind = (flags & CO_COROUTINE) ? "coroutine" : agen ? "async generator" : "generator";
    const char *what = NULL;
    if (g && IS_EXC(e) && type_is_subtype(TYPE(e), ExcStopIteration)) what = "StopIteration";
    else if (g && agen && IS_EXC(e) && type_is_subtype(TYPE(e), ExcStopAsyncIteration)) what = "StopAsyncIteration";
    if (what)
        snprintf(buf, size, "raised %s, which becomes RuntimeError('%s raised %s')", val, kind, what);
    else
        snprintf(buf, size, "raised %s", val);
}

void trace_raise(void)
{
    Frame *f = vm.frame;
    GenObj *g = f ? frame_gen(f) : NULL;
    if (in_repr || !g || !vm.exc || hidden(g)) return;
    int i = find(g);
    char chain[CHAIN_MAX], exc[400], msg[500];
    int level = i >= 0 ? chain_text(i, chain, sizeof chain) : chain_absent(g, chain, sizeof chain);
    raised_text(exc, sizeof exc, g, f->code->flags);
    /* the line its traceback shows (a `finally` re-raising keeps the original line) */
    int line;
    Value tb = IS_EXC(vm.exc) ? exc_traceback(vm.exc) : VNULL;
    if (tb && ((TracebackObj *)AS_OBJ(tb))->code == f->code) line = tb_lineno(tb);
    else line = frame_lineno(f);
    snprintf(msg, sizeof msg, "finished at line %d, %s", line, exc);
    emit(level, chain, msg);
    if (i >= 0) pop_to(i);
}

void trace_unstarted_thrown(GenObj *g)
{
    if (in_repr || !vm.exc || hidden(g)) return;
    int i = find(g);
    char chain[CHAIN_MAX], exc[400], msg[500];
    int level = i >= 0 ? chain_text(i, chain, sizeof chain) : chain_absent(g, chain, sizeof chain);
    raised_text(exc, sizeof exc, NULL, 0);   /* already converted by gen.c */
    snprintf(msg, sizeof msg, "finished at line %d, %s", g->f.code->firstlineno, exc);
    emit(level, chain, msg);
    if (i >= 0) pop_to(i);
}

void trace_closed_unstarted(GenObj *g)
{
    if (in_repr || hidden(g)) return;
    char chain[CHAIN_MAX];
    int level = chain_absent(g, chain, sizeof chain);
    emit(level, chain, "closed by close() before it started");
}

void trace_deleg_enter(GenObj *g)
{
    int how;
    Value arg;
    take_pending(g, &how, &arg);
    if (in_repr || hidden(g)) {
        XDECREF(arg);
        return;
    }
    bool deleg = depth > 0 && delegates_to(stk[depth - 1].g, g);
    Entry *e = push(g, deleg, E_WAIT);
    if (!e) {
        XDECREF(arg);
        return;
    }
    e->how = how;
    e->arg = arg;
}

void trace_deleg_leave(GenObj *g)
{
    if (in_repr || depth == 0) return;
    Entry *e = &stk[depth - 1];
    if (e->g != g || e->state != E_WAIT) return;
    if (e->printed) {
        e->state = E_CONT;
        return;
    }
    /* the delegate never ran (not a generator, or it refused): g itself is resumed next,
     * as what reached it */
    int how = e->how;
    Value arg = e->arg;
    e->arg = VNULL;
    pop_one();
    if (how != TRACE_NONE) {
        XDECREF(pending.arg);
        pending.g = g;
        pending.how = how;
        pending.arg = arg;
    } else
        XDECREF(arg);
}
