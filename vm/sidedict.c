/* Instance dicts of variable-size objects (subclasses of str, tuple, bytes): their items
 * run to the end of the block, so the dict slot lives in this side table keyed by the
 * object's address instead (the type's dictoffset is DICTOFFSET_SIDE). */
#include <stdlib.h>

#include "object.h"
#include "objutil.h"

typedef struct { Obj *key; Value *cell; } SideEntry;
#define TOMBSTONE ((Obj *)1)

static SideEntry *table;
static size_t cap, used, live;   /* used counts tombstones too */

static size_t slot_of(Obj *o) { return ((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull; }

static int grow(void) {
    size_t ncap = cap ? cap * 2 : 64;
    while (live * 2 >= ncap) ncap *= 2;
    SideEntry *nt = calloc(ncap, sizeof *nt);
    if (!nt) { err_no_memory(); return -1; }
    for (size_t i = 0; i < cap; i++) {
        if (!table[i].key || table[i].key == TOMBSTONE) continue;
        size_t j = slot_of(table[i].key) & (ncap - 1);
        while (nt[j].key) j = (j + 1) & (ncap - 1);
        nt[j] = table[i];
    }
    free(table);
    table = nt;
    cap = ncap;
    used = live;
    return 0;
}

Value *obj_side_dict_slot(Obj *o) {
    if (cap) {
        for (size_t j = slot_of(o) & (cap - 1); table[j].key; j = (j + 1) & (cap - 1))
            if (table[j].key == o) return table[j].cell;
    }
    if ((used + 1) * 2 > cap && grow() < 0) return NULL;
    Value *cell = calloc(1, sizeof *cell);
    if (!cell) { err_no_memory(); return NULL; }
    size_t j = slot_of(o) & (cap - 1);
    while (table[j].key && table[j].key != TOMBSTONE) j = (j + 1) & (cap - 1);
    if (!table[j].key) used++;
    table[j].key = o;
    table[j].cell = cell;
    live++;
    return cell;
}

void obj_side_dict_clear(Obj *o) {
    if (!cap) return;
    for (size_t j = slot_of(o) & (cap - 1); table[j].key; j = (j + 1) & (cap - 1)) {
        if (table[j].key != o) continue;
        Value *cell = table[j].cell;
        table[j].key = TOMBSTONE;
        table[j].cell = NULL;
        live--;
        Value d = *cell;
        free(cell);
        XDECREF(d);
        return;
    }
}

void sidedict_finalize(void) {
    free(table);
    table = NULL;
    cap = used = live = 0;
}
