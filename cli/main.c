/* minipy's command line: run a file or -c code, or dump tokens, AST or bytecode. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

#include "object.h"
#include "code.h"
#include "frame.h"
#include "run.h"
#include "compile.h"
#include "lexer.h"
#include "ast.h"
#include "modules.h"
#include "import.h"
#include "repl.h"
#include "gc.h"

#define VERSION_TEXT "minipy 0.1 (Python 3.11 compatible)"

static const char *progname = "minipy";

#define USAGE_LINE "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

static void usage(FILE *out)
{
    fprintf(out,
            USAGE_LINE
            "Options:\n"
            "-c cmd : program passed in as string (terminates option list)\n"
            "-E     : ignore PYTHON* environment variables (such as PYTHONUNBUFFERED)\n"
            "-h     : print this help message and exit (also -? or --help)\n"
            "-i     : inspect interactively after running script; forces a prompt even\n"
            "         if stdin does not appear to be a terminal\n"
            "-m mod : run library module as a script (terminates option list)\n"
            "-q     : don't print version and copyright messages on interactive startup\n"
            "-u     : force the stdout and stderr streams to be unbuffered\n"
            "-V     : print the version number and exit (also --version)\n"
            "-B, -s, -S : accepted for compatibility; no effect\n"
            "--trace: print to stderr each suspension and resumption of a generator,\n"
            "         coroutine or async generator (line, what resumed it, values)\n"
            "Tools (each prints to stdout and exits):\n"
            "--tokens file : the tokens of file (the lexer's output)\n"
            "--ast file    : the syntax tree of file (the parser's output)\n"
            "--dis file    : the bytecode of every code object in file (the compiler's output)\n"
            "Arguments:\n"
            "file   : program read from script file\n"
            "-      : program read from stdin (default; interactive mode if a tty)\n"
            "arg ...: arguments passed to program in sys.argv[1:]\n"
            "\n"
            "The interactive prompt edits lines and completes names with Tab (libedit);\n"
            "its history is kept in ~/.minipy_history.\n",
            progname);
}

/* A bad command line: CPython's two lines after the message, status 2. */
static int usage_error(void)
{
    fprintf(stderr, USAGE_LINE "Try `minipy -h' for more information.\n", progname);
    return 2;
}

static void on_sigint(int sig)
{
    (void)sig;
    vm_pending_set(VM_PENDING_SIGINT);
}

/* Reads a whole file; NULL with errno set on failure. */
static char *read_file(FILE *fp, size_t *len_out)
{
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap + 1);
    if (!buf) return NULL;
    for (;;) {
        size_t n = fread(buf + len, 1, cap - len, fp);
        len += n;
        if (len < cap) {
            if (ferror(fp)) {
                free(buf);
                return NULL;
            }
            break;
        }
        char *nb = realloc(buf, cap * 2 + 1);
        if (!nb) {
            free(buf);
            errno = ENOMEM;
            return NULL;
        }
        buf = nb;
        cap *= 2;
    }
    buf[len] = 0;
    *len_out = len;
    return buf;
}

static char *abs_path(const char *path)
{
    if (path[0] == '/') return strdup(path);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *r = malloc(n);
    if (!r) return NULL;
    snprintf(r, n, "%s/%s", cwd, path);
    return r;
}

/* The last flush before finalizing, as CPython's: a sys.stdout that cannot flush (say a
 * class with only write()) is reported as unraisable and the exit status becomes 120. */
static bool final_flush_failed(void)
{
    bool failed = false;
    const char *names[2] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        Value s = sys_get_stream(names[i]);
        if (!s || s == NONE) continue;
        Value closed = obj_getattr_cstr(s, "closed");
        int is_closed = closed ? obj_truthy(closed) : 0;
        XDECREF(closed);
        if (err_occurred()) err_clear();
        if (is_closed > 0) continue;
        Value r = obj_call_method(s, "flush", NULL, 0);
        if (r) {
            DECREF(r);
            continue;
        }
        failed = true;
        if (i == 0) vm_write_unraisable(s);
        else err_clear();
    }
    fflush(stdout);
    fflush(stderr);
    return failed;
}

