/* re.Match objects and replacement templates (the repl of sub, Match.expand). */
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "errors.h"
#include "args.h"
#include "strutil.h"
#include "re.h"

#define M(v) ((MatchObj *)AS_OBJ(v))
#define SPAN(m, g) (&(m)->spans[4 * (g)])   /* [0] cp start, [1] cp end, [2] byte start, [3] byte end */

Value re_match_new(PatternObj *p, ReSubject *s, int rc, intptr_t pos, intptr_t endpos) {
    int ng = p->ngroups;
    MatchObj *m = (MatchObj *)obj_alloc_var(&ReMatchType, 4 * ((size_t)ng + 1));
    if (!m) return VNULL;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
    m->ngroups = ng;
    m->lastindex = -1;
    size_t best_end = 0;
    for (int g = 0; g <= ng; g++) {
        intptr_t *sp = SPAN(m, g);
        if (g < rc && ov[2 * g] != PCRE2_UNSET) {
            size_t bs = ov[2 * g], be = ov[2 * g + 1];
            sp[2] = (intptr_t)bs;
            sp[3] = (intptr_t)be;
            sp[0] = (intptr_t)re_b2c(s, bs);
            sp[1] = (intptr_t)re_b2c(s, be);
            /* lastindex: the group that closed last, i.e. the one ending furthest; among
             * those, the one whose ')' comes later in the pattern (an enclosing group) */
            if (g > 0 && (m->lastindex < 0 || be > best_end ||
                          (be == best_end && p->closepos[g] > p->closepos[m->lastindex]))) {
                m->lastindex = g;
                best_end = be;
            }
        } else {
            sp[0] = sp[1] = sp[2] = sp[3] = -1;
        }
    }
    m->string = NEWREF(s->orig);
    m->pattern = NEWREF(OBJ_VAL(p));
    m->keep = s->keep ? NEWREF(s->keep) : VNULL;
    m->pos = pos;
    m->endpos = endpos;
    return OBJ_VAL(m);
}

static const char *match_data(MatchObj *m) {
    if (m->keep) return BYTES_DATA(m->keep);
    if (IS_STR(m->string)) return STR_DATA(m->string);
    return BYTES_DATA(m->string);
}

static bool match_is_bytes(MatchObj *m) { return PATTERN(m->pattern)->is_bytes; }

/* group g's text, or dflt (borrowed) if it did not take part */
static Value group_value(MatchObj *m, intptr_t g, Value dflt) {
    intptr_t *sp = SPAN(m, g);
    if (sp[0] < 0) return NEWREF(dflt);
    const char *d = match_data(m);
    size_t bs = (size_t)sp[2], be = (size_t)sp[3];
    if (match_is_bytes(m)) return bytes_from(d + bs, be - bs);
    if (bs == 0 && IS_TYPE(m->string, &StrType) && be == STR_SIZE(m->string)) return NEWREF(m->string);
    if (be == bs) return str_empty();
    StrObj *o = str_alloc(be - bs);
    if (!o) return VNULL;
    memcpy(o->data, d + bs, be - bs);
    o->len = (size_t)(sp[1] - sp[0]);
    o->ascii = o->len == be - bs;
    return OBJ_VAL(o);
}

/* The group number named or numbered by g; -1 with IndexError. */
static intptr_t group_index(MatchObj *m, Value g) {
    if (IS_SMALL(g)) {
        intptr_t i = SMALL_VAL(g);
        if (i >= 0 && i <= m->ngroups) return i;
    } else if (IS_INT(g)) {
        int64_t i;
        if (int_as_i64(g, &i) == 0) {
            if (i >= 0 && i <= m->ngroups) return (intptr_t)i;
        } else {
            err_clear();
        }
    } else if (IS_STR(g)) {
        Value v = dict_get(PATTERN(m->pattern)->groupindex, g);
        if (v && IS_SMALL(v)) return SMALL_VAL(v);
        if (err_occurred()) return -1;
    }
    err_set(ExcIndexError, "no such group");
    return -1;
}

