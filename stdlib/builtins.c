/* The builtins module: the builtin functions, types, constants and exceptions,
 * entered in CPython's order (the order matters for dir() and for "Did you mean"
 * suggestions, which pick the first of equally close names). */
#include <string.h>
#include <stdlib.h>

#include "object.h"
#include "objutil.h"
#include "containers.h"
#include "code.h"
#include "frame.h"
#include "run.h"
#include "errors.h"
#include "args.h"
#include "anext.h"
#include "modules.h"
#include "import.h"
#include "intsum.h"
#include "ast.h"

/* An interned name not in names.def, made once. */
#define CACHED_NAME(var, s) \
    static Value var; \
    if (!var) var = str_intern_cstr(s)

/* object.h's FLOAT_VAL names its parameter like the struct member, so it only
 * works on a variable called v: read the member directly. */
#define FVAL(x) (((FloatObj *)AS_OBJ(x))->v)

/* ---- keyword helpers ---- */

static inline size_t nkw_of(Value kwnames) { return kwnames ? TUPLE_LEN(kwnames) : 0; }

/* ---- print ---- */

static Value bi_print(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    Value sep = VNULL, end = VNULL, file = VNULL, flush = VNULL;
    size_t nkw = nkw_of(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Value key = TUPLE_ITEMS(kwnames)[k];
        Value v = args[nargs + k];
        if (key == NAME(sep) || str_eq_cstr(key, "sep")) sep = v;
        else if (key == NAME(end) || str_eq_cstr(key, "end")) end = v;
        else if (key == NAME(file) || str_eq_cstr(key, "file")) file = v;
        else if (key == NAME(flush) || str_eq_cstr(key, "flush")) flush = v;
        else {
            err_format(ExcTypeError, "'%U' is an invalid keyword argument for print()", key);
            return VNULL;
        }
    }
    if (!file || file == NONE) {
        file = sys_get_stream("stdout");
        if (!file) {
            err_set(ExcRuntimeError, "lost sys.stdout");
            return VNULL;
        }
        if (file == NONE) RETURN_NONE;
    }
    if (sep == NONE) sep = VNULL;
    else if (sep && !IS_STR(sep)) {
        err_format(ExcTypeError, "sep must be None or a string, not %N", sep);
        return VNULL;
    }
    if (end == NONE) end = VNULL;
    else if (end && !IS_STR(end)) {
        err_format(ExcTypeError, "end must be None or a string, not %N", end);
        return VNULL;
    }
    INCREF(file);
    FileObj *fo = is_file(file) ? FILEOBJ(file) : NULL;
    if (fo && fo->fp && !fo->binary && fo->writable && file_plain_text(fo)) {
        /* The standard streams and text files: straight to the C stream. */
        FILE *fp = fo->fp;
        for (size_t i = 0; i < nargs; i++) {
            if (i) {
                if (sep) fwrite(STR_DATA(sep), 1, STR_SIZE(sep), fp);
                else putc(' ', fp);
            }
            Value a = args[i];
            if (IS_TYPE(a, &StrType)) {
                fwrite(STR_DATA(a), 1, STR_SIZE(a), fp);
            } else {
                Value s = obj_str(a);
                if (!s) goto fail;
                fwrite(STR_DATA(s), 1, STR_SIZE(s), fp);
                DECREF(s);
                if (!fo->fp) {   /* __str__ closed the file */
                    err_set(ExcValueError, "I/O operation on closed file.");
                    goto fail;
                }
            }
        }
        if (end) fwrite(STR_DATA(end), 1, STR_SIZE(end), fp);
        else putc('\n', fp);
    } else {
        for (size_t i = 0; i < nargs; i++) {
            if (i && (sep ? file_write_str(file, sep) : file_write_cstr(file, " ")) < 0) goto fail;
            Value s = obj_str(args[i]);
            if (!s) goto fail;
            int r = file_write_str(file, s);
            DECREF(s);
            if (r < 0) goto fail;
        }
        if ((end ? file_write_str(file, end) : file_write_cstr(file, "\n")) < 0) goto fail;
    }
    if (flush) {
        int t = obj_truthy(flush);
        if (t < 0) goto fail;
        if (t) {
            Value r = obj_call_method(file, "flush", NULL, 0);
            if (!r) goto fail;
            DECREF(r);
        }
    }
    DECREF(file);
    RETURN_NONE;
fail:
    DECREF(file);
    return VNULL;
}

/* ---- one-argument functions ---- */

static Value bi_len(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("len", nargs, kwnames, 1, 1) < 0) return VNULL;
    intptr_t n = obj_len(args[0]);
    if (n < 0) return VNULL;
    return int_from_i64(n);
}

static Value bi_repr(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("repr", nargs, kwnames, 1, 1) < 0) return VNULL;
    return obj_repr(args[0]);
}

/* repr() with every non-ASCII character escaped (ascii(), %a, !a). */
Value ascii_of_repr(Value r) {
    if (((StrObj *)AS_OBJ(r))->ascii) return NEWREF(r);
    StrBuf sb;
    sb_init(&sb);
    const unsigned char *p = (const unsigned char *)STR_DATA(r);
    const unsigned char *e = p + STR_SIZE(r);
    while (p < e) {
        uint32_t c = *p;
        if (c < 0x80) {
            sb_putc(&sb, (char)c);
            p++;
            continue;
        }
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        c &= (0x3F >> extra);
        p++;
        for (int k = 0; k < extra && p < e; k++) c = (c << 6) | (*p++ & 0x3F);
        if (c <= 0xff) sb_printf(&sb, "\\x%02x", c);
        else if (c <= 0xffff) sb_printf(&sb, "\\u%04x", c);
        else sb_printf(&sb, "\\U%08x", c);
    }
    return sb_finish(&sb);
}

