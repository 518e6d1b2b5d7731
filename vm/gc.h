/* The cycle collector (vm/gc.c): headers, tracking, and the hooks other files call.
 *
 * Every object whose type has TPFLAG_GC is allocated with a 16-byte GCHead in front of
 * it (obj_alloc / obj_alloc_var, and frames through gc_frame_block_alloc). A tracked
 * object sits in one of three generation lists; next == NULL means untracked. The low
 * three bits of prev hold flags; while a collection scans a list, prev holds the object's
 * count of references from outside the scanned set instead of a pointer.
 *
 * Exceptions: objects of a TPFLAG_GC type that are static (immortal, e.g. the empty tuple)
 * or static type objects (instances of type that are not heap types) have no header; see
 * gc_has_head. */
#ifndef MINIPY_GC_H
#define MINIPY_GC_H

#include "object.h"

typedef struct GCHead {
    _Alignas(16) struct GCHead *next;   /* NULL: not tracked */
    uintptr_t prev;        /* previous node | GC_FLAG_* bits (nodes are 16-byte aligned) */
} GCHead;

#define GC_FLAG_FINALIZED   ((uintptr_t)1)   /* finalize already ran (PEP 442: once) */
#define GC_FLAG_COLLECTING  ((uintptr_t)2)   /* in the set being collected right now */
#define GC_FLAG_UNREACHABLE ((uintptr_t)4)   /* tentatively unreachable (during the scan) */
#define GC_FLAG_IDLE        ((uintptr_t)8)   /* an idle generator, in the list that automatic
                                                collections skip (vm/gc.c) */
#define GC_FLAG_MASK        ((uintptr_t)15)

#define GC_HEAD(o) ((GCHead *)(void *)(o) - 1)
#define GC_OBJ(g)  ((Obj *)(void *)((GCHead *)(g) + 1))

/* Does o carry a GCHead? (Type objects: only heap types do.) */
static inline bool gc_has_head(Obj *o) {
    Type *t = o->type;
    if (!(t->flags & TPFLAG_GC)) return false;
    if ((t->flags & TPFLAG_TYPE_SUB) && !(((Type *)o)->flags & TPFLAG_HEAPTYPE)) return false;
    return true;
}
static inline bool gc_is_tracked(Obj *o) { return gc_has_head(o) && GC_HEAD(o)->next != NULL; }

void gc_track(Obj *o);       /* into the youngest generation; no-op if tracked or headless */
/* gc_track for a new object with a header (obj_alloc): generation 0's list, once set up. */
extern GCHead *gc_young_list;
static inline void gc_track_new(Obj *o) {
    GCHead *list = gc_young_list;
    if (!list) {
        gc_track(o);
        return;
    }
    GCHead *g = GC_HEAD(o), *last = (GCHead *)(list->prev & ~GC_FLAG_MASK);
    g->prev = (uintptr_t)last;
    g->next = list;
    last->next = g;
    list->prev = (uintptr_t)g | (list->prev & GC_FLAG_MASK);
}
/* A generator at its yield (it has a header): the collector may have untracked it while
 * it was idle; it is tracked again unless its frame still holds only untracked values. */
void gc_retrack_slow(Obj *o);
static inline void gc_retrack(Obj *o) {
    GCHead *g = GC_HEAD(o);
    if (!g->next || (g->prev & GC_FLAG_IDLE)) gc_retrack_slow(o);
}
void gc_untrack(Obj *o);     /* no-op if not tracked or headless */
/* gc_untrack for an object known to carry a header (alloc.c's hot paths). */
static inline void gc_untrack_head(GCHead *g) {
    GCHead *n = g->next;
    if (!n) return;
    GCHead *p = (GCHead *)(g->prev & ~GC_FLAG_MASK);
    p->next = n;
    n->prev = (uintptr_t)p | (n->prev & GC_FLAG_MASK);
    g->next = NULL;
    g->prev &= GC_FLAG_FINALIZED;
}

/* Owned dicts. The __dict__ obj_generic_setattr makes for an instance of a class whose
 * solid base is object starts untracked: while the instance holds the only reference, the
 * collector looks through the dict from the instance, so an instance costs it one list
 * node, not two (and gc.collect() counts one object, as CPython 3.11's inline values).
 * Once anything else can hold the dict (the __dict__ getter, __getstate__, an owner that
 * lets it go while others keep it), gc_track makes it an ordinary tracked dict.
 * gc_owns_dict: may o's dict slot hold such a dict? */
