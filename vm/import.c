/* Imports: built-in modules from a registry, source modules and packages found on
 * sys.path (a package's submodules on its __path__), each run once into a module
 * registered in sys.modules before its code runs (so circular imports see it). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "object.h"
#include "objutil.h"
#include "run.h"
#include "errors.h"
#include "import.h"
#include "modules.h"

/* ---- the built-in module registry: one line per module ---- */

typedef struct BuiltinModule { const char *name; BuiltinModuleInit init; } BuiltinModule;
Value gc_module_init(void);   /* stdlib/gcmod.c */

static const BuiltinModule builtin_modules[] = {
    {"sys", sys_module_init},
    {"traceback", traceback_module_init},
    {"time", time_module_init},
    {"_io", io_module_init},
    {"posix", posix_module_init},
    {"math", math_module_init},
    {"re", re_module_init},
    {"tracemalloc", tracemalloc_module_init},
    {"gc", gc_module_init},
    {"builtins", NULL},   /* made at start-up: always in sys.modules */
};
#define NBUILTIN (sizeof builtin_modules / sizeof builtin_modules[0])

Value import_builtin_names(void) {
    Value t = tuple_new(NBUILTIN);
    if (!t) return VNULL;
    for (size_t i = 0; i < NBUILTIN; i++) {
        Value s = str_intern_cstr(builtin_modules[i].name);
        if (!s) {
            for (size_t j = i; j < NBUILTIN; j++) tuple_set_steal(t, j, NEWREF(NONE));
            DECREF(t);
            return VNULL;
        }
        tuple_set_steal(t, i, s);
    }
    return t;
}

static const BuiltinModule *find_builtin(Value name) {
    for (size_t i = 0; i < NBUILTIN; i++)
        if (str_eq_cstr(name, builtin_modules[i].name)) return &builtin_modules[i];
    return NULL;
}

/* ---- errors ---- */

static void not_found(Value fullname, const char *fmt_extra, Value parent) {
    Value msg = !fmt_extra ? str_fromformat("No module named '%U'", fullname)
                : !strcmp(fmt_extra, "halted") ? str_fromformat("import of %U halted; None in sys.modules", fullname)
                : str_fromformat("No module named '%U'; '%U' is not a package", fullname, parent);
    if (!msg) return;
    Value e = exc_new(ExcModuleNotFoundError, &msg, 1);
    DECREF(msg);
    if (!e) return;
    if (exc_dict_set(e, "name", fullname) < 0) {
        DECREF(e);
        return;
    }
    err_raise_steal(e);
}

/* ---- loading source modules ---- */

char *import_read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 16384, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, fp);
        n += r;
        if (n < cap) break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(fp);
    if (!buf) {
        errno = ENOMEM;
        return NULL;
    }
    *len = n;
    return buf;
}

