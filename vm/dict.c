/* dict: an insertion-ordered compact hash table (see dictimpl.h). Views and
 * iterators live in dictview.c. */
#include <string.h>

#include "object.h"
#include "containers.h"
#include "dictimpl.h"
#include "gc.h"
#include "ast.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define DICT_MINSIZE 8
#define PERTURB_SHIFT 5

static inline size_t usable_of(size_t size) { return (size << 1) / 3; }

static inline bool is_inline(const DictObj *d, const void *blk) { return blk == (const void *)d->small; }

static inline void block_free(DictObj *d, void *blk) { if (!is_inline(d, blk)) mem_free(blk); }

/* A fresh table; the caller has saved whatever the inline block held. */
static int table_alloc(DictObj *d, size_t size) {
    size_t usable = usable_of(size);
    size_t isz = size * sizeof(int32_t);
    if (size > ((size_t)1 << 31) ||
        usable > (SIZE_MAX - isz) / sizeof(DictEntry)) { err_no_memory(); return -1; }
    char *blk;
    if (size == DICT_MINSIZE) blk = d->small;
    else if (!(blk = (char *)mem_alloc(isz + usable * sizeof(DictEntry)))) return -1;
    memset(blk, 0xff, isz);   /* every index IX_EMPTY */
    d->indices = (int32_t *)blk;
    d->entries = (DictEntry *)(blk + isz);
    d->mask = size - 1;
    d->usable = usable;
    d->nentries = 0;
    return 0;
}

/* The first free index slot on hash's probe path (the key is known to be absent). */
static inline size_t find_free_slot(const DictObj *d, int64_t hash) {
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->indices[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The smallest table whose usable part holds n entries. */
static size_t size_for(size_t n) {
    size_t size = DICT_MINSIZE;
    while (usable_of(size) < n) size <<= 1;
    return size;
}

/* Rebuild with a table of at least minsize index slots, dropping deleted entries. */
static int dict_resize(DictObj *d, size_t minsize) {
    size_t size = DICT_MINSIZE;
    while (size < minsize) size <<= 1;
    int32_t *oldidx = d->indices;
    DictEntry *old = d->entries;
    size_t n = d->nentries;
    DictEntry saved[5];
    if (is_inline(d, oldidx)) {
        /* The new table may reuse the inline block: keep the entries aside. */
        memcpy(saved, old, n * sizeof(DictEntry));
        old = saved;
    }
    if (table_alloc(d, size) < 0) return -1;
    DictEntry *dst = d->entries;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!old[i].key) continue;
        dst[k] = old[i];
        d->indices[find_free_slot(d, old[i].hash)] = (int32_t)k;
        k++;
    }
    d->nentries = k;
    d->usable -= k;
    block_free(d, oldidx);
    return 0;
}

/* Find key: returns its entry index (and *slot, its index slot), -1 if absent,
 * -2 if a comparison raised. */
