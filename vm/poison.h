/* Free memory kept in minipy's own pools and free lists is marked unaddressable under
 * AddressSanitizer, so that a use after free is caught as with malloc. gcc says it builds
 * with ASan by __SANITIZE_ADDRESS__, clang by __has_feature: both must be asked, or a
 * clang build (make fuzz) poisons in one file and forgets to unpoison in another. */
#ifndef MINIPY_POISON_H
#define MINIPY_POISON_H

#if defined(__SANITIZE_ADDRESS__)
#define POOL_CHECKS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_CHECKS 1
#endif
#endif
#ifndef POOL_CHECKS
#define POOL_CHECKS 0
#endif

#if POOL_CHECKS
#include <sanitizer/asan_interface.h>
#define POOL_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define POOL_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POOL_POISON(p, n) ((void)0)
#define POOL_UNPOISON(p, n) ((void)0)
#endif

#endif
