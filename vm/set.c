/* set and frozenset. The table follows CPython's exactly (sizes, growth points,
 * probe sequence, dummies, the order operations insert in), because programs print
 * sets and their iteration order must come out the same. */
#include <string.h>

#include "object.h"
#include "containers.h"
#include "ast.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry { Value key; int64_t hash; } SetEntry;

typedef struct SetObj {
    Obj hdr;
    size_t fill;          /* active + dummy entries */
    size_t used;          /* active entries */
    size_t mask;          /* table size - 1 */
    SetEntry *table;      /* smalltable or malloc'ed */
    int64_t hash;         /* frozenset hash cache, -1 if unknown */
    size_t finger;        /* where pop() looks first */
    SetEntry smalltable[SET_MINSIZE];
} SetObj;

/* A deleted slot: the key points at this, and its hash is -1. */
static Obj dummy_obj = STATIC_HEADER(&NoneType);
#define DUMMY OBJ_VAL(&dummy_obj)

#define S(v) ((SetObj *)AS_OBJ(v))

static inline bool is_set(Value v) { return !IS_SMALL(v) && type_is_subtype(AS_OBJ(v)->type, &SetType); }
static inline bool is_anyset(Value v) {
    if (IS_SMALL(v)) return false;
    Type *t = AS_OBJ(v)->type;
    return t == &SetType || t == &FrozenSetType || type_is_subtype(t, &SetType) ||
           type_is_subtype(t, &FrozenSetType);
}
static inline bool is_frozen_exact(Value v) { return IS_TYPE(v, &FrozenSetType); }

static void set_init_empty(SetObj *so) {
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    memset(so->smalltable, 0, sizeof(so->smalltable));
}

static Value set_alloc(Type *t) {
    SetObj *so = (SetObj *)obj_alloc(t);
    if (!so) return VNULL;
    set_init_empty(so);
    return OBJ_VAL(so);
}

Value set_new(Type *t) { return set_alloc(t); }

/* ---- the table ---- */

static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int table_resize(SetObj *so, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    SetEntry *oldtable = so->table;
    bool old_malloced = oldtable != so->smalltable;
    size_t oldmask = so->mask;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;   /* no dummies to drop */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > SIZE_MAX / sizeof(SetEntry)) { err_no_memory(); return -1; }
        newtable = (SetEntry *)mem_alloc(newsize * sizeof(SetEntry));
        if (!newtable) return -1;
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    if (so->fill == so->used) {
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key) insert_clean(newtable, so->mask, oldtable[i].key, oldtable[i].hash);
    } else {
        so->fill = so->used;
        for (size_t i = 0; i <= oldmask; i++) {
            Value k = oldtable[i].key;
            if (k && k != DUMMY) insert_clean(newtable, so->mask, k, oldtable[i].hash);
        }
    }
    if (old_malloced) mem_free(oldtable);
    return 0;
}

/* Insert key (borrowed) with its hash; 0, or -1 if a comparison raised. */
static int add_entry(SetObj *so, Value key, int64_t hash) {
    INCREF(key);
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *e;
    bool key_str = !IS_SMALL(key) && AS_OBJ(key)->type == &StrType;
    for (;;) {
        e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) goto found_unused_or_dummy;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key) goto found_active;
                if (!(IS_SMALL(sk) && IS_SMALL(key))) {
                    if (key_str && !IS_SMALL(sk) && AS_OBJ(sk)->type == &StrType) {
                        if (str_eq(sk, key)) goto found_active;
                    } else {
                        SetEntry *table = so->table;
                        INCREF(sk);
                        int c = obj_richcompare_bool(sk, key, CMP_EQ);
                        DECREF(sk);
                        if (c > 0) goto found_active;
                        if (c < 0) { DECREF(key); return -1; }
                        if (table != so->table || e->key != sk) goto restart;
                        mask = so->mask;
                    }
                }
            } else if (e->hash == -1) {
                /* The LAST dummy on the path is reused, as CPython 3.11 does. */
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if (so->fill * 5 < mask * 3) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    DECREF(key);
    return 0;
}

