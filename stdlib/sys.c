/* The sys module. */
#include <float.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "object.h"
#include "objutil.h"
#include "frame.h"
#include "run.h"
#include "errors.h"
#include "args.h"
#include "modules.h"
#include "structseq.h"
#include "import.h"
#include "num.h"
#include "containers.h"
#include "strutil.h"

static Value sys_dict(void) {
    return vm.sys_module ? ((ModuleObj *)AS_OBJ(vm.sys_module))->dict : VNULL;
}

Value sys_get_stream(const char *name) {
    Value d = sys_dict();
    if (!d) return VNULL;
    /* print() asks for stdout on every call: use the interned names' cached hashes. */
    Value key = name[3] == 'o' ? NAME(stdout) : name[3] == 'e' ? NAME(stderr) : NAME(stdin);
    if (key && STR_SIZE(key) == strlen(name) && !memcmp(STR_DATA(key), name, STR_SIZE(key)))
        return dict_get_str(d, key);
    return dict_get_cstr(d, name);
}

/* Errors while flushing are dropped: this runs where nothing could report them. */
void sys_flush_std_streams(void)
{
    const char *names[2] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        Value s = sys_get_stream(names[i]);
        if (!s || s == NONE) continue;
        Value r = obj_call_method(s, "flush", NULL, 0);
        if (r) DECREF(r);
        else err_clear();
    }
    fflush(stdout);
    fflush(stderr);
}

int sys_tracebacklimit(void) {
    Value d = sys_dict();
    Value v = d ? dict_get_cstr(d, "tracebacklimit") : VNULL;
    if (!v || !IS_INT(v)) return 1000;
    int64_t x;
    if (int_as_i64(v, &x) < 0) {
        err_clear();
        return INT_MAX;
    }
    return x > INT_MAX ? INT_MAX : x < 0 ? 0 : (int)x;
}

static Value sys_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("exit", kwnames) < 0 || arg_count("exit", nargs, 0, 1) < 0) return VNULL;
    Value code = nargs ? args[0] : NONE;
    Value e;
    /* As PyErr_SetObject(SystemExit, code): a tuple becomes the args, None none. */
    if (IS_EXC(code) && type_is_subtype(TYPE(code), ExcSystemExit)) e = NEWREF(code);
    else if (code == NONE) e = exc_new(ExcSystemExit, NULL, 0);
    else if (IS_TUPLE(code)) e = exc_new(ExcSystemExit, TUPLE_ITEMS(code), TUPLE_LEN(code));
    else e = exc_new(ExcSystemExit, &code, 1);
    if (e) err_raise_steal(e);
    return VNULL;
}

static Value sys_getrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("getrecursionlimit", nargs, kwnames, 0, 0) < 0) return VNULL;
    return MAKE_SMALL(vm.recursion_limit);
}

/* An argument CPython converts to a C int (OverflowError worded as its conversion). */
static int sys_int_arg(Value v, intptr_t *out) {
    if (obj_as_ssize(v, out) < 0) {
        if (!err_matches(ExcOverflowError)) return -1;
        err_clear();
        *out = INTPTR_MAX;
    }
    if (*out > INT_MAX || *out < INT_MIN) {
        err_set(ExcOverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

static Value sys_setrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("setrecursionlimit", nargs, kwnames, 1, 1) < 0) return VNULL;
    if (IS_FLOAT(args[0])) {
        err_set(ExcTypeError, "'float' object cannot be interpreted as an integer");
        return VNULL;
    }
    intptr_t n;
    if (sys_int_arg(args[0], &n) < 0) return VNULL;
    if (n < 1) {
        err_set(ExcValueError, "recursion limit must be greater or equal than 1");
        return VNULL;
    }
    if (n > INT_MAX) {
        err_set(ExcOverflowError, "Python int too large to convert to C int");
        return VNULL;
    }
    if (vm.recursion_depth >= n) {
        err_format(ExcRecursionError,
                   "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                   (int)n, vm.recursion_depth);
        return VNULL;
    }
    vm.recursion_limit = (int)n;
    RETURN_NONE;
}

static Value sys_exc_info(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("exc_info", nargs, kwnames, 0, 0) < 0) return VNULL;
    Value e = vm_exc_info();
    if (!e || e == NONE) return tuple_pack(3, NONE, NONE, NONE);
    Value tb = EXC(e)->traceback;
    return tuple_pack(3, OBJ_VAL(TYPE(e)), e, tb ? tb : NONE);
}

static Value sys_exception(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("exception", nargs, kwnames, 0, 0) < 0) return VNULL;
    Value e = vm_exc_info();
    return e ? NEWREF(e) : NONE;
}

