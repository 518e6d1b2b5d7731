/* The dict layout, private to dict.c and dictview.c. */
#ifndef MINIPY_DICTIMPL_H
#define MINIPY_DICTIMPL_H

#include "object.h"

/* A compact table, as CPython's: a sparse array of int32 indices (hash-probed)
 * into a dense array of entries kept in insertion order. Deleted entries keep
 * their place with key VNULL until the next resize compacts them. */
typedef struct DictEntry { int64_t hash; Value key; Value value; } DictEntry;

/* Room for the smallest table (8 index slots, 5 entries) inside the dict itself:
 * small dicts (instance attributes, keyword arguments) need no second allocation
 * and keep their entries next to the header. */
#define DICT_SMALL_BYTES (8 * sizeof(int32_t) + 5 * sizeof(DictEntry))

struct DictObj {
    Obj hdr;
    size_t used;          /* live entries */
    size_t nentries;      /* entries[0..nentries) have been filled (some may be deleted) */
    size_t usable;        /* entries that may still be appended before a resize */
    size_t mask;          /* index table size - 1 (0 when there is no table) */
    int32_t *indices;     /* one block: indices, then the entries; NULL when empty */
    DictEntry *entries;
    uint64_t version;     /* bumped on every change of keys, for iterators */
    bool general;         /* a non-str key was ever stored (CPython's key kind, for __sizeof__) */
    _Alignas(8) char small[DICT_SMALL_BYTES];   /* the table while it has 8 slots (see above) */
};

#define D(v) ((DictObj *)AS_OBJ(v))

/* Iterators over dicts and their views. */
typedef struct DictIterObj {
    Obj hdr;
    Value dict;           /* VNULL once exhausted */
    size_t pos;           /* next entry index (forward) or one past it (reverse) */
    size_t used;          /* dict size when the iterator was made */
    size_t remaining;     /* items still expected */
} DictIterObj;

typedef struct DictViewObj { Obj hdr; Value dict; } DictViewObj;

Value dict_view_new(Value d, Type *t);
Value dict_iter_new(Value d, Type *t);

#endif
