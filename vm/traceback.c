/* Tracebacks: the traceback type, the source registry, and printing an exception
 * exactly as CPython 3.11's default excepthook does (chained exceptions, the
 * "File ..., line N, in f" entries with 3.11's ~~~^^^ position markers, recursion
 * collapsing, SyntaxError's caret display, "Did you mean" suggestions). */
#include <limits.h>
#include <string.h>
#include <stdlib.h>

#include "object.h"
#include "objutil.h"
#include "code.h"
#include "frame.h"
#include "errors.h"
#include "modules.h"
#include "gc.h"
#include "import.h"
#include "../parser/ast.h"

/* ---- the traceback type ---- */

/* object.h's TracebackObj plus the frame the entry is for (for tb_frame): a counted
 * reference, so the frame object outlives its run (its contents are cleared when it
 * finishes; code, line and f_code stay readable). NULL when no frame was at hand. */
typedef struct TracebackFull {
    TracebackObj tb;
    Frame *frame;
} TracebackFull;

static void tb_dealloc(Obj *o) {
    /* Long chains (deep recursion) are released iteratively, not by C recursion. */
    TracebackObj *tb = (TracebackObj *)o;
    for (;;) {
        Value next = tb->next;
        tb->next = VNULL;
        if (tb->code) {
            Code *c = tb->code;
            tb->code = NULL;
            DECREF(OBJ_VAL(c));
        }
        Frame *fr = ((TracebackFull *)tb)->frame;
        if (fr) {
            ((TracebackFull *)tb)->frame = NULL;
            DECREF(OBJ_VAL(fr));
        }
        obj_free((Obj *)tb);
        if (!next) break;
        if (AS_OBJ(next)->refcnt > 1) {
            DECREF(next);
            break;
        }
        AS_OBJ(next)->refcnt = 0;
        tb = (TracebackObj *)AS_OBJ(next);
    }
}

int tb_lineno(Value tbv) {
    TracebackObj *tb = (TracebackObj *)AS_OBJ(tbv);
    if (!tb->code) return -1;
    return tb->insn == TB_INSN_DEF ? tb->code->firstlineno : code_line_of(tb->code, tb->insn);
}

static Value tb_get_next(Value self) {
    Value n = ((TracebackObj *)AS_OBJ(self))->next;
    return n ? NEWREF(n) : NONE;
}

static int tb_set_next(Value self, Value v) {
    if (!v) {
        err_set(ExcTypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == NONE) v = VNULL;
    else if (!IS_TYPE(v, &TracebackType)) {
        err_format(ExcTypeError, "expected traceback object or None, got '%N'", v);
        return -1;
    }
    for (Value c = v; c; c = ((TracebackObj *)AS_OBJ(c))->next) {
        if (c == self) {
            err_set(ExcValueError, "traceback loop detected");
            return -1;
        }
    }
    XINCREF(v);
    TracebackObj *tb = (TracebackObj *)AS_OBJ(self);
    Value old = tb->next;
    tb->next = v;
    XDECREF(old);
    return 0;
}

static Value tb_get_lineno(Value self) { return MAKE_SMALL(tb_lineno(self)); }
static Value tb_get_lasti(Value self) {
    uint32_t i = ((TracebackObj *)AS_OBJ(self))->insn;
    return MAKE_SMALL(i == TB_INSN_DEF ? 0 : (intptr_t)i * 2);
}
static Value tb_get_frame(Value self) {
    Frame *fr = ((TracebackFull *)AS_OBJ(self))->frame;
    if (!fr) {
        err_set(ExcAttributeError, "'traceback' object has no attribute 'tb_frame'");
        return VNULL;
    }
    return NEWREF(OBJ_VAL(fr));
}

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {NULL, NULL, NULL},
};

Type TracebackType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "traceback",
    .basicsize = sizeof(TracebackFull),
    .dealloc = tb_dealloc,
    .getattr = obj_generic_getattr,
    .getsets = tb_getsets,
};

/* The NameError suggestion needs the names visible where the error was raised;
 * tracebacks keep only code, so the raising frame's namespaces are remembered
 * for the most recent NameError. */
static struct {
    Obj *exc;            /* not owned: only compared */
    Value globals, builtins, varnames;
} last_name_error;