static Value bi_ascii(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("ascii", nargs, kwnames, 1, 1) < 0) return VNULL;
    Value r = obj_repr(args[0]);
    if (!r) return VNULL;
    Value a = ascii_of_repr(r);
    DECREF(r);
    return a;
}

static Value bi_id(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("id", nargs, kwnames, 1, 1) < 0) return VNULL;
    return int_from_u64((uint64_t)args[0]);
}

static Value bi_hash(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("hash", nargs, kwnames, 1, 1) < 0) return VNULL;
    int64_t h = obj_hash(args[0]);
    if (h == -1) return VNULL;
    return int_from_i64(h);
}

static Value bi_abs(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("abs", nargs, kwnames, 1, 1) < 0) return VNULL;
    Value v = args[0];
    if (IS_SMALL(v)) {
        intptr_t i = SMALL_VAL(v);
        return i >= 0 ? v : int_from_i64(-(int64_t)i);
    }
    UnaryFn f = TYPE(v)->nb_abs;
    if (!f) {
        err_format(ExcTypeError, "bad operand type for abs(): '%N'", v);
        return VNULL;
    }
    return f(v);
}

static Value bi_callable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("callable", nargs, kwnames, 1, 1) < 0) return VNULL;
    return BOOL_VAL(TYPE(args[0])->call != NULL);
}

static Value base_conv(const char *name, const Value *args, size_t nargs, Value kwnames, int base) {
    if (arg_simple(name, nargs, kwnames, 1, 1) < 0) return VNULL;
    Value i = obj_index(args[0]);
    if (!i) return VNULL;
    Value r = int_to_base_str(i, base);
    DECREF(i);
    return r;
}

static Value bi_hex(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return base_conv("hex", args, nargs, kwnames, 16);
}
static Value bi_oct(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return base_conv("oct", args, nargs, kwnames, 8);
}
static Value bi_bin(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return base_conv("bin", args, nargs, kwnames, 2);
}

static Value bi_chr(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("chr", nargs, kwnames, 1, 1) < 0) return VNULL;
    intptr_t c;
    if (IS_SMALL(args[0])) {
        c = SMALL_VAL(args[0]);
    } else {
        Value i = obj_index(args[0]);
        if (!i) return VNULL;
        int64_t x;
        int r = int_as_i64(i, &x);
        DECREF(i);
        if (r < 0) {
            err_clear();
            err_set(ExcOverflowError, "Python int too large to convert to C int");
            return VNULL;
        }
        if (x > 0x7fffffff || x < -0x7fffffff) {
            err_set(ExcOverflowError, "Python int too large to convert to C int");
            return VNULL;
        }
        c = (intptr_t)x;
    }
    /* CPython converts to a C int first: small ints outside it overflow too */
    if (c > INT32_MAX || c < INT32_MIN) {
        err_set(ExcOverflowError, "Python int too large to convert to C int");
        return VNULL;
    }
    if (c < 0 || c > 0x10ffff) {
        err_set(ExcValueError, "chr() arg not in range(0x110000)");
        return VNULL;
    }
    char buf[4];
    size_t n;
    uint32_t u = (uint32_t)c;
    if (u < 0x80) {
        buf[0] = (char)u;
        n = 1;
    } else if (u < 0x800) {
        buf[0] = (char)(0xC0 | (u >> 6));
        buf[1] = (char)(0x80 | (u & 0x3F));
        n = 2;
    } else if (u < 0x10000) {
        buf[0] = (char)(0xE0 | (u >> 12));
        buf[1] = (char)(0x80 | ((u >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (u & 0x3F));
        n = 3;
    } else {
        buf[0] = (char)(0xF0 | (u >> 18));
        buf[1] = (char)(0x80 | ((u >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((u >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (u & 0x3F));
        n = 4;
    }
    return str_from_utf8(buf, n);
}

static Value bi_ord(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("ord", nargs, kwnames, 1, 1) < 0) return VNULL;
    Value v = args[0];
    if (IS_STR(v)) {
        if (STR_LEN(v) != 1) {
            err_format(ExcTypeError, "ord() expected a character, but string of length %zu found",
                       STR_LEN(v));
            return VNULL;
        }
        const unsigned char *p = (const unsigned char *)STR_DATA(v);
        uint32_t c = p[0];
        if (c >= 0x80) {
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            c &= (0x3F >> extra);
            for (int k = 1; k <= extra; k++) c = (c << 6) | (p[k] & 0x3F);
        }
        return MAKE_SMALL(c);
    }
    if (!IS_SMALL(v) && (type_is_subtype(TYPE(v), &BytesType) || strcmp(TYPE(v)->name, "bytearray") == 0)) {
        intptr_t n = obj_len(v);
        if (n < 0) return VNULL;
        if (n != 1) {
            err_format(ExcTypeError, "ord() expected a character, but string of length %ld found",
                       (long)n);
            return VNULL;
        }
        Value b = obj_getitem(v, MAKE_SMALL(0));
        return b;
    }
    err_format(ExcTypeError, "ord() expected string of length 1, but %N found", v);
    return VNULL;
}

/* ---- iteration ---- */

static Value bi_iter(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("iter", kwnames) < 0 || arg_count("iter", nargs, 1, 2) < 0) return VNULL;
    if (nargs == 1) return obj_iter(args[0]);
    if (!TYPE(args[0])->call) {
        err_set(ExcTypeError, "iter(v, w): v must be callable");
        return VNULL;
    }
    return calliter_new(args[0], args[1]);
}

static Value bi_next(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("next", kwnames) < 0 || arg_count("next", nargs, 1, 2) < 0) return VNULL;
    Value it = args[0];
    UnaryFn f = TYPE(it)->iternext;
    if (!f) {
        err_format(ExcTypeError, "'%N' object is not an iterator", it);
        return VNULL;
    }
    /* A generator's return value travels in StopIteration, which its iternext
     * slot (made for loops) drops: resume it through gen_next. */
    Value r = IS_TYPE(it, &GeneratorType) ? gen_next(it) : iter_next_with_stop(it);
    if (r) return r;
    if (err_occurred()) {
        if (nargs < 2 || !err_matches(ExcStopIteration)) return VNULL;
        err_clear();
    }
    if (nargs == 2) return NEWREF(args[1]);
    err_set_object(ExcStopIteration, VNULL);
    return VNULL;
}

static Value bi_aiter(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_simple("aiter", nargs, kwnames, 1, 1) < 0) return VNULL;
    UnaryFn f = TYPE(args[0])->am_aiter;
    if (!f) {
        err_format(ExcTypeError, "'%N' object is not an async iterable", args[0]);
        return VNULL;
    }
    return f(args[0]);
}

static Value bi_anext(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("anext", kwnames) < 0 || arg_count("anext", nargs, 1, 2) < 0) return VNULL;
    UnaryFn f = TYPE(args[0])->am_anext;
    if (!f) {
        err_format(ExcTypeError, "'%N' object is not an async iterator", args[0]);
        return VNULL;
    }
    if (nargs == 2) return anext_awaitable_new(args[0], args[1]);
    return f(args[0]);
}

