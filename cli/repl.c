/* The interactive loop: prompts, when a statement is complete, running it with its value
 * shown, and (on a terminal) line editing, history and tab completion through libedit. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "object.h"
#include "frame.h"
#include "run.h"
#include "ast.h"
#include "modules.h"
#include "repl.h"

/* ---- what the lines typed so far amount to ---- */

typedef struct {
    bool cont;            /* inside brackets, a triple-quoted string, or after a backslash */
    bool backslash;       /* the last line ends with a backslash */
    bool has_tokens;      /* anything but blanks and comments */
    char first_sig;       /* the first significant character */
    size_t first_start;   /* offset of the first logical line */
    size_t last_start;    /* offset of the physical line where the newest logical line starts */
    char last_sig;        /* the last significant character (outside comments) */
    char prev_sig;        /* the last significant character of the logical line before */
    size_t header_start;  /* the first logical line that is not a decorator */
} Scan;

/* A light tokenizer: enough to know whether Python needs more lines before the parser can
 * say anything (brackets, strings, comments and backslashes), and where logical lines begin. */
static void scan_source(const char *s, size_t n, Scan *sc)
{
    memset(sc, 0, sizeof *sc);
    int depth = 0;
    char q = 0;         /* quote of the open string */
    bool triple = false;
    size_t line = 0;    /* start of the current physical line */
    long logical = -1;  /* start of the logical line being read */
    bool first_done = false, header_done = false;
    char line_sig = 0, closed_sig = 0;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (q) {
            if (c == '\\' && i + 1 < n) {
                if (s[i + 1] == '\n') line = i + 2;
                i += 2;
                continue;
            }
            if (c == '\n') {
                line = i + 1;
                if (!triple) q = 0;   /* an unterminated string: the parser reports it */
                i++;
                continue;
            }
            if (c == q) {
                if (!triple) {
                    q = 0;
                    i++;
                    continue;
                }
                if (i + 2 < n && s[i + 1] == q && s[i + 2] == q) {
                    q = 0;
                    i += 3;
                    continue;
                }
            }
            i++;
            continue;
        }
        if (c == '#') {
            while (i < n && s[i] != '\n') i++;
            continue;
        }
        if (c == '\n') {
            i++;
            line = i;
            if (depth == 0 && logical >= 0) {
                sc->last_start = (size_t)logical;
                logical = -1;
                sc->prev_sig = closed_sig;
                closed_sig = line_sig;
            }
            continue;
        }
        if (c == '\\' && i + 1 < n && s[i + 1] == '\n') {
            sc->has_tokens = true;   /* a line joined to the next one is not blank */
            i += 2;
            line = i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
            i++;
            continue;
        }
        if (logical < 0) {
            logical = (long)line;
            if (!header_done && c != '@') {
                sc->header_start = line;
                header_done = true;
            }
            if (!first_done) {
                sc->first_start = line;
                sc->first_sig = c;
                first_done = true;
            }
        }
        sc->has_tokens = true;
        sc->last_sig = line_sig = c;
        if (c == '"' || c == '\'') {
            q = c;
            triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            i += triple ? 3 : 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
        i++;
    }
    if (logical >= 0) {
        sc->last_start = (size_t)logical;
        sc->prev_sig = closed_sig;
    }
    if (!header_done) sc->header_start = n;
    sc->backslash = n >= 2 && s[n - 1] == '\n' && s[n - 2] == '\\' && !q;
    sc->cont = (q && triple) || depth > 0 || sc->backslash;
}

static bool is_word_at(const char *s, const char *w)
{
    size_t k = strlen(w);
    if (strncmp(s, w, k) != 0) return false;
    char c = s[k];
    return !(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             (unsigned char)c >= 0x80);
}

