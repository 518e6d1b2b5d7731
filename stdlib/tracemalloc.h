/* tracemalloc's hooks into the allocator (stdlib/tracemallocmod.c; called from vm/alloc.c).
 * While tracemalloc_on is false the allocator pays one predictable branch per call. */
#ifndef MINIPY_TRACEMALLOC_H
#define MINIPY_TRACEMALLOC_H

#include <stdbool.h>
#include <stddef.h>

extern bool tracemalloc_on;
/* A block of n bytes was allocated at p (replaces any stale record of p). */
void tracemalloc_track(void *p, size_t n);
/* The block at p is being freed (nothing happens if it was not traced). */
void tracemalloc_untrack(void *p);

/* For memory the allocator does not see (e.g. a module's own buffers): call these
 * only when tracemalloc_on. */
#define TRACEMALLOC_ALLOC(p, n) do { if (__builtin_expect(tracemalloc_on, 0) && (p)) tracemalloc_track((p), (n)); } while (0)
#define TRACEMALLOC_FREE(p) do { if (__builtin_expect(tracemalloc_on, 0) && (p)) tracemalloc_untrack(p); } while (0)

#endif