/* An uncaught KeyboardInterrupt ended the program (see main). */
static volatile int uncaught_keyboard_interrupt;

/* The exit status for an exception that reached the top. */
static int handle_uncaught(void)
{
    Value exc = err_fetch();
    if (!exc) return 1;
    int status;
    if (IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcSystemExit)) {
        status = vm_handle_system_exit(exc);
    } else {
        sys_flush_std_streams();
        status = sys_display_uncaught(exc);
        if (status < 0) status = IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcKeyboardInterrupt) ? 130 : 1;
        if (IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcKeyboardInterrupt)) uncaught_keyboard_interrupt = 1;
    }
    DECREF(exc);
    if (err_occurred()) err_clear();
    return status;
}

/* atexit is written in Python: when it was imported, its callbacks run before the main
 * module's globals are cleared (and after an uncaught exception was printed), as in CPython. */
static void run_atexit_callbacks(void)
{
    if (!vm.modules || !IS_DICT(vm.modules)) return;
    Value mod = dict_get_cstr(vm.modules, "atexit");
    if (!mod) {
        if (err_occurred()) err_clear();
        return;
    }
    INCREF(mod);
    Value r = obj_call_method(mod, "_run_exitfuncs", NULL, 0);
    DECREF(mod);
    if (r) DECREF(r);
    else err_clear();
    sys_flush_std_streams();
}

/* At exit CPython 3.11 drops __main__ from sys.modules; its namespace, in a cycle with the
 * functions defined there, is then collected as garbage: the finalizers (generators'
 * finally blocks, __del__) run first, in the order their objects were made, with every
 * global still bound, and only then are the values released. This detaches the module;
 * the collection runs once the caller dropped its own reference. (The collector keeps
 * tracked every generator whose closing runs code, vm/gc.c.) A module kept alive from
 * elsewhere is emptied later with the other modules (vm_finalize). */
static void detach_main_module(void)
{
    Value name = str_from_cstr("__main__");
    if (!name) {
        err_clear();
        return;
    }
    if (vm.modules && IS_DICT(vm.modules) && dict_del_opt(vm.modules, name) < 0) err_clear();
    DECREF(name);
}

static Value main_module_dict(const char *file)
{
    Value name = str_from_cstr("__main__");
    if (!name) return VNULL;
    Value mod = module_new(name);
    if (!mod) { DECREF(name); return VNULL; }
    Value d = ((ModuleObj *)AS_OBJ(mod))->dict;
    int rc = 0;
    if (vm.modules) rc |= dict_set(vm.modules, name, mod);
    if (vm.builtins_module) rc |= dict_set(d, NAME(__builtins__), vm.builtins_module);
    if (file) {
        Value f = str_from_cstr(file);
        if (!f) rc = -1;
        else {
            rc |= dict_set(d, NAME(__file__), f);
            DECREF(f);
        }
        rc |= dict_set_cstr(d, "__cached__", NONE);
    }
    DECREF(name);
    if (rc) {
        DECREF(mod);
        return VNULL;
    }
    INCREF(d);
    DECREF(mod);   /* sys.modules keeps it */
    return d;
}

enum { MODE_RUN, MODE_CMD, MODE_MODULE, MODE_TOKENS, MODE_AST, MODE_DIS };

struct Job {
    int argc;
    char **argv;
    int status;
};