/* The width CPython's caret has under the first token of a line. */
static int first_token_width(const char *s)
{
    int w = 0;
    while (s[w] == '_' || (s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z') ||
           (s[w] >= '0' && s[w] <= '9') || (unsigned char)s[w] >= 0x80)
        w++;
    return w ? w : 1;
}

enum { NEED_MORE, RUN_SINGLE, RUN_NOTHING, SHOW_ERROR_FILE, SHOW_ERROR_COL0 };

static bool is_compound(const Stmt *st)
{
    switch (st->kind) {
    case S_FUNCTIONDEF: case S_CLASSDEF: case S_FOR: case S_WHILE: case S_IF: case S_WITH: case S_TRY:
    case S_MATCH:
        return true;
    default:
        return false;
    }
}

/* As CPython's interactive tokenizer: a simple statement runs at the end of its line, a
 * compound one once an empty line ends it, and a new statement at column 0 after a compound
 * one is a syntax error at once. *errline gets the line of that error. */
static int repl_decide(const char *src, size_t len, bool at_eof, int *errline)
{
    Scan sc;
    scan_source(src, len, &sc);
    if (!sc.has_tokens) return RUN_NOTHING;
    bool last_empty = at_eof || (len >= 2 && src[len - 1] == '\n' && src[len - 2] == '\n');
    /* a newest logical line at column 0 that does not continue the first statement */
    bool new_stmt = false;
    /* after a header (a line ending in ':') the parser says what is wrong: no indented block */
    if (sc.last_start > sc.header_start && sc.prev_sig != ':') {
        const char *l = src + sc.last_start;
        new_stmt = *l != ' ' && *l != '\t' && *l != '\f' && !is_word_at(l, "else") && !is_word_at(l, "elif") &&
                   !is_word_at(l, "except") && !is_word_at(l, "finally");
        if (new_stmt) {
            int ln = 1;
            for (size_t k = 0; k < sc.last_start; k++) ln += src[k] == '\n';
            *errline = ln;
        }
    }
    const char *f = src + sc.header_start;
    bool compound_head = sc.first_sig == '@' || is_word_at(f, "if") || is_word_at(f, "while") ||
                         is_word_at(f, "for") || is_word_at(f, "try") || is_word_at(f, "with") ||
                         is_word_at(f, "def") || is_word_at(f, "class") || is_word_at(f, "async");
    if (new_stmt && compound_head) return SHOW_ERROR_COL0;
    if (sc.backslash && !at_eof) return NEED_MORE;
    Arena *a = arena_new();
    if (!a) return RUN_SINGLE;   /* running it reports the MemoryError */
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Module *m = parse_source(a, src, len, 1, &err);
    int what;
    if (sc.cont && !at_eof) {
        /* inside brackets or a string: more lines, unless what is there is wrong already */
        what = !m && strcmp(err.msg, "incomplete input") != 0 ? RUN_SINGLE : NEED_MORE;
    } else if (m) {
        bool compound = m->body.len > 0 && is_compound(m->body.items[0]);
        if (compound && new_stmt) what = SHOW_ERROR_COL0;
        else if (compound && !last_empty) what = NEED_MORE;
        else what = RUN_SINGLE;
    } else if (strcmp(err.msg, "incomplete input") == 0) {
        const char *l = src + sc.last_start;
        bool indented = *l == ' ' || *l == '\t';
        if (last_empty) what = SHOW_ERROR_FILE;
        else if (new_stmt) what = SHOW_ERROR_COL0;
        else if (sc.last_sig == ':' || indented || sc.first_sig == '@' || is_word_at(f, "try"))
            what = NEED_MORE;   /* a block to come (`try: x` on one line: its handlers) */
        else what = SHOW_ERROR_FILE;
    } else {
        what = RUN_SINGLE;   /* compiling it raises the parser's error */
    }
    arena_free(a);
    if (err_occurred()) err_clear();
    return what;
}

/* ---- reading lines ---- */

static bool use_editline;
static char *history_path;

static Value sys_attr(const char *name)
{
    if (!vm.sys_module) return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(vm.sys_module))->dict;
    Value v = dict_get_cstr(d, name);
    if (!v && err_occurred()) err_clear();
    return v;
}

/* sys.ps1 or sys.ps2 as a C string (malloc'd), as CPython reads them before each prompt. */
static char *prompt_text(int which)
{
    Value p = sys_attr(which == 1 ? "ps1" : "ps2");
    if (p) {
        Value s = obj_str(p);
        if (s) {
            char *r = strdup(STR_DATA(s));
            DECREF(s);
            if (r) return r;
        } else
            err_clear();
    }
    return strdup(which == 1 ? ">>> " : "... ");
}

/* One line (with its newline) into a malloc'd string; NULL at end of input. A Ctrl-C while
 * waiting sets *interrupted instead. */
