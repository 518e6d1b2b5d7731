/* The generic object protocols: what the interpreter and every builtin call on values of
 * unknown type. Messages are CPython 3.11's, word for word. */
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "containers.h"
#include "ast.h"

const char *const cmp_opstrings[6] = {"<", "<=", "==", "!=", ">", ">="};
const char *const binop_strings[NB_COUNT] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>",
                                             "&", "|", "^"};

/* ---- repr recursion guard ---- */

static Value *repr_stack;
static size_t repr_depth, repr_cap;

int repr_enter(Value v) {
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_depth == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 16;
        Value *p = mem_realloc(repr_stack, cap * sizeof *p);
        if (!p) return -1;
        repr_stack = p;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = v;
    return 0;
}

void repr_leave(Value v) {
    /* Normally the top; search anyway so a missed leave cannot corrupt the stack. */
    for (size_t i = repr_depth; i-- > 0;) {
        if (repr_stack[i] == v) {
            memmove(repr_stack + i, repr_stack + i + 1, (repr_depth - i - 1) * sizeof *repr_stack);
            repr_depth--;
            return;
        }
    }
}

void objutil_finalize(void) {
    mem_free(repr_stack);
    repr_stack = NULL;
    repr_depth = repr_cap = 0;
}

/* ---- calls ---- */

Value obj_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    CallFn f = TYPE(callable)->call;
    if (!f) {
        err_format(ExcTypeError, "'%s' object is not callable", type_name(callable));
        return VNULL;
    }
    return f(callable, args, nargs, kwnames);
}

Value obj_call0(Value callable) { return obj_call(callable, NULL, 0, VNULL); }
Value obj_call1(Value callable, Value a) { return obj_call(callable, &a, 1, VNULL); }
Value obj_call2(Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(callable, args, 2, VNULL);
}

Value obj_call_prepend(Value callable, Value first, const Value *args, size_t nargs, Value kwnames) {
    size_t total = nargs + (kwnames ? TUPLE_LEN(kwnames) : 0);
    Value small[8];
    Value *buf = total + 1 <= 8 ? small : mem_alloc((total + 1) * sizeof(Value));
    if (!buf) return VNULL;
    buf[0] = first;
    if (total) memcpy(buf + 1, args, total * sizeof(Value));
    Value r = obj_call(callable, buf, nargs + 1, kwnames);
    if (buf != small) mem_free(buf);
    return r;
}

Value call_unbound(Value func, Value self, const Value *args, size_t nargs, Value kwnames) {
    Type *ft = TYPE(func);
    if (ft == &FunctionType || ft == &SlotWrapperType ||
        (ft == &MethodDescrType && !((MethodDescrObj *)AS_OBJ(func))->def->flags))
        return obj_call_prepend(func, self, args, nargs, kwnames);
    if (ft->descr_get) {
        Value bound = ft->descr_get(func, self, OBJ_VAL(TYPE(self)));
        if (!bound) return VNULL;
        Value r = obj_call(bound, args, nargs, kwnames);
        DECREF(bound);
        return r;
    }
    return obj_call(func, args, nargs, kwnames);
}

Value call_special(Value self, Value name, const Value *args, size_t nargs, bool *found) {
    Value f = type_lookup_fast(TYPE(self), name);
    if (!f) {
        *found = false;
        return VNULL;
    }
    *found = true;
    INCREF(f);   /* the call may rebind the class attribute */
    Value r = call_unbound(f, self, args, nargs, VNULL);
    DECREF(f);
    return r;
}

Value obj_call_method(Value obj, const char *name, const Value *args, size_t nargs) {
    Value n = str_intern_cstr(name);
    if (!n) return VNULL;
    Value r;
    Value f = type_lookup(TYPE(obj), n);
    Value *dp = obj_dict_ptr(obj);
    if (f && IS_TYPE(f, &FunctionType) && !(dp && *dp && dict_get_str(*dp, n))) {
        INCREF(f);
        r = obj_call_prepend(f, obj, args, nargs, VNULL);
        DECREF(f);
    } else {
        Value m = obj_getattr(obj, n);
        r = m ? obj_call(m, args, nargs, VNULL) : VNULL;
        XDECREF(m);
    }
    DECREF(n);
    return r;
}

/* ---- repr, str, hash ---- */

/* C recursion guards, for every type as CPython 3.11's PyObject_Repr/PyObject_Str (a heap
 * type's __repr__ frame counts on top: repr(self) in __repr__ stops where CPython's does). */