static Value sys_intern(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("intern", nargs, kwnames, 1, 1) < 0) return VNULL;
    if (!IS_TYPE(args[0], &StrType)) {
        err_format(ExcTypeError, "intern() argument must be str, not %N", args[0]);
        return VNULL;
    }
    return str_intern(NEWREF(args[0]));
}

/* The bytes CPython 3.11 keeps in front of an object of type t (_PyType_PreHeaderSize): the
 * 16-byte GC header for the types its collector tracks, and two more words for a class
 * whose instances keep their __dict__ outside the object (a dict added to a base without
 * one and without variable-size items). */
static size_t cpython_preheader(Type *t) {
    if (t->flags & TPFLAG_HEAPTYPE) {
        Type *b = t->base;
        while (b && (b->flags & TPFLAG_HEAPTYPE)) b = b->base;
        bool managed = t->dictoffset != 0 && b && b->dictoffset == 0 && b != &IntType &&
                       b != &BoolType && b != &TupleType && b != &BytesType;
        return managed ? 32 : 16;
    }
    /* The built-in types CPython does not track (atoms, and those holding no references). */
    static Type *const untracked[] = {
        &IntType, &BoolType, &FloatType, &ComplexType, &StrType, &BytesType, &ByteArrayType,
        &RangeType, &RangeIterType, &LongRangeIterType, &CodeType, &ObjectType, &NoneType,
        &NotImplementedType, &EllipsisType,
    };
    for (size_t i = 0; i < sizeof untracked / sizeof untracked[0]; i++)
        if (t == untracked[i]) return 0;
    return 16;
}

static Value sys_getsizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"object", "default", NULL};
    Value a[2] = {VNULL, VNULL};
    if (arg_parse("getsizeof", args, nargs, kwnames, names, 2, 1, a) < 0) return VNULL;
    Value v = a[0], dflt = a[1];
    bool found;
    Value r = call_special(v, NAME(__sizeof__), NULL, 0, &found);
    if (!found && !r && !err_occurred())
        err_format(ExcTypeError, "Type %s doesn't define __sizeof__", type_name(v));
    int64_t size = -1;
    if (r) {
        if (!IS_INT(r)) err_set(ExcTypeError, "an integer is required");
        else if (int_as_i64(r, &size) == 0 && size < 0) {
            err_set(ExcValueError, "__sizeof__() should return >= 0");
            size = -1;
        }
        DECREF(r);
    }
    if (size < 0) {
        if (dflt && err_matches(ExcTypeError)) {
            err_clear();
            return NEWREF(dflt);
        }
        return VNULL;
    }
    return int_from_i64(size + (int64_t)cpython_preheader(TYPE(v)));
}

static Value sys_getrefcount(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("getrefcount", nargs, kwnames, 1, 1) < 0) return VNULL;
    if (IS_SMALL(args[0])) return MAKE_SMALL(1000);
    return int_from_i64(AS_OBJ(args[0])->refcnt);   /* the argument on the caller's stack is counted */
}

static Value sys_getdefaultencoding(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("getdefaultencoding", nargs, kwnames, 0, 0) < 0) return VNULL;
    return str_intern_cstr("utf-8");
}

static Value sys_getfilesystemencoding(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("getfilesystemencoding", nargs, kwnames, 0, 0) < 0) return VNULL;
    return str_intern_cstr("utf-8");
}

