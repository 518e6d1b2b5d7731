/* Object allocation: size-class free lists for small fixed-size objects, malloc for the rest.
 *
 * Fixed-size objects (itemsize == 0) of up to SMALL_MAX_BYTES come from per-size free lists
 * carved out of big chunks, so creating and dropping small objects (floats, bound methods,
 * iterators, instances) costs a pointer pop and push. The size class is recomputed at free
 * time from o->type->basicsize, which is why an object's type must keep its basicsize
 * (__class__ assignment checks the layout). Variable-size objects use malloc, so their owner
 * may mem_realloc them. Under AddressSanitizer every object is a separate malloc so the
 * sanitizer sees each use after free. */
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "../stdlib/tracemalloc.h"   /* tracemalloc's accounting: one branch while it is off */

#if defined(__SANITIZE_ADDRESS__) || defined(MINIPY_NO_FREELIST)
#define USE_FREELISTS 0
#else
#define USE_FREELISTS 1
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
    void *q = realloc(p, n ? n : 1);
    if (!q) err_no_memory();
    else if (__builtin_expect(tracemalloc_on, 0)) {
        if (p) tracemalloc_untrack(p);
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
            b->next = free_lists[c];
            free_lists[c] = b;
            bump += (c + 1) * SIZE_STEP;
        }
        Chunk *ch = malloc(CHUNK_BYTES);
        if (!ch) return NULL;
        ch->next = chunks;
        chunks = ch;
        bump = (char *)ch + SIZE_STEP;   /* keeps blocks 16-byte aligned */
        bump_end = (char *)ch + CHUNK_BYTES;
    }
    void *p = bump;
    bump += sz;
    return p;
}
#endif

static inline void *raw_alloc(size_t size) {
#if USE_FREELISTS
    if (size <= SMALL_MAX_BYTES) {
        size_t cls = (size - 1) / SIZE_STEP;
        FreeBlock *b = free_lists[cls];
        void *p;
        if (b) {
            free_lists[cls] = b->next;
            p = b;
        } else {
            p = chunk_refill(cls);
            if (!p) { err_no_memory(); return NULL; }
        }
        memset(p, 0, size);
        return p;
    }
#endif
    void *p = calloc(1, size);
    if (!p) err_no_memory();
    return p;
}

static inline Obj *init_obj(Obj *o, Type *t) {
    o->refcnt = 1;
    o->type = t;
    if (t->flags & TPFLAG_HEAPTYPE) INCREF(OBJ_VAL(t));
    return o;
}

Obj *obj_alloc(Type *t) {
    if (__builtin_expect(!(t->flags & TPFLAG_READY), 0) && type_ready(t) < 0) return NULL;
    size_t size = t->basicsize < sizeof(Obj) ? sizeof(Obj) : t->basicsize;
    Obj *o = t->itemsize ? calloc(1, size) : raw_alloc(size);
    if (!o) {
        if (t->itemsize) err_no_memory();
        return NULL;
    }
    TRACEMALLOC_ALLOC(o, size);
    return init_obj(o, t);
}

Obj *obj_alloc_var(Type *t, size_t nitems) {
    if (!t->itemsize) return obj_alloc(t);
    if (__builtin_expect(!(t->flags & TPFLAG_READY), 0) && type_ready(t) < 0) return NULL;
    if (nitems > (SIZE_MAX - t->basicsize) / t->itemsize) { err_no_memory(); return NULL; }
    Obj *o = calloc(1, t->basicsize + nitems * t->itemsize);
    if (!o) { err_no_memory(); return NULL; }
    TRACEMALLOC_ALLOC(o, t->basicsize + nitems * t->itemsize);
    return init_obj(o, t);
}

void obj_free(Obj *o) {
    Type *t = o->type;
    TRACEMALLOC_FREE(o);
#if USE_FREELISTS
    if (!t->itemsize) {
        size_t size = t->basicsize < sizeof(Obj) ? sizeof(Obj) : t->basicsize;
        if (size <= SMALL_MAX_BYTES) {
            size_t cls = (size - 1) / SIZE_STEP;
            FreeBlock *b = (FreeBlock *)o;
            b->next = free_lists[cls];
            free_lists[cls] = b;
            goto freed;
        }
    }
#endif
    free(o);
#if USE_FREELISTS
freed:
#endif
    if (t->flags & TPFLAG_HEAPTYPE) DECREF(OBJ_VAL(t));
}

void obj_dealloc(Obj *o) {
    Type *t = o->type;
    if (t->dealloc) t->dealloc(o);
    else obj_free(o);
}

/* Called last by vm_finalize: every object is gone (or deliberately leaked). */
void alloc_finalize(void) {
    while (chunks) {
        Chunk *next = chunks->next;
        free(chunks);
        chunks = next;
    }
    memset(free_lists, 0, sizeof free_lists);
    bump = bump_end = NULL;
}