Value obj_repr(Value v) {
    Type *t = TYPE(v);
    UnaryFn f = t->repr;
    if (!f) return object_repr(v);
    Value r;
    if (vm_enter_recursive_call(" while getting the repr of an object") < 0) return VNULL;
    r = f(v);
    vm_leave_recursive_call();
    if (r && !IS_STR(r)) {
        err_format(ExcTypeError, "__repr__ returned non-string (type %s)", type_name(r));
        DECREF(r);
        return VNULL;
    }
    return r;
}

Value obj_str(Value v) {
    if (IS_TYPE(v, &StrType)) return NEWREF(v);
    Type *t = TYPE(v);
    /* Exact numbers have no __str__ of their own (object's calls repr, as in CPython);
     * skip that hop and the recursion guard, their repr cannot recurse. */
    if (t == &IntType || t == &FloatType || t == &BoolType) return t->repr(v);
    UnaryFn f = t->str;
    if (!f) return obj_repr(v);
    Value r;
    if (vm_enter_recursive_call(" while getting the str of an object") < 0) return VNULL;
    r = f(v);
    vm_leave_recursive_call();
    if (r && !IS_STR(r)) {
        err_format(ExcTypeError, "__str__ returned non-string (type %s)", type_name(r));
        DECREF(r);
        return VNULL;
    }
    return r;
}

int64_t obj_hash(Value v) {
    HashFn f = TYPE(v)->hash;
    if (!f) return obj_hash_not_implemented(v);
    return f(v);
}

/* ---- comparison ---- */

static Value compare_error(Value a, Value b, int op) {
    err_format(ExcTypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_opstrings[op],
               type_name(a), type_name(b));
    return VNULL;
}

static Value do_richcompare(Value a, Value b, int op) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(b, a, cmp_swapped(op));
        if (r != NOTIMPLEMENTED) return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != NOTIMPLEMENTED) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, cmp_swapped(op));
        if (r != NOTIMPLEMENTED) return r;
    }
    if (op == 2) return BOOL_VAL(a == b);
    if (op == 3) return BOOL_VAL(a != b);
    return compare_error(a, b, op);
}

static inline Value small_compare(intptr_t x, intptr_t y, int op) {
    switch (op) {
    case 0: return BOOL_VAL(x < y);
    case 1: return BOOL_VAL(x <= y);
    case 2: return BOOL_VAL(x == y);
    case 3: return BOOL_VAL(x != y);
    case 4: return BOOL_VAL(x > y);
    default: return BOOL_VAL(x >= y);
    }
}

Value obj_richcompare(Value a, Value b, int op) {
    if (IS_SMALL(a) && IS_SMALL(b)) return small_compare(SMALL_VAL(a), SMALL_VAL(b), op);
    if (vm_enter_recursive_call(" in comparison") < 0) return VNULL;
    Value r = do_richcompare(a, b, op);
    vm_leave_recursive_call();
    return r;
}

int obj_richcompare_bool(Value a, Value b, int op) {
    if (a == b) {
        if (op == 2) return 1;
        if (op == 3) return 0;
    }
    if (IS_SMALL(a) && IS_SMALL(b)) return small_compare(SMALL_VAL(a), SMALL_VAL(b), op) == TRUE_VAL;
    Value r = obj_richcompare(a, b, op);
    if (!r) return -1;
    if (r == TRUE_VAL) return 1;
    if (r == FALSE_VAL) return 0;
    int t = obj_truthy(r);
    DECREF(r);
    return t;
}

/* ---- truth ---- */