static intptr_t lookup(DictObj *d, Value key, int64_t hash, size_t *slot) {
restart:
    if (!d->indices) return -1;
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    bool key_is_str = !IS_SMALL(key) && AS_OBJ(key)->type == &StrType;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            Value k = e->key;
            if (k == key) { *slot = i; return ix; }
            if (e->hash == hash && !(IS_SMALL(k) && IS_SMALL(key))) {
                if (key_is_str && !IS_SMALL(k) && AS_OBJ(k)->type == &StrType) {
                    if (str_eq(k, key)) { *slot = i; return ix; }
                } else {
                    DictEntry *ents = d->entries;
                    INCREF(k);
                    int c = obj_richcompare_bool(k, key, CMP_EQ);
                    DECREF(k);
                    if (c < 0) return -2;
                    /* __eq__ may have changed the dict: start again if so. */
                    if (d->entries != ents || d->entries[ix].key != k) goto restart;
                    if (c) { *slot = i; return ix; }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* lookup, with the common cases (the key itself in its first slot, or an empty
 * first slot) answered without the call. */
static inline intptr_t lookup_fast(DictObj *d, Value key, int64_t hash, size_t *slot) {
    if (!d->indices) return -1;
    size_t i = (size_t)hash & d->mask;
    int32_t ix = d->indices[i];
    if (ix == IX_EMPTY) return -1;
    if (ix >= 0 && d->entries[ix].key == key) { *slot = i; return ix; }
    return lookup(d, key, hash, slot);
}

/* An exact str key: one probe finds its entry (>= 0) or, with -1, the index slot a new
 * entry takes (*slot: the first free one on its path). -3: a non-str key with the same
 * hash is on the path (its __eq__ may run code): the caller takes the general way. */
static inline intptr_t probe_str(DictObj *d, Value key, int64_t hash, size_t *slot) {
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash, free = SIZE_MAX;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) {
            *slot = free != SIZE_MAX ? free : i;
            return -1;
        }
        if (ix == IX_DUMMY) {
            if (free == SIZE_MAX) free = i;
        } else {
            DictEntry *e = &d->entries[ix];
            Value k = e->key;
            if (k == key) return ix;
            if (e->hash == hash && !IS_SMALL(k)) {
                if (AS_OBJ(k)->type != &StrType) return -3;
                if (str_eq(k, key)) return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* A new entry for key (not in d, room left) at the end, indexed from the free index slot. */
static inline void append_entry(DictObj *d, size_t slot, Value key, int64_t hash, Value value)
{
    DictEntry *e = &d->entries[d->nentries];
    d->indices[slot] = (int32_t)d->nentries;
    INCREF(key);
    INCREF(value);
    e->hash = hash;
    e->key = key;
    e->value = value;
    d->nentries++;
    d->usable--;
    d->used++;
    d->version++;
}

/* Insert or replace; key and value are borrowed. */
static int insert(DictObj *d, Value key, int64_t hash, Value value) {
    size_t slot;
    intptr_t ix;
    if (d->indices && !IS_SMALL(key) && AS_OBJ(key)->type == &StrType &&
        (ix = probe_str(d, key, hash, &slot)) != -3) {
        if (ix < 0 && d->usable > 0) {
            /* New str key, room left: it goes where the probe ended. */
            append_entry(d, slot, key, hash, value);
            return 0;
        }
    } else {
        ix = lookup_fast(d, key, hash, &slot);
    }
    if (ix == -2) return -1;
    if (ix >= 0) {
        DictEntry *e = &d->entries[ix];
        Value old = e->value;
        INCREF(value);
        e->value = value;
        DECREF(old);
        return 0;
    }
    if (d->usable == 0) {
        if (!d->indices ? table_alloc(d, DICT_MINSIZE) < 0 : dict_resize(d, d->used * 3) < 0) return -1;
    }
    if (IS_SMALL(key) || AS_OBJ(key)->type != &StrType) d->general = true;
    append_entry(d, find_free_slot(d, hash), key, hash, value);
    return 0;
}

/* Unlink the entry ix found at index slot; returns its key and value (owned). */
static void unlink_entry(DictObj *d, size_t slot, intptr_t ix, Value *key, Value *value) {
    DictEntry *e = &d->entries[ix];
    d->indices[slot] = IX_DUMMY;
    *key = e->key;
    *value = e->value;
    e->key = VNULL;
    e->value = VNULL;
    d->used--;
    d->version++;
}

/* ---- public API ---- */

/* The inline table (small) is written before it is read: only the fields are zeroed. */
Value dict_new(void) { return OBJ_VAL(obj_alloc_part(&DictType, offsetof(DictObj, small), true)); }

Value dict_new_instance(Value owner) {
    bool owned = !IS_SMALL(owner) && gc_owns_dict(AS_OBJ(owner));
    return OBJ_VAL(obj_alloc_part(&DictType, offsetof(DictObj, small), !owned));
}

Value dict_new_presized(size_t n) {
    Value v = dict_new();
    if (!v || n <= usable_of(DICT_MINSIZE)) return v;
    if (table_alloc(D(v), size_for(n)) < 0) { DECREF(v); return VNULL; }
    return v;
}

Value dict_get_known_hash(Value dv, Value key, int64_t hash) {
    DictObj *d = D(dv);
    size_t slot;
    intptr_t ix = lookup_fast(d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : VNULL;
}

Value dict_get(Value dv, Value key) {
    int64_t h = cont_hash(key);
    if (h == -1) return VNULL;
    return dict_get_known_hash(dv, key, h);
}

Value dict_get_str(Value dv, Value s) {
    DictObj *d = D(dv);
    if (!d->indices) return VNULL;
    int64_t h = ((StrObj *)AS_OBJ(s))->hash;
    if (h == -1) h = str_hash(s);
    size_t mask = d->mask, i = (size_t)h & mask, perturb = (size_t)h;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) return VNULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == s) return e->value;
            if (e->hash == h && !IS_SMALL(e->key)) {
                if (IS_STR(e->key)) {
                    if (str_eq(e->key, s)) return e->value;
                } else {
                    /* A non-str key with the same hash: rare; this lookup must not raise. */
                    Value v = dict_get_known_hash(dv, s, h);
                    if (!v && err_occurred()) err_clear();
                    return v;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr(Value d, const char *key) {
    Value k = str_intern_cstr(key);
    if (!k) { err_clear(); return VNULL; }
    Value v = dict_get_str(d, k);
    DECREF(k);
    return v;
}

int dict_set_known_hash(Value d, Value key, int64_t hash, Value v) { return insert(D(d), key, hash, v); }

int dict_set(Value d, Value key, Value v) {
    int64_t h = cont_hash(key);
    if (h == -1) return -1;
    return insert(D(d), key, h, v);
}

int dict_set_str(Value d, Value s, Value v) {
    int64_t h = ((StrObj *)AS_OBJ(s))->hash;
    if (h == -1) h = str_hash(s);
    return insert(D(d), s, h, v);
}

int dict_set_cstr(Value d, const char *key, Value v) {
    Value k = str_intern_cstr(key);
    if (!k) return -1;
    int rc = dict_set_str(d, k, v);
    DECREF(k);
    return rc;
}

int dict_del_opt(Value dv, Value key) {
    DictObj *d = D(dv);
    int64_t h = cont_hash(key);
    if (h == -1) return -1;
    size_t slot;
    intptr_t ix = lookup(d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix == -1) return 0;
    Value k, v;
    unlink_entry(d, slot, ix, &k, &v);
    DECREF(k);
    DECREF(v);
    return 1;
}

int dict_del(Value d, Value key) {
    int r = dict_del_opt(d, key);
    if (r == 0) { err_set_object(ExcKeyError, key); return -1; }
    return r < 0 ? -1 : 0;
}

int dict_contains(Value d, Value key) {
    int64_t h = cont_hash(key);
    if (h == -1) return -1;
    size_t slot;
    intptr_t ix = lookup_fast(D(d), key, h, &slot);
    return ix == -2 ? -1 : ix >= 0;
}

intptr_t dict_len(Value d) { return (intptr_t)D(d)->used; }

int dict_next(Value dv, size_t *pos, Value *key, Value *val) {
    DictObj *d = D(dv);
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (val) *val = e->value;
            return 1;
        }
    }
    return 0;
}

int dict_next_hash(Value dv, size_t *pos, Value *key, Value *val, int64_t *hash) {
    DictObj *d = D(dv);
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (val) *val = e->value;
            if (hash) *hash = e->hash;
            return 1;
        }
    }
    return 0;
}

void dict_clear(Value dv) {
    DictObj *d = D(dv);
    int32_t *blk = d->indices;
    DictEntry *e = d->entries;
    size_t n = d->nentries;
    DictEntry saved[5];
    if (is_inline(d, blk)) {
        memcpy(saved, e, n * sizeof(DictEntry));
        e = saved;
    }
    /* Detach first: the DECREFs may run code that looks at (and refill) the dict. */
    d->indices = NULL;
    d->entries = NULL;
    d->used = d->nentries = d->usable = d->mask = 0;
    d->general = false;
    d->version++;
    for (size_t i = 0; i < n; i++) {
        if (e[i].key) { DECREF(e[i].key); DECREF(e[i].value); }
    }
    if (blk) block_free(d, blk);
}

Value dict_copy(Value dv) {
    DictObj *d = D(dv);
    Value r = dict_new();
    if (!r || d->used == 0) return r;
    DictObj *nd = D(r);
    nd->general = d->general;
    if (d->used == d->nentries) {
        /* No holes: the table can be copied as is. */
        if (table_alloc(nd, d->mask + 1) < 0) { DECREF(r); return VNULL; }
        memcpy(nd->indices, d->indices, (d->mask + 1) * sizeof(int32_t));
        memcpy(nd->entries, d->entries, d->nentries * sizeof(DictEntry));
        for (size_t i = 0; i < d->nentries; i++) { INCREF(nd->entries[i].key); INCREF(nd->entries[i].value); }
        nd->nentries = nd->used = d->nentries;
        nd->usable -= d->nentries;
        return r;
    }
    if (table_alloc(nd, size_for(d->used)) < 0) { DECREF(r); return VNULL; }
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        DictEntry *ne = &nd->entries[nd->nentries];
        *ne = *e;
        INCREF(e->key);
        INCREF(e->value);
        nd->indices[find_free_slot(nd, e->hash)] = (int32_t)nd->nentries;
        nd->nentries++;
        nd->used++;
        nd->usable--;
    }
    return r;
}

Value dict_setdefault(Value dv, Value key, Value dflt) {
    DictObj *d = D(dv);
    int64_t h = cont_hash(key);
    if (h == -1) return VNULL;
    size_t slot;
    intptr_t ix = lookup(d, key, h, &slot);
    if (ix == -2) return VNULL;
    if (ix >= 0) return d->entries[ix].value;
    if (insert(d, key, h, dflt) < 0) return VNULL;
    return dflt;
}

Value dict_pop(Value dv, Value key, Value dflt) {
    DictObj *d = D(dv);
    int64_t h = cont_hash(key);
    if (h == -1) return VNULL;
    size_t slot;
    intptr_t ix = d->used ? lookup(d, key, h, &slot) : -1;
    if (ix == -2) return VNULL;
    if (ix == -1) {
        if (dflt) return NEWREF(dflt);
        err_set_object(ExcKeyError, key);
        return VNULL;
    }
    Value k, v;
    unlink_entry(d, slot, ix, &k, &v);
    DECREF(k);
    return v;
}

static Value make_list(Value dv, int what) {
    DictObj *d = D(dv);
    Value l = list_new(d->used);
    if (!l) return VNULL;
    size_t k = 0;
    for (size_t i = 0; i < d->nentries && k < d->used; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        Value item;
        if (what == 0) item = NEWREF(e->key);
        else if (what == 1) item = NEWREF(e->value);
        else if (!(item = tuple_pack(2, e->key, e->value))) { DECREF(l); return VNULL; }
        LIST_ITEMS(l)[k++] = item;
    }
    return l;
}

Value dict_keys_list(Value d) { return make_list(d, 0); }
Value dict_values_list(Value d) { return make_list(d, 1); }
Value dict_items_list(Value d) { return make_list(d, 2); }

bool dict_is_mapping(Value v) {
    if (IS_DICT(v)) return true;
    Value k = obj_getattr_opt(v, NAME(keys));
    if (!k) { err_clear(); return false; }
    DECREF(k);
    return true;
}

/* ---- update / merge ---- */

/* d.update(mapping) for a mapping that is not a plain dict: via its keys(). */
static int merge_via_keys(Value d, Value other, Value keysfn, bool kw, const char *fname) {
    Value keys = obj_call0(keysfn);
    if (!keys) return -1;
    Value it = obj_iter(keys);
    DECREF(keys);
    if (!it) return -1;
    Value k;
    while ((k = obj_next(it))) {
        if (kw) {
            if (!IS_STR(k)) { err_set(ExcTypeError, "keywords must be strings"); goto fail; }
            int c = dict_contains(d, k);
            if (c < 0) goto fail;
            if (c) {
                err_format(ExcTypeError, "%s() got multiple values for keyword argument '%U'", fname, k);
                goto fail;
            }
        }
        Value v = obj_getitem(other, k);
        if (!v) goto fail;
        int rc = dict_set(d, k, v);
        DECREF(v);
        if (rc < 0) goto fail;
        DECREF(k);
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
fail:
    DECREF(k);
    DECREF(it);
    return -1;
}

static bool plain_dict_iter(Value v) { return IS_DICT(v) && TYPE(v)->iter == DictType.iter; }

static int merge_dict(Value d, Value other) {
    if (d == other) return 0;
    DictObj *o = D(other);
    DictObj *dd = D(d);
    /* One resize up front rather than several while inserting. */
    if (!dd->indices) {
        if (o->used && table_alloc(dd, size_for(o->used)) < 0) return -1;
    } else if (dd->usable < o->used) {
        if (dict_resize(dd, size_for(dd->used + o->used)) < 0) return -1;
    }
    for (size_t i = 0; i < o->nentries; i++) {
        DictEntry *e = &o->entries[i];
        if (!e->key) continue;
        Value k = e->key, v = e->value;
        INCREF(k); INCREF(v);
        int rc = insert(dd, k, e->hash, v);
        DECREF(k); DECREF(v);
        if (rc < 0) return -1;
        if (i >= o->nentries) break;
    }
    return 0;
}

int dict_merge(Value d, Value other) {
    if (plain_dict_iter(other)) return merge_dict(d, other);
    Value keysfn = obj_getattr_opt(other, NAME(keys));
    if (!keysfn) {
        if (!err_occurred()) err_format(ExcTypeError, "'%s' object is not a mapping", type_name(other));
        return -1;
    }
    int rc = merge_via_keys(d, other, keysfn, false, NULL);
    DECREF(keysfn);
    return rc;
}

static int update_from_pairs(Value d, Value seq) {
    Value it = obj_iter(seq);
    if (!it) return -1;
    Value item;
    intptr_t idx = 0;
    while ((item = obj_next(it))) {
        Value hold = VNULL;
        const Value *kv;
        size_t n;
        if (IS_TUPLE(item)) { kv = TUPLE_ITEMS(item); n = TUPLE_LEN(item); }
        else if (IS_LIST(item)) { kv = LIST_ITEMS(item); n = LIST_LEN(item); }
        else {
            Value iit = obj_iter(item);
            if (!iit) {
                if (err_matches(ExcTypeError)) {
                    err_clear();
                    err_format(ExcTypeError, "cannot convert dictionary update sequence element #%zd to a sequence", idx);
                }
                goto fail;
            }
            hold = list_from_iterable(iit);
            DECREF(iit);
            if (!hold) goto fail;
            kv = LIST_ITEMS(hold);
            n = LIST_LEN(hold);
        }
        if (n != 2) {
            err_format(ExcValueError, "dictionary update sequence element #%zd has length %zu; 2 is required", idx, n);
            XDECREF(hold);
            goto fail;
        }
        Value k = kv[0], v = kv[1];
        INCREF(k); INCREF(v);
        int rc = dict_set(d, k, v);
        DECREF(k); DECREF(v);
        XDECREF(hold);
        if (rc < 0) goto fail;
        DECREF(item);
        idx++;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
fail:
    DECREF(item);
    DECREF(it);
    return -1;
}

int dict_update(Value d, Value other) {
    if (plain_dict_iter(other)) return merge_dict(d, other);
    Value keysfn = obj_getattr_opt(other, NAME(keys));
    if (keysfn) {
        int rc = merge_via_keys(d, other, keysfn, false, NULL);
        DECREF(keysfn);
        return rc;
    }
    if (err_occurred()) return -1;
    return update_from_pairs(d, other);
}

int dict_merge_kw(Value d, Value other, const char *fname) {
    if (plain_dict_iter(other)) {
        DictObj *o = D(other);
        for (size_t i = 0; i < o->nentries; i++) {
            DictEntry *e = &o->entries[i];
            if (!e->key) continue;
            if (!IS_STR(e->key)) { err_set(ExcTypeError, "keywords must be strings"); return -1; }
            size_t slot;
            intptr_t ix = lookup(D(d), e->key, e->hash, &slot);
            if (ix == -2) return -1;
            if (ix >= 0) {
                err_format(ExcTypeError, "%s() got multiple values for keyword argument '%U'", fname, e->key);
                return -1;
            }
            if (insert(D(d), e->key, e->hash, e->value) < 0) return -1;
        }
        return 0;
    }
    Value keysfn = obj_getattr_opt(other, NAME(keys));
    if (!keysfn) {
        if (!err_occurred())
            err_format(ExcTypeError, "%s() argument after ** must be a mapping, not %s", fname, type_name(other));
        return -1;
    }
    int rc = merge_via_keys(d, other, keysfn, true, fname);
    DECREF(keysfn);
    return rc;
}

/* ---- slots ---- */

static void dict_dealloc(Obj *o) {
    DictObj *d = (DictObj *)o;
    DictEntry *e = d->entries;
    for (size_t i = 0; i < d->nentries; i++) {
        if (e[i].key) { DECREF(e[i].key); DECREF(e[i].value); }
    }
    if (d->indices) block_free(d, d->indices);
    obj_free(o);
}

Value dict_repr(Value self) {
    DictObj *d = D(self);
    if (d->used == 0) return str_from_cstr("{}");
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("{...}") : VNULL;
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key) continue;
        Value k = e->key, v = e->value;
        INCREF(k); INCREF(v);
        if (!first) sb_puts(&b, ", ");
        first = false;
        int rc = sb_put_repr(&b, k);
        if (rc >= 0) { sb_puts(&b, ": "); rc = sb_put_repr(&b, v); }
        DECREF(k); DECREF(v);
        if (rc < 0) { sb_discard(&b); repr_leave(self); return VNULL; }
    }
    sb_putc(&b, '}');
    repr_leave(self);
    return sb_finish(&b);
}

static int dict_equal(Value a, Value b) {
    DictObj *x = D(a), *y = D(b);
    if (x->used != y->used) return 0;
    for (size_t i = 0; i < x->nentries; i++) {
        DictEntry *e = &x->entries[i];
        if (!e->key) continue;
        Value k = e->key, av = e->value;
        INCREF(k); INCREF(av);
        Value bv = dict_get_known_hash(b, k, e->hash);
        int c;
        if (!bv) c = err_occurred() ? -1 : 0;
        else {
            INCREF(bv);
            c = cont_eq(av, bv);
            DECREF(bv);
        }
        DECREF(k); DECREF(av);
        if (c <= 0) return c;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, int op) {
    if (!IS_DICT(a) || !IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) return NOTIMPLEMENTED;
    int c = dict_equal(a, b);
    if (c < 0) return VNULL;
    return BOOL_VAL(op == CMP_EQ ? c : !c);
}

static intptr_t dict_len_slot(Value self) { return (intptr_t)D(self)->used; }

static Value dict_subscript(Value self, Value key) {
    int64_t h = cont_hash(key);
    if (h == -1) return VNULL;
    DictObj *d = D(self);
    size_t slot;
    intptr_t ix = lookup_fast(d, key, h, &slot);
    if (ix >= 0) return NEWREF(d->entries[ix].value);
    if (ix == -2) return VNULL;
    if (AS_OBJ(self)->type != &DictType) {
        Value missing = type_lookup(TYPE(self), NAME(__missing__));
        if (missing) {
            INCREF(missing);
            Value r;
            DescrGetFn get = TYPE(missing)->descr_get;
            if (get) {
                Value bound = get(missing, self, OBJ_VAL(TYPE(self)));
                r = bound ? obj_call1(bound, key) : VNULL;
                XDECREF(bound);
            } else {
                r = obj_call2(missing, self, key);
            }
            DECREF(missing);
            return r;
        }
    }
    err_set_object(ExcKeyError, key);
    return VNULL;
}

static int dict_ass_subscript(Value self, Value key, Value v) {
    if (v) return dict_set(self, key, v);
    return dict_del(self, key);
}

static int dict_contains_slot(Value self, Value key) { return dict_contains(self, key); }

static Value dict_iter(Value self) { return dict_iter_new(self, &DictKeyIterType); }

static Value dict_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return OBJ_VAL(obj_alloc(type));
}

static int update_common(Value self, const Value *args, size_t nargs, Value kwnames, const char *fname) {
    if (arg_count(fname, nargs, 0, 1) < 0) return -1;
    if (nargs && dict_update(self, args[0]) < 0) return -1;
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(self, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0) return -1;
    return 0;
}

static int dict_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    return update_common(self, args, nargs, kwnames, "dict");
}

static Value dict_or(Value a, Value b) {
    if (!IS_DICT(a) || !IS_DICT(b)) return NOTIMPLEMENTED;
    Value r = dict_copy(a);
    if (!r) return VNULL;
    if (dict_update(r, b) < 0) { DECREF(r); return VNULL; }
    return r;
}

static Value dict_ior(Value a, Value b) {
    if (!IS_DICT(a)) return NOTIMPLEMENTED;
    if (dict_update(a, b) < 0) return VNULL;
    return NEWREF(a);
}

/* ---- methods ---- */

static int no_kw(const char *fname, Value kw) { return kw && TUPLE_LEN(kw) ? arg_no_kw(fname, kw) : 0; }

static Value m_keys(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("dict.keys", kw) < 0 || arg_count("dict.keys", nargs, 0, 0) < 0) return VNULL;
    return dict_view_new(self, &DictKeysType);
}
static Value m_values(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("dict.values", kw) < 0 || arg_count("dict.values", nargs, 0, 0) < 0) return VNULL;
    return dict_view_new(self, &DictValuesType);
}
static Value m_items(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("dict.items", kw) < 0 || arg_count("dict.items", nargs, 0, 0) < 0) return VNULL;
    return dict_view_new(self, &DictItemsType);
}

