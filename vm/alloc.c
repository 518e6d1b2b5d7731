/* Object allocation: size-class free lists for small fixed-size objects, malloc for the rest.
 *
 * Fixed-size objects (itemsize == 0) of up to SMALL_MAX_BYTES come from per-size free lists
 * carved out of big chunks, so creating and dropping small objects (floats, bound methods,
 * iterators, instances) costs a pointer pop and push. The size class is recomputed at free
 * time from o->type->basicsize, which is why an object's type must keep its basicsize
 * (__class__ assignment checks the layout). Variable-size objects use malloc, so their owner
 * may mem_realloc them.
 *
 * Under AddressSanitizer the free lists stay in use (so the sanitizer suite exercises the same
 * size-class logic as release builds) but every free block is poisoned: a use after free, a
 * double free, or a malloc'd object pushed onto a free list (size-class mismatch) is reported.
 * Freed blocks also wait in a small quarantine ring before reuse, so stale pointers hit
 * poisoned memory. Build with -DMINIPY_NO_FREELIST to bypass the pools entirely. */
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "object.h"
#include "objutil.h"
#include "gc.h"
#include "../stdlib/tracemalloc.h"   /* tracemalloc's accounting: one branch while it is off */

#if defined(MINIPY_NO_FREELIST)
#define USE_FREELISTS 0
#else
#define USE_FREELISTS 1
#endif

#if defined(__SANITIZE_ADDRESS__)
#define POOL_CHECKS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_CHECKS 1
#endif
#endif
#ifndef POOL_CHECKS
#define POOL_CHECKS 0
#endif

#if POOL_CHECKS
#include <stdio.h>
#include <sanitizer/asan_interface.h>
#define POOL_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define POOL_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POOL_POISON(p, n) ((void)0)
#define POOL_UNPOISON(p, n) ((void)0)
#endif

#define SIZE_STEP 16
#define SMALL_MAX_BYTES 512
#define NCLASSES (SMALL_MAX_BYTES / SIZE_STEP)
#define CHUNK_BYTES (256 * 1024)

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;
typedef struct Chunk { struct Chunk *next; } Chunk;

static FreeBlock *free_lists[NCLASSES];
static Chunk *chunks;          /* every chunk, to release them at exit */
static char *bump, *bump_end;  /* the unused tail of the newest chunk */

void *mem_alloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) err_no_memory();
    TRACEMALLOC_ALLOC(p, n);
    return p;
}

void *mem_realloc(void *p, size_t n) {
#ifdef __GLIBC__
    /* glibc's realloc of a small block costs several times a malloc plus a free (it tries
     * to grow it in place first): a list's first appends would pay that each time. Small
     * blocks that no longer fit are moved by hand. */
    if (p && n && n <= 256 && !__builtin_expect(tracemalloc_on, 0)) {
        size_t have = malloc_usable_size(p);
        if (n <= have) return p;
        void *q = malloc(n);
        if (!q) {
            err_no_memory();
            return NULL;
        }
        memcpy(q, p, have);
        free(p);
        return q;
    }
#endif
    /* tracemalloc keys blocks by address: drop the old key while p is still valid. */
    int traced = __builtin_expect(tracemalloc_on, 0) && p;
    if (traced) tracemalloc_untrack(p);
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        err_no_memory();   /* p stays valid but untraced: only skews accounting on OOM */
    } else if (__builtin_expect(tracemalloc_on, 0)) {
        tracemalloc_track(q, n);
    }
    return q;
}

void mem_free(void *p) {
    TRACEMALLOC_FREE(p);
    free(p);
}

#if USE_FREELISTS
static void *chunk_refill(size_t cls) {
    size_t sz = (cls + 1) * SIZE_STEP;
    if ((size_t)(bump_end - bump) < sz) {
        /* The leftover tail of the old chunk goes to the free lists of smaller classes. */
        while ((size_t)(bump_end - bump) >= SIZE_STEP) {
            size_t left = (size_t)(bump_end - bump);
            size_t c = (left > SMALL_MAX_BYTES ? SMALL_MAX_BYTES : left) / SIZE_STEP - 1;
            FreeBlock *b = (FreeBlock *)bump;
            POOL_UNPOISON(b, sizeof *b);
            b->next = free_lists[c];
            free_lists[c] = b;
            POOL_POISON(b, (c + 1) * SIZE_STEP);
            bump += (c + 1) * SIZE_STEP;
        }
        Chunk *ch = malloc(CHUNK_BYTES);
        if (!ch) return NULL;
        ch->next = chunks;
        chunks = ch;
        bump = (char *)ch + SIZE_STEP;   /* keeps blocks 16-byte aligned */
        bump_end = (char *)ch + CHUNK_BYTES;
        POOL_POISON(bump, (size_t)(bump_end - bump));
    }
    void *p = bump;
    bump += sz;
    return p;
}

#if POOL_CHECKS
static int in_pool(const void *p) {
    for (Chunk *ch = chunks; ch; ch = ch->next)
        if ((const char *)p >= (const char *)ch && (const char *)p < (const char *)ch + CHUNK_BYTES)
            return 1;
    return 0;
}

