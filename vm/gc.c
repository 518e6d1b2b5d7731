/* The cycle collector: reference counting frees everything else, this finds groups of
 * objects that only keep each other alive.
 *
 * Generations: new GC objects go to generation 0. An automatic collection is requested
 * when allocations minus deallocations of GC objects exceed threshold 0 (700); it runs at
 * the next eval-loop safe point (vm_check_signals), never inside the allocator, so no C
 * code holding borrowed references sees finalizers run under it. Generation 1 is collected
 * every 10 collections of 0, generation 2 (everything) every 10 of 1 but only once the
 * objects promoted into it since the last full collection exceed a quarter of what it
 * held then: a program keeping a million objects alive pays linear, not quadratic, time.
 *
 * One collection of the generations 0..g:
 *  1. refs = refcnt for every object of the set (its header's prev field holds it);
 *  2. each object's traverse subtracts one from every object of the set it references:
 *     what is left counts references from outside the set;
 *  3. objects with refs > 0 and everything they reach are reachable; the rest is garbage;
 *  4. (PEP 442) finalizers of the garbage run, each object's at most once in its life;
 *  5. steps 1-3 again on the garbage: objects a finalizer resurrected (and what they reach)
 *     survive;
 *  6. the clear slot of each remaining object drops its references, and refcounting frees
 *     the group. Objects still alive after that move to the older generation. */
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "containers.h"
#include "dictimpl.h"
#include "code.h"
#include "frame.h"
#include "gc.h"
#include "trace.h"
#include "opcodes.h"

#define NGEN 3
#define REFS_SHIFT 4
#define PREV_PTR(g) ((GCHead *)((g)->prev & ~GC_FLAG_MASK))
#define REFS(g) ((g)->prev >> REFS_SHIFT)

typedef struct GenList { GCHead head; long count, threshold; } GenList;
static GenList gens[NGEN];
/* Idle generators (see gen_untrackable): linked here so that explicit and exit-time
 * collections still see them, but skipped by automatic ones. */
static GCHead idle;
long gc_young_count;              /* generation 0's count (allocations - deallocations) */
long gc_young_threshold = 700;
bool gc_enabled = true;
static bool collecting;
static long long_lived_total, long_lived_pending;
static bool gc_ready;

/* ---------------------------------------------------------------- lists */

static void gcl_init(GCHead *h) {
    h->next = h;
    h->prev = (uintptr_t)h;
}
static bool gcl_empty(GCHead *h) { return h->next == h; }
static void set_prev(GCHead *g, GCHead *p) { g->prev = (uintptr_t)p | (g->prev & GC_FLAG_MASK); }

static void gcl_append(GCHead *g, GCHead *list) {
    GCHead *last = PREV_PTR(list);
    set_prev(g, last);
    g->next = list;
    last->next = g;
    set_prev(list, g);
}

static void gcl_unlink(GCHead *g) {
    GCHead *p = PREV_PTR(g), *n = g->next;
    p->next = n;
    set_prev(n, p);
    g->next = NULL;
}

/* Appends every node of from to the end of to; from becomes empty. */
static void gcl_merge(GCHead *from, GCHead *to) {
    if (gcl_empty(from)) return;
    GCHead *tail = PREV_PTR(to), *first = from->next, *ftail = PREV_PTR(from);
    tail->next = first;
    set_prev(first, tail);
    ftail->next = to;
    set_prev(to, ftail);
    gcl_init(from);
}

GCHead *gc_young_list;

static void gc_setup_lists(void) {
    if (gc_ready) return;
    for (int i = 0; i < NGEN; i++) gcl_init(&gens[i].head);
    gc_young_list = &gens[0].head;
    gcl_init(&idle);
    gens[1].threshold = 10;
    gens[2].threshold = 10;
    gc_ready = true;
}

/* ---------------------------------------------------------------- tracking */

void gc_track(Obj *o) {
    if (!gc_has_head(o) || o->refcnt >= IMMORTAL_REFCNT / 2) return;
    GCHead *g = GC_HEAD(o);
    if (g->next) return;
    if (!gc_ready) gc_setup_lists();
    g->prev &= GC_FLAG_FINALIZED;
    gcl_append(g, &gens[0].head);
}

void gc_untrack(Obj *o) {
    if (!gc_has_head(o)) return;
    GCHead *g = GC_HEAD(o);
    if (!g->next) return;
    gcl_unlink(g);
    g->prev &= GC_FLAG_FINALIZED;
}

void gc_untrack_value(Value v) {
    if (v && !IS_SMALL(v)) gc_untrack(AS_OBJ(v));
}

bool gc_is_finalized(Obj *o) {
    return gc_has_head(o) && (GC_HEAD(o)->prev & GC_FLAG_FINALIZED);
}

bool gc_dealloc_finalizer_begin(Obj *o) {
    if (!gc_has_head(o)) return true;
    GCHead *g = GC_HEAD(o);
    if (g->prev & GC_FLAG_FINALIZED) return false;
    g->prev |= GC_FLAG_FINALIZED;
    return true;
}

