/* The AST arena: bump allocation in chunks, everything freed at once. */
#include <stdlib.h>
#include <string.h>
#include "ast.h"

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
    Chunk *head;
};

enum { ARENA_CHUNK = 64 * 1024 };

Arena *arena_new(void)
{
    return calloc(1, sizeof(Arena));
}

void arena_free(Arena *a)
{
    if (!a) return;
    Chunk *c = a->head;
    while (c) {
        Chunk *n = c->next;
        free(c);
        c = n;
    }
    free(a);
}

/* Returns NULL only when malloc fails; callers treat that as MemoryError. */
void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    Chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t sz = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;
        c = malloc(sizeof(Chunk) + sz);
        if (!c) return NULL;
        c->size = sz;
        c->used = 0;
        if (sz > ARENA_CHUNK && a->head) {
            /* A big block goes behind the current chunk so its free space stays usable. */
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

#define GROW(l, T)                                                        \
    do {                                                                  \
        if ((l)->len == (l)->cap) {                                       \
            int nc = (l)->cap ? (l)->cap * 2 : 4;                         \
            T *n = arena_alloc(a, sizeof(T) * (size_t)nc);                \
            if (!n) return;                                               \
            if ((l)->len) memcpy(n, (l)->items, sizeof(T) * (size_t)(l)->len); \
            (l)->items = n;                                               \
            (l)->cap = nc;                                                \
        }                                                                 \
    } while (0)

void exprlist_push(Arena *a, ExprList *l, Expr *e)
{
    GROW(l, Expr *);
    l->items[l->len++] = e;
}

void stmtlist_push(Arena *a, StmtList *l, Stmt *s)
{
    GROW(l, Stmt *);
    l->items[l->len++] = s;
}

void namelist_push(Arena *a, NameList *l, const char *name)
{
    GROW(l, const char *);
    l->items[l->len++] = name;
}

void patternlist_push(Arena *a, PatternList *l, Pattern *p)
{
    GROW(l, Pattern *);
    l->items[l->len++] = p;
}