static void remember_name_error(Value exc) {
    Frame *f = vm.frame;
    if (!f) return;
    CLEAR(last_name_error.globals);
    CLEAR(last_name_error.builtins);
    CLEAR(last_name_error.varnames);
    last_name_error.exc = AS_OBJ(exc);
    if (frame_globals(f)) last_name_error.globals = NEWREF(frame_globals(f));
    if (frame_builtins(f)) last_name_error.builtins = NEWREF(frame_builtins(f));
    if (f->code && f->code->varnames) last_name_error.varnames = NEWREF(f->code->varnames);
}

void exc_tb_push(Value exc, Code *code, uint32_t insn_index) {
    if (!exc || !IS_EXC(exc)) return;
    ExcObj *e = EXC(exc);
    if (!e->traceback && TYPE(exc) == ExcNameError && vm.frame && vm.frame->code == code)
        remember_name_error(exc);
    /* obj_alloc failing raises MemoryError, replacing vm.exc: hold exc meanwhile. */
    bool current = vm.exc == exc;
    INCREF(exc);
    TracebackObj *tb = (TracebackObj *)obj_alloc(&TracebackType);
    if (!tb) {
        /* Out of memory: keep the exception, lose this entry. */
        if (current) {
            err_restore(exc);
        } else {
            err_clear();
            DECREF(exc);
        }
        return;
    }
    DECREF(exc);
    INCREF(OBJ_VAL(code));
    tb->code = code;
    tb->insn = insn_index;
    /* The loop pushes an entry while the frame it is for is the current one. */
    Frame *fr = vm.frame && vm.frame->code == code ? vm.frame : NULL;
    if (fr) {
        INCREF(OBJ_VAL(fr));
        if (frame_gen(fr)) gc_frame_track(fr);   /* a generator's frame, now shared (vm/gc.h) */
    }
    ((TracebackFull *)tb)->frame = fr;
    tb->next = e->traceback;   /* the reference moves into the new entry */
    e->traceback = OBJ_VAL(tb);
}

/* ---- source registry ---- */

typedef struct Source {
    struct Source *next;
    char *filename;
    char *src;           /* NULL: the file could not be read */
    size_t len;
    size_t nlines;
    size_t *starts;      /* nlines + 1 offsets, built on first use */
} Source;

static Source *sources;

static Source *source_find(const char *filename) {
    for (Source *s = sources; s; s = s->next)
        if (strcmp(s->filename, filename) == 0) return s;
    return NULL;
}

static Source *source_add(const char *filename, const char *src, size_t len, bool copy) {
    Source *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->filename = strdup(filename);
    if (!s->filename) {
        free(s);
        return NULL;
    }
    if (src && copy) {
        s->src = malloc(len + 1);
        if (s->src) {
            memcpy(s->src, src, len);
            s->src[len] = 0;
            s->len = len;
        }
    } else if (src) {
        s->src = (char *)src;
        s->len = len;
    }
    s->next = sources;
    sources = s;
    return s;
}

void vm_register_source(const char *filename, const char *src, size_t len) {
    if (!filename) return;
    Source *s = source_find(filename);
    if (s) {
        free(s->src);
        free(s->starts);
        s->starts = NULL;
        s->nlines = 0;
        s->src = malloc(len + 1);
        s->len = 0;
        if (s->src) {
            memcpy(s->src, src, len);
            s->src[len] = 0;
            s->len = len;
        }
        return;
    }
    source_add(filename, src, len, true);
}

static bool source_index(Source *s) {
    if (s->starts) return true;
    if (!s->src) return false;
    size_t n = 1;
    for (size_t i = 0; i < s->len; i++)
        if (s->src[i] == '\n') n++;
    s->starts = malloc((n + 1) * sizeof(size_t));
    if (!s->starts) return false;
    size_t k = 0;
    s->starts[k++] = 0;
    for (size_t i = 0; i < s->len; i++)
        if (s->src[i] == '\n') s->starts[k++] = i + 1;
    s->starts[k] = s->len + 1;
    s->nlines = (s->len && s->src[s->len - 1] == '\n') ? n - 1 : n;
    if (s->len == 0) s->nlines = 0;
    return true;
}

const char *vm_source_line(const char *filename, int lineno, size_t *len) {
    if (!filename || lineno < 1) return NULL;
    Source *s = source_find(filename);
    if (!s) {
        if (filename[0] == '<') return NULL;
        size_t n = 0;
        char *buf = import_read_file(filename, &n);
        s = source_add(filename, buf, n, false);
        if (!s) {
            free(buf);
            return NULL;
        }
    }
    if (!source_index(s) || (size_t)lineno > s->nlines) return NULL;
    size_t a = s->starts[lineno - 1];
    size_t b = s->starts[lineno] - 1;   /* the newline, or the end */
    if (b > s->len) b = s->len;
    if (b > a && s->src[b - 1] == '\r') b--;
    *len = b - a;
    return s->src + a;
}