static Value bi_any_all(const char *name, const Value *args, size_t nargs, Value kwnames, bool want) {
    if (arg_simple(name, nargs, kwnames, 1, 1) < 0) return VNULL;
    Value it = obj_iter(args[0]);
    if (!it) return VNULL;
    UnaryFn next = TYPE(it)->iternext;
    Value item;
    while ((item = next(it))) {
        int t = obj_truthy(item);
        DECREF(item);
        if (t < 0) {
            DECREF(it);
            return VNULL;
        }
        if ((t != 0) == want) {
            DECREF(it);
            return BOOL_VAL(want);
        }
    }
    DECREF(it);
    if (err_occurred()) return VNULL;
    return BOOL_VAL(!want);
}

static Value bi_any(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return bi_any_all("any", args, nargs, kwnames, true);
}
static Value bi_all(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return bi_any_all("all", args, nargs, kwnames, false);
}

/* ---- min / max ---- */

static Value min_max(const Value *args, size_t nargs, Value kwnames, int op) {
    const char *name = op == CONT_LT ? "min" : "max";
    Value key = VNULL, dflt = VNULL;
    size_t nkw = nkw_of(kwnames);
    if (nargs == 0) {
        err_format(ExcTypeError, "%s expected at least 1 argument, got 0", name);
        return VNULL;
    }
    for (size_t k = 0; k < nkw; k++) {
        Value kn = TUPLE_ITEMS(kwnames)[k];
        if (kn == NAME(key) || str_eq_cstr(kn, "key")) key = args[nargs + k];
        else if (kn == NAME(default) || str_eq_cstr(kn, "default")) dflt = args[nargs + k];
        else {
            err_format(ExcTypeError, "'%U' is an invalid keyword argument for %s()", kn, name);
            return VNULL;
        }
    }
    bool positional = nargs > 1;
    if (positional && dflt) {
        err_format(ExcTypeError, "Cannot specify a default for %s() with multiple positional arguments",
                   name);
        return VNULL;
    }
    if (key == NONE) key = VNULL;
    Value it = VNULL;
    size_t idx = 0;
    if (!positional) {
        it = obj_iter(args[0]);
        if (!it) return VNULL;
    }
    Value best = VNULL, bestval = VNULL;
    for (;;) {
        Value item;
        if (it) {
            item = TYPE(it)->iternext(it);
            if (!item) {
                if (err_occurred()) goto fail;
                break;
            }
        } else {
            if (idx >= nargs) break;
            item = NEWREF(args[idx++]);
        }
        Value val;
        if (key) {
            val = obj_call1(key, item);
            if (!val) {
                DECREF(item);
                goto fail;
            }
        } else {
            val = NEWREF(item);
        }
        if (!bestval) {
            best = item;
            bestval = val;
            continue;
        }
        int c;
        if (IS_SMALL(val) && IS_SMALL(bestval)) {
            c = op == CONT_LT ? (intptr_t)val < (intptr_t)bestval : (intptr_t)val > (intptr_t)bestval;
        } else {
            c = obj_richcompare_bool(val, bestval, op);
        }
        if (c < 0) {
            DECREF(item);
            DECREF(val);
            goto fail;
        }
        if (c) {
            DECREF(best);
            DECREF(bestval);
            best = item;
            bestval = val;
        } else {
            DECREF(item);
            DECREF(val);
        }
    }
    XDECREF(it);
    if (!bestval) {
        if (dflt) return NEWREF(dflt);
        err_format(ExcValueError, "%s() arg is an empty sequence", name);
        return VNULL;
    }
    DECREF(bestval);
    return best;
fail:
    XDECREF(it);
    XDECREF(best);
    XDECREF(bestval);
    return VNULL;
}