static Value m_get(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("dict.get", kw) < 0 || arg_count("get", nargs, 1, 2) < 0) return VNULL;
    Value v = dict_get(self, args[0]);
    if (v) return NEWREF(v);
    if (err_occurred()) return VNULL;
    return NEWREF(nargs > 1 ? args[1] : NONE);
}

static Value m_setdefault(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("dict.setdefault", kw) < 0 || arg_count("setdefault", nargs, 1, 2) < 0) return VNULL;
    Value v = dict_setdefault(self, args[0], nargs > 1 ? args[1] : NONE);
    return v ? NEWREF(v) : VNULL;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kw) {
    if (no_kw("dict.pop", kw) < 0 || arg_count("pop", nargs, 1, 2) < 0) return VNULL;
    return dict_pop(self, args[0], nargs > 1 ? args[1] : VNULL);
}

static Value m_popitem(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("dict.popitem", kw) < 0 || arg_count("dict.popitem", nargs, 0, 0) < 0) return VNULL;
    DictObj *d = D(self);
    if (d->used == 0) {
        Value msg = str_from_cstr("popitem(): dictionary is empty");
        if (msg) { err_set_object(ExcKeyError, msg); DECREF(msg); }
        return VNULL;
    }
    size_t i = d->nentries;
    while (!d->entries[i - 1].key) i--;
    i--;
    DictEntry *e = &d->entries[i];
    /* Find the index slot that refers to entry i. */
    size_t mask = d->mask, s = (size_t)e->hash & mask, perturb = (size_t)e->hash;
    while (d->indices[s] != (int32_t)i) {
        perturb >>= PERTURB_SHIFT;
        s = (s * 5 + perturb + 1) & mask;
    }
    Value t = tuple_new(2);
    if (!t) return VNULL;
    Value k, v;
    unlink_entry(d, s, (intptr_t)i, &k, &v);
    /* The trailing entries are reused, but usable is not raised: the index slot stays
     * a dummy, and index slots in use must stay below the table size. */
    d->nentries = i;
    TUPLE_ITEMS(t)[0] = k;
    TUPLE_ITEMS(t)[1] = v;
    return t;
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kw) {
    if (update_common(self, args, nargs, kw, "update") < 0) return VNULL;
    RETURN_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("dict.copy", kw) < 0 || arg_count("dict.copy", nargs, 0, 0) < 0) return VNULL;
    return dict_copy(self);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("dict.clear", kw) < 0 || arg_count("dict.clear", nargs, 0, 0) < 0) return VNULL;
    dict_clear(self);
    RETURN_NONE;
}