void gc_dealloc_finalizer_end(Obj *o, intptr_t refcnt_after) {
    /* Resurrected: it must be tracked again, or cycles through it would never be found. */
    if (refcnt_after > 0) gc_track(o);
}

void gc_frame_track(void *frame) {
    if (frame_in_gen(frame)) {
        /* Shared now: its generator's node (which stands for it) must be looked at. */
        Obj *o = &frame_block_gen(frame)->hdr;
        GCHead *h = GC_HEAD(o);
        if (h->next && (h->prev & GC_FLAG_IDLE)) {
            gcl_unlink(h);
            h->prev &= GC_FLAG_FINALIZED;
        }
        gc_track(o);
        return;
    }
    GCHead *g = GC_HEAD(frame);
    if (g->next) return;
    if (!gc_ready) gc_setup_lists();
    g->prev = 0;
    gcl_append(g, &gens[0].head);
}

void gc_frame_untrack(void *frame) {
    if (frame_in_gen(frame)) return;
    GCHead *g = GC_HEAD(frame);
    if (g->next) gcl_unlink(g);
    g->prev = 0;
}

void gc_frame_block_free(void *frame) {
    GCHead *g = GC_HEAD(frame);
    if (g->next) gcl_unlink(g);
    mem_free(g);
}

/* ---------------------------------------------------------------- requests */

void gc_request(void) {
    if (!gc_enabled || collecting || gc_young_threshold <= 0) return;
    if (!(vm_pending & VM_PENDING_GC)) vm_pending_set(VM_PENDING_GC);
}

/* ---------------------------------------------------------------- the algorithm */

static inline void traverse(Obj *o, VisitFn visit, void *arg) {
    Type *t = o->type;
    /* Instances own their class; a class takes part only when it is in the scanned set
     * (both visitors ignore it otherwise), which is rare: tested here, not by a call. */
    if ((t->flags & TPFLAG_HEAPTYPE) && (GC_HEAD(t)->prev & GC_FLAG_COLLECTING)) visit(OBJ_VAL(t), arg);
    if (t->traverse) t->traverse(o, visit, arg);
}

/* Generators and their frames (vm/frame.h): the frame in a live generator's block has
 * no header of its own, the generator's node stands for both. Once the generator is
 * finished it holds nothing (so it is in no cycle): the node is then its frame's alone,
 * and references to the generator are not looked at. */
static GCHead *gen_or_frame_head(Obj *o) {
    if (o->type == &FrameType) {
        Frame *f = (Frame *)o;
        return frame_in_gen(f) ? GC_HEAD(&frame_block_gen(f)->hdr) : GC_HEAD(f);
    }
    return gen_frame((GenObj *)o) ? GC_HEAD(o) : NULL;
}

/* The count a node starts from (see gen_or_frame_head): a generator's counts the
 * references to its frame but the generator's own. */
static inline intptr_t node_refcnt(Obj *o) {
    if (o->type->traverse == gc_gen_traverse) {
        GenObj *g = (GenObj *)o;
        return gen_frame(g) ? o->refcnt + g->f.hdr.refcnt - 1 : g->f.hdr.refcnt;
    }
    return o->refcnt;
}

/* The header of v if v is an object taking part in collections. */
static inline GCHead *visit_head(Value v) {
    if (!v || IS_SMALL(v)) return NULL;
    Obj *o = AS_OBJ(v);
    Type *t = o->type;
    if (__builtin_expect(t == &FrameType || t->traverse == gc_gen_traverse, 0)) return gen_or_frame_head(o);
    if (!gc_has_head(o) || o->refcnt >= IMMORTAL_REFCNT / 2) return NULL;
    return GC_HEAD(o);
}

/* A running generator or frame is never garbage, whatever points at it. */
static bool is_running(Obj *o) {
    Type *t = o->type;
    if (t == &GeneratorType || t == &CoroutineType || t == &AsyncGeneratorType)
        return ((GenObj *)o)->f.gstate == FRAME_RUNNING;
    if (t == &FrameType) return ((Frame *)o)->state == FRAME_RUNNING;
    return false;
}

static void update_refs(GCHead *list) {
    for (GCHead *g = list->next; g != list; g = g->next) {
        Obj *o = GC_OBJ(g);
        intptr_t rc = node_refcnt(o);
        /* refcnt 0: mid-dealloc (a finalizer ran code); never treat it as garbage. Huge
         * counts (immortal) are capped so the shift cannot overflow. */
        uintptr_t refs = rc <= 0 ? 1 : rc > ((intptr_t)1 << 40) ? (uintptr_t)1 << 40 : (uintptr_t)rc;
        if (is_running(o)) refs++;
        g->prev = (refs << REFS_SHIFT) | (g->prev & GC_FLAG_FINALIZED) | GC_FLAG_COLLECTING;
    }
}

/* An owned dict (gc.h): untracked, and its one reference is the visiting object's. (A
 * shared one that escaped gc_track only makes its contents look reachable: safe.) */
static void dict_traverse(Obj *o, VisitFn visit, void *arg);
static inline bool owned_dict(GCHead *g) {
    Obj *o = GC_OBJ(g);
    return !g->next && o->refcnt == 1 && o->type == &DictType;
}

