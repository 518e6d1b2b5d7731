/* The time module: clocks, sleep, and calendar time (struct_time, gmtime, localtime,
 * mktime, asctime, strftime). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "object.h"
#include "errors.h"
#include "args.h"
#include "modules.h"
#include "strutil.h"

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

/* ---- struct_time: a 9-tuple with named fields, plus tm_zone and tm_gmtoff kept after
 * the items (not part of the sequence), as CPython's structseq. ---- */

#define ST_NSEQ 9
#define ST_NFIELDS 11
static const char *const st_names[ST_NFIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    "tm_zone", "tm_gmtoff",
};

static Type StructTimeType;

/* Steals the values (VNULL in extra: None). */
static Value st_new_steal(Value *items, size_t nextra) {
    TupleObj *o = (TupleObj *)obj_alloc_var(&StructTimeType, ST_NFIELDS);
    if (!o) {
        for (size_t i = 0; i < ST_NSEQ + nextra; i++) XDECREF(items[i]);
        return VNULL;
    }
    o->hash = -1;
    o->len = ST_NSEQ;
    for (size_t i = 0; i < ST_NFIELDS; i++) o->items[i] = i < ST_NSEQ + nextra && items[i] ? items[i] : NONE;
    return OBJ_VAL(o);
}

static void st_dealloc(Obj *o) {
    TupleObj *t = (TupleObj *)o;
    for (size_t i = ST_NSEQ; i < ST_NFIELDS; i++) CLEAR(t->items[i]);
    TupleType.dealloc(o);
}

static Value st_repr(Value self) {
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "time.struct_time(");
    for (size_t i = 0; i < ST_NSEQ; i++) {
        if (i) sb_puts(&b, ", ");
        sb_puts(&b, st_names[i]);
        sb_putc(&b, '=');
        if (sb_put_repr(&b, TUPLE_ITEMS(self)[i]) < 0) { sb_discard(&b); return VNULL; }
    }
    sb_putc(&b, ')');
    return sb_finish(&b);
}

static Value st_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    static const char *const names[] = {"sequence", "dict", NULL};
    Value a[2] = {VNULL, VNULL};
    if (arg_parse("struct_time", args, nargs, kwnames, names, 2, 1, a) < 0) return VNULL;
    Value seq = tuple_from_iterable(a[0]);
    if (!seq) {
        if (err_matches(ExcTypeError)) {
            err_clear();
            err_set(ExcTypeError, "constructor requires a sequence");
        }
        return VNULL;
    }
    size_t n = TUPLE_LEN(seq);
    if (n < ST_NSEQ || n > ST_NFIELDS) {
        err_format(ExcTypeError, "time.struct_time() takes an %s %d-sequence (%zu-sequence given)",
                   n < ST_NSEQ ? "at least" : "at most", n < ST_NSEQ ? ST_NSEQ : ST_NFIELDS, n);
        DECREF(seq);
        return VNULL;
    }
    Value items[ST_NFIELDS];
    for (size_t i = 0; i < n; i++) items[i] = NEWREF(TUPLE_ITEMS(seq)[i]);
    DECREF(seq);
    return st_new_steal(items, n - ST_NSEQ);
}

#define ST_GETTER(i) static Value st_get_##i(Value self) { return NEWREF(TUPLE_ITEMS(self)[i]); }
ST_GETTER(0) ST_GETTER(1) ST_GETTER(2) ST_GETTER(3) ST_GETTER(4) ST_GETTER(5)
ST_GETTER(6) ST_GETTER(7) ST_GETTER(8) ST_GETTER(9) ST_GETTER(10)

static const GetSetDef st_getsets[] = {
    {"tm_year", st_get_0, NULL}, {"tm_mon", st_get_1, NULL}, {"tm_mday", st_get_2, NULL},
    {"tm_hour", st_get_3, NULL}, {"tm_min", st_get_4, NULL}, {"tm_sec", st_get_5, NULL},
    {"tm_wday", st_get_6, NULL}, {"tm_yday", st_get_7, NULL}, {"tm_isdst", st_get_8, NULL},
    {"tm_zone", st_get_9, NULL}, {"tm_gmtoff", st_get_10, NULL},
    {NULL, NULL, NULL},
};