/* ---- formatting helpers ---- */

static size_t utf8_count(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

/* CPython's byte offset -> character offset conversion for a line. */
static long byte_to_char(const char *line, size_t n, long col) {
    if (col <= 0) return 0;
    if ((size_t)col > n) return (long)utf8_count(line, n) + (col - (long)n);
    return (long)utf8_count(line, (size_t)col);
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }
static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; }

/* 3.11's anchors: for a binary operation, the operator; for a subscript, the
 * brackets. Offsets are bytes into seg; returns true when found. */
static bool anchors_from_segment(const char *seg, size_t n, long *left, long *right,
                                 char *primary, char *secondary) {
    Arena *a = arena_new();
    if (!a) return false;
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    Module *m = parse_source(a, seg, n, 0, &err);
    bool found = false;
    if (m && m->body.len == 1 && m->body.items[0]->kind == S_EXPR) {
        Expr *e = m->body.items[0]->v.expr.value;
        if (e && e->kind == E_BINOP && e->pos.lineno == 1) {
            Expr *l = e->v.binop.left, *r = e->v.binop.right;
            found = true;
            if (l->pos.end_lineno == 1 && r->pos.lineno == 1) {
                for (long i = l->pos.end_col; i < r->pos.col && (size_t)i < n; i++) {
                    if (is_space(seg[i])) continue;
                    *left = i;
                    *right = i + 1;
                    if (i + 1 < r->pos.col && !is_space(seg[i + 1])) ++*right;
                    if (i + 1 < r->pos.col && seg[i] == ')') continue;
                    *primary = '~';
                    *secondary = '^';
                    break;
                }
            }
            if (*left < 0 && *right < 0) found = false;
        } else if (e && e->kind == E_SUBSCRIPT && e->pos.lineno == 1) {
            long l = e->v.subscript.value->pos.end_col;
            long r = e->v.subscript.slice->pos.end_col + 1;
            if (e->v.subscript.value->pos.end_lineno != 1) l = 0;
            if (e->v.subscript.slice->pos.end_lineno != 1) r = (long)n;
            while ((size_t)l < n && seg[l] != '[') l++;
            while ((size_t)r < n && seg[r] != ']') r++;
            if ((size_t)r < n) r++;
            *left = l;
            *right = r;
            *primary = '~';
            *secondary = '^';
            found = true;
        }
    }
    arena_free(a);
    if (err_occurred()) err_clear();
    return found;
}

/* One traceback entry: the File line, the source line, the markers. */
static void display_entry(StrBuf *sb, TracebackObj *tb, int lineno) {
    Code *co = tb->code;
    const char *fname = co->filename && IS_STR(co->filename) ? STR_DATA(co->filename) : "<unknown>";
    const char *name = co->name && IS_STR(co->name) ? STR_DATA(co->name) : "?";
    sb_printf(sb, "  File \"%s\", line %d, in %s\n", fname, lineno, name);
    size_t n;
    const char *line = vm_source_line(fname, lineno, &n);
    if (!line) return;
    size_t ws = 0;
    while (ws < n && is_ws(line[ws])) ws++;
    if (ws == n) return;   /* CPython prints nothing for a blank line */
    sb_puts(sb, "    ");
    sb_putn(sb, line + ws, n - ws);
    sb_putc(sb, '\n');

    if (!co->positions || tb->insn >= co->ninsns) return;
    InsnPos p = co->positions[tb->insn];
    if (p.lineno != lineno || p.end_lineno < p.lineno || p.col < 0 || p.end_col < 0) return;
    long nchars = (long)utf8_count(line, n);
    long wchars = (long)utf8_count(line, ws);
    long start = byte_to_char(line, n, p.col);
    long end = byte_to_char(line, n, p.end_col);
    long left = -1, right = -1;
    char primary = '^', secondary = '^';
    if (p.lineno == p.end_lineno) {
        if (p.end_col > p.col && (size_t)p.end_col <= n) {
            long bl = -1, br = -1;
            const char *seg = line + p.col;
            size_t segn = (size_t)(p.end_col - p.col);
            if (anchors_from_segment(seg, segn, &bl, &br, &primary, &secondary) && bl >= 0 && br >= 0) {
                left = byte_to_char(seg, segn, bl) + start;
                right = byte_to_char(seg, segn, br) + start;
            }
        }
    } else {
        /* A multi-line range: mark up to the last non-blank character of this line. */
        long i = (long)n;
        while (--i >= 0 && is_space(line[i])) {}
        end = byte_to_char(line, n, i + 1);
    }
    bool special = left != -1 || right != -1;
    if (end - start == nchars - wchars && !special) return;
    for (long off = wchars - 4; ++off <= end;) {
        char c;
        if (off <= start) c = ' ';
        else if (special && left < off && off <= right) c = secondary;
        else c = primary;
        sb_putc(sb, c);
    }
    sb_putc(sb, '\n');
}