static Value m_group(Value self, const Value *args, size_t nargs, Value kwnames) {
    MatchObj *m = M(self);
    if (kwnames && TUPLE_LEN(kwnames)) {
        arg_no_kw("group", kwnames);
        return VNULL;
    }
    if (nargs == 0) return group_value(m, 0, NONE);
    if (nargs == 1) {
        intptr_t g = group_index(m, args[0]);
        return g < 0 ? VNULL : group_value(m, g, NONE);
    }
    Value t = tuple_new(nargs);
    if (!t) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        intptr_t g = group_index(m, args[i]);
        Value v = g < 0 ? VNULL : group_value(m, g, NONE);
        if (!v) {
            for (size_t k = i; k < nargs; k++) tuple_set_steal(t, k, NEWREF(NONE));
            DECREF(t);
            return VNULL;
        }
        tuple_set_steal(t, i, v);
    }
    return t;
}

static Value m_getitem(Value self, Value key) {
    intptr_t g = group_index(M(self), key);
    return g < 0 ? VNULL : group_value(M(self), g, NONE);
}

static Value m_groups(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"default", NULL};
    Value a[1];
    if (arg_parse("groups", args, nargs, kwnames, kw, 1, 0, a) < 0) return VNULL;
    Value dflt = a[0] ? a[0] : NONE;
    MatchObj *m = M(self);
    Value t = tuple_new((size_t)m->ngroups);
    if (!t) return VNULL;
    for (int g = 1; g <= m->ngroups; g++) {
        Value v = group_value(m, g, dflt);
        if (!v) {
            for (int k = g; k <= m->ngroups; k++) tuple_set_steal(t, (size_t)k - 1, NEWREF(NONE));
            DECREF(t);
            return VNULL;
        }
        tuple_set_steal(t, (size_t)g - 1, v);
    }
    return t;
}

static Value m_groupdict(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"default", NULL};
    Value a[1];
    if (arg_parse("groupdict", args, nargs, kwnames, kw, 1, 0, a) < 0) return VNULL;
    Value dflt = a[0] ? a[0] : NONE;
    MatchObj *m = M(self);
    Value d = dict_new();
    if (!d) return VNULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(PATTERN(m->pattern)->groupindex, &pos, &k, &v)) {
        Value x = group_value(m, SMALL_VAL(v), dflt);
        if (!x || dict_set(d, k, x) < 0) {
            XDECREF(x);
            DECREF(d);
            return VNULL;
        }
        DECREF(x);
    }
    return d;
}

static intptr_t opt_group(MatchObj *m, const char *name, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple(name, nargs, kwnames, 0, 1) < 0) return -1;
    return nargs ? group_index(m, args[0]) : 0;
}

static Value m_start(Value self, const Value *args, size_t nargs, Value kwnames) {
    intptr_t g = opt_group(M(self), "start", args, nargs, kwnames);
    return g < 0 ? VNULL : int_from_i64(SPAN(M(self), g)[0]);
}

static Value m_end(Value self, const Value *args, size_t nargs, Value kwnames) {
    intptr_t g = opt_group(M(self), "end", args, nargs, kwnames);
    return g < 0 ? VNULL : int_from_i64(SPAN(M(self), g)[1]);
}

static Value span_tuple(MatchObj *m, intptr_t g) {
    Value a = int_from_i64(SPAN(m, g)[0]), b = int_from_i64(SPAN(m, g)[1]);
    Value t = tuple_pack(2, a, b);
    DECREF(a);
    DECREF(b);
    return t;
}

static Value m_span(Value self, const Value *args, size_t nargs, Value kwnames) {
    intptr_t g = opt_group(M(self), "span", args, nargs, kwnames);
    return g < 0 ? VNULL : span_tuple(M(self), g);
}

static Value m_expand(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("expand", nargs, kwnames, 1, 1) < 0) return VNULL;
    return re_match_expand(self, args[0]);
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return NEWREF(self);
}

