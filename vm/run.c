/* From source to a running frame; class bodies; introspection of the running frame. */
#include <stdlib.h>
#include <string.h>
#include "object.h"
#include "code.h"
#include "frame.h"
#include "objutil.h"
#include "compile.h"
#include "ast.h"
#include "parse.h"
#include "lexer.h"
#include "run.h"

/* The builtins dict code in globals should see: globals['__builtins__'] (a module or a
 * dict), set to the builtins module when missing. Borrowed. */
static Value builtins_of(Value globals)
{
    Value b = dict_get_str(globals, NAME(__builtins__));
    if (!b) {
        if (vm.builtins_module && dict_set(globals, NAME(__builtins__), vm.builtins_module) < 0) return VNULL;
        return vm.builtins;
    }
    if (IS_TYPE(b, &ModuleType)) return ((ModuleObj *)AS_OBJ(b))->dict;
    if (IS_DICT(b)) return b;
    return vm.builtins;
}

Value vm_exec_code(Code *c, Value globals, Value locals)
{
    if (!IS_DICT(globals)) {
        err_set(ExcTypeError, "globals must be a dict");
        return VNULL;
    }
    if (!locals) locals = globals;
    if (c->argcount > 0 || c->kwonlyargcount > 0) {
        /* a function's code run bare: its parameters are missing, as CPython reports */
        int n = c->argcount > 0 ? c->argcount : c->kwonlyargcount;
        int first = c->argcount > 0 ? 0 : c->argcount;
        StrBuf b;
        sb_init(&b);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb_puts(&b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            Value nm = TUPLE_ITEMS(c->varnames)[first + i];
            sb_putc(&b, '\'');
            sb_putn(&b, STR_DATA(nm), STR_SIZE(nm));
            sb_putc(&b, '\'');
        }
        Value names = sb_finish(&b);
        if (!names) return VNULL;
        err_format(ExcTypeError, "%U() missing %d required %s argument%s: %U", c->qualname ? c->qualname : c->name,
                   n, c->argcount > 0 ? "positional" : "keyword-only", n == 1 ? "" : "s", names);
        DECREF(names);
        return VNULL;
    }
    Value builtins = builtins_of(globals);
    if (!builtins) return VNULL;
    if (vm.recursion_depth >= vm.recursion_limit || vm.c_depth >= VM_C_DEPTH_MAX) {
        err_set(ExcRecursionError, "maximum recursion depth exceeded");
        return VNULL;
    }
    /* The frame borrows its namespaces: keep them alive while it runs. */
    INCREF(globals);
    INCREF(builtins);
    /* A generator's code run bare makes its generator, unstarted, as CPython does. */
    bool gen_code = (c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    Frame *f = frame_new(c, NULL, globals, builtins, gen_code ? VNULL : locals);
    if (!f) {
        DECREF(globals);
        DECREF(builtins);
        return VNULL;
    }
    if (c->ncells || c->nfrees) {
        for (int i = 0; i < c->ncells; i++) {
            Value cell = cell_new(VNULL);
            if (!cell) {
                frame_release(f);
                DECREF(globals);
                DECREF(builtins);
                return VNULL;
            }
            f->slots[c->nlocals + i] = cell;
        }
    }
    Value r;
    if (gen_code) {
        r = gen_new(f, f->func);
    } else {
        f->back = vm.frame;
        f->entry = FRAME_ENTRY_C;
        r = eval_frame(f, 0);
    }
    DECREF(globals);
    DECREF(builtins);
    return r;
}

/* The SyntaxError of err, with the text of its line as CPython shows it. Reading a file,
 * CPython's C strings stop at a NUL, and it fetches the line again in 1000-byte pieces,
 * keeping the last: a long line shows only its final piece. */
static void raise_syntax_error(SyntaxErrorInfo *err, const char *filename, const char *src, size_t len)
{
    const char *nul = memchr(src, 0, len);
    if (nul) {
        char *cut = malloc((size_t)(nul - src) + 1);
        if (cut) {
            memcpy(cut, src, (size_t)(nul - src));
            cut[nul - src] = '\n';
            err_set_syntax(err, filename, cut, (size_t)(nul - src) + 1);
            free(cut);
            return;
        }
    }
    if (parse_file_input && err->lineno > 0 && !err->from_tokenizer) {
        const char *p = src, *end = src + len;
        for (int l = 1; l < err->lineno && p < end; l++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
        }
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((nl ? nl + 1 : end) - p);
        if (n > 999) {
            size_t keep = (n - 1) % 999 + 1;
            size_t skip = n - keep;
            char *copy = malloc(len - skip + 1);
            if (copy) {
                size_t head = (size_t)(p - src);
                memcpy(copy, src, head);
                memcpy(copy + head, p + skip, len - head - skip);
                err_set_syntax(err, filename, copy, len - skip);
                free(copy);
                return;
            }
        }
    }
    err_set_syntax(err, filename, src, len);
}

Code *vm_compile_string(const char *src, size_t len, const char *filename, int mode)
{
    Arena *a = arena_new();
    if (!a) {
        err_no_memory();
        return NULL;
    }
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    lex_warning_file = filename;
    Module *m = parse_source(a, src, len, mode, &err);
    lex_warning_file = NULL;
    if (!m) {
        if (err.is_memory && !err_occurred()) err_no_memory();
        if (!err_occurred()) {
            /* Undecodable source: CPython's message names the file and the exception carries
             * no location, so it prints without the File/line header. */
            bool bad_encoding = strstr(err.msg, "<file>") != NULL ||
                                strcmp(err.msg, "source code string cannot contain null bytes") == 0;
            parse_error_set_filename(&err, filename);
            if (bad_encoding) err_set(ExcSyntaxError, err.msg);
            else raise_syntax_error(&err, filename, src, len);
        }
        arena_free(a);
        return NULL;
    }
    /* As CPython: "<string>", "<stdin>" have no source lines in tracebacks. */
    if (filename[0] != '<') vm_register_source(filename, src, len);
    memset(&err, 0, sizeof err);
    Code *c = compile_module(m, filename, mode, &err);
    arena_free(a);
    if (!c) {
        if (err.msg[0]) {
            err_clear();
            /* CPython's compiler fetches the line from the file: a string compiled by
             * exec() or compile() gives errors without text */
            if (parse_file_input || err.from_parser) raise_syntax_error(&err, filename, src, len);
            else err_set_syntax(&err, filename, NULL, 0);
        } else if (!err_occurred())
            err_set(ExcSystemError, "compilation failed");
        return NULL;
    }
    return c;
}

Value vm_run_string(const char *src, size_t len, const char *filename, int mode, Value globals, Value locals)
{
    Code *c = vm_compile_string(src, len, filename, mode);
    if (!c) return VNULL;
    Value r = vm_exec_code(c, globals, locals);
    DECREF(OBJ_VAL(c));
    return r;
}

Value vm_run_source(const char *src, size_t len, const char *filename, Value globals)
{
    /* A file's coding declaration decides how its bytes read (strings given to exec()
     * and compile() are text already, and keep theirs as a plain comment). */
    char *decoded;
    size_t dlen;
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    if (parse_decode_source(src, len, &decoded, &dlen, &err) < 0) {
        err_set(ExcSyntaxError, err.msg);
        return VNULL;
    }
    parse_file_input = 1;
    Code *c = vm_compile_string(decoded ? decoded : src, decoded ? dlen : len, filename, 0);
    parse_file_input = 0;
    free(decoded);
    if (!c) return VNULL;
    Value r = vm_exec_code(c, globals, VNULL);
    DECREF(OBJ_VAL(c));
    return r;
}

/* ---------------------------------------------------------------- classes */

/* PEP 560: bases that are not classes may substitute themselves via __mro_entries__. */
static Value resolve_bases(Value bases, bool *changed)
{
    *changed = false;
    size_t n = TUPLE_LEN(bases);
    size_t i;
    for (i = 0; i < n; i++)
        if (!IS_TYPEOBJ(TUPLE_ITEMS(bases)[i])) break;
    if (i == n) return NEWREF(bases);
    Value res = list_new(0);
    if (!res) return VNULL;
    for (i = 0; i < n; i++) {
        Value b = TUPLE_ITEMS(bases)[i];
        Value me = IS_TYPEOBJ(b) ? VNULL : obj_getattr_opt(b, NAME(__mro_entries__));
        if (!me) {
            if (err_occurred() || list_append(res, b) < 0) goto fail;
            continue;
        }
        Value r = obj_call1(me, bases);
        DECREF(me);
        if (!r) goto fail;
        if (!IS_TUPLE(r)) {
            DECREF(r);
            err_set(ExcTypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        int rc = list_extend(res, r);
        DECREF(r);
        if (rc < 0) goto fail;
        *changed = true;
    }
    Value t = list_as_tuple(res);
    DECREF(res);
    return t;
fail:
    DECREF(res);
    return VNULL;
}

Value vm_build_class(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (nargs < 2) {
        err_set(ExcTypeError, "__build_class__: not enough arguments");
        return VNULL;
    }
    Value func = args[0], name = args[1];
    if (!IS_TYPE(func, &FunctionType)) {
        err_set(ExcTypeError, "__build_class__: func must be a function");
        return VNULL;
    }
    if (!IS_STR(name)) {
        err_set(ExcTypeError, "__build_class__: name is not a string");
        return VNULL;
    }
    Value orig_bases = tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases) return VNULL;
    bool changed;
    Value bases = resolve_bases(orig_bases, &changed);
    Value meta = VNULL, kw = VNULL, ns = VNULL, cls = VNULL;
    if (!bases) goto done;
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (nkw) {
        kw = dict_new();
        if (!kw) goto done;
        for (size_t i = 0; i < nkw; i++) {
            Value k = TUPLE_ITEMS(kwnames)[i];
            if (str_eq(k, NAME(metaclass))) meta = NEWREF(args[nargs + i]);
            else if (dict_set(kw, k, args[nargs + i]) < 0) goto done;
        }
    }
    bool is_class = false;
    if (!meta) {
        meta = TUPLE_LEN(bases) ? OBJ_VAL(TYPE(TUPLE_ITEMS(bases)[0])) : OBJ_VAL(&TypeType);
        INCREF(meta);
        is_class = true;
    } else if (IS_TYPEOBJ(meta))
        is_class = true;
    if (is_class) {
        Type *w = type_calculate_metaclass((Type *)AS_OBJ(meta), bases);
        if (!w) goto done;
        Value wv = OBJ_VAL(w);
        INCREF(wv);
        DECREF(meta);
        meta = wv;
    }
    /* The namespace: meta.__prepare__(name, bases, **kw) when it has one. */
    {
        Value prep = obj_getattr_opt(meta, NAME(__prepare__));
        if (prep) {
            size_t nk = kw ? (size_t)dict_len(kw) : 0;
            Value pargs[2 + 16];
            Value pkwn = VNULL;
            pargs[0] = name;
            pargs[1] = bases;
            if (nk && nk <= 16) {
                pkwn = tuple_new(nk);
                if (!pkwn) { DECREF(prep); goto done; }
                size_t pos = 0, j = 0;
                Value k, v;
                while (dict_next(kw, &pos, &k, &v)) {
                    tuple_set_steal(pkwn, j, NEWREF(k));
                    pargs[2 + j] = v;
                    j++;
                }
            } else
                nk = 0;
            ns = obj_call(prep, pargs, 2, pkwn);
            XDECREF(pkwn);
            DECREF(prep);
            if (!ns) goto done;
        } else {
            if (err_occurred()) goto done;
            ns = dict_new();
            if (!ns) goto done;
        }
    }
    /* Run the body with ns as its locals. */
    {
        FunctionObj *fn = (FunctionObj *)AS_OBJ(func);
        if (vm.recursion_depth >= vm.recursion_limit || vm.c_depth >= VM_C_DEPTH_MAX) {
            err_set(ExcRecursionError, "maximum recursion depth exceeded");
            goto done;
        }
        Frame *f = frame_new(fn->code, fn, fn->globals, fn->builtins, ns);
        if (!f) goto done;
        if (frame_bind_args(f, fn, NULL, 0, VNULL) < 0) {
            frame_release(f);
            goto done;
        }
        f->back = vm.frame;
        f->entry = FRAME_ENTRY_C;
        Value r = eval_frame(f, 0);
        if (!r) goto done;
        DECREF(r);
    }
    if (changed) {
        if (obj_setitem(ns, NAME(__orig_bases__), orig_bases) < 0) goto done;
    }
    {
        Value cell = VNULL;
        if (IS_DICT(ns)) {
            cell = dict_get_str(ns, NAME(__classcell__));
            if (cell) INCREF(cell);
        }
        size_t nk = kw ? (size_t)dict_len(kw) : 0;
        Value margs[3 + 16];
        Value mkwn = VNULL;
        margs[0] = name;
        margs[1] = bases;
        margs[2] = ns;
        if (nk && nk <= 16) {
            mkwn = tuple_new(nk);
            if (!mkwn) { XDECREF(cell); goto done; }
            size_t pos = 0, j = 0;
            Value k, v;
            while (dict_next(kw, &pos, &k, &v)) {
                tuple_set_steal(mkwn, j, NEWREF(k));
                margs[3 + j] = v;
                j++;
            }
        }
        cls = obj_call(meta, margs, 3, mkwn);
        XDECREF(mkwn);
        if (cls && cell && IS_TYPE(cell, &CellType)) {
            CellObj *c = (CellObj *)AS_OBJ(cell);
            if (!c->ref) c->ref = NEWREF(cls);
            else if (c->ref != cls) {
                err_format(ExcTypeError, "__class__ set to %R defining %R as %R", c->ref, name, cls);
                CLEAR(cls);
            }
        }
        XDECREF(cell);
    }
done:
    DECREF(orig_bases);
    XDECREF(bases);
    XDECREF(meta);
    XDECREF(kw);
    XDECREF(ns);
    return cls;
}

/* ---------------------------------------------------------------- introspection */

Value vm_globals(void)
{
    if (vm.frame && frame_globals(vm.frame)) return NEWREF(frame_globals(vm.frame));
    if (vm.modules) {
        Value m = dict_get_cstr(vm.modules, "__main__");
        if (m && IS_TYPE(m, &ModuleType)) return NEWREF(((ModuleObj *)AS_OBJ(m))->dict);
    }
    return dict_new();
}

Value frame_locals(Frame *f)
{
    if (f->locals) return NEWREF(f->locals);
    Code *co = f->code;
    Value d = dict_new();
    if (!d || !co) return d;
    for (int i = 0; i < co->nlocals; i++) {
        Value v = f->slots[i];
        if (v && dict_set(d, TUPLE_ITEMS(co->varnames)[i], v) < 0) goto fail;
    }
    for (int i = 0; i < co->ncells + co->nfrees; i++) {
        Value c = f->slots[co->nlocals + i];
        if (!c || !IS_TYPE(c, &CellType)) continue;
        Value v = ((CellObj *)AS_OBJ(c))->ref;
        Value name = i < co->ncells ? TUPLE_ITEMS(co->cellvars)[i] : TUPLE_ITEMS(co->freevars)[i - co->ncells];
        if (v && dict_set(d, name, v) < 0) goto fail;
    }
    return d;
fail:
    DECREF(d);
    return VNULL;
}

Value vm_locals(void)
{
    Frame *f = vm.frame;
    if (!f) return vm_globals();
    return frame_locals(f);
}

int vm_super_zero_args(Value *type_out, Value *obj_out)
{
    Frame *f = vm.frame;
    if (!f || !f->code) {
        err_set(ExcRuntimeError, "super(): no current frame");
        return -1;
    }
    Code *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        err_set(ExcRuntimeError, "super(): no arguments");
        return -1;
    }
    Value first = f->slots[0];
    if (!first && co->cell2arg) {
        for (int i = 0; i < co->ncells; i++) {
            if (co->cell2arg[i] == 0) {
                Value c = f->slots[co->nlocals + i];
                if (c && IS_TYPE(c, &CellType)) first = ((CellObj *)AS_OBJ(c))->ref;
                break;
            }
        }
    }
    if (first && co->argcount == 0) {
        /* def m(*args): the first positional is args[0] */
        if (IS_TUPLE(first) && TUPLE_LEN(first) > 0) first = TUPLE_ITEMS(first)[0];
        else first = VNULL;
    }
    if (!first) {
        err_set(ExcRuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nfrees; i++) {
        if (str_eq_cstr(TUPLE_ITEMS(co->freevars)[i], "__class__")) {
            Value c = f->slots[co->nlocals + co->ncells + i];
            Value t = c && IS_TYPE(c, &CellType) ? ((CellObj *)AS_OBJ(c))->ref : VNULL;
            if (!t) {
                err_set(ExcRuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!IS_TYPEOBJ(t)) {
                err_format(ExcRuntimeError, "super(): __class__ is not a type (%s)", type_name(t));
                return -1;
            }
            *type_out = NEWREF(t);
            *obj_out = NEWREF(first);
            return 0;
        }
    }
    err_set(ExcRuntimeError, "super(): __class__ cell not found");
    return -1;
}

Value vm_current_filename(void)
{
    return vm.frame && vm.frame->code ? vm.frame->code->filename : VNULL;
}

Value vm_getframe(int depth)
{
    Frame *f = vm.frame;
    while (f && depth > 0) {
        f = f->back;
        depth--;
    }
    if (!f) {
        err_set(ExcValueError, "call stack is not deep enough");
        return VNULL;
    }
    return NEWREF(OBJ_VAL(f));
}
