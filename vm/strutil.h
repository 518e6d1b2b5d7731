/* Text (str, bytes): helpers other modules may call, beyond object.h.
 * Same conventions as object.h: new references, VNULL with an exception set. */
#ifndef MINIPY_STRUTIL_H
#define MINIPY_STRUTIL_H

#include "object.h"

extern Type StrIterType, BytesIterType;

/* A fresh str of `size` UTF-8 bytes to fill in (data[size] is set to NUL);
 * the caller must set ->len and ->ascii before the str escapes. */
StrObj *str_alloc(size_t size);
Value str_from_ascii(const char *s, size_t n);       /* s must be pure ASCII */
Value str_from_utf8_lossy(const char *s, size_t n);  /* invalid bytes become U+FFFD */
Value str_empty(void);                               /* new ref to '' */
Value str_from_codepoint(uint32_t cp);               /* chr(cp); ValueError out of range */
Value str_char_at(Value s, intptr_t i);              /* s[i], i already in range */
Value str_getitem(Value s, Value key);               /* s[i] / s[slice] */
Value str_getslice(Value s, intptr_t start, intptr_t stop, intptr_t step);  /* resolved indices */
Value str_iter_new(Value s);
Value str_ascii(Value v);                            /* ascii(v) */
void sb_fill(StrBuf *b, const char *fill, size_t fill_n, size_t count);  /* count copies of fill, reserved at once */
Value str_mul(Value s, intptr_t n);
/* a + b where a (an exact str) is STOLEN: when the caller's reference was the only one, a is
 * extended in place (amortised growth), which makes `s += t` in a loop linear. For the eval
 * loop's `x += y` on str when the next instruction stores back into the same local: drop the
 * local's reference first so that the stack's is the last, then call this. */
Value str_concat_steal(Value a, Value b);
int str_contains(Value s, Value sub);                /* sub in s; TypeError if sub not str */
int str_compare(Value a, Value b);                   /* both str: <0, 0, >0 (code point order) */
Value str_format_method(Value fmt, const Value *args, size_t nargs, Value kwnames);  /* str.format */
Value str_lower(Value s);
Value str_upper(Value s);
Value str_split_ws(Value s);                         /* s.split() */
Value str_new_from_obj(Value v);                     /* str(v) */
Value str_repeat_char(char c, size_t n);

/* UTF-8 helpers. */
size_t utf8_count(const char *s, size_t n);          /* code points (input valid) */
/* Decode one code point at s (valid UTF-8); returns its byte length. */
int utf8_decode1(const unsigned char *s, uint32_t *cp);
int utf8_encode1(uint32_t cp, char *out);            /* returns 1..4 */
/* Byte offset of code point i (i <= len). */
size_t str_byte_offset(Value s, size_t i);
/* Validate UTF-8: returns the offset of the first bad byte or n if all valid; *len gets the
 * code point count of the valid prefix, *reason a CPython-style reason. */
size_t utf8_check(const char *s, size_t n, size_t *len, const char **reason, size_t *badlen);
/* The same without lone surrogates, as bytes.decode('utf-8') requires. */
size_t utf8_check_strict(const char *s, size_t n, size_t *len, const char **reason, size_t *badlen);
bool unicode_isspace(uint32_t cp);
bool unicode_isprintable(uint32_t cp);

/* Makes str.__add__/__mul__/__rmul__ raise TypeError for bad operands, as CPython (vm_init
 * calls it once str is ready). */
int str_install_wrappers(void);

/* format(z, spec) for a complex z = re+imj (vm/strformat.c); v is z, for messages. */
Value str_format_complex(Value v, double re, double im, Value spec);

/* Building blocks of str.format / f-strings: conversion !r/!s/!a. */
Value str_convert(Value v, int conv);                /* conv: 's', 'r', 'a' */

/* ---- bytes ---- */
#define BYTES_DATA(v) (((BytesObj *)AS_OBJ(v))->data)
#define BYTES_SIZE(v) (((BytesObj *)AS_OBJ(v))->size)
#define IS_BYTES(v)   (!IS_SMALL(v) && (AS_OBJ(v)->type == &BytesType || type_is_subtype(AS_OBJ(v)->type, &BytesType)))
/* bytearray (vm/bytearray.c): mutable bytes. */
typedef struct ByteArrayObj { Obj hdr; size_t size, cap; char *data; intptr_t exports; } ByteArrayObj;
extern Type ByteArrayType;
#define IS_BYTEARRAY(v) (!IS_SMALL(v) && (AS_OBJ(v)->type == &ByteArrayType || type_is_subtype(AS_OBJ(v)->type, &ByteArrayType)))
Value bytearray_from(const char *s, size_t n);
int64_t hash_bytes(const char *s, size_t n);         /* the str/bytes hash (never -1) */
Value bytes_alloc(size_t n);                         /* uninitialised data of n bytes */
Value bytes_repr(Value b);
/* fmt % args for bytes and bytearray (vm/strformat.c): the bytes result. */
Value bytes_percent_format(const char *fmt, size_t n, Value args);
Value bytes_decode(const char *s, size_t n, const char *encoding, const char *errors);
Value str_encode(Value s, const char *encoding, const char *errors);
/* The encoding and errors arguments of str.encode, bytes.decode, str(), bytes(): each must
 * be a str when given (VNULL: "utf-8", "strict"); -1 with fname's TypeError otherwise. */
int codec_args(const char *fname, Value encoding, Value errors, const char **enc, const char **errs);
/* Raise UnicodeDecodeError / UnicodeEncodeError with CPython's fields (start/end exclusive). */
void err_unicode_decode(const char *enc, const char *data, size_t n, size_t start, size_t end, const char *reason);
void err_unicode_encode(const char *enc, Value str, size_t start, size_t end, const char *reason);
/* For int(bytes), float(bytes), etc.: if v is bytes/bytearray-like, point at its data. */
bool bytes_view(Value v, const char **data, size_t *size);

#endif