/* The entry holding key, an empty entry if absent, NULL if a comparison raised. */
static SetEntry *lookkey(SetObj *so, Value key, int64_t hash) {
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    bool key_str = !IS_SMALL(key) && AS_OBJ(key)->type == &StrType;
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) return e;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key) return e;
                if (!(IS_SMALL(sk) && IS_SMALL(key))) {
                    if (key_str && !IS_SMALL(sk) && AS_OBJ(sk)->type == &StrType) {
                        if (str_eq(sk, key)) return e;
                    } else {
                        SetEntry *table = so->table;
                        INCREF(sk);
                        int c = obj_richcompare_bool(sk, key, CMP_EQ);
                        DECREF(sk);
                        if (c < 0) return NULL;
                        if (table != so->table || e->key != sk) goto restart;
                        if (c > 0) return e;
                        mask = so->mask;
                    }
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int contains_entry(SetObj *so, Value key, int64_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    if (!e) return -1;
    return e->key != VNULL;
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(SetObj *so, Value key, int64_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    if (!e) return -1;
    if (!e->key) return 0;
    Value old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    DECREF(old);
    return 1;
}

static int add_key(SetObj *so, Value key) {
    int64_t h = cont_hash(key);
    if (h == -1) return -1;
    return add_entry(so, key, h);
}

static int contains_key(SetObj *so, Value key) {
    int64_t h = cont_hash(key);
    if (h == -1) return -1;
    return contains_entry(so, key, h);
}

static int discard_key(SetObj *so, Value key) {
    int64_t h = cont_hash(key);
    if (h == -1) return -1;
    return discard_entry(so, key, h);
}

/* Iterate active entries: *pos is the table index to continue from. */
static inline SetEntry *next_entry(SetObj *so, size_t *pos) {
    while (*pos <= so->mask) {
        SetEntry *e = &so->table[(*pos)++];
        if (e->key && e->key != DUMMY) return e;
    }
    return NULL;
}

static void clear_internal(SetObj *so) {
    SetEntry *table = so->table;
    bool malloced = table != so->smalltable;
    size_t fill = so->fill, mask = so->mask;
    SetEntry small_copy[SET_MINSIZE];
    if (!malloced && fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    set_init_empty(so);
    /* DECREF after the set is consistent again: finalizers may look at it. */
    if (fill > 0) {
        for (size_t i = 0; i <= mask; i++) {
            Value k = table[i].key;
            if (k && k != DUMMY) DECREF(k);
        }
    }
    if (malloced) mem_free(table);
}

static int merge_set(SetObj *so, SetObj *other) {
    if (so == other || other->used == 0) return 0;
    /* One resize up front, expecting few overlapping keys. */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    }
    SetEntry *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            Value k = oe[i].key;
            if (k) { INCREF(k); so->table[i].key = k; so->table[i].hash = oe[i].hash; }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            Value k = oe[i].key;
            if (k && k != DUMMY) { INCREF(k); insert_clean(so->table, so->mask, k, oe[i].hash); }
        }
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        Value k = other->table[i].key;
        if (k && k != DUMMY && add_entry(so, k, other->table[i].hash) < 0) return -1;
    }
    return 0;
}

