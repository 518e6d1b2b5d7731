/* The time module: clocks and sleep. */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "object.h"
#include "errors.h"
#include "args.h"
#include "modules.h"

static double clock_seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Value clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

#define CLOCK_FN(fname, pyname, id) \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self; (void)args; \
        if (arg_simple(pyname, nargs, kwnames, 0, 0) < 0) return VNULL; \
        return float_new(clock_seconds(id)); \
    } \
    static Value fname##_ns(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self; (void)args; \
        if (arg_simple(pyname "_ns", nargs, kwnames, 0, 0) < 0) return VNULL; \
        return clock_ns(id); \
    }

CLOCK_FN(t_time, "time", CLOCK_REALTIME)
CLOCK_FN(t_monotonic, "monotonic", CLOCK_MONOTONIC)
CLOCK_FN(t_perf_counter, "perf_counter", CLOCK_MONOTONIC)
CLOCK_FN(t_process_time, "process_time", CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FN(t_thread_time, "thread_time", CLOCK_THREAD_CPUTIME_ID)

static Value t_sleep(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("sleep", nargs, kwnames, 1, 1) < 0) return VNULL;
    double secs;
    if (!IS_INT(args[0]) && !IS_FLOAT(args[0])) {
        err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", args[0]);
        return VNULL;
    }
    if (obj_as_double(args[0], &secs) < 0) return VNULL;
    if (isnan(secs)) {
        err_set(ExcValueError, "Invalid value NaN (not a number)");
        return VNULL;
    }
    if (secs < 0) {
        err_set(ExcValueError, "sleep length must be non-negative");
        return VNULL;
    }
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
        extern int vm_check_signals(void);
        if (vm_check_signals() < 0) return VNULL;
    }
    RETURN_NONE;
}

static Value t_ctime(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("ctime", nargs, kwnames, 0, 1) < 0) return VNULL;
    time_t t;
    if (nargs && args[0] != NONE) {
        double d;
        if (obj_as_double(args[0], &d) < 0) return VNULL;
        t = (time_t)d;
    } else {
        t = time(NULL);
    }
    struct tm tm;
    localtime_r(&t, &tm);
    char buf[64];
    strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm);
    return str_from_cstr(buf);
}

static Value t_strftime(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("strftime", nargs, kwnames, 1, 2) < 0) return VNULL;
    if (!IS_STR(args[0])) {
        err_format(ExcTypeError, "strftime() argument 1 must be str, not %N", args[0]);
        return VNULL;
    }
    if (nargs == 2) {
        err_set(ExcNotImplementedError, "strftime() with a time tuple is not supported");
        return VNULL;
    }
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    char buf[512];
    size_t n = strftime(buf, sizeof buf, STR_DATA(args[0]), &tm);
    return str_from_utf8(buf, n);
}

static const MethodDef time_methods[] = {
    {"time", t_time, 0}, {"time_ns", t_time_ns, 0},
    {"monotonic", t_monotonic, 0}, {"monotonic_ns", t_monotonic_ns, 0},
    {"perf_counter", t_perf_counter, 0}, {"perf_counter_ns", t_perf_counter_ns, 0},
    {"process_time", t_process_time, 0}, {"process_time_ns", t_process_time_ns, 0},
    {"thread_time", t_thread_time, 0}, {"thread_time_ns", t_thread_time_ns, 0},
    {"sleep", t_sleep, 0},
    {"ctime", t_ctime, 0},
    {"strftime", t_strftime, 0},
    {NULL, NULL, 0},
};

Value time_module_init(void) {
    Value name = str_intern_cstr("time");
    if (!name) return VNULL;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return VNULL;
    if (module_add_functions(m, time_methods) < 0) {
        DECREF(m);
        return VNULL;
    }
    return m;
}