static char *read_line(const char *prompt, bool *interrupted)
{
    *interrupted = false;
    sys_flush_std_streams();
    vm_pending_take(VM_PENDING_SIGINT);   /* a Ctrl-C no statement saw must not cancel the next line */
    if (use_editline) {
        char *l = readline(prompt);
        if (vm_pending_take(VM_PENDING_SIGINT)) {   /* not a collection asked for by completion */
            free(l);
            *interrupted = true;
            return NULL;
        }
        if (!l) return NULL;
        if (*l) {
            HIST_ENTRY *h = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
            if (!h || strcmp(h->line, l) != 0) add_history(l);
        }
        size_t n = strlen(l);
        char *r = realloc(l, n + 2);
        if (!r) {
            free(l);
            return NULL;
        }
        r[n] = '\n';
        r[n + 1] = 0;
        return r;
    }
    /* Not a terminal (-i with a pipe): prompts go to stderr, as CPython writes them. */
    fputs(prompt, stderr);
    fflush(stderr);
    size_t cap = 128, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        int c = getc(stdin);
        if (c == EOF) {
            if (ferror(stdin) && (vm_pending_take(VM_PENDING_SIGINT) || errno == EINTR)) {
                clearerr(stdin);
                *interrupted = true;
                free(buf);
                return NULL;
            }
            if (n == 0) {
                free(buf);
                return NULL;
            }
            break;
        }
        if (n + 2 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        buf[n++] = (char)c;
        if (c == '\n') break;
    }
    buf[n] = 0;
    return buf;
}

/* ---- tab completion, as CPython's rlcompleter (written in Python, run on demand) ---- */

static const char completer_source[] =
    "import builtins as _builtins\n"
    "_KW = ('False None True and as assert async await break class continue def del elif else '\n"
    "       'except finally for from global if import in is lambda nonlocal not or pass raise '\n"
    "       'return try while with yield _ case match').split()\n"
    "_BARE = {'False', 'None', 'True', 'break', 'continue', 'pass', 'else', '_'}\n"
    "def _no_params(f, skip):\n"
    "    c = getattr(f, '__code__', None)\n"
    "    if c is None:\n"
    "        return False\n"
    "    return (c.co_argcount - skip <= 0 and c.co_kwonlyargcount == 0\n"
    "            and not c.co_flags & 12)\n"
    "def _empty_signature(v):\n"
    "    if isinstance(v, type):\n"
    "        for k in v.__mro__:\n"
    "            if k is object:\n"
    "                return True\n"
    "            d = k.__dict__\n"
    "            if '__init__' in d or '__new__' in d:\n"
    "                f = d['__init__'] if '__init__' in d else d['__new__']\n"
    "                return _no_params(f, 1)\n"
    "        return False\n"
    "    if hasattr(v, '__func__') and hasattr(v, '__self__'):\n"
    "        return _no_params(v.__func__, 1)\n"
    "    return _no_params(v, 0)\n"
    "def _postfix(v, word):\n"
    "    if callable(v):\n"
    "        word += '('\n"
    "        try:\n"
    "            if _empty_signature(v):\n"
    "                word += ')'\n"
    "        except Exception:\n"
    "            pass\n"
    "    return word\n"
    "def _members(k):\n"
    "    r = dir(k)\n"
    "    for b in getattr(k, '__bases__', ()):\n"
    "        r = r + _members(b)\n"
    "    return r\n"
    "def _is_word(s):\n"
    "    return all(ch == '_' or ch.isalnum() for ch in s)\n"
    "def _names(text, ns):\n"
    "    out = []\n"
    "    seen = {'__builtins__'}\n"
    "    n = len(text)\n"
    "    for w in _KW:\n"
    "        if w[:n] == text:\n"
    "            seen.add(w)\n"
    "            if w in ('finally', 'try'):\n"
    "                w += ':'\n"
    "            elif w not in _BARE:\n"
    "                w += ' '\n"
    "            out.append(w)\n"
    "    for space in (ns, _builtins.__dict__):\n"
    "        for w, v in list(space.items()):\n"
    "            if w[:n] == text and w not in seen:\n"
    "                seen.add(w)\n"
    "                out.append(_postfix(v, w))\n"
    "    return out\n"
    "def _attrs(text, ns):\n"
    "    dot = text.rfind('.')\n"
    "    expr, attr = text[:dot], text[dot + 1:]\n"
    "    k = 0\n"
    "    while k < len(attr) and _is_word(attr[k]):\n"
    "        k += 1\n"
    "    attr = attr[:k]\n"
    "    if not all(p and _is_word(p) for p in expr.split('.')):\n"
    "        return []\n"
    "    try:\n"
    "        obj = eval(expr, ns)\n"
    "    except Exception:\n"
    "        return []\n"
    "    words = set(dir(obj))\n"
    "    words.discard('__builtins__')\n"
    "    if hasattr(obj, '__class__'):\n"
    "        words.add('__class__')\n"
    "        words.update(_members(obj.__class__))\n"
    "    out = []\n"
    "    n = len(attr)\n"
    "    noprefix = '_' if attr == '' else '__' if attr == '_' else None\n"
    "    while True:\n"
    "        for w in words:\n"
    "            if w[:n] == attr and not (noprefix and w[:n + 1] == noprefix):\n"
    "                full = expr + '.' + w\n"
    "                if isinstance(getattr(type(obj), w, None), property):\n"
    "                    out.append(full)\n"
    "                    continue\n"
    "                v = getattr(obj, w, None)\n"
    "                out.append(full if v is None else _postfix(v, full))\n"
    "        if out or not noprefix:\n"
    "            break\n"
    "        noprefix = '__' if noprefix == '_' else None\n"
    "    out.sort()\n"
    "    return out\n"
    "def complete(text, ns):\n"
    "    if not text.strip():\n"
    "        return ['\\t']\n"
    "    return _attrs(text, ns) if '.' in text else _names(text, ns)\n";