static int update_internal(SetObj *so, Value other) {
    if (is_anyset(other)) return merge_set(so, S(other));
    if (IS_TYPE(other, &DictType)) {
        intptr_t n = dict_len(other);
        if ((so->fill + (size_t)n) * 5 >= so->mask * 3) {
            if (table_resize(so, (so->used + (size_t)n) * 2) < 0) return -1;
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (dict_next_hash(other, &pos, &k, NULL, &h))
            if (add_entry(so, k, h) < 0) return -1;
        return 0;
    }
    Value it = obj_iter(other);
    if (!it) return -1;
    Value k;
    while ((k = obj_next(it))) {
        int rc = add_key(so, k);
        DECREF(k);
        if (rc < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

static Value make_new_set(Type *t, Value iterable) {
    Value s = set_alloc(t);
    if (!s) return VNULL;
    if (iterable && update_internal(S(s), iterable) < 0) { DECREF(s); return VNULL; }
    return s;
}

/* A new set or frozenset (whichever the type derives from) with iterable's items. */
static Value make_new_set_basetype(Type *t, Value iterable) {
    return make_new_set(type_is_subtype(t, &SetType) ? &SetType : &FrozenSetType, iterable);
}

static Value copy_of(Value so) { return make_new_set_basetype(TYPE(so), so); }

/* ---- public API ---- */

int set_add(Value s, Value v) { return add_key(S(s), v); }

/* An unhashable set being looked up is looked up as a frozenset, as CPython does. */
static Value frozen_for_lookup(Value key, int rc) {
    if (rc < 0 && is_set(key) && err_matches(ExcTypeError)) {
        err_clear();
        return make_new_set(&FrozenSetType, key);
    }
    return VNULL;
}

int set_contains(Value s, Value v) {
    int rc = contains_key(S(s), v);
    if (rc >= 0) return rc;
    Value fk = frozen_for_lookup(v, rc);
    if (!fk) return -1;
    rc = contains_key(S(s), fk);
    DECREF(fk);
    return rc;
}

int set_discard(Value s, Value v) {
    int rc = discard_key(S(s), v);
    if (rc >= 0) return rc;
    Value fk = frozen_for_lookup(v, rc);
    if (!fk) return -1;
    rc = discard_key(S(s), fk);
    DECREF(fk);
    return rc;
}

int set_update(Value s, Value iterable) { return update_internal(S(s), iterable); }
intptr_t set_len(Value s) { return (intptr_t)S(s)->used; }
void set_clear(Value s) { clear_internal(S(s)); }
Value set_copy(Value s) { return copy_of(s); }
Value frozenset_from_iterable(Value it) { return make_new_set(&FrozenSetType, it); }

int set_next(Value s, size_t *pos, Value *key) {
    SetEntry *e = next_entry(S(s), pos);
    if (!e) return 0;
    *key = e->key;
    return 1;
}

/* ---- algebra (as CPython's, so results have the same table layout) ---- */

static Value intersection(Value sov, Value other) {
    if (sov == other) return copy_of(sov);
    Value result = make_new_set_basetype(TYPE(sov), VNULL);
    if (!result) return VNULL;
    SetObj *so = S(sov), *rs = S(result);
    if (is_anyset(other)) {
        SetObj *o = S(other);
        if (o->used > so->used) { SetObj *t = so; so = o; o = t; }
        size_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(o, &pos))) {
            Value k = e->key;
            int64_t h = e->hash;
            INCREF(k);
            int rc = contains_entry(so, k, h);
            if (rc > 0) rc = add_entry(rs, k, h);
            DECREF(k);
            if (rc < 0) { DECREF(result); return VNULL; }
        }
        return result;
    }
    Value it = obj_iter(other);
    if (!it) { DECREF(result); return VNULL; }
    Value k;
    while ((k = obj_next(it))) {
        int64_t h = cont_hash(k);
        int rc = h == -1 ? -1 : contains_entry(so, k, h);
        if (rc > 0) rc = add_entry(rs, k, h);
        DECREF(k);
        if (rc < 0) { DECREF(it); DECREF(result); return VNULL; }
    }
    DECREF(it);
    if (err_occurred()) { DECREF(result); return VNULL; }
    return result;
}

static void swap_bodies(SetObj *a, SetObj *b) {
    size_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        SetEntry tab[SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (type_is_subtype(a->hdr.type, &FrozenSetType) && type_is_subtype(b->hdr.type, &FrozenSetType)) {
        int64_t h = a->hash; a->hash = b->hash; b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

static int intersection_update(Value so, Value other) {
    Value tmp = intersection(so, other);
    if (!tmp) return -1;
    swap_bodies(S(so), S(tmp));
    DECREF(tmp);
    return 0;
}

static int difference_update_internal(SetObj *so, Value other) {
    if (OBJ_VAL(so) == other) { clear_internal(so); return 0; }
    if (is_anyset(other)) {
        size_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(S(other), &pos))) {
            Value k = e->key;
            INCREF(k);
            int rc = discard_entry(so, k, e->hash);
            DECREF(k);
            if (rc < 0) return -1;
        }
    } else {
        Value it = obj_iter(other);
        if (!it) return -1;
        Value k;
        while ((k = obj_next(it))) {
            int rc = discard_key(so, k);
            DECREF(k);
            if (rc < 0) { DECREF(it); return -1; }
        }
        DECREF(it);
        if (err_occurred()) return -1;
    }
    /* More than a quarter dummies: rebuild. */
    if (so->fill - so->used <= so->mask / 4) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Value copy_and_difference(Value so, Value other) {
    Value r = copy_of(so);
    if (!r) return VNULL;
    if (difference_update_internal(S(r), other) < 0) { DECREF(r); return VNULL; }
    return r;
}

static Value difference(Value sov, Value other) {
    size_t other_size;
    if (is_anyset(other)) other_size = S(other)->used;
    else if (IS_TYPE(other, &DictType)) other_size = (size_t)dict_len(other);
    else return copy_and_difference(sov, other);
    SetObj *so = S(sov);
    if ((so->used >> 2) > other_size) return copy_and_difference(sov, other);
    Value result = make_new_set_basetype(TYPE(sov), VNULL);
    if (!result) return VNULL;
    size_t pos = 0;
    SetEntry *e;
    bool isdict = IS_TYPE(other, &DictType);
    while ((e = next_entry(so, &pos))) {
        Value k = e->key;
        int64_t h = e->hash;
        INCREF(k);
        int rc;
        if (isdict) {
            Value v = dict_get_known_hash(other, k, h);
            rc = v ? 1 : (err_occurred() ? -1 : 0);
        } else {
            rc = contains_entry(S(other), k, h);
        }
        if (rc == 0) rc = add_entry(S(result), k, h);
        DECREF(k);
        if (rc < 0) { DECREF(result); return VNULL; }
    }
    return result;
}

static int symmetric_difference_update(SetObj *so, Value other) {
    if (OBJ_VAL(so) == other) { clear_internal(so); return 0; }
    if (IS_TYPE(other, &DictType)) {
        size_t pos = 0;
        Value k, v;
        int64_t h;
        while (dict_next_hash(other, &pos, &k, &v, &h)) {
            INCREF(k);
            int rc = discard_entry(so, k, h);
            if (rc == 0) rc = add_entry(so, k, h);
            DECREF(k);
            if (rc < 0) return -1;
        }
        return 0;
    }
    Value otherset;
    if (is_anyset(other)) otherset = NEWREF(other);
    else if (!(otherset = make_new_set_basetype(so->hdr.type, other))) return -1;
    size_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(S(otherset), &pos))) {
        Value k = e->key;
        int64_t h = e->hash;
        INCREF(k);
        int rc = discard_entry(so, k, h);
        if (rc == 0) rc = add_entry(so, k, h);
        DECREF(k);
        if (rc < 0) { DECREF(otherset); return -1; }
    }
    DECREF(otherset);
    return 0;
}

static Value symmetric_difference(Value so, Value other) {
    Value r = make_new_set_basetype(TYPE(so), other);
    if (!r) return VNULL;
    if (symmetric_difference_update(S(r), so) < 0) { DECREF(r); return VNULL; }
    return r;
}

static int issubset(Value so, Value other) {
    if (!is_anyset(other)) {
        Value tmp = make_new_set(&SetType, other);
        if (!tmp) return -1;
        int r = issubset(so, tmp);
        DECREF(tmp);
        return r;
    }
    if (S(so)->used > S(other)->used) return 0;
    size_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(S(so), &pos))) {
        Value k = e->key;
        INCREF(k);
        int rc = contains_entry(S(other), k, e->hash);
        DECREF(k);
        if (rc <= 0) return rc;
    }
    return 1;
}