static bool is_regular(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Join dir and a file name: "" means the current directory. */
static char *join_path(Value dir, const char *a, const char *b) {
    const char *d = IS_STR(dir) ? STR_DATA(dir) : "";
    size_t n = strlen(d) + strlen(a) + (b ? strlen(b) : 0) + 3;
    char *p = malloc(n);
    if (!p) return NULL;
    if (*d) snprintf(p, n, "%s/%s%s%s", d, a, b ? "/" : "", b ? b : "");
    else snprintf(p, n, "%s%s%s", a, b ? "/" : "", b ? b : "");
    return p;
}

/* Run src as module fullname: path names it in tracebacks; with_file sets __file__;
 * pkgdir: a package's directory, or NULL. */
static Value load_text(Value fullname, const char *src, size_t len, const char *path,
                       bool with_file, const char *pkgdir) {
    Value m = module_new(fullname);
    if (!m) return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    Value file = with_file ? str_from_cstr(path) : NEWREF(NONE);
    Value pkg;
    if (pkgdir) {
        pkg = NEWREF(fullname);
    } else {
        const char *dot = strrchr(STR_DATA(fullname), '.');
        pkg = dot ? str_from_utf8(STR_DATA(fullname), (size_t)(dot - STR_DATA(fullname)))
                  : str_intern_cstr("");
    }
    int rc = (!file || !pkg) ? -1 : 0;
    if (rc == 0 && with_file) rc = dict_set(d, NAME(__file__), file);
    if (rc == 0) rc = dict_set(d, NAME(__package__), pkg);
    if (rc == 0 && dict_get_str(d, NAME(__loader__)) == VNULL) rc = dict_set(d, NAME(__loader__), NONE);
    if (rc == 0 && dict_get_str(d, NAME(__spec__)) == VNULL) rc = dict_set(d, NAME(__spec__), NONE);
    if (rc == 0 && dict_set(d, NAME(__builtins__), vm.builtins_module) < 0) rc = -1;
    if (rc == 0 && pkgdir) {
        Value pd = str_from_cstr(pkgdir);
        Value pl = pd ? list_new(0) : VNULL;
        if (!pl || list_append(pl, pd) < 0 || dict_set(d, NAME(__path__), pl) < 0) rc = -1;
        XDECREF(pl);
        XDECREF(pd);
    }
    XDECREF(file);
    XDECREF(pkg);
    if (rc == 0) rc = dict_set(vm.modules, fullname, m);
    if (rc < 0) {
        DECREF(m);
        return VNULL;
    }
    Value r = vm_run_source(src, len, path, d);
    if (!r) {
        /* A failed import leaves no module behind. */
        Value saved = err_fetch();
        if (dict_del_opt(vm.modules, fullname) < 0) err_clear();
        err_restore(saved);
        DECREF(m);
        return VNULL;
    }
    DECREF(r);
    DECREF(m);
    /* The module may have replaced itself in sys.modules. */
    Value fin = dict_get(vm.modules, fullname);
    if (!fin) {
        if (!err_occurred())
            err_format(ExcImportError, "Loaded module %U not found in sys.modules", fullname);
        return VNULL;
    }
    return NEWREF(fin);
}

static Value load_source(Value fullname, const char *path, const char *pkgdir) {
    size_t len;
    char *src = import_read_file(path, &len);
    if (!src) {
        if (errno == ENOMEM) err_no_memory();
        else err_set_from_errno_cstr(errno, path);
        return VNULL;
    }
    Value m = load_text(fullname, src, len, path, true, pkgdir);
    free(src);
    return m;
}

/* A module of the library written in Python and embedded (stdlib/py, build/pymods.c). */
static Value load_embedded(Value fullname) {
    size_t len;
    const char *src = pymod_source(STR_DATA(fullname), &len);
    if (!src) return VNULL;
    char path[128];
    snprintf(path, sizeof path, "<frozen %s>", STR_DATA(fullname));
    return load_text(fullname, src, len, path, false, NULL);
}

/* Find and load fullname (whose last component is base) in the directories of
 * search (a list). Returns VNULL without an exception when it is not there. */
static Value find_in_path(Value fullname, const char *base, Value search) {
    if (!search || !IS_LIST(search)) return VNULL;
    for (size_t i = 0; i < LIST_LEN(search); i++) {
        Value dir = LIST_ITEMS(search)[i];
        if (!IS_STR(dir)) continue;
        char *pkgdir = join_path(dir, base, NULL);
        if (!pkgdir) {
            err_no_memory();
            return VNULL;
        }
        if (is_dir(pkgdir)) {
            char *init = join_path(dir, base, "__init__.py");
            if (init && is_regular(init)) {
                Value m = load_source(fullname, init, pkgdir);
                free(init);
                free(pkgdir);
                return m ? m : VNULL;
            }
            free(init);
        }
        free(pkgdir);
        size_t bl = strlen(base);
        char *fname = malloc(bl + 4);
        if (!fname) {
            err_no_memory();
            return VNULL;
        }
        memcpy(fname, base, bl);
        memcpy(fname + bl, ".py", 4);
        char *file = join_path(dir, fname, NULL);
        free(fname);
        if (!file) {
            err_no_memory();
            return VNULL;
        }
        if (is_regular(file)) {
            Value m = load_source(fullname, file, NULL);
            free(file);
            return m;
        }
        free(file);
    }
    return VNULL;
}

/* Import one module by its full dotted name; its parent is already imported. */
static Value import_one(Value fullname, Value parent, const char *base) {
    Value m = dict_get(vm.modules, fullname);
    if (m == NONE) {
        not_found(fullname, "halted", VNULL);
        return VNULL;
    }
    if (m) return NEWREF(m);
    if (err_occurred()) return VNULL;
    if (!parent) {
        const BuiltinModule *b = find_builtin(fullname);
        if (b && b->init) {
            m = b->init();
            if (!m) return VNULL;
            if (dict_set(vm.modules, fullname, m) < 0) {
                DECREF(m);
                return VNULL;
            }
            return m;
        }
        m = load_embedded(fullname);
        if (m || err_occurred()) return m;
        Value path = vm.sys_module ? dict_get_cstr(((ModuleObj *)AS_OBJ(vm.sys_module))->dict, "path") : VNULL;
        m = find_in_path(fullname, base, path);
        if (m || err_occurred()) return m;
        not_found(fullname, NULL, VNULL);
        return VNULL;
    }
    Value ppath = obj_getattr_opt(parent, NAME(__path__));
    if (!ppath) {
        if (err_occurred()) return VNULL;
        Value pname = obj_getattr_opt(parent, NAME(__name__));
        if (!pname) err_clear();
        not_found(fullname, "pkg", pname ? pname : fullname);
        XDECREF(pname);
        return VNULL;
    }
    m = find_in_path(fullname, base, ppath);
    DECREF(ppath);
    if (m || err_occurred()) return m;
    not_found(fullname, NULL, VNULL);
    return VNULL;
}

/* Import every prefix of the dotted name; returns the last module. */
static Value import_dotted(Value fullname) {
    const char *s = STR_DATA(fullname);
    size_t n = STR_SIZE(fullname);
    if (!memchr(s, '.', n)) return import_one(fullname, VNULL, s);
    Value parent = VNULL;
    size_t start = 0;
    for (;;) {
        const char *dot = memchr(s + start, '.', n - start);
        size_t end = dot ? (size_t)(dot - s) : n;
        if (end == start) {
            XDECREF(parent);
            err_format(ExcValueError, "Empty module name");
            return VNULL;
        }
        Value prefix = str_from_utf8(s, end);
        char *base = prefix ? strndup(s + start, end - start) : NULL;
        if (!prefix || !base) {
            XDECREF(prefix);
            free(base);
            XDECREF(parent);
            if (!err_occurred()) err_no_memory();
            return VNULL;
        }
        Value m = import_one(prefix, parent, base);
        free(base);
        if (m && parent) {
            /* The package gets its submodule as an attribute. */
            Value attr = str_from_utf8(s + start, end - start);
            if (!attr || obj_setattr(parent, attr, m) < 0) err_clear();
            XDECREF(attr);
        }
        DECREF(prefix);
        XDECREF(parent);
        if (!m) return VNULL;
        parent = m;
        if (!dot) return m;
        start = end + 1;
    }
}

/* The absolute name of a relative import from a module whose globals are given. */
static Value resolve_relative(Value name, int level, Value globals) {
    Value g = globals;
    Value own = VNULL;
    if (!g) {
        own = vm_globals();
        if (!own) return VNULL;
        g = own;
    }
    Value pkg = IS_DICT(g) ? dict_get_str(g, NAME(__package__)) : VNULL;
    Value base = VNULL;
    if (pkg && pkg != NONE) {
        if (!IS_STR(pkg)) {
            XDECREF(own);
            err_set(ExcTypeError, "package must be a string");
            return VNULL;
        }
        base = NEWREF(pkg);
    } else {
        Value modname = IS_DICT(g) ? dict_get_str(g, NAME(__name__)) : VNULL;
        if (modname && IS_STR(modname)) {
            if (dict_get_str(g, NAME(__path__))) {
                base = NEWREF(modname);
            } else {
                const char *dot = strrchr(STR_DATA(modname), '.');
                base = dot ? str_from_utf8(STR_DATA(modname), (size_t)(dot - STR_DATA(modname)))
                           : str_intern_cstr("");
            }
        }
    }
    XDECREF(own);
    if (!base || STR_SIZE(base) == 0) {
        XDECREF(base);
        if (!err_occurred())
            err_set(ExcImportError, "attempted relative import with no known parent package");
        return VNULL;
    }
    const char *b = STR_DATA(base);
    size_t bl = STR_SIZE(base);
    for (int i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t k = bl; k > 0; k--)
            if (b[k - 1] == '.') {
                dot = b + k - 1;
                break;
            }
        if (!dot) {
            DECREF(base);
            err_set(ExcImportError, "attempted relative import beyond top-level package");
            return VNULL;
        }
        bl = (size_t)(dot - b);
    }
    Value prefix = str_from_utf8(b, bl);
    DECREF(base);
    if (!prefix || !STR_SIZE(name)) return prefix;
    Value r = str_fromformat("%U.%U", prefix, name);
    DECREF(prefix);
    return r;
}