static const MethodDef match_methods[] = {
    {"__class_getitem__", re_class_getitem, METH_CLASS},
    {"group", m_group, 0},
    {"groups", m_groups, 0},
    {"groupdict", m_groupdict, 0},
    {"start", m_start, 0},
    {"end", m_end, 0},
    {"span", m_span, 0},
    {"expand", m_expand, 0},
    {"__copy__", m_copy, 0},
    {"__deepcopy__", m_copy, 0},
    {NULL, NULL, 0},
};

static Value m_get_string(Value self) { return NEWREF(M(self)->string); }
static Value m_get_re(Value self) { return NEWREF(M(self)->pattern); }
static Value m_get_pos(Value self) { return int_from_i64(M(self)->pos); }
static Value m_get_endpos(Value self) { return int_from_i64(M(self)->endpos); }
static Value m_get_lastindex(Value self) {
    return M(self)->lastindex < 0 ? NONE : int_from_i64(M(self)->lastindex);
}
static Value m_get_lastgroup(Value self) {
    MatchObj *m = M(self);
    if (m->lastindex < 0) return NONE;
    return NEWREF(TUPLE_ITEMS(PATTERN(m->pattern)->indexgroup)[m->lastindex]);
}
static Value m_get_regs(Value self) {
    MatchObj *m = M(self);
    Value t = tuple_new((size_t)m->ngroups + 1);
    if (!t) return VNULL;
    for (int g = 0; g <= m->ngroups; g++) {
        Value s = span_tuple(m, g);
        if (!s) {
            for (int k = g; k <= m->ngroups; k++) tuple_set_steal(t, (size_t)k, NEWREF(NONE));
            DECREF(t);
            return VNULL;
        }
        tuple_set_steal(t, (size_t)g, s);
    }
    return t;
}

static const GetSetDef match_getsets[] = {
    {"string", m_get_string, NULL},
    {"re", m_get_re, NULL},
    {"pos", m_get_pos, NULL},
    {"endpos", m_get_endpos, NULL},
    {"lastindex", m_get_lastindex, NULL},
    {"lastgroup", m_get_lastgroup, NULL},
    {"regs", m_get_regs, NULL},
    {NULL, NULL, NULL},
};

static Value m_repr(Value self) {
    MatchObj *m = M(self);
    Value g = group_value(m, 0, NONE);
    if (!g) return VNULL;
    Value r = obj_repr(g);
    DECREF(g);
    if (!r) return VNULL;
    size_t n = STR_SIZE(r);
    if (STR_LEN(r) > 50) n = str_byte_offset(r, 50);
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "<re.Match object; span=(%zd, %zd), match=", SPAN(m, 0)[0], SPAN(m, 0)[1]);
    sb_putn(&b, STR_DATA(r), n);
    sb_putc(&b, '>');
    DECREF(r);
    return sb_finish(&b);
}

static void m_dealloc(Obj *o) {
    MatchObj *m = (MatchObj *)o;
    XDECREF(m->string);
    XDECREF(m->pattern);
    XDECREF(m->keep);
    obj_free(o);
}

static Value m_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    err_format(ExcTypeError, "cannot create '%s' instances", t->name);
    return VNULL;
}

Type ReMatchType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "re.Match",
    .basicsize = sizeof(MatchObj),
    .itemsize = sizeof(intptr_t),
    .base = &ObjectType,
    .dealloc = m_dealloc,
    .repr = m_repr,
    .getattr = obj_generic_getattr,
    .new_ = m_new,
    .getitem = m_getitem,
    .methods = match_methods,
    .getsets = match_getsets,
};

/* ---- templates ---- */