static int dump_front_end(int mode, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        int e = errno;
        char *ap = abs_path(path);
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", progname, ap ? ap : path, e, strerror(e));
        free(ap);
        return 2;
    }
    size_t len;
    char *src = read_file(fp, &len);
    fclose(fp);
    if (!src) {
        fprintf(stderr, "%s: can't read file '%s'\n", progname, path);
        return 2;
    }
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    int status = 0;
    if (mode == MODE_TOKENS) {
        if (lex_dump_tokens(src, len, stdout, &err) < 0) {
            fflush(stdout);
            err_set_syntax(&err, path, src, len);
            status = handle_uncaught();
        }
    } else {
        Arena *a = arena_new();
        Module *m = a ? parse_source(a, src, len, 0, &err) : NULL;
        if (!m) {
            if (!err_occurred()) err_set_syntax(&err, path, src, len);
            status = handle_uncaught();
        } else if (mode == MODE_AST) {
            ast_dump(m, stdout);
        } else {
            vm_register_source(path, src, len);
            memset(&err, 0, sizeof err);
            Code *c = compile_module(m, path, COMPILE_FILE, &err);
            if (!c) {
                if (err.msg[0]) {
                    err_clear();
                    err_set_syntax(&err, path, src, len);
                }
                status = handle_uncaught();
            } else {
                dis_code(c, stdout);
                DECREF(OBJ_VAL(c));
            }
        }
        if (a) arena_free(a);
    }
    free(src);
    fflush(stdout);
    return status;
}

/* sys.path or sys.argv (borrowed), or VNULL. */
static Value sys_list(const char *name)
{
    if (!vm.sys_module) return VNULL;
    Value v = dict_get_cstr(((ModuleObj *)AS_OBJ(vm.sys_module))->dict, name);
    if (!v && err_occurred()) err_clear();
    return v && IS_LIST(v) && LIST_LEN(v) > 0 ? v : VNULL;
}

static void list_put_cstr(Value list, size_t i, const char *s)
{
    Value v = list ? str_from_cstr(s) : VNULL;
    if (!v) {
        err_clear();
        return;
    }
    Value old = LIST_ITEMS(list)[i];
    LIST_ITEMS(list)[i] = v;
    DECREF(old);
}

static bool path_is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* "-m name: ... (ExcType: message)" for an exception raised while finding name. */
static int module_spec_error(const char *name)
{
    Value exc = err_fetch();
    Value msg = exc ? obj_str(exc) : VNULL;
    if (!msg) err_clear();
    fprintf(stderr, "%s: Error while finding module specification for '%s' (%s: %s)\n", progname, name,
            exc ? type_name(exc) : "ImportError", msg ? STR_DATA(msg) : "");
    XDECREF(msg);
    XDECREF(exc);
    return 1;
}

/* -m name: where CPython's runpy finds the module run as __main__. For a.b.c the package a.b
 * is imported first (its __init__ runs) and c is looked for on its __path__; otherwise the
 * library embedded in minipy comes first, then sys.path, as import does. A package runs its
 * __main__ submodule. *path_out: the file (malloc'd). Returns 0, or prints CPython's message
 * and returns the exit status. */