static Value bi_min(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return min_max(args, nargs, kwnames, CONT_LT);
}
static Value bi_max(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return min_max(args, nargs, kwnames, CONT_GT);
}

/* ---- sum ---- */

static Value bi_sum(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"iterable", "start", NULL};
    Value a[2];
    if (arg_parse_ex("sum", args, nargs, kwnames, names, 1, 2, 1, a) < 0) return VNULL;
    Value result = a[1] ? a[1] : MAKE_SMALL(0);
    if (!IS_SMALL(result)) {
        if (IS_STR(result)) {
            err_set(ExcTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
            return VNULL;
        }
        if (type_is_subtype(TYPE(result), &BytesType)) {
            err_set(ExcTypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
            return VNULL;
        }
        if (strcmp(TYPE(result)->name, "bytearray") == 0) {
            err_set(ExcTypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
            return VNULL;
        }
    }
    Value it = obj_iter(a[0]);
    if (!it) return VNULL;
    UnaryFn next = TYPE(it)->iternext;
    Value item;
    if (TYPE(result) == &IntType) {
        /* exact ints and bools are added in C; the first other item continues below */
        result = int_sum_exact(result, it, next, &item);
        if (!result) {
            DECREF(it);
            return VNULL;
        }
        if (!item) {
            DECREF(it);
            return result;
        }
        goto add_item;
    }
    INCREF(result);
    while ((item = next(it))) {
        /* Fast paths: small ints without overflow, and floats (plain addition, as 3.11). */
        if (IS_SMALL(result) && IS_SMALL(item)) {
            intptr_t s;
            if (!__builtin_add_overflow(SMALL_VAL(result), SMALL_VAL(item), &s) && s >= SMALL_MIN &&
                s <= SMALL_MAX) {
                result = MAKE_SMALL(s);
                continue;
            }
        }
        if (IS_FLOAT(result) && (IS_FLOAT(item) || IS_SMALL(item))) {
            double d = FVAL(result) + (IS_FLOAT(item) ? FVAL(item) : (double)SMALL_VAL(item));
            DECREF(item);
            if (AS_OBJ(result)->refcnt == 1) {
                ((FloatObj *)AS_OBJ(result))->v = d;
            } else {
                DECREF(result);
                result = float_new(d);
                if (!result) {
                    DECREF(it);
                    return VNULL;
                }
            }
            continue;
        }
    add_item:;
        Value r = obj_binop(BINOP_ADD, result, item);
        DECREF(item);
        DECREF(result);
        if (!r) {
            DECREF(it);
            return VNULL;
        }
        result = r;
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(result);
        return VNULL;
    }
    return result;
}

/* ---- sorted ---- */

static Value bi_sorted(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs != 1) {
        err_format(ExcTypeError, "sorted expected 1 argument, got %zu", nargs);
        return VNULL;
    }
    Value key = VNULL;
    bool reverse = false;
    size_t nkw = nkw_of(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Value kn = TUPLE_ITEMS(kwnames)[k];
        Value v = args[nargs + k];
        if (kn == NAME(key) || str_eq_cstr(kn, "key")) {
            key = v == NONE ? VNULL : v;
        } else if (kn == NAME(reverse) || str_eq_cstr(kn, "reverse")) {
            if (IS_FLOAT(v)) {
                err_set(ExcTypeError, "'float' object cannot be interpreted as an integer");
                return VNULL;
            }
            intptr_t r;
            if (obj_as_ssize(v, &r) < 0) return VNULL;
            reverse = r != 0;
        } else {
            err_format(ExcTypeError, "'%U' is an invalid keyword argument for sort()", kn);
            return VNULL;
        }
    }
    Value l = list_from_iterable(args[0]);
    if (!l) return VNULL;
    if (list_sort(l, key, reverse) < 0) {
        DECREF(l);
        return VNULL;
    }
    return l;
}

/* ---- numbers ---- */

static Value bi_round(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"number", "ndigits", NULL};
    Value a[2];
    if (arg_parse("round", args, nargs, kwnames, names, 2, 1, a) < 0) return VNULL;
    Value x = a[0], nd = a[1];
    if (nd == NONE) nd = VNULL;
    if (IS_SMALL(x) && !nd) return x;
    CACHED_NAME(round_name, "__round__");
    Value m = type_lookup(TYPE(x), round_name);
    if (!m) {
        err_format(ExcTypeError, "type %s doesn't define __round__ method", TYPE(x)->name);
        return VNULL;
    }
    return call_unbound(m, x, nd ? &nd : NULL, nd ? 1 : 0, VNULL);
}