bool gc_owns_dict(Obj *o) {
    if (!gc_has_head(o)) return false;
    /* Only the dict slot a class statement added (its __dict__ getter is obj_get_dict,
     * which tracks what it hands out), on a class whose solid base is object: CPython
     * 3.11 keeps those attributes in the instance (gc.collect() counts no dict there),
     * and the dict of a list subclass's instance apart. */
    bool added = false;
    Type *x = o->type;
    for (; x && IS_HEAPTYPE(x); x = x->base)
        if (HEAPTYPE(x)->added_dict && !added) {
            if (x->dictoffset == DICTOFFSET_SIDE) return false;
            added = true;
        }
    return added && x == &ObjectType;
}

static void visit_decref(Value v, void *arg) {
    GCHead *g = visit_head(v);
    if (!g) return;
    if (g->prev & GC_FLAG_COLLECTING) {
        if (REFS(g) > 0) g->prev -= (uintptr_t)1 << REFS_SHIFT;
    } else if (owned_dict(g)) {
        dict_traverse(GC_OBJ(g), visit_decref, arg);
    }
}

static void subtract_refs(GCHead *list) {
    for (GCHead *g = list->next; g != list; g = g->next) traverse(GC_OBJ(g), visit_decref, NULL);
}

/* During move_unreachable the scanned list is singly linked (prev holds refs); its
 * sentinel's prev is the tail. */
static void visit_reachable(Value v, void *arg) {
    GCHead *young = arg;
    GCHead *g = visit_head(v);
    if (!g) return;
    if (!(g->prev & GC_FLAG_COLLECTING)) {   /* outside the set, or scanned */
        if (owned_dict(g)) dict_traverse(GC_OBJ(g), visit_reachable, arg);
        return;
    }
    if (g->prev & GC_FLAG_UNREACHABLE) {
        /* Moved to unreachable earlier, but reachable after all: back to young's tail, to
         * be scanned in turn. */
        GCHead *p = PREV_PTR(g), *n = g->next;
        p->next = n;
        set_prev(n, p);
        GCHead *last = (GCHead *)young->prev;
        last->next = g;
        g->next = young;
        young->prev = (uintptr_t)g;
        g->prev = ((uintptr_t)1 << REFS_SHIFT) | (g->prev & GC_FLAG_FINALIZED) | GC_FLAG_COLLECTING;
    } else if (REFS(g) == 0) {
        /* Not scanned yet (later in young): it is reachable, from here. */
        g->prev |= (uintptr_t)1 << REFS_SHIFT;
    }
}

/* Splits young: objects reachable from outside stay (prev pointers restored, COLLECTING
 * cleared), the others go to unreachable (COLLECTING and UNREACHABLE set). Returns how
 * many stayed. */
static long move_unreachable(GCHead *young, GCHead *unreachable) {
    GCHead *prev = young;
    GCHead *g = young->next;
    long kept = 0;
    while (g != young) {
        if (REFS(g) > 0) {
            traverse(GC_OBJ(g), visit_reachable, young);
            g->prev = (uintptr_t)prev | (g->prev & GC_FLAG_FINALIZED);
            prev = g;
            kept++;
        } else {
            prev->next = g->next;
            GCHead *last = PREV_PTR(unreachable);
            uintptr_t flags = (g->prev & GC_FLAG_FINALIZED) | GC_FLAG_COLLECTING | GC_FLAG_UNREACHABLE;
            g->prev = (uintptr_t)last | flags;
            g->next = unreachable;
            last->next = g;
            set_prev(unreachable, g);
        }
        g = prev->next;
    }
    young->prev = (uintptr_t)prev;
    return kept;
}

/* PEP 442: each finalizer once, before anything is cleared. Returns whether any ran. */
/* Set by a finalizer that ran (or may have run) Python code: only then can anything
 * have been resurrected. */
static bool finalizer_ran_code;

static void subtype_finalize(Obj *o);

/* Has o a finalizer still to run? Every class gets subtype_finalize, which does nothing
 * without a __del__. */
static inline bool finalizer_pending(GCHead *g) {
    Obj *o = GC_OBJ(g);
    Type *t = o->type;
    if (!t->finalize || (g->prev & GC_FLAG_FINALIZED)) return false;
    return t->finalize != subtype_finalize || (IS_HEAPTYPE(t) && HEAPTYPE(t)->has_del);
}

/* Leaves only FINALIZED on the unreachable objects; returns their number, and in
 * *pending (if given) whether any has a finalizer to run: one walk over the garbage, which
 * is out of the L1 cache by now. */
static long clear_scan_flags(GCHead *list, bool *pending) {
    long n = 0;
    bool any = false;
    for (GCHead *g = list->next; g != list; g = g->next) {
        g->prev &= ~(GC_FLAG_COLLECTING | GC_FLAG_UNREACHABLE);
        if (pending && !any) any = finalizer_pending(g);
        n++;
    }
    if (pending) *pending = any;
    return n;
}

