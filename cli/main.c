/* minipy's command line: run a file or -c code, or dump tokens, AST or bytecode. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "object.h"
#include "code.h"
#include "frame.h"
#include "run.h"
#include "compile.h"
#include "lexer.h"
#include "ast.h"
#include "modules.h"

#define VERSION_TEXT "minipy 0.1 (Python 3.11 compatible)"

static const char *progname = "minipy";

static void usage(FILE *out)
{
    fprintf(out,
            "usage: %s [option] ... [-c cmd | file | -] [arg] ...\n"
            "Options:\n"
            "-c cmd    : program passed in as string (terminates option list)\n"
            "-h        : print this help message and exit (also -? or --help)\n"
            "-i        : inspect interactively after running script\n"
            "-V        : print the version number and exit (also --version)\n"
            "--tokens FILE : print the tokens of FILE\n"
            "--ast FILE    : print the syntax tree of FILE\n"
            "--dis FILE    : print the bytecode of FILE\n"
            "file      : program read from script file\n"
            "-         : program read from stdin (default; interactive mode if a tty)\n"
            "arg ...   : arguments passed to program in sys.argv[1:]\n",
            progname);
}

static void on_sigint(int sig)
{
    (void)sig;
    vm_sigint_pending = 1;
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

static void flush_std_streams(void)
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

/* The exit status for an exception that reached the top. */
static int handle_uncaught(void)
{
    Value exc = err_fetch();
    if (!exc) return 1;
    int status;
    if (IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcSystemExit)) {
        status = vm_handle_system_exit(exc);
    } else {
        flush_std_streams();
        status = sys_display_uncaught(exc);
        if (status < 0) status = IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcKeyboardInterrupt) ? 130 : 1;
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
    flush_std_streams();
}

/* At exit the main module's globals go, in insertion order, as CPython 3.11 releases them:
 * finalizers (__del__, generators' finally blocks) run while sys.stdout still works. */
static void clear_main_globals(Value d)
{
    Value keys = dict_keys_list(d);
    if (!keys) {
        err_clear();
        return;
    }
    for (size_t i = 0; i < LIST_LEN(keys); i++) {
        Value k = LIST_ITEMS(keys)[i];
        if (IS_STR(k) && str_eq(k, NAME(__builtins__))) continue;
        if (dict_set(d, k, NONE) < 0) err_clear();
    }
    DECREF(keys);
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

enum { MODE_RUN, MODE_CMD, MODE_TOKENS, MODE_AST, MODE_DIS };

/* One line from stdin into *buf (grown as needed); 0 at end of input. A Ctrl-C while
 * waiting clears the line and reports KeyboardInterrupt as CPython's prompt does. */
static int repl_readline(const char *prompt, char **buf, size_t *cap, size_t *len, int *interrupted)
{
    fputs(prompt, stdout);
    fflush(stdout);
    *len = 0;
    *interrupted = 0;
    for (;;) {
        if (*len + 2 >= *cap) {
            size_t nc = *cap ? *cap * 2 : 256;
            char *nb = realloc(*buf, nc);
            if (!nb) return 0;
            *buf = nb;
            *cap = nc;
        }
        int c = getchar();
        if (c == EOF) {
            if (ferror(stdin) && vm_sigint_pending) {
                clearerr(stdin);
                vm_sigint_pending = 0;
                *interrupted = 1;
                return 1;
            }
            (*buf)[*len] = 0;
            return *len > 0;
        }
        (*buf)[(*len)++] = (char)c;
        if (c == '\n') break;
    }
    (*buf)[*len] = 0;
    return 1;
}

static bool line_is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') return false;
    return true;
}

/* Does the source need more lines: an unfinished construct, or a compound statement
 * not yet closed by an empty line? */