static Value bi_divmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("divmod", kwnames) < 0 || arg_count("divmod", nargs, 2, 2) < 0) return VNULL;
    Value a = args[0], b = args[1];
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        if (y == 0) {
            err_set(ExcZeroDivisionError, "integer division or modulo by zero");
            return VNULL;
        }
        intptr_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q -= 1;
            r += y;
        }
        Value qv = int_from_i64(q);
        if (!qv) return VNULL;
        Value t = tuple_pack(2, qv, MAKE_SMALL(r));
        DECREF(qv);
        return t;
    }
    CACHED_NAME(divmod_name, "__divmod__");
    CACHED_NAME(rdivmod_name, "__rdivmod__");
    Value m = type_lookup(TYPE(a), divmod_name);
    if (m) {
        Value r = call_unbound(m, a, &b, 1, VNULL);
        if (r != NOTIMPLEMENTED) return r;
    }
    if (TYPE(a) != TYPE(b)) {
        Value rm = type_lookup(TYPE(b), rdivmod_name);
        if (rm) {
            Value r = call_unbound(rm, b, &a, 1, VNULL);
            if (r != NOTIMPLEMENTED) return r;
        }
    }
    /* Numbers without a __divmod__ method: floor division and modulo. */
    if ((IS_INT(a) || IS_FLOAT(a)) && (IS_INT(b) || IS_FLOAT(b))) {
        if (IS_FLOAT(a) || IS_FLOAT(b)) {
            double y;
            if (obj_as_double(b, &y) < 0) return VNULL;
            if (y == 0.0) {
                err_set(ExcZeroDivisionError, "float divmod()");
                return VNULL;
            }
        }
        Value q = obj_binop(BINOP_FLOORDIV, a, b);
        if (!q) return VNULL;
        Value r = obj_binop(BINOP_MOD, a, b);
        if (!r) {
            DECREF(q);
            return VNULL;
        }
        Value t = tuple_pack(2, q, r);
        DECREF(q);
        DECREF(r);
        return t;
    }
    err_format(ExcTypeError, "unsupported operand type(s) for divmod(): '%N' and '%N'", a, b);
    return VNULL;
}

static Value bi_pow(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value a[3];
    if (arg_parse("pow", args, nargs, kwnames, names, 3, 2, a) < 0) return VNULL;
    if (!a[2] || a[2] == NONE) return obj_binop(BINOP_POW, a[0], a[1]);
    Type *ts[3] = {TYPE(a[0]), TYPE(a[1]), TYPE(a[2])};
    for (int i = 0; i < 3; i++) {
        if (i > 0 && ts[i] == ts[0]) continue;
        if (i > 1 && ts[i] == ts[1]) continue;
        TernaryFn f = ts[i]->nb_pow3;
        if (!f) continue;
        Value r = f(a[0], a[1], a[2]);
        if (r != NOTIMPLEMENTED) return r;
    }
    bool numeric = true, any_float = false;
    for (int i = 0; i < 3; i++) {
        if (IS_FLOAT(a[i])) any_float = true;
        else if (!IS_INT(a[i])) numeric = false;
    }
    if (numeric && any_float) {
        err_set(ExcTypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return VNULL;
    }
    err_format(ExcTypeError, "unsupported operand type(s) for ** or pow(): '%N', '%N', '%N'", a[0],
               a[1], a[2]);
    return VNULL;
}

static Value bi_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("format", kwnames) < 0 || arg_count("format", nargs, 1, 2) < 0) return VNULL;
    Value spec = VNULL;
    if (nargs == 2) {
        spec = args[1];
        if (!IS_STR(spec)) {
            err_format(ExcTypeError, "format() argument 2 must be str, not %N", spec);
            return VNULL;
        }
    }
    if (!spec) {
        spec = str_intern_cstr("");
        Value r = obj_format(args[0], spec);
        DECREF(spec);
        return r;
    }
    return obj_format(args[0], spec);
}

/* ---- types and attributes ---- */

static Value bi_isinstance(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("isinstance", kwnames) < 0 || arg_count("isinstance", nargs, 2, 2) < 0) return VNULL;
    int r = obj_isinstance(args[0], args[1]);
    if (r < 0) return VNULL;
    return BOOL_VAL(r);
}

static Value bi_issubclass(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("issubclass", kwnames) < 0 || arg_count("issubclass", nargs, 2, 2) < 0) return VNULL;
    int r = obj_issubclass(args[0], args[1]);
    if (r < 0) return VNULL;
    return BOOL_VAL(r);
}

static int check_attr_name(Value name) {
    if (IS_STR(name)) return 0;
    err_format(ExcTypeError, "attribute name must be string, not '%N'", name);
    return -1;
}

static Value bi_getattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("getattr", kwnames) < 0 || arg_count("getattr", nargs, 2, 3) < 0) return VNULL;
    if (check_attr_name(args[1]) < 0) return VNULL;
    if (nargs == 2) return obj_getattr(args[0], args[1]);
    Value r = obj_getattr_opt(args[0], args[1]);
    if (r) return r;
    if (err_occurred()) {
        if (!err_matches(ExcAttributeError)) return VNULL;
        err_clear();
    }
    return NEWREF(args[2]);
}

static Value bi_setattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("setattr", kwnames) < 0 || arg_count("setattr", nargs, 3, 3) < 0) return VNULL;
    if (check_attr_name(args[1]) < 0) return VNULL;
    if (obj_setattr(args[0], args[1], args[2]) < 0) return VNULL;
    RETURN_NONE;
}