static Value sys_getframe(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("_getframe", nargs, kwnames, 0, 1) < 0) return VNULL;
    intptr_t depth = 0;
    if (nargs && sys_int_arg(args[0], &depth) < 0) return VNULL;
    return vm_getframe((int)depth);
}

static Value sys_get_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("get_int_max_str_digits", nargs, kwnames, 0, 0) < 0) return VNULL;
    return int_from_i64(int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"maxdigits", NULL};
    Value a[1];
    if (arg_parse("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, a) < 0) return VNULL;
    if (!IS_INT(a[0])) {
        err_format(ExcTypeError, "'%N' object cannot be interpreted as an integer", a[0]);
        return VNULL;
    }
    if (int_set_max_str_digits(a[0]) < 0) return VNULL;
    RETURN_NONE;
}

/* The default sys.excepthook (also sys.__excepthook__): print as CPython's PyErr_Display. */
static Value sys_excepthook(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("excepthook", kwnames) < 0 || arg_count("excepthook", nargs, 3, 3) < 0) return VNULL;
    Value value = args[1], tb = args[2];
    if (IS_EXC(value) && IS_TYPE(tb, &TracebackType) && !EXC(value)->traceback) exc_set_traceback(value, tb);
    vm_print_exception(value);
    RETURN_NONE;
}

/* The default sys.unraisablehook (also sys.__unraisablehook__). */
static Value sys_unraisablehook(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("unraisablehook", kwnames) < 0 || arg_count("unraisablehook", nargs, 1, 1) < 0)
        return VNULL;
    Value a = args[0];
    if (!IS_TYPE(a, &UnraisableHookArgsType)) {
        err_set(ExcTypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
        return VNULL;
    }
    Value *it = TUPLE_ITEMS(a);
    if (it[1] != NONE) vm_unraisable_default(it[1], it[4], it[3]);
    RETURN_NONE;
}

bool sys_is_default_unraisablehook(Value hook) {
    return IS_TYPE(hook, &BuiltinFunctionType) && ((BuiltinObj *)AS_OBJ(hook))->def->fn == sys_unraisablehook;
}

int sys_display_uncaught(Value exc) {
    Value d = sys_dict();
    Value hook = d ? dict_get_cstr(d, "excepthook") : VNULL;
    if (!hook) {
        if (err_occurred()) err_clear();
        if (d) {
            Value e = sys_get_stream("stderr");
            if (e && e != NONE && file_write_cstr(e, "sys.excepthook is missing\n") < 0) err_clear();
        }
        vm_print_exception(exc);
        return -1;
    }
    if (IS_TYPE(hook, &BuiltinFunctionType) && ((BuiltinObj *)AS_OBJ(hook))->def->fn == sys_excepthook) {
        vm_print_exception(exc);
        return -1;
    }
    INCREF(hook);
    Value tb = IS_EXC(exc) && EXC(exc)->traceback ? EXC(exc)->traceback : NONE;
    Value args[3] = {OBJ_VAL(TYPE(exc)), exc, tb};
    Value r = obj_call(hook, args, 3, VNULL);
    DECREF(hook);
    if (r) {
        DECREF(r);
        return -1;
    }
    Value e2 = err_fetch();
    if (!e2) return -1;
    if (IS_EXC(e2) && type_is_subtype(TYPE(e2), ExcSystemExit)) {
        int status = vm_handle_system_exit(e2);
        DECREF(e2);
        return status;
    }
    fflush(stdout);
    Value so = sys_get_stream("stdout");
    if (so && so != NONE) {
        Value fr = obj_call_method(so, "flush", NULL, 0);
        if (fr) DECREF(fr);
        else err_clear();
    }
    Value se = sys_get_stream("stderr");
    if (se && se != NONE && file_write_cstr(se, "Error in sys.excepthook:\n") < 0) err_clear();
    vm_print_exception(e2);
    DECREF(e2);
    se = sys_get_stream("stderr");
    if (se && se != NONE && file_write_cstr(se, "\nOriginal exception was:\n") < 0) err_clear();
    vm_print_exception(exc);
    return -1;
}