/* Runs the pending finalizers (clear_scan_flags found some). */
static bool finalize_garbage(GCHead *unreachable) {
    finalizer_ran_code = false;
    GCHead seen;
    gcl_init(&seen);
    while (!gcl_empty(unreachable)) {
        GCHead *g = unreachable->next;
        gcl_unlink(g);
        gcl_append(g, &seen);
        Obj *o = GC_OBJ(g);
        FinalizeFn fin = o->type->finalize;
        if (!finalizer_pending(g)) continue;
        g->prev |= GC_FLAG_FINALIZED;
        INCREF(OBJ_VAL(o));
        fin(o);
        if (err_occurred()) err_clear();
        DECREF(OBJ_VAL(o));   /* may free o (and unlink it from seen) */
    }
    gcl_merge(&seen, unreachable);
    return finalizer_ran_code;
}

static void delete_garbage(GCHead *garbage, GCHead *old) {
    while (!gcl_empty(garbage)) {
        GCHead *g = garbage->next;
        Obj *o = GC_OBJ(g);
        ClearFn clear = o->type->clear;
        if (clear) {
            INCREF(OBJ_VAL(o));
            clear(o);
            if (err_occurred()) err_clear();   /* clears report their own errors */
            DECREF(OBJ_VAL(o));
        }
        if (garbage->next == g) {
            /* Still alive (no clear, or something else holds it): it may die later. */
            gcl_unlink(g);
            gcl_append(g, old);
        }
    }
}

static inline bool atomic_value(Value v) {
    return !v || IS_SMALL(v) || !gc_has_head(AS_OBJ(v)) || AS_OBJ(v)->refcnt >= IMMORTAL_REFCNT / 2;
}

/* A suspended or unstarted generator whose (unshared) frame holds only values the
 * collector does not track cannot be part of a cycle until it runs again (through its
 * function's defaults or __dict__ at most, which are left alone): it leaves the lists,
 * and YIELD_VALUE tracks it again. A million idle generators then cost full collections
 * nothing, as CPython does for tuples of atomic values. A finished one owns nothing. */
static bool gen_untrackable(Obj *o) {
    Type *t = o->type;
    if (t != &GeneratorType && t != &CoroutineType && t != &AsyncGeneratorType) return false;
    GenObj *g = (GenObj *)o;
    Frame *f = gen_frame(g);
    if (!f) return g->f.gstate == FRAME_DONE && g->f.hdr.refcnt == 0;   /* its frame's gone too */
    if (g->f.gstate != FRAME_SUSPENDED && g->f.gstate != FRAME_CREATED) return false;
    if (f->hdr.refcnt != 1 || f->locals || !f->code) return false;
    if (!atomic_value(f->handled)) return false;
    /* Closing one paused inside try/finally or with runs its code (and an unstarted
     * coroutine warns): it stays where it was made in the lists, so the collector (at exit
     * too) finalizes it in CPython's order, with the globals it needs still bound. */
    if (o->type == &CoroutineType && g->f.gstate == FRAME_CREATED) return false;
    if (g->f.gstate == FRAME_SUSPENDED && f->ip > f->code->insns) {
        uint32_t at = (uint32_t)(f->ip - f->code->insns - 1);
        for (uint32_t k = 0; k < f->code->nexc; k++)
            if (at >= f->code->exctable[k].start && at < f->code->exctable[k].end) return false;
    }
    Value *base = frame_stack_base(f);
    for (Value *p = f->slots; p < base; p++)
        if (!atomic_value(*p)) return false;
    if (g->f.gstate == FRAME_SUSPENDED && f->state == FRAME_SUSPENDED)
        for (Value *p = base; p < f->sp; p++)
            if (!atomic_value(*p)) return false;
    return true;
}

/* At a yield of a generator that is untracked or idle: back to the youngest generation
 * if what it holds now may form a cycle. */
void gc_retrack_slow(Obj *o) {
    if (gen_untrackable(o)) return;
    GCHead *g = GC_HEAD(o);
    if (g->next) {
        gcl_unlink(g);
        g->prev &= GC_FLAG_FINALIZED;
    }
    gc_track(o);
}

static long untrack_idle_generators(GCHead *list) {
    GCHead *next;
    long n = 0;
    for (GCHead *g = list->next; g != list; g = next) {
        next = g->next;
        if (gen_untrackable(GC_OBJ(g))) {
            gcl_unlink(g);
            g->prev = (g->prev & GC_FLAG_FINALIZED) | GC_FLAG_IDLE;
            gcl_append(g, &idle);
            n++;
        }
    }
    return n;
}

/* Explicit and exit-time collections look at idle generators too (a dropped module's
 * namespace reachable only from their functions is garbage then). */
static void wake_idle(void) {
    /* Their IDLE flags go when update_refs rewrites every prev field of the set. */
    gcl_merge(&idle, &gens[NGEN - 1].head);
}

/* How many objects the last collection found unreachable before finalizers ran. */
static long last_unreachable;