static Value bi_delattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("delattr", kwnames) < 0 || arg_count("delattr", nargs, 2, 2) < 0) return VNULL;
    if (check_attr_name(args[1]) < 0) return VNULL;
    if (obj_setattr(args[0], args[1], VNULL) < 0) return VNULL;
    RETURN_NONE;
}

static Value bi_hasattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("hasattr", kwnames) < 0 || arg_count("hasattr", nargs, 2, 2) < 0) return VNULL;
    if (check_attr_name(args[1]) < 0) return VNULL;
    Value r = obj_getattr_opt(args[0], args[1]);
    if (r) {
        DECREF(r);
        return TRUE_VAL;
    }
    if (err_occurred()) {
        if (!err_matches(ExcAttributeError)) return VNULL;
        err_clear();
    }
    return FALSE_VAL;
}

static Value bi_vars(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("vars", kwnames) < 0 || arg_count("vars", nargs, 0, 1) < 0) return VNULL;
    if (nargs == 0) return vm_locals();
    Value d = obj_getattr_opt(args[0], NAME(__dict__));
    if (d) return d;
    if (err_occurred() && !err_matches(ExcAttributeError)) return VNULL;
    err_clear();
    err_set(ExcTypeError, "vars() argument must have __dict__ attribute");
    return VNULL;
}

static Value bi_dir(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("dir", kwnames) < 0 || arg_count("dir", nargs, 0, 1) < 0) return VNULL;
    if (nargs == 1) return obj_dir(args[0]);
    Value loc = vm_locals();
    if (!loc) return VNULL;
    Value keys = IS_DICT(loc) ? dict_keys_list(loc) : list_from_iterable(loc);
    DECREF(loc);
    if (!keys) return VNULL;
    if (list_sort(keys, VNULL, false) < 0) {
        DECREF(keys);
        return VNULL;
    }
    return keys;
}

static Value bi_globals(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("globals", nargs, kwnames, 0, 0) < 0) return VNULL;
    return vm_globals();
}

static Value bi_locals(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (arg_simple("locals", nargs, kwnames, 0, 0) < 0) return VNULL;
    return vm_locals();
}

/* ---- input, exit ---- */

static Value bi_input(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("input", kwnames) < 0 || arg_count("input", nargs, 0, 1) < 0) return VNULL;
    Value in = sys_get_stream("stdin");
    Value out = sys_get_stream("stdout");
    Value errs = sys_get_stream("stderr");
    if (!in || in == NONE) {
        err_set(ExcRuntimeError, "input(): lost sys.stdin");
        return VNULL;
    }
    if (!out || out == NONE) {
        err_set(ExcRuntimeError, "input(): lost sys.stdout");
        return VNULL;
    }
    if (errs && errs != NONE) {
        Value r = obj_call_method(errs, "flush", NULL, 0);
        if (r) DECREF(r);
        else err_clear();
    }
    if (nargs == 1) {
        Value s = obj_str(args[0]);
        if (!s) return VNULL;
        int r = file_write_str(out, s);
        DECREF(s);
        if (r < 0) return VNULL;
    }
    Value r = obj_call_method(out, "flush", NULL, 0);
    if (!r) return VNULL;
    DECREF(r);
    Value line = file_readline(in);
    if (!line) return VNULL;
    if (!IS_STR(line)) {
        DECREF(line);
        err_set(ExcTypeError, "object.readline() returned non-string");
        return VNULL;
    }
    size_t n = STR_SIZE(line);
    if (n == 0) {
        DECREF(line);
        err_set(ExcEOFError, "EOF when reading a line");
        return VNULL;
    }
    if (STR_DATA(line)[n - 1] != '\n') return line;
    Value s = str_from_utf8(STR_DATA(line), n - 1);
    DECREF(line);
    return s;
}

/* exit and quit: site's Quitter objects (a repr that says how to leave, a call that
 * raises SystemExit). */
typedef struct QuitterObj { Obj hdr; const char *name; } QuitterObj;

static Value quitter_repr(Value self) {
    return str_fromformat("Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObj *)AS_OBJ(self))->name);
}

static Value quitter_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (arg_no_kw("Quitter.__call__", kwnames) < 0) return VNULL;
    if (nargs > 1) {
        err_format(ExcTypeError,
                   "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                   nargs + 1);
        return VNULL;
    }
    Value code = nargs ? args[0] : NONE;
    Value e = exc_new(ExcSystemExit, &code, 1);
    if (e) err_raise_steal(e);
    return VNULL;
}

static void quitter_dealloc(Obj *o) { o->refcnt = IMMORTAL_REFCNT; }

static Type QuitterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObj),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
    .getattr = obj_generic_getattr,
};

static QuitterObj quit_obj = {STATIC_HEADER(&QuitterType), "quit"};
static QuitterObj exit_obj = {STATIC_HEADER(&QuitterType), "exit"};

/* ---- import, exec, eval, compile ---- */

static Value bi_import(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Value a[5];
    if (arg_parse("__import__", args, nargs, kwnames, names, 5, 1, a) < 0) return VNULL;
    if (!IS_STR(a[0])) {
        err_set(ExcTypeError, "module name must be a string");
        return VNULL;
    }
    intptr_t level = 0;
    if (a[4] && obj_as_ssize(a[4], &level) < 0) return VNULL;
    if (level < 0) {
        err_set(ExcValueError, "level must be >= 0");
        return VNULL;
    }
    if (STR_SIZE(a[0]) == 0 && level == 0) {
        err_set(ExcValueError, "Empty module name");
        return VNULL;
    }
    Value fromlist = a[3] && a[3] != NONE ? a[3] : VNULL;
    return import_module_ex(a[0], fromlist, (int)level, a[1] && a[1] != NONE ? a[1] : VNULL);
}