static const MethodDef sys_methods[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0},
    {"exit", sys_exit, 0},
    {"excepthook", sys_excepthook, 0},
    {"unraisablehook", sys_unraisablehook, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"intern", sys_intern, 0},
    {"getsizeof", sys_getsizeof, 0},
    {"getrefcount", sys_getrefcount, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0},
    {"_getframe", sys_getframe, 0},
    {NULL, NULL, 0},
};

/* Set d[key] = v, stealing v. */
static int set_steal(Value d, const char *key, Value v) {
    if (!v) return -1;
    int r = dict_set_cstr(d, key, v);
    DECREF(v);
    return r;
}

/* The directory sys.path starts with: the main script's, resolved; '' for -c and the REPL. */
static Value script_dir(const char *script) {
    if (!script || !strcmp(script, "-c") || !strcmp(script, "-") || !strcmp(script, "-m"))
        return str_intern_cstr("");
    char *real = realpath(script, NULL);
    if (!real) return str_intern_cstr("");
    char *slash = strrchr(real, '/');
    Value r;
    if (slash == real) r = str_from_cstr("/");
    else {
        if (slash) *slash = 0;
        r = str_from_cstr(real);
    }
    free(real);
    return r;
}

Value sys_module_init(void) { return vm.sys_module ? NEWREF(vm.sys_module) : VNULL; }

