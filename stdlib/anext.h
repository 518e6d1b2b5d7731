/* anext() with a default (stdlib/anext.c). */
#ifndef MINIPY_ANEXT_H
#define MINIPY_ANEXT_H

#include "object.h"

/* The awaitable anext(aiter, dflt) returns: awaits aiter.__anext__(), giving dflt
 * instead of raising StopAsyncIteration. Borrowed arguments. */
Value anext_awaitable_new(Value aiter, Value dflt);

#endif
