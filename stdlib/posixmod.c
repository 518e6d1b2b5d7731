/* The posix module: the operating system calls os (stdlib/py/os.py) is built on. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "object.h"
#include "errors.h"
#include "args.h"
#include "modules.h"

extern char **environ;

static int path_arg(const char *fname, Value v, const char **out) {
    if (IS_STR(v)) {
        *out = STR_DATA(v);
        return 0;
    }
    err_format(ExcTypeError, "%s: path should be string, bytes or os.PathLike, not %N", fname, v);
    return -1;
}

static Value p_getcwd(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("getcwd", nargs, kwnames, 0, 0) < 0) return VNULL;
    char *cwd = getcwd(NULL, 0);
    if (!cwd) {
        err_set_from_errno(errno, VNULL);
        return VNULL;
    }
    Value r = str_from_cstr(cwd);
    free(cwd);
    return r;
}

static Value p_listdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("listdir", nargs, kwnames, 0, 1) < 0) return VNULL;
    const char *path = ".";
    Value pathv = VNULL;
    if (nargs && args[0] != NONE) {
        if (path_arg("listdir", args[0], &path) < 0) return VNULL;
        pathv = args[0];
    }
    DIR *d = opendir(path);
    if (!d) {
        err_set_from_errno(errno, pathv ? pathv : VNULL);
        return VNULL;
    }
    Value l = list_new(0);
    struct dirent *e;
    while (l && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        Value s = str_from_cstr(e->d_name);
        if (!s || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            l = VNULL;
            break;
        }
        DECREF(s);
    }
    closedir(d);
    return l;
}

/* A call of one path argument returning 0 on success. */
#define PATH_CALL(cname, pyname, expr) \
    static Value cname(Value self, const Value *args, size_t nargs, Value kwnames) { \
        (void)self; \
        if (arg_simple(pyname, nargs, kwnames, 1, 1) < 0) return VNULL; \
        const char *p; \
        if (path_arg(pyname, args[0], &p) < 0) return VNULL; \
        if ((expr) != 0) { \
            err_set_from_errno(errno, args[0]); \
            return VNULL; \
        } \
        RETURN_NONE; \
    }

PATH_CALL(p_remove, "remove", unlink(p))
PATH_CALL(p_rmdir, "rmdir", rmdir(p))
PATH_CALL(p_chdir, "chdir", chdir(p))

static Value p_mkdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"path", "mode", NULL};
    Value a[2];
    if (arg_parse("mkdir", args, nargs, kwnames, names, 2, 1, a) < 0) return VNULL;
    const char *p;
    if (path_arg("mkdir", a[0], &p) < 0) return VNULL;
    intptr_t mode = 0777;
    if (a[1] && obj_as_ssize(a[1], &mode) < 0) return VNULL;
    if (mkdir(p, (mode_t)mode) != 0) {
        err_set_from_errno(errno, a[0]);
        return VNULL;
    }
    RETURN_NONE;
}

static Value p_rename(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("rename", nargs, kwnames, 2, 2) < 0) return VNULL;
    const char *a, *b;
    if (path_arg("rename", args[0], &a) < 0 || path_arg("rename", args[1], &b) < 0) return VNULL;
    if (rename(a, b) != 0) {
        int e = errno;
        Value msg = str_from_cstr(strerror(e));
        if (!msg) return VNULL;
        Value eargs[5] = {MAKE_SMALL(e), msg, args[0], NONE, args[1]};
        Value exc = exc_new(ExcOSError, eargs, 5);
        DECREF(msg);
        if (exc) err_raise_steal(exc);
        return VNULL;
    }
    RETURN_NONE;
}

/* _stat(path) -> (mode, size, mtime) or None when it does not exist. */
static Value p_stat3(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("_stat", nargs, kwnames, 1, 1) < 0) return VNULL;
    const char *p;
    if (path_arg("stat", args[0], &p) < 0) return VNULL;
    struct stat st;
    if (stat(p, &st) != 0) RETURN_NONE;
    Value size = int_from_i64(st.st_size);
    Value mt = float_new((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
    Value r = (size && mt) ? tuple_pack(3, MAKE_SMALL(st.st_mode), size, mt) : VNULL;
    XDECREF(size);
    XDECREF(mt);
    return r;
}

static Value p_getpid(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("getpid", nargs, kwnames, 0, 0) < 0) return VNULL;
    return MAKE_SMALL(getpid());
}

static Value p_cpu_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("cpu_count", nargs, kwnames, 0, 0) < 0) return VNULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? MAKE_SMALL(n) : NONE;
}

static Value p_strerror(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("strerror", nargs, kwnames, 1, 1) < 0) return VNULL;
    intptr_t e;
    if (obj_as_ssize(args[0], &e) < 0) return VNULL;
    return str_from_cstr(strerror((int)e));
}

static Value p_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("_exit", nargs, kwnames, 1, 1) < 0) return VNULL;
    intptr_t code;
    if (obj_as_ssize(args[0], &code) < 0) return VNULL;
    fflush(NULL);
    _exit((int)code);
}

static const MethodDef posix_methods[] = {
    {"getcwd", p_getcwd, 0},
    {"listdir", p_listdir, 0},
    {"remove", p_remove, 0},
    {"unlink", p_remove, 0},
    {"rmdir", p_rmdir, 0},
    {"chdir", p_chdir, 0},
    {"mkdir", p_mkdir, 0},
    {"rename", p_rename, 0},
    {"replace", p_rename, 0},
    {"_stat", p_stat3, 0},
    {"getpid", p_getpid, 0},
    {"cpu_count", p_cpu_count, 0},
    {"strerror", p_strerror, 0},
    {"_exit", p_exit, 0},
    {NULL, NULL, 0},
};

Value posix_module_init(void) {
    Value name = str_intern_cstr("posix");
    if (!name) return VNULL;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return VNULL;
    if (module_add_functions(m, posix_methods) < 0) goto fail;
    Value env = dict_new();
    if (!env) goto fail;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        Value k = str_from_utf8(*e, (size_t)(eq - *e));
        Value v = str_from_cstr(eq + 1);
        if (!k || !v) {
            err_clear();
        } else if (dict_set(env, k, v) < 0) {
            XDECREF(k);
            XDECREF(v);
            DECREF(env);
            goto fail;
        }
        XDECREF(k);
        XDECREF(v);
    }
    int rc = dict_set_cstr(((ModuleObj *)AS_OBJ(m))->dict, "environ", env);
    DECREF(env);
    if (rc < 0) goto fail;
    return m;
fail:
    DECREF(m);
    return VNULL;
}