static int issuperset(Value so, Value other) {
    if (is_anyset(other)) return issubset(other, so);
    Value it = obj_iter(other);
    if (!it) return -1;
    Value k;
    while ((k = obj_next(it))) {
        int rc = contains_key(S(so), k);
        DECREF(k);
        if (rc <= 0) { DECREF(it); return rc; }
    }
    DECREF(it);
    return err_occurred() ? -1 : 1;
}

static int isdisjoint(Value sov, Value other) {
    if (sov == other) return S(sov)->used == 0;
    if (is_anyset(other)) {
        SetObj *a = S(sov), *b = S(other);
        if (b->used > a->used) { SetObj *t = a; a = b; b = t; }
        size_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(b, &pos))) {
            Value k = e->key;
            INCREF(k);
            int rc = contains_entry(a, k, e->hash);
            DECREF(k);
            if (rc != 0) return rc < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = obj_iter(other);
    if (!it) return -1;
    Value k;
    while ((k = obj_next(it))) {
        int rc = contains_key(S(sov), k);
        DECREF(k);
        if (rc != 0) { DECREF(it); return rc < 0 ? -1 : 0; }
    }
    DECREF(it);
    return err_occurred() ? -1 : 1;
}

/* ---- slots ---- */

static void set_dealloc(Obj *o) {
    SetObj *so = (SetObj *)o;
    size_t used = so->used;
    for (SetEntry *e = so->table; used > 0; e++) {
        if (e->key && e->key != DUMMY) { used--; DECREF(e->key); }
    }
    if (so->table != so->smalltable) mem_free(so->table);
    obj_free(o);
}

