/* A small hash index for the compiler: maps a 64-bit hash to the positions of items in
 * an array the caller owns, so name and constant lookups stay O(1) in huge functions.
 * Candidates with an equal hash are visited in turn; the caller checks equality. */
#ifndef MINIPY_HINDEX_H
#define MINIPY_HINDEX_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct HIndex { uint64_t *hash; int *idx; int cap, n; } HIndex;

static inline uint64_t hix_str_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static inline uint64_t hix_mem_hash(const void *p, size_t n, uint64_t h)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

static inline void hix_free(HIndex *t)
{
    free(t->hash);
    free(t->idx);
    memset(t, 0, sizeof *t);
}

/* First slot holding hash h, or -1. */
static inline int hix_first(const HIndex *t, uint64_t h)
{
    if (!t->cap) return -1;
    int mask = t->cap - 1;
    for (int p = (int)(h & (uint64_t)mask);; p = (p + 1) & mask) {
        if (t->idx[p] < 0) return -1;
        if (t->hash[p] == h) return p;
    }
}

static inline int hix_next(const HIndex *t, uint64_t h, int p)
{
    int mask = t->cap - 1;
    for (p = (p + 1) & mask;; p = (p + 1) & mask) {
        if (t->idx[p] < 0) return -1;
        if (t->hash[p] == h) return p;
    }
}

/* 0, or -1 when out of memory. */
static inline int hix_add(HIndex *t, uint64_t h, int idx)
{
    if ((t->n + 1) * 2 > t->cap) {
        int ncap = t->cap ? t->cap * 2 : 16;
        uint64_t *nh = malloc(sizeof(uint64_t) * (size_t)ncap);
        int *ni = malloc(sizeof(int) * (size_t)ncap);
        if (!nh || !ni) {
            free(nh);
            free(ni);
            return -1;
        }
        for (int i = 0; i < ncap; i++) ni[i] = -1;
        for (int i = 0; i < t->cap; i++) {
            if (t->idx[i] < 0) continue;
            int p = (int)(t->hash[i] & (uint64_t)(ncap - 1));
            while (ni[p] >= 0) p = (p + 1) & (ncap - 1);
            nh[p] = t->hash[i];
            ni[p] = t->idx[i];
        }
        free(t->hash);
        free(t->idx);
        t->hash = nh;
        t->idx = ni;
        t->cap = ncap;
    }
    int mask = t->cap - 1;
    int p = (int)(h & (uint64_t)mask);
    while (t->idx[p] >= 0) p = (p + 1) & mask;
    t->hash[p] = h;
    t->idx[p] = idx;
    t->n++;
    return 0;
}

#endif
