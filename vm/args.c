/* Argument checking for C functions, with CPython's messages (those of its
 * METH_O / METH_NOARGS checks, _PyArg_CheckPositional and argument clinic's
 * keyword unpacking). */
#include <string.h>

#include "object.h"
#include "args.h"

int arg_no_kw(const char *fname, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        err_format(ExcTypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int arg_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    if (max == 0) {
        err_format(ExcTypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    } else if (min == 1 && max == 1) {
        err_format(ExcTypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    } else if (nargs < min) {
        err_format(ExcTypeError, "%s expected %s%zu argument%s, got %zu", fname,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    } else {
        err_format(ExcTypeError, "%s expected %s%zu argument%s, got %zu", fname,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    }
    return -1;
}

static int find_name(const char *const *names, int from, int n, Value key) {
    const char *k = STR_DATA(key);
    size_t klen = STR_SIZE(key);
    for (int i = from; i < n; i++) {
        if (strlen(names[i]) == klen && memcmp(names[i], k, klen) == 0) return i;
    }
    return -1;
}

int arg_parse_ex(const char *fname, const Value *args, size_t nargs, Value kwnames,
                 const char *const *names, int nposonly, int npos, int nreq, Value *out) {
    int maxargs = 0;
    while (names[maxargs]) maxargs++;
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    int minpos = nreq < npos ? nreq : npos;

    /* The common case: positional arguments only, in range. */
    if (nkw == 0 && nargs <= (size_t)npos && nargs >= (size_t)nreq) {
        size_t i = 0;
        for (; i < nargs; i++) out[i] = args[i];
        for (; i < (size_t)maxargs; i++) out[i] = VNULL;
        return 0;
    }
    if (nargs + nkw > (size_t)maxargs) {
        err_format(ExcTypeError, "%s() takes at most %d %sargument%s (%zu given)", fname, maxargs,
                   nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > (size_t)npos) {
        if (npos == 0)
            err_format(ExcTypeError, "%s() takes no positional arguments", fname);
        else
            err_format(ExcTypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                       minpos < npos ? "at most" : "exactly", npos, npos == 1 ? "" : "s", nargs);
        return -1;
    }
    int minposonly = nposonly < nreq ? nposonly : nreq;
    if (nargs < (size_t)minposonly) {
        err_format(ExcTypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                   nposonly < npos ? "at least" : "exactly", minposonly,
                   minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (int i = (int)nargs; i < maxargs; i++) out[i] = VNULL;

    size_t matched = 0;
    for (size_t k = 0; k < nkw; k++) {
        Value key = TUPLE_ITEMS(kwnames)[k];
        int j = find_name(names, nposonly > (int)nargs ? nposonly : (int)nargs, maxargs, key);
        if (j >= 0 && !out[j]) {
            out[j] = args[nargs + k];
            matched++;
        }
    }
    for (int i = 0; i < nreq; i++) {
        if (!out[i]) {
            err_format(ExcTypeError, "%s() missing required argument '%s' (pos %d)", fname,
                       names[i], i + 1);
            return -1;
        }
    }
    if (matched < nkw) {
        for (size_t k = 0; k < nkw; k++) {
            Value key = TUPLE_ITEMS(kwnames)[k];
            int j = find_name(names, nposonly, (int)nargs, key);
            if (j >= 0) {
                err_format(ExcTypeError, "argument for %s() given by name ('%s') and position (%d)",
                           fname, names[j], j + 1);
                return -1;
            }
        }
        for (size_t k = 0; k < nkw; k++) {
            Value key = TUPLE_ITEMS(kwnames)[k];
            if (find_name(names, nposonly, maxargs, key) < 0) {
                err_format(ExcTypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
                return -1;
            }
        }
        /* A keyword given twice: the VM reports that before the call, so this is rare. */
        err_format(ExcTypeError, "invalid keyword argument for %s()", fname);
        return -1;
    }
    return 0;
}

int arg_parse(const char *fname, const Value *args, size_t nargs, Value kwnames,
              const char *const *names, int npos, int nreq, Value *out) {
    return arg_parse_ex(fname, args, nargs, kwnames, names, 0, npos, nreq, out);
}