static Value set_repr(Value self) {
    const char *tn = TYPE(self)->name;
    if (S(self)->used == 0) return str_fromformat("%s()", tn);
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_fromformat("%s(...)", tn) : VNULL;
    StrBuf b;
    sb_init(&b);
    bool plain = IS_TYPE(self, &SetType);
    if (!plain) { sb_puts(&b, tn); sb_putc(&b, '('); }
    sb_putc(&b, '{');
    /* Snapshot the keys: their reprs may run code that changes the set. */
    Value keys = list_new(0);
    if (!keys) { sb_discard(&b); repr_leave(self); return VNULL; }
    size_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(S(self), &pos))) {
        if (list_append(keys, e->key) < 0) { DECREF(keys); sb_discard(&b); repr_leave(self); return VNULL; }
    }
    for (size_t i = 0; i < LIST_LEN(keys); i++) {
        if (i) sb_puts(&b, ", ");
        if (sb_put_repr(&b, LIST_ITEMS(keys)[i]) < 0) {
            DECREF(keys); sb_discard(&b); repr_leave(self); return VNULL;
        }
    }
    DECREF(keys);
    sb_putc(&b, '}');
    if (!plain) sb_putc(&b, ')');
    repr_leave(self);
    return sb_finish(&b);
}

static inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

/* CPython's frozenset hash: order independent, from the entries' hashes. */
static int64_t frozenset_hash(Value self) {
    SetObj *so = S(self);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    size_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(so, &pos))) hash ^= shuffle_bits((uint64_t)e->hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (int64_t)hash;
    return so->hash;
}