static Type StructTimeType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "time.struct_time",
    .base = &TupleType,
    .dealloc = st_dealloc,
    .repr = st_repr,
    .new_ = st_new,
    .getsets = st_getsets,
};

/* A struct tm as a struct_time (Python's month 1-12, Monday = 0, yday from 1). */
static Value st_from_tm(const struct tm *tm) {
    Value items[ST_NFIELDS];
    items[0] = int_from_i64((int64_t)tm->tm_year + 1900);
    items[1] = MAKE_SMALL(tm->tm_mon + 1);
    items[2] = MAKE_SMALL(tm->tm_mday);
    items[3] = MAKE_SMALL(tm->tm_hour);
    items[4] = MAKE_SMALL(tm->tm_min);
    items[5] = MAKE_SMALL(tm->tm_sec);
    items[6] = MAKE_SMALL((tm->tm_wday + 6) % 7);
    items[7] = MAKE_SMALL(tm->tm_yday + 1);
    items[8] = MAKE_SMALL(tm->tm_isdst);
    items[9] = tm->tm_zone ? str_from_cstr(tm->tm_zone) : NEWREF(NONE);
    items[10] = int_from_i64((int64_t)tm->tm_gmtoff);
    if (!items[0] || !items[9] || !items[10]) {
        for (size_t i = 0; i < ST_NFIELDS; i++) XDECREF(items[i]);
        return VNULL;
    }
    return st_new_steal(items, 2);
}

/* A timestamp argument (None: now) as time_t, rounded toward minus infinity. */
static int arg_time_t(Value v, time_t *out) {
    if (v == VNULL || v == NONE) { *out = time(NULL); return 0; }
    if (IS_FLOAT(v)) {
        double d = FLOAT_VAL(v);
        if (isnan(d)) { err_set(ExcValueError, "Invalid value NaN (not a number)"); return -1; }
        d = floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            err_set(ExcOverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    if (!IS_INT(v)) {
        err_format(ExcTypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
        return -1;
    }
    int64_t x;
    if (int_as_i64(v, &x) < 0) {
        err_clear();
        err_set(ExcOverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)x;
    return 0;
}

static Value t_convert(const char *fname, const Value *args, size_t nargs, Value kwnames, bool local) {
    if (arg_simple(fname, nargs, kwnames, 0, 1) < 0) return VNULL;
    time_t t;
    if (arg_time_t(nargs ? args[0] : VNULL, &t) < 0) return VNULL;
    struct tm tm;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        err_set_from_errno(errno ? errno : EOVERFLOW, VNULL);
        return VNULL;
    }
    return st_from_tm(&tm);
}

static Value t_gmtime(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return t_convert("gmtime", args, nargs, kwnames, false);
}

static Value t_localtime(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return t_convert("localtime", args, nargs, kwnames, true);
}

/* A time tuple or struct_time as struct tm (CPython's gettmarg); err is the message for a
 * tuple of the wrong shape. */
static int arg_tm(Value v, struct tm *tm, const char *err) {
    if (!IS_TUPLE(v)) {
        err_set(ExcTypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (TUPLE_LEN(v) != ST_NSEQ) {
        err_set(ExcTypeError, err);
        return -1;
    }
    int f[ST_NSEQ];
    for (size_t i = 0; i < ST_NSEQ; i++) {
        Value x = TUPLE_ITEMS(v)[i];
        if (!IS_INT(x)) {
            err_format(ExcTypeError, "'%s' object cannot be interpreted as an integer", type_name(x));
            return -1;
        }
        int64_t y;
        if (int_as_i64(x, &y) < 0 || y < INT32_MIN || y > INT32_MAX) {
            err_clear();
            err_set(ExcOverflowError, "Python int too large to convert to C int");
            return -1;
        }
        f[i] = (int)y;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7;
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    if (IS_TYPE(v, &StructTimeType)) {
        Value zone = TUPLE_ITEMS(v)[9], off = TUPLE_ITEMS(v)[10];
        if (IS_STR(zone)) tm->tm_zone = STR_DATA(zone);
        int64_t g;
        if (IS_INT(off) && int_as_i64(off, &g) == 0) tm->tm_gmtoff = (long)g;
        err_clear();
    }
    return 0;
}

/* Out-of-range fields raise, as CPython's checktm; 0 in month/day/yday means "first". */
static int check_tm(struct tm *tm) {
    const char *bad = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) bad = "month out of range";
    if (!bad) {
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31) bad = "day of month out of range";
    }
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23)) bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59)) bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61)) bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0) bad = "day of week out of range";
    if (!bad) {
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365) bad = "day of year out of range";
    }
    if (bad) {
        err_set(ExcValueError, bad);
        return -1;
    }
    if (tm->tm_isdst < -1) tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
    return 0;
}

