/* The instructions of the match statement (PEP 634): what counts as a sequence or a
 * mapping, mapping key lookup, and class patterns with __match_args__. */
#include <string.h>
#include "match.h"
#include "objutil.h"
#include "strutil.h"

/* A class whose MRO has collections.abc's Sequence (or MutableSequence) or Mapping
 * (or MutableMapping) counts as one, as CPython's ABCs set the type flags. */
static bool mro_has_abc(Type *t, const char *a, const char *b)
{
    Value mro = t->mro;
    if (!mro || !IS_TUPLE(mro)) return false;
    size_t n = TUPLE_LEN(mro);
    for (size_t i = 0; i < n; i++) {
        Type *k = (Type *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
        if (!k->name_v || !k->module_v || !IS_STR(k->name_v) || !IS_STR(k->module_v)) continue;
        const char *nm = STR_DATA(k->name_v), *mod = STR_DATA(k->module_v);
        bool from_abc = strcmp(mod, "_collections_abc") == 0 || strcmp(mod, "collections.abc") == 0;
        if (from_abc && (strcmp(nm, a) == 0 || strcmp(nm, b) == 0)) return true;
        /* collections.deque is registered as a MutableSequence */
        if (!strcmp(a, "Sequence") && strcmp(mod, "collections") == 0 && strcmp(nm, "deque") == 0) return true;
    }
    return false;
}

bool match_is_sequence(Value v)
{
    if (IS_SMALL(v)) return false;
    if (IS_LIST(v) || IS_TUPLE(v)) return true;
    Type *t = TYPE(v);
    if (t == &RangeType) return true;
    if (IS_STR(v) || IS_DICT(v) || t == &BytesType || IS_BYTEARRAY(v) || type_is_subtype(t, &BytesType))
        return false;
    if (!(t->flags & TPFLAG_HEAPTYPE)) return false;
    return mro_has_abc(t, "Sequence", "MutableSequence");
}

bool match_is_mapping(Value v)
{
    if (IS_SMALL(v)) return false;
    if (IS_DICT(v)) return true;
    Type *t = TYPE(v);
    if (t == &MappingProxyType) return true;
    if (!(t->flags & TPFLAG_HEAPTYPE) || IS_LIST(v) || IS_TUPLE(v) || IS_STR(v)) return false;
    return mro_has_abc(t, "Mapping", "MutableMapping");
}

Value match_get_len(Value v)
{
    intptr_t n = obj_len(v);
    if (n < 0) return VNULL;
    return int_from_i64((int64_t)n);
}

Value match_keys(Value subj, Value keys)
{
    size_t n = TUPLE_LEN(keys);
    Value values = tuple_new(n);
    if (!values) return VNULL;
    for (size_t i = 0; i < n; i++) tuple_set_steal(values, i, NONE);
    if (n == 0) return values;
    /* duplicates (possible with value patterns as keys) are found by hashing, as CPython */
    Value seen = VNULL;
    Value get = VNULL;
    if (n > 1) {
        seen = set_new(&SetType);
        if (!seen) goto fail;
    }
    /* an exact dict is read directly; anything else through its get(key, default) */
    bool exact = TYPE(subj) == &DictType;
    if (!exact) {
        get = obj_getattr(subj, NAME(get));
        if (!get) goto fail;
    }
    for (size_t i = 0; i < n; i++) {
        Value k = TUPLE_ITEMS(keys)[i];
        if (seen) {
            int r = obj_contains(seen, k);
            if (r < 0) goto fail;
            if (r) {
                err_format(ExcValueError, "mapping pattern checks duplicate key (%R)", k);
                goto fail;
            }
            if (set_add(seen, k) < 0) goto fail;
        }
        Value v;
        if (exact) {
            v = dict_get(subj, k);
            if (!v) {
                if (err_occurred()) goto fail;
                goto missing;
            }
            INCREF(v);
        } else {
            /* the keys tuple itself is a default no get() can hold */
            v = obj_call2(get, k, keys);
            if (!v) goto fail;
            if (v == keys) {
                DECREF(v);
                goto missing;
            }
        }
        tuple_set_steal(values, i, v);
    }
    XDECREF(seen);
    XDECREF(get);
    return values;
missing:
    XDECREF(seen);
    XDECREF(get);
    DECREF(values);
    return NONE;
fail:
    XDECREF(seen);
    XDECREF(get);
    DECREF(values);
    return VNULL;
}

Value match_copy_dict_without_keys(Value subj, Value keys)
{
    Value rest = dict_new();
    if (!rest) return VNULL;
    if (dict_update(rest, subj) < 0) goto fail;
    for (size_t i = 0; i < TUPLE_LEN(keys); i++)
        if (dict_del_opt(rest, TUPLE_ITEMS(keys)[i]) < 0) goto fail;
    return rest;
fail:
    DECREF(rest);
    return VNULL;
}

static const char *class_name(Type *t)
{
    if ((t->flags & TPFLAG_HEAPTYPE) && t->name_v && IS_STR(t->name_v)) return STR_DATA(t->name_v);
    return t->name;
}

/* Builtins whose single positional sub-pattern matches the subject itself. */
static bool matches_self(Type *t)
{
    static Type *const selfs[] = {&BoolType, &ByteArrayType, &BytesType, &DictType, &FloatType, &FrozenSetType,
                                  &IntType, &ListType, &SetType, &StrType, &TupleType};
    for (size_t i = 0; i < sizeof selfs / sizeof selfs[0]; i++)
        if (type_is_subtype(t, selfs[i])) return true;
    return false;
}

/* getattr(subj, name) for a sub-pattern: 1 found (*out new), 0 missing (no match), -1 error. */
static int class_attr(Value subj, Type *t, Value name, Value *seen, size_t *nseen, Value *out)
{
    for (size_t i = 0; i < *nseen; i++) {
        if (str_eq(seen[i], name)) {
            err_format(ExcTypeError, "%s() got multiple sub-patterns for attribute %R", class_name(t), name);
            return -1;
        }
    }
    seen[(*nseen)++] = name;
    Value v = obj_getattr(subj, name);
    if (v) {
        *out = v;
        return 1;
    }
    if (!err_matches(ExcAttributeError)) return -1;
    err_clear();
    return 0;
}

Value match_class(Value subj, Value cls, Value kwnames, int nargs)
{
    if (!IS_TYPEOBJ(cls)) {
        err_set(ExcTypeError, "called match pattern must be a type");
        return VNULL;
    }
    Type *t = (Type *)AS_OBJ(cls);
    int r = obj_isinstance(subj, cls);
    if (r <= 0) return r < 0 ? VNULL : NONE;
    size_t nkw = TUPLE_LEN(kwnames);
    size_t total = (size_t)nargs + nkw;
    Value attrs = tuple_new(total);
    if (!attrs) return VNULL;
    for (size_t i = 0; i < total; i++) tuple_set_steal(attrs, i, NONE);
    Value match_args = VNULL;
    Value small[8], *seen = small;
    size_t nseen = 0;
    if (total > 8) {
        seen = mem_alloc(sizeof(Value) * total);
        if (!seen) goto fail;
    }
    if (nargs) {
        bool self = false;
        match_args = obj_getattr(cls, NAME(__match_args__));
        if (match_args) {
            if (!IS_TYPE(match_args, &TupleType)) {
                err_format(ExcTypeError, "%s.__match_args__ must be a tuple (got %s)", class_name(t),
                           type_name(match_args));
                goto fail;
            }
        } else {
            if (!err_matches(ExcAttributeError)) goto fail;
            err_clear();
            /* only a class without __match_args__ matches itself (a subclass defining it does not) */
            self = matches_self(t);
        }
        size_t allowed = self ? 1 : match_args ? TUPLE_LEN(match_args) : 0;
        if (allowed < (size_t)nargs) {
            err_format(ExcTypeError, "%s() accepts %d positional sub-pattern%s (%d given)", class_name(t),
                       (int)allowed, allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (self) {
            INCREF(subj);
            tuple_set_steal(attrs, 0, subj);
        } else {
            for (int i = 0; i < nargs; i++) {
                Value name = TUPLE_ITEMS(match_args)[i];
                if (!IS_TYPE(name, &StrType)) {
                    err_format(ExcTypeError, "__match_args__ elements must be strings (got %s)", type_name(name));
                    goto fail;
                }
                Value v;
                int a = class_attr(subj, t, name, seen, &nseen, &v);
                if (a < 0) goto fail;
                if (a == 0) goto nomatch;
                tuple_set_steal(attrs, (size_t)i, v);
            }
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        Value v;
        int a = class_attr(subj, t, TUPLE_ITEMS(kwnames)[i], seen, &nseen, &v);
        if (a < 0) goto fail;
        if (a == 0) goto nomatch;
        tuple_set_steal(attrs, (size_t)nargs + i, v);
    }
    XDECREF(match_args);
    if (seen != small) mem_free(seen);
    return attrs;
nomatch:
    XDECREF(match_args);
    if (seen != small) mem_free(seen);
    DECREF(attrs);
    return NONE;
fail:
    XDECREF(match_args);
    if (seen != small) mem_free(seen);
    DECREF(attrs);
    return VNULL;
}