static intptr_t collect(int gen, bool run_finalizers, bool with_idle) {
    last_unreachable = 0;
    if (collecting || !gc_ready) return 0;
    collecting = true;
    Value saved = err_fetch();
    if (with_idle) wake_idle();
    if (gen + 1 < NGEN) gens[gen + 1].count++;
    for (int i = 0; i <= gen; i++) gens[i].count = 0;
    gc_young_count = 0;
    for (int i = 0; i < gen; i++) gcl_merge(&gens[i].head, &gens[gen].head);
    GCHead *young = &gens[gen].head;
    GCHead *old = gen + 1 < NGEN ? &gens[gen + 1].head : young;

    update_refs(young);
    subtract_refs(young);
    GCHead unreachable;
    gcl_init(&unreachable);
    long kept = move_unreachable(young, &unreachable);
    bool fin_pending;
    long found = clear_scan_flags(&unreachable, &fin_pending);
    last_unreachable = found;
    kept -= untrack_idle_generators(young);
    if (young != old) {
        if (gen == NGEN - 2) long_lived_pending += kept;
        gcl_merge(young, old);
    } else {
        long_lived_pending = 0;
        long_lived_total = kept;
    }

    if (found && !run_finalizers) {
        /* Late at exit: dealloc must not run __del__ or close() either. */
        for (GCHead *g = unreachable.next; g != &unreachable; g = g->next) g->prev |= GC_FLAG_FINALIZED;
    }
    if (found) {
        /* Most garbage has no finalizer: then the list is not even reordered. */
        if (run_finalizers && fin_pending && finalize_garbage(&unreachable)) {
            /* Finalizers ran code: whatever they made reachable again survives. */
            update_refs(&unreachable);
            subtract_refs(&unreachable);
            GCHead still;
            gcl_init(&still);
            move_unreachable(&unreachable, &still);
            /* As CPython counts: what a finalizer resurrected was not collected. */
            found = clear_scan_flags(&still, NULL);
            gcl_merge(&unreachable, old);
            delete_garbage(&still, old);
        } else {
            delete_garbage(&unreachable, old);
        }
    }
    err_restore(saved);
    collecting = false;
    return found;
}

static void collect_generations(void) {
    for (int i = NGEN - 1; i >= 0; i--) {
        long count = i == 0 ? gc_young_count : gens[i].count;
        long th = i == 0 ? gc_young_threshold : gens[i].threshold;
        if (count > th) {
            if (i == NGEN - 1 && long_lived_pending < long_lived_total / 4) continue;
            collect(i, true, false);
            break;
        }
    }
}

void gc_run_requested(void) {
    if (!gc_enabled || collecting) return;
    collect_generations();
}

intptr_t gc_collect_generation(int gen) {
    if (gen < 0 || gen >= NGEN) gen = NGEN - 1;
    return collect(gen, true, gen == NGEN - 1);
}

intptr_t gc_collect_full(void) { return collect(NGEN - 1, true, true); }

void gc_collect_at_exit(bool run_finalizers) {
    for (int i = 0; i < 8; i++) {
        collect(NGEN - 1, run_finalizers, true);
        if (last_unreachable == 0) break;
    }
}

/* Last of all at exit: whatever is still tracked was leaked (its count never reached zero,
 * and it is in no cycle the final collection could free). Unlinked, so that LeakSanitizer,
 * which would otherwise reach it through these lists, reports it. */
void gc_forget_tracked(void) {
    GCHead *lists[NGEN + 1] = {&idle};
    for (int i = 0; i < NGEN; i++) lists[i + 1] = &gens[i].head;
    for (int i = 0; i <= NGEN; i++) {
        GCHead *h = lists[i];
        if (!h->next) continue;   /* never set up */
        for (GCHead *g = h->next, *n; g != h; g = n) {
            n = g->next;
            g->next = NULL;
            g->prev = 0;
        }
        gcl_init(h);
    }
    for (int i = 0; i < NGEN; i++) gens[i].count = 0;
    gc_young_count = 0;
}

void gc_get_counts(long out[3]) {
    out[0] = gc_young_count;
    out[1] = gens[1].count;
    out[2] = gens[2].count;
}

void gc_get_thresholds(long out[3]) {
    out[0] = gc_young_threshold;
    out[1] = gens[1].threshold;
    out[2] = gens[2].threshold;
}

void gc_set_thresholds(const long th[3], int n) {
    if (n > 0) gc_young_threshold = th[0];
    if (n > 1) gens[1].threshold = th[1];
    if (n > 2) gens[2].threshold = th[2];
}

/* ---------------------------------------------------------------- traverse / clear */

/* Only objects of GC types take part in collections, and gc.c's visitors are the only
 * ones: strs, ints, floats... are skipped without a call. */
#define VISIT(v) do { \
        Value v__ = (v); \
        if (v__ && !IS_SMALL(v__) && (AS_OBJ(v__)->type->flags & TPFLAG_GC)) visit(v__, arg); \
    } while (0)

static void tuple_traverse(Obj *o, VisitFn visit, void *arg) {
    TupleObj *t = (TupleObj *)o;
    for (size_t i = 0; i < t->len; i++) VISIT(t->items[i]);
}

static void list_traverse(Obj *o, VisitFn visit, void *arg) {
    ListObj *l = (ListObj *)o;
    for (size_t i = 0; i < l->len; i++) VISIT(l->items[i]);
}
static void list_clear_slot(Obj *o) { list_clear(OBJ_VAL(o)); }