/* Blocks freed recently are held back (poisoned) before they go to the free lists. */
#define QUARANTINE 4096
static struct { FreeBlock *b; size_t cls; } quarantine[QUARANTINE];
static size_t q_next;

static void pool_check_free(void *block, Obj *o, size_t cls) {
    if (__asan_address_is_poisoned(block)) {
        fprintf(stderr, "minipy alloc: double free of pool block %p (size class %zu)\n",
                block, (cls + 1) * SIZE_STEP);
        abort();
    }
    if (!in_pool(block)) {
        fprintf(stderr, "minipy alloc: object %p of type %s was not allocated from a pool "
                "but is freed into size class %zu\n", (void *)o, o->type->name,
                (cls + 1) * SIZE_STEP);
        abort();
    }
}
#endif
#endif

/* size bytes, of which the first zero are zeroed. */
static inline void *raw_alloc_part(size_t size, size_t zero) {
#if USE_FREELISTS
    if (size <= SMALL_MAX_BYTES) {
        size_t cls = (size - 1) / SIZE_STEP;
        FreeBlock *b = free_lists[cls];
        void *p;
        if (b) {
            POOL_UNPOISON(b, sizeof *b);
            free_lists[cls] = b->next;
            p = b;
        } else {
            p = chunk_refill(cls);
            if (!p) { err_no_memory(); return NULL; }
        }
        POOL_UNPOISON(p, (cls + 1) * SIZE_STEP);
        memset(p, 0, zero);
        return p;
    }
#endif
    (void)zero;
    void *p = calloc(1, size);
    if (!p) err_no_memory();
    return p;
}

static inline void *raw_alloc(size_t size) { return raw_alloc_part(size, size); }

static inline Obj *init_obj(Obj *o, Type *t) {
    o->refcnt = 1;
    o->type = t;
    if (t->flags & TPFLAG_HEAPTYPE) INCREF(OBJ_VAL(t));
    return o;
}

/* Objects of TPFLAG_GC types get a GCHead in front (vm/gc.h) and start tracked in the
 * youngest generation; sizes below include the header. */
static inline Obj *gc_init_obj(void *block, Type *t) {
    GCHead *g = block;   /* zeroed: untracked, no flags */
    Obj *o = GC_OBJ(g);
    init_obj(o, t);
    /* A new class is tracked once it is a heap type (gc_init_heap_type). */
    if (t->flags & TPFLAG_TYPE_SUB) gc_track(o);
    else gc_track_new(o);
    gc_note_alloc();
    return o;
}

Obj *obj_alloc(Type *t) {
    if (__builtin_expect(!(t->flags & TPFLAG_READY), 0) && type_ready(t) < 0) return NULL;
    size_t size = t->basicsize < sizeof(Obj) ? sizeof(Obj) : t->basicsize;
    if (t->flags & TPFLAG_GC) size += sizeof(GCHead);
    void *p = t->itemsize ? calloc(1, size) : raw_alloc(size);
    if (!p) {
        if (t->itemsize) err_no_memory();
        return NULL;
    }
    Obj *o = (t->flags & TPFLAG_GC) ? gc_init_obj(p, t) : init_obj(p, t);
    TRACEMALLOC_ALLOC(o, size);
    return o;
}

Obj *obj_alloc_part(Type *t, size_t zero, bool track) {
    if (__builtin_expect(!(t->flags & TPFLAG_READY), 0) && type_ready(t) < 0) return NULL;
    size_t size = (t->basicsize < sizeof(Obj) ? sizeof(Obj) : t->basicsize) + sizeof(GCHead);
    void *p = raw_alloc_part(size, sizeof(GCHead) + zero);
    if (!p) return NULL;
    Obj *o = GC_OBJ(p);
    if (track) {
        o = gc_init_obj(p, t);
    } else {
        init_obj(o, t);
        gc_note_alloc();
    }
    TRACEMALLOC_ALLOC(o, size);
    return o;
}

Obj *obj_alloc_var(Type *t, size_t nitems) {
    if (!t->itemsize) return obj_alloc(t);
    if (__builtin_expect(!(t->flags & TPFLAG_READY), 0) && type_ready(t) < 0) return NULL;
    size_t head = (t->flags & TPFLAG_GC) ? sizeof(GCHead) : 0;
    if (nitems > (SIZE_MAX - t->basicsize - head) / t->itemsize) { err_no_memory(); return NULL; }
    size_t size = head + t->basicsize + nitems * t->itemsize;
    void *p = calloc(1, size);
    if (!p) { err_no_memory(); return NULL; }
    Obj *o = head ? gc_init_obj(p, t) : init_obj(p, t);
    TRACEMALLOC_ALLOC(o, size);
    return o;
}