static Value set_richcompare(Value a, Value b, int op) {
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    SetObj *x = S(a), *y = S(b);
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        if (x->used != y->used) r = 0;
        else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) r = 0;
        else r = issubset(a, b);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LE: r = issubset(a, b); break;
    case CMP_GE: r = issuperset(a, b); break;
    case CMP_LT: r = x->used >= y->used ? 0 : issubset(a, b); break;
    case CMP_GT: r = x->used <= y->used ? 0 : issuperset(a, b); break;
    default: return NOTIMPLEMENTED;
    }
    if (r < 0) return VNULL;
    return BOOL_VAL(r);
}

static intptr_t set_len_slot(Value self) { return (intptr_t)S(self)->used; }
static int set_contains_slot(Value self, Value v) { return set_contains(self, v); }

static Value set_or(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    Value r = copy_of(a);
    if (!r || a == b) return r;
    if (update_internal(S(r), b) < 0) { DECREF(r); return VNULL; }
    return r;
}
static Value set_and(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    return intersection(a, b);
}
static Value set_sub(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    return difference(a, b);
}
static Value set_xor(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    return symmetric_difference(a, b);
}
static Value set_ior(Value a, Value b) {
    if (!is_set(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    if (update_internal(S(a), b) < 0) return VNULL;
    return NEWREF(a);
}
static Value set_iand(Value a, Value b) {
    if (!is_set(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    if (intersection_update(a, b) < 0) return VNULL;
    return NEWREF(a);
}
static Value set_isub(Value a, Value b) {
    if (!is_set(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    if (difference_update_internal(S(a), b) < 0) return VNULL;
    return NEWREF(a);
}
static Value set_ixor(Value a, Value b) {
    if (!is_set(a) || !is_anyset(b)) return NOTIMPLEMENTED;
    if (symmetric_difference_update(S(a), b) < 0) return VNULL;
    return NEWREF(a);
}

static Value set_iter(Value self);

static Value set_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return set_alloc(type);
}

static int set_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) && arg_no_kw("set", kwnames) < 0) return -1;
    if (arg_count("set", nargs, 0, 1) < 0) return -1;
    if (S(self)->fill) clear_internal(S(self));
    S(self)->hash = -1;
    if (nargs) return update_internal(S(self), args[0]);
    return 0;
}

static Value frozenset_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) && type == &FrozenSetType && arg_no_kw("frozenset", kwnames) < 0)
        return VNULL;
    if (arg_count("frozenset", nargs, 0, 1) < 0) return VNULL;
    if (type == &FrozenSetType && nargs && is_frozen_exact(args[0])) return NEWREF(args[0]);
    return make_new_set(type, nargs ? args[0] : VNULL);
}

/* ---- methods ---- */

static int no_kw(const char *fname, Value kw) { return kw && TUPLE_LEN(kw) ? arg_no_kw(fname, kw) : 0; }

#define ONE_ARG(fname) \
    if (no_kw(fname, kw) < 0 || arg_count(fname, nargs, 1, 1) < 0) return VNULL
#define NO_ARGS(fname) \
    (void)args; \
    if (no_kw(fname, kw) < 0 || arg_count(fname, nargs, 0, 0) < 0) return VNULL

static Value m_add(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("set.add");
    if (add_key(S(self), args[0]) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_discard(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("set.discard");
    if (set_discard(self, args[0]) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("set.remove");
    int rc = set_discard(self, args[0]);
    if (rc < 0) return VNULL;
    if (rc == 0) { err_set_object(ExcKeyError, args[0]); return VNULL; }
    RETURN_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kw) {
    NO_ARGS("set.pop");
    SetObj *so = S(self);
    if (so->used == 0) {
        Value msg = str_from_cstr("pop from an empty set");
        if (msg) { err_set_object(ExcKeyError, msg); DECREF(msg); }
        return VNULL;
    }
    SetEntry *e = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > limit) e = so->table;
    }
    Value k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = (size_t)(e - so->table) + 1;
    return k;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kw) {
    NO_ARGS("set.clear");
    clear_internal(S(self));
    RETURN_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kw) {
    NO_ARGS("set.copy");
    return copy_of(self);
}

static Value m_frozen_copy(Value self, const Value *args, size_t nargs, Value kw) {
    NO_ARGS("frozenset.copy");
    if (is_frozen_exact(self)) return NEWREF(self);
    return copy_of(self);
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("set.update", kw) < 0) return VNULL;
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(S(self), args[i]) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_union(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("union", kw) < 0) return VNULL;
    Value r = copy_of(self);
    if (!r) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (update_internal(S(r), args[i]) < 0) { DECREF(r); return VNULL; }
    }
    return r;
}