static int tmpl_fail(Value repl, bool is_bytes, const char *d, size_t bytepos, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static int tmpl_fail(Value repl, bool is_bytes, const char *d, size_t bytepos, const char *fmt, ...) {
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    intptr_t pos = is_bytes ? (intptr_t)bytepos : (intptr_t)utf8_count(d, bytepos);
    re_raise_error(msg, repl, pos);
    return -1;
}

static int tmpl_lit(ReTemplate *t, ReBuf *lit, const char *s, size_t n) {
    if (t->nitems && t->items[t->nitems - 1].group < 0) {
        t->items[t->nitems - 1].len += n;
        return re_buf_put(lit, s, n);
    }
    ReTmplItem *ni = mem_realloc(t->items, (t->nitems + 1) * sizeof *ni);
    if (!ni) return -1;
    t->items = ni;
    t->items[t->nitems++] = (ReTmplItem){-1, lit->len, n};
    return re_buf_put(lit, s, n);
}

static int tmpl_group(ReTemplate *t, intptr_t g) {
    ReTmplItem *ni = mem_realloc(t->items, (t->nitems + 1) * sizeof *ni);
    if (!ni) return -1;
    t->items = ni;
    t->items[t->nitems++] = (ReTmplItem){g, 0, 0};
    t->literal_only = false;
    return 0;
}

static bool dig(int c) { return c >= '0' && c <= '9'; }
static bool oct(int c) { return c >= '0' && c <= '7'; }

int re_template_compile(ReTemplate *t, PatternObj *p, Value repl) {
    memset(t, 0, sizeof *t);
    t->literal_only = true;
    bool is_bytes = p->is_bytes;
    const char *s;
    size_t n;
    if (IS_STR(repl)) { s = STR_DATA(repl); n = STR_SIZE(repl); }
    else bytes_view(repl, &s, &n);
    ReBuf lit = {0};
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t j = bs ? (size_t)(bs - s) : n;
        if (j > i && tmpl_lit(t, &lit, s + i, j - i) < 0) goto fail;
        i = j;
        if (i >= n) break;
        if (i + 1 >= n) { tmpl_fail(repl, is_bytes, s, i, "bad escape (end of pattern)"); goto fail; }
        unsigned char c = (unsigned char)s[i + 1];
        char ch;
        if (c == 'g') {
            size_t a = i + 2;
            if (a >= n || s[a] != '<') { tmpl_fail(repl, is_bytes, s, a, "missing <"); goto fail; }
            a++;
            size_t e = a;
            while (e < n && s[e] != '>') e++;
            if (e == a || (e >= n && a >= n)) { tmpl_fail(repl, is_bytes, s, a, "missing group name"); goto fail; }
            if (e >= n) { tmpl_fail(repl, is_bytes, s, a, "missing >, unterminated name"); goto fail; }
            bool digits = true;
            for (size_t k = a; k < e; k++) if (!dig((unsigned char)s[k])) digits = false;
            intptr_t g;
            if (digits) {
                uint64_t v = 0;
                for (size_t k = a; k < e && v < 100000000; k++) v = v * 10 + (uint64_t)(s[k] - '0');
                g = (intptr_t)v;
                if (g > p->ngroups) { tmpl_fail(repl, is_bytes, s, a, "invalid group reference %d", (int)g); goto fail; }
            } else {
                if (!re_valid_group_name(s + a, e - a, is_bytes)) {
                    tmpl_fail(repl, is_bytes, s, a, "bad character in group name '%.*s'", (int)(e - a), s + a);
                    goto fail;
                }
                Value name = str_from_utf8_lossy(s + a, e - a);
                if (!name) goto fail;
                Value v = dict_get(p->groupindex, name);
                if (!v) {
                    if (!err_occurred()) {
                        Value r = obj_repr(name);
                        if (r) err_format(ExcIndexError, "unknown group name %U", r);
                        XDECREF(r);
                    }
                    DECREF(name);
                    goto fail;
                }
                DECREF(name);
                g = SMALL_VAL(v);
            }
            if (tmpl_group(t, g) < 0) goto fail;
            i = e + 1;
            continue;
        }
        if (c == '0') {
            unsigned v = 0;
            size_t k = i + 1, cnt = 0;
            while (cnt < 3 && k < n && oct((unsigned char)s[k])) { v = v * 8 + (unsigned)(s[k] - '0'); k++; cnt++; }
            i = k;
            char buf[4];
            size_t bl;
            if (is_bytes) { buf[0] = (char)v; bl = 1; }
            else bl = (size_t)utf8_encode1(v, buf);
            if (tmpl_lit(t, &lit, buf, bl) < 0) goto fail;
            continue;
        }
        if (dig(c)) {
            size_t k = i + 2;
            if (k < n && dig((unsigned char)s[k])) {
                if (oct(c) && oct((unsigned char)s[k]) && k + 1 < n && oct((unsigned char)s[k + 1])) {
                    unsigned v = (unsigned)((c - '0') * 64 + (s[k] - '0') * 8 + (s[k + 1] - '0'));
                    if (v > 0377) {
                        tmpl_fail(repl, is_bytes, s, i, "octal escape value %.4s outside of range 0-0o377", s + i);
                        goto fail;
                    }
                    i = k + 2;
                    char buf[4];
                    size_t bl = is_bytes ? (buf[0] = (char)v, 1) : (size_t)utf8_encode1(v, buf);
                    if (tmpl_lit(t, &lit, buf, bl) < 0) goto fail;
                    continue;
                }
                k++;
            }
            intptr_t g = 0;
            for (size_t q = i + 1; q < k; q++) g = g * 10 + (s[q] - '0');
            if (g > p->ngroups) { tmpl_fail(repl, is_bytes, s, i + 1, "invalid group reference %d", (int)g); goto fail; }
            if (tmpl_group(t, g) < 0) goto fail;
            i = k;
            continue;
        }
        switch (c) {
        case 'a': ch = 7; break;
        case 'b': ch = 8; break;
        case 'f': ch = 12; break;
        case 'n': ch = 10; break;
        case 'r': ch = 13; break;
        case 't': ch = 9; break;
        case 'v': ch = 11; break;
        case '\\': ch = '\\'; break;
        default:
            if (c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z')) {
                tmpl_fail(repl, is_bytes, s, i, "bad escape \\%c", c);
                goto fail;
            }
            /* an unknown escape of a non-letter stays as it is, backslash included */
            if (tmpl_lit(t, &lit, s + i, 2) < 0) goto fail;
            i += 2;
            continue;
        }
        if (tmpl_lit(t, &lit, &ch, 1) < 0) goto fail;
        i += 2;
    }
    t->lit = lit.data;
    t->litlen = lit.len;
    return 0;
fail:
    mem_free(lit.data);
    mem_free(t->items);
    t->items = NULL;
    t->nitems = 0;
    return -1;
}