static void dict_traverse(Obj *o, VisitFn visit, void *arg) {
    DictObj *d = (DictObj *)o;
    DictEntry *e = d->entries;
    if (!e) return;
    size_t n = d->nentries;
    if (!d->general) {
        /* Only exact str keys (never collected); a deleted entry's value is VNULL. */
        for (size_t i = 0; i < n; i++) VISIT(e[i].value);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (!e[i].key) continue;
        VISIT(e[i].key);
        VISIT(e[i].value);
    }
}
static void dict_clear_slot(Obj *o) { dict_clear(OBJ_VAL(o)); }

static void func_traverse(Obj *o, VisitFn visit, void *arg) {
    FunctionObj *f = (FunctionObj *)o;
    VISIT(f->globals);
    VISIT(f->builtins);
    VISIT(f->defaults);
    VISIT(f->kwdefaults);
    VISIT(f->closure);
    VISIT(f->name);
    VISIT(f->qualname);
    VISIT(f->doc);
    VISIT(f->module);
    VISIT(f->dict);
}
/* Only what a later call can do without: globals and the closure stay (a cleared cell
 * or dict breaks those cycles). */
static void func_clear(Obj *o) {
    FunctionObj *f = (FunctionObj *)o;
    CLEAR(f->defaults);
    CLEAR(f->kwdefaults);
    CLEAR(f->dict);
}

static void cell_traverse(Obj *o, VisitFn visit, void *arg) { VISIT(((CellObj *)o)->ref); }
static void cell_clear(Obj *o) { CLEAR(((CellObj *)o)->ref); }

static void method_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((MethodObj *)o)->func);
    VISIT(((MethodObj *)o)->self);
}

static void builtin_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((BuiltinObj *)o)->self);
    VISIT(((BuiltinObj *)o)->module);
}

static void module_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((ModuleObj *)o)->dict);
    VISIT(((ModuleObj *)o)->name);
}

static void exc_traverse(Obj *o, VisitFn visit, void *arg) {
    ExcObj *e = (ExcObj *)o;
    VISIT(e->dict);
    VISIT(e->args);
    VISIT(e->traceback);
    VISIT(e->context);
    VISIT(e->cause);
}
static void exc_clear(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    CLEAR(e->dict);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    /* args stays a tuple: str() and repr() of the exception read it */
    Value old = e->args;
    e->args = tuple_empty();
    XDECREF(old);
}

static void super_traverse(Obj *o, VisitFn visit, void *arg) {
    SuperObj *s = (SuperObj *)o;
    if (s->type) visit(OBJ_VAL(s->type), arg);
    if (s->obj_type) visit(OBJ_VAL(s->obj_type), arg);
    VISIT(s->obj);
}

static void property_traverse(Obj *o, VisitFn visit, void *arg) {
    PropertyObj *p = (PropertyObj *)o;
    VISIT(p->fget);
    VISIT(p->fset);
    VISIT(p->fdel);
    VISIT(p->doc);
    VISIT(p->name);
}

static void funcwrap_traverse(Obj *o, VisitFn visit, void *arg) {
    VISIT(((StaticMethodObj *)o)->func);
    VISIT(((StaticMethodObj *)o)->dict);
}

static void listiter_traverse(Obj *o, VisitFn visit, void *arg) { VISIT(((ListIterObj *)o)->seq); }
static void dictiter_traverse(Obj *o, VisitFn visit, void *arg) { VISIT(((DictIterObj *)o)->dict); }
static void dictview_traverse(Obj *o, VisitFn visit, void *arg) { VISIT(((DictViewObj *)o)->dict); }

/* Heap types. The MRO tuple holds the type itself without owning it, so it is never
 * tracked (gc_init_heap_type); while the type is its only owner, its other items are
 * visited as the type's own references. */
static void type_traverse(Obj *o, VisitFn visit, void *arg) {
    Type *t = (Type *)o;
    if (!(t->flags & TPFLAG_HEAPTYPE)) return;
    VISIT(t->dict);
    VISIT(t->bases);
    if (t->base) visit(OBJ_VAL(t->base), arg);
    VISIT(HEAPTYPE(t)->slot_names);
    Value mro = t->mro;
    if (mro && AS_OBJ(mro)->refcnt == 1 && !gc_is_tracked(AS_OBJ(mro)))
        for (size_t i = 1; i < TUPLE_LEN(mro); i++) VISIT(TUPLE_ITEMS(mro)[i]);
}

/* Instances of classes: __slots__ values and the __dict__, then the solid base's part. */
static void subtype_traverse(Obj *o, VisitFn visit, void *arg) {
    Type *x = o->type;
    for (; x && IS_HEAPTYPE(x); x = x->base) {
        HeapType *h = HEAPTYPE(x);
        for (size_t i = 0; i < h->nslots; i++) VISIT(*(Value *)((char *)o + h->slots_offset + i * sizeof(Value)));
        if (h->added_dict && x->dictoffset != DICTOFFSET_SIDE) {
            Value d = *(Value *)((char *)o + x->dictoffset);
            /* An owned dict (gc.h): both visitors would look through it anyway. */
            if (d && !IS_SMALL(d) && AS_OBJ(d)->type == &DictType && AS_OBJ(d)->refcnt == 1 &&
                !GC_HEAD(AS_OBJ(d))->next)
                dict_traverse(AS_OBJ(d), visit, arg);
            else
                VISIT(d);
        }
    }
    if (x && x->traverse) x->traverse(o, visit, arg);
}

