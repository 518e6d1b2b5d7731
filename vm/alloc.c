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

#include "poison.h"
#if POOL_CHECKS
#include <stdio.h>
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

/* Variable parts (mem_alloc: list item arrays, dict tables, buffers) of up to VAR_MAX bytes
 * come from size-class pools too: a list's item array costs a pointer pop instead of a malloc
 * and a free. Each pool chunk serves one size class and is aligned to its size, so mem_free
 * and mem_realloc find the class of any pointer from its chunk number through a two-level map
 * (0: not ours, a malloc'd block). Under AddressSanitizer a block is unpoisoned only for the
 * bytes asked for, and freed blocks go through the quarantine as objects do. */
#if USE_FREELISTS
#define VAR_MAX 256
#define VAR_NCLASSES (VAR_MAX / SIZE_STEP)
#define VAR_CHUNK_SHIFT 16
#define VAR_CHUNK ((size_t)1 << VAR_CHUNK_SHIFT)
#define VMAP_L2_BITS 15
#define VMAP_L1_BITS (47 - VAR_CHUNK_SHIFT - VMAP_L2_BITS)   /* x86-64 user addresses */

static uint8_t *vmap[(size_t)1 << VMAP_L1_BITS];   /* chunk number -> size class + 1 */
static FreeBlock *var_free[VAR_NCLASSES];
static char *var_bump[VAR_NCLASSES], *var_end[VAR_NCLASSES];
/* A chunk is carved from a staggered start to its end, then from its beginning to that
 * start (var_wrap[cls]: the start, NULL once wrapped). Without the stagger the first blocks
 * of every chunk would share their address modulo 64 KB, and the eval loop's caches, indexed
 * by instruction address bits, would see every small code object's instructions collide. */
static char *var_wrap[VAR_NCLASSES];
static unsigned var_nchunks;
static Chunk *var_chunks;   /* linked through each chunk's first SIZE_STEP bytes */

static inline int var_class(const void *p) {
    uintptr_t id = (uintptr_t)p >> VAR_CHUNK_SHIFT;
    if (__builtin_expect(id >> (VMAP_L1_BITS + VMAP_L2_BITS), 0)) return -1;
    const uint8_t *l2 = vmap[id >> VMAP_L2_BITS];
    if (!l2) return -1;
    return (int)l2[id & (((uintptr_t)1 << VMAP_L2_BITS) - 1)] - 1;
}

static int var_new_chunk(size_t cls) {
    char *ch = aligned_alloc(VAR_CHUNK, VAR_CHUNK);
    if (!ch) return -1;
    uintptr_t id = (uintptr_t)ch >> VAR_CHUNK_SHIFT;
    if (id >> (VMAP_L1_BITS + VMAP_L2_BITS)) { free(ch); return -1; }
    uint8_t **l2 = &vmap[id >> VMAP_L2_BITS];
    if (!*l2 && !(*l2 = calloc((size_t)1 << VMAP_L2_BITS, 1))) { free(ch); return -1; }
    (*l2)[id & (((uintptr_t)1 << VMAP_L2_BITS) - 1)] = (uint8_t)(cls + 1);
    ((Chunk *)ch)->next = var_chunks;
    var_chunks = (Chunk *)ch;
    /* The rest of the old chunk (less than one block) is left unused. */
    unsigned mix = (unsigned)(cls * 2654435761u + ++var_nchunks * 40503u);
    char *start = ch + SIZE_STEP * (1 + (mix >> 8) % 1023);   /* within the first 16 KB */
    var_bump[cls] = start;
    var_end[cls] = ch + VAR_CHUNK;
    var_wrap[cls] = start;
    POOL_POISON(ch + SIZE_STEP, VAR_CHUNK - SIZE_STEP);
    return 0;
}

/* The current chunk of cls is used up to its end: carve its beginning, or a new chunk. */
static int var_refill(size_t cls) {
    char *w = var_wrap[cls];
    if (w && (size_t)(w - (var_end[cls] - VAR_CHUNK + SIZE_STEP)) >= (cls + 1) * SIZE_STEP) {
        var_bump[cls] = var_end[cls] - VAR_CHUNK + SIZE_STEP;
        var_end[cls] = w;
        var_wrap[cls] = NULL;
        return 0;
    }
    return var_new_chunk(cls);
}