static bool same_str(Value a, Value b) {
    if (a == b) return true;
    if (!a || !b || !IS_STR(a) || !IS_STR(b)) return false;
    return str_eq(a, b);
}

#define TB_RECURSIVE_CUTOFF 3

static void print_repeated(StrBuf *sb, long cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    sb_printf(sb, cnt > 1 ? "  [Previous line repeated %ld more times]\n"
                          : "  [Previous line repeated %ld more time]\n", cnt);
}

/* How many entries to print: the excepthook keeps the last sys.tracebacklimit;
 * the traceback module's limit keeps the first n (n > 0) or the last -n. */
static bool tb_limit_set;
static long tb_limit;

static void print_tb(StrBuf *sb, Value tbv) {
    long depth = 0;
    for (Value t = tbv; t; t = ((TracebackObj *)AS_OBJ(t))->next) depth++;
    long first = depth;   /* entries printed from the top */
    if (tb_limit_set) {
        if (tb_limit >= 0) {
            if (tb_limit < depth) first = tb_limit;
        } else if (-tb_limit < depth) {
            for (long k = depth + tb_limit; k > 0; k--) tbv = ((TracebackObj *)AS_OBJ(tbv))->next;
        }
    } else {
        long limit = sys_tracebacklimit();
        if (limit <= 0) return;
        while (tbv && depth > limit) {
            depth--;
            tbv = ((TracebackObj *)AS_OBJ(tbv))->next;
        }
    }
    sb_puts(sb, "Traceback (most recent call last):\n");
    Value last_file = VNULL, last_name = VNULL;
    int last_line = -1;
    long cnt = 0;
    for (; tbv && first-- > 0; tbv = ((TracebackObj *)AS_OBJ(tbv))->next) {
        TracebackObj *tb = (TracebackObj *)AS_OBJ(tbv);
        int lineno = tb_lineno(tbv);
        Code *co = tb->code;
        if (!last_file || !same_str(co->filename, last_file) || last_line == -1 ||
            lineno != last_line || !last_name || !same_str(co->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(sb, cnt);
            last_file = co->filename;
            last_line = lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) display_entry(sb, tb, lineno);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(sb, cnt);
}

/* ---- SyntaxError display ---- */

static Value get_attr_opt(Value obj, const char *name) {
    Value n = str_from_cstr(name);
    if (!n) {
        err_clear();
        return VNULL;
    }
    Value v = obj_getattr_opt(obj, n);
    DECREF(n);
    if (!v && err_occurred()) err_clear();
    return v;
}

static bool attr_ssize(Value obj, const char *name, long *out, long none_value) {
    Value v = get_attr_opt(obj, name);
    if (!v) return false;
    if (v == NONE) {
        *out = none_value;
        return true;
    }
    int64_t x;
    bool ok = IS_INT(v) && int_as_i64(v, &x) == 0;
    if (!ok) err_clear();
    DECREF(v);
    if (ok) *out = (long)x;
    return ok;
}

static void print_error_text(StrBuf *sb, long offset, long end_offset, const char *text) {
    long off = offset - 1;
    long end = end_offset - 1;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        off--;
        end--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (off > len) off = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        long inl = nl - text;
        if (inl >= off) break;
        inl += 1;
        text += inl;
        len -= inl;
        off -= inl;
        end -= inl;
    }
    sb_puts(sb, "    ");
    sb_puts(sb, text);
    if (text[len] != '\n') sb_putc(sb, '\n');
    if (off < 0) return;
    sb_puts(sb, "    ");
    for (long i = 0; i < off; i++) sb_putc(sb, ' ');
    long carets = (end_offset > 0 && end > off) ? end - off : 1;
    for (long i = 0; i < carets; i++) sb_putc(sb, '^');
    sb_putc(sb, '\n');
}

/* Prints the File/text/caret lines of a SyntaxError; returns its msg (new ref) to be
 * printed after the type name, or VNULL when the fields are unusable. */
static Value print_syntax_error(StrBuf *sb, Value exc) {
    Value msg = get_attr_opt(exc, "msg");
    if (!msg) return VNULL;
    Value fn = get_attr_opt(exc, "filename");
    long lineno, offset, end_lineno, end_offset;
    /* No line number (None): CPython prints no File/line header, only "SyntaxError: msg". */
    if (!fn || !attr_ssize(exc, "lineno", &lineno, LONG_MIN) || lineno == LONG_MIN ||
        !attr_ssize(exc, "offset", &offset, -1)) {
        XDECREF(fn);
        DECREF(msg);
        return VNULL;
    }
    if (TYPE(exc) == ExcSyntaxError) {
        if (!attr_ssize(exc, "end_lineno", &end_lineno, lineno)) end_lineno = lineno;
        if (!attr_ssize(exc, "end_offset", &end_offset, -1)) end_offset = -1;
    } else {
        end_lineno = lineno;
        end_offset = -1;
    }
    Value text = get_attr_opt(exc, "text");
    if (fn == NONE) {
        sb_printf(sb, "  File \"<string>\", line %ld\n", lineno);
    } else {
        sb_puts(sb, "  File \"");
        if (sb_put_str(sb, fn) < 0) err_clear();
        sb_printf(sb, "\", line %ld\n", lineno);
    }
    if (text && IS_STR(text)) {
        long line_size = (long)STR_SIZE(text);
        if (end_lineno > lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        print_error_text(sb, offset, end_offset, STR_DATA(text));
    }
    XDECREF(text);
    DECREF(fn);
    return msg;
}

/* ---- suggestions ("Did you mean: 'x'?") ---- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int subst_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    if (a == b) return 0;
    while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + subst_cost(code, a[i]);
            distance = buffer[i];
            size_t ins_del = (result < distance ? result : distance) + MOVE_COST;
            result = ins_del < substitute ? ins_del : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest candidate (a list of str) to name, or VNULL. BORROWED. */
static Value best_suggestion(Value cands, size_t ncands, const Value *items, Value name) {
    (void)cands;
    if (ncands >= MAX_CANDIDATE_ITEMS) return VNULL;
    size_t best_d = SIZE_MAX;
    Value best = VNULL;
    const char *ns = STR_DATA(name);
    size_t nn = STR_SIZE(name);
    for (size_t i = 0; i < ncands; i++) {
        Value it = items[i];
        if (!IS_STR(it)) continue;
        if (str_eq(it, name)) continue;
        size_t in = STR_SIZE(it);
        size_t maxd = (nn + in + 3) * MOVE_COST / 6;
        if (best_d - 1 < maxd) maxd = best_d - 1;
        size_t d = levenshtein(ns, nn, STR_DATA(it), in, maxd);
        if (d > maxd) continue;
        if (!best || d < best_d) {
            best = it;
            best_d = d;
        }
    }
    return best;
}

static Value suggest_from_list(Value list, Value name) {
    if (!list) return VNULL;
    Value r = best_suggestion(list, LIST_LEN(list), LIST_ITEMS(list), name);
    return r ? NEWREF(r) : VNULL;
}

static Value suggest_from_dict(Value d, Value name) {
    if (!d || !IS_DICT(d)) return VNULL;
    Value keys = dict_keys_list(d);
    if (!keys) {
        err_clear();
        return VNULL;
    }
    Value r = suggest_from_list(keys, name);
    DECREF(keys);
    return r;
}

/* The name a NameError is about: its .name, else parsed from the message. */
static Value name_error_name(Value exc) {
    Value n = exc_dict_get(exc, "name");
    if (n && IS_STR(n)) return NEWREF(n);
    Value a = EXC(exc)->args;
    if (!a || TUPLE_LEN(a) != 1 || !IS_STR(TUPLE_ITEMS(a)[0])) return VNULL;
    const char *m = STR_DATA(TUPLE_ITEMS(a)[0]);
    const char *pre = "name '";
    const char *post = "' is not defined";
    size_t ml = strlen(m), pl = strlen(pre), ql = strlen(post);
    if (ml <= pl + ql || strncmp(m, pre, pl) != 0 || strcmp(m + ml - ql, post) != 0) return VNULL;
    Value r = str_from_utf8(m + pl, ml - pl - ql);
    if (!r) err_clear();
    return r;
}

/* A module AttributeError raised without .name/.obj: "module 'm' has no attribute 'x'"
 * names both (the module is found in sys.modules). */
static bool module_attr_error(Value exc, Value *obj, Value *name) {
    Value a = EXC(exc)->args;
    if (!a || TUPLE_LEN(a) != 1 || !IS_STR(TUPLE_ITEMS(a)[0]) || !vm.modules) return false;
    const char *m = STR_DATA(TUPLE_ITEMS(a)[0]);
    const char *pre = "module '", *mid = "' has no attribute '";
    if (strncmp(m, pre, strlen(pre)) != 0) return false;
    const char *ms = m + strlen(pre);
    const char *me = strstr(ms, mid);
    if (!me) return false;
    const char *ns = me + strlen(mid);
    size_t nl = strlen(ns);
    if (nl < 1 || ns[nl - 1] != '\'') return false;
    Value modname = str_from_utf8(ms, (size_t)(me - ms));
    Value attr = modname ? str_from_utf8(ns, nl - 1) : VNULL;
    Value mod = modname ? dict_get(vm.modules, modname) : VNULL;
    XDECREF(modname);
    if (!attr || !mod) {
        XDECREF(attr);
        err_clear();
        return false;
    }
    *obj = mod;      /* borrowed from sys.modules */
    *name = attr;    /* new reference */
    return true;
}

static Value offer_suggestion(Value exc) {
    Type *t = TYPE(exc);
    if (type_is_subtype(t, ExcAttributeError)) {
        Value name = exc_dict_get(exc, "name");
        Value obj = exc_dict_get(exc, "obj");
        Value own_name = VNULL;
        if ((!name || name == NONE) && module_attr_error(exc, &obj, &own_name)) name = own_name;
        if (!name || !obj || !IS_TYPE(name, &StrType)) {
            XDECREF(own_name);
            return VNULL;
        }
        Value dir = obj_dir(obj);
        if (!dir) {
            err_clear();
            XDECREF(own_name);
            return VNULL;
        }
        Value r = VNULL;
        if (IS_LIST(dir)) r = suggest_from_list(dir, name);
        DECREF(dir);
        XDECREF(own_name);
        return r;
    }
    if (t == ExcNameError) {
        if (!EXC(exc)->traceback) return VNULL;
        Value name = name_error_name(exc);
        if (!name) return VNULL;
        Value r = VNULL;
        if (last_name_error.exc == AS_OBJ(exc)) {
            Value vn = last_name_error.varnames;
            if (vn && IS_TUPLE(vn)) {
                Value b = best_suggestion(vn, TUPLE_LEN(vn), TUPLE_ITEMS(vn), name);
                if (b) r = NEWREF(b);
            }
            if (!r) r = suggest_from_dict(last_name_error.globals, name);
            if (!r) r = suggest_from_dict(last_name_error.builtins, name);
        } else {
            r = suggest_from_dict(vm.builtins, name);
        }
        DECREF(name);
        return r;
    }
    return VNULL;
}

/* ---- one exception and the chain ---- */

/* "module.Qualname" as CPython prints an exception's type: no module for builtins and
 * __main__, the qualified name so a nested class shows as Outer.Nested. */
static void put_type_name(StrBuf *sb, Type *t) {
    const char *cname = t->name;
    const char *dot = strrchr(cname, '.');
    if (dot) cname = dot + 1;
    /* A class statement's __module__ is in its dict (and may be reassigned);
     * static types are builtins unless type_ready recorded another module. */
    Value mod = VNULL;
    if ((t->flags & TPFLAG_HEAPTYPE) && t->dict) mod = dict_get_cstr(t->dict, "__module__");
    if (!mod) mod = t->module_v;
    if (!mod) {
        if (!(t->flags & TPFLAG_HEAPTYPE) && !dot) {
            /* builtins: no prefix */
        } else if (dot) {
            sb_putn(sb, t->name, (size_t)(dot - t->name));
            sb_putc(sb, '.');
        } else {
            sb_puts(sb, "<unknown>");
        }
    } else if (!IS_STR(mod)) {
        sb_puts(sb, "<unknown>");
    } else if (!str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__")) {
        sb_putn(sb, STR_DATA(mod), STR_SIZE(mod));
        sb_putc(sb, '.');
    }
    Value qn = t->qualname_v;
    if ((t->flags & TPFLAG_HEAPTYPE) && qn && IS_STR(qn)) sb_putn(sb, STR_DATA(qn), STR_SIZE(qn));
    else sb_puts(sb, cname);
}

static void print_one(StrBuf *sb, Value exc) {
    if (!IS_EXC(exc)) {
        sb_printf(sb, "TypeError: print_exception(): Exception expected for value, %s found\n",
                  type_name(exc));
        return;
    }
    /* Held while printing: the shared MemoryError drops its traceback when raised again,
     * which printing may do when memory runs out. */
    Value tb = EXC(exc)->traceback;
    if (tb) {
        INCREF(tb);
        print_tb(sb, tb);
        DECREF(tb);
    }
    Value value = NEWREF(exc);
    if (type_is_subtype(TYPE(exc), ExcSyntaxError)) {
        Value msg = print_syntax_error(sb, exc);
        if (msg) {
            DECREF(value);
            value = msg;
        }
    }
    put_type_name(sb, TYPE(exc));
    if (value != NONE) {
        Value s = obj_str(value);
        if (!s) {
            err_clear();
            sb_puts(sb, ": <exception str() failed>");
        } else {
            if (!IS_STR(s) || STR_LEN(s) != 0) sb_puts(sb, ": ");
            if (IS_STR(s)) sb_putn(sb, STR_DATA(s), STR_SIZE(s));
            DECREF(s);
        }
        Value sug = offer_suggestion(exc);
        if (sug) {
            sb_puts(sb, ". Did you mean: '");
            sb_putn(sb, STR_DATA(sug), STR_SIZE(sug));
            sb_puts(sb, "'?");
            DECREF(sug);
        } else if (err_occurred()) {
            err_clear();
        }
    }
    DECREF(value);
    sb_putc(sb, '\n');
    /* Notes added with add_note(), one per line. */
    Value notes = exc_dict_get(exc, "__notes__");
    if (notes && (IS_LIST(notes) || IS_TUPLE(notes))) {
        size_t n = IS_LIST(notes) ? LIST_LEN(notes) : TUPLE_LEN(notes);
        for (size_t i = 0; i < n; i++) {
            Value note = IS_LIST(notes) ? LIST_ITEMS(notes)[i] : TUPLE_ITEMS(notes)[i];
            if (IS_STR(note)) {
                sb_putn(sb, STR_DATA(note), STR_SIZE(note));
            } else {
                Value s = obj_str(note);
                if (s) {
                    sb_putn(sb, STR_DATA(s), STR_SIZE(s));
                    DECREF(s);
                } else {
                    err_clear();
                    sb_puts(sb, "<note str() failed>");
                }
            }
            sb_putc(sb, '\n');
        }
    }
}

typedef struct Seen { Value *items; size_t len, cap; } Seen;

static bool seen_has(Seen *s, Value v) {
    for (size_t i = 0; i < s->len; i++)
        if (s->items[i] == v) return true;
    return false;
}

static void seen_add(Seen *s, Value v) {
    if (s->len == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 8;
        Value *ni = realloc(s->items, nc * sizeof(Value));
        if (!ni) return;
        s->items = ni;
        s->cap = nc;
    }
    s->items[s->len++] = v;
}

static bool chain_enabled = true;

static void print_recursive(StrBuf *sb, Value exc, Seen *seen, int depth) {
    seen_add(seen, exc);
    if (IS_EXC(exc) && depth < 1000 && chain_enabled) {
        Value cause = EXC(exc)->cause;
        Value ctx = EXC(exc)->context;
        /* Held while printed (see print_one: a MemoryError raised meanwhile clears them). */
        if (cause) {
            if (!seen_has(seen, cause)) {
                INCREF(cause);
                print_recursive(sb, cause, seen, depth + 1);
                DECREF(cause);
                sb_puts(sb, "\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if (ctx && !EXC(exc)->suppress_context) {
            if (!seen_has(seen, ctx)) {
                INCREF(ctx);
                print_recursive(sb, ctx, seen, depth + 1);
                DECREF(ctx);
                sb_puts(sb, "\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
    print_one(sb, exc);
}

Value exc_format(Value exc) {
    Value saved = err_fetch();
    StrBuf sb;
    sb_init(&sb);
    Seen seen = {NULL, 0, 0};
    print_recursive(&sb, exc, &seen, 0);
    free(seen.items);
    Value r = sb_finish(&sb);
    if (!r) err_clear();
    err_restore(saved);
    return r;
}

Value exc_format_ex(Value exc, bool has_limit, long limit, bool chain) {
    bool ols = tb_limit_set, oc = chain_enabled;
    long ol = tb_limit;
    tb_limit_set = has_limit;
    tb_limit = limit;
    chain_enabled = chain;
    Value r = exc_format(exc);
    tb_limit_set = ols;
    tb_limit = ol;
    chain_enabled = oc;
    return r;
}

Value exc_format_unraisable(Value exc) {
    Value saved = err_fetch();
    StrBuf sb;
    sb_init(&sb);
    if (IS_EXC(exc)) {
        if (EXC(exc)->traceback) print_tb(&sb, EXC(exc)->traceback);
        put_type_name(&sb, TYPE(exc));
    } else {
        put_type_name(&sb, TYPE(exc));
    }
    if (exc != NONE) {
        /* Unlike a traceback's last line, ": " even when str() is empty. */
        sb_puts(&sb, ": ");
        Value s = obj_str(exc);
        if (s && IS_STR(s)) sb_putn(&sb, STR_DATA(s), STR_SIZE(s));
        else {
            err_clear();
            sb_puts(&sb, "<exception str() failed>");
        }
        XDECREF(s);
    }
    sb_putc(&sb, '\n');
    Value r = sb_finish(&sb);
    if (!r) err_clear();
    err_restore(saved);
    return r;
}

void exc_print_to(Value exc, FILE *out) {
    Value s = exc_format(exc);
    if (!s) return;
    fwrite(STR_DATA(s), 1, STR_SIZE(s), out);
    fflush(out);
    DECREF(s);
}

void vm_print_exception(Value exc) {
    Value saved = err_fetch();
    Value s = exc_format(exc);
    if (s) {
        Value err = sys_get_stream("stderr");
        if (!err) {
            fwrite(STR_DATA(s), 1, STR_SIZE(s), stderr);
            fflush(stderr);
        } else if (err != NONE) {
            if (file_write_str(err, s) < 0) {
                err_clear();
                fwrite(STR_DATA(s), 1, STR_SIZE(s), stderr);
            }
            if (is_file(err) && FILEOBJ(err)->fp) fflush(FILEOBJ(err)->fp);
        }
        DECREF(s);
    } else {
        /* Formatting failed (out of memory, most likely): still say what ended the program,
         * as the last line CPython would print. */
        err_clear();
        fprintf(stderr, "%s\n", TYPE(exc)->name);
        fflush(stderr);
    }
    err_restore(saved);
}

int vm_handle_system_exit(Value exc) {
    Value code = NONE;
    bool own = false;
    if (IS_EXC(exc) && type_is_subtype(TYPE(exc), ExcSystemExit)) {
        code = get_attr_opt(exc, "code");
        if (!code) code = NONE;
        else own = true;
    }
    int status;
    if (code == NONE) {
        status = 0;
    } else if (IS_INT(code)) {
        int64_t v;
        if (int_as_i64(code, &v) < 0) {
            err_clear();
            v = -1;
        }
        status = (int)v;
    } else {
        Value s = obj_str(code);
        Value err = sys_get_stream("stderr");
        if (s) {
            if (err && err != NONE && file_write_str(err, s) == 0 && file_write_cstr(err, "\n") == 0) {
                if (is_file(err) && FILEOBJ(err)->fp) fflush(FILEOBJ(err)->fp);
            } else {
                err_clear();
                fwrite(STR_DATA(s), 1, STR_SIZE(s), stderr);
                fputc('\n', stderr);
            }
            DECREF(s);
        } else {
            /* CPython still ends the (failed) message with its newline */
            err_clear();
            if (!(err && err != NONE && file_write_cstr(err, "\n") == 0)) {
                err_clear();
                fputc('\n', stderr);
            }
        }
        status = 1;
    }
    if (own) DECREF(code);
    return status;
}

/* The cycle collector's slot (installed by gc_init, vm/gc.c): a traceback owns its next
 * entry and its frame. */
void tb_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    TracebackFull *tb = (TracebackFull *)o;
    if (tb->tb.next) visit(tb->tb.next, arg);
    if (tb->frame) visit(OBJ_VAL(tb->frame), arg);
}