static Value m_intersection(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("intersection", kw) < 0) return VNULL;
    if (nargs == 0) return copy_of(self);
    Value r = NEWREF(self);
    for (size_t i = 0; i < nargs; i++) {
        Value nr = intersection(r, args[i]);
        DECREF(r);
        if (!nr) return VNULL;
        r = nr;
    }
    return r;
}

static Value m_intersection_update(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("intersection_update", kw) < 0) return VNULL;
    Value tmp = m_intersection(self, args, nargs, VNULL);
    if (!tmp) return VNULL;
    swap_bodies(S(self), S(tmp));
    DECREF(tmp);
    RETURN_NONE;
}

static Value m_difference(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("difference", kw) < 0) return VNULL;
    if (nargs == 0) return copy_of(self);
    if (nargs == 1) return difference(self, args[0]);
    Value r = copy_of(self);
    if (!r) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        if (difference_update_internal(S(r), args[i]) < 0) { DECREF(r); return VNULL; }
    }
    return r;
}

static Value m_difference_update(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("difference_update", kw) < 0) return VNULL;
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(S(self), args[i]) < 0) return VNULL;
    RETURN_NONE;
}

static Value m_symmetric_difference(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("symmetric_difference");
    return symmetric_difference(self, args[0]);
}

static Value m_symmetric_difference_update(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("symmetric_difference_update");
    if (symmetric_difference_update(S(self), args[0]) < 0) return VNULL;
    RETURN_NONE;
}

static Value bool_result(int r) { return r < 0 ? VNULL : BOOL_VAL(r); }

static Value m_issubset(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("issubset");
    return bool_result(issubset(self, args[0]));
}
static Value m_issuperset(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("issuperset");
    return bool_result(issuperset(self, args[0]));
}
static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("isdisjoint");
    return bool_result(isdisjoint(self, args[0]));
}

static Value m_contains(Value self, const Value *args, size_t nargs, Value kw) {
    ONE_ARG("set.__contains__");
    return bool_result(set_contains(self, args[0]));
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw) {
    NO_ARGS("set.__sizeof__");
    SetObj *so = S(self);
    intptr_t n = 200;
    if (so->table != so->smalltable) n += (intptr_t)((so->mask + 1) * 16);
    return MAKE_SMALL(n);
}

static const MethodDef set_methods[] = {
    { "add", m_add, 0 },
    { "clear", m_clear, 0 },
    { "copy", m_copy, 0 },
    { "discard", m_discard, 0 },
    { "difference", m_difference, 0 },
    { "difference_update", m_difference_update, 0 },
    { "intersection", m_intersection, 0 },
    { "intersection_update", m_intersection_update, 0 },
    { "isdisjoint", m_isdisjoint, 0 },
    { "issubset", m_issubset, 0 },
    { "issuperset", m_issuperset, 0 },
    { "pop", m_pop, 0 },
    { "remove", m_remove, 0 },
    { "symmetric_difference", m_symmetric_difference, 0 },
    { "symmetric_difference_update", m_symmetric_difference_update, 0 },
    { "union", m_union, 0 },
    { "update", m_update, 0 },
    { "__contains__", m_contains, 0 },
    { "__sizeof__", m_sizeof, 0 },
    { NULL, NULL, 0 },
};