static bool repl_needs_more(const char *src, size_t len, bool last_blank)
{
    Arena *a = arena_new();
    if (!a) return false;
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Module *m = parse_source(a, src, len, 1, &err);
    bool more = false;
    if (!m) more = strcmp(err.msg, "incomplete input") == 0;
    else if (!last_blank) {
        const char *e = src;
        while (*e && *e != '\n') e++;
        while (e > src && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
        more = e > src && e[-1] == ':';
    }
    arena_free(a);
    if (err_occurred()) err_clear();
    return more;
}

/* sys.displayhook for the REPL when sys does not provide one: repr to sys.stdout, kept in
 * builtins._ . */
static Value repl_displayhook(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (arg_no_kw("displayhook", kwnames) < 0 || arg_count("displayhook", nargs, 1, 1) < 0) return VNULL;
    Value v = args[0];
    if (v == NONE) RETURN_NONE;
    if (vm.builtins && dict_set_cstr(vm.builtins, "_", NONE) < 0) return VNULL;
    Value r = obj_repr(v);
    if (!r) return VNULL;
    Value out = sys_get_stream("stdout");
    int rc = 0;
    if (out && out != NONE) {
        rc = file_write_str(out, r);
        if (rc == 0) rc = file_write_cstr(out, "\n");
    } else
        printf("%s\n", STR_DATA(r));
    DECREF(r);
    if (rc < 0) return VNULL;
    if (vm.builtins && dict_set_cstr(vm.builtins, "_", v) < 0) return VNULL;
    RETURN_NONE;
}
static const MethodDef repl_displayhook_def = {"displayhook", repl_displayhook, 0};

/* The interactive loop: statements run in the main module, expression values shown by
 * sys.displayhook. Returns the exit status (SystemExit ends it). */
static int repl(Value globals)
{
    char *line = NULL, *src = NULL;
    size_t cap = 0, len = 0, scap = 0, slen = 0;
    int status = 0, intr;
    if (vm.sys_module) {
        Value dh = obj_getattr_opt(vm.sys_module, str_intern_cstr("displayhook"));
        if (dh) DECREF(dh);
        else {
            err_clear();
            Value f = builtin_new(&repl_displayhook_def, VNULL);
            if (f) {
                if (obj_setattr(vm.sys_module, str_intern_cstr("displayhook"), f) < 0) err_clear();
                DECREF(f);
            } else
                err_clear();
        }
    }
    for (;;) {
        if (!repl_readline(">>> ", &line, &cap, &len, &intr)) {
            fputs("\n", stdout);
            break;
        }
        if (intr) {
            fputs("\nKeyboardInterrupt\n", stderr);
            continue;
        }
        if (line_is_blank(line)) continue;
        slen = 0;
        for (;;) {
            if (slen + len + 1 > scap) {
                scap = (slen + len + 1) * 2;
                char *ns = realloc(src, scap);
                if (!ns) goto out;
                src = ns;
            }
            memcpy(src + slen, line, len + 1);
            slen += len;
            if (!repl_needs_more(src, slen, line_is_blank(line))) break;
            if (!repl_readline("... ", &line, &cap, &len, &intr) || intr) {
                if (intr) fputs("\nKeyboardInterrupt\n", stderr);
                slen = intr ? 0 : slen;
                break;
            }
        }
        if (!slen) continue;
        Value r = vm_run_string(src, slen, "<stdin>", 1, globals, VNULL);
        if (r) {
            DECREF(r);
            continue;
        }
        Value exc = err_fetch();
        if (exc && IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcSystemExit)) {
            status = vm_handle_system_exit(exc);
            DECREF(exc);
            goto out;
        }
        flush_std_streams();
        if (exc) {
            sys_display_uncaught(exc);
            DECREF(exc);
        }
        if (err_occurred()) err_clear();
    }
out:
    free(line);
    free(src);
    return status;
}

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

static int run_main(int argc, char **argv)
{
    int i = 1;
    int mode = MODE_RUN;
    const char *cmd = NULL;
    const char *file = NULL;
    bool inspect = false;
    bool unbuffered = false, ignore_env = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                usage(stderr);
                return 2;
            }
            cmd = argv[i + 1];
            mode = MODE_CMD;
            i++;
            break;
        }
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
        if (strcmp(a, "-i") == 0) {
            inspect = true;
            continue;
        }
        if (strcmp(a, "-u") == 0) {
            unbuffered = true;
            continue;
        }
        if (strcmp(a, "-E") == 0) {
            ignore_env = true;
            continue;
        }
        if (strcmp(a, "-B") == 0 || strcmp(a, "-s") == 0 || strcmp(a, "-S") == 0)
            continue;   /* accepted for compatibility; no effect */
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        fprintf(stderr, "Unknown option: %s\n", a);
        fprintf(stderr, "usage: %s [option] ... [-c cmd | file | -] [arg] ...\n", progname);
        fprintf(stderr, "Try `%s -h' for more information.\n", progname);
        return 2;
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

    /* sys.argv: ['-c', args...] for -c, [file, args...] for a file, [''] for stdin */
    char *empty_argv[2] = {"", NULL};
    char *cmd_argv0 = "-c";
    int sargc;
    char **sargv;
    if (mode == MODE_CMD) {
        sargc = argc - i;
        sargv = argv + i;
        sargv[0] = cmd_argv0;   /* argv[i] is the -c code itself: replaced by "-c" */
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
    if (mode == MODE_RUN && file) {
        FILE *fp = fopen(file, "rb");
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
        flush_std_streams();
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
    } else if (isatty(0)) {
        src = strdup("");
        filename = "<stdin>";
        inspect = true;
        fprintf(stderr, "%s\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
                VERSION_TEXT);
    } else {
        src = read_file(stdin, &len);
        filename = "<stdin>";
    }
    if (!src) {
        fprintf(stderr, "%s: out of memory\n", progname);
        return 1;
    }

    Value globals = main_module_dict(mode == MODE_CMD || !file ? NULL : filename);
    if (!globals) {
        status = handle_uncaught();
    } else {
        Value r = vm_run_source(src, len, filename, globals);
        bool exited = false;
        if (r) DECREF(r);
        else {
            exited = err_matches(ExcSystemExit);
            status = handle_uncaught();
        }
        if (inspect && !exited) {
            flush_std_streams();
            status = repl(globals);
        }
        flush_std_streams();
        run_atexit_callbacks();
        clear_main_globals(globals);
        DECREF(globals);
    }
    flush_std_streams();
    if (err_occurred()) err_clear();
    vm_finalize();
    free(src);
    free(path);
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
        pthread_join(th, NULL);
    } else {
        vm_c_depth_max = 1000;   /* the default 8 MB stack */
        job.status = run_main(argc, argv);
    }
    fflush(stdout);
    fflush(stderr);
    return job.status;
}