static int find_main_module(const char *name, char **src_out, size_t *len_out, char **path_out)
{
    const char *dot = strrchr(name, '.');
    Value search = VNULL;
    const char *base = name;
    if (dot) {
        Value pn = str_from_utf8(name, (size_t)(dot - name));
        Value m = pn ? import_module(pn, VNULL, 0) : VNULL;
        if (!m) {
            XDECREF(pn);
            return module_spec_error(name);
        }
        DECREF(m);
        Value pm = dict_get(vm.modules, pn);
        search = pm ? obj_getattr_opt(pm, NAME(__path__)) : VNULL;
        if (!search) {
            if (err_occurred()) err_clear();
            fprintf(stderr,
                    "%s: Error while finding module specification for '%s' (ModuleNotFoundError: __path__ "
                    "attribute not found on '%s' while trying to find '%s')",
                    progname, name, STR_DATA(pn), name);
            if (strcmp(dot, ".py") == 0)
                fprintf(stderr, ". Try using '%s' instead of '%s' as the module name.", STR_DATA(pn), name);
            fprintf(stderr, "\n");
            DECREF(pn);
            return 1;
        }
        DECREF(pn);
        base = dot + 1;
    } else {
        Value names = import_builtin_names();
        if (names) {
            for (size_t k = 0; k < TUPLE_LEN(names); k++)
                if (str_eq_cstr(TUPLE_ITEMS(names)[k], name)) {
                    DECREF(names);
                    fprintf(stderr, "%s: No code object available for %s\n", progname, name);
                    return 1;
                }
            DECREF(names);
        } else
            err_clear();
        size_t n;
        const char *emb = pymod_source(name, &n);
        if (emb) {
            *src_out = malloc(n + 1);
            size_t pl = strlen(name) + 16;
            *path_out = malloc(pl);
            if (!*src_out || !*path_out) {
                fprintf(stderr, "%s: out of memory\n", progname);
                return 1;
            }
            memcpy(*src_out, emb, n);
            (*src_out)[n] = 0;
            *len_out = n;
            snprintf(*path_out, pl, "<frozen %s>", name);
            return 0;
        }
        search = sys_list("path");
        if (search) INCREF(search);
    }
    size_t nsearch = search && IS_LIST(search) ? LIST_LEN(search) : 0;
    for (size_t k = 0; k < nsearch; k++) {
        Value d = LIST_ITEMS(search)[k];
        if (!IS_STR(d)) continue;
        const char *dir = *STR_DATA(d) ? STR_DATA(d) : ".";
        size_t n = strlen(dir) + strlen(base) + 32;
        char *p = malloc(n);
        if (!p) break;
        snprintf(p, n, "%s/%s/__init__.py", dir, base);
        if (path_is_file(p)) {
            free(p);
            DECREF(search);
            size_t mn = strlen(name) + 16;
            char *sub = malloc(mn);
            if (!sub) return 1;
            snprintf(sub, mn, "%s.__main__", name);
            /* the package is imported by finding its __main__, as runpy does */
            int r = find_main_module(sub, src_out, len_out, path_out);
            if (r == 2) {
                fprintf(stderr, "%s: No module named %s; '%s' is a package and cannot be directly executed\n",
                        progname, sub, name);
                r = 1;
            }
            free(sub);
            return r;
        }
        snprintf(p, n, "%s/%s.py", dir, base);
        if (path_is_file(p)) {
            DECREF(search);
            FILE *fp = fopen(p, "rb");
            *src_out = fp ? read_file(fp, len_out) : NULL;
            if (fp) fclose(fp);
            char *real = realpath(p, NULL);
            *path_out = real ? real : abs_path(p);
            free(p);
            if (!*src_out) {
                fprintf(stderr, "%s: can't read file '%s'\n", progname, *path_out ? *path_out : name);
                return 1;
            }
            return 0;
        }
        free(p);
    }
    XDECREF(search);
    /* 2: not found, which a package's missing __main__ reports its own way */
    if (dot && strcmp(dot, ".__main__") == 0) return 2;
    fprintf(stderr, "%s: No module named %s\n", progname, name);
    return 1;
}