void obj_free(Obj *o) {
    Type *t = o->type;
    TRACEMALLOC_FREE(o);
    void *block = o;
    size_t head = 0;
    if (gc_has_head(o)) {
        gc_untrack_head(GC_HEAD(o));
        gc_note_free();
        block = GC_HEAD(o);
        head = sizeof(GCHead);
    }
    (void)head;   /* only the pools need it (unused under -DMINIPY_NO_FREELIST) */
#if USE_FREELISTS
    if (!t->itemsize) {
        size_t size = (t->basicsize < sizeof(Obj) ? sizeof(Obj) : t->basicsize) + head;
        if (size <= SMALL_MAX_BYTES) {
            size_t cls = (size - 1) / SIZE_STEP;
#if POOL_CHECKS
            pool_check_free(block, o, cls);
            POOL_POISON(block, (cls + 1) * SIZE_STEP);
            /* Release the oldest quarantined block to its free list, hold this one back. */
            FreeBlock *old = quarantine[q_next].b;
            size_t oldcls = quarantine[q_next].cls;
            quarantine[q_next].b = (FreeBlock *)block;
            quarantine[q_next].cls = cls;
            q_next = (q_next + 1) % QUARANTINE;
            if (old) {
                POOL_UNPOISON(old, sizeof *old);
                old->next = free_lists[oldcls];
                free_lists[oldcls] = old;
                POOL_POISON(old, sizeof *old);
            }
#else
            FreeBlock *b = (FreeBlock *)block;
            b->next = free_lists[cls];
            free_lists[cls] = b;
#endif
            goto freed;
        }
    }
#endif
    free(block);
#if USE_FREELISTS
freed:
#endif
    if (t->flags & TPFLAG_HEAPTYPE) DECREF(OBJ_VAL(t));
}

/* Freeing a long chain (ten million nested lists, a linked list of instances) releases each
 * link from inside the dealloc of the one before: past DEALLOC_MAX_DEPTH nested deallocs a
 * container is parked instead, linked through its (now unused) GC header, and freed once the
 * outermost dealloc returns, so the C stack stays bounded whatever the depth. */
#define DEALLOC_MAX_DEPTH 1000
static int dealloc_depth;
static GCHead *dealloc_parked;

static void dealloc_now(Obj *o) {
    Type *t = o->type;
    if (t->dealloc) t->dealloc(o);
    else obj_free(o);
}

void obj_dealloc(Obj *o) {
    /* A generator's frame shares its generator's header (vm/frame.h): frame_dealloc
     * untracks a frame itself. */
    if (!gc_has_head(o) || o->type == &FrameType) {
        dealloc_now(o);
        return;
    }
    /* Out of the collector's lists before anything is released: code run by the release
     * (finalizers) must not find a half-destroyed object there. */
    gc_untrack_head(GC_HEAD(o));
    if (dealloc_depth >= DEALLOC_MAX_DEPTH) {
        GC_HEAD(o)->next = dealloc_parked;
        dealloc_parked = GC_HEAD(o);
        return;
    }
    dealloc_depth++;
    dealloc_now(o);
    if (dealloc_depth == 1) {
        while (dealloc_parked) {
            GCHead *h = dealloc_parked;
            dealloc_parked = h->next;
            h->next = NULL;   /* untracked again, as its dealloc expects */
            dealloc_now(GC_OBJ(h));
        }
    }
    dealloc_depth--;
}

/* Called last by vm_finalize: every object is gone (or deliberately leaked). */
void alloc_finalize(void) {
    while (chunks) {
        Chunk *next = chunks->next;
        free(chunks);
        chunks = next;
    }
    memset(free_lists, 0, sizeof free_lists);
#if USE_FREELISTS && POOL_CHECKS
    memset(quarantine, 0, sizeof quarantine);
    q_next = 0;
#endif
    bump = bump_end = NULL;
}

/* Generators carry their frame (vm/frame.h): one block whose size depends on the frame's
 * slots, known to the caller at both ends. The frame is set up in it before the generator
 * exists (gc_block_alloc), then the generator is born (obj_born_sized). Under the
 * sanitizers the block is malloc'd, so a use after free is reported at once. */
void *gc_block_alloc(size_t size) {
    size += sizeof(GCHead);
#if USE_FREELISTS && !POOL_CHECKS
    void *p = raw_alloc(size);
    if (!p) return NULL;
#else
    void *p = calloc(1, size);
    if (!p) { err_no_memory(); return NULL; }
#endif
    return GC_OBJ(p);
}

int obj_born_sized(Obj *o, Type *t, size_t size) {
    if (__builtin_expect(!(t->flags & TPFLAG_READY), 0) && type_ready(t) < 0) return -1;
    init_obj(o, t);
    gc_track(o);
    gc_note_alloc();
    TRACEMALLOC_ALLOC(o, size + sizeof(GCHead));
    return 0;
}

void obj_free_sized(Obj *o, size_t size) {
    TRACEMALLOC_FREE(o);
    GCHead *g = GC_HEAD(o);
    gc_untrack_head(g);
    gc_note_free();
    size += sizeof(GCHead);
#if USE_FREELISTS && !POOL_CHECKS
    if (size <= SMALL_MAX_BYTES) {
        FreeBlock *b = (FreeBlock *)(void *)g;
        size_t cls = (size - 1) / SIZE_STEP;
        b->next = free_lists[cls];
        free_lists[cls] = b;
        return;
    }
#endif
    (void)size;
    free(g);
}