static const MethodDef frozenset_methods[] = {
    { "copy", m_frozen_copy, 0 },
    { "difference", m_difference, 0 },
    { "intersection", m_intersection, 0 },
    { "isdisjoint", m_isdisjoint, 0 },
    { "issubset", m_issubset, 0 },
    { "issuperset", m_issuperset, 0 },
    { "symmetric_difference", m_symmetric_difference, 0 },
    { "union", m_union, 0 },
    { "__contains__", m_contains, 0 },
    { "__sizeof__", m_sizeof, 0 },
    { NULL, NULL, 0 },
};

Type SetType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "set",
    .basicsize = sizeof(SetObj),
    .flags = TPFLAG_BASETYPE,
    .base = &ObjectType,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = obj_hash_not_implemented,
    .richcompare = set_richcompare,
    .getattr = obj_generic_getattr,
    .iter = set_iter,
    .new_ = set_new_slot,
    .init = set_init,
    .nb = { [BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub, [BINOP_XOR] = set_xor },
    .nb_inplace = { [BINOP_OR] = set_ior, [BINOP_AND] = set_iand, [BINOP_SUB] = set_isub,
                    [BINOP_XOR] = set_ixor },
    .len = set_len_slot,
    .contains = set_contains_slot,
    .methods = set_methods,
};

Type FrozenSetType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "frozenset",
    .basicsize = sizeof(SetObj),
    .flags = TPFLAG_BASETYPE,
    .base = &ObjectType,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .getattr = obj_generic_getattr,
    .iter = set_iter,
    .new_ = frozenset_new_slot,
    .nb = { [BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub, [BINOP_XOR] = set_xor },
    .len = set_len_slot,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
};

/* ---- iterator ---- */

typedef struct SetIterObj {
    Obj hdr;
    Value set;        /* VNULL once exhausted */
    size_t pos;
    size_t used;      /* size when created; (size_t)-1 after a size change was seen */
    size_t len;       /* items left */
} SetIterObj;

static Value set_iter(Value self) {
    SetIterObj *it = (SetIterObj *)obj_alloc(&SetIterType);
    if (!it) return VNULL;
    it->set = NEWREF(self);
    it->pos = 0;
    it->used = S(self)->used;
    it->len = S(self)->used;
    return OBJ_VAL(it);
}

static Value setiter_next(Value self) {
    SetIterObj *it = (SetIterObj *)AS_OBJ(self);
    Value sv = it->set;
    if (!sv) return VNULL;
    SetObj *so = S(sv);
    if (it->used != so->used) {
        err_set(ExcRuntimeError, "Set changed size during iteration");
        it->used = (size_t)-1;
        return VNULL;
    }
    SetEntry *e = next_entry(so, &it->pos);
    if (!e) {
        it->set = VNULL;
        DECREF(sv);
        return VNULL;
    }
    it->len--;
    return NEWREF(e->key);
}

static void setiter_dealloc(Obj *o) {
    XDECREF(((SetIterObj *)o)->set);
    obj_free(o);
}

static Value setiter_length_hint(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    SetIterObj *it = (SetIterObj *)AS_OBJ(self);
    if (!it->set || it->used != S(it->set)->used) return MAKE_SMALL(0);
    return MAKE_SMALL((intptr_t)it->len);
}

static const MethodDef setiter_methods[] = {
    { "__length_hint__", setiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type SetIterType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObj),
    .base = &ObjectType,
    .dealloc = setiter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = cont_iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

/* ---- the cycle collector's slots (installed by gc_init, vm/gc.c) ---- */

void set_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    SetObj *so = (SetObj *)o;
    size_t used = so->used;
    for (SetEntry *e = so->table; used > 0; e++) {
        if (e->key && e->key != DUMMY) {
            used--;
            visit(e->key, arg);
        }
    }
}

void set_gc_clear(Obj *o) { clear_internal((SetObj *)o); }

void setiter_gc_traverse(Obj *o, VisitFn visit, void *arg) {
    Value s = ((SetIterObj *)o)->set;
    if (s) visit(s, arg);
}