static Value t_strftime(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("strftime", nargs, kwnames, 1, 2) < 0) return VNULL;
    if (!IS_STR(args[0])) {
        err_format(ExcTypeError, "strftime() argument 1 must be str, not %N", args[0]);
        return VNULL;
    }
    struct tm tm;
    if (nargs == 2) {
        if (arg_tm(args[1], &tm, "strftime(): illegal time tuple argument") < 0 || check_tm(&tm) < 0)
            return VNULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    const char *fmt = STR_DATA(args[0]);
    size_t flen = STR_SIZE(args[0]);
    if (strlen(fmt) != flen) {
        err_set(ExcValueError, "embedded null character");
        return VNULL;
    }
    if (flen == 0) return str_from_cstr("");
    /* strftime returns 0 both for "too small" and for an empty result: grow as CPython does. */
    for (size_t cap = 1024;; cap += cap) {
        char *buf = mem_alloc(cap);
        if (!buf) return VNULL;
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap >= 256 * flen) {
            Value r = str_from_utf8_lossy(buf, n);
            mem_free(buf);
            return r;
        }
        mem_free(buf);
    }
}

static Value t_mktime(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("mktime", nargs, kwnames, 1, 1) < 0) return VNULL;
    struct tm tm;
    if (arg_tm(args[0], &tm, "mktime(): illegal time tuple argument") < 0) return VNULL;
    tm.tm_wday = -1;   /* mktime leaves it alone on failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        err_set(ExcOverflowError, "mktime argument out of range");
        return VNULL;
    }
    return float_new((double)t);
}

static Value t_asctime(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("asctime", nargs, kwnames, 0, 1) < 0) return VNULL;
    struct tm tm;
    if (nargs) {
        if (arg_tm(args[0], &tm, "asctime(): illegal time tuple argument") < 0 || check_tm(&tm) < 0)
            return VNULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    static const char wd[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mo[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", wd[tm.tm_wday % 7], mo[tm.tm_mon % 12], tm.tm_mday,
             tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
    return str_from_cstr(buf);
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
    {"gmtime", t_gmtime, 0},
    {"localtime", t_localtime, 0},
    {"mktime", t_mktime, 0},
    {"asctime", t_asctime, 0},
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
    if (type_ready(&StructTimeType) < 0 ||
        dict_set_cstr(StructTimeType.dict, "n_fields", MAKE_SMALL(ST_NFIELDS)) < 0 ||
        dict_set_cstr(StructTimeType.dict, "n_sequence_fields", MAKE_SMALL(ST_NSEQ)) < 0 ||
        dict_set_cstr(StructTimeType.dict, "n_unnamed_fields", MAKE_SMALL(0)) < 0 ||
        dict_set_cstr(((ModuleObj *)AS_OBJ(m))->dict, "struct_time", OBJ_VAL(&StructTimeType)) < 0) {
        DECREF(m);
        return VNULL;
    }
    return m;
}
