/* int | None, list[int] | str: types.UnionType, which annotations evaluated at def time
 * create. `|` on classes, generic aliases and unions builds one; anything else is left to
 * the other operand (NotImplemented). */
#include "object.h"
#include "objutil.h"
#include "containers.h"
#include "union.h"
#include "ast.h"

typedef struct UnionObj { Obj hdr; Value args; } UnionObj;
#define UN(v) ((UnionObj *)AS_OBJ(v))

Type UnionType;

static bool is_unionable(Value v) {
    return v == NONE || IS_TYPEOBJ(v) || IS_TYPE(v, &GenericAliasType) || IS_TYPE(v, &UnionType);
}

/* Whether args[0..n) already holds v: identity, or equality for generic aliases
 * (list[int] | list[int] keeps one). Returns -1 on error. */
static int has_arg(const Value *args, size_t n, Value v) {
    for (size_t i = 0; i < n; i++) {
        if (args[i] == v) return 1;
        if (IS_TYPE(v, &GenericAliasType) && IS_TYPE(args[i], &GenericAliasType)) {
            int eq = obj_richcompare_bool(args[i], v, 2);
            if (eq) return eq;
        }
    }
    return 0;
}

/* Appends v (a union contributes its members; None becomes NoneType) unless present. */
static int add_arg(Value *args, size_t *n, Value v) {
    if (IS_TYPE(v, &UnionType)) {
        Value t = UN(v)->args;
        for (size_t i = 0; i < TUPLE_LEN(t); i++)
            if (add_arg(args, n, TUPLE_ITEMS(t)[i]) < 0) return -1;
        return 0;
    }
    if (v == NONE) v = OBJ_VAL(&NoneType);
    int r = has_arg(args, *n, v);
    if (r < 0) return -1;
    if (!r) args[(*n)++] = v;
    return 0;
}

static size_t union_arg_count(Value v) { return IS_TYPE(v, &UnionType) ? TUPLE_LEN(UN(v)->args) : 1; }

Value union_or(Value a, Value b) {
    if (!is_unionable(a) || !is_unionable(b)) return NOTIMPLEMENTED;
    size_t cap = union_arg_count(a) + union_arg_count(b), n = 0;
    Value *args = mem_alloc(cap * sizeof *args);
    if (!args) return VNULL;
    if (add_arg(args, &n, a) < 0 || add_arg(args, &n, b) < 0) { mem_free(args); return VNULL; }
    Value r;
    if (n == 1) {
        /* int | int is just int */
        r = NEWREF(args[0]);
    } else {
        Value t = tuple_new(n);
        Obj *o = t ? obj_alloc(&UnionType) : NULL;
        if (!o) { XDECREF(t); mem_free(args); return VNULL; }
        for (size_t i = 0; i < n; i++) tuple_set_steal(t, i, NEWREF(args[i]));
        ((UnionObj *)o)->args = t;
        r = OBJ_VAL(o);
    }
    mem_free(args);
    return r;
}

static void union_dealloc(Obj *o) {
    CLEAR(((UnionObj *)o)->args);
    obj_free(o);
}

static int put_member(StrBuf *b, Value v) {
    if (v == OBJ_VAL(&NoneType)) { sb_puts(b, "None"); return 0; }
    return ga_put_item(b, v);
}

static Value union_repr(Value self) {
    StrBuf b;
    sb_init(&b);
    Value t = UN(self)->args;
    for (size_t i = 0; i < TUPLE_LEN(t); i++) {
        if (i) sb_puts(&b, " | ");
        if (put_member(&b, TUPLE_ITEMS(t)[i]) < 0) { sb_discard(&b); return VNULL; }
    }
    return sb_finish(&b);
}

/* Unions are equal when they have the same members in any order. */
static Value union_richcompare(Value a, Value b, int op) {
    if ((op != 2 && op != 3) || !IS_TYPE(b, &UnionType)) return NOTIMPLEMENTED;
    Value sa = frozenset_from_iterable(UN(a)->args);
    if (!sa) return VNULL;
    Value sb = frozenset_from_iterable(UN(b)->args);
    if (!sb) { DECREF(sa); return VNULL; }
    Value r = obj_richcompare(sa, sb, op);
    DECREF(sa);
    DECREF(sb);
    return r;
}

static int64_t union_hash(Value self) {
    Value s = frozenset_from_iterable(UN(self)->args);
    if (!s) return -1;
    int64_t h = obj_hash(s);
    DECREF(s);
    return h;
}

/* isinstance(x, int | str) and issubclass: the members in order, as a tuple would be. */
static Value union_check(Value self, Value arg, bool sub) {
    Value t = UN(self)->args;
    for (size_t i = 0; i < TUPLE_LEN(t); i++) {
        Value m = TUPLE_ITEMS(t)[i];
        if (IS_TYPE(m, &GenericAliasType)) {
            err_format(ExcTypeError, "%s() argument 2 cannot be a parameterized generic",
                       sub ? "issubclass" : "isinstance");
            return VNULL;
        }
        int r = sub ? obj_issubclass(arg, m) : obj_isinstance(arg, m);
        if (r < 0) return VNULL;
        if (r) return TRUE_VAL;
    }
    return FALSE_VAL;
}

static Value m_instancecheck(Value self, const Value *args, size_t nargs, Value kw) {
    (void)kw;
    if (nargs != 1) { err_set(ExcTypeError, "__instancecheck__() takes exactly one argument"); return VNULL; }
    return union_check(self, args[0], false);
}

static Value m_subclasscheck(Value self, const Value *args, size_t nargs, Value kw) {
    (void)kw;
    if (nargs != 1) { err_set(ExcTypeError, "__subclasscheck__() takes exactly one argument"); return VNULL; }
    return union_check(self, args[0], true);
}

static const MethodDef union_methods[] = {
    { "__instancecheck__", m_instancecheck, 0 },
    { "__subclasscheck__", m_subclasscheck, 0 },
    { NULL, NULL, 0 },
};

static Value g_args(Value self) { return NEWREF(UN(self)->args); }
static Value g_parameters(Value self) { (void)self; return tuple_new(0); }

static const GetSetDef union_getsets[] = {
    {"__args__", g_args, NULL},
    {"__parameters__", g_parameters, NULL},
    {NULL, NULL, NULL},
};

Type UnionType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "types.UnionType",
    .basicsize = sizeof(UnionObj),
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattr = obj_generic_getattr,
    .nb = { [BINOP_OR] = union_or },
    .methods = union_methods,
    .getsets = union_getsets,
};

void union_install(void) {
    TypeType.nb[BINOP_OR] = union_or;
    GenericAliasType.nb[BINOP_OR] = union_or;
}