/* The source text of exec/eval/compile's first argument. */
static int source_arg(const char *fname, Value src, const char **p, size_t *n, Code **code) {
    *code = NULL;
    if (IS_STR(src)) {
        *p = STR_DATA(src);
        *n = STR_SIZE(src);
        return 0;
    }
    if (!IS_SMALL(src) && TYPE(src) == &BytesType) {
        *p = ((BytesObj *)AS_OBJ(src))->data;
        *n = ((BytesObj *)AS_OBJ(src))->size;
        return 0;
    }
    if (IS_TYPE(src, &CodeType)) {
        *code = (Code *)AS_OBJ(src);
        return 0;
    }
    err_format(ExcTypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return -1;
}

static Value exec_eval(const char *fname, int mode, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "globals", "locals", NULL};
    Value a[3];
    if (arg_parse_ex(fname, args, nargs, kwnames, names, 1, 3, 1, a) < 0) return VNULL;
    Value g = a[1] && a[1] != NONE ? a[1] : VNULL;
    Value l = a[2] && a[2] != NONE ? a[2] : VNULL;
    if (g && !IS_DICT(g)) {
        if (mode != 2) err_format(ExcTypeError, "exec() globals must be a dict, not %N", g);
        else if (TYPE(g)->getitem) err_set(ExcTypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
        else err_set(ExcTypeError, "globals must be a dict");
        return VNULL;
    }
    if (l && !TYPE(l)->getitem) {
        if (mode == 2) err_set(ExcTypeError, "locals must be a mapping");
        else err_format(ExcTypeError, "locals must be a mapping or None, not %N", l);
        return VNULL;
    }
    Value gl, lown = VNULL;
    if (g) {
        gl = NEWREF(g);
        if (!l) l = g;
    } else {
        gl = vm_globals();
        if (!gl) return VNULL;
        if (!l) {
            /* In a function this is a snapshot: writes do not reach the fast locals. */
            lown = vm_locals();
            if (!lown) {
                DECREF(gl);
                return VNULL;
            }
            l = lown;
        }
    }
    if (dict_get_str(gl, NAME(__builtins__)) == VNULL &&
        dict_set(gl, NAME(__builtins__), vm.builtins_module) < 0) {
        DECREF(gl);
        XDECREF(lown);
        return VNULL;
    }
    const char *p;
    size_t n;
    Code *code;
    Value r;
    if (source_arg(fname, a[0], &p, &n, &code) < 0) {
        DECREF(gl);
        XDECREF(lown);
        return VNULL;
    }
    if (code && code->nfrees) {
        /* its free variables would have no cells to read */
        if (mode == 0)
            err_format(ExcTypeError, "code object requires a closure of exactly length %d", code->nfrees);
        else
            err_set(ExcTypeError, "code object passed to eval() may not contain free variables");
        r = VNULL;
    } else if (code) {
        r = vm_exec_code(code, gl, l == gl ? VNULL : l);
    } else {
        /* eval ignores leading blanks, as CPython strips them. */
        if (mode == 2)
            while (n && (*p == ' ' || *p == '\t')) { p++; n--; }
        r = vm_run_string(p, n, "<string>", mode, gl, l == gl ? VNULL : l);
    }
    DECREF(gl);
    XDECREF(lown);
    if (!r) return VNULL;
    if (mode == 0) {
        DECREF(r);
        RETURN_NONE;
    }
    return r;
}

static Value bi_exec(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return exec_eval("exec", 0, args, nargs, kwnames);
}

static Value bi_eval(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return exec_eval("eval", 2, args, nargs, kwnames);
}

static Value bi_compile(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", NULL};
    Value a[6];
    if (arg_parse("compile", args, nargs, kwnames, names, 6, 3, a) < 0) return VNULL;
    if (!IS_STR(a[1]) && !IS_TYPE(a[1], &BytesType)) {
        err_format(ExcTypeError, "expected str, bytes or os.PathLike object, not %N", a[1]);
        return VNULL;
    }
    if (!IS_STR(a[1])) {
        err_format(ExcTypeError, "compile() argument 2 must be str, not %N", a[1]);
        return VNULL;
    }
    if (!IS_STR(a[2])) {
        err_format(ExcTypeError, "compile() argument 'mode' must be str, not %N", a[2]);
        return VNULL;
    }
    int mode;
    if (str_eq_cstr(a[2], "exec")) mode = 0;
    else if (str_eq_cstr(a[2], "single")) mode = 1;
    else if (str_eq_cstr(a[2], "eval")) mode = 2;
    else {
        err_set(ExcValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return VNULL;
    }
    const char *p;
    size_t n;
    Code *code;
    if (source_arg("compile", a[0], &p, &n, &code) < 0) return VNULL;
    if (code) return NEWREF(a[0]);
    Code *c = vm_compile_string(p, n, STR_DATA(a[1]), mode);
    return c ? OBJ_VAL(c) : VNULL;
}

static Value bi_breakpoint(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    RETURN_NONE;
}

/* ---- the module ---- */

static const MethodDef first_defs[] = {
    {"__build_class__", vm_build_class, 0},
    {"__import__", bi_import, 0},
    {"abs", bi_abs, 0},
    {"all", bi_all, 0},
    {"any", bi_any, 0},
    {"ascii", bi_ascii, 0},
    {"bin", bi_bin, 0},
    {"breakpoint", bi_breakpoint, 0},
    {"callable", bi_callable, 0},
    {"chr", bi_chr, 0},
    {"compile", bi_compile, 0},
    {"delattr", bi_delattr, 0},
    {"dir", bi_dir, 0},
    {"divmod", bi_divmod, 0},
    {"eval", bi_eval, 0},
    {"exec", bi_exec, 0},
    {"format", bi_format, 0},
    {"getattr", bi_getattr, 0},
    {"globals", bi_globals, 0},
    {"hasattr", bi_hasattr, 0},
    {"hash", bi_hash, 0},
    {"hex", bi_hex, 0},
    {"id", bi_id, 0},
    {"input", bi_input, 0},
    {"isinstance", bi_isinstance, 0},
    {"issubclass", bi_issubclass, 0},
    {"iter", bi_iter, 0},
    {"aiter", bi_aiter, 0},
    {"len", bi_len, 0},
    {"locals", bi_locals, 0},
    {"max", bi_max, 0},
    {"min", bi_min, 0},
    {"next", bi_next, 0},
    {"anext", bi_anext, 0},
    {"oct", bi_oct, 0},
    {"ord", bi_ord, 0},
    {"pow", bi_pow, 0},
    {"print", bi_print, 0},
    {"repr", bi_repr, 0},
    {"round", bi_round, 0},
    {"setattr", bi_setattr, 0},
    {"sorted", bi_sorted, 0},
    {"sum", bi_sum, 0},
    {"vars", bi_vars, 0},
    {NULL, NULL, 0},
};

static const MethodDef last_defs[] = {
    {"open", builtin_open, 0},
    {NULL, NULL, 0},
};

/* Types of other areas that are not in object.h, found by name when they exist. */
extern Type ByteArrayType __attribute__((weak));
extern Type MemoryViewType __attribute__((weak));
extern Type ComplexType __attribute__((weak));

int builtins_init(void) {
    if (vm.builtins) return 0;
    Value name = str_intern_cstr("builtins");
    if (!name) return -1;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return -1;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    vm.builtins_module = m;
    vm.builtins = NEWREF(d);
    Value doc = str_from_cstr("Built-in functions, types, exceptions, and other objects.");
    if (!doc) return -1;
    int rc = dict_set(d, NAME(__doc__), doc);
    DECREF(doc);
    Value empty = str_intern_cstr("");
    if (rc < 0 || !empty || dict_set(d, NAME(__package__), empty) < 0 ||
        dict_set(d, NAME(__loader__), NONE) < 0 || dict_set(d, NAME(__spec__), NONE) < 0)
        return -1;
    DECREF(empty);
    if (module_add_functions(m, first_defs) < 0) return -1;
    struct { const char *name; Value v; } consts[] = {
        {"None", NONE}, {"Ellipsis", ELLIPSIS}, {"NotImplemented", NOTIMPLEMENTED},
        {"False", FALSE_VAL}, {"True", TRUE_VAL},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (dict_set_cstr(d, consts[i].name, consts[i].v) < 0) return -1;
    struct { const char *name; Type *t; } types[] = {
        {"bool", &BoolType}, {"memoryview", &MemoryViewType}, {"bytearray", &ByteArrayType},
        {"bytes", &BytesType}, {"classmethod", &ClassMethodType}, {"complex", &ComplexType},
        {"dict", &DictType}, {"enumerate", &EnumerateType}, {"filter", &FilterType},
        {"float", &FloatType}, {"frozenset", &FrozenSetType}, {"property", &PropertyType},
        {"int", &IntType}, {"list", &ListType}, {"map", &MapType}, {"object", &ObjectType},
        {"range", &RangeType}, {"reversed", &ReversedType}, {"set", &SetType},
        {"slice", &SliceType}, {"staticmethod", &StaticMethodType}, {"str", &StrType},
        {"super", &SuperType}, {"tuple", &TupleType}, {"type", &TypeType}, {"zip", &ZipType},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        Type *t = types[i].t;
        if (!t) continue;   /* a weak type nobody defined */
        if (!(t->flags & TPFLAG_READY) && type_ready(t) < 0) return -1;
        if (dict_set_cstr(d, types[i].name, OBJ_VAL(t)) < 0) return -1;
    }
    if (dict_set_cstr(d, "__debug__", TRUE_VAL) < 0) return -1;
    if (exc_add_to_dict(d) < 0) return -1;
    if (module_add_functions(m, last_defs) < 0) return -1;
    if (type_ready(&QuitterType) < 0 || dict_set_cstr(d, "quit", OBJ_VAL(&quit_obj)) < 0 ||
        dict_set_cstr(d, "exit", OBJ_VAL(&exit_obj)) < 0)
        return -1;
    if (!vm.modules) {
        vm.modules = dict_new();
        if (!vm.modules) return -1;
    }
    if (dict_set_cstr(vm.modules, "builtins", m) < 0) return -1;
    return 0;
}
