/* libFuzzer target: bytes compiled and run as a program's __main__, in an interpreter built
 * with -DMINIPY_FUZZ, whose step budget (vm/eval.c: backward jumps and calls) stops an
 * endless program with KeyboardInterrupt. Every input must end, normally or with a Python
 * exception; a crash, a sanitizer report or a hang is a bug. Built by `make fuzz`.
 *
 * One interpreter serves every input, put back after each as start-up left it, as separate
 * runs of ./minipy would see it: sys.modules (modules the program imported are emptied and
 * dropped), the namespaces of sys and builtins (a program may rebind print or sys.stdout, or
 * extend sys.path), the recursion limit, tracemalloc. The library modules written in
 * Python are imported once before the first input and stay (their namespaces are put back
 * after each input): importing typing anew each time would take most of the time.
 * (vm_init after vm_finalize is not an option: static types keep state.)
 *
 * Environment: MINIPY_FUZZ_BUDGET (steps per input, default 20000), MINIPY_FUZZ_VERBOSE
 * (keep the programs' stdout, to see what a crashing input printed). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>

#include "object.h"
#include "frame.h"
#include "containers.h"
#include "modules.h"
#include "run.h"
#include "tracemalloc.h"
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

extern long vm_fuzz_budget;   /* vm/eval.c, under MINIPY_FUZZ */

static long budget = 20000;

/* ---- the sandbox ----
 * Fuzzed programs are mutations of the test programs, which open files and call os.*.
 * While one runs, calls that would delete, rename or move anything fail with EACCES, a
 * file may be opened for writing only by a plain name (in the scratch directory the
 * fuzzer runs in), and sleeping returns at once. These definitions replace libc's for the
 * interpreter's calls; outside an input (libFuzzer's own files) they pass through. */
static int sandboxed;

static int denied(void)
{
    errno = EACCES;
    return -1;
}

int unlink(const char *p)
{
    return sandboxed ? denied() : (int)syscall(SYS_unlink, p);
}

int unlinkat(int dfd, const char *p, int flags)
{
    return sandboxed ? denied() : (int)syscall(SYS_unlinkat, dfd, p, flags);
}

int rmdir(const char *p)
{
    return sandboxed ? denied() : (int)syscall(SYS_rmdir, p);
}

int rename(const char *a, const char *b)
{
    return sandboxed ? denied() : (int)syscall(SYS_rename, a, b);
}

int renameat(int da, const char *a, int db, const char *b)
{
    return sandboxed ? denied() : (int)syscall(SYS_renameat, da, a, db, b);
}

int chdir(const char *p)
{
    return sandboxed ? denied() : (int)syscall(SYS_chdir, p);
}

int mkdir(const char *p, mode_t m)
{
    return sandboxed && strchr(p, '/') ? denied() : (int)syscall(SYS_mkdir, p, m);
}

static int open_allowed(const char *p, int flags)
{
    int writes = (flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_TMPFILE));
    return !sandboxed || !writes || !strchr(p, '/');
}

int open(const char *p, int flags, ...)
{
    mode_t m = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        m = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    if (!open_allowed(p, flags)) return denied();
    return (int)syscall(SYS_openat, AT_FDCWD, p, flags, m);
}

int open64(const char *p, int flags, ...)
{
    mode_t m = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        m = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    if (!open_allowed(p, flags)) return denied();
    return (int)syscall(SYS_openat, AT_FDCWD, p, flags, m);
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
    if (sandboxed) return 0;
    return (int)syscall(SYS_nanosleep, req, rem);
}

/* ---- one program ---- */

/* As cli/main.c: the main module's globals go in insertion order, __builtins__ last. */
static void clear_globals(Value d)
{
    Value keys = dict_keys_list(d);
    if (!keys) {
        err_clear();
        dict_clear(d);
        return;
    }
    for (size_t i = 0; i < LIST_LEN(keys); i++) {
        Value k = LIST_ITEMS(keys)[i];
        if (IS_STR(k) && str_eq(k, NAME(__builtins__))) continue;
        if (dict_set(d, k, NONE) < 0) err_clear();
    }
    DECREF(keys);
    dict_clear(d);
}

/* ---- the state put back after each input ---- */

typedef struct Snap { Value dict, copy; } Snap;
static Snap snaps[128];
static int nsnaps;
static Value snap_modules;
static int snap_recursion_limit;

/* A copy of d whose list values are copies too (sys.path, sys.argv are changed in place). */
static Value copy_namespace(Value d)
{
    Value c = dict_copy(d);
    if (!c) return VNULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (!IS_LIST(v)) continue;
        Value l = list_getslice(v, 0, INTPTR_MAX);
        if (!l || dict_set(c, k, l) < 0) abort();
        DECREF(l);
    }
    return c;
}

static void add_snap(Value d)
{
    for (int i = 0; i < nsnaps; i++)
        if (snaps[i].dict == d) return;
    if (nsnaps == (int)(sizeof snaps / sizeof snaps[0])) abort();
    snaps[nsnaps].dict = NEWREF(d);
    if (!(snaps[nsnaps].copy = copy_namespace(d))) abort();
    nsnaps++;
}

static void take_snapshot(void)
{
    if (!(snap_modules = dict_copy(vm.modules))) abort();
    size_t pos = 0;
    Value k, m;
    while (dict_next(vm.modules, &pos, &k, &m))
        if (IS_TYPE(m, &ModuleType)) add_snap(((ModuleObj *)AS_OBJ(m))->dict);
    add_snap(vm.builtins);
    snap_recursion_limit = vm.recursion_limit;
}