static int run_main(int argc, char **argv)
{
    if (argc > 0 && argv[0] && *argv[0]) progname = argv[0];   /* as CPython names itself in messages */
    int i = 1;
    int mode = MODE_RUN;
    const char *cmd = NULL;
    const char *file = NULL;
    bool inspect = false;
    bool unbuffered = false, ignore_env = false, quiet = false;
    const char *modname = NULL;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("%s\n", VERSION_TEXT);
            return 0;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(a, "--tokens") == 0 || strcmp(a, "--ast") == 0 || strcmp(a, "--dis") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n", a);
                usage(stderr);
                return 2;
            }
            mode = a[2] == 't' ? MODE_TOKENS : a[2] == 'a' ? MODE_AST : MODE_DIS;
            file = argv[i + 1];
            i += 2;
            break;
        }
        if (strcmp(a, "--trace") == 0) {
            vm.trace = true;   /* vm/trace.c: generator suspensions and resumptions on stderr */
            continue;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            fprintf(stderr, "unknown option %s\n", a);
            return usage_error();
        }
        /* One-letter options cluster as with getopt (-iq); -c and -m take the rest of the
         * word or the next one (-cCODE, -c CODE) and end the options. */
        bool last = false;
        for (const char *p = a + 1; *p && !last; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *arg = p[1] ? p + 1 : i + 1 < argc ? argv[++i] : NULL;
                if (!arg) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    return usage_error();
                }
                if (*p == 'c') {
                    cmd = arg;
                    mode = MODE_CMD;
                } else {
                    modname = arg;
                    mode = MODE_MODULE;
                }
                last = true;
                break;
            }
            case 'i': inspect = true; break;
            case 'q': quiet = true; break;
            case 'u': unbuffered = true; break;
            case 'E': ignore_env = true; break;
            case 'B': case 's': case 'S': break;   /* accepted for compatibility; no effect */
            case 'V':
                printf("%s\n", VERSION_TEXT);
                return 0;
            case 'h':
            case '?':
                usage(stdout);
                return 0;
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                return usage_error();
            }
        }
        if (last) {
            i++;
            break;
        }
    }

    /* Buffering as CPython's: -u or a non-empty PYTHONUNBUFFERED (unless -E) makes stdout and
     * stderr unbuffered; otherwise stderr is line-buffered and stdout keeps stdio's choice
     * (line-buffered on a terminal, block-buffered on a pipe or file). */
    const char *ub = ignore_env ? NULL : getenv("PYTHONUNBUFFERED");
    if (unbuffered || (ub && *ub)) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    } else {
        setvbuf(stderr, NULL, _IOLBF, BUFSIZ);
    }

    /* sys.argv: ['-c', args...] for -c, ['-m', args...] for -m until the module is found
     * (then its path), [file, args...] for a file, [''] for stdin */
    char *empty_argv[2] = {"", NULL};
    char *cmd_argv0 = "-c", *mod_argv0 = "-m";
    int sargc;
    char **sargv;
    if (mode == MODE_CMD || mode == MODE_MODULE) {
        sargc = argc - i + 1;
        sargv = argv + i - 1;   /* the code or module name (or the whole -cCODE) becomes "-c"/"-m" */
        sargv[0] = mode == MODE_CMD ? cmd_argv0 : mod_argv0;
    } else if (mode == MODE_RUN && i < argc) {
        file = argv[i];
        sargc = argc - i;
        sargv = argv + i;
        if (strcmp(file, "-") == 0) file = NULL;
    } else if (mode == MODE_RUN) {
        sargc = 1;
        sargv = empty_argv;
    } else {
        sargc = 1;
        sargv = (char **)&file;
    }
    char *dir_main = NULL;   /* a directory given as the program runs its __main__.py */
    if (mode == MODE_RUN && file) {
        struct stat st;
        if (stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
            size_t n = strlen(file) + 16;
            dir_main = malloc(n);
            if (dir_main) snprintf(dir_main, n, "%s/__main__.py", file);
            if (!dir_main || !path_is_file(dir_main)) {
                char *ap = abs_path(file);
                fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", progname, ap ? ap : file);
                free(ap);
                free(dir_main);
                return 1;
            }
        }
        FILE *fp = fopen(dir_main ? dir_main : file, "rb");
        if (!fp) {
            int e = errno;
            char *ap = abs_path(file);
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", progname, ap ? ap : file, e,
                    strerror(e));
            free(ap);
            return 2;
        }
        fclose(fp);
    }

    if (vm_init(sargc, sargv) < 0) {
        if (err_occurred()) {
            Value e = err_fetch();
            vm_print_exception(e);
            DECREF(e);
        }
        fprintf(stderr, "%s: initialization failed\n", progname);
        return 1;
    }
    if (vm.recursion_limit <= 0) vm.recursion_limit = 1000;

    int status = 0;
    if (mode == MODE_TOKENS || mode == MODE_AST || mode == MODE_DIS) {
        status = dump_front_end(mode, file);
        sys_flush_std_streams();
        vm_finalize();
        return status;
    }

    char *src = NULL;
    size_t len = 0;
    char *path = NULL;
    const char *filename;
    if (mode == MODE_CMD) {
        src = strdup(cmd);
        len = strlen(cmd);
        filename = "<string>";
    } else if (file) {
        if (dir_main) {
            /* as CPython: the directory heads sys.path, its __main__.py runs */
            char *real = realpath(file, NULL);
            if (real) list_put_cstr(sys_list("path"), 0, real);
            free(real);
            file = dir_main;
        }
        FILE *fp = fopen(file, "rb");
        src = fp ? read_file(fp, &len) : NULL;
        if (fp) fclose(fp);
        if (!src) {
            int e = errno;
            path = abs_path(file);
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", progname, path ? path : file, e,
                    strerror(e));
            free(path);
            vm_finalize();
            return 2;
        }
        path = abs_path(file);
        filename = path ? path : file;
    } else if (mode == MODE_MODULE) {
        /* as CPython: sys.path[0] is the current directory, sys.argv[0] the module's file */
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd)) list_put_cstr(sys_list("path"), 0, cwd);
        status = find_main_module(modname, &src, &len, &path);
        if (status) {
            free(src);
            free(path);
            sys_flush_std_streams();
            vm_finalize();
            return status;
        }
        list_put_cstr(sys_list("argv"), 0, path);
        filename = path;
    } else if (isatty(0) || inspect) {
        /* no program: the interactive prompt (forced by -i even on a pipe) */
        src = strdup("");
        filename = "<stdin>";
        inspect = true;
        if (!quiet)
            fprintf(stderr, "%s on linux\nType \"exit()\" or Ctrl-D (i.e. EOF) to leave.\n", VERSION_TEXT);
    } else {
        src = read_file(stdin, &len);
        filename = "<stdin>";
    }
    if (!src) {
        fprintf(stderr, "%s: out of memory\n", progname);
        return 1;
    }

    Value globals = main_module_dict(mode == MODE_MODULE && path[0] != '<' ? path
                                     : mode == MODE_CMD || mode == MODE_MODULE || !file ? NULL : filename);
    if (!globals) {
        status = handle_uncaught();
    } else {
        Value r = vm_run_source(src, len, filename, globals);
        if (r) DECREF(r);
        else if (inspect) {
            /* with -i even SystemExit is only reported: the prompt follows, as in CPython */
            Value exc = err_fetch();
            sys_flush_std_streams();
            if (exc) {
                sys_display_uncaught(exc);
                DECREF(exc);
            }
            if (err_occurred()) err_clear();
        } else
            status = handle_uncaught();
        if (inspect) {
            sys_flush_std_streams();
            status = repl_run(globals);
        }
        sys_flush_std_streams();
        run_atexit_callbacks();
        detach_main_module();
        DECREF(globals);
        gc_collect_full();
        if (err_occurred()) err_clear();
    }
    if (final_flush_failed()) status = 120;
    if (err_occurred()) err_clear();
    vm_finalize();
    free(src);
    free(path);
    free(dir_main);
    return status;
}