static void subtype_clear(Obj *o) {
    Type *x = o->type;
    for (; x && IS_HEAPTYPE(x); x = x->base) {
        HeapType *h = HEAPTYPE(x);
        for (size_t i = 0; i < h->nslots; i++) CLEAR(*(Value *)((char *)o + h->slots_offset + i * sizeof(Value)));
        if (h->added_dict) {
            if (x->dictoffset == DICTOFFSET_SIDE) obj_side_dict_clear(o);
            else {
                Value *dp = (Value *)((char *)o + x->dictoffset);
                gc_release_dict(*dp);
                CLEAR(*dp);
            }
        }
    }
    if (x && x->clear) x->clear(o);
}

/* __del__, as subtype_dealloc calls it. */
static void subtype_finalize(Obj *o) {
    Type *t = o->type;
    if (!IS_HEAPTYPE(t) || !HEAPTYPE(t)->has_del) return;
    Value f = type_lookup(t, NAME(__del__));
    if (!f) return;
    finalizer_ran_code = true;
    Value saved = err_fetch();
    INCREF(f);
    Value r = call_unbound(f, OBJ_VAL(o), NULL, 0, VNULL);
    if (r) DECREF(r);
    else vm_write_unraisable(f);
    DECREF(f);
    err_restore(saved);
}

void gc_init_heap_type(Type *t) {
    Type *solid = t->base;
    while (solid && IS_HEAPTYPE(solid)) solid = solid->base;
    /* Instances get a header only where the solid base's memory management is obj_alloc /
     * obj_free of GC-able layouts: object and the GC container types. Subclasses of str,
     * int, float, bytes... stay untracked (their cycles are not collected). */
    if (solid == &ObjectType || (solid && (solid->flags & TPFLAG_GC))) {
        t->flags |= TPFLAG_GC;
        t->traverse = subtype_traverse;
        t->clear = subtype_clear;
    }
    t->finalize = subtype_finalize;
    if (t->mro) gc_untrack_value(t->mro);
    /* obj_alloc could not track it: it was not a heap type yet (gc_has_head) */
    gc_track(&t->hdr);
}

/* Frames: a running frame's stack pointer is not saved, and its references are in use:
 * nothing of it is visited. A suspended generator's frame owns its stack up to sp. */
static void frame_visit_contents(Frame *f, VisitFn visit, void *arg) {
    if (f->state == FRAME_RUNNING || !f->code) return;
    GenObj *g = frame_gen(f);
    if (g && g->f.gstate == FRAME_RUNNING) return;
    if (f->func) visit(OBJ_VAL(f->func), arg);
    VISIT(f->locals);
    VISIT(f->handled);
    Value *base = frame_stack_base(f);
    for (Value *p = f->slots; p < base; p++) VISIT(*p);
    if (f->state == FRAME_SUSPENDED && g && g->f.gstate == FRAME_SUSPENDED)
        for (Value *p = base; p < f->sp; p++) VISIT(*p);
}

void gc_frame_traverse(Obj *o, VisitFn visit, void *arg) { frame_visit_contents((Frame *)o, visit, arg); }

/* A generator's frame is released by the generator's clear; other frames (kept by a
 * traceback or gi_frame after their generator finished) are already empty. */
void gc_frame_clear(Obj *o) {
    Frame *f = (Frame *)o;
    if (f->state == FRAME_RUNNING || frame_gen(f)) return;
    frame_clear(f);
}

void gc_gen_traverse(Obj *o, VisitFn visit, void *arg) {
    GenObj *g = (GenObj *)o;
    /* name and qualname are strs: nothing the collector tracks. The frame in the
     * generator's block is part of the generator's node (node_refcnt): what the frame
     * holds is the node's, also once finished while a traceback or a kept gi_frame holds
     * the frame. A million suspended generators cost one node each. */
    Frame *f = &g->f;
    if (f->hdr.refcnt > 0) frame_visit_contents(f, visit, arg);
}

/* Leaves the generator finished, as close() on an unstarted one does (its finally blocks
 * already ran in the finalizer, if it was suspended). A never-started coroutine keeps its
 * frame so its dealloc still warns that it was never awaited. */
void gc_gen_clear(Obj *o) {
    GenObj *g = (GenObj *)o;
    Frame *f = &g->f;
    if (g->f.gstate == FRAME_RUNNING || f->state == FRAME_RUNNING) return;
    if (gen_frame(g)) {
        if (o->type == &CoroutineType && g->f.gstate == FRAME_CREATED) return;
        g->f.gstate = FRAME_DONE;
        gen_detach_frame(g);
        /* What else holds the frame (a traceback) is garbage with it: its contents go. */
        if (f->hdr.refcnt > 1) frame_clear(f);
        frame_release(f);
    } else if (f->hdr.refcnt > 0) {
        frame_clear(f);   /* finished, kept by garbage (a traceback) */
    }
}

