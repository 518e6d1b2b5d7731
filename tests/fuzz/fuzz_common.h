/* Shared by the libFuzzer targets of tests/fuzz/: one interpreter start-up per process,
 * inputs run on a thread with a large stack (as cli/main.c runs programs), and sanitizer
 * defaults that turn an absurd allocation into MemoryError instead of a report. */
#ifndef MINIPY_FUZZ_COMMON_H
#define MINIPY_FUZZ_COMMON_H

#include <fcntl.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "object.h"

/* Read by ASan at start-up, so a reproduction (./fuzz_run crash-file) behaves as the run
 * that found it. allocator_may_return_null with a cap on one allocation: `[0] * 10**9`
 * fails into MemoryError as with malloc, and does not stop the fuzzer. Leaks are not
 * checked per input: the interpreter keeps caches (interned strings, free lists). */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1:max_allocation_size_mb=128:detect_leaks=0:"
           "handle_abort=1:print_suppressions=0";
}

/* stdin reads as empty (input() gets EOFError); what the programs print goes nowhere
 * unless MINIPY_FUZZ_VERBOSE is set (to see what a crashing input printed). */
static void fuzz_quiet_stdio(void)
{
    int fd = open("/dev/null", O_RDWR);
    if (fd < 0) return;
    dup2(fd, 0);
    if (!getenv("MINIPY_FUZZ_VERBOSE")) dup2(fd, 1);
    if (fd > 2) close(fd);
}

/* Each input runs on one long-lived thread with a big stack: C code calling back into
 * Python nests on the C stack up to vm_c_depth_max levels, deeper than the 8 MB main stack
 * allows with sanitizer-sized frames. */
typedef void (*FuzzFn)(const uint8_t *data, size_t size);

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    FuzzFn fn;
    const uint8_t *data;
    size_t size;
    int pending;   /* an input is waiting to run or running */
    int started;
} fuzz_worker = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL, 0, 0, 0};

static void *fuzz_worker_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&fuzz_worker.mu);
    for (;;) {
        while (!fuzz_worker.pending) pthread_cond_wait(&fuzz_worker.cv, &fuzz_worker.mu);
        pthread_mutex_unlock(&fuzz_worker.mu);
        fuzz_worker.fn(fuzz_worker.data, fuzz_worker.size);
        pthread_mutex_lock(&fuzz_worker.mu);
        fuzz_worker.pending = 0;
        pthread_cond_broadcast(&fuzz_worker.cv);
    }
    return NULL;
}

/* Runs fn(data, size) on the worker thread and waits for it; on the calling thread when
 * no thread could be made. */
static void fuzz_run_on_big_stack(FuzzFn fn, const uint8_t *data, size_t size)
{
    if (!fuzz_worker.started) {
        pthread_attr_t attr;
        pthread_t th;
        if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, (size_t)512 << 20) == 0 &&
            pthread_create(&th, &attr, fuzz_worker_main, NULL) == 0)
            fuzz_worker.started = 1;
        else {
            fuzz_worker.started = -1;
            vm_c_depth_max = 200;
        }
    }
    if (fuzz_worker.started < 0) {
        fn(data, size);
        return;
    }
    pthread_mutex_lock(&fuzz_worker.mu);
    fuzz_worker.fn = fn;
    fuzz_worker.data = data;
    fuzz_worker.size = size;
    fuzz_worker.pending = 1;
    pthread_cond_broadcast(&fuzz_worker.cv);
    while (fuzz_worker.pending) pthread_cond_wait(&fuzz_worker.cv, &fuzz_worker.mu);
    pthread_mutex_unlock(&fuzz_worker.mu);
}

#endif
