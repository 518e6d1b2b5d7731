/* bool: a subtype of int with exactly two static instances. The int routines read
 * True/False as 1/0 through iv_get (int_impl.h); only repr and the bitwise operators
 * between two bools differ here. */
#include "int_impl.h"
#include "num.h"
#include "strutil.h"
#include "ast.h"

struct BoolObj TrueObj = { STATIC_HEADER(&BoolType) };
struct BoolObj FalseObj = { STATIC_HEADER(&BoolType) };

static Value bool_repr(Value v) {
    static Value true_s, false_s;
    Value *slot = v == TRUE_VAL ? &true_s : &false_s;
    if (!*slot) {
        *slot = str_intern_cstr(v == TRUE_VAL ? "True" : "False");
        if (!*slot) return VNULL;
        AS_OBJ(*slot)->refcnt = IMMORTAL_REFCNT;   /* kept for the whole run */
    }
    return NEWREF(*slot);
}

Value bool_from_obj(Value v) {
    int t = obj_truthy(v);
    if (t < 0) return VNULL;
    return BOOL_VAL(t);
}

static Value bool_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (kwnames && TUPLE_LEN(kwnames)) {
        err_set(ExcTypeError, "bool() takes no keyword arguments");
        return VNULL;
    }
    if (nargs > 1) {
        err_format(ExcTypeError, "bool expected at most 1 argument, got %zu", nargs);
        return VNULL;
    }
    return nargs ? bool_from_obj(args[0]) : FALSE_VAL;
}

static Value bool_and(Value a, Value b) {
    if (IS_BOOL(a) && IS_BOOL(b)) return BOOL_VAL(a == TRUE_VAL && b == TRUE_VAL);
    return IntType.nb[BINOP_AND](a, b);
}
static Value bool_or(Value a, Value b) {
    if (IS_BOOL(a) && IS_BOOL(b)) return BOOL_VAL(a == TRUE_VAL || b == TRUE_VAL);
    return IntType.nb[BINOP_OR](a, b);
}
static Value bool_xor(Value a, Value b) {
    if (IS_BOOL(a) && IS_BOOL(b)) return BOOL_VAL((a == TRUE_VAL) != (b == TRUE_VAL));
    return IntType.nb[BINOP_XOR](a, b);
}

static int bool_bool(Value v) { return v == TRUE_VAL; }

static void bool_dealloc(Obj *o) {
    /* immortal: reaching zero means an unbalanced DECREF somewhere */
    o->refcnt = IMMORTAL_REFCNT;
}

static int64_t bool_hash(Value v) { return v == TRUE_VAL; }

Type BoolType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "bool",
    .basicsize = sizeof(struct BoolObj),
    .flags = TPFLAG_INT_SUB,
    .base = &IntType,
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .hash = bool_hash,
    .new_ = bool_new,
    .nb = { [BINOP_AND] = bool_and, [BINOP_OR] = bool_or, [BINOP_XOR] = bool_xor },
    .nb_bool = bool_bool,
};