static bool fromlist_empty(Value fromlist) {
    if (!fromlist || fromlist == NONE) return true;
    if (IS_TUPLE(fromlist)) return TUPLE_LEN(fromlist) == 0;
    if (IS_LIST(fromlist)) return LIST_LEN(fromlist) == 0;
    int t = obj_truthy(fromlist);
    if (t < 0) {
        err_clear();
        return true;
    }
    return !t;
}

/* from package import submodule: import the names that are submodules. */
static int handle_fromlist(Value module, Value fromlist) {
    Value path = obj_getattr_opt(module, NAME(__path__));
    if (!path) return err_occurred() ? -1 : 0;
    DECREF(path);
    Value modname = obj_getattr_opt(module, NAME(__name__));
    if (!modname || !IS_STR(modname)) {
        XDECREF(modname);
        return err_occurred() ? -1 : 0;
    }
    Value it = obj_iter(fromlist);
    if (!it) {
        DECREF(modname);
        return -1;
    }
    Value x;
    int rc = 0;
    while ((x = obj_next(it))) {
        if (!IS_STR(x)) {
            err_format(ExcTypeError, "Item in %U.__all__ must be str, not %N", modname, x);
            DECREF(x);
            rc = -1;
            break;
        }
        if (str_eq_cstr(x, "*")) {
            Value all = obj_getattr_opt(module, NAME(__all__));
            if (all) {
                rc = handle_fromlist(module, all);
                DECREF(all);
            } else if (err_occurred()) {
                rc = -1;
            }
            DECREF(x);
            if (rc < 0) break;
            continue;
        }
        Value have = obj_getattr_opt(module, x);
        if (have) {
            DECREF(have);
            DECREF(x);
            continue;
        }
        if (err_occurred()) {
            DECREF(x);
            rc = -1;
            break;
        }
        Value full = str_fromformat("%U.%U", modname, x);
        DECREF(x);
        if (!full) {
            rc = -1;
            break;
        }
        Value sub = import_dotted(full);
        if (sub) {
            DECREF(sub);
        } else if (err_matches(ExcModuleNotFoundError)) {
            /* Not a submodule: IMPORT_FROM reports the missing name. */
            Value e = err_fetch();
            Value en = exc_dict_get(e, "name");
            if (en && IS_STR(en) && str_eq(en, full)) {
                DECREF(e);
            } else {
                err_restore(e);
                rc = -1;
            }
        } else {
            rc = -1;
        }
        DECREF(full);
        if (rc < 0) break;
    }
    DECREF(it);
    DECREF(modname);
    if (rc == 0 && err_occurred()) rc = -1;
    return rc;
}