static Value repl_globals;
static Value completer;   /* the complete() above, made on the first Tab */

static Value completer_get(void)
{
    if (completer) return completer;
    Value d = dict_new();
    if (!d) return VNULL;
    Value r = vm_run_string(completer_source, sizeof completer_source - 1, "<completer>", 0, d, VNULL);
    if (r) {
        DECREF(r);
        completer = dict_get_cstr(d, "complete");
        if (completer) INCREF(completer);
    }
    DECREF(d);   /* the function keeps its globals */
    return completer;
}

/* libedit's hook: all matches for the word before the cursor, the first entry being what
 * replaces the word (their longest common prefix). */
static char **repl_complete(const char *text, int start, int end)
{
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;   /* never fall back to file names */
    Value saved = err_occurred() ? err_fetch() : VNULL;
    char **out = NULL;
    Value fn = completer_get();
    Value t = fn ? str_from_cstr(text) : VNULL;
    Value res = VNULL;
    if (t) {
        Value args[2] = {t, repl_globals};
        res = obj_call(fn, args, 2, VNULL);
        DECREF(t);
    }
    if (res && IS_LIST(res) && LIST_LEN(res) > 0) {
        size_t n = LIST_LEN(res);
        out = calloc(n + 2, sizeof *out);
        size_t k = 0;
        for (size_t i = 0; out && i < n; i++) {
            Value w = LIST_ITEMS(res)[i];
            if (IS_STR(w)) {
                char *c = strdup(STR_DATA(w));
                if (c) out[1 + k++] = c;
            }
        }
        if (out && k > 0) {
            /* the longest common prefix */
            size_t p = strlen(out[1]);
            for (size_t i = 2; i <= k; i++) {
                size_t j = 0;
                while (j < p && out[i][j] == out[1][j]) j++;
                p = j;
            }
            out[0] = strndup(out[1], p);
            if (k == 1 && out[0]) {
                free(out[1]);
                out[1] = NULL;
            }
        }
        if (out && !out[0]) {
            for (size_t i = 1; out[i]; i++) free(out[i]);
            free(out);
            out = NULL;
        }
    }
    XDECREF(res);
    if (err_occurred()) err_clear();
    if (saved) err_restore(saved);
    return out;
}

/* ---- the display hook, when sys has none ---- */

/* sys.displayhook: the repr of a value that is not None goes to sys.stdout, and the value
 * to builtins._ (set to None first, as CPython, so a failing repr leaves no stale _). */
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

/* Ctrl-D on an empty line: end of input, without the "^D" that libedit's own binding echoes
 * (CPython's readline shows nothing). On a line with text it does nothing (the Delete key
 * deletes): libedit's readline layer offers no clean way to delete from a bound function. */
static int repl_ctrl_d(int count, int key)
{
    (void)count;
    (void)key;
    if (rl_end == 0) rl_done = 1;
    return 0;
}

static void set_sys_default(const char *name, Value v)
{
    if (!vm.sys_module || !v) return;
    Value old = sys_attr(name);
    if (!old && obj_setattr(vm.sys_module, str_intern_cstr(name), v) < 0) err_clear();
}