void re_template_free(ReTemplate *t) {
    mem_free(t->lit);
    mem_free(t->items);
    memset(t, 0, sizeof *t);
}

Value re_match_expand(Value self, Value tmpl) {
    MatchObj *m = M(self);
    PatternObj *p = PATTERN(m->pattern);
    bool ok = p->is_bytes ? (!IS_STR(tmpl) && (IS_BYTES(tmpl) || IS_BYTEARRAY(tmpl))) : IS_STR(tmpl);
    if (!ok && !IS_STR(tmpl) && !IS_BYTES(tmpl) && !IS_BYTEARRAY(tmpl)) {
        err_format(ExcTypeError, "decoding to str: need a bytes-like object, %N found", tmpl);
        return VNULL;
    }
    if (!ok) {
        if (p->is_bytes) err_format(ExcTypeError, "sequence item 0: expected a bytes-like object, %N found", tmpl);
        else err_format(ExcTypeError, "sequence item 0: expected str instance, %N found", tmpl);
        return VNULL;
    }
    ReTemplate t;
    if (re_template_compile(&t, p, tmpl) < 0) return VNULL;
    const char *d = match_data(m);
    ReBuf out = {0};
    for (size_t i = 0; i < t.nitems; i++) {
        ReTmplItem *it = &t.items[i];
        int r = 0;
        if (it->group < 0) r = re_buf_put(&out, t.lit + it->off, it->len);
        else if (SPAN(m, it->group)[0] >= 0)
            r = re_buf_put(&out, d + SPAN(m, it->group)[2], (size_t)(SPAN(m, it->group)[3] - SPAN(m, it->group)[2]));
        if (r < 0) {
            re_template_free(&t);
            mem_free(out.data);
            return VNULL;
        }
    }
    re_template_free(&t);
    return re_buf_finish(&out, p->is_bytes);
}