Value import_module_ex(Value name, Value fromlist, int level, Value globals) {
    if (!vm.modules) {
        err_set(ExcImportError, "sys.modules is not set up");
        return VNULL;
    }
    Value fullname = level > 0 ? resolve_relative(name, level, globals) : NEWREF(name);
    if (!fullname) return VNULL;
    Value m;
    /* The common case: already imported, no dots. */
    Value cached = dict_get(vm.modules, fullname);
    if (cached && cached != NONE) m = NEWREF(cached);
    else m = import_dotted(fullname);
    if (!m) {
        DECREF(fullname);
        return VNULL;
    }
    if (fromlist_empty(fromlist)) {
        const char *s = STR_DATA(name);
        const char *dot = strchr(s, '.');
        if (!dot && level == 0) {
            DECREF(fullname);
            return m;
        }
        Value top;
        if (level == 0) {
            top = str_from_utf8(s, (size_t)(dot - s));
        } else {
            /* Relative without a fromlist: the package the name hangs from. */
            size_t cut = dot ? strlen(dot) : 0;
            size_t keep = STR_SIZE(fullname) - STR_SIZE(name) + (STR_SIZE(name) - cut);
            top = str_from_utf8(STR_DATA(fullname), keep);
        }
        DECREF(fullname);
        if (!top) {
            DECREF(m);
            return VNULL;
        }
        Value t = dict_get(vm.modules, top);
        DECREF(m);
        if (!t) {
            if (!err_occurred()) not_found(top, NULL, VNULL);
            DECREF(top);
            return VNULL;
        }
        DECREF(top);
        return NEWREF(t);
    }
    DECREF(fullname);
    if (handle_fromlist(m, fromlist) < 0) {
        DECREF(m);
        return VNULL;
    }
    return m;
}

Value import_module(Value name, Value fromlist, int level) {
    return import_module_ex(name, fromlist, level, VNULL);
}

Value import_from(Value module, Value name) {
    Value v = obj_getattr_opt(module, name);
    if (v || err_occurred()) return v;
    Value modname = obj_getattr_opt(module, NAME(__name__));
    if (!modname && err_occurred()) err_clear();
    if (modname && IS_STR(modname)) {
        Value full = str_fromformat("%U.%U", modname, name);
        if (full) {
            Value m = dict_get(vm.modules, full);
            DECREF(full);
            if (m) {
                DECREF(modname);
                return NEWREF(m);
            }
        }
        if (err_occurred()) err_clear();
    }
    Value path = obj_getattr_opt(module, NAME(__file__));
    if (!path && err_occurred()) err_clear();
    Value msg;
    /* a module whose __name__ is missing or not a str is named as CPython does */
    Value shown = modname && IS_STR(modname) ? NEWREF(modname) : str_from_cstr("<unknown module name>");
    if (!shown) msg = VNULL;
    else if (path && IS_STR(path))
        msg = str_fromformat("cannot import name '%U' from '%U' (%U)", name, shown, path);
    else
        msg = str_fromformat("cannot import name '%U' from '%U' (unknown location)", name, shown);
    XDECREF(shown);
    if (msg) {
        Value e = exc_new(ExcImportError, &msg, 1);
        DECREF(msg);
        if (e) {
            if (modname) exc_dict_set(e, "name", modname);
            if (path) exc_dict_set(e, "path", path);
            err_raise_steal(e);
        }
    }
    XDECREF(path);
    XDECREF(modname);
    return VNULL;
}