static Value m_fromkeys(Value cls, const Value *args, size_t nargs, Value kw) {
    if (no_kw("dict.fromkeys", kw) < 0 || arg_count("fromkeys", nargs, 1, 2) < 0) return VNULL;
    Value value = nargs > 1 ? args[1] : NONE;
    Value d = obj_call0(cls);
    if (!d) return VNULL;
    bool fast = IS_TYPE(d, &DictType);
    Value it = obj_iter(args[0]);
    if (!it) { DECREF(d); return VNULL; }
    Value k;
    while ((k = obj_next(it))) {
        int rc = fast ? dict_set(d, k, value) : obj_setitem(d, k, value);
        DECREF(k);
        if (rc < 0) { DECREF(it); DECREF(d); return VNULL; }
    }
    DECREF(it);
    if (err_occurred()) { DECREF(d); return VNULL; }
    return d;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (no_kw("dict.__reversed__", kw) < 0 || arg_count("dict.__reversed__", nargs, 0, 0) < 0) return VNULL;
    return dict_iter_new(self, &DictRevKeyIterType);
}

/* CPython's figure: header, keys object, index bytes, entries (16 bytes each while all
 * keys are str, else 24). */
static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    DictObj *d = D(self);
    size_t n = 48;
    if (d->indices) {
        size_t size = d->mask + 1;
        size_t iw = size <= 128 ? 1 : size <= 65536 ? 2 : size <= ((size_t)1 << 32) ? 4 : 8;
        n += 32 + size * iw + usable_of(size) * (d->general ? 24 : 16);
    }
    return int_from_u64(n);
}

static const MethodDef dict_methods[] = {
    { "__sizeof__", m_sizeof, 0 },
    { "keys", m_keys, 0 },
    { "values", m_values, 0 },
    { "items", m_items, 0 },
    { "get", m_get, 0 },
    { "setdefault", m_setdefault, 0 },
    { "pop", m_pop, 0 },
    { "popitem", m_popitem, 0 },
    { "update", m_update, 0 },
    { "copy", m_copy, 0 },
    { "clear", m_clear, 0 },
    { "fromkeys", m_fromkeys, METH_CLASS },
    { "__reversed__", m_reversed, 0 },
    { NULL, NULL, 0 },
};

Type DictType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "dict",
    .basicsize = sizeof(DictObj),
    .flags = TPFLAG_BASETYPE | TPFLAG_DICT_SUB,
    .base = &ObjectType,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = obj_hash_not_implemented,
    .richcompare = dict_richcompare,
    .getattr = obj_generic_getattr,
    .iter = dict_iter,
    .new_ = dict_new_slot,
    .init = dict_init,
    .nb = { [BINOP_OR] = dict_or },
    .nb_inplace = { [BINOP_OR] = dict_ior },
    .len = dict_len_slot,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains_slot,
    .methods = dict_methods,
};
