/* vm/union.c: types.UnionType (int | None). */
#ifndef MINIPY_UNION_H
#define MINIPY_UNION_H
#include "object.h"

extern Type UnionType;
/* a | b for classes, None, generic aliases and unions; NotImplemented for anything else. */
Value union_or(Value a, Value b);
/* Makes `|` on classes and generic aliases build unions: call before the types are readied. */
void union_install(void);
/* Appends v as generic aliases and unions print their arguments: a class as module.qualname
 * (no module for builtins), ... for Ellipsis, anything else by its repr. vm/genericalias.c */
int ga_put_item(StrBuf *b, Value v);

#endif