int obj_truthy(Value v) {
    if (v == TRUE_VAL) return 1;
    if (v == FALSE_VAL || v == NONE) return 0;
    if (IS_SMALL(v)) return SMALL_VAL(v) != 0;
    Type *t = AS_OBJ(v)->type;
    if (t->nb_bool) return t->nb_bool(v);
    if (t->len) {
        intptr_t n = t->len(v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

/* ---- attributes ---- */

void err_no_attribute_set(Value obj, Value name) {
    if (IS_TYPEOBJ(obj))
        err_format(ExcAttributeError, "type object '%s' has no attribute '%U'", ((Type *)AS_OBJ(obj))->name, name);
    else
        err_format(ExcAttributeError, "'%s' object has no attribute '%U'", type_name(obj), name);
}

void err_no_attribute(Value obj, Value name) {
    err_no_attribute_set(obj, name);
    err_attribute_fields(obj, name);
}

void err_attribute_fields(Value obj, Value name) {
    /* name and obj let the traceback printer suggest "Did you mean: ...?" as 3.11 does. */
    Value exc = err_fetch();
    if (exc && IS_EXC(exc)) {
        Value *dp = obj_dict_ptr(exc);
        if (dp) {
            if (!*dp) *dp = dict_new();
            if (*dp && (dict_set(*dp, NAME(name), name) < 0 || dict_set(*dp, NAME(obj), obj) < 0)) err_clear();
            if (!*dp) err_clear();
        }
    }
    err_restore(exc);
}

static Value generic_getattr(Value obj, Value name, bool suppress) {
    Type *t = TYPE(obj);
    Value descr = type_lookup_fast(t, name);
    DescrGetFn get = NULL;
    if (descr) {
        get = TYPE(descr)->descr_get;
        if (get && TYPE(descr)->descr_set) {
            INCREF(descr);
            Value r = get(descr, obj, OBJ_VAL(t));
            DECREF(descr);
            return r;
        }
    }
    Value *dp = obj_dict_ptr(obj);
    if (dp && *dp) {
        Value v;
        if (AS_OBJ(name)->type == &StrType) v = dict_get_str(*dp, name);
        else {
            v = dict_get(*dp, name);
            if (!v && err_occurred()) return VNULL;
        }
        if (v) return NEWREF(v);
    }
    if (get) {
        INCREF(descr);
        Value r = get(descr, obj, OBJ_VAL(t));
        DECREF(descr);
        return r;
    }
    if (descr) return NEWREF(descr);
    if (!suppress) err_no_attribute(obj, name);
    return VNULL;
}

Value obj_generic_getattr(Value obj, Value name) { return generic_getattr(obj, name, false); }

static inline int check_attr_name(Value name) {
    if (__builtin_expect(!IS_SMALL(name) && AS_OBJ(name)->type == &StrType, 1) || IS_STR(name)) return 0;
    err_format(ExcTypeError, "attribute name must be string, not '%s'", type_name(name));
    return -1;
}

Value obj_getattr(Value obj, Value name) {
    if (__builtin_expect(check_attr_name(name) < 0, 0)) return VNULL;
    GetAttrFn f = TYPE(obj)->getattr;
    if (!f) return generic_getattr(obj, name, false);
    return f(obj, name);
}

Value obj_getattr_opt(Value obj, Value name) {
    if (check_attr_name(name) < 0) return VNULL;
    GetAttrFn f = TYPE(obj)->getattr;
    Value r;
    if (!f || f == obj_generic_getattr) r = generic_getattr(obj, name, true);
    else r = f(obj, name);
    if (!r && err_matches(ExcAttributeError)) err_clear();
    return r;
}

Value obj_getattr_cstr(Value obj, const char *name) {
    Value n = str_intern_cstr(name);
    if (!n) return VNULL;
    Value r = obj_getattr(obj, n);
    DECREF(n);
    return r;
}

int obj_generic_setattr(Value obj, Value name, Value v) {
    Type *t = TYPE(obj);
    Value descr = type_lookup_fast(t, name);
    if (descr && TYPE(descr)->descr_set) {
        INCREF(descr);
        int r = TYPE(descr)->descr_set(descr, obj, v);
        DECREF(descr);
        return r;
    }
    Value *dp = obj_dict_ptr(obj);
    if (!dp) {
        if (descr) err_format(ExcAttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        else err_no_attribute_set(obj, name);
        return -1;
    }
    if (v) {
        if (!*dp && !(*dp = dict_new_instance(obj))) return -1;
        return dict_set(*dp, name, v);
    }
    int r = *dp ? dict_del_opt(*dp, name) : 0;
    if (r == 0) {
        err_no_attribute_set(obj, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int obj_setattr(Value obj, Value name, Value v) {
    if (check_attr_name(name) < 0) return -1;
    SetAttrFn f = TYPE(obj)->setattr;
    if (!f) {
        if (TYPE(obj)->getattr && type_lookup(TYPE(obj), name))
            err_format(ExcAttributeError, "'%s' object attribute '%U' is read-only", type_name(obj), name);
        else err_no_attribute_set(obj, name);
        return -1;
    }
    return f(obj, name, v);
}

/* ---- items ---- */

Value obj_getitem(Value obj, Value key) {
    BinaryFn f = TYPE(obj)->getitem;
    if (f) return f(obj, key);
    if (IS_TYPEOBJ(obj)) {
        /* Class subscription: list[int], or a class's own __class_getitem__. */
        Value cg = obj_getattr_opt(obj, NAME(__class_getitem__));
        if (cg) {
            Value r = obj_call1(cg, key);
            DECREF(cg);
            return r;
        }
        if (err_occurred()) return VNULL;
        Type *t = (Type *)AS_OBJ(obj);
        if (t == &ListType || t == &DictType || t == &TupleType || t == &SetType || t == &FrozenSetType ||
            t == &TypeType)
            return generic_alias_new(obj, key);
        err_format(ExcTypeError, "type '%s' is not subscriptable", t->name);
        return VNULL;
    }
    err_format(ExcTypeError, "'%s' object is not subscriptable", type_name(obj));
    return VNULL;
}

int obj_setitem(Value obj, Value key, Value v) {
    SetItemFn f = TYPE(obj)->setitem;
    if (f) return f(obj, key, v);
    err_format(ExcTypeError, "'%s' object does not support item assignment", type_name(obj));
    return -1;
}

int obj_delitem(Value obj, Value key) {
    SetItemFn f = TYPE(obj)->setitem;
    if (f) return f(obj, key, VNULL);
    /* CPython words it differently for sequences (which can be indexed) and the rest. */
    err_format(ExcTypeError, TYPE(obj)->getitem ? "'%s' object doesn't support item deletion"
                                                : "'%s' object does not support item deletion",
               type_name(obj));
    return -1;
}

intptr_t obj_len(Value v) {
    LenFn f = TYPE(v)->len;
    if (f) return f(v);
    err_format(ExcTypeError, "object of type '%s' has no len()", type_name(v));
    return -1;
}

Value obj_len_value(Value v) {
    intptr_t n = obj_len(v);
    return n < 0 ? VNULL : int_from_i64(n);
}

/* ---- iteration ---- */

Value obj_iter(Value v) {
    Type *t = TYPE(v);
    if (t->iter) {
        Value it = t->iter(v);
        if (it && !TYPE(it)->iternext) {
            err_format(ExcTypeError, "iter() returned non-iterator of type '%s'", type_name(it));
            DECREF(it);
            return VNULL;
        }
        return it;
    }
    if (t->getitem) return seqiter_new(v);
    err_format(ExcTypeError, "'%s' object is not iterable", type_name(v));
    return VNULL;
}

Value obj_next(Value it) {
    UnaryFn f = TYPE(it)->iternext;
    if (f) return f(it);
    err_format(ExcTypeError, "'%s' object is not an iterator", type_name(it));
    return VNULL;
}

int obj_contains(Value container, Value item) {
    Type *t = TYPE(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        err_format(ExcTypeError, "argument of type '%s' is not iterable", type_name(container));
        return -1;
    }
    Value it = obj_iter(container);
    if (!it) return -1;
    UnaryFn next = TYPE(it)->iternext;
    for (;;) {
        Value x = next(it);
        if (!x) {
            DECREF(it);
            return err_occurred() ? -1 : 0;
        }
        int r = obj_richcompare_bool(x, item, 2);
        DECREF(x);
        if (r != 0) {
            DECREF(it);
            return r;
        }
    }
}

/* ---- arithmetic ---- */

static bool is_sequence(Value v) {
    return IS_LIST(v) || IS_TUPLE(v) || IS_STR(v) || (!IS_SMALL(v) && type_is_subtype(TYPE(v), &BytesType));
}

static const char *seq_kind(Value v) {
    if (IS_LIST(v)) return "list";
    if (IS_TUPLE(v)) return "tuple";
    if (IS_STR(v)) return "str";
    return NULL;
}

static Value binop_error(int op, Value a, Value b, bool inplace) {
    if (op == BINOP_ADD) {
        const char *k = seq_kind(a);
        if (k) {
            err_format(ExcTypeError, "can only concatenate %s (not \"%s\") to %s", k, type_name(b), k);
            return VNULL;
        }
        if (!IS_SMALL(a) && type_is_subtype(TYPE(a), &BytesType)) {
            err_format(ExcTypeError, "can't concat %s to %s", type_name(b), type_name(a));
            return VNULL;
        }
    }
    if (op == BINOP_MUL) {
        Value other = VNULL;
        if (is_sequence(a)) other = b;
        else if (is_sequence(b)) other = a;
        if (other && !cont_is_index(other)) {
            err_format(ExcTypeError, "can't multiply sequence by non-int of type '%s'", type_name(other));
            return VNULL;
        }
    }
    if (op == BINOP_POW)
        err_format(ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                   inplace ? "**=" : "** or pow()", type_name(a), type_name(b));
    else
        err_format(ExcTypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", binop_strings[op],
                   inplace ? "=" : "", type_name(a), type_name(b));
    return VNULL;
}

/* a op b without the error: NOTIMPLEMENTED when neither side knows. */
static Value binop_try(int op, Value a, Value b) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    BinaryFn fa = ta->nb[op];
    BinaryFn fb = tb != ta ? tb->nb[op] : NULL;
    if (fb == fa) fb = NULL;
    Value r;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            r = fb(a, b);
            if (r != NOTIMPLEMENTED) return r;
            fb = NULL;
        }
        r = fa(a, b);
        if (r != NOTIMPLEMENTED) return r;
    }
    if (fb) return fb(a, b);
    return NOTIMPLEMENTED;
}

Value obj_binop(int op, Value a, Value b) {
    if ((unsigned)op >= NB_COUNT) {
        err_set(ExcSystemError, "bad binary operator");
        return VNULL;
    }
    Value r = binop_try(op, a, b);
    if (r != NOTIMPLEMENTED) return r;
    return binop_error(op, a, b, false);
}

Value obj_inplace_binop(int op, Value a, Value b) {
    if ((unsigned)op >= NB_COUNT) {
        err_set(ExcSystemError, "bad binary operator");
        return VNULL;
    }
    BinaryFn fi = TYPE(a)->nb_inplace[op];
    if (fi) {
        Value r = fi(a, b);
        if (r != NOTIMPLEMENTED) return r;
    }
    Value r = binop_try(op, a, b);
    if (r != NOTIMPLEMENTED) return r;
    return binop_error(op, a, b, true);
}

Value obj_unary(int op, Value v) {
    UnaryFn f;
    const char *sym;
    switch (op) {
    case UOP_NOT: {
        int t = obj_truthy(v);
        return t < 0 ? VNULL : BOOL_VAL(!t);
    }
    case UOP_NEG: f = TYPE(v)->nb_neg; sym = "-"; break;
    case UOP_POS: f = TYPE(v)->nb_pos; sym = "+"; break;
    case UOP_INVERT: f = TYPE(v)->nb_invert; sym = "~"; break;
    default:
        err_set(ExcSystemError, "bad unary operator");
        return VNULL;
    }
    if (f) return f(v);
    err_format(ExcTypeError, "bad operand type for unary %s: '%s'", sym, type_name(v));
    return VNULL;
}

Value obj_index(Value v) {
    if (IS_SMALL(v)) return v;
    if (IS_BOOL(v)) return MAKE_SMALL(v == TRUE_VAL);
    if (IS_INT(v)) return NEWREF(v);
    UnaryFn f = TYPE(v)->nb_index;
    if (!f) {
        err_format(ExcTypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
        return VNULL;
    }
    Value r = f(v);
    if (r && !IS_INT(r)) {
        err_format(ExcTypeError, "__index__ returned non-int (type %s)", type_name(r));
        DECREF(r);
        return VNULL;
    }
    return r;
}

int obj_as_ssize(Value v, intptr_t *out) {
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return 0;
    }
    Value i = obj_index(v);
    if (!i) return -1;
    if (IS_SMALL(i)) {
        *out = SMALL_VAL(i);
        return 0;
    }
    int64_t x;
    int r = int_as_i64(i, &x);
    DECREF(i);
    if (r < 0) {
        if (err_matches(ExcOverflowError)) {
            err_clear();
            err_format(ExcOverflowError, "cannot fit '%s' into an index-sized integer", type_name(v));
        }
        return -1;
    }
    *out = (intptr_t)x;
    return 0;
}

/* ---- format, dir ---- */

Value obj_format(Value v, Value spec) {
    bool empty = !spec || (IS_STR(spec) && STR_SIZE(spec) == 0);
    /* Every C type's __format__ treats an empty spec as str(self). */
    if (empty && (IS_SMALL(v) || !IS_HEAPTYPE(AS_OBJ(v)->type))) return obj_str(v);
    if (spec && !IS_STR(spec)) {
        err_format(ExcTypeError, "format() argument 2 must be str, not %s", type_name(spec));
        return VNULL;
    }
    if (IS_SMALL(v) || AS_OBJ(v)->type == &IntType || AS_OBJ(v)->type == &FloatType ||
        AS_OBJ(v)->type == &StrType)
        return str_format_spec(v, spec);
    if (empty && type_lookup_fast(TYPE(v), NAME(__format__)) == type_lookup_fast(&ObjectType, NAME(__format__)))
        return obj_str(v);   /* object.__format__ with an empty spec */
    Value s = spec ? spec : str_intern_cstr("");
    if (!s) return VNULL;
    bool found;
    Value r = call_special(v, NAME(__format__), &s, 1, &found);
    if (!spec) DECREF(s);
    if (!found) {
        err_format(ExcTypeError, "Type %s doesn't define __format__", type_name(v));
        return VNULL;
    }
    if (r && !IS_STR(r)) {
        err_format(ExcTypeError, "__format__ must return a str, not %s", type_name(r));
        DECREF(r);
        return VNULL;
    }
    return r;
}

Value obj_dir(Value v) {
    bool found;
    Value r = call_special(v, NAME(__dir__), NULL, 0, &found);
    if (!found) {
        err_set(ExcTypeError, "object does not provide __dir__");
        return VNULL;
    }
    if (!r) return VNULL;
    Value l = list_from_iterable(r);
    DECREF(r);
    if (!l) return VNULL;
    if (list_sort(l, VNULL, false) < 0) {
        DECREF(l);
        return VNULL;
    }
    return l;
}

/* ---- isinstance, issubclass ---- */

static int check_hook(Value cls, Value arg, Value name) {
    bool found;
    Value r = call_special(cls, name, &arg, 1, &found);
    if (!found) return -2;
    if (!r) return -1;
    int t = obj_truthy(r);
    DECREF(r);
    return t;
}

static bool type_has_own_hook(Type *meta, Value name) {
    /* A metaclass other than type may define __instancecheck__ / __subclasscheck__ (abc). */
    if (meta == &TypeType) return false;
    Value f = type_lookup(meta, name);
    return f && f != type_lookup(&TypeType, name);
}

int obj_isinstance(Value obj, Value cls) {
    Type *ot = TYPE(obj);
    if (OBJ_VAL(ot) == cls) return 1;
    if (IS_TYPEOBJ(cls)) {
        Type *meta = TYPE(cls);
        if (type_has_own_hook(meta, NAME(__instancecheck__))) {
            if (vm_enter_recursive_call(" in __instancecheck__") < 0) return -1;
            int r = check_hook(cls, obj, NAME(__instancecheck__));
            vm_leave_recursive_call();
            if (r != -2) return r;
        }
        return type_is_subtype(ot, (Type *)AS_OBJ(cls));
    }
    if (IS_TUPLE(cls)) {
        if (vm_enter_recursive_call(" in __instancecheck__") < 0) return -1;
        int r = 0;
        for (size_t i = 0; i < TUPLE_LEN(cls) && r == 0; i++) r = obj_isinstance(obj, TUPLE_ITEMS(cls)[i]);
        vm_leave_recursive_call();
        return r;
    }
    if (!IS_SMALL(cls) && type_lookup(TYPE(cls), NAME(__instancecheck__)))
        return check_hook(cls, obj, NAME(__instancecheck__));
    if (IS_TYPE(cls, &GenericAliasType)) {
        err_set(ExcTypeError, "isinstance() argument 2 cannot be a parameterized generic");
        return -1;
    }
    err_set(ExcTypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int obj_issubclass(Value derived, Value cls) {
    if (IS_TYPEOBJ(cls) && type_has_own_hook(TYPE(cls), NAME(__subclasscheck__))) {
        if (vm_enter_recursive_call(" in __subclasscheck__") < 0) return -1;
        int r = check_hook(cls, derived, NAME(__subclasscheck__));
        vm_leave_recursive_call();
        if (r != -2) return r;
    }
    if (IS_TUPLE(cls)) {
        if (vm_enter_recursive_call(" in __subclasscheck__") < 0) return -1;
        int r = 0;
        for (size_t i = 0; i < TUPLE_LEN(cls) && r == 0; i++) r = obj_issubclass(derived, TUPLE_ITEMS(cls)[i]);
        vm_leave_recursive_call();
        return r;
    }
    if (!IS_TYPEOBJ(derived)) {
        err_set(ExcTypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!IS_TYPEOBJ(cls)) {
        if (!IS_SMALL(cls) && type_lookup(TYPE(cls), NAME(__subclasscheck__)))
            return check_hook(cls, derived, NAME(__subclasscheck__));
        if (IS_TYPE(cls, &GenericAliasType)) {
            err_set(ExcTypeError, "issubclass() argument 2 cannot be a parameterized generic");
            return -1;
        }
        err_set(ExcTypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return type_is_subtype((Type *)AS_OBJ(derived), (Type *)AS_OBJ(cls));
}