static void *thread_main(void *arg)
{
    struct Job *j = arg;
    j->status = run_main(j->argc, j->argv);
    return NULL;
}

int main(int argc, char **argv)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    /* The interpreter runs on a thread with a large stack: C code that calls back into
     * Python (sorted(key=...), __init__ from type calls) nests on the C stack. */
    struct Job job = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t th;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, (size_t)512 << 20) == 0 &&
        pthread_create(&th, &attr, thread_main, &job) == 0) {
        /* Ctrl-C must reach the interpreter's thread, to interrupt a read() it waits in (the
         * prompt, input(), sleep): this thread only waits, so it blocks the signal. */
        sigset_t block;
        sigemptyset(&block);
        sigaddset(&block, SIGINT);
        pthread_sigmask(SIG_BLOCK, &block, NULL);
        pthread_join(th, NULL);
    } else {
        vm_c_depth_max = 1000;   /* the default 8 MB stack */
        job.status = run_main(argc, argv);
    }
    fflush(stdout);
    fflush(stderr);
    if (uncaught_keyboard_interrupt && job.status == 130) {
        /* As CPython: die by SIGINT itself, so that a calling shell or script sees the
         * interruption and stops too. (Exit handlers do not run then: the leak check first.) */
#if defined(__SANITIZE_ADDRESS__)
        __lsan_do_leak_check();
#endif
        signal(SIGINT, SIG_DFL);
        sigset_t unblock;
        sigemptyset(&unblock);
        sigaddset(&unblock, SIGINT);
        pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
        kill(getpid(), SIGINT);
    }
    return job.status;
}