/* A block of class cls, its first n bytes addressable; NULL (no exception set) when out of memory. */
static inline void *var_alloc(size_t cls, size_t n) {
    FreeBlock *b = var_free[cls];
    void *p;
    if (b) {
        POOL_UNPOISON(b, sizeof *b);
        var_free[cls] = b->next;
        p = b;
    } else {
        size_t sz = (cls + 1) * SIZE_STEP;
        if ((size_t)(var_end[cls] - var_bump[cls]) < sz && var_refill(cls) < 0) return NULL;
        p = var_bump[cls];
        var_bump[cls] += sz;
    }
#if POOL_CHECKS
    POOL_POISON(p, (cls + 1) * SIZE_STEP);
    POOL_UNPOISON(p, n ? n : 1);
#else
    (void)n;
#endif
    return p;
}

static void var_release(void *p, size_t cls);
#endif

void *mem_alloc(size_t n) {
#if USE_FREELISTS
    if (n <= VAR_MAX) {
        void *p = var_alloc(n ? (n - 1) / SIZE_STEP : 0, n);
        if (!p) { err_no_memory(); return NULL; }
        TRACEMALLOC_ALLOC(p, n);
        return p;
    }
#endif
    void *p = malloc(n ? n : 1);
    if (!p) err_no_memory();
    TRACEMALLOC_ALLOC(p, n);
    return p;
}

void *mem_realloc(void *p, size_t n) {
#if USE_FREELISTS
    int cls = p ? var_class(p) : -1;
    if (cls >= 0) {
        size_t have = (size_t)(cls + 1) * SIZE_STEP;
        /* Shrinking to a much smaller class moves the block, as malloc's realloc would free
         * the tail: a list emptied by pops gives its memory back. */
        if (n <= have && (n > have / 2 || cls == 0)) {
#if POOL_CHECKS
            POOL_POISON(p, have);
            POOL_UNPOISON(p, n ? n : 1);
#endif
            if (__builtin_expect(tracemalloc_on, 0)) {
                tracemalloc_untrack(p);
                tracemalloc_track(p, n);
            }
            return p;
        }
        void *q = mem_alloc(n);
        if (!q) return NULL;
        POOL_UNPOISON(p, have);   /* the whole old block is read (what was asked for is unknown) */
        memcpy(q, p, n < have ? n : have);
        TRACEMALLOC_FREE(p);
        var_release(p, (size_t)cls);
        return q;
    }
    if (!p) return mem_alloc(n);
#endif
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
#if USE_FREELISTS
    int cls = p ? var_class(p) : -1;
    if (cls >= 0) {
        var_release(p, (size_t)cls);
        return;
    }
#endif
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
static struct { FreeBlock *b; FreeBlock **list; } quarantine[QUARANTINE];
static size_t q_next;

/* Hold block (poisoned) back; release the oldest quarantined block to its free list. */
static void quarantine_put(void *block, size_t bytes, FreeBlock **list) {
    POOL_POISON(block, bytes);
    FreeBlock *old = quarantine[q_next].b;
    FreeBlock **oldlist = quarantine[q_next].list;
    quarantine[q_next].b = (FreeBlock *)block;
    quarantine[q_next].list = list;
    q_next = (q_next + 1) % QUARANTINE;
    if (old) {
        POOL_UNPOISON(old, sizeof *old);
        old->next = *oldlist;
        *oldlist = old;
        POOL_POISON(old, sizeof *old);
    }
}

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

static void var_release(void *p, size_t cls) {
#if POOL_CHECKS
    if (__asan_address_is_poisoned(p)) {
        fprintf(stderr, "minipy alloc: double free of pool block %p (size class %zu)\n",
                p, (cls + 1) * SIZE_STEP);
        abort();
    }
    if ((uintptr_t)p % SIZE_STEP) {
        fprintf(stderr, "minipy alloc: mem_free of %p, inside a pool block\n", p);
        abort();
    }
    quarantine_put(p, (cls + 1) * SIZE_STEP, &var_free[cls]);
#else
    FreeBlock *b = p;
    b->next = var_free[cls];
    var_free[cls] = b;
#endif
}
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
            quarantine_put(block, (cls + 1) * SIZE_STEP, &free_lists[cls]);
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
#if USE_FREELISTS
    while (var_chunks) {
        Chunk *next = var_chunks->next;
        free(var_chunks);
        var_chunks = next;
    }
    for (size_t i = 0; i < sizeof vmap / sizeof vmap[0]; i++) {
        free(vmap[i]);
        vmap[i] = NULL;
    }
    memset(var_free, 0, sizeof var_free);
    memset(var_bump, 0, sizeof var_bump);
    memset(var_end, 0, sizeof var_end);
    memset(var_wrap, 0, sizeof var_wrap);
#endif
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
