/* Containers (list, tuple, dict, set, range, slice, iterators): the API beyond object.h.
 * Same conventions as object.h: new references returned, borrowed arguments. */
#ifndef MINIPY_CONTAINERS_H
#define MINIPY_CONTAINERS_H

#include "object.h"
#include "objutil.h"

/* Readies the internal types of this area (iterators, views); call once from vm_init,
 * after the core types. Returns -1 on error. */
int containers_init(void);

/* Rich comparison operators in parser/ast.h's CmpOpKind order, without pulling the AST in. */
enum { CONT_LT, CONT_LE, CONT_EQ, CONT_NE, CONT_GT, CONT_GE };

/* ---- hashing shared by dict, set, tuple (CPython's values, so sets iterate in its order) ---- */
#define HASH_MODULUS (((int64_t)1 << 61) - 1)
static inline int64_t hash_small_int(intptr_t x) {
    uint64_t a = x >= 0 ? (uint64_t)x : -(uint64_t)x;
    int64_t h = (int64_t)(a % (uint64_t)HASH_MODULUS);
    if (x < 0) h = -h;
    return h == -1 ? -2 : h;
}
/* obj_hash with inline fast paths for small ints and str (whose hash is cached). */
static inline int64_t cont_hash(Value v) {
    if (IS_SMALL(v)) return hash_small_int(SMALL_VAL(v));
    if (AS_OBJ(v)->type == &StrType) {
        int64_t h = ((StrObj *)AS_OBJ(v))->hash;
        return h != -1 ? h : str_hash(v);
    }
    return obj_hash(v);
}
/* Equality with the identity shortcut and a str fast path: 1, 0 or -1. */
static inline int cont_eq(Value a, Value b) {
    if (a == b) return 1;
    if (IS_SMALL(a) && IS_SMALL(b)) return 0;
    if (!IS_SMALL(a) && !IS_SMALL(b) && AS_OBJ(a)->type == &StrType && AS_OBJ(b)->type == &StrType)
        return str_eq(a, b);
    return obj_richcompare_bool(a, b, CONT_EQ);
}

/* A Python index (int, bool, __index__) as intptr_t; big values raise
 * IndexError "cannot fit 'int' into an index-sized integer". */
int cont_index(Value key, intptr_t *out);
/* index()'s optional start/stop: clamped into [0, len] like a slice bound. */
int cont_index_bound(Value v, intptr_t len, intptr_t *out);
/* Does v support __index__ (so it can index a sequence)? */
static inline bool cont_is_index(Value v) { return IS_SMALL(v) || TYPE(v)->nb_index != NULL; }

/* ---- list ---- */
Value list_getslice(Value list, intptr_t start, intptr_t stop);   /* clamped like l[a:b] */
Value list_getitem(Value list, intptr_t i);   /* new ref; negative i counts from the end; IndexError */
int list_insert(Value list, intptr_t i, Value v);
Value list_pop(Value list, intptr_t i);       /* new ref; negative i counts from the end */
void list_reverse(Value list);
void list_clear(Value list);
Value list_repeat(Value list, intptr_t n);
Value list_concat(Value a, Value b);          /* both lists */
int list_resize(Value list, size_t newlen);   /* grows (new items VNULL) or shrinks (must be VNULL) */
Value list_iter_new(Value list);

/* ---- tuple ---- */
Value tuple_getslice(Value t, intptr_t start, intptr_t stop);
Value tuple_concat(Value a, Value b);
int tuple_resize(Value *t, size_t newlen);    /* only for a fresh tuple owned by the caller */
int64_t tuple_hash(Value t);

/* ---- dict ---- */
Value dict_setdefault(Value d, Value key, Value dflt);   /* BORROWED, or VNULL on error */
Value dict_pop(Value d, Value key, Value dflt);  /* new ref; dflt VNULL: KeyError if missing */
int dict_contains(Value d, Value key);           /* 1/0/-1 */
void dict_clear(Value d);
Value dict_values_list(Value d);
Value dict_items_list(Value d);                  /* list of (k, v) tuples */
Value dict_new_presized(size_t n);
/* The instance dict obj_generic_setattr makes for owner (untracked while owner alone holds
 * it: vm/gc.h, owned dicts). */
Value dict_new_instance(Value owner);
/* Lookup/insert with a known hash (e.g. when the hash came from a set). */
Value dict_get_known_hash(Value d, Value key, int64_t hash);   /* BORROWED or VNULL */
int dict_set_known_hash(Value d, Value key, int64_t hash, Value v);
int dict_set_str(Value d, Value strkey, Value v);  /* str key: skips the generic hash dispatch */
int dict_merge(Value d, Value other);            /* {**m}: mapping only ("'int' object is not a mapping") */
int dict_next_hash(Value d, size_t *pos, Value *key, Value *val, int64_t *hash);
Value dict_repr(Value d);
/* Mapping check used by ** and dict(): has a keys attribute. */
bool dict_is_mapping(Value v);

/* ---- set ---- */
int set_discard(Value s, Value key);             /* 1 removed, 0 missing, -1 error */
intptr_t set_len(Value s);
int set_next(Value s, size_t *pos, Value *key);  /* borrowed key; 0 at end */
void set_clear(Value s);
Value set_copy(Value s);
Value frozenset_from_iterable(Value it);
#define IS_ANYSET(v) (!IS_SMALL(v) && (type_is_subtype(AS_OBJ(v)->type, &SetType) || \
                                       type_is_subtype(AS_OBJ(v)->type, &FrozenSetType)))

/* ---- range ---- */
/* big: VNULL for the usual 64-bit range; else a tuple (start, stop, step, len) of ints
 * for bounds beyond int64 or a length beyond INT64_MAX (the int64 fields are then unused). */
typedef struct RangeObj { Obj hdr; int64_t start, stop, step, len; Value big; } RangeObj;
Value range_new(int64_t start, int64_t stop, int64_t step);

/* ---- iterators (vm/iterobject.c and the per-type ones) ---- */
/* seqiter_new (iterates via __getitem__ until IndexError) is declared in objutil.h. */
Value calliter_new(Value callable, Value sentinel);
/* next(it) as the builtin next() sees it: a StopIteration raised by Python code (a class's
 * __next__, map's function, filter's predicate) is left set, so its value is visible, as
 * CPython's tp_iternext leaves it. Plain exhaustion: VNULL with no exception. */
Value iter_next_with_stop(Value it);
/* The common iterators, exposed so FOR_ITER may take a fast path on them. */
typedef struct ListIterObj { Obj hdr; Value seq; size_t index; } ListIterObj;  /* seq VNULL: done */
typedef struct RangeIterObj { Obj hdr; int64_t next, step; uint64_t remaining; } RangeIterObj;
extern Type ListIterType, ListRevIterType, TupleIterType, RangeIterType, LongRangeIterType, SetIterType,
    DictKeyIterType, DictValueIterType, DictItemIterType,
    DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;
/* The next item of a list iterator, or VNULL at the end (no exception). */
static inline Value listiter_next_inline(Value it) {
    ListIterObj *li = (ListIterObj *)AS_OBJ(it);
    Value seq = li->seq;
    if (seq && li->index < LIST_LEN(seq)) {
        Value v = LIST_ITEMS(seq)[li->index++];
        INCREF(v);
        return v;
    }
    if (seq) { li->seq = VNULL; DECREF(seq); }
    return VNULL;
}
/* An iterator's iter slot: returns itself. */
Value cont_iter_self(Value it);

#endif