int sys_init(int argc, char **argv) {
    if (vm.sys_module) return 0;
    if (file_types_ready() < 0) return -1;
    Value name = str_intern_cstr("sys");
    if (!name) return -1;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return -1;
    vm.sys_module = m;
    if (module_add_functions(m, sys_methods) < 0) return -1;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    if (dict_set_cstr(d, "__excepthook__", dict_get_cstr(d, "excepthook")) < 0) return -1;
    if (dict_set_cstr(d, "__unraisablehook__", dict_get_cstr(d, "unraisablehook")) < 0) return -1;
    if (!vm.modules) {
        vm.modules = dict_new();
        if (!vm.modules) return -1;
    }
    if (dict_set_cstr(d, "modules", vm.modules) < 0) return -1;
    if (dict_set_cstr(vm.modules, "sys", m) < 0) return -1;

    Value av = list_new(0);
    if (!av) return -1;
    for (int i = 0; i < argc; i++) {
        Value s = str_from_cstr(argv[i]);
        if (!s) {
            err_clear();
            s = str_from_cstr("?");
        }
        if (!s || list_append(av, s) < 0) {
            XDECREF(s);
            DECREF(av);
            return -1;
        }
        DECREF(s);
    }
    if (argc == 0) {
        Value s = str_intern_cstr("");
        if (!s || list_append(av, s) < 0) return -1;
        DECREF(s);
    }
    if (set_steal(d, "argv", av) < 0) return -1;

    Value path = list_new(0);
    if (!path) return -1;
    Value dir = script_dir(vm.main_path ? vm.main_path : argc > 0 ? argv[0] : NULL);
    if (!dir || list_append(path, dir) < 0) {
        XDECREF(dir);
        DECREF(path);
        return -1;
    }
    DECREF(dir);
    const char *pp = getenv("PYTHONPATH");
    if (pp && *pp) {
        const char *p = pp;
        for (;;) {
            const char *c = strchr(p, ':');
            size_t n = c ? (size_t)(c - p) : strlen(p);
            if (n) {
                Value s = str_from_utf8(p, n);
                if (!s) err_clear();
                else {
                    list_append(path, s);
                    DECREF(s);
                }
            }
            if (!c) break;
            p = c + 1;
        }
    }
    if (set_steal(d, "path", path) < 0) return -1;

    struct { const char *name; FILE *fp; const char *fname; const char *mode; } streams[] = {
        {"stdin", stdin, "<stdin>", "r"},
        {"stdout", stdout, "<stdout>", "w"},
        {"stderr", stderr, "<stderr>", "w"},
    };
    for (size_t i = 0; i < 3; i++) {
        Value f = file_from_fp(streams[i].fp, streams[i].fname, streams[i].mode, true);
        if (!f) return -1;
        char under[16];
        snprintf(under, sizeof under, "__%s__", streams[i].name);
        if (dict_set_cstr(d, streams[i].name, f) < 0 || dict_set_cstr(d, under, f) < 0) {
            DECREF(f);
            return -1;
        }
        DECREF(f);
    }

    if (set_steal(d, "version", str_from_cstr("3.11.7 (minipy) [GCC]")) < 0) return -1;
    Value rl = str_intern_cstr("final");
    if (!rl) return -1;
    Value vi[5] = {MAKE_SMALL(3), MAKE_SMALL(11), MAKE_SMALL(7), rl, MAKE_SMALL(0)};
    if (set_steal(d, "version_info", structseq_new(&VersionInfoType, vi)) < 0) return -1;
    DECREF(rl);
    Value fmax = float_new(DBL_MAX), fmin = float_new(DBL_MIN), feps = float_new(DBL_EPSILON);
    if (!fmax || !fmin || !feps) { XDECREF(fmax); XDECREF(fmin); XDECREF(feps); return -1; }
    Value fi[11] = {fmax, MAKE_SMALL(DBL_MAX_EXP), MAKE_SMALL(DBL_MAX_10_EXP), fmin,
                    MAKE_SMALL(DBL_MIN_EXP), MAKE_SMALL(DBL_MIN_10_EXP), MAKE_SMALL(DBL_DIG),
                    MAKE_SMALL(DBL_MANT_DIG), feps, MAKE_SMALL(FLT_RADIX), MAKE_SMALL(1)};
    int fr = set_steal(d, "float_info", structseq_new(&FloatInfoType, fi));
    DECREF(fmax); DECREF(fmin); DECREF(feps);
    if (fr < 0) return -1;
    /* CPython's own digits: 30 bits in 4 bytes, and its int/str conversion limits */
    Value ii[4] = {MAKE_SMALL(30), MAKE_SMALL(4), MAKE_SMALL(4300), MAKE_SMALL(640)};
    if (set_steal(d, "int_info", structseq_new(&IntInfoType, ii)) < 0) return -1;
    if (set_steal(d, "hexversion", int_from_i64(0x030b07f0)) < 0) return -1;
    if (set_steal(d, "maxsize", int_from_i64(INT64_MAX)) < 0) return -1;
    if (set_steal(d, "maxunicode", int_from_i64(0x10ffff)) < 0) return -1;
    if (set_steal(d, "byteorder", str_intern_cstr("little")) < 0) return -1;
    if (set_steal(d, "platform", str_intern_cstr("linux")) < 0) return -1;
    if (set_steal(d, "api_version", MAKE_SMALL(1013)) < 0) return -1;
    if (set_steal(d, "dont_write_bytecode", TRUE_VAL) < 0) return -1;
    if (set_steal(d, "builtin_module_names", import_builtin_names()) < 0) return -1;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n < 0) n = 0;
    exe[n] = 0;
    if (set_steal(d, "executable", str_from_cstr(exe)) < 0) return -1;
    /* sys.implementation: a namespace with name and version. */
    Value impl_name = str_intern_cstr("implementation");
    if (!impl_name) return -1;
    Value impl = module_new(impl_name);
    DECREF(impl_name);
    if (!impl) return -1;
    Value idict = ((ModuleObj *)AS_OBJ(impl))->dict;
    if (set_steal(idict, "name", str_intern_cstr("minipy")) < 0 ||
        dict_set_cstr(idict, "version", dict_get_cstr(d, "version_info")) < 0 ||
        set_steal(idict, "cache_tag", NONE) < 0) {
        DECREF(impl);
        return -1;
    }
    if (set_steal(d, "implementation", impl) < 0) return -1;
    return 0;
}