static void repl_setup(void)
{
    Value f = builtin_new(&repl_displayhook_def, VNULL);
    if (f) {
        set_sys_default("displayhook", f);
        DECREF(f);
    } else
        err_clear();
    Value p1 = str_from_cstr(">>> "), p2 = str_from_cstr("... ");
    set_sys_default("ps1", p1);
    set_sys_default("ps2", p2);
    XDECREF(p1);
    XDECREF(p2);
    if (err_occurred()) err_clear();

    use_editline = isatty(0) && isatty(1);
    if (!use_editline) return;
    setlocale(LC_CTYPE, "");
    rl_readline_name = "minipy";
    /* the word Tab completes: the delimiters of CPython's readline module (no '.') */
    rl_basic_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_completer_word_break_characters = (char *)rl_basic_word_break_characters;
    rl_attempted_completion_function = repl_complete;
    rl_completion_append_character = '\0';
    rl_initialize();
    rl_add_defun("minipy-ctrl-d", repl_ctrl_d, 4);
    using_history();
    const char *home = getenv("HOME");
    if (home && *home) {
        size_t n = strlen(home) + 32;
        history_path = malloc(n);
        if (history_path) {
            snprintf(history_path, n, "%s/.minipy_history", home);
            read_history(history_path);
        }
    }
}

static void repl_teardown(void)
{
    if (use_editline && history_path) {
        stifle_history(1000);
        write_history(history_path);
    }
    free(history_path);
    history_path = NULL;
    if (completer) {
        DECREF(completer);
        completer = VNULL;
    }
}

/* ---- the loop ---- */

/* Runs one statement; returns -1 to leave (SystemExit, with *status set). */
static int run_one(const char *src, size_t len, int mode, int *status)
{
    Value r = vm_run_string(src, len, "<stdin>", mode, repl_globals, VNULL);
    if (r) {
        DECREF(r);
        return 0;
    }
    Value exc = err_fetch();
    if (exc && IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcSystemExit)) {
        sys_flush_std_streams();
        *status = vm_handle_system_exit(exc);
        DECREF(exc);
        return -1;
    }
    sys_flush_std_streams();
    if (exc) {
        sys_display_uncaught(exc);
        DECREF(exc);
    }
    if (err_occurred()) err_clear();
    return 0;
}

static void show_col0_error(const char *src, size_t len, int line)
{
    const char *l = src;
    for (int k = 1; k < line && l < src + len; k++) {
        const char *nl = memchr(l, '\n', (size_t)(src + len - l));
        l = nl ? nl + 1 : src + len;
    }
    SyntaxErrorInfo info;
    memset(&info, 0, sizeof info);
    snprintf(info.msg, sizeof info.msg, "invalid syntax");
    info.lineno = info.end_lineno = line;
    info.col = 0;
    info.end_col = first_token_width(l);
    err_set_syntax(&info, "<stdin>", src, len);
    sys_flush_std_streams();
    Value exc = err_fetch();
    if (exc) {
        sys_display_uncaught(exc);
        DECREF(exc);
    }
    if (err_occurred()) err_clear();
}

int repl_run(Value globals)
{
    repl_globals = globals;
    repl_setup();
    FILE *promptf = use_editline ? stdout : stderr;
    char *src = NULL;
    size_t slen = 0, scap = 0;
    int status = 0;
    for (;;) {
        bool intr, eof = false;
        char *prompt = prompt_text(slen ? 2 : 1);
        char *line = read_line(prompt ? prompt : ">>> ", &intr);
        free(prompt);
        if (intr) {
            fputs("\n", promptf);
            fflush(promptf);
            fputs("KeyboardInterrupt\n", stderr);
            fflush(stderr);
            slen = 0;
            continue;
        }
        if (!line) {
            fputs("\n", promptf);
            fflush(promptf);
            if (!slen) break;
            eof = true;   /* end of input ends a statement as an empty line does */
        } else {
            size_t n = strlen(line);
            if (slen + n + 1 > scap) {
                size_t nc = (slen + n + 1) * 2;
                char *ns = realloc(src, nc);
                if (!ns) {
                    free(line);
                    fputs("MemoryError\n", stderr);
                    slen = 0;
                    continue;
                }
                src = ns;
                scap = nc;
            }
            memcpy(src + slen, line, n + 1);
            slen += n;
            free(line);
        }
        int errline = 0;
        int what = repl_decide(src, slen, eof, &errline);
        if (what == NEED_MORE) continue;
        int rc = 0;
        if (what == RUN_SINGLE) rc = run_one(src, slen, 1, &status);
        else if (what == SHOW_ERROR_FILE) rc = run_one(src, slen, 0, &status);
        else if (what == SHOW_ERROR_COL0) show_col0_error(src, slen, errline);
        slen = 0;
        if (rc < 0) break;
    }
    sys_flush_std_streams();
    free(src);
    repl_teardown();
    return status;
}