/* Would close() run any code? Not for a generator paused at a plain yield outside every
 * try, with and finally block (and not delegating): GeneratorExit just ends it. */
static bool close_runs_code(GenObj *g) {
    Frame *f = gen_frame(g);
    if (!f || !f->code || f->ip <= f->code->insns) return true;
    Insn w = f->ip[-1];
    if (INSN_OP(w) != OP_YIELD_VALUE || INSN_ARG(w) != 0) return true;
    uint32_t at = (uint32_t)(f->ip - f->code->insns - 1);
    for (uint32_t k = 0; k < f->code->nexc; k++)
        if (at >= f->code->exctable[k].start && at < f->code->exctable[k].end) return true;
    return false;
}

void gc_gen_finalize(Obj *o) {
    GenObj *g = (GenObj *)o;
    if (g->f.gstate != FRAME_SUSPENDED || !gen_frame(g)) return;
    /* Nothing to run: its clear releases the frame (a million idle generators at exit
     * are then freed without resuming each one). --trace shows every close, though. */
    if (vm.trace || close_runs_code(g)) finalizer_ran_code = true;
    else return;
    Value saved = err_fetch();
    TRACE_IF(trace_set_action(g, TRACE_COLLECT, VNULL));
    Value r = gen_close(OBJ_VAL(g));
    if (r) DECREF(r);
    else vm_write_unraisable(OBJ_VAL(g));
    err_restore(saved);
}

static void set_gc(Type *t, TraverseFn trav, ClearFn clear) {
    t->flags |= TPFLAG_GC;
    t->traverse = trav;
    t->clear = clear;
}

/* Called first thing by vm_init, before any object exists. Types whose layout is private
 * to their file set their slots in their own definitions. */
void gc_init(void) {
    gc_setup_lists();
    /* Stress testing: MINIPY_GC_THRESHOLD=1 collects at nearly every safe point. */
    const char *th = getenv("MINIPY_GC_THRESHOLD");
    if (th && *th) gc_young_threshold = atol(th);
    set_gc(&TupleType, tuple_traverse, NULL);
    set_gc(&ListType, list_traverse, list_clear_slot);
    set_gc(&DictType, dict_traverse, dict_clear_slot);
    set_gc(&FunctionType, func_traverse, func_clear);
    set_gc(&CellType, cell_traverse, cell_clear);
    set_gc(&MethodType, method_traverse, NULL);
    set_gc(&BuiltinFunctionType, builtin_traverse, NULL);
    set_gc(&ModuleType, module_traverse, NULL);
    set_gc(&TypeType, type_traverse, NULL);
    set_gc(&SuperType, super_traverse, NULL);
    set_gc(&PropertyType, property_traverse, NULL);
    set_gc(&StaticMethodType, funcwrap_traverse, NULL);
    set_gc(&ClassMethodType, funcwrap_traverse, NULL);
    set_gc(&ListIterType, listiter_traverse, NULL);
    set_gc(&ListRevIterType, listiter_traverse, NULL);
    set_gc(&TupleIterType, listiter_traverse, NULL);
    Type *dictiters[] = {&DictKeyIterType, &DictValueIterType, &DictItemIterType,
                         &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType};
    for (size_t i = 0; i < sizeof dictiters / sizeof *dictiters; i++) set_gc(dictiters[i], dictiter_traverse, NULL);
    set_gc(&DictKeysType, dictview_traverse, NULL);
    set_gc(&DictValuesType, dictview_traverse, NULL);
    set_gc(&DictItemsType, dictview_traverse, NULL);
    /* A generator's frame shares its generator's header (vm/frame.h): only frame code
     * may look for a frame's (visit_head, gc_frame_*; obj_dealloc leaves frames alone). */
    set_gc(&FrameType, gc_frame_traverse, gc_frame_clear);
    set_gc(&SetType, set_gc_traverse, set_gc_clear);
    set_gc(&FrozenSetType, set_gc_traverse, NULL);
    set_gc(&SetIterType, setiter_gc_traverse, NULL);
    set_gc(&SeqIterType, seqiter_gc_traverse, NULL);
    set_gc(&CallIterType, calliter_gc_traverse, NULL);
    set_gc(&EnumerateType, enumerate_gc_traverse, NULL);
    set_gc(&ZipType, zip_gc_traverse, NULL);
    set_gc(&MapType, map_gc_traverse, NULL);
    set_gc(&FilterType, filter_gc_traverse, NULL);
    set_gc(&ReversedType, reversed_gc_traverse, NULL);
    set_gc(&TracebackType, tb_gc_traverse, NULL);
    gen_gc_setup();
    asyncgen_gc_setup();
    anext_gc_setup();
    Type *gentypes[] = {&GeneratorType, &CoroutineType, &AsyncGeneratorType};
    for (size_t i = 0; i < 3; i++) {
        set_gc(gentypes[i], gc_gen_traverse, gc_gen_clear);
        gentypes[i]->finalize = gc_gen_finalize;
    }
}

/* Exception types (exceptions.c) take these. */
void gc_exc_slots(Type *t) { set_gc(t, exc_traverse, exc_clear); }
