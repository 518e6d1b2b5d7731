/* The tracemalloc module: how many bytes of objects and buffers the interpreter allocated
 * while tracing, and the peak.
 *
 * vm/alloc.c reports every object and mem_* block to tracemalloc_track/untrack while
 * tracemalloc_on is set. Each traced block is recorded in a hash table (address -> size), as
 * CPython's traces are: freeing a block allocated before start() changes nothing, and
 * stop() or clear_traces() forget everything. Snapshots, statistics and tracebacks of
 * allocations are not provided. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "errors.h"
#include "args.h"
#include "modules.h"
#include "tracemalloc.h"

bool tracemalloc_on;

typedef struct Trace { uintptr_t addr; size_t size; } Trace;   /* addr 0: empty slot */

static Trace *table;
static size_t cap, count;           /* cap: a power of two, or 0 */
static size_t current, peak;
static bool table_failed;           /* the table could not grow: tracing goes on, less exact */

static inline size_t slot_of(uintptr_t a) {
    uint64_t h = (uint64_t)(a >> 4) * 0x9E3779B97F4A7C15u;
    return (size_t)(h >> 20) & (cap - 1);
}

static bool grow(void) {
    size_t ncap = cap ? cap * 2 : 4096;
    Trace *nt = calloc(ncap, sizeof *nt);
    if (!nt) return false;
    Trace *old = table;
    size_t ocap = cap;
    table = nt;
    cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (!old[i].addr) continue;
        size_t j = slot_of(old[i].addr);
        while (table[j].addr) j = (j + 1) & (cap - 1);
        table[j] = old[i];
    }
    free(old);
    return true;
}

void tracemalloc_untrack(void *p) {
    uintptr_t a = (uintptr_t)p;
    if (!cap) return;
    size_t i = slot_of(a);
    while (table[i].addr != a) {
        if (!table[i].addr) return;   /* not traced */
        i = (i + 1) & (cap - 1);
    }
    current -= table[i].size;
    count--;
    /* backward-shift deletion keeps linear probing free of tombstones */
    size_t hole = i;
    for (size_t j = (i + 1) & (cap - 1); table[j].addr; j = (j + 1) & (cap - 1)) {
        size_t home = slot_of(table[j].addr);
        bool movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
        if (movable) {
            table[hole] = table[j];
            hole = j;
        }
    }
    table[hole].addr = 0;
    table[hole].size = 0;
}

void tracemalloc_track(void *p, size_t n) {
    uintptr_t a = (uintptr_t)p;
    if ((count + 1) * 2 > cap && !grow()) {
        table_failed = true;
        if (!cap || count + 1 >= cap) return;
    }
    size_t i = slot_of(a);
    while (table[i].addr && table[i].addr != a) i = (i + 1) & (cap - 1);
    if (table[i].addr == a) current -= table[i].size;   /* freed behind our back, then reused */
    else count++;
    table[i].addr = a;
    table[i].size = n;
    current += n;
    if (current > peak) peak = current;
}

static void forget_all(void) {
    free(table);
    table = NULL;
    cap = count = current = peak = 0;
    table_failed = false;
}

/* ---- the module ---- */

static Value tm_start(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"nframe", NULL};
    Value a[1];
    if (arg_parse("start", args, nargs, kwnames, kw, 1, 0, a) < 0) return VNULL;
    if (a[0]) {
        intptr_t n;
        if (!IS_INT(a[0])) {
            err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", a[0]);
            return VNULL;
        }
        if (obj_as_ssize(a[0], &n) < 0) return VNULL;
        if (n < 1 || n > 65535) {
            err_set(ExcValueError, "the number of frames must be in range [1; 65535]");
            return VNULL;
        }
    }
    if (!tracemalloc_on) {
        if (!cap && !grow()) { err_no_memory(); return VNULL; }
        tracemalloc_on = true;
    }
    RETURN_NONE;
}

static Value tm_stop(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_simple("stop", nargs, kwnames, 0, 0) < 0) return VNULL;
    tracemalloc_on = false;
    forget_all();
    RETURN_NONE;
}

static Value tm_is_tracing(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_simple("is_tracing", nargs, kwnames, 0, 0) < 0) return VNULL;
    return BOOL_VAL(tracemalloc_on);
}

static Value tm_get_traced_memory(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_simple("get_traced_memory", nargs, kwnames, 0, 0) < 0) return VNULL;
    /* the tuple is built before reading, so that its own allocation is counted the same way
     * CPython's is (not at all) */
    Value t = tuple_new(2);
    if (!t) return VNULL;
    size_t cur = tracemalloc_on ? current : 0, pk = tracemalloc_on ? peak : 0;
    tuple_set_steal(t, 0, int_from_u64(cur));
    tuple_set_steal(t, 1, int_from_u64(pk));
    if (!TUPLE_ITEMS(t)[0] || !TUPLE_ITEMS(t)[1]) {
        for (size_t i = 0; i < 2; i++) if (!TUPLE_ITEMS(t)[i]) tuple_set_steal(t, i, NONE);
        DECREF(t);
        return VNULL;
    }
    return t;
}

static Value tm_reset_peak(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_simple("reset_peak", nargs, kwnames, 0, 0) < 0) return VNULL;
    if (tracemalloc_on) peak = current;
    RETURN_NONE;
}

static Value tm_clear_traces(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_simple("clear_traces", nargs, kwnames, 0, 0) < 0) return VNULL;
    if (tracemalloc_on) {
        memset(table, 0, cap * sizeof *table);
        count = current = peak = 0;
    }
    RETURN_NONE;
}

static Value tm_get_tracemalloc_memory(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_simple("get_tracemalloc_memory", nargs, kwnames, 0, 0) < 0) return VNULL;
    return int_from_u64((uint64_t)(cap * sizeof(Trace)));
}

static Value tm_get_traceback_limit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args;
    if (arg_simple("get_traceback_limit", nargs, kwnames, 0, 0) < 0) return VNULL;
    return MAKE_SMALL(1);
}

static const MethodDef tm_methods[] = {
    {"start", tm_start, 0},
    {"stop", tm_stop, 0},
    {"is_tracing", tm_is_tracing, 0},
    {"get_traced_memory", tm_get_traced_memory, 0},
    {"reset_peak", tm_reset_peak, 0},
    {"clear_traces", tm_clear_traces, 0},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory, 0},
    {"get_traceback_limit", tm_get_traceback_limit, 0},
    {NULL, NULL, 0},
};

Value tracemalloc_module_init(void) {
    Value name = str_intern_cstr("tracemalloc");
    if (!name) return VNULL;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return VNULL;
    if (module_add_functions(m, tm_methods) < 0) {
        DECREF(m);
        return VNULL;
    }
    return m;
}