bool gc_owns_dict(Obj *o);
/* An owner drops its reference to its dict: tracked first if others keep it. */
static inline void gc_release_dict(Value d) {
    if (d && AS_OBJ(d)->refcnt > 1) gc_track(AS_OBJ(d));
}
/* An object of a fixed-size, ready GC type of which only the first zero bytes are
 * zeroed (the rest is the caller's to fill before use), tracked or left untracked (as
 * dict_new_instance's); it counts towards the next collection either way (alloc.c). */
Obj *obj_alloc_part(Type *t, size_t zero, bool track);
void gc_untrack_value(Value v);

/* Allocation accounting (alloc.c): a new GC object was made / a GC object's memory freed. */
extern long gc_young_count, gc_young_threshold;
void gc_request(void);       /* asks for an automatic collection at the next safe point */
static inline void gc_note_alloc(void) {
    if (++gc_young_count > gc_young_threshold) gc_request();
}
static inline void gc_note_free(void) {
    if (gc_young_count > 0) gc_young_count--;
}

/* The automatic collection gc_request asked for, run by vm_check_signals (an eval-loop
 * safe point) once it took VM_PENDING_GC (vm/frame.h). */
void gc_run_requested(void);

/* Finalizers called from a dealloc (__del__, a generator's close): returns false when
 * the finalizer already ran (the collector's or an earlier dealloc's) and must not run
 * again; otherwise marks it as run and re-tracks o for the call (the dealloc untracked it).
 * After the call, gc_dealloc_finalizer_end(o) untracks o again unless it was resurrected
 * (refcnt > 0 after the dealloc's own reference is dropped: pass that count). */
bool gc_dealloc_finalizer_begin(Obj *o);
void gc_dealloc_finalizer_end(Obj *o, intptr_t refcnt_after);
bool gc_is_finalized(Obj *o);

/* Frames are allocated by frame.c and eval.c, not obj_alloc: they get a header too, so a
 * generator's frame can be tracked. */
static inline void *gc_frame_block_alloc(size_t bytes) {
    GCHead *h = mem_alloc(sizeof(GCHead) + bytes);
    if (!h) return NULL;
    h->next = NULL;
    h->prev = 0;
    return h + 1;
}
void gc_frame_block_free(void *frame);   /* untracks, then frees the block */
void gc_frame_untrack(void *frame);      /* before a frame goes to a free list */
void gc_frame_track(void *frame);        /* a frame owned by a generator */

/* Heap types (type.c): decides TPFLAG_GC for a new class and installs the slots. */
void gc_init_heap_type(Type *t);

/* The gc module's operations. */
intptr_t gc_collect_full(void);          /* gc.collect(): unreachable objects found */
intptr_t gc_collect_generation(int gen);
extern bool gc_enabled;
void gc_get_counts(long out[3]);
void gc_get_thresholds(long out[3]);
void gc_set_thresholds(const long th[3], int n);
/* At exit: collections until nothing is found; finalizers run unless run_finalizers is
 * false (the last one, when sys and builtins are gone). */
void gc_collect_at_exit(bool run_finalizers);
void gc_forget_tracked(void);   /* the very end of vm_finalize: leaks become visible */
void gc_init(void);

/* Traverse / clear functions of types whose layout gc.c sees, for their Type definitions. */
void gc_frame_traverse(Obj *o, VisitFn visit, void *arg);
void gc_frame_clear(Obj *o);
void gc_gen_traverse(Obj *o, VisitFn visit, void *arg);
void gc_gen_clear(Obj *o);
void gc_gen_finalize(Obj *o);
void gc_exc_slots(Type *t);              /* exception types (exceptions.c) */
/* Defined in the files whose layouts they know; gc_init installs them. */
void set_gc_traverse(Obj *o, VisitFn visit, void *arg);
void set_gc_clear(Obj *o);
void setiter_gc_traverse(Obj *o, VisitFn visit, void *arg);
void seqiter_gc_traverse(Obj *o, VisitFn visit, void *arg);
void calliter_gc_traverse(Obj *o, VisitFn visit, void *arg);
void enumerate_gc_traverse(Obj *o, VisitFn visit, void *arg);
void zip_gc_traverse(Obj *o, VisitFn visit, void *arg);
void map_gc_traverse(Obj *o, VisitFn visit, void *arg);
void filter_gc_traverse(Obj *o, VisitFn visit, void *arg);
void reversed_gc_traverse(Obj *o, VisitFn visit, void *arg);
void tb_gc_traverse(Obj *o, VisitFn visit, void *arg);
void gen_gc_setup(void);        /* vm/gen.c: coroutine_wrapper */
void asyncgen_gc_setup(void);   /* vm/asyncgen.c: asend / athrow awaitables */
void anext_gc_setup(void);      /* stdlib/anext.c */

#endif
