/* sum()'s exact-int phase (vm/intsum.c), for stdlib/builtins.c. */
#ifndef MINIPY_INTSUM_H
#define MINIPY_INTSUM_H

#include "object.h"

/* start: an exact int (tagged or big; borrowed). Pulls items from `it` with `next` while
 * each is an exact int or a bool and adds them in C (a 128-bit accumulator that spills into
 * one GMP integer added to in place), so no int object is made per item. Returns the total
 * so far (new reference). *stop is then the first item that is neither an exact int nor a
 * bool (new reference: the caller goes on with a generic `+` from the total, which is what
 * CPython's fast path does), or VNULL when the iterator is exhausted. VNULL with an
 * exception set when the iterator raised. */
Value int_sum_exact(Value start, Value it, UnaryFn next, Value *stop);

#endif