/* d gets back exactly the items of copy (lists as fresh copies). */
static void restore_namespace(Value d, Value copy)
{
    Value keys = dict_keys_list(d);
    if (!keys) abort();
    for (size_t i = 0; i < LIST_LEN(keys); i++)
        if (!dict_get(copy, LIST_ITEMS(keys)[i]) && dict_del_opt(d, LIST_ITEMS(keys)[i]) < 0) err_clear();
    DECREF(keys);
    size_t pos = 0;
    Value k, v;
    while (dict_next(copy, &pos, &k, &v)) {
        Value nv = IS_LIST(v) ? list_getslice(v, 0, INTPTR_MAX) : NEWREF(v);
        if (!nv || dict_set(d, k, nv) < 0) err_clear();
        XDECREF(nv);
    }
}

static void restore_state(void)
{
    /* modules the program imported (or replaced): emptied, which breaks the cycles of
     * their functions and globals, then forgotten */
    Value items = dict_items_list(vm.modules);
    if (!items) abort();
    for (size_t i = 0; i < LIST_LEN(items); i++) {
        Value kv = LIST_ITEMS(items)[i];
        Value m = TUPLE_ITEMS(kv)[1];
        if (dict_get(snap_modules, TUPLE_ITEMS(kv)[0]) == m || !IS_TYPE(m, &ModuleType)) continue;
        bool old = false;
        for (int j = 0; j < nsnaps; j++) old |= snaps[j].dict == ((ModuleObj *)AS_OBJ(m))->dict;
        if (!old) clear_globals(((ModuleObj *)AS_OBJ(m))->dict);
    }
    DECREF(items);
    dict_clear(vm.modules);
    if (dict_update(vm.modules, snap_modules) < 0) abort();
    for (int i = 0; i < nsnaps; i++) restore_namespace(snaps[i].dict, snaps[i].copy);
    vm.recursion_limit = snap_recursion_limit;
    if (tracemalloc_on) {
        static const char stop[] = "import tracemalloc\ntracemalloc.stop()\n";
        Value g = dict_new();
        Value r = g ? vm_run_string(stop, sizeof stop - 1, "<fuzz>", 0, g, VNULL) : VNULL;
        XDECREF(r);
        if (g) clear_globals(g);
        XDECREF(g);
        tracemalloc_on = false;
    }
    if (err_occurred()) err_clear();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_quiet_stdio();
    const char *b = getenv("MINIPY_FUZZ_BUDGET");
    if (b && atol(b) > 0) budget = atol(b);
    char *args[] = {"fuzz.py", NULL};
    if (vm_init(1, args) < 0) abort();
    if (vm.recursion_limit <= 0) vm.recursion_limit = 1000;
    /* The library modules written in Python are imported once, here: importing typing
     * anew for every input would take most of the time (the reset puts their namespaces
     * back as they are now). */
    for (size_t i = 0; pymod_name(i); i++) {
        char stmt[128];
        int n = snprintf(stmt, sizeof stmt, "import %s\n", pymod_name(i));
        Value g = dict_new();
        Value r = g && n > 0 && n < (int)sizeof stmt ? vm_run_string(stmt, (size_t)n, "<fuzz>", 0, g, VNULL) : VNULL;
        XDECREF(r);
        if (g) clear_globals(g);
        XDECREF(g);
        if (err_occurred()) err_clear();
    }
    take_snapshot();
    return 0;
}


/* As cli/main.c ends a program: report the exception (tracebacks are code under test too),
 * then drop __main__'s globals so finalizers run while the runtime is whole. */
static void fuzz_one(const uint8_t *data, size_t size)
{
    char *src = malloc(size + 1);
    if (!src) return;
    memcpy(src, data, size);
    src[size] = 0;
    sandboxed = 1;
    Value name = str_from_cstr("__main__");
    Value mod = name ? module_new(name) : VNULL;
    if (mod) {
        Value d = ((ModuleObj *)AS_OBJ(mod))->dict;
        Value globals = NEWREF(d);
        if (dict_set(vm.modules, name, mod) < 0 || dict_set(d, NAME(__builtins__), vm.builtins_module) < 0)
            err_clear();
        DECREF(mod);
        vm_fuzz_budget = budget;
        Value r = vm_run_source(src, size, "fuzz.py", globals);
        if (r) DECREF(r);
        else {
            Value exc = err_fetch();
            /* the handlers may run Python code (sys.excepthook, __str__): a few more steps */
            if (vm_fuzz_budget < 1000) vm_fuzz_budget = 1000;
            if (exc && IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcSystemExit)) vm_handle_system_exit(exc);
            else if (exc) sys_display_uncaught(exc);
            XDECREF(exc);
            if (err_occurred()) err_clear();
        }
        sys_flush_std_streams();
        /* finalizers get a budget of their own, then whatever is left is interrupted */
        vm_fuzz_budget = 1000;
        clear_globals(globals);
        DECREF(globals);
    }
    XDECREF(name);
    if (err_occurred()) err_clear();
    vm_fuzz_budget = 1000;
    restore_state();
    vm_fuzz_budget = -1;
    sandboxed = 0;
    free(src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* os._exit() would end the fuzzer itself; skip such inputs (and keep them out of the
     * corpus) */
    if (size > 1 << 20 || memmem(data, size, "_exit", 5)) return -1;
    fuzz_run_on_big_stack(fuzz_one, data, size);
    return 0;
}
